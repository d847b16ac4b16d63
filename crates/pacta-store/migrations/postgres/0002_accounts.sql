-- Accounts, sessions, failed logins and the audit log.
-- Instants are BIGINT microseconds since the Unix epoch (UTC).

CREATE TABLE users (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Stored trimmed and lower-cased; unique in that form.
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('member', 'secretariat', 'admin')),
    -- A PHC string ($argon2id$v=19$...); never the password.
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Server-side sessions: the cookie holds a random 256-bit token, the table only
-- its SHA-256, so a copy of the database opens no session.
CREATE TABLE sessions (
    token_hash BYTEA PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- One row per failed login, keyed by what the caller limits on (an address, an email).
CREATE TABLE failed_logins (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);

CREATE INDEX failed_logins_by_key ON failed_logins (key, at);

-- Who did what to which record, when, with the record before and after (JSON).
-- Append-only: the trigger below refuses updates and deletes.
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before JSONB,
    after JSONB
);

CREATE INDEX audit_log_by_at ON audit_log (at);
CREATE INDEX audit_log_by_target ON audit_log (target);
CREATE INDEX audit_log_by_actor ON audit_log (actor_user_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
