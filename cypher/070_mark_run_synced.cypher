// Makes the synced run the current one. Sent last, in the sync's last transaction, so a run is current
// only once all of it is written.
// @param runId: id of the synced run
MATCH (r:Run {id: $runId})
OPTIONAL MATCH (other:Run)
WHERE other.current AND other.id <> $runId
SET other.current = false
WITH DISTINCT r
SET r.current = true;
