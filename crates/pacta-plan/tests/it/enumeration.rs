//! Instances small enough to enumerate every assignment: the solver must find the
//! optimum, and the Lagrangian bound must not exceed it.

use jiff::civil::date;
use pacta_plan::model::{Model, NONE};
use pacta_plan::solution::{Assignment, Solution};
use pacta_plan::solve::{SolveSettings, solve};

use crate::support::{inherited, pair, tiny, upr};

/// The optimum by brute force over every option of every pair and inherited follow-up.
fn brute_force(model: &Model) -> f64 {
    let mut options: Vec<Vec<(u32, u32)>> = Vec::new();
    for p in 0..model.pairs.len() {
        let mut o = vec![(NONE, NONE)];
        for f in model.pairs[p].full.clone() {
            o.push((f, NONE));
            for u in model.full_opts[f as usize].fu.clone() {
                o.push((f, u));
            }
        }
        options.push(o);
    }
    let inh: Vec<Vec<u32>> = model
        .inherited
        .iter()
        .map(|j| std::iter::once(NONE).chain(j.opts.clone()).collect())
        .collect();
    let mut best = f64::INFINITY;
    let mut idx = vec![0usize; options.len() + inh.len()];
    loop {
        let mut a = Assignment::empty(model);
        for (p, o) in options.iter().enumerate() {
            (a.full[p], a.fu[p]) = o[idx[p]];
        }
        for (j, o) in inh.iter().enumerate() {
            a.inh[j] = o[idx[options.len() + j]];
        }
        if let Some(sol) = Solution::from_assignment(model, &a) {
            best = best.min(sol.breakdown().total());
        }
        // Next combination.
        let mut i = 0;
        loop {
            if i == idx.len() {
                return best;
            }
            let len = if i < options.len() {
                options[i].len()
            } else {
                inh[i - options.len()].len()
            };
            idx[i] += 1;
            if idx[i] < len {
                break;
            }
            idx[i] = 0;
            i += 1;
        }
    }
}

fn check(name: &str, instance: pacta_plan::instance::Instance) {
    let model = Model::build(&instance);
    let optimum = brute_force(&model);
    let settings = SolveSettings {
        dual_iterations: 2000,
        ..SolveSettings::quick(7)
    };
    let out = solve(&model, &settings, None, &mut |_| true);
    assert!(
        (out.objective - optimum).abs() < 1e-6,
        "{name}: solver {} against enumerated optimum {optimum}",
        out.objective
    );
    assert!(
        out.bound <= optimum + 1e-6,
        "{name}: bound {} above the optimum {optimum}",
        out.bound
    );
}

#[test]
fn solver_finds_the_enumerated_optimum_and_the_bound_stays_below_it() {
    // Three States competing for one-review sessions: someone must wait.
    check(
        "three States, thin sessions",
        tiny(
            &[2, 2, 3, 2, 3, 2],
            vec![
                pair("AAA", date(2026, 1, 1), 1.5),
                pair("BBB", date(2026, 2, 1), 1.0),
                pair("CCC", date(2026, 3, 1), 0.5),
            ],
        ),
    );
    // An inherited follow-up competes with a full review for the first session.
    let mut with_inherited = tiny(
        &[2, 3, 2, 2, 3, 2],
        vec![
            pair("AAA", date(2026, 1, 1), 1.0),
            pair("BBB", date(2026, 6, 1), 1.0),
        ],
    );
    with_inherited
        .inherited
        .push(inherited("CCC", date(2025, 5, 1)));
    check("inherited follow-up", with_inherited);
    // A UPR review blocks the due session of one State.
    let mut blackout = tiny(
        &[4, 2, 2, 4, 2, 2],
        vec![
            pair("AAA", date(2026, 1, 1), 1.0),
            pair("BBB", date(2026, 1, 1), 1.0),
            pair("CCC", date(2026, 5, 1), 1.5),
        ],
    );
    blackout.upr.push(upr("CCC", date(2026, 5, 15)));
    check("UPR black-out", blackout);
    // Capacity for only two of three: the cheapest to leave out is left out.
    check(
        "shortage",
        tiny(
            &[2, 0, 0, 2, 0, 0],
            vec![
                pair("AAA", date(2026, 1, 1), 1.0),
                pair("BBB", date(2026, 1, 1), 1.0),
                pair("CCC", date(2026, 1, 1), 0.5),
            ],
        ),
    );
}
