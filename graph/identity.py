"""Document identity: one key per real document, whichever document cites it, whatever its format.

A key says exactly what makes the document unique:

- ``72/2015/NĐ-CP``: a number with its year and a national issuer code is unique by itself;
- ``31/NQ-CP|2014``: a number without a year needs the year (``|?`` when the citation gives none);
- ``1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh``: a local issuer code (UBND, HĐND, a Sở) needs the
  jurisdiction: every province has its own 1369/QĐ-UBND;
- ``~luat-dat-dai|2024``: a document known only by name (a law not in the catalogue, a plan
  without a number);
- ``KH:1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh``: an attachment without a number of its own
  (the Kế hoạch a Quyết định promulgates).

>>> str(DocKey.parse("1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh"))
'1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any

from graph.agencies import document_jurisdiction, find_jurisdiction, is_local_body
from graph.laws import NAMED_TYPES, resolve_document, resolve_law
from graph.text import fold, normalise, slug
from ingest.errors import BadParameter

# ---- numbers --------------------------------------------------------------------------------------

# Type codes that open the code part of a number: 1369/QĐ-UBND, 57-KL/TW. What follows is the issuer.
_TYPE_CODES = {
    "QĐ", "NĐ", "TT", "TTLT", "NQ", "NQLT", "CT", "KH", "CV", "TB", "KL", "TTR", "BC", "HD", "HĐ",
    "QC", "QĐI", "CTR", "ĐA", "PL", "CĐ", "L", "LCT", "TBKL", "BB", "CTHĐ", "QY",
}
# Issuer codes that exist once per province: the number alone does not say which one.
_LOCAL_ISSUERS = {"UBND", "HĐND", "CT", "TU", "UB", "VP", "VPUB", "BQL", "CAT", "CATP"}
_SO_CODE = re.compile(r"^S[A-ZĐ]{1,7}$")  # a Sở: STTTT, SNV, STP …
_YEAR_IN_NUMBER = re.compile(r"/(?P<year>(?:19|20)\d\d)/")
_MIXED_CASE = {"TTG": "TTg"}  # the Thủ tướng's code is written TTg


def normalise_number(raw: str) -> str:
    """The canonical form of a number: no spaces, no leading zeros, codes in upper case.

    >>> normalise_number("09 / 2017 / QH14"), normalise_number("368/QÐ-TTG")
    ('9/2017/QH14', '368/QĐ-TTg')
    """
    s = re.sub(r"\s+", "", normalise(raw)).strip(".,;:")
    s = s.replace("–", "-").replace("—", "-")
    m = re.match(r"^0*(?P<serial>\d+)(?P<rest>.*)$", s)
    serial, rest = (m["serial"], m["rest"]) if m else ("", s)
    parts = re.split(r"([/-])", rest.upper())
    return serial + "".join(_MIXED_CASE.get(p, p) for p in parts)


def number_year(number: str) -> int | None:
    m = _YEAR_IN_NUMBER.search(number + "/")
    return int(m["year"]) if m else None


def issuer_code(number: str) -> str | None:
    """The issuer's code in a number: ``1369/QĐ-UBND`` → ``UBND``; ``3616/BTTTT-TTĐN`` → ``BTTTT``."""
    code = re.sub(r"^\d+[/-]?", "", normalise_number(number))
    parts = [p for p in re.split(r"[/-]", code) if p and not p.isdigit()]
    if len(parts) > 1 and parts[0].upper() in _TYPE_CODES:
        parts = parts[1:]
    return parts[0].upper() if parts else None


def is_local_number(number: str) -> bool:
    code = issuer_code(number)
    return code is not None and (code in _LOCAL_ISSUERS or bool(_SO_CODE.match(code)))


# ---- the key --------------------------------------------------------------------------------------

_KEY = re.compile(
    r"""^(?:(?P<part>[A-Z]{1,4}\d*):)?                  # an attachment's marker: "KH:"
        (?:~(?P<name>[a-z0-9]+(?:-[a-z0-9]+)*)          # a document known by name: "~luat-dat-dai"
          |(?P<number>\d[^|@~:\s]*))                    # or by number: "72/2015/NĐ-CP"
        (?:\|(?P<year>\d{4}|\?))?                       # the year, when the number has none
        (?:@(?P<place>[a-z0-9]+(?:-[a-z0-9]+)*|\?))?    # the jurisdiction, when the issuer is local
        $""",
    re.VERBOSE,
)
UNKNOWN = "?"
_NAME_SLUG_MAX = 80


