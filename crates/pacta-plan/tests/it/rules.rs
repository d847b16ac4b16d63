//! The model's hard rules, one at a time, on hand-made instances (issue 3, PLANNER.md
//! §3.3): which sessions a pair may use.

use jiff::civil::date;
use pacta_plan::instance::{Pin, Published};
use pacta_plan::model::Model;

use crate::support::{pair, tiny, upr};

/// The session ids a pair's full review may use.
fn admissible(instance: &pacta_plan::instance::Instance, p: usize) -> Vec<String> {
    let model = Model::build(instance);
    model
        .full_opts_of(p)
        .iter()
        .map(|f| instance.sessions[f.session as usize].id.clone())
        .collect()
}

#[test]
fn sessions_within_the_upr_blackout_are_not_admissible() {
    // Geneva Academy 2022: schedules "take into consideration the calendar of the UPR
    // to avoid overlap"; black-out ±3 months (plan configuration, assumption).
    let mut inst = tiny(&[2; 6], vec![pair("AAA", date(2026, 1, 1), 1.0)]);
    inst.upr.push(upr("AAA", date(2026, 6, 1)));
    // Sessions start in Jan, May, Sep 2026 and Jan, May, Sep 2027; May and September
    // 2026 are within 3 months of June 2026 (the distance is inclusive).
    assert_eq!(
        admissible(&inst, 0),
        ["CMW-40", "CMW-43", "CMW-44", "CMW-45"]
    );
}

#[test]
fn no_review_before_the_instrument_binds_the_state() {
    // CMW art. 87(2): Zimbabwe, accession 5 Nov 2024, bound from 1 Mar 2025.
    let mut inst = tiny(&[2; 6], vec![pair("ZWE", date(2026, 1, 1), 1.0)]);
    inst.pairs[0].binds_from = date(2026, 6, 1);
    assert_eq!(
        admissible(&inst, 0),
        ["CMW-42", "CMW-43", "CMW-44", "CMW-45"]
    );
}

#[test]
fn cancelled_sessions_take_nothing() {
    let mut inst = tiny(&[2; 6], vec![pair("AAA", date(2026, 1, 1), 1.0)]);
    inst.sessions[1].cancelled = true;
    assert_eq!(
        admissible(&inst, 0),
        ["CMW-40", "CMW-42", "CMW-43", "CMW-44", "CMW-45"]
    );
}

#[test]
fn freeze_window_keeps_published_reviews_and_admits_nothing_new() {
    let mut inst = tiny(
        &[2; 6],
        vec![
            pair("AAA", date(2026, 1, 1), 1.0),
            pair("BBB", date(2026, 1, 1), 1.0),
        ],
    );
    inst.policy.freeze_months = 9;
    inst.pairs[0].published = Some(Published {
        session: Some("CMW-41".to_string()),
        follow_up: None,
    });
    // The window runs from January to September 2026: CMW-40 to CMW-42 are frozen.
    assert_eq!(admissible(&inst, 0), ["CMW-41"]);
    assert_eq!(admissible(&inst, 1), ["CMW-43", "CMW-44", "CMW-45"]);
}

#[test]
fn a_pinned_review_has_only_its_session_even_in_a_blackout() {
    let mut inst = tiny(&[2; 6], vec![pair("AAA", date(2026, 1, 1), 1.0)]);
    inst.upr.push(upr("AAA", date(2026, 9, 1)));
    inst.pairs[0].pinned = Some(Pin {
        session: "CMW-42".to_string(),
        follow_up: None,
    });
    assert_eq!(admissible(&inst, 0), ["CMW-42"]);
}

#[test]
fn a_full_review_waits_for_the_previous_reviews_follow_up_window() {
    // The follow-up falls between two full reviews: with a review in May 2025 and a
    // window of 6–10 months, the next full review comes after March 2026.
    let mut inst = tiny(&[2; 6], vec![pair("AAA", date(2026, 1, 1), 1.0)]);
    inst.pairs[0].last_review = Some(date(2025, 5, 1));
    inst.inherited
        .push(crate::support::inherited("AAA", date(2025, 5, 1)));
    assert_eq!(
        admissible(&inst, 0),
        ["CMW-41", "CMW-42", "CMW-43", "CMW-44", "CMW-45"]
    );
}
