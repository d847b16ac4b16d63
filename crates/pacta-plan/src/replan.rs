//! Re-planning from a published plan (PLANNER.md §3.4 S7, §5.2 step 5): mark where
//! every pair sat, start from the published choices that still fit, and list what
//! changed (reviews moved, months shifted, States affected).
//!
//! The change-penalty column costs themselves are in [`crate::model`]; the freeze
//! window keeps published reviews inside it in place. This module does not solve.

use pacta_core::Committee;

use crate::instance::{Instance, Published};
use crate::model::{Model, NONE};
use crate::plan::{Change, Kind, Plan, Stability};
use crate::solution::Assignment;

/// Mark the published plan in the instance and return the warm-start assignment.
pub fn attach_published(instance: &mut Instance, published: &Plan) {
    use std::collections::HashMap;
    let mut full: HashMap<(String, Committee), String> = HashMap::new();
    let mut fu: HashMap<(String, Committee), String> = HashMap::new();
    let mut inh: HashMap<(String, Committee), String> = HashMap::new();
    for r in &published.reviews {
        let key = (r.state.clone(), r.committee);
        match (r.kind, r.inherited) {
            (Kind::Full, _) => {
                full.insert(key, r.session.clone());
            }
            (Kind::FollowUp, false) => {
                fu.insert(key, r.session.clone());
            }
            (Kind::FollowUp, true) => {
                inh.insert(key, r.session.clone());
            }
        }
    }
    for p in &mut instance.pairs {
        let key = (p.state.clone(), p.committee);
        p.published = Some(Published {
            session: full.get(&key).cloned(),
            follow_up: fu.get(&key).cloned(),
        });
    }
    for j in &mut instance.inherited {
        let key = (j.state.clone(), j.committee);
        j.published = Some(inh.get(&key).cloned());
    }
}

/// The published choices mapped onto the model (what no longer fits is left open).
pub fn warm_start(model: &Model, instance: &Instance) -> Assignment {
    let mut a = Assignment::empty(model);
    for (p, spec) in instance.pairs.iter().enumerate() {
        let Some(pb) = &spec.published else { continue };
        let Some(k) = pb
            .session
            .as_ref()
            .and_then(|id| model.session_index.get(id))
        else {
            continue;
        };
        for f in model.pairs[p].full.clone() {
            let fo = &model.full_opts[f as usize];
            if fo.session == *k {
                a.full[p] = f;
                if let Some(m) = pb
                    .follow_up
                    .as_ref()
                    .and_then(|id| model.session_index.get(id))
                {
                    for u in fo.fu.clone() {
                        if model.fu_opts[u as usize].session == *m {
                            a.fu[p] = u;
                        }
                    }
                }
            }
        }
    }
    let mut j_model = 0;
    for spec in &instance.inherited {
        if spec.follow_up == crate::instance::Modality::Written {
            continue;
        }
        let last = crate::instance::month_of(spec.last_review);
        if last + instance.policy.follow_up_window.1 < instance.policy.horizon_start() {
            continue;
        }
        let j = j_model;
        j_model += 1;
        if let Some(Some(id)) = &spec.published
            && let Some(m) = model.session_index.get(id)
        {
            for o in model.inherited[j].opts.clone() {
                if model.inh_opts[o as usize].session == *m {
                    a.inh[j] = o;
                }
            }
        }
    }
    // Drop whatever breaks a hard row now (a cancelled or shortened session).
    let mut sol = crate::solution::Solution::new(model);
    for j in 0..model.inherited.len() {
        if a.inh[j] != NONE && sol.try_inherited(j, a.inh[j]).is_some() {
            sol.set_inherited(j, a.inh[j]);
        }
    }
    for p in 0..model.pairs.len() {
        if a.full[p] == NONE {
            continue;
        }
        if sol.try_pair(p, a.full[p], a.fu[p]).is_some() {
            sol.set_pair(p, a.full[p], a.fu[p]);
        } else if sol.try_pair(p, a.full[p], NONE).is_some() {
            sol.set_pair(p, a.full[p], NONE);
        }
    }
    sol.a
}

/// Changes of the new plan against the published one.
pub fn stability(published: &Plan, plan: &Plan) -> Stability {
    use std::collections::{BTreeSet, HashMap};
    let key = |r: &crate::plan::PlanReview| (r.state.clone(), r.committee, r.kind, r.inherited);
    let old: HashMap<_, _> = published.reviews.iter().map(|r| (key(r), r)).collect();
    let new: HashMap<_, _> = plan.reviews.iter().map(|r| (key(r), r)).collect();
    let mut st = Stability::default();
    let mut states = BTreeSet::new();
    let mut keys: BTreeSet<_> = old.keys().cloned().collect();
    keys.extend(new.keys().cloned());
    for k in keys {
        let (o, n) = (old.get(&k), new.get(&k));
        let same = matches!((o, n), (Some(a), Some(b)) if a.session == b.session);
        if same {
            continue;
        }
        let months = match (o, n) {
            (Some(a), Some(b)) => {
                crate::instance::month_of(b.start) - crate::instance::month_of(a.start)
            }
            _ => 0,
        };
        let first = o
            .map(|a| a.start)
            .into_iter()
            .chain(n.map(|b| b.start))
            .min();
        if let Some(first) = first {
            let dm = crate::instance::month_of(first) - crate::instance::month_of(plan.from);
            if dm < 12 {
                st.moved_within_12_months += 1;
            }
            if dm < 24 {
                st.moved_within_24_months += 1;
            }
        }
        if k.2 == Kind::Full {
            st.full_moved += 1;
        } else {
            st.follow_ups_moved += 1;
        }
        st.months_shifted += i64::from(months.abs());
        states.insert(k.0.clone());
        st.changes.push(Change {
            state: k.0.clone(),
            committee: k.1,
            kind: k.2,
            from: o.map(|a| a.session.clone()),
            to: n.map(|b| b.session.clone()),
            months: i64::from(months),
        });
    }
    st.states_affected = states.len();
    st
}

/// Published reviews the warm start could not keep (their session is cancelled,
/// shortened or no longer admissible): what a re-plan must move.
pub fn displaced(model: &Model, instance: &Instance, warm: &Assignment) -> usize {
    let mut n = 0;
    for (p, spec) in instance.pairs.iter().enumerate() {
        let Some(pb) = &spec.published else { continue };
        if pb.session.is_some() && warm.full[p] == NONE {
            n += 1;
        }
        if pb.follow_up.is_some() && warm.fu[p] == NONE {
            n += 1;
        }
    }
    let _ = model;
    n
}
