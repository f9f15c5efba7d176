-- Event store. Every time is INTEGER unix milliseconds (UTC): compact, orders correctly, and compares
-- without parsing. Ids are dense INTEGER PRIMARY KEY row ids, so detection can size arrays by max(id).

-- One row per account id ever named by an event. created_at is the time of its earliest `account` event
-- (NULL if none arrived); first_seen is its earliest event of any type. Attributes come from `account`
-- events; a later event's non-null attribute replaces an earlier one.
CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NULL,
    first_seen   INTEGER NOT NULL,
    email_domain TEXT    NULL,
    country      TEXT    NULL,
    org          TEXT    NULL
);

-- One row per distinct canonical identifier; kind is LinkGraph.Core.Signals.IdentifierKind (persisted values).
-- Prompt identifiers hold a hash of the normalised text, never the text.
CREATE TABLE identifiers (
    id    INTEGER PRIMARY KEY,
    kind  INTEGER NOT NULL,
    value TEXT    NOT NULL,
    UNIQUE (kind, value)
);

-- That an account used an identifier. Keyed by identifier first: "accounts sharing identifier X" is a
-- range scan of the primary key; the account index answers "identifiers of account Y".
CREATE TABLE observations (
    identifier_id INTEGER NOT NULL,
    account_id    INTEGER NOT NULL,
    first_seen    INTEGER NOT NULL,
    last_seen     INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (identifier_id, account_id)
) WITHOUT ROWID;

CREATE INDEX ix_observations_account ON observations (account_id, identifier_id);

-- Idempotency: one row per distinct event, keyed by the XxHash64 (as a signed 64-bit integer) of its key
-- ("id:" + event id, or "h:" + content hash). An INTEGER PRIMARY KEY is the table's own B-tree key: one
-- small tree, no separate text index. Two different keys with the same hash would make the later event
-- look like a duplicate; at 20M events the chance of any such pair is about 1e-5, the same risk already
-- accepted for content keys (a 64-bit hash of the content).
CREATE TABLE events (
    key_hash INTEGER PRIMARY KEY
);

-- One row per stored prompt event: the exact-template identifier. Raw prompt text is never stored.
CREATE TABLE prompts (
    id                  INTEGER PRIMARY KEY,
    account_id          INTEGER NOT NULL,
    at                  INTEGER NOT NULL,
    exact_identifier_id INTEGER NOT NULL
);

CREATE INDEX ix_prompts_account_at ON prompts (account_id, at);

-- The near-duplicate sketch of each exact prompt, stored once per exact-prompt identifier: the same
-- normalised text always gives the same sketch, and prompts repeat a lot (storing it per prompt event made
-- sketches over half of the database).
CREATE TABLE prompt_sketches (
    identifier_id INTEGER PRIMARY KEY,
    sketch        BLOB    NOT NULL
);
