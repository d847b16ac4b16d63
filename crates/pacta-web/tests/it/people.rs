//! The people registers through the portal and the API: members on a date, elections at
//! meetings of States parties, general comments and optional procedures, each checked
//! against the real figures the sources give.

use axum::http::StatusCode;

use crate::support::{app, get};

// CMW art. 77(8): the individual communications procedure operates once ten States have
// declared; UNTC status as at 2026-02-03 lists four declarations (Ecuador, Mexico,
// El Salvador, Uruguay).
#[tokio::test]
async fn reports_cmw_article_77_not_operative_with_four_declaring_states_on_3_february_2026() {
    let state = app().await;
    let answer = get(&state, "/api/v1/committees/CMW/procedures?on=2026-02-03").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let json = answer.json();
    let art77 = json["procedures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["instrument"] == "ICRMW" && p["article"] == "77")
        .unwrap_or_else(|| panic!("an ICRMW art. 77 row: {json}"));
    assert_eq!(art77["operative"], "no");
    assert_eq!(art77["accepted_by"], "declaration");
    assert_eq!(art77["threshold"], 10);
    assert_eq!(art77["declarations_count"], 4);
    let mut states: Vec<&str> = art77["declarations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["state"].as_str().unwrap())
        .collect();
    states.sort_unstable();
    assert_eq!(states, ["ECU", "MEX", "SLV", "URY"]);
    // The page says the same, in words.
    let page = get(&state, "/committees/CMW/procedures?on=2026-02-03").await;
    assert_eq!(page.status, StatusCode::OK);
    let row = page
        .body
        .split("<tr>")
        .find(|row| row.contains("ICRMW art. 77"))
        .expect("an art. 77 row");
    assert!(
        row.contains("4 of the 10 needed") && row.contains("Not operative"),
        "{row}"
    );
    for code in ["ECU", "MEX", "SLV", "URY"] {
        assert!(row.contains(code), "{code} in {row}");
    }
}

// CMW art. 72(4) and 72(3)(a), 72(5): the 11th meeting, 27 June 2023 — 58 States parties,
// quorum 39 (two thirds), seven seats (half the fourteen), term 2024–2027.
#[tokio::test]
async fn elections_page_shows_quorum_39_and_7_seats_for_the_11th_meeting() {
    let state = app().await;
    let page = get(&state, "/committees/CMW/elections").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let row = page
        .body
        .split("<tr>")
        .find(|row| row.contains("<th scope=\"row\">11</th>"))
        .expect("a row for the 11th meeting");
    assert!(row.contains("2023-06-27"), "{row}");
    assert!(row.contains("<td class=\"num\">58"), "{row}");
    assert!(row.contains("<td class=\"num\">39</td>"), "{row}");
    assert!(row.contains("<td class=\"num\">7 "), "{row}");
    // The deadlines of art. 72(3)(b) and the term that follows.
    for text in [
        "2023-02-27",
        "2023-04-27",
        "2023-05-27",
        "2024-01-01 – 2027-12-31",
    ] {
        assert!(row.contains(text), "{text} in {row}");
    }
    // The rule's article is cited.
    assert!(page.body.contains("72"), "the page cites art. 72");
    let json = get(&state, "/api/v1/committees/CMW/elections").await.json();
    let eleventh = json["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["meeting"] == 11)
        .expect("meeting 11");
    assert_eq!(eleventh["parties"], 58);
    assert_eq!(eleventh["quorum"], 39);
    assert_eq!(eleventh["seats"], 7);
    assert_eq!(eleventh["term_start"], "2024-01-01");
}

#[tokio::test]
async fn general_comment_search_finds_the_joint_cmw_crc_symbol() {
    let state = app().await;
    let json = get(
        &state,
        "/api/v1/committees/CMW/general-comments?q=CMW/C/GC/3-CRC/C/GC/22",
    )
    .await
    .json();
    let symbols: Vec<&str> = json["general_comments"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["symbol"].as_str())
        .collect();
    assert_eq!(symbols.first(), Some(&"CMW/C/GC/3-CRC/C/GC/22"), "{json}");
    let joint = &json["general_comments"][0];
    assert_eq!(joint["joint"], true);
    assert_eq!(joint["parts"][1]["committee"], "CRC");
    assert_eq!(joint["parts"][1]["number"], 22);
    assert_eq!(joint["status"], "adopted");
    // Joint texts count for both committees.
    let crc = get(&state, "/api/v1/committees/CRC/general-comments")
        .await
        .json();
    assert!(
        crc["general_comments"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["symbol"] == "CMW/C/GC/3-CRC/C/GC/22")
    );
    let page = get(&state, "/committees/CMW/general-comments?q=children").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("CMW/C/GC/3-CRC/C/GC/22"),
        "{}",
        page.body
    );
    let csv = get(&state, "/api/v1/committees/CMW/general-comments.csv").await;
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.contains("CMW/C/GC/3-CRC/C/GC/22"));
}

// UN press release HR/5140: the committee elected at the 6th meeting; in 2014 all fourteen
// members are known (docs/people.md).
#[tokio::test]
async fn lists_the_cmw_members_on_a_date_and_says_the_data_is_partial_later() {
    let state = app().await;
    let full = get(&state, "/api/v1/committees/CMW/members?on=2014-06-01")
        .await
        .json();
    assert_eq!(full["membership"], 14);
    assert_eq!(full["in_data"], 14);
    assert_eq!(full["complete"], true);
    let later = get(&state, "/api/v1/committees/CMW/members?on=2026-02-03")
        .await
        .json();
    assert_eq!(later["complete"], false);
    assert!(
        later["notes"][0].as_str().unwrap().starts_with("partial:"),
        "{later}"
    );
    let csv = get(&state, "/api/v1/committees/CMW/members.csv?on=2014-06-01").await;
    assert_eq!(csv.body.lines().count(), 15, "a header and 14 members");
    // Country rapporteurs of past reviews are public (CMW/C/SR.593).
    assert!(
        full["rapporteurs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["member"] == "Corzo Sosa" && r["part"] == "withdrew")
    );
    let page = get(&state, "/committees/CMW/members?on=2026-02-03").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("the data does not name every member"));
    assert!(page.body.contains("Can Ünver") || page.body.contains("Ünver"));
}

#[tokio::test]
async fn committees_without_data_say_so_and_invent_no_row() {
    let state = app().await;
    let members = get(&state, "/api/v1/committees/CESCR/members").await.json();
    assert_eq!(members["members"].as_array().unwrap().len(), 0);
    assert!(
        members["notes"][0]
            .as_str()
            .unwrap()
            .contains("no membership of CESCR")
    );
    let elections = get(&state, "/api/v1/committees/CESCR/elections")
        .await
        .json();
    assert_eq!(elections["meetings"].as_array().unwrap().len(), 0);
    let page = get(&state, "/fr/committees/CESCR/members").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Les données ne nomment aucun membre"));
    let page = get(&state, "/committees/CESCR/elections").await;
    assert!(page.body.contains("No meeting of this committee"));
}

#[tokio::test]
async fn answers_unknown_committees_and_bad_dates_in_the_error_envelope() {
    let state = app().await;
    for (uri, status) in [
        ("/api/v1/committees/ABC/members", 404),
        ("/api/v1/committees/ABC/elections", 404),
        ("/api/v1/committees/ABC/general-comments", 404),
        ("/api/v1/committees/ABC/procedures", 404),
        ("/api/v1/committees/CMW/members?on=2025-02-30", 400),
        ("/api/v1/committees/CMW/procedures?on=tomorrow", 400),
        (
            "/api/v1/committees/CMW/general-comments.csv?colour=blue",
            400,
        ),
    ] {
        let answer = get(&state, uri).await;
        assert_eq!(answer.status.as_u16(), status, "{uri}: {}", answer.body);
        assert_eq!(answer.json()["error"]["status"], status, "{uri}");
    }
    assert_eq!(
        get(&state, "/committees/ABC/members").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&state, "/committees/CMW/elections?on=nope")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn committee_page_links_the_people_pages() {
    let state = app().await;
    let page = get(&state, "/ar/committees/CMW").await;
    for path in ["members", "elections", "general-comments", "procedures"] {
        assert!(
            page.body
                .contains(&format!("href=\"/ar/committees/CMW/{path}")),
            "{path}"
        );
    }
}
