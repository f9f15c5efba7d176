-- Detection runs and what each succeeded run published. Times are INTEGER unix milliseconds (UTC).
-- Readers take the latest succeeded run (state = 2, by finished_at): a run's rings are written in the same
-- transaction that marks it succeeded, so a run in flight is never visible.

CREATE TABLE runs (
    seq            INTEGER PRIMARY KEY,            -- insertion order, for "most recent first"
    id             TEXT    NOT NULL UNIQUE,
    state          INTEGER NOT NULL,               -- RunState: 0 queued, 1 running, 2 succeeded, 3 failed
    trigger        TEXT    NOT NULL,               -- "api", "schedule", "cli", ...
    created_at     INTEGER NOT NULL,
    started_at     INTEGER,
    finished_at    INTEGER,
    stage          TEXT,                           -- RunStages name of the current (or last) stage
    progress       REAL    NOT NULL DEFAULT 0,     -- 0..100 for the whole run
    accounts       INTEGER NOT NULL DEFAULT 0,
    links          INTEGER NOT NULL DEFAULT 0,
    rings          INTEGER NOT NULL DEFAULT 0,
    flagged_rings  INTEGER NOT NULL DEFAULT 0,
    attempts       INTEGER NOT NULL DEFAULT 0,     -- times the run was started (a restart re-runs it)
    stages         TEXT,                           -- JSON array of stage records
    failure_reason TEXT
);
CREATE INDEX runs_by_state ON runs (state, finished_at);

-- Rings of a succeeded run; ordinal is the rank by descending score (0 = highest).
CREATE TABLE rings (
    run_id  TEXT    NOT NULL,
    ring_id TEXT    NOT NULL,
    ordinal INTEGER NOT NULL,
    score   REAL    NOT NULL,
    flagged INTEGER NOT NULL,
    size    INTEGER NOT NULL,
    signals TEXT    NOT NULL,                      -- JSON object: shared identifiers per signal name
    body    TEXT    NOT NULL,                      -- the ring as JSON (CONTRACT §2)
    PRIMARY KEY (run_id, ring_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX rings_by_rank ON rings (run_id, ordinal);
CREATE INDEX rings_by_size ON rings (run_id, size DESC, ordinal);

-- Every account belongs to at most one ring of a run.
CREATE TABLE ring_members (
    run_id  TEXT NOT NULL,
    account TEXT NOT NULL,
    ring_id TEXT NOT NULL,
    PRIMARY KEY (run_id, account)
) WITHOUT ROWID;

-- The strongest links of ring members, stored once per pair; looked up from either end.
CREATE TABLE run_links (
    run_id    TEXT    NOT NULL,
    account_a TEXT    NOT NULL,
    account_b TEXT    NOT NULL,
    weight    REAL    NOT NULL,
    kinds     TEXT    NOT NULL                     -- comma-separated signal names
);
CREATE INDEX run_links_by_a ON run_links (run_id, account_a, weight DESC);
CREATE INDEX run_links_by_b ON run_links (run_id, account_b, weight DESC);

-- Identifiers found at detection time (prompt template clusters), per account.
CREATE TABLE run_derived_observations (
    run_id     TEXT    NOT NULL,
    account    TEXT    NOT NULL,
    kind       INTEGER NOT NULL,                   -- IdentifierKind
    value      TEXT    NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    count      INTEGER NOT NULL,
    sharing    INTEGER NOT NULL                    -- accounts of the run with this identifier (kept, not counted per read)
);
CREATE INDEX run_derived_by_account ON run_derived_observations (run_id, account);
CREATE INDEX run_derived_by_value ON run_derived_observations (run_id, kind, value);
