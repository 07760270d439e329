// name: task_topics
// description: The tasks and duties of a plan with their topics (ABOUT, from the taxonomy in compare/data/topics.json) and the trigger words that tagged each. doc names the plan, the decision promulgating it or part of its title.
// params: doc:doc
MATCH (x:Document)
WHERE x.key IN $doc
OPTIONAL MATCH (x)-[pr:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS p
WITH DISTINCT p
MATCH (p)-[h:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[r:ABOUT]->(topic:Topic)
WITH p, t, r, topic
ORDER BY topic.key
RETURN p.key AS plan, t.start AS at, t.id AS id, t.kind AS kind, t.text AS text, collect(topic.key) AS topics,
       collect(r.words) AS words
ORDER BY plan, at, id
