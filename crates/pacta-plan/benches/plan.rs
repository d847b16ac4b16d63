//! Benchmarks of the planner on the instance built from the bundled data (issue 3:
//! "a benchmark in the repo on the bundled-data instance"). Run with
//! `cargo bench -p pacta-plan`. The full solve is slow by design (seconds), so it is
//! sampled three times; the figures in docs/planner.md are medians of these runs.

use divan::Bencher;
use jiff::civil::date;
use pacta_plan::config::PlanConfig;
use pacta_plan::instance::Instance;
use pacta_plan::model::Model;
use pacta_plan::replan::{attach_published, warm_start};
use pacta_plan::scenario::{BuildOptions, build};
use pacta_plan::solve::{SolveSettings, solve};
use pacta_plan::{bound, heuristic, plan};

#[path = "../tests/it/support.rs"]
mod support;

fn main() {
    divan::main();
}

fn bundled_instance() -> Instance {
    let config = PlanConfig::parse(support::DEFAULT_CONFIG, "data/plan/default.toml")
        .expect("bundled configuration parses");
    let from = date(2026, 3, 1);
    let facts = support::bundled_facts(&config, from);
    build(
        &config,
        &facts,
        &BuildOptions {
            from,
            years: None,
            replanning: false,
        },
    )
}

/// Compile the instance into options and costs (PLANNER §5.4 target: < 50 ms).
#[divan::bench]
fn build_model(bencher: Bencher) {
    let instance = bundled_instance();
    bencher.bench(|| Model::build(divan::black_box(&instance)));
}

/// The greedy construction alone (PLANNER §5.4 target: < 10 ms).
#[divan::bench]
fn greedy(bencher: Bencher) {
    let instance = bundled_instance();
    let model = Model::build(&instance);
    bencher.bench(|| heuristic::greedy(divan::black_box(&model)).cost);
}

/// One evaluation of the Lagrangian function (one subgradient step's work).
#[divan::bench]
fn lagrangian_evaluation(bencher: Bencher) {
    let instance = bundled_instance();
    let model = Model::build(&instance);
    let mult = bound::Multipliers::zero(&model);
    bencher.bench(|| bound::evaluate(divan::black_box(&model), &mult).value);
}

/// The default pipeline: plan, bound and gap (issue 3 target: ≤ 5 s, gap ≤ 1 %).
#[divan::bench(sample_count = 3, sample_size = 1)]
fn full_plan_with_bound(bencher: Bencher) {
    let instance = bundled_instance();
    let model = Model::build(&instance);
    bencher.bench(|| {
        let out = solve(&model, &SolveSettings::default(), None, &mut |_| true);
        assert!(out.gap() <= 0.01, "gap {}", out.gap());
        out.objective
    });
}

/// Re-plan after cancelling one CMW session (issue 3 target: < 0.5 s).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn replan_after_a_cancelled_session(bencher: Bencher) {
    let instance = bundled_instance();
    let model = Model::build(&instance);
    let out = solve(&model, &SolveSettings::default(), None, &mut |_| true);
    let published = plan::build_plan(&instance, &model, &out);
    let cancelled = published
        .sessions
        .iter()
        .find(|s| s.committee == pacta_core::Committee::Cmw && s.load > 0)
        .map(|s| s.id.clone())
        .expect("a CMW session holds reviews");
    bencher.bench(|| {
        let mut again = instance.clone();
        if let Some(s) = again.sessions.iter_mut().find(|s| s.id == cancelled) {
            s.cancelled = true;
        }
        again.policy.freeze_months = 9;
        attach_published(&mut again, &published);
        let model = Model::build(&again);
        let warm = warm_start(&model, &again);
        let settings = SolveSettings {
            focus: Some(vec![pacta_core::Committee::Cmw]),
            ..SolveSettings::replan(42)
        };
        solve(&model, &settings, Some(&warm), &mut |_| true).objective
    });
}
