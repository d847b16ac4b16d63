//! A valid lower bound by Lagrangian relaxation (PLANNER.md §3, §5.2 step 3), in
//! pure Rust.
//!
//! Relaxed rows, with their multipliers:
//! * capacity (H3), `μ_k ≥ 0`, and the spare-capacity row of S4, `ρ_k ∈ [0, c_spare]`;
//! * State-year (H4), `ν_{s,y} ≥ 0`;
//! * State-quarter collisions (S1), `π_{s,q} ∈ [0, M_col]` (the bound is the cost of
//!   the excess variable);
//! * cluster years (S5), `θ_{l,y} ∈ [−c/2, c/2]` on `d_y ≥ ±(x_{a,y} − x_{b,y})`.
//!
//! What remains is one cheapest option per pair and per inherited follow-up, so for
//! *every* multiplier vector in those boxes `L(μ, ρ, ν, π, θ)` is a lower bound on the
//! optimum; the subproblem has the integrality property, so the best such bound equals
//! the LP bound. The multipliers are searched by projected subgradient with Polyak
//! steps towards the best known plan's cost; the bound reported is the best `L`
//! actually evaluated, never an estimate.

use crate::model::{Model, NONE};
use crate::solution::Assignment;

#[derive(Debug, Clone)]
pub struct Multipliers {
    pub mu: Vec<f64>,
    pub rho: Vec<f64>,
    pub nu: Vec<f64>,
    pub pi: Vec<f64>,
    pub theta: Vec<f64>,
}

impl Multipliers {
    pub fn zero(m: &Model) -> Self {
        Multipliers {
            mu: vec![0.0; m.sessions.len()],
            rho: vec![0.0; m.sessions.len()],
            nu: vec![0.0; m.states.len() * m.n_years],
            pi: vec![0.0; m.states.len() * m.n_quarters],
            theta: vec![0.0; m.links.len() * m.n_years],
        }
    }

    /// The price of one dialogue unit in session `k`.
    pub fn price(&self, k: usize) -> f64 {
        self.mu[k] + self.rho[k]
    }
}

/// The relaxed problem's optimal choice and its value.
#[derive(Debug, Clone)]
pub struct Relaxed {
    pub value: f64,
    pub choice: Assignment,
}

/// Evaluate `L` at the given multipliers: the relaxed optimum (a valid lower bound).
pub fn evaluate(model: &Model, mult: &Multipliers) -> Relaxed {
    let mut choice = Assignment::empty(model);
    let mut value = 0.0;
    let fl = f64::from(model.full_load);
    let ul = f64::from(model.follow_up_load);
    for (p, pair) in model.pairs.iter().enumerate() {
        let s = pair.state as usize;
        let mut best = pair.none_cost;
        let mut best_f = NONE;
        let mut best_u = NONE;
        for f in pair.full.clone() {
            let fo = &model.full_opts[f as usize];
            let mut c = fo.cost
                + fl * mult.price(fo.session as usize)
                + mult.nu[s * model.n_years + fo.year as usize]
                + mult.pi[s * model.n_quarters + fo.quarter as usize];
            for &(l, is_a) in &model.pair_links[p] {
                let t = mult.theta[l as usize * model.n_years + fo.year as usize];
                c += if is_a { t } else { -t };
            }
            if c >= best {
                continue;
            }
            let mut bu = fo.fu_none_cost;
            let mut bu_i = NONE;
            for u in fo.fu.clone() {
                let uo = &model.fu_opts[u as usize];
                let cu = uo.cost
                    + ul * mult.price(uo.session as usize)
                    + mult.pi[s * model.n_quarters + uo.quarter as usize];
                if cu < bu {
                    bu = cu;
                    bu_i = u;
                }
            }
            if c + bu < best {
                best = c + bu;
                best_f = f;
                best_u = bu_i;
            }
        }
        value += best;
        choice.full[p] = best_f;
        choice.fu[p] = best_u;
    }
    for (j, inh) in model.inherited.iter().enumerate() {
        let s = inh.state as usize;
        let mut best = inh.none_cost;
        let mut best_o = NONE;
        for o in inh.opts.clone() {
            let x = &model.inh_opts[o as usize];
            let c = x.cost
                + ul * mult.price(x.session as usize)
                + mult.pi[s * model.n_quarters + x.quarter as usize];
            if c < best {
                best = c;
                best_o = o;
            }
        }
        value += best;
        choice.inh[j] = best_o;
    }
    for (k, s) in model.sessions.iter().enumerate() {
        value -= mult.mu[k] * f64::from(s.capacity) + mult.rho[k] * s.spare_threshold;
    }
    let limit = f64::from(model.max_full_per_state_year);
    value -= mult.nu.iter().sum::<f64>() * limit;
    value -= mult.pi.iter().sum::<f64>();
    Relaxed { value, choice }
}

/// Settings of the subgradient search.
#[derive(Debug, Clone)]
pub struct DualSettings {
    pub iterations: usize,
    /// Initial Polyak factor λ (halved after `patience` iterations without progress).
    pub lambda: f64,
    pub patience: usize,
    pub min_lambda: f64,
}

impl Default for DualSettings {
    fn default() -> Self {
        DualSettings {
            iterations: 2000,
            lambda: 1.0,
            patience: 100,
            min_lambda: 1e-5,
        }
    }
}

