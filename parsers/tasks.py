"""Stage 3c: the tasks (nhiệm vụ) of a plan, with who leads, who supports and by when.

A task is each numbered item of the plan's tasks section ("II. NHIỆM VỤ TRỌNG TÂM NĂM 2018");
an item that only groups numbered or lettered children gives way to its children. "-" and "+"
bullets stay inside their task. A news item that announces "13 nội dung chính: A; B; …" gives one
task per listed item, and the stated count is checked.
"""

from __future__ import annotations

import re

from parsers import agencies, structure
from parsers.models import Diagnostic, Section, Task
from parsers.text import clean_value

_LEAD = re.compile(
    r"(?:Cơ\s+quan\s+)?(?:chủ\s+trì|thực\s+hiện|thực\s+hiện\s+chính|đơn\s+vị\s+chủ\s+trì)\s*:\s*(?P<x>[^\n;]+)", re.I
)
_SUPPORT = re.compile(r"(?:Cơ\s+quan\s+|Đơn\s+vị\s+)?phối\s+hợp(?:\s+thực\s+hiện)?\s*:\s*(?P<x>[^\n;]+)", re.I)
_LEAD_INLINE = re.compile(r"(?P<x>[^\n;:]{3,120}?)\s+chủ\s+trì\b")
_DEADLINE = re.compile(
    r"""(?:Thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*(?P<a>[^\n;]+))
      | (?P<b>(?:trước|chậm\s+nhất|hoàn\s+thành\s+trước|trong)\s+(?:ngày\s+\d{1,2}[^\n;,.]*?
               (?:năm\s+\d{4}|hàng\s+năm|\d{4})|(?:quý|Quý)\s+[IV1-4]+(?:[/\s]+(?:năm\s+)?\d{4})?))""",
    re.X,
)
_COUNT = re.compile(
    r"(?P<n>\d{1,2})\s+(?:nội\s+dung|nhiệm\s+vụ|nhóm\s+nhiệm\s+vụ|giải\s+pháp)"
    r"(?:\s+(?:chính|trọng\s+tâm|chủ\s+yếu))?\s*:",
    re.I,
)


def extract(text: str, sections: list[Section]) -> list[Task]:
    head = structure.find_heading(sections, "tasks")
    if head is None:
        return []
    return [_task(text, s, head) for s in _leaves(sections, head)]


def _leaves(sections: list[Section], parent: Section) -> list[Section]:
    out: list[Section] = []
    for child in structure.children(sections, parent):
        grand = structure.children(sections, child)
        out.extend(_leaves(sections, child) if grand else [child])
    return out


def _task(text: str, s: Section, head: Section) -> Task:
    body_start = s.start + _marker_len(text[s.start : s.end])
    raw = text[body_start : s.end]
    lead = _named(_LEAD, text, body_start, s.end)
    support = _named(_SUPPORT, text, body_start, s.end)
    deadline = None
    if (d := _DEADLINE.search(text, body_start, s.end)) is not None:
        deadline = clean_value(d.group("a") or d.group("b"))
    end = body_start + len(raw.rstrip())
    return Task(id=s.id, text=clean_value(raw), start=body_start, end=end, lead=lead,
                support=support, deadline=deadline, section=head.id)


def _marker_len(s: str) -> int:
    m = re.match(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s*", s)
    return m.end() if m else 0


def _named(rx: re.Pattern[str], text: str, start: int, end: int) -> tuple[str, ...]:
    names: list[str] = []
    for m in rx.finditer(text, start, end):
        for a in agencies.listed(text, m.start("x"), m.end("x")):
            if a.name not in names:
                names.append(a.name)
    return tuple(names)


# ---- news items ---------------------------------------------------------------------------------


def from_announcement(text: str) -> tuple[list[Task], list[Diagnostic]]:
    """``… bao gồm 13 nội dung chính: A; B; …; M.`` → 13 tasks, or a diagnostic when the count
    written differs from the items found."""
    m = _COUNT.search(text)
    if m is None:
        return [], []
    stated = int(m.group("n"))
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    # items are separated by ";" and each opens with a capital; a piece that opens in lower case
    # continues the item before it ("Công tác tuyên truyền biển đảo; phân giới, cắm mốc …")
    spans: list[list[int]] = []
    for piece in re.finditer(r"[^;]+", text[m.end() : end]):
        s, e = m.end() + piece.start(), m.end() + piece.end()
        first = next((c for c in text[s:e] if c.isalpha()), "")
        if spans and first.islower():
            spans[-1][1] = e
        else:
            spans.append([s, e])
    items: list[Task] = []
    for s, e in spans:
        raw = text[s:e]
        lead_ws = len(raw) - len(raw.lstrip())
        value = clean_value(raw).rstrip(".")
        if value.startswith(("“", '"')) and value.endswith(("”", '"')):
            value = value[1:-1].strip()
        if value:
            items.append(Task(id=str(len(items) + 1), text=value, start=s + lead_ws,
                              end=s + len(raw.rstrip().rstrip(".")), section=None))
    diags = []
    if len(items) != stated:
        diags.append(Diagnostic("W201", f"the text announces {stated} items but lists {len(items)}",
                                m.start(), end))
    return items, diags
