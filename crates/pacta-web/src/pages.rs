//! The portal: server-rendered HTML pages (askama), readable without JavaScript, in six
//! languages, with forms protected against CSRF.
//!
//! Each handler resolves its language ([`PageLang`]) and viewer, computes its model
//! through [`Viewer::scope`] and renders one template. Pages are built for screen
//! readers and keyboards first (landmarks, captions, `scope` on headers, labels on every
//! control, a skip link); the browser test runs axe-core on every template. Pages hold
//! no rule and no query of their own: the figures come from [`crate::model`].

use std::net::SocketAddr;

use askama::Template;
use axum::Router;
use axum::extract::connect_info::ConnectInfo;
use axum::extract::{FromRequestParts, Path, RawQuery, State};
use axum::http::header::{CONTENT_TYPE, LOCATION, SET_COOKIE, VARY};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;

use crate::api::{parse_filter, resolve_committee, resolve_instrument, resolve_state};
use crate::csrf::{self, CsrfToken};
use crate::i18n::{Lang, Localizer, PageLang};
use crate::model::{self, Standing};
use crate::query;
use crate::state::AppState;
use crate::viewer::{Role, SESSION_COOKIE, Viewer};
use pacta_store::{Actor, AuditRecord, User};

/// How long a session lasts.
const SESSION_HOURS: i64 = 8;
/// The login rate limit: this many failures per e-mail and client address …
const MAX_FAILURES: u32 = 5;
/// … within this many minutes answer 429.
const FAILURE_WINDOW_MINUTES: i64 = 15;

/// The page routes (the router nests a copy under each language prefix).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/instruments", get(instruments_index))
        .route("/instruments/{code}", get(instrument_page))
        .route("/committees", get(committees_index))
        .route("/committees/{code}", get(committee_page))
        .route("/committees/{code}/sessions/{number}", get(session_page))
        .route("/documents", get(documents_page))
        .route("/states", get(states_index))
        .route("/states/{code}", get(state_page))
        .route("/login", get(login_page).post(post_login))
        .route("/logout", axum::routing::post(post_logout))
        .route("/account", get(account_page))
        .route("/admin/audit", get(audit_page))
        .route("/admin/users", get(users_page))
        .merge(crate::people::page_routes())
}

/// The stylesheet, compiled in.
pub(crate) async fn stylesheet() -> Response {
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                axum::http::header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        include_str!("../static/pacta.css"),
    )
        .into_response()
}

/// A link to the same page in another language.
pub(crate) struct Alternate {
    pub(crate) lang: Lang,
    pub(crate) href: String,
    pub(crate) current: bool,
}

/// What every page shares: the language, the viewer, the date, the language menu.
pub(crate) struct Chrome<'a> {
    pub(crate) l: Localizer<'a>,
    pub(crate) title: String,
    pub(crate) user: Option<User>,
    pub(crate) csrf: Option<String>,
    pub(crate) alternates: Vec<Alternate>,
    /// The path of this page without its language prefix (for the date form).
    pub(crate) path: String,
    pub(crate) on: Option<Date>,
    pub(crate) data_as_at: Date,
}

impl<'a> Chrome<'a> {
    pub(crate) fn new(
        state: &'a AppState,
        lang: PageLang,
        viewer: &Viewer,
        uri: &Uri,
        title: String,
    ) -> Self {
        let path = uri.path().to_string();
        let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
        let alternates = Lang::ALL
            .into_iter()
            .map(|other| Alternate {
                lang: other,
                href: format!(
                    "/{}{}{}",
                    other.code(),
                    if path == "/" { "" } else { &path },
                    query
                ),
                current: lang.prefixed && other == lang.lang,
            })
            .collect();
        Chrome {
            l: lang.localizer(state.i18n()),
            title,
            user: viewer.user.clone(),
            csrf: None,
            alternates,
            path,
            on: None,
            data_as_at: viewer.scope(state).registry().status_as_at(),
        }
    }

    /// A link inside the portal, keeping the language prefix.
    pub(crate) fn href(&self, path: &str) -> String {
        format!("{}{}", self.l.prefix, path)
    }

    /// A link keeping the page's date.
    pub(crate) fn dated(&self, path: &str) -> String {
        match self.on {
            Some(on) => format!("{}{}?on={on}", self.l.prefix, path),
            None => self.href(path),
        }
    }

