// name: bases_not_in_force
// description: The bases a document rests on (legal_basis or implements citations in its text, or in the decision promulgating it) that a portal record says were not in force on the document's issue date: expired on or before it, not yet in force, or expired at a date the portal does not give. doc (optional) is a key or a number.
// params: doc:doc=null
MATCH (t:Document)
WHERE t.stub = false AND t.issued IS NOT NULL
  AND ($doc IS NULL OR t.key IN $doc)
OPTIONAL MATCH (decision:Document)-[pr:PROMULGATES]->(t)
WITH t, collect(decision) + [t] AS roots
UNWIND roots AS root
MATCH (root)-[c:CITES]->(b:Document)<-[ds:DESCRIBES]-(r:PortalRecord)
WHERE c.relation IN ['legal_basis', 'implements']
  AND ((r.effective_to IS NOT NULL AND r.effective_to <= t.issued)
    OR (r.effective_from IS NOT NULL AND r.effective_from > t.issued)
    OR (r.effective_to IS NULL AND r.status_code = 'expired'))
RETURN DISTINCT t.key AS document, t.issued AS issued, b.key AS basis, r.origin AS origin,
       r.status AS status, r.effective_from AS effective_from, r.effective_to AS effective_to,
       CASE WHEN r.effective_from IS NOT NULL AND r.effective_from > t.issued THEN 'not yet in force'
            WHEN r.effective_to IS NOT NULL THEN 'no longer in force'
            ELSE 'expired, the portal gives no date' END AS problem
ORDER BY document, basis, origin
