//! Accounts, sessions and failed logins: users with argon2id password hashes,
//! server-side sessions behind random 256-bit tokens stored hashed, and the record of
//! failed logins a caller rate-limits on.
//!
//! What this module does not do: decide who may see what (`pacta_core::access`), set
//! cookies or check CSRF tokens (`pacta-web`), or choose the rate limit (the caller asks
//! [`Store::failed_logins_since`] and decides). Password hashing runs on tokio's blocking
//! pool: it is slow on purpose (~20 ms, 19 MiB, OWASP's argon2id minimum).

use std::fmt;
use std::sync::OnceLock;

use argon2::Argon2;
use jiff::{SignedDuration, Timestamp};
use password_hash::rand_core::{OsRng, RngCore};
use password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::audit::{Actor, AuditEntry, insert_audit};
use crate::{Result, Role, Store, StoreError, micros, on_backend};

/// The shortest password an account may have, in characters (NIST SP 800-63B asks
/// for at least 8; accounts here see confidential records, so pacta asks for more).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest, in bytes: argon2 hashes anything, but a megabyte per attempt is a cheap
/// way to burn a server's time.
const MAX_PASSWORD_BYTES: usize = 1024;

/// An account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    /// Trimmed and lower-cased.
    pub email: String,
    /// Never [`Role::Public`]: that is the role of no account.
    pub role: Role,
    pub created_at: Timestamp,
}

/// The secret a session cookie carries: 32 random bytes from the operating system, as
/// 64 lower-case hex digits. The database keeps only its SHA-256. `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

impl SessionToken {
    fn generate() -> Self {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        SessionToken(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Accepts what [`SessionToken::as_str`] gave out (64 hex digits, any case).
    pub fn parse(input: &str) -> Option<Self> {
        (input.len() == 64 && input.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| SessionToken(input.to_ascii_lowercase()))
    }

    /// The value for the cookie.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn hash(&self) -> Vec<u8> {
        Sha256::digest(self.0.as_bytes()).to_vec()
    }
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionToken(…)")
    }
}

/// Trim and lower-case an email address and check its shape (one `@`, a dotted
/// domain, no spaces). Whether it receives mail is not checked.
fn normalize_email(input: &str) -> Result<String> {
    let email = input.trim().to_lowercase();
    let invalid = |reason| StoreError::InvalidEmail {
        email: input.to_string(),
        reason,
    };
    if email.len() > 254 {
        return Err(invalid("longer than 254 characters"));
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid("contains a space or a control character"));
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(invalid("no @"));
    };
    if local.is_empty() || domain.contains('@') {
        return Err(invalid("expected exactly one @ with a name before it"));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|label| label.is_empty()) {
        return Err(invalid("the domain after @ needs a dot (example.org)"));
    }
    Ok(email)
}

fn check_password(password: &str) -> Result<()> {
    let weak = |reason: String| Err(StoreError::WeakPassword { reason });
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return weak(format!("shorter than {MIN_PASSWORD_CHARS} characters"));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return weak(format!("longer than {MAX_PASSWORD_BYTES} bytes"));
    }
    if password.trim().is_empty() {
        return weak("only spaces".to_string());
    }
    Ok(())
}

/// argon2id, version 0x13, m = 19 MiB, t = 2, p = 1 (the crate's defaults, which are
/// OWASP's recommended minimum), with a fresh random salt; a PHC string.
fn hash_password(password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| StoreError::PasswordHash(error.to_string()))
}

/// Whether `password` matches the PHC string (parameters are read from the string, so
/// older hashes still verify after the defaults change).
fn verify_password(password: &str, phc: &str) -> std::result::Result<bool, String> {
    let parsed = PasswordHash::new(phc).map_err(|error| error.to_string())?;
    Ok(Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

/// A hash of nothing anyone knows, verified when the email is unknown so that a
/// failed login takes as long whether or not the account exists.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        hash_password("pacta decoy password, never an account's")
            .expect("argon2 with its default parameters hashes any short input")
    })
}

/// Run CPU-heavy hashing off the async threads.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| StoreError::PasswordHash(format!("the hashing task failed: {error}")))
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    role: String,
    created_at: i64,
}

