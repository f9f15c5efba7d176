// Answers: "which identifiers are shared by the most accounts?" - hubs of one kind (a proxy exit, a card
// farm's card, an emulator's device fingerprint), with how many of their accounts sit in rings.
// @param kind: one of payment, ip, ip_prefix, device, prompt_exact, prompt_template
// @param limit: how many identifiers at most
MATCH (i:Identifier {kind: $kind})<-[:USED]-(a:Account)
WITH i, count(a) AS accounts, count(a.ringId) AS inRings
RETURN i.value AS value, accounts, inRings
ORDER BY accounts DESC
LIMIT toInteger($limit);
