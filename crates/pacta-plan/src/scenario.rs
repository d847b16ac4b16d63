//! From the configuration and the facts to the planning instance: which pairs, when
//! each is due and why, which sessions the future holds (projected from each
//! committee's pattern), and when each State meets the UPR.
//!
//! Every gap in the facts is filled by a rule of the configuration, and every such
//! fill is written into the pair's `assumptions` and the instance's `notes`, so that
//! the plan can say what it assumed. The facts come from the caller (the binary
//! reads them with `pacta-data`); nothing here reads a file.

use std::collections::{BTreeMap, HashMap};

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use pacta_core::Committee;
use serde::{Deserialize, Serialize};

use crate::config::{PlanConfig, Seeding, session_id};
use crate::instance::{
    Category, InheritedSpec, Instance, Modality, PairSpec, Pin, Policy, SessionKind, SessionSpec,
    UprReview, first_day, month_of,
};

/// A State party of an instrument on the start date (from the registry).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub state: String,
    pub committee: Committee,
    /// The date the instrument binds the State (entry into force for it).
    pub binds_from: Date,
    /// The initial report's legal due date, if the treaty sets one.
    pub initial_report_due: Option<Date>,
}

/// A past (or announced) session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KnownSession {
    pub committee: Committee,
    pub number: u32,
    pub date: Option<Date>,
}

/// A review named in a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KnownReview {
    pub committee: Committee,
    pub state: String,
    pub session: Option<u32>,
    pub date: Option<Date>,
    /// Only announced; assumed held if its date is before the start.
    pub scheduled: bool,
}

/// A report received and not yet reviewed (as far as the sources say).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KnownReport {
    pub committee: Committee,
    pub state: String,
    pub received_by: Date,
}

/// A State's place in a UPR Working Group session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UprSlot {
    pub cycle: u32,
    pub session: u32,
    pub start: Option<Date>,
    pub state: String,
}

/// What the data says, in the planner's terms.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub parties: Vec<Party>,
    pub sessions: Vec<KnownSession>,
    pub reviews: Vec<KnownReview>,
    pub reports: Vec<KnownReport>,
    pub upr: Vec<UprSlot>,
    /// Notes on the data (status dates, partial coverage), repeated in the output.
    pub notes: Vec<String>,
}

impl Facts {
    /// The facts on `from` from the registry (parties of the committees `config` plans,
    /// with entry into force and the initial report due) and the review history (sessions,
    /// reviews, reports received, UPR reviews), with notes on what the data lacks. No I/O:
    /// the caller loads both (`pacta-data`).
    pub fn gather(
        registry: &pacta_core::Registry,
        history: &pacta_data::history::ReviewHistory,
        config: &crate::config::PlanConfig,
        from: Date,
    ) -> Facts {
        let mut committees = config.cycle.committees.clone();
        if config.cycle.include_ced {
            committees.push(Committee::Ced);
        }
        let mut parties = Vec::new();
        for &committee in &committees {
            let Some(instrument) = registry.catalogue().core_instrument(committee) else {
                continue;
            };
            for row in registry.parties_on(instrument, from).parties {
                let Some(eif) = row.participation.entry_into_force.as_ref() else {
                    continue;
                };
                parties.push(Party {
                    state: row.participant.code.as_str().to_string(),
                    committee,
                    binds_from: eif.date,
                    initial_report_due: registry
                        .obligation(row.participation)
                        .map(|o| o.initial_due),
                });
            }
        }
        let mut notes = vec![format!(
            "parties are UNTC's status as at {}; the review history is partial (data/SOURCES.md)",
            registry.status_as_at()
        )];
        if from > registry.status_as_at() {
            notes.push(format!(
                "treaty actions after {} are not in the data",
                registry.status_as_at()
            ));
        }
        Facts {
            parties,
            sessions: history
                .sessions
                .iter()
                .map(|s| KnownSession {
                    committee: s.committee,
                    number: s.number,
                    date: s.date(),
                })
                .collect(),
            reviews: history
                .reviews
                .iter()
                .map(|r| KnownReview {
                    committee: r.committee,
                    state: r.state.clone(),
                    session: r.session,
                    date: r.date,
                    scheduled: r.status == pacta_data::history::ReviewStatus::Scheduled,
                })
                .collect(),
            reports: history
                .reports_received
                .iter()
                .map(|r| KnownReport {
                    committee: r.committee,
                    state: r.state.clone(),
                    received_by: r.received_by,
                })
                .collect(),
            upr: history
                .upr
                .iter()
                .map(|u| UprSlot {
                    cycle: u.cycle,
                    session: u.session,
                    start: u.start,
                    state: u.state.clone(),
                })
                .collect(),
            notes,
        }
    }
}

