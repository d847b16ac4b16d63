-- The register of the protection procedures: individual communications and urgent
-- actions (pacta_core::case::Case), confidential (CMW art. 77(6), CED art. 31(5)).
-- Each row holds the whole case as JSON (its state machine's stage and history) and
-- copies of the fields lists filter on. `version` grows by one at each change: an
-- update names the version it read and fails if another change came first.
-- Civil dates are ISO text; instants are microseconds since the Unix epoch (UTC).

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('individual_communications', 'urgent_actions')),
    committee TEXT NOT NULL,
    state TEXT NOT NULL,
    received_on TEXT NOT NULL,
    stage TEXT NOT NULL,
    -- The register number (running/year), once registered; unique per committee and kind.
    number TEXT,
    record TEXT NOT NULL CHECK (json_valid(record)),
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (committee, kind, number)
) STRICT;

CREATE INDEX cases_by_committee ON cases (committee, kind, received_on);
CREATE INDEX cases_by_state ON cases (state);
