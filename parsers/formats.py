"""Stage 1: recognise the input's format and turn it into the plain text all offsets refer to.

Invariants of a ``Prepared`` (tested): ``text`` is normalised (``parsers.text.normalize``), has
no markup (``**``, ``*``, table pipes, pandoc escapes, HTML), no site boilerplate (menus, the
attribute box, footers) and no Công báo page headers; line breaks of the source are kept, but for one
a hard wrap put before a name's or a range's dash ("Sở Lao động ⏎ - Thương binh …"), which is a space.
``attributes`` holds what a site's attribute box said (``Số hiệu``, ``Loại văn bản`` …), used
only to cross-check the parsed metadata.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ingest.errors import NoDocumentInHtml
from parsers.structure import ATTACH_TYPES
from parsers.tables import (
    Cell,
    Row,
    Table,
    TextBuilder,
    column_role,
    grid_rows,
    html_rows,
    is_grid_rule,
    multiline_rows,
    render_pipes,
)
from parsers.text import LOWER, MOTTO_RE, UPPER, normalize

FORMATS = ("plain", "markdown", "markdown-html", "tvpl-text", "tvpl-md", "tvpl-page", "congbao", "pandoc", "vbpl-html",
           "html")


@dataclass(frozen=True, slots=True)
class Prepared:
    text: str
    format: str
    attributes: dict[str, str] = field(default_factory=dict)
    tables: tuple[Table, ...] = ()


def detect(raw: str, name: str = "") -> str:
    """Which of ``FORMATS`` a decoded input is, from its content (the name is only a hint)."""
    head = raw[:4000]
    # (asked only of an input with tags: most are plain text)
    tagged_markdown = "<" in head and _markdown_with_tags(raw, head, name)
    if re.search(r"<table\b", raw, re.I) and _MARKDOWN_TABLES.search(head) \
            and (tagged_markdown or not re.search(r"<(?:html|body|div|p)\b", head, re.I)):
        return "markdown-html"  # a markdown transcription whose tables are HTML
    if (re.search(r"<(html|body|div|p|table)\b", head, re.I) or name.endswith((".html", ".htm"))) \
            and not tagged_markdown:
        return "vbpl-html" if ("toanvancontent" in raw or "vbpl" in raw[:20000]) else "html"
    if "**Số hiệu:**" in raw[:20000] or "Đang tải văn bản" in head:
        return "tvpl-page"
    if re.search(r"^[ \t\f]*(?:\d+[ \t]+)?CÔNG BÁO/Số", raw[:3000], re.M) or _PROVINCIAL_HEADER.search(raw[:3000]):
        return "congbao"
    # (a pandoc table opens and closes with its rules; a Word text's header has one, under its two columns)
    # (or a grid table's rule, "+-----+-----+", and pandoc's escaped hard breaks at a line's end or a cell's:
    # "| **BỘ VĂN HÓA, THỂ THAO**\     |")
    if len(re.findall(r"^\s*-{5,} +-{5,}\s*$", head, re.M)) >= 2 or "\\-\\-" in head \
            or _MULTILINE_HEAD.search(head) \
            or (_HARD_BREAK.search(head) and any(map(is_grid_rule, head.split("\n")))):
        return "pandoc"
    if re.search(r"^\|\s*$", head, re.M) and "**" in head:
        return "tvpl-md"
    if re.search(r"^Số hiệu: .+ Loại văn bản: ", head, re.M):
        return "tvpl-text"
    if re.search(r"^#{1,6} \S|^\s*\|.*\|.*\|\s*$|(?<!\*)\*\*[^\s*]", raw[:20000], re.M):
        # a GitHub-style transcription: headings, bold, pipe tables (not a Word text's rule "-----***-----")
        return "markdown"
    return "plain"


_MARKDOWN_TABLES = re.compile(r"^\|.*\|\s*$|^\*\*\S", re.M)
# a markdown transcription's own structure: its headings, its pipe tables' rows
_MARKDOWN_STRUCTURE = re.compile(r"^#{1,6} \S|^\s*\|.*\|.*\|\s*$", re.M)


def _markdown_with_tags(raw: str, head: str, name: str) -> bool:
    """Is the input a markdown transcription that writes some of its lines as HTML ("<h2 align="center">KẾ
    HOẠCH</h2>", "<p><b>…</b></p>"), no page: no "<html>", "<body>" or "<div>", markdown's headings or tables?"""
    return not name.endswith((".html", ".htm")) and re.search(r"<(?:html|body|div)\b", head, re.I) is None \
        and len(_MARKDOWN_STRUCTURE.findall(raw[:20000])) >= 3
# a multiline table's first rule, its header's lines, then the rule under its columns
_MULTILINE_HEAD = re.compile(r"^[ \t]*-{20,}[ \t]*\n(?:[ \t]*\S[^\n]*\n){1,6}[ \t]*-{3,}(?: +-{3,})+[ \t]*$", re.M)


# an attached document's title a crawler ran into the signer's name with no space between: "… PHÓ CHỦ TỊCH Nguyễn Hồng
# QuânCHƯƠNG TRÌNH HÀNH ĐỘNG …" (the title opens its own line)
# (the titles found first, the letter before each looked at: the engine scans for their first letters, fast)
_ATTACHED_TITLE = re.compile(rf"(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|QUY TRÌNH|ĐỀ ÁN|PHỤ LỤC|HƯỚNG DẪN|ĐIỀU LỆ"
                             rf"|DANH MỤC|PHƯƠNG ÁN|CHIẾN LƯỢC|NỘI QUY)(?![{LOWER}])")


def _titles_unglued(text: str) -> str:
    cuts = [m.start() for m in _ATTACHED_TITLE.finditer(text) if m.start() and text[m.start() - 1].islower()]
    if not cuts:
        return text
    return "\n".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


def prepare(raw: str, name: str = "") -> Prepared:
    # normalised once, before the format is told (a web copy's no-break spaces, a decomposed text): the
    # converters read the normalised text
    raw = _titles_unglued(normalize(raw))
    fmt = detect(raw, name)
    prepared = _CONVERTERS[fmt](raw, fmt)
    if (trailer := _site_trailer(prepared.text)) < len(prepared.text):
        prepared = replace(prepared, text=prepared.text[:trailer],
                           tables=tuple(t for t in prepared.tables if t.end <= trailer))
    head = prepared.text[:_HEADER_SPAN]
    if (unglued := _unglued(head)) != head:
        prepared = replace(prepared, text=unglued + prepared.text[_HEADER_SPAN:])  # (the same length: spans hold)
    if (split := _NOTE_THEN_HEADING.sub(r"\1\n", prepared.text)) != prepared.text:
        prepared = replace(prepared, text=split)  # (the same length: spans hold)
    if (joined := _dash_wraps_joined(prepared.text)) != prepared.text:
        prepared = replace(prepared, text=joined)  # (the same length: spans hold)
    return prepared


# a site's trailer after the document, as a crawler copies it: the site's list of related articles or news, then its
# copyright line ("Bài viết liên quan: Hướng dẫn 1021/HD-LĐTBXH …", "Tin liên quan: ⏎ - …", "© Cổng Thông tin điện tử
# tỉnh …. Ghi rõ nguồn …")
# (not "(c)": a lettered item's mark)
_COPYRIGHT = re.compile(r"^[ \t*_]*(?:©|Copyright\b"
                        r"|Bản[ \t]+quyền[ \t]+thuộc[ \t]+(?:về[ \t]+)?(?:trang|website|cổng|báo))", re.M | re.I)
_RELATED = re.compile(r"^[ \t*_#]*(?:(?:Bài[ \t]+viết|Tin(?:[ \t]+bài)?|Các[ \t]+tin|Văn[ \t]+bản)"
                      r"[ \t]+(?:liên[ \t]+quan|cùng[ \t]+chuyên[ \t]+mục|khác)|Xem[ \t]+thêm)[ \t*_]*:", re.M)
_TRAILER_SPAN = 4000  # how far from the text's end a site's copyright line stands
_RELATED_SPAN = 3000  # how far above it the list of related articles begins


def _site_trailer(text: str) -> int:
    """Where a site's trailer begins (its list of related articles, else its copyright line), or the text's end."""
    found = _COPYRIGHT.search(text, max(0, len(text) - _TRAILER_SPAN))
    if found is None:
        return len(text)
    related = _RELATED.search(text, max(0, found.start() - _RELATED_SPAN), found.start())
    return related.start() if related is not None else found.start()


# a line that a hard wrap opened with a name's or a range's dash: "Sở Lao động ⏎ - Thương binh và Xã hội", "Giai đoạn
# 2026 ⏎ - 2030."
_DASH_LINE = re.compile(r"\n(?=[ \t]*[-–][ \t]+\S)")
_YEAR_END = re.compile(r"(?:\d{4}|[Qq]uý\s+[IV]{1,3}(?:/\d{4})?)[ \t]*$")
_YEAR_NEXT = re.compile(r"[ \t]*[-–][ \t]+(?:(?:năm|Năm|quý|Quý)\s+)?(?:\d{4}|[IV]{1,3}(?:/\d{4})?)"
                        r"(?=[ \t]*(?:[.;,)]|$))", re.M)


def _dash_wraps_joined(text: str) -> str:
    """The line breaks a hard wrap put before a name's dash or a range's, as spaces (the same length): no "-" item
    opens there."""
    from parsers.structure import dash_wrapped

    out = None
    for m in _DASH_LINE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        prev, line_end = text[start : m.start()], text.find("\n", m.end())
        line = text[m.end() : line_end if line_end >= 0 else len(text)]
        if dash_wrapped(prev, line.lstrip()) or (_YEAR_END.search(prev) and _YEAR_NEXT.match(line)):
            out = out if out is not None else list(text)
            out[m.start()] = " "
    return "".join(out) if out is not None else text


# a copy that runs an attached document's title, its note and its first heading into one line ("… (Kèm theo Quyết
# định số 1873/QĐ-UBND …) I. CƠ SỞ PHÁP LÝ"): the heading opens its own line
_NOTE_THEN_HEADING = re.compile(
    r"(\((?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s[^()\n]{0,400}\))[ \t]"
    r"(?=(?:[IVX]{1,4}\.|[A-ZĐ]\.|Phần\s+(?:[IVX]{1,4}|thứ)|Chương\s+[IVX]{1,4}|Điều\s+1\.)[ \t])")


# ---- converters ---------------------------------------------------------------------------------


# a crawler's header runs the title, the issuer and the first preamble paragraph into one line
# ("… THI HÀNH LUẬT THANH NIÊN BỘ TRƯỞNG BỘ NỘI VỤ Căn cứ Luật Thanh niên …", a title that ends with its
# year: "… CẢI CÁCH HÀNH CHÍNH NĂM 2022 Căn cứ …"): the paragraph opens its own
# (or a session's number: "… KHÓA XVIII, KỲ HỌP THỨ 25 Căn cứ …")
# (found by the words that open the paragraph, then the capitals before them checked: the fast way round)
_PREAMBLE_OPENS = re.compile(r"(?:Căn\s+cứ|Thực\s+hiện|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)\s")
_GLUED_AFTER = re.compile(rf"[{UPPER}]{{2}}(?:[ \t]\d{{1,4}})?\Z")  # the capitals (and a number) before its spaces
_HEADER_SPAN = 6000


def _unglued(head: str) -> str:
    """The space before each glued paragraph becomes a line break (the same length: spans hold)."""
    breaks = []
    for m in _PREAMBLE_OPENS.finditer(head):
        i = m.start()
        while i and head[i - 1] in " \t":
            i -= 1
        if i < m.start() and _GLUED_AFTER.search(head, max(0, i - 8), i):
            breaks.append(i)
    for i in breaks:
        head = head[:i] + "\n" + head[i + 1 :]
    return head


# a footnote's mark glued to the word it follows in a converted PDF or Word file: "Luật Bảo hiểm xã
# hội1 ngày …", "y tế1", "Kho bạc Nhà nước2;" (not after two plain letters: "m2", "km2" are units)
# (its first digit, then the letters before it looked at: the engine scans for digits, fast)
# (not a number a date or a reference writes glued to its word: "tháng12", "năm2025", "Điều5", "khoản2")
# (the words read after the digit's own test, where a mark is likely: the engine scans for digits, fast)
_FOOTNOTE_MARK = re.compile(r"\d(?:(?<=[a-zà-ỹđ]{3}\d)|(?<=[à-ỹđ]\d)|(?<=[à-ỹđ][a-z]\d))"
                            r"(?<![Tt]háng\d)(?<![Nn]ăm\d)(?<![Nn]gày\d)(?<![Qq]uý\d)(?<![Đđ]iều\d)(?<![Kk]hoản\d)"
                            r"(?<![Đđ]iểm\d)(?<![Mm]ục\d)(?<![Cc]hương\d)(?<![Pp]hần\d)(?<![Ll]ần\d)"
                            r"\d?(?![\d\w/])(?=[ \t]*[\n,.;:)]|[ \t]+\S)")


def _plain(raw: str, fmt: str) -> Prepared:
    # (a table laid out with spaces is read before the page's two columns are set apart: its columns are no page's)
    text = _FOOTNOTE_MARK.sub("", columns_apart(space_tables_as_pipes(raw)))
    attributes: dict[str, str] = {}
    if fmt == "tvpl-text":
        # "Số hiệu: 1369/QĐ-UBND Loại văn bản: Quyết định" — a box copied as text lines
        box_end = text.find("\n\n", 0, 3000)
        box = text[: box_end if box_end > 0 else 0]
        for m in _TEXT_ATTR.finditer(box):
            attributes[m.group("label")] = m.group("value").strip()
    text, tables = render_pipes(tab_tables_as_pipes(bare_pipes_as_tabs(text)))
    return Prepared(text=text, format=fmt, attributes=attributes, tables=tuple(tables))


def _names_columns(cells: list[str]) -> bool:
    """Is a line of three cells or more a task table's header: two columns named or more, a task's among them (or
    projects with who leads them), each in a few words?"""
    from parsers.tables import column_role

    roles = {column_role(c) for c in cells} - {"other"}
    return len(cells) >= 3 and len(roles) >= 2 and ("task" in roles or {"project", "lead"} <= roles) \
        and all(len(c) <= _HEADER_CELL for c in cells)


def bare_pipes_as_tabs(text: str) -> str:
    """A table a crawler flattened to lines whose cells bars part, no bar at either end ("STT | Nội dung nhiệm vụ |
    Đơn vị chủ trì | …", a long cell's wrap on the next line): its cells apart by tabs, as ``tab_tables_as_pipes``
    reads them. The table begins at a header that names its columns and ends at a blank line, a line that opens with a
    bar, or two lines in a row without one."""
    if " | " not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "|" not in lines[i] or lines[i].lstrip().startswith("|") \
                or not _names_columns([c.strip() for c in lines[i].split("|")]):
            i += 1
            continue
        while i < len(lines) and lines[i].strip() and not lines[i].lstrip().startswith("|") \
                and ("|" in lines[i] or (i + 1 < len(lines) and "|" in lines[i + 1])):
            lines[i] = "\t".join(c.strip() for c in lines[i].split("|"))
            i += 1
    return "\n".join(lines)


def tab_tables_as_pipes(text: str) -> str:
    """A table copied out of a word processor as text keeps a row a line and its cells apart by tabs
    ("STT⇥Nội dung nhiệm vụ⇥Cơ quan chủ trì⇥…"): written as a pipe table, its header row the first
    line whose cells name two columns or more."""
    from parsers.tables import COLUMN_NUMBER, column_role

    if "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = lines[i].split("\t")
        # (a list of projects is a task table when it says who leads them: "STT⇥Tên dự án⇥Cơ quan chủ trì⇥…")
        # (a header's cells name columns, in a few words: a row of a table whose header named none is no header,
        # whatever its sentences say: "05⇥…⇥Trong thời hạn 30 ngày, …, Sở Tư pháp chủ trì, phối hợp với …⇥…")
        # (or the columns' numbers alone, their names lost: "(1)⇥(2)⇥(3)⇥(4)⇥(5)")
        # (… when no header stands above them: a header of its own that names no task makes no task table)
        if not _names_columns(cells) and not (
                len(cells) >= 4 and all(COLUMN_NUMBER.fullmatch(c) for c in cells)
                and not (out and "\t" in out[-1])):
            out.append(lines[i])
            i += 1
            continue
        width = len(cells)
        task = next((k for k, c in enumerate(cells) if column_role(c) == "task"), 1)
        out += [_pipe_row(cells, width), "|" + "---|" * width]
        i += 1
        rows: list[list[str]] = []
        while i < len(lines) and ("\t" in lines[i] or _row_of_lines(lines, i, width) or (
                # a cell's next paragraph, on a line of its own, while the row has cells to come: "…⇥- Sở Văn hóa,
                # Thể thao và Du lịch; ⏎ - Hiệp hội Du lịch Đà Lạt; ⏎ - Hiệp hội Du lịch Bình Thuận⇥Quý II/2026"
                # (or the last cell's wrap, between rows: "…⇥Quyết định của ⏎ Thủ tướng Chính phủ) ⏎ II⇥…")
                rows and lines[i].strip() and i + 1 < len(lines) and "\t" in lines[i + 1]
                and (len(rows[-1]) < width
                     or not (lines[i].strip().isupper() or _NEXT_APPENDIX.match(lines[i].strip()))))):
            if "\t" not in lines[i] and _row_of_lines(lines, i, width):
                rows.append([ln.strip() for ln in lines[i : i + width]])  # (its cells one a line, no tab kept)
                i += width
                continue
            row = lines[i].split("\t")
            last = rows[-1] if rows else None
            if last is not None and len(row) == 1:
                last[-1] = f"{last[-1].rstrip()} {row[0].strip()}"
                i += 1
                continue
            if last is not None and not row[0].strip() and len(row) <= width and len(row) > 2 \
                    and not (row[task] if task < len(row) else "").strip() and any(c.strip() for c in row):
                # "⇥⇥⇥Sở Lao động - TB&XH⇥": the row's cells go on in their columns, its task's empty (a row that
                # writes a task of its own under cells merged from above is a row: "⇥⇥⇥⇥- Nghiên cứu …⇥Năm 2026")
                for k, cell in enumerate(row):
                    if cell.strip() and k < len(last):
                        last[k] = f"{last[k].rstrip()} {cell.strip()}".strip()
            elif last is not None and _ROW_LABEL.match(row[0]) is None \
                    and len(last) + len(row) - 1 == width and len(last) < width:
                # a cell that broke its line: the row goes on from that cell ("… Sở Nông nghiệp và PTNT ⏎
                # Sở Tài chính⇥Trước ngày 15/12/2020⇥4.500")
                last[-1] = _cell_goes_on(last[-1], row[0])
                last += row[1:]
            else:
                rows.append(row)
            i += 1
        # (a row without its number, short of cells, is the next content row of cells merged over it from above:
        # "Mở rộng triển khai …⇥Quý II/2023⇥Báo cáo": no empty cells after it, its cells placed where they read)
        numbered = column_role(cells[0]) == "number"
        out += [_pipe_row(r, len(r) if numbered and len(r) < width else width)
                for r in rows]
    return "\n".join(out)


def _row_of_lines(lines: list[str], i: int, width: int) -> bool:
    """A row of a table of tabs whose tabs the copy lost, each cell on a line of its own: its number, then as many
    lines as the table has columns after it, none empty, the table going on (or ending) after them."""
    return _ROW_LABEL.match(lines[i].strip()) is not None and i + width <= len(lines) \
        and all(ln.strip() and "\t" not in ln for ln in lines[i : i + width]) \
        and (i + width == len(lines) or "\t" in lines[i + width] or not lines[i + width].strip())


def _cell_goes_on(cell: str, line: str) -> str:
    """A cell's text and its next line: one sentence or name the line's end cut ("… Cục Thuế thành phố Hà ⏎ Nội",
    "… Bảo hiểm ⏎ xã hội Việt Nam"), or its next paragraph ("Sở Nông nghiệp và PTNT ⏎ Sở Tài chính")."""
    from parsers.agencies import is_place_name

    if not cell.strip():
        return line
    last, first = cell.split()[-1], line.split()[0] if line.split() else ""
    if first[:1].islower() or (last[-1:].isalpha() and is_place_name(f"{last} {first}")):
        return f"{cell.rstrip()} {line.strip()}"
    return f"{cell}; {line}"


_HEADER_CELL = 120  # the longest a header's cell runs ("Cơ quan, đơn vị chủ trì thực hiện và phối hợp …")
_NEXT_APPENDIX = re.compile(r"(?:Phụ\s+lục|PHỤ\s+LỤC)(?:\s+(?:số\s+)?[IVXLC\d]{1,5})?\.?")
# the runs of a line set apart by two spaces or more: a layout's cells
_RUN = re.compile(r"\S+(?: \S+)*")
_ALIGN = 4  # how far a cell may stand from its column's start


def _runs(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _RUN.finditer(line.expandtabs(8))]


def space_tables_as_pipes(text: str) -> str:
    """A table laid out with spaces, as a word processor's or "pdftotext -layout"'s text prints it, its cells
    wrapped over lines in their columns: written as a pipe table, each cell's lines joined. The header is
    the first line (with the lines under it that go on with its columns) whose cells name two columns or
    more, a task's among them; a row opens with its number in the first column; the table ends at a line
    whose runs stand in no column."""
    from parsers.tables import column_role

    lines = text.split("\n") if "   " in text else []
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _runs(lines[i]) if "   " in lines[i] else []
        header = _layout_header(lines, i, head, column_role) if len(head) >= 3 else None
        if header is None:
            out.append(lines[i])
            i += 1
            continue
        top = [run for _, run in head]
        header_lines = header[2] - i
        starts, names, i = header
        body = _body_starts(lines, i, starts)
        rows: list[list[str]] = []
        after_blank = resumed = False
        above: set[int] = set()  # the columns the line above held a run in
        while i < len(lines):
            runs = _runs(lines[i])
            if not runs or _RULE.fullmatch(lines[i]):
                after_blank = after_blank or not runs  # (a rule under the header, or across the table)
                i += 1
                continue
            if [run for _, run in runs] == top:
                i += header_lines  # the header again, on the next page: the row the page broke goes on under it
                after_blank, resumed = False, True
                continue
            if len(runs) == 1 and runs[0][1].isdigit() and runs[0][0] > starts[1]:
                i += 1  # the page's number
                continue
            if _NEXT_APPENDIX.fullmatch(lines[i].strip()):
                break  # "Phụ lục II", centred over the next table: this one has ended
            found = [_column_at(starts, at, body) for at, _ in runs]
            cols = [c for c in found if c is not None]
            if len(cols) < len(found):
                break  # a run in no column: the table has ended
            opens = _opens_layout_row(runs, starts)
            if after_blank and rows and not opens and 0 not in cols and not resumed:
                # past a blank line (a page's break, rows spaced apart): cells in two columns or more are
                # a row left unnumbered, a line in small letters goes on with the row; else the table ended
                if len(set(cols)) >= 2:
                    rows.append([""] * len(starts))
                elif not runs[0][1][:1].islower():
                    break
            elif rows and not opens and len(set(cols)) >= 2 and runs[0][1][:1].isupper() \
                    and any(rows[-1][c] and c not in above for c in cols[1:]):
                # a row's cells begun again under the cells that ended above, no number of its own: the next of
                # the rows its number stands over ("2 … Năm 2023 … ⏎ Thực hiện kiểm kê … kỳ 2022 … Năm 2025 …")
                rows.append([""] * len(starts))
            after_blank = resumed = False
            above = set(cols)
            if cols != sorted(set(cols)) or not (rows or opens) or (cols[0] == 0 and not opens):
                break  # (the first column holds the rows' numbers only: a line of text there is the table's end)
            if opens:
                rows.append([""] * len(starts))
            for col, (_, run) in zip(cols, runs, strict=True):
                rows[-1][col] = f"{rows[-1][col]} {run}".strip()
            i += 1
        if not rows:
            out.append(lines[i - 1])
            continue
        width = len(starts)
        out += ["", _pipe_row(names, width), "|" + "---|" * width, *(_pipe_row(r, width) for r in rows), ""]
    return "\n".join(out) if lines else text


def _layout_header(lines: list[str], i: int, head: list[tuple[int, str]],
                   role: Callable[[str], str]) -> tuple[list[int], list[str], int] | None:
    """The columns' starts and names of a header at line ``i`` (its names wrapped over up to two lines
    more: "Cơ quan ⏎ chủ trì"), and the line after it; ``None`` when it names no task table."""
    starts, names = [at for at, _ in head], [name for _, name in head]
    if _ROW_LABEL.match(names[0]):
        return None  # a row's number, no column's name
    k = i + 1
    for _ in range(2):
        more = _runs(lines[k]) if k < len(lines) else []
        if not more or _opens_layout_row(more, starts) or _RULE.fullmatch(lines[k]):
            break
        cols = [c for at, _ in more if (c := _column_at(starts, at)) is not None]
        if len(cols) < len(more):
            break
        for col, (_, run) in zip(cols, more, strict=True):
            names[col] = f"{names[col]} {run}"
        k += 1
    roles = {role(n) for n in names} - {"other"}
    return (starts, names, k) if len(roles - {"number"}) >= 2 and "task" in roles else None


_RULE = re.compile(r"[ \t]*[-=_*]{5,}[ \t]*")


def _column_at(starts: list[int], at: int, body: list[int] | None = None) -> int | None:
    """The column a run starting at ``at`` stands in: the one whose start is nearest, near enough — in the header,
    or else in the rows (``body``)."""
    col = min(range(len(starts)), key=lambda c: abs(starts[c] - at))
    if abs(starts[col] - at) <= _ALIGN:
        return col
    return _column_at(body, at) if body is not None else None


def _body_starts(lines: list[str], i: int, starts: list[int]) -> list[int] | None:
    """Where the columns start in the rows, when a header's name runs wider than its column ("Thời gian hoàn
    thành" over a column of "Năm 2023", the next column's cells starting under its last word): the starts of the
    first row under the header that fills every column, each run between its neighbours' header starts."""
    for line in lines[i : i + 8]:
        runs = _runs(line)
        if len(runs) != len(starts) or not _opens_layout_row(runs, starts):
            continue
        at = [a for a, _ in runs]
        between = all((k == 0 or starts[k - 1] < a) and (k + 1 == len(starts) or a < starts[k + 1])
                      for k, a in enumerate(at))
        return at if between and at != starts else None
    return None


def _opens_layout_row(runs: list[tuple[int, str]], starts: list[int]) -> bool:
    """Does a line open a row: its number (or a group's label) alone in the first column, cells after it?"""
    return len(runs) >= 2 and runs[0][0] < starts[1] - 1 and _ROW_LABEL.match(runs[0][1]) is not None


# what opens a table's row: its number, or a group's label ("1", "I", "A", "1.2")
_ROW_LABEL = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-HK-NĐ])\.?\s*$")


