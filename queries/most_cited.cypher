// name: most_cited
// description: The most cited documents, by number of distinct citing documents, then by mentions (each CITES edge is one mention).
// params: limit:int[0..1000000]=10
MATCH (c:Document)-[r:CITES]->(t:Document)
RETURN t.key AS document, t.type AS type, coalesce(t.title, t.name) AS title, t.stub AS stub,
       count(DISTINCT c) AS citing_documents, count(r) AS mentions
ORDER BY citing_documents DESC, mentions DESC, document
LIMIT $limit
