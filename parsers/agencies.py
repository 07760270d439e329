"""Agency names: where they are, where they end, and which agencies a clause is addressed to.

Two recognisers work together:

* spaCy's PhraseMatcher over the gazetteer (``vocab/agencies.json``) finds every known name and
  alias in one pass, on a ``Doc`` built from our own syllable tokens (pyvi would split
  "72/2015/NĐ-CP");
* a grammar of Vietnamese agency names reads the ones the gazetteer does not list: an
  organisational head ("Sở", "Ủy ban nhân dân", "Bộ Chỉ huy Quân sự", "Trung tâm" …, in
  ``vocab/agency_grammar.json``) followed by name words. Vietnamese capitalises only the first
  syllable of a compound ("Sở Giáo dục và Đào tạo"), so the lower-case syllables after a capital
  belong to the name only while they complete a dictionary word with it — underthesea's Viet74K
  decides that "Đào tạo" is a word and "tạo chủ" is not, which ends the name before "chủ trì".

``subjects`` reads the agencies a heading or a sentence addresses: office-holder titles are
stripped to the body ("Bộ trưởng Bộ Tài chính" → Bộ Tài chính), "Đề nghị"/"Giao" openings skipped,
lists split ("Bộ trưởng các Bộ: Công an, Quốc phòng" → Bộ Công an, Bộ Quốc phòng) and collective
units kept whole ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from parsers import vocab
from parsers.text import BRACKET_NOTE, BRANCH_KINDS, LOWER, NOTE_CHAR, UPPER, clean_value, fold, trie_regex

_TOKEN = re.compile(r"\d+(?:[/.,\-]\d+)*|\w+(?:-\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class AgencyMention:
    text: str  # as written
    name: str  # canonical (the gazetteer's name, or the text when unknown)
    start: int
    end: int
    collective: bool = False


# ---- grammar data --------------------------------------------------------------------------------


@cache
def _grammar() -> dict[str, Any]:
    return vocab.load("agency_grammar.json")


def _variants(words: list[str]) -> str:
    """The words as written, in capitals, in small letters and capitalised, as one factored
    alternation (faster than a case-insensitive one)."""
    forms = {v for w in words
             for v in (w, w.upper(), w.lower(), w[:1].upper() + w[1:].lower(), w[:1].upper() + w[1:], w.title())}
    return trie_regex(forms)


@cache
def _heads_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{_variants(_grammar()['heads'])})(?![\wÀ-ỹ])")


def _head_across(text: str, nl: int) -> bool:
    """Does a head that a line's last words begin run on over the line break at ``nl`` ("… Công an huyện, Đội ⏎
    Quản lý thị trường số 8")?"""
    line_start = text.rfind("\n", 0, nl) + 1
    for w in list(re.finditer(r"\S+", text[max(line_start, nl - 30) : nl]))[-2:]:
        at = max(line_start, nl - 30) + w.start()
        if (h := _heads_re().match(text, at)) is not None and h.end() > nl:
            return True
    return False


def name_runs_on(line: str, following: str) -> bool:
    """Does a body's name run on from ``line`` over its break into ``following``: the line a head or title alone
    ("1. Sở ⏎ Văn hóa, Thể thao và Du lịch"), ending inside a head ("3. Đề nghị Công an huyện, Đội ⏎ Quản lý thị
    trường số 8") or on an office-holder's title ("4. Giám đốc Sở Văn hóa và Thể thao, Giám đốc ⏎ Sở Du lịch:")?"""
    return is_bare_head(line) or ends_with_title(line) or _head_across(f"{line}\n{following[:60]}", len(line))


def name_across(prev: str, line: str) -> bool:
    """Does a name the line ``prev`` begins run on into ``line`` ("1. Trung tâm Xúc tiến ⏎ Đầu tư, Thương mại và Du
    lịch", "Hội Liên hiệp ⏎ Phụ nữ tỉnh"), ending where a heading's or a cell's name ends: at the line's end, a mark, or
    the work it is given — not inside the next line's sentence ("12. Trường Cao đẳng Y tế Bình Phước ⏎ Đào tạo nguồn
    nhân lực …", whose "Đào tạo" opens the work)?"""
    joined = f"{prev} {line}"
    for a in find(joined, max(0, len(prev) - 60), len(joined)):
        if a.start < len(prev) < a.end - 1:
            rest = joined[a.end :].lstrip(" \t*_")
            if not rest or rest[0] in ":.,;()-–" or acts(joined, a.end, len(joined)):
                return True
    return False


def governs_at_end(line: str) -> bool:
    """Does the line end on a word that governs the name's object, to come on the next line ("Cục Quản lý ⏎ Khám,
    chữa bệnh", "Cục Phát triển ⏎ …")?"""
    words = line.split()
    return len(words) >= 3 and " ".join(words[-2:]).lower() in _governing()


def starts_with_head(line: str) -> bool:
    """Does the line open with an organisational head ("Thanh tra, kiểm tra …" does: a body's name may begin so)?"""
    return _heads_re().match(line.lstrip(" \t*_")) is not None


def opens_with_verb(text: str, pos: int, end: int) -> bool:
    """Does the text at ``pos`` open with a verb of work, in capitals or not ("Tham mưu …", "chủ trì …")?"""
    return _verb_start(text, pos, end)


def past_opener(text: str, start: int, end: int) -> int:
    """Where the words after the opener that asks or gives work end ("Đề nghị ", "Giao "), ``start`` if none."""
    return m.end() if (m := _openers_re().match(text, start, end)) is not None else start


_NAME_STARTS = re.compile(r",|(?<![\wÀ-ỹ])và(?![\wÀ-ỹ])")


def without_titles(body: str) -> str:
    """``body`` with the office-holders' titles before its names blanked ("Giám đốc Công an tỉnh và Giám đốc Sở Giao
    thông vận tải" → "Công an tỉnh và Sở Giao thông vận tải", as long), to tell whether it names bodies only."""
    out = list(body)
    for at in [0, *(m.end() for m in _NAME_STARTS.finditer(body))]:
        if (title := _titles_re().match(body, _past_space(body, at, len(body)))) is not None:
            past = _past_title(body, title)
            out[title.start() : past] = " " * (past - title.start())
    return "".join(out)


def past_title(text: str, pos: int, end: int) -> int:
    """Where the body begins after an office-holder's title at ``pos`` ("Thủ trưởng các sở …" → "các sở …"); ``pos``
    when there is none."""
    title = _titles_re().match(text, _past_space(text, pos, end), end)
    return _past_title(text, title) if title is not None else pos


def is_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an office-holder's title and nothing else ("Giám đốc ", "Thủ trưởng ")?"""
    return (m := _titles_re().match(text, _past_space(text, start, end), end)) is not None \
        and not text[m.end() : end].strip()


def ends_with_title(line: str) -> bool:
    """Does the line end on an office-holder's title, the body's name on the next line?"""
    return _ends_on_re("titles", "").search(line) is not None


def ends_with_head(line: str) -> bool:
    """Does the line end on an organisational head, the body's name on the next line ("b) Đề nghị Công ty")?"""
    return (m := _ends_on_re("heads", ":").search(line)) is not None and m.group(0)[:1].isupper()


@cache
def _ends_on_re(words: str, marks: str) -> re.Pattern[str]:
    """A line's end on one of the grammar's ``words`` ("heads", "titles"), then markup or ``marks`` only."""
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{_variants(_grammar()[words])})[ \t*_{marks}]*$")


def is_bare_head(line: str) -> bool:
    """Is the line an item's marker and a body's head or an office-holder's title, nothing of its name ("1. Sở",
    "Ủy ban nhân dân", "2. Hạt trưởng") — not a name that ends with its parent ("3. Thanh tra Bộ", "Văn phòng Sở")?"""
    return (m := _bare_head_re().fullmatch(line)) is not None and (m.group("title") or m.group("head")) is not None


@cache
def _bare_head_re() -> re.Pattern[str]:
    return re.compile(rf"[ \t*_]*(?:(?:[IVXLC]{{1,6}}|\d{{1,2}}(?:\.\d{{1,2}})*|[a-zđ])[.)][ \t*_]*)?"
                      rf"(?:(?P<title>{_variants(_grammar()['titles'])})(?![\wÀ-ỹ])[ \t]*)?"
                      rf"(?P<head>{_variants(_grammar()['heads'])})?[ \t*_]*")


# a word of capitals, a highland name's apostrophe kept ("M'Đrắk", "Cư M'gar")
_CAP = rf"[{UPPER}][\wÀ-ỹ]*(?:['’][\wÀ-ỹ]+)*"
_CAPITAL_WORD = re.compile(rf"\b{_CAP}")
_WORD_AT = re.compile(r"(?<![\wÀ-ỹ])(?=[\wÀ-ỹ])")


@cache
def _head_firsts() -> frozenset[str]:
    return frozenset(h.split()[0].lower() for h in _grammar()["heads"])


def _heads_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The organisational heads in ``text[start:end]`` that open with a capital: a capitalised word
    that can open a head, then the longest head there."""
    firsts = _head_firsts()
    out = []
    for w in _CAPITAL_WORD.finditer(text, start, end):
        if w.group(0).lower() in firsts and (m := _heads_re().match(text, w.start(), end)) is not None:
            out.append(m)
    return out


@cache
def _titles_re() -> re.Pattern[str]:
    # (a deputy's: "Phó Chánh Văn phòng …", "Phó Bí thư Tỉnh đoàn", "Phó Tổng Biên tập Báo …")
    return re.compile(rf"(?:Phó\s+)?(?:{_variants(_grammar()['titles'])})(?![\wÀ-ỹ])\s*[,:]?\s*")


@cache
def _body_title_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_variants(_grammar()['body_titles'])})\s+")


def _past_title(text: str, title: re.Match[str]) -> int:
    """Where the body begins after an office-holder's title: after it, or inside it when the title is
    written before the body's own name ("Chánh Văn phòng Ủy ban nhân dân tỉnh" → Văn phòng …)."""
    deputy = re.match(r"Phó\s+", text[title.start() : title.end()])
    inner = _body_title_re().match(text, title.start() + (deputy.end() if deputy else 0), title.end())
    if inner is not None and text[inner.end() : inner.end() + 1].isupper() \
            and _heads_re().match(text, inner.end(), title.end() + 40) is not None:
        return inner.end()
    if (plural := _HEADS_OF_ALL.search(text, title.start(), title.end())) is not None:
        # "Thủ trưởng các cơ quan, đơn vị thuộc Bộ (Quốc phòng)": the bodies of the ministry, together — not
        # the ministry
        return plural.start()
    return title.end()


# a title that holds its body's head in small letters: "Trưởng phòng Văn hóa và Thông tin huyện" heads the Phòng
_SMALL_HEAD_TITLE = re.compile(r"(?:Phó\s+)?Trưởng\s+(?P<head>phòng|ban)\s*$")


def opens_with_head_title(text: str, start: int, end: int) -> bool:
    """Does the heading open with a title that holds its body's head ("Trưởng phòng Quản lý thu - Sổ, thẻ")?"""
    return (t := _titles_re().match(text, _past_space(text, start, end), end)) is not None \
        and _SMALL_HEAD_TITLE.search(t.group(0)) is not None


def _small_head_body(text: str, title: re.Match[str], pos: int, end: int) -> AgencyMention | None:
    """"Trưởng phòng Văn hóa và Thông tin huyện Cư M'gar" → Phòng Văn hóa và Thông tin huyện Cư M'gar."""
    small = _SMALL_HEAD_TITLE.search(title.group(0))
    if small is None or pos != title.end() or not re.match(rf"[ \t]*[{UPPER}]", text[pos : pos + 3]) \
            or _heads_re().match(text, pos, end) is not None:
        return None  # ("Trưởng ban Ban Dân tộc tỉnh": the body's own name follows)
    e = name_end(text, pos, end, after_head=True)
    if e <= pos:
        return None
    start = title.start() + small.start("head")
    e = place_extended(text, AgencyMention(text[start:e], text[start:e], start, e), end).end
    name = f"{small.group('head').capitalize()} {clean_value(text[pos:e])}"
    return AgencyMention(name, _canonical(name), start, e)


_HEADS_OF_ALL = re.compile(r"(?<=[ \t])các\s+cơ\s+quan,\s+đơn\s+vị\s+thuộc\s*$", re.I)


@cache
def _openers_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_variants(_grammar()['openers'])})(?![\wÀ-ỹ])\s*:?\s*")


@cache
def _not_agency_firsts() -> frozenset[str]:
    return frozenset(fold(p.split()[0].rstrip(",")) for p in _grammar()["not_agencies"])


@cache
def _not_agency_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_variants(_grammar()['not_agencies'])})(?![\wÀ-ỹ])")


@cache
def _narrow_re() -> re.Pattern[str]:
    """A narrow head and what may follow it to make it an agency ("Thuế tỉnh …", "Thuế Thành phố")."""
    alts = []
    for head, nexts in _grammar()["narrow_heads"].items():
        words = trie_regex({v for w in nexts for v in (w, w.capitalize(), w.upper())})
        # (alone before a comma it is the field of a name: "Cục Đăng ký và Thống kê, …")
        # (nor at a line's end, unless its place opens the next: "Thuế ⏎ Thành phố Hồ Chí Minh")
        alts.append(rf"{_variants([head])}(?:\s+(?!(?:{words})(?![\wÀ-ỹ]))[{LOWER}]|[ \t]*(?:[,;)]|$)"
                    rf"|[ \t]*\n(?![ \t]*(?:{words})(?![\wÀ-ỹ])))")
    return re.compile("|".join(alts))


def _not_agency(text: str, pos: int, end: int) -> bool:
    """Does the head at ``pos`` open something other than an agency ("Bộ luật", "Thuế sử dụng đất")? (A company is
    none, but the state's own, its form written out: "Công ty trách nhiệm hữu hạn một thành viên …", as "Công ty TNHH
    MTV …".)"""
    return ((m := _not_agency_re().match(text, pos, end)) is not None and _STATE_COMPANY.match(text, pos, end) is None
            and _APPRAISAL.match(text, m.end(), end) is None and _PUBLIC_CLINIC.match(text, m.end(), end) is None) \
        or _narrow_re().match(text, pos, end) is not None


# a district's public clinic, not a private one: "Phòng khám đa khoa khu vực Phước An"
_PUBLIC_CLINIC = re.compile(r"[ \t]+đa[ \t]+khoa[ \t]+khu[ \t]+vực(?![\wÀ-ỹ])")
# "Hội thẩm" is a juror, but "Hội Thẩm định giá Việt Nam" a body: the word goes on into a compound (a wrap may cut it:
# "Hội Thẩm ⏎ định giá")
_APPRAISAL = re.compile(r"(?<=[Tt]hẩm)(?:[ \t]+|[ \t]*\n[ \t]*)(?i:định|tra)(?![\wÀ-ỹ])")


_STATE_COMPANY = re.compile(r"(?i:công\s+ty\s+trách\s+nhiệm\s+hữu\s+hạn\s+một\s+thành\s+viên)(?![\wÀ-ỹ])")


_STATE_OWNED = re.compile(r"doanh\s+nghiệp\s+(?:nhà\s+nước|100%\s+vốn\s+nhà\s+nước)")


# the grassroots units of the Youth Union, an association or the Party: "các cơ sở Đoàn", "các cơ sở Hội"
_GRASSROOTS = re.compile(r"cơ\s+sở\s+(?:đoàn|hội|đảng)(?![\wÀ-ỹ])")


def _private(name: str) -> bool:
    """"Các doanh nghiệp …", "tổ chức, cá nhân": not public bodies, so never units."""
    low = fold(name)
    low = re.sub(r"^(?:các|những)\s+", "", low)
    if low.startswith("công ty tnhh") and not re.match(r"công ty tnhh (?:một thành viên|mtv)\b", low):
        return True  # a limited company; the state's own are "… một thành viên"
    if re.match(_SERVICE, low) or _STATE_OWNED.match(low) or _GRASSROOTS.match(low):
        return False  # (the state's own companies are public bodies: "Các tập đoàn, doanh nghiệp nhà nước")
    return any(low.startswith(p) for p in _grammar()["private_collectives"])


def is_private(name: str) -> bool:
    """A business or a person, not a public body ("Công ty cổ phần …", "các hộ gia đình")."""
    return _private(name)


def dictionary_words() -> frozenset[str]:
    """The dictionary's words of two or more syllables, lower case (Viet74K and the grammar's compounds)."""
    return _words()


@cache
def _words() -> frozenset[str]:
    from parsers.repair import _dictionary

    return _dictionary()[1] | frozenset(_grammar()["compounds"])


@cache
def _landmarks() -> frozenset[str]:
    return frozenset(_grammar()["landmarks"])


@cache
def _compounds() -> frozenset[str]:
    return frozenset(_grammar()["compounds"])


@cache
def _compound_words() -> dict[str, int]:
    """The most words a compound opening with each word has ("an" → 3: "an toàn thực phẩm")."""
    most: dict[str, int] = {}
    for c in _compounds():
        words = c.split(" ")
        most[words[0]] = max(most.get(words[0], 0), len(words))
    return most


@cache
def _inner() -> frozenset[str]:
    return frozenset(_grammar()["inner_lowercase"])


@cache
def _places() -> frozenset[str]:
    return frozenset(_grammar()["place_words"])


@cache
def _small_name_words() -> frozenset[str]:
    """The lower-case words a name holds: its place words and a few others ("nhân dân", "xã hội")."""
    return _places() | _inner()


# ---- names ---------------------------------------------------------------------------------------

# (a highland name keeps its apostrophe: "M'Đrắk", "Cư M'gar", "Đắk R'lấp")
_SYL = re.compile(r"[\wÀ-ỹ]+(?:['’][\wÀ-ỹ]+)*(?:-[\wÀ-ỹ]+)*|\S")


def _past(syl: list[tuple[int, int]], i: int, end: int) -> int:
    """The index of the first syllable from ``i`` that starts at or after ``end``."""
    while i < len(syl) and syl[i][0] < end:
        i += 1
    return i


def _syllables(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    out = []
    for m in _SYL.finditer(text, pos, limit):
        out.append((m.start(), m.end()))
        if len(out) >= 40:
            break
    return out


def _is_cap(s: str) -> bool:
    return s[:1].isupper()


def _verb_start(text: str, pos: int, limit: int) -> bool:
    window = text[pos : min(limit, pos + 30)].lstrip(" \t")
    low = window[:1].lower() + window[1:]
    return verbs_re().match(low) is not None


# what "cấp" names in a body's name: its level ("cấp tỉnh", "cấp cao", "cấp ủy")
_LEVEL_WORDS = frozenset({"tỉnh", "huyện", "xã", "cơ", "trung", "cao", "quốc", "bộ", "sở", "ngành", "thành", "quận",
                     "phường", "trên", "dưới", "ủy", "uỷ", "i", "ii", "iii", "1", "2", "3", "thị", "vùng", "khu"})
# (a national body's office in a place: "Trung tâm Truyền hình Việt Nam tại thành phố Cần Thơ")
_OF_THE_NATION = re.compile(r"Việt\s+Nam\s*$")
_MISSION = re.compile(r"(?:s[ứự]\s+quán|[Đđ]ại\s+diện|cấp\s+cao|[Cc]hi\s+nhánh|thường\s+trú)\s*$")
_PLACE_KINDS = r"(?:huyện|quận|xã|phường|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|đặc\s+khu)"
# "các huyện, thành phố", "các tỉnh, thành phố trực thuộc Trung ương"
# (and the short "các huyện, thành, thị" for towns and cities, or their initials: "các huyện, TX, TP")
# (… and the neighbourhoods and villages under a commune: "Ban Điều hành các khu phố", "… các thôn, bản")
_VILLAGE_KINDS = r"(?:khu\s+phố|tổ\s+dân\s+phố|thôn|ấp|bản|buôn|xóm|khóm)"
_EACH_PLACES = (rf"các\s+(?:{_PLACE_KINDS}|{_VILLAGE_KINDS}(?![\wÀ-ỹ])|khu\s+vực(?![\wÀ-ỹ]))"
                rf"(?:\s*(?:,|và|/)\s*(?:{_PLACE_KINDS}|{_VILLAGE_KINDS}|liên\s+tỉnh|(?:thành|thị)(?![\wÀ-ỹ])"
                # ("các xã, TT": the towns by their initials; "TT Y tế" a centre's)
                r"|(?:TX|TP)(?![\wÀ-ỹ]|\.[ \t]*[A-ZĐ])|TT(?![\wÀ-ỹ]|\.?[ \t]*[A-ZĐÀ-Ỹ])))*"
                r"(?:\s+trực\s+thuộc\s+(?i:trung\s+ương|TW|TƯ)(?![\wÀ-ỹ]))?")
_EACH_PLACE = re.compile(rf"{_EACH_PLACES}(?![\wÀ-ỹ])")
# the Party's and the Youth Union's committees of each place: "… các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc
# Tỉnh ủy", "… các huyện đoàn, thị đoàn, thành đoàn và đoàn trực thuộc Tỉnh đoàn"
# (a place's own committee first: "các đoàn" alone are delegations, "các cấp ủy" any committee)
_ORGAN_KIND = r"(?i:(?:huyện|quận|thị|thành|tỉnh)\s+(?:ủy|uỷ|đoàn)|đảng\s+(?:ủy|uỷ|bộ)|chi\s+bộ|cơ\s+sở\s+đoàn)"
_BLOC = re.compile(r"[Kk]hối\s+(?:(?:các\s+)?cơ\s+quan(?:\s+và\s+doanh\s+nghiệp)?|doanh\s+nghiệp)(?![\wÀ-ỹ])")
# (… the list's next kinds, then whom they all come under: "…, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy")
_MORE_ORGAN_KINDS = rf"(?:\s*(?:,|và)\s*(?:{_ORGAN_KIND}|đoàn(?=\s+trực\s+thuộc)))"
_ORGANS_UNDER = (r"(?:\s+trực\s+thuộc\s+(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ|đoàn|Đoàn)|Trung\s+ương))?"
                 r"(?![\wÀ-ỹ])")
_EACH_ORGAN = re.compile(rf"các\s+(?:{_ORGAN_KIND}){_MORE_ORGAN_KINDS}*{_ORGANS_UNDER}")
# (… its list going on after a place's own committee in small letters: "… tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung
# ương")
_MORE_ORGANS = re.compile(rf"{_MORE_ORGAN_KINDS}+{_ORGANS_UNDER}")
_BRANCH_NO = re.compile(r"\d{1,2}|[IVXL]{1,5}")
_UNIT_NO = re.compile(r"\d{1,3}(?:-\d{1,2})?")
# (a body's number the wrap put on the next line, then the sentence: "… thị trường số ⏎ 3 chủ trì …",
# "… số ⏎ 3, Công an")
_NO_THEN_WORDS = re.compile(rf"[ \t]+[{LOWER}]|[ \t]*,")
_NUMBER_GOES_ON = re.compile(r"[ \t]*(?:[/.%\d]|ngày|tháng|năm|người|lượt|tỷ|triệu|đồng|ha|km|bản|lần)", re.I)


# heads of bodies that name their parent after them, if anything ("Bộ Tư lệnh Bộ đội Biên phòng" is no such)
_NO_NESTING = frozenset({"vụ", "cục", "sở", "phòng", "viện", "trung tâm", "chi cục", "tổng cục", "báo", "đài",
                         "trường", "bệnh viện", "văn phòng", "tạp chí", "nhà xuất bản"})
# the organisational heads one of them may meet inside its name: only its parent's
_ORGAN_HEADS = frozenset({"bộ", "sở", "cục", "vụ", "tổng cục", "chi cục", "trung tâm", "phòng", "văn phòng", "đài",
                          "báo", "viện", "trường", "bệnh viện", "ủy ban nhân dân", "ubnd", "tập đoàn", "tổng công ty",
                          "tạp chí", "nhà xuất bản", "thanh tra", "học viện"})
# the level a place's name follows ("tỉnh", "huyện"), and the heads no place's name opens with
_PLACE_LEVELS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "phố", "trấn"})
# a name's place, the last words before a comma: "… tỉnh,", "… trực thuộc Trung ương,"
_PLACE_ENDED = re.compile(rf"(?<![\wÀ-ỹ])(?:{_PLACE_KINDS}|[Tt]rung\s+ương)[ \t]*$")
_PLACE_KIND_NEXT = re.compile(rf"(?i:{_PLACE_KINDS}|tp)(?![\wÀ-ỹ])")  # (a place's kind, however it is written)
_NAMES_NO_PLACE = frozenset({"sở", "bộ", "cục", "vụ", "chi cục", "tổng cục", "văn phòng", "ubnd", "ủy ban nhân dân",
                             "trung tâm"})
_UNDER = frozenset({"bộ", "sở", "tổng cục", "cục", "ủy ban nhân dân", "ubnd", "tập đoàn", "tổng công ty"})
_NATIONAL_NAME_END = re.compile(r"(?:Việt\s+Nam|quốc\s+gia|[Tt]rung\s+ương)\s*\Z")
_CAP_NEXT = re.compile(rf"[ \t]+[{UPPER}]")
_PLACE_ORGAN = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:[Đđ]oàn|[Ủủ]y|[Uu]ỷ)(?![\wÀ-ỹ])")
_LEVEL_OF = re.compile(r"cấp\s+(?:tỉnh|huyện|xã)(?![\wÀ-ỹ])")
_PARENTS: dict[str, frozenset[str]] = {
    "sở": frozenset({"ủy ban nhân dân", "ubnd"}),
    "cục": frozenset({"bộ", "tổng cục"}),
    "tổng cục": frozenset({"bộ"}),
    "vụ": frozenset({"bộ", "tổng cục"}),
    **{k: _UNDER for k in ("chi cục", "trung tâm", "phòng", "viện", "trường", "bệnh viện", "văn phòng", "báo", "đài",
                           "tạp chí", "nhà xuất bản", "thanh tra")},
}


_SP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # a space, or a line's end inside the sentence
_FIELD_LIST = re.compile(rf",{_SP}(?P<a>[a-zà-ỹđ]+(?:{_SP}[a-zà-ỹđ]+){{0,3}}?){_SP}và{_SP}"
                         rf"(?P<b>[a-zà-ỹđ]+(?:{_SP}[a-zà-ỹđ]+){{0,3}})")


def _fields_end(text: str, pos: int, limit: int) -> int | None:
    """Where ", thương mại và du lịch" after a name's field ends: two fields in small letters joined by "và",
    each a word of the dictionary, then the name's end (a place may follow). ``None`` when it is no such list."""
    m = _FIELD_LIST.match(text, pos, min(limit, pos + 80))
    if m is None:
        return None
    known = _words()
    first = " ".join(m.group("a").split())
    if (first not in known and first not in _inner()) or verbs_re().fullmatch(first) or first in _places():
        return None
    words_b = list(re.finditer(r"\S+", m.group("b")))
    for n in range(len(words_b), 0, -1):
        field = " ".join(w.group(0) for w in words_b[:n])
        if field in known and field not in _places() and not verbs_re().fullmatch(field):
            return _with_place(text, m.start("b") + words_b[n - 1].end(), limit)
    return None


@lru_cache(maxsize=8192)
def _organ_kind(head: str) -> str | None:
    """The organisational kind a head names ("Đài Phát thanh - Truyền hình" → "đài"), if any."""
    h = fold(head)
    return next((k for k in _ORGAN_HEADS if h == k or h.startswith(k + " ")), None)


@cache
def paired_re() -> re.Pattern[str]:
    """Two activities joined by a comma, as agency names write them ("khám, chữa bệnh")."""
    alt = "|".join(r"\s*,\s*".join(r"\s+".join(map(re.escape, part.split())) for part in p.split(","))
                   for p in sorted(_grammar().get("paired", ()), key=len, reverse=True))
    return re.compile(rf"(?i:{alt})(?![\wÀ-ỹ])")


@cache
def _paired_firsts() -> frozenset[str]:
    return frozenset(p.split()[0].rstrip(",").lower() for p in _grammar().get("paired", ()))  # ("lụt," of "lụt, bão")


def _paired_at(text: str, syl: list[tuple[int, int]], i: int, limit: int) -> int | None:
    """Where a pair of activities joined by the comma at ``syl[i]`` ends, if one does."""
    def governed(k: int) -> bool:
        # the pair is the name's own: it opens it, right after the head ("Cảnh sát phòng cháy, chữa cháy")
        # or in capitals, or a governing word takes it ("Cục Phòng, chống tham nhũng, tiêu cực")
        before = " ".join(text[a:b] for a, b in syl[max(0, k - 2) : k]).lower()
        return k == 0 or _is_cap(text[syl[k][0] : syl[k][1]]) or before in _governing() \
            or before.split()[-1:] == ["và"] or (before.split()[-1:] or [""])[0] in _governing()

    if text[syl[i][0] : syl[i][1]] != ",":
        m = paired_re().match(text, syl[i][0], limit)  # "Cục Quản lý khám, chữa bệnh" from its first word
        return m.end() if m is not None and "," in m.group(0) and governed(i) else None
    for back in (1, 2, 3):  # "Vụ Thi đua, khen thưởng" from the comma after the words it joins
        if i - back >= 0 and (m := paired_re().match(text, syl[i - back][0], limit)) is not None \
                and m.end() > syl[i][1] and governed(i - back):
            return m.end()
    return None


def _known_across(text: str, pos: int, nxt: int, limit: int) -> bool:
    """Does a known name open at ``pos`` and run past ``nxt`` ("Văn phòng Bộ ⏎ Công an": "Bộ Công an")?"""
    known = _gazetteer_at(text, pos, limit)
    return known is not None and known[1] > nxt


def known_cut(prev: str, line: str) -> bool:
    """Does a name the gazetteer knows open among ``prev``'s last words and go on into ``line``, cut by the break
    inside it ("Tỉnh Đoàn, Hội Liên hiệp ⏎ Phụ nữ tỉnh") — not a whole name the next line's words could extend ("Sở
    Xây dựng ⏎ UBND tỉnh")?"""
    joined = f"{prev} {line}"
    cut = len(prev)
    for w in _CAPITAL_WORD.finditer(joined, max(0, cut - 60), cut):
        ends = [e for e, _ in _gazetteer_ends(joined, w, cut + 60)]
        # (a name that ends on the line may end at the break)
        if ends and ends[-1] > cut and not any(e <= cut for e in ends):
            return True
    return False


def _about_subject(text: str, syl: list[tuple[int, int]], k: int, limit: int) -> bool:
    """Does ``syl[k]`` open a subject in capitals, not another body or a document ("… về Kế hoạch số …")?"""
    word = text[syl[k][0] : syl[k][1]]
    pair = " ".join(text[a:b] for a, b in syl[k : k + 2])
    return _is_cap(word) and word.isalpha() and not word.isupper() \
        and _heads_re().match(text, syl[k][0], limit) is None \
        and vocab.doc_type(word) is None and vocab.doc_type(pair) is None


@cache
def _company_forms() -> frozenset[str]:
    return frozenset([*_grammar()["company_forms"], *(w for f in _SPELLED_FORMS for w in f.split())])


def _is_form(tok: str) -> bool:
    return tok in _company_forms() or tok.lower() in _company_forms()


# a company's legal form written out in small letters
_SPELLED_FORMS = ("trách nhiệm hữu hạn", "một thành viên", "hai thành viên trở lên", "cổ phần")
_ONE_OR_MORE = r"(?:một\s+thành\s+viên|hai\s+thành\s+viên\s+trở\s+lên)"
_SPELLED_FORM = re.compile(rf"(?i)(?:trách\s+nhiệm\s+hữu\s+hạn|{_ONE_OR_MORE}|cổ\s+phần)(?:\s+{_ONE_OR_MORE})?"
                           r"(?![\wÀ-ỹ])")


_BARE_PARENT = re.compile(r"(?<![\wÀ-ỹ])(?:Bộ|Sở|BỘ|SỞ)$")


# capitals joined by "&" or "-", an abbreviation's run: "TT&DL", "LĐ-TB&XH"
_ABBREVIATION_RUN = re.compile(r"[A-ZĐ]{1,6}(?:[&-][A-ZĐ]{1,6})*(?![\wÀ-ỹ])")
_ABBREVIATIONS_PAIRED = re.compile(r"/[A-Z]{2,}(?![\wÀ-ỹ])")


# the other zones a zone's board runs, after its first: "… Khu kinh tế và các khu công nghiệp"
_MORE_ZONES = re.compile(r"và\s+(?:các\s+)?(?i:khu\s+(?:công\s+nghiệp|kinh\s+tế|chế\s+xuất|công\s+nghệ\s+cao))"
                         r"(?![\wÀ-ỹ])")


_ASSOCIATION_HEAD = re.compile(r"(?:Hội|Hiệp\s+hội|Liên\s+hiệp|Liên\s+đoàn)$")
# whom an association gathers, in small letters before its place or name: "Hiệp hội Các nhà bán lẻ Việt Nam"
_MEMBERS = re.compile(rf"[ \t]+(?:[Cc]ác|CÁC|[Nn]hững)[ \t]+(?:nhà|tổ[ \t]+chức|doanh[ \t]+nghiệp|hội)"
                      rf"(?:[ \t]+[{LOWER}][\wÀ-ỹ]*){{0,5}}(?=[ \t]+[{UPPER}])")


def _runs_to_own_place(text: str, syl: list[tuple[int, int]], i: int, limit: int) -> bool:
    """Do the capitalised words at syllable ``i`` run to a place level of their own that ends them ("… tỉnh Hội Nông dân
    tỉnh", then nothing or the next body), as a body's name does and no place's name ("phường Hội Phú thành phố
    Pleiku" goes on with its city's)?"""
    for k in range(i + 2, min(len(syl), i + 7)):
        tok = text[syl[k][0] : syl[k][1]]
        if not tok[:1].isalpha():
            return False
        if tok in _PLACE_LEVELS:
            if k + 1 == len(syl):
                return True
            nxt = text[syl[k + 1][0] : syl[k + 1][1]]
            return not _is_cap(nxt) or _heads_re().match(text, syl[k + 1][0], limit) is not None
    return False


# where each name read in the document's text ends (the units, tasks and tree read the same openings), by
# ``name_end``'s arguments; emptied after each document by ``forget_texts``
_NAME_ENDS: dict[tuple[str, int, int, bool, bool, str | None], int] = {}
_MOST_NAME_ENDS = 100_000


def name_end(text: str, head_end: int, limit: int, after_head: bool = False, bare: bool = False,
             within: str | None = None) -> int:
    """Where the name that starts with an organisational head ending at ``head_end`` ends (see ``_name_end``), past
    the number it may end with after small letters that read as work ("Vụ Địa bàn kiểm tra số 3")."""
    key = (text, head_end, limit, after_head, bare, within)
    if (end := _NAME_ENDS.get(key, -1)) < 0 or id(text) in _READING_SHORT_FORMS:
        end = _name_end(text, head_end, limit, after_head, bare, within)
        if id(text) not in _READING_SHORT_FORMS:  # (read again once the text's short forms are known)
            if len(_NAME_ENDS) >= _MOST_NAME_ENDS:
                _NAME_ENDS.clear()  # (names read outside a document's parse: held no longer than a document's)
            _NAME_ENDS[key] = end
    numbered = _NUMBERED_NAME_END.match(text, end, limit)
    if numbered is not None:
        return numbered.end()
    if (again := _NOUN_AGAIN.match(text, end, limit)) is not None \
            and again.group("w") in text[head_end:end].split() and not verbs_re().search(again.group(0)):
        return again.end()  # "Ban Quản lý rừng phòng hộ, rừng đặc dụng": the name's noun again, its second kind
    return end


