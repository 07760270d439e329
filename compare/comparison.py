"""A comparison of two plans: the alignment (``compare.align``), the topics of every item with the
topic × plan matrix, and the agencies' share of the work in each plan with what moved."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from compare import similarity
from compare.agencies import successor
from compare.align import CARRIED, COVER, PAIR, Alignment, align
from compare.plans import Agency, Plan, read_plan, resolve_plan
from compare.topics import names, tag, taxonomy
from graph.store import GraphStore


@dataclass(frozen=True, slots=True)
class Comparison:
    a: Plan
    b: Plan
    method: str
    alignment: Alignment
    topics: dict[str, Any]
    agencies: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        al = self.alignment
        return {
            "method": {"name": self.method, "pair_threshold": PAIR, "carried_over_threshold": CARRIED,
                       "coverage_threshold": COVER},
            "a": self.a.to_dict(), "b": self.b.to_dict(),
            "pairs": [p.to_dict() for p in al.pairs],
            "coverage": [c.to_dict() for c in al.coverage],
            "new": al.new, "dropped": al.dropped,
            "outcomes": [o.to_dict() for o in al.outcomes],
            "topics": self.topics, "agencies": self.agencies,
        }


def compare_plans(store: GraphStore, plan_a: str, plan_b: str, method: str = similarity.DEFAULT) -> Comparison:
    """Compare two plans named as the catalogue names documents ("1369/QĐ-UBND", "năm 2024")."""
    a = read_plan(store, resolve_plan(store, plan_a))
    b = read_plan(store, resolve_plan(store, plan_b))
    return build(a, b, method)


def build(a: Plan, b: Plan, method: str = similarity.DEFAULT) -> Comparison:
    alignment = align(a, b, method)
    return Comparison(a, b, method, alignment, topic_matrix(a, b), agency_shift(a, b, alignment))


# ---- topics ---------------------------------------------------------------------------------------


def _columns(a: Plan, b: Plan) -> list[tuple[str, Plan, str]]:
    """(label, plan, kind) of each column that has items: "2018 tasks", "2018 duties", "2024 tasks"."""
    name_a, name_b = (str(a.year), str(b.year)) if a.year != b.year else ("A", "B")
    cols = []
    for name, plan in ((name_a, a), (name_b, b)):
        for kind, items in (("tasks", plan.tasks), ("duties", plan.duties)):
            if items:
                cols.append((f"{name} {kind}", plan, kind))
    return cols


def topic_matrix(a: Plan, b: Plan) -> dict[str, Any]:
    """Per topic, how many tasks and duties of each plan are about it, and each item's topics with
    the words that triggered them."""
    tags = {side: {i.id: tag(i.text) for i in plan.items} for side, plan in (("a", a), ("b", b))}
    columns = _columns(a, b)
    counts: dict[str, list[int]] = {t.key: [0] * len(columns) for t in taxonomy()}
    untagged = [0] * len(columns)
    for c, (_, plan, kind) in enumerate(columns):
        side = "a" if plan is a else "b"
        for item in (plan.tasks if kind == "tasks" else plan.duties):
            found = tags[side][item.id]
            for t in found:
                counts[t.topic][c] += 1
            if not found:
                untagged[c] += 1
    rows = [{"topic": key, "name": names()[key], "counts": n} for key, n in counts.items() if any(n)]
    return {"columns": [label for label, _, _ in columns], "rows": rows, "untagged": untagged,
            "items": {side: {i: [{"topic": t.topic, "words": list(t.words)} for t in ts]
                             for i, ts in by_item.items()} for side, by_item in tags.items()}}


# ---- agencies -------------------------------------------------------------------------------------


def _shares(plan: Plan) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in plan.items:
        for role, agencies in (("lead", item.lead), ("support", item.support)):
            for ag in agencies:
                row = out.setdefault(ag.key, {"agency": ag, "lead": Counter(), "support": Counter()})
                row[role][item.kind] += 1
    return out


def _forward(ag: Agency, a: Plan, b: Plan) -> tuple[str, list[dict[str, Any]]]:
    """The name ``ag`` (named in plan A) bore when plan B was issued, with the facts on the way."""
    if not a.date or not b.date or a.date >= b.date:
        return ag.name, []
    name, steps = successor(ag.name, ag.scope, ag.jurisdiction, a.date, b.date)
    return name, [s.to_dict() for s in steps]


def agency_shift(a: Plan, b: Plan, alignment: Alignment) -> dict[str, Any]:
    """Who leads and supports in each plan; an agency of A renamed or merged by B's date is the same
    agency (with the fact and its source), not a new one; later changes are listed apart.

    A row's status: continued, renamed (the same agency under its later name), renamed_absent
    (renamed, and its new name absent from B), only_a, only_b, or not_stated_in_b / not_stated_in_a
    when the other plan names no agency at all."""
    shares_a, shares_b = _shares(a), _shares(b)
    by_name_b = {row["agency"].name: key for key, row in shares_b.items()}
    rows, matched_b = [], set()
    for _, row in sorted(shares_a.items(), key=lambda kv: (-sum(kv[1]["lead"].values()), kv[0])):
        ag = row["agency"]
        later_name, facts = _forward(ag, a, b)
        key_b = by_name_b.get(later_name)
        if key_b:
            matched_b.add(key_b)
        # renamed: the same agency under its later name; renamed_absent: renamed, and absent from B
        status = ("renamed" if facts else "continued") if key_b else ("renamed_absent" if facts else "only_a")
        if not shares_b:  # B names no agency at all: absence says nothing
            status = "not_stated_in_b"
        rows.append(_row(ag.name, later_name if key_b or facts else None, row, shares_b.get(key_b or ""),
                         status, facts))
    for key, row in sorted(shares_b.items(), key=lambda kv: (-sum(kv[1]["lead"].values()), kv[0])):
        if key not in matched_b:
            rows.append(_row(None, row["agency"].name, None, row, "only_b" if shares_a else "not_stated_in_a", []))
    later = []
    for side, shares in (("a", shares_a), ("b", shares_b)):
        for row in shares.values():
            ag = row["agency"]
            _, steps = successor(ag.name, ag.scope, ag.jurisdiction, max(a.date or "", b.date or "") or None, None)
            for s in steps:
                later.append({"plan": side, "agency": ag.name, **s.to_dict()})
    later = sorted({(d["agency"], d["to"], d["date"]): d for d in later}.values(),
                   key=lambda d: (d["date"], d["agency"], d["to"]))
    notes = [f"{plan.label} names no lead or support agency for its items"
             for plan, shares in ((a, shares_a), (b, shares_b)) if not shares]
    return {"rows": rows, "moved": _moved(a, b, alignment), "precedents": _precedents(a, b, alignment),
            "later": later, "notes": notes}


def _row(name_a: str | None, name_b: str | None, a: dict[str, Any] | None, b: dict[str, Any] | None,
         status: str, facts: list[dict[str, Any]]) -> dict[str, Any]:
    def n(row: dict[str, Any] | None, role: str) -> int:
        return sum(row[role].values()) if row else 0

    return {"agency_a": name_a, "agency_b": name_b, "lead_a": n(a, "lead"), "support_a": n(a, "support"),
            "lead_b": n(b, "lead"), "support_b": n(b, "support"), "status": status, "succession": facts}


def _moved(a: Plan, b: Plan, alignment: Alignment) -> list[dict[str, Any]]:
    """Work that kept its place in the plans but changed hands: linked items whose leads differ
    once plan A's agencies bear the names they had by plan B's date."""
    out = []
    for link in [*alignment.pairs, *alignment.coverage]:
        if not link.a or not link.b or link.status not in ("carried_over", "changed"):
            continue
        ia, ib = a.item(link.a), b.item(link.b)
        before = sorted({_forward(ag, a, b)[0] for ag in ia.lead})
        after = sorted({ag.name for ag in ib.lead})
        if before and after and before != after:
            out.append({"a": link.a, "b": link.b, "from": [ag.name for ag in ia.lead], "to": after})
    return out


def _precedents(a: Plan, b: Plan, alignment: Alignment) -> list[dict[str, Any]]:
    """For each item of B, the agencies that led the work it continues in A (useful when B names
    none: the 2024 news item lists its 13 items without agencies)."""
    by_b: dict[str, dict[str, set[str]]] = {}
    for link in [*alignment.pairs, *alignment.coverage]:
        if link.a and link.b and link.status in ("carried_over", "changed"):
            leads = {ag.name for ag in a.item(link.a).lead}
            if leads:
                row = by_b.setdefault(link.b, {"via": set(), "agencies": set()})
                row["via"].add(link.a)
                row["agencies"] |= leads
    order = {i.id: n for n, i in enumerate(b.items)}
    return [{"b": k, "agencies": sorted(v["agencies"]), "via": sorted(v["via"], key=_natural)}
            for k, v in sorted(by_b.items(), key=lambda kv: order.get(kv[0], 0))]


def _natural(id_: str) -> list[Any]:
    """ "III.10:2" after "III.9:1"."""
    import re

    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", id_)]


__all__ = ["Comparison", "build", "compare_plans", "read_plan"]
