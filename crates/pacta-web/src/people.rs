//! The public people registers on the portal and under `/api/v1/`: a committee's members
//! on a date (with the country rapporteurs of its past reviews), its elections at meetings
//! of States parties, its general comments (listed or searched) and its optional
//! procedures.
//!
//! Every figure comes from `pacta-core` (`member`, `election`, `general_comment`,
//! `procedure`) over the data `pacta_data::people` loads, reached through
//! [`Scope::people`]; this module only lays the answers out, as `pacta members`,
//! `pacta election`, `pacta gc` and `pacta procedures` do. It holds no treaty rule and
//! invents no row: where the data is silent (the membership of every committee but the
//! CMW, and the CMW's after 2013) the answer says so. It deliberately leaves out the
//! confidential communications register (members and secretariat only), which is not
//! part of these registers.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::civil::Date;
use pacta_core::catalogue::{Acceptance, PartyCount};
use pacta_core::election::{self, ElectionRules, MajorityRule};
use pacta_core::general_comment::{self, GeneralComment, Status, SymbolBasis};
use pacta_core::member::{Basis, TermOrigin, solemn_declaration_session};
use pacta_core::procedure::{Operative, procedures_on};
use pacta_core::{Committee, ParticipantCode, Registry};
use pacta_data::people::ReviewPart;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use crate::api::{Csv, answer, cell, parse, resolve_committee};
use crate::error::{ApiError, ErrorEnvelope};
use crate::i18n::PageLang;
use crate::pages::{Chrome, PageError, PageResult, finish, html};
use crate::query::{self, Format};
use crate::state::AppState;
use crate::viewer::{Scope, Viewer};

/// The page routes (nested under every language prefix by the router).
pub(crate) fn page_routes() -> Router<AppState> {
    Router::new()
        .route("/committees/{code}/members", get(members_page))
        .route("/committees/{code}/elections", get(elections_page))
        .route(
            "/committees/{code}/general-comments",
            get(general_comments_page),
        )
        .route("/committees/{code}/procedures", get(procedures_page))
}

/// The API routes (under `/api/v1`).
pub(crate) fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/committees/{code}/members", get(list_members))
        .route("/committees/{code}/members.csv", get(list_members_csv))
        .route("/committees/{code}/elections", get(list_elections))
        .route(
            "/committees/{code}/general-comments",
            get(list_general_comments),
        )
        .route(
            "/committees/{code}/general-comments.csv",
            get(list_general_comments_csv),
        )
        .route("/committees/{code}/procedures", get(list_procedures))
}

/// The OpenAPI paths and schemas of this module, merged into the API's document.
#[derive(OpenApi)]
#[openapi(
    paths(
        list_members, list_members_csv, list_elections, list_general_comments,
        list_general_comments_csv, list_procedures,
    ),
    components(schemas(
        MembersView, MemberRow, OfficerRow, RapporteurRow, ElectionsView, ElectionRulesView,
        ElectionRow, GeneralCommentsView, GeneralCommentRow, GcPart, ProceduresView,
        ProcedureRow, DeclarationRow,
    )),
    tags((name = "people", description = "Members, elections, country rapporteurs, general comments and optional procedures (public registers; membership partial: CMW)"))
)]
pub(crate) struct PeopleApi;

/// The general comments' query: a date, a search and the format.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GcQuery {
    pub(crate) on: Option<String>,
    /// Words to find (word starts, no case or accents) in titles, subjects, symbols, notes.
    pub(crate) q: Option<String>,
    pub(crate) format: Option<Format>,
}

// ---------------------------------------------------------------------------------------
// The views (what the API answers and the pages show).
// ---------------------------------------------------------------------------------------

/// A member seated on the date, with the term that seats them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MemberRow {
    pub name: String,
    /// ISO 3166-1 alpha-3 code of the nationality, where known.
    pub nationality: Option<String>,
    /// The State's name (UNTC's English).
    pub nationality_name: Option<String>,
    /// The rule the nationality was derived by; absent when a source states it.
    pub nationality_derived: Option<String>,
    /// The UN regional group of the nationality.
    pub regional_group: Option<String>,
    pub term_start: Date,
    /// The rule the start was derived by (four-year terms ending on 31 December, CMW
    /// art. 72(5)(a)); absent when a source states it.
    pub term_start_derived: Option<String>,
    pub term_end: Date,
    pub term_end_derived: Option<String>,
    /// The last day served, when the member left before the end of the term.
    pub left_on: Option<Date>,
    /// `elected`, `continuing` (listed as a sitting member) or `appointed` (a casual
    /// vacancy, art. 72(6)).
    pub origin: String,
    /// How the term began, as the sources say (meeting, votes, round, member replaced).
    pub how: String,
    /// Offices the sources report this member holding (`Chair, session 40`).
    pub offices: Vec<String>,
    /// The session of the solemn declaration (rule 11 of CMW/C/2), where the data shows it.
    pub solemn_declaration_session: Option<u32>,
    pub source: String,
}

