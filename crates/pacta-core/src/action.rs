//! The treaty-action ledger: every signature, consent to be bound, declaration and
//! denunciation the depositary records, one [`TreatyAction`] each.
//!
//! The ledger is facts as UNTC prints them. What follows from them (party on a
//! date, entry into force, obligations) is computed in [`crate::registry`].

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::catalogue::InstrumentCode;
use crate::participant::ParticipantCode;

/// What a participant did, in UNTC's vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    Signature,
    /// UNTC marks it `d` in the signature column.
    SuccessionToSignature,
    Ratification,
    /// UNTC marks it `a`.
    Accession,
    /// UNTC marks it `d`.
    Succession,
    /// UNTC marks it `A`.
    Acceptance,
    /// UNTC marks it `c` (the European Union, CRPD art. 43).
    FormalConfirmation,
    /// A declaration under an article ([`TreatyAction::article`]), e.g. CMW art. 77.
    Declaration,
    /// Withdrawal from the instrument; takes effect later ([`TreatyAction::effective`]).
    Denunciation,
}

impl ActionKind {
    /// Ratification, accession, succession, acceptance and formal confirmation all
    /// express consent to be bound (Vienna Convention on the Law of Treaties, arts. 11–16).
    pub fn is_consent(self) -> bool {
        matches!(
            self,
            ActionKind::Ratification
                | ActionKind::Accession
                | ActionKind::Succession
                | ActionKind::Acceptance
                | ActionKind::FormalConfirmation
        )
    }

    pub fn is_signature(self) -> bool {
        matches!(
            self,
            ActionKind::Signature | ActionKind::SuccessionToSignature
        )
    }

    /// The snake_case name used in data files and outputs (`formal_confirmation`).
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::Signature => "signature",
            ActionKind::SuccessionToSignature => "succession_to_signature",
            ActionKind::Ratification => "ratification",
            ActionKind::Accession => "accession",
            ActionKind::Succession => "succession",
            ActionKind::Acceptance => "acceptance",
            ActionKind::FormalConfirmation => "formal_confirmation",
            ActionKind::Declaration => "declaration",
            ActionKind::Denunciation => "denunciation",
        }
    }

    pub const ALL: [ActionKind; 9] = [
        ActionKind::Signature,
        ActionKind::SuccessionToSignature,
        ActionKind::Ratification,
        ActionKind::Accession,
        ActionKind::Succession,
        ActionKind::Acceptance,
        ActionKind::FormalConfirmation,
        ActionKind::Declaration,
        ActionKind::Denunciation,
    ];

    /// The inverse of [`ActionKind::as_str`].
    pub fn parse(input: &str) -> Option<Self> {
        ActionKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == input)
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One entry of the depositary's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreatyAction {
    pub instrument: InstrumentCode,
    pub participant: ParticipantCode,
    pub kind: ActionKind,
    /// The date of signature, deposit or notification; `None` where the source prints
    /// none (the three ICCPR-OP1 denunciations UNTC marks only by brackets).
    pub date: Option<Date>,
    /// For a denunciation, the date it takes effect, where known.
    pub effective: Option<Date>,
    /// For a declaration, the article it is made under (`"77"`).
    pub article: Option<String>,
    /// What the source says beside the action, kept verbatim where it matters.
    pub note: Option<String>,
}
