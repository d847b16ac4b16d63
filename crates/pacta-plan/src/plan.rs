//! The published plan: the JSON document `pacta plan --format json` writes and
//! `pacta plan check` / `--replan` read (format in docs/planner.md), with the metrics
//! of PLANNER.md §5.5, the meeting-time table and an explanation for every review and
//! every unscheduled pair.
//!
//! Built from a solved [`Solution`]; it holds dates and ids, not model indices, so a
//! plan stays readable when the model changes.

use std::collections::BTreeMap;

use jiff::civil::Date;
use pacta_core::Committee;
use serde::{Deserialize, Serialize};

use crate::instance::{Category, Instance, SessionKind, first_day, month_of};
use crate::model::{Model, NONE};
use crate::solution::{Breakdown, Solution};
use crate::solve::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Full,
    FollowUp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanSession {
    pub id: String,
    pub committee: Committee,
    pub start: Date,
    pub end: Date,
    /// Dialogue units.
    pub capacity: u32,
    pub load: u32,
    #[serde(default)]
    pub cancelled: bool,
    /// Projected from the committee's pattern, not announced.
    #[serde(default)]
    pub assumed: bool,
    #[serde(default)]
    pub visit_window: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanReview {
    pub state: String,
    pub committee: Committee,
    pub kind: Kind,
    pub session: String,
    pub start: Date,
    /// Full review: the planning due date; follow-up: its target date.
    pub due: Date,
    pub load: u32,
    /// The follow-up of a review held before the calendar starts.
    #[serde(default)]
    pub inherited: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unscheduled {
    pub state: String,
    pub committee: Committee,
    pub kind: Kind,
    #[serde(default)]
    pub inherited: bool,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stat {
    pub n: usize,
    pub mean: f64,
    pub p95: f64,
    pub max: f64,
}

impl Stat {
    pub fn of(values: &mut [f64]) -> Stat {
        if values.is_empty() {
            return Stat::default();
        }
        values.sort_by(f64::total_cmp);
        let n = values.len();
        let mean = values.iter().sum::<f64>() / n as f64;
        let p95 = values[((n as f64 * 0.95).ceil() as usize).clamp(1, n) - 1];
        Stat {
            n,
            mean: (mean * 10.0).round() / 10.0,
            p95,
            max: values[n - 1],
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CommitteeLoad {
    pub sessions: usize,
    pub utilisation_min: f64,
    pub utilisation_mean: f64,
    pub utilisation_max: f64,
    pub utilisation_sd: f64,
    pub sessions_at_95: usize,
}

/// Meeting time per committee and year (GA res. 68/268's question).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingTime {
    pub committee: Committee,
    pub year: i16,
    /// Dialogue units configured (sessions not cancelled) and used by the plan.
    pub units_configured: u32,
    pub units_used: u32,
    /// Units the calendar needs: used + full reviews due that year left unscheduled
    /// + follow-ups due that year turned into written procedures.
    pub units_needed: u32,
    pub weeks_configured: f64,
    pub weeks_needed: f64,
    /// Lateness and unscheduled cost of this committee's reviews due that year.
    pub shortfall_cost: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    pub objective: f64,
    pub lower_bound: f64,
    /// (objective − lower_bound) / objective.
    pub gap: f64,
    pub bound_method: String,
    pub breakdown: BreakdownOut,
    pub pairs: usize,
    pub full_scheduled: usize,
    pub full_unscheduled: usize,
    pub follow_ups_scheduled: usize,
    pub follow_ups_written: usize,
    pub follow_ups_beyond_horizon: usize,
    pub lateness_months: Stat,
    pub lateness_by_category: BTreeMap<String, Stat>,
    pub lateness_by_committee: BTreeMap<String, Stat>,
    pub report_waiting_months_to_dialogue: Stat,
    pub follow_up_spacing_months: Stat,
    pub load_by_committee: BTreeMap<String, CommitteeLoad>,
    pub spare_units_by_year: BTreeMap<i16, i64>,
    pub max_full_per_state_year: u32,
    pub state_collisions: usize,
    pub states_with_collisions: usize,
    pub upr_conflicts: usize,
    pub cluster_same_year_share: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stability: Option<Stability>,
    pub phases: Vec<(String, f64)>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BreakdownOut {
    pub columns: f64,
    pub collisions: f64,
    pub spare: f64,
    pub clusters: f64,
}

impl From<Breakdown> for BreakdownOut {
    fn from(b: Breakdown) -> Self {
        BreakdownOut {
            columns: round2(b.columns),
            collisions: round2(b.collisions),
            spare: round2(b.spare),
            clusters: round2(b.clusters),
        }
    }
}

/// Changes against the published plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stability {
    pub full_moved: usize,
    pub follow_ups_moved: usize,
    pub months_shifted: i64,
    pub states_affected: usize,
    pub moved_within_12_months: usize,
    pub moved_within_24_months: usize,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub state: String,
    pub committee: Committee,
    pub kind: Kind,
    pub from: Option<String>,
    pub to: Option<String>,
    pub months: i64,
}

/// The whole plan document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub from: Date,
    pub years: u32,
    pub sessions: Vec<PlanSession>,
    pub reviews: Vec<PlanReview>,
    pub unscheduled: Vec<Unscheduled>,
    pub metrics: Metrics,
    #[serde(default)]
    pub meeting_time: Vec<MeetingTime>,
    #[serde(default)]
    pub notes: Vec<String>,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn ym(m: i32) -> String {
    let d = first_day(m);
    format!("{:04}-{:02}", d.year(), d.month())
}

/// Build the plan document from a solved outcome.
pub fn build_plan(instance: &Instance, model: &Model, outcome: &Outcome) -> Plan {
    let sol = Solution::from_assignment(model, &outcome.assignment)
        .unwrap_or_else(|| Solution::new(model));
    let policy = &instance.policy;
    let mut sessions: Vec<PlanSession> = instance
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            month_of(s.start) >= policy.horizon_start() && month_of(s.start) < policy.horizon_end()
        })
        .map(|(k, s)| PlanSession {
            id: s.id.clone(),
            committee: s.committee,
            start: s.start,
            end: s.end,
            capacity: s.capacity,
            load: u32::try_from(sol.load[k]).unwrap_or(0),
            cancelled: s.cancelled,
            assumed: s.assumed,
            visit_window: s.kind == SessionKind::VisitWindow,
        })
        .collect();
    sessions.sort_by_key(|a| (a.start, a.committee));

    let explain = Explainer::new(instance, model, &sol);
    let mut reviews = Vec::new();
    let mut unscheduled = Vec::new();
    let (lo, hi) = policy.follow_up_window;
    let mut beyond = 0;
    for (p, spec) in instance.pairs.iter().enumerate() {
        let f = sol.a.full[p];
        if f == NONE {
            unscheduled.push(Unscheduled {
                state: spec.state.clone(),
                committee: spec.committee,
                kind: Kind::Full,
                inherited: false,
                reason: explain.unscheduled(p),
            });
            continue;
        }
        let fo = &model.full_opts[f as usize];
        let k = fo.session as usize;
        let ss = &instance.sessions[k];
        reviews.push(PlanReview {
            state: spec.state.clone(),
            committee: spec.committee,
            kind: Kind::Full,
            session: ss.id.clone(),
            start: ss.start,
            due: spec.due,
            load: policy.full_load,
            inherited: false,
            category: Some(spec.category),
            why: explain.full(p, k),
        });
        let u = sol.a.fu[p];
        let t = model.sessions[k].month;
        if u != NONE {
            let m = model.fu_opts[u as usize].session as usize;
            let sm = &instance.sessions[m];
            reviews.push(PlanReview {
                state: spec.state.clone(),
                committee: spec.committee,
                kind: Kind::FollowUp,
                session: sm.id.clone(),
                start: sm.start,
                due: first_day(t + policy.follow_up_target),
                load: policy.follow_up_load,
                inherited: false,
                category: None,
                why: format!(
                    "follow-up {} months after the full review in {} (window {lo}–{hi}, target {})",
                    model.sessions[m].month - t,
                    ss.id,
                    policy.follow_up_target
                ),
            });
        } else if fo.fu_none_cost > 0.0 && spec.follow_up != crate::instance::Modality::Written {
            unscheduled.push(Unscheduled {
                state: spec.state.clone(),
                committee: spec.committee,
                kind: Kind::FollowUp,
                inherited: false,
                reason: format!(
                    "written procedure instead: no session with room in {}–{} (months {lo}–{hi} after {})",
                    ym(t + lo),
                    ym(t + hi),
                    ss.id
                ),
            });
        } else if spec.follow_up != crate::instance::Modality::Written {
            beyond += 1;
        }
    }
    let mut j_model = 0;
    for spec in &instance.inherited {
        if spec.follow_up == crate::instance::Modality::Written {
            continue;
        }
        let last = month_of(spec.last_review);
        if last + hi < policy.horizon_start() {
            continue;
        }
        let j = j_model;
        j_model += 1;
        let o = sol.a.inh.get(j).copied().unwrap_or(NONE);
        let target = last + policy.follow_up_target;
        if o == NONE {
            let opts = &model.inherited[j].opts;
            unscheduled.push(Unscheduled {
                state: spec.state.clone(),
                committee: spec.committee,
                kind: Kind::FollowUp,
                inherited: true,
                reason: if opts.start == opts.end {
                    format!(
                        "written procedure instead: no admissible session in its window {}–{} (UPR black-out, freeze or no session)",
                        ym((last + lo).max(policy.horizon_start())),
                        ym(last + hi)
                    )
                } else {
                    format!(
                        "written procedure instead: the sessions in its window {}–{} are full",
                        ym((last + lo).max(policy.horizon_start())),
                        ym(last + hi)
                    )
                },
            });
            continue;
        }
        let m = model.inh_opts[o as usize].session as usize;
        let sm = &instance.sessions[m];
        reviews.push(PlanReview {
            state: spec.state.clone(),
            committee: spec.committee,
            kind: Kind::FollowUp,
            session: sm.id.clone(),
            start: sm.start,
            due: first_day(target),
            load: policy.follow_up_load,
            inherited: true,
            category: None,
            why: format!(
                "follow-up of the review of {} (before the calendar), {} months after it (window {lo}–{hi})",
                spec.last_review,
                model.sessions[m].month - last
            ),
        });
    }
    reviews.sort_by(|a, b| {
        (a.start, a.committee, &a.state, a.kind).cmp(&(b.start, b.committee, &b.state, b.kind))
    });
    unscheduled
        .sort_by(|a, b| (a.committee, &a.state, a.kind).cmp(&(b.committee, &b.state, b.kind)));

    let metrics = compute_metrics(
        instance,
        model,
        &sol,
        outcome,
        &reviews,
        &unscheduled,
        beyond,
    );
    let meeting_time = meeting_time(instance, model, &sol, &unscheduled);
    let mut notes = instance.notes.clone();
    notes.push(format!(
        "objective {:.1}, lower bound {:.1} ({}), proven gap {:.2} %",
        metrics.objective,
        metrics.lower_bound,
        metrics.bound_method,
        metrics.gap * 100.0
    ));
    Plan {
        from: policy.from,
        years: policy.years,
        sessions,
        reviews,
        unscheduled,
        metrics,
        meeting_time,
        notes,
    }
}

fn compute_metrics(
    instance: &Instance,
    model: &Model,
    sol: &Solution,
    outcome: &Outcome,
    reviews: &[PlanReview],
    unscheduled: &[Unscheduled],
    beyond: usize,
) -> Metrics {
    let mut late = Vec::new();
    let mut by_cat: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut by_com: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut waiting = Vec::new();
    let mut spacing = Vec::new();
    let mut full_at: BTreeMap<(String, Committee), i32> = BTreeMap::new();
    for r in reviews.iter().filter(|r| r.kind == Kind::Full) {
        let l = f64::from((month_of(r.start) - month_of(r.due)).max(0));
        late.push(l);
        if let Some(c) = r.category {
            by_cat.entry(c.as_str().to_string()).or_default().push(l);
        }
        by_com.entry(r.committee.to_string()).or_default().push(l);
        full_at.insert((r.state.clone(), r.committee), month_of(r.start));
    }
    for (p, spec) in instance.pairs.iter().enumerate() {
        if spec.category == Category::ReportWaiting && sol.a.full[p] != NONE {
            let k = model.full_opts[sol.a.full[p] as usize].session as usize;
            // due = received + lead: recover months from the report to the dialogue.
            waiting.push(f64::from(model.sessions[k].month - month_of(spec.due) + 12));
        }
    }
    for r in reviews
        .iter()
        .filter(|r| r.kind == Kind::FollowUp && !r.inherited)
    {
        if let Some(&t) = full_at.get(&(r.state.clone(), r.committee)) {
            spacing.push(f64::from(month_of(r.start) - t));
        }
    }
    let mut load_by: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut spare_by_year: BTreeMap<i16, i64> = BTreeMap::new();
    for (k, s) in instance.sessions.iter().enumerate() {
        let ms = &model.sessions[k];
        if !ms.usable || s.kind != SessionKind::Session {
            continue;
        }
        load_by
            .entry(s.committee.to_string())
            .or_default()
            .push(f64::from(sol.load[k]) / f64::from(s.capacity.max(1)));
        *spare_by_year.entry(s.start.year()).or_default() += i64::from(ms.capacity - sol.load[k]);
    }
    let load_by_committee = load_by
        .into_iter()
        .map(|(c, v)| {
            let n = v.len().max(1) as f64;
            let mean = v.iter().sum::<f64>() / n;
            let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
            (
                c,
                CommitteeLoad {
                    sessions: v.len(),
                    utilisation_min: round2(v.iter().copied().fold(f64::INFINITY, f64::min)),
                    utilisation_mean: round2(mean),
                    utilisation_max: round2(v.iter().copied().fold(0.0, f64::max)),
                    utilisation_sd: round2(sd),
                    sessions_at_95: v.iter().filter(|&&x| x >= 0.95).count(),
                },
            )
        })
        .collect();
    let mut collisions = 0;
    let mut states = std::collections::BTreeSet::new();
    for s in 0..model.states.len() {
        for q in 0..model.n_quarters {
            let n = sol.sq[s * model.n_quarters + q];
            if n > 1 {
                collisions += usize::from(n - 1);
                states.insert(s);
            }
        }
    }
    let max_sy = sol.sy.iter().copied().max().unwrap_or(0);
    let mut same = 0;
    let mut both = 0;
    for l in &model.links {
        let (fa, fb) = (sol.a.full[l.a as usize], sol.a.full[l.b as usize]);
        if fa != NONE && fb != NONE {
            both += 1;
            if model.full_opts[fa as usize].year == model.full_opts[fb as usize].year {
                same += 1;
            }
        }
    }
    let written = unscheduled
        .iter()
        .filter(|u| u.kind == Kind::FollowUp)
        .count();
    let mut stats_cat = BTreeMap::new();
    for (k, mut v) in by_cat {
        stats_cat.insert(k, Stat::of(&mut v));
    }
    let mut stats_com = BTreeMap::new();
    for (k, mut v) in by_com {
        stats_com.insert(k, Stat::of(&mut v));
    }
    Metrics {
        objective: round2(outcome.objective),
        lower_bound: round2(outcome.bound),
        gap: (outcome.gap() * 1e5).round() / 1e5,
        bound_method: outcome.bound_method.clone(),
        breakdown: sol.breakdown().into(),
        pairs: instance.pairs.len(),
        full_scheduled: reviews.iter().filter(|r| r.kind == Kind::Full).count(),
        full_unscheduled: unscheduled.iter().filter(|u| u.kind == Kind::Full).count(),
        follow_ups_scheduled: reviews.iter().filter(|r| r.kind == Kind::FollowUp).count(),
        follow_ups_written: written,
        follow_ups_beyond_horizon: beyond,
        lateness_months: Stat::of(&mut late),
        lateness_by_category: stats_cat,
        lateness_by_committee: stats_com,
        report_waiting_months_to_dialogue: Stat::of(&mut waiting),
        follow_up_spacing_months: Stat::of(&mut spacing),
        load_by_committee,
        spare_units_by_year: spare_by_year,
        max_full_per_state_year: u32::from(max_sy),
        state_collisions: collisions,
        states_with_collisions: states.len(),
        upr_conflicts: 0,
        cluster_same_year_share: if both == 0 {
            1.0
        } else {
            round2(f64::from(same) / f64::from(both))
        },
        stability: None,
        phases: outcome
            .phases
            .iter()
            .map(|(n, c)| (n.clone(), round2(*c)))
            .collect(),
    }
}

fn meeting_time(
    instance: &Instance,
    model: &Model,
    sol: &Solution,
    unscheduled: &[Unscheduled],
) -> Vec<MeetingTime> {
    let policy = &instance.policy;
    let mut rows: BTreeMap<(Committee, i16), MeetingTime> = BTreeMap::new();
    let mut weeks_per_unit: BTreeMap<Committee, f64> = BTreeMap::new();
    for (k, s) in instance.sessions.iter().enumerate() {
        if s.kind != SessionKind::Session
            || month_of(s.start) < policy.horizon_start()
            || month_of(s.start) >= policy.horizon_end()
        {
            continue;
        }
        let weeks = ((s.end - s.start).get_days() + 3) as f64 / 7.0;
        if s.capacity > 0 {
            weeks_per_unit.insert(s.committee, weeks / f64::from(s.capacity));
        }
        let r = rows
            .entry((s.committee, s.start.year()))
            .or_insert(MeetingTime {
                committee: s.committee,
                year: s.start.year(),
                units_configured: 0,
                units_used: 0,
                units_needed: 0,
                weeks_configured: 0.0,
                weeks_needed: 0.0,
                shortfall_cost: 0.0,
            });
        if !s.cancelled {
            r.units_configured += s.capacity;
            r.weeks_configured += weeks;
        }
        r.units_used += u32::try_from(sol.load[k]).unwrap_or(0);
    }
    // Costs and unmet demand by the year each pair is due.
    for (p, spec) in instance.pairs.iter().enumerate() {
        let year = spec.due.year().max(policy.from.year());
        let Some(r) = rows.get_mut(&(spec.committee, year)) else {
            continue;
        };
        r.shortfall_cost += sol.pair_column_cost(p, sol.a.full[p], sol.a.fu[p]);
    }
    for u in unscheduled {
        let year = instance
            .pairs
            .iter()
            .find(|p| p.state == u.state && p.committee == u.committee)
            .map(|p| p.due.year().max(policy.from.year()))
            .unwrap_or(policy.from.year());
        let key = (u.committee, year);
        if let Some(r) = rows.get_mut(&key) {
            r.units_needed += if u.kind == Kind::Full {
                policy.full_load
            } else {
                policy.follow_up_load
            };
        }
    }
    let _ = model;
    rows.into_values()
        .map(|mut r| {
            r.units_needed += r.units_used;
            let wpu = weeks_per_unit.get(&r.committee).copied().unwrap_or(0.0);
            r.weeks_configured = round2(r.weeks_configured);
            r.weeks_needed = round2(f64::from(r.units_needed) * wpu);
            r.shortfall_cost = round2(r.shortfall_cost);
            r
        })
        .collect()
}

/// Why each review sits where it does.
struct Explainer<'a> {
    instance: &'a Instance,
    model: &'a Model,
    sol: &'a Solution<'a>,
}

impl<'a> Explainer<'a> {
    fn new(instance: &'a Instance, model: &'a Model, sol: &'a Solution<'a>) -> Self {
        Explainer {
            instance,
            model,
            sol,
        }
    }

    fn upr_near(&self, state: &str, month: i32) -> Option<String> {
        let d = self.instance.policy.upr_blackout_months;
        self.instance
            .upr
            .iter()
            .find(|u| u.state == state && (month_of(u.date) - month).abs() <= d)
            .map(|u| {
                format!(
                    "UPR black-out (UPR session {} on {}{}, ±{d} months)",
                    u.session,
                    u.date,
                    if u.assumed { ", projected" } else { "" }
                )
            })
    }

    /// Why session `k` was not used for pair `p`.
    fn blocked(&self, p: usize, k: usize) -> String {
        let spec = &self.instance.pairs[p];
        let s = &self.instance.sessions[k];
        let ms = &self.model.sessions[k];
        if s.cancelled {
            return format!("{} cancelled", s.id);
        }
        if s.start < spec.binds_from {
            return format!(
                "{} before the instrument binds the State ({})",
                s.id, spec.binds_from
            );
        }
        if ms.month < self.instance.policy.horizon_start() + self.instance.policy.freeze_months {
            return format!("{} in the freeze window", s.id);
        }
        if let Some(r) = self.upr_near(&spec.state, ms.month) {
            return format!("{} in the {r}", s.id);
        }
        let opt = self
            .model
            .full_opts_of(p)
            .iter()
            .find(|f| f.session as usize == k);
        let Some(fo) = opt else {
            return format!(
                "{} not admissible (inherited follow-up still due before it)",
                s.id
            );
        };
        let state = self.model.pairs[p].state as usize;
        if self.sol.room(k) < self.model.full_load {
            return format!("{} full ({}/{} units)", s.id, self.sol.load[k], ms.capacity);
        }
        if self.sol.sy[state * self.model.n_years + fo.year as usize]
            >= self.model.max_full_per_state_year
        {
            return format!(
                "{} would be a third full review of {} in {}",
                s.id,
                spec.state,
                s.start.year()
            );
        }
        if self.sol.sq[state * self.model.n_quarters + fo.quarter as usize] >= 1 {
            return format!(
                "{} would put two reviews of {} in one quarter",
                s.id, spec.state
            );
        }
        format!(
            "{} cost more overall (follow-up room, spare capacity)",
            s.id
        )
    }

    fn full(&self, p: usize, k: usize) -> String {
        let spec = &self.instance.pairs[p];
        let t = self.model.sessions[k].month;
        let due = month_of(spec.due);
        let mut why = format!(
            "{}: due {}",
            spec.category.as_str().replace('_', " "),
            ym(due)
        );
        if let Some(last) = spec.last_review {
            why.push_str(&format!(" (last review {last})"));
        }
        if t <= due {
            why.push_str(&format!("; planned {} (on time)", ym(t)));
        } else {
            why.push_str(&format!("; planned {} ({} months late)", ym(t), t - due));
            // Sessions of the committee between the due date (or the first allowed
            // one) and the chosen session, and what kept each out.
            let mut reasons = Vec::new();
            for (j, s) in self.instance.sessions.iter().enumerate() {
                let m = self.model.sessions[j].month;
                if s.committee == spec.committee
                    && s.kind == SessionKind::Session
                    && m < t
                    && m >= due.min(t) - 6
                    && m >= self.instance.policy.horizon_start()
                {
                    reasons.push(self.blocked(p, j));
                }
            }
            if !reasons.is_empty() {
                why.push_str(": ");
                why.push_str(&reasons.join("; "));
            }
        }
        if let Some(pb) = &spec.published {
            match &pb.session {
                Some(s0) if *s0 != self.instance.sessions[k].id => {
                    why.push_str(&format!("; moved from {s0}"))
                }
                None => why.push_str("; newly scheduled"),
                _ => {}
            }
        }
        for a in &spec.assumptions {
            why.push_str("; ");
            why.push_str(a);
        }
        why
    }

    fn unscheduled(&self, p: usize) -> String {
        let spec = &self.instance.pairs[p];
        let mp = &self.model.pairs[p];
        let e = mp.exclusions;
        let n_opts = mp.full.end - mp.full.start;
        let mut reason = if n_opts == 0 {
            let mut parts = Vec::new();
            if e.before_binding > 0 {
                parts.push(format!(
                    "{} sessions before the instrument binds the State",
                    e.before_binding
                ));
            }
            if e.upr_blackout > 0 {
                parts.push(format!("{} in the UPR black-out", e.upr_blackout));
            }
            if e.frozen > 0 {
                parts.push(format!("{} in the freeze window", e.frozen));
            }
            if e.cancelled > 0 {
                parts.push(format!("{} cancelled", e.cancelled));
            }
            if e.before_inherited_follow_up > 0 {
                parts.push(format!(
                    "{} before its inherited follow-up is done",
                    e.before_inherited_follow_up
                ));
            }
            format!("no admissible session in the cycle: {}", parts.join(", "))
        } else {
            let full = self
                .model
                .full_opts_of(p)
                .iter()
                .filter(|f| self.sol.room(f.session as usize) < self.model.full_load)
                .count();
            format!(
                "lack of capacity: {full} of the {n_opts} admissible {} sessions are full, the rest would break the State-year limit; the reviews placed there cost less to keep",
                spec.committee
            )
        };
        for a in &spec.assumptions {
            reason.push_str("; ");
            reason.push_str(a);
        }
        reason
    }
}
