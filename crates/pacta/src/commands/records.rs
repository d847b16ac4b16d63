//! The records commands: `symbol` (a UN document symbol, parsed), `session` (what a session
//! did, its meetings, summary records and documents) and `cycle` (a State's review cycles
//! under a committee and the steps to come).
//!
//! Layout only: symbols come from `pacta_core::symbol`, cycles, records and summaries from
//! the core, the facts from `pacta_data::records`. No rule is decided here; every date shown
//! is a core computation or a value of the data, and every gap in the data is a note.

use clap::Args;
use jiff::civil::Date;
use pacta_core::Committee;
use pacta_core::cycle::{Cycle, Event, NextStep, Step, StepKind};
use pacta_core::document::{DocumentEntry, Link};
use pacta_core::record::{CorrectionWindow, SummaryRecord};
use pacta_core::session::{Meeting, RecordCoverage, numbered};
use pacta_core::summary::{describe_reports, ordinal, render_session_summary, session_work};
use pacta_core::symbol::{StateCode, Symbol};
use pacta_data::records::{CycleRecord, DueBasis};
use pacta_data::{RecordSources, Records, load_records};
use serde_json::{Value, json};

use crate::output::{Report, cell};
use crate::{Context, UsageError};

#[derive(Debug, Args)]
pub struct SymbolArgs {
    /// A UN document symbol, written exactly as the UN writes it (CMW/C/SR.608, CRC/C/AUT/CO/5-6).
    pub symbol: String,
}

#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The committee (CMW …).
    pub committee: String,
    /// The session number (40).
    pub session: u32,
}

#[derive(Debug, Args)]
pub struct CycleArgs {
    /// The State: ISO 3166-1 alpha-3 code (JAM) or name (Jamaica).
    pub state: String,
    /// The committee (CMW …).
    pub committee: String,
    /// The State has opted out of the simplified procedure for its next report.
    #[arg(long)]
    pub opt_out: bool,
}

/// `pacta symbol`: the typed reading of a symbol, as the flat view of
/// `pacta_core::symbol::SymbolView` (keys fixed; `null` where a key does not apply).
pub fn symbol(args: &SymbolArgs) -> anyhow::Result<Report> {
    let symbol = Symbol::parse(&args.symbol).map_err(|error| UsageError(error.to_string()))?;
    let view = symbol.view();
    let json = serde_json::to_value(&view)?;
    let mut report = Report::new(
        &view,
        format!("{symbol}: {}", kind_in_words(&symbol)),
        vec!["field", "value"],
    );
    if let Value::Object(fields) = &json {
        for (key, value) in fields {
            let text = match value {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                Value::Array(items) => items
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join(" "),
                other => other.to_string(),
            };
            report.rows.push(vec![key.clone(), text]);
        }
    }
    Ok(report)
}

/// "593rd meeting", "596th and 597th meetings".
fn meetings_in_words(meetings: &[u32]) -> String {
    let names: Vec<String> = meetings.iter().map(|m| numbered(*m)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("{one} meeting"),
        [init @ .., last] => format!("{} and {last} meetings", init.join(", ")),
    }
}

