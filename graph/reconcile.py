"""After a load: what one document alone cannot decide, decided over the whole graph, the same way
whatever order the documents came in.

1. **Year-less citations.** "Kết luận số 57-KL/TW" with no date is keyed ``57-KL/TW|?`` by its
   document. If the graph holds exactly one dated document that fits it — the same number (and
   so issuer code), the same jurisdiction, issued no later than the citing document — the citation
   points there; with none or several it stays on the stub.
2. **Laws learned from the corpus.** A citation that writes a number beside a name ("Luật Hải quan
   số 54/2014/QH13") teaches the catalogue that name, for every citation of the graph: a citation
   by that name alone ("Luật Hải quan năm 2014") then points at the numbered law, the version
   chosen by date as ``graph.laws`` does.
3. **Stub properties by rule.** A stub's type, number, issuer, date, name and title are those of
   the catalogue when it knows the law; otherwise, per property, the value most of its citations
   give, then the longest, then the first in code-point order. Its kind label follows its type.
4. **Clean-up.** Stubs nothing links to, agencies and people nothing points to, are removed.

Every edge read from a citation keeps the key it resolved to in its own document (``cited``; a
secondary link also ``base`` and ``before``, its citing document's date), so each reconcile starts
from what the texts say, never from an earlier reconcile's choice.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from graph.identity import DocKey, law_key, number_year
from graph.laws import NAMED_TYPES, Law, catalogue, name_key, pick_version
from graph.model import ALL_KINDS, KIND_LABELS, LINK_TYPES, kind_label
from graph.store import GraphStore, Step
from ingest.errors import BadParameter

# Reads. Every relationship is named: FalkorDB answers an unnamed one once per pair of nodes.
OPEN_CITES = """MATCH (a:Document)-[r:CITES]->(b:Document)
WHERE r.cited CONTAINS '|?' OR r.cited STARTS WITH '~'
RETURN a.key, a.issued, b.key, r.cited, r.type, r.name, r.date, r.source"""
OPEN_LINKS = """MATCH (a:Document)-[r:AMENDS|IMPLEMENTS|MENTIONS]->(b:Document)
WHERE r.origin = 'text' AND (r.cited CONTAINS '|?' OR r.cited STARTS WITH '~'
                             OR r.base CONTAINS '|?' OR r.base STARTS WITH '~')
RETURN type(r), a.key, b.key, r.cited, r.base, r.link, r.before, r.type, r.name, r.date, r.source"""
# Candidates by key (a stub's own properties come from an earlier reconcile: they must not count).
DATED = """MATCH (d:Document)
WHERE NOT d.key STARTS WITH '~' AND NOT d.key CONTAINS '|?' AND NOT d.key CONTAINS ':'
RETURN d.key, CASE WHEN d.stub = true THEN null ELSE d.issued END"""
# Citations writing a name and a number; the mentioned end of a link is its start for amended_by.
NAMED_NUMBERS = """MATCH (a:Document)-[r:CITES|AMENDS|IMPLEMENTS|MENTIONS]->(b:Document)
WHERE r.name IS NOT NULL AND r.number IS NOT NULL
WITH CASE WHEN r.link = 'amended_by' THEN a ELSE b END AS d, r
RETURN DISTINCT r.type, r.name, d.key, CASE WHEN d.stub = true THEN null ELSE d.issued END, r.date"""
# What the citations of each stub say, one row per distinct statement.
STATEMENTS = """MATCH (a)-[r:CITES|AMENDS|IMPLEMENTS|MENTIONS|DECLARES]->(b:Document)
WHERE type(r) IN ['CITES', 'DECLARES'] OR r.origin = 'text'
WITH CASE WHEN r.link = 'amended_by' THEN a ELSE b END AS d, r
WHERE d.stub = true
RETURN d.key, r.type, r.number, r.issuer, r.date, r.name, r.title, count(*)"""
STUBS = """MATCH (d:Document) WHERE d.stub = true RETURN d.key"""

MOVE_CITES = """UNWIND $moves AS m
MATCH (a:Document {key: m.citer})-[r:CITES]->(:Document {key: m.current})
WHERE r.cited = m.cited
MERGE (t:Document {key: m.target}) ON CREATE SET t.stub = true, t.kind = 'Document'
CREATE (a)-[n:CITES]->(t)
SET n = properties(r)
DELETE r"""
MOVE_LINKS = """UNWIND ${param} AS m
MATCH (a:Document {{key: m.a}})-[r:{rel}]->(b:Document {{key: m.b}})
WHERE r.source = m.source AND r.cited = m.cited AND r.base = m.base AND r.origin = 'text'
MERGE (na:Document {{key: m.new_a}}) ON CREATE SET na.stub = true, na.kind = 'Document'
MERGE (nb:Document {{key: m.new_b}}) ON CREATE SET nb.stub = true, nb.kind = 'Document'
CREATE (na)-[n:{rel}]->(nb)
SET n = properties(r)
DELETE r"""
_STUB_FIELDS = ("type", "number", "issuer", "issued", "name", "title")
SET_STUBS = """UNWIND $stubs AS row
MATCH (d:Document {{key: row.key}}) WHERE d.stub = true
SET d = row.props
REMOVE d:{kinds}
SET d:{{kind}}"""
CLEANUP = [
    """MATCH (d:Document) WHERE d.stub = true
