//! The register of individual communications and urgent actions on the web: the API
//! (`/api/v1/cases…`) and pages (`/cases…`) for members, the secretariat and admins,
//! and what the public may have of it — the statistics and adopted Views
//! (`/api/v1/case-statistics`, `/api/v1/views`, the `/views` page).
//!
//! Confidential (closed meetings: CMW art. 77(6), CAT art. 22(6), CED art. 31(5);
//! [`Visibility::Restricted`]): the only way to a case is [`Scope::case_register`], which
//! the public never gets, and every case it hands out is read through the store's
//! audited reads (one `read` entry per case, written before the answer). The public gets
//! 403 on the lists and 404 on a case (its existence is not revealed); a member reads
//! only the committees their account serves (404 for another committee's case). Cases are changed
//! by the secretariat and admins only (`POST`, JSON, with the CSRF cookie's value in
//! `X-CSRF-Token`); each change is decided by `pacta_core::case` and written with its
//! audit entry in one transaction. These pages are never kept in the page cache: they
//! change while the server runs.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use jiff::civil::Date;
use pacta_core::Committee;
use pacta_core::case::{Case, CaseSummary, Step};
use pacta_core::communication::{ProcedureKind, PublicViews, TransitionError, YearStats};
use pacta_store::{Actor, CaseFilter, Store, StoreError, StoredCase};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::accounts::Unavailable;
use crate::api::{Csv, answer};
use crate::error::{ApiError, ErrorEnvelope};
use crate::i18n::PageLang;
use crate::pages::{Chrome, error_page, forbidden_page, html, signed_in_chrome, unavailable_page};
use crate::query::{self, Format};
use crate::state::AppState;
use crate::viewer::{Role, Scope, Viewer, Visibility};

/// The register as one signed-in viewer may use it: reads are audited under their name.
pub(crate) struct Register<'a> {
    store: &'a Store,
    actor: Actor,
    user_id: i64,
    role: Role,
}

impl<'a> Register<'a> {
    /// The register for `scope`'s viewer: members, the secretariat and admins only.
    pub(crate) fn for_scope(scope: &Scope<'a>, store: &'a Store) -> Option<Self> {
        let user = scope.user()?;
        if !pacta_core::access::may_view(user.role, Visibility::Restricted) {
            return None;
        }
        Some(Register {
            store,
            actor: Actor::user(user),
            user_id: user.id,
            role: user.role,
        })
    }

    /// The committees whose cases this viewer reads: a member's own (`pacta user add
    /// --committee`), every committee for the secretariat and admins (`None`).
    async fn within(&self) -> Result<Option<Vec<Committee>>, Unavailable> {
        if self.role >= Role::Secretariat {
            return Ok(None);
        }
        logged(
            "reading a member's committees",
            self.store.user_committees(self.user_id).await,
        )
        .map(Some)
    }

    async fn list(&self, filter: &CaseFilter) -> Result<Vec<StoredCase>, Unavailable> {
        let filter = CaseFilter {
            within: self.within().await?,
            ..filter.clone()
        };
        logged(
            "reading the register",
            self.store.read_cases(&self.actor, &filter).await,
        )
    }

    /// A case this viewer may read, or `None` (none such, or another committee's: the
    /// same answer, so a member cannot tell whether another committee's case exists).
    async fn get(&self, id: i64) -> Result<Option<StoredCase>, Unavailable> {
        let filter = CaseFilter {
            within: self.within().await?,
            ..CaseFilter::default()
        };
        logged(
            "reading a case",
            self.store.read_case(&self.actor, id, &filter).await,
        )
    }

    /// Whether the viewer may enter and move cases: the secretariat and admins.
    pub(crate) fn may_change(&self) -> bool {
        self.role >= Role::Secretariat
    }

    async fn receive(&self, case: Case) -> pacta_store::Result<StoredCase> {
        self.store.create_case(&self.actor, case).await
    }

    async fn step(
        &self,
        id: i64,
        name: &str,
        change: impl FnOnce(&mut Case) -> Result<(), TransitionError>,
    ) -> pacta_store::Result<StoredCase> {
        self.store.update_case(&self.actor, id, name, change).await
    }
}

fn logged<T>(what: &str, result: pacta_store::Result<T>) -> Result<T, Unavailable> {
    result.map_err(|error| {
        tracing::error!("{what}: {error}");
        Unavailable
    })
}

