//! The flat, serialisable view of a [`Symbol`] printed by
//! `pacta symbol <SYMBOL> --format json` ([`SymbolView`]).
//!
//! It is a presentation of the typed [`Symbol`], not a second model: it is
//! built from a `Symbol` and never parsed back into one.

use serde::{Deserialize, Serialize};

use crate::Committee;

use super::{Document, HriMeeting, ReportingKind, Symbol};

/// What sort of document a symbol names, in the view's snake_case spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SymbolKind {
    StateReport,
    ConcludingObservations,
    ListOfIssues,
    ListOfIssuesPriorToReporting,
    RepliesToListOfIssues,
    SummaryRecord,
    GeneralComment,
    JointGeneralComment,
    /// Numbered within a session: `CMW/C/39/1`, `A/79/292`.
    SessionDocument,
    /// Numbered within a year: `CCPR/C/2009/1`, `E/2021/22`, `HRI/MC/2022/1`.
    YearDocument,
    /// Numbered in a committee's general series: `CRC/C/58`.
    SeriesDocument,
    /// A General Assembly resolution: `A/RES/68/268`.
    Resolution,
}

/// One value, or several (only for a joint general comment's `body` and `number`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

/// The flat view of a [`Symbol`]. Its keys are fixed: `symbol`, `series`,
/// `body`, `kind`, `state`, `session`, `meeting`, `year`, `reports`, `number`,
/// `suffixes`, with `null` where a key does not apply.
///
/// - `series`: the symbol's first component, the organ or special series of
///   the library guide: `"CMW"`, `"CAT"` (also for `CAT/OP`), `"E"` (ECOSOC,
///   also for CESCR's `E/C.12`), `"A"`, `"HRI"`.
/// - `body`: the committee's acronym as in [`Committee::acronym`] (`"CMW"`,
///   `"CESCR"`, `"SPT"`); for other series `"GA"`, `"ECOSOC"`,
///   `"MeetingOfChairs"` (`HRI/MC`) or `"InterCommitteeMeeting"` (`HRI/ICM`).
/// - **Joint general comment**: `body` is an array of acronyms and `number` an
///   array of general comment numbers, aligned and in the symbol's order
///   (`CMW/C/GC/3-CRC/C/GC/22`: `["CMW","CRC"]` and `[3,22]`), and `kind` is
///   `"joint_general_comment"`, so a consumer that reads `kind` first always
///   knows whether to expect a scalar or an array.
/// - `reports`: every report number covered, a combined `2-5` listed in full as
///   `[2,3,4,5]`; for a list of issues prior to reporting, the report it
///   precedes.
/// - `number`: the document number (`CMW/C/39/1` → 1, `A/79/292` → 292,
///   `CRC/C/58` → 58) or the general comment number; `null` for reporting
///   documents (see `reports`) and summary records (see `meeting`).
/// - `suffixes`: always an array, possibly empty, in order, written as in the
///   symbol (`"Corr.1"`); the reissue marker appears last as `"-*"`.
///
/// ```
/// use pacta_core::symbol::Symbol;
/// let view = Symbol::parse("CMW/C/SR.375/Corr.1")?.view();
/// assert_eq!(
///     serde_json::to_value(&view)?,
///     serde_json::json!({
///         "symbol": "CMW/C/SR.375/Corr.1", "series": "CMW", "body": "CMW",
///         "kind": "summary_record", "state": null, "session": null, "meeting": 375,
///         "year": null, "reports": null, "number": null, "suffixes": ["Corr.1"]
///     })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SymbolView {
    pub symbol: String,
    pub series: String,
    pub body: OneOrMany<String>,
    pub kind: SymbolKind,
    pub state: Option<String>,
    pub session: Option<u32>,
    pub meeting: Option<u32>,
    pub year: Option<i16>,
    pub reports: Option<Vec<u32>>,
    pub number: Option<OneOrMany<u32>>,
    pub suffixes: Vec<String>,
}

