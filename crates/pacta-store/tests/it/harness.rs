//! The test databases: a temporary SQLite file, or a fresh PostgreSQL schema, each with
//! a hand-driven clock; and the `conformance!` macro that runs one test body on both.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU32, Ordering};
use std::time::Duration;

use jiff::Timestamp;
use pacta_store::{BackendKind, Clock, Store};
use sqlx::Connection;

/// The instant every test starts at (CMW/C/SR.608 was held on 21 February 2025).
pub const START: &str = "2025-02-21T10:00:00Z";

/// One database for one test, and a second way in (raw SQL) to look behind the API.
pub struct TestDb {
    pub store: Store,
    pub kind: BackendKind,
    url: String,
    now: Arc<AtomicI64>,
    /// Keeps the SQLite file until the test ends.
    _dir: Option<tempfile::TempDir>,
    /// For PostgreSQL: the server's URL and the schema to drop at the end.
    postgres: Option<(String, String)>,
}

fn test_clock() -> (Clock, Arc<AtomicI64>) {
    let start: Timestamp = START.parse().expect("START is an RFC 3339 instant");
    let now = Arc::new(AtomicI64::new(start.as_microsecond()));
    let shared = Arc::clone(&now);
    let clock = Clock::from_fn(move || {
        Timestamp::from_microsecond(shared.load(Ordering::SeqCst))
            .expect("the test clock stays in range")
    });
    (clock, now)
}

