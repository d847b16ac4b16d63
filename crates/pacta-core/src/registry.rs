//! The registry: the catalogue, the participants and the ledger put together, and the
//! questions people ask of them — who is a party on a date, since when an instrument
//! binds a State, how many parties each instrument has.
//!
//! Built once from checked inputs ([`Registry::new`]); every query is a pure function
//! of the registry and a date. The registry never reads the clock: callers pass
//! "today". It knows nothing about files, databases or output formats.

use std::collections::HashMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::action::{ActionKind, TreatyAction};
use crate::catalogue::{Catalogue, Instrument, InstrumentCode, PartyCount};
use crate::eif::{EntryIntoForce, entry_into_force};
use crate::participant::{Participant, ParticipantCode};
use crate::{Committee, reporting};

/// A participant's record under one instrument: what it signed, when it consented,
/// whether it left, what it declared. Derived from the ledger by [`Registry::new`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Participation {
    pub instrument: InstrumentCode,
    pub participant: ParticipantCode,
    pub signature: Option<Dated>,
    pub consent: Option<Dated>,
    pub denunciation: Option<Denunciation>,
    pub declarations: Vec<Declaration>,
    /// Computed from `consent` by [`entry_into_force`]; `None` without consent.
    pub entry_into_force: Option<EntryIntoForce>,
}

/// An action with its kind and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dated {
    pub kind: ActionKind,
    pub date: Date,
}

/// A denunciation; UNTC brackets three ICCPR-OP1 entries without printing the dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Denunciation {
    pub effective: Option<Date>,
    pub note: Option<String>,
}

/// A declaration under an article of the instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Declaration {
    pub article: Option<String>,
    pub date: Option<Date>,
    pub note: Option<String>,
}

/// Whether a participant is a party on a date, as UNTC counts parties: consent
/// deposited on or before the date and not denounced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyStatus {
    NotParty,
    /// A party; `in_force` tells whether the instrument already binds it.
    Party {
        in_force: bool,
    },
    /// Denounced on a date the data does not give, and the date asked is between the
    /// deposit and the data's status date: it may or may not still have been a party.
    DenouncedDateUnknown,
}

impl Participation {
    /// The status on `on`, given the date the data reflects (`status_as_at`).
    pub fn status_on(&self, on: Date, status_as_at: Date) -> PartyStatus {
        let Some(consent) = &self.consent else {
            return PartyStatus::NotParty;
        };
        if consent.date > on {
            return PartyStatus::NotParty;
        }
        if let Some(denunciation) = &self.denunciation {
            match denunciation.effective {
                Some(effective) if on >= effective => return PartyStatus::NotParty,
                Some(_) => {}
                None if on >= status_as_at => return PartyStatus::NotParty,
                None => return PartyStatus::DenouncedDateUnknown,
            }
        }
        let in_force = self
            .entry_into_force
            .as_ref()
            .is_some_and(|eif| eif.date <= on);
        PartyStatus::Party { in_force }
    }
}

/// The registry could not be built from its inputs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistryError {
    #[error("action {index}: unknown instrument {instrument}")]
    UnknownInstrument {
        index: usize,
        instrument: InstrumentCode,
    },
    #[error("action {index}: unknown participant {participant}")]
    UnknownParticipant {
        index: usize,
        participant: ParticipantCode,
    },
    #[error("participant {0} appears twice")]
    DuplicateParticipant(ParticipantCode),
    #[error("{participant} under {instrument}: two {what}")]
    Conflict {
        participant: ParticipantCode,
        instrument: InstrumentCode,
        what: &'static str,
    },
    #[error("{participant} under {instrument}: {kind} without a date")]
    MissingDate {
        participant: ParticipantCode,
        instrument: InstrumentCode,
        kind: ActionKind,
    },
    #[error("{participant} under {instrument}: denounced without consent to be bound")]
    DenunciationWithoutConsent {
        participant: ParticipantCode,
        instrument: InstrumentCode,
    },
}

/// One row of a party list.
#[derive(Debug, Clone, Copy)]
pub struct PartyRow<'a> {
    pub participant: &'a Participant,
    pub participation: &'a Participation,
    pub status: PartyStatus,
}

/// The parties of an instrument on a date.
#[derive(Debug, Clone)]
pub struct PartyList<'a> {
    pub instrument: &'a Instrument,
    pub on: Date,
    /// Parties on the date, by display name.
    pub parties: Vec<PartyRow<'a>>,
    /// Participants whose denunciation date is unknown and may have been parties then.
    pub uncertain: Vec<PartyRow<'a>>,
}

impl PartyList<'_> {
    pub fn count(&self) -> usize {
        self.parties.len()
    }

    pub fn in_force_count(&self) -> usize {
        self.parties
            .iter()
            .filter(|row| matches!(row.status, PartyStatus::Party { in_force: true }))
            .count()
    }
}

