"""Fetching, done once for every source, with Scrapy.

Scrapy brings the crawler's politeness: robots.txt (Protego), a per-host delay and concurrency cap
with AutoThrottle, timeouts, a size cap that aborts a download as soon as it is known to be too
large, retries, redirects and offsite filtering. This module adds what a legal-document crawl
needs on top:

- ``BackoffRetryMiddleware`` — retries 429/5xx and network errors *after waiting*: the server's
  ``Retry-After`` when it sends one (up to ``max_retry_wait``), else exponential backoff;
- ``HostGuardRedirectMiddleware`` — follows a redirect only to the source's own hosts, and says
  why when it does not (a loop, another host);
- ``CrawlDelayMiddleware`` — holds a host's delay at least at its robots.txt ``Crawl-delay``;
- ``CorpusCacheMiddleware`` — the corpus manifest is the HTTP cache: a page stored less than
  ``max_age`` ago is served from the corpus without a request; an older one is revalidated with
  ``If-None-Match``/``If-Modified-Since``, and a 304 serves the stored bytes again;
- the spider, which asks the sources what to fetch, stores every page in the corpus as it
  arrives and records each document when all its pages are in.

A crawl killed at any instant restarts from the manifest: the pages already stored are served
from the corpus, so it continues where it stopped and stores nothing twice.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import sys
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from twisted.python.failure import Failure

from ingest import errors
from ingest.corpus import Corpus, DocumentRow, Fetch
from ingest.snapshot import MAX_BYTES, Snapshot
from ingest.sources.base import Found, Page, Source

DEFAULT_USER_AGENT = ("vnlegal/0.1 (crawler of public Vietnamese legal documents; obeys robots.txt, "
                      "one request per second per host)")
RETRY_CODES = (408, 429, 500, 502, 503, 504, 522, 524)
MIN_DELAY = 0.01
_NOT_REPLAYED = {"content-encoding", "content-length", "transfer-encoding", "set-cookie"}


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host, at least
    concurrency: int = 2  # requests in flight per host, at most
    timeout: float = 30.0  # seconds for one response
    retries: int = 3  # after the first attempt, for 429/5xx and network errors
    retry_base: float = 1.0  # backoff: retry_base × 2^attempt seconds, when the server gives no Retry-After
    max_retry_wait: float = 120.0  # the longest wait honoured; a longer Retry-After fails the page
    max_bytes: int = MAX_BYTES  # larger responses are aborted
    max_age: float = 86400.0  # seconds a stored page is served from the corpus without asking again
    verbose: bool = False


@dataclass
class CrawlReport:
    """What a crawl did: pages and documents by outcome, failures with their coded reasons."""

    pages: Counter[str] = field(default_factory=Counter)  # fetched, unchanged, cached, failed
    documents: Counter[str] = field(default_factory=Counter)  # fetched, unchanged, failed
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, "E510 …")
    problems: list[str] = field(default_factory=list)  # extraction problems ("E517 …")
    done: list[tuple[str, str]] = field(default_factory=list)  # (source, doc) recorded this run
    failed_docs: list[tuple[str, str, str]] = field(default_factory=list)  # (source, doc, reason)
    crawl_delays: dict[str, float] = field(default_factory=dict)  # host → robots.txt Crawl-delay

    def summary(self) -> list[str]:
        d, p = self.documents, self.pages
        lines = [f"documents: {d['fetched']} fetched, {d['unchanged']} unchanged, {d['failed']} failed",
                 f"pages: {p['fetched']} fetched, {p['unchanged']} unchanged (revalidated or same bytes), "
                 f"{p['cached']} from the corpus, {p['failed']} failed"]
        by_code = Counter(reason.split(" ", 1)[0] for _, reason in self.failures)
        if self.failures:
            lines.append("failed: " + ", ".join(f"{n}× {code} {_CODE_NAMES.get(code, '')}".rstrip()
                                                for code, n in sorted(by_code.items())))
            lines += [f"  {reason} — {url}" for url, reason in self.failures]
        lines += [f"  {problem}" for problem in self.problems]
        return lines


_CODE_NAMES = {
    "E510": "robots.txt forbids", "E511": "timed out", "E512": "HTTP error", "E513": "too large",
    "E514": "redirect off the site", "E515": "too many redirects", "E516": "connection failed",
    "E517": "unreadable page", "E518": "login needed", "E500": "internal error",
}


_ERRORS: dict[str, type[errors.FetchFailed]] = {
    "E510": errors.RobotsForbidden, "E511": errors.FetchTimeout, "E512": errors.HttpStatus,
    "E513": errors.ResponseTooLarge, "E514": errors.OffsiteRedirect, "E515": errors.TooManyRedirects,
    "E516": errors.ConnectionFailed, "E517": errors.UnreadablePage, "E518": errors.LoginRequired,
}


def error_for(reason: str, where: str = "") -> errors.FetchFailed:
    """The coded error a failure reason stands for (``"E510 robots.txt …"`` → ``RobotsForbidden``)."""
    code, _, message = reason.partition(" ")
    cls = _ERRORS.get(code, errors.FetchFailed)
    return cls(f"{where}: {message}" if where else message)


# ---- pure politeness rules (tested without a network) -----------------------------------------------


def retry_wait(retry_after: str | None, attempt: int, base: float, cap: float,
               now: datetime | None = None) -> float | None:
    """Seconds to wait before retry ``attempt`` (0 for the first retry); None when the server asks
    for a longer wait than ``cap`` (the page then fails rather than hold the crawl).

    >>> retry_wait("7", 0, 1.0, 120.0), retry_wait(None, 3, 1.0, 120.0), retry_wait("600", 0, 1.0, 120.0)
    (7.0, 8.0, None)
    """
    if retry_after:
        value = retry_after.strip()
        seconds: float | None
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):  # not a date either: as if the header were absent
                when = None
            if when is not None and when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            seconds = max(0.0, (when - (now or datetime.now(UTC))).total_seconds()) if when else None
        if seconds is not None:
            return seconds if seconds <= cap else None
    return min(base * 2**attempt, cap)


_TIMEOUTS = {"DownloadTimeoutError", "TimeoutError", "TCPTimedOutError"}
_TOO_LARGE = {"DownloadCancelledError"}  # what Scrapy raises when DOWNLOAD_MAXSIZE cuts a download
_CONNECTION = {"DownloadConnectionRefusedError", "CannotResolveHostError", "DownloadFailedError",
               "ResponseDataLossError", "ConnectionRefusedError", "DNSLookupError", "ConnectError",
               "ConnectionLost", "ConnectionDone", "ResponseNeverReceived", "ResponseFailed"}


def failure_reason(failure: Failure) -> str:
    """A coded one-line reason for a failed request (the crawl summary groups by code)."""
    from scrapy.spidermiddlewares.httperror import HttpError

    exc = failure.value
    text, kind = str(exc), type(exc).__name__
    if isinstance(exc, HttpError):
        r = exc.response
        gave_up = r.request.meta.get("vnlegal_gave_up") if r.request is not None else None
        return f"E512 HTTP {r.status}" + (f" ({gave_up})" if gave_up else "")
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in text:
            return "E510 robots.txt forbids this page"
        if "max redirections" in text:
            return "E515 too many redirects (a redirect loop?)"
        return text if text.startswith("E514") else f"E500 {text}"
    if kind in _TIMEOUTS:
        return "E511 no answer in time"
    if kind in _TOO_LARGE:
        return "E513 larger than the size cap"
    if kind in _CONNECTION:
        return f"E516 connection failed ({kind}: {text})"
    return f"E500 {kind}: {text}"


# ---- middlewares ---------------------------------------------------------------------------------------


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, with a wait before each: Retry-After when given, else exponential backoff."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("VNLEGAL_RETRY_BASE")
        self.cap = settings.getfloat("VNLEGAL_MAX_RETRY_WAIT")

    async def process_response(self, request: scrapy.Request, response: Response,  # type: ignore[override]
                               spider: scrapy.Spider | None = None) -> scrapy.Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0)
        if attempt >= self.max_retry_times:
            return response
        header = response.headers.get(b"Retry-After")
        wait = retry_wait(header.decode("latin-1") if header else None, attempt, self.base, self.cap)
        if wait is None:
            request.meta["vnlegal_gave_up"] = (f"Retry-After {header.decode('latin-1') if header else ''} "
                                               f"is longer than the {self.cap:.0f} s the crawler waits")
            return response
        await asyncio.sleep(wait)
        return self._retry(request, f"HTTP {response.status}") or response

    async def process_exception(self, request: scrapy.Request, exception: Exception,  # type: ignore[override]
                                spider: scrapy.Spider | None = None) -> scrapy.Request | None:
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry"):
            return None
        attempt = request.meta.get("retry_times", 0)
        if attempt < self.max_retry_times:
            await asyncio.sleep(min(self.base * 2**attempt, self.cap))
        return self._retry(request, type(exception).__name__)


class HostGuardRedirectMiddleware(RedirectMiddleware):
    """Redirects are followed only to the hosts of the crawl's sources."""

    def _redirect(self, redirected: scrapy.Request, request: scrapy.Request, reason: Any) -> scrapy.Request:
        host = redirected.url.split("://", 1)[-1].split("/", 1)[0].split(":")[0].lower()
        allowed = getattr(self.crawler.spider, "allowed_domains", None) or []
        if allowed and not any(host == h or host.endswith("." + h) for h in allowed):
            raise IgnoreRequest(f"E514 redirected to {redirected.url}, off the allowed hosts "
                                f"({', '.join(allowed)})")
        return super()._redirect(redirected, request, reason)


