//! Exact plans with HiGHS (cargo feature `highs`): the model of PLANNER.md §3 as a
//! mixed-integer program, warm-started from the heuristic plan, solved to a relative
//! gap, with HiGHS's own dual bound read back (PLANNER §5.2 step 4).
//!
//! Built from [`Model`] directly (not through a modelling layer) so that the dual
//! bound, warm start and options are available. Not compiled by default: the default
//! build needs only the Rust toolchain.

use highs::{ColProblem, HighsModelStatus, Sense};

use crate::model::{Model, NONE};
use crate::solution::{Assignment, Solution};

/// Settings of an exact solve.
#[derive(Debug, Clone)]
pub struct ExactSettings {
    pub time_limit_seconds: f64,
    pub mip_rel_gap: f64,
    /// Solve the LP relaxation only (for the bound).
    pub relax: bool,
    pub quiet: bool,
}

impl Default for ExactSettings {
    fn default() -> Self {
        ExactSettings {
            time_limit_seconds: 110.0,
            mip_rel_gap: 1e-3,
            relax: false,
            quiet: true,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ExactResult {
    pub assignment: Option<Assignment>,
    pub objective: f64,
    /// HiGHS's proven lower bound (the MIP dual bound, or the LP optimum).
    pub bound: f64,
    pub status: String,
}

enum Col {
    Pair(usize, u32, u32),
    Inh(usize, u32),
}

/// Solve the model exactly (or its LP relaxation), warm-started from `warm`.
pub fn solve(model: &Model, warm: Option<&Assignment>, settings: &ExactSettings) -> ExactResult {
    let mut pb = ColProblem::default();
    let n_pairs = model.pairs.len();
    let pair_rows: Vec<_> = (0..n_pairs).map(|_| pb.add_row(1.0..=1.0)).collect();
    let inh_rows: Vec<_> = (0..model.inherited.len())
        .map(|_| pb.add_row(1.0..=1.0))
        .collect();
    let cap_rows: Vec<_> = model
        .sessions
        .iter()
        .map(|s| pb.add_row(..=f64::from(s.capacity)))
        .collect();
    let spare_rows: Vec<_> = model
        .sessions
        .iter()
        .map(|s| pb.add_row(..=s.spare_threshold))
        .collect();
    let sy_rows: Vec<_> = (0..model.states.len() * model.n_years)
        .map(|_| pb.add_row(..=f64::from(model.max_full_per_state_year)))
        .collect();
    let sq_rows: Vec<_> = (0..model.states.len() * model.n_quarters)
        .map(|_| pb.add_row(..=1.0))
        .collect();
    // Cluster rows: (x_a,y − x_b,y − d ≤ 0, x_b,y − x_a,y − d ≤ 0) per link and year.
    let link_rows: Vec<_> = (0..model.links.len() * model.n_years)
        .map(|_| (pb.add_row(..=0.0), pb.add_row(..=0.0)))
        .collect();
    let integer = !settings.relax;
    let add = |pb: &mut ColProblem, cost: f64, factors: &[(highs::Row, f64)]| {
        if integer {
            pb.add_integer_column(cost, 0.0..=1.0, factors);
        } else {
            pb.add_column(cost, 0.0..=1.0, factors);
        }
    };
    let mut cols: Vec<Col> = Vec::new();
    let fl = f64::from(model.full_load);
    let ul = f64::from(model.follow_up_load);
    for (p, pair) in model.pairs.iter().enumerate() {
        let s = pair.state as usize;
        add(&mut pb, pair.none_cost, &[(pair_rows[p], 1.0)]);
        cols.push(Col::Pair(p, NONE, NONE));
        for f in pair.full.clone() {
            let fo = &model.full_opts[f as usize];
            let k = fo.session as usize;
            let mut base = vec![
                (pair_rows[p], 1.0),
                (cap_rows[k], fl),
                (spare_rows[k], fl),
                (sy_rows[s * model.n_years + fo.year as usize], 1.0),
                (sq_rows[s * model.n_quarters + fo.quarter as usize], 1.0),
            ];
            for &(l, is_a) in &model.pair_links[p] {
                let (ra, rb) = link_rows[l as usize * model.n_years + fo.year as usize];
                let sign = if is_a { 1.0 } else { -1.0 };
                base.push((ra, sign));
                base.push((rb, -sign));
            }
            add(&mut pb, fo.cost + fo.fu_none_cost, &base);
            cols.push(Col::Pair(p, f, NONE));
            for u in fo.fu.clone() {
                let uo = &model.fu_opts[u as usize];
                let m = uo.session as usize;
                let mut factors = base.clone();
                factors.push((cap_rows[m], ul));
                factors.push((spare_rows[m], ul));
                factors.push((sq_rows[s * model.n_quarters + uo.quarter as usize], 1.0));
                add(&mut pb, fo.cost + uo.cost, &factors);
                cols.push(Col::Pair(p, f, u));
            }
        }
    }
    for (j, inh) in model.inherited.iter().enumerate() {
        let s = inh.state as usize;
        add(&mut pb, inh.none_cost, &[(inh_rows[j], 1.0)]);
        cols.push(Col::Inh(j, NONE));
        for o in inh.opts.clone() {
            let x = &model.inh_opts[o as usize];
            let m = x.session as usize;
            add(
                &mut pb,
                x.cost,
                &[
                    (inh_rows[j], 1.0),
                    (cap_rows[m], ul),
                    (spare_rows[m], ul),
                    (sq_rows[s * model.n_quarters + x.quarter as usize], 1.0),
                ],
            );
            cols.push(Col::Inh(j, o));
        }
    }
    let n_choice_cols = cols.len();
    // Slack columns: spare excess e_k, collision excess v_{s,q}, cluster d_{l,y}.
    for &r in &spare_rows {
        pb.add_column(model.spare_cost, 0.0.., [(r, -1.0)]);
    }
    for &r in &sq_rows {
        pb.add_column(model.collision, 0.0.., [(r, -1.0)]);
    }
    for &(ra, rb) in &link_rows {
        pb.add_column(model.cluster_split * 0.5, 0.0.., [(ra, -1.0), (rb, -1.0)]);
    }

    let mut hm = pb.optimise(Sense::Minimise);
    if settings.quiet {
        hm.make_quiet();
    }
    hm.set_option("time_limit", settings.time_limit_seconds);
    hm.set_option("mip_rel_gap", settings.mip_rel_gap);
    hm.set_option("threads", 1);
    if let Some(a) = warm
        && let Some(sol) = Solution::from_assignment(model, a)
        && integer
    {
        let mut values = vec![0.0; n_choice_cols];
        for (i, c) in cols.iter().enumerate() {
            values[i] = match *c {
                Col::Pair(p, f, u) => f64::from(u8::from(a.full[p] == f && a.fu[p] == u)),
                Col::Inh(j, o) => f64::from(u8::from(a.inh[j] == o)),
            };
        }
        for (k, s) in model.sessions.iter().enumerate() {
            values.push((f64::from(sol.load[k]) - s.spare_threshold).max(0.0));
        }
        for &n in &sol.sq {
            values.push(f64::from((i32::from(n) - 1).max(0)));
        }
        for l in &model.links {
            let ya = (a.full[l.a as usize] != NONE)
                .then(|| model.full_opts[a.full[l.a as usize] as usize].year);
            let yb = (a.full[l.b as usize] != NONE)
                .then(|| model.full_opts[a.full[l.b as usize] as usize].year);
            for y in 0..model.n_years {
                let xa = f64::from(u8::from(ya == Some(y as u16)));
                let xb = f64::from(u8::from(yb == Some(y as u16)));
                values.push((xa - xb).abs());
            }
        }
        let _ = hm.try_set_solution(Some(&values), None, None, None);
    }
    let solved = hm.solve();
    let status = solved.status();
    let objective = solved.objective_value();
    let bound = if integer {
        solved
            .double_info_value(c"mip_dual_bound")
            .unwrap_or(f64::NEG_INFINITY)
    } else if status == HighsModelStatus::Optimal {
        objective
    } else {
        f64::NEG_INFINITY
    };
    let mut assignment = None;
    if integer {
        let values = solved.get_solution().columns().to_vec();
        if values.len() >= n_choice_cols {
            let mut a = Assignment::empty(model);
            for (i, c) in cols.iter().enumerate() {
                if values[i] > 0.5 {
                    match *c {
                        Col::Pair(p, f, u) => {
                            a.full[p] = f;
                            a.fu[p] = u;
                        }
                        Col::Inh(j, o) => a.inh[j] = o,
                    }
                }
            }
            if Solution::from_assignment(model, &a).is_some() {
                assignment = Some(a);
            }
        }
    }
    ExactResult {
        assignment,
        objective,
        bound,
        status: format!("{status:?}"),
    }
}
