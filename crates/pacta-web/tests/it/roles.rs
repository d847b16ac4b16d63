//! The role matrix: every route × every role (anonymous, member, secretariat, admin) →
//! allowed, or 403; and no response to a viewer contains what that viewer may not see
//! (other people's e-mail addresses, the audit log).

use axum::http::StatusCode;
use pacta_web::{Lang, Role};

use pacta_core::document::{Distribution, DocumentEntry};
use pacta_core::symbol::Symbol;

use crate::support::{app, app_with, get_with, member_of, records, signed_in};
use pacta_core::Committee;

/// Test fixtures, not data: two restricted documents (a draft of the CMW's 40th session
/// and a report of Zimbabwe) with a marker in their titles, added to the bundled records.
pub const RESTRICTED_MARKER: &str = "FIXTURE-RESTRICTED-7f3a";

pub fn records_with_restricted_documents() -> pacta_data::Records {
    let mut records = records();
    for (symbol, session) in [("CMW/C/40/9", Some(40)), ("CMW/C/ZWE/1", None)] {
        let mut entry = DocumentEntry::new(Symbol::parse(symbol).unwrap(), "test fixture");
        entry.title = Some(format!("{RESTRICTED_MARKER} draft"));
        entry.distribution = Some(Distribution::Restricted);
        entry.session = session;
        records.documents.insert(entry).unwrap();
    }
    records
}

/// Who may open a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Everyone,
    SignedIn,
    Admin,
    /// A restricted record: 404 for the public (its existence is not revealed).
    Restricted,
}

pub struct Route {
    /// As the OpenAPI document writes it.
    pub template: &'static str,
    /// A concrete request.
    pub example: &'static str,
    pub access: Access,
}

const fn route(template: &'static str, example: &'static str, access: Access) -> Route {
    Route {
        template,
        example,
        access,
    }
}

/// Every API route. `describes_every_api_route_in_the_openapi_document` checks that this
/// list and the OpenAPI document name the same routes, so a new route must come here.
pub const API_ROUTES: &[Route] = &[
    route(
        "/api/v1/openapi.json",
        "/api/v1/openapi.json",
        Access::Everyone,
    ),
    route(
        "/api/v1/instruments",
        "/api/v1/instruments",
        Access::Everyone,
    ),
    route(
        "/api/v1/instruments.csv",
        "/api/v1/instruments.csv",
        Access::Everyone,
    ),
    route(
        "/api/v1/instruments/{code}",
        "/api/v1/instruments/ICRMW",
        Access::Everyone,
    ),
    route(
        "/api/v1/instruments/{code}/parties",
        "/api/v1/instruments/CMW/parties",
        Access::Everyone,
    ),
    route(
        "/api/v1/instruments/{code}/parties.csv",
        "/api/v1/instruments/CMW/parties.csv",
        Access::Everyone,
    ),
    route("/api/v1/committees", "/api/v1/committees", Access::Everyone),
    route(
        "/api/v1/committees/{code}",
        "/api/v1/committees/CMW",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/calendar.ics",
        "/api/v1/committees/CMW/calendar.ics",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/sessions",
        "/api/v1/committees/CMW/sessions",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/sessions.csv",
        "/api/v1/committees/CMW/sessions.csv",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/sessions/{number}",
        "/api/v1/committees/CMW/sessions/40",
        Access::Everyone,
    ),
    route(
        "/api/v1/documents",
        "/api/v1/documents?q=draft",
        Access::Everyone,
    ),
    route(
        "/api/v1/documents.csv",
        "/api/v1/documents.csv?committee=CMW",
        Access::Everyone,
    ),
    route(
        "/api/v1/documents/{symbol}",
        "/api/v1/documents/CMW/C/SR.608",
        Access::Everyone,
    ),
    route(
        "/api/v1/documents/{symbol}",
        "/api/v1/documents/CMW/C/40/9",
        Access::Restricted,
    ),
    route("/api/v1/states", "/api/v1/states", Access::Everyone),
    route("/api/v1/states.csv", "/api/v1/states.csv", Access::Everyone),
    route(
        "/api/v1/states/{code}",
        "/api/v1/states/ZWE",
        Access::Everyone,
    ),
    route(
        "/api/v1/states/{code}/instruments.csv",
        "/api/v1/states/ZWE/instruments.csv",
        Access::Everyone,
    ),
    route(
        "/api/v1/states/{code}/calendar.ics",
        "/api/v1/states/ZWE/calendar.ics",
        Access::Everyone,
    ),
    route(
        "/api/v1/obligations",
        "/api/v1/obligations?committee=CMW",
        Access::Everyone,
    ),
    route(
        "/api/v1/obligations.csv",
        "/api/v1/obligations.csv?committee=CMW",
        Access::Everyone,
    ),
    route("/api/v1/actions", "/api/v1/actions", Access::Everyone),
    route(
        "/api/v1/actions.csv",
        "/api/v1/actions.csv",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/members",
        "/api/v1/committees/CMW/members?on=2014-06-01",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/members.csv",
        "/api/v1/committees/CMW/members.csv?on=2014-06-01",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/elections",
        "/api/v1/committees/CMW/elections",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/general-comments",
        "/api/v1/committees/CMW/general-comments?q=children",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/general-comments.csv",
        "/api/v1/committees/CMW/general-comments.csv",
        Access::Everyone,
    ),
    route(
        "/api/v1/committees/{code}/procedures",
        "/api/v1/committees/CMW/procedures?on=2026-02-03",
        Access::Everyone,
    ),
    route("/api/v1/me", "/api/v1/me", Access::Everyone),
    route("/api/v1/audit", "/api/v1/audit", Access::Admin),
    route("/api/v1/audit.csv", "/api/v1/audit.csv", Access::Admin),
    route("/api/v1/cases", "/api/v1/cases", Access::SignedIn),
    route(
        "/api/v1/cases.csv",
        "/api/v1/cases.csv?committee=CCPR",
        Access::SignedIn,
    ),
    route("/api/v1/cases/{id}", "/api/v1/cases/2", Access::Restricted),
    route(
        "/api/v1/case-statistics",
        "/api/v1/case-statistics",
        Access::Everyone,
    ),
    route(
        "/api/v1/case-statistics.csv",
        "/api/v1/case-statistics.csv",
        Access::Everyone,
    ),
    route("/api/v1/views", "/api/v1/views", Access::Everyone),
    route("/api/v1/views.csv", "/api/v1/views.csv", Access::Everyone),
];

