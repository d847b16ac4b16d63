//! Loading the people and procedures data: CMW members and officers, meetings of States
//! parties, casual vacancies and country rapporteurs (CSV), and the election, communication
//! and general-comment registries (TOML, CSV), into core values. Sessions and reviews are the
//! records' (`crate::records`).
//!
//! Like the ledger, all or nothing, every error located. What the files state is kept as
//! stated; what is derived (a term's start from its end, a nominating State from the
//! nationality) is derived here by a rule of the treaty and marked
//! [`Basis::Derived`](pacta_core::member::Basis) with the rule. This module never invents a
//! member, a vote or a review: where the files are silent, the values are absent.

use std::collections::HashMap;
use std::path::Path;

use jiff::ToSpan;
use jiff::civil::Date;
use pacta_core::communication::ProcedureRules;
use pacta_core::election::{self, ElectionInterpretation, ElectionRules, Nominee, Round};
use pacta_core::general_comment::{GeneralComment, Part, Status, StatusEvent, SymbolBasis};
use pacta_core::member::{
    Basis, Member, Office, OfficeHolding, Roster, Term, TermOrigin, Vacated, term_after_election,
    term_start_from_end,
};
use pacta_core::rapporteur::Candidate;
use pacta_core::text::fold;
use pacta_core::{Committee, ParticipantCode, Registry, Symbol};
use serde::{Deserialize, Serialize};

use crate::error::Location;
use crate::table::{Row, Table};
use crate::{DataError, Source};

/// The files this module reads.
#[derive(Debug, Clone)]
pub struct PeopleSources {
    pub members: Source,
    pub casual_vacancies: Source,
    pub meetings: Source,
    pub country_rapporteurs: Source,
    pub elections: Source,
    pub communications: Source,
    pub general_comments: Source,
}

const FILES: [&str; 7] = [
    "cmw_members_partial.csv",
    "cmw_casual_vacancies.csv",
    "cmw_meetings_of_states_parties.csv",
    "cmw_country_rapporteurs.csv",
    "elections.toml",
    "communications.toml",
    "general_comments.csv",
];

impl PeopleSources {
    /// The files as they were when pacta was built (see data/SOURCES.md).
    pub fn bundled() -> Self {
        PeopleSources {
            members: bundled!("cmw_members_partial.csv"),
            casual_vacancies: bundled!("cmw_casual_vacancies.csv"),
            meetings: bundled!("cmw_meetings_of_states_parties.csv"),
            country_rapporteurs: bundled!("cmw_country_rapporteurs.csv"),
            elections: bundled!("elections.toml"),
            communications: bundled!("communications.toml"),
            general_comments: bundled!("general_comments.csv"),
        }
    }

    /// The same files read from `dir`.
    pub fn from_dir(dir: &Path) -> Result<Self, DataError> {
        let mut read = FILES.iter().map(|file| Source::read(dir, file));
        let mut next = || read.next().expect("FILES has one entry per field");
        Ok(PeopleSources {
            members: next()?,
            casual_vacancies: next()?,
            meetings: next()?,
            country_rapporteurs: next()?,
            elections: next()?,
            communications: next()?,
            general_comments: next()?,
        })
    }
}

/// A meeting of States parties as a source reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingRecord {
    pub committee: Committee,
    pub meeting: u32,
    pub date: Option<Date>,
    pub seats: Option<u32>,
    pub seats_basis: Option<String>,
    /// The number of States parties the source gives.
    pub parties_stated: Option<u32>,
    pub present_and_voting: Option<u32>,
    pub source: String,
}

/// What a member did in a review, as a source reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewPart {
    Rapporteur,
    /// Withdrew from the review (rule 12(1) of CMW/C/2).
    Withdrew,
}

/// A country rapporteur (or a withdrawal) in a past review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RapporteurRecord {
    pub committee: Committee,
    pub session: u32,
    pub state: ParticipantCode,
    /// The name as the source prints it.
    pub member: String,
    pub part: ReviewPart,
    pub source: String,
}

