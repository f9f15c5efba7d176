// Removes USED relationships to identifiers found at detection time by another run (prompt template
// clusters are recomputed by every run). Usage of stored identifiers (derivedRunId null) is kept.
// @param runId: id of the synced run
MATCH (:Account)-[u:USED]->(:Identifier)
WHERE u.derivedRunId IS NOT NULL AND u.derivedRunId <> $runId
DELETE u;
