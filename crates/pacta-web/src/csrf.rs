//! Cookies, random tokens and CSRF protection (double-submit: a random token in a
//! cookie and the same token in a hidden field of every form; a POST whose field does
//! not match its cookie is refused with 403).
//!
//! Every cookie is HttpOnly and SameSite=Strict, and `Secure` when the server is told it
//! is behind TLS (`--secure-cookies`) or the request came through a TLS proxy
//! (`X-Forwarded-Proto: https`). This module does not know about accounts.

use axum::http::HeaderMap;
use axum::http::header::{COOKIE, HeaderValue};

use crate::state::AppState;

/// The name of the CSRF cookie (and of the hidden form field).
pub(crate) const CSRF_COOKIE: &str = "pacta_csrf";

pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N], getrandom::Error> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)?;
    Ok(bytes)
}

/// 256 random bits as 64 lowercase hex digits.
pub(crate) fn random_hex() -> Result<String, getrandom::Error> {
    let bytes = random_bytes::<32>()?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The value of cookie `name` in the request's `Cookie` headers.
pub(crate) fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Whether cookies set on this request's response must carry `Secure`.
pub(crate) fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    state.options().secure_cookies
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// A `Set-Cookie` value with pacta's attributes; `max_age` 0 deletes the cookie.
pub(crate) fn set_cookie(
    name: &str,
    value: &str,
    max_age_seconds: i64,
    secure: bool,
) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let text = format!(
        "{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Strict{secure}"
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The CSRF token of a request: the cookie's, or a new one to set with the response.
pub(crate) struct CsrfToken {
    pub(crate) token: String,
    /// `Some` when the token is new and the response must set the cookie.
    pub(crate) set_cookie: Option<HeaderValue>,
}

impl CsrfToken {
    pub(crate) fn for_request(state: &AppState, headers: &HeaderMap) -> Self {
        match cookie(headers, CSRF_COOKIE).filter(|t| is_token(t)) {
            Some(token) => CsrfToken {
                token: token.to_string(),
                set_cookie: None,
            },
            None => {
                // Without randomness no form can be protected; an empty token makes every
                // POST fail the check rather than pass it.
                let token = random_hex().unwrap_or_default();
                let header = set_cookie(CSRF_COOKIE, &token, 60 * 60 * 24, secure(state, headers));
                CsrfToken {
                    token,
                    set_cookie: Some(header),
                }
            }
        }
    }
}

fn is_token(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether a submitted form's token matches its cookie (compared in constant time).
pub(crate) fn verify(headers: &HeaderMap, submitted: &str) -> bool {
    let Some(expected) = cookie(headers, CSRF_COOKIE).filter(|t| is_token(t)) else {
        return false;
    };
    expected.len() == submitted.len()
        && expected
            .bytes()
            .zip(submitted.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}
