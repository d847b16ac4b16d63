//! The iCalendar feeds, read back with an independent parser (the `ical` crate).

use axum::http::StatusCode;

use crate::support::{app, get};

/// Parse a feed and return its events as (UID, DTSTART, SUMMARY).
fn events(text: &str) -> Vec<(String, String, String)> {
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("the feed parses as RFC 5545");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
    let version = calendar
        .properties
        .iter()
        .find(|p| p.name == "VERSION")
        .and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    assert!(calendar.properties.iter().any(|p| p.name == "PRODID"));
    calendar
        .events
        .iter()
        .map(|event| {
            let prop = |name: &str| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_else(|| panic!("event lacks {name}"))
            };
            assert!(
                event.properties.iter().any(|p| p.name == "DTSTAMP"),
                "DTSTAMP is required"
            );
            (prop("UID"), prop("DTSTART"), prop("SUMMARY"))
        })
        .collect()
}

// CMW art. 87(2) and 73(1)(a): Zimbabwe bound 2025-03-01, initial report due 2026-03-01.
#[tokio::test]
async fn zimbabwe_feed_has_the_cmw_entry_into_force_and_initial_report() {
    let state = app().await;
    let answer = get(&state, "/api/v1/states/ZWE/calendar.ics?on=2025-02-21").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.header("content-type").starts_with("text/calendar"));
    assert!(answer.body.contains("\r\n"), "RFC 5545 lines end in CRLF");
    let events = events(&answer.body);
    let find = |uid: &str| {
        events
            .iter()
            .find(|e| e.0 == uid)
            .unwrap_or_else(|| panic!("no {uid} in {events:?}"))
    };
    assert_eq!(find("eif-ZWE-ICRMW@pacta").1, "20250301");
    let initial = find("due-ZWE-ICRMW-1@pacta");
    assert_eq!(initial.1, "20260301");
    assert!(initial.2.contains("initial report to CMW"), "{initial:?}");
    let uids: std::collections::HashSet<_> = events.iter().map(|e| &e.0).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
}

#[tokio::test]
async fn committee_feed_parses_and_covers_its_parties() {
    let state = app().await;
    let answer = get(&state, "/api/v1/committees/CMW/calendar.ics?on=2025-02-21").await;
    let events = events(&answer.body);
    assert!(events.iter().any(|e| e.0 == "due-ZWE-ICRMW-1@pacta"));
    assert!(events.len() > 20, "{}", events.len());
    assert!(
        events
            .iter()
            .all(|e| e.1.as_str() >= "20240221" && e.1.as_str() <= "20330221")
    );
}
