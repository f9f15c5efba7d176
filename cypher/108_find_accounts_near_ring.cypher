// Answers: "who is close to this ring but not in it?" - accounts outside the ring that share a payment
// fingerprint or device with its members: candidates the detector may have missed.
// @param ringId: ring id
MATCH (g:Ring {id: $ringId})<-[:MEMBER_OF]-(m:Account)-[:USED]->(i:Identifier)<-[:USED]-(other:Account)
WHERE (i:Payment OR i:Device) AND NOT (other)-[:MEMBER_OF]->(g)
RETURN other.id AS account, other.ringId AS otherRing, collect(DISTINCT i.kind) AS sharedKinds,
       count(DISTINCT i) AS sharedIdentifiers, count(DISTINCT m) AS membersTouched
ORDER BY sharedIdentifiers DESC, membersTouched DESC;
