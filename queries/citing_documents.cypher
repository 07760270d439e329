// name: citing_documents
// description: Documents that cite a given document directly, with the relations they cite it under (legal_basis, implements, proposal, cites) and the plan each one promulgates.
// params: doc:str
// doc is a key (72/2015/NĐ-CP, 1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh) or a number (1369/QĐ-UBND).
MATCH (t:Document)
WHERE (t.key = $doc OR t.number = $doc OR t.key STARTS WITH ($doc + '|') OR t.key STARTS WITH ($doc + '@'))
MATCH (c:Document)-[r:CITES]->(t)
OPTIONAL MATCH (c)-[:PROMULGATES]->(plan:Document)
RETURN t.key AS cited, c.key AS citing, c.type AS type, c.year AS year, c.title AS title,
       collect(DISTINCT r.relation) AS relations, plan.key AS promulgates
ORDER BY year, citing
