// Tells whether the graph already holds the given run as its current, fully synced run; a sync of that
// run again is then skipped.
// @param runId: id of the run about to be synced
OPTIONAL MATCH (r:Run {id: $runId})
RETURN coalesce(r.current, false) AS current;
