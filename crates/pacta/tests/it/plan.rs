//! `pacta plan` end to end on the bundled data: a plan that `pacta plan check`
//! accepts, a re-plan after a cancelled session, and the SVG and iCalendar outputs.

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

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("pacta-it-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("temp file is writable");
    path
}

const BASE: [&str; 6] = [
    "plan",
    "--on",
    "2026-02-15",
    "--time-limit",
    "20",
    "--format",
];

#[test]
fn plan_passes_its_own_independent_check_and_reports_a_bound_below_the_objective() {
    let mut args = BASE.to_vec();
    args.push("json");
    let plan = json(&args);
    let m = &plan["metrics"];
    let (objective, bound) = (
        m["objective"].as_f64().unwrap(),
        m["lower_bound"].as_f64().unwrap(),
    );
    assert!(
        bound <= objective,
        "bound {bound} above objective {objective}"
    );
    assert_eq!(plan["from"], "2026-03-01");
    // The 60 CMW parties are all planned (CMW/C/SR.608: 60 States parties).
    let cmw_full = plan["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["committee"] == "CMW" && r["kind"] == "full")
        .count();
    let cmw_unscheduled = plan["unscheduled"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["committee"] == "CMW" && r["kind"] == "full")
        .count();
    assert_eq!(cmw_full + cmw_unscheduled, 60);
    let path = temp_file("plan.json", &plan.to_string());
    let checked = json(&["plan", "check", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(checked["ok"], true, "{checked}");

    // A tampered plan: two reviews moved into one full session break capacity.
    let mut broken = plan.clone();
    let reviews = broken["reviews"].as_array_mut().unwrap();
    let target = reviews[0]["session"].clone();
    let committee = reviews_committee(&plan, &target);
    for r in reviews.iter_mut() {
        if r["committee"] == committee && r["kind"] == "full" {
            r["session"] = target.clone();
        }
    }
    let path = temp_file("broken.json", &broken.to_string());
    let out = pacta(&["plan", "check", path.to_str().unwrap()])
        .failure()
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("hard rules broken"));
}

fn reviews_committee(plan: &Value, session: &Value) -> Value {
    plan["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == *session)
        .map(|s| s["committee"].clone())
        .unwrap_or(Value::Null)
}

#[test]
fn replan_after_a_cancelled_session_moves_only_what_it_must() {
    let mut args = BASE.to_vec();
    args.push("json");
    let plan = json(&args);
    // The first CMW session that holds reviews.
    let session = plan["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["committee"] == "CMW" && s["load"].as_u64().unwrap() > 0)
        .expect("a CMW session holds reviews")["id"]
        .as_str()
        .unwrap()
        .replace('-', ":");
    let path = temp_file("published.json", &plan.to_string());
    let replanned = json(&[
        "plan",
        "--replan",
        path.to_str().unwrap(),
        "--cancel",
        &session,
        "--format",
        "json",
    ]);
    let st = &replanned["metrics"]["stability"];
    let moved = st["full_moved"].as_u64().unwrap() + st["follow_ups_moved"].as_u64().unwrap();
    // What sat in the cancelled session must move; little else does.
    assert!(moved >= 1, "{st}");
    assert!(st["states_affected"].as_u64().unwrap() <= 20, "{st}");
    let cancelled = session.replace(':', "-");
    assert!(
        replanned["reviews"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["session"] != cancelled.as_str())
    );
    let path = temp_file("replanned.json", &replanned.to_string());
    pacta(&["plan", "check", path.to_str().unwrap()]).success();
}

#[test]
fn svg_and_ics_outputs_are_documents_and_other_commands_refuse_them() {
    let mut args = BASE.to_vec();
    args.extend(["svg", "--state", "ZWE"]);
    let svg = pacta(&args).success().get_output().stdout.clone();
    let svg = String::from_utf8(svg).unwrap();
    assert!(svg.starts_with("<svg"), "{}", &svg[..60.min(svg.len())]);
    assert!(svg.contains("ZWE: reviews by every committee"));
    let mut args = BASE.to_vec();
    args.extend(["ics", "--committee", "CMW"]);
    let ics = String::from_utf8(pacta(&args).success().get_output().stdout.clone()).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    assert!(ics.contains("SUMMARY:CMW review: ZWE"));
    let out = pacta(&["stats", "--format", "svg"])
        .failure()
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("has no svg output"));
}
