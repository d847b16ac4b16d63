//! The HTTP API under `/api/v1/`: JSON by default, CSV for every list (`?format=csv` or
//! the `.csv` path), iCalendar feeds, and the OpenAPI document that describes it all.
//!
//! Handlers parse, call [`crate::model`] through the viewer's [`Scope`], and lay out;
//! they hold no rule. Keys are stable: ISO 3166-1 alpha-3 codes (`ZWE`, or `EU`), UNTC
//! instrument codes (`ICRMW`; a committee acronym such as `CMW` names the treaty it
//! monitors) and committee acronyms. Every error is the envelope of [`crate::error`].

use axum::Json;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, VARY};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::civil::Date;
use pacta_core::participant::RegionalGroup;
use pacta_core::{Committee, Instrument, Participant, ParticipantCode};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::error::{ApiError, ErrorEnvelope};
use crate::model::{self, PartyFilter};
use crate::query::{self, Format};
use crate::state::AppState;
use crate::viewer::{Scope, Viewer};

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(get_openapi))
        .route("/instruments", get(list_instruments))
        .route("/instruments.csv", get(list_instruments_csv))
        .route("/instruments/{code}", get(get_instrument))
        .route("/instruments/{code}/parties", get(list_parties))
        .route("/instruments/{code}/parties.csv", get(list_parties_csv))
        .route("/committees", get(list_committees))
        .route("/committees/{code}", get(get_committee))
        .route(
            "/committees/{code}/calendar.ics",
            get(crate::calendar::committee_calendar),
        )
        .route("/committees/{code}/sessions", get(list_sessions))
        .route("/committees/{code}/sessions.csv", get(list_sessions_csv))
        .route("/committees/{code}/sessions/{number}", get(get_session))
        .route("/documents", get(list_documents))
        .route("/documents.csv", get(list_documents_csv))
        .route("/documents/{*symbol}", get(get_document))
        .route("/states", get(list_states))
        .route("/states.csv", get(list_states_csv))
        .route("/states/{code}", get(get_state))
        .route("/states/{code}/instruments.csv", get(get_state_csv))
        .route(
            "/states/{code}/calendar.ics",
            get(crate::calendar::state_calendar),
        )
        .route("/obligations", get(list_obligations))
        .route("/obligations.csv", get(list_obligations_csv))
        .route("/actions", get(list_actions))
        .route("/actions.csv", get(list_actions_csv))
        .route("/me", get(get_me))
        .route("/audit", get(list_audit))
        .route("/audit.csv", get(list_audit_csv))
        .merge(crate::cases::api_routes())
        .merge(crate::people::api_routes())
        .fallback(|| async { ApiError::not_found("no such path under /api/v1") })
        .layer(axum::middleware::from_fn(private_when_signed_in))
}

/// An answer to a request that carries cookies may depend on who asks (restricted
/// documents, the audit log): no shared cache may keep it.
async fn private_when_signed_in(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let personal = request.headers().contains_key(axum::http::header::COOKIE);
    let mut response = next.run(request).await;
    if personal {
        private(&mut response);
    }
    response
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "pacta API",
        version = "1",
        description = "The UN human rights treaty bodies: instruments, parties, States, reporting obligations and calendars, computed for any date (`?on=YYYY-MM-DD`, today by default). Every list is also CSV (`?format=csv` or the `.csv` path). Errors share one envelope. Treaty actions are the UN Treaty Collection's status as at the date each answer gives in `data_as_at`."
    ),
    paths(
        get_openapi,
        list_instruments, list_instruments_csv, get_instrument, list_parties, list_parties_csv,
        list_committees, get_committee, crate::calendar::committee_calendar,
        list_sessions, list_sessions_csv, get_session, list_documents, list_documents_csv, get_document,
        list_states, list_states_csv, get_state, get_state_csv, crate::calendar::state_calendar,
        list_obligations, list_obligations_csv, list_actions, list_actions_csv,
        get_me, list_audit, list_audit_csv,
    ),
    components(schemas(ErrorEnvelope, Format, GroupParam, StatusParam, ReportingParam)),
    tags((name = "registry", description = "Instruments, parties and States"),
         (name = "reporting", description = "Legal reporting obligations and calendars"),
         (name = "records", description = "Sessions, meetings, reviews and documents (partial: CMW)"),
         (name = "accounts", description = "The signed-in viewer and the audit log"))
)]
struct ApiDoc;

