"""The knowledge graph: records in, a graph of documents, agencies, people and tasks out.

Public verbs::

    store = open_graph("data/vnlegal.db", create=True)  # or "bolt://…"; None → $VNLEGAL_GRAPH
    report = load_records(store, records)      # records: DocumentRecord.to_dict() dicts
    stats(store)                               # node and relationship counts
    DocKey.parse("1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh")

Queries live in the ``queries`` package (``queries.run(store, name, params)``).
"""

from graph.identity import DocKey
from graph.load import LoadReport, load_records
from graph.stats import stats
from graph.store import GraphStore, Result, open_graph

__all__ = ["DocKey", "GraphStore", "LoadReport", "Result", "load_records", "open_graph", "stats"]
