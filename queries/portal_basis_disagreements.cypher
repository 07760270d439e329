// name: portal_basis_disagreements
// description: Where a portal's declared bases ("Văn bản căn cứ") and the document's own căn cứ (the legal_basis citations of its text) disagree: a basis only the text names ('text only') or only the portal declares ('portal only'). Only records whose relations the portal showed are compared. doc (optional) is a key or a number.
// params: doc:doc=null
MATCH (r:PortalRecord)-[ds:DESCRIBES]->(d:Document)
WHERE r.relations_known = true
  AND ($doc IS NULL OR d.key IN $doc)
OPTIONAL MATCH (d)-[c:CITES {relation: 'legal_basis'}]->(b:Document)
WITH r, d, collect(DISTINCT b.key) AS text_bases
OPTIONAL MATCH (r)-[x:DECLARES {relation: 'legal_basis'}]->(p:Document)
WITH r, d, text_bases, collect(DISTINCT p.key) AS portal_bases
UNWIND [k IN text_bases WHERE NOT k IN portal_bases | [k, 'text only']] +
       [k IN portal_bases WHERE NOT k IN text_bases | [k, 'portal only']] AS diff
MATCH (basis:Document {key: diff[0]})
RETURN d.key AS document, r.origin AS origin, diff[0] AS basis, coalesce(basis.title, basis.name) AS title,
       diff[1] AS side
ORDER BY document, origin, side, basis
