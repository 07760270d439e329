"""A document written again in another format, from what the parser read of it: its paragraphs (the blocks that
join a page's hard wraps) and its tables (rows, cells, merged cells). ``vnlegal eval --as FORMAT`` scores these
renderings against the same gold, so a format that changes an answer shows as a drop.

The formats are the ones documents come in besides the site's own: a vbpl.vn-like HTML page (a paragraph per
``<p>``, tables with ``rowspan``), a GitHub markdown transcription (paragraphs joined, pipe tables whose merged cells
are written empty, ``<br>`` inside a cell), a Word document saved as text (a paragraph per line, a table's cells
apart by tabs), a crawler's text that writes each cell of a table on a line of its own, or each row's own cells
between bars (a cell merged from above left out), the gazette's pdftotext (a page's lines hard-wrapped, a table's
cells one after another, each wrapped at its column's width), and a thuvienphapluat page (hard-wrapped, a table's
cells between "|" lines).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ingest import read_file
from parsers import structure, tables
from parsers.formats import prepare
from parsers.pipeline import document_tables
from parsers.tables import Table


@dataclass(frozen=True, slots=True)
class Reading:
    """What the parser read of a document: its text, its paragraphs and its tables."""

    text: str
    paragraphs: list[tuple[int, int]]
    tables: list[Table]


def read(path: Path) -> Reading:
    snapshot = read_file(path)
    prepared = prepare(snapshot.text(), snapshot.name)
    text = prepared.text
    found = document_tables(prepared)
    paragraphs = [(b.start, b.end) for b in structure.blocks(text)
                  if not any(t.start <= b.start < t.end for t in found)]
    return Reading(text, paragraphs, [_placed(text, t) for t in found])


def _placed(text: str, table: Table) -> Table:
    """The table with each row's cells in the columns the parser reads them in: a row a copy wrote with fewer cells
    than the table has (``tables.row_placed``), its cells where they read best and none in a column merged from the
    row above — as a format that knows its columns (HTML's ``rowspan``, a grid) writes it."""
    lay = tables.layout(text, table)
    roles, header = lay.roles, lay.header_rows
    rows = list(table.rows[:header])
    above: dict[int, tables.Cell] = {}
    for row in table.rows[header:]:
        cells = tables.row_placed(text, table, row, roles, above)
        own = {(c.start, c.end) for c in row.cells}
        rows.append(replace(row, cells=tuple(replace(c, col=col) for col, c in sorted(cells.items())
                                             if (c.start, c.end) in own)))
        above = cells
    return replace(table, rows=tuple(rows))


def _cell_lines(text: str, cell: tables.Cell) -> list[str]:
    """A cell's paragraphs, each on one line (a page's break inside it mended)."""
    return [" ".join(line.split()) for line in tables.cell_text(text, cell).split("\n") if line.strip()]


def _grid(text: str, table: Table) -> list[list[str]]:
    """The table as rows of ``table.columns`` cells, a cell merged from above written empty."""
    rows = []
    for row in table.rows:
        cells = [""] * table.columns
        for c in row.cells:
            if c.col < table.columns:
                cells[c.col] = "\n".join(_cell_lines(text, c))
        rows.append(cells)
    return rows


def _in_order(reading: Reading, paragraph: Callable[[str], str], table: Callable[[Table], str]) -> str:
    pieces = [(s, paragraph(" ".join(reading.text[s:e].split()))) for s, e in reading.paragraphs]
    pieces += [(t.start, table(t)) for t in reading.tables]
    return "\n".join(p for _, p in sorted(pieces, key=lambda x: x[0]))


def as_html(reading: Reading) -> str:
    def table(t: Table) -> str:
        # a column a row has no cell in, left of its last one, is the cell above's, merged down (rowspan)
        spans: dict[int, int] = {}
        owner: dict[int, int] = {}
        for row in t.rows:
            cols = {c.col: c for c in row.cells}
            for col in range(t.columns):
                if col in cols:
                    owner[col] = id(cols[col])
                    spans[owner[col]] = max(spans.get(owner[col], 1), cols[col].rows)
                elif col in owner and cols and col < max(cols):
                    spans[owner[col]] += 1
        rows = []
        for row in t.rows:
            cells = []
            for c in sorted(row.cells, key=lambda c: c.col):
                span = f' rowspan="{spans[id(c)]}"' if spans.get(id(c), 1) > 1 else ""
                lines = _cell_lines(reading.text, c)
                body = "".join(f"<p>{html.escape(line)}</p>" for line in lines) or "<p>&#160;</p>"
                cells.append(f'<td{span} valign="top">{body}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return '<table border="1" class="MsoNormalTable"><tbody>' + "".join(rows) + "</tbody></table>"

    body = _in_order(reading, lambda p: f"<p>\n\t\t\t\t\t\t\t{html.escape(p)}</p>", table)
    return ('<html><head><meta charset="utf-8"></head><body><div class="toanvancontent" id="toanvancontent">\n'
            + body + "\n</div></body></html>\n")


def as_gfm(reading: Reading) -> str:
    def table(t: Table) -> str:
        grid = [[c.replace("|", "/").replace("\n", " <br> ") for c in row] for row in _grid(reading.text, t)]
        if not grid:
            return ""
        return "\n".join(["| " + " | ".join(grid[0]) + " |", "|" + "---|" * t.columns,
                          *("| " + " | ".join(row) + " |" for row in grid[1:])]) + "\n"

    return _in_order(reading, lambda p: p + "\n", table)


def as_tabbed(reading: Reading) -> str:
    def table(t: Table) -> str:
        return "\n".join("\t".join(c.replace("\n", " ") for c in row) for row in _grid(reading.text, t))

    return _in_order(reading, lambda p: p, table) + "\n"


def as_cells(reading: Reading) -> str:
    def table(t: Table) -> str:
        return "\n".join(c.replace("\n", " ") for row in _grid(reading.text, t) for c in row if c)

    return _in_order(reading, lambda p: p, table) + "\n"


_HEADING = re.compile(r"(?:[IVX]{1,5}\.|\d{1,2}\.|[a-zđ]\)|Điều \d+\.)\s")
_WRAP = 75  # where a thuvienphapluat page's lines break


def _wrapped(line: str, wrap: int = _WRAP) -> list[str]:
    out = []
    while len(line) > wrap + 2 and (cut := line.rfind(" ", wrap // 2, wrap)) > 0:
        out.append(line[:cut])
        line = line[cut + 1 :]
    return [*out, line]


def as_gazette(reading: Reading) -> str:
    """The gazette's pdftotext: a page's lines broken at about 95 characters, a table's cells one after another, each
    cell's lines broken at its column's width."""
    def table(t: Table) -> str:
        width = max(14, 110 // max(1, t.columns))
        return "\n".join(w for row in _grid(reading.text, t) for c in row if c
                         for line in c.split("\n") for w in _wrapped(line, width))

    return _in_order(reading, lambda p: "\n".join(_wrapped(p, 95)), table) + "\n"


def as_tvpl_page(reading: Reading) -> str:
    """A thuvienphapluat page: the site's lines around the text, its lines broken at about 75 characters, headings in
    bold, each table cell on lines of its own between "|" lines (a merged cell written in its first row only)."""
    def paragraph(p: str) -> str:
        if _HEADING.match(p) and len(p) < 90 and (p.endswith(":") or re.match(r"[IVX]+\.", p)):
            p = f"**{p}**"
        return "\n".join(_wrapped(p))

    def table(t: Table) -> str:
        out = ["|"]
        for i, row in enumerate(t.rows):
            if i:
                out.append("|")  # (two bars between rows, one after the last)
            for c in sorted(row.cells, key=lambda c: c.col):
                lines = [w for line in _cell_lines(reading.text, c) for w in _wrapped(line)]
                if not lines and i == 0:
                    continue  # (the page writes a header's merged cell once, no empty cell after it)
                out += [*lines, "|"]
        return "\n".join(out)

    return ("|\n|\nĐang tải văn bản...\n" + _in_order(reading, paragraph, table)
            + "\nTóm tắt\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n")


def as_crawler_pipes(reading: Reading) -> str:
    """A crawler's text that writes a table as pipe rows: a paragraph per line, each row's own cells between bars, a
    cell merged from the row above left out (the row has fewer cells than its table), a rule under the first row."""
    def table(t: Table) -> str:
        out = []
        for i, row in enumerate(t.rows):
            cells = [" ".join(_cell_lines(reading.text, c)).replace("|", "/")
                     for c in sorted(row.cells, key=lambda c: c.col)]
            out.append("| " + " | ".join(cells) + " |")
            if i == 0:
                out.append("| " + " | ".join(["---"] * len(cells)) + " |")
        return "\n".join(out)

    return _in_order(reading, lambda p: p, table) + "\n"


# the format's name → how to write it and the suffix its file takes
RENDERINGS: dict[str, tuple[Callable[[Reading], str], str]] = {
    "html": (as_html, ".html"),
    "gfm": (as_gfm, ".md"),
    "tabs": (as_tabbed, ".txt"),
    "cells": (as_cells, ".txt"),
    "gazette": (as_gazette, ".txt"),
    "tvpl": (as_tvpl_page, ".md"),
    "pipes": (as_crawler_pipes, ".txt"),
}


def rerender(path: Path, fmt: str) -> tuple[bytes, str]:
    """The document at ``path`` written as ``fmt`` (one of ``RENDERINGS``), and a file name for it."""
    write, suffix = RENDERINGS[fmt]
    return write(read(path)).encode("utf-8"), path.name + ".rendered" + suffix