/// Every page (GET), without a language prefix; the test also runs each under every prefix.
pub const PAGE_ROUTES: &[Route] = &[
    route("/", "/", Access::Everyone),
    route("/instruments", "/instruments", Access::Everyone),
    route(
        "/instruments/{code}",
        "/instruments/ICRMW",
        Access::Everyone,
    ),
    route("/committees", "/committees", Access::Everyone),
    route("/committees/{code}", "/committees/CMW", Access::Everyone),
    route(
        "/committees/{code}/sessions/{number}",
        "/committees/CMW/sessions/40",
        Access::Everyone,
    ),
    route(
        "/committees/{code}/members",
        "/committees/CMW/members?on=2014-06-01",
        Access::Everyone,
    ),
    route(
        "/committees/{code}/elections",
        "/committees/CMW/elections",
        Access::Everyone,
    ),
    route(
        "/committees/{code}/general-comments",
        "/committees/CMW/general-comments?q=children",
        Access::Everyone,
    ),
    route(
        "/committees/{code}/procedures",
        "/committees/CMW/procedures?on=2026-02-03",
        Access::Everyone,
    ),
    route("/documents", "/documents?q=CMW", Access::Everyone),
    route("/states", "/states", Access::Everyone),
    route("/states/{code}", "/states/ZWE", Access::Everyone),
    route("/login", "/login", Access::Everyone),
    route("/account", "/account", Access::SignedIn),
    route("/admin/audit", "/admin/audit", Access::Admin),
    route("/admin/users", "/admin/users", Access::Admin),
    route("/cases", "/cases?committee=CCPR", Access::SignedIn),
    route("/cases/{id}", "/cases/2", Access::Restricted),
    route("/views", "/views", Access::Everyone),
];