class CrawlDelayMiddleware:
    """A host's delay never below the ``Crawl-delay`` its robots.txt asks for."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.delays: dict[str, float] = {}
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlDelayMiddleware:
        return cls(crawler)

    def _robots_parsed(self, robotparser: Any, request: scrapy.Request) -> None:
        ua = self.crawler.settings.get("USER_AGENT")
        delay = robotparser.crawl_delay(ua)
        if delay:
            host = request.url.split("://", 1)[-1].split("/", 1)[0].split(":")[0].lower()
            self.delays[host] = float(delay)
            report = getattr(self.crawler.spider, "report", None)
            if report is not None:
                report.crawl_delays[host] = float(delay)

    def process_request(self, request: scrapy.Request, spider: scrapy.Spider | None = None) -> None:
        if not self.delays:
            return
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        delay = self.delays.get(key)
        if slot is not None and delay is not None and slot.delay < delay:
            slot.delay = delay


class CorpusCacheMiddleware:
    """The manifest as the HTTP cache: fresh pages from the corpus, stale ones revalidated."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> CorpusCacheMiddleware:
        return cls(crawler)

    def process_request(self, request: scrapy.Request, spider: scrapy.Spider | None = None) -> Response | None:
        page = request.meta.get("vnlegal_page")
        spider_ = self.crawler.spider
        if page is None or request.meta.get("vnlegal_fetch_checked"):
            return None
        request.meta["vnlegal_fetch_checked"] = True
        fetch = spider_.corpus.latest(page.key)
        if fetch is None:
            return None
        request.meta["vnlegal_fetch"] = fetch
        if fetch.age_seconds() < spider_.options.max_age:
            return _stored_response(spider_.corpus, fetch, request, "cached")
        etag, modified = fetch.headers.get("etag"), fetch.headers.get("last-modified")
        if etag:
            request.headers["If-None-Match"] = etag
        if modified:
            request.headers["If-Modified-Since"] = modified
        return None

    def process_response(self, request: scrapy.Request, response: Response,
                         spider: scrapy.Spider | None = None) -> Response:
        fetch = request.meta.get("vnlegal_fetch")
        if response.status == 304 and fetch is not None:
            self.crawler.spider.corpus.confirm(fetch)
            return _stored_response(self.crawler.spider.corpus, fetch, request, "unchanged")
        return response


