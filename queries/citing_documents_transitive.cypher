// name: citing_documents_transitive
// description: Documents that rest on a given document through chains of legal bases (legal_basis or implements citations, up to 6 steps), with the shortest distance.
// params: doc:doc
MATCH (t:Document)
WHERE t.key IN $doc
MATCH path = (c:Document)-[chain:CITES*1..6]->(t)
WHERE all(r IN relationships(path) WHERE r.relation IN ['legal_basis', 'implements'])
RETURN t.key AS cited, c.key AS citing, c.type AS type, c.year AS year, c.title AS title,
       min(length(path)) AS distance
ORDER BY distance, year, citing, cited
