//! A candidate plan on the model's indices, with incremental evaluation: session
//! loads, State-year and State-quarter counts, and the objective split into its
//! parts. Every move is checked against the hard rows (capacity H3, State-year H4)
//! before it is applied, so a `Solution` is always feasible.
//!
//! This is the solver's working state; it is not the published plan format
//! ([`crate::plan`]) and does not re-validate the rules that the model enforces by
//! construction — [`crate::check`] does that independently.

use crate::model::{Model, NONE};

/// The choice of every pair and inherited follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// Index into `Model::full_opts`, or `NONE`.
    pub full: Vec<u32>,
    /// Index into `Model::fu_opts`, or `NONE` (written / beyond the horizon).
    pub fu: Vec<u32>,
    /// Index into `Model::inh_opts`, or `NONE`.
    pub inh: Vec<u32>,
}

impl Assignment {
    pub fn empty(model: &Model) -> Self {
        Assignment {
            full: vec![NONE; model.pairs.len()],
            fu: vec![NONE; model.pairs.len()],
            inh: vec![NONE; model.inherited.len()],
        }
    }
}

/// The objective, part by part (all minimised).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Breakdown {
    /// Column costs: lateness, earliness, follow-up spacing, unscheduled, changes.
    pub columns: f64,
    pub collisions: f64,
    pub spare: f64,
    pub clusters: f64,
}

impl Breakdown {
    pub fn total(&self) -> f64 {
        self.columns + self.collisions + self.spare + self.clusters
    }
}

#[derive(Debug, Clone)]
pub struct Solution<'m> {
    pub model: &'m Model,
    pub a: Assignment,
    pub load: Vec<i32>,
    /// Full reviews per (State, year).
    pub sy: Vec<u8>,
    /// Items (full reviews and follow-ups held in a session or visit) per (State, quarter).
    pub sq: Vec<u8>,
    pub cost: f64,
}

/// A small list of (index, delta) with duplicates merged.
#[derive(Default)]
struct Deltas {
    items: [(u32, i32); 6],
    n: usize,
}

impl Deltas {
    fn add(&mut self, idx: u32, d: i32) {
        if idx == NONE || d == 0 {
            return;
        }
        for it in &mut self.items[..self.n] {
            if it.0 == idx {
                it.1 += d;
                return;
            }
        }
        self.items[self.n] = (idx, d);
        self.n += 1;
    }
    fn iter(&self) -> impl Iterator<Item = (u32, i32)> + '_ {
        self.items[..self.n].iter().copied().filter(|x| x.1 != 0)
    }
}

impl<'m> Solution<'m> {
    pub fn new(model: &'m Model) -> Self {
        let a = Assignment::empty(model);
        let mut sol = Solution {
            model,
            a,
            load: vec![0; model.sessions.len()],
            sy: vec![0; model.states.len() * model.n_years],
            sq: vec![0; model.states.len() * model.n_quarters],
            cost: 0.0,
        };
        sol.cost = sol.breakdown().total();
        sol
    }

    /// A solution from an assignment; `None` if it breaks capacity or State-year rows.
    pub fn from_assignment(model: &'m Model, a: &Assignment) -> Option<Self> {
        let mut sol = Solution::new(model);
        for j in 0..model.inherited.len() {
            if a.inh[j] != NONE {
                sol.try_inherited(j, a.inh[j])?;
                sol.set_inherited(j, a.inh[j]);
            }
        }
        for p in 0..model.pairs.len() {
            if a.full[p] != NONE || a.fu[p] != NONE {
                sol.try_pair(p, a.full[p], a.fu[p])?;
                sol.set_pair(p, a.full[p], a.fu[p]);
            }
        }
        Some(sol)
    }

    fn spare_of(&self, k: usize, load: i32) -> f64 {
        let s = &self.model.sessions[k];
        self.model.spare_cost * (f64::from(load) - s.spare_threshold).max(0.0)
    }

    fn collision_of(&self, n: i32) -> f64 {
        self.model.collision * f64::from((n - 1).max(0))
    }

    /// The year of pair `p`'s full review under option `f` (or None).
    fn year_of_opt(&self, f: u32) -> Option<u16> {
        (f != NONE).then(|| self.model.full_opts[f as usize].year)
    }

