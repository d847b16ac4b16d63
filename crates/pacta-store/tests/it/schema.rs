//! The two migration histories describe one schema: the same migration files, and, when
//! PostgreSQL is available, the same tables with the same columns in both databases.

use std::collections::BTreeMap;
use std::path::Path;

use pacta_store::BackendKind;

use crate::harness::{TestDb, postgres_url};

fn migration_files(backend: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn both_backends_have_the_same_migration_files() {
    let sqlite = migration_files("sqlite");
    assert!(!sqlite.is_empty());
    assert!(
        sqlite
            .iter()
            .all(|name| name.ends_with(".sql") && name[..4].bytes().all(|b| b.is_ascii_digit())),
        "{sqlite:?}"
    );
    assert_eq!(sqlite, migration_files("postgres"));
}

/// Table → column names, in column order.
async fn columns(db: &TestDb) -> BTreeMap<String, Vec<String>> {
    let rows = db
        .texts(match db.kind {
            BackendKind::Sqlite => {
                "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
                 ORDER BY m.name, p.cid"
            }
            BackendKind::Postgres => {
                "SELECT table_name || '.' || column_name FROM information_schema.columns \
                 WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
            }
        })
        .await;
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in rows {
        let (table, column) = row.split_once('.').unwrap();
        tables
            .entry(table.to_string())
            .or_default()
            .push(column.to_string());
    }
    tables
}

#[tokio::test]
async fn both_backends_have_the_same_tables_and_columns() {
    let sqlite = TestDb::sqlite().await;
    let expected = columns(&sqlite).await;
    assert!(expected.contains_key("treaty_actions") && expected.contains_key("audit_log"));
    // Opening the database again applies nothing new and changes nothing.
    sqlite.reopen().await.close().await;
    assert_eq!(columns(&sqlite).await, expected);
    sqlite.finish().await;
    if postgres_url().is_none() {
        eprintln!("PACTA_TEST_POSTGRES_URL is not set: PostgreSQL not compared");
        return;
    }
    let postgres = TestDb::postgres().await.unwrap();
    assert_eq!(columns(&postgres).await, expected);
    postgres.finish().await;
}