/// The OpenAPI document as JSON text.
pub fn openapi_json() -> String {
    let mut doc = ApiDoc::openapi();
    doc.merge(crate::cases::CasesDoc::openapi());
    doc.merge(crate::people::PeopleApi::openapi());
    doc.to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"openapi document failed to serialize: {e}\"}}"))
}

/// The OpenAPI 3.1 document of this API.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "registry",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json", body = Object)))]
async fn get_openapi(State(state): State<AppState>) -> Response {
    (
        [(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        state.0.openapi.clone(),
    )
        .into_response()
}

/// A JSON answer, or its list as CSV.
pub(crate) fn answer<T: Serialize>(
    format: Format,
    value: &T,
    csv: impl FnOnce() -> Csv,
) -> Response {
    match format {
        Format::Json => Json(value).into_response(),
        Format::Csv => csv().into_response(),
    }
}

/// A CSV table: a header and rows of text.
pub(crate) struct Csv {
    pub(crate) header: Vec<&'static str>,
    pub(crate) rows: Vec<Vec<String>>,
}

impl IntoResponse for Csv {
    fn into_response(self) -> Response {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let written = writer.write_record(&self.header).and_then(|()| {
            self.rows
                .iter()
                .try_for_each(|row| writer.write_record(row))
        });
        let bytes = written
            .map_err(|e| e.to_string())
            .and_then(|()| writer.into_inner().map_err(|e| e.to_string()));
        match bytes {
            Ok(bytes) => (
                [(
                    CONTENT_TYPE,
                    HeaderValue::from_static("text/csv; charset=utf-8"),
                )],
                bytes,
            )
                .into_response(),
            Err(message) => ApiError {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                message: format!("csv export failed: {message}"),
            }
            .into_response(),
        }
    }
}

pub(crate) fn cell<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// `?group=`: a UN regional group (DGACM list), or all.
#[derive(ToSchema)]
#[schema(rename_all = "kebab-case")]
#[allow(dead_code)] // describes the parameter in the OpenAPI document; parsed by `parse_group`
pub(crate) enum GroupParam {
    All,
    African,
    AsiaPacific,
    EasternEuropean,
    Grulac,
    Weog,
}

/// `?status=`: all parties, those bound on the date, or those not yet bound.
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)] // describes the parameter; parsed by `parse_filter`
pub(crate) enum StatusParam {
    All,
    Bound,
    NotYetBound,
}

/// `?reporting=`: all parties, those with a report legally due on or before the date, or none yet.
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)] // describes the parameter; parsed by `parse_filter`
pub(crate) enum ReportingParam {
    All,
    Due,
    NoneDue,
}

/// The instrument a path names: a UNTC code or a committee acronym, any case.
pub(crate) fn resolve_instrument<'a>(
    scope: &Scope<'a>,
    code: &str,
) -> Result<&'a Instrument, ApiError> {
    scope.registry().catalogue().resolve(code).ok_or_else(|| {
        ApiError::not_found(format!(
            "unknown instrument \"{code}\" (expected a UNTC code such as ICRMW or a committee such as CMW)"
        ))
    })
}

/// The participant a path names: an ISO 3166-1 alpha-3 code or `EU`, any case.
pub(crate) fn resolve_state<'a>(
    scope: &Scope<'a>,
    code: &str,
) -> Result<&'a Participant, ApiError> {
    ParticipantCode::parse(code)
        .and_then(|c| scope.registry().participant(&c))
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "unknown State \"{code}\" (expected an ISO 3166-1 alpha-3 code such as ZWE, or EU)"
            ))
        })
}

pub(crate) fn resolve_committee(code: &str) -> Result<Committee, ApiError> {
    code.parse::<Committee>()
        .map_err(|e| ApiError::not_found(e.to_string()))
}

/// A filter value; the empty value an HTML form sends for "all" is accepted only where
/// `lenient` (pages), since the API document lists the values.
fn filter_value(input: Option<&str>, lenient: bool) -> Option<&str> {
    match input.map(str::trim) {
        Some("") if lenient => None,
        other => other,
    }
}

pub(crate) fn parse_group(
    input: Option<&str>,
    lenient: bool,
) -> Result<Option<RegionalGroup>, String> {
    match filter_value(input, lenient) {
        None | Some("all") => Ok(None),
        Some(text) => RegionalGroup::parse(text).map(Some).ok_or_else(|| {
            format!("unknown regional group \"{text}\" (expected african, asia-pacific, eastern-european, grulac or weog)")
        }),
    }
}