/// What a register entry's masthead says, in a few words: "general; original en; en fr es".
fn masthead_in_words(entry: &DocumentEntry) -> String {
    let mut parts = Vec::new();
    if let Some(distribution) = entry.distribution {
        parts.push(
            serde_json::to_value(distribution)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
        );
    }
    if let Some(original) = entry.original_language {
        parts.push(format!("original {original}"));
    }
    if !entry.languages.is_empty() {
        parts.push(
            entry
                .languages
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    if parts.is_empty() {
        "masthead details not in the sources read".to_string()
    } else {
        parts.join("; ")
    }
}

/// "summary record", "list of issues prior to reporting": the symbol's kind in words.
fn kind_in_words(symbol: &Symbol) -> String {
    serde_json::to_value(symbol.kind())
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

fn load(context: &Context) -> anyhow::Result<Records> {
    let sources = match &context.data_dir {
        Some(dir) => RecordSources::from_dir(dir)?,
        None => RecordSources::bundled(),
    };
    Ok(load_records(&sources, &context.dataset.registry)?)
}

fn parse_committee(input: &str) -> Result<Committee, UsageError> {
    input
        .parse()
        .map_err(|error: pacta_core::committee::UnknownCommittee| UsageError(error.to_string()))
}

fn time_text(time: Option<jiff::civil::Time>) -> Option<String> {
    time.map(|t| t.strftime("%H:%M").to_string())
}

fn record_json(record: &SummaryRecord, on: Date) -> Value {
    let window = record.correction_window(on);
    json!({
        "symbol": record.symbol.to_string(),
        "partial": record.partial,
        "issued": record.issued,
        "correction_deadline": record.correction_deadline(),
        "correction_window": match window {
            CorrectionWindow::Unknown => "unknown: the date of the record is not in the data",
            CorrectionWindow::Open { .. } => "open",
            CorrectionWindow::Closed { .. } => "closed",
        },
        "correction_rule": "one week from the date of the record, by memorandum incorporated in a copy of the record (CMW/C/SR.608)",
        "footnotes": record.footnotes,
    })
}

fn meeting_json(meeting: &Meeting, record: Option<&SummaryRecord>, on: Date) -> Value {
    json!({
        "meeting": meeting.number,
        "date": meeting.date,
        "place": meeting.place.as_ref().map(|p| p.name.as_str()),
        "time_zone": meeting.place.as_ref().map(|p| p.time_zone_name()),
        "convened": time_text(meeting.scheduled),
        "starts_at": meeting.starts_at().map(|z| z.to_string()),
        "called_to_order": time_text(meeting.called_to_order),
        "covered_from": time_text(meeting.covered_from),
        "rose": time_text(meeting.rose),
        "publicity": meeting.publicity,
        "record": meeting.record,
        "role": meeting.role,
        "agenda": meeting.agenda,
        "chair": meeting.chair,
        "summary_record": record.map(|r| record_json(r, on)),
        "source": meeting.source,
    })
}

fn document_json(entry: &DocumentEntry, derived: bool) -> Value {
    let view = entry.symbol.view();
    json!({
        "symbol": entry.symbol.to_string(),
        "kind": view.kind,
        "title": entry.title,
        "body": view.body,
        "state": view.state,
        "date": entry.date,
        "distribution": entry.distribution,
        "original_language": entry.original_language,
        "languages": entry.languages,
        "words": entry.words,
        "word_check": entry.word_check(),
        "general_comment": entry.general_comment().map(|parts| parts
            .iter()
            .map(|(c, n)| json!({"committee": c, "number": n}))
            .collect::<Vec<_>>()),
        "links": entry.links(),
        "derived": derived,
        "source": entry.source,
    })
}

/// `pacta session CMW 40`: the session's work in the Chair's words, each dialogue, list of
/// issues and list of issues prior to reporting with its procedure and symbol, the meetings
/// with their summary records and correction deadlines, and the documents.
pub fn session(context: &Context, args: &SessionArgs) -> anyhow::Result<Report> {
    let committee = parse_committee(&args.committee)?;
    let records = load(context)?;
    let number = args.session;
    let known_session = records.session(committee, number);
    let meetings = records.meetings_of(committee, number);
    let items = session_work(
        committee,
        number,
        records.cycles.iter().map(|c| &c.cycle),
        |state| {
            records
                .name_in_text(state)
                .unwrap_or(state.as_str())
                .to_string()
        },
    );
    let reviews: Vec<_> = records
        .reviews
        .iter()
        .filter(|r| r.committee == committee && r.session == Some(number))
        .collect();
    if known_session.is_none() && meetings.is_empty() && items.is_empty() && reviews.is_empty() {
        let mut numbers: Vec<u32> = records
            .sessions
            .iter()
            .filter(|s| s.committee == committee)
            .map(|s| s.number)
            .collect();
        numbers.sort_unstable();
        return Err(UsageError(format!(
            "no records of {committee} session {number} in the data (sessions in the data: {})",
            if numbers.is_empty() {
                "none".to_string()
            } else {
                numbers
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        ))
        .into());
    }
    let summary = render_session_summary(number, &items);
    let mut notes = Vec::new();

    // Dates: only what the sessions file says; the meetings bound the session but are not it.
    let first_meeting = meetings.first();
    let last_meeting = meetings.last();
    match known_session {
        Some(s) if s.start.is_none() || s.end.is_none() => notes.push(format!(
            "the session's {} not in the data ({}); {}",
            match (s.start, s.end) {
                (None, None) => "opening and closing dates are",
                (None, Some(_)) => "opening date is",
                _ => "closing date is",
            },
            s.date_basis,
            match (first_meeting, last_meeting) {
                (Some(first), Some(last)) => format!(
                    "its meetings in the data run from the {} ({}) to the {} ({})",
                    numbered(first.number),
                    first.date,
                    numbered(last.number),
                    last.date
                ),
                _ => "no meeting of it is in the data".to_string(),
            }
        )),
        Some(_) => {}
        None => notes.push(format!(
            "{committee} session {number} is not in data/cmw_sessions.csv; its dates are unknown"
        )),
    }
    let mut places: Vec<(&str, &str)> = meetings
        .iter()
        .filter_map(|m| m.place.as_ref())
        .map(|p| (p.name.as_str(), p.time_zone_name()))
        .collect();
    places.dedup();
    if meetings.iter().any(|m| m.place.is_none()) && !meetings.is_empty() {
        notes.push(
            "some meetings' places are not in the sources read; their times are shown without an instant".to_string(),
        );
    }

    // Work items.
    let mut rows = Vec::new();
    let work: Vec<Value> = items
        .iter()
        .map(|item| {
            let what = format!(
                "{}, {} ({} procedure)",
                item.state_in_text, item.report, item.procedure
            );
            let cycle = records
                .cycles
                .iter()
                .find(|c| c.cycle.state() == item.state && c.cycle.reports() == item.reports)
                .map(|c| &c.cycle);
            let step = cycle.and_then(|c| {
                c.steps()
                    .iter()
                    .find(|s| s.kind() == item.kind.step() && s.when.session == Some(number))
            });
            let detail = match (item.kind.step(), step.and_then(|s| s.when.date)) {
                (StepKind::ConcludingObservations, None) => {
                    "date of adoption not in the data".to_string()
                }
                (_, _) => step.and_then(|s| s.note.clone()).unwrap_or_default(),
            };
            rows.push(vec![
                item.kind.step().in_words().to_string(),
                what,
                document_cell(&records, item.document.clone()),
                cell(item.date),
                if item.meetings.is_empty() {
                    detail.clone()
                } else {
                    format!(
                        "{}{}{}",
                        meetings_in_words(&item.meetings),
                        if detail.is_empty() { "" } else { "; " },
                        detail
                    )
                },
            ]);
            json!({
                "kind": item.kind,
                "state": item.state.as_str(),
                "state_in_text": item.state_in_text,
                "reports": item.reports.to_vec(),
                "report": item.report,
                "procedure": item.procedure,
                "document": item.document.as_ref().map(ToString::to_string),
                "document_in_register": item
                    .document
                    .as_ref()
                    .is_some_and(|d| records.documents.get(d).is_some()),
                "date": item.date,
                "meetings": item.meetings,
                "delegation": item.delegation,
                "note": step.and_then(|s| s.note.clone()),
                "source": step.map(|s| s.source.clone()),
            })
        })
        .collect();

    // Meetings and their records.
    let mut meeting_values = Vec::new();
    let mut session_records = Vec::new();
    for meeting in &meetings {
        let record = records.summary_record(meeting);
        let time = match (meeting.scheduled, &meeting.place) {
            (Some(t), Some(p)) => format!(
                ", {} {}, {}",
                t.strftime("%H:%M"),
                p.time_zone_name(),
                p.name
            ),
            (Some(t), None) => format!(", {}", t.strftime("%H:%M")),
            _ => String::new(),
        };
        let record_text = match (&record, meeting.record) {
            (Some(r), _) => {
                let state = match r.correction_window(context.on) {
                    CorrectionWindow::Unknown => "record's date not in the data".to_string(),
                    CorrectionWindow::Open { until } => format!("corrections by {until} (open)"),
                    CorrectionWindow::Closed { until } => {
                        format!("corrections by {until} (closed)")
                    }
                };
                format!(
                    "{} record{}; {state}",
                    if r.partial { "partial" } else { "full" },
                    r.issued.map_or(String::new(), |d| format!(", issued {d}"))
                )
            }
            (None, Some(RecordCoverage::None)) => "no summary record".to_string(),
            (None, _) => "whether a summary record exists is not in the sources read".to_string(),
        };
        rows.push(vec![
            "meeting".to_string(),
            format!("{} meeting{time}", numbered(meeting.number)),
            cell(record.as_ref().map(|r| &r.symbol)),
            meeting.date.to_string(),
            record_text,
        ]);
        meeting_values.push(meeting_json(meeting, record.as_ref(), context.on));
        if let Some(record) = record {
            session_records.push(record);
        }
    }
    let gaps: Vec<Value> = records
        .without_records
        .iter()
        .filter(|g| g.committee == committee && g.session == number)
        .map(|g| {
            rows.push(vec![
                "meetings".to_string(),
                format!("{} to {} meetings", numbered(g.first), numbered(g.last)),
                String::new(),
                String::new(),
                format!("no summary records were issued ({}, footnote)", g.stated_in),
            ]);
            json!({"first": g.first, "last": g.last, "stated_in": g.stated_in.to_string()})
        })
        .collect();
    if session_records.iter().any(|r| r.issued.is_none()) {
        notes.push(
            "the dates of some summary records are not in the sources read, so their correction deadlines are unknown".to_string(),
        );
    }

    // Documents: the register's, then those the session's work produced (derived symbols).
    let session_link = Link::Session {
        committee,
        session: number,
    };
    let mut documents: Vec<Value> = Vec::new();
    let mut listed: Vec<Symbol> = Vec::new();
    for entry in records.documents.linked_to(&session_link) {
        listed.push(entry.symbol.clone());
        documents.push(document_json(entry, false));
        rows.push(vec![
            "document".to_string(),
            entry
                .title
                .clone()
                .unwrap_or_else(|| kind_in_words(&entry.symbol)),
            entry.symbol.to_string(),
            cell(entry.date),
            masthead_in_words(entry),
        ]);
    }
    for item in &items {
        let Some(symbol) = &item.document else {
            continue;
        };
        if listed.contains(symbol) {
            continue;
        }
        listed.push(symbol.clone());
        let entry =
            records.documents.get(symbol).cloned().unwrap_or_else(|| {
                DocumentEntry::new(symbol.clone(), "derived from the review cycle")
            });
        documents.push(document_json(
            &entry,
            records.documents.get(symbol).is_none(),
        ));
    }

    // Corrections: one consolidated corrigendum after the session, symbol unconfirmed.
    let corrections = json!({
        "rule": "corrections within one week of the date of the record, by memorandum; all corrections to the records of the session's public meetings are consolidated in a single corrigendum issued after the session, and corrected records are reissued for technical reasons (CMW/C/SR.608; UN Geneva, What are summary records?)",
        "corrections_received": [],
        "consolidated_corrigendum": {
            "after": known_session.and_then(|s| s.end).or(last_meeting.filter(|m| m.role == Some(pacta_core::session::MeetingRole::Closing)).map(|m| m.date)),
            "symbol": Value::Null,
            "symbol_note": "the symbol of the consolidated corrigendum is not confirmed (DOMAIN.md §9.11)",
        },
    });
    if rows.iter().any(|row| row[2].ends_with('*')) {
        notes.push(DERIVED_NOTE.to_string());
    }
    notes.push(
        "no corrections to this session's summary records are in the data; the consolidated corrigendum's symbol is not confirmed (DOMAIN.md §9.11), so none is shown".to_string(),
    );
    notes.push(
        "the data is partial: data/cmw_sessions.csv lacks sessions 1-18, 22-24, 29 and 30; data/cmw_reviews_partial.csv names reviews of only some sessions; meetings and documents are those whose sources were read (data/SOURCES.md)".to_string(),
    );
    let review_values: Vec<Value> = reviews
        .iter()
        .map(|r| {
            json!({
                "state": r.state.as_str(),
                "report_as_stated": r.report_as_stated,
                "reports": r.reports.map(|n| n.to_vec()),
                "report_symbol": r.report_symbol.as_ref().map(ToString::to_string),
                "outcome": r.outcome,
                "outcome_as_stated": r.outcome_as_stated,
                "source": r.source,
            })
        })
        .collect();
    if items.is_empty() && !reviews.is_empty() {
        for r in &reviews {
            rows.push(vec![
                "review (as the source states it)".to_string(),
                format!(
                    "{}, {}",
                    r.state,
                    r.report_as_stated.as_deref().unwrap_or("report not stated")
                ),
                cell(r.report_symbol.as_ref()),
                String::new(),
                r.outcome_as_stated.clone(),
            ]);
        }
    }

    let json = json!({
        "committee": committee,
        "session": number,
        "ordinal": ordinal(number),
        "start": known_session.and_then(|s| s.start),
        "end": known_session.and_then(|s| s.end),
        "date_basis": known_session.map(|s| s.date_basis.as_str()),
        "places": places.iter().map(|(name, tz)| json!({"name": name, "time_zone": tz})).collect::<Vec<_>>(),
        "summary": summary,
        "work": work,
        "meetings": meeting_values,
        "meetings_without_records": gaps,
        "documents": documents,
        "corrections": corrections,
        "reviews_named_in_sources": review_values,
        "on": context.on,
        "notes": notes,
    });
    let mut report = Report::new(
        &json,
        format!("{committee}, {} session\n{summary}", ordinal(number)),
        vec!["kind", "what", "document", "date", "detail"],
    );
    report.rows = rows;
    report.notes = notes;
    Ok(report)
}

/// A document symbol for a table, marked `*` when it is generated from the grammar and not in
/// the documents register (the note under the table says so).
fn document_cell(records: &Records, symbol: Option<Symbol>) -> String {
    match symbol {
        Some(symbol) if records.documents.get(&symbol).is_some() => symbol.to_string(),
        Some(symbol) => format!("{symbol}*"),
        None => String::new(),
    }
}

const DERIVED_NOTE: &str = "* symbol generated from the UN symbol grammar for the cycle's reports, not read in a source (DOMAIN.md §7.2 [D])";

fn step_json(cycle: &Cycle, step: &Step) -> Value {
    let extra = match &step.event {
        Event::ListOfIssuesPriorToReporting { replies_due }
        | Event::ListOfIssues { replies_due } => {
            json!({"replies_due": replies_due})
        }
        Event::Dialogue { delegation } | Event::ReviewInAbsenceOfReport { delegation } => {
            json!({"delegation": delegation})
        }
        Event::ConcludingObservations {
            follow_up,
            next_report_due,
        } => json!({"follow_up_paragraphs": follow_up, "next_report_due": next_report_due}),
        Event::Report { words } | Event::RepliesToListOfIssues { words } => json!({"words": words}),
        Event::FollowUpAssessment { grades } => json!({"grades": grades}),
        Event::FollowUpInformation => json!({}),
    };
    json!({
        "step": step.kind(),
        "date": step.when.date,
        "session": step.when.session,
        "meetings": step.when.meetings,
        "document": cycle.document(step.kind()).map(|s| s.to_string()),
        "details": extra,
        "note": step.note,
        "source": step.source,
    })
}

fn next_json(next: &NextStep) -> Value {
    json!({
        "step": next.kind,
        "reports": next.reports.to_vec(),
        "procedure": next.procedure,
        "document": next.document.as_ref().map(ToString::to_string),
        "due": next.due,
        "overdue": next.overdue,
        "basis": next.basis,
    })
}

/// `pacta cycle JAM CMW`: the State's review cycles under a committee, step by step with
/// dates and documents, and the steps to come with their dates where the data gives them.
pub fn cycle(context: &Context, args: &CycleArgs) -> anyhow::Result<Report> {
    let registry = &context.dataset.registry;
    let committee = parse_committee(&args.committee)?;
    let participant = registry.find_participant(&args.state).ok_or_else(|| {
        UsageError(format!(
            "unknown State \"{}\" (expected an ISO 3166-1 alpha-3 code such as JAM, or a name)",
            args.state
        ))
    })?;
    let state = StateCode::try_from(&participant.code).map_err(|_| {
        UsageError(format!(
            "{} has no three-letter State code, so it has no review cycles",
            participant.display_name()
        ))
    })?;
    let records = load(context)?;
    let info = registry.catalogue().committee(committee);
    let cycles: Vec<&CycleRecord> = records.cycles_of(committee, state);
    let evidence = records.reviews_of(committee, state);
    let mut notes = Vec::new();
    let mut rows = Vec::new();
    let instrument = registry.catalogue().core_instrument(committee);
    let participation = instrument.and_then(|i| registry.participation(i, participant));
    if participation.is_none() {
        notes.push(format!(
            "{} is not a party to the treaty {committee} monitors in the registry",
            participant.display_name()
        ));
    }

    let mut cycle_values = Vec::new();
    for (index, record) in cycles.iter().enumerate() {
        let cycle = &record.cycle;
        let latest = index + 1 == cycles.len();
        let report = describe_reports(cycle.reports());
        for step in cycle.steps() {
            rows.push(vec![
                report.clone(),
                cycle.procedure().to_string(),
                step.kind().in_words().to_string(),
                cell(step.when.date),
                cell(step.when.session),
                step.when
                    .meetings
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
                document_cell(&records, cycle.document(step.kind())),
                step.note.clone().unwrap_or_default(),
            ]);
        }
        let next = if latest {
            cycle.next_steps(info, context.on, args.opt_out)
        } else {
            Vec::new()
        };
        for step in &next {
            rows.push(vec![
                describe_reports(step.reports),
                step.procedure.to_string(),
                format!("next: {}", step.kind.in_words()),
                step.due.map_or(String::new(), |d| {
                    format!("{d}{}", if step.overdue { " (past)" } else { "" })
                }),
                String::new(),
                String::new(),
                document_cell(&records, step.document.clone()),
                step.basis.clone(),
            ]);
        }
        // The treaty's legal due date for the next report, beside any date the committee set.
        let legal_next = if latest && cycle.is_concluded() {
            cycle.next_reports().and_then(|reports| {
                participation
                    .and_then(|p| registry.obligation(p))
                    .and_then(|o| o.due(reports.last()).map(|d| (d.due, o.source)))
            })
        } else {
            None
        };
        if let Some((due, article)) = &legal_next {
            notes.push(format!(
                "the next report's legal due date under the treaty text is {due} ({article}); committees now set the actual date in their concluding observations, and pacta keeps the two apart"
            ));
        }
        cycle_values.push(json!({
            "reports": cycle.reports().to_vec(),
            "report": report,
            "procedure": cycle.procedure(),
            "report_due": cycle.report_due(),
            "report_due_basis": record.report_due_basis,
            "stage": cycle.last().map(Step::kind),
            "steps": cycle.steps().iter().map(|s| step_json(cycle, s)).collect::<Vec<_>>(),
            "follow_up_due": cycle.follow_up_due(info),
            "next": next.iter().map(next_json).collect::<Vec<_>>(),
            "next_report_legal_due": legal_next.map(|(due, article)| json!({"due": due, "article": article})),
        }));
        if let DueBasis::Unknown = record.report_due_basis {
            notes.push(format!(
                "the due date of the {report} is not in the data and the treaty sets none"
            ));
        }
    }

    let evidence_values: Vec<Value> = evidence
        .iter()
        .map(|r| {
            rows.push(vec![
                r.report_as_stated
                    .clone()
                    .unwrap_or_else(|| "report not stated".to_string()),
                String::new(),
                format!("as the source states it: {}", r.outcome_as_stated),
                String::new(),
                cell(r.session),
                String::new(),
                cell(r.report_symbol.as_ref()),
                r.source.clone(),
            ]);
            json!({
                "session": r.session,
                "report_as_stated": r.report_as_stated,
                "reports": r.reports.map(|n| n.to_vec()),
                "report_symbol": r.report_symbol.as_ref().map(ToString::to_string),
                "outcome": r.outcome,
                "outcome_as_stated": r.outcome_as_stated,
                "source": r.source,
            })
        })
        .collect();
    if cycles.is_empty() {
        notes.push(format!(
            "no review cycle of {} under {committee} is in data/cmw_review_steps.csv{}",
            participant.display_name(),
            if evidence.is_empty() {
                String::new()
            } else {
                "; the session sources name the reviews listed, without enough detail for a cycle"
                    .to_string()
            }
        ));
    }
    if info.follow_up_grades.is_none() {
        notes.push(format!(
            "{committee}'s follow-up grade scale is not in the catalogue (DOMAIN.md §6 confirms only CCPR's and CED's)"
        ));
    }
    if rows.iter().any(|row| row[6].ends_with('*')) {
        notes.push(DERIVED_NOTE.to_string());
    }
    notes.push(
        "the review history is partial: only the steps whose sources were read are in the data (data/SOURCES.md)".to_string(),
    );
    let json = json!({
        "state": participant.code.as_str(),
        "name": participant.display_name(),
        "committee": committee,
        "on": context.on,
        "follow_up_years": info.follow_up_years,
        "follow_up_source": info.follow_up_source,
        "follow_up_grades": info.follow_up_grades,
        "cycles": cycle_values,
        "reviews_named_in_sources": evidence_values,
        "notes": notes,
    });
    let mut report = Report::new(
        &json,
        format!(
            "{} ({}) before {committee}, as at {}",
            participant.display_name(),
            participant.code,
            context.on
        ),
        vec![
            "reports",
            "procedure",
            "step",
            "date",
            "session",
            "meetings",
            "document",
            "note",
        ],
    );
    report.rows = rows;
    report.notes = notes;
    Ok(report)
}
