//! The confidential register of individual communications and urgent actions
//! ([`pacta_core::case::Case`]), and the two things about it the public may have: the
//! statistics and adopted Views.
//!
//! Every change goes through [`Store::update_case`]: the core state machine decides
//! whether the step is allowed, and the new record, its register number and the audit
//! entry (the record before and after) are written in one transaction, or nothing is.
//! Every read that hands out a case ([`Store::read_case`], [`Store::read_cases`]) writes
//! a `read` entry per case in the same transaction before it returns: a read that cannot
//! be audited fails. Who may call them is decided by the caller (`pacta_core::access`);
//! the store records who did.

use jiff::Timestamp;
use jiff::civil::Date;
use pacta_core::Committee;
use pacta_core::case::{Case, case_statistics};
use pacta_core::communication::{ProcedureKind, PublicViews, TransitionError, YearStats};
use serde::Serialize;
use sqlx::types::Json;

use crate::audit::{AuditEntry, insert_audit};
use crate::{Actor, Result, Store, StoreError, micros, on_backend};

/// A case as stored: its id (the key of `case:ID` in the audit log) and version (one
/// more at each change).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredCase {
    pub id: i64,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub case: Case,
}

impl StoredCase {
    /// The key of the case in the audit log: `case:ID`.
    pub fn target(&self) -> String {
        target(self.id)
    }
}

fn target(id: i64) -> String {
    format!("case:{id}")
}

/// Which cases [`Store::read_cases`] and [`Store::read_case`] hand out. Unset fields match
/// all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    pub committee: Option<Committee>,
    pub kind: Option<ProcedureKind>,
    pub state: Option<String>,
    /// Only these committees' cases: a member's ([`Store::user_committees`]). `None` is
    /// every committee (the secretariat, admins, the CLI at the server).
    pub within: Option<Vec<Committee>>,
}

impl CaseFilter {
    fn admits(&self, case: &Case) -> bool {
        self.committee.is_none_or(|c| c == case.committee())
            && self.kind.is_none_or(|k| k == case.kind())
            && self
                .state
                .as_deref()
                .is_none_or(|s| s == case.state().as_str())
            && self
                .within
                .as_ref()
                .is_none_or(|within| within.contains(&case.committee()))
    }
}

#[derive(sqlx::FromRow)]
struct CaseRow {
    id: i64,
    version: i64,
    created_at: i64,
    updated_at: i64,
    record: Json<Case>,
}

const SELECT_CASES: &str = "SELECT id, version, created_at, updated_at, record FROM cases \
     WHERE ($1 IS NULL OR committee = $1) AND ($2 IS NULL OR kind = $2) AND ($3 IS NULL OR \
     state = $3) ORDER BY id";
const SELECT_CASE: &str =
    "SELECT id, version, created_at, updated_at, record FROM cases WHERE id = $1";
const INSERT_CASE: &str = "INSERT INTO cases (kind, committee, state, received_on, stage, \
     number, record, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, \
     $8, $8) RETURNING id";
const UPDATE_CASE: &str = "UPDATE cases SET stage = $1, number = $2, record = $3, \
     version = version + 1, updated_at = $4 WHERE id = $5 AND version = $6";
const COUNT_NUMBERED: &str = "SELECT COUNT(*) FROM cases WHERE committee = $1 AND kind = $2 \
     AND number IS NOT NULL";

impl Store {
    fn stored_case(&self, row: CaseRow) -> Result<StoredCase> {
        let instant = |micros: i64| {
            Timestamp::from_microsecond(micros).map_err(|e| self.corrupt("cases", row.id, e))
        };
        Ok(StoredCase {
            id: row.id,
            version: row.version,
            created_at: instant(row.created_at)?,
            updated_at: instant(row.updated_at)?,
            case: row.record.0,
        })
    }

