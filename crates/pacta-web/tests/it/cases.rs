//! The register of communications and urgent actions on the web: confidential lists and
//! cases for members, the secretariat and admins only (the role matrix in `roles.rs` runs
//! every route; here the details), every read audited in the reader's name, and only the
//! statistics and adopted Views for the public. The cases are constructed fixtures, not
//! real communications.

use axum::http::StatusCode;
use jiff::civil::date;
use pacta_core::case::{Case, Step};
use pacta_core::{Committee, ParticipantCode};
use pacta_data::people::procedure_rules;
use pacta_store::{Actor, AuditFilter};
use pacta_web::{AppState, Role};

use crate::support::{app, dataset, get_with, member_of, people, send, signed_in};

/// A marker in a fixture case's text: no answer to the public may contain it.
pub const CASE_MARKER: &str = "FIXTURE-CASE-5e1d";

/// Fixture cases in the app's store: 1, a CCPR communication against Uruguay
/// discontinued with the marker in its reason; 2, one taken to Views (violation found)
/// on 2025-02-10; 3, a CED urgent action against Mexico, open.
pub async fn add_fixture_cases(state: &AppState) {
    let registry = dataset().registry;
    let people = people();
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
}

#[tokio::test]
async fn members_read_the_register_and_each_read_is_audited_in_their_name() {
    let state = app().await;
    add_fixture_cases(&state).await;
    let member = member_of(
        &state,
        "member@cmw.example.org",
        &[Committee::Ccpr, Committee::Ced],
    )
    .await;
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
async fn a_member_reads_only_the_committees_their_account_serves() {
    let state = app().await;
    add_fixture_cases(&state).await;
    let cmw = member_of(&state, "member@cmw.example.org", &[Committee::Cmw]).await;
    let none = signed_in(&state, Role::Member, "new.member@example.org").await;
    for cookie in [&cmw, &none] {
        let list = get_with(&state, "/api/v1/cases", Some(cookie)).await;
        assert_eq!(list.status, StatusCode::OK);
        assert_eq!(list.json(), serde_json::json!([]));
        for uri in ["/api/v1/cases/2", "/cases/2", "/fr/cases/3"] {
            let answer = get_with(&state, uri, Some(cookie)).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
        }
    }
    let page = get_with(&state, "/cases", Some(&cmw)).await;
    assert!(
        page.body.contains("Your account serves CMW"),
        "{}",
        page.body
    );
    let page = get_with(&state, "/cases", Some(&none)).await;
    assert!(
        page.body.contains("linked to no committee"),
        "{}",
        page.body
    );
    // Nothing was handed out, so nothing was read.
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
    for bad in [
        "/api/v1/views?committee=XYZ",
        "/api/v1/views?committee=",
        "/api/v1/case-statistics.csv?on=",
    ] {
        let answer = get_with(&state, bad, None).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    // A form left blank means "all" on a page.
    let blank = get_with(&state, "/views?committee=&on=", None).await;
    assert_eq!(blank.status, StatusCode::OK);
}

/// A CSRF token as the cookie and the header carry it (any 64 hex digits the client holds).
const CSRF: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// POST `body` as JSON to `uri` with a session (if any) and the CSRF cookie and header.
async fn post_json(
    state: &AppState,
    uri: &str,
    session: Option<&str>,
    body: &str,
) -> crate::support::Answer {
    let cookie = match session {
        Some(session) => format!("{session}; pacta_csrf={CSRF}"),
        None => format!("pacta_csrf={CSRF}"),
    };
    let request = axum::http::Request::post(uri)
        .header("cookie", cookie)
        .header("x-csrf-token", CSRF)
        .header("content-type", "application/json")
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    send(state, request).await
}

/// Every API route that changes the register, with a body it accepts and may repeat.
pub const WRITE_ROUTES: &[(&str, &str, &str)] = &[
    (
        "/api/v1/cases",
        "/api/v1/cases",
        r#"{"committee": "CCPR", "article": "1", "state": "URY", "received_on": "2025-02-20"}"#,
    ),
    (
        "/api/v1/cases/{id}/steps",
        "/api/v1/cases/3/steps",
        r#"{"on": "2025-02-20", "step": "receive_state_information"}"#,
    ),
];

#[tokio::test]
async fn only_the_secretariat_and_admins_change_the_register_and_each_change_is_audited() {
    let state = app().await;
    add_fixture_cases(&state).await;
    let mut sessions = vec![(Role::Public, None)];
    for (role, email) in [
        (Role::Member, "member@cmw.example.org"),
        (Role::Secretariat, "staff@ohchr.example.org"),
        (Role::Admin, "admin@ohchr.example.org"),
    ] {
        sessions.push((role, Some(signed_in(&state, role, email).await)));
    }
    for (template, uri, body) in WRITE_ROUTES {
        for (role, session) in &sessions {
            let answer = post_json(&state, uri, session.as_deref(), body).await;
            let expected = match role {
                Role::Public | Role::Member => StatusCode::FORBIDDEN,
                _ if *template == "/api/v1/cases" => StatusCode::CREATED,
                _ => StatusCode::OK,
            };
            assert_eq!(
                answer.status, expected,
                "{uri} as {role:?}: {}",
                answer.body
            );
        }
    }
    let log = state
        .accounts()
        .store()
        .audit_log(&AuditFilter::default())
        .await
        .unwrap();
    let changes: Vec<(&str, &str)> = log
        .iter()
        .filter(|e| e.entry.actor.label.ends_with("ohchr.example.org"))
        .map(|e| (e.entry.action.as_str(), e.entry.actor.label.as_str()))
        .filter(|(action, _)| action.starts_with("case."))
        .collect();
    assert_eq!(
        changes,
        [
            ("case.receive_state_information", "admin@ohchr.example.org"),
            ("case.receive_state_information", "staff@ohchr.example.org"),
            ("case.receive", "admin@ohchr.example.org"),
            ("case.receive", "staff@ohchr.example.org"),
        ]
    );
}

#[tokio::test]
async fn a_write_without_the_csrf_token_or_that_the_procedure_refuses_changes_nothing() {
    let state = app().await;
    add_fixture_cases(&state).await;
    let staff = signed_in(&state, Role::Secretariat, "staff@ohchr.example.org").await;
    let count = || async {
        state
            .accounts()
            .store()
            .audit_log(&AuditFilter::default())
            .await
            .unwrap()
            .len()
    };
    let before = count().await;
    // No token in the header: refused before the body is read.
    let request = axum::http::Request::post("/api/v1/cases")
        .header("cookie", format!("{staff}; pacta_csrf={CSRF}"))
        .header("content-type", "application/json")
        .body(axum::body::Body::from(WRITE_ROUTES[0].2))
        .unwrap();
    assert_eq!(send(&state, request).await.status, StatusCode::FORBIDDEN);
    // A form post is not JSON.
    let request = axum::http::Request::post("/api/v1/cases")
        .header("cookie", format!("{staff}; pacta_csrf={CSRF}"))
        .header("x-csrf-token", CSRF)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from("committee=CCPR"))
        .unwrap();
    assert_eq!(
        send(&state, request).await.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    // CMW art. 77(8): not operative (4 of 10 declarations), so no registration against
    // Mexico (DOMAIN.md §10.4 #57).
    let created = post_json(
        &state,
        "/api/v1/cases",
        Some(&staff),
        r#"{"committee": "CMW", "article": "77", "state": "MEX", "received_on": "2026-02-03"}"#,
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    let refused = post_json(
        &state,
        &format!("/api/v1/cases/{id}/steps"),
        Some(&staff),
        r#"{"on": "2026-02-03", "step": "register"}"#,
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(
        refused.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("4 declaration(s) of the 10 required")
    );
    for (uri, body, status) in [
        (
            "/api/v1/cases/99/steps",
            r#"{"step": "transmit"}"#,
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/cases/1/steps",
            r#"{"step": "fly"}"#,
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/v1/cases/1/steps",
            r#"{"on": "1 May", "step": "transmit"}"#,
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/v1/cases",
            r#"{"committee": "CMW", "article": "76", "state": "MEX"}"#,
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/v1/cases",
            r#"{"committee": "CMW", "article": "77", "state": "XXX"}"#,
            StatusCode::BAD_REQUEST,
        ),
        // Discontinued cases take no more steps.
        (
            "/api/v1/cases/1/steps",
            r#"{"step": "transmit"}"#,
            StatusCode::CONFLICT,
        ),
    ] {
        let answer = post_json(&state, uri, Some(&staff), body).await;
        assert_eq!(answer.status, status, "{uri} {body}: {}", answer.body);
        assert_eq!(answer.json()["error"]["status"], status.as_u16());
    }
    // Only the one case entered (and the session) reached the audit log.
    assert_eq!(count().await, before + 1);
}
