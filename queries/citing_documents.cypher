// name: citing_documents
// description: Documents that cite a given document directly, with the relations they cite it under (legal_basis, implements, proposal, cites) and the plan each one promulgates.
// params: doc:doc
// doc is a number (1369/QĐ-UBND), a key (1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh) or a name (Luật Tổ chức chính quyền địa phương).
MATCH (t:Document)
WHERE t.key IN $doc
MATCH (c:Document)-[r:CITES]->(t)
OPTIONAL MATCH (c)-[p:PROMULGATES]->(plan:Document)
WITH t, c, r, plan
ORDER BY r.relation, plan.key
RETURN t.key AS cited, c.key AS citing, c.type AS type, c.year AS year, c.title AS title,
       collect(DISTINCT r.relation) AS relations, collect(DISTINCT plan.key) AS promulgates
ORDER BY year, citing, cited