/// The Monday on or after a date.
fn monday_on_or_after(d: Date) -> Date {
    let mut d = d;
    for _ in 0..7 {
        if d.weekday() == Weekday::Monday {
            return d;
        }
        d = d.tomorrow().unwrap_or(d);
    }
    d
}

fn add_months(d: Date, months: i32) -> Date {
    d.checked_add(i64::from(months).months()).unwrap_or(d)
}

/// Projected sessions of one committee: its yearly pattern, numbered on from the last
/// known session, from `from` to the end of the horizon.
fn project_sessions(
    config: &PlanConfig,
    committee: Committee,
    facts: &Facts,
    from: Date,
    horizon_end: Date,
) -> Vec<SessionSpec> {
    let Some(cc) = config.committee(committee) else {
        return Vec::new();
    };
    let known: Vec<&KnownSession> = facts
        .sessions
        .iter()
        .filter(|s| s.committee == committee)
        .collect();
    let last_number = known.iter().map(|s| s.number).max().unwrap_or(0);
    let last_date = known
        .iter()
        .filter(|s| s.number == last_number)
        .find_map(|s| s.date)
        .unwrap_or(from);
    let mut projected: Vec<(Date, f64)> = Vec::new();
    let first_year = last_date.year().min(from.year());
    for year in first_year..=horizon_end.year() {
        for p in &cc.sessions {
            let Ok(anchor) = Date::new(year, p.month, p.day) else {
                continue;
            };
            let start = monday_on_or_after(anchor);
            // Sessions up to the last known one already happened (or are known).
            if month_of(start) <= month_of(last_date) {
                continue;
            }
            projected.push((start, p.weeks));
        }
    }
    projected.sort_by_key(|a| a.0);
    let cancelled: HashMap<String, Option<f64>> = config
        .cancellations
        .iter()
        .filter_map(|c| session_id(&c.session).map(|id| (id, c.weeks)))
        .collect();
    let units = f64::from(config.load.units_per_dialogue);
    let mut out = Vec::new();
    for (i, (start, weeks)) in projected.into_iter().enumerate() {
        let number = last_number + 1 + u32::try_from(i).unwrap_or(0);
        if start < from || start >= horizon_end {
            continue;
        }
        let id = format!("{}-{}", committee.acronym(), number);
        let (cancel, weeks) = match cancelled.get(&id) {
            Some(Some(w)) => (false, *w),
            Some(None) => (true, weeks),
            None => (false, weeks),
        };
        let days = (weeks * 7.0).round() as i64 - 3;
        let end = start.checked_add(days.max(0).days()).unwrap_or(start);
        let capacity =
            (weeks * cc.dialogues_per_week * units * config.load.capacity_scale).floor() as u32;
        out.push(SessionSpec {
            id,
            committee,
            kind: SessionKind::Session,
            start,
            end,
            capacity,
            cancelled: cancel,
            assumed: true,
        });
    }
    out
}

