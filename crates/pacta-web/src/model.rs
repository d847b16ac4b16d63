//! What the pages and the API show, computed from the registry for one date: the
//! instruments with their counts, a party list, a State's record under every
//! instrument, reporting obligations, the newest treaty actions, the committees.
//!
//! One model for both faces, so the portal and the API cannot disagree. Every figure
//! comes from a `pacta-core` call; this module only selects and lays out. It knows
//! nothing about HTTP, HTML or languages.

use jiff::civil::Date;
use pacta_core::catalogue::{Instrument, InstrumentKind};
use pacta_core::participant::{Participant, ParticipantKind, RegionalGroup};
use pacta_core::registry::{Participation, PartyRow, PartyStatus};
use pacta_core::reporting::KnownReviews;
use pacta_core::{ActionKind, Committee, Registry};
use serde::Serialize;
use utoipa::ToSchema;

/// The caveat every answer about a date after the data's status date carries.
pub(crate) fn data_notes(registry: &Registry, on: Date) -> Vec<String> {
    let as_at = registry.status_as_at();
    let mut notes = Vec::new();
    if on > as_at {
        notes.push(format!(
            "the treaty actions are UNTC's status as at {as_at}; actions after that date are not in the data"
        ));
    }
    notes
}

/// The note on reporting every list of due dates carries.
pub(crate) const NO_RECEIPT_DATA: &str = "pacta holds no record of reports received or reviews held yet: dates shown are legal due dates from the treaty texts, not a record of what was submitted";

/// A participant in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StateRef {
    /// ISO 3166-1 alpha-3, or `EU`.
    #[schema(example = "ZWE")]
    pub code: String,
    /// The name as the UN Treaty Collection writes it.
    #[schema(example = "Zimbabwe")]
    pub name: String,
    /// The UN regional group: `african`, `asia-pacific`, `eastern-european`, `grulac`, `weog`.
    pub regional_group: Option<String>,
}

impl StateRef {
    pub(crate) fn of(participant: &Participant) -> Self {
        StateRef {
            code: participant.code.to_string(),
            name: participant.display_name().to_string(),
            regional_group: participant.regional_group.map(|g| g.slug().to_string()),
        }
    }
}

/// One instrument and its figures on the date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InstrumentSummary {
    /// The UNTC code (`ICRMW`).
    #[schema(example = "ICRMW")]
    pub code: String,
    #[schema(example = "CMW")]
    pub committee: String,
    /// `core` or `protocol`.
    pub kind: String,
    pub name: String,
    /// The instrument's own entry into force (UNTC).
    pub entry_into_force: Date,
    pub parties: usize,
    /// Parties the instrument already binds.
    pub in_force: usize,
    pub signatories_not_parties: usize,
    pub newest_party: Option<NewestParty>,
}

/// The participant with the latest deposit on or before the date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NewestParty {
    pub state: StateRef,
    pub deposited: Date,
}

pub(crate) fn kind_str(kind: InstrumentKind) -> &'static str {
    match kind {
        InstrumentKind::Core => "core",
        InstrumentKind::Protocol => "protocol",
    }
}

/// Every instrument on `on`, ranked by parties (most first), as `pacta stats` ranks them.
pub(crate) fn instruments(registry: &Registry, on: Date) -> Vec<InstrumentSummary> {
    pacta_core::stats::instrument_stats(registry, on)
        .into_iter()
        .filter_map(|stat| {
            let instrument = registry.catalogue().instrument(stat.instrument.as_str())?;
            Some(InstrumentSummary {
                code: stat.instrument.to_string(),
                committee: stat.committee.to_string(),
                kind: kind_str(stat.kind).to_string(),
                name: instrument.short_name.clone(),
                entry_into_force: instrument.entry_into_force,
                parties: stat.parties,
                in_force: stat.in_force,
                signatories_not_parties: stat.signatories_not_parties,
                newest_party: stat.newest_party.and_then(|n| {
                    let participant = registry.participant(&n.participant)?;
                    Some(NewestParty {
                        state: StateRef::of(participant),
                        deposited: n.deposited,
                    })
                }),
            })
        })
        .collect()
}

