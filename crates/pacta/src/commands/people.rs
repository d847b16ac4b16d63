//! The people and procedures commands: `members`, `election`, `rapporteurs suggest`,
//! `gc list|search`, `procedures` and `communications stats`.
//!
//! Each turns a question into calls on `pacta_core` (member, election, rapporteur,
//! general_comment, communication, procedure) over the data `pacta_data::people` loads,
//! and lays the answer out as a [`Report`]. No rule lives here; every caveat the data
//! carries (partial lists, derived dates, uncertain symbols) is printed as a note.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use jiff::civil::Date;
use pacta_core::election::{self, QuorumMet, count_ballots, distribution};
use pacta_core::general_comment::{GeneralComment, SymbolBasis, search};
use pacta_core::member::{Basis, Term, TermOrigin, solemn_declaration_session};
use pacta_core::participant::RegionalGroup;
use pacta_core::procedure::{Operative, procedures_on};
use pacta_core::rapporteur::{self, Candidate, Review, Role, Settings};
use pacta_core::{Committee, ParticipantCode, Registry};
use pacta_data::people::{People, PeopleSources, ReviewPart, load_people};
use pacta_data::{RecordSources, Records, Source, load_records, people};
use serde::Serialize;

use crate::output::{Report, cell};
use crate::{Context, UsageError};

#[derive(Debug, Args)]
pub struct MembersArgs {
    /// The committee (CMW …).
    pub committee: String,
    /// Every term in the data, not only those running on the date.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct ElectionArgs {
    /// The committee (CMW …).
    pub committee: String,
    /// The day of the meeting of States parties (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "meeting")]
    pub meeting_date: Option<Date>,
    /// A meeting of States parties recorded in the data, by number (6, 11 …).
    #[arg(long)]
    pub meeting: Option<u32>,
    /// Ballot figures to count: a CSV with round, nominee, nominated_by, votes,
    /// present_and_voting, present.
    #[arg(long, value_name = "FILE")]
    pub ballots: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RapporteursArgs {
    #[command(subcommand)]
    pub command: RapporteursCommand,
}

#[derive(Debug, Subcommand)]
pub enum RapporteursCommand {
    /// Propose country rapporteurs for a session's reviews, with the reason for each.
    Suggest(SuggestArgs),
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The committee (CMW …).
    pub committee: String,
    /// The session number.
    pub session: u32,
    /// The States under review, when the data does not list them: codes or names, each
    /// optionally with its working languages (`MEX:es,TJK:ru;en,FJI`).
    #[arg(long, value_delimiter = ',')]
    pub states: Vec<String>,
    /// The members to choose from, when the data does not list them: a CSV with name,
    /// nationality, languages (separated by ;) and earlier_reviews.
    #[arg(long, value_name = "FILE")]
    pub roster: Option<PathBuf>,
    /// Rapporteurs per review (a country rapporteur and co-rapporteurs).
    #[arg(long, default_value_t = 1)]
    pub per_review: usize,
    /// Also propose members whose nationality is unknown (rule 12(1) cannot be checked).
    #[arg(long)]
    pub allow_unknown_nationality: bool,
}

#[derive(Debug, Args)]
pub struct GcArgs {
    #[command(subcommand)]
    pub command: GcCommand,
}

#[derive(Debug, Subcommand)]
pub enum GcCommand {
    /// The general comments in the data, with their status on the date.
    List {
        /// Only one committee's texts (joint texts count for both).
        #[arg(long)]
        committee: Option<String>,
    },
    /// Texts whose title, subject, symbol, notes or paragraphs contain every word.
    Search {
        /// The words to look for.
        #[arg(required = true)]
        words: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct ProceduresArgs {
    /// Only one committee's procedures (all by default).
    pub committee: Option<String>,
}

fn people(context: &Context) -> anyhow::Result<People> {
    let sources = match &context.data_dir {
        Some(dir) => PeopleSources::from_dir(dir)?,
        None => PeopleSources::bundled(),
    };
    Ok(load_people(&sources, &context.dataset.registry)?)
}

/// Sessions and reviews are the records' (data/cmw_sessions.csv, cmw_reviews_partial.csv).
fn records(context: &Context) -> anyhow::Result<Records> {
    let sources = match &context.data_dir {
        Some(dir) => RecordSources::from_dir(dir)?,
        None => RecordSources::bundled(),
    };
    Ok(load_records(&sources, &context.dataset.registry)?)
}

fn parse_committee(input: &str) -> Result<Committee, UsageError> {
    input
        .parse()
        .map_err(|e: pacta_core::committee::UnknownCommittee| UsageError(e.to_string()))
}

fn read_source(path: &PathBuf) -> anyhow::Result<Source> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
    Ok(Source {
        name: path.display().to_string(),
        text,
    })
}

fn state_name(registry: &Registry, code: Option<&ParticipantCode>) -> String {
    code.map(|c| {
        registry
            .participant(c)
            .map_or(c.to_string(), |p| p.display_name().to_string())
    })
    .unwrap_or_default()
}

fn group_of(registry: &Registry, code: Option<&ParticipantCode>) -> Option<RegionalGroup> {
    code.and_then(|c| registry.participant(c))
        .and_then(|p| p.regional_group)
}

fn derived_mark(basis: &Basis) -> &'static str {
    if basis.is_derived() { "*" } else { "" }
}

#[derive(Serialize)]
struct SeatJson<'a> {
    name: &'a str,
    nationality: Option<&'a ParticipantCode>,
    nationality_basis: Option<&'a Basis>,
    regional_group: Option<RegionalGroup>,
    term_start: Date,
    term_start_basis: &'a Basis,
    term_end: Date,
    term_end_basis: &'a Basis,
    last_day: Date,
    how: String,
    solemn_declaration_session: Option<u32>,
    source: &'a str,
}

