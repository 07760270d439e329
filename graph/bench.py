"""Load benchmark: the loader's rows/s beside the engine's own rate for the same rows, same run.

The dev corpus (``../shared/corpus/documents``, else ``corpus/``) is parsed once and scaled up:
copy ``i`` of a document gets numbers with ``i`` appended to their serial (``1369/QĐ-UBND`` →
``1369007/QĐ-UBND``) and its own source hash, so every copy is a new document, while citations
keep pointing at the same laws and decrees, as real plans do.

- loader: ``load_records`` (purge of old facts, MERGE on keys, labels, stubs, all edges), timed
  inside the engine's transactions only;
- raw: the same rows, with the same properties, in the same batches, written by the simplest
  statements the engine offers: ``UNWIND $rows … MERGE (:RawNode {key}) SET n += props`` for nodes
  and ``MATCH (a {key}) MATCH (b {key}) CREATE (a)-[:RAW]->(b) SET r += props`` for edges, with an
  index on the key. What the loader does beyond that (replacing a document's old facts, labels,
  stubs and their gap-filling, agencies shared across documents) is what the ratio measures.
- raw keys only: the same, without the properties: the engine's floor for these many rows.
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

from graph.load import load_records
from graph.model import Rows, check_record, record_rows
from graph.store import FalkorStore, GraphStore, Step, empty_graph, open_graph
from ingest.errors import BadParameter, VnlegalError
from ingest.snapshot import document_files

_NODE_LISTS = ("sources", "documents", "stubs", "agencies", "persons", "tasks")
_EDGE_ENDS = {
    "derived": ("node", "source"), "issued_by": ("doc", "agency"), "signed_by": ("doc", "person"),
    "promulgates": ("from", "to"), "cites": ("from", "to"), "links": ("from", "to"), "leads": ("task", "agency"),
    "supports": ("task", "agency"), "responsible": ("doc", "agency"),
}
RAW_NODES = "UNWIND $rows AS row MERGE (n:RawNode {key: row.key}) SET n += row.props"
RAW_EDGES = ("UNWIND $rows AS row MATCH (a:RawNode {key: row.a}) MATCH (b:RawNode {key: row.b}) "
             "CREATE (a)-[r:RAW]->(b) SET r += row.props")
KEY_NODES = "UNWIND $rows AS key MERGE (:RawNode {key: key})"
KEY_EDGES = ("UNWIND $rows AS row MATCH (a:RawNode {key: row.a}) MATCH (b:RawNode {key: row.b}) "
             "CREATE (a)-[:RAW]->(b)")


def _corpus() -> list[Path]:
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "documents"
    folder = shared if shared.is_dir() else Path(__file__).resolve().parents[1] / "corpus"
    return document_files([folder])


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


def _flat(row: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    """A row's properties as one flat map (``{key, label, props: {…}}`` → ``{label, …}``)."""
    out = {k: v for k, v in row.items() if k not in drop and k != "props"}
    out.update(row.get("props") or {})
    return out


def _raw_steps(rows: Rows, with_props: bool) -> list[Step]:
    nodes = [r for name in _NODE_LISTS for r in getattr(rows, name)]
    edges = [(r, a, b) for name, (a, b) in _EDGE_ENDS.items() for r in getattr(rows, name)]
    if with_props:
        return [Step(RAW_NODES, "rows", [{"key": r["key"], "props": _flat(r, ("key",))} for r in nodes]),
                Step(RAW_EDGES, "rows", [{"a": r[a], "b": r[b], "props": _flat(r, (a, b))} for r, a, b in edges])]
    return [Step(KEY_NODES, "rows", [r["key"] for r in nodes]),
            Step(KEY_EDGES, "rows", [{"a": r[a], "b": r[b]} for r, a, b in edges])]


