"""Every vocabulary example in parsers/vocab/*.json must be recognised (reporters-db style)."""

from __future__ import annotations

import pytest

from parsers import agencies, vocab
from parsers.references import find_mentions

TYPES = [(t.type, ex) for t in vocab.doc_types() for ex in t.examples]


@pytest.mark.parametrize(("type_", "example"), TYPES)
def test_doc_type_examples(type_, example):
    found = find_mentions(example)
    assert found, example
    assert found[0].type == type_
    assert found[0].start == 0


AGENCIES = [(a.name, ex) for a in vocab.agencies.all for ex in a.examples]


@pytest.mark.parametrize(("name", "example"), AGENCIES)
def test_agency_examples(name, example):
    assert name in [m.name for m in agencies.find(example)], example


@pytest.mark.parametrize("agency", vocab.agencies.all, ids=lambda a: a.name)
def test_aliases_resolve_to_their_agency(agency):
    for alias in (agency.name, *agency.aliases):
        assert vocab.agencies.resolve(alias) is agency


CUES = [(r["relation"], ex) for r in vocab.cues()["relations"] for ex in r["examples"]]


@pytest.mark.parametrize(("relation", "example"), CUES)
def test_cue_examples(relation, example):
    from parsers.references import preamble_paragraphs

    paras = preamble_paragraphs(example, 0, len(example))
    assert [p.relation for p in paras] == [relation]


HEADINGS = [(k, ex) for k in ("tasks", "units", "purpose") for ex in vocab.sections()[k]["examples"]]


@pytest.mark.parametrize(("kind", "example"), HEADINGS)
def test_heading_examples(kind, example):
    heading = example.split(". ", 1)[1] if ". " in example else example
    assert vocab.heading_kind(heading) == kind


def test_surname_examples():
    from parsers.metadata import _surnames

    for ex in vocab.load("surnames.json")["examples"]:
        assert ex.split()[0] in _surnames()


def test_type_words_longest_first():
    words = vocab.type_words()
    assert words.index("Thông tư liên tịch") < words.index("Thông tư")
