//! Loading the committees' records: CMW sessions (`cmw_sessions.csv`), reviews as the
//! session sources name them (`cmw_reviews_partial.csv`), meetings (`cmw_meetings.csv`),
//! the steps of review cycles (`cmw_review_steps.csv`) and the documents register
//! (`documents.csv`), checked against each other and against the registry, into [`Records`].
//!
//! All or nothing, like the registry: one bad row, an invalid transition of a cycle, a
//! meeting outside its session's dates or a document that contradicts its meeting, and
//! [`load_records`] returns the error (`data/cmw_review_steps.csv:7:7 (step): …`) and no data.
//! Nothing is inferred that a column does not say; the data is partial and says so.
//!
//! NOTE for integration: the planner (branch `plan`) may also read `cmw_sessions.csv` and
//! `cmw_reviews_partial.csv` in `history.rs`; the two readers should become one.

use std::path::Path;

use jiff::civil::Time;
use jiff::tz::TimeZone;
use pacta_core::cycle::{
    Cycle, Event, ReportingProcedure, ReviewEvidence, ReviewOutcome, Step, StepKind, When,
};
use pacta_core::document::{Distribution, DocumentEntry, Language, Register};
use pacta_core::record::SummaryRecord;
use pacta_core::session::{
    Meeting, MeetingRole, Place, Publicity, RecordCoverage, Session, check_meeting_order,
};
use pacta_core::summary::ordinal;
use pacta_core::symbol::{Document, ReportNumbers, ReportingKind, StateCode, Symbol};
use pacta_core::{Committee, ParticipantCode, Registry};
use serde::Serialize;

use crate::table::{Row, Table};
use crate::{DataError, Source};

/// The record files.
#[derive(Debug, Clone)]
pub struct RecordSources {
    pub sessions: Source,
    pub reviews: Source,
    pub meetings: Source,
    pub steps: Source,
    pub documents: Source,
}

impl RecordSources {
    /// The files as they were when pacta was built (see data/SOURCES.md).
    pub fn bundled() -> Self {
        RecordSources {
            sessions: bundled!("cmw_sessions.csv"),
            reviews: bundled!("cmw_reviews_partial.csv"),
            meetings: bundled!("cmw_meetings.csv"),
            steps: bundled!("cmw_review_steps.csv"),
            documents: bundled!("documents.csv"),
        }
    }

    /// The same files read from `dir`.
    pub fn from_dir(dir: &Path) -> Result<Self, DataError> {
        let read = |file: &str| Source::read(dir, file);
        Ok(RecordSources {
            sessions: read("cmw_sessions.csv")?,
            reviews: read("cmw_reviews_partial.csv")?,
            meetings: read("cmw_meetings.csv")?,
            steps: read("cmw_review_steps.csv")?,
            documents: read("documents.csv")?,
        })
    }
}

/// Where a cycle's report due date comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum DueBasis {
    /// Stated in the source (a date the committee set, or the one it recalls).
    Stated { source: String },
    /// The treaty's legal due date, computed by the registry.
    Legal { article: String },
    /// Neither.
    Unknown,
}

/// A review cycle loaded from the data, with what the data says around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CycleRecord {
    pub cycle: Cycle,
    /// The State as a sentence names it ("the Niger").
    pub state_in_text: String,
    pub report_due_basis: DueBasis,
}

/// A range of meetings a summary record says had no records issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingsWithoutRecords {
    pub committee: Committee,
    pub session: u32,
    pub first: u32,
    pub last: u32,
    /// The record whose footnote says so.
    pub stated_in: Symbol,
}

/// Everything the record files say, checked.
#[derive(Debug, Clone)]
pub struct Records {
    pub sessions: Vec<Session>,
    pub reviews: Vec<ReviewEvidence>,
    pub meetings: Vec<Meeting>,
    pub without_records: Vec<MeetingsWithoutRecords>,
    pub cycles: Vec<CycleRecord>,
    pub documents: Register,
}

impl Records {
    pub fn session(&self, committee: Committee, number: u32) -> Option<&Session> {
        self.sessions
            .iter()
            .find(|s| s.committee == committee && s.number == number)
    }

