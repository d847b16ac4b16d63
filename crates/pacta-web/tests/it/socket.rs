//! A few requests through a real socket on port 0 (`spawn_app`), as a client sees them.

use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use crate::support::{app, spawn_app};

#[tokio::test]
async fn serves_the_api_and_a_page_over_tcp() {
    let base = spawn_app(app().await).await;
    let client: Client<_, String> = Client::builder(TokioExecutor::new()).build_http();
    for (path, content_type, text) in [
        (
            "/api/v1/states/ZWE?on=2025-03-01",
            "application/json",
            "\"in_force_from\":\"2025-03-01\"",
        ),
        ("/ar/committees/CMW", "text/html", "dir=\"rtl\""),
        ("/healthz", "text/plain", "ok"),
    ] {
        let response = client
            .get(format!("{base}{path}").parse().unwrap())
            .await
            .expect("the server answers");
        assert_eq!(response.status(), 200, "{path}");
        let ct = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(ct.starts_with(content_type), "{path}: {ct}");
        let body = http_body_util::BodyExt::collect(response.into_body())
            .await
            .unwrap()
            .to_bytes();
        assert!(String::from_utf8_lossy(&body).contains(text), "{path}");
    }
}
