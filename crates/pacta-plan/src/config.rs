//! The plan configuration (`data/plan/default.toml`): every rule, weight and assumed
//! figure the planner uses, each with its source or marked as an assumption in the
//! file itself. Parsed from a string; reading the file is the caller's job.
//!
//! This module only states the shape and checks it; [`crate::scenario`] turns it and
//! the bundled facts into an [`crate::instance::Instance`].

use jiff::civil::Date;
use pacta_core::Committee;
use serde::{Deserialize, Serialize};

use crate::instance::{Modality, Weights};

/// A configuration error, with the field it concerns.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    #[error("{origin}: {message}")]
    Toml { origin: String, message: String },
    #[error("{origin}: {field}: {message}")]
    Invalid {
        origin: String,
        field: String,
        message: String,
    },
}

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanConfig {
    pub cycle: CycleConfig,
    pub load: LoadConfig,
    pub follow_up: FollowUpConfig,
    pub due: DueConfig,
    pub upr: UprConfig,
    #[serde(default)]
    pub freeze: FreezeConfig,
    pub state: StateConfig,
    #[serde(default)]
    pub weights: Weights,
    #[serde(default, rename = "cluster")]
    pub clusters: Vec<ClusterConfig>,
    #[serde(rename = "committee")]
    pub committees: Vec<CommitteeConfig>,
    #[serde(default, rename = "pin")]
    pub pins: Vec<PinConfig>,
    #[serde(default, rename = "cancel")]
    pub cancellations: Vec<SessionChange>,
    #[serde(default)]
    pub solver: SolverConfig,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CycleConfig {
    pub years: u32,
    pub cycle_months: i32,
    /// The committees planned (the eight with periodic reviews by default).
    pub committees: Vec<Committee>,
    /// Plan CED's requests for additional information as reviews (option).
    #[serde(default)]
    pub include_ced: bool,
    #[serde(default = "default_ced_interval")]
    pub ced_interval_months: i32,
}

fn default_ced_interval() -> i32 {
    48
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoadConfig {
    /// Dialogue units of a full review (w_F).
    pub full: u32,
    /// Dialogue units of a follow-up dialogue (w_U).
    pub follow_up: u32,
    /// Dialogue units per full dialogue slot: capacity = weeks × dialogues/week × this.
    pub units_per_dialogue: u32,
    /// Multiply every session's capacity (scenario lever; 1.0 = as configured).
    #[serde(default = "one")]
    pub capacity_scale: f64,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpConfig {
    pub modality: Modality,
    pub window_months: (i32, i32),
    pub target_months: i32,
    /// Per-committee modality overrides.
    #[serde(default)]
    pub modality_by_committee: std::collections::BTreeMap<Committee, Modality>,
    /// Follow-up visits per committee per quarter when the modality is `visit`.
    #[serde(default)]
    pub visits_per_quarter: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seeding {
    /// Spread pairs with no known review evenly over the cycle, in the order of the
    /// State's UPR review (the UPR's own rotation).
    UprOrder,
    /// Treat them as due at the start (plus notice).
    DueNow,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueConfig {
    /// A waiting report is due for dialogue this many months after it was received.
    pub report_waiting_lead_months: i32,
    /// A new party's first review: initial report due date + this.
    pub initial_lead_months: i32,
    /// A State is a "new party" if bound less than this many months before the start
    /// and no review was found.
    pub new_party_months: i32,
    /// Review in the absence of a report: notice before the first possible session.
    pub no_report_notice_months: i32,
    /// No pair is due earlier than start + this (the time to prepare a review).
    pub minimum_lead_months: i32,
    pub unknown_seeding: Seeding,
    /// States known not to report to a committee (`["CMW:XXX"]`), reviewed in the
    /// absence of a report. Empty by default: the bundled data has no such list.
    #[serde(default)]
    pub no_report: Vec<String>,
    pub weight_report_waiting: f64,
    pub weight_initial: f64,
    pub weight_regular: f64,
    pub weight_unknown: f64,
    pub weight_no_report: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UprConfig {
    pub blackout_months: i32,
    /// Months between a State's UPR reviews (cycle length), to project sessions ahead.
    pub cycle_months: i32,
    /// Sessions per UPR cycle.
    pub sessions_per_cycle: u32,
    /// Projected dates for UPR sessions not found in the data: (session, YYYY-MM-DD).
    #[serde(default)]
    pub assumed_session_dates: Vec<(u32, Date)>,
    /// Cycle-3 session whose State group is expected again in a cycle-4 session.
    #[serde(default)]
    pub expected_groups: Vec<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreezeConfig {
    pub months: i32,
    /// Whether a fresh plan (no published plan) also leaves the window empty.
    pub applies_to_fresh_plans: bool,
}

impl Default for FreezeConfig {
    fn default() -> Self {
        FreezeConfig {
            months: 9,
            applies_to_fresh_plans: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateConfig {
    pub max_full_per_year: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterConfig {
    pub committees: Vec<Committee>,
    #[serde(default)]
    pub source: String,
}

/// One session of a committee's yearly pattern.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionPattern {
    pub month: i8,
    pub weeks: f64,
    /// Day of the month from which the session starts on the next Monday.
    #[serde(default = "default_day")]
    pub day: i8,
}

fn default_day() -> i8 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommitteeConfig {
    pub code: Committee,
    pub sessions: Vec<SessionPattern>,
    pub dialogues_per_week: f64,
    /// Where the pattern and figures come from, or "assumption: …".
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinConfig {
    pub state: String,
    pub committee: Committee,
    pub session: String,
    #[serde(default)]
    pub follow_up: Option<String>,
}

/// A change to the session calendar (`CMW:45`, or `CMW-45` as in plan ids).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionChange {
    pub session: String,
    #[serde(default)]
    pub weeks: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SolverConfig {
    pub seed: u64,
    pub dual_iterations: usize,
    pub anneal_iterations: u64,
    pub rounds: usize,
}

impl Default for SolverConfig {
    fn default() -> Self {
        let s = crate::solve::SolveSettings::default();
        SolverConfig {
            seed: s.seed,
            dual_iterations: s.dual_iterations,
            anneal_iterations: s.anneal_iterations,
            rounds: s.rounds,
        }
    }
}

impl PlanConfig {
    /// Parse and check a configuration; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<PlanConfig, ConfigError> {
        let config: PlanConfig = toml::from_str(text).map_err(|e| ConfigError::Toml {
            origin: origin.to_string(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        config.check(origin)?;
        Ok(config)
    }

    fn check(&self, origin: &str) -> Result<(), ConfigError> {
        let bad = |field: &str, message: String| ConfigError::Invalid {
            origin: origin.to_string(),
            field: field.to_string(),
            message,
        };
        if self.cycle.years == 0 || self.cycle.years > 20 {
            return Err(bad(
                "cycle.years",
                format!("{} is not between 1 and 20", self.cycle.years),
            ));
        }
        let (lo, hi) = self.follow_up.window_months;
        if lo <= 0 || hi < lo || !(lo..=hi).contains(&self.follow_up.target_months) {
            return Err(bad(
                "follow_up.window_months",
                format!("window [{lo}, {hi}] must be positive and contain target_months"),
            ));
        }
        if self.load.full == 0 {
            return Err(bad("load.full", "must be at least 1".to_string()));
        }
        if self.load.capacity_scale.is_nan() || self.load.capacity_scale <= 0.0 {
            return Err(bad("load.capacity_scale", "must be positive".to_string()));
        }
        for c in &self.committees {
            if c.dialogues_per_week.is_nan() || c.dialogues_per_week < 0.0 {
                return Err(bad(
                    &format!("committee.{}.dialogues_per_week", c.code),
                    "must not be negative".to_string(),
                ));
            }
            for s in &c.sessions {
                if !(1..=12).contains(&s.month)
                    || !(1..=28).contains(&s.day)
                    || s.weeks.is_nan()
                    || s.weeks <= 0.0
                {
                    return Err(bad(
                        &format!("committee.{}.sessions", c.code),
                        format!(
                            "month {} day {} weeks {} out of range",
                            s.month, s.day, s.weeks
                        ),
                    ));
                }
            }
        }
        for code in &self.cycle.committees {
            if !self.committees.iter().any(|c| c.code == *code) {
                return Err(bad(
                    "cycle.committees",
                    format!("{code} has no [[committee]] section with its sessions"),
                ));
            }
        }
        let w = &self.weights;
        if !(0.0..=1.0).contains(&w.spare_target) {
            return Err(bad(
                "weights.spare_target",
                "must be between 0 and 1".to_string(),
            ));
        }
        Ok(())
    }

    pub fn committee(&self, code: Committee) -> Option<&CommitteeConfig> {
        self.committees.iter().find(|c| c.code == code)
    }

    /// The follow-up modality of a committee.
    pub fn modality(&self, code: Committee) -> Modality {
        self.follow_up
            .modality_by_committee
            .get(&code)
            .copied()
            .unwrap_or(self.follow_up.modality)
    }
}

/// Parse `CMW:45` or `CMW-45` into a session id `CMW-45`.
pub fn session_id(input: &str) -> Option<String> {
    let (c, n) = input.split_once([':', '-'])?;
    let committee: Committee = c.parse().ok()?;
    let n: u32 = n.trim().parse().ok()?;
    Some(format!("{}-{}", committee.acronym(), n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_ids_accept_colon_or_dash_and_any_case() {
        let check = |input: &str, expected: Option<&str>| {
            assert_eq!(session_id(input).as_deref(), expected, "{input}");
        };
        check("CMW:45", Some("CMW-45"));
        check("cmw-45", Some("CMW-45"));
        check("HRC:146", Some("CCPR-146"));
        check("CMW45", None);
        check("XYZ:1", None);
    }
}
