"""Snapshots: the exact bytes of a document plus where and when they came from.

Every later stage works from a ``Snapshot``; its ``sha256`` identifies the input in the graph's
``Source`` nodes, so a record can always be traced back to the bytes it was parsed from.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ingest.errors import BadParameter, BinaryInput, EmptyInput, EncodingInput, InputTooLarge

# The longest real legal documents (codes, whole-page HTML of vbpl.vn) are ~1 MB; anything far
# beyond that is not one document and would only make the parser slow.
MAX_BYTES = 16 * 1024 * 1024

_VIETNAMESE_MARKS = set("ăâđêôơưĂÂĐÊÔƠƯ")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Bytes of one document with their provenance.

    >>> Snapshot.from_bytes(b"Quy\\xe1\\xba\\xbft \\xc4\\x91\\xe1\\xbb\\x8bnh", "x.txt").text()
    'Quyết định'
    """

    data: bytes
    location: str  # a file's path, or the final URL of a fetched page (after redirects)
    fetched_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    media_type: str | None = None
    status: int | None = None  # the HTTP status of a fetched page
    headers: dict[str, str] = field(default_factory=dict)  # its HTTP headers (lower-case names)

    @classmethod
    def from_bytes(cls, data: bytes, location: str, media_type: str | None = None) -> Snapshot:
        return cls(data=data, location=location, media_type=media_type)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def name(self) -> str:
        return Path(self.location).name

    def text(self) -> str:
        """Decode the bytes, refusing input that is not text (see ``decode``)."""
        return decode(self.data, self.location)


_NOT_DOCUMENTS = {"MANIFEST.tsv", "README.md"}  # a corpus folder's own description
_CRAWL_STORE = "manifest.sqlite"  # ingest.corpus: its objects/ are pages, loaded by `vnlegal crawl`


def _in_crawl_store(f: Path, folder: Path) -> bool:
    rel = f.relative_to(folder)
    return f.name.startswith(_CRAWL_STORE) or any(
        part == "objects" and (folder.joinpath(*rel.parts[:i]) / _CRAWL_STORE).exists()
        for i, part in enumerate(rel.parts[:-1]))


def document_files(paths: list[Path]) -> list[Path]:
    """Files as given, folders expanded (recursively, sorted; hidden files, a folder's manifest and
    README, and a crawl's snapshot store left out). A path that does not exist is an error (E403)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(f for f in sorted(p.rglob("*"))
                       if f.is_file() and not f.name.startswith(".") and f.name not in _NOT_DOCUMENTS
                       and not _in_crawl_store(f, p))
        elif p.is_file():
            out.append(p)
        else:
            raise BadParameter(f"no such file or folder: {p}")
    return out


def read_file(path: str | Path) -> Snapshot:
    """Read a local file into a snapshot, checking size before reading it whole."""
    p = Path(path)
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputTooLarge(
            f"{p}: {size / 1e6:.1f} MB is larger than the {MAX_BYTES // (1024 * 1024)} MiB "
            "a single legal document can be"
        )
    mtime = datetime.fromtimestamp(p.stat().st_mtime, UTC).isoformat(timespec="seconds")
    return Snapshot(data=p.read_bytes(), location=str(p), fetched_at=mtime)


def decode(data: bytes, where: str = "<input>") -> str:
    """Bytes to text in the encodings Vietnamese documents really come in.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are; Windows-1258 (the
    legacy Vietnamese code page, which writes tone marks as combining characters) is accepted
    when the result reads as Vietnamese. Anything else is refused with a coded error.
    """
    if not data.strip():
        raise EmptyInput(f"{where}: the input is empty")
    if len(data) > MAX_BYTES:
        raise InputTooLarge(f"{where}: {len(data) / 1e6:.1f} MB is too large for one document")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16"), where)
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise BinaryInput(f"{where}: the input is binary data, not text")
    try:
        return _checked(data.decode("utf-8-sig"), where)
    except UnicodeDecodeError:
        pass
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError as e:
        raise EncodingInput(f"{where}: not UTF-8, UTF-16 or Windows-1258 text") from e
    if not _reads_as_vietnamese(text):
        raise EncodingInput(
            f"{where}: not UTF-8, and as Windows-1258 it does not read as Vietnamese "
            "(TCVN3/VNI font encodings are not supported: convert to Unicode first)"
        )
    return text


def _checked(text: str, where: str) -> str:
    if not text.strip():
        raise EmptyInput(f"{where}: the input has no text")
    return text


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_NOT_CONTROLS = bytes(b for b in range(256) if b not in _CONTROLS)


def _control_ratio(head: bytes) -> float:
    controls = len(head.translate(None, _NOT_CONTROLS))  # (the control bytes alone: no tab, feed or return)
    return controls / max(len(head), 1)


def _reads_as_vietnamese(text: str) -> bool:
    """Most non-ASCII letters must be ones only Vietnamese uses (ă, ơ, ư, ạ, ế …)."""
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha() and not c.isascii()]
    if not letters:
        return False
    vietnamese = sum(1 for c in letters if _is_vietnamese_letter(c))
    return vietnamese / len(letters) > 0.6


def _is_vietnamese_letter(c: str) -> bool:
    if c in _VIETNAMESE_MARKS:
        return True
    base = unicodedata.normalize("NFD", c)
    # a tone mark Vietnamese uses, on a vowel: à á ả ã ạ …; ü, ß, é-only French words are rarer
    return any(m in base for m in "\u0309\u0323\u0303") or (
        len(base) > 1 and base[0].lower() in "aeiouy" and any(m in base for m in "\u0300\u0301")
        and any(x in base for x in "\u0302\u0306\u031b"))