#[derive(Serialize)]
struct OfficeJson<'a> {
    office: &'a str,
    holder: &'a str,
    elected_on: Option<Date>,
    session: Option<u32>,
    elected: bool,
    expected_until: Option<Date>,
    term_of_office: &'static str,
    source: &'a str,
}

#[derive(Serialize)]
struct MembersJson<'a> {
    committee: Committee,
    on: Date,
    membership: u32,
    membership_source: &'a str,
    in_data: usize,
    members: Vec<SeatJson<'a>>,
    officers_reported: Vec<OfficeJson<'a>>,
    notes: Vec<String>,
}

pub fn members(context: &Context, args: &MembersArgs) -> anyhow::Result<Report> {
    let committee = parse_committee(&args.committee)?;
    let people = people(context)?;
    let registry = &context.dataset.registry;
    let info = registry.catalogue().committee(committee);
    let membership = registry.membership_on(committee, context.on);
    let terms: Vec<&Term> = if args.all {
        people
            .roster
            .terms()
            .iter()
            .filter(|t| t.committee == committee)
            .collect()
    } else {
        people
            .roster
            .seated_on(committee, context.on)
            .into_iter()
            .map(|s| s.term)
            .collect()
    };
    let sessions: Vec<_> = records(context)?
        .sessions
        .into_iter()
        .filter(|s| s.committee == committee)
        .collect();
    let seats: Vec<SeatJson> = terms
        .iter()
        .map(|term| {
            let member = &people.roster.members()[term.member];
            SeatJson {
                name: &member.name,
                nationality: member.nationality.as_ref(),
                nationality_basis: member.nationality_basis.as_ref(),
                regional_group: group_of(registry, member.nationality.as_ref()),
                term_start: term.start,
                term_start_basis: &term.start_basis,
                term_end: term.end,
                term_end_basis: &term.end_basis,
                last_day: term.last_day(),
                how: term.origin.describe(&people.roster),
                solemn_declaration_session: matches!(term.origin, TermOrigin::Elected { .. })
                    .then(|| solemn_declaration_session(term.start, &sessions).map(|s| s.number))
                    .flatten(),
                source: &term.source,
            }
        })
        .collect();
    let officers: Vec<OfficeJson> = people
        .roster
        .offices_known(committee)
        .into_iter()
        .map(|o| OfficeJson {
            office: o.office.as_str(),
            holder: &o.holder,
            elected_on: o.elected_on,
            session: o.session,
            elected: o.elected,
            expected_until: o.expected_until(),
            term_of_office: "two years (CMW art. 75(2); rule 15(1) of CMW/C/2)",
            source: &o.source,
        })
        .collect();
    let in_data = people.roster.seated_on(committee, context.on).len();
    let mut notes = Vec::new();
    if committee != Committee::Cmw {
        notes.push(format!(
            "no membership of {committee} is in the data; only the CMW's (partial) is bundled"
        ));
    } else if !args.all && (in_data as u32) < membership {
        notes.push(format!(
            "the data names {in_data} of the {membership} members on {}: the membership lists after 2013 were not found, only Can Ünver's 2024–2027 term is known (data/SOURCES.md)",
            context.on
        ));
    }
    if seats.iter().any(|s| {
        s.term_start_basis.is_derived()
            || s.term_end_basis.is_derived()
            || s.nationality_basis.is_some_and(Basis::is_derived)
    }) {
        notes.push(
            "* derived, not printed in a source: term starts from four-year terms ending on 31 December (art. 72(5)(a)); see --format json for each rule".into(),
        );
    }
    if !officers.is_empty() {
        let latest: Vec<String> = officers
            .iter()
            .map(|o| {
                format!(
                    "{} {} ({} at session {})",
                    o.office,
                    o.holder,
                    if o.elected { "elected" } else { "in office" },
                    cell(o.session)
                )
            })
            .collect();
        notes.push(format!(
            "officers reported (two-year terms of office, art. 75(2)): {}",
            latest.join("; ")
        ));
    }
    let title = format!(
        "{committee}: {} member(s) {} — the committee has {membership} seats ({})",
        seats.len(),
        if args.all {
            "in the data, all terms".to_string()
        } else {
            format!("in the data on {}", context.on)
        },
        info.grows
            .as_ref()
            .map_or(info.members_source.as_str(), |g| g.source.as_str())
    );
    let json = MembersJson {
        committee,
        on: context.on,
        membership,
        membership_source: info
            .grows
            .as_ref()
            .map_or(info.members_source.as_str(), |g| g.source.as_str()),
        in_data,
        members: seats,
        officers_reported: officers,
        notes: notes.clone(),
    };
    let mut report = Report::new(
        &json,
        title,
        vec![
            "name",
            "nationality",
            "group",
            "term_start",
            "term_end",
            "how",
            "declaration_session",
        ],
    );
    report.rows = json
        .members
        .iter()
        .map(|s| {
            vec![
                s.name.to_string(),
                format!(
                    "{}{}",
                    state_name(registry, s.nationality),
                    s.nationality_basis.map_or("", derived_mark)
                ),
                s.regional_group
                    .map(|g| g.slug().to_string())
                    .unwrap_or_default(),
                format!("{}{}", s.term_start, derived_mark(s.term_start_basis)),
                format!(
                    "{}{}{}",
                    s.term_end,
                    derived_mark(s.term_end_basis),
                    if s.last_day != s.term_end {
                        format!(" (left by {})", s.last_day)
                    } else {
                        String::new()
                    }
                ),
                s.how.clone(),
                cell(s.solemn_declaration_session),
            ]
        })
        .collect();
    report.notes = notes;
    Ok(report)
}

