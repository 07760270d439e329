"""Stage 2b: the document tree, built once, read by every extractor.

Every numbered, lettered and bulleted item, every article, chapter and part, and every table with
its rows is a ``Node`` with a level, a label, an id that follows the document's own numbering
(``II``, ``II.2``, ``II.2.a``, ``II.2.a.b1``, ``Điều 3``, ``Điều 3.2``), a heading and a span. Each
scope (the document, each attached plan or appendix) is a root. Sections get a **role** (purpose,
targets, tasks, solutions, organisation, funding, reporting, situation, appendix …) from their
heading's words (``parsers/vocab/sections.json``) and inherit their parent's otherwise; a section
whose items open with agencies is marked ``by_agency`` — the content decides that, not the heading.

Invariants (tested): children lie inside their parent and follow each other in text order; no
node reaches past its scope's content end (the recipients list, the signature, the next scope).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from parsers import vocab
from parsers.structure import FIELD_LABEL, LETTERS, Block, Scope, only_names
from parsers.tables import Table
from parsers.text import CLOSING_PARAGRAPH, EDITORIAL_NOTE, UPPER

# ---- markers -------------------------------------------------------------------------------------

# rank: a smaller rank holds the larger ones (an article holds numbered clauses, which hold letters)
_RANK = {"part": 0, "chapter": 1, "mục": 2, "article": 3, "upper": 4, "roman": 5, "caption": 5, "dotted": 7,
         "num": 6, "letter": 10, "paren": 10.5, "bullet": 11, "plus": 12, "agency": 6.5}

_MARKERS = (
    # "PHẦN I", "Phần thứ hai", "PHẦN THỨ BA"
    ("part", re.compile(r"(?:PHẦN|Phần)\s+(?P<n>(?:THỨ|thứ)\s+(?:[A-ZĐÀ-Ỹ]+|[a-zđà-ỹ]+)|[IVXLC]+|\d+)\b"
                        r"[\s.:\-–]*(?P<h>.*)", re.S)),
    ("chapter", re.compile(r"(?:CHƯƠNG|Chương)\s+(?P<n>[IVXLC]+|\d+)\b[\s.:\-–]*(?P<h>.*)", re.S)),
    ("mục", re.compile(r"(?:MỤC|Mục)\s+(?P<n>\d{1,2})\b\s*[.:\-–]?\s*(?P<h>.*)", re.S)),
    # "Điều 3.", and in an old text's capitals "ĐIỀU 1:"
    ("article", re.compile(r"(?:Điều|ĐIỀU)\s+(?P<n>\d{1,3}[a-zđ]?)\s*[.:]\s*(?P<h>.*)", re.S)),
    ("roman", re.compile(r"(?P<n>[IVXLC]{1,6})\s*(?:[.\-–:)]|/(?=\s))\s*(?P<h>\S.*)", re.S)),  # "II.", "II/"
    # "A.", "A)", "A/", "A- THỰC TRẠNG" (a dash only before capitals)
    ("upper", re.compile(rf"(?P<n>[A-HK-NĐ])\s*(?:[.)/]|[-–](?=\s+[{UPPER}]{{2}}))\s+(?P<h>\S.*)", re.S)),
    # "1.1.", "1.1)", "1.1-", "1.1/"
    # (no part of an item's number is 0: "… lên phiên bản ⏎ 3.0 phù hợp với …" is a version's)
    ("dotted", re.compile(r"(?P<n>\d{1,3}(?:\.(?!0(?!\d))\d{1,2}){1,3})\.?\s*[.)\-–/]?\s+(?P<h>\S.*)", re.S)),
    # "1.", "1)", "1- …", "1/ …"
    ("num", re.compile(r"(?P<n>\d{1,4})\s*(?:[.)]|[-–](?=\s+[^\d\s])|/(?=\s))\s*(?P<h>\S.*)", re.S)),
    # "Nhiệm vụ 1: Hoàn thiện thể chế …", "Giải pháp 2. …": an item numbered by its kind's word
    ("num", re.compile(r"(?:Nhiệm\s+vụ|Giải\s+pháp|Nội\s+dung|Hoạt\s+động)\s+(?P<n>\d{1,3})\s*[:.]\s*(?P<h>\S.*)",
                       re.S)),
    ("letter", re.compile(r"(?P<n>[a-zđ])\s*[).\-–/]\s+(?P<h>\S.*)", re.S)),  # "a)", "a.", "a- …", "a/"
    # "a-Chủ trì …", "a)Chủ trì …": the mark with no space after it, a word in sentence case next
    ("letter", re.compile(rf"(?P<n>[a-zđ])[)\-–](?P<h>[{UPPER}][a-zà-ỹđ].*)", re.S)),
    ("letter", re.compile(r"\((?P<n>[a-zđ])\)\s*(?P<h>\S.*)", re.S)),  # "(a) …"
    ("paren", re.compile(r"\((?P<n>\d{1,3})\)\s*(?P<h>[^\d\s].*)", re.S)),  # "(1) Bộ Tài chính …"
    ("bullet", re.compile(r"(?P<n>[-–—•·])\s*(?P<h>[^\d\s-].*)", re.S)),
    ("bullet", re.compile(r"(?P<n>\*)(?!\*)\s+(?P<h>[^\d\s*].*)", re.S)),  # a word processor's "* …" in plain text
    ("plus", re.compile(r"(?P<n>[+])\s*(?P<h>\S.*)", re.S)),
    ("plus", re.compile(rf"(?P<n>o)[ \t]+(?P<h>[{UPPER}].*)", re.S)),  # … and its second level, "o …"
)

# the characters each kind of marker can open with: a block opening otherwise tries none of them
_FIRST_CHARS = {"part": "P", "chapter": "C", "mục": "M", "article": "Đ", "roman": "IVXLC", "upper": "ABCDEFGHKLMNĐ",
                "dotted": "0123456789", "num": "0123456789NGH", "letter": "abcdefghijklmnopqrstuvwxyzđ(", "paren": "(",
                "bullet": "-–—•·*", "plus": "+o"}
_BY_FIRST = {c: tuple((k, rx) for k, rx in _MARKERS if c in _FIRST_CHARS[k])
             for c in set("".join(_FIRST_CHARS.values()))}

_ROMAN_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _roman(n: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(n, [*n[1:], ""], strict=True):
        v = values[a]
        total += -v if b and values[b] > v else v
    return total


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str
    label: str
    heading: str  # the block's text after the marker
    body_start: int  # where the text after the marker begins
    sep: str = ""  # what follows the number: "." of "1.", ")" of "1)"


# an item numbered in words: "Một là, …", "Hai là: …" (up to ten)
_ORDINAL_VALUES = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ORDINAL_ITEM = re.compile(r"(?P<n>Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]\s*(?P<h>\S.*)", re.S)


# a marker alone on its line, its text on the next ("**2.****⏎**Giao Sở …")
_BARE = re.compile(r"(?:(?P<num>\d{1,3})\s*[.)]|(?P<letter>[a-zđ])\s*[.)\-–]|(?P<roman>[IVX]{1,5})\s*[.)])\s*")


# a markdown list's bullet before an item's own mark: "- a) Tổ chức hội nghị …", "- + Công khai …"
_BULLET_BEFORE_MARK = re.compile(r"[-*•][ \t]+(?=[a-zđ]\)[ \t]|\+[ \t])")


def marker(text: str, b: Block) -> Marker | None:
    if (bullet := _BULLET_BEFORE_MARK.match(text, b.start, b.end)) is not None:
        return marker(text, Block(bullet.end(), b.end))  # (the item's own mark is the one that counts)
    s = text[b.start : min(b.end, b.start + 400)]
    if len(s) <= 8 and (bare := _BARE.fullmatch(s)) is not None:
        kind = next(k for k in ("num", "letter", "roman") if bare.group(k))
        if kind != "roman" or _ROMAN_RE.fullmatch(bare.group(kind)):
            return Marker(kind, bare.group(kind), "", b.end)
    if (bare_roman := _ROMAN_BARE.match(s)) is not None and _ROMAN_RE.fullmatch(bare_roman.group("n")) \
            and _caps_heading(bare_roman.group("n"), bare_roman.group("h")):
        return Marker("roman", bare_roman.group("n"), bare_roman.group("h"), b.start + bare_roman.start("h"))
    if (ordinal := _ORDINAL_ITEM.match(s)) is not None:
        # "Một là, tăng cường sự lãnh đạo …", "Hai là, …": items numbered in words
        return Marker("num", str(_ORDINAL_VALUES[ordinal.group("n").lower()]), ordinal.group("h"),
                      b.start + ordinal.start("h"), ",")
    for kind, rx in _BY_FIRST.get(s[:1], ()):
        m = rx.match(s)
        if m is None:
            continue
        n = m.group("n")
        if kind == "roman" and (not _ROMAN_RE.fullmatch(n) or n in {"C", "L"}):
            continue
        if kind == "num" and s[m.end("n") :].startswith(".") and re.match(r"\.\d", s[m.end("n") :]):
            continue  # "1.500 người"
        return Marker(kind, n, m.group("h"), b.start + m.start("h"), s[m.end("n") : m.start("h")].strip()[:1])
    return _caption(text, b) or _agency_caption(text, b)


# a roman number with no stop before a heading in capitals: "III TỔ CHỨC THỰC HIỆN" (not "VI PHẠM …", a word)
_ROMAN_BARE = re.compile(r"(?P<n>[IVX]{1,5})[ \t]+(?P<h>[^\W\d_][^\n]*(?:\n.*)?)", re.S)


def _caps_heading(n: str, h: str) -> bool:
    from parsers.repair import is_word

    line = h.split("\n", 1)[0].strip(" *_")
    if not line or line != line.upper() or sum(c.isalpha() for c in line) < 4:
        return False
    return not is_word(f"{n} {line.split()[0]}")


# a section heading written without a number: "TỔ CHỨC THỰC HIỆN", "## NHIỆM VỤ", "**Tổ chức thực hiện**"
_CAPTION = re.compile(r"(?P<md>#{1,4}[ \t]+|\*\*)?[ \t*_]*(?P<h>[^\n]{4,90}?)[ \t*_:]*")


_ITEM_NEXT = re.compile(r"[ \t*_]*\n(?:[ \t]*\n)?[ \t*_]*(?:\d{1,2}[.)/]|[a-zđ]\)|[-+•–][ \t])")


@cache
def _type_line() -> re.Pattern[str]:
    words = "|".join(re.escape(w.upper()).replace(r"\ ", r"\s+") for w in vocab.type_words())
    return re.compile(rf"(?:{words})(?:\s+HÀNH\s+ĐỘNG)?\s*$")


def _caption(text: str, b: Block) -> Marker | None:
    if b.end - b.start > 100:
        return None
    m = _CAPTION.fullmatch(text, b.start, b.end)
    if m is None:
        return None
    h = m.group("h")
    # (in sentence case, with its markup lost, when items follow it: "Nhiệm vụ trọng tâm ⏎ 1. …")
    if not (m.group("md") or (h == h.upper() and any(c.isalpha() for c in h))
            or (len(h) <= 60 and h[:1].isupper() and _ITEM_NEXT.match(text, b.end) is not None)) \
            or h.endswith((".", ";")) or re.search(r":[ \t*_]*[^\s*_]", h):
        return None  # (nor a field with its value: "Trách nhiệm thực hiện: Công an tỉnh")
    if _type_line().match(h):
        return None  # "CHƯƠNG TRÌNH HÀNH ĐỘNG" over a programme's title is its type, no section
    role = vocab.section_role(h, top=False)
    if role == "situation" and h != h.upper() and not m.group("md") and text[b.start : b.end].rstrip().endswith(":") \
            and _ITEMS_NEXT.match(text, b.end):
        return None  # "Những hạn chế chủ yếu là: ⏎ - …": an assessment's sentence over its points, no section's title
    if role is None and not (
            h == h.upper() and _RESTART_NEXT.match(text, b.end) and vocab.section_role(h, top=True) is None):
        return None  # (a line of capitals naming no role heads the list it restarts: "VỀ PHỐI HỢP ⏎ 1. …")
    if role == "purpose" and h != h.upper():
        from parsers import agencies

        if agencies.opens_with_agency(text, m.start("h"), m.end("h")):
            return None  # "Yêu cầu Bộ Công Thương rà soát, bổ sung quy định về: ⏎ - …" asks a body: no section
    return Marker("caption", "", h, m.start("h"))


_RESTART_NEXT = re.compile(r"[ \t*_]*\n(?:[ \t]*\n)?[ \t*_]*1[.)/][ \t*_]")


# an agency's name on a line of its own, over its work: "Sở Văn hóa, Thể thao và Du lịch:", "**Sở Tài chính**"
_AGENCY_LINE = re.compile(r"(?P<md>\*\*)?[ \t*_]*(?P<h>[^\n]{3,110}?(?:\n[^\n]{1,60}?)?)[ \t*_]*(?P<colon>:)?[ \t*_]*")


# a line that ends on a verb whose object the next line names ("… lãnh đạo, chỉ đạo ⏎ Ủy ban nhân dân tỉnh:")
TAKES_OBJECT_END = re.compile(r"(?<![\wÀ-ỹ])(?:chỉ\s+đạo|lãnh\s+đạo|giao|đề\s+nghị|yêu\s+cầu|giúp)[ \t*_]*\n?$")
_ITEMS_NEXT = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*[-+•–][ \t]")
_PARAGRAPH_NEXT = re.compile(rf"[ \t]*\n[ \t]*\n[ \t]*(?=[{UPPER}])")


def _work_next(text: str, at: int) -> bool:
    """Does a paragraph of its own follow that opens with the work given ("Sở Tài chính ⏎⏎ Tham mưu …": a heading
    whose bold was lost in conversion) — not a preamble's basis under the body that enacts ("CHÍNH PHỦ ⏎⏎ Căn cứ Luật
    Tổ chức Chính phủ …")?"""
    from parsers.agencies import opens_with_verb

    return (m := _PARAGRAPH_NEXT.match(text, at)) is not None and opens_with_verb(text, m.end(), len(text)) \
        and _BASIS_NEXT.match(text, m.end()) is None


