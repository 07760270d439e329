"""Hostile input never crashes the parser: it returns a record whose spans slice its text, or
raises a coded VnlegalError."""

from __future__ import annotations

import contextlib
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import VnlegalError
from parsers import parse_bytes

PIECES = st.sampled_from([
    "Căn cứ ", "Nghị định số 72/2015/NĐ-CP", " ngày 07 tháng 9 năm 2015", " của Chính phủ", ";\n",
    "QUYẾT ĐỊNH:\n", "Điều 1. ", "II. NHIỆM VỤ\n", "1. ", "a) ", "- ", "III. TỔ CHỨC THỰC HIỆN\n",
    "Sở Tư pháp", ", ", " và ", "Luật ", "Hiến pháp", "Số: 12/QĐ-UBND\n", "KẾ HOẠCH\n",
    "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n", "**", "|", "\n\n", "Mc đích", "THÀNH PHHỒ",
    "\t", "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian\n", "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\nThời hạn\n",
    "PHỤ LỤC\n", "A\n", "Quý\nIII/2025", "M'Đrắk",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40))
def test_random_documents(pieces):
    data = "".join(pieces).encode("utf-8", "surrogatepass")
    try:
        rec = parse_bytes(data, "fuzz.txt")
    except VnlegalError:
        return
    except UnicodeEncodeError:
        return
    n = len(rec.text)
    for item in [*rec.references, *rec.tasks, *rec.units, *rec.attachments]:
        assert 0 <= item.start <= item.end <= n


def test_a_dollar_sign_after_a_known_name_reads_as_text():
    """"Sở Tư pháp$0": the character the gazetteer's index marks a name's end with, written in the text, is text."""
    rec = parse_bytes("QUYẾT ĐỊNH:\nSở Tư pháp$0".encode(), "fuzz.txt")
    assert rec.text.endswith("Sở Tư pháp$0")


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data):
    with contextlib.suppress(VnlegalError):
        parse_bytes(data, "fuzz.bin")


# ---- shapes no real document has, at sizes that would expose a quadratic path ---------------------

_BASIS = "Căn cứ Nghị định số {n}/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ; "


def test_markup_nested_past_the_parsers_limit_keeps_its_text():
    # libxml2 drops what lies deeper than 256 levels; the text inside must survive
    body = ("<div>" * 5000 + "<p>KẾ HOẠCH</p><p>Căn cứ Quyết định số 12/QĐ-UBND ngày 01 tháng 01 năm 2020"
            " của Ủy ban nhân dân Thành phố;</p><p>I. NHIỆM VỤ</p><p>1. Sở Tư pháp chủ trì tổ chức tuyên"
            " truyền.</p>" + "</div>" * 5000)
    rec = parse_bytes(f"<html><body>{body}</body></html>".encode(), "deep.html")
    assert [r.number for r in rec.references] == ["12/QĐ-UBND"]
    assert "Sở Tư pháp" in rec.text


def test_one_line_of_thousands_of_citations_reads_every_one():
    line = "".join(_BASIS.format(n=n) for n in range(1, 3001))
    rec = parse_bytes(("QUYẾT ĐỊNH\n" + line + "\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n").encode(), "line.txt")
    numbers = {r.number for r in rec.references}
    assert numbers == {f"{n}/2015/NĐ-CP" for n in range(1, 3001)}


def test_thousands_of_short_names_given_and_cited_each_read_once():
    """A line of thousands of "(sau đây gọi tắt là Nghị quyết N)" and their uses: each use one mention of its
    document — none doubled by the many times the same name is given, none for the name's own giving."""
    line = "".join(f"Căn cứ Nghị quyết số {n}-NQ/TW ngày 22/12/2024 (sau đây gọi tắt là Nghị quyết {n}); thực hiện "
                   f"Nghị quyết {n}. " for n in range(1, 11) for _ in range(300))
    rec = parse_bytes(("KẾ HOẠCH\n" + line + "\n").encode(), "names.txt")
    assert len(rec.references) == 2 * 3000
    assert {r.number for r in rec.references} == {f"{n}-NQ/TW" for n in range(1, 11)}


