//! The portal's pages: the facts of CMW/C/SR.608 as a person reads them, in the language
//! asked for, with errors as pages.

use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::support::{app, get, send};

#[tokio::test]
async fn home_shows_sixty_cmw_parties_on_21_february_2025() {
    let state = app().await;
    let page = get(&state, "/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.body.contains("The treaty body system on 2025-02-21"));
    // The ICRMW row: 60 parties, 59 bound (Zimbabwe from 2025-03-01).
    let row = page
        .body
        .split("<tr>")
        .find(|row| row.contains(">ICRMW</a>"))
        .expect("an ICRMW row");
    assert!(
        row.contains("<td class=\"num\">60</td>") && row.contains("<td class=\"num\">59</td>"),
        "{row}"
    );
    assert!(
        page.body
            .contains("ICRMW (monitored by CMW) has the fewest parties: 60")
    );
}

#[tokio::test]
async fn state_page_shows_zimbabwe_bound_by_the_cmw_from_1_march_2025() {
    let state = app().await;
    let page = get(&state, "/states/ZWE?on=2025-03-01").await;
    assert_eq!(page.status, StatusCode::OK);
    let row = page
        .body
        .split("<tr>")
        .find(|row| row.contains(">ICRMW</a>"))
        .expect("an ICRMW row");
    assert!(
        row.contains("2024-11-05") && row.contains("2025-03-01") && row.contains("2026-03-01"),
        "{row}"
    );
    assert!(
        row.contains("<td>Party</td>") || row.contains("<td>Party "),
        "{row}"
    );
    // The review history: CERD's 107th session (concluding observations adopted, 2022) and
    // the UPR Working Group's 40th session, third cycle (24 January – 3 February 2022).
    assert!(
        page.body
            .contains("Cycle 3, Working Group session 40: 2022-01-24 – 2022-02-03")
    );
    let cerd = page
        .body
        .split("<tr>")
        .find(|row| row.contains(">CERD</a></th>"))
        .expect("a CERD review row");
    assert!(
        cerd.contains("2022-08-08") && cerd.contains("Concluding observations adopted"),
        "{cerd}"
    );
}

#[tokio::test]
async fn committee_page_lists_the_parties_with_their_dates() {
    let state = app().await;
    let page = get(&state, "/committees/CMW?on=2025-02-21").await;
    assert!(
        page.body
            .contains("Parties to ICRMW on 2025-02-21: 60, of which 59 bound"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("pacta holds no record of reports received")
    );
}

#[tokio::test]
async fn instrument_page_filters_by_regional_group() {
    let state = app().await;
    let page = get(&state, "/instruments/ICRMW?on=2025-02-21&group=weog").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<option value=\"weog\" selected>"));
    assert!(!page.body.contains(">Zimbabwe</a>"));
}

#[tokio::test]
async fn picks_the_language_from_the_prefix_then_accept_language() {
    let state = app().await;
    for (uri, accept, lang, dir, text) in [
        ("/fr/states/ZWE", None, "fr", "ltr", "Aller au contenu"),
        ("/ar/states/ZWE", None, "ar", "rtl", "الانتقال إلى المحتوى"),
        ("/es/", None, "es", "ltr", "Ir al contenido"),
        (
            "/states/ZWE",
            Some("es-MX,es;q=0.9,en;q=0.5"),
            "es",
            "ltr",
            "Ir al contenido",
        ),
        (
            "/states/ZWE",
            Some("de-DE, ar;q=0.8"),
            "ar",
            "rtl",
            "الانتقال إلى المحتوى",
        ),
        ("/states/ZWE", Some("de-DE"), "en", "ltr", "Skip to content"),
        ("/en/states/ZWE", Some("fr"), "en", "ltr", "Skip to content"),
    ] {
        let mut request = Request::get(uri);
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        let page = send(&state, request.body(Body::empty()).unwrap()).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(
            page.body
                .contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{uri} {accept:?}"
        );
        assert!(page.body.contains(text), "{uri} {accept:?}");
        if uri.starts_with("/states") {
            assert!(page.header("vary").contains("Accept-Language"), "{uri}");
        }
    }
}

#[tokio::test]
async fn keeps_the_language_prefix_in_links() {
    let state = app().await;
    let page = get(&state, "/fr/states/ZWE?on=2025-03-01").await;
    assert!(
        page.body
            .contains("href=\"/fr/instruments/ICRMW?on=2025-03-01\"")
    );
    assert!(page.body.contains("aria-current=\"page\">Français"));
}

#[tokio::test]
async fn marks_partial_translations() {
    let state = app().await;
    let page = get(&state, "/zh/").await;
    assert!(page.body.contains("本译文不完整"));
    // An untranslated message falls back to English.
    assert!(page.body.contains("Core treaties, most parties first"));
    assert!(!get(&state, "/fr/").await.body.contains("class=\"notice\""));
}

#[tokio::test]
async fn answers_unknown_pages_and_bad_dates_with_error_pages() {
    let state = app().await;
    for (uri, status, text) in [
        ("/states/XYZ", StatusCode::NOT_FOUND, "unknown State"),
        (
            "/fr/nowhere",
            StatusCode::NOT_FOUND,
            "Cette page n’existe pas.",
        ),
        (
            "/states/ZWE?on=yesterday",
            StatusCode::BAD_REQUEST,
            "invalid date",
        ),
        (
            "/instruments/ICRMW?status=asleep",
            StatusCode::BAD_REQUEST,
            "unknown status",
        ),
    ] {
        let page = get(&state, uri).await;
        assert_eq!(page.status, status, "{uri}");
        assert!(
            page.header("content-type").starts_with("text/html"),
            "{uri}"
        );
        assert!(page.body.contains(text), "{uri}: {}", page.body);
    }
}

#[tokio::test]
async fn serves_cached_public_pages_identically() {
    let state = app().await;
    let first = get(&state, "/ar/states/ZWE").await;
    let second = get(&state, "/ar/states/ZWE").await;
    assert_eq!(first.body, second.body);
    assert_eq!(first.header("content-type"), second.header("content-type"));
    // The negotiated page and the prefixed page differ in their links.
    let negotiated = send(
        &state,
        Request::get("/states/ZWE")
            .header("accept-language", "ar")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_ne!(negotiated.body, first.body);
}

// CMW/C/SR.608: the 40th session's reviews (Mexico, the Niger, Jamaica) and its meetings.
#[tokio::test]
async fn session_page_shows_the_fortieth_session_of_the_cmw() {
    let state = app().await;
    let page = get(&state, "/committees/CMW/sessions/40").await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "CMW, session 40",
        ">MEX</a>",
        ">NER</a>",
        ">JAM</a>",
        "CMW/C/SR.608",
        "Europe/Zurich",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    assert_eq!(
        get(&state, "/committees/CMW/sessions/999").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn documents_page_finds_summary_records_by_symbol() {
    let state = app().await;
    let page = get(&state, "/documents?q=sr.608").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("CMW/C/SR.608"));
    assert!(page.body.contains("One document found."), "{}", page.body);
}