/// The result of the dual search.
#[derive(Debug, Clone)]
pub struct DualResult {
    pub bound: f64,
    pub multipliers: Multipliers,
    /// The relaxed choice at the best multipliers (a guide for heuristics).
    pub choice: Assignment,
    pub iterations: usize,
}

/// Subgradient components at a relaxed choice; returns the squared norm of the
/// projected subgradient.
fn subgradient(model: &Model, mult: &Multipliers, choice: &Assignment, g: &mut Multipliers) -> f64 {
    for (k, s) in model.sessions.iter().enumerate() {
        g.mu[k] = -f64::from(s.capacity);
        g.rho[k] = -s.spare_threshold;
    }
    let limit = f64::from(model.max_full_per_state_year);
    g.nu.iter_mut().for_each(|x| *x = -limit);
    g.pi.iter_mut().for_each(|x| *x = -1.0);
    g.theta.iter_mut().for_each(|x| *x = 0.0);
    let fl = f64::from(model.full_load);
    let ul = f64::from(model.follow_up_load);
    for (p, pair) in model.pairs.iter().enumerate() {
        let s = pair.state as usize;
        let f = choice.full[p];
        if f == NONE {
            continue;
        }
        let fo = &model.full_opts[f as usize];
        g.mu[fo.session as usize] += fl;
        g.rho[fo.session as usize] += fl;
        g.nu[s * model.n_years + fo.year as usize] += 1.0;
        g.pi[s * model.n_quarters + fo.quarter as usize] += 1.0;
        for &(l, is_a) in &model.pair_links[p] {
            g.theta[l as usize * model.n_years + fo.year as usize] += if is_a { 1.0 } else { -1.0 };
        }
        let u = choice.fu[p];
        if u != NONE {
            let uo = &model.fu_opts[u as usize];
            g.mu[uo.session as usize] += ul;
            g.rho[uo.session as usize] += ul;
            g.pi[s * model.n_quarters + uo.quarter as usize] += 1.0;
        }
    }
    for (j, inh) in model.inherited.iter().enumerate() {
        let o = choice.inh[j];
        if o == NONE {
            continue;
        }
        let x = &model.inh_opts[o as usize];
        g.mu[x.session as usize] += ul;
        g.rho[x.session as usize] += ul;
        g.pi[inh.state as usize * model.n_quarters + x.quarter as usize] += 1.0;
    }
    // Projection: a component pushing a multiplier out of its box does not count.
    let half = model.cluster_split * 0.5;
    let mut norm = 0.0;
    let mut proj = |x: &[f64], gv: &mut [f64], lo: f64, hi: f64| {
        for (xi, gi) in x.iter().zip(gv.iter_mut()) {
            if (*xi <= lo && *gi < 0.0) || (*xi >= hi && *gi > 0.0) {
                *gi = 0.0;
            }
            norm += *gi * *gi;
        }
    };
    proj(&mult.mu, &mut g.mu, 0.0, f64::INFINITY);
    proj(&mult.rho, &mut g.rho, 0.0, model.spare_cost);
    proj(&mult.nu, &mut g.nu, 0.0, f64::INFINITY);
    proj(&mult.pi, &mut g.pi, 0.0, model.collision);
    proj(&mult.theta, &mut g.theta, -half, half);
    norm
}

/// Search multipliers by projected subgradient with Polyak steps towards `target`
/// (the cost of the best known plan). `start` warm-starts the search.
pub fn solve_dual(
    model: &Model,
    target: f64,
    start: Option<&Multipliers>,
    settings: &DualSettings,
    mut keep_going: impl FnMut(usize, f64) -> bool,
) -> DualResult {
    let mut mult = start.cloned().unwrap_or_else(|| Multipliers::zero(model));
    let mut g = Multipliers::zero(model);
    let mut best = evaluate(model, &mult);
    let mut best_mult = mult.clone();
    let mut lambda = settings.lambda;
    let mut since = 0;
    let mut relaxed = best.clone();
    let half = model.cluster_split * 0.5;
    let mut it = 0;
    while it < settings.iterations {
        it += 1;
        let norm = subgradient(model, &mult, &relaxed.choice, &mut g);
        if norm <= 1e-12 {
            break; // the relaxed choice is feasible and complementary: optimal
        }
        let gap = (target - relaxed.value).max(target.abs() * 1e-4);
        let step = lambda * gap / norm;
        let upd = |x: &mut [f64], gv: &[f64], lo: f64, hi: f64| {
            for (xi, gi) in x.iter_mut().zip(gv) {
                *xi = (*xi + step * gi).clamp(lo, hi);
            }
        };
        upd(&mut mult.mu, &g.mu, 0.0, f64::INFINITY);
        upd(&mut mult.rho, &g.rho, 0.0, model.spare_cost);
        upd(&mut mult.nu, &g.nu, 0.0, f64::INFINITY);
        upd(&mut mult.pi, &g.pi, 0.0, model.collision);
        upd(&mut mult.theta, &g.theta, -half, half);
        relaxed = evaluate(model, &mult);
        if relaxed.value > best.value + 1e-9 * best.value.abs().max(1.0) {
            best = relaxed.clone();
            best_mult = mult.clone();
            since = 0;
        } else {
            since += 1;
            if since >= settings.patience {
                lambda *= 0.5;
                since = 0;
                if lambda < settings.min_lambda {
                    break;
                }
            }
        }
        if !keep_going(it, best.value) {
            break;
        }
    }
    DualResult {
        bound: best.value,
        multipliers: best_mult,
        choice: best.choice,
        iterations: it,
    }
}
