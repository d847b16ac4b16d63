//! Signing in and out: CSRF on every form, cookie attributes, the login rate limit and
//! the audit trail.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use pacta_web::Role;

use crate::support::{Answer, app, create_user, get, get_with, send};

const PASSWORD: &str = "correct horse battery staple";

/// The CSRF cookie a form page sets, as `(cookie header, token)`.
async fn csrf(state: &pacta_web::AppState) -> (String, String) {
    let page = get(state, "/login").await;
    let cookie = page
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("pacta_csrf="))
        .expect("the login page sets a CSRF cookie");
    let pair = cookie.split(';').next().unwrap().to_string();
    let token = pair.trim_start_matches("pacta_csrf=").to_string();
    assert!(
        page.body
            .contains(&format!("name=\"csrf\" value=\"{token}\""))
    );
    (pair, token)
}

async fn post(
    state: &pacta_web::AppState,
    uri: &str,
    cookie: &str,
    form: &str,
    extra: &[(&str, &str)],
) -> Answer {
    let mut request = Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie);
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    send(state, request.body(Body::from(form.to_string())).unwrap()).await
}

#[tokio::test]
async fn signs_in_with_a_strict_httponly_cookie_and_out_again() {
    let state = app().await;
    create_user(&state, "Member@Example.org", Role::Member, PASSWORD).await;
    let (cookie, token) = csrf(&state).await;
    let form =
        format!("email=member%40example.org&password=correct+horse+battery+staple&csrf={token}");
    let answer = post(&state, "/fr/login", &cookie, &form, &[]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.header("location"), "/fr/account");
    let session = answer
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("pacta_session="))
        .unwrap();
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(session.contains(attribute), "{session}");
    }
    assert!(
        !session.contains("Secure"),
        "plain HTTP without a proxy: {session}"
    );
    let session_pair = session.split(';').next().unwrap().to_string();
    let both = format!("{cookie}; {session_pair}");
    let me = get_with(&state, "/api/v1/me", Some(&both)).await.json();
    assert_eq!(me["role"], "member");
    assert_eq!(me["email"], "member@example.org");
    let out = post(&state, "/logout", &both, &format!("csrf={token}"), &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        get_with(&state, "/api/v1/me", Some(&both)).await.json()["role"],
        "public"
    );
}

#[tokio::test]
async fn marks_cookies_secure_behind_a_tls_proxy() {
    let state = app().await;
    create_user(&state, "a@example.org", Role::Admin, PASSWORD).await;
    let (cookie, token) = csrf(&state).await;
    let form = format!("email=a%40example.org&password=correct+horse+battery+staple&csrf={token}");
    let answer = post(
        &state,
        "/login",
        &cookie,
        &form,
        &[("x-forwarded-proto", "https")],
    )
    .await;
    let session = answer
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("pacta_session="))
        .unwrap();
    assert!(session.contains("; Secure"), "{session}");
}

#[tokio::test]
async fn refuses_forms_without_the_matching_csrf_token() {
    let state = app().await;
    create_user(&state, "m@example.org", Role::Member, PASSWORD).await;
    let (cookie, token) = csrf(&state).await;
    let good = "email=m%40example.org&password=correct+horse+battery+staple";
    for (cookie, form) in [
        (cookie.as_str(), good.to_string()),
        (cookie.as_str(), format!("{good}&csrf=00{}", &token[2..])),
        ("other=1", format!("{good}&csrf={token}")),
    ] {
        let answer = post(&state, "/login", cookie, &form, &[]).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{cookie} {form}");
        assert!(
            answer
                .set_cookies()
                .iter()
                .all(|c| !c.starts_with("pacta_session="))
        );
    }
}

#[tokio::test]
async fn limits_failed_logins_to_five_per_fifteen_minutes() {
    let state = app().await;
    create_user(&state, "m@example.org", Role::Member, PASSWORD).await;
    let (cookie, token) = csrf(&state).await;
    let wrong = format!("email=m%40example.org&password=guess&csrf={token}");
    for attempt in 1..=5 {
        let answer = post(&state, "/login", &cookie, &wrong, &[]).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
        assert!(answer.body.contains("The e-mail or the password is wrong."));
    }
    // The sixth, even with the right password, is refused.
    let right = format!("email=m%40example.org&password=correct+horse+battery+staple&csrf={token}");
    let answer = post(&state, "/login", &cookie, &right, &[]).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.header("retry-after"), "900");
    let log = state
        .accounts()
        .store()
        .audit_log(&pacta_store::AuditFilter::default())
        .await
        .unwrap();
    let failed = log.iter().filter(|r| r.entry.action == "login.failed");
    assert_eq!(failed.count(), 5);
    assert_eq!(log[0].entry.action, "login.rate_limited");
    assert_eq!(log[0].entry.target, "m@example.org");
}
