//! The planning instance: the State–committee pairs to review, the sessions that can
//! hold their reviews, the UPR calendar, inherited follow-ups and the policy (weights,
//! windows, limits) — everything PLANNER.md §3.1 calls "data", with civil dates.
//!
//! This is the solver's input, not the configuration file: [`crate::scenario`] builds
//! it from the TOML configuration and the bundled facts, [`crate::synthetic`] from a
//! seeded generator. It knows nothing about how a plan is found.

use jiff::civil::Date;
use pacta_core::Committee;
use serde::{Deserialize, Serialize};

/// A month on a continuous scale: `year * 12 + (month - 1)`. The model counts time in
/// months (PLANNER.md §5.1); dates stay civil dates everywhere else.
pub type Month = i32;

/// The month a date falls in.
pub fn month_of(date: Date) -> Month {
    i32::from(date.year()) * 12 + i32::from(date.month()) - 1
}

/// The calendar year of a month.
pub fn year_of(month: Month) -> i32 {
    month.div_euclid(12)
}

/// The calendar quarter of a month, on the same continuous scale (`year * 4 + q`).
pub fn quarter_of(month: Month) -> i32 {
    month.div_euclid(3)
}

/// The first day of a month.
pub fn first_day(month: Month) -> Date {
    let year = i16::try_from(month.div_euclid(12)).unwrap_or(i16::MAX);
    let m = i8::try_from(month.rem_euclid(12) + 1).unwrap_or(1);
    Date::new(year, m, 1).unwrap_or(Date::MAX)
}

/// Why a pair is due when it is; the category sets the lateness weight (PLANNER §3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A report (or replies to a list of issues prior to reporting) is waiting for its
    /// dialogue: due = submission + lead time.
    ReportWaiting,
    /// A new party whose initial report is not yet due or not yet reviewed: due = the
    /// initial report's legal due date + lead time.
    Initial,
    /// A last review is known: due = last review + cycle length (96 months).
    Regular,
    /// No review was found in the bundled (partial) history: due date seeded by the
    /// configured rule. An assumption, said so in every output.
    Unknown,
    /// Known not to have reported: the committee reviews in the absence of a report
    /// after a notice period (CMW/C/2 rule 34 and its equivalents).
    NoReport,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::ReportWaiting,
        Category::Initial,
        Category::Regular,
        Category::Unknown,
        Category::NoReport,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::ReportWaiting => "report_waiting",
            Category::Initial => "initial",
            Category::Regular => "regular",
            Category::Unknown => "unknown",
            Category::NoReport => "no_report",
        }
    }
}

/// How a committee holds its follow-up reviews (OHCHR action plan: written
/// correspondence, hybrid/online dialogue, in-situ visit — DOMAIN.md §4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// A short dialogue in a session: uses session capacity.
    Dialogue,
    /// Written procedure: no meeting time; placed at the target month.
    Written,
    /// In-country visit: uses the committee's visit windows, not its sessions.
    Visit,
}

/// What a "session" offers: meeting time for dialogues, or a window for visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    Session,
    VisitWindow,
}

/// One session of one committee (or one window for follow-up visits).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionSpec {
    /// `CMW-45`: committee and session number (visit windows: `CMW-V2027Q1`).
    pub id: String,
    pub committee: Committee,
    pub kind: SessionKind,
    pub start: Date,
    pub end: Date,
    /// Capacity in dialogue units (a full dialogue uses `Policy::full_load`).
    pub capacity: u32,
    /// Cancelled sessions stay in the instance (so plans can say what was lost) but
    /// accept nothing.
    pub cancelled: bool,
    /// The dates or capacity are projected from a pattern, not announced.
    pub assumed: bool,
}

/// A review already fixed by a decision: the solver keeps it as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pin {
    pub session: String,
    /// The pinned follow-up session, if the follow-up is pinned too.
    pub follow_up: Option<String>,
}

/// Where a pair sat in the published plan (re-planning, PLANNER §3.4 S7).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Published {
    pub session: Option<String>,
    pub follow_up: Option<String>,
}

/// One State–committee pair that needs a full review in the cycle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairSpec {
    /// ISO 3166-1 alpha-3 (or `EU`).
    pub state: String,
    pub committee: Committee,
    pub category: Category,
    /// The planning due date τ_p: lateness is counted from here.
    pub due: Date,
    /// The date the instrument binds the State: no review before it (release r_p).
    pub binds_from: Date,
    /// The last review known (end of the session), if any.
    pub last_review: Option<Date>,
    /// Lateness weight α_p per month.
    pub weight: f64,
    pub follow_up: Modality,
    pub pinned: Option<Pin>,
    pub published: Option<Published>,
    /// What was assumed for this pair where data is missing (shown in `why`).
    pub assumptions: Vec<String>,
}

