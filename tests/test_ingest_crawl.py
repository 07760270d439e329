"""Crawls end to end: ``vnlegal crawl``/``ingest`` run as real processes against the fixture sites on
127.0.0.1 (tests/sites.py). Each politeness behaviour, each source, bad input, and a crawl killed
with SIGKILL and restarted."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from graph_fixtures import contents
from sites import SHARED_DOCS, FixtureServer, serving

from graph import open_graph
from ingest.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
FAST = ["--delay", "0", "--timeout", "5", "--retries", "2"]
GUID = "8f14e45f-ceea-4167-a5e6-0000000020%02d"
TVPL_DOC = ("/van-ban/Bo-may-hanh-chinh/"
            "Quyet-dinh-1369-QD-UBND-2018-ke-hoach-thong-tin-doi-ngoai-Ho-Chi-Minh-382026.aspx")
needs_vbpl = pytest.mark.skipif(not (SHARED_DOCS / "vbpl_2015_blttds101_toanvan.html").is_file(),
                                reason=f"the real vbpl.vn pages are not at {SHARED_DOCS} (../shared/corpus)")


@pytest.fixture(scope="module")
def module_server() -> Iterator[FixtureServer]:
    with serving() as s:
        yield s


@pytest.fixture
def server(module_server: FixtureServer) -> FixtureServer:
    """The fixture sites, with their counters cleared."""
    s = module_server
    with s.lock:
        s.hits.clear()
        s.conditional.clear()
        s.agents.clear()
        s.max_inflight.clear()
        s.slow = 0.0
    return s


def vnlegal(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "vnlegal", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=env)


def ok(r: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    return r


def refused(r: subprocess.CompletedProcess[str], code: str) -> None:
    assert r.returncode == 2, r.stdout + r.stderr
    assert f"error {code}:" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def rows(db: Path, cypher: str, **params: Any) -> list[list[Any]]:
    with open_graph(str(db)) as store:
        return store.query(cypher, dict(params)).rows


def fetch_urls(tmp_path: Path, *urls: str, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """A plain list of URLs, fetched only (no parsing): the politeness tests."""
    ids = [a for u in urls for a in ("--id", u)]
    return vnlegal("crawl", "urls", *ids, "--corpus", tmp_path / "corpus", "--no-load", *FAST, *extra)


# ---- politeness, one behaviour at a time ----------------------------------------------------------------


def test_robots_txt_forbidden_page_is_never_requested(server: FixtureServer, tmp_path: Path) -> None:
    r = fetch_urls(tmp_path, f"{server.url}/t/private/doc.txt")
    refused(r, "E510")
    assert server.hits["/robots.txt"] == 1 and server.hits["/t/private/doc.txt"] == 0


def test_503_twice_then_200_is_retried_after_waiting(server: FixtureServer, tmp_path: Path) -> None:
    r = ok(fetch_urls(tmp_path, f"{server.url}/t/flaky.txt"))
    assert server.hits["/t/flaky.txt"] == 3
    assert "documents: 1 fetched" in r.stdout
    with Corpus(tmp_path / "corpus") as c:
        [row] = list(c.documents("urls"))
        assert c.read(row.document_sha or "").startswith("Quyết định 1369/QĐ-UBND".encode())


def test_a_wait_longer_than_the_crawler_holds_fails_the_page(server: FixtureServer, tmp_path: Path) -> None:
    r = fetch_urls(tmp_path, f"{server.url}/t/slow-retry.txt")
    refused(r, "E512")
    assert "Retry-After 3600" in r.stderr and server.hits["/t/slow-retry.txt"] == 1


def test_a_page_that_never_answers_times_out(server: FixtureServer, tmp_path: Path) -> None:
    r = fetch_urls(tmp_path, f"{server.url}/t/hang.txt", extra=("--timeout", "1", "--retries", "1"))
    refused(r, "E511")
    assert server.hits["/t/hang.txt"] == 2  # the first attempt and one retry


def test_a_redirect_loop_is_cut(server: FixtureServer, tmp_path: Path) -> None:
    refused(fetch_urls(tmp_path, f"{server.url}/t/loop"), "E515")
    assert 2 <= server.hits["/t/loop"] <= 4


def test_a_redirect_to_another_host_is_not_followed(server: FixtureServer, tmp_path: Path) -> None:
    r = fetch_urls(tmp_path, f"{server.url}/t/away.txt")
    refused(r, "E514")
    assert "localhost" in r.stderr and server.hits["/t/ok.txt"] == 0


def test_a_redirect_on_the_same_host_is_followed_and_recorded(server: FixtureServer, tmp_path: Path) -> None:
    ok(fetch_urls(tmp_path, f"{server.url}/t/moved.txt"))
    with Corpus(tmp_path / "corpus") as c:
        [fetch] = c.digest()["fetches"]
        assert fetch[2:5] == (f"{server.url}/t/moved.txt", f"{server.url}/t/ok.txt", 200)


@pytest.mark.parametrize("path", ["/t/big.bin", "/t/big-chunked.bin"], ids=["length-declared", "streamed"])
def test_a_60_mb_body_is_refused(server: FixtureServer, tmp_path: Path, path: str) -> None:
    refused(fetch_urls(tmp_path, server.url + path), "E513")
    with Corpus(tmp_path / "corpus") as c:
        assert c.digest() == {"fetches": [], "documents": []}


def test_connection_refused_is_coded(tmp_path: Path) -> None:
    refused(fetch_urls(tmp_path, "http://127.0.0.1:9/x.txt", extra=("--retries", "0")), "E516")


def test_the_crawler_says_who_it_is(server: FixtureServer, tmp_path: Path) -> None:
    ok(fetch_urls(tmp_path, f"{server.url}/t/ok.txt"))
    ok(fetch_urls(tmp_path / "2", f"{server.url}/t/ok.txt", extra=("--user-agent", "vnlegal/0.1 (ops@example.org)")))
    assert any(a.startswith("vnlegal/0.1 (crawler of public Vietnamese legal documents") for a in server.agents)
    assert "vnlegal/0.1 (ops@example.org)" in server.agents


def test_requests_to_one_host_stay_under_the_concurrency_cap(server: FixtureServer, tmp_path: Path) -> None:
    server.slow = 0.2
    ok(vnlegal("crawl", "phapluat", "--query", "", "--base-url", server.base("phapluat"), "--corpus",
               tmp_path / "c", "--no-load", *FAST, "--concurrency", "1"))
    assert server.hits["/phapluat/api/legal-documents/detail"] == 6
    assert server.max_inflight["phapluat"] == 1


# ---- storage and revalidation ------------------------------------------------------------------------


def test_an_unchanged_page_is_neither_fetched_nor_parsed_again(server: FixtureServer, tmp_path: Path) -> None:
    url = f"{server.url}/t/etag.txt"
    args = ("--corpus", tmp_path / "corpus", "--graph", tmp_path / "g.db", *FAST)
    first = ok(vnlegal("ingest", url, *args))
    assert "1 parsed and loaded" in first.stdout
    fresh = ok(vnlegal("ingest", url, *args))  # stored a moment ago: served from the corpus
    assert server.hits["/t/etag.txt"] == 1 and "1 from the corpus" in fresh.stdout
    assert "0 parsed and loaded" in fresh.stdout or "graph:" not in fresh.stdout
    stale = ok(vnlegal("ingest", url, *args, "--max-age", "0"))  # too old: asked again, conditionally
    assert server.hits["/t/etag.txt"] == 2 and server.conditional["/t/etag.txt"] == 1
    assert "1 unchanged (revalidated" in stale.stdout and "0 parsed and loaded" in stale.stdout
    with Corpus(tmp_path / "corpus") as c:
        assert len(c.digest()["fetches"]) == 1


def test_windows_1258_page_is_read_as_vietnamese(server: FixtureServer, tmp_path: Path) -> None:
    ok(vnlegal("ingest", f"{server.url}/t/cp1258.html", "--corpus", tmp_path / "c", "--graph", tmp_path / "g.db",
               *FAST))
    [[title, signer]] = rows(tmp_path / "g.db", "MATCH (d:Document {key: '72/2015/NĐ-CP'}) RETURN d.title, d.signer")
    assert (title, signer) == ("Về quản lý hoạt động thông tin đối ngoại", "Nguyễn Tấn Dũng")


def test_broken_html_is_read_or_refused_with_a_code(server: FixtureServer, tmp_path: Path) -> None:
    args = ("--corpus", tmp_path / "c", "--graph", tmp_path / "g.db", *FAST)
    ok(vnlegal("ingest", f"{server.url}/t/broken.html", *args))
    assert rows(tmp_path / "g.db", "MATCH (d:Document {key: '72/2015/NĐ-CP'}) RETURN d.issued") == [["2015-09-07"]]
    refused(vnlegal("ingest", f"{server.url}/t/nothing.html", *args), "E202")
    refused(vnlegal("ingest", f"{server.url}/t/nothing.html", *args), "E202")  # remembered, not parsed again


def test_ingest_reads_files_and_urls_in_one_go(server: FixtureServer, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"# two documents\n{server.url}/t/ok.txt\n{ROOT / 'corpus' / '000_444fadc33cc7a01d.txt'}\n")
    r = ok(vnlegal("ingest", "--from-list", listing, "--corpus", tmp_path / "c", "--graph", tmp_path / "g.db",
                   *FAST))
    assert "files: 1 documents loaded" in r.stdout
    keys = {k for [k] in rows(tmp_path / "g.db", "MATCH (d:Document) WHERE d.stub = false RETURN d.key")}
    assert "1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh" in keys and any("2024" in k for k in keys)
    [[url, origin]] = rows(tmp_path / "g.db", "MATCH (s:Source) WHERE s.url IS NOT NULL RETURN s.url, s.origin")
    assert (url, origin) == (f"{server.url}/t/ok.txt", "urls")


# ---- the sources end to end -------------------------------------------------------------------------


@needs_vbpl
def test_vbpl_crawl_with_relations_and_status(server: FixtureServer, tmp_path: Path) -> None:
    args = ("--corpus", tmp_path / "c", "--graph", tmp_path / "g.db", "--base-url", server.base("vbpl"), *FAST)
    r = ok(vnlegal("crawl", "vbpl", "--query", "tố tụng", *args))
    assert "documents: 2 fetched" in r.stdout and server.hits["/vbpl/VBQPPL_UserControls/Publishing/TimKiem/"
                                                               "pKetQuaTimKiem.aspx"] == 2  # both result pages
    db = tmp_path / "g.db"
    assert rows(db, "MATCH (r:PortalRecord {key: 'vbpl:TW/96172'})-[:DESCRIBES]->(d) "
                    "RETURN d.key, d.stub, r.status_code, r.effective_from") == [
        ["101/2015/QH13", False, "in_force", "2018-01-01"]]
    declared = {tuple(x) for x in rows(db, "MATCH (:PortalRecord {key: 'vbpl:TW/96172'})-[x:DECLARES]->(t) "
                                           "RETURN x.relation, t.key, t.stub")}
    constitution = "~hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam|2013"
    assert ("legal_basis", constitution, False) in declared  # crawled too: not a stub
    assert ("legal_basis", "63/2014/QH13", True) in declared and ("references", "100/2015/QH13", True) in declared
    check = ok(vnlegal("check-bases", "101/2015/QH13", "--graph", db, "--format", "json"))
    disagreements = json.loads(check.stdout.split("## Bases not in force")[0].split("\n", 1)[1])
    assert [(d["basis"], d["side"]) for d in disagreements] == [("63/2014/QH13", "portal only")]
    again = ok(vnlegal("crawl", "vbpl", "--query", "tố tụng", *args))
    assert "documents: 0 fetched, 2 unchanged" in again.stdout and "8 from the corpus" in again.stdout
    assert "0 parsed and loaded" in again.stdout


def test_phapluat_crawl_cited_by_and_bases_not_in_force(server: FixtureServer, tmp_path: Path) -> None:
    args = ("--corpus", tmp_path / "c", "--graph", tmp_path / "g.db", "--base-url", server.base("phapluat"), *FAST)
    ok(vnlegal("crawl", "phapluat", "--id", GUID % 1, *args))
    db = tmp_path / "g.db"
    stub = "MATCH (d:Document {key: '72/2015/NĐ-CP'}) RETURN d.stub, size([(d)-[:DERIVED_FROM]->(s) | s])"
    assert rows(db, stub) == [[True, 0]]
    r = ok(vnlegal("crawl", "--cited-by", "2001/QĐ-UBND", *args))
    assert rows(db, stub) == [[False, 1]]  # fetched by the portal id its relation gives
    assert "E517 1369/QĐ-UBND: not found on phapluat" in r.stdout  # searched by number, not there
    check = ok(vnlegal("check-bases", "2001/QĐ-UBND", "--graph", db, "--format", "json"))
    before, after = check.stdout.split("## Bases not in force on the document's issue date")
    disagreements = json.loads(before.split("\n", 1)[1])
    assert {(d["basis"], d["side"]) for d in disagreements} == {
        ("28/2023/NĐ-CP", "portal only"), ("1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh", "text only")}
    [stale] = json.loads(after)
    assert (stale["basis"], stale["effective_to"], stale["problem"]) == (
        "72/2015/NĐ-CP", "2022-12-31", "no longer in force")


def test_phapluat_search_follows_pages_and_limit(server: FixtureServer, tmp_path: Path) -> None:
    args = ("--base-url", server.base("phapluat"), "--no-load", *FAST)
    r = ok(vnlegal("crawl", "phapluat", "--query", "", "--corpus", tmp_path / "a", *args))
    # pages of 2, 1 and 0 results: the portal may answer fewer rows than asked, so only an empty
    # page (or the row count reached) ends the listing
    assert "documents: 3 fetched" in r.stdout and server.hits["/phapluat/api/legal-documents"] == 3
    r = ok(vnlegal("crawl", "phapluat", "--query", "", "--limit", "1", "--corpus", tmp_path / "b", *args))
    assert "documents: 1 fetched" in r.stdout
    r = ok(vnlegal("crawl", "phapluat", "--since", "2016-01-01", "--corpus", tmp_path / "d", *args))
    assert "documents: 2 fetched" in r.stdout


def test_tvpl_crawl_without_and_with_a_paid_session(server: FixtureServer, tmp_path: Path) -> None:
    args = ("--corpus", tmp_path / "c", "--graph", tmp_path / "g.db", "--base-url", server.base("tvpl"), *FAST)
    r = ok(vnlegal("crawl", "tvpl", "--query", "1369", *args))
    assert "relations: not fetched" in r.stdout
    db = tmp_path / "g.db"
    record = "MATCH (r:PortalRecord {key: 'tvpl:382026'})-[:DESCRIBES]->(d) RETURN d.key, r.relations_known"
    assert rows(db, record) == [["1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh", False]]
    cookies = tmp_path / "cookies.txt"
    cookies.write_text("# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tvip\t1\n")
    ok(vnlegal("crawl", "tvpl", "--id", TVPL_DOC, "--cookies", f"@{cookies}", *args))
    assert rows(db, record)[0][1] is True
    declared = {k for [k] in rows(db, "MATCH (:PortalRecord {key: 'tvpl:382026'})-[x:DECLARES]->(t) RETURN t.key")}
    assert {"72/2015/NĐ-CP", "77/2015/QH13", "22/2016/TT-BTTTT"} <= declared
    stale = ok(vnlegal("crawl", "tvpl", "--id", TVPL_DOC, "--cookies", "session=expired", "--corpus",
                       tmp_path / "c2", "--no-load", "--base-url", server.base("tvpl"), *FAST))
    assert "E518" in stale.stdout


def test_hcmc_articles_become_the_plan_they_announce(server: FixtureServer, tmp_path: Path) -> None:
    r = ok(vnlegal("crawl", "hcmc", "--query", "thông tin đối ngoại", "--base-url", server.base("hcmc"),
                   "--corpus", tmp_path / "c", "--graph", tmp_path / "g.db", *FAST))
    assert "documents: 2 fetched" in r.stdout
    plans = rows(tmp_path / "g.db", "MATCH (p:Plan)-[:HAS_TASK]->(t:Task) WHERE p.year = 2024 "
                                    "RETURN p.key, count(t)")
    assert len(plans) == 1 and plans[0][1] == 13  # both portals' articles: one plan, its 13 items


# ---- bad input -----------------------------------------------------------------------------------------

BAD = [
    (["crawl", "nosuch", "--query", "x"], "E501"),
    (["crawl"], "E502"),
    (["crawl", "vbpl"], "E502"),
    (["crawl", "vbpl", "--since", "31-12-2024"], "E502"),
    (["crawl", "vbpl", "--id", "abc"], "E502"),
    (["crawl", "tvpl", "--id", "382026"], "E502"),
    (["crawl", "vbpl", "--query", "x", "--base-url", "ftp://mirror/"], "E502"),
    (["crawl", "vbpl", "--query", "x", "--limit", "0"], "E502"),
    (["crawl", "vbpl", "--query", "x", "--max-age", "soon"], "E502"),
    (["crawl", "vbpl", "--query", "x", "--id", "1"], "E502"),
    (["crawl", "vbpl", "--query", "x", "--cookies", "@/nonexistent/cookies.txt"], "E502"),
    (["crawl", "urls", "--id", "ftp://x/y"], "E502"),
    (["ingest"], "E502"),
    (["ingest", "/nonexistent/plan.txt"], "E100"),
    (["ingest", "http://"], "E502"),
]


@pytest.mark.parametrize(("args", "code"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_is_refused_with_a_code(args: list[str], code: str, tmp_path: Path) -> None:
    refused(vnlegal(*args, "--corpus", tmp_path / "c") if args[0] == "crawl" and len(args) > 1 else vnlegal(*args),
            code)


def test_cited_by_a_document_not_in_the_graph(tmp_path: Path) -> None:
    # no graph at all: reading one that does not exist is an error of its own
    refused(vnlegal("crawl", "--cited-by", "999/QĐ-XYZ", "--graph", tmp_path / "g.db"), "E304")
    # a graph without that document
    seed = Path(__file__).resolve().parent.parent / "corpus" / "001_3f4267e86baa5422.txt"
    assert vnlegal("load", seed, "--graph", tmp_path / "g.db").returncode == 0
    refused(vnlegal("crawl", "--cited-by", "999/QĐ-XYZ", "--graph", tmp_path / "g.db"), "E505")


# ---- killed and restarted ----------------------------------------------------------------------------


def _manifest_documents(corpus: Path) -> int:
    try:
        with sqlite3.connect(f"file:{corpus / 'manifest.sqlite'}?mode=ro", uri=True) as db:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _wait(condition: Callable[[], bool], proc: subprocess.Popen[bytes], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while not condition() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


def _stop_left_server(db: Path) -> None:
    """A redis-server the killed crawl started for the graph outlives it (it runs detached); the
    restarted crawl re-uses and stops it. Stop it by its pid if a failed test left it running."""
    import psutil

    settings = db.parent / f".{db.name}.settings"
    if settings.is_file():
        pidfile = Path(json.loads(settings.read_text())["pidfile"])
        if pidfile.is_file() and psutil.pid_exists(pid := int(pidfile.read_text().strip() or 0)):
            os.kill(pid, signal.SIGTERM)


@pytest.mark.parametrize("kill_when", ["fetching", "loading"])
def test_a_crawl_killed_midway_and_restarted_ends_as_an_uninterrupted_one(
        server: FixtureServer, tmp_path: Path, kill_when: str) -> None:
    def args(name: str) -> list[str | Path]:
        return ["crawl", "phapluat", "--query", "", "--base-url", server.base("phapluat"), "--corpus",
                tmp_path / name, "--graph", tmp_path / f"{name}.db", *FAST]

    ok(vnlegal(*args("whole")))
    server.slow = 0.25
    proc = subprocess.Popen([sys.executable, "-m", "vnlegal", *map(str, args("killed"))], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    try:
        if kill_when == "fetching":
            before = server.hits["/phapluat/api/legal-documents/detail"]
            _wait(lambda: server.hits["/phapluat/api/legal-documents/detail"] >= before + 3, proc)
        else:
            _wait(lambda: _manifest_documents(tmp_path / "killed") == 3, proc)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the crawler and everything in its process group
        proc.wait(timeout=30)
        server.slow = 0.0
        ok(vnlegal(*args("killed")))
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        _stop_left_server(tmp_path / "killed.db")
    with Corpus(tmp_path / "whole") as whole, Corpus(tmp_path / "killed") as killed:
        assert killed.digest() == whole.digest()
        stored = {p.name for p in (tmp_path / "killed" / "objects").rglob("*") if p.is_file()}
        named = {f[5] for f in killed.digest()["fetches"]} | {d[3] for d in killed.digest()["documents"]}
        assert stored == named  # every object named once in the manifest: no duplicate, no stray
    with open_graph(str(tmp_path / "whole.db")) as a, open_graph(str(tmp_path / "killed.db")) as b:
        assert contents(b) == contents(a)
