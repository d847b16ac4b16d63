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
//!
//! The State LNS is the cross-committee counterpart: all reviews of one State are
//! re-assigned jointly by a node-limited branch and bound, every other State fixed,
//! so the State-year, collision and cluster rows are handled together. The same
//! search, with session use priced by the Lagrangian multipliers on a model without
//! capacity rows, gives the Lagrangian heuristic's start ([`lagrangian_plan`]).
//! Neither is an exact method: the node limit can cut a State's search short.

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

/// One item of a State: a pair or an inherited follow-up.
#[derive(Clone, Copy)]
enum Item {
    Pair(usize),
    Inh(usize),
}

/// The pairs and inherited follow-ups of each State.
pub struct StateGroups {
    items: Vec<Vec<Item>>,
}

impl StateGroups {
    pub fn new(model: &Model) -> Self {
        let mut items = vec![Vec::new(); model.states.len()];
        for (j, inh) in model.inherited.iter().enumerate() {
            items[inh.state as usize].push(Item::Inh(j));
        }
        for (p, pair) in model.pairs.iter().enumerate() {
            items[pair.state as usize].push(Item::Pair(p));
        }
        StateGroups { items }
    }

    /// Keep only the items of the given committees.
    pub fn retain(&mut self, model: &Model, keep: &[Committee]) {
        for list in &mut self.items {
            list.retain(|it| match *it {
                Item::Pair(p) => keep.contains(&model.pairs[p].committee),
                Item::Inh(j) => keep.contains(&model.inherited[j].committee),
            });
        }
    }
}

/// Search state of the per-State branch and bound.
struct StateSearch<'a> {
    items: &'a [Item],
    /// Options of each item, (full or inherited option, follow-up option, standalone
    /// delta including the price, price), sorted by standalone delta.
    opts: Vec<Vec<(u32, u32, f64, f64)>>,
    /// Lower bound of the cost still to come from item `i` onwards.
    rest: Vec<f64>,
    /// Slack per item for cluster links (a placed partner can lower the delta).
    slack: Vec<f64>,
    best: f64,
    best_choice: Vec<(u32, u32)>,
    cur: Vec<(u32, u32)>,
    nodes: usize,
    max_nodes: usize,
}

impl StateSearch<'_> {
    fn dfs(&mut self, sol: &mut Solution, i: usize, acc: f64) {
        if i == self.items.len() {
            if acc < self.best - 1e-9 {
                self.best = acc;
                self.best_choice.clone_from(&self.cur);
            }
            return;
        }
        for oi in 0..self.opts[i].len() {
            if self.nodes >= self.max_nodes {
                return;
            }
            let (a, b, standalone, price) = self.opts[i][oi];
            if acc + standalone - self.slack[i] + self.rest[i + 1] >= self.best - 1e-9 {
                break;
            }
            self.nodes += 1;
            let d = match self.items[i] {
                Item::Pair(p) => sol.try_pair(p, a, b),
                Item::Inh(j) => sol.try_inherited(j, a),
            };
            let Some(d) = d.map(|d| d + price) else {
                continue;
            };
            if acc + d + self.rest[i + 1] >= self.best - 1e-9 {
                continue;
            }
            match self.items[i] {
                Item::Pair(p) => sol.set_pair(p, a, b),
                Item::Inh(j) => sol.set_inherited(j, a),
            }
            self.cur[i] = (a, b);
            self.dfs(sol, i + 1, acc + d);
            match self.items[i] {
                Item::Pair(p) => sol.set_pair(p, NONE, NONE),
                Item::Inh(j) => sol.set_inherited(j, NONE),
            }
        }
    }
}

/// Re-assign every pair and inherited follow-up of one State jointly (branch and
/// bound over the State's items, everything else fixed), so that the State-year and
/// collision rows are handled across committees at once. Keeps the result only if
/// the objective improves; the search stops after `max_nodes` evaluated options
/// (then the best plan found so far, which includes the current one, is used).
fn reoptimize_state(sol: &mut Solution, items: &[Item], max_nodes: usize) -> bool {
    reoptimize_state_priced(sol, items, max_nodes, None)
}

