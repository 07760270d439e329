"""Vocabulary kept as data (``parsers/vocab/*.json``), loaded once, with its examples.

Each JSON file carries ``examples`` that ``tests/test_vocab.py`` runs through the parser, so a
vocabulary entry cannot silently stop matching.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from parsers.text import fold


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("parsers").joinpath("vocab", name).read_text("utf-8"))
    return data


# ---- document types -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocType:
    type: str  # "Nghị định"
    label: str  # graph label: "Decree"
    words: tuple[str, ...]
    named: bool  # cited by name without a number: Luật, Bộ luật, Hiến pháp, Pháp lệnh
    examples: tuple[str, ...]
    codes: tuple[str, ...] = ()  # the type code inside a number: NĐ in 72/2015/NĐ-CP
    abbreviations: tuple[str, ...] = ()  # written for the type word in tables and notes: "QĐ 12/QĐ-UBND"


@cache
def doc_types() -> tuple[DocType, ...]:
    return tuple(
        DocType(
            type=t["type"],
            label=t["label"],
            words=tuple(t["words"]),
            named=bool(t.get("named", False)),
            examples=tuple(t["examples"]),
            codes=tuple(t.get("codes", ())),
            abbreviations=tuple(t.get("abbreviations", ())),
        )
        for t in load("doc_types.json")["types"]
    )


@cache
def _type_by_word() -> dict[str, DocType]:
    return {fold(w): t for t in doc_types() for w in (*t.words, *t.abbreviations)}


def doc_type(word: str) -> DocType | None:
    """``doc_type("nghị định")`` → the Nghị định entry; None for an unknown word."""
    return _type_by_word().get(fold(word))


def label_for(type_: str | None) -> str:
    t = doc_type(type_) if type_ else None
    return t.label if t else "Document"


@cache
def type_words() -> tuple[str, ...]:
    """All type words, longest first, so "Thông tư liên tịch" wins over "Thông tư"."""
    return tuple(sorted((w for t in doc_types() for w in t.words), key=len, reverse=True))


@cache
def type_abbreviations() -> tuple[str, ...]:
    """"QĐ", "NĐ", "TT" …: a type word's abbreviation, a mention only when the number's code agrees."""
    return tuple(sorted((a for t in doc_types() for a in t.abbreviations), key=len, reverse=True))


# ---- relation cues ----------------------------------------------------------------------------


@cache
def cues() -> dict[str, Any]:
    return load("cues.json")


@cache
def relation_cues() -> tuple[tuple[str, str], ...]:
    """(cue, relation) pairs, longest cue first."""
    pairs = [(c, r["relation"]) for r in cues()["relations"] for c in r["cues"]]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def type_of_number(number: str) -> str | None:
    """The type a number's code names: "12/QĐ-UBND" → "Quyết định", "5/KH-UBND" → "Kế hoạch"."""
    for p in re.split(r"[/-]", number)[1:]:
        for t in doc_types():
            if p in t.codes:
                return t.type
    return None


# ---- section headings -------------------------------------------------------------------------


@cache
def sections() -> dict[str, Any]:
    return load("sections.json")


_WORD_START = re.compile(r"(?<!\w)\w")
# the words an item's heading may put before its role ("Về nhiệm vụ", "Các giải pháp", "Một số
# giải pháp", "Công tác tổ chức thực hiện"), in folded letters
_ITEM_FRAME = re.compile(r"[\W\d]*(?:(?:về|các|những|một\s+số|công\s+tác|đối\s+với|phần|chương|điều)[\W\d]+)*")
_FUNDING_FRAME = re.compile(r"[\W\d]*(?:bảo\s+đảm|đảm\s+bảo|bố\s+trí|huy\s+động|nguồn|mức|về)\W+")


# a criterion of an assessment and its points ("4. Nội dung hoạt động (20 điểm)")
_SCORED = re.compile(r"\(\s*(?:tối\s+đa\s+)?\d+(?:[.,]\d+)?\s*điểm\s*\)", re.I)