# a name's own noun again after its comma, with the second kind it names: ", rừng đặc dụng" (not a level's: "cấp
# huyện, cấp xã" names each level's body)
_NOUN_AGAIN = re.compile(r",[ \t\n]+(?P<w>(?!cấp\b|các\b)[a-zà-ỹđ]+)(?:[ \t\n]+[a-zà-ỹđ]+){1,2}"
                         r"(?:[ \t]+(?:tỉnh|thành\s+phố|huyện))?(?=[ \t\n]*(?:[,;:.)]|$|\n|[ \t]+và\b))")


# the role a body takes, in a title of capitals: "CHI CỤC QUẢN LÝ ĐẤT ĐAI CHỦ TRÌ" (no name goes on with it)
_CAPS_ROLES = r"(?:CHỦ[ \t]+TRÌ|PHỐI[ \t]+HỢP)"
_CAPS_ROLE = re.compile(rf"{_CAPS_ROLES}(?![\wÀ-ỹ])")
_CAPS_ROLE_END = re.compile(rf"(?<=[{UPPER}])[ \t\n]+{_CAPS_ROLES}[ \t*_:.]*$")  # (ending a heading)
# a name's number after its small letters: "Vụ Địa bàn kiểm tra số 3", "Đội Kiểm tra liên ngành số 2"
_NUMBERED_NAME_END = re.compile(r"(?:[ \t]+(?!và\b|của\b|với\b)[a-zà-ỹđ]+){1,3}[ \t]+số[ \t]+\d{1,2}(?![\w/.,-])")


def _name_end(text: str, head_end: int, limit: int, after_head: bool = False, bare: bool = False,
              within: str | None = None) -> int:
    """Where the name that starts with an organisational head ending at ``head_end`` ends (``bare``: a head
    that names no body alone, whose next word is the name's own even on the next line: "Cục ⏎ Quản lý …"; ``within``:
    the kind of head whose name goes on here, read from its middle: "Cục Kiểm tra văn bản và" + "Quản lý …").

    >>> t = "Sở Giáo dục và Đào tạo chủ trì, phối hợp"
    >>> t[:name_end(t, 2, len(t))]
    'Sở Giáo dục và Đào tạo'
    """
    syl = _syllables(text, head_end, min(limit, head_end + 300))
    words = _words()
    # (the kinds of the heads that end here, read once: the first is the name's kind, the first that names only its
    # parent after it the nesting's)
    kinds = [_organ_kind(h.group(0)) for w in _WORD_AT.finditer(text, max(0, head_end - 40), head_end)
             if (h := _heads_re().match(text, w.start(), head_end)) is not None and h.end() == head_end]
    own = next((k for k in kinds if k in _NO_NESTING), None) or (within if within in _NO_NESTING else None)
    own_kind = within or (kinds[0] if kinds else None)
    end = head_end
    pair_end = -1  # where a pair of activities the name holds ended
    i = 0
    if _ASSOCIATION_HEAD.search(text, max(0, head_end - 12), head_end) \
            and (members := _MEMBERS.match(text, head_end, limit)) is not None:
        end = members.end()  # "Hiệp hội Các nhà bán lẻ Việt Nam": whom the association gathers, then its place
        i = _past(syl, 0, end)
    while i < len(syl):
        s, e = syl[i]
        tok = text[s:e]
        if tok == "VÀ" and i > 0 and text[syl[i - 1][0] : syl[i - 1][1]].isupper():
            tok = "và"  # a name in capitals joins with "VÀ" as any name with "và"
        gap = text[end:s]
        if "\n\n" in gap or any(c in gap for c in ";:()“”\""):
            break
        if tok in (",", "và") and i + 1 < len(syl) and (local := _short_forms(text)) is not None \
                and local.pattern.match(text, syl[i + 1][0]) is not None:
            break  # "Đại học Quốc gia Thành phố, SNgV …": a short form the document gave another body
        if i > 0 and text[syl[i - 1][0] : syl[i - 1][1]] in ("-", "–") and _dash_work_re().match(text, s, limit):
            # "2. Sở Tài chính - ⏎ Trên cơ sở …", "Sở KH&ĐT – Chủ trì …": the dash ends a heading's name before
            # its work ("Phòng Thanh tra - Kiểm tra" is a name), or right after its head ("Tỉnh đoàn – Ủy viên: …")
            end = syl[i - 2][1] if i > 1 else head_end
            break
        if "\n" in gap and tok in ("-", "–", "+", "•") and i > 0 and i + 1 < len(syl) \
                and (text[syl[i - 1][0] : syl[i - 1][1]].lower(), text[syl[i + 1][0] : syl[i + 1][1]].lower()) \
                not in dashed_pairs():
            break  # "… Thống kê tỉnh ⏎ - Báo cáo …": the next line's item, no field the dash joins to the name
        if tok == "." and i > 0 and text[syl[i - 1][0] : syl[i - 1][1]] in ("TP", "Tp") and not gap \
                and i + 1 < len(syl) and _is_cap(text[syl[i + 1][0] : syl[i + 1][1]]):
            end, i = e, i + 1  # "UBND TP. Đà Lạt": the city's abbreviation, its stop and its name
            continue
        if after_head and all(_is_form(text[a:b]) for a, b in syl[:i]) \
                and (form := _SPELLED_FORM.match(text, s, limit)) is not None:
            # "Công ty TNHH một thành viên …", "Công ty trách nhiệm hữu hạn …": a company's legal form written out
            end = form.end()
            i = _past(syl, i, end)
            continue
        prev = text[syl[i - 1][0] : syl[i - 1][1]] if i > 0 else ""
        # (the head of a body the token opens, if any, read once for the rules below)
        h = _heads_re().match(text, s, limit) if _is_cap(tok) else None
        if h is not None and _not_agency(text, s, limit):
            h = None
        kind = _organ_kind(h.group(0)) if h is not None else None
        if own is not None and kind is not None and h is not None and not (i > 0 and is_place_name(f"{prev} {tok}")):
            # ("Hải Phòng" is a place)
            if i > 0 and kind not in _PARENTS.get(own, ()) and not (kind == "thanh tra" and prev in ("-", "–")) \
                    and (f"{prev} {tok}".lower() not in _words() or " " in h.group(0) or not _is_cap(prev)):
                # "Vụ Pháp chế Vụ Kế hoạch - Tài chính", "Sở Thông tin và Truyền thông Đài Phát thanh …": a
                # body is followed in its name only by the body it belongs to ("Vụ Pháp chế Bộ Y tế",
                # "Trung tâm Y tế huyện"), the next body begins ("Sở Tư pháp Văn phòng UBND tỉnh", a cell's
                # names run together: "pháp văn" is a word, "Văn phòng" a head of its own; "Phòng Pháp chế - Thanh
                # tra" joins its two fields with a dash; a word of two capitals is the name's, "Bộ Quốc Phòng", but
                # "Cục Biến đổi khí hậu Viện …" begins another)
                break
            if i > 0 and kind in _PARENTS.get(own, ()) and (
                    _EACH_PLACE.match(text, (at := _past_space(text, h.end(), limit)), limit) is not None
                    or _LEVEL_OF.match(text, at, limit) is not None):
                # "Sở Tư pháp UBND các huyện, thành phố", "Sở TN&MT UBND cấp huyện": a cell's names run together; a
                # body belongs to one parent, the committees of each place or of a level are the next body
                break
            if kind in _PARENTS.get(own, ()):
                own = kind  # the body it belongs to, whose own parent alone may follow: "Văn phòng UBND tỉnh"
        if i > 0 and kind is not None and h is not None and (
                # "Bộ Tài chính Bộ Kế hoạch và Đầu tư", "… Bộ Công Thương Bộ Xây dựng": no body holds one of its kind,
                # nor two parents
                ((kind == own_kind or any(_organ_kind(x.group(0)) == kind for x in _heads_in(text, head_end, s)))
                 and _CAP_NEXT.match(text, h.end(), limit) is not None)
                # "Bộ Công an Sở Tài nguyên và Môi trường …", "Cục Biển và Hải đảo Việt Nam Bộ Quốc phòng": a
                # ministry's name holds no other body, nor does one that ends with its country, nor the ministry
                # it belongs to ("Thanh tra Bộ Văn phòng Bộ")
                or ((own_kind == "bộ" or _NATIONAL_NAME_END.search(text, head_end, end) or prev in ("Bộ", "Sở"))
                    and (kind != "bộ" or _CAP_NEXT.match(text, h.end(), limit) is not None))):
            break  # (a cell's names run together)
        if tok == "và" and i > 1 and i + 1 < len(syl) and _is_cap(text[syl[i + 1][0] : syl[i + 1][1]]) \
                and _PLACE_BEFORE.search(text, max(head_end, s - 40), s) is not None \
                and any(is_place_name(" ".join(text[a:b] for a, b in syl[i + 1 : k])) for k in (i + 2, i + 3, i + 4)):
            break  # "Ủy ban nhân dân tỉnh Đồng Tháp và Tây Ninh": two places, each its own committee
        if tok == "và" and prev in _PLACE_LEVELS and i + 1 < len(syl) \
                and _is_cap(text[syl[i + 1][0] : syl[i + 1][1]]) \
                and not is_place_name(" ".join(text[a:b] for a, b in syl[i + 1 : i + 3])):
            break  # "Hội Cựu chiến binh huyện và Tổ công nghệ số …": a name that reached its place has ended
        if tok == "," and i + 1 < len(syl) and _PLACE_ENDED.search(text, max(head_end, s - 24), s) is not None \
                and _is_cap(nxt := text[syl[i + 1][0] : syl[i + 1][1]]) and fold(nxt) not in ("các", "những") \
                and not _PLACE_KIND_NEXT.match(text, syl[i + 1][0]) \
                and not any(is_place_name(" ".join(text[a:b] for a, b in syl[i + 1 : k])) for k in range(i + 2, i + 5)):
            break  # "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, Y tế các Bộ, ngành": a name that reached its
            # place has ended; the field after the comma is another body's (not "Sở Văn hóa, Thể thao và Du lịch")
        if prev in _PLACE_LEVELS and _PLACE_ORGAN.match(text, s, limit):
            break  # "Hội Nông dân tỉnh Tỉnh Đoàn": the place's own Party or Youth Union committee is the next body
        if prev in _PLACE_LEVELS and h is not None and (kind in _NAMES_NO_PLACE or len(h.group(0).split()) >= 2
                                               or (h.group(0).isupper() and len(h.group(0)) >= 2)
                                               or _gazetteer_at(text, s, limit) is not None
                                               or _runs_to_own_place(text, syl, i, limit)) \
                and not (i + 1 < len(syl) and is_place_name(f"{tok} {text[syl[i + 1][0] : syl[i + 1][1]]}")):
            # "UBND tỉnh Sở Tư pháp", "Công an tỉnh BCH Quân sự tỉnh", "Văn phòng UBND tỉnh Công an tỉnh": a cell's
            # names run together; no place's name opens with a body's head (of two words, or its initials), nor with
            # a body the gazetteer knows, nor runs to a place of its own ("Hội Liên hiệp Phụ nữ tỉnh Hội Nông dân tỉnh")
            break
        if own == "sở" and i > 0 and h is not None and kind is None and prev not in ("và", "-", "–", "&") \
                and "," not in gap:
            break  # "Sở Nội vụ Công an tỉnh": a department's name holds its field alone, the next body begins
        if tok == "Là":
            break  # "Văn phòng Sở ⏎ Là đầu mối …": no name goes on with "is"
        if i > 0 and tok.isupper() and _CAPS_ROLE.match(text, s, limit) is not None:
            break  # "CHI CỤC QUẢN LÝ ĐẤT ĐAI CHỦ TRÌ": a group's title in capitals, who leads it, then its role
        low = tok.lower()
        after_joiner = i > 0 and text[syl[i - 1][0] : syl[i - 1][1]] in ("-", "–", "và", "&")
        place = i + 1 < len(syl) and is_place_name(f"{tok} {text[syl[i + 1][0] : syl[i + 1][1]]}")
        # (… or it ends the place the word before opened: "Lâm Đồng" before "chủ trì", not "đồng chủ trì"; "Bình Định"
        # before "hướng dẫn")
        place = place or (i > 0 and _is_cap(prev) and is_place_name(f"{prev} {tok}"))
        # (the abbreviations of a company's form stand between: "Công ty TNHH MTV Quản lý công trình …")
        if _is_cap(tok) and not tok.isupper() and not after_joiner and not place and not (bare and i == 0) \
                and (not after_head or not all(_is_form(text[a:b]) for a, b in syl[:i])
                     or ("\n" in gap and not i)) \
                and _verb_start(text, s, limit) \
                and not any((hh := _heads_re().match(text, syl[k][0], limit)) is not None and hh.end() > s
                            for k in range(max(0, i - 3), i)):
            # "Công an tỉnh Là cơ quan …", "Sở Y tế Phối hợp …": a sentence begins — but the word right
            # after a head is the name's own, or a head's own word ("Cục Quản lý …", "Ban Kiểm tra …", "Tổ giúp việc
            # Ban Chỉ đạo", "Văn phòng Ủy ban Kiểm tra Trung ương")
            break
        if "\n" in gap and i > 0 and _is_cap(tok) and _heads_re().match(text, s, limit) is not None \
                and text[syl[i - 1][0] : syl[i - 1][1]] not in ("-", "–") \
                and not _not_agency(text, s, limit) and not _known_across(text, syl[i - 1][0], s, limit) \
                and not is_place_name(f"{text[syl[i - 1][0] : syl[i - 1][1]]} {tok}") \
                and not any(_heads_re().fullmatch(text, syl[k][0], syl[i - 1][1])
                            and (known := _gazetteer_at(text, syl[k][0], limit)) is not None and known[1] > s
                            for k in range(max(0, i - 3), i)) \
                and not (_COMMITTEE_OF_BOARD.match(text, s, limit) and _PARTY_ORGAN.search(text, max(0, head_end - 20),
                                                                                          head_end)) \
                and not (tok.isupper() and _caps_words_before(text, syl[i - 1][1])):
            # ("Hải ⏎ Phòng" is a place; "Thanh tra Tổng cục ⏎ Hải quan": a bare head goes on with a known name;
            # "Ban Nội chính ⏎ Tỉnh ủy": a Party committee's board, the committee it belongs to; "4. PHÒNG TÀI
            # NGUYÊN VÀ MÔI ⏎ TRƯỜNG:": a heading in capitals cut inside its name)
            break  # "… Vụ Kế hoạch - Tài chính ⏎ Vụ Kế hoạch - Tài chính là đầu mối …": the next line's own name
        if "\n" in gap and i == 0 and not bare and _is_cap(tok) \
                and (h := _heads_re().match(text, s, limit)) is not None and _organ_kind(h.group(0)) is not None \
                and not _not_agency(text, s, limit) \
                and not _known_across(text, text.rfind("\n", 0, head_end) + 1, s, limit) \
                and not _OWNER_ALONE.match(text, s, limit):
            # ("Văn phòng Bộ, Thanh tra ⏎ Bộ phối hợp …": the owner a wrap put on the next line, no name of its own)
            break  # "Tỉnh Đoàn ⏎ Sở Giáo dục và Đào tạo": a cell's names one per line; a body named by its head alone
        if i == 0 and _BARE_PARENT.search(text, max(0, head_end - 4), head_end) and _is_cap(tok) \
                and (h := _heads_re().match(text, s, limit)) is not None \
                and (_organ_kind(h.group(0)) is not None or fold(h.group(0)).startswith(("ủy ban", "uỷ ban"))):
            # "Văn phòng Bộ ⏎ Vụ Pháp chế", "Văn phòng Bộ Ủy ban Chứng khoán Nhà nước": a cell's names one per line or
            # run together; "Bộ" ended the first (no ministry's name opens with a department's head)
            break
        if "\n" in gap and i > 1 and _is_cap(tok) and not place and not is_place_name(tok) \
                and is_place_name(f"{text[syl[i - 2][0] : syl[i - 2][1]]} {text[syl[i - 1][0] : syl[i - 1][1]]}") \
                and text[syl[i - 2][0] : syl[i - 2][1]][:1].isupper() and _heads_re().match(text, s, limit) is None:
            # ("Bệnh viện Trung ương ⏎ Huế": the place a name ends with, one word)
            break  # "… Bưu điện tỉnh An Giang ⏎ Đầu tư phát triển hạ tầng …": the name ended with its place
        if i > 1 and _is_cap(tok) and not place and "\n" not in gap \
                and is_place_name(f"{text[syl[i - 2][0] : syl[i - 2][1]]} {text[syl[i - 1][0] : syl[i - 1][1]]}") \
                and text[syl[i - 2][0] : syl[i - 2][1]][:1].isupper() \
                and (h := _heads_re().match(text, s, limit)) is not None and not _not_agency(text, s, limit) \
                and (len(h.group(0).split()) >= 2 or (h.group(0).isupper() and len(h.group(0)) >= 2)
                     or _organ_kind(h.group(0)) is not None) \
                and _BRANCH_HEAD.match(h.group(0)) is None:  # (its branch: "… Việt Nam Chi nhánh Khu vực 4")
            break  # "Viettel Bình Định Viễn thông Bình Định": a cell's names run together, the first ended at its place
        if "\n" in gap and i > 0 and _is_cap(tok) and _verb_start(text, s, limit) \
                and _ENDS_WITH_PLACE.search(text, max(head_end, end - 80), end):
            break  # "8. Ban điều hành các khu phố ⏎ Lập danh sách …": the heading's name, then its work
        if i > 0 and tok in ("Các", "Những") and (
                "\n" in gap or text[syl[i - 1][0] : syl[i - 1][1]] not in ("Hiệp", "Hội")):
            # "Vụ Pháp chế ⏎ Các Viện nghiên cứu": a line that opens a plural names other bodies; so does a capital
            # plural inside a line ("Công an tỉnh Các sở, ngành": a cell's names run together)
            break
        if "\n" in gap and i == 0 and not bare and _is_cap(tok) and _verb_start(text, s, limit):
            break  # "2. Sở Giáo dục và Đào tạo, Tỉnh đoàn ⏎ Phối hợp tổ chức …": a body named by its head, its work
        if "\n" in gap and _is_cap(tok) and i > 0 and text[syl[i - 1][0] : syl[i - 1][1]].lower() in _places() \
                and _COMMA_OR_SMALL.match(text[e : e + 3]):
            break  # "Công an tỉnh⏎Phòng, chống …": a heading's name, then its text (a place name goes on in capitals)
        if "\n" in gap and i > 0 and tok.isupper() and text[syl[i - 1][0] : syl[i - 1][1]].isupper() \
                and not _caps_words_before(text, syl[i - 1][1]):
            # "Vụ PC ⏎ TCMT": a cell's names one per line, the first whole (not "3. PHÒNG TÀI CHÍNH - KẾ ⏎ HOẠCH")
            break
        if i > 0 and _VILLAGE_BOARD.match(text, s, limit):
            break  # "Điện lực Thạnh Phú Ban nhân dân các ấp": a village's board is no part of another body's name
        if "\n" in gap and i > 0 and _LINE_OPENS_PHRASE.match(text, s, limit):
            break  # "1. Trung tâm Kiểm soát bệnh tật Thành phố ⏎ Đối với công tác giám sát …": the next line's phrase
        if _is_cap(tok) and (tok.isalpha() or "-" in tok or "'" in tok or "’" in tok):
            # a capital syllable and the lower-case ones that complete a dictionary word with it
            j = i + 1
            best = j
            # the grammar's compounds first: "Giáo dục thường xuyên", "Cảnh sát giao thông" (a word of
            # them may read as a verb)
            for k in range(min(len(syl), i + _compound_words().get(tok.lower(), 1)), i + 1, -1):
                if " ".join(text[a:b] for a, b in syl[i:k]).lower() in _compounds() \
                        and all(text[a:b].islower() for a, b in syl[i + 1 : k]):
                    best = j = k
                    break
            while j < len(syl) and j - i <= 3:
                nxt = text[syl[j][0] : syl[j][1]]
                if not nxt.isalpha() or _is_cap(nxt):
                    break
                joined = " ".join(text[a:b] for a, b in syl[i : j + 1]).lower()
                verb = verbs_re().match(text, syl[j][0], limit)
                if verb is not None and (joined not in words or verb.end() > syl[j][1]):
                    break  # "Sở Y tế chủ trì" — but "Chương trình" is one word
                if joined in words:
                    best = j + 1
                j += 1
            end = syl[best - 1][1]
            i = best
            if tok.isupper() and (slashed := _ABBREVIATIONS_PAIRED.match(text, end, limit)) is not None:
                end = slashed.end()  # "Cục Phòng, chống HIV/AIDS"
                i = _past(syl, i, end)
            if i >= 2 and i < len(syl) and fold(text[syl[i - 2][0] : end]) == "khu vực" \
                    and _BRANCH_NO.fullmatch(text[syl[i][0] : syl[i][1]]):
                end, i = syl[i][1], i + 1  # "Ngân hàng Nhà nước Khu vực 5"
            continue
        if _UNIT_NO.fullmatch(tok) and "\n" not in gap and not _NUMBER_GOES_ON.match(text, e):
            end, i = e, i + 1  # "Quân khu 5", "Bệnh viện Nhi đồng 1", "Bệnh viện 19-8": a body's number
            continue
        if low == "số" and "\n" not in gap and i + 1 < len(syl) \
                and ("\n" not in text[e : syl[i + 1][0]] or _NO_THEN_WORDS.match(text, syl[i + 1][1])) \
                and _UNIT_NO.fullmatch(text[syl[i + 1][0] : syl[i + 1][1]]) \
                and not _NUMBER_GOES_ON.match(text, syl[i + 1][1]):
            end, i = syl[i + 1][1], i + 2  # "Đội Quản lý thị trường số 8", "Trường Tiểu học số 1": a body's number
            continue
        if tok.isupper() and len(tok) >= 2 and tok.isalpha():  # an abbreviation: "Sở TTTT", "UBND"
            end, i = e, i + 1
            continue
        if tok == "," and i > 0 and end == s and i + 1 < len(syl) and syl[i + 1][0] == e \
                and text[syl[i - 1][0] : syl[i - 1][1]].isupper() and (run := _ABBREVIATION_RUN.match(text, e)):
            end, i = run.end(), _past(syl, i, run.end())  # "Sở VH,TT&DL": an abbreviation, its fields apart by commas
            continue
        nxt_low = text[syl[i + 1][0] : syl[i + 1][1]].lower() if i + 1 < len(syl) else ""
        if i == 0 and low == "khối" and (bloc := _BLOC.match(text, s, limit)) is not None:
            end = bloc.end()  # "Đoàn khối các cơ quan và doanh nghiệp tỉnh": the body of a bloc of agencies
            i = _past(syl, i, end)
            continue
        if low == "các" and (organs := _EACH_ORGAN.match(text, s, limit)) is not None:
            end = organs.end()  # "Ban Tuyên giáo các huyện ủy, thị ủy …": the board of each place's committee
            i = _past(syl, i, end)
            continue
        if low == "các" and (each := _EACH_PLACE.match(text, s, limit)) is not None:
            # "Phòng Giáo dục và Đào tạo các huyện, thành phố": the body of each place, a collective
            end = _which_places(text, s, each.end(), limit)  # "… các tỉnh, thành phố ven biển": which places
            i = _past(syl, i, end)
            continue
        if (low, nxt_low) == ("các", "cấp"):  # "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố Hà Nội"
            end, i = syl[i + 1][1], i + 2
            continue
        if (low, nxt_low) in (("khu", "vực"), ("chi", "nhánh")):
            # "Kho bạc Nhà nước khu vực XV", "Ngân hàng Nhà nước chi nhánh tỉnh": a branch of the body
            j = i + 2
            if j < len(syl) and _BRANCH_NO.fullmatch(text[syl[j][0] : syl[j][1]]):
                j += 1
            end, i = syl[j - 1][1], j
            continue
        if low in _landmarks() and "\n" not in gap and i + 1 < len(syl) and "\n" not in text[e : syl[i + 1][0]] \
                and _is_cap(nxt := text[syl[i + 1][0] : syl[i + 1][1]]) and nxt.isalpha() \
                and _heads_re().match(text, syl[i + 1][0], limit) is None:
            end, i = e, i + 1  # "Ban Quản lý Khu du lịch quốc gia hồ Tuyền Lâm": a place's kind before its name
            continue
        if low == "vùng" and i + 1 < len(syl) and _BRANCH_NO.fullmatch(text[syl[i + 1][0] : syl[i + 1][1]]):
            end, i = syl[i + 1][1], i + 2  # "Chi cục Thú y vùng VI", "Chi cục Kiểm lâm vùng I": a region's office
            continue
        if low == "vùng" and i > 0 and i + 1 < len(syl) and "\n" not in text[e : syl[i + 1][0]] \
                and _REGION_NAME.match(text, e, limit) is not None \
                and _heads_re().match(text, syl[i + 1][0], limit) is None:
            i += 1  # "Bệnh viện Đa khoa vùng Tây Nguyên": the region it serves, named in capitals
            continue
        if low == "về" and i > 0 and i + 1 < len(syl) and _about_subject(text, syl, i + 1, limit):
            i += 1  # "Văn phòng Quốc gia về Giảm nghèo": a body named with its subject, in capitals
            continue
        if low == "về" and i > 1 and text[syl[i - 2][0] : syl[i - 1][1]].islower() and nxt_low != "việc" \
                and (more := _small_compounds(text, e, limit)) > e:
            # "Cục Giám định nhà nước về chất lượng công trình xây dựng": a name in small letters goes on
            # with its subject
            end = more
            i = _past(syl, i, end)
            continue
        if low == "tại" and i + 1 < len(syl) \
                and (_is_cap(text[syl[i + 1][0] : syl[i + 1][1]]) or nxt_low in _places()) \
                and (_MISSION.search(text, max(0, head_end - 20), head_end)
                     or _MISSION.search(text, max(0, s - 12), s) or _OF_THE_NATION.search(text, max(0, s - 12), s)):
            # "Đại sứ quán Việt Nam tại Nhật Bản", "Tòa án nhân dân cấp cao tại Đà Nẵng", "Chi nhánh Văn phòng Đăng ký
            # đất đai tại huyện Đức Hòa": named with where it is
            i += 1
            continue
        if low in ("thị", "thành") and nxt_low not in ("xã", "trấn", "phố", "ủy", "uỷ"):
            break  # "Cục Quản lý thị trường", "Sở … thành lập": no place
        if low == "cấp" and nxt_low not in _LEVEL_WORDS:
            break  # "Bảo hiểm xã hội tỉnh cấp thẻ …": the verb; "Ủy ban nhân dân cấp huyện" names a level
        if low in _inner() and low not in _places() and (v := verbs_re().match(text, s, limit)) is not None \
                and v.end() > e:
            break  # "Cục Viễn thông nhân danh Bộ trưởng …": a verb of two words ("nhân" of "nhân dân" is a name's)
        if low in _places() or low in _inner() or f"{low} {nxt_low}" in _small_name_words():
            # "tỉnh", "thành phố", "đặc khu" … belong to the name; so do a few lower-case name words,
            # whole when they begin a word ("Bảo trợ xã hội", "Giáo dục dân tộc"), or the longer compound
            # they begin ("Ban Quản lý rừng phòng hộ")
            if low not in _places() and (more := _small_compounds(text, end, limit)) > e:
                end = more
                i = _past(syl, i, end)
                continue
            j = i + 1
            pair = f"{low} {nxt_low}"
            if pair in _places() or pair in _inner() or (pair in words and nxt_low.isalpha()
                                                         and text[syl[i + 1][0] : syl[i + 1][1]].islower()
                                                         and not verbs_re().match(text, syl[i + 1][0], limit)):
                j += 1
            if low == "thành" and j < len(syl) and text[syl[j][0] : syl[j][1]] == "phố":
                j += 1
            if low == "thị" and j < len(syl) and text[syl[j][0] : syl[j][1]] in ("xã", "trấn"):
                j += 1
            if low in _places() and j < len(syl) and fold(text[syl[j][0] : syl[j][1]]) == "ủy":
                j += 1  # "Ban Tuyên giáo và Dân vận tỉnh ủy": the Party committee of the place
            end, i = syl[j - 1][1], j
            if low in _places() and tok.islower() and fold(text[syl[j - 1][0] : syl[j - 1][1]]) == "ủy" \
                    and (organs_on := _MORE_ORGANS.match(text, end, limit)) is not None:
                # "Ban thường vụ tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương": the board of each of those
                # committees, named as a kind in small letters
                end = organs_on.end()
                i = _past(syl, i, end)
            if low in _places() and i > 1 and text[syl[i - 2][0] : syl[i - 2][1]].lower() == "cấp" \
                    and (which := _place_qualifiers_re().match(text, end, limit)) is not None:
                end = _small_compounds(text, which.end(), limit)  # "Ủy ban nhân dân cấp xã ven biển": which of them
                i = _past(syl, i, end)
            continue
        if low == "các" and i + 1 < len(syl) and _is_cap(nxt := text[syl[i + 1][0] : syl[i + 1][1]]) \
                and nxt.isalpha() and (end == head_end or not _heads_re().match(text, syl[i + 1][0], limit)):
            # "Ban Quản lý các Khu công nghiệp": a plural inside the name, with the compound after it; a
            # bare head's plural is its own ("Liên hiệp các Hội Khoa học và Kỹ thuật"); the capital word
            # after it is read as any other ("các Chương trình mục tiêu quốc gia")
            i += 1
            continue
        if tok == "," and i + 1 < len(syl) and i > 0 and (text[syl[i - 1][0] : syl[i - 1][1]].lower() in _places()
                                                         or fold(text[syl[i - 1][0] : syl[i - 1][1]]) == "ủy") \
                and (text[syl[i + 1][0] : syl[i + 1][1]] in _places()
                     or (i + 2 < len(syl) and text[syl[i + 1][0] : syl[i + 2][1]] in _places())):
            i += 1  # "Thống kê tỉnh, thành phố", "Trạm Y tế xã, phường, đặc khu": the offices of each kind of place
            continue
        if tok == "và" and (zones := _MORE_ZONES.match(text, s, limit)) is not None \
                and re.search(r"(?i)\bkhu\s", text[max(0, head_end - 30) : s]) \
                and text[syl[i - 1][0] : syl[i - 1][1]].lower() not in _places():
            end = zones.end()  # "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh": the zones it runs
            i = _past(syl, i, end)
            continue
        if tok == "và" and i + 1 < len(syl) and nxt_low in _paired_firsts() \
                and (end == pair_end or text[syl[i - 1][0] : syl[i - 1][1]].lower() not in _places()) \
                and (paired := _paired_at(text, syl, i + 1, limit)) is not None:
            # "… phòng cháy, chữa cháy và cứu nạn, cứu hộ": a second pair after the first; "Phòng An ninh mạng và
            # phòng, chống tội phạm sử dụng công nghệ cao": a pair of its fields, and what they are about (not after a
            # place: "Công an tỉnh và tìm kiếm, cứu nạn …" ends the body's name)
            end = pair_end = paired if end == pair_end else max(paired, _small_compounds(text, paired, limit))
            i = _past(syl, i, end)
            continue
        if tok == "và" and end == pair_end and (more := _small_compounds(text, e, limit)) > e:
            end = more  # "Cục Phát thanh, truyền hình và thông tin điện tử": a field after the pair
            i = _past(syl, i, end)
            continue
        if ((tok == "," and i > 0) or low in _paired_firsts()) \
                and (paired := _paired_at(text, syl, i, limit)) is not None:
            # "Cục Quản lý khám, chữa bệnh", "Vụ Thi đua, khen thưởng": two activities, one name
            end = pair_end = paired
            i = _past(syl, i, end)
            continue
        if tok == "," and i > 0 and i + 1 < len(syl) and text[syl[i - 1][0] : syl[i - 1][1]].lower() == "phòng" \
                and text[syl[i + 1][0] : syl[i + 1][1]] == "chống":
            # "Cục Quản lý đê điều và Phòng, chống thiên tai": "phòng, chống" and what it fights
            end = max(syl[i + 1][1], _small_compounds(text, syl[i + 1][1], limit))
            i = _past(syl, i, end)
            continue
        if tok in {"và", ",", "-", "–", "&"} and i + 1 < len(syl):
            nxt = text[syl[i + 1][0] : syl[i + 1][1]]
            rest = text[syl[i + 1][0] : min(limit, syl[i + 1][0] + 40)]
            # "Đài THVN, TTXVN, VOV": in a name written in small letters, capitals after a comma are
            # another body's abbreviation (a name in capitals goes on in capitals)
            abbreviation = tok == "," and len(nxt) >= 2 and nxt.isupper() and (
                any(c.islower() for c in text[max(0, head_end - 12) : head_end])
                or any(not text[a:b].isupper() for a, b in syl[:i] if text[a:b].isalpha()))
            # a head that names no agency here goes on with the name ("… đê điều và Phòng, chống thiên
            # tai", "Trung tâm Chuyển đổi số và Thống kê nông nghiệp")
            # ("Phòng Pháp chế - Thanh tra": two fields a dash joins in one name, though the second names bodies too)
            dashed = tok in "-–" and (text[syl[i - 1][0] : syl[i - 1][1]].lower(), nxt.lower()) in dashed_pairs()
            # (and "Ngân hàng Nhà nước - Chi nhánh tỉnh …": a branch of the body)
            head = _heads_re().match(rest) is not None and not _not_agency(text, syl[i + 1][0], limit) \
                and not (tok in "-–" and _BRANCH_OF_BODY.match(rest)) and not dashed
            # "Ủy ban nhân dân tỉnh Nghệ An, Hà Tĩnh": after a place, another place begins another body
            another_place = tok == "," and any(text[a:b].lower() in _places() for a, b in syl[:i]) \
                and _bare_place_end(text, syl[i + 1][0], limit) > syl[i + 1][0]
            # "Báo Công an nhân dân và Truyền hình Công an nhân dân", "Báo Quân đội nhân dân, Truyền hình Quân đội
            # nhân dân": a body the gazetteer knows begins
            known_next = tok in ("và", ",") and _gazetteer_at(text, syl[i + 1][0], limit) is not None
            # ("Văn phòng Ủy ban nhân dân tỉnh - Các sở, ban, ngành": a cell's next line, a plural of its own)
            plural = tok in "-–" and nxt in ("Các", "Những")
            # ("UỶ BAN MTTQ HUYỆN VÀ CÁC ĐOÀN THỂ …": in capitals a plural after "và" begins a collective of its own)
            plural = plural or (tok.lower() == "và" and nxt.lower() in ("các", "những")) \
                or (tok == "," and nxt in ("Các", "Những"))  # "Sở Nội vụ, Các tổ chức …": a table's cell in capitals
            if _is_cap(nxt) and nxt.isalpha() and not head and not _titles_re().match(rest) \
                    and not re.match(r"Ủy\s+ban|UBND", rest) and not abbreviation and not another_place \
                    and not known_next and not plural:
                i += 1
                continue
        break
    if (dangling := _DANGLING.search(text, head_end, end)) is not None:
        end = dangling.start()  # "Đội Quản lý thị trường số 6 thuộc ⏎ Chi cục …": whose it is, on the next line
    return end


