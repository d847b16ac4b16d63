//! UN document symbols of the treaty body system: a typed [`Symbol`], its
//! parser, its canonical text form and constructors that build symbols from
//! typed data (the list of issues on Tajikistan's third periodic report is
//! `CMW/C/TJK/Q/3`).
//!
//! This module is deliberately *not* a general parser of every UN symbol, nor
//! a register of documents: it knows the families the treaty bodies use
//! (DOMAIN.md §7) and a few neighbouring series (General Assembly, ECOSOC,
//! meetings of the Chairs), holds no titles or dates, does no I/O, and does
//! not check a State code against the ISO 3166-1 list.
//!
//! # Grammar
//!
//! Components are separated by `/`; the parts of a joint general comment by
//! `-`. Numbers are decimal, at least 1, without leading zeros.
//!
//! ```text
//! symbol    = document { "/" suffix } [ "/-*" ]
//!           | gc-part { "-" gc-part } [ "/-*" ]          joint general comment
//! gc-part   = prefix "/GC/" number { "/" suffix }       every part repeats the suffixes
//! document  = prefix "/" tb-doc | ga | ecosoc | hri
//! prefix    = "CERD/C" | "E/C.12" | "CCPR/C" | "CEDAW/C" | "CAT/C" | "CAT/OP"
//!           | "CRC/C" | "CMW/C" | "CRPD/C" | "CED/C"
//! tb-doc    = state "/" [ ("CO" | "Q" | "QPR" | "RQ") "/" ] reports
//!           | "SR." number                              all but CESCR
//!           | year "/SR." number                         CESCR only
//!           | session "/" number | year "/" number | number
//! ga        = "A/" session "/" number | "A/RES/" session "/" number
//! ecosoc    = "E/" year "/" number
//! hri       = "HRI/" ("MC" | "ICM") "/" year "/" number
//! suffix    = ("Add." | "Amend." | "Corr." | "Rev.") number
//! state     = three capital letters A-Z
//! reports   = report [ "-" report ]                     first < last, 1..=999
//! session   = 1..=999        year = 1946..=9999 (four digits)
//! ```
//!
//! Sources: the Dag Hammarskjöld Library guide to symbols (research.un.org/en/docs/symbols)
//! and the verified families of DOMAIN.md §7.2.
//!
//! # Choices (where the sources are silent)
//!
//! - **Unknown but well-formed symbols are refused** with a [`SymbolError`]
//!   naming the first component that does not fit, not accepted into a
//!   catch-all variant: `S/2024/1`, `A/HRC/55/1`, `CRC/C/OPSC/AUT/1` and
//!   `CED/C/MEX/AI/1` are errors today. A family is added by adding a
//!   [`Document`] variant, so code that matches on documents learns of it.
//! - **Session or year.** In `{TB}/C/{x}/{n}` a four-digit `x` from 1946 on is
//!   a year (`CCPR/C/2009/1`), one to three digits a session (`CMW/C/39/1`);
//!   1000–1945 is refused. `{TB}/C/{n}` alone (or followed by suffixes) is a
//!   document of the committee's general series (`CRC/C/58/Rev.3`).
//! - **Summary records**: CESCR's carry the year (`E/C.12/2019/SR.29`, its
//!   meetings are numbered per year), every other committee's do not
//!   (`CMW/C/SR.608`, numbered across sessions).
//! - **The SPT** (`CAT/OP`) has no State reports, lists of issues or general
//!   comments; a State code or `GC` after `CAT/OP` is refused. Its country
//!   visit documents are not modelled (their symbols are not verified here).
//! - **Joint general comments** repeat the suffixes after every part, as in
//!   the revised joint CEDAW/CRC text `CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1`
//!   (masthead of 8 May 2019, printed with an en dash; only the ASCII hyphen is
//!   accepted, with an error that says so). A committee may appear only once.
//! - **Reissue for technical reasons** is written `/-*` as in the library
//!   guide's final components and DOMAIN.md §7.1, and only last. A masthead
//!   prints the reissue as a footnote mark after the symbol (`CAT/C/63/4*` on
//!   docstore); that bare `*` is refused with an error that points to `/-*`,
//!   because a footnote mark is not part of the symbol (uncertain, DOMAIN.md §7.1 tag \[U\]).
//! - **Case and spacing are exact**: `REV.1`, `cmw/c/sr.608` or spaces are
//!   refused, so that `parse` followed by `to_string` gives back the input.
//! - Report numbers stop at 999 (CERD, the highest, is in its twenties) so
//!   that a combined range can always be listed in full.