def _pipe_row(cells: list[str], width: int) -> str:
    cells = [c.strip().replace("|", "/") for c in cells][:width]
    return "| " + " | ".join(cells + [""] * (width - len(cells))) + " |"


# a line of two columns, as "pdftotext -layout" prints a header or a signature block side by side:
# "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI …", "Nơi nhận:          KT. CHỦ TỊCH"
# (a tab between the columns of a Word text: one only, a table's row has more)
# (the gap of spaces, or of tabs with spaces around them: " TỈNH PHÚ YÊN\t\t\t\t    Độc lập …")
_TWO_COLUMNS = re.compile(r"(?P<left>[ \t]*\S(?:[^\t]*?\S)?)(?P<gap> {5,}|[ \t]*\t[ \t]*)(?P<right>\S[^\t]*?) *")
_SIGNATURE_START = re.compile(r"[ \t]*(?:Nơi\s+nhận|NƠI\s+NHẬN)\b")


def columns_apart(text: str) -> str:
    """Each side of a two-column header or signature block on lines of its own, the left column's
    lines first (the issuer, the number, the recipients), then the right's (the motto, the place and
    date, the signature's titles and the signer)."""
    if "     " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    head = next((i for i, line in enumerate(lines[:60]) if len(line.split()) > 14), min(len(lines), 30))
    sign = next((i for i, line in enumerate(lines) if _SIGNATURE_START.match(line)), None)
    if sign is not None:  # the recipients, then the signature's titles and the signer
        # (up to what follows the signature: an attachment's title of capitals, a table's row of tabs)
        end = next((k for k in range(sign + 1, min(len(lines), sign + 40))
                    if len(_TAB_RUN.findall(lines[k].strip())) >= 2 or _CAPS_TITLE_LINE.fullmatch(lines[k])),
                   sign + 40)
        lines[sign:end] = _apart(lines[sign:end], whole=True)
    lines[:head] = _apart(lines[:head], whole=False)
    return "\n".join(lines)


