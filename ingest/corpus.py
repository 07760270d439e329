"""The corpus folder: every fetched page stored once by its sha256, and a manifest that says
where and when each one came from.

Layout::

    corpus/
      objects/3f/42/3f4267e8…      the exact bytes, named by their sha256 (stored once)
      manifest.sqlite              fetches, documents (see SCHEMA)

Crash safety (a crawl may be killed at any instant, SIGKILL included):

- an object is written to ``objects/tmp/`` and renamed into place, so an object file is always
  complete; a leftover temporary file is removed when the corpus is opened again;
- the manifest is SQLite (WAL, ``synchronous=FULL``): a row is in it entirely or not at all, and
  it is written only after its object is on disk. An object without a row is harmless: the next
  fetch of the same bytes finds it and adds the row.

So a restarted crawl sees exactly the pages that were stored, and storing them again is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingest.errors import CorpusError
from ingest.snapshot import Snapshot

SCHEMA = """
CREATE TABLE IF NOT EXISTS fetches (
    request_key   TEXT NOT NULL,   -- the request's identity: method, URL and body (Page.key)
    sha256        TEXT NOT NULL,   -- the bytes it returned (objects/)
    method        TEXT NOT NULL,
    url           TEXT NOT NULL,   -- as requested
    final_url     TEXT NOT NULL,   -- after redirects
    status        INTEGER NOT NULL,
    headers       TEXT NOT NULL,   -- JSON object, lower-case names
    media_type    TEXT,
    fetched_at    TEXT NOT NULL,   -- when these bytes were first received
    checked_at    TEXT NOT NULL,   -- when the server last confirmed them (200 with the same bytes, or 304)
    PRIMARY KEY (request_key, sha256)
);
CREATE TABLE IF NOT EXISTS documents (
    source        TEXT NOT NULL,   -- phapluat, vbpl, tvpl, hcmc, url
    doc_id        TEXT NOT NULL,   -- the document's id on that source
    url           TEXT NOT NULL,   -- the page the text comes from
    document_sha  TEXT,            -- the bytes the parser reads (a page, or text derived from pages)
    pages         TEXT NOT NULL,   -- JSON {kind: sha256} of the pages it was made from
    facts         TEXT,            -- JSON: what the portal declares (attributes, relations, status)
    problems      TEXT NOT NULL,   -- JSON list of coded problems met while extracting
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (source, doc_id)
);
CREATE TABLE IF NOT EXISTS parse_failures (  -- a document the parser refused: not parsed again
    document_sha   TEXT NOT NULL,
    parser_version TEXT NOT NULL,
    error          TEXT NOT NULL,
    PRIMARY KEY (document_sha, parser_version)
);
"""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Fetch:
    """One manifest row of ``fetches``: a page's bytes with their provenance."""

    request_key: str
    sha256: str
    method: str
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    media_type: str | None
    fetched_at: str
    checked_at: str

    def age_seconds(self, at: datetime | None = None) -> float:
        checked = datetime.fromisoformat(self.checked_at)
        return ((at or datetime.now(UTC)) - checked).total_seconds()


@dataclass(frozen=True, slots=True)
class DocumentRow:
    source: str
    doc_id: str
    url: str
    document_sha: str | None
    pages: dict[str, str]
    facts: dict[str, Any] | None
    problems: list[str]


