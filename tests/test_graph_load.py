"""Loading on the real engine: idempotence, replacement, atomicity, stubs, identity, agencies,
read-only mode. Each test runs on every available backend (FalkorDBLite always; Neo4j with
NEO4J_URI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_fixtures import (
    KEY_1369,
    PLAN_1369,
    SEED_1369,
    SEED_2024,
    SHARED,
    contents,
    counts,
    decree_72,
    hanoi_plan,
    needs_shared,
    parsed,
    shared,
    store,
)

from graph import GraphStore, load_records, open_graph, stats
from graph.model import check_record
from ingest.errors import LoadFailed, ReadOnlyViolation

__all__ = ["store"]  # the fixture, imported for pytest

# Plans of one province and decrees citing the same laws: many shared stubs and agencies.
SHARED_FOR_BATCHES = ("tayninh_2021_qd3745_kh_sudungdat.txt", "cp_2025_nd158_bhxh.md",
                      "cp_2025_nd158_bhxh.congbao.txt", "hcm_2025_kh174_binhdanggioi.md")


def _one(store: GraphStore, cypher: str, **params: object) -> object:
    rows = store.query(cypher, dict(params)).rows
    assert len(rows) == 1, rows
    return rows[0][0]


def test_seed_decision_loads_with_its_plan(store: GraphStore) -> None:
    report = load_records(store, [parsed(SEED_1369)])
    assert report.documents == 1 and report.rows > 100
    assert _one(store, "MATCH (d:Decision {key: $k}) RETURN d.signer", k=KEY_1369) == "Lê Thanh Liêm"
    assert _one(store, "MATCH (:Document {key: $k})-[:PROMULGATES]->(p:Plan) RETURN p.key",
                k=KEY_1369) == PLAN_1369
    # the tasks II.1–II.11 belong to the plan, not to the decision
    ids = store.query("MATCH (:Plan {key: $k})-[:HAS_TASK]->(t:Task {kind: 'task'}) RETURN t.id",
                      {"k": PLAN_1369}).rows
    assert sorted(r[0] for r in ids) == sorted(f"II.{i}" for i in range(1, 12))
    # every task is traced to its source and span
    spans = store.query("MATCH (t:Task)-[d:DERIVED_FROM]->(s:Source) RETURN d.start, d.end, s.path").rows
    text = SEED_1369.read_text(encoding="utf-8")
    assert spans and all(0 <= start < end <= len(text) for start, end, _ in spans)


def test_loading_twice_leaves_identical_counts(store: GraphStore) -> None:
    records = [parsed(SEED_1369), parsed(SEED_2024), decree_72(), hanoi_plan()]
    load_records(store, records)
    first, first_stats = counts(store), stats(store)
    load_records(store, records)
    load_records(store, records, batch_size=1)  # other transaction boundaries, same graph
    assert counts(store) == first
    assert stats(store) == first_stats


def test_batches_hold_the_same_facts_as_one_document_at_a_time(store: GraphStore,
                                                              tmp_path: Path) -> None:
    """A load sends the laws, agencies and people its documents share once; the graph must be
    the one that loading each document by itself gives."""
    records = [parsed(SEED_1369), decree_72(), parsed(SEED_2024), hanoi_plan(), parsed(SEED_1369)]
    records += [shared(n) for n in SHARED_FOR_BATCHES if (SHARED / n).is_file()]
    load_records(store, records, batch_size=3)
    with open_graph(str(tmp_path / "one-by-one.db"), create=True) as alone:
        for r in records:
            load_records(alone, [r])
        assert contents(store) == contents(alone)


def test_reparse_replaces_old_facts(store: GraphStore) -> None:
    rec = parsed(SEED_1369)
    load_records(store, [rec])
    before = counts(store)
    rec["tasks"] = rec["tasks"][:3]
    rec["references"] = [r for r in rec["references"] if r.get("number") != "72/2015/NĐ-CP"]
    load_records(store, [rec])
    tasks = _one(store, "MATCH (:Plan {key: $k})-[:HAS_TASK]->(t:Task {kind: 'task'}) RETURN count(t)",
                 k=PLAN_1369)
    assert tasks == 3
    # the decree is no longer cited by anyone: its stub is gone, not left dangling
    assert _one(store, "MATCH (d:Document {key: '72/2015/NĐ-CP'}) RETURN count(d)") == 0
    assert counts(store)[0] < before[0]
    load_records(store, [parsed(SEED_1369)])
    assert counts(store) == before


def test_failure_midway_leaves_no_half_written_document(store: GraphStore) -> None:
    """A real engine failure inside a document's transaction: a Task node already holds the key of
    the plan's fifth task, so CREATE violates the unique constraint after the document, its stubs,
    agencies and first tasks were written in the same transaction."""
    good = decree_72()
    load_records(store, [good])  # also creates the constraints
    baseline = counts(store)
    store.query("CREATE (:Task {key: $k})", {"k": f"{PLAN_1369}#II.5"}, write=True)
    with pytest.raises(LoadFailed, match="001_3f4267e86baa5422"):
        load_records(store, [hanoi_plan(), parsed(SEED_1369), parsed(SEED_2024)])
    # the document before it is loaded, the failing one is absent entirely, the one after not tried
    assert _one(store, "MATCH (d:Document {number: '45/KH-UBND'}) RETURN d.stub") is False
    for key in (KEY_1369, PLAN_1369):
        assert _one(store, "MATCH (d:Document {key: $k}) RETURN count(d)", k=key) == 0
    assert _one(store, "MATCH (t:Task) WHERE t.key STARTS WITH $k RETURN count(t)", k=PLAN_1369) == 1
    assert _one(store, "MATCH (s:Source {path: $p}) RETURN count(s)", p=str(SEED_1369)) == 0
    assert counts(store)[0] > baseline[0]


def test_failed_reload_keeps_the_previous_version(store: GraphStore) -> None:
    load_records(store, [parsed(SEED_1369)])
    before = counts(store)
    broken = parsed(SEED_1369)
    broken["tasks"].append(dict(broken["tasks"][0], id="II.99"))
    store.query("CREATE (:Task {key: $k})", {"k": f"{PLAN_1369}#II.99"}, write=True)
    with pytest.raises(LoadFailed):
        load_records(store, [broken])
    # old facts intact: nothing deleted, nothing added (besides the blocking node itself)
    assert counts(store) == (before[0] + 1, before[1])


def test_bad_records_are_refused_before_writing(store: GraphStore) -> None:
    rec = parsed(SEED_1369)
    rec["tasks"][0]["text"] = {"not": "a string"}
    with pytest.raises(LoadFailed, match=r"tasks\[0\]\.text"):
        check_record(rec)
    with pytest.raises(LoadFailed):
        load_records(store, [rec])
    assert counts(store) == (0, 0)


def test_stub_is_completed_not_duplicated(store: GraphStore) -> None:
    load_records(store, [parsed(SEED_1369)])
    assert _one(store, "MATCH (d:Decree {key: '72/2015/NĐ-CP'}) RETURN d.stub") is True
    documents = _one(store, "MATCH (d:Document) RETURN count(d)")
    load_records(store, [decree_72()])
    # the decree's own citation (Luật Tổ chức Chính phủ 2015) is the only new document
    assert _one(store, "MATCH (d:Document) RETURN count(d)") == documents + 1  # type: ignore[operator]
    row = store.query("MATCH (d:Document {number: '72/2015/NĐ-CP'}) RETURN d.stub, d.signer, d.key").rows
    assert row == [[False, "Nguyễn Tấn Dũng", "72/2015/NĐ-CP"]]
    assert _one(store, "MATCH (:Document)-[:CITES]->(:Document {key: '72/2015/NĐ-CP'}) RETURN count(*)") == 2
    assert _one(store, "MATCH (:Document {key: '72/2015/NĐ-CP'})-[:CITES]->(l:Law) RETURN l.key") == "76/2015/QH13"
    # a later citation does not overwrite what the parse said
    load_records(store, [hanoi_plan()])
    assert _one(store, "MATCH (d:Document {key: '72/2015/NĐ-CP'}) RETURN d.stub") is False


def test_law_cited_by_name_is_the_catalogued_law(store: GraphStore) -> None:
    load_records(store, [parsed(SEED_1369), hanoi_plan()])
    # "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015" (HCMC, dated) and the same
    # law without a date (Hà Nội 2019) are one node: 77/2015/QH13
    row = store.query("MATCH (c:Document)-[:CITES]->(l:Law {key: '77/2015/QH13'}) "
                      "RETURN l.number, l.name, count(DISTINCT c)").rows
    assert row == [["77/2015/QH13", "Tổ chức chính quyền địa phương", 2]]


def test_same_key_whichever_document_cites_it(store: GraphStore) -> None:
    load_records(store, [parsed(SEED_1369), hanoi_plan()])
    citing = store.query("MATCH (c:Document)-[:CITES]->(d:Document {key: '72/2015/NĐ-CP'}) "
                         "RETURN DISTINCT c.key ORDER BY c.key").rows
    assert [r[0] for r in citing] == sorted(["45/KH-UBND|2019@thanh-pho-ha-noi", KEY_1369, PLAN_1369])
    assert _one(store, "MATCH (d:Document) WHERE d.number = '72/2015/NĐ-CP' RETURN count(d)") == 1


@needs_shared
def test_same_key_whatever_the_format(store: GraphStore) -> None:
    md, gazette = shared("cp_2025_nd158_bhxh.md"), shared("cp_2025_nd158_bhxh.congbao.txt")
    load_records(store, [md, gazette])
    rows = store.query("MATCH (d:Document {key: '158/2025/NĐ-CP'})-[:DERIVED_FROM]->(s:Source) "
                       "RETURN s.path ORDER BY s.path").rows
    assert [r[0].rsplit("/", 1)[1] for r in rows] == ["cp_2025_nd158_bhxh.congbao.txt",
                                                      "cp_2025_nd158_bhxh.md"]
    assert _one(store, "MATCH (d:Document) WHERE d.number = '158/2025/NĐ-CP' RETURN count(d)") == 1


def test_agencies_one_node_per_real_agency(store: GraphStore) -> None:
    load_records(store, [parsed(SEED_1369), hanoi_plan()])
    # HCMC plan and Hà Nội plan each have their own Sở Tư pháp
    rows = store.query("MATCH (a:Agency {name: 'Sở Tư pháp'}) RETURN a.jurisdiction ORDER BY a.jurisdiction").rows
    assert rows == [["Thành phố Hà Nội"], ["Thành phố Hồ Chí Minh"]]
    # "Sở TTTT" (task lead) and "Sở Thông tin và Truyền thông" (unit, duty partner) in Hà Nội: one node
    rows = store.query("MATCH (a:Agency) WHERE a.jurisdiction = 'Thành phố Hà Nội' "
                       "AND a.name CONTAINS 'Thông tin' RETURN a.key").rows
    assert rows == [["so-thong-tin-va-truyen-thong@thanh-pho-ha-noi"]]
    # "Ủy ban về người Việt Nam (ở) nước ngoài", written both ways in the HCMC plan: one node
    n = _one(store, "MATCH (a:Agency) WHERE a.name CONTAINS 'người Việt Nam' RETURN count(a)")
    assert n == 1
    # the issuer is one node, whichever way it is written
    assert _one(store, "MATCH (d:Document)-[:ISSUED_BY]->(a:Agency) WHERE d.key = $k RETURN a.key",
                k=KEY_1369) == "uy-ban-nhan-dan@thanh-pho-ho-chi-minh"


def test_read_only_mode_is_enforced_by_the_engine(store: GraphStore) -> None:
    load_records(store, [decree_72()])
    before = counts(store)
    for statement in ("CREATE (:X)", "MATCH (d:Document) SET d.title = 'x'", "MATCH (n) DETACH DELETE n",
                      "MATCH (d:Document) WITH d LIMIT 1 MERGE (d)-[:X]->(:Y)"):
        with pytest.raises(ReadOnlyViolation):
            store.query(statement)
    assert counts(store) == before
    store.query("CREATE (:Scratch)", write=True)
    assert counts(store) == (before[0] + 1, before[1])


@needs_shared
@pytest.mark.corpus
def test_whole_development_corpus_loads_twice_identically(store: GraphStore) -> None:
    from graph_fixtures import SHARED

    records = [parsed(p) for p in sorted(SHARED.iterdir()) if p.is_file()]
    report = load_records(store, records)
    assert report.documents == len(records) >= 170
    first = stats(store)
    assert first["documents"]["parsed"] >= len(records) - 2  # two formats of one decree are one node
    load_records(store, records)
    assert stats(store) == first


def test_empty_graph_deletes_in_batches(store: GraphStore) -> None:
    """The bench and the Neo4j fixture empty a database in bounded transactions: a hub with more
    edges than one batch (a law cited by every plan) goes too."""
    from graph.store import empty_graph

    store.query("CREATE (h:Hub) WITH h UNWIND range(1, 2500) AS i CREATE (:Leaf {i: i})-[:TO]->(h)", write=True)
    assert counts(store) == (2501, 2500)
    empty_graph(store, batch=1000)
    assert counts(store) == (0, 0)
