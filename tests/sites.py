"""A real HTTP server on 127.0.0.1 serving the fixture sites (``tests/fixtures/sites``), for the
ingest tests. Each site lives under its own prefix, which is what ``--base-url`` points at:

    /vbpl/     vbpl.vn: the real saved pages of ../shared/corpus, the fixture Lược đồ and search
    /phapluat/ the national portal's JSON API (search and detail)
    /tvpl/     thuvienphapluat.vn: a document page, its relation tab (with cookie ``vip=1``), search
    /hcmc/     HCMC portal articles (one in windows-1258) and search
    /t/        behaviours: 503 twice then 200, a page that never answers, a redirect loop, a
               redirect to another host, a 60 MB body, windows-1258, broken HTML, ETag revalidation
    /robots.txt disallows /private/ and /t/private/

``hits`` counts requests by path (with query), so a test can see what was and was not fetched.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "sites"
SHARED_DOCS = ROOT.parent / "shared" / "corpus" / "documents"
SEED_1369 = ROOT / "corpus" / "001_3f4267e86baa5422.txt"
SEED_2024 = ROOT / "corpus" / "000_444fadc33cc7a01d.txt"

ROBOTS = b"User-agent: *\nDisallow: /private/\nDisallow: /t/private/\n"
BIG = 60 * 1024 * 1024
VBPL_PAGES = {  # ItemID → the real saved pages (toanvan, thuoctinh) and the fixture Lược đồ
    "96172": ("vbpl_2015_blttds101_toanvan.html", "vbpl_2015_blttds101_thuoctinh.html", "luocdo_96172.html"),
    "32801": ("vbpl_2013_hienphap_toanvan.html", "vbpl_2013_hienphap_thuoctinh.html", "luocdo_32801.html"),
}
PHAPLUAT_PAGE_SIZE = 2  # the fixture portal answers two results a page, whatever rowAmount says


def cp1258(text: str) -> bytes:
    """Windows-1258 writes some letters precomposed and adds the tone marks as combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def seed_paragraphs(path: Path, start: str | None = None, stop: str | None = None) -> list[str]:
    lines = [ln.strip() for ln in path.read_text("utf-8").splitlines()]
    if start:
        lines = lines[next(i for i, ln in enumerate(lines) if ln.startswith(start)):]
    if stop:
        lines = lines[:next(i for i, ln in enumerate(lines) if stop in ln)]
    return [ln for ln in lines if ln]


def _html_paragraphs(lines: list[str]) -> str:
    from html import escape

    return "\n".join(f"<p>{escape(ln)}</p>" for ln in lines)


