//! Tuning harness on the synthetic instance (not part of the product).
use pacta_plan::*;
use std::time::Instant;
fn main() {
    let seed: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(42);
    let t = Instant::now();
    let mut inst = synthetic::generate(&synthetic::SyntheticSpec::real_size(seed));
    if std::env::var("NOSTATE").is_ok() {
        inst.policy.weights.collision = 0.0;
        inst.policy.max_full_per_state_year = 9;
    }
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
    let mut settings = solve::SolveSettings::default();
    if let Ok(v) = std::env::var("ANNEAL") {
        settings.anneal_iterations = v.parse().unwrap();
    }
    if let Ok(v) = std::env::var("DUAL") {
        settings.dual_iterations = v.parse().unwrap();
    }
    if let Ok(v) = std::env::var("ROUNDS") {
        settings.rounds = v.parse().unwrap();
    }
    if let Ok(v) = std::env::var("TEMP") {
        settings.anneal_start_temperature = v.parse().unwrap();
    }
    settings.seed = seed;
    let t = Instant::now();
    let mut last = Instant::now();
    let out = solve::solve(&model, &settings, None, &mut |p| {
        if last.elapsed().as_millis() > 500 {
            last = Instant::now();
            eprintln!(
                "  {:>6.2}s {} obj {:.1} bound {:.1}",
                t.elapsed().as_secs_f64(),
                p.phase,
                p.objective,
                p.bound
            );
        }
        true
    });
    println!(
        "solve {:?} obj {:.1} bound {:.1} gap {:.2}%",
        t.elapsed(),
        out.objective,
        out.bound,
        100.0 * out.gap()
    );
    for (p, c) in &out.phases {
        println!("  {p}: {c:.1}");
    }
    println!(
        "  {:?} unscheduled {:?}",
        out.breakdown,
        solve::count_unscheduled(&model, &out.assignment)
    );
    why_unscheduled(&model, &out.assignment);
    per_committee(&model, &out.assignment);
    gap_parts(&model, &out.assignment, &out.multipliers);
    #[cfg(feature = "highs")]
    if std::env::var("MIP").is_ok() {
        let a = mip(&model, &out.assignment);
        per_committee(&model, &a);
        let s = solution::Solution::from_assignment(&model, &a).unwrap();
        println!("{:?}", s.breakdown());
    }
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
#[allow(dead_code)]
pub fn why_unscheduled(model: &model::Model, a: &solution::Assignment) {
    for p in 0..model.pairs.len() {
        let f = a.full[p];
        if f != model::NONE
            && a.fu[p] == model::NONE
            && model.full_opts[f as usize].fu_none_cost > 0.0
        {
            let fo = &model.full_opts[f as usize];
            eprintln!(
                "pair {p} fu none; fu options {} month {}",
                fo.fu.end - fo.fu.start,
                model.sessions[fo.session as usize].month
            );
        }
    }
    for j in 0..model.inherited.len() {
        if a.inh[j] == model::NONE {
            let x = &model.inherited[j];
            eprintln!(
                "inh {j} none; options {} target {}",
                x.opts.end - x.opts.start,
                x.target
            );
        }
    }
}
#[cfg(feature = "highs")]
pub fn mip(model: &model::Model, warm: &solution::Assignment) -> solution::Assignment {
    let t = Instant::now();
    let r = exact::solve(
        model,
        Some(warm),
        &exact::ExactSettings {
            time_limit_seconds: 150.0,
            mip_rel_gap: 1e-4,
            ..Default::default()
        },
    );
    println!(
        "HiGHS MIP {:?} obj {:.2} bound {:.2} status {}",
        t.elapsed(),
        r.objective,
        r.bound,
        r.status
    );
    r.assignment.unwrap()
}
#[allow(dead_code)]
pub fn per_committee(model: &model::Model, a: &solution::Assignment) {
    let sol = solution::Solution::from_assignment(model, a).unwrap();
    let mut by: std::collections::BTreeMap<String, (f64, f64, f64, usize)> = Default::default();
    for p in 0..model.pairs.len() {
        let e = by.entry(model.pairs[p].committee.to_string()).or_default();
        let f = a.full[p];
        if f != model::NONE {
            e.0 += model.full_opts[f as usize].cost;
            e.1 += sol.pair_column_cost(p, f, a.fu[p]) - model.full_opts[f as usize].cost;
            if a.fu[p] != model::NONE {
                e.3 += 1;
            }
        }
    }
    for j in 0..model.inherited.len() {
        let e = by
            .entry(model.inherited[j].committee.to_string())
            .or_default();
        e.2 += if a.inh[j] == model::NONE {
            model.inherited[j].none_cost
        } else {
            model.inh_opts[a.inh[j] as usize].cost
        };
    }
    for (c, v) in &by {
        print!(
            "{c}: full {:.0} fu {:.0} inh {:.0} nfu {} | ",
            v.0, v.1, v.2, v.3
        );
    }
    println!();
}
#[allow(dead_code)]
pub fn gap_parts(model: &model::Model, a: &solution::Assignment, mult: &bound::Multipliers) {
    let relaxed = bound::evaluate(model, mult);
    // reduced cost of a pair's choice
    let fl = model.full_load as f64;
    let ul = model.follow_up_load as f64;
    let rc_pair = |p: usize, f: u32, u: u32| -> f64 {
        let pair = &model.pairs[p];
        let s = pair.state as usize;
        if f == model::NONE {
            return pair.none_cost;
        }
        let fo = &model.full_opts[f as usize];
        let mut c = fo.cost
            + fl * mult.price(fo.session as usize)
            + mult.nu[s * model.n_years + fo.year as usize]
            + mult.pi[s * model.n_quarters + fo.quarter as usize];
        for &(l, is_a) in &model.pair_links[p] {
            let t = mult.theta[l as usize * model.n_years + fo.year as usize];
            c += if is_a { t } else { -t };
        }
        if u == model::NONE {
            c += fo.fu_none_cost;
        } else {
            let uo = &model.fu_opts[u as usize];
            c += uo.cost
                + ul * mult.price(uo.session as usize)
                + mult.pi[s * model.n_quarters + uo.quarter as usize];
        }
        c
    };
    let mut by: std::collections::BTreeMap<String, f64> = Default::default();
    for p in 0..model.pairs.len() {
        let d = rc_pair(p, a.full[p], a.fu[p])
            - rc_pair(p, relaxed.choice.full[p], relaxed.choice.fu[p]);
        *by.entry(model.pairs[p].committee.to_string()).or_default() += d;
    }
    let sol = solution::Solution::from_assignment(model, a).unwrap();
    let mut cap_slack = 0.0;
    for k in 0..model.sessions.len() {
        cap_slack += mult.mu[k] * (model.sessions[k].capacity - sol.load[k]) as f64
            + mult.rho[k] * (model.sessions[k].spare_threshold - sol.load[k] as f64);
    }
    println!(
        "pair rc gaps {:?}\ncap slack term {:.1} (incl spare)",
        by, cap_slack
    );
}