_SIGNER_LINE = re.compile(rf"[ \t]*[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+){{1,4}}[ \t]*")
_TAB_RUN = re.compile(r"\t+")  # (a table's row has two runs or more; a signature's line one, between its columns)
_CAPS_TITLE_LINE = re.compile(rf"[ \t\f*_]*(?:{'|'.join(t.replace(' ', r'\s+') for t in ATTACH_TYPES)})\b[^a-zà-ỹđ\t]*")


def _apart(lines: list[str], whole: bool) -> list[str]:
    """Runs of two-column lines (with the right column's own lines among them) give their left
    column, then their right; in a header a line of the left column alone ends the run ("V/v …"
    under the number), in a signature block it is one more recipient."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    at = 0  # where the right column begins
    tabbed = False  # the columns parted by a tab
    for k, line in enumerate(lines):
        if right and not line.strip() and k + 1 < len(lines) and _TWO_COLUMNS.fullmatch(lines[k + 1]) is not None:
            continue  # "ỦY BAN NHÂN DÂN⇥CỘNG HÒA … ⏎ ⏎ PHƯỜNG NẾNH⇥Độc lập …": a blank line between the rows
        m = _TWO_COLUMNS.fullmatch(line)
        if m is not None:
            if not right:
                at = m.start("right") - 4
                tabbed = "\t" in m.group("gap")
            left.append(m.group("left").strip())
            right.append(m.group("right").strip())
            continue
        if right and line.strip() and (len(line) - len(line.lstrip()) >= at or (tabbed and line[:1] == "\t")
                                       or (whole and _SIGNER_LINE.fullmatch(line) is not None)):
            # (a person's name alone on its line below the titles, flush left: the signer, no recipient)
            right.append(line.strip())  # ("⇥Trần Minh Quang": a Word text's line with its left cell empty)
            continue
        if right and whole and not (line.strip() and line.strip().upper() == line.strip()
                                    and any(c.isalpha() for c in line)):
            # (a line of capitals at the left is the next document's title: "QUY CHẾ")
            (left if line.strip() else right).append(line.strip())
            continue
        out.extend(left + right)
        left, right = [], []
        out.append(line)
    return out + left + right


def is_attribute_line(line: str) -> bool:
    """Does ``line`` open the site's box of attributes copied as text ("Số hiệu: 41-KH/TU Loại văn bản: …")?"""
    return _TEXT_ATTR.match(line.lstrip()) is not None


