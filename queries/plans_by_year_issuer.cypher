// name: plans_by_year_issuer
// description: Plans (the kinds in graph/data/plan_kinds.json: Kế hoạch, Chương trình, Đề án) by year and issuer (both optional filters; issuer matches part of the issuer's name or jurisdiction), with the decision promulgating each and its number of tasks.
// params: year:int[1800..2200]=null, issuer:str=null
MATCH (p:Document)
WHERE p.kind IN $plan_kinds
  AND ($year IS NULL OR p.year = $year)
  AND ($issuer IS NULL OR toLower(coalesce(p.issuer, '')) CONTAINS toLower($issuer)
       OR toLower(coalesce(p.jurisdiction, '')) CONTAINS toLower($issuer))
OPTIONAL MATCH (decision:Document)-[pr:PROMULGATES]->(p)
OPTIONAL MATCH (p)-[h:HAS_TASK]->(t:Task)
WHERE t.kind = 'task'
WITH p, decision, count(t) AS tasks
ORDER BY decision.key
RETURN p.year AS year, p.issuer AS issuer, p.key AS plan, p.title AS title,
       collect(decision.key)[0] AS promulgated_by, tasks, p.stub AS stub
ORDER BY year, issuer, plan