/// The catalogue, the participants and the ledger, checked and indexed.
#[derive(Debug, Clone)]
pub struct Registry {
    catalogue: Catalogue,
    participants: Vec<Participant>,
    participant_index: HashMap<ParticipantCode, usize>,
    actions: Vec<TreatyAction>,
    participations: Vec<Participation>,
    /// Indices into `participations`, per instrument (catalogue order).
    by_instrument: Vec<Vec<usize>>,
    /// Indices into `participations`, per participant (participants order).
    by_participant: Vec<Vec<usize>>,
    status_as_at: Date,
}

impl Registry {
    /// Check the ledger against the catalogue and the participants and derive each
    /// participant's record under each instrument, with its entry into force.
    ///
    /// `status_as_at` is the date the ledger reflects (UNTC: 2026-02-03); answers for
    /// later dates cannot know of later actions, and say so.
    pub fn new(
        catalogue: Catalogue,
        participants: Vec<Participant>,
        actions: Vec<TreatyAction>,
        status_as_at: Date,
    ) -> Result<Self, RegistryError> {
        let mut participant_index = HashMap::with_capacity(participants.len());
        for (index, participant) in participants.iter().enumerate() {
            if participant_index
                .insert(participant.code.clone(), index)
                .is_some()
            {
                return Err(RegistryError::DuplicateParticipant(
                    participant.code.clone(),
                ));
            }
        }
        let mut slots: HashMap<(usize, usize), Participation> = HashMap::new();
        for (index, action) in actions.iter().enumerate() {
            let instrument_idx = catalogue
                .instruments()
                .iter()
                .position(|i| i.code == action.instrument)
                .ok_or_else(|| RegistryError::UnknownInstrument {
                    index,
                    instrument: action.instrument.clone(),
                })?;
            let participant_idx = *participant_index.get(&action.participant).ok_or_else(|| {
                RegistryError::UnknownParticipant {
                    index,
                    participant: action.participant.clone(),
                }
            })?;
            let slot = slots
                .entry((instrument_idx, participant_idx))
                .or_insert_with(|| Participation {
                    instrument: action.instrument.clone(),
                    participant: action.participant.clone(),
                    signature: None,
                    consent: None,
                    denunciation: None,
                    declarations: Vec::new(),
                    entry_into_force: None,
                });
            let conflict = |what| RegistryError::Conflict {
                participant: action.participant.clone(),
                instrument: action.instrument.clone(),
                what,
            };
            let dated = || -> Result<Dated, RegistryError> {
                Ok(Dated {
                    kind: action.kind,
                    date: action.date.ok_or_else(|| RegistryError::MissingDate {
                        participant: action.participant.clone(),
                        instrument: action.instrument.clone(),
                        kind: action.kind,
                    })?,
                })
            };
            match action.kind {
                kind if kind.is_signature() => {
                    if slot.signature.replace(dated()?).is_some() {
                        return Err(conflict("signatures"));
                    }
                }
                kind if kind.is_consent() => {
                    if slot.consent.replace(dated()?).is_some() {
                        return Err(conflict("consents to be bound"));
                    }
                }
                ActionKind::Denunciation => {
                    let denunciation = Denunciation {
                        effective: action.effective,
                        note: action.note.clone(),
                    };
                    if slot.denunciation.replace(denunciation).is_some() {
                        return Err(conflict("denunciations"));
                    }
                }
                _ => slot.declarations.push(Declaration {
                    article: action.article.clone(),
                    date: action.date,
                    note: action.note.clone(),
                }),
            }
        }
        let mut keyed: Vec<((usize, usize), Participation)> = slots.into_iter().collect();
        keyed.sort_by_key(|(key, _)| *key);
        let mut participations = Vec::with_capacity(keyed.len());
        let mut by_instrument = vec![Vec::new(); catalogue.instruments().len()];
        let mut by_participant = vec![Vec::new(); participants.len()];
        for ((instrument_idx, participant_idx), mut participation) in keyed {
            if participation.denunciation.is_some() && participation.consent.is_none() {
                return Err(RegistryError::DenunciationWithoutConsent {
                    participant: participation.participant,
                    instrument: participation.instrument,
                });
            }
            let instrument = &catalogue.instruments()[instrument_idx];
            participation.entry_into_force = participation.consent.as_ref().map(|consent| {
                entry_into_force(
                    instrument,
                    consent.date,
                    consent.kind,
                    &catalogue.interpretation,
                )
            });
            by_instrument[instrument_idx].push(participations.len());
            by_participant[participant_idx].push(participations.len());
            participations.push(participation);
        }
        Ok(Registry {
            catalogue,
            participants,
            participant_index,
            actions,
            participations,
            by_instrument,
            by_participant,
            status_as_at,
        })
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    pub fn participants(&self) -> &[Participant] {
        &self.participants
    }

    pub fn actions(&self) -> &[TreatyAction] {
        &self.actions
    }

    pub fn participations(&self) -> &[Participation] {
        &self.participations
    }

    /// The date the ledger reflects (UNTC "status as at").
    pub fn status_as_at(&self) -> Date {
        self.status_as_at
    }

    pub fn participant(&self, code: &ParticipantCode) -> Option<&Participant> {
        self.participant_index
            .get(code)
            .map(|&index| &self.participants[index])
    }

    /// Find a participant by code (`zwe`, `EU`) or by name (ISO or UNTC spelling, any
    /// case; a unique prefix is enough: `zimb`).
    pub fn find_participant(&self, input: &str) -> Option<&Participant> {
        if let Some(participant) = ParticipantCode::parse(input).and_then(|c| self.participant(&c))
        {
            return Some(participant);
        }
        let wanted = input.trim().to_lowercase();
        let exact = self
            .participants
            .iter()
            .find(|p| p.name.to_lowercase() == wanted || p.untc_name.to_lowercase() == wanted);
        if exact.is_some() {
            return exact;
        }
        let mut matches = self.participants.iter().filter(|p| {
            p.name.to_lowercase().starts_with(&wanted)
                || p.untc_name.to_lowercase().starts_with(&wanted)
        });
        match (matches.next(), matches.next()) {
            (Some(only), None) if !wanted.is_empty() => Some(only),
            _ => None,
        }
    }

    fn instrument_index(&self, instrument: &Instrument) -> usize {
        self.catalogue
            .instruments()
            .iter()
            .position(|i| i.code == instrument.code)
            .expect("instruments handed out by the registry come from its catalogue")
    }

    /// Every participant's record under an instrument (parties, signatories, former parties).
    pub fn participations_in<'a>(
        &'a self,
        instrument: &Instrument,
    ) -> impl Iterator<Item = &'a Participation> + 'a {
        self.by_instrument[self.instrument_index(instrument)]
            .iter()
            .map(|&index| &self.participations[index])
    }