# the board of a village or quarter, in a cell run together with the body before it
_VILLAGE_BOARD = re.compile(r"Ban\s+(?:nhân\s+dân|điều\s+hành|Điều\s+hành)\s+(?:các\s+)?"
                            r"(?:ấp|thôn|khu\s+phố|tổ\s+dân\s+phố|bản|buôn|xóm|khóm|[A-ZĐÀ-Ỹ])")
# a phrase no name holds, opening a line: "Đối với …", "Trong thời gian tới …", "Về công tác …"
_LINE_OPENS_PHRASE = re.compile(r"(?:Đối\s+với|Trong\s+(?:thời\s+gian|năm|đó|quá\s+trình|dịp)|Về\s+(?:công\s+tác|việc)"
                                r"|Theo\s+đó|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Trên\s+cơ\s+sở)(?![\wÀ-ỹ])")
# the place a Party committee is of, in capitals on its line: "Thành ủy Hội An", "Huyện ủy Cư M'gar"
_PLACE_AFTER_COMMITTEE = re.compile(rf"[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}}")


def _committee_of_place(head: str, text: str, at: int, end: int) -> bool:
    """Is ``head`` a Party committee and ``text[at:end]`` the place it is of ("Thành ủy" + " Hội An")?"""
    return _PARTY_COMMITTEE.fullmatch(head) is not None and _PLACE_AFTER_COMMITTEE.fullmatch(text, at, end) is not None
# a Party committee, and the heads of its boards and offices, whose name it ends: "Ban Tuyên giáo Tỉnh ủy"
_PARTY_COMMITTEE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ)(?![\wÀ-ỹ])")
# (… or a mass organisation's central committee: "Ban Kinh tế - Xã hội ⏎ Trung ương Hội Nông dân Việt Nam")
_COMMITTEE_OF_BOARD = re.compile(rf"{_PARTY_COMMITTEE.pattern}|Trung\s+ương\s+(?:Hội|Đoàn|Mặt\s+trận)(?![\wÀ-ỹ])")
_PARTY_ORGAN = re.compile(r"(?<![\wÀ-ỹ])(?:Ban|Văn\s+phòng|(?:Ủy|Uỷ)\s+ban\s+Kiểm\s+tra)\Z")
def _caps_words_before(text: str, at: int) -> bool:
    """Is the line up to ``at`` a heading in capitals, words and not initials ("3. PHÒNG TÀI CHÍNH - KẾ"), whose name
    the next line goes on with?"""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.isupper() and len(_CAPS_WORD.findall(before)) >= 3


_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


# a joining word a name cannot end with: what it joins was cut off
_DANGLING = re.compile(r"[ \t]+(?:trực[ \t]+)?thuộc\Z")


@cache
def small_dashed() -> tuple[str, ...]:
    """The fields in small letters a name joins with a dash, after it ("xã hội" of "chính trị - xã hội")."""
    fields = {m.group(1) for n in _grammar()["dashed"] for m in re.finditer(r"[-–] ([a-zà-ỹđ][^-–]*?)\s*(?=[-–]|$)", n)}
    return tuple(sorted(fields, key=len, reverse=True))


@cache
def dashed_pairs() -> frozenset[tuple[str, str]]:
    """The words either side of the dash in the names that join two fields with it: ("động", "thương")."""
    names = [*_grammar()["dashed"], *(a.name for a in vocab.agencies.all)]
    return frozenset((m.group(1).lower(), m.group(2).lower())
                     for n in names for m in re.finditer(r"(\S+) [-–] (\S+)", n))


def _canonical(name: str) -> str:
    a = vocab.agencies.resolve(name)
    return a.name if a else name


@cache
def _governing() -> frozenset[str]:
    return frozenset(_grammar().get("governing", ()))


# (a line may wrap; "hình sự - hành chính": two fields joined by a dash)
_SMALL_WORDS = re.compile(rf"(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
                          rf"(?-i:[{LOWER}][\wÀ-ỹ]*|[-–](?=(?:[ \t]+|[ \t]*\n[ \t]*)[{LOWER}]))){{1,12}}")


# activities a governing word takes as its object, though they read as verbs elsewhere
_ACTIVITIES = frozenset({"xây dựng", "quản lý", "đầu tư", "kinh doanh", "sản xuất", "khai thác", "phát triển",
                         "đào tạo", "bảo vệ", "kiểm tra", "giám sát"})


def _small_compounds(text: str, pos: int, end: int, governed: bool = False) -> int:
    """Where the dictionary compounds in small letters after ``pos`` end ("công trình giao thông",
    "đất đai"): a verb, a joining word, a place word or a word that forms no compound stops them."""
    m = _SMALL_WORDS.match(text, pos, min(end, pos + 80))
    if m is None:
        return pos
    known = _words()
    spans = [(pos + w.start(), pos + w.end()) for w in re.finditer(r"\S+", m.group(0))]
    i, stop = 0, pos
    while i < len(spans):
        joiner = text[spans[i][0] : spans[i][1]]
        joined = joiner in ("-", "–") or (i > 0 and (joiner == "và" or (
            joiner == "về" and i + 1 < len(spans) and text[spans[i + 1][0] : spans[i + 1][1]] != "việc")))
        # "khoa học và công nghệ": two fields joined are one object; "tội phạm về ma túy": its subject
        at = i + 1 if joined else i
        n = next((n for n in (4, 3, 2) if at + n <= len(spans)
                  and " ".join(text[a:b] for a, b in spans[at : at + n]).lower() in known), None)
        if n is None and at < len(spans) and text[spans[at][0] : spans[at][1]] in _inner():
            n = 1  # a name's word of one syllable: "Cục Quản lý giá", "Quỹ Bảo vệ và Phát triển rừng"
        if n is None:
            break
        piece = " ".join(text[a:b] for a, b in spans[at : at + n])
        # (what a body manages may be an activity: "Cục Quản lý xây dựng và chất lượng công trình …")
        activity = (at == 0 or joined) and piece.lower() in _ACTIVITIES and governed
        # (a verb longer than the piece opens it too: "làm đầu" of "… tái tạo làm đầu mối")
        verb = verbs_re().fullmatch(piece) or ((v := verbs_re().match(text, spans[at][0], end)) is not None
                                               and v.end() > spans[at + n - 1][1])
        if (verb and not activity) or _TAIL_STOP.search(piece) or piece.lower() in _places() \
                or (at == 0 and not governed and piece.lower() in _ACTIVITIES) \
                or (not governed and _pair_acts(text, spans[at][0], end)) \
                or _EXTEND_STOP.search(piece):
            break  # a verb, a joining word, a place or a preposition ("… đối với địa phương")
        i = at
        stop = spans[i + n - 1][1]
        i += n
    return stop


# a place kind inside a name (not the "xã" of "xã hội")
_PLACE_IN = re.compile(rf"(?<![\wÀ-ỹ])(?:{_PLACE_KINDS}|Thành\s+phố|Tỉnh|Trung\s+ương)(?![\wÀ-ỹ])(?!\s+hội\b)")


_GAP = re.compile(r"\s*")


# bodies named by the matter they steer: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", "Hội đồng
# Quốc gia về phát triển bền vững"
_TOPIC_HEADS = re.compile(r"(?:Ban\s+Chỉ\s+đạo|Ban\s+Chỉ\s+huy|(?:Ủy|Uỷ)\s+ban\s+Quốc\s+gia|Hội\s+đồng\s+Quốc\s+gia"
                          r"|Hội\s+đồng\s+Phối\s+hợp)(?![\wÀ-ỹ])", re.I)
_ABOUT = re.compile(r"[ \t]+về[ \t]+")


def _topic_end(text: str, start: int, e: int, end: int) -> int:
    """A steering body's name goes on with the matter after "về" when that is a pair of activities
    ("phòng, chống …"), capitals or compounds of agency names ("chuyển đổi số"); "Ban Chỉ đạo tỉnh
    về kết quả …" (a report's subject) stays whole."""
    if (about := _ABOUT.match(text, e, end)) is None or _TOPIC_HEADS.match(text, start, e) is None:
        return e
    p = about.end()
    if (pair := paired_re().match(text, p, end)) is not None:
        stop = pair.end()
        while (gap := _GAP.match(text, stop, end)) and (more := paired_re().match(text, gap.end(), end)):
            stop = more.end()  # "phòng, chống" + "tham nhũng, tiêu cực"
        return max(stop, _small_compounds(text, stop, end, True))
    first = " ".join(text[p : min(end, p + 40)].split()[:3]).lower()
    if _is_cap(text[p : p + 1]) or any(first.startswith(c) for c in _compounds()):
        stop = name_end(text, p, end) if _is_cap(text[p : p + 1]) else p
        stop = max(stop, _small_compounds(text, stop, end, True))
        return stop if stop > p else e
    return e


# a committee of several sectors: "Ban Chỉ đạo liên ngành (về an toàn thực phẩm)", "Tổ công tác liên ngành"
_BY_SECTORS_HEADS = re.compile(r"Ban\s+Chỉ\s+(?:đạo|huy)|Hội\s+đồng|Tổ\s+(?:công\s+tác|kiểm\s+tra|giúp\s+việc)", re.I)
_BY_SECTORS = re.compile(r"[ \t]+liên[ \t]+ngành(?![\wÀ-ỹ])")
_REPORTED = re.compile(r"[ \t]+(?:kết\s+quả|tình\s+hình|tiến\s+độ|việc|nội\s+dung|những|các)(?![\wÀ-ỹ])")


def _joint_topic_end(text: str, e: int, end: int) -> int:
    """"Ban Chỉ đạo liên ngành về an toàn thực phẩm": a joint body's matter, in small letters, is its name's own
    when the name ends with it — at a stop, a verb of its work or its place."""
    if (about := _ABOUT.match(text, e, end)) is None:
        return e
    q = about.end() - 1
    if _REPORTED.match(text, q, end) is not None:
        return e  # "báo cáo Ban Chỉ đạo liên ngành về kết quả thực hiện": what is reported to it
    for _ in range(6):
        if (w := _object_word(text, q, end, _SMALL_WORD)) is None:
            break
        q = w.end()
    if q < about.end():
        return e
    if (placed := _with_place(text, q, end)) > q:
        return placed
    return q if _NAME_ENDS_HERE.match(text, q, end) or verbs_re().match(text[q : q + 40].lstrip(" \t")) else e


def _object_word(text: str, at: int, end: int, word: re.Pattern[str]) -> re.Match[str] | None:
    """The next word of what a body is named by, at ``at`` (``word``: small letters, or any), unless it is a joining
    word or a verb of the body's work."""
    w = word.match(text, at, end)
    if w is None or w.group(1) in _NOT_OBJECT or verbs_re().match(text, w.start(1), end) is not None:
        return None
    return w


_BARE_COUNCIL = re.compile(r"(?:Văn\s+phòng\s+|Thường\s+trực\s+)?Hội\s+đồng$")
_NATIONAL = re.compile(r"[ \t]*\n?[ \t]*quốc[ \t]+gia(?![\wÀ-ỹ])")
_NATIONAL_END = re.compile(r"quốc\s+gia$")


@cache
def _council_works_re() -> re.Pattern[str]:
    return re.compile(rf"{_SP}(?:{'|'.join(w.replace(' ', _SP) for w in _grammar()['council_works'])})"
                      r"(?![\wÀ-ỹ])")


# a steering committee named by what it steers, in any letters, to its place: "Ban Chỉ đạo các chương trình mục tiêu
# quốc gia tỉnh", "Ban Chỉ đạo Chương trình MTQG xây dựng nông thôn mới huyện", "Ban Chỉ đạo phòng, chống tham nhũng,
# tiêu cực tỉnh" (its words no verb of work, no stop, no other body)
_STEERED_TO_PLACE = re.compile(
    # (a page's wrap may break it: "… lãng phí, tiêu ⏎ cực tỉnh")
    r"(?P<what>(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?!chỉ\s+đạo\b|chủ\s+trì\b|có\b|là\b|tại\b|các\s+\S+$|và\s+[A-ZĐ])"
    r"[^\s.;:()\[\]]+){1,16}?)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<place>tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|đặc\s+khu|[Tt]rung\s+ương|quốc\s+gia)"
    r"(?:[ \t]+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường))?(?:[ \t]+[A-ZĐ][\wÀ-ỹ]*){0,3}(?![\wÀ-ỹ])")


def _steering_end(text: str, head: re.Match[str], e: int, end: int) -> int:
    """Where a steering (or command) committee's name that goes on to its place ends, if it does (``e`` else)."""
    named_to = head.end()
    if fold(head.group(0)) == "ban" and (command := _COMMAND.match(text, named_to, end)) is not None:
        named_to = command.end()  # "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện": a command board
    elif fold(head.group(0)) not in ("ban chỉ đạo", "tổ công tác"):
        return e
    if (m := _STEERED_TO_PLACE.match(text, named_to, end)) is None:
        return e
    if fold(head.group(0)) == "tổ công tác" and not _NAMED_WORK.search(m.group("what")):
        return e  # (a working group goes on to its place when named by the programme it carries out: "Tổ công tác
        # thực hiện Đề án 30 của tỉnh", not by its work of the day: "Tổ công tác kiểm tra việc thực hiện ở tỉnh")
    stop, what = m.end(), m.group("what")
    while m is not None and fold(m.group("place")) == "quốc gia" and not _NAME_ENDS_HERE.match(text, stop, end):
        # "Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh": the programme's own "quốc gia",
        # the name going on to the committee's place
        if (m := _STEERED_TO_PLACE.match(text, stop, end)) is not None:
            stop, what = m.end(), what + m.group("what")
    if stop <= e or ("," in what and not paired_re().search(what)):
        return e
    if (about := _ABOUT.match(text, stop, end)) is not None \
            and (subject := _small_compounds(text, about.end() - 1, end)) > about.end():
        stop = subject  # "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm": its place, then what it is about
    after = text[stop : stop + 40]
    if re.match(r"[ \t]*(?:[.,;:()\n]|$)", after) or verbs_re().match(after.lstrip(" \t")):
        return stop
    return e


_ABOUT = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)về[ \t\n]")
_NAMED_WORK = re.compile(r"(?<![\wÀ-ỹ])(?:Đề\s+án|Chương\s+trình|Kế\s+hoạch|Nghị\s+quyết|Chỉ\s+thị|Dự\s+án)(?![\wÀ-ỹ])")
_COMMAND = re.compile(r"[ \t]+Chỉ[ \t]+huy(?![\wÀ-ỹ])")
_NAME_ENDS_HERE = re.compile(r"[ \t]*(?:[.,;:()\n]|$)")


def _council_end(text: str, start: int, e: int, end: int) -> int:
    """"Văn phòng Hội đồng đánh giá trữ lượng khoáng sản quốc gia": a council named by the work it does ("Hội đồng
    thẩm định …", "Hội đồng tư vấn …"), its name in small letters to its place or "quốc gia"."""
    if _BARE_COUNCIL.search(text, start, e) is None or (work := _council_works_re().match(text, e, end)) is None:
        return e
    stop = _small_compounds(text, work.end(), end, True)
    if stop <= work.end():
        # ("Hội đồng nghĩa vụ quân sự huyện": the work, then its place)
        if (placed := _with_place(text, work.end(), end)) > work.end():
            return placed
        return _object_named(text, work.end(), end) or e
    return _council_to_place(text, work, stop, end, e)


# a word of what a council works on, named in capitals or initials: "Chỉ số CCHC", "Giải thưởng Báo chí"
_OBJECT_WORD = re.compile(r"[ \t]+([\wÀ-ỹ]+)(?![\wÀ-ỹ])")


def _object_named(text: str, at: int, end: int) -> int | None:
    """"Hội đồng thẩm định Chỉ số CCHC tỉnh": what the council's work is on, a name in capitals, to its place or to
    the name's end at a stop."""
    first = _OBJECT_WORD.match(text, at, end)
    if first is None or not _is_cap(first.group(1)) or _heads_re().match(text, first.start(1), end) is not None:
        return None
    q = at
    for _ in range(6):
        if (w := _object_word(text, q, end, _OBJECT_WORD)) is None:
            break
        q = w.end()
        if (placed := _with_place(text, q, end)) > q:
            return placed
    return q if q > at and _NAME_ENDS_HERE.match(text, q, end) else None


def _council_to_place(text: str, work: re.Match[str], stop: int, end: int, e: int) -> int:
    """Where a council's name whose work's words end at ``stop`` ends: at "quốc gia", or at its place after a few
    words of its object (``e`` if it reaches none)."""
    if _NATIONAL_END.search(text, work.end(), stop) is not None:
        return stop  # (the compounds took "quốc gia" in)
    if (national := _NATIONAL.match(text, stop, end)) is not None:
        return national.end()
    placed = _with_place(text, stop, end)
    q = stop
    for _ in range(3):
        if placed > q:
            break
        # (its object's words the dictionary does not join, to its place: "Hội đồng thẩm định giá đất tỉnh")
        w = _SMALL_WORD.match(text, q, end)
        if w is None or w.group(1) in _NOT_OBJECT or verbs_re().match(w.group(1)) is not None:
            break
        q = w.end()
        placed = _with_place(text, q, end)
    return placed if placed > q else e  # (named to its place: "Hội đồng đánh giá kết quả …" is a council at work)


_SMALL_WORD = re.compile(r"[ \t]+([a-zà-ỹđ]+)(?![\wÀ-ỹ])")
_NOT_OBJECT = frozenset({"và", "của", "các", "với", "tại", "theo", "để", "cho", "trên", "trong", "từ", "đến", "năm"})


def _does(text: str, pos: int, end: int) -> bool:
    """Does what the body does open at ``pos``: a verb, or a pair of activities whose second is a verb?"""
    return verbs_re().match(text, pos, end) is not None or _pair_acts(text, pos, end)


def _pair_acts(text: str, pos: int, end: int) -> bool:
    """Does a pair of activities whose second is a verb open at ``pos`` ("thanh tra, kiểm tra …": the body's work,
    though "Viện Chiến lược và Khoa học thanh tra" ends with the first)?"""
    pair = paired_re().match(text, pos, end)
    second = _PAIR_SECOND.match(text, pos, pair.end()) if pair is not None else None
    return second is not None and verbs_re().match(text, second.end(), end) is not None


_PAIR_SECOND = re.compile(r"[^,]*,\s*")  # (where a pair's second activity begins)


def _object_extended(text: str, start: int, e: int, end: int) -> int:
    """"Cục Quản lý" + "đất đai": a name whose capitals end with a governing word ("Quản lý", "Hợp
    tác") goes on with its object, compound by compound — and the place after it. A name the
    gazetteer does not know goes on so too: most names are written in sentence case ("Vụ Giáo dục
    mầm non", "Trung tâm Dịch vụ việc làm"), and the sentence goes on with a verb."""
    words = text[start:e].split()
    # (not information as the second of two fields, "Phòng Văn hóa và Thông tin", nor a word's end, "Công nghệ thông
    # tin"; "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp" governs its object)
    governed = " ".join(words[-2:]).lower() in _governing() and not (len(words) >= 3 and (
        (words[-3].lower() == "và" and " ".join(words[-2:]).lower() == "thông tin")
        or " ".join(words[-4:]).lower() in _words() or " ".join(words[-3:]).lower() in _words()))
    if not governed:
        head = _heads_re().match(text, start, e)
        named = text[head.end() if head else start : e]
        last = named.split()[-2:]
        if not any(c.isupper() for c in named) or _PLACE_IN.search(named) \
                or (len(last) == 2 and all(_is_cap(w) for w in last)) or _BRANCH_NO.fullmatch(last[-1]):
            # a head alone ("Cơ quan điều tra"), a name that ends with its place or a proper name
            # ("Vườn quốc gia Pù Mát bảo tồn …") is whole
            return e
    stop = _small_compounds(text, e, end, governed)
    if stop == e and governed and (more := re.match(r"\s+các(?=\s)", text[e : e + 8])) is not None:
        stop = _small_compounds(text, e + more.end(), end)  # "Ban Quản lý các khu công nghiệp"
        stop = e if stop == e + more.end() else stop
    for _ in range(3):
        if stop <= e:
            break
        # a proper name after the small words is the name's too ("Cục Thể dục thể thao Việt Nam"), and the
        # small words after its capitals ("… xây dựng và ⏎ Chất lượng công trình giao thông")
        if (gap := _GAP.match(text, stop, end)) is not None and "\n" in gap.group(0) \
                and _heads_re().match(text, gap.end(), end) is not None and not _not_agency(text, gap.end(), end):
            break  # "Vụ Hợp tác quốc tế ⏎ Vụ Khoa học …": a line that opens with a head names the next body
        if gap is not None and (h := _heads_re().match(text, gap.end(), end)) is not None \
                and (kind := _organ_kind(h.group(0))) is not None and _body_begins(text, stop, end) \
                and (kind not in _PARENTS.get(_organ_kind(text[start:e]) or "", ())
                     or _EACH_PLACE.match(text, _past_space(text, h.end(), end), end) is not None
                     or any(_organ_kind(x.group(0)) == kind for x in _heads_in(text, start, stop))) \
                and not _not_agency(text, gap.end(), end):
            # "Tổng cục Quản lý đất đai Cục Đo đạc …", "Vụ Kế hoạch - Tài chính Bộ Nông nghiệp … Bộ Công Thương": a
            # cell's names run together, a head not its parent's, or a second parent
            break
        if gap is not None and "\n" in gap.group(0) and (item := _DASH_ITEM.match(text, gap.end(), end)) is not None \
                and (last := text[max(e, stop - 30) : stop].split()) \
                and (last[-1].lower(), item.group(1).lower()) not in dashed_pairs():
            break  # "Viện Kinh tế và Quy hoạch thủy sản ⏎ - Xây dựng …": the next line's "-" item, no field of the name
        if gap is not None and "\n" not in gap.group(0) and _does(text, gap.end(), end):
            break  # "Cục Di sản văn hóa kiểm tra, giám sát …": what the body does, though a name may hold the pair
        if gap is not None and text.startswith(("Các ", "Những "), gap.end()):
            break  # "Vụ Tổ chức cán bộ Các đơn vị thuộc Bộ": a cell's names run together, a capital plural the next
        further = name_end(text, stop, end, within=_organ_kind(text[start:e]))
        if further <= stop:
            break
        if _PLACE_IN.search(text, stop, further):
            stop = further  # "… việc làm tỉnh": a name that reached its place is whole
            break
        stop = max(further, _small_compounds(text, further, end))
    if stop > e and (more := re.match(r"\s+các(?=\s)", text[stop : stop + 8])) is not None:
        # "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh": the works it manages, to its place
        further = _small_compounds(text, stop + more.end(), end)
        if further > stop + more.end() and _with_place(text, further, end) > further:
            stop = further
    return e if stop == e else _with_place(text, stop, end)


_DASH_ITEM = re.compile(r"[-–+•][ \t]+(\S+)")  # a "-" item's mark and its first word
_LINE_END = re.compile(rf"[ \t*_]*\n[ \t*_]*[{UPPER}]")  # not "… Thể thao⏎và Du lịch": a name wrapped
# a ministry, a department or a directorate named by its head alone, the work after it in small letters: whose
# office or inspectorate the name before is ("Thanh tra ⏎ Bộ phối hợp …")
_OWNER_ALONE = re.compile(rf"(?:Bộ|Sở|Tổng\s+cục)(?=[ \t]+[{LOWER}])(?![ \t]+(?:trưởng|và|các)\b)")
_OWNER_NEXT = re.compile(rf"[ \t*_]*\n[ \t*_]*{_OWNER_ALONE.pattern}")
# "Ngân hàng Nhà nước⏎Chi nhánh Khu vực 9": the known body's branch, on the next line
_BRANCH_NEXT = re.compile(rf"[ \t*_]*\n[ \t*_]*{BRANCH_KINDS}(?![\wÀ-ỹ])")
# a body's branch after a dash: "Ngân hàng Nhà nước - Chi nhánh tỉnh …", "Ngân hàng Chính sách xã hội - Phòng giao dịch
# quận Ninh Kiều"
_BRANCH_OF_BODY = re.compile(r"(?:Chi\s+nhánh|Phòng\s+giao\s+dịch)\s")
_BRANCH_HEAD = re.compile(rf"(?:{BRANCH_KINDS}|Văn\s+phòng\s+đại\s+diện)(?![\wÀ-ỹ])")


def _body_begins(text: str, pos: int, end: int, after: str | None = None) -> bool:
    """Whether another body's name begins after ``pos``: an organisational head, then a capital (not the parent of
    a head of kind ``after`` named alone: "Thanh tra" + "Sở Tư pháp")."""
    at = _past_space(text, pos, end)
    return at > pos and (h := _heads_re().match(text, at, end)) is not None \
        and (kind := _organ_kind(h.group(0))) is not None and kind not in _PARENTS.get(after or "", ()) \
        and (_CAP_NEXT.match(text, h.end(), end) is not None
             or (kind in ("ubnd", "ủy ban nhân dân") and _EACH_PLACE.match(text, _past_space(text, h.end(), end), end)
                 is not None)) \
        and not _not_agency(text, at, end)


def _past_space(text: str, pos: int, end: int) -> int:
    """The first position after ``pos`` that is no space or line break ("… Đầu tư ⏎ xây dựng …": the verb's)."""
    while pos < end and text[pos] in " \t\n":
        pos += 1
    return pos


# a short form a document gives a body it named, in brackets after the name: "Sở Ngoại vụ (sau đây gọi tắt là
# SNgV)", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố (HEPZA)" — initials, alone or after a head
_SHORT_FORM_DEF = re.compile(
    r"[ \t]*\([ \t]*(?:(?:sau[ \t]+đây[ \t]+)?(?:được[ \t]+)?(?:gọi|viết)[ \t]+tắt(?:[ \t]+là)?[ \t]*:?[ \t]*)?[\"“]?"
    rf"(?P<form>(?:[{UPPER}][\wÀ-ỹ]*[ \t]+){{0,2}}[{UPPER}][A-Za-zĐđ&-]*[{UPPER}][A-Za-zĐđ&-]*)[\"”]?[ \t]*\)")


@dataclass(frozen=True)
class _ShortForms:
    pattern: re.Pattern[str]
    names: dict[str, str]  # each short form, and the canonical name of the body it stands for
    defined: tuple[int, ...]  # where each bracket that gives one starts and ends, in order


_MOST_SHORT_FORMS = 300
_READING_SHORT_FORMS: set[int] = set()  # the texts whose short forms are being read (names read meanwhile: without)


def _short_forms(text: str) -> _ShortForms | None:
    """The short forms ``text`` gives the bodies it names, and where it gives them."""
    if ("(" not in text and "viết tắt" not in text) or id(text) in _READING_SHORT_FORMS:
        return None
    _READING_SHORT_FORMS.add(id(text))
    try:
        return _read_short_forms(text)
    finally:
        _READING_SHORT_FORMS.discard(id(text))


def forget_texts() -> None:
    """Drop what the caches hold of the texts read so far (one document's answers are no other's)."""
    _read_short_forms.cache_clear()
    _subjects.cache_clear()
    _NAME_ENDS.clear()


def _short_form_definitions(text: str) -> Iterator[re.Match[str]]:
    """``_SHORT_FORM_DEF``'s matches in ``text``, in order: tried only at each "(" and the spaces before it (a scan
    from every character through the pattern is slow)."""
    last = 0
    at = text.find("(")
    while at >= 0:
        start = at
        while start > last and text[start - 1] in " \t":
            start -= 1
        if (m := _SHORT_FORM_DEF.match(text, start)) is not None:
            yield m
            last = m.end()
        at = text.find("(", max(at + 1, last))


# a note that writes out the short forms a table used: "Ghi chú: Các chữ viết tắt trong Danh mục: SKHĐT: Sở Kế hoạch và
# Đầu tư; STC: Sở Tài chính; …", and each of its entries
_GLOSSARY = re.compile(r"(?i:chữ\s+viết\s+tắt|từ\s+viết\s+tắt|viết\s+tắt\s*:)[^\n]*")
_GLOSSARY_ENTRY = re.compile(rf"(?P<form>[{UPPER}][{UPPER}&\-.]{{1,14}}(?:[ \t]+[{UPPER}][{UPPER}&\-.]{{0,14}}"
                             rf"|[ \t]+các[ \t]+[{UPPER}][{UPPER}&\-.]{{1,14}}){{0,2}})[ \t]*:[ \t]*"
                             r"(?P<name>[^;:\n]{3,140}?)(?=[ \t]*(?:;|\.?[ \t]*$))", re.M)


@lru_cache(maxsize=4)
def _read_short_forms(text: str) -> _ShortForms | None:
    names: dict[str, str] = {}
    defined: list[int] = []
    for k, m in enumerate(_short_form_definitions(text)):
        if k >= _MOST_SHORT_FORMS:
            break  # (a text of brackets by the thousand gives no more)
        form = " ".join(m.group("form").split())
        if len(form) > 30:
            continue
        named = _find(text, max(0, m.start() - 200), m.start(), short_forms=False)
        if named and named[-1].end == m.start() and not named[-1].collective \
                and not _find(form, 0, len(form), short_forms=False) \
                and names.get(form, named[-1].name) == named[-1].name:
            names[form] = named[-1].name
            defined += [m.start(), m.end()]
    for line in _GLOSSARY.finditer(text):
        # "Ghi chú: Các chữ viết tắt …: SKHĐT: Sở Kế hoạch và Đầu tư; BQLKKTNS&CKCN: Ban Quản lý Khu kinh tế …;": a
        # table's note that writes its short forms out
        for entry in _GLOSSARY_ENTRY.finditer(text, line.start(), line.end()):
            form, written = " ".join(entry.group("form").split()), entry.group("name").strip()
            named = _find(written, 0, len(written), short_forms=False)
            if len(names) < _MOST_SHORT_FORMS and named and named[0].start == 0 \
                    and named[0].end >= len(written.rstrip(" .")) - 1 and form not in names \
                    and not _find(form, 0, len(form), short_forms=False):  # ("UBND": read already)
                names[form] = named[0].name
                defined += [entry.start(), entry.end()]
    if not names:
        return None
    defined.sort()
    alts = "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in sorted(names, key=len, reverse=True))
    return _ShortForms(re.compile(rf"(?<![\wÀ-ỹ&-])(?:{alts})(?![\wÀ-ỹ&-])"), names, tuple(defined))


# a known name that ends on the kind of its place, the place's name after it ("Liên hiệp các tổ chức hữu nghị thành
# phố Hà Nội", the gazetteer knowing "… thành phố")
_ENDS_ON_KIND = re.compile(r"(?<![\wÀ-ỹ])(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)$")


_WORD_BEFORE = re.compile(r"([\wÀ-ỹ]+)[ \t]+$")  # (the word before a head: "Hải" before "Phòng")


def find(text: str, start: int = 0, end: int | None = None) -> list[AgencyMention]:
    """Agencies named in ``text[start:end]``, longest match first, no overlaps, in text order; and by the
    short forms the text gives them ("Sở Ngoại vụ (sau đây gọi tắt là SNgV)", then "SNgV chủ trì …").

    >>> [m.name for m in find("Phối hợp với Sở Nội vụ và Sở TTTT tổ chức tập huấn")]
    ['Sở Nội vụ', 'Sở Thông tin và Truyền thông']
    """
    return _find(text, start, len(text) if end is None else end)


