"""vbpl.vn, the Ministry of Justice's database of legal documents (a SharePoint site).

A document is ``COLLECTION/ItemID`` (``TW/96172``; provincial collections such as ``tphcm/…``)
and three pages: ``vbpq-toanvan.aspx`` (the text, ``div#toanvancontent``, which the parser reads
as it is), ``vbpq-thuoctinh.aspx`` (the attribute table and the effect status) and
``vbpq-luocdo.aspx`` (the relation diagram: one ``div.luocdo`` block per group, "Văn bản căn cứ",
"Văn bản dẫn chiếu" …, each listing links with an ``ItemID``). Search is the site's result list
``pKetQuaTimKiem.aspx`` (``Keyword``, ``fromyear``, ``Page``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from bs4 import Tag

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
    group_heading,
    iso_date,
    same_number,
)
from ingest.sources.html import attr, soup, text_of

_ID = re.compile(r"^(?:(?P<coll>[A-Za-z][A-Za-z0-9]*)[/:])?(?P<item>\d+)$")
_PAGE = re.compile(r"/(?P<coll>[^/]+)/Pages/vbpq-[a-z-]+\.aspx$", re.I)
_SKIPPED_GROUPS = {"văn bản hiện thời"}  # the document itself, in the middle of the diagram
ROWS_PER_PAGE = 50


class Vbpl(Source):
    name = "vbpl"
    default_base = "https://vbpl.vn"
    description = "vbpl.vn (Bộ Tư pháp): text, attributes, Lược đồ relations and effect status"
    id_help = "an ItemID, optionally with its collection (96172, TW/96172, tphcm/12345), or its page's URL"

    def read_id(self, given: str) -> str | None:
        m = _ID.match(given)
        return f"{m['coll'] or 'TW'}/{m['item']}" if m else None

    def claims(self, url: str) -> str | None:
        parts = urlsplit(url)
        m = _PAGE.search(parts.path)
        items = parse_qs(parts.query).get("ItemID")
        if parts.hostname not in self.hosts or m is None or not items or not items[0].isdigit():
            return None
        return f"{m['coll']}/{items[0]}"

    def _page_url(self, doc: str, page: str) -> str:
        coll, item = doc.split("/")
        return self.url(f"{coll}/Pages/{page}.aspx?ItemID={item}")

    def pages(self, doc: str) -> list[Page]:
        h = self.headers()
        return [Page(self._page_url(doc, "vbpq-toanvan"), "document", doc, headers=h),
                Page(self._page_url(doc, "vbpq-thuoctinh"), "attributes", doc, headers=h),
                Page(self._page_url(doc, "vbpq-luocdo"), "relations", doc, headers=h)]

    def search(self, query: str | None, since: date | None, number: int = 0) -> Page:
        params = {"dvid": "13", "IsVietNamese": "True", "type": "0", "s": "1", "Keyword": query or "",
                  "SearchIn": "Title,Title1", "IsRec": "1", "pv": "0",
                  "fromyear": since.strftime("%d/%m/%Y") if since else "", "toyear": "",
                  "Page": str(number + 1), "RowPerPage": str(ROWS_PER_PAGE)}
        url = self.url("VBQPPL_UserControls/Publishing/TimKiem/pKetQuaTimKiem.aspx?" + urlencode(params))
        return Page(url, "search", number=number, headers=self.headers())

    def read_listing(self, page: Page, snapshot: Snapshot) -> Listing:
        doc = soup(snapshot)
        found: dict[str, Found] = {}
        for a in doc.find_all("a", href=True):
            target = self._linked_doc(attr(a, "href"))
            if target is None or target in found:
                continue
            title = text_of(a) or attr(a, "title")
            item = a.find_parent("li") or a.parent
            found[target] = Found(target, title or None, find_number(title),
                                  iso_date(_after(text_of(item), "Ban hành")))
        hits = list(found.values())
        if page.want:
            hits = [f for f in hits if f.number and same_number(f.number, page.want)][:1]
            return Listing(hits)
        more = any(f"Page={page.number + 2}" in attr(a, "href") or a.get_text(strip=True) == str(page.number + 2)
                   for a in doc.find_all("a"))
        nxt = self.search_next(page) if hits and more else None
        return Listing(hits, nxt)

    def search_next(self, page: Page) -> Page:
        url = page.url.replace(f"Page={page.number + 1}&", f"Page={page.number + 2}&")
        return Page(url, "search", number=page.number + 1, headers=page.headers)

    def _linked_doc(self, href: str) -> str | None:
        m = re.search(r"(?:/(?P<coll>[^/?#]+)/Pages/)?vbpq-(?:toanvan|thuoctinh|luocdo)\.aspx\?(?P<q>[^#]*)",
                      href, re.I)
        if m is None:
            return None
        items = parse_qs(m["q"]).get("ItemID")
        if not items or not items[0].isdigit():
            return None
        return f"{m['coll'] or 'TW'}/{items[0]}"

    # ---- one document ----------------------------------------------------------------------------

    def extract(self, doc: str, pages: dict[str, Snapshot]) -> Extracted:
        problems: list[str] = []
        document = pages.get("document")
        if document is not None and not text_of(soup(document).find(id="toanvancontent")):
            problems.append(f"E517 {document.location}: vbpl.vn shows no full text for this document")
            document = None
        facts = None
        if "attributes" in pages or "relations" in pages:
            facts = PortalFacts(origin=self.name, portal_id=doc, url=self._page_url(doc, "vbpq-toanvan"),
                                **(_attributes(pages["attributes"]) if "attributes" in pages else {}))
            if "relations" in pages:
                relations, known = self._relations(pages["relations"])
                facts = replace(facts, relations=relations, relations_known=known)
        return Extracted(document, facts, problems)

    def _relations(self, snapshot: Snapshot) -> tuple[tuple[PortalRelation, ...], bool]:
        page = soup(snapshot)
        diagram = page.find(class_=re.compile(r"^vbLuocDo$", re.I))
        if diagram is None:
            return (), False
        out: list[PortalRelation] = []
        for block in diagram.find_all(class_=re.compile(r"^luocdo$", re.I)):
            group = group_heading(text_of(block.find(class_=re.compile(r"^title", re.I))))
            if not group or group.lower() in _SKIPPED_GROUPS:
                continue
            for li in block.find_all("li"):
                a = li.find("a", href=True)
                if not isinstance(a, Tag):
                    continue
                target = self._linked_doc(attr(a, "href"))
                out.append(PortalRelation.of(
                    group, attr(a, "title") or text_of(a), number=text_of(a), portal_id=target,
                    url=self._page_url(target, "vbpq-toanvan") if target else None,
                    issued=iso_date(_after(text_of(li), "Ban hành"))))
        return tuple(out), True


def _after(text: str, label: str) -> str | None:
    i = text.find(label)
    return text[i + len(label):] if i >= 0 else None


_LABELS = {
    "số ký hiệu": "number",
    "ngày ban hành": "issued",
    "loại văn bản": "type",
    "ngày có hiệu lực": "effective_from",
    "ngày hết hiệu lực": "effective_to",
    "lĩnh vực": "fields",
}


def _attributes(snapshot: Snapshot) -> dict[str, Any]:
    """The attribute table (``div.vbProperties``) and the status box (``div.vbInfo``)."""
    page = soup(snapshot)
    out: dict[str, Any] = {}
    table = page.find(class_="vbProperties") or page
    titles = table.find_all("td", class_="title")
    if titles:
        out["title"] = text_of(titles[0]) or None
    for td in table.find_all("td", class_="label"):
        label = text_of(td).lower()
        cells = td.find_next_siblings("td")
        value = text_of(cells[0]) if cells else ""
        if label.startswith("cơ quan ban hành"):
            out["issuer"] = value or None
            if len(cells) >= 3:
                out["signer"] = text_of(cells[2]) or None
        elif label in _LABELS and value:
            key = _LABELS[label]
            if key == "number":
                out[key] = find_number(value)  # "Không số" (the Constitution has none) is no number
            elif key == "fields":
                out[key] = tuple(v.strip() for v in value.split(",") if v.strip())
            elif key in ("issued", "effective_from", "effective_to"):
                out[key] = iso_date(value)
            else:
                out[key] = value
    for td in titles:
        if text_of(td).startswith("Tình trạng hiệu lực"):
            out["status"] = text_of(td).split(":", 1)[-1].strip() or None
    info = page.find(class_="vbInfo")
    if isinstance(info, Tag):
        for li in info.find_all("li"):
            label, _, value = text_of(li).partition(":")
            label, value = label.strip().lower(), value.strip()
            if label == "hiệu lực" and "status" not in out:
                out["status"] = value or None
            elif label == "ngày hết hiệu lực" and value:
                out["effective_to"] = iso_date(value)
            elif label == "ngày có hiệu lực" and value and "effective_from" not in out:
                out["effective_from"] = iso_date(value)
    return out
