"""The whole parse, stage by stage: prepare → blocks and scopes → outline → extraction.

``parse_document(path)`` and ``parse_bytes(data, name)`` return a ``DocumentRecord`` whose every
span slices ``record.text``.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest import Snapshot, read_file
from ingest.errors import NoDocumentInHtml, NotALegalDocument
from parsers import metadata, references, structure, tasks, units
from parsers.formats import Prepared, prepare
from parsers.models import (
    Attachment,
    Diagnostic,
    DocumentRecord,
    Metadata,
    Reference,
    Section,
    Source,
)
from parsers.references import find_mentions, preamble_paragraphs
from parsers.text import fold

PARSER_VERSION = "0.1.0"


def parse_document(path: str | Path, use_attributes: bool = True) -> DocumentRecord:
    """Parse one file. Raises an ``InputError`` (E1xx) or ``ParseError`` (E2xx) on bad input.

    ``use_attributes=False`` ignores a site's attribute box (to measure the header parser alone).
    """
    return parse_snapshot(read_file(path), use_attributes)


def warm_up() -> None:
    """Load what parsing loads lazily (vocabulary, dictionary, matcher), e.g. before timing."""
    from parsers import agencies, repair, vocab

    vocab.doc_types()
    repair.repair_phrase("THÀNH PHHỒ")
    agencies.find("Sở Nội vụ")


def parse_bytes(data: bytes, name: str = "<input>") -> DocumentRecord:
    return parse_snapshot(Snapshot.from_bytes(data, name))


def parse_snapshot(snapshot: Snapshot, use_attributes: bool = True) -> DocumentRecord:
    prepared = prepare(snapshot.text(), snapshot.name)
    if not use_attributes:
        prepared = Prepared(prepared.text, prepared.format, {})
    return parse_prepared(prepared, Source(snapshot.location, snapshot.sha256, prepared.format))


def parse_prepared(prepared: Prepared, source: Source) -> DocumentRecord:
    text = prepared.text
    blocks = structure.blocks(text)
    first_article = _first_operative(text)
    scopes = structure.scopes(text, first_article)
    main = scopes[0]
    diagnostics: list[Diagnostic] = []

    all_sections: list[Section] = []
    for sc in scopes:
        sc.sections = structure.outline(text, blocks, sc.body_start or sc.start, sc.end)
        all_sections.extend(sc.sections)

    main_pre = references.preamble_paragraphs(text, main.start, main.end)
    meta, meta_diags = metadata.extract(text, blocks, main.end,
                                        main_pre[0].start if main_pre else 0, prepared.attributes)
    diagnostics.extend(Diagnostic(c, m) for c, m in meta_diags)

    attachments = [
        Attachment(type=sc.type or "Văn bản", title=metadata.sentence_case(sc.title), number=None, start=sc.start,
                   end=sc.end)
        for sc in scopes[1:]
    ]

    refs: list[Reference] = []
    report = _is_report(text, meta)
    if report and (described := describe_report(text)) is not None:
        meta = described
        diagnostics.append(Diagnostic("W104", "a news item: the record describes the "
                                      f"{described.type} it reports on"))
    for sc in scopes:
        paragraphs = preamble_paragraphs(text, sc.body_start or sc.start, sc.end)
        for mention in find_mentions(text, sc.start, sc.end):
            if _is_self(mention.number, meta) or _in(mention.start, sc.note_span):
                continue
            para = next((p for p in paragraphs if p.start <= mention.start < p.end), None)
            section: str | None
            if para is not None:
                relation, section = para.relation, "preamble"
            else:
                relation = "implements" if report and _implements_nearby(text, mention.start) else "cites"
                s = structure.section_at(sc.sections, mention.start)
                section = s.id if s else ("title" if _in(mention.start, sc.title_span) else None)
            if sc.kind == "attachment" and section is not None:
                section = f"{(sc.type or 'attachment')}:{section}"
            refs.append(Reference(relation=relation, type=mention.type, number=mention.number,  # type: ignore[arg-type]
                                  date=mention.date, issuer=mention.issuer, title=mention.title,
                                  start=mention.start, end=mention.end, section=section,
                                  name=mention.name, part=mention.part))

    plan_scope = next((sc for sc in scopes if sc.kind == "attachment"), main)
    found_tasks = tasks.extract(text, plan_scope.sections)
    found_units = units.extract(text, plan_scope.sections)
    if not found_tasks and report:
        found_tasks, task_diags = tasks.from_announcement(text)
        diagnostics.extend(task_diags)

    if meta.number is None and meta.type is None and not refs and not found_tasks:
        if prepared.format in ("html", "vbpl-html"):
            raise NoDocumentInHtml("the HTML page holds no legal document")
        raise NotALegalDocument("no document number, type, reference or task was found")
    if not text.strip() and prepared.attributes:
        diagnostics.append(Diagnostic("W102", "attribute page only: the document text is not in it"))
    if meta.number is None:
        diagnostics.append(Diagnostic("W103", "the document states no number"))

    return DocumentRecord(source=source, text=text, document=meta, attachments=attachments,
                          references=refs, tasks=found_tasks, units=found_units,
                          diagnostics=diagnostics, sections=all_sections)


def _first_operative(text: str) -> int:
    m = re.search(r"^\s*Điều\s+1\s*[.:]|(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ)\s*:", text, re.M)
    return m.start() if m else 0


def _in(pos: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _is_self(number: str | None, meta: Metadata) -> bool:
    return number is not None and meta.number is not None and fold(number) == fold(meta.number)


_REPORT = re.compile(
    r"(?:vừa|đã)\s+ban\s+hành\s+(?P<type>Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Chương trình)\b"
    r"(?P<rest>[^.\n]{0,200})"
)


def _is_report(text: str, meta: Metadata) -> bool:
    return meta.number is None and _REPORT.search(text[:1500]) is not None


def _implements_nearby(text: str, pos: int) -> bool:
    sentence_start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos))
    return re.search(r"triển\s+khai|thực\s+hiện", text[sentence_start + 1 : pos], re.I) is not None


def describe_report(text: str) -> Metadata | None:
    """A news item's description of the document it reports on ("UBND TP vừa ban hành Kế hoạch …
    năm 2024")."""
    m = _REPORT.search(text[:1500])
    if m is None:
        return None
    year = re.search(r"năm\s+(\d{4})", m.group("rest"))
    issuer = None
    before = text[max(0, m.start() - 80) : m.start()]
    if re.search(r"(?:UBND|Ủy ban nhân dân)\s+(?:TP|Thành phố|thành phố)\b", before):
        city = _CITY.search(text)
        if city is not None:
            name = "Hồ Chí Minh" if "HCM" in city.group(0) else city.group(0)
            issuer = f"Ủy ban nhân dân Thành phố {name}"
    title = f"{m.group('type')}{m.group('rest')}".strip()
    return Metadata(type=m.group("type"), issuer=issuer, title=title,
                    year=int(year.group(1)) if year else None)


# "UBND TP" in a city's own news names that city; the city is the one the text names.
_CITY = re.compile(r"TP\.?\s?HCM|Hồ Chí Minh|Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ|Huế")
