// Deliberately broken: uses $accountId without declaring it. The lint must reject this file.
MATCH (a:Account {id: $accountId})
RETURN a;
