-- Published run rows laid out for writing a large run fast and storing it small (0002 kept each ring's JSON body
-- in a WITHOUT ROWID tree, where a row of more than about a thousand bytes spills into mostly empty overflow pages,
-- and repeated each derived observation's 36-character run id in the table and two indexes).

-- Rings: an ordinary rowid table (a body of up to about 4 KB fits its page), written in rank order; the key is a
-- unique index.
CREATE TABLE rings_rowid (
    run_id  TEXT    NOT NULL,
    ring_id TEXT    NOT NULL,
    ordinal INTEGER NOT NULL,
    score   REAL    NOT NULL,
    flagged INTEGER NOT NULL,
    size    INTEGER NOT NULL,
    signals TEXT    NOT NULL,                      -- JSON object: shared identifiers per signal name
    body    TEXT    NOT NULL                       -- the ring as JSON (CONTRACT §2)
);
INSERT INTO rings_rowid (run_id, ring_id, ordinal, score, flagged, size, signals, body)
SELECT run_id, ring_id, ordinal, score, flagged, size, signals, body FROM rings ORDER BY run_id, ordinal;
DROP TABLE rings;
ALTER TABLE rings_rowid RENAME TO rings;
CREATE UNIQUE INDEX rings_by_id ON rings (run_id, ring_id);
CREATE UNIQUE INDEX rings_by_rank ON rings (run_id, ordinal);
CREATE INDEX rings_by_size ON rings (run_id, size DESC, ordinal);

-- Derived observations: keyed by the run's integer seq, clustered by account so a profile read is one range of
-- the key, with no secondary index (nothing looks them up by value: the sharing count is kept per row). ord is
-- the observation's position in the run's list, so the list reads back in the order it was published. A run's
-- rows are written in key order (runs get increasing seqs), which appends to the tree.
CREATE TABLE run_derived_compact (
    run_seq    INTEGER NOT NULL,                   -- runs.seq
    account    TEXT    NOT NULL,
    ord        INTEGER NOT NULL,                   -- position in the run's derived observations
    kind       INTEGER NOT NULL,                   -- IdentifierKind
    value      TEXT    NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    count      INTEGER NOT NULL,
    sharing    INTEGER NOT NULL,                   -- accounts of the run with this identifier
    PRIMARY KEY (run_seq, account, ord)
) WITHOUT ROWID;
INSERT INTO run_derived_compact (run_seq, account, ord, kind, value, first_seen, last_seen, count, sharing)
SELECT r.seq, d.account, d.rowid, d.kind, d.value, d.first_seen, d.last_seen, d.count, d.sharing
FROM run_derived_observations d JOIN runs r ON r.id = d.run_id
ORDER BY r.seq, d.account, d.rowid;
DROP TABLE run_derived_observations;
ALTER TABLE run_derived_compact RENAME TO run_derived_observations;