fn unavailable(_: Unavailable) -> ApiError {
    ApiError {
        status: StatusCode::SERVICE_UNAVAILABLE,
        message: "the register cannot be read just now".to_string(),
    }
}

pub(crate) fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/cases", get(list_cases).post(post_case))
        .route("/cases/{id}/steps", post(post_step))
        .route("/cases.csv", get(list_cases_csv))
        .route("/cases/{id}", get(get_case))
        .route("/case-statistics", get(list_statistics))
        .route("/case-statistics.csv", get(list_statistics_csv))
        .route("/views", get(list_views))
        .route("/views.csv", get(list_views_csv))
}

pub(crate) fn page_routes() -> Router<AppState> {
    Router::new()
        .route("/cases", get(cases_page))
        .route("/cases/{id}", get(case_page))
        .route("/views", get(views_page))
}

#[derive(OpenApi)]
#[openapi(
    paths(list_cases, list_cases_csv, get_case, post_case, post_step, list_statistics, list_statistics_csv, list_views, list_views_csv),
    components(schemas(CaseLine, StatisticsLine, ViewsLine, NewCase, StepBody, CommitteeParam, KindParam)),
    tags((name = "communications", description = "Individual communications and urgent actions: the register (confidential: members, secretariat, admins; every read is audited), its statistics and adopted Views (public)"))
)]
pub(crate) struct CasesDoc;

/// `?committee=`: a committee acronym.
#[derive(ToSchema)]
#[schema(rename_all = "UPPERCASE")]
#[allow(dead_code)] // describes the parameter in the OpenAPI document; parsed by `Committee::from_str`
pub(crate) enum CommitteeParam {
    Cerd,
    Cescr,
    Ccpr,
    Cedaw,
    Cat,
    Spt,
    Crc,
    Cmw,
    Crpd,
    Ced,
}

/// `?kind=`: a procedure.
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)] // describes the parameter in the OpenAPI document; parsed by `CasesQuery::filter`
pub(crate) enum KindParam {
    IndividualCommunications,
    UrgentActions,
}

/// `?committee=&state=&kind=&format=` on the register.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct CasesQuery {
    /// A committee acronym (`CCPR`, `CED`).
    #[param(value_type = Option<CommitteeParam>)]
    committee: Option<String>,
    /// An ISO 3166-1 alpha-3 code.
    state: Option<String>,
    /// `individual_communications` or `urgent_actions`.
    #[param(value_type = Option<KindParam>)]
    kind: Option<String>,
    #[param(inline)]
    format: Option<Format>,
}

/// A text parameter: absent, or its trimmed value. An empty value (`committee=`) means
/// "all" where `lenient` (an HTML form with the field left blank); the API, whose document
/// lists the values, refuses it.
fn optional(value: &Option<String>, name: &str, lenient: bool) -> Result<Option<String>, String> {
    match value.as_deref().map(str::trim) {
        None => Ok(None),
        Some("") if lenient => Ok(None),
        Some("") => Err(format!("empty {name}= (leave it out for all)")),
        Some(text) => Ok(Some(text.to_string())),
    }
}

impl CasesQuery {
    fn filter(&self, lenient: bool) -> Result<CaseFilter, String> {
        let nonempty = |v: &Option<String>, name: &str| optional(v, name, lenient);
        let committee = nonempty(&self.committee, "committee")?
            .map(|c| c.parse::<Committee>().map_err(|e| e.to_string()))
            .transpose()?;
        let kind = nonempty(&self.kind, "kind")?
            .map(|k| match k.as_str() {
                "individual_communications" => Ok(ProcedureKind::IndividualCommunications),
                "urgent_actions" => Ok(ProcedureKind::UrgentActions),
                other => Err(format!(
                    "unknown kind \"{other}\" (expected individual_communications or urgent_actions)"
                )),
            })
            .transpose()?;
        Ok(CaseFilter {
            committee,
            kind,
            state: nonempty(&self.state, "state")?.map(|s| s.to_uppercase()),
            within: None,
        })
    }
}