@dataclass(frozen=True, slots=True)
class DocKey:
    """The identity of a document. Build with ``for_number``/``for_name``; ``parse`` ↔ ``str``."""

    number: str | None = None
    name: str | None = None
    year: str | None = None  # "2018" or "?"; None when the number carries its year
    place: str | None = None  # jurisdiction slug or "?"; None for a national issuer
    part: str | None = None  # "KH" for the plan a decision promulgates

    @classmethod
    def for_number(
        cls, number: str, year: int | str | None = None, place: str | None = None
    ) -> DocKey:
        """A key for a numbered document, keeping only what the number needs to be unique."""
        n = normalise_number(number)
        y = None if number_year(n) else str(year or UNKNOWN)
        p = (slug(place) or UNKNOWN if place else UNKNOWN) if is_local_number(n) else None
        return cls(number=n, year=y, place=p)

    @classmethod
    def for_name(
        cls, type_: str, name: str, year: int | str | None = None, place: str | None = None
    ) -> DocKey:
        s = slug(name if fold(name).startswith(fold(type_)) else f"{type_} {name}")
        if len(s) > _NAME_SLUG_MAX:  # a long title: its head stays readable, the hash keeps it whole
            s = s[:_NAME_SLUG_MAX].rsplit("-", 1)[0] + "-" + hashlib.sha256(s.encode()).hexdigest()[:8]
        return cls(name=s, year=str(year or UNKNOWN), place=slug(place) if place else None)

    def attachment(self, part: str) -> DocKey:
        return DocKey(self.number, self.name, self.year, self.place, part)

    @classmethod
    def parse(cls, text: str) -> DocKey:
        """Read a key back; raises ``BadParameter`` on anything ``str(key)`` would not give."""
        m = _KEY.match(text.strip())
        if not m:
            raise BadParameter(f"not a document key: {text!r}")
        key = cls(m["number"], m["name"], m["year"], m["place"], m["part"])
        if key.number is not None:
            expected = replace(cls.for_number(key.number, key.year, key.place), part=key.part)
            if key != expected:
                raise BadParameter(f"not a canonical document key: {text!r} (expected {expected})")
        elif key.year is None:
            raise BadParameter(f"a key by name needs a year or '|?': {text!r}")
        return key

    def __str__(self) -> str:
        out = f"{self.part}:" if self.part else ""
        out += self.number if self.number is not None else f"~{self.name}"
        if self.year is not None:
            out += f"|{self.year}"
        if self.place is not None:
            out += f"@{self.place}"
        return out


# ---- keys for a record's documents ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    """What a citing document lends to the citations it makes."""

    jurisdiction: str | None
    issued: str | None  # YYYY-MM-DD


def _year(date: str | None, fallback: int | None = None) -> int | None:
    if date and re.match(r"^\d{4}", date):
        return int(date[:4])
    return fallback


def document_context(doc: dict[str, Any]) -> Context:
    return Context(document_jurisdiction(doc.get("issuer"), doc.get("place")), doc.get("issued"))


def document_key(doc: dict[str, Any], sha256: str) -> DocKey:
    """The key of a parsed document (the record's ``document`` block)."""
    ctx = document_context(doc)
    year = _year(doc.get("issued"), doc.get("year"))
    if doc.get("number"):
        return DocKey.for_number(doc["number"], year, ctx.jurisdiction)
    type_, title = doc.get("type") or "", doc.get("title") or ""
    if type_ in NAMED_TYPES:
        law = resolve_document(type_, title, doc.get("issued"))
        if law is not None:
            return law_key(law.number, law.type, law.name, law.year)
    if title:
        return DocKey.for_name(type_, title, year, ctx.jurisdiction)
    return DocKey.for_name("src", sha256[:16], year)


def law_key(number: str | None, type_: str, name: str, year: int | None) -> DocKey:
    if number:
        return DocKey.for_number(number, year)
    return DocKey.for_name(type_, name, year)


def reference_key(ref: dict[str, Any], ctx: Context) -> DocKey | None:
    """The key of a cited document; None when the citation names nothing identifiable.

    A local issuer without a place ("của Ủy ban nhân dân thành phố", or none written) is the
    citing document's own jurisdiction.
    """
    year = _year(ref.get("date"), ref.get("year"))
    if ref.get("number"):
        stated = find_jurisdiction(ref.get("issuer"))
        if stated:
            place: str | None = stated[0]
        elif ref.get("issuer") and not is_local_body(ref["issuer"]) and ctx.jurisdiction is None:
            place = None
        else:
            place = ctx.jurisdiction
        return DocKey.for_number(ref["number"], year, place)
    type_, name = ref.get("type") or "", ref.get("name") or ""
    if not name:
        return None
    if type_ in NAMED_TYPES:
        date = ref.get("date") or (f"{year}-00-00" if year else None)  # "Luật Thủy sản năm 2017"
        law = resolve_law(type_, name, date, before=ctx.issued)
        if law is not None:
            return law_key(law.number, law.type, law.name, law.year)
    return DocKey.for_name(type_, name, year)


_PART_CODES = {"kế hoạch": "KH", "chương trình": "CTR", "quy chế": "QC", "quy định": "QD",
               "đề án": "DA"}


def attachment_key(att: dict[str, Any], parent_doc: dict[str, Any], parent: DocKey, index: int) -> DocKey:
    """An attachment with its own number is a document like any other; without one, it is known
    by the decision that issues it: ``KH:`` + the decision's key."""
    if att.get("number"):
        ctx = document_context(parent_doc)
        return DocKey.for_number(att["number"], _year(parent_doc.get("issued")), ctx.jurisdiction)
    code = _PART_CODES.get(fold(att.get("type") or ""), "PL")
    return parent.attachment(code if index == 0 else f"{code}{index + 1}")
