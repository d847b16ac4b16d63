//! The API: the facts of CMW/C/SR.608 through `/api/v1/`, snapshots of its answers, CSV
//! exports, the error envelope and the OpenAPI document.

use axum::http::StatusCode;

use crate::support::{app, get};

// CMW/C/SR.608, para. 2: "As at 21 February 2025, there were 60 States Parties to the
// Convention"; Zimbabwe acceded on 5 November 2024, in force 1 March 2025 (CMW art. 87(2)).
#[tokio::test]
async fn counts_sixty_cmw_parties_on_21_february_2025_with_zimbabwe_not_yet_bound() {
    let state = app().await;
    let answer = get(&state, "/api/v1/instruments/CMW/parties?on=2025-02-21").await;
    assert_eq!(answer.status, StatusCode::OK);
    let json = answer.json();
    assert_eq!(json["instrument"], "ICRMW");
    assert_eq!(json["count"], 60);
    assert_eq!(json["in_force"], 59);
    let zimbabwe = json["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["state"]["code"] == "ZWE")
        .expect("Zimbabwe is a party");
    insta::assert_json_snapshot!("zimbabwe_in_cmw_parties_2025_02_21", zimbabwe);
}

#[tokio::test]
async fn snapshots_the_state_page_of_zimbabwe_on_1_march_2025() {
    let state = app().await;
    let answer = get(&state, "/api/v1/states/ZWE?on=2025-03-01").await;
    assert_eq!(answer.status, StatusCode::OK);
    let json = answer.json();
    let icrmw = json["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["instrument"] == "ICRMW")
        .unwrap();
    assert_eq!(icrmw["status"], "party");
    assert_eq!(icrmw["in_force_from"], "2025-03-01");
    // CMW art. 73(1)(a): the initial report within one year of entry into force.
    assert_eq!(icrmw["initial_report_due"], "2026-03-01");
    insta::assert_json_snapshot!("state_zwe_2025_03_01", json);
}

#[tokio::test]
async fn snapshots_the_cmw_committee_and_the_ranking_of_instruments() {
    let state = app().await;
    let committee = get(&state, "/api/v1/committees/CMW?on=2025-02-21")
        .await
        .json();
    insta::assert_json_snapshot!("committee_cmw_2025_02_21", committee);
    let instruments = get(&state, "/api/v1/instruments?on=2025-02-21")
        .await
        .json();
    let core: Vec<(String, u64)> = instruments
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "core")
        .map(|i| {
            (
                i["code"].as_str().unwrap().to_string(),
                i["parties"].as_u64().unwrap(),
            )
        })
        .collect();
    // SR.608, para. 2: the Convention "remained the one with the fewest ratifications";
    // the CRC "had 196 Parties".
    assert_eq!(core.last().unwrap(), &("ICRMW".to_string(), 60));
    assert!(core.contains(&("CRC".to_string(), 196)), "{core:?}");
    insta::assert_json_snapshot!("instrument_ranking_2025_02_21", core);
}

#[tokio::test]
async fn answers_errors_in_one_envelope() {
    let state = app().await;
    for (uri, status, code) in [
        ("/api/v1/states/XYZ", 404, "not_found"),
        ("/api/v1/instruments/NOPE/parties", 404, "not_found"),
        ("/api/v1/committees/ABC", 404, "not_found"),
        ("/api/v1/states/ZWE?on=2025-02-30", 400, "bad_request"),
        ("/api/v1/states?colour=blue", 400, "bad_request"),
        (
            "/api/v1/instruments/CMW/parties?group=martian",
            400,
            "bad_request",
        ),
        ("/api/v1/actions?limit=0", 400, "bad_request"),
        ("/api/v1/no/such/path", 404, "not_found"),
    ] {
        let answer = get(&state, uri).await;
        assert_eq!(answer.status.as_u16(), status, "{uri}: {}", answer.body);
        let json = answer.json();
        assert_eq!(json["error"]["status"], status, "{uri}");
        assert_eq!(json["error"]["code"], code, "{uri}");
        assert!(!json["error"]["message"].as_str().unwrap().is_empty());
    }
    insta::assert_json_snapshot!(
        "error_unknown_state",
        get(&state, "/api/v1/states/XYZ").await.json()
    );
}

#[tokio::test]
async fn exports_every_list_as_csv_by_path_and_by_parameter() {
    let state = app().await;
    for (path, param) in [
        ("/api/v1/instruments.csv", "/api/v1/instruments?format=csv"),
        (
            "/api/v1/instruments/CMW/parties.csv?on=2025-02-21",
            "/api/v1/instruments/CMW/parties?on=2025-02-21&format=csv",
        ),
        ("/api/v1/states.csv", "/api/v1/states?format=csv"),
        (
            "/api/v1/states/ZWE/instruments.csv",
            "/api/v1/states/ZWE?format=csv",
        ),
        (
            "/api/v1/obligations.csv?committee=CMW",
            "/api/v1/obligations?committee=CMW&format=csv",
        ),
        ("/api/v1/actions.csv", "/api/v1/actions?format=csv"),
        (
            "/api/v1/committees?format=csv",
            "/api/v1/committees?format=csv",
        ),
    ] {
        let by_path = get(&state, path).await;
        let by_param = get(&state, param).await;
        assert_eq!(by_path.status, StatusCode::OK, "{path}");
        assert!(
            by_path.header("content-type").starts_with("text/csv"),
            "{path}"
        );
        assert_eq!(by_path.body, by_param.body, "{path} and {param} differ");
        let mut reader = csv::Reader::from_reader(by_path.body.as_bytes());
        let rows = reader
            .records()
            .collect::<Result<Vec<_>, _>>()
            .expect("valid CSV");
        assert!(!rows.is_empty(), "{path} has rows");
    }
    let parties = get(&state, "/api/v1/instruments/CMW/parties.csv?on=2025-02-21")
        .await
        .body;
    assert_eq!(parties.lines().count(), 61, "a header and 60 parties");
    assert!(parties.contains("ZWE,Zimbabwe,african,accession,2024-11-05,2025-03-01,false,CMW87"));
}

#[tokio::test]
async fn filters_parties_by_regional_group_and_binding() {
    let state = app().await;
    let african = get(
        &state,
        "/api/v1/instruments/ICRMW/parties?on=2025-02-21&group=african",
    )
    .await
    .json();
    let n = african["count"].as_u64().unwrap();
    assert!(n > 0 && n < 60);
    assert!(
        african["parties"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["state"]["regional_group"] == "african")
    );
    let pending = get(
        &state,
        "/api/v1/instruments/ICRMW/parties?on=2025-02-21&status=not_yet_bound",
    )
    .await
    .json();
    let codes: Vec<&str> = pending["parties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["state"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["ZWE"]);
}

#[tokio::test]
async fn lists_obligations_with_their_article_and_says_receipt_data_is_missing() {
    let state = app().await;
    let json = get(
        &state,
        "/api/v1/obligations?committee=CMW&state=ZWE&on=2026-03-02",
    )
    .await
    .json();
    assert_eq!(json["count"], 1);
    let zwe = &json["obligations"][0];
    assert_eq!(zwe["initial_report_due"], "2026-03-01");
    assert_eq!(zwe["overdue"], true);
    assert!(zwe["source"].as_str().unwrap().contains("73"), "{zwe}");
    assert!(json["notes"].as_array().unwrap().iter().any(|n| {
        n.as_str()
            .unwrap()
            .contains("no record of reports received")
    }));
}

#[tokio::test]
async fn says_when_the_date_is_after_the_data() {
    let state = app().await;
    let json = get(&state, "/api/v1/instruments/CMW/parties?on=2027-01-01")
        .await
        .json();
    assert_eq!(json["data_as_at"], "2026-02-03");
    assert!(
        json["notes"][0]
            .as_str()
            .unwrap()
            .contains("status as at 2026-02-03")
    );
}

/// Every route the router serves under /api/v1 is in the OpenAPI document, and the
/// document is valid JSON describing OpenAPI 3.1.
#[tokio::test]
async fn describes_every_api_route_in_the_openapi_document() {
    let state = app().await;
    let doc = get(&state, "/api/v1/openapi.json").await.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for route in crate::roles::API_ROUTES {
        let templated = route.template;
        assert!(
            paths.contains(&templated),
            "{templated} is not in the OpenAPI document"
        );
    }
    for (template, _, _) in crate::cases::WRITE_ROUTES {
        assert!(
            paths.contains(template),
            "{template} is not in the OpenAPI document"
        );
    }
    let mut templates: Vec<&str> = crate::roles::API_ROUTES
        .iter()
        .map(|r| r.template)
        .chain(crate::cases::WRITE_ROUTES.iter().map(|(t, _, _)| *t))
        .collect();
    templates.sort();
    templates.dedup();
    assert_eq!(paths.len(), templates.len(), "{paths:?}");
}
