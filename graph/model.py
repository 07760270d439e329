"""From a record (``DocumentRecord.to_dict()``) to the node and edge rows the loader writes.

Pure functions, no database: what the graph will hold for a record can be read and tested here.

The graph model::

    (:Document:<Kind> {key, number, type, issuer, signer, issued, year, title, place, stub})
    (:Agency {key, name, scope, jurisdiction})  (:Person {key, name})  (:Task {key, id, text, kind})
    (:Source {key = sha256, path, format})

    (doc)-[:CITES {relation, start, end, section, part, source}]->(doc)
    (doc)-[:ISSUED_BY]->(agency)   (doc)-[:SIGNED_BY]->(person)
    (decision)-[:PROMULGATES]->(plan)   (plan)-[:HAS_TASK]->(task)
    (task)-[:LEAD|SUPPORT]->(agency)    (plan)-[:RESPONSIBLE_FOR {section, role}]->(agency)
    (doc|task)-[:DERIVED_FROM {start, end}]->(source)

Every edge carries ``source`` (the sha256 of the snapshot) and, where the record has one, the
``start``/``end`` span of the text it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from graph.agencies import AgencyRef, resolve_agency
from graph.identity import (
    Context,
    DocKey,
    attachment_key,
    document_context,
    document_key,
    reference_key,
)
from graph.laws import NAMED_TYPES, resolve_law
from graph.text import clean, slug
from ingest.errors import LoadFailed
from parsers import vocab

# The allow-list of kind labels (labels cannot be query parameters, so they come only from the
# parser's vocabulary of document types, parsers/vocab/doc_types.json).
LABELS = tuple(sorted({t.label for t in vocab.doc_types()}))


def kind_label(type_: str | None) -> str:
    """``"Nghị định"`` → ``"Decree"``; an unknown type is a plain ``Document``."""
    return vocab.label_for(type_)


@dataclass(slots=True)
class Rows:
    """Everything one record (or a batch of records) writes, as lists of parameter rows."""

    owners: list[str] = field(default_factory=list)  # documents whose old facts are replaced
    sources: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)  # parsed: {key, label, props}
    stubs: list[dict[str, Any]] = field(default_factory=list)  # cited only: {key, label, props}
    agencies: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    derived: list[dict[str, Any]] = field(default_factory=list)  # document → source {start, end}
    issued_by: list[dict[str, Any]] = field(default_factory=list)
    stub_issued_by: list[dict[str, Any]] = field(default_factory=list)
    signed_by: list[dict[str, Any]] = field(default_factory=list)
    promulgates: list[dict[str, Any]] = field(default_factory=list)
    cites: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    leads: list[dict[str, Any]] = field(default_factory=list)
    supports: list[dict[str, Any]] = field(default_factory=list)
    responsible: list[dict[str, Any]] = field(default_factory=list)
    skipped_references: int = 0

    def extend(self, other: Rows) -> None:
        for f in fields(self):
            if f.name == "skipped_references":
                self.skipped_references += other.skipped_references
            else:
                getattr(self, f.name).extend(getattr(other, f.name))

    def count(self) -> int:
        """Rows written: one per node or edge."""
        return sum(
            len(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("owners", "skipped_references")
        )


# ---- validation at the boundary -----------------------------------------------------------------

_STR, _INT, _LIST, _DICT = (str,), (int,), (list,), (dict,)
_SHAPE: dict[str, dict[str, tuple[type, ...]]] = {
    "source": {"path": _STR, "sha256": _STR},
    "document": {"number": _STR, "type": _STR, "issuer": _STR, "signer": _STR, "issued": _STR,
                 "title": _STR, "place": _STR, "year": _INT},
    "attachments": {"type": _STR, "title": _STR, "number": _STR, "start": _INT, "end": _INT},
    "references": {"relation": _STR, "type": _STR, "number": _STR, "date": _STR, "issuer": _STR,
                   "title": _STR, "start": _INT, "end": _INT, "section": _STR, "name": _STR,
                   "part": _STR},
    "tasks": {"id": _STR, "text": _STR, "start": _INT, "end": _INT, "lead": _LIST,
              "support": _LIST, "deadline": _STR, "section": _STR},
    "units": {"name": _STR, "section": _STR, "role": _STR, "start": _INT, "end": _INT,
              "abbreviation": _STR, "duties": _LIST},
}
_REQUIRED = {"source": ("path", "sha256"), "tasks": ("id", "text"), "units": ("name",),
             "references": ("relation",)}
RELATIONS = ("legal_basis", "implements", "proposal", "cites")


def check_record(record: Any) -> dict[str, Any]:
    """Refuse a record that does not have the contract's shape, saying where (E302)."""
    if not isinstance(record, dict) or not isinstance(record.get("source"), dict):
        raise LoadFailed("a record must be a dict with a 'source' block (DocumentRecord.to_dict())")
    where = record["source"].get("path", "?")
    for block, shape in _SHAPE.items():
        value = record.get(block, {} if block in ("source", "document") else [])
        items = [value] if block in ("source", "document") else value
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise LoadFailed(f"{where}: '{block}' has the wrong shape")
        for n, item in enumerate(items):
            for name in _REQUIRED.get(block, ()):
                if item.get(name) is None:
                    raise LoadFailed(f"{where}: {block}[{n}].{name} is missing")
            for name, types in shape.items():
                v = item.get(name)
                if v is not None and (not isinstance(v, types) or isinstance(v, bool)):
                    raise LoadFailed(f"{where}: {block}[{n}].{name} must be {types[0].__name__}")
    for n, ref in enumerate(record.get("references", [])):
        if ref["relation"] not in RELATIONS:
            raise LoadFailed(f"{where}: references[{n}].relation {ref['relation']!r} is unknown")
    return record


