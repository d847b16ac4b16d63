//! A cache of rendered public pages: the same anonymous GET (path, query, language,
//! today's date) answers from memory instead of re-rendering.
//!
//! Only anonymous requests (no session cookie) with a 200 answer that sets no cookie are
//! stored, so nothing a signed-in viewer sees, nothing restricted, and no CSRF token can
//! be served to someone else. The data is read-only while the server runs, so an entry
//! is only stale when "today" changes, which is part of the key. Bounded: when full, the
//! cache is cleared (the working set of a portal is small: ~200 States × 6 languages).

use std::collections::HashMap;
use std::sync::RwLock;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;

use crate::i18n::{Lang, PrefixLang};
use crate::state::AppState;

/// Entries kept before the cache is cleared.
const MAX_ENTRIES: usize = 8192;
/// Pages larger than this are not kept.
const MAX_BODY: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    lang: Lang,
    today: Date,
}

#[derive(Default)]
pub(crate) struct PageCache {
    entries: RwLock<HashMap<Key, (HeaderMap, Bytes)>>,
}

/// Middleware on the page routes: answer from the cache or fill it.
pub(crate) async fn cached(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let anonymous = !request.headers().contains_key(COOKIE);
    if request.method() != Method::GET || !anonymous {
        return next.run(request).await;
    }
    let lang = match request.extensions().get::<PrefixLang>() {
        Some(PrefixLang(lang)) => *lang,
        None => Lang::negotiate(
            request
                .headers()
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        ),
    };
    // The full path: under a nested router the URI has lost its prefix, but the
    // prefix is in the language (pages under /fr and pages negotiated to French
    // differ only in their links, so the prefix flag is part of the path key).
    let prefixed = request.extensions().get::<PrefixLang>().is_some();
    let key = Key {
        path_and_query: format!(
            "{}{}",
            if prefixed { "p:" } else { "n:" },
            request.uri().path_and_query().map_or("", |p| p.as_str())
        ),
        lang,
        today: state.today(),
    };
    let cache = &state.0.page_cache;
    if let Some((headers, body)) = cache
        .entries
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .get(&key)
    {
        let mut response = Response::new(Body::from(body.clone()));
        *response.headers_mut() = headers.clone();
        return response;
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(SET_COOKIE) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut entries = cache.entries.write().unwrap_or_else(|p| p.into_inner());
    if entries.len() >= MAX_ENTRIES {
        entries.clear();
    }
    entries.insert(key, (parts.headers.clone(), bytes.clone()));
    drop(entries);
    Response::from_parts(parts, Body::from(bytes))
}