/// The instrument's rules, for its page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InstrumentRules {
    pub code: String,
    pub committee: String,
    pub kind: String,
    pub name: String,
    /// UNTC's title and chapter (`IV-13`).
    pub untc_title: Option<String>,
    pub untc_chapter: Option<String>,
    pub untc_url: Option<String>,
    pub entry_into_force: Date,
    pub entry_into_force_source: String,
    /// The number of instruments that brought it into force.
    pub threshold: u32,
    /// How it binds a State that joins later, in words, and the article.
    pub state_rule: String,
    pub state_rule_source: String,
    /// When the initial and periodic reports are due, in words, and the article.
    pub reporting: Option<String>,
    pub reporting_source: Option<String>,
}

pub(crate) fn instrument_rules(
    dataset: &pacta_data::Dataset,
    instrument: &Instrument,
) -> InstrumentRules {
    let untc = dataset.untc(&instrument.code);
    InstrumentRules {
        code: instrument.code.to_string(),
        committee: instrument.committee.to_string(),
        kind: kind_str(instrument.kind).to_string(),
        name: instrument.short_name.clone(),
        untc_title: untc.map(|u| u.title.clone()),
        untc_chapter: untc.map(|u| u.mtdsg_no.clone()),
        untc_url: untc.map(|u| u.url.clone()),
        entry_into_force: instrument.entry_into_force,
        entry_into_force_source: instrument.entry_into_force_source.clone(),
        threshold: instrument.threshold,
        state_rule: instrument.state_rule.describe(),
        state_rule_source: instrument.state_rule_source.clone(),
        reporting: instrument.reporting.as_ref().map(|r| {
            let initial = format!(
                "initial report {} months after entry into force",
                r.initial_months
            );
            format!(
                "{initial}; then {}",
                periodicity(r.every_months, r.on_request)
            )
        }),
        reporting_source: instrument.reporting.as_ref().map(|r| r.source.clone()),
    }
}

pub(crate) fn periodicity(every_months: Option<u16>, on_request: bool) -> String {
    match (every_months, on_request) {
        (Some(months), true) => format!("every {} years and on request", months / 12),
        (Some(months), false) => format!("every {} years", months / 12),
        (None, _) => "on request".to_string(),
    }
}

/// A party of an instrument on the date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartyEntry {
    pub state: StateRef,
    /// How it consented: ratification, accession, succession, acceptance, formal_confirmation.
    pub action: Option<String>,
    pub deposited: Option<Date>,
    /// The date the instrument binds it.
    pub in_force_from: Option<Date>,
    /// Whether it is bound on the date.
    pub in_force: bool,
    /// The date rule applied (`CMW87`, `P30` …) and its article.
    pub rule: Option<String>,
    pub rule_source: Option<String>,
    /// Set when the date rests on a reading the sources do not settle.
    pub needs_depositary_check: Option<String>,
    /// The initial report's legal due date.
    pub initial_report_due: Option<Date>,
    /// The latest report legally due on or before the date (1 = initial).
    pub latest_report: Option<u32>,
    pub latest_report_due: Option<Date>,
    pub next_report_due: Option<Date>,
    /// Set for participants that denounced on a date the data does not give.
    pub denunciation: Option<String>,
}

fn party_entry(registry: &Registry, row: &PartyRow, on: Date) -> PartyEntry {
    let participation = row.participation;
    let eif = participation.entry_into_force.as_ref();
    let obligation = registry.obligation(participation);
    let latest = obligation.as_ref().and_then(|o| o.latest_due(on));
    PartyEntry {
        state: StateRef::of(row.participant),
        action: participation.consent.as_ref().map(|c| c.kind.to_string()),
        deposited: participation.consent.as_ref().map(|c| c.date),
        in_force_from: eif.map(|e| e.date),
        in_force: matches!(row.status, PartyStatus::Party { in_force: true }),
        rule: eif.map(|e| e.rule.clone()),
        rule_source: eif.map(|e| e.source.clone()),
        needs_depositary_check: eif.and_then(|e| e.needs_depositary_check.clone()),
        initial_report_due: obligation.as_ref().map(|o| o.initial_due),
        latest_report: latest.map(|d| d.number),
        latest_report_due: latest.map(|d| d.due),
        next_report_due: obligation
            .as_ref()
            .and_then(|o| o.next_due(on))
            .map(|d| d.due),
        denunciation: (row.status == PartyStatus::DenouncedDateUnknown).then(|| {
            "denounced; the date is not in the data (UNTC brackets the entry)".to_string()
        }),
    }
}

