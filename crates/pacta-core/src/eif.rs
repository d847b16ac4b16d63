//! Entry into force for a State: the date an instrument binds a participant, from the
//! date of its deposit and the instrument's own rule (DOMAIN.md §1.1).
//!
//! Pure date arithmetic over the rules of [`crate::catalogue`]; the instrument's own
//! entry-into-force date is taken from UNTC (the catalogue), never recomputed here.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use crate::action::ActionKind;
use crate::catalogue::{
    DateRule, FirstOfMonth, Instrument, Interpretation, MonthEnd, SuccessionRule, Trigger,
};

/// Why an instrument binds a State from a given date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EifBasis {
    /// The deposit came early enough that the State is bound from the instrument's
    /// own entry into force (CMW art. 87(1): Mexico, 1999 → 2003-07-01).
    InstrumentEntryIntoForce,
    /// The treaty's rule for a State that joins later (CMW art. 87(2): Zimbabwe).
    StateRule,
    /// A notification of succession (see `Interpretation::succession`).
    SuccessionNotification,
}

/// The date an instrument binds a participant, with the rule and article behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryIntoForce {
    pub date: Date,
    pub basis: EifBasis,
    /// `P30`, `P3M`, `P1M`, `CMW87`, or `own` for the instrument's own date.
    pub rule: String,
    /// The article (or UNTC entry) the date comes from.
    pub source: String,
    /// Set when the date rests on a reading the sources do not settle (month-end
    /// clamping, CMW art. 87 on the 1st, successions); says which.
    pub needs_depositary_check: Option<String>,
}

impl EntryIntoForce {
    /// One line a person can read: "CMW87 — CMW art. 87(2): the first day of …".
    pub fn explain(&self, instrument: &Instrument) -> String {
        match self.basis {
            EifBasis::InstrumentEntryIntoForce => format!(
                "deposited before the instrument's own entry into force on {} ({})",
                instrument.entry_into_force, instrument.entry_into_force_source
            ),
            EifBasis::StateRule => format!(
                "{}: {}",
                instrument.state_rule_source,
                instrument.state_rule.describe()
            ),
            EifBasis::SuccessionNotification => format!(
                "succession: bound from the notification (Vienna Convention on Succession of \
                 States in respect of Treaties, art. 23(2)); {}",
                instrument.state_rule_source
            ),
        }
    }
}

/// Add `months` to `date`, with the month-end reading of `interpretation`. Returns the
/// date and whether the day had to be adjusted (the target month is too short).
pub fn add_months(date: Date, months: u16, month_end: MonthEnd) -> (Date, bool) {
    let clamped = date
        .checked_add(i64::from(months).months())
        .expect("treaty dates are far from the end of jiff's range");
    let adjusted = clamped.day() != date.day();
    let result = match (adjusted, month_end) {
        (true, MonthEnd::Roll) => clamped
            .last_of_month()
            .tomorrow()
            .expect("treaty dates are far from the end of jiff's range"),
        _ => clamped,
    };
    (result, adjusted)
}

/// Apply a treaty's date rule to a deposit. Returns the date and, where the result
/// depends on an unsettled reading, the reason (DOMAIN.md §1.1 cases 1 and 2).
pub fn apply_rule(
    rule: DateRule,
    deposit: Date,
    interpretation: &Interpretation,
) -> (Date, Option<String>) {
    let mut flag = None;
    let mut date = deposit
        .checked_add(i64::from(rule.add_days).days())
        .expect("treaty dates are far from the end of jiff's range");
    if rule.add_months > 0 {
        let (shifted, adjusted) = add_months(date, rule.add_months, interpretation.month_end);
        if adjusted {
            flag = Some(format!(
                "month-end: {deposit} + {} months has no day {} ({:?} reading)",
                rule.add_months,
                deposit.day(),
                interpretation.month_end
            ));
        }
        date = shifted;
    }
    if rule.then_first_of_next_month {
        let first_of_next = date
            .last_of_month()
            .tomorrow()
            .expect("treaty dates are far from the end of jiff's range");
        if date.day() == 1 {
            flag = Some(format!(
                "the period after {deposit} ends on the 1st of a month ({:?} reading)",
                interpretation.cmw87_first_of_month
            ));
            if interpretation.cmw87_first_of_month == FirstOfMonth::SameDay {
                return (date, flag);
            }
        }
        date = first_of_next;
    }
    (date, flag)
}

