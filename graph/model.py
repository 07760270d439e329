"""From a record (``DocumentRecord.to_dict()``) to the node and edge rows the loader writes.

Pure functions, no database: what the graph will hold for a record can be read and tested here.

The graph model::

    (:Document:<Kind> {key, number, type, issuer, signer, issued, year, title, place, stub})
    (:Agency {key, name, scope, jurisdiction})  (:Person {key, name})  (:Task {key, id, text, kind})
    (:Source {key = sha256, path, format})

    (doc)-[:CITES {relation, start, end, section, part, source, cited, type, number, issuer, date,
                   name, title}]->(doc)
    (cited)-[:AMENDS|IMPLEMENTS|MENTIONS {link, source, origin: 'text', cited, base, before, …}]->(cited)
    (doc)-[:ISSUED_BY]->(agency)   (doc)-[:SIGNED_BY]->(person)
    (decision)-[:PROMULGATES]->(plan)   (plan)-[:HAS_TASK]->(task)
    (task)-[:LEAD|SUPPORT]->(agency)    (plan)-[:RESPONSIBLE_FOR {section, role}]->(agency)
    (doc|task)-[:DERIVED_FROM {start, end}]->(source)

Every edge carries ``source`` (the sha256 of the snapshot) and, where the record has one, the
``start``/``end`` span of the text it was read from. An edge read from a citation also keeps what
the citation said (``cited``: the key it resolved to in its own document; ``type``, ``number``,
``issuer``, ``date``, ``name``, ``title`` as written): ``graph.reconcile`` derives the stubs'
properties from them and re-resolves year-less and name-only citations against the whole graph.

A secondary mention (``relation: secondary``, ``of``: the index of the base reference it sits in,
``link``) is no citation of the document: it links the two cited documents —
``amends``/``amended_by`` → ``AMENDS`` (base → secondary, or secondary → base), ``implements`` →
``IMPLEMENTS`` and ``mentions`` → ``MENTIONS`` (base → secondary).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from importlib import resources
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
from graph.text import clean, fold, slug
from ingest.errors import LoadFailed
from parsers import vocab

# The allow-list of kind labels (labels cannot be query parameters, so they come only from the
# parser's vocabulary of document types, parsers/vocab/doc_types.json).
LABELS = tuple(sorted({t.label for t in vocab.doc_types()}))
ALL_KINDS = ":".join(LABELS)  # REMOVE d:Circular:Code:… — a re-parsed document changes kind
KIND_LABELS = (*LABELS, "Document")  # what `SET d:{kind}` may set (Document: no kind known)


def kind_label(type_: str | None) -> str:
    """``"Nghị định"`` → ``"Decree"``; an unknown type is a plain ``Document``."""
    return vocab.label_for(type_)


@dataclass(slots=True)
class Rows:
    """Everything one record (or a batch of records) writes, as lists of parameter rows."""

    owners: list[str] = field(default_factory=list)  # documents whose old facts are replaced
    sources: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)  # parsed: {key, label, props}
    stubs: list[dict[str, Any]] = field(default_factory=list)  # cited only: {key}
    agencies: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    derived: list[dict[str, Any]] = field(default_factory=list)  # document → source {start, end}
    issued_by: list[dict[str, Any]] = field(default_factory=list)
    signed_by: list[dict[str, Any]] = field(default_factory=list)
    promulgates: list[dict[str, Any]] = field(default_factory=list)
    cites: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)  # secondary: {rel, from, to, …}
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
                   "part": _STR, "of": _INT, "link": _STR, "year": _INT},
    "tasks": {"id": _STR, "text": _STR, "start": _INT, "end": _INT, "lead": _LIST,
              "support": _LIST, "deadline": _STR, "section": _STR},
    "units": {"name": _STR, "section": _STR, "role": _STR, "start": _INT, "end": _INT,
              "abbreviation": _STR, "duties": _LIST},
}
_REQUIRED = {"source": ("path", "sha256"), "tasks": ("id", "text"), "units": ("name",),
             "references": ("relation",)}
RELATIONS = ("legal_basis", "implements", "proposal", "cites", "secondary")
# A secondary mention's link to its base → (relationship type, base is the start node).
LINKS = {"amends": ("AMENDS", True), "amended_by": ("AMENDS", False),
         "implements": ("IMPLEMENTS", True), "mentions": ("MENTIONS", True)}
LINK_TYPES = ("AMENDS", "IMPLEMENTS", "MENTIONS")
# The plan kinds (data: graph/data/plan_kinds.json): a document of one of these types is a plan.
PLAN_TYPES: tuple[str, ...] = tuple(
    json.loads(resources.files("graph").joinpath("data", "plan_kinds.json").read_text("utf-8"))["types"])
PLAN_LABELS = tuple(sorted({kind_label(t) for t in PLAN_TYPES}))


def check_record(record: Any) -> dict[str, Any]:
    """Refuse a record that does not have the contract's shape, saying where (E302). Keys the
    contract does not name are ignored: a newer parser may add some."""
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
            known: tuple[str, ...], collective: bool = False) -> str | None:
    ref = resolve_agency(name, ctx.jurisdiction, collective, known=known)
    if ref is None:
        return None
    if ref.key not in seen:
        seen[ref.key] = ref
        rows.agencies.append(ref.row())
    return ref.key


def _agency_names(record: dict[str, Any]) -> tuple[str, ...]:
    """Every agency name the record writes: what a name cut short may be completed from."""
    names = [record.get("document", {}).get("issuer")]
    for task in record.get("tasks", []):
        names += [*(task.get("lead") or []), *(task.get("support") or [])]
    for unit in record.get("units", []):
        names.append(unit.get("name"))
        for duty in unit.get("duties") or []:
            names += duty.get("partners") or []
    return tuple(sorted({n for n in names if isinstance(n, str) and n}))


def _owner_of(start: int | None, spans: list[tuple[int, int, str]], default: str) -> str:
    """The attachment whose span holds ``start`` (the plan's tasks belong to the plan)."""
    if start is not None:
        for s, e, key in spans:
            if s <= start < e:
                return key
    return default


def stated(ref: dict[str, Any]) -> dict[str, Any]:
    """What a citation says of the document it cites, as an edge keeps it."""
    date = ref.get("date")
    return {"type": clean(ref.get("type")), "number": clean(ref.get("number")),
            "issuer": clean(ref.get("issuer")), "name": clean(ref.get("name")),
            "title": clean(ref.get("title")),
            "date": date or (str(ref["year"]) if isinstance(ref.get("year"), int) else None)}


def _is_itself(att: dict[str, Any], doc: dict[str, Any]) -> bool:
    """A plan's "attachment" of its own type and number is the plan itself (a standalone Kế
    hoạch's body), not a copy it promulgates."""
    return (fold(att.get("type") or "") == fold(doc.get("type") or "")
            and doc.get("type") in PLAN_TYPES
            and (not att.get("number") or att["number"] == doc.get("number")))


def _attachments(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's attachments, each once: one that repeats an earlier one (same type, number and
    title, or a span inside it) is the same attachment, and a plan is not its own attachment."""
    doc = record.get("document") or {}
    out: list[dict[str, Any]] = []
    for att in record.get("attachments", []):
        if _is_itself(att, doc):
            continue
        same = [a for a in out if fold(a.get("type") or "") == fold(att.get("type") or "")
                and a.get("number") == att.get("number")
                and (fold(a.get("title") or "") == fold(att.get("title") or "")
                     or (a.get("start") is not None and att.get("start") is not None
                         and a["start"] <= att["start"] and att.get("end", 0) <= a.get("end", 0)))]
        if not same:
            out.append(att)
    return out


def record_rows(record: dict[str, Any], parser_version: str | None = None) -> Rows:
    """The rows one record writes. The record must have passed ``check_record``."""
    rows = Rows()
    agencies: dict[str, AgencyRef] = {}
    known = _agency_names(record)
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
    label = kind_label(doc.get("type"))
    rows.documents.append({"key": main, "label": label,
                           "props": {**doc_props, "key": main, "stub": False, "kind": label}})
    rows.derived.append({"node": main, "source": sha, "start": None, "end": None})

    issuer = _agency(rows, agencies, doc.get("issuer"), ctx, known)
    if issuer:
        rows.issued_by.append({"doc": main, "agency": issuer, "source": sha})
    if doc.get("signer"):
        person = slug(doc["signer"])
        rows.persons.append({"key": person, "name": clean(doc["signer"])})
        rows.signed_by.append({"doc": main, "person": person, "source": sha})

    # Attachments: the plan a decision promulgates is a document of its own.
    spans: list[tuple[int, int, str]] = []
    for i, att in enumerate(_attachments(record)):
        akey = str(attachment_key(att, doc, key, i))
        rows.owners.append(akey)
        alabel = kind_label(att.get("type"))
        props = {**doc_props, "type": clean(att.get("type")), "title": clean(att.get("title")),
                 "number": clean(att.get("number")), "signer": None, "key": akey, "stub": False,
                 "kind": alabel}
        rows.documents.append({"key": akey, "label": alabel, "props": props})
        span = {"start": att.get("start"), "end": att.get("end")}
        rows.derived.append({"node": akey, "source": sha, **span})
        rows.promulgates.append({"from": main, "to": akey, "source": sha, **span})
        if issuer:
            rows.issued_by.append({"doc": akey, "agency": issuer, "source": sha})
        if att.get("start") is not None and att.get("end") is not None:
            spans.append((att["start"], att["end"], akey))

    _references(rows, record.get("references", []), ctx, spans, main, sha, doc.get("issued"))
    _tasks(rows, record, spans, main, sha, agencies, ctx, known)
    return rows


def _references(rows: Rows, refs: list[dict[str, Any]], ctx: Context, spans: list[tuple[int, int, str]],
                main: str, sha: str, issued: str | None) -> None:
    stubs: set[str] = set()
    keys = [reference_key(ref, ctx) for ref in refs]

    def stub(t: str) -> None:
        if t not in stubs:
            stubs.add(t)
            rows.stubs.append({"key": t})

    for ref, target in zip(refs, keys, strict=True):
        if target is None:
            rows.skipped_references += 1
            continue
        citer = _owner_of(ref.get("start"), spans, main)
        t = str(target)
        if ref["relation"] == "secondary":
            _link(rows, ref, t, refs, keys, citer, sha, issued, stub)
            continue
        if t == citer:  # a document naming itself is not a citation
            continue
        stub(t)
        rows.cites.append({
            "from": citer, "to": t, "source": sha, "relation": ref["relation"],
            "start": ref.get("start"), "end": ref.get("end"), "section": ref.get("section"),
            "part": ref.get("part"), "cited": t, **stated(ref),
        })


def _link(rows: Rows, ref: dict[str, Any], t: str, refs: list[dict[str, Any]], keys: list[DocKey | None],
          citer: str, sha: str, issued: str | None, stub: Any) -> None:
    """A secondary mention: an edge between the base it sits in and the document it names."""
    of, link = ref.get("of"), LINKS.get(ref.get("link") or "")
    if link is None or of is None or not 0 <= of < len(refs) or refs[of]["relation"] == "secondary":
        return
    base = keys[of]
    if base is None or str(base) in (t, citer) or t == citer:
        return
    rel, base_first = link
    b = str(base)
    stub(t)
    stub(b)
    rows.links.append({
        "rel": rel, "from": b if base_first else t, "to": t if base_first else b, "source": sha,
        "origin": "text", "link": ref["link"], "cited": t, "base": b, "before": issued,
        "start": ref.get("start"), "end": ref.get("end"), **stated(ref),
    })


def _tasks(rows: Rows, record: dict[str, Any], spans: list[tuple[int, int, str]], main: str, sha: str,
           agencies: dict[str, AgencyRef], ctx: Context, known: tuple[str, ...]) -> None:
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
                a = _agency(rows, agencies, name, ctx, known)
                if a:
                    edges.append({"task": tkey, "agency": a, "source": sha})

    duties: dict[str, str] = {}
    for u, unit in enumerate(record.get("units", [])):
        owner = _owner_of(unit.get("start"), spans, main)
        agency = _agency(rows, agencies, unit["name"], ctx, known, bool(unit.get("collective")))
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
                while dkey in task_keys:  # two units of one section with paragraphs of their own
                    dkey = f"{dkey}~"
                task_keys.add(dkey)
                duties[f"{owner}#{section}:{duty.get('start')}"] = dkey
                rows.tasks.append({"doc": owner, "key": dkey, "source": sha, "props": {
                    "id": f"{section}:{d + 1}", "text": clean(duty.get("text")), "kind": "duty",
                    "deadline": duty.get("deadline"), "section": section,
                    "start": duty.get("start"), "end": duty.get("end")}})
                for partner in duty.get("partners") or []:
                    p = _agency(rows, agencies, partner, ctx, known)
                    if p:
                        rows.supports.append({"task": dkey, "agency": p, "source": sha})
            rows.leads.append({"task": dkey, "agency": agency, "source": sha})
