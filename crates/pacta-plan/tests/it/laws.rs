//! Laws on random synthetic instances (STYLE.md: "a plan never breaks a hard
//! constraint; re-planning an unchanged input changes nothing"; issue 3: "the bound
//! never exceeds the objective").

use pacta_plan::check::check;
use pacta_plan::model::Model;
use pacta_plan::plan::build_plan;
use pacta_plan::replan::{attach_published, displaced, stability, warm_start};
use pacta_plan::solve::{SolveSettings, solve};
use pacta_plan::synthetic::{SyntheticSpec, generate};
use proptest::prelude::*;

fn instance(seed: u64, states: usize, years: u32, capacity: f64) -> pacta_plan::instance::Instance {
    let mut spec = SyntheticSpec::small(seed, states, years);
    spec.capacity_factor = capacity;
    generate(&spec)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_plan_never_breaks_a_hard_rule_and_the_bound_never_exceeds_the_objective(
        seed in 0u64..1_000_000,
        states in 4usize..24,
        years in 2u32..6,
        capacity in 0.4f64..1.6,
    ) {
        let inst = instance(seed, states, years, capacity);
        let model = Model::build(&inst);
        let out = solve(&model, &SolveSettings::quick(seed), None, &mut |_| true);
        let plan = build_plan(&inst, &model, &out);
        let violations = check(&plan, &inst);
        prop_assert!(violations.is_empty(), "{violations:?}");
        prop_assert!(out.bound <= out.objective + 1e-6 * out.objective.abs().max(1.0),
            "bound {} above objective {}", out.bound, out.objective);
    }

    #[test]
    fn replanning_an_unchanged_input_changes_nothing(
        seed in 0u64..1_000_000,
        states in 4usize..16,
        years in 2u32..5,
    ) {
        let inst = instance(seed, states, years, 1.0);
        let model = Model::build(&inst);
        let out = solve(&model, &SolveSettings::quick(seed), None, &mut |_| true);
        let published = build_plan(&inst, &model, &out);
        let mut again = inst.clone();
        attach_published(&mut again, &published);
        let model2 = Model::build(&again);
        let warm = warm_start(&model2, &again);
        prop_assert_eq!(displaced(&model2, &again, &warm), 0);
        let settings = SolveSettings { fill_only: true, ..SolveSettings::replan(seed) };
        let out2 = solve(&model2, &settings, Some(&warm), &mut |_| true);
        let plan2 = build_plan(&again, &model2, &out2);
        let st = stability(&published, &plan2);
        prop_assert_eq!(st.full_moved + st.follow_ups_moved, 0, "{:?}", st.changes);
        prop_assert!(check(&plan2, &again).is_empty());
    }
}
