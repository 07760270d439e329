// name: plans_citing
// description: Plans and programmes that cite a given document, directly or through the decision that promulgates them (which plans cite Nghị định 72/2015/NĐ-CP?).
// params: doc:str
MATCH (t:Document)
WHERE (t.key = $doc OR t.number = $doc OR t.key STARTS WITH ($doc + '|') OR t.key STARTS WITH ($doc + '@'))
MATCH (c:Document)-[r:CITES]->(t)
OPTIONAL MATCH (c)-[:PROMULGATES]->(attached:Document)
WITH t, c, r, CASE WHEN c:Plan OR c:Programme THEN c ELSE attached END AS plan
WHERE plan IS NOT NULL
RETURN t.key AS cited, plan.key AS plan, plan.year AS year, plan.issuer AS issuer,
       plan.title AS title, c.key AS cited_in, collect(DISTINCT r.relation) AS relations
ORDER BY year, plan
