"""Agencies: one node per real agency, aliases resolved, local agencies scoped by jurisdiction.

Names are resolved through the parser's gazetteer (``parsers.vocab.agencies.resolve``), which knows
aliases and abbreviations ("Sở TTTT", "STTTT" → "Sở Thông tin và Truyền thông"). A 'local' agency
(a Sở, an Ủy ban nhân dân) exists once per province or city: the Sở Tư pháp of Hồ Chí Minh City is
not the one of Hà Nội. Its jurisdiction is the place its name states, else the jurisdiction of the
document that mentions it:

>>> a = resolve_agency("Sở Tư pháp", context="Thành phố Hồ Chí Minh")
>>> a.key, a.jurisdiction
('so-tu-phap@thanh-pho-ho-chi-minh', 'Thành phố Hồ Chí Minh')
>>> resolve_agency("Sở Tư pháp thành phố Hà Nội", context="Thành phố Hồ Chí Minh").key
'so-tu-phap@thanh-pho-ha-noi'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from graph.text import clean, fold, slug
from parsers.text import UPPER


class GazetteerEntry(Protocol):
    """What ``parsers.vocab.agencies.resolve`` returns (the parser's ``Agency``)."""

    @property
    def name(self) -> str: ...
    @property
    def scope(self) -> str: ...  # "national" | "local"
    @property
    def abbreviation(self) -> str | None: ...


Resolver = Callable[[str], GazetteerEntry | None]


@dataclass(frozen=True, slots=True)
class AgencyRef:
    """An agency as the graph stores it; ``key`` is its identity."""

    key: str
    name: str
    scope: str  # "national" | "local"
    jurisdiction: str | None
    abbreviation: str | None = None
    collective: bool = False

    def row(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "scope": self.scope,
            "jurisdiction": self.jurisdiction,
            "abbreviation": self.abbreviation,
            "collective": self.collective,
        }


# ---- jurisdictions ------------------------------------------------------------------------------

# Administrative levels as written, with the form a jurisdiction is shown in.
_LEVELS = {
    "thành phố": "Thành phố",
    "tỉnh": "Tỉnh",
    "quận": "Quận",
    "huyện": "Huyện",
    "thị xã": "Thị xã",
    "thị trấn": "Thị trấn",
    "phường": "Phường",
    "xã": "Xã",
    "đặc khu": "Đặc khu",
}
_LEVEL = re.compile(
    r"""(?<!\w)
        (?P<level>(?i:thành\s+phố|tỉnh|quận|huyện|thị\s+xã|thị\s+trấn|phường|xã|đặc\s+khu))
        \s+
        (?!(?i:trực\s+thuộc|thuộc|trung\s+ương|các)(?!\w))  # (capitals: "THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG")
        (?P<place>(?:[CAPS][\w.]*|\d+)(?:\s+(?:[CAPS][\w.]*|\d+))*)  # Capitalised words ("Đồng Nai", "BÌNH ĐỊNH")
    """.replace("CAPS", UPPER),
    re.VERBOSE,
)
_ABBREVIATED_CITY = re.compile(r"\bTP\.?\s*(?=\w)")  # "TP.HCM", "TP. Hồ Chí Minh"
_PLACE_ALIASES = {"hcm": "Hồ Chí Minh", "hn": "Hà Nội", "hồ chí minh": "Hồ Chí Minh"}
# Cities governed by the centre: a bare place name in a document's header means the city.
_CENTRAL_CITIES = {"hồ chí minh", "hà nội", "hải phòng", "đà nẵng", "cần thơ", "huế"}


def _place_name(raw: str) -> str:
    name = " ".join(raw.split()).strip(" .,")
    if name.isupper():  # "TỈNH NGHỆ AN" in a heading of capitals
        name = name.title()
    return _PLACE_ALIASES.get(fold(name), name)


# a name in capitals that ends with "XÃ HỘI" (society), or holds it before its place: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ
# XÃ HỘI", "BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN" (not "xã Hội An", a commune)
_SOCIETY = re.compile(r"XÃ\s+HỘI(?:\s+(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|VIỆT\s+NAM)\b.*)?", re.S)


_KINDS_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG)\s*(?:,|VÀ)\s*$")


def find_jurisdiction(text: str | None) -> tuple[str, int] | None:
    """The place a name states and where it starts, or None.

    >>> find_jurisdiction("Ủy ban nhân dân Thành phố Hồ Chí Minh")
    ('Thành phố Hồ Chí Minh', 16)
    >>> find_jurisdiction("Ủy ban nhân dân các quận, huyện") is None
    True
    """
    if not text:
        return None
    text = _ABBREVIATED_CITY.sub("Thành phố ", clean(text) or "")
    m = _LEVEL.search(text)
    # The place is Capitalised ("tỉnh Tây Ninh"); "tỉnh" alone or "các quận" names no place.
    # (in capitals every word is capitalised: a level after another in a list of kinds, "CÁC TỈNH, THÀNH PHỐ VEN
    # BIỂN", names no place)
    while m is not None and ((not m.group("place")[0].isupper() and not m.group("place")[0].isdigit())
                             or _SOCIETY.fullmatch(m.group(0))
                             or (m.group(0).isupper() and _KINDS_BEFORE.search(text, 0, m.start()) is not None)):
        m = _LEVEL.search(text, m.end("level"))
    if m is None:
        return None
    level = _LEVELS[fold(m.group("level"))]
    return f"{level} {_place_name(m.group('place'))}", m.start()