    fn link_cost(&self, ya: Option<u16>, yb: Option<u16>) -> f64 {
        match (ya, yb) {
            (Some(a), Some(b)) if a != b => self.model.cluster_split,
            (Some(_), None) | (None, Some(_)) => self.model.cluster_split * 0.5,
            _ => 0.0,
        }
    }

    /// Column cost of a pair's choice.
    pub fn pair_column_cost(&self, p: usize, f: u32, u: u32) -> f64 {
        let m = self.model;
        if f == NONE {
            return m.pairs[p].none_cost;
        }
        let fo = &m.full_opts[f as usize];
        fo.cost
            + if u == NONE {
                fo.fu_none_cost
            } else {
                m.fu_opts[u as usize].cost
            }
    }

    /// Cost change of giving pair `p` the options (`f`, `u`), or `None` if that
    /// breaks a hard row. Does not change the solution.
    pub fn try_pair(&self, p: usize, f: u32, u: u32) -> Option<f64> {
        let m = self.model;
        let (f0, u0) = (self.a.full[p], self.a.fu[p]);
        if f0 == f && u0 == u {
            return Some(0.0);
        }
        let state = m.pairs[p].state as usize;
        let mut delta = self.pair_column_cost(p, f, u) - self.pair_column_cost(p, f0, u0);
        // Sessions.
        let mut ds = Deltas::default();
        let mut dq = Deltas::default();
        if f0 != NONE {
            let fo = &m.full_opts[f0 as usize];
            ds.add(fo.session, -m.full_load);
            dq.add(u32::from(fo.quarter), -1);
        }
        if u0 != NONE {
            let uo = &m.fu_opts[u0 as usize];
            ds.add(uo.session, -m.follow_up_load);
            dq.add(u32::from(uo.quarter), -1);
        }
        if f != NONE {
            let fo = &m.full_opts[f as usize];
            ds.add(fo.session, m.full_load);
            dq.add(u32::from(fo.quarter), 1);
        }
        if u != NONE {
            let uo = &m.fu_opts[u as usize];
            ds.add(uo.session, m.follow_up_load);
            dq.add(u32::from(uo.quarter), 1);
        }
        for (k, d) in ds.iter() {
            let k = k as usize;
            let l0 = self.load[k];
            let l1 = l0 + d;
            if d > 0 && l1 > m.sessions[k].capacity {
                return None;
            }
            delta += self.spare_of(k, l1) - self.spare_of(k, l0);
        }
        for (q, d) in dq.iter() {
            let n0 = i32::from(self.sq[state * m.n_quarters + q as usize]);
            delta += self.collision_of(n0 + d) - self.collision_of(n0);
        }
        let (y0, y1) = (self.year_of_opt(f0), self.year_of_opt(f));
        if y0 != y1 {
            if let Some(y) = y1
                && self.sy[state * m.n_years + y as usize] >= m.max_full_per_state_year
            {
                return None;
            }
            for &(l, is_a) in &m.pair_links[p] {
                let link = m.links[l as usize];
                let other = if is_a { link.b } else { link.a } as usize;
                let yo = self.year_of_opt(self.a.full[other]);
                delta += self.link_cost(y1, yo) - self.link_cost(y0, yo);
            }
        }
        Some(delta)
    }

    /// Give pair `p` the options (`f`, `u`). The caller has checked `try_pair`.
    pub fn set_pair(&mut self, p: usize, f: u32, u: u32) {
        let delta = self.try_pair(p, f, u).unwrap_or(0.0);
        let m = self.model;
        let state = m.pairs[p].state as usize;
        let (f0, u0) = (self.a.full[p], self.a.fu[p]);
        if f0 != NONE {
            let fo = &m.full_opts[f0 as usize];
            self.load[fo.session as usize] -= m.full_load;
            self.sq[state * m.n_quarters + fo.quarter as usize] -= 1;
            self.sy[state * m.n_years + fo.year as usize] -= 1;
        }
        if u0 != NONE {
            let uo = &m.fu_opts[u0 as usize];
            self.load[uo.session as usize] -= m.follow_up_load;
            self.sq[state * m.n_quarters + uo.quarter as usize] -= 1;
        }
        if f != NONE {
            let fo = &m.full_opts[f as usize];
            self.load[fo.session as usize] += m.full_load;
            self.sq[state * m.n_quarters + fo.quarter as usize] += 1;
            self.sy[state * m.n_years + fo.year as usize] += 1;
        }
        if u != NONE {
            let uo = &m.fu_opts[u as usize];
            self.load[uo.session as usize] += m.follow_up_load;
            self.sq[state * m.n_quarters + uo.quarter as usize] += 1;
        }
        self.a.full[p] = f;
        self.a.fu[p] = u;
        self.cost += delta;
    }