    /// A participant's records under every instrument, in catalogue order.
    pub fn participations_of<'a>(
        &'a self,
        participant: &Participant,
    ) -> impl Iterator<Item = &'a Participation> + 'a {
        let index = self.participant_index[&participant.code];
        self.by_participant[index]
            .iter()
            .map(|&index| &self.participations[index])
    }

    /// The participation of one participant in one instrument, if any.
    pub fn participation(
        &self,
        instrument: &Instrument,
        participant: &Participant,
    ) -> Option<&Participation> {
        self.participations_of(participant)
            .find(|p| p.instrument == instrument.code)
    }

    /// The parties of `instrument` on `on`, as UNTC counts them (consent deposited,
    /// not denounced), by display name.
    pub fn parties_on<'a>(&'a self, instrument: &'a Instrument, on: Date) -> PartyList<'a> {
        let mut parties = Vec::new();
        let mut uncertain = Vec::new();
        for participation in self.participations_in(instrument) {
            let participant =
                &self.participants[self.participant_index[&participation.participant]];
            let status = participation.status_on(on, self.status_as_at);
            let row = PartyRow {
                participant,
                participation,
                status,
            };
            match status {
                PartyStatus::Party { .. } => parties.push(row),
                PartyStatus::DenouncedDateUnknown => uncertain.push(row),
                PartyStatus::NotParty => {}
            }
        }
        let by_name = |a: &PartyRow, b: &PartyRow| {
            a.participant
                .display_name()
                .cmp(b.participant.display_name())
        };
        parties.sort_by(by_name);
        uncertain.sort_by(by_name);
        PartyList {
            instrument,
            on,
            parties,
            uncertain,
        }
    }

    /// Number of parties on `on` as the treaty counts them for its committee's size.
    pub fn count_for_membership(&self, committee: Committee, on: Date) -> Option<u32> {
        let info = self.catalogue.committee(committee);
        let instrument = self.catalogue.core_instrument(committee)?;
        let list = self.parties_on(instrument, on);
        let n = match info.grows.as_ref().map(|g| g.counted) {
            Some(PartyCount::InForce) => list.in_force_count(),
            _ => list.count(),
        };
        Some(u32::try_from(n).expect("fewer than 2^32 parties"))
    }

    /// The committee's size on `on` (CMW art. 72(1)(b): 14 once in force for 41 States).
    pub fn membership_on(&self, committee: Committee, on: Date) -> u32 {
        let info = self.catalogue.committee(committee);
        let n = self.count_for_membership(committee, on).unwrap_or(0);
        info.membership(n)
    }

    /// The legal reporting obligation of a participation on `on`, if the instrument
    /// requires reports and binds the participant.
    pub fn obligation(&self, participation: &Participation) -> Option<reporting::Obligation> {
        let instrument = self
            .catalogue
            .instrument(participation.instrument.as_str())?;
        let rule = instrument.reporting.as_ref()?;
        let eif = participation.entry_into_force.as_ref()?;
        Some(reporting::Obligation::new(
            rule,
            eif.date,
            &self.catalogue.interpretation,
        ))
    }
}
