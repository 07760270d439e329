// name: plan_tasks
// description: The tasks of a plan in order, with the agencies leading and supporting each. doc may name the plan, the decision promulgating it, or a part of its title ("năm 2024").
// params: doc:doc
MATCH (x:Document)
WHERE x.key IN $doc
OPTIONAL MATCH (x)-[pr:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS p
WITH DISTINCT p
MATCH (p)-[h:HAS_TASK]->(t:Task)
WHERE t.kind = 'task'
OPTIONAL MATCH (t)-[l:LEAD]->(lead:Agency)
OPTIONAL MATCH (t)-[s:SUPPORT]->(support:Agency)
WITH p, t, lead, support
ORDER BY lead.name, support.name
RETURN p.key AS plan, t.start AS at, t.id AS id, t.text AS text, t.deadline AS deadline,
       collect(DISTINCT lead.name) AS lead, collect(DISTINCT support.name) AS support
ORDER BY plan, at, id
