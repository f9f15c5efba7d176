// Answers: "show me this ring, its cards, devices and IPs" - the ring, its member accounts and every
// identifier they used, as a graph for the Browser.
// @param ringId: ring id, e.g. "ring-1a2b3c"
MATCH (g:Ring {id: $ringId})<-[m:MEMBER_OF]-(a:Account)
OPTIONAL MATCH (a)-[u:USED]->(i:Identifier)
RETURN g, m, a, u, i;
