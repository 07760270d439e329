// name: plans_citing
// description: Plans (Kế hoạch, Chương trình, Đề án: graph/data/plan_kinds.json) that cite a given document, directly or through the decision that promulgates them (which plans cite Nghị định 72/2015/NĐ-CP?). Appendices, regulations and lists a decision issues are not plans.
// params: doc:doc
MATCH (t:Document)
WHERE t.key IN $doc
MATCH (c:Document)-[r:CITES]->(t)
OPTIONAL MATCH (c)-[pr:PROMULGATES]->(attached:Document)
WITH t, c, r, CASE WHEN c.kind IN $plan_kinds THEN c
                   WHEN attached.kind IN $plan_kinds THEN attached END AS plan
WHERE plan IS NOT NULL
WITH t, c, r, plan
ORDER BY r.relation, c.key
RETURN t.key AS cited, plan.key AS plan, plan.year AS year, plan.issuer AS issuer,
       plan.title AS title, collect(DISTINCT c.key) AS cited_in, collect(DISTINCT r.relation) AS relations
ORDER BY year, plan, cited