@lru_cache(maxsize=16384)
def section_role(heading: str, top: bool = True) -> str | None:
    """``"II. NHIỆM VỤ TRỌNG TÂM NĂM 2018"`` → ``"tasks"``; tolerant of dropped characters.

    The role named first in the heading wins; targets or purpose named before tasks give a task
    section ("MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP")."""
    if _SCORED.search(heading) is not None:
        return "targets"  # "4. Nội dung hoạt động (20 điểm)": a criterion of an assessment and its points, no work
    h = fold(heading)[: 80 if top else 60]
    rx, roles = _role_re()
    found: list[tuple[int, int, str]] = []
    # a part's heading may name its role anywhere early; an item's must open with it. Phrases open
    # at a word, so only word starts are tried.
    for w in _WORD_START.finditer(h, 0, (40 if top else 12) + 1):
        framed = top or _ITEM_FRAME.fullmatch(h, 0, w.start()) is not None
        if not framed and _FUNDING_FRAME.fullmatch(h, 0, w.start()) is None:
            continue  # "Xây dựng cơ sở dữ liệu" is work, not the "cơ sở" of the plan
        m = rx.match(h, w.start())
        if m is not None and m.lastgroup in _opening_only() and not _OPENING.fullmatch(h, 0, m.start()):
            continue  # "III. Thu cân đối hoạt động xuất nhập khẩu" is no section of activities
        if m is not None and any(f.start() < m.end() < f.end() for f in _fields_re().finditer(h, m.start())):
            continue  # "1. Công tác tổ chức thi hành án": the field of work runs on from the role's words
        if m is not None:
            rank, role = roles[m.lastgroup or ""]
            if not framed and role != "funding":
                continue  # "Bảo đảm kinh phí", "Mức kinh phí …": only money is framed so
            found.append((m.start(), rank, role))
    if not found:
        return None
    found.sort()
    first = found[0][2]
    if first == "situation" and top:
        # (an assessment's long heading names the work it goes on to past the window: "I- VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI
        # 9 THÁNG VÀ NHIỆM VỤ, GIẢI PHÁP NHỮNG THÁNG CUỐI NĂM 2025")
        for w in _WORD_START.finditer(h, 41):
            if (m := rx.match(h, w.start())) is not None and roles[m.lastgroup or ""][1] in ("tasks", "solutions"):
                found.append((m.start(), *roles[m.lastgroup or ""]))
                break
    if first in ("purpose", "targets") and any(r in ("tasks", "solutions") for _, _, r in found):
        return next(r for _, _, r in found if r in ("tasks", "solutions"))
    # (and an assessment named before them as a part of its own: "NHỮNG TỒN TẠI, HẠN CHẾ VÀ NHIỆM VỤ THỜI GIAN TỚI"
    # holds the work; "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024" assesses it)
    if first == "situation" and (work := next((at for at, _, r in found if r in ("tasks", "solutions")), None)) \
            and re.search(r"(?:,|;|\bvà)\s*$", h[:work]):
        return next(r for _, _, r in found if r in ("tasks", "solutions"))
    if first == "situation" and ";" in heading \
            and section_role(heading.split(";", 1)[1], top=True) in ("tasks", "solutions"):
        return "tasks"  # "I. Về tình hình kinh tế - xã hội tháng 10; nhiệm vụ, giải pháp trọng tâm thời gian tới"
    if first == "functions" and any(roles[m.lastgroup or ""][1] == "organisation"
                                    for w in _WORD_START.finditer(h) if (m := rx.match(h, w.start())) is not None):
        return "organisation"  # "Chế độ làm việc và trách nhiệm của các cơ quan": who does what
    return first


@cache
def _role_re() -> tuple[re.Pattern[str], dict[str, tuple[int, str]]]:
    """Every role phrase in one alternation (a named group per phrase), longest first."""
    phrases = _role_phrases()
    groups = {f"p{i}": (rank, role) for i, (_, rank, role) in enumerate(phrases)}
    alt = "|".join(f"(?P<p{i}>{_tolerant(phrase).pattern})" for i, (phrase, _, _) in enumerate(phrases))
    return re.compile(alt), groups


# what may stand before a phrase that names its role only when it opens the heading
_OPENING = re.compile(r"[\W\d]*(?:(?:[ivxlc]+|[a-zđ]|điều\s+\d+[a-zđ]?|chương\s+[ivxlc\d]+|mục\s+\d+)[.):]?\s*)?"
                      r"(?:các\s+|những\s+)?")


@cache
def _role_phrases() -> tuple[tuple[str, int, str], ...]:
    """Every role phrase with its role's rank, longest first (the order of ``_role_re``'s groups)."""
    spec = sections()
    phrases = [(phrase, rank, role) for rank, role in enumerate(spec["priority"]) for phrase in spec["roles"][role]]
    return tuple(sorted(phrases, key=lambda p: len(p[0]), reverse=True))


@cache
def _fields_re() -> re.Pattern[str]:
    """The fields of work whose terms hold a role's words ("thi hành án")."""
    return re.compile("|".join(_tolerant(f).pattern for f in sections().get("fields", [])) or r"(?!)")


@cache
def _opening_only() -> frozenset[str]:
    """The groups of ``_role_re`` whose phrase names a role only at the heading's start ("HOẠT ĐỘNG")."""
    only = {fold(x) for x in sections().get("opening_only", [])}
    return frozenset(f"p{i}" for i, (phrase, _, _) in enumerate(_role_phrases()) if fold(phrase) in only)


@cache
def _tolerant(phrase: str) -> re.Pattern[str]:
    from parsers.text import tolerant_pattern

    return re.compile(r"(?<!\w)" + tolerant_pattern(fold(phrase)) + r"(?!\w)")


# ---- agencies -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    scope: str  # "national" | "local"
    aliases: tuple[str, ...]
    abbreviation: str | None
    examples: tuple[str, ...]