/// Everything the people files say, checked.
#[derive(Debug, Clone)]
pub struct People {
    pub roster: Roster,
    pub meetings: Vec<MeetingRecord>,
    pub country_rapporteurs: Vec<RapporteurRecord>,
    pub election_rules: Vec<ElectionRules>,
    pub election_interpretation: ElectionInterpretation,
    pub procedures: Vec<ProcedureRules>,
    pub general_comments: Vec<GeneralComment>,
}

impl People {
    pub fn election_rules(&self, committee: Committee) -> Option<&ElectionRules> {
        self.election_rules
            .iter()
            .find(|r| r.committee == committee)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ElectionsFile {
    interpretation: ElectionInterpretation,
    committee: Vec<ElectionRules>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommunicationsFile {
    procedure: Vec<ProcedureRules>,
}

/// Parse and check every people file against the registry; all or nothing.
pub fn load_people(sources: &PeopleSources, registry: &Registry) -> Result<People, DataError> {
    let elections: ElectionsFile = parse_toml(&sources.elections)?;
    for (i, rules) in elections.committee.iter().enumerate() {
        if elections.committee[..i]
            .iter()
            .any(|r| r.committee == rules.committee)
        {
            return Err(file_error(
                &sources.elections,
                format!("committee {} appears twice", rules.committee),
            ));
        }
    }
    let communications: CommunicationsFile = parse_toml(&sources.communications)?;
    check_procedures(&sources.communications, &communications.procedure, registry)?;
    let cmw_rules = elections
        .committee
        .iter()
        .find(|r| r.committee == Committee::Cmw)
        .ok_or_else(|| file_error(&sources.elections, "committee CMW is missing"))?;
    let roster = parse_members(
        &sources.members,
        &sources.casual_vacancies,
        registry,
        cmw_rules,
    )?;
    let meetings = parse_meetings(&sources.meetings)?;
    let country_rapporteurs = parse_rapporteurs(&sources.country_rapporteurs, registry)?;
    let general_comments = parse_general_comments(&sources.general_comments)?;
    Ok(People {
        roster,
        meetings,
        country_rapporteurs,
        election_rules: elections.committee,
        election_interpretation: elections.interpretation,
        procedures: communications.procedure,
        general_comments,
    })
}

fn file_error(source: &Source, message: impl Into<String>) -> DataError {
    DataError::File {
        file: source.name.clone(),
        message: message.into(),
    }
}

fn parse_toml<T: serde::de::DeserializeOwned>(source: &Source) -> Result<T, DataError> {
    toml::from_str(&source.text).map_err(|error| {
        let (line, column) = error
            .span()
            .map(|span| {
                let before = &source.text[..span.start.min(source.text.len())];
                let line = before.matches('\n').count() + 1;
                let column = before
                    .rfind('\n')
                    .map_or(before.len(), |nl| before.len() - nl - 1)
                    + 1;
                (line as u64, column)
            })
            .unwrap_or((0, 0));
        DataError::invalid(
            Location {
                file: source.name.clone(),
                line,
                column: Some(column),
                field: None,
            },
            error.message().to_string(),
        )
    })
}

/// Each procedure must exist in the catalogue under its instrument, for its committee.
fn check_procedures(
    source: &Source,
    procedures: &[ProcedureRules],
    registry: &Registry,
) -> Result<(), DataError> {
    for rules in procedures {
        let instrument = registry
            .catalogue()
            .instrument(rules.instrument.as_str())
            .ok_or_else(|| {
                file_error(
                    source,
                    format!("unknown instrument \"{}\"", rules.instrument),
                )
            })?;
        if instrument.committee != rules.committee {
            return Err(file_error(
                source,
                format!(
                    "{} is monitored by {}, not {}",
                    rules.instrument, instrument.committee, rules.committee
                ),
            ));
        }
        if !instrument
            .procedures
            .iter()
            .any(|p| p.article == rules.article)
        {
            return Err(file_error(
                source,
                format!(
                    "{} has no procedure under art. {} in data/catalogue.toml",
                    rules.instrument, rules.article
                ),
            ));
        }
    }
    Ok(())
}

/// State names the sources use that neither ISO nor UNTC uses any more.
const STATE_ALIASES: [(&str, &str); 1] = [
    // The UN's short name until June 2022 (HR/5008 writes "Turkey").
    ("Turkey", "TUR"),
];

fn state_code(row: &Row, column: &str, registry: &Registry) -> Result<ParticipantCode, DataError> {
    let name = row.required(column)?;
    if let Some((_, code)) = STATE_ALIASES.iter().find(|(alias, _)| *alias == name) {
        return Ok(ParticipantCode::parse(code).expect("aliases are valid codes"));
    }
    registry
        .find_participant(name)
        .map(|p| p.code.clone())
        .ok_or_else(|| row.error(column, format!("unknown State \"{name}\"")))
}

fn committee(row: &Row, column: &str) -> Result<Committee, DataError> {
    row.required(column)?
        .parse()
        .map_err(|e: pacta_core::committee::UnknownCommittee| row.error(column, e.to_string()))
}

fn optional_number(row: &Row, column: &str) -> Result<Option<u32>, DataError> {
    row.optional(column)
        .map(|text| {
            text.parse()
                .map_err(|_| row.error(column, format!("invalid number \"{text}\"")))
        })
        .transpose()
}

/// The number in "4th meeting", "34th session" … after `before` words.
fn ordinal_before(text: &str, noun: &str) -> Option<u32> {
    let at = text.find(noun)?;
    let word = text[..at].split_whitespace().last()?;
    word.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// The name without a parenthetical note ("Diallo (first name not in this source)").
fn name_of(text: &str) -> &str {
    text.split(" (").next().unwrap_or(text).trim()
}

/// A member's identity across rows: nationality and folded family name (the last word).
fn identity(
    name: &str,
    nationality: Option<&ParticipantCode>,
) -> Option<(ParticipantCode, String)> {
    let family = fold(name).split(' ').next_back()?.to_string();
    Some((nationality?.clone(), family))
}

fn parse_members(
    source: &Source,
    vacancies: &Source,
    registry: &Registry,
    rules: &ElectionRules,
) -> Result<Roster, DataError> {
    let columns = [
        "name",
        "nationality",
        "role",
        "term_expires",
        "term_expires_basis",
        "event",
        "event_date",
        "votes",
        "source",
    ];
    let term_years = registry.catalogue().committee(Committee::Cmw).term_years;
    let table = Table::parse(source, &columns)?;
    let mut members: Vec<Member> = Vec::new();
    let mut index: HashMap<(ParticipantCode, String), usize> = HashMap::new();
    let mut terms: Vec<Term> = Vec::new();
    let mut offices: Vec<(OfficeHolding, Location)> = Vec::new();
    for row in table.rows() {
        let name = name_of(row.required("name")?).to_string();
        let nationality = row
            .optional("nationality")
            .map(|_| state_code(&row, "nationality", registry))
            .transpose()?;
        let role = row.required("role")?;
        let event = row.text("event");
        let event_date = row.date("event_date")?;
        let source_text = row.required("source")?.to_string();
        if role != "member" {
            let (office_text, qualifier) = role
                .split_once(" (")
                .map_or((role, ""), |(o, q)| (o, q.trim_end_matches(')')));
            let office = Office::parse(office_text)
                .ok_or_else(|| row.error("role", format!("unknown role \"{role}\"")))?;
            offices.push((
                OfficeHolding {
                    committee: Committee::Cmw,
                    office,
                    holder: name,
                    member: None,
                    elected_on: event_date,
                    session: ordinal_before(qualifier, "session"),
                    elected: qualifier.starts_with("elected"),
                    source: source_text,
                },
                row.location("role"),
            ));
            continue;
        }
        let member = match identity(&name, nationality.as_ref()).and_then(|key| index.get(&key)) {
            Some(&found) => {
                let known = &mut members[found];
                if known.name != name && !known.other_spellings.contains(&name) {
                    known
                        .other_spellings
                        .push(std::mem::replace(&mut known.name, name));
                }
                found
            }
            None => {
                members.push(Member {
                    name: name.clone(),
                    other_spellings: Vec::new(),
                    nationality: nationality.clone(),
                    nationality_basis: nationality.as_ref().map(|_| Basis::Stated),
                    languages: Vec::new(),
                });
                if let Some(key) = identity(&name, nationality.as_ref()) {
                    index.insert(key, members.len() - 1);
                }
                members.len() - 1
            }
        };
        let term_rule = format!(
            "four-year term ({}) ending on 31 December",
            registry.catalogue().committee(Committee::Cmw).term_source
        );
        let (start, start_basis, end, end_basis) = match (row.date("term_expires")?, event_date) {
            (Some(end), _) => {
                let basis = row.text("term_expires_basis");
                let end_basis = if basis.starts_with("stated") {
                    Basis::Stated
                } else {
                    Basis::Derived(basis.to_string())
                };
                (
                    term_start_from_end(end, term_years),
                    Basis::Derived(term_rule),
                    end,
                    end_basis,
                )
            }
            (None, Some(elected_on)) if event.contains("elected") => {
                let (start, end) = term_after_election(elected_on, term_years);
                let basis = Basis::Derived(format!(
                    "elected on {elected_on}: {term_rule}, from the next 1 January"
                ));
                (start, basis.clone(), end, basis)
            }
            _ => {
                return Err(row.error(
                    "term_expires",
                    "neither a term end nor an election date: the term cannot be placed",
                ));
            }
        };
        let origin = if event.starts_with("listed as continuing") {
            TermOrigin::Continuing {
                listed_on: event_date,
            }
        } else {
            TermOrigin::Elected {
                meeting: ordinal_before(event, "meeting"),
                on: event_date,
                votes: optional_number(&row, "votes")?,
                round: event.contains("second ballot").then_some(2),
            }
        };
        terms.push(Term {
            member,
            committee: Committee::Cmw,
            start,
            start_basis,
            end,
            end_basis,
            vacated: None,
            origin,
            nominated_by: nationality.map(|code| {
                (
                    code,
                    Basis::Derived(
                        "each State party nominates one of its own nationals (CMW art. 72(2)(a))"
                            .into(),
                    ),
                )
            }),
            source: source_text,
        });
    }
    apply_casual_vacancies(vacancies, &mut members, &mut terms, rules)?;
    let roster = Roster::new(members.clone(), terms.clone(), Vec::new())
        .map_err(|e| file_error(source, e.to_string()))?;
    let offices = offices
        .into_iter()
        .map(|(mut holding, _)| {
            if let [only] = roster.find_by_name(&holding.holder)[..] {
                holding.member = Some(only);
            }
            holding
        })
        .collect();
    Roster::new(members, terms, offices).map_err(|e| file_error(source, e.to_string()))
}

/// Apply data/cmw_casual_vacancies.csv with the treaty's rule (CMW art. 72(6)).
fn apply_casual_vacancies(
    source: &Source,
    members: &mut Vec<Member>,
    terms: &mut Vec<Term>,
    rules: &ElectionRules,
) -> Result<(), DataError> {
    let columns = [
        "committee",
        "approved_on",
        "session",
        "appointee",
        "replaces",
        "source",
    ];
    let table = Table::parse(source, &columns)?;
    for row in table.rows() {
        if committee(&row, "committee")? != Committee::Cmw {
            return Err(row.error("committee", "only CMW vacancies are supported"));
        }
        let approved_on = row
            .date("approved_on")?
            .ok_or_else(|| row.error("approved_on", "value is missing"))?;
        let replaces = fold(row.required("replaces")?);
        let found: Vec<usize> = terms
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.covers(approved_on)
                    && fold(&members[t.member].name).split(' ').next_back()
                        == Some(replaces.as_str())
            })
            .map(|(i, _)| i)
            .collect();
        let [vacated] = found[..] else {
            return Err(row.error(
                "replaces",
                format!(
                    "{} terms of a member called \"{}\" cover {approved_on} (expected one)",
                    found.len(),
                    row.text("replaces")
                ),
            ));
        };
        let (start, end, nominating) =
            election::casual_vacancy(rules, &terms[vacated], None, approved_on)
                .map_err(|e| row.error("replaces", e.to_string()))?;
        let last_day = approved_on
            .checked_sub(1.day())
            .expect("approval dates are far from jiff's limits");
        let source_text = row.required("source")?.to_string();
        terms[vacated].vacated = Some(Vacated {
            last_day,
            basis: Basis::Derived(format!(
                "the seat was vacated before the appointee's approval on {approved_on}; the day is not in the source"
            )),
        });
        let replacing = terms[vacated].member;
        members.push(Member {
            name: row.required("appointee")?.to_string(),
            other_spellings: Vec::new(),
            nationality: Some(nominating.clone()),
            nationality_basis: Some(Basis::Derived(
                "the nominating State appoints one of its own nationals (CMW art. 72(6))".into(),
            )),
            languages: Vec::new(),
        });
        let rule = rules
            .casual_vacancy_source
            .clone()
            .unwrap_or_else(|| "CMW art. 72(6)".into());
        terms.push(Term {
            member: members.len() - 1,
            committee: Committee::Cmw,
            start,
            start_basis: Basis::Derived(format!("from the Committee's approval ({rule})")),
            end,
            end_basis: Basis::Derived(format!("the remaining part of the term ({rule})")),
            vacated: None,
            origin: TermOrigin::Appointed {
                replacing,
                approved_on: Some(approved_on),
            },
            nominated_by: Some((
                nominating,
                Basis::Derived(
                    "the State that nominated the member replaced (CMW art. 72(6))".into(),
                ),
            )),
            source: source_text,
        });
    }
    Ok(())
}

fn parse_meetings(source: &Source) -> Result<Vec<MeetingRecord>, DataError> {
    let columns = [
        "committee",
        "meeting",
        "date",
        "seats",
        "seats_basis",
        "parties_stated",
        "present_and_voting",
        "source",
    ];
    let table = Table::parse(source, &columns)?;
    table
        .rows()
        .map(|row| {
            Ok(MeetingRecord {
                committee: committee(&row, "committee")?,
                meeting: row.number("meeting")?,
                date: row.date("date")?,
                seats: optional_number(&row, "seats")?,
                seats_basis: row.optional("seats_basis").map(str::to_string),
                parties_stated: optional_number(&row, "parties_stated")?,
                present_and_voting: optional_number(&row, "present_and_voting")?,
                source: row.required("source")?.to_string(),
            })
        })
        .collect()
}

fn parse_rapporteurs(
    source: &Source,
    registry: &Registry,
) -> Result<Vec<RapporteurRecord>, DataError> {
    let columns = ["committee", "session", "iso3", "member", "part", "source"];
    let table = Table::parse(source, &columns)?;
    table
        .rows()
        .map(|row| {
            let iso3 = row.required("iso3")?;
            let state = ParticipantCode::parse(iso3)
                .filter(|code| registry.participant(code).is_some())
                .ok_or_else(|| row.error("iso3", format!("unknown State \"{iso3}\"")))?;
            let part = match row.required("part")? {
                "rapporteur" => ReviewPart::Rapporteur,
                "withdrew" => ReviewPart::Withdrew,
                other => {
                    return Err(row.error(
                        "part",
                        format!("unknown part \"{other}\" (expected rapporteur or withdrew)"),
                    ));
                }
            };
            Ok(RapporteurRecord {
                committee: committee(&row, "committee")?,
                session: row.number("session")?,
                state,
                member: row.required("member")?.to_string(),
                part,
                source: row.required("source")?.to_string(),
            })
        })
        .collect()
}

fn parse_parts(row: &Row) -> Result<Vec<Part>, DataError> {
    row.required("parts")?
        .split(';')
        .map(|part| {
            let (committee, number) = part.trim().split_once(' ').ok_or_else(|| {
                row.error("parts", format!("\"{part}\" is not \"COMMITTEE NUMBER\""))
            })?;
            Ok(Part {
                committee: committee.parse().map_err(
                    |e: pacta_core::committee::UnknownCommittee| row.error("parts", e.to_string()),
                )?,
                number: number
                    .parse()
                    .map_err(|_| row.error("parts", format!("invalid number \"{number}\"")))?,
            })
        })
        .collect()
}

fn parse_general_comments(source: &Source) -> Result<Vec<GeneralComment>, DataError> {
    let columns = [
        "parts",
        "title",
        "subject",
        "symbol",
        "symbol_basis",
        "document_date",
        "status",
        "status_by",
        "status_year",
        "status_session",
        "status_source",
        "note",
    ];
    let table = Table::parse(source, &columns)?;
    let mut comments: Vec<GeneralComment> = Vec::new();
    for row in table.rows() {
        let parts = parse_parts(&row)?;
        let status = Status::parse(row.required("status")?).ok_or_else(|| {
            row.error(
                "status",
                format!(
                    "unknown status \"{}\" (expected draft, provisionally_adopted or adopted)",
                    row.text("status")
                ),
            )
        })?;
        let year = row
            .optional("status_year")
            .map(|text| {
                text.parse::<i16>()
                    .map_err(|_| row.error("status_year", format!("invalid year \"{text}\"")))
            })
            .transpose()?;
        let on = row.date("status_by")?;
        if on.is_none() && year.is_none() {
            return Err(row.error("status_by", "a status needs a date or a year"));
        }
        let session = row
            .optional("status_session")
            .map(|text| {
                let (committee, number) = text.split_once(' ').unwrap_or((text, ""));
                Ok((
                    committee
                        .parse()
                        .map_err(|e: pacta_core::committee::UnknownCommittee| {
                            row.error("status_session", e.to_string())
                        })?,
                    number.parse().map_err(|_| {
                        row.error(
                            "status_session",
                            format!("\"{text}\" is not \"COMMITTEE NUMBER\""),
                        )
                    })?,
                ))
            })
            .transpose()?;
        let symbol_basis = row
            .optional("symbol_basis")
            .map(|text| match text {
                "read" => Ok(SymbolBasis::Read),
                "third_party_copy" => Ok(SymbolBasis::ThirdPartyCopy),
                "pattern" => Ok(SymbolBasis::Pattern),
                other => Err(row.error(
                    "symbol_basis",
                    format!(
                        "unknown basis \"{other}\" (expected read, third_party_copy or pattern)"
                    ),
                )),
            })
            .transpose()?;
        let event = StatusEvent {
            status,
            on,
            year,
            session,
            source: row.required("status_source")?.to_string(),
        };
        let index = match comments.iter().position(|gc| gc.parts == parts) {
            Some(index) => index,
            None => {
                comments.push(GeneralComment {
                    parts,
                    title: None,
                    subject: None,
                    symbol: None,
                    symbol_basis: None,
                    document_date: None,
                    history: Vec::new(),
                    paragraphs: Vec::new(),
                    notes: Vec::new(),
                });
                comments.len() - 1
            }
        };
        let gc = &mut comments[index];
        let set = |slot: &mut Option<String>, column: &str| -> Result<(), DataError> {
            if let Some(text) = row.optional(column) {
                if slot.as_deref().is_some_and(|known| known != text) {
                    return Err(row.error(column, "differs from an earlier row of the same text"));
                }
                *slot = Some(text.to_string());
            }
            Ok(())
        };
        set(&mut gc.title, "title")?;
        set(&mut gc.subject, "subject")?;
        if let Some(text) = row.optional("symbol") {
            let symbol = Symbol::parse(text).map_err(|e| row.error("symbol", e.to_string()))?;
            if gc.symbol.as_ref().is_some_and(|known| *known != symbol) {
                return Err(row.error("symbol", "differs from an earlier row of the same text"));
            }
            gc.symbol = Some(symbol);
            if !gc.symbol_matches_parts() {
                return Err(row.error(
                    "symbol",
                    format!("{text} does not name the parts \"{}\"", row.text("parts")),
                ));
            }
        }
        if symbol_basis.is_some() {
            gc.symbol_basis = symbol_basis;
        }
        if let Some(date) = row.date("document_date")? {
            gc.document_date = Some(date);
        }
        if let Some(note) = row.optional("note") {
            gc.notes.push(note.to_string());
        }
        gc.history.push(event);
    }
    for gc in &mut comments {
        gc.history.sort_by_key(|e| (e.certain_from(), e.status));
    }
    Ok(comments)
}

/// Members a user supplies for a rapporteur proposal (`pacta rapporteurs suggest --roster`):
/// a CSV with `name`, `nationality` (ISO alpha-3 or a name), `languages` (separated by
/// `;`) and `earlier_reviews` (a count; may be empty).
pub fn parse_roster(source: &Source, registry: &Registry) -> Result<Vec<Candidate>, DataError> {
    let table = Table::parse(
        source,
        &["name", "nationality", "languages", "earlier_reviews"],
    )?;
    table
        .rows()
        .map(|row| {
            let nationality = row
                .optional("nationality")
                .map(|_| state_code(&row, "nationality", registry))
                .transpose()?;
            Ok(Candidate {
                name: row.required("name")?.to_string(),
                nominated_by: nationality.clone(),
                nationality,
                languages: row
                    .text("languages")
                    .split(';')
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect(),
                earlier_reviews: optional_number(&row, "earlier_reviews")?.unwrap_or(0),
            })
        })
        .collect()
}

/// The rules of a committee's procedure under `article` (`CMW`, `"77"`).
pub fn procedure_rules<'a>(
    people: &'a People,
    committee: Committee,
    article: &str,
) -> Option<&'a ProcedureRules> {
    people
        .procedures
        .iter()
        .find(|p| p.committee == committee && p.article == article)
}