/// The follow-up of a review held before the calendar starts (PLANNER §3.1 J).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InheritedSpec {
    pub state: String,
    pub committee: Committee,
    pub last_review: Date,
    pub follow_up: Modality,
    pub pinned: Option<String>,
    pub published: Option<Option<String>>,
}

/// The weights of the objective (PLANNER §3.4). All are policy choices; the defaults
/// are the prototype's placeholders and are marked as assumptions in the config.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    /// β: cost per month of a full review earlier than `due - early_allowance`.
    pub early: f64,
    pub early_allowance_months: i32,
    /// Cost per month of |follow-up − full − target| (S3).
    pub follow_up_spacing: f64,
    /// Inherited follow-up: cost per month late / early against last + target.
    pub inherited_late: f64,
    pub inherited_early: f64,
    /// M_un: a full review left out of the cycle (S6).
    pub unscheduled_full: f64,
    /// A follow-up that becomes a written procedure for lack of room (S6).
    pub unscheduled_follow_up: f64,
    /// M_col: each item beyond the first of one State in one quarter (S1).
    pub collision: f64,
    /// Session load above this share of capacity costs `spare_capacity` per unit (S4).
    pub spare_target: f64,
    pub spare_capacity: f64,
    /// Per pair of committees of one cluster whose full reviews of a State fall in
    /// different calendar years (S5); half of it when only one is scheduled.
    pub cluster_split: f64,
    /// S7: moving a published full review: fixed part and per month moved.
    pub change_full: f64,
    pub change_full_per_month: f64,
    /// S7: moving a published follow-up.
    pub change_follow_up: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            early: 0.25,
            early_allowance_months: 12,
            follow_up_spacing: 0.1,
            inherited_late: 0.5,
            inherited_early: 0.1,
            unscheduled_full: 500.0,
            unscheduled_follow_up: 100.0,
            collision: 20.0,
            spare_target: 0.9,
            spare_capacity: 1.0,
            cluster_split: 10.0,
            change_full: 24.0,
            change_full_per_month: 0.5,
            change_follow_up: 6.0,
        }
    }
}

/// Everything in the model that is a rule rather than a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    /// First day of the cycle; sessions before it are history.
    pub from: Date,
    pub years: u32,
    /// Dialogue units of a full review (w_F) and of a follow-up dialogue (w_U).
    pub full_load: u32,
    pub follow_up_load: u32,
    /// Follow-up window after the full review, in months, and its target.
    pub follow_up_window: (i32, i32),
    pub follow_up_target: i32,
    /// Length of the cycle: a regular pair is due this many months after its last review.
    pub cycle_months: i32,
    /// No review within this many months of the State's UPR review (either side).
    pub upr_blackout_months: i32,
    /// Nothing new may enter [from, from + freeze_months) unless pinned.
    pub freeze_months: i32,
    /// At most this many full reviews of one State in one calendar year (H4).
    pub max_full_per_state_year: u32,
    /// Committee groups whose full reviews of a State should fall in the same year (S5).
    pub clusters: Vec<Vec<Committee>>,
    pub weights: Weights,
}

impl Policy {
    /// The prototype's policy (PLANNER §3–4) starting on `from`.
    pub fn with_defaults(from: Date, years: u32) -> Self {
        Policy {
            from,
            years,
            full_load: 2,
            follow_up_load: 1,
            follow_up_window: (42, 54),
            follow_up_target: 48,
            cycle_months: 96,
            upr_blackout_months: 3,
            freeze_months: 0,
            max_full_per_state_year: 2,
            clusters: Vec::new(),
            weights: Weights::default(),
        }
    }

    pub fn horizon_start(&self) -> Month {
        month_of(self.from)
    }

    /// First month after the horizon.
    pub fn horizon_end(&self) -> Month {
        self.horizon_start() + 12 * i32::try_from(self.years).unwrap_or(8)
    }
}

/// One State's UPR Working Group reviews (dates), for the black-out rule (H5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UprReview {
    pub state: String,
    pub session: u32,
    pub date: Date,
    /// Projected (not announced) session or order.
    pub assumed: bool,
}

/// The complete input of the planner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    pub policy: Policy,
    pub sessions: Vec<SessionSpec>,
    pub pairs: Vec<PairSpec>,
    pub inherited: Vec<InheritedSpec>,
    pub upr: Vec<UprReview>,
    /// Notes on data and assumptions, repeated in every plan's output.
    pub notes: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn months_quarters_and_years_round_trip_through_dates() {
        let check = |d: Date, year: i32, quarter_in_year: i32| {
            let m = month_of(d);
            assert_eq!(year_of(m), year);
            assert_eq!(quarter_of(m) - year * 4, quarter_in_year);
            assert_eq!(first_day(m), d.first_of_month());
        };
        check(date(2026, 1, 15), 2026, 0);
        check(date(2026, 3, 31), 2026, 0);
        check(date(2026, 4, 1), 2026, 1);
        check(date(2033, 12, 2), 2033, 3);
    }
}