    fn inh_cost(&self, j: usize, o: u32) -> f64 {
        if o == NONE {
            self.model.inherited[j].none_cost
        } else {
            self.model.inh_opts[o as usize].cost
        }
    }

    /// Cost change of moving inherited follow-up `j` to option `o`, or `None`.
    pub fn try_inherited(&self, j: usize, o: u32) -> Option<f64> {
        let m = self.model;
        let o0 = self.a.inh[j];
        if o0 == o {
            return Some(0.0);
        }
        let state = m.inherited[j].state as usize;
        let mut delta = self.inh_cost(j, o) - self.inh_cost(j, o0);
        let mut ds = Deltas::default();
        let mut dq = Deltas::default();
        if o0 != NONE {
            let x = &m.inh_opts[o0 as usize];
            ds.add(x.session, -m.follow_up_load);
            dq.add(u32::from(x.quarter), -1);
        }
        if o != NONE {
            let x = &m.inh_opts[o as usize];
            ds.add(x.session, m.follow_up_load);
            dq.add(u32::from(x.quarter), 1);
        }
        for (k, d) in ds.iter() {
            let k = k as usize;
            let l0 = self.load[k];
            let l1 = l0 + d;
            if d > 0 && l1 > m.sessions[k].capacity {
                return None;
            }
            delta += self.spare_of(k, l1) - self.spare_of(k, l0);
        }
        for (q, d) in dq.iter() {
            let n0 = i32::from(self.sq[state * m.n_quarters + q as usize]);
            delta += self.collision_of(n0 + d) - self.collision_of(n0);
        }
        Some(delta)
    }

    pub fn set_inherited(&mut self, j: usize, o: u32) {
        let delta = self.try_inherited(j, o).unwrap_or(0.0);
        let m = self.model;
        let state = m.inherited[j].state as usize;
        let o0 = self.a.inh[j];
        if o0 != NONE {
            let x = &m.inh_opts[o0 as usize];
            self.load[x.session as usize] -= m.follow_up_load;
            self.sq[state * m.n_quarters + x.quarter as usize] -= 1;
        }
        if o != NONE {
            let x = &m.inh_opts[o as usize];
            self.load[x.session as usize] += m.follow_up_load;
            self.sq[state * m.n_quarters + x.quarter as usize] += 1;
        }
        self.a.inh[j] = o;
        self.cost += delta;
    }

    /// The objective recomputed from scratch, part by part.
    pub fn breakdown(&self) -> Breakdown {
        let m = self.model;
        let mut b = Breakdown::default();
        for p in 0..m.pairs.len() {
            b.columns += self.pair_column_cost(p, self.a.full[p], self.a.fu[p]);
        }
        for j in 0..m.inherited.len() {
            b.columns += self.inh_cost(j, self.a.inh[j]);
        }
        for &n in &self.sq {
            b.collisions += self.collision_of(i32::from(n));
        }
        for k in 0..m.sessions.len() {
            b.spare += self.spare_of(k, self.load[k]);
        }
        for l in &m.links {
            b.clusters += self.link_cost(
                self.year_of_opt(self.a.full[l.a as usize]),
                self.year_of_opt(self.a.full[l.b as usize]),
            );
        }
        b
    }

    /// Re-derive the running total (removes floating-point drift).
    pub fn refresh(&mut self) {
        self.cost = self.breakdown().total();
    }

    /// Remaining room of session `k`.
    pub fn room(&self, k: usize) -> i32 {
        self.model.sessions[k].capacity - self.load[k]
    }
}
