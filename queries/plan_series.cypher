// name: plan_series
// description: Plan series (one issuer, one subject, several years; compare/series.py): each plan with the next one of its series and the evidence that linked them (same issuer, title words, shared bases, documents both implement). doc (optional) keeps the series holding that plan, or the plan a decision promulgates.
// params: doc:doc=null
MATCH (a:Document)-[f:FOLLOWED_BY]->(b:Document)
WITH f.series AS series, collect(DISTINCT a.key) + collect(DISTINCT b.key) AS plans
OPTIONAL MATCH (d:Document)-[pr:PROMULGATES]->(p:Document)
WHERE p.key IN plans
WITH series, plans, collect(DISTINCT d.key) AS decisions
WHERE $doc IS NULL OR any(k IN $doc WHERE k IN plans OR k IN decisions)
MATCH (a:Document)-[f:FOLLOWED_BY]->(b:Document)
WHERE f.series = series
RETURN series, f.series_name AS name, a.key AS plan, a.year AS year, b.key AS next_plan, b.year AS next_year,
       f.evidence AS evidence, f.subject_overlap AS subject_overlap, f.shared_bases AS shared_bases
ORDER BY series, year, plan, next_plan
