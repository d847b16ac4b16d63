//! Figures per instrument on a date: parties, parties bound, signatories that have not
//! ratified, the newest party — the facts a Chair states when opening a session
//! (CMW/C/SR.608, para. 2: "60 States Parties … the Convention remained the one with
//! the fewest ratifications; the Convention on the Rights of the Child … had 196").

use jiff::civil::Date;
use serde::Serialize;

use crate::Committee;
use crate::catalogue::{InstrumentCode, InstrumentKind};
use crate::participant::ParticipantCode;
use crate::registry::{PartyStatus, Registry};

/// The figures of one instrument on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InstrumentStats {
    pub instrument: InstrumentCode,
    pub committee: Committee,
    pub kind: InstrumentKind,
    pub parties: usize,
    /// Parties for which the instrument has entered into force.
    pub in_force: usize,
    /// Participants that signed on or before the date and had not consented by then.
    pub signatories_not_parties: usize,
    /// Participants whose denunciation date is unknown (UNTC brackets without dates).
    pub uncertain: usize,
    pub newest_party: Option<NewestParty>,
}

/// The participant with the latest deposit on or before the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewestParty {
    pub participant: ParticipantCode,
    pub deposited: Date,
}

/// Figures for every instrument on `on`, ranked by number of parties, most first;
/// ties keep catalogue order.
pub fn instrument_stats(registry: &Registry, on: Date) -> Vec<InstrumentStats> {
    let mut stats: Vec<InstrumentStats> = registry
        .catalogue()
        .instruments()
        .iter()
        .map(|instrument| {
            let list = registry.parties_on(instrument, on);
            let signatories_not_parties = registry
                .participations_in(instrument)
                .filter(|p| {
                    p.signature.as_ref().is_some_and(|s| s.date <= on)
                        && p.status_on(on, registry.status_as_at()) == PartyStatus::NotParty
                        && p.consent.as_ref().is_none_or(|c| c.date > on)
                })
                .count();
            let newest_party = list
                .parties
                .iter()
                .filter_map(|row| {
                    let consent = row.participation.consent.as_ref()?;
                    Some((consent.date, row.participant.code.clone()))
                })
                .max()
                .map(|(deposited, participant)| NewestParty {
                    participant,
                    deposited,
                });
            InstrumentStats {
                instrument: instrument.code.clone(),
                committee: instrument.committee,
                kind: instrument.kind,
                parties: list.count(),
                in_force: list.in_force_count(),
                signatories_not_parties,
                uncertain: list.uncertain.len(),
                newest_party,
            }
        })
        .collect();
    stats.sort_by_key(|s| std::cmp::Reverse(s.parties));
    stats
}