    /// A link to a State, instrument or committee page, keeping the language and date.
    pub(crate) fn link(&self, kind: &str, code: &str) -> String {
        self.dated(&format!("/{kind}/{code}"))
    }

    /// A link to a session page.
    pub(crate) fn session_link(&self, committee: &str, number: &u32) -> String {
        self.dated(&format!("/committees/{committee}/sessions/{number}"))
    }

    pub(crate) fn timing_label(
        &self,
        timing: &crate::records::SessionTiming,
    ) -> std::borrow::Cow<'a, str> {
        use crate::records::SessionTiming;
        self.l.t(match timing {
            SessionTiming::Past => "timing-past",
            SessionTiming::UnderWay => "timing-under-way",
            SessionTiming::Upcoming => "timing-upcoming",
            SessionTiming::DatesUnknown => "timing-unknown",
        })
    }

    pub(crate) fn outcome_label(&self, outcome: &str) -> std::borrow::Cow<'a, str> {
        self.l.t(match outcome {
            "concluding_observations_adopted" => "outcome-co-adopted",
            "dialogue_held" => "outcome-dialogue-held",
            _ => "outcome-scheduled",
        })
    }

    pub(crate) fn publicity_label(&self, publicity: &Option<String>) -> String {
        match publicity.as_deref() {
            Some("public") => self.l.t("meeting-public").into_owned(),
            Some("private") => self.l.t("meeting-private").into_owned(),
            Some("partly_private") => self.l.t("meeting-partly-private").into_owned(),
            _ => String::new(),
        }
    }

    pub(crate) fn distribution_label(&self, distribution: &Option<String>) -> String {
        match distribution.as_deref() {
            Some("general") => self.l.t("distr-general").into_owned(),
            Some("limited") => self.l.t("distr-limited").into_owned(),
            Some("restricted") => self.l.t("distr-restricted").into_owned(),
            _ => String::new(),
        }
    }

    /// An audit entry's before/after, as compact JSON.
    pub(crate) fn audit_detail(&self, record: &AuditRecord) -> String {
        let show = |v: &Option<serde_json::Value>| v.as_ref().map(ToString::to_string);
        match (show(&record.entry.before), show(&record.entry.after)) {
            (Some(before), Some(after)) => format!("{before} → {after}"),
            (None, Some(after)) => after,
            (Some(before), None) => before,
            (None, None) => String::new(),
        }
    }

    /// An optional value, or nothing.
    /// A procedure kind (`urgent_actions`) in the page's language.
    pub(crate) fn kind_label(&self, slug: &str) -> std::borrow::Cow<'a, str> {
        self.l.t(match slug {
            "urgent_actions" => "kind-urgent-actions",
            _ => "kind-individual-communications",
        })
    }

    pub(crate) fn opt<T: std::fmt::Display>(&self, value: &Option<T>) -> String {
        value.as_ref().map(ToString::to_string).unwrap_or_default()
    }

    pub(crate) fn role_label(&self, role: &Role) -> std::borrow::Cow<'a, str> {
        self.l.t(role_key(*role))
    }

    pub(crate) fn group_label(&self, group: &Option<String>) -> String {
        match group.as_deref() {
            Some(slug) => self.l.t(group_key(slug)).into_owned(),
            None => String::new(),
        }
    }

    pub(crate) fn action_label(&self, action: &Option<String>) -> String {
        match action.as_deref() {
            Some(action) => self.l.t(action_key(action)).into_owned(),
            None => String::new(),
        }
    }

    pub(crate) fn status_label(&self, standing: &Standing) -> std::borrow::Cow<'a, str> {
        self.l.t(status_key(*standing))
    }
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Public => "role-public",
        Role::Member => "role-member",
        Role::Secretariat => "role-secretariat",
        Role::Admin => "role-admin",
    }
}

fn group_key(slug: &str) -> &'static str {
    match slug {
        "african" => "group-african",
        "asia-pacific" => "group-asia-pacific",
        "eastern-european" => "group-eastern-european",
        "grulac" => "group-grulac",
        "weog" => "group-weog",
        _ => "group-all",
    }
}

fn action_key(action: &str) -> &'static str {
    match action {
        "ratification" => "action-ratification",
        "accession" => "action-accession",
        "succession" => "action-succession",
        "acceptance" => "action-acceptance",
        "formal_confirmation" => "action-formal-confirmation",
        "signature" => "action-signature",
        "succession_to_signature" => "action-succession-to-signature",
        _ => "action-other",
    }
}

