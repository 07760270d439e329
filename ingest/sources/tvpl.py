"""thuvienphapluat.vn, the largest private legal library.

A document page is ``/van-ban/<field>/<slug>-<id>.aspx``: the attribute block ``#divThuocTinh``
(an ``h1`` title and a table of "Số hiệu:", "Loại văn bản:", "Nơi ban hành:" … label cells, each
followed by its value) and the text ``#divContentDoc .content1``. The relation diagram (tab
"Lược đồ", ``#tab4``: one block per group, "Văn bản hướng dẫn", "Văn bản sửa đổi bổ sung" …) is
filled only for paid accounts: it is read when the user passes the cookies of a logged-in session
(``--cookies``), and skipped otherwise, which only leaves the relations unknown. Search is
``/page/tim-van-ban.aspx`` (``keyword``, ``bdate``, ``page``), results in ``p.nqTitle a``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlencode, urlsplit

from bs4 import BeautifulSoup, Tag

from ingest.snapshot import Snapshot
from ingest.sources.base import (
    Extracted,
    Found,
    Listing,
    Page,
    PortalFacts,
    PortalRelation,
    Source,
    find_number,
    iso_date,
    same_number,
)
from ingest.sources.html import attr, first, html_document, soup, text_of

_DOC_PATH = re.compile(r"^/van-ban/[^/?#]+/[^/?#]+-(?P<id>\d+)\.aspx$")
_LINK = re.compile(r"/van-ban/[^/?#]+/[^/?#]+-\d+\.aspx")
_LABELS = {"số hiệu": "number", "loại văn bản": "type", "nơi ban hành": "issuer", "người ký": "signer",
           "ngày ban hành": "issued", "ngày hiệu lực": "effective_from", "tình trạng": "status",
           "ngày hết hiệu lực": "effective_to", "lĩnh vực": "fields"}
_HIDDEN = {"đã biết", "đang cập nhật", "dữ liệu đang cập nhật"}  # what the site shows visitors instead
_LOGIN = re.compile(r"đăng nhập|thành viên|tài khoản\s+(?:vip|pro)", re.I)


class Tvpl(Source):
    name = "tvpl"
    default_base = "https://thuvienphapluat.vn"
    description = "thuvienphapluat.vn: text and attributes; relation groups with --cookies of a paid account"
    id_help = "a document page, /van-ban/<field>/<slug>-<id>.aspx, or its URL"

    def read_id(self, given: str) -> str | None:
        return given if _DOC_PATH.match(given) else None

    def claims(self, url: str) -> str | None:
        parts = urlsplit(url)
        path = self.below_base(parts.path)
        return path if parts.hostname in self.hosts and _DOC_PATH.match(path) else None

    def pages(self, doc: str) -> list[Page]:
        return [Page(self.url(doc), "document", doc, headers=self.headers())]

    def search(self, query: str | None, since: date | None, number: int = 0) -> Page:
        params = {"keyword": query or "", "area": "0", "type": "0", "status": "0", "lan": "1", "org": "0",
                  "signer": "0", "match": "True", "sort": "1",
                  "bdate": since.strftime("%d/%m/%Y") if since else "", "edate": "", "page": str(number + 1)}
        return Page(self.url("page/tim-van-ban.aspx?" + urlencode(params)), "search", number=number,
                    headers=self.headers())

    def read_listing(self, page: Page, snapshot: Snapshot) -> Listing:
        doc = soup(snapshot)
        anchors = doc.select("p.nqTitle a[href]") or doc.find_all("a", href=_LINK)
        found: dict[str, Found] = {}
        for a in anchors:
            path = self.below_base(urlsplit(attr(a, "href")).path)
            if not _DOC_PATH.match(path) or path in found:
                continue
            card = a.find_parent(class_=re.compile(r"^content-\d")) or a.parent
            dates = text_of(card.select_one(".right-col") if isinstance(card, Tag) else None)
            title = text_of(a)
            found[path] = Found(path, title or None, find_number(title), iso_date(dates))
        hits = list(found.values())
        if page.want:
            return Listing([f for f in hits if f.number and same_number(f.number, page.want)][:1])
        more = any(re.search(rf"[?&]page={page.number + 2}(?:&|$)", attr(a, "href")) for a in doc.find_all("a"))
        nxt = None
        if hits and more:
            url = re.sub(r"([?&]page=)\d+", rf"\g<1>{page.number + 2}", page.url)
            nxt = Page(url, "search", number=page.number + 1, headers=page.headers)
        return Listing(hits, nxt)

    def extract(self, doc: str, pages: dict[str, Snapshot]) -> Extracted:
        snap = pages.get("document")
        if snap is None:
            return Extracted(None)
        page = soup(snap)
        problems: list[str] = []
        m = _DOC_PATH.match(doc)
        facts = PortalFacts(origin=self.name, portal_id=m["id"] if m else doc, url=snap.location,
                            **_attributes(page))
        if self.cookies:
            relations, known = self._relations(page)
            if not known:
                problems.append(f"E518 {snap.location}: the relation tab is not shown to this session "
                                "(thuvienphapluat.vn shows it to paid accounts: are the cookies current?)")
            facts = replace(facts, relations=relations, relations_known=known)
        content = first(page, "#divContentDoc .content1", ".content1", "#divContentDoc", ".cldivContentDocVn")
        document = None
        if content is not None and text_of(content):
            for bad in content.select("script, style, noscript"):
                bad.decompose()
            document = Snapshot(html_document(facts.title, content.decode_contents()), snap.location,
                                fetched_at=snap.fetched_at, media_type="text/html")
        else:
            problems.append(f"E517 {snap.location}: no document text (#divContentDoc) on the page")
        return Extracted(document, facts, problems)

    def _relations(self, page: BeautifulSoup) -> tuple[tuple[PortalRelation, ...], bool]:
        tab = page.find(id="tab4")
        if not isinstance(tab, Tag):
            return (), False
        out: list[PortalRelation] = []
        blocks = [b for b in tab.find_all(id=re.compile(r"Document$")) if isinstance(b, Tag)]
        for block in blocks:
            group = text_of(first(block, ".title", "h2", "h3", "h4", "b", "strong"))
            for a in block.find_all("a", href=_LINK):
                path = self.below_base(urlsplit(attr(a, "href")).path)
                m = _DOC_PATH.match(path)
                out.append(PortalRelation.of(group, text_of(a), portal_id=m["id"] if m else None, url=self.url(path)))
        if not blocks and _LOGIN.search(text_of(tab)):
            return (), False
        return tuple(out), True


def _attributes(page: BeautifulSoup) -> dict[str, Any]:
    box = page.find(id="divThuocTinh")
    out: dict[str, Any] = {}
    if not isinstance(box, Tag):
        return out
    h1 = box.find("h1")
    if isinstance(h1, Tag):
        out["title"] = text_of(h1) or None
    cells = [text_of(td) for td in box.find_all("td")]
    for i, cell in enumerate(cells):
        label = cell.rstrip(": ").lower()
        if not cell.endswith(":") or label not in _LABELS:
            continue
        value = next((c for c in cells[i + 1:] if c), "")
        if value.endswith(":") or value.lower() in _HIDDEN:
            continue
        key = _LABELS[label]
        if key == "number":
            out[key] = find_number(value)
        elif key in ("issued", "effective_from", "effective_to"):
            out[key] = iso_date(value)
        elif key == "fields":
            out[key] = tuple(v.strip() for v in value.split(",") if v.strip())
        else:
            out[key] = value
    return out