fn expected(access: Access, role: Role) -> StatusCode {
    let allowed = match access {
        Access::Everyone => true,
        Access::SignedIn | Access::Restricted => role != Role::Public,
        Access::Admin => role == Role::Admin,
    };
    match (allowed, access) {
        (true, _) => StatusCode::OK,
        (false, Access::Restricted) => StatusCode::NOT_FOUND,
        (false, _) => StatusCode::FORBIDDEN,
    }
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_matrix_says() {
    let state = app_with(records_with_restricted_documents()).await;
    crate::cases::add_fixture_cases(&state).await;
    let emails = [
        (Role::Member, "member.secret@example.org"),
        (Role::Secretariat, "secretariat.secret@example.org"),
        (Role::Admin, "admin.secret@example.org"),
    ];
    let mut viewers: Vec<(Role, Option<String>, Option<&str>)> = vec![(Role::Public, None, None)];
    for (role, email) in emails {
        let cookie = if role == Role::Member {
            // The fixture cases are CCPR's and CED's.
            member_of(&state, email, &[Committee::Ccpr, Committee::Ced]).await
        } else {
            signed_in(&state, role, email).await
        };
        viewers.push((role, Some(cookie), Some(email)));
    }
    // Something restricted in the audit log: a failed login names a person.
    let restricted_texts: Vec<&str> = emails.iter().map(|(_, e)| *e).collect();
    let mut prefixes = vec![String::new()];
    prefixes.extend(Lang::ALL.iter().map(|l| format!("/{}", l.code())));
    let mut requests: Vec<(String, Access)> = API_ROUTES
        .iter()
        .map(|r| (r.example.to_string(), r.access))
        .collect();
    for prefix in &prefixes {
        for page in PAGE_ROUTES {
            requests.push((format!("{prefix}{}", page.example), page.access));
        }
    }
    let mut checked = 0;
    for (role, cookie, own_email) in &viewers {
        for (uri, access) in &requests {
            let answer = get_with(&state, uri, cookie.as_deref()).await;
            assert_eq!(
                answer.status,
                expected(*access, *role),
                "{uri} as {role:?}: {}",
                &answer.body[..answer.body.len().min(300)]
            );
            // Restricted documents never reach the public, in any page, list, export or feed.
            if *role == Role::Public {
                assert!(
                    !answer.body.contains(RESTRICTED_MARKER),
                    "{uri} leaks a restricted document"
                );
                // (A 404 may repeat the symbol the request itself named.)
                assert!(
                    !answer.body.contains(crate::cases::CASE_MARKER),
                    "{uri} leaks a confidential case"
                );
                if !uri.contains("CMW/C/40/9") {
                    assert!(
                        !answer.body.contains("CMW/C/40/9"),
                        "{uri} leaks a restricted symbol"
                    );
                }
            }
            // Admins see every account; everyone else sees at most their own address.
            if *role != Role::Admin {
                for text in &restricted_texts {
                    if Some(*text) != *own_email {
                        assert!(
                            !answer.body.contains(text),
                            "{uri} as {role:?} leaks {text}"
                        );
                    }
                }
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 4 * (API_ROUTES.len() + PAGE_ROUTES.len() * 7));
}

#[tokio::test]
async fn shows_restricted_documents_to_members_and_never_to_the_public() {
    let state = app_with(records_with_restricted_documents()).await;
    let member = signed_in(&state, Role::Member, "member@example.org").await;
    for uri in [
        "/api/v1/documents?q=draft",
        "/api/v1/documents.csv?q=draft",
        "/api/v1/committees/CMW/sessions/40",
        "/committees/CMW/sessions/40",
        "/documents?q=draft",
        "/states/ZWE",
        "/fr/states/ZWE",
    ] {
        let public = get_with(&state, uri, None).await;
        assert_eq!(public.status, StatusCode::OK, "{uri}");
        assert!(
            !public.body.contains(RESTRICTED_MARKER),
            "{uri} shows the public a restricted document"
        );
        let seen = get_with(&state, uri, Some(&member)).await;
        assert!(
            seen.body.contains(RESTRICTED_MARKER),
            "{uri} hides a restricted document from a member"
        );
        assert!(
            seen.header("cache-control").contains("no-store") || !uri.starts_with("/api"),
            "{uri}"
        );
    }
    // The public cache never serves what a member saw.
    let again = get_with(&state, "/states/ZWE", None).await;
    assert!(!again.body.contains(RESTRICTED_MARKER));
}

#[tokio::test]
async fn shows_the_audit_log_to_admins_only() {
    let state = app().await;
    let admin = signed_in(&state, Role::Admin, "admin@example.org").await;
    let secretariat = signed_in(&state, Role::Secretariat, "staff@example.org").await;
    let log = get_with(&state, "/api/v1/audit", Some(&admin)).await.json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    // The store records each account and each session it opens (newest first).
    assert_eq!(
        actions,
        [
            "session.create",
            "user.create",
            "session.create",
            "user.create"
        ]
    );
    let refused = get_with(&state, "/api/v1/audit", Some(&secretariat)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.json()["error"]["code"], "forbidden");
    // What depends on the viewer is never kept by a shared cache.
    assert_eq!(refused.header("cache-control"), "private, no-store");
}

#[tokio::test]
async fn answers_an_expired_or_forged_session_as_anonymous() {
    let state = app().await;
    let forged = "pacta_session=0000000000000000000000000000000000000000000000000000000000000000";
    let me = get_with(&state, "/api/v1/me", Some(forged)).await.json();
    assert_eq!(me["role"], "public");
    assert_eq!(
        get_with(&state, "/account", Some(forged)).await.status,
        StatusCode::FORBIDDEN
    );
}
