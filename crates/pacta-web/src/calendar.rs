//! iCalendar feeds (RFC 5545) per State and per committee: legal report due dates and
//! entries into force, as all-day events a calendar program can subscribe to.
//!
//! Built with the `icalendar` crate; UIDs are stable (`due-ZWE-ICRMW-1@pacta`) so a
//! subscribed calendar updates events instead of duplicating them. Sessions and
//! committee feeds carry the sessions whose dates the data gives; dialogues join when their
//! dates exist; restricted records never do
//! (feeds are public: they are built from the public [`crate::viewer::Scope`] only).

use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderValue;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use icalendar::{Calendar, Component, Event, EventLike};
use jiff::ToSpan;
use jiff::civil::Date;
use pacta_core::Registry;
use pacta_core::registry::Participation;

use crate::api::{resolve_committee, resolve_state};
use crate::error::ApiError;
use crate::query;
use crate::state::AppState;
use crate::viewer::Viewer;

/// How far a feed looks ahead of its date, and (for committees) back.
const YEARS_AHEAD: i64 = 8;
const COMMITTEE_YEARS_BACK: i64 = 1;

fn chrono_date(date: Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

fn all_day(uid: String, summary: String, description: String, date: Date) -> Option<Event> {
    Some(
        Event::new()
            .uid(&uid)
            .summary(&summary)
            .description(&description)
            .all_day(chrono_date(date)?)
            .done(),
    )
}

/// The events of one participation: entry into force, then each report legally due
/// from the initial one up to `until`.
fn events(
    registry: &Registry,
    participation: &Participation,
    name: &str,
    from: Date,
    until: Date,
) -> Vec<Event> {
    let mut events = Vec::new();
    let code = participation.participant.as_str();
    let instrument = participation.instrument.as_str();
    let committee = registry
        .catalogue()
        .instrument(instrument)
        .map_or(String::new(), |i| i.committee.to_string());
    if let Some(eif) = &participation.entry_into_force
        && eif.date >= from
        && eif.date <= until
        && let Some(event) = all_day(
            format!("eif-{code}-{instrument}@pacta"),
            format!("{instrument} enters into force for {name}"),
            format!("{} ({})", eif.rule, eif.source),
            eif.date,
        )
    {
        events.push(event);
    }
    let Some(obligation) = registry.obligation(participation) else {
        return events;
    };
    let source = registry
        .catalogue()
        .instrument(instrument)
        .and_then(|i| i.reporting.as_ref())
        .map_or(String::new(), |r| r.source.clone());
    for number in 1..=100 {
        let Some(report) = obligation.due(number) else {
            break;
        };
        if report.due > until {
            break;
        }
        if report.due < from {
            continue;
        }
        let which = if number == 1 {
            "initial report".to_string()
        } else {
            format!("report no. {number}")
        };
        if let Some(event) = all_day(
            format!("due-{code}-{instrument}-{number}@pacta"),
            format!("{name}: {which} to {committee} legally due ({instrument})"),
            format!(
                "Legal due date under {source}. pacta holds no record of reports received: this is the treaty's date, not a record of submission."
            ),
            report.due,
        ) {
            events.push(event);
        }
    }
    events
}

fn ics(calendar: Calendar) -> Response {
    (
        [(
            CONTENT_TYPE,
            HeaderValue::from_static("text/calendar; charset=utf-8"),
        )],
        calendar.to_string(),
    )
        .into_response()
}

fn years(date: Date, n: i64) -> Date {
    date.checked_add(n.years()).unwrap_or(date)
}

/// A State's calendar: entry into force and legal report due dates under every
/// instrument it is party to on the date, up to eight years ahead.
#[utoipa::path(get, path = "/api/v1/states/{code}/calendar.ics", tag = "reporting",
    params(("code" = String, Path, description = "ISO 3166-1 alpha-3 code (ZWE) or EU"),
           ("on" = Option<String>, Query, format = Date, description = "The date the feed is computed for; today by default")),
    responses((status = 200, description = "An iCalendar feed (RFC 5545)", content_type = "text/calendar", body = String),
              (status = 400, description = "Bad parameter", body = crate::error::ErrorEnvelope),
              (status = 404, description = "Unknown State", body = crate::error::ErrorEnvelope)))]
pub(crate) async fn state_calendar(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let q: query::OnQuery = query::parse(raw.as_deref()).map_err(ApiError::bad_request)?;
    let on = query::date(q.on.as_deref(), state.today(), false).map_err(ApiError::bad_request)?;
    let participant = resolve_state(&scope, &code)?;
    let registry = scope.registry();
    let name = participant.display_name();
    let mut calendar = Calendar::new()
        .name(&format!("{name}: treaty body obligations (pacta)"))
        .done();
    let until = years(on, YEARS_AHEAD);
    for participation in registry.participations_of(participant) {
        if participation.consent.as_ref().is_none_or(|c| c.date > on) {
            continue;
        }
        let from = participation
            .entry_into_force
            .as_ref()
            .map_or(on, |e| e.date);
        for event in events(registry, participation, name, from, until) {
            calendar.push(event);
        }
    }
    Ok(ics(calendar))
}

/// A committee's calendar: its sessions, and the entries into force and legal report
/// due dates of every party of the instruments it monitors, from a year before the date
/// to eight after.
#[utoipa::path(get, path = "/api/v1/committees/{code}/calendar.ics", tag = "reporting",
    params(("code" = String, Path, description = "A committee acronym (CMW …)"),
           ("on" = Option<String>, Query, format = Date, description = "The date the feed is computed for; today by default")),
    responses((status = 200, description = "An iCalendar feed (RFC 5545)", content_type = "text/calendar", body = String),
              (status = 400, description = "Bad parameter", body = crate::error::ErrorEnvelope),
              (status = 404, description = "Unknown committee", body = crate::error::ErrorEnvelope)))]
pub(crate) async fn committee_calendar(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let scope = viewer.scope(&state);
    let q: query::OnQuery = query::parse(raw.as_deref()).map_err(ApiError::bad_request)?;
    let on = query::date(q.on.as_deref(), state.today(), false).map_err(ApiError::bad_request)?;
    let committee = resolve_committee(&code)?;
    let registry = scope.registry();
    let mut calendar = Calendar::new()
        .name(&format!(
            "{committee}: entries into force and reports legally due (pacta)"
        ))
        .done();
    let from = years(on, -COMMITTEE_YEARS_BACK);
    let until = years(on, YEARS_AHEAD);
    // Sessions with both dates: all-day events spanning the session (DTEND is exclusive).
    for session in scope.records().sessions {
        let (Some(start), Some(end)) = (session.start, session.end) else {
            continue;
        };
        if session.committee != committee || end < from || start > until {
            continue;
        }
        let (Some(first), Some(after)) = (
            chrono_date(start),
            end.tomorrow().ok().and_then(chrono_date),
        ) else {
            continue;
        };
        calendar.push(
            Event::new()
                .uid(&format!("session-{committee}-{}@pacta", session.number))
                .summary(&format!("{committee}, session {}", session.number))
                .description(&format!(
                    "Dates: {} ({})",
                    session.date_basis, session.source
                ))
                .starts(first)
                .ends(after)
                .done(),
        );
    }
    for instrument in registry.catalogue().instruments() {
        if instrument.committee != committee {
            continue;
        }
        for row in registry.parties_on(instrument, on).parties {
            for event in events(
                registry,
                row.participation,
                row.participant.display_name(),
                from,
                until,
            ) {
                calendar.push(event);
            }
        }
    }
    Ok(ics(calendar))
}
