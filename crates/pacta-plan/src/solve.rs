//! The solver pipeline (PLANNER.md §5.2): construct, bound, improve, bound again,
//! and report the objective, the best lower bound and the proven gap.
//!
//! Deterministic for a given seed and effort; the caller may stop it early through
//! the progress callback (the binary does so on `--time-limit`). No clock here.

use crate::bound::{self, DualSettings, Multipliers};
use crate::heuristic::{self, AnnealSettings};
use crate::lns::{self, Groups, StateGroups};
use crate::model::{Model, NONE};
use crate::solution::{Assignment, Breakdown, Solution};

/// How hard to work. The defaults reach the targets on the bundled data in
/// a few seconds on a 2-core machine; `quick` is for tests.
#[derive(Debug, Clone)]
pub struct SolveSettings {
    pub seed: u64,
    pub dual_iterations: usize,
    pub anneal_iterations: u64,
    pub anneal_start_temperature: f64,
    pub lns_rounds: usize,
    /// Rounds of (anneal, LNS, dual) after the first.
    pub rounds: usize,
    /// Committees the committee LNS works on (all when `None`): a re-plan after a
    /// change to one committee's sessions only needs that committee.
    pub focus: Option<Vec<pacta_core::Committee>>,
    /// Re-planning with nothing displaced: only place what the warm start left open
    /// (new parties), move nothing else. "Re-planning an unchanged input changes
    /// nothing."
    pub fill_only: bool,
}

impl Default for SolveSettings {
    fn default() -> Self {
        SolveSettings {
            seed: 42,
            dual_iterations: 3000,
            anneal_iterations: 12_000_000,
            anneal_start_temperature: 2.0,
            lns_rounds: 6,
            rounds: 0,
            focus: None,
            fill_only: false,
        }
    }
}

impl SolveSettings {
    /// Re-planning from a published plan: the warm start is already good, so a short
    /// repair (LNS + a little annealing) keeps the answer under half a second.
    pub fn replan(seed: u64) -> Self {
        SolveSettings {
            seed,
            dual_iterations: 300,
            anneal_iterations: 300_000,
            anneal_start_temperature: 0.5,
            lns_rounds: 2,
            rounds: 0,
            focus: None,
            fill_only: false,
        }
    }

    /// Little effort: for tests and "what-if" answers.
    pub fn quick(seed: u64) -> Self {
        SolveSettings {
            seed,
            dual_iterations: 400,
            anneal_iterations: 200_000,
            anneal_start_temperature: 1.0,
            lns_rounds: 2,
            rounds: 1,
            focus: None,
            fill_only: false,
        }
    }
}

/// Options evaluated per State in the State LNS before it settles for the best found.
const STATE_NODES: usize = 20_000;

const BOUND_METHOD: &str = "Lagrangian relaxation of capacity, State-year, collision, spare-capacity and cluster rows (projected subgradient, Polyak steps)";

/// What the pipeline is doing, for a progress bar.
#[derive(Debug, Clone)]
pub struct Progress {
    pub phase: &'static str,
    /// 0.0 ..= 1.0 of the whole run.
    pub fraction: f64,
    pub objective: f64,
    pub bound: f64,
}

/// The result of a solve.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub assignment: Assignment,
    pub objective: f64,
    pub breakdown: Breakdown,
    /// The best valid lower bound found (Lagrangian, or HiGHS when exact).
    pub bound: f64,
    pub bound_method: String,
    pub multipliers: Multipliers,
    /// Objective after each phase, for the report.
    pub phases: Vec<(String, f64)>,
    pub stopped_early: bool,
}

impl Outcome {
    /// (objective − bound) / |objective|: the share of the objective that could still
    /// be saved at most. 0 when proven optimal.
    pub fn gap(&self) -> f64 {
        relative_gap(self.objective, self.bound)
    }
}

/// (objective − bound) / |objective|, never negative.
pub fn relative_gap(objective: f64, bound: f64) -> f64 {
    if objective.abs() < 1e-9 {
        return 0.0;
    }
    ((objective - bound) / objective.abs()).max(0.0)
}

