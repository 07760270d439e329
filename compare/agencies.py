"""Agencies across years: renamings, mergers and abolitions as data (``data/successions.json``),
so that a comparison does not count a renamed agency as new.

Three kinds of fact, each with the date it took effect and the number of the document that made it:

- an agency merged into another ("Sở Thông tin và Truyền thông" → "Sở Khoa học và Công nghệ",
  2025-03-01, 45/2025/NĐ-CP), in every province or nationally;
- a province merged into another (Tỉnh Bình Dương → Thành phố Hồ Chí Minh, 202/2025/QH15): each of
  its agencies is succeeded by the same body of the receiving city;
- the district level abolished (203/2025/QH15): "Ủy ban nhân dân các quận, huyện" is succeeded by
  "Ủy ban nhân dân các xã, phường, đặc khu".

>>> facts = successions("Sở Thông tin và Truyền thông", "local", "Thành phố Hồ Chí Minh")
>>> [(s.to_name, s.date, s.source) for s in facts]
[('Sở Khoa học và Công nghệ', '2025-03-01', '45/2025/NĐ-CP')]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from graph.agencies import AgencyRef, find_jurisdiction, resolve_agency
from graph.text import fold


@dataclass(frozen=True, slots=True)
class Succession:
    """``from_name`` (of ``jurisdiction``) was succeeded by ``to`` on ``date`` by ``source``."""

    from_name: str
    to: AgencyRef
    kind: str  # merged | abolished
    date: str
    source: str
    confirmed: bool
    note: str | None

    @property
    def to_name(self) -> str:
        return self.to.name

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_name, "to": self.to.name, "to_key": self.to.key, "kind": self.kind,
                "date": self.date, "source": self.source, "confirmed": self.confirmed, "note": self.note}


@cache
def data() -> dict[str, Any]:
    text = resources.files("compare").joinpath("data", "successions.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


_DISTRICT_BODIES = re.compile(
    r"(?P<body>ủy ban nhân dân|ubnd)\s+(?:các\s+)?(?:quận|huyện|thị xã)(?:\s*(?:,|và)\s*(?:quận|huyện|thị xã))*",
    re.IGNORECASE)


def _without_place(name: str, jurisdiction: str | None) -> str:
    """ "Ủy ban nhân dân Tỉnh Bình Dương" → "Ủy ban nhân dân" (the display name of a bare body)."""
    if jurisdiction and fold(name).endswith(" " + fold(jurisdiction)):
        return name[: len(name) - len(jurisdiction)].strip()
    return name


def successions(name: str, scope: str | None, jurisdiction: str | None) -> list[Succession]:
    """What succeeded the agency of this name, scope and jurisdiction, if anything did (each fact
    once; the chain is followed by ``successor``)."""
    out = []
    d = data()
    for fact in d["agencies"]:
        if fold(fact["from"]) != fold(name):
            continue
        if (fact["where"] == "national") != (scope == "national"):
            continue
        to = resolve_agency(fact["to"], jurisdiction)
        if to is not None:
            out.append(Succession(name, to, fact["kind"], fact["date"], fact["source"], fact["confirmed"],
                                  fact.get("note")))
    for fact in d["provinces"]:
        if jurisdiction and fold(jurisdiction) == fold(fact["from"]):
            to = resolve_agency(_without_place(name, jurisdiction), fact["to"])
            if to is not None:
                out.append(Succession(name, to, fact["kind"], fact["date"], fact["source"], fact["confirmed"],
                                      fact.get("note")))
    districts = d["districts"]
    if scope != "national" and _DISTRICT_BODIES.search(name):
        communes = districts["to"][len("Ủy ban nhân dân "):]  # "các xã, phường, đặc khu"
        stated = find_jurisdiction(name)
        if stated and stated[0].split()[0] in ("Quận", "Huyện", "Thị"):  # one named district: its communes
            renamed = districts["to"]
        else:  # "… Ủy ban nhân dân các quận, huyện" of a city
            renamed = _DISTRICT_BODIES.sub(lambda m: f"{m['body']} {communes}", name)
        to = resolve_agency(renamed, jurisdiction, collective=True)
        if to is not None and to.name != name:
            out.append(Succession(name, to, districts["kind"], districts["date"], districts["source"],
                                  districts["confirmed"], districts.get("note")))
    return out


def successor(name: str, scope: str | None, jurisdiction: str | None, after: str | None,
              until: str | None) -> tuple[str, list[Succession]]:
    """The name an agency bore on ``until`` given the one it bore on ``after``, and the facts on the
    way (dates in ``(after, until]``; ``None`` is open)."""
    steps: list[Succession] = []
    current, where = name, jurisdiction
    for _ in range(5):  # chains are short; a cycle in the data must not loop
        nxt = [s for s in successions(current, scope, where)
               if (after is None or s.date > after) and (until is None or s.date <= until)]
        if not nxt:
            break
        step = min(nxt, key=lambda s: (s.date, s.to.key))
        steps.append(step)
        current, where = step.to.name, step.to.jurisdiction
    return current, steps