fn status_key(standing: Standing) -> &'static str {
    match standing {
        Standing::Party => "status-party",
        Standing::PartyNotYetBound => "status-party-not-yet-bound",
        Standing::Signatory => "status-signatory",
        Standing::Denounced => "status-denounced",
        Standing::DenouncedDateUnknown => "status-denounced-date-unknown",
        Standing::NotParty => "status-not-party",
    }
}

/// Render a template into a response with the headers every page carries.
pub(crate) fn html(
    template: &impl Template,
    lang: PageLang,
    status: StatusCode,
    set_cookie: Option<HeaderValue>,
    private: bool,
) -> Response {
    let body = match template.render() {
        Ok(body) => body,
        Err(error) => {
            tracing::error!("template failed to render: {error}");
            return (StatusCode::INTERNAL_SERVER_ERROR, "page failed to render").into_response();
        }
    };
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        "content-security-policy",
        HeaderValue::from_static(
            "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    headers.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    if !lang.prefixed {
        headers.insert(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    } else {
        headers.insert(VARY, HeaderValue::from_static("Cookie"));
    }
    if private {
        headers.insert(
            axum::http::header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    if let Some(cookie) = set_cookie {
        headers.append(SET_COOKIE, cookie);
    }
    response
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    c: Chrome<'a>,
    message: String,
    detail: String,
    sign_in: bool,
}

/// An error as a page in the viewer's language.
pub(crate) fn error_page(
    state: &AppState,
    lang: PageLang,
    viewer: &Viewer,
    status: StatusCode,
    key: &'static str,
    detail: String,
) -> Response {
    let uri = Uri::from_static("/");
    let mut c = Chrome::new(state, lang, viewer, &uri, String::new());
    c.title = c.l.t("error-title").into_owned();
    let page = ErrorPage {
        message: c.l.t(key).into_owned(),
        detail,
        sign_in: status == StatusCode::FORBIDDEN && viewer.user.is_none(),
        c,
    };
    html(&page, lang, status, None, viewer.user.is_some())
}

/// The page for a viewer who may not open this one (403): "sign in" for the public, "not
/// for your account" for a signed-in viewer.
pub(crate) fn forbidden_page(state: &AppState, lang: PageLang, viewer: &Viewer) -> Response {
    let key = if viewer.user.is_some() {
        "error-forbidden"
    } else {
        "error-sign-in-needed"
    };
    error_page(
        state,
        lang,
        viewer,
        StatusCode::FORBIDDEN,
        key,
        String::new(),
    )
}

/// The page when the database cannot be reached (503).
pub(crate) fn unavailable_page(state: &AppState, lang: PageLang, viewer: &Viewer) -> Response {
    error_page(
        state,
        lang,
        viewer,
        StatusCode::SERVICE_UNAVAILABLE,
        "error-unavailable",
        String::new(),
    )
}

/// A page handler's failure: a status, a message key and the detail (English, from the model).
pub(crate) struct PageError {
    status: StatusCode,
    key: &'static str,
    detail: String,
}

impl PageError {
    pub(crate) fn bad_request(detail: String) -> Self {
        PageError {
            status: StatusCode::BAD_REQUEST,
            key: "error-bad-request",
            detail,
        }
    }

    pub(crate) fn from_api(error: crate::error::ApiError) -> Self {
        PageError {
            status: error.status,
            key: if error.status == StatusCode::NOT_FOUND {
                "error-not-found"
            } else {
                "error-bad-request"
            },
            detail: error.message,
        }
    }
}

pub(crate) type PageResult = Result<Response, PageError>;

/// Run a page handler and render its error as a page.
pub(crate) fn finish(
    state: &AppState,
    lang: PageLang,
    viewer: &Viewer,
    result: PageResult,
) -> Response {
    result.unwrap_or_else(|e| error_page(state, lang, viewer, e.status, e.key, e.detail))
}

fn page_on(state: &AppState, raw: Option<&str>) -> Result<(query::OnQuery, Date), PageError> {
    let q: query::OnQuery = query::parse(raw).map_err(PageError::bad_request)?;
    let on = query::date(q.on.as_deref(), state.today(), true).map_err(PageError::bad_request)?;
    Ok((q, on))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    c: Chrome<'a>,
    on: Date,
    core: Vec<model::InstrumentSummary>,
    protocols: Vec<model::InstrumentSummary>,
    fewest: Option<model::InstrumentSummary>,
    actions: Vec<model::ActionEntry>,
    under_way: Vec<crate::records::SessionSummary>,
    next: Vec<crate::records::SessionSummary>,
    notes: Vec<String>,
}

pub(crate) async fn home(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let (_, on) = page_on(&state, raw.as_deref())?;
        let scope = viewer.scope(&state);
        let registry = scope.registry();
        let all = model::instruments(registry, on);
        let (core, protocols): (Vec<_>, Vec<_>) = all.into_iter().partition(|i| i.kind == "core");
        let fewest = core.iter().min_by_key(|i| i.parties).cloned();
        let mut c = Chrome::new(&state, lang, &viewer, &uri, String::new());
        c.title = c.l.with("home-title", &[("date", on.to_string())]);
        c.on = Some(on);
        let others = crate::records::history_sessions(scope.history(), on);
        let (under_way, next) = crate::records::sessions_at_a_glance(scope.records(), &others, on);
        let page = HomePage {
            on,
            under_way,
            next,
            core,
            protocols,
            fewest,
            actions: model::newest_actions(registry, on, 10),
            notes: model::data_notes(registry, on),
            c,
        };
        Ok(html(
            &page,
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "instruments.html")]
struct InstrumentsPage<'a> {
    c: Chrome<'a>,
    on: Date,
    instruments: Vec<model::InstrumentSummary>,
}

async fn instruments_index(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let (_, on) = page_on(&state, raw.as_deref())?;
        let scope = viewer.scope(&state);
        let mut instruments = model::instruments(scope.registry(), on);
        // Catalogue order reads better in an index than a ranking.
        let order: Vec<&str> = scope
            .registry()
            .catalogue()
            .instruments()
            .iter()
            .map(|i| i.code.as_str())
            .collect();
        instruments.sort_by_key(|i| order.iter().position(|c| *c == i.code));
        let mut c = Chrome::new(&state, lang, &viewer, &uri, String::new());
        c.title = c.l.t("instruments-title").into_owned();
        c.on = Some(on);
        Ok(html(
            &InstrumentsPage { c, on, instruments },
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

/// The filter form's current values.
pub(crate) struct FilterForm {
    pub(crate) group: String,
    pub(crate) status: String,
    pub(crate) reporting: String,
}

#[derive(Template)]
#[template(path = "instrument.html")]
struct InstrumentPage<'a> {
    c: Chrome<'a>,
    on: Date,
    rules: model::InstrumentRules,
    list: model::PartyList,
    form: FilterForm,
    groups: Vec<&'static str>,
    query: String,
}

async fn instrument_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let q: query::PartiesQuery =
            query::parse(raw.as_deref()).map_err(PageError::bad_request)?;
        let on =
            query::date(q.on.as_deref(), state.today(), true).map_err(PageError::bad_request)?;
        let filter = parse_filter(&q, true).map_err(PageError::bad_request)?;
        let scope = viewer.scope(&state);
        let instrument = resolve_instrument(&scope, &code).map_err(PageError::from_api)?;
        let list = model::party_list(scope.registry(), instrument, on, filter);
        let rules = model::instrument_rules(scope.dataset(), instrument);
        let mut c = Chrome::new(
            &state,
            lang,
            &viewer,
            &uri,
            format!("{}: {}", rules.code, rules.name),
        );
        c.on = Some(on);
        let page = InstrumentPage {
            on,
            form: FilterForm {
                group: filter.group.map_or(String::new(), |g| g.slug().to_string()),
                status: q.status.clone().unwrap_or_default(),
                reporting: q.reporting.clone().unwrap_or_default(),
            },
            groups: GROUPS.to_vec(),
            query: raw.clone().map(|r| format!("?{r}")).unwrap_or_default(),
            rules,
            list,
            c,
        };
        Ok(html(
            &page,
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

const GROUPS: [&str; 5] = [
    "african",
    "asia-pacific",
    "eastern-european",
    "grulac",
    "weog",
];

#[derive(Template)]
#[template(path = "committees.html")]
struct CommitteesPage<'a> {
    c: Chrome<'a>,
    on: Date,
    committees: Vec<model::CommitteeSummary>,
}

async fn committees_index(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let (_, on) = page_on(&state, raw.as_deref())?;
        let scope = viewer.scope(&state);
        let mut c = Chrome::new(&state, lang, &viewer, &uri, String::new());
        c.title = c.l.t("committees-title").into_owned();
        c.on = Some(on);
        let committees = model::committees(scope.registry(), on);
        Ok(html(
            &CommitteesPage { c, on, committees },
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "committee.html")]
struct CommitteePage<'a> {
    c: Chrome<'a>,
    on: Date,
    committee: model::CommitteeSummary,
    list: Option<model::PartyList>,
    sessions: Vec<crate::records::SessionSummary>,
}

async fn committee_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let (_, on) = page_on(&state, raw.as_deref())?;
        let scope = viewer.scope(&state);
        let committee = resolve_committee(&code).map_err(PageError::from_api)?;
        let registry = scope.registry();
        let all = model::instruments(registry, on);
        let summary = model::committee(registry, committee, &all, on);
        let list = registry
            .catalogue()
            .core_instrument(committee)
            .map(|instrument| {
                model::party_list(registry, instrument, on, model::PartyFilter::default())
            });
        let mut c = Chrome::new(
            &state,
            lang,
            &viewer,
            &uri,
            format!("{}: {}", summary.code, summary.name),
        );
        c.on = Some(on);
        let sessions = crate::records::sessions(scope.records(), scope.history(), committee, on);
        Ok(html(
            &CommitteePage {
                c,
                on,
                committee: summary,
                list,
                sessions,
            },
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "states.html")]
struct StatesPage<'a> {
    c: Chrome<'a>,
    on: Date,
    groups: Vec<(String, Vec<model::StateSummary>)>,
}

async fn states_index(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let (_, on) = page_on(&state, raw.as_deref())?;
        let scope = viewer.scope(&state);
        let states = model::states(scope.registry(), on);
        let mut groups: Vec<(String, Vec<model::StateSummary>)> = GROUPS
            .iter()
            .map(|slug| {
                let members = states
                    .iter()
                    .filter(|s| s.state.regional_group.as_deref() == Some(*slug))
                    .cloned()
                    .collect();
                (slug.to_string(), members)
            })
            .collect();
        groups.push((
            String::new(),
            states
                .iter()
                .filter(|s| s.state.regional_group.is_none())
                .cloned()
                .collect(),
        ));
        let mut c = Chrome::new(&state, lang, &viewer, &uri, String::new());
        c.title = c.l.t("states-title").into_owned();
        c.on = Some(on);
        Ok(html(
            &StatesPage { c, on, groups },
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "state.html")]
struct StatePage<'a> {
    c: Chrome<'a>,
    on: Date,
    detail: model::StateDetail,
    documents: Vec<crate::records::DocumentRef>,
}

async fn state_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let (_, on) = page_on(&state, raw.as_deref())?;
        let scope = viewer.scope(&state);
        let participant = resolve_state(&scope, &code).map_err(PageError::from_api)?;
        let detail = model::state_detail(scope.registry(), scope.history(), participant, on);
        let code = participant.code.as_str();
        let documents = crate::records::search_documents(&scope.documents(), "", None, Some(code));
        let mut c = Chrome::new(&state, lang, &viewer, &uri, detail.state.name.clone());
        c.on = Some(on);
        Ok(html(
            &StatePage {
                c,
                on,
                detail,
                documents,
            },
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage<'a> {
    c: Chrome<'a>,
    email: String,
    error: Option<String>,
}

#[allow(clippy::too_many_arguments)] // one call site per outcome; a struct would only rename them
fn login_response(
    state: &AppState,
    lang: PageLang,
    viewer: &Viewer,
    uri: &Uri,
    headers: &HeaderMap,
    status: StatusCode,
    email: String,
    error: Option<&'static str>,
) -> Response {
    let csrf = CsrfToken::for_request(state, headers);
    let mut c = Chrome::new(state, lang, viewer, uri, String::new());
    c.title = c.l.t("login-title").into_owned();
    c.csrf = Some(csrf.token.clone());
    let error = error.map(|key| c.l.t(key).into_owned());
    html(
        &LoginPage { c, email, error },
        lang,
        status,
        csrf.set_cookie,
        true,
    )
}

async fn login_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    login_response(
        &state,
        lang,
        &viewer,
        &uri,
        &headers,
        StatusCode::OK,
        String::new(),
        None,
    )
}

#[derive(Deserialize, Default)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

/// The client's address for the rate limit: the socket peer, or the first
/// `X-Forwarded-For` entry when the server is told to trust its proxy.
pub(crate) struct ClientAddr(pub(crate) String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.options().trust_forwarded_for
            && let Some(first) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
        {
            return Ok(ClientAddr(first.trim().to_string()));
        }
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "unknown".to_string(), |info| info.0.ip().to_string());
        Ok(ClientAddr(peer))
    }
}

async fn post_login(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    body: String,
) -> Response {
    let form: LoginForm = serde_urlencoded::from_str(&body).unwrap_or_default();
    if !csrf::verify(&headers, &form.csrf) {
        return error_page(
            &state,
            lang,
            &viewer,
            StatusCode::FORBIDDEN,
            "error-csrf",
            String::new(),
        );
    }
    let email = form.email.trim().to_lowercase();
    let key = format!("{email}|{addr}");
    let since = Timestamp::now()
        .checked_sub(SignedDuration::from_mins(FAILURE_WINDOW_MINUTES))
        .unwrap_or(Timestamp::MIN);
    let accounts = state.accounts();
    let unavailable = || {
        error_page(
            &state,
            lang,
            &viewer,
            StatusCode::SERVICE_UNAVAILABLE,
            "error-unavailable",
            String::new(),
        )
    };
    // Fail closed: a failure count that cannot be read refuses the attempt.
    let Ok(failures) = accounts.failed_logins_since(&key, since).await else {
        return unavailable();
    };
    if failures >= MAX_FAILURES {
        let detail = serde_json::json!({ "from": addr });
        accounts
            .audit(
                Actor::anonymous(),
                "login.rate_limited",
                &email,
                Some(detail),
            )
            .await;
        let mut response = login_response(
            &state,
            lang,
            &viewer,
            &uri,
            &headers,
            StatusCode::TOO_MANY_REQUESTS,
            email,
            Some("login-rate-limited"),
        );
        response.headers_mut().insert(
            "retry-after",
            HeaderValue::from(FAILURE_WINDOW_MINUTES * 60),
        );
        return response;
    }
    let Ok(user) = accounts.verify_login(&email, &form.password).await else {
        return unavailable();
    };
    let Some(user) = user else {
        accounts.record_failed_login(&key).await;
        let detail = serde_json::json!({ "from": addr });
        accounts
            .audit(Actor::anonymous(), "login.failed", &email, Some(detail))
            .await;
        return login_response(
            &state,
            lang,
            &viewer,
            &uri,
            &headers,
            StatusCode::UNAUTHORIZED,
            email,
            Some("login-failed"),
        );
    };
    let Ok(token) = accounts
        .create_session(&user, SignedDuration::from_hours(SESSION_HOURS))
        .await
    else {
        return unavailable();
    };
    // The store audits the session it opens (`session.create`).
    let secure = csrf::secure(&state, &headers);
    let prefix = lang.localizer(state.i18n()).prefix;
    let mut response = StatusCode::SEE_OTHER.into_response();
    let h = response.headers_mut();
    h.insert(
        LOCATION,
        HeaderValue::from_str(&format!("{prefix}/account"))
            .unwrap_or(HeaderValue::from_static("/account")),
    );
    h.append(
        SET_COOKIE,
        csrf::set_cookie(SESSION_COOKIE, token.as_str(), SESSION_HOURS * 3600, secure),
    );
    response
}

async fn post_logout(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    headers: HeaderMap,
    body: String,
) -> Response {
    let form: LoginForm = serde_urlencoded::from_str(&body).unwrap_or_default();
    if !csrf::verify(&headers, &form.csrf) {
        return error_page(
            &state,
            lang,
            &viewer,
            StatusCode::FORBIDDEN,
            "error-csrf",
            String::new(),
        );
    }
    if let Some(token) = &viewer.session {
        // The store audits the session it ends (`session.delete`).
        state.accounts().delete_session(token).await;
    }
    let prefix = lang.localizer(state.i18n()).prefix;
    let mut response = StatusCode::SEE_OTHER.into_response();
    let h = response.headers_mut();
    h.insert(
        LOCATION,
        HeaderValue::from_str(&format!("{prefix}/")).unwrap_or(HeaderValue::from_static("/")),
    );
    h.append(
        SET_COOKIE,
        csrf::set_cookie(SESSION_COOKIE, "", 0, csrf::secure(&state, &headers)),
    );
    response
}

/// Pages for signed-in people: the CSRF token for the sign-out form rides along.
pub(crate) fn signed_in_chrome<'a>(
    state: &'a AppState,
    lang: PageLang,
    viewer: &Viewer,
    uri: &Uri,
    headers: &HeaderMap,
    title_key: &'a str,
) -> (Chrome<'a>, Option<HeaderValue>) {
    let csrf = CsrfToken::for_request(state, headers);
    let mut c = Chrome::new(state, lang, viewer, uri, String::new());
    c.title = c.l.t(title_key).into_owned();
    c.csrf = Some(csrf.token);
    (c, csrf.set_cookie)
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    c: Chrome<'a>,
    user: User,
}

async fn account_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Some(user) = viewer.user.clone() else {
        return error_page(
            &state,
            lang,
            &viewer,
            StatusCode::FORBIDDEN,
            "error-sign-in-needed",
            String::new(),
        );
    };
    let (c, cookie) = signed_in_chrome(&state, lang, &viewer, &uri, &headers, "account-title");
    html(&AccountPage { c, user }, lang, StatusCode::OK, cookie, true)
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage<'a> {
    c: Chrome<'a>,
    entries: Vec<AuditRecord>,
}

async fn audit_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Some(entries) = viewer.scope(&state).audit_log(500).await else {
        return forbidden_page(&state, lang, &viewer);
    };
    let Ok(entries) = entries else {
        return unavailable_page(&state, lang, &viewer);
    };
    let (c, cookie) = signed_in_chrome(&state, lang, &viewer, &uri, &headers, "audit-title");
    html(
        &AuditPage { c, entries },
        lang,
        StatusCode::OK,
        cookie,
        true,
    )
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage<'a> {
    c: Chrome<'a>,
    users: Vec<User>,
}

