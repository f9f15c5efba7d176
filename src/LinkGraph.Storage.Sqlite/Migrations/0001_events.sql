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

-- Idempotency: one row per distinct event ("id:" + event id, or "h:" + content hash).
-- type is LinkGraph.Core.Events.EventType (persisted values).
CREATE TABLE events (
    event_key  TEXT    NOT NULL PRIMARY KEY,
    type       INTEGER NOT NULL,
    account_id INTEGER NOT NULL,
    at         INTEGER NOT NULL
) WITHOUT ROWID;

-- One row per stored prompt event: the exact-template identifier and the near-duplicate sketch.
-- Raw prompt text is never stored.
CREATE TABLE prompts (
    id                  INTEGER PRIMARY KEY,
    account_id          INTEGER NOT NULL,
    at                  INTEGER NOT NULL,
    exact_identifier_id INTEGER NOT NULL,
    sketch              BLOB    NULL
);

CREATE INDEX ix_prompts_account_at ON prompts (account_id, at);