pub(crate) fn parse_filter(q: &query::PartiesQuery, lenient: bool) -> Result<PartyFilter, String> {
    let bound = match filter_value(q.status.as_deref(), lenient) {
        None | Some("all") => None,
        Some("bound") => Some(true),
        Some("not_yet_bound") => Some(false),
        Some(other) => {
            return Err(format!(
                "unknown status \"{other}\" (expected all, bound or not_yet_bound)"
            ));
        }
    };
    let report_due = match filter_value(q.reporting.as_deref(), lenient) {
        None | Some("all") => None,
        Some("due") => Some(true),
        Some("none_due") => Some(false),
        Some(other) => {
            return Err(format!(
                "unknown reporting filter \"{other}\" (expected all, due or none_due)"
            ));
        }
    };
    Ok(PartyFilter {
        group: parse_group(q.group.as_deref(), lenient)?,
        bound,
        report_due,
    })
}

pub(crate) fn parse<T: serde::de::DeserializeOwned + Default>(
    raw: &Option<String>,
) -> Result<T, ApiError> {
    query::parse(raw.as_deref()).map_err(ApiError::bad_request)
}

pub(crate) fn on(state: &AppState, on: &Option<String>) -> Result<Date, ApiError> {
    query::date(on.as_deref(), state.today(), false).map_err(ApiError::bad_request)
}

/// Every instrument with its figures on the date, most parties first.
#[utoipa::path(get, path = "/api/v1/instruments", tag = "registry",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv")),
    responses((status = 200, description = "Instruments ranked by parties", content((Vec<model::InstrumentSummary> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope)))]
async fn list_instruments(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    instruments_answer(&state, &viewer, &q, q.format.unwrap_or_default())
}

/// [`list_instruments`] as CSV.
#[utoipa::path(get, path = "/api/v1/instruments.csv", tag = "registry",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "Instruments ranked by parties", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope)))]
async fn list_instruments_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    instruments_answer(&state, &viewer, &q, Format::Csv)
}

fn instruments_answer(
    state: &AppState,
    viewer: &Viewer,
    q: &query::OnQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = on(state, &q.on)?;
    let list = model::instruments(scope.registry(), on);
    Ok(answer(format, &list, || Csv {
        header: vec![
            "instrument",
            "committee",
            "kind",
            "parties",
            "in_force",
            "signatories_not_parties",
            "newest_party",
            "newest_party_deposited",
            "name",
        ],
        rows: list
            .iter()
            .map(|i| {
                vec![
                    i.code.clone(),
                    i.committee.clone(),
                    i.kind.clone(),
                    i.parties.to_string(),
                    i.in_force.to_string(),
                    i.signatories_not_parties.to_string(),
                    cell(&i.newest_party.as_ref().map(|n| n.state.code.clone())),
                    cell(&i.newest_party.as_ref().map(|n| n.deposited)),
                    i.name.clone(),
                ]
            })
            .collect(),
    }))
}

/// An instrument: its rules (with their articles) and its figures on the date.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstrumentDetail {
    pub rules: model::InstrumentRules,
    pub figures: Option<model::InstrumentSummary>,
    pub on: Date,
}

