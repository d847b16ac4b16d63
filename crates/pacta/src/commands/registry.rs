//! The registry commands: `parties`, `state`, `entry-into-force`, `due` and `stats`.
//!
//! Each turns a question into calls on [`pacta_core::Registry`] and lays the answer out
//! as a [`Report`]; none holds a rule of its own.

use clap::Args;
use jiff::civil::Date;
use pacta_core::catalogue::Instrument;
use pacta_core::eif::EntryIntoForce;
use pacta_core::participant::RegionalGroup;
use pacta_core::registry::{Participation, PartyRow, PartyStatus};
use pacta_core::reporting::KnownReviews;
use pacta_core::{ActionKind, Committee, Participant, ParticipantCode};
use pacta_data::history::ReviewStatus;
use serde::Serialize;

use crate::output::{Report, cell};
use crate::{Context, UsageError};

#[derive(Debug, Args)]
pub struct PartiesArgs {
    /// A UNTC code (ICRMW, OP-CEDAW …) or a committee acronym (CMW …), in any case.
    pub instrument: String,
    /// Only parties of one UN regional group (african, asia-pacific, eastern-european, grulac, weog).
    #[arg(long)]
    pub group: Option<String>,
}

#[derive(Debug, Args)]
pub struct StateArgs {
    /// An ISO 3166-1 alpha-3 code (ZWE), EU, or a name (Zimbabwe; a unique prefix will do).
    pub state: String,
}

#[derive(Debug, Args)]
pub struct EntryIntoForceArgs {
    /// A UNTC code or a committee acronym.
    pub instrument: String,
    /// The date the instrument is deposited (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub deposit: Date,
    /// The kind of consent (ratification, accession, succession, acceptance, formal_confirmation).
    #[arg(long, default_value = "ratification", value_parser = parse_consent)]
    pub kind: ActionKind,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Only the reports owed to one committee (CMW, CRC …).
    #[arg(long)]
    pub committee: Option<String>,
    /// Only one State.
    #[arg(long)]
    pub state: Option<String>,
    /// Only reports legally due on the date with no later review known to pacta.
    #[arg(long)]
    pub overdue: bool,
}

fn parse_consent(input: &str) -> Result<ActionKind, String> {
    ActionKind::parse(input)
        .filter(|kind| kind.is_consent())
        .ok_or_else(|| {
            "expected ratification, accession, succession, acceptance or formal_confirmation"
                .to_string()
        })
}

fn resolve_instrument<'a>(context: &'a Context, input: &str) -> Result<&'a Instrument, UsageError> {
    let catalogue = context.dataset.registry.catalogue();
    catalogue.resolve(input).ok_or_else(|| {
        let codes: Vec<&str> = catalogue
            .instruments()
            .iter()
            .map(|i| i.code.as_str())
            .collect();
        UsageError(format!(
            "unknown instrument \"{input}\" (expected a UNTC code: {}; or a committee: {})",
            codes.join(", "),
            Committee::ALL.map(Committee::acronym).join(", ")
        ))
    })
}

fn resolve_participant<'a>(
    context: &'a Context,
    input: &str,
) -> Result<&'a Participant, UsageError> {
    context.dataset.registry.find_participant(input).ok_or_else(|| {
        UsageError(format!(
            "unknown State \"{input}\" (expected an ISO 3166-1 alpha-3 code such as ZWE, EU, or a name)"
        ))
    })
}

/// The caveat every answer carries when asked about a date the data cannot see.
fn data_notes(context: &Context) -> Vec<String> {
    let as_at = context.dataset.registry.status_as_at();
    let mut notes = Vec::new();
    if context.on > as_at {
        notes.push(format!(
            "the treaty actions are UNTC's status as at {as_at}; actions after that date are not in the data"
        ));
    }
    notes
}

#[derive(Serialize)]
struct PartyJson<'a> {
    state: &'a str,
    name: &'a str,
    action: Option<ActionKind>,
    deposited: Option<Date>,
    in_force_from: Option<Date>,
    in_force: bool,
    rule: Option<&'a str>,
    regional_group: Option<RegionalGroup>,
    needs_depositary_check: Option<&'a str>,
    denunciation: Option<&'a str>,
}

