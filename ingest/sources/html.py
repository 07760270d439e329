"""Reading fetched HTML the same way for every source: the declared charset first, then the
encodings Vietnamese pages really come in; tolerant parsing; text with whitespace folded."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

from bs4 import BeautifulSoup, Tag
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from ingest.errors import InputError, UnreadablePage
from ingest.snapshot import Snapshot, decode


def page_text(snapshot: Snapshot) -> str:
    """The page as text: the charset the server or the page declares (``windows-1258`` included),
    else UTF-8 or Windows-1258 as ``ingest.decode`` recognises them. NFC-normalised."""
    declared = http_content_type_encoding(snapshot.headers.get("content-type", "")) or \
        html_body_declared_encoding(snapshot.data[:4096])
    if declared:
        try:
            return unicodedata.normalize("NFC", snapshot.data.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: read the bytes for what they are
    try:
        return unicodedata.normalize("NFC", decode(snapshot.data, snapshot.location))
    except InputError as e:
        raise UnreadablePage(f"{snapshot.location}: {e.message}") from e


def soup(snapshot: Snapshot) -> BeautifulSoup:
    return BeautifulSoup(page_text(snapshot), "lxml")


def text_of(node: Tag | None) -> str:
    """A node's text on one line (None → "")."""
    if node is None:
        return ""
    return " ".join(node.get_text(" ").split())


def first(node: BeautifulSoup | Tag, *selectors: str) -> Tag | None:
    """The first element matching any of the CSS selectors, in the order given."""
    for sel in selectors:
        found = node.select_one(sel)
        if found is not None:
            return found
    return None


def attr(node: Tag, name: str) -> str:
    value: Any = node.get(name)
    return " ".join(value) if isinstance(value, list) else str(value or "")


def drop(node: Tag, *selectors: str) -> None:
    """Remove boilerplate elements in place."""
    for sel in selectors:
        for el in node.select(sel):
            el.decompose()


def html_document(title: str | None, body_html: str) -> bytes:
    """A small UTF-8 page holding one document's body, for the parser (which reads ``<article>``)."""
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">{head}</head>\n'
            f"<body><article>\n{body_html}\n</article></body></html>\n").encode()


def paragraphs(node: Tag) -> list[str]:
    """Block-level text of a node, one entry per paragraph, empty ones dropped."""
    for br in node.find_all("br"):
        br.replace_with("\n")
    out: list[str] = []
    blocks = node.find_all(["p", "h1", "h2", "h3", "h4", "li", "tr", "div"])
    for el in blocks:
        if el.find(["p", "div", "li", "tr"]) is not None:
            continue  # a container: its own blocks are read
        for line in el.get_text(" ").split("\n"):
            line = " ".join(line.split())
            if line:
                out.append(line)
    if not out:
        out = [" ".join(line.split()) for line in node.get_text("\n").split("\n") if line.strip()]
    return out


def require(node: Tag | None, what: str, where: str) -> Tag:
    if node is None:
        raise UnreadablePage(f"{where}: {what} is not on the page")
    return node


_WS = re.compile(r"\s+")


def one_line(text: str | None) -> str | None:
    if text is None:
        return None
    text = _WS.sub(" ", text).strip()
    return text or None
