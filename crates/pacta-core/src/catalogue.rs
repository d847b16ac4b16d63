//! The instrument catalogue: what each treaty says about entry into force, reporting,
//! optional procedures and the committee that monitors it.
//!
//! These types are filled from `data/catalogue.toml` (parsed by `pacta-data`); the
//! rules live in that file, not in code. This module only states the shapes, checks
//! their invariants ([`Catalogue::new`]) and answers lookups. The date arithmetic
//! that applies a rule is in [`crate::eif`].

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::Committee;

/// The UNTC short code of an instrument (`"ICRMW"`, `"OP-CEDAW"`), as used in the
/// bundled ledger. Always one of the codes in the catalogue once the catalogue is built.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct InstrumentCode(String);

impl InstrumentCode {
    pub fn new(code: impl Into<String>) -> Self {
        InstrumentCode(code.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for InstrumentCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A core treaty or an optional protocol to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstrumentKind {
    Core,
    Protocol,
}

/// A date rule from a treaty's entry-into-force article, applied to a deposit date.
///
/// The four rules of DOMAIN.md §1.1 are all of this shape: `P30` is
/// `{ add_days: 30 }`, `P3M` `{ add_months: 3 }`, `P1M` `{ add_months: 1 }` and
/// `CMW87` `{ add_months: 3, then_first_of_next_month: true }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateRule {
    #[serde(default)]
    pub add_days: u16,
    #[serde(default)]
    pub add_months: u16,
    /// "on the first day of the month following a period of …" (CMW art. 87).
    #[serde(default)]
    pub then_first_of_next_month: bool,
}

impl DateRule {
    /// The short name DOMAIN.md uses for the rule (`P30`, `P3M`, `P1M`, `CMW87`), or a
    /// description built from its parts for any other rule.
    pub fn name(&self) -> String {
        match (
            self.add_days,
            self.add_months,
            self.then_first_of_next_month,
        ) {
            (days, 0, false) => format!("P{days}"),
            (0, 3, true) => "CMW87".to_string(),
            (0, months, false) => format!("P{months}M"),
            (days, months, first) => format!(
                "P{months}M{days}D{}",
                if first { "+first-of-next-month" } else { "" }
            ),
        }
    }

    /// The rule in words, as a treaty would put it.
    pub fn describe(&self) -> String {
        let period = match (self.add_days, self.add_months) {
            (30, 0) => "the thirtieth day after".to_string(),
            (days, 0) => format!("{days} days after"),
            (0, 1) => "one month after".to_string(),
            (0, 3) => "three months after".to_string(),
            (0, months) => format!("{months} months after"),
            (days, months) => format!("{months} months and {days} days after"),
        };
        if self.then_first_of_next_month {
            format!("the first day of the month following a period of {period} the deposit")
        } else {
            format!("{period} the deposit")
        }
    }
}

/// When the State rule (`state_rule`) starts to apply, as the treaty words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// "for each State ratifying … after the deposit of the Nth instrument": every
    /// deposit after the Nth gets the State rule, even before the treaty's own entry
    /// into force (CED art. 39(2): Brazil, DOMAIN.md §1.1 case 3).
    AfterNthDeposit,
    /// "for each State ratifying … after its entry into force": a deposit before the
    /// treaty's own entry into force binds from that date (CMW art. 87(2): Mali).
    AfterEntryIntoForce,
}

/// What a State party owes the committee under this instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingRule {
    /// Months after entry into force for the State by which the initial report is due.
    pub initial_months: u16,
    /// Months between periodic reports, where the treaty fixes a period.
    #[serde(default)]
    pub every_months: Option<u16>,
    /// Whether the committee may also request reports (then the only periodicity when
    /// `every_months` is absent: ICCPR art. 40(1)(b)).
    pub on_request: bool,
    /// The article (or, where stated, the committee practice) the rule comes from.
    pub source: String,
}

/// How a State accepts an optional procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Acceptance {
    /// A declaration under the article (CMW art. 77, ICERD art. 14, CAT art. 22).
    Declaration,
    /// Being a party to the instrument (an optional protocol, or CED art. 30).
    Party,
}

/// An optional procedure (communications, urgent actions) an instrument provides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub article: String,
    pub name: String,
    pub acceptance: Acceptance,
    /// Declarations needed before the article operates at all (CMW art. 77(8): ten).
    #[serde(default)]
    pub threshold: Option<u32>,
    pub source: String,
}

/// One of the eighteen instruments, with its rules and their sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub code: InstrumentCode,
    pub kind: InstrumentKind,
    #[serde(default)]
    pub parent: Option<InstrumentCode>,
    pub committee: Committee,
    pub short_name: String,
    /// The instrument's own entry into force, as UNTC prints it.
    pub entry_into_force: Date,
    pub entry_into_force_source: String,
    /// The number of instruments of ratification or accession that brought it into force.
    pub threshold: u32,
    pub own_rule: DateRule,
    pub own_rule_source: String,
    pub state_rule: DateRule,
    pub trigger: Trigger,
    pub state_rule_source: String,
    #[serde(default)]
    pub reporting: Option<ReportingRule>,
    #[serde(default)]
    pub procedures: Vec<Procedure>,
}

/// How a committee grows with the number of parties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    pub to: u32,
    pub after_parties: u32,
    pub counted: PartyCount,
    pub source: String,
}

/// Which parties a treaty counts when it enlarges a committee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyCount {
    /// Instruments of ratification or accession deposited (CEDAW art. 17(1)).
    Deposited,
    /// States for which the treaty has entered into force (CMW art. 72(1)(b)).
    InForce,
}