fn party_json<'a>(row: &PartyRow<'a>) -> PartyJson<'a> {
    let participation = row.participation;
    let eif = participation.entry_into_force.as_ref();
    PartyJson {
        state: row.participant.code.as_str(),
        name: row.participant.display_name(),
        action: participation.consent.as_ref().map(|c| c.kind),
        deposited: participation.consent.as_ref().map(|c| c.date),
        in_force_from: eif.map(|e| e.date),
        in_force: matches!(row.status, PartyStatus::Party { in_force: true }),
        rule: eif.map(|e| e.rule.as_str()),
        regional_group: row.participant.regional_group,
        needs_depositary_check: eif.and_then(|e| e.needs_depositary_check.as_deref()),
        denunciation: (row.status == PartyStatus::DenouncedDateUnknown)
            .then_some("denounced; the date is not in the data (UNTC brackets the entry)"),
    }
}

#[derive(Serialize)]
struct PartiesJson<'a> {
    instrument: &'a str,
    committee: Committee,
    on: Date,
    count: usize,
    in_force: usize,
    parties: Vec<PartyJson<'a>>,
    uncertain: Vec<PartyJson<'a>>,
    group: Option<RegionalGroup>,
    data_as_at: Date,
    notes: Vec<String>,
}

pub fn parties(context: &Context, args: &PartiesArgs) -> anyhow::Result<Report> {
    let registry = &context.dataset.registry;
    let instrument = resolve_instrument(context, &args.instrument)?;
    let group = args
        .group
        .as_deref()
        .map(|g| {
            RegionalGroup::parse(g).ok_or_else(|| {
                UsageError(format!(
                    "unknown regional group \"{g}\" (expected african, asia-pacific, eastern-european, grulac or weog)"
                ))
            })
        })
        .transpose()?;
    let mut list = registry.parties_on(instrument, context.on);
    if let Some(group) = group {
        list.parties
            .retain(|row| row.participant.regional_group == Some(group));
        list.uncertain
            .retain(|row| row.participant.regional_group == Some(group));
    }
    let mut notes = data_notes(context);
    if !list.uncertain.is_empty() {
        let names: Vec<&str> = list
            .uncertain
            .iter()
            .map(|r| r.participant.display_name())
            .collect();
        notes.push(format!(
            "not counted: {} denounced on a date the data does not give (UNTC brackets), so whether they were parties on {} is unknown",
            names.join(", "),
            context.on
        ));
    }
    let flagged = list
        .parties
        .iter()
        .filter(|r| {
            r.participation
                .entry_into_force
                .as_ref()
                .is_some_and(|e| e.needs_depositary_check.is_some())
        })
        .count();
    if flagged > 0 {
        notes.push(format!(
            "{flagged} entry-into-force date(s) rest on a reading the sources do not settle (marked *; see `--format json`)"
        ));
    }
    let json = PartiesJson {
        instrument: instrument.code.as_str(),
        committee: instrument.committee,
        on: context.on,
        count: list.count(),
        in_force: list.in_force_count(),
        parties: list.parties.iter().map(party_json).collect(),
        uncertain: list.uncertain.iter().map(party_json).collect(),
        group,
        data_as_at: registry.status_as_at(),
        notes: notes.clone(),
    };
    let title = format!(
        "{} ({}): {} parties on {}, {} bound{}",
        instrument.code,
        instrument.committee,
        list.count(),
        context.on,
        list.in_force_count(),
        group
            .map(|g| format!(" — {}", g.name()))
            .unwrap_or_default()
    );
    let mut report = Report::new(
        &json,
        title,
        vec!["state", "name", "action", "deposited", "in_force_from"],
    );
    report.rows = json
        .parties
        .iter()
        .map(|p| {
            let flag = if p.needs_depositary_check.is_some() {
                "*"
            } else {
                ""
            };
            vec![
                p.state.to_string(),
                p.name.to_string(),
                cell(p.action),
                cell(p.deposited),
                format!("{}{flag}", cell(p.in_force_from)),
            ]
        })
        .collect();
    report.notes = notes;
    Ok(report)
}

#[derive(Serialize)]
struct StateInstrumentJson<'a> {
    instrument: &'a str,
    committee: Committee,
    status: &'static str,
    signed: Option<Date>,
    action: Option<ActionKind>,
    deposited: Option<Date>,
    in_force_from: Option<Date>,
    rule: Option<String>,
    rule_source: Option<&'a str>,
    initial_report_due: Option<Date>,
    next_report_due: Option<Date>,
    reporting_source: Option<&'a str>,
    needs_depositary_check: Option<&'a str>,
    declarations: Vec<String>,
}

#[derive(Serialize)]
struct StateJson<'a> {
    state: &'a str,
    name: &'a str,
    kind: pacta_core::participant::ParticipantKind,
    regional_group: Option<RegionalGroup>,
    on: Date,
    instruments: Vec<StateInstrumentJson<'a>>,
    data_as_at: Date,
    notes: Vec<String>,
}