mod parse;
mod view;

#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Committee;

pub use parse::{Expected, SymbolError};
pub use view::{OneOrMany, SymbolKind, SymbolView};

/// A parsed UN document symbol: a [`Document`], its final components
/// ([`Suffix`]es, in order) and whether it was reissued for technical reasons.
///
/// Invariant: every `Symbol` satisfies the grammar of this module, so its
/// [`Display`](fmt::Display) form parses back to an equal `Symbol`, and for
/// every string `s` that [`Symbol::parse`] accepts, `parse(s)?.to_string() == s`.
/// Fields are private; a `Symbol` is made by [`Symbol::parse`], [`Symbol::new`]
/// or one of the named constructors, all of which check the invariant.
///
/// # Example: parse and inspect
///
/// ```
/// use pacta_core::Committee;
/// use pacta_core::symbol::{Document, ReportingKind, Symbol};
///
/// let co: Symbol = "CMW/C/MEX/CO/4".parse()?;
/// let Document::Reporting { committee, state, kind, reports } = co.document() else {
///     panic!("a concluding observation is a reporting document");
/// };
/// assert_eq!(*committee, Committee::Cmw);
/// assert_eq!(state.as_str(), "MEX");
/// assert_eq!(*kind, ReportingKind::ConcludingObservations);
/// assert_eq!(reports.to_vec(), vec![4]);
/// assert_eq!(co.to_string(), "CMW/C/MEX/CO/4");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Example: build from typed data
///
/// ```
/// use pacta_core::Committee;
/// use pacta_core::symbol::{ReportNumbers, StateCode, Suffix, Symbol};
///
/// let tjk = StateCode::new("TJK")?;
/// let loi = Symbol::list_of_issues(Committee::Cmw, tjk, ReportNumbers::single(3)?)?;
/// assert_eq!(loi.to_string(), "CMW/C/TJK/Q/3");
///
/// let record = Symbol::summary_record(Committee::Cescr, 29, 2019)?;
/// assert_eq!(record.to_string(), "E/C.12/2019/SR.29");
/// let corrigendum = Symbol::summary_record(Committee::Cmw, 375, 2019)?.with_suffix(Suffix::Corr(1))?;
/// assert_eq!(corrigendum.to_string(), "CMW/C/SR.375/Corr.1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Symbol {
    document: Document,
    suffixes: Vec<Suffix>,
    reissued: bool,
}

