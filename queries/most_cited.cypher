// name: most_cited
// description: The most cited documents, by number of distinct citing documents, then by mentions.
// params: limit:int=10
MATCH (c:Document)-[:CITES]->(t:Document)
RETURN t.key AS document, t.type AS type, coalesce(t.title, t.name) AS title, t.stub AS stub,
       count(DISTINCT c) AS citing_documents, count(*) AS mentions
ORDER BY citing_documents DESC, mentions DESC, document
LIMIT $limit
