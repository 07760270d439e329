"""Portal records in the graph (graph/portal.py): kept apart from the text's facts, marked with their
origin, replaced when loaded again, and never lost to the loader's clean-up of stubs."""

from __future__ import annotations

import copy

from graph_fixtures import KEY_1369, SEED_1369, counts, decree_72, parsed, store
from portal_fixtures import decision_1369_on_tvpl, law_on_vbpl_only, portal_items, relation

from graph import GraphStore, load_records
from graph.identity import Context
from graph.portal import load_portal_facts, target_key

__all__ = ["store"]


def _rows(store: GraphStore, cypher: str) -> list[list[object]]:
    return store.query(cypher).rows


def test_records_describe_documents_and_declare_relations(store: GraphStore) -> None:
    load_records(store, [parsed(SEED_1369), decree_72()])
    report = load_portal_facts(store, portal_items())
    assert (report.records, report.relations) == (3, 3)
    described = {tuple(r) for r in _rows(store, "MATCH (r:PortalRecord)-[:DESCRIBES]->(d) RETURN r.origin, d.key")}
    assert described == {("tvpl", KEY_1369), ("phapluat", "72/2015/NĐ-CP"), ("vbpl", "77/2015/QH13")}
    declared = {tuple(r) for r in _rows(store, "MATCH (:PortalRecord {key: 'tvpl:382026'})-[x:DECLARES]->(t) "
                                               "RETURN x.relation, x.group, t.key, t.stub")}
    assert ("legal_basis", "Văn bản căn cứ", "72/2015/NĐ-CP", False) in declared
    assert ("legal_basis", "Văn bản căn cứ", "28/2023/NĐ-CP", True) in declared  # a stub, like a citation's
    # the text's own citations are untouched and told apart
    assert _rows(store, f"MATCH (:Document {{key: '{KEY_1369}'}})-[c:CITES]->(:Document {{key: '28/2023/NĐ-CP'}}) "
                        "RETURN count(c)") == [[0]]


def test_loading_again_is_idempotent_and_replaces_relations(store: GraphStore) -> None:
    load_records(store, [parsed(SEED_1369), decree_72()])
    load_portal_facts(store, portal_items())
    first = counts(store)
    load_portal_facts(store, portal_items())
    assert counts(store) == first
    changed = copy.deepcopy(portal_items())
    changed[0]["facts"]["relations"] = [relation("legal_basis", "Nghị định 72/2015/NĐ-CP", "72/2015/NĐ-CP")]
    load_portal_facts(store, changed[:1])
    targets = [r[0] for r in _rows(store, "MATCH (:PortalRecord {key: 'tvpl:382026'})-[:DECLARES]->(t) RETURN t.key")]
    assert targets == ["72/2015/NĐ-CP"]
    assert _rows(store, "MATCH (d:Document {key: '28/2023/NĐ-CP'}) RETURN count(d)") == [[0]]  # no longer named


def test_a_document_known_only_from_its_portal_survives_later_loads(store: GraphStore) -> None:
    load_portal_facts(store, [{"facts": law_on_vbpl_only(), "source": None, "url": "z", "origin": "vbpl",
                               "pages": []}])
    load_records(store, [decree_72()])  # the loader's clean-up removes stubs nothing points to
    assert _rows(store, "MATCH (r:PortalRecord)-[:DESCRIBES]->(d:Law) RETURN d.key, d.stub, r.status_code") == [
        ["77/2015/QH13", True, "in_force"]]


def test_loaded_sources_get_their_provenance(store: GraphStore) -> None:
    record = parsed(SEED_1369)
    load_records(store, [record])
    load_portal_facts(store, [{"facts": decision_1369_on_tvpl(), "source": record["source"]["sha256"],
                               "url": "https://thuvienphapluat.vn/van-ban/x-382026.aspx", "origin": "tvpl",
                               "pages": ["b" * 64, "a" * 64]}])
    assert _rows(store, "MATCH (s:Source) RETURN s.url, s.origin, s.pages") == [
        ["https://thuvienphapluat.vn/van-ban/x-382026.aspx", "tvpl", ["a" * 64, "b" * 64]]]


def test_portal_titles_resolve_to_the_keys_citations_use() -> None:
    ctx = Context(None, "2016-01-01")
    constitution = "~hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam|2013"
    cases = {
        "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013": constitution,
        "Luật Tổ chức chính quyền địa phương 2015": "77/2015/QH13",
        "Bộ luật 101/2015/QH13 Tố tụng hình sự": "101/2015/QH13",
    }
    for title, key in cases.items():
        found = target_key({"title": title, "number": None if "101" not in title else "101/2015/QH13"}, ctx)
        assert found is not None and str(found[0]) == key, title
    assert target_key({"title": "", "number": None}, ctx) is None
