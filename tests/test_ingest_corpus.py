"""The corpus folder: content-addressed snapshots, the manifest, and the pure politeness rules of
the engine (waits, failure reasons, settings)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from ingest.corpus import Corpus, DocumentRow
from ingest.engine import CrawlDelayMiddleware, CrawlOptions, error_for, failure_reason, retry_wait, scrapy_settings
from ingest.errors import CorpusError, HttpStatus, RobotsForbidden, error_from_message
from ingest.snapshot import Snapshot, document_files


def snap(data: bytes, url: str = "http://h/a", at: str = "2024-01-01T00:00:00+00:00") -> Snapshot:
    return Snapshot(data, url, fetched_at=at, status=200, headers={"etag": '"v1"', "content-type": "text/plain"})


def test_the_same_bytes_are_stored_once(tmp_path: Path) -> None:
    with Corpus(tmp_path) as c:
        a, new_a = c.record_fetch("k1", "GET", "http://h/a", snap(b"Quy\xe1\xba\xbft \xc4\x91\xe1\xbb\x8bnh"))
        b, new_b = c.record_fetch("k2", "GET", "http://h/b", snap(b"Quy\xe1\xba\xbft \xc4\x91\xe1\xbb\x8bnh", "http://h/b"))
        again, new_again = c.record_fetch("k1", "GET", "http://h/a", snap(b"Quy\xe1\xba\xbft \xc4\x91\xe1\xbb\x8bnh",
                                                                           at="2024-02-01T00:00:00+00:00"))
        assert a.sha256 == b.sha256 == again.sha256 == hashlib.sha256("Quyết định".encode()).hexdigest()
        assert (new_a, new_b, new_again) == (True, True, False)
        assert again.fetched_at == "2024-01-01T00:00:00+00:00" and again.checked_at == "2024-02-01T00:00:00+00:00"
        assert [p for p in (tmp_path / "objects").rglob("*") if p.is_file()] == [c.path(a.sha256)]
        assert c.read(a.sha256) == "Quyết định".encode()


def test_a_changed_page_is_a_new_version_and_the_latest_wins(tmp_path: Path) -> None:
    with Corpus(tmp_path) as c:
        c.record_fetch("k", "GET", "http://h/a", snap(b"v1"))
        c.record_fetch("k", "GET", "http://h/a", snap(b"v2", at="2024-03-01T00:00:00+00:00"))
        latest = c.latest("k")
        assert latest is not None and c.read(latest.sha256) == b"v2"
        assert len(c.digest()["fetches"]) == 2  # both versions are kept
        assert c.latest("unknown") is None


def test_provenance_is_kept(tmp_path: Path) -> None:
    with Corpus(tmp_path) as c:
        fetch, _ = c.record_fetch("k", "GET", "http://h/a", snap(b"x", "http://h/final"))
        s = c.snapshot(fetch)
        assert (s.location, s.status, s.headers["etag"], s.fetched_at, s.sha256) == (
            "http://h/final", 200, '"v1"', "2024-01-01T00:00:00+00:00", hashlib.sha256(b"x").hexdigest())
        c.confirm(fetch, "2024-05-01T00:00:00+00:00")
        confirmed = c.latest("k")
        assert confirmed is not None and confirmed.checked_at == "2024-05-01T00:00:00+00:00"
        assert confirmed.age_seconds(datetime(2024, 5, 2, tzinfo=UTC)) == timedelta(days=1).total_seconds()


def test_a_killed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    (tmp_path / "objects" / "tmp").mkdir(parents=True)
    (tmp_path / "objects" / "tmp" / "abc.123").write_bytes(b"half a page")
    with Corpus(tmp_path) as c:
        assert not list((tmp_path / "objects" / "tmp").iterdir())
        assert c.digest() == {"fetches": [], "documents": []}


def test_documents_and_digest_have_no_clock(tmp_path: Path) -> None:
    row = DocumentRow("vbpl", "TW/1", "http://h/a", "ab" * 32, {"document": "cd" * 32},
                      {"origin": "vbpl", "relations": []}, ["E517 x"])
    with Corpus(tmp_path / "a") as a, Corpus(tmp_path / "b") as b:
        for c, at in ((a, "2024-01-01T00:00:00+00:00"), (b, "2025-06-01T00:00:00+00:00")):
            c.record_fetch("k", "GET", "http://h/a", snap(b"page", at=at))
            c.record_document(row)
        assert a.document("vbpl", "TW/1") == row and list(a.documents("vbpl")) == [row]
        assert a.digest() == b.digest()


def test_parse_failures_are_remembered_per_parser_version(tmp_path: Path) -> None:
    with Corpus(tmp_path) as c:
        c.record_parse_failure("ab", "0.1.0", "E202: no document")
        assert c.parse_failure("ab", "0.1.0") == "E202: no document"
        assert c.parse_failure("ab", "0.2.0") is None


def test_a_file_where_the_corpus_should_be_is_a_coded_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(CorpusError) as e:
        Corpus(tmp_path / "file")
    assert e.value.code == "E504"


def test_document_files_leave_a_crawl_store_out(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text("Kế hoạch")
    with Corpus(tmp_path) as c:
        c.record_fetch("k", "GET", "http://h/a", snap(b"page"))
    assert document_files([tmp_path]) == [tmp_path / "plan.txt"]


# ---- politeness rules --------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "attempt", "wait"), [
    ("7", 0, 7.0), ("0", 2, 0.0), (None, 0, 1.0), (None, 3, 8.0), (None, 10, 120.0),
    ("600", 0, None),  # longer than the crawler waits: the page fails instead
    ("Wed, 01 Jan 2025 00:00:30 GMT", 0, 30.0), ("soon", 1, 2.0)])
def test_retry_wait(header: str | None, attempt: int, wait: float | None) -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    assert retry_wait(header, attempt, 1.0, 120.0, now=now) == wait


def _failure(exc: Exception) -> Any:
    from twisted.python.failure import Failure

    try:
        raise exc
    except Exception:
        return Failure()


def test_failure_reasons_are_coded() -> None:
    from scrapy.core.downloader.handlers.http11 import DownloadTimeoutError
    from scrapy.exceptions import IgnoreRequest
    from scrapy.http import Request, Response
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet.error import ConnectionRefusedError

    response = Response("http://h/a", status=404, request=Request("http://h/a"))
    cases = [(IgnoreRequest("Forbidden by robots.txt"), "E510"), (IgnoreRequest("max redirections reached"), "E515"),
             (IgnoreRequest("E514 redirected to http://x/"), "E514"), (HttpError(response, "x"), "E512"),
             (DownloadTimeoutError("took longer than 1.0 seconds"), "E511"), (ConnectionRefusedError(), "E516")]
    for exc, code in cases:
        assert failure_reason(_failure(exc)).split(" ")[0] == code, exc


def test_reasons_become_coded_errors() -> None:
    assert isinstance(error_for("E510 robots.txt forbids this page", "http://h/a"), RobotsForbidden)
    assert isinstance(error_for("E512 HTTP 404"), HttpStatus)
    assert str(error_for("E510 robots.txt forbids this page", "http://h/a")).startswith("E510: http://h/a")
    assert error_from_message("E202: no document").code == "E202"


def test_settings_carry_the_politeness_options() -> None:
    s = scrapy_settings(CrawlOptions(delay=2.0, concurrency=1, timeout=9.0, retries=4, max_bytes=1000))
    assert s["ROBOTSTXT_OBEY"] is True and s["USER_AGENT"].startswith("vnlegal/")
    assert (s["DOWNLOAD_DELAY"], s["CONCURRENT_REQUESTS_PER_DOMAIN"], s["AUTOTHROTTLE_ENABLED"]) == (2.0, 1, True)
    assert (s["DOWNLOAD_TIMEOUT"], s["RETRY_TIMES"], s["DOWNLOAD_MAXSIZE"]) == (9.0, 4, 1000)
    assert 429 in s["RETRY_HTTP_CODES"] and 503 in s["RETRY_HTTP_CODES"] and s["COOKIES_ENABLED"] is False


def test_crawl_delay_of_robots_txt_holds_the_host_slot() -> None:
    slot = SimpleNamespace(delay=0.5)
    downloader = SimpleNamespace(get_slot_key=lambda request: "vbpl.vn", slots={"vbpl.vn": slot})
    crawler = SimpleNamespace(signals=SimpleNamespace(connect=lambda *a, **k: None),
                              settings={"USER_AGENT": "vnlegal/0.1"}, engine=SimpleNamespace(downloader=downloader),
                              spider=SimpleNamespace(report=SimpleNamespace(crawl_delays={})))
    mw = CrawlDelayMiddleware(crawler)
    robots = SimpleNamespace(crawl_delay=lambda ua: 5)
    mw._robots_parsed(robots, SimpleNamespace(url="https://vbpl.vn/TW/Pages/x.aspx"))
    mw.process_request(SimpleNamespace(url="https://vbpl.vn/TW/Pages/y.aspx"))
    assert slot.delay == 5.0 and crawler.spider.report.crawl_delays == {"vbpl.vn": 5.0}