class _Agencies:
    """The agency gazetteer: ``agencies.resolve("Sở TTTT").name == "Sở Thông tin và Truyền thông"``."""

    @property
    def all(self) -> tuple[Agency, ...]:
        return _agency_list()

    def resolve(self, name: str) -> Agency | None:
        key = agency_key(name)
        found = _agency_index().get(key)
        if found is None and (bare := _BARE_PLACE.sub("", key)) != key:
            # "Sở Y tế tỉnh", "Ban Dân tộc tỉnh": a local body named with the bare word for its place
            found = _agency_index().get(bare)
            return found if found is not None and found.scope == "local" else None
        return found


_BARE_PLACE = re.compile(r"\s+(?:tỉnh|thành phố|huyện|quận|thị xã)$")


def agency_key(name: str) -> str:
    """How a written agency name is looked up: folded, a trailing "(ITPC)" and punctuation gone, a
    department's initials written out ("Sở LĐTB&XH" is "Sở Lao động - Thương binh và Xã hội")."""
    if _INITIALS_AFTER_HEAD.search(name):
        name = _INITIALS_AFTER_HEAD.sub(_spelled_out, name)
    key = fold(name)
    key = re.sub(r"\s*\([^)]*\)\s*$", "", key)  # "(ITPC)"
    key = re.sub(r"(?<=\w) & (?=\w)", " và ", key)  # "Sở Giáo dục & Đào tạo" (not the initials' "GD&ĐT")
    if _SHORT.search(key):  # "Văn phòng UBND tỉnh" is "Văn phòng Ủy ban nhân dân tỉnh"
        key = _SHORT.sub(lambda m: _SHORT_FORMS[m.group(0)], key)
    return key.strip(" .,:;")


# a local body written by its initials ("UBND tỉnh", "4001/UBND-ĐT")
LOCAL_BODIES = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
# a Party committee named by its level's word alone, no place of its own: "Tỉnh ủy", "Thành ủy", "Huyện ủy"
LEVEL_COMMITTEE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ)")

# the short forms every document uses for the bodies' own words, folded
_SHORT_FORMS = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "ubkt": "ủy ban kiểm tra", "mttq": "mặt trận tổ quốc",
    "bhxh": "bảo hiểm xã hội",
    "gd&đt": "giáo dục và đào tạo", "gdđt": "giáo dục và đào tạo", "tt&tt": "thông tin và truyền thông",
    "tttt": "thông tin và truyền thông", "kh&đt": "kế hoạch và đầu tư", "khđt": "kế hoạch và đầu tư",
    "kh&cn": "khoa học và công nghệ", "khcn": "khoa học và công nghệ", "tn&mt": "tài nguyên và môi trường",
    "tnmt": "tài nguyên và môi trường", "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "nnptnt": "nông nghiệp và phát triển nông thôn", "ptnt": "phát triển nông thôn",
    "lđtbxh": "lao động - thương binh và xã hội",
    "lđ-tb&xh": "lao động - thương binh và xã hội", "gtvt": "giao thông vận tải",
    "vhttdl": "văn hóa, thể thao và du lịch", "vh,tt&dl": "văn hóa, thể thao và du lịch",
    "tp.": "thành phố", "tp": "thành phố",  # "UBND TP. Đà Lạt"
}
_SHORT = re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(k) for k in sorted(_SHORT_FORMS, key=len, reverse=True))
                    + r")(?![\w&])")


# a ministry's or department's field by its syllables' initials, "và" left out or written "&": "Sở KH&ĐT",
# "Sở LĐ-TB&XH", "Bộ VH,TT&DL"
_INITIALS_AFTER_HEAD = re.compile(r"(?<![\wÀ-ỹ])(?P<head>Sở|Bộ|SỞ|BỘ)\s+"
                                  r"(?P<abbr>[A-ZĐ]+(?:[&\-.,]?[A-ZĐ]+)+)(?![\wÀ-ỹ&])")


def _spelled_out(m: re.Match[str]) -> str:
    field = _fields_by_initials().get(re.sub(r"[&\-.,]", "", m.group("abbr")))
    return f"{m.group('head')} {field}" if field else m.group(0)


@cache
def _fields_by_initials() -> dict[str, str]:
    """The gazetteer's ministries and departments by the initials of their field ("LĐTBXH")."""
    found: dict[str, set[str]] = {}
    for a in _agency_list():
        head = re.match(r"(?:Sở|Bộ)\s+", a.name)
        if head is None:
            continue
        field = a.name[head.end() :]
        initials = "".join(w[0] for w in re.findall(r"[\wÀ-ỹ]+", field) if w.lower() != "và").upper()
        found.setdefault(initials, set()).add(field)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and len(k) >= 2}


@cache
def _agency_list() -> tuple[Agency, ...]:
    return tuple(
        Agency(
            name=a["name"],
            scope=a["scope"],
            aliases=tuple(a.get("aliases", ())),
            abbreviation=a.get("abbreviation"),
            examples=tuple(a["examples"]),
        )
        for a in load("agencies.json")["agencies"]
    )


@cache
def _agency_index() -> dict[str, Agency]:
    index: dict[str, Agency] = {}
    for a in _agency_list():
        for n in (a.name, *a.aliases):
            index.setdefault(agency_key(n), a)
    return index


agencies = _Agencies()