_BASIS_NEXT = re.compile(r"Căn\s+cứ\s+(?:Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Quyết\s+định"
                         r"|Thông\s+tư|Chỉ\s+thị|Kết\s+luận|Điều\s+lệ)(?![\wÀ-ỹ])")


def _agency_caption(text: str, b: Block) -> Marker | None:
    from parsers import agencies

    if b.end - b.start > 140:
        return None
    m = _AGENCY_LINE.fullmatch(text, b.start, b.end)
    # (a colon or bold marks it; a name alone over "-" items is one too, the bold lost in conversion)
    if m is None or not (m.group("colon") or (m.group("md") and text[b.start : b.end].rstrip().endswith("**"))
                         or _ITEMS_NEXT.match(text, b.end) or _work_next(text, b.end)):
        return None
    above = text[text.rfind("\n", 0, max(0, b.start - 1)) + 1 : b.start]
    if TAKES_OBJECT_END.search(above) and text[max(0, b.start - 2) : b.start] != "\n\n":
        # ("3. Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo ⏎ Ủy ban nhân dân tỉnh:": whom the line above leads)
        return None
    if re.search(r"[.;,]\W*$", m.group("h")) or (re.search(r":[\s*_]*$", above) and len(above.split()) <= 8):
        # a sentence, or the value of the label above ("- Cơ quan phối hợp: ⏎ Phòng Kinh tế.") — not the bodies a
        # sentence asks ("… Chủ tịch UBND tỉnh yêu cầu: ⏎ Giám đốc Sở Nông nghiệp và Phát triển nông thôn: ⏎ - …")
        return None
    names = agencies.heading_names(text, m.start("h"), m.end("h"))
    # (after the word that asks them: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    named = text[agencies.past_opener(text, m.start("h"), m.end("h")) : m.end("h")]
    if not names or agencies.is_generic(names[0].text) or not (only_names(named) or (
            # (and the titles of the heads it addresses, "Giám đốc Công an tỉnh và Giám đốc Sở Giao thông vận tải:" —
            # not a line that goes on with the heading above, "8. Giám đốc các sở: …; ⏎ Tổng Biên tập Báo …:", nor
            # the heads of a kind of body, which may well be told to carry the document out)
            only_names(agencies.without_titles(named)) and not any(a.collective for a in names)
            and not re.search(r"[;,][ \t*_]*\n[ \t*_]*$", text[max(0, b.start - 8) : b.start]))):
        return None  # (only names: "Sở Tài chính tham mưu bố trí kinh phí:" is an item's sentence)
    return Marker("agency", "", " ".join(m.group("h").split()), m.start("h"))


