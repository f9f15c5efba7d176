// Upserts one batch of USED relationships: which account used which identifier, first and last seen, how
// often. Both ends are matched by key first and only the relationship is merged, so a missing end never
// creates a duplicate node. derivedRunId is set only for identifiers found at detection time (prompt
// template clusters), so the ones of an older run can be removed.
// @param rows: list of {account, identifier, firstSeen (ISO-8601), lastSeen (ISO-8601), count, derivedRunId}
UNWIND $rows AS row
MATCH (a:Account {id: row.account})
MATCH (i:Identifier {id: row.identifier})
MERGE (a)-[u:USED]->(i)
SET u.firstSeen = datetime(row.firstSeen),
    u.lastSeen = datetime(row.lastSeen),
    u.count = row.count,
    u.derivedRunId = row.derivedRunId;
