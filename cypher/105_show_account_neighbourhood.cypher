// Answers: "what does this account share, and with whom?" - each identifier the account used, how many
// other accounts used it and up to 25 of them.
// @param accountId: account id
MATCH (a:Account {id: $accountId})-[:USED]->(i:Identifier)
OPTIONAL MATCH (i)<-[:USED]-(other:Account)
WHERE other <> a
WITH i, collect(DISTINCT other.id) AS others
RETURN i.kind AS kind, i.value AS value, size(others) AS otherAccounts, others[..25] AS sample
ORDER BY otherAccounts DESC;
