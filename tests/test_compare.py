"""Comparing plans across years: the seeds against the gold reading of them, a plan against itself,
two plans of one issuer from the development corpus, the reports, and the facts written into the graph."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from graph_fixtures import PLAN_1369, ROOT, SEED_1369, SEED_2024, SHARED, parsed, record
from typer.testing import CliRunner

import vnlegal
from compare.align import CARRIED, PAIR
from compare.comparison import Comparison, build, compare_plans
from compare.evaluate import evaluate
from compare.plans import read_plan, resolve_plan
from compare.report import render
from graph import GraphStore, load_records, open_graph
from ingest.errors import AmbiguousPlan, NoSuchPlan

GOLD = json.loads((ROOT / "tests" / "compare_gold" / "hcmc_ttdn_2018_2024.json").read_text("utf-8"))
PLAN_2024 = "~ke-hoach-hoat-dong-thong-tin-doi-ngoai-tren-dia-ban-thanh-pho-nam-2024|2024@thanh-pho-ho-chi-minh"
# Two plans of one issuer (Thủ tướng Chính phủ) in the development corpus, on unrelated subjects.
TTG_2025, TTG_2026 = "ttg_2025_qd2623_kh_luat_bvdlcn.md", "ttg_2026_qd844_kh_bhyt.congbao.txt"
HCM_2025 = "hcm_2025_kh174_binhdanggioi.md"  # HCMC, November 2025: gender equality


def hcmc_2025() -> dict[str, Any]:
    """A 2025 HCMC plan whose training task is led by Sở Khoa học và Công nghệ, into which Sở Thông
    tin và Truyền thông (the 2018 plan's lead) was merged on 2025-03-01."""
    return record(
        "hand/hcm_kh_ttdn_2025.txt",
        {"number": "99/KH-UBND", "type": "Kế hoạch", "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
         "issued": "2025-09-01", "place": "Thành phố Hồ Chí Minh", "year": 2025,
         "title": "Kế hoạch thông tin đối ngoại năm 2025"},
        tasks=[{"id": "II.1", "text": "Tập huấn, bồi dưỡng nghiệp vụ về thông tin đối ngoại cho cán bộ", "start": 10,
                "end": 70, "lead": ["Sở Khoa học và Công nghệ"], "support": ["Sở Nội vụ"], "deadline": None,
                "section": "II"}],
        units=[{"name": "Sở Khoa học và Công nghệ", "section": "III.1", "role": "responsible", "start": 100,
                "end": 130, "abbreviation": None, "collective": False,
                "duties": [{"text": "Phối hợp với Sở Nội vụ tổ chức tập huấn, đào tạo, bồi dưỡng nghiệp vụ cho "
                                    "cán bộ phụ trách công tác thông tin đối ngoại", "start": 131, "end": 230,
                            "partners": ["Sở Nội vụ"], "deadline": None}]}],
    )


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    records = [parsed(SEED_1369), parsed(SEED_2024), hcmc_2025()]
    records += [parsed(SHARED / n) for n in (TTG_2025, TTG_2026, HCM_2025) if (SHARED / n).is_file()]
    with open_graph(str(tmp_path_factory.mktemp("compare") / "g.db"), create=True) as store:
        load_records(store, records)
        yield store


@pytest.fixture(scope="module")
def seeds(graph: GraphStore) -> Comparison:
    return compare_plans(graph, GOLD["a"], GOLD["b"])


# ---- the gold reading of the seeds ---------------------------------------------------------------------


def test_seeds_agree_with_the_gold(graph: GraphStore) -> None:
    s = evaluate(graph, GOLD)
    # every strong carry-over found, clearly new items new (not forced onto a 2018 task), dropped listed
    assert s.agreed["task pairs"] == (6, 6), s.misses
    assert s.agreed["new tasks"] == (5, 5), s.misses
    assert s.agreed["dropped tasks"] == (2, 2), s.misses
    # duties: III.6:2 (human rights, "nhân quyền") goes to item 9 (press information), not 5
    assert s.agreed["duties covered"] >= (7, 8), s.misses
    assert s.agreed["duties dropped"] == (6, 6), s.misses
    assert s.total == (26, 27) and s.status[0] >= 5


def test_every_item_has_one_outcome_with_a_reason(seeds: Comparison) -> None:
    seen = [(o.side, o.id) for o in seeds.alignment.outcomes]
    assert len(seen) == len(set(seen))
    assert {i.id for i in seeds.a.items} == {i for side, i in seen if side == "a"}
    assert {i.id for i in seeds.b.items} == {i for side, i in seen if side == "b"}
    assert all(o.reason and o.status in ("carried_over", "changed", "new", "dropped") for o in seeds.alignment.outcomes)


def test_pairs_keep_score_and_margin(seeds: Comparison) -> None:
    by_a = {p.a: p for p in seeds.alignment.pairs}
    assert by_a["II.5"].b == "4" and by_a["II.5"].status == "carried_over" and by_a["II.5"].score >= CARRIED
    assert by_a["II.9"].status == "changed" and PAIR <= by_a["II.9"].score < CARRIED
    # the margin is the score less the best other score of either item: II.8 also resembles item 4
    assert by_a["II.5"].margin == pytest.approx(by_a["II.5"].score - 0.4514, abs=0.02)
    reasons = {o.id: o.reason for o in seeds.alignment.outcomes if o.side == "b"}
    assert "III.6:1" in reasons["5"]  # new as a task, but Sở Tư pháp's 2018 duty on human rights continues in it
    assert "paired with II.5" in {o.id: o.reason for o in seeds.alignment.outcomes if o.side == "a"}["II.8"]


def test_the_2024_plan_names_no_agencies_and_2018_work_is_traced(seeds: Comparison) -> None:
    ag = seeds.agencies
    assert any("names no lead or support agency" in n for n in ag["notes"])
    assert {r["status"] for r in ag["rows"]} == {"not_stated_in_b"}  # not "dropped": the source is silent
    precedents = {p["b"]: p["agencies"] for p in ag["precedents"]}
    assert precedents["5"] == ["Sở Tư pháp"]
    assert "Sở Nội vụ" in precedents["2"]
    later = {(s["agency"], s["to"]): s for s in ag["later"]}
    fact = later[("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ")]
    assert (fact["date"], fact["source"]) == ("2025-03-01", "45/2025/NĐ-CP")


@pytest.mark.parametrize("name", [GOLD["a"], GOLD["b"], "99/KH-UBND"])
def test_a_plan_compared_with_itself_is_all_carried_over(graph: GraphStore, name: str) -> None:
    plan = read_plan(graph, resolve_plan(graph, name))
    c = build(plan, plan)
    assert not c.alignment.new and not c.alignment.dropped
    assert {(o.id, o.counterpart, o.status, o.score) for o in c.alignment.outcomes} == {
        (i.id, i.id, "carried_over", 1.0) for i in plan.items}
    assert all(r["status"] == "continued" for r in c.agencies["rows"])


def test_a_renamed_agency_is_not_new(graph: GraphStore) -> None:
    c = compare_plans(graph, "1369/QĐ-UBND", "99/KH-UBND")
    rows = {r["agency_a"]: r for r in c.agencies["rows"] if r["agency_a"]}
    row = rows["Sở Thông tin và Truyền thông"]
    assert row["status"] == "renamed" and row["agency_b"] == "Sở Khoa học và Công nghệ" and row["lead_b"] == 2
    assert row["succession"][0]["source"] == "45/2025/NĐ-CP"
    assert not any(r["agency_b"] == "Sở Khoa học và Công nghệ" and r["status"] == "only_b" for r in c.agencies["rows"])
    # the 2018 training duty carried over, led by the same agency under its new name: no "moved" entry
    assert not [m for m in c.agencies["moved"] if m["a"] == "III.1:2"]


@pytest.mark.skipif(not (SHARED / TTG_2025).is_file(), reason=f"the development corpus is not at {SHARED}")
def test_two_plans_of_one_issuer_from_the_development_corpus(graph: GraphStore) -> None:
    """Thủ tướng Chính phủ's plan for the personal-data law (2025) and for health insurance (2026):
    nothing of the one is forced onto the other; only the duty of following up and reporting to the
    Prime Minister carries over."""
    c = compare_plans(graph, "2623/QĐ-TTg", "844/QĐ-TTg")
    assert (len(c.a.tasks), len(c.b.tasks)) == (10, 18)  # (as the gold has them: II.4 in its two parts)
    assert [p for p in c.alignment.pairs if p.level == "task"] == []
    assert set(c.alignment.dropped) >= {t.id for t in c.a.tasks} and set(c.alignment.new) >= {t.id for t in c.b.tasks}
    duty_pairs = [p for p in c.alignment.pairs if p.level == "duty"]
    assert all("#inspection" in p.shared for p in duty_pairs)
    rows = {r["agency_b"]: r for r in c.agencies["rows"] if r["agency_b"]}
    assert rows["Bộ Y tế"]["status"] == "only_b"
    continued = [r["agency_a"].lower() for r in c.agencies["rows"] if r["status"] == "continued"]
    assert "ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" in continued


@pytest.mark.skipif(not (SHARED / HCM_2025).is_file(), reason=f"the development corpus is not at {SHARED}")
def test_one_city_across_the_2025_reorganisation(graph: GraphStore) -> None:
    """The 2018 plan against HCMC's November 2025 gender-equality plan: another subject, so no task
    pairs; agencies read across the 2025 mergers (Sở Thông tin và Truyền thông is Sở Khoa học và Công
    nghệ by then, which this plan does not task), and the ones both plans task continue."""
    c = compare_plans(graph, "1369/QĐ-UBND", "174/KH-UBND")
    assert [p for p in c.alignment.pairs if p.level == "task"] == []
    rows = {r["agency_a"]: r for r in c.agencies["rows"] if r["agency_a"]}
    assert rows["Sở Thông tin và Truyền thông"]["status"] == "renamed_absent"
    assert rows["Sở Thông tin và Truyền thông"]["agency_b"] == "Sở Khoa học và Công nghệ"
    assert rows["Sở Kế hoạch và Đầu tư"]["succession"][0]["to"] == "Sở Tài chính"
    assert rows["Sở Nội vụ"]["status"] == rows["Sở Văn hóa và Thể thao"]["status"] == "continued"


# ---- reports --------------------------------------------------------------------------------------------


def test_json_report_holds_what_the_report_shows(seeds: Comparison) -> None:
    d = json.loads(render(seeds, "json"))
    assert {"a", "b", "pairs", "new", "dropped", "topics", "agencies", "coverage", "outcomes"} <= set(d)
    assert d["a"]["key"] == PLAN_1369 and d["b"]["key"] == PLAN_2024
    assert all({"a", "b", "score", "margin", "status"} <= set(p) for p in d["pairs"])
    assert {p["status"] for p in d["pairs"]} <= {"carried_over", "changed"}
    assert d["new"] == ["1", "5", "7", "9", "11", "12", "13"] and "II.11" in d["dropped"]
    topics = {r["topic"]: r["counts"] for r in d["topics"]["rows"]}
    assert d["topics"]["columns"] == ["2018 tasks", "2018 duties", "2024 tasks"]
    assert topics["human_rights"] == [0, 3, 1] and topics["training"][2] == 1
    assert d["topics"]["items"]["b"]["5"] == [{"topic": "human_rights", "words": ["quyền con người"]}]


def test_html_and_markdown_reports(seeds: Comparison) -> None:
    page = render(seeds, "html")
    assert "<img alt='topics by plan' src='data:image/svg+xml;base64," in page
    for text in ("Tập huấn, đào tạo bồi dưỡng nghiệp vụ về thông tin đối ngoại", "Sở Tư pháp", "45/2025/NĐ-CP"):
        assert text in page
    md = render(seeds, "md")
    assert "## Tasks side by side" in md and "| carried over | II.5 |" in md and "## New in B" in md
    assert render(seeds, "md") == md  # the same comparison, the same bytes


def test_the_compare_command(graph: GraphStore, tmp_path: Path) -> None:
    vnlegal._register()
    cli = CliRunner()
    target = str(Path(graph.target))
    out = tmp_path / "r.json"
    result = cli.invoke(vnlegal.app, ["compare", "1369/QĐ-UBND", "năm 2024", "--format", "json", "--out", str(out),
                                      "--graph", target])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text("utf-8"))["b"]["year"] == 2024
    ambiguous = cli.invoke(vnlegal.app, ["compare", "Kế hoạch", "năm 2024", "--graph", target])
    assert isinstance(ambiguous.exception, AmbiguousPlan) and "E602" in str(ambiguous.exception)
    missing = cli.invoke(vnlegal.app, ["compare", "12345/QĐ-UBND", "năm 2024", "--graph", target])
    assert isinstance(missing.exception, NoSuchPlan)
    series = cli.invoke(vnlegal.app, ["series", "--graph", target])
    assert series.exit_code == 0 and "Ủy ban nhân dân Thành phố Hồ Chí Minh: thông tin đối ngoại" in series.output
    assert "title words in common: thông tin đối ngoại" in series.output


