//! `pacta members | election | rapporteurs | gc | procedures` on the
//! bundled data. Rosters and ballots in `fixtures/` are constructed examples, not real.

use assert_cmd::Command;
use serde_json::Value;

fn pacta(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("pacta")
        .expect("the pacta binary is built")
        .args(args)
        .assert()
}

fn json(args: &[&str]) -> Value {
    let output = pacta(args).success().get_output().stdout.clone();
    serde_json::from_slice(&output).expect("--format json prints JSON")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/it/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn procedures_cmw_reports_article_77_not_operative_and_lists_the_four_declaring_states() {
    // CMW art. 77(8): ten declarations needed; UNTC IV-13 as at 2026-02-03.
    let value = json(&[
        "procedures",
        "CMW",
        "--on",
        "2026-02-03",
        "--format",
        "json",
    ]);
    let art77 = value["procedures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["article"] == "77")
        .unwrap();
    assert_eq!(art77["operative"], "no");
    assert_eq!(art77["threshold"], 10);
    assert_eq!(art77["reply_months"], 6);
    let mut states: Vec<&str> = art77["declarations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["state"].as_str().unwrap())
        .collect();
    states.sort_unstable();
    assert_eq!(states, ["ECU", "MEX", "SLV", "URY"]);
    let table = pacta(&["procedures", "CMW", "--on", "2026-02-03"]).success();
    let text = String::from_utf8(table.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("ICRMW art. 77 (individual communications) is not operative: 4 declaration(s) of the 10 required (CMW art. 77(8)); declaring States: Ecuador (2018-01-12), Mexico (2008-09-15), El Salvador (2015-01-23), Uruguay (2012-04-13)"),
        "{text}"
    );
}

#[test]
fn election_on_27_june_2023_computes_quorum_seats_deadlines_and_the_term() {
    // CMW art. 72(3)(b), 72(4), 72(5)(a); DOMAIN.md §10.4 #63.
    let value = json(&[
        "election",
        "CMW",
        "--meeting-date",
        "2023-06-27",
        "--format",
        "json",
    ]);
    assert_eq!(value["meeting"], 11);
    assert_eq!(value["time_zone"], "America/New_York");
    let plan = &value["plan"];
    assert_eq!(plan["parties"], 58);
    assert_eq!(plan["quorum"], 39);
    assert_eq!(plan["seats"]["total"], 7);
    assert_eq!(plan["deadlines"]["invitation_by"]["date"], "2023-02-27");
    assert_eq!(plan["deadlines"]["nominations_by"]["date"], "2023-04-27");
    assert_eq!(plan["deadlines"]["list_by"]["date"], "2023-05-27");
    assert_eq!(
        plan["term"],
        serde_json::json!(["2024-01-01", "2027-12-31"])
    );
    assert_eq!(value["solemn_declaration_session"], 38);
    assert!(
        value["states_of_origin_and_employment"]
            .as_str()
            .unwrap()
            .starts_with("not in the data")
    );
}

#[test]
fn election_counts_constructed_ballots_round_by_round() {
    // CMW art. 72(4): 44 present and voting → 23 needed; B reaches it in round 2.
    let value = json(&[
        "election",
        "CMW",
        "--meeting-date",
        "2013-05-30",
        "--ballots",
        &fixture("ballots_constructed.csv"),
        "--format",
        "json",
    ]);
    let rounds = value["count"]["rounds"].as_array().unwrap();
    assert_eq!(rounds[0]["majority"], 23);
    assert_eq!(rounds[0]["elected"], serde_json::json!([0]));
    assert_eq!(rounds[1]["elected"], serde_json::json!([1]));
    assert_eq!(value["count"]["seats_left"], 5);
}

#[test]
fn rapporteurs_for_session_42_say_the_reviews_are_not_in_the_data() {
    let output = pacta(&["rapporteurs", "suggest", "CMW", "42", "--on", "2026-04-01"])
        .code(2)
        .get_output()
        .stderr
        .clone();
    let message = String::from_utf8(output).unwrap();
    assert!(
        message.contains("the reviews of CMW session 42 are not in the data")
            && message.contains("--states"),
        "{message}"
    );
}

#[test]
fn rapporteurs_never_propose_a_national_of_the_state_under_review() {
    // Rule 12(1) of CMW/C/2 (CMW/C/SR.593). Constructed roster.
    let value = json(&[
        "rapporteurs",
        "suggest",
        "CMW",
        "42",
        "--on",
        "2026-04-01",
        "--states",
        "MEX:es,ECU:es,TJK,FJI",
        "--roster",
        &fixture("roster_constructed.csv"),
        "--per-review",
        "2",
        "--format",
        "json",
    ]);
    let assignments = value["assignments"].as_array().unwrap();
    assert_eq!(assignments.len(), 8);
    assert!(assignments.iter().all(|a| a["state"] != a["nationality"]));
    let mexico_excluded: Vec<&str> = value["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["state"] == "MEX")
        .map(|e| e["member"].as_str().unwrap())
        .collect();
    assert_eq!(mexico_excluded, ["Member A (example)"]);
    let spread = &value["spread"];
    assert!(spread["session_max"].as_u64().unwrap() - spread["session_min"].as_u64().unwrap() <= 1);
}

#[test]
fn gc_search_xenophobia_finds_the_two_joint_cerd_cmw_texts() {
    let value = json(&[
        "gc",
        "search",
        "xenophobia",
        "--on",
        "2026-02-03",
        "--format",
        "json",
    ]);
    assert_eq!(value["count"], 2);
    let first = &value["general_comments"][0];
    assert_eq!(first["symbol"], "CERD/C/GC/38-CMW/C/GC/7");
    assert_eq!(first["status_on_date"]["status"], "adopted");
    let second = &value["general_comments"][1];
    assert_eq!(second["symbol"], Value::Null);
    assert_eq!(second["status_on_date"]["status"], "provisionally_adopted");
}

#[test]
fn gc_list_marks_symbols_built_from_the_pattern() {
    let output = pacta(&[
        "gc",
        "list",
        "--committee",
        "CMW",
        "--on",
        "2026-02-03",
        "--format",
        "csv",
    ])
    .success()
    .get_output()
    .stdout
    .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(text.contains("CMW/C/GC/6*"), "{text}");
    assert!(text.contains("CMW/C/GC/4-CRC/C/GC/23†"), "{text}");
    assert_eq!(text.lines().count(), 8);
}

#[test]
fn members_cmw_on_1_june_2014_lists_fourteen_and_today_says_the_list_is_partial() {
    let value = json(&["members", "CMW", "--on", "2014-06-01", "--format", "json"]);
    assert_eq!(value["membership"], 14);
    assert_eq!(value["in_data"], 14);
    let value = json(&["members", "CMW", "--on", "2026-02-03", "--format", "json"]);
    assert_eq!(value["in_data"], 1);
    assert_eq!(value["members"][0]["name"], "Can Ünver");
    assert!(
        value["notes"][0]
            .as_str()
            .unwrap()
            .contains("1 of the 14 members")
    );
}