# ---- record → rows --------------------------------------------------------------------------------


def _agency(rows: Rows, seen: dict[str, AgencyRef], name: str | None, ctx: Context,
            collective: bool = False) -> str | None:
    ref = resolve_agency(name, ctx.jurisdiction, collective)
    if ref is None:
        return None
    if ref.key not in seen:
        seen[ref.key] = ref
        rows.agencies.append(ref.row())
    return ref.key


def _owner_of(start: int | None, spans: list[tuple[int, int, str]], default: str) -> str:
    """The attachment whose span holds ``start`` (the plan's tasks belong to the plan)."""
    if start is not None:
        for s, e, key in spans:
            if s <= start < e:
                return key
    return default


def _stub(ref: dict[str, Any], key: DocKey, ctx: Context) -> dict[str, Any]:
    props: dict[str, Any] = {
        "number": clean(ref.get("number")),
        "type": clean(ref.get("type")),
        "issuer": clean(ref.get("issuer")),
        "issued": ref.get("date"),
        "year": int(ref["date"][:4]) if ref.get("date") else None,
        "name": clean(ref.get("name")),
        "title": clean(ref.get("title")),
    }
    if not ref.get("number") and ref.get("type") in NAMED_TYPES and ref.get("name"):
        law = resolve_law(ref["type"], ref["name"], ref.get("date"), before=ctx.issued)
        if law is not None:  # the catalogue knows it: say what it is, not only what was cited
            props.update(number=law.number, name=law.name, issued=law.issued, year=law.year,
                         issuer="Quốc hội")
    return {"key": str(key), "label": kind_label(props["type"]), "props": props}


