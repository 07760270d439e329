// name: plans_by_year_issuer
// description: Plans and programmes by year and issuer (both optional filters; issuer matches part of the issuer's name or jurisdiction), with the decision promulgating each and its number of tasks.
// params: year:int=null, issuer:str=null
MATCH (p:Document)
WHERE (p:Plan OR p:Programme)
  AND ($year IS NULL OR p.year = $year)
  AND ($issuer IS NULL OR toLower(coalesce(p.issuer, '')) CONTAINS toLower($issuer)
       OR toLower(coalesce(p.jurisdiction, '')) CONTAINS toLower($issuer))
OPTIONAL MATCH (decision:Document)-[:PROMULGATES]->(p)
OPTIONAL MATCH (p)-[:HAS_TASK]->(t:Task)
WHERE t.kind = 'task'
RETURN p.year AS year, p.issuer AS issuer, p.key AS plan, p.title AS title,
       decision.key AS promulgated_by, count(t) AS tasks, p.stub AS stub
ORDER BY year, issuer, plan
