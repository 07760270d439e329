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
- **Order does not matter**: after the writes, ``graph.reconcile`` re-resolves year-less and
  name-only citations and sets every stub's properties by a rule over all its citations.
- **Derived facts follow**: after the reconcile, ``compare.derive`` writes topics (``ABOUT``), agency
  successions (``SUCCEEDED_BY``), plan series (``FOLLOWED_BY``) and their alignments (``SIMILAR_TO``)
  from the whole graph, so they too do not depend on the order of the documents.
- **Durable or an error**: the store's ``sync`` (FalkorDB: SAVE, its answer checked) runs every
  minute of writing and at the end; the report is returned only after it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from graph.model import ALL_KINDS, KIND_LABELS, LINK_TYPES, Rows, check_record, record_rows
from graph.reconcile import reconcile
from graph.store import GraphStore, Step
from ingest.errors import LoadFailed

UNIQUE_KEYS = [("Document", "key"), ("Agency", "key"), ("Person", "key"), ("Task", "key"),
               ("Source", "key"), ("Topic", "key")]
INDEXED = [("Document", "number"), ("Document", "year")]
DEFAULT_BATCH = 25  # the embedded engine's; a store says its own (``GraphStore.batch_documents``)
SYNC_SECONDS = 60.0


# ---- the statements (values are parameters; labels and types come from allow-lists only) ------------

# A document's secondary links hang off the documents it cites, with the citation's source.
PURGE_LINKS = """UNWIND $owners AS k
MATCH (:Document {key: k})-[c:CITES]->(:Document)-[r:AMENDS|IMPLEMENTS|MENTIONS]-(:Document)
WHERE r.source = c.source AND r.origin = 'text'
WITH DISTINCT r
DELETE r"""
PURGE_FACTS = """UNWIND $owners AS k
MATCH (d:Document {key: k})-[r:CITES|ISSUED_BY|SIGNED_BY|PROMULGATES|RESPONSIBLE_FOR]->()
DELETE r"""
PURGE_TASKS = """UNWIND $owner_tasks AS k
MATCH (:Document {key: k})-[h:HAS_TASK]->(t:Task)
DETACH DELETE t"""
SOURCES = """UNWIND $sources AS row
MERGE (s:Source {key: row.key}) SET s += row.props"""
# A parsed document's properties are its parse's, whole (a stub's guesses do not survive it).
DOCUMENTS = f"""UNWIND $documents AS row
MERGE (d:Document {{key: row.key}}) SET d = row.props
REMOVE d:{ALL_KINDS}
SET d:{{kind}}"""
# A stub's properties are set by graph.reconcile from all its citations, once the load is written.
STUBS = """UNWIND $stubs AS row
MERGE (d:Document {key: row.key}) ON CREATE SET d.stub = true, d.kind = 'Document'"""
# One node per agency, whoever names it first: each property takes the smallest value any mention
# gives (a collective mark is kept once given), so the graph does not depend on the load order.
AGENCIES = """UNWIND $agencies AS row
MERGE (a:Agency {key: row.key})
SET a.name = CASE WHEN a.name IS NULL OR row.name < a.name THEN row.name ELSE a.name END,
    a.scope = CASE WHEN a.scope IS NULL OR row.scope < a.scope THEN row.scope ELSE a.scope END,
    a.jurisdiction = CASE WHEN row.jurisdiction IS NOT NULL
                               AND (a.jurisdiction IS NULL OR row.jurisdiction < a.jurisdiction)
                          THEN row.jurisdiction ELSE a.jurisdiction END,
    a.abbreviation = CASE WHEN row.abbreviation IS NOT NULL
                               AND (a.abbreviation IS NULL OR row.abbreviation < a.abbreviation)
                          THEN row.abbreviation ELSE a.abbreviation END,
    a.collective = coalesce(a.collective, false) OR coalesce(row.collective, false)"""