def test_a_plan_with_thousands_of_items_keeps_every_number():
    items = "\n".join(f"{i}. Tổ chức tuyên truyền nội dung số {i}; Sở Nội vụ chủ trì." for i in range(1, 2501))
    rec = parse_bytes(f"KẾ HOẠCH\nTUYÊN TRUYỀN\n\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n\nII. NHIỆM VỤ\n{items}\n"
                      .encode(), "plan.txt")
    assert [t.id for t in rec.tasks] == [f"II.{i}" for i in range(1, 2501)]
    assert all(t.lead == ("Sở Nội vụ",) for t in rec.tasks)
    assert rec.document.title == "Tuyên truyền"


def test_one_paragraph_mixing_numbered_named_and_listed_laws_reads_each():
    # one basis paragraph of thousands of mentions of every kind: each is read, and the roles of the
    # clause are decided from the mentions near each one (not from all the paragraph's earlier ones)
    piece = ("Nghị định số {n}/2020/NĐ-CP ngày 03/02/2020 của Chính phủ, Luật Đất đai số {n}/2024/QH15, "
             "các Luật: Quy hoạch, Đầu tư công; QĐ số {n}/QĐ-UBND; các Thông tư số {n}/2021/TT-BTC và số "
             "{n}/2022/TT-BTC; ")
    line = "Căn cứ " + "".join(piece.format(n=n) for n in range(1, 1501))
    rec = parse_bytes(("QUYẾT ĐỊNH\n" + line + "\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n").encode(), "line.txt")
    kinds = Counter(r.type for r in rec.references)
    assert kinds["Nghị định"] == 1500 and kinds["Quyết định"] == 1500 and kinds["Luật"] == 4500
    assert kinds["Thông tư"] == 3000  # a plural type word over a list, looked up among thousands read


_PLAN_HEAD = ("ỦY BAN NHÂN DÂN TỈNH A\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/KH-UBND\nA, ngày 1 tháng 1 năm 2025\n"
              "KẾ HOẠCH\nTUYÊN TRUYỀN\nI. TỔ CHỨC THỰC HIỆN\n")


def test_headings_that_name_thousands_of_bodies_each_way():
    # a list of a collective's cities, of bodies with notes in brackets, of levels, of ministries after one
    # head: each is read once, whatever its length
    cities = "1. Ủy ban nhân dân các huyện, thành phố " + ", ".join(["Đà Lạt"] * 5000) + " chỉ đạo.\n"
    rec = parse_bytes((_PLAN_HEAD + cities).encode(), "cities.txt")
    assert len(rec.units) == 1 and rec.units[0].name.startswith("Ủy ban nhân dân các huyện, thành phố Đà Lạt, Đà Lạt")
    notes = "1. " + ", ".join(f"Bộ Công Thương (Cục số {i})" for i in range(3000)) + ":\nChỉ đạo thực hiện.\n"
    assert parse_bytes((_PLAN_HEAD + notes).encode(), "notes.txt").units
    levels = "1. Ủy ban nhân dân cấp tỉnh" + ", cấp xã" * 5000 + " thực hiện.\n"
    rec = parse_bytes((_PLAN_HEAD + levels).encode(), "levels.txt")
    assert {u.name for u in rec.units} == {"Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân cấp xã"}
    ministries = "1. Các Bộ, ngành: " + ", ".join(["Công Thương"] * 5000) + " chỉ đạo.\n"
    # (read within the heading's window: the first is whole, the list is not read past it)
    assert parse_bytes((_PLAN_HEAD + ministries).encode(), "bo.txt").units[0].name == "Bộ Công Thương"


def test_a_plan_of_thousands_of_agencies_numbered_with_slashes():
    items = "".join(f"{i}/ Sở Y tế {i}:\na/ Chủ trì thực hiện.\n" for i in range(1, 3001))
    rec = parse_bytes((_PLAN_HEAD + items).encode(), "slashes.txt")
    assert len(rec.units) == 3000 and rec.units[-1].section == "I.3000"


def test_thousands_of_agencies_on_lines_of_their_own_and_a_grid_of_thousands_of_columns():
    # each agency line looks back once for the bullets before it; a grid's bars are placed by bisection
    lines = "".join(f"Sở Tài chính:\n- Bố trí kinh phí thực hiện nhiệm vụ số {i}.\n" for i in range(3000))
    rec = parse_bytes((_PLAN_HEAD.replace("TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ CỦA CÁC CƠ QUAN") + lines).encode(),
                      "agency_lines.txt")
    assert rec.tasks[-1].id.endswith(".b3000")
    rule = "+" + "+".join(["---"] * 3000) + "+"
    row = "|" + "|".join([" a "] * 3000) + "|"
    grid = "KẾ HOẠCH\n\n" + "\n".join([rule, row, rule] * 30)
    assert parse_bytes(grid.encode(), "grid.pandoc.md").text.count("a") >= 3000