#[derive(Serialize)]
struct ElectedJson {
    name: String,
    nationality: Option<ParticipantCode>,
    votes: Option<u32>,
    source: String,
}

#[derive(Serialize)]
struct ElectionJson<'a> {
    committee: Committee,
    meeting: Option<u32>,
    meeting_date: Date,
    place: Option<&'a str>,
    time_zone: Option<&'a str>,
    plan: &'a election::ElectionPlan,
    rules: &'a election::ElectionRules,
    solemn_declaration_session: Option<u32>,
    recorded: Option<&'a people::MeetingRecord>,
    elected_in_data: Vec<ElectedJson>,
    absolute_majority: Option<u32>,
    count: Option<election::Outcome>,
    nominees: Vec<election::Nominee>,
    distribution_after: Option<election::Distribution>,
    states_of_origin_and_employment: &'static str,
    notes: Vec<String>,
}

const ORIGIN_AND_EMPLOYMENT: &str = "not in the data: no source bundled with pacta classifies States parties as States of origin or of employment (CMW art. 72(2)(a))";

pub fn election(context: &Context, args: &ElectionArgs) -> anyhow::Result<Report> {
    let committee = parse_committee(&args.committee)?;
    let people = people(context)?;
    let registry = &context.dataset.registry;
    let rules = people.election_rules(committee).ok_or_else(|| {
        UsageError(format!(
            "no election rules for {committee} in data/elections.toml"
        ))
    })?;
    let recorded = match (args.meeting, args.meeting_date) {
        (Some(number), _) => Some(
            people
                .meetings
                .iter()
                .find(|m| m.committee == committee && m.meeting == number)
                .ok_or_else(|| {
                    UsageError(format!(
                        "meeting {number} of {committee}'s States parties is not in data/cmw_meetings_of_states_parties.csv"
                    ))
                })?,
        ),
        (None, Some(date)) => people
            .meetings
            .iter()
            .find(|m| m.committee == committee && m.date == Some(date)),
        (None, None) => {
            return Err(UsageError("give --meeting-date YYYY-MM-DD or --meeting N".into()).into());
        }
    };
    let meeting_date = args
        .meeting_date
        .or(recorded.and_then(|m| m.date))
        .ok_or_else(|| {
            UsageError(format!(
                "the date of meeting {} is not in the data; give --meeting-date",
                args.meeting.unwrap_or(0)
            ))
        })?;
    let plan = election::plan(
        registry,
        rules,
        &people.election_interpretation,
        meeting_date,
    );
    let sessions: Vec<_> = records(context)?
        .sessions
        .into_iter()
        .filter(|s| s.committee == committee)
        .collect();
    let declaration = solemn_declaration_session(plan.term.0, &sessions).map(|s| s.number);
    let mut notes = Vec::new();
    // Elected members the roster records for this meeting.
    let meeting_number = recorded.map(|m| m.meeting);
    let mut elected_in_data: Vec<ElectedJson> = people
        .roster
        .terms()
        .iter()
        .filter(|t| t.committee == committee)
        .filter_map(|t| match &t.origin {
            TermOrigin::Elected { meeting, votes, .. }
                if meeting.is_some() && *meeting == meeting_number =>
            {
                let member = &people.roster.members()[t.member];
                Some(ElectedJson {
                    name: member.name.clone(),
                    nationality: member.nationality.clone(),
                    votes: *votes,
                    source: t.source.clone(),
                })
            }
            _ => None,
        })
        .collect();
    elected_in_data.sort_by_key(|e| std::cmp::Reverse(e.votes));
    let present_and_voting = recorded.and_then(|m| m.present_and_voting);
    let absolute_majority = present_and_voting.map(election::absolute_majority);
    let (nominees, count) = match &args.ballots {
        Some(path) => {
            let (nominees, rounds) = people::parse_ballots(&read_source(path)?, registry)?;
            let seats = plan.seats.as_ref().map_or(0, |s| s.total);
            (
                nominees.clone(),
                Some(count_ballots(seats, plan.quorum, &nominees, &rounds)?),
            )
        }
        None => (Vec::new(), None),
    };
    let seated_after = people.roster.seated_on(committee, plan.term.0);
    let membership_after = registry.membership_on(committee, plan.term.0);
    let distribution_after = (!seated_after.is_empty()).then(|| {
        distribution(
            registry,
            seated_after.iter().map(|s| s.member.nationality.as_ref()),
        )
    });
    if (seated_after.len() as u32) < membership_after {
        notes.push(format!(
            "the data names {} of the {membership_after} members from {}; the distribution covers those only",
            seated_after.len(),
            plan.term.0
        ));
    }
    if let Some((other, n)) = plan.parties_other_count {
        notes.push(format!(
            "counted as {:?}: {} States parties; counted as {:?}: {n} (data/elections.toml [interpretation])",
            plan.counted, plan.parties, other
        ));
    }
    if let Some(stated) = recorded
        .and_then(|r| r.parties_stated)
        .filter(|stated| *stated != plan.parties)
    {
        notes.push(format!(
            "the source states {stated} States parties; the ledger counts {} on {meeting_date}",
            plan.parties
        ));
    }
    if rules.majority.is_none() {
        notes.push(format!(
            "the majority rule of {committee}'s treaty is not in data/elections.toml (not stated in DOMAIN.md)"
        ));
    }
    if recorded.is_some() && present_and_voting.is_none() {
        notes.push("the number of States present and voting is not in the data".into());
    }
    if recorded.is_some() && elected_in_data.is_empty() {
        notes.push("the members elected at this meeting are not in the data".into());
    }
    if committee == Committee::Cmw {
        notes.push(format!(
            "States of origin and of employment: {ORIGIN_AND_EMPLOYMENT}"
        ));
    }
    let deadline_source = rules
        .deadlines_source
        .as_deref()
        .unwrap_or("not in the data");
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = |item: &str, value: String, source: &str| {
        rows.push(vec![item.to_string(), value, source.to_string()]);
    };
    row(
        "States parties",
        plan.parties.to_string(),
        &format!("UNTC status as at {}", registry.status_as_at()),
    );
    row(
        "quorum",
        cell(plan.quorum),
        rules.quorum_source.as_deref().unwrap_or("not in the data"),
    );
    row(
        "majority",
        match rules.majority {
            Some(_) => format!(
                "largest number of votes and more than half of those present and voting{}",
                absolute_majority
                    .map(|m| format!(" ({m} of {})", present_and_voting.unwrap_or(0)))
                    .unwrap_or_default()
            ),
            None => String::new(),
        },
        rules
            .majority_source
            .as_deref()
            .unwrap_or("not in the data"),
    );
    row(
        "members",
        plan.membership.to_string(),
        &registry.catalogue().committee(committee).members_source,
    );
    row(
        "seats",
        plan.seats
            .as_ref()
            .map(|s| format!("{} ({} expiring, {} added)", s.total, s.expiring, s.added))
            .unwrap_or_default(),
        rules
            .every_years_source
            .as_deref()
            .unwrap_or("not in the data"),
    );
    for (item, deadline) in [
        ("invitation by", &plan.deadlines.invitation_by),
        ("nominations by", &plan.deadlines.nominations_by),
        ("list of nominees by", &plan.deadlines.list_by),
    ] {
        row(
            item,
            deadline
                .as_ref()
                .map(|d| d.date.to_string())
                .unwrap_or_default(),
            if deadline.is_some() {
                deadline_source
            } else {
                "not in the data"
            },
        );
    }
    row(
        "term of those elected",
        format!("{} to {}", plan.term.0, plan.term.1),
        &registry.catalogue().committee(committee).term_source,
    );
    row(
        "solemn declaration",
        declaration
            .map(|n| format!("session {n}"))
            .unwrap_or_default(),
        "rule 11 of CMW/C/2: the first session of the term",
    );
    for elected in &elected_in_data {
        let majority_ok = match (elected.votes, absolute_majority) {
            (Some(v), Some(m)) => format!(
                " (absolute majority: {})",
                if v >= m { "yes" } else { "no" }
            ),
            _ => String::new(),
        };
        row(
            "elected",
            format!(
                "{} ({}){}{}",
                elected.name,
                state_name(registry, elected.nationality.as_ref()),
                elected
                    .votes
                    .map(|v| format!(", {v} votes"))
                    .unwrap_or_default(),
                majority_ok
            ),
            &elected.source,
        );
    }
    if let Some(count) = &count {
        for round in &count.rounds {
            let names: Vec<&str> = round
                .elected
                .iter()
                .map(|&i| nominees[i].name.as_str())
                .collect();
            row(
                &format!("round {}", round.number),
                format!(
                    "{} seat(s) open, majority {}, quorum {}; elected: {}{}",
                    round.seats_open,
                    round.majority,
                    match round.quorum_met {
                        QuorumMet::Yes => "met",
                        QuorumMet::No => "not met",
                        QuorumMet::Unknown => "unknown",
                    },
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    },
                    if round.tied.is_empty() {
                        ""
                    } else {
                        "; tie for the last seat(s)"
                    }
                ),
                rules.majority_source.as_deref().unwrap_or(""),
            );
        }
    }
    if let Some(dist) = &distribution_after {
        let text: Vec<String> = dist
            .by_group
            .iter()
            .map(|(g, n)| format!("{} {n}", g.slug()))
            .chain((dist.unknown > 0).then(|| format!("unknown {}", dist.unknown)))
            .collect();
        row(
            "members by regional group from term start",
            text.join(", "),
            rules
                .distribution_source
                .as_deref()
                .unwrap_or("UN regional groups (data/states.csv)"),
        );
    }
    let title = format!(
        "Election of {committee} members{} on {meeting_date}{}",
        meeting_number
            .map(|n| format!(" at meeting {n} of States parties"))
            .unwrap_or_default(),
        rules
            .place
            .as_deref()
            .map(|p| format!(", {p}"))
            .unwrap_or_default()
    );
    let json = ElectionJson {
        committee,
        meeting: meeting_number,
        meeting_date,
        place: rules.place.as_deref(),
        time_zone: rules.time_zone.as_deref(),
        plan: &plan,
        rules,
        solemn_declaration_session: declaration,
        recorded,
        elected_in_data,
        absolute_majority,
        count,
        nominees,
        distribution_after,
        states_of_origin_and_employment: ORIGIN_AND_EMPLOYMENT,
        notes: notes.clone(),
    };
    let mut report = Report::new(&json, title, vec!["item", "value", "rule"]);
    report.rows = rows;
    report.notes = notes;
    Ok(report)
}

