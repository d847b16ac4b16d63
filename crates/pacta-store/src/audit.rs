//! The audit log: who did what to which record, when, with the record before and after.
//!
//! Every method of [`Store`] that changes the database writes its entry with
//! [`insert_audit!`] inside its own transaction, so a change and its entry are committed
//! together or not at all. [`Store::audit`] records events that change nothing else (a
//! refused access, a sign-in), and [`Store::audit_read`] every read of a confidential
//! record. The table is append-only: triggers in both backends refuse updates and
//! deletes. This module decides nothing about who may see what (`pacta_core::access`).

use jiff::Timestamp;
use serde::Serialize;
use sqlx::types::Json;

use crate::accounts::User;
use crate::{Result, Store, micros, on_backend};

/// Who acted: an account, or pacta itself (an import, a command run on the server).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// The account, if a person signed in acted.
    pub user_id: Option<i64>,
    /// The account's email, or `system: <what>` (`system: import`). Kept beside the id so
    /// the entry reads on its own.
    pub label: String,
}

impl Actor {
    pub fn user(user: &User) -> Self {
        Actor {
            user_id: Some(user.id),
            label: user.email.clone(),
        }
    }

    /// pacta acting on no one's behalf: `what` names the operation or command.
    pub fn system(what: &str) -> Self {
        Actor {
            user_id: None,
            label: format!("system: {what}"),
        }
    }

    /// Someone not signed in (for [`Store::audit_read`] of a record a link exposed).
    pub fn anonymous() -> Self {
        Actor {
            user_id: None,
            label: "anonymous".to_string(),
        }
    }
}

/// One entry to write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub actor: Actor,
    /// `<noun>.<verb>` (`user.create`, `session.delete`, `dataset.import`), or `read`.
    pub action: String,
    /// The record: `<kind>:<key>` (`user:3`, `document:CMW/C/ZWE/1`), or `dataset`.
    pub target: String,
    /// The record before the change, without secrets (never a password hash or token).
    pub before: Option<serde_json::Value>,
    /// The record after the change, without secrets.
    pub after: Option<serde_json::Value>,
}

/// One entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub at: Timestamp,
    #[serde(flatten)]
    pub entry: AuditEntry,
}

/// Which entries [`Store::audit_log`] returns, newest first. Unset fields match all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFilter {
    pub actor_user_id: Option<i64>,
    pub action: Option<String>,
    pub target: Option<String>,
    /// Entries at or after this instant.
    pub since: Option<Timestamp>,
    /// At most this many entries.
    pub limit: u32,
}

impl Default for AuditFilter {
    fn default() -> Self {
        AuditFilter {
            actor_user_id: None,
            action: None,
            target: None,
            since: None,
            limit: 100,
        }
    }
}

pub(crate) const INSERT_AUDIT: &str = "INSERT INTO audit_log (at, actor_user_id, actor, \
     action, target, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";

/// Write an [`AuditEntry`] at an instant on an executor (a transaction, usually); yields
/// the future of the new entry's id. A macro because the executor's type is the
/// backend's.
macro_rules! insert_audit {
    ($executor:expr, $at:expr, $entry:expr) => {
        sqlx::query_scalar::<_, i64>($crate::audit::INSERT_AUDIT)
            .bind($crate::micros($at))
            .bind($entry.actor.user_id)
            .bind(&$entry.actor.label)
            .bind(&$entry.action)
            .bind(&$entry.target)
            .bind($entry.before.as_ref().map(sqlx::types::Json))
            .bind($entry.after.as_ref().map(sqlx::types::Json))
            .fetch_one($executor)
    };
}
pub(crate) use insert_audit;

#[derive(sqlx::FromRow)]
struct AuditRow {
    id: i64,
    at: i64,
    actor_user_id: Option<i64>,
    actor: String,
    action: String,
    target: String,
    before: Option<Json<serde_json::Value>>,
    after: Option<Json<serde_json::Value>>,
}

const SELECT_AUDIT: &str = "SELECT id, at, actor_user_id, actor, action, target, before, \
     after FROM audit_log WHERE ($1 IS NULL OR actor_user_id = $1) AND ($2 IS NULL OR \
     action = $2) AND ($3 IS NULL OR target = $3) AND ($4 IS NULL OR at >= $4) \
     ORDER BY id DESC LIMIT $5";

impl Store {
    /// Record an event that changes nothing else in the database; returns the entry's id.
    /// (Changes made through the store are audited by the method that makes them.)
    pub async fn audit(&self, entry: AuditEntry) -> Result<i64> {
        let now = self.now();
        on_backend!(self, |pool, _kind| {
            insert_audit!(pool, now, entry)
                .await
                .map_err(self.db(format!("writing the audit entry {}", entry.action)))
        })
    }

    /// Record that `actor` was shown the confidential record `target` (`document:…`,
    /// `communication:…`). Call it before the record is sent: if it fails, do not send.
    pub async fn audit_read(&self, actor: &Actor, target: &str) -> Result<i64> {
        self.audit(AuditEntry {
            actor: actor.clone(),
            action: "read".to_string(),
            target: target.to_string(),
            before: None,
            after: None,
        })
        .await
    }

    /// The entries that match `filter`, newest first.
    pub async fn audit_log(&self, filter: &AuditFilter) -> Result<Vec<AuditRecord>> {
        let rows: Vec<AuditRow> = on_backend!(self, |pool, _kind| {
            sqlx::query_as(SELECT_AUDIT)
                .bind(filter.actor_user_id)
                .bind(filter.action.as_deref())
                .bind(filter.target.as_deref())
                .bind(filter.since.map(micros))
                .bind(i64::from(filter.limit))
                .fetch_all(pool)
                .await
                .map_err(self.db("reading audit_log"))?
        });
        rows.into_iter()
            .map(|row| {
                let at = Timestamp::from_microsecond(row.at)
                    .map_err(|error| self.corrupt("audit_log", row.id, error))?;
                Ok(AuditRecord {
                    id: row.id,
                    at,
                    entry: AuditEntry {
                        actor: Actor {
                            user_id: row.actor_user_id,
                            label: row.actor,
                        },
                        action: row.action,
                        target: row.target,
                        before: row.before.map(|json| json.0),
                        after: row.after.map(|json| json.0),
                    },
                })
            })
            .collect()
    }
}