/// One instrument: its rules, with the articles they come from, and its figures.
#[utoipa::path(get, path = "/api/v1/instruments/{code}", tag = "registry",
    params(("code" = String, Path, description = "A UNTC code (ICRMW, OP-CEDAW) or a committee acronym (CMW)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The instrument", body = InstrumentDetail),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown instrument", body = ErrorEnvelope)))]
async fn get_instrument(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let q: query::OnQuery = parse(&raw)?;
    let on = on(&state, &q.on)?;
    let instrument = resolve_instrument(&scope, &code)?;
    let figures = model::instruments(scope.registry(), on)
        .into_iter()
        .find(|s| s.code == instrument.code.as_str());
    Ok(Json(InstrumentDetail {
        rules: model::instrument_rules(scope.dataset(), instrument),
        figures,
        on,
    })
    .into_response())
}

/// The parties of an instrument on a date, with entry into force and legal due dates.
#[utoipa::path(get, path = "/api/v1/instruments/{code}/parties", tag = "registry",
    params(("code" = String, Path, description = "A UNTC code (ICRMW) or a committee acronym (CMW)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv"),
           ("group" = Option<GroupParam>, Query, description = "UN regional group"),
           ("status" = Option<StatusParam>, Query, description = "all (default), bound, not_yet_bound"),
           ("reporting" = Option<ReportingParam>, Query, description = "all (default), due (a report legally due on or before the date), none_due")),
    responses((status = 200, description = "The parties", content((model::PartyList = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown instrument", body = ErrorEnvelope)))]
async fn list_parties(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::PartiesQuery = parse(&raw)?;
    let format = q.format.unwrap_or_default();
    parties_answer(&state, &viewer, &code, &q, format)
}

/// [`list_parties`] as CSV.
#[utoipa::path(get, path = "/api/v1/instruments/{code}/parties.csv", tag = "registry",
    params(("code" = String, Path, description = "A UNTC code (ICRMW) or a committee acronym (CMW)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("group" = Option<GroupParam>, Query, description = "UN regional group"),
           ("status" = Option<StatusParam>, Query, description = "all (default), bound, not_yet_bound"),
           ("reporting" = Option<ReportingParam>, Query, description = "all (default), due, none_due")),
    responses((status = 200, description = "The parties", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown instrument", body = ErrorEnvelope)))]
async fn list_parties_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::PartiesQuery = parse(&raw)?;
    parties_answer(&state, &viewer, &code, &q, Format::Csv)
}

fn parties_answer(
    state: &AppState,
    viewer: &Viewer,
    code: &str,
    q: &query::PartiesQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = on(state, &q.on)?;
    let filter = parse_filter(q, false).map_err(ApiError::bad_request)?;
    let instrument = resolve_instrument(&scope, code)?;
    let list = model::party_list(scope.registry(), instrument, on, filter);
    Ok(answer(format, &list, || Csv {
        header: vec![
            "state",
            "name",
            "regional_group",
            "action",
            "deposited",
            "in_force_from",
            "in_force",
            "rule",
            "initial_report_due",
            "latest_report",
            "latest_report_due",
            "next_report_due",
            "needs_depositary_check",
        ],
        rows: list
            .parties
            .iter()
            .map(|p| {
                vec![
                    p.state.code.clone(),
                    p.state.name.clone(),
                    cell(&p.state.regional_group),
                    cell(&p.action),
                    cell(&p.deposited),
                    cell(&p.in_force_from),
                    p.in_force.to_string(),
                    cell(&p.rule),
                    cell(&p.initial_report_due),
                    cell(&p.latest_report),
                    cell(&p.latest_report_due),
                    cell(&p.next_report_due),
                    cell(&p.needs_depositary_check),
                ]
            })
            .collect(),
    }))
}

/// The ten committees, their size on the date and the instruments they monitor.
#[utoipa::path(get, path = "/api/v1/committees", tag = "registry",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv")),
    responses((status = 200, description = "The committees", content((Vec<model::CommitteeSummary> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope)))]
async fn list_committees(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let q: query::OnQuery = parse(&raw)?;
    let on = on(&state, &q.on)?;
    let list = model::committees(scope.registry(), on);
    Ok(answer(q.format.unwrap_or_default(), &list, || Csv {
        header: vec![
            "committee",
            "name",
            "members",
            "members_source",
            "term_years",
            "instruments",
        ],
        rows: list
            .iter()
            .map(|c| {
                vec![
                    c.code.clone(),
                    c.name.clone(),
                    c.members.to_string(),
                    c.members_source.clone(),
                    c.term_years.to_string(),
                    c.instruments
                        .iter()
                        .map(|i| i.code.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                ]
            })
            .collect(),
    }))
}

/// One committee on the date.
#[utoipa::path(get, path = "/api/v1/committees/{code}", tag = "registry",
    params(("code" = String, Path, description = "A committee acronym: CERD, CESCR, CCPR, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The committee", body = model::CommitteeSummary),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn get_committee(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let q: query::OnQuery = parse(&raw)?;
    let on = on(&state, &q.on)?;
    let committee = resolve_committee(&code)?;
    let all = model::instruments(scope.registry(), on);
    Ok(Json(model::committee(scope.registry(), committee, &all, on)).into_response())
}

/// Every participant (193 UN members, 4 other States, the EU) and how many instruments it is party to.
#[utoipa::path(get, path = "/api/v1/states", tag = "registry",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv")),
    responses((status = 200, description = "The participants by name", content((Vec<model::StateSummary> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope)))]
async fn list_states(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    states_answer(&state, &viewer, &q, q.format.unwrap_or_default())
}

/// [`list_states`] as CSV.
#[utoipa::path(get, path = "/api/v1/states.csv", tag = "registry",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The participants by name", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope)))]
async fn list_states_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    states_answer(&state, &viewer, &q, Format::Csv)
}

fn states_answer(
    state: &AppState,
    viewer: &Viewer,
    q: &query::OnQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = on(state, &q.on)?;
    let list = model::states(scope.registry(), on);
    Ok(answer(format, &list, || Csv {
        header: vec!["state", "name", "regional_group", "kind", "parties_to"],
        rows: list
            .iter()
            .map(|s| {
                vec![
                    s.state.code.clone(),
                    s.state.name.clone(),
                    cell(&s.state.regional_group),
                    s.kind.clone(),
                    s.parties_to.to_string(),
                ]
            })
            .collect(),
    }))
}

/// A State's record under every instrument on the date: status, entry into force, obligations.
#[utoipa::path(get, path = "/api/v1/states/{code}", tag = "registry",
    params(("code" = String, Path, description = "ISO 3166-1 alpha-3 code (ZWE) or EU"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv (the instruments list)")),
    responses((status = 200, description = "The State", content((model::StateDetail = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown State", body = ErrorEnvelope)))]
async fn get_state(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    state_answer(&state, &viewer, &code, &q, q.format.unwrap_or_default())
}

/// [`get_state`]'s instruments list as CSV.
#[utoipa::path(get, path = "/api/v1/states/{code}/instruments.csv", tag = "registry",
    params(("code" = String, Path, description = "ISO 3166-1 alpha-3 code (ZWE) or EU"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The State's instruments", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown State", body = ErrorEnvelope)))]
async fn get_state_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    state_answer(&state, &viewer, &code, &q, Format::Csv)
}

fn state_answer(
    state: &AppState,
    viewer: &Viewer,
    code: &str,
    q: &query::OnQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = on(state, &q.on)?;
    let participant = resolve_state(&scope, code)?;
    let detail = model::state_detail(scope.registry(), scope.history(), participant, on);
    Ok(answer(format, &detail, || Csv {
        header: vec![
            "instrument",
            "committee",
            "status",
            "signed",
            "action",
            "deposited",
            "in_force_from",
            "rule",
            "initial_report_due",
            "latest_report_due",
            "next_report_due",
            "periodicity",
            "reporting_source",
            "declarations",
        ],
        rows: detail
            .instruments
            .iter()
            .map(|i| {
                vec![
                    i.instrument.clone(),
                    i.committee.clone(),
                    i.status.as_str().to_string(),
                    cell(&i.signed),
                    cell(&i.action),
                    cell(&i.deposited),
                    cell(&i.in_force_from),
                    cell(&i.rule),
                    cell(&i.initial_report_due),
                    cell(&i.latest_report_due),
                    cell(&i.next_report_due),
                    cell(&i.periodicity),
                    cell(&i.reporting_source),
                    i.declarations.join("; "),
                ]
            })
            .collect(),
    }))
}

/// Legal reporting obligations on the date (treaty texts only).
#[utoipa::path(get, path = "/api/v1/obligations", tag = "reporting",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv"),
           ("committee" = Option<String>, Query, description = "Only one committee (CMW …)"),
           ("state" = Option<String>, Query, description = "Only one State (ZWE …)"),
           ("overdue" = Option<bool>, Query, description = "Only obligations with a legal due date passed and no known review")),
    responses((status = 200, description = "The obligations", content((model::ObligationList = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee or State", body = ErrorEnvelope)))]
async fn list_obligations(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::ObligationsQuery = parse(&raw)?;
    obligations_answer(&state, &viewer, &q, q.format.unwrap_or_default())
}

/// [`list_obligations`] as CSV.
#[utoipa::path(get, path = "/api/v1/obligations.csv", tag = "reporting",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("committee" = Option<String>, Query, description = "Only one committee (CMW …)"),
           ("state" = Option<String>, Query, description = "Only one State (ZWE …)"),
           ("overdue" = Option<bool>, Query, description = "Only obligations with a legal due date passed and no known review")),
    responses((status = 200, description = "The obligations", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee or State", body = ErrorEnvelope)))]
async fn list_obligations_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::ObligationsQuery = parse(&raw)?;
    obligations_answer(&state, &viewer, &q, Format::Csv)
}

fn obligations_answer(
    state: &AppState,
    viewer: &Viewer,
    q: &query::ObligationsQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = on(state, &q.on)?;
    let committee = q
        .committee
        .as_deref()
        .filter(|c| !c.trim().is_empty())
        .map(resolve_committee)
        .transpose()?;
    let only_state = q
        .state
        .as_deref()
        .filter(|c| !c.trim().is_empty())
        .map(|c| resolve_state(&scope, c))
        .transpose()?;
    let list = model::obligations(
        scope.registry(),
        scope.known_reviews(),
        on,
        committee,
        only_state,
        q.overdue.unwrap_or(false),
    );
    Ok(answer(format, &list, || Csv {
        header: vec![
            "state",
            "name",
            "committee",
            "instrument",
            "in_force_from",
            "initial_report_due",
            "latest_report",
            "latest_report_due",
            "next_report",
            "next_report_due",
            "periodicity",
            "source",
            "last_known_review",
            "overdue",
        ],
        rows: list
            .obligations
            .iter()
            .map(|o| {
                vec![
                    o.state.code.clone(),
                    o.state.name.clone(),
                    o.committee.clone(),
                    o.instrument.clone(),
                    o.in_force_from.to_string(),
                    o.initial_report_due.to_string(),
                    cell(&o.latest_report),
                    cell(&o.latest_report_due),
                    cell(&o.next_report),
                    cell(&o.next_report_due),
                    o.periodicity.clone(),
                    o.source.clone(),
                    cell(&o.last_known_review),
                    o.overdue.to_string(),
                ]
            })
            .collect(),
    }))
}

/// The newest treaty actions (consents and signatures) on or before the date.
#[utoipa::path(get, path = "/api/v1/actions", tag = "registry",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv"),
           ("limit" = Option<usize>, Query, minimum = 1, maximum = 1000, description = "How many (1–1000, default 20)")),
    responses((status = 200, description = "The actions, newest first", content((Vec<model::ActionEntry> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope)))]
async fn list_actions(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::ActionsQuery = parse(&raw)?;
    actions_answer(&state, &viewer, &q, q.format.unwrap_or_default())
}

/// [`list_actions`] as CSV.
#[utoipa::path(get, path = "/api/v1/actions.csv", tag = "registry",
    params(("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("limit" = Option<usize>, Query, minimum = 1, maximum = 1000, description = "How many (1–1000, default 20)")),
    responses((status = 200, description = "The actions, newest first", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope)))]
async fn list_actions_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::ActionsQuery = parse(&raw)?;
    actions_answer(&state, &viewer, &q, Format::Csv)
}

fn actions_answer(
    state: &AppState,
    viewer: &Viewer,
    q: &query::ActionsQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = on(state, &q.on)?;
    let limit = q.limit.unwrap_or(20);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::bad_request(format!(
            "limit {limit} out of range (expected 1 to 1000)"
        )));
    }
    let list = model::newest_actions(scope.registry(), on, limit);
    Ok(answer(format, &list, || Csv {
        header: vec![
            "date",
            "state",
            "name",
            "instrument",
            "committee",
            "action",
            "in_force_from",
        ],
        rows: list
            .iter()
            .map(|a| {
                vec![
                    a.date.to_string(),
                    a.state.code.clone(),
                    a.state.name.clone(),
                    a.instrument.clone(),
                    a.committee.clone(),
                    a.action.clone(),
                    cell(&a.in_force_from),
                ]
            })
            .collect(),
    }))
}

/// Who the API sees: the role, and the e-mail when signed in.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    /// public, member, secretariat or admin.
    pub role: String,
    pub email: Option<String>,
}

/// The viewer: anonymous (public) or the signed-in account (session cookie).
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, description = "The viewer", body = Me)))]
async fn get_me(viewer: Viewer) -> Json<Me> {
    Json(Me {
        role: viewer.role().as_str().to_string(),
        email: viewer.user.as_ref().map(|u| u.email.clone()),
    })
}

/// One audit-log line, as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditLine {
    pub id: i64,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Who: an account's e-mail, `anonymous`, or `system: …`.
    pub actor: String,
    /// What: `login`, `login.failed`, `login.rate_limited`, `logout`, `user.create`, `import` …
    pub action: String,
    /// To what: an e-mail, a record key.
    pub target: String,
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
}

/// The audit log, newest first (admins only).
#[utoipa::path(get, path = "/api/v1/audit", tag = "accounts",
    params(("format" = Option<Format>, Query, description = "json (default) or csv"),
           ("limit" = Option<u32>, Query, minimum = 1, maximum = 10000, description = "How many of the newest entries (default 500)")),
    responses((status = 200, description = "The audit log", content((Vec<AuditLine> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 403, description = "Not an admin", body = ErrorEnvelope)))]
async fn list_audit(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::AuditQuery = parse(&raw)?;
    audit_answer(&state, &viewer, q.format.unwrap_or_default(), q.limit).await
}

/// [`list_audit`] as CSV (admins only).
#[utoipa::path(get, path = "/api/v1/audit.csv", tag = "accounts",
    params(("limit" = Option<u32>, Query, minimum = 1, maximum = 10000, description = "How many of the newest entries (default 500)")),
    responses((status = 200, description = "The audit log", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 403, description = "Not an admin", body = ErrorEnvelope)))]
async fn list_audit_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::AuditQuery = parse(&raw)?;
    audit_answer(&state, &viewer, Format::Csv, q.limit).await
}

async fn audit_answer(
    state: &AppState,
    viewer: &Viewer,
    format: Format,
    limit: Option<u32>,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    // Who may read comes first: a stranger learns nothing about the parameters.
    if !scope.is_admin() {
        return Err(ApiError::forbidden(format!(
            "the audit log is for admins; you are {}",
            viewer.role().as_str()
        )));
    }
    let limit = limit.unwrap_or(500);
    if !(1..=10_000).contains(&limit) {
        return Err(ApiError::bad_request(format!(
            "limit {limit} out of range (expected 1 to 10000)"
        )));
    }
    let Some(log) = scope.audit_log(limit).await else {
        return Err(ApiError::forbidden("the audit log is for admins"));
    };
    let log = log.map_err(|_| ApiError {
        status: StatusCode::SERVICE_UNAVAILABLE,
        message: "the accounts database cannot be reached".to_string(),
    })?;
    let lines: Vec<AuditLine> = log
        .into_iter()
        .map(|r| AuditLine {
            id: r.id,
            at: r.at.to_string(),
            actor: r.entry.actor.label,
            action: r.entry.action,
            target: r.entry.target,
            before: r.entry.before,
            after: r.entry.after,
        })
        .collect();
    let mut response = answer(format, &lines, || Csv {
        header: vec!["id", "at", "actor", "action", "target", "before", "after"],
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    l.id.to_string(),
                    l.at.clone(),
                    l.actor.clone(),
                    l.action.clone(),
                    l.target.clone(),
                    cell(&l.before),
                    cell(&l.after),
                ]
            })
            .collect(),
    });
    private(&mut response);
    Ok(response)
}

/// Mark a response that depends on who asks as private to that person.
pub(crate) fn private(response: &mut Response) {
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
        .headers_mut()
        .insert(VARY, HeaderValue::from_static("Cookie"));
}

/// A committee's sessions known to pacta, newest first, with where each stands on the date.
#[utoipa::path(get, path = "/api/v1/committees/{code}/sessions", tag = "records",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default"),
           ("format" = Option<Format>, Query, description = "json (default) or csv")),
    responses((status = 200, description = "The sessions", content((Vec<crate::records::SessionSummary> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_sessions(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    sessions_answer(&state, &viewer, &code, &q, q.format.unwrap_or_default())
}

/// [`list_sessions`] as CSV.
#[utoipa::path(get, path = "/api/v1/committees/{code}/sessions.csv", tag = "records",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The sessions", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_sessions_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::OnQuery = parse(&raw)?;
    sessions_answer(&state, &viewer, &code, &q, Format::Csv)
}

fn sessions_answer(
    state: &AppState,
    viewer: &Viewer,
    code: &str,
    q: &query::OnQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let on = on(state, &q.on)?;
    let committee = resolve_committee(code)?;
    let list = crate::records::sessions(scope.records(), scope.history(), committee, on);
    Ok(answer(format, &list, || Csv {
        header: vec![
            "committee",
            "session",
            "start",
            "end",
            "timing",
            "date_basis",
            "source",
        ],
        rows: list
            .iter()
            .map(|s| {
                vec![
                    s.committee.clone(),
                    s.number.to_string(),
                    cell(&s.start),
                    cell(&s.end),
                    serde_json::to_value(s.timing)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    s.date_basis.clone(),
                    s.source.clone(),
                ]
            })
            .collect(),
    }))
}

/// One session: its dates, meetings (with summary records), reviews and documents.
#[utoipa::path(get, path = "/api/v1/committees/{code}/sessions/{number}", tag = "records",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("number" = u32, Path, example = 40, description = "The session number (40)"),
           ("on" = Option<String>, Query, format = Date, description = "The date (YYYY-MM-DD); today by default")),
    responses((status = 200, description = "The session", body = crate::records::SessionDetail),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee or session", body = ErrorEnvelope)))]
async fn get_session(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, number)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let q: query::OnQuery = parse(&raw)?;
    let on = on(&state, &q.on)?;
    let committee = resolve_committee(&code)?;
    let detail = session_detail(&scope, committee, &number, on)?;
    Ok(Json(detail).into_response())
}

pub(crate) fn session_detail(
    scope: &Scope,
    committee: Committee,
    number: &str,
    on: Date,
) -> Result<crate::records::SessionDetail, ApiError> {
    let records = scope.records();
    let session = number
        .parse::<u32>()
        .ok()
        .and_then(|n| records.session(committee, n))
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "pacta has no record of {committee} session \"{number}\""
            ))
        })?;
    Ok(crate::records::session_detail(
        records,
        session,
        &scope.documents(),
        on,
    ))
}

