"""The whole parse, stage by stage: prepare → blocks and scopes → outline → extraction.

``parse_document(path)`` and ``parse_bytes(data, name)`` return a ``DocumentRecord`` whose every
span slices ``record.text``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest import Snapshot, read_file
from ingest.errors import NoDocumentInHtml, NotALegalDocument
from parsers import agencies, formats, metadata, references, structure, tables, tasks, units
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
from parsers.references import PreambleParagraph, find_mentions, preamble_paragraphs
from parsers.text import EDITORIAL_NOTE, MOTTO, fold
from parsers.tree import Node, Tree
from parsers.tree import build as build_tree

PARSER_VERSION = "0.1.0"


def parse_document(path: str | Path, use_attributes: bool = True) -> DocumentRecord:
    """Parse one file. Raises an ``InputError`` (E1xx) or ``ParseError`` (E2xx) on bad input.

    ``use_attributes=False`` ignores a site's attribute box (to measure the header parser alone).
    """
    return parse_snapshot(read_file(path), use_attributes)


def warm_up() -> None:
    """Load what parsing loads lazily (vocabulary, dictionary, matcher), e.g. before timing."""
    from parsers import repair, vocab

    vocab.doc_types()
    repair.repair_phrase("THÀNH PHHỒ")
    agencies.find("Sở Nội vụ")


def parse_bytes(data: bytes, name: str = "<input>") -> DocumentRecord:
    return parse_snapshot(Snapshot.from_bytes(data, name))


# Seconds spent in each stage, summed over parses while ``timing`` is on (``vnlegal bench-parse``).
STAGE_SECONDS: dict[str, float] = {}
_timing = {"on": False}


@contextmanager
def stage(name: str) -> Iterator[None]:
    if not _timing["on"]:
        yield
        return
    t0 = time.perf_counter()
    try:
        yield
    finally:
        STAGE_SECONDS[name] = STAGE_SECONDS.get(name, 0.0) + time.perf_counter() - t0


def timing(on: bool) -> None:
    """Sum the time of each stage into ``STAGE_SECONDS`` (reset when turned on)."""
    _timing["on"] = on
    if on:
        STAGE_SECONDS.clear()


def parse_snapshot(snapshot: Snapshot, use_attributes: bool = True) -> DocumentRecord:
    with stage("read"):
        raw = snapshot.text()
    with stage("formats"):
        prepared = prepare(raw, snapshot.name)
    if not use_attributes:
        prepared = Prepared(prepared.text, prepared.format, {}, prepared.tables)
    return parse_prepared(prepared, Source(snapshot.location, snapshot.sha256, prepared.format))


def document_tables(prepared: Prepared) -> list[tables.Table]:
    """The tables of a prepared document, in order: its format's, and in a text that flattened them the gazette's way
    (one cell per run of lines) those read from its lines."""
    found = [*prepared.tables]
    if prepared.format in ("congbao", "plain", "tvpl-text"):
        # (a crawler's text of a .doc flattens a table the gazette's way: one cell per run of lines)
        found += tables.gazette_tables(prepared.text, [(t.start, t.end) for t in prepared.tables])
    return sorted(found, key=lambda t: t.start)


# an appendix's own number, before its title: "PHỤ LỤC II ⏎ BIỂU TỔNG HỢP …" → "II", kept as written
_APPENDIX_NUMBER = re.compile(r"(?:[IVXLC]{1,6}|\d{1,2})[.:]?(?=\s)")


def _attachment_title(title: str | None) -> str | None:
    """An attachment's title in sentence case, the appendix's number ("II") kept in its capitals."""
    if title and (n := _APPENDIX_NUMBER.match(title)) is not None and structure.is_caps(title):
        return f"{n.group(0)} {metadata.sentence_case(title[n.end() :].strip())}"
    return metadata.sentence_case(title)


def parse_prepared(prepared: Prepared, source: Source) -> DocumentRecord:
    try:
        return _parse_prepared(prepared, source)
    finally:
        # (what was read of this text is of no use for the next, and would hold the text in memory)
        agencies.forget_texts()


def _parse_prepared(prepared: Prepared, source: Source) -> DocumentRecord:
    text = prepared.text
    with stage("structure"):
        blocks = structure.blocks(text)
        first_article = _first_operative(text)
        scopes = structure.scopes(text, first_article)
        table_list = document_tables(prepared)
        tree = build_tree(text, blocks, scopes, table_list, [sc.body_start or sc.start for sc in scopes])
    main = scopes[0]
    diagnostics: list[Diagnostic] = []

    with stage("metadata"):
        main_pre = references.preamble_paragraphs(text, main.start, main.end)
        meta, meta_diags = metadata.extract(text, blocks, main.end,
                                            main_pre[0].start if main_pre else 0, prepared.attributes)
    diagnostics.extend(Diagnostic(c, m) for c, m in meta_diags)

    attachments = [
        Attachment(type=sc.type or "Văn bản", title=_attachment_title(sc.title), number=None, start=sc.start,
                   end=sc.end)
        for sc in scopes[1:]
        if not _is_self_attachment(sc, meta)
    ]

    report = _is_report(text, meta)
    if report and (described := describe_report(text)) is not None:
        meta = described
        diagnostics.append(Diagnostic("W104", "a news item: the record describes the "
                                      f"{described.type} it reports on"))
    with stage("references"):
        refs = _references(text, scopes, meta, tree, report)
    with stage("tasks"):
        found_tasks = tasks.extract(text, tree, meta.type, meta.title)
    with stage("units"):
        found_units = units.extract(text, tree, meta)
        if (prefix := tasks.appendix_renamed(found_tasks, [u.section for u in found_units])) is not None:
            # (a task table's groups that are units take the ids its rows have: "PL.A", the one appendix of tasks)
            found_units = [dataclasses.replace(u, section="PL." + u.section[len(prefix):])
                           if u.section and u.section.startswith(prefix) else u for u in found_units]
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

    sections = [Section(id=n.id, heading=n.heading, level=n.level, start=n.start, end=n.end, kind=n.kind,
                        label=n.label, role=n.role, by_agency=n.by_agency)
                for n in tree.walk() if n.kind != "scope"]
    return DocumentRecord(source=source, text=text, document=meta, attachments=attachments,
                          references=refs, tasks=found_tasks, units=found_units,
                          diagnostics=diagnostics, sections=sections)


def _references(text: str, scopes: list[structure.Scope], meta: Metadata, tree: Tree,
                report: bool) -> list[Reference]:
    """Every mention, with its relation: a preamble paragraph's subjects take the paragraph's
    relation, the documents named inside their clauses are ``secondary`` (with ``of`` and
    ``link``), everything else ``cites``."""
    refs: list[Reference] = []
    # the site's editorial notes are no part of the text: "[Khoản này được hướng dẫn bởi Công văn …]"
    notes = [(m.start(), m.end()) for m in EDITORIAL_NOTE.finditer(text)] if "[" in text else []
    notes = sorted([*notes, *_site_title_lines(text)])
    for sc, root in zip(scopes, tree.roots, strict=True):
        # an attached plan's title is part of its preamble: "KẾ HOẠCH / THỰC HIỆN CHỈ THỊ SỐ 52-CT/TW …"
        limit = _preamble_limit(text, root, sc)
        start = sc.title_span[0] if sc.title_span else (sc.body_start or sc.start)
        if sc.title_span and sc.note_span and sc.body_start:
            # (the title ends at its note: "… TẠI DOANH NGHIỆP ⏎ (Ban hành kèm theo …) ⏎ Luật … đã được Quốc hội
            # thông qua …" — the text under it is a paragraph of its own, however the lines ran together)
            paragraphs = preamble_paragraphs(text, start, min(sc.title_span[1], limit)) \
                + preamble_paragraphs(text, sc.body_start, limit)
        else:
            paragraphs = preamble_paragraphs(text, start, limit)
        paragraphs += _bases_section(text, root)
        mentions = [m for m in find_mentions(text, sc.start, sc.end, names_given=True)
                    if not _is_self(m.number, meta) and not _in(m.start, sc.note_span)
                    and not _in_note(notes, m.start)]
        roles: dict[int, tuple[PreambleParagraph, references.Role, int]] = {}
        starts = [m.start for m in mentions]
        for para in paragraphs:
            inside = list(range(bisect.bisect_left(starts, para.start), bisect.bisect_left(starts, para.end)))
            clause = [mentions[i] for i in inside]
            for local, role in enumerate(references.clause_roles(text, clause, para.relation)):
                roles[inside[local]] = (para, role, inside[role.of] if role.of is not None else -1)
        first = len(refs)
        for i, mention in enumerate(mentions):
            section: str | None
            of: int | None = None
            link: str | None = None
            if i in roles:
                para, role, base = roles[i]
                relation, section = para.relation, "preamble"
                if role.secondary:
                    relation, of, link = "secondary", first + base, role.link
                    host = refs[first + base]
                    if link == "amends" and mention.date is not None and host.date is None and host.number \
                            and re.search(rf"/{mention.date[:4]}/", host.number):
                        # "Luật số 36/2009/QH12 sửa đổi, bổ sung … của Luật Sở hữu trí tuệ ngày 19 tháng 6 năm
                        # 2009": the date after the amended law's name is the amending law's, its number's year
                        refs[first + base] = dataclasses.replace(host, date=mention.date, year=mention.year)
                        mention = dataclasses.replace(mention, date=None, year=None)
            else:
                relation = "implements" if report and _implements_nearby(text, mention.start) else "cites"
                node = tree.at(mention.start)
                section = node.id if node is not None and node.id else (
                    "title" if _in(mention.start, sc.title_span) else None)
            if sc.kind == "attachment" and section is not None:
                section = f"{(sc.type or 'attachment')}:{section}"
            refs.append(Reference(relation=relation, type=mention.type, number=mention.number,  # type: ignore[arg-type]
                                  date=mention.date, issuer=mention.issuer, title=mention.title,
                                  start=mention.start, end=mention.end, section=section,
                                  name=mention.name, part=mention.part, year=mention.year, of=of, link=link))
    return refs


def _site_title_lines(text: str) -> list[tuple[int, int]]:
    """A crawler's text opens with the site's title of the document, above its header in capitals ("Kế hoạch 212/KH-
    LĐTBXH năm 2018 thực hiện Nghị quyết 01/NQ-CP … ⏎ BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI -------"), and writes it again
    before the sections of a long one ("Quyết định 2135/QĐ-TCHQ năm 2015. Mục 1. …"): no part of the text."""
    first_end = text.find("\n")
    if first_end <= 0:
        return []
    title = text[:first_end].strip()
    second_end = text.find("\n", first_end + 1)
    second = text[first_end + 1 : second_end if second_end > 0 else len(text)]
    if not title or not _SITE_TITLE.match(title) or not (structure.is_caps(second.replace("-", "").strip()[:40])
                                                         or formats.is_attribute_line(second)):
        return []  # (above the header in capitals, or above the site's box: "Số hiệu: 41-KH/TU Loại văn bản: …")
    spans = [(0, first_end)]
    at = text.find("\n" + title + ". ", first_end)
    while at >= 0:
        spans.append((at + 1, at + 1 + len(title)))
        at = text.find("\n" + title + ". ", at + 1)
    return spans


# a site's title of a document: its type word and number ("Quyết định 2135/QĐ-TCHQ năm 2015"), or "Văn bản …"
_SITE_TITLE = re.compile(r"(?:Văn\s+bản\s|[A-ZĐ][a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3}\s+\d)")


def _in_note(notes: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of the (sorted, disjoint) ``notes``?"""
    i = bisect.bisect_right(notes, (pos, float("inf"))) - 1
    return i >= 0 and pos < notes[i][1]


# the sentence over a list of the documents a plan rests on: "… được xây dựng trên cơ sở các văn bản sau:", "Căn cứ các
# văn bản sau đây:"
_LISTS_BASES = re.compile(r"(?:trên\s+cơ\s+sở|[Cc]ăn\s+cứ(?:\s+vào)?)\s+(?:các|những)\s+(?:văn\s+bản|căn\s+cứ)"
                          r"(?:\s+pháp\s+lý)?\s+(?:sau(?:\s+đây)?|dưới\s+đây)[\s*_]*:[\s*_]*$")
# a plan's first section that holds its bases: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CƠ SỞ PHÁP LÝ"
# (or "PHẦN THỨ NHẤT ⏎ NHỮNG CĂN CỨ XÂY DỰNG ĐỀ ÁN")
_BASES_HEADING = re.compile(r"[\s*_]*(?:(?:NHỮNG|Những|CÁC|Các)\s+)?"
                            r"(?:CĂN\s+CỨ|Căn\s+cứ|CƠ\s+SỞ\s+PHÁP\s+LÝ|Cơ\s+sở\s+pháp\s+lý)(?![\wÀ-ỹ])")


_NAMES_BASES = re.compile(r"(?<![\wÀ-ỹ])(?:CĂN\s+CỨ|[Cc]ăn\s+cứ)(?![\wÀ-ỹ])")


def _bases_section(text: str, root: Node) -> list[PreambleParagraph]:
    """The preamble written as the plan's first section: its "Căn cứ …" paragraphs and the
    documents its items list are bases."""
    first = next((c for c in root.children if c.kind not in ("table",)), None)
    if first is not None and first.kind in ("num", "bullet") \
            and _LISTS_BASES.search(text, max(root.start, first.start - 300), first.start) is not None:
        # "Kế hoạch … được xây dựng trên cơ sở các văn bản sau: ⏎ 1. Nghị quyết số 30c/NQ-CP … ⏎ 2. Công văn số …":
        # the items that open with a document are the plan's bases (the heading over them may be lost to the line
        # the crawler ran it into)
        listed: list[PreambleParagraph] = []
        for item in root.children:
            if item.kind != first.kind or not references.type_word_re().match(text, item.body_start):
                break
            listed.append(PreambleParagraph("legal_basis", item.body_start, item.end))
        return listed
    if first is not None and first.kind in ("part", "upper") and first.children \
            and not _BASES_HEADING.match(text, first.body_start, first.head_end) \
            and _BASES_HEADING.match(text, first.children[0].body_start, first.children[0].head_end):
        first = first.children[0]  # "PHẦN I ⏎ SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN ⏎ I. CĂN CỨ PHÁP LÝ ⏎ - Luật …"
    elif first is not None and first.kind == "roman" \
            and not _BASES_HEADING.match(text, first.body_start, first.head_end) \
            and _NAMES_BASES.search(text, first.body_start, first.head_end) is not None \
            and (part := next((c for c in first.items() if _BASES_HEADING.match(text, c.body_start, c.head_end)),
                              None)) is not None:
        first = part  # "I. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG KẾ HOẠCH ⏎ 1. Sự cần thiết ⏎ … ⏎ 2. Căn cứ pháp lý ⏎ a) …"
    if first is None or first.kind not in ("part", "roman", "num", "upper", "caption") \
            or not _BASES_HEADING.match(text, first.body_start, first.head_end):
        return []
    out = preamble_paragraphs(text, first.head_end, first.end)
    covered = [(p.start, p.end) for p in out]
    for item in first.walk():
        if item is first or item.kind in ("table",) or any(a <= item.body_start < b for a, b in covered):
            continue
        if references.type_word_re().match(text, item.body_start):
            out.append(PreambleParagraph("legal_basis", item.body_start, item.end))
    return sorted(out, key=lambda p: p.start)


# "Căn cứ:" / "Căn cứ vào:" ending its line, the documents listed under it
# "Căn cứ:", and a consolidated text's note "… được sửa đổi, bổ sung bởi:" over the amending documents
_CUE_LINE = re.compile(r"(?:Căn\s+cứ|CĂN\s+CỨ|sửa\s+đổi,?\s+bổ\s+sung\s+bởi)(?:\s+vào)?[\s*_]*:[\s*_]*$")


_MOTTO = re.compile(MOTTO, re.I)


def _preamble_limit(text: str, root: Node, sc: structure.Scope) -> int:
    """A preamble ends before the scope's first numbered item, or its first table after some text
    (a Phụ lục's rows are no preamble; a page's header table comes before it)."""
    limit = sc.end
    listing = False  # a "Căn cứ:" line whose documents follow numbered
    children = list(root.children)[::-1]  # (read from the end: the next is last)
    while children:
        child = children.pop()
        if child.kind == "caption" and metadata.BASIS_NEXT.match(text, child.head_end):
            # "THÔNG BÁO ⏎ VỀ ⏎ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ ⏎ Căn cứ …": a title line in capitals, over the preamble,
            # is no heading of the body (what it holds is read as the root's)
            children += child.children[::-1]
            continue
        if child.kind in ("bullet", "plus"):
            continue  # "- Căn cứ Quyết định số 246-QĐ/TW, …": a preamble written as a list
        if child.kind == "agency" and structure.is_caps(text[child.body_start : child.head_end].strip(" *_:")):
            continue  # "ỦY BAN NHÂN DÂN TỈNH KON TUM ⏎ - Căn cứ …": the enacting body over the preamble
        if child.kind in ("num", "letter", "paren"):
            listing = listing or _CUE_LINE.search(text, max(0, child.start - 200), child.start) is not None
            if listing and references.type_word_re().match(text, child.body_start):
                continue  # "Căn cứ: ⏎ 1. Luật Ngân sách nhà nước …; 2. Nghị định số …"; "… bởi: ⏎ 1. Thông tư số …"
        if child.kind != "table":
            return min(limit, child.start)
        if _MOTTO.search(text, child.start, min(child.end, child.start + 600)):
            continue  # the header table, wherever a site's title lines put it
        if sc.kind == "attachment" or child.start > (sc.body_start or sc.start) + 200:
            return min(limit, child.start)  # only the main document opens with a header table
    return limit


def _is_self_attachment(sc: structure.Scope, meta: Metadata) -> bool:
    """A standalone plan's own title block is not an attachment of itself."""
    return (sc.type is not None and meta.type is not None and fold(sc.type) == fold(meta.type)
            and sc.start < 3000 and not sc.note_span)


def _first_operative(text: str) -> int:
    m = re.search(r"^\s*(?:Điều|ĐIỀU)\s+1\s*[.:]|(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ)\s*:", text, re.M)
    return m.start() if m else 0


def _in(pos: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _is_self(number: str | None, meta: Metadata) -> bool:
    """The document's own number, also as an appendix note prints it without the year ("55/TT-BCT"
    for 55/2025/TT-BCT)."""
    if number is None or meta.number is None:
        return False
    own, it = fold(meta.number), fold(number)
    return it == own or (it == re.sub(r"^(\d+)/\d{4}/", r"\1/", own) and it != own)


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
    rest = m.group("rest")
    # "… ban hành Kế hoạch số 112/KH-UBND ngày 15/3/2023 về …": the number and the date, when the item states them
    stated = next((x for x in find_mentions(text, m.start("type"), m.end())
                   if x.start == m.start("type") and x.number), None)
    number = stated.number if stated else None
    issued = stated.date if stated else None
    if stated is not None:
        rest = text[stated.end : m.end()]
    year = re.search(r"năm\s+(\d{4})", rest)
    issuer = None
    before = text[max(0, m.start() - 80) : m.start()]
    if re.search(r"(?:UBND|Ủy ban nhân dân)\s+(?:TP|Thành phố|thành phố)\b", before):
        city = _CITY.search(text)
        if city is not None:
            name = "Hồ Chí Minh" if "HCM" in city.group(0) else city.group(0)
            issuer = f"Ủy ban nhân dân Thành phố {name}"
    elif (body := _REPORTING_BODY.search(before)) is not None:
        # "UBND quận Ninh Kiều vừa ban hành …"; "UBND tỉnh vừa ban hành … tỉnh Bắc Ninh …": the place the item names
        place = body.group("name") or ((named := re.search(rf"{body.group('level')}\s+(?P<n>{_PLACE_NAME})", text))
                                        and named.group("n"))
        issuer = f"Ủy ban nhân dân {body.group('level')} {place}" if place else None
    title = f"{m.group('type')}{rest}".strip()
    return Metadata(type=m.group("type"), number=number, issuer=issuer, title=title, issued=issued,
                    year=int(issued[:4]) if issued else int(year.group(1)) if year else None)


_PLACE_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3}"
_REPORTING_BODY = re.compile(rf"(?:UBND|Ủy ban nhân dân)\s+(?P<level>tỉnh|quận|huyện|thị xã|xã|phường)"
                             rf"(?:\s+(?P<name>{_PLACE_NAME}))?\s*$")


# "UBND TP" in a city's own news names that city; the city is the one the text names.
_CITY = re.compile(r"TP\.?\s?HCM|Hồ Chí Minh|Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ|Huế")