#[derive(Serialize)]
struct AssignmentJson<'a> {
    state: &'a ParticipantCode,
    member: &'a str,
    nationality: Option<&'a ParticipantCode>,
    role: Role,
    reason: &'a str,
}

#[derive(Serialize)]
struct ExcludedJson<'a> {
    state: &'a ParticipantCode,
    member: &'a str,
    why: &'static str,
}

#[derive(Serialize)]
struct SuggestJson<'a> {
    committee: Committee,
    session: u32,
    date: Date,
    reviews_from: &'static str,
    members_from: String,
    per_review: usize,
    assignments: Vec<AssignmentJson<'a>>,
    excluded: Vec<ExcludedJson<'a>>,
    short: Vec<(&'a ParticipantCode, usize)>,
    spread: Option<rapporteur::Spread>,
    notes: Vec<String>,
}

/// `MEX`, `Mexico`, `MEX:es`, `TJK:ru;en`.
fn parse_state_arg(
    registry: &Registry,
    text: &str,
) -> Result<(ParticipantCode, Vec<String>), UsageError> {
    let (state, languages) = text.split_once(':').unwrap_or((text, ""));
    let participant = registry.find_participant(state.trim()).ok_or_else(|| {
        UsageError(format!(
            "unknown State \"{state}\" (expected an ISO 3166-1 alpha-3 code such as MEX, or a name)"
        ))
    })?;
    let languages = languages
        .split(';')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    Ok((participant.code.clone(), languages))
}

