"""The acceptance checks of the two seed documents, written out as tables."""

from __future__ import annotations

import pytest

from parsers.text import fold


def test_decision_metadata(decision_1369):
    d = decision_1369.document
    assert (d.number, d.type, d.signer, d.issued, d.year) == (
        "1369/QĐ-UBND", "Quyết định", "Lê Thanh Liêm", "2018-04-09", 2018)
    assert fold(d.issuer) == "ủy ban nhân dân thành phố hồ chí minh"
    assert fold(d.place) == "thành phố hồ chí minh"


@pytest.mark.parametrize(
    ("relation", "type_", "number", "date", "issuer"),
    [
        ("legal_basis", "Luật", None, "2015-06-19", None),
        ("legal_basis", "Nghị quyết", "31/NQ-CP", "2014-05-13", "Chính phủ"),
        ("secondary", "Nghị quyết", "22-NQ/TW", "2013-04-10", "Bộ Chính trị"),
        ("legal_basis", "Quyết định", "368/QĐ-TTg", "2013-02-28", "Thủ tướng Chính phủ"),
        ("legal_basis", "Nghị định", "72/2015/NĐ-CP", "2015-09-07", "Chính phủ"),
        ("legal_basis", "Thông tư", "22/2016/TT-BTTTT", "2016-10-19", "Bộ Thông tin và Truyền thông"),
        ("implements", "Công văn", "3616/BTTTT-TTĐN", "2017-10-06", "Bộ Thông tin và Truyền thông"),
        ("proposal", "Công văn", "272/STTTT-BC", "2018-02-06", None),
        ("proposal", "Công văn", "1251/SNV-VHTT", "2018-03-19", None),
    ],
)
def test_decision_preamble(decision_1369, relation, type_, number, date, issuer):
    pre = [r for r in decision_1369.references if r.section == "preamble"]
    match = [r for r in pre if r.type == type_ and r.number == number and r.date == date]
    assert len(match) == 1, [(r.type, r.number, r.date) for r in pre]
    r = match[0]
    assert r.relation == relation
    if issuer:
        assert r.issuer == issuer
    assert decision_1369.text[r.start : r.end].startswith(type_)


def test_secondary_mention_of_its_base(decision_1369):
    """22-NQ/TW is named inside the 31/NQ-CP basis: what 31/NQ-CP implements, not a basis of 1369."""
    refs = decision_1369.references
    nq22 = next(r for r in refs if r.number == "22-NQ/TW" and r.section == "preamble")
    assert (nq22.relation, nq22.link) == ("secondary", "implements")
    assert refs[nq22.of].number == "31/NQ-CP"


def test_decision_law_by_name(decision_1369):
    law = next(r for r in decision_1369.references if r.type == "Luật")
    assert law.name == "Tổ chức chính quyền địa phương"
    assert law.number is None


def test_proposal_issuers_are_the_departments(decision_1369):
    by_number = {r.number: r for r in decision_1369.references}
    assert "Sở Thông tin và Truyền thông" in (by_number["272/STTTT-BC"].issuer or "")
    assert by_number["1251/SNV-VHTT"].issuer == "Sở Ngoại vụ"


def test_attached_plan(decision_1369):
    assert [a.type for a in decision_1369.attachments] == ["Kế hoạch"]
    plan_refs = [r for r in decision_1369.references if (r.section or "").startswith("Kế hoạch:")]
    numbers = [r.number for r in plan_refs]
    for n in ("16-KL/TW", "21/CT-TTg", "368/QĐ-TTg", "72/2015/NĐ-CP", "22/2016/TT-BTTTT",
              "3616/BTTTT-TTĐN", "21/2012/QĐ-UBND"):
        assert n in numbers
    # the plan's preamble opens with "Triển khai"; the body mentions are citations
    assert {r.relation for r in plan_refs if r.section == "Kế hoạch:preamble"} == {"implements"}
    body = [r for r in plan_refs if r.section != "Kế hoạch:preamble"]
    assert {(r.number, r.relation) for r in body} == {
        ("21/2012/QĐ-UBND", "cites"), ("3616/BTTTT-TTĐN", "cites")}
    # the plan naming its own decision ("Ban hành kèm theo Quyết định số 1369/QĐ-UBND") is no citation
    assert "1369/QĐ-UBND" not in numbers