# ---- what the graph holds --------------------------------------------------------------------------------


def _rows(store: GraphStore, cypher: str, **params: Any) -> list[list[Any]]:
    return store.query(cypher, params).rows


def test_the_graph_holds_the_series_and_its_alignment(graph: GraphStore, seeds: Comparison) -> None:
    [[evidence]] = _rows(graph, "MATCH (a:Document {key: $a})-[f:FOLLOWED_BY]->(b:Document {key: $b}) "
                                "RETURN f.evidence", a=PLAN_1369, b=PLAN_2024)
    assert evidence[0] == "same issuer (Ủy ban nhân dân Thành phố Hồ Chí Minh)"
    assert "thông tin đối ngoại" in evidence[1]
    stored = _rows(graph, "MATCH (a:Task)-[s:SIMILAR_TO]->(b:Task) WHERE a.key STARTS WITH $a AND b.key STARTS WITH $b "
                          "RETURN a.id, b.id, s.score, s.margin, s.status, s.method ORDER BY a.id, b.id",
                   a=PLAN_1369 + "#", b=PLAN_2024 + "#")
    expected = sorted([p.a, p.b, p.score, p.margin, p.status, seeds.method]
                      for p in [*seeds.alignment.pairs, *seeds.alignment.coverage] if p.a and p.b)
    assert sorted(stored) == expected


def test_the_graph_holds_topics_and_successions(graph: GraphStore) -> None:
    assert _rows(graph, "MATCH (t:Topic) RETURN count(t)") == [[19]]
    about = _rows(graph, "MATCH (t:Task {key: $k})-[r:ABOUT]->(x:Topic) RETURN x.key, r.words", k=PLAN_2024 + "#5")
    assert about == [["human_rights", ["quyền con người"]]]
    succession = _rows(graph, "MATCH (a:Agency {key: $k})-[r:SUCCEEDED_BY]->(b:Agency) "
                              "RETURN b.key, r.date, r.source, r.kind, r.confirmed",
                       k="so-thong-tin-va-truyen-thong@thanh-pho-ho-chi-minh")
    assert succession == [["so-khoa-hoc-va-cong-nghe@thanh-pho-ho-chi-minh", "2025-03-01", "45/2025/NĐ-CP",
                           "merged", True]]
