//! Small instances built by hand, and the bundled facts read with `pacta-data` (the
//! same mapping the `pacta plan` command makes), for the tests and the benchmark.

#![allow(dead_code)]

use jiff::civil::{Date, date};
use pacta_core::Committee;
use pacta_plan::config::PlanConfig;
use pacta_plan::instance::{
    Category, InheritedSpec, Instance, Modality, PairSpec, Policy, SessionKind, SessionSpec,
    UprReview,
};
use pacta_plan::scenario::Facts;

pub const DEFAULT_CONFIG: &str = include_str!("../../../../data/plan/default.toml");

/// A session of CMW starting on `start` with `capacity` units.
pub fn session(n: u32, start: Date, capacity: u32) -> SessionSpec {
    SessionSpec {
        id: format!("CMW-{n}"),
        committee: Committee::Cmw,
        kind: SessionKind::Session,
        start,
        end: start
            .checked_add(jiff::Span::new().days(11))
            .unwrap_or(start),
        capacity,
        cancelled: false,
        assumed: true,
    }
}

/// A pair due on `due` with lateness weight `weight`.
pub fn pair(state: &str, due: Date, weight: f64) -> PairSpec {
    PairSpec {
        state: state.to_string(),
        committee: Committee::Cmw,
        category: Category::Regular,
        due,
        binds_from: date(2000, 1, 1),
        last_review: None,
        weight,
        follow_up: Modality::Dialogue,
        pinned: None,
        published: None,
        assumptions: Vec::new(),
    }
}

/// A two-year instance of one committee with sessions every four months and a short
/// follow-up window (6–10 months, target 8), small enough to enumerate.
pub fn tiny(capacities: &[u32], pairs: Vec<PairSpec>) -> Instance {
    let mut policy = Policy::with_defaults(date(2026, 1, 1), 2);
    policy.follow_up_window = (6, 10);
    policy.follow_up_target = 8;
    policy.cycle_months = 24;
    let sessions = capacities
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let month = 1 + 4 * i32::try_from(i).unwrap_or(0);
            let year = 2026 + (month - 1) / 12;
            let m = (month - 1) % 12 + 1;
            session(
                40 + u32::try_from(i).unwrap_or(0),
                Date::new(
                    i16::try_from(year).unwrap_or(2026),
                    i8::try_from(m).unwrap_or(1),
                    5,
                )
                .unwrap_or(date(2026, 1, 5)),
                c,
            )
        })
        .collect();
    Instance {
        policy,
        sessions,
        pairs,
        inherited: Vec::new(),
        upr: Vec::new(),
        notes: Vec::new(),
    }
}

pub fn inherited(state: &str, last: Date) -> InheritedSpec {
    InheritedSpec {
        state: state.to_string(),
        committee: Committee::Cmw,
        last_review: last,
        follow_up: Modality::Dialogue,
        pinned: None,
        published: None,
    }
}

pub fn upr(state: &str, d: Date) -> UprReview {
    UprReview {
        state: state.to_string(),
        session: 54,
        date: d,
        assumed: true,
    }
}

/// The bundled facts on `from`, as `pacta plan` gathers them.
pub fn bundled_facts(config: &PlanConfig, from: Date) -> Facts {
    let dataset = pacta_data::load(&pacta_data::Sources::bundled()).expect("bundled data loads");
    let history =
        pacta_data::history::load_history(&pacta_data::history::HistorySources::bundled())
            .expect("bundled history loads");
    Facts::gather(&dataset.registry, &history, config, from)
}
