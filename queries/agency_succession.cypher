// name: agency_succession
// description: Agencies renamed, merged or abolished (SUCCEEDED_BY, from compare/data/successions.json), with the date and the number of the document that made the change, and whether that number was confirmed. agency (optional) matches part of either name, or a key.
// params: agency:str=null
MATCH (a:Agency)-[r:SUCCEEDED_BY]->(b:Agency)
WHERE $agency IS NULL OR toLower(a.name) CONTAINS toLower($agency) OR toLower(b.name) CONTAINS toLower($agency)
   OR a.key = $agency OR b.key = $agency
RETURN a.name AS agency, a.jurisdiction AS jurisdiction, b.name AS successor, r.kind AS kind, r.date AS date,
       r.source AS source, r.confirmed AS confirmed, r.note AS note, a.key AS agency_key, b.key AS successor_key
ORDER BY date, agency_key, successor_key
