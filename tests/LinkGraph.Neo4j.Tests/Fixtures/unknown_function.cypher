// Deliberately broken: toFlaot is not a Cypher function. The lint must reject this file.
// @param rows: list of {id, score}
UNWIND $rows AS row
MERGE (g:Ring {id: row.id})
SET g.score = toFlaot(row.score);
