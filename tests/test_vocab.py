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


HEADINGS = [(role, ex) for ex, role in vocab.sections()["examples"]]


@pytest.mark.parametrize(("role", "example"), HEADINGS)
def test_heading_examples(role, example):
    heading = example.split(". ", 1)[1] if ". " in example else example
    assert vocab.section_role(heading) == role


SUBJECTS = vocab.load("agency_grammar.json")["examples"]


@pytest.mark.parametrize(("text", "names"), SUBJECTS)
def test_agency_subjects(text, names):
    """Who a heading or sentence addresses: titles stripped, lists split, collectives whole."""
    assert [a.text for a in agencies.subjects(text, 0, len(text))] == names


HEADING_NAMES = vocab.load("agency_grammar.json")["heading_examples"]


@pytest.mark.parametrize(("text", "names"), HEADING_NAMES)
def test_heading_names(text, names):
    assert [a.text for a in agencies.heading_names(text, 0, len(text))] == names


COLUMNS = [tuple(ex) for c in vocab.load("columns.json")["columns"] for ex in c["examples"]]


@pytest.mark.parametrize(("header", "role"), COLUMNS)
def test_column_examples(header, role):
    from parsers.tables import column_role

    assert column_role(header) == role


PLACES = vocab.load("places.json")["examples"]


@pytest.mark.parametrize(("caps", "sentence"), PLACES[:2])
def test_titles_keep_proper_names(caps, sentence):
    from parsers.metadata import sentence_case

    assert sentence_case(caps) == sentence


def test_surname_examples():
    from parsers.metadata import _surnames

    for ex in vocab.load("surnames.json")["examples"]:
        assert ex.split()[0] in _surnames()


def test_type_words_longest_first():
    words = vocab.type_words()
    assert words.index("Thông tư liên tịch") < words.index("Thông tư")


def test_document_type_labels_are_graph_labels():
    """Each type's label names a node label in both engines: one word of letters."""
    import re

    assert all(re.fullmatch(r"[A-Z][A-Za-z]+", t.label) for t in vocab.doc_types())


def test_a_local_body_named_with_the_bare_word_for_its_place_is_that_body():
    assert vocab.agencies.resolve("Sở Y tế tỉnh").name == "Sở Y tế"
    assert vocab.agencies.resolve("Sở Tài chính thành phố").name == "Sở Tài chính"
    assert vocab.agencies.resolve("Bộ Y tế tỉnh") is None  # a national body has no province


LAW_NAMES = vocab.load("law_names.json")["examples"]


@pytest.mark.parametrize(("sentence", "name"), LAW_NAMES)
def test_law_names_read_whole(sentence, name):
    from parsers.references import find_mentions

    assert [m.name for m in find_mentions(sentence)] == [name]


LAW_TITLES = vocab.load("laws.json")["examples"]


@pytest.mark.parametrize(("sentence", "name"), LAW_TITLES)
def test_a_law_name_ends_where_a_known_one_does_before_a_joining_word(sentence, name):
    from parsers.references import find_mentions

    assert [m.name for m in find_mentions(sentence)] == [name]
