//! The browser test: headless Chromium (Debian's `chromium` and `chromium-driver`)
//! driven through WebDriver (fantoccini) opens every page template in English and
//! Arabic, asserts real content (60 CMW parties on 2025-02-21; Zimbabwe bound from
//! 2025-03-01), signs in through the form, and runs axe-core on each page: zero
//! violations allowed.
//!
//! axe-core comes from npm: `.ci/run` installs it (`npm install axe-core`), and this
//! test installs it the same way if it is missing. `AXE_CORE_JS` may point to another
//! copy of `axe.min.js`; `CHROMIUM` and `CHROMEDRIVER` to other binaries.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use pacta_web::Role;
use serde_json::{Value, json};

use crate::support::{app, create_user, spawn_app};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// axe-core's source, installing the npm package into the workspace if needed.
fn axe_source() -> String {
    if let Ok(path) = std::env::var("AXE_CORE_JS") {
        return std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("AXE_CORE_JS={path}: {e}"));
    }
    let root = workspace_root();
    let path = root.join("node_modules/axe-core/axe.min.js");
    if !path.exists() {
        let status = Command::new("npm")
            .args([
                "install",
                "--no-save",
                "--no-package-lock",
                "--no-audit",
                "--no-fund",
                "axe-core@4",
            ])
            .current_dir(&root)
            .status()
            .expect("npm runs (install Node.js, or run .ci/run)");
        assert!(status.success(), "npm install axe-core failed");
    }
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// chromedriver, ended when dropped.
struct Driver {
    child: Child,
    profile: PathBuf,
}

