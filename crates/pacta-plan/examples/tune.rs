//! Tuning harness on the synthetic instance (not part of the product).
use pacta_plan::*;
use std::time::Instant;
fn main() {
    let seed: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(42);
    let t = Instant::now();
    let inst = synthetic::generate(&synthetic::SyntheticSpec::real_size(seed));
    let model = model::Model::build(&inst);
    println!("build {:?} pairs {} fullopts {} fuopts {} inh {} inhopts {}", t.elapsed(), model.pairs.len(), model.full_opts.len(), model.fu_opts.len(), model.inherited.len(), model.inh_opts.len());
    #[cfg(feature = "highs")]
    if std::env::var("LP").is_ok() { lp(&model); }
    let mut settings = solve::SolveSettings::default();
    if let Ok(v) = std::env::var("ANNEAL") { settings.anneal_iterations = v.parse().unwrap(); }
    if let Ok(v) = std::env::var("DUAL") { settings.dual_iterations = v.parse().unwrap(); }
    if let Ok(v) = std::env::var("ROUNDS") { settings.rounds = v.parse().unwrap(); }
    if let Ok(v) = std::env::var("TEMP") { settings.anneal_start_temperature = v.parse().unwrap(); }
    settings.seed = seed;
    let t = Instant::now();
    let mut last = Instant::now();
    let out = solve::solve(&model, &settings, None, &mut |p| { if last.elapsed().as_millis() > 500 { last = Instant::now(); eprintln!("  {:>6.2}s {} obj {:.1} bound {:.1}", t.elapsed().as_secs_f64(), p.phase, p.objective, p.bound); } true });
    println!("solve {:?} obj {:.1} bound {:.1} gap {:.2}%", t.elapsed(), out.objective, out.bound, 100.0 * out.gap());
    for (p, c) in &out.phases { println!("  {p}: {c:.1}"); }
    println!("  {:?} unscheduled {:?}", out.breakdown, solve::count_unscheduled(&model, &out.assignment));
}
#[cfg(feature = "highs")]
pub fn lp(model: &model::Model) {
    let t = Instant::now();
    let r = exact::solve(model, None, &exact::ExactSettings { relax: true, ..Default::default() });
    println!("HiGHS LP {:?} bound {:.2} status {}", t.elapsed(), r.bound, r.status);
}