_TEXT_ATTR = re.compile(
    r"(?P<label>Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực"
    r"|Ngày công báo|Số công báo|Lĩnh vực|Tình trạng|Ngày hết hiệu lực):\s*"
    r"(?P<value>.*?)(?=\s+(?:Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành"
    r"|Ngày hiệu lực|Ngày công báo|Số công báo|Lĩnh vực|Tình trạng|Ngày hết hiệu lực):|\n|$)"
)


# a paragraph in bold from its line's start to a line's end is a heading ("**Điều 2. Giao⏎nhiệm vụ
# cụ thể cho các cơ quan, đơn vị**"): the text under it opens its own paragraph, though the page
# writes no blank line between them
_BOLD_HEADING = re.compile(rf"^([ \t]*\*\*[^*\n]{{0,300}}(?:\n[^*\n]{{1,300}}){{0,3}}\*\*)[ \t]*\n"
                           rf"(?=[ \t]*[{UPPER}][{LOWER}])", re.M)


# a numbered heading in bold whose line the page wrapped ("**3. Thanh tra ⏎ Sở**"): one line, its name whole
_BOLD_WRAPPED = re.compile(r"^([ \t]*\*\*[ \t]*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)][ \t]+[^*\n]{1,200})\n"
                           r"(?=[^*\n]{1,60}\*\*[ \t]*$)", re.M)


# a markdown escape before punctuation: "1\.", "\-", "a\)", "\[1\]"
_ESCAPED = re.compile(r"\\([.\-()\[\]_#+!>`~])")
# a footnote's mark glued to the word it follows: "Ngân hàng Nhà nước Khu vực[7] phối hợp …" (not the footnote's
# own line, "[7] Cụm từ … được thay thế …")
_FOOTNOTE_REF = re.compile(r"\[(?<=[^\s\[\]\d|]\[)\d{1,3}\]")  # (the bracket first: a fast scan)
# a heading's marks at a line's start ("## Điều 1"), an empty heading's too: the "#" first, the line's start
# looked at after it (a fast scan)
_EMPTY_HEADING = re.compile(r"#(?<![^\n]#)#*\s*$", re.M)
_HEADING_MARK = re.compile(r"#(?<![^\n]#)#*\s+")
_LIST_STAR = re.compile(r"^([ \t]*)\*(?=[ \t]+[^\s*])", re.M)


