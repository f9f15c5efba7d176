// Answers: "which rings grew since Monday?" - current rings whose size now is larger than in the first
// synced run that finished at or after the given time, biggest growth first.
// @param since: ISO-8601 date-time, e.g. "2026-11-16T00:00:00Z"
MATCH (g:Ring {current: true})-[f:FOUND_IN]->(r:Run)
WHERE r.finishedAt >= datetime($since)
WITH g, f, r
ORDER BY r.finishedAt ASC
WITH g, collect(f.size)[0] AS sizeThen
WHERE g.size > sizeThen
RETURN g.id AS ring, sizeThen, g.size AS sizeNow, g.size - sizeThen AS grewBy, g.score AS score, g.flagged AS flagged
ORDER BY grewBy DESC, score DESC;