def _find(text: str, start: int, end: int, short_forms: bool = True, first_only: bool = False) -> list[AgencyMention]:
    """(``first_only``: only the names that can decide the first, read up to where words part them from the next)"""
    # (a known name that opens a phrase of no agency is none: "Thanh tra, kiểm tra, xử lý …" is work)
    candidates: list[AgencyMention] = [a for a in _gazetteer(text, start, end)
                                       if fold(a.text.split(maxsplit=1)[0]) not in _not_agency_firsts()
                                       or not _not_agency(text, a.start, end)]
    known_spans = [(a.start, a.end) for a in candidates]
    outer_end = -1  # where the last head ended
    whole_head = False  # whether that head names a whole body alone ("Tỉnh Đoàn")
    by_short_forms: list[AgencyMention] = []
    if short_forms and (local := _short_forms(text)) is not None:
        for f in local.pattern.finditer(text, start, end):
            if bisect.bisect_right(local.defined, f.start()) % 2:
                continue  # the bracket that gives it
            form = " ".join(f.group(0).split())
            by_short_forms.append(AgencyMention(form, local.names[form], f.start(), f.end()))
    cut = end  # (``first_only``: where the names that meet the first ones end)
    for m in _heads_in(text, start, end):
        if first_only and _apart(text, max((a.end for a in (*candidates, *by_short_forms) if a.start < m.start()),
                                           default=start), m.start()):
            cut = m.start()  # no name from here on overlaps or joins those before it
            break
        # (a head right after another's is its parent, "Văn phòng Bộ", "Thanh tra Sở": named whole, the next line no
        # part of it — "4. Văn phòng Bộ ⏎ Bảo đảm điều kiện …")
        parents_head = outer_end > 0 and text[outer_end : m.start()] in (" ", "\t")
        inner = m.start() < outer_end
        if inner and m.end() <= outer_end and ("\n" in text[m.end() : m.end() + 3] or whole_head):
            # "Tỉnh Đoàn ⏎ Sở …", "Tỉnh Đoàn Hội Liên hiệp …": no head "Đoàn" inside it, reading on
            continue
        if not inner or m.end() > outer_end:
            whole_head = fold(m.group(0)) in _alone_whole()
        outer_end = max(outer_end, m.end())
        if _not_agency(text, m.start(), end):
            continue
        if (prev := _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())) is not None \
                and is_place_name(f"{prev.group(1)} {m.group(0).split()[0]}"):
            continue  # "Viettel Hải Phòng ⏎ VNPT Hải Phòng": the place's last word, no head "Phòng"
        if "\n" in m.group(0) and any(s < m.start() < e for s, e in known_spans):
            continue  # "Bộ Công Thương ⏎ Vụ Pháp chế": no head "Thương vụ" across the line, inside a known name
        e = name_end(text, m.end(), end, after_head=True, bare=fold(m.group(0)) not in _alone() and not parents_head)
        if parents_head and any(s < m.start() < k < e for s, k in known_spans):
            continue  # "Bộ Công an Sở Tài nguyên …": the known name holds the head "Công an", no name of its own
        if fold(m.group(0)) in _alone_whole() and e > m.end() \
                and _heads_re().match(text, _past_space(text, m.end(), e), e) is not None \
                and not _committee_of_place(m.group(0), text, m.end(), e):
            e = m.end()  # "Tỉnh đoàn ⏎ Hội LHPN tỉnh": a body named by its head alone, then another body
        known = _gazetteer_at(text, m.start(), end)
        if known is not None and _committee_of_place(known[0].text, text, known[1], e):
            known = None  # "Thành ủy Hội An", "Thị ủy Điện Bàn": the Party committee of a place, "Hội" no head here
        # a known name that ends its line ends there: "1. Sở Y tế⏎Phát động …" (the next line's capital
        # opens a sentence, whatever verb the vocabulary lacks)
        if known is not None and (known[1] >= e or (_LINE_END.match(text, known[1], e) is not None
                                                    and _BRANCH_NEXT.match(text, known[1], e) is None
                                                    and _OWNER_NEXT.match(text, known[1], end) is None)
                                  # ("Văn phòng Chính phủ Bộ Công an": a cell's names run together)
                                  or _body_begins(text, known[1], e, _organ_kind(known[0].text)
                                                  if _heads_re().fullmatch(known[0].text) else None)
                                  or (_verb_start(text, _past_space(text, known[1], e), e)
                                      # (not a place whose first word reads as a verb: "Thành đoàn Cần Thơ")
                                      and (at := _past_space(text, known[1], e)) == _bare_place_end(text, at, e))):
            # ("Bộ Kế hoạch và Đầu tư xây dựng mạng lưới …": the known name, then its work)
            works = _WORKS_OF_BOARD.match(text, known[1], end) if _PROJECT_BOARD.match(known[0].text) else None
            if works is not None and (stop := _small_compounds(text, works.end(), end)) > works.end():
                # "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông": the works it builds, to its place
                stop = _with_place(text, stop, end)
                raw = text[m.start() : stop]
                candidates.append(AgencyMention(clean_value(raw), clean_value(raw), m.start(), stop))
                continue
            if _ENDS_ON_KIND.search(known[0].text) \
                    and (place := _bare_place_end(text, (at := _past_space(text, known[1], end)), end)) > at:
                raw = text[known[0].start : place]  # (… and the place it names, whatever line it wrapped to)
                known = (AgencyMention(clean_value(raw), known[0].name, known[0].start, place), place)
            candidates.append(known[0])
            continue
        if known is None and (gap := _OFFICE_OF.match(text[m.end() : m.end() + 16])) is not None \
                and _organ_kind(m.group(0)) in ("văn phòng", "trung tâm", "ban") \
                and (parent := _gazetteer_at(text, m.end() + gap.end(), end)) is not None \
                and parent[0].start == m.end() + gap.end() and _organ_kind(parent[0].text) is None:
            # "Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn": the office of a body
            # the gazetteer knows, by that body's whole name (its standing office: "Văn phòng Thường trực …")
            raw = text[m.start() : parent[1]]
            candidates.append(AgencyMention(clean_value(raw), clean_value(raw), m.start(), parent[1]))
            continue
        e = _object_extended(text, m.start(), e, end) if known is None else e
        if e == m.end() and _BY_SECTORS_HEADS.fullmatch(m.group(0)) and (joint := _BY_SECTORS.match(text, e, end)):
            e = joint.end()  # "Ban Chỉ đạo liên ngành", "Đoàn kiểm tra liên ngành": a body of several sectors
            e = _joint_topic_end(text, e, end)
        e = _topic_end(text, m.start(), e, end)
        e = _council_end(text, m.start(), e, end)
        e = _steering_end(text, m, e, end)
        # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch": the fields the name lists, in small letters
        e = _fields_end(text, e, end) or e
        # ("… phối hợp với Ban QLDA ĐTXD các công trình giao thông tỉnh": a project board's works, to its place)
        if known is None and _PROJECT_BOARD.match(text, m.start(), e) \
                and (works := _WORKS_TO_PLACE.match(text, e, min(end, e + 160))) is not None:
            e = works.end()
        if e == m.end() and fold(m.group(0)) not in _alone():
            if (short := _short_name_re().match(text, m.start(), end)) is not None:
                # "Ban Chỉ đạo có nhiệm vụ …": the committee the document set up, by its head alone
                name = clean_value(short.group("name"))
                candidates.append(AgencyMention(name, name, m.start(), short.end("name")))
            continue  # a head with no name after it: "Sở", "Bộ" alone are no agency
        raw = text[m.start() : e]
        name = clean_value(raw)
        candidates.append(AgencyMention(name, _canonical(name), m.start(), m.start() + len(raw.rstrip(" ,"))))
    if cut < end:
        candidates = [a for a in candidates if a.start < cut]
    candidates.extend(a for a in by_short_forms if a.start < cut)
    # the longest wins where two overlap: "Thủ tướng Chính phủ" over "Chính phủ"
    # (the ones kept never overlap: held in order of their starts, a candidate meets at most its neighbours)
    found: list[AgencyMention] = []
    starts: list[int] = []
    for a in sorted(candidates, key=lambda a: (-(a.end - a.start), a.start)):
        k = bisect.bisect_left(starts, a.start)
        if (k > 0 and found[k - 1].end > a.start) or (k < len(found) and found[k].start < a.end):
            continue
        found.insert(k, a)
        starts.insert(k, a.start)
    return _boards_of_committee(text, _member_schools(text, found))


_A_WORD = re.compile(r"[\wÀ-ỹ]")


def _apart(text: str, reach: int, at: int) -> bool:
    """Do words part a name at ``at`` from every one before it, which end by ``reach``? (No longer name can then span
    both, nor can they be joined: a board and its committee across a wrap, a school and its university after a dash.)"""
    return at > reach and _A_WORD.search(text, reach, at) is not None and _MEMBER_OF.search(text, reach, at) is None


# a Party or Youth Union committee, by its kind alone: whose board the one before is, across a line's wrap
_COMMITTEE_ALONE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ|đoàn|Đoàn)")
_WRAP_ONLY = re.compile(r"[ \t*_]*\n[ \t*_]*")


def _boards_of_committee(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """"Ban Tuyên giáo ⏎ Tỉnh đoàn": a board named bare, the committee it belongs to on the next line, one body."""
    bare_board, union_board = _party_boards_re()[0], _union_boards_re()
    out: list[AgencyMention] = []
    for a in found:
        if out and _COMMITTEE_ALONE.fullmatch(a.text) \
                and (bare_board.fullmatch(out[-1].text) or (a.text.lower().endswith("đoàn")
                                                            and union_board.fullmatch(out[-1].text))) \
                and _WRAP_ONLY.fullmatch(text, out[-1].end, a.start) is not None:
            prev = out.pop()
            name = clean_value(text[prev.start : a.end])
            a = AgencyMention(name, _canonical(name), prev.start, a.end)
        out.append(a)
    return out


# a member school written with the university it belongs to: "Trường Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội"
_MEMBER_OF = re.compile(r"[ \t]*[-–][ \t]*$")
_MEMBER_KINDS = re.compile(r"(?:Trường|Viện|Khoa|Trung\s+tâm|Bệnh\s+viện)\s")
_UNIVERSITY = re.compile(r"Đại\s+học\s")


def _member_schools(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """Join a school and the university it belongs to, named after a dash, into one body."""
    out: list[AgencyMention] = []
    for a in found:
        if out and _UNIVERSITY.match(a.text) and _MEMBER_KINDS.match(out[-1].text) \
                and _MEMBER_OF.search(text, out[-1].end, a.start) and out[-1].end < a.start:
            prev = out.pop()
            name = clean_value(text[prev.start : a.end])
            a = AgencyMention(name, _canonical(name), prev.start, a.end)
        out.append(a)
    return out


@cache
def _dash_work_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{trie_regex(_grammar()['dash_work'])})(?![\wÀ-ỹ])")


@cache
def _short_name_re() -> re.Pattern[str]:
    """A committee's short name ("Ban Chỉ đạo", "Hội đồng thẩm định"), then its work, a mark or the line's end."""
    g = _grammar()
    work = trie_regex(g["short_name_work"])
    # (the line's end when the next opens an item: "… quyền hạn của Hội đồng ⏎ 1. Thẩm định …"; a name goes on
    # over a plain line break: "Hội đồng ⏎ thẩm định Chỉ số CCHC tỉnh")
    return re.compile(rf"(?P<name>{trie_regex(g['short_names'])})(?=[ \t*_]*(?:\Z|[,.;:)]|(?:{work})(?![\wÀ-ỹ])"
                      r"|\n[ \t*_]*(?:\n|\Z|(?:\d{1,2}|[a-zđ])[.)][ \t]|[-+•][ \t])))")


def is_short_name(name: str) -> bool:
    """Is ``name`` a committee's head alone, the short name a document calls the body it set up by?"""
    return fold(name) in _short_names()


@cache
def _short_names() -> frozenset[str]:
    return frozenset(fold(n) for n in _grammar()["short_names"])


@cache
def _alone() -> frozenset[str]:
    return frozenset(fold(h) for h in _grammar()["alone"])


@cache
def _alone_whole() -> frozenset[str]:
    return frozenset(fold(h) for h in _grammar()["alone_whole"])


@cache
def _gazetteer_trie() -> dict[str, Any]:
    """Every gazetteer name and alias as a trie of lower-case syllables; "$" ends a name."""
    trie: dict[str, Any] = {}
    for a in vocab.agencies.all:
        for n in (a.name, *a.aliases):
            node = trie
            for tok in _TOKEN.findall(fold(n)):
                node = node.setdefault(tok, {})
            node.setdefault("$", a.name)
    return trie


_OFFICE_OF = re.compile(r"[ \t]+(?:(?i:thường)[ \t]+trực[ \t]+)?")


def _gazetteer_ends(text: str, w: re.Match[str], end: int) -> Iterator[tuple[int, str]]:
    """Where each gazetteer name that opens with the capitalised word ``w`` ends, shortest first, with its name."""
    node = _gazetteer_trie().get(w.group(0).lower())
    if node is None:
        return
    if "$" in node:
        yield w.end(), node["$"]
    for tok in _TOKEN.finditer(text, w.end(), min(end, w.end() + 200)):
        node = node.get(tok.group(0).lower())
        if not isinstance(node, dict):
            return  # (no name goes on; nor is a "$" written in the text the trie's mark of a name's end)
        if "$" in node:
            yield tok.end(), node["$"]


def _gazetteer_at_word(text: str, w: re.Match[str], end: int) -> tuple[int, int, str] | None:
    """The longest gazetteer name that opens with the capitalised word ``w``."""
    ends = list(_gazetteer_ends(text, w, end))
    return (w.start(), *ends[-1]) if ends else None


def _gazetteer(text: str, start: int, end: int) -> list[AgencyMention]:
    """Gazetteer names in ``text[start:end]``; only a capital opens one ("thanh tra" the activity is
    not "Thanh tra" the agency)."""
    found: list[AgencyMention] = []
    for w in _CAPITAL_WORD.finditer(text, start, end):
        if found and w.start() < found[-1].end:
            continue
        hit = _gazetteer_at_word(text, w, end)
        if hit is not None:
            e = _with_place(text, hit[1], end)  # "BHXH tỉnh"
            found.append(AgencyMention(clean_value(text[hit[0] : e]), hit[2], hit[0], e))
    return found


def _gazetteer_at(text: str, pos: int, end: int) -> tuple[AgencyMention, int] | None:
    w = _CAPITAL_WORD.match(text, pos, end)
    hit = _gazetteer_at_word(text, w, min(end, pos + 160)) if w is not None else None
    if hit is None:
        return None
    best = AgencyMention(clean_value(text[hit[0] : hit[1]]), hit[2], hit[0], hit[1])
    e = _with_place(text, best.end, end)  # "Công an tỉnh"
    raw = text[pos:e]
    return AgencyMention(clean_value(raw), best.name, pos, pos + len(raw.rstrip(" ,"))), e


def _with_place(text: str, pos: int, end: int) -> int:
    """Where a gazetteer name ending at ``pos`` ends once the place after it is read ("Công an tỉnh")."""
    return name_end(text, pos, end) if _tail_is_place(text, pos, end) else pos


def _tail_is_place(text: str, pos: int, end: int) -> bool:
    m = re.match(r"\s+([\wÀ-ỹ]+)(?:[ \t]+([\wÀ-ỹ]+))?", text[pos : min(end, pos + 30)])
    if m is not None and m.group(1) in {"Trung", "Thành", "Tỉnh"} and _heads_re().match(text, pos + m.start(1), end) \
            and not _PARTY_COMMITTEE.match(text, pos + m.start(1), end):
        return False  # "Sở Giáo dục và Đào tạo Tỉnh Đoàn": a cell's next body, "Tỉnh Đoàn" no place
    # ("Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố": the body of each place)
    return m is not None and (m.group(1).lower() in _places() or m.group(1) in {"Trung", "Thành", "Tỉnh"}
                              or f"{m.group(1)} {m.group(2)}".lower() in _places()  # "… đặc khu"
                              # (a province's name, though the line broke before it: "Kho bạc Nhà nước ⏎ Quảng Nam")
                              or (m.group(2) is not None and "\n" in text[pos : pos + m.start(1)]
                                  and fold(f"{m.group(1)} {m.group(2)}") != "việt nam"
                                  and is_place_name(f"{m.group(1)} {m.group(2)}"))
                              # (a one-word place, the name ending with it: "Bệnh viện Trung ương ⏎ Huế, …")
                              or (m.group(2) is None and "\n" in text[pos : pos + m.start(1)]
                                  and is_place_name(m.group(1)))
                              or re.match(r"\s+các\s+cấp\b", text[pos : min(end, pos + 30)]) is not None
                              or _EACH_PLACE.match(text, pos + m.start(1), end) is not None)


def with_shared_body(prev: AgencyMention | None, a: AgencyMention) -> AgencyMention:
    """"UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh và các tỉnh/thành phố khác": places named
    after a local body's, without a body of their own, share it."""
    if prev is None or not a.collective or not _PLACES_ALONE.match(a.text) \
            or (of_place := _BODY_OF_PLACE.match(prev.text)) is None \
            or (body := _LOCAL_BODY.fullmatch(of_place.group("body"))) is None:
        return a
    name = f"{body.group(0)} {a.text[:1].lower()}{a.text[1:]}"
    return AgencyMention(name, _canonical(name), a.start, a.end, collective=True)


_NOTE_AFTER = re.compile(rf"\s*{BRACKET_NOTE}")
# (after a name's note in brackets too: "Đài Phát thanh - Truyền hình Quảng Nam (Đài PT-TH tỉnh), Báo Quảng Nam")
_LIST_GAP = re.compile(rf"\s*(?:{BRACKET_NOTE}\s*)?(?:,|và|cùng|với|;|/)?\s*(?:[-+•–]\s+)?"
                       r"(?:các\s+cơ\s+quan\s+liên\s+quan\s*,?\s*)?"
                       # ("…, các Trạm Chăn nuôi và Thú y khu vực": the plural of a body named by its head)
                       r"(?:(?:các|những)\s+)?")


@cache
def _private_in_list_re() -> re.Pattern[str]:
    """Private parties named in a list of bodies, which go on after them: "phối hợp với các chủ đầu tư, Sở Tài
    chính …", "Sở Tài chính, các doanh nghiệp trên địa bàn, Sở Nội vụ"."""
    kinds = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                     for k in sorted({*_grammar()["private_collectives"], "chủ đầu tư"}, key=len, reverse=True))
    return re.compile(rf"\s*(?:,|và|;)?\s*(?:các\s+)?(?:{kinds})(?:[ \t]+[a-zà-ỹđ]+){{0,6}}\s*(?:,|và|;)\s*")


def _list_gap(gap: str, first: bool) -> bool:
    """Does ``gap`` part two names of one list (``first``: stand before the list's first name)?"""
    if first and len(gap.strip()) <= 12:
        return True
    if not first and _LIST_GAP.fullmatch(gap) is not None:
        return True
    return (private := _private_in_list_re().match(gap)) is not None \
        and _LIST_GAP.fullmatch(gap, private.end()) is not None


def listed(text: str, start: int, end: int) -> list[AgencyMention]:
    """The agencies that a clause opens with, as a list: "với Sở Văn hóa và Thể thao, Sở Du lịch,
    Trung tâm Thông tin triển lãm thành phố triển khai …" → the three of them, nothing after."""
    out: list[AgencyMention] = []
    pos = start
    for a in sorted([*collectives(text, start, end), *find(text, start, end)], key=lambda a: (a.start, -a.end)):
        if out and a.start < out[-1].end:
            continue
        if out and (note := _NOTE_AFTER.match(text, out[-1].end, end)) is not None and a.start < note.end():
            continue  # a name inside the note on the one before: "Công an tỉnh (Phòng Quản lý xuất nhập cảnh)"
        gap = text[pos : a.start]
        if (title := _ends_on_re("titles", "").search(gap)) is not None:
            # "… Giám đốc Công an tỉnh và Chủ tịch Ủy ban nhân dân các xã": a title each (the first's too: "phối hợp
            # với Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")
            gap = gap[: title.start()]
        # ("các cơ quan liên quan, nhất là Sở Y tế, Sở Công Thương": whoever is concerned, then the ones meant most)
        if not _list_gap(gap, first=not out) \
                and not (len(out) == 1 and out[0].collective and _ABOVE_ALL.fullmatch(gap)):
            if out:
                break
            continue
        shared = _SHARED.match(text, a.start, end)
        if shared is not None and _listed_whole(shared, each := _shared_list(text, shared, end)):
            out.extend(each)  # "Các Bộ: Tài chính, Xây dựng" — one head shared by a list
            pos = each[-1].end
            continue
        if not out and a.collective and (colon := _LIST_LABEL.match(text, a.end, end)) is not None \
                and find(text, colon.end(), min(end, colon.end() + 80)):
            pos = colon.end()  # "các đơn vị: Sở Tài chính, Công an tỉnh": the kind, then who they are
            continue
        if not out and (members := _named_members(text, a, end)):
            out.extend(members)  # "Các Công ty TNHH MTV Thủy lợi: Bắc Nghệ An, Nam Nghệ An": one name, each's own
            pos = members[-1].end
            continue
        a = as_each_place(a)
        if (per_place := each_place(text, a, end)) is not None and per_place:
            out.extend(per_place)  # "Ủy ban nhân dân các huyện Krông Nô, Đắk Glong"
            pos = per_place[-1].end
            continue
        a = with_shared_body(out[-1] if out else None, a)
        a = tail_extended(text, a, end)
        out.extend(split_shared(a))
        pos = a.end
        if numbered := _more_numbered(text, a, end):
            out.extend(numbered)
            pos = numbered[-1].end
    out.sort(key=lambda a: a.start)
    return out


def _more_numbered(text: str, a: AgencyMention, end: int) -> list[AgencyMention]:
    """"Cơ quan Thú y vùng I, II, III", "Cục … thanh tra khu vực 1, 2, 3": one body of each number after the first's."""
    out: list[AgencyMention] = []
    if (numbered := _NUMBERED_BODY.search(a.text)) is not None:
        pos = a.end
        for more in _MORE_NUMBERS.finditer(text, pos, end):
            if more.start() != pos:
                break
            name = f"{numbered.group('body')} {more.group('n')}"
            out.append(AgencyMention(name, _canonical(name), more.start("n"), more.end("n")))
            pos = more.end()
    return out


_NUMBERED_BODY = re.compile(r"(?P<body>.*\s(?:[Vv]ùng|[Kk]hu\s+vực))\s+(?:[IVX]{1,4}|\d{1,2})$")
_MORE_NUMBERS = re.compile(r"[ \t]*(?:,|và)[ \t]*(?P<n>[IVX]{1,4}|\d{1,2})(?![\wÀ-ỹ/])")


_LIST_LABEL = re.compile(r"[ \t]*:[ \t]*")
_MEANT_MOST = r"nhất[ \t\n]+là|đặc[ \t\n]+biệt[ \t\n]+là"  # "…, nhất là …": those of a group meant most
_ABOVE_ALL = re.compile(rf"[ \t]*,?[ \t\n]*(?:{_MEANT_MOST}|trong[ \t\n]+đó(?:[ \t\n]+có)?"
                        r"|chủ[ \t\n]+yếu[ \t\n]+là|gồm(?:[ \t\n]+có)?|bao[ \t\n]+gồm)[ \t\n]*:?[ \t\n]*")
_PLURAL_BEFORE_NAME = re.compile(r"(?i:các)[ \t]+$")
# (a name of two parts a dash joins: "Phong Nha - Kẻ Bàng")
_MEMBER = re.compile(rf"[ \t]*(?:và[ \t]+)?(?P<name>[{UPPER}][\wÀ-ỹ]*(?:[ \t]+(?:[-–][ \t]+)?[{UPPER}][\wÀ-ỹ]*){{0,4}})"
                     r"[ \t]*(?P<sep>,|và|;|:|\.|\n|$)?")
_PLURAL_OF = re.compile(rf"(?i:các)[ \t]+(?=[{UPPER}])")


_INNER_PLURAL = re.compile(r"(?P<a>(?:Ban\s+[Qq]uản\s+lý|Hạt\s+Kiểm\s+lâm|Trung\s+tâm\s+[^\s]+))"
                           r"\s+các\s+(?P<b>[A-ZĐ].+)")


def _named_members(text: str, a: AgencyMention, end: int) -> list[AgencyMention]:
    """"Các Công ty TNHH MTV Thủy lợi: Bắc Nghệ An, Nam Nghệ An, Phủ Quỳ", "các Bệnh viện: Bạch Mai, Chợ
    Rẫy": a plural name, then the proper names that end each body's name — two or more, none a body of its own."""
    plural = _PLURAL_OF.match(a.text)
    # (or a body's plural inside its name: "Ban Quản lý các Khu bảo tồn thiên nhiên: Pù Huống, Pù Hoạt")
    inner = _INNER_PLURAL.fullmatch(a.text) if plural is None else None
    if (plural is None and inner is None
            and (a.collective or _PLURAL_BEFORE_NAME.search(text, max(0, a.start - 6), a.start) is None)) \
            or (colon := _LIST_LABEL.match(text, a.end, end)) is None:
        return []
    body = a.text[plural.end() :] if plural is not None else (
        f"{inner.group('a')} {inner.group('b')}" if inner else a.text)
    out: list[AgencyMention] = []
    pos = colon.end()
    while (m := _MEMBER.match(text, pos, end)) is not None and _heads_re().match(text, m.start("name"), end) is None \
            and not _verb_start(text, m.start("name"), end):
        name = f"{body} {m.group('name')}"
        out.append(AgencyMention(name, _canonical(name), a.start if not out else m.start("name"), m.end("name")))
        if m.group("sep") not in (",", "và"):
            break
        pos = m.end()
    return out if len(out) >= 2 else []
_COMMA_OR_SMALL = re.compile(rf"\s*(?:,|[{LOWER}])")
_TAIL = re.compile(rf"(?:\s+(?-i:(?!v\.v\.)[{LOWER}][\wÀ-ỹ]*))+")  # (not "… v.v.": and so on)
# (or any place saying its kind, a numbered district too: "UBND thành phố Thủ Đức, Quận 1, Quận 3")
_SHARED_PLACE = re.compile(rf"\s*(?:,|\s+và)\s*(?=(?i:{_PLACE_KINDS})\s+(?:[{UPPER}]|\d))")


# the parent a body's name may hold after it: a ministry, a department, or a province's or city's committee
_PARENT_IN_NAME = re.compile(rf"[ \t]+(?=(?:Bộ|Sở|Tổng[ \t]+cục)[ \t]+[{UPPER}]"
                             rf"|(?:(?:Ủy|Uỷ)[ \t]+ban[ \t]+nhân[ \t]+dân|UBND)[ \t]+[{UPPER}a-zà-ỹđ])")


def parent_run_on(text: str, a: AgencyMention, cell_start: int, cell_end: int) -> list[AgencyMention]:
    """A cell's name that holds a parent after it ("Cục Quản lý tài nguyên nước Bộ Công Thương") is two bodies when
    the document names the first alone elsewhere: a cell whose paragraphs a copy ran together, not one body and its
    ministry ("Cục Pháp chế Bộ Quốc phòng", named so throughout, stays whole)."""
    for m in _PARENT_IN_NAME.finditer(text, a.start, a.end):
        first = text[a.start : m.start()]
        if (own := _heads_re().match(first)) is None or own.end() == len(first) \
                or JOINER_END.search(first) or first.rstrip().endswith(",") \
                or (parent := _heads_re().match(text, m.end(), a.end)) is None \
                or ((inner := _heads_re().match(text, _past_space(text, parent.end(), a.end), a.end)) is not None
                    and _organ_kind(inner.group(0)) is not None):
            continue  # (a head alone is no name: "Thanh tra Bộ"; nor is a parent's head another's: "Bộ Văn phòng Bộ")
        if _named_alone(text, first, cell_start, cell_end):
            rest = AgencyMention(clean_value(text[m.end() : a.end]), _canonical(clean_value(text[m.end() : a.end])),
                                 m.end(), a.end)
            head = AgencyMention(clean_value(first), _canonical(clean_value(first)), a.start, m.start())
            # (the rest read again: "… Tổng cục Khí tượng Thủy văn UBND các tỉnh …" may hold more than one)
            more = [x for x in [*collectives(text, m.end(), a.end), *find(text, m.end(), a.end)]
                    if x.start == m.end() or not x.collective]
            if not more or more[0].start != m.end():
                more = [rest]
            kept: list[AgencyMention] = []
            for x in sorted(more, key=lambda x: (x.start, -x.end)):
                if not kept or x.start >= kept[-1].end:
                    kept.append(x)
            return [head, *(y for x in kept for y in parent_run_on(text, x, cell_start, cell_end))]
    return [a]


def _named_alone(text: str, name: str, skip_start: int, skip_end: int) -> bool:
    """Whether ``name`` stands alone somewhere outside ``skip_start:skip_end``: not run on into more of a name."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if not skip_start <= at < skip_end and not (at > 0 and (text[at - 1].isalnum())) \
                and not _NAME_GOES_ON.match(text, after):
            return True
        at = text.find(name, after)
    return False


# (what a name alone is not followed by: more words of a name, or its parent — on the line, or wrapped onto the next:
# "Bộ Chỉ huy ⏎ Bộ đội Biên phòng tỉnh"; a table's next cell is no more of it)
_NAME_GOES_ON = re.compile(rf"[ \t]+(?:[{UPPER}]|[a-zà-ỹđ]+[ \t]+[{UPPER}])|[\wÀ-ỹ]|[ \t]*\n[ \t*_]*(?![|\s])")
# a name's words that end on the word joining its fields ("Văn phòng HĐND và" + "UBND xã", "Bộ Nông nghiệp và" +
# "Môi trường"): no name ends there
JOINER_END = re.compile(r"(?:(?<![\wÀ-ỹ])(?:và|của|thuộc)|[-–&])\s*$")


def split_shared(a: AgencyMention) -> list[AgencyMention]:
    """"UBND thành phố Hà Nội, Thành phố Hồ Chí Minh": one committee per place, the body shared."""
    if a.collective and (levels := _LEVELS.fullmatch(a.text)) is not None:
        # "Ủy ban nhân dân cấp tỉnh, cấp xã": the body at each level
        body_name = clean_value(levels.group("body"))
        out_levels = []
        for k, lv in enumerate(re.finditer(r"cấp\s+(?:tỉnh|huyện|xã)", a.text)):
            name = f"{body_name} {clean_value(lv.group(0))}"
            out_levels.append(AgencyMention(name, name, a.start if k == 0 else a.start + lv.start(),
                                            a.start + lv.end(), collective=True))
        return out_levels
    if (each := _known_each(a)) is not None:
        return each
    if not a.collective and (numbered := _NUMBERS_SHARED.fullmatch(a.text)) is not None:
        # "Viện Nghiên cứu Nuôi trồng thủy sản I, II, III": one body of each number, the name shared
        out_numbered: list[AgencyMention] = []
        for n in re.finditer(r"[IVX]{1,4}|\d{1,2}", a.text[numbered.start("ns") :]):
            name = f"{numbered.group('body')} {n.group(0)}"
            at = a.start + numbered.start("ns") + n.start()
            out_numbered.append(AgencyMention(name, _canonical(name), a.start if not out_numbered else at,
                                              at + len(n.group(0))))
        return out_numbered
    body = _LOCAL_BODY.match(a.text)
    if body is None and not a.collective and (other := _other_body_shared(a)) is not None:
        return other
    if body is None or a.collective or not _PLACE_HEAD.match(a.text, body.end() + 1):
        return [a]
    parts = _SHARED_PLACE.split(a.text[body.end() :])
    if len(parts) < 2:
        return [a]
    out: list[AgencyMention] = []
    offset = a.start + body.end()
    for part in parts:
        at = a.text.find(part.strip(), offset - a.start)
        place = clean_value(part)
        name = f"{body.group(0)} {place[:1].lower() + place[1:]}" if out else clean_value(a.text[: body.end()] + part)
        start = a.start if not out else a.start + at
        out.append(AgencyMention(name, _canonical(name), start, a.start + at + len(part.strip())))
        offset = a.start + at + len(part.strip())
    return out


def _other_body_shared(a: AgencyMention) -> list[AgencyMention] | None:
    """"Sở Văn hóa và Thể thao thành phố Hà Nội, Thành phố Hồ Chí Minh": a body of a place, then another place that
    says its kind — the same body of each; ``None`` unless every part after the first is a known place."""
    parts = _SHARED_PLACE.split(a.text)
    of = _BODY_OF_PLACE.match(parts[0]) if len(parts) > 1 else None
    if of is None or not all((kind := _PLACE_HEAD.match(p)) is not None
                             and is_place_name(" ".join(p[kind.end() - 1 :].split())) for p in parts[1:]):
        return None
    out = [replace(a, text=parts[0], name=_canonical(parts[0]), end=a.start + len(parts[0]))]
    offset = len(parts[0])
    for part in parts[1:]:
        at = a.text.find(part, offset)
        name = f"{of.group('body')} {part[:1].lower() + part[1:]}"
        out.append(AgencyMention(name, _canonical(name), a.start + at, a.start + at + len(part)))
        offset = at + len(part)
    return out


_NUMBERS_SHARED = re.compile(r"(?P<body>.+?)\s+(?P<ns>[IVX]{1,4}(?:\s*(?:,|và)\s*[IVX]{1,4})+"
                             r"|\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+)")
_SHARED_HEAD = re.compile(r"(?:Sở|Bộ)\s+(?=[A-ZĐÀ-Ỹ])")
_ITEM_SEP = re.compile(r"\s*,\s*|\s+và\s+")


def _known_each(a: AgencyMention) -> list[AgencyMention] | None:
    """"Sở Tài chính, Nội vụ, Tư pháp": departments the gazetteer knows, one head shared by a list without
    the plural's colon; ``None`` unless the whole is no known name and every part is one."""
    head = _SHARED_HEAD.match(a.text)
    if head is None or a.collective or vocab.agencies.resolve(a.text) is not None:
        return None
    bounds = [(m.start(), m.end()) for m in _ITEM_SEP.finditer(a.text, head.end())] + [(len(a.text), len(a.text))]
    out: list[AgencyMention] = []
    pos = head.end()
    while pos < len(a.text):
        ends = [(s, e) for s, e in bounds if s > pos]
        known = next(((s, e) for s, e in reversed(ends)
                      if vocab.agencies.resolve(f"{head.group(0)}{a.text[pos:s]}") is not None), None)
        if known is None:
            return None
        name = a.text[: known[0]] if not out else f"{head.group(0)}{a.text[pos : known[0]]}"
        out.append(AgencyMention(name, _canonical(name), a.start if not out else a.start + pos, a.start + known[0]))
        pos = known[1]
    return out if len(out) > 1 else None


# words that join another body or a generic one, never name words: "Sở Tài chính và cơ quan …"
_TAIL_STOP = re.compile(r"(?<![\wÀ-ỹ])(?:và|hoặc|các|những|cơ\s+quan|đơn\s+vị|tổ\s+chức|cùng|liên\s+quan|khác)"
                        r"(?![\wÀ-ỹ])")
_FIELD_AND = re.compile(rf"(?<=[{LOWER}])\s+và\s+(?!(?:các|những|cơ\s+quan|đơn\s+vị|tổ\s+chức)(?![\wÀ-ỹ]))"
                        rf"(?=[{LOWER}])")
_TAIL_END = re.compile(r"\s*(?:[,;.)\n]|và\s|$)")


def place_extended(text: str, a: AgencyMention, end: int) -> AgencyMention:
    """A name goes on through small-letter compounds of the dictionary to a place word ("Trung tâm
    Dịch vụ việc làm tỉnh", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"); a verb,
    a word of its own or a joining word stops it."""
    if a.collective:
        return a
    stop = _small_compounds(text, a.end, end)
    if stop == a.end or not _tail_is_place(text, stop, end):
        return a
    raw = text[a.start : name_end(text, stop, end)].rstrip()  # the place word and its name ("tỉnh Nghệ An")
    return AgencyMention(clean_value(raw), _canonical(clean_value(raw)), a.start, a.start + len(raw), a.collective)


def _proper_end(name: str) -> bool:
    """Does a name end with a proper name of two capitalised syllables ("… Quy Nhơn"), or with its number ("… khu vực
    XI", "… số 3")?"""
    words = name.split()
    if len(words) >= 3 and _BRANCH_NO.fullmatch(words[-1]) and not words[-2][:1].isupper():
        return True
    if len(words) >= 3 and all(_is_cap(w) for w in words[-2:]) and is_place_name(" ".join(words[-2:])):
        return True  # "Viettel Tây Ninh phát triển hạ tầng số …": the branch's province ends its name
    return len(words) >= 4 and all(_is_cap(w) and w.isalpha() and not w.isupper() for w in words[-2:]) \
        and _heads_re().match(" ".join(words[-2:])) is None


def tail_extended(text: str, a: AgencyMention, end: int) -> AgencyMention:
    """In a list, a name runs on in lower case to the list's next separator ("Trung tâm Phục vụ
    hành chính công tỉnh, Sở Nội vụ"): Vietnamese writes most of a name in small letters."""
    if a.collective:
        return a
    if (placed := place_extended(text, a, end)) is not a:
        return placed
    if _PLACE_IN.search(a.text) or vocab.agencies.resolve(a.text) is not None or _proper_end(a.text) \
            or _ENDS_WITH_PLACE.search(a.text):
        # a name that ends with its place or that the gazetteer knows whole: "Công an tỉnh đưa nội dung
        # …, Sở …", "phối hợp với Bộ Tài chính lựa chọn, công bố …" go on with a sentence; so does one that
        # ends with a proper name or its number ("Trường Đại học Quy Nhơn đào tạo …", "Chi cục Hải quan khu vực
        # XI điều tra …")
        return a
    t = _TAIL.match(text, a.end, min(end, a.end + 60))
    if t is None or len(t.group(0).split()) > 5 or _TAIL_END.match(text, t.end(), end) is None:
        return a
    tail = t.group(0).replace("\n", " ")  # a hard-wrapped line goes on with the name
    # "Trung tâm Truyền thông tài nguyên và môi trường": "và" between two words of the field is the name's
    bare = _FIELD_AND.sub(" ", tail)
    if "\n\n" in t.group(0) or verbs_re().search(tail) or _EXTEND_STOP.search(bare) or _TAIL_STOP.search(bare) \
            or _pair_acts(text, t.end() - len(t.group(0).lstrip()), end):
        return a  # (nor a pair of activities: "… Cục Di sản văn hóa thanh tra, kiểm tra …")
    raw = text[a.start : t.end()]
    return AgencyMention(clean_value(raw), _canonical(clean_value(raw)), a.start, t.end(), a.collective)