/// [`reoptimize_state`] with each session unit priced at `unit_price[k]` on top of
/// the true cost (the Lagrangian heuristic solves every State this way on a model
/// without capacity rows).
fn reoptimize_state_priced(
    sol: &mut Solution,
    items: &[Item],
    max_nodes: usize,
    unit_price: Option<&[f64]>,
) -> bool {
    let m = sol.model;
    let fl = f64::from(m.full_load);
    let ul = f64::from(m.follow_up_load);
    let price_full = |f: u32| -> f64 {
        match unit_price {
            Some(pr) if f != NONE => fl * pr[m.full_opts[f as usize].session as usize],
            _ => 0.0,
        }
    };
    let price_fu = |u: u32| -> f64 {
        match unit_price {
            Some(pr) if u != NONE => ul * pr[m.fu_opts[u as usize].session as usize],
            _ => 0.0,
        }
    };
    let price_inh = |o: u32| -> f64 {
        match unit_price {
            Some(pr) if o != NONE => ul * pr[m.inh_opts[o as usize].session as usize],
            _ => 0.0,
        }
    };
    if items.len() < 2 {
        return false;
    }
    let saved: Vec<(u32, u32)> = items
        .iter()
        .map(|it| match *it {
            Item::Pair(p) => (sol.a.full[p], sol.a.fu[p]),
            Item::Inh(j) => (sol.a.inh[j], NONE),
        })
        .collect();
    let before = sol.cost;
    let saved_price: f64 = items
        .iter()
        .zip(&saved)
        .map(|(it, &(a, b))| match *it {
            Item::Pair(_) if a != NONE => price_full(a) + price_fu(b),
            Item::Inh(_) => price_inh(a),
            Item::Pair(_) => 0.0,
        })
        .sum();
    for it in items {
        match *it {
            Item::Pair(p) => sol.set_pair(p, NONE, NONE),
            Item::Inh(j) => sol.set_inherited(j, NONE),
        }
    }
    let cleared = sol.cost;
    let half = m.cluster_split * 0.5;
    let mut opts = Vec::with_capacity(items.len());
    let mut slack = Vec::with_capacity(items.len());
    for it in items {
        let mut list: Vec<(u32, u32, f64, f64)> = Vec::new();
        match *it {
            Item::Pair(p) => {
                if let Some(d) = sol.try_pair(p, NONE, NONE) {
                    list.push((NONE, NONE, d, 0.0));
                }
                for f in m.pairs[p].full.clone() {
                    let pf = price_full(f);
                    if let Some(d) = sol.try_pair(p, f, NONE) {
                        list.push((f, NONE, d + pf, pf));
                    }
                    for u in m.full_opts[f as usize].fu.clone() {
                        if let Some(d) = sol.try_pair(p, f, u) {
                            let pr = pf + price_fu(u);
                            list.push((f, u, d + pr, pr));
                        }
                    }
                }
                slack.push(half * m.pair_links[p].len() as f64);
            }
            Item::Inh(j) => {
                if let Some(d) = sol.try_inherited(j, NONE) {
                    list.push((NONE, NONE, d, 0.0));
                }
                for o in m.inherited[j].opts.clone() {
                    if let Some(d) = sol.try_inherited(j, o) {
                        let pr = price_inh(o);
                        list.push((o, NONE, d + pr, pr));
                    }
                }
                slack.push(0.0);
            }
        }
        list.sort_by(|x, y| x.2.total_cmp(&y.2));
        opts.push(list);
    }
    let mut rest = vec![0.0; items.len() + 1];
    for i in (0..items.len()).rev() {
        let lo = opts[i].first().map_or(0.0, |o| o.2);
        rest[i] = rest[i + 1] + lo - slack[i];
    }
    let mut search = StateSearch {
        items,
        opts,
        rest,
        slack,
        best: before - cleared + saved_price,
        best_choice: saved.clone(),
        cur: saved.clone(),
        nodes: 0,
        max_nodes,
    };
    search.dfs(sol, 0, 0.0);
    let choice = search.best_choice;
    for (it, &(a, b)) in items.iter().zip(&choice) {
        match *it {
            Item::Pair(p) => {
                if sol.try_pair(p, a, b).is_some() {
                    sol.set_pair(p, a, b);
                }
            }
            Item::Inh(j) => {
                if sol.try_inherited(j, a).is_some() {
                    sol.set_inherited(j, a);
                }
            }
        }
    }
    let improved = search.best < before - cleared + saved_price - 1e-9;
    if !improved {
        // Put the State back exactly as it was.
        for it in items {
            match *it {
                Item::Pair(p) => sol.set_pair(p, NONE, NONE),
                Item::Inh(j) => sol.set_inherited(j, NONE),
            }
        }
        for (it, &(a, _)) in items.iter().zip(&saved) {
            if let Item::Inh(j) = *it {
                sol.set_inherited(j, a);
            }
        }
        for (it, &(a, b)) in items.iter().zip(&saved) {
            if let Item::Pair(p) = *it {
                sol.set_pair(p, a, b);
            }
        }
        return false;
    }
    true
}