def record_rows(record: dict[str, Any], parser_version: str | None = None) -> Rows:
    """The rows one record writes. The record must have passed ``check_record``."""
    rows = Rows()
    agencies: dict[str, AgencyRef] = {}
    src = record["source"]
    sha = src["sha256"]
    doc = record.get("document") or {}
    ctx = document_context(doc)
    key = document_key(doc, sha)
    main = str(key)
    rows.owners.append(main)
    rows.sources.append({"key": sha, "props": {"path": src.get("path"), "format": src.get("format"),
                                               "parser_version": parser_version}})

    doc_props = {f: clean(doc.get(f)) if isinstance(doc.get(f), str) else doc.get(f)
                 for f in ("number", "type", "issuer", "signer", "issued", "title", "place", "year")}
    doc_props["issued"] = doc.get("issued")
    doc_props.update(jurisdiction=ctx.jurisdiction, source=sha)
    if doc_props["year"] is None and doc.get("issued"):
        doc_props["year"] = int(doc["issued"][:4])
    rows.documents.append({"key": main, "label": kind_label(doc.get("type")), "props": doc_props})
    rows.derived.append({"node": main, "source": sha, "start": None, "end": None})

    issuer = _agency(rows, agencies, doc.get("issuer"), ctx)
    if issuer:
        rows.issued_by.append({"doc": main, "agency": issuer, "source": sha})
    if doc.get("signer"):
        person = slug(doc["signer"])
        rows.persons.append({"key": person, "name": clean(doc["signer"])})
        rows.signed_by.append({"doc": main, "person": person, "source": sha})

    # Attachments: the plan a decision promulgates is a document of its own.
    spans: list[tuple[int, int, str]] = []
    for i, att in enumerate(record.get("attachments", [])):
        akey = str(attachment_key(att, doc, key, i))
        rows.owners.append(akey)
        props = {**doc_props, "type": clean(att.get("type")), "title": clean(att.get("title")),
                 "number": clean(att.get("number")), "signer": None}
        rows.documents.append({"key": akey, "label": kind_label(att.get("type")), "props": props})
        span = {"start": att.get("start"), "end": att.get("end")}
        rows.derived.append({"node": akey, "source": sha, **span})
        rows.promulgates.append({"from": main, "to": akey, "source": sha, **span})
        if issuer:
            rows.issued_by.append({"doc": akey, "agency": issuer, "source": sha})
        if att.get("start") is not None and att.get("end") is not None:
            spans.append((att["start"], att["end"], akey))

    stubs: set[str] = set()
    for ref in record.get("references", []):
        target = reference_key(ref, ctx)
        if target is None:
            rows.skipped_references += 1
            continue
        citer = _owner_of(ref.get("start"), spans, main)
        t = str(target)
        if t == citer:  # a document naming itself is not a citation
            continue
        if t not in stubs:
            stubs.add(t)
            stub = _stub(ref, target, ctx)
            rows.stubs.append(stub)
            ref_issuer = _agency(rows, agencies, ref.get("issuer"), ctx)
            if ref_issuer:
                rows.stub_issued_by.append({"doc": t, "agency": ref_issuer, "source": sha})
        rows.cites.append({
            "from": citer, "to": t, "source": sha, "relation": ref["relation"],
            "start": ref.get("start"), "end": ref.get("end"), "section": ref.get("section"),
            "part": ref.get("part"),
        })

    task_keys: set[str] = set()
    for task in record.get("tasks", []):
        owner = _owner_of(task.get("start"), spans, main)
        tkey = f"{owner}#{task['id']}"
        if tkey in task_keys:  # the same id twice in one plan: keep both, distinguishably
            tkey = f"{tkey}~{sum(k.startswith(tkey) for k in task_keys) + 1}"
        task_keys.add(tkey)
        rows.tasks.append({"doc": owner, "key": tkey, "source": sha, "props": {
            "id": task["id"], "text": clean(task["text"]), "kind": "task",
            "deadline": task.get("deadline"), "section": task.get("section"),
            "start": task.get("start"), "end": task.get("end")}})
        for names, edges in ((task.get("lead") or [], rows.leads),
                             (task.get("support") or [], rows.supports)):
            for name in names:
                a = _agency(rows, agencies, name, ctx)
                if a:
                    edges.append({"task": tkey, "agency": a, "source": sha})

    duties: dict[str, str] = {}
    for u, unit in enumerate(record.get("units", [])):
        owner = _owner_of(unit.get("start"), spans, main)
        agency = _agency(rows, agencies, unit["name"], ctx, bool(unit.get("collective")))
        if agency is None:
            continue
        rows.responsible.append({"doc": owner, "agency": agency, "source": sha,
                                 "section": unit.get("section"), "role": unit.get("role"),
                                 "start": unit.get("start"), "end": unit.get("end")})
        section = unit.get("section") or f"u{u + 1}"
        for d, duty in enumerate(unit.get("duties") or []):
            # Units sharing a heading share its paragraphs: one duty, led by each of them.
            dkey = duties.get(f"{owner}#{section}:{duty.get('start')}")
            if dkey is None:
                dkey = f"{owner}#{section}:{d + 1}"
                duties[f"{owner}#{section}:{duty.get('start')}"] = dkey
                rows.tasks.append({"doc": owner, "key": dkey, "source": sha, "props": {
                    "id": f"{section}:{d + 1}", "text": clean(duty.get("text")), "kind": "duty",
                    "deadline": duty.get("deadline"), "section": section,
                    "start": duty.get("start"), "end": duty.get("end")}})
                for partner in duty.get("partners") or []:
                    p = _agency(rows, agencies, partner, ctx)
                    if p:
                        rows.supports.append({"task": dkey, "agency": p, "source": sha})
            rows.leads.append({"task": dkey, "agency": agency, "source": sha})
    return rows
