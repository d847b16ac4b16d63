//! Optional procedures (individual and inter-State communications, urgent actions):
//! whether a procedure operates at all, and who has accepted it.
//!
//! A procedure accepted by declaration operates only once enough States have declared
//! (CMW art. 77(8): ten; DOMAIN.md §3.1 "Software rule"). This module counts; it does not
//! hold communications (those are confidential records kept elsewhere).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::catalogue::{Acceptance, Instrument, Procedure};
use crate::participant::ParticipantCode;
use crate::registry::{PartyStatus, Registry};

/// Whether the procedure operates on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operative {
    Yes,
    No,
    /// The declarations under this article are not in the bundled data.
    Unknown,
}

/// A State's acceptance of a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acceptor {
    pub participant: ParticipantCode,
    /// The date of the declaration; `None` where UNTC prints none.
    pub date: Option<Date>,
}

/// A procedure's state on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureStatus {
    pub article: String,
    pub name: String,
    pub acceptance: Acceptance,
    pub threshold: Option<u32>,
    /// Declarations made on or before the date (undated ones only from the data's
    /// status date on, since their date is unknown).
    pub declarations: Vec<Acceptor>,
    pub operative: Operative,
    pub source: String,
}

/// The status of each optional procedure of `instrument` on `on`.
///
/// - By declaration: operative when the declarations reach the threshold (CMW
///   art. 77(8), ICERD art. 14(9), CAT art. 22(8)); `Unknown` when the data has no
///   declarations under that article at all for an instrument whose declarations are
///   not bundled.
/// - By being a party: operative from the instrument's own entry into force.
pub fn procedures_on(
    registry: &Registry,
    instrument: &Instrument,
    on: Date,
) -> Vec<ProcedureStatus> {
    let declarations_bundled = registry
        .participations_in(instrument)
        .any(|p| !p.declarations.is_empty());
    instrument
        .procedures
        .iter()
        .map(|procedure| status_of(registry, instrument, procedure, on, declarations_bundled))
        .collect()
}

fn status_of(
    registry: &Registry,
    instrument: &Instrument,
    procedure: &Procedure,
    on: Date,
    declarations_bundled: bool,
) -> ProcedureStatus {
    let mut declarations = Vec::new();
    let operative = match procedure.acceptance {
        Acceptance::Party => {
            if instrument.entry_into_force <= on {
                Operative::Yes
            } else {
                Operative::No
            }
        }
        Acceptance::Declaration => {
            for participation in registry.participations_in(instrument) {
                let party = matches!(
                    participation.status_on(on, registry.status_as_at()),
                    PartyStatus::Party { .. }
                );
                for declaration in &participation.declarations {
                    let under_article =
                        declaration.article.as_deref() == Some(procedure.article.as_str());
                    let made = match declaration.date {
                        Some(date) => date <= on,
                        None => on >= registry.status_as_at(),
                    };
                    if party && under_article && made {
                        declarations.push(Acceptor {
                            participant: participation.participant.clone(),
                            date: declaration.date,
                        });
                    }
                }
            }
            match procedure.threshold {
                _ if !declarations_bundled => Operative::Unknown,
                Some(threshold) if declarations.len() < threshold as usize => Operative::No,
                _ => Operative::Yes,
            }
        }
    };
    ProcedureStatus {
        article: procedure.article.clone(),
        name: procedure.name.clone(),
        acceptance: procedure.acceptance,
        threshold: procedure.threshold,
        declarations,
        operative,
        source: procedure.source.clone(),
    }
}