/// What a symbol names, before its final components.
///
/// Reading a `Document` is free; turning one into a [`Symbol`] goes through
/// [`Symbol::new`], which checks the ranges and rules listed on each variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Document {
    /// A document of a State's reporting cycle: `CMW/C/MEX/4` (report),
    /// `CRC/C/AUT/CO/5-6`, `CCPR/C/ETH/Q/2`, `CMW/C/MEX/QPR/4`, `CRC/C/AUT/RQ/5-6`.
    /// `reports` names the report(s) the document is, answers or precedes
    /// (DOMAIN.md §7.2: a LOIPR's number is that of the report it precedes).
    /// Not for the SPT.
    Reporting {
        committee: Committee,
        state: StateCode,
        kind: ReportingKind,
        reports: ReportNumbers,
    },
    /// A summary record: `CMW/C/SR.608`; CESCR's carry the year,
    /// `E/C.12/2019/SR.29`. `year` is `Some` for CESCR and `None` for every
    /// other committee. `meeting` ≥ 1.
    SummaryRecord {
        committee: Committee,
        year: Option<i16>,
        meeting: u32,
    },
    /// A general comment (general recommendation for CERD and CEDAW), one
    /// `(committee, number)` pair, or a joint one adopted by several
    /// committees, in the symbol's order: `CMW/C/GC/3-CRC/C/GC/22` is
    /// `[(CMW, 3), (CRC, 22)]`. At least one pair, each committee once, no SPT.
    GeneralComment { parts: Vec<(Committee, u32)> },
    /// A sessional document `{TB}/C/{session}/{n}`: `CMW/C/39/1` (annotated
    /// provisional agenda), `CED/C/22/4`. `session` in 1..=999.
    SessionDocument {
        committee: Committee,
        session: u32,
        number: u32,
    },
    /// A document numbered within a year, `{TB}/C/{year}/{n}`: `CCPR/C/2009/1`,
    /// `E/C.12/2008/2` (guidelines). `year` in 1946..=9999.
    YearDocument {
        committee: Committee,
        year: i16,
        number: u32,
    },
    /// A document of the committee's general series, `{TB}/C/{n}`: `CMW/C/2`
    /// (rules of procedure), `CRC/C/58/Rev.3`.
    SeriesDocument { committee: Committee, number: u32 },
    /// A General Assembly document `A/{session}/{n}`: `A/79/292`, `A/70/40`.
    GeneralAssembly { session: u32, number: u32 },
    /// A General Assembly resolution `A/RES/{session}/{n}`: `A/RES/68/268`.
    GeneralAssemblyResolution { session: u32, number: u32 },
    /// An ECOSOC document `E/{year}/{n}`: `E/2021/22` (CESCR's annual report).
    Ecosoc { year: i16, number: u32 },
    /// A document of the meetings of treaty body Chairs or the inter-committee
    /// meeting: `HRI/MC/2022/1`, `HRI/ICM/2010/3`.
    Hri {
        meeting: HriMeeting,
        year: i16,
        number: u32,
    },
}

/// Which step of a reporting cycle a [`Document::Reporting`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReportingKind {
    /// The State party's report: `CMW/C/MEX/4`; combined `CRC/C/AUT/5-6`.
    StateReport,
    /// `…/CO/{n}`: the committee's concluding observations on report(s) `n`.
    ConcludingObservations,
    /// `…/Q/{n}`: list of issues on report(s) `n` (traditional procedure).
    ListOfIssues,
    /// `…/QPR/{n}`: list of issues prior to reporting, preceding report `n`
    /// (simplified procedure; CMW/C/MEX/QPR/4 precedes CMW/C/MEX/4).
    ListOfIssuesPriorToReporting,
    /// `…/RQ/{n}`: the State's replies to the list of issues.
    RepliesToListOfIssues,
}

impl ReportingKind {
    /// The component between the State code and the report numbers, if any.
    pub fn component(self) -> Option<&'static str> {
        match self {
            ReportingKind::StateReport => None,
            ReportingKind::ConcludingObservations => Some("CO"),
            ReportingKind::ListOfIssues => Some("Q"),
            ReportingKind::ListOfIssuesPriorToReporting => Some("QPR"),
            ReportingKind::RepliesToListOfIssues => Some("RQ"),
        }
    }
}

/// Meetings whose documents carry the `HRI` series (International Human
/// Rights Instruments).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HriMeeting {
    /// `HRI/MC/…`: the annual meeting of the Chairs of the treaty bodies.
    MeetingOfChairs,
    /// `HRI/ICM/…`: the inter-committee meeting (held until 2011).
    InterCommitteeMeeting,
}

impl HriMeeting {
    fn component(self) -> &'static str {
        match self {
            HriMeeting::MeetingOfChairs => "MC",
            HriMeeting::InterCommitteeMeeting => "ICM",
        }
    }
}

/// A final component that modifies the original text (library guide, "Final
/// component"). The number is at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Suffix {
    /// `Add.n`: addendum.
    Add(u32),
    /// `Amend.n`: amendment by decision of a competent authority.
    Amend(u32),
    /// `Corr.n`: corrigendum (may not apply to all language versions).
    Corr(u32),
    /// `Rev.n`: revision, replacing the earlier text.
    Rev(u32),
}

impl Suffix {
    /// The number after the dot.
    pub fn number(self) -> u32 {
        match self {
            Suffix::Add(n) | Suffix::Amend(n) | Suffix::Corr(n) | Suffix::Rev(n) => n,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Suffix::Add(_) => "Add.",
            Suffix::Amend(_) => "Amend.",
            Suffix::Corr(_) => "Corr.",
            Suffix::Rev(_) => "Rev.",
        }
    }
}