/// An office a source reports.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OfficerRow {
    /// Chair, Vice-Chair or Rapporteur.
    pub office: String,
    /// The name as the source prints it (often the family name only).
    pub holder: String,
    pub elected_on: Option<Date>,
    pub session: Option<u32>,
    /// Elected at that date or session; otherwise only reported in office there.
    pub elected: bool,
    /// The end of a two-year term of office run in full (art. 75(2)); derived.
    pub expected_until: Option<Date>,
    pub source: String,
}

/// A country rapporteur in a past review (or a member who withdrew from it), as the
/// summary records and UN meeting summaries name them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RapporteurRow {
    pub session: u32,
    pub state: String,
    pub state_name: String,
    /// The member's name as the source prints it.
    pub member: String,
    /// `rapporteur`, or `withdrew` (rule 12(1) of CMW/C/2).
    pub part: String,
    pub source: String,
}

/// A committee's members on a date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MembersView {
    pub committee: String,
    pub on: Date,
    /// The committee's size on the date (from the party count).
    pub membership: u32,
    /// The article that sets the size.
    pub membership_source: String,
    /// How many of the members the data names.
    pub in_data: usize,
    /// Whether the data names every member on the date.
    pub complete: bool,
    pub members: Vec<MemberRow>,
    pub officers: Vec<OfficerRow>,
    /// Country rapporteurs of past reviews, newest session first.
    pub rapporteurs: Vec<RapporteurRow>,
    pub notes: Vec<String>,
}

/// A committee's election rules, each with its article.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ElectionRulesView {
    /// `meeting_of_states_parties`, `conference_of_states_parties` or
    /// `economic_and_social_council`.
    pub elected_by: String,
    pub elected_by_source: String,
    pub place: Option<String>,
    pub time_zone: Option<String>,
    pub every_years: Option<u8>,
    pub every_years_source: Option<String>,
    /// The quorum as a fraction of the States parties (`2/3`).
    pub quorum: Option<String>,
    pub quorum_source: Option<String>,
    /// `most_votes_and_absolute_majority`.
    pub majority: Option<String>,
    pub majority_source: Option<String>,
    pub invitation_months_before: Option<u16>,
    pub nominations_within_months: Option<u16>,
    pub list_months_before: Option<u16>,
    pub deadlines_source: Option<String>,
    pub term_years: u8,
    pub term_source: String,
    pub distribution: Option<String>,
    pub distribution_source: Option<String>,
}

/// A meeting of States parties and what the treaty makes of its date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ElectionRow {
    pub meeting: u32,
    /// Absent when no source read gives the day (then nothing is computed).
    pub date: Option<Date>,
    /// States parties on the meeting date, from the UNTC ledger.
    pub parties: Option<u32>,
    /// `deposited` or `in_force`: which States count (data/elections.toml).
    pub parties_counted: Option<String>,
    /// The number of States parties the source gives.
    pub parties_stated: Option<u32>,
    pub quorum: Option<u32>,
    pub present_and_voting: Option<u32>,
    /// More than half of those present and voting (art. 72(4)).
    pub absolute_majority: Option<u32>,
    pub membership: Option<u32>,
    /// Seats to fill: terms expiring plus seats added by growth.
    pub seats: Option<u32>,
    pub seats_expiring: Option<u32>,
    pub seats_added: Option<u32>,
    /// The seats the source gives, and its words.
    pub seats_stated: Option<u32>,
    pub seats_basis: Option<String>,
    pub invitation_by: Option<Date>,
    pub nominations_by: Option<Date>,
    pub list_by: Option<Date>,
    pub term_start: Option<Date>,
    pub term_end: Option<Date>,
    pub solemn_declaration_session: Option<u32>,
    /// Members the data records as elected at this meeting (`name (ISO), N votes`).
    pub elected_in_data: Vec<String>,
    /// Whether the meeting is after the date asked about.
    pub upcoming: bool,
    pub source: String,
}

impl ElectionRow {
    /// The number of States parties the source gives, where it differs from the ledger's.
    pub(crate) fn stated_otherwise(&self) -> Option<u32> {
        self.parties_stated
            .filter(|stated| Some(*stated) != self.parties)
    }
}

/// A committee's elections.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ElectionsView {
    pub committee: String,
    pub on: Date,
    pub rules: Option<ElectionRulesView>,
    pub meetings: Vec<ElectionRow>,
    pub notes: Vec<String>,
}

/// One committee's number for a text.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GcPart {
    pub committee: String,
    pub number: u32,
}

/// A general comment (general recommendation for CERD and CEDAW), single or joint.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GeneralCommentRow {
    /// `general comment No. 6 (CMW)`; `joint general comment No. 3 (CMW) / general
    /// comment No. 22 (CRC)`.
    pub name: String,
    /// In the order of the joint symbol.
    pub parts: Vec<GcPart>,
    pub joint: bool,
    pub title: Option<String>,
    /// The subject, where the title is not confirmed.
    pub subject: Option<String>,
    /// `CMW/C/GC/3-CRC/C/GC/22`; absent when not confirmed.
    pub symbol: Option<String>,
    /// `read`, `third_party_copy` or `pattern` (built, not seen on a document).
    pub symbol_basis: Option<String>,
    pub document_date: Option<Date>,
    /// `draft`, `provisionally_adopted` or `adopted` on the date; absent before the first.
    pub status: Option<String>,
    pub status_date: Option<Date>,
    pub status_year: Option<i16>,
    /// The session of that status (`CMW 40`).
    pub status_session: Option<String>,
    pub status_source: Option<String>,
    /// Where a search matched (`title`, `symbol`, `note` …).
    pub matched_in: Vec<String>,
    pub notes: Vec<String>,
}