/// Search the documents register: every word of `q` in the symbol or title.
#[utoipa::path(get, path = "/api/v1/documents", tag = "records",
    params(("q" = Option<String>, Query, description = "Words to find in the symbol or title (any case)"),
           ("committee" = Option<String>, Query, description = "Only one committee's documents (CMW …)"),
           ("state" = Option<String>, Query, description = "Only documents about one State (MEX …)"),
           ("format" = Option<Format>, Query, description = "json (default) or csv")),
    responses((status = 200, description = "The documents, newest first", content((Vec<crate::records::DocumentRef> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_documents(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::DocumentsQuery = parse(&raw)?;
    documents_answer(&state, &viewer, &q, q.format.unwrap_or_default())
}

/// [`list_documents`] as CSV.
#[utoipa::path(get, path = "/api/v1/documents.csv", tag = "records",
    params(("q" = Option<String>, Query, description = "Words to find in the symbol or title (any case)"),
           ("committee" = Option<String>, Query, description = "Only one committee's documents (CMW …)"),
           ("state" = Option<String>, Query, description = "Only documents about one State (MEX …)")),
    responses((status = 200, description = "The documents, newest first", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = ErrorEnvelope)))]
async fn list_documents_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q: query::DocumentsQuery = parse(&raw)?;
    documents_answer(&state, &viewer, &q, Format::Csv)
}

pub(crate) fn search(
    scope: &Scope,
    q: &query::DocumentsQuery,
) -> Result<Vec<crate::records::DocumentRef>, ApiError> {
    let committee = q
        .committee
        .as_deref()
        .filter(|c| !c.trim().is_empty())
        .map(resolve_committee)
        .transpose()?;
    let state = q
        .state
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_uppercase);
    Ok(crate::records::search_documents(
        &scope.documents(),
        q.q.as_deref().unwrap_or(""),
        committee,
        state.as_deref(),
    ))
}