def test_thousands_of_rows_copied_with_tabs_and_flattened_one_cell_per_line_over_pages():
    head = "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\nI. NHIỆM VỤ\nTheo Phụ lục.\nPHỤ LỤC\n"
    tabs = "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n" + "".join(
        f"{i}\tRà soát phương án số {i}\tSở Tài chính\tQuý II/2026\n" for i in range(1, 3001))
    rec = parse_bytes((head + tabs).encode(), "kh.txt")
    assert len(rec.tasks) == 3000 and rec.tasks[-1].lead == ("Sở Tài chính",)
    header = "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\n"
    rows = "".join(f"{i}\nRà soát phương án số {i}\nSở Tài chính\nSở Xây dựng, Sở Nội\n"
                   + (f"CÔNG BÁO/Số {i}/Ngày 1-1-2026\n{header}vụ\n" if i % 10 == 0 else "vụ\n") + "Quý II/2026\n"
                   for i in range(1, 3001))
    rec = parse_bytes((head + header + rows).encode(), "kh.txt")
    assert len(rec.tasks) == 3000


def test_a_partners_label_over_thousands_of_listed_lines():
    head = ("KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\nI. NHIỆM VỤ\n1. Xây dựng cơ sở dữ liệu.\n"
            "Đơn vị chủ trì: Sở Tư pháp.\nĐơn vị phối hợp:\n")
    lines = "".join(f"+ Sở Tài chính và Ủy ban nhân dân huyện số {i};\n" for i in range(3000))
    rec = parse_bytes((head + lines).encode(), "kh.txt")
    # the list is the item's partners (each agency once), however long
    assert [(t.id, t.lead) for t in rec.tasks] == [("I.1", ("Sở Tư pháp",))]
    assert "Sở Tài chính" in rec.tasks[0].support


def test_a_rule_over_long_lines_and_a_multiline_table_of_thousands_of_rows():
    # a rule, then lines of a paragraph where a multiline table's header would stand
    long_lines = "-" * 40 + "\n" + ("Sở Tài chính phối hợp với Sở Nội vụ thực hiện. " * 12 + "\n") * 8
    rec = parse_bytes(("KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n" + long_lines).encode(), "kh.txt")
    assert "Sở Tài chính" in rec.text
    rule = "  ------ ------------------------------ ---------------- ------------\n"
    table = ("  " + "-" * 70 + "\n  TT     Nội dung nhiệm vụ              Cơ quan chủ trì  Thời gian\n" + rule
             + "".join(f"  {i:<6} Rà soát phương án số {i:<9} Sở Tài chính     Quý II/2026\n\n" for i in range(1, 3001))
             + "  " + "-" * 70 + "\n")
    rec = parse_bytes(("KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\nI. NHIỆM VỤ\nTheo Phụ lục.\nPHỤ LỤC\n"
                       "DANH MỤC NHIỆM VỤ NĂM 2026\n\n" + table).encode(), "kh.pandoc.md")
    assert len(rec.tasks) == 3000 and rec.tasks[-1].lead == ("Sở Tài chính",)


def test_gazette_rows_of_hundreds_of_short_lines_below_merged_cells():
    """Rows whose cells before the task's are merged over hundreds of short lines of rows below them: each row below
    is read (a row's lines are read once each, whatever its length); a row past the longest a table writes is read as
    one row."""
    head = "KẾ HOẠCH\nKiểm soát ô nhiễm\nI. NHIỆM VỤ\nTheo Phụ lục.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
    header = "STT\nCơ quan chủ trì\nCơ quan phối hợp\nNội dung nhiệm vụ\nSản phẩm\nThời hạn hoàn thành\n"
    below = "- Xây dựng quy\nchế phối hợp\nSở Tài chính\nGiai đoạn 2026 -\n2027\n"
    rows = "".join(f"{r}\nSở Y tế\n" + below * 70 for r in range(1, 7))
    rec = parse_bytes((head + header + rows).encode(), "kh.txt")
    assert len(rec.tasks) == 6 * 70 and rec.tasks[-1].lead == ("Sở Y tế",)
    rec = parse_bytes((head + header + "1\nSở Y tế\n" + below * 2000).encode(), "kh.txt")
    assert len(rec.tasks) == 1