/// Rounds of per-State joint re-assignment until a round brings nothing.
pub fn state_lns(sol: &mut Solution, groups: &StateGroups, max_nodes: usize, max_rounds: usize) {
    for _ in 0..max_rounds {
        let before = sol.cost;
        for items in &groups.items {
            reoptimize_state(sol, items, max_nodes);
        }
        if sol.cost > before - 1e-6 {
            break;
        }
    }
}

/// The Lagrangian heuristic: on a copy of the model without capacity rows
/// (`relaxed`, see [`Model::without_capacity`]), give every State its best joint plan
/// under the session prices `unit_price` (State-year, collision and cluster rows
/// exact), then place those choices into a real plan in order of due urgency, the
/// best feasible option when the priced one has no room.
pub fn lagrangian_plan<'m>(
    model: &'m Model,
    relaxed: &Model,
    groups: &StateGroups,
    unit_price: &[f64],
    max_nodes: usize,
) -> Solution<'m> {
    let mut r = Solution::new(relaxed);
    for items in &groups.items {
        reoptimize_state_priced(&mut r, items, max_nodes, Some(unit_price));
    }
    let mut sol = Solution::new(model);
    for j in 0..model.inherited.len() {
        let o = r.a.inh[j];
        if o != NONE && sol.try_inherited(j, o).is_some() {
            sol.set_inherited(j, o);
        }
    }
    // Pairs whose priced choice is cheapest to lose go last.
    let mut order: Vec<usize> = (0..model.pairs.len()).collect();
    order.sort_by(|&a, &b| {
        let ca =
            sol.pair_column_cost(a, NONE, NONE) - sol.pair_column_cost(a, r.a.full[a], r.a.fu[a]);
        let cb =
            sol.pair_column_cost(b, NONE, NONE) - sol.pair_column_cost(b, r.a.full[b], r.a.fu[b]);
        cb.total_cmp(&ca).then(a.cmp(&b))
    });
    let mut left = Vec::new();
    for &p in &order {
        let (f, u) = (r.a.full[p], r.a.fu[p]);
        if f == NONE {
            continue;
        }
        if sol.try_pair(p, f, u).is_some() {
            sol.set_pair(p, f, u);
        } else if sol.try_pair(p, f, NONE).is_some() {
            sol.set_pair(p, f, NONE);
        } else {
            left.push(p);
        }
    }
    for p in left {
        if let Some((f, u, d)) = crate::heuristic::best_pair_move(&sol, p)
            && d < 0.0
        {
            sol.set_pair(p, f, u);
        }
    }
    sol
}
