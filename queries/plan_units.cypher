// name: plan_units
// description: The units a plan makes responsible (its implementation section), each as one agency node with its jurisdiction and the number of duties it leads.
// params: doc:doc
MATCH (x:Document)
WHERE x.key IN $doc
OPTIONAL MATCH (x)-[pr:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS p
WITH DISTINCT p
MATCH (p)-[r:RESPONSIBLE_FOR]->(a:Agency)
OPTIONAL MATCH (p)-[h:HAS_TASK]->(d:Task)-[l:LEAD]->(a)
WHERE d.kind = 'duty'
RETURN p.key AS plan, r.start AS at, r.section AS section, a.name AS agency,
       a.jurisdiction AS jurisdiction, a.key AS agency_key, count(DISTINCT d) AS duties
ORDER BY plan, at, agency, agency_key, section
