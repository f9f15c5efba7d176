// Answers: "which rings were registered in one burst?" - current rings whose member accounts were all
// created within the given number of hours, tightest first.
// @param hours: the largest span, in hours, between the first and last account creation
MATCH (g:Ring {current: true})<-[:MEMBER_OF]-(a:Account)
WHERE a.createdAt IS NOT NULL
WITH g, min(a.createdAt) AS first, max(a.createdAt) AS last, count(a) AS created
WHERE created = g.size AND duration.inSeconds(first, last).seconds <= $hours * 3600
RETURN g.id AS ring, g.size AS size, first, last, duration.inSeconds(first, last) AS span, g.score AS score
ORDER BY span ASC;
