//! Committee-by-committee large-neighbourhood search with exact min-cost-flow
//! re-assignment (PLANNER.md §3.5, §5.2).
//!
//! With every other committee fixed, the State rows of one committee's pairs become
//! unary (each State has one pair per committee), so re-assigning that committee is
//! a transportation problem:
//! * phase 1 re-assigns the full reviews, with the follow-up load of each session
//!   reserved and each option's follow-up priced by the Lagrangian session prices;
//! * phase 2 re-assigns the follow-ups (own and inherited) exactly, given the full
//!   reviews.
//!
//! The neighbourhood is kept only if the true objective improves, so the search
//! never gets worse. Optimal over all ejection chains inside one committee; not over
//! joint moves across committees (annealing handles those).

use pacta_core::Committee;

use crate::mcf::Network;
use crate::model::{Model, NONE};
use crate::solution::{Assignment, Solution};

fn spare(model: &Model, k: usize, load: i32) -> f64 {
    model.spare_cost * (f64::from(load) - model.sessions[k].spare_threshold).max(0.0)
}

fn link_cost(model: &Model, ya: Option<u16>, yb: Option<u16>) -> f64 {
    match (ya, yb) {
        (Some(a), Some(b)) if a != b => model.cluster_split,
        (Some(_), None) | (None, Some(_)) => model.cluster_split * 0.5,
        _ => 0.0,
    }
}

fn restore(sol: &mut Solution, saved: &Assignment, pairs: &[usize], inh: &[usize]) {
    for &p in pairs {
        sol.set_pair(p, NONE, NONE);
    }
    for &j in inh {
        sol.set_inherited(j, NONE);
    }
    for &j in inh {
        sol.set_inherited(j, saved.inh[j]);
    }
    for &p in pairs {
        sol.set_pair(p, saved.full[p], saved.fu[p]);
    }
}

/// The pairs and inherited follow-ups of each committee.
pub struct Groups {
    pub committees: Vec<Committee>,
    pub pairs: Vec<Vec<usize>>,
    pub inherited: Vec<Vec<usize>>,
}

impl Groups {
    /// Keep only the given committees.
    pub fn retain(&mut self, keep: &[Committee]) {
        let mut i = 0;
        while i < self.committees.len() {
            if keep.contains(&self.committees[i]) {
                i += 1;
            } else {
                self.committees.remove(i);
                self.pairs.remove(i);
                self.inherited.remove(i);
            }
        }
    }

    pub fn new(model: &Model) -> Self {
        let mut committees: Vec<Committee> = model.pairs.iter().map(|p| p.committee).collect();
        committees.extend(model.inherited.iter().map(|j| j.committee));
        committees.sort();
        committees.dedup();
        let idx = |c: Committee| committees.iter().position(|&x| x == c).unwrap_or(0);
        let mut pairs = vec![Vec::new(); committees.len()];
        let mut inherited = vec![Vec::new(); committees.len()];
        for (p, pair) in model.pairs.iter().enumerate() {
            pairs[idx(pair.committee)].push(p);
        }
        for (j, inh) in model.inherited.iter().enumerate() {
            inherited[idx(inh.committee)].push(j);
        }
        Groups {
            committees,
            pairs,
            inherited,
        }
    }
}

