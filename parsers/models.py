"""The record a parse produces. Every extracted item carries ``start``/``end`` into ``text``.

The JSON shape of ``DocumentRecord.to_dict()`` is a contract other tools read:
``source``, ``document``, ``attachments``, ``references``, ``tasks``, ``units``, ``diagnostics``
(and ``text`` when asked for). Keys are only ever added, never renamed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Relation = Literal["legal_basis", "implements", "proposal", "secondary", "cites"]
RELATIONS: tuple[Relation, ...] = ("legal_basis", "implements", "proposal", "secondary", "cites")
# how a secondary mention relates to the base it is named in
LINKS = ("amends", "implements", "amended_by", "mentions")


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    sha256: str
    format: str


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the document says about itself (header, title, signature)."""

    number: str | None = None
    type: str | None = None
    issuer: str | None = None
    signer: str | None = None
    issued: str | None = None  # YYYY-MM-DD
    title: str | None = None
    place: str | None = None
    year: int | None = None
    issuer_parent: str | None = None  # the body above the issuer in the header: Bộ Tài chính over Cục Thuế


@dataclass(frozen=True, slots=True)
class Attachment:
    """A document issued together with this one, e.g. the Kế hoạch a Quyết định promulgates."""

    type: str
    title: str | None
    number: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reference:
    """One mention of another document: ``text[start:end]`` is the mention itself.

    >>> # "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ …"
    >>> # → Reference(relation="legal_basis", type="Nghị định", number="72/2015/NĐ-CP", …)
    """

    relation: Relation
    type: str
    number: str | None
    date: str | None
    issuer: str | None
    title: str | None
    start: int
    end: int
    section: str | None = None
    name: str | None = None  # for documents cited by name only: "Tổ chức chính quyền địa phương"
    part: str | None = None  # the article cited inside it: "khoản 2 Điều 15"
    year: int | None = None  # the date's year, or the year written beside a name ("năm 2017")
    of: int | None = None  # a secondary mention: index in ``references`` of the base it is named in
    link: str | None = None  # …and how: amends | implements | amended_by | mentions


@dataclass(frozen=True, slots=True)
class Task:
    """One unit of work a plan assigns: an item of a task section, a bullet with its own lead or
    deadline, or a row of a task table (``source``: item | bullet | row | announcement)."""

    id: str
    text: str
    start: int
    end: int
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    deadline: str | None = None
    section: str | None = None
    product: str | None = None
    source: str = "item"
    deadline_iso: str | None = None  # when the deadline names one certain day


@dataclass(frozen=True, slots=True)
class Duty:
    """One paragraph of what a unit is asked to do, with the partners it names."""

    text: str
    start: int
    end: int
    partners: tuple[str, ...] = ()
    deadline: str | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    section: str | None
    role: str
    start: int
    end: int
    abbreviation: str | None = None
    collective: bool = False
    duties: tuple[Duty, ...] = ()
    canonical: str | None = None  # the gazetteer's name, when it knows the agency


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    message: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A node of the document tree: ``II``, ``II.1``, ``Điều 3``, a table; with its role."""

    id: str
    heading: str
    level: int
    start: int
    end: int
    kind: str = "num"
    label: str = ""
    role: str | None = None
    by_agency: bool = False


@dataclass(slots=True)
class DocumentRecord:
    source: Source
    text: str
    document: Metadata
    attachments: list[Attachment] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def to_dict(self, with_text: bool = False, with_sections: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"source": asdict(self.source)}
        if with_text:
            out["text"] = self.text
        out["document"] = asdict(self.document)
        out["attachments"] = [asdict(a) for a in self.attachments]
        out["references"] = [asdict(r) for r in self.references]
        out["tasks"] = [_lists(asdict(t)) for t in self.tasks]
        out["units"] = [_lists(asdict(u)) for u in self.units]
        out["diagnostics"] = [asdict(d) for d in self.diagnostics]
        if with_sections:
            out["sections"] = [asdict(s) for s in self.sections]
        return out


def _lists(d: dict[str, Any]) -> dict[str, Any]:
    """Tuples become lists so the JSON shape is the same whichever way it is made."""
    return {
        k: [_lists(x) if isinstance(x, dict) else x for x in v] if isinstance(v, tuple) else v
        for k, v in d.items()
    }
