// Upserts the detection run being synced. It becomes the current run only when the sync finishes
// (070_mark_run_synced).
// @param run: {id, startedAt (ISO-8601), finishedAt (ISO-8601), accounts, links}
MERGE (r:Run {id: $run.id})
SET r.startedAt = datetime($run.startedAt),
    r.finishedAt = datetime($run.finishedAt),
    r.accounts = $run.accounts,
    r.links = $run.links;