impl fmt::Display for Suffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.label(), self.number())
    }
}

/// A State's code in a symbol: three capital letters A–Z.
///
/// Invariant: exactly three ASCII capitals. Every code seen in treaty body
/// symbols is an ISO 3166-1 alpha-3 code (DOMAIN.md §7.2, derived), but the list is
/// not checked here: whether `XKX` is a State is the registry's question.
///
/// ```
/// use pacta_core::symbol::StateCode;
/// assert_eq!(StateCode::new("MEX")?.as_str(), "MEX");
/// assert!(StateCode::new("mex").is_err());
/// # Ok::<(), pacta_core::symbol::SymbolBuildError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StateCode([u8; 3]);

/// Serialized as its three letters (`"MEX"`).
impl Serialize for StateCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl StateCode {
    /// Checks that `code` is three capital letters.
    pub fn new(code: &str) -> Result<StateCode, SymbolBuildError> {
        match code.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(StateCode([a, b, c])),
            _ => Err(SymbolBuildError::StateCode {
                input: code.to_string(),
            }),
        }
    }

    /// The three letters.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("invariant: a StateCode holds three ASCII capitals")
    }
}

impl fmt::Display for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StateCode({})", self.as_str())
    }
}

/// A registry participant's code as it appears in symbols: an ISO alpha-3
/// code converts, the EU's `EU` does not (it submits no State reports).
impl TryFrom<&crate::ParticipantCode> for StateCode {
    type Error = SymbolBuildError;
    fn try_from(code: &crate::ParticipantCode) -> Result<Self, Self::Error> {
        StateCode::new(code.as_str())
    }
}

impl FromStr for StateCode {
    type Err = SymbolBuildError;
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        StateCode::new(code)
    }
}

/// The report number(s) a reporting document is about: one (`4`) or a
/// combined run (`5-6`, the combined fifth and sixth periodic reports;
/// `18-21`).
///
/// Invariant: `1 <= first <= last <= ReportNumbers::MAX`. Written `first` when
/// equal, `first-last` otherwise.
///
/// ```
/// use pacta_core::symbol::ReportNumbers;
/// assert_eq!(ReportNumbers::new(1, 2)?.to_string(), "1-2");
/// assert_eq!(ReportNumbers::new(2, 5)?.to_vec(), vec![2, 3, 4, 5]);
/// assert!(ReportNumbers::new(6, 5).is_err());
/// # Ok::<(), pacta_core::symbol::SymbolBuildError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportNumbers {
    first: u32,
    last: u32,
}

impl ReportNumbers {
    /// The highest report number accepted (see the module docs).
    pub const MAX: u32 = 999;

    /// One report: `CMW/C/MEX/4`.
    pub fn single(number: u32) -> Result<ReportNumbers, SymbolBuildError> {
        ReportNumbers::new(number, number)
    }

    /// The reports `first` to `last` (a single one when equal).
    pub fn new(first: u32, last: u32) -> Result<ReportNumbers, SymbolBuildError> {
        if !(1..=Self::MAX).contains(&first) || !(first..=Self::MAX).contains(&last) {
            return Err(SymbolBuildError::ReportNumbers { first, last });
        }
        Ok(ReportNumbers { first, last })
    }

    pub fn first(self) -> u32 {
        self.first
    }

    pub fn last(self) -> u32 {
        self.last
    }

    /// Whether several reports were combined in one document.
    pub fn is_combined(self) -> bool {
        self.first != self.last
    }

    /// Every report number covered, in order.
    pub fn to_vec(self) -> Vec<u32> {
        (self.first..=self.last).collect()
    }
}

/// Serialized as the list of every report number in the range (`[5, 6]`).
impl Serialize for ReportNumbers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.to_vec())
    }
}

impl fmt::Display for ReportNumbers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_combined() {
            write!(f, "{}-{}", self.first, self.last)
        } else {
            write!(f, "{}", self.first)
        }
    }
}