/// A case as the API lists it: the store's id and version, the register entry and the
/// whole record (stage, history, the operability shown at registration).
#[derive(Serialize, ToSchema)]
pub(crate) struct CaseLine {
    id: i64,
    version: i64,
    #[serde(flatten)]
    #[schema(value_type = Object)]
    summary: CaseSummary,
    #[schema(value_type = Object)]
    record: serde_json::Value,
}

fn case_line(stored: &StoredCase) -> CaseLine {
    CaseLine {
        id: stored.id,
        version: stored.version,
        summary: stored.case.summary(),
        record: serde_json::to_value(&stored.case).unwrap_or_default(),
    }
}

fn case_csv(cases: &[StoredCase]) -> Csv {
    Csv {
        header: std::iter::once("id").chain(CaseSummary::COLUMNS).collect(),
        rows: cases
            .iter()
            .map(|c| {
                std::iter::once(c.id.to_string())
                    .chain(c.case.summary().cells())
                    .collect()
            })
            .collect(),
    }
}

fn register<'a>(scope: &Scope<'a>) -> Result<Register<'a>, ApiError> {
    scope.case_register().ok_or_else(|| {
        ApiError::forbidden(
            "the register of communications and urgent actions is confidential: members, the secretariat and admins only (sign in); the public has /api/v1/case-statistics and /api/v1/views",
        )
    })
}