/// The filters a party list takes.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PartyFilter {
    pub(crate) group: Option<RegionalGroup>,
    /// `Some(true)`: bound on the date; `Some(false)`: party, not yet bound.
    pub(crate) bound: Option<bool>,
    /// `Some(true)`: a report legally due on or before the date; `Some(false)`: none yet.
    pub(crate) report_due: Option<bool>,
}

/// The parties of an instrument on a date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartyList {
    pub instrument: String,
    pub committee: String,
    pub on: Date,
    /// Parties on the date (after filters).
    pub count: usize,
    /// Of those, bound on the date.
    pub in_force: usize,
    /// The regional group filter, if any.
    pub group: Option<String>,
    pub parties: Vec<PartyEntry>,
    /// Participants that may or may not have been parties (denunciation date unknown).
    pub uncertain: Vec<PartyEntry>,
    /// The date the treaty actions reflect (UNTC "status as at").
    pub data_as_at: Date,
    pub notes: Vec<String>,
}

pub(crate) fn party_list(
    registry: &Registry,
    instrument: &Instrument,
    on: Date,
    filter: PartyFilter,
) -> PartyList {
    let list = registry.parties_on(instrument, on);
    let keep = |entry: &PartyEntry, row: &PartyRow| {
        filter
            .group
            .is_none_or(|g| row.participant.regional_group == Some(g))
            && filter.bound.is_none_or(|b| entry.in_force == b)
            && filter
                .report_due
                .is_none_or(|d| entry.latest_report_due.is_some() == d)
    };
    let parties: Vec<PartyEntry> = list
        .parties
        .iter()
        .map(|row| (party_entry(registry, row, on), row))
        .filter(|(entry, row)| keep(entry, row))
        .map(|(entry, _)| entry)
        .collect();
    let uncertain: Vec<PartyEntry> = list
        .uncertain
        .iter()
        .filter(|row| {
            filter
                .group
                .is_none_or(|g| row.participant.regional_group == Some(g))
        })
        .map(|row| party_entry(registry, row, on))
        .collect();
    let mut notes = data_notes(registry, on);
    if instrument.reporting.is_some() {
        notes.push(NO_RECEIPT_DATA.to_string());
    }
    if !uncertain.is_empty() {
        notes.push(format!(
            "not counted: {} denounced on a date the data does not give, so whether they were parties on {on} is unknown",
            uncertain.iter().map(|e| e.state.name.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    PartyList {
        instrument: instrument.code.to_string(),
        committee: instrument.committee.to_string(),
        on,
        count: parties.len(),
        in_force: parties.iter().filter(|p| p.in_force).count(),
        group: filter.group.map(|g| g.slug().to_string()),
        parties,
        uncertain,
        data_as_at: registry.status_as_at(),
        notes,
    }
}

/// A State's standing under one instrument on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// A party the instrument binds.
    Party,
    /// Consent deposited, entry into force still ahead.
    PartyNotYetBound,
    /// Signed, not (yet) consented.
    Signatory,
    Denounced,
    /// Denounced on a date the data does not give.
    DenouncedDateUnknown,
    NotParty,
}

impl Standing {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Standing::Party => "party",
            Standing::PartyNotYetBound => "party_not_yet_bound",
            Standing::Signatory => "signatory",
            Standing::Denounced => "denounced",
            Standing::DenouncedDateUnknown => "denounced_date_unknown",
            Standing::NotParty => "not_party",
        }
    }
}

fn standing(participation: Option<&Participation>, on: Date, as_at: Date) -> Standing {
    let Some(participation) = participation else {
        return Standing::NotParty;
    };
    match participation.status_on(on, as_at) {
        PartyStatus::Party { in_force: true } => Standing::Party,
        PartyStatus::Party { in_force: false } => Standing::PartyNotYetBound,
        PartyStatus::DenouncedDateUnknown => Standing::DenouncedDateUnknown,
        PartyStatus::NotParty
            if participation.denunciation.is_some()
                && participation.consent.as_ref().is_some_and(|c| c.date <= on) =>
        {
            Standing::Denounced
        }
        PartyStatus::NotParty
            if participation
                .signature
                .as_ref()
                .is_some_and(|s| s.date <= on) =>
        {
            Standing::Signatory
        }
        PartyStatus::NotParty => Standing::NotParty,
    }
}

/// One row of a State's page: its record under one instrument.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StateInstrument {
    pub instrument: String,
    pub committee: String,
    pub name: String,
    pub status: Standing,
    pub signed: Option<Date>,
    pub action: Option<String>,
    pub deposited: Option<Date>,
    pub in_force_from: Option<Date>,
    pub rule: Option<String>,
    pub rule_source: Option<String>,
    pub needs_depositary_check: Option<String>,
    pub initial_report_due: Option<Date>,
    pub latest_report: Option<u32>,
    pub latest_report_due: Option<Date>,
    pub next_report_due: Option<Date>,
    /// How often reports fall due, and the article.
    pub periodicity: Option<String>,
    pub reporting_source: Option<String>,
    /// Declarations under articles (CMW art. 77 …).
    pub declarations: Vec<String>,
}