def _raw_load(store: GraphStore, records: Iterator[dict[str, Any]], batch: int,
              with_props: bool = True) -> tuple[int, float]:
    store.ensure_schema([], [("RawNode", "key")])
    total, seconds, pending = 0, 0.0, Rows()
    held = 0

    def flush() -> tuple[int, float]:
        steps = _raw_steps(pending, with_props)
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
    t0 = time.perf_counter()
    store.sync()  # the loader's time includes making its writes durable; so does this one's
    return total, seconds + time.perf_counter() - t0


def _count(store: GraphStore) -> int:
    return int(store.query("MATCH (n) RETURN count(n) AS n").rows[0][0])


def _engine_rss_mb(store: GraphStore) -> float | None:
    if isinstance(store, FalkorStore) and store.server_pid:
        import psutil

        return psutil.Process(store.server_pid).memory_info().rss / 2**20
    return None


def _fresh(tmp: str, name: str, target: str | None) -> GraphStore:
    store = open_graph(target or str(Path(tmp) / f"{name}.db"), create=True)
    if _count(store):
        store.close()
        raise BadParameter(f"the bench needs an empty graph, {store.target} is not")
    return store


def _empty(store: GraphStore, target: str | None) -> None:
    if target:  # a server's database is reused by the next run; a temporary file is not
        empty_graph(store)


def run(scale: int = 100, target: str | None = None, batch_size: int | None = None,
        repeat: int = 1) -> dict[str, Any]:
    """Measure; returns the figures (``vnlegal bench`` prints them).

    ``target`` None: fresh embedded graphs in a temporary folder. A Neo4j URI must point at an
    empty database; the bench empties it again after each run. With ``repeat`` > 1 the three loads
    take turns and each keeps its best time, so a busy moment of the machine weighs on none alone.
    """
    if scale < 1 or repeat < 1:
        raise BadParameter("scale and repeat must be at least 1")
    t0 = time.perf_counter()
    base = _parse_all(_corpus())
    parse_seconds = time.perf_counter() - t0
    best = {"loader": float("inf"), "raw": float("inf"), "keys": float("inf")}
    raw_rows = nodes = 0
    engine_mb: float | None = None
    backend = ""
    with tempfile.TemporaryDirectory(prefix="vnlegal-bench-") as tmp:
        for i in range(repeat):
            with _fresh(tmp, f"loader-{i}", target) as store:
                report = load_records(store, scaled(base, scale), batch_size=batch_size)
                best["loader"] = min(best["loader"], report.write_seconds)
                nodes, engine_mb, backend = _count(store), _engine_rss_mb(store), store.backend
                _empty(store, target)
            for name, with_props in (("raw", True), ("keys", False)):
                with _fresh(tmp, f"{name}-{i}", target) as store:
                    raw_rows, seconds = _raw_load(store, scaled(base, scale), batch_size or store.batch_documents,
                                                  with_props)
                    best[name] = min(best[name], seconds)
                    _empty(store, target)
    rate = {name: (report.rows if name == "loader" else raw_rows) / s if s else 0.0 for name, s in best.items()}
    return {
        "backend": backend,
        "documents": report.documents,
        "corpus_documents": len(base),
        "scale": scale,
        "repeat": repeat,
        "parse_seconds": round(parse_seconds, 2),
        "rows": report.rows,
        "raw_rows": raw_rows,
        "nodes": nodes,
        "loader_seconds": round(best["loader"], 2),
        "loader_rows_per_s": round(rate["loader"]),
        "raw_seconds": round(best["raw"], 2),
        "raw_rows_per_s": round(rate["raw"]),
        "loader_vs_raw": round(rate["loader"] / rate["raw"], 2) if rate["raw"] else None,
        "raw_keys_only_seconds": round(best["keys"], 2),
        "raw_keys_only_rows_per_s": round(rate["keys"]),
        "loader_vs_keys_only": round(rate["loader"] / rate["keys"], 2) if rate["keys"] else None,
        "python_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "engine_rss_mb": round(engine_mb) if engine_mb is not None else None,
    }