/// Typed data that cannot make a symbol (from [`Symbol::new`] and the named
/// constructors; [`Symbol::parse`] reports [`SymbolError`] instead).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SymbolBuildError {
    #[error("invalid State code \"{input}\" (expected three capital letters A-Z)")]
    StateCode { input: String },
    #[error("invalid report numbers {first}-{last} (expected 1 <= first <= last <= 999)")]
    ReportNumbers { first: u32, last: u32 },
    #[error("{committee} has no {what} symbols")]
    NoSuchDocument {
        committee: Committee,
        what: &'static str,
    },
    #[error("{what} {value} is out of range (expected {min} to {max})")]
    OutOfRange {
        what: &'static str,
        value: u64,
        min: u64,
        max: u64,
    },
    #[error("a CESCR summary record needs its year (E/C.12/{{year}}/SR.{{n}})")]
    CescrSummaryRecordWithoutYear,
    #[error("only CESCR numbers its summary records per year; {committee} does not")]
    SummaryRecordYear { committee: Committee },
    #[error("a general comment needs at least one (committee, number) pair")]
    EmptyGeneralComment,
    #[error("{committee} appears twice in one joint general comment")]
    RepeatedCommittee { committee: Committee },
}

/// The lowest and highest session number accepted (three digits at most, so a
/// session never looks like a year).
const SESSIONS: std::ops::RangeInclusive<u32> = 1..=999;
/// Years: from the UN's first full year; four digits.
const YEARS: std::ops::RangeInclusive<i16> = 1946..=9999;

/// The series prefix of a committee's documents (DOMAIN.md §7.1).
pub fn series_prefix(committee: Committee) -> &'static str {
    match committee {
        Committee::Cerd => "CERD/C",
        Committee::Cescr => "E/C.12",
        Committee::Ccpr => "CCPR/C",
        Committee::Cedaw => "CEDAW/C",
        Committee::Cat => "CAT/C",
        Committee::Spt => "CAT/OP",
        Committee::Crc => "CRC/C",
        Committee::Cmw => "CMW/C",
        Committee::Crpd => "CRPD/C",
        Committee::Ced => "CED/C",
    }
}

fn check_number(what: &'static str, value: u32) -> Result<(), SymbolBuildError> {
    if value == 0 {
        return Err(SymbolBuildError::OutOfRange {
            what,
            value: 0,
            min: 1,
            max: u64::from(u32::MAX),
        });
    }
    Ok(())
}

fn check_session(session: u32) -> Result<(), SymbolBuildError> {
    if !SESSIONS.contains(&session) {
        return Err(SymbolBuildError::OutOfRange {
            what: "session",
            value: u64::from(session),
            min: u64::from(*SESSIONS.start()),
            max: u64::from(*SESSIONS.end()),
        });
    }
    Ok(())
}

fn check_year(year: i16) -> Result<(), SymbolBuildError> {
    if !YEARS.contains(&year) {
        return Err(SymbolBuildError::OutOfRange {
            what: "year",
            // Negative years are reported as 0: the message only needs to say "too small".
            value: u64::try_from(year).unwrap_or(0),
            min: 1946,
            max: 9999,
        });
    }
    Ok(())
}

fn check_not_spt(committee: Committee, what: &'static str) -> Result<(), SymbolBuildError> {
    if committee == Committee::Spt {
        return Err(SymbolBuildError::NoSuchDocument { committee, what });
    }
    Ok(())
}

