//! Tuning harness on the synthetic instance (not part of the product).
use pacta_plan::*;
use std::time::Instant;
fn main() {
    let seed: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(42);
    let t = Instant::now();
    let inst = synthetic::generate(&synthetic::SyntheticSpec::real_size(seed));
    let model = model::Model::build(&inst);
    println!(
        "build {:?} pairs {} fullopts {} fuopts {} inh {} inhopts {}",
        t.elapsed(),
        model.pairs.len(),
        model.full_opts.len(),
        model.fu_opts.len(),
        model.inherited.len(),
        model.inh_opts.len()
    );
    #[cfg(feature = "highs")]
    if std::env::var("LP").is_ok() {
        lp(&model);
    }
    let t = Instant::now();
    let mut sol = heuristic::greedy(&model);
    println!(
        "greedy {:?} cost {:.1} {}",
        t.elapsed(),
        sol.cost,
        stats(&sol)
    );
    let t = Instant::now();
    heuristic::descent(&mut sol, 50);
    println!("descent {:?} cost {:.1}", t.elapsed(), sol.cost);
    let t = Instant::now();
    let d = bound::solve_dual(
        &model,
        sol.cost,
        None,
        &bound::DualSettings {
            iterations: 3000,
            ..Default::default()
        },
        |_, _| true,
    );
    println!(
        "dual {:?} bound {:.1} iters {} gap {:.2}%",
        t.elapsed(),
        d.bound,
        d.iterations,
        100.0 * (sol.cost - d.bound) / d.bound
    );
    let t = Instant::now();
    heuristic::anneal(
        &mut sol,
        &heuristic::AnnealSettings {
            iterations: 3_000_000,
            t_start: 5.0,
            t_end: 0.05,
            seed,
        },
        |_, _| true,
    );
    sol.refresh();
    println!(
        "anneal {:?} cost {:.1} gap {:.2}% {:?}",
        t.elapsed(),
        sol.cost,
        100.0 * (sol.cost - d.bound) / d.bound,
        sol.breakdown()
    );
    let t = Instant::now();
    let mut s2 = heuristic::price_guided(&model, &d.multipliers, 1.0);
    println!("priceguided {:?} cost {:.1}", t.elapsed(), s2.cost);
    heuristic::descent(&mut s2, 50);
    let prices: Vec<f64> = (0..model.sessions.len())
        .map(|k| d.multipliers.price(k))
        .collect();
    let groups = lns::Groups::new(&model);
    let t = Instant::now();
    lns::committee_lns(&mut s2, &groups, &prices, 10);
    println!(
        "  lns {:?} cost {:.1} gap {:.2}%",
        t.elapsed(),
        s2.cost,
        100.0 * (s2.cost - d.bound) / d.bound
    );
    let t = Instant::now();
    heuristic::anneal(
        &mut s2,
        &heuristic::AnnealSettings {
            iterations: 3_000_000,
            t_start: 2.0,
            t_end: 0.05,
            seed,
        },
        |_, _| true,
    );
    s2.refresh();
    println!(
        "  anneal {:?} cost {:.1} gap {:.2}%",
        t.elapsed(),
        s2.cost,
        100.0 * (s2.cost - d.bound) / d.bound
    );
    lns::committee_lns(&mut s2, &groups, &prices, 10);
    println!(
        "  lns {:?} cost {:.1} gap {:.2}%",
        t.elapsed(),
        s2.cost,
        100.0 * (s2.cost - d.bound) / d.bound
    );
    println!(
        "  + descent cost {:.1} gap {:.2}% {}",
        s2.cost,
        100.0 * (s2.cost - d.bound) / d.bound,
        stats(&s2)
    );
}
#[allow(dead_code)]
pub fn stats(sol: &solution::Solution) -> String {
    let m = sol.model;
    let un_full = sol.a.full.iter().filter(|&&f| f == model::NONE).count();
    let mut un_fu = 0;
    let mut fu_cost = 0.0;
    for p in 0..m.pairs.len() {
        let f = sol.a.full[p];
        if f != model::NONE && sol.a.fu[p] == model::NONE {
            let fo = &m.full_opts[f as usize];
            if fo.fu_none_cost > 0.0 {
                un_fu += 1;
                fu_cost += fo.fu_none_cost;
            }
        }
    }
    let un_inh = sol.a.inh.iter().filter(|&&f| f == model::NONE).count();
    format!(
        "unfull {} unfu {} ({:.0}) uninh {} {:?}",
        un_full,
        un_fu,
        fu_cost,
        un_inh,
        sol.breakdown()
    )
}
#[cfg(feature = "highs")]
pub fn lp(model: &model::Model) {
    let t = Instant::now();
    let r = exact::solve(
        model,
        None,
        &exact::ExactSettings {
            relax: true,
            ..Default::default()
        },
    );
    println!(
        "HiGHS LP {:?} bound {:.2} status {}",
        t.elapsed(),
        r.bound,
        r.status
    );
}
