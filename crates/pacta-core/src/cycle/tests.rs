//! Tests of the review-cycle state machine: the real CMW cycles of the 40th session, every
//! invalid transition refused with the cycle unchanged, and the follow-up dates.

use jiff::civil::{Date, date};
use proptest::prelude::*;

use super::*;
use crate::catalogue::CommitteeInfo;

fn state(code: &str) -> StateCode {
    StateCode::new(code).expect("a three-letter code")
}

fn reports(first: u32, last: u32) -> ReportNumbers {
    ReportNumbers::new(first, last).expect("valid report numbers")
}

fn open(code: &str, first: u32, last: u32, procedure: ReportingProcedure) -> Cycle {
    Cycle::open(
        Committee::Cmw,
        state(code),
        reports(first, last),
        procedure,
        None,
    )
    .expect("a CMW cycle opens")
}

/// A step of `kind` with a neutral payload.
fn event(kind: StepKind) -> Event {
    match kind {
        StepKind::ListOfIssuesPriorToReporting => {
            Event::ListOfIssuesPriorToReporting { replies_due: None }
        }
        StepKind::Report => Event::Report { words: None },
        StepKind::ListOfIssues => Event::ListOfIssues { replies_due: None },
        StepKind::RepliesToListOfIssues => Event::RepliesToListOfIssues { words: None },
        StepKind::Dialogue => Event::Dialogue { delegation: None },
        StepKind::ReviewInAbsenceOfReport => Event::ReviewInAbsenceOfReport { delegation: None },
        StepKind::ConcludingObservations => Event::ConcludingObservations {
            follow_up: Vec::new(),
            next_report_due: None,
        },
        StepKind::FollowUpInformation => Event::FollowUpInformation,
        StepKind::FollowUpAssessment => Event::FollowUpAssessment { grades: Vec::new() },
    }
}

fn step(kind: StepKind, on: Option<Date>) -> Step {
    Step::new(
        event(kind),
        When {
            date: on,
            ..When::default()
        },
        "test",
    )
}

fn cmw_info(follow_up_years: Option<u8>) -> CommitteeInfo {
    CommitteeInfo {
        code: Committee::Cmw,
        name: "Committee on Migrant Workers".to_string(),
        members: 14,
        members_source: "CMW art. 72".to_string(),
        grows: None,
        term_years: 4,
        term_source: "CMW art. 72(5)".to_string(),
        follow_up_years,
        follow_up_source: Some("OHCHR, Follow-up to concluding observations page".to_string()),
        follow_up_grades: None,
    }
}

const SIMPLIFIED_PATH: [StepKind; 6] = [
    StepKind::ListOfIssuesPriorToReporting,
    StepKind::Report,
    StepKind::Dialogue,
    StepKind::ConcludingObservations,
    StepKind::FollowUpInformation,
    StepKind::FollowUpAssessment,
];
const TRADITIONAL_PATH: [StepKind; 7] = [
    StepKind::Report,
    StepKind::ListOfIssues,
    StepKind::RepliesToListOfIssues,
    StepKind::Dialogue,
    StepKind::ConcludingObservations,
    StepKind::FollowUpInformation,
    StepKind::FollowUpAssessment,
];
const SIMPLIFIED_ABSENT_PATH: [StepKind; 3] = [
    StepKind::ListOfIssuesPriorToReporting,
    StepKind::ReviewInAbsenceOfReport,
    StepKind::ConcludingObservations,
];
const TRADITIONAL_ABSENT_PATH: [StepKind; 2] = [
    StepKind::ReviewInAbsenceOfReport,
    StepKind::ConcludingObservations,
];

#[test]
fn mexico_third_report_runs_the_simplified_procedure_and_names_its_documents() {
    // CMW/C/MEX/QPR/3 (3 Oct 2016) → CMW/C/MEX/3 → dialogue 6–7 Sep 2017 (CMW/C/SR.365–366)
    // → concluding observations adopted 13 Sep 2017 (CMW/C/SR.374), CMW/C/MEX/CO/3.
    let mut cycle = open("MEX", 3, 3, ReportingProcedure::Simplified);
    for (kind, on) in [
        (
            StepKind::ListOfIssuesPriorToReporting,
            Some(date(2016, 10, 3)),
        ),
        (StepKind::Report, None),
        (StepKind::Dialogue, Some(date(2017, 9, 6))),
        (StepKind::ConcludingObservations, Some(date(2017, 9, 13))),
    ] {
        cycle
            .apply(step(kind, on), None)
            .expect("the simplified order");
    }
    let document = |kind| cycle.document(kind).map(|s| s.to_string());
    assert_eq!(
        document(StepKind::ListOfIssuesPriorToReporting).as_deref(),
        Some("CMW/C/MEX/QPR/3")
    );
    assert_eq!(document(StepKind::Report).as_deref(), Some("CMW/C/MEX/3"));
    assert_eq!(
        document(StepKind::ConcludingObservations).as_deref(),
        Some("CMW/C/MEX/CO/3")
    );
    assert_eq!(document(StepKind::Dialogue), None);
    // DOMAIN.md §10.4 #55: CMW follow-up information is due two years after adoption.
    assert_eq!(
        cycle.follow_up_due(&cmw_info(Some(2))),
        Some(date(2019, 9, 13))
    );
}

