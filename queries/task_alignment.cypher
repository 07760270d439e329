// name: task_alignment
// description: How the tasks and duties of a plan line up with those of the other plans of its series (SIMILAR_TO, written for consecutive plans of a series): score, margin to the runner-up, status (carried_over, changed), level (task, duty, or coverage: a duty matched to a plan that states none) and method. a names the plan (or the decision promulgating it, or part of its title); b (optional) keeps one other plan. `vnlegal compare` aligns any two plans.
// params: a:doc, b:doc=null
MATCH (x:Document)
WHERE x.key IN $a
OPTIONAL MATCH (x)-[pr:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS pa
WITH DISTINCT pa
MATCH (pa)-[ha:HAS_TASK]->(ta:Task)-[s:SIMILAR_TO]-(tb:Task)<-[hb:HAS_TASK]-(pb:Document)
OPTIONAL MATCH (db:Document)-[pd:PROMULGATES]->(pb)
WITH pa, ta, s, tb, pb, collect(DISTINCT db.key) AS b_decisions
WHERE $b IS NULL OR pb.key IN $b OR any(k IN b_decisions WHERE k IN $b)
RETURN pa.key AS plan, ta.start AS at, ta.id AS task, ta.kind AS kind, ta.text AS text, pb.key AS other_plan,
       pb.year AS other_year, tb.id AS other_task, tb.text AS other_text, s.score AS score, s.margin AS margin,
       s.status AS status, s.level AS level, s.method AS method
ORDER BY plan, at, task, other_plan, other_task