/// Ballot figures a user supplies (`pacta election --ballots FILE`): a CSV with `round`
/// (1, 2, …), `nominee`, `nominated_by` (optional), `votes`, `present_and_voting` and
/// `present` (optional; the same in every row of a round), one row per nominee and round.
pub fn parse_ballots(
    source: &Source,
    registry: &Registry,
) -> Result<(Vec<Nominee>, Vec<Round>), DataError> {
    let columns = [
        "round",
        "nominee",
        "nominated_by",
        "votes",
        "present_and_voting",
        "present",
    ];
    let table = Table::parse(source, &columns)?;
    let mut nominees: Vec<Nominee> = Vec::new();
    let mut rounds: Vec<Round> = Vec::new();
    for row in table.rows() {
        let number = row.number("round")? as usize;
        if number == 0 || number > rounds.len() + 1 {
            return Err(row.error(
                "round",
                format!("round {number} follows round {}", rounds.len()),
            ));
        }
        let present_and_voting = row.number("present_and_voting")?;
        let present = optional_number(&row, "present")?;
        if number == rounds.len() + 1 {
            rounds.push(Round {
                present,
                present_and_voting,
                votes: Vec::new(),
            });
        }
        let round = &mut rounds[number - 1];
        if round.present_and_voting != present_and_voting || round.present != present {
            return Err(row.error(
                "present_and_voting",
                format!("differs from the first row of round {number}"),
            ));
        }
        let name = row.required("nominee")?;
        let nominated_by = row
            .optional("nominated_by")
            .map(|_| state_code(&row, "nominated_by", registry))
            .transpose()?;
        let nominee = match nominees.iter().position(|n| n.name == name) {
            Some(found) => found,
            None => {
                nominees.push(Nominee {
                    name: name.to_string(),
                    nominated_by,
                });
                nominees.len() - 1
            }
        };
        round.votes.push((nominee, row.number("votes")?));
    }
    Ok((nominees, rounds))
}