#[test]
fn tajikistan_third_report_under_the_traditional_procedure_expects_replies_to_cmw_c_tjk_q_3() {
    // CMW/C/SR.608 para. 5: a list of issues on the third periodic report of Tajikistan under
    // the traditional reporting procedure, at the 40th session.
    let mut cycle = open("TJK", 3, 3, ReportingProcedure::Traditional);
    cycle.apply(step(StepKind::Report, None), None).unwrap();
    cycle
        .apply(
            Step::new(
                event(StepKind::ListOfIssues),
                When {
                    session: Some(40),
                    ..When::default()
                },
                "CMW/C/SR.608",
            ),
            None,
        )
        .unwrap();
    assert_eq!(
        cycle.document(StepKind::ListOfIssues).unwrap().to_string(),
        "CMW/C/TJK/Q/3"
    );
    let next = cycle.next_steps(&cmw_info(Some(2)), date(2026, 1, 1), false);
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].kind, StepKind::RepliesToListOfIssues);
    assert_eq!(
        next[0].document.as_ref().unwrap().to_string(),
        "CMW/C/TJK/RQ/3"
    );
    assert_eq!(next[0].due, None);
}

/// Every prefix of a valid path, with the cycle it builds.
fn prefixes(procedure: ReportingProcedure, path: &[StepKind], due: Option<Date>) -> Vec<Cycle> {
    let mut cycle =
        Cycle::open(Committee::Cmw, state("FJI"), reports(1, 1), procedure, due).unwrap();
    let mut all = vec![cycle.clone()];
    for kind in path {
        cycle.apply(step(*kind, None), None).expect("a valid path");
        all.push(cycle.clone());
    }
    all
}

#[test]
fn every_invalid_transition_is_refused_naming_the_expected_step_and_changes_nothing() {
    let paths: [(ReportingProcedure, &[StepKind]); 4] = [
        (ReportingProcedure::Simplified, &SIMPLIFIED_PATH),
        (ReportingProcedure::Traditional, &TRADITIONAL_PATH),
        (ReportingProcedure::Simplified, &SIMPLIFIED_ABSENT_PATH),
        (ReportingProcedure::Traditional, &TRADITIONAL_ABSENT_PATH),
    ];
    let mut refused = 0;
    for (procedure, path) in paths {
        for cycle in prefixes(procedure, path, None) {
            let expected = cycle.expected();
            for kind in StepKind::ALL {
                if expected.contains(&kind) {
                    continue;
                }
                let mut attempt = cycle.clone();
                let error = attempt
                    .apply(step(kind, None), None)
                    .expect_err("not an allowed step");
                assert_eq!(attempt, cycle, "a refused step changed the cycle");
                let message = error.to_string();
                assert!(message.contains("expected"), "{message}");
                for allowed in expected {
                    assert!(message.contains(allowed.in_words()), "{message}");
                }
                refused += 1;
            }
        }
    }
    // Nine kinds at each of 22 stages, minus the allowed ones.
    assert!(refused > 150, "{refused}");
}

#[test]
fn the_error_says_which_step_comes_next() {
    let mut cycle = open("FJI", 1, 1, ReportingProcedure::Simplified);
    let error = cycle
        .apply(step(StepKind::Dialogue, None), None)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "CMW review of FJI, initial report (simplified procedure): a constructive dialogue cannot come first; expected the list of issues prior to reporting"
    );
    cycle
        .apply(step(StepKind::ListOfIssuesPriorToReporting, None), None)
        .unwrap();
    let error = cycle
        .apply(step(StepKind::ConcludingObservations, None), None)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "CMW review of FJI, initial report (simplified procedure): a concluding observations cannot come after the list of issues prior to reporting; expected the report or the review in the absence of a report"
    );
}

#[test]
fn a_step_dated_before_the_previous_one_is_refused() {
    let mut cycle = open("MEX", 3, 3, ReportingProcedure::Simplified);
    cycle
        .apply(
            step(
                StepKind::ListOfIssuesPriorToReporting,
                Some(date(2016, 10, 3)),
            ),
            None,
        )
        .unwrap();
    let before = cycle.clone();
    let error = cycle
        .apply(step(StepKind::Report, Some(date(2016, 9, 1))), None)
        .unwrap_err();
    assert!(matches!(error, TransitionError::Backdated { .. }));
    assert_eq!(cycle, before);
    // An unknown date is not a contradiction.
    cycle.apply(step(StepKind::Report, None), None).unwrap();
    // A known date is compared with the latest known one, skipping unknown ones.
    let error = cycle
        .apply(step(StepKind::Dialogue, Some(date(2016, 1, 1))), None)
        .unwrap_err();
    assert!(matches!(error, TransitionError::Backdated { .. }));
}