def _strip_markdown(text: str) -> str:
    """Emphasis and heading marks go; table pipes stay for ``render_pipes``; escapes give their
    character ("1\\. Đẩy mạnh …", "\\- Sở Y tế …")."""
    if "\\" in text:
        text = _ESCAPED.sub("\\1", text)
    text = _BOLD_WRAPPED.sub("\\1 ", text)
    text = _BOLD_HEADING.sub("\\1\n\n", text)
    text = _LIST_STAR.sub("\\1•", text)  # "* Hỗ trợ tín dụng: …", a list item (emphasis has no space after)
    text = text.replace("*", "")
    text = _FOOTNOTE_REF.sub("", text)
    if "#" not in text:
        return text
    text = _EMPTY_HEADING.sub("", text)
    return _HEADING_MARK.sub("", text)


def _tables(text: str, fmt: str, attributes: dict[str, str] | None = None) -> Prepared:
    text, tables = render_pipes(text.strip("\n"))
    return Prepared(text=text, format=fmt, attributes=attributes or {}, tables=tuple(tables))


def _tvpl_md(raw: str, fmt: str) -> Prepared:
    prepared = _tables(_strip_markdown(_grids_as_pipes(raw)), fmt)
    return replace(prepared, text=_blank_markup(prepared.text))


# HTML line breaks inside table cells ("VĂN PHÒNG CHÍNH PHỦ<br>--------") and "_emphasis_" around a
# line or a paragraph wrapped over lines ("_Hà Nội, ngày 18 tháng 7 năm 2023_", "_Căn cứ … ⏎ …;_"): blanked
# in place, so every span stays
_BR = re.compile(r"<br\s*/?>", re.I)
_UNDERSCORED = re.compile(r"(?<![\w_])(_{1,2})(?=[^\s_])((?:[^_\n]|\n(?![ \t]*\n)){1,600}?)(?<=[^\s_])\1(?![\w_])")


# the tags of the lines a markdown transcription writes as HTML ("<p align="center"><b>…</b></p>"): blanked in place
_INLINE_TAG = re.compile(r"</?(?:p|h[1-6]|b|strong|i|em|u|span|center|font|sup|sub|a)\b[^<>\n]{0,200}>", re.I)


# a markdown link, its text kept: "[Sở Ngoại vụ](https://…)"
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/|www\.)[^()\s]{0,500}\)")


def _blank_markup(text: str) -> str:
    if "](" in text:
        text = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)
    if "<" in text:
        text = _BR.sub(lambda m: " " * (len(m.group(0)) - 1) + "\n", text)
        text = _INLINE_TAG.sub(lambda m: " " * len(m.group(0)), text)
    if "_" in text:
        text = _UNDERSCORED.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
    return text


_PAGE_ATTR = re.compile(r"\*\*\s*(?P<label>[^*\n:]{2,40}?):\*\*\s*\n(?:\|\s*\n)?(?P<value>[^\n|]+)")
# the page goes on after the document: its one-line summary above "Văn bản này chưa cập nhật nội dung
# Tiếng Anh", the related documents, the attached files
_PAGE_END = re.compile(r"^[^\n]*\n(?=Văn bản này (?:chưa|đã) cập nhật nội dung Tiếng Anh)|^#+ Văn bản liên quan"
                       r"|^\*\*FILE ATTACHED TO DOCUMENT", re.M)


def _tvpl_page(raw: str, fmt: str) -> Prepared:
    text = raw
    attributes: dict[str, str] = {}
    body_start = 0
    for m in _PAGE_ATTR.finditer(text, 0, 20000):
        label = " ".join(m.group("label").split())
        if label in _TVPL_LABELS:
            attributes[label] = m.group("value").strip()
            body_start = m.end()
    end = _PAGE_END.search(text, body_start)
    body = _strip_markdown(text[body_start : end.start() if end else len(text)])
    # (a cell's bodies apart by "<br>", a link's text kept, as in the page's body alone: ``_tvpl_md``)
    prepared = _tables(_from_header(body).strip("\n "), fmt, attributes)
    return replace(prepared, text=_blank_markup(prepared.text))




def _from_header(body: str) -> str:
    """Drop the site's editorial summary above the document: start at the header's issuer block,
    the capitals just before the national motto."""
    m = MOTTO_RE.search(body, 0, 30000)
    if m is None:
        return body
    lines = body[: m.start()].split("\n")
    keep = len(lines) - 1
    # (the document's number may stand between its issuer and the motto: "ỦY BAN NHÂN DÂN TỈNH … ⏎ Số: 86/KH-UBND ⏎
    # CỘNG HÒA …")
    while keep > 0 and (not lines[keep - 1].strip(" |") or _caps_or_rule(lines[keep - 1])
                        or _NUMBER_LINE.match(lines[keep - 1]) is not None
                        or _BARE_NUMBER_LINE.match(lines[keep - 1]) is not None):
        keep -= 1
    while keep < len(lines) - 1 and not lines[keep].strip(" |") and lines[keep].strip() != "|":
        keep += 1
    if keep > 0 and lines[keep - 1].strip() == "|":
        keep -= 1  # the header table's first "|", so its first row keeps the issuer cell
    return "\n".join(lines[keep:]) + body[m.start() :]


def _caps_or_rule(line: str) -> bool:
    s = line.strip(" |")
    letters = [c for c in s if c.isalpha()]
    return bool(re.fullmatch(r"[-_–—=]{3,}", s)) or (bool(letters) and all(c.isupper() for c in letters))


_TVPL_LABELS = {
    "Số hiệu", "Loại văn bản", "Nơi ban hành", "Người ký", "Ngày ban hành", "Ngày hiệu lực",
    "Tình trạng", "Ngày công báo", "Số công báo", "Lĩnh vực",
}

# (or its words alone on their line: "VĂN BẢN QUY PHẠM PHÁP LUẬT ⏎ BỘ CÔNG THƯƠNG")
_CONGBAO_SECTION = re.compile(r"^[ \t]*(?:PHẦN[ \t]+(?:[IVX]+\.?[ \t]+)?VĂN[ \t]+BẢN[^\n]*"
                              r"|VĂN[ \t]+BẢN[ \t]+(?:QUY[ \t]+PHẠM[ \t]+PHÁP[ \t]+LUẬT|HỢP[ \t]+NHẤT|KHÁC)[ \t]*)\n",
                              re.M)
# (the two lines may differ in the spaces pdftotext leaves at their ends)
_CAPS_WORDS = r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\-]{2,80}?"  # an issuer's line of capitals
_CONGBAO_FILED_UNDER = re.compile(rf"^[ \t]*(?P<line>{_CAPS_WORDS})[ \t]*\n(?:[ \t]*\n)*"
                                  r"(?P<issuer>[ \t]*(?P=line)[ \t]*\n)", re.M)
# a page's header with its number above or below it, never both: a number after a header that had one above is the
# page's first line ("8 ⏎ CÔNG BÁO/Số … ⏎ 1 ⏎ Bố trí vốn …": the table's row 1)
_CONGBAO_HEADER = re.compile(r"^(?P<above>\s*(?P<a>\d+)\s*\n)?\s*CÔNG BÁO/Số[^\n]*\n(?P<below>\s*(?P<b>\d+)\s*\n)?",
                             re.M)


def _without_page_headers(text: str) -> str:
    """The gazette's page headers gone, each with its page's number, above or below it — the one that follows the
    page before's (a number on both sides: "… 31/10/2025 ⏎ 3 ⏎ CÔNG BÁO/Số … ⏎ 46 ⏎ …" is a row's 3 ended page 45;
    "8 ⏎ CÔNG BÁO/Số … ⏎ 1 ⏎ …" is page 8 over a row's 1); with no page before to go by, the number above."""
    out: list[str] = []
    pos = 0
    last: int | None = None
    for m in _CONGBAO_HEADER.finditer(text):
        a = int(m.group("a")) if m.group("a") else None
        b = int(m.group("b")) if m.group("b") else None
        keep_above = a is not None and b is not None and last is not None and b == last + 1 and a != last + 1
        keep_below = a is not None and b is not None and not keep_above
        out.append(text[pos : m.start()])
        if keep_above:
            out.append(m.group("above"))
        if keep_below:
            out.append(m.group("below"))
        page = b if keep_above else a if a is not None else b  # (the number that is the page's)
        last = page if page is not None else last
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# the digital signature's stamp printed on the first page: who signed the gazette's file and when
_CONGBAO_STAMP = re.compile(r"^[ \t]*Ký[ \t]+bởi:[^\n]*\n(?:[ \t]*Cơ[ \t]+quan:[^\n]*\n)?"
                            r"(?:[ \t]*Ngày[ \t]+ký:[^\n]*(?:\n|$))?", re.M)


