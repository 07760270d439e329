"""Fixtures for the graph tests: graphs on the real embedded engine, records parsed from real
documents, and a few hand-made records (contract-shaped) for what the corpus does not show.

Import the pytest fixtures into a test module with ``from graph_fixtures import store, …``.
"""

from __future__ import annotations

import copy
import hashlib
import os
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import psutil
import pytest

from graph import GraphStore, open_graph
from graph.store import empty_graph

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"
SHARED = ROOT.parent / "shared" / "corpus" / "documents"
SEED_1369 = SEEDS / "001_3f4267e86baa5422.txt"  # QĐ 1369/QĐ-UBND 2018 with the attached plan
SEED_2024 = SEEDS / "000_444fadc33cc7a01d.txt"  # portal news item: the 2024 plan, 13 items
HCMC = "Thành phố Hồ Chí Minh"
KEY_1369 = "1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh"
PLAN_1369 = "KH:" + KEY_1369

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"the development corpus is not at {SHARED}"
)


@cache
def _parsed(path: str) -> dict[str, Any]:
    import parsers

    record: dict[str, Any] = parsers.parse_document(path).to_dict()
    return record


def parsed(path: Path | str) -> dict[str, Any]:
    """The record of a real document, parsed once per test session (a fresh copy each call)."""
    return copy.deepcopy(_parsed(str(path)))


def shared(name: str) -> dict[str, Any]:
    path = SHARED / name
    if not path.is_file():
        pytest.skip(f"{name} is not in {SHARED}")
    return parsed(path)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def record(path: str, document: dict[str, Any], **blocks: Any) -> dict[str, Any]:
    """A contract-shaped record (DocumentRecord.to_dict()) made by hand."""
    doc = {"number": None, "type": None, "issuer": None, "signer": None, "issued": None,
           "title": None, "place": None, "year": None, **document}
    return {
        "source": {"path": path, "sha256": _sha(path), "format": "hand"},
        "document": doc,
        "attachments": blocks.get("attachments", []),
        "references": blocks.get("references", []),
        "tasks": blocks.get("tasks", []),
        "units": blocks.get("units", []),
        "diagnostics": [],
    }


def reference(relation: str, type_: str, number: str | None, date: str | None,
              issuer: str | None = None, name: str | None = None, start: int = 0) -> dict[str, Any]:
    return {"relation": relation, "type": type_, "number": number, "date": date, "issuer": issuer,
            "title": None, "start": start, "end": start + 10, "section": "preamble", "name": name,
            "part": None}


def decree_72() -> dict[str, Any]:
    """Nghị định 72/2015/NĐ-CP, which the 2018 plan cites: loading it completes the stub."""
    return record(
        "hand/nd72_2015.txt",
        {"number": "72/2015/NĐ-CP", "type": "Nghị định", "issuer": "Chính phủ",
         "signer": "Nguyễn Tấn Dũng", "issued": "2015-09-07", "place": "Hà Nội", "year": 2015,
         "title": "Về quản lý hoạt động thông tin đối ngoại"},
        references=[reference("legal_basis", "Luật", None, "2015-06-19", name="Tổ chức Chính phủ")],
    )


def hanoi_plan() -> dict[str, Any]:
    """A Hà Nội plan naming the same kinds of Sở as the HCMC plan, cited by abbreviation."""
    return record(
        "hand/hanoi_kh45_2019.txt",
        {"number": "45/KH-UBND", "type": "Kế hoạch", "issuer": "Ủy ban nhân dân thành phố Hà Nội",
         "issued": "2019-02-20", "place": "Hà Nội", "year": 2019, "signer": "Nguyễn Văn Sửu",
         "title": "Kế hoạch thông tin đối ngoại năm 2019"},
        references=[
            reference("legal_basis", "Luật", None, None, name="Tổ chức chính quyền địa phương"),
            reference("legal_basis", "Nghị định", "72/2015/NĐ-CP", "2015-09-07", "Chính phủ", start=20),
        ],
        tasks=[
            {"id": "II.1", "text": "Tuyên truyền về hội nhập quốc tế", "start": 100, "end": 130,
             "lead": ["Sở TTTT"], "support": ["Sở Tư pháp"], "deadline": "Quý IV/2019",
             "section": "II"},
        ],
        units=[
            {"name": "Sở Tư pháp", "section": "III.1", "role": "responsible", "start": 200,
             "end": 210, "abbreviation": None, "collective": False,
             "duties": [{"text": "Phổ biến kiến thức về quyền con người", "start": 211, "end": 240,
                         "partners": ["Sở Thông tin và Truyền thông"], "deadline": None}]},
            {"name": "Sở Thông tin và Truyền thông", "section": "III.2", "role": "responsible",
             "start": 300, "end": 330, "abbreviation": None, "collective": False, "duties": []},
        ],
    )