fn status_word(participation: Option<&Participation>, on: Date, as_at: Date) -> &'static str {
    let Some(participation) = participation else {
        return "not_party";
    };
    match participation.status_on(on, as_at) {
        PartyStatus::Party { in_force: true } => "party",
        PartyStatus::Party { in_force: false } => "party_not_yet_bound",
        PartyStatus::DenouncedDateUnknown => "denounced_date_unknown",
        PartyStatus::NotParty
            if participation.denunciation.is_some()
                && participation.consent.as_ref().is_some_and(|c| c.date <= on) =>
        {
            "denounced"
        }
        PartyStatus::NotParty
            if participation
                .signature
                .as_ref()
                .is_some_and(|s| s.date <= on) =>
        {
            "signatory"
        }
        PartyStatus::NotParty => "not_party",
    }
}

pub fn state(context: &Context, args: &StateArgs) -> anyhow::Result<Report> {
    let registry = &context.dataset.registry;
    let participant = resolve_participant(context, &args.state)?;
    let as_at = registry.status_as_at();
    let mut rows = Vec::new();
    let mut instruments = Vec::new();
    for instrument in registry.catalogue().instruments() {
        let participation = registry.participation(instrument, participant);
        let status = status_word(participation, context.on, as_at);
        let bound = matches!(status, "party" | "party_not_yet_bound");
        let consent = participation
            .and_then(|p| p.consent.as_ref())
            .filter(|c| c.date <= context.on);
        let eif: Option<&EntryIntoForce> = participation
            .and_then(|p| p.entry_into_force.as_ref())
            .filter(|_| consent.is_some());
        let obligation = participation
            .filter(|_| bound)
            .and_then(|p| registry.obligation(p));
        let next_due = obligation
            .as_ref()
            .and_then(|o| o.next_due(context.on))
            .map(|d| d.due);
        let declarations = participation
            .map(|p| {
                p.declarations
                    .iter()
                    .filter(|d| d.date.is_none_or(|date| date <= context.on))
                    .map(|d| match &d.article {
                        Some(article) => format!("art. {article}"),
                        None => d.note.clone().unwrap_or_else(|| "declaration".to_string()),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let entry = StateInstrumentJson {
            instrument: instrument.code.as_str(),
            committee: instrument.committee,
            status,
            signed: participation
                .and_then(|p| p.signature.as_ref())
                .map(|s| s.date)
                .filter(|d| *d <= context.on),
            action: consent.map(|c| c.kind),
            deposited: consent.map(|c| c.date),
            in_force_from: eif.map(|e| e.date),
            rule: eif.map(|e| e.rule.clone()),
            rule_source: eif.map(|e| e.source.as_str()),
            initial_report_due: obligation.as_ref().map(|o| o.initial_due),
            next_report_due: next_due,
            reporting_source: obligation
                .as_ref()
                .and(instrument.reporting.as_ref())
                .map(|r| r.source.as_str()),
            needs_depositary_check: eif.and_then(|e| e.needs_depositary_check.as_deref()),
            declarations,
        };
        rows.push(vec![
            entry.instrument.to_string(),
            entry.committee.to_string(),
            entry.status.replace('_', " "),
            cell(entry.signed),
            cell(entry.action),
            cell(entry.deposited),
            cell(entry.in_force_from),
            cell(entry.rule.as_deref()),
            cell(entry.initial_report_due),
            cell(entry.next_report_due),
        ]);
        instruments.push(entry);
    }
    let mut notes = data_notes(context);
    if !participant.kind.is_state() {
        notes.push(format!(
            "{} is a regional integration organization, not a State",
            participant.display_name()
        ));
    }
    if let Some(note) = &participant.regional_group_note {
        notes.push(format!("regional group: {note}"));
    }
    let parties = instruments
        .iter()
        .filter(|i| i.status.starts_with("party"))
        .count();
    let json = StateJson {
        state: participant.code.as_str(),
        name: participant.display_name(),
        kind: participant.kind,
        regional_group: participant.regional_group,
        on: context.on,
        instruments,
        data_as_at: as_at,
        notes: notes.clone(),
    };
    let title = format!(
        "{} ({}): party to {parties} of {} instruments on {}{}",
        participant.display_name(),
        participant.code,
        json.instruments.len(),
        context.on,
        participant
            .regional_group
            .map(|g| format!(" — {}", g.name()))
            .unwrap_or_default()
    );
    let mut report = Report::new(
        &json,
        title,
        vec![
            "instrument",
            "committee",
            "status",
            "signed",
            "action",
            "deposited",
            "in_force_from",
            "rule",
            "initial_report_due",
            "next_report_due",
        ],
    );
    report.rows = rows;
    report.notes = notes;
    Ok(report)
}

#[derive(Serialize)]
struct EntryIntoForceJson<'a> {
    instrument: &'a str,
    committee: Committee,
    deposit: Date,
    kind: ActionKind,
    in_force_from: Date,
    rule: &'a str,
    source: &'a str,
    explanation: String,
    needs_depositary_check: Option<&'a str>,
}

pub fn entry_into_force(context: &Context, args: &EntryIntoForceArgs) -> anyhow::Result<Report> {
    let instrument = resolve_instrument(context, &args.instrument)?;
    let interpretation = context.dataset.registry.catalogue().interpretation;
    let eif =
        pacta_core::eif::entry_into_force(instrument, args.deposit, args.kind, &interpretation);
    let json = EntryIntoForceJson {
        instrument: instrument.code.as_str(),
        committee: instrument.committee,
        deposit: args.deposit,
        kind: args.kind,
        in_force_from: eif.date,
        rule: &eif.rule,
        source: &eif.source,
        explanation: eif.explain(instrument),
        needs_depositary_check: eif.needs_depositary_check.as_deref(),
    };
    let title = format!(
        "{} deposited {} ({}): in force for the State from {}",
        instrument.code, args.deposit, args.kind, eif.date
    );
    let mut report = Report::new(
        &json,
        title,
        vec!["instrument", "deposit", "in_force_from", "rule", "source"],
    );
    report.rows = vec![vec![
        instrument.code.to_string(),
        args.deposit.to_string(),
        eif.date.to_string(),
        eif.rule.clone(),
        eif.source.clone(),
    ]];
    report.notes.push(json.explanation.clone());
    if let Some(flag) = &eif.needs_depositary_check {
        report
            .notes
            .push(format!("needs a depositary check: {flag}"));
    }
    Ok(report)
}

#[derive(Serialize)]
struct DueJson<'a> {
    state: &'a str,
    name: &'a str,
    instrument: &'a str,
    committee: Committee,
    in_force_from: Date,
    initial_report_due: Date,
    /// The latest report legally due on the date: its number (1 = initial) and date.
    report: Option<u32>,
    legally_due: Option<Date>,
    next_report: Option<u32>,
    next_due: Option<Date>,
    periodicity: String,
    source: &'a str,
    last_known_review: Option<Date>,
    overdue: bool,
}

#[derive(Serialize)]
struct DuesJson<'a> {
    on: Date,
    committee: Option<Committee>,
    overdue_only: bool,
    count: usize,
    obligations: Vec<DueJson<'a>>,
    data_as_at: Date,
    notes: Vec<String>,
}

fn periodicity(every_months: Option<u16>, on_request: bool) -> String {
    match (every_months, on_request) {
        (Some(months), true) => format!("every {} years and on request", months / 12),
        (Some(months), false) => format!("every {} years", months / 12),
        (None, _) => "on request".to_string(),
    }
}

pub fn due(context: &Context, args: &DueArgs) -> anyhow::Result<Report> {
    let registry = &context.dataset.registry;
    let committee = args
        .committee
        .as_deref()
        .map(|c| {
            c.parse::<Committee>()
                .map_err(|e| UsageError(e.to_string()))
        })
        .transpose()?;
    let only_state = args
        .state
        .as_deref()
        .map(|s| resolve_participant(context, s))
        .transpose()?;
    // Reviews with concluding observations adopted show the report due before them was
    // considered (or that the committee reviewed the State without one).
    let history = context.history()?;
    let mut known = KnownReviews::default();
    let mut undated = 0;
    for review in history
        .reviews
        .iter()
        .filter(|r| r.status == ReviewStatus::Adopted)
    {
        match (ParticipantCode::parse(&review.state), review.date) {
            (Some(state), Some(date)) => known.record(state, review.committee, date),
            _ => undated += 1,
        }
    }
    let mut obligations = Vec::new();
    for instrument in registry.catalogue().instruments() {
        if instrument.reporting.is_none() || committee.is_some_and(|c| c != instrument.committee) {
            continue;
        }
        for row in registry.parties_on(instrument, context.on).parties {
            if only_state.is_some_and(|s| s.code != row.participant.code) {
                continue;
            }
            let Some(obligation) = registry.obligation(row.participation) else {
                continue;
            };
            let latest = obligation.latest_due(context.on);
            let next = obligation.next_due(context.on);
            let last_review = known.latest(&row.participant.code, instrument.committee);
            let overdue =
                latest.is_some_and(|due| last_review.is_none_or(|review| review < due.due));
            if args.overdue && !overdue {
                continue;
            }
            obligations.push(DueJson {
                state: row.participant.code.as_str(),
                name: row.participant.display_name(),
                instrument: instrument.code.as_str(),
                committee: instrument.committee,
                in_force_from: obligation.in_force_from,
                initial_report_due: obligation.initial_due,
                report: latest.map(|d| d.number),
                legally_due: latest.map(|d| d.due),
                next_report: next.map(|d| d.number),
                next_due: next.map(|d| d.due),
                periodicity: periodicity(obligation.every_months, obligation.on_request),
                source: instrument
                    .reporting
                    .as_ref()
                    .map_or("", |r| r.source.as_str()),
                last_known_review: last_review,
                overdue,
            });
        }
    }
    let mut notes = data_notes(context);
    notes.push(
        "legal due dates from the treaty texts only; dates a committee sets in its concluding observations are kept apart and do not change these".to_string(),
    );
    notes.push(format!(
        "\"overdue\" = a legal due date on or before the date with no later review known to pacta; the review history is partial (sessions mostly 2019-2025, data/SOURCES.md){}, so a report may have been received or reviewed without pacta knowing",
        if undated > 0 { format!("; {undated} reviews without a date are not used") } else { String::new() }
    ));
    let json = DuesJson {
        on: context.on,
        committee,
        overdue_only: args.overdue,
        count: obligations.len(),
        obligations,
        data_as_at: registry.status_as_at(),
        notes: notes.clone(),
    };
    let title = format!(
        "{} legal reporting obligation(s){}{} on {}",
        json.count,
        if args.overdue { " overdue" } else { "" },
        committee.map(|c| format!(" to {c}")).unwrap_or_default(),
        context.on
    );
    let mut report = Report::new(
        &json,
        title,
        vec![
            "state",
            "name",
            "committee",
            "instrument",
            "in_force_from",
            "report",
            "legally_due",
            "next_due",
            "periodicity",
            "source",
        ],
    );
    report.rows = json
        .obligations
        .iter()
        .map(|o| {
            vec![
                o.state.to_string(),
                o.name.to_string(),
                o.committee.to_string(),
                o.instrument.to_string(),
                o.in_force_from.to_string(),
                cell(o.report),
                cell(o.legally_due),
                cell(o.last_known_review),
                cell(o.next_due),
                o.periodicity.clone(),
                o.source.to_string(),
            ]
        })
        .collect();
    report.notes = notes;
    Ok(report)
}

#[derive(Serialize)]
struct StatsJson {
    on: Date,
    instruments: Vec<pacta_core::stats::InstrumentStats>,
    fewest_parties_core_treaty: Option<String>,
    data_as_at: Date,
    notes: Vec<String>,
}

pub fn stats(context: &Context) -> anyhow::Result<Report> {
    let registry = &context.dataset.registry;
    let instruments = pacta_core::stats::instrument_stats(registry, context.on);
    let fewest = instruments
        .iter()
        .filter(|s| s.kind == pacta_core::catalogue::InstrumentKind::Core)
        .min_by_key(|s| s.parties)
        .map(|s| s.instrument.to_string());
    let mut notes = data_notes(context);
    if let Some(code) = &fewest {
        let stat = instruments
            .iter()
            .find(|s| s.instrument.as_str() == code)
            .expect("fewest comes from the list");
        notes.push(format!(
            "of the core treaties, {code} ({}) has the fewest parties: {}",
            stat.committee, stat.parties
        ));
    }
    let rows = instruments
        .iter()
        .map(|s| {
            let newest = s.newest_party.as_ref().map(|n| {
                let name = registry
                    .participant(&n.participant)
                    .map_or(n.participant.as_str(), |p| p.display_name());
                format!("{name} ({})", n.deposited)
            });
            vec![
                s.instrument.to_string(),
                s.committee.to_string(),
                s.parties.to_string(),
                s.in_force.to_string(),
                s.signatories_not_parties.to_string(),
                cell(newest),
            ]
        })
        .collect();
    let json = StatsJson {
        on: context.on,
        instruments,
        fewest_parties_core_treaty: fewest,
        data_as_at: registry.status_as_at(),
        notes: notes.clone(),
    };
    let mut report = Report::new(
        &json,
        format!("Parties per instrument on {}, most first", context.on),
        vec![
            "instrument",
            "committee",
            "parties",
            "bound",
            "signatories_not_parties",
            "newest_party",
        ],
    );
    report.rows = rows;
    report.notes = notes;
    Ok(report)
}
