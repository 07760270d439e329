// name: cited_stubs
// description: What a document cites (in its text, or as its portal record declares under "Văn bản căn cứ"/"Văn bản dẫn chiếu") that is still a stub in the graph (no source loaded for it), also through the plan it promulgates or the decision promulgating it: what `vnlegal crawl --cited-by` fetches. portal_ids are the stub's ids on the portals that declared it (origin:id).
// params: doc:doc
MATCH (t:Document)
WHERE t.key IN $doc
OPTIONAL MATCH (t)-[pr:PROMULGATES]-(other:Document)
WITH collect(DISTINCT t) + collect(DISTINCT other) AS docs
UNWIND docs AS d
MATCH (d)-[c:CITES]->(s:Document)
OPTIONAL MATCH (s)-[df:DERIVED_FROM]->(src:Source)
WITH s, c, src WHERE src IS NULL
RETURN s.key AS stub, s.number AS number, s.type AS type, coalesce(s.name, s.title) AS name,
       collect(DISTINCT c.relation) AS relations, [] AS portal_ids
UNION
MATCH (t:Document)
WHERE t.key IN $doc
OPTIONAL MATCH (t)-[pr:PROMULGATES]-(other:Document)
WITH collect(DISTINCT t) + collect(DISTINCT other) AS docs
UNWIND docs AS d
MATCH (d)<-[ds:DESCRIBES]-(r:PortalRecord)-[x:DECLARES]->(s:Document)
WHERE x.relation IN ['legal_basis', 'references']
OPTIONAL MATCH (s)-[df:DERIVED_FROM]->(src:Source)
WITH s, r, x, src WHERE src IS NULL
RETURN s.key AS stub, s.number AS number, s.type AS type, coalesce(s.name, s.title) AS name,
       collect(DISTINCT x.relation) AS relations,
       [p IN collect(DISTINCT r.origin + ':' + coalesce(x.portal_id, '')) WHERE NOT p ENDS WITH ':'] AS portal_ids
