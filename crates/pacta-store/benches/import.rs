//! How long the store takes to import the bundled data, to find it unchanged, to load it
//! back into a registry, and to check a password: on SQLite always, on PostgreSQL when
//! `PACTA_TEST_POSTGRES_URL` is set (in a schema of its own, dropped at the end).
//!
//! `cargo bench -p pacta-store --bench import`. Each sample is one operation; divan
//! prints the median of ten. Not a test: it asserts only that the operations succeed.

use std::sync::OnceLock;

use divan::Bencher;
use pacta_data::Sources;
use pacta_store::{ImportChange, Store};
use sqlx::Connection;
use tokio::runtime::Runtime;

/// The PostgreSQL URL with this run's schema, if PostgreSQL is benchmarked.
static POSTGRES: OnceLock<Option<(String, String, String)>> = OnceLock::new();

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The bundled files with one real row (Zimbabwe's CMW accession) left out, so that
/// importing them and the bundled files in turn replaces the data every time.
fn other_sources() -> Sources {
    let mut sources = Sources::bundled();
    sources.ratifications.text = sources
        .ratifications
        .text
        .lines()
        .filter(|line| !line.starts_with("ICRMW,IV-13,CMW,Zimbabwe,ZWE,"))
        .collect::<Vec<_>>()
        .join("\n");
    sources
}

fn backends() -> Vec<&'static str> {
    let mut names = vec!["sqlite"];
    if POSTGRES.get().is_some_and(Option::is_some) {
        names.push("postgres");
    }
    names
}

/// A store on the backend, with its own SQLite file (kept in `dir`) or the run's schema.
fn open(runtime: &Runtime, backend: &str, dir: &tempfile::TempDir) -> Store {
    let url = match backend {
        "sqlite" => format!("sqlite://{}", dir.path().join("bench.db").display()),
        _ => POSTGRES.get().unwrap().as_ref().unwrap().2.clone(),
    };
    runtime.block_on(Store::connect(&url)).unwrap()
}

/// The first import into an empty SQLite database (a new file each time).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn first_import_sqlite(bencher: Bencher) {
    let runtime = runtime();
    let sources = Sources::bundled();
    bencher
        .with_inputs(|| {
            let dir = tempfile::tempdir().unwrap();
            let store = open(&runtime, "sqlite", &dir);
            (dir, store)
        })
        .bench_local_values(|(dir, store)| {
            let outcome = runtime.block_on(store.import(&sources)).unwrap();
            assert_eq!(outcome.change, ImportChange::Imported);
            (dir, store)
        });
}

/// An import that replaces the whole dataset (delete and insert, one transaction).
#[divan::bench(args = backends(), sample_count = 10, sample_size = 1)]
fn replacing_import(bencher: Bencher, backend: &str) {
    let runtime = runtime();
    let dir = tempfile::tempdir().unwrap();
    let store = open(&runtime, backend, &dir);
    let both = [Sources::bundled(), other_sources()];
    runtime.block_on(store.import(&both[0])).unwrap();
    let mut turn = 1;
    bencher.bench_local(|| {
        let outcome = runtime.block_on(store.import(&both[turn])).unwrap();
        assert_eq!(outcome.change, ImportChange::Replaced);
        turn = 1 - turn;
    });
}

/// An import of the files already in force: parse, hash, compare, nothing written.
#[divan::bench(args = backends(), sample_count = 10, sample_size = 1)]
fn unchanged_import(bencher: Bencher, backend: &str) {
    let runtime = runtime();
    let dir = tempfile::tempdir().unwrap();
    let store = open(&runtime, backend, &dir);
    let sources = Sources::bundled();
    runtime.block_on(store.import(&sources)).unwrap();
    bencher.bench_local(|| {
        let outcome = runtime.block_on(store.import(&sources)).unwrap();
        assert_eq!(outcome.change, ImportChange::Unchanged);
    });
}

/// Reading the dataset back and rebuilding the registry (what `pacta serve` does at start).
#[divan::bench(args = backends(), sample_count = 10, sample_size = 1)]
fn load_dataset(bencher: Bencher, backend: &str) {
    let runtime = runtime();
    let dir = tempfile::tempdir().unwrap();
    let store = open(&runtime, backend, &dir);
    runtime.block_on(store.import(&Sources::bundled())).unwrap();
    bencher.bench_local(|| runtime.block_on(store.load_dataset()).unwrap());
}

/// A correct login: one argon2id verification (the decoy for an unknown email costs the
/// same) and one indexed read.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn verify_login_sqlite(bencher: Bencher) {
    let runtime = runtime();
    let dir = tempfile::tempdir().unwrap();
    let store = open(&runtime, "sqlite", &dir);
    let password = "correct horse battery staple";
    let actor = pacta_store::Actor::system("bench");
    runtime
        .block_on(store.create_user(
            "bench@example.org",
            pacta_store::Role::Member,
            password,
            &actor,
        ))
        .unwrap();
    bencher.bench_local(|| {
        let user = runtime.block_on(store.verify_login("bench@example.org", password));
        assert!(user.unwrap().is_some());
    });
}

fn main() {
    let runtime = runtime();
    let postgres = std::env::var("PACTA_TEST_POSTGRES_URL")
        .ok()
        .filter(|url| !url.is_empty())
        .map(|server| {
            let schema = format!("pacta_bench_{}", std::process::id());
            runtime.block_on(async {
                let mut admin = sqlx::PgConnection::connect(&server).await.unwrap();
                sqlx::raw_sql(&format!("CREATE SCHEMA {schema}"))
                    .execute(&mut admin)
                    .await
                    .unwrap();
            });
            let separator = if server.contains('?') { '&' } else { '?' };
            let url = format!("{server}{separator}options%5Bsearch_path%5D={schema}");
            (server, schema, url)
        });
    POSTGRES.set(postgres).unwrap();
    divan::main();
    if let Some((server, schema, _)) = POSTGRES.get().unwrap() {
        runtime.block_on(async {
            let mut admin = sqlx::PgConnection::connect(server).await.unwrap();
            sqlx::raw_sql(&format!("DROP SCHEMA {schema} CASCADE"))
                .execute(&mut admin)
                .await
                .unwrap();
        });
    }
}
