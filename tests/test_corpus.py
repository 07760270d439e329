"""Every document of the development corpus parses, and every span slices back to its text."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, SHARED_DOCS


def _all_documents():
    docs = sorted(CORPUS.glob("*.txt"))
    if SHARED_DOCS.is_dir():
        docs += sorted(p for p in SHARED_DOCS.iterdir() if p.is_file())
    return docs


def test_corpus_present():
    if not SHARED_DOCS.is_dir():
        pytest.skip(f"the development corpus is not at {SHARED_DOCS}")
    assert len(list(SHARED_DOCS.iterdir())) >= 170


@pytest.mark.parametrize("path", _all_documents(), ids=lambda p: p.name)
def test_parses_with_valid_spans(path):
    from parsers import parse_document, vocab

    rec = parse_document(path)
    text = rec.text
    n = len(text)
    for r in rec.references:
        assert 0 <= r.start < r.end <= n
        span = text[r.start : r.end]
        head = span.lower().replace(" ", "")
        abbreviations = (t.abbreviations if (t := vocab.doc_type(r.type)) else ())
        assert head.startswith(r.type.lower().split()[0][:3]) or (
            r.number and head.startswith(r.number.lower()[:3])) or \
            any(head.startswith(a.lower()) for a in abbreviations), span
        if r.number:
            assert r.number.replace(" ", "")[:3] in span.replace(" ", "").replace("\n", "")
    for t in rec.tasks:
        assert 0 <= t.start < t.end <= n
    for u in rec.units:
        assert 0 <= u.start < u.end <= n
        for d in u.duties:
            assert 0 <= d.start < d.end <= n
    for s in rec.sections:
        assert 0 <= s.start <= s.end <= n
    assert rec.to_dict()["source"]["sha256"] == rec.source.sha256