/// A State (or the EU) and its record under every instrument on the date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StateDetail {
    pub state: StateRef,
    /// `un_member_state`, `non_member_observer_state`, `non_member_state`, `regional_integration_organization`.
    pub kind: String,
    pub on: Date,
    /// Instruments it is a party to on the date.
    pub parties_to: usize,
    pub instruments: Vec<StateInstrument>,
    /// Reviews by every committee named in the session sources read (partial), newest first;
    /// adopted ones only up to the date.
    pub reviews: Vec<crate::records::HistoryReview>,
    /// Its reviews by the UPR Working Group found in the sources (partial).
    pub upr: Vec<crate::records::UprSession>,
    pub data_as_at: Date,
    pub notes: Vec<String>,
}

pub(crate) fn participant_kind(kind: ParticipantKind) -> &'static str {
    match kind {
        ParticipantKind::UnMemberState => "un_member_state",
        ParticipantKind::NonMemberObserverState => "non_member_observer_state",
        ParticipantKind::NonMemberState => "non_member_state",
        ParticipantKind::RegionalIntegrationOrganization => "regional_integration_organization",
    }
}

pub(crate) fn state_detail(
    registry: &Registry,
    history: &pacta_data::history::ReviewHistory,
    participant: &Participant,
    on: Date,
) -> StateDetail {
    let (mut reviews, upr) = crate::records::state_history(history, participant.code.as_str());
    reviews.retain(|r| r.status != "adopted" || r.date.is_none_or(|d| d <= on));
    let as_at = registry.status_as_at();
    let instruments: Vec<StateInstrument> = registry
        .catalogue()
        .instruments()
        .iter()
        .map(|instrument| {
            let participation = registry.participation(instrument, participant);
            let status = standing(participation, on, as_at);
            let bound = matches!(status, Standing::Party | Standing::PartyNotYetBound);
            let consent = participation
                .and_then(|p| p.consent.as_ref())
                .filter(|c| c.date <= on);
            let eif = participation
                .and_then(|p| p.entry_into_force.as_ref())
                .filter(|_| consent.is_some());
            let obligation = participation
                .filter(|_| bound)
                .and_then(|p| registry.obligation(p));
            let latest = obligation.as_ref().and_then(|o| o.latest_due(on));
            StateInstrument {
                instrument: instrument.code.to_string(),
                committee: instrument.committee.to_string(),
                name: instrument.short_name.clone(),
                status,
                signed: participation
                    .and_then(|p| p.signature.as_ref())
                    .map(|s| s.date)
                    .filter(|d| *d <= on),
                action: consent.map(|c| c.kind.to_string()),
                deposited: consent.map(|c| c.date),
                in_force_from: eif.map(|e| e.date),
                rule: eif.map(|e| e.rule.clone()),
                rule_source: eif.map(|e| e.source.clone()),
                needs_depositary_check: eif.and_then(|e| e.needs_depositary_check.clone()),
                initial_report_due: obligation.as_ref().map(|o| o.initial_due),
                latest_report: latest.map(|d| d.number),
                latest_report_due: latest.map(|d| d.due),
                next_report_due: obligation
                    .as_ref()
                    .and_then(|o| o.next_due(on))
                    .map(|d| d.due),
                periodicity: obligation
                    .as_ref()
                    .map(|o| periodicity(o.every_months, o.on_request)),
                reporting_source: obligation
                    .as_ref()
                    .and(instrument.reporting.as_ref())
                    .map(|r| r.source.clone()),
                declarations: participation
                    .map(|p| {
                        p.declarations
                            .iter()
                            .filter(|d| d.date.is_none_or(|date| date <= on))
                            .map(|d| match &d.article {
                                Some(article) => format!("art. {article}"),
                                None => d.note.clone().unwrap_or_else(|| "declaration".to_string()),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect();
    let mut notes = data_notes(registry, on);
    notes.push(NO_RECEIPT_DATA.to_string());
    notes.push("reviews and UPR sessions are those the session sources read name (mostly 2019-2025; data/SOURCES.md): partial".to_string());
    if !participant.kind.is_state() {
        notes.push(format!(
            "{} is a regional integration organization, not a State",
            participant.display_name()
        ));
    }
    if let Some(note) = &participant.regional_group_note {
        notes.push(format!("regional group: {note}"));
    }
    StateDetail {
        state: StateRef::of(participant),
        kind: participant_kind(participant.kind).to_string(),
        on,
        parties_to: instruments
            .iter()
            .filter(|i| matches!(i.status, Standing::Party | Standing::PartyNotYetBound))
            .count(),
        instruments,
        reviews,
        upr,
        data_as_at: as_at,
        notes,
    }
}

/// A State in the index of States.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StateSummary {
    pub state: StateRef,
    pub kind: String,
    /// Instruments it is a party to on the date (of 18).
    pub parties_to: usize,
}

pub(crate) fn states(registry: &Registry, on: Date) -> Vec<StateSummary> {
    let as_at = registry.status_as_at();
    let mut states: Vec<StateSummary> = registry
        .participants()
        .iter()
        .map(|participant| StateSummary {
            state: StateRef::of(participant),
            kind: participant_kind(participant.kind).to_string(),
            parties_to: registry
                .participations_of(participant)
                .filter(|p| matches!(p.status_on(on, as_at), PartyStatus::Party { .. }))
                .count(),
        })
        .collect();
    states.sort_by(|a, b| a.state.name.cmp(&b.state.name));
    states
}

/// A legal reporting obligation on the date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ObligationEntry {
    pub state: StateRef,
    pub instrument: String,
    pub committee: String,
    pub in_force_from: Date,
    pub initial_report_due: Date,
    /// The latest report legally due on or before the date (1 = initial), and its date.
    pub latest_report: Option<u32>,
    pub latest_report_due: Option<Date>,
    pub next_report: Option<u32>,
    pub next_report_due: Option<Date>,
    pub periodicity: String,
    pub source: String,
    /// The latest review with concluding observations adopted that pacta knows of.
    pub last_known_review: Option<Date>,
    /// A legal due date has passed and pacta knows of no later review.
    pub overdue: bool,
}

/// The legal reporting obligations on a date.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ObligationList {
    pub on: Date,
    pub committee: Option<String>,
    pub state: Option<String>,
    pub overdue_only: bool,
    pub count: usize,
    pub obligations: Vec<ObligationEntry>,
    pub data_as_at: Date,
    pub notes: Vec<String>,
}

pub(crate) fn obligations(
    registry: &Registry,
    (known, undated): (&KnownReviews, usize),
    on: Date,
    committee: Option<Committee>,
    state: Option<&Participant>,
    overdue_only: bool,
) -> ObligationList {
    let mut obligations = Vec::new();
    for instrument in registry.catalogue().instruments() {
        if instrument.reporting.is_none() || committee.is_some_and(|c| c != instrument.committee) {
            continue;
        }
        for row in registry.parties_on(instrument, on).parties {
            if state.is_some_and(|s| s.code != row.participant.code) {
                continue;
            }
            let Some(obligation) = registry.obligation(row.participation) else {
                continue;
            };
            let latest = obligation.latest_due(on);
            let next = obligation.next_due(on);
            let last_review = known.latest(&row.participant.code, instrument.committee);
            let overdue =
                latest.is_some_and(|due| last_review.is_none_or(|review| review < due.due));
            if overdue_only && !overdue {
                continue;
            }
            obligations.push(ObligationEntry {
                state: StateRef::of(row.participant),
                instrument: instrument.code.to_string(),
                committee: instrument.committee.to_string(),
                in_force_from: obligation.in_force_from,
                initial_report_due: obligation.initial_due,
                latest_report: latest.map(|d| d.number),
                latest_report_due: latest.map(|d| d.due),
                next_report: next.map(|d| d.number),
                next_report_due: next.map(|d| d.due),
                periodicity: periodicity(obligation.every_months, obligation.on_request),
                source: instrument
                    .reporting
                    .as_ref()
                    .map_or(String::new(), |r| r.source.clone()),
                last_known_review: last_review,
                overdue,
            });
        }
    }
    let mut notes = data_notes(registry, on);
    notes.push(NO_RECEIPT_DATA.to_string());
    notes.push(format!(
        "\"overdue\" = a legal due date on or before the date with no later review known to pacta; the review history is partial (sessions mostly 2019-2025, data/SOURCES.md){}, so a report may have been received or reviewed without pacta knowing",
        if undated > 0 { format!("; {undated} reviews without a date are not used") } else { String::new() }
    ));
    ObligationList {
        on,
        committee: committee.map(|c| c.to_string()),
        state: state.map(|s| s.code.to_string()),
        overdue_only,
        count: obligations.len(),
        obligations,
        data_as_at: registry.status_as_at(),
        notes,
    }
}

/// A treaty action, for the list of the newest.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActionEntry {
    pub date: Date,
    pub state: StateRef,
    pub instrument: String,
    pub committee: String,
    /// ratification, accession, succession, acceptance, formal_confirmation, signature …
    pub action: String,
    /// For a consent: the date the instrument binds the State.
    pub in_force_from: Option<Date>,
}

/// The newest consents and signatures on or before `on`, newest first.
pub(crate) fn newest_actions(registry: &Registry, on: Date, limit: usize) -> Vec<ActionEntry> {
    let mut entries: Vec<ActionEntry> = Vec::new();
    for participation in registry.participations() {
        let Some(participant) = registry.participant(&participation.participant) else {
            continue;
        };
        let committee = registry
            .catalogue()
            .instrument(participation.instrument.as_str())
            .map_or(String::new(), |i| i.committee.to_string());
        let mut push = |date: Date, kind: ActionKind, in_force_from: Option<Date>| {
            if date <= on {
                entries.push(ActionEntry {
                    date,
                    state: StateRef::of(participant),
                    instrument: participation.instrument.to_string(),
                    committee: committee.clone(),
                    action: kind.to_string(),
                    in_force_from,
                });
            }
        };
        if let Some(consent) = &participation.consent {
            push(
                consent.date,
                consent.kind,
                participation.entry_into_force.as_ref().map(|e| e.date),
            );
        }
        if let Some(signature) = &participation.signature {
            push(signature.date, signature.kind, None);
        }
    }
    entries.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| a.state.name.cmp(&b.state.name))
            .then_with(|| a.instrument.cmp(&b.instrument))
    });
    entries.truncate(limit);
    entries
}

