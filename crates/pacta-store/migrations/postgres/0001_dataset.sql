-- The bundled data (pacta-data's Dataset): the catalogue, the participants, the
-- treaty-action ledger and UNTC's page facts, replaced whole by each import.
-- Civil dates are ISO 8601 TEXT (YYYY-MM-DD: no time zone, sorts as dates; the same
-- text as in SQLite, so both backends run the same queries); instants are BIGINT
-- microseconds since the Unix epoch (UTC).
-- `position` keeps each list in the order of its file, so that a load rebuilds
-- exactly the registry the files build.

-- One row, written first by every import so that concurrent imports queue
-- (SQLite takes its write lock, PostgreSQL locks the row).
CREATE TABLE import_lock (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    taken BIGINT NOT NULL
);

INSERT INTO import_lock (id, taken) VALUES (1, 0);

-- One row per successful import that changed the data.
CREATE TABLE imports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash TEXT NOT NULL,
    imported_at BIGINT NOT NULL,
    status_as_at TEXT NOT NULL,
    counts JSONB NOT NULL
);

-- The dataset in force: which import, and the facts that are not rows.
CREATE TABLE dataset (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    import_id BIGINT NOT NULL REFERENCES imports (id),
    content_hash TEXT NOT NULL,
    imported_at BIGINT NOT NULL,
    status_as_at TEXT NOT NULL,
    interpretation JSONB NOT NULL
);

-- The catalogue: the columns people query, and the whole entry as JSON (`info`), which
-- is what a load reads back, so that a new field in the catalogue needs no migration.
CREATE TABLE committees (
    code TEXT PRIMARY KEY,
    position BIGINT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (name <> ''),
    members BIGINT NOT NULL,
    term_years BIGINT NOT NULL,
    info JSONB NOT NULL
);

CREATE TABLE instruments (
    code TEXT PRIMARY KEY,
    position BIGINT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('core', 'protocol')),
    parent TEXT REFERENCES instruments (code) DEFERRABLE INITIALLY DEFERRED,
    committee TEXT NOT NULL REFERENCES committees (code),
    short_name TEXT NOT NULL CHECK (short_name <> ''),
    entry_into_force TEXT NOT NULL,
    threshold BIGINT NOT NULL,
    info JSONB NOT NULL
);

CREATE TABLE participants (
    code TEXT PRIMARY KEY,
    position BIGINT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (name <> ''),
    untc_name TEXT NOT NULL CHECK (untc_name <> ''),
    kind TEXT NOT NULL,
    regional_group TEXT,
    regional_group_note TEXT
);

CREATE TABLE treaty_actions (
    position BIGINT PRIMARY KEY,
    instrument TEXT NOT NULL REFERENCES instruments (code),
    participant TEXT NOT NULL REFERENCES participants (code),
    kind TEXT NOT NULL,
    date TEXT,
    effective TEXT,
    article TEXT,
    note TEXT
);

CREATE INDEX treaty_actions_by_instrument ON treaty_actions (instrument);
CREATE INDEX treaty_actions_by_participant ON treaty_actions (participant);

CREATE TABLE untc_instruments (
    code TEXT PRIMARY KEY REFERENCES instruments (code),
    position BIGINT NOT NULL UNIQUE,
    mtdsg_no TEXT NOT NULL,
    title TEXT NOT NULL,
    concluded TEXT NOT NULL,
    entry_into_force_text TEXT NOT NULL,
    signatories BIGINT NOT NULL,
    parties BIGINT NOT NULL,
    status_as_at TEXT NOT NULL,
    url TEXT NOT NULL
);
