"""A gold alignment of two plans (``tests/compare_gold/*.json``) against what each similarity
measure's alignment decides: strong pairs found (and their carried over / changed status), clear
new and dropped tasks, duties covered by the right item, duties dropped. Borderline readings the
gold lists under ``either`` are not counted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compare import similarity
from compare.align import Alignment, align
from compare.plans import read_plan, resolve_plan
from graph.store import GraphStore


@dataclass(frozen=True, slots=True)
class Score:
    method: str
    agreed: dict[str, tuple[int, int]]  # decision kind → (agreed, total)
    status: tuple[int, int]  # pairs found with the gold's status
    misses: tuple[str, ...]

    @property
    def total(self) -> tuple[int, int]:
        return (sum(a for a, _ in self.agreed.values()), sum(t for _, t in self.agreed.values()))


def score(alignment: Alignment, gold: dict[str, Any], method: str) -> Score:
    outcome = {(o.side, o.id): o for o in alignment.outcomes}
    agreed: dict[str, tuple[int, int]] = {}
    misses: list[str] = []
    status_ok = 0

    def check(kind: str, items: list[tuple[str, bool]]) -> None:
        ok = sum(1 for _, good in items if good)
        misses.extend(f"{kind} {what}" for what, good in items if not good)
        agreed[kind] = (ok, len(items))

    pairs = []
    for a, (b, status, _) in gold["tasks"]["pairs"].items():
        o = outcome.get(("a", a))
        found = o is not None and o.counterpart == b and o.status in ("carried_over", "changed")
        status_ok += bool(found and o is not None and o.status == status)
        pairs.append((f"{a}↔{b}" + (f" (got {o.status} {o.counterpart})" if o and not found else ""), found))
    check("task pairs", pairs)
    check("new tasks", [(b, outcome.get(("b", b)) is not None and outcome[("b", b)].status == "new")
                        for b in gold["tasks"]["new"]])
    check("dropped tasks", [(a, outcome.get(("a", a)) is not None and outcome[("a", a)].status == "dropped")
                            for a in gold["tasks"]["dropped"]])
    covered = []
    for d, (b, _) in gold["duties"]["covered"].items():
        o = outcome.get(("a", d))
        covered.append((f"{d}→{b}" + (f" (got {o.counterpart})" if o and o.counterpart != b else ""),
                        o is not None and o.counterpart == b))
    check("duties covered", covered)
    check("duties dropped", [(d, outcome.get(("a", d)) is not None and outcome[("a", d)].status == "dropped")
                             for d in gold["duties"]["dropped"]])
    return Score(method, agreed, (status_ok, len(gold["tasks"]["pairs"])), tuple(misses))


def evaluate(store: GraphStore, gold: dict[str, Any], method: str = similarity.DEFAULT) -> Score:
    a = read_plan(store, resolve_plan(store, gold["a"]))
    b = read_plan(store, resolve_plan(store, gold["b"]))
    return score(align(a, b, method), gold, method)


def evaluate_all(store: GraphStore, gold: dict[str, Any], details: bool = False) -> list[str]:
    """One line per measure, the chosen one first."""
    kinds = ["task pairs", "new tasks", "dropped tasks", "duties covered", "duties dropped"]
    lines = [f"{'method':26} " + " ".join(f"{k:>14}" for k in kinds) + f" {'all':>8} {'status':>7}"]
    methods = [similarity.DEFAULT, *(m for m in similarity.methods() if m != similarity.DEFAULT)]
    for m in methods:
        s = evaluate(store, gold, m)
        cells = " ".join(f"{f'{s.agreed[k][0]}/{s.agreed[k][1]}':>14}" for k in kinds)
        total = s.total
        lines.append(f"{m:26} {cells} {f'{total[0]}/{total[1]}':>8} {f'{s.status[0]}/{s.status[1]}':>7}")
        if details and s.misses:
            lines += [f"    missed: {x}" for x in s.misses]
    return lines
