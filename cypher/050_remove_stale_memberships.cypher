// Removes ring memberships that the synced run does not have (an account left its ring, or the ring
// dissolved).
// @param runId: id of the synced run
MATCH (:Account)-[m:MEMBER_OF]->(:Ring)
WHERE m.runId <> $runId
DELETE m;