# ---- the tree ------------------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class Node:
    """One item of the outline. ``text[start:end]`` is the item with everything under it;
    ``text[body_start:head_end]`` its first paragraph after the marker (the heading)."""

    kind: str  # scope | part | chapter | mục | article | roman | upper | caption | agency | dotted | num | letter
    #   | paren | bullet | plus | table
    label: str
    id: str
    level: int
    start: int
    end: int
    body_start: int
    head_end: int
    heading: str
    sep: str = ""  # what follows the number ("." of "1.", ")" of "1)")
    role: str | None = None
    own_role: str | None = None
    by_agency: bool = False
    scope: Scope | None = None
    table: Table | None = None
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        stack = [self]
        while stack:
            n = stack.pop()
            yield n
            stack.extend(reversed(n.children))

    @property
    def is_item(self) -> bool:
        return self.kind not in ("scope", "table")

    def items(self) -> list[Node]:
        return [c for c in self.children if c.is_item]


@dataclass(slots=True)
class Tree:
    roots: list[Node]  # one per scope
    blocks: list[Block] = field(default_factory=list)  # the text's paragraphs, in order
    starts: list[int] = field(default_factory=list)  # their starts, for bisect
    parents: dict[int, Node] = field(default_factory=dict)  # id(node) → its parent, filled on first use
    quotes: list[tuple[int, int]] = field(default_factory=list)  # spans of text quoted whole (“…”)

    def parent(self, node: Node) -> Node | None:
        if not self.parents:
            self.parents.update((id(c), n) for n in self.walk() for c in n.children)
        return self.parents.get(id(node))

    def ancestors(self, node: Node) -> Iterator[Node]:
        """The items above ``node``, nearest first."""
        above = self.parent(node)
        while above is not None:
            yield above
            above = self.parent(above)

    def paragraphs(self, start: int, end: int) -> list[tuple[int, int]]:
        """The paragraphs that begin inside ``[start, end)``, clipped to it."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.blocks) and self.blocks[i].start < end:
            b = self.blocks[i]
            out.append((b.start, min(b.end, end)))
            i += 1
        return out

    def walk(self) -> Iterator[Node]:
        for r in self.roots:
            yield from r.walk()

    def at(self, pos: int) -> Node | None:
        """The innermost item holding ``pos``."""
        best: Node | None = None
        for r in self.roots:
            if not r.start <= pos < r.end:
                continue
            node = r
            while True:
                nxt = next((c for c in node.children if c.start <= pos < c.end), None)
                if nxt is None:
                    break
                node = nxt
            if node.kind != "scope":
                best = node
        return best

    def sections(self) -> list[Node]:
        return [n for n in self.walk() if n.kind not in ("scope",)]


# where a scope's own content ends: the recipients list, the signature block, a closing note
_CLOSING = re.compile(
    r"""^\s*(?:
        Nơi\s+nhận\s*:?
      | (?:TM|KT|TL|TUQ|Q|T/M|K/T)\s*\.\s*[A-ZĐÀ-Ỹ]
      | (?:CHỦ\s+TỊCH|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN)\s*$
    )""",
    re.X | re.M,
)


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of the sorted ``spans``?"""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def content_end(text: str, blocks: list[Block], start: int, end: int, tables: Sequence[Table] = ()) -> int:
    """The end of a scope's own text: before "Nơi nhận", the signature titles, a "./." end mark — not a table's
    column of recipients ("| Loại báo cáo | Đơn vị gửi báo cáo | Nơi nhận | Thời hạn |"), though a signature's table
    opens with "Nơi nhận:"."""
    spans = sorted((t.start, t.end) for t in tables)
    for b in blocks:
        if b.start < start or b.start >= end:
            continue
        if (closing := _CLOSING.match(text, b.start)) and b.start > start + 200 \
                and not (closing.group(0).rstrip().endswith("nhận") and _in_spans(spans, b.start)):
            return b.start
        if "./." in text[b.start : b.end]:
            return text.index("./.", b.start, b.end) + 3
    return end


def build(text: str, blocks: list[Block], scopes: list[Scope], tables: list[Table],
          body_starts: list[int]) -> Tree:
    """The tree of every scope; ``body_starts[i]`` is where scope ``i``'s outline may begin (after
    its title and preamble headings)."""
    roots = []
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for sc, body in zip(scopes, body_starts, strict=True):
        roots.append(_build_scope(text, blocks, sc, tables, body, quotes))
    tree = Tree(roots, blocks, [b.start for b in blocks], quotes=quotes)
    _assign_roles(text, tree)
    return tree


# quoted text: a provision quoted whole ("… quy định: “Điều 257. … 2. Đối với … d) …”", the new wording
# of an amended clause) is part of the paragraph that quotes it; its numbers are not this document's
# (or between straight quotes, a provision quoted from its first number to its end: '"7. Kinh phí ủy nhiệm thu ⏎ a) …
# ⏎ b) … nhà nước"', the clause a letter cites)
# (each alternative opens with its quote, the look-behind after it: the engine then scans for the two quotes, fast)
_QUOTED = re.compile(r"“[^“”]{0,20000}”"
                     r"|\"(?<![^\s(*_:]\")(?=[ \t*_]*(?:Điều[ \t]+\d{1,3}[.:]|\d{1,2}\.[ \t]|[a-zđ]\)[ \t]))"
                     # (its closing quote ends a line: a quote opened inside a sentence further on is no end of it)
                     r"[^\"]{1,8000}\"(?=[ \t*_]*[.;,]?[ \t*_]*(?:\n|$))")


def _add_table(parent: Node, t: Table) -> None:
    parent.children.append(Node("table", "", parent.id, parent.level + 1, t.start, t.end, t.start, t.start, "",
                                table=t))


