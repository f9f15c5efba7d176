-- Identifiers found at detection time, stored compactly: keyed by the run's integer seq (not its 36-character id,
-- which 0002 repeated in the table and both its indexes), clustered by account so a profile read is one range
-- of the key, with no secondary index (nothing looks them up by value: the sharing count is kept per row).
-- ord is the observation's position in the run's list, so the list reads back in the order it was published.
-- A run's rows are written in key order (runs get increasing seqs), which appends to the tree.

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