OPTIONAL MATCH (d)-[r]-(x)
WITH d, count(r) AS edges WHERE edges = 0
DELETE d""",
    """MATCH (a:Agency)
OPTIONAL MATCH (x)-[r]->(a)
WITH a, count(r) AS edges WHERE edges = 0
DELETE a""",
    """MATCH (p:Person)
OPTIONAL MATCH (x)-[r]->(p)
WITH p, count(r) AS edges WHERE edges = 0
DELETE p""",
]


@dataclass(frozen=True, slots=True)
class _Dated:
    key: str
    date: str  # "2024-01-24", or "2024" when only the year is known


class Resolver:
    """Where a citation points, given everything the graph knows."""

    def __init__(self, dated: list[list[Any]], named: list[list[Any]]) -> None:
        self._dated: dict[tuple[str, str | None], list[_Dated]] = defaultdict(list)
        for key, issued in dated:
            k = _parse(key)
            if k is not None and k.number and k.year != "?":
                when = issued or k.year or str(number_year(k.number) or "")
                self._dated[(k.number, k.place)].append(_Dated(key, when))
        learned: dict[tuple[str, str], dict[str, Law]] = defaultdict(dict)
        for type_, name, key, issued, date in named:
            k = _parse(key)
            if k is None or not k.number or type_ not in NAMED_TYPES:
                continue
            when = date or issued or str(number_year(k.number) or "")
            if len(when) == 4:
                when += "-00-00"
            learned[name_key(type_, name)].setdefault(key, Law(key, type_, name, when))
        self._learned = {n: tuple(sorted(v.values(), key=lambda law: (law.issued, law.number or "")))
                         for n, v in learned.items()}

    def target(self, cited: str, type_: str | None, name: str | None, date: str | None,
               before: str | None) -> str:
        key = _parse(cited)
        if key is None:
            return cited
        if key.number and key.year == "?":
            fits = [d for d in self._dated.get((key.number, key.place), ())
                    if before is None or d.date <= before]
            return fits[0].key if len(fits) == 1 else cited
        if key.name and type_ in NAMED_TYPES and name:
            when = date if date and len(date) == 10 else (f"{key.year}-00-00" if key.year != "?" else None)
            law = pick_version(self._learned.get(name_key(type_, name), ()), when, before)
            if law is not None and law.number:
                return law.number
        return cited


def _parse(key: str | None) -> DocKey | None:
    try:
        return DocKey.parse(key) if key else None
    except BadParameter:
        return None


def reconcile(store: GraphStore) -> None:
    """Re-resolve open citations, set stub properties, remove what nothing links to."""
    resolver = Resolver(store.query(DATED).rows, store.query(NAMED_NUMBERS).rows)
    cites = store.query(OPEN_CITES).rows
    stated = {(source, cited): (type_, name, date) for _, _, _, cited, type_, name, date, source in cites}
    steps = [Step(MOVE_CITES, "moves", _cite_moves(resolver, cites))]
    links = store.query(OPEN_LINKS).rows
    for rel in LINK_TYPES:
        moves = _link_moves(resolver, [row for row in links if row[0] == rel], stated)
        # each step of a chained write reads its own parameter
        param = f"moves_{rel.lower()}"
        steps.append(Step(MOVE_LINKS.format(rel=rel, param=param), param, moves))
    for step in steps:  # one transaction each: a move reads what the one before wrote
        store.write([step])
    _set_stubs(store)
    for cypher in CLEANUP:
        store.query(cypher, write=True)


def _cite_moves(resolver: Resolver, rows: list[list[Any]]) -> list[dict[str, Any]]:
    moves = {}
    for citer, before, current, cited, type_, name, date, _ in rows:
        target = resolver.target(cited, type_, name, date, before)
        if target != current:
            moves[(citer, current, cited)] = {"citer": citer, "current": current, "cited": cited,
                                              "target": target}
    return [moves[k] for k in sorted(moves)]


def _link_moves(resolver: Resolver, rows: list[list[Any]],
                stated: dict[tuple[str, str], tuple[Any, ...]]) -> list[dict[str, Any]]:
    moves = {}
    for _, a, b, cited, base, link, before, type_, name, date, source in rows:
        new_cited = resolver.target(cited, type_, name, date, before)
        base_type, base_name, base_date = stated.get((source, base), (None, None, None))
        new_base = resolver.target(base, base_type, base_name, base_date, before)
        new_a, new_b = (new_cited, new_base) if link == "amended_by" else (new_base, new_cited)
        if (new_a, new_b) != (a, b) and new_a != new_b:
            moves[(a, b, source, cited, base)] = {"a": a, "b": b, "source": source, "cited": cited,
                                                  "base": base, "new_a": new_a, "new_b": new_b}
    return [moves[k] for k in sorted(moves)]


def _choose(values: Counter[Any]) -> Any:
    """The value most citations give, then the longest, then the first in code-point order."""
    if not values:
        return None
    return min(values, key=lambda v: (-values[v], -len(str(v)), str(v)))


def stub_properties(key: str, statements: list[list[Any]]) -> dict[str, Any]:
    """A stub's properties from what its citations say (rows of ``STATEMENTS`` for this key)."""
    tally: dict[str, Counter[Any]] = {f: Counter() for f in _STUB_FIELDS}
    for _, type_, number, issuer, date, name, title, n in statements:
        for f, v in zip(_STUB_FIELDS, (type_, number, issuer, date, name, title), strict=True):
            if v is not None:
                tally[f][v] += n
    props = {f: _choose(tally[f]) for f in _STUB_FIELDS}
    law = _catalogued().get(key)
    if law is not None:  # the catalogue knows it: say what it is, not only what was cited
        props.update(type=law.type, number=law.number, name=law.name, issued=law.issued, issuer="Quốc hội")
    parsed = _parse(key)
    year = props["issued"][:4] if props["issued"] else (parsed.year if parsed else None)
    if (year is None or year == "?") and parsed and parsed.number:
        year = str(number_year(parsed.number) or "") or None
    props["year"] = int(year) if year and year.isdigit() else None
    label = kind_label(props["type"])
    return {**props, "key": key, "stub": True, "kind": label}


def _catalogued() -> dict[str, Law]:
    return {str(law_key(law.number, law.type, law.name, law.year)): law for law in catalogue()}


def _set_stubs(store: GraphStore) -> None:
    by_key: dict[str, list[list[Any]]] = {key: [] for (key,) in store.query(STUBS).rows}
    for row in store.query(STATEMENTS).rows:
        if row[0] in by_key:
            by_key[row[0]].append(row)
    rows = []
    for key in sorted(by_key):
        props = stub_properties(key, by_key[key])
        rows.append({"key": key, "label": props["kind"], "props": props})
    store.write([Step(SET_STUBS.format(kinds=ALL_KINDS), "stubs", rows, KIND_LABELS)])