def _build_scope(text: str, blocks: list[Block], sc: Scope, tables: list[Table], body: int,
                 quotes: list[tuple[int, int]]) -> Node:
    end = content_end(text, blocks, body, sc.end, tables)
    quote_starts = [q[0] for q in quotes]
    root = Node("scope", sc.kind, "", 0, sc.start, end, sc.start, sc.start, sc.title or "", scope=sc)
    stack: list[tuple[float, Node]] = [(-1.0, root)]
    in_scope_tables = [t for t in tables if body <= t.start < end]
    ti = 0
    tables_end = -1  # how far the tables begun so far reach (a block before it is a table's)
    counters: dict[int, dict[str, int]] = {}  # id(parent) → last label value per kind
    carried: dict[int, int] = {}  # id(agency line) → the section's bullets before it
    numbered = _list_numbers(text, blocks, body, end)

    def close_to(rank: float, at: int) -> None:
        while len(stack) > 1 and stack[-1][0] >= rank:
            _, n = stack.pop()
            n.end = max(n.head_end, min(at, n.end) if n.end else at)

    for b in blocks:
        if b.start < body or b.start >= end:
            continue
        while ti < len(in_scope_tables) and in_scope_tables[ti].start <= b.start:
            t = in_scope_tables[ti]
            ti += 1
            tables_end = max(tables_end, t.end)
            _add_table(stack[-1][1], t)
        if b.start < tables_end:
            continue
        if CLOSING_PARAGRAPH.match(text, b.start):
            close_to(-0.5, b.start)
            continue
        mk = None if _quoted(text, b, quotes, quote_starts) else marker(text, b)
        if mk is not None and mk.kind == "caption" and (
                any(n.kind in ("part", "chapter", "mục", "article") for _, n in stack)
                or (stack[-1][1].kind != "scope"
                    and not text[stack[-1][1].body_start : stack[-1][1].head_end].strip(" *_\n"))):
            mk = None  # a code's or regulation's titles in capitals, a title under its number ("Chương II ⏎ …")
        if mk is None:
            last = stack[-1][1]
            if last.kind != "scope" and (_continues_heading(text, last, b) or _titles_empty_article(text, last, b)):
                # markup split the heading over a blank line: "**3. Đề nghị …, Hội Liên hiệp**" /
                # "**Phụ nữ Thành phố …**"
                last.head_end = b.end
                last.heading = _heading(text[last.body_start : b.end])
            elif last.kind != "scope" and (title_end := _article_title_line(text, last, b)) is not None:
                last.head_end = title_end
                last.heading = _heading(text[last.body_start : title_end])
            continue
        lazy = numbered.get(b.start) if mk.kind == "num" else None
        if lazy is not None and lazy[0] is not None:
            mk = Marker("num", str(lazy[0]), mk.heading, mk.body_start)  # "1. … 1. … 1. …" read as 1, 2, 3
        if mk.sep == "," and any(n.kind in ("num", "dotted", "letter") and n.sep != "," for _, n in stack):
            # "2.4. Bảo đảm nguồn cung … ⏎ Một là, … Hai là, …": inside a numbered item, the parts of its work
            mk = Marker("bullet", "-", mk.heading, mk.body_start)
        if mk.kind == "bullet" and (open_bullet := next((n for _, n in reversed(stack[-2:]) if n.kind == "bullet"),
                                                        None)) is not None \
                and _indent(text, b.start) >= max(_indent(text, open_bullet.start), 0) + 2:
            mk = Marker("plus", mk.label, mk.heading, mk.body_start)  # "   - … ⏎      - …": a list nested in a bullet
        rank = float(_RANK[mk.kind]) + (lazy[1] / 10 if lazy is not None else 0)
        if mk.kind == "caption" and _captions_inside(stack, mk):
            rank = _RANK["roman"] + 0.25  # "II. NỘI DUNG / NHIỆM VỤ / 1. … / GIẢI PHÁP / 1. …"
        if mk.kind == "agency":
            # under the heading open above it ("1. Phân công nhiệm vụ ⏎ Sở Tài chính: ⏎ - …"), beside the
            # agency named before it
            rank = next((r for r, n in reversed(stack) if n.kind == "agency"), None) \
                or next((r for r, n in reversed(stack) if n.kind not in ("bullet", "plus")), 0.0) + 0.5
        if mk.kind == "paren" and not any(n.kind in ("num", "dotted") for _, n in stack) \
                and (not any(n.kind == "letter" for _, n in stack)
                     or any(n.kind == "paren" and r == _RANK["num"] for r, n in stack)):
            rank = _RANK["num"]  # "III. … ⏎ (1) Công tác tuyên truyền ⏎ a. …": numbered in brackets, over its letters
        if mk.kind == "dotted":
            rank += mk.label.count(".") - 1
        if mk.kind == "upper" and _letters_under_roman(stack, mk, counters):
            rank = _RANK["roman"] + 0.5
        # the parent is the nearest open node of a smaller rank; numbering must continue there
        placed = _place(stack, mk, rank, counters)
        if placed is None:
            continue
        rank, parent_at = placed
        close_to(rank, b.start)
        for _, left in stack[parent_at + 1 :]:  # (closed here too: a heading the numbering went on past)
            left.end = max(left.head_end, min(b.start, left.end))
        del stack[parent_at + 1 :]
        parent = stack[-1][1]
        node = Node(mk.kind, mk.label, _id(parent, mk, carried.get(id(parent), 0)), parent.level + 1, b.start, end,
                    mk.body_start, b.end, _heading(mk.heading), mk.sep)
        if mk.kind == "agency":
            # under agencies named on lines of their own, the section's bullets count on across them
            before = next((c for c in reversed(parent.children) if c.kind == "agency" and c.id == node.id), None)
            carried[id(node)] = carried.get(id(before), 0) + sum(1 for k in before.children if k.kind == "bullet") \
                if before is not None else 0
        parent.children.append(node)
        stack.append((rank, node))
    for t in in_scope_tables[ti:]:
        # a table no block opens in (its first lines run on with the paragraph above: "(Kèm theo Kế hoạch …) ⏎ TT ⏎
        # Tên nhiệm vụ …"): under the item that holds it
        _add_table(stack[-1][1], t)
    close_to(-1.0, end)
    _end_bullets(text, root)
    for n in root.walk():
        n.end = min(n.end, end) if n.kind != "table" else n.end
        if n.end < n.head_end:
            n.end = n.head_end
    return root


def _quoted(text: str, b: Block, quotes: list[tuple[int, int]], starts: list[int]) -> bool:
    """Does the paragraph open a quotation (``“2. Đối với …``) or lie inside one?"""
    q = bisect.bisect_right(starts, b.start + 3) - 1
    if q < 0:
        return False
    qs, qe = quotes[q]
    opens = b.start <= qs < b.end and not text[b.start : qs].strip(" *_")
    return opens or qs < b.start < qe


# who leads, opening the paragraph under a bullet's label: "Sở Công Thương chủ trì, phối hợp với …"
_LEAD_CLAUSE = re.compile(rf"[ \t*_]*[{UPPER}][^\n.;:]{{0,100}}?\s(?:chủ\s+trì|thực\s+hiện)[\s,;]")


_MONEY = re.compile(r"(?i:kinh\s+phí|ngân\s+sách|nguồn\s+vốn|dự\s+toán|quỹ)(?![\wÀ-ỹ])")


def _work_not_money(text: str, start: int, end: int) -> bool:
    """Does the paragraph at ``start`` open with work to do, not with where the money comes from ("Khuyến khích các tổ
    chức, cá nhân đầu tư …", not "Bố trí kinh phí từ ngân sách …")?"""
    from parsers import agencies

    opening = text[start : min(end, start + 60)]
    return bool(opening) and opening[:1].isupper() and _MONEY.search(opening) is None \
        and agencies.verbs_re().match(opening[:1].lower() + opening[1:]) is not None


def _past_space(text: str, pos: int, end: int) -> int:
    """Where the text goes on after the blanks and markup at ``pos``."""
    while pos < end and text[pos] in " \t\n*_":
        pos += 1
    return pos


