//! Legal reporting obligations: when a State party's reports fall due under the
//! treaty text alone (DOMAIN.md §1.3).
//!
//! These are *legal* due dates. Committees now fix the actual next date in their
//! concluding observations (the eight-year calendar); those scheduled dates are kept
//! elsewhere and never overwrite these (DOMAIN.md §1.3, last paragraph).

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use crate::catalogue::{Interpretation, PeriodicFrom, ReportingRule};
use crate::eif::add_months;

/// A report the treaty requires by a date. `number` counts reports as the committees
/// do: 1 is the initial report, 2 the second (periodic) report, and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DueReport {
    pub number: u32,
    pub due: Date,
}

/// What a State party owes under one instrument, from the date it is bound.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Obligation {
    /// Entry into force for the State, the date the periods run from.
    pub in_force_from: Date,
    pub initial_due: Date,
    /// Months between periodic reports where the treaty fixes them.
    pub every_months: Option<u16>,
    /// Whether the committee may request reports besides (or instead of) periodic ones.
    pub on_request: bool,
    /// The article the obligation comes from (`CMW art. 73(1)`).
    pub source: String,
}

impl Obligation {
    /// The obligation of a State bound from `in_force_from` (CMW art. 73(1)(a):
    /// Zimbabwe, bound 2025-03-01, owes its initial report by 2026-03-01).
    pub fn new(rule: &ReportingRule, in_force_from: Date, interpretation: &Interpretation) -> Self {
        let (initial_due, _) =
            add_months(in_force_from, rule.initial_months, interpretation.month_end);
        Obligation {
            in_force_from,
            initial_due,
            every_months: rule.every_months,
            on_request: rule.on_request,
            source: rule.source.clone(),
        }
    }

    /// The `number`-th report's legal due date (1 = initial). Periodic reports count
    /// from the initial due date (`Interpretation::periodic_from`, DOMAIN.md §10.2
    /// vector 28); `None` when the treaty sets no period.
    pub fn due(&self, number: u32) -> Option<DueReport> {
        if number == 0 {
            return None;
        }
        if number == 1 {
            return Some(DueReport {
                number,
                due: self.initial_due,
            });
        }
        let every = self.every_months?;
        let months = i64::from(every) * i64::from(number - 1);
        // PeriodicFrom has one reading today; matching keeps a new one from being ignored.
        let due = match PeriodicFrom::default() {
            PeriodicFrom::InitialDue => self.initial_due.checked_add(months.months()).ok()?,
        };
        Some(DueReport { number, due })
    }

    /// The latest report due on or before `on`, if any is.
    pub fn latest_due(&self, on: Date) -> Option<DueReport> {
        if self.initial_due > on {
            return None;
        }
        let Some(every) = self.every_months else {
            return self.due(1);
        };
        // Months from the initial due date to `on`, then step back if the day overshoots.
        let span = self
            .initial_due
            .until((jiff::Unit::Month, on))
            .expect("civil dates are always comparable");
        let elapsed = u32::try_from(span.get_months()).unwrap_or(0);
        let mut number = elapsed / u32::from(every) + 1;
        while number > 1 && self.due(number).is_some_and(|report| report.due > on) {
            number -= 1;
        }
        self.due(number)
    }

    /// The first report due after `on`, where the treaty sets one.
    pub fn next_due(&self, on: Date) -> Option<DueReport> {
        match self.latest_due(on) {
            None => self.due(1),
            Some(latest) => self.due(latest.number + 1),
        }
    }
}

/// What pacta knows of reviews held: the latest review date per State and committee.
/// A review shows the report due before it was considered (or that the committee
/// reviewed the State in the absence of a report). Empty until review history is loaded.
#[derive(Debug, Clone, Default)]
pub struct KnownReviews {
    latest: std::collections::HashMap<(crate::ParticipantCode, crate::Committee), Date>,
}

impl KnownReviews {
    /// Record a review; keeps the latest per State and committee.
    pub fn record(&mut self, state: crate::ParticipantCode, committee: crate::Committee, on: Date) {
        let entry = self.latest.entry((state, committee)).or_insert(on);
        if on > *entry {
            *entry = on;
        }
    }

    pub fn latest(
        &self,
        state: &crate::ParticipantCode,
        committee: crate::Committee,
    ) -> Option<Date> {
        self.latest.get(&(state.clone(), committee)).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.latest.is_empty()
    }
}