/// A committee and what the treaties say about it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommitteeSummary {
    #[schema(example = "CMW")]
    pub code: String,
    pub name: String,
    /// Members on the date (the treaty's growth article applied).
    pub members: u32,
    pub members_source: String,
    pub term_years: u8,
    pub term_source: String,
    /// The instruments it monitors, with their figures.
    pub instruments: Vec<InstrumentSummary>,
}

pub(crate) fn committees(registry: &Registry, on: Date) -> Vec<CommitteeSummary> {
    let all = instruments(registry, on);
    Committee::ALL
        .iter()
        .map(|&code| committee(registry, code, &all, on))
        .collect()
}

pub(crate) fn committee(
    registry: &Registry,
    code: Committee,
    all: &[InstrumentSummary],
    on: Date,
) -> CommitteeSummary {
    let info = registry.catalogue().committee(code);
    let mut monitored: Vec<InstrumentSummary> = Vec::new();
    for instrument in registry.catalogue().instruments() {
        if instrument.committee == code
            && let Some(summary) = all.iter().find(|s| s.code == instrument.code.as_str())
        {
            monitored.push(summary.clone());
        }
    }
    CommitteeSummary {
        code: code.to_string(),
        name: info.name.clone(),
        members: registry.membership_on(code, on),
        members_source: info.members_source.clone(),
        term_years: info.term_years,
        term_source: info.term_source.clone(),
        instruments: monitored,
    }
}