def place_jurisdiction(place: str | None) -> str | None:
    """A header's place ("Tây Ninh", "Thành phố Hồ Chí Minh") as a jurisdiction."""
    if not place:
        return None
    found = find_jurisdiction(place)
    if found:
        return found[0]
    name = _place_name(clean(place) or "")
    if not name:
        return None
    return f"{'Thành phố' if fold(name) in _CENTRAL_CITIES else 'Tỉnh'} {name}"


# ---- scope --------------------------------------------------------------------------------------

# Used only when the gazetteer does not know a name. Anything "Trung ương" is national.
_NATIONAL_PREFIXES = (
    "quốc hội", "ủy ban thường vụ quốc hội", "chủ tịch nước", "chính phủ", "thủ tướng",
    "văn phòng chính phủ", "bộ ", "bộ chính trị", "ban bí thư", "tổng cục", "cục ",
    "ngân hàng nhà nước", "kiểm toán nhà nước", "tòa án nhân dân tối cao",
    "viện kiểm sát nhân dân tối cao", "thông tấn xã", "đài truyền hình việt nam",
    "đài tiếng nói việt nam", "bảo hiểm xã hội việt nam", "ủy ban trung ương",
)
_LOCAL_BODIES = re.compile(
    r"^(?:ủy ban nhân dân|hội đồng nhân dân|thành ủy|tỉnh ủy|sở |các sở)", re.IGNORECASE
)


def _guess_scope(name: str) -> str:
    f = fold(name)
    if "trung ương" in f or f.startswith(_NATIONAL_PREFIXES):
        return "national"
    return "local"


def is_local_body(name: str | None) -> bool:
    """True for the bodies that exist once per place: Ủy ban nhân dân, Hội đồng nhân dân, Sở …"""
    return bool(name) and bool(_LOCAL_BODIES.match(fold(name or "")))


# ---- resolution ---------------------------------------------------------------------------------


@cache
def _gazetteer() -> Resolver | None:
    try:
        from parsers.vocab import agencies  # the parser's gazetteer
    except ImportError:
        return None
    resolve: Resolver = agencies.resolve
    return resolve


_BARE_BODIES = {"ủy ban nhân dân", "hội đồng nhân dân", "thành ủy", "tỉnh ủy"}
# "… thành phố" = "of ours" (not a level, "Ủy ban nhân dân cấp tỉnh", nor a list of places, "Ủy ban nhân
# dân các tỉnh, thành phố")
_GENERIC_TAIL = re.compile(r"(?<!cấp)(?<!các)(?<!,)\s+(?:của\s+)?(?:thành phố|tỉnh|TP\.?)$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[^)]{1,20})\)\s*$")  # "(ITPC)"


def _strip_place(name: str) -> str:
    """The name without the jurisdiction it states: "Sở Tư pháp thành phố Hà Nội" → "Sở Tư pháp"."""
    found = find_jurisdiction(name)
    if found and found[1] > 0:
        name = name[: found[1]]
    return _GENERIC_TAIL.sub("", name.strip(" ,-")) or name


# An office-holder signs or is tasked for the body: "Bộ trưởng Bộ Tài chính" is Bộ Tài chính. Only a
# title followed by a body is stripped ("Chủ tịch nước", "Thủ tướng Chính phủ" are bodies themselves).
_OFFICE = re.compile(
    r"""^(?:Phó\s+)?
        (?:Bộ\s+trưởng|Thứ\s+trưởng|Tổng\s+Giám\s+đốc|Giám\s+đốc|Chủ\s+tịch|Trưởng\s+ban|Tổng\s+cục\s+trưởng
          |Cục\s+trưởng|Chi\s+cục\s+trưởng|Chánh\s+Văn\s+phòng|Chánh\s+án|Viện\s+trưởng|Thủ\s+trưởng
          |Chủ\s+nhiệm|Bí\s+thư|Trưởng)\s+
        (?=(?:Bộ|Sở|Ủy\s+ban|Uỷ\s+ban|UBND|Ban|Cục|Tổng\s+cục|Chi\s+cục|Văn\s+phòng|Hội\s+đồng|Tòa\s+án
            |Viện|Trung\s+tâm|Đài|Thành\s+ủy|Tỉnh\s+ủy|Kho\s+bạc|Ngân\s+hàng|Công\s+an|Phòng|Thanh\s+tra
            |các|Đại\s+học|Học\s+viện)\b)""",
    re.VERBOSE | re.IGNORECASE,
)


def _key(name: str) -> str:
    """A name's key: the short forms every document uses written out ("UBND các tỉnh" is "Ủy ban nhân dân
    các tỉnh"), as the parser's gazetteer reads them."""
    written_out = _written_out()
    return slug(written_out(name) if written_out is not None else name)


