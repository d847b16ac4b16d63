//! Construction and improvement heuristics (PLANNER.md §5.2 steps 2 and 5): a greedy
//! earliest-due-date construction, a price-guided construction from the Lagrangian
//! multipliers, a descent with one-level ejection, and simulated annealing over
//! single, follow-up, swap and ejection moves.
//!
//! Every move goes through [`Solution::try_pair`] / [`Solution::try_inherited`], so
//! no heuristic can break a hard row. Deterministic for a given seed; the caller
//! decides when to stop (no clock here).

use crate::bound::Multipliers;
use crate::model::{Model, NONE};
use crate::rng::Rng;
use crate::solution::Solution;

const EPS: f64 = 1e-9;

/// The best options for pair `p` given the current solution (exhaustive).
pub fn best_pair_move(sol: &Solution, p: usize) -> Option<(u32, u32, f64)> {
    let m = sol.model;
    let mut best: Option<(u32, u32, f64)> = sol.try_pair(p, NONE, NONE).map(|d| (NONE, NONE, d));
    for f in m.pairs[p].full.clone() {
        let fo = &m.full_opts[f as usize];
        if let Some(d) = sol.try_pair(p, f, NONE)
            && best.is_none_or(|b| d < b.2)
        {
            best = Some((f, NONE, d));
        }
        for u in fo.fu.clone() {
            if let Some(d) = sol.try_pair(p, f, u)
                && best.is_none_or(|b| d < b.2)
            {
                best = Some((f, u, d));
            }
        }
    }
    best
}

/// The best options for pair `p` among those `allowed(full quarter, full year,
/// follow-up quarter)` accepts.
pub fn best_pair_move_where(
    sol: &Solution,
    p: usize,
    allowed: impl Fn(u16, u16, Option<u16>) -> bool,
) -> Option<(u32, u32, f64)> {
    let m = sol.model;
    let mut best: Option<(u32, u32, f64)> = None;
    for f in m.pairs[p].full.clone() {
        let fo = &m.full_opts[f as usize];
        if allowed(fo.quarter, fo.year, None)
            && let Some(d) = sol.try_pair(p, f, NONE)
            && best.is_none_or(|b| d < b.2)
        {
            best = Some((f, NONE, d));
        }
        for u in fo.fu.clone() {
            let uq = m.fu_opts[u as usize].quarter;
            if allowed(fo.quarter, fo.year, Some(uq))
                && let Some(d) = sol.try_pair(p, f, u)
                && best.is_none_or(|b| d < b.2)
            {
                best = Some((f, u, d));
            }
        }
    }
    best
}

/// The best option for inherited follow-up `j`.
pub fn best_inherited_move(sol: &Solution, j: usize) -> Option<(u32, f64)> {
    let m = sol.model;
    let mut best = sol.try_inherited(j, NONE).map(|d| (NONE, d));
    for o in m.inherited[j].opts.clone() {
        if let Some(d) = sol.try_inherited(j, o)
            && best.is_none_or(|b| d < b.1)
        {
            best = Some((o, d));
        }
    }
    best
}

/// Greedy construction in order of due date (inherited follow-ups by target month).
pub fn greedy(model: &Model) -> Solution<'_> {
    let mut sol = Solution::new(model);
    // Jobs: (month, kind, index); kind 0 = inherited (inflexible first), 1 = pair.
    let mut jobs: Vec<(i32, u8, usize)> = Vec::new();
    for (j, inh) in model.inherited.iter().enumerate() {
        jobs.push((inh.target, 0, j));
    }
    for p in 0..model.pairs.len() {
        // Due month is recovered from the cheapest option's lateness structure; the
        // first admissible session is a good proxy for urgency.
        let first = model
            .full_opts_of(p)
            .iter()
            .map(|f| model.sessions[f.session as usize].month)
            .min()
            .unwrap_or(i32::MAX);
        let slack = model
            .full_opts_of(p)
            .iter()
            .min_by(|a, b| a.cost.total_cmp(&b.cost))
            .map(|f| model.sessions[f.session as usize].month)
            .unwrap_or(first);
        jobs.push((slack.min(first.max(slack)), 1, p));
    }
    jobs.sort();
    for &(_, kind, i) in &jobs {
        if kind == 0 {
            if let Some((o, d)) = best_inherited_move(&sol, i)
                && d < -EPS
            {
                sol.set_inherited(i, o);
            }
        } else if let Some((f, u, d)) = best_pair_move(&sol, i)
            && d < -EPS
        {
            sol.set_pair(i, f, u);
        }
    }
    sol
}

