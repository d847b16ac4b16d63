-- Accounts, sessions, failed logins and the audit log.
-- Instants are INTEGER microseconds since the Unix epoch (UTC).

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    -- Stored trimmed and lower-cased; unique in that form.
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('member', 'secretariat', 'admin')),
    -- A PHC string ($argon2id$v=19$...); never the password.
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

-- Server-side sessions: the cookie holds a random 256-bit token, the table only
-- its SHA-256, so a copy of the database opens no session.
CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- One row per failed login, keyed by what the caller limits on (an address, an email).
CREATE TABLE failed_logins (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    at INTEGER NOT NULL
) STRICT;

CREATE INDEX failed_logins_by_key ON failed_logins (key, at);

-- Who did what to which record, when, with the record before and after (JSON).
-- Append-only: the triggers below refuse updates and deletes.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_user_id INTEGER REFERENCES users (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;

CREATE INDEX audit_log_by_at ON audit_log (at);
CREATE INDEX audit_log_by_target ON audit_log (target);
CREATE INDEX audit_log_by_actor ON audit_log (actor_user_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