class Site:
    """The fixture sites' content, built once."""

    def __init__(self) -> None:
        self.phapluat = json.loads((FIXTURES / "phapluat" / "docs.json").read_text("utf-8"))["docs"]
        tvpl = (FIXTURES / "tvpl" / "document.html").read_text("utf-8")
        self.tvpl_page = tvpl.replace("{{content}}", _html_paragraphs(seed_paragraphs(SEED_1369, "ỦY BAN NHÂN DÂN")))
        body = _html_paragraphs(seed_paragraphs(SEED_2024, stop="Liên kết website"))
        self.title_2024 = "TP ban hành Kế hoạch thông tin đối ngoại năm 2024"
        self.article = (FIXTURES / "hcmc" / "article.html").read_text("utf-8").replace(
            "{{title}}", self.title_2024).replace("{{body}}", body).encode()
        self.office = cp1258((FIXTURES / "hcmc" / "office.html").read_text("utf-8").replace(
            "{{title}}", "UBND TP ban hành Kế hoạch thông tin đối ngoại năm 2024").replace("{{body}}", body))
        nd72 = next(d for d in self.phapluat if d["docIdentity"] == "72/2015/NĐ-CP")
        self.cp1258_doc = cp1258('<html><head><meta http-equiv="Content-Type" content="text/html; '
                                 f'charset=windows-1258"></head><body><article>{nd72["docContent"]}'
                                 "</article></body></html>")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FixtureServer

    def log_message(self, *args: Any) -> None:
        pass

    # ---- plumbing ------------------------------------------------------------------------------------

    def send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
             headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(status)
        if body or status == 200:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send(302, b"", headers=(("Location", location),))

    def file(self, path: Path, content_type: str = "text/html; charset=utf-8") -> None:
        if not path.is_file():
            return self.send(404, b"not found")
        self.send(200, path.read_bytes(), content_type)

    def do_GET(self) -> None:
        self.route()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        self.route()

    def route(self) -> None:
        parts = urlsplit(self.path)
        with self.server.lock:
            self.server.hits[self.path] += 1
            self.server.hits[parts.path] += 1 if parts.query else 0
            self.server.agents.add(self.headers.get("User-Agent") or "")
            site = parts.path.split("/")[1]
            self.server.inflight[site] += 1
            self.server.max_inflight[site] = max(self.server.max_inflight[site], self.server.inflight[site])
            if "If-None-Match" in self.headers or "If-Modified-Since" in self.headers:
                self.server.conditional[parts.path] += 1
        try:
            if self.server.slow:
                time.sleep(self.server.slow)
            self.answer(parts)
        finally:
            with self.server.lock:
                self.server.inflight[site] -= 1

    def answer(self, parts: Any) -> None:
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        path = parts.path
        try:
            if path == "/robots.txt":
                return self.send(200, ROBOTS, "text/plain")
            for prefix, handler in (("/vbpl/", self.vbpl), ("/phapluat/", self.phapluat),
                                    ("/tvpl/", self.tvpl), ("/hcmc/", self.hcmc), ("/t/", self.behaviour)):
                if path.startswith(prefix):
                    return handler(path[len(prefix) - 1:], q)
            self.send(404, b"not found")
        except (BrokenPipeError, ConnectionResetError):
            pass

    # ---- sites ---------------------------------------------------------------------------------------

    def vbpl(self, path: str, q: dict[str, str]) -> None:
        m = re.fullmatch(r"/TW/Pages/vbpq-(toanvan|thuoctinh|luocdo)\.aspx", path)
        if m and q.get("ItemID") in VBPL_PAGES:
            toanvan, thuoctinh, luocdo = VBPL_PAGES[q["ItemID"]]
            kind = m[1]
            if kind == "luocdo":
                return self.file(FIXTURES / "vbpl" / luocdo)
            return self.file(SHARED_DOCS / (toanvan if kind == "toanvan" else thuoctinh))
        if path == "/VBQPPL_UserControls/Publishing/TimKiem/pKetQuaTimKiem.aspx":
            return self.file(FIXTURES / "vbpl" / f"search_{q.get('Page', '1')}.html")
        self.send(404, b"not found")

    def phapluat(self, path: str, q: dict[str, str]) -> None:
        docs = self.server.site.phapluat
        if path == "/api/legal-documents" and self.command == "POST":
            body = json.loads(self.body or b"{}")
            words = (body.get("keywords") or "").strip().lower()
            since = body.get("issueDateFrom") or body.get("dateFrom") or ""
            hits = [d for d in docs if (not words or words in d["docIdentity"].lower() or words in d["docName"].lower())
                    and (not since or d["issueDate"][:10] >= "-".join(reversed(since.split("/"))))]
            n = int(body.get("pageIndex") or 0)
            page = hits[n * PHAPLUAT_PAGE_SIZE:(n + 1) * PHAPLUAT_PAGE_SIZE]
            keys = ("docGUId", "docIdentity", "docName", "issueDate", "effectStatus")
            answer = {"success": True, "data": {"docs": [{k: d[k] for k in keys} for d in page],
                                                "rowCount": len(hits)}}
            return self.send(200, json.dumps(answer, ensure_ascii=False).encode(), "application/json; charset=utf-8")
        if path == "/api/legal-documents/detail":
            doc = next((d for d in docs if d["docGUId"] == q.get("docGUId")), None)
            if doc is None:
                answer: dict[str, Any] = {"success": False, "message": "Không tìm thấy văn bản", "data": None}
                return self.send(200, json.dumps(answer, ensure_ascii=False).encode(), "application/json")
            data = dict(doc) if q.get("tabName") == "noidung" else {k: v for k, v in doc.items() if k != "docContent"}
            answer = {"success": True, "tabName": q.get("tabName"), "data": data}
            return self.send(200, json.dumps(answer, ensure_ascii=False).encode(), "application/json; charset=utf-8")
        self.send(404, b"{}", "application/json")

    def tvpl(self, path: str, q: dict[str, str]) -> None:
        if re.fullmatch(r"/van-ban/[^/]+/Quyet-dinh-1369-QD-UBND-2018-[^/]*-382026\.aspx", path):
            vip = "vip=1" in (self.headers.get("Cookie") or "")
            tab = (FIXTURES / "tvpl" / ("relations.html" if vip else "login.html")).read_text("utf-8")
            return self.send(200, self.server.site.tvpl_page.replace("{{relations}}", tab).encode())
        if path == "/page/tim-van-ban.aspx":
            return self.file(FIXTURES / "tvpl" / "search.html")
        self.send(404, b"not found")

    def hcmc(self, path: str, q: dict[str, str]) -> None:
        site = self.server.site
        if path == "/-/tp-ban-hanh-ke-hoach-thong-tin-doi-ngoai-nam-2024":
            return self.send(200, site.article)
        if path == "/portal/Home/tin-tuc/ke-hoach-thong-tin-doi-ngoai-2024/default.aspx":
            return self.send(200, site.office, "text/html; charset=windows-1258")
        if path == "/tim-kiem":
            return self.file(FIXTURES / "hcmc" / "search.html")
        self.send(404, b"not found")

    # ---- behaviours ----------------------------------------------------------------------------------

    def behaviour(self, path: str, q: dict[str, str]) -> None:
        hits = self.server.hits
        text = SEED_1369.read_bytes()
        if path == "/ok.txt":
            return self.send(200, text, "text/plain; charset=utf-8")
        if path == "/private/doc.txt":
            return self.send(200, text, "text/plain; charset=utf-8")
        if path == "/flaky.txt":  # 503 twice (asking to come back in a second), then the document
            if hits["/t/flaky.txt"] <= 2:
                return self.send(503, b"busy", "text/plain", (("Retry-After", "1"),))
            return self.send(200, text, "text/plain; charset=utf-8")
        if path == "/slow-retry.txt":  # asks for a wait longer than any crawler should hold a page
            return self.send(429, b"slow down", "text/plain", (("Retry-After", "3600"),))
        if path == "/hang.txt":  # never answers: holds the connection until the server stops
            while not self.server.stopping.wait(0.2):
                pass
            return
        if path == "/loop":
            return self.redirect("/t/loop2")
        if path == "/loop2":
            return self.redirect("/t/loop")
        if path == "/moved.txt":
            return self.redirect("/t/ok.txt")
        if path == "/away.txt":
            return self.redirect(f"http://localhost:{self.server.server_port}/t/ok.txt")
        if path in ("/big.bin", "/big-chunked.bin"):
            return self.big(declared=path == "/big.bin")
        if path == "/cp1258.html":
            return self.send(200, self.server.site.cp1258_doc, "text/html; charset=windows-1258")
        if path == "/broken.html":
            return self.file(FIXTURES / "misc" / "broken.html")
        if path == "/nothing.html":
            return self.file(FIXTURES / "misc" / "nothing.html")
        if path == "/etag.txt":  # answers 304 to a request that has the current ETag
            if self.headers.get("If-None-Match") == '"v1"':
                return self.send(304, b"", headers=(("ETag", '"v1"'),))
            return self.send(200, text, "text/plain; charset=utf-8", (("ETag", '"v1"'),))
        self.send(404, b"not found")

    def big(self, declared: bool) -> None:
        """60 MB of zeros, with its length declared or streamed without one."""
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if declared:
            self.send_header("Content-Length", str(BIG))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunk = b"\0" * 65536
        try:
            for _ in range(BIG // len(chunk)):
                if self.server.stopping.is_set():
                    return
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: Counter[str] = Counter()  # by path with query, and by path alone
        self.conditional: Counter[str] = Counter()  # requests with If-None-Match/If-Modified-Since
        self.agents: set[str] = set()
        self.inflight: Counter[str] = Counter()  # requests being answered, by site prefix
        self.max_inflight: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.site = Site()
        self.stopping = threading.Event()
        self.slow = 0.0  # seconds every answer waits (to catch a crawl midway)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A crawler hanging up (a size cap, a timeout) is what some tests are about: not an error."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def base(self, site: str) -> str:
        return f"{self.url}/{site}/"


@contextmanager
def serving() -> Iterator[FixtureServer]:
    server = FixtureServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
