"""Two plans side by side: which tasks carried over, which changed, which are new, which were dropped.

1. **Scores.** Every item of plan A against every item of plan B, with ``compare.similarity``.
2. **One-to-one assignment** (``scipy.optimize.linear_sum_assignment``, maximising the sum of
   scores) between items of the same granularity: tasks with tasks, and duties with duties when
   both plans state duties. An assigned pair scoring at least ``PAIR`` (0.30) is kept: *carried
   over* from ``CARRIED`` (0.50) up, *changed* below. An item of A left without a pair is *dropped*,
   one of B *new*. Each pair keeps its score and its margin: the score minus the best score either
   of its two items has with any other item (negative when the assignment preferred the pair to a
   greedy choice).
3. **Coverage**, when only one plan states duties (the 2018 plan's section III against the 2024
   plan's 13 items): each duty is matched to the best item of the other plan, many duties to one
   item, kept from ``COVER`` (0.20) up (carried over / changed), else dropped (or new).

Every item ends with a status and a reason saying which scores decided it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from compare import similarity
from compare.plans import Item, Plan

PAIR = 0.30
COVER = 0.20
CARRIED = 0.50
BORDERLINE = 0.05  # a pair whose margin is below this is flagged: another reading was nearly as good


@dataclass(frozen=True, slots=True)
class Link:
    """A pair (``level`` task or duty) or a coverage link (``level`` coverage); ``b`` is None for a
    duty no item covers."""

    a: str | None
    b: str | None
    score: float
    margin: float
    status: str  # carried_over | changed | dropped | new
    level: str
    reason: str
    shared: tuple[str, ...] = ()

    @property
    def borderline(self) -> bool:
        return self.status in ("carried_over", "changed") and self.margin < BORDERLINE

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "score": self.score, "margin": self.margin, "status": self.status,
                "level": self.level, "borderline": self.borderline, "reason": self.reason,
                "shared": list(self.shared)}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one item: ``side`` a or b, its status, its counterpart and the reason."""

    side: str
    id: str
    kind: str
    status: str
    counterpart: str | None
    score: float | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "id": self.id, "kind": self.kind, "status": self.status,
                "counterpart": self.counterpart, "score": self.score, "reason": self.reason}


@dataclass(slots=True)
class Alignment:
    pairs: list[Link] = field(default_factory=list)
    coverage: list[Link] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    duty_side: str | None = None  # the plan whose duties were matched to the other's items

    @property
    def new(self) -> list[str]:
        return [o.id for o in self.outcomes if o.side == "b" and o.status == "new"]

    @property
    def dropped(self) -> list[str]:
        return [o.id for o in self.outcomes if o.side == "a" and o.status == "dropped"]


def _status(score: float) -> str:
    return "carried_over" if score >= CARRIED else "changed"


def _f(x: float) -> float:
    return round(float(x), 4)


def assign(scores: np.ndarray, ids_a: list[str], ids_b: list[str]) -> list[tuple[int, int]]:
    """The one-to-one assignment maximising the total score; between equal scores an item keeps
    its own number ("II.3" with "II.3"), so a plan compared with itself pairs every item with itself."""
    from scipy.optimize import linear_sum_assignment

    if scores.size == 0:
        return []
    same = np.array([[x == y for y in ids_b] for x in ids_a], dtype=float)
    rows, cols = linear_sum_assignment(-(scores + 1e-6 * same))
    return sorted(zip(rows.tolist(), cols.tolist(), strict=True))


def _runner_up(scores: np.ndarray, i: int, j: int) -> float:
    row = np.delete(scores[i], j)
    col = np.delete(scores[:, j], i)
    others = np.concatenate([row, col])
    return float(others.max()) if others.size else 0.0


def one_to_one(items_a: tuple[Item, ...], items_b: tuple[Item, ...], level: str, out: Alignment,
               method: str = similarity.DEFAULT) -> np.ndarray:
    ids_a, ids_b = [i.id for i in items_a], [i.id for i in items_b]
    scores = similarity.matrix([i.text for i in items_a], [i.text for i in items_b], method)
    kept = {i: j for i, j in assign(scores, ids_a, ids_b) if float(scores[i, j]) >= PAIR}
    # The assignment maximises the total, so it may pair two weak couples (0.29 + 0.29) where one
    # pair would pass (0.30): items it left below the threshold are paired greedily among themselves.
    free_b = set(range(len(items_b))) - set(kept.values())
    for s, i, j in sorted(((float(scores[i, j]), i, j) for i in range(len(items_a)) if i not in kept
                           for j in free_b), key=lambda t: (-t[0], t[1], t[2])):
        if s >= PAIR and i not in kept and j in free_b:
            kept[i] = j
            free_b.discard(j)
    for i, j in sorted(kept.items()):
        s = float(scores[i, j])
        runner = _runner_up(scores, i, j)
        shared = tuple(similarity.shared_terms(items_a[i].text, items_b[j].text))
        status = _status(s)
        verdict = "carried over" if status == "carried_over" else "changed"
        reason = (f"score {s:.2f} {'≥' if s >= CARRIED else '<'} {CARRIED:.2f} ({verdict}); runner-up {runner:.2f}"
                  + (f"; in common: {', '.join(shared)}" if shared else ""))
        link = Link(ids_a[i], ids_b[j], _f(s), _f(s - runner), status, level, reason, shared)
        out.pairs.append(link)
        out.outcomes.append(Outcome("a", ids_a[i], level, status, ids_b[j], _f(s), reason))
        out.outcomes.append(Outcome("b", ids_b[j], level, status, ids_a[i], _f(s), reason))
    taken_b = {j: i for i, j in kept.items()}
    for i, item in enumerate(items_a):
        if i not in kept:
            out.outcomes.append(Outcome("a", item.id, level, "dropped", None, None,
                                        _unmatched(scores[i], ids_b, taken_b, ids_a, scores, "b", i)))
    for j, item in enumerate(items_b):
        if j not in taken_b:
            out.outcomes.append(Outcome("b", item.id, level, "new", None, None,
                                        _unmatched(scores[:, j], ids_a, kept, ids_b, scores.T, "a", j)))
    return scores


