//! `pacta serve` as the README runs it: a new SQLite database gets the bundled data on
//! first start, the server prints its address and answers; a second start reuses the data.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

/// A running server, stopped (by its own PID) when dropped.
struct Server {
    child: Child,
    base: String,
    printed: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(url: &str) -> Server {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("pacta"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--database",
            url,
            "--on",
            "2025-03-01",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("pacta serve starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = Vec::new();
    let base = loop {
        let line = lines
            .next()
            .expect("pacta serve prints its address")
            .unwrap();
        printed.push(line.clone());
        if let Some(rest) = line.split("http://").nth(1) {
            break format!("http://{}", rest.split('/').next().unwrap());
        }
    };
    Server {
        child,
        base,
        printed,
    }
}

/// A plain HTTP/1.0 GET: status line and body.
fn get(base: &str, path: &str) -> (String, String) {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).expect("the server accepts connections");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    (
        head.lines().next().unwrap_or("").to_string(),
        body.to_string(),
    )
}

#[test]
fn serve_imports_the_bundled_data_on_first_start_and_prints_its_address() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("pacta.db").display());
    {
        let server = start(&url);
        assert!(
            server
                .printed
                .iter()
                .any(|l| l.contains("imported the treaty data as at 2026-02-03")),
            "{:?}",
            server.printed
        );
        let (status, body) = get(&server.base, "/api/v1/states/ZWE");
        assert!(status.contains("200"), "{status}");
        // CMW art. 87(2): Zimbabwe bound from 2025-03-01 (CMW/C/SR.608, para. 2).
        assert!(body.contains("\"in_force_from\":\"2025-03-01\""), "{body}");
        let (status, page) = get(&server.base, "/committees/CMW?on=2025-02-21");
        assert!(status.contains("200"), "{status}");
        assert!(page.contains("Parties to ICRMW on 2025-02-21: 60"));
    }
    let server = start(&url);
    assert!(
        server
            .printed
            .iter()
            .any(|l| l.contains("using the data in")),
        "{:?}",
        server.printed
    );
    let (status, _) = get(&server.base, "/api/v1/instruments/ICRMW");
    assert!(status.contains("200"), "{status}");
}
