// name: topic_coverage
// description: Topic × year coverage: for each topic of the taxonomy (compare/data/topics.json) and year, how many tasks or duties of plans are about it, in how many plans. issuer (optional) matches part of the issuer's name or jurisdiction; kind (optional) is task or duty.
// params: issuer:str=null, kind:str=null
MATCH (p:Document)-[h:HAS_TASK]->(t:Task)-[r:ABOUT]->(topic:Topic)
WHERE p.kind IN $plan_kinds
  AND ($issuer IS NULL OR toLower(coalesce(p.issuer, '')) CONTAINS toLower($issuer)
       OR toLower(coalesce(p.jurisdiction, '')) CONTAINS toLower($issuer))
  AND ($kind IS NULL OR t.kind = $kind)
WITH topic, p, t
ORDER BY p.key
RETURN topic.key AS topic, topic.name AS name, p.year AS year, count(DISTINCT t) AS items,
       count(DISTINCT p) AS plans, collect(DISTINCT p.key) AS plan_keys
ORDER BY topic, year
