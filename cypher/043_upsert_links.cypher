// Upserts one batch of the strongest account-account links of the synced run. A link is undirected in
// meaning; it is stored once, from the smaller account id to the larger, so MERGE keys stay deterministic.
// @param runId: id of the synced run
// @param rows: list of {from, to, weight, kinds}
UNWIND $rows AS row
MATCH (a:Account {id: row.from})
MATCH (b:Account {id: row.to})
MERGE (a)-[l:LINKED]->(b)
SET l.weight = toFloat(row.weight),
    l.kinds = row.kinds,
    l.runId = $runId;
