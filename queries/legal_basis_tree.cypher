// name: legal_basis_tree
// description: The legal-basis tree of a plan (or any document) up to the laws: every document it rests on through legal_basis/implements citations, with the document citing it (its parent in the tree) and the depth. A plan promulgated by a decision rests on the decision's bases too.
// params: doc:doc
MATCH (t:Document)
WHERE t.key IN $doc
OPTIONAL MATCH (decision:Document)-[p:PROMULGATES]->(t)
WITH t, collect(decision) + [t] AS roots
UNWIND roots AS root
MATCH path = (root)-[chain:CITES*1..6]->(basis:Document)
WHERE all(r IN relationships(path) WHERE r.relation IN ['legal_basis', 'implements'])
WITH t, path, basis, nodes(path) AS hops, relationships(path) AS rels
RETURN DISTINCT t.key AS document, length(path) AS depth, hops[size(hops) - 2].key AS parent,
       basis.key AS basis, basis.type AS type, coalesce(basis.title, basis.name) AS title,
       rels[size(rels) - 1].relation AS relation, basis.stub AS stub
ORDER BY document, depth, parent, basis, relation