pub fn rapporteurs(context: &Context, args: &RapporteursArgs) -> anyhow::Result<Report> {
    let RapporteursCommand::Suggest(args) = &args.command;
    let committee = parse_committee(&args.committee)?;
    if args.per_review == 0 {
        return Err(UsageError("--per-review must be at least 1".into()).into());
    }
    let people = people(context)?;
    let registry = &context.dataset.registry;
    let records = records(context)?;
    let mut notes = Vec::new();
    // The session's reviews: from the data, or from --states.
    let in_data: Vec<ParticipantCode> = records
        .reviews
        .iter()
        .filter(|r| r.committee == committee && r.session == Some(args.session))
        .filter_map(|r| ParticipantCode::parse(r.state.as_str()))
        .collect();
    let (states, reviews_from): (Vec<(ParticipantCode, Vec<String>)>, &'static str) = if !args
        .states
        .is_empty()
    {
        if in_data.is_empty() {
            notes.push(format!(
                    "the reviews of {committee} session {} are not in the data; the States given with --states are used",
                    args.session
                ));
        }
        let states = args
            .states
            .iter()
            .map(|s| parse_state_arg(registry, s))
            .collect::<Result<_, _>>()?;
        (states, "--states")
    } else if in_data.is_empty() {
        let sessions: Vec<u32> = records
            .reviews
            .iter()
            .filter(|r| r.committee == committee)
            .filter_map(|r| r.session)
            .collect();
        return Err(UsageError(format!(
                "the reviews of {committee} session {} are not in the data (data/cmw_reviews_partial.csv names sessions {}–{}); give the States under review with --states MEX,ECU,…",
                args.session,
                sessions.iter().min().copied().unwrap_or(0),
                sessions.iter().max().copied().unwrap_or(0)
            ))
            .into());
    } else {
        (
            in_data.into_iter().map(|s| (s, Vec::new())).collect(),
            "data/cmw_reviews_partial.csv",
        )
    };
    // The day the members must be seated: the session's opening, or --on.
    let session_start = records
        .session(committee, args.session)
        .and_then(|s| s.start);
    let date = session_start.unwrap_or(context.on);
    if session_start.is_none() {
        notes.push(format!(
            "the dates of session {} are not in the data; members are taken as seated on {date} (--on)",
            args.session
        ));
    }
    // The members: from --roster, or those the data seats on that day.
    let earlier = |name: &str| -> u32 {
        people
            .country_rapporteurs
            .iter()
            .filter(|r| {
                r.committee == committee
                    && r.session < args.session
                    && r.part == ReviewPart::Rapporteur
            })
            .filter(|r| {
                let wanted = pacta_core::text::fold(&r.member);
                let have = pacta_core::text::fold(name);
                have == wanted || have.ends_with(&format!(" {wanted}"))
            })
            .count() as u32
    };
    let (candidates, members_from): (Vec<Candidate>, String) = match &args.roster {
        Some(path) => {
            let mut candidates = people::parse_roster(&read_source(path)?, registry)?;
            for c in &mut candidates {
                c.earlier_reviews += earlier(&c.name);
            }
            (candidates, path.display().to_string())
        }
        None => {
            let seated = people.roster.seated_on(committee, date);
            let membership = registry.membership_on(committee, date);
            if (seated.len() as u32) < membership {
                notes.push(format!(
                    "the data names {} of the {membership} members on {date} (the 2024–2027 and 2026–2029 lists were not found); give the members with --roster FILE",
                    seated.len()
                ));
            }
            let candidates = seated
                .iter()
                .map(|s| Candidate {
                    name: s.member.name.clone(),
                    nationality: s.member.nationality.clone(),
                    nominated_by: s.term.nominated_by.as_ref().map(|(c, _)| c.clone()),
                    languages: s.member.languages.clone(),
                    earlier_reviews: earlier(&s.member.name),
                })
                .collect();
            (candidates, format!("members seated on {date} in the data"))
        }
    };
    // Earlier withdrawals from a review of the same State carry over (rule 12(1)).
    let reviews: Vec<Review> = states
        .iter()
        .map(|(state, languages)| Review {
            state: state.clone(),
            languages: languages.clone(),
            withdrawn: candidates
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    people.country_rapporteurs.iter().any(|r| {
                        r.part == ReviewPart::Withdrew
                            && &r.state == state
                            && pacta_core::text::fold(&c.name)
                                .ends_with(&pacta_core::text::fold(&r.member))
                    })
                })
                .map(|(i, _)| i)
                .collect(),
        })
        .collect();
    let settings = Settings {
        per_review: args.per_review,
        allow_unknown_nationality: args.allow_unknown_nationality,
    };
    let proposal = rapporteur::suggest(&candidates, &reviews, &settings);
    if let Some(spread) = proposal.spread {
        notes.push(format!(
            "load this session: {}–{} review(s) per eligible member (spread {}); with earlier sessions: {}–{}",
            spread.session_min,
            spread.session_max,
            spread.session(),
            spread.total_min,
            spread.total_max
        ));
    }
    notes.push(
        "rule 12(1) of CMW/C/2: no member takes part in the review of the State of which he or she is a national (CMW/C/SR.593); a proposal, the Committee decides".into(),
    );
    let assignments: Vec<AssignmentJson> = proposal
        .reviews
        .iter()
        .flat_map(|r| {
            r.rapporteurs.iter().map(|a| AssignmentJson {
                state: &r.state,
                member: &candidates[a.member].name,
                nationality: candidates[a.member].nationality.as_ref(),
                role: a.role,
                reason: &a.reason,
            })
        })
        .collect();
    let excluded: Vec<ExcludedJson> = proposal
        .reviews
        .iter()
        .flat_map(|r| {
            r.excluded.iter().map(|(m, why)| ExcludedJson {
                state: &r.state,
                member: &candidates[*m].name,
                why: why.describe(),
            })
        })
        .collect();
    let short: Vec<(&ParticipantCode, usize)> = proposal
        .reviews
        .iter()
        .filter(|r| r.short_by > 0)
        .map(|r| (&r.state, r.short_by))
        .collect();
    for (state, n) in &short {
        notes.push(format!(
            "{state}: {n} rapporteur(s) short — too few members may serve"
        ));
    }
    let title = format!(
        "{committee} session {}: rapporteur proposal for {} review(s) from {} member(s)",
        args.session,
        reviews.len(),
        candidates.len()
    );
    let json = SuggestJson {
        committee,
        session: args.session,
        date,
        reviews_from,
        members_from,
        per_review: args.per_review,
        assignments,
        excluded,
        short,
        spread: proposal.spread,
        notes: notes.clone(),
    };
    let mut report = Report::new(
        &json,
        title,
        vec!["state", "rapporteur", "nationality", "role", "reason"],
    );
    report.rows = json
        .assignments
        .iter()
        .map(|a| {
            vec![
                a.state.to_string(),
                a.member.to_string(),
                state_name(registry, a.nationality),
                match a.role {
                    Role::CountryRapporteur => "country rapporteur",
                    Role::CoRapporteur => "co-rapporteur",
                }
                .to_string(),
                a.reason.to_string(),
            ]
        })
        .collect();
    report.notes = notes;
    Ok(report)
}