/// A committee's general comments, or those matching a search.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GeneralCommentsView {
    pub committee: String,
    pub on: Date,
    pub query: Option<String>,
    pub count: usize,
    pub general_comments: Vec<GeneralCommentRow>,
    pub notes: Vec<String>,
}

/// A State's declaration accepting a procedure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeclarationRow {
    pub state: String,
    pub name: String,
    /// Absent where UNTC prints no date.
    pub date: Option<Date>,
}

/// An optional procedure on the date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProcedureRow {
    pub instrument: String,
    pub article: String,
    pub name: String,
    /// `declaration` or `party` (being a party to the instrument).
    pub accepted_by: String,
    /// Declarations needed before it operates (CMW art. 77(8): ten).
    pub threshold: Option<u32>,
    /// Declarations made on or before the date (procedures accepted by declaration).
    pub declarations_count: Option<usize>,
    /// `yes`, `no` or `unknown` (the declarations are not in the data).
    pub operative: String,
    pub declarations: Vec<DeclarationRow>,
    pub source: String,
    /// Months the State has to reply to a transmitted communication.
    pub reply_months: Option<u16>,
    pub reply_set_by_committee: bool,
    pub reply_source: Option<String>,
}

/// A committee's optional procedures on a date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProceduresView {
    pub committee: String,
    pub on: Date,
    /// Declarations are UNTC's as at this date.
    pub data_as_at: Date,
    pub procedures: Vec<ProcedureRow>,
    pub notes: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// Layout: core answers into views.
// ---------------------------------------------------------------------------------------

fn state_name(registry: &Registry, code: &ParticipantCode) -> String {
    registry
        .participant(code)
        .map_or(code.to_string(), |p| p.display_name().to_string())
}

fn derived(basis: &Basis) -> Option<String> {
    match basis {
        Basis::Stated => None,
        Basis::Derived(rule) => Some(rule.clone()),
    }
}

fn members_source(registry: &Registry, committee: Committee) -> String {
    let info = registry.catalogue().committee(committee);
    info.grows
        .as_ref()
        .map_or(info.members_source.clone(), |g| g.source.clone())
}

/// The members seated on `on`, the officers and the country rapporteurs the data holds.
pub(crate) fn members(scope: &Scope, committee: Committee, on: Date) -> MembersView {
    let people = scope.people();
    let registry = scope.registry();
    let membership = registry.membership_on(committee, on);
    let sessions: Vec<_> = scope
        .records()
        .sessions
        .iter()
        .filter(|s| s.committee == committee)
        .cloned()
        .collect();
    let offices = people.roster.offices_known(committee);
    let members: Vec<MemberRow> = people
        .roster
        .seated_on(committee, on)
        .into_iter()
        .map(|seat| {
            let term = seat.term;
            let member = seat.member;
            MemberRow {
                name: member.name.clone(),
                nationality: member.nationality.as_ref().map(ToString::to_string),
                nationality_name: member.nationality.as_ref().map(|c| state_name(registry, c)),
                nationality_derived: member.nationality_basis.as_ref().and_then(derived),
                regional_group: member
                    .nationality
                    .as_ref()
                    .and_then(|c| registry.participant(c))
                    .and_then(|p| p.regional_group)
                    .map(|g| g.slug().to_string()),
                term_start: term.start,
                term_start_derived: derived(&term.start_basis),
                term_end: term.end,
                term_end_derived: derived(&term.end_basis),
                left_on: (term.last_day() != term.end).then(|| term.last_day()),
                origin: match term.origin {
                    TermOrigin::Elected { .. } => "elected",
                    TermOrigin::Continuing { .. } => "continuing",
                    TermOrigin::Appointed { .. } => "appointed",
                }
                .to_string(),
                how: term.origin.describe(&people.roster),
                offices: offices
                    .iter()
                    .filter(|o| o.member == Some(seat.member_index))
                    .map(|o| match o.session {
                        Some(n) => format!("{}, session {n}", o.office.as_str()),
                        None => o.office.as_str().to_string(),
                    })
                    .collect(),
                solemn_declaration_session: matches!(term.origin, TermOrigin::Elected { .. })
                    .then(|| solemn_declaration_session(term.start, &sessions).map(|s| s.number))
                    .flatten(),
                source: term.source.clone(),
            }
        })
        .collect();
    let officers = offices
        .iter()
        .map(|o| OfficerRow {
            office: o.office.as_str().to_string(),
            holder: o.holder.clone(),
            elected_on: o.elected_on,
            session: o.session,
            elected: o.elected,
            expected_until: o.expected_until(),
            source: o.source.clone(),
        })
        .collect();
    let mut rapporteurs: Vec<RapporteurRow> = people
        .country_rapporteurs
        .iter()
        .filter(|r| r.committee == committee)
        .map(|r| RapporteurRow {
            session: r.session,
            state: r.state.to_string(),
            state_name: state_name(registry, &r.state),
            member: r.member.clone(),
            part: match r.part {
                ReviewPart::Rapporteur => "rapporteur",
                ReviewPart::Withdrew => "withdrew",
            }
            .to_string(),
            source: r.source.clone(),
        })
        .collect();
    rapporteurs.sort_by_key(|r| std::cmp::Reverse(r.session));
    let in_data = members.len();
    let mut notes = Vec::new();
    if committee != Committee::Cmw {
        notes.push(format!(
            "no membership of {committee} is in the data; only the CMW's (partial) is bundled"
        ));
    } else if (in_data as u32) < membership {
        notes.push(format!(
            "partial: the data names {in_data} of the {membership} members on {on}. The CMW membership data covers 2008–2017 as far as the UN press releases of the 4th, 5th and 6th meetings of States parties go; the lists elected in 2015, 2017, 2019, 2021, 2023 and 2025 were not found, and after 2013 only Can Ünver's 2024–2027 term is known (data/SOURCES.md)"
        ));
    }
    // A derived date or nationality carries its rule in its own field (`*_derived`), and
    // the page marks it; no note repeats it.
    if rapporteurs.is_empty() {
        notes.push(format!(
            "no country rapporteur of {committee} is in the data"
        ));
    } else {
        notes.push(
            "country rapporteurs: only those named in the sources read (data/cmw_country_rapporteurs.csv); no member takes part in the review of their own State (rule 12(1) of CMW/C/2)".to_string(),
        );
    }
    MembersView {
        committee: committee.to_string(),
        on,
        membership,
        membership_source: members_source(registry, committee),
        in_data,
        complete: in_data as u32 >= membership,
        members,
        officers,
        rapporteurs,
        notes,
    }
}

