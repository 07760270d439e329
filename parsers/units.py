"""Stage 3d: the responsible units of a plan's implementation section, with their duties.

"III. TỔ CHỨC THỰC HIỆN" → one ``Unit`` per agency its numbered headings name: a heading that
names two ("Sở Văn hóa và Thể thao, Trung tâm Thông tin triển lãm") gives two; collective units
("Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các quận, huyện") stay whole. Each unit keeps
its duties (the paragraphs under its heading) and the partners a duty names ("Phối hợp với Sở
Nội vụ …").
"""

from __future__ import annotations

import re

from parsers import agencies, structure, tasks
from parsers.models import Duty, Section, Unit
from parsers.repair import repair_phrase
from parsers.text import clean_value

# Words that open an agency's name; a heading that starts otherwise is not a unit.
_HEADS = (
    "Sở", "Ủy ban", "Uỷ ban", "UBND", "Ban", "Trung tâm", "Liên hiệp", "Hội", "Đài", "Báo", "Công an",
    "Bộ", "Văn phòng", "Thanh tra", "Cục", "Chi cục", "Kho bạc", "Viện", "Trường", "Đoàn", "Mặt trận",
    "Các", "Thành đoàn", "Liên đoàn", "Tổng", "Tòa", "Đại học", "Bảo hiểm", "Ngân hàng", "Quân",
    "Cảnh sát", "Phòng", "Công ty", "Hiệp hội", "Thành ủy", "Tỉnh ủy", "Cơ quan", "Nhà", "Học viện",
    "Thuế", "Hải quan", "Đảng ủy", "Huyện ủy", "Quận ủy", "Thường trực", "Chủ tịch", "Giám đốc",
    "Thủ trưởng", "Tỉnh đoàn", "Lực lượng", "Hợp tác xã", "Doanh nghiệp",
)
_HEAD_RE = re.compile(r"(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")(?![\wÀ-ỹ])")
_PREFIX = re.compile(r"^(?:Trách\s+nhiệm\s+của|Đề\s+nghị|Giao|Đối\s+với|Nhiệm\s+vụ\s+của)\s+", re.I)
_COLLECTIVE = re.compile(
    r"^(?:Các|Những)\s|^(?:Sở|Thủ trưởng các sở), ban, ngành|"
    r"\bcác\s+(?:sở|quận|huyện|xã|phường|cơ quan|đơn vị|địa phương)\b", re.I)
_ABBR = re.compile(r"\s*\((?P<abbr>[A-ZĐ][A-ZĐ0-9&\-.]{1,12})\)\s*$")
_PARTNER = re.compile(r"(?:phối\s+hợp|cùng)\s+(?:với\s+|cùng\s+)?(?P<x>[^;.]{3,300})", re.I)


def extract(text: str, sections: list[Section]) -> list[Unit]:
    head = structure.find_heading(sections, "units")
    if head is None:
        return []
    out: list[Unit] = []
    for s in structure.children(sections, head):
        out.extend(_units_of(text, sections, s))
    return out


def _units_of(text: str, sections: list[Section], s: Section) -> list[Unit]:
    kids = structure.children(sections, s)
    kid_units = [u for k in kids for u in _units_of(text, sections, k)] if kids else []
    heading = _heading(text, s)
    if heading is None:
        return kid_units
    if kid_units:
        return kid_units
    name_text, h_start, h_end = heading
    duties = _duties(text, h_end, s.end)
    return [
        Unit(name=n, section=s.id, role="responsible", start=a, end=b, abbreviation=abbr,
             collective=coll, duties=duties)
        for n, a, b, abbr, coll in _split(text, name_text, h_start)
    ]


def _heading(text: str, s: Section) -> tuple[str, int, int] | None:
    """The unit-naming part of a numbered heading: its first block, up to a colon or a note."""
    body = s.start + tasks._marker_len(text[s.start : s.end])
    first = structure.blocks(text[s.start : s.end])
    block_end = s.start + first[0].end if first else s.end
    # markup sometimes splits a heading with a blank line: a short, unpunctuated block goes on it
    for b in first[1:3]:
        nxt = text[s.start + b.start : s.start + b.end]
        if len(nxt) < 100 and not re.search(r"[.;:]\s*$", nxt) and not re.match(r"[-+•\d]", nxt):
            block_end = s.start + b.end
        else:
            break
    paren = text.find("(", body, block_end)
    colon = text.find(":", body, paren if paren >= 0 else block_end)
    h_end = colon if colon >= 0 else block_end
    raw = text[body:h_end]
    if colon < 0 and (len(raw) > 200 or (raw.rstrip().endswith(".") and len(raw.split()) > 16)):
        return None
    m = _PREFIX.match(raw)
    offset = m.end() if m else 0
    name = raw[offset:].rstrip(" .;:")
    if not _HEAD_RE.match(name) or len(name.split()) > 40:
        return None
    return name, body + offset, h_end


def _split(text: str, name: str, at: int) -> list[tuple[str, int, int, str | None, bool]]:
    """"Sở Văn hóa và Thể thao, Trung tâm Thông tin triển lãm" → two names with their spans."""
    if _COLLECTIVE.search(name):
        return [_unit_name(name, at, collective=True)]
    cuts = [0]
    for m in re.finditer(r",\s*|\s+và\s+", name):
        nxt = name[m.end() :]
        if (_HEAD_RE.match(nxt) and not nxt.startswith("Các ")) or re.match(
            r"các\s+(?:tổ\s+chức|cơ\s+quan|đơn\s+vị)", nxt
        ):
            cuts.append(m.start())
            cuts.append(m.end())
    cuts.append(len(name))
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    return [_unit_name(name[a:b], at + a, collective=False) for a, b in parts if name[a:b].strip()]


def _unit_name(raw: str, at: int, collective: bool) -> tuple[str, int, int, str | None, bool]:
    abbr = None
    end = at + len(raw.rstrip())
    m = _ABBR.search(raw)
    if m:
        abbr = m.group("abbr")
        raw = raw[: m.start()]
    elif "(" in raw:  # "Sở Nội vụ (Cơ quan thường trực Ban …)": a note, not part of the name
        raw = raw[: raw.index("(")]
        end = at + len(raw.rstrip())
    name = clean_value(repair_phrase(clean_value(raw)))
    return name, at, end, abbr, collective


def _duties(text: str, start: int, end: int) -> tuple[Duty, ...]:
    out = []
    for b in structure.blocks(text[start:end]):
        s, e = start + b.start, start + b.end
        raw = text[s:e].lstrip(" :-+•")
        if len(raw.split()) < 3:
            continue
        partners: list[str] = []
        for p in _PARTNER.finditer(text, s, e):
            for a in agencies.listed(text, p.start("x"), p.end("x")):
                if a.name not in partners:
                    partners.append(a.name)
        deadline = None
        if (d := tasks._DEADLINE.search(text, s, e)) is not None:
            deadline = clean_value(d.group("a") or d.group("b"))
        out.append(Duty(text=clean_value(raw), start=e - len(raw), end=e,
                        partners=tuple(partners), deadline=deadline))
    return tuple(out)
