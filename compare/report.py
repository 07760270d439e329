"""The comparison as a report an analyst reads: Markdown, HTML (with the topic heat map as an
image inside the file) or JSON (everything the report shows)."""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from typing import Any

from compare import charts
from compare.align import CARRIED, COVER, PAIR, Link
from compare.comparison import Comparison
from compare.plans import Item, Plan

_STATUS = {"carried_over": "carried over", "changed": "changed", "new": "new", "dropped": "dropped"}


def render(c: Comparison, format: str) -> str:
    if format == "json":
        return json.dumps(c.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if format == "md":
        return markdown(c)
    if format == "html":
        return html(c)
    from ingest.errors import BadParameter

    raise BadParameter(f"--format must be md, html or json, not {format!r}")


def chart(c: Comparison) -> str:
    """Topics × (plan, tasks or duties): how many items of each are about each topic."""
    t = c.topics
    names = (c.a.year, c.b.year) if c.a.year != c.b.year else (c.a.label, c.b.label)
    return charts.heatmap([r["name"] for r in t["rows"]], t["columns"], [r["counts"] for r in t["rows"]],
                          f"Tasks and duties per topic, {names[0]} ↔ {names[1]}")


# ---- rows of the aligned tables -----------------------------------------------------------------------


def _rows(c: Comparison, kind: str) -> list[tuple[str, Item | None, Item | None, Link | None, str]]:
    """(status, item of A, item of B, link, reason) in A's order, then B's new items."""
    a_items = c.a.tasks if kind == "task" else c.a.duties
    b_items = c.b.tasks if kind == "task" else c.b.duties
    links = [li for li in [*c.alignment.pairs, *c.alignment.coverage]
             if (li.level == kind) or (li.level == "coverage" and kind == "duty")]
    by_a = {li.a: li for li in links if li.a and (li.level != "coverage" or c.alignment.duty_side == "a")}
    by_b = {li.b: li for li in links if li.b and (li.level != "coverage" or c.alignment.duty_side == "b")}
    outcome = {(o.side, o.id): o for o in c.alignment.outcomes}
    rows: list[tuple[str, Item | None, Item | None, Link | None, str]] = []
    for item in a_items:
        li = by_a.get(item.id)
        o = outcome.get(("a", item.id))
        other = _find(c.b, li.b) if li and li.b else None
        rows.append((o.status if o else "?", item, other, li, o.reason if o else ""))
    shown_b = {r[2].id for r in rows if r[2] is not None}
    for item in b_items:
        o = outcome.get(("b", item.id))
        if item.id in shown_b or o is None:
            continue
        li = by_b.get(item.id)
        other = _find(c.a, li.a) if li and li.a else None
        rows.append((o.status, other, item, li, o.reason))
    return rows


def _find(plan: Plan, id_: str) -> Item | None:
    return next((i for i in plan.items if i.id == id_), None)


def _summary(c: Comparison) -> list[tuple[str, int, int]]:
    """(status, tasks of A or B, duties) counts."""
    counts: Counter[tuple[str, str]] = Counter()
    for o in c.alignment.outcomes:
        if o.side == "a" or o.status == "new":
            counts[(o.status, o.kind if o.kind != "coverage" else "duty")] += 1
    return [(s, counts[(s, "task")], counts[(s, "duty")]) for s in _STATUS]


def _agencies(item: Item | None) -> str:
    if item is None or not (item.lead or item.support):
        return ""
    lead = ", ".join(a.name for a in item.lead)
    support = ", ".join(a.name for a in item.support)
    return lead + (f" (with {support})" if support else "")


# ---- Markdown --------------------------------------------------------------------------------------------


def _md(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def markdown(c: Comparison) -> str:
    a, b = c.a, c.b
    out = [f"# {a.label} ↔ {b.label}", "",
           *(f"- **{side}**: {_md(p.title)} — `{p.key}`"
             + (f", promulgated by `{p.promulgated_by}`" if p.promulgated_by else "")
             for side, p in (("A", a), ("B", b))),
           f"- Method: `{c.method}`; a pair needs {PAIR:.2f}, carried over from {CARRIED:.2f}; a duty matched "
           f"to a plan without duties needs {COVER:.2f}. Scores are in [0, 1]; margin = score − the best "
           "other score of either item.", "",
           "| status | tasks | duties |", "|---|---:|---:|"]
    out += [f"| {_STATUS[s]} | {t} | {d} |" for s, t, d in _summary(c)]
    for kind, title in (("task", "Tasks"), ("duty", "Duties")):
        rows = _rows(c, kind)
        if not rows:
            continue
        out += ["", f"## {title} side by side", "",
                f"| status | A | {a.label} | B | {b.label} | score | margin | why |",
                "|---|---|---|---|---|---:|---:|---|"]
        for status, ia, ib, li, reason in rows:
            flag = " (borderline)" if li is not None and li.borderline else ""
            out.append(f"| {_STATUS.get(status, status)}{flag} | {ia.id if ia else ''} | {_md(ia.text if ia else '')}"
                       + (f" — *{_md(_agencies(ia))}*" if _agencies(ia) else "")
                       + f" | {ib.id if ib else ''} | {_md(ib.text if ib else '')}"
                       + (f" — *{_md(_agencies(ib))}*" if _agencies(ib) else "")
                       + f" | {li.score if li and li.b and li.a else ''} | {li.margin if li and li.a and li.b else ''}"
                       f" | {_md(reason)} |")
    out += ["", "## New in B", ""]
    out += [f"- **{i}** {_md(item.text)}" for i in c.alignment.new if (item := _find(b, i))] or ["(none)"]
    out += ["", "## Dropped from A", ""]
    dropped = [f"- **{i}** {_md(item.text[:200])}" for i in c.alignment.dropped if (item := _find(a, i))]
    out += dropped or ["(none)"]
    out += ["", "## Topics", "", f"![topics]({charts.data_uri(chart(c))})", "",
            "| topic | " + " | ".join(c.topics["columns"]) + " |",
            "|---|" + "---:|" * len(c.topics["columns"])]
    out += [f"| {r['name']} | " + " | ".join(map(str, r["counts"])) + " |" for r in c.topics["rows"]]
    out.append("| (no topic) | " + " | ".join(map(str, c.topics["untagged"])) + " |")
    out += ["", "## Agencies", "", *_md_agencies(c)]
    return "\n".join(out) + "\n"


def _md_agencies(c: Comparison) -> list[str]:
    ag = c.agencies
    out = [f"- {n}" for n in ag["notes"]]
    out += ["", "| agency in A | agency in B | lead A | support A | lead B | support B | status |",
            "|---|---|---:|---:|---:|---:|---|"]
    for r in ag["rows"]:
        why = "; ".join(f"{s['from']} → {s['to']} ({s['date']}, {s['source']})" for s in r["succession"])
        out.append(f"| {_md(r['agency_a'])} | {_md(r['agency_b'])} | {r['lead_a']} | {r['support_a']} | "
                   f"{r['lead_b']} | {r['support_b']} | {r['status']}{' — ' + why if why else ''} |")
    if ag["moved"]:
        out += ["", "Work that changed hands:", ""]
        out += [f"- {m['a']} → {m['b']}: {', '.join(m['from'])} → {', '.join(m['to'])}" for m in ag["moved"]]
    if ag["precedents"]:
        out += ["", "Who did this work in A (for each item of B continuing items of A that name a lead):", ""]
        out += [f"- {p['b']}: {', '.join(p['agencies'])} (via {', '.join(p['via'])})" for p in ag["precedents"]]
    if ag["later"]:
        out += ["", "Changes after both plans:", ""]
        out += [f"- {s['agency']} → {s['to']} ({s['kind']}, {s['date']}, {s['source']}"
                + ("" if s["confirmed"] else ", unconfirmed") + ")" + (f": {s['note']}" if s["note"] else "")
                for s in ag["later"]]
    return out


# ---- HTML -----------------------------------------------------------------------------------------------

_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;font-size:13px}th{background:#f0f0f0}
.carried_over{background:#e7f6e7}.changed{background:#fff6dc}.new{background:#e3efff}.dropped{background:#fbe4e4}
.why{color:#555;font-size:12px}table.side{table-layout:fixed;width:100%}td.text{width:38%}
col.id{width:5em}col.st{width:7em}col.n{width:4.5em}.ag{color:#444;font-style:italic}"""


def _h(text: Any) -> str:
    return escape("" if text is None else str(text))


def html(c: Comparison) -> str:
    a, b = c.a, c.b
    out = ["<!DOCTYPE html>", "<html lang='vi'><head><meta charset='utf-8'>",
           f"<title>{_h(a.label)} ↔ {_h(b.label)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{_h(a.label)} ↔ {_h(b.label)}</h1><ul>",
           f"<li><b>A</b>: {_h(a.title)} — <code>{_h(a.key)}</code></li>",
           f"<li><b>B</b>: {_h(b.title)} — <code>{_h(b.key)}</code></li>",
           f"<li>Method <code>{_h(c.method)}</code>: a pair needs {PAIR:.2f}, carried over from {CARRIED:.2f}; a duty "
           f"matched to a plan without duties needs {COVER:.2f}. Margin = score − the best other score of either "
           "item.</li></ul>",
           "<table><tr><th>status</th><th>tasks</th><th>duties</th></tr>"]
    out += [f"<tr class='{s}'><td>{_STATUS[s]}</td><td>{t}</td><td>{d}</td></tr>" for s, t, d in _summary(c)]
    out.append("</table>")
    for kind, title in (("task", "Tasks"), ("duty", "Duties")):
        rows = _rows(c, kind)
        if not rows:
            continue
        out += [f"<h2>{title} side by side</h2><table class='side'><colgroup><col class='st'><col class='id'>"
                "<col><col class='id'><col><col class='n'><col class='n'></colgroup>"
                f"<tr><th>status</th><th colspan='2'>{_h(a.label)}</th>"
                f"<th colspan='2'>{_h(b.label)}</th><th>score</th><th>margin</th></tr>"]
        for status, ia, ib, li, reason in rows:
            flag = " (borderline)" if li is not None and li.borderline else ""
            paired = li is not None and li.a is not None and li.b is not None
            out.append(
                f"<tr class='{status}'><td>{_STATUS.get(status, status)}{flag}</td>"
                f"<td>{_h(ia.id if ia else '')}</td><td class='text'>{_h(ia.text if ia else '')}"
                f"<div class='ag'>{_h(_agencies(ia))}</div></td>"
                f"<td>{_h(ib.id if ib else '')}</td><td class='text'>{_h(ib.text if ib else '')}"
                f"<div class='ag'>{_h(_agencies(ib))}</div></td>"
                f"<td>{_h(li.score) if paired and li else ''}</td>"
                f"<td>{_h(li.margin) if paired and li else ''}</td></tr>"
                f"<tr class='{status}'><td></td><td colspan='6' class='why'>{_h(reason)}</td></tr>")
        out.append("</table>")
    out.append("<h2>New in B</h2><ul>")
    out += [f"<li><b>{_h(i)}</b> {_h(item.text)}</li>" for i in c.alignment.new if (item := _find(b, i))]
    out.append("</ul><h2>Dropped from A</h2><ul>")
    out += [f"<li><b>{_h(i)}</b> {_h(item.text)}</li>" for i in c.alignment.dropped if (item := _find(a, i))]
    out += ["</ul><h2>Topics</h2>", f"<img alt='topics by plan' src='{charts.data_uri(chart(c))}'>",
            "<table><tr><th>topic</th>" + "".join(f"<th>{_h(col)}</th>" for col in c.topics["columns"]) + "</tr>"]
    out += ["<tr><td>" + _h(r["name"]) + "</td>" + "".join(f"<td>{n}</td>" for n in r["counts"]) + "</tr>"
            for r in c.topics["rows"]]
    out.append("<tr><td>(no topic)</td>" + "".join(f"<td>{n}</td>" for n in c.topics["untagged"]) + "</tr></table>")
    out.append("<h2>Agencies</h2>")
    out += _html_agencies(c)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _html_agencies(c: Comparison) -> list[str]:
    ag = c.agencies
    out = [f"<p>{_h(n)}</p>" for n in ag["notes"]]
    out.append("<table><tr><th>agency in A</th><th>agency in B</th><th>lead A</th><th>support A</th>"
               "<th>lead B</th><th>support B</th><th>status</th></tr>")
    for r in ag["rows"]:
        why = "; ".join(f"{s['from']} → {s['to']} ({s['date']}, {s['source']})" for s in r["succession"])
        out.append(f"<tr><td>{_h(r['agency_a'])}</td><td>{_h(r['agency_b'])}</td><td>{r['lead_a']}</td>"
                   f"<td>{r['support_a']}</td><td>{r['lead_b']}</td><td>{r['support_b']}</td>"
                   f"<td>{_h(r['status'])}{_h(' — ' + why) if why else ''}</td></tr>")
    out.append("</table>")
    sections = [
        ("Work that changed hands", [f"{m['a']} → {m['b']}: {', '.join(m['from'])} → {', '.join(m['to'])}"
                                     for m in ag["moved"]]),
        ("Who did this work in A (items of B continuing items of A that name a lead)",
         [f"{p['b']}: {', '.join(p['agencies'])} (via {', '.join(p['via'])})" for p in ag["precedents"]]),
        ("Changes after both plans", [f"{s['agency']} → {s['to']} ({s['kind']}, {s['date']}, {s['source']}"
                                      + ("" if s["confirmed"] else ", unconfirmed") + ")"
                                      + (f": {s['note']}" if s["note"] else "") for s in ag["later"]]),
    ]
    for title, lines in sections:
        if lines:
            out += [f"<h3>{_h(title)}</h3><ul>", *(f"<li>{_h(x)}</li>" for x in lines), "</ul>"]
    return out
