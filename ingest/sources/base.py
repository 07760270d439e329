"""The template every source fills in, and the records a source produces.

A source knows one site and nothing about fetching: it names the pages to request (``Page``),
reads a listing page into the documents it lists (``Listing``), names the pages one document needs
(``pages``) and turns those pages, once fetched, into what the parser reads and what the portal
declares (``Extracted``). Fetching, politeness, caching and storage live once, in
``ingest.engine``; a source can be tested on saved pages alone.

>>> from ingest.sources import get_source
>>> [p.kind for p in get_source("vbpl").pages("TW/96172")]
['document', 'attributes', 'relations']
"""

from __future__ import annotations

import hashlib
import json
import re
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

from ingest.errors import BadCrawlOption
from ingest.snapshot import Snapshot
from parsers.text import fold


@dataclass(frozen=True, slots=True)
class Page:
    """A request a source wants made. ``key`` identifies it in the manifest."""

    url: str
    kind: str  # "search", "document", "attributes", "relations", "summary", "content", "article", "login"
    doc: str | None = None  # the document the page belongs to; None for a listing
    method: str = "GET"
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()
    number: int = 0  # a listing's page number
    want: str | None = None  # a listing searched for one number: keep only the hit that has it

    @property
    def key(self) -> str:
        """Method, URL and body; a page asked for with a login's cookies is another page (the site
        shows a logged-in session more)."""
        h = hashlib.sha256(f"{self.method} {self.url}\n".encode())
        h.update(self.body or b"")
        if any(name.lower() == "cookie" for name, _ in self.headers):
            h.update(b"\nwith cookies")
        return h.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Found:
    """A document a listing names, with what the listing says about it."""

    doc: str
    title: str | None = None
    number: str | None = None
    issued: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class Listing:
    found: list[Found]
    next: Page | None = None


@dataclass(frozen=True, slots=True)
class PortalRelation:
    """One entry of a portal's relation diagram: the document shown → ``relation`` → this one."""

    group: str  # the heading as the portal writes it: "Văn bản căn cứ"
    relation: str  # from ingest/vocab/portal.json: legal_basis, guided_by, amends …
    title: str  # the target as the portal names it
    number: str | None = None
    portal_id: str | None = None  # the target's id on the same portal
    url: str | None = None
    issued: str | None = None

    @classmethod
    def of(cls, heading: str, title: str, number: str | None = None, portal_id: str | None = None,
           url: str | None = None, issued: str | None = None) -> PortalRelation:
        """An entry under a group heading as the portal shows it ("Văn bản căn cứ (2)"): the count
        dropped, the relation looked up, the number taken from ``number`` or else the title."""
        group = group_heading(heading)
        title = " ".join(title.split())
        return cls(group, relation_of(group), title, find_number(number) or find_number(title), portal_id, url,
                   issued)


@dataclass(frozen=True, slots=True)
class PortalFacts:
    """What a portal declares about one document, kept apart from what its text says."""

    origin: str  # "vbpl", "phapluat", "tvpl", "hcmc"
    portal_id: str
    url: str
    number: str | None = None
    type: str | None = None
    title: str | None = None
    issuer: str | None = None
    signer: str | None = None
    issued: str | None = None  # YYYY-MM-DD
    effective_from: str | None = None
    effective_to: str | None = None
    status: str | None = None  # as the portal writes it: "Hết hiệu lực một phần"
    status_code: str | None = None  # in_force, partly_expired, expired, not_yet_in_force, suspended, unknown
    fields: tuple[str, ...] = ()
    relations: tuple[PortalRelation, ...] = ()
    relations_known: bool = False  # the relation page was read (no relations ≠ relations unknown)

    def __post_init__(self) -> None:
        if self.status_code is None and self.status:
            object.__setattr__(self, "status_code", status_code(self.status))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["fields"] = list(self.fields)
        d["relations"] = [asdict(r) for r in self.relations]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PortalFacts:
        d = dict(d)
        d["fields"] = tuple(d.get("fields") or ())
        d["relations"] = tuple(PortalRelation(**r) for r in d.get("relations") or ())
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Extracted:
    """A document made from its pages: the bytes the parser reads (None when the site has no text
    for it) and the portal's own facts (None for sites that declare none)."""

    document: Snapshot | None
    facts: PortalFacts | None = None
    problems: list[str] = field(default_factory=list)  # "E517 …": coded, for the crawl summary


@dataclass(frozen=True, slots=True)
class Plan:
    """What a crawl asks a source for."""

    query: str | None = None
    since: date | None = None
    ids: tuple[str, ...] = ()
    limit: int | None = None


