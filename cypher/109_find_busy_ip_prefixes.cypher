// Answers: "which networks do the rings come from?" - IP prefixes used by at least the given number of
// accounts, with how many distinct rings and flagged rings use them.
// @param minAccounts: least number of accounts on the prefix
MATCH (p:IpPrefix)<-[:USED]-(a:Account)
OPTIONAL MATCH (a)-[:MEMBER_OF]->(g:Ring {current: true})
WITH p, count(DISTINCT a) AS accounts, collect(DISTINCT g) AS rings
WHERE accounts >= $minAccounts
RETURN p.value AS prefix, accounts, size(rings) AS ringCount,
       size([r IN rings WHERE r.flagged]) AS flaggedRings
ORDER BY accounts DESC;
