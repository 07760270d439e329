"""Charts as SVG text, written here so that the same input gives the same bytes (a report or a
notebook output can be compared with the one committed): a heat map of counts, and a tree of
documents (a plan's legal bases) drawn left to right by depth."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

_FONT = "font-family='DejaVu Sans, Arial, sans-serif'"


def heatmap(rows: Sequence[str], columns: Sequence[str], counts: Sequence[Sequence[int]], title: str = "") -> str:
    """Rows × columns of counts; a cell's blue deepens with its count (the largest is darkest)."""
    cell_w, cell_h, label_w, top = 92, 22, 400, 58 if title else 36
    width = max(label_w + cell_w * len(columns) + 10, 10 + 8 * len(title))
    height = top + cell_h * len(rows) + 10
    peak = max([c for row in counts for c in row] or [0]) or 1
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' {_FONT} font-size='12'>",
           f"<rect width='{width}' height='{height}' fill='white'/>"]
    if title:
        out.append(f"<text x='10' y='20' font-size='14' font-weight='bold'>{escape(title)}</text>")
    for j, col in enumerate(columns):
        x = label_w + j * cell_w + cell_w / 2
        out.append(f"<text x='{x:.0f}' y='{top - 8}' text-anchor='middle'>{escape(col)}</text>")
    for i, (label, row) in enumerate(zip(rows, counts, strict=True)):
        y = top + i * cell_h
        out.append(f"<text x='{label_w - 8}' y='{y + 15}' text-anchor='end'>{escape(_cut(label, 58))}</text>")
        for j, n in enumerate(row):
            shade = 245 - round(200 * n / peak)
            fill = f"rgb({shade},{shade + 5 if shade < 250 else 250},255)" if n else "#f4f4f4"
            x = label_w + j * cell_w
            out.append(f"<rect x='{x + 1}' y='{y + 1}' width='{cell_w - 2}' height='{cell_h - 2}' fill='{fill}'/>")
            color = "white" if n > peak / 2 else "black"
            out.append(f"<text x='{x + cell_w / 2:.0f}' y='{y + 15}' text-anchor='middle' fill='{color}'>{n}</text>")
    out.append("</svg>")
    return "\n".join(out)


def tree(edges: Sequence[tuple[str | None, str, str]], root: str, title: str = "") -> str:
    """A tree from ``(parent, child, label)`` edges, ``root`` at the left, one column per depth.
    A child reached from several parents is drawn once, at its smallest depth, with every edge."""
    depth: dict[str, int] = {root: 0}
    children: dict[str, list[str]] = {}
    labels: dict[str, str] = {root: root}
    for parent, child, label in edges:
        labels.setdefault(child, label)
        if parent is not None:
            children.setdefault(parent, [])
            if child not in children[parent]:
                children[parent].append(child)
    frontier = [root]
    while frontier:
        nxt = []
        for node in frontier:
            for child in sorted(children.get(node, [])):
                if child not in depth:
                    depth[child] = depth[node] + 1
                    nxt.append(child)
        frontier = nxt
    columns: dict[int, list[str]] = {}
    for node, d in sorted(depth.items(), key=lambda kv: (kv[1], kv[0])):
        columns.setdefault(d, []).append(node)
    box_w, box_h, gap_x, gap_y, top = 230, 34, 70, 12, 40 if title else 10
    tallest = max(len(v) for v in columns.values())
    width = len(columns) * (box_w + gap_x) + 10
    height = top + tallest * (box_h + gap_y) + 10
    pos = {node: (10 + d * (box_w + gap_x), top + i * (box_h + gap_y))
           for d, nodes in columns.items() for i, node in enumerate(nodes)}
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' {_FONT} font-size='11'>",
           f"<rect width='{width}' height='{height}' fill='white'/>"]
    if title:
        out.append(f"<text x='10' y='22' font-size='14' font-weight='bold'>{escape(title)}</text>")
    for parent in sorted(children):
        for child in children[parent]:
            if parent not in pos or child not in pos:
                continue
            (x1, y1), (x2, y2) = pos[parent], pos[child]
            m1, m2 = y1 + box_h / 2, y2 + box_h / 2
            if x1 == x2:  # both in one column (a basis the decision cites too): a dashed bow on the right
                r = x1 + box_w
                out.append(f"<path d='M{r},{m1:.0f} C{r + 40},{m1:.0f} {r + 40},{m2:.0f} {r},{m2:.0f}' "
                           "fill='none' stroke='#aaa' stroke-dasharray='4 3'/>")
            else:
                out.append(f"<line x1='{x1 + box_w}' y1='{m1:.0f}' x2='{x2}' y2='{m2:.0f}' stroke='#888'/>")
    for node, (x, y) in sorted(pos.items(), key=lambda kv: kv[0]):
        fill = "#dbe8ff" if node == root else "#f7f7f7"
        out.append(f"<rect x='{x}' y='{y}' width='{box_w}' height='{box_h}' rx='4' fill='{fill}' stroke='#555'/>")
        out.append(f"<text x='{x + 6}' y='{y + 14}' font-weight='bold'>{escape(_cut(node, 36))}</text>")
        if labels.get(node) and labels[node] != node:
            out.append(f"<text x='{x + 6}' y='{y + 27}'>{escape(_cut(labels[node], 40))}</text>")
    out.append("</svg>")
    return "\n".join(out)


def data_uri(svg: str) -> str:
    """The SVG as an ``<img src>`` value: the picture travels inside the HTML file."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
