"""What the portals declare, as graph facts that say where they come from.

A portal's record of a document (vbpl.vn's attribute table and Lược đồ, the national portal's
detail, thuvienphapluat.vn's attribute box and relation groups) is a node of its own, never mixed
into what the document's text says::

    (:PortalRecord {key: "vbpl:TW/96172", origin: "vbpl", portal_id, url, number, type, title,
                    issuer, signer, issued, effective_from, effective_to, status, status_code,
                    fields, relations_known, facts_sha})
    (record)-[:DESCRIBES]->(doc)                          the document the record is about
    (record)-[:DECLARES {group, relation, title, number, portal_id, url}]->(doc)
                                                          "Văn bản căn cứ" → relation legal_basis …

and each ``Source`` the crawler loaded gets its provenance: ``url``, ``origin`` and ``pages`` (the
sha256 of the raw pages it was made from, kept in the corpus manifest).

So the text's own citations (``CITES``) and the portal's (``DECLARES``) can be compared, and a
record's effect dates tell whether a basis was in force on the day a plan was issued (queries
``portal_basis_disagreements`` and ``bases_not_in_force``). Loading a record again replaces its
edges; documents a record names that are not loaded are stubs, like cited documents.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from graph.identity import Context, DocKey, document_context, document_key, law_key, reference_key
from graph.laws import NAMED_TYPES, parse_citation, resolve_citation
from graph.load import ensure_schema
from graph.model import kind_label
from graph.reconcile import CLEANUP, reconcile
from graph.store import GraphStore, Step
from graph.text import clean, fold
from parsers import vocab

RECORD_FIELDS = ("origin", "portal_id", "url", "number", "type", "title", "issuer", "signer", "issued",
                 "effective_from", "effective_to", "status", "status_code", "fields", "relations_known")

PURGE = """UNWIND $records AS row
MATCH (r:PortalRecord {key: row.key})-[x:DESCRIBES|DECLARES]->()
DELETE x"""
RECORDS = """UNWIND $records AS row
MERGE (r:PortalRecord {key: row.key}) SET r += row.props"""
DESCRIBES = """UNWIND $describes AS row
MATCH (r:PortalRecord {key: row.record}), (d:Document {key: row.doc})
MERGE (r)-[:DESCRIBES]->(d)"""
# A document a portal declares and nobody loaded: a stub, whose properties graph.reconcile chooses
# from everything said of it (the portal's declarations included).
PORTAL_STUBS = """UNWIND $stubs AS row
MERGE (d:Document {key: row.key}) ON CREATE SET d.stub = true, d.kind = 'Document'"""
DECLARES = """UNWIND $declares AS row
MATCH (r:PortalRecord {key: row.record}), (t:Document {key: row.to})
CREATE (r)-[:DECLARES {group: row.group, relation: row.relation, title: row.title, number: row.number,
                       type: row.type, portal_id: row.portal_id, url: row.url}]->(t)"""
PROVENANCE = """UNWIND $sources AS row
MATCH (s:Source {key: row.key})
SET s.url = row.url, s.origin = row.origin, s.pages = row.pages"""
# The document a loaded snapshot is: the node derived from it as a whole (attachments have a span).
MAIN_DOCUMENTS = """UNWIND $shas AS sha
MATCH (d:Document)-[r:DERIVED_FROM]->(:Source {key: sha})
WHERE r.start IS NULL
RETURN sha, d.key, d.jurisdiction, d.issued"""
KNOWN_FACTS = """MATCH (r:PortalRecord) RETURN r.key, r.facts_sha"""


@dataclass(frozen=True, slots=True)
class PortalLoad:
    records: int
    relations: int
    sources: int


def facts_sha(facts: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(facts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def known_facts(store: GraphStore) -> dict[str, str]:
    """``{record key: facts_sha}`` of the records in the graph (to skip unchanged ones)."""
    ensure_schema(store)
    return {k: v for k, v in store.query(KNOWN_FACTS).rows}


def record_key(facts: dict[str, Any]) -> str:
    return f"{facts['origin']}:{facts['portal_id']}"


def load_portal_facts(store: GraphStore, items: Iterable[dict[str, Any]]) -> PortalLoad:
    """Write portal records and source provenance. Each item: ``facts`` (``PortalFacts.to_dict()``
    or None), ``source`` (the sha256 of the loaded snapshot, or None when no text was loaded),
    ``url``, ``origin`` and ``pages`` (raw page sha256s). One transaction for all items."""
    items = list(items)
    ensure_schema(store)
    store.ensure_schema([("PortalRecord", "key")], [])
    shas = sorted({i["source"] for i in items if i.get("source")})
    main: dict[str, tuple[str, Context]] = {
        sha: (key, Context(jurisdiction, issued))
        for sha, key, jurisdiction, issued in store.query(MAIN_DOCUMENTS, {"shas": shas}).rows}

    records: list[dict[str, Any]] = []
    stubs: dict[str, dict[str, Any]] = {}
    describes: list[dict[str, str]] = []
    declares: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    for item in items:
        if item.get("source") in main:
            sources.append({"key": item["source"], "url": item.get("url"), "origin": item.get("origin"),
                            "pages": sorted(item.get("pages") or [])})
        facts = item.get("facts")
        if not facts:
            continue
        key = record_key(facts)
        if item.get("source") in main:
            doc, ctx = main[item["source"]]
        else:  # no text loaded: the document is what the portal says it is
            doc, ctx, stub = _described(facts)
            stubs.setdefault(doc, stub)
        props = {f: facts.get(f) for f in RECORD_FIELDS}
        props["fields"] = list(props["fields"] or [])
        props["facts_sha"] = facts_sha(facts)
        records.append({"key": key, "props": props})
        describes.append({"record": key, "doc": doc})
        for rel in facts.get("relations") or []:
            target = target_key(rel, ctx)
            if target is None or str(target[0]) == doc:
                continue
            stubs.setdefault(str(target[0]), target[1])
            declares.append({"record": key, "to": str(target[0]), "group": rel.get("group"),
                             "relation": rel.get("relation"), "title": clean(rel.get("title")),
                             "type": target[1]["props"].get("type"),
                             "number": rel.get("number"), "portal_id": rel.get("portal_id"),
                             "url": rel.get("url")})
    store.write([
        Step(PURGE, "records", records),
        Step(RECORDS, "records", records),
        Step(PORTAL_STUBS, "stubs", list(stubs.values())),
        Step(DESCRIBES, "describes", describes),
        Step(DECLARES, "declares", declares),
        Step(PROVENANCE, "sources", sources),
    ])
    reconcile(store)  # a declared document never loaded is a stub like any cited one
    for cypher in CLEANUP:
        store.query(cypher, write=True)
    return PortalLoad(len(records), len(declares), len(sources))


def _stub(key: DocKey, props: dict[str, Any]) -> dict[str, Any]:
    full = {"number": None, "type": None, "issuer": None, "issued": None, "year": None, "name": None,
            "title": None, **props}
    return {"key": str(key), "label": kind_label(full["type"]), "props": full}


def _described(facts: dict[str, Any]) -> tuple[str, Context, dict[str, Any]]:
    """The key of a document known only from its portal record, with its context and stub row."""
    doc: dict[str, Any] = {"number": facts.get("number"), "type": facts.get("type"), "issuer": facts.get("issuer"),
           "issued": facts.get("issued"), "title": facts.get("title"), "place": None,
           "year": int(facts["issued"][:4]) if facts.get("issued") else None}
    seed = hashlib.sha256(record_key(facts).encode()).hexdigest()
    key = document_key(doc, seed)
    ctx = document_context(doc)
    props: dict[str, Any] = {k: doc[k] for k in ("number", "type", "issuer", "issued", "year", "title")}
    for k in ("number", "type", "issuer", "title"):
        props[k] = clean(doc[k])
    return str(key), ctx, _stub(key, props)


def _type_of(title: str) -> str | None:
    """The document type a portal's title opens with: "Nghị định 72/2015/NĐ-CP …" → "Nghị định"."""
    folded = fold(title)
    for word in vocab.type_words():
        if folded.startswith(fold(word) + " ") or folded == fold(word):
            t = vocab.doc_type(word)
            return t.type if t else None
    return None


