//! pacta's storage: the bundled data, accounts, sessions, failed logins, the audit
//! log and the confidential register of communications and urgent actions, in SQLite (the default, one file) or PostgreSQL (when several servers share one
//! database), behind one API: [`Store`].
//!
//! The backend is chosen once, from the URL given to [`Store::connect`]
//! (`sqlite://pacta.db`, `postgres://…`), and every method works the same on both: the
//! two migration histories (`migrations/sqlite`, `migrations/postgres`) describe the same
//! tables, and each query is one SQL text compiled against each driver by
//! [`on_backend!`]. A conformance suite (`tests/it`) runs on both.
//!
//! What this crate is not: it holds no treaty rule (the registry it loads is built by
//! `pacta-core`), parses no data file (that is `pacta-data`), and knows nothing of HTTP,
//! cookies or forms (that is `pacta-web`). It does read the clock, through [`Clock`], for
//! session expiry and audit times; legal dates never come from it.

mod accounts;
mod audit;
mod cases;
mod clock;
mod dataset;
mod error;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::Connection;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
};

pub use accounts::{MIN_PASSWORD_CHARS, SessionToken, User};
pub use audit::{Actor, AuditEntry, AuditFilter, AuditRecord};
pub use cases::{CaseFilter, StoredCase};
pub use clock::Clock;
pub use dataset::{ImportChange, ImportCounts, ImportOutcome, content_hash};
pub use error::StoreError;
pub use pacta_core::access::{Role, Visibility};

/// What `pacta import`, `pacta serve` and `pacta user add` use without `--database`.
pub const DEFAULT_URL: &str = "sqlite://pacta.db";

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// The two databases pacta runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BackendKind {
    Sqlite,
    Postgres,
}

impl BackendKind {
    /// The backend a URL names: `sqlite:…` or `postgres://…` / `postgresql://…`.
    pub fn of_url(url: &str) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(BackendKind::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(BackendKind::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl { url: redact(url) })
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BackendKind::Sqlite => "sqlite",
            BackendKind::Postgres => "postgres",
        }
    }
}

/// A connection pool to one database, of one backend. An enum rather than a trait
/// object: the set is closed (two backends), and each method's body is written once and
/// compiled per backend by [`on_backend!`] (DESIGN.md, "Why an enum of two pools?").
#[derive(Clone)]
enum Backend {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the backend's concrete pool (and `$kind` to its
/// [`BackendKind`]), once per backend: the same SQL text and the same Rust, type-checked
/// against each driver. Queries use `$1`-style parameters, which both drivers accept.
macro_rules! on_backend {
    ($store:expr, |$pool:ident, $kind:ident| $body:expr) => {
        match &$store.backend {
            $crate::Backend::Sqlite($pool) => {
                #[allow(unused_variables)]
                let $kind = $crate::BackendKind::Sqlite;
                $body
            }
            $crate::Backend::Postgres($pool) => {
                #[allow(unused_variables)]
                let $kind = $crate::BackendKind::Postgres;
                $body
            }
        }
    };
}
pub(crate) use on_backend;

/// pacta's database: cheap to clone (the pools are shared), safe to use from many tasks.
///
/// # Example
///
/// ```no_run
/// # async fn example() -> Result<(), pacta_store::StoreError> {
/// let store = pacta_store::Store::connect("sqlite://pacta.db").await?;
/// store.import(&pacta_data::Sources::bundled()).await?;
/// let dataset = store.load_dataset().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Store {
    backend: Backend,
    clock: Clock,
    /// The URL with any password masked, for error messages and reports.
    location: Arc<str>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.kind())
            .field("location", &self.location)
            .finish()
    }
}

impl Store {
    /// Open the database the URL names and bring its schema up to date.
    ///
    /// `sqlite://FILE` creates the file if it is missing and runs it in WAL mode with
    /// foreign keys on; `postgres://…` connects to an existing database. Migrations are
    /// applied before this returns.
    pub async fn connect(url: &str) -> Result<Store> {
        Store::connect_with_clock(url, Clock::system()).await
    }

