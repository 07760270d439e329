"""Loading records into a graph: constraints first, then ``UNWIND $rows … MERGE`` in transactions.

Guarantees (each has a test in ``tests/test_graph_load.py``):

- **Idempotent**: loading the same records twice leaves the same node and relationship counts.
- **Re-parse replaces**: a document's old facts (its citations, tasks, units, issuer, signer,
  promulgated plan's facts) are deleted in the same transaction that writes the new ones.
- **No half-written document**: records are written in batches, each batch one transaction
  (FalkorDB: one atomic query; Neo4j: one explicit transaction). When a batch fails it is retried
  one document per transaction, so the documents before the failing one are loaded and the failing
  one is left exactly as it was; then ``LoadFailed`` is raised.
- **Stubs completed, not duplicated**: a cited document is MERGEd on its key and marked
  ``stub: true``; parsing it later sets its facts on the same node and ``stub: false``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from graph.model import LABELS, Rows, check_record, record_rows
from graph.store import GraphStore, Step
from ingest.errors import LoadFailed

UNIQUE_KEYS = [("Document", "key"), ("Agency", "key"), ("Person", "key"), ("Task", "key"),
               ("Source", "key")]
INDEXED = [("Document", "number"), ("Document", "year")]
DEFAULT_BATCH = 25

_ALL_KINDS = ":".join(LABELS)  # REMOVE d:Circular:Code:… — a re-parsed document changes kind

# ---- the statements (values are parameters; labels come from model.LABELS only) --------------------

PURGE_FACTS = """UNWIND $owners AS k
MATCH (d:Document {key: k})-[r:CITES|ISSUED_BY|SIGNED_BY|PROMULGATES|RESPONSIBLE_FOR]->()
DELETE r"""
PURGE_TASKS = """UNWIND $owner_tasks AS k
MATCH (:Document {key: k})-[:HAS_TASK]->(t:Task)
DETACH DELETE t"""
SOURCES = """UNWIND $sources AS row
MERGE (s:Source {key: row.key}) SET s += row.props"""
# Labels cannot be parameters: one FOREACH per kind of the allow-list sets the row's kind label
# (one statement for all kinds: a statement per kind costs more than the FOREACHes, measured).
_SET_KIND = "\n".join(
    f"FOREACH (_ IN CASE WHEN {{guard}}row.label = '{label}' THEN [1] ELSE [] END | SET d:{label})"
    for label in LABELS
)
DOCUMENTS = f"""UNWIND $documents AS row
MERGE (d:Document {{key: row.key}}) SET d += row.props, d.stub = false, d.kind = row.label
REMOVE d:{_ALL_KINDS}
{_SET_KIND.format(guard="")}"""
# A stub takes the kind of the first citation that creates it; later citations fill only gaps.
STUBS = f"""UNWIND $stubs AS row
MERGE (d:Document {{key: row.key}}) ON CREATE SET d += row.props, d.stub = true, d.kind = row.label
WITH d, row WHERE d.stub = true
SET d.number = coalesce(d.number, row.props.number), d.type = coalesce(d.type, row.props.type),
    d.issuer = coalesce(d.issuer, row.props.issuer), d.issued = coalesce(d.issued, row.props.issued),
    d.year = coalesce(d.year, row.props.year), d.name = coalesce(d.name, row.props.name),
    d.title = coalesce(d.title, row.props.title)
{_SET_KIND.format(guard="d.kind = row.label AND ")}"""
AGENCIES = """UNWIND $agencies AS row
MERGE (a:Agency {key: row.key}) SET a += row"""
PERSONS = """UNWIND $persons AS row
MERGE (p:Person {key: row.key}) SET p.name = row.name"""
DERIVED = """UNWIND $derived AS row
MATCH (d:Document {key: row.node}), (s:Source {key: row.source})
MERGE (d)-[r:DERIVED_FROM]->(s) SET r.start = row.start, r.end = row.end"""
ISSUED_BY = """UNWIND $issued_by AS row
MATCH (d:Document {key: row.doc}), (a:Agency {key: row.agency})
MERGE (d)-[r:ISSUED_BY]->(a) SET r.source = row.source"""
STUB_ISSUED_BY = """UNWIND $stub_issued_by AS row
MATCH (d:Document {key: row.doc}) WHERE d.stub = true
MATCH (a:Agency {key: row.agency})
MERGE (d)-[r:ISSUED_BY]->(a) ON CREATE SET r.source = row.source"""
SIGNED_BY = """UNWIND $signed_by AS row
MATCH (d:Document {key: row.doc}), (p:Person {key: row.person})
MERGE (d)-[r:SIGNED_BY]->(p) SET r.source = row.source"""
PROMULGATES = """UNWIND $promulgates AS row
MATCH (a:Document {key: row.from}), (b:Document {key: row.to})
MERGE (a)-[r:PROMULGATES]->(b) SET r.source = row.source, r.start = row.start, r.end = row.end"""
# One row per citing document and source, holding its references: the citer is matched once.
CITES = """UNWIND $cites AS citer
MATCH (a:Document {key: citer.from})
UNWIND citer.refs AS row
MATCH (b:Document {key: row.to})
CREATE (a)-[:CITES {relation: row.relation, start: row.start, end: row.end,
                    section: row.section, part: row.part, source: citer.source}]->(b)"""
_REF_FIELDS = ("to", "relation", "start", "end", "section", "part")
TASKS = """UNWIND $tasks AS row
MATCH (d:Document {key: row.doc}), (s:Source {key: row.source})
CREATE (t:Task {key: row.key}) SET t += row.props
CREATE (d)-[:HAS_TASK {source: row.source}]->(t)
CREATE (t)-[:DERIVED_FROM {start: row.props.start, end: row.props.end}]->(s)"""
LEADS = """UNWIND $leads AS row
MATCH (t:Task {key: row.task}), (a:Agency {key: row.agency})
MERGE (t)-[r:LEAD]->(a) SET r.source = row.source"""
SUPPORTS = """UNWIND $supports AS row
MATCH (t:Task {key: row.task}), (a:Agency {key: row.agency})
MERGE (t)-[r:SUPPORT]->(a) SET r.source = row.source"""
RESPONSIBLE = """UNWIND $responsible AS row
MATCH (d:Document {key: row.doc}), (a:Agency {key: row.agency})
CREATE (d)-[:RESPONSIBLE_FOR {section: row.section, role: row.role, start: row.start,
                              end: row.end, source: row.source}]->(a)"""
# Run once per load: stubs no document cites any more, agencies and people nothing points to.
CLEANUP = [
    "MATCH (d:Document) WHERE d.stub = true AND NOT ()-->(d) DETACH DELETE d",
    "MATCH (a:Agency) WHERE NOT ()-->(a) DELETE a",
    "MATCH (p:Person) WHERE NOT ()-->(p) DELETE p",
]


def _identity(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple((k, tuple(v.items()) if isinstance(v, dict) else v) for k, v in row.items())


class Shared:
    """The rows of shared nodes a load has already written: the laws every plan cites, the agencies
    every plan names. A later row that says nothing new is not sent again (the engine would MERGE it
    onto the same node, unchanged). Only rows of committed transactions are remembered."""

    # Rows whose effect is the same whichever document sends them; an ISSUED_BY of a stub is the
    # same fact whichever citation says it (the edge keeps the first citer's source: ON CREATE).
    _IDENTITY: ClassVar[dict[str, Callable[[dict[str, Any]], Any]]] = {
        "stubs": _identity, "agencies": _identity, "persons": _identity,
        "stub_issued_by": lambda r: (r["doc"], r["agency"]),
    }

    def __init__(self) -> None:
        self._seen: dict[str, set[Any]] = {name: set() for name in self._IDENTITY}

    def fresh(self, rows: Rows) -> dict[str, list[dict[str, Any]]]:
        """For each shared list: its rows not yet written, each once."""
        out: dict[str, list[dict[str, Any]]] = {}
        for name, identity in self._IDENTITY.items():
            seen, kept, batch = self._seen[name], [], set()
            for r in getattr(rows, name):
                i = identity(r)
                if i not in seen and i not in batch:
                    batch.add(i)
                    kept.append(r)
            out[name] = kept
        return out

    def commit(self, sent: dict[str, list[dict[str, Any]]]) -> None:
        for name, rows in sent.items():
            self._seen[name].update(map(self._IDENTITY[name], rows))


def _by_citer(cites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    citers: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in cites:
        citers.setdefault((c["from"], c["source"]), []).append({f: c[f] for f in _REF_FIELDS})
    return [{"from": f, "source": s, "refs": refs} for (f, s), refs in citers.items()]


def write_steps(rows: Rows, shared: dict[str, list[dict[str, Any]]]) -> list[Step]:
    """The statements of one transaction, in order: old facts out, nodes, then edges.
    ``shared``: the stubs, agencies, persons and stub issuers to send (``Shared.fresh``)."""
    owners = sorted(set(rows.owners))
    return [
        Step(PURGE_FACTS, "owners", owners),
        Step(PURGE_TASKS, "owner_tasks", owners),
        Step(SOURCES, "sources", rows.sources),
        Step(DOCUMENTS, "documents", rows.documents),
        Step(STUBS, "stubs", shared["stubs"]),
        Step(AGENCIES, "agencies", shared["agencies"]),
        Step(PERSONS, "persons", shared["persons"]),
        Step(DERIVED, "derived", rows.derived),
        Step(ISSUED_BY, "issued_by", rows.issued_by),
        Step(STUB_ISSUED_BY, "stub_issued_by", shared["stub_issued_by"]),
        Step(SIGNED_BY, "signed_by", rows.signed_by),
        Step(PROMULGATES, "promulgates", rows.promulgates),
        Step(CITES, "cites", _by_citer(rows.cites)),
        Step(TASKS, "tasks", rows.tasks),
        Step(LEADS, "leads", rows.leads),
        Step(SUPPORTS, "supports", rows.supports),
        Step(RESPONSIBLE, "responsible", rows.responsible),
    ]


@dataclass(frozen=True, slots=True)
class LoadReport:
    documents: int
    rows: int  # nodes and edges written (MERGEd or CREATEd), as parameter rows
    transactions: int
    skipped_references: int  # citations that named nothing identifiable
    seconds: float  # the whole call, including reading the records (parsing, when lazy)
    write_seconds: float  # inside the engine's transactions only

    @property
    def rows_per_second(self) -> float:
        """Loader throughput: rows over the time spent writing (not parsing)."""
        return self.rows / self.write_seconds if self.write_seconds > 0 else 0.0


def ensure_schema(store: GraphStore) -> None:
    store.ensure_schema(UNIQUE_KEYS, INDEXED)


def _batches(records: Iterable[dict[str, Any]], size: int,
             parser_version: str | None) -> Iterator[list[tuple[dict[str, Any], Rows]]]:
    """Records with their rows, ``size`` at a time. A document seen twice starts a new batch so
    that the later record replaces the earlier one instead of both adding facts."""
    batch: list[tuple[dict[str, Any], Rows]] = []
    owners: set[str] = set()
    for record in records:
        rows = record_rows(check_record(record), parser_version)
        if batch and (len(batch) >= size or owners & set(rows.owners)):
            yield batch
            batch, owners = [], set()
        batch.append((record, rows))
        owners.update(rows.owners)
    if batch:
        yield batch


def load_records(
    store: GraphStore,
    records: Iterable[dict[str, Any]],
    batch_size: int = DEFAULT_BATCH,
    parser_version: str | None = None,
    on_document: Callable[[dict[str, Any]], None] | None = None,
) -> LoadReport:
    """Load ``DocumentRecord.to_dict()`` records; raises ``LoadFailed`` (E302) naming the document
    that could not be written, after loading every document before it."""
    started = time.perf_counter()
    ensure_schema(store)
    documents = rows_written = transactions = skipped = 0
    writing = 0.0
    shared = Shared()
    for batch in _batches(records, batch_size, parser_version):
        merged = Rows()
        for _, rows in batch:
            merged.extend(rows)
        t0 = time.perf_counter()
        try:
            fresh = shared.fresh(merged)
            store.write(write_steps(merged, fresh))
            shared.commit(fresh)
            transactions += 1
            done = batch
        except LoadFailed:
            done = []
            for record, rows in batch:  # find the document that fails; keep the others
                try:
                    fresh = shared.fresh(rows)
                    store.write(write_steps(rows, fresh))
                    shared.commit(fresh)
                except LoadFailed as e:
                    _cleanup(store)
                    path = record["source"].get("path")
                    raise LoadFailed(f"{path}: not loaded, the graph is unchanged for it "
                                     f"({len(done) + documents} documents loaded before): {e.message}") from e
                transactions += 1
                done.append((record, rows))
        writing += time.perf_counter() - t0
        for record, rows in done:
            documents += 1
            rows_written += rows.count()
            skipped += rows.skipped_references
            if on_document:
                on_document(record)
    t0 = time.perf_counter()
    _cleanup(store)
    writing += time.perf_counter() - t0
    return LoadReport(documents, rows_written, transactions, skipped,
                      time.perf_counter() - started, writing)


def _cleanup(store: GraphStore) -> None:
    for cypher in CLEANUP:
        store.query(cypher, write=True)
