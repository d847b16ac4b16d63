//! `pacta plan check`: re-validate every hard rule of a plan document against the
//! instance, independently of the solver — it uses only the plan's dates and ids and
//! the instance's specifications, never the model's options or the solver's
//! bookkeeping, so a solver bug cannot hide here.
//!
//! Rules (issue 3, PLANNER.md §3.3): session capacity (H3); at most one full review
//! per pair, and every pair either reviewed or listed as unscheduled (H1); follow-up
//! in its window after the full review and before the next (H2); no review before
//! the instrument binds the State; at most N full reviews of a State per calendar
//! year (H4); nothing in a UPR black-out, a cancelled session or the freeze window
//! unless pinned (H5, H6).

use std::collections::{BTreeMap, HashMap, HashSet};

use pacta_core::Committee;
use serde::Serialize;

use crate::instance::{Instance, month_of};
use crate::plan::{Kind, Plan};

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub rule: &'static str,
    pub detail: String,
}

/// Check a plan; an empty list means every hard rule holds.
pub fn check(plan: &Plan, instance: &Instance) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut v = |rule: &'static str, detail: String| out.push(Violation { rule, detail });
    let policy = &instance.policy;
    let sessions: HashMap<&str, &crate::instance::SessionSpec> = instance
        .sessions
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let pairs: HashMap<(&str, Committee), &crate::instance::PairSpec> = instance
        .pairs
        .iter()
        .map(|p| ((p.state.as_str(), p.committee), p))
        .collect();
    let freeze_end = policy.horizon_start() + policy.freeze_months;
    let blackout = policy.upr_blackout_months;
    let mut load: HashMap<&str, u32> = HashMap::new();
    let mut full_of: HashMap<(&str, Committee), i32> = HashMap::new();
    let mut per_year: BTreeMap<(&str, i16), u32> = BTreeMap::new();
    for r in &plan.reviews {
        let Some(s) = sessions.get(r.session.as_str()) else {
            v(
                "unknown session",
                format!(
                    "{} {} {:?} in unknown session {}",
                    r.state, r.committee, r.kind, r.session
                ),
            );
            continue;
        };
        if s.committee != r.committee {
            v(
                "wrong committee",
                format!(
                    "{} {} review in {}'s session {}",
                    r.state, r.committee, s.committee, s.id
                ),
            );
        }
        *load.entry(s.id.as_str()).or_default() += r.load;
        let pinned = pairs
            .get(&(r.state.as_str(), r.committee))
            .is_some_and(|p| {
                p.pinned.as_ref().is_some_and(|pin| {
                    pin.session == s.id || pin.follow_up.as_deref() == Some(s.id.as_str())
                }) || p.published.as_ref().is_some_and(|pb| {
                    month_of(s.start) < freeze_end
                        && (pb.session.as_deref() == Some(s.id.as_str())
                            || pb.follow_up.as_deref() == Some(s.id.as_str()))
                })
            })
            || (r.inherited
                && instance.inherited.iter().any(|j| {
                    j.state == r.state
                        && j.committee == r.committee
                        && (j.pinned.as_deref() == Some(s.id.as_str())
                            || j.published.as_ref().is_some_and(|p| {
                                p.as_deref() == Some(s.id.as_str())
                                    && month_of(s.start) < freeze_end
                            }))
                }));
        if s.cancelled {
            v(
                "cancelled session",
                format!(
                    "{} {} {:?} in cancelled session {}",
                    r.state, r.committee, r.kind, s.id
                ),
            );
        }
        let m = month_of(s.start);
        if m < policy.horizon_start() || m >= policy.horizon_end() {
            v(
                "outside the cycle",
                format!(
                    "{} {} in {} ({}), outside the cycle",
                    r.state, r.committee, s.id, s.start
                ),
            );
        }
        if !pinned && m < freeze_end {
            v(
                "freeze window",
                format!(
                    "{} {} {:?} in {} inside the freeze window",
                    r.state, r.committee, r.kind, s.id
                ),
            );
        }
        if !pinned
            && let Some(u) = instance
                .upr
                .iter()
                .find(|u| u.state == r.state && (month_of(u.date) - m).abs() <= blackout)
        {
            v(
                "UPR black-out",
                format!(
                    "{} {} {:?} in {} ({}) within {blackout} months of its UPR review ({})",
                    r.state, r.committee, r.kind, s.id, s.start, u.date
                ),
            );
        }
        if r.kind == Kind::Full {
            match pairs.get(&(r.state.as_str(), r.committee)) {
                None => v(
                    "unknown pair",
                    format!("{} is not a planned party of {}", r.state, r.committee),
                ),
                Some(p) => {
                    if s.start < p.binds_from {
                        v(
                            "before binding",
                            format!(
                                "{} {} reviewed in {} ({}) before the instrument binds it ({})",
                                r.state, r.committee, s.id, s.start, p.binds_from
                            ),
                        );
                    }
                    if let Some(j) = instance.inherited.iter().find(|j| {
                        j.state == r.state
                            && j.committee == r.committee
                            && j.follow_up != crate::instance::Modality::Written
                    }) {
                        let end = month_of(j.last_review) + policy.follow_up_window.1;
                        if end >= policy.horizon_start() && m <= end && !pinned {
                            v(
                                "follow-up between full reviews",
                                format!(
                                    "{} {} full review in {} before its previous review's follow-up window ends",
                                    r.state, r.committee, s.id
                                ),
                            );
                        }
                    }
                }
            }
            if full_of.insert((r.state.as_str(), r.committee), m).is_some() {
                v(
                    "one full review per pair",
                    format!("{} {} has more than one full review", r.state, r.committee),
                );
            }
            *per_year
                .entry((r.state.as_str(), s.start.year()))
                .or_default() += 1;
        }
    }
    for ((state, year), n) in &per_year {
        if *n > policy.max_full_per_state_year {
            v(
                "State-year limit",
                format!(
                    "{state} has {n} full reviews in {year} (limit {})",
                    policy.max_full_per_state_year
                ),
            );
        }
    }
    for (id, l) in &load {
        if let Some(s) = sessions.get(id)
            && *l > s.capacity
        {
            v(
                "capacity",
                format!("{id} holds {l} units, capacity {}", s.capacity),
            );
        }
    }
    let (lo, hi) = policy.follow_up_window;
    let mut own_fu: HashSet<(&str, Committee)> = HashSet::new();
    for r in plan.reviews.iter().filter(|r| r.kind == Kind::FollowUp) {
        let Some(s) = sessions.get(r.session.as_str()) else {
            continue;
        };
        let m = month_of(s.start);
        if r.inherited {
            let Some(j) = instance
                .inherited
                .iter()
                .find(|j| j.state == r.state && j.committee == r.committee)
            else {
                v(
                    "unknown follow-up",
                    format!(
                        "{} {}: no earlier review to follow up",
                        r.state, r.committee
                    ),
                );
                continue;
            };
            let gap = m - month_of(j.last_review);
            if (gap < lo || gap > hi) && j.pinned.is_none() {
                v(
                    "follow-up window",
                    format!(
                        "{} {} inherited follow-up {gap} months after {}",
                        r.state, r.committee, j.last_review
                    ),
                );
            }
            if let Some(&t) = full_of.get(&(r.state.as_str(), r.committee))
                && m >= t
            {
                v(
                    "follow-up between full reviews",
                    format!(
                        "{} {} inherited follow-up after the new full review",
                        r.state, r.committee
                    ),
                );
            }
        } else {
            if !own_fu.insert((r.state.as_str(), r.committee)) {
                v(
                    "one follow-up per review",
                    format!("{} {} has two follow-ups", r.state, r.committee),
                );
            }
            match full_of.get(&(r.state.as_str(), r.committee)) {
                None => v(
                    "follow-up without a full review",
                    format!(
                        "{} {} follow-up in {} without a full review",
                        r.state, r.committee, s.id
                    ),
                ),
                Some(&t) => {
                    let gap = m - t;
                    if gap < lo || gap > hi {
                        v(
                            "follow-up window",
                            format!(
                                "{} {} follow-up {gap} months after the full review (window {lo}–{hi})",
                                r.state, r.committee
                            ),
                        );
                    }
                }
            }
        }
    }
    // Every pair is reviewed or listed as unscheduled, with a reason.
    let unscheduled: HashSet<(&str, Committee)> = plan
        .unscheduled
        .iter()
        .filter(|u| u.kind == Kind::Full)
        .map(|u| (u.state.as_str(), u.committee))
        .collect();
    for p in &instance.pairs {
        let key = (p.state.as_str(), p.committee);
        let reviewed = full_of.contains_key(&key);
        let listed = unscheduled.contains(&key);
        if !reviewed && !listed {
            v(
                "every pair accounted for",
                format!(
                    "{} {} is neither reviewed nor listed as unscheduled",
                    p.state, p.committee
                ),
            );
        }
        if reviewed && listed {
            v(
                "every pair accounted for",
                format!(
                    "{} {} is both reviewed and listed as unscheduled",
                    p.state, p.committee
                ),
            );
        }
    }
    for u in &plan.unscheduled {
        if u.reason.trim().is_empty() {
            v(
                "reason given",
                format!("{} {} unscheduled without a reason", u.state, u.committee),
            );
        }
    }
    out
}
