// name: documents
// description: The parsed documents (not stubs), optionally of one year, with their kind, issuer and counts of citations made, tasks and responsible units.
// params: year:int[1800..2200]=null
MATCH (d:Document)
WHERE d.stub = false AND ($year IS NULL OR d.year = $year)
OPTIONAL MATCH (d)-[c:CITES]->(:Document)
WITH d, count(c) AS citations
OPTIONAL MATCH (d)-[h:HAS_TASK]->(t:Task)
WITH d, citations, count(t) AS tasks
OPTIONAL MATCH (d)-[u:RESPONSIBLE_FOR]->(:Agency)
RETURN d.key AS document, d.type AS type, d.year AS year, d.issuer AS issuer, d.title AS title,
       citations, tasks, count(u) AS units
ORDER BY year, document
