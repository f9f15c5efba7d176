// Answers: "which cards, devices or IPs tie separate rings together?" - identifiers used by members of at
// least the given number of current rings: a sign that two rings are one operation.
// @param minRings: least number of distinct rings, usually 2
MATCH (i:Identifier)<-[:USED]-(:Account)-[:MEMBER_OF]->(g:Ring {current: true})
WITH i, collect(DISTINCT g.id) AS rings
WHERE size(rings) >= $minRings
RETURN i.kind AS kind, i.value AS value, size(rings) AS ringCount, rings
ORDER BY ringCount DESC;