#[derive(Serialize)]
struct GcJson<'a> {
    name: String,
    parts: &'a [pacta_core::general_comment::Part],
    title: Option<&'a str>,
    subject: Option<&'a str>,
    symbol: Option<String>,
    symbol_basis: Option<SymbolBasis>,
    document_date: Option<Date>,
    status_on_date: Option<&'a pacta_core::general_comment::StatusEvent>,
    history: &'a [pacta_core::general_comment::StatusEvent],
    paragraphs: usize,
    matched_in: Vec<String>,
    notes: &'a [String],
}

#[derive(Serialize)]
struct GcListJson<'a> {
    on: Date,
    query: Option<String>,
    count: usize,
    general_comments: Vec<GcJson<'a>>,
    notes: Vec<String>,
}

fn gc_json<'a>(gc: &'a GeneralComment, on: Date, matched_in: Vec<String>) -> GcJson<'a> {
    GcJson {
        name: gc.name(),
        parts: &gc.parts,
        title: gc.title.as_deref(),
        subject: gc.subject.as_deref(),
        symbol: gc.symbol.as_ref().map(ToString::to_string),
        symbol_basis: gc.symbol_basis,
        document_date: gc.document_date,
        status_on_date: gc.status_on(on),
        history: &gc.history,
        paragraphs: gc.paragraphs.len(),
        matched_in,
        notes: &gc.notes,
    }
}

