// Upserts one batch of rings of the synced run and records each ring's size and score in that run
// (FOUND_IN), which keeps the history that "rings that grew" questions need.
// @param runId: id of the synced run
// @param rows: list of {id, score, flagged, size, reasons, sharedPayment, sharedIp, sharedIpPrefix, sharedDevice, sharedPrompt}
MATCH (r:Run {id: $runId})
UNWIND $rows AS row
MERGE (g:Ring {id: row.id})
SET g.score = toFloat(row.score),
    g.flagged = row.flagged,
    g.size = row.size,
    g.reasons = row.reasons,
    g.sharedPayment = row.sharedPayment,
    g.sharedIp = row.sharedIp,
    g.sharedIpPrefix = row.sharedIpPrefix,
    g.sharedDevice = row.sharedDevice,
    g.sharedPrompt = row.sharedPrompt,
    g.runId = $runId,
    g.current = true
MERGE (g)-[f:FOUND_IN]->(r)
SET f.size = row.size,
    f.score = toFloat(row.score);