/// Phase 2: exact re-assignment of one committee's follow-ups given the full reviews.
pub fn reoptimize_follow_ups(sol: &mut Solution, pairs: &[usize], inh: &[usize]) {
    let m = sol.model;
    let saved = sol.a.clone();
    let before = sol.cost;
    for &p in pairs {
        let f = sol.a.full[p];
        sol.set_pair(p, f, NONE);
    }
    for &j in inh {
        sol.set_inherited(j, NONE);
    }
    // Nodes: 0 = s, 1 = t, jobs, sessions (allocated on demand).
    let mut net = Network::new(2);
    let (s, t) = (0, 1);
    let mut session_node: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let mut arcs: Vec<(usize, bool, u32, usize)> = Vec::new(); // (job, is_inh, option, edge)
    let mut n_jobs = 0;
    let mut add_session = |net: &mut Network, sol: &Solution, k: u32| -> usize {
        *session_node.entry(k).or_insert_with(|| {
            let node = net.add_node();
            let ku = k as usize;
            let room = sol.room(ku);
            let base = sol.load[ku];
            let ul = m.follow_up_load;
            let mut j = 1;
            while j * ul <= room {
                let c = spare(m, ku, base + j * ul) - spare(m, ku, base + (j - 1) * ul);
                net.add_edge(node, t, 1, c.max(0.0));
                j += 1;
            }
            node
        })
    };
    let collision = |sol: &Solution, state: usize, q: u16| -> f64 {
        if sol.sq[state * m.n_quarters + q as usize] >= 1 {
            m.collision
        } else {
            0.0
        }
    };
    for &p in pairs {
        let f = sol.a.full[p];
        if f == NONE {
            continue;
        }
        let fo = &m.full_opts[f as usize];
        let state = m.pairs[p].state as usize;
        let node = net.add_node();
        n_jobs += 1;
        net.add_edge(s, node, 1, 0.0);
        let e = net.add_edge(node, t, 1, fo.fu_none_cost);
        arcs.push((p, false, NONE, e));
        for u in fo.fu.clone() {
            let uo = &m.fu_opts[u as usize];
            let sn = add_session(&mut net, sol, uo.session);
            let e = net.add_edge(node, sn, 1, uo.cost + collision(sol, state, uo.quarter));
            arcs.push((p, false, u, e));
        }
    }
    for &j in inh {
        let x = &m.inherited[j];
        let node = net.add_node();
        n_jobs += 1;
        net.add_edge(s, node, 1, 0.0);
        let e = net.add_edge(node, t, 1, x.none_cost);
        arcs.push((j, true, NONE, e));
        for o in x.opts.clone() {
            let xo = &m.inh_opts[o as usize];
            let sn = add_session(&mut net, sol, xo.session);
            let e = net.add_edge(
                node,
                sn,
                1,
                xo.cost + collision(sol, x.state as usize, xo.quarter),
            );
            arcs.push((j, true, o, e));
        }
    }
    net.min_cost_flow(s, t, n_jobs);
    for &(i, is_inh, o, e) in &arcs {
        if o != NONE && net.flow(e) > 0 {
            if is_inh {
                if sol.try_inherited(i, o).is_some() {
                    sol.set_inherited(i, o);
                }
            } else {
                let f = sol.a.full[i];
                if sol.try_pair(i, f, o).is_some() {
                    sol.set_pair(i, f, o);
                }
            }
        }
    }
    if sol.cost > before + 1e-9 {
        restore(sol, &saved, pairs, inh);
    }
}

/// Phase 1 + 2 for one committee; keeps the result only if the objective improves.
/// `fu_price[k]` prices one follow-up unit in session `k` (Lagrangian prices, or 0).
pub fn reoptimize_committee(
    sol: &mut Solution,
    pairs: &[usize],
    inh: &[usize],
    fu_price: &[f64],
) -> bool {
    // Reserved follow-ups stay where they are: letting full reviews displace them at
    // an estimated cost was tried (factors 1 and 4) and never paid on the synthetic
    // instance; the annealing's make-room move does that trade exactly instead.
    reoptimize_committee_with(sol, pairs, inh, fu_price, None)
}