def cell_extended(text: str, a: AgencyMention, end: int) -> AgencyMention:
    """In a table's cell a name runs to its separator: "Vụ Thị trường trong nước", "Cục Thương mại điện
    tử và Kinh tế số" — when what is left holds no verb, no other body and no one in general."""
    if a.collective:
        return a
    sep = _CELL_SEPARATOR.search(text, a.end, end)
    stop = len(text[: sep.start() if sep is not None else end].rstrip(" \t\n.*_"))
    rest = " ".join(text[a.end : stop].split())
    # (a cell names bodies, not work: the field words a name ends with may read as verbs — "Cục Kinh
    # tế xây dựng", "Cục Quản lý nhà và thị trường bất động sản" — but no assignment verb)
    if not rest or len(rest.split()) > 7 or _CELL_VERB.search(rest) or re.search(r"[()]", rest) \
            or _CELL_NOT_NAME.search(rest) \
            or any(_is_cap(w.group(0)) and _heads_re().match(rest, w.start()) for w in _WORD.finditer(rest)) \
            or ("\n" in text[a.end : stop] and _INITIALS.fullmatch(rest)):  # "Vụ PC ⏎ TCMT": a body of its own
        return a
    raw = text[a.start : stop].rstrip()
    return AgencyMention(clean_value(raw), _canonical(clean_value(raw)), a.start, a.start + len(raw), a.collective)


_WORD = re.compile(r"\S+")
_CELL_SEPARATOR = re.compile(rf"[,;]|\n[ \t]*[-+•]|/(?=[ \t]*[{UPPER}])")  # ("Sở NN&PTNT/Sở TT&TT")
_CELL_NOT_NAME = re.compile(r"(?<![\wÀ-ỹ])(?:[Cc]ác|[Nn]hững|cơ\s+quan|đơn\s+vị|tổ\s+chức|cùng|liên\s+quan|khác|hoặc"
                            r"|đối\s+với|tại|theo|để|nhằm|khi|nếu|về\s+việc|thuộc|địa\s+phương)(?![\wÀ-ỹ])")
_CELL_VERB = re.compile(r"(?<![\wÀ-ỹ])(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|triển\s+khai|tham\s+mưu|trách\s+nhiệm"
                        r"|báo\s+cáo|hướng\s+dẫn|chỉ\s+đạo|đề\s+nghị|là|được|đã|sẽ|cần|phải)(?![\wÀ-ỹ])")


# ---- collective units ----------------------------------------------------------------------------

_COUNCIL = r"(?:Hội\s+đồng\s+nhân\s+dân|HĐND|Quốc\s+hội)"
# the public services' facilities a plan gives work to ("cơ sở khám bệnh, chữa bệnh" lead a health plan's rows);
# other "cơ sở …" (of production, of business) are private
_SERVICE = (r"cơ\s+sở\s+(?:khám\s+bệnh,\s+chữa\s+bệnh"
            r"|giáo\s+dục(?:\s+nghề\s+nghiệp|\s+đại\s+học|\s+phổ\s+thông|\s+mầm\s+non)?|y\s+tế)(?:\s+công\s+lập)?")
# (the committees of each kind of place, the word said once: "các huyện, thị, thành Đoàn", "các huyện, thị, thành ủy")
_UNIT_NOUNS = r"""(?:(?:huyện|thị|quận|thành)(?:\s*,\s*(?-i:huyện|thị|quận|thành))+\s+(?:ủy|uỷ|đoàn)
    |(?:huyện|thị|quận|thành|tỉnh|đảng|cấp)\s+ủy(?:\s+cơ\s+sở)?|ban\s+đảng
    # (Party: "các chi, đảng bộ", the cells and the committees, the word they share said once)
    |tổ\s+chức(?:\s+cơ\s+sở)?\s+đảng|chi\s+bộ(?:\s+cơ\s+sở)?|chi(?=\s*,\s*đảng\s+bộ)|chi\s+ủy|đảng\s+bộ(?:\s+bộ\s+phận|\s+cơ\s+sở)?
    |đảng\s+đoàn|ban\s+cán\s+sự\s+đảng|ban\s+xây\s+dựng\s+đảng   # "Các đảng đoàn, ban cán sự đảng, …"
    |(?:huyện|thị|quận|thành)\s+đoàn|cơ\s+sở\s+(?:đoàn|hội)|đoàn(?=\s+trực\s+thuộc)  # the Youth Union's, a society's
    |chính\s+quyền(?:\s+địa\s+phương)?
    |bộ\s+phận(?:\s+chuyên\s+môn)?   # "các bộ phận chuyên môn" of a commune, no ministries
    |sở|bộ|ban\s+quản\s+lý(?:\s+dự\s+án)?|ban(?:\s+của\s+""" + _COUNCIL + r""")?|Ủy\s+ban\s+của\s+Quốc\s+hội
    # "các phòng, ban", "các phòng, đơn vị", "các phòng chuyên môn", not "phòng, chống"
    |phòng(?=\s*,\s*(?:ban|đơn\s+vị)\b)|phòng\s+(?:chuyên\s+môn(?:\s*,\s*nghiệp\s+vụ)?|chức\s+năng|nghiệp\s+vụ)
    |(?:tổ\s+)?đại\s+biểu(?:\s+""" + _COUNCIL + r""")?
    |ngành|cơ\s+quan(?:\s+ngang\s+bộ|\s+thuộc\s+Chính\s+phủ|\s+chuyên\s+môn|\s+hành\s+chính
    |\s+báo\s+chí|\s+thông\s+tấn|\s+truyền\s+thông|\s+quản\s+lý\s+nhà\s+nước|\s+nhà\s+nước|\s+thông\s+tin
    |\s+tư\s+pháp|\s+tiến\s+hành\s+tố\s+tụng|\s+hải\s+quan|\s+thuế|\s+công\s+an|\s+kiểm\s+lâm|\s+tuyên\s+truyền)?|báo\s+chí|đơn\s+vị(?:\s+sự\s+nghiệp(?:\s+công\s+lập)?)?
    |địa\s+phương|tổ\s+chức(?:\s+chính\s+trị\s*-\s*xã\s+hội|\s+thành\s+viên(?:\s+của\s+Mặt\s+trận(?:\s+Tổ\s+quốc)?)?
                               |\s+đoàn\s+thể|\s+hành\s+chính)?|đoàn\s+thể|hội(?:\s+đoàn)?
    |huyện|xã|phường|đặc\s+khu|tỉnh|thành\s+phố|quận|thị\s+xã|thị\s+trấn|thôn|tổ\s+dân\s+phố|khu\s+phố|ấp
    |cấp|lực\s+lượng|trường\s+cao\s+đẳng(?:\s+sư\s+phạm)?|trường(?:\s+đại\s+học|\s+học)?(?!\s+hợp)|báo(?!\s+cáo)|đài
    |viện(?:\s+nghiên\s+cứu)?|đại\s+học|học\s+viện|trung\s+tâm
    |phát\s+thanh|truyền\s+hình
    |Ủy\s+ban\s+nhân\s+dân|UBND|Mặt\s+trận\s+Tổ\s+quốc|hiệp\s+hội|Thuế|(?-i:Cục|Tổng\s+cục|tổng\s+cục|Vụ)|(?-i:cục|vụ)(?=\s*,|\s+(?:có\s+)?liên\s+quan|\s+(?:trực\s+)?thuộc\s)|Chi\s+cục
    |(?-i:Văn\s+phòng|Thanh\s+tra)(?=\s*,|\s+và\s)  # "Các Vụ, Cục, Văn phòng, Thanh tra"
    |""" + _SERVICE + r"""|bệnh\s+viện
    |ngân\s+hàng|tập\s+đoàn|tổng\s+công\s+ty|Tỉnh\s+ủy|Thành\s+ủy|tỉnh\s+ủy|thành\s+ủy|Đảng\s+ủy|cấp\s+ủy
    |cao\s+đẳng|trung\s+cấp(?:\s+chuyên\s+nghiệp)?|doanh\s+nghiệp\s+nhà\s+nước
    |quân\s+khu|quân\s+chủng|binh\s+chủng|quân\s+đoàn|binh\s+đoàn|bộ\s+tư\s+lệnh   # the army's
    |hạt\s+kiểm\s+lâm|vườn\s+quốc\s+gia|khu\s+bảo\s+tồn(?:\s+thiên\s+nhiên)?   # the forests'
    |mầm\s+non|mẫu\s+giáo|tiểu\s+học|trung\s+học(?:\s+cơ\s+sở|\s+phổ\s+thông)?|THCS|THPT)"""  # (schools by level)
_AND_FIELDS = re.compile(r",[ \t\n]*lĩnh[ \t\n]+vực(?![\wÀ-ỹ])")
# (… or the works of the field: "các Bộ quản lý công trình xây dựng chuyên ngành", the construction law's term)
_MANAGING_SECTOR = re.compile(r"[ \t\n]+quản[ \t\n]+lý[ \t\n]+(?:chuyên[ \t\n]+)?(?:ngành|lĩnh[ \t\n]+vực"
                              r"|công[ \t\n]+trình[ \t\n]+xây[ \t\n]+dựng[ \t\n]+chuyên[ \t\n]+ngành)(?![\wÀ-ỹ])")
_COLLECTIVE = re.compile(
    # (the first letters its branches open with, looked at first: a scan of a case-blind pattern is fast only so)
    rf"""(?=[cnsbtđuủhml])(?P<c>
      (?:[Cc]ác|[Nn]hững)\s+{_UNIT_NOUNS}(?![\wÀ-ỹ])
    | (?:[Cc]ác\s+)?(?-i:[Cc]ơ)\s+sở\s+khám\s+bệnh,\s+chữa\s+bệnh(?![\wÀ-ỹ])   # the health facilities, "các" or not
    | (?:Sở|Bộ|sở|bộ)(?:,\s+(?:ban|ngành|cơ\s+quan)|\s+ngành)\b
    | [Cc]ấp\s+ủy(?=\s*(?:,|và)\s*(?:các\s+)?(?:chính\s+quyền|tổ\s+chức|cấp))   # "Cấp ủy, chính quyền …"
    | (?:Trường|trường)\s+đại\s+học(?=\s*(?:,|và)\s*(?:các\s+)?(?:viện|trường|cơ\s+sở)\b)   # "…, viện nghiên cứu"
    | (?:[Bb]áo|[Đđ]ài),\s+(?:[Bb]áo|[Đđ]ài)\b
    | (?:Cơ\s+quan\s+chuyên\s+môn|Đơn\s+vị\s+sự\s+nghiệp(?:\s+công\s+lập)?)(?=[\s,])  # "Cơ quan chuyên môn, …"
    | (?:Tỉnh\s+ủy|Thành\s+ủy),\s+(?:Thành\s+ủy|Tỉnh\s+ủy)\b
    | (?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Công\s+an|Bảo\s+hiểm\s+xã\s+hội
        |Ban\s+Chỉ\s+huy\s+Quân\s+sự|(?-i:Thuế)
        # the Front and the mass organisations each place has: "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường",
        # "Hội Liên hiệp Phụ nữ các cấp"
        |(?:Ủy\s+ban\s+)?(?-i:Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?|(?-i:Hội\s+Liên\s+hiệp\s+Phụ\s+nữ)
        |(?-i:Hội\s+Nông\s+dân)|(?-i:Hội\s+Cựu\s+chiến\s+binh)|(?-i:Liên\s+đoàn\s+Lao\s+động)
        |(?-i:Đoàn\s+Thanh\s+niên)(?:\s+(?-i:Cộng\s+sản\s+Hồ\s+Chí\s+Minh))?)
        \s+(?:(?:các|cấp)\b|(?:xã|phường|tỉnh|huyện|quận)\s*,   # "Công an xã, phường", not "Công an tỉnh, Bộ …"
              (?=\s*(?-i:xã|phường|thị\s+trấn|đặc\s+khu|thành\s+phố|thị\s+xã|huyện|quận|tỉnh)(?![\wÀ-ỹ])))
    )""",
    re.X | re.I,
)
# the initials that say which of a kind a collective means: "trung tâm GDNN-GDTX", "trường THCS"
_KIND_INITIALS = re.compile(rf"[ \t]+[{UPPER}]{{2,}}(?:[-&/][{UPPER}]{{2,}})*(?![\wÀ-ỹ])")
_ROLE_WORDS = r"(?:tham\s+mưu|quản\s+lý\s+nhà\s+nước|giúp\s+việc|chuyên\s+môn|hành\s+chính|sự\s+nghiệp)"
# what a body is asked to do, written with a capital where a heading ran into its first duty: no name goes on with it
_CAPITAL_VERBS = (r"(?:Phối\s+hợp|Chủ\s+trì|Chủ\s+động|Triển\s+khai|Thực\s+hiện|Tham\s+mưu|Tăng\s+cường|Đẩy\s+mạnh"
                  r"|Tiếp\s+tục|Chịu\s+trách\s+nhiệm|Có\s+trách\s+nhiệm|Theo\s+dõi|Đôn\s+đốc)(?![\wÀ-ỹ])")
_CAPITAL_VERB = re.compile(rf"(?<=\s){_CAPITAL_VERBS}")
# a Party committee, capitalised or in capitals ("… giúp việc Tỉnh ủy", a heading's "… GIÚP VIỆC THÀNH ỦY")
_COMMITTEE_NAMED = r"(?-i:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+ủy|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY)"
_COLLECTIVE_CONT = re.compile(
    rf"""(?:\s*(?:,(?!\s*(?:các|những)\s)|và(?!\s+(?:các|những)\s+(?!đại\s+biểu))|/|;(?=\s*cơ\s+quan))\s*(?:các\s+)?{_UNIT_NOUNS}(?:\s+khác)?(?![\wÀ-ỹ])
      # with no separator, "tổ chức" is the verb: "UBND cấp xã tổ chức thực hiện"
      # ("… thành phố Các sở, ngành": a cell's names run together, a capital "Các" opens the next)
      # ("các Hiệp hội ngành hàng": goods, no sector)
      # (but "tổ chức chính trị - xã hội" names bodies: "các đảng đoàn tổ chức chính trị - xã hội tỉnh")
      | \s*(?:(?-i:các)\s+)?(?!tổ\s+chức\b(?!\s+chính\s+trị\s*-\s*xã\s+hội)|tỉnh\b|thành\s+phố\b|ban\s+hành\b
                                |ngành\s+hàng\b)
        {_UNIT_NOUNS}(?:\s+khác)?(?![\wÀ-ỹ])
      # ("các đơn vị thuộc, trực thuộc Bộ", "thuộc và trực thuộc": those under it and those it runs)
      # (… or with no owner, the document's own: "6. Các chi bộ trực thuộc: căn cứ Kế hoạch này …")
      | \s+(?:(?:thuộc\s*(?:,|và|/)\s*)?trực\s+thuộc(?=[ \t*_]*(?:[:;.,]|$))
          |(?:thuộc\s*(?:,|và|/)\s*)?trực\s+thuộc
              \s+(?:Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy|Đảng\s+ủy|Tỉnh\s+đoàn|Thành\s+đoàn|Trung\s+ương|tỉnh|thành\s+phố|Chính\s+phủ|Bộ|Sở
                              |Ủy\s+ban\s+nhân\s+(?:dân\s+)?(?:tỉnh|thành\s+phố))
          |có\s+liên\s+quan|liên\s+quan|khác|còn\s+lại|quản\s+lý\s+(?:chuyên\s+)?ngành
          |(?:đóng\s+)?trên\s+địa\s+bàn   # "các trường đại học, cao đẳng trên địa bàn tỉnh"
          |cấp\s+(?:tỉnh|huyện|xã|trung\s+ương)
          |tuyến\s+(?:tỉnh|huyện|xã|trung\s+ương|cơ\s+sở)   # "các bệnh viện tuyến tỉnh": which level of care
          # (… or of the district: "các phòng, ban thuộc quận")
          |thuộc\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường
                   |(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|cấp\s+(?:tỉnh|huyện|xã)))?
                   |UBND(?:\s+(?:tỉnh|thành\s+phố))?|Chính\s+phủ|(?:cơ\s+quan\s+)?(?:Bộ|Sở|(?-i:Tổng\s+cục|Cục)))
          # "tham mưu, quản lý nhà nước thuộc Bộ", "tham mưu, giúp việc (của) Tỉnh ủy": whose aides they are
          |{_ROLE_WORDS}(?:[\s,]+{_ROLE_WORDS})*(?=\s+(?:trực\s+)?thuộc\s
                                                |\s+(?:của\s+)?{_COMMITTEE_NAMED}\b)
          |(?:của|thuộc)\s+(?:{_COMMITTEE_NAMED}|thành\s+phố|tỉnh|Trung\s+ương)
          # "… thành phố Hà Nội": the place, capitalised; across a line only a place of capitals
          # ("tỉnh⏎Tuyên Quang", not "tỉnh⏎Tuyên truyền, vận động …": the heading's text begins)
          |(?:tỉnh|thành\s+phố)(?-i:(?:[ \t]+|[ \t]*\n[ \t]*(?={_CAP}[ \t]+[{UPPER}]))(?!{_CAPITAL_VERBS}){_CAP}
                                 (?:\s+{_CAP}){{0,2}})
          |(?-i:Tỉnh\s+ủy|Thành\s+ủy)|ở\s+Trung\s+ương|ở\s+địa\s+phương|Trung\s+ương|tỉnh|thành\s+phố|các\s+cấp|đoàn\s+thể|chính\s+trị\s*-\s*xã\s+hội
          |ngang\s+bộ|nhà\s+nước|thành\s+viên(?:\s+của\s+Mặt\s+trận(?:\s+Tổ\s+quốc)?)?)(?![\wÀ-ỹ]))""",
    re.X | re.I,
)
_CENTRAL = re.compile(r"^(?:các\s+)?(?:bộ|cơ\s+quan\s+ngang\s+bộ)\b", re.I)
_PLURAL = re.compile(r"(?:[Cc]ác|[Nn]hững)\s+")
_LAST_EACH = re.compile(r"(?<![\wÀ-ỹ])các\s+(?:(?!các\s)[^,;\n])*(?:,[^,;\n]*)*$")
_CENTRAL_END = re.compile(r"trực\s+thuộc\s+(?:Trung|trung)\s+ương$")
_ENDS_WITH_PLACE = re.compile(rf"{_EACH_PLACES}$")
# a province's or city's name after its kind, ending where a "và" follows: "… tỉnh Đồng Tháp" before "và Tây Ninh"
_PLACE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:tỉnh|thành\s+phố)[ \t]+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*[ \t]*){1,4}$")
# the region a collective of places is drawn from, named in capitals: "(khu vực) Trung Bộ và Tây Nguyên",
# "từ Quảng Ninh đến Quảng Ngãi"
_WS = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # (a space, or a line's break)
_CAPITALS = rf"(?-i:{_CAP}(?:{_WS}{_CAP}){{0,4}})"
# (a body's head after "và" is another subject, no region: "… khu vực Tây Bắc và Bộ Công an phối hợp …")
_NO_REGION = (r"(?!(?:Bộ|Sở|Ủy|Uỷ|UBND|Công\s+an|Ban|Cục|Tổng\s+cục|Văn\s+phòng|Ngân\s+hàng|Tập\s+đoàn|Đài|Báo|Hội"
              r"|Đảng)(?![\wÀ-ỹ]))")
_REGION = re.compile(rf"(?:(?:(?<=khu\svực)|(?<=[ \t]vùng)|(?<=[ \t]miền))[ \t]+{_CAPITALS}"
                     rf"(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_NO_REGION}{_CAPITALS})*"
                     # (the line may break before it: "… ven biển ⏎ từ Quảng Ninh đến Khánh Hòa")
                     rf"|{_WS}từ{_WS}{_CAPITALS}{_WS}đến{_WS}{_CAPITALS})(?![\wÀ-ỹ])")
_AREA_WORD = re.compile(r"(?<![\wÀ-ỹ])(?:khu\s+vực|vùng|miền)(?![\wÀ-ỹ])")
_REGION_NAME = re.compile(rf"[ \t]+({_CAPITALS})(?![\wÀ-ỹ])")
# "các địa phương": the places of a collective, by no kind ("Ủy ban nhân dân các địa phương ven biển")
_LOCALITIES_END = re.compile(r"(?<![\wÀ-ỹ])các\s+địa\s+phương$")
# the land a collective's places are drawn from, after "vùng", "khu vực", "miền": "vùng đồng bằng sông Cửu Long",
# "vùng trung du và miền núi phía Bắc", "khu vực biên giới" (landforms in the grammar: "region_landforms")
_AREA_AFTER = re.compile(r"[ \t]+(?:thuộc[ \t]+)?(?:khu[ \t]+vực|vùng|miền)(?=[ \t])")


# the regions after the first, to the last after "và": "… vùng đồng bằng sông Cửu Long, Tây Nguyên ⏎ và Nam Trung Bộ"
_REGION_AND = re.compile(rf"(?:[ \t]*,[ \t]*{_NO_REGION}{_CAPITALS})*\s+và\s+{_NO_REGION}({_CAPITALS})(?![\wÀ-ỹ])")


@cache
def _landform_re() -> re.Pattern[str]:
    """A kind of land the grammar knows, anywhere: "miền núi", "biên giới", "ven biển"."""
    return re.compile(rf"(?<![\wÀ-ỹ])(?i:{_variants(_grammar()['region_landforms'])})(?![\wÀ-ỹ])")


@cache
def _landforms_re() -> re.Pattern[str]:
    land = _variants(_grammar()["region_landforms"])
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # (a space, or a line's wrap: "… vùng đồng bằng ⏎ sông Cửu Long")
    return re.compile(rf"(?:{gap}(?i:{land})(?:(?:[ \t]*,{gap}|{gap}và{gap}|{gap})(?i:{land}))*)?"
                      rf"(?:{gap}(?:phía{gap})?{_CAPITALS})?(?![\wÀ-ỹ])")


@cache
def _more_qualifiers_re() -> re.Pattern[str]:
    """Another of a collective's qualifiers after a comma: "… có cảng biển, cửa khẩu quốc tế", "… ven biển, biên
    giới" (the landforms and the qualifiers of the grammar)."""
    g = _grammar()
    return re.compile(rf"[ \t]*,[ \t]*(?:{_variants(g['place_qualifiers'])}|{_variants(g['region_landforms'])})"
                      r"(?![\wÀ-ỹ])")


def _which_places(text: str, opened: int, e: int, end: int) -> int:
    """Where the words after a collective's places that say which of them are meant end: a kind of land ("Ủy ban
    nhân dân các huyện miền núi", "các xã biên giới"), a region ("… khu vực Trung Bộ và Tây Nguyên", "… vùng đồng
    bằng sông Cửu Long"), qualifiers ("… có biển", "… có cảng biển, cửa khẩu quốc tế", "… ven biển, biên giới")."""
    places_end = e
    if _place_qualifiers_re().match(text, e, end) is None:  # (not "có công" of "… có công trình đi qua")
        e = _small_compounds(text, e, end)
    if (region := _REGION.match(text, e, end)) is not None:
        e = region.end()  # "… các tỉnh, thành phố khu vực Trung Bộ và Tây Nguyên", "… từ Quảng Ninh đến Huế"
    elif _AREA_WORD.search(text, opened, e) and (named := _REGION_NAME.match(text, e, end)) is not None \
            and is_place_name(named.group(1)):
        e = named.end()  # "… khu vực đồng bằng và trung du Bắc Bộ": the region after what kind of land
    elif (area := _AREA_AFTER.match(text, e, end)) is not None \
            and (land := _landforms_re().match(text, area.end(), end)) is not None and land.end() > area.end():
        e = land.end()  # "… các tỉnh vùng đồng bằng sông Cửu Long", "… các tỉnh vùng Tây Nguyên"
        if (more := _REGION_AND.match(text, e, end)) is not None \
                and _heads_re().match(text, more.start(1), end) is None:
            e = more.end()  # "… vùng đồng bằng sông Hồng ⏎ và Đông Nam Bộ" (not "… và Bộ Y tế")
    qualified = e > places_end
    for _ in range(3):  # "… các tỉnh, thành phố có biển", "… có rừng ngập mặn ven biển": which places
        if (which := _place_qualifiers_re().match(text, e, end)) is None \
                and (not qualified or (which := _more_qualifiers_re().match(text, e, end)) is None):
            break
        e, qualified = _small_compounds(text, which.end(), end), True
    if qualified and (others := _OTHERS.match(text, e, end)) is not None:
        e = others.end()  # "… các tỉnh, thành phố có rừng khác": the rest of them
    if qualified and (region := _REGION.match(text, e, end)) is not None:
        e = region.end()  # "… các tỉnh, thành phố ven biển từ Quảng Ninh đến Khánh Hòa"
    if qualified and (passes := _PASSES.match(text, e, end)) is not None:
        e = passes.end()  # "… nơi tuyến đường đi qua": the route's "đi" read with "đường" as one word
    if qualified and (struck := _struck_by_re().match(text, e, end)) is not None:
        e = struck.end()  # "… bị ảnh hưởng bởi bão số 3 và mưa lũ sau bão": what struck them
    return e


@cache
def _struck_by_re() -> re.Pattern[str]:
    """What struck the places a collective names, after "bị/chịu ảnh hưởng": "bởi bão số 3", "của bão, lũ", "do mưa
    lớn kéo dài" (the hazards are the grammar's)."""
    which = r"số\s+\d+|lớn|kéo\s+dài|sau\s+bão|vừa\s+qua"  # (which storm, how long, when)
    # (a wrap may part them, in small letters: "… mưa lũ sau ⏎ bão"; not "Năm 2025 …", a sentence the next line opens)
    hazard = (rf"(?:{_variants(_grammar()['hazards'])})"
              rf"(?:[ \t]+(?:{which}|năm[ \t]+\d{{4}})|[ \t]*\n[ \t]*(?-i:{which}))*")
    return re.compile(r"(?<=ảnh hưởng)(?:[ \t]+|[ \t]*\n[ \t]*)(?:bởi|của|do)[ \t]+"
                      r"(?:cơn[ \t]+|đợt[ \t]+|hoàn[ \t]+lưu[ \t]+)?"
                      rf"{hazard}(?:[ \t]*(?:,|và)[ \t]*{hazard})*(?![\wÀ-ỹ])", re.I)


_OTHERS = re.compile(r"[ \t]+khác(?![\wÀ-ỹ])")
_PASSES = re.compile(r"[ \t]+(?:đi[ \t]+)?qua(?![\wÀ-ỹ])")
_LOCAL = re.compile(r"^(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND)", re.I)


@cache
def _role_qualifiers_re() -> re.Pattern[str]:
    """What a collective's bodies are to the work ("các sở, ngành chủ chương trình", "các đơn vị chủ đầu tư")."""
    return re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?:{_variants(_grammar()['role_qualifiers'])})(?![\wÀ-ỹ])")


@cache
def _place_qualifiers_re() -> re.Pattern[str]:
    """The words after a collective's places that say which ones ("có biển", "ven biển")."""
    # (a project the document names in capitals: "… có Dự án đi qua")
    return re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?i:{_variants(_grammar()['place_qualifiers'])})(?![\wÀ-ỹ])")


# the work a collective's bodies were given, where it lists them: "được giao nhiệm vụ tại Phụ lục kèm theo", "được
# phân công chủ trì các nhiệm vụ trong Kế hoạch này"
_GIVEN_IN = re.compile(rf"[ \t]+(?:được\s+(?:giao|phân\s+công)|có\s+tên)(?:\s+[{LOWER}][\wÀ-ỹ]*){{0,5}}?"
                       r"\s+(?:tại|trong|theo)"
                       r"\s+(?:các\s+)?(?:Phụ\s+lục|Kế\s+hoạch|Quyết\s+định|Chương\s+trình|Đề\s+án|Danh\s+mục"
                       r"|Bảng\s+phân\s+công(?:\s+nhiệm\s+vụ)?)"
                       r"(?:\s+(?:số\s+)?[IVX\d]+[a-z]?)?(?:\s+(?:kèm|ban\s+hành\s+kèm)\s+theo)?"
                       r"(?:\s+(?:Kế\s+hoạch|Quyết\s+định|Chương\s+trình)\s+này|\s+này)?(?![\wÀ-ỹ])")


# "… và các cơ quan, đơn vị có liên quan": whoever else is concerned names no one
_BODY_NOUN = r"(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)"
_GENERIC_NOUN = rf"(?:{_BODY_NOUN}|địa\s+phương)"
_GENERIC_NOUNS = rf"{_GENERIC_NOUN}(?:\s*,\s*{_GENERIC_NOUN})*"
_GENERIC_TAIL = re.compile(
    rf"\s*(?:,\s*các|và(?:\s+các)?|cùng(?:\s+các)?)\s+{_GENERIC_NOUNS}\s+(?:có\s+)?liên\s+quan\s*$", re.I)
# "Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức, đơn vị có liên quan": a local body, then whoever is concerned
_GENERIC_TAIL_BARE = re.compile(rf"\s*,\s*{_GENERIC_NOUNS}(?:\s+khác)?\s+(?:có\s+)?liên\s+quan\s*$", re.I)


# "các địa phương" (the provinces) names bodies enough to be asked for help; "các cơ quan" does not
_GENERIC_ONLY = re.compile(
    rf"(?:(?:các|những)\s+)?{_BODY_NOUN}(?:\s*(?:,|và)\s*{_GENERIC_NOUN})*(?:\s+khác)?"
    # (those that carry it out: "Trách nhiệm của các cơ quan và tổ chức thực hiện")
    r"(?:\s+thực\s+hiện)?"
    # (wherever they are: "các cơ quan, đơn vị, địa phương trên địa bàn tỉnh")
    r"(?:\s+(?:có\s+)?liên\s+quan)?(?:\s+trên\s+địa\s+bàn(?:\s+(?:tỉnh|thành\s+phố|huyện|xã|phường))?)?", re.I)


def is_generic(name: str) -> bool:
    """"các cơ quan, đơn vị", "các đơn vị có liên quan", "các đơn vị khác thuộc Bộ Tài chính", "các ngành, các
    cấp": a collective that names no one."""
    name = " ".join(name.split())
    return _GENERIC_ONLY.fullmatch(name) is not None or _OTHERS_CONCERNED.fullmatch(name) is not None \
        or _ROLE_ONLY.match(name) is not None or _FORCES.fullmatch(name) is not None \
        or _EVERY_LEVEL.fullmatch(name) is not None or _KINDS_AT_EVERY_LEVEL.fullmatch(name) is not None


# kinds of body at every level, none in particular: "cấp ủy, tổ chức đảng, chính quyền các cấp"
_KIND_AT_LEVELS = r"(?:các\s+)?(?:cấp\s+ủy|tổ\s+chức\s+đảng|chính\s+quyền|đoàn\s+thể|cơ\s+quan|đơn\s+vị|ngành)"
_KINDS_AT_EVERY_LEVEL = re.compile(rf"(?i){_KIND_AT_LEVELS}(?:\s*(?:,|và)\s*{_KIND_AT_LEVELS})*\s+(?:ở\s+)?các\s+cấp")


# every sector, every level: "các ngành", "các cấp", "các cấp, các ngành" (not "các sở, ngành", the departments)
_EVERY_LEVEL = re.compile(r"(?i)(?:các\s+)?(?:cấp|ngành)(?:\s*(?:,|và)\s*(?:các\s+)?(?:cấp|ngành))*")


# "các lực lượng chức năng (trên địa bàn)": whichever forces do the job, no one named
_FORCES = re.compile(r"(?i)(?:các\s+)?lực\s+lượng(?:\s+chức\s+năng(?:\s+khác)?|(?=\s+trên\s+địa\s+bàn))"
                     r"(?:\s+(?:trên\s+địa\s+bàn|có\s+liên\s+quan|liên\s+quan))?")


# a role, not a body: "Cơ quan thường trực và Tổ giúp việc", "Đơn vị chủ trì"
_ROLE_ONLY = re.compile(r"(?i)(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)\s+(?:thường\s+trực|đầu\s+mối|chủ\s+trì|phối\s+hợp"
                        r"|chủ\s+quản)(?![\wÀ-ỹ])")


_OTHERS_CONCERNED = re.compile(rf"(?:(?:các|những)\s+)?{_BODY_NOUN}(?:\s*,\s*{_GENERIC_NOUN})*\s+khác"
                               r"(?:\s+(?:trực\s+)?thuộc\s+[^,;]{1,60}?)?(?:\s+(?:có\s+)?liên\s+quan)?", re.I)


_ENTERPRISES = re.compile(r"(?i:tập\s+đoàn|tổng\s+công\s+ty|doanh\s+nghiệp)")


def _names_one(text: str, c: re.Match[str], end: int) -> bool:
    """Does a collective's continuation open one named body ("Sở Y tế", "Ủy ban nhân dân Thành phố", "Viện
    kiểm sát nhân dân cấp tỉnh")?"""
    noun = c.group(0).lstrip(" ,;/").removeprefix("và").lstrip()
    if not noun[:1].isupper() or (_ENTERPRISES.fullmatch(noun)
                                  and re.match(rf"\s+[{UPPER}]", text[c.end() : min(end, c.end() + 3)]) is None):
        # ("Các Tập đoàn, Tổng công ty nhà nước": the state's enterprises, as a kind; "… và Tập đoàn Điện lực Việt
        # Nam" names one)
        return False
    at = c.end() - len(noun)
    if noun.isupper() and not any(ch.islower() for ch in text[max(0, at - 24, text.rfind("\n", 0, at)) : at]):
        # a heading in capitals ("CÁC SỞ, BAN, NGÀNH"): every word is capitalised, so a body is named on its
        # own only by a word after the noun that no collective goes on with ("CÁC SỞ, NGÀNH VÀ SỞ Y TẾ")
        word = re.match(r"[ \t]+([^\W\d_]+)", text[c.end() : min(end, c.end() + 30)])
        return word is not None and fold(word.group(1)) not in _places() \
            and _COLLECTIVE_CONT.match(text, c.end(), end) is None
    if re.match(rf"\s+[{UPPER}]", text[c.end() : min(end, c.end() + 3)]) is not None:
        return True
    read = find(text, at, min(end, at + 120))
    # (one body: "Ủy ban nhân dân các huyện" after "các sở, ban, ngành," goes on with the collective)
    return bool(read) and read[0].start == at and read[0].end > c.end() + 1 and not read[0].collective \
        and re.search(r"\b(?:các|những)\b", read[0].text) is None


_MEMBERS_OF = re.compile(rf"[ \t]+(?:là[ \t]+)?thành[ \t]+viên(?:[ \t]+(?:của|trong))?[ \t]+(?=[{UPPER}])")
_MEMBERS_END = re.compile(r"(?<![\wÀ-ỹ])thành\s+viên$")  # ("các cơ quan thành viên Ban Chỉ đạo …")
_PARENT_NEXT = re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?:của[ \t]+)?(?=[{UPPER}])")  # (a line's wrap or a cell's)
_ENDS_UNDER = re.compile(r"(?<![\wÀ-ỹ])(?:trực\s+)?thuộc$")
_OF_PARENT = re.compile(r"thuộc\s+(?:cơ\s+quan\s+)?(Bộ|Sở|Tổng\s+cục|Cục)$")
_KINDS_OF_UNIT_END = re.compile(r"(?i:đơn\s+vị|cơ\s+quan|vụ|cục|viện|trung\s+tâm|phòng|ban)$")
_CONCERNED_END = re.compile(r"liên\s+quan$")
# … and a generic tail after the kinds: "Cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan" names the facilities,
# then whoever else is concerned
_GENERIC_CONCERNED = re.compile(r"\s*[,;]?\s*(?:và\s+)?(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)"
                                r"(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức))*\s+(?:có\s+)?liên\s+quan\b", re.I)