    /// The meetings of a session, by number.
    pub fn meetings_of(&self, committee: Committee, session: u32) -> Vec<&Meeting> {
        let mut meetings: Vec<&Meeting> = self
            .meetings
            .iter()
            .filter(|m| m.committee == committee && m.session == session)
            .collect();
        meetings.sort_by_key(|m| m.number);
        meetings
    }

    /// The summary record of a meeting, with its date of issue from the documents register.
    pub fn summary_record(&self, meeting: &Meeting) -> Option<SummaryRecord> {
        let symbol = meeting.summary_record_symbol().ok()?;
        let issued = self.documents.get(&symbol).and_then(|d| d.date);
        SummaryRecord::of(meeting, issued)?.ok()
    }

    /// The cycles of one State under one committee, in the order of the data.
    pub fn cycles_of(&self, committee: Committee, state: StateCode) -> Vec<&CycleRecord> {
        self.cycles
            .iter()
            .filter(|c| c.cycle.committee() == committee && c.cycle.state() == state)
            .collect()
    }

    /// The reviews the session sources name for one State under one committee.
    pub fn reviews_of(&self, committee: Committee, state: StateCode) -> Vec<&ReviewEvidence> {
        self.reviews
            .iter()
            .filter(|r| r.committee == committee && r.state == state)
            .collect()
    }

    /// How sentences name a State ("the Niger"), where a cycle gives it.
    pub fn name_in_text(&self, state: StateCode) -> Option<&str> {
        self.cycles
            .iter()
            .find(|c| c.cycle.state() == state)
            .map(|c| c.state_in_text.as_str())
    }
}

/// Parse and check the record files against each other and the registry; all or nothing.
pub fn load_records(sources: &RecordSources, registry: &Registry) -> Result<Records, DataError> {
    let sessions = parse_sessions(&sources.sessions)?;
    let reviews = parse_reviews(&sources.reviews, registry)?;
    let (meetings, without) = parse_meetings(&sources.meetings, &sessions)?;
    let cycles = parse_steps(&sources.steps, registry, &sessions, &meetings)?;
    let documents = parse_documents(&sources.documents, &meetings)?;
    let without_records = without
        .into_iter()
        .map(|(meeting, first, last)| MeetingsWithoutRecords {
            committee: meeting.committee,
            session: meeting.session,
            first,
            last,
            stated_in: meeting
                .summary_record_symbol()
                .expect("a loaded meeting's record symbol is valid"),
        })
        .collect();
    Ok(Records {
        sessions,
        reviews,
        meetings,
        without_records,
        cycles,
        documents,
    })
}

fn committee(row: &Row, column: &str) -> Result<Committee, DataError> {
    let text = row.required(column)?;
    text.parse()
        .map_err(|error: pacta_core::committee::UnknownCommittee| {
            row.error(column, error.to_string())
        })
}

fn optional_number(row: &Row, column: &str) -> Result<Option<u32>, DataError> {
    row.optional(column)
        .map(|text| {
            text.parse()
                .map_err(|_| row.error(column, format!("invalid number \"{text}\"")))
        })
        .transpose()
}

fn state_code(row: &Row, column: &str) -> Result<StateCode, DataError> {
    let text = row.required(column)?;
    StateCode::new(text).map_err(|error| row.error(column, error.to_string()))
}

fn report_numbers(row: &Row, column: &str) -> Result<ReportNumbers, DataError> {
    let text = row.required(column)?;
    let invalid = || {
        row.error(
            column,
            format!("invalid report numbers \"{text}\" (expected 4 or 1-2)"),
        )
    };
    let (first, last) = match text.split_once('-') {
        Some((first, last)) => (first, last),
        None => (text, text),
    };
    let first: u32 = first.parse().map_err(|_| invalid())?;
    let last: u32 = last.parse().map_err(|_| invalid())?;
    ReportNumbers::new(first, last).map_err(|error| row.error(column, error.to_string()))
}