fn rules_view(registry: &Registry, rules: &ElectionRules) -> ElectionRulesView {
    let info = registry.catalogue().committee(rules.committee);
    ElectionRulesView {
        elected_by: serde_json::to_value(rules.elected_by)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        elected_by_source: rules.elected_by_source.clone(),
        place: rules.place.clone(),
        time_zone: rules.time_zone.clone(),
        every_years: rules.every_years,
        every_years_source: rules.every_years_source.clone(),
        quorum: rules
            .quorum
            .map(|f| format!("{}/{}", f.numerator, f.denominator)),
        quorum_source: rules.quorum_source.clone(),
        majority: rules.majority.map(|m| match m {
            MajorityRule::MostVotesAndAbsoluteMajority => {
                "most_votes_and_absolute_majority".to_string()
            }
        }),
        majority_source: rules.majority_source.clone(),
        invitation_months_before: rules.invitation_months_before,
        nominations_within_months: rules.nominations_within_months,
        list_months_before: rules.list_months_before,
        deadlines_source: rules.deadlines_source.clone(),
        term_years: info.term_years,
        term_source: info.term_source.clone(),
        distribution: rules.distribution.clone(),
        distribution_source: rules.distribution_source.clone(),
    }
}

/// The election rules and each recorded meeting of States parties, planned through
/// `election::plan` from its date (as `pacta election --meeting N`).
pub(crate) fn elections(scope: &Scope, committee: Committee, on: Date) -> ElectionsView {
    let people = scope.people();
    let registry = scope.registry();
    let rules = people.election_rules(committee);
    let sessions: Vec<_> = scope
        .records()
        .sessions
        .iter()
        .filter(|s| s.committee == committee)
        .cloned()
        .collect();
    let mut notes = Vec::new();
    let mut meetings: Vec<ElectionRow> = people
        .meetings
        .iter()
        .filter(|m| m.committee == committee)
        .map(|m| {
            let plan = match (rules, m.date) {
                (Some(rules), Some(date)) => Some(election::plan(
                    registry,
                    rules,
                    &people.election_interpretation,
                    date,
                )),
                _ => None,
            };
            let mut elected_in_data = people
                .roster
                .terms()
                .iter()
                .filter(|t| t.committee == committee)
                .filter_map(|t| match &t.origin {
                    TermOrigin::Elected { meeting, votes, .. } if *meeting == Some(m.meeting) => {
                        let member = &people.roster.members()[t.member];
                        Some((
                            *votes,
                            format!(
                                "{}{}{}",
                                member.name,
                                member
                                    .nationality
                                    .as_ref()
                                    .map(|c| format!(" ({c})"))
                                    .unwrap_or_default(),
                                votes.map(|v| format!(", {v} votes")).unwrap_or_default()
                            ),
                        ))
                    }
                    _ => None,
                })
                .collect::<Vec<_>>();
            elected_in_data.sort_by_key(|(votes, _)| std::cmp::Reverse(*votes));
            let seats = plan.as_ref().and_then(|p| p.seats.clone());
            let deadline = |pick: fn(&election::Deadlines) -> &Option<election::Deadline>| {
                plan.as_ref()
                    .and_then(|p| pick(&p.deadlines).as_ref().map(|d| d.date))
            };
            if m.date.is_none() {
                notes.push(format!(
                    "meeting {}: its date is not in the sources read, so nothing is computed for it",
                    m.meeting
                ));
            }
            if let (Some(plan), Some(stated)) = (&plan, m.parties_stated)
                && stated != plan.parties
            {
                notes.push(format!(
                    "meeting {}: the source states {stated} States parties; the ledger counts {} on {}",
                    m.meeting, plan.parties, plan.meeting
                ));
            }
            ElectionRow {
                meeting: m.meeting,
                date: m.date,
                parties: plan.as_ref().map(|p| p.parties),
                parties_counted: plan.as_ref().map(|p| {
                    match p.counted {
                        PartyCount::Deposited => "deposited",
                        PartyCount::InForce => "in_force",
                    }
                    .to_string()
                }),
                parties_stated: m.parties_stated,
                quorum: plan.as_ref().and_then(|p| p.quorum),
                present_and_voting: m.present_and_voting,
                absolute_majority: m.present_and_voting.map(election::absolute_majority),
                membership: plan.as_ref().map(|p| p.membership),
                seats: seats.as_ref().map(|s| s.total),
                seats_expiring: seats.as_ref().map(|s| s.expiring),
                seats_added: seats.as_ref().map(|s| s.added),
                seats_stated: m.seats,
                seats_basis: m.seats_basis.clone(),
                invitation_by: deadline(|d| &d.invitation_by),
                nominations_by: deadline(|d| &d.nominations_by),
                list_by: deadline(|d| &d.list_by),
                term_start: plan.as_ref().map(|p| p.term.0),
                term_end: plan.as_ref().map(|p| p.term.1),
                solemn_declaration_session: plan
                    .as_ref()
                    .and_then(|p| solemn_declaration_session(p.term.0, &sessions))
                    .map(|s| s.number),
                elected_in_data: elected_in_data.into_iter().map(|(_, e)| e).collect(),
                upcoming: m.date.is_some_and(|d| d > on),
                source: m.source.clone(),
            }
        })
        .collect();
    meetings.sort_by_key(|m| std::cmp::Reverse(m.meeting));
    if rules.is_none() {
        notes.push(format!(
            "no election rules for {committee} in data/elections.toml"
        ));
    }
    if meetings.is_empty() {
        notes.push(format!(
            "no meeting of {committee}'s States parties is in the data"
        ));
    } else {
        notes.push(
            "only the meetings the sources read report are listed (data/cmw_meetings_of_states_parties.csv); nominations are due by the date shown if the invitation goes out on the latest day allowed".to_string(),
        );
    }
    if committee == Committee::Cmw {
        notes.push(
            "States of origin and of employment (CMW art. 72(2)(a)) are not in the data: no source bundled with pacta classifies States parties that way".to_string(),
        );
    }
    ElectionsView {
        committee: committee.to_string(),
        on,
        rules: rules.map(|r| rules_view(registry, r)),
        meetings,
        notes,
    }
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Draft => "draft",
        Status::ProvisionallyAdopted => "provisionally_adopted",
        Status::Adopted => "adopted",
    }
}