_PLURAL_OPEN = re.compile(r"(?:các|những)\s", re.I)
_CAPITAL_HEAD_NEXT = re.compile(r"\s*(?:,|và)\s*(?:Ban|Bộ|Sở|Cục|Chi\s+cục|Phòng)\s+[A-ZĐ]")


# (… or a special zone: "Ủy ban nhân dân các xã, phường, đặc khu Phú Quý")
_KIND_END = re.compile(r"(?:,|[ \t]và)[ \t]*(?:thành\s+phố|thị\s+xã|đặc\s+khu)$")
# a city's name in capitals, whole ("… thành phố Đà Lạt, Bảo Lộc")
_CITY = rf"(?P<p>{_CAPITALS})(?![\wÀ-ỹ])(?![ \t]+[{UPPER}])"
_PLACE_AFTER = re.compile(rf"[ \t]+{_CITY}")
# (… and another, of its kind again: "… thị xã Kiến Tường, thành phố Tân An")
_MORE_PLACE = re.compile(rf"[ \t]*(?:,|và)[ \t]*(?:(?:thành[ \t]+phố|thị[ \t]+xã|đặc[ \t]+khu)[ \t]+)?{_CITY}")


def _named_again(text: str, start: int, e: int, end: int) -> bool:
    """Does the next line, after a collective that ends its line, open with a body its line named before it ("…
    Tỉnh và các tổ chức thành viên ⏎ Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì …"): the body named again, its
    sentence's subject, and no part of the collective."""
    if "\n" not in text[e : e + 3]:
        return False
    pos = e + len(text[e:]) - len(text[e:].lstrip())
    nxt = text[pos : name_end(text, pos, end)] if (h := _heads_re().match(text, pos, end)) is None \
        else text[pos : name_end(text, h.end(), end, after_head=True)]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    again = find(nxt)
    return bool(again) and again[0].start == 0 and {again[0].name, fold(again[0].text)} & {
        x for a in find(line) for x in (a.name, fold(a.text))} != set()


def collectives(text: str, start: int, end: int) -> list[AgencyMention]:
    """Collective units, whole: "Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các quận, huyện";
    a comma before a new "các" begins another ("các Ban của HĐND, các Tổ đại biểu")."""
    return _collectives(text, start, end, first=False)


def collective_at(text: str, pos: int, end: int) -> AgencyMention | None:
    """The collective unit that opens at ``pos``, if one does (``collectives`` read no further than its first)."""
    found = _collectives(text, pos, end, first=True)
    return found[0] if found and found[0].start == pos else None


def _collectives(text: str, start: int, end: int, first: bool) -> list[AgencyMention]:
    out: list[AgencyMention] = []
    # "Ủy ban nhân dân thành phố Thủ Đức và các quận, huyện": one place's committee and those of a kind, whole
    # (``first``: only one opening at ``start`` matters, and only the first collective)
    kinds = () if text.find(" và các ", start, end) < 0 else (
        _NAMED_AND_PLACES.finditer(text, start, end) if not first
        else (m for m in [_NAMED_AND_PLACES.match(text, start, end)] if m is not None))
    whole = [AgencyMention(clean_value(m.group(0)), clean_value(m.group(0)), m.start(), m.end(), collective=True)
             for m in kinds]
    found = _COLLECTIVE.finditer(text, start, end)
    for m in (itertools.islice(found, 1) if first else found):
        if (out and m.start() < out[-1].end) or any(a.start <= m.start() < a.end for a in whole):
            continue
        if m.group("c")[0].islower() and m.start() > start and text[m.start() - 1 : m.start()] not in (" ", "\n"):
            continue
        e = m.end()
        if re.match(rf"\s+[{UPPER}]", text[e : e + 3]) and m.group("c")[-1:].isalpha() \
                and not _named_again(text, m.start(), e, end):
            e = name_end(text, e, end)  # "Các Cục Hải quan tỉnh, thành phố": a name after the noun
        elif _COLLECTIVE_CONT.match(text, e, end) is None:
            e = _small_compounds(text, e, end)  # "các trường trung học phổ thông": what kind of school
        while (c := _COLLECTIVE_CONT.match(text, e, end)) is not None and c.end() > e:
            if _CENTRAL.match(text[m.start() : e]) and _LOCAL.match(c.group(0).lstrip(" ,;và/").lstrip()):
                break
            if _titles_re().match(text, e + len(c.group(0)) - len(c.group(0).lstrip(" ,;/")), end) is not None:
                break  # "… các phòng chuyên môn thuộc Sở, Chi cục trưởng Chi cục Dân số": another body's head's title
            if _CONCERNED_END.search(text, m.start(), e) or (
                    _GENERIC_CONCERNED.match(text, e, end) and not _PLURAL_OPEN.match(text, m.start(), end)
                    and len(re.split(r"[,;]", text[m.start() : e])[0].split()) >= 3):
                # "các ngành liên quan và UBND các huyện": whoever is concerned, then a body of its own (a list
                # "các …" opens is concerned whole: "các sở, ngành, cơ quan, đơn vị có liên quan"; so is one of bare
                # kinds: "Bộ, ngành, cơ quan liên quan")
                break
            if _names_one(text, c, end):
                break  # "các sở, ngành và Sở Y tế": a named body after the collective is its own
            if re.match(r"[ \t]+[A-ZĐ]", c.group(0)) and _body_begins(text, c.start(), end):
                break  # "Các đơn vị thuộc Bộ UBND các tỉnh": a cell's names run together, a body's head the next
            if (cap := re.search(rf"[ \t]+(?=[{UPPER}])", c.group(0))) is not None \
                    and not re.search(r"[,;/]|(?<![\wÀ-ỹ])(?:và|VÀ)(?![\wÀ-ỹ])", c.group(0)[: cap.start()]) \
                    and re.search(rf"(?<![\wÀ-ỹ]){_PLACE_KINDS}$", c.group(0)[: cap.start()]) is not None \
                    and _body_begins(text, c.start() + cap.start(), end):
                e = c.start() + cap.start()  # "Các sở, ban, ngành tỉnh UBND các huyện": the place, then the next body
                break
            if _CAPITAL_HEAD_NEXT.match(text[c.start() : c.end() + 4]):
                break  # "Các sở, Ban Quản lý các khu công nghiệp": a head in capitals names a body of its own
            if re.match(r"\s*\n\s*(?:(?:Các|Những)\s|(?:UBND|Ủy\s+ban|Uỷ\s+ban|Sở|Bộ|Ban|Cục|Chi\s+cục)(?![\wÀ-ỹ]))",
                        c.group(0)):
                # "…thuộc Chính phủ⏎Các bộ, …": a new line opening "Các" begins a new sentence; a cell's line
                # opening a body's head names another ("Các sở, ban, ngành⏎UBND các xã, phường")
                break
            e = c.end()
            if (initials := _KIND_INITIALS.match(text, e, end)) is not None and not m.group(0).isupper() \
                    and _heads_re().match(text, _past_space(text, e, end), end) is None:
                # "Các trường THPT, trung tâm GDNN-GDTX và …": which of the kind, by its initials (not a body's own:
                # "Các sở, ban, ngành UBND các huyện" names the next body; in a heading in capitals every word is one)
                e = initials.end()
            elif m.group("c").startswith(("Các", "các", "Những", "những")) \
                    and re.match(rf"[ \t]+[{LOWER}]", text[e : e + 3]):
                # "Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên": what
                # kind the next is, in small letters on its line, as the first's (not a cell's next line)
                e = _small_compounds(text, e, end)
        if (managing := _MANAGING_SECTOR.match(text, e, end)) is not None:
            e = managing.end()  # "các Bộ quản lý lĩnh vực": those that manage the field in question
        if text.endswith("ngành", m.start(), e) and (pair := _AND_FIELDS.match(text, e, end)) is not None:
            e = pair.end()  # "các sở quản lý ngành, lĩnh vực": the sectors and fields they manage, a pair
        if (role := _role_qualifiers_re().match(text, e, end)) is not None:
            e = role.end()  # "các sở, ngành chủ chương trình": which of them, by their part in the work
        if ((member := _MEMBERS_OF.match(text, e, end)) is not None
                or (_MEMBERS_END.search(text, m.start(), e) and (member := _PARENT_NEXT.match(text, e, end)))) \
                and (whose := find(text, member.end(), min(end, member.end() + 160))) \
                and whose[0].start == member.end() and not whose[0].collective \
                and ("\n" not in member.group(0)
                     or re.match(r"[ \t*_]*(?:[\n;,]|$)", text[whose[0].end : whose[0].end + 4]) is not None):
            # "các sở, ngành là thành viên Ban Chỉ huy phòng thủ dân sự tỉnh": which, by whose members (on the next line
            # only when the name ends there or ends its list's piece: a cell's "Các sở, ngành thành viên ⏎ Ban Chỉ đạo",
            # not a heading's "… các tổ chức thành viên ⏎ Ủy ban Mặt trận … chủ trì …")
            e = whose[0].end
        if (given := _GIVEN_IN.match(text, e, end)) is not None and not is_generic(text[m.start() : e]):
            e = given.end()  # "các sở, ngành được giao nhiệm vụ tại Phụ lục kèm theo": which of them, by the work given
        if (plural := _PLURAL.match(text, m.start(), e)) is not None \
                and (known := _gazetteer_at(text, plural.end(), end)) is not None and known[1] > e:
            e = known[1]  # "các Cơ quan đại diện Việt Nam ở nước ngoài": the plural of a body the gazetteer knows
        if (each := _LAST_EACH.search(text, m.start(), e)) is not None \
                and (places := _EACH_PLACE.match(text, each.start(), end)) is not None and places.end() > e:
            e = places.end()  # "Ủy ban nhân dân các huyện, thành, thị": the short names of the kinds go on
        if _KIND_END.search(text, m.start(), e) and (named := _PLACE_AFTER.match(text, e, end)) is not None \
                and (_heads_re().match(text, named.start("p"), end) is None or is_place_name(named.group("p"))) \
                and not _verb_start(text, named.start("p"), end) \
                and (is_place_name(named.group("p")) or " " in named.group("p")):
            # "Ủy ban nhân dân các huyện, thành phố Đà Lạt, Bảo Lộc": the cities the list names
            e = named.end()
            while (more := _MORE_PLACE.match(text, e, end)) is not None \
                    and (_heads_re().match(text, more.start("p"), end) is None or is_place_name(more.group("p"))) \
                    and not _titles_re().match(text, more.start("p"), end) \
                    and not _verb_start(text, more.start("p"), end):
                e = more.end()
        if (having := _HAVING_THEN_PARENT.match(text, e, end)) is not None \
                and (whose := find(text, having.end(), min(end, having.end() + 120))) \
                and whose[0].start == having.end():
            e = whose[0].end  # "các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế": which of them, and whose
        if (under := _PARENT.match(text, e, end)) is not None and _KINDS_OF_UNIT_END.search(text, m.start(), e) \
                and (whose := find(text, under.end(), min(end, under.end() + 120))) \
                and whose[0].start == under.end() and not whose[0].collective:
            e = whose[0].end  # "các đơn vị thuộc Ngân hàng Nhà nước", "Các Vụ, Cục, đơn vị thuộc Thanh tra Chính phủ"
        elif _ENDS_UNDER.search(text, m.start(), e) is not None \
                and (whose := find(text, (at := _past_space(text, e, end)), min(end, at + 120))) \
                and whose[0].start == at and not whose[0].collective:
            e = whose[0].end  # "các bệnh viện công lập trực thuộc Sở Y tế": whose they are, read with the kind's words
        if (parent := _OF_PARENT.search(text, m.start(), e)) is not None \
                and (known := _gazetteer_at(text, parent.start(1), end)) is not None and known[1] > e:
            e = known[1]  # "các bệnh viện trực thuộc Bộ Y tế": the parent by its whole name
        if _ENDS_WITH_PLACE.search(text, m.start(), e) or _CENTRAL_END.search(text, m.start(), e) \
                or _LOCALITIES_END.search(text, m.start(), e):
            e = _which_places(text, m.start(), e, end)
        # "… và Ủy ban nhân dân các quận, huyện": a second collective joined by "và"
        # ("… và các địa phương": a new "các" after "và" begins another collective, as after a comma — but
        # "các Tổ đại biểu và các đại biểu Hội đồng nhân dân" are the deputies still)
        joined = re.match(r"\s*(?:,|và)(?!\s*(?:các|những)\s+(?!đại\s+biểu))\s*", text[e:end])
        # ("các ngành liên quan và UBND các huyện": whoever is concerned, then a body of its own)
        if joined and _CONCERNED_END.search(text, m.start(), e) is None \
                and (m2 := _COLLECTIVE.match(text, e + joined.end(), end)) is not None and not (
                _CENTRAL.match(text[m.start() : e]) and _LOCAL.match(m2.group(0))):
            e = m2.end()
            while (c := _COLLECTIVE_CONT.match(text, e, end)) is not None and c.end() > e:
                e = c.end()
        if _BARE_KINDS.fullmatch(text, m.start(), e) is not None:
            # "Các Ban, Văn phòng Liên đoàn Lao động tỉnh", "Các Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ": kinds of no owner
            # of their own, then the bodies named whose owner they share — one collective
            e = _owners_list_end(text, e, end)
        raw = text[m.start() : e]
        if _private(raw):
            continue
        if ((generic := _GENERIC_TAIL.search(raw)) is not None or (
                _LOCAL.match(raw) and (generic := _GENERIC_TAIL_BARE.search(raw)) is not None)) and generic.start() > 0:
            raw = raw[: generic.start()]  # "… UBND các xã, phường và các cơ quan, đơn vị có liên quan"
        out.append(AgencyMention(clean_value(raw), clean_value(raw), m.start(), m.start() + len(raw.rstrip(" ,")),
                                 collective=True))
    return sorted([*out, *whole], key=lambda a: a.start) if whole else out


_BARE_KIND = r"(?:Ban|Vụ|Cục|Tổng\s+cục|Phòng|Chi\s+cục|Viện|Trung\s+tâm)"
_BARE_KINDS = re.compile(rf"(?:[Cc]ác|[Nn]hững)\s+{_BARE_KIND}(?:\s*,\s*{_BARE_KIND})*")
_LIST_COMMA = re.compile(r"[ \t]*,[ \t\n]*")


def _owners_list_end(text: str, e: int, end: int) -> int:
    """Where the bodies named after a list of bare kinds end, each after a comma ("…, Văn phòng Bộ, Thanh tra Bộ"), or
    ``e`` if none is."""
    while (comma := _LIST_COMMA.match(text, e, end)) is not None \
            and (named := find(text, comma.end(), min(end, comma.end() + 160))) \
            and named[0].start == comma.end() and not named[0].collective:
        e = named[0].end
    return e


_PLACE_KIND_WORDS = r"(?:quận|huyện|xã|phường|thị\s+xã|thị\s+trấn|đặc\s+khu)"
_NAMED_AND_PLACES = re.compile(
    rf"(?:(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND)\s+(?:[Tt]hành\s+phố|TP\.?|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã)"
    rf"\s+[{UPPER}][\wÀ-ỹ]*(?:\s+[{UPPER}][\wÀ-ỹ]*){{0,3}}"
    rf"\s+và\s+các\s+{_PLACE_KIND_WORDS}(?:\s*,\s*{_PLACE_KIND_WORDS})*(?![\wÀ-ỹ])")


_HAVING_THEN_PARENT = re.compile(rf"\s+có(?:\s+[{LOWER}][\wÀ-ỹ]*){{1,3}}\s+(?:trực\s+)?thuộc\s+(?=[{UPPER}])")


_LEVELS = re.compile(r"(?P<body>(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Công\s+an)"
                     r"\s+cấp\s+(?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*cấp\s+(?:tỉnh|huyện|xã))+", re.I)


# ---- subjects ------------------------------------------------------------------------------------



def subjects(text: str, start: int, end: int) -> list[AgencyMention]:
    """The agencies a heading or sentence opens by addressing, titles stripped, lists split.

    (Cached: the tree, the units and the tasks ask about the same openings.)
    """
    return list(_subjects(text, start, end))


@lru_cache(maxsize=8192)
def _subjects(text: str, start: int, end: int) -> tuple[AgencyMention, ...]:
    found = _read_subjects(text, start, end)
    if len(found) > 1 and honours_one(text, start, end):
        # "Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chỉ đạo …": one person's posts, the last the one that acts
        # (not "Đồng chí Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: …", the posts of many)
        found = found[-1:]
    return tuple(found)


# what parts a name from the next in a subject's list ("Bộ Quốc phòng (Bộ Tổng Tham mưu), Bộ Công an": a note in
# brackets after a name)
_NEXT_NAME = re.compile(rf"\s*(?:{BRACKET_NOTE}\s*)?(?:,|và|VÀ|;|/)\s*")
_ORGAN_OF_EACH = re.compile(r"[\s*_]*(?P<organ>Ban\s+cán\s+sự\s+đảng|Đảng\s+đoàn|Đảng\s+ủy)"
                            r"\s+(?=(?i:các)\s+(?i:bộ)\s*:)")
_HONORIFIC = re.compile(r"[\s*_]*(?:[Cc]ác\s+)?[Đđ]ồng\s+chí\s+")
_ONE_HONOURED = re.compile(r"[\s*_\-–+•:]*(?:(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s+)?[Đđ]ồng\s+chí\s+")
_POSTS_OF_MANY = re.compile(r"[^:;.\n]{0,80}?\s(?i:các)\s")
def past_titles(text: str, pos: int, end: int) -> int:
    """Past the office-holders' titles a subject opens with ("Chủ tịch Hội đồng thành viên, Tổng Giám đốc " in "… các
    tập đoàn kinh tế …"), else ``pos``."""
    for _ in range(6):
        if (title := _titles_re().match(text, pos, end)) is None:
            break
        pos = title.end()
    return pos


def honours_one(text: str, start: int, end: int) -> bool:
    """Does the sentence at ``start`` address one comrade by posts ("Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh
    chỉ đạo …")?"""
    return (one := _ONE_HONOURED.match(text, start, end)) is not None and not _POSTS_OF_MANY.match(text, one.end(), end)


# a Party organ in small letters after a request's opener: "ban thường vụ", "ban cán sự đảng", "đảng đoàn"
_SMALL_PARTY_ORGAN = re.compile(rf"(?:ban\s+thường\s+vụ|ban\s+cán\s+sự\s+đảng|đảng\s+đoàn|đảng\s+ủy|ban\s+chấp\s+hành)"
                                rf"\s+(?:các\s+)?(?=[{UPPER}]|(?:tỉnh|thành|huyện|quận|thị|xã|phường)\s*(?:ủy|uỷ))")
# (its kind may hold a comma: "các cơ quan thông tấn, báo chí:")
_GROUP_LABEL = re.compile(r"[Cc]ác\s+[^:\n;]{2,60}?:[ \t]*")


# a committee's post, then who holds it after the colon, an office-holder: "Trưởng Ban Chỉ đạo: Phó Thủ tướng …", "Phó
# Trưởng Ban thường trực: Bộ trưởng …", "Các Ủy viên: …" (its members, no body it gives work)
_MEMBER_POST = re.compile(r"(?:(?:Phó\s+)?(?:Trưởng\s+(?:[Bb]an|[Tt]iểu\s+ban|[Tt]ổ|[Đđ]oàn)|Chủ\s+tịch\s+[Hh]ội\s+đồng"
                          r"|Tổ\s+trưởng)|(?:[Cc]ác\s+)?(?:[Ủủ]y|[Uu]ỷ)\s+viên|Thành\s+viên|Thư\s+ký)"
                          r"[^:\n]{0,60}:[ \t]*(?=(?:Phó\s+)?(?:Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+tịch"
                          r"|Giám\s+đốc|Lãnh\s+đạo|Đại\s+diện|Ông|Bà|Đồng\s+chí)(?![\wÀ-ỹ]))")


def _read_subjects(text: str, start: int, end: int) -> list[AgencyMention]:
    """The agencies a heading or sentence opens by addressing, titles stripped, lists split.

    >>> t = "Bộ trưởng Bộ Công an, Giám đốc Sở Tư pháp chủ trì"
    >>> [a.name for a in subjects(t, 0, len(t))]
    ['Bộ Công an', 'Sở Tư pháp']
    """
    pos = start
    m = re.match(r"[\s*_\-–+•:]*", text[pos:end])
    pos += m.end() if m else 0
    if (o := _openers_re().match(text, pos, end)) is not None:
        pos = o.end()
        if _SMALL_PARTY_ORGAN.match(text, pos, end) is not None:
            # "Đề nghị ban thường vụ các tỉnh ủy, thành ủy: …": a Party organ the request names in small letters,
            # read as its capital (the same length: every offset holds)
            text = f"{text[:pos]}{text[pos].upper()}{text[pos + 1:]}"
    if _MEMBER_POST.match(text, pos, end) is not None:
        return []  # "1. Trưởng Ban Chỉ đạo: Phó Thủ tướng …", "3. Phó Trưởng Ban: Thứ trưởng …": a committee's members
    pos = after_person(text, pos, end)  # "Đồng chí Trần Quốc Bảo, Phó Giám đốc Sở Y tế – Ủy viên: …": the member's body
    if (honour := _HONORIFIC.match(text, pos, end)) is not None and _titles_re().match(text, honour.end(), end):
        pos = honour.end()  # "Đồng chí Chủ tịch UBND phường chỉ đạo …": the post, addressed with its honorific
    # ("Thủ trưởng các cơ quan, đơn vị: Trạm Y tế xã, Trường …": the heads of a group's bodies, by name)
    titled = past_titles(text, pos, end)
    if (label := _GROUP_LABEL.match(text, pos, end) or (
            _GROUP_LABEL.match(text, titled, end) if _SHARED.match(text, titled, end) is None else None)) is not None \
            and _heads_re().match(text, label.end(), end) \
            and ((shared := _SHARED.match(text, pos, end)) is None
                 or fold(text[label.end() : label.end() + 12]).startswith(fold(shared.group("head") or "") + " ")):
        # "Các doanh nghiệp: Bưu điện tỉnh, Viễn thông Hà Giang", "Các Ban: Ban Quản lý dự án …": a group's label, its
        # bodies (not "các Bộ: Công an, Y tế", a head the list shares, whose first name is a head too)
        pos = label.end()
    out: list[AgencyMention] = []
    if (plural := re.match(r"[Cc]ác\s+(?=Bộ\s+trưởng\s*,)", text[pos:end])) is not None:
        pos += plural.end()  # "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ …": the titles, in the plural
    for _ in range(12):
        if out and (label := _GROUP_LABEL.match(text, pos, end)) is not None \
                and _heads_re().match(text, label.end(), end):
            # "Ủy ban MTTQ Việt Nam huyện và các đoàn thể: Hội LHPN huyện, Hội Nông dân huyện …": the kind, then who
            pos = label.end()
        title = _titles_re().match(text, pos, end)
        if title is not None:
            pos = _past_title(text, title)
            if re.match(r"Bộ\s+trưởng\s*,", title.group(0)) and not re.match(r"\s*Chủ\s+nhiệm\s", text[pos:end]):
                # (not one minister's two titles: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
                # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ …": the ministers, as a body
                out.append(AgencyMention("Bộ", "Bộ", title.start(), title.start() + 2, collective=True))
                continue
            # "Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ": the heads of one kind and another, then their bodies
            while title.group(0).rstrip().endswith(",") and (more := _titles_re().match(text, pos, end)) is not None:
                title, pos = more, _past_title(text, more)
        # "Bộ trưởng các Bộ: Công an, Quốc phòng, Ngoại giao", "Các Bộ: Tài chính, Y tế" — one head
        # shared by a list
        shared = _SHARED.match(text, pos, end)
        if shared is None and (organ := _ORGAN_OF_EACH.match(text, pos, end)) is not None \
                and (shared := _SHARED.match(text, organ.end(), end)) is not None \
                and _listed_whole(shared, each := _shared_list(text, shared, end)):
            # "Ban cán sự đảng các bộ: Tài chính, Giáo dục và Đào tạo …": the Party organ of each ministry listed
            prefix = " ".join(organ.group("organ").split())
            return _place_shared(out + [AgencyMention(f"{prefix} {a.text}", _canonical(f"{prefix} {a.text}"),
                                                      a.start, a.end) for a in each])
        if shared and _listed_whole(shared, each := _shared_list(text, shared, end)):
            out.extend(each)
            # ("Các Vụ: Pháp chế, Hợp tác quốc tế và Thanh tra Bộ theo chức năng …": a body of its own after the list)
            sep = _SUBJECT_SEP.match(text, each[-1].end, end)
            # (or another body's head by title: "… Xây dựng và Chủ tịch Ủy ban nhân dân tỉnh …")
            if sep is None or (_first(text, sep.end(), end) is None
                               and _titles_re().match(text, sep.end(), end) is None):
                return _place_shared(out)
            pos = sep.end()
            continue
        here = (_small_head_body(text, title, pos, end) if title is not None else None) or _first(text, pos, end)
        if here is not None and here.collective and (listed := _AGENCIES_LISTED.match(text, here.start, end)) \
                and listed.end() > here.start and _first(text, listed.end(), end) is not None:
            # "…, Thủ trưởng các cơ quan: Thanh tra Chính phủ, Ngân hàng Nhà nước Việt Nam …": the bodies by their names
            pos = listed.end()
            continue
        if here is None and (plural := _PLURAL_OF.match(text, pos, end)) is not None \
                and (named := _first(text, plural.end(), end)) is not None \
                and (members := _named_members(text, named, end)):
            return out + members  # "Các Công ty TNHH MTV Thủy lợi: Bắc Nghệ An, …": a plural no collective names
        if here is None:
            # "Thủ trưởng cơ quan ngang bộ": a title over a collective noun without "các"
            bare = _BARE_COLLECTIVE.match(text, pos, end) if title is not None and out and out[-1].collective else None
            if bare is None:
                break
            prev = out.pop()
            joined = f"{prev.text}, {clean_value(bare.group(0))}"
            here = AgencyMention(joined, joined, prev.start, bare.end(), collective=True)
        elif not here.collective:
            here = place_extended(text, _extended(text, here, end), end)
        if out and here.collective and _GENERIC_NEXT.match(text, pos, min(end, here.end + 40)):
            break  # "… và các cơ quan, đơn vị có liên quan": no one in particular
        if out and out[-1].text == "Bộ" and out[-1].collective and re.match(r"các\s+bộ\b", here.text, re.I):
            out.pop()  # "Bộ trưởng, Thủ trưởng các bộ, cơ quan khác": the collective names the ministries
        elif out and out[-1].collective and re.fullmatch(r"(?:các\s+)?Bộ", out[-1].text, re.I) and here.collective \
                and (rest := _AGENCIES_AFTER.match(here.text)) is not None:
            # "Bộ trưởng các Bộ, Thủ trưởng các cơ quan ngang bộ, …": the ministries and the agencies, one body
            prev = out.pop()
            joined = f"{'các ' if prev.text != 'Bộ' or rest.group(0) else ''}Bộ, {here.text[rest.end():]}"
            joined = joined[:1].upper() + joined[1:] if prev.text[:1].isupper() and prev.text != "Bộ" else joined
            here = AgencyMention(joined, joined, prev.start, here.end, collective=True)
        if not here.collective and (_EACH_BODY.match(here.text) or _EACH_COMMITTEE.match(here.text)) \
                and _PLACE_LIST.match(text, here.end, end):
            here = replace(here, collective=True)  # "Sở Y tế các tỉnh, thành phố: Hà Nội, …", read as a name
        if members := _named_members(text, here, end):
            return out + members  # "Các Công ty TNHH MTV Thủy lợi: Bắc Nghệ An, Nam Nghệ An": one name, each's own
        if (per_place := each_place(text, here, end)) is not None:
            out.extend(per_place)
            # "UBND các huyện: A, B và Ủy ban nhân dân thị xã C": a body of its own after the list
            sep = _SUBJECT_SEP.match(text, per_place[-1].end, end) if per_place else None
            if sep is None or (_first(text, sep.end(), end) is None
                               and _titles_re().match(text, sep.end(), end) is None):
                return _place_shared(out)
            pos = sep.end()
            continue
        if here.collective and out and re.fullmatch(r"các\s+(?:tỉnh|thành\s+phố)(?:\s*,\s*thành\s+phố)?", here.text) \
                and (shared := _LOCAL_BODY.match(out[-1].text)) is not None \
                and (per := each_place(text, replace(here, text=f"{shared.group(0)} {here.text}"), end)):
            # "Ủy ban nhân dân Thành phố Hồ Chí Minh, thành phố Cần Thơ và các tỉnh: Vĩnh Long, Đồng Tháp": the
            # places listed after the colon go on sharing the committee
            return out + per
        if here.collective and out and (inline := _BARE_PLACES.fullmatch(here.text)) is not None \
                and (shared := _LOCAL_BODY.match(out[-1].text)) is not None:
            # "Ủy ban nhân dân thành phố Hà Nội, thành phố Hải Phòng và các tỉnh Lào Cai, Phú Thọ …":
            # the places go on sharing the committee
            at = here.start + inline.start("first")
            return out + _per_place(text, replace(here, text=f"{shared.group(0)} {inline.group('body')}"), at, end)
        out.extend(split_shared(here))  # "Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh"
        pos = here.end
        if numbered := _more_numbered(text, here, end):
            out.extend(numbered)  # "Cục … khu vực 1, 2, 3"
            pos = numbered[-1].end
        # ("Bộ Quốc phòng (Bộ Tổng Tham mưu), Bộ Công an": a note in brackets after a name)
        sep = _NEXT_NAME.match(text, pos, end)
        if sep is None:
            break
        nxt = sep.end()
        body = _BODY_OF_PLACE.match(here.text) if not here.collective else None
        while body is not None and (
                (_PLACE_HEAD.match(text, nxt, end) is not None and (e := name_end(text, nxt, end)) > nxt)
                or (e := _bare_place_end(text, nxt, end)) > nxt):
            # "Ủy ban nhân dân tỉnh Nghệ An, tỉnh Hà Tĩnh", "… tỉnh Nghệ An, Hà Tĩnh": the next place
            # shares the body
            place = clean_value(text[nxt:e])
            if not _PLACE_HEAD.match(place):
                level = " ".join(body.group("kind").split()).lower()
                city = level in ("tỉnh", "thành phố") and fold(place) in _cities()
                place = f"{'thành phố' if city else level} {place}"
            name = f"{body.group('body')} {place}"
            out.append(AgencyMention(name, _canonical(name), nxt, e))
            pos = e
            sep = _SUBJECT_SEP.match(text, pos, end)
            if sep is None:
                return _place_shared(out)
            nxt = sep.end()
        if _titles_re().match(text, nxt, end) is None and _first(text, nxt, end) is None:
            break
        pos = nxt
    return _place_shared(out)


# a committee's member by name, then by the post held in a body: "Đồng chí Trần Quốc Bảo, Phó Giám đốc Sở Y tế"
_PERSON_THEN_TITLE = re.compile(rf"(?:Đồng\s+chí|Ông|Bà)\s+(?:[{UPPER}][\wÀ-ỹ'’]*\s+){{1,5}}?[{UPPER}][\wÀ-ỹ'’]*"
                                r"\s*,[ \t*_]*")
# a post in a committee: "Ủy viên", "Phó Trưởng ban", "Tổ phó" (match it case-blind)
COMMITTEE_POST = r"(?:Phó\s+)?(?:Ủy\s+viên|Uỷ\s+viên|Thành\s+viên|Trưởng\s+ban|Tổ\s+trưởng|Tổ\s+phó|Thư\s+ký)"


def after_person(text: str, pos: int, end: int) -> int:
    """Past a committee member's name before the post held ("Đồng chí Trần Quốc Bảo, " in "Đồng chí Trần Quốc Bảo, Phó
    Giám đốc Sở Y tế – Ủy viên: …"), else ``pos``."""
    lead = re.match(r"[\s*_]*", text[pos:end])
    at = pos + (lead.end() if lead else 0)
    person = _PERSON_THEN_TITLE.match(text, at, end)
    return person.end() if person is not None and _titles_re().match(text, person.end(), end) \
        and _POST_THEN_DUTIES.match(text, person.end(), min(len(text), person.end() + 200)) is not None else pos


# the member's post in the committee, then its duties: "… – Ủy viên: phụ trách …" (not a meeting's chair, "Đồng chí
# Lưu Văn Khôi, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo chủ trì Hội nghị")
_POST_THEN_DUTIES = re.compile(rf"[^\n]*?(?:\n[^\n]*?)?[-–]\s*{COMMITTEE_POST}[^:.;]{{0,40}}:", re.I)


_SUBJECT_SEP = re.compile(r"\s*(?:,|và|VÀ|;|/)\s*")


def _each_place_body(name: str) -> bool:
    """Does ``name`` ("… các tỉnh Lạng Sơn") open with a body each place has: its people's committee or council,
    or a body the gazetteer knows by its place ("Sở Công Thương", "Công an", "Bộ Chỉ huy Quân sự")?"""
    if _LOCAL.match(name):
        return True
    inline = _INLINE_PLACES.fullmatch(name)
    if inline is None or not is_place_name(" ".join(inline.group("first").split())):
        return False
    body = re.sub(r"\s+các\s+\S+(?:\s+(?:xã|phố|trấn))?$", "", inline.group("body"))
    return vocab.agencies.resolve(body) is not None


def as_each_place(a: AgencyMention) -> AgencyMention:
    """A name read whole with the places it lists ("Trung tâm Kiểm soát bệnh tật các tỉnh Gia Lai"), marked as the
    collective it is, so that ``each_place`` gives one body per place."""
    if not a.collective and _INLINE_PLACES.fullmatch(a.text) and _each_place_body(a.text):
        return replace(a, collective=True)
    return a


def each_place_listed(text: str, a: AgencyMention, end: int) -> list[AgencyMention] | None:
    """``each_place``, for a name read whole too: "Sở Nông nghiệp và Môi trường các tỉnh, thành phố: Cà Mau, An
    Giang" is a body of each place listed."""
    if not a.collective and _EACH_BODY.fullmatch(a.text) and not _LOCAL.match(a.text):
        a = replace(a, collective=True)
    return each_place(text, a, end) if a.collective else None


