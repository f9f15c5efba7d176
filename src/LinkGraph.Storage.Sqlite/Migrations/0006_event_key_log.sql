-- Event keys become an append-only log: the writer checks idempotency against all of them in memory
-- (EventKeyLog.cs) and only appends new ones here, in arrival order. The old table was keyed by the
-- key hash, so every batch inserted at random places all over it and each commit rewrote most of its pages.
-- What a key is, and the collision risk of its 64-bit hash, are unchanged (see 0001_events.sql).
CREATE TABLE event_keys (
    key_hash INTEGER NOT NULL
);

INSERT INTO event_keys (key_hash) SELECT key_hash FROM events;

DROP TABLE events;
