// Answers: "which rings should we look at first?" - current rings at or above a score, highest first,
// with what they share.
// @param minScore: lowest ring score to list, 0..1
// @param limit: how many rings at most
MATCH (g:Ring {current: true})
WHERE g.score >= $minScore
RETURN g.id AS ring, g.score AS score, g.flagged AS flagged, g.size AS size,
       g.sharedPayment AS payments, g.sharedIp AS ips, g.sharedDevice AS devices, g.sharedPrompt AS prompts,
       g.reasons AS reasons
ORDER BY g.score DESC, g.size DESC
LIMIT toInteger($limit);