impl Drop for Driver {
    /// Runs on success and on panic: ends chromedriver, then any Chromium process still
    /// using this test's own profile directory (found by its unique path, by PID).
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let marker = format!("--user-data-dir={}", self.profile.display());
        if let Ok(entries) = std::fs::read_dir("/proc") {
            for entry in entries.flatten() {
                let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                    continue;
                };
                let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
                if String::from_utf8_lossy(&cmdline)
                    .split('\0')
                    .any(|arg| arg == marker)
                {
                    let _ = Command::new("kill").arg(pid.to_string()).status();
                }
            }
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

async fn start_browser() -> (Driver, Client) {
    let chromedriver =
        std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_string());
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string());
    assert!(
        Path::new(&chromedriver).exists() && Path::new(&chromium).exists(),
        "the browser test needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does it)"
    );
    let port = free_port();
    let child = Command::new(&chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile =
        std::env::temp_dir().join(format!("pacta-chromium-{}-{port}", std::process::id()));
    let driver = Driver {
        child,
        profile: profile.clone(),
    };
    let caps = json!({
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let caps = caps.as_object().unwrap().clone();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return (driver, client),
            Err(error) if Instant::now() < deadline => {
                let _ = error;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(error) => panic!("cannot start a Chromium session: {error}"),
        }
    }
}

/// Run axe-core on the current page; the violations, one line each.
async fn axe(client: &Client, axe_js: &str) -> Vec<String> {
    client
        .execute(axe_js, vec![])
        .await
        .expect("axe-core loads");
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
           .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
                 v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
           .catch(e => done(['axe failed: ' + e]));
    "#;
    let result = client
        .execute_async(script, vec![])
        .await
        .expect("axe runs");
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

async fn row_text(client: &Client, needle: &str) -> String {
    let script = "return [...document.querySelectorAll('tr')].filter(r => r.textContent.includes(arguments[0])).map(r => r.textContent.replace(/\\s+/g, ' ')).join(' / ');";
    let value: Value = client.execute(script, vec![json!(needle)]).await.unwrap();
    value.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_template_passes_axe_in_english_and_arabic_and_shows_real_content() {
    let axe_js = axe_source();
    let state = app().await;
    crate::cases::add_fixture_cases(&state).await;
    create_user(
        &state,
        "admin@example.org",
        Role::Admin,
        "correct horse battery staple",
    )
    .await;
    let base = spawn_app(state).await;
    let (_driver, client) = start_browser().await;
    let mut violations = Vec::new();
    let public_pages = [
        "/",
        "/instruments",
        "/instruments/ICRMW?on=2025-02-21",
        "/committees",
        "/committees/CMW?on=2025-02-21",
        "/committees/CMW/sessions/40",
        "/committees/CMW/members?on=2014-06-01",
        "/committees/CMW/elections",
        "/committees/CMW/general-comments?q=children",
        "/committees/CMW/procedures?on=2026-02-03",
        "/documents?q=CMW",
        "/states",
        "/states/ZWE?on=2025-03-01",
        "/login",
        "/views?on=2025-02-21",
        "/no-such-page",
    ];
    for prefix in ["/en", "/ar"] {
        for page in public_pages {
            client.goto(&format!("{base}{prefix}{page}")).await.unwrap();
            for v in axe(&client, &axe_js).await {
                violations.push(format!("{prefix}{page}: {v}"));
            }
        }
    }
    // Real content, as a person sees it (CMW/C/SR.608, para. 2).
    client.goto(&format!("{base}/en/")).await.unwrap();
    let icrmw = row_text(&client, "ICRMW").await;
    assert!(
        icrmw.contains(" 60 ") && icrmw.contains(" 59 "),
        "home ICRMW row: {icrmw}"
    );
    client
        .goto(&format!("{base}/en/committees/CMW?on=2025-02-21"))
        .await
        .unwrap();
    let captions: Value = client
        .execute(
            "return [...document.querySelectorAll('caption')].map(c => c.textContent).join(' / ');",
            vec![],
        )
        .await
        .unwrap();
    let captions = captions.as_str().unwrap_or_default();
    assert!(
        captions.contains("Parties to ICRMW on 2025-02-21: 60"),
        "{captions}"
    );
    client
        .goto(&format!("{base}/en/states/ZWE?on=2025-03-01"))
        .await
        .unwrap();
    let zimbabwe = row_text(&client, "ICRMW").await;
    assert!(
        zimbabwe.contains("2025-03-01") && zimbabwe.contains("Party"),
        "{zimbabwe}"
    );
    // The 11th meeting of States parties (27 June 2023): quorum 39, seven seats (CMW art. 72).
    client
        .goto(&format!("{base}/en/committees/CMW/elections"))
        .await
        .unwrap();
    let eleventh = row_text(&client, "2023-06-27").await;
    assert!(
        eleventh.contains(" 39 ") && eleventh.contains(" 7 "),
        "{eleventh}"
    );
    // Sign in through the form (CSRF cookie and token as a browser sends them).
    for prefix in ["/en", "/ar"] {
        client.goto(&format!("{base}{prefix}/login")).await.unwrap();
        if client.find(Locator::Css("form.signout")).await.is_err() {
            client
                .find(Locator::Id("email"))
                .await
                .unwrap()
                .send_keys("admin@example.org")
                .await
                .unwrap();
            client
                .find(Locator::Id("password"))
                .await
                .unwrap()
                .send_keys("correct horse battery staple")
                .await
                .unwrap();
            client
                .find(Locator::Css("form.login button"))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
            // Wait for the answer (the account page) before navigating on.
            client
                .wait()
                .for_element(Locator::Css("form.signout"))
                .await
                .expect("signing in lands on the account page");
        }
        for page in [
            "/account",
            "/admin/audit",
            "/admin/users",
            "/cases",
            "/cases/2",
            "/cases/3",
        ] {
            client.goto(&format!("{base}{prefix}{page}")).await.unwrap();
            let h1 = client
                .find(Locator::Css("h1"))
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert!(!h1.is_empty(), "{prefix}{page}");
            assert!(
                client.find(Locator::Css("form.signout")).await.is_ok(),
                "{prefix}{page} is signed in"
            );
            for v in axe(&client, &axe_js).await {
                violations.push(format!("{prefix}{page}: {v}"));
            }
        }
    }
    client.close().await.unwrap();
    assert!(
        violations.is_empty(),
        "axe-core violations:\n{}",
        violations.join("\n")
    );
}
