"""Text normalisation: done once, length-preserving where offsets depend on it.

Stage invariant (checked in tests): ``normalize(t)`` is NFC, keeps every line break, and puts
tone marks where modern orthography does (``hoà`` → ``hòa``, ``Uỷ`` → ``Ủy``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# Letters of either case only, for regular expressions: the handy ranges "à-ỹ" and "À-Ỹ" each hold
# letters of both cases ("Đ" and "Ư" lie inside "à-ỹ", "đ" and "ư" inside "À-Ỹ").
_VI_LETTERS = [chr(i) for i in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(i).isalpha()]  # Latin ones
LOWER = "a-z" + "".join(c for c in _VI_LETTERS if c.islower())  # inside [...]: a small letter
# a note in brackets after a name: "Công an tỉnh (Phòng Quản lý xuất nhập cảnh)"
# (a note may wrap at its line's end: "(Vụ Thư ⏎ viện)")
NOTE_CHAR = r"(?:[^()\n]|\n(?![ \t]*\n))"
BRACKET_NOTE = rf"\({NOTE_CHAR}{{1,80}}\)"
# the national motto, or the Party's, that every document's header prints (in capitals); or the Youth Union's, alone on
# its line ("BCH ĐOÀN TỈNH BÌNH PHƯỚC ⏎ *** ⏎ ĐOÀN TNCS HỒ CHÍ MINH", not "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS …")
MOTTO = (r"CỘNG\s+H[OÒ]A\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
         r"|(?:^|(?<=\n))[ \t*_|]*ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH[ \t*_|]*(?=\n|$)")
MOTTO_RE = re.compile(MOTTO)
# a paragraph that closes a plan rather than continuing its last item or table row: "Trên đây là …", "Trong quá trình
# thực hiện, nếu có khó khăn …"
CLOSING_PARAGRAPH = re.compile(
    r"^\s*(?:Trên\s+đây\s+là|Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+|triển\s+khai\s+)?thực\s+hiện[^.;:]{0,80},"
    r"\s+nếu|Quá\s+trình\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)[^.;:]{0,60},\s+nếu)",
)
UPPER = "A-Z" + "".join(c for c in _VI_LETTERS if c.isupper())  # inside [...]: a capital


# Old-style tone placement on oa/oe/uy in an open syllable → modern placement. Length-preserving.
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below


def _retone(first: str, second: str) -> tuple[str, str] | None:
    d = unicodedata.normalize("NFD", second)
    tone = next((c for c in d if c in _TONES), None)
    if tone is None:
        return None
    bare = unicodedata.normalize("NFC", d.replace(tone, ""))
    moved = unicodedata.normalize("NFC", first + tone)
    return moved, bare


_OLD_STYLE = re.compile(  # (the look-behind after the vowel: the engine then scans for the vowel first, fast)
    r"([oOuU])(?<![qQ][oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\w)"  # not "quý": qu is one consonant
)


def _fix_tone(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    pair = (first.lower(), unicodedata.normalize("NFD", second.lower())[0])
    if pair not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return m.group(0)
    fixed = _retone(first, second)
    return m.group(0) if fixed is None else fixed[0] + fixed[1]


# Cyrillic letters that look like Latin ones, typed into numbers by mistake ("NĐ-CР" with a Cyrillic Р):
# Vietnamese text has no Cyrillic, so each becomes its Latin twin (one character for one: offsets hold)
# … and so are the Icelandic eth written for "Đ" by old fonts ("QÐ-TTg") and the typographic hyphens
# ("NĐ‑CP" with a non-breaking hyphen)
_HOMOGLYPHS = dict(zip("АВСЕНКМОРТХаесорхуÐð\u2010\u2011", "ABCEHKMOPTXaecopxyĐđ--", strict=True))
_ANY_HOMOGLYPH = re.compile("[АВСЕНКМОРТХаесорхуÐð\u2010\u2011]")  # str.translate is slow on long texts


# the other spaces of web copies become spaces; zero-width marks and soft hyphens go
_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad"
_ODD_SPACE = re.compile(f"[\u2000-\u200a\u202f\u205f\u3000{_INVISIBLE}]")
# Roman numerals typed as one sign each ("Ⅱ. NHIỆM VỤ", a word processor's): written out in letters
_ROMAN_SIGN = re.compile("[\u2160-\u217f]")
_ANY_ODD = re.compile(f"[\u2000-\u200a\u202f\u205f\u3000{_INVISIBLE}\u2160-\u217f{''.join(_HOMOGLYPHS)}]")


def normalize(text: str) -> str:
    """NFC, ``\\r\\n`` → ``\\n``, modern tone placement, no-break spaces → spaces, Cyrillic
    look-alikes → Latin, "Ð" → "Đ", typographic hyphens → "-", other spaces → spaces, zero-width marks
    and soft hyphens gone, Roman numerals of one sign written in letters ("Ⅳ" → "IV")."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    if _ANY_ODD.search(text) is None:  # (most texts have none: one scan, not three)
        return _OLD_STYLE.sub(_fix_tone, text)
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(lambda m: "" if m.group() in _INVISIBLE else " ", text)
    if _ROMAN_SIGN.search(text):
        text = _ROMAN_SIGN.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if _ANY_HOMOGLYPH.search(text):
        text = _ANY_HOMOGLYPH.sub(lambda m: _HOMOGLYPHS[m.group()], text)
    return _OLD_STYLE.sub(_fix_tone, text)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """A matching key: normalised, lower case, single spaces. ``fold("UỶ  BAN")`` → ``"ủy ban"``."""
    return " ".join(normalize(s).lower().split())


