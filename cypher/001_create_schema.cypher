// Creates the uniqueness constraints and lookup indexes of the LinkGraph graph. Idempotent (IF NOT EXISTS):
// the sync runs it before every write. A uniqueness constraint also backs MERGE with an index seek and is
// what makes MERGE safe under concurrent writers (Cypher manual, "Constraints" and "MERGE").
// Statements are separated by a ';' at the end of a line; the adapter sends each one on its own.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT identifier_id IF NOT EXISTS FOR (n:Identifier) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ring_id IF NOT EXISTS FOR (n:Ring) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT run_id IF NOT EXISTS FOR (n:Run) REQUIRE n.id IS UNIQUE;
CREATE INDEX payment_value IF NOT EXISTS FOR (n:Payment) ON (n.value);
CREATE INDEX ip_value IF NOT EXISTS FOR (n:Ip) ON (n.value);
CREATE INDEX ip_prefix_value IF NOT EXISTS FOR (n:IpPrefix) ON (n.value);
CREATE INDEX device_value IF NOT EXISTS FOR (n:Device) ON (n.value);
CREATE INDEX prompt_template_value IF NOT EXISTS FOR (n:PromptTemplate) ON (n.value);
CREATE INDEX account_ring_id IF NOT EXISTS FOR (n:Account) ON (n.ringId);
CREATE INDEX ring_score IF NOT EXISTS FOR (n:Ring) ON (n.score);
CREATE INDEX run_current IF NOT EXISTS FOR (n:Run) ON (n.current);
