// Answers: "which prompt templates are being farmed?" - prompt templates (exact or near-duplicate) sent by
// at least the given number of accounts, with how many prompts and rings are behind them. Prompt text is
// never stored; the value is the template id.
// @param minAccounts: least number of accounts sending the template
MATCH (t:PromptTemplate)<-[u:USED]-(a:Account)
WITH t, count(DISTINCT a) AS accounts, sum(u.count) AS prompts, collect(DISTINCT a.ringId) AS rings
WHERE accounts >= $minAccounts
RETURN t.value AS template, t.kind AS kind, accounts, prompts, size(rings) AS ringCount
ORDER BY accounts DESC;
