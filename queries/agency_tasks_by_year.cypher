// name: agency_tasks_by_year
// description: What each agency is asked to do per year: the tasks and duties it leads or supports, grouped by agency, jurisdiction, year and role. agency (optional) matches part of the name or the key; year is optional.
// params: agency:str=null, year:int[1800..2200]=null
MATCH (p:Document)-[h:HAS_TASK]->(t:Task)-[role:LEAD|SUPPORT]->(a:Agency)
WHERE ($agency IS NULL OR toLower(a.name) CONTAINS toLower($agency) OR a.key = $agency)
  AND ($year IS NULL OR p.year = $year)
WITH a, p, t, role
ORDER BY p.key, t.text
RETURN a.name AS agency, a.jurisdiction AS jurisdiction, p.year AS year, type(role) AS role,
       count(DISTINCT t) AS items, collect(DISTINCT p.key) AS plans,
       collect(DISTINCT t.text)[0..3] AS examples
ORDER BY agency, jurisdiction, year, role
