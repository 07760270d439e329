"""From the corpus to the graph: parse what the graph does not hold yet, load it, then load what
the portals declare (``graph.portal``).

What is in the graph is read from the graph itself (its ``Source`` nodes, keyed by the sha256 of
the bytes parsed, with the parser's version), never from a flag of our own: a crawl killed while
loading, or a graph deleted since, is simply brought up to date. A document whose bytes are already
loaded by this parser version is not parsed again; one the parser refused is remembered in the
manifest and not retried with the same parser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.load import ensure_schema, load_records
from graph.portal import facts_sha, known_facts, load_portal_facts, record_key
from graph.store import GraphStore
from ingest.corpus import Corpus, DocumentRow
from ingest.errors import VnlegalError, error_from_message

_FILLED = ("number", "type", "issuer", "signer", "issued", "title")


@dataclass
class LoadSummary:
    parsed: int = 0
    unchanged: int = 0  # the same bytes are in the graph already: not parsed again
    documents: int = 0  # loaded into the graph
    records: int = 0  # portal records written
    relations: int = 0
    failed: list[str] = field(default_factory=list)
    errors: list[VnlegalError] = field(default_factory=list)  # the parser's refusals, as raised

    def summary(self) -> list[str]:
        lines = [f"graph: {self.parsed} parsed and loaded ({self.documents} documents), {self.unchanged} "
                 f"unchanged (not parsed again), {len(self.failed)} not parseable; "
                 f"{self.records} portal records with {self.relations} declared relations"]
        return lines + [f"  {f}" for f in self.failed]


def fill_from_portal(record: dict[str, Any], facts: dict[str, Any] | None) -> dict[str, Any]:
    """What the text does not say (its number, date …) taken from the portal's attributes, as the
    parser does with a page's own attribute box; a W501 diagnostic names the fields filled."""
    if not facts:
        return record
    doc = record["document"]
    filled = [f for f in _FILLED if doc.get(f) is None and facts.get(f)]
    for f in filled:
        doc[f] = facts[f]
    if doc.get("year") is None and doc.get("issued"):
        doc["year"] = int(doc["issued"][:4])
    if filled:
        record.setdefault("diagnostics", []).append(
            {"code": "W501", "message": f"{', '.join(filled)} from {facts['origin']} ({facts['url']})",
             "start": None, "end": None})
    return record


def _loaded_sources(store: GraphStore) -> dict[str, str | None]:
    ensure_schema(store)
    return {k: v for k, v in store.query("MATCH (s:Source) RETURN s.key, s.parser_version").rows}


def load_corpus(corpus: Corpus, store: GraphStore, rows: Iterable[DocumentRow],
                on_document: Callable[[Any], None] | None = None) -> LoadSummary:
    """Bring the graph up to date with these manifest documents."""
    import parsers

    version = parsers.PARSER_VERSION
    loaded, records_known = _loaded_sources(store), known_facts(store)
    summary = LoadSummary()
    records: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for row in rows:
        sha = row.document_sha
        new_text = False
        if sha and loaded.get(sha) == version:
            summary.unchanged += 1
        elif sha and (refused := corpus.parse_failure(sha, version)):
            summary.failed.append(f"{refused} — {row.url}")
            summary.errors.append(error_from_message(f"{refused.split(': ', 1)[0]}: {row.url}: "
                                                     f"{refused.split(': ', 1)[-1]}"))
        elif sha:
            try:
                record = parsers.parse_bytes(corpus.read(sha), row.url).to_dict()
            except VnlegalError as e:
                corpus.record_parse_failure(sha, version, str(e))
                summary.failed.append(f"{e} — {row.url}")
                summary.errors.append(type(e)(f"{row.url}: {e.message}"))
            else:
                records.append(fill_from_portal(record, row.facts))
                summary.parsed += 1
                new_text = True
        facts_changed = bool(row.facts) and records_known.get(record_key(row.facts or {})) != facts_sha(row.facts or {})
        if new_text or facts_changed:
            parsed = sha is not None and corpus.parse_failure(sha, version) is None
            items.append({"facts": row.facts, "source": sha if parsed else None, "url": row.url,
                          "origin": row.source, "pages": list(row.pages.values())})
    if records:
        report = load_records(store, records, parser_version=version, on_document=on_document)
        summary.documents = report.documents
    if items:
        portal = load_portal_facts(store, items)
        summary.records, summary.relations = portal.records, portal.relations
    return summary
