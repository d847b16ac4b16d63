//! Accounts, sessions, failed logins and the audit log as the web layer uses them: a thin
//! door onto [`pacta_store::Store`], which hashes passwords (argon2id), keeps sessions
//! (only a hash of each token) and writes the audit log, in SQLite or PostgreSQL.
//!
//! This module adds what only the web knows: the session token from a cookie, the
//! client's address in a failed-login key, and the conversion of storage failures into
//! "deny" (an unreadable session is an anonymous viewer; an unreadable failure count is
//! a refused login). It decides nothing about who may see what (that is
//! [`crate::viewer`]).

use jiff::{SignedDuration, Timestamp};
use pacta_store::{Actor, AuditEntry, AuditFilter, AuditRecord, SessionToken, Store, User};

/// The web's view of the store.
#[derive(Clone)]
pub struct Accounts {
    store: Store,
}

/// A storage failure, already logged; handlers answer 500/503 with no detail.
#[derive(Debug)]
pub(crate) struct Unavailable;

fn logged<T>(what: &str, result: pacta_store::Result<T>) -> Result<T, Unavailable> {
    result.map_err(|error| {
        tracing::error!("{what}: {error}");
        Unavailable
    })
}

impl Accounts {
    pub fn new(store: Store) -> Self {
        Accounts { store }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The user of a live session, or `None` (unknown, expired, malformed or unreadable).
    pub(crate) async fn session_user(&self, token: &str) -> Option<User> {
        let token = SessionToken::parse(token)?;
        logged("reading a session", self.store.session_user(&token).await)
            .ok()
            .flatten()
    }

    pub(crate) async fn verify_login(
        &self,
        email: &str,
        password: &str,
    ) -> Result<Option<User>, Unavailable> {
        logged(
            "checking a login",
            self.store.verify_login(email, password).await,
        )
    }

    pub(crate) async fn create_session(
        &self,
        user: &User,
        ttl: SignedDuration,
    ) -> Result<SessionToken, Unavailable> {
        logged(
            "creating a session",
            self.store.create_session(user.id, ttl).await,
        )
    }

    pub(crate) async fn delete_session(&self, token: &str) {
        if let Some(token) = SessionToken::parse(token) {
            let _ = logged("ending a session", self.store.delete_session(&token).await);
        }
    }

    pub(crate) async fn record_failed_login(&self, key: &str) {
        let _ = logged(
            "recording a failed login",
            self.store.record_failed_login(key).await,
        );
    }

    pub(crate) async fn failed_logins_since(
        &self,
        key: &str,
        since: Timestamp,
    ) -> Result<u32, Unavailable> {
        logged(
            "counting failed logins",
            self.store.failed_logins_since(key, since).await,
        )
    }

    /// Write an audit entry; a failure is logged (the action it records has happened).
    pub(crate) async fn audit(
        &self,
        actor: Actor,
        action: &str,
        target: &str,
        detail: Option<serde_json::Value>,
    ) {
        let entry = AuditEntry {
            actor,
            action: action.to_string(),
            target: target.to_string(),
            before: None,
            after: detail,
        };
        let _ = logged("writing the audit log", self.store.audit(entry).await);
    }

    pub(crate) async fn audit_log(&self, limit: u32) -> Result<Vec<AuditRecord>, Unavailable> {
        let filter = AuditFilter {
            limit,
            ..AuditFilter::default()
        };
        logged("reading the audit log", self.store.audit_log(&filter).await)
    }

    pub(crate) async fn users(&self) -> Result<Vec<User>, Unavailable> {
        logged("listing accounts", self.store.users().await)
    }
}