def _unmatched(row: np.ndarray, other_ids: list[str], taken: dict[int, int], own_ids: list[str],
               scores: np.ndarray, other_side: str, own: int) -> str:
    if row.size == 0:
        return "the other plan has no item of this kind"
    best = int(np.argmax(row))
    s = float(row[best])
    if s < PAIR:
        return f"no item of the other plan scores ≥ {PAIR:.2f} (best {other_ids[best]}: {s:.2f})"
    rival = taken[best]  # every item above the threshold left free was paired by the greedy pass
    return (f"its best match {other_ids[best]} ({s:.2f}) is paired with {own_ids[rival]} "
            f"({float(scores[rival, best]):.2f})")


def coverage(duties: tuple[Item, ...], items: tuple[Item, ...], duty_side: str, out: Alignment,
             method: str = similarity.DEFAULT) -> None:
    """Each duty of one plan against the items of the other (which states no duties)."""
    if not duties:
        return
    out.duty_side = duty_side
    scores = similarity.matrix([d.text for d in duties], [i.text for i in items], method) if items else \
        np.zeros((len(duties), 0))
    for k, duty in enumerate(duties):
        row = scores[k]
        if row.size == 0:
            status, best, s, margin = ("dropped" if duty_side == "a" else "new"), None, 0.0, 0.0
        else:
            j = int(np.argmax(row))
            s = float(row[j])
            margin = s - (float(np.delete(row, j).max()) if row.size > 1 else 0.0)
            best = items[j].id if s >= COVER else None
            status = _status(s) if best else ("dropped" if duty_side == "a" else "new")
        if best:
            shared = tuple(similarity.shared_terms(duty.text, items[int(np.argmax(row))].text))
            reason = (f"continues in {best} ({s:.2f} ≥ {COVER:.2f}: a duty matched to a plan that states no duties)"
                      + (f"; in common: {', '.join(shared)}" if shared else ""))
        else:
            shared = ()
            near = f" (best {items[int(np.argmax(row))].id}: {s:.2f})" if row.size else ""
            reason = f"no item of the other plan scores ≥ {COVER:.2f}{near}"
        a, b = (duty.id, best) if duty_side == "a" else (best, duty.id)
        out.coverage.append(Link(a, b, _f(s), _f(margin), status, "coverage", reason, shared))
        out.outcomes.append(Outcome(duty_side, duty.id, "duty", status, best, _f(s) if best else None, reason))


def align(a: Plan, b: Plan, method: str = similarity.DEFAULT) -> Alignment:
    """Every task and duty of ``a`` and ``b`` with its outcome (module docstring)."""
    out = Alignment()
    one_to_one(a.tasks, b.tasks, "task", out, method)
    if a.duties and b.duties:
        one_to_one(a.duties, b.duties, "duty", out, method)
    elif a.duties:
        coverage(a.duties, b.tasks, "a", out, method)
    elif b.duties:
        coverage(b.duties, a.tasks, "b", out, method)
    _note_precedents(out)
    return out


def _note_precedents(out: Alignment) -> None:
    """A new task that continues duties of the other plan says so (2024's human-rights item was a
    2018 duty of Sở Tư pháp)."""
    covering: dict[tuple[str, str], list[str]] = {}
    for link in out.coverage:
        if link.a and link.b and link.status in ("carried_over", "changed"):
            side, item, duty = ("b", link.b, link.a) if out.duty_side == "a" else ("a", link.a, link.b)
            covering.setdefault((side, item), []).append(duty)
    for n, o in enumerate(out.outcomes):
        duties = covering.get((o.side, o.id))
        if duties and o.status in ("new", "dropped"):
            out.outcomes[n] = Outcome(o.side, o.id, o.kind, o.status, o.counterpart, o.score,
                                      f"{o.reason}; it continues the other plan's duties {', '.join(duties)}")
