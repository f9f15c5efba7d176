// Removes LINKED relationships that are not among the strongest links of the synced run.
// @param runId: id of the synced run
MATCH (:Account)-[l:LINKED]->(:Account)
WHERE l.runId <> $runId
DELETE l;