/// Construction guided by Lagrangian prices: pairs in order of regret under the
/// reduced costs, each placed at its cheapest feasible option by true cost plus a
/// share of the reduced price of the sessions it uses.
pub fn price_guided<'m>(model: &'m Model, mult: &Multipliers, share: f64) -> Solution<'m> {
    let mut sol = Solution::new(model);
    let fl = f64::from(model.full_load);
    // Regret: second best minus best reduced cost over the pair's full options.
    let mut order: Vec<(f64, usize)> = Vec::with_capacity(model.pairs.len());
    for p in 0..model.pairs.len() {
        let mut b1 = f64::INFINITY;
        let mut b2 = f64::INFINITY;
        for fo in model.full_opts_of(p) {
            let c = fo.cost + fl * mult.price(fo.session as usize);
            if c < b1 {
                b2 = b1;
                b1 = c;
            } else if c < b2 {
                b2 = c;
            }
        }
        let regret = if b2.is_finite() { b2 - b1 } else { 1e9 };
        order.push((-regret, p));
    }
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    for j in 0..model.inherited.len() {
        if let Some((o, d)) = best_inherited_move(&sol, j)
            && d < -EPS
        {
            sol.set_inherited(j, o);
        }
    }
    for &(_, p) in &order {
        let mut best: Option<(u32, u32, f64)> = None;
        for f in model.pairs[p].full.clone() {
            let fo = &model.full_opts[f as usize];
            let bias = share * fl * mult.price(fo.session as usize);
            let mut consider = |u: u32, sol: &Solution| {
                if let Some(d) = sol.try_pair(p, f, u) {
                    let ub = if u == NONE {
                        0.0
                    } else {
                        let uo = &model.fu_opts[u as usize];
                        share * f64::from(model.follow_up_load) * mult.price(uo.session as usize)
                    };
                    let score = d + bias + ub;
                    if best.is_none_or(|b| score < b.2) {
                        best = Some((f, u, score));
                    }
                }
            };
            consider(NONE, &sol);
            for u in fo.fu.clone() {
                consider(u, &sol);
            }
        }
        if let Some((f, u, _)) = best
            && let Some(d) = sol.try_pair(p, f, u)
            && d < model.pairs[p].none_cost
        {
            sol.set_pair(p, f, u);
        }
    }
    sol
}

/// Descent: best single move for every item until no improvement.
pub fn descent(sol: &mut Solution, max_passes: usize) -> usize {
    let m = sol.model;
    let mut passes = 0;
    loop {
        passes += 1;
        let mut improved = false;
        for j in 0..m.inherited.len() {
            if let Some((o, d)) = best_inherited_move(sol, j)
                && d < -EPS
            {
                sol.set_inherited(j, o);
                improved = true;
            }
        }
        for p in 0..m.pairs.len() {
            if let Some((f, u, d)) = best_pair_move(sol, p)
                && d < -EPS
            {
                sol.set_pair(p, f, u);
                improved = true;
            }
        }
        if !improved || passes >= max_passes {
            return passes;
        }
    }
}

/// The full option of pair `p` in session `k`, if any.
fn opt_at(m: &Model, p: usize, k: u32) -> Option<u32> {
    let r = m.pairs[p].full.clone();
    m.full_opts[r.start as usize..r.end as usize]
        .iter()
        .position(|f| f.session == k)
        .map(|i| r.start + i as u32)
}

/// Put pair `p` (currently unscheduled) at full option `f` with its best follow-up.
fn place_best_fu(sol: &mut Solution, p: usize, f: u32) -> bool {
    let m = sol.model;
    let mut bd: Option<(u32, f64)> = sol.try_pair(p, f, NONE).map(|d| (NONE, d));
    for u in m.full_opts[f as usize].fu.clone() {
        if let Some(d) = sol.try_pair(p, f, u)
            && bd.is_none_or(|b| d < b.1)
        {
            bd = Some((u, d));
        }
    }
    match bd {
        Some((u, _)) => {
            sol.set_pair(p, f, u);
            true
        }
        None => false,
    }
}