class Source(ABC):
    """One site. Subclasses set ``name``, ``default_base`` and implement the abstract methods."""

    name: ClassVar[str]
    default_base: ClassVar[str]
    description: ClassVar[str] = ""

    def __init__(self, base_url: str | None = None, cookies: str | None = None) -> None:
        base = (base_url or self.default_base).rstrip("/") + "/"
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BadCrawlOption(f"--base-url must be an http(s) URL with a host, not {base_url!r}")
        self.base = base
        self.cookies = cookies

    @property
    def hosts(self) -> tuple[str, ...]:
        """The hosts requests and redirects may go to: the base URL's host."""
        host = urlsplit(self.base).hostname
        assert host is not None
        return (host,)

    def url(self, path: str) -> str:
        """A site path (``/van-ban/…``) below the base URL, which may be a mirror's sub-folder."""
        return urljoin(self.base, path.lstrip("/"))

    def below_base(self, path: str) -> str:
        """The reverse of ``url`` for a path: ``/mirror/van-ban/…`` → ``/van-ban/…`` with base ``/mirror/``."""
        prefix = urlsplit(self.base).path.rstrip("/")
        return path[len(prefix):] if prefix and path.startswith(prefix + "/") else path

    def headers(self) -> tuple[tuple[str, str], ...]:
        """Headers every request to this site carries (cookies, when the user gave them)."""
        return (("Cookie", self.cookies),) if self.cookies else ()

    # ---- discovery -------------------------------------------------------------------------------

    @abstractmethod
    def search(self, query: str | None, since: date | None, number: int = 0) -> Page:
        """The ``number``-th page of the site's listing for a query (and/or an issue date)."""

    @abstractmethod
    def read_listing(self, page: Page, snapshot: Snapshot) -> Listing:
        """The documents a listing page names and the next listing page, if any."""

    def find_number(self, number: str) -> Page:
        """A listing that should hold the document with this number (``--cited-by``)."""
        page = self.search(number, None, 0)
        return Page(page.url, page.kind, page.doc, page.method, page.body, page.headers, 0, want=number)

    id_help: ClassVar[str] = "one of its document pages' URLs"  # for the error message

    def doc_id(self, given: str) -> str:
        """A user's ``--id`` (an id as the site writes it, or a document page's URL) as this source's
        document id; ``BadCrawlOption`` (E502) if it is neither."""
        given = given.strip()
        doc = self.claims(given) if "://" in given else self.read_id(given)
        if doc is None:
            raise BadCrawlOption(f"a {self.name} id is {self.id_help}, not {given!r}")
        return doc

    def read_id(self, given: str) -> str | None:
        """An id written without its URL, or None when it is not one."""
        return None

    def claims(self, url: str) -> str | None:
        """The document id, when ``url`` is one of this source's document pages (``vnlegal ingest URL``)."""
        return None

    # ---- one document ----------------------------------------------------------------------------

    @abstractmethod
    def pages(self, doc: str) -> list[Page]:
        """Every page one document is made from; the first is the one its text comes from."""

    @abstractmethod
    def extract(self, doc: str, pages: dict[str, Snapshot]) -> Extracted:
        """The document and the portal's facts, from the pages that could be fetched (by kind)."""

    def start(self, plan: Plan) -> list[Page]:
        """The first pages of a crawl: the documents asked for by id, else the first listing."""
        if plan.ids:
            return [p for given in plan.ids for p in self.pages(self.doc_id(given))]
        if plan.query is None and plan.since is None:
            raise BadCrawlOption(f"crawl {self.name} needs --query, --id or --since (or --cited-by)")
        return [self.search(plan.query, plan.since, 0)]


# ---- shared helpers ---------------------------------------------------------------------------------


def json_body(payload: dict[str, Any]) -> bytes:
    """A JSON request body written the same way every time (it is part of the request's key)."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


_DATE = re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})|(?P<iso>\d{4}-\d{2}-\d{2})")


def iso_date(text: str | None) -> str | None:
    """``27/11/2015``, ``2015-11-27T00:00:00`` → ``2015-11-27``; None when there is no date."""
    if not text:
        return None
    m = _DATE.search(text)
    if m is None:
        return None
    if m["iso"]:
        return m["iso"]
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


@cache
def _portal_vocab() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("ingest").joinpath("vocab", "portal.json").read_text("utf-8"))
    return data


def group_heading(text: str) -> str:
    """A relation group's heading without its count: "Văn bản căn cứ (2)" → "Văn bản căn cứ"."""
    return re.sub(r"\(\s*\d+\s*\)\s*$", "", " ".join(text.split())).strip(" :")


def _clean_label(text: str) -> str:
    return fold(group_heading(text))


@cache
def _status_index() -> dict[str, str]:
    return {_clean_label(w): e["code"] for e in _portal_vocab()["effect_status"] for w in e["words"]}


@cache
def _relation_index() -> dict[str, str]:
    return {_clean_label(w): e["relation"] for e in _portal_vocab()["relation_groups"] for w in e["words"]}


def status_code(status: str | None) -> str | None:
    """``"Hết hiệu lực một phần"`` → ``"partly_expired"``; an unknown wording → ``"unknown"``."""
    if not status or not status.strip():
        return None
    text = re.sub(r"^(?:tình trạng\s*)?(?:hiệu lực)?\s*:\s*", "", " ".join(status.split()), flags=re.I)
    return _status_index().get(_clean_label(text), "unknown")


def relation_of(group: str) -> str:
    """A relation group heading → the relation it declares; one the vocabulary lacks → ``related``."""
    return _relation_index().get(_clean_label(group), "related")


_NUMBER = re.compile(
    r"""(?<![\w/])
        \d{1,5}                      # the serial: 72
        (?:/\d{4})?                  # the year: /2015
        (?:/|-)                      # then the codes: /NĐ-CP, -KL/TW, /QĐ-UBND
        [A-ZĐ][A-ZĐa-z0-9&]*(?:[-/][A-ZĐ][A-ZĐa-z0-9&]*)*
        (?![\w/])""",
    re.VERBOSE,
)


def same_number(a: str, b: str) -> bool:
    """Two spellings of one number: ``72/2015/NĐ-CP`` = ``72 / 2015 / NÐ-CP``."""
    def norm(n: str) -> str:
        return re.sub(r"\s+", "", n).upper().replace("Ð", "Đ")  # Ð (eth) is a common typo for Đ

    return norm(a) == norm(b)


def find_number(text: str | None) -> str | None:
    """The first document number in a portal's title: ``Nghị định 72/2015/NĐ-CP …`` → ``72/2015/NĐ-CP``."""
    if not text:
        return None
    m = _NUMBER.search(text)
    return m.group(0) if m else None