fn gc_row(gc: &GeneralComment, on: Date, matched_in: Vec<String>) -> GeneralCommentRow {
    let status = gc.status_on(on);
    GeneralCommentRow {
        name: gc.name(),
        parts: gc
            .parts
            .iter()
            .map(|p| GcPart {
                committee: p.committee.to_string(),
                number: p.number,
            })
            .collect(),
        joint: gc.is_joint(),
        title: gc.title.clone(),
        subject: gc.subject.clone(),
        symbol: gc.symbol.as_ref().map(ToString::to_string),
        symbol_basis: gc.symbol_basis.map(|b| {
            match b {
                SymbolBasis::Read => "read",
                SymbolBasis::ThirdPartyCopy => "third_party_copy",
                SymbolBasis::Pattern => "pattern",
            }
            .to_string()
        }),
        document_date: gc.document_date,
        status: status.map(|e| status_word(e.status).to_string()),
        status_date: status.and_then(|e| e.on),
        status_year: status.and_then(|e| e.year),
        status_session: status
            .and_then(|e| e.session)
            .map(|(c, n)| format!("{c} {n}")),
        status_source: status.map(|e| e.source.clone()),
        matched_in,
        notes: gc.notes.clone(),
    }
}

/// A committee's general comments (joint texts count for both committees), or those
/// that match `q` through `general_comment::search` (as `pacta gc search`).
pub(crate) fn general_comments(
    scope: &Scope,
    committee: Committee,
    on: Date,
    q: Option<&str>,
) -> GeneralCommentsView {
    let all = &scope.people().general_comments;
    let ours = |gc: &GeneralComment| gc.parts.iter().any(|p| p.committee == committee);
    let query = q.map(str::trim).filter(|q| !q.is_empty());
    let rows: Vec<GeneralCommentRow> = match query {
        Some(q) => general_comment::search(all, q)
            .into_iter()
            .filter(|hit| ours(&all[hit.index]))
            .map(|hit| gc_row(&all[hit.index], on, hit.fields))
            .collect(),
        None => all
            .iter()
            .filter(|gc| ours(gc))
            .map(|gc| gc_row(gc, on, Vec::new()))
            .collect(),
    };
    let mut notes = Vec::new();
    if all.iter().any(ours) {
        notes.push(
            "no paragraph text is bundled: the search covers titles, subjects, symbols and notes only".to_string(),
        );
        notes.push(
            "symbols built from the pattern were not seen on a document; those read on a third-party copy only are marked so".to_string(),
        );
        if committee == Committee::Cmw {
            notes.push(
                "CMW general comment No. 2 is not in the sources read and is not registered"
                    .to_string(),
            );
        }
    } else {
        notes.push(format!(
            "no general comment of {committee} is in the data (data/general_comments.csv)"
        ));
    }
    GeneralCommentsView {
        committee: committee.to_string(),
        on,
        query: query.map(str::to_string),
        count: rows.len(),
        general_comments: rows,
        notes,
    }
}