# a page's break with the gazette's header between two lines of one sentence ("… phối hợp với Sở Thông tin ⏎⏎
# CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025 ⏎ 6 ⏎⏎ và Truyền thông …"): the sentence goes on over it
# (the number below the header may stand a blank line apart from it: "CÔNG BÁO/Số … ⏎⏎ 43 ⏎⏎ Thương binh …")
_PAGE_TURN = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n(?:[ \t]*\n)*(?P<above>[ \t]*\d+[ \t]*\n(?:[ \t]*\n)*)?"
                        r"[ \t\f]*CÔNG BÁO/Số[^\n]*\n"
                        r"(?(above)(?:[ \t]*\d+[ \t]*\n)?|(?:(?:[ \t]*\n)*[ \t]*\d+[ \t]*\n)?)"
                        r"(?:[ \t]*\n)*(?=[ \t]*(?P<next>\S))")
# (a line the wrap filled, then a page: the sentence goes on past it, in small letters or with a name's next word)
_FULL_LINE = 55
_NEW_BLOCK = re.compile(r"[ \t]*(?:[-+•–]|\d{1,3}[.)]|[IVXLC]{1,6}[.)]|[a-zđ][.)]|Điều\s|Chương\s|PHỤ\s+LỤC|Phụ\s+lục)")


def _page_turn(m: re.Match[str]) -> str:
    """Where a page turns inside a sentence, the gazette's header and number between its lines: one line break."""
    text = m.string
    if m.group("next").islower():
        return "\n"
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if len(line.strip()) >= _FULL_LINE and not _NEW_BLOCK.match(text, m.end()) \
            and not text[m.end() : text.find("\n", m.end())].isupper():
        return "\n"  # "… Viện Pasteur Thành phố Hồ ⏎ [page] ⏎ Chí Minh, …"
    return m.group(0)


# an item's number alone at a page's foot, its text on the next page ("1.2. ⏎⏎ 36 CÔNG BÁO/… ⏎⏎ Củng cố …", "b) ⏎ …"):
# one line (not a table's row number, which stands alone on its line: "1", "1.1")
_MARKER_PAGE_TURN = re.compile(r"^(?P<marker>[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.|[a-zđ]\)))[ \t]*\n(?:[ \t]*\n)*"
                               r"(?:[ \t]*\d+[ \t]*\n(?:[ \t]*\n)*)?[ \t\f]*CÔNG BÁO/Số[^\n]*\n"
                               r"(?:[ \t]*\d+[ \t]*\n)?(?:[ \t]*\n)*[ \t]*(?=\S)", re.M)


# a layout copy's page header with the page's number on its line, before or after it (the number is no column)
_HEADER_NUMBER = re.compile(r"^(?P<lead>[ \t\f]*)(?:\d+[ \t]+)?(?P<header>CÔNG BÁO/Số[^\n]*?)(?:[ \t]{2,}\d+)?[ \t]*$",
                            re.M)


# a year closing a page above the next page's header, whose number is below it ("6 tháng cuối năm ⏎ 2024 ⏎⏎ CÔNG
# BÁO/Số … ⏎ 47"): the year is the text's, the number the page's (the header goes above the year)
_YEAR_ABOVE_HEADER = re.compile(r"^(?P<year>[ \t]*(?:19|20)\d\d[ \t]*\n)(?P<gap>(?:[ \t]*\n)*)"
                                r"(?P<header>[ \t\f]*CÔNG BÁO/Số[^\n]*\n(?:[ \t]*\n)*[ \t]*\d{1,4}[ \t]*\n)", re.M)


# a province's gazette names its province in its page header: "CÔNG BÁO GIA LAI/Số 58 + 59/Ngày 15-10-2025", read as the
# national one's
_PROVINCIAL_HEADER = re.compile(r"^(?P<lead>[ \t\f]*(?:\d+[ \t]+)?)CÔNG BÁO[ \t]+(?:TỈNH[ \t]+|THÀNH PHỐ[ \t]+)?"
                                r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \-]{1,30}?[ \t]*/[ \t]*(?=Số)", re.M)