/// Run the pipeline. `start` (a feasible assignment) is the warm start when
/// re-planning; `progress` returns `false` to stop early (the best plan so far is
/// kept and the bound is still valid).
pub fn solve(
    model: &Model,
    settings: &SolveSettings,
    start: Option<&Assignment>,
    progress: &mut dyn FnMut(&Progress) -> bool,
) -> Outcome {
    let mut phases = Vec::new();
    let mut stopped = false;
    let total_work = (settings.rounds as f64 + 1.0).max(1.0);
    let mut best = match start.and_then(|a| Solution::from_assignment(model, a)) {
        Some(s) => {
            phases.push(("warm start".to_string(), s.cost));
            s
        }
        None => {
            let s = heuristic::greedy(model);
            phases.push(("greedy".to_string(), s.cost));
            s
        }
    };
    if settings.fill_only && start.is_some() {
        // Place only what is open; keep everything else where it was published.
        for p in 0..model.pairs.len() {
            if best.a.full[p] == NONE
                && let Some((f, u, d)) = heuristic::best_pair_move(&best, p)
                && d < 0.0
            {
                best.set_pair(p, f, u);
            }
        }
        best.refresh();
        phases.push(("fill".to_string(), best.cost));
        let ub = best.cost;
        let dual_settings = DualSettings {
            iterations: settings.dual_iterations,
            ..DualSettings::default()
        };
        let dual = bound::solve_dual(model, ub, None, &dual_settings, |it, b| {
            progress(&Progress {
                phase: "lower bound",
                fraction: it as f64 / settings.dual_iterations.max(1) as f64,
                objective: ub,
                bound: b,
            })
        });
        return Outcome {
            breakdown: best.breakdown(),
            objective: best.cost,
            assignment: best.a.clone(),
            bound: dual.bound,
            bound_method: BOUND_METHOD.to_string(),
            multipliers: dual.multipliers,
            phases,
            stopped_early: false,
        };
    }
    // Fill whatever the warm start left open, then descend.
    heuristic::descent(&mut best, 20);
    phases.push(("descent".to_string(), best.cost));
    let mut report = |phase: &'static str, fraction: f64, obj: f64, bnd: f64| -> bool {
        progress(&Progress {
            phase,
            fraction: fraction.clamp(0.0, 1.0),
            objective: obj,
            bound: bnd,
        })
    };
    let mut bound_value = f64::NEG_INFINITY;
    let dual_settings = DualSettings {
        iterations: settings.dual_iterations,
        ..DualSettings::default()
    };
    let dual_iters = settings.dual_iterations.max(1) as f64;
    let ub = best.cost;
    let dual = bound::solve_dual(model, ub, None, &dual_settings, |it, b| {
        report(
            "lower bound",
            it as f64 / dual_iters / total_work * 0.3,
            ub,
            b,
        )
    });
    bound_value = bound_value.max(dual.bound);
    let mut mult = dual.multipliers;
    let mut groups = Groups::new(model);
    let mut state_groups = StateGroups::new(model);
    if let Some(focus) = &settings.focus {
        groups.retain(focus);
        state_groups.retain(model, focus);
    }

    // Price-guided construction; keep whichever start is better.
    let mut guided = heuristic::price_guided(model, &mult, 1.0);
    heuristic::descent(&mut guided, 20);
    if guided.cost < best.cost {
        best = guided;
    }
    phases.push(("price-guided construction".to_string(), best.cost));

    // Lagrangian heuristic: every State planned jointly under the session prices,
    // then repaired into a feasible plan; kept if better.
    {
        let relaxed = model.without_capacity();
        let prices: Vec<f64> = (0..model.sessions.len()).map(|k| mult.price(k)).collect();
        let mut lag = lns::lagrangian_plan(model, &relaxed, &state_groups, &prices, STATE_NODES);
        heuristic::descent(&mut lag, 20);
        lns::committee_lns(&mut lag, &groups, &prices, settings.lns_rounds);
        lns::state_lns(&mut lag, &state_groups, STATE_NODES, settings.lns_rounds);
        lag.refresh();
        phases.push(("Lagrangian heuristic".to_string(), lag.cost));
        if lag.cost < best.cost {
            best = lag;
        }
    }

    for round in 0..=settings.rounds {
        let base = (round as f64 + 0.3) / total_work;
        let prices: Vec<f64> = (0..model.sessions.len()).map(|k| mult.price(k)).collect();
        lns::committee_lns(&mut best, &groups, &prices, settings.lns_rounds);
        phases.push((format!("committee LNS {}", round + 1), best.cost));
        lns::state_lns(&mut best, &state_groups, STATE_NODES, settings.lns_rounds);
        phases.push((format!("State LNS {}", round + 1), best.cost));
        if !report("improving", base, best.cost, bound_value) {
            stopped = true;
            break;
        }
        let iters = settings.anneal_iterations.max(1);
        let anneal = AnnealSettings {
            iterations: iters,
            t_start: settings.anneal_start_temperature / (round as f64 + 1.0),
            t_end: 0.02,
            seed: settings.seed.wrapping_add(round as u64),
        };
        let b = bound_value;
        heuristic::anneal(&mut best, &anneal, |it, obj| {
            let keep = report(
                "improving",
                base + 0.5 * it as f64 / iters as f64 / total_work,
                obj,
                b,
            );
            if !keep {
                stopped = true;
            }
            keep
        });
        best.refresh();
        lns::committee_lns(&mut best, &groups, &prices, settings.lns_rounds);
        lns::state_lns(&mut best, &state_groups, STATE_NODES, settings.lns_rounds);
        heuristic::descent(&mut best, 5);
        phases.push((format!("annealing + LNS {}", round + 1), best.cost));
        if stopped {
            break;
        }
        // Tighten the bound towards the better plan (warm start from the multipliers).
        let ub = best.cost;
        let dual = bound::solve_dual(model, ub, Some(&mult), &dual_settings, |it, bd| {
            report(
                "lower bound",
                base + (0.5 + 0.2 * it as f64 / dual_iters) / total_work,
                ub,
                bd.max(bound_value),
            )
        });
        if dual.bound > bound_value {
            bound_value = dual.bound;
            mult = dual.multipliers;
        }
    }
    best.refresh();
    report("done", 1.0, best.cost, bound_value);
    Outcome {
        breakdown: best.breakdown(),
        objective: best.cost,
        assignment: best.a.clone(),
        bound: bound_value,
        bound_method: BOUND_METHOD.to_string(),
        multipliers: mult,
        phases,
        stopped_early: stopped,
    }
}

/// Pairs left out and follow-ups converted, for reports.
pub fn count_unscheduled(model: &Model, a: &Assignment) -> (usize, usize) {
    let full = a.full.iter().filter(|&&f| f == NONE).count();
    let mut fu = a.inh.iter().filter(|&&o| o == NONE).count();
    for p in 0..model.pairs.len() {
        let f = a.full[p];
        if f != NONE && a.fu[p] == NONE && model.full_opts[f as usize].fu_none_cost > 0.0 {
            fu += 1;
        }
    }
    (full, fu)
}
