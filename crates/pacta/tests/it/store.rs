//! `pacta import` and `pacta user add` against a temporary SQLite database.

use assert_cmd::Command;
use serde_json::Value;

fn pacta() -> Command {
    Command::cargo_bin("pacta").expect("the pacta binary is built")
}

fn database(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("pacta.db").display())
}

fn json(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("--format json prints JSON")
}

#[test]
fn import_fills_a_new_database_and_a_second_run_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(&dir);
    let first = pacta()
        .args(["import", "--database", &url, "--format", "json"])
        .assert()
        .success();
    let first = json(&first.get_output().stdout);
    assert_eq!(first["change"], "imported");
    assert_eq!(first["backend"], "sqlite");
    assert_eq!(first["database"], url.as_str());
    assert_eq!(first["status_as_at"], "2026-02-03");
    assert_eq!(first["counts"]["instruments"], 18);
    assert!(dir.path().join("pacta.db").exists());

    let second = pacta()
        .args(["import", "--database", &url, "--format", "json"])
        .assert()
        .success();
    let second = json(&second.get_output().stdout);
    assert_eq!(second["change"], "unchanged");
    assert_eq!(second["content_hash"], first["content_hash"]);
    assert_eq!(second["imported_at"], first["imported_at"]);

    let table = pacta()
        .args(["import", "--database", &url])
        .assert()
        .success();
    let text = String::from_utf8(table.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("Already up to date with the treaty data as at 2026-02-03"));
    assert!(text.contains("note: nothing written"), "{text}");
}

#[test]
fn import_of_a_bad_data_directory_imports_nothing_and_names_the_row() {
    let data = tempfile::tempdir().unwrap();
    let bundled = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    for entry in std::fs::read_dir(&bundled).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, data.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let ratifications = data.path().join("treaty_ratifications.csv");
    let text = std::fs::read_to_string(&ratifications).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("ICRMW,IV-13,CMW,Zimbabwe,ZWE,"))
        .unwrap()
        + 1;
    std::fs::write(
        &ratifications,
        text.replace(
            "ICRMW,IV-13,CMW,Zimbabwe,ZWE,,,2024-11-05,accession,",
            "ICRMW,IV-13,CMW,Zimbabwe,ZWE,,,2024-11-05,acession,",
        ),
    )
    .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let url = database(&dir);
    let failed = pacta()
        .args([
            "--data",
            data.path().to_str().unwrap(),
            "import",
            "--database",
            &url,
        ])
        .assert()
        .code(1);
    let stderr = String::from_utf8(failed.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr.trim_end(),
        format!(
            "pacta: nothing imported: {}:{line}:9 (consent_type): unknown action \"acession\"",
            ratifications.display()
        )
    );
    // Nothing was imported: the next import is the first.
    let next = pacta()
        .args(["import", "--database", &url, "--format", "json"])
        .assert()
        .success();
    assert_eq!(json(&next.get_output().stdout)["change"], "imported");
}

#[test]
fn user_add_reads_the_password_from_stdin_and_refuses_the_same_email_twice() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(&dir);
    let added = pacta()
        .args(["user", "add", "--role", "secretariat", "Jane.Doe@OHCHR.org"])
        .args(["--password-stdin", "--database", &url, "--format", "json"])
        .write_stdin("correct horse battery staple\n")
        .assert()
        .success();
    let user = json(&added.get_output().stdout);
    assert_eq!(user["email"], "jane.doe@ohchr.org");
    assert_eq!(user["role"], "secretariat");
    assert_eq!(user["id"], 1);

    let again = pacta()
        .args(["user", "add", "--role", "admin", "jane.doe@ohchr.org"])
        .args(["--password-stdin", "--database", &url])
        .write_stdin("another long password\n")
        .assert()
        .code(2);
    let stderr = String::from_utf8(again.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr.trim_end(),
        format!("pacta: {url}: an account for jane.doe@ohchr.org already exists")
    );
}

#[test]
fn user_add_links_a_member_to_the_committees_whose_register_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(&dir);
    let added = pacta()
        .args(["user", "add", "--role", "member", "member@cmw.example.org"])
        .args(["--committee", "CMW", "--committee", "ced"])
        .args(["--password-stdin", "--database", &url, "--format", "json"])
        .write_stdin("correct horse battery staple\n")
        .assert()
        .success();
    let user = json(&added.get_output().stdout);
    assert_eq!(user["committees"], serde_json::json!(["CMW", "CED"]));
}

#[test]
fn user_add_refuses_bad_input_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let url = database(&dir);
    let check = |args: &[&str], stdin: &str, expected: &str| {
        let assert = pacta()
            .args(["user", "add"])
            .args(args)
            .args(["--database", &url])
            .write_stdin(stdin)
            .assert()
            .code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    };
    check(
        &["--role", "secretariat", "a@example.org", "--password-stdin"],
        "too short\n",
        "unacceptable password: shorter than 12 characters",
    );
    check(
        &["--role", "member", "not-an-email", "--password-stdin"],
        "correct horse battery staple\n",
        "invalid email address \"not-an-email\"",
    );
    check(
        &["--role", "public", "a@example.org", "--password-stdin"],
        "correct horse battery staple\n",
        "expected member, secretariat or admin",
    );
    check(
        &[
            "--role",
            "member",
            "a@example.org",
            "--committee",
            "CMW,XYZ",
            "--password-stdin",
        ],
        "correct horse battery staple\n",
        "XYZ",
    );
    // Standard input is not a terminal here: no prompt, a pointer to --password-stdin.
    check(
        &["--role", "member", "a@example.org"],
        "",
        "pipe it in with --password-stdin",
    );
}
