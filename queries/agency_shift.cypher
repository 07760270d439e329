// name: agency_shift
// description: Who leads and supports the tasks and duties of a plan and of the other plans of its series, per plan and year, with what each agency later became (SUCCEEDED_BY), so that a renamed agency reads as the same one. doc names one plan of the series (or its decision, or part of its title).
// params: doc:doc
MATCH (x:Document)
WHERE x.key IN $doc
OPTIONAL MATCH (x)-[pr:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS p0
OPTIONAL MATCH (p0)-[f:FOLLOWED_BY*1..20]-(other:Document)
WITH collect(DISTINCT p0) + collect(DISTINCT other) AS plans
UNWIND plans AS p
WITH DISTINCT p
MATCH (p)-[h:HAS_TASK]->(t:Task)-[role:LEAD|SUPPORT]->(a:Agency)
OPTIONAL MATCH (a)-[sb:SUCCEEDED_BY]->(later:Agency)
WITH p, a, role, t, later
ORDER BY later.key
RETURN p.year AS year, p.key AS plan, a.name AS agency, type(role) AS role, count(DISTINCT t) AS items,
       collect(DISTINCT later.name) AS succeeded_by, a.key AS agency_key
ORDER BY year, plan, agency_key, role