/// The PostgreSQL server tests run against, if any; panics when it is required and unset.
pub fn postgres_url() -> Option<String> {
    let url = std::env::var("PACTA_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() && std::env::var("PACTA_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("PACTA_REQUIRE_POSTGRES=1 but PACTA_TEST_POSTGRES_URL is not set");
    }
    url
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}", dir.path().join("pacta.db").display());
        let (clock, now) = test_clock();
        let store = Store::connect_with_clock(&url, clock)
            .await
            .expect("a fresh SQLite database opens and migrates");
        TestDb {
            store,
            kind: BackendKind::Sqlite,
            url,
            now,
            _dir: Some(dir),
            postgres: None,
        }
    }

    /// A fresh schema on the server at `PACTA_TEST_POSTGRES_URL`, or `None` without one.
    pub async fn postgres() -> Option<TestDb> {
        let server = postgres_url()?;
        let mut admin = sqlx::PgConnection::connect(&server)
            .await
            .unwrap_or_else(|error| panic!("PostgreSQL at {server} is unreachable: {error}"));
        drop_stale_schemas(&mut admin).await;
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let schema = format!(
            "pacta_it_{}_{}_{}",
            Timestamp::now().as_second(),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        sqlx::raw_sql(&format!("CREATE SCHEMA {schema}"))
            .execute(&mut admin)
            .await
            .expect("the test user may create schemas");
        admin.close().await.ok();
        let separator = if server.contains('?') { '&' } else { '?' };
        let url = format!("{server}{separator}options%5Bsearch_path%5D={schema}");
        let (clock, now) = test_clock();
        let store = Store::connect_with_clock(&url, clock)
            .await
            .expect("a fresh PostgreSQL schema opens and migrates");
        Some(TestDb {
            store,
            kind: BackendKind::Postgres,
            url,
            now,
            _dir: None,
            postgres: Some((server, schema)),
        })
    }

    /// Another store on the same database (a second server, or a restart).
    pub async fn reopen(&self) -> Store {
        Store::connect(&self.url)
            .await
            .expect("the database opens again")
    }

    /// Move the store's clock forward.
    pub fn advance(&self, by: Duration) {
        let micros = i64::try_from(by.as_micros()).expect("test durations are small");
        self.now.fetch_add(micros, Ordering::SeqCst);
    }

    pub fn now(&self) -> Timestamp {
        Timestamp::from_microsecond(self.now.load(Ordering::SeqCst)).expect("in range")
    }

    /// Run SQL behind the store's back, on a connection of its own.
    pub async fn execute(&self, sql: &str) -> Result<(), sqlx::Error> {
        match self.kind {
            BackendKind::Sqlite => {
                let mut connection = sqlx::SqliteConnection::connect(&self.url).await?;
                sqlx::raw_sql(sql).execute(&mut connection).await?;
                connection.close().await
            }
            BackendKind::Postgres => {
                let mut connection = sqlx::PgConnection::connect(&self.url).await?;
                sqlx::raw_sql(sql).execute(&mut connection).await?;
                connection.close().await
            }
        }
    }

    /// One text column of a query, behind the store's back.
    pub async fn texts(&self, sql: &str) -> Vec<String> {
        match self.kind {
            BackendKind::Sqlite => {
                let mut connection = sqlx::SqliteConnection::connect(&self.url).await.unwrap();
                sqlx::query_scalar(sql)
                    .fetch_all(&mut connection)
                    .await
                    .unwrap()
            }
            BackendKind::Postgres => {
                let mut connection = sqlx::PgConnection::connect(&self.url).await.unwrap();
                sqlx::query_scalar(sql)
                    .fetch_all(&mut connection)
                    .await
                    .unwrap()
            }
        }
    }

    /// The number of rows in a table.
    pub async fn count(&self, table: &str) -> i64 {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        match self.kind {
            BackendKind::Sqlite => {
                let mut connection = sqlx::SqliteConnection::connect(&self.url).await.unwrap();
                sqlx::query_scalar(&sql)
                    .fetch_one(&mut connection)
                    .await
                    .unwrap()
            }
            BackendKind::Postgres => {
                let mut connection = sqlx::PgConnection::connect(&self.url).await.unwrap();
                sqlx::query_scalar(&sql)
                    .fetch_one(&mut connection)
                    .await
                    .unwrap()
            }
        }
    }

    /// A trigger that makes inserts into `table` fail when `condition` (on `NEW`) holds,
    /// in the backend's dialect: how tests make the database refuse one row.
    pub async fn refuse_inserts(&self, table: &str, condition: &str) {
        let sql = match self.kind {
            BackendKind::Sqlite => format!(
                "CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} WHEN {condition} \
                 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
            ),
            BackendKind::Postgres => format!(
                "CREATE FUNCTION refuse_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN IF {condition} THEN RAISE EXCEPTION 'refused by the test'; END IF; \
                 RETURN NEW; END; $$; \
                 CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} FOR EACH ROW \
                 EXECUTE FUNCTION refuse_{table}();"
            ),
        };
        self.execute(&sql)
            .await
            .expect("the test trigger is valid SQL");
    }

    pub async fn allow_inserts(&self, table: &str) {
        let sql = match self.kind {
            BackendKind::Sqlite => format!("DROP TRIGGER refuse_{table}"),
            BackendKind::Postgres => {
                format!("DROP TRIGGER refuse_{table} ON {table}; DROP FUNCTION refuse_{table}();")
            }
        };
        self.execute(&sql).await.expect("the test trigger exists");
    }

    /// Close the store; drop the PostgreSQL schema.
    pub async fn finish(self) {
        self.store.close().await;
        if let Some((server, schema)) = &self.postgres {
            let mut admin = sqlx::PgConnection::connect(server).await.unwrap();
            sqlx::raw_sql(&format!("DROP SCHEMA {schema} CASCADE"))
                .execute(&mut admin)
                .await
                .expect("the test schema drops");
            admin.close().await.ok();
        }
    }
}

/// Schemas left by runs that failed more than an hour ago.
async fn drop_stale_schemas(admin: &mut sqlx::PgConnection) {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'pacta\\_it\\_%'",
    )
    .fetch_all(&mut *admin)
    .await
    .unwrap_or_default();
    let cutoff = Timestamp::now().as_second() - 3600;
    for name in names {
        let created: Option<i64> = name.split('_').nth(2).and_then(|s| s.parse().ok());
        if created.is_some_and(|created| created < cutoff) {
            sqlx::raw_sql(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
                .execute(&mut *admin)
                .await
                .ok();
        }
    }
}

/// For each `async fn name(db: &TestDb)` listed, a test `sqlite::name` and a test
/// `postgres::name` in the calling module.
macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let db = $crate::harness::TestDb::sqlite().await;
                    super::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    let Some(db) = $crate::harness::TestDb::postgres().await else {
                        eprintln!("PACTA_TEST_POSTGRES_URL is not set: PostgreSQL not tested");
                        return;
                    };
                    super::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
    };
}
pub(crate) use conformance;
