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
    let mut improved = false;
    for factor in [None, Some(1.0), Some(4.0)] {
        improved |= reoptimize_committee_with(sol, pairs, inh, fu_price, factor);
    }
    improved
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
    let mid = sol.cost;
    reoptimize_follow_ups(sol, pairs, inh);
    if std::env::var("DBG").is_ok() {
        eprintln!(
            "committee: before {before:.1} after fulls {mid:.1} after fu {:.1}",
            sol.cost
        );
    }
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
            if std::env::var("SPLIT").is_ok() {
                reoptimize_committee_split(sol, &groups.pairs[c], &groups.inherited[c], 12);
            }
            reoptimize_committee(sol, &groups.pairs[c], &groups.inherited[c], fu_price);
        }
        if sol.cost > before - 1e-6 {
            break;
        }
    }
}

/// Joint re-assignment of one committee by an aggregated flow: pairs → full-review
/// session (at most `S_k` full reviews in session `k`) → follow-up session in the
/// window (or none) → capacity left for follow-ups (`Q_k − 2 S_k`), with the
/// inherited follow-ups competing for the same room. For a fixed split `S` this is
/// an exact min-cost flow (State-specific follow-up restrictions are settled by the
/// exact follow-up phase afterwards); the split is moved by the flow's shadow
/// prices: a session gets one more full-review slot when a slot is worth more than
/// the two follow-up units it costs, and one less when it is worth less.
pub fn reoptimize_committee_split(
    sol: &mut Solution,
    pairs: &[usize],
    inh: &[usize],
    max_iterations: usize,
) -> bool {
    use std::collections::HashMap;
    let m = sol.model;
    let saved = sol.a.clone();
    let before = sol.cost;
    let mut best_cost = before;
    let mut best = saved.clone();
    // Sessions of this committee and the current split.
    let mut split: HashMap<u32, i32> = HashMap::new();
    let mut fu_cost: HashMap<(u32, u32), f64> = HashMap::new();
    let mut none_cost: HashMap<u32, f64> = HashMap::new();
    for &p in pairs {
        for f in m.pairs[p].full.clone() {
            let fo = &m.full_opts[f as usize];
            split.entry(fo.session).or_insert(0);
            let e = none_cost.entry(fo.session).or_insert(f64::INFINITY);
            *e = e.min(fo.fu_none_cost);
            for u in fo.fu.clone() {
                let uo = &m.fu_opts[u as usize];
                split.entry(uo.session).or_insert(0);
                let e = fu_cost
                    .entry((fo.session, uo.session))
                    .or_insert(f64::INFINITY);
                *e = e.min(uo.cost);
            }
        }
        let f = sol.a.full[p];
        if f != NONE {
            *split.entry(m.full_opts[f as usize].session).or_insert(0) += 1;
        }
    }
    for &j in inh {
        for o in m.inherited[j].opts.clone() {
            split.entry(m.inh_opts[o as usize].session).or_insert(0);
        }
    }
    let mut sessions: Vec<u32> = split.keys().copied().collect();
    sessions.sort_unstable();
    let mut fu_arcs: Vec<((u32, u32), f64)> = fu_cost.into_iter().collect();
    fu_arcs.sort_by_key(|a| a.0);

    let clear = |sol: &mut Solution| {
        for &p in pairs {
            sol.set_pair(p, NONE, NONE);
        }
        for &j in inh {
            sol.set_inherited(j, NONE);
        }
    };
    for _ in 0..max_iterations.max(1) {
        clear(sol);
        let mut net = Network::new(2);
        let (s, t) = (0, 1);
        let mut fin: HashMap<u32, usize> = HashMap::new();
        let mut fout: HashMap<u32, usize> = HashMap::new();
        let mut unode: HashMap<u32, usize> = HashMap::new();
        let mut cap_arc: HashMap<u32, usize> = HashMap::new();
        let mut room_arc: HashMap<u32, usize> = HashMap::new();
        for &k in &sessions {
            let ku = k as usize;
            let a = net.add_node();
            let b = net.add_node();
            let u = net.add_node();
            let q = m.sessions[ku].capacity - sol.load[ku];
            let sk = split[&k].clamp(0, (q / m.full_load.max(1)).max(0));
            cap_arc.insert(k, net.add_edge(a, b, sk, 0.0));
            net.add_edge(
                b,
                t,
                i32::MAX / 4,
                none_cost.get(&k).copied().unwrap_or(0.0).max(0.0),
            );
            let room = (q - sk * m.full_load).max(0) / m.follow_up_load.max(1);
            room_arc.insert(k, net.add_edge(u, t, room, 0.0));
            fin.insert(k, a);
            fout.insert(k, b);
            unode.insert(k, u);
        }
        for &((k, mm), c) in &fu_arcs {
            net.add_edge(fout[&k], unode[&mm], i32::MAX / 4, c.max(0.0));
        }
        let mut pair_arcs: Vec<(usize, u32, usize)> = Vec::new();
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
            net.add_edge(node, t, 1, pair.none_cost + link_none);
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
                let e = net.add_edge(node, fin[&fo.session], 1, c.max(0.0));
                pair_arcs.push((p, f, e));
            }
        }
        for &j in inh {
            let x = &m.inherited[j];
            let node = net.add_node();
            net.add_edge(s, node, 1, 0.0);
            net.add_edge(node, t, 1, x.none_cost);
            for o in x.opts.clone() {
                let xo = &m.inh_opts[o as usize];
                let mut c = xo.cost;
                if sol.sq[x.state as usize * m.n_quarters + xo.quarter as usize] >= 1 {
                    c += m.collision;
                }
                net.add_edge(node, unode[&xo.session], 1, c.max(0.0));
            }
        }
        let amount = i32::try_from(pairs.len() + inh.len()).unwrap_or(i32::MAX);
        net.min_cost_flow(s, t, amount);
        for &(p, f, e) in &pair_arcs {
            if net.flow(e) > 0 && sol.try_pair(p, f, NONE).is_some() {
                sol.set_pair(p, f, NONE);
            }
        }
        reoptimize_follow_ups(sol, pairs, inh);
        // Complete whatever the flow left out (State rows between pairs of one flow).
        for &p in pairs {
            if sol.a.full[p] == NONE
                && let Some((f, u, d)) = crate::heuristic::best_pair_move(sol, p)
                && d < 0.0
            {
                sol.set_pair(p, f, u);
            }
        }
        if sol.cost < best_cost - 1e-9 {
            best_cost = sol.cost;
            best.clone_from(&sol.a);
        }
        // Move the split by shadow prices.
        let mut changed = false;
        for &k in &sessions {
            let lf = net.shadow_price(cap_arc[&k], fin[&k]);
            let lu = net.shadow_price(room_arc[&k], unode[&k]);
            let sk = split[&k];
            let ku = k as usize;
            let q = m.sessions[ku].capacity;
            let two_u = f64::from(m.full_load) * lu / f64::from(m.follow_up_load.max(1));
            if lf > two_u + 1e-6 && (sk + 1) * m.full_load <= q {
                split.insert(k, sk + 1);
                changed = true;
            } else if lf + 1e-6 < two_u && sk > 0 {
                split.insert(k, sk - 1);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    restore(sol, &best, pairs, inh);
    sol.cost < before - 1e-9
}