/// UPR review dates per State: announced sessions, the expected groups for the
/// sessions not found, and later cycles projected by the configured step.
fn upr_calendar(config: &PlanConfig, facts: &Facts, horizon_end: Date) -> Vec<UprReview> {
    let assumed_dates: HashMap<u32, Date> =
        config.upr.assumed_session_dates.iter().copied().collect();
    let groups: HashMap<u32, u32> = config.upr.expected_groups.iter().copied().collect();
    // (session, state) → (date, assumed)
    let mut base: BTreeMap<(u32, String), (Date, bool)> = BTreeMap::new();
    for slot in &facts.upr {
        let (session, assumed_group) = match groups.get(&slot.session) {
            Some(&later) => (later, true),
            None => (slot.session, false),
        };
        let date = if assumed_group {
            assumed_dates.get(&session).copied()
        } else {
            slot.start.or_else(|| assumed_dates.get(&session).copied())
        };
        if let Some(date) = date {
            let assumed = assumed_group || slot.start.is_none();
            base.insert((session, slot.state.clone()), (date, assumed));
        }
    }
    // Keep the latest cycle's sessions as the base of the projection (a State in
    // both a 3rd-cycle group and a 4th-cycle session keeps the 4th).
    let mut latest: BTreeMap<String, (u32, Date, bool)> = BTreeMap::new();
    for ((session, state), (date, assumed)) in &base {
        let e = latest
            .entry(state.clone())
            .or_insert((*session, *date, *assumed));
        if *session > e.0 {
            *e = (*session, *date, *assumed);
        }
    }
    let mut out = Vec::new();
    for (state, (session, date, assumed)) in latest {
        let mut cycle = 0u32;
        loop {
            let d = add_months(
                date,
                config.upr.cycle_months * i32::try_from(cycle).unwrap_or(0),
            );
            if d > horizon_end.checked_add(12.months()).unwrap_or(horizon_end) {
                break;
            }
            out.push(UprReview {
                state: state.clone(),
                session: session + cycle * config.upr.sessions_per_cycle,
                date: d,
                assumed: assumed || cycle > 0,
            });
            cycle += 1;
            if cycle > 10 {
                break;
            }
        }
    }
    out
}

/// Everything a build needs besides the configuration and the facts.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub from: Date,
    pub years: Option<u32>,
    /// Whether a published plan is being re-planned (the freeze window applies).
    pub replanning: bool,
}