/// Checks the rules listed on each [`Document`] variant.
fn check_document(document: &Document) -> Result<(), SymbolBuildError> {
    match document {
        Document::Reporting { committee, .. } => check_not_spt(*committee, "reporting-document"),
        Document::SummaryRecord {
            committee,
            year,
            meeting,
        } => {
            match (committee, year) {
                (Committee::Cescr, None) => {
                    return Err(SymbolBuildError::CescrSummaryRecordWithoutYear);
                }
                (Committee::Cescr, Some(year)) => check_year(*year)?,
                (_, None) => {}
                (committee, Some(_)) => {
                    return Err(SymbolBuildError::SummaryRecordYear {
                        committee: *committee,
                    });
                }
            }
            check_number("meeting", *meeting)
        }
        Document::GeneralComment { parts } => {
            if parts.is_empty() {
                return Err(SymbolBuildError::EmptyGeneralComment);
            }
            for (index, (committee, number)) in parts.iter().enumerate() {
                check_not_spt(*committee, "general-comment")?;
                check_number("general comment number", *number)?;
                if parts[..index].iter().any(|(seen, _)| seen == committee) {
                    return Err(SymbolBuildError::RepeatedCommittee {
                        committee: *committee,
                    });
                }
            }
            Ok(())
        }
        Document::SessionDocument {
            session, number, ..
        }
        | Document::GeneralAssembly { session, number }
        | Document::GeneralAssemblyResolution { session, number } => {
            check_session(*session)?;
            check_number("document number", *number)
        }
        Document::YearDocument { year, number, .. }
        | Document::Ecosoc { year, number }
        | Document::Hri { year, number, .. } => {
            check_year(*year)?;
            check_number("document number", *number)
        }
        Document::SeriesDocument { number, .. } => check_number("document number", *number),
    }
}

impl Symbol {
    /// Parses a symbol written exactly as the UN writes it (see the module's
    /// grammar). The error names the first component that does not fit.
    ///
    /// ```
    /// use pacta_core::symbol::Symbol;
    /// let error = Symbol::parse("CMW/C/MEX/XX/4").unwrap_err();
    /// assert_eq!((error.position(), error.component()), (10, 4));
    /// assert_eq!(error.expected().to_string(), "a report number or CO, Q, QPR, RQ");
    /// ```
    pub fn parse(input: &str) -> Result<Symbol, SymbolError> {
        parse::parse(input)
    }

    /// A symbol for `document`, without suffixes, after checking the rules
    /// listed on its [`Document`] variant.
    pub fn new(document: Document) -> Result<Symbol, SymbolBuildError> {
        check_document(&document)?;
        Ok(Symbol {
            document,
            suffixes: Vec::new(),
            reissued: false,
        })
    }

    /// The State's report(s): `CMW/C/MEX/4`, `CRC/C/AUT/5-6`.
    pub fn state_report(
        committee: Committee,
        state: StateCode,
        reports: ReportNumbers,
    ) -> Result<Symbol, SymbolBuildError> {
        Self::reporting(committee, state, ReportingKind::StateReport, reports)
    }

    /// Concluding observations on report(s): `CMW/C/JAM/CO/1-2`.
    pub fn concluding_observations(
        committee: Committee,
        state: StateCode,
        reports: ReportNumbers,
    ) -> Result<Symbol, SymbolBuildError> {
        Self::reporting(
            committee,
            state,
            ReportingKind::ConcludingObservations,
            reports,
        )
    }

    /// List of issues on report(s) (traditional procedure): `CMW/C/TJK/Q/3`.
    pub fn list_of_issues(
        committee: Committee,
        state: StateCode,
        reports: ReportNumbers,
    ) -> Result<Symbol, SymbolBuildError> {
        Self::reporting(committee, state, ReportingKind::ListOfIssues, reports)
    }

    /// List of issues prior to reporting, numbered as the report it precedes
    /// (simplified procedure): `CMW/C/MEX/QPR/4` precedes `CMW/C/MEX/4`.
    pub fn list_of_issues_prior_to_reporting(
        committee: Committee,
        state: StateCode,
        reports: ReportNumbers,
    ) -> Result<Symbol, SymbolBuildError> {
        Self::reporting(
            committee,
            state,
            ReportingKind::ListOfIssuesPriorToReporting,
            reports,
        )
    }

    /// Replies to the list of issues: `CRC/C/AUT/RQ/5-6`.
    pub fn replies_to_list_of_issues(
        committee: Committee,
        state: StateCode,
        reports: ReportNumbers,
    ) -> Result<Symbol, SymbolBuildError> {
        Self::reporting(
            committee,
            state,
            ReportingKind::RepliesToListOfIssues,
            reports,
        )
    }

