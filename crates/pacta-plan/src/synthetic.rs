//! A seeded generator of synthetic instances of real size (PLANNER.md §4.1), for
//! tuning, property tests and benchmarks independent of the bundled data.
//!
//! The party counts approximate 2024–25 figures and the States are invented codes
//! (`S001` …): nothing here is data about real States, and nothing here should be
//! shown to a user as such.

use jiff::civil::{Date, date};
use pacta_core::Committee;

use crate::instance::{
    Category, InheritedSpec, Instance, Modality, PairSpec, Policy, SessionKind, SessionSpec,
    UprReview, first_day, month_of,
};
use crate::rng::Rng;

/// Size and shape of a synthetic instance.
#[derive(Debug, Clone)]
pub struct SyntheticSpec {
    pub seed: u64,
    pub n_states: usize,
    /// Parties per committee, scaled by `scale`.
    pub scale: f64,
    pub from: Date,
    pub years: u32,
    /// Capacity as a multiple of steady-state demand.
    pub capacity_factor: f64,
    pub include_ced: bool,
}

impl SyntheticSpec {
    /// PLANNER §4.1: 197 States, 1,417 pairs, 184 sessions, capacity 1.10 × demand.
    pub fn real_size(seed: u64) -> Self {
        SyntheticSpec {
            seed,
            n_states: 197,
            scale: 1.0,
            from: date(2026, 1, 1),
            years: 8,
            capacity_factor: 1.10,
            include_ced: true,
        }
    }

    /// A small instance for property tests.
    pub fn small(seed: u64, n_states: usize, years: u32) -> Self {
        SyntheticSpec {
            seed,
            n_states,
            scale: n_states as f64 / 197.0,
            from: date(2026, 1, 1),
            years,
            capacity_factor: 1.10,
            include_ced: false,
        }
    }
}

/// (committee, parties at real size, session months)
const SHAPE: [(Committee, usize, &[i8]); 9] = [
    (Committee::Cerd, 182, &[4, 8, 11]),
    (Committee::Cescr, 172, &[2, 9]),
    (Committee::Ccpr, 174, &[3, 7, 10]),
    (Committee::Cedaw, 189, &[2, 6, 10]),
    (Committee::Cat, 175, &[4, 7, 11]),
    (Committee::Crc, 196, &[1, 5, 9]),
    (Committee::Cmw, 60, &[4, 11]),
    (Committee::Crpd, 192, &[3, 8]),
    (Committee::Ced, 77, &[3, 9]),
];

/// Generate the instance.
pub fn generate(spec: &SyntheticSpec) -> Instance {
    let mut rng = Rng::new(spec.seed);
    let policy = Policy::with_defaults(spec.from, spec.years);
    let start = month_of(spec.from);
    let states: Vec<String> = (0..spec.n_states)
        .map(|i| format!("S{:03}", i + 1))
        .collect();
    let propensity: Vec<f64> = (0..spec.n_states).map(|_| rng.unit()).collect();

    let mut sessions = Vec::new();
    let mut pairs = Vec::new();
    let mut inherited = Vec::new();
    for &(committee, parties, months) in &SHAPE {
        if committee == Committee::Ced && !spec.include_ced {
            continue;
        }
        let n = ((parties as f64 * spec.scale).round() as usize).clamp(1, spec.n_states);
        // Parties: the States with the highest propensity plus noise.
        let mut order: Vec<(f64, usize)> = (0..spec.n_states)
            .map(|i| (propensity[i] + 0.6 * rng.unit(), i))
            .collect();
        order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let demand_per_year = n as f64 / 8.0 * f64::from(policy.full_load + policy.follow_up_load);
        let per_session = demand_per_year * spec.capacity_factor / months.len() as f64;
        let capacity = ((per_session / 2.0).round() as u32).max(1) * 2;
        let mut number = 100;
        for y in 0..spec.years {
            for &m in months {
                let year = i16::try_from(i32::from(spec.from.year()) + y as i32).unwrap_or(2026);
                let start_date = Date::new(year, m, 1).unwrap_or(spec.from);
                sessions.push(SessionSpec {
                    id: format!("{}-{}", committee.acronym(), number),
                    committee,
                    kind: SessionKind::Session,
                    start: start_date,
                    end: start_date.saturating_add(jiff::Span::new().days(18)),
                    capacity,
                    cancelled: false,
                    assumed: true,
                });
                number += 1;
            }
        }
        for &(_, s) in order.iter().take(n) {
            let r = rng.unit();
            let (category, due, last, weight) = if r < 0.25 {
                let submitted = start - rng.range(0, 30);
                (Category::ReportWaiting, submitted + 12, None, 1.5)
            } else if r < 0.35 {
                (Category::NoReport, start + 12, None, 0.5)
            } else {
                let last = start - rng.range(1, 96);
                (Category::Regular, last + 96, Some(last), 1.0)
            };
            if let Some(last) = last
                && last + 48 >= start
            {
                inherited.push(InheritedSpec {
                    state: states[s].clone(),
                    committee,
                    last_review: first_day(last),
                    follow_up: Modality::Dialogue,
                    pinned: None,
                    published: None,
                });
            }
            pairs.push(PairSpec {
                state: states[s].clone(),
                committee,
                category,
                due: first_day(due),
                binds_from: date(1990, 1, 1),
                last_review: last.map(first_day),
                weight,
                follow_up: Modality::Dialogue,
                pinned: None,
                published: None,
                assumptions: Vec::new(),
            });
        }
    }
    // UPR: 14 sessions of about 14 States each, every 54 months; three sessions a year.
    let mut order: Vec<usize> = (0..spec.n_states).collect();
    for i in (1..order.len()).rev() {
        let j = rng.below(i + 1);
        order.swap(i, j);
    }
    let mut upr = Vec::new();
    let cycle_start = start - 24;
    let session_months = [0, 4, 10];
    for (pos, &s) in order.iter().enumerate() {
        let session = pos * 14 / spec.n_states.max(1);
        let offset = (session / 3) as i32 * 12 + session_months[session % 3];
        let mut month = cycle_start + offset;
        let mut n = 0;
        while month < start + 12 * spec.years as i32 + 12 {
            upr.push(UprReview {
                state: states[s].clone(),
                session: u32::try_from(session + 14 * n).unwrap_or(0),
                date: first_day(month),
                assumed: true,
            });
            month += 54;
            n += 1;
        }
    }
    Instance {
        policy,
        sessions,
        pairs,
        inherited,
        upr,
        notes: vec![format!(
            "synthetic instance (seed {}): invented States, not real data",
            spec.seed
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_size_instance_has_the_planner_note_figures() {
        let inst = generate(&SyntheticSpec::real_size(42));
        // PLANNER §4.1: 1,417 pairs, 184 sessions.
        assert_eq!(inst.pairs.len(), 1417);
        assert_eq!(inst.sessions.len(), 184);
        let again = generate(&SyntheticSpec::real_size(42));
        assert_eq!(inst, again);
    }
}