#[test]
fn review_in_the_absence_of_a_report_is_allowed_only_once_the_report_is_overdue() {
    // DOMAIN.md §10.4 #64: no report by the due date → the review may proceed (CMW rule 34,
    // CMW/C/2). Jamaica's initial report was due 1 January 2010 (CMW/C/JAM/CO/1-2, para. 2).
    let due = date(2010, 1, 1);
    let mut cycle = Cycle::open(
        Committee::Cmw,
        state("JAM"),
        reports(1, 1),
        ReportingProcedure::Simplified,
        Some(due),
    )
    .unwrap();
    cycle
        .apply(
            step(
                StepKind::ListOfIssuesPriorToReporting,
                Some(date(2009, 9, 29)),
            ),
            None,
        )
        .unwrap();
    let before = cycle.clone();
    let premature = cycle
        .apply(step(StepKind::ReviewInAbsenceOfReport, Some(due)), None)
        .unwrap_err();
    assert!(matches!(premature, TransitionError::NotOverdue { .. }));
    assert!(premature.to_string().contains("rule 34"), "{premature}");
    assert_eq!(cycle, before);
    cycle
        .apply(
            step(StepKind::ReviewInAbsenceOfReport, Some(date(2017, 4, 10))),
            None,
        )
        .unwrap();
    // Once reviewed, a report no longer fits the cycle.
    assert!(cycle.apply(step(StepKind::Report, None), None).is_err());
    cycle
        .apply(step(StepKind::ConcludingObservations, None), None)
        .unwrap();
    // Reviewed without its initial report, Jamaica owed "combined initial and second periodic
    // reports" next (CMW/C/JAM/CO/1-2, paras. 3–4).
    assert_eq!(cycle.next_reports(), Some(reports(1, 2)));
}

#[test]
fn the_replies_due_date_of_a_loipr_governs_a_review_without_a_report() {
    let mut cycle = Cycle::open(
        Committee::Cmw,
        state("GIN"),
        reports(2, 2),
        ReportingProcedure::Simplified,
        Some(date(2020, 1, 1)),
    )
    .unwrap();
    cycle
        .apply(
            Step::new(
                Event::ListOfIssuesPriorToReporting {
                    replies_due: Some(date(2026, 6, 1)),
                },
                When::on(date(2025, 5, 1)),
                "test",
            ),
            None,
        )
        .unwrap();
    assert!(
        cycle
            .clone()
            .apply(
                step(StepKind::ReviewInAbsenceOfReport, Some(date(2026, 5, 1))),
                None
            )
            .is_err()
    );
    let next = cycle.next_steps(&cmw_info(Some(2)), date(2026, 7, 1), false);
    assert_eq!(next[0].kind, StepKind::Report);
    assert_eq!(
        next[0].document.as_ref().unwrap().to_string(),
        "CMW/C/GIN/2"
    );
    assert_eq!(next[0].due, Some(date(2026, 6, 1)));
    assert!(next[0].overdue);
}

#[test]
fn after_the_concluding_observations_come_follow_up_and_the_next_cycle_by_the_simplified_default() {
    // CMW/C/JAM/CO/1-2 adopted at the 608th meeting, 17 April 2025; CMW: two years.
    let mut cycle = open("JAM", 1, 2, ReportingProcedure::Simplified);
    for (kind, on) in [
        (StepKind::ListOfIssuesPriorToReporting, None),
        (StepKind::Report, None),
        (StepKind::Dialogue, Some(date(2025, 4, 9))),
        (StepKind::ConcludingObservations, Some(date(2025, 4, 17))),
    ] {
        cycle.apply(step(kind, on), None).unwrap();
    }
    let next = cycle.next_steps(&cmw_info(Some(2)), date(2025, 5, 1), false);
    let kinds: Vec<StepKind> = next.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [
            StepKind::FollowUpInformation,
            StepKind::FollowUpAssessment,
            StepKind::ListOfIssuesPriorToReporting
        ]
    );
    assert_eq!(next[0].due, Some(date(2027, 4, 17)));
    assert!(!next[0].overdue);
    assert_eq!(next[2].reports, reports(3, 3));
    assert_eq!(
        next[2].document.as_ref().unwrap().to_string(),
        "CMW/C/JAM/QPR/3"
    );
    // Opted out: the next cycle starts with the State's own report.
    let next = cycle.next_steps(&cmw_info(Some(2)), date(2025, 5, 1), true);
    assert_eq!(next[2].kind, StepKind::Report);
    assert_eq!(
        next[2].document.as_ref().unwrap().to_string(),
        "CMW/C/JAM/3"
    );
}

