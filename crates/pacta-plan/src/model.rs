//! The compiled model of PLANNER.md §3: every admissible option of every pair and
//! inherited follow-up, with its column cost, on dense indices.
//!
//! Hard rules that forbid (release, UPR black-out, freeze, cancelled sessions, the
//! follow-up window, the inherited follow-up before the next full review) are applied
//! here by *not generating* the option (H5, H6); what remains coupled — capacity
//! (H3), State-year (H4) and the soft rows S1, S4, S5 — is evaluated by
//! [`crate::solution`]. The model does not search; it only prices.

use std::collections::HashMap;
use std::ops::Range;

use pacta_core::Committee;

use crate::instance::{Instance, Modality, Month, SessionKind, month_of, quarter_of, year_of};

/// "No option": a pair left unscheduled, a follow-up converted to writing.
pub const NONE: u32 = u32::MAX;

/// Why an option was not generated; kept per pair to explain unscheduled pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Exclusions {
    pub cancelled: u16,
    pub before_binding: u16,
    pub upr_blackout: u16,
    pub frozen: u16,
    pub before_inherited_follow_up: u16,
    pub no_capacity: u16,
}

/// A session in the model.
#[derive(Debug, Clone)]
pub struct MSession {
    pub committee: Committee,
    pub month: Month,
    pub year: u16,
    pub quarter: u16,
    pub capacity: i32,
    /// Load above which S4 costs apply (spare_target × capacity).
    pub spare_threshold: f64,
    pub usable: bool,
}

/// A full-review option of a pair: a session and the follow-up options that go with it.
#[derive(Debug, Clone)]
pub struct FullOpt {
    pub session: u32,
    pub year: u16,
    pub quarter: u16,
    pub cost: f64,
    pub fu: Range<u32>,
    /// Cost when no follow-up session is chosen: 0 if the window runs past the horizon
    /// or the follow-up is written; the unscheduled-follow-up penalty otherwise.
    pub fu_none_cost: f64,
}

/// A follow-up option (own or inherited): a session or visit window.
#[derive(Debug, Clone)]
pub struct FuOpt {
    pub session: u32,
    pub quarter: u16,
    pub cost: f64,
}

#[derive(Debug, Clone)]
pub struct MPair {
    pub state: u32,
    pub committee: Committee,
    pub full: Range<u32>,
    pub none_cost: f64,
    pub exclusions: Exclusions,
}

#[derive(Debug, Clone)]
pub struct MInherited {
    pub state: u32,
    pub committee: Committee,
    pub pair: Option<u32>,
    pub opts: Range<u32>,
    pub none_cost: f64,
    pub target: Month,
}

/// Two pairs of one State whose committees form a cluster (S5).
#[derive(Debug, Clone, Copy)]
pub struct ClusterLink {
    pub a: u32,
    pub b: u32,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub horizon_start: Month,
    pub horizon_end: Month,
    /// Calendar year of year index 0.
    pub first_year: i32,
    pub n_years: usize,
    pub n_quarters: usize,
    pub states: Vec<String>,
    pub sessions: Vec<MSession>,
    pub pairs: Vec<MPair>,
    pub full_opts: Vec<FullOpt>,
    pub fu_opts: Vec<FuOpt>,
    pub inherited: Vec<MInherited>,
    pub inh_opts: Vec<FuOpt>,
    pub links: Vec<ClusterLink>,
    /// Links of each pair (indices into `links`), with `true` when the pair is `a`.
    pub pair_links: Vec<Vec<(u32, bool)>>,
    pub full_load: i32,
    pub follow_up_load: i32,
    pub max_full_per_state_year: u8,
    pub collision: f64,
    pub spare_cost: f64,
    pub cluster_split: f64,
    pub session_index: HashMap<String, u32>,
}

impl Model {
    pub fn year_index(&self, month: Month) -> u16 {
        u16::try_from(year_of(month) - self.first_year).unwrap_or(0)
    }

    pub fn quarter_index(&self, month: Month) -> u16 {
        u16::try_from(quarter_of(month) - self.first_year * 4).unwrap_or(0)
    }

    pub fn full_opts_of(&self, pair: usize) -> &[FullOpt] {
        let r = &self.pairs[pair].full;
        &self.full_opts[r.start as usize..r.end as usize]
    }

