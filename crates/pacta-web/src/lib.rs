//! pacta's web face: the server-rendered portal and the HTTP API under `/api/v1/`, both
//! over the registry held in memory, with accounts, roles and CSRF-protected forms.
//!
//! [`router`] builds the whole application from an [`AppState`]; `pacta serve` binds it
//! to a socket, tests call it with `oneshot`. Every handler takes a [`Viewer`]: the only
//! way to reach the data is [`Viewer::scope`], which filters what the viewer's role may
//! not see, so a new route cannot forget the filter. This crate holds no treaty rule:
//! every figure comes from `pacta-core`. It does not parse data files (`pacta-data`) and
//! keeps no durable state of its own: accounts, sessions and the audit log are in
//! `pacta-store`, behind [`Accounts`].

mod accounts;
mod api;
mod cache;
mod calendar;
mod cases;
mod csrf;
mod error;
mod i18n;
mod model;
mod pages;
mod people;
mod query;
mod records;
mod state;
mod viewer;

pub use accounts::Accounts;
pub use api::openapi_json;
pub use i18n::{Lang, missing_messages, syntax_errors};
pub use pacta_store::{Store, User};
pub use state::{AppState, Clock, Options};
pub use viewer::{Role, Viewer, Visibility};

use axum::Router;
use axum::routing::get;

/// The whole application: pages in every language, the API, the static files.
pub fn router(state: AppState) -> Router {
    let api = api::routes();
    let mut app = Router::new()
        .nest("/api/v1", api)
        .route("/static/pacta.css", get(pages::stylesheet))
        .route("/healthz", get(|| async { "ok" }));
    // Pages without a prefix speak the language of Accept-Language; `/fr/…` and the
    // other prefixes pin one (each copy carries its language as an extension).
    let cached = axum::middleware::from_fn_with_state(state.clone(), cache::cached);
    app = app.merge(
        pages::routes()
            .layer(cached.clone())
            .merge(cases::page_routes()),
    );
    for lang in Lang::ALL {
        // The language extension must be on the request before the cache looks at it.
        let extension = axum::Extension(i18n::PrefixLang(lang));
        let pages = pages::routes()
            .layer(cached.clone())
            .merge(cases::page_routes())
            .layer(extension);
        app = app.nest(&format!("/{}", lang.code()), pages);
        // `nest` serves the home page at `/fr`; `/fr/` is the same page.
        app = app.route(
            &format!("/{}/", lang.code()),
            get(pages::home)
                .layer::<_, std::convert::Infallible>(cached.clone())
                .layer::<_, std::convert::Infallible>(extension),
        );
    }
    app.fallback(error::fallback).with_state(state)
}

/// Serve `router(state)` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