/// The register, oldest first (members, secretariat, admins; each case listed is an
/// audited read).
#[utoipa::path(get, path = "/api/v1/cases", tag = "communications",
    params(CasesQuery),
    responses((status = 200, description = "The cases", content((Vec<CaseLine> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 403, description = "Not signed in as a member, the secretariat or an admin", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn list_cases(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    cases_answer(&state, &viewer, raw, None).await
}

/// [`list_cases`] as CSV.
#[utoipa::path(get, path = "/api/v1/cases.csv", tag = "communications",
    params(CasesQuery),
    responses((status = 200, description = "The cases", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 403, description = "Not signed in as a member, the secretariat or an admin", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn list_cases_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    cases_answer(&state, &viewer, raw, Some(Format::Csv)).await
}

async fn cases_answer(
    state: &AppState,
    viewer: &Viewer,
    raw: Option<String>,
    format: Option<Format>,
) -> Result<Response, ApiError> {
    // Who may read comes first: a stranger learns nothing about the parameters.
    let scope = viewer.scope(state);
    let register = register(&scope)?;
    let q: CasesQuery = query::parse(raw.as_deref()).map_err(ApiError::bad_request)?;
    let filter = q.filter(false).map_err(ApiError::bad_request)?;
    let cases = register.list(&filter).await.map_err(unavailable)?;
    let lines: Vec<CaseLine> = cases.iter().map(case_line).collect();
    Ok(answer(
        format.or(q.format).unwrap_or_default(),
        &lines,
        || case_csv(&cases),
    ))
}

fn parse_id(id: &str) -> Result<i64, ApiError> {
    id.parse::<i64>()
        .map_err(|_| ApiError::bad_request(format!("invalid case id \"{id}\" (expected a number)")))
}

/// One case with its history (members, secretariat, admins; an audited read). 404 for
/// anyone else, so the public cannot learn that a case exists.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "communications",
    params(("id" = i64, Path, description = "The case's id in the register")),
    responses((status = 200, description = "The case", body = CaseLine),
              (status = 400, description = "Bad id", body = ErrorEnvelope),
              (status = 404, description = "No such case, or not visible to the viewer", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn get_case(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let not_found = || ApiError::not_found(format!("no case {id}"));
    let Some(register) = scope.case_register() else {
        return Err(not_found());
    };
    let id_number = parse_id(&id)?;
    let stored = register
        .get(id_number)
        .await
        .map_err(unavailable)?
        .ok_or_else(not_found)?;
    Ok(Json(case_line(&stored)).into_response())
}

/// Who may write, and whether the request is this site's own: the secretariat and admins,
/// with the CSRF cookie's value in `X-CSRF-Token` and a JSON body.
fn writer<'a>(scope: &Scope<'a>, headers: &HeaderMap) -> Result<Register<'a>, ApiError> {
    let register = register(scope)?;
    if !register.may_change() {
        return Err(ApiError::forbidden(
            "members read the register; the secretariat and admins enter and move cases",
        ));
    }
    let token = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !crate::csrf::verify(headers, token) {
        return Err(ApiError::forbidden(
            "missing or wrong X-CSRF-Token: send the value of the pacta_csrf cookie (set by any signed-in page)",
        ));
    }
    let json = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !json {
        return Err(ApiError {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            message: "send the body as application/json".to_string(),
        });
    }
    Ok(register)
}

/// A store error on a write: what the caller can fix is 404/409, the rest 503.
fn write_error(error: StoreError) -> ApiError {
    match error {
        StoreError::UnknownCase { id, .. } => ApiError::not_found(format!("no case {id}")),
        StoreError::CaseRefused { .. } | StoreError::CaseConflict { .. } => ApiError {
            status: StatusCode::CONFLICT,
            message: error.to_string(),
        },
        other => {
            tracing::error!("writing the register: {other}");
            ApiError {
                status: StatusCode::SERVICE_UNAVAILABLE,
                message: "the register cannot be written just now".to_string(),
            }
        }
    }
}

/// A case received by the secretariat.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewCase {
    /// The committee (`CCPR`, `CED` …).
    #[schema(example = "CCPR")]
    committee: String,
    /// The article that creates the procedure (`/api/v1/committees/{code}/procedures`).
    #[schema(example = "1")]
    article: String,
    /// The State concerned: ISO 3166-1 alpha-3.
    #[schema(example = "URY")]
    state: String,
    /// The day it was received (YYYY-MM-DD); today by default.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    received_on: Option<Date>,
    /// Urgent actions: how many persons the request concerns (1 by default).
    #[serde(default)]
    persons: Option<u32>,
}

/// A step: `{"on": "2026-01-15", "step": "transmit"}`, with the step's own fields
/// (`reason`, `grounds`, `violation`, `reply_due`, `interim_measures`, `report_by`,
/// `closure`), as `pacta communications step` takes them.
#[derive(ToSchema)]
#[allow(dead_code)] // describes the body in the OpenAPI document; parsed by `post_step`
pub(crate) struct StepBody {
    /// The day of the step (YYYY-MM-DD); today by default.
    #[schema(value_type = Option<String>, format = Date)]
    on: Option<String>,
    /// register, refuse_registration, transmit, receive_observations,
    /// request_interim_measures, declare_admissible, declare_inadmissible, adopt_views,
    /// discontinue, open_follow_up, close_follow_up, recommend, receive_state_information,
    /// close.
    #[schema(example = "transmit")]
    step: String,
}

fn json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("invalid body: {e}")))
}

/// Enter a case received by the secretariat (secretariat and admins; audited as
/// `case.receive`).
#[utoipa::path(post, path = "/api/v1/cases", tag = "communications",
    request_body = NewCase,
    responses((status = 201, description = "The case as entered", body = CaseLine),
              (status = 400, description = "Bad body, unknown committee, procedure or State", body = ErrorEnvelope),
              (status = 403, description = "Not the secretariat or an admin, or no CSRF token", body = ErrorEnvelope),
              (status = 415, description = "Not JSON", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn post_case(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let register = writer(&scope, &headers)?;
    let new: NewCase = json_body(&body)?;
    let committee: Committee =
        new.committee
            .parse()
            .map_err(|e: pacta_core::committee::UnknownCommittee| {
                ApiError::bad_request(e.to_string())
            })?;
    let rules = pacta_data::people::procedure_rules(scope.people(), committee, &new.article)
        .ok_or_else(|| {
            ApiError::bad_request(format!(
                "{committee} has no communications or urgent-action procedure under art. {}",
                new.article
            ))
        })?;
    let participant = pacta_core::ParticipantCode::parse(&new.state.to_uppercase())
        .and_then(|code| scope.registry().participant(&code).map(|_| code))
        .ok_or_else(|| ApiError::bad_request(format!("unknown State \"{}\"", new.state)))?;
    let on = new.received_on.unwrap_or_else(|| state.today());
    let case = Case::receive(rules, participant, on, new.persons)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    let stored = register.receive(case).await.map_err(write_error)?;
    Ok((StatusCode::CREATED, Json(case_line(&stored))).into_response())
}

/// Take a step on a case (secretariat and admins). The procedure decides: a step it
/// does not allow (registration where the procedure is not open against the State, Views
/// before transmission …) is 409 and changes nothing. Audited as `case.<step>` with the
/// record before and after.
#[utoipa::path(post, path = "/api/v1/cases/{id}/steps", tag = "communications",
    params(("id" = i64, Path, description = "The case's id in the register")),
    request_body = StepBody,
    responses((status = 200, description = "The case after the step", body = CaseLine),
              (status = 400, description = "Bad body", body = ErrorEnvelope),
              (status = 403, description = "Not the secretariat or an admin, or no CSRF token", body = ErrorEnvelope),
              (status = 404, description = "No such case", body = ErrorEnvelope),
              (status = 409, description = "The procedure refuses the step, or the case changed meanwhile", body = ErrorEnvelope),
              (status = 415, description = "Not JSON", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn post_step(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let register = writer(&scope, &headers)?;
    let id = parse_id(&id)?;
    let mut fields: serde_json::Map<String, serde_json::Value> = json_body(&body)?;
    let on = match fields.remove("on") {
        None | Some(serde_json::Value::Null) => state.today(),
        Some(value) => serde_json::from_value::<Date>(value.clone()).map_err(|_| {
            ApiError::bad_request(format!(
                "invalid date {value} in \"on\" (expected YYYY-MM-DD)"
            ))
        })?,
    };
    let step: Step = serde_json::from_value(serde_json::Value::Object(fields))
        .map_err(|e| ApiError::bad_request(format!("invalid step: {e}")))?;
    let name = step.name();
    let registry = scope.registry();
    let procedures = &scope.people().procedures;
    let stored = register
        .step(id, name, |case| {
            case.apply_under(registry, procedures, on, step)
        })
        .await
        .map_err(write_error)?;
    Ok(Json(case_line(&stored)).into_response())
}

/// `?on=&committee=&format=` on the public figures.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct PublicQuery {
    /// The date (YYYY-MM-DD); today by default.
    #[param(value_type = Option<String>, format = Date)]
    on: Option<String>,
    /// A committee acronym; all by default.
    #[param(value_type = Option<CommitteeParam>)]
    committee: Option<String>,
    #[param(inline)]
    format: Option<Format>,
}

impl PublicQuery {
    fn read(
        raw: Option<&str>,
        state: &AppState,
        lenient: bool,
    ) -> Result<(Date, Option<Committee>, Option<Format>), String> {
        let q: PublicQuery = query::parse(raw)?;
        let on = query::date(q.on.as_deref(), state.today(), lenient)?;
        let committee = optional(&q.committee, "committee", lenient)?
            .map(|c| c.parse::<Committee>().map_err(|e| e.to_string()))
            .transpose()?;
        Ok((on, committee, q.format))
    }
}

/// One year of one committee's procedure.
#[derive(Serialize, ToSchema)]
pub(crate) struct StatisticsLine {
    #[schema(value_type = String, example = "CCPR")]
    committee: Committee,
    /// `individual_communications` or `urgent_actions`.
    kind: &'static str,
    year: i16,
    received: u32,
    registered: u32,
    /// Decided (communications) or closed (urgent actions) in the year.
    decided: u32,
    /// Registered and not decided at the end of the year (or on the date).
    pending: u32,
}

/// A public line with its CSV columns.
trait CsvLine: Serialize {
    const HEADER: &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

/// A public list as JSON, or as CSV with the line's columns.
fn lines_answer<T: CsvLine>(format: Format, lines: &[T]) -> Response {
    answer(format, &lines, || Csv {
        header: T::HEADER.to_vec(),
        rows: lines.iter().map(CsvLine::cells).collect(),
    })
}

impl CsvLine for StatisticsLine {
    const HEADER: &'static [&'static str] = &[
        "committee",
        "kind",
        "year",
        "received",
        "registered",
        "decided",
        "pending",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.committee.to_string(),
            self.kind.to_string(),
            self.year.to_string(),
            self.received.to_string(),
            self.registered.to_string(),
            self.decided.to_string(),
            self.pending.to_string(),
        ]
    }
}

impl CsvLine for ViewsLine {
    const HEADER: &'static [&'static str] =
        &["committee", "number", "state", "adopted_on", "violation"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.committee.to_string(),
            self.number.clone().unwrap_or_default(),
            self.state.clone(),
            self.adopted_on.to_string(),
            self.violation.to_string(),
        ]
    }
}

fn statistics_line(stats: &YearStats) -> StatisticsLine {
    StatisticsLine {
        committee: stats.committee,
        kind: stats.kind.slug(),
        year: stats.year,
        received: stats.received,
        registered: stats.registered,
        decided: stats.decided,
        pending: stats.pending,
    }
}

async fn statistics(
    scope: &Scope<'_>,
    on: Date,
    committee: Option<Committee>,
) -> Result<Vec<StatisticsLine>, Unavailable> {
    let stats = logged("counting the register", scope.case_statistics(on).await)?;
    Ok(stats
        .iter()
        .filter(|s| committee.is_none_or(|c| s.committee == c))
        .map(statistics_line)
        .collect())
}

/// Received, registered, decided and pending by committee, procedure and year, up to the
/// date (public: the figures a Chair cites, CMW/C/SR.608 para. 3). Counts of the register
/// in this installation's database: no real case is bundled with pacta.
#[utoipa::path(get, path = "/api/v1/case-statistics", tag = "communications",
    params(PublicQuery),
    responses((status = 200, description = "The figures", content((Vec<StatisticsLine> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn list_statistics(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    statistics_answer(&state, &viewer, raw, None).await
}

/// [`list_statistics`] as CSV.
#[utoipa::path(get, path = "/api/v1/case-statistics.csv", tag = "communications",
    params(PublicQuery),
    responses((status = 200, description = "The figures", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn list_statistics_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    statistics_answer(&state, &viewer, raw, Some(Format::Csv)).await
}

async fn statistics_answer(
    state: &AppState,
    viewer: &Viewer,
    raw: Option<String>,
    format: Option<Format>,
) -> Result<Response, ApiError> {
    let (on, committee, asked) =
        PublicQuery::read(raw.as_deref(), state, false).map_err(ApiError::bad_request)?;
    let lines = statistics(&viewer.scope(state), on, committee)
        .await
        .map_err(unavailable)?;
    Ok(lines_answer(format.or(asked).unwrap_or_default(), &lines))
}

/// Adopted Views as published.
#[derive(Serialize, ToSchema)]
pub(crate) struct ViewsLine {
    #[schema(value_type = String, example = "CCPR")]
    committee: Committee,
    /// The register number (`1/2026`).
    number: Option<String>,
    #[schema(value_type = String, example = "URY")]
    state: String,
    #[schema(value_type = String, format = Date)]
    adopted_on: Date,
    /// Whether the Committee found a violation.
    violation: bool,
}

fn views_line(views: &PublicViews) -> ViewsLine {
    ViewsLine {
        committee: views.committee,
        number: views.number.clone(),
        state: views.state.to_string(),
        adopted_on: views.adopted_on,
        violation: views.violation,
    }
}

async fn views(
    scope: &Scope<'_>,
    on: Date,
    committee: Option<Committee>,
) -> Result<Vec<ViewsLine>, Unavailable> {
    let views = logged("reading adopted Views", scope.published_views(on).await)?;
    Ok(views
        .iter()
        .filter(|v| committee.is_none_or(|c| v.committee == c))
        .map(views_line)
        .collect())
}

/// Views adopted on or before the date (public: what the committees publish).
#[utoipa::path(get, path = "/api/v1/views", tag = "communications",
    params(PublicQuery),
    responses((status = 200, description = "Adopted Views", content((Vec<ViewsLine> = "application/json"), (String = "text/csv"))),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn list_views(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    views_answer(&state, &viewer, raw, None).await
}

/// [`list_views`] as CSV.
#[utoipa::path(get, path = "/api/v1/views.csv", tag = "communications",
    params(PublicQuery),
    responses((status = 200, description = "Adopted Views", content_type = "text/csv", body = String),
              (status = 400, description = "Bad parameter", body = ErrorEnvelope),
              (status = 503, description = "The database cannot be reached", body = ErrorEnvelope)))]
async fn list_views_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    views_answer(&state, &viewer, raw, Some(Format::Csv)).await
}

async fn views_answer(
    state: &AppState,
    viewer: &Viewer,
    raw: Option<String>,
    format: Option<Format>,
) -> Result<Response, ApiError> {
    let (on, committee, asked) =
        PublicQuery::read(raw.as_deref(), state, false).map_err(ApiError::bad_request)?;
    let lines = views(&viewer.scope(state), on, committee)
        .await
        .map_err(unavailable)?;
    Ok(lines_answer(format.or(asked).unwrap_or_default(), &lines))
}

// ---- Pages ----

#[derive(askama::Template)]
#[template(path = "cases.html")]
struct CasesPage<'a> {
    c: Chrome<'a>,
    /// A member's committees (`Some(empty)`: none yet); `None` for the secretariat and admins.
    serving: Option<String>,
    cases: Vec<(i64, CaseSummary)>,
    committee: String,
    state: String,
    query: String,
}

async fn cases_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Response {
    let scope = viewer.scope(&state);
    let Some(register) = scope.case_register() else {
        return forbidden_page(&state, lang, &viewer);
    };
    let parsed =
        query::parse::<CasesQuery>(raw.as_deref()).and_then(|q| q.filter(true).map(|f| (q, f)));
    let (q, filter) = match parsed {
        Ok(parsed) => parsed,
        Err(detail) => {
            return error_page(
                &state,
                lang,
                &viewer,
                StatusCode::BAD_REQUEST,
                "error-bad-request",
                detail,
            );
        }
    };
    let (Ok(cases), Ok(within)) = (register.list(&filter).await, register.within().await) else {
        return unavailable_page(&state, lang, &viewer);
    };
    let (c, cookie) = signed_in_chrome(&state, lang, &viewer, &uri, &headers, "cases-title");
    let page = CasesPage {
        c,
        serving: within.map(|committees| {
            committees
                .iter()
                .map(|c| c.acronym())
                .collect::<Vec<_>>()
                .join(", ")
        }),
        cases: cases.iter().map(|s| (s.id, s.case.summary())).collect(),
        committee: q.committee.unwrap_or_default(),
        state: q.state.unwrap_or_default(),
        query: raw.map(|r| format!("?{r}")).unwrap_or_default(),
    };
    html(&page, lang, StatusCode::OK, cookie, true)
}

#[derive(askama::Template)]
#[template(path = "case.html")]
struct CasePage<'a> {
    c: Chrome<'a>,
    id: i64,
    case: CaseSummary,
}

async fn case_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let scope = viewer.scope(&state);
    let not_found = |viewer: &Viewer| {
        error_page(
            &state,
            lang,
            viewer,
            StatusCode::NOT_FOUND,
            "error-not-found",
            String::new(),
        )
    };
    // The public gets the page of a case that does not exist.
    let (Some(register), Ok(id)) = (scope.case_register(), id.parse::<i64>()) else {
        return not_found(&viewer);
    };
    let stored = match register.get(id).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return not_found(&viewer),
        Err(_) => {
            return unavailable_page(&state, lang, &viewer);
        }
    };
    let (c, cookie) = signed_in_chrome(&state, lang, &viewer, &uri, &headers, "case-title");
    let page = CasePage {
        c,
        id: stored.id,
        case: stored.case.summary(),
    };
    html(&page, lang, StatusCode::OK, cookie, true)
}

