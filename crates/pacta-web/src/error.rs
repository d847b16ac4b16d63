//! The one error envelope of the API, and the fallback for unknown paths.
//!
//! Every API error is `{"error": {"status": 404, "code": "not_found", "message": "…"}}`
//! with the matching HTTP status; messages are lowercase and say what was wrong.
//! Pages render their errors as pages ([`crate::pages`]).

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::i18n::PageLang;
use crate::state::AppState;
use crate::viewer::Viewer;

/// The error envelope.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The HTTP status, repeated.
    #[schema(example = 404)]
    pub status: u16,
    /// A stable word: `bad_request`, `not_found`, `forbidden`, `too_many_requests` …
    #[schema(example = "not_found")]
    pub code: String,
    #[schema(example = "unknown State \"XYZ\"")]
    pub message: String,
}

/// An API error: a status and a message.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::FORBIDDEN,
            message: message.into(),
        }
    }
}

pub(crate) fn status_code_word(status: StatusCode) -> &'static str {
    match status {
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::UNAUTHORIZED => "unauthorized",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::TOO_MANY_REQUESTS => "too_many_requests",
        _ if status.is_server_error() => "internal",
        _ => "error",
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let envelope = ErrorEnvelope {
            error: ErrorBody {
                status: self.status.as_u16(),
                code: status_code_word(self.status).to_string(),
                message: self.message,
            },
        };
        (self.status, Json(envelope)).into_response()
    }
}

/// Unknown paths: the envelope under `/api/`, a page elsewhere.
pub(crate) async fn fallback(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
) -> Response {
    if uri.path().starts_with("/api/") || uri.path() == "/api" {
        return ApiError::not_found(format!("no such path {}", uri.path())).into_response();
    }
    // Under a language prefix, answer in that language.
    let prefix = uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    let lang = match crate::Lang::ALL.into_iter().find(|l| l.code() == prefix) {
        Some(lang) => PageLang {
            lang,
            prefixed: true,
        },
        None => lang,
    };
    crate::pages::error_page(
        &state,
        lang,
        &viewer,
        StatusCode::NOT_FOUND,
        "error-not-found",
        uri.path().to_string(),
    )
}
