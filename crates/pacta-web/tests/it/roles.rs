//! The role matrix: every route × every role (anonymous, member, secretariat, admin) →
//! allowed, or 403; and no response to a viewer contains what that viewer may not see
//! (other people's e-mail addresses, the audit log).

use axum::http::StatusCode;
use pacta_web::{Lang, Role};

use crate::support::{app, get_with, signed_in};

/// Who may open a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Everyone,
    SignedIn,
    Admin,
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
    route("/api/v1/me", "/api/v1/me", Access::Everyone),
    route("/api/v1/audit", "/api/v1/audit", Access::Admin),
    route("/api/v1/audit.csv", "/api/v1/audit.csv", Access::Admin),
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
    route("/states", "/states", Access::Everyone),
    route("/states/{code}", "/states/ZWE", Access::Everyone),
    route("/login", "/login", Access::Everyone),
    route("/account", "/account", Access::SignedIn),
    route("/admin/audit", "/admin/audit", Access::Admin),
    route("/admin/users", "/admin/users", Access::Admin),
];

fn allowed(access: Access, role: Role) -> bool {
    match access {
        Access::Everyone => true,
        Access::SignedIn => role != Role::Public,
        Access::Admin => role == Role::Admin,
    }
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_matrix_says() {
    let state = app();
    let emails = [
        (Role::Member, "member.secret@example.org"),
        (Role::Secretariat, "secretariat.secret@example.org"),
        (Role::Admin, "admin.secret@example.org"),
    ];
    let mut viewers: Vec<(Role, Option<String>, Option<&str>)> = vec![(Role::Public, None, None)];
    for (role, email) in emails {
        viewers.push((
            role,
            Some(signed_in(&state, role, email).await),
            Some(email),
        ));
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
            let expected = if allowed(*access, *role) {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(
                answer.status,
                expected,
                "{uri} as {role:?}: {}",
                &answer.body[..answer.body.len().min(300)]
            );
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
async fn shows_the_audit_log_to_admins_only() {
    let state = app();
    let admin = signed_in(&state, Role::Admin, "admin@example.org").await;
    let secretariat = signed_in(&state, Role::Secretariat, "staff@example.org").await;
    let log = get_with(&state, "/api/v1/audit", Some(&admin)).await.json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["user_created", "user_created"]);
    let refused = get_with(&state, "/api/v1/audit", Some(&secretariat)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.json()["error"]["code"], "forbidden");
    assert_eq!(refused.header("cache-control"), "");
}

#[tokio::test]
async fn answers_an_expired_or_forged_session_as_anonymous() {
    let state = app();
    let forged = "pacta_session=0000000000000000000000000000000000000000000000000000000000000000";
    let me = get_with(&state, "/api/v1/me", Some(forged)).await.json();
    assert_eq!(me["role"], "public");
    assert_eq!(
        get_with(&state, "/account", Some(forged)).await.status,
        StatusCode::FORBIDDEN
    );
}
