// Answers: "how are these two accounts connected?" - the shortest path between them through shared
// identifiers and strong links (at most 8 hops, so the search stays bounded).
// @param from: account id of one end
// @param to: account id of the other end
MATCH (a:Account {id: $from})
MATCH (b:Account {id: $to})
MATCH p = shortestPath((a)-[:USED|LINKED*..8]-(b))
RETURN p, length(p) AS hops;
