//! `pacta parties | state | entry-into-force | due | stats` on the bundled data.

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

#[test]
fn parties_cmw_on_21_february_2025_reports_sixty_with_zimbabwe_bound_from_1_march() {
    // CMW/C/SR.608 para. 2; CMW art. 87(2).
    let value = json(&["parties", "CMW", "--on", "2025-02-21", "--format", "json"]);
    assert_eq!(value["instrument"], "ICRMW");
    assert_eq!(value["committee"], "CMW");
    assert_eq!(value["on"], "2025-02-21");
    assert_eq!(value["count"], 60);
    let parties = value["parties"].as_array().unwrap();
    assert_eq!(parties.len(), 60);
    let zimbabwe = parties.iter().find(|p| p["state"] == "ZWE").unwrap();
    assert_eq!(zimbabwe["name"], "Zimbabwe");
    assert_eq!(zimbabwe["action"], "accession");
    assert_eq!(zimbabwe["deposited"], "2024-11-05");
    assert_eq!(zimbabwe["in_force_from"], "2025-03-01");
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .take(5)
        .collect();
    assert_eq!(keys, ["instrument", "committee", "on", "count", "in_force"]);
}

#[test]
fn instruments_are_accepted_by_untc_code_or_committee_in_any_case() {
    for input in ["ICRMW", "icrmw", "CMW", "cmw"] {
        let value = json(&["parties", input, "--on", "2026-02-03", "--format", "json"]);
        assert_eq!(value["instrument"], "ICRMW", "{input}");
    }
}

#[test]
fn state_zwe_shows_the_cmw_in_force_from_1_march_2025_and_the_initial_report_due_1_march_2026() {
    // CMW art. 87(2), art. 73(1)(a); DOMAIN.md §10.2 #26.
    let value = json(&["state", "ZWE", "--on", "2026-02-03", "--format", "json"]);
    assert_eq!(value["state"], "ZWE");
    assert_eq!(value["name"], "Zimbabwe");
    let cmw = value["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["instrument"] == "ICRMW")
        .unwrap();
    assert_eq!(cmw["committee"], "CMW");
    assert_eq!(cmw["in_force_from"], "2025-03-01");
    assert_eq!(cmw["initial_report_due"], "2026-03-01");
    assert_eq!(cmw["rule"], "CMW87");
    assert_eq!(cmw["signed"], Value::Null);
    let cat = value["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["instrument"] == "CAT")
        .unwrap();
    assert_eq!(cat["status"], "not_party");
    assert_eq!(cat["in_force_from"], Value::Null);
}

#[test]
fn state_accepts_a_name_and_prints_a_table_by_default() {
    let output = pacta(&["state", "zimbabwe", "--on", "2026-02-03"])
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.starts_with("Zimbabwe (ZWE): party to 10 of 18 instruments on 2026-02-03"),
        "{text}"
    );
    assert!(text.contains("2025-03-01"));
}

#[test]
fn entry_into_force_applies_cmw_article_87() {
    // DOMAIN.md §10.1 #1 and #11.
    let value = json(&[
        "entry-into-force",
        "CMW",
        "--deposit",
        "2024-11-05",
        "--format",
        "json",
    ]);
    assert_eq!(value["in_force_from"], "2025-03-01");
    assert_eq!(value["rule"], "CMW87");
    let congo = json(&[
        "entry-into-force",
        "cmw",
        "--deposit",
        "2017-03-31",
        "--format",
        "json",
    ]);
    assert_eq!(congo["in_force_from"], "2017-07-01");
    assert!(congo["needs_depositary_check"].is_string());
}

#[test]
fn csv_output_has_a_header_and_one_row_per_party() {
    let output = pacta(&["parties", "CMW", "--on", "2025-02-21", "--format", "csv"])
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("state,name,action,deposited,in_force_from")
    );
    assert_eq!(lines.count(), 60);
    assert!(text.contains("ZWE,Zimbabwe,accession,2024-11-05,2025-03-01"));
}

#[test]
fn due_lists_legal_obligations_with_their_article() {
    let value = json(&[
        "due",
        "--committee",
        "CMW",
        "--state",
        "ZWE",
        "--on",
        "2026-03-02",
        "--format",
        "json",
    ]);
    let obligations = value["obligations"].as_array().unwrap();
    assert_eq!(obligations.len(), 1);
    assert_eq!(obligations[0]["legally_due"], "2026-03-01");
    assert_eq!(obligations[0]["report"], 1);
    assert_eq!(obligations[0]["source"], "CMW art. 73(1)");
    assert_eq!(obligations[0]["next_due"], "2031-03-01");
    let before = json(&[
        "due",
        "--committee",
        "CMW",
        "--state",
        "ZWE",
        "--on",
        "2026-02-28",
        "--overdue",
        "--format",
        "json",
    ]);
    assert_eq!(before["count"], 0);
}

#[test]
fn stats_rank_the_cmw_last_among_core_treaties_with_the_crc_at_196() {
    // CMW/C/SR.608 para. 2.
    let value = json(&["stats", "--on", "2025-02-21", "--format", "json"]);
    assert_eq!(value["fewest_parties_core_treaty"], "ICRMW");
    let crc = value["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["instrument"] == "CRC")
        .unwrap();
    assert_eq!(crc["parties"], 196);
}

#[test]
fn unknown_instrument_state_or_date_exits_with_code_2_and_one_line() {
    for args in [
        &["parties", "CMX"][..],
        &["state", "Atlantis"][..],
        &["parties", "CMW", "--on", "2025-02-30"][..],
        &["due", "--committee", "ABC"][..],
    ] {
        let assert = pacta(args).code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(!stderr.trim().is_empty(), "{args:?}");
    }
    let assert = pacta(&["parties", "CMX"]).code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1);
    assert!(stderr.contains("unknown instrument \"CMX\""));
}

#[test]
fn a_data_directory_with_a_malformed_row_is_refused_with_its_location() {
    let dir = std::env::temp_dir().join(format!("pacta-bad-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    for file in [
        "catalogue.toml",
        "states.csv",
        "treaties.csv",
        "treaty_ratifications.csv",
        "cmw_art76_77_declarations.csv",
    ] {
        std::fs::copy(root.join(file), dir.join(file)).unwrap();
    }
    let path = dir.join("states.csv");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "AGO,AO,024,Angola,Angola,true,un_member_state",
        "AGO,AO,024,Angola,Angola,true,member",
    );
    std::fs::write(&path, text).unwrap();
    let assert = pacta(&["--data", dir.to_str().unwrap(), "parties", "CMW"]).code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("states.csv:3:7 (un_status): unknown status \"member\""),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn overdue_counts_a_review_held_after_the_legal_due_date_as_the_report_considered() {
    // ICERD art. 9(1): reports every two years. CERD adopted concluding observations on Mexico at
    // its 99th session, closing 2019-08-29 (data/tb_session_reviews.csv, OHCHR release).
    let args = |on| {
        [
            "due",
            "--committee",
            "CERD",
            "--state",
            "MEX",
            "--on",
            on,
            "--format",
            "json",
        ]
    };
    let value = json(&args("2020-01-01"));
    let obligation = &value["obligations"][0];
    assert_eq!(obligation["legally_due"], "2018-03-22");
    assert_eq!(obligation["last_known_review"], "2019-08-29");
    assert_eq!(obligation["overdue"], false);
    let value = json(&args("2022-01-01"));
    assert_eq!(value["obligations"][0]["legally_due"], "2020-03-22");
    assert_eq!(value["obligations"][0]["overdue"], true);
}