/// What the treaties say about a committee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommitteeInfo {
    pub code: Committee,
    pub name: String,
    pub members: u32,
    pub members_source: String,
    #[serde(default)]
    pub grows: Option<Growth>,
    pub term_years: u8,
    pub term_source: String,
    /// Years after the concluding observations within which follow-up information is due.
    #[serde(default)]
    pub follow_up_years: Option<u8>,
    #[serde(default)]
    pub follow_up_source: Option<String>,
    /// The committee's own A–E follow-up scale, where confirmed (DOMAIN.md §6).
    #[serde(default)]
    pub follow_up_grades: Option<crate::cycle::GradeScale>,
}

impl CommitteeInfo {
    /// The number of members the committee has, given how many parties the treaty
    /// has as its growth article counts them (CMW art. 72(1)(b): 10, then 14 once the
    /// Convention is in force for 41 States).
    pub fn membership(&self, n_parties: u32) -> u32 {
        match &self.grows {
            Some(growth) if n_parties >= growth.after_parties => growth.to,
            _ => self.members,
        }
    }
}

/// How to read the treaties where the sources are silent; every field is a documented
/// switch in `data/catalogue.toml` (`[interpretation]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interpretation {
    pub month_end: MonthEnd,
    pub cmw87_first_of_month: FirstOfMonth,
    pub succession: SuccessionRule,
    pub periodic_from: PeriodicFrom,
}

/// Adding months to a day the target month lacks (31 Jan + 1 month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthEnd {
    /// The last day of the target month (2014-01-31 + 3 months = 2014-04-30).
    #[default]
    Clamp,
    /// The first day of the month after the target month (2014-05-01).
    Roll,
}

/// CMW art. 87 when the three-month period ends on the 1st of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FirstOfMonth {
    /// The first day of the *following* month (1 Dec → 1 Apr).
    #[default]
    Literal,
    /// That same 1st (1 Dec → 1 Mar).
    SameDay,
}

/// When a notification of succession binds the State.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuccessionRule {
    /// From the notification (VCSST art. 23(2)), not before the treaty's own entry into force.
    #[default]
    Notification,
    /// As if the notification were an accession.
    TreatyRule,
}

/// What "every N years" counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodicFrom {
    /// From the initial report's legal due date (DOMAIN.md §10.2 vector 28).
    #[default]
    InitialDue,
}

/// The whole catalogue, checked: every instrument names a known committee and parent,
/// codes are unique, and each committee appears once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Catalogue {
    pub interpretation: Interpretation,
    committees: Vec<CommitteeInfo>,
    instruments: Vec<Instrument>,
}

/// A catalogue that contradicts itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("instrument {0} appears twice")]
    DuplicateInstrument(InstrumentCode),
    #[error("committee {0} appears twice")]
    DuplicateCommittee(Committee),
    #[error("committee {0} is missing")]
    MissingCommittee(Committee),
    #[error("instrument {instrument}: parent {parent} is not in the catalogue")]
    UnknownParent {
        instrument: InstrumentCode,
        parent: InstrumentCode,
    },
    #[error("committee {0} monitors no core instrument")]
    NoCoreInstrument(Committee),
}

impl Catalogue {
    pub fn new(
        interpretation: Interpretation,
        committees: Vec<CommitteeInfo>,
        instruments: Vec<Instrument>,
    ) -> Result<Self, CatalogueError> {
        for (i, committee) in committees.iter().enumerate() {
            if committees[..i].iter().any(|c| c.code == committee.code) {
                return Err(CatalogueError::DuplicateCommittee(committee.code));
            }
        }
        for code in Committee::ALL {
            if !committees.iter().any(|c| c.code == code) {
                return Err(CatalogueError::MissingCommittee(code));
            }
        }
        for (i, instrument) in instruments.iter().enumerate() {
            if instruments[..i].iter().any(|x| x.code == instrument.code) {
                return Err(CatalogueError::DuplicateInstrument(instrument.code.clone()));
            }
            if let Some(parent) = &instrument.parent
                && !instruments.iter().any(|x| &x.code == parent)
            {
                return Err(CatalogueError::UnknownParent {
                    instrument: instrument.code.clone(),
                    parent: parent.clone(),
                });
            }
        }
        let catalogue = Catalogue {
            interpretation,
            committees,
            instruments,
        };
        // The SPT monitors OPCAT, a protocol; every other committee has a core treaty.
        for code in Committee::ALL {
            if code != Committee::Spt && catalogue.core_instrument(code).is_none() {
                return Err(CatalogueError::NoCoreInstrument(code));
            }
        }
        Ok(catalogue)
    }

    pub fn instruments(&self) -> &[Instrument] {
        &self.instruments
    }

    pub fn committees(&self) -> &[CommitteeInfo] {
        &self.committees
    }

    pub fn committee(&self, code: Committee) -> &CommitteeInfo {
        self.committees
            .iter()
            .find(|c| c.code == code)
            .expect("Catalogue::new checked that every committee is present")
    }

    pub fn instrument(&self, code: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.code.as_str() == code)
    }

    /// The treaty a committee monitors (for the SPT, which has none, OPCAT).
    pub fn core_instrument(&self, committee: Committee) -> Option<&Instrument> {
        let kind = if committee == Committee::Spt {
            InstrumentKind::Protocol
        } else {
            InstrumentKind::Core
        };
        self.instruments
            .iter()
            .find(|i| i.committee == committee && i.kind == kind)
    }

    /// Resolve what a user typed: a UNTC code (`ICRMW`, `op-cedaw`) or a committee
    /// acronym (`CMW`, meaning the treaty it monitors), in any case.
    pub fn resolve(&self, input: &str) -> Option<&Instrument> {
        let upper = input.trim().to_ascii_uppercase();
        if let Some(instrument) = self.instrument(&upper) {
            return Some(instrument);
        }
        let committee: Committee = upper.parse().ok()?;
        self.core_instrument(committee)
    }
}
