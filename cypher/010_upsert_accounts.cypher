// Upserts one batch of accounts. Every account is written on every sync, with the ring it belongs to in
// the synced run (null and a risk score of 0 when it is in none), so a stale ring id never survives.
// Numbers go through toFloat: JSON writes 2.0 as 2, which would otherwise be stored as an INTEGER.
// @param rows: list of {id, createdAt (ISO-8601 or null), firstSeen (ISO-8601), org, country, emailDomain, ringId, riskScore}
UNWIND $rows AS row
MERGE (a:Account {id: row.id})
SET a.createdAt = datetime(row.createdAt),
    a.firstSeen = datetime(row.firstSeen),
    a.org = row.org,
    a.country = row.country,
    a.emailDomain = row.emailDomain,
    a.ringId = row.ringId,
    a.riskScore = toFloat(row.riskScore);