fn documents_answer(
    state: &AppState,
    viewer: &Viewer,
    q: &query::DocumentsQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(state);
    let list = search(&scope, q)?;
    let mut response = answer(format, &list, || Csv {
        header: vec![
            "symbol",
            "title",
            "date",
            "distribution",
            "committees",
            "state",
            "session",
            "meeting",
            "languages",
            "source",
        ],
        rows: list
            .iter()
            .map(|d| {
                vec![
                    d.symbol.clone(),
                    cell(&d.title),
                    cell(&d.date),
                    cell(&d.distribution),
                    d.committees.join(" "),
                    cell(&d.state),
                    cell(&d.session),
                    cell(&d.meeting),
                    d.languages.join(" "),
                    d.source.clone(),
                ]
            })
            .collect(),
    });
    if viewer.user.is_some() {
        private(&mut response);
    }
    Ok(response)
}

/// One document by its UN symbol (`CMW/C/SR.608`; the slashes stay as they are).
#[utoipa::path(get, path = "/api/v1/documents/{symbol}", tag = "records",
    params(("symbol" = String, Path, example = "CMW/C/SR.608", description = "The UN document symbol, e.g. CMW/C/SR.608")),
    responses((status = 200, description = "The document", body = crate::records::DocumentRef),
              (status = 404, description = "No such document (or not one the viewer may see)", body = ErrorEnvelope)))]
async fn get_document(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(symbol): Path<String>,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let found = scope
        .documents()
        .into_iter()
        .find(|d| d.symbol.to_string() == symbol)
        .ok_or_else(|| ApiError::not_found(format!("no document \"{symbol}\" in the register")))?;
    let mut response = Json(crate::records::document_ref(found)).into_response();
    if viewer.user.is_some() {
        private(&mut response);
    }
    Ok(response)
}