    /// Enter a case the secretariat received; audited as `case.receive` with the record.
    pub async fn create_case(&self, actor: &Actor, case: Case) -> Result<StoredCase> {
        let now = self.now();
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(self.db("beginning a transaction"))?;
            let id: i64 = sqlx::query_scalar(INSERT_CASE)
                .bind(case.kind().slug())
                .bind(case.committee().acronym())
                .bind(case.state().as_str())
                .bind(case.received_on().to_string())
                .bind(case.stage_name())
                .bind(case.number())
                .bind(Json(&case))
                .bind(micros(now))
                .fetch_one(&mut *tx)
                .await
                .map_err(self.db("entering a case"))?;
            let entry = AuditEntry {
                actor: actor.clone(),
                action: "case.receive".to_string(),
                target: target(id),
                before: None,
                after: Some(serde_json::to_value(&case).expect("a case serializes")),
            };
            insert_audit!(&mut *tx, now, entry)
                .await
                .map_err(self.db(format!("auditing the entry of case {id}")))?;
            tx.commit()
                .await
                .map_err(self.db(format!("committing case {id}")))?;
            Ok(StoredCase {
                id,
                version: 1,
                created_at: now,
                updated_at: now,
                case,
            })
        })
    }

    /// Change case `id` with `change` (a step of its state machine), audited as
    /// `case.<action>` with the record before and after. A step the procedure refuses
    /// is [`StoreError::CaseRefused`]; a case changed by someone else between the read
    /// and the write is [`StoreError::CaseConflict`]; in both, nothing changes. A case
    /// registered by the step gets the next register number of its committee and
    /// procedure.
    pub async fn update_case(
        &self,
        actor: &Actor,
        id: i64,
        action: &str,
        change: impl FnOnce(&mut Case) -> Result<(), TransitionError>,
    ) -> Result<StoredCase> {
        let now = self.now();
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(self.db("beginning a transaction"))?;
            let row: Option<CaseRow> = sqlx::query_as(SELECT_CASE)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(self.db(format!("reading case {id}")))?;
            let Some(row) = row else {
                return Err(StoreError::UnknownCase {
                    location: self.location().to_string(),
                    id,
                });
            };
            let mut stored = self.stored_case(row)?;
            let before = stored.case.clone();
            change(&mut stored.case).map_err(|cause| StoreError::CaseRefused { id, cause })?;
            if stored.case.needs_number() {
                let numbered: i64 = sqlx::query_scalar(COUNT_NUMBERED)
                    .bind(stored.case.committee().acronym())
                    .bind(stored.case.kind().slug())
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(self.db("counting register numbers"))?;
                let running = u32::try_from(numbered + 1).expect("fewer than 2^32 cases");
                stored.case.assign_number(running);
            }
            let changed = sqlx::query(UPDATE_CASE)
                .bind(stored.case.stage_name())
                .bind(stored.case.number())
                .bind(Json(&stored.case))
                .bind(micros(now))
                .bind(id)
                .bind(stored.version)
                .execute(&mut *tx)
                .await
                .map_err(|error| match &error {
                    // Two registrations raced for one number: the second is a conflict.
                    sqlx::Error::Database(db) if db.is_unique_violation() => {
                        StoreError::CaseConflict { id }
                    }
                    _ => self.db(format!("writing case {id}"))(error),
                })?;
            if changed.rows_affected() != 1 {
                return Err(StoreError::CaseConflict { id });
            }
            let entry = AuditEntry {
                actor: actor.clone(),
                action: format!("case.{action}"),
                target: target(id),
                before: Some(serde_json::to_value(&before).expect("a case serializes")),
                after: Some(serde_json::to_value(&stored.case).expect("a case serializes")),
            };
            insert_audit!(&mut *tx, now, entry)
                .await
                .map_err(self.db(format!("auditing the change of case {id}")))?;
            tx.commit()
                .await
                .map_err(self.db(format!("committing case {id}")))?;
            stored.version += 1;
            stored.updated_at = now;
            Ok(stored)
        })
    }

    /// Case `id` for `actor`, if `filter` admits it (a member's committees), with the read
    /// written to the audit log first (in the same transaction: if the entry cannot be
    /// written, nothing is returned). `None` when there is no such case or the filter does
    /// not admit it (nothing is audited then).
    pub async fn read_case(
        &self,
        actor: &Actor,
        id: i64,
        filter: &CaseFilter,
    ) -> Result<Option<StoredCase>> {
        let mut cases = self.read_audited(actor, Some(id), filter).await?;
        Ok(cases.pop())
    }

    /// The cases that match `filter`, oldest first, for `actor`: one `read` entry per case
    /// is written to the audit log in the same transaction before they are returned.
    pub async fn read_cases(&self, actor: &Actor, filter: &CaseFilter) -> Result<Vec<StoredCase>> {
        self.read_audited(actor, None, filter).await
    }

    async fn read_audited(
        &self,
        actor: &Actor,
        id: Option<i64>,
        filter: &CaseFilter,
    ) -> Result<Vec<StoredCase>> {
        let now = self.now();
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(self.db("beginning a transaction"))?;
            let rows: Vec<CaseRow> = match id {
                Some(id) => sqlx::query_as(SELECT_CASE)
                    .bind(id)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(self.db(format!("reading case {id}")))?,
                None => sqlx::query_as(SELECT_CASES)
                    .bind(filter.committee.map(Committee::acronym))
                    .bind(filter.kind.map(ProcedureKind::slug))
                    .bind(filter.state.as_deref())
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(self.db("reading cases"))?,
            };
            let mut cases = rows
                .into_iter()
                .map(|row| self.stored_case(row))
                .collect::<Result<Vec<_>>>()?;
            // Only what is handed out is read, and audited.
            cases.retain(|stored| filter.admits(&stored.case));
            for case in &cases {
                let entry = AuditEntry {
                    actor: actor.clone(),
                    action: "read".to_string(),
                    target: case.target(),
                    before: None,
                    after: None,
                };
                insert_audit!(&mut *tx, now, entry)
                    .await
                    .map_err(self.db(format!("auditing the read of case {}", case.id)))?;
            }
            tx.commit()
                .await
                .map_err(self.db("committing the audit of a read"))?;
            Ok(cases)
        })
    }

    /// The committees whose register the member `user_id` reads (see [`CaseFilter::within`]).
    pub async fn user_committees(&self, user_id: i64) -> Result<Vec<Committee>> {
        let names: Vec<String> = on_backend!(self, |pool, _kind| {
            sqlx::query_scalar(
                "SELECT committee FROM user_committees WHERE user_id = $1 ORDER BY committee",
            )
            .bind(user_id)
            .fetch_all(pool)
            .await
            .map_err(self.db("reading user_committees"))?
        });
        names
            .into_iter()
            .map(|name| {
                name.parse::<Committee>()
                    .map_err(|e| self.corrupt("user_committees", user_id, e))
            })
            .collect()
    }

    /// Make `committees` the committees the member `user_id` serves (replacing any before),
    /// audited as `user.committees` with the sets before and after.
    pub async fn set_user_committees(
        &self,
        actor: &Actor,
        user_id: i64,
        committees: &[Committee],
    ) -> Result<()> {
        let now = self.now();
        let before = self.user_committees(user_id).await?;
        let mut after: Vec<Committee> = committees.to_vec();
        after.sort();
        after.dedup();
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(self.db("beginning a transaction"))?;
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(self.db("reading users"))?;
            if exists.is_none() {
                return Err(StoreError::UnknownUser {
                    location: self.location().to_string(),
                    id: user_id,
                });
            }
            sqlx::query("DELETE FROM user_committees WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut *tx)
                .await
                .map_err(self.db("clearing user_committees"))?;
            for committee in &after {
                sqlx::query("INSERT INTO user_committees (user_id, committee) VALUES ($1, $2)")
                    .bind(user_id)
                    .bind(committee.acronym())
                    .execute(&mut *tx)
                    .await
                    .map_err(self.db("writing user_committees"))?;
            }
            let entry = AuditEntry {
                actor: actor.clone(),
                action: "user.committees".to_string(),
                target: format!("user:{user_id}"),
                before: Some(serde_json::json!(before)),
                after: Some(serde_json::json!(after)),
            };
            insert_audit!(&mut *tx, now, entry)
                .await
                .map_err(self.db(format!("auditing the committees of user {user_id}")))?;
            tx.commit()
                .await
                .map_err(self.db(format!("committing the committees of user {user_id}")))?;
            Ok(())
        })
    }

    /// Every case, unaudited: only for figures and published parts computed here, never
    /// handed out.
    async fn all_cases(&self) -> Result<Vec<Case>> {
        let rows: Vec<CaseRow> = on_backend!(self, |pool, _kind| {
            sqlx::query_as(SELECT_CASES)
                .bind(None::<&str>)
                .bind(None::<&str>)
                .bind(None::<&str>)
                .fetch_all(pool)
                .await
                .map_err(self.db("reading cases"))?
        });
        rows.into_iter()
            .map(|row| self.stored_case(row).map(|stored| stored.case))
            .collect()
    }

    /// Received, registered, decided and pending by committee, procedure and year up to
    /// `on` (public: no case can be told from them).
    pub async fn case_statistics(&self, on: Date) -> Result<Vec<YearStats>> {
        Ok(case_statistics(&self.all_cases().await?, on))
    }

    /// Views adopted on or before `on`, oldest first: what the committees publish.
    pub async fn published_views(&self, on: Date) -> Result<Vec<PublicViews>> {
        let mut views: Vec<PublicViews> = self
            .all_cases()
            .await?
            .iter()
            .filter_map(Case::public_record)
            .filter(|views| views.adopted_on <= on)
            .collect();
        views.sort_by(|a, b| (a.adopted_on, &a.number).cmp(&(b.adopted_on, &b.number)));
        Ok(views)
    }
}