#[test]
fn follow_up_is_due_after_the_committees_own_period() {
    // DOMAIN.md §10.4 #55 (CMW, two years) and #56 (CED, one year: CED/C/22/4).
    let mut cycle = open("MEX", 4, 4, ReportingProcedure::Traditional);
    for (kind, on) in [
        (StepKind::Report, None),
        (StepKind::ListOfIssues, None),
        (StepKind::RepliesToListOfIssues, None),
        (StepKind::Dialogue, None),
        (StepKind::ConcludingObservations, Some(date(2024, 2, 29))),
    ] {
        cycle.apply(step(kind, on), None).unwrap();
    }
    assert_eq!(
        cycle.follow_up_due(&cmw_info(Some(2))),
        Some(date(2026, 2, 28))
    );
    assert_eq!(
        cycle.follow_up_due(&cmw_info(Some(1))),
        Some(date(2025, 2, 28))
    );
    assert_eq!(cycle.follow_up_due(&cmw_info(None)), None);
}

#[test]
fn an_assessment_outside_the_committees_scale_is_refused() {
    let scale = GradeScale {
        source: "CED/C/22/4".to_string(),
        grades: [Grade::A, Grade::B, Grade::C, Grade::D]
            .into_iter()
            .map(|grade| GradeLabel {
                grade,
                label: None,
                detail: None,
            })
            .collect(),
    };
    let mut cycle = open("MEX", 4, 4, ReportingProcedure::Traditional);
    for kind in &TRADITIONAL_PATH[..5] {
        cycle.apply(step(*kind, None), None).unwrap();
    }
    let assessment = |grade| {
        Step::new(
            Event::FollowUpAssessment {
                grades: vec![Assessment {
                    paragraph: "12".to_string(),
                    grade,
                }],
            },
            When::default(),
            "test",
        )
    };
    let before = cycle.clone();
    let error = cycle.apply(assessment(Grade::E), Some(&scale)).unwrap_err();
    assert!(matches!(error, TransitionError::UnknownGrade { .. }));
    assert_eq!(cycle, before);
    cycle.apply(assessment(Grade::D), Some(&scale)).unwrap();
}

#[test]
fn the_simplified_procedure_is_the_default_except_for_the_ced_and_the_spt() {
    // A/77/228, para. 55 (1)(d); HRI/MC/2023/1.
    for committee in Committee::PERIODIC {
        assert_eq!(
            ReportingProcedure::default_for(committee, false),
            ReportingProcedure::Simplified,
            "{committee}"
        );
        assert_eq!(
            ReportingProcedure::default_for(committee, true),
            ReportingProcedure::Traditional
        );
    }
    assert_eq!(
        ReportingProcedure::default_for(Committee::Ced, false),
        ReportingProcedure::Traditional
    );
    assert!(matches!(
        Cycle::open(
            Committee::Spt,
            state("MEX"),
            reports(1, 1),
            ReportingProcedure::Traditional,
            None
        ),
        Err(CycleError::NoReports { .. })
    ));
}

#[test]
fn step_kinds_round_trip_through_their_slugs() {
    for kind in StepKind::ALL {
        assert_eq!(StepKind::parse(kind.slug()), Some(kind));
    }
    assert_eq!(StepKind::parse("loi"), None);
}

fn any_kind() -> impl Strategy<Value = StepKind> {
    (0..StepKind::ALL.len()).prop_map(|i| StepKind::ALL[i])
}

proptest! {
    /// Whatever is thrown at it, a cycle only ever holds a prefix of an allowed path, and a
    /// refused step leaves it as it was.
    #[test]
    fn a_cycle_only_holds_an_allowed_sequence(
        traditional in any::<bool>(),
        attempts in proptest::collection::vec(any_kind(), 0..30),
    ) {
        let procedure = if traditional {
            ReportingProcedure::Traditional
        } else {
            ReportingProcedure::Simplified
        };
        let mut cycle = open("ECU", 4, 4, procedure);
        for kind in attempts {
            let before = cycle.clone();
            let allowed = before.expected().contains(&kind);
            let result = cycle.apply(step(kind, None), None);
            prop_assert_eq!(result.is_ok(), allowed);
            if !allowed {
                prop_assert_eq!(&cycle, &before);
            }
        }
        // Replay: every held step was allowed at its position.
        let mut replay = open("ECU", 4, 4, procedure);
        for held in cycle.steps() {
            prop_assert!(replay.expected().contains(&held.kind()));
            replay.apply(held.clone(), None).unwrap();
        }
    }
}
