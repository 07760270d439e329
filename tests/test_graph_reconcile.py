"""What a load decides over the whole graph (``graph.reconcile``), on the real embedded engine:
year-less citations, laws learned from the corpus, secondary links, stub properties by rule, and
the same graph whatever order the documents come in."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from graph_fixtures import SEED_1369, SEED_2024, SHARED, contents, decree_72, hanoi_plan, parsed, record, reference

import queries
from graph import GraphStore, load_records, open_graph
from graph.agencies import resolve_agency
from graph.identity import DocKey
from graph.laws import name_key, resolve_law
from graph.model import check_record, record_rows
from graph.reconcile import stub_properties

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def graph(tmp_path: Path):  # type: ignore[no-untyped-def]
    with open_graph(str(tmp_path / "g.db"), create=True) as g:
        yield g


def _cites(store: GraphStore, citer: str) -> list[str]:
    rows = store.query("MATCH (:Document {key: $k})-[r:CITES]->(t:Document) RETURN t.key ORDER BY t.key",
                       {"k": citer}).rows
    return [r[0] for r in rows]


def _party(path: str, number: str, issued: str, refs: list[dict[str, object]]) -> dict[str, object]:
    return record(path, {"number": number, "type": "Kế hoạch", "issuer": "Bộ Chính trị",
                         "issued": issued, "year": int(issued[:4]), "title": path}, references=refs)


def test_year_less_citation_finds_the_one_dated_document(graph: GraphStore) -> None:
    dated = _party("hand/kl57.txt", "57-KL/TW", "2024-01-15", [])
    dated["document"]["type"] = "Kết luận"
    later = _party("hand/kh1.txt", "1-KH/TW", "2024-06-01",
                   [reference("implements", "Kết luận", "57-KL/TW", None, "Bộ Chính trị")])
    earlier = _party("hand/kh2.txt", "2-KH/TW", "2023-06-01",
                     [reference("implements", "Kết luận", "57-KL/TW", None, "Bộ Chính trị")])
    load_records(graph, [later, earlier, dated])
    assert _cites(graph, "1-KH/TW|2024") == ["57-KL/TW|2024"]  # the one dated before it
    assert _cites(graph, "2-KH/TW|2023") == ["57-KL/TW|?"]  # none fits before 2023: a stub
    # a second dated 57-KL/TW before 2024-06-01 makes the citation ambiguous again: back to the stub
    other = _party("hand/kl57b.txt", "57-KL/TW", "2019-03-01", [])
    load_records(graph, [other])
    assert _cites(graph, "1-KH/TW|2024") == ["57-KL/TW|?"]


def test_a_name_with_a_number_teaches_the_catalogue(graph: GraphStore) -> None:
    teaches = record("hand/a.txt", {"number": "5/2020/NĐ-CP", "type": "Nghị định", "issued": "2020-01-01"},
                     references=[reference("legal_basis", "Luật", "54/2014/QH99", "2014-06-23",
                                           name="Phòng, chống thiên tai và cứu hộ")])
    learns = record("hand/b.txt", {"number": "6/2021/NĐ-CP", "type": "Nghị định", "issued": "2021-01-01"},
                    references=[reference("legal_basis", "Luật", None, None, name="Phòng chống thiên tai và cứu hộ")])
    load_records(graph, [learns, teaches])
    assert _cites(graph, "6/2021/NĐ-CP") == ["54/2014/QH99"]
    assert graph.query("MATCH (d:Document) WHERE d.key STARTS WITH '~' RETURN count(d)").rows == [[0]]


def test_law_versions_by_date_and_whole_names() -> None:
    law = "Tổ chức chính quyền địa phương"
    assert resolve_law("Luật", law, None, before="2020-01-01").number == "77/2015/QH13"  # type: ignore[union-attr]
    assert resolve_law("Luật", law, None, before="2025-08-01").number == "72/2025/QH15"  # type: ignore[union-attr]
    keys = {name_key("Luật", n) for n in ("Phòng, chống tham nhũng", "Phòng, chống HIV/AIDS", "Phòng chống thiên tai")}
    assert len(keys) == 3
    assert name_key("Luật", "Phòng, chống tham nhũng") == name_key("Luật", "Phòng chống tham nhũng")
    long_a, long_b = "Kế hoạch " + "x " * 60 + "a", "Kế hoạch " + "x " * 60 + "b"
    assert DocKey.for_name("Kế hoạch", long_a, 2020) != DocKey.for_name("Kế hoạch", long_b, 2020)


def test_secondary_mentions_link_the_cited_documents(graph: GraphStore) -> None:
    refs = [reference("legal_basis", "Nghị định", "10/2024/NĐ-CP", "2024-02-01", "Chính phủ"),
            {**reference("secondary", "Nghị định", "20/2020/NĐ-CP", None, start=30), "of": 0, "link": "amends"},
            {**reference("secondary", "Nghị quyết", "3/2023/NQ-CP", None, start=60), "of": 0, "link": "implements",
             "year": 2023, "future_key": "ignored"},
            {**reference("secondary", "Luật", "9/2019/QH14", None, start=90), "of": 0, "link": "amended_by"},
            {**reference("secondary", "Thông tư", "1/2021/TT-BTC", None, start=120), "of": 0, "link": "mentions"}]
    rec = record("hand/plan.txt", {"number": "9/KH-UBND", "type": "Kế hoạch", "issued": "2024-05-01",
                                   "issuer": "Ủy ban nhân dân tỉnh Tây Ninh", "place": "Tây Ninh"},
                 references=refs, future_block={"x": 1})
    rec["unknown_top_level"] = True
    load_records(graph, [check_record(rec)])
    citer = "9/KH-UBND|2024@tinh-tay-ninh"
    assert _cites(graph, citer) == ["10/2024/NĐ-CP"]  # secondary mentions are not its citations
    edges = graph.query("MATCH (a:Document)-[r:AMENDS|IMPLEMENTS|MENTIONS]->(b:Document) "
                        "RETURN type(r), a.key, b.key, r.origin, r.link ORDER BY a.key, b.key").rows
    assert edges == [["MENTIONS", "10/2024/NĐ-CP", "1/2021/TT-BTC", "text", "mentions"],
                     ["AMENDS", "10/2024/NĐ-CP", "20/2020/NĐ-CP", "text", "amends"],
                     ["IMPLEMENTS", "10/2024/NĐ-CP", "3/2023/NQ-CP", "text", "implements"],
                     ["AMENDS", "9/2019/QH14", "10/2024/NĐ-CP", "text", "amended_by"]]
    # re-parsed without them: the links go, and the stubs nothing links to any more
    load_records(graph, [record("hand/plan.txt", rec["document"], references=refs[:1])])
    assert graph.query("MATCH ()-[r:AMENDS|IMPLEMENTS|MENTIONS]->() RETURN count(r)").rows == [[0]]
    assert graph.query("MATCH (d:Document {stub: true}) RETURN d.key").rows == [["10/2024/NĐ-CP"]]


def test_stub_properties_do_not_depend_on_order() -> None:
    rows = [["k", "Nghị quyết", "55/2010/QH99", None, None, None, "về A", 1],
            ["k", "Luật", "55/2010/QH99", "Quốc hội", None, None, "về thuế", 2],
            ["k", "Nghị quyết", "55/2010/QH99", None, None, None, "về thuế sử dụng", 1]]
    props = stub_properties("55/2010/QH99", rows)
    assert props == stub_properties("55/2010/QH99", rows[::-1])
    # type: 2 votes each → the longer; title: "về thuế" twice beats the longer once
    assert (props["type"], props["title"], props["kind"]) == ("Nghị quyết", "về thuế", "Resolution")
    # a law the catalogue knows is what the catalogue says, whatever its citations call it
    assert stub_properties("55/2010/QH12", rows)["kind"] == "Law"


def test_a_plan_is_not_its_own_attachment() -> None:
    doc = {"number": "12/KH-UBND", "type": "Kế hoạch", "issued": "2024-01-01",
           "issuer": "Ủy ban nhân dân tỉnh Tây Ninh"}
    own = {"type": "Kế hoạch", "title": "Kế hoạch", "number": None, "start": 0, "end": 100}
    twice = [{"type": "Chương trình", "title": "Hành động", "number": None, "start": 200, "end": 900},
             {"type": "Chương trình", "title": "Hành động", "number": None, "start": 210, "end": 900}]
    assert record_rows(record("hand/kh.txt", doc, attachments=[own])).promulgates == []
    resolution = {**doc, "number": "5/NQ-HĐND", "type": "Nghị quyết"}
    assert len(record_rows(record("hand/nq.txt", resolution, attachments=twice)).promulgates) == 1


@pytest.mark.parametrize(("mention", "key"), [
    ("Bộ Tài chính", "bo-tai-chinh"), ("Bộ trưởng Bộ Tài chính", "bo-tai-chinh"),
    ("Giám đốc Sở Tư pháp", "so-tu-phap@tinh-tay-ninh"), ("Chủ tịch nước", "chu-tich-nuoc"),
    ("Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh", "uy-ban-nhan-dan@tinh-tay-ninh"),
    ("Bộ Tài", None),  # Bộ Tài chính or Bộ Tài nguyên và Môi trường: no node
])
def test_agencies_are_bodies_and_whole(mention: str, key: str | None) -> None:
    a = resolve_agency(mention, "Tỉnh Tây Ninh")
    assert (a.key if a else None) == key


def test_a_cut_name_is_completed_from_the_document() -> None:
    a = resolve_agency("Bộ Tài", None, known=("Bộ Tài chính", "Sở Tư pháp"))
    assert a is not None and a.key == "bo-tai-chinh"


def test_doc_parameter_takes_a_name_and_says_what_it_matched(graph: GraphStore) -> None:
    load_records(graph, [parsed(SEED_1369), hanoi_plan(), decree_72()])
    result = queries.run(graph, "citing_documents", {"doc": "Luật Tổ chức chính quyền địa phương"})
    assert {r["cited"] for r in result.dicts()} == {"77/2015/QH13"}
    assert result.notes == ["doc='Luật Tổ chức chính quyền địa phương' matched 1 document(s): 77/2015/QH13"]
    one_year = queries.run(graph, "citing_documents", {"doc": "Luật Tổ chức chính quyền địa phương năm 2025"})
    assert one_year.rows == [] and "matched 0 document(s)" in one_year.notes[0]


def test_parallel_citations_are_each_a_mention(graph: GraphStore) -> None:
    twice = [reference("legal_basis", "Nghị định", "72/2015/NĐ-CP", None),
             reference("cites", "Nghị định", "72/2015/NĐ-CP", None, start=500)]
    load_records(graph, [record("hand/x.txt", {"number": "1/KH-BTC", "type": "Kế hoạch", "issued": "2020-01-01"},
                                references=twice)])
    top = queries.run(graph, "most_cited", {"limit": 1}).dicts()
    assert (top[0]["document"], top[0]["citing_documents"], top[0]["mentions"]) == ("72/2015/NĐ-CP", 1, 2)


# Every relationship in the catalogue and the loader is named: FalkorDB answers an unnamed one once
# per pair of nodes (most_cited counted 148 mentions where there were 159 edges).
_UNNAMED = re.compile(r"\[\s*[:*]|-->|<--|\)--\(")


def _cypher_sources() -> list[tuple[str, str]]:
    out = [(p.name, p.read_text("utf-8")) for p in sorted((ROOT / "queries").glob("*.cypher"))]
    modules = [ROOT / "graph" / f"{m}.py" for m in ("load", "reconcile", "stats", "store")]
    modules += sorted((ROOT / "compare").glob("*.py"))
    for path in modules:
        text = path.read_text("utf-8")
        out += [(f"{path.parent.name}/{path.name}", s) for s in re.findall(r'"""(.*?)"""', text, re.S)
                if re.search(r"\b(MATCH|MERGE|CREATE)\b", s)]
    return out


@pytest.mark.parametrize(("where", "cypher"), _cypher_sources(), ids=lambda v: v if len(v) < 40 else "")
def test_every_relationship_is_named(where: str, cypher: str) -> None:
    assert not _UNNAMED.search(cypher), f"{where}: an unnamed relationship in {cypher!r}"


def test_the_check_catches_the_unnamed_form() -> None:
    assert _UNNAMED.search("MATCH (c)-[:CITES]->(t)") and _UNNAMED.search("MATCH (a)-->(b)")
    assert not _UNNAMED.search("MATCH (c)-[r:CITES]->(t)")


def test_same_graph_whatever_the_order(tmp_path: Path) -> None:
    """The same files in two orders and other batch sizes: a full dump of both graphs is equal.
    (Two files of one document — two formats of one decree — are one node whose facts are the last
    loaded file's; so each document is taken once here.)"""
    records = [parsed(SEED_1369), parsed(SEED_2024), decree_72(), hanoi_plan()]
    if SHARED.is_dir():
        records += [parsed(p) for p in sorted(SHARED.iterdir()) if p.is_file()]
    seen, unique = set(), []
    for r in records:
        key = str(record_rows(check_record(r)).owners[0])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    shuffled = unique[:]
    random.Random(8).shuffle(shuffled)
    with open_graph(str(tmp_path / "a.db"), create=True) as a, open_graph(str(tmp_path / "b.db"), create=True) as b:
        load_records(a, unique)
        load_records(b, shuffled, batch_size=7)
        assert contents(a) == contents(b)