async fn users_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Some(users) = viewer.scope(&state).users().await else {
        return forbidden_page(&state, lang, &viewer);
    };
    let Ok(users) = users else {
        return unavailable_page(&state, lang, &viewer);
    };
    let (c, cookie) = signed_in_chrome(&state, lang, &viewer, &uri, &headers, "users-title");
    html(&UsersPage { c, users }, lang, StatusCode::OK, cookie, true)
}

#[derive(Template)]
#[template(path = "session.html")]
struct SessionPage<'a> {
    c: Chrome<'a>,
    detail: crate::records::SessionDetail,
}

async fn session_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    Path((code, number)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let (_, on) = page_on(&state, raw.as_deref())?;
        let scope = viewer.scope(&state);
        let committee = resolve_committee(&code).map_err(PageError::from_api)?;
        let detail = crate::api::session_detail(&scope, committee, &number, on)
            .map_err(PageError::from_api)?;
        let mut c = Chrome::new(&state, lang, &viewer, &uri, String::new());
        c.title = c.l.with(
            "session-title",
            &[
                ("committee", committee.to_string()),
                ("number", detail.session.number.to_string()),
            ],
        );
        c.on = Some(on);
        Ok(html(
            &SessionPage { c, detail },
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}

#[derive(Template)]
#[template(path = "documents.html")]
struct DocumentsPage<'a> {
    c: Chrome<'a>,
    q: String,
    committee: String,
    state: String,
    documents: Vec<crate::records::DocumentRef>,
    query: String,
}

async fn documents_page(
    State(state): State<AppState>,
    lang: PageLang,
    viewer: Viewer,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = (|| {
        let q: query::DocumentsQuery =
            query::parse(raw.as_deref()).map_err(PageError::bad_request)?;
        let scope = viewer.scope(&state);
        let documents = crate::api::search(&scope, &q).map_err(PageError::from_api)?;
        let mut c = Chrome::new(&state, lang, &viewer, &uri, String::new());
        c.title = c.l.t("documents-title").into_owned();
        let page = DocumentsPage {
            c,
            q: q.q.clone().unwrap_or_default(),
            committee: q.committee.clone().unwrap_or_default(),
            state: q.state.clone().unwrap_or_default(),
            documents,
            query: raw.clone().map(|r| format!("?{r}")).unwrap_or_default(),
        };
        Ok(html(
            &page,
            lang,
            StatusCode::OK,
            None,
            viewer.user.is_some(),
        ))
    })();
    finish(&state, lang, &viewer, result)
}
