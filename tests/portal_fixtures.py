"""What portals declare about the documents of the query tests (``graph_fixtures``), made by hand in
the shape of ``PortalFacts.to_dict()``: a graph with portal records on each available backend.

The relations, dates and statuses are invented for the tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from graph_fixtures import BACKENDS, SEED_1369, _open, corpus_records, decree_72, hanoi_plan, parsed

from graph import GraphStore, load_records
from graph.portal import load_portal_facts


def facts(origin: str, portal_id: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "origin": origin, "portal_id": portal_id, "url": f"https://{origin}.example/{portal_id}", "number": None,
        "type": None, "title": None, "issuer": None, "signer": None, "issued": None, "effective_from": None,
        "effective_to": None, "status": None, "status_code": None, "fields": [], "relations": [],
        "relations_known": False}
    return {**base, **fields}


def relation(relation: str, title: str, number: str | None = None, portal_id: str | None = None,
             group: str = "Văn bản căn cứ") -> dict[str, Any]:
    return {"group": group, "relation": relation, "title": title, "number": number, "portal_id": portal_id,
            "url": None, "issued": None}


def decision_1369_on_tvpl() -> dict[str, Any]:
    """The 2018 decision as a paid thuvienphapluat.vn session sees it: two bases, one the text lacks."""
    return facts("tvpl", "382026", number="1369/QĐ-UBND", type="Quyết định", issued="2018-04-09",
                 relations_known=True, relations=[
                     relation("legal_basis", "Nghị định 72/2015/NĐ-CP về quản lý hoạt động thông tin đối ngoại",
                              "72/2015/NĐ-CP", "289063"),
                     relation("legal_basis", "Nghị định 28/2023/NĐ-CP về thông tin đối ngoại", "28/2023/NĐ-CP",
                              "565000"),
                     relation("amends", "Quyết định 1212/QĐ-UBND năm 2017", "1212/QĐ-UBND", None,
                              "Văn bản bị sửa đổi bổ sung")])


def decree_72_on_phapluat() -> dict[str, Any]:
    """The decree, expired (by this fixture) before the 2018 plan was issued."""
    return facts("phapluat", "guid-72", number="72/2015/NĐ-CP", type="Nghị định", issued="2015-09-07",
                 effective_from="2015-10-25", effective_to="2017-01-01", status="Hết hiệu lực toàn bộ",
                 status_code="expired", relations_known=True)


def law_on_vbpl_only() -> dict[str, Any]:
    """A law no loaded text is: its record describes a document known only from the portal."""
    return facts("vbpl", "TW/70824", number="77/2015/QH13", type="Luật", issued="2015-06-19",
                 title="Tổ chức chính quyền địa phương", status="Còn hiệu lực", status_code="in_force")


def portal_items() -> list[dict[str, Any]]:
    return [
        {"facts": decision_1369_on_tvpl(), "source": parsed(SEED_1369)["source"]["sha256"], "url": "x",
         "origin": "tvpl", "pages": ["a" * 64]},
        {"facts": decree_72_on_phapluat(), "source": decree_72()["source"]["sha256"], "url": "y",
         "origin": "phapluat", "pages": ["b" * 64]},
        {"facts": law_on_vbpl_only(), "source": None, "url": "z", "origin": "vbpl", "pages": []},
    ]


@pytest.fixture(scope="module", params=BACKENDS)
def portal_loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The query tests' graph, plus the portal records above."""
    s = _open(request.param, tmp_path_factory.mktemp("portal"))
    load_records(s, [*corpus_records(), decree_72(), hanoi_plan()])
    load_portal_facts(s, portal_items())
    try:
        yield s
    finally:
        s.close()
