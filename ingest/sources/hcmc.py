"""News of the Ho Chi Minh City portals: hochiminhcity.gov.vn (Liferay: articles at ``/-/<slug>``,
the body in ``.journal-content-article``) and the City office's portal (vpub.hochiminhcity.gov.vn,
SharePoint: ``/portal/Home/…``, the body in ``.ArticleContent``).

Such an article announces a plan ("UBND TP vừa ban hành Kế hoạch … năm 2024") and summarises it,
as in the 2024 seed. What the parser gets is the article as plain text: its title, its date and
its body, with the portal's menus, sharing buttons, related links, visitor counters and footer
removed. The portals declare no attributes or relations about the plan, so there are no portal facts.

Articles are crawled by URL (``--id``); ``--query`` reads the portal's search page
(``/tim-kiem?q=…&page=N``) and follows its article links.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlencode, urlsplit

from bs4 import BeautifulSoup

from ingest.snapshot import Snapshot
from ingest.sources.base import Extracted, Found, Listing, Page, Source, iso_date
from ingest.sources.html import attr, drop, first, paragraphs, soup, text_of

OFFICE_PORTAL = "vpub.hochiminhcity.gov.vn"
_ARTICLE = re.compile(r"^/-/[^/?#]+$|^/portal/[Hh]ome/.+/default\.aspx$|^/(?:tin-tuc|news)/.+")
_BOILERPLATE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                ".breadcrumb", ".share", ".social", ".related", ".tin-lien-quan", ".comments",
                ".print", ".tags", ".banner", ".menu", "[role=navigation]")
# Lines a portal page ends with: "Liên kết website", visitor counters, bare links and paths.
_TRAILER = re.compile(r"^(?:Liên kết website|Đang truy cập\b|Lượt truy cập\b|Tổng lượt truy cập\b|"
                      r"[\d.,]+$|https?://\S+$|/\S+$|Chia sẻ\b|In bài\b|Tin liên quan\b|Các tin khác\b)", re.I)
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


class Hcmc(Source):
    name = "hcmc"
    default_base = "https://hochiminhcity.gov.vn"
    description = "HCMC portals (hochiminhcity.gov.vn, the City office's portal): news articles"

    @property
    def hosts(self) -> tuple[str, ...]:
        own = super().hosts
        return (*own, OFFICE_PORTAL) if self.base.rstrip("/") == self.default_base else own

    id_help = "an article's URL on the portals (or its path below --base-url)"

    def read_id(self, given: str) -> str | None:
        return given if given.startswith("/") else None

    def claims(self, url: str) -> str | None:
        """An article on the base's host is its path below the base; on the other portal, its URL."""
        parts = urlsplit(url)
        if parts.hostname not in self.hosts:
            return None
        if parts.hostname != urlsplit(self.base).hostname:
            return url
        return self.below_base(parts.path) + (f"?{parts.query}" if parts.query else "")

    def _article_url(self, doc: str) -> str:
        return doc if "://" in doc else self.url(doc)

    def pages(self, doc: str) -> list[Page]:
        return [Page(self._article_url(doc), "article", doc, headers=self.headers())]

    def search(self, query: str | None, since: date | None, number: int = 0) -> Page:
        params = {"q": query or "", "page": str(number + 1)}
        return Page(self.url("tim-kiem?" + urlencode(params)), "search", number=number, headers=self.headers())

    def read_listing(self, page: Page, snapshot: Snapshot) -> Listing:
        doc = soup(snapshot)
        found: dict[str, Found] = {}
        for a in doc.find_all("a", href=True):
            url = self.url(attr(a, "href")) if "://" not in attr(a, "href") else attr(a, "href")
            parts = urlsplit(url)
            if parts.hostname not in self.hosts or not _ARTICLE.match(self.below_base(parts.path)):
                continue
            target = self.claims(url)
            if target is None or target in found:
                continue
            card = a.find_parent(["li", "article", "div"])
            found[target] = Found(target, text_of(a) or None, None, iso_date(text_of(card)))
        hits = list(found.values())
        more = any(f"page={page.number + 2}" in attr(a, "href") for a in doc.find_all("a"))
        nxt = self.search_page(page, page.number + 1) if hits and more else None
        return Listing(hits, nxt)

    def search_page(self, page: Page, number: int) -> Page:
        url = re.sub(r"([?&]page=)\d+", rf"\g<1>{number + 1}", page.url)
        return Page(url, "search", number=number, headers=page.headers)

    def extract(self, doc: str, pages: dict[str, Snapshot]) -> Extracted:
        snap = pages.get("article")
        if snap is None:
            return Extracted(None)
        page = soup(snap)
        title, published = _title(page), _published(page)
        drop(page, *_BOILERPLATE)
        body = first(page, "[itemprop=articleBody]", ".journal-content-article", ".ArticleContent",
                     ".news-content", ".article-content", "article", "main", "#content", "body")
        lines = paragraphs(body) if body is not None else []
        if title and lines and lines[0] == title:
            lines = lines[1:]
        while lines and _TRAILER.match(lines[-1]):
            lines.pop()
        lines = _without_trailer(lines)
        if not lines:
            return Extracted(None, None, [f"E517 {snap.location}: no article text on the page"])
        head = [title] if title else []
        if published:
            head.append(published)
        text = "\n\n".join([*head, *lines]) + "\n"
        return Extracted(Snapshot(text.encode(), snap.location, fetched_at=snap.fetched_at, media_type="text/plain"))


def _title(page: BeautifulSoup) -> str | None:
    meta = page.find("meta", attrs={"property": "og:title"})
    if meta is not None and attr(meta, "content").strip():
        return " ".join(attr(meta, "content").split())
    h = first(page, "h1", ".header-title", ".title-news", ".article-title", "h2")
    return text_of(h) or None


def _published(page: BeautifulSoup) -> str | None:
    """The article's date as the portal shows it (dd/mm/yyyy)."""
    meta = page.find("meta", attrs={"property": "article:published_time"})
    if meta is not None:
        iso = iso_date(attr(meta, "content"))
        if iso:
            y, m, d = iso.split("-")
            return f"{d}/{m}/{y}"
    for sel in (".date", ".time", ".news-date", ".published-date", ".publish-date", ".ngay-dang", "time"):
        el = page.select_one(sel)
        found = _DATE.search(text_of(el)) if el is not None else None
        if found:
            return found.group(0)
    return None


def _without_trailer(lines: list[str]) -> list[str]:
    """Cut the page's own furniture that follows the article ("Liên kết website" and what comes after)."""
    for i, line in enumerate(lines):
        if re.match(r"^(?:Liên kết website|Tin liên quan|Các tin khác|Tin cùng chuyên mục)\b", line, re.I) \
                or re.search(r"\bLiên kết website$", line):
            keep = lines[:i]
            tail = re.sub(r"\s*Liên kết website$", "", line)
            return [*keep, tail] if tail and tail != line else keep
    return lines
