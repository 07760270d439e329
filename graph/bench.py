"""Load benchmark: the loader's rows/s beside the engine's own rate for the same rows, same run.

The dev corpus (``../shared/corpus/documents``, else ``corpus/``) is parsed once and scaled up:
copy ``i`` of a document gets numbers with ``i`` appended to their serial (``1369/QĐ-UBND`` →
``1369007/QĐ-UBND``) and its own source hash, so every copy is a new document, while citations
keep pointing at the same laws and decrees, as real plans do.

- loader: ``load_records`` (purge of old facts, MERGE on keys, labels, stubs, all edges), timed
  inside the engine's transactions only;
- raw: the same number of parameter rows in the same batches, written by the simplest statements
  the engine offers (``UNWIND $rows MERGE (:RawNode {key})`` and ``MATCH … CREATE`` for edges,
  with an index on the key).
"""

from __future__ import annotations

import copy
import hashlib
import re
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph.load import DEFAULT_BATCH, load_records
from graph.model import Rows, check_record, record_rows
from graph.store import FalkorStore, GraphStore, Step, open_graph
from ingest.errors import BadParameter, VnlegalError

_NODE_LISTS = ("sources", "documents", "stubs", "agencies", "persons", "tasks")
_EDGE_ENDS = {
    "derived": ("node", "source"), "issued_by": ("doc", "agency"),
    "stub_issued_by": ("doc", "agency"), "signed_by": ("doc", "person"),
    "promulgates": ("from", "to"), "cites": ("from", "to"), "leads": ("task", "agency"),
    "supports": ("task", "agency"), "responsible": ("doc", "agency"),
}
RAW_NODES = "UNWIND $rows AS row MERGE (:RawNode {key: row})"
RAW_EDGES = ("UNWIND $rows AS row MATCH (a:RawNode {key: row.a}) MATCH (b:RawNode {key: row.b}) "
             "CREATE (a)-[:RAW]->(b)")


def _corpus() -> list[Path]:
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "documents"
    folder = shared if shared.is_dir() else Path(__file__).resolve().parents[1] / "corpus"
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _parse_all(paths: list[Path]) -> list[dict[str, Any]]:
    import parsers

    out = []
    for p in paths:
        try:
            out.append(parsers.parse_document(str(p)).to_dict())
        except VnlegalError:  # a document the parser refuses is not part of the bench
            continue
    return out


def _renumber(number: str | None, copy_no: int) -> str | None:
    if not number or copy_no == 0:
        return number
    return re.sub(r"^(\d+)", lambda m: f"{m[1]}{copy_no:03d}", number, count=1)


def scaled(records: list[dict[str, Any]], scale: int) -> Iterator[dict[str, Any]]:
    """``scale`` copies of every record, each copy a distinct document."""
    for i in range(scale):
        for rec in records:
            r = copy.deepcopy(rec)
            src = r["source"]
            src["sha256"] = hashlib.sha256(f"{src['sha256']}:{i}".encode()).hexdigest()
            src["path"] = f"{src['path']}#copy{i}"
            doc = r["document"]
            doc["number"] = _renumber(doc.get("number"), i)
            if i and not doc.get("number"):
                doc["title"] = f"{doc.get('title') or src['path']} (bản {i})"
            for att in r.get("attachments", []):
                att["number"] = _renumber(att.get("number"), i)
            yield r


def _raw_steps(rows: Rows) -> list[Step]:
    nodes: list[str] = []
    for name in _NODE_LISTS:
        nodes.extend(r["key"] for r in getattr(rows, name))
    edges = [{"a": r[a], "b": r[b]} for name, (a, b) in _EDGE_ENDS.items() for r in getattr(rows, name)]
    return [Step(RAW_NODES, "rows", nodes), Step(RAW_EDGES, "rows", edges)]


def _raw_load(store: GraphStore, records: Iterator[dict[str, Any]], batch: int) -> tuple[int, float]:
    store.ensure_schema([], [("RawNode", "key")])
    total, seconds, pending = 0, 0.0, Rows()
    held = 0

    def flush() -> tuple[int, float]:
        steps = _raw_steps(pending)
        t0 = time.perf_counter()
        for step in steps:  # one transaction per statement: the engine's cheapest path
            store.write([step])
        return sum(len(s.rows) for s in steps), time.perf_counter() - t0

    for rec in records:
        pending.extend(record_rows(check_record(rec)))
        held += 1
        if held == batch:
            n, s = flush()
            total, seconds, pending, held = total + n, seconds + s, Rows(), 0
    if held:
        n, s = flush()
        total, seconds = total + n, seconds + s
    return total, seconds


def _count(store: GraphStore) -> int:
    return int(store.query("MATCH (n) RETURN count(n) AS n").rows[0][0])


def _engine_rss_mb(store: GraphStore) -> float | None:
    if isinstance(store, FalkorStore) and store._db is not None:
        import psutil

        return psutil.Process(store._db.client.pid).memory_info().rss / 2**20
    return None


def run(scale: int = 100, target: str | None = None, batch_size: int = DEFAULT_BATCH) -> dict[str, Any]:
    """Measure; returns the figures (``vnlegal bench`` prints them).

    ``target`` None: two fresh embedded graphs in a temporary folder. A Neo4j URI must point at
    an empty database; the bench empties it again afterwards.
    """
    if scale < 1:
        raise BadParameter("scale must be at least 1")
    t0 = time.perf_counter()
    base = _parse_all(_corpus())
    parse_seconds = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="vnlegal-bench-") as tmp:
        loader_target = target or str(Path(tmp) / "loader.db")
        raw_target = target or str(Path(tmp) / "raw.db")
        with open_graph(loader_target) as store:
            if _count(store):
                raise BadParameter(f"the bench needs an empty graph, {loader_target} is not")
            report = load_records(store, scaled(base, scale), batch_size=batch_size)
            nodes = _count(store)
            engine_mb = _engine_rss_mb(store)
            backend = store.backend
            if target:
                store.query("MATCH (n) DETACH DELETE n", write=True)
        with open_graph(raw_target) as store:
            raw_rows, raw_seconds = _raw_load(store, scaled(base, scale), batch_size)
            if target:
                store.query("MATCH (n) DETACH DELETE n", write=True)
    loader_rate = report.rows_per_second
    raw_rate = raw_rows / raw_seconds if raw_seconds else 0.0
    return {
        "backend": backend,
        "documents": report.documents,
        "corpus_documents": len(base),
        "scale": scale,
        "parse_seconds": round(parse_seconds, 2),
        "rows": report.rows,
        "raw_rows": raw_rows,
        "nodes": nodes,
        "loader_seconds": round(report.write_seconds, 2),
        "loader_rows_per_s": round(loader_rate),
        "raw_seconds": round(raw_seconds, 2),
        "raw_rows_per_s": round(raw_rate),
        "loader_vs_raw": round(loader_rate / raw_rate, 2) if raw_rate else None,
        "python_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "engine_rss_mb": round(engine_mb) if engine_mb is not None else None,
    }



