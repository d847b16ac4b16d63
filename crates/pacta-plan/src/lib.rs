//! The predictable eight-year review calendar planner (issue 3; PLANNER.md).
//!
//! Builds, proves, explains and re-plans a calendar of State reviews for the
//! committees with periodic reviews: pattern columns per State–committee pair
//! (PLANNER §3), a greedy + annealing heuristic, a Lagrangian lower bound that makes
//! every run report a proven gap, and HiGHS behind the `highs` feature.
//!
//! Pure: no files, no clock, no threads; the same input and seed give the same plan.
//! Reading the bundled data is `pacta-data`'s job, printing the binary's.

pub mod bound;
pub mod check;
pub mod config;
#[cfg(feature = "highs")]
pub mod exact;
pub mod heuristic;
pub mod instance;
pub mod lns;
pub mod mcf;
pub mod model;
pub mod plan;
pub mod replan;
pub mod rng;
pub mod scenario;
pub mod solution;
pub mod solve;
pub mod svg;
pub mod synthetic;