def test_eleven_tasks(decision_1369):
    tasks = decision_1369.tasks
    assert [t.id for t in tasks] == [f"II.{i}" for i in range(1, 12)]
    assert tasks[0].text.startswith("Tuyên truyền các chủ trương chính sách về hội nhập quốc tế")
    assert tasks[4].text.count("\n- ") + tasks[4].text.count(" - ") >= 5 or \
        decision_1369.text[tasks[4].start : tasks[4].end].count("\n- ") == 5
    for t in tasks:
        assert decision_1369.text[t.start : t.end].strip()


UNITS_1369 = [
    ("III.1", "Sở Thông tin và Truyền thông"),
    ("III.2", "Sở Văn hóa và Thể thao"),
    ("III.2", "Trung tâm Thông tin triển lãm"),
    ("III.3", "Sở Du lịch"),
    ("III.4", "Sở Kế hoạch và Đầu tư"),
    ("III.4", "Trung tâm Xúc tiến Thương mại và Đầu tư thành phố"),
    ("III.5", "Sở Ngoại vụ"),
    ("III.5", "Ủy ban về người Việt Nam ở nước ngoài"),
    ("III.5", "Liên hiệp các tổ chức hữu nghị thành phố"),
    ("III.5.1", "Sở Ngoại vụ"),
    ("III.5.2", "Ủy ban về người Việt Nam nước ngoài"),
    ("III.5.2", "Liên hiệp các tổ chức hữu nghị thành phố"),
    ("III.6", "Sở Tư pháp"),
    ("III.7", "Sở Nội vụ"),
    ("III.8", "Sở Tài chính"),
    ("III.9", "Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các quận, huyện"),
    ("III.10", "Các cơ quan báo, đài của thành phố"),
]


def test_units_one_per_agency(decision_1369):
    assert [(u.section, u.name) for u in decision_1369.units] == UNITS_1369
    itpc = decision_1369.units[5]
    assert itpc.abbreviation == "ITPC"
    assert decision_1369.units[15].collective


def test_coordination_inside_duties(decision_1369):
    sttt = decision_1369.units[0]
    partners = [p for d in sttt.duties for p in d.partners]
    assert "Sở Nội vụ" in partners
    assert any(p.startswith("Sở Ngoại vụ") for p in partners)  # "Sở Ngoại vụ thành phố", as written
    assert "Ban Tuyên giáo Thành ủy" in partners
    assert not any("liên quan" in p for p in partners)  # "các cơ quan, đơn vị có liên quan" is no one


def test_deadlines(decision_1369):
    deadlines = [d.deadline for u in decision_1369.units for d in u.duties if d.deadline]
    assert any("30 tháng 11 hàng năm" in x for x in deadlines)
    assert any("15 tháng 11 năm 2018" in x for x in deadlines)


def test_news_item(news_2024):
    d = news_2024.document
    assert (d.type, d.year) == ("Kế hoạch", 2024)
    assert fold(d.issuer or "") == "ủy ban nhân dân thành phố hồ chí minh"
    assert [(r.type, r.number, r.relation) for r in news_2024.references] == [
        ("Kết luận", "57-KL/TW", "implements")]
    assert news_2024.references[0].issuer == "Bộ Chính trị"
    assert len(news_2024.tasks) == 13
    assert news_2024.tasks[0].text.startswith("Triển khai thực hiện văn bản quy phạm pháp luật")
    assert news_2024.tasks[-1].text.startswith("Tổ chức cuộc thi ảnh")
    assert not [x for x in news_2024.diagnostics if x.code == "W201"]
    # the page boilerplate at the end is not content
    assert all("huongsenhotel" not in t.text for t in news_2024.tasks)


def test_count_disagreement_is_reported():
    from parsers import parse_bytes

    text = ("UBND TP vừa ban hành Kế hoạch tuyên truyền năm 2025.\n"
            "Kế hoạch gồm 3 nội dung chính: Tuyên truyền; Tập huấn.\n")
    rec = parse_bytes(text.encode(), "news.txt")
    assert len(rec.tasks) == 2
    assert [d.code for d in rec.diagnostics if d.code == "W201"] == ["W201"]


def test_a_parse_leaves_nothing_of_its_text_in_the_caches():
    """What the name readers remember of one document's text is dropped when its parse ends (it holds the text
    in memory, and answers nothing about the next document)."""
    from pathlib import Path

    from parsers import agencies, parse_bytes

    seed = Path(__file__).parent.parent / "corpus" / "001_3f4267e86baa5422.txt"  # (Quyết định 1369, its plan's units)
    agencies.find("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính")  # (read outside a parse: kept until the next)
    assert agencies._NAME_ENDS
    rec = parse_bytes(seed.read_bytes(), seed.name)
    assert rec.units
    assert not agencies._NAME_ENDS
    assert agencies._subjects.cache_info().currsize == 0
