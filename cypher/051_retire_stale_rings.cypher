// Marks rings that the synced run did not find as no longer current. They stay in the graph with their
// FOUND_IN history.
// @param runId: id of the synced run
MATCH (g:Ring)
WHERE g.runId <> $runId AND g.current
SET g.current = false;
