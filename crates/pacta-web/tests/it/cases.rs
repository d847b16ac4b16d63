//! The register of communications and urgent actions on the web: confidential lists and
//! cases for members, the secretariat and admins only (the role matrix in `roles.rs` runs
//! every route; here the details), every read audited in the reader's name, and only the
//! statistics and adopted Views for the public. The cases are constructed fixtures, not
//! real communications.

use axum::http::StatusCode;
use jiff::civil::date;
use pacta_core::case::{Case, Step};
use pacta_core::communication::Closure;
use pacta_core::{Committee, ParticipantCode};
use pacta_data::people::{PeopleSources, load_people, procedure_rules};
use pacta_store::{Actor, AuditFilter};
use pacta_web::{AppState, Role};

use crate::support::{app, dataset, get_with, signed_in};

/// A marker in a fixture case's text: no answer to the public may contain it.
pub const CASE_MARKER: &str = "FIXTURE-CASE-5e1d";

/// Fixture cases in the app's store: 1, a CCPR communication against Uruguay
/// discontinued with the marker in its reason; 2, one taken to Views (violation found)
/// on 2025-02-10; 3, a CED urgent action against Mexico, open.
pub async fn add_fixture_cases(state: &AppState) {
    let registry = dataset().registry;
    let people = load_people(&PeopleSources::bundled(), &registry).unwrap();
    let ccpr = procedure_rules(&people, Committee::Ccpr, "1").unwrap();
    let ced = procedure_rules(&people, Committee::Ced, "30").unwrap();
    let store = state.accounts().store();
    let actor = Actor::system("tests");
    let uruguay = ParticipantCode::parse("URY").unwrap();
    let mexico = ParticipantCode::parse("MEX").unwrap();
    let steps = [
        (
            ccpr,
            &uruguay,
            vec![
                (date(2024, 3, 1), Step::Register { reply_due: None }),
                (
                    date(2024, 5, 1),
                    Step::Discontinue {
                        reason: format!("{CASE_MARKER}: the author withdrew"),
                    },
                ),
            ],
        ),
        (
            ccpr,
            &uruguay,
            vec![
                (date(2024, 3, 2), Step::Register { reply_due: None }),
                (date(2024, 3, 5), Step::Transmit),
                (date(2025, 2, 10), Step::AdoptViews { violation: true }),
            ],
        ),
        (
            ced,
            &mexico,
            vec![(
                date(2024, 6, 1),
                Step::Register {
                    reply_due: Some(date(2024, 7, 1)),
                },
            )],
        ),
    ];
    for (rules, state_code, steps) in steps {
        let case = Case::receive(rules, state_code.clone(), date(2024, 3, 1), Some(1)).unwrap();
        let stored = store.create_case(&actor, case).await.unwrap();
        for (on, step) in steps {
            let name = step.name();
            store
                .update_case(&actor, stored.id, name, |case| {
                    case.apply(&registry, rules, on, step)
                })
                .await
                .unwrap();
        }
    }
    // Closing the urgent action is not needed by the pages; this keeps it open.
    let _ = Closure::Located;
}

#[tokio::test]
async fn members_read_the_register_and_each_read_is_audited_in_their_name() {
    let state = app().await;
    add_fixture_cases(&state).await;
    let member = signed_in(&state, Role::Member, "member@cmw.example.org").await;
    let list = get_with(&state, "/api/v1/cases?committee=CCPR", Some(&member))
        .await
        .json();
    let numbers: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_str().unwrap())
        .collect();
    // A running number per committee and procedure, then the year of registration.
    assert_eq!(numbers, ["1/2024", "2/2024"]);
    let case = get_with(&state, "/api/v1/cases/3", Some(&member))
        .await
        .json();
    assert_eq!(
        (&case["kind"], &case["stage"], &case["reply_due"]),
        (
            &serde_json::json!("urgent_actions"),
            &serde_json::json!("open"),
            &serde_json::json!("2024-07-01")
        )
    );
    let reads = state
        .accounts()
        .store()
        .audit_log(&AuditFilter {
            action: Some("read".to_string()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    let mut targets: Vec<(&str, &str)> = reads
        .iter()
        .map(|r| (r.entry.target.as_str(), r.entry.actor.label.as_str()))
        .collect();
    targets.sort();
    assert_eq!(
        targets,
        [
            ("case:1", "member@cmw.example.org"),
            ("case:2", "member@cmw.example.org"),
            ("case:3", "member@cmw.example.org"),
        ]
    );
    let page = get_with(&state, "/fr/cases/1", Some(&member)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Confidentiel"), "{}", page.body);
    assert_eq!(page.header("cache-control"), "private, no-store");
}

#[tokio::test]
async fn the_public_is_refused_every_case_and_nothing_is_audited_as_read() {
    let state = app().await;
    add_fixture_cases(&state).await;
    for uri in [
        "/api/v1/cases",
        "/api/v1/cases.csv",
        "/api/v1/cases?committee=CCPR&format=csv",
        "/cases",
        "/es/cases?state=URY",
    ] {
        let answer = get_with(&state, uri, None).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{uri}");
        assert!(!answer.body.contains("URY"), "{uri}");
    }
    for uri in [
        "/api/v1/cases/1",
        "/api/v1/cases/99",
        "/cases/1",
        "/ar/cases/2",
    ] {
        // A case that exists and one that does not answer alike.
        let answer = get_with(&state, uri, None).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(!answer.body.contains(CASE_MARKER), "{uri}");
    }
    let reads = state
        .accounts()
        .store()
        .audit_log(&AuditFilter {
            action: Some("read".to_string()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert!(reads.is_empty(), "{reads:?}");
}

#[tokio::test]
async fn the_public_sees_the_statistics_and_adopted_views_and_nothing_else() {
    let state = app().await;
    add_fixture_cases(&state).await;
    let stats = get_with(&state, "/api/v1/case-statistics?on=2025-02-21", None)
        .await
        .json();
    let ccpr_2024 = stats
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["committee"] == "CCPR" && s["year"] == 2024)
        .unwrap();
    // Two received and registered in 2024; one discontinued; the other pending at the
    // end of 2024 (its Views came in 2025).
    assert_eq!(
        (
            &ccpr_2024["received"],
            &ccpr_2024["registered"],
            &ccpr_2024["decided"],
            &ccpr_2024["pending"]
        ),
        (
            &serde_json::json!(2),
            &serde_json::json!(2),
            &serde_json::json!(1),
            &serde_json::json!(1)
        )
    );
    let views = get_with(&state, "/api/v1/views?on=2025-02-21", None)
        .await
        .json();
    assert_eq!(
        views,
        serde_json::json!([{
            "committee": "CCPR", "number": "2/2024", "state": "URY",
            "adopted_on": "2025-02-10", "violation": true
        }])
    );
    let before = get_with(&state, "/api/v1/views?on=2025-02-09", None)
        .await
        .json();
    assert_eq!(before, serde_json::json!([]));
    let csv = get_with(&state, "/api/v1/views.csv?on=2025-02-21", None).await;
    assert_eq!(
        csv.body,
        "committee,number,state,adopted_on,violation\nCCPR,2/2024,URY,2025-02-10,true\n"
    );
    let page = get_with(&state, "/views?on=2025-02-21", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("2/2024"));
    assert!(!page.body.contains(CASE_MARKER));
    // A page of figures that change while the server runs is not cached.
    assert_eq!(page.header("cache-control"), "no-cache");
    let bad = get_with(&state, "/api/v1/views?committee=XYZ", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}
