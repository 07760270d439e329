"""A plain list of URLs (``vnlegal ingest URL…``, ``vnlegal crawl urls --id URL…``): each page is
one document, handed to the parser as it was received. Requests and redirects stay on the hosts of
the URLs given."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from ingest.errors import BadCrawlOption
from ingest.snapshot import Snapshot
from ingest.sources.base import Extracted, Listing, Page, Source


class UrlList(Source):
    name = "urls"
    default_base = "http://localhost"
    description = "any pages, given by URL: each is one document for the parser"

    def __init__(self, base_url: str | None = None, cookies: str | None = None,
                 urls: tuple[str, ...] = ()) -> None:
        super().__init__(base_url, cookies)
        self._hosts: set[str] = set()
        for url in urls:
            self.doc_id(url)

    @property
    def hosts(self) -> tuple[str, ...]:
        return tuple(sorted(self._hosts))

    def doc_id(self, given: str) -> str:
        """A URL; its host becomes one the crawl may go to."""
        parts = urlsplit(given.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BadCrawlOption(f"not an http(s) URL: {given!r}")
        self._hosts.add(parts.hostname)
        return given.strip()

    def claims(self, url: str) -> str | None:
        return url if urlsplit(url).hostname in self.hosts else None

    def pages(self, doc: str) -> list[Page]:
        return [Page(doc, "document", doc, headers=self.headers())]

    def search(self, query: str | None, since: date | None, number: int = 0) -> Page:
        raise BadCrawlOption("a list of URLs cannot be searched: give the URLs (--id URL …)")

    def read_listing(self, page: Page, snapshot: Snapshot) -> Listing:
        return Listing([])

    def extract(self, doc: str, pages: dict[str, Snapshot]) -> Extracted:
        return Extracted(pages.get("document"))
