//! `pacta symbol | session | cycle` end to end: the issue's "Done when" items on the bundled
//! records, the three formats, and exit code 2 on bad input.

use std::path::{Path, PathBuf};

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

fn stdout(args: &[&str]) -> String {
    String::from_utf8(pacta(args).success().get_output().stdout.clone()).expect("UTF-8 output")
}

fn stderr_of_failure(args: &[&str], code: i32) -> String {
    let output = pacta(args).code(code).get_output().stderr.clone();
    String::from_utf8(output).expect("UTF-8 errors")
}

#[test]
fn symbol_prints_exactly_the_eleven_keys_with_null_where_absent() {
    let value = json(&["symbol", "CMW/C/SR.608", "--format", "json"]);
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "symbol", "series", "body", "kind", "state", "session", "meeting", "year", "reports",
            "number", "suffixes"
        ]
    );
    assert_eq!(value["body"], "CMW");
    assert_eq!(value["kind"], "summary_record");
    assert_eq!(value["meeting"], 608);
    assert_eq!(value["state"], Value::Null);
    // DOMAIN.md §10.3 #36: CESCR numbers its records per year.
    let cescr = json(&["symbol", "E/C.12/2019/SR.29", "--format", "json"]);
    assert_eq!(
        (cescr["body"].clone(), cescr["year"].clone()),
        ("CESCR".into(), 2019.into())
    );
    // #38: combined reports.
    let co = json(&["symbol", "CRC/C/AUT/CO/5-6", "--format", "json"]);
    assert_eq!(co["reports"], serde_json::json!([5, 6]));
    assert_eq!(co["state"], "AUT");
}

