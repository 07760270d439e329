"""Tables as first-class structure: one model (rows of cells, each cell a span of the text), filled
from every format the corpus has.

* markdown pipe rows — ``| 1 | Sở Y tế | Quý II/2026 |`` (thuvienphapluat text copies, crawlers);
* thuvienphapluat's one-cell-per-line layout — a ``|`` line before every cell and two ``|`` lines
  between rows, with nothing that tells an empty cell from a row break but the column count;
* HTML ``<table>`` with ``rowspan``/``colspan``; pandoc grid tables (``+----+----+``);
* Công báo pdftotext, where each cell is its own run of lines and the header repeats on every
  page: read later from the prepared text by ``gazette_tables``.

The format converters write each cell as its own paragraph of the prepared text and record the
cells' spans here, so a table is read once and every later stage sees the same rows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from parsers import vocab
from parsers.text import BRANCH_KINDS, CLOSING_PARAGRAPH, NEEDS_NEXT, UPPER, fold


@dataclass(frozen=True, slots=True)
class Cell:
    """``text[start:end]`` is the cell's content (empty when ``start == end``); ``col`` its column;
    ``rows`` how many rows it spans (HTML ``rowspan``: the rows below have no cell of their own there);
    ``more`` the span where it goes on after a page broke it (the gazette prints the page's header and
    the table's again in between)."""

    start: int
    end: int
    col: int
    rows: int = 1
    more: tuple[int, int] | None = None


def cell_text(text: str, cell: Cell) -> str:
    """A cell's words, with those after a page break."""
    own = text[cell.start : cell.end]
    return f"{own}\n{text[cell.more[0] : cell.more[1]]}" if cell.more else own


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    start: int
    end: int

    def at(self, col: int) -> Cell | None:
        return next((c for c in self.cells if c.col == col), None)


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[Row, ...]
    start: int
    end: int
    source: str  # pipes | cells | html | grid | gazette
    columns: int


class TextBuilder:
    """Accumulates the prepared text piece by piece, so converters know each piece's offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.pos = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.pos
        self._parts.append(s)
        self.pos += len(s)
        return start, self.pos

    def text(self) -> str:
        return "".join(self._parts)


# ---- pipe formats ------------------------------------------------------------------------------

_PIPE_ONLY = re.compile(r"^\s*\|\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")  # ("|:--:|---|": centred)


def render_pipes(text: str) -> tuple[str, list[Table]]:
    """Replace the pipe tables of ``text`` by their cells, one paragraph each; collapse runs of
    blank lines. Returns the new text and its tables.

    >>> t, tables = render_pipes("a\\n\\n| 1 | Sở Y tế |\\n| 2 | Sở Tư pháp |\\n\\nb")
    >>> [[t[c.start:c.end] for c in r.cells] for r in tables[0].rows]
    [['1', 'Sở Y tế'], ['2', 'Sở Tư pháp']]
    """
    lines = _mended_rows(_opening_bars(text.split("\n")))
    bars = [bool(_PIPE_ONLY.match(line)) for line in lines]
    out = TextBuilder()
    tables: list[Table] = []
    blank = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if bars[i]:
            chunks, runs, after = _cell_region(lines, bars, i)
            if len(chunks) >= 2:
                if out.pos:
                    out.add("\n\n")
                # (the bars after the last cell: the last row's empty cells, then its end)
                last_line = chunks[-1][0] + len(chunks[-1][1])
                tail = sum(bars[last_line:after])
                table, used = _cell_lines(chunks, runs, out, tail)
                tables.append(table)
                # a region read past its table's end gives the rest back as text
                i = after if used == len(chunks) else chunks[used][0]
                blank = 1
                continue
        if _PIPE_ROW.match(line) and line.count("|") >= 3:
            j = i
            while j < len(lines) and (_PIPE_ROW.match(lines[j]) or _PIPE_RULE.match(lines[j])):
                j += 1
            if out.pos:
                out.add("\n\n")
            tables.append(_pipe_rows(lines[i:j], out))
            blank, i = 1, j
            continue
        if not line.strip() or bars[i]:
            blank += 1
        else:
            if out.pos:
                out.add("\n" * min(blank + 1, 2))
            out.add(line)
            blank = 0
        i += 1
    text = out.text()
    return text, _joined(text, tables)


_BROKEN_ROW = re.compile(r"^\s*\|[^|\n]*\|.*[^|\s]\s*$")  # a row's bars opened, its last cell cut by the line's end
_ROW_GOES_ON = re.compile(r"^[^|\n]+\|(?:.*\|)?\s*$")  # … and its rest, its last bar closing it


def _mended_rows(lines: list[str]) -> list[str]:
    """A crawler's pipe row whose long cell broke its line ("| 3 | Tổng kết … trình Chính ⏎ phủ | Tổng cục QLĐĐ | … |"):
    one line again, so the row is no end of its table."""
    out: list[str] = []
    for line in lines:
        if out and _BROKEN_ROW.match(out[-1]) and _ROW_GOES_ON.match(line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _opening_bars(lines: list[str]) -> list[str]:
    """A page's table whose first bar was lost ("*(Kèm theo …)* ⏎ **STT** ⏎ | ⏎ **Nhiệm vụ** ⏎ |"): the bar before
    the "STT" that opens its header, as every other cell has one."""
    # (the rare line first: the header's "STT", its bold marks around it)
    at = [i for i in range(1, len(lines) - 1)
          if _HEADER_FIRST_LINE.fullmatch(lines[i]) is not None
          and _PIPE_ONLY.match(lines[i + 1]) and not _PIPE_ONLY.match(lines[i - 1])]
    for i in reversed(at):
        lines.insert(i, "|")
    return lines


def _joined(text: str, tables: list[Table]) -> list[Table]:
    """A pipe table broken in two (a page's end in the source): the second part, right after the first
    with as many columns and no header of its own, goes on with the first's rows."""
    out: list[Table] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and prev.source == t.source == "pipes" and prev.columns == t.columns >= 3 \
                and not text[prev.end : t.start].strip() and t.rows \
                and all(column_role(text[c.start : c.end]) == "other" for c in t.rows[0].cells) \
                and sum(column_role(text[c.start : c.end]) != "other" for c in prev.rows[0].cells) >= 2:
            out[-1] = Table(prev.rows + t.rows, prev.start, t.end, "pipes", prev.columns)
            continue
        if prev is not None and prev.source == t.source == "pipes" and prev.columns == t.columns >= 3 and t.rows \
                and (group := _GROUP_BETWEEN.fullmatch(text, prev.end, t.start)) is not None \
                and [fold(text[c.start : c.end]) for c in t.rows[0].cells] \
                == [fold(text[c.start : c.end]) for c in prev.rows[0].cells] \
                and any(len(filled := [c for c in r.cells if c.end > c.start]) == 1
                        and _LABELLED_TITLE.match(text, filled[0].start, filled[0].end) for r in prev.rows[1:]):
            # "| … | ⏎ #### IV. CẢI CÁCH TỔ CHỨC BỘ MÁY ⏎ | TT | Nội dung nhiệm vụ | … | ⏎ | 1 | …": a table parted by
            # its next group's title, written as a heading, its header again under it — one table, the title its
            # group row (the groups above it rows of the table: not a table under each numbered heading)
            title = Cell(group.start("title"), group.end("title"), 0)
            out[-1] = Table((*prev.rows, Row((title,), title.start, title.end), *t.rows[1:]), prev.start, t.end,
                            "pipes", prev.columns)
            continue
        out.append(t)
    return out


# a group's labelled title: "III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" in a row's one cell; between two parts of a table, as a
# heading of its own: "#### IV. CẢI CÁCH …"
_LABELLED_TITLE = re.compile(rf"[#*_ \t]*(?:[IVXLC]{{1,6}}|[A-ZĐ])[.)][ \t]+[{UPPER}]")
_GROUP_BETWEEN = re.compile(rf"\s*[#*_ \t]*(?P<title>(?:[IVXLC]{{1,6}}|[A-ZĐ])[.)][ \t]+[{UPPER}][^\n]{{2,150}}?)"
                            r"[*_ \t]*\n\s*")


_MAX_CELL_LINES = 40
_MAX_CELL_CHARS = 1500  # (a gazette's narrow column wraps a long cell over many short lines)
_MAX_ROW_LINES = 400
_LONG_CELLS = ("task", "project", "product", "target", "group")  # (the columns whose cells run long)
_SHORT_CELL_LINES = 12  # (a deadline's cell, however narrow its column)
# a line no table cell begins with: the document's own structure resuming after a table
_BODY_LINE = re.compile(
    r"^\s*(?:(?:Điều|ĐIỀU)\s+\d+\s*[.:]|Chương\s+[IVXLC\d]+\b|QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|THÔNG\s+TƯ|NGHỊ\s+ĐỊNH"
    # (a preamble's "Căn cứ Luật …", not a duty's "Căn cứ chức năng, nhiệm vụ …")
    r"|KẾ\s+HOẠCH|CÔNG\s+ĐIỆN|THÔNG\s+BÁO|Kính\s+gửi|V/v|Căn\s+cứ(?:\s+vào)?\s+[A-ZĐ]|Nơi\s+nhận|PHỤ\s+LỤC\b"
    r"|\(?(?:Ban\s+hành\s+)?[Kk]èm\s+theo\b)")


# a group row's label cell ("**I**"): the cell after it is the group's title, "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" too
_GROUP_CELL = re.compile(r"[\s*_]*(?:[IVXLC]{1,6}|[A-HK-NĐ])[.)]?[\s*_]*")
_LETTER_OPENS = re.compile(r"\s*Kính\s+gửi")  # a letter's address opens its text, never a table
# a numbered item opening a line ("1. Chấp thuận …", "**2.****"): two of them make a chunk body text
_ITEM_LINE = re.compile(r"^\s*(?:\*\*)?\d{1,2}\.(?:\*\*)*(?:\s|$)")
# "**PHỤ LỤC II**", "**Phụ lục I**" alone on its line: an appendix begins
_APPENDIX_TITLE = re.compile(r"[\s*_#]*(?:PH[ỤU]\s+L[ỤU]C\b|Ph[ụu]\s+l[ụu]c(?:\s+(?:số\s+)?[IVXLC\d]+)?[\s*_.:]*$)")


Chunks = list[tuple[int, list[str]]]


def _cell_region(lines: list[str], bars: list[bool], i: int) -> tuple[Chunks, list[int], int]:
    """From a ``|`` line at ``i`` (``bars``: which lines are a lone ``|``): the content chunks
    (first line index, lines), the number of ``|`` lines before each, and the index after the
    region. The region ends at a blank line or at a chunk too long, or too much like body text, to
    be a cell."""
    chunks: list[tuple[int, list[str]]] = []
    runs: list[int] = []
    run = 0
    j = i
    last_pipe = i
    while j < len(lines):
        line = lines[j]
        if line and not line.strip() and j > i and bars[j - 1] and j + 1 < len(lines) and bars[j + 1]:
            j += 1  # an empty cell that held only marks ("|⏎** **⏎|"): its spaces, between two bars
            continue
        if not line.strip():
            break
        if bars[j]:
            run += 1
            last_pipe = j
            j += 1
            continue
        k = j
        while k < len(lines) and not bars[k] and (lines[k].strip() or _blank_in_cell(lines, bars, k)) \
                and k - j <= _MAX_CELL_LINES and not (k > j and _APPENDIX_TITLE.match(lines[k])):
            k += 1  # (the last cell written without its closing bar ends at the next appendix's title)
        group_title = bool(chunks) and _GROUP_CELL.fullmatch(" ".join(chunks[-1][1])) is not None
        if k - j > _MAX_CELL_LINES or k >= len(lines) or not lines[k].strip() or \
                (run == 1 and chunks and _BODY_LINE.match(line) and not group_title) or \
                (not chunks and _LETTER_OPENS.match(line)) or \
                _APPENDIX_TITLE.match(line) or \
                _body_items(lines[j:k]) or \
                (k - j >= 2 and sum(1 for ln in lines[j:k] if _BODY_LINE.match(ln)) >= 2) or \
                any(ln.rstrip(" *_").endswith("./.") for ln in lines[j:k]):
            # the document's own text between the page's layout bars (its last words "./.", or its type line, its
            # bases, its articles: a header table's last row closed by two bars runs on into them), not a table
            break
        chunks.append((j, lines[j:k]))
        runs.append(run)
        run = 0
        j = k
    return chunks, runs, last_pipe + 1


def _body_items(chunk: list[str]) -> bool:
    """Does a chunk hold two numbered items or more, of a document's own text ("1. Chấp thuận …")? A cell's list of
    who does the work is not that ("1. Trung tâm Kiểm soát bệnh tật ⏎ 2. Trung tâm Y tế các khu vực")."""
    names = [ln[m.end() :].strip(" *_;,.") for ln in chunk if (m := _ITEM_LINE.match(ln)) is not None]
    return len(names) >= 2 and not all((share := agency_share(n))[1] and share[0] > 0.8 for n in names)


def _blank_in_cell(lines: list[str], bars: list[bool], k: int) -> bool:
    """A blank line between two paragraphs of one cell: text follows it, and a ``|`` line follows that
    text before any other blank line."""
    if k + 1 >= len(lines) or not lines[k + 1].strip() or bars[k + 1]:
        return False
    for m in range(k + 1, min(len(lines), k + 2 + _MAX_CELL_LINES)):
        if bars[m]:
            return True
        if not lines[m].strip():
            return False
    return False


# a pipe cell that a grid table's cell above spans (rowspan): no cell of its own in this row
DITTO = "\ue000"


def _pipe_rows(lines: list[str], out: TextBuilder) -> Table:
    rows: list[Row] = []
    start = out.pos
    width = 0
    for line in lines:
        if _PIPE_RULE.match(line):
            continue
        raw = line.strip()
        raw = raw[1:] if raw.startswith("|") else raw
        raw = raw[:-1] if raw.endswith("|") else raw
        cells: list[Cell] = []
        pieces = re.split(r"(?<!\\)\|", raw)
        width = max(width, len(pieces))
        for col, piece in enumerate(pieces):
            if piece.strip() == DITTO:
                # the cell above goes on over this row
                for r_i in range(len(rows) - 1, -1, -1):
                    if (above := rows[r_i].at(col)) is not None:
                        grown = replace(above, rows=above.rows + 1)
                        rows[r_i] = replace(rows[r_i], cells=tuple(grown if c is above else c for c in rows[r_i].cells))
                        break
                continue
            if rows or cells:
                out.add("\n\n")
            s, e = out.add(piece.strip())
            cells.append(Cell(s, e, col))
        if cells:
            rows.append(Row(tuple(cells), cells[0].start, cells[-1].end))
    return Table(tuple(rows), start, out.pos, "pipes", width)


def _cell_lines(chunks: list[tuple[int, list[str]]], runs: list[int], out: TextBuilder,
                tail: int = 0) -> tuple[Table, int]:
    """thuvienphapluat's layout: ``|`` before each cell, ``|`` ``|`` between rows. A run of ``r``
    pipe lines between two cells is a row break with ``r - 2`` empty cells when ``r >= 2`` — unless
    the column count says the row is not full yet (an empty cell inside a row). Returns the table
    and how many chunks it used: after a full row, one ``|`` closes the table."""
    shape: list[list[int]] = []  # chunk indices per row (-1: an empty cell)
    widest = 0
    used = len(chunks)
    for k, r in enumerate(runs):
        if not shape:
            shape.append([k])
        elif r >= 2 and len(shape) >= 2 and (_new_header(chunks, shape[0], k) or (
                k + 1 < len(runs) and runs[k + 1] == 1 and _new_header(chunks, shape[0], k + 1)
                and not _ROW_LABEL.match(" ".join(chunks[k][1]).replace("*", ""))) or (
                # (or a numbered caption over the same header again: "II. NHIỆM VỤ TUYÊN TRUYỀN ⏎ | STT | Nhiệm vụ |
                # …" — a table of its own, under its heading)
                k + 1 < len(runs) and runs[k + 1] == 1 and _header_opens(chunks[k + 1][1])
                and _CAPTION.match(" ".join(chunks[k][1]).replace("*", "")) is not None)):
            # another table's header ("STT | Chủ đầu tư | Kế hoạch vốn …"), its caption before it ("Biểu tổng hợp
            # tiến độ giải ngân ⏎ Đơn vị tính: Triệu đồng"): this table has ended, its last row's bars closing the
            # empty cells it ends with (its own header again, after a page's break, goes on with it)
            shape[-1].extend([-1] * max(0, widest - len(shape[-1])))
            used = k
            break
        elif r == 2 and widest and shape[-1] and shape[-1][0] >= 0 and _is_row_label(chunks[shape[-1][0]][1]) \
                and not _is_row_label(chunks[k][1]) \
                and len(shape[-1]) + 2 + _cells_on(runs, k) == widest:
            # "4 | Kiểm tra … | Bộ Công an | | Cao điểm … | Kế hoạch": an empty cell inside a numbered row, its bars
            # as a row's break writes them — the cells after it fill the row to the table's width exactly
            shape[-1].extend([-1, k])
        elif r >= 2:
            # (the empty cells after a full row open the next: "… | Quý IV/2025 | | | Cập nhật …" is a row
            # whose number cell is empty)
            # (so after a header that opens with "STT": a header's last cell is never empty)
            # (the row's own empty cells first, up to the widest row's count: "… | Quý II/2026 | | ⏎ | | Đầu tư …")
            if widest:
                ahead = max(0, r - 2 - max(0, widest - len(shape[-1])))
            else:
                ahead = r - 2 if len(shape) == 1 and _header_opens(chunks[shape[0][0]][1]) else 0
            if ahead and _is_row_label(chunks[k][1]):
                ahead = 0  # (a row opens with its number, no empty cell before it: the header's rows undercount it)
            shape[-1].extend([-1] * (r - 2 - ahead))
            widest = max(widest, len(shape[-1]))
            shape.append([*([-1] * ahead), k])
        elif len(shape) > 1 and len(shape[-1]) >= widest >= 2 and len(chunks[k][1]) > 3:
            used = k  # a full row closed by one "|", then text: the table has ended
            break
        else:
            shape[-1].append(k)
    lines_of = [c[1] for c in chunks]
    width = max((len(r) for r in shape), default=0)
    titles: list[int] = []
    while len(shape) >= 3 and len(shape[0]) == width and width > 2 and shape[0][0] >= 0 \
            and all(len(r) < width or r[-1] < 0 for r in shape[1:]) \
            and (len(" ".join(lines_of[shape[0][0]]).split()) >= 6
                 or (titles and len(lines_of[shape[0][0]]) >= 2)):
        # "| ⏎ PHỤ LỤC ⏎ DANH MỤC NHIỆM VỤ … | STT | Nội dung …": the appendix's title before the header,
        # in the bar that closed the block above, is no cell — nor the signature before it
        titles.append(shape[0][0])
        shape = [shape[0][1:], *(r[:-1] if len(r) == width else r for r in shape[1:])]
        width -= 1
    shape = _merge_split_rows(shape, runs, lines_of, width)
    if used == len(chunks) and len(shape) > 1 and tail >= 3 and _opens_row(lines_of, shape[-1]):
        # "3 | … | Quý IV/2025 | | |" at the table's end: its last row's empty cells (its "Ghi chú"), then its end
        shape[-1].extend([-1] * min(tail - 2, max(0, width - len(shape[-1]))))
    for title in titles:
        out.add("\n".join(ln.rstrip() for ln in lines_of[title]).strip())
        out.add("\n\n")
    rows: list[Row] = []
    start = out.pos
    for r_i, members in enumerate(shape):
        # a short row that does not open with a number continues the row above (merged cells on
        # the left): its cells are the rightmost columns
        offset = 0
        if len(members) < width and r_i > 0 and not _opens_row(lines_of, members) and members[0] >= 0:
            # (not a row that opens with an empty cell: "| | Nhóm nhiệm vụ … |", a group's title with no label,
            # written once over the columns it spans)
            offset = width - len(members)
        cells: list[Cell] = []
        for i, k in enumerate(members):
            if rows or cells:
                out.add("\n\n")
            if k < 0:
                cells.append(Cell(out.pos, out.pos, offset + i))
                continue
            s, e = out.add("\n".join(ln.rstrip() for ln in lines_of[k]).strip())
            cells.append(Cell(s, e, offset + i))
        rows.append(Row(tuple(cells), cells[0].start, cells[-1].end))
    return Table(tuple(rows), start, out.pos, "cells", width), used


def _cells_on(runs: list[int], k: int) -> int:
    """How many cells follow chunk ``k`` in the same run of single bars (the rest of its row, if no row breaks)."""
    n = 0
    while k + 1 + n < len(runs) and runs[k + 1 + n] == 1:
        n += 1
    return n


_HEADER_WORD = r"(?i:STT|TT|Số\s+TT|Số\s+thứ\s+tự)"  # the cell that opens a table's header
_HEADER_FIRST = re.compile(rf"\s*{_HEADER_WORD}\s*")
_HEADER_FIRST_LINE = re.compile(rf"[\s*]*{_HEADER_WORD}[\s*]*")  # (… on a line of its own, in bold or not)


def _header_opens(lines: list[str]) -> bool:
    """Is a chunk the "STT" / "TT" that opens a table's header?"""
    return len(lines) == 1 and _HEADER_FIRST.fullmatch(lines[0].replace("*", "")) is not None


def _new_header(chunks: list[tuple[int, list[str]]], header: list[int], k: int) -> bool:
    """Does chunk ``k`` open a header ("STT", "TT") other than the table's own ``header`` row?"""
    def said(i: int) -> str:
        return " ".join(" ".join(chunks[i][1]).replace("*", "").split())

    if not _header_opens(chunks[k][1]) or len(chunks[k][1][0]) > 24:
        return False
    own = [said(i) for i in header if i >= 0]
    return [said(i) for i in range(k, min(len(chunks), k + len(own)))] != own


def _merge_split_rows(shape: list[list[int]], runs: list[int], chunks: list[list[str]],
                      width: int) -> list[list[int]]:
    """``| 3 | Nội dung | Sở Y tế | | Quý II |``: the empty cell's two pipes read as a row break.
    A short row that opens with a number, followed by a short row that does not, whose lengths
    add up to the width with the empty cells the pipes allow, is one row."""
    out: list[list[int]] = []
    for members in shape:
        # (… or a row whose number is left empty, the content row of a numbered row above: "|  | Phối hợp với … |  |
        # Tòa án nhân dân tỉnh | …")
        if out and len(out[-1]) < width and len(members) < width and members[0] >= 0 \
                and (_opens_row(chunks, out[-1]) or (len(out[-1]) >= 2 and out[-1][0] < 0 <= out[-1][1]
                                                     and not _opens_row(chunks, out[-1][1:]))) \
                and not _opens_row(chunks, members):
            gap = runs[members[0]] - 1
            total = len(out[-1]) + gap + len(members)
            first = " ".join(" ".join(chunks[members[0]]).replace("*", "").split())
            # (short of the width too when a column is merged from above, if what follows the gap reads as a
            # deadline or agencies rather than the content of a row of its own)
            if total == width or (total < width and (cell_cost(first, "deadline") < 1
                                                     or cell_cost(first, "lead") < 0.8)):
                out[-1] = [*out[-1], *([-1] * gap), *members]
                continue
        out.append(members)
    return out


_CAPTION = re.compile(r"^\s*(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2})\.\s+\S.{6,}")  # "II. NHIỆM VỤ TUYÊN TRUYỀN …"
_ROW_LABEL = re.compile(r"^\W*(?:\d{1,3}(?:\.\d{1,3})*|(?:[IVXLC]{1,6}|[A-ZĐ])(?:\.\d{1,3})*)\W*$")


def _opens_row(chunks: list[list[str]], members: list[int]) -> bool:
    """A row opens with its number or group label: ``1``, ``2.3``, ``II``, ``A.``, ``**B**``."""
    return members[0] >= 0 and _is_row_label(chunks[members[0]])


def _is_row_label(lines: list[str]) -> bool:
    """Is a chunk a row's number or group label alone?"""
    return len(lines) == 1 and _ROW_LABEL.match(lines[0].replace("*", "")) is not None


# ---- HTML --------------------------------------------------------------------------------------


def html_rows(table: Any) -> list[list[tuple[str, int, int, int]]]:
    """An lxml ``<table>`` as rows of (text, column, colspan, rowspan), rowspans resolved: a cell that
    spans rows occupies its column in the rows below, which skip it."""
    taken: dict[tuple[int, int], bool] = {}
    rows: list[list[tuple[str, int, int, int]]] = []
    for r, tr in enumerate(t for t in table.iter("tr") if _owner_table(t) is table):
        col = 0
        row: list[tuple[str, int, int, int]] = []
        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            while taken.get((r, col)):
                col += 1
            span = _int(td.get("colspan"))
            down = _int(td.get("rowspan"))
            text = "\n".join(s for s in (x.strip() for x in _cell_text(td).split("\n")) if s)
            row.append((text, col, span, down))
            for dr in range(1, down):
                for dc in range(span):
                    taken[(r + dr, col + dc)] = True
            col += span
        rows.append(row)
    return rows


def _owner_table(tr: Any) -> Any:
    p = tr.getparent()
    while p is not None and (not isinstance(p.tag, str) or p.tag.lower() != "table"):
        p = p.getparent()
    return p


def _cell_text(td: Any) -> str:
    """A cell's text with its paragraphs and line breaks as new lines."""
    parts: list[str] = []
    for piece in td.iter():
        tag = piece.tag.lower() if isinstance(piece.tag, str) else ""
        if tag in ("br", "p", "div", "li") and parts:
            parts.append("\n")
        if tag and piece.text:
            parts.append(piece.text)
        if piece is not td and piece.tail:
            parts.append(piece.tail)
    return "".join(parts)


def _int(v: object) -> int:
    try:
        return max(1, min(int(str(v)), 50))
    except (TypeError, ValueError):
        return 1


# ---- pandoc grid tables --------------------------------------------------------------------------

_GRID_RULE = re.compile(r"^\s*\+[-=:+]+\+\s*$")
# a rule under some columns only: the others' cells go on below it
# (a cell spanning rows keeps its bars on the rule: "+----+------+      |      +----+", "|    +------+")
_GRID_ANY_RULE = re.compile(r"^\s*[+|](?=[-=:+| ]*[+][-=:]{3})[-=:+| ]+[+|]\s*$")


def grid_rows(lines: list[str]) -> list[list[str]]:
    """A pandoc grid table's lines → rows of cell texts (a cell's wrapped lines joined by ``\\n``, its paragraphs
    apart by an empty line).

    A rule drawn under some columns only ("+----+      +----+") ends the cells above it there; a cell
    it leaves open spans the rows below (rowspan) and is written in its first row only, as a
    crawler writes one, the rows below going on with fewer cells. A cell whose bars skip a column
    boundary spans those columns (colspan) and is one cell."""
    first = next((ln for ln in lines if _GRID_RULE.match(ln)), None)
    if first is None:
        return []
    bounds = [i for i, ch in enumerate(first) if ch == "+"]
    ncol = len(bounds) - 1
    texts: list[list[str]] = []  # each cell's lines
    open_at: list[int | None] = [None] * ncol  # the cell still open in each column
    first_col: dict[int, int] = {}  # each cell's first column
    rows: list[list[int]] = []
    current: list[int] = []
    carried: list[list[int]] = []  # per row: the columns a cell from above spans into it
    carry: set[int] = set()
    def column(pos: int) -> int:
        k = bisect_left(bounds, pos)
        return k if k == 0 or (k < len(bounds) and bounds[k] - pos < pos - bounds[k - 1]) else k - 1

    for line in lines:
        ruled = False
        # the line's own bars and corners, each at the column boundary nearest to it (markup taken out
        # of a cell moves them a little); a cell runs on over the boundaries it draws none at (colspan)
        marks = [i for i, ch in enumerate(line) if ch in "|+"]
        for left, right in pairwise(marks):
            c, d = column(left), column(right)
            if d <= c or c >= ncol:
                continue
            body = line[left + 1 : right].strip()
            if body and set(body) <= set("-=:"):
                ruled = True  # the cells above this rule end here
                for k in range(c, d):
                    open_at[k] = None
            elif not _GRID_ANY_RULE.match(line):
                k_open = open_at[c]
                if k_open is None:
                    texts.append([])
                    k_open = len(texts) - 1
                    first_col[k_open] = c
                    for k in range(c, d):
                        open_at[k] = k_open
                    current.append(k_open)
                texts[k_open].append(body)
        if ruled:
            if current:
                rows.append(current)
                carried.append(sorted(carry))
                current = []
            # the cells this rule leaves open span the next row
            carry = {first_col[k] for k in {k for k in open_at if k is not None}}
    if current:
        rows.append(current)
        carried.append(sorted(carry))
    out: list[list[str]] = []
    for row, over in zip(rows, carried, strict=True):
        # (a cell's paragraphs, an empty line between them, stay apart: "Sở Ngoại vụ ⏎ ⏎ UBND thành phố Móng Cái")
        cells = {first_col[k]: re.sub(r"\n{3,}", "\n\n", "\n".join(texts[k]).strip("\n")) for k in row}
        cells.update({c: DITTO for c in over if c not in cells})
        out.append([cells[c] for c in sorted(cells)])
    return out


# ---- pandoc multiline tables ---------------------------------------------------------------------

_DASHES = re.compile(r"-{3,}")


def multiline_rows(header: list[str], rule: str, body: list[str]) -> list[list[str]]:
    """A pandoc multiline table's lines → its header's cells, then each row's (rows parted by blank lines, a cell's
    lines joined): each column is where the dashes of the rule under the header are, up to the next column's."""
    spans = [m.start() for m in _DASHES.finditer(rule)]

    def cells(lines: list[str]) -> list[str]:
        out = []
        for k, start in enumerate(spans):
            lo = 0 if k == 0 else start
            hi = spans[k + 1] if k + 1 < len(spans) else None
            out.append(" ".join(" ".join(ln[lo:hi].split()) for ln in lines if ln[lo:hi].strip()))
        return out

    rows = [cells(header)] if any(ln.strip() for ln in header) else []
    group: list[str] = []
    for ln in [*body, ""]:
        if ln.strip():
            group.append(ln)
        elif group:
            rows.append(cells(group))
            group = []
    return rows


def is_grid_rule(line: str) -> bool:
    """A grid table's rule, whole or drawn under some columns only."""
    return _GRID_ANY_RULE.match(line) is not None


# ---- columns -----------------------------------------------------------------------------------

COLUMN_ROLES = ("number", "task", "lead", "support", "deadline", "product", "other")


@cache
def _column_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    spec = vocab.load("columns.json")["columns"]
    return tuple((c["role"], re.compile("|".join(fold(w) for w in c["words"]))) for c in spec)


@lru_cache(maxsize=8192)
def column_role(header: str) -> str:
    """``"Cơ quan chủ trì"`` → ``lead``; ``"Thời gian hoàn thành"`` → ``deadline``. (Cached: every table's cells are
    asked, its header's again and again.)"""
    h = " ".join(fold(header.replace("*", "")).split())
    if not h:
        return "other"
    for role, rx in _column_words():
        if rx.search(h):
            return role
    return "other"


@dataclass(frozen=True, slots=True)
class Layout:
    """Which row is the header and what each column holds."""

    header_rows: int
    roles: tuple[str, ...]

    def col(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def duty_column(text: str, table: Table) -> int | None:
    """A table of who does what ("| TT | Cơ quan, đơn vị | Nhiệm vụ |"): the column that names the bodies, before the
    column of their work, with no column of partners or of a time limit (a table of tasks is led so too: "| TT |
    Cơ quan chủ trì | Nội dung | Phối hợp | Thời hạn |")."""
    lay = layout(text, table)
    lead, work = lay.col("lead"), lay.col("task")
    if lead is None or work is None or lead > work or lay.col("support") is not None or lay.col("deadline") is not None:
        return None
    return lead


def layout(text: str, table: Table) -> Layout:
    """The header is the first rows whose cells name columns; a column's role comes from the
    words of its header cells, whatever the order of the columns."""
    roles = ["other"] * table.columns
    header_rows = 0
    spanning: set[int] = set()  # the columns under a header cell of who does the work
    top = 0  # the header's first row (after a title row)
    numbered = False  # the header's one row the columns' numbers: "| (1) | (2) | (3) |", their names lost
    for i, row in enumerate(table.rows[:3]):
        first = text[row.cells[0].start : row.cells[0].end] if row.cells else ""
        if i == top and len(row.cells) >= 4 and all(
                COLUMN_NUMBER.fullmatch(text[c.start : c.end].replace("*", "")) for c in row.cells):
            header_rows, numbered = header_rows + 1, True
            break
        if i == 0 and len(table.rows) > 2 and len(row.cells) >= 3 \
                and sum(1 for c in row.cells if text[c.start : c.end].strip(" *_")) == 1 \
                and not _ROW_LABEL.match(first.replace("*", "")):
            # the table's title in a first row spanning every column: "| DANH MỤC NHIỆM VỤ … | | |"
            header_rows = top = 1
            continue
        if header_rows > top and len(row.cells) >= 3 and (
                all(COLUMN_NUMBER.fullmatch(text[c.start : c.end].replace("*", "")) for c in row.cells)
                # (or bare, the columns counted from 1: "| 1 | 2 | 3 | 4 |")
                or [text[c.start : c.end].strip(" *") for c in row.cells]
                == [str(k) for k in range(1, len(row.cells) + 1)]):
            header_rows += 1  # the row of the columns' numbers under the header: "| (1) | (2) | (3) |"
            continue
        if header_rows > top and _ROW_LABEL.match(first.replace("*", "")):
            break  # a row that opens with its number is the first of the body
        found = [(c.col, column_role(text[c.start : c.end])) for c in row.cells]
        named = [r for _, r in found if r != "other"]
        if not named or len(named) < max(1, len(row.cells) // 3) or (header_rows > top and len(named) < 2):
            break  # (one name under the header is a group's title: "Phát triển sản phẩm du lịch", "I. NHÓM …")
        if header_rows == top + 1 and (spread := _spread(text, table.rows[top], row, table.columns)) is not None:
            # "| … | Đơn vị thực hiện | Thời gian |" over "| Chủ trì | Phối hợp |", the merged cell written once
            # (no empty cells after it): the columns after it move on by the cells it spans
            roles = spread
            header_rows += 1
            continue
        if header_rows > top and (under := _under_spans(text, table.rows[top], row, table.columns)) is not None:
            # "| … | Đơn vị thực hiện | | … |" over "| Chủ trì | Phối hợp |": a text rendering that lost
            # the merged cell writes the second header row's names from the first column
            for col, (_, role) in zip(under, found[: len(under)], strict=True):
                roles[col] = role if role != "other" else roles[col]
            header_rows += 1
            continue
        for col, role in found:
            if role != "other" and 0 <= col < len(roles) and (roles[col] == "other" or col in spanning
                                                              or (roles[col], role) == ("deadline", "start")):
                # (under "Thời gian" spanning two columns, "Bắt đầu" is when the work begins)
                # ("Đơn vị thực hiện | Đơn vị thực hiện" over "Chủ trì | Phối hợp": a converter writes the
                # merged cell in each column it spans; the row below says which is which)
                roles[col] = role
        spanning = {c.col for c in row.cells if _SPANNING.search(fold(text[c.start : c.end].replace("*", "").strip()))}
        header_rows += 1
    if header_rows > top and "support" not in roles:
        _partners_under_span(text, table.rows[top:header_rows], roles)
    if numbered:
        roles = _roles_read(text, table.rows[header_rows:], table.columns)
    return Layout(header_rows, tuple(roles))


def _roles_read(text: str, body: Sequence[Row], columns: int) -> list[str]:
    """The roles of columns whose header kept only their numbers, read from what their rows hold: the rows'
    numbers, the work (the longest text), when it is due, who leads (the first column of bodies) and who joins
    (the second); what else a row says is no role of these."""
    cells: list[list[str]] = [[] for _ in range(columns)]
    for row in body:
        filled = [c for c in row.cells if text[c.start : c.end].strip()]
        if len(filled) < 3:
            continue  # a group's title: "| I | CÔNG TÁC TUYÊN TRUYỀN | | |"
        for c in filled:
            if c.col < columns:
                cells[c.col].append(text[c.start : c.end].strip())
        if min(len(c) for c in cells) >= 6:
            break
    roles = ["other"] * columns
    if not all(cells):
        return roles
    if all(_ROW_LABEL.match(c) for c in cells[0]):
        roles[0] = "number"
    for col in range(columns):
        if all(_AMOUNT_LINE.fullmatch(c) for c in cells[col]):
            continue  # (figures: "215", "24,31")
        if roles[col] == "other" and sum(map(reads_as_deadline, cells[col])) * 2 > len(cells[col]):
            roles[col] = "deadline"
            break
    bodies = [col for col in range(columns) if roles[col] == "other"
              and sum(share for share, named in map(agency_share, cells[col]) if named) > 0.6 * len(cells[col])]
    for col, role in zip(bodies, ("lead", "support"), strict=False):
        roles[col] = role
    rest = [col for col in range(columns) if roles[col] == "other" and (not bodies or col < bodies[0])]
    if rest:
        roles[max(rest, key=lambda col: sum(map(len, cells[col])))] = "task"
    return roles


def _partners_under_span(text: str, header: Sequence[Row], roles: list[str]) -> None:
    """"| … | Cơ quan thực hiện | | Thời gian |" with no row under it: the merged cell of who does the work spans who
    leads and who joins, and the copy lost the row that named them ("| Chủ trì | Phối hợp |"); the column its empty
    cell heads is the partners'."""
    named: dict[int, str] = {}
    for row in header:
        for c in row.cells:
            if (cell := text[c.start : c.end].replace("*", "").strip()):
                named.setdefault(c.col, cell)
    for col in range(len(roles) - 1):
        if roles[col] == "lead" and roles[col + 1] == "other" and col + 1 not in named and col in named \
                and _SPANNING.search(fold(named[col])) and any(c.col == col + 1 for c in header[0].cells):
            roles[col + 1] = "support"


def _spread(text: str, top: Row, row: Row, columns: int) -> list[str] | None:
    """The roles of the columns when the first header row names fewer cells than the table has and
    some of them span the cells of the row below: who does the work ("Đơn vị thực hiện" over "Chủ trì | Phối hợp"),
    when ("Thời gian" over "Bắt đầu | Hoàn thành")."""
    cells = sorted(top.cells, key=lambda c: c.col)
    while cells and not text[cells[-1].start : cells[-1].end].strip(" *_"):
        cells.pop()  # (a crawler pads the first row with empty cells to the table's width)
    k, m = len(cells), len(row.cells)
    if m < 2 or k >= columns or any(not text[c.start : c.end].strip(" *_") for c in cells):
        return None
    below = [column_role(text[c.start : c.end]) for c in sorted(row.cells, key=lambda c: c.col)]
    if not ({"lead", "support"} <= set(below) or {"start", "deadline"} <= set(below)):
        return None
    # each cell that spans takes the cells below it of its kind: who does the work ("Đơn vị thực hiện" over "Chủ
    # trì | Phối hợp"), when ("Thời gian" over "Bắt đầu | Hoàn thành")
    roles: list[str] = []
    b = 0
    for c in cells:
        role = column_role(text[c.start : c.end])
        kinds = ({"lead", "support"} if _SPANNING.search(fold(text[c.start : c.end].replace("*", "")))
                 else {"start", "deadline"} if role == "deadline" else set())
        taken = 0
        while b < len(below) and below[b] in kinds:
            roles.append(below[b])
            b, taken = b + 1, taken + 1
        if not taken:
            roles.append(role)
    return roles if b == len(below) and len(roles) == columns else None


_SPANNING = re.compile(r"(?:đơn vị|cơ quan|bộ phận|trách nhiệm)(?: thực hiện| chịu trách nhiệm)?$"
                       r"|^phân công|^thực hiện$")


def _under_spans(text: str, top: Row, row: Row, columns: int) -> list[int] | None:
    """The columns a short second header row names: those under the first row's cells that span
    (a named cell followed by empty ones), when there are as many as the row has cells."""
    cells = list(row.cells)
    while cells and not text[cells[-1].start : cells[-1].end].strip(" *_"):
        cells.pop()  # (a crawler pads the row with empty cells to the table's width: "| Chủ trì | Phối hợp | | | |")
    if len(cells) >= columns or [c.col for c in cells] != list(range(len(cells))):
        return None
    named = [bool(text[c.start : c.end].strip(" *_")) for c in sorted(top.cells, key=lambda c: c.col)]
    under: list[int] = []
    for i in range(len(named)):
        if named[i] and i + 1 < len(named) and not named[i + 1]:
            j = i + 1
            while j < len(named) and not named[j]:
                j += 1
            under.extend(range(i, j))
    return under if len(under) == len(cells) else None


# ---- Công báo text ---------------------------------------------------------------------------------
#
# pdftotext writes a table cell by cell: the row's number on its own line, then the lines of each
# cell in column order, nothing between cells, and the header again on every page. The header words
# give the columns; a row starts at its number; inside a row, a cell can only begin on a line that
# opens with a capital or a digit, and the split is the one that reads best: lead and support cells
# made of agency names, a deadline cell that reads as a deadline.

# a row's number, its cell text after it ("1. Tổ chức …") or alone on its line ("1"); a group's
# label the same way ("I. Tuyên truyền …", or "I" over its title)
_ROW_START = re.compile(r"^[ \t]*(?P<n>\d{1,4}(?:\.\d{1,3}){0,2})(?:\.[ \t]*(?P<rest>.*)|[ \t]*)$")
# ("A" over "CỤC …", "A." over "LĨNH VỰC KINH TẾ")
# (or its title on the same line: "I Hạ tầng công nghệ thông tin", "A TRÌNH HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ")
# (a group within a group: "III.1" over "III.1.1", its rows under that)
_GROUP_START = re.compile(rf"^[ \t]*(?P<n>[IVXLC]{{1,6}}(?:\.\d{{1,2}}){{0,3}}|[A-ZĐ])"
                          rf"(?:(?:\.[ \t]+|[ \t]+(?=[{UPPER}]))(?P<rest>\S.*)|\.?[ \t]*)$")
_DEADLINE_CELL = re.compile(
    # (not an item of a list in the cell: "1. Bộ Chỉ huy …")
    r"^(?!\d{1,2}[.)]\s)(?:(?:Thường\s+xuyên|H[ằà]ng\s+(?:năm|quý|tháng|tuần|ngày)|Định\s+kỳ|Liên\s+tục)[\s\S]{0,60}"
    # ("Trình Chính phủ trước ngày 15/5/2026": what is due, then when)
    # (… or the month, quarter or year itself: "Trình Chính phủ tháng 12/2017")
    r"|(?:(?:Trình|Ban\s+hành|Báo\s+cáo)\s[^\d]{0,30}?(?=[Tt]rước\s|[Tt]rong\s|(?:[Tt]háng|[Qq]uý|[Nn]ăm)\s+[\dIVX]))?"
    # ("Năm học 2026 - 2027", "Học kỳ I"; a season's or a session's year: "Mùa mưa bão năm 2026", "Kỳ họp cuối
    # năm 2026")
    r"(?:[Tt]rước\s+|[Tt]rong\s+|Từ\s+|Hoàn\s+thành\s+)?(?:ngày\s+)?(?:(?:Năm|năm|Quý|quý|Tháng|tháng|Giai\s+đoạn|giai\s+đoạn"
    r"|[Nn]ăm\s+học|[Hh]ọc\s+kỳ)\s*[\dIVX]|(?:[Mm]ùa|[Kk]ỳ\s+họp)\s[^\d\n]{0,30}?năm\s+\d{4}|\d)"
    r"[\s\S]{0,60})$")


def gazette_tables(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Table]:
    """Tables of the gazette's pdftotext (one cell per run of lines, the header on every page), outside
    the spans ``skip`` (tables read already)."""
    lines = [ln for ln in _lines(text) if not any(a <= ln[0] < b for a, b in skip)]
    out: list[Table] = []
    i = 0
    while i < len(lines):
        header = _gazette_header(text, lines, i)
        if header is None:
            i += 1
            continue
        roles, j, cells = header
        table, i = _gazette_rows(text, lines, i, j, roles, cells)
        if table is not None:
            out.append(table)
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trailing spaces left out."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s = pos + (len(line) - len(line.lstrip()))
        e = pos + len(line.rstrip())
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


# the unit a column's figures are in, in brackets under its header's words: "(triệu đồng)", "(tỷ đồng)", "(%)"
_UNIT_NOTE = re.compile(r"\((?:triệu|tỷ|nghìn|ngàn)?\s*(?:đồng|VNĐ|USD)\)|\(%\)|\((?:ha|km|người|lượt)\)")
# a group of rows by the period they fall in, its title alone on a row: "Năm 2024", "Giai đoạn 2026 - 2030", "Tháng
# 01 - 02/2022", "Quý I/2025"
_MONTH_OR_QUARTER = r"(?i:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})"
PERIOD_TITLE = re.compile(r"(?i:năm|giai\s+đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?"
                          rf"|{_MONTH_OR_QUARTER}(?:\s*(?:[-–,]|và)\s*(?:{_MONTH_OR_QUARTER}|\d{{1,2}}|[IV]{{1,3}}))*"
                          r"(?:\s*/\s*|\s+(?i:năm)\s+)\d{4}")


def _gazette_header(text: str, lines: list[tuple[int, int]], i: int) -> tuple[list[str], int, list[Cell]] | None:
    """A run of short lines that names at least a number, a task and a lead or deadline column."""
    if fold(text[lines[i][0] : lines[i][1]]) not in ("stt", "tt", "số tt"):
        return None
    roles = ["number"]
    cells = [Cell(lines[i][0], lines[i][1], 0)]
    buf = ""
    buf_start = 0
    j = i + 1
    while j < len(lines) and j - i <= 20:  # (a narrow column's words one a line: "Cấp ⏎ ban ⏎ hành")
        line = text[lines[j][0] : lines[j][1]]
        if len(line) > 40 or _ROW_START.match(line) or _GROUP_START.match(line):
            break
        if not buf and "target" not in roles and PERIOD_TITLE.fullmatch(line) and j + 1 < len(lines) \
                and _ROW_START.match(text[lines[j + 1][0] : lines[j + 1][1]]):
            break  # "… Thời gian thực hiện ⏎ Năm 2023 ⏎ 1 ⏎ …": the first group's title under the header, no column
        if not buf and len(line.split()) > 3 and _CAPITALS.fullmatch(line) and column_role(line) == "group" \
                and j + 1 < len(lines) and _ROW_START.match(text[lines[j + 1][0] : lines[j + 1][1]]):
            break  # "… hoàn thành ⏎ NHÓM NHIỆM VỤ VỀ CHỈ ĐẠO, ĐIỀU HÀNH ⏎ 1 ⏎ …": the first group's title, no column
        if COLUMN_NUMBER.fullmatch(line):
            j += 1  # the row of the columns' numbers under the header: "(1)", "(2)" …
            continue
        if not buf and len(cells) > 1 and _UNIT_NOTE.fullmatch(line):
            # "Kinh phí ⏎ (triệu đồng)": the unit the column's figures are in, the cell above's last line
            cells[-1] = replace(cells[-1], end=lines[j][1])
            j += 1
            continue
        if not buf:
            buf_start = lines[j][0]
        buf = f"{buf} {line}".strip()
        role = column_role(buf)
        # (a note's column is one of its own: "… Ghi chú ⏎ Bắt đầu ⏎ Hoàn thành")
        if (role not in ("other",) or fold(buf) in _NOTE_HEADERS) and _complete_header_cell(buf, text, lines, j):
            roles.append(role)
            cells.append(Cell(buf_start, lines[j][1], len(cells)))
            buf = ""
        j += 1
    if buf:
        roles.append(column_role(buf))
        cells.append(Cell(buf_start, lines[j - 1][1], len(cells)))
    if "task" not in roles or not ({"lead", "deadline"} & set(roles)):
        return None
    if len(roles) >= 5 and roles[-2:] == ["start", "deadline"] \
            and (group := next((k for k in range(1, len(roles) - 2) if roles[k] == "deadline"), None)) is not None:
        # "… ⏎ Thời gian ⏎ Ghi chú ⏎ Bắt đầu ⏎ Hoàn thành": when the work begins and ends, under "Thời gian"
        roles = [*roles[:group], "start", "deadline", *roles[group + 1 : -2]]
        cells = [replace(c, col=k) for k, c in enumerate([*cells[:group], *cells[-2:], *cells[group + 1 : -2]])]
    if len(roles) >= 5 and roles[-2:] == ["lead", "support"] \
            and (group := next((k for k in range(1, len(roles) - 2) if roles[k] == "lead"), None)) is not None:
        # a header of two rows: "… ⏎ Cơ quan thực hiện ⏎ Thời gian ⏎ Chủ trì ⏎ Phối hợp", the group's
        # columns under it on the second row
        roles = [*roles[:group], "lead", "support", *roles[group + 1 : -2]]
        cells = [replace(c, col=k) for k, c in enumerate([*cells[:group], *cells[-2:], *cells[group + 1 : -2]])]
    return roles, j, cells


def _complete_header_cell(buf: str, text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """"Cơ quan" / "chủ trì": a header cell ends where its words name a column and the next line
    does not go on with it (a lower-case start goes on)."""
    if j + 1 >= len(lines):
        return True
    nxt = text[lines[j + 1][0] : lines[j + 1][1]]
    return not nxt[:1].islower()


_PAGE_NUMBER = re.compile(r"\s*\d{1,3}\s*")
_NOTE_HEADERS = frozenset({"ghi chú", "ghi chu"})
# the columns' numbers a table may write under (or for) its header: "(1)", "(2) (3)"
COLUMN_NUMBER = re.compile(r"\s*\(\d{1,2}\)(?:\s*\(\d{1,2}\))*\s*")
# a page's number no row can be read as: "- 4 -", "Trang 4", "Trang 4/12"
_PAGE_MARK = re.compile(r"\s*(?:[-–]\s*\d{1,3}\s*[-–]|Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\s*")


def _row_goes_on(text: str, lines: list[tuple[int, int]], i: int, cells: int, below: bool = False) -> bool:
    """Does the table go on within the ``cells`` lines after ``lines[i]`` (a short cell, a row's number, a group's
    label), before anything that follows a table ("Nơi nhận", a signature)? ``below``: a row below a row's merged
    cells goes on, at a line that says when its work is due ("Giai đoạn 2026 - 2030") or the next row's number."""
    for a, b in lines[i + 1 : i + 1 + cells]:
        nxt = text[a:b]
        if _TABLE_AFTER.match(nxt):
            return False
        if _ROW_START.match(nxt) is not None or (cell_cost(nxt, "deadline") <= 0.6 if below else (
                len(nxt) <= 60 or _GROUP_START.match(nxt) is not None)):
            return True
    return False


# (a plan's closing paragraph after its table is no cell: ``CLOSING_PARAGRAPH``)
_TABLE_AFTER = re.compile(r"(?:Nơi\s+nhận|(?:TM|KT|TL)\s*\.|PHỤ\s+LỤC|Phụ\s+lục(?:\s+(?:số\s+)?[IVXLC\d]+)?[ \t]*$)")


def _gazette_rows(text: str, lines: list[tuple[int, int]], header_at: int, body_at: int,
                  roles: list[str], header_cells: list[Cell]) -> tuple[Table | None, int]:
    rows: list[Row] = [Row(tuple(header_cells), header_cells[0].start, header_cells[-1].end)]
    header_words = [fold(text[s:e]) for s, e in lines[header_at:body_at]]
    current: list[tuple[int, int]] = []  # the lines of the row being read
    cont: list[tuple[int, int]] = []  # … and those after a page broke it
    label: tuple[int, int] | None = None
    kind = ""
    i = body_at
    end_at = i
    broken = False
    alone = inline = 0  # rows whose number stands alone on its line, and rows whose text follows it there
    last_group: str | None = None
    untitled: list[tuple[int, int]] = []  # the lines of a group's title that has no label ("Nhóm nhiệm vụ về …")
    # the cells a row below a row's merged cells has: the task's and those after it, one of them when the work is due
    below_task = len(roles) - roles.index("task") if "task" in roles[1:] and "deadline" in roles[2:] \
        and roles.index("deadline") > roles.index("task") else 0

    def flush_title() -> None:
        nonlocal untitled
        if untitled:
            rows.append(Row((Cell(untitled[0][0], untitled[-1][1], 1),), untitled[0][0], untitled[-1][1]))
        untitled = []

    # whether the last row's lead was its own or merged from the row above it (a cell merged over several rows leads
    # them all: "Sở Nông nghiệp … ⏎ [three rows with their partners alone]")
    lead_above = False

    def flush(parent: bool = False) -> None:
        nonlocal current, cont, label, lead_above
        if label is None:
            return
        was_led, lead_above = lead_above, False
        if parent and current and not cont:
            # "2 ⏎ Xây dựng các văn bản … ⏎ 2.1 ⏎ …": a row over its own sub-rows is their heading, all of it
            # its task's text
            rows.append(Row((Cell(label[0], label[1], 0), Cell(current[0][0], current[-1][1], 1)),
                            label[0], current[-1][1]))
        elif kind == "group":
            # "D. ⏎ BỘ KHOA HỌC VÀ CÔNG NGHỆ ⏎ Bộ Khoa học và Công nghệ ⏎ - Bộ Công Thương; … ⏎ Giai đoạn 2026 - 2030":
            # a title in capitals, then a row whose number the page left empty
            title = next((k for k, (a, b) in enumerate(current) if not _CAPITALS.fullmatch(text, a, b)), len(current))
            own = current[title:] if title and len(current) - title >= len(roles) // 2 else []
            head = current[: len(current) - len(own)]
            span = (head[0][0], head[-1][1]) if head else label
            rows.append(Row((Cell(label[0], label[1], 0), Cell(span[0], span[1], 1)), span[0], span[1]))
            if own:
                below: list[list[Cell]] = []
                at = own[0][0]
                rows.extend(_over_rows_below([Cell(at, at, 0), *_split_row(text, own, roles, sub_rows=below)], below))
        else:
            led = was_led and len(rows) > 1
            under: list[list[Cell]] = []
            if cont and (whole := _below_across_page(text, current, cont, roles, led, under)) is not None:
                cells = [Cell(label[0], label[1], 0), *whole]
            elif cont and _task_cut(text, current, cont, roles, led):
                # "3. ⏎ Xử lý dứt điểm … ; tạm đình ⏎ [page, header] ⏎ chỉ, đình chỉ … ⏎ [its lead, partners, deadline]
                # ⏎ Công khai danh sách … ⏎ Thường xuyên": the break cut the row's first cell, its task — the row goes
                # on under the header as it would have, rows below its merged cells and all
                cells = [Cell(label[0], label[1], 0), *(
                    replace(c, end=current[-1][1], more=(cont[0][0], c.end)) if c.start < cont[0][0] < c.end else c
                    for c in _split_row(text, current + cont, roles, led_above=led, sub_rows=under))]
            else:
                under.clear()  # (a row a page broke has none, but for rows below its merged cells)
                cells = [Cell(label[0], label[1], 0), *_continued(
                    text, _split_row(text, current, roles, led_above=led, sub_rows=None if cont else under,
                                     broken=_printed_whole(text, current, cont, roles)), cont,
                    roles)]
            rows.extend(_over_rows_below(cells, under))
            lead_cell = [c for c in rows[-1].cells if roles[c.col] == "lead"]
            lead_above = bool(lead_cell) and (lead_cell[0].end > lead_cell[0].start or led)
        current, cont, label = [], [], None

    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        if _PAGE_MARK.fullmatch(line) or (_PAGE_NUMBER.fullmatch(line) and (
                i + 1 == len(lines) or _TABLE_AFTER.match(text, lines[i + 1][0], lines[i + 1][1]))):
            i += 1  # (a page's number between rows or inside a cell the break cut, or under the table's last row)
            continue
        # the header again, on a new page: skip it (and the page's number printed above it — not the next row's
        # number, alone at the end of the page before: "2 ⏎ … ⏎ 3 ⏎ [page, header] ⏎ Chi trả tiền bồi thường …")
        at = i + 1 if _PAGE_NUMBER.fullmatch(line) and i + 1 < len(lines) and not (
            label is not None and kind == "row" and current
            and _next_number(text, label, line.strip(), kind)) else i
        if _header_again(text, lines, at, header_words):
            # a row broken across the page goes on under the repeated header (see _continued)
            i = at + len(header_words)
            # (but a row whose number alone ended the page has all its cells on this one: "3. ⏎ [page] ⏎ Phát triển …")
            broken = label is None or bool(current)
            continue
        # (a long line is a paragraph after the table — but a cell of a row that has cells to come, in a copy that
        # writes each cell on one line: "1 ⏎ Rà soát, hệ thống hóa văn bản … (160 characters)", its lead's "Bộ Công an,
        # Bộ Khoa học và Công nghệ với các tiêu chuẩn …; các bộ, ngành …")
        # (or a group's title under its label: "IV. ⏎ Tăng cường, nâng cao năng lực cho các cơ quan …")
        # (… and a later cell only when the row goes on after it: a short line, the next row's number)
        to_come = len(roles) - 1 - len(current)  # (the cells the row may still have)
        if _TABLE_AFTER.match(line) or (len(line) > 140 and (CLOSING_PARAGRAPH.match(line) is not None or not (
                label is not None and not cont
                and ((kind == "row" and (not current or (to_come > 0 and _row_goes_on(text, lines, i, to_come))
                                         or (below_task > 0 and _row_goes_on(text, lines, i, below_task, below=True))))
                     or (kind == "group" and (not current or _row_goes_on(text, lines, i, len(roles) - 1))))))) or (
                at > i and _TABLE_AFTER.match(text, lines[at][0], lines[at][1])):
            break  # (the page's number above what follows the table is no cell)
        row = _ROW_START.match(line)
        rest = (row.group("rest") or "").strip() if row is not None else ""
        if rest and alone and not inline and (share := agency_share(rest))[1] and share[0] > 0.8:
            # "1. Bộ Chỉ huy … ⏎ 2. Sở …": the table's numbers stand alone on their lines; bodies listed in a cell
            row = None
        group = _GROUP_START.match(line) if row is None else None
        if group is not None and _PART_NUMBER.match(line) is not None \
                and (title := (group.group("rest") or "").strip(" *_")).isupper() \
                and vocab.section_role(title, top=True) in _DOCUMENT_PARTS:
            break  # "V. KINH PHÍ THỰC HIỆN": the document's next part, the table in its body over
        if row is not None and (label is None or _next_number(text, label, row.group("n"), kind)):
            inline, alone = (inline + 1, alone) if rest else (inline, alone + 1)
            parent = label is not None and kind == "row" and _first_under(text[label[0] : label[1]], row.group("n"))
            flush(parent=parent)
            flush_title()
            broken = False
            kind = "row"
            label = (s + row.start("n"), s + row.end("n") + (1 if row.group("rest") is not None else 0))
            current = [(s + row.start("rest"), e)] if rest else []
        elif group is not None and _group_follows(last_group, group.group("n")):
            flush()
            flush_title()
            broken = False
            kind = "group"
            last_group = group.group("n")
            label = (s + group.start("n"), s + group.end("n") + (1 if group.group("rest") is not None else 0))
            current = [(s + group.start("rest"), e)] if group.group("rest") is not None else []
        elif (label is None and rows[1:] == [] and line.strip()) or untitled \
                or (_GROUP_WORD.match(line) and label is not None and (current or cont)) \
                or (kind == "row" and (current or cont) and len(line) <= 60
                    and _over_rows_again(text, lines, i, header_words, inline > alone)):
            # a group's title without a label: before the first row, or opening with its word ("Nhóm nhiệm vụ về
            # hoàn thiện thể chế") after a row, or over rows numbered from 1 again ("Năm 2024 ⏎ 1 ⏎ …")
            flush()
            untitled.append((s, e))
        elif label is not None:
            (cont if broken else current).append((s, e))
        end_at = i
        i += 1
    flush()
    if len(rows) < 2:
        return None, max(i, body_at)
    return Table(tuple(rows), rows[0].start, rows[-1].end, "gazette", len(roles)), end_at + 1


def _header_again(text: str, lines: list[tuple[int, int]], at: int, header_words: list[str]) -> bool:
    """Does the table's header stand again from line ``at`` (a new page prints it over the rows that go on)?"""
    return at < len(lines) and fold(text[lines[at][0] : lines[at][1]]) == header_words[0] \
        and [fold(text[a:b]) for a, b in lines[at : at + len(header_words)]] == header_words


def _over_rows_again(text: str, lines: list[tuple[int, int]], i: int, header_words: list[str], inline: bool) -> bool:
    """Is line ``i`` a group's title over rows numbered from 1 again, the header repeated between them if a page
    turns there ("… Tháng 6/2023 ⏎ Năm 2024 ⏎ [page, header] ⏎ 1 ⏎ Xây dựng 63 mô hình …")? (The number as the
    table writes its rows' numbers: alone on its line, or ``inline`` with the row's text — "1. Bộ Chỉ huy …" after
    a row's deadline is a list in the next cell.)"""
    j = i + 1
    while j < len(lines) and _PAGE_MARK.fullmatch(text, *lines[j]):
        j += 1
    if _header_again(text, lines, j, header_words):
        j += len(header_words)
    return j < len(lines) and (row := _ROW_START.match(text[lines[j][0] : lines[j][1]])) is not None \
        and row.group("n") == "1" and bool((row.group("rest") or "").strip()) == inline \
        and _ROW_START.match(text[lines[i][0] : lines[i][1]]) is None


def _over_rows_below(cells: list[Cell], below: list[list[Cell]]) -> list[Row]:
    """A row and the rows below it that have only their cells from the task's on: "1 ⏎ Bộ Nông nghiệp và Môi trường
    ⏎ … ⏎ - Hoàn thiện Nghị định … ⏎ Quý I/2026 ⏎ - Rà soát … ⏎ Năm 2027", the cells before the task's merged over
    them (or, the task first, those between its cell and the deadline's: "2. ⏎ Lập, phê duyệt phương án … ⏎ Quyết định
    ⏎ UBND cấp tỉnh ⏎ … ⏎ Năm 2025 ⏎ Xây dựng, phê duyệt … ⏎ Năm 2026")."""
    if below:
        own = {c.col for r in below for c in r}  # (the columns the rows below have cells of)
        cells = [replace(c, rows=1 + len(below)) if c.col not in own else c for c in cells]
    return [Row(tuple(r), r[0].start, max(c.end for c in r)) for r in (cells, *below)]


_CAPITALS = re.compile(rf"[^\w]*[{UPPER}\d][{UPPER}\d\W]*")  # (a line of capitals: a group's title)
_GROUP_WORD = re.compile(r"[ \t*_]*Nhóm[ \t]+(?:nhiệm[ \t]+vụ|giải[ \t]+pháp|công[ \t]+việc|hoạt[ \t]+động)(?![\wÀ-ỹ])")
# the parts of a document that follow a table of its body, never a row of it
_PART_NUMBER = re.compile(r"[ \t*_]*[IVXLC]{1,6}\.[ \t]")  # (a roman numeral and its dot, no letter: "Y TẾ …")
_DOCUMENT_PARTS = frozenset({"organisation", "funding", "reporting", "purpose", "targets", "roadmap", "situation"})
_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY"  # (the Vietnamese alphabet's capitals)
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
           "XVIII", "XIX", "XX")


def _group_follows(last: str | None, n: str) -> bool:
    """Is ``n`` the table's next group ("A" then "B", "I" then "II"), not a letter a cell's wrap left alone on its line
    ("Bộ ⏎ Y ⏎ tế")? The first group may be any ("B" after rows of no group)."""
    if last is None or n in ("A", "I"):  # (the first group, or the first of a level: "I." then "A.")
        return True
    if "." in n or "." in last:
        # "III" then "III.1", "III.1" then "III.1.1", "III.1.2" then "III.2" or "IV": the first under the last, or the
        # next after it or after a group it is under
        parts, prior = n.split("."), last.split(".")
        if n == f"{last}.1":
            return True
        k = len(parts)
        if k > len(prior) or parts[:-1] != prior[: k - 1]:
            return False
        if k == 1:
            return _group_follows(prior[0], parts[0])
        return prior[k - 1].isdigit() and parts[-1].isdigit() and int(parts[-1]) == int(prior[k - 1]) + 1
    if last in _ROMANS and n in _ROMANS and _ROMANS.index(n) == _ROMANS.index(last) + 1:
        return True
    # (in the order of either alphabet: "D", "Đ", "E", "G", … with no "F" or "J"; or "D", "E", "F")
    return len(last) == 1 and len(n) == 1 and (
        ord(n) == ord(last) + 1 or (last, n) == ("D", "E")
        or (last in _LETTERS[:-1] and n == _LETTERS[_LETTERS.index(last) + 1]))


_SECOND_SYLLABLE = re.compile(r"[ \t]+([\wÀ-ỹ]+)")


def _below_across_page(text: str, current: list[tuple[int, int]], cont: list[tuple[int, int]], roles: list[str],
                       led: bool, under: list[list[Cell]]) -> list[Cell] | None:
    """A row whose cells are merged over the rows below it, a page breaking between two of those rows: "12. ⏎ Triển khai
    … ⏎ Cục Thủy sản ⏎ Cục Kiểm ngư … ⏎ Thường xuyên ⏎ Xây dựng Đề án … ⏎ Quý IV/2023 ⏎ [page, header] ⏎ Phát triển nuôi
    biển … ⏎ Năm 2024 - 2025" — the rows under the repeated header go on below the merged cells, each whole (its task
    opening in a capital, its deadline its last cell). The row's cells, its rows below in ``under``; else None."""
    if "deadline" not in roles or not text[cont[0][0]][:1].isupper():
        return None
    before: list[list[Cell]] = []
    _split_row(text, current, roles, led_above=led, sub_rows=before)
    due = roles.index("deadline")

    def whole(row: list[Cell]) -> bool:
        return any(c.col == due and c.end > c.start for c in row)

    if not before or not all(whole(r) for r in before):
        return None  # (no row below before the break, or one the break cut: the row goes on as a broken one)
    cells = _split_row(text, current + cont, roles, led_above=led, sub_rows=under)
    if len(under) <= len(before) or not all(whole(r) for r in under) or under[-1][-1].end <= cont[0][0]:
        return None
    return cells


def _task_cut(text: str, current: list[tuple[int, int]], cont: list[tuple[int, int]], roles: list[str],
              led: bool) -> bool:
    """Did a page break a row inside its task's cell, the first it has, before any other began: all the lines before
    the break the task's, the first after it in small letters?"""
    if "task" not in roles or not text[cont[0][0]][:1].islower():
        return False
    task = roles.index("task")
    return [c.col for c in _split_row(text, current, roles, led_above=led) if c.end > c.start] == [task]


def _printed_whole(text: str, current: list[tuple[int, int]], cont: list[tuple[int, int]], roles: list[str]) -> bool:
    """Did a page break a row after all its cells were printed, its last line the deadline's ("… Thường xuyên ⏎ [page] ⏎
    27/11/2023 của …"): the rests of cells it cut come under the header again?"""
    return bool(cont) and roles[-1] == "deadline" and reads_as_deadline(text[current[-1][0] : current[-1][1]])


def _continued(text: str, cells: list[Cell], cont: list[tuple[int, int]], roles: list[str]) -> list[Cell]:
    """A row a page broke goes on under the repeated header with the columns it had left, in order again:
    the rest of each cell the break cut, then the columns it had not reached. A cut cell goes on there
    ("… trực thuộc trung" ⏎ "ương"); a column it had not reached takes its cell from there."""
    if not cont:
        return cells
    out = list(cells)
    level = "level" in roles
    begun = [c for c in cells if c.end > c.start]
    rests: dict[int, tuple[int, int]] = {}  # begun cell → the span of its rest
    col_at = 0
    li = 0
    if begun and not rests and roles[begun[-1].col] in ("lead", "support") \
            and ((_LIST_SEPARATOR_END.search(text, begun[-1].start, begun[-1].end)
                  and (share := agency_share(text[cont[0][0] : cont[0][1]]))[1] and share[0] > 0.8)
                 or _name_cut(text, begun[-1], cont[0])):
        # "Các sở: Tài chính, Xây dựng; ⏎ [page] ⏎ UBND cấp xã": a list of bodies the break cut goes on, as far as
        # its lines read as bodies ("- Hội Liên hiệp ⏎ Phụ nữ tỉnh;")
        li = 1
        lead = roles[begun[-1].col] == "lead"
        while li < min(len(cont), 8) and _list_goes_on(text, cont[:li], cont[li], level) \
                and not (lead and text[cont[li][0]][:1].isupper()
                         and not _LIST_SEPARATOR_END.search(text, cont[li - 1][0], cont[li - 1][1])):
            # (a lead's cut name made whole, a line of bodies with no separator before it is the partners' cell:
            # "Bộ Nông nghiệp và ⏎ [page] ⏎ Môi trường ⏎ Bộ Tài chính, Bộ Công ⏎ Thương")
            li += 1
        rests[len(begun) - 1] = (cont[0][0], cont[li - 1][1])
        col_at = len(begun) - 1
    task = next((k for k, c in enumerate(begun) if roles[c.col] == "task"), None)
    if not rests and task is not None and text[cont[0][0] : cont[0][0] + 1].isdigit() \
            and (_DATE_OPEN.search(text, begun[task].start, begun[task].end)
                 or _NUMBER_WANTED.search(text, begun[task].start, begun[task].end)):
        # "… tại Quyết định số 1490/QĐ-TTg ngày ⏎ [page] ⏎ 27/11/2023 của Thủ tướng …": the date or number the task's
        # text wanted, the rest of its cell; the other cells' rests after it
        rests[task] = cont[0]
        col_at, li = task, 1
    while li < len(cont) and (text[cont[li][0]][:1].islower()
                              or (li == 0 and _name_goes_on(text, begun, roles, cont[0]))):
        # a line in small letters is the rest of a cut cell, in column order: the one whose last word it
        # completes ("Bộ Nông nghiệp và Phát triển nông" ⏎ "thôn", "Bộ Tài" ⏎ "chính"), else a cell cut short (and a
        # line whose capital completes a task's name: "… hỗ trợ doanh nghiệp Việt" ⏎ [page] ⏎ "Nam tham gia …")
        s, e = cont[li]
        first = _FIRST_SMALL.match(text, s, e)
        # (a column after the one the line before went on with first: most rests are one line)
        order = [*range(col_at + 1, len(begun)), col_at] if rests else list(range(len(begun)))
        # (not when the line's own first words make one: "thành phố, Hiệp hội …" after "… Hải Phòng")
        second = _SECOND_SYLLABLE.match(text, first.end(), e) if first else None
        own_word = first is not None and second is not None and _one_word(first.group(0), second.group(1))
        pick = None if own_word else next(
            (i for i in order if first and (last := _LAST_SYLLABLE.search(text, begun[i].start, begun[i].end))
             and _one_word(last.group(0), first.group(0))), None)
        if pick is None and own_word and not rests and roles[begun[-1].col] in ("lead", "support"):
            pick = len(begun) - 1  # the last cell the page cut: a list goes on after it
        if pick is None:
            cut = [i for i in range(col_at, len(begun)) if _cut_short(text, begun[i], roles[begun[i].col])]
            pick = cut[0] if cut else (max(rests) if rests else None)
        if pick is None and not rests and begun and roles[begun[-1].col] not in ("lead", "support", "deadline") \
                and re.search(r"[.;:!?)][\W]*$", text[begun[-1].start : begun[-1].end]) is None:
            # "Tổng hợp, rà soát tính hợp lệ ⏎ [page] ⏎ của hồ sơ; lập danh mục …": no cell opens in small letters, so
            # the text the break cut goes on, its sentence unended
            pick = len(begun) - 1
        if pick is None and not rests and begun and roles[begun[-1].col] in ("lead", "support") \
                and _name_runs_on(text, begun[-1], (s, e)):
            pick = len(begun) - 1  # "…; Ủy ban nhân dân ⏎ [page] ⏎ các tỉnh, thành phố có dự án": the name goes on
        if pick is None:
            break
        if roles[begun[pick].col] not in ("lead", "support"):
            # the rest of a task's or a result's text, which may hold figures and capitals: the lines from
            # here on are read as a row is, from that column — up to a line in small letters that completes the word a
            # list of bodies the break cut stopped at ("… trọng điểm" ⏎ "dân các quận, huyện" after "… Ủy ban nhân")
            upto, k = next(((j, k) for j in range(li + 1, len(cont))
                            if (k := _completes_list(text, begun, roles, pick, cont[j - 1], cont[j])) is not None),
                           (len(cont), None))
            _fill(text, out, _split_row(text, cont[li:upto], [roles[0], *roles[begun[pick].col :]]), begun[pick].col)
            if k is not None:
                stop = upto + 1
                while stop < min(len(cont), upto + 8) and _list_goes_on(text, cont[upto:stop], cont[stop], level):
                    stop += 1
                rests[k] = (cont[upto][0], cont[stop - 1][1])
            return _with_rests(out, begun, rests)
        col_at = pick
        rests[pick] = (rests.get(pick, (s, e))[0], e)
        li += 1
        if roles[begun[pick].col] in ("lead", "support") and li < len(cont) \
                and (own_word or not text[cont[li][0]][:1].islower()):
            # ("thành phố, Hiệp hội ⏎ Doanh nghiệp thành phố ⏎ Hải Phòng": the list goes on while its lines read as
            # bodies; after a word's rest, a line in small letters may complete another cell's word: "thôn ⏎ chính")
            while li < min(len(cont), 8) and _list_goes_on(text, cont[:li], cont[li], level):
                rests[pick] = (rests[pick][0], cont[li][1])
                li += 1
    out = _with_rests(out, begun, rests)
    # then the columns the row had not reached
    after = (begun[max(rests)].col if rests else (begun[-1].col if begun else 0)) + 1
    if after < len(roles) and cont[li:]:
        _fill(text, out, _split_row(text, cont[li:], [roles[0], *roles[after:]]), after, go_on=False)
    return out


def _name_runs_on(text: str, cell: Cell, line: tuple[int, int]) -> bool:
    """Does the last name of a cell of bodies run on into the line after the break, its words in small letters ("Ủy ban
    nhân dân" ⏎ "các tỉnh, thành phố có dự án")?"""
    from parsers import agencies

    tail = " ".join(text[max(cell.start, cell.end - 60) : cell.end].split())
    joined = f"{tail} {text[line[0] : line[1]].strip()}"
    return any(a.start < len(tail) < a.end for a in agencies.find(joined))


def _name_goes_on(text: str, begun: list[Cell], roles: list[str], line: tuple[int, int]) -> bool:
    """Does a line's first word, a capital, complete the name a task's or a result's cell the page cut ends with
    ("… doanh nghiệp Việt" ⏎ "Nam tham gia …")?"""
    first = _FIRST_SMALL.match(text, *line)
    return first is not None and first.group(0)[:1].isupper() and any(
        roles[c.col] not in ("lead", "support") and (last := _LAST_SYLLABLE.search(text, c.start, c.end)) is not None
        and last.group(0)[:1].isupper() and _one_word(last.group(0), first.group(0)) for c in begun)


# a list under a plural head, its last piece cut: "Các Bộ: Tư pháp, Tài chính, Công" ⏎ [page] ⏎ "Thương, …"
_PLURAL_HEAD_LIST = re.compile(r"(?i:các)\s+(?P<head>Bộ|Sở|Cục|Vụ|Ban)\s*:[^:]*?(?P<last>[^,;:\n]*)$")


def _name_cut(text: str, cell: Cell, line: tuple[int, int]) -> bool:
    """Does a name the break cut inside run from the cell's end into the line ("Bộ Kế hoạch và ⏎ [page] ⏎ Đầu tư",
    "Các Bộ: …, Công ⏎ [page] ⏎ Thương", "…, Cục ⏎ [page] ⏎ Phòng bệnh")?"""
    from parsers import agencies

    prev = " ".join(text[cell.start : cell.end].split())
    raw = text[line[0] : line[1]]
    if (listed := _PLURAL_HEAD_LIST.search(prev)) is not None and listed.group("last").strip():
        prev = f"{listed.group('head')} {listed.group('last').strip()}"
    # ("…, Cục Dân số, Cục ⏎ [page] ⏎ Phòng bệnh, …": the last body's head alone, its name after the break)
    last = re.split(r"[,;]", prev)[-1].strip()
    if last and agencies.is_bare_head(last) and raw[:1].isupper():
        return True
    if agencies.JOINER_END.search(prev) and raw[:1].isupper() and agencies.find(prev):
        return True  # "Bộ Nông nghiệp và ⏎ [page] ⏎ Môi trường": no name ends with the word that joins its fields
    return agencies.known_cut(prev[-60:], raw)


def _list_goes_on(text: str, before: list[tuple[int, int]], line: tuple[int, int], level: bool = False) -> bool:
    """Does ``line`` go on with the list of bodies ``before`` began: in small letters, as the rest of a name the break
    cut ("Hội Liên hiệp ⏎ Phụ nữ tỉnh"), or as another body — not a deadline's cell after it, nor (in a table with a
    column of who issues, ``level``) an approver's ("… Bộ Nội ⏎ [page] ⏎ vụ ⏎ Chính phủ ⏎ Tháng 5/2025")?"""
    from parsers import agencies

    raw = text[line[0] : line[1]]
    if reads_as_deadline(raw) or (level and _APPROVER.match(raw) is not None):
        return False
    if raw[:1].islower():
        return True
    joined = " ".join(text[a:b] for a, b in before)
    if agencies.known_cut(joined[-60:], raw) or ((share := agency_share(raw))[1] and share[0] > 0.8):
        return True
    # ("… chi nhánh tỉnh Quảng ⏎ Ngãi, Hội Nông dân": a place the wrap cut, whatever the name around it)
    first, words = re.split(r"[;,.]", raw)[0].split(), joined.split()
    if 0 < len(first) <= 2 and any(agencies.is_place_name(" ".join([*words[-k:], *first]))
                                   and not agencies.is_place_name(" ".join(words[-k:])) for k in (1, 2)):
        return True
    # ("… Hiệp hội ⏎ Doanh nghiệp thành phố": a name the line before opened runs on into it)
    tail = joined[-80:]
    named = agencies.find(f"{tail} {raw}")
    return any(a.start < len(tail) < a.end for a in named)


def _with_rests(out: list[Cell], begun: list[Cell], rests: dict[int, tuple[int, int]]) -> list[Cell]:
    for i, span in rests.items():
        out[begun[i].col - 1] = replace(begun[i], more=span)
    return out


# a list's separator that ends a cell: the list goes on after a page ("… Sở Xây dựng;")
_LIST_SEPARATOR_END = re.compile(r"[;,][ \t]*$")


def _fill(text: str, out: list[Cell], split: list[Cell], col: int, go_on: bool = True) -> None:
    """The cells of a row's rest read from column ``col``: the first goes on with that column's cell
    (``go_on``), the others fill the columns the row had not reached."""
    for c in split:
        target = col + c.col - 1
        if c.end <= c.start or target - 1 >= len(out):
            continue
        was = out[target - 1]
        if was.end == was.start:
            out[target - 1] = replace(c, col=target)
        elif (go_on and target == col) or (was.more is None and _LIST_SEPARATOR_END.search(text, was.start, was.end)):
            # (and a list of bodies the page cut after its separator: "- Sở LĐ-TB&XH; ⏎ - Hội Nông dân tỉnh; ⏎
            # [page] ⏎ - Hội Liên hiệp Phụ nữ tỉnh; …")
            out[target - 1] = replace(was, more=(c.start, c.end))


_FIRST_SMALL = re.compile(r"[\wÀ-ỹ]+")
_LAST_SYLLABLE = re.compile(r"[\wÀ-ỹ]+(?=[^\wÀ-ỹ]*$)")


def _completes_list(text: str, begun: list[Cell], roles: list[str], after: int, prev: tuple[int, int],
                    line: tuple[int, int]) -> int | None:
    """Which cell of bodies begun after ``after`` does ``line``, in small letters, go on with, completing the word the
    break cut it at ("Ủy ban nhân" ⏎ "dân các quận") — when the line before it does not run into it too?"""
    first = _FIRST_SMALL.match(text, line[0], line[1])
    if first is None or not text[line[0] : line[0] + 1].islower():
        return None
    before = _LAST_SYLLABLE.search(text, prev[0], prev[1])
    if before is not None and _one_word(before.group(0), first.group(0)):
        return None
    return next((i for i in range(after + 1, len(begun)) if roles[begun[i].col] in ("lead", "support")
                 and (last := _LAST_SYLLABLE.search(text, begun[i].start, begun[i].end)) is not None
                 and _one_word(last.group(0), first.group(0))), None)


def _cut_short(text: str, cell: Cell, role: str) -> bool:
    """Does a cell stop before its words do: on a word that needs what follows, or, of agencies, on
    words after the last name ("… thành phố trực thuộc trung")?"""
    from parsers import agencies

    if _OPEN_END.search(text, cell.start, cell.end):
        return True
    if role not in ("lead", "support"):
        return False
    names = [*agencies.collectives(text, cell.start, cell.end), *agencies.find(text, cell.start, cell.end)]
    last = max((a.end for a in names), default=cell.start)
    return bool(names) and re.search(r"[\wÀ-ỹ]", text[last : cell.end]) is not None


def _next_number(text: str, label: tuple[int, int], n: str, kind: str) -> bool:
    """A line "12." starts a row only when it follows the number before (a cell can hold "2."): the next
    at its level, or the first under it ("2" → "2.1" → "2.2" → "3")."""
    if kind == "group":
        return True
    was, new = _numbers(text[label[0] : label[1]]), _numbers(n)
    if not was:
        return False
    k = len(new)
    return new == [*was, 1] or (k <= len(was) and new[:-1] == was[: k - 1] and new[-1] - was[k - 1] in (1, 2))


def _numbers(label: str) -> list[int]:
    """"2.1." → [2, 1]; [] when the label opens with no number."""
    m = re.match(r"\s*\d+(?:\.\d+)*", label)
    return [int(x) for x in m.group(0).split(".")] if m else []


def _first_under(label: str, n: str) -> bool:
    """Is ``n`` the first sub-row of the row labelled ``label`` ("2" → "2.1")?"""
    return (was := _numbers(label)) != [] and _numbers(n) == [*was, 1]


# (a word that needs what follows it: a joiner, a preposition, a head)
# (not the body the sentence is of, nor its own office: "… điện tử của Bộ", "Văn phòng Bộ", "Thanh tra Sở")
# a kind of bodies named by what they are members of, that body on the next line: "Các bộ thành viên ⏎ Ban Chỉ đạo …"
_MEMBERS_END = re.compile(r"(?<![\wÀ-ỹ])(?:[Cc]ác|[Nn]hững)[ \t]+[^,;:\n]{1,30}?[ \t]thành[ \t]+viên[ \t]*$")
# a line that ends on a word joining it to the next ("… Cục Chế biến và", "… của", a comma): of ``_OPEN_END``'s, those
# no cell ends on, a page's break or not
_JOINING_END = re.compile(rf"(?:{NEEDS_NEXT}|[,\-–])[ \t*_]*$")
_OPEN_END = re.compile(rf"(?:{NEEDS_NEXT}|(?<![\wÀ-ỹ])(?<!của\s)(?<!thuộc\s)(?<!phòng\s)(?<!tra\s)"
                       r"(?:Sở|Bộ|Cục|Vụ|Ban|Ủy|Văn|Trung|Tổng|Viện|Hội|Đài|Báo|Học|Chi"
                       # (a head of two words that names no body alone: "… Công an tỉnh, Văn phòng ⏎ UBND tỉnh")
                       r"|Văn\s+phòng|Trung\s+tâm|Chi\s+cục|Tổng\s+cục|(?:Ủy|Uỷ)\s+ban|Ban\s+Quản\s+lý|Bộ\s+Chỉ\s+huy"
                       r"|Ban\s+Chỉ\s+đạo|Hội\s+đồng|Ngân\s+hàng|Kho\s+bạc|Liên\s+đoàn|Hiệp\s+hội"
                       # (the Prime Minister's title, the Government on the next line: "… báo cáo Thủ tướng ⏎ Chính
                       # phủ")
                       r"|Thủ\s+tướng)|[,\-–]"
                       # (a level the wrap parted from its name: "Ủy ban nhân dân cấp ⏎ tỉnh"; not "các cấp")
                       r"|(?<![\wÀ-ỹ])(?<!các\s)(?<!mọi\s)cấp)[ \t]*$")


def _cut_inside_name(text: str, cell: Cell) -> bool:
    """Does a cell end inside a name ("Sở Nông nghiệp và", "Sở Xây"), not with a whole one ("Văn phòng Bộ")?"""
    from parsers import agencies

    raw = text[cell.start : cell.end].rstrip()
    if _OPEN_END.search(raw) is None:
        return False
    return not any(a.end == len(raw) for a in agencies.find(raw, 0, len(raw)))


# a line of a proper name's last words and a list's separator: no cell opens so ("Né;", "Quý;")
_NAME_END_LINE = re.compile(rf"[ \t]*[{UPPER}][\wÀ-ỹ]*(?:[ \t]+[{UPPER}][\wÀ-ỹ]*)?[ \t]*[;,.]?[ \t]*")


# the scope a name ends with, the wrap putting it first on its line: "Trung tâm Khuyến nông ⏎ Quốc gia"
_SCOPE_LINE = re.compile(r"[ \t]*(?:[Qq]uốc[ \t]+gia|[Tt]rung[ \t]+ương)(?![\wÀ-ỹ])")
_LAST_WORD = re.compile(rf"(?<![\wÀ-ỹ])[{UPPER}][\wÀ-ỹ]*[ \t]*$")
_FIRST_WORD = re.compile(rf"[ \t]*[{UPPER}][\wÀ-ỹ]*(?![\wÀ-ỹ])")


def _one_word(last: str, first: str) -> bool:
    """Do two capitalised syllables make one word or place ("Công Thương", "Việt Nam", "Bắc Ninh")?"""
    from parsers.agencies import is_place_name
    from parsers.repair import is_word

    pair = f"{last.strip()} {first.strip()}"
    return is_word(pair) or is_place_name(pair)


_WHO = re.compile(r"\W*(?:Các\s+)?(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|bộ|sở|ngành)(?:\s*,|\s+(?:có\s+)?liên\s+quan)", re.I)


# a time counted from an event: "Trong thời hạn 05 ngày làm việc kể từ …", "Ngay sau khi …"
_WHEN = re.compile(r"(?i)(?:Trong\s+thời\s+hạn|Chậm\s+nhất|Ngay\s+sau|Sau\s+khi|Kể\s+từ|Khi\s+có"
                   r"|Đến\s+(?:hết\s+)?(?:năm|ngày|tháng|quý))\s")

_AS_NEEDED = re.compile(r"(?i)(?:Theo\s+(?:tình\s+hình|kế\s+hoạch|tiến\s+độ|yêu\s+cầu|chỉ\s+đạo|lộ\s+trình)"
                        r"|Khi\s+xảy\s+ra|Mùa\s+(?:mưa|khô|lũ))\b")  # (with _WHEN's "Khi có …")
_TIME_WORDS = re.compile(r"(?i)\b(?:năm\s+(?:học\s+)?\d{4}|quý\s+[IV\d]+|tháng\s+\d{1,2}|giai\s+đoạn\s+\d{4}"
                         r"|thường\s+xuyên|hằng\s+năm|hàng\s+năm|định\s+kỳ|\d{1,2}/\d{4})")

# who approves or issues what a row makes, the cell of a "Cấp trình" column
# (an office's title runs on to its body, not to a label after it: "Bộ trưởng ⏎ Chủ trì: Cục Điện lực" is two cells)
_APPROVER = re.compile(r"(?i)^(?:Quốc hội|Ủy ban Thường vụ Quốc hội|Chính phủ|Thủ tướng(?: Chính phủ)?|Bộ trưởng\b[^:]*"
                       r"|Chủ tịch\b[^:]*|(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)"
                       r"(?: (?:tỉnh|thành phố|Thành phố))?"
                       r"|Ban Thường vụ\b[^:]*|Tỉnh ủy|Thành ủy|Lãnh đạo (?:Bộ|Ủy ban|UBND)\b[^:]*)\W*$")


_ROLE_MARK = re.compile(r"\(\s*(?:chủ\s+trì|phối\s+hợp)\s*\)|(?<=[\wÀ-ỹ])\s+chủ\s+trì\s*[;,.]?\s*$")


@lru_cache(maxsize=4096)
def agency_share(raw: str) -> tuple[float, bool]:
    """How much of a cell reads as agencies (names, collectives and the words that join them), 0 … 1,
    and whether it names any."""
    from parsers import agencies

    # (the role marked after a name is the name's: "Phòng VH-TT (chủ trì);", "Sở Y tế chủ trì")
    raw = _ROLE_MARK.sub("", raw).strip().rstrip(" ;,.") or raw
    found = [*agencies.collectives(raw, 0, len(raw)), *agencies.find(raw, 0, len(raw))]
    found += agencies.initials(raw, 0, len(raw), besides=found)  # "VPB", "TCMT": a ministry's bodies by their initials
    found += agencies.shared_lists(raw, 0, len(raw))  # "Các sở: Tài chính, Xây dựng": the bodies a plural head lists
    covered = len({k for x in found for k in range(x.start, x.end)})
    glue = len(re.findall(r"(?:,|và|các|cơ quan|đơn vị|tổ chức|có liên quan|liên quan|ở|địa phương)", raw))
    return min(1.0, (covered + 6 * glue) / max(1, len(raw))), bool(found)


# what a row makes: a document, a system, a set of things ("Quyết định của Ủy ban nhân dân tỉnh")
_MADE = re.compile(r"(?i)\W*(?:Quyết\s+định|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Báo\s+cáo"
                   r"|Văn\s+bản|Đề\s+án|Tờ\s+trình|Hướng\s+dẫn|Công\s+văn|Chương\s+trình|Dự\s+thảo|Hệ\s+thống"
                   r"|Cơ\s+sở\s+dữ\s+liệu|Tài\s+liệu|Quy\s+chế|Quy\s+định|Quy\s+chuẩn|Tiêu\s+chuẩn|Sổ\s+tay"
                   r"|Bộ\s+(?:tiêu\s+chí|chỉ\s+tiêu|hệ\s+số|công\s+cụ|tài\s+liệu|chỉ\s+số|dữ\s+liệu))\b")


# work whose object, a law or decree, the wrap put on the next line: "… phổ biến ⏎ Luật Nhà giáo"
_BRANCH_LINE = re.compile(rf"{BRANCH_KINDS}(?![\wÀ-ỹ])")
_OBJECT_NEXT = re.compile(r"(?<![\wÀ-ỹ])(?:phổ\s+biến|quán\s+triệt|tuyên\s+truyền|triển\s+khai|thi\s+hành"
                          r"|hướng\s+dẫn|thực\s+hiện|sửa\s+đổi|bổ\s+sung|rà\s+soát|sơ\s+kết|tổng\s+kết|đánh\s+giá"
                          r"|xây\s+dựng)[ \t]*$")
_LAW_OPENS = re.compile(r"[ \t]*(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Pháp\s+lệnh|Thông\s+tư|Chỉ\s+thị)\s")


def reads_as_deadline(raw: str) -> bool:
    return _DEADLINE_CELL.match(raw) is not None and len(raw) < 80


_LISTED_ITEM = re.compile(r"\d{1,2}[.)]\s")


def cell_cost(raw: str, role: str) -> float:
    """How badly ``raw`` reads as a cell of a column of ``role`` (0 reads well, 3 does not)."""
    if role in ("lead", "support"):
        if len(raw) > 800:
            return 3.0  # (no list of bodies runs so long: a paragraph of work)
        share, named = agency_share(raw)
        return 2.5 * (1 - share) + (0.0 if named else 0.5) + (0.5 if _APPROVER.match(raw) else 0.0) \
            + (1.0 if _TIME_OPENS_LAST.search(raw) else 0.0) \
            + (1.0 if _MADE.match(raw) else 0.0)  # ("- Văn bản chỉ đạo các địa phương.": a thing made, no body)
    if role == "level":
        # (a body that does the work is no approver's cell: "Bộ Văn hóa, Thể thao và Du lịch" after the task's)
        return 0.0 if _APPROVER.match(raw) else 2.5 if agency_share(raw)[1] else 1.5
    if role == "deadline":
        if _an_amount(raw):
            return 2.0  # "100": an amount (a budget's figure), no time
        if reads_as_deadline(raw):
            return 0.0
        # (its first sentence: not an item's number, "1. Bộ Chỉ huy …", a list of bodies)
        first = re.split(r"[.;](?:\s|$)", raw, maxsplit=1)[0] if not _LISTED_ITEM.match(raw) else raw
        if (_DEADLINE_CELL.match(first) and len(first) < 80) or (_WHEN.match(raw) and len(raw) < 120):
            return 0.3  # "Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật (nếu có)": when, then a note
        if len(raw) < 200 and _TIME_WORDS.search(raw[:70]):
            return 0.6  # "Trình Thủ tướng Chính phủ trong năm 2026", "Thực hiện thường xuyên, liên tục"
        return 3.0
    if role == "number":
        return 0.0 if _ROW_LABEL.match(raw.replace("*", "")) else 4.0
    if role in ("task", "project"):
        if _ROW_LABEL.match(raw.replace("*", "")) or (_DEADLINE_CELL.match(raw) and len(raw) < 40):
            return 3.0
        share, named = agency_share(raw)
        return 2.0 if named and share > 0.7 and len(raw.split()) <= 12 else 0.0
    if role == "product":
        # a result is a thing made ("Văn bản chỉ đạo", "Nghị định …"), not those who make it ("Các cơ quan, tổ
        # chức, đơn vị có liên quan" is the partners' cell before it)
        if len(raw) > 400:
            return 1.6 if _WHO.match(raw) else 0.6  # (no list of bodies runs so long)
        if _APPROVER.match(" ".join(raw.split())):
            return 0.6  # ("Thủ tướng Chính phủ" alone: who approves it, in a column of "Cấp trình/ Sản phẩm")
        share, named = agency_share(raw)
        return 1.6 if _WHO.match(raw) or (named and share > 0.7 and not _MADE.match(raw)) else 0.6
    if role == "target" and _AMOUNT_LINE.fullmatch(raw):
        return 0.0  # "100" in a column of figures ("Kinh phí (triệu đồng)")
    return 1.0


_OFTEN_EMPTY = frozenset({"level", "mandate", ""})


def placed(text: str, cells: list[Cell], roles: tuple[str, ...], above: dict[int, Cell],
           keep: bool = False) -> dict[int, Cell]:
    """The columns of a row written with fewer cells than the table has: a text rendering writes a cell
    merged over several rows (rowspan) in its first row only, and the rows below go on with the cells
    they have, in order. Each cell goes to the column whose kind it reads as, in order; a column left
    out is one merged from the row above, and takes its cell. With ``keep``, the columns the cells
    came with are a first guess, left only for a better reading."""
    n, k = len(roles), len(cells)
    raws = [" ".join(text[c.start : c.end].replace("*", "").split()) for c in cells]
    # (a numbered row, left-aligned: a row of its own that may leave out the empty cells at its end, of the columns
    # a row often leaves empty: who approves it, the documents that gave the work, a note)
    numbered = not keep and roles[:1] == ("number",) and bool(raws) and _ROW_LABEL.match(raws[0]) is not None

    def fit(i: int, col: int) -> float:
        raw, role = raws[i], roles[col]
        if not raw:
            return 0.5
        v = cell_cost(raw, role) + (0.5 if keep and cells[i].col != col else 0.0)
        if role == "lead" and (raw.count(",") + raw.count(";") > 0
                               or re.search(r"(?i)\b(?:các|những)\b|liên quan", raw) is not None):
            v += 0.3  # several bodies, or bodies named as a class ("Các đơn vị liên quan"), support
        return v

    def skip(col: int, trailing: bool) -> float:
        c = above.get(col)
        # (such a column after the row's last cell is one the rendering left empty: cheaper to leave than to misread
        # a cell)
        return (0.001 * col) if c is not None and c.end > c.start \
            else 0.5 if trailing and numbered and roles[col] in _OFTEN_EMPTY else 2.0

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    took = [[False] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(n):
        for i in range(min(j, k) + 1):
            if best[i][j] == inf:
                continue
            if best[i][j] + (cost := skip(j, i == k)) < best[i][j + 1]:
                best[i][j + 1], took[i][j + 1] = best[i][j] + cost, False
            if i < k and best[i][j] + fit(i, j) < best[i + 1][j + 1]:
                best[i + 1][j + 1], took[i + 1][j + 1] = best[i][j] + fit(i, j), True
    out: dict[int, Cell] = {}
    i, j = k, n
    while j > 0:
        if took[i][j]:
            i -= 1
            out[j - 1] = replace(cells[i], col=j - 1)
        elif (c := above.get(j - 1)) is not None and c.end > c.start:
            out[j - 1] = c
        j -= 1
    return out


def row_placed(text: str, table: Table, row: Row, roles: tuple[str, ...], above: dict[int, Cell]) -> dict[int, Cell]:
    """A row's cells by column: a row a text rendering wrote with fewer cells than the table has (see ``placed``),
    its cells where they read best; any other row as it is. (A row whose cells know their columns, a grid's under a
    cell spanning rows, is read as it is; a tvpl layout that set a row's cells on the right knew its left cells merged:
    a first guess.)"""
    cells = {c.col: c for c in row.cells}
    left_aligned = list(cells) == list(range(len(row.cells)))
    if table.source in ("pipes", "cells") and 2 <= len(row.cells) < table.columns \
            and (table.source == "cells" or left_aligned):
        return placed(text, list(row.cells), roles, above, keep=not left_aligned)
    return cells


_CONCERNED = re.compile(r"(?<![\wÀ-ỹ])(?:có\s+)?liên\s+quan(?![\wÀ-ỹ])")


def _several(raw: str, kinds: bool = False) -> bool:
    """Does a cell list three bodies or more, each by its own name ("Công an tỉnh; Bộ Chỉ huy …; UBND cấp xã"), or
    bodies under a plural head ("Các Bộ: Quốc phòng, Công an"): more often partners than those who lead? (``kinds``:
    or two bodies or more, kinds of bodies among them, in a list parted by semicolons or ending with whoever else is
    concerned: "Các sở, ban, ngành; UBND các huyện, thành phố", "Bộ Tài chính, các bộ, ngành có liên quan".)"""
    from parsers import agencies

    if re.match(r"\W*(?:Các|CÁC)\s", raw) and len(agencies.shared_lists(raw, 0, len(raw))) >= 2:
        return True  # "Các Bộ: Quốc phòng, Công an, …": a plural head's list
    if kinds and (";" in raw or _CONCERNED.search(raw)) and (kinds_named := agencies.collectives(raw, 0, len(raw))) \
            and len({a.text for a in [*kinds_named, *agencies.find(raw, 0, len(raw))]}) >= 2:
        return True  # (a list parted by semicolons, or one that ends with whoever else is concerned)
    return len({a.text for a in agencies.find(raw, 0, len(raw)) if not a.collective}) >= 3


_BULLET_LINE = re.compile(rf"[-+•–][ \t]+(?=[{UPPER}\d])")
_SUB_ROW = 0.2  # what a row below a row's merged cells costs
_MERGED = 0.3  # … and in a task-first table, each of its cells merged from the row above
# a figure that opens a line the sentence goes on after ("2027, cập nhật …")
_SENTENCE_GOES_ON = re.compile(r"[ \t]*\d[\d.,/%]*(?:[ \t]*[-–][ \t]*\d+)?[,;)]?[ \t]+[a-zà-ỹđ]")
_DATE_OPEN = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:năm|tháng|quý|ngày)[ \t]*$")
# a cell's last line, the first word of when the work is due: "Trước", "Chậm nhất", "Trong"
_TIME_OPENS_LAST = re.compile(r"\s(?:Trước|Chậm\s+nhất|Trong|Từ|Đến|Hoàn\s+thành)\s*$")
_NUMBER_WANTED = re.compile(r"(?<![\wÀ-ỹ])(?:mục|khoản|điều|Điều|điểm|số|Phụ\s+lục|phụ\s+lục)[ \t]*$")
_QUARTER_NO = re.compile(r"[IV]{1,3}(?:[/ \t,\-–]|$)")  # (a quarter's number: "III/2022", "IV")
_LETTERED_LINE = re.compile(rf"[a-zđ]\)[ \t]+[{UPPER}]")
_YEAR_ALONE = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]*")
_AMOUNT_LINE = re.compile(r"[ \t]*\d[\d.,]*(?:[ \t]*(?:triệu|tỷ|nghìn|ngàn)(?:[ \t]*đồng)?)?[ \t]*")


def _an_amount(raw: str) -> bool:
    """Is ``raw`` an amount alone ("150", "1.500 triệu đồng"), not a year?"""
    return _AMOUNT_LINE.fullmatch(raw) is not None and _YEAR_ALONE.fullmatch(raw) is None


def _goes_on_above(text: str, above: tuple[int, int], line: tuple[int, int]) -> bool:
    """Does ``line``, read as a cell's start, go on with the words of the line ``above``: a quarter's number the wrap
    put after its word ("Quý II - Quý ⏎ III/2022"), the figure of a part the line above names ("Sau khi Nghị định tại
    mục ⏎ 3 được ban hành"), a name's object after its governing word ("Cục Quản lý ⏎ Khám, chữa bệnh"), a place's
    name the wrap cut ("… tại các tỉnh Lào ⏎ Cai, Hà Giang" — not a name the line completed before the next cell's: "…
    Việt Nam ⏎ Bộ Tài nguyên …")?"""
    from parsers import agencies

    if _QUARTER_NO.match(text, *line) and _DATE_OPEN.search(text, *above):
        return True
    if text[line[0]].isdigit() and _NUMBER_WANTED.search(text, *above):
        return True
    if agencies.governs_at_end(text[above[0] : above[1]]) \
            and agencies.name_across(text[above[0] : above[1]].strip(), text[line[0] : line[1]].strip()):
        return True  # "Cục Quản lý ⏎ Khám, chữa ⏎ bệnh": a name whose governing word ends the line, its object next
    last, first = _LAST_WORD.search(text, *above), _FIRST_WORD.match(text, *line)
    return last is not None and first is not None \
        and agencies.is_place_name(f"{last.group(0).strip()} {first.group(0).strip()}") \
        and not agencies.is_place_name(" ".join(text[max(0, last.start() - 30) : last.end()].split()[-2:]))


def _split_row(text: str, lines: list[tuple[int, int]], roles: list[str], led_above: bool = False,
               sub_rows: list[list[Cell]] | None = None, broken: bool = False) -> list[Cell]:
    """The lines of one row into its cells (all columns but the number), best split first. ``led_above``: the
    row above named its lead, which a cell merged over the rows below prints once (the gazette prints it in one
    row only). ``sub_rows``: the rows below it that its merged cells leave their cells from the task's on, if any,
    are added there. ``broken``: a page broke the row after all its cells were printed, their rests under the header
    again (each may end on a name the break cut: "…, Ban Quản lý ⏎ [page] ⏎ các dự án nông nghiệp")."""
    from parsers import agencies

    cols = roles[1:]
    n = len(lines)
    if n == 0:
        return []
    # (or a bullet: "- Cục Quản lý Khám, chữa bệnh;" opens a list of partners)
    # (not "- xã hội các huyện nghèo": a dash the wrap put first, "kinh tế ⏎ - xã hội", goes on in small letters)
    starts = [k for k in range(n) if k == 0 or text[lines[k][0]][:1].isupper() or text[lines[k][0]][:1].isdigit()
              or (text[lines[k][0] : lines[k][0] + 2] in ("- ", "+ ", "• ")
                  and not text[lines[k][0] + 2 : lines[k][0] + 3].islower())
              # (or a lettered content row below a row's merged cells: "a) Tổ chức thực hiện … ⏎ … ⏎ b) Tổng kết …")
              or (sub_rows is not None and _LETTERED_LINE.match(text, lines[k][0], lines[k][1]) is not None)]
    starts = [k for k in starts if not (k and _goes_on_above(text, lines[k - 1], lines[k]))]
    own = [text[s:e] for s, e in lines]  # (each line's text)
    # a line of a dash alone is a cell left empty ("Cấp trình ⏎ -"), of its own: the next line opens another
    lone = [own[k].strip() in ("-", "–", "—") for k in range(n)]
    if any(lone):
        starts = sorted({*starts, *(k for k in range(n) if lone[k]), *(k + 1 for k in range(n - 1) if lone[k])})

    opens = set(starts)

    def starts_in(a: int, b: int) -> list[int]:
        """The lines that may open a cell among lines a … b-1."""
        return starts[bisect_left(starts, a) : bisect_left(starts, b)]

    tails: dict[tuple[int, int], bool] = {}
    edges: dict[int, float] = {}
    # a row whose cells merged over the rows below it may go on with those rows, each from the task's column on
    # (… up to _MAX_ROW_LINES lines: past them, a row that never ends is read as one, as fast)
    again = cols.index("task") if sub_rows is not None and "task" in cols and len(cols) < n <= _MAX_ROW_LINES \
        and ("task" in cols[1:] or "deadline" in cols[1:]) else None
    # (a table whose task comes first: its rows below have their task's and deadline's cells alone, the cells between
    # merged over them from the row above — "2. ⏎ Lập, phê duyệt phương án … ⏎ Quyết định ⏎ UBND cấp tỉnh ⏎ Bộ … ⏎ Năm
    # 2025 ⏎ Xây dựng, phê duyệt … ⏎ Năm 2026")
    due = cols.index("deadline") if again == 0 else None

    def agencies_from(j: int, b: int) -> bool:
        """Do lines j … b-1 read as agencies alone ("Vụ Dầu khí và ⏎ Than ⏎ Bộ Tài chính;")?"""
        if (j, b) not in tails:
            share, named = agency_share(" ".join(text[s:e] for s, e in lines[j:b]))
            tails[j, b] = named and share > 0.8
        return tails[j, b]

    # each line read once: does it open with a bullet, with a body's name (and how many bullets before it)?
    bulleted = [_BULLET_LINE.match(text, s) is not None for s, _ in lines]
    named_at: dict[int, bool] = {}

    def names_first(k: int) -> bool:
        if k not in named_at:
            named_at[k] = agencies.opens_with_agency(text, lines[k][0], lines[k][1])
        return named_at[k]

    open_end = [_OPEN_END.search(text, s, e) is not None for s, e in lines]  # ("… và Sở ⏎ Y tế")
    bullets_before = [0]
    for flag in bulleted:
        bullets_before.append(bullets_before[-1] + flag)

    def _wrapped_bullet(k: int, a: int) -> bool:
        """Is line ``k`` the rest of a bullet above it in the cell (no name of its own opens it)?"""
        return k > a and bullets_before[k] > bullets_before[a] and not names_first(k)

    def cost(a: int, b: int, role: str) -> float:
        if b > a and any(lone[a:b]):
            return _cost(a, a, role) if b == a + 1 else 6.0
        return _cost_below(a, b, role)

    def _cost_below(a: int, b: int, role: str) -> float:
        # in a row that may have rows below it, no cell but the deadline's holds a line that says when, and no
        # deadline's or note's cell a line that opens an item: "- Hoàn thiện Nghị định … ⏎ Quý I/2026 ⏎ - Rà soát …"
        # is two rows' cells
        if again is None:
            return _cost(a, b, role)
        # (nor does a deadline's cell open with an item's bullet: "- Triển khai các hoạt động …" is a product's)
        if role in ("deadline", "start", "other"):
            return _cost(a, b, role) + 2.5 * (bullets[b] - bullets[a + 1 if a < b and role != "deadline" else a])
        return _cost(a, b, role) + 2.5 * (whens[b] - whens[a])

    def _says_when(j: int) -> bool:
        """Is line ``j`` a cell of when the work is due ("Giai đoạn 2026 - 2030", "Thực hiện thường xuyên, liên tục"),
        not a line of a sentence the wrap cut?"""
        s, e = lines[j]
        # (its lines the wrap cut read together: "Ban hành trong ⏎ năm 2026. Thực ⏎ hiện rà soát …")
        k = j + 1
        while k < min(n, j + 5) and text[lines[k][0] : lines[k][0] + 1].islower():
            k += 1
        cut = " ".join(own[j:k])
        if _an_amount(own[j]):
            return False  # ("150": an amount, its column's, not a year)
        return not bulleted[j] and (
            cell_cost(own[j], "deadline") <= 0.6 or (k > j + 1 and cell_cost(cut, "deadline") <= 0.3)) and (
            j == 0 or e - s <= 60 or re.search(r"[.;:]\W*$", own[j - 1]) is not None)

    # (how many of the lines before each opens an item with its bullet, or says when: a cell's count in one step)
    bullets, whens = [0] * (n + 1), [0] * (n + 1)
    if again is not None:
        for j in range(n):
            bullets[j + 1] = bullets[j] + (j in opens and bulleted[j])
            whens[j + 1] = whens[j] + (j in opens and _says_when(j))

    def _cost(a: int, b: int, role: str) -> float:
        if a == b:
            # (a note's, a funding's or a product's column is often left empty; a lead merged from the row above)
            # (and who issues what the row makes, only for rows that make a document: "Cấp ban hành")
            return 1.5 if role in ("support", "product", "target", "other", "start", "level", "mandate") else 3.0
        raw = " ".join(own[a:b])
        if role == "task":
            # a task's text ends its sentence more often than not: "… các tỉnh, thành phố." — but not with the
            # lines of who does it after its last line ("… đến năm 2030 ⏎ Vụ Dầu khí và ⏎ Than ⏎ Bộ Tài chính;")
            swallowed = any(agencies_from(j, b) for j in starts_in(max(a, b - 8) + 1, b) if not open_end[j - 1])
            return (0.0 if re.search(r"[.;:)]\W*$", raw[-60:]) else 0.3) + (1.0 if swallowed else 0.0)
        if role in ("deadline", "start"):  # (when the work ends, or begins)
            if len(raw) > 200:
                return 3.0  # (no deadline runs so long: a paragraph's lines)
            if any(names_first(k) for k in range(a + 1, b)):
                return 3.0  # "Thường xuyên ⏎ Ban Quản lý cảng cá tỉnh": the lead's cell after the deadline's
            if reads_as_deadline(raw):
                return 0.0
            if b > a + 1 and agencies_from(a, b - 1):
                return 4.0  # "Thủy văn tỉnh, Công an ⏎ tỉnh ⏎ Khi có thiên tai": the partners' list, then when
            # (a split line ends a deadline, not a note after it; "Cao điểm từ tháng 10/2025 …" on a line of its own;
            # "Khi có thiên tai", "Theo tình hình thực tế": when the need comes)
            # (… or a line the wrap cut goes on in small letters: "Thực hiện thường xuyên, liên ⏎ tục")
            wrapped = all(text[s : s + 1].islower() for s, _ in lines[a + 1 : b])
            first = own[a]
            return 0.6 if wrapped and len(raw) < 100 and (_TIME_WORDS.search(first[:70]) or _WHEN.match(first)
                                                          or _AS_NEEDED.match(first)) else 3.0
        # (a lead's cell that ends on a list's separator goes on in the next: "Vụ Dầu khí và Than ⏎ Bộ Tài chính; ⏎
        # Tập đoàn …" is the lead, then its partners)
        # ("Sở Tư pháp ⏎ - Công an tỉnh ⏎ - Văn phòng UBND tỉnh": a cell's list of bullets opens its cell)
        # ("- Sở Nội vụ ⏎ - Hội đồng tuyển dụng ⏎ Sở Thông tin …": a name after the bullets opens the next)
        # (a bullet's name wrapped over its next line goes on in it: "- Bộ Chỉ huy Quân sự ⏎ tỉnh; ⏎ - Công an tỉnh;")
        mixed = any((bulleted[k] and not bulleted[k - 1] and not _wrapped_bullet(k - 1, a))
                    or (bulleted[k - 1] and not bulleted[k] and text[lines[k][0]].isupper() and names_first(k))
                    for k in range(a + 1, min(b, a + _MAX_CELL_LINES)))
        # ("Văn phòng Sở ⏎ 0": an amount is a cell of its own, no part of who does the work)
        amount = role in ("lead", "support") and any(_AMOUNT_LINE.fullmatch(text, s, e) for s, e in lines[a:b])
        # (… so does a partners' cell before the row's last line: "Sở Khoa học ⏎ và Công nghệ; ⏎ Hiệp hội …")
        listed = (role == "lead" or (role == "support" and b < n)) and raw.rstrip().endswith((";", ","))
        return cell_cost(raw, role if role in ("lead", "support", "level") else "product") \
            + (0.3 if listed else 0.0) + (1.0 if mixed else 0.0) + (2.0 if amount else 0.0)

    def edge(m: int) -> float:
        """A cell does not end on a word that needs what follows ("… và Sở ⏎ Y tế …", "Cục Bà mẹ và ⏎ …"), nor
        inside a word of capitals that goes on over the line ("Bộ Công ⏎ Thương", "Tập đoàn Điện lực Việt ⏎ Nam")."""
        if not 0 < m < n:
            return 0.0
        if m in edges:
            return edges[m]
        edges[m] = v = _edge(m)
        return v

    def _opens_justified(m: int) -> bool:
        """Is line ``m`` a word alone that opens a name read with the lines after it, a justified cell's words one per
        line ("… Trung ương ⏎ Trung ⏎ tâm ⏎ Khuyến ⏎ nông Quốc gia;": the partners' cell after the lead's)?"""
        if len(own[m].split()) != 1 or re.search(r"[;,.]\W*$", own[m]):
            return False
        joined = " ".join(own[m : m + 5])
        return agencies.opens_with_agency(joined, 0, len(joined))

    def _edge(m: int) -> float:
        if open_end[m - 1]:
            # (a page that broke the row may cut a cell after a name's head, never after a joining word)
            return 0.5 if broken and _JOINING_END.search(text, lines[m - 1][0], lines[m - 1][1]) is None else 1.0
        if _DATE_OPEN.search(text, lines[m - 1][0], lines[m - 1][1]) and text[lines[m][0]].isdigit():
            return 1.0  # "Tháng 6 năm ⏎ 2026", "Tháng 01 đến tháng ⏎ 4/2026": a date the wrap cut
        if _SENTENCE_GOES_ON.match(text, lines[m][0], lines[m][1]) \
                and not re.search(r"[.;:)]\W*$", text[lines[m - 1][0] : lines[m - 1][1]]):
            return 1.0  # "… chậm nhất trong năm ⏎ 2027, cập nhật định kỳ.": a figure the wrap put first
        if _OBJECT_NEXT.search(text, lines[m - 1][0], lines[m - 1][1]) \
                and _LAW_OPENS.match(text, lines[m][0], lines[m][1]):
            return 1.0  # "Hội nghị … phổ biến ⏎ Luật Nhà giáo": the law the work is about, no cell of who does it
        if bulleted[m] and any(bulleted[max(0, m - 3) : m]) \
                and (again is None or agencies.opens_with_agency(text, lines[m][0] + 2, lines[m][1])):
            # "- Sở LĐ-TB&XH; ⏎ - Hội Nông dân ⏎ tỉnh;": a list of bullets goes on in its cell (in a row that may
            # have rows below it, a list of bodies: each cell there may open with its own)
            return 0.8
        # (the lines before it too, a justified cell's words one per line: "Đài ⏎ Truyền ⏎ hình ⏎ Việt ⏎ Nam,")
        # (as far back as a justified cell's short lines reach: "Viện Nghiên ⏎ cứu ⏎ Chiến ⏎ lược, ⏎ Chính ⏎ sách")
        back = max(0, m - 4)
        while back > 0 and m - back < 10 and lines[m][0] - lines[back - 1][0] <= 60:
            back -= 1
        prior = " ".join(text[a:b] for a, b in lines[back:m])
        if text[lines[m][0] : lines[m][0] + 1].isupper() \
                and agencies.known_cut(prior[-60:], text[lines[m][0] : lines[m][1]]):
            return 1.0  # "… Tỉnh Đoàn, Hội Liên hiệp ⏎ Phụ nữ tỉnh": a name the line begins goes on in the next
        nxt_line = text[lines[m][0] : lines[m][1]].rstrip(" ;,.")
        if (_BRANCH_LINE.match(nxt_line) or (_SCOPE_LINE.match(nxt_line) and not agencies.starts_with_head(nxt_line))) \
                and (named := agencies.find(f"{prior} {nxt_line}")) and named[-1].start < len(prior) < named[-1].end:
            # "Ngân hàng Nhà nước ⏎ Chi nhánh Khu vực 4", "Trung tâm ⏎ Khuyến nông ⏎ Quốc gia": the body's branch, or
            # the scope that ends its name, on the next line
            return 1.0
        # (the place may end its piece of the line: "Trường Cao đẳng ⏎ Long An; Liên đoàn Lao")
        place = re.split(r"[;,]", nxt_line)[0].strip()
        if not re.search(r"[;,.:)]\s*$", prior) and (_NAME_END_LINE.fullmatch(text, lines[m][0], lines[m][1])
                                                     or agencies.is_place_name(place)) \
                and not agencies.starts_with_head(nxt_line) and not _DATE_OPEN.search(nxt_line) \
                and (named := agencies.find(f"{prior} {nxt_line}")) \
                and named[-1].end > len(prior) and not _opens_justified(m):
            # "Hiệp hội Du lịch ⏎ Lâm Đồng", "UBND phường Mũi ⏎ Né;": a name's place the wrap put on the next line
            # (not a time's word: "… UBND các quận, huyện ⏎ Quý ⏎ III/2022", no "huyện Quý")
            return 1.0
        if _MEMBERS_END.search(own[m - 1]) and text[lines[m][0] : lines[m][0] + 1].isupper():
            return 1.0  # "Các bộ thành viên ⏎ Ban Chỉ đạo liên ngành …": whose members, on the next line
        last = _LAST_WORD.search(text, lines[m - 1][0], lines[m - 1][1])
        first = _FIRST_WORD.match(text, lines[m][0], lines[m][1])
        # (not "… Việt Nam ⏎ Bộ Nội vụ": a head opens the next cell, whatever "Nam Bộ" makes; nor "… Bộ Công ⏎
        # Thương ⏎ Luật …": a line's word that completes the one before it ends its cell, whatever "thương luật" is)
        if last is None or first is None or not _one_word(last.group(0), first.group(0)) \
                or agencies.opens_with_agency(text, lines[m][0], lines[m][1]) or _MADE.match(nxt_line):
            return 0.0  # (nor "… Việt Nam ⏎ Bộ chỉ tiêu": a thing made opens the product's cell, whatever "Nam Bộ" is)
        alone = m >= 2 and last.start() == lines[m - 1][0]  # (the word alone on its line)
        before = _LAST_WORD.search(text, lines[m - 2][0], lines[m - 2][1]) if alone else None
        return 0.0 if before is not None and _one_word(before.group(0), last.group(0)) else 1.0

    # best[k][c]: the lowest cost of the cells before column c covering lines 0..k-1 (in a row below, from ``again``)
    width = len(cols)
    inf = float("inf")
    best = [[inf] * (width + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (width + 1) for _ in range(n + 1)]
    best[0][0] = 0.0

    def _later_cells(a: int, b: int) -> float:
        """What a task-first table's deadline cell costs for each line after its first that opens a cell and says no
        time ("Năm 2017 - 2018 ⏎ Văn bản hướng dẫn": the product's cell after it; "Năm 2026 ⏎ Kiểm định an toàn đập …":
        the task of the row below)."""
        return sum(2.5 for j in starts_in(a + 1, b) if not _says_when(j))

    # (a task-first table's rows below: the same, their cells from the task's on, and how each was reached)
    below = [[inf] * (width + 1) for _ in range(n + 1)] if due is not None else []
    below_back: list[list[tuple[int, int]]] = [[(0, 0)] * (width + 1) for _ in range(n + 1)] if due is not None else []

    # (a cell runs at most _MAX_CELL_LINES lines, or more of a narrow column's short lines up to _MAX_CELL_CHARS: a
    # row that never ends, its numbers past the pattern's, costs the same per line)
    chars = [0]
    for a, b in lines:
        chars.append(chars[-1] + b - a)

    reached: dict[int, int] = {}

    def reach(k: int) -> int:
        if k not in reached:
            m = k + _MAX_CELL_LINES
            while n <= _MAX_ROW_LINES and m < min(n, k + 3 * _MAX_CELL_LINES) \
                    and chars[m + 1] - chars[k] <= _MAX_CELL_CHARS:
                m += 1
            reached[k] = m
        return reached[k]

    def ends(k: int, last: bool, role: str) -> list[int]:
        if last and again is None:
            return [n]
        # (the last cell may always run to the row's end: no row is left without a reading; only a text's cell runs
        # past _MAX_CELL_LINES, a deadline's no further than _SHORT_CELL_LINES)
        far = reach(k) if role in _LONG_CELLS else k + (_SHORT_CELL_LINES if role in ("deadline", "start")
                                                          else _MAX_CELL_LINES)
        found = starts_in(k, far + 1)
        if far >= n or last:
            found.append(n)
        return found

    for k in range(n + 1):
        for c, role in enumerate(cols):
            if best[k][c] == inf:
                continue
            for m in ends(k, c == width - 1, role):
                if m > k and k not in opens and k != n:
                    continue
                v = best[k][c] + cost(k, m, role) + (edge(m) if m > k else 0.0) \
                    + (_later_cells(k, m) if c == due and m > k else 0.0)
                if v < best[m][c + 1]:
                    best[m][c + 1] = v
                    back[m][c + 1] = (k, c)
        if due is not None:
            # a row below: its task's cell, then each column's own cell or the cell merged over it from the row above
            # (never the deadline's)
            for c in range(1, width):
                if below[k][c] == inf:
                    continue
                if c != due and (v := below[k][c] + _MERGED) < below[k][c + 1]:
                    below[k][c + 1], below_back[k][c + 1] = v, (k, c)
                for m in ends(k, c == width - 1, cols[c]):
                    if m > k and k in opens and (v := below[k][c] + cost(k, m, cols[c]) + edge(m)
                                                 + (_later_cells(k, m) if c == due else 0.0)) < below[m][c + 1]:
                        below[m][c + 1], below_back[m][c + 1] = v, (k, c)
            if below[k][width] < best[k][width]:
                best[k][width], back[k][width] = below[k][width], (k, -1)
            if best[k][width] < inf and 0 < k < n and k in opens:
                for m in ends(k, False, "task"):
                    if m > k and (v := best[k][width] + _SUB_ROW + cost(k, m, "task") + edge(m)) < below[m][1]:
                        below[m][1], below_back[m][1] = v, (k, -1)
        elif again is not None and best[k][width] < inf and 0 < k < n and k in opens:
            # a row below, its cells from the task's on (its task's cell never empty)
            for m in ends(k, False, cols[again]):
                if m > k:
                    v = best[k][width] + _SUB_ROW + cost(k, m, cols[again]) + edge(m)
                    if v < best[m][again + 1]:
                        best[m][again + 1] = v
                        back[m][again + 1] = (k, width)
    # the cells, row by row, from the last line back
    rows: list[list[Cell]] = [[]]
    k, c = n, width
    while (k, c) != (0, 0):
        pk, pc = back[k][c]
        if pc < 0:  # a task-first table's row below, read back to its task's cell (a merged cell: none of its own)
            while True:
                pk, pc = below_back[k][c]
                if pc < 0:
                    rows[-1].append(Cell(lines[pk][0], lines[k - 1][1], 1))
                    break
                if pk < k:
                    rows[-1].append(Cell(lines[pk][0], lines[k - 1][1], pc + 1))
                k, c = pk, pc
            rows.append([])
            k, c = pk, width
            continue
        col = again if pc == width and again is not None else c - 1  # (a row below opens with its task's cell)
        a, b = pk, k
        if a == b:
            at = lines[a - 1][1] if a > 0 else lines[0][0]
            rows[-1].append(Cell(at, at, col + 1))
        else:
            rows[-1].append(Cell(lines[a][0], lines[b - 1][1], col + 1))
        if pc == width or (pk, pc) == (0, 0):
            rows.append([])
        k, c = pk, pc
    rows = [list(reversed(r)) for r in reversed(rows) if r]
    cells = rows[0]
    if sub_rows is not None:
        sub_rows.extend(rows[1:])
    if led_above and "lead" in cols and cols.index("lead") + 1 < len(cols) \
            and cols[cols.index("lead") + 1] == "support":
        lead, support = cells[cols.index("lead")], cells[cols.index("lead") + 1]
        if lead.end > lead.start and support.end == support.start and _several(text[lead.start : lead.end], True):
            # "Công an tỉnh; Bộ Chỉ huy …; UBND cấp xã" and no partners: the lead is merged from the row above,
            # these are the partners
            cells[cols.index("lead")] = Cell(lead.start, lead.start, lead.col)
            cells[cols.index("lead") + 1] = replace(lead, col=support.col)
        elif lead.end > lead.start and support.end > support.start and _cut_inside_name(text, lead):
            # "Sở Nông nghiệp và ⏎ Môi trường, Sở Xây ⏎ dựng …": a lead's cell cut inside a name is the partners'
            # list begun, the lead merged from the row above
            cells[cols.index("lead")] = Cell(lead.start, lead.start, lead.col)
            cells[cols.index("lead") + 1] = replace(support, start=lead.start)
    return cells