def _end_bullets(text: str, root: Node) -> None:
    """A "-" item is its own paragraph (and its "+" items): a new paragraph after it belongs to the
    item above, not to the bullet. (The deepest first: a "-" item ends after its last "+" item has.)"""
    for parent in reversed(list(root.walk())):
        carried: set[str] = set()  # the kinds of bullet here whose items carry a field of their own
        for n, after in zip(parent.children, [*parent.children[1:], None], strict=False):
            if n.kind in ("bullet", "plus"):
                # (a field between two bullets of one list is the one's above: "- … ⏎ Thời gian: Quý I/2026. ⏎ - …")
                _end_bullet(text, n, n.kind in carried, listed=after is not None and after.kind == n.kind)
                if _FIELD_IN.search(text, n.start, n.end):
                    carried.add(n.kind)


def _end_bullet(text: str, n: Node, fields_carried: bool, listed: bool = False) -> None:
    """Where one bullet ends (``fields_carried``: a bullet of its kind before it carries a field of its own;
    ``listed``: a bullet of its kind follows it)."""
    last = n.children[-1].end if n.children else n.head_end
    rest = text[last : n.end]
    m = re.search(r"\n\s*(?=\S)", rest)
    # (but "- Kiểm tra dịp Tết Trung thu: ⏎ Sở Công Thương chủ trì …": a bullet ending with its colon goes
    # on with what it introduces, to the next paragraph's end)
    if m is not None and not n.children and re.search(r":[\s*_]*$", text[n.body_start : last]) \
            and _LEAD_CLAUSE.match(text, last + m.end(), n.end):
        nxt = re.search(r"\n[ \t]*\n|\n(?=[ \t*_]*[-+•–])", text[last + m.end() : n.end])
        n.end = last + m.end() + (nxt.start() if nxt else len(text[last + m.end() : n.end]))
    elif m is not None and not rest[m.end() : m.end() + 1].islower():
        # (the fields on the lines under it are its own in a list whose items carry theirs: "- Thông tư … ⏎
        # Cơ quan chủ trì: …" after "- Nghị định …. Cơ quan chủ trì: …"; else they are the item's above)
        past = _past_fields(text, last + m.start(), n.end)
        n.end = past if fields_carried or (listed and not text[past : n.end].strip()) else last + m.start()


# a field on the lines under a bullet ("- Thông tư quy định … ⏎ Cơ quan chủ trì: Cục …; thời gian: …"): the
# bullet's own, to the first line after them that opens otherwise
_FIELD_LINE = re.compile(rf"\n[ \t*_]*{FIELD_LABEL}")
_FIELD_IN = re.compile(rf"(?<![\wÀ-ỹ]){FIELD_LABEL}", re.I)
_LINE_OPENS = re.compile(rf"\n[ \t*_]*(?=[{UPPER}\d\-+•–(])")


def _past_fields(text: str, at: int, end: int) -> int:
    """Where a bullet ends that would end at ``at``: past the field lines that follow it."""
    while _FIELD_LINE.match(text, at, end):
        nxt = _LINE_OPENS.search(text, at + 1, end)
        while nxt is not None and _FIELD_LINE.match(text, nxt.start(), end) is None \
                and not re.search(r"[.;]\s*$", text[at : nxt.start()]):
            nxt = _LINE_OPENS.search(text, nxt.start() + 1, end)  # (a field's value wrapped onto a capital)
        at = nxt.start() if nxt is not None else end
    return at


def _continues_heading(text: str, node: Node, b: Block) -> bool:
    if b.start - node.head_end > 200:  # only blank lines and markup lie between a heading's parts
        return False
    head = text[node.body_start : node.head_end].rstrip()
    nxt = text[b.start : b.end]
    return (node.head_end < b.start and "\n\n" in text[node.head_end : b.start + 1]
            and len(head) < 200 and len(nxt) < 150 and not re.search(r"[.:;!?]\W*$", head)
            and not re.match(r"[-+•–*(]", nxt) and text.count("\n", node.head_end, b.start) <= 3
            and (nxt[:1].islower() or (head[-1:].isalpha() and _name_run(nxt))))


def _titles_empty_article(text: str, node: Node, b: Block) -> bool:
    """"**Điều 3.⏎Trách nhiệm thi hành**", "**2.****⏎**Giao Sở …": an article or item whose marker ends
    its line takes its heading from the next one."""
    return (node.kind not in ("scope", "table", "bullet", "plus")
            and not text[node.body_start : node.head_end].strip(" *_\n")
            and b.start - node.head_end <= 4 and len(text[b.start : b.end]) < 160
            and not re.search(r"[.;:]\W*$", text[b.start : b.end]))


def _article_title_line(text: str, node: Node, b: Block) -> int | None:
    """"Điều 2. ⏎ Tổ chức thực hiện ⏎ Trách nhiệm của các bộ … như sau:": an article whose number ends its line takes
    its title from the next, a short line the paragraph below runs on from; where the title ends."""
    if node.kind not in ("article", "chapter") or text[node.body_start : node.head_end].strip(" *_\n") \
            or b.start - node.head_end > 4:
        return None
    nl = text.find("\n", b.start, b.end)
    if nl < 0:
        return None
    title = text[b.start : nl].strip(" *_")
    if not title[:1].isupper() or len(title.split()) > 10 or re.search(r"[.;:,]\W*$", title) \
            or not text[nl + 1 : b.end].lstrip(" *_")[:1].isupper():
        return None
    return nl


def _name_run(nxt: str) -> bool:
    """The next line goes on with names, not with a sentence of work."""
    from parsers.agencies import verbs_re

    return nxt[:1].isupper() and len(nxt.split()) <= 16 and verbs_re().search(nxt) is None \
        and not re.search(r"[.;]\W*$", nxt)


def _captions_inside(stack: list[tuple[float, Node]], mk: Marker) -> bool:
    """Does an unnumbered heading group the items of the section open above it (one whose items so
    far are such headings, or a work section it divides: "II. NHIỆM VỤ, GIẢI PHÁP … GIẢI PHÁP"), rather
    than begin a section of its own ("… TỔ CHỨC THỰC HIỆN")?"""
    top = next((n for _, n in reversed(stack) if n.kind in ("roman", "upper", "part", "chapter")), None)
    if top is None:
        return False
    work = ("tasks", "solutions")
    if vocab.section_role(mk.heading, top=False) is None:
        return True  # a heading that names no part of the plan divides the section it is in
    return all(c.kind == "caption" for c in top.children if c.is_item) or (
        vocab.section_role(mk.heading, top=False) in work and vocab.section_role(top.heading) in work)


def _letters_under_roman(stack: list[tuple[float, Node]], mk: Marker,
                         counters: dict[int, dict[str, int]]) -> bool:
    """"II. NHIỆM VỤ, GIẢI PHÁP / A. NHIỆM VỤ / 1. … / B. GIẢI PHÁP": capital letters that begin
    inside a roman section are its groups (a part "A." holds its romans only when it comes first)."""
    roman = next((n for _, n in reversed(stack) if n.kind == "roman"), None)
    if roman is None:
        return False
    if "upper" in counters.get(id(roman), {}):
        return True  # "B." after an "A." that was placed inside this section
    return mk.label == "A" and not any(n.kind == "upper" for _, n in stack)


