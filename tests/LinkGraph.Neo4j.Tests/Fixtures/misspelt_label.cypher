// Deliberately broken: the label Acount is not in the graph model. The lint must reject this file.
// @param accountId: account id
MATCH (a:Acount {id: $accountId})
RETURN a;