def clean_value(s: str) -> str:
    """A value as shown to users: markup gone, whitespace folded, trailing punctuation trimmed."""
    s = s.replace("*", "").replace("\\", "")
    return " ".join(s.split()).strip(" ,;:")


# Letters that carry a tone mark or circumflex/horn: the seed texts lose exactly these ("Mc đích",
# "đi ngoại", "tổng hp"), sometimes with the space after them ("đphục vụ").
_DROPPABLE = set("ạảãàáâầấẩẫậăằắẳẵặẹẻẽèéêềếểễệịỉĩìíọỏõòóôồốổỗộơờớởỡợụủũùúưừứửữựỵỷỹỳý")


def tolerant_pattern(folded_phrase: str) -> str:
    """A regex for a folded phrase that still matches when accented letters were dropped.

    >>> bool(re.search(tolerant_pattern("mục đích"), "1. mc đích"))
    True
    """
    out = []
    for ch in folded_phrase:
        if ch in _DROPPABLE:
            out.append(f"(?:{re.escape(ch)}\\s?)?")
        elif ch == " ":
            out.append(r"\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by their common prefixes ("Nghị (?:định|quyết)"): the
    regex engine then tries a handful of branches at a position instead of every word. A space in a
    word matches any white space (a line break inside a type word: "Quyết\\nđịnh").

    >>> import re; bool(re.fullmatch(trie_regex(["Thông tư", "Thông tư liên tịch"]), "Thông tư liên tịch"))
    True
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# the words that open a body's branch after its name: "Ngân hàng Nhà nước ⏎ Chi nhánh Khu vực 9", "… Việt Nam Khu vực 4"
BRANCH_KINDS = r"(?:Chi\s+nhánh|Khu\s+vực)"

# the words a line cannot end on without the next line going on: joiners and prepositions ("… văn bản do ⏎ Hội đồng
# nhân dân …", "… do các ⏎ Bộ, ban, ngành chủ trì"); "… các năm tiếp theo", "… nêu trên" end well
# ("… sửa chữa nhà ở": housing, no "ở" that needs a place)
NEEDS_NEXT = (r"(?<![\wÀ-ỹ])(?:và|của|các|những|với|(?<!nhà\s)ở|tại|thuộc|trực|cho|về|trong|do|bởi|(?<!tiếp\s)theo"
              r"|từ|đến|đối\s+với|qua|vào|tới|(?<!nêu\s)(?<!như\s)trên|giữa|nhằm|để|là|được)")

# where a telegram's or a letter's addressees begin: "Kính gửi:", "THỦ TƯỚNG CHÍNH PHỦ điện:" (after an
# issuer in capitals, not "Công điện:")
ADDRESSEES = rf"(?:Kính\s+gửi|(?<=[{UPPER}])\s+điện|(?<=[{UPPER}]\s)điện)[\s*_]*:"

# a site's editorial note, no part of the document: "[Khoản này được sửa đổi bởi Điểm b Khoản 11 Điều 1
# Nghị định …]", "[Cụm từ “…” bị thay thế bởi …]"
EDITORIAL_NOTE = re.compile(r"\s*\[[^\[\]]{0,600}?(?:được|bị)\s+"
                            r"(?:sửa\s+đổi|bổ\s+sung|hướng\s+dẫn|bãi\s+bỏ|thay\s+thế|đính\s+chính)[^\[\]]{0,600}\]"
                            # (… or its footnote, the mark in the text and the note on a line of its own below: "[1]
                            # Điểm này được sửa đổi bởi Khoản 1 Điều 18 Nghị định số 125/2025/NĐ-CP …")
                            r"|(?m:^)[ \t*_]*\[\d{1,3}\][ \t]*[^\n]{0,200}?(?:được|bị)\s+"
                            r"(?:sửa\s+đổi|bổ\s+sung|hướng\s+dẫn|bãi\s+bỏ|thay\s+thế|đính\s+chính)[^\n]{0,600}")