def _place(stack: list[tuple[float, Node]], mk: Marker, rank: float,
           counters: dict[int, dict[str, int]]) -> tuple[float, int] | None:
    """Where a marker goes: the rank it takes and the stack index of its parent, or None when its
    number does not continue any open list (a year, an amount, a list inside a sentence)."""
    value = _value(mk)
    # candidates: pop to the first node of smaller rank; a list restarting at 1 under an item of
    # the same kind nests inside it ("1. Sở Y tế: 1. …" or "a) …: 1. …")
    i = len(stack) - 1
    while i > 0 and stack[i][0] >= rank:
        i -= 1
    if mk.kind == "dotted" and i > 1 and _next_groups(stack[i][1], mk):
        i -= 1  # "2. … 2.3. … ⏎ **Nhóm nhiệm vụ …** ⏎ 3.1. …": the next group's items, the group's number unwritten
    if (inner := _list_goes_on(stack, i, mk, value, counters)) is not None:
        return inner
    parent = stack[i][1]
    # articles, chapters and parts are numbered through the whole scope, across the parts they sit in
    owner = stack[0][1] if mk.kind in ("article", "chapter", "part") else parent
    last = counters.get(id(owner), {}).get(mk.kind)
    if value is not None and mk.kind not in ("bullet", "plus"):
        # (a number written twice is a slip of the list, not another list: "3. … 3. … 5.")
        ok = value == 1 or (last is not None and 0 < value - last <= 2) or (last is None and value <= 2) \
            or (last is not None and value == last and mk.kind in ("num", "letter") and mk.heading[:1].isupper()) \
            or (last is None and _numbered_on(stack, i, mk, value, counters))
        if mk.kind == "dotted":
            ok = ok or _dotted_fits(parent, mk)
        if mk.kind in ("article", "chapter") and last is not None and value > last and _titled(mk):
            ok = True  # "Điều 2. … Điều 7. Trách nhiệm của Bộ Y tế": articles left out between, a heading still
        if not ok:
            # a restart inside the previous item of the same kind
            top_rank, top = stack[-1]
            if value == 1 and top.kind == mk.kind:
                counters.setdefault(id(top), {})[mk.kind] = value
                return top_rank + 0.5, len(stack) - 1
            # the list goes on further up ("IV." after a group "B." misread as holding "II."'s list)
            outer = next((j for j in range(i - 1, -1, -1) if mk.kind not in ("article", "chapter", "part")
                          and 0 < value - counters.get(id(stack[j][1]), {}).get(mk.kind, 10**6) <= 2), None)
            if outer is None:
                return None
            counters.setdefault(id(stack[outer][1]), {})[mk.kind] = value
            return rank, outer
        if value == 1 and last is not None and stack[-1][1].kind == mk.kind and mk.kind in ("num", "letter") \
                and stack[-1][1] is not parent:
            top_rank, top = stack[-1]
            counters.setdefault(id(top), {})[mk.kind] = value
            return top_rank + 0.5, len(stack) - 1
    counters.setdefault(id(owner), {})[mk.kind] = value if value is not None else 0
    return rank, i


def _list_goes_on(stack: list[tuple[float, Node]], i: int, mk: Marker, value: int | None,
                  counters: dict[int, dict[str, int]]) -> tuple[float, int] | None:
    """"2. Nhiệm vụ thời gian tới ⏎ 1) Bộ Xây dựng … ⏎ 2) Bộ Tài chính …": a list written otherwise ("1)") that
    restarted inside an item of its kind ("2.") goes on there with its next number, though the item's own list
    could go on with it too. Returns the rank and parent index, or None."""
    if value is None or not mk.sep or mk.kind not in ("num", "letter"):
        return None
    outer = next((k for k in range(i + 1, len(stack)) if stack[k][1].kind == mk.kind), None)
    if outer is None or stack[outer][1].sep == mk.sep:
        return None
    for j in range(len(stack) - 1, outer, -1):
        r, n = stack[j]
        if n.kind == mk.kind and n.sep == mk.sep \
                and counters.get(id(stack[j - 1][1]), {}).get(mk.kind) == value - 1:
            counters[id(stack[j - 1][1])][mk.kind] = value
            return r, j - 1
    return None


# a block that opens with a number ("1.", "**1.**", "### 1."), or with a higher level's marker ("II.", "B.", "Điều 3")
_NUMBER_OPENS = re.compile(r"[ \t*_#]*(?:(?P<n>\d{1,3})\.(?!\d)"
                           r"|(?P<up>[IVXLC]{1,6}\.|[A-ZĐ][.)]\s|Điều\s|Chương\s|Phần\s))")


def _list_numbers(text: str, blocks: list[Block], body: int, end: int) -> dict[int, tuple[int | None, int]]:
    """The numbered items of a markdown list nested by indentation, and those it writes "1." each, as markdown lets it
    and renders 1, 2, 3 …: block start → the number it is read as (None: its own) and its depth. An item indented past
    the one above it opens a list nested in that item ("1. **Tuyên truyền** ⏎    1. Tổ chức hội nghị … ⏎    2. Biên
    soạn …"); a run of "1." is the items at one indentation with no other number between them and no higher level's
    heading, numbered on when one run of the scope holds three or more (a list that restarts at 1 inside an item
    otherwise goes on with 2)."""
    runs: list[tuple[int, list[int]]] = []  # the open runs of "1.", outermost first: (indentation, block starts)
    done: list[list[int]] = []
    levels: list[int] = []  # the indentations of the open lists, outermost first
    depth: dict[int, int] = {}

    def close(indent: int) -> None:
        while runs and runs[-1][0] >= indent:
            done.append(runs.pop()[1])

    for b in blocks:
        if b.start < body or b.start >= end:
            continue
        m = _NUMBER_OPENS.match(text, b.start, min(b.end, b.start + 20))
        if m is None:
            continue
        if m.group("up"):
            close(0)
            levels.clear()
            continue
        indent = max(_indent(text, b.start), 0)
        while levels and levels[-1] > indent:
            levels.pop()
        if not levels or levels[-1] < indent:
            levels.append(indent)
        depth[b.start] = len(levels) - 1
        if m.group("n") == "1":
            close(indent + 1)
            if runs and runs[-1][0] == indent:
                runs[-1][1].append(b.start)
            else:
                runs.append((indent, [b.start]))
        else:
            close(indent)
    close(0)
    numbers = {start: k for run in done for k, start in enumerate(run, 1)} \
        if any(len(run) >= 3 for run in done) else {}
    if not numbers and not any(depth.values()):
        return {}
    return {start: (numbers.get(start), d) for start, d in depth.items()}


def _indent(text: str, at: int) -> int:
    """How far the line holding the mark at ``at`` is indented before it ("   1. …", "     - …": a markdown list's
    nesting); -1 for a mark the line's text comes before ("… (thời gian: thường xuyên). - Phối hợp …")."""
    line = text.rfind("\n", 0, at) + 1
    if text[line:at].strip(" "):
        return -1
    return len(text[line:at]) + len(text[at : at + 40]) - len(text[at : at + 40].lstrip(" "))


def _titled(mk: Marker) -> bool:
    """An article's or chapter's title on its line: capitalised, short, no sentence after it."""
    title = mk.heading.strip(" *_\n").split("\n", 1)[0].strip(" *_")
    return not title or (title[:1].isupper() and len(title) <= 200 and not re.search(r"[.;]\s+\S", title))


def _numbered_on(stack: list[tuple[float, Node]], i: int, mk: Marker, value: int,
                 counters: dict[int, dict[str, int]]) -> bool:
    """"I. … 1. … 2. … II. … 3. …": items numbered on through their groups, the first under a new
    group taking the number after the last under the group before (and sections through the parts they sit in: "A.
    MỤC ĐÍCH ⏎ I. … II. … ⏎ B. NHIỆM VỤ ⏎ III. …")."""
    if i < 1 or mk.kind not in ("num", "dotted", "roman"):
        return False
    parent, grand = stack[i][1], stack[i - 1][1]
    if parent.kind not in (("upper", "part") if mk.kind == "roman" else ("roman", "upper", "caption")) \
            or len(grand.children) < 2 or grand.children[-1] is not parent:
        return False
    before = counters.get(id(grand.children[-2]), {}).get(mk.kind)
    return before is not None and 0 < value - before <= 2


