//! The plan of the bundled data: every hard rule holds, and Zimbabwe's first CMW
//! review is where the rules put it (CMW art. 87(2); UPR black-out).

use jiff::civil::date;
use pacta_core::Committee;
use pacta_plan::check::check;
use pacta_plan::config::PlanConfig;
use pacta_plan::instance::month_of;
use pacta_plan::model::Model;
use pacta_plan::plan::{Kind, build_plan};
use pacta_plan::scenario::{BuildOptions, build};
use pacta_plan::solve::{SolveSettings, solve};

use crate::support::{DEFAULT_CONFIG, bundled_facts};

#[test]
fn bundled_plan_keeps_every_hard_rule_and_places_zimbabwe_after_it_is_bound() {
    let config =
        PlanConfig::parse(DEFAULT_CONFIG, "data/plan/default.toml").expect("config parses");
    let from = date(2026, 3, 1);
    let facts = bundled_facts(&config, from);
    let instance = build(
        &config,
        &facts,
        &BuildOptions {
            from,
            years: None,
            replanning: false,
        },
    );
    // The 60 CMW parties (CMW/C/SR.608) are all in the instance.
    assert_eq!(
        instance
            .pairs
            .iter()
            .filter(|p| p.committee == Committee::Cmw)
            .count(),
        60
    );
    let model = Model::build(&instance);
    let out = solve(&model, &SolveSettings::quick(1), None, &mut |_| true);
    let plan = build_plan(&instance, &model, &out);
    assert_eq!(check(&plan, &instance), []);
    assert!(out.bound <= out.objective);
    let zwe = plan
        .reviews
        .iter()
        .find(|r| r.state == "ZWE" && r.committee == Committee::Cmw && r.kind == Kind::Full)
        .expect("Zimbabwe's CMW review is planned");
    // Bound from 1 March 2025 (CMW art. 87(2)); no review within 3 months of its UPR
    // review (expected in session 54, projected 25 January 2027).
    assert!(zwe.start >= date(2025, 3, 1));
    assert!(
        (month_of(zwe.start) - month_of(date(2027, 1, 25))).abs() > 3,
        "{zwe:?}"
    );
    assert!(zwe.why.contains("due"), "{}", zwe.why);
}