def target_key(rel: dict[str, Any], ctx: Context) -> tuple[DocKey, dict[str, Any]] | None:
    """The key of a document a portal relation names, with the stub row that describes it."""
    title = " ".join((rel.get("title") or "").split())
    type_ = _type_of(title)
    if type_ in NAMED_TYPES:  # "Luật Tổ chức chính quyền địa phương 2015": the year as a citation writes it
        title = re.sub(r"(?<!năm)\s+((?:19|20)\d\d)$", r" năm \1", title)
    number = rel.get("number")
    if type_ in NAMED_TYPES and not number:
        law = resolve_citation(title, before=ctx.issued)
        if law is not None:
            key = law_key(law.number, law.type, law.name, law.year)
            return key, _stub(key, {"number": law.number, "type": law.type, "name": law.name,
                                    "issued": law.issued, "year": law.year, "issuer": "Quốc hội"})
        cited = parse_citation(title)
        if cited is not None:
            ref = {"type": cited.type, "name": cited.name, "number": None, "date": cited.date, "issuer": None}
            named = reference_key(ref, ctx)
            if named is None:
                return None
            return named, _stub(named, {"type": cited.type, "name": clean(cited.name), "year": cited.year})
    if not number and not title:
        return None
    name = title[len(type_):].strip() if type_ and not number else None
    ref = {"type": type_, "number": number, "name": name, "date": rel.get("issued"), "issuer": None}
    found = reference_key(ref, ctx)
    if found is None:
        return None
    return found, _stub(found, {"number": number, "type": type_, "issued": rel.get("issued"),
                            "year": int(rel["issued"][:4]) if rel.get("issued") else None,
                            "title": clean(title) or None})