    /// [`Store::connect`], with the clock used for session expiry and audit times.
    pub async fn connect_with_clock(url: &str, clock: Clock) -> Result<Store> {
        let location: Arc<str> = redact(url).into();
        let connect_error = |cause| StoreError::Connect {
            location: location.to_string(),
            cause,
        };
        let migrate_error = |cause| StoreError::Migrate {
            location: location.to_string(),
            cause,
        };
        // One connection first, to apply the migrations and to report why a database
        // cannot be reached (a pool would only say that it timed out).
        let backend = match BackendKind::of_url(url)? {
            BackendKind::Sqlite => {
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(connect_error)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10));
                let mut first = SqliteConnection::connect_with(&options)
                    .await
                    .map_err(connect_error)?;
                SQLITE_MIGRATIONS
                    .run(&mut first)
                    .await
                    .map_err(migrate_error)?;
                // An in-memory database lives and dies with its one connection.
                let in_memory = url.contains(":memory:") || url.contains("mode=memory");
                let pool = if in_memory {
                    SqlitePoolOptions::new()
                        .max_connections(1)
                        .min_connections(1)
                        .idle_timeout(None)
                        .max_lifetime(None)
                        .connect_with(options)
                        .await
                        .map_err(connect_error)?
                } else {
                    first.close().await.map_err(connect_error)?;
                    SqlitePoolOptions::new()
                        .max_connections(8)
                        .connect_with(options)
                        .await
                        .map_err(connect_error)?
                };
                if in_memory {
                    // Migrate the pool's own database (the first one was another).
                    SQLITE_MIGRATIONS.run(&pool).await.map_err(migrate_error)?;
                }
                Backend::Sqlite(pool)
            }
            BackendKind::Postgres => {
                let options = PgConnectOptions::from_str(url).map_err(connect_error)?;
                let mut first = PgConnection::connect_with(&options)
                    .await
                    .map_err(connect_error)?;
                POSTGRES_MIGRATIONS
                    .run(&mut first)
                    .await
                    .map_err(migrate_error)?;
                first.close().await.map_err(connect_error)?;
                let pool = PgPoolOptions::new()
                    .max_connections(10)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await
                    .map_err(connect_error)?;
                Backend::Postgres(pool)
            }
        };
        Ok(Store {
            backend,
            clock,
            location,
        })
    }

    pub fn kind(&self) -> BackendKind {
        match self.backend {
            Backend::Sqlite(_) => BackendKind::Sqlite,
            Backend::Postgres(_) => BackendKind::Postgres,
        }
    }

    /// The database's URL with any password masked (`postgres://pacta:***@db/pacta`).
    pub fn location(&self) -> &str {
        &self.location
    }

    /// Close every connection; later calls fail.
    pub async fn close(&self) {
        on_backend!(self, |pool, _kind| pool.close().await)
    }

    /// Now, to the microsecond: the precision instants are stored with, so that what a
    /// method returns equals what a later read gives back.
    pub(crate) fn now(&self) -> jiff::Timestamp {
        let now = self.clock.now();
        jiff::Timestamp::from_microsecond(now.as_microsecond()).unwrap_or(now)
    }

    /// Wrap a driver error with where it happened and what was being done.
    pub(crate) fn db(&self, what: impl Into<String>) -> impl FnOnce(sqlx::Error) -> StoreError {
        let location = self.location.to_string();
        let what = what.into();
        move |cause| StoreError::Database {
            location,
            what,
            cause,
        }
    }

    /// A stored value that does not read back.
    pub(crate) fn corrupt(
        &self,
        table: &'static str,
        key: impl std::fmt::Display,
        message: impl std::fmt::Display,
    ) -> StoreError {
        StoreError::Corrupt {
            location: self.location.to_string(),
            table,
            key: key.to_string(),
            message: message.to_string(),
        }
    }
}

/// The URL with the password of its user-info part masked.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((user_info, host)) => {
            let user = user_info
                .split_once(':')
                .map_or(user_info, |(user, _)| user);
            let masked = if user_info.contains(':') {
                format!("{user}:***")
            } else {
                user.to_string()
            };
            format!("{scheme}://{masked}@{host}{tail}")
        }
        None => url.to_string(),
    }
}

/// Microseconds since the Unix epoch: how instants are stored.
pub(crate) fn micros(at: jiff::Timestamp) -> i64 {
    at.as_microsecond()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_their_backend_and_others_are_refused() {
        let check = |url: &str, expected: Option<BackendKind>| {
            assert_eq!(BackendKind::of_url(url).ok(), expected, "{url}");
        };
        check("sqlite://pacta.db", Some(BackendKind::Sqlite));
        check("sqlite::memory:", Some(BackendKind::Sqlite));
        check("postgres://u@localhost/test", Some(BackendKind::Postgres));
        check("postgresql://localhost/test", Some(BackendKind::Postgres));
        check("mysql://localhost/test", None);
        check("pacta.db", None);
    }

    #[test]
    fn passwords_in_urls_are_masked() {
        let check = |url: &str, expected: &str| assert_eq!(redact(url), expected);
        check(
            "postgres://pacta:s3cret@db.example/pacta?sslmode=require",
            "postgres://pacta:***@db.example/pacta?sslmode=require",
        );
        check(
            "postgres://root@127.0.0.1/test",
            "postgres://root@127.0.0.1/test",
        );
        check("sqlite://pacta.db", "sqlite://pacta.db");
        check("sqlite::memory:", "sqlite::memory:");
    }
}
