// Upserts one batch of MEMBER_OF relationships of the synced run.
// @param runId: id of the synced run
// @param rows: list of {account, ring}
UNWIND $rows AS row
MATCH (a:Account {id: row.account})
MATCH (g:Ring {id: row.ring})
MERGE (a)-[m:MEMBER_OF]->(g)
SET m.runId = $runId;