/// One attempt; `displace` scales the estimated cost of displacing a reserved
/// follow-up (`None`: reserved follow-up load cannot be displaced).
fn reoptimize_committee_with(
    sol: &mut Solution,
    pairs: &[usize],
    inh: &[usize],
    fu_price: &[f64],
    displace_factor: Option<f64>,
) -> bool {
    let m = sol.model;
    let saved = sol.a.clone();
    let before = sol.cost;
    // Follow-ups of this committee (own and inherited) are taken out too; their load
    // stays reserved where it is, but a full review may displace it at the estimated
    // cost of moving those follow-ups to their next-best session.
    let mut reserved: std::collections::HashMap<u32, Vec<f64>> = std::collections::HashMap::new();
    for &p in pairs {
        let u = sol.a.fu[p];
        if u != NONE {
            let f = sol.a.full[p];
            let fo = &m.full_opts[f as usize];
            let cur = m.fu_opts[u as usize].cost;
            let mut alt = fo.fu_none_cost;
            for v in fo.fu.clone() {
                let vo = &m.fu_opts[v as usize];
                if v != u && sol.room(vo.session as usize) >= m.follow_up_load {
                    alt = alt.min(vo.cost);
                }
            }
            reserved
                .entry(m.fu_opts[u as usize].session)
                .or_default()
                .push((alt - cur).max(0.0));
        }
    }
    for &j in inh {
        let o = sol.a.inh[j];
        if o != NONE {
            let x = &m.inherited[j];
            let cur = m.inh_opts[o as usize].cost;
            let mut alt = x.none_cost;
            for v in x.opts.clone() {
                let vo = &m.inh_opts[v as usize];
                if v != o && sol.room(vo.session as usize) >= m.follow_up_load {
                    alt = alt.min(vo.cost);
                }
            }
            reserved
                .entry(m.inh_opts[o as usize].session)
                .or_default()
                .push((alt - cur).max(0.0));
        }
    }
    for v in reserved.values_mut() {
        v.sort_by(f64::total_cmp);
    }
    for &p in pairs {
        sol.set_pair(p, NONE, NONE);
    }
    for &j in inh {
        sol.set_inherited(j, NONE);
    }
    let mut net = Network::new(2);
    let (s, t) = (0, 1);
    let mut session_node: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let mut arcs: Vec<(usize, u32, usize)> = Vec::new();
    let fl = m.full_load;
    for &p in pairs {
        let pair = &m.pairs[p];
        let state = pair.state as usize;
        let node = net.add_node();
        net.add_edge(s, node, 1, 0.0);
        let link_none: f64 = m.pair_links[p]
            .iter()
            .map(|&(l, is_a)| {
                let lk = m.links[l as usize];
                let other = if is_a { lk.b } else { lk.a } as usize;
                let f = sol.a.full[other];
                link_cost(m, None, (f != NONE).then(|| m.full_opts[f as usize].year))
            })
            .sum();
        let e = net.add_edge(node, t, 1, pair.none_cost + link_none);
        arcs.push((p, NONE, e));
        for f in pair.full.clone() {
            let fo = &m.full_opts[f as usize];
            if sol.sy[state * m.n_years + fo.year as usize] >= m.max_full_per_state_year {
                continue;
            }
            let mut c = fo.cost;
            if sol.sq[state * m.n_quarters + fo.quarter as usize] >= 1 {
                c += m.collision;
            }
            for &(l, is_a) in &m.pair_links[p] {
                let lk = m.links[l as usize];
                let other = if is_a { lk.b } else { lk.a } as usize;
                let of = sol.a.full[other];
                c += link_cost(
                    m,
                    Some(fo.year),
                    (of != NONE).then(|| m.full_opts[of as usize].year),
                );
            }
            let mut fu = fo.fu_none_cost;
            for u in fo.fu.clone() {
                let uo = &m.fu_opts[u as usize];
                fu = fu.min(uo.cost + f64::from(m.follow_up_load) * fu_price[uo.session as usize]);
            }
            c += fu;
            let k = fo.session;
            let sn = *session_node.entry(k).or_insert_with(|| {
                let node = net.add_node();
                let ku = k as usize;
                let displace: &[f64] = reserved.get(&k).map(|v| v.as_slice()).unwrap_or(&[]);
                let factor = displace_factor.unwrap_or(0.0);
                let n_res = i32::try_from(displace.len()).unwrap_or(0) * m.follow_up_load;
                // Load if every reserved follow-up stays; fulls first use the free room,
                // then displace follow-ups, cheapest first.
                let base = sol.load[ku] + n_res;
                let cap = m.sessions[ku].capacity;
                let mut j = 1;
                let mut displaced = 0usize;
                loop {
                    let load_after = sol.load[ku] + j * fl;
                    if load_after > cap {
                        break;
                    }
                    let with_res = base + j * fl;
                    let mut c = spare(m, ku, with_res.min(cap).max(load_after))
                        - spare(m, ku, (with_res - fl).min(cap).max(load_after - fl));
                    // Units beyond the free room displace reserved follow-ups.
                    let over = (with_res - cap).max(0);
                    let need =
                        usize::try_from((over + m.follow_up_load - 1) / m.follow_up_load.max(1))
                            .unwrap_or(0);
                    if need > 0 && displace_factor.is_none() {
                        break;
                    }
                    while displaced < need && displaced < displace.len() {
                        c += factor * displace[displaced];
                        displaced += 1;
                    }
                    net.add_edge(node, t, 1, c.max(0.0));
                    j += 1;
                }
                node
            });
            let e = net.add_edge(node, sn, 1, c.max(0.0));
            arcs.push((p, f, e));
        }
    }
    net.min_cost_flow(s, t, i32::try_from(pairs.len()).unwrap_or(i32::MAX));
    for &(p, f, e) in &arcs {
        if f != NONE && net.flow(e) > 0 && sol.try_pair(p, f, NONE).is_some() {
            sol.set_pair(p, f, NONE);
        }
    }
    reoptimize_follow_ups(sol, pairs, inh);
    if sol.cost > before - 1e-9 {
        restore(sol, &saved, pairs, inh);
        return false;
    }
    true
}

/// Rounds of committee re-assignment until a round brings nothing.
pub fn committee_lns(sol: &mut Solution, groups: &Groups, fu_price: &[f64], max_rounds: usize) {
    for _ in 0..max_rounds {
        let before = sol.cost;
        for c in 0..groups.committees.len() {
            reoptimize_committee(sol, &groups.pairs[c], &groups.inherited[c], fu_price);
        }
        if sol.cost > before - 1e-6 {
            break;
        }
    }
}
