"""Counts of what a graph holds: nodes per label, relationships per type, parsed vs stub documents."""

from __future__ import annotations

from typing import Any

from graph.store import GraphStore


def stats(store: GraphStore) -> dict[str, Any]:
    """``{"nodes": {"Document": 40, …}, "relationships": {"CITES": 120, …}, "documents": {…}}``."""
    labels = store.query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
    types = store.query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    docs = store.query(
        "MATCH (d:Document) RETURN coalesce(d.stub, false) AS stub, count(*) AS n"
    )
    by_stub = {bool(stub): n for stub, n in docs.rows}
    return {
        "nodes": dict(sorted((str(k), int(v)) for k, v in labels.rows)),
        "relationships": dict(sorted((str(k), int(v)) for k, v in types.rows)),
        "documents": {"parsed": by_stub.get(False, 0), "stubs": by_stub.get(True, 0)},
    }