# ---- graphs ---------------------------------------------------------------------------------------

BACKENDS = [
    "falkordb",
    pytest.param("neo4j", marks=[pytest.mark.neo4j, pytest.mark.skipif(
        not os.environ.get("NEO4J_URI"),
        reason="Neo4j tests need NEO4J_URI (+ NEO4J_USER/NEO4J_PASSWORD) of a scratch database: "
               "they delete everything in it")]),
]


def _open(backend: str, tmp_path: Path) -> GraphStore:
    if backend == "neo4j":
        store = open_graph(os.environ["NEO4J_URI"])
        empty_graph(store)
        return store
    return open_graph(str(tmp_path / "graph.db"), create=True)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty graph on each available backend."""
    s = _open(request.param, tmp_path)
    try:
        yield s
    finally:
        s.close()


def corpus_records() -> list[dict[str, Any]]:
    """The real documents the query tests run on: the two seeds, and a few of the development
    corpus when it is there (plans with units, a decree in two formats)."""
    out = [parsed(SEED_1369), parsed(SEED_2024)]
    for name in ("tayninh_2021_qd3745_kh_sudungdat.txt", "cp_2025_nd158_bhxh.md",
                 "cp_2025_nd158_bhxh.congbao.txt", "hcm_2025_kh174_binhdanggioi.md",
                 "sonla_2025_qd2954_kh_xuatkhau.md"):
        if (SHARED / name).is_file():
            out.append(parsed(SHARED / name))
    return out


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """A graph loaded once per module from real documents plus the hand-made decree and plan."""
    from graph import load_records

    s = _open(request.param, tmp_path_factory.mktemp("loaded"))
    load_records(s, [*corpus_records(), decree_72(), hanoi_plan()])
    try:
        yield s
    finally:
        s.close()


def counts(store: GraphStore) -> tuple[int, int]:
    nodes = store.query("MATCH (n) RETURN count(n) AS n").rows[0][0]
    edges = store.query("MATCH ()-[r]->() RETURN count(r) AS n").rows[0][0]
    return int(nodes), int(edges)


def contents(store: GraphStore) -> tuple[list[str], list[str]]:
    """Every node (labels, properties) and edge (type, end keys, properties), sorted: two graphs
    with equal contents hold the same facts."""
    nodes = store.query("MATCH (n) RETURN labels(n), properties(n)").rows
    edges = store.query("MATCH (a)-[r]->(b) RETURN type(r), a.key, b.key, properties(r)").rows
    as_text = [repr((sorted(labels), sorted(props.items()))) for labels, props in nodes]
    return sorted(as_text), sorted(repr((t, a, b, sorted(p.items()))) for t, a, b, p in edges)


# ---- no process left behind -------------------------------------------------------------------------


def _ours(since: float) -> list[psutil.Process]:
    """Embedded servers and watchdogs started since ``since`` that are still running."""
    out = []
    for p in psutil.process_iter(["name", "cmdline", "create_time", "status"]):
        cmd = " ".join(p.info["cmdline"] or [])
        if (p.info["create_time"] or 0) >= since - 1 and p.info["status"] != psutil.STATUS_ZOMBIE \
                and ("redis-server" in (p.info["name"] or "") or "_watchdog.py" in cmd):
            out.append(p)
    return out


@pytest.fixture(autouse=True)
def no_process_left_behind() -> Iterator[None]:
    since = time.time()
    yield
    deadline = time.monotonic() + 5  # a watchdog notices a dead holder within a second
    while _ours(since) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _ours(since), [p.info for p in _ours(since)]
    children = [c for c in psutil.Process().children(recursive=True) if c.status() != psutil.STATUS_ZOMBIE]
    assert not children, children