fn time(row: &Row, column: &str) -> Result<Option<Time>, DataError> {
    row.optional(column)
        .map(|text| {
            text.parse::<Time>()
                .map_err(|_| row.error(column, format!("invalid time \"{text}\" (expected HH:MM)")))
        })
        .transpose()
}

fn optional_bool(row: &Row, column: &str) -> Result<Option<bool>, DataError> {
    match row.text(column) {
        "" => Ok(None),
        "true" => Ok(Some(true)),
        "false" => Ok(Some(false)),
        other => Err(row.error(
            column,
            format!("invalid boolean \"{other}\" (expected true, false or nothing)"),
        )),
    }
}

fn list(row: &Row, column: &str, separator: &str) -> Vec<String> {
    row.text(column)
        .split(separator)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

fn parse_sessions(source: &Source) -> Result<Vec<Session>, DataError> {
    let table = Table::parse(
        source,
        &[
            "committee",
            "session",
            "start_date",
            "end_date",
            "date_basis",
            "source",
        ],
    )?;
    let mut sessions: Vec<Session> = Vec::new();
    for row in table.rows() {
        let session = Session {
            committee: committee(&row, "committee")?,
            number: row.number("session")?,
            start: row.date("start_date")?,
            end: row.date("end_date")?,
            date_basis: row.required("date_basis")?.to_string(),
            source: row.required("source")?.to_string(),
        };
        match (session.start, session.end) {
            (Some(start), Some(end)) if end < start => {
                return Err(row.error(
                    "end_date",
                    format!("session ends on {end}, before it starts on {start}"),
                ));
            }
            _ => {}
        }
        if sessions
            .iter()
            .any(|s| s.committee == session.committee && s.number == session.number)
        {
            return Err(row.error(
                "session",
                format!(
                    "{} session {} appears twice",
                    session.committee, session.number
                ),
            ));
        }
        sessions.push(session);
    }
    Ok(sessions)
}

/// The report(s) a source's wording names: "initial report" → 1, "fourth periodic report" →
/// 4, "combined second and third periodic report" → 2-3, "combined second to fourth periodic
/// reports" → 2-4. `Ok(None)` for wording that names no number ("periodic report").
fn reports_from_wording(text: &str) -> Result<Option<ReportNumbers>, String> {
    let number = |word: &str| -> Option<u32> {
        if word == "initial" {
            return Some(1);
        }
        (2..=50).find(|&n| ordinal(n) == word)
    };
    let unknown = || format!("unrecognised report wording \"{text}\"");
    let rest = text
        .strip_suffix(" periodic reports")
        .or_else(|| text.strip_suffix(" periodic report"))
        .or_else(|| text.strip_suffix(" report"));
    let Some(rest) = rest else {
        return Err(unknown());
    };
    if rest == "periodic" {
        return Ok(None);
    }
    let pair = |first: &str, last: &str| -> Result<Option<ReportNumbers>, String> {
        let (first, last) = (
            number(first).ok_or_else(unknown)?,
            number(last).ok_or_else(unknown)?,
        );
        ReportNumbers::new(first, last)
            .map(Some)
            .map_err(|e| e.to_string())
    };
    if let Some(combined) = rest.strip_prefix("combined ") {
        if let Some((first, last)) = combined.split_once(" and ") {
            return pair(first, last);
        }
        if let Some((first, last)) = combined.split_once(" to ") {
            return pair(first, last);
        }
        return Err(unknown());
    }
    let n = number(rest).ok_or_else(unknown)?;
    ReportNumbers::single(n)
        .map(Some)
        .map_err(|e| e.to_string())
}

fn known_state(row: &Row, column: &str, registry: &Registry) -> Result<StateCode, DataError> {
    let state = state_code(row, column)?;
    let code = ParticipantCode::parse(state.as_str())
        .ok_or_else(|| row.error(column, format!("invalid State code \"{state}\"")))?;
    if registry.participant(&code).is_none() {
        return Err(row.error(
            column,
            format!("unknown State \"{state}\" (not in data/states.csv)"),
        ));
    }
    Ok(state)
}

fn parse_reviews(source: &Source, registry: &Registry) -> Result<Vec<ReviewEvidence>, DataError> {
    let table = Table::parse(
        source,
        &[
            "committee",
            "session",
            "state_name_as_in_source",
            "iso3",
            "report",
            "report_symbol",
            "outcome_or_status",
            "source",
        ],
    )?;
    let mut reviews = Vec::new();
    for row in table.rows() {
        let committee = committee(&row, "committee")?;
        let state = known_state(&row, "iso3", registry)?;
        let report_as_stated = row.optional("report").map(str::to_string);
        let mut reports = match &report_as_stated {
            Some(text) => reports_from_wording(text).map_err(|m| row.error("report", m))?,
            None => None,
        };
        let report_symbol = row
            .optional("report_symbol")
            .map(|text| {
                Symbol::parse(text).map_err(|error| row.error("report_symbol", error.to_string()))
            })
            .transpose()?;
        if let Some(symbol) = &report_symbol {
            let Document::Reporting {
                committee: symbol_committee,
                state: symbol_state,
                kind: ReportingKind::StateReport,
                reports: symbol_reports,
            } = symbol.document()
            else {
                return Err(row.error(
                    "report_symbol",
                    format!("{symbol} is not the symbol of a State report"),
                ));
            };
            if *symbol_committee != committee || *symbol_state != state {
                return Err(row.error(
                    "report_symbol",
                    format!("{symbol} is not a {committee} report of {state}"),
                ));
            }
            if reports.is_some_and(|r| r != *symbol_reports) {
                return Err(row.error(
                    "report_symbol",
                    format!(
                        "{symbol} does not match the report \"{}\"",
                        report_as_stated.as_deref().unwrap_or_default()
                    ),
                ));
            }
            reports = Some(*symbol_reports);
        }
        let outcome_as_stated = row.required("outcome_or_status")?.to_string();
        let outcome = if outcome_as_stated.starts_with("concluding observations adopted") {
            ReviewOutcome::ConcludingObservationsAdopted
        } else if outcome_as_stated.starts_with("scheduled for consideration") {
            ReviewOutcome::Scheduled
        } else if outcome_as_stated.starts_with("dialogue ") {
            ReviewOutcome::DialogueHeld
        } else {
            return Err(row.error(
                "outcome_or_status",
                format!("unrecognised outcome \"{outcome_as_stated}\""),
            ));
        };
        reviews.push(ReviewEvidence {
            committee,
            session: optional_number(&row, "session")?,
            state,
            report_as_stated,
            reports,
            report_symbol,
            outcome,
            outcome_as_stated,
            source: row.required("source")?.to_string(),
        });
    }
    Ok(reviews)
}

type MeetingsAndGaps = (Vec<Meeting>, Vec<(Meeting, u32, u32)>);

fn parse_meetings(source: &Source, sessions: &[Session]) -> Result<MeetingsAndGaps, DataError> {
    let table = Table::parse(
        source,
        &[
            "committee",
            "session",
            "meeting",
            "date",
            "place",
            "time_zone",
            "convened",
            "called_to_order",
            "covered_from",
            "rose",
            "publicity",
            "record",
            "role",
            "agenda",
            "chair",
            "footnotes",
            "no_records_for",
            "source",
        ],
    )?;
    let mut meetings = Vec::new();
    let mut gaps = Vec::new();
    let mut lines = Vec::new();
    for row in table.rows() {
        let committee = committee(&row, "committee")?;
        let number = row.number("meeting")?;
        let session = row.number("session")?;
        let date = row
            .date("date")?
            .ok_or_else(|| row.error("date", "value is missing"))?;
        let place = match (row.optional("place"), row.optional("time_zone")) {
            (None, None) => None,
            (Some(name), Some(zone)) => Some(Place {
                name: name.to_string(),
                time_zone: TimeZone::get(zone).map_err(|_| {
                    row.error(
                        "time_zone",
                        format!("unknown IANA time zone \"{zone}\" (expected e.g. Europe/Zurich)"),
                    )
                })?,
            }),
            (Some(_), None) => {
                return Err(row.error("time_zone", "a place needs its IANA time zone"));
            }
            (None, Some(_)) => return Err(row.error("place", "a time zone needs its place")),
        };
        let publicity = row
            .optional("publicity")
            .map(|text| {
                Publicity::parse(text).ok_or_else(|| {
                    row.error(
                        "publicity",
                        format!(
                            "unknown value \"{text}\" (expected public, private or partly_private)"
                        ),
                    )
                })
            })
            .transpose()?;
        let record = row
            .optional("record")
            .map(|text| {
                RecordCoverage::parse(text).ok_or_else(|| {
                    row.error(
                        "record",
                        format!("unknown value \"{text}\" (expected full, partial or none)"),
                    )
                })
            })
            .transpose()?;
        let role = row
            .optional("role")
            .map(|text| {
                MeetingRole::parse(text).ok_or_else(|| {
                    row.error(
                        "role",
                        format!("unknown value \"{text}\" (expected opening or closing)"),
                    )
                })
            })
            .transpose()?;
        let meeting = Meeting::new(Meeting {
            committee,
            session,
            number,
            date,
            place,
            scheduled: time(&row, "convened")?,
            called_to_order: time(&row, "called_to_order")?,
            covered_from: time(&row, "covered_from")?,
            rose: time(&row, "rose")?,
            publicity,
            record,
            role,
            agenda: list(&row, "agenda", "|"),
            chair: row.optional("chair").map(str::to_string),
            footnotes: list(&row, "footnotes", "|"),
            source: row.required("source")?.to_string(),
        })
        .map_err(|error| row.error("rose", error.to_string()))?;
        // The session's known dates bound its meetings; its opening and closing meetings
        // fall on its first and last day.
        if let Some(known) = sessions
            .iter()
            .find(|s| s.committee == committee && s.number == session)
        {
            let outside = known.start.is_some_and(|start| date < start)
                || known.end.is_some_and(|end| date > end);
            if outside {
                return Err(row.error(
                    "date",
                    format!(
                        "meeting {number} on {date} is outside {committee} session {session} ({} to {})",
                        known.start.map_or("?".to_string(), |d| d.to_string()),
                        known.end.map_or("?".to_string(), |d| d.to_string())
                    ),
                ));
            }
            let bound = match role {
                Some(MeetingRole::Opening) => known.start.map(|d| ("first", d)),
                Some(MeetingRole::Closing) => known.end.map(|d| ("last", d)),
                None => None,
            };
            if let Some((which, day)) = bound.filter(|(_, day)| *day != date) {
                return Err(row.error(
                    "role",
                    format!(
                        "meeting {number} on {date} cannot {} session {session}, whose {which} day is {day}",
                        if which == "first" { "open" } else { "close" }
                    ),
                ));
            }
        }
        if let Some(range) = row.optional("no_records_for") {
            let invalid = || {
                row.error(
                    "no_records_for",
                    format!("invalid meeting range \"{range}\" (expected 598-607)"),
                )
            };
            let (first, last) = range.split_once('-').ok_or_else(invalid)?;
            let first: u32 = first.parse().map_err(|_| invalid())?;
            let last: u32 = last.parse().map_err(|_| invalid())?;
            if first > last || last >= number {
                return Err(row.error(
                    "no_records_for",
                    format!(
                        "the meetings without records ({range}) must be a range before this meeting ({number})"
                    ),
                ));
            }
            gaps.push((meeting.clone(), first, last));
        }
        lines.push(row.location("meeting"));
        meetings.push(meeting);
    }
    check_meeting_order(&meetings).map_err(|error| {
        let number = match &error {
            pacta_core::session::MeetingOrderError::Duplicate { number, .. } => *number,
            pacta_core::session::MeetingOrderError::OutOfOrder { later, .. } => *later,
        };
        let location = meetings
            .iter()
            .zip(&lines)
            .rev()
            .find(|(m, _)| m.number == number)
            .map(|(_, l)| l.clone())
            .expect("the error names a meeting of the file");
        DataError::Invalid {
            location,
            message: error.to_string(),
        }
    })?;
    Ok((meetings, gaps))
}

/// The event a row describes, with its payload columns.
fn event(row: &Row) -> Result<Event, DataError> {
    let text = row.required("step")?;
    let kind = StepKind::parse(text).ok_or_else(|| {
        row.error(
            "step",
            format!(
                "unknown step \"{text}\" (expected one of {})",
                StepKind::ALL.map(StepKind::slug).join(", ")
            ),
        )
    })?;
    let replies_due = row.date("replies_due")?;
    let next_report_due = row.date("next_report_due")?;
    let delegation = optional_bool(row, "delegation")?;
    let event = match kind {
        StepKind::ListOfIssuesPriorToReporting => {
            Event::ListOfIssuesPriorToReporting { replies_due }
        }
        StepKind::Report => Event::Report { words: None },
        StepKind::ListOfIssues => Event::ListOfIssues { replies_due },
        StepKind::RepliesToListOfIssues => Event::RepliesToListOfIssues { words: None },
        StepKind::Dialogue => Event::Dialogue { delegation },
        StepKind::ReviewInAbsenceOfReport => Event::ReviewInAbsenceOfReport { delegation },
        StepKind::ConcludingObservations => Event::ConcludingObservations {
            follow_up: Vec::new(),
            next_report_due,
        },
        StepKind::FollowUpInformation => Event::FollowUpInformation,
        StepKind::FollowUpAssessment => Event::FollowUpAssessment { grades: Vec::new() },
    };
    // A payload column on a step that has no such field would be silently lost.
    let misplaced = [
        (
            "replies_due",
            replies_due.is_some(),
            matches!(
                kind,
                StepKind::ListOfIssuesPriorToReporting | StepKind::ListOfIssues
            ),
        ),
        (
            "next_report_due",
            next_report_due.is_some(),
            kind == StepKind::ConcludingObservations,
        ),
        (
            "delegation",
            delegation.is_some(),
            matches!(kind, StepKind::Dialogue | StepKind::ReviewInAbsenceOfReport),
        ),
    ];
    for (column, given, allowed) in misplaced {
        if given && !allowed {
            return Err(row.error(column, format!("a {kind} step has no {column}")));
        }
    }
    Ok(event)
}

fn parse_steps(
    source: &Source,
    registry: &Registry,
    sessions: &[Session],
    meetings: &[Meeting],
) -> Result<Vec<CycleRecord>, DataError> {
    let table = Table::parse(
        source,
        &[
            "committee",
            "state",
            "state_in_text",
            "reports",
            "procedure",
            "report_due",
            "step",
            "date",
            "session",
            "meetings",
            "delegation",
            "replies_due",
            "next_report_due",
            "note",
            "source",
        ],
    )?;
    let catalogue = registry.catalogue();
    let mut cycles: Vec<CycleRecord> = Vec::new();
    for row in table.rows() {
        let committee = committee(&row, "committee")?;
        let state = known_state(&row, "state", registry)?;
        let reports = report_numbers(&row, "reports")?;
        let procedure_text = row.required("procedure")?;
        let procedure = ReportingProcedure::parse(procedure_text).ok_or_else(|| {
            row.error(
                "procedure",
                format!(
                    "unknown procedure \"{procedure_text}\" (expected simplified or traditional)"
                ),
            )
        })?;
        let state_in_text = row.required("state_in_text")?.to_string();
        let report_due = row.date("report_due")?;
        let source_text = row.required("source")?.to_string();
        let index = match cycles.iter().position(|c| {
            c.cycle.committee() == committee
                && c.cycle.state() == state
                && c.cycle.reports() == reports
        }) {
            Some(index) => {
                let known = &cycles[index];
                if known.cycle.procedure() != procedure {
                    return Err(row.error(
                        "procedure",
                        format!(
                            "{} follows the {} procedure in an earlier row",
                            known.cycle,
                            known.cycle.procedure()
                        ),
                    ));
                }
                if known.state_in_text != state_in_text {
                    return Err(row.error(
                        "state_in_text",
                        format!("an earlier row names {state} \"{}\"", known.state_in_text),
                    ));
                }
                if report_due.is_some() && report_due != known.cycle.report_due() {
                    return Err(row.error(
                        "report_due",
                        "an earlier row of the cycle gives another due date",
                    ));
                }
                index
            }
            None => {
                let instrument = catalogue.core_instrument(committee).ok_or_else(|| {
                    row.error("committee", format!("{committee} reviews no State reports"))
                })?;
                let participant = registry
                    .participant(&ParticipantCode::parse(state.as_str()).ok_or_else(|| {
                        row.error("state", format!("invalid State code \"{state}\""))
                    })?)
                    .ok_or_else(|| row.error("state", format!("unknown State \"{state}\"")))?;
                let participation =
                    registry
                        .participation(instrument, participant)
                        .ok_or_else(|| {
                            row.error(
                                "state",
                                format!(
                                    "{state} is not a party to {} in the registry",
                                    instrument.code
                                ),
                            )
                        })?;
                let (due, basis) = match report_due {
                    Some(due) => (
                        Some(due),
                        DueBasis::Stated {
                            source: source_text.clone(),
                        },
                    ),
                    None => match registry
                        .obligation(participation)
                        .and_then(|o| o.due(reports.last()).map(|d| (d.due, o.source)))
                    {
                        Some((due, article)) => (Some(due), DueBasis::Legal { article }),
                        None => (None, DueBasis::Unknown),
                    },
                };
                let cycle = Cycle::open(committee, state, reports, procedure, due)
                    .map_err(|error| row.error("reports", error.to_string()))?;
                cycles.push(CycleRecord {
                    cycle,
                    state_in_text,
                    report_due_basis: basis,
                });
                cycles.len() - 1
            }
        };
        let event = event(&row)?;
        let session = optional_number(&row, "session")?;
        let date = row.date("date")?;
        let mut step_meetings = Vec::new();
        for text in row.text("meetings").split_whitespace() {
            let number: u32 = text.parse().map_err(|_| {
                row.error(
                    "meetings",
                    format!(
                        "invalid meeting number \"{text}\" (expected numbers separated by spaces)"
                    ),
                )
            })?;
            step_meetings.push(number);
        }
        // A meeting the meetings file knows must agree with the step on session and day.
        let known: Vec<&Meeting> = step_meetings
            .iter()
            .filter_map(|n| {
                meetings
                    .iter()
                    .find(|m| m.committee == committee && m.number == *n)
            })
            .collect();
        if let Some(meeting) = known
            .iter()
            .find(|m| session.is_some_and(|s| s != m.session))
        {
            return Err(row.error(
                "session",
                format!(
                    "meeting {} belongs to session {}, not {}",
                    meeting.number,
                    meeting.session,
                    session.unwrap_or_default()
                ),
            ));
        }
        match (date, known.iter().map(|m| m.date).min()) {
            (Some(date), Some(first)) if date != first => {
                return Err(row.error(
                    "date",
                    format!("the step is dated {date} but its first known meeting was on {first}"),
                ));
            }
            _ => {}
        }
        let bounds = session.and_then(|session| {
            sessions
                .iter()
                .find(|s| s.committee == committee && s.number == session)
        });
        match (date, bounds) {
            (Some(date), Some(bounds)) if bounds.contains(date) == Some(false) => {
                return Err(row.error(
                    "date",
                    format!("{date} is outside {committee} session {}", bounds.number),
                ));
            }
            _ => {}
        }
        let mut step = Step::new(
            event,
            When {
                date,
                session,
                meetings: step_meetings,
            },
            source_text,
        );
        step.note = row.optional("note").map(str::to_string);
        let scale = catalogue.committee(committee).follow_up_grades.as_ref();
        cycles[index]
            .cycle
            .apply(step, scale)
            .map_err(|error| row.error("step", error.to_string()))?;
    }
    Ok(cycles)
}

fn parse_documents(source: &Source, meetings: &[Meeting]) -> Result<Register, DataError> {
    let table = Table::parse(
        source,
        &[
            "symbol",
            "title",
            "date",
            "distribution",
            "original_language",
            "languages",
            "words",
            "session",
            "meeting",
            "source",
        ],
    )?;
    let mut register = Register::default();
    for row in table.rows() {
        let symbol = Symbol::parse(row.required("symbol")?)
            .map_err(|error| row.error("symbol", error.to_string()))?;
        let language = |text: &str| {
            Language::parse(text).ok_or_else(|| {
                row.error(
                    "languages",
                    format!("unknown language \"{text}\" (expected ar, zh, en, fr, ru or es)"),
                )
            })
        };
        let mut entry = DocumentEntry::new(symbol, row.required("source")?);
        entry.title = row.optional("title").map(str::to_string);
        entry.date = row.date("date")?;
        entry.distribution = row
            .optional("distribution")
            .map(|text| {
                Distribution::parse(text).ok_or_else(|| {
                    row.error(
                        "distribution",
                        format!(
                            "unknown distribution \"{text}\" (expected general, limited or restricted)"
                        ),
                    )
                })
            })
            .transpose()?;
        entry.original_language = row
            .optional("original_language")
            .map(|text| {
                Language::parse(text).ok_or_else(|| {
                    row.error(
                        "original_language",
                        format!("unknown language \"{text}\" (expected ar, zh, en, fr, ru or es)"),
                    )
                })
            })
            .transpose()?;
        entry.languages = row
            .text("languages")
            .split_whitespace()
            .map(language)
            .collect::<Result<_, _>>()?;
        entry.words = optional_number(&row, "words")?;
        entry.session = optional_number(&row, "session")?;
        entry.meeting = optional_number(&row, "meeting")?;
        // A summary record must be the record of a meeting the meetings file knows, and agree
        // with it on whether it is partial; it takes its session from that meeting.
        if let Document::SummaryRecord {
            committee,
            meeting: number,
            ..
        } = entry.symbol.document()
        {
            let meeting = meetings
                .iter()
                .find(|m| {
                    m.committee == *committee
                        && m.summary_record_symbol().ok().as_ref() == Some(&entry.symbol.base())
                })
                .ok_or_else(|| {
                    row.error(
                        "symbol",
                        format!("no {committee} meeting {number} in the meetings file"),
                    )
                })?;
            let partial_title = entry.title.as_deref().map(|t| t.contains("(partial)"));
            let partial_meeting = match meeting.record {
                Some(RecordCoverage::Partial) => Some(true),
                Some(RecordCoverage::Full) => Some(false),
                Some(RecordCoverage::None) => {
                    return Err(row.error(
                        "symbol",
                        format!("meeting {number} has no summary record in the meetings file"),
                    ));
                }
                None => None,
            };
            match (partial_title, partial_meeting) {
                (Some(title), Some(meeting)) if title != meeting => {
                    return Err(row.error(
                        "title",
                        format!(
                            "the title says the record is {}, the meetings file says it is {}",
                            if title { "partial" } else { "full" },
                            if meeting { "partial" } else { "full" }
                        ),
                    ));
                }
                _ => {}
            }
            if entry.session.is_some_and(|s| s != meeting.session) {
                return Err(row.error(
                    "session",
                    format!("meeting {number} belongs to session {}", meeting.session),
                ));
            }
            entry.session = Some(meeting.session);
            if let Some(date) = entry.date.filter(|date| *date < meeting.date) {
                return Err(row.error(
                    "date",
                    format!(
                        "the record is dated {date}, before its meeting on {}",
                        meeting.date
                    ),
                ));
            }
        }
        register
            .insert(entry)
            .map_err(|error| row.error("symbol", error.to_string()))?;
    }
    Ok(register)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<(u32, u32)>) {
        let got = reports_from_wording(text).expect("recognised wording");
        assert_eq!(got.map(|r| (r.first(), r.last())), expected, "{text}");
    }

    #[test]
    fn report_wording_from_the_sources_names_its_numbers() {
        // The wordings of data/cmw_reviews_partial.csv.
        check("initial report", Some((1, 1)));
        check("third periodic report", Some((3, 3)));
        check("second periodic report", Some((2, 2)));
        check("combined second and third periodic report", Some((2, 3)));
        check("combined second to fourth periodic reports", Some((2, 4)));
        check("periodic report", None);
        assert!(reports_from_wording("report of the Niger").is_err());
    }
}