#[derive(sqlx::FromRow)]
struct LoginRow {
    id: i64,
    email: String,
    role: String,
    created_at: i64,
    password_hash: String,
}

const INSERT_USER: &str = "INSERT INTO users (email, role, password_hash, created_at) \
     VALUES ($1, $2, $3, $4) RETURNING id";
const SELECT_USER_BY_ID: &str = "SELECT id, email, role, created_at FROM users WHERE id = $1";
const SELECT_USER_BY_EMAIL: &str = "SELECT id, email, role, created_at FROM users WHERE email = $1";
const SELECT_USERS: &str = "SELECT id, email, role, created_at FROM users ORDER BY id";
const SELECT_LOGIN: &str =
    "SELECT id, email, role, created_at, password_hash FROM users WHERE email = $1";
const INSERT_SESSION: &str = "INSERT INTO sessions (token_hash, user_id, created_at, \
     expires_at) VALUES ($1, $2, $3, $4)";
const SELECT_SESSION_USER: &str = "SELECT u.id, u.email, u.role, u.created_at FROM sessions s \
     JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2";
const DELETE_SESSION: &str = "DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id";

impl Store {
    /// Create an account with an argon2id hash of `password`; the account and its audit
    /// entry (`user.create`, by `actor`) are written in one transaction.
    ///
    /// Refuses an invalid email, a password shorter than [`MIN_PASSWORD_CHARS`], the
    /// role `public`, and an email that already has an account (in any case).
    pub async fn create_user(
        &self,
        email: &str,
        role: Role,
        password: &str,
        actor: &Actor,
    ) -> Result<User> {
        let email = normalize_email(email)?;
        if !role.is_account_role() {
            return Err(StoreError::PublicAccount);
        }
        check_password(password)?;
        let password = password.to_string();
        let password_hash = blocking(move || hash_password(&password)).await??;
        let now = self.now();
        let exists = || StoreError::UserExists {
            location: self.location().to_string(),
            email: email.clone(),
        };
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(self.db("beginning a transaction"))?;
            let taken: Option<UserRow> = sqlx::query_as(SELECT_USER_BY_EMAIL)
                .bind(&email)
                .fetch_optional(&mut *tx)
                .await
                .map_err(self.db("reading users"))?;
            if taken.is_some() {
                return Err(exists());
            }
            let id: i64 = sqlx::query_scalar(INSERT_USER)
                .bind(&email)
                .bind(role.as_str())
                .bind(&password_hash)
                .bind(micros(now))
                .fetch_one(&mut *tx)
                .await
                .map_err(|error| match &error {
                    sqlx::Error::Database(db) if db.is_unique_violation() => exists(),
                    _ => self.db(format!("creating the account {email}"))(error),
                })?;
            let user = User {
                id,
                email: email.clone(),
                role,
                created_at: now,
            };
            let entry = AuditEntry {
                actor: actor.clone(),
                action: "user.create".to_string(),
                target: format!("user:{id}"),
                before: None,
                after: Some(serde_json::json!({ "id": id, "email": email, "role": role })),
            };
            insert_audit!(&mut *tx, now, entry)
                .await
                .map_err(self.db(format!("auditing the creation of {email}")))?;
            tx.commit()
                .await
                .map_err(self.db(format!("committing the account {email}")))?;
            Ok(user)
        })
    }

    /// The account whose email and password these are, or `None` (unknown email, wrong
    /// password: the caller cannot tell which, and neither can a timer). Does not record
    /// the failure; see [`Store::record_failed_login`].
    pub async fn verify_login(&self, email: &str, password: &str) -> Result<Option<User>> {
        let row: Option<LoginRow> = match normalize_email(email) {
            Ok(email) => on_backend!(self, |pool, _kind| {
                sqlx::query_as(SELECT_LOGIN)
                    .bind(&email)
                    .fetch_optional(pool)
                    .await
                    .map_err(self.db("reading users"))?
            }),
            Err(_) => None,
        };
        let password = password.to_string();
        let Some(row) = row else {
            blocking(move || verify_password(&password, decoy_hash()))
                .await?
                .ok();
            return Ok(None);
        };
        let phc = row.password_hash.clone();
        let matches = blocking(move || verify_password(&password, &phc))
            .await?
            .map_err(|error| self.corrupt("users", row.id, format!("password_hash: {error}")))?;
        if !matches {
            return Ok(None);
        }
        self.user_of(UserRow {
            id: row.id,
            email: row.email,
            role: row.role,
            created_at: row.created_at,
        })
        .map(Some)
    }

    /// The account with this id, if any.
    pub async fn user(&self, id: i64) -> Result<Option<User>> {
        let row: Option<UserRow> = on_backend!(self, |pool, _kind| {
            sqlx::query_as(SELECT_USER_BY_ID)
                .bind(id)
                .fetch_optional(pool)
                .await
                .map_err(self.db("reading users"))?
        });
        row.map(|row| self.user_of(row)).transpose()
    }

    /// Every account, oldest first.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows: Vec<UserRow> = on_backend!(self, |pool, _kind| {
            sqlx::query_as(SELECT_USERS)
                .fetch_all(pool)
                .await
                .map_err(self.db("reading users"))?
        });
        rows.into_iter().map(|row| self.user_of(row)).collect()
    }

    /// Open a session for the account, valid for `ttl`; returns the token for the cookie.
    /// The session and its audit entry (`session.create`) are written together.
    pub async fn create_session(&self, user_id: i64, ttl: SignedDuration) -> Result<SessionToken> {
        let token = SessionToken::generate();
        let now = self.now();
        if !ttl.is_positive() {
            return Err(StoreError::SessionLifetime(format!(
                "{ttl:#} is not positive"
            )));
        }
        let expires_at = now
            .checked_add(ttl)
            .map_err(|_| StoreError::SessionLifetime(format!("{ttl:#} from {now}")))?;
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(self.db("beginning a transaction"))?;
            let user: Option<UserRow> = sqlx::query_as(SELECT_USER_BY_ID)
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(self.db("reading users"))?;
            let Some(user) = user else {
                return Err(StoreError::UnknownUser {
                    location: self.location().to_string(),
                    id: user_id,
                });
            };
            sqlx::query(INSERT_SESSION)
                .bind(token.hash())
                .bind(user_id)
                .bind(micros(now))
                .bind(micros(expires_at))
                .execute(&mut *tx)
                .await
                .map_err(self.db(format!("opening a session for user {user_id}")))?;
            let entry = AuditEntry {
                actor: Actor {
                    user_id: Some(user.id),
                    label: user.email,
                },
                action: "session.create".to_string(),
                target: format!("user:{user_id}"),
                before: None,
                after: Some(serde_json::json!({ "expires_at": expires_at })),
            };
            insert_audit!(&mut *tx, now, entry)
                .await
                .map_err(self.db("auditing a new session"))?;
            tx.commit()
                .await
                .map_err(self.db("committing a new session"))?;
            Ok(token)
        })
    }

    /// The account a token's session belongs to, if the session exists and has not
    /// expired (a session expires at `expires_at` exactly).
    pub async fn session_user(&self, token: &SessionToken) -> Result<Option<User>> {
        let now = self.now();
        let row: Option<UserRow> = on_backend!(self, |pool, _kind| {
            sqlx::query_as(SELECT_SESSION_USER)
                .bind(token.hash())
                .bind(micros(now))
                .fetch_optional(pool)
                .await
                .map_err(self.db("reading sessions"))?
        });
        row.map(|row| self.user_of(row)).transpose()
    }

    /// End a session (sign out); `false` if there was none. Audited as `session.delete`.
    pub async fn delete_session(&self, token: &SessionToken) -> Result<bool> {
        let now = self.now();
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(self.db("beginning a transaction"))?;
            let user_id: Option<i64> = sqlx::query_scalar(DELETE_SESSION)
                .bind(token.hash())
                .fetch_optional(&mut *tx)
                .await
                .map_err(self.db("closing a session"))?;
            let Some(user_id) = user_id else {
                return Ok(false);
            };
            let email: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(self.db("reading users"))?;
            let entry = AuditEntry {
                actor: Actor {
                    user_id: Some(user_id),
                    label: email.unwrap_or_else(|| format!("user {user_id}")),
                },
                action: "session.delete".to_string(),
                target: format!("user:{user_id}"),
                before: None,
                after: None,
            };
            insert_audit!(&mut *tx, now, entry)
                .await
                .map_err(self.db("auditing a closed session"))?;
            tx.commit()
                .await
                .map_err(self.db("committing a closed session"))?;
            Ok(true)
        })
    }

    /// Delete every expired session; returns how many.
    pub async fn delete_expired_sessions(&self) -> Result<u64> {
        let now = self.now();
        on_backend!(self, |pool, _kind| {
            Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                .bind(micros(now))
                .execute(pool)
                .await
                .map_err(self.db("deleting expired sessions"))?
                .rows_affected())
        })
    }

    /// Note a failed login under `key` (what the caller limits on: `ip:203.0.113.7`,
    /// `email:someone@example.org`), now.
    pub async fn record_failed_login(&self, key: &str) -> Result<()> {
        let now = self.now();
        on_backend!(self, |pool, _kind| {
            sqlx::query("INSERT INTO failed_logins (key, at) VALUES ($1, $2)")
                .bind(key)
                .bind(micros(now))
                .execute(pool)
                .await
                .map_err(self.db("recording a failed login"))?;
        });
        Ok(())
    }

    /// How many failed logins `key` has had at or after `since`.
    pub async fn failed_logins_since(&self, key: &str, since: Timestamp) -> Result<u32> {
        let count: i64 = on_backend!(self, |pool, _kind| {
            sqlx::query_scalar("SELECT COUNT(*) FROM failed_logins WHERE key = $1 AND at >= $2")
                .bind(key)
                .bind(micros(since))
                .fetch_one(pool)
                .await
                .map_err(self.db("counting failed logins"))?
        });
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// Forget failed logins older than `before`; returns how many.
    pub async fn forget_failed_logins_before(&self, before: Timestamp) -> Result<u64> {
        on_backend!(self, |pool, _kind| {
            Ok(sqlx::query("DELETE FROM failed_logins WHERE at < $1")
                .bind(micros(before))
                .execute(pool)
                .await
                .map_err(self.db("forgetting failed logins"))?
                .rows_affected())
        })
    }

    fn user_of(&self, row: UserRow) -> Result<User> {
        let role: Role = row
            .role
            .parse()
            .map_err(|error| self.corrupt("users", row.id, error))?;
        let created_at = Timestamp::from_microsecond(row.created_at)
            .map_err(|error| self.corrupt("users", row.id, error))?;
        Ok(User {
            id: row.id,
            email: row.email,
            role,
            created_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lower_cased_and_checked() {
        let check = |input: &str, expected: Option<&str>| {
            assert_eq!(normalize_email(input).ok().as_deref(), expected, "{input}");
        };
        check(" Jane.Doe@OHCHR.org ", Some("jane.doe@ohchr.org"));
        check("a@b.c", Some("a@b.c"));
        check("jane", None);
        check("@ohchr.org", None);
        check("jane@ohchr", None);
        check("jane@@ohchr.org", None);
        check("jane doe@ohchr.org", None);
        check("jane@ohchr..org", None);
    }

    #[test]
    fn passwords_need_twelve_characters_and_at_most_a_kilobyte() {
        assert!(check_password("correct horse").is_ok());
        assert!(check_password("ñññññññññññ").is_err()); // 11 characters, 22 bytes
        assert!(check_password("ññññññññññññ").is_ok()); // 12 characters
        assert!(check_password("            ").is_err());
        assert!(check_password(&"x".repeat(1025)).is_err());
    }

    #[test]
    fn tokens_are_64_hex_digits_and_never_shown_by_debug() {
        let token = SessionToken::generate();
        assert_eq!(token.as_str().len(), 64);
        assert_eq!(SessionToken::parse(token.as_str()), Some(token.clone()));
        assert_eq!(
            SessionToken::parse(&token.as_str().to_uppercase()),
            Some(token.clone())
        );
        assert_ne!(SessionToken::generate(), token);
        assert!(!format!("{token:?}").contains(token.as_str()));
        assert_eq!(SessionToken::parse("zz"), None);
        assert_eq!(SessionToken::parse(&"g".repeat(64)), None);
    }
}