/// The optional procedures of the committee's instruments on the date
/// (`procedure::procedures_on`, as `pacta procedures`).
pub(crate) fn procedures(scope: &Scope, committee: Committee, on: Date) -> ProceduresView {
    let registry = scope.registry();
    let people = scope.people();
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    for instrument in registry
        .catalogue()
        .instruments()
        .iter()
        .filter(|i| i.committee == committee)
    {
        for status in procedures_on(registry, instrument, on) {
            let rules = people
                .procedures
                .iter()
                .find(|p| p.instrument == instrument.code && p.article == status.article);
            let declarations: Vec<DeclarationRow> = status
                .declarations
                .iter()
                .map(|d| DeclarationRow {
                    state: d.participant.to_string(),
                    name: state_name(registry, &d.participant),
                    date: d.date,
                })
                .collect();
            if status.operative == Operative::No && status.acceptance == Acceptance::Declaration {
                notes.push(format!(
                    "{} art. {} ({}) is not operative on {on}: {} declaration(s) of the {} required ({})",
                    instrument.code,
                    status.article,
                    status.name,
                    declarations.len(),
                    status.threshold.unwrap_or(0),
                    status.source,
                ));
            }
            if status.operative == Operative::Unknown {
                notes.push(format!(
                    "{} art. {}: the declarations under this article are not in the data",
                    instrument.code, status.article
                ));
            }
            rows.push(ProcedureRow {
                instrument: instrument.code.to_string(),
                article: status.article.clone(),
                name: status.name.clone(),
                accepted_by: match status.acceptance {
                    Acceptance::Declaration => "declaration",
                    Acceptance::Party => "party",
                }
                .to_string(),
                threshold: status.threshold,
                declarations_count: (status.acceptance == Acceptance::Declaration)
                    .then_some(declarations.len()),
                operative: match status.operative {
                    Operative::Yes => "yes",
                    Operative::No => "no",
                    Operative::Unknown => "unknown",
                }
                .to_string(),
                declarations,
                source: status.source.clone(),
                reply_months: rules.and_then(|r| r.reply_months),
                reply_set_by_committee: rules.is_some_and(|r| r.reply_set_by_committee),
                reply_source: rules.map(|r| r.reply_source.clone()),
            });
        }
    }
    if rows.is_empty() {
        notes.push(format!(
            "the treaties {committee} monitors have no optional procedure in the data"
        ));
    }
    if on > registry.status_as_at() {
        notes.push(format!(
            "declarations are UNTC's as at {}; later ones are not in the data",
            registry.status_as_at()
        ));
    }
    ProceduresView {
        committee: committee.to_string(),
        on,
        data_as_at: registry.status_as_at(),
        procedures: rows,
        notes,
    }
}

// ---------------------------------------------------------------------------------------
// The API.
// ---------------------------------------------------------------------------------------

fn api_on(state: &AppState, on: &Option<String>) -> Result<Date, ApiError> {
    crate::api::on(state, on)
}

fn derived_word(rule: &Option<String>) -> String {
    if rule.is_some() { "derived" } else { "stated" }.to_string()
}

fn members_answer(
    state: &AppState,
    viewer: &Viewer,
    code: &str,
    q: &query::OnQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = api_on(state, &q.on)?;
    let committee = resolve_committee(code)?;
    let view = members(&scope, committee, on);
    Ok(answer(format, &view, || Csv {
        header: vec![
            "committee",
            "name",
            "nationality",
            "nationality_basis",
            "regional_group",
            "term_start",
            "term_start_basis",
            "term_end",
            "term_end_basis",
            "left_on",
            "origin",
            "how",
            "offices",
            "solemn_declaration_session",
            "source",
        ],
        rows: view
            .members
            .iter()
            .map(|m| {
                vec![
                    view.committee.clone(),
                    m.name.clone(),
                    cell(&m.nationality),
                    if m.nationality.is_some() {
                        derived_word(&m.nationality_derived)
                    } else {
                        String::new()
                    },
                    cell(&m.regional_group),
                    m.term_start.to_string(),
                    derived_word(&m.term_start_derived),
                    m.term_end.to_string(),
                    derived_word(&m.term_end_derived),
                    cell(&m.left_on),
                    m.origin.clone(),
                    m.how.clone(),
                    m.offices.join("; "),
                    cell(&m.solemn_declaration_session),
                    m.source.clone(),
                ]
            })
            .collect(),
    }))
}