/// A change to undo: the item and its previous options.
#[derive(Clone, Copy)]
enum Entry {
    Pair(usize, u32, u32),
    Inh(usize, u32),
}

/// Undo a compound move: clear every touched item, then restore the old options
/// (each restore only re-adds load the original plan had, so it is feasible).
fn undo_journal(sol: &mut Solution, journal: &[Entry]) {
    for e in journal {
        match *e {
            Entry::Pair(p, _, _) => sol.set_pair(p, NONE, NONE),
            Entry::Inh(j, _) => sol.set_inherited(j, NONE),
        }
    }
    for e in journal.iter().rev() {
        match *e {
            Entry::Pair(p, f, u) => {
                if sol.a.full[p] == NONE && sol.a.fu[p] == NONE {
                    sol.set_pair(p, f, u);
                }
            }
            Entry::Inh(j, o) => {
                if sol.a.inh[j] == NONE {
                    sol.set_inherited(j, o);
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Mover {
    Pair(usize, u32),
    Inh(usize, u32),
}

enum Undo {
    Pair(usize, u32, u32),
    Inh(usize, u32),
}

/// Settings of the annealing phase.
#[derive(Debug, Clone)]
pub struct AnnealSettings {
    pub iterations: u64,
    pub t_start: f64,
    pub t_end: f64,
    pub seed: u64,
}

/// Simulated annealing over compound moves; keeps and returns the best assignment.
pub fn anneal<'m>(
    sol: &mut Solution<'m>,
    settings: &AnnealSettings,
    mut keep_going: impl FnMut(u64, f64) -> bool,
) {
    let m = sol.model;
    let mut rng = Rng::new(settings.seed);
    let n_pairs = m.pairs.len();
    let n_inh = m.inherited.len();
    if n_pairs == 0 {
        return;
    }
    // Pairs of each committee, for swaps.
    let mut by_committee: std::collections::HashMap<pacta_core::Committee, Vec<usize>> =
        std::collections::HashMap::new();
    for (p, pair) in m.pairs.iter().enumerate() {
        by_committee.entry(pair.committee).or_default().push(p);
    }
    let mut best = sol.a.clone();
    let mut best_cost = sol.cost;
    let mut occupants: Vec<usize> = Vec::new();
    let mut inh_occupants: Vec<usize> = Vec::new();
    let mut journal: Vec<Entry> = Vec::new();
    let mut pairs_of_state: Vec<Vec<usize>> = vec![Vec::new(); m.states.len()];
    for (p, pair) in m.pairs.iter().enumerate() {
        pairs_of_state[pair.state as usize].push(p);
    }
    let mut inh_of_state: Vec<Vec<usize>> = vec![Vec::new(); m.states.len()];
    for (j, inh) in m.inherited.iter().enumerate() {
        inh_of_state[inh.state as usize].push(j);
    }
    let mut inh_by_committee: std::collections::HashMap<pacta_core::Committee, Vec<usize>> =
        std::collections::HashMap::new();
    for c in by_committee.keys() {
        inh_by_committee.insert(*c, Vec::new());
    }
    for (j, inh) in m.inherited.iter().enumerate() {
        inh_by_committee.entry(inh.committee).or_default().push(j);
    }
    #[allow(unused_assignments)]
    let mut mover = Mover::Pair(0, NONE);
    let ratio = (settings.t_end / settings.t_start).max(1e-12);
    let iters = settings.iterations.max(1);
    let mut temp = settings.t_start;
    for it in 0..iters {
        if it % 1024 == 0 {
            temp = settings.t_start * ratio.powf(it as f64 / iters as f64);
            if !keep_going(it, best_cost) {
                break;
            }
        }
        let r = rng.below(100);
        let accept = |d: f64, rng: &mut Rng| d <= 0.0 || rng.unit() < (-d / temp).exp();
        if r < 8 && n_inh > 0 {
            // Inherited follow-up: random option.
            let j = rng.below(n_inh);
            let opts = m.inherited[j].opts.clone();
            let n = (opts.end - opts.start) as usize;
            let o = if rng.below(n + 1) == n {
                NONE
            } else {
                opts.start + rng.below(n) as u32
            };
            if let Some(d) = sol.try_inherited(j, o)
                && accept(d, &mut rng)
            {
                sol.set_inherited(j, o);
            }
        } else if r < 20 {
            // Follow-up only.
            let p = rng.below(n_pairs);
            let f = sol.a.full[p];
            if f == NONE {
                continue;
            }
            let fo = &m.full_opts[f as usize];
            let n = (fo.fu.end - fo.fu.start) as usize;
            let u = if rng.below(n + 1) == n {
                NONE
            } else {
                fo.fu.start + rng.below(n) as u32
            };
            if let Some(d) = sol.try_pair(p, f, u)
                && accept(d, &mut rng)
            {
                sol.set_pair(p, f, u);
            }
        } else if (85..95).contains(&r) {
            // State chain: move p's full review (with its best follow-up) into a
            // quarter or year where the same State has another review, and move that
            // review out of the way.
            let p = rng.below(n_pairs);
            let range = m.pairs[p].full.clone();
            let n = (range.end - range.start) as usize;
            if n == 0 {
                continue;
            }
            let f = range.start + rng.below(n) as u32;
            if f == sol.a.full[p] {
                continue;
            }
            let fo = &m.full_opts[f as usize];
            let (qf, yf) = (fo.quarter, fo.year);
            let state = m.pairs[p].state as usize;
            let before = sol.cost;
            journal.clear();
            journal.push(Entry::Pair(p, sol.a.full[p], sol.a.fu[p]));
            sol.set_pair(p, NONE, NONE);
            let year_full = sol.sy[state * m.n_years + yf as usize] >= m.max_full_per_state_year;
            let quarter_busy = sol.sq[state * m.n_quarters + qf as usize] >= 1;
            if !year_full && !quarter_busy {
                undo_journal(sol, &journal);
                continue;
            }
            for &q in &pairs_of_state[state] {
                if q == p {
                    continue;
                }
                let fq = sol.a.full[q];
                if fq == NONE {
                    continue;
                }
                let fqo = &m.full_opts[fq as usize];
                let uq = sol.a.fu[q];
                let in_q =
                    fqo.quarter == qf || (uq != NONE && m.fu_opts[uq as usize].quarter == qf);
                let in_y = year_full && fqo.year == yf;
                if !in_q && !in_y {
                    continue;
                }
                let mv = best_pair_move_where(sol, q, |fq_, fy_, uq_| {
                    fq_ != qf && uq_ != Some(qf) && !(year_full && fy_ == yf)
                });
                if let Some((f2, u2, _)) = mv {
                    journal.push(Entry::Pair(q, fq, uq));
                    sol.set_pair(q, f2, u2);
                }
            }
            for &j in &inh_of_state[state] {
                let o = sol.a.inh[j];
                if o == NONE || m.inh_opts[o as usize].quarter != qf {
                    continue;
                }
                let mut bd: Option<(u32, f64)> = None;
                for o2 in m.inherited[j].opts.clone() {
                    if m.inh_opts[o2 as usize].quarter == qf {
                        continue;
                    }
                    if let Some(d) = sol.try_inherited(j, o2)
                        && bd.is_none_or(|b| d < b.1)
                    {
                        bd = Some((o2, d));
                    }
                }
                if let Some((o2, _)) = bd {
                    journal.push(Entry::Inh(j, o));
                    sol.set_inherited(j, o2);
                }
            }
            let ok = place_best_fu(sol, p, f);
            let d = sol.cost - before;
            if !ok || !accept(d, &mut rng) {
                undo_journal(sol, &journal);
            }
        } else if (70..85).contains(&r) {
            // Make room: move p's full review to a session that is full by moving
            // follow-ups (own or inherited) out of it to their next-best sessions.
            let p = rng.below(n_pairs);
            let range = m.pairs[p].full.clone();
            let n = (range.end - range.start) as usize;
            if n == 0 {
                continue;
            }
            let f = range.start + rng.below(n) as u32;
            if f == sol.a.full[p] {
                continue;
            }
            let k = m.full_opts[f as usize].session;
            let before = sol.cost;
            journal.clear();
            journal.push(Entry::Pair(p, sol.a.full[p], sol.a.fu[p]));
            sol.set_pair(p, NONE, NONE);
            let committee = m.pairs[p].committee;
            // Follow-ups sitting in k.
            occupants.clear();
            for &q in &by_committee[&committee] {
                let u = sol.a.fu[q];
                if u != NONE && m.fu_opts[u as usize].session == k {
                    occupants.push(q);
                }
            }
            inh_occupants.clear();
            for &j in &inh_by_committee[&committee] {
                let o = sol.a.inh[j];
                if o != NONE && m.inh_opts[o as usize].session == k {
                    inh_occupants.push(j);
                }
            }
            let mut guard = 0;
            while sol.room(k as usize) < m.full_load && guard < 4 {
                guard += 1;
                let total = occupants.len() + inh_occupants.len();
                if total == 0 {
                    break;
                }
                let pick = rng.below(total);
                if pick < occupants.len() {
                    let q = occupants.swap_remove(pick);
                    let fq = sol.a.full[q];
                    let fo = &m.full_opts[fq as usize];
                    let mut bd: Option<(u32, f64)> = sol.try_pair(q, fq, NONE).map(|d| (NONE, d));
                    for u in fo.fu.clone() {
                        if m.fu_opts[u as usize].session == k {
                            continue;
                        }
                        if let Some(d) = sol.try_pair(q, fq, u)
                            && bd.is_none_or(|b| d < b.1)
                        {
                            bd = Some((u, d));
                        }
                    }
                    if let Some((u, _)) = bd {
                        journal.push(Entry::Pair(q, fq, sol.a.fu[q]));
                        sol.set_pair(q, fq, u);
                    }
                } else {
                    let j = inh_occupants.swap_remove(pick - occupants.len());
                    let mut bd: Option<(u32, f64)> = sol.try_inherited(j, NONE).map(|d| (NONE, d));
                    for o in m.inherited[j].opts.clone() {
                        if m.inh_opts[o as usize].session == k {
                            continue;
                        }
                        if let Some(d) = sol.try_inherited(j, o)
                            && bd.is_none_or(|b| d < b.1)
                        {
                            bd = Some((o, d));
                        }
                    }
                    if let Some((o, _)) = bd {
                        journal.push(Entry::Inh(j, sol.a.inh[j]));
                        sol.set_inherited(j, o);
                    }
                }
            }
            let ok = place_best_fu(sol, p, f);
            let d = sol.cost - before;
            if !ok || !accept(d, &mut rng) {
                undo_journal(sol, &journal);
            }
        } else if (45..70).contains(&r) {
            // Swap the full-review sessions of two pairs of one committee.
            let p = rng.below(n_pairs);
            let fp = sol.a.full[p];
            if fp == NONE {
                continue;
            }
            let list = &by_committee[&m.pairs[p].committee];
            let q = list[rng.below(list.len())];
            let fq = sol.a.full[q];
            if q == p || fq == NONE {
                continue;
            }
            let kp = m.full_opts[fp as usize].session;
            let kq = m.full_opts[fq as usize].session;
            if kp == kq {
                continue;
            }
            let Some(fp2) = opt_at(m, p, kq) else {
                continue;
            };
            let Some(fq2) = opt_at(m, q, kp) else {
                continue;
            };
            let (up0, uq0) = (sol.a.fu[p], sol.a.fu[q]);
            let before = sol.cost;
            sol.set_pair(p, NONE, NONE);
            sol.set_pair(q, NONE, NONE);
            let ok = place_best_fu(sol, p, fp2) && place_best_fu(sol, q, fq2);
            let d = sol.cost - before;
            if !ok || !accept(d, &mut rng) {
                sol.set_pair(p, NONE, NONE);
                sol.set_pair(q, NONE, NONE);
                sol.set_pair(p, fp, up0);
                sol.set_pair(q, fq, uq0);
            }
        } else if r < 45 {
            // Single: random full option, best follow-up for it.
            let p = rng.below(n_pairs);
            let range = m.pairs[p].full.clone();
            let n = (range.end - range.start) as usize;
            if n == 0 {
                continue;
            }
            let f = range.start + rng.below(n) as u32;
            let fo = &m.full_opts[f as usize];
            let mut bd: Option<(u32, f64)> = sol.try_pair(p, f, NONE).map(|d| (NONE, d));
            for u in fo.fu.clone() {
                if let Some(d) = sol.try_pair(p, f, u)
                    && bd.is_none_or(|b| d < b.1)
                {
                    bd = Some((u, d));
                }
            }
            if let Some((u, d)) = bd
                && accept(d, &mut rng)
            {
                sol.set_pair(p, f, u);
            }
        } else {
            // Eject: move p (or an inherited follow-up) to a random session; if that
            // session is full, take out one occupant of the same committee and
            // re-insert it at its best place.
            let inh_move = n_inh > 0 && rng.below(4) == 0;
            let (k, committee) = if inh_move {
                let j = rng.below(n_inh);
                let opts = m.inherited[j].opts.clone();
                let n = (opts.end - opts.start) as usize;
                if n == 0 {
                    continue;
                }
                let o = opts.start + rng.below(n) as u32;
                if o == sol.a.inh[j] {
                    continue;
                }
                if let Some(d) = sol.try_inherited(j, o) {
                    if accept(d, &mut rng) {
                        sol.set_inherited(j, o);
                    }
                    continue;
                }
                mover = Mover::Inh(j, o);
                (
                    m.inh_opts[o as usize].session as usize,
                    m.inherited[j].committee,
                )
            } else {
                let p = rng.below(n_pairs);
                let range = m.pairs[p].full.clone();
                let n = (range.end - range.start) as usize;
                if n == 0 {
                    continue;
                }
                let f = range.start + rng.below(n) as u32;
                if f == sol.a.full[p] {
                    continue;
                }
                mover = Mover::Pair(p, f);
                (
                    m.full_opts[f as usize].session as usize,
                    m.pairs[p].committee,
                )
            };
            // Occupants with a full review at k.
            let list = &by_committee[&committee];
            occupants.clear();
            for &q in list {
                let fq = sol.a.full[q];
                if fq != NONE && m.full_opts[fq as usize].session as usize == k {
                    occupants.push(q);
                }
            }
            if let Mover::Pair(p, _) = mover {
                occupants.retain(|&q| q != p);
            }
            if occupants.is_empty() {
                continue;
            }
            let q = occupants[rng.below(occupants.len())];
            let (fq0, uq0) = (sol.a.full[q], sol.a.fu[q]);
            let before = sol.cost;
            sol.set_pair(q, NONE, NONE);
            let placed = match mover {
                Mover::Inh(j, o) => {
                    let o0 = sol.a.inh[j];
                    if sol.try_inherited(j, o).is_some() {
                        sol.set_inherited(j, o);
                        Some(Undo::Inh(j, o0))
                    } else {
                        None
                    }
                }
                Mover::Pair(p, f) => {
                    let (f0, u0) = (sol.a.full[p], sol.a.fu[p]);
                    let mut bd: Option<(u32, f64)> = sol.try_pair(p, f, NONE).map(|d| (NONE, d));
                    for u in m.full_opts[f as usize].fu.clone() {
                        if let Some(d) = sol.try_pair(p, f, u)
                            && bd.is_none_or(|b| d < b.1)
                        {
                            bd = Some((u, d));
                        }
                    }
                    bd.map(|(u, _)| {
                        sol.set_pair(p, f, u);
                        Undo::Pair(p, f0, u0)
                    })
                }
            };
            let Some(undo) = placed else {
                sol.set_pair(q, fq0, uq0);
                continue;
            };
            if let Some((fq, uq, _)) = best_pair_move(sol, q) {
                sol.set_pair(q, fq, uq);
            }
            let d = sol.cost - before;
            if !accept(d, &mut rng) {
                sol.set_pair(q, NONE, NONE);
                match undo {
                    Undo::Inh(j, o0) => sol.set_inherited(j, o0),
                    Undo::Pair(p, f0, u0) => sol.set_pair(p, f0, u0),
                }
                sol.set_pair(q, fq0, uq0);
            }
        }
        if sol.cost < best_cost - EPS {
            best_cost = sol.cost;
            best.clone_from(&sol.a);
        }
    }
    if let Some(s) = Solution::from_assignment(m, &best) {
        *sol = s;
    }
}