#[test]
fn an_invalid_symbol_exits_2_naming_the_first_component_that_does_not_fit() {
    let stderr = stderr_of_failure(&["symbol", "CMW/C/MEX/XX/4"], 2);
    assert!(
        stderr.contains("component 4 at byte 10") && stderr.contains("\"XX\""),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn symbol_prints_a_field_table_and_csv() {
    let table = stdout(&["symbol", "CMW/C/GC/3-CRC/C/GC/22"]);
    assert!(
        table.starts_with("CMW/C/GC/3-CRC/C/GC/22: joint general comment"),
        "{table}"
    );
    let csv = stdout(&["symbol", "CMW/C/TJK/Q/3", "--format", "csv"]);
    assert!(
        csv.starts_with("field,value\nsymbol,CMW/C/TJK/Q/3\n"),
        "{csv}"
    );
    assert!(csv.contains("kind,list_of_issues\n"), "{csv}");
}

/// The work items of the session as (kind, state, procedure, document).
fn work(value: &Value) -> Vec<(String, String, String, String)> {
    value["work"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["kind"].as_str().unwrap().to_string(),
                w["state"].as_str().unwrap().to_string(),
                w["procedure"].as_str().unwrap().to_string(),
                w["document"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn session_cmw_40_states_the_dialogues_observations_and_lists_with_procedure_and_symbol() {
    // CMW/C/SR.608, para. 5.
    let value = json(&[
        "session",
        "CMW",
        "40",
        "--format",
        "json",
        "--on",
        "2025-05-01",
    ]);
    let expected = [
        ("dialogue", "MEX", "simplified", "CMW/C/MEX/4"),
        (
            "concluding_observations",
            "MEX",
            "simplified",
            "CMW/C/MEX/CO/4",
        ),
        ("dialogue", "NER", "simplified", "CMW/C/NER/2"),
        (
            "concluding_observations",
            "NER",
            "simplified",
            "CMW/C/NER/CO/2",
        ),
        ("dialogue", "JAM", "simplified", "CMW/C/JAM/1-2"),
        (
            "concluding_observations",
            "JAM",
            "simplified",
            "CMW/C/JAM/CO/1-2",
        ),
        ("list_of_issues", "TJK", "traditional", "CMW/C/TJK/Q/3"),
        (
            "list_of_issues_prior_to_reporting",
            "FJI",
            "simplified",
            "CMW/C/FJI/QPR/1",
        ),
        (
            "list_of_issues_prior_to_reporting",
            "GIN",
            "simplified",
            "CMW/C/GIN/QPR/2",
        ),
        (
            "list_of_issues_prior_to_reporting",
            "ECU",
            "simplified",
            "CMW/C/ECU/QPR/4",
        ),
    ];
    let expected: Vec<(String, String, String, String)> = expected
        .iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect();
    assert_eq!(work(&value), expected);
    let summary = value["summary"].as_str().unwrap();
    assert!(summary.starts_with("At its fortieth session, constructive dialogues had been held with representatives of Mexico, the Niger and Jamaica"), "{summary}");
    assert!(
        summary.ends_with(
            "the fourth periodic report of Ecuador under the simplified reporting procedure."
        ),
        "{summary}"
    );
}

#[test]
fn session_cmw_40_computes_the_correction_deadline_of_sr_608() {
    // DOMAIN.md §10.3 #47: issued 2025-04-29 → corrections by 2025-05-06 (computed, not stored).
    let value = json(&[
        "session",
        "CMW",
        "40",
        "--format",
        "json",
        "--on",
        "2025-05-01",
    ]);
    let sr608 = value["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["meeting"] == 608)
        .unwrap();
    assert_eq!(
        sr608["starts_at"],
        "2025-04-17T15:00:00+02:00[Europe/Zurich]"
    );
    assert_eq!(sr608["covered_from"], "16:35");
    assert_eq!(sr608["rose"], "17:00");
    assert_eq!(sr608["record"], "partial");
    let record = &sr608["summary_record"];
    assert_eq!(record["symbol"], "CMW/C/SR.608");
    assert_eq!(record["issued"], "2025-04-29");
    assert_eq!(record["correction_deadline"], "2025-05-06");
    assert_eq!(record["correction_window"], "open");
    let later = json(&[
        "session",
        "CMW",
        "40",
        "--format",
        "json",
        "--on",
        "2025-05-07",
    ]);
    let sr608 = later["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["meeting"] == 608)
        .unwrap();
    assert_eq!(sr608["summary_record"]["correction_window"], "closed");
    // The deadline is not in the data files: it can only have been computed.
    for file in ["documents.csv", "cmw_meetings.csv"] {
        let text = std::fs::read_to_string(data_dir().join(file)).unwrap();
        assert!(!text.contains("2025-05-06"), "{file} stores the deadline");
    }
    assert_eq!(
        value["meetings_without_records"][0],
        serde_json::json!({"first": 598, "last": 607, "stated_in": "CMW/C/SR.608"})
    );
}

#[test]
fn session_cmw_40_says_its_dates_and_the_corrigendum_symbol_are_not_in_the_data() {
    let value = json(&["session", "CMW", "40", "--format", "json"]);
    assert_eq!(value["start"], Value::Null);
    assert_eq!(value["end"], Value::Null);
    let notes: Vec<&str> = value["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("opening and closing dates are not in the data"))
    );
    assert!(notes.iter().any(|n| n.contains("§9.11")));
    assert_eq!(
        value["corrections"]["consolidated_corrigendum"]["symbol"],
        Value::Null
    );
}

#[test]
fn session_prints_the_summary_over_a_table_and_as_csv() {
    let table = stdout(&["session", "CMW", "40", "--on", "2025-05-01"]);
    assert!(
        table.starts_with("CMW, fortieth session\nAt its fortieth session,"),
        "{table}"
    );
    assert!(
        table.contains("corrections by 2025-05-06 (open)"),
        "{table}"
    );
    let csv = stdout(&["session", "CMW", "40", "--format", "csv"]);
    assert!(csv.starts_with("kind,what,document,date,detail\n"), "{csv}");
    assert!(csv.contains("list of issues,\"Tajikistan, third periodic report (traditional procedure)\",CMW/C/TJK/Q/3*,"), "{csv}");
}

#[test]
fn session_of_an_unknown_session_or_committee_exits_2() {
    let stderr = stderr_of_failure(&["session", "CMW", "99"], 2);
    assert!(stderr.contains("no records of CMW session 99"), "{stderr}");
    let stderr = stderr_of_failure(&["session", "CMV", "40"], 2);
    assert!(stderr.contains("unknown committee \"CMV\""), "{stderr}");
}

#[test]
fn cycle_shows_jamaicas_history_and_next_steps_with_dates() {
    let value = json(&[
        "cycle",
        "JAM",
        "CMW",
        "--format",
        "json",
        "--on",
        "2026-02-01",
    ]);
    assert_eq!(value["name"], "Jamaica");
    let cycles = value["cycles"].as_array().unwrap();
    assert_eq!(cycles.len(), 2);
    assert_eq!(cycles[0]["steps"][1]["step"], "review_in_absence_of_report");
    assert_eq!(
        cycles[1]["report"],
        "combined initial and second periodic reports"
    );
    assert_eq!(cycles[1]["follow_up_due"], "2027-04-17");
    let next = cycles[1]["next"].as_array().unwrap();
    assert_eq!(next[0]["step"], "follow_up_information");
    assert_eq!(next[0]["due"], "2027-04-17");
    assert_eq!(next[2]["document"], "CMW/C/JAM/QPR/3");
    // Opted out of the simplified procedure: the next cycle starts with the report.
    let opted = json(&["cycle", "JAM", "CMW", "--opt-out", "--format", "json"]);
    assert_eq!(opted["cycles"][1]["next"][2]["document"], "CMW/C/JAM/3");
}

#[test]
fn cycle_of_tajikistan_expects_replies_to_the_list_of_issues() {
    let table = stdout(&["cycle", "Tajikistan", "cmw"]);
    assert!(table.contains("CMW/C/TJK/Q/3"), "{table}");
    assert!(
        table.contains("next: replies to the list of issues"),
        "{table}"
    );
    assert!(table.contains("CMW/C/TJK/RQ/3*"), "{table}");
}

#[test]
fn cycle_of_an_unknown_state_exits_2() {
    let stderr = stderr_of_failure(&["cycle", "Atlantis", "CMW"], 2);
    assert!(stderr.contains("unknown State \"Atlantis\""), "{stderr}");
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

#[test]
fn a_malformed_record_row_in_a_data_directory_fails_with_file_line_column() {
    let dir = std::env::temp_dir().join(format!("pacta-records-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(data_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    let steps = dir.join("cmw_review_steps.csv");
    let text = std::fs::read_to_string(&steps).unwrap();
    // Line 5: the Niger's concluding observations on its initial report; call them a dialogue
    // again, which cannot follow a dialogue.
    let edited: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i + 1 == 5 {
                line.replacen(",concluding_observations,", ",dialogue,", 1)
            } else {
                line.to_string()
            }
        })
        .collect();
    std::fs::write(&steps, edited.join("\n") + "\n").unwrap();
    let stderr = stderr_of_failure(
        &["session", "CMW", "40", "--data", dir.to_str().unwrap()],
        1,
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        stderr.contains("cmw_review_steps.csv:5:7 (step)")
            && stderr.contains("expected the concluding observations"),
        "{stderr}"
    );
}