    /// Any reporting document.
    pub fn reporting(
        committee: Committee,
        state: StateCode,
        kind: ReportingKind,
        reports: ReportNumbers,
    ) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::Reporting {
            committee,
            state,
            kind,
            reports,
        })
    }

    /// The summary record of a meeting: `E/C.12/{year}/SR.{n}` for CESCR,
    /// whose meetings are numbered per year (E/C.12/2019/SR.29), and
    /// `{TB}/C/SR.{n}` for the others, whose meetings are numbered across
    /// sessions (CMW/C/SR.608); `year` (the meeting's) is then not written.
    pub fn summary_record(
        committee: Committee,
        meeting: u32,
        year: i16,
    ) -> Result<Symbol, SymbolBuildError> {
        let year = (committee == Committee::Cescr).then_some(year);
        Symbol::new(Document::SummaryRecord {
            committee,
            year,
            meeting,
        })
    }

    /// A general comment (general recommendation) of one committee: `CMW/C/GC/6`.
    pub fn general_comment(committee: Committee, number: u32) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::GeneralComment {
            parts: vec![(committee, number)],
        })
    }

    /// A joint general comment, parts in the symbol's order:
    /// `[(Cmw, 3), (Crc, 22)]` is `CMW/C/GC/3-CRC/C/GC/22`.
    pub fn joint_general_comment(parts: &[(Committee, u32)]) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::GeneralComment {
            parts: parts.to_vec(),
        })
    }

    /// A sessional document: `CMW/C/39/1`.
    pub fn session_document(
        committee: Committee,
        session: u32,
        number: u32,
    ) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::SessionDocument {
            committee,
            session,
            number,
        })
    }

    /// A document numbered within a year: `CCPR/C/2009/1`.
    pub fn year_document(
        committee: Committee,
        year: i16,
        number: u32,
    ) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::YearDocument {
            committee,
            year,
            number,
        })
    }

    /// A document of the committee's general series: `CMW/C/2`.
    pub fn series_document(committee: Committee, number: u32) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::SeriesDocument { committee, number })
    }

    /// An ECOSOC document: `E/2021/22` (CESCR's annual report for 2020).
    pub fn ecosoc(year: i16, number: u32) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::Ecosoc { year, number })
    }

    /// A General Assembly document: `A/79/292`.
    pub fn general_assembly(session: u32, number: u32) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::GeneralAssembly { session, number })
    }

    /// A General Assembly resolution: `A/RES/68/268`.
    pub fn general_assembly_resolution(
        session: u32,
        number: u32,
    ) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::GeneralAssemblyResolution { session, number })
    }

    /// A document of the meeting of treaty body Chairs: `HRI/MC/2022/1`.
    pub fn meeting_of_chairs(year: i16, number: u32) -> Result<Symbol, SymbolBuildError> {
        Symbol::new(Document::Hri {
            meeting: HriMeeting::MeetingOfChairs,
            year,
            number,
        })
    }

    /// The same document with one more final component: `CMW/C/SR.375` with
    /// `Corr(1)` is `CMW/C/SR.375/Corr.1`. A reissue marker stays last.
    pub fn with_suffix(mut self, suffix: Suffix) -> Result<Symbol, SymbolBuildError> {
        check_number("suffix number", suffix.number())?;
        self.suffixes.push(suffix);
        Ok(self)
    }

    /// The same document marked as reissued for technical reasons (`/-*`), as
    /// summary records are after accepted corrections (DOMAIN.md §7.4).
    pub fn reissued(mut self) -> Symbol {
        self.reissued = true;
        self
    }

    /// The document named, without its suffixes.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// The final components in order: `[Corr(1)]` for `CMW/C/SR.375/Corr.1`.
    pub fn suffixes(&self) -> &[Suffix] {
        &self.suffixes
    }

    /// Whether the symbol ends with the reissue marker `/-*`.
    pub fn is_reissued(&self) -> bool {
        self.reissued
    }

    /// The original document: the same symbol without suffixes or reissue
    /// marker (`CMW/C/SR.375/Corr.1` → `CMW/C/SR.375`).
    pub fn base(&self) -> Symbol {
        Symbol {
            document: self.document.clone(),
            suffixes: Vec::new(),
            reissued: false,
        }
    }

    /// The committees whose series the symbol is in: one for a treaty body
    /// document, several for a joint general comment, none for other series.
    pub fn committees(&self) -> Vec<Committee> {
        match &self.document {
            Document::Reporting { committee, .. }
            | Document::SummaryRecord { committee, .. }
            | Document::SessionDocument { committee, .. }
            | Document::YearDocument { committee, .. }
            | Document::SeriesDocument { committee, .. } => vec![*committee],
            Document::GeneralComment { parts } => parts.iter().map(|(c, _)| *c).collect(),
            Document::GeneralAssembly { .. }
            | Document::GeneralAssemblyResolution { .. }
            | Document::Ecosoc { .. }
            | Document::Hri { .. } => Vec::new(),
        }
    }

    /// The State a reporting document is about.
    pub fn state(&self) -> Option<StateCode> {
        match &self.document {
            Document::Reporting { state, .. } => Some(*state),
            _ => None,
        }
    }

    /// For a list of issues prior to reporting, the symbol of the report it
    /// precedes: `CMW/C/MEX/QPR/4` → `CMW/C/MEX/4` (DOMAIN.md §7.2, §10.3 #39:
    /// CMW/C/MEX/QPR/3 of 3 Oct 2016 → report CMW/C/MEX/3). `None` for any
    /// other document.
    pub fn precedes_report(&self) -> Option<Symbol> {
        match &self.document {
            Document::Reporting {
                committee,
                state,
                kind: ReportingKind::ListOfIssuesPriorToReporting,
                reports,
            } => Some(Symbol {
                document: Document::Reporting {
                    committee: *committee,
                    state: *state,
                    kind: ReportingKind::StateReport,
                    reports: *reports,
                },
                suffixes: Vec::new(),
                reissued: false,
            }),
            _ => None,
        }
    }

    fn write_suffixes(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.suffixes
            .iter()
            .try_for_each(|suffix| write!(f, "/{suffix}"))
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.document {
            Document::Reporting {
                committee,
                state,
                kind,
                reports,
            } => {
                write!(f, "{}/{state}/", series_prefix(*committee))?;
                if let Some(component) = kind.component() {
                    write!(f, "{component}/")?;
                }
                write!(f, "{reports}")?;
            }
            Document::SummaryRecord {
                committee,
                year,
                meeting,
            } => {
                f.write_str(series_prefix(*committee))?;
                if let Some(year) = year {
                    write!(f, "/{year}")?;
                }
                write!(f, "/SR.{meeting}")?;
            }
            Document::GeneralComment { parts } => {
                // Every part repeats the suffixes (CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1).
                for (index, (committee, number)) in parts.iter().enumerate() {
                    if index > 0 {
                        f.write_str("-")?;
                    }
                    write!(f, "{}/GC/{number}", series_prefix(*committee))?;
                    self.write_suffixes(f)?;
                }
                if self.reissued {
                    f.write_str("/-*")?;
                }
                return Ok(());
            }
            Document::SessionDocument {
                committee,
                session,
                number,
            } => write!(f, "{}/{session}/{number}", series_prefix(*committee))?,
            Document::YearDocument {
                committee,
                year,
                number,
            } => write!(f, "{}/{year}/{number}", series_prefix(*committee))?,
            Document::SeriesDocument { committee, number } => {
                write!(f, "{}/{number}", series_prefix(*committee))?
            }
            Document::GeneralAssembly { session, number } => write!(f, "A/{session}/{number}")?,
            Document::GeneralAssemblyResolution { session, number } => {
                write!(f, "A/RES/{session}/{number}")?
            }
            Document::Ecosoc { year, number } => write!(f, "E/{year}/{number}")?,
            Document::Hri {
                meeting,
                year,
                number,
            } => write!(f, "HRI/{}/{year}/{number}", meeting.component())?,
        }
        self.write_suffixes(f)?;
        if self.reissued {
            f.write_str("/-*")?;
        }
        Ok(())
    }
}

impl FromStr for Symbol {
    type Err = SymbolError;
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Symbol::parse(input)
    }
}

impl TryFrom<String> for Symbol {
    type Error = SymbolError;
    fn try_from(input: String) -> Result<Self, Self::Error> {
        Symbol::parse(&input)
    }
}

impl From<Symbol> for String {
    fn from(symbol: Symbol) -> String {
        symbol.to_string()
    }
}