def _congbao(raw: str, fmt: str) -> Prepared:
    raw = _PROVINCIAL_HEADER.sub(r"\g<lead>CÔNG BÁO/", raw)
    if "CÔNG BÁO/Số" in raw:
        raw = _YEAR_ABOVE_HEADER.sub(r"\g<header>\g<year>\g<gap>", _HEADER_NUMBER.sub(r"\g<lead>\g<header>", raw))
    # (a table laid out with spaces is read before the page's two columns are set apart: its columns are no page's)
    text = _FOOTNOTE_MARK.sub("", columns_apart(space_tables_as_pipes(raw)))
    # (the signature's stamp first: a sentence goes on over the page it is printed on)
    text = _CONGBAO_STAMP.sub("", text)
    if "CÔNG BÁO/Số" in text:
        text = _MARKER_PAGE_TURN.sub(r"\g<marker> ", text)
        text = _PAGE_TURN.sub(_page_turn, text)
    text = _without_page_headers(text)
    text = _after_previous(text)
    # the gazette's own section title ("PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT") and the issuer it files the
    # document under, printed again as the document's own header
    text = _CONGBAO_SECTION.sub("", text)
    text = _CONGBAO_FILED_UNDER.sub(r"\g<issuer>", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = _filed_under_wrapped(_previous_tail(_next_document(text)))
    return Prepared(text=text.strip("\n"), format=fmt)


_NUMBER_LINE = re.compile(r"^[ \t*_]*Số\s*:\s*(?P<n>\S+)", re.M)
# (a Party document's, without the colon: "Số 87-KL/TU")
_BARE_NUMBER_LINE = re.compile(r"[ \t*_]*Số[ \t]+\d{1,5}-[A-ZĐ]")


def _next_document(text: str) -> str:
    """The gazette prints the next document right after this one's end ("… Thường xuyên ⏎ ỦY BAN NHÂN DÂN ⏎ TỈNH QUẢNG
    TRỊ ⏎ Số: 131/QĐ-UBND ⏎ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): a header with a number of its own ends the text
    (an attached plan's header names no number, or this document's)."""
    numbers = list(_NUMBER_LINE.finditer(text))
    if len(numbers) < 2:
        return text
    own = numbers[0].group("n").rstrip(".;,")
    for n in numbers[1:]:
        if n.group("n").rstrip(".;,") == own or MOTTO_RE.search(text, n.end(), n.end() + 200) is None \
                or not any(c.isdigit() for c in n.group("n")):
            continue  # (nor an attached form's blank: "Mẫu số 01 ⏎ TÊN CƠ QUAN BÁO CÁO ⏎ Số: …/BC-…")
        start = text.rfind("\n", 0, n.start()) + 1
        while start > 0:  # (back over the issuer's lines in capitals above the number)
            prev = text.rfind("\n", 0, start - 1) + 1
            if not _caps_or_rule(text[prev : start - 1]):
                break
            start = prev
        if start > numbers[0].end() + 500:
            return text[:start]
    return text


_OPERATIVE_LINE = re.compile(r"^[ \t*_]*(?:Điều\s+\d+\.?|\d{1,2}\.)[ \t]", re.M)
_SIGNATURE_LINE = re.compile(r"[ \t*_]*(?:(?:TM|KT|TL|TUQ|Q|T/M)\s*\.?\s*)?[A-ZĐÀ-Ỹ .]*"
                             r"(?:CHỦ\s+TỊCH|TRƯỞNG|GIÁM\s+ĐỐC|THỦ\s+TƯỚNG|BÍ\s+THƯ)[A-ZĐÀ-Ỹ .]*"
                             r"|[ \t]*\((?:Đã\s+ký|đã\s+ký)\)[ \t]*")


def _after_previous(text: str) -> str:
    """A gazette's file may open with the end of the document printed before, its forms' headers and motto too ("Mẫu
    số 04/TSC-BC ⏎ TÊN CƠ QUAN CẤP TRÊN ⏎ … ⏎ THỦ TRƯỞNG ĐƠN VỊ"), then the gazette's section title over this document
    ("PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT ⏎ CHÍNH PHỦ ⏎ … ⏎ Số: 67/2022/NĐ-CP"): the text begins at that title."""
    section = _CONGBAO_SECTION.search(text, 0, 200_000)
    if section is None or MOTTO_RE.search(text, 0, section.start()) is None:
        return text
    number = _NUMBER_LINE.search(text, section.end(), section.end() + 600)
    if number is None or MOTTO_RE.search(text, number.end(), number.end() + 300) is None:
        return text
    return text[section.start() :]


def _previous_tail(text: str) -> str:
    """A gazette's page may open with the end of the document printed before ("… Điều 3. Tổ chức thực hiện … có hiệu
    lực từ ngày …./. ⏎ CHỦ TỊCH ⏎ Trần Văn Kỳ"), then this document's own header: the text begins at that header."""
    m = MOTTO_RE.search(text, 0, 30000)
    if m is None or (ended := text.rfind("./.", 0, m.start())) < 0 or _OPERATIVE_LINE.search(text, 0, ended) is None:
        return text
    pos = text.find("\n", ended + 3) + 1
    # (after the signer's name, the next line opens this document: "… Trần Lưu Quang ⏎ THỦ TƯỚNG CHÍNH PHỦ")
    signed = False
    while 0 < pos < m.start():
        nl = text.find("\n", pos)
        line = text[pos : nl if nl >= 0 else len(text)]
        if line.strip() and (signed or not (_SIGNATURE_LINE.fullmatch(line) or _SIGNER_LINE.fullmatch(line))):
            break
        signed = signed or _SIGNER_LINE.fullmatch(line) is not None
        pos = nl + 1 if nl >= 0 else len(text)
    # (what is left before the motto is this document's issuer and number, no more)
    if pos <= 0 or m.start() - pos > 300 or _NUMBER_LINE.search(text, pos, m.end() + 300) is None:
        return text
    return text[pos:]


_CAPS_LINE = re.compile(rf"^[ \t]*({_CAPS_WORDS})[ \t]*$", re.M)


def _filed_under_wrapped(text: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH ⏎⏎ ỦY BAN NHÂN DÂN ⏎ TỈNH NINH BÌNH": the issuer the gazette files the document
    under, on one line, before the document's own header that says it over two or three — it is no header."""
    m = _CAPS_LINE.search(text, 0, 2000)
    if m is None or not re.match(r"[ \t]*\n\s*\n", text[m.end() :]):
        return text
    after = re.match(r"\s*((?:[ \t]*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\-]*[ \t]*\n){2,3})", text[m.end() :])
    if after is None:
        return text
    own = " ".join(after.group(1).split())
    filed = " ".join(m.group(1).split())
    if own.startswith(filed):
        return text[: m.start()] + text[m.end() :].lstrip(" \t")
    return text


_PANDOC_RULE = re.compile(r"^\s*-{3,}(?: +-{3,})*\s*$")


def _multiline_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """The rows of the multiline table whose first rule is ``lines[i]`` (one run of dashes, the columns' rule a few
    lines below it, under the header) and the line after its last rule; None when it is no such table."""
    if len(_DASH_RUNS.findall(lines[i])) != 1:
        return None
    k = next((k for k in range(i + 1, min(len(lines), i + 8)) if _PANDOC_RULE.match(lines[k])), None)
    if k is None or len(_DASH_RUNS.findall(lines[k])) < 2 or not all(ln.strip() for ln in lines[i + 1 : k]):
        return None
    header = multiline_rows(lines[i + 1 : k], lines[k], [])
    if not header or sum(column_role(c) in ("task", "lead", "support", "deadline") for c in header[0]) < 2:
        return None  # (a document's header, issuer beside motto, is read column by column as before)
    e = next((e for e in range(k + 1, len(lines))
              if _PANDOC_RULE.match(lines[e]) and len(_DASH_RUNS.findall(lines[e])) == 1), None)
    if e is None:
        return None
    return multiline_rows(lines[i + 1 : k], lines[k], lines[k + 1 : e]), e + 1


_DASH_RUNS = re.compile(r"-{3,}")


def _pandoc(raw: str, fmt: str) -> Prepared:
    # (a hard break, "\\" at a line's end or before a cell's bar, parts the names a grid table's cell lists: "Bộ Chỉ huy
    # Bộ đội Biên phòng tỉnh\\ ⏎ Công an tỉnh\\")
    # (escapes are dropped after a table's columns are cut: "(\\*)" in a cell would shift the columns after it)
    lines = _HARD_BREAK.sub(_BREAK_MARK, raw).split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _PANDOC_RULE.match(lines[i]) and (table := _multiline_table(lines, i)) is not None:
            # a multiline table: a rule, its header, the columns' rule, rows parted by blank lines, a rule
            rows, i = table
            out.append("")
            out.extend("| " + " | ".join(_unescaped(c).replace("|", "/") for c in row) + " |" for row in rows)
            out.append("")
            continue
        if _PANDOC_RULE.match(lines[i]):
            # a simple table: read column-wise so the header's left block stays together
            j = i + 1
            while j < len(lines) and j - i <= 80 and not _PANDOC_RULE.match(lines[j]):
                j += 1
            if j >= len(lines) or not _PANDOC_RULE.match(lines[j]) or _multiline_table(lines, j) is not None:
                # a rule that closes no table ("----   ----" under a header's two columns; the rule after it opens
                # a table of its own)
                out.append(lines[i])
                i += 1
                continue
            rows = _simple_rows(lines[i], lines[i + 1 : j])
            width = max((len(r) for r in rows), default=0)
            for c in range(width):
                out.extend(r[c] for r in rows if len(r) > c and r[c])
                out.append("")
            i = j + 1
            continue
        out.append(_unescaped(lines[i]))
        i += 1
    # a simple table's rules may pair up wrongly (a header table of three rules): what is still
    # printed side by side is read column by column
    prepared = _tables(columns_apart(_strip_markdown(_grids_as_pipes("\n".join(out)).replace(_BREAK_MARK, ""))), fmt)
    return replace(prepared, text=_blank_markup(prepared.text))


def _simple_rows(rule: str, lines: list[str]) -> list[list[str]]:
    """A simple table's lines, each cut into its cells: by the columns the rule's dashes draw, each piece of text in
    the column it overlaps most (a wrapped cell's last word, right-aligned, stays in its column: "… ngày 12 tháng 5 năm
    ⏎ 2021*"); by runs of spaces when the rule draws one column."""
    spans = [(m.start(), m.end()) for m in _DASH_RUNS.finditer(rule)]
    if len(spans) < 2:
        return [re.split(r"\s{3,}", _unescaped(ln).strip()) for ln in lines if ln.strip()]
    rows = []
    for ln in lines:
        if not ln.strip():
            continue
        row = [""] * len(spans)
        for piece in _TABLE_PIECE.finditer(ln):
            a, b = piece.span()
            col = max(range(len(spans)), key=lambda k: min(b, spans[k][1]) - max(a, spans[k][0]))
            row[col] = f"{row[col]} {_unescaped(piece.group(0))}".strip()
        rows.append(row)
    return rows


_TABLE_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")  # (text up to a run of three spaces or more)


def _unescaped(s: str) -> str:
    """Pandoc's escapes dropped ("\\-" → "-", "\\*" → "*"); an escaped bar, which would part a pipe row, is a slash."""
    return s.replace("\\-", "-").replace("\\|", "\x00").replace("\\", "").replace("\x00", "/")


_HARD_BREAK = re.compile(r"\\(?=[ \t]*(?:\||$))", re.M)
_BREAK_MARK = "\x01"


def _grids_as_pipes(text: str) -> str:
    """Pandoc grid tables ("+----+----+" rules) as pipe rows, which ``render_pipes`` turns into cells."""
    if "+-" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if is_grid_rule(lines[i]):
            j = i
            while j < len(lines) and (is_grid_rule(lines[j]) or lines[j].lstrip().startswith("|")):
                j += 1
            out.append("")
            for row in grid_rows(lines[i:j]):
                out.append("| " + " | ".join("<br>".join(" ".join(p.split()) for p in c.split("\n\n"))
                                               .replace(_BREAK_MARK, "<br>") for c in row) + " |")
            out.append("")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


_BLOCK_TAGS = frozenset({"p", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section",
                         "article", "blockquote", "pre", "ul", "ol", "table", "tbody", "thead", "center"})
_MAX_HTML_DEPTH = 200  # below libxml2's own limit (256), which drops what is deeper


def _html(raw: str, fmt: str) -> Prepared:
    import lxml.html

    try:
        page = lxml.html.document_fromstring(_flatten_deep_html(raw))
    except Exception as err:  # lxml refuses some byte soup (e.g. only comments): no document in it
        raise NoDocumentInHtml(f"the HTML page cannot be read: {err}") from err
    attributes = _vbpl_attributes(page) if fmt == "vbpl-html" else {}
    node = _first(page, ("//*[@id='toanvancontent']",
                         "//*[contains(concat(' ', normalize-space(@class), ' '), ' toanvancontent ')]"))
    if node is None and not (fmt == "vbpl-html" and attributes):
        # (a page of another layout, the database's older ones among them: its article, else its body, the site's
        # menus read as any portal's)
        node = _first(page, ("//article", "//main", "//body"))
    if node is None:
        if attributes:
            return Prepared(text="", format=fmt, attributes=attributes)
        raise NoDocumentInHtml("the HTML page holds no document text")
    for bad in node.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    out = TextBuilder()
    for line in _site_header(node) if fmt == "vbpl-html" else ():
        out.add(("\n" if out.pos else "") + line)
    tables: list[Table] = []
    for kind, value in _html_blocks(node):
        if kind == "text":
            for line in str(value).split("\n"):
                line = normalize(" ".join(line.split()))
                if line:
                    out.add(("\n" if out.pos else "") + line)
            continue
        _add_html_table(out, value, tables)
    text = out.text()
    if not text.strip() and not attributes:
        raise NoDocumentInHtml("the HTML page holds no document text")
    return Prepared(text=text, format=fmt, attributes=attributes, tables=tuple(tables))


def _opening_text(node: Any, size: int) -> str:
    """The first ``size`` characters of an element's text, its later text not read."""
    pieces: list[str] = []
    held = 0
    for piece in node.itertext():
        pieces.append(piece)
        held += len(piece)
        if held >= size:
            break
    return "".join(pieces)[:size]


def _site_header(content: Any) -> list[str]:
    """vbpl.vn prints the document's header (the issuer and its number, the motto, the place and date) in tables of
    its own above the content: their lines, when the content holds no header of its own."""
    if MOTTO_RE.search(" ".join(_opening_text(content, 3000).split())) is not None:
        return []
    lines: list[str] = []
    for table in content.itersiblings(preceding=True):
        if not isinstance(table.tag, str) or table.tag.lower() != "table":
            if isinstance(table.tag, str) and not table.text_content().strip():
                continue  # (a spacer: "<div style='clear:both'>")
            break  # (only the tables right above the content: the site's box of attributes is no header)
        block = [line for td in table.iter("td")
                 for part in (td.findall("div") or [td])
                 if (line := normalize(" ".join(part.text_content().split())))]
        lines = block + lines
    found = " ".join(lines)
    return [*lines, ""] if MOTTO_RE.search(found) is not None and "Số" in found else []


def _add_html_table(out: TextBuilder, table: Any, tables: list[Table]) -> None:
    """An lxml ``<table>``'s cells, one paragraph each, and its ``Table`` (rowspans kept)."""
    rows = html_rows(table)
    if not any(any(cell[0] for cell in r) for r in rows):
        return
    if out.pos:
        out.add("\n\n")
    start = out.pos
    built: list[Row] = []
    for r in rows:
        cells: list[Cell] = []
        for text_, col, _span, down in r:
            if built or cells:
                out.add("\n\n")
            s, e = out.add(normalize(text_))
            cells.append(Cell(s, e, col, down))
        if cells:
            built.append(Row(tuple(cells), cells[0].start, cells[-1].end))
    width = max((c.col + 1 for r in built for c in r.cells), default=0)
    tables.append(Table(tuple(built), start, out.pos, "html", width))
    out.add("\n")


_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.S | re.I)


def _markdown_with_tables(raw: str, fmt: str) -> Prepared:
    """A markdown transcription whose tables are HTML ("<table><tr><td rowspan=2>…"): its text as
    markdown, its tables as HTML tables, in order."""
    import lxml.html

    out = TextBuilder()
    tables: list[Table] = []
    pos = 0
    for m in _HTML_TABLE.finditer(raw):
        _add_markdown(out, raw[pos : m.start()], fmt, tables)
        try:
            _add_html_table(out, lxml.html.fragment_fromstring(m.group(0)), tables)
        except Exception:  # a broken fragment is text like any other
            _add_markdown(out, m.group(0), fmt, tables)
        pos = m.end()
    _add_markdown(out, raw[pos:], fmt, tables)
    return Prepared(text=out.text(), format=fmt, tables=tuple(tables))


def _add_markdown(out: TextBuilder, raw: str, fmt: str, tables: list[Table]) -> None:
    part = _tvpl_md(raw, fmt)
    if not part.text.strip():
        return
    if out.pos:
        out.add("\n\n")
    shift = out.pos
    out.add(part.text)
    tables.extend(_shifted(t, shift) for t in part.tables)


def _shifted(t: Table, by: int) -> Table:
    rows = tuple(Row(tuple(replace(c, start=c.start + by, end=c.end + by) for c in r.cells), r.start + by, r.end + by)
                 for r in t.rows)
    return replace(t, rows=rows, start=t.start + by, end=t.end + by)


def _first(page: Any, paths: tuple[str, ...]) -> Any:
    """The first element the first of ``paths`` that finds any finds."""
    for path in paths:
        found = page.xpath(path)
        if found:
            return found[0]
    return None


def _flatten_deep_html(raw: str) -> str:
    """Markup nested deeper than any real page (``<div>`` 100,000 times) loses its tags beyond
    ``_MAX_HTML_DEPTH`` levels, so parsing stays linear; the text is kept."""
    depth = 0
    deepest = 0
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>", raw):
        if m.group(1):
            depth -= 1
        elif not m.group(3) and m.group(2).lower() not in _VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
            if deepest > _MAX_HTML_DEPTH:
                break
    if deepest <= _MAX_HTML_DEPTH:
        return raw
    out: list[str] = []
    depth = 0
    pos = 0
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>", raw):
        out.append(raw[pos : m.start()])
        pos = m.end()
        void = m.group(3) or m.group(2).lower() in _VOID_TAGS
        if m.group(1):
            depth -= 1
            if depth < _MAX_HTML_DEPTH:
                out.append(m.group(0))
        else:
            if depth < _MAX_HTML_DEPTH:
                out.append(m.group(0))
            elif not void:
                out.append("\n")
            if not void:
                depth += 1
    out.append(raw[pos:])
    return "".join(out)


_VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed",
                        "source", "track", "wbr"})