@cache
def _written_out() -> Callable[[str], str] | None:
    try:
        from parsers.vocab import agency_key
    except ImportError:
        return None
    return agency_key


def strip_office(name: str) -> str:
    """>>> strip_office("Bộ trưởng Bộ Tài chính"), strip_office("Chủ tịch nước")
    ('Bộ Tài chính', 'Chủ tịch nước')"""
    return _OFFICE.sub("", name, count=1)


@cache
def _gazetteer_names() -> tuple[tuple[str, str], ...]:
    """(folded name or alias, canonical name) of every gazetteer entry."""
    try:
        from parsers.vocab import agencies
    except ImportError:
        return ()
    return tuple((fold(n), a.name) for a in agencies.all for n in (a.name, *a.aliases))


def complete_name(mention: str, known: tuple[str, ...] = ()) -> str | None:
    """The full name of a mention cut short ("Bộ Tài"): the one name it begins, among the names the
    same document writes (``known``), else among the gazetteer's; None when neither says which.
    A mention that begins no name is complete as it is."""
    prefix = fold(mention) + " "
    in_text = {clean(k) for k in known if fold(k).startswith(prefix)}
    if len(in_text) == 1:
        return in_text.pop()
    in_gazetteer = {canonical for folded, canonical in _gazetteer_names() if folded.startswith(prefix)}
    if len(in_gazetteer) == 1 and not in_text:
        canonical = next(iter(in_gazetteer))
        # (cut inside a word: "Bộ Tài" + "chính" — not a name that ends on a whole word, "Cục Quản lý", which any of
        # many bodies the gazetteer does not hold may go on: "… nhà và thị trường bất động sản")
        return canonical if _cut_inside_word(mention, canonical) else None
    return None if in_text or in_gazetteer else mention


def _cut_inside_word(mention: str, full: str) -> bool:
    """Does the mention end inside a word that the full name completes ("Bộ Tài" of "Bộ Tài chính")?"""
    from parsers.agencies import dictionary_words

    said, rest = fold(mention).split(), fold(full).split()[len(fold(mention).split()) :]
    return bool(said and rest) and any(" ".join([*said[-k:], rest[0]]) in dictionary_words() for k in (1, 2))


def resolve_agency(
    name: str | None,
    context: str | None = None,
    collective: bool = False,
    gazetteer: Resolver | None = None,
    known: tuple[str, ...] = (),
) -> AgencyRef | None:
    """Resolve a mention to one agency. ``context`` is the mentioning document's jurisdiction;
    ``known`` the other agency names the document writes (to complete a name cut short).

    ``gazetteer`` replaces the parser's (tests pass a small one); with neither, the canonical name
    is the mention itself, normalised.
    """
    mention = clean(name)
    if not mention:
        return None
    mention = strip_office(mention)
    abbreviation = None
    m = _ABBREVIATION.search(mention)
    if m:
        abbreviation, mention = m.group("abbr").strip(), mention[: m.start()]
    stated = find_jurisdiction(mention)
    bare = _strip_place(mention)

    lookup = gazetteer or _gazetteer()
    entry = None
    if lookup is not None:
        entry = lookup(mention) or lookup(bare)
    if entry is None and gazetteer is None and fold(bare) not in _BARE_BODIES:
        completed = complete_name(bare, known)
        if completed is None:
            return None  # "Bộ Tài": Bộ Tài chính or Bộ Tài nguyên và Môi trường? No node.
        if completed != bare:
            bare = completed
            entry = lookup(completed) if lookup is not None else None
    if entry is not None:
        canonical, scope = entry.name, entry.scope
        abbreviation = entry.abbreviation or abbreviation
    else:
        canonical, scope = bare, _guess_scope(bare)

    if scope == "national":
        return AgencyRef(_key(_strip_place(canonical)), canonical, scope, None, abbreviation,
                         collective)
    # Local: the place the mention states, else the citing document's, else the canonical name's.
    named_in_canonical = find_jurisdiction(canonical)
    jurisdiction = (
        (stated[0] if stated else None)
        or context
        or (named_in_canonical[0] if named_in_canonical else None)
    )
    base = _key(_strip_place(canonical))
    key = f"{base}@{slug(jurisdiction)}" if jurisdiction else base
    display = _strip_place(canonical) if named_in_canonical else canonical
    if jurisdiction and fold(display) in _BARE_BODIES:  # "Ủy ban nhân dân" alone names no one
        display = f"{display} {jurisdiction}"
    return AgencyRef(key, display, scope, jurisdiction, abbreviation, collective)


def document_jurisdiction(issuer: str | None, place: str | None) -> str | None:
    """The jurisdiction of a document: the place its issuer names, else its header's place when the
    issuer is a local body. A national issuer has none.

    >>> document_jurisdiction("Ủy ban nhân dân tỉnh Tây Ninh", "Tây Ninh")
    'Tỉnh Tây Ninh'
    >>> document_jurisdiction("Chính phủ", "Hà Nội") is None
    True
    """
    found = find_jurisdiction(issuer)
    if found:
        return found[0]
    if issuer and _guess_scope(issuer) == "national":
        return None
    return place_jurisdiction(place)