# the capitals that number groups, in the Vietnamese alphabet's order ("D.", "Đ.", "E.", "G.") with the English "F"
# between ("D.", "E.", "F."): the next of either is one or two on
_UPPERS = "ABCDĐEFGHIKLMN"


def _value(mk: Marker) -> int | None:
    if mk.kind in ("num", "paren", "article", "chapter", "mục") and mk.label.isdigit():
        return int(mk.label)
    if mk.kind == "article":
        return int(re.match(r"\d+", mk.label).group(0))  # type: ignore[union-attr]
    if mk.kind in ("roman", "chapter") and _ROMAN_RE.fullmatch(mk.label):
        return _roman(mk.label)
    if mk.kind == "letter":
        return LETTERS.index(mk.label) + 1 if mk.label in LETTERS else None
    if mk.kind == "upper":
        return _UPPERS.index(mk.label) + 1
    if mk.kind == "dotted":
        return int(mk.label.rsplit(".", 1)[1])
    return None


def _next_groups(parent: Node, mk: Marker) -> bool:
    """Is a dotted item ("3.1") the first of the group after its would-be parent's ("2."), that group's own item left
    unwritten?"""
    head = mk.label.rsplit(".", 1)[0]
    return parent.kind == "num" and head.isdigit() and parent.label.isdigit() and int(head) == int(parent.label) + 1 \
        and not _dotted_fits(parent, mk)


def _dotted_fits(parent: Node, mk: Marker) -> bool:
    head = mk.label.rsplit(".", 1)[0]
    return parent.label == head or parent.id.endswith("." + head) or parent.label == head.split(".")[-1]


_ORDINALS = {"nhất": "I", "hai": "II", "ba": "III", "tư": "IV", "bốn": "IV", "năm": "V", "sáu": "VI", "bảy": "VII",
             "tám": "VIII", "chín": "IX", "mười": "X"}


def _id(parent: Node, mk: Marker, before: int = 0) -> str:
    if mk.kind == "article":
        return f"Điều {mk.label}"
    if mk.kind == "chapter":
        return f"Chương {mk.label}"
    if mk.kind == "part":
        # "Phần II", "PHẦN THỨ BA": the part's number, as a section's ("II", "III")
        words = mk.label.lower().split()
        return _ORDINALS.get(words[-1], mk.label) if words[0] == "thứ" else mk.label
    if mk.kind in ("roman", "upper") and parent.kind in ("scope", "article", "chapter", "part", "mục", "upper"):
        # (a roman section inside "B. NHIỆM VỤ VÀ GIẢI PHÁP" keeps its own number, as inside a part)
        return mk.label if parent.kind != "upper" or mk.kind == "roman" else f"{parent.id}.{mk.label}"
    if mk.kind in ("caption", "agency"):
        return parent.id if parent.kind != "scope" else ""
    if mk.kind in ("bullet", "plus"):
        # ("+" under a "-" is a sub-item, "p1"; "+" right under an item is that item's bullet, "b1")
        prefix = "p" if mk.kind == "plus" and parent.kind in ("bullet", "plus") else "b"
        n = sum(1 for c in parent.children if c.kind == mk.kind) + 1 + (before if prefix == "b" else 0)
        return f"{parent.id}.{prefix}{n}" if parent.id else f"{prefix}{n}"
    label = mk.label
    if mk.kind == "dotted":
        head, _, tail = label.rpartition(".")
        if parent.kind in ("num", "dotted") and (parent.label == head or (parent.label == head.split(".")[-1]
                                                  and parent.kind == "num" and "." not in head)):
            label = tail
        elif parent.kind == "roman" and head.isdigit() and _ROMAN_RE.fullmatch(parent.label) \
                and int(head) == _roman(parent.label):
            # "II. NHIỆM VỤ ⏎ 2.1. … 2.2. …": the number restates its section's, in figures ("II.1")
            label = tail
        else:
            # "2.1" under a roman with no "2." item, nor of its number: the roman's id, then the whole number
            return f"{parent.id}.{label}" if parent.id else label
    return f"{parent.id}.{label}" if parent.id else label


def _heading(s: str) -> str:
    if "[" in s:
        s = EDITORIAL_NOTE.sub("", s)  # "[Khoản này được sửa đổi bởi …]" inside a heading
    if len(s) > 1200 and len(short := " ".join(s[:1200].split())) > 320 and short.rfind(" ") >= 300:
        return short[:300]  # (a long paragraph's first words: its first 300 characters are those of its whole)
    return " ".join(s.split())[:300]


# ---- roles ---------------------------------------------------------------------------------------


def _assign_roles(text: str, tree: Tree) -> None:
    from parsers import agencies

    for root in tree.roots:
        for node in root.walk():
            if node.kind in ("scope", "table", "bullet", "plus"):
                continue
            role = vocab.section_role(node.heading, top=node.kind in _TOP and node.kind != "article") \
                if _heading_like(node) else None  # an article's title names its role first, as an item's does
            if role is None and (first := first_line(text, node)) is not None:
                role = vocab.section_role(first, top=False)  # "3. Thời gian thực hiện⏎Năm 2025."
            if role == "purpose" and agencies.opens_with_agency(text, node.body_start, node.head_end):
                role = None  # "3. Yêu cầu Cục Phòng bệnh:" asks a body, it is no "Mục đích, yêu cầu"
            if role in ("situation", "funding", "scope") and node.kind not in _TOP \
                    and re.match(r"[\s*_]*Về\s", node.heading):
                # "1. Về tình hình giải ngân …", "d) Về nguồn vốn:", "1. Về phạm vi điều chỉnh" (of a bill a notice
                # discusses): a topic, then what is asked
                role = None
            if role == "funding" and node.kind not in _TOP and not node.children \
                    and (_LEAD_CLAUSE.match(text, (after := _past_space(text, node.head_end, node.end)), node.end)
                         or _work_not_money(text, after, node.end)):
                # "5. Bảo đảm nguồn lực ⏎ Vụ Kế hoạch - Tài chính chủ trì …", "8. Huy động nguồn lực, đẩy mạnh xã hội
                # hóa ⏎ Khuyến khích các tổ chức … đầu tư …": work, its section's role (not "Từ nguồn ngân sách …")
                role = None
            node.own_role = role
        _inherit(root, None)
        for node in root.walk():
            if node.role in _NOT_ASKING and (node.role == "situation" or node.own_role) \
                    and sum(c.kind not in ("bullet", "plus") for c in node.items()) >= 2 \
                    and ((node.kind not in _TOP and node.role == "situation" and _per_agency(text, node))
                         or _asks_each(text, node)):
                # "I. VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI … VÀ ĐỊNH HƯỚNG ĐIỀU HÀNH ⏎ 2. Chính phủ yêu cầu …: a) Ngân hàng Nhà
                # nước Việt Nam: … b) Bộ Tài chính: …": an item that asks its agencies for work is no assessment; nor
                # is a section headed so whose items each ask one ("II. KẾT QUẢ CUỘC HỌP ⏎ 1. Sở Xây dựng hoàn thiện …")
                for d in node.walk():
                    if d.role in _NOT_ASKING:
                        d.own_role, d.role = None, None
        for node in root.walk():
            # only the work sections ask whether their items are listed per agency
            if node.role in _WORK_ROLES:
                node.by_agency = _per_agency(text, node)