/// Build the planning instance.
pub fn build(config: &PlanConfig, facts: &Facts, options: &BuildOptions) -> Instance {
    let from = options.from;
    let years = options.years.unwrap_or(config.cycle.years);
    let mut policy = Policy::with_defaults(from, years);
    policy.full_load = config.load.full;
    policy.follow_up_load = config.load.follow_up;
    policy.follow_up_window = config.follow_up.window_months;
    policy.follow_up_target = config.follow_up.target_months;
    policy.cycle_months = config.cycle.cycle_months;
    policy.upr_blackout_months = config.upr.blackout_months;
    policy.freeze_months = if options.replanning || config.freeze.applies_to_fresh_plans {
        config.freeze.months
    } else {
        0
    };
    policy.max_full_per_state_year = config.state.max_full_per_year;
    policy.clusters = config
        .clusters
        .iter()
        .map(|c| c.committees.clone())
        .collect();
    policy.weights = config.weights.clone();
    let horizon_end = first_day(policy.horizon_end());

    let mut committees: Vec<Committee> = config.cycle.committees.clone();
    if config.cycle.include_ced && !committees.contains(&Committee::Ced) {
        committees.push(Committee::Ced);
    }

    let mut notes: Vec<String> = facts.notes.clone();
    let mut sessions = Vec::new();
    for &c in &committees {
        sessions.extend(project_sessions(config, c, facts, from, horizon_end));
        if config.modality(c) == Modality::Visit {
            let mut q = month_of(from).div_euclid(3);
            while q * 3 < policy.horizon_end() {
                let start = first_day(q * 3).max(from);
                sessions.push(SessionSpec {
                    id: format!(
                        "{}-V{}Q{}",
                        c.acronym(),
                        q.div_euclid(4),
                        q.rem_euclid(4) + 1
                    ),
                    committee: c,
                    kind: SessionKind::VisitWindow,
                    start,
                    end: add_months(first_day(q * 3), 3).yesterday().unwrap_or(start),
                    capacity: config.follow_up.visits_per_quarter * config.load.follow_up,
                    cancelled: false,
                    assumed: true,
                });
                q += 1;
            }
        }
    }
    notes.push(format!(
        "future sessions are projected from each committee's yearly pattern in the plan configuration ({} sessions from {} to {}); none is announced in the data",
        sessions.iter().filter(|s| s.kind == SessionKind::Session).count(),
        from,
        horizon_end
    ));

    // Reviews per pair, latest first.
    let mut last_review: HashMap<(String, Committee), (Date, bool)> = HashMap::new();
    let mut undated = 0usize;
    for r in &facts.reviews {
        let Some(date) = r.date else {
            undated += 1;
            continue;
        };
        if date >= from {
            continue;
        }
        let e = last_review
            .entry((r.state.clone(), r.committee))
            .or_insert((date, r.scheduled));
        if date > e.0 {
            *e = (date, r.scheduled);
        }
    }
    if undated > 0 {
        notes.push(format!(
            "{undated} reviews in the history have no date and are not used for due dates"
        ));
    }
    let mut waiting: HashMap<(String, Committee), Date> = HashMap::new();
    for r in &facts.reports {
        waiting.insert((r.state.clone(), r.committee), r.received_by);
    }
    let no_report: std::collections::HashSet<(String, Committee)> = config
        .due
        .no_report
        .iter()
        .filter_map(|s| {
            let (c, st) = s.split_once(':')?;
            Some((st.trim().to_ascii_uppercase(), c.parse().ok()?))
        })
        .collect();
    // UPR order for seeding pairs with no known review.
    let upr = upr_calendar(config, facts, horizon_end);
    let mut upr_rank: HashMap<String, usize> = HashMap::new();
    {
        let mut order: Vec<(Date, &str)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut sorted: Vec<&UprReview> = upr.iter().filter(|u| u.date >= from).collect();
        sorted.sort_by(|a, b| a.date.cmp(&b.date).then(a.state.cmp(&b.state)));
        for u in sorted {
            if seen.insert(u.state.as_str()) {
                order.push((u.date, u.state.as_str()));
            }
        }
        for (i, (_, s)) in order.iter().enumerate() {
            upr_rank.insert((*s).to_string(), i);
        }
    }
    let n_rank = upr_rank.len().max(1);
    let pins: HashMap<(String, Committee), Pin> = config
        .pins
        .iter()
        .map(|p| {
            (
                (p.state.to_ascii_uppercase(), p.committee),
                Pin {
                    session: session_id(&p.session).unwrap_or_else(|| p.session.clone()),
                    follow_up: p.follow_up.as_ref().and_then(|f| session_id(f)),
                },
            )
        })
        .collect();

    let due_cfg = &config.due;
    let earliest_due = add_months(from, due_cfg.minimum_lead_months);
    let mut pairs = Vec::new();
    let mut inherited = Vec::new();
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut parties: Vec<&Party> = facts
        .parties
        .iter()
        .filter(|p| committees.contains(&p.committee))
        .collect();
    parties.sort_by(|a, b| (a.committee, &a.state).cmp(&(b.committee, &b.state)));
    for party in parties {
        let key = (party.state.clone(), party.committee);
        let modality = config.modality(party.committee);
        let mut assumptions = Vec::new();
        let last = last_review.get(&key).copied();
        if let Some((_, true)) = last {
            assumptions.push("its last review was only announced; assumed held".to_string());
        }
        let (category, due) = if party.committee == Committee::Ced {
            let due = match last {
                Some((d, _)) => add_months(d, config.cycle.ced_interval_months),
                None => earliest_due,
            };
            assumptions.push(format!(
                "CED additional information requested {} months after the last review (assumption)",
                config.cycle.ced_interval_months
            ));
            (
                if last.is_some() {
                    Category::Regular
                } else {
                    Category::Unknown
                },
                due,
            )
        } else if let Some(received) = waiting
            .get(&key)
            .filter(|&&r| last.is_none_or(|(d, _)| r > d))
        {
            (
                Category::ReportWaiting,
                add_months(*received, due_cfg.report_waiting_lead_months),
            )
        } else if let Some((d, _)) = last {
            (Category::Regular, add_months(d, config.cycle.cycle_months))
        } else if no_report.contains(&key) {
            (
                Category::NoReport,
                add_months(from, due_cfg.no_report_notice_months),
            )
        } else if party.binds_from > add_months(from, -due_cfg.new_party_months) {
            let initial = party
                .initial_report_due
                .unwrap_or_else(|| add_months(party.binds_from, 12));
            assumptions.push(format!(
                "no review found; treated as a new party: initial report due {initial}, dialogue {} months later (assumption)",
                due_cfg.initial_lead_months
            ));
            (
                Category::Initial,
                add_months(initial, due_cfg.initial_lead_months),
            )
        } else {
            let due = match due_cfg.unknown_seeding {
                Seeding::DueNow => earliest_due,
                Seeding::UprOrder => {
                    let rank = upr_rank.get(&party.state).copied().unwrap_or(n_rank / 2);
                    let span = config.cycle.cycle_months - due_cfg.minimum_lead_months;
                    let offset =
                        i32::try_from(rank * usize::try_from(span.max(0)).unwrap_or(0) / n_rank)
                            .unwrap_or(0);
                    add_months(earliest_due, offset)
                }
            };
            assumptions.push(format!(
                "no review found in the bundled history; due date {due} seeded by {} (assumption)",
                match due_cfg.unknown_seeding {
                    Seeding::UprOrder => "the State's place in the UPR order",
                    Seeding::DueNow => "'due now'",
                }
            ));
            (Category::Unknown, due)
        };
        let due = if due < earliest_due {
            if category != Category::Unknown {
                assumptions.push(format!(
                    "due {due} is before the earliest date a review can be prepared; planned as due {earliest_due}"
                ));
            }
            earliest_due
        } else {
            due
        };
        *counts.entry(category.as_str()).or_default() += 1;
        let weight = match category {
            Category::ReportWaiting => due_cfg.weight_report_waiting,
            Category::Initial => due_cfg.weight_initial,
            Category::Regular => due_cfg.weight_regular,
            Category::Unknown => due_cfg.weight_unknown,
            Category::NoReport => due_cfg.weight_no_report,
        };
        let follow_up = if party.committee == Committee::Ced {
            Modality::Written
        } else {
            modality
        };
        if let Some((d, _)) = last
            && category == Category::Regular
            && follow_up != Modality::Written
            && add_months(d, config.follow_up.window_months.1) >= from
        {
            inherited.push(InheritedSpec {
                state: party.state.clone(),
                committee: party.committee,
                last_review: d,
                follow_up,
                pinned: None,
                published: None,
            });
        }
        pairs.push(PairSpec {
            state: party.state.clone(),
            committee: party.committee,
            category,
            due,
            binds_from: party.binds_from,
            last_review: last.map(|(d, _)| d),
            weight,
            follow_up,
            pinned: pins.get(&key).cloned(),
            published: None,
            assumptions,
        });
    }
    notes.push(format!(
        "pairs by category: {}",
        counts
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    if counts.get("unknown").copied().unwrap_or(0) > 0 {
        notes.push(
            "pairs with no review in the bundled history get a seeded due date (plan configuration, due.unknown_seeding): the history is partial".to_string(),
        );
    }
    let states_with_upr: std::collections::HashSet<&str> =
        upr.iter().map(|u| u.state.as_str()).collect();
    let without: Vec<&str> = {
        let mut v: Vec<&str> = pairs
            .iter()
            .map(|p| p.state.as_str())
            .filter(|s| !states_with_upr.contains(s))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    if !without.is_empty() {
        notes.push(format!(
            "no UPR date found for {} participants ({}): no black-out applied to them",
            without.len(),
            without.join(", ")
        ));
    }
    notes.push(
        "UPR sessions 51-54 use the 3rd-cycle groups of sessions 37-40 and later cycles repeat the order every cycle (assumptions in the plan configuration)".to_string(),
    );
    Instance {
        policy,
        sessions,
        pairs,
        inherited,
        upr,
        notes,
    }
}