/// The members of a committee on the date, with their terms and offices, and the country
/// rapporteurs of its past reviews. Partial: only the CMW's members are in the data, and
/// not all of them (the answer's `complete` and `notes` say so).
#[utoipa::path(get, path = "/api/v1/committees/{code}/members", tag = "people",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv (the members only)")),
    responses((status = 200, description = "The members", content((MembersView = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_members(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    members_answer(&state, &viewer, &code, &q, q.format.unwrap_or_default())
}

/// [`list_members`] as CSV: one row per member seated on the date.
#[utoipa::path(get, path = "/api/v1/committees/{code}/members.csv", tag = "people",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The members", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_members_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    members_answer(&state, &viewer, &code, &q, Format::Csv)
}

/// A committee's election rules (each with its article) and the meetings of States parties
/// in the data, with the States parties, quorum, seats, deadlines and term computed from
/// each meeting's date.
#[utoipa::path(get, path = "/api/v1/committees/{code}/elections", tag = "people",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD) meetings count as upcoming after; today by default")),
    responses((status = 200, description = "The elections", body = ElectionsView),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_elections(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: OnOnly = parse(&raw)?;
    let scope = viewer.scope(&state);
    let on = api_on(&state, &q.on)?;
    let committee = resolve_committee(&code)?;
    Ok(axum::Json(elections(&scope, committee, on)).into_response())
}

/// `?on=` alone (answers with no CSV form).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct OnOnly {
    on: Option<String>,
}

fn general_comments_answer(
    state: &AppState,
    viewer: &Viewer,
    code: &str,
    q: &GcQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = api_on(state, &q.on)?;
    let committee = resolve_committee(code)?;
    let view = general_comments(&scope, committee, on, q.q.as_deref());
    Ok(answer(format, &view, || Csv {
        header: vec![
            "name",
            "numbers",
            "symbol",
            "symbol_basis",
            "document_date",
            "status",
            "status_date",
            "status_year",
            "status_session",
            "title",
            "subject",
            "matched_in",
        ],
        rows: view
            .general_comments
            .iter()
            .map(|g| {
                vec![
                    g.name.clone(),
                    g.parts
                        .iter()
                        .map(|p| format!("{} {}", p.committee, p.number))
                        .collect::<Vec<_>>()
                        .join("; "),
                    cell(&g.symbol),
                    cell(&g.symbol_basis),
                    cell(&g.document_date),
                    cell(&g.status),
                    cell(&g.status_date),
                    cell(&g.status_year),
                    cell(&g.status_session),
                    cell(&g.title),
                    cell(&g.subject),
                    g.matched_in.join("; "),
                ]
            })
            .collect(),
    }))
}

/// A committee's general comments (joint texts count for both committees) with their
/// status on the date; with `q`, those whose title, subject, symbol or notes hold every
/// word (word starts, no case or accents).
#[utoipa::path(get, path = "/api/v1/committees/{code}/general-comments", tag = "people",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD) of the status; today by default"),
           ("q" = Option<String>, Query, description = "Words to find in titles, subjects, symbols and notes"),
           ("format" = Option<Format>, Query, description = "json (default) or csv")),
    responses((status = 200, description = "The general comments", content((GeneralCommentsView = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_general_comments(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: GcQuery = parse(&raw)?;
    general_comments_answer(&state, &viewer, &code, &q, q.format.unwrap_or_default())
}

/// [`list_general_comments`] as CSV.
#[utoipa::path(get, path = "/api/v1/committees/{code}/general-comments.csv", tag = "people",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD) of the status; today by default"),
           ("q" = Option<String>, Query, description = "Words to find in titles, subjects, symbols and notes")),
    responses((status = 200, description = "The general comments", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_general_comments_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: GcQuery = parse(&raw)?;
    general_comments_answer(&state, &viewer, &code, &q, Format::Csv)
}

/// The optional procedures of the treaties a committee monitors on the date: operative or
/// not, declarations made against the threshold, and the declaring States.
#[utoipa::path(get, path = "/api/v1/committees/{code}/procedures", tag = "people",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The procedures", body = ProceduresView),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_procedures(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: OnOnly = parse(&raw)?;
    let scope = viewer.scope(&state);
    let on = api_on(&state, &q.on)?;
    let committee = resolve_committee(&code)?;
    Ok(axum::Json(procedures(&scope, committee, on)).into_response())
}

// ---------------------------------------------------------------------------------------
// The pages.
// ---------------------------------------------------------------------------------------

/// `?on=` for a page (an empty field means today).
fn page_date(state: &AppState, on: Option<&str>) -> Result<Date, PageError> {
    query::date(on, state.today(), true).map_err(PageError::bad_request)
}

/// The committee a page names, and the chrome with its title and date.
fn page_chrome<'a>(
    state: &'a AppState,
    lang: PageLang,
    viewer: &Viewer,
    uri: &Uri,
    code: &str,
    on: Date,
    title_key: &'static str,
) -> Result<(Committee, Chrome<'a>), PageError> {
    let committee = resolve_committee(code).map_err(PageError::from_api)?;
    let mut c = Chrome::new(state, lang, viewer, uri, String::new());
    c.title = c.l.with(
        title_key,
        &[
            ("committee", committee.to_string()),
            ("date", on.to_string()),
        ],
    );
    c.on = Some(on);
    Ok((committee, c))
}

/// Labels the people templates translate.
impl<'a> Chrome<'a> {
    pub(crate) fn part_label(&self, part: &str) -> std::borrow::Cow<'a, str> {
        self.l.t(match part {
            "withdrew" => "part-withdrew",
            _ => "part-rapporteur",
        })
    }

    pub(crate) fn office_label(&self, office: &str) -> std::borrow::Cow<'a, str> {
        self.l.t(match office {
            "Chair" => "office-chair",
            "Vice-Chair" => "office-vice-chair",
            _ => "office-rapporteur",
        })
    }

    pub(crate) fn gc_status_label(&self, status: &Option<String>) -> std::borrow::Cow<'a, str> {
        self.l.t(match status.as_deref() {
            Some("draft") => "gc-status-draft",
            Some("provisionally_adopted") => "gc-status-provisionally-adopted",
            Some("adopted") => "gc-status-adopted",
            _ => "gc-status-none",
        })
    }

    pub(crate) fn symbol_basis_label(&self, basis: &Option<String>) -> String {
        match basis.as_deref() {
            Some("pattern") => self.l.t("gc-symbol-pattern").into_owned(),
            Some("third_party_copy") => self.l.t("gc-symbol-third-party").into_owned(),
            _ => String::new(),
        }
    }

    pub(crate) fn operative_label(&self, operative: &str) -> std::borrow::Cow<'a, str> {
        self.l.t(match operative {
            "yes" => "operative-yes",
            "no" => "operative-no",
            _ => "operative-unknown",
        })
    }

    pub(crate) fn accepted_label(&self, accepted_by: &str) -> std::borrow::Cow<'a, str> {
        self.l.t(match accepted_by {
            "declaration" => "accepted-declaration",
            _ => "accepted-party",
        })
    }

    pub(crate) fn elected_by_label(&self, elected_by: &str) -> std::borrow::Cow<'a, str> {
        self.l.t(match elected_by {
            "conference_of_states_parties" => "elected-by-conference",
            "economic_and_social_council" => "elected-by-ecosoc",
            _ => "elected-by-meeting",
        })
    }

    /// A committee's people page, keeping the language and date.
    pub(crate) fn people_link(&self, committee: &str, page: &str) -> String {
        self.dated(&format!("/committees/{committee}/{page}"))
    }
}