/// The date `instrument` binds a participant whose consent (`kind`) was deposited on
/// `deposit`.
///
/// - A deposit before the instrument's own entry into force binds from that date, and
///   so does, for treaties whose State rule applies only "after its entry into
///   force", any deposit before it (CMW art. 87(2); DOMAIN.md §1.1 cases 3–4).
/// - Under "after the deposit of the Nth instrument" the State rule applies to the
///   deposit, but never before the instrument's own date (CED art. 39(2): Brazil
///   deposited 2010-11-29, six days after Iraq's twentieth → 2010-12-29).
/// - A succession follows `interpretation.succession`.
pub fn entry_into_force(
    instrument: &Instrument,
    deposit: Date,
    kind: ActionKind,
    interpretation: &Interpretation,
) -> EntryIntoForce {
    let own = instrument.entry_into_force;
    let own_date = |flag: Option<String>| EntryIntoForce {
        date: own,
        basis: EifBasis::InstrumentEntryIntoForce,
        rule: "own".to_string(),
        source: instrument.entry_into_force_source.clone(),
        needs_depositary_check: flag,
    };
    if kind == ActionKind::Succession && interpretation.succession == SuccessionRule::Notification {
        let flag = Some(
            "succession: bound from the notification; the date of succession of States is not in the data"
                .to_string(),
        );
        if deposit <= own {
            return own_date(flag);
        }
        return EntryIntoForce {
            date: deposit,
            basis: EifBasis::SuccessionNotification,
            rule: "notification".to_string(),
            source: "Vienna Convention on Succession of States in respect of Treaties, art. 23(2)"
                .to_string(),
            needs_depositary_check: flag,
        };
    }
    if instrument.trigger == Trigger::AfterEntryIntoForce && deposit < own {
        return own_date(None);
    }
    let (date, flag) = apply_rule(instrument.state_rule, deposit, interpretation);
    let flag = match (flag, kind) {
        (None, ActionKind::Succession) => {
            Some("succession treated as an accession (interpretation)".to_string())
        }
        (flag, _) => flag,
    };
    if date <= own {
        return own_date(flag);
    }
    EntryIntoForce {
        date,
        basis: EifBasis::StateRule,
        rule: instrument.state_rule.name(),
        source: instrument.state_rule_source.clone(),
        needs_depositary_check: flag,
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    const P3M: DateRule = DateRule {
        add_days: 0,
        add_months: 3,
        then_first_of_next_month: false,
    };
    const CMW87: DateRule = DateRule {
        add_days: 0,
        add_months: 3,
        then_first_of_next_month: true,
    };

    fn check(
        rule: DateRule,
        interpretation: Interpretation,
        deposit: Date,
        expected: Date,
        flagged: bool,
    ) {
        let (got, flag) = apply_rule(rule, deposit, &interpretation);
        assert_eq!(got, expected, "{} on {deposit}", rule.name());
        assert_eq!(
            flag.is_some(),
            flagged,
            "{} on {deposit}: {flag:?}",
            rule.name()
        );
    }

    #[test]
    fn month_arithmetic_clamps_or_rolls_at_the_end_of_a_short_month() {
        // DOMAIN.md §1.1 case 1 (OP-ICESCR, Finland, 31 Jan 2014) is [U]: both readings, flagged.
        let clamp = Interpretation::default();
        let roll = Interpretation {
            month_end: MonthEnd::Roll,
            ..clamp
        };
        check(P3M, clamp, date(2014, 1, 31), date(2014, 4, 30), true);
        check(P3M, roll, date(2014, 1, 31), date(2014, 5, 1), true);
        check(P3M, clamp, date(2012, 5, 31), date(2012, 8, 31), false);
        check(P3M, clamp, date(2023, 11, 30), date(2024, 2, 29), true);
    }

    #[test]
    fn cmw_article_87_on_the_first_of_a_month_follows_the_chosen_reading() {
        // CMW art. 87(2): "the first day of the month following a period of three months";
        // a deposit on 1 Dec ends the period on 1 Mar (DOMAIN.md §1.1 case 2, [U]).
        let literal = Interpretation::default();
        let same_day = Interpretation {
            cmw87_first_of_month: FirstOfMonth::SameDay,
            ..literal
        };
        check(CMW87, literal, date(2020, 12, 1), date(2021, 4, 1), true);
        check(CMW87, same_day, date(2020, 12, 1), date(2021, 3, 1), true);
        check(CMW87, literal, date(2024, 11, 5), date(2025, 3, 1), false);
    }

    #[test]
    fn rule_names_follow_domain_md() {
        assert_eq!(P3M.name(), "P3M");
        assert_eq!(CMW87.name(), "CMW87");
        let p30 = DateRule {
            add_days: 30,
            add_months: 0,
            then_first_of_next_month: false,
        };
        assert_eq!(p30.name(), "P30");
        assert_eq!(p30.describe(), "the thirtieth day after the deposit");
    }
}
