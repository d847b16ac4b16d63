//! `pacta communications` against a temporary SQLite database: constructed cases (not
//! real communications) entered, refused where the treaty refuses them, taken to Views or
//! closed; only statistics and Views are the public's. (That every read is audited is
//! proved in pacta-store's conformance suite.)

use assert_cmd::Command;
use serde_json::Value;

struct Register {
    _dir: tempfile::TempDir,
    url: String,
}

impl Register {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("pacta.db").display());
        Register { _dir: dir, url }
    }

    fn run(&self, on: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        Command::cargo_bin("pacta")
            .expect("the pacta binary is built")
            .args(["--on", on, "--format", "json", "communications"])
            .args(args)
            .args(["--database", &self.url])
            .assert()
    }

    fn json(&self, on: &str, args: &[&str]) -> Value {
        let output = self.run(on, args).success().get_output().stdout.clone();
        serde_json::from_slice(&output).expect("--format json prints JSON")
    }
}

#[test]
fn a_communication_under_article_77_cannot_be_registered_while_it_is_not_operative() {
    // CMW art. 77(8): ten declarations needed, four made (DOMAIN.md §10.4 #57).
    let register = Register::new();
    let case = register.json("2026-02-03", &["receive", "CMW", "77", "MEX"]);
    assert_eq!(case["stage"], "received");
    let refused = register
        .run("2026-02-03", &["step", "1", "register"])
        .code(2);
    let stderr = String::from_utf8(refused.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("art. 77 is not operative: 4 declaration(s) of the 10 required"),
        "{stderr}"
    );
    let shown = register.json("2026-02-03", &["show", "1"]);
    assert_eq!(
        (shown["stage"].as_str(), shown["version"].as_i64()),
        (Some("received"), Some(1))
    );
}

#[test]
fn a_constructed_op1_case_is_registered_numbered_transmitted_and_decided_and_only_views_are_public()
{
    // OP1 art. 4(2): written explanations within six months of transmission.
    let register = Register::new();
    register.json("2026-01-05", &["receive", "CCPR", "1", "Uruguay"]);
    let registered = register.json("2026-01-10", &["step", "1", "register"]);
    assert_eq!(registered["number"], "1/2026");
    let transmitted = register.json("2026-01-15", &["step", "1", "transmit"]);
    assert_eq!(transmitted["reply_due"], "2026-07-15");
    // Views need a finding.
    register
        .run("2026-03-15", &["step", "1", "adopt-views"])
        .code(2);
    // A step of the urgent-action procedure is refused for a communication.
    register
        .run("2026-03-15", &["step", "1", "recommend"])
        .code(2);
    register.json(
        "2026-03-15",
        &["step", "1", "adopt-views", "--violation", "true"],
    );

    let stats = register.json("2026-12-31", &["stats"]);
    let row = &stats["rows"][0];
    assert_eq!(
        (
            &row["committee"],
            &row["received"],
            &row["registered"],
            &row["decided"]
        ),
        (
            &Value::from("CCPR"),
            &Value::from(1),
            &Value::from(1),
            &Value::from(1)
        )
    );
    let views = register.json("2026-12-31", &["views"]);
    assert_eq!(views["views"][0]["number"], "1/2026");
    assert_eq!(views["views"][0]["violation"], true);

    let listed = register.json("2026-12-31", &["list", "--committee", "CCPR"]);
    assert_eq!(listed["cases"].as_array().unwrap().len(), 1);
    let nothing = register.json("2026-12-31", &["list", "--state", "MEX"]);
    assert_eq!(nothing["cases"], serde_json::json!([]));
}

#[test]
fn an_urgent_action_under_ced_article_30_opens_with_the_time_limit_the_committee_sets() {
    // CED art. 30(2): the Committee sets the time limit for the State's information.
    let register = Register::new();
    let case = register.json(
        "2027-01-05",
        &["receive", "CED", "30", "MEX", "--persons", "2"],
    );
    assert_eq!(case["kind"], "urgent_actions");
    let open = register.json(
        "2027-01-05",
        &["step", "1", "register", "--reply-due", "2027-02-05"],
    );
    assert_eq!(
        (open["stage"].as_str(), open["number"].as_str()),
        (Some("open"), Some("1/2027"))
    );
    assert_eq!(open["reply_due"], "2027-02-05");
    register.json(
        "2027-01-06",
        &[
            "step",
            "1",
            "recommend",
            "--interim-measures",
            "--report-by",
            "2027-03-01",
        ],
    );
    let closed = register.json(
        "2027-06-01",
        &["step", "1", "close", "--closure", "located"],
    );
    assert_eq!(closed["stage"], "closed");
    register
        .run("2027-06-01", &["step", "1", "transmit"])
        .code(2);
}

#[test]
fn unknown_procedures_states_and_cases_are_refused_with_what_was_expected() {
    let register = Register::new();
    let cases = [
        (vec!["receive", "CMW", "76", "MEX"], "known: 77"),
        (
            vec!["receive", "CMW", "77", "Atlantis"],
            "unknown State \"Atlantis\"",
        ),
        (vec!["show", "9"], "no case with id 9"),
        (vec!["step", "9", "transmit"], "no case with id 9"),
        (vec!["step", "9", "fly"], "step \"fly\""),
        (
            vec!["list", "--kind", "petitions"],
            "expected individual_communications or urgent_actions",
        ),
    ];
    for (args, expected) in cases {
        let refused = register.run("2026-02-03", &args).code(2);
        let stderr = String::from_utf8(refused.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}