def _stored_response(corpus: Corpus, fetch: Fetch, request: scrapy.Request, flag: str) -> Response:
    body = corpus.read(fetch.sha256)
    headers = {k: v for k, v in fetch.headers.items() if k not in _NOT_REPLAYED}
    cls = responsetypes.from_args(headers={k.encode(): v.encode("latin-1", "replace") for k, v in headers.items()},
                                  url=fetch.final_url, body=body)
    return cls(url=fetch.final_url, status=fetch.status, headers=headers, body=body, request=request, flags=[flag])


# ---- the spider ----------------------------------------------------------------------------------------


@dataclass
class Work:
    """What one source is asked for in a crawl: its first pages, a document limit, a date floor."""

    source: Source
    pages: list[Page]
    limit: int | None = None
    since: date | None = None


class _Spider(scrapy.Spider):
    name = "vnlegal"

    def __init__(self, work: list[Work], corpus: Corpus, options: CrawlOptions, report: CrawlReport,
                 on_document: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.work = {w.source.name: w for w in work}
        self.corpus, self.options, self.report = corpus, options, report
        self.on_document = on_document
        self.allowed_domains = sorted({h for w in work for h in w.source.hosts})
        self.scheduled: dict[str, set[str]] = {name: set() for name in self.work}
        self.waiting: dict[tuple[str, str], set[str]] = {}  # (source, doc) → kinds still to come
        self.got: dict[tuple[str, str], dict[str, tuple[Snapshot, str]]] = {}
        self.order: dict[tuple[str, str], list[Page]] = {}
        self.main_failed: dict[tuple[str, str], str] = {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for w in self.work.values():
            docs = [p for p in w.pages if p.doc is not None]
            for doc in dict.fromkeys(p.doc for p in docs if p.doc is not None):
                for req in self._document(w.source, doc, [p for p in docs if p.doc == doc]):
                    yield req
            for p in w.pages:
                if p.doc is None:
                    yield self._request(w.source, p)

    def _request(self, source: Source, page: Page) -> scrapy.Request:
        return scrapy.Request(page.url, method=page.method, body=page.body, headers=dict(page.headers),
                              callback=self._on_page, errback=self._on_error,
                              meta={"vnlegal_page": page, "vnlegal_source": source.name})

    def _document(self, source: Source, doc: str, pages: list[Page] | None = None) -> Iterator[scrapy.Request]:
        pages = pages or source.pages(doc)
        key = (source.name, doc)
        self.scheduled[source.name].add(doc)
        self.waiting[key] = {p.kind for p in pages}
        self.got[key] = {}
        self.order[key] = pages
        for p in pages:
            yield self._request(source, p)

    def _wants(self, w: Work, found: Found) -> bool:
        if found.doc in self.scheduled[w.source.name]:
            return False
        if w.limit is not None and len(self.scheduled[w.source.name]) >= w.limit:
            return False
        return not (w.since and found.issued and found.issued < w.since.isoformat())

    # ---- callbacks -------------------------------------------------------------------------------------

    def _on_page(self, response: Response) -> Iterator[scrapy.Request]:
        page: Page = response.meta["vnlegal_page"]
        w = self.work[response.meta["vnlegal_source"]]
        try:
            snapshot, state = self._store(page, response)
            self.report.pages[state] += 1
            if page.doc is None:
                yield from self._listing(w, page, snapshot)
            else:
                self._page_done(w.source, page, snapshot, state)
        except errors.VnlegalError as e:
            self._fail(w.source, page, str(e) if str(e).startswith("E") else f"{e.code} {e}")
        except Exception as e:  # a bug must not end the crawl; it is reported with the failures
            self._fail(w.source, page, f"E500 {type(e).__name__}: {e}")

    def _on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        page: Page = request.meta["vnlegal_page"]
        self._fail(self.work[request.meta["vnlegal_source"]].source, page, failure_reason(failure))

    def _store(self, page: Page, response: Response) -> tuple[Snapshot, str]:
        fetch: Fetch | None = response.meta.get("vnlegal_fetch")
        if fetch is not None and ("cached" in response.flags or "unchanged" in response.flags):
            return self.corpus.snapshot(fetch), "cached" if "cached" in response.flags else "unchanged"
        headers = {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1")
                   for k, v in response.headers.items() if k.decode("latin-1").lower() != "set-cookie"}
        snapshot = Snapshot(response.body, response.url, media_type=headers.get("content-type"),
                            status=response.status, headers=headers)
        stored, new = self.corpus.record_fetch(page.key, page.method, page.url, snapshot)
        return self.corpus.snapshot(stored), "fetched" if new else "unchanged"

    def _listing(self, w: Work, page: Page, snapshot: Snapshot) -> Iterator[scrapy.Request]:
        listing = w.source.read_listing(page, snapshot)
        if page.want and not listing.found:
            self.report.failures.append((page.url, f"E517 {page.want}: not found on {w.source.name}"))
        for f in listing.found:
            if self._wants(w, f):
                yield from self._document(w.source, f.doc)
        older = w.since is not None and listing.found and all(
            f.issued and f.issued < w.since.isoformat() for f in listing.found)
        full = w.limit is not None and len(self.scheduled[w.source.name]) >= w.limit
        if listing.next is not None and not older and not full:
            yield self._request(w.source, listing.next)

    def _page_done(self, source: Source, page: Page, snapshot: Snapshot | None, state: str) -> None:
        key = (source.name, page.doc or "")
        if key not in self.waiting or page.kind not in self.waiting[key]:
            return
        self.waiting[key].discard(page.kind)
        if snapshot is not None:
            self.got[key][page.kind] = (snapshot, state)
        if not self.waiting[key]:
            self._finish(source, page.doc or "")

    def _fail(self, source: Source, page: Page, reason: str) -> None:
        self.report.pages["failed"] += 1
        self.report.failures.append((page.url, reason))
        if page.doc is not None:
            key = (source.name, page.doc)
            if self.order.get(key) and page.kind == self.order[key][0].kind:
                self.main_failed[key] = reason  # the page the text comes from
            self._page_done(source, page, None, "failed")

    def _finish(self, source: Source, doc: str) -> None:
        """All pages of a document are in (or failed): extract it and record it in the manifest."""
        key = (source.name, doc)
        got, pages = self.got.pop(key, {}), self.order.pop(key, [])
        self.waiting.pop(key, None)
        main_failed = self.main_failed.pop(key, None)
        snaps = {kind: s for kind, (s, _) in got.items()}
        extracted = None
        if snaps:
            try:
                extracted = source.extract(doc, snaps)
            except errors.VnlegalError as e:
                self.report.problems.append(str(e))
        readable = extracted is not None and (extracted.document is not None or extracted.facts is not None)
        changed = False
        if extracted is not None and readable:
            self.report.problems.extend(extracted.problems)
            row = DocumentRow(
                source=source.name, doc_id=doc,
                url=extracted.document.location if extracted.document else (pages[0].url if pages else doc),
                document_sha=self.corpus.put_bytes(extracted.document.data) if extracted.document else None,
                pages={kind: s.sha256 for kind, s in snaps.items()},
                facts=extracted.facts.to_dict() if extracted.facts else None,
                problems=list(extracted.problems))
            old = self.corpus.document(source.name, doc)
            self.corpus.record_document(row)
            self.report.done.append(key)
            changed = old is None or (old.document_sha, old.pages, old.facts) != (
                row.document_sha, row.pages, row.facts) or any(st == "fetched" for _, st in got.values())
        if main_failed or not readable:
            outcome = "failed"
            self.report.failed_docs.append(
                (source.name, doc, main_failed or "E517 nothing could be read from its pages"))
        else:
            outcome = "fetched" if changed else "unchanged"
        self.report.documents[outcome] += 1
        self.on_document(outcome)

    def closed(self, reason: str) -> None:
        """Documents whose pages never all came back (a request dropped on the way) are failures."""
        for source_name, doc in list(self.waiting):
            self.report.documents["failed"] += 1
            self.report.failed_docs.append((source_name, doc, "E500 some of its pages were never answered"))


# ---- running a crawl -----------------------------------------------------------------------------------


def scrapy_settings(options: CrawlOptions) -> dict[str, Any]:
    mw = "ingest.engine."
    return {
        "USER_AGENT": options.user_agent,
        "ROBOTSTXT_OBEY": True,
        # A floor of 10 ms: with no delay at all, Scrapy 2.19 hands a host's queued requests out in
        # one burst, past CONCURRENT_REQUESTS_PER_DOMAIN (the slot counts a transfer once it starts).
        "DOWNLOAD_DELAY": max(options.delay, MIN_DELAY),
        "RANDOMIZE_DOWNLOAD_DELAY": options.delay > 0,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": options.concurrency,
        "AUTOTHROTTLE_ENABLED": options.delay > 0,
        "AUTOTHROTTLE_START_DELAY": max(options.delay, 1.0),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_TIMEOUT": options.timeout,
        "DOWNLOAD_MAXSIZE": options.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": options.retries > 0,
        "RETRY_TIMES": options.retries,
        "RETRY_HTTP_CODES": list(RETRY_CODES),
        "VNLEGAL_RETRY_BASE": options.retry_base,
        "VNLEGAL_MAX_RETRY_WAIT": options.max_retry_wait,
        "REDIRECT_MAX_TIMES": 5,
        "METAREFRESH_ENABLED": False,
        "COOKIES_ENABLED": False,  # cookies the user gives are sent as a header; none are collected
        "DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter",  # the sources deduplicate documents
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO" if options.verbose else "CRITICAL",
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
            mw + "BackoffRetryMiddleware": 550,
            mw + "HostGuardRedirectMiddleware": 600,
            mw + "CrawlDelayMiddleware": 610,
            mw + "CorpusCacheMiddleware": 900,
        },
    }


def run(work: list[Work], corpus: Corpus, options: CrawlOptions,
        on_document: Callable[[str], None] = lambda _: None) -> CrawlReport:
    """Run one crawl to its end (Scrapy's reactor runs once per process: call this once)."""
    from scrapy.crawler import CrawlerProcess

    report = CrawlReport()
    if not any(w.pages for w in work):
        return report
    if not options.verbose:
        logging.getLogger("scrapy").setLevel(logging.CRITICAL)
        logging.getLogger("twisted").setLevel(logging.CRITICAL)
    process = CrawlerProcess({**scrapy_settings(options), "LOG_INSTALL_ROOT_HANDLER": options.verbose})
    process.crawl(_Spider, work=work, corpus=corpus, options=options, report=report, on_document=on_document)
    process.start()
    if options.verbose:
        print("\n".join(report.summary()), file=sys.stderr)
    return report