#[derive(askama::Template)]
#[template(path = "views.html")]
struct ViewsPage<'a> {
    c: Chrome<'a>,
    on: Date,
    statistics: Vec<StatisticsLine>,
    views: Vec<ViewsLine>,
    may_see_register: bool,
}

async fn views_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Response {
    let (on, committee, _) = match PublicQuery::read(raw.as_deref(), &state, true) {
        Ok(read) => read,
        Err(detail) => {
            return error_page(
                &state,
                lang,
                &viewer,
                StatusCode::BAD_REQUEST,
                "error-bad-request",
                detail,
            );
        }
    };
    let scope = viewer.scope(&state);
    let (Ok(statistics), Ok(views)) = (
        statistics(&scope, on, committee).await,
        views(&scope, on, committee).await,
    ) else {
        return unavailable_page(&state, lang, &viewer);
    };
    let mut c = Chrome::new(&state, lang, &viewer, &uri, String::new());
    c.title = c.l.t("views-title").into_owned();
    c.on = Some(on);
    let page = ViewsPage {
        c,
        on,
        statistics,
        views,
        may_see_register: scope.case_register().is_some(),
    };
    // Not cached and not stored by a shared cache: the register changes while the
    // server runs.
    let mut response = html(&page, lang, StatusCode::OK, None, viewer.user.is_some());
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-cache"),
    );
    response
}
