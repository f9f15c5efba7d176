// Answers: "which accounts is this one most strongly tied to?" - its LINKED neighbours of the current run
// by weight, with the identifier kinds behind each link.
// @param accountId: account id
// @param limit: how many links at most
MATCH (a:Account {id: $accountId})-[l:LINKED]-(other:Account)
RETURN other.id AS account, other.ringId AS ring, l.weight AS weight, l.kinds AS kinds
ORDER BY l.weight DESC
LIMIT toInteger($limit);
