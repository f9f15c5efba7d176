// Answers: "how has this ring changed run by run?" - its size and score in every synced run, oldest first.
// @param ringId: ring id
MATCH (g:Ring {id: $ringId})-[f:FOUND_IN]->(r:Run)
RETURN r.id AS run, r.finishedAt AS finishedAt, f.size AS size, f.score AS score
ORDER BY r.finishedAt ASC;