pub fn gc(context: &Context, args: &GcArgs) -> anyhow::Result<Report> {
    let people = people(context)?;
    let on = context.on;
    let (chosen, query): (Vec<GcJson>, Option<String>) = match &args.command {
        GcCommand::List { committee } => {
            let committee = committee.as_deref().map(parse_committee).transpose()?;
            (
                people
                    .general_comments
                    .iter()
                    .filter(|gc| {
                        committee.is_none_or(|c| gc.parts.iter().any(|p| p.committee == c))
                    })
                    .map(|gc| gc_json(gc, on, Vec::new()))
                    .collect(),
                None,
            )
        }
        GcCommand::Search { words } => {
            let query = words.join(" ");
            (
                search(&people.general_comments, &query)
                    .into_iter()
                    .map(|hit| gc_json(&people.general_comments[hit.index], on, hit.fields))
                    .collect(),
                Some(query),
            )
        }
    };
    let mut notes = vec![
        "no paragraph text is bundled: the search covers titles, subjects, symbols and notes only".to_string(),
        "symbol marks: * built from the pattern, not seen on the document; † read on a third-party copy only".to_string(),
        "CMW general comment No. 2 is not in the sources read and is not registered".to_string(),
    ];
    if chosen.is_empty() {
        notes.insert(0, "nothing found".into());
    }
    let title = match &query {
        Some(q) => format!("General comments matching \"{q}\": {}", chosen.len()),
        None => format!(
            "General comments in the data: {} (status on {on})",
            chosen.len()
        ),
    };
    let json = GcListJson {
        on,
        query,
        count: chosen.len(),
        general_comments: chosen,
        notes: notes.clone(),
    };
    let mut report = Report::new(&json, title, vec!["text", "symbol", "status", "title"]);
    report.rows = json
        .general_comments
        .iter()
        .map(|g| {
            let mark = match g.symbol_basis {
                Some(SymbolBasis::Pattern) => "*",
                Some(SymbolBasis::ThirdPartyCopy) => "†",
                _ => "",
            };
            let status = g
                .status_on_date
                .map(|e| {
                    let when =
                        e.on.map(|d| format!("by {d}"))
                            .or(e.year.map(|y| format!("in {y}")))
                            .unwrap_or_default();
                    format!("{} {when}", e.status.as_str())
                })
                .unwrap_or_else(|| "not yet".into());
            vec![
                g.name.clone(),
                g.symbol
                    .as_ref()
                    .map(|s| format!("{s}{mark}"))
                    .unwrap_or_else(|| "not confirmed".into()),
                status,
                g.title
                    .map(str::to_string)
                    .or(g.subject.map(|s| format!("[subject] {s}")))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    report.notes = notes;
    Ok(report)
}

#[derive(Serialize)]
struct DeclarationJson {
    state: ParticipantCode,
    name: String,
    date: Option<Date>,
}

#[derive(Serialize)]
struct ProcedureJson<'a> {
    committee: Committee,
    instrument: &'a str,
    article: String,
    name: String,
    acceptance: pacta_core::catalogue::Acceptance,
    threshold: Option<u32>,
    operative: Operative,
    source: String,
    declarations: Vec<DeclarationJson>,
    reply_months: Option<u16>,
    reply_set_by_committee: bool,
    reply_source: Option<&'a str>,
    follow_up_months: Option<u16>,
    grounds: Vec<String>,
    grounds_note: Option<&'a str>,
}

#[derive(Serialize)]
struct ProceduresJson<'a> {
    on: Date,
    procedures: Vec<ProcedureJson<'a>>,
    data_as_at: Date,
    notes: Vec<String>,
}

pub fn procedures(context: &Context, args: &ProceduresArgs) -> anyhow::Result<Report> {
    let committee = args.committee.as_deref().map(parse_committee).transpose()?;
    let people = people(context)?;
    let registry = &context.dataset.registry;
    let mut rows = Vec::new();
    let mut list = Vec::new();
    let mut notes = Vec::new();
    for instrument in registry.catalogue().instruments() {
        if committee.is_some_and(|c| c != instrument.committee) {
            continue;
        }
        let statuses = procedures_on(registry, instrument, context.on);
        for status in statuses {
            let rules = people
                .procedures
                .iter()
                .find(|p| p.instrument == instrument.code && p.article == status.article);
            let declarations: Vec<DeclarationJson> = status
                .declarations
                .iter()
                .map(|d| DeclarationJson {
                    state: d.participant.clone(),
                    name: state_name(registry, Some(&d.participant)),
                    date: d.date,
                })
                .collect();
            let operative_word = match status.operative {
                Operative::Yes => "yes",
                Operative::No => "no",
                Operative::Unknown => "unknown",
            };
            if status.operative == Operative::No {
                let names: Vec<String> = declarations
                    .iter()
                    .map(|d| match d.date {
                        Some(date) => format!("{} ({date})", d.name),
                        None => format!("{} (date not printed)", d.name),
                    })
                    .collect();
                notes.push(format!(
                    "{} art. {} ({}) is not operative: {} declaration(s) of the {} required ({}); declaring States: {}",
                    instrument.code,
                    status.article,
                    status.name,
                    declarations.len(),
                    status.threshold.unwrap_or(0),
                    status.source,
                    if names.is_empty() { "none".into() } else { names.join(", ") }
                ));
            }
            if status.operative == Operative::Unknown {
                notes.push(format!(
                    "{} art. {}: the declarations under this article are not in the data",
                    instrument.code, status.article
                ));
            }
            rows.push(vec![
                instrument.committee.to_string(),
                instrument.code.to_string(),
                status.article.clone(),
                status.name.clone(),
                format!("{:?}", status.acceptance).to_lowercase(),
                cell(status.threshold),
                match status.acceptance {
                    pacta_core::catalogue::Acceptance::Declaration => {
                        declarations.len().to_string()
                    }
                    pacta_core::catalogue::Acceptance::Party => String::new(),
                },
                operative_word.to_string(),
                match rules {
                    Some(r) if r.reply_set_by_committee => "set by the Committee".into(),
                    Some(r) => r
                        .reply_months
                        .map(|m| format!("{m} months"))
                        .unwrap_or_default(),
                    None => String::new(),
                },
            ]);
            list.push(ProcedureJson {
                committee: instrument.committee,
                instrument: instrument.code.as_str(),
                article: status.article.clone(),
                name: status.name.clone(),
                acceptance: status.acceptance,
                threshold: status.threshold,
                operative: status.operative,
                source: status.source.clone(),
                declarations,
                reply_months: rules.and_then(|r| r.reply_months),
                reply_set_by_committee: rules.is_some_and(|r| r.reply_set_by_committee),
                reply_source: rules.map(|r| r.reply_source.as_str()),
                follow_up_months: rules.and_then(|r| r.follow_up_months),
                grounds: rules
                    .map(|r| {
                        r.grounds
                            .iter()
                            .map(|g| format!("{} ({})", g.text, g.article))
                            .collect()
                    })
                    .unwrap_or_default(),
                grounds_note: rules.and_then(|r| r.grounds_note.as_deref()),
            });
        }
    }
    if context.on > registry.status_as_at() {
        notes.push(format!(
            "declarations are UNTC's as at {}; later ones are not in the data",
            registry.status_as_at()
        ));
    }
    let title = format!(
        "Optional procedures on {}{}",
        context.on,
        committee.map(|c| format!(" — {c}")).unwrap_or_default()
    );
    let json = ProceduresJson {
        on: context.on,
        procedures: list,
        data_as_at: registry.status_as_at(),
        notes: notes.clone(),
    };
    let mut report = Report::new(
        &json,
        title,
        vec![
            "committee",
            "instrument",
            "article",
            "procedure",
            "accepted_by",
            "threshold",
            "declarations",
            "operative",
            "state_reply",
        ],
    );
    report.rows = rows;
    report.notes = notes;
    Ok(report)
}