def each_place(text: str, here: AgencyMention, end: int) -> list[AgencyMention] | None:
    """A collective over a list of places, one body per place: "Ủy ban nhân dân các tỉnh, thành phố: Hà
    Tĩnh, Huế …", "Công an các tỉnh: Quảng Ninh, Lạng Sơn", "Ủy ban nhân dân các tỉnh Hưng Yên, Thái
    Bình …" (the same list without its colon); None when it is no such list."""
    if _BARE_LOCAL.fullmatch(here.text) and (places := _KINDS_LISTED.match(text, here.end, end)) is not None:
        # "Chủ tịch Ủy ban nhân dân: huyện Đức Thọ, huyện Can Lộc, thị xã Hồng Lĩnh": each place says its kind
        return _per_place(text, here, places.end(), end)
    if not here.collective:
        return None
    if (places := _PLACE_LIST.match(text, here.end, end)) is not None \
            and (_LOCAL.match(here.text) or _EACH_BODY.match(here.text) or _EACH_COMMITTEE.match(here.text)):
        return _per_place(text, here, places.end(), end)
    if _LOCAL.match(here.text) and _EACH_PLACE.search(here.text) \
            and (_place_qualifiers_re().search(here.text) or _landform_re().search(here.text)) \
            and (qualified := _QUALIFIED_LIST.match(text, here.end, end)) is not None \
            and not _EXAMPLES_LISTED.search(qualified.group(0)) \
            and (named := _PLACE_NAME.match(text, qualified.end(), end)) is not None \
            and is_place_name(" ".join(text[named.start() : _wrapped_end(text, named.end(), end)].split())):
        # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có dịch đang lây lan nhanh: Lào Cai, Phú Thọ …": which of them,
        # then their names
        return _per_place(text, here, qualified.end(), end)
    if _LOCALITIES.fullmatch(here.text) and (places := _PLACE_LIST.match(text, here.end, end)) is not None \
            and (named := _PLACE_NAME.match(text, places.end(), end)) is not None \
            and is_place_name(" ".join(named.group(0).split())):
        # "Đề nghị các địa phương: Cần Thơ, Vĩnh Long …": the provinces and cities named, each by its committee
        return _per_place(text, replace(here, text="Ủy ban nhân dân các tỉnh, thành phố"), places.end(), end)
    if (inline := _INLINE_PLACES.fullmatch(here.text)) is not None and _each_place_body(here.text) \
            and ("," in inline.group("first") or _NEXT_PLACE.match(text, here.end, here.end + 8)):
        return _per_place(text, replace(here, text=inline.group("body")), here.start + inline.start("first"), end)
    if _LOCAL.match(here.text) and _EACH_KIND.search(here.text) is not None \
            and (first := _PLACES_AFTER.match(text, here.end, end)) is not None \
            and _heads_re().match(text, first.end(), end) is None \
            and (e := _PLACE_NAME.match(text, first.end(), end)) is not None \
            and _NEXT_PLACE.match(text, (after := _wrapped_end(text, e.end(), end)), after + 4):
        # "UBND các xã Phước An, Long Thọ" in a cell, the collective read without its places: each one
        return _per_place(text, here, first.end(), end)
    return None
# a body named with its place: "Công an tỉnh Nghệ An" (the body, then "tỉnh …")
_BODY_OF_PLACE = re.compile(rf"(?P<body>.+?)\s(?P<kind>(?i:thành\s+phố|tỉnh|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường"
                            rf"|đặc\s+khu))\s+(?=[{UPPER}])")


def _bare_place_end(text: str, pos: int, end: int) -> int:
    """Where a province's or city's name written alone at ``pos`` ends ("Hà Tĩnh" in "Ủy ban nhân
    dân tỉnh Nghệ An, Hà Tĩnh"), else ``pos``."""
    named = _PLACE_NAME.match(text, pos, end)
    if named is None or _PLACE_HEAD.match(text, pos, end) is not None \
            or ((head := _heads_re().match(text, pos, end)) is not None and head.end() > named.end()):
        return pos  # (a body's head is no place: "…, Đảng ủy phường Phúc Yên" is the next body, "Đảng" no place)
    return named.end() if is_place_name(" ".join(named.group(0).split())) else pos
_AGENCIES_AFTER = re.compile(r"(?:các\s+)?(?=cơ\s+quan\s+(?:ngang\s+bộ|thuộc\s+Chính\s+phủ))", re.I)
_AGENCIES_LISTED = re.compile(rf"(?i:các)\s+cơ\s+quan\s*:\s*(?=[{UPPER}])")
_BARE_LOCAL = re.compile(r"(?:Hội\s+đồng\s+nhân\s+dân|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)")


@cache
def _union_boards_re() -> re.Pattern[str]:
    """A Youth Union committee's board named bare ("Ban Phong trào ⏎ Tỉnh đoàn"): the grammar's ``union_boards``
    (its boards that a Party committee has too, "Ban Tuyên giáo", are ``party_boards``)."""
    return re.compile(rf"Ban\s+{trie_regex(_grammar()['union_boards'])}")


@cache
def _party_boards_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Party committee's board or office named without whose it is, and one named with its committee ("Ban Tổ chức,
    Ban Dân vận Huyện ủy": the committee named once, after the last); the boards are the grammar's ``party_boards``."""
    boards = trie_regex(_grammar()["party_boards"])
    board = rf"(?:Ban\s+{boards}|Văn\s+phòng|(?:Ủy|Uỷ)\s+ban\s+Kiểm\s+tra)"
    return re.compile(board), re.compile(rf"{board}\s+(?P<owner>(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ)"
                                         rf"(?:\s+[A-ZĐ][\wÀ-ỹ]*){{0,3}})")


def _place_shared(out: list[AgencyMention]) -> list[AgencyMention]:
    """"Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng": the council is the city's too."""
    if len(out) > 2 and _BARE_PARTY_COMMITTEES.fullmatch(out[0].text) \
            and (places := [_PER_PLACE.fullmatch(b.text) for b in out[1:]]) and all(places):
        # "Tỉnh ủy, Ủy ban nhân dân các tỉnh: Lào Cai, Hải Phòng": each place's Party committee as well as its own
        party = [AgencyMention(n, _canonical(n), b.start, b.end)
                 for m, b in zip(places, out[1:], strict=True) if m is not None
                 for n in [f"{_province_committee(m.group('kind'))} {m.group('place')}"]]
        return [*party, *out[1:]]
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        body = _LOCAL_BODY.match(b.text)
        if _BARE_LOCAL.fullmatch(a.text) and body is not None and _PLACE_HEAD.match(b.text, body.end() + 1):
            name = f"{a.text}{b.text[body.end():]}"
            out[i] = AgencyMention(name, _canonical(name), a.start, a.end, a.collective)
        elif re.fullmatch(r"Tỉnh\s+ủy|Thành\s+ủy", a.text) and body is not None \
                and (place := re.match(r"\s+(?:tỉnh|thành\s+phố)\s+(?=[A-ZĐÀ-Ỹ])", b.text[body.end() :], re.I)):
            # "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Gia Lai": the Party committee of the same place
            name = f"{a.text} {b.text[body.end() + place.end():]}"
            out[i] = AgencyMention(name, _canonical(name), a.start, a.end, a.collective)
    bare_board, owned_board = _party_boards_re()
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if bare_board.fullmatch(a.text) and (owned := owned_board.fullmatch(b.text)) is not None \
                and vocab.agencies.resolve(a.text) is None:
            # "Ban Tổ chức, Ban Dân vận Huyện ủy": each board the committee's, named once after the last
            name = f"{a.text} {owned.group('owner')}"
            out[i] = AgencyMention(name, _canonical(name), a.start, a.end, a.collective)
    return out


_GENERIC_NEXT = re.compile(rf"\s*(?:các\s+)?{_GENERIC_NOUNS}\s+(?:có\s+)?liên\s+quan", re.I)
# "Các Bộ: Tài chính, Xây dựng", "Các Vụ: Pháp chế, …": one head over a list of names
# ("Các Bộ trưởng: Quốc phòng, Công an" — the ministers of a list of ministries)
# ("các Bộ Vật tư, Nội thương, Tài chính": the same list without its colon, after "các")
# (not a region's "Bộ": "… vùng Tây Nguyên và Nam Trung Bộ:")
_SHARED = re.compile(r"(?<![\wÀ-ỹ])(?:(?:các\s+)?(?P<head>(?<!Trung )(?<!Bắc )(?<!Nam )Bộ|Sở"
                     r"|(?-i:Tổng\s+cục|Cục|Vụ|Viện|Ban|Phòng|Tập\s+đoàn"
                     r"|Tổng\s+công\s+ty"  # ("Đề nghị các Tổng công ty: Đường sắt Việt Nam, Hàng hải Việt Nam, …")
                     r"|(?<=[Cc]ác\s)(?:phòng|cục|vụ)))"  # ("Trưởng các phòng: Tài chính - Kế hoạch, …", "Các phòng:")
                     # "Các Bộ, ngành: Công an, …", "Các Bộ, cơ quan: Công an, …, Ngân hàng Nhà nước Việt Nam"
                     # ("Bộ trưởng các Bộ, Thủ trưởng các cơ quan: Tư pháp, …, Văn phòng Chính phủ")
                     r"(?:\s+trưởng)?(?:\s*,\s*(?:ban\s*,\s*)?(?:ngành|cơ\s+quan)"
                     r"|\s*,\s*(?-i:Thủ)\s+trưởng\s+các\s+cơ\s+quan)?\s*:\s*"
                     rf"|(?-i:[Cc]ác)\s+(?P<head2>(?-i:[Bb]ộ|[Ss]ở))\s+"
                     rf"(?=(?-i:[{UPPER}])[\wÀ-ỹ]*(?:\s+[\wÀ-ỹ]+){{0,4}}\s*,)"
                     # the companies of one group by their regions or cities: "Các Tổng công ty Điện lực: miền Bắc,
                     # miền Trung, …, Thành phố Hà Nội"
                     # (… or the project boards by their numbers: "Các Ban Quản lý dự án: 2, 7, Mỹ Thuận")
                     rf"|(?-i:[Cc]ác)\s+(?P<head3>(?-i:Ban\s+Quản\s+lý\s+dự\s+án)|(?-i:Tổng\s+công\s+ty|Công\s+ty|Cảng\s+vụ)"
                     rf"(?:\s+(?-i:[{UPPER}])[\wÀ-ỹ]*(?:\s+(?-i:[a-zà-ỹđ])[\wÀ-ỹ]*)?){{1,2}})\s*:\s*(?=\S))", re.I)
_BARE_COLLECTIVE = re.compile(r"(?:cơ\s+quan\s+ngang\s+bộ|cơ\s+quan\s+thuộc\s+Chính\s+phủ|cơ\s+quan,\s+đơn\s+vị"
                              r"(?:\s+(?:trực\s+)?thuộc[^,;:.]{0,40})?|cơ\s+quan\s+chuyên\s+môn[^,;:.]{0,40}|các\s+cơ\s+quan[^,;:.]{0,40})"
                              r"(?:\s*,\s*cơ\s+quan\s+thuộc\s+Chính\s+phủ)?(?:\s*,\s*cơ\s+quan\s+khác\s+ở\s+trung\s+ương)?",
                              re.I)


_PLACE_LIST = re.compile(rf"\s*:\s*(?=[{UPPER}])")
_KINDS_LISTED = re.compile(rf"[ \t]*:\s*(?={_PLACE_KINDS}\s+[{UPPER}][^,;:\n]{{0,30}}(?:,|\s+và\s)\s*"
                           rf"{_PLACE_KINDS}\s+[{UPPER}])")
# (the words that go on saying which of them, up to their list's colon: "… có dịch đang lây lan nhanh: Lào Cai, …" — not
# examples of them: "… như: Hà Nội, …")
_QUALIFIED_LIST = re.compile(r"[^.;:()]{1,60}?:\s*")
_EXAMPLES_LISTED = re.compile(r"(?<![\wÀ-ỹ])(?:như|nhất\s+là|gồm|bao\s+gồm|trong\s+đó|đặc\s+biệt\s+là)[\s*_]*:")
# ("Đề nghị các địa phương: Cần Thơ, …", "Các tỉnh, thành phố: Quảng Ninh, Hải Phòng": the places, their committees)
_LOCALITIES = re.compile(r"(?i:các\s+(?:địa\s+phương|tỉnh(?:\s*,\s*thành\s+phố)?|thành\s+phố(?:\s*,\s*tỉnh)?))")
_BARE_PARTY_COMMITTEES = re.compile(r"(?:Tỉnh|Thành)\s+ủy(?:\s*,\s*(?:Tỉnh|Thành)\s+ủy)?")  # (no place of their own)
_PER_PLACE = re.compile(r"Ủy\s+ban\s+nhân\s+dân\s+(?P<kind>tỉnh|thành\s+phố)\s+(?P<place>\S.*)")
# a body of each place in a list: "Công an các tỉnh", "Sở Y tế các tỉnh, thành phố"
# (… or of each place of a lower level: "Đảng ủy các phường: Hạ Long, Bãi Cháy và đặc khu Vân Đồn")
_EACH_BODY = re.compile(rf"(?P<body>[{UPPER}][^;:]*?)\s+các\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường"
                        rf"|thị\s+trấn|đặc\s+khu)(?:\s*,\s*{_PLACE_KINDS})*$")
# the party's committee of each province or city in a list: "Ban Thường vụ các tỉnh ủy, thành ủy: Thanh Hóa, Huế", "Các
# tỉnh ủy: Nghệ An, Hà Tĩnh"
_EACH_COMMITTEE = re.compile(r"(?P<body>.*?)\s*(?i:các)\s+(?P<level>(?i:tỉnh|thành|huyện|quận|thị))\s+(?:ủy|uỷ)"
                             r"(?:\s*,\s*(?i:tỉnh|thành|huyện|quận|thị)\s+(?:ủy|uỷ))*$")
def _province_committee(kind: str) -> str:
    """The Party committee of a province or a city of that level: a city's is its Thành ủy."""
    return "Thành ủy" if kind == "thành phố" else "Tỉnh ủy"


_COMMITTEE_OF = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị": "Thị ủy", "thị xã": "Thị ủy"}
_PLACES_ALONE = re.compile(rf"các\s+{_PLACE_KINDS}(?![\wÀ-ỹ])")  # "các tỉnh/thành phố khác": no body named
_BARE_PLACES = re.compile(rf"(?P<body>các\s+(?:tỉnh|thành\s+phố))\s+(?P<first>[{UPPER}].*)", re.S)
_INLINE_PLACES = re.compile(rf"(?P<body>.+?\s+các\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))"
                            rf"\s+(?P<first>[{UPPER}].*)",
                            re.S)


def _wrapped_end(text: str, pos: int, end: int) -> int:
    """Past the capitals a place's name runs on with over a line break ("… các xã Đức ⏎ Lập Hạ, …")."""
    return w.end() if (w := _PLACE_WRAP.match(text, pos, end)) is not None else pos


_EACH_KIND = re.compile(rf"các\s+{_PLACE_KINDS}$")
_NEXT_PLACE = re.compile(rf"\s*(?:,|và)\s*[{UPPER}]")  # another place of a list goes on: ", Long Thọ"
_PLACES_AFTER = re.compile(rf"[ \t]+(?=[{UPPER}])")
_PLACE_WRAP = re.compile(rf"[ \t]*\n[ \t]*{_CAP}(?:[ \t]+{_CAP})*")


@cache
def _cities() -> frozenset[str]:
    """The cities governed directly by the centre, folded: their committee is "… thành phố …"."""
    return frozenset(fold(c) for c in _grammar()["cities"])


@cache
def _known_place_names() -> frozenset[str]:
    return frozenset(fold(p) for p in vocab.load("places.json")["places"])


_PLACE_NAME = re.compile(rf"(?:(?i:{_PLACE_KINDS})\s+)?{_CAP}"
                         rf"(?:(?:[ \t]+|[ \t]*[-–][ \t]*){_CAP})*")  # "Bà Rịa - Vũng Tàu"


# the capitals end where the sentence goes on in small letters, on their line or the next
_SMALL_AFTER = re.compile(r"(?:[ \t*_]+|[ \t*_]*\n[ \t*_]*)[a-zà-ỹđ]")
_OWN_KIND = re.compile(r"^(?:thành\s+phố|tỉnh)\s+")  # folded: a place saying what kind it is
_OTHER_LEVEL = re.compile(r"các\s+(huyện|quận|xã|phường|thị\s+xã|thị\s+trấn|đặc\s+khu)\s*")


# a body of its own after a list of places (not "Trường Văn", a commune's name)
_OWN_BODY = re.compile(r"(?:Sở|Bộ|Công\s+an|Ban|Cục|Chi\s+cục|Văn\s+phòng|Trung\s+tâm|Bộ\s+Chỉ\s+huy|Đài|Báo|Chủ\s+tịch"
                       r"|Giám\s+đốc)\s+[\wÀ-ỹ]"
                       # (a place's own Party committee: "Các huyện ủy: Gia Viễn, Yên Mô và Thành ủy Tam Điệp")
                       rf"|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ)\s+[{UPPER}]")


def _per_place(text: str, collective: AgencyMention, base: int, end: int) -> list[AgencyMention]:
    """One committee (or council, or other body of each place) per place of the list that begins at
    ``base``."""
    committee = _EACH_COMMITTEE.match(collective.text)
    if committee is not None:
        body = committee.group("body")  # (each place's party committee: "Tỉnh ủy Nghệ An", "Thành ủy Huế")
    elif re.match(r"Ủy\s+ban\s+nhân|Uỷ\s+ban\s+nhân|UBND", collective.text, re.I):
        body = "Ủy ban nhân dân"
    elif _LOCAL.match(collective.text):
        body = "Hội đồng nhân dân"
    else:
        each = _EACH_BODY.match(collective.text)
        body = each.group("body") if each is not None else collective.text
    # "UBND các huyện: Thọ Xuân, Triệu Sơn": the level the list names, else a province or a city
    level = _OTHER_LEVEL.search(collective.text)
    out: list[AgencyMention] = []
    for item in re.finditer(r"[^,;.:]+?(?=\s*(?:,|\s+và\s+|;|\.|:|$))", text[base:end]):
        if out and text[base + item.start() - 1] == ".":
            break  # "…, thị xã Gò Công. Thời gian: …": the sentence ended with the list
        lead = re.match(r"\s*(?:và\s+)?", item.group(0))
        s = base + item.start() + (lead.end() if lead else 0)
        if _LOCAL.match(text[s : base + item.end()]) or _OWN_BODY.match(text, s, base + item.end()):
            break  # "… Núi Thành và Ủy ban nhân dân thị xã Điện Bàn": a body of its own ends the list
        if (other := _OTHER_LEVEL.fullmatch(text, s, base + item.end())) is not None \
                and text[base + item.end() : base + item.end() + 1] == ":":
            level = other  # "UBND các phường: A, B và các xã: C, D": the list goes on at another level
            continue
        # a place's name is its capitals ("Cần Thơ" though "cần" reads as a verb)
        named = _PLACE_NAME.match(text, s, base + item.end())
        e = named.end() if named is not None else s
        if (wrapped := _PLACE_WRAP.match(text, e, base + item.end())) is not None \
                and (is_place_name(_OWN_KIND.sub("", fold(" ".join(text[s : wrapped.end()].split()))))
                     or (level is not None and (wrapped.end() == base + item.end()
                                                or _SMALL_AFTER.match(text, wrapped.end()))
                         # (not the next line's work: "… Quảng Ninh và Lệ Thủy ⏎ Khẩn trương triển khai …")
                         and verbs_re().match(fold(text[e : e + 40]).lstrip()) is None)):
            # "Đắk⏎Lắk", "tỉnh Bắc⏎Ninh": a known place wrapped at the line's end; "huyện: Cẩm⏎Xuyên,": a
            # place of a lower level whose capitals fill the item
            e = wrapped.end()
        place = " ".join(text[s:e].split())
        if e < base + item.end() and not is_place_name(place) \
                and _verb_start(text, s, base + item.end()):
            break  # "UBND các huyện, thành phố: Xây dựng kế hoạch …": the duties follow the colon, no places
        # "…: Hà Nội, Thành phố Hồ Chí Minh": a place may say what kind it is
        own = re.match(rf"({_PLACE_KINDS})\s+(?=[A-ZĐÀ-Ỹ])", place, re.I)
        place = place[own.end() :] if own else place
        if not place or not _is_cap(place) or len(re.findall(r"[\wÀ-ỹ]+", place)) > 4:
            break
        kind = " ".join(own.group(1).lower().split()) if own else \
            _kind_written(text, place, collective.text) or " ".join(level.group(1).split()) if level else \
            "thành phố" if fold(place) in _cities() else "tỉnh"
        if committee is not None:
            # each place's Party committee, by the level the list names or the place's own kind: "Ban Thường vụ các
            # huyện ủy: Phù Cát, Tuy Phước", "… các tỉnh ủy, thành ủy: Thanh Hóa, Huế"
            listed = "thị xã" if kind == "thị xã" else committee.group("level").lower()
            kind = _COMMITTEE_OF.get(listed) or _province_committee(kind)
        elif vocab.LEVEL_COMMITTEE.fullmatch(body):
            # "Tỉnh ủy các tỉnh: An Giang, Cà Mau": the committee's word says the level ("Tỉnh ủy An Giang"), a
            # city's is its Thành ủy
            body, kind = ("Thành ủy" if kind == "thành phố" else body), ""
        name = " ".join(f"{body} {kind} {place}".split())
        out.append(AgencyMention(name, _canonical(name), s, e))
        if e < base + item.end() or re.match(r"[ \t*_]*:", text[base + item.end() : base + item.end() + 4]):
            break  # (a colon after a place ends the list: "… và thành phố Hải Phòng:⏎Thành lập …")
    if not out:
        return [collective]
    # the first committee's span opens with the phrase that names them all, where the subject begins
    return [replace(out[0], start=collective.start), *out[1:]]


def _kind_written(text: str, place: str, listed: str) -> str | None:
    """Of the kinds a collective lists ("các xã, phường: Hòa Tiến, Bà Nà, Hòa Xuân"), the one the document writes
    before the place elsewhere ("… xã Bà Nà và phường Hòa Xuân"), if it lists several and the document says."""
    kinds = [" ".join(k.split()) for k in re.findall(_PLACE_KINDS, listed.lower())]
    if len(set(kinds)) < 2:
        return None
    words = r"\s+".join(map(re.escape, place.split()))
    written = re.search(rf"(?<![\wÀ-ỹ])({'|'.join(k.replace(' ', r'\s+') for k in kinds)})\s+{words}(?![\wÀ-ỹ])",
                        text, re.I)
    return " ".join(written.group(1).lower().split()) if written else None


