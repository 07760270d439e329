"""The catalogue of laws (``graph/data/laws.json``): citations by name and date get their number.

>>> resolve_law("Luật", "Tổ chức chính quyền địa phương", "2015-06-19").number
'77/2015/QH13'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from graph.text import fold, slug

NAMED_TYPES = ("Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh")  # cited by name, without a number


@dataclass(frozen=True, slots=True)
class Law:
    number: str | None
    type: str
    name: str
    issued: str  # YYYY-MM-DD
    examples: tuple[str, ...] = ()

    @property
    def year(self) -> int:
        return int(self.issued[:4])


@cache
def catalogue() -> tuple[Law, ...]:
    text = resources.files("graph").joinpath("data", "laws.json").read_text("utf-8")
    return tuple(
        Law(e["number"], e["type"], e["name"], e["issued"], tuple(e.get("examples", ())))
        for e in json.loads(text)["laws"]
    )


def name_key(type_: str, name: str) -> tuple[str, str]:
    """The whole name, punctuation aside: "Phòng, chống tham nhũng" and "Phòng chống tham nhũng"
    are one law, "Phòng, chống HIV/AIDS" another (never the first word alone)."""
    n = slug(name)
    n = re.sub(r"^nuoc-", "", n) if fold(type_) == "hiến pháp" else n
    return slug(type_), n


@cache
def _by_name() -> dict[tuple[str, str], tuple[Law, ...]]:
    index: dict[tuple[str, str], list[Law]] = {}
    for law in catalogue():
        index.setdefault(name_key(law.type, law.name), []).append(law)
    return {k: tuple(sorted(v, key=lambda law: law.issued)) for k, v in index.items()}


def resolve_law(
    type_: str, name: str, date: str | None = None, before: str | None = None
) -> Law | None:
    """The catalogue entry a citation by name means.

    On the exact date; else in the same year (a mistyped day still finds its law); with no date,
    the latest entry issued on or before ``before`` (the citing document's date), or the only
    entry of that name.
    """
    return pick_version(_by_name().get(name_key(type_, name), ()), date, before)


def pick_version(versions: tuple[Law, ...], date: str | None, before: str | None) -> Law | None:
    """Of the versions of one name (sorted by date), the one a citation dated ``date`` (or, undated,
    made on ``before``) means; None when the date does not decide."""
    if not versions:
        return None
    if date:
        exact = [v for v in versions if v.issued == date]
        if exact:
            return exact[0]
        same_year = [v for v in versions if v.issued[:4] == date[:4]]
        return same_year[0] if len(same_year) == 1 else None
    if before:
        earlier = [v for v in versions if v.issued <= before]
        return earlier[-1] if earlier else None
    return versions[0] if len(versions) == 1 else None


def resolve_document(type_: str, title: str | None, issued: str | None) -> Law | None:
    """The catalogue entry a parsed law-type document without a number is: its title starts with
    the entry's name (a heading may run on: "… Việt Nam LỜI NÓI ĐẦU"), its date is the entry's; one
    of the two may be missing, but the match must be unique."""
    name = fold(title or "")
    name = name[len(fold(type_)):].strip() if name.startswith(fold(type_)) else name
    candidates = [
        law for law in catalogue()
        if fold(law.type) == fold(type_)
        and (not name or slug(name).startswith(name_key(law.type, law.name)[1])
             or name.startswith(fold(law.name)))
        and (not issued or law.issued == issued)
    ]
    return candidates[0] if len(candidates) == 1 and (name or issued) else None


# A citation as written, for the catalogue's examples: "Luật Hải quan số 54/2014/QH13 ngày 23/6/2014".
_CITATION = re.compile(
    r"""^(?P<type>Hiến\s+pháp|Bộ\s+luật|Luật|Pháp\s+lệnh)\s+
        (?P<name>.+?)                                          # the law's name
        (?:\s+số\s+(?P<number>\d+/\d{4}/[\w-]+))?              # its number, if written
        (?:\s+(?:ngày\s+(?P<d>\d{1,2})(?:\s+tháng\s+|/)(?P<m>\d{1,2})(?:\s+năm\s+|/)(?P<y>\d{4})
               |năm\s+(?P<year>\d{4})))?                       # its date, or only its year
        \s*$""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Citation:
    type: str
    name: str
    number: str | None
    date: str | None
    year: int | None


def parse_citation(text: str) -> Citation | None:
    """``parse_citation("Luật Giá ngày 19 tháng 6 năm 2023")`` → type, name and ISO date."""
    m = _CITATION.match(" ".join(text.split()))
    if not m:
        return None
    date = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}" if m["y"] else None
    year = int(m["y"] or m["year"]) if (m["y"] or m["year"]) else None
    type_ = next(t for t in NAMED_TYPES if fold(t) == fold(m["type"]))
    return Citation(type_, m["name"], m["number"], date, year)


def resolve_citation(text: str, before: str | None = None) -> Law | None:
    """``resolve_citation("Luật Giá ngày 19 tháng 6 năm 2023").number`` → ``'16/2023/QH15'``."""
    c = parse_citation(text)
    if c is None:
        return None
    if c.number:
        return next((law for law in catalogue() if law.number == c.number), None)
    if c.date is None and c.year is not None:
        return resolve_law(c.type, c.name, f"{c.year}-00-00", before)
    return resolve_law(c.type, c.name, c.date, before)