fn ok(template: &impl Template, lang: PageLang, viewer: &Viewer) -> PageResult {
    Ok(html(
        template,
        lang,
        StatusCode::OK,
        None,
        viewer.user.is_some(),
    ))
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage<'a> {
    c: Chrome<'a>,
    on: Date,
    view: MembersView,
    any_derived: bool,
}

async fn members_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let q: query::OnQuery = query::parse(raw.as_deref()).map_err(PageError::bad_request)?;
        let on = page_date(&state, q.on.as_deref())?;
        let (committee, c) = page_chrome(&state, lang, &viewer, &uri, &code, on, "members-title")?;
        let view = members(&viewer.scope(&state), committee, on);
        let any_derived = view.members.iter().any(|m| {
            m.term_start_derived.is_some()
                || m.term_end_derived.is_some()
                || m.nationality_derived.is_some()
        });
        ok(
            &MembersPage {
                c,
                on,
                view,
                any_derived,
            },
            lang,
            &viewer,
        )
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "elections.html")]
struct ElectionsPage<'a> {
    c: Chrome<'a>,
    on: Date,
    view: ElectionsView,
}

async fn elections_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let q: OnOnly = query::parse(raw.as_deref()).map_err(PageError::bad_request)?;
        let on = page_date(&state, q.on.as_deref())?;
        let (committee, c) =
            page_chrome(&state, lang, &viewer, &uri, &code, on, "elections-title")?;
        let view = elections(&viewer.scope(&state), committee, on);
        ok(&ElectionsPage { c, on, view }, lang, &viewer)
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "general_comments.html")]
struct GeneralCommentsPage<'a> {
    c: Chrome<'a>,
    on: Date,
    q: String,
    view: GeneralCommentsView,
}

async fn general_comments_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let q: GcQuery = query::parse(raw.as_deref()).map_err(PageError::bad_request)?;
        let on = page_date(&state, q.on.as_deref())?;
        let (committee, c) = page_chrome(&state, lang, &viewer, &uri, &code, on, "gc-title")?;
        let view = general_comments(&viewer.scope(&state), committee, on, q.q.as_deref());
        let page = GeneralCommentsPage {
            c,
            on,
            q: q.q.clone().unwrap_or_default(),
            view,
        };
        ok(&page, lang, &viewer)
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "procedures.html")]
struct ProceduresPage<'a> {
    c: Chrome<'a>,
    on: Date,
    view: ProceduresView,
}

async fn procedures_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let q: OnOnly = query::parse(raw.as_deref()).map_err(PageError::bad_request)?;
        let on = page_date(&state, q.on.as_deref())?;
        let (committee, c) =
            page_chrome(&state, lang, &viewer, &uri, &code, on, "procedures-title")?;
        let view = procedures(&viewer.scope(&state), committee, on);
        ok(&ProceduresPage { c, on, view }, lang, &viewer)
    })();
    finish(&state, lang, &viewer, result)
}