class Corpus:
    """A corpus folder. Open it once per process; not shared between threads."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.objects = self.root / "objects"
        try:
            (self.objects / "tmp").mkdir(parents=True, exist_ok=True)
            for leftover in (self.objects / "tmp").iterdir():  # a write a kill interrupted
                leftover.unlink(missing_ok=True)
            self._db = sqlite3.connect(self.root / "manifest.sqlite", isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise CorpusError(f"{self.root}: cannot use this folder as a corpus ({e})") from e

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- objects ---------------------------------------------------------------------------------

    def path(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256[2:4] / sha256

    def put_bytes(self, data: bytes) -> str:
        """Store bytes once; return their sha256."""
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.objects / "tmp" / f"{sha}.{os.getpid()}"
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        return sha

    def read(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except OSError as e:
            raise CorpusError(f"{self.root}: the object {sha256} is missing ({e})") from e

    # ---- fetches ---------------------------------------------------------------------------------

    def latest(self, request_key: str) -> Fetch | None:
        """The most recently confirmed response to a request."""
        row = self._db.execute(
            "SELECT * FROM fetches WHERE request_key = ? ORDER BY checked_at DESC, fetched_at DESC LIMIT 1",
            (request_key,)).fetchone()
        return _fetch(row) if row else None

    def record_fetch(self, request_key: str, method: str, url: str, snapshot: Snapshot) -> tuple[Fetch, bool]:
        """Store a fetched page. Returns its manifest row and whether these bytes are new for this
        request (False: the same bytes as before, only ``checked_at`` moves)."""
        sha = self.put_bytes(snapshot.data)
        at = snapshot.fetched_at
        with self._db:
            old = self._db.execute("SELECT 1 FROM fetches WHERE request_key = ? AND sha256 = ?",
                                   (request_key, sha)).fetchone()
            if old:
                self._db.execute("UPDATE fetches SET checked_at = ? WHERE request_key = ? AND sha256 = ?",
                                 (at, request_key, sha))
            else:
                self._db.execute(
                    "INSERT INTO fetches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (request_key, sha, method, url, snapshot.location, snapshot.status or 0,
                     json.dumps(snapshot.headers, ensure_ascii=False, sort_keys=True),
                     snapshot.media_type, at, at))
        fetch = self.latest(request_key)
        assert fetch is not None
        return fetch, not old

    def confirm(self, fetch: Fetch, at: str | None = None) -> None:
        """The server said the page has not changed (304)."""
        with self._db:
            self._db.execute("UPDATE fetches SET checked_at = ? WHERE request_key = ? AND sha256 = ?",
                             (at or now(), fetch.request_key, fetch.sha256))

    def snapshot(self, fetch: Fetch) -> Snapshot:
        return Snapshot(data=self.read(fetch.sha256), location=fetch.final_url, fetched_at=fetch.fetched_at,
                        media_type=fetch.media_type, status=fetch.status, headers=dict(fetch.headers))

    # ---- documents -------------------------------------------------------------------------------

    def record_document(self, row: DocumentRow) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row.source, row.doc_id, row.url, row.document_sha,
                 json.dumps(row.pages, sort_keys=True),
                 json.dumps(row.facts, ensure_ascii=False, sort_keys=True) if row.facts is not None else None,
                 json.dumps(row.problems, ensure_ascii=False), now()))

    def document(self, source: str, doc_id: str) -> DocumentRow | None:
        row = self._db.execute("SELECT * FROM documents WHERE source = ? AND doc_id = ?",
                               (source, doc_id)).fetchone()
        return _document(row) if row else None

    def documents(self, source: str | None = None) -> Iterator[DocumentRow]:
        """Every document of the manifest (of one source), in a stable order."""
        sql = "SELECT * FROM documents" + (" WHERE source = ?" if source else "") + " ORDER BY source, doc_id"
        for row in self._db.execute(sql, (source,) if source else ()).fetchall():
            yield _document(row)

    def parse_failure(self, document_sha: str, parser_version: str) -> str | None:
        row = self._db.execute("SELECT error FROM parse_failures WHERE document_sha = ? AND parser_version = ?",
                               (document_sha, parser_version)).fetchone()
        return row[0] if row else None

    def record_parse_failure(self, document_sha: str, parser_version: str, error: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO parse_failures VALUES (?, ?, ?)",
                             (document_sha, parser_version, error))

    def digest(self) -> dict[str, list[tuple[Any, ...]]]:
        """The manifest without its clock: what was fetched and what it holds. Two crawls of the
        same site state have equal digests, whatever their timing or interruptions."""
        fetches = self._db.execute(
            "SELECT request_key, method, url, final_url, status, sha256 FROM fetches ORDER BY 1, 6").fetchall()
        documents = self._db.execute(
            "SELECT source, doc_id, url, document_sha, pages, facts, problems FROM documents ORDER BY 1, 2"
        ).fetchall()
        return {"fetches": [tuple(r) for r in fetches], "documents": [tuple(r) for r in documents]}


def _fetch(row: tuple[Any, ...]) -> Fetch:
    key, sha, method, url, final_url, status, headers, media_type, fetched_at, checked_at = row
    return Fetch(key, sha, method, url, final_url, status, json.loads(headers), media_type, fetched_at, checked_at)


def _document(row: tuple[Any, ...]) -> DocumentRow:
    source, doc_id, url, document_sha, pages, facts, problems, _ = row
    return DocumentRow(source, doc_id, url, document_sha, json.loads(pages),
                       json.loads(facts) if facts else None, json.loads(problems))