def ends_with_shared_head(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end with a head its list shares, before the list ("4. Bộ trưởng các Bộ:")?"""
    stop = len(text[:end].rstrip(" \t\n*_"))
    return any(m.group("head") and m.end() >= stop for m in _SHARED.finditer(text, start, end))


def is_place_name(name: str) -> bool:
    """Is ``name`` a province's or city's name ("Bắc Ninh", "Việt Nam")?"""
    return fold(name) in _known_place_names()


# a body written only by its initials as one item of a list: "TCMT", "VPB", "TTCNTT", "TN&MT"
_INITIALS = re.compile(r"(?<![\w&])[A-ZĐ](?:[A-ZĐ]|&(?=[A-ZĐ])){1,9}(?![\w&])")
_LIST_ITEM = re.compile(r"[^,;\n]+")
# … and with the number and the place written after them: "BCĐ 389 tỉnh", "QLTT tỉnh", "BHXH huyện Tân Phú"
_INITIALS_PLACED = re.compile(rf"(?P<i>{_INITIALS.pattern})(?:[ \t]+\d{{1,4}})?"
                              r"(?:[ \t]+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường)"
                              rf"(?:[ \t]+[{UPPER}][\wÀ-ỹ]*)*)?")


def initials(text: str, start: int, end: int, besides: Sequence[AgencyMention] = ()) -> list[AgencyMention]:
    """The items of a list of bodies in ``text[start:end]`` written as initials alone ("Vụ PC, TCMT;
    VPB" → "TCMT", "VPB"), none overlapping the names already read (``besides``). Only a column of
    bodies is read so: in running text initials name anything ("CNTT", "KH")."""
    out: list[AgencyMention] = []
    for item in _LIST_ITEM.finditer(text, start, end):
        part = re.sub(r"^\s*(?:và\s+)?|[\s.]*$", "", item.group())
        s = item.start() + item.group().find(part)
        if part and (placed := _INITIALS_PLACED.fullmatch(part)) and not re.fullmatch(r"[IVXLC]+|S?TT", part) \
                and placed.group("i") not in _grammar()["not_initials"] \
                and (fold(part) in _alone() or placed.group("i") not in _grammar()["heads"]):
            # ("II" is a number, "STT" a column's name, "EU" no body; "UBND ⏎ huyện …" goes on)
            out.append(AgencyMention(part, part, s, s + len(part)))
    return [a for a in out if not any(x.start < a.end and a.start < x.end for x in besides)]


def shared_lists(text: str, start: int, end: int) -> list[AgencyMention]:
    """Every "Các Sở: Tài chính, Nội vụ" in ``text[start:end]``, one agency per name of the list."""
    return [a for shared in _SHARED.finditer(text, start, end)
            if _listed_whole(shared, each := _shared_list(text, shared, end)) for a in each]


def _listed_whole(shared: re.Match[str], each: list[AgencyMention]) -> bool:
    """Did the shared head name a list? Without a colon ("các Sở Y tế, …") only when it named two or more,
    and after a head in small letters ("các sở Y tế, Giáo dục và Đào tạo") only when the first is a body
    the gazetteer knows (not "các bộ Tiêu chí …", sets of criteria)."""
    head2 = shared.group("head2")
    if head2 and head2[0].islower() and (not each or vocab.agencies.resolve(each[0].text) is None):
        return False
    return len(each) > 1 or (bool(each) and not head2)


_ITEM_RUN = re.compile(r"[^,;.]+")
# the tail a shared head's list gives each item, in small letters or figures: a company's region, a board's number
# ("miền Bắc", "7")
_REGION_OR_NUMBER = re.compile(rf"(?:miền|vùng|khu\s+vực)\s+[{UPPER}]|\d{{1,3}}(?![\d/.])")


def _known_item(text: str, head: str, s: int, end: int) -> int:
    """Where the longest name the gazetteer knows under ``head`` ("Bộ" + "Văn hóa, Thể thao và Du lịch")
    ends, read from ``s`` across commas, "và" and line breaks; ``s`` when none."""
    best = s
    for w in re.finditer(r"[^\s,;.:]+", text[s : min(end, s + 90)]):
        if re.search(r"[;.:]", text[s : s + w.start()]):
            break
        if vocab.agencies.resolve(f"{head} {clean_value(text[s : s + w.end()])}") is not None:
            best = s + w.end()
    return best


_CODE = r"\((?:[A-Z]{1,3}\d{2,3}|[A-Z]\d{2}[A-Z]?)\)"  # a police department's code: "(A05)", "(V03)", "(C06)"
_CODED_ITEM = re.compile(rf"(?:\s*(?:,|và)\s*|[\s*_]*)(?P<name>[{UPPER}][^;.():]{{1,120}}?)\s*{_CODE}")
_LIST_ITEMS = re.compile(r"[^,;.]+?(?=\s*(?:,|\s+và\s+|;|\.|$))")
_COMMA_ITEMS = re.compile(r"[^,;.]+?(?=\s*(?:,|;|\.|$))")
_SEMI_ITEMS = re.compile(r"[^;.]+?(?=\s*(?:;|\.|$))")
_FIRST_SEPARATOR = re.compile(r"[,;.]")


def _pair_across(text: str, s: int, item_end: int, end: int) -> int:
    """Where a pair of activities that an item of a list opens or ends with runs past the item's comma
    ends ("Các Cục: Quản lý Dược, Quản lý Khám, chữa bệnh, …": one name), else ``s``."""
    for k, w in enumerate(re.finditer(r"[^\s,;.:]+", text[s:item_end])):
        if k > 3:
            break  # (a name's words, not a sentence's: "…, Tư pháp rà soát … quản lý, sử dụng vốn")
        if (pair := paired_re().match(text, s + w.start(), end)) is not None and pair.end() > item_end \
                and "," in text[item_end : pair.end()]:
            return pair.end()
    return s


def _and_inside(text: str, head: str, base: int, end: int) -> bool:
    """Does an item before a comma of the list at ``base`` hold "và" in a name the gazetteer does
    not know ("Thủy sản và Kiểm ngư", not "Kế hoạch và Đầu tư")?"""
    known_until = -1
    for piece in re.finditer(r"[^,]+(?=,)", text[base:end]):
        s = base + piece.start() + len(piece.group(0)) - len(piece.group(0).lstrip())
        if s < known_until:
            continue  # inside "Văn hóa, Thể thao và Du lịch"
        if (known := _known_item(text, head, s, end)) > s:
            known_until = known
        elif re.search(r"\svà\s", piece.group(0)):
            return True
    return False


def _shared_list(text: str, shared: re.Match[str], end: int) -> list[AgencyMention]:
    head = " ".join(shared.group("head3").split()) if shared.group("head3") \
        else " ".join((shared.group("head") or shared.group("head2")).split()).capitalize()
    base = shared.end()
    out: list[AgencyMention] = []
    if (first := _CODED_ITEM.match(text, base, end)) is not None and _NEXT_NAME.match(text, first.end(), end):
        # "Các Cục: An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Pháp chế và cải cách hành chính,
        # tư pháp (V03), …": each name ends with its code in brackets, whatever commas and verbs it holds
        at = base
        while (coded := _CODED_ITEM.match(text, at, end)) is not None:
            name = f"{head} {clean_value(coded.group('name'))}"
            out.append(AgencyMention(name, _canonical(name), coded.start("name"), coded.end("name")))
            at = coded.end()
        return [replace(out[0], start=shared.start()), *out[1:]] if out else out
    whole_until = -1  # "Các Bộ: Kế hoạch và Đầu tư, …": a known name holding "và" is one item
    clause = re.match(r"[^;.:]{0,300}", text[base:end])
    # "Các Cục: Thủy sản và Kiểm ngư, Trồng trọt và Bảo vệ thực vật, …": a "và" before a comma of the
    # list is inside a name, not between items, and so is every "và" of the list
    items = _COMMA_ITEMS if clause and _and_inside(text, head, base, base + clause.end()) else _LIST_ITEMS
    # "giao các Cục: Trồng trọt và Bảo vệ thực vật; Chăn nuôi và Thú y; …": a list whose items a semicolon
    # parts holds "và" and commas inside its names
    semis = (first := _FIRST_SEPARATOR.search(text, base, end)) is not None and first.group(0) == ";" \
        and re.match(rf"\s*[{UPPER}]", text[first.end() : first.end() + 4]) is not None
    if not semis and first is not None and first.group(0) == "," and clause is not None \
            and re.match(r"\s*[a-zà-ỹđ]", text[first.end() : first.end() + 4]) \
            and re.match(rf";\s*[{UPPER}]", text[base + clause.end() : base + clause.end() + 4]) is not None:
        # ("các Cục: Phòng, chống tệ nạn xã hội; Quản lý lao động ngoài nước": the first comma inside a name, the
        # items parted by semicolons)
        semis = True
    if semis:
        items = _SEMI_ITEMS
    for item in items.finditer(text[base:end]):
        if base + item.start() < whole_until:
            continue
        lead = re.match(r"\s*(?:và\s+)?", item.group(0))
        s = base + item.start() + (lead.end() if lead else 0)
        known = max(_known_item(text, head, s, end), _pair_across(text, s, base + item.end(), end))
        if known > base + item.end():
            # "Các Bộ: Kế hoạch và Đầu tư, …", "Bộ trưởng các Bộ: Văn hóa, Thể thao và Du ⏎ lịch, Y tế":
            # a known name holding "và" or a comma is one item
            whole_until = known
            name = f"{head} {clean_value(text[s:known])}"
            out.append(AgencyMention(name, _canonical(name), s, whole_until))
            if not re.match(r"\s*(?:,|;|và\s)", text[whole_until:end]):
                break  # the list ends with this name: "… Kế hoạch và Đầu tư chủ trì"
            continue
        if out and ";" in text[out[-1].end : s] and not semis and _known_item(text, head, s, end) == s:
            break  # "Các Sở: Xây dựng, Tài chính; Ban quản lý Khu …": after ";", another agency (not "…; Y tế")
        if out and _titles_re().match(text, s, end) is not None:
            break  # "Bộ trưởng các Bộ: Công Thương, Xây dựng và Chủ tịch Ủy ban nhân dân tỉnh …": another's head
        if out and (_LOCAL_BODY.match(text, s, end) or re.match(rf"{head}(?![\wÀ-ỹ])", text[s:end], re.I)):
            break  # "các Sở: Tài chính, Nội vụ và UBND các huyện": a body named with its own head
        if out and shared.group("head2") and _heads_re().match(text, s, end) is not None:
            break  # "các Sở Y tế, Bảo hiểm xã hội các tỉnh": without a colon, a head begins another body
        if out and _heads_re().match(text, s, end) is not None and not _not_agency(text, s, end) \
                and _known_item(text, head, s, end) == s:
            break  # "các Sở: Tài chính, Xây dựng và Ban Quản lý các khu công nghiệp": a body of its own
        e = _object_extended(text, s, name_end(text, s, base + item.end()), base + item.end())
        e = _fields_end(text, e, base + item.end()) or e
        if semis and s < e < base + item.end() \
                and (whole := find(candidate := f"{head} {clean_value(text[s : base + item.end()])}")) \
                and whole[0].start == 0 and whole[0].end >= len(candidate):
            e = base + item.end()  # ("các Cục: Phòng, chống tệ nạn xã hội; …": the item a name whole, read as one)
        small_tail = shared.group("head3") is not None and _REGION_OR_NUMBER.match(text, s, end) is not None
        if e == s and _is_cap(text[s : s + 1]):
            e = _known_item(text, head, s, base + item.end())  # "…, Xây dựng theo chức năng": a known body
        if e == s and (_is_cap(text[s : s + 1]) or small_tail) \
                and (len(text[s : base + item.end()].split()) <= 10 or semis):
            # "Các Bộ: Tài chính, Xây dựng": a capital verb-like word is a name here, up to the verb
            # in small letters after it ("…, Xây dựng kiểm tra"; the last of a list parted by semicolons runs to its
            # sentence's end: "…; Quản lý lao động ngoài nước chỉ đạo, hướng dẫn …")
            e = base + item.end()
            first = _SYL.match(text, s)
            after = verbs_re().search(text, first.end() if first else s, e)
            if after is not None and text[after.start() : after.start() + 1].islower():
                e = len(text[:after.start()].rstrip()) if after.start() > s else e
        words = text[s:e].strip()
        # (a list parted by semicolons holds longer names: "…; Đo đạc, Bản đồ và Thông tin địa lý Việt Nam")
        if not words or not (_is_cap(words) or small_tail) or len(words.split()) > (14 if semis else 10):
            break
        name = f"{head} {clean_value(words)}"
        out.append(AgencyMention(name, _canonical(name), s, e))
        if e < base + item.end():
            break  # the list ended inside this item: "Ngoại giao theo chức năng"
    return [replace(out[0], start=shared.start()), *out[1:]] if out else out


_EXTEND_STOP = re.compile(r"[,;:.()“”\"\n]|(?<![\wÀ-ỹ])(?:về|trong(?!\s+nước)|tại|đối\s+với|theo|để|nhằm|của"
                          r"|và\s+(?:các|Sở|Bộ|Ủy|UBND)"
                          r"|với|cho|từ|đến|khi|nếu)(?![\wÀ-ỹ])")


_WORKS_OF_BOARD = re.compile(r"(?:[ \t]*\n?[ \t]*các(?=\s))?")  # ("… xây dựng công trình dân dụng …" too)
# (or by its initials: "Ban QLDA ĐTXD các công trình giao thông tỉnh", "BQLDA đầu tư xây dựng huyện")
_PROJECT_BOARD = re.compile(r"(?:Ban\s+(?:[Qq]uản\s+lý\s+(?:các\s+)?dự\s+án|QLDA)|BQLDA)(?![\wÀ-ỹ])")
_ACTING = r"(?:chủ\s+trì|phối\s+hợp|khẩn\s+trương|tập\s+trung|có\s+trách)"
# the works, in small letters or naming a field in capitals ("… công trình Nông nghiệp và Phát triển nông thôn
# tỉnh"), never another body
_OTHER_BODY = r"(?:Sở|Bộ|Ủy|UBND|Công\s+an|Ban|Cục|Chi\s+cục|Trung\s+tâm|Phòng)(?![\wÀ-ỹ])"
_WORKS_TO_PLACE = re.compile(rf"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?!{_ACTING}|{_OTHER_BODY})[\wÀ-ỹ]+){{1,10}}?[ \t]+"
                             rf"(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận)"
                             # (the place's name may open the next line: "… thị xã ⏎ Đức Phổ")
                             rf"(?:[ \t]+{_CAP}|[ \t]*\n[ \t]*{_CAP}(?=[ \t]+{_CAP}))?"
                             rf"(?:[ \t]+{_CAP}){{0,2}}(?![\wÀ-ỹ])")


_PREVENT = re.compile(r"(?<![\wÀ-ỹ])[Pp]hòng,(?=\s+chống\b)")
_STEERING = re.compile(r"Ban\s+Chỉ\s+(?:đạo|huy)|Hội\s+đồng(?!\s+nhân\s+dân)|Ủy\s+ban\s+(?:quốc\s+gia|Quốc\s+gia)"
                       r"|Tổ\s+công\s+tác")


def _extended(text: str, a: AgencyMention, end: int) -> AgencyMention:
    """A subject's name runs on to its verb: "Cục Thuế xuất nhập khẩu thực hiện:" is Cục Thuế xuất
    nhập khẩu, though the dictionary would end the name at "Thuế"."""
    # "phòng, chống" is one word for the stops ("Ban Chỉ huy Phòng, chống thiên tai … tỉnh")
    window = _PREVENT.sub(lambda m: m.group(0).replace(",", " "), text[a.end : min(end, a.end + 80)])
    if _PROJECT_BOARD.match(a.text) and (works := _WORKS_TO_PLACE.match(window)) is not None:
        # "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh": what it builds, to its place
        e = a.end + works.end()
        return AgencyMention(clean_value(text[a.start : e]), _canonical(clean_value(text[a.start : e])), a.start, e)
    if acts(text, a.end, end) or any(vocab.agencies.resolve(n) is not None for n in (a.text, a.name)):
        return a  # a name the gazetteer knows whole is not extended
    if (_proper_end(a.text) or _LEVEL_END.search(a.text)) and not _WHERE_ABROAD.match(window):
        # "Báo Quảng Trị thông tin kịp thời …", "Đài Phát thanh - Truyền hình tỉnh thông tin …": a name that ends with
        # its place is whole, its work after it (not "Thương vụ Việt Nam ở nước ngoài": where its offices are)
        return a
    if (listed := _listed_to_place(text, a, window)) is not None:
        return listed
    v = verbs_re().search(window)
    colon = re.search(r"[*_\s]*:", window)  # "6. Cục Văn hóa các dân tộc Việt Nam: Chủ trì …"
    # (or a verb in capitals no name holds, a heading run into its first duty: "Hội Nông dân tỉnh Phối hợp tuyên
    # truyền …")
    cap_verb = _CAPITAL_VERB.search(window)
    gives = _GIVES_TO.search(window)  # ("Thường trực Chính phủ giao Bộ Công Thương …": it hands the work on)
    stops = [x.start() for x in (v, colon, cap_verb, gives) if x is not None]
    stop = min(stops) if stops else None
    if stop is None or not window[:stop].strip() or len(window[:stop].split()) > 8 \
            or window[:stop].split()[-1:] in (["và"], ["hoặc"], [","]):
        return a  # ("Ban Quản lý dự án tỉnh và ⏎ chỉ đạo …": a joining word before the verb joins two works)
    # "Ban Chỉ đạo quốc gia về Phòng thủ dân sự theo dõi …": a steering body is named with its subject,
    # written in capitals
    # (the line may break before the verb: "Vụ Giáo dục Thường xuyên ⏎ chủ trì")
    if (block := _EXTEND_STOP.search(window, 0, len(window[:stop].rstrip()))) is not None and not (
            _STEERING.match(a.text) and block.group(0) == "về" and _is_cap(window[block.end() :].lstrip()[:1])
            and _EXTEND_STOP.search(window, block.end(), stop) is None):
        return a
    if any(_is_cap(window[m.end() : m.end() + 1]) and (h := _heads_re().match(window, m.end(), stop)) is not None
           and (_is_cap(window[h.end() :].lstrip(" ")[:1]) or fold(h.group(0)) in _alone() or " " in h.group(0))
           for m in _AND.finditer(window, 0, stop)):
        # "Vụ Công chức - Viên chức và Vụ Tổ chức - Biên chế theo …": another body after "và" (or a head that
        # names one alone: "Báo Bình Phước và Đài Phát thanh - Truyền hình tỉnh thực hiện"; or a head of several
        # words whose name goes on in small letters: "… và Ban Quản lý vịnh Hạ Long quan tâm")
        return a
    e = a.end + len(window[:stop].rstrip(" *_"))
    raw = text[a.start : e]
    return AgencyMention(clean_value(raw), _canonical(clean_value(raw)), a.start, e, a.collective)


_NEXT_IN_LIST = re.compile(r"[ \t]*(?:,|[ \t]và(?![\wÀ-ỹ]))[ \t]*")


def _listed_to_place(text: str, a: AgencyMention, window: str) -> AgencyMention | None:
    """"Hiệp hội doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh …": a name in small letters that runs to its place, the
    next body of a list after it (no verb needed to end it, the list's next name does)."""
    if (sep := _NEXT_IN_LIST.search(window, 0, 60)) is None:
        return None
    words = window[: sep.start()]
    if not words.strip() or len(words.split()) > 6 or verbs_re().search(words) \
            or _EXTEND_STOP.search(words) is not None or not _starts_at(text, a.end + sep.end()):
        return None
    name = clean_value(text[a.start : a.end + len(words.rstrip())])
    if not _LEVEL_END.search(name):
        return None
    return AgencyMention(name, _canonical(name), a.start, a.end + len(words.rstrip()), a.collective)


_AND = re.compile(r"(?<![\wÀ-ỹ])và\s+")
_WHERE_ABROAD = re.compile(r"\s+ở\s+nước\s+ngoài(?![\wÀ-ỹ])")
_LEVEL_END = re.compile(rf"(?<![\wÀ-ỹ]){_PLACE_KINDS}$")


def _starts_at(text: str, pos: int) -> bool:
    """Can an agency name begin at ``pos``? (A cheap test before reading one.)"""
    if _heads_re().match(text, pos) is not None:
        return True
    w = _CAPITAL_WORD.match(text, pos)
    if w is not None and _gazetteer_at_word(text, w, len(text)) is not None:
        return True
    local = _short_forms(text)  # "SNgV chủ trì …": a short form the document gave
    return local is not None and local.pattern.match(text, pos) is not None


_SPACES = re.compile(r"\s*")
_PLURAL_OF_KNOWN = re.compile(rf"(?:[Cc]ác|[Nn]hững)[ \t\n]+(?=[{UPPER}])")
_ONE_NAMED = re.compile(rf"(?:[Cc]ác|[Nn]hững)\s+(?P<name>(?:Bộ|Sở)\s+[{UPPER}].*)", re.S)


def _first(text: str, pos: int, end: int) -> AgencyMention | None:
    """An agency or collective that starts at ``pos`` (after white space)."""
    pos = _SPACES.match(text, pos, end).end()  # type: ignore[union-attr]  # (it matches always)
    if (_COLLECTIVE.match(text, pos, end) or _NAMED_AND_PLACES.match(text, pos, end)) is not None \
            and (opening := collective_at(text, pos, end)) is not None:
        one = _ONE_NAMED.fullmatch(opening.text)
        known = vocab.agencies.resolve(one.group("name")) if one is not None else None
        if one is not None and known is not None and known.scope == "national":
            # "các Bộ Tài chính và Bộ Xây dựng": a plural article before the one body of its name
            # ("các Sở Y tế" are the provinces' own)
            name = one.group("name")
            return AgencyMention(name, _canonical(name), pos, opening.end)
        return opening
    if (plural := _PLURAL_OF_KNOWN.match(text, pos, end)) is not None \
            and (named := _gazetteer_at(text, plural.end(), end)) is not None and named[0].start == plural.end() \
            and (entry := vocab.agencies.resolve(named[0].name)) is not None and entry.scope == "national":
        # "Các Tổ công tác của Thủ tướng Chính phủ kiểm tra …": the national body the gazetteer knows, in the plural
        return AgencyMention(named[0].text, named[0].name, pos, named[0].end)
    starts = _starts_at(text, pos)
    if not starts:
        return None  # neither a head nor a gazetteer name opens here: no agency does
    # only a name opening here, or one that overlaps it and is longer, matters
    window = min(end, pos + 250)
    here = _find(text, pos, min(window, _reach(text, pos, window)), first_only=True)
    for a in here:
        if a.start == pos:
            return a
        break
    # a head the grammar cannot complete, in subject position: "Ủy ban phát thanh và truyền hình có
    # kế hoạch …" — the name runs to the verb
    h = _heads_re().match(text, pos, end)
    if h is not None and _is_cap(h.group(0)) and not _not_agency(text, pos, end):
        bare = AgencyMention(h.group(0), h.group(0), pos, h.end())
        longer = _extended(text, bare, end)
        if longer.end > h.end():
            return longer
    return None


def _reach(text: str, pos: int, end: int) -> int:
    """How far a name opening at ``pos`` can run: to the end of its sentence or clause."""
    m = _CLAUSE_END.search(text, pos, end)
    return m.start() if m is not None else end


_CLAUSE_END = re.compile(r"[;!?]|:\s|\.[ \t]*\n")  # not ". " alone: "TP. Hồ Chí Minh"


@cache
def verbs_re() -> re.Pattern[str]:
    """What a subject is asked to do: "chủ trì", "phối hợp", "khẩn trương" … (``verbs`` in the grammar)."""
    # (factored by their common prefixes: the engine tries a handful of branches at a position, not every verb)
    alt = trie_regex({*_grammar()["verbs"], "là", "được", "đã", "sẽ", "cần", "phải"})
    # lower case only: in "Trung tâm Thông tin triển lãm" the capital makes "Thông tin" a name word
    # after "các"/"những" the word is a noun: "các tổ chức thành viên"
    return re.compile(rf"(?<![\wÀ-ỹ])(?<!các )(?<!những )(?:{alt})(?![\wÀ-ỹ])")


_OWN_WORK = re.compile(r"tự\s+")
_TOGETHER = re.compile(r"[ \t\n]*cùng[ \t\n]+(?:với[ \t\n]+)?(?=[A-ZĐÀ-Ỹ]|các[ \t\n])")


_ABOVE_ALL_ASIDE = re.compile(rf"[ \t]*,[ \t\n]*(?:{_MEANT_MOST}|trong[ \t\n]+đó[ \t\n]+có)"
                              r"[^;:.()]{3,160}?,[ \t\n]*(?=[a-zà-ỹđ])")


def acts(text: str, pos: int, end: int) -> bool:
    """A subject is followed by what it is asked to do (a verb, a colon, a dash), not by more of a
    sentence about it."""
    # "…, Sở Xây dựng và các sở, ngành, địa phương liên quan, triển khai …": whoever else is concerned
    m = re.match(r"[\s,]*(?:\([^)]{0,80}\)\s*)?(?:(?:và|,)\s*các\s+[^;:.()]{0,60}?liên\s+quan\s*,?\s*)?",
                 text[pos : min(end, pos + 160)])
    at = pos + (m.end() if m else 0)
    if (most := _ABOVE_ALL_ASIDE.match(text, pos, min(end, pos + 200))) is not None:
        at = most.end()  # "Ủy ban nhân dân các huyện, nhất là các huyện biên giới Bát Xát, …, có trách nhiệm …"
    if (others := _private_too_re().match(text, at, min(end, at + 60))) is not None:
        at = others.end()  # "… Ủy ban nhân dân các huyện và các chủ đầu tư xác định …": the businesses asked with them
        if (which := _WHICH_THEN_COLON.match(text, at, min(end, at + 60))) is not None:
            at = which.end() - 1  # "… và các chủ hồ chứa thủy điện: rà soát …": which of them, then their work
    if (parent := _PARENT.match(text, at, end)) is not None \
            and (whose := subjects(text, parent.end(), min(end, parent.end() + 160))) \
            and whose[0].start == parent.end():
        at = whose[-1].end  # "Đội Quản lý thị trường số 6 thuộc Cục Quản lý thị trường tỉnh … phối hợp …": whose it is
        at += len(text[at:end]) - len(text[at:end].lstrip(" \t,"))
    if (together := _TOGETHER.match(text, at, end)) is not None \
            and (joining := subjects(text, together.end(), min(end, together.end() + 300))) \
            and joining[0].start == together.end():
        # "Trung tâm Y tế huyện cùng với Bảo hiểm xã hội huyện triển khai …": who joins it, then its work
        at = joining[-1].end
        at += len(text[at:end]) - len(text[at:end].lstrip(" \t\n,"))
    if verbs_re().match(text, at, min(end, at + 60)) is None \
            and (remit := _REMIT.match(text, at, min(end, at + 90))) is not None:
        at = remit.end()  # "… theo lĩnh vực được giao chủ trì …", "… theo chức năng, nhiệm vụ được giao, chỉ đạo …"
    if text[at : at + 1] in (":", "-", "–") or _WHERE_THEN_COLON.match(text, pos, min(end, pos + 200)):
        # "- Sở Y tế: Chủ trì …" ("- Ủy ban nhân dân phường Kon Tum, nơi tập trung nhiều trụ sở …: phối hợp …")
        return True
    if (own := _OWN_WORK.match(text, at, end)) is not None:
        at = own.end()  # "Các sở, ban, ngành tỉnh tự rà soát …": the work their own
    if (no := _NOT_TO.match(text, at, end)) is not None and verbs_re().match(text, no.end(), min(end, no.end() + 60)):
        at = no.end()  # "Các cơ quan báo chí không đăng tải …": what it must not do is work too
    v = verbs_re().match(text, at, min(end, at + 60))
    if v is None and (q := _QUALIFIER.match(text, at, min(end, at + 80))) is not None:
        # "Ủy ban nhân dân các tỉnh có dự án đi qua chỉ đạo …": the bodies concerned, then the verb
        v = next((w for w in (verbs_re().match(text, m.start(), min(end, m.start() + 60))
                              for m in _WORD_AT.finditer(text, q.end(), min(end, q.end() + 50))) if w), None)
    if v is not None and v.group(0).lower() == "là" and ROLE_GIVEN.match(text, v.end(), end):
        return True  # "Vụ … là đơn vị thường trực, chủ trì …": a role is work given
    if v is not None and v.group(0).lower() in ("cần", "phải") \
            and (modal := _MODAL.match(text, at, min(end, at + 20))) is not None:
        # "… cần tập trung một số nhiệm vụ …", "… phải chủ động …": what it must do
        v = verbs_re().match(text, modal.end(), min(end, modal.end() + 60))
    return v is not None and v.group(0).lower() not in ("là", "được", "đã", "sẽ", "cần", "phải")


_MODAL = re.compile(r"(?:cần\s+phải|cần|phải)\s+")
# whose the body is, written after it: "… số 6 thuộc Cục Quản lý thị trường tỉnh …"
_PARENT = re.compile(rf"\s*(?:trực\s+)?thuộc\s+(?=[{UPPER}])")


_WHICH_THEN_COLON = re.compile(rf"[ \t]*[{LOWER}][\wÀ-ỹ]*(?:[ \t]+[{LOWER}][\wÀ-ỹ]*){{0,3}}[ \t]*:")


@cache
def _private_too_re() -> re.Pattern[str]:
    kinds = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                     for k in sorted({*_grammar()["private_collectives"], "chủ đầu tư"}, key=len, reverse=True))
    return re.compile(rf"\s*(?:và|,)\s*(?:các\s+)?(?:{kinds})(?![\wÀ-ỹ])\s*,?\s*")


# a place's description after the bodies, then the colon before their work
_WHERE_THEN_COLON = re.compile(r"\s*,\s*nơi\s(?:[^:;.()\n]|\n(?![ \t]*\n)){3,160}:")
# a role a body is given ("… là cơ quan đầu mối", "… là bộ phận thường trực"): work, not a definition
ROLE_GIVEN = re.compile(r"\s+(?:cơ\s+quan|đơn\s+vị|bộ\s+phận)?\s*(?:đầu\s+mối|thường\s+trực|chủ\s+trì|điều\s+phối"
                         r"|chủ\s+quản)\b")


# the remit a subject acts within, written between it and its verb
# (… and the area it was given: "Viện Pasteur Nha Trang theo địa bàn được phân công tăng cường …")
# (… or the share of the management it was given: "Sở Nông nghiệp và Môi trường, Sở Công Thương theo phân cấp quản lý
# tăng cường …")
_REMIT = re.compile(r"[\s,]*(?:theo|trong\s+phạm\s+vi|căn\s+cứ)\s+(?:(?:chức\s+năng|lĩnh\s+vực|thẩm\s+quyền|nhiệm\s+vụ"
                    r"|địa\s+bàn)"
                    r"[^;:.()]{0,50}?(?:được\s+giao|được\s+phân\s+công|phụ\s+trách|quản\s+lý|của\s+mình|của\s+ngành)"
                    r"|phân\s+cấp(?:\s+quản\s+lý)?|thẩm\s+quyền)"
                    # (where it was given: "… được phân công tại Phụ lục kèm theo Kế hoạch này chủ trì …")
                    r"(?:\s+(?:tại|trong)\s+[^;:.()]{0,60}?(?=\s(?:chủ\s+trì|tham\s+mưu|thực\s+hiện|triển\s+khai|tổ\s+chức)\s))?"
                    r"[\s,]*")
_NOT_TO = re.compile(r"(?:tuyệt\s+đối\s+)?không(?:\s+được)?\s+", re.I)
_QUALIFIER = re.compile(r"(?:có|nơi\s+có|trên\s+địa\s+bàn)\s+(?!trách\s+nhiệm|kế\s+hoạch)")


_SENTENCE_WORDS = re.compile(r"\s(?:các|theo|về|để|trong|với|nhằm|đối\s+với|được|đã|những|cho|tại|từ)\s")
_PLACE_HEAD = re.compile(rf"{_PLACE_KINDS}\s+\S", re.I)
# "và" before the next place's level: "tỉnh Đồng Tháp và tỉnh Tây Ninh"
_AND_PLACE = re.compile(rf"\s+và\s+(?=(?i:{_PLACE_KINDS})\s+[{UPPER}])")
_LOCAL_BODY = re.compile(r"(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND)", re.I)


# a post's holder named after a dash: "Chủ tịch Ủy ban nhân dân tỉnh - ông Nguyễn Hữu Tháp"
_PERSON_AFTER_DASH = re.compile(rf"[ \t]+[-–][ \t]+(?:ông|bà|Ông|Bà|đồng\s+chí|Đồng\s+chí)[ \t]+[{UPPER}]")
# where a heading's names end: its colon, a bracket, a full stop
# (not the stop of a place's initials before its name: "2. UBND TP. Quảng Ngãi khẩn trương …", "UBND TX. Đức Phổ")
_INITIALS_STOP = r"[\s(](?:TP|Tp|TX|Tx|TT)"
_HEADING_CUT = re.compile(rf"[:(]|(?<!{_INITIALS_STOP})\.(?:\s|$)|(?<={_INITIALS_STOP})\.(?![ \t]*[{UPPER}])")
_NOTE_THEN_NEXT = re.compile(rf"\({NOTE_CHAR}{{1,100}}\)[ \t]*(?=[,;]|và\s|\n[ \t]*\()")


@cache
def _assigns_end_re() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{_variants(_grammar()['assigning'])})[\s*_]*$")


@cache
def hands_out_re() -> re.Pattern[str]:
    """An assigning verb and a colon, the items below it what it hands out ("UBND tỉnh giao: ⏎ a) …")."""
    return re.compile(rf"\s*(?:{_variants(_grammar()['assigning'])})[\s*_]*:")


_NOTE_AT_END = re.compile(rf"\s*{BRACKET_NOTE}$")
_DASH_AT_END = re.compile(r"[ \t]+[-–][ \t*]*$")


# "giao" handing work to a body named after it ("Bộ Tài chính giao Kho bạc Nhà nước:"), not a name's ("Bộ Ngoại giao")
_GIVES_TO = re.compile(rf"(?<![\wÀ-ỹ])giao(?=[ \t]+(?:cho[ \t]+)?[{UPPER}])")


_HEAD_GOES_ON = re.compile(r"[ \t]+(?!và(?![\wÀ-ỹ]))[\wÀ-ỹ]")


def _verb_outside_names(raw: str) -> bool:
    """Does a verb stand in ``raw`` outside the known names in it, or one that hands work out end it ("9. UBND tỉnh
    giao")? ("Bộ Nội vụ, Bộ Ngoại giao" has none: "giao" is the ministry's.)"""
    verbs = [*verbs_re().finditer(raw), *_assigns_end_re().finditer(raw), *_GIVES_TO.finditer(raw)]
    if not verbs:
        return False
    names = _gazetteer(raw, 0, len(raw))  # (the names the gazetteer knows: "Tổ giúp việc" may be an article's topic)
    # … and the heads a verb is part of, each opening a name in capitals that goes on ("Các Ban quản lý rừng phòng
    # hộ, …"; not "Cơ quan thường trực và Tổ giúp việc", a role)
    heads = (_heads_re().match(raw, w.start()) for w in _CAPITAL_WORD.finditer(raw))
    spans = [(a.start, a.end) for a in names] + [
        (h.start(), h.end()) for h in heads if h is not None and _HEAD_GOES_ON.match(raw, h.end())]
    return any(not any(s <= v.start() + len(v.group(0)) - len(v.group(0).lstrip()) < e for s, e in spans)
               for v in verbs)


def heading_names(text: str, start: int, end: int) -> list[AgencyMention]:
    """A heading that is only names: "7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "9. Báo
    và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh" — each name whole, split where
    a new agency begins."""
    if (person := _PERSON_AFTER_DASH.search(text, start, end)) is not None:
        end = person.start()  # "1. Chủ tịch Ủy ban nhân dân tỉnh - ông Nguyễn Hữu Tháp": the holder's name, no body's
    raw = text[start:end]
    cut = _HEADING_CUT.search(raw)
    while cut is not None and cut.group(0) == "(" and cut.start() < 600 \
            and (note := _NOTE_THEN_NEXT.match(raw, cut.start())) is not None:
        # "Bộ Công Thương (Cục Quản lý …), Bộ Tài chính (Cục Hải quan):": a note in brackets, the list goes on
        cut = _HEADING_CUT.search(raw, note.end())
    after = raw[cut.end() :] if cut is not None else ""
    listed_after = text[start + cut.end() : start + cut.end() + 60] if cut is not None else ""  # across a wrap
    if cut is not None and cut.group(0) == ":" \
            and (first := re.match(rf"\s*(?:{_PLACE_KINDS}\s+)?([{UPPER}][^,;:.]{{0,40}})[,;]", listed_after)) \
            and (verbs_re().match(listed_after.lstrip(" *_").lower()) is None
                 or is_place_name(" ".join(first.group(1).split()))):  # ("Cần Thơ, …": a place, no verb "cần")
        return []  # "… các tỉnh: Hà Tĩnh, Huế …", "Các Bộ: Tài chính, Y tế …" — a list for subjects()
    if cut is not None and cut.group(0) == ":" and (
            (sh := _SHARED.search(text, start, start + cut.end() + 2)) is not None
            and sh.start() < start + cut.start()):
        return []  # "Bộ trưởng các Bộ: Xây dựng, Y tế …" — the names follow the colon, whatever they look like
    if cut is not None and cut.group(0) == "(" and re.match(rf"[^)]{{0,120}}\)\s*[{LOWER}]", after):
        return []  # "Ban Quản lý … (sau đây gọi tắt là Ban Quản lý) là cơ quan …": a sentence goes on
    head_end = start + (cut.start() if cut else len(raw))
    head_end = _heading_line_end(text, start, head_end)
    if (dash := _DASH_AT_END.search(text, start, head_end)) is not None:
        head_end = dash.start()  # "2. Sở Tài chính -": a dash that ends the line ends the name, as a colon does
    if (role := _CAPS_ROLE_END.search(text, start, head_end)) is not None:
        head_end = role.start()  # "THANH TRA SỞ CHỦ TRÌ": a group's title in capitals, its body and the role it takes
    for sep in re.finditer(r"\s*(?:,|\bvà)\s+", text[start:head_end]):
        if _private(text[start + sep.end() : min(head_end, start + sep.end() + 80)]) \
                and not any(a.start < start + sep.start() < a.end for a in _gazetteer(text, start, head_end)):
            # (not inside a name the gazetteer knows: "Cục Phát triển thị trường và doanh nghiệp khoa học …")
            head_end = start + sep.start()  # "Cảng vụ hàng hải và doanh nghiệp kinh doanh cảng biển": no business
            break
    body = text[start:head_end]
    bare = re.sub(BRACKET_NOTE, "", body)  # (a note names, it does no work: "Sở Y tế (sau đây gọi tắt là SYT), …")
    if not body.strip() or len(bare.split()) > 30 or _verb_outside_names(bare):
        return []  # (nor "9. UBND tỉnh giao:", the issuer handing out the items below)
    if cut is not None and cut.group(0).startswith(".") and not after.strip():
        # "2. Sở Nội vụ đưa kết quả vào tiêu chí thi đua.": a sentence ending with its period, the
        # grammar's name ending well before it, is work, whatever verb the vocabulary lacks
        read = subjects(text, start, head_end)
        if len(read) == 1 and len(text[read[0].end : head_end].split()) >= 3:
            return []
    pos = start
    m = re.match(r"[\s*_\-–+•]*", body)
    pos += m.end() if m else 0
    if (o := _openers_re().match(text, pos, head_end)) is not None:
        pos = o.end()
    # the pieces: split at "," / "và" / ";" where a new agency (a head or a title) begins
    pieces: list[tuple[int, int]] = []
    piece_start = pos
    skip_to = pos
    for sep in re.finditer(r"\s*(?:,|;|\b[vV][àÀ]\b)\s*", text[pos:head_end]):
        if pos + sep.start() < skip_to:
            continue
        nxt = pos + sep.end()
        rest = text[nxt:head_end]
        local_then_place = (_PLACE_HEAD.match(rest) is not None
                            and _LOCAL_BODY.match(text, piece_start, head_end) is not None)
        # (past its holder's title: "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố")
        named_at = _past_title(text, t) if (t := _titles_re().match(text, piece_start, head_end)) else piece_start
        w = _CAPITAL_WORD.match(text, named_at, head_end)
        known = _gazetteer_at_word(text, w, head_end) if w is not None else None
        if (known is not None and known[1] > nxt) \
                or ((head := _heads_re().match(text, named_at, head_end)) is not None and head.end() > nxt):
            continue  # "Văn phòng HĐND và UBND huyện", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": one body
        if _heads_re().match(rest) or _titles_re().match(rest) or _COLLECTIVE.match(rest) or local_then_place:
            pieces.append((piece_start, pos + sep.start()))
            piece_start = nxt
            coll = collectives(text, nxt, head_end)
            if coll and coll[0].start == nxt:
                skip_to = coll[0].end
    # (after an office-holder's title too: "Thủ trưởng các Cục, Vụ, Viện, Trung tâm thuộc Bộ")
    title = _titles_re().match(text, pos, head_end)
    opening = _past_title(text, title) if title is not None else pos
    if piece_start == pos and (coll := collectives(text, opening, head_end)) and coll[0].start == opening:
        skip_to = coll[0].end
    pieces.append((piece_start, head_end))
    # a collective swallows the pieces it spans ("Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân …")
    merged: list[tuple[int, int]] = []
    for s_, e_ in pieces:
        at = opening if s_ == pos else s_
        c = collectives(text, at, head_end)
        if c and c[0].start == at and c[0].end > e_:
            merged.append((s_, c[0].end))
        elif merged and s_ < merged[-1][1]:
            continue
        else:
            merged.append((s_, e_))
    pieces = merged
    out: list[AgencyMention] = []
    for s, e in pieces:
        t = _titles_re().match(text, s, e)
        if t is not None:
            s = _past_title(text, t)
        raw_piece = re.sub(r"\s*\[\d+\]$", "", text[s:e].strip(" .,;"))  # a footnote mark: "…Trung ương[2]"
        if not (e == head_end and (re.match(r"[ \t*_]*:", text[head_end : head_end + 4])
                                   or _heads_re().match(text, _past_space(text, head_end, len(text))) is None)):
            # ("… số 6 thuộc ⏎ Chi cục …": whose it is, on the next line — not "Các chi bộ trực thuộc:", the document's,
            # nor "4. Các huyện, thị, thành Đoàn, Đoàn trực thuộc ⏎ - Tổ chức …", no body next)
            raw_piece = _DANGLING.sub("", raw_piece)
        if (note := _NOTE_AT_END.search(raw_piece)) is not None and note.start() > 0:
            raw_piece = raw_piece[: note.start()]  # "Sở Văn hóa và Thể thao (SVHTT), Sở Du lịch": its short form
        if not raw_piece:
            continue
        if t is not None and (small := _SMALL_HEAD_TITLE.search(t.group(0))) is not None and s == t.end() \
                and raw_piece[:1].isupper() and fold(raw_piece.split()[0]) != small.group("head") \
                and not _SENTENCE_WORDS.search(raw_piece) and len(raw_piece.split()) <= 12:
            # "1. Trưởng phòng Quản lý thu - Sổ, thẻ", "3. Trưởng phòng Thanh tra - Kiểm tra": the head in the title,
            # the heading's words the body's name (not "Trưởng ban Ban Dân tộc tỉnh", the body named whole)
            name = f"{small.group('head').capitalize()} {clean_value(raw_piece)}"
            at = t.start() + small.start("head")
            out.append(AgencyMention(name, _canonical(name), at, s + len(raw_piece)))
            continue
        whole = collectives(raw_piece, 0, len(raw_piece))
        if _SENTENCE_WORDS.search(raw_piece) and not (whole and whole[0].end >= len(raw_piece.rstrip(" .,;:"))) \
                and not _one_name(raw_piece):
            return []  # "Bộ Ngoại giao hoàn tất các thủ tục … theo quy định": a sentence, not names
        shared_body = _LOCAL_BODY.match(out[-1].text) if out and _PLACE_HEAD.match(raw_piece) else None
        places = _BARE_PLACES.fullmatch(raw_piece) if out else None
        if places is not None and (local := _LOCAL_BODY.match(out[-1].text)) is not None:
            # "… thành phố Hải Phòng và các tỉnh Lào Cai, Phú Thọ": the places go on sharing the committee
            shared = AgencyMention(f"{local.group(0)} {places.group('body')}", "", s, s + len(raw_piece), True)
            out.extend(_per_place(text, shared, s + places.start("first"), s + len(raw_piece)))
            continue
        if shared_body is not None:
            # "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh": the second shares the first's body (and so does
            # a third after "và": "…, tỉnh Đồng Tháp và tỉnh Tây Ninh")
            at = 0
            for joined in [*_AND_PLACE.finditer(raw_piece), None]:
                part = raw_piece[at : joined.start() if joined is not None else len(raw_piece)]
                name = f"{shared_body.group(0)} {clean_value(part)}"
                out.append(AgencyMention(name, _canonical(name), s + at, s + at + len(part)))
                at = joined.end() if joined is not None else at
            continue
        if not (_heads_re().match(raw_piece) or _COLLECTIVE.match(raw_piece)) or (not _is_cap(raw_piece) and \
                not raw_piece.lower().startswith(("các ", "những "))) or _not_agency(raw_piece, 0, len(raw_piece)):
            return []
        if _private(raw_piece):
            continue
        if is_bare_head(raw_piece) and fold(raw_piece) not in _alone():
            return []  # "3. Lực lượng: Đội hình …": a head alone names no body (a field's label)
        name = clean_value(raw_piece)
        is_coll = _COLLECTIVE.match(raw_piece) is not None
        out.extend(split_shared(AgencyMention(name, name if is_coll else _canonical(name), s, s + len(raw_piece),
                                              collective=is_coll)))  # ("Viện … I, II, III": one of each number)
    return out


_SENTENCE_LINE = re.compile(rf"\n[ \t*_]*{_CAP}[ \t]+[{LOWER}]")


def _one_name(piece: str) -> bool:
    """The piece is one name the grammar reads whole, its small words its own ("Ban Chỉ huy các vấn đề cấp bách
    trong bảo vệ và phát triển rừng xã")."""
    names = _find(piece, 0, len(piece))
    return len(names) == 1 and names[0].start == 0 and names[0].end >= len(piece.rstrip(" .,;:"))


def _heading_line_end(text: str, start: int, end: int) -> int:
    """A heading of names ends at a line whose next line opens a sentence no name reads on into
    ("2. Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh ⏎ Mở chuyên trang …"); a name wrapped over
    the line ("Sở Giáo dục và ⏎ Đào tạo") goes on."""
    read = subjects(text, start, end) if _SENTENCE_LINE.search(text, start, end) else []
    for nl in _SENTENCE_LINE.finditer(text, start, end):
        if _LIST_GOES_ON.search(text, start, nl.start()):
            continue  # "6. Tập đoàn Điện lực Việt Nam, ⏎ Tập đoàn Công nghiệp - Viễn thông …": the list goes on
        last = text.rfind(" ", start, nl.start()) + 1
        if last > start and (title := _titles_re().match(text, last, end)) is not None and title.end() > nl.end():
            continue  # "…, Tổng ⏎ Giám đốc Đài Tiếng nói Việt Nam": a title the line cut, the next body's
        if ends_with_title(text[start : nl.start()]):
            continue  # "…, Giám đốc Sở Y tế, Giám đốc ⏎ Công ty Điện lực Nghệ An, …": the title's body on the next line
        if any(a.end <= nl.start() for a in read) and not any(a.start < nl.start() < a.end for a in read):
            return nl.start()
    return end


_LIST_GOES_ON = re.compile(r"(?:[,;]|(?<![\wÀ-ỹ])và)[ \t*_]*$")


@cache
def _assigning_re() -> re.Pattern[str]:
    return re.compile(rf"[\s*_]*(?:{_variants(_grammar()['assigning'])})(?![\wÀ-ỹ])")


def gives_work_on(text: str, start: int, end: int) -> bool:
    """Does the item open by giving work on ("Giao …", "Chỉ đạo …", ``assigning`` in the grammar)?"""
    return _assigning_re().match(text, start, end) is not None


def opens_with_agency(text: str, start: int, end: int) -> bool:
    """Does this heading or paragraph open by naming the agency it addresses?"""
    near = min(end, start + 41)
    if _COLLECTIVE.search(text, start, near) is None and not any(
            _starts_at(text, w.start()) for w in _WORD_AT.finditer(text, start, near)):
        return False  # no name can begin near the start (most items open with a verb)
    found = subjects(text, start, min(end, start + 300))
    if not found:
        return False
    # "Sở Y tế chủ trì …", "1. Sở Tư pháp:", "Đề nghị Ủy ban Mặt trận …" — the name comes first
    return found[0].start - start <= 40
