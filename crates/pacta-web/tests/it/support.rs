//! Test support: an app on a fixed date, requests through `oneshot`, signed-in users
//! for each role, and `spawn_app` on a real socket (port 0).

use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use jiff::civil::{Date, date};
use pacta_web::{Accounts, AppState, Clock, Options, Role};
use tower::ServiceExt;

/// The date of CMW/C/SR.608, para. 2 ("As at 21 February 2025 … 60 States Parties").
pub const SR608_DATE: Date = date(2025, 2, 21);

/// The bundled dataset, parsed once per test binary.
pub fn dataset() -> pacta_data::Dataset {
    static DATASET: OnceLock<pacta_data::Dataset> = OnceLock::new();
    DATASET
        .get_or_init(|| {
            pacta_data::load(&pacta_data::Sources::bundled()).expect("bundled data loads")
        })
        .clone()
}

/// The bundled records, parsed once per test binary.
pub fn records() -> pacta_data::Records {
    static RECORDS: OnceLock<pacta_data::Records> = OnceLock::new();
    RECORDS
        .get_or_init(|| {
            pacta_data::load_records(&pacta_data::RecordSources::bundled(), &dataset().registry)
                .expect("bundled records load")
        })
        .clone()
}

/// The bundled people registers (members, elections, general comments …), parsed once.
pub fn people() -> pacta_data::people::People {
    static PEOPLE: OnceLock<pacta_data::people::People> = OnceLock::new();
    PEOPLE
        .get_or_init(|| {
            pacta_data::people::load_people(
                &pacta_data::people::PeopleSources::bundled(),
                &dataset().registry,
            )
            .expect("bundled people data loads")
        })
        .clone()
}

/// A fresh app whose "today" is 2025-02-21, over a new in-memory SQLite store (no accounts).
pub async fn app() -> AppState {
    app_with(records()).await
}

/// The same with other records (a restricted document added by a test).
pub async fn app_with(records: pacta_data::Records) -> AppState {
    let store = pacta_store::Store::connect("sqlite::memory:")
        .await
        .expect("an in-memory SQLite store opens");
    let history =
        pacta_data::history::load_history(&pacta_data::history::HistorySources::bundled())
            .expect("bundled review history loads");
    AppState::new(
        dataset(),
        records,
        history,
        people(),
        Accounts::new(store),
        Clock::Fixed(SR608_DATE),
        Options::default(),
    )
}

/// Create an account directly in the store.
pub async fn create_user(
    state: &AppState,
    email: &str,
    role: Role,
    password: &str,
) -> pacta_store::User {
    state
        .accounts()
        .store()
        .create_user(email, role, password, &pacta_store::Actor::system("tests"))
        .await
        .expect("user is created")
}

/// A response, read whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect()
    }
}

pub async fn send(state: &AppState, request: Request<Body>) -> Answer {
    let response = pacta_web::router(state.clone())
        .oneshot(request)
        .await
        .expect("the router never fails");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body reads");
    Answer {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("bodies are UTF-8"),
    }
}

/// GET `uri`, optionally with a `Cookie` header.
pub async fn get_with(state: &AppState, uri: &str, cookie: Option<&str>) -> Answer {
    let mut request = Request::get(uri);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(state, request.body(Body::empty()).unwrap()).await
}

pub async fn get(state: &AppState, uri: &str) -> Answer {
    get_with(state, uri, None).await
}

/// A user with `role` and a live session; returns the `Cookie` header value.
pub async fn signed_in(state: &AppState, role: Role, email: &str) -> String {
    let user = create_user(state, email, role, "correct horse battery staple").await;
    let token = state
        .accounts()
        .store()
        .create_session(user.id, jiff::SignedDuration::from_hours(1))
        .await
        .expect("session is created");
    format!("pacta_session={}", token.as_str())
}

/// A member serving `committees`, with a live session; returns the `Cookie` header value.
pub async fn member_of(
    state: &AppState,
    email: &str,
    committees: &[pacta_core::Committee],
) -> String {
    let cookie = signed_in(state, Role::Member, email).await;
    let store = state.accounts().store();
    let user = store
        .users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == email)
        .expect("the member was just created");
    store
        .set_user_committees(&pacta_store::Actor::system("tests"), user.id, committees)
        .await
        .expect("committees are set");
    cookie
}

/// Serve `state` on 127.0.0.1 with a free port; returns the base URL. The server lives
/// as long as the test's runtime.
pub async fn spawn_app(state: AppState) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().unwrap();
    tokio::spawn(pacta_web::serve(listener, state, std::future::pending()));
    format!("http://{addr}")
}