    /// A copy without capacity rows and without spare-capacity costs: the relaxed
    /// model the Lagrangian heuristic plans each State on (session use is priced).
    pub fn without_capacity(&self) -> Model {
        let mut m = self.clone();
        for s in &mut m.sessions {
            s.capacity = i32::MAX / 4;
            s.spare_threshold = f64::from(i32::MAX / 4);
        }
        m
    }

    /// Build the model of an instance.
    pub fn build(instance: &Instance) -> Model {
        let policy = &instance.policy;
        let w = &policy.weights;
        let horizon_start = policy.horizon_start();
        let horizon_end = policy.horizon_end();
        let first_year = year_of(horizon_start);
        let n_years = usize::try_from(year_of(horizon_end - 1) - first_year + 1).unwrap_or(1);
        let n_quarters = n_years * 4;
        let freeze_end = horizon_start + policy.freeze_months;

        // States, in order of first appearance (deterministic).
        let mut states: Vec<String> = Vec::new();
        let mut state_index: HashMap<String, u32> = HashMap::new();
        let mut state_id = |s: &str, states: &mut Vec<String>| -> u32 {
            if let Some(&i) = state_index.get(s) {
                return i;
            }
            let i = u32::try_from(states.len()).unwrap_or(u32::MAX);
            states.push(s.to_string());
            state_index.insert(s.to_string(), i);
            i
        };

        let mut session_index = HashMap::new();
        let mut sessions = Vec::with_capacity(instance.sessions.len());
        let first_year_idx = |m: Month| u16::try_from(year_of(m) - first_year).unwrap_or(0);
        for (i, s) in instance.sessions.iter().enumerate() {
            let month = month_of(s.start);
            let inside = month >= horizon_start && month < horizon_end;
            let capacity = i32::try_from(s.capacity).unwrap_or(i32::MAX);
            sessions.push(MSession {
                committee: s.committee,
                month,
                year: if inside { first_year_idx(month) } else { 0 },
                quarter: if inside {
                    u16::try_from(quarter_of(month) - first_year * 4).unwrap_or(0)
                } else {
                    0
                },
                capacity,
                spare_threshold: w.spare_target * f64::from(capacity),
                usable: inside && !s.cancelled && capacity > 0,
            });
            session_index.insert(s.id.clone(), u32::try_from(i).unwrap_or(u32::MAX));
        }
        // Sessions of each committee and kind, by month.
        let mut by_committee: HashMap<(Committee, SessionKind), Vec<u32>> = HashMap::new();
        for (i, s) in instance.sessions.iter().enumerate() {
            by_committee
                .entry((s.committee, s.kind))
                .or_default()
                .push(u32::try_from(i).unwrap_or(u32::MAX));
        }
        for list in by_committee.values_mut() {
            list.sort_by_key(|&i| (sessions[i as usize].month, i));
        }

        // UPR months per State.
        let mut upr: HashMap<&str, Vec<Month>> = HashMap::new();
        for u in &instance.upr {
            upr.entry(u.state.as_str())
                .or_default()
                .push(month_of(u.date));
        }
        let blackout = policy.upr_blackout_months;
        let in_blackout = |state: &str, month: Month| -> bool {
            upr.get(state)
                .is_some_and(|ms| ms.iter().any(|&u| (month - u).abs() <= blackout))
        };

        let (lo, hi) = policy.follow_up_window;
        let target = policy.follow_up_target;

        // Inherited follow-ups: the full review of the pair must come after the window.
        let mut inherited_window_end: HashMap<(String, Committee), Month> = HashMap::new();
        for j in &instance.inherited {
            if j.follow_up != Modality::Written {
                let last = month_of(j.last_review);
                if last + hi >= horizon_start {
                    inherited_window_end.insert((j.state.clone(), j.committee), last + hi);
                }
            }
        }

        let mut pairs = Vec::with_capacity(instance.pairs.len());
        let mut full_opts = Vec::new();
        let mut fu_opts = Vec::new();
        let mut pair_index: HashMap<(String, Committee), u32> = HashMap::new();
        for p in &instance.pairs {
            let sid = state_id(&p.state, &mut states);
            let due = month_of(p.due);
            let binds = p.binds_from;
            let published_full = p
                .published
                .as_ref()
                .and_then(|pb| pb.session.as_ref())
                .and_then(|id| session_index.get(id).copied());
            let published_fu = p
                .published
                .as_ref()
                .and_then(|pb| pb.follow_up.as_ref())
                .and_then(|id| session_index.get(id).copied());
            let had_published_fu = p
                .published
                .as_ref()
                .is_some_and(|pb| pb.follow_up.is_some());
            // A published review inside the freeze window is kept as it is (H6).
            let frozen_full = published_full.filter(|&k| {
                let s = &sessions[k as usize];
                s.usable && s.month < freeze_end
            });
            let pinned_full = p
                .pinned
                .as_ref()
                .and_then(|pin| session_index.get(&pin.session).copied())
                .or(frozen_full);
            let pinned_fu = p
                .pinned
                .as_ref()
                .and_then(|pin| pin.follow_up.as_ref())
                .and_then(|id| session_index.get(id).copied())
                .or_else(|| published_fu.filter(|_| frozen_full.is_some()));
            let inh_end = inherited_window_end
                .get(&(p.state.clone(), p.committee))
                .copied();
            let mut excl = Exclusions::default();
            let start = u32::try_from(full_opts.len()).unwrap_or(u32::MAX);
            let candidates: Vec<u32> = match pinned_full {
                Some(k) => vec![k],
                None => by_committee
                    .get(&(p.committee, SessionKind::Session))
                    .cloned()
                    .unwrap_or_default(),
            };
            for k in candidates {
                let s = &sessions[k as usize];
                let spec = &instance.sessions[k as usize];
                if s.month < horizon_start || s.month >= horizon_end {
                    continue;
                }
                if !s.usable {
                    excl.cancelled += 1;
                    continue;
                }
                let pinned = pinned_full.is_some();
                if spec.start < binds {
                    excl.before_binding += 1;
                    continue;
                }
                if !pinned && s.month < freeze_end {
                    excl.frozen += 1;
                    continue;
                }
                if !pinned && in_blackout(&p.state, s.month) {
                    excl.upr_blackout += 1;
                    continue;
                }
                if !pinned && inh_end.is_some_and(|e| s.month <= e) {
                    excl.before_inherited_follow_up += 1;
                    continue;
                }
                if s.capacity < policy.full_load as i32 {
                    excl.no_capacity += 1;
                    continue;
                }
                let t = s.month;
                let mut cost = p.weight * f64::from((t - due).max(0))
                    + w.early * f64::from((due - w.early_allowance_months - t).max(0));
                if let Some(k0) = published_full
                    && k0 != k
                {
                    cost += w.change_full
                        + w.change_full_per_month
                            * f64::from((t - sessions[k0 as usize].month).abs());
                }
                // Follow-up options.
                let fu_start = u32::try_from(fu_opts.len()).unwrap_or(u32::MAX);
                let mut fu_none_cost = 0.0;
                if p.follow_up != Modality::Written {
                    let kind = if p.follow_up == Modality::Visit {
                        SessionKind::VisitWindow
                    } else {
                        SessionKind::Session
                    };
                    let window_inside = t + hi < horizon_end;
                    fu_none_cost = if window_inside {
                        w.unscheduled_follow_up
                    } else {
                        0.0
                    };
                    if had_published_fu {
                        fu_none_cost += w.change_follow_up;
                    }
                    let fu_candidates: Vec<u32> = match pinned_fu {
                        Some(m) => vec![m],
                        None => by_committee
                            .get(&(p.committee, kind))
                            .cloned()
                            .unwrap_or_default(),
                    };
                    for m in fu_candidates {
                        let sm = &sessions[m as usize];
                        if !sm.usable || sm.capacity < policy.follow_up_load as i32 {
                            continue;
                        }
                        let gap = sm.month - t;
                        if gap < lo || gap > hi {
                            continue;
                        }
                        if pinned_fu.is_none()
                            && (sm.month < freeze_end || in_blackout(&p.state, sm.month))
                        {
                            continue;
                        }
                        let mut c = w.follow_up_spacing * f64::from((gap - target).abs());
                        if had_published_fu && published_fu != Some(m) {
                            c += w.change_follow_up;
                        }
                        fu_opts.push(FuOpt {
                            session: m,
                            quarter: sm.quarter,
                            cost: c,
                        });
                    }
                }
                let fu_end = u32::try_from(fu_opts.len()).unwrap_or(u32::MAX);
                full_opts.push(FullOpt {
                    session: k,
                    year: s.year,
                    quarter: s.quarter,
                    cost,
                    fu: fu_start..fu_end,
                    fu_none_cost,
                });
            }
            let end = u32::try_from(full_opts.len()).unwrap_or(u32::MAX);
            let mut none_cost = w.unscheduled_full;
            if published_full.is_some() {
                none_cost += w.change_full;
            }
            pair_index.insert(
                (p.state.clone(), p.committee),
                u32::try_from(pairs.len()).unwrap_or(u32::MAX),
            );
            pairs.push(MPair {
                state: sid,
                committee: p.committee,
                full: start..end,
                none_cost,
                exclusions: excl,
            });
        }

        let mut inherited = Vec::new();
        let mut inh_opts = Vec::new();
        for j in &instance.inherited {
            if j.follow_up == Modality::Written {
                continue;
            }
            let last = month_of(j.last_review);
            if last + hi < horizon_start {
                continue;
            }
            let sid = state_id(&j.state, &mut states);
            let tgt = last + target;
            let kind = if j.follow_up == Modality::Visit {
                SessionKind::VisitWindow
            } else {
                SessionKind::Session
            };
            let published = j
                .published
                .as_ref()
                .map(|o| o.as_ref().and_then(|id| session_index.get(id).copied()));
            let frozen = published.flatten().filter(|&m| {
                sessions[m as usize].usable && sessions[m as usize].month < freeze_end
            });
            let pinned = j
                .pinned
                .as_ref()
                .and_then(|id| session_index.get(id).copied())
                .or(frozen);
            let start = u32::try_from(inh_opts.len()).unwrap_or(u32::MAX);
            let candidates: Vec<u32> = match pinned {
                Some(m) => vec![m],
                None => by_committee
                    .get(&(j.committee, kind))
                    .cloned()
                    .unwrap_or_default(),
            };
            for m in candidates {
                let sm = &sessions[m as usize];
                if !sm.usable || sm.capacity < policy.follow_up_load as i32 {
                    continue;
                }
                if pinned.is_none()
                    && (sm.month < last + lo
                        || sm.month > last + hi
                        || sm.month < freeze_end
                        || in_blackout(&j.state, sm.month))
                {
                    continue;
                }
                let mut c = w.inherited_late * f64::from((sm.month - tgt).max(0))
                    + w.inherited_early * f64::from((tgt - sm.month).max(0));
                if let Some(p0) = published
                    && p0 != Some(m)
                {
                    c += w.change_follow_up;
                }
                inh_opts.push(FuOpt {
                    session: m,
                    quarter: sm.quarter,
                    cost: c,
                });
            }
            let end = u32::try_from(inh_opts.len()).unwrap_or(u32::MAX);
            let mut none_cost = w.unscheduled_follow_up;
            if published.is_some_and(|p0| p0.is_some()) {
                none_cost += w.change_follow_up;
            }
            inherited.push(MInherited {
                state: sid,
                committee: j.committee,
                pair: pair_index.get(&(j.state.clone(), j.committee)).copied(),
                opts: start..end,
                none_cost,
                target: tgt,
            });
        }

        // Cluster links: every two committees of a cluster, for every State with both.
        let mut links = Vec::new();
        let mut pair_links = vec![Vec::new(); pairs.len()];
        for cluster in &policy.clusters {
            for (i, &c1) in cluster.iter().enumerate() {
                for &c2 in &cluster[i + 1..] {
                    for s in &states {
                        if let (Some(&a), Some(&b)) = (
                            pair_index.get(&(s.clone(), c1)),
                            pair_index.get(&(s.clone(), c2)),
                        ) {
                            let l = u32::try_from(links.len()).unwrap_or(u32::MAX);
                            links.push(ClusterLink { a, b });
                            pair_links[a as usize].push((l, true));
                            pair_links[b as usize].push((l, false));
                        }
                    }
                }
            }
        }

        Model {
            horizon_start,
            horizon_end,
            first_year,
            n_years,
            n_quarters,
            states,
            sessions,
            pairs,
            full_opts,
            fu_opts,
            inherited,
            inh_opts,
            links,
            pair_links,
            full_load: i32::try_from(policy.full_load).unwrap_or(2),
            follow_up_load: i32::try_from(policy.follow_up_load).unwrap_or(1),
            max_full_per_state_year: u8::try_from(policy.max_full_per_state_year).unwrap_or(2),
            collision: w.collision,
            spare_cost: w.spare_capacity,
            cluster_split: w.cluster_split,
            session_index,
        }
    }
}
