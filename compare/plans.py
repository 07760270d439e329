"""A plan as the comparison reads it from the graph: its tasks and its units' duties, each with the
agencies leading and supporting it.

The items compared are the plan's tasks (``Task {kind: 'task'}``: section II of the 2018 plan, the
13 items of the 2024 one) and its duties (``Task {kind: 'duty'}``: what each unit of "Tổ chức thực
hiện" is asked to do). A paragraph the parser filed under two headings ("5." and "5.1.") is one
duty, kept under the more specific heading; a line that is only a numbered sub-heading ("5.1. Sở
Ngoại vụ") is not a duty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import queries
from graph.model import PLAN_LABELS
from graph.store import GraphStore
from ingest.errors import AmbiguousPlan, NoSuchPlan


@dataclass(frozen=True, slots=True)
class Agency:
    key: str
    name: str
    scope: str | None = None
    jurisdiction: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A task or a duty of a plan; ``id`` is the plan's own numbering ("II.3", "III.6:1", "5")."""

    key: str
    id: str
    kind: str  # "task" | "duty"
    text: str
    section: str | None = None
    lead: tuple[Agency, ...] = ()
    support: tuple[Agency, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "id": self.id, "kind": self.kind, "text": self.text, "section": self.section,
                "lead": [a.name for a in self.lead], "support": [a.name for a in self.support]}


@dataclass(frozen=True, slots=True)
class Plan:
    key: str
    title: str | None
    type: str | None
    number: str | None
    year: int | None
    issued: str | None
    issuer: str | None
    jurisdiction: str | None
    promulgated_by: str | None
    items: tuple[Item, ...] = field(default=())

    @property
    def tasks(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind == "task")

    @property
    def duties(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind == "duty")

    @property
    def date(self) -> str | None:
        """The issue date, else the last day of its year (what the agency successions are read at)."""
        return self.issued or (f"{self.year}-12-31" if self.year else None)

    @property
    def label(self) -> str:
        """How a report names the plan: "1369/QĐ-UBND (2018)", or its title when it has no number."""
        number = self.number or (self.promulgated_by or "").split("|")[0] or None
        return f"{number or self.title or self.key} ({self.year or '?'})"

    def item(self, id_: str) -> Item:
        return next(i for i in self.items if i.id == id_)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "title": self.title, "type": self.type,
                "number": self.number, "year": self.year, "issued": self.issued, "issuer": self.issuer,
                "jurisdiction": self.jurisdiction, "promulgated_by": self.promulgated_by,
                "tasks": [i.to_dict() for i in self.tasks], "duties": [i.to_dict() for i in self.duties]}


_HEAD = """MATCH (p:Document {key: $key})
OPTIONAL MATCH (d:Document)-[pr:PROMULGATES]->(p)
WITH p, d ORDER BY d.key
RETURN p.key, p.title, p.type, p.number, p.year, p.issued, p.issuer, p.jurisdiction, collect(d.key)[0]"""
_ITEMS = """MATCH (p:Document {key: $key})-[h:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[l:LEAD]->(lead:Agency)
WITH t, lead ORDER BY lead.key
WITH t, collect(DISTINCT [lead.key, lead.name, lead.scope, lead.jurisdiction]) AS leads
OPTIONAL MATCH (t)-[s:SUPPORT]->(sup:Agency)
WITH t, leads, sup ORDER BY sup.key
RETURN t.key, t.id, t.kind, t.text, t.section, t.start, leads,
       collect(DISTINCT [sup.key, sup.name, sup.scope, sup.jurisdiction])
ORDER BY t.start, t.key"""
# Documents a name may mean, with the plans they promulgate and their number of tasks.
_CANDIDATES = """MATCH (x:Document) WHERE x.key IN $keys
OPTIONAL MATCH (x)-[pr:PROMULGATES]->(attached:Document)
WITH collect(DISTINCT x) + collect(DISTINCT attached) AS docs
UNWIND docs AS d
WITH DISTINCT d
OPTIONAL MATCH (d)-[h:HAS_TASK]->(t:Task)
RETURN d.key, d.kind, count(t) ORDER BY d.key"""

_SUBHEADING = re.compile(r"^\d+(?:\.\d+)+\.?\s")  # "5.1. Sở Ngoại vụ"


def _agencies(pairs: list[list[Any]]) -> tuple[Agency, ...]:
    return tuple(Agency(k, n, scope, where) for k, n, scope, where in pairs if k is not None)


def read_plan(store: GraphStore, key: str) -> Plan:
    """The plan with this key, its tasks and its duties in text order."""
    rows = store.query(_HEAD, {"key": key}).rows
    if not rows:
        raise NoSuchPlan(f"no document {key!r} in the graph")
    head = rows[0]
    tasks: list[Item] = []
    paragraphs: dict[Any, list[Item]] = {}  # duties by the paragraph they were read from
    for tkey, id_, kind, text, section, start, leads, supports in store.query(_ITEMS, {"key": key}).rows:
        item = Item(tkey, id_ or "", kind or "task", text or "", section, _agencies(leads), _agencies(supports))
        if item.kind != "duty":
            tasks.append(item)
        elif not (_SUBHEADING.match(item.text) and len(item.text) < 150):
            paragraphs.setdefault(start if start is not None else tkey, []).append(item)
    duties = []
    for _, same in sorted(paragraphs.items(), key=lambda kv: (not isinstance(kv[0], int), str(kv[0]).zfill(12))):
        kept = max(same, key=lambda d: (len(d.section or ""), d.key))
        peers = [d for d in same if d.section == kept.section]  # the heading's units, not its parent's
        duties.append(Item(kept.key, kept.id, "duty", kept.text, kept.section,
                           _union(*(d.lead for d in peers)), _union(*(d.support for d in peers))))
    return Plan(head[0], head[1], head[2], head[3], head[4], head[5], head[6], head[7], head[8],
                (*tasks, *_renumber(duties)))


def _union(*groups: tuple[Agency, ...]) -> tuple[Agency, ...]:
    return tuple(sorted({a for g in groups for a in g}, key=lambda x: x.key))


def _renumber(duties: list[Item]) -> list[Item]:
    """Duties numbered within their section in text order ("III.5.1:1"), sub-headings left out."""
    count: dict[str, int] = {}
    out = []
    for d in duties:
        section = d.section or "?"
        count[section] = count.get(section, 0) + 1
        out.append(Item(d.key, f"{section}:{count[section]}", "duty", d.text, d.section, d.lead, d.support))
    return out


def resolve_plan(store: GraphStore, name: str) -> str:
    """The key of the plan a user names as the catalogue names documents: a number, a key, the
    decision that promulgates it, or part of its title ("năm 2024"). Only a document with tasks is
    a plan here; a name that fits several is an error listing them (E602), one that fits none E601."""
    keys = queries.match_documents(store, name)
    rows = store.query(_CANDIDATES, {"keys": keys}).rows if keys else []
    with_tasks = [(k, kind) for k, kind, n in rows if n]
    plans = [k for k, kind in with_tasks if kind in PLAN_LABELS] or [k for k, _ in with_tasks]
    if not plans:
        found = f" (it names {', '.join(keys[:5])}, with no tasks)" if keys else ""
        raise NoSuchPlan(f"{name!r} names no plan with tasks in the graph{found}")
    if len(plans) > 1:
        raise AmbiguousPlan(f"{name!r} names {len(plans)} plans: {', '.join(plans[:10])}; give one of these keys")
    return plans[0]
