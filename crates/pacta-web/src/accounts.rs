//! Accounts, sessions, failed logins and the audit log, as the web layer needs them.
//!
//! [`Accounts`] is the one door: today an in-memory implementation ([`MemoryAccounts`],
//! for tests and for a server run without a database); the database-backed store plugs
//! in as another variant. Passwords are hashed with argon2 and never leave this module;
//! session tokens are 256 random bits. This module decides nothing about who may see
//! what (that is [`crate::viewer`]).

use std::collections::HashMap;
use std::sync::Mutex;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

use crate::viewer::Role;

/// A user's number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct UserId(pub i64);

/// An account as the web layer sees it (never with its password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub role: Role,
}

/// The secret a session cookie carries: 64 hex digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionToken(pub String);

/// One line of the audit log: who did what, when, and to what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub at: Timestamp,
    /// The account that acted (its e-mail), or `None` for the system or an anonymous visitor.
    pub actor: Option<String>,
    /// What happened: `login`, `logout`, `login_failed`, `user_created` …
    pub action: String,
    /// What it happened to (an e-mail, a record key).
    pub subject: String,
    /// Before/after or other detail, as text.
    pub detail: String,
}

/// Something went wrong storing or reading accounts.
#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("an account with e-mail {0} already exists")]
    DuplicateEmail(String),
    #[error("invalid e-mail address \"{0}\"")]
    InvalidEmail(String),
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// Where accounts live. One variant per backend; the choice is made once at start-up.
pub enum Accounts {
    Memory(MemoryAccounts),
}

impl Accounts {
    pub fn memory() -> Self {
        Accounts::Memory(MemoryAccounts::default())
    }

    pub async fn create_user(
        &self,
        email: &str,
        role: Role,
        password: &str,
        actor: Option<&str>,
    ) -> Result<User, AccountsError> {
        let email = normalize_email(email)?;
        let hash = hash_password(password.to_string()).await?;
        match self {
            Accounts::Memory(memory) => {
                let user = memory.insert_user(&email, role, hash)?;
                self.audit(AuditEntry {
                    at: Timestamp::now(),
                    actor: actor.map(str::to_string),
                    action: "user_created".to_string(),
                    subject: email,
                    detail: format!("role: {}", role.as_str()),
                })
                .await;
                Ok(user)
            }
        }
    }

    /// The account whose e-mail and password match, if any. Takes the same time whether
    /// or not the e-mail exists (a dummy hash is checked), so timing reveals no accounts.
    pub async fn verify_login(
        &self,
        email: &str,
        password: &str,
    ) -> Result<Option<User>, AccountsError> {
        let Ok(email) = normalize_email(email) else {
            return Ok(None);
        };
        let found = match self {
            Accounts::Memory(memory) => memory.find(&email),
        };
        let (user, hash) = match found {
            Some((user, hash)) => (Some(user), hash),
            None => (None, dummy_hash().to_string()),
        };
        let ok = verify_password(password.to_string(), hash).await;
        Ok(user.filter(|_| ok))
    }

    pub async fn create_session(
        &self,
        user: UserId,
        ttl: SignedDuration,
    ) -> Result<SessionToken, AccountsError> {
        let token = SessionToken(crate::csrf::random_hex()?);
        let expires = Timestamp::now().checked_add(ttl).unwrap_or(Timestamp::MAX);
        match self {
            Accounts::Memory(memory) => {
                lock(&memory.sessions).insert(token.0.clone(), (user, expires))
            }
        };
        Ok(token)
    }

    /// The user a live session belongs to.
    pub async fn session_user(&self, token: &str) -> Option<User> {
        match self {
            Accounts::Memory(memory) => {
                let (user_id, expires) = *lock(&memory.sessions).get(token)?;
                if expires <= Timestamp::now() {
                    lock(&memory.sessions).remove(token);
                    return None;
                }
                lock(&memory.users)
                    .iter()
                    .find(|u| u.user.id == user_id)
                    .map(|u| u.user.clone())
            }
        }
    }

    pub async fn delete_session(&self, token: &str) {
        match self {
            Accounts::Memory(memory) => {
                lock(&memory.sessions).remove(token);
            }
        }
    }

    pub async fn record_failed_login(&self, key: &str) {
        match self {
            Accounts::Memory(memory) => lock(&memory.failures)
                .entry(key.to_string())
                .or_default()
                .push(Timestamp::now()),
        }
    }

    pub async fn failed_logins_since(&self, key: &str, since: Timestamp) -> usize {
        match self {
            Accounts::Memory(memory) => lock(&memory.failures)
                .get(key)
                .map_or(0, |times| times.iter().filter(|t| **t >= since).count()),
        }
    }

    pub async fn audit(&self, entry: AuditEntry) {
        match self {
            Accounts::Memory(memory) => lock(&memory.audit).push(entry),
        }
    }

    /// The audit log, newest first.
    pub async fn audit_log(&self) -> Vec<AuditEntry> {
        match self {
            Accounts::Memory(memory) => lock(&memory.audit).iter().rev().cloned().collect(),
        }
    }

    pub async fn users(&self) -> Vec<User> {
        match self {
            Accounts::Memory(memory) => {
                lock(&memory.users).iter().map(|u| u.user.clone()).collect()
            }
        }
    }
}

/// Accounts held in memory: lost when the process ends.
#[derive(Default)]
pub struct MemoryAccounts {
    users: Mutex<Vec<StoredUser>>,
    sessions: Mutex<HashMap<String, (UserId, Timestamp)>>,
    failures: Mutex<HashMap<String, Vec<Timestamp>>>,
    audit: Mutex<Vec<AuditEntry>>,
}

struct StoredUser {
    user: User,
    password_hash: String,
}

impl MemoryAccounts {
    fn insert_user(
        &self,
        email: &str,
        role: Role,
        password_hash: String,
    ) -> Result<User, AccountsError> {
        let mut users = lock(&self.users);
        if users.iter().any(|u| u.user.email == email) {
            return Err(AccountsError::DuplicateEmail(email.to_string()));
        }
        let user = User {
            id: UserId(i64::try_from(users.len()).unwrap_or(i64::MAX) + 1),
            email: email.to_string(),
            role,
        };
        users.push(StoredUser {
            user: user.clone(),
            password_hash,
        });
        Ok(user)
    }

    fn find(&self, email: &str) -> Option<(User, String)> {
        lock(&self.users)
            .iter()
            .find(|u| u.user.email == email)
            .map(|u| (u.user.clone(), u.password_hash.clone()))
    }
}

/// A poisoned lock means a panic while holding it; the data is plain values, still usable.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn normalize_email(email: &str) -> Result<String, AccountsError> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
    if valid {
        Ok(email)
    } else {
        Err(AccountsError::InvalidEmail(email))
    }
}

/// argon2id with the crate's default (OWASP) parameters, off the async threads.
async fn hash_password(password: String) -> Result<String, AccountsError> {
    let salt_bytes =
        crate::csrf::random_bytes::<16>().map_err(|e| AccountsError::Hash(e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        let salt =
            SaltString::encode_b64(&salt_bytes).map_err(|e| AccountsError::Hash(e.to_string()))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| AccountsError::Hash(e.to_string()))
    })
    .await
    .map_err(|e| AccountsError::Hash(e.to_string()))?
}

async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
}

/// A valid argon2 hash of a password nobody has, checked when the e-mail is unknown.
fn dummy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2YtDg8Ts9K2KmNhwTgfXTwYq2qt/4A6n4SKxuq2cVdM"
}
