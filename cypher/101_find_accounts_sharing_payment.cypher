// Answers: "who else used this card?" - every account that used the payment fingerprint, with its ring
// and when it used the card, most recent first.
// @param payment: the payment fingerprint as the processor gives it
MATCH (p:Payment {value: $payment})<-[u:USED]-(a:Account)
RETURN a.id AS account, a.ringId AS ring, a.riskScore AS riskScore,
       u.firstSeen AS firstSeen, u.lastSeen AS lastSeen, u.count AS uses
ORDER BY u.lastSeen DESC;
