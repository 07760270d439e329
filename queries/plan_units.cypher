// name: plan_units
// description: The units a plan makes responsible (its implementation section), each as one agency node with its jurisdiction and the number of duties it leads.
// params: doc:str
MATCH (x:Document)
WHERE (x.key = $doc OR x.number = $doc OR x.key STARTS WITH ($doc + '|') OR x.key STARTS WITH ($doc + '@'))
   OR toLower(coalesce(x.title, '')) CONTAINS toLower($doc)
OPTIONAL MATCH (x)-[:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS p
MATCH (p)-[r:RESPONSIBLE_FOR]->(a:Agency)
OPTIONAL MATCH (p)-[:HAS_TASK]->(d:Task)-[:LEAD]->(a)
WHERE d.kind = 'duty'
RETURN p.key AS plan, r.start AS at, r.section AS section, a.name AS agency,
       a.jurisdiction AS jurisdiction, a.key AS agency_key, count(DISTINCT d) AS duties
ORDER BY plan, at, agency