PERSONS = """UNWIND $persons AS row
MERGE (p:Person {key: row.key}) SET p.name = row.name"""
DERIVED = """UNWIND $derived AS row
MATCH (d:Document {key: row.node}), (s:Source {key: row.source})
MERGE (d)-[r:DERIVED_FROM]->(s) SET r.start = row.start, r.end = row.end"""
ISSUED_BY = """UNWIND $issued_by AS row
MATCH (d:Document {key: row.doc}), (a:Agency {key: row.agency})
MERGE (d)-[r:ISSUED_BY]->(a) SET r.source = row.source"""
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
CREATE (a)-[r:CITES]->(b) SET r = row.props"""
# Between two cited documents; one statement per relationship type (from LINK_TYPES only).
LINKS = """UNWIND ${param} AS row
MATCH (a:Document {{key: row.from}}), (b:Document {{key: row.to}})
CREATE (a)-[r:{rel}]->(b) SET r = row.props"""
TASKS = """UNWIND $tasks AS row
MATCH (d:Document {key: row.doc}), (s:Source {key: row.source})
CREATE (t:Task {key: row.key}) SET t += row.props
CREATE (d)-[h:HAS_TASK {source: row.source}]->(t)
CREATE (t)-[f:DERIVED_FROM {start: row.props.start, end: row.props.end}]->(s)"""
LEADS = """UNWIND $leads AS row
MATCH (t:Task {key: row.task}), (a:Agency {key: row.agency})
MERGE (t)-[r:LEAD]->(a) SET r.source = row.source"""
SUPPORTS = """UNWIND $supports AS row
MATCH (t:Task {key: row.task}), (a:Agency {key: row.agency})
MERGE (t)-[r:SUPPORT]->(a) SET r.source = row.source"""
RESPONSIBLE = """UNWIND $responsible AS row
MATCH (d:Document {key: row.doc}), (a:Agency {key: row.agency})
CREATE (d)-[r:RESPONSIBLE_FOR {section: row.section, role: row.role, start: row.start,
                              end: row.end, source: row.source}]->(a)"""


def _identity(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple((k, tuple(v.items()) if isinstance(v, dict) else v) for k, v in row.items())


class Shared:
    """The rows of shared nodes a load has already written: the laws every plan cites, the agencies
    every plan names. A later row that says nothing new is not sent again (the engine would MERGE it
    onto the same node, unchanged). Only rows of committed transactions are remembered."""

    _IDENTITY: ClassVar[dict[str, Callable[[dict[str, Any]], Any]]] = {
        "stubs": _identity, "agencies": _identity, "persons": _identity,
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
        props = {k: v for k, v in c.items() if k not in ("from", "to")}
        citers.setdefault((c["from"], c["source"]), []).append({"to": c["to"], "props": props})
    return [{"from": f, "source": s, "refs": refs} for (f, s), refs in citers.items()]


def _links(links: list[dict[str, Any]], rel: str) -> list[dict[str, Any]]:
    return [{"from": r["from"], "to": r["to"],
             "props": {k: v for k, v in r.items() if k not in ("rel", "from", "to")}}
            for r in links if r["rel"] == rel]


def write_steps(rows: Rows, shared: dict[str, list[dict[str, Any]]]) -> list[Step]:
    """The statements of one transaction, in order: old facts out, nodes, then edges.
    ``shared``: the stubs, agencies and persons to send (``Shared.fresh``)."""
    owners = sorted(set(rows.owners))
    return [
        Step(PURGE_LINKS, "owners", owners),
        Step(PURGE_FACTS, "owners", owners),
        Step(PURGE_TASKS, "owner_tasks", owners),
        Step(SOURCES, "sources", rows.sources),
        Step(DOCUMENTS, "documents", rows.documents, KIND_LABELS),
        Step(STUBS, "stubs", shared["stubs"]),
        Step(AGENCIES, "agencies", shared["agencies"]),
        Step(PERSONS, "persons", shared["persons"]),
        Step(DERIVED, "derived", rows.derived),
        Step(ISSUED_BY, "issued_by", rows.issued_by),
        Step(SIGNED_BY, "signed_by", rows.signed_by),
        Step(PROMULGATES, "promulgates", rows.promulgates),
        Step(CITES, "cites", _by_citer(rows.cites)),
        *(Step(LINKS.format(rel=rel, param=f"links_{rel.lower()}"), f"links_{rel.lower()}",
               _links(rows.links, rel)) for rel in LINK_TYPES),
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


def _settle(store: GraphStore) -> None:
    """After the writes: what no single document decides (``graph.reconcile``), then what the
    comparison derives from the whole graph (``compare.derive``: topics, agency successions, plan
    series and their alignments), removed first so the reconcile's clean-up is not held up by it."""
    from compare.derive import derive, purge

    purge(store)
    reconcile(store)
    derive(store)


def load_records(
    store: GraphStore,
    records: Iterable[dict[str, Any]],
    batch_size: int | None = None,
    parser_version: str | None = None,
    on_document: Callable[[dict[str, Any]], None] | None = None,
) -> LoadReport:
    """Load ``DocumentRecord.to_dict()`` records; raises ``LoadFailed`` (E302) naming the document
    that could not be written, after loading every document before it, and ``NotDurable`` (E303)
    when the engine cannot keep what was written. ``batch_size``: documents per transaction
    (default: the engine's, ``store.batch_documents``)."""
    started = time.perf_counter()
    batch_size = batch_size or store.batch_documents
    ensure_schema(store)
    last_sync = time.perf_counter()
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
                    _settle(store)
                    store.sync()
                    path = record["source"].get("path")
                    raise LoadFailed(f"{path}: not loaded, the graph is unchanged for it "
                                     f"({len(done) + documents} documents loaded before): {e.message}") from e
                transactions += 1
                done.append((record, rows))
        if time.perf_counter() - last_sync > SYNC_SECONDS:  # a checkpoint: bounded loss on a crash
            store.sync()
            last_sync = time.perf_counter()
        writing += time.perf_counter() - t0
        for record, rows in done:
            documents += 1
            rows_written += rows.count()
            skipped += rows.skipped_references
            if on_document:
                on_document(record)
    t0 = time.perf_counter()
    _settle(store)
    store.sync()
    writing += time.perf_counter() - t0
    return LoadReport(documents, rows_written, transactions, skipped,
                      time.perf_counter() - started, writing)
