// Upserts one batch of :Device identifier nodes (device fingerprint). Every identifier node also carries the
// :Identifier label, whose unique id (kind + stable hash of the value) is the MERGE key.
// @param rows: list of {id, value, kind}
UNWIND $rows AS row
MERGE (i:Identifier {id: row.id})
SET i:Device,
    i.value = row.value,
    i.kind = row.kind;
