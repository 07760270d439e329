"""What the comparison knows, written into the graph after each load (``graph.load.load_records``
calls ``purge`` before its reconcile and ``derive`` after it):

- ``(:Topic {key, name, name_en})`` for every topic of the taxonomy, and
  ``(t:Task)-[:ABOUT {words}]->(:Topic)`` for every task and duty (tagged once per taxonomy
  version: ``t.topics_version``);
- ``(:Agency)-[:SUCCEEDED_BY {date, source, kind, confirmed, note}]->(:Agency)`` for every agency
  of the graph a succession fact applies to (the successor is created if no document names it);
- ``(:Document)-[:FOLLOWED_BY {series, series_name, evidence, subject_overlap, shared_bases}]->(:Document)``
  between consecutive plans of each series (``compare.series``);
- ``(a:Task)-[:SIMILAR_TO {score, margin, method, status, level, series}]->(b:Task)`` for each pair and
  coverage link of the alignment of those consecutive plans (earlier plan → later plan).

Everything here is a function of the graph's documents and the data files, recomputed the same way
whatever order the documents were loaded in.
"""

from __future__ import annotations

from typing import Any

from compare.agencies import successions
from compare.align import align
from compare.plans import read_plan
from compare.series import find_series
from compare.similarity import DEFAULT
from compare.topics import tag, taxonomy, version
from graph.load import AGENCIES
from graph.store import GraphStore, Step

PURGE_SUCCESSIONS = """MATCH (a:Agency)-[r:SUCCEEDED_BY]->(b:Agency) DELETE r"""
PURGE_SERIES = """MATCH (a:Document)-[r:FOLLOWED_BY]->(b:Document) DELETE r"""
PURGE_SIMILAR = """MATCH (a:Task)-[r:SIMILAR_TO]->(b:Task) DELETE r"""
TOPICS = """UNWIND $topics AS row
MERGE (t:Topic {key: row.key}) SET t.name = row.name, t.name_en = row.name_en"""
UNTAGGED = """MATCH (t:Task)
WHERE t.topics_version IS NULL OR t.topics_version <> $version
RETURN t.key, t.text ORDER BY t.key"""
UNTAG = """UNWIND $untag AS k
MATCH (t:Task {key: k})-[old:ABOUT]->(topic:Topic)
DELETE old"""
ABOUT = """UNWIND $about AS row
MATCH (t:Task {key: row.task})
SET t.topics_version = row.version
WITH t, row
UNWIND row.tags AS tg
MATCH (topic:Topic {key: tg.topic})
CREATE (t)-[r:ABOUT {words: tg.words}]->(topic)"""
AGENCY_ROWS = """MATCH (a:Agency) RETURN a.key, a.name, a.scope, a.jurisdiction ORDER BY a.key"""
SUCCEEDED_BY = """UNWIND $successions AS row
MATCH (a:Agency {key: row.from}), (b:Agency {key: row.to})
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.date = row.date, r.source = row.source, r.kind = row.kind, r.confirmed = row.confirmed, r.note = row.note"""
FOLLOWED_BY = """UNWIND $links AS row
MATCH (a:Document {key: row.a}), (b:Document {key: row.b})
CREATE (a)-[r:FOLLOWED_BY]->(b) SET r = row.props"""
SIMILAR_TO = """UNWIND $similar AS row
MATCH (a:Task {key: row.a}), (b:Task {key: row.b})
CREATE (a)-[r:SIMILAR_TO]->(b) SET r = row.props"""

_BATCH = 2000  # tasks tagged per statement


def purge(store: GraphStore) -> None:
    """Remove what ``derive`` writes between documents: a reconcile may then drop agencies and
    documents as it always does."""
    for cypher in (PURGE_SUCCESSIONS, PURGE_SERIES, PURGE_SIMILAR):
        store.query(cypher, write=True)


def derive(store: GraphStore) -> None:
    """Write topics, successions, series and alignments (module docstring)."""
    _topics(store)
    _successions(store)
    _series(store)


def _topics(store: GraphStore) -> None:
    store.write([Step(TOPICS, "topics", [{"key": t.key, "name": t.name, "name_en": t.name_en} for t in taxonomy()])])
    v = version()
    rows = store.query(UNTAGGED, {"version": v}).rows
    for i in range(0, len(rows), _BATCH):
        about = [{"task": key, "version": v,
                  "tags": [{"topic": t.topic, "words": list(t.words)} for t in tag(text or "")]}
                 for key, text in rows[i:i + _BATCH]]
        store.write([Step(UNTAG, "untag", [r["task"] for r in about]), Step(ABOUT, "about", about)])


def _successions(store: GraphStore) -> None:
    agencies: dict[str, dict[str, Any]] = {}
    edges = []
    for key, name, scope, jurisdiction in store.query(AGENCY_ROWS).rows:
        for s in successions(name or "", scope, jurisdiction):
            if s.to.key == key:
                continue
            agencies.setdefault(s.to.key, s.to.row())
            edges.append({"from": key, "to": s.to.key, "date": s.date, "source": s.source, "kind": s.kind,
                          "confirmed": s.confirmed, "note": s.note})
    store.write([Step(AGENCIES, "agencies", [agencies[k] for k in sorted(agencies)]),
                 Step(SUCCEEDED_BY, "successions", sorted(edges, key=lambda e: (e["from"], e["to"])))])


def _series(store: GraphStore) -> None:
    links, similar = [], []
    for series in find_series(store):
        for link in series.links:
            links.append({"a": link.a, "b": link.b, "props": {
                "series": series.key, "series_name": series.name, "evidence": link.evidence,
                "subject_overlap": link.subject_overlap, "shared_bases": list(link.shared_bases),
                "shared_implemented": list(link.shared_implemented)}})
            a, b = read_plan(store, link.a), read_plan(store, link.b)
            alignment = align(a, b)
            for pair in [*alignment.pairs, *alignment.coverage]:
                if pair.a and pair.b and pair.status in ("carried_over", "changed"):
                    similar.append({"a": a.item(pair.a).key, "b": b.item(pair.b).key, "props": {
                        "score": pair.score, "margin": pair.margin, "method": DEFAULT, "status": pair.status,
                        "level": pair.level, "series": series.key}})
    store.write([Step(FOLLOWED_BY, "links", links), Step(SIMILAR_TO, "similar", similar)])
