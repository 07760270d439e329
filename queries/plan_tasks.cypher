// name: plan_tasks
// description: The tasks of a plan in order, with the agencies leading and supporting each. doc may name the plan, the decision promulgating it, or a part of its title ("năm 2024").
// params: doc:str
MATCH (x:Document)
WHERE (x.key = $doc OR x.number = $doc OR x.key STARTS WITH ($doc + '|') OR x.key STARTS WITH ($doc + '@'))
   OR toLower(coalesce(x.title, '')) CONTAINS toLower($doc)
OPTIONAL MATCH (x)-[:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS p
MATCH (p)-[:HAS_TASK]->(t:Task)
WHERE t.kind = 'task'
OPTIONAL MATCH (t)-[:LEAD]->(lead:Agency)
OPTIONAL MATCH (t)-[:SUPPORT]->(support:Agency)
RETURN DISTINCT p.key AS plan, t.start AS at, t.id AS id, t.text AS text, t.deadline AS deadline,
       collect(DISTINCT lead.name) AS lead, collect(DISTINCT support.name) AS support
ORDER BY plan, at
