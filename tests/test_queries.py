"""Every catalogue query, run on a graph loaded from real documents (plus the hand-made decree
72/2015/NĐ-CP and a Hà Nội plan), on every available backend."""

from __future__ import annotations

from typing import Any

import pytest
from graph_fixtures import KEY_1369, PLAN_1369, loaded
from portal_fixtures import portal_loaded

import queries
from graph import GraphStore
from ingest.errors import BadParameter, QueryError, UnknownQuery

__all__ = ["loaded", "portal_loaded"]

TESTED: set[str] = set()


def run(store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    TESTED.add(name)
    return queries.run(store, name, params).dicts()


def test_catalogue_headers() -> None:
    cat = queries.catalogue()
    assert len(cat) >= 10
    for q in cat.values():
        assert q.description and q.cypher.startswith(f"// name: {q.name}")
        assert "$" not in q.description


def test_citing_documents(loaded: GraphStore) -> None:
    rows = run(loaded, "citing_documents", doc="72/2015/NĐ-CP")
    citing = {r["citing"]: r["relations"] for r in rows}
    assert citing[KEY_1369] == ["legal_basis"]
    assert citing[PLAN_1369] == ["implements"]
    assert "45/KH-UBND|2019@thanh-pho-ha-noi" in citing
    # a number the user types in another spelling finds the same document
    assert run(loaded, "citing_documents", doc="72 / 2015 / NÐ-CP") == rows


def test_citing_documents_transitive(loaded: GraphStore) -> None:
    # the 2018 plan rests on 72/2015/NĐ-CP, which rests on Luật Tổ chức Chính phủ 2015
    rows = run(loaded, "citing_documents_transitive", doc="76/2015/QH13")
    distance = {r["citing"]: r["distance"] for r in rows}
    assert distance["72/2015/NĐ-CP"] == 1
    assert distance[KEY_1369] == 2 and distance[PLAN_1369] == 2


def test_legal_basis_tree(loaded: GraphStore) -> None:
    rows = run(loaded, "legal_basis_tree", doc=PLAN_1369)
    edges = {(r["parent"], r["basis"]): r for r in rows}
    # the decision's bases are the plan's too, up to the law the decree rests on
    assert edges[(KEY_1369, "77/2015/QH13")]["depth"] == 1
    assert edges[(PLAN_1369, "72/2015/NĐ-CP")]["relation"] == "implements"
    assert edges[("72/2015/NĐ-CP", "76/2015/QH13")]["depth"] == 2
    assert edges[("72/2015/NĐ-CP", "76/2015/QH13")]["type"] == "Luật"
    # asking with the decision's number gives the decision's own tree
    assert {r["basis"] for r in run(loaded, "legal_basis_tree", doc="1369/QĐ-UBND")} >= {
        "72/2015/NĐ-CP", "77/2015/QH13", "31/NQ-CP|2014"}


def test_plans_citing(loaded: GraphStore) -> None:
    rows = run(loaded, "plans_citing", doc="72/2015/NĐ-CP")
    assert {r["plan"] for r in rows} == {PLAN_1369, "45/KH-UBND|2019@thanh-pho-ha-noi"}


def test_plans_by_year_issuer(loaded: GraphStore) -> None:
    rows = run(loaded, "plans_by_year_issuer", year=2018)
    assert [(r["plan"], r["tasks"], r["promulgated_by"]) for r in rows] == [(PLAN_1369, 11, KEY_1369)]
    by_issuer = {r["plan"] for r in run(loaded, "plans_by_year_issuer", issuer="hồ chí minh")}
    assert PLAN_1369 in by_issuer and not any("ha-noi" in p for p in by_issuer)
    assert any(r["year"] == 2024 and r["tasks"] == 13 for r in run(loaded, "plans_by_year_issuer"))


def test_plan_tasks(loaded: GraphStore) -> None:
    rows = run(loaded, "plan_tasks", doc="1369/QĐ-UBND")  # the decision's number finds its plan
    assert [r["id"] for r in rows] == [f"II.{i}" for i in range(1, 12)]
    assert rows[0]["text"].startswith("Tuyên truyền các chủ trương chính sách về hội nhập quốc tế")
    items_2024 = run(loaded, "plan_tasks", doc="năm 2024")  # the 2024 plan has no number
    assert [r["id"] for r in items_2024] == [str(i) for i in range(1, 14)]
    hanoi = run(loaded, "plan_tasks", doc="45/KH-UBND")
    assert hanoi[0]["lead"] == ["Sở Thông tin và Truyền thông"]
    assert hanoi[0]["support"] == ["Sở Tư pháp"] and hanoi[0]["deadline"] == "Quý IV/2019"


def test_plan_units(loaded: GraphStore) -> None:
    rows = run(loaded, "plan_units", doc=PLAN_1369)
    names = [r["agency"] for r in rows]
    assert names[0] == "Sở Thông tin và Truyền thông" and "Sở Tư pháp" in names
    assert {r["jurisdiction"] for r in rows} == {"Thành phố Hồ Chí Minh"}
    assert len(rows) >= 12
    assert next(r for r in rows if r["section"] == "III.1")["duties"] >= 5


def test_agency_tasks_by_year(loaded: GraphStore) -> None:
    rows = run(loaded, "agency_tasks_by_year", agency="Sở Tư pháp")
    by_place = {(r["jurisdiction"], r["year"], r["role"]): r["items"] for r in rows}
    assert by_place[("Thành phố Hồ Chí Minh", 2018, "LEAD")] >= 1
    assert by_place[("Thành phố Hà Nội", 2019, "LEAD")] == 1
    assert by_place[("Thành phố Hà Nội", 2019, "SUPPORT")] == 1
    assert all(r["year"] == 2019 for r in run(loaded, "agency_tasks_by_year", year=2019))


def test_most_cited(loaded: GraphStore) -> None:
    rows = run(loaded, "most_cited", limit=5)
    assert len(rows) == 5
    assert rows[0]["citing_documents"] >= rows[-1]["citing_documents"]
    top = {r["document"]: r for r in run(loaded, "most_cited", limit=100)}
    assert top["72/2015/NĐ-CP"]["citing_documents"] == 3 and top["72/2015/NĐ-CP"]["stub"] is False


def test_unresolved_references(loaded: GraphStore) -> None:
    rows = {r["target"]: r for r in run(loaded, "unresolved_references")}
    assert "57-KL/TW|?" in rows  # the 2024 plan implements it; never parsed
    assert rows["22/2016/TT-BTTTT"]["citing_documents"] == 2
    assert "72/2015/NĐ-CP" not in rows  # parsed (the hand-made record): not a stub any more


def test_documents(loaded: GraphStore) -> None:
    rows = {r["document"]: r for r in run(loaded, "documents")}
    assert rows[PLAN_1369]["tasks"] >= 11 and rows[PLAN_1369]["units"] >= 12
    assert rows[KEY_1369]["citations"] >= 8
    assert set(rows) >= {KEY_1369, PLAN_1369, "72/2015/NĐ-CP"}


def test_portal_basis_disagreements(portal_loaded: GraphStore) -> None:
    rows = {(r["basis"], r["side"]) for r in run(portal_loaded, "portal_basis_disagreements", doc="1369/QĐ-UBND")}
    assert ("28/2023/NĐ-CP", "portal only") in rows and ("77/2015/QH13", "text only") in rows
    assert not any(basis == "72/2015/NĐ-CP" for basis, _ in rows)  # both name it
    every = {(r["document"], r["origin"], r["side"]) for r in run(portal_loaded, "portal_basis_disagreements")}
    # the national portal lists no basis for the decree: the one its text names is "text only"
    assert ("72/2015/NĐ-CP", "phapluat", "text only") in every
    assert {d for d, _, _ in every} == {KEY_1369, "72/2015/NĐ-CP"}  # the law's record shows no relations


def test_bases_not_in_force(portal_loaded: GraphStore) -> None:
    rows = {(r["document"], r["basis"]): r for r in run(portal_loaded, "bases_not_in_force")}
    # the decision and the plan it promulgates (issued the same day) rest on the expired decree
    for doc in (KEY_1369, PLAN_1369):
        row = rows[(doc, "72/2015/NĐ-CP")]
        assert (row["issued"], row["effective_to"], row["problem"]) == ("2018-04-09", "2017-01-01",
                                                                         "no longer in force")
    assert (KEY_1369, "77/2015/QH13") not in rows  # in force
    assert run(portal_loaded, "bases_not_in_force", doc="45/KH-UBND")[0]["origin"] == "phapluat"


def test_cited_stubs(portal_loaded: GraphStore) -> None:
    rows = {r["stub"]: r for r in run(portal_loaded, "cited_stubs", doc="1369/QĐ-UBND")}
    assert "72/2015/NĐ-CP" not in rows  # loaded: not a stub
    assert rows["31/NQ-CP|2014"]["number"] == "31/NQ-CP" and "legal_basis" in rows["31/NQ-CP|2014"]["relations"]
    assert rows["28/2023/NĐ-CP"]["portal_ids"] == ["tvpl:565000"]  # declared by the portal only


# ---- the comparison's views (compare/derive.py writes them after each load) --------------------------

PLAN_2024 = "~ke-hoach-hoat-dong-thong-tin-doi-ngoai-tren-dia-ban-thanh-pho-nam-2024|2024@thanh-pho-ho-chi-minh"


def test_plan_series(loaded: GraphStore) -> None:
    rows = run(loaded, "plan_series", doc="1369/QĐ-UBND")  # the decision names the series of its plan
    assert [(r["plan"], r["next_plan"], r["year"], r["next_year"]) for r in rows] == [
        (PLAN_1369, PLAN_2024, 2018, 2024)]
    assert rows[0]["evidence"][0] == "same issuer (Ủy ban nhân dân Thành phố Hồ Chí Minh)"
    assert run(loaded, "plan_series") == rows  # the only series of this graph
    assert run(loaded, "plan_series", doc="45/KH-UBND") == []  # one Hà Nội plan: no series


def test_task_alignment(loaded: GraphStore) -> None:
    rows = run(loaded, "task_alignment", a="1369/QĐ-UBND", b="năm 2024")
    found = {(r["task"], r["other_task"]): r for r in rows}
    assert found[("II.5", "4")]["status"] == "carried_over" and found[("II.5", "4")]["method"] == "tfidf-words+topics"
    assert found[("III.6:1", "5")]["level"] == "coverage"
    assert {r["level"] for r in rows} == {"task", "coverage"}
    # from the later plan, the same links seen the other way
    back = run(loaded, "task_alignment", a="năm 2024")
    assert {(r["other_task"], r["task"]) for r in back} == set(found)


def test_task_topics(loaded: GraphStore) -> None:
    rows = {r["id"]: r for r in run(loaded, "task_topics", doc="năm 2024")}
    assert (rows["5"]["topics"], rows["5"]["words"]) == (["human_rights"], [["quyền con người"]])
    assert rows["6"]["topics"] == ["sea_islands_borders"] and len(rows) == 13


def test_topic_coverage(loaded: GraphStore) -> None:
    rows = {(r["topic"], r["year"]): r for r in run(loaded, "topic_coverage", issuer="hồ chí minh", kind="task")}
    assert rows[("training", 2018)]["items"] == 1 and rows[("training", 2024)]["items"] == 1
    assert ("human_rights", 2018) not in rows and rows[("human_rights", 2024)]["plans"] == 1
    duties = {(r["topic"], r["year"]): r for r in run(loaded, "topic_coverage", kind="duty")}
    assert duties[("human_rights", 2018)]["items"] == 3


def test_agency_succession(loaded: GraphStore) -> None:
    rows = run(loaded, "agency_succession", agency="thông tin và truyền thông")
    found = {(r["agency_key"], r["successor_key"]): r for r in rows}
    for place in ("thanh-pho-ho-chi-minh", "thanh-pho-ha-noi"):
        r = found[(f"so-thong-tin-va-truyen-thong@{place}", f"so-khoa-hoc-va-cong-nghe@{place}")]
        assert (r["date"], r["source"], r["kind"], r["confirmed"]) == ("2025-03-01", "45/2025/NĐ-CP", "merged", True)
    assert any(r["kind"] == "abolished" for r in run(loaded, "agency_succession"))


def test_agency_shift(loaded: GraphStore) -> None:
    rows = run(loaded, "agency_shift", doc="năm 2024")  # the 2024 plan names none; its series' 2018 plan does
    lead = {(r["year"], r["agency"], r["role"]): r for r in rows}
    r = lead[(2018, "Sở Thông tin và Truyền thông", "LEAD")]
    assert r["items"] == 8 and r["succeeded_by"] == ["Sở Khoa học và Công nghệ"]
    assert lead[(2018, "Sở Tư pháp", "LEAD")]["succeeded_by"] == []
    assert {row["year"] for row in rows} == {2018}


def test_every_catalogue_query_is_tested() -> None:
    # runs last in this module (pytest keeps file order): every query above was exercised
    assert set(queries.catalogue()) <= TESTED | {"<none>"}, set(queries.catalogue()) - TESTED


# ---- the catalogue's own checks -------------------------------------------------------------------


def test_parameters_are_checked() -> None:
    q = queries.get("plans_by_year_issuer")
    assert q.bind({"year": "2018"}) == {"year": 2018, "issuer": None, "plan_kinds": ["Plan", "Programme", "Scheme"]}
    with pytest.raises(BadParameter):
        q.bind({"year": "two thousand"})
    with pytest.raises(BadParameter):
        q.bind({"colour": "red"})
    with pytest.raises(BadParameter):
        queries.get("plan_tasks").bind({})
    with pytest.raises(UnknownQuery):
        queries.get("no_such_query")


def test_malformed_query_files_are_refused() -> None:
    with pytest.raises(QueryError):
        queries.parse_query("MATCH (n) RETURN n")
    with pytest.raises(QueryError):
        queries.parse_query("// name: x\n// description: y\n// params: year\nRETURN 1")