_NOT_ASKING = ("situation", "targets", "purpose")
# what a body has done or has, after its name: a report on it, no work asked of it
_REPORTED = re.compile(r"[\s*_:,]*(?:đã|đang|đạt|được|có|chưa|vẫn|cơ\s+bản|còn|là)(?![\wÀ-ỹ])", re.I)


def _asks_each(text: str, node: Node) -> bool:
    """Does each of the node's items open with an agency it asks for work, none report what one did ("1. Sở Y tế đã
    triển khai …")?"""
    from parsers import agencies

    items = [c for c in node.items() if c.kind not in ("bullet", "plus")]
    asked = 0
    for c in items:
        if not agencies.opens_with_agency(text, c.body_start, c.head_end):
            continue
        found = agencies.subjects(text, c.body_start, min(c.head_end, c.body_start + 300))
        if not found or _REPORTED.match(text, found[0].end):
            return False
        asked += 1
    return asked == len(items) > 0


_AGENCY_HEADING_WORDS = 24


def _per_agency(text: str, node: Node) -> bool:
    """Do at least half of the node's items open with an agency, as its heading or the subject over its items?"""
    from parsers import agencies

    items = [c for c in node.items() if c.kind not in ("bullet", "plus")] or node.items()
    need = max(1, (len(items) + 1) // 2)
    opening = 0
    for i, c in enumerate(items):
        if len(items) - i + opening < need:
            break  # the rest cannot make a majority
        if c.kind == "bullet" and field_value(text, c):
            continue  # "Đơn vị phối hợp: ⏎ - Công an tỉnh ⏎ - Sở Y tế": a field's values, no agency's items
        # (a body's name over the items under it; not a task's whole sentence that opens with who leads it, its parts
        # under it: "a) Sở Công Thương chủ trì triển khai chương trình hỗ trợ … (thirty words): ⏎ + Tư vấn …")
        opening += agencies.opens_with_agency(text, c.body_start, c.head_end) \
            and ((bool(c.children) and len(text[c.body_start : c.head_end].split()) <= _AGENCY_HEADING_WORDS)
                 or bool(agencies.heading_names(text, c.body_start, c.head_end)))
        if opening >= need:
            break
    return bool(items) and opening >= need


# a task's field whose value is listed on the bullet lines under it: "Đơn vị phối hợp:", "Cơ quan chủ trì:"
_FIELD_OVER = re.compile(r"(?:[Pp]hối\s+hợp|[Cc]hủ\s+trì|[Tt]hực\s+hiện|[Tt]ham\s+gia)[^\n:]{0,25}:[\s*_]*$")
_BULLET_LINE = re.compile(r"[ \t]*[-+•–]")
_LED_BY_WORD = re.compile(r"(?<![\wÀ-ỹ])(?:do|giao)\s", re.I)


def field_value(text: str, bullet: Node) -> bool:
    """Is the bullet one of the values listed under a field's label (the last line above the list)?"""
    end = bullet.start
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    for _ in range(40):  # (the lines above, back to the first that is no "-" item; a list longer lists no field)
        while end > 0 and text[end - 1] == "\n" and text.rfind("\n", 0, end - 1) == end - 2:
            end -= 1  # (a blank line between the items, or under the label)
        start = text.rfind("\n", 0, end) + 1
        if not _BULLET_LINE.match(text, start, end):
            # (not a line that says who leads the items under it: "Nhóm nhiệm vụ do Cục Khí tượng Thủy văn chủ trì:")
            # (the label's line may be the wrap of a longer one: "Các nội dung sau do Công an thành phố chủ trì, Hội ⏎
            # Cựu chiến binh phối hợp:")
            above = text.rfind("\n", 0, start - 1) + 1 if start > 1 and text[start - 2] not in ".;:\n" else start
            return (label := _FIELD_OVER.search(text, start, end)) is not None \
                and _LED_BY_WORD.search(text, above, label.start()) is None
        if start == 0:
            return False
        end = start - 1
    return False


_ASSIGNING = re.compile(r"[\s*_]*(?:Phân\s+công|PHÂN\s+CÔNG)\s", re.I)
_TOP = ("roman", "part", "chapter", "mục", "upper", "article", "caption")
# sections whose items may be listed per agency
_WORK_ROLES = ("tasks", "solutions")


def first_line(text: str, node: Node) -> str | None:
    """A short first line that the paragraph's next line ran on from: the item's own heading."""
    nl = text.find("\n", node.body_start, node.head_end)
    if nl < 0:
        return None
    first = text[node.body_start : nl].strip(" *_")
    nxt = text[nl + 1 : node.head_end].lstrip(" *_")
    # a sentence wrapped at its line end goes on in small letters ("a) Tiếp tục tổ chức triển khai⏎thực hiện …")
    if not first or len(first.split()) > 8 or re.search(r"[.;:,]\W*$", first) or not nxt[:1].isupper():
        return None
    from parsers.agencies import name_runs_on

    if name_runs_on(first, nxt):
        return None  # a name wrapped after its head, or inside it
    return first


def _heading_like(node: Node) -> bool:
    """A section heading is short and names a part of the plan, not a sentence of work."""
    words = node.heading.split()
    if not words:
        return False
    if node.kind in _TOP:
        return True
    # an item's first sentence is no heading: "2. Sở Tài chính tham mưu bố trí kinh phí."
    # ("1. Trách nhiệm của cơ quan hải quan trong việc thực hiện chế độ ưu tiên:" over its items is one)
    introduces = bool(node.children) and re.search(r":[\W_]*$", node.heading) is not None and len(words) <= 24 \
        and re.search(r"của\s+(?:các\s+)?(?:tổ\s+chức|cá\s+nhân)", node.heading) is None  # no one's in particular
    if (len(words) > 12 and not introduces) or re.search(r"[.;]\W*$", node.heading):
        return False
    return bool(node.children) or node.heading.isupper() or len(words) <= 10


def _inherit(node: Node, role: str | None) -> None:
    if role == "organisation" and node.own_role == "tasks" and _ASSIGNING.match(node.heading):
        node.own_role = None  # "IV. TỔ CHỨC THỰC HIỆN ⏎ 1. Phân công nhiệm vụ": the agencies' duties, no work list
    if role in ("tasks", "solutions") and node.own_role == "funding" and node.kind not in _TOP \
            and any(c.is_item for c in node.children):
        # "III. GIẢI PHÁP ⏎ 2.1. Nguồn vốn tín dụng ⏎ a) Quỹ … cho vay …": a solution about money, its items
        # work (not "4. Bảo đảm kinh phí ⏎ Từ nguồn ngân sách nhà nước.": the plan's funding)
        node.own_role = None
    if role in ("tasks", "solutions") and node.own_role in ("functions", "organisation") and node.kind not in _TOP \
            and _DUTIES_OF.match(node.heading):
        # "III. NHIỆM VỤ CỤ THỂ … ⏎ 1. Nhiệm vụ của Sở Kế hoạch và Đầu tư", "3. Trách nhiệm của Thanh tra tỉnh": an
        # agency's tasks
        node.own_role = None
    if role in ("tasks", "solutions") and node.own_role == "situation" and node.kind not in _TOP:
        node.own_role = None  # "II. NHIỆM VỤ ⏎ 6. Đánh giá hiệu quả công tác …": evaluating is work to do
    node.role = node.own_role or role
    for c in node.children:
        _inherit(c, node.role)


_DUTIES_OF = re.compile(r"[\s*_]*(?:Nhiệm\s+vụ|Trách\s+nhiệm)\s+(?:cụ\s+thể\s+)?của\s+\S", re.I)
