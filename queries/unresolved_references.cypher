// name: unresolved_references
// description: References whose target was never parsed (stub documents), with how many documents cite each and a few of them.
// params:
MATCH (c:Document)-[r:CITES]->(t:Document)
WHERE t.stub = true
WITH t, c
ORDER BY c.key
RETURN t.key AS target, t.type AS type, t.number AS number, t.name AS name, t.issued AS date,
       count(DISTINCT c) AS citing_documents, collect(DISTINCT c.key)[0..5] AS cited_by
ORDER BY citing_documents DESC, target