impl Symbol {
    /// What sort of document this is.
    pub fn kind(&self) -> SymbolKind {
        match &self.document {
            Document::Reporting { kind, .. } => match kind {
                ReportingKind::StateReport => SymbolKind::StateReport,
                ReportingKind::ConcludingObservations => SymbolKind::ConcludingObservations,
                ReportingKind::ListOfIssues => SymbolKind::ListOfIssues,
                ReportingKind::ListOfIssuesPriorToReporting => {
                    SymbolKind::ListOfIssuesPriorToReporting
                }
                ReportingKind::RepliesToListOfIssues => SymbolKind::RepliesToListOfIssues,
            },
            Document::SummaryRecord { .. } => SymbolKind::SummaryRecord,
            Document::GeneralComment { parts } if parts.len() > 1 => {
                SymbolKind::JointGeneralComment
            }
            Document::GeneralComment { .. } => SymbolKind::GeneralComment,
            Document::SessionDocument { .. } | Document::GeneralAssembly { .. } => {
                SymbolKind::SessionDocument
            }
            Document::YearDocument { .. } | Document::Ecosoc { .. } | Document::Hri { .. } => {
                SymbolKind::YearDocument
            }
            Document::SeriesDocument { .. } => SymbolKind::SeriesDocument,
            Document::GeneralAssemblyResolution { .. } => SymbolKind::Resolution,
        }
    }

    /// The flat view for JSON output (see [`SymbolView`]).
    pub fn view(&self) -> SymbolView {
        let symbol = self.to_string();
        let series = symbol.split('/').next().unwrap_or_default().to_string();
        let acronym = |committee: &Committee| committee.acronym().to_string();
        let mut view = SymbolView {
            symbol,
            series,
            body: OneOrMany::One(String::new()),
            kind: self.kind(),
            state: None,
            session: None,
            meeting: None,
            year: None,
            reports: None,
            number: None,
            suffixes: self.suffixes.iter().map(ToString::to_string).collect(),
        };
        if self.reissued {
            view.suffixes.push("-*".to_string());
        }
        match &self.document {
            Document::Reporting {
                committee,
                state,
                reports,
                ..
            } => {
                view.body = OneOrMany::One(acronym(committee));
                view.state = Some(state.to_string());
                view.reports = Some(reports.to_vec());
            }
            Document::SummaryRecord {
                committee,
                year,
                meeting,
            } => {
                view.body = OneOrMany::One(acronym(committee));
                view.year = *year;
                view.meeting = Some(*meeting);
            }
            Document::GeneralComment { parts } => match parts.as_slice() {
                [(committee, number)] => {
                    view.body = OneOrMany::One(acronym(committee));
                    view.number = Some(OneOrMany::One(*number));
                }
                _ => {
                    view.body = OneOrMany::Many(parts.iter().map(|(c, _)| acronym(c)).collect());
                    view.number = Some(OneOrMany::Many(parts.iter().map(|(_, n)| *n).collect()));
                }
            },
            Document::SessionDocument {
                committee,
                session,
                number,
            } => {
                view.body = OneOrMany::One(acronym(committee));
                view.session = Some(*session);
                view.number = Some(OneOrMany::One(*number));
            }
            Document::YearDocument {
                committee,
                year,
                number,
            } => {
                view.body = OneOrMany::One(acronym(committee));
                view.year = Some(*year);
                view.number = Some(OneOrMany::One(*number));
            }
            Document::SeriesDocument { committee, number } => {
                view.body = OneOrMany::One(acronym(committee));
                view.number = Some(OneOrMany::One(*number));
            }
            Document::GeneralAssembly { session, number }
            | Document::GeneralAssemblyResolution { session, number } => {
                view.body = OneOrMany::One("GA".to_string());
                view.session = Some(*session);
                view.number = Some(OneOrMany::One(*number));
            }
            Document::Ecosoc { year, number } => {
                view.body = OneOrMany::One("ECOSOC".to_string());
                view.year = Some(*year);
                view.number = Some(OneOrMany::One(*number));
            }
            Document::Hri {
                meeting,
                year,
                number,
            } => {
                let body = match meeting {
                    HriMeeting::MeetingOfChairs => "MeetingOfChairs",
                    HriMeeting::InterCommitteeMeeting => "InterCommitteeMeeting",
                };
                view.body = OneOrMany::One(body.to_string());
                view.year = Some(*year);
                view.number = Some(OneOrMany::One(*number));
            }
        }
        view
    }
}