def _html_blocks(node: Any) -> list[tuple[str, Any]]:
    """The content in reading order: runs of text with line breaks at block boundaries, and the
    top-level tables (read by ``tables.html_rows``). One pass, no recursion."""
    out: list[tuple[str, Any]] = []
    buf: list[str] = []
    # (element, closing): an element opens (its text, then its children), then closes (a line
    # break for a block, then its tail, which belongs to the parent)
    stack: list[tuple[Any, bool]] = [(node, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag.lower() in _BLOCK_TAGS:
                buf.append("\n")
            if el is not node and el.tail:
                buf.append(el.tail.replace("\n", " "))
            continue
        if tag.lower() == "table" and el is not node:
            if buf:
                out.append(("text", "".join(buf)))
                buf = []
            out.append(("table", el))
            if el.tail:
                buf.append(el.tail.replace("\n", " "))
            continue
        if tag.lower() in _BLOCK_TAGS:
            buf.append("\n")
        if tag and el.text:  # comments and processing instructions have no tag name
            buf.append(el.text.replace("\n", " "))
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(list(el)))
    if buf:
        out.append(("text", "".join(buf)))
    return out


_VBPL_LABELS = {
    "Số ký hiệu": "Số hiệu",
    "Ngày ban hành": "Ngày ban hành",
    "Loại văn bản": "Loại văn bản",
    "Ngày có hiệu lực": "Ngày hiệu lực",
    "Tình trạng hiệu lực": "Tình trạng",
}


def _vbpl_attributes(page: Any) -> dict[str, str]:
    """vbpl.vn's attribute table: label cell followed by value cell."""
    attributes: dict[str, str] = {}
    for td in page.iter("td"):
        label = " ".join(td.text_content().split())
        siblings = [c for c in td.itersiblings() if c.tag == "td"]
        if not siblings:
            continue
        value = " ".join(siblings[0].text_content().split())
        if label in _VBPL_LABELS and value:
            attributes.setdefault(_VBPL_LABELS[label], value)
        elif label.startswith("Cơ quan ban hành") and value:
            # "Cơ quan ban hành/ Chức danh / Người ký": three cells in a row
            cells = [" ".join(c.text_content().split()) for c in siblings]
            cells = [c for c in cells if c]
            if cells:
                attributes.setdefault("Nơi ban hành", cells[0])
            if len(cells) >= 3:
                attributes.setdefault("Người ký", cells[2])
    return attributes


_CONVERTERS = {
    "plain": _plain,
    "markdown": _tvpl_md,
    "markdown-html": _markdown_with_tables,
    "tvpl-text": _plain,
    "tvpl-md": _tvpl_md,
    "tvpl-page": _tvpl_page,
    "congbao": _congbao,
    "pandoc": _pandoc,
    "vbpl-html": _html,
    "html": _html,
}
