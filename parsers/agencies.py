"""Agency mentions in running text, found with spaCy's PhraseMatcher over the gazetteer.

spaCy earns its place here as a rule engine: a ``Doc`` is built from our own regex syllable
tokens (no Vietnamese model is needed, and pyvi would split "72/2015/NĐ-CP"), and a
PhraseMatcher on lower-cased tokens finds every gazetteer name and alias in one pass. A regex
fallback catches departments the gazetteer does not list yet ("Sở Quy hoạch - Kiến trúc").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from parsers import vocab
from parsers.text import clean_value

_TOKEN = re.compile(r"\d+(?:[/.,\-]\d+)*|\w+(?:-\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class AgencyMention:
    text: str  # as written
    name: str  # canonical (the gazetteer's name, or the text when unknown)
    start: int
    end: int


@cache
def _matcher() -> tuple[Any, Any]:
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("xx")  # language-neutral vocab; we never use its tokenizer
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for a in vocab.agencies.all:
        patterns = [_doc(nlp, n) for n in (a.name, *a.aliases)]
        matcher.add(a.name, patterns)
    return nlp, matcher


def _doc(nlp: Any, text: str) -> Any:
    from spacy.tokens import Doc

    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [text[s:e] for s, e in spans]
    spaces = [bool(i + 1 < len(spans) and spans[i + 1][0] > e) for i, (_, e) in enumerate(spans)]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.user_data["offsets"] = spans
    return doc


_GENERIC = re.compile(
    r"(?<![\wÀ-ỹ])(?P<a>(?:Sở|Ban|Trung tâm|Chi cục|Cục|Phòng|Hội|Đài)\s+"
    r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+(?:và|-|,\s(?=[A-ZĐ][\wÀ-ỹ]*\s+và))?\s*[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,6})"
)


def find(text: str, start: int = 0, end: int | None = None) -> list[AgencyMention]:
    """Agencies named in ``text[start:end]``, longest match first, no overlaps, in text order.

    >>> [m.name for m in find("Phối hợp với Sở Nội vụ và Sở TTTT tổ chức tập huấn")]
    ['Sở Nội vụ', 'Sở Thông tin và Truyền thông']
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    nlp, matcher = _matcher()
    doc = _doc(nlp, chunk)
    offsets = doc.user_data["offsets"]
    found: list[AgencyMention] = []
    for match_id, s, e in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        cs, ce = offsets[s][0], offsets[e - 1][1]
        if chunk[cs].islower():  # "thanh tra" the activity, not "Thanh tra" the agency
            continue
        if any(f.start <= start + cs < f.end for f in found):
            continue
        found.append(AgencyMention(chunk[cs:ce], nlp.vocab.strings[match_id], start + cs, start + ce))
    for m in _GENERIC.finditer(chunk):
        cs, ce = m.span("a")
        if any(f.start < start + ce and start + cs < f.end for f in found):
            continue
        name = clean_value(m.group("a"))
        found.append(AgencyMention(name, name, start + cs, start + cs + len(name)))
    found.sort(key=lambda f: f.start)
    return found


_LIST_GAP = re.compile(r"\s*(?:,|và|cùng|với)?\s*(?:các\s+cơ\s+quan\s+liên\s+quan\s*,?\s*)?")


def listed(text: str, start: int, end: int) -> list[AgencyMention]:
    """The agencies that a clause opens with, as a list: "với Sở Văn hóa và Thể thao, Sở Du lịch,
    Trung tâm Thông tin triển lãm thành phố triển khai …" → the three of them, nothing after."""
    out: list[AgencyMention] = []
    pos = start
    for a in find(text, start, end):
        gap = text[pos : a.start]
        if (not out and len(gap.strip()) > 12) or (out and _LIST_GAP.fullmatch(gap) is None):
            break
        out.append(a)
        pos = a.end
        # "… Trung tâm Thông tin triển lãm thành phố": a trailing jurisdiction word belongs to it
        tail = re.match(r"\s+(?:thành\s+phố|tỉnh|Thành\s+phố)\b", text[pos:end])
        if tail:
            pos += tail.end()
    return out
