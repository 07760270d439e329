"""More shapes of the genre, each a class of structure rather than a document: a telegram whose
addressee list is no operative part, a list of provinces sharing one body, amending laws known by
their year, a crawler's plan title glued to the signature, a ministry's task table whose group rows
lead the rows below, a joint circular's header. The texts are short stand-ins written for the
shape, not copies of real documents."""

from __future__ import annotations

import re

import pytest

from parsers import parse_bytes
from parsers.references import find_mentions
from parsers.text import fold
from tests.test_shapes import _tasks, _units, _with_appendix, signed
from tests.test_shapes_copies import _HEADER_TABLE, _header


def _regulation(issuer: str, number: str, kind: str, articles: str, signature: str) -> list[tuple[str, str | None]]:
    """The units of a short regulation: its header, one basis, ``articles``, then ``signature``."""
    head = (f"{issuer}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: {number}\n"
            f"Hà Nội, ngày 12 tháng 3 năm 2025\n\n{kind}\nQuy định chi tiết\n\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n\n")
    rec = parse_bytes((head + articles + "\n" + signature).encode(), "regulation.txt")
    return [(u.name, u.section) for u in rec.units]


def _read(text: str) -> list[str]:
    """The agencies a heading or sentence opens with, as written."""
    from parsers.agencies import subjects

    return [a.text for a in subjects(text, 0, len(text))]

CD_MD = """\
**THỦ TƯỚNG CHÍNH PHỦ**
-------
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
Số: 95/CĐ-TTg
*Hà Nội, ngày 12 tháng 9 năm 2025*

**CÔNG ĐIỆN**
VỀ VIỆC TẬP TRUNG ỨNG PHÓ VỚI BÃO SỐ 7
**THỦ TƯỚNG CHÍNH PHỦ điện:**

- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:
Quảng Ninh, Hải Phòng, Hưng Yên, Ninh Bình;
- Bộ trưởng các Bộ: Quốc phòng, Công an, Xây dựng.

Theo bản tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 7 đang di chuyển nhanh.
Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà
Nội, Thành phố Hồ Chí Minh, Gia Lai là các địa phương có tỷ lệ giải ngân thấp, khẩn
trương xây dựng kế hoạch giải ngân chi tiết.
2. Ủy ban nhân dân tỉnh Nghệ An, Hà Tĩnh, Quảng Trị chỉ đạo sơ tán dân khỏi vùng nguy hiểm.
3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có biển chủ động kêu gọi tàu thuyền vào nơi tránh trú.
4. Các Cục: Thủy sản và Kiểm ngư, Trồng trọt và Bảo vệ thực vật theo chức năng chỉ đạo bảo đảm nguồn cung.
Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm tổ
chức thực hiện nghiêm túc Công điện này./.

""" + signed("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", name="Trần Hồng Hà")


def test_telegram_addressees_places_sharing_a_body_and_a_list_whose_names_hold_and():
    units = _units(parse_bytes(CD_MD.encode(), "cd.md"))
    # the addressee list and the closing execution clause name no units
    assert not [n for s, n in units if s is None]
    # a place list wrapped at the line's end; a subject defined by "là" and then urged to work
    assert [n for s, n in units if s == "1"] == [
        "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Gia Lai"]
    # one body named with its place, then the other places alone
    assert [n for s, n in units if s == "2"] == [
        "Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Quảng Trị"]
    assert [n for s, n in units if s == "3"] == ["Ủy ban nhân dân các tỉnh, thành phố có biển"]
    assert [n for s, n in units if s == "4"] == ["Cục Thủy sản và Kiểm ngư", "Cục Trồng trọt và Bảo vệ thực vật"]


QD_CRAWLER = (
    "Quyết định 215/QĐ-BYT năm 2025\n"
    "BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 215/QĐ-BYT\n"
    "Hà Nội, ngày 20 tháng 01 năm 2025 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG "
    "MỘT SỐ ĐIỀU CỦA LUẬT DƯỢC BỘ TRƯỞNG BỘ Y TẾ Căn cứ Luật Dược ngày 06 tháng 4 năm 2016;\n"
    "Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam năm 2014; Luật sửa đổi, "
    "bổ sung một số điều của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam năm 2019 "
    "và Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, "
    "xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam năm 2023;\n"
    "Căn cứ Nghị quyết số 02/NQ-CP ngày 05 tháng 01 năm 2024 của Chính phủ về cải thiện môi trường kinh doanh;\n"
    "Theo đề nghị của Vụ trưởng Vụ Pháp chế.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều "
    "của Luật Dược.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Nơi nhận:\n"
    "- Như Điều 2;\n"
    "- Lưu: VT, PC. KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Xuân Tuyên KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY "
    "05/01/2024 CỦA CHÍNH PHỦ (Ban hành kèm theo Quyết định số 215/QĐ-BYT ngày 20 tháng 01 năm 2025 của Bộ "
    "trưởng Bộ Y tế)\n"
    "Luật Dược được Quốc hội thông qua ngày 06 tháng 4 năm 2016. Để triển khai thi hành Luật kịp thời, Bộ Y tế "
    "ban hành Kế hoạch như sau:\n"
    "I. NHIỆM VỤ\n"
    "1. Đẩy mạnh cải cách hành chính theo Nghị quyết số 02/NQ-CP\n"
    "- Văn phòng Bộ chủ trì, phối hợp với các Cục, Vụ thuộc Bộ rà soát, cắt giảm thủ tục hành chính, hoàn thành "
    "trước ngày 30/6/2025;\n"
    "- Trung tâm Thông tin chủ trì xây dựng cơ sở dữ liệu về dược; thời hạn: Quý IV/2025.\n"
    "II. PHÂN CÔNG NHIỆM VỤ\n"
    "| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| A | VỤ PHÁP CHẾ |  |  |  |\n"
    "| 1 | Biên soạn tài liệu giới thiệu các nội dung mới của Luật |  | Cục Quản lý nhà và thị trường "
    "bất động sản; Cục Giám định nhà nước về chất lượng công trình xây dựng | Quý II/2025 |\n"
    "| 2 | Rà soát văn bản quy phạm pháp luật có liên quan | Cục Kinh tế xây dựng | Các Vụ, Cục thuộc Bộ | "
    "Tháng 3/2025 |\n"
)


def test_crawler_plan_title_glued_to_the_signature_amending_laws_by_year_and_group_rows_that_lead():
    rec = parse_bytes(QD_CRAWLER.encode(), "qd.txt")
    refs = [(r.relation, r.type, r.number, r.name, r.year) for r in rec.references]
    # the attached plan's title, glued to the signature by the crawler, opens an implements paragraph
    assert ("implements", "Nghị quyết", "02/NQ-CP", None, 2024) in refs
    # the paragraph ends with the plan's note: the plan's own first sentence cites
    assert [r for r in refs if r[0] == "secondary" and r[3] == "Dược"] == []
    # two amending laws known by their year, each a basis, the laws they amend secondary
    amending = [r for r in refs if r[0] == "legal_basis" and (r[3] or "").startswith("sửa đổi")]
    assert [r[4] for r in amending] == [2019, 2023]
    assert all(not (r[3] or "").endswith("2023") for r in amending)
    # a number's code does not run across the line into the bullet below
    assert not [r for r in refs if r[2] and r[2].startswith("02/NQ-CP-")]
    # the decision's title in capitals: the amending law's name ends with the law it amends
    assert refs[0] == ("cites", "Luật", None, "Sửa đổi, bổ sung một số điều của luật dược", None)
    tasks = {t[0]: t for t in _tasks(rec)}
    # a bullet naming its lead, its partners and then its work is a task of its own
    assert tasks["I.1.b1"][1] == ("Văn phòng Bộ",) and tasks["I.1.b1"][3] == "trước ngày 30/6/2025"
    # a row without a lead takes its group row's agency; a cell's name runs through field words
    # (numbered as a table's rows, though it stands in section II)
    table = [t for t in rec.tasks if t.id.startswith("PL.")]
    assert [t.id for t in table] == ["PL.A.1", "PL.A.2"]
    assert [tuple(fold(n) for n in t.lead) for t in table] == [("vụ pháp chế",), ("cục kinh tế xây dựng",)]
    assert table[0].support == ("Cục Quản lý nhà và thị trường bất động sản",
                                "Cục Giám định nhà nước về chất lượng công trình xây dựng")


def test_law_names_holding_words_that_end_other_names():
    for sentence, name in [
        ("Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;", "Hàng không dân dụng Việt Nam"),
        ("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;",
         "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân"),
        ("theo quy định của Bộ luật Lao động, tránh dồn ứ phương tiện vào cùng một thời điểm.", "Lao động"),
        ("Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;",
         "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"),
    ]:
        assert [m.name for m in find_mentions(sentence)][:1] == [name], sentence
    # "thi hành Luật kịp thời", "phổ biến Luật cho các đơn vị": the law the text speaks of, no name
    assert find_mentions("Để triển khai thi hành Luật kịp thời, đồng bộ, Bộ ban hành Kế hoạch.") == []
    assert find_mentions("Tổ chức phổ biến Luật cho các đơn vị trong ngành.") == []
    assert find_mentions("đưa nội dung Luật lên Trang thông tin điện tử của tỉnh.") == []  # where it goes, no name
    # what the law hands on is no part of its name ("Luật Chuyển giao công nghệ" keeps its "giao")
    assert [m.name for m in find_mentions("các nội dung Luật Đất đai giao cho địa phương quy định chi tiết; "
                                          "Luật Chuyển giao công nghệ năm 2017")] \
        == ["Đất đai", "Chuyển giao công nghệ"]
    # what a sentence lists after the law is no part of its name
    assert [m.name for m in find_mentions("Tuyên truyền Luật Nghĩa vụ quân sự, chính sách hậu phương quân đội.")] \
        == ["Nghĩa vụ quân sự"]
    # a plural type word does not take the number of the law named after it
    assert [(m.type, m.number) for m in find_mentions(
        "nghiên cứu các quy định mới của Luật Quản lý thuế số 38/2019/QH14 để chuẩn bị")] == [("Luật", "38/2019/QH14")]


KH_SO_CRAWLER = (
    "Kế hoạch 45/KH-STNMT năm 2022 về cải cách hành chính\n"
    "UBND TỈNH BẮC GIANG SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
    "Hạnh phúc ---------------\n"
    "Số: 45/KH-STNMT Bắc Giang, ngày 14 tháng 01 năm 2022 KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022 Căn cứ Nghị quyết "
    "số 81/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính;\n"
    "Căn cứ Kế hoạch số 498/KH-UBND ngày 28 tháng 12 năm 2021 của UBND tỉnh Bắc Giang;\n"
    "Sở Tài nguyên và Môi trường xây dựng Kế hoạch cải cách hành chính năm 2022, cụ thể như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao chất lượng giải quyết thủ tục hành chính.\n"
)


def test_crawler_title_of_capitals_ending_with_its_year_then_the_first_basis():
    refs = [(r.relation, r.number) for r in parse_bytes(KH_SO_CRAWLER.encode(), "kh.txt").references]
    assert refs[:2] == [("legal_basis", "81/NQ-CP"), ("legal_basis", "498/KH-UBND")]


TTLT_MD = """\
**TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - BỘ CÔNG AN - BỘ
QUỐC PHÒNG**
-------
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
Số: 02/2025/TTLT-TANDTC-VKSNDTC-BCA-BQP
*Hà Nội, ngày 28 tháng 11 năm 2025*

**THÔNG TƯ LIÊN TỊCH**
QUY ĐỊNH VIỆC PHỐI HỢP TỔ CHỨC PHIÊN TÒA TRỰC TUYẾN

*Căn cứ Bộ luật Tố tụng hình sự ngày 27 tháng 11 năm 2015;*

**Điều 1. Phạm vi điều chỉnh**
Thông tư liên tịch này quy định việc phối hợp tổ chức phiên tòa trực tuyến.
"""


def test_joint_circular_names_every_issuer():
    rec = parse_bytes(TTLT_MD.encode(), "ttlt.md")
    assert rec.document.issuer == ("Tòa án nhân dân tối cao - Viện kiểm sát nhân dân tối cao - Bộ Công an"
                                   " - Bộ Quốc phòng")


def test_partners_named_in_the_ways_plans_name_them():
    from parsers.tasks import _lead_support

    for sentence, lead, support in [
        ("Sở Y tế chủ trì, với sự phối hợp của Sở Giáo dục và Đào tạo, Sở Tài chính thực hiện.",
         ("Sở Y tế",), ("Sở Giáo dục và Đào tạo", "Sở Tài chính")),
        # a list under one head ends where a body with a head of its own begins
        ("Sở Y tế chủ trì; các Sở: Tài chính, Nội vụ và UBND các huyện phối hợp thực hiện.",
         ("Sở Y tế",), ("Sở Tài chính", "Sở Nội vụ", "UBND các huyện")),
        # whoever is concerned names no one, the body after it does
        ("Sở Công Thương chủ trì, phối hợp các ngành liên quan và UBND các huyện, thị xã thực hiện.",
         ("Sở Công Thương",), ("UBND các huyện, thị xã",)),
        ("Tổ chức tập huấn - Cơ quan chủ trì: Sở Tư pháp - Cơ quan phối hợp: Sở Nội vụ, Hội Luật gia tỉnh",
         ("Sở Tư pháp",), ("Sở Nội vụ", "Hội Luật gia tỉnh")),
        ("- Chủ trì: Sở Tư pháp - Phối hợp: UBND các huyện, thị xã, thành phố",
         ("Sở Tư pháp",), ("UBND các huyện, thị xã, thành phố",)),
        # one committee per district named, the field ending where the next line opens another
        ("Cơ quan phối hợp: Sở Kế hoạch và Đầu tư, UBND các huyện Krông Nô, Đắk Glong.\nThời gian: Năm 2025",
         (), ("Sở Kế hoạch và Đầu tư", "Ủy ban nhân dân huyện Krông Nô", "Ủy ban nhân dân huyện Đắk Glong")),
        # the committees concerned are named; whoever else is concerned is not
        ("Cơ quan phối hợp: Sở Tài chính, Ủy ban nhân dân các huyện có liên quan, các cơ quan liên quan.",
         (), ("Sở Tài chính", "Ủy ban nhân dân các huyện có liên quan")),
        # "Thời gian thực hiện:" is when; who does it is labelled after it
        ("Rà soát văn bản. Thời gian thực hiện: Quý I/2023. Cơ quan thực hiện:\nCông an tỉnh, Sở Tư pháp.",
         ("Công an tỉnh", "Sở Tư pháp"), ()),
        # who leads, then its partners on the next line, in the item's last sentence
        ("Theo dõi tình hình thi hành pháp luật. Sở Tư pháp chủ trì, phối hợp\nvới Công an tỉnh, Thanh tra tỉnh"
         " thực hiện.", ("Sở Tư pháp",), ("Công an tỉnh", "Thanh tra tỉnh")),
        # the partners' clause in brackets wrapped at the line's end
        ("Kiện toàn tổ chức bộ máy (Sở Nội vụ chủ trì; Sở Tài nguyên và Môi trường, Ủy ban\nnhân dân các huyện,"
         " thị xã phối hợp).", ("Sở Nội vụ",), ("Sở Tài nguyên và Môi trường", "Ủy ban nhân dân các huyện, thị xã")),
        # a remit given in an appendix, between the subjects and their verb
        ("Sở Tài chính,\nSở Xây dựng theo nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này chủ trì tham"
         " mưu.", ("Sở Tài chính", "Sở Xây dựng"), ()),
        # whichever forces do the job name no one
        ("Tổng cục Hải quan chủ trì, phối hợp với Bộ đội Biên phòng tỉnh và các lực lượng chức năng trên địa bàn"
         " tổ chức kiểm tra.", ("Tổng cục Hải quan",), ("Bộ đội Biên phòng tỉnh",)),
        # fields apart by commas
        ("Tổ chức Hội nghị quán triệt. Cơ quan chủ trì: Sở Tư pháp, Cơ quan phối hợp: Văn phòng UBND tỉnh, Công an"
         " tỉnh, Thời gian: Quý I/2013.", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh", "Công an tỉnh")),
        # "phối hợp thực hiện:" labels the partners, not who does the work
        ("Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch\nĐơn vị phối hợp thực hiện: Báo Bình Định, Đài Phát"
         " thanh và\nTruyền hình Bình Định.",
         ("Sở Văn hóa, Thể thao và Du lịch",), ("Báo Bình Định", "Đài Phát thanh và Truyền hình Bình Định")),
    ]:
        assert _lead_support(sentence, 0, len(sentence)) == (lead, support), sentence


def test_bodies_at_each_level_health_facilities_and_whoever_else_is_concerned():
    from parsers.agencies import collectives

    # one body at each level it names
    assert _read("Ủy ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu vào kế hoạch") == [
        "Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân cấp xã"]
    assert _read("UBND cấp huyện và cấp xã tổ chức thực hiện") == ["UBND cấp huyện", "UBND cấp xã"]
    # the public health and education facilities are bodies a plan gives work to; a business's are not
    cell = "Bộ Y tế, Bảo hiểm xã hội Việt Nam, cơ sở khám bệnh, chữa bệnh"
    assert [a.text for a in collectives(cell, 0, len(cell))] == ["cơ sở khám bệnh, chữa bệnh"]
    assert [a.text for a in collectives("Các trường, cơ sở giáo dục nghề nghiệp", 0, 38)] == [
        "Các trường, cơ sở giáo dục nghề nghiệp"]
    assert collectives("các cơ sở sản xuất, kinh doanh", 0, 30) == []
    # the ministries that manage the sector
    text = "Bộ, cơ quan ngang bộ quản lý chuyên ngành có trách nhiệm hướng dẫn"
    assert [a.text for a in collectives(text, 0, len(text))] == ["Bộ, cơ quan ngang bộ quản lý chuyên ngành"]
    # a local body, then whoever else is concerned: the body alone
    cell = "Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức, đơn vị có liên quan"
    assert [a.text for a in collectives(cell, 0, len(cell))] == ["Các Bộ, ngành", "Ủy ban nhân dân cấp tỉnh"]


def test_gazette_table_cells_of_one_word_per_line():
    from tests.test_shapes import _gazette_table

    header = "TT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\n"
    rows = ("I. Lãnh đạo, chỉ đạo\n1.\n \nTăng cường lãnh đạo, chỉ đạo xây dựng và\ntổ chức thực hiện các chính sách.\n"
            "Các \nbộ \nở \nTrung ương, \nỦy ban nhân \ndân cấp tỉnh ở \nđịa phương \n"
            "Các cơ quan, tổ \nchức, \nđơn \nvị \nkhác \ncó \nliên \nquan. \nVăn bản chỉ đạo \nThường xuyên \n")
    rec = _gazette_table(rows, "kh.congbao.txt", header)
    # a cell does not end on "ở" nor on a comma; the partners' generic cell is no result
    assert [(t.id, t.lead, t.support, t.product, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Các bộ ở Trung ương", "Ủy ban nhân dân cấp tỉnh ở địa phương"), (), "Văn bản chỉ đạo",
         "Thường xuyên")]


def test_names_of_produce_and_of_a_regions_office():
    from parsers.agencies import find

    for text, name in [("Cục Quản lý Chất lượng nông lâm sản và\nthủy sản chủ trì, phối hợp",
                        "Cục Quản lý Chất lượng nông lâm sản và thủy sản"),
                       ("phối hợp với Chi cục Thú y vùng VI, Sở Y tế", "Chi cục Thú y vùng VI")]:
        assert fold(" ".join(find(text, 0, len(text))[0].text.split())) == fold(name)


def test_articles_numbered_with_a_gap_keep_their_responsibility_units():
    units = _regulation("CHÍNH PHỦ", "45/2025/NĐ-CP", "NGHỊ ĐỊNH", (
        "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chế độ phụ cấp.\n\n"
        "Điều 2. Đối tượng áp dụng\nNhân viên y tế thôn, bản.\n\n"
        "Điều 7. Trách nhiệm của Bộ Y tế\n1. Hướng dẫn, kiểm tra việc thực hiện.\n\n"
        "Điều 8. Trách nhiệm của Bộ Tài chính\nBố trí kinh phí thực hiện.\n\n"
        "Điều 10. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01 tháng 5 năm 2025./.\n"),
        "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n")
    # articles left out between (an extract, a rendering that lost some) are articles still
    assert units == [("Bộ Y tế", "Điều 7"), ("Bộ Tài chính", "Điều 8")]


def test_crawler_signature_running_into_the_attached_plans_title_without_a_note():
    text = ("Quyết định 2954/QĐ-UBND\nỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc\nSố: 2954/QĐ-UBND Sơn La, ngày 20 tháng 11 năm 2025 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT "
            "KHẨU ỦY BAN NHÂN DÂN TỈNH SƠN LA Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\nNơi nhận:\n- Như Điều 2;\n"
            "- Lưu: VT, Biên KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Công KẾ HOẠCH XUẤT KHẨU "
            "SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030\nI. MỤC TIÊU\n1. Tăng trưởng xuất khẩu ổn định.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\nChủ trì triển khai Kế hoạch.\n2. Sở Tài chính\n"
            "Bố trí kinh phí.\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    assert rec.document.signer == "Nguyễn Thành Công"
    assert [(a.type, a.title) for a in rec.attachments] == [
        ("Kế hoạch", "Xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030")]
    assert [(u.name, u.section) for u in rec.units] == [("Sở Công Thương", "II.1"), ("Sở Tài chính", "II.2")]


# a provincial plan's header, signature and one-line task section, its tasks in an appendix
QT_PLAN = ("**ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ**\n-------\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
           "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 68/KH-UBND\n*Quảng Trị, ngày 16 tháng 4 năm 2021*\n\n"
           "**KẾ HOẠCH**\n**Phòng, chống thiên tai năm 2021**\n\n**I. NHIỆM VỤ**\nCác nhiệm vụ được phân công tại "
           "Phụ lục kèm theo.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n**Võ Văn Hưng**\n\n")


def test_merged_header_cell_written_once_over_its_two_columns():
    head = QT_PLAN
    table = ("| STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành | Sản phẩm |\n|---|---|---|---|---|\n"
             "| Chủ trì | Phối hợp |\n"
             "| 1 | Rà soát phương án ứng phó thiên tai | Sở Nông nghiệp và Môi trường | Sở Xây dựng; Sở Tài chính |"
             " Trước ngày 31/5/2026 | Quyết định |\n")
    rec = parse_bytes((head + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + table).encode(), "kh.md")
    # the columns after the merged cell move on by the cells it spans
    assert [(t.lead, t.support, t.deadline, t.product) for t in rec.tasks if t.id.startswith("PL")] == [
        (("Sở Nông nghiệp và Môi trường",), ("Sở Xây dựng", "Sở Tài chính"), "Trước ngày 31/5/2026", "Quyết định")]
    # a converter writes the merged cell in each column it spans, the row below says which is which
    table = ("| STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Đơn vị thực hiện | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n"
             "| STT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành |\n"
             "| 1 | Rà soát phương án ứng phó thiên tai | Sở Nông nghiệp và Môi trường | Sở Xây dựng; Sở Tài chính |"
             " Trước ngày 31/5/2026 |\n")
    rec = parse_bytes((head + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + table).encode(), "kh.md")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks if t.id.startswith("PL")] == [
        (("Sở Nông nghiệp và Môi trường",), ("Sở Xây dựng", "Sở Tài chính"), "Trước ngày 31/5/2026")]


def test_lists_of_ministries_and_of_places_that_end_with_a_body_of_their_own():
    assert _read("Các Bộ, ngành: Giao thông vận tải, Công Thương, Y tế theo chức năng chỉ đạo") == [
        "Bộ Giao thông vận tải", "Bộ Công Thương", "Bộ Y tế"]
    assert _read("Ủy ban nhân dân các huyện: Duy Xuyên, Thăng Bình và Ủy ban nhân dân thị xã Điện Bàn:") == [
        "Ủy ban nhân dân huyện Duy Xuyên", "Ủy ban nhân dân huyện Thăng Bình", "Ủy ban nhân dân thị xã Điện Bàn"]
    # a commune's name that reads as a head is a place still
    assert _read("UBND các xã: Nông Cống, Trường Văn, Thắng Lợi tập trung hoàn thành") == [
        "Ủy ban nhân dân xã Nông Cống", "Ủy ban nhân dân xã Trường Văn", "Ủy ban nhân dân xã Thắng Lợi"]


def test_article_title_wrapped_after_a_bodys_head_word():
    units = _regulation("BỘ Y TẾ", "26/2023/TT-BYT", "THÔNG TƯ", (
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn giám sát.\n\n"
        "Điều 2. Trách nhiệm của Cục\nQuản lý Khám, chữa bệnh\n1. Chỉ đạo các bệnh viện giám sát.\n\n"
        "Điều 3. Trách nhiệm của Sở Tài chính, Cục\nThuế tỉnh\nHướng dẫn, kiểm tra việc thực hiện.\n\n"
        "Điều 4. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 5 năm 2023./.\n"),
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n")
    # the line ends on the head word alone: the name is on the next line
    assert units == [("Cục Quản lý Khám, chữa bệnh", "Điều 2"), ("Sở Tài chính", "Điều 3"), ("Cục Thuế tỉnh", "Điều 3")]


def test_names_that_end_before_a_verb_phrase_and_collectives_naming_their_cities():
    assert _read("Cục Điện lực và Năng lượng tái tạo làm đầu mối, theo dõi") == ["Cục Điện lực và Năng lượng tái tạo"]
    assert _read("Ủy ban nhân dân các huyện, thành phố Đà Lạt, Bảo Lộc chỉ đạo") == [
        "Ủy ban nhân dân các huyện, thành phố Đà Lạt, Bảo Lộc"]
    assert _read("UBND các huyện, thành phố Đà Lạt, Sở Y tế phối hợp") == [
        "UBND các huyện, thành phố Đà Lạt", "Sở Y tế"]
    # a verb in capitals after the collective is its work, no city
    assert _read("UBND các huyện, thành phố Chỉ đạo các xã") == ["UBND các huyện, thành phố"]
    # the work after a partner's name is no part of it
    from parsers.agencies import find
    for text, name in [("phối hợp với Vụ Khoa học và Công nghệ giới thiệu các mô hình", "Vụ Khoa học và Công nghệ"),
                       ("phối hợp với Ủy ban nhân dân các xã, thị trấn vệ sinh môi trường",
                        "Ủy ban nhân dân các xã, thị trấn")]:
        assert [a.text for a in find(text, 0, len(text))] == [name]
    from parsers.agencies import acts
    text = "Các sở, ban, ngành tỉnh tái cấu trúc quy trình"
    assert acts(text, len("Các sở, ban, ngành tỉnh"), len(text))


def test_branch_offices_and_a_field_that_is_a_narrow_head():
    from parsers.agencies import find

    def names(text: str) -> list[str]:
        return [a.text for a in find(text, 0, len(text))]

    assert names("phối hợp Vụ Pháp chế, Cục Đăng ký và Thống kê, các Bộ, ngành liên quan") == [
        "Vụ Pháp chế", "Cục Đăng ký và Thống kê"]
    assert names("Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì") == ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh"]
    assert names("phối hợp với Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi, Sở Y tế") == [
        "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi", "Sở Y tế"]


def test_collectives_of_a_region_and_of_a_kind_of_school_and_a_cells_dashed_lines():
    from parsers.agencies import collectives, find

    for text, names in [
        ("Viện Khoa học Địa chất, Ủy ban nhân dân các tỉnh miền núi phía Bắc",
         ["Ủy ban nhân dân các tỉnh miền núi phía Bắc"]),
        ("Trung tâm Giới thiệu việc làm tỉnh; các Trung tâm dạy nghề cấp huyện", ["các Trung tâm dạy nghề cấp huyện"]),
    ]:
        assert [a.text for a in collectives(text, 0, len(text))] == names
    cell = "Văn phòng Ủy ban nhân dân tỉnh - Các sở, ban, ngành - UBND các huyện"
    assert find(cell, 0, len(cell))[0].text == "Văn phòng Ủy ban nhân dân tỉnh"
    assert [a.text for a in collectives(cell, 0, len(cell))] == ["Các sở, ban, ngành", "UBND các huyện"]


def test_telegram_items_naming_bodies_with_notes_in_brackets_and_a_place_list_ending_its_heading():
    text = CD_MD.split("Theo bản tin")[0] + (
        "Thủ tướng Chính phủ yêu cầu:\n"
        "**2. Chủ tịch Ủy ban nhân dân các tỉnh: Thái Nguyên, Quảng Trị và thành phố Hải Phòng:**\n"
        "Thành lập ngay các đoàn công tác liên ngành kiểm tra.\n"
        "**3. Bộ Công an, Bộ Công Thương (Cục Quản lý và Phát triển thị trường trong nước), Bộ Tài chính\n"
        "(Cục Hải quan):**\nChỉ đạo lực lượng chức năng kiểm soát chặt chẽ.\n"
        "**4. Sở Y tế các tỉnh, thành phố:\nHà Nội, Thái Bình**\nChỉ đạo các cơ sở y tế thực hiện.\n\n"
        "**KT. THỦ TƯỚNG**\n**PHÓ THỦ TƯỚNG**\n\n**Trần Hồng Hà**\n")
    rec = parse_bytes(text.encode(), "cd.md")
    assert [(u.name, u.section) for u in rec.units] == [
        ("Ủy ban nhân dân tỉnh Thái Nguyên", "2"), ("Ủy ban nhân dân tỉnh Quảng Trị", "2"),
        ("Ủy ban nhân dân thành phố Hải Phòng", "2"), ("Bộ Công an", "3"), ("Bộ Công Thương", "3"),
        ("Bộ Tài chính", "3"), ("Sở Y tế thành phố Hà Nội", "4"), ("Sở Y tế tỉnh Thái Bình", "4")]


def test_crawler_letter_whose_subject_runs_into_the_place_and_whose_signer_runs_into_a_note():
    text = ("Công văn 17986/BTC-CT\nBỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Số: 17986/BTC-CT V/v Phổ biến Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã Hà Nội, ngày 19 tháng 11 "
            "năm 2025\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
            "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh chỉ đạo phổ biến Cẩm nang./.\nNơi nhận:\n- Như trên;\n"
            "- Lưu: VT, CT. TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG Đào Thu Hương Ghi chú: Cẩm nang được đăng tải "
            "trên Cổng thông tin điện tử.\n")
    rec = parse_bytes(text.encode(), "cv.txt")
    assert (rec.document.place, rec.document.signer) == ("Hà Nội", "Đào Thu Hương")


def test_a_journal_and_a_centre_glued_in_one_cell_are_two_bodies():
    from parsers.agencies import find

    text = "phối hợp với Tạp chí Dược học\nTrung tâm Truyền thông - Giáo dục sức khỏe Trung ương thực hiện"
    assert [a.text for a in find(text, 0, len(text))] == [
        "Tạp chí Dược học", "Trung tâm Truyền thông - Giáo dục sức khỏe Trung ương"]
    # the office of a body the gazetteer knows, by that body's whole name
    text = "Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn, Văn phòng Chủ tịch nước"
    assert [a.text for a in find(text, 0, len(text))] == [
        "Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn", "Văn phòng Chủ tịch nước"]


def test_page_table_whose_row_goes_on_under_its_number_and_agencies():
    head = QT_PLAN + "**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n"
    cells = [["**STT**", "**Nội dung nhiệm vụ**", "**Đơn vị thực hiện**", "**Thời gian hoàn thành**", "**Sản phẩm**"],
             ["**Chủ trì**", "**Phối hợp**"],
             ["1", "Kiểm đếm, hướng dẫn tàu thuyền vào nơi tránh trú an toàn", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
              "Sở Nông nghiệp và PTNT", "Khi có bão", "Báo cáo"],
             ["Phối hợp tổ chức tìm kiếm cứu nạn", "Khi có tình huống", "Báo cáo kết quả"],
             ["2", "Bảo đảm an ninh trật tự tại các khu vực", "Công an tỉnh", "Sở Y tế", "Khi có tình huống",
              "Báo cáo"]]
    table = "|\n" + "".join("".join(f"{c}\n|\n" for c in row) + "|\n" for row in cells)
    rec = parse_bytes((head + table).encode(), "kh.md")
    # the page writes the continuation's cells on the right: its first is the content, the agencies are the row's
    assert [(t.id, t.text[:20], t.lead, t.deadline) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.1.1", "Kiểm đếm, hướng dẫn ", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "Khi có bão"),
        ("PL.1.2", "Phối hợp tổ chức tìm", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), "Khi có tình huống"),
        ("PL.2", "Bảo đảm an ninh trật", ("Công an tỉnh",), "Khi có tình huống")]


def test_page_table_cell_that_numbers_who_leads():
    """A thuvienphapluat page's table, each cell between bars: "1. Trung tâm Kiểm soát bệnh tật ⏎ 2. Trung tâm Y tế các
    khu vực" in one cell numbers who leads; it is a cell's list, not the document's own numbered text."""
    head = QT_PLAN + "**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ\n"
    cells = [["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
             ["1", "Điều tra côn trùng tại 20 điểm giám sát trọng điểm", "Trung tâm Kiểm soát bệnh tật",
              "Trung tâm Y tế các khu vực", "Hằng tháng"],
             ["2", "Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 1",
              "1. Trung tâm Kiểm soát bệnh tật\n2. Trung tâm Y tế các khu vực", "Ủy ban nhân dân các xã, phường",
              "Tháng 4/2026"]]
    table = "|\n" + "".join("".join(f"{c}\n|\n" for c in row) + "|\n" for row in cells)
    rec = parse_bytes((head + table).encode(), "kh.md")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.1", ("Trung tâm Kiểm soát bệnh tật",), ("Trung tâm Y tế các khu vực",), "Hằng tháng"),
        ("PL.2", ("Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế các khu vực"), ("Ủy ban nhân dân các xã, phường",),
         "Tháng 4/2026")]


CT_PARTS = ("Quyết định 1056/QĐ-CT\nỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc ---------------\nSố: 1056/QĐ-CT Tuyên Quang, ngày 15 tháng 7 năm 2010 QUYẾT "
            "ĐỊNH VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG PHÁT TRIỂN NÔNG NGHIỆP CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Căn cứ "
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động phát triển nông nghiệp.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT. CHỦ TỊCH "
            "Nguyễn Sài CHƯƠNG TRÌNH HÀNH ĐỘNG PHÁT TRIỂN NÔNG NGHIỆP GIAI ĐOẠN 2010 - 2015 (Ban hành kèm theo Quyết "
            "định số 1056/QĐ-CT ngày 15/7/2010 của Chủ tịch UBND tỉnh)\n"
            "PHẦN THỨ NHẤT\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2006 - 2010\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"
            "1. Sản xuất nông nghiệp tăng trưởng khá.\n2. Kết cấu hạ tầng nông thôn được quan tâm đầu tư.\n"
            "II. HẠN CHẾ, YẾU KÉM\n1. Sản xuất còn manh mún, nhỏ lẻ.\n2. Công tác chỉ đạo có nơi chưa quyết liệt\n"
            "Phần thứ hai\nMỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP GIAI ĐOẠN 2010 - 2015\nI. MỤC TIÊU\n"
            "1. Tốc độ tăng trưởng bình quân 5,5%/năm.\n2. Tỷ lệ che phủ rừng đạt 62%.\nII. NHIỆM VỤ\n"
            "1. Phát triển sản xuất lương thực, xây dựng vùng sản xuất hàng hóa tập trung.\n"
            "2. Phát triển chăn nuôi theo hướng trang trại.\nIII. GIẢI PHÁP\n"
            "1. Rà soát, bổ sung quy hoạch phát triển nông nghiệp.\n2. Tăng cường ứng dụng khoa học công nghệ.\n"
            "Phần thứ ba\nTỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các sở, "
            "ngành hướng dẫn, kiểm tra việc thực hiện Chương trình.\n2. Sở Kế hoạch và Đầu tư, Sở Tài chính cân đối, "
            "bố trí vốn thực hiện Chương trình.\n")


def test_programme_in_parts_named_by_ordinal_words():
    rec = parse_bytes(CT_PARTS.encode(), "ct.txt")
    # the assessment of the past (part one) gives no tasks; the targets give none; the tasks and solutions do
    assert [t.id for t in rec.tasks] == ["II.1", "II.2", "III.1", "III.2"]
    assert [(u.name, u.section) for u in rec.units][:2] == [
        ("Sở Nông nghiệp và Phát triển nông thôn", "III.1"), ("Sở Kế hoạch và Đầu tư", "III.2")]



def test_parts_numbered_in_figures_bullets_that_name_their_partners_then_the_work_and_a_deadline_before_its_lead():
    text = CT_PARTS.replace("PHẦN THỨ NHẤT", "PHẦN I").replace("Phần thứ hai", "PHẦN II").replace(
        "Phần thứ ba", "PHẦN III").replace(
        "2. Phát triển chăn nuôi theo hướng trang trại.\n",
        "2. Bảo đảm an sinh xã hội ở nông thôn\n"
        "- Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ngành thực hiện;\n"
        "- Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh cấp thẻ bảo hiểm y tế cho người nghèo;\n"
        "3. Xây dựng nhà văn hóa thôn, bản; thời gian: 2011 - 2015 (Sở Văn hóa, Thể thao và Du lịch chủ trì).\n")
    rec = parse_bytes(text.encode(), "ct.txt")
    by_id = {t.id: t for t in rec.tasks}
    # a part numbered "II" is the section II; the bullet that names only who leads is its item's lead line,
    # the one that names its partners and then its work is a task
    assert [t.id for t in rec.tasks] == ["II.1", "II.2.b2", "II.3", "III.1", "III.2"]
    assert by_id["II.2.b2"].support == ("Bảo hiểm xã hội tỉnh",)
    assert by_id["II.3"].deadline == "2011 - 2015"
    assert by_id["II.3"].lead == ("Sở Văn hóa, Thể thao và Du lịch",)
    assert [(u.name, u.section) for u in rec.units][:1] == [("Sở Nông nghiệp và Phát triển nông thôn", "III.1")]


KH_AGENCY_LINES = """\
Kế hoạch 12/KH-UBND năm 2010 thực hiện Chương trình phát triển
ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 12/KH-UBND Tuyên Quang, ngày 15 tháng 3 năm 2010
KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN DU LỊCH NĂM 2010
Thực hiện Nghị quyết số 05-NQ/TU ngày 10/01/2010 của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai có hiệu quả Nghị quyết.
II. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ
Sở Văn hóa, Thể thao và Du lịch:
- Chủ trì, phối hợp với các sở, ngành xây dựng quy hoạch phát triển du lịch; hoàn thành trong quý II năm 2010.
- Tổ chức quảng bá du lịch tại các hội chợ trong nước.
Sở Kế hoạch và Đầu tư:
- Chủ trì, phối hợp với Sở Tài chính cân đối vốn đầu tư hạ tầng du lịch.
Sở Tài chính:
- Bố trí kinh phí thực hiện Kế hoạch.
Ủy ban nhân dân các huyện, thị xã:
- Xây dựng kế hoạch phát triển du lịch của địa phương.
III. TỔ CHỨC THỰC HIỆN
Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thị xã tổ chức thực hiện Kế hoạch này.
Nơi nhận:
- Như trên;
- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A
"""


@pytest.mark.parametrize("colon", [":", ""])
def test_work_listed_under_agencies_named_on_lines_of_their_own(colon):
    # "Sở Tài chính:" alone on its line heads that agency's "-" items (or the name alone, its bold lost): a
    # unit, and the lead of each item; the section's items count on across the agencies
    text = re.sub(r"^((?:Sở|Ủy ban)[^\n]*):$", lambda m: m.group(1) + colon, KH_AGENCY_LINES, flags=re.M)
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(u.section, u.name) for u in rec.units][:4] == [
        ("II", "Sở Văn hóa, Thể thao và Du lịch"), ("II", "Sở Kế hoạch và Đầu tư"), ("II", "Sở Tài chính"),
        ("II", "Ủy ban nhân dân các huyện, thị xã")]
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("II.b1", ("Sở Văn hóa, Thể thao và Du lịch",)), ("II.b2", ("Sở Văn hóa, Thể thao và Du lịch",)),
        ("II.b3", ("Sở Kế hoạch và Đầu tư",)), ("II.b4", ("Sở Tài chính",)),
        ("II.b5", ("Ủy ban nhân dân các huyện, thị xã",))]
    assert rec.tasks[2].support == ("Sở Tài chính",)


def test_agencies_on_lines_of_their_own_under_a_numbered_heading_of_the_organisation_section():
    # "1. Phân công nhiệm vụ" in TỔ CHỨC THỰC HIỆN assigns duties: its agencies are units, their items no tasks;
    # a name wrapped over two lines is one line; an object of the sentence above is no heading
    text = KH_AGENCY_LINES.split("II. NHIỆM VỤ")[0] + (
        "II. NHIỆM VỤ\n1. Xây dựng quy hoạch phát triển du lịch; thời gian: quý II năm 2010.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Phân công nhiệm vụ\nSở Văn hóa, Thể thao và Du lịch:\n"
        "- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.\nSở Nông nghiệp và\nMôi trường:\n"
        "- Hướng dẫn phát triển du lịch sinh thái.\nCông an tỉnh, Bộ Chỉ huy Quân sự tỉnh:\n"
        "- Bảo đảm an ninh, trật tự tại các khu du lịch; chỉ đạo, hướng dẫn\nCông an các xã, phường:\n"
        "tăng cường tuần tra.\n2. Chế độ báo cáo\nĐịnh kỳ hằng quý, các cơ quan báo cáo kết quả.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A\n")
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [t.id for t in rec.tasks] == ["II.1"]
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Sở Văn hóa, Thể thao và Du lịch"), ("III.1", "Sở Nông nghiệp và Môi trường"),
        ("III.1", "Công an tỉnh"), ("III.1", "Bộ Chỉ huy Quân sự tỉnh")]


def test_sections_in_lettered_parts_keep_their_numbers_and_a_title_before_a_collective_heading():
    text = CT_PARTS.replace("PHẦN THỨ NHẤT", "A. ĐÁNH GIÁ").replace("Phần thứ hai\n", "B. ").replace(
        "Phần thứ ba\nTỔ CHỨC THỰC HIỆN\n", "C. TỔ CHỨC THỰC HIỆN\n").replace(
        "2. Sở Kế hoạch và Đầu tư, Sở Tài chính cân đối, bố trí vốn thực hiện Chương trình.\n",
        "2. Thủ trưởng các sở, ban, ngành\nCăn cứ chức năng, nhiệm vụ, tổ chức thực hiện Chương trình.\n")
    rec = parse_bytes(text.encode(), "ct.txt")
    # "II. NHIỆM VỤ" inside "B." is section II, as inside a part
    assert [t.id for t in rec.tasks] == ["II.1", "II.2", "III.1", "III.2"]
    assert ("C.2", "các sở, ban, ngành") in [(u.section, u.name) for u in rec.units]


def test_an_article_titled_by_a_role_names_no_unit_the_body_given_it_does():
    # "Cơ quan thường trực và Tổ giúp việc" names roles, not bodies; "Giao Sở … là cơ quan thường trực" is a unit
    text = QD_CRAWLER.split("Điều 2. Quyết định")[0] + (
        "Điều 2. Cơ quan thường trực và Tổ giúp việc\n"
        "1. Giao Sở Khoa học và Công nghệ là cơ quan thường trực của Ban Chỉ đạo, tổng hợp, báo cáo kết quả.\n"
        "2. Giám đốc Sở Khoa học và Công nghệ quyết định thành lập Tổ giúp việc của Ban Chỉ đạo.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT. "
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Xuân Tuyên\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("Điều 2.1", "Sở Khoa học và Công nghệ"), ("Điều 2.2", "Sở Khoa học và Công nghệ")]

PLAN_SLASHES = """\
ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/KH-UBND
Bình Định, ngày 12 tháng 3 năm 2012

KẾ HOẠCH
Triển khai công tác phòng, chống dịch bệnh năm 2012

Thực hiện Chỉ thị số 05/CT-TTg ngày 10/02/2012 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:

I/ MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch bệnh.

II/ NHIỆM VỤ
1/ Tăng cường giám sát dịch bệnh tại cộng đồng, phát hiện sớm các ca bệnh.
2/ Tổ chức tuyên truyền về các biện pháp phòng bệnh.
3/ Bảo đảm thuốc, hóa chất, trang thiết bị phục vụ công tác phòng, chống dịch.

III/ TỔ CHỨC THỰC HIỆN
1/ Sở Y tế:
a/ Chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.
b/ Tổng hợp, báo cáo UBND tỉnh.
2/ Sở Tài chính: bố trí kinh phí thực hiện.
3/ UBND các huyện, thị xã, thành phố: xây dựng kế hoạch của địa phương.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
"""


def test_items_numbered_with_slashes():
    rec = parse_bytes(PLAN_SLASHES.encode(), "kh.txt")
    # "II/ NHIỆM VỤ", "1/ …", "a/ …": the same outline as with points and brackets
    assert [t.id for t in rec.tasks] == ["II.1", "II.2", "II.3"]
    assert [(u.name, u.section) for u in rec.units] == [
        ("Sở Y tế", "III.1"), ("Sở Tài chính", "III.2"), ("UBND các huyện, thị xã, thành phố", "III.3")]


def test_gazette_issuer_filed_over_one_line_before_the_documents_own_header_over_two():
    text = ("CÔNG BÁO/Số 11 + 12/Ngày 30-4-2019 \n3 \n \n \nPHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT \n \n"
            "ỦY BAN NHÂN DÂN TỈNH \n \n \nỦY BAN NHÂN DÂN \nTỈNH NINH BÌNH \n_______ \n \n"
            "Số: 12/2019/QĐ-UBND \n \n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n"
            "Ninh Bình, ngày 15 tháng 4 năm 2019 \n"
            " \nQUYẾT ĐỊNH \nQuy định phân công quản lý an toàn thực phẩm \n \nỦY BAN NHÂN DÂN TỈNH NINH BÌNH \n \n"
            "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010; \nQUYẾT ĐỊNH: \n"
            "Điều 1. Quyết định này có hiệu lực kể từ ngày ký. \n")
    rec = parse_bytes(text.encode(), "qd.congbao.txt")
    assert fold(rec.document.issuer or "") == "ủy ban nhân dân tỉnh ninh bình"
    # the same with both lines alike but for the spaces pdftotext leaves at their ends
    rec = parse_bytes(text.replace("ỦY BAN NHÂN DÂN TỈNH \n \n \nỦY BAN NHÂN DÂN \nTỈNH NINH BÌNH",
                                   "CHÍNH PHỦ \n \n \nCHÍNH PHỦ").encode(), "nd.congbao.txt")
    assert rec.document.issuer == "Chính phủ"


def test_article_title_wrapped_in_small_letters_names_which_places():
    units = _regulation("CHÍNH PHỦ", "104/2021/NĐ-CP", "NGHỊ ĐỊNH", (
        "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về rừng ngập mặn.\n\n"
        "Điều 2. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"
        "có rừng ngập mặn ven biển\n1. Thực hiện quản lý nhà nước về rừng ngập mặn.\n\n"
        "Điều 3. Trách nhiệm của trung tâm dịch vụ việc làm\nCập nhật thông tin người lao động.\n"),
        "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n")
    assert units == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có rừng ngập mặn ven biển", "Điều 2"),
        # a kind of body, named in small letters as a regulation names it
        ("trung tâm dịch vụ việc làm", "Điều 3")]


def test_partner_cells_naming_districts_a_parent_in_brackets_and_a_field_at_the_cells_end():
    from parsers.tables import Cell
    from parsers.tasks import _cell_agencies

    for cell, names in [
        ("UBND các huyện: Nam Trà My, Bắc Trà My, Tây Giang",
         ("Ủy ban nhân dân huyện Nam Trà My", "Ủy ban nhân dân huyện Bắc Trà My", "Ủy ban nhân dân huyện Tây Giang")),
        # whose department it is, in brackets, is no partner of its own
        ("Cục Bảo vệ thực vật (Bộ Nông nghiệp và Phát triển nông thôn)", ("Cục Bảo vệ thực vật",)),
        ("Cục Đăng ký và Thống kê", ("Cục Đăng ký và Thống kê",)),
        # a cell's lines, each opening a body of its own
        ("Sở Khoa học và Công nghệ\nCác sở, ban, ngành\nUBND các xã, phường",
         ("Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "UBND các xã, phường")),
    ]:
        assert _cell_agencies(cell, Cell(0, len(cell), 0)) == names


def test_lists_of_places_over_a_line_and_bodies_of_each_place_named_as_one():
    # a district's name wrapped at the line's end, the sentence going on after it
    assert _read("UBND các huyện: Yên Dũng, Tân Yên, Lục\nNam khẩn trương phê duyệt") == [
        "Ủy ban nhân dân huyện Yên Dũng", "Ủy ban nhân dân huyện Tân Yên", "Ủy ban nhân dân huyện Lục Nam"]
    # the body of each city the list names, the list on the next line
    assert _read("Sở Y tế các tỉnh, thành phố:\nHà Nội, Thái Bình, Cần Thơ\na) Lựa chọn") == [
        "Sở Y tế thành phố Hà Nội", "Sở Y tế tỉnh Thái Bình", "Sở Y tế thành phố Cần Thơ"]
    assert _read("Ủy ban nhân dân các huyện, thị xã và thành phố Huế:") == [
        "Ủy ban nhân dân các huyện, thị xã và thành phố Huế"]
    # a verb on the next line ends the collective; the prevention of disasters is no division of the office
    assert _read("Ủy ban nhân dân các xã, phường, thị trấn\nthành lập Ban chỉ đạo") == [
        "Ủy ban nhân dân các xã, phường, thị trấn"]
    assert _read("Văn phòng Ban Chỉ huy Phòng chống\nthiên tai và Tìm kiếm cứu nạn tỉnh tổ chức trực ban") == [
        "Văn phòng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh"]


def test_appendix_attached_to_a_scheme_rather_than_to_the_decision():
    text = (CT_PARTS.replace("CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN").split("Phần thứ ba")[0]
            + "PHỤ LỤC PHÂN CÔNG THỰC HIỆN CÁC HOẠT ĐỘNG CỦA ĐỀ ÁN (Kèm theo Đề án ban hành tại Quyết định số "
            "1056/QĐ-CT ngày 15/7/2010 của Chủ tịch UBND tỉnh)\n"
            "| STT | Hoạt động | Sản phẩm | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| 1 | Điều tra, khảo sát nhu cầu | Báo cáo | Sở Tư pháp | Ban Dân tộc tỉnh | Quý IV/2010 |\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    # "Kèm theo Đề án …": the appendix of the scheme, its rows the tasks
    assert [a.type for a in rec.attachments][-1] == "Phụ lục"
    assert [(t.id, t.lead, t.support) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.1", ("Sở Tư pháp",), ("Ban Dân tộc tỉnh",))]


def test_lead_cell_naming_the_partners_when_their_column_is_left_empty():
    text = ("KẾ HOẠCH\nPHỤ LỤC\n"
            "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Quảng bá du lịch trên các phương tiện truyền thông | Chủ trì: Báo An Giang<br>Phối hợp: Đài "
            "Phát thanh - Truyền hình An Giang, Sở Ngoại vụ | | Thường xuyên |\n"
            "| 2 | Tham gia hội chợ du lịch quốc tế tại Thành phố Hồ Chí Minh | Sở Công Thương | Sở Ngoại vụ "
            "| Tháng 9/2025 |\n")
    rec = parse_bytes(text.encode(), "kh.md")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.1", ("Báo An Giang",), ("Đài Phát thanh - Truyền hình An Giang", "Sở Ngoại vụ")),
        ("PL.2", ("Sở Công Thương",), ("Sở Ngoại vụ",))]


def test_a_law_named_before_standing_for_itself_names_nothing_new():
    # "Luật" alone, then a comma or the next item: the law the plan named, no name of its own
    text = ("b) Biên soạn tài liệu giới thiệu những nội dung mới của Luật, đăng tải trên Cổng Thông tin điện tử.\n"
            "3. Kiểm tra, sơ kết việc thi hành Luật\n+ Cục Quản lý Dược chủ trì, phối hợp với Vụ Pháp chế.")
    assert find_mentions(text) == []
    # a law's name ends where the sentence says whom it reaches, or goes on with a verb after a comma
    text = "a) Tổ chức tuyên truyền Luật Dữ liệu đến người dân, doanh nghiệp trên địa bàn."
    assert [m.name for m in find_mentions(text)] == ["Dữ liệu"]
    text = ("theo phân cấp của Luật Ngân sách nhà nước, lồng ghép trong dự toán; Luật Thực hành tiết kiệm, chống"
            " lãng phí ngày 26/11/2013")
    assert [m.name for m in find_mentions(text)] == ["Ngân sách nhà nước", "Thực hành tiết kiệm, chống lãng phí"]


def test_a_count_of_laws_names_none_an_articles_number_does():
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm "
            "2018; theo Điều 5 Luật Đầu tư và khoản 2 Điều 10 Luật Nhà ở")
    assert [m.name for m in find_mentions(text)] == [
        "sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch", "Đầu tư", "Nhà ở"]
    # a law one word long, in small letters, after what a decree does to it
    text = "Nghị định số 54/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật dược; Luật này"
    assert [(m.type, m.name) for m in find_mentions(text)] == [("Nghị định", None), ("Luật", "dược")]


def test_gazette_row_broken_by_a_page_goes_on_under_the_repeated_header():
    from tests.test_shapes import GAZETTE_TASK_HEADER, _gazette_table

    page = "\nCÔNG BÁO/Số 85 + 86/Ngày 24-01-2026\n51\n\n" + GAZETTE_TASK_HEADER
    rows = ("I. Tuyên truyền, phổ biến Luật Dân số\n"
            # the page breaks the row between its cells: who leads and helps is printed after the header
            "1.\n \nXây dựng chuyên mục tuyên truyền về Luật trên\nbáo chí, mạng xã hội.\nBáo Sức khỏe và\nĐời sống\n"
            + page + "Cổng Thông tin\nđiện tử Bộ Y tế, Cục Dân số\nThường xuyên\n"
            # … and inside a name, after the cells printed whole
            "2.\n \nHướng dẫn tổ chức các hoạt động truyền thông\ntại địa phương.\nCục Dân số\n"
            "Ngân hàng Nhà nước\nViệt Nam, Ủy ban\nnhân dân các tỉnh,\nthành phố trực thuộc\ntrung\nQuý II/2026\n"
            + page + "ương\n"
            "3.\n \nTổng kết việc thi hành Luật Dân số trên cả nước.\nCục Dân số\nVụ Pháp chế\nNăm 2030\n"
            # … and in two names, each going on with the word it stopped at
            "4.\n \nXây dựng cơ chế thí điểm hỗ trợ dân số\nvùng nông thôn.\nBộ Nông\nnghiệp và Phát\n"
            "triển nông\nBộ Y tế, Bộ Tài\nQuý II/2027\n" + page + "thôn\nchính\n"
            # … and inside the partners' list, whose line in small letters opens a word of its own ("thành phố"), the
            # list going on over the lines that read as bodies, then when
            "5.\n \nKết nối doanh nghiệp với các khu công nghiệp.\nBan Quản lý Khu kinh\ntế Hải Phòng\n"
            "Sở Công Thương, Trung\ntâm Xúc tiến đầu tư,\nthương mại và du lịch\n" + page
            + "thành phố, Hiệp hội\nDoanh nghiệp thành phố\nHải Phòng\nHằng năm\n")
    rec = _gazette_table(rows, "dan_so.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Báo Sức khỏe và Đời sống",), ("Cổng Thông tin điện tử Bộ Y tế", "Cục Dân số"), "Thường xuyên"),
        ("PL.I.2", ("Cục Dân số",), ("Ngân hàng Nhà nước Việt Nam",
                                    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"), "Quý II/2026"),
        ("PL.I.3", ("Cục Dân số",), ("Vụ Pháp chế",), "Năm 2030"),
        ("PL.I.4", ("Bộ Nông nghiệp và Phát triển nông thôn",), ("Bộ Y tế", "Bộ Tài chính"), "Quý II/2027"),
        ("PL.I.5", ("Ban Quản lý Khu kinh tế Hải Phòng",),
         ("Sở Công Thương", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch thành phố",
          "Hiệp hội Doanh nghiệp thành phố Hải Phòng"), "Hằng năm")]


def test_crawler_text_of_a_table_flattened_one_cell_per_line_with_lettered_groups():
    text = (QT_PLAN.replace("*", "") + "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n\nSTT\nNội dung nhiệm vụ\nCơ quan chủ trì\n"
            "Cơ quan, đơn vị\nphối hợp\nThời hạn hoàn\nthành\nSản phẩm\nA\nCỤC CÔNG NGHỆ THÔNG TIN\n"
            "1\nXây dựng Nền tảng hồ sơ sức khỏe điện tử kết nối với ứng dụng VNeID\nCục Công nghệ thông tin\n"
            "- Cục Quản lý Khám, chữa bệnh;\n- Bảo hiểm xã hội Việt Nam\nHằng tuần\nNền tảng được vận hành\n"
            "B\nVĂN PHÒNG BỘ\n1\nTổng hợp, báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý\nVăn phòng Bộ\n"
            "Vụ Kế hoạch - Tài chính; Bảo hiểm xã\nhội Việt Nam\nQuý IV/2025\nBáo cáo\n")
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.A.1", ("Cục Công nghệ thông tin",), ("Cục Quản lý Khám, chữa bệnh", "Bảo hiểm xã hội Việt Nam"),
         "Hằng tuần"),
        ("PL.B.1", ("Văn phòng Bộ",), ("Vụ Kế hoạch - Tài chính", "Bảo hiểm xã hội Việt Nam"), "Quý IV/2025")]
    assert [(u.name, u.section) for u in rec.units if u.section and u.section.startswith("PL")] == [
        ("CỤC CÔNG NGHỆ THÔNG TIN", "PL.A"), ("VĂN PHÒNG BỘ", "PL.B")]


def test_resolution_adopting_a_programme_in_its_first_article_holds_its_tasks():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 96/NQ-HĐND\nHà Tĩnh, ngày 18 tháng 7 năm 2025\n\nNGHỊ QUYẾT\n"
            "Về Chương trình chuyển đổi số tỉnh giai đoạn 2025 - 2030\n\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\nQUYẾT NGHỊ:\n"
            "Điều 1. Thông qua Chương trình chuyển đổi số tỉnh giai đoạn 2025 - 2030 với các nội dung sau:\n"
            "1. Mục tiêu đến năm 2030\n- Kinh tế số chiếm 20% GRDP của tỉnh.\n"
            "2. Nhiệm vụ, giải pháp chủ yếu:\n"
            "a) Hoàn thiện thể chế, chính sách thúc đẩy chuyển đổi số của tỉnh.\n"
            "b) Phát triển hạ tầng số đồng bộ, hiện đại; ưu tiên hạ tầng cáp quang.\n"
            "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
            "Điều 3. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày ký.\n")
    rec = parse_bytes(text.encode(), "nq.txt")
    assert [t.id for t in rec.tasks] == ["Điều 1.2.a", "Điều 1.2.b"]
    # an article that adopts no plan holds no tasks
    rec = parse_bytes(text.replace("Thông qua Chương trình", "Quy định mức chi cho").encode(), "nq.txt")
    assert not rec.tasks


def test_table_copied_as_text_with_its_cells_apart_by_tabs():
    text = (QT_PLAN.replace("*", "") + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
            "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
            "A\tHOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH\n"
            "1\tRà soát các Thông tư quy định điều kiện kinh doanh\t"
            "Vụ Pháp chế\tVụ Kế hoạch, Cục Trồng trọt\tNăm 2021\n"
            "2\tXây dựng Đề án phát triển cây ăn quả chủ lực\tCục Trồng trọt\tVụ Kế hoạch\tQuý III/2021\n"
            "\tNhân rộng mô hình cấp chứng chỉ quản lý rừng bền vững\t\t\t2021 - 2025\n")
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.A.1", ("Vụ Pháp chế",), ("Vụ Kế hoạch", "Cục Trồng trọt"), "Năm 2021"),
        ("PL.A.2.1", ("Cục Trồng trọt",), ("Vụ Kế hoạch",), "Quý III/2021"),
        ("PL.A.2.2", ("Cục Trồng trọt",), ("Vụ Kế hoạch",), "2021 - 2025")]


def test_a_tabbed_tables_rows_under_cells_merged_from_above_and_a_row_that_reads_like_a_header():
    """Cells merged over rows are written empty: a row with the task of its own under them is a row (its task column
    told by the header, wherever it stands); a list of procedures whose cells say who handles a file in sentences is no
    task table."""
    text = (QT_PLAN.replace("*", "") + "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
            "STT\tCơ quan chủ trì\tCơ quan phối hợp\tNội dung nhiệm vụ\tThời gian hoàn thành\n"
            "1\tCục Trồng trọt\tVụ Kế hoạch\tRà soát các Thông tư quy định điều kiện kinh doanh\tNăm 2021\n"
            "\t\t\t- Xây dựng Đề án phát triển cây ăn quả chủ lực\tQuý III/2021\n")
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(t.id, t.lead, t.text) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.1.1", ("Cục Trồng trọt",), "Rà soát các Thông tư quy định điều kiện kinh doanh"),
        ("PL.1.2", ("Cục Trồng trọt",), "- Xây dựng Đề án phát triển cây ăn quả chủ lực")]
    procedures = (QT_PLAN.replace("*", "") + "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n"
                  "STT\tMã TTHC\tTên thủ tục hành chính\tThời hạn giải quyết\tGhi chú\n"
                  "01\t1.001122\tĐăng ký hoạt động văn phòng giám định\tTrong thời hạn 30 ngày, kể từ ngày nhận đủ "
                  "hồ sơ hợp lệ, Sở Tư pháp chủ trì, phối hợp với cơ quan chuyên môn kiểm tra các điều kiện\t\n"
                  "02\t2.000568\tThay đổi lĩnh vực giám định\tTrong thời hạn 30 ngày, Sở Tư pháp xem xét\t\n")
    assert not [t for t in parse_bytes(procedures.encode(), "kh.txt").tasks if t.id.startswith("PL")]


def test_a_letters_header_copied_as_a_tabbed_line_names_no_unit():
    text = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH SỞ GIÁO DỤC VÀ ĐÀO TẠO --------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 5155/SGDĐT-GDTX Về hướng dẫn đánh giá trung tâm học tập cộng đồng\tThành phố Hồ Chí Minh, ngày 28 "
            "tháng 11 năm 2025\nKính gửi: Ủy ban nhân dân phường, xã và đặc khu\n"
            "Sở Giáo dục và Đào tạo hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng như sau:\n"
            "Đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá và gửi kết quả về Sở Giáo dục và Đào tạo."
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Hiếu\n")
    rec = parse_bytes(text.encode(), "cv.txt")
    assert [u.name for u in rec.units] == ["Ủy ban nhân dân phường, xã và đặc khu"]


def test_a_deadline_field_says_when_before_a_phrase_of_time_about_something_else():
    from parsers.tasks import _deadline

    item = ("Xây dựng, ban hành kịp thời các văn bản để cụ thể hóa các luật có hiệu lực trong năm 2023, bảo đảm"
            " chất lượng. Thời gian thực hiện: Quý II/2023. Cơ quan thực hiện: Sở Tư pháp.")
    assert _deadline(item, 0, len(item)) == "Quý II/2023"
    item = "Tổ chức tập huấn cho cán bộ, hoàn thành trong quý III năm 2026."
    assert _deadline(item, 0, len(item)) == "trong quý III năm 2026"
    # a quarter wrapped at the line's end is no heading of capitals
    rec = parse_bytes((QT_PLAN.replace("Các nhiệm vụ được phân công tại Phụ lục kèm theo.",
                                       "1. Kiểm tra việc chấp hành pháp luật\n- Thanh tra tỉnh chủ trì kiểm tra việc"
                                       " chấp hành tại các xã; thời gian: Quý\nIII/2025.\n")).encode(), "kh.md")
    assert [(t.id, t.deadline) for t in rec.tasks] == [("I.1.b1", "Quý III/2025")]


def test_page_appendices_each_titled_inside_the_bars_of_the_one_before():
    def appendix(n: str, rows: list[list[str]]) -> str:
        header = ["**STT**", "**Nội dung**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian thực hiện**"]
        return (f"|\n**PHỤ LỤC {n}**\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026\n*(Kèm theo Kế hoạch của Ủy ban nhân dân"
                " tỉnh)*\n" + "".join("|\n" + "".join(f"{c}\n|\n" for c in row) for row in [header, *rows]) + "|\n")

    text = QT_PLAN + appendix("I", [
        ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Sở Nội vụ", "+ Sở Tư pháp;\n+ Sở Tài chính",
         "Quý II/2026"],
        ["2", "Kiểm tra công tác cải cách hành chính tại các xã", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý III/2026"],
    ]) + appendix("II", [
        ["1", "Duy trì chuyên mục cải cách hành chính trên báo", "Báo Quảng Trị", "Sở Nội vụ", "Hằng tháng"],
    ])
    rec = parse_bytes(text.encode(), "kh.md")
    # each appendix's title opens its own table; its header is the table's first row
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL1.1", ("Sở Nội vụ",), ("Sở Tư pháp", "Sở Tài chính"), "Quý II/2026"),
        ("PL1.2", ("Sở Nội vụ",), ("Văn phòng UBND tỉnh",), "Quý III/2026"),
        ("PL2.1", ("Báo Quảng Trị",), ("Sở Nội vụ",), "Hằng tháng")]


def test_execution_clause_whose_list_of_departments_runs_over_a_colon():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 2210/QĐ-UBND\nPhú Thọ, ngày 12 tháng 9 năm 2024\n\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt đề cương và dự toán\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt đề cương và dự toán.\n"
            "Điều 2. Giao Sở Xây dựng hướng dẫn chủ đầu tư thực hiện.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở:\n"
            "Xây dựng, Tài chính, Tài nguyên và Môi trường; Chủ tịch\n"
            "Ủy ban nhân dân huyện Tam Nông chịu trách nhiệm thi hành Quyết định này./.\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    assert [(u.name, u.section) for u in rec.units] == [("Sở Xây dựng", "Điều 2")]


def test_consolidated_text_whose_note_lists_the_amending_documents_by_number():
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 15/VBHN-BNNMT\nHà Nội, ngày 10 tháng 7 năm 2025\n\nTHÔNG TƯ\n"
            "Quy định về kiểm dịch động vật\n\n"
            "Thông tư số 19/2021/TT-BNNPTNT ngày 28 tháng 12 năm 2021 của Bộ trưởng Bộ Nông nghiệp và Phát triển"
            " nông thôn quy định về kiểm dịch động vật, có hiệu lực kể từ ngày 15 tháng 02 năm 2022, được sửa đổi,"
            " bổ sung bởi:\n"
            "1. Thông tư số 07/2024/TT-BNNPTNT ngày 05 tháng 6 năm 2024 của Bộ trưởng Bộ Nông nghiệp và Phát triển"
            " nông thôn, có hiệu lực kể từ ngày 20 tháng 7 năm 2024;\n"
            "2. Thông tư số 16/2025/TT-BNNMT ngày 19 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường.\n"
            "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Nghị định số 39/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ;\n"
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Thông tư quy định về kiểm dịch động vật.\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về kiểm dịch động vật.\n")
    rec = parse_bytes(text.encode(), "vbhn.txt")
    # the note's numbered list is no operative part: the bases after it are the preamble's
    assert [(r.relation, r.number or r.name) for r in rec.references if r.relation == "legal_basis"] == [
        ("legal_basis", "Thú y"), ("legal_basis", "39/2016/NĐ-CP")]


def test_gazette_cell_whose_last_word_completes_the_line_before_ends_there():
    from tests.test_shapes import _gazette_table

    header = "TT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời gian\nhoàn thành\n"
    rows = ("I. Hoàn thiện thể chế\n3.  Xây dựng Luật Thuế bảo vệ môi trường (sửa\nđổi) theo hướng mở rộng đối tượng.\n"
            "Bộ Tài chính\nBộ Nông nghiệp và\nMôi trường, Bộ Công\nThương\nLuật được Quốc hội\nthông qua\nNăm 2027\n")
    rec = _gazette_table(rows, "kh.congbao.txt", header)
    # "Công ⏎ Thương" is the ministry's name; "thương luật" is a word too, but not across the cells
    assert [(t.support, t.product) for t in rec.tasks] == [
        (("Bộ Nông nghiệp và Môi trường", "Bộ Công Thương"), "Luật được Quốc hội thông qua")]


def test_appendix_of_tasks_written_as_paragraphs():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 186/QĐ-UBND\nQuảng Trị, ngày 25 tháng 01 năm 2013\n\nQUYẾT ĐỊNH\n"
            "Ban hành Kế hoạch triển khai thi hành Luật Xử lý vi phạm hành chính\n\n"
            "Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;\n\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
            "KẾ HOẠCH\nTriển khai thi hành Luật Xử lý vi phạm hành chính\n"
            "(Ban hành kèm theo Quyết định số 186/QĐ-UBND ngày 25/01/2013 của UBND tỉnh)\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thi hành Luật kịp thời.\n"
            "II. NỘI DUNG\nCác nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này.\n\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT\n"
            "(Kèm theo Kế hoạch ban hành tại Quyết định số 186/QĐ-UBND ngày 25/01/2013 của UBND tỉnh)\n"
            "I. PHỔ BIẾN, QUÁN TRIỆT LUẬT\n"
            "1. Tổ chức Hội nghị quán triệt nội dung Luật cho lãnh đạo các sở, ban, ngành. Cơ quan chủ trì: Sở Tư"
            " pháp, Cơ quan phối hợp: Văn phòng UBND tỉnh, Thời gian: Quý I/2013.\n"
            "2. Biên soạn tài liệu, đề cương giới thiệu Luật cho các cơ quan, đơn vị.\n"
            "Cơ quan chủ trì: Sở Tư pháp. Cơ quan phối hợp: Công an tỉnh. Thời gian: Quý II/2013.\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    # the rows are the appendix's numbered items, with a table's ids
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh",), "Quý I/2013"),
        ("PL.I.2", ("Sở Tư pháp",), ("Công an tỉnh",), "Quý II/2013")]


def test_organisation_section_written_as_a_table_of_who_does_what():
    rows = [["**Cơ quan, đơn vị**", "**Nhiệm vụ**"],
            ["Công an tỉnh", "- Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân tỉnh.\n- Chủ trì kiểm tra."],
            ["Sở Xây dựng, Sở Công Thương", "Rà soát hệ thống cấp nước chữa cháy tại các đô thị."],
            ["Các sở, ban, ngành", "Căn cứ chức năng, nhiệm vụ, phối hợp với Công an tỉnh triển khai."]]
    table = "|\n" + "".join("".join(f"{c}\n|\n" for c in row) + "|\n" for row in rows)
    text = QT_PLAN.replace("**I. NHIỆM VỤ**\nCác nhiệm vụ được phân công tại Phụ lục kèm theo.\n\n",
                           "**I. TỔ CHỨC THỰC HIỆN**\n**1. Phân công nhiệm vụ**\nCác cơ quan, đơn vị thực hiện theo"
                           " bảng sau:\n" + table + "\n")
    rec = parse_bytes(text.encode(), "kh.md")
    # each row's agencies are units of the item around the table; the header names no one
    assert [(u.name, u.section) for u in rec.units] == [
        ("Công an tỉnh", "I.1"), ("Sở Xây dựng", "I.1"), ("Sở Công Thương", "I.1"), ("Các sở, ban, ngành", "I.1")]


def test_gazette_signature_stamp_is_no_text():
    from tests.test_shapes import GAZETTE_BARE

    stamp = ("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
             "Ngày ký: 2025-12-02 08:40:11 +07:00\n")
    with_stamp = GAZETTE_BARE.replace("TT\nNhiệm vụ", stamp + "TT\nNhiệm vụ", 1)
    assert with_stamp != GAZETTE_BARE
    plain = parse_bytes(GAZETTE_BARE.encode(), "bare.congbao.txt")
    stamped = parse_bytes(with_stamp.encode(), "bare.congbao.txt")
    assert "Ký bởi" not in stamped.text
    assert [(t.id, t.deadline) for t in stamped.tasks] == [(t.id, t.deadline) for t in plain.tasks]


def test_a_solution_about_money_is_still_work():
    text = QT_PLAN.replace("**I. NHIỆM VỤ**\nCác nhiệm vụ được phân công tại Phụ lục kèm theo.\n",
                           "**I. GIẢI PHÁP**\n**1. Huy động các nguồn lực**\n**1.1. Nguồn vốn tín dụng**\n"
                           "a) Quỹ Hỗ trợ phát triển hợp tác xã tỉnh ưu tiên cho vay các dự án liên kết; thời gian:"
                           " Hằng năm.\n**1.2.** Ủy ban nhân dân các xã chủ trì bố trí quỹ đất cho hợp tác xã.\n")
    rec = parse_bytes(text.encode(), "kh.md")
    assert [(t.id, t.deadline) for t in rec.tasks] == [("I.1.1.a", "Hằng năm"), ("I.1.2", None)]


def test_gazette_row_whose_lead_and_partners_are_merged_from_the_row_above():
    from tests.test_shapes import _gazette_table

    header = "TT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời hạn\n"
    rows = ("I. Hoàn thiện thể chế\n1.\n \nXây dựng Nghị định quy định chi tiết\nNghị quyết số 198/2025/QH15\n"
            "Bộ Tài chính\nBộ Tư pháp,\nVăn phòng\nChính phủ\nNghị định của\nChính phủ\nQuý IV/2025\n"
            "2.\n \nSửa đổi Thông tư số 40/2021/TT-BTC hướng\ndẫn thuế đối với hộ kinh doanh\nThông tư\nQuý II/2026\n")
    rec = _gazette_table(rows, "kh.congbao.txt", header)
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Bộ Tài chính",), ("Bộ Tư pháp", "Văn phòng Chính phủ"), "Quý IV/2025"),
        ("PL.I.2", ("Bộ Tài chính",), ("Bộ Tư pháp", "Văn phòng Chính phủ"), "Quý II/2026")]


# a provincial plan as real ones are laid out: numbering slips ("1/", "b." beside "a)", a roman number with
# no stop), a sentence-case heading between items, the next item run into a line, a "*" list, a heading
# that hands out the items below ("UBND tỉnh giao:")
SLIPS_MD = """\
**ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH**
Số: 77/KH-UBND
*Hòa Bình, ngày 12 tháng 3 năm 2019*

**KẾ HOẠCH**
**Phòng, chống thiên tai năm 2019**

**I. MỤC ĐÍCH, YÊU CẦU**
Chủ động phòng ngừa, ứng phó kịp thời với thiên tai.
**II- NHIỆM VỤ VÀ GIẢI PHÁP**
**Nhiệm vụ trọng tâm**
**1/ Công tác chỉ đạo**
a) Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp; hoàn thành trước ngày 30 tháng 6 năm 2019.
b. Xây dựng phương án ứng phó thiên tai theo cấp độ rủi ro; giao Sở Nông nghiệp và Phát triển nông thôn chủ trì.
**2/ Công tác ứng phó**
Tổ chức sơ tán dân khỏi khu vực nguy hiểm khi có thiên tai. **3/** Nâng cao năng lực cứu nạn: Bộ Chỉ huy Quân
sự tỉnh chủ trì, phối hợp với Công an tỉnh tổ chức diễn tập; hoàn thành trong quý III năm 2019.
**Giải pháp**
**1/** Hỗ trợ người dân vùng thiên tai:
* Hỗ trợ lương thực: Sở Lao động - Thương binh và Xã hội chủ trì; thời gian: thường xuyên.
* Hỗ trợ nhà ở: Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các huyện; thời gian: năm 2019.
**III TỔ CHỨC THỰC HIỆN**
**1. Sở Tài chính**
Bố trí kinh phí thực hiện Kế hoạch.
**2. UBND tỉnh giao:**
a) Sở Thông tin và Truyền thông tăng cường tuyên truyền về phòng, chống thiên tai.
b) Đài Phát thanh và Truyền hình tỉnh đưa tin cảnh báo kịp thời.
"""


def test_plan_with_numbering_slips_and_run_in_items():
    rec = parse_bytes((SLIPS_MD + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Bùi Văn Khánh")).encode(), "kh.md")
    by_id = {t.id: t for t in rec.tasks}
    # "b." beside "a)", the item run into "2/"'s paragraph, and the items under the second heading (numbered
    # again from 1, with "*" items that carry their own lead) are all read
    assert by_id["II.1.b"].lead == ("Sở Nông nghiệp và Phát triển nông thôn",)
    assert by_id["II.3"].lead == ("Bộ Chỉ huy Quân sự tỉnh",) and by_id["II.3"].support == ("Công an tỉnh",)
    assert [(t.lead, t.deadline) for t in rec.tasks if t.text.startswith("Hỗ trợ")] == [
        (("Sở Lao động - Thương binh và Xã hội",), "thường xuyên"), (("Sở Xây dựng",), "năm 2019")]
    # "III" without its stop is the organisation section; the people's committee handing out work is no unit
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Sở Tài chính"), ("III.2.a", "Sở Thông tin và Truyền thông"),
        ("III.2.b", "Đài Phát thanh và Truyền hình tỉnh")]
    assert not any(t.text.startswith("Giải pháp") for t in rec.tasks)


@pytest.mark.parametrize(("item", "lead", "support"), [
    # a label's value written as a list under it
    ("Xây dựng bộ tiêu chí.\nĐơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.\nĐơn vị phối hợp:\n+ Sở Công Thương;\n"
     "+ Sở Nông nghiệp và Phát\ntriển nông thôn;\n+ Hội Liên hiệp Phụ nữ tỉnh.\nThời gian: năm 2019.",
     ("Sở Văn hóa, Thể thao và Du lịch",), ("Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
                                           "Hội Liên hiệp Phụ nữ tỉnh")),
    # "/" between partners, "v.v." after them
    ("Huy động các nguồn vốn; Sở Kế hoạch và Đầu tư chủ trì; phối hợp: Sở Tài chính/Sở Giao thông vận tải, "
     "UBND cấp huyện v.v. Thời gian: 2019 - 2021.",
     ("Sở Kế hoạch và Đầu tư",), ("Sở Tài chính", "Sở Giao thông vận tải", "UBND cấp huyện")),
    # "chủ trì cùng …"; a lead with a note in brackets; "thực hiện, với sự phối hợp của …"
    ("Ra quân làm sạch bãi biển; Tỉnh đoàn chủ trì cùng Hội Nông dân tỉnh; thời gian: hằng năm.",
     ("Tỉnh đoàn",), ("Hội Nông dân tỉnh",)),
    ("Tổ chức phiên giao dịch việc làm. Trung tâm Dịch vụ việc làm tỉnh (trực thuộc Sở Nội vụ) chủ trì, cùng "
     "UBND cấp huyện thực hiện; thời gian: hằng tháng.", ("Trung tâm Dịch vụ việc làm tỉnh",), ("UBND cấp huyện",)),
    ("Liên kết đào tạo: Trường Cao đẳng Nguyễn Du thực hiện, với sự phối hợp của Ban Quản lý Khu kinh tế tỉnh.",
     ("Trường Cao đẳng Nguyễn Du",), ("Ban Quản lý Khu kinh tế tỉnh",)),
    # partners named first, after a colon; a partner with a note in brackets
    ("Đào tạo nghề trọng điểm: Sở Tài chính, Sở Nội vụ phối hợp; Sở Giáo dục và Đào tạo chủ trì.",
     ("Sở Giáo dục và Đào tạo",), ("Sở Tài chính", "Sở Nội vụ")),
    ("Đưa người lao động đi làm việc. Sở Nội vụ chủ trì; Công an tỉnh (Phòng Quản lý xuất nhập cảnh), Sở Tư pháp "
     "phối hợp.", ("Sở Nội vụ",), ("Công an tỉnh", "Sở Tư pháp")),
    # the partners after "của các đơn vị:"
    ("Vận động ủng hộ Quỹ, với sự phối hợp của các đơn vị: Báo Lao động và Xã hội, Trung tâm Thông tin.",
     (), ("Báo Lao động và Xã hội", "Trung tâm Thông tin")),
])
def test_untidy_partner_lists(item, lead, support):
    from parsers.tasks import _lead_support

    assert _lead_support(item, 0, len(item)) == (lead, support)


def test_a_bullet_about_places_names_no_lead():
    text = SLIPS_MD.replace(
        "**2/ Công tác ứng phó**\n",
        "**2/ Công tác ứng phó**\nBố trí lực lượng ứng trực:\n– Đối với các huyện miền núi: ưu tiên lực lượng tại "
        "chỗ;\n– Đối với các huyện đồng bằng: huy động lực lượng cơ động.\n", 1).replace(
        "Tổ chức sơ tán dân khỏi khu vực nguy hiểm khi có thiên tai. ", "")
    rec = parse_bytes((text + signed("CHỦ TỊCH", name="Bùi Văn Khánh")).encode(), "kh.md")
    # the bullets say what applies where: one task, the item's
    assert [t.id for t in rec.tasks if t.id.startswith("II.2")] == ["II.2"]


@pytest.mark.parametrize(("cell", "names"), [
    # a table cell naming one body per line: a ministry's or department's office ends its line
    ("Văn phòng Bộ\nVụ Pháp chế", ["Văn phòng Bộ", "Vụ Pháp chế"]),
    ("Thanh tra Sở\nPhòng Kế hoạch - Tài chính", ["Thanh tra Sở", "Phòng Kế hoạch - Tài chính"]),
    # (a ministry's name wrapped after its head goes on)
    ("Bộ\nCông an", ["Bộ Công an"]),
    # a body named by its head alone ends its line; a known name ends its own ("Công Thương ⏎ Vụ" is no "Thương vụ")
    ("Tỉnh Đoàn\nSở Giáo dục và Đào tạo", ["Tỉnh Đoàn", "Sở Giáo dục và Đào tạo"]),
    ("Tỉnh đoàn\nSở Giáo dục và Đào tạo", ["Tỉnh đoàn", "Sở Giáo dục và Đào tạo"]),
    ("Bộ Công Thương\nVụ Pháp chế", ["Bộ Công Thương", "Vụ Pháp chế"]),
])
def test_names_one_per_line(cell, names):
    from parsers.agencies import listed

    assert [a.text for a in listed(cell, 0, len(cell))] == names


def test_task_table_with_rows_numbered_in_their_group_and_one_column_for_when_and_what():
    from tests.test_shapes import _with_appendix

    table = ("| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành/Sản phẩm |\n"
             "|---|---|---|---|---|\n"
             "| I. | TUYÊN TRUYỀN, PHỔ BIẾN LUẬT |  |  |  |\n"
             "| I.1 | Biên soạn tài liệu giới thiệu nội dung Luật | Vụ Pháp chế | Văn phòng Bộ |"
             " Tháng 9/2025 (Tài liệu giới thiệu Luật) |\n"
             "| I.2 | Tổ chức hội nghị phổ biến Luật cho cán bộ | Sở Giáo dục và Đào tạo (chủ trì), Sở Y tế |"
             " Sở Tài chính | Quý IV/2025 - Hội nghị |\n"
             "| II. | XÂY DỰNG VĂN BẢN |  |  |  |\n"
             "| II.1 | Xây dựng Thông tư hướng dẫn thi hành Luật | Vụ Pháp chế | Các đơn vị thuộc Bộ |"
             " Tháng 5 - tháng 7/2026 |\n")
    rec = _with_appendix(table, "tb.md")
    # a row numbered within its group is a task of that group; the time is the deadline, what it makes the
    # product (a range of months stays whole); the bodies beside the one marked "(chủ trì)" are partners
    assert _tasks(rec) == [
        ("PL.I.1", ("Vụ Pháp chế",), ("Văn phòng Bộ",), "Tháng 9/2025"),
        ("PL.I.2", ("Sở Giáo dục và Đào tạo",), ("Sở Y tế", "Sở Tài chính"), "Quý IV/2025"),
        ("PL.II.1", ("Vụ Pháp chế",), ("Các đơn vị thuộc Bộ",), "Tháng 5 - tháng 7/2026")]
    assert [t.product for t in rec.tasks] == ["Tài liệu giới thiệu Luật", "Hội nghị", None]


def test_a_heading_of_capitals_that_restarts_the_list_inside_a_section():
    text = SLIPS_MD.replace("**2. UBND tỉnh giao:**\na) Sở Thông tin và Truyền thông tăng cường tuyên truyền về phòng,"
                            " chống thiên tai.\nb) Đài Phát thanh và Truyền hình tỉnh đưa tin cảnh báo kịp thời.\n",
                            "**VỀ PHỐI HỢP THỰC HIỆN**\n**1. Công an tỉnh**: bảo đảm an ninh trật tự.\n"
                            "**2. Đài Phát thanh và Truyền hình tỉnh**: đưa tin cảnh báo kịp thời.\n")
    rec = parse_bytes((text + signed("CHỦ TỊCH", name="Bùi Văn Khánh")).encode(), "kh.md")
    # the items under it are the section's, numbered again (not items of "1. Sở Tài chính")
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Sở Tài chính"), ("III.1", "Công an tỉnh"), ("III.2", "Đài Phát thanh và Truyền hình tỉnh")]


def test_a_numbered_group_row_written_with_its_cells_left_out():
    from tests.test_shapes import _with_appendix

    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
             "| 1 | HOÀN THIỆN THỂ CHẾ |\n"
             "| 1.1 | Xây dựng Thông tư về dạy học trực tuyến | Vụ Pháp chế | Cục Nhà giáo | Quý II/2025 |\n"
             "| 2 | PHÁT TRIỂN HẠ TẦNG SỐ |\n"
             "| 2.1 | Xây dựng kho học liệu số dùng chung | Cục Khoa học, Công nghệ và Thông tin | Vụ Giáo dục"
             " Tiểu học | Năm 2025 |\n")
    rec = _with_appendix(table, "tb.md")
    # "2" over "2.1" is a heading, nothing merged into it from the row above
    assert [t.id for t in rec.tasks] == ["PL.1.1", "PL.2.1"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("tuyên truyền Luật Khoa học, công nghệ và đổi mới sáng tạo kịp thời đến người dân",
     "Khoa học, công nghệ và đổi mới sáng tạo"),
    ("phổ biến Luật Đo đạc và bản đồ kịp thời, đầy đủ", "Đo đạc và bản đồ"),
    # (a name that holds such a word reads whole when the next word goes on with it)
    ("thi hành Luật Sử dụng năng lượng tiết kiệm và hiệu quả", "Sử dụng năng lượng tiết kiệm và hiệu quả"),
])
def test_a_laws_name_ends_before_how_the_sentence_asks(sentence, name):
    assert [m.name for m in find_mentions(sentence)] == [name]


def test_bases_glued_to_a_collapsed_header_and_a_list_going_on_with_a_capital():
    text = ("NGHỊ QUYẾT QUY ĐỊNH CHÍNH SÁCH HỖ TRỢ DOANH NGHIỆP\nHội đồng nhân dân tỉnh Nghệ An\nSố: 27/2024/NQ-HĐND "
            "Nghệ An, ngày 10 tháng 12 năm 2024 NGHỊ QUYẾT QUY ĐỊNH CHÍNH SÁCH HỖ TRỢ DOANH NGHIỆP HỘI ĐỒNG NHÂN DÂN "
            "TỈNH NGHỆ AN KHÓA XVIII, KỲ HỌP THỨ 25 Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm "
            "2015;\nCăn cứ các Nghị định của Chính phủ: số 15/ 2020/NĐ-CP ngày 03/02/2020 về xử phạt; Số\n"
            "98/2023/NĐ - CP ngày 29/12/2023 về chi trả dịch vụ môi trường rừng;\n"
            "QUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định chính sách hỗ trợ.\n")
    rec = parse_bytes(text.encode(), "nq.txt")
    bases = [(r.type, r.number or r.name) for r in rec.references if r.relation == "legal_basis"]
    assert bases == [("Luật", "Tổ chức chính quyền địa phương"), ("Nghị định", "15/2020/NĐ-CP"),
                     ("Nghị định", "98/2023/NĐ-CP")]


def test_a_clause_number_alone_on_its_line_and_a_blank_line_inside_a_table_cell():
    articles = ("Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết.\n"
                "Điều 10. Trách nhiệm của các bộ, cơ quan ngang bộ\n1.\nBộ Tài chính có trách nhiệm:\n"
                "a) Bố trí kinh phí chi thường xuyên;\nb) Hướng dẫn cơ chế tài chính.\n"
                "2. Bộ Khoa học và Công nghệ chủ trì thẩm định tiêu chuẩn quốc gia.\n")
    units = _regulation("CHÍNH PHỦ", "241/2025/NĐ-CP", "NGHỊ ĐỊNH", articles,
                        signed("TM. CHÍNH PHỦ", name="Phạm Minh Chính"))
    assert units == [("Bộ Tài chính", "Điều 10.1"), ("Bộ Khoa học và Công nghệ", "Điều 10.2")]
    rows = [["**STT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Thời gian**"],
            ["1", "Xây dựng trợ lý ảo hỗ trợ giải quyết thủ tục\n\ntích hợp trên Cổng Dịch vụ công",
             "Cục Chuyển đổi số", "Năm 2026"],
            ["2", "Xây dựng cơ sở dữ liệu đất đai", "Cục Quản lý đất đai", "Năm 2027"]]
    table = "|\n" + "".join("".join(f"{c}\n|\n" for c in row) + "|\n" for row in rows)
    rec = parse_bytes(QT_PLAN.replace("Các nhiệm vụ được phân công tại Phụ lục kèm theo.\n",
                                      "Các nhiệm vụ như sau:\n" + table).encode(), "kh.md")
    # the blank line inside the first row's cell does not end the table
    assert [(t.lead, t.deadline) for t in rec.tasks] == [(("Cục Chuyển đổi số",), "Năm 2026"),
                                                          (("Cục Quản lý đất đai",), "Năm 2027")]


PARTNERS_AS_ROLES = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2024

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai thống nhất.

II. NHIỆM VỤ
1. Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của tỉnh. Giao Công an tỉnh là cơ quan chủ trì, \
Sở Thông tin và Truyền thông là cơ quan phối hợp.
2. Xây dựng kho dữ liệu y tế điện tử toàn tỉnh - Sở Y tế chủ trì, phối hợp cùng Bảo hiểm xã hội tỉnh.
3. Triển khai thanh toán không dùng tiền mặt trong trường học, bệnh viện (Sở Giáo dục và Đào tạo, Sở Y tế \
đồng chủ trì; Ngân hàng Nhà nước chi nhánh tỉnh phối hợp).
4. Cập nhật dữ liệu lao động, việc làm trên hệ thống; Sở Lao động - Thương binh và Xã hội chủ trì, \
hoàn thành trong quý III/2024.

III. TỔ CHỨC THỰC HIỆN
Sở Thông tin và Truyền thông tổng hợp, báo cáo kết quả.
"""


def test_roles_named_as_the_body_that_is_partner_after_a_dash_and_leads_together():
    """"X là cơ quan phối hợp"; the lead after a dash that ends the work ("… toàn tỉnh - Sở Y tế chủ
    trì"), while a dash inside a name stays the name's; two bodies "đồng chủ trì" both lead."""
    rec = parse_bytes((PARTNERS_AS_ROLES + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Võ Trọng Hải")).encode(),
                      "kh88.txt")
    assert rec.tasks[-1].deadline == "trong quý III/2024"  # (as written)
    assert [(i, lead, support) for i, lead, support, _ in _tasks(rec)] == [
        ("II.1", ("Công an tỉnh",), ("Sở Thông tin và Truyền thông",)),
        ("II.2", ("Sở Y tế",), ("Bảo hiểm xã hội tỉnh",)),
        ("II.3", ("Sở Giáo dục và Đào tạo", "Sở Y tế"), ("Ngân hàng Nhà nước chi nhánh tỉnh",)),
        ("II.4", ("Sở Lao động - Thương binh và Xã hội",), ())]


ROLES_IN_ONE_CELL = """\
| ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 45/KH-UBND | *Quảng Bình, ngày 10 tháng 3 năm 2024* |

**KẾ HOẠCH**

**Cải cách hành chính năm 2024**

Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;

**I. NHIỆM VỤ**

Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

**PHỤ LỤC**

**DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024**

| STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền | Sở Tư pháp (chủ trì); Văn phòng UBND tỉnh, \
các sở, ngành (phối hợp) | Quý II/2024 |
| 2 | Kiểm tra công tác cải cách hành chính tại các cơ quan | Sở Nội vụ (chủ trì), Sở Tư pháp (phối hợp) \
| Quý III/2024 |
"""


def test_a_role_in_brackets_after_a_list_of_bodies_is_the_role_of_each():
    rec = parse_bytes(ROLES_IN_ONE_CELL.encode(), "kh45.md")
    assert [(i, lead, support) for i, lead, support, _ in _tasks(rec)] == [
        ("PL.1", ("Sở Tư pháp",), ("Văn phòng UBND tỉnh", "các sở, ngành")),
        ("PL.2", ("Sở Nội vụ",), ("Sở Tư pháp",))]


BULLETS_WITH_THEIR_FIELDS = """\
BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 512/KH-BTNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2024

KẾ HOẠCH
Triển khai thi hành Luật Tài nguyên nước

Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai thống nhất.

II. NHIỆM VỤ
1. Xây dựng văn bản quy định chi tiết thi hành Luật, cụ thể:
- Nghị định quy định về phương pháp
tính, mức thu tiền cấp quyền khai thác tài nguyên nước. Cơ quan chủ trì: Cục
Quản lý tài nguyên nước; cơ quan phối hợp: Vụ Kế hoạch - Tài chính; thời gian trình Chính phủ: tháng 6 năm 2024.
- Thông tư quy định việc lập, điều chỉnh quy hoạch
tổng hợp lưu vực sông và kỹ thuật lập bản đồ phân vùng chức năng nguồn nước.
Cơ quan chủ trì: Cục Quản lý tài nguyên nước; cơ quan phối hợp: Viện Chiến
lược, Chính sách tài nguyên và môi trường, Vụ Pháp chế; thời gian ban hành:
Quý III năm 2024.
2. Tuyên truyền, phổ biến Luật
a) Đa dạng hóa nội dung, hình thức tuyên truyền phù hợp với từng nhóm đối tượng:
- Tập trung tuyên truyền tại các khu công nghiệp, khu chế xuất;
- Biểu dương, khen thưởng kịp thời các đơn vị thực hiện tốt.
Cơ quan chủ trì: Vụ Pháp chế; cơ quan phối hợp: Văn phòng Bộ.
Thời gian thực hiện: hằng năm.

III. TỔ CHỨC THỰC HIỆN
Vụ Pháp chế theo dõi, đôn đốc.
"""


def test_fields_under_a_bullet_are_its_own_where_the_list_carries_them_and_a_head_wrapped_from_its_name():
    """Bullets that carry their fields inline, the last with its fields on the lines under it: those are its
    own; under bullets that carry none, the fields are the item's above. "Cục ⏎ Quản lý …": a head that
    names no body alone goes on with the next line."""
    closing = signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Lê Công Thành")
    rec = parse_bytes((BULLETS_WITH_THEIR_FIELDS + closing).encode(), "kh512.txt")
    assert _tasks(rec) == [
        ("II.1.b1", ("Cục Quản lý tài nguyên nước",), ("Vụ Kế hoạch - Tài chính",), "tháng 6 năm 2024"),
        ("II.1.b2", ("Cục Quản lý tài nguyên nước",),
         ("Viện Chiến lược, Chính sách tài nguyên và môi trường", "Vụ Pháp chế"), "Quý III năm 2024"),
        ("II.2.a", ("Vụ Pháp chế",), ("Văn phòng Bộ",), "hằng năm")]


def _with_table(table: str, name: str):
    """ROLES_IN_ONE_CELL's plan with ``table`` as its appendix's table."""
    return parse_bytes((ROLES_IN_ONE_CELL.split("| STT")[0] + table).encode(), name)


def test_a_row_left_unnumbered_with_a_lead_of_its_own_is_the_next_after_the_numbered_row():
    """"| 2 | … | Sở Nội vụ |" then "|   | … | Sở Tư pháp |": a task of its own, numbered after row 2
    ("PL.2.1"), row 2 keeping its number; a row with no lead of its own is more of row 2 ("PL.1.1", "PL.1.2")."""
    rec = _with_table(
        "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền | Sở Tư pháp | Quý II/2024 |\n"
        "|  | Công bố danh mục thủ tục hành chính được chuẩn hóa |  | Quý III/2024 |\n"
        "| 2 | Kiểm tra công tác cải cách hành chính tại các cơ quan | Sở Nội vụ | Quý III/2024 |\n"
        "|  | Tổ chức tập huấn kỹ năng cho công chức làm công tác cải cách | Sở Tư pháp | Quý IV/2024 |\n", "kh45.md")
    assert [(i, lead) for i, lead, _, _ in _tasks(rec)] == [
        ("PL.1.1", ("Sở Tư pháp",)), ("PL.1.2", ("Sở Tư pháp",)), ("PL.2", ("Sở Nội vụ",)), ("PL.2.1", ("Sở Tư pháp",))]


def test_an_article_on_one_bodys_duties_passes_work_on_in_its_paragraph_and_asks_others_under_a_collective():
    """"Điều 3. Trách nhiệm của Ủy ban nhân dân các huyện ⏎ Chỉ đạo Phòng Tài chính - Kế hoạch …": its duty,
    no unit of its own; under a collective's title, "Đề nghị Ủy ban Trung ương Mặt trận …" asks its members."""
    units = _regulation("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG", "21/2022/QĐ-UBND", "QUYẾT ĐỊNH", (
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n\n"
        "Điều 2. Trách nhiệm của Sở Kế hoạch và Đầu tư\nChủ trì theo dõi việc đăng ký doanh nghiệp.\n\n"
        "Điều 3. Trách nhiệm của Ủy ban nhân dân các huyện, thị xã, thành phố\n\nChỉ đạo Phòng Tài chính - Kế "
        "hoạch và Ủy ban nhân dân cấp xã theo dõi hoạt động của doanh nghiệp.\n\n"
        "Điều 4. Trách nhiệm của các tổ chức chính trị - xã hội\n\nĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, "
        "Liên đoàn Lao động tỉnh tham gia tuyên truyền.\n\n"
        "Điều 5. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 01 tháng 7 năm 2022./.\n"),
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTriệu Thế Hùng\n")
    assert [u for u in units if u[1] != "Điều 4"] == [
        ("Sở Kế hoạch và Đầu tư", "Điều 2"), ("Ủy ban nhân dân các huyện, thị xã, thành phố", "Điều 3")]
    assert {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Điều 4"), ("Liên đoàn Lao động tỉnh", "Điều 4")} <= set(units)


def test_a_pair_wrapped_at_its_dash_inside_a_bracket_is_no_bullet():
    """"… (nuôi tôm ⏎ - lúa, trồng màu …)": the line above opened a bracket, the dash joins a pair in it."""
    rec = parse_bytes((PARTNERS_AS_ROLES.replace(
        "1. Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của tỉnh.",
        "1. Bảo đảm an toàn thông tin mạng cho các mô hình sinh kế (nuôi tôm\n- lúa, trồng màu) của tỉnh.")
        + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Võ Trọng Hải")).encode(), "kh88.txt")
    assert [t.id for t in rec.tasks] == ["II.1", "II.2", "II.3", "II.4"]
    assert "nuôi tôm - lúa" in " ".join(rec.tasks[0].text.split())


def test_top_level_sections_lettered_with_a_dash():
    """"A- THỰC TRẠNG … B- MỤC TIÊU … C- NỘI DUNG KẾ HOẠCH … D- TỔ CHỨC THỰC HIỆN": letters with a dash
    before capitals open the plan's parts, so C's items are its tasks."""
    text = PARTNERS_AS_ROLES.replace("I. MỤC ĐÍCH, YÊU CẦU", "A- MỤC ĐÍCH, YÊU CẦU").replace(
        "II. NHIỆM VỤ", "B- NHIỆM VỤ").replace("III. TỔ CHỨC THỰC HIỆN", "C- TỔ CHỨC THỰC HIỆN")
    rec = parse_bytes((text + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Võ Trọng Hải")).encode(), "kh88.txt")
    assert [t.id for t in rec.tasks] == ["B.1", "B.2", "B.3", "B.4"]


def test_the_plural_of_a_body_the_gazetteer_knows_is_that_body_whole():
    """"phối hợp với các Cơ quan đại diện Việt Nam ở nước ngoài": the missions abroad, not "các Cơ quan đại diện"."""
    from parsers.agencies import listed

    text = "các Cơ quan đại diện Việt Nam ở nước ngoài, Bộ Ngoại giao"
    assert [a.text for a in listed(text, 0, len(text))] == [
        "các Cơ quan đại diện Việt Nam ở nước ngoài", "Bộ Ngoại giao"]


def test_a_body_written_by_its_initials_alone_in_a_column_of_bodies():
    """A ministry's table writes its bodies as initials ("TCMT", "VP Bộ"): each item of the cell is a body,
    as written. A Roman number, or a head whose name goes on on the next line ("UBND ⏎ huyện …"), is none."""
    rec = _with_table(
        "| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
        "| 1 | Xây dựng Thông tư hướng dẫn kỹ thuật quan trắc môi trường | TCMT "
        "| Vụ KHCN; VPB, Cục Viễn thám quốc gia | Quý III/2024 |\n"
        "| 2 | Rà soát hệ thống quy chuẩn kỹ thuật quốc gia về nước | Cục Quản lý tài nguyên nước "
        "| Vụ PC<br>TCMT, VP Bộ | Năm 2024 |\n"
        "| 3 | Tổng kết thi hành Luật Khí tượng thủy văn năm 2015 | II | UBND<br>huyện Vạn Ninh | Năm 2025 |\n",
        "ctr59.md")
    assert [(lead, support) for _, lead, support, _ in _tasks(rec)] == [
        (("TCMT",), ("Vụ KHCN", "VPB", "Cục Viễn thám quốc gia")),
        (("Cục Quản lý tài nguyên nước",), ("Vụ PC", "TCMT", "VP Bộ")),
        ((), ("UBND huyện Vạn Ninh",))]


PARTNERS_PLAN = _header("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG", "05/CTr-UBND", "Vĩnh Long, ngày 22 tháng 3 năm 2013") + """\

CHƯƠNG TRÌNH HÀNH ĐỘNG
Phát triển kết cấu hạ tầng

I. MỤC TIÊU
Xây dựng kết cấu hạ tầng đồng bộ.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1/ Nâng cao chất lượng công tác quy hoạch kết cấu hạ tầng
- Rà soát, điều chỉnh, bổ sung quy hoạch phát triển giao thông vận tải tỉnh đến năm 2020, định hướng đến năm \
2030; quy hoạch thủy lợi, quy hoạch cấp nước, quy hoạch các khu, cụm công nghiệp phù hợp với quy hoạch vùng;
- Nâng cao chất lượng lập, thẩm định quy hoạch; công khai quy hoạch và tăng cường kiểm tra, giám sát việc thực \
hiện quy hoạch trên địa bàn tỉnh, nhất là quy hoạch sử dụng đất và quy hoạch xây dựng đô thị;
- Cắm mốc lộ giới, quản lý chặt chẽ hành lang an toàn giao thông, hành lang bảo vệ công trình thủy lợi.
Cơ quan thực hiện: Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các Sở: Giao thông vận tải, Xây dựng và Ban Quản \
lý các khu công nghiệp.
Thời gian: năm 2013 - 2014.
2/ Đẩy mạnh thu hút đầu tư theo các hình thức đối tác công - tư. Sở Tài chính chủ trì, phối hợp với các đơn vị: \
Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh thực hiện; thời gian: hàng năm.
3/ Khai thác hiệu quả nguồn lực từ quỹ đất để tạo vốn đầu tư. Sở Tài nguyên và Môi trường (cơ quan chủ trì), \
Sở Tài chính, Sở Xây dựng (cơ quan phối hợp); thời gian: hàng năm.

III. TỔ CHỨC THỰC HIỆN
Sở Kế hoạch và Đầu tư theo dõi, tổng hợp tình hình thực hiện.
"""


def test_partners_in_the_leads_label_after_long_bullets_a_kind_before_its_list_and_roles_of_bodies():
    """"Cơ quan thực hiện: X chủ trì, phối hợp với …" under bullets however long; "các đơn vị: A, B" (the kind,
    then who they are); "(cơ quan chủ trì)"; a shared list whose last item is a body of its own ("các Sở: …, Xây
    dựng và Ban Quản lý các khu công nghiệp")."""
    rec = parse_bytes((PARTNERS_PLAN + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Quang")).encode(),
                      "ctr05.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("II.1", ("Sở Kế hoạch và Đầu tư",),
         ("Sở Giao thông vận tải", "Sở Xây dựng", "Ban Quản lý các khu công nghiệp")),
        ("II.2", ("Sở Tài chính",), ("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh")),
        ("II.3", ("Sở Tài nguyên và Môi trường",), ("Sở Tài chính", "Sở Xây dựng"))]


def test_a_lead_assigned_on_a_line_of_its_own_after_the_items_bullets():
    """"Giao Sở X chủ trì, Y phối hợp thực hiện." after bullets long enough to push it far from the item's start."""
    bullets = "".join(f"- Hỗ trợ chi phí học nghề ngắn hạn cho lao động nông thôn thuộc nhóm đối tượng thứ {k} theo "
                      "mức quy định hiện hành của Thủ tướng Chính phủ;\n" for k in range(1, 6))
    plan = PARTNERS_PLAN.replace("3/ Khai thác hiệu quả", "3/ Thực hiện chính sách hỗ trợ người học nghề\n" + bullets
                                 + "Giao Sở Lao động - Thương binh và Xã hội chủ trì, Ngân hàng Chính sách xã hội tỉnh "
                                 "phối hợp thực hiện.\n4/ Khai thác hiệu quả")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Quang")).encode(), "ctr05.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks][2] == (
        "II.3", ("Sở Lao động - Thương binh và Xã hội",), ("Ngân hàng Chính sách xã hội tỉnh",))


def test_a_start_alone_is_no_deadline():
    """"Thời gian: từ năm 2014" says when the work begins; a range keeps its end."""
    plan = PARTNERS_PLAN.replace("Thời gian: năm 2013 - 2014.", "Thời gian: từ năm 2014.").replace(
        "thời gian: hàng năm.\n3/", "thời gian: từ năm 2013 đến năm 2015.\n3/")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Quang")).encode(), "ctr05.txt")
    assert [(t.id, t.deadline) for t in rec.tasks] == [
        ("II.1", None), ("II.2", "từ năm 2013 đến năm 2015"), ("II.3", "hàng năm")]


def test_fields_after_a_bullets_plus_items_are_the_items_above():
    """"6. Tuyên truyền ⏎ - … ⏎ - …: ⏎ + … ⏎ + … ⏎ Đơn vị chủ trì: …": the fields under the last "+" item are the
    numbered item's, whose bullets carry none of their own — one task, not two."""
    plan = PARTNERS_PLAN.replace(
        "3/ Khai thác hiệu quả nguồn lực", "3/ Công tác tuyên truyền, quảng bá\n"
        "- Xây dựng video giới thiệu, ấn phẩm, pano, áp phích quảng bá hình ảnh của tỉnh.\n"
        "- Đưa tin, phóng sự về công tác chuẩn bị; giới thiệu các điểm đến của tỉnh:\n"
        "+ Tour tham quan Động Phong Nha, Động Thiên Đường;\n+ Ẩm thực đặc sản biển Bảo Ninh, Nhật Lệ.\n"
        "Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch; đơn vị phối hợp: Báo Quảng Bình. Thời gian: năm 2014.\n"
        "4/ Khai thác hiệu quả nguồn lực")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Quang")).encode(), "ctr05.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks][2] == (
        "II.3", ("Sở Văn hóa, Thể thao và Du lịch",), ("Báo Quảng Bình",), "năm 2014")


def test_leads_before_chu_tri_by_their_remit_and_a_lead_then_a_guide():
    """"(Sở Y tế, Sở Nội vụ theo chức năng, nhiệm vụ chủ trì; …)": how they lead, no body between; "(UBND các xã
    thực hiện, Sở Khoa học và Công nghệ hướng dẫn, kiểm tra; …)": who does it leads, the guide is another's role."""
    plan = PARTNERS_PLAN.replace(
        "3/ Khai thác hiệu quả nguồn lực",
        "3/ Xây dựng các cơ sở dữ liệu chuyên ngành về y tế, lao động - việc làm (Sở Y tế, "
        "Sở Nội vụ theo chức năng, nhiệm vụ chủ trì; thời gian: năm 2026).\n"
        "4/ Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực (Ủy ban nhân dân các xã, phường "
        "thực hiện, "
        "Sở Khoa học và Công nghệ hướng dẫn, kiểm tra; hoàn thành trước ngày 30/9/2026).\n"
        "5/ Phát triển công nghiệp chế biến nông, thủy sản xuất khẩu; đổi mới thiết bị, công nghệ.\n"
        "Sở Công Thương chịu trách nhiệm chính, phối hợp với Sở Khoa học và Công nghệ thực hiện.\n"
        "6/ Khai thác hiệu quả nguồn lực")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Quang")).encode(), "ctr05.txt")
    assert [(t.id, t.lead) for t in rec.tasks][2:5] == [
        ("II.3", ("Sở Y tế", "Sở Nội vụ")), ("II.4", ("Ủy ban nhân dân các xã, phường",)),
        ("II.5", ("Sở Công Thương",))]  # "chịu trách nhiệm chính": who leads


COMMITTEE_DECISION = _header("ỦY BAN NHÂN DÂN\nTỈNH KON TUM", "120/QĐ-UBND", "Kon Tum, ngày 10 tháng 5 năm 2024") + """\
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2025

ỦY BAN NHÂN DÂN TỈNH KON TUM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2025 tỉnh Kon Tum, gồm:
1. Ông Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân tỉnh - Trưởng ban.
2. Chủ tịch Ủy ban nhân dân các huyện, thành phố - Thành viên.
Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm và tự giải thể sau khi hoàn thành nhiệm vụ.
Điều 2. Ban Chỉ đạo có nhiệm vụ giúp Ủy ban nhân dân tỉnh chỉ đạo, tổ chức thực hiện Tổng điều tra trên địa bàn.
Điều 3. Nhiệm vụ, quyền hạn của Tổ giúp việc
1. Tổng hợp tình hình, báo cáo Ban Chỉ đạo hằng tháng.
Điều 4. Hội đồng thẩm định có trách nhiệm thẩm định phương án trước ngày 30 tháng 6 năm 2024.
Điều 5. Hội đồng quản lý Quỹ Phát triển đất tỉnh là cơ quan giám sát hoạt động của Quỹ.
Điều 6. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này.
"""


def test_a_committee_the_decision_sets_up_called_by_its_head_alone():
    """"Điều 2. Ban Chỉ đạo có nhiệm vụ …", "Nhiệm vụ, quyền hạn của Tổ giúp việc", "Hội đồng thẩm định có trách
    nhiệm …": the committees the decision sets up, by their short names, are units; a member's line ("… - Thành
    viên"), how a committee works ("làm việc theo chế độ kiêm nhiệm") and a body a sentence defines are none."""
    rec = parse_bytes((COMMITTEE_DECISION + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Ngọc Tuấn")).encode(),
                      "qd120.txt")
    assert _units(rec) == [("Điều 2", "Ban Chỉ đạo"), ("Điều 3", "Tổ giúp việc"), ("Điều 4", "Hội đồng thẩm định")]


def test_a_short_name_under_the_heading_that_named_the_body_whole_is_that_body():
    """"1. Ban Quản lý Khu kinh tế tỉnh (sau đây gọi tắt là Ban Quản lý): ⏎ Ban Quản lý là cơ quan đầu mối …": one
    unit, the heading's."""
    plan = COMMITTEE_DECISION.replace(
        "Điều 2. Ban Chỉ đạo có nhiệm vụ", "Điều 2. Trách nhiệm thực hiện\n"
        "1. Ban Quản lý Khu kinh tế tỉnh (sau đây gọi tắt là Ban Quản lý):\n"
        "Ban Quản lý là cơ quan đầu mối, chủ trì tổ chức thực hiện; báo cáo kết quả trước ngày 15 tháng 12.\n"
        "2. Ban Chỉ đạo có nhiệm vụ")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Ngọc Tuấn")).encode(), "qd120.txt")
    assert _units(rec)[:2] == [("Điều 2.1", "Ban Quản lý Khu kinh tế tỉnh"), ("Điều 2.2", "Ban Chỉ đạo")]


LETTER_WITH_TASK_TABLE = _header("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "3560/BTNMT-QHPTTNĐ",
                                 "Hà Nội, ngày 10 tháng 7 năm 2024") + """\
V/v triển khai các nội dung Luật Đất đai giao địa phương quy định chi tiết

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Để bảo đảm các văn bản quy định chi tiết có hiệu lực cùng Luật Đất đai, Bộ Tài nguyên và Môi trường đề nghị:
1. Ủy ban nhân dân các tỉnh, thành phố chỉ đạo xây dựng, trình ban hành các văn bản theo Phụ lục kèm theo.
2. Cục Quy hoạch và Phát triển tài nguyên đất là đơn vị đầu mối, chủ trì theo dõi, tổng hợp.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phạm Văn Thịnh
PHỤ LỤC
DANH MỤC NỘI DUNG GIAO ĐỊA PHƯƠNG QUY ĐỊNH CHI TIẾT VÀ PHÂN CÔNG CƠ QUAN CHỦ TRÌ
(Kèm theo Công văn số 3560/BTNMT-QHPTTNĐ ngày 10 tháng 7 năm 2024 của Bộ Tài nguyên và Môi trường)
| TT | Nội dung giao quy định chi tiết | Cơ quan chủ trì tham mưu | Cơ quan phối hợp | Thời hạn trình |
|---|---|---|---|---|
| 1 | Quy định hạn mức giao đất ở, hạn mức công nhận đất ở | Sở Tài nguyên và Môi trường | Sở Xây dựng | Tháng 7/2024 |
| 2 | Quy định đơn giá bồi thường thiệt hại về cây trồng, vật nuôi | Sở Nông nghiệp và Phát triển nông thôn | \
Sở Tài chính | Quý III/2024 |
"""


def test_a_letter_sends_a_table_of_tasks_with_who_leads_each():
    """A letter's own items are its instructions (their agencies are units, no tasks), but the table it sends
    with a lead column lists tasks, row by row."""
    rec = parse_bytes(LETTER_WITH_TASK_TABLE.encode(), "cv3560.md")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Tài nguyên và Môi trường",), ("Sở Xây dựng",), "Tháng 7/2024"),
        ("PL.2", ("Sở Nông nghiệp và Phát triển nông thôn",), ("Sở Tài chính",), "Quý III/2024")]


def test_bases_written_in_italics_the_cue_split_over_lines():
    """"*Căn cứ Luật …;*", "*Căn ⏎ cứ Nghị định …;*": a transcription's italics around each basis paragraph."""
    decision = COMMITTEE_DECISION.replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
        "*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*\n"
        "*Căn\ncứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*\n")
    rec = parse_bytes((decision + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Ngọc Tuấn")).encode(), "qd120.txt")
    assert [(r.relation, r.number or r.name) for r in rec.references][:2] == [
        ("legal_basis", "Tổ chức chính quyền địa phương"), ("legal_basis", "30/2020/NĐ-CP")]


COUNCIL_ON_TASKS = _header("HỘI ĐỒNG NHÂN DÂN\nHUYỆN TUY PHƯỚC", "18/NQ-HĐND",
                           "Tuy Phước, ngày 14 tháng 7 năm 2023") + """\
NGHỊ QUYẾT
VỀ
NHIỆM VỤ, GIẢI PHÁP PHÒNG, CHỐNG THIÊN TAI TRÊN ĐỊA BÀN HUYỆN THUỘC PHẠM VI QUẢN LÝ CỦA UBND HUYỆN
HỘI ĐỒNG NHÂN DÂN HUYỆN TUY PHƯỚC
KHÓA XIII, KỲ HỌP THỨ 9
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Mục tiêu, nhiệm vụ và giải pháp chủ yếu năm 2024
1. Mục tiêu
Chủ động phòng, chống thiên tai, giảm thiểu thiệt hại về người và tài sản.
2. Nhiệm vụ, giải pháp
a) Rà soát, cập nhật kế hoạch phòng, chống thiên tai cấp huyện, cấp xã trước ngày 31 tháng 3 hằng năm.
b) Nâng cấp, sửa chữa các công trình đê điều, hồ chứa xung yếu trong năm 2024.
Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.
"""


def test_a_councils_resolution_on_tasks_holds_them_in_an_articles_items():
    """"NGHỊ QUYẾT ⏎ VỀ ⏎ NHIỆM VỤ, GIẢI PHÁP …": the title's "VỀ" alone on its line; a resolution on tasks holds
    them in the items of its article on the plan's parts ("Điều 1. Mục tiêu, nhiệm vụ và giải pháp … 2. Nhiệm vụ,
    giải pháp"); the title in sentence case keeps initials ("UBND") and reads "PHẠM VI" as words."""
    rec = parse_bytes((COUNCIL_ON_TASKS + signed("CHỦ TỊCH", name="Trần Văn Tuấn")).encode(), "nq18.txt")
    assert rec.document.title == ("Về nhiệm vụ, giải pháp phòng, chống thiên tai trên địa bàn huyện thuộc phạm vi "
                                  "quản lý của UBND huyện")
    assert [(t.id, t.deadline) for t in rec.tasks] == [
        ("Điều 1.2.a", "trước ngày 31 tháng 3 hằng năm"), ("Điều 1.2.b", "trong năm 2024")]


def test_a_footnotes_mark_glued_to_a_name_is_no_part_of_it():
    """"5. Ngân hàng Nhà nước Khu vực[7] phối hợp …" (a site's footnote mark): the name ends before it."""
    text = COMMITTEE_DECISION.replace("Điều 4. Hội đồng thẩm định", "Điều 4. Ngân hàng Nhà nước Khu vực[7]")
    rec = parse_bytes(("**Số hiệu:** 120/QĐ-UBND\n\n" + text).encode(), "qd.md")
    assert ("Điều 4", "Ngân hàng Nhà nước Khu vực") in _units(rec)


def _site_page(table: str) -> str:
    """LETTER_WITH_TASK_TABLE as the site's whole page (its attribute line first), ``table`` as its table."""
    return "**Số hiệu:** 3418/UBND-NN\n\n" + LETTER_WITH_TASK_TABLE.split("| TT |")[0] + table


def test_a_crawled_tables_empty_cell_that_held_only_bold_marks_keeps_the_table_whole():
    """"|⏎**I**⏎|⏎**CÔNG TÁC CHỈ ĐẠO**⏎|⏎** **⏎|⏎|⏎1⏎|…": a group row's empty cell written as bold marks around a
    space is an empty cell, not the table's end; the rows after it keep the header's columns."""
    page = _site_page("|\n**STT**\n|\n**Nội dung nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n"
                      "**Thời gian hoàn thành**\n|\n|\n**I**\n|\n**CÔNG TÁC CHỈ ĐẠO, CHUẨN BỊ**\n|\n** **\n|\n|\n"
                      "|\n|\n1\n|\nKiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã\n|\n"
                      "UBND các xã, thị trấn\n|\nHạt Kiểm lâm Đức Trọng\n|\nTrước 30/11/2023\n|\n")
    rec = parse_bytes(page.encode(), "cv3418.tvplpage.md")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("UBND các xã, thị trấn",), ("Hạt Kiểm lâm Đức Trọng",), "Trước 30/11/2023")]


def test_a_news_item_on_a_plan_it_numbers_and_whose_count_differs_from_its_list():
    """"UBND tỉnh vừa ban hành Kế hoạch số 112/KH-UBND ngày 15/3/2023 về …": the plan's number and date; "Kế hoạch
    đề ra 2 nội dung chính, gồm: A; B; C" lists three, each a task, and the count that differs is a diagnostic."""
    item = ("(Cổng TTĐT tỉnh) - UBND tỉnh vừa ban hành Kế hoạch số 112/KH-UBND ngày 15/3/2023 về chuyển đổi số "
            "tỉnh Bắc Ninh năm 2023.\n\nKế hoạch đề ra 2 nội dung chính, gồm: Hoàn thiện thể chế, chính sách; "
            "Phát triển hạ tầng số; Đào tạo nguồn nhân lực số cho cán bộ, công chức.\n")
    rec = parse_bytes(item.encode(), "tin.txt")
    d = rec.document
    assert (d.number, d.issued, d.issuer) == ("112/KH-UBND", "2023-03-15", "Ủy ban nhân dân tỉnh Bắc Ninh")
    assert [t.text for t in rec.tasks] == ["Hoàn thiện thể chế, chính sách", "Phát triển hạ tầng số",
                                           "Đào tạo nguồn nhân lực số cho cán bộ, công chức"]
    assert "W201" in [x.code for x in rec.diagnostics]


def test_a_preamble_written_in_capitals_gives_its_bases_and_proposal():
    """"CĂN CỨ LUẬT KHOÁNG SẢN SỐ 60/2010/QH12 …;": an old decision's preamble typed in capitals, law names
    in capitals read whole and initials kept."""
    decision = COMMITTEE_DECISION.replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
        "CĂN CỨ LUẬT TỔ CHỨC HĐND VÀ UBND NGÀY 26 THÁNG 11 NĂM 2003;\n"
        "CĂN CỨ LUẬT KHOÁNG SẢN SỐ 60/2010/QH12 NGÀY 17 THÁNG 11 NĂM 2010;\n"
        "XÉT ĐỀ NGHỊ CỦA GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TẠI TỜ TRÌNH SỐ 45/TTR-STNMT NGÀY 01/3/2012,\n")
    rec = parse_bytes((decision + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Ngọc Tuấn")).encode(), "qd125.txt")
    assert [(r.relation, r.name, r.number) for r in rec.references][:3] == [
        ("legal_basis", "Tổ chức HĐND và UBND", None), ("legal_basis", "Khoáng sản", "60/2010/QH12"),
        ("proposal", None, "45/TTR-STNMT")]


@pytest.mark.parametrize("written, type_", [
    ("Căn cứ Thông số\n17/2025/TT-BNNMT ngày 19 tháng 6 năm 2025 của Bộ Nông nghiệp và Môi trường;", "Thông tư"),
    ("Căn cứ số 05/2023/NQ-HĐND ngày 12/7/2023 của HĐND tỉnh;", "Nghị quyết"),
    ("Căn cứ Quyết phê duyệt số 986/QĐ-TTg ngày 08/8/2018 của Thủ tướng Chính phủ;", "Quyết định"),
])
def test_a_number_whose_type_word_was_mistyped_or_left_out_is_read_by_its_code(written, type_):
    """A clerk's "Thông số 17/2025/TT-BNNMT": the number's code names the type the word should have."""
    found = [(m.type, m.number) for m in find_mentions(written)]
    assert found and found[0][0] == type_ and found[0][1] == re.search(r"\d[\w/.-]*-[\wĐ]+", written).group(0)


def test_a_number_read_with_its_type_word_or_a_law_is_read_once():
    text = ("Căn cứ Luật Khoáng sản số 60/2010/QH12; Công văn số 12/STC-NS của Sở Tài chính; "
            "Nghị định số 1/2020/NĐ-CP và số 2/2021/NĐ-CP; Hợp đồng số 15/HĐ-XD.")
    assert [(m.type, m.number) for m in find_mentions(text)] == [
        ("Luật", "60/2010/QH12"), ("Công văn", "12/STC-NS"),
        ("Nghị định", "1/2020/NĐ-CP"), ("Nghị định", "2/2021/NĐ-CP")]


@pytest.mark.parametrize("written, name", [
    ("quy định chi tiết thi hành một số điều của luật an toàn thực phẩm;", "An toàn thực phẩm"),
    ("sửa đổi một số điều của luật có liên quan đến đầu tư;", None),
    ("các điều của luật chuyên ngành quy định;", None),
])
def test_a_law_in_small_letters_after_the_articles_a_decree_details(written, name):
    found = [m.name for m in find_mentions(written) if m.type == "Luật"]
    assert found == ([name] if name else [])


LETTER_ON_REPORTS = """\
SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 3905/SGDĐT-CTCTHSSV
V/v khắc phục hậu quả bão số 3
Hà Nội, ngày 09 tháng 9 năm 2024

Kính gửi:
- Phòng Giáo dục và Đào tạo các quận, huyện, thị xã;
- Các đơn vị trực thuộc Sở.

Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở Giáo dục và Đào tạo Hà Nội yêu cầu các đơn vị thực hiện:
**1. Về bảo đảm an toàn**
Phòng Giáo dục và Đào tạo các quận, huyện, thị xã chỉ đạo các trường rà soát cơ sở vật chất.
**2. Về chế độ thông tin, báo cáo**
Ủy ban nhân dân các quận, huyện; các sở,
ngành chủ chương trình báo cáo thiệt hại về Sở trước ngày 12/9/2024.
**3. Tổ chức thực hiện**
Sở Giáo dục và Đào tạo yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.

""" + signed("GIÁM ĐỐC", name="Trần Thế Cương")


def test_a_letters_item_on_reporting_names_the_bodies_asked_to_report():
    """A letter's "2. Về chế độ thông tin, báo cáo" asks its bodies for reports as its other items ask
    (a collective named by its part in the work: "các sở, ngành chủ chương trình"); its issuer, named
    without its place ("Sở Giáo dục và Đào tạo yêu cầu …"), speaks and is no unit."""
    rec = parse_bytes(LETTER_ON_REPORTS.encode(), "cv3905.md")
    assert rec.document.issuer == "Sở Giáo dục và Đào tạo Hà Nội"
    assert [(u.section, u.name) for u in rec.units] == [
        ("1", "Phòng Giáo dục và Đào tạo các quận, huyện, thị xã"),
        ("2", "Ủy ban nhân dân các quận, huyện"), ("2", "các sở, ngành chủ chương trình")]


KH_ORGANISATION = _header("ỦY BAN NHÂN DÂN\nTỈNH LONG AN", "245/KH-UBND", "Long An, ngày 12 tháng 5 năm 2024") + """\
KẾ HOẠCH
Triển khai ứng dụng dữ liệu về dân cư năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai đồng bộ, hiệu quả.
II. NHIỆM VỤ
1. Hoàn thiện hạ tầng kỹ thuật phục vụ kết nối dữ liệu dân cư trong năm 2024.
2. Tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử.
III. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh chủ trì, hướng dẫn các sở, ngành triển khai Kế hoạch.
2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""


def test_reporting_among_a_plans_duties_names_units_and_a_plans_own_reporting_rule_none():
    plan = KH_ORGANISATION + """\
3. Chế độ thông tin, báo cáo
a) Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.
b) Giao Công an tỉnh chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý.
IV. CHẾ ĐỘ BÁO CÁO
Các sở, ban, ngành tỉnh báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10 tháng 12 hằng năm.
"""
    rec = parse_bytes((plan + signed("CHỦ TỊCH", name="Lê A")).encode(), "kh.txt")
    units = [(u.section, u.name) for u in rec.units]
    assert ("III.3.a", "Văn phòng Ủy ban nhân dân tỉnh") in units and ("III.3.b", "Công an tỉnh") in units
    assert not [u for u in units if u[0] == "IV"]


def test_gazette_rows_lead_cell_ends_where_the_partners_list_begins():
    """"… đến năm 2030 ⏎ Vụ Dầu khí và ⏎ Than ⏎ Bộ Tài chính; ⏎ Tập đoàn Xăng ⏎ dầu Việt Nam; …": the task's text
    does not run on into who does it, and a lead's cell does not end on a list's separator."""
    from tests.test_shapes import _gazette_table

    rec = _gazette_table("III. Phát triển bền vững ngành dầu khí, than\n9.\n \n"
                         "Xây dựng Đề án nâng cao năng lực dự trữ xăng\ndầu quốc gia đến năm 2030\n"
                         "Vụ Dầu khí và\nThan\nBộ Tài chính;\nTập đoàn Xăng\ndầu Việt Nam;\n"
                         "Tổng công ty Dầu\nViệt Nam\n"
                         "Quý I/2027\n", "du_tru.congbao.txt")
    assert [(t.text, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("Xây dựng Đề án nâng cao năng lực dự trữ xăng dầu quốc gia đến năm 2030", ("Vụ Dầu khí và Than",),
         ("Bộ Tài chính", "Tập đoàn Xăng dầu Việt Nam", "Tổng công ty Dầu Việt Nam"), "Quý I/2027")]


def test_a_numbered_heading_wrapped_right_after_its_head_names_the_whole_body():
    """"1. Sở ⏎ Văn hóa, Thể thao và Du lịch": the name goes on over the line ("Văn hóa, Thể thao" is no pair of
    activities opening the item's text); "3. Thanh tra Bộ ⏎ Thanh tra, kiểm tra …" is a whole name, then work."""
    plan = KH_ORGANISATION.replace(
        "1. Công an tỉnh chủ trì, hướng dẫn các sở, ngành triển khai Kế hoạch.\n",
        "1. Sở\nVăn hóa, Thể thao và Du lịch\na) Chủ trì xây dựng bộ tiêu chí du lịch cộng đồng.\n"
        "b) Hướng dẫn các huyện tổ chức lễ hội.\n")
    rec = parse_bytes((plan + signed("CHỦ TỊCH", name="Lê A")).encode(), "kh.txt")
    assert [(u.section, u.name) for u in rec.units][:1] == [("III.1", "Sở Văn hóa, Thể thao và Du lịch")]


def test_leads_marked_with_what_they_lead_and_a_note_wrapped_over_its_line():
    """"(chủ trì soạn thảo)" marks a lead as "(chủ trì)" does, each body so marked leads; a note in brackets
    wrapped at its line's end ("(Vụ Thư ⏎ viện)") is skipped in a list like one on one line."""
    plan = KH_ORGANISATION.replace(
        "1. Hoàn thiện hạ tầng kỹ thuật phục vụ kết nối dữ liệu dân cư trong năm 2024.\n",
        "1. Xây dựng, ban hành văn bản quy phạm pháp luật về dữ liệu dân cư.\n"
        "Đơn vị thực hiện: Các sở, ban, ngành (chủ trì\nsoạn thảo); Sở Tư pháp (thẩm định).\n").replace(
        "2. Tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử.\n",
        "2. Đầu tư mạng lưới kết nối dữ liệu dân cư.\nĐơn vị thực hiện:\n"
        "- Công an tỉnh (chủ trì phần kỹ thuật,\nvận hành hệ thống);\n"
        "- UBND các huyện, thị xã (chủ trì phần đầu tư tại địa phương);\n- Sở Tài chính.\n").replace(
        "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.\n",
        "2. Đề nghị Sở Văn hóa, Thể thao và Du lịch (Phòng Quản lý\nvăn hóa), Tỉnh đoàn phối hợp tuyên truyền.\n")
    rec = parse_bytes((plan + signed("CHỦ TỊCH", name="Lê A")).encode(), "kh.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("II.1", ("Các sở, ban, ngành",), ("Sở Tư pháp",)),
        ("II.2", ("Công an tỉnh", "UBND các huyện, thị xã"), ("Sở Tài chính",))]
    assert [u.name for u in rec.units if u.section == "III.2"] == ["Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn"]


def test_a_heading_whose_title_stands_alone_on_its_line_names_the_body_on_the_next():
    """"1. Hạt trưởng ⏎ Hạt Kiểm lâm Thạch Thành:": a letter's item opens with the office-holder's title alone on
    its line, then the body's name."""
    letter = LETTER_ON_REPORTS.replace(
        "**1. Về bảo đảm an toàn**\nPhòng Giáo dục và Đào tạo các quận, huyện, thị xã chỉ đạo các trường rà soát "
        "cơ sở vật chất.\n",
        "1. Hạt trưởng\nHạt Kiểm lâm Thạch Thành:\n- Phân công công chức kiểm lâm bám sát địa bàn.\n")
    rec = parse_bytes(letter.encode(), "cv.md")
    assert [(u.section, u.name) for u in rec.units][:1] == [("1", "Hạt Kiểm lâm Thạch Thành")]


def test_a_letters_reporting_item_whose_paragraph_runs_on_under_its_heading_line():
    """"2. Chế độ báo cáo ⏎ Ủy ban nhân dân các quận, huyện tổng hợp …": no blank line or bold parts the item's
    heading from the paragraph that asks for the reports."""
    letter = LETTER_ON_REPORTS.replace(
        "**2. Về chế độ thông tin, báo cáo**\nỦy ban nhân dân các quận, huyện; các sở,\n"
        "ngành chủ chương trình báo cáo thiệt hại về Sở trước ngày 12/9/2024.\n",
        "2. Chế độ báo cáo\nỦy ban nhân dân các quận, huyện tổng hợp thiệt hại, báo cáo về Sở trước ngày 12/9/2024.\n")
    rec = parse_bytes(letter.encode(), "cv.md")
    assert [(u.section, u.name) for u in rec.units if u.section == "2"] == [("2", "Ủy ban nhân dân các quận, huyện")]


def _bars(*rows: tuple[str, ...]) -> str:
    """A site's table with each cell on lines of its own between "|" lines, "|" "|" between rows."""
    return "".join("|\n" + "".join(f"{c}\n|\n" if c else "|\n" for c in r) for r in rows)


def test_a_crawled_table_ends_where_another_tables_caption_and_header_begin():
    """"… Trước ngày 15/01/2026 | | ⏎ Biểu tổng hợp … ⏎ | STT | Chủ đầu tư | Kế hoạch vốn …": a second table, of
    figures, is no part of the task table above it (the task table's own header again goes on with it)."""
    header = ("**STT**", "**Nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian hoàn thành**",
              "**Ghi chú**")
    tasks = _bars(header, ("1", "Rà soát, điều chuyển kế hoạch vốn của các dự án chậm giải ngân", "Sở Tài chính",
                           "Kho bạc Nhà nước khu vực XV", "Trước ngày 15/11/2025", ""),
                  header, ("2", "Tổng hợp kết quả giải ngân năm 2025", "Sở Tài chính", "Sở Nội vụ",
                           "Trước ngày 15/01/2026", ""))
    figures = _bars(("**STT**", "**Chủ đầu tư**", "**Kế hoạch vốn năm 2025**", "**Tỷ lệ (%)**"),
                    ("1", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "120.500", "45,2"),
                    ("2", "Các chủ đầu tư khác", "80.000", "51,0"))
    plan = (_HEADER_TABLE + "\n**KẾ HOẠCH**\n**Đẩy nhanh giải ngân vốn đầu tư công năm 2025**\n\n"
            "**PHỤ LỤC**\n**DANH MỤC NHIỆM VỤ**\n" + tasks + "**Biểu tổng hợp tiến độ giải ngân**\n"
            "*Đơn vị tính: Triệu đồng*\n" + figures)
    rec = parse_bytes(plan.encode(), "kh.md")
    assert [(t.text, t.lead, t.deadline) for t in rec.tasks] == [
        ("Rà soát, điều chuyển kế hoạch vốn của các dự án chậm giải ngân", ("Sở Tài chính",), "Trước ngày 15/11/2025"),
        ("Tổng hợp kết quả giải ngân năm 2025", ("Sở Tài chính",), "Trước ngày 15/01/2026")]


_PUBLISHING = _header("BỘ Y TẾ", "612/QĐ-BYT", "Hà Nội, ngày 05 tháng 3 năm 2024") + """
QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh

BỘ TRƯỞNG BỘ Y TẾ

Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này các thủ tục hành chính mới ban hành.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. ARTICLE
Điều 4. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
"""


def test_an_articles_later_paragraphs_that_ask_or_give_work_name_their_bodies():
    """"Điều 3. Cục trưởng Cục Thú y chủ trì … . ⏎ Giao Văn phòng Bộ cập nhật … ⏎ Đề nghị Bộ Quốc phòng, Bộ Công an
    chỉ đạo …": after the article's first sentence has ended, the document gives work and asks, paragraph by
    paragraph (a "Chỉ đạo …" paragraph is still the first body's duty)."""
    article = ("Cục trưởng Cục Quản lý Khám, chữa bệnh chủ trì hướng dẫn thực hiện các thủ tục hành chính.\n"
               "Giao Văn phòng Bộ (Phòng Kiểm soát thủ tục hành chính) cập nhật thủ tục hành chính vào Cơ sở dữ "
               "liệu quốc gia.\n"
               "Chỉ đạo Trung tâm Thông tin y tế quốc gia tích hợp dịch vụ công trực tuyến.\n"
               "Đề nghị Bộ Quốc phòng, Bộ Công an chỉ đạo Cục Quân y, Cục Y tế hướng dẫn các cơ sở thực hiện.")
    rec = parse_bytes((_PUBLISHING.replace("ARTICLE", article) + signed("BỘ TRƯỞNG", name="Đào Hồng Lan")).encode(),
                      "qd.txt")
    assert _units(rec) == [("Điều 3", "Cục Quản lý Khám, chữa bệnh"), ("Điều 3", "Văn phòng Bộ"),
                           ("Điều 3", "Bộ Quốc phòng"), ("Điều 3", "Bộ Công an")]


def test_a_cells_committees_of_places_named_without_a_colon_are_one_per_place():
    """"UBND các xã Phước An, Long Thọ" in a partner cell: a committee per commune, as "UBND các xã: …" gives."""
    table = ("| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Hoàn thành kiểm đếm, xác nhận nguồn gốc đất của 126 hộ | UBND huyện Nhơn Trạch "
             "| Ban Quản lý dự án; UBND các xã Phước An, Long Thọ | Trước 15/11/2023 |\n")
    rec = _with_appendix(table, "kh.md")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("UBND huyện Nhơn Trạch",),
         ("Ban Quản lý dự án", "Ủy ban nhân dân xã Phước An", "Ủy ban nhân dân xã Long Thọ"))]


def test_an_amending_law_whose_laws_each_carry_their_number_has_none_of_its_own():
    """"Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Các
    tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the first number is the Luật Đất đai's, as the
    others are theirs; the amending law is named by the list and dated by the date after it. One number after the
    list, with no numbered law after it, stays the amending law's."""
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số\n31/2024/QH15, Luật Nhà ở số 27/2023/QH15 "
            "và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm\n2024;\n"
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 28/2018/QH14 ngày 15 tháng 6 năm 2018;")
    got = [(m.number, m.name, m.year) for m in find_mentions(text)]
    assert got == [
        (None, "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Các "
               "tổ chức tín dụng số 32/2024/QH15", 2024),
        ("31/2024/QH15", "Đất đai", None), ("27/2023/QH15", "Nhà ở", None),
        ("32/2024/QH15", "Các tổ chức tín dụng", None),
        ("28/2018/QH14", "sửa đổi, bổ sung một số điều của Luật Quy hoạch", 2018), (None, "Quy hoạch", None)]


def test_a_highland_districts_name_keeps_its_apostrophe_and_an_office_heads_title_names_its_office():
    """"HUYỆN CƯ M'GAR": the issuer, the place and the units keep the whole name; "Trưởng phòng Văn hóa và Thông
    tin huyện …" heads the Phòng Văn hóa và Thông tin, its head written in small letters inside the title."""
    decision = (_header("ỦY BAN NHÂN DÂN\nHUYỆN CƯ M'GAR", "1873/QĐ-UBND", "Cư M'gar, ngày 14 tháng 6 năm 2022")
                + "\nQUYẾT ĐỊNH\nVề việc ủy quyền thực hiện thủ tục hành chính\n\n"
                "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR\n\n"
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n"
                "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n"
                "Điều 2. Trưởng phòng Văn hóa và Thông tin huyện Cư M'gar chịu trách nhiệm tổ chức thực hiện.\n"
                "Điều 3. Trưởng ban Quản lý dự án đầu tư xây dựng huyện có trách nhiệm phối hợp.\n")
    rec = parse_bytes((decision + signed("CHỦ TỊCH", name="Nguyễn Văn A")).encode(), "qd.txt")
    assert (rec.document.issuer, rec.document.place) == ("Ủy ban nhân dân huyện Cư M'gar", "Cư M'gar")
    assert _units(rec) == [("Điều 2", "Phòng Văn hóa và Thông tin huyện Cư M'gar"),
                           ("Điều 3", "Ban Quản lý dự án đầu tư xây dựng huyện")]


def test_an_items_heading_wrapped_inside_a_bodys_head_is_one_name():
    """"3. Đề nghị Công an huyện, Đội ⏎ Quản lý thị trường số 8 phối hợp …": the line breaks inside "Đội Quản lý thị
    trường", which no short heading ends with."""
    article = ("Tổ chức thực hiện\n1. Phòng Y tế chủ trì, theo dõi việc thực hiện Quyết định này.\n"
               "2. Đề nghị Công an huyện, Đội\nQuản lý thị trường số 8 phối hợp với các cơ quan chuyên môn kiểm tra,"
               " xử lý vi phạm.")
    rec = parse_bytes((_PUBLISHING.replace("ARTICLE", article) + signed("BỘ TRƯỞNG", name="Đào Hồng Lan")).encode(),
                      "qd.txt")
    assert _units(rec) == [("Điều 3.1", "Phòng Y tế"), ("Điều 3.2", "Công an huyện"),
                           ("Điều 3.2", "Đội Quản lý thị trường số 8")]


def test_an_items_labelled_lines_say_who_leads_and_who_partners_in_more_words():
    """"+ Chủ trì thực hiện: Sở Nội vụ ⏎ + Đơn vị phối hợp: Các sở, ban, ngành; UBND các huyện …": labelled lines,
    the lead's label with "thực hiện" after it, are the item's fields, not tasks of their own."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "12/KH-UBND", "Quảng Nam, ngày 5 tháng 5 năm 2024")
            + "\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Bảo đảm triển khai đồng bộ.\n\nII. NHIỆM VỤ CỤ THỂ\n1. Số hóa hồ sơ, tài liệu lưu trữ.\n"
            "+ Chủ trì thực hiện: Sở Nội vụ\n"
            "+ Đơn vị phối hợp: Các sở, ban, ngành; UBND các huyện, thị xã, thành phố\n+ Thời gian: Năm 2024\n"
            "2. Đào tạo kỹ năng số cho cán bộ, công chức.\n+ Chủ trì thực hiện: Sở Thông tin và Truyền thông\n"
            "+ Phối hợp thực hiện: Sở Tài chính\n+ Thời gian: Quý IV/2024\n")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Văn A")).encode(), "kh.txt")
    assert _tasks(rec) == [
        ("II.1", ("Sở Nội vụ",), ("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"), "Năm 2024"),
        ("II.2", ("Sở Thông tin và Truyền thông",), ("Sở Tài chính",), "Quý IV/2024")]


@pytest.mark.parametrize(("caps", "name"), [
    ("CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI", "Các tổ chức chính trị - xã hội"),
    ("ỦY BAN NHÂN DÂN XÃ TÂN HỘI", "Ủy ban nhân dân xã Tân Hội"),
    ("ỦY BAN NHÂN DÂN XÃ HỘI AN", "Ủy ban nhân dân xã Hội An")])
def test_a_name_in_capitals_tells_society_from_a_commune(caps, name):
    """"… CHÍNH TRỊ - XÃ HỘI" (a group row, a header) is society, no commune named "Hội"."""
    from parsers.metadata import _name_case

    assert _name_case(caps) == name


def test_a_bullets_subjects_marked_with_their_parts_lead_and_support():
    """"- Bộ Chỉ huy Quân sự tỉnh (chủ trì), Sở Nông nghiệp …, Công an tỉnh (phối hợp) xây dựng …": the marks
    after the bullet's own subjects say who leads and who supports."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH", "87/KH-UBND", "Quảng Ninh, ngày 5 tháng 5 năm 2024")
            + "\nKẾ HOẠCH\nỨng phó với biến đổi khí hậu\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. NHIỆM VỤ CỤ THỂ\n1. Phòng, chống thiên tai vùng ven biển\n"
            "- Sở Nông nghiệp và Phát triển nông thôn chủ trì rà soát các tuyến đê biển; hoàn thành trong năm 2026.\n"
            "- Bộ Chỉ huy Quân sự tỉnh (chủ trì), Sở Nông\nnghiệp và Phát triển nông thôn, Công an tỉnh (phối hợp) "
            "xây dựng phương án sơ tán dân cư; hoàn thành trong năm 2025.\n")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Văn A")).encode(), "kh.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Nông nghiệp và Phát triển nông thôn",), ()),
        (("Bộ Chỉ huy Quân sự tỉnh",), ("Sở Nông nghiệp và Phát triển nông thôn", "Công an tỉnh"))]


def test_a_task_done_every_year_says_so_at_its_end():
    """"…; thực hiện hằng năm." and "trong quý IV hằng năm": the period the work recurs in is its deadline."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH", "87/KH-UBND", "Quảng Ninh, ngày 5 tháng 5 năm 2024")
            + "\nKẾ HOẠCH\nỨng phó với biến đổi khí hậu\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. NHIỆM VỤ CỤ THỂ\n1. Phòng, chống thiên tai vùng ven biển\n"
            "- Bộ Chỉ huy Quân sự tỉnh chủ trì diễn tập phương án sơ tán dân cư; thực hiện hằng năm.\n"
            "- Sở Tài chính tham mưu bố trí kinh phí diễn tập trong quý IV hằng năm.\n")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Văn A")).encode(), "kh.txt")
    assert [t.deadline for t in rec.tasks] == ["hằng năm", "trong quý IV hằng năm"]


def _parse_signed(doc: str, name: str, *titles: str, signer: str = "Lê Văn A"):
    """A stand-in document with its recipients and signature (a people's committee's, unless ``titles`` say
    otherwise), parsed."""
    return parse_bytes((doc + signed(*(titles or ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")), name=signer)).encode(), name)


def _letter_head(issuer: str, number: str, dated: str, subject: str, to: str) -> str:
    """A stand-in letter's (Công văn's) header, its "V/v ``subject``" and "Kính gửi: ``to``"."""
    return _header(issuer, number, dated) + f"\nV/v {subject}\n\nKính gửi: {to}\n\n"


def test_a_letter_asks_bodies_inside_its_paragraphs_and_its_issuer_speaking_is_no_unit():
    """A ministry's letter: "Vì vậy, đề nghị Ủy ban nhân dân các tỉnh …" inside an item, and "Bộ Nội vụ đề nghị Kho
    bạc Nhà nước …" opening one, name the bodies asked; the Bộ asking is none. Its closing "đề nghị các
    ngành, các cấp" names no one, and the same bodies named shorter in the item are one unit."""
    letter = (_letter_head("BỘ NỘI VỤ", "9335/BNV-KHTC", "Hà Nội, ngày 14 tháng 10 năm 2025",
                           "hướng dẫn chi phí quản lý năm 2026",
                           "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.")
              + "Thực hiện Luật Ngân sách nhà nước năm 2025, Bộ Nội vụ hướng dẫn như sau:\n"
              "1. Về mức chi phí quản lý: Bộ Nội vụ đã hướng dẫn Sở Nội vụ các tỉnh xác định mức chi phí quản lý. "
              "Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc\ntrung ương căn cứ mức chi phí đã được "
              "xác định để trình Hội đồng nhân dân cấp tỉnh quy định. Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, "
              "thành phố triển khai thực hiện theo đúng quy định.\n"
              "2. Bộ Nội vụ đề nghị Kho bạc Nhà nước hướng dẫn các đơn vị thực hiện chi trả đúng quy định.\n"
              "3. Đề nghị các ngành, các cấp phối hợp thực hiện.\n\n")
    rec = _parse_signed(letter, "cv.txt", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", signer="Nguyễn Văn B")
    assert _units(rec) == [("1", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
                           ("2", "Kho bạc Nhà nước")]
    assert [d.text[:20] for d in rec.units[0].duties] == ["căn cứ mức chi phí đ", "triển khai thực hiện"]


def test_a_party_blocs_committee_is_one_name():
    """"Đảng ủy Khối các cơ quan tỉnh": the bloc's committee, not "Đảng ủy Khối" and "các cơ quan tỉnh"."""
    from parsers import agencies

    text = "Đảng ủy Khối các cơ quan tỉnh, Đảng ủy khối doanh nghiệp tỉnh, Hội Cựu chiến binh tỉnh"
    assert [a.text for a in agencies.listed(text, 0, len(text))] == [
        "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy khối doanh nghiệp tỉnh", "Hội Cựu chiến binh tỉnh"]


@pytest.mark.parametrize(("cell", "names"), [
    # a cell's names one per line, the second's head a theatre's
    ("Cục Hợp tác quốc tế\nNhà hát Ca Múa Nhạc Việt Nam", ["Cục Hợp tác quốc tế", "Nhà hát Ca Múa Nhạc Việt Nam"]),
    # a city written "TP." with its stop
    ("UBND TP. Đà Lạt; UBND TP. Bảo Lộc. Thời gian: Năm 2024", ["UBND TP. Đà Lạt", "UBND TP. Bảo Lộc"]),
    # the board of each neighbourhood or village under a commune
    ("Ban Điều hành các thôn, bản và Công an xã", ["Ban Điều hành các thôn, bản", "Công an xã"])])
def test_names_in_a_list_a_theatre_and_a_city_written_short(cell, names):
    from parsers import agencies

    assert [a.text for a in agencies.listed(cell, 0, len(cell))] == names


def test_a_city_written_short_is_the_city():
    """"UBND TP. Đà Lạt" and "Ủy ban nhân dân thành phố Đà Lạt" are one agency in the graph."""
    from graph.agencies import resolve_agency

    short, whole = resolve_agency("UBND TP. Đà Lạt"), resolve_agency("Ủy ban nhân dân thành phố Đà Lạt")
    assert short is not None and whole is not None and short.key == whole.key


def test_an_item_whose_subject_follows_a_leading_clause():
    """"3. Căn cứ chức năng, nhiệm vụ được giao, Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh …": past the clause,
    the issuer asks; the body it asks is the unit. A purpose clause asking everyone ("Để …, yêu cầu các cấp, các
    ngành …") names none."""
    letter = (_letter_head("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "8123/UBND-KT", "Nghệ An, ngày 15 tháng 10 năm 2025",
                           "triển khai Nghị định số 12/2025/NĐ-CP", "Các sở, ban, ngành cấp tỉnh.")
              + "Để triển khai kịp thời, yêu cầu các cấp, các ngành thực hiện tốt các nội dung sau:\n"
              "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hướng dẫn các đơn vị triển khai thực hiện.\n"
              "2. Trên cơ sở kết quả rà soát, Sở Xây dựng tham mưu Ủy ban nhân dân tỉnh xử lý các vướng mắc.\n"
              "3. Căn cứ chức năng, nhiệm vụ được giao, Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh tăng cường kiểm tra, "
              "xử lý vi phạm.\n\n")
    rec = _parse_signed(letter, "cv.txt")
    assert _units(rec) == [("1", "Sở Tài chính"), ("2", "Sở Xây dựng"), ("3", "Công an tỉnh")]


def test_a_partners_label_listing_bodies_by_their_initials():
    """"Cơ quan phối hợp: BCĐ 389 tỉnh, QLTT tỉnh, Cục Hải quan": initials with their number and place are bodies
    of the list, and the names after them are read still; a value that says who does what is read as written."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "87/KH-UBND", "Lạng Sơn, ngày 5 tháng 5 năm 2024")
            + "\nKẾ HOẠCH\nChống buôn lậu năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. NHIỆM VỤ\n1. Kiểm tra hàng hóa nhập lậu qua biên giới\n"
            "- Cơ quan chủ trì: Công an tỉnh.\n- Cơ quan phối hợp: BCĐ 389 tỉnh, QLTT tỉnh, Cục Hải quan.\n"
            "2. Tuyên truyền pháp luật về chống buôn lậu\n"
            "- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Lạng Sơn, Đài Phát thanh\n"
            "và Truyền hình tỉnh.\n")
    rec = _parse_signed(plan, "kh.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Công an tỉnh",), ("BCĐ 389 tỉnh", "QLTT tỉnh", "Cục Hải quan")),
        (("Sở Văn hóa, Thể thao và Du lịch",), ("Báo Lạng Sơn", "Đài Phát thanh và Truyền hình tỉnh"))]


def test_a_letters_items_whose_topic_stands_before_the_body_set_to_work():
    """Items that name their topic first: on its own line with no colon ("5. Về kết nối dữ liệu ⏎ Công an thành
    phố chủ trì …"), before a clause ("Về hồ đập: Căn cứ chức năng …, Sở …"), before a linking word ("… Do đó,
    Bộ Chỉ huy …"); a body named with whose it is ("Đội … thuộc Cục …") is asked still; the closing request to
    everyone names no one."""
    letter = (_letter_head("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ", "2345/UBND-KSTT", "Cần Thơ, ngày 12 tháng 8 năm 2025",
                           "chấn chỉnh công tác giải quyết thủ tục hành chính", "Các sở, ban, ngành thành phố.")
              + "1. Về kết nối, chia sẻ dữ liệu dân cư trong giải quyết thủ tục hành chính\n"
              "Công an thành phố chủ trì, phối hợp với Sở Khoa học và Công nghệ triển khai ứng dụng định danh "
              "điện tử.\n\n"
              "2. Về bảo đảm an toàn hồ đập: Căn cứ chức năng, nhiệm vụ được giao, Sở Nông nghiệp và Môi trường "
              "theo dõi chặt chẽ tình hình mưa, lũ.\n\n"
              "3. Về tàu thuyền: Toàn thành phố còn 87 tàu cá đang hoạt động. Do đó, Bộ Chỉ huy Bộ đội Biên phòng "
              "thành phố chủ trì kiểm đếm, thông báo cho chủ phương tiện.\n\n"
              "4. Đề nghị Đội Quản lý thị trường số 6 thuộc Chi cục Quản lý thị trường thành phố phối hợp kiểm tra "
              "hàng hóa.\n\n"
              "Yêu cầu các cơ quan, đơn vị, Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện./.\n\n")
    rec = _parse_signed(letter, "cv.txt")
    assert _units(rec) == [("1", "Công an thành phố"), ("2", "Sở Nông nghiệp và Môi trường"),
                           ("3", "Bộ Chỉ huy Bộ đội Biên phòng thành phố"), ("4", "Đội Quản lý thị trường số 6")]


def test_deadlines_labelled_by_what_is_timed_and_the_days_an_activity_runs():
    """"thời gian kiểm tra: từ ngày 15/4 đến ngày 15/5/2024", "thời gian tổ chức: tháng 10/2024", and a clause that
    ends on the days it runs ("…, từ ngày 15/11 đến ngày 15/12/2024.")."""
    plan = (_header("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC", "45/KH-UBND", "Krông Pắc, ngày 5 tháng 3 năm 2024")
            + "\nKẾ HOẠCH\nTháng hành động vì an toàn thực phẩm năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Bảo đảm triển khai đồng bộ.\n\nII. NHIỆM VỤ\n"
            "1. Kiểm tra liên ngành: Phòng Y tế chủ trì kiểm tra các cơ sở kinh doanh thực phẩm; thời gian kiểm tra: "
            "từ ngày 15/4 đến ngày 15/5/2024.\n"
            "2. Tổ chức hội nghị xúc tiến tiêu thụ nông sản; thời gian tổ chức: tháng 10/2024.\n"
            "3. Tổ chức Tháng hành động vì bình đẳng giới, từ ngày 15/11 đến ngày 15/12/2024.\n"
            "4. Công an huyện chủ trì kiểm tra hàng hóa nhập lậu; thực hiện thường xuyên trong mùa lễ hội.\n")
    rec = _parse_signed(plan, "kh.txt")
    assert [t.deadline for t in rec.tasks] == ["từ ngày 15/4 đến ngày 15/5/2024", "tháng 10/2024",
                                               "từ ngày 15/11 đến ngày 15/12/2024", "thường xuyên trong mùa lễ hội"]


def test_partners_named_with_a_citys_abbreviation():
    """"phối hợp với Sở VHTTDL, UBND TP. Đà Lạt tăng cường …": the city's stop is no sentence's end."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "87/KH-UBND", "Lâm Đồng, ngày 5 tháng 5 năm 2024")
            + "\nKẾ HOẠCH\nPhát triển du lịch năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. NHIỆM VỤ\n1. Công an tỉnh chủ trì, phối hợp với Sở VHTTDL, UBND TP. Đà Lạt tăng cường bảo đảm an ninh "
            "tại các khu du lịch.\n2. Bảo tồn cảnh quan (Sở VHTTDL chủ trì; UBND TP. Bảo Lộc phối hợp).\n")
    rec = _parse_signed(plan, "kh.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Công an tỉnh",), ("Sở VHTTDL", "UBND TP. Đà Lạt")), (("Sở VHTTDL",), ("UBND TP. Bảo Lộc",))]


def test_requests_to_the_bodies_asked_with_the_businesses():
    """"2. Yêu cầu đối với các cơ quan, đơn vị ⏎ Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện … và các chủ
    đầu tư xác định …": requests to bodies are no plan's requirements, and the investors asked with them do not
    hide the verb."""
    notice = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH", "245/TB-UBND", "Quảng Ninh, ngày 5 tháng 11 năm 2024")
              + "\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh về giải ngân vốn đầu tư công\n\n"
              "1. Đánh giá chung\nTỷ lệ giải ngân còn thấp.\n\n"
              "2. Yêu cầu đối với các cơ quan, đơn vị, địa phương\n\n"
              "Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và các chủ đầu tư xác định "
              "giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm.\n\n")
    rec = _parse_signed(notice, "tb.txt", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")
    assert _units(rec) == [("2", "các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố")]


def test_a_page_copy_wraps_topics_names_and_clauses_across_lines():
    """A site's copy wraps every paragraph: a topic over two lines before its paragraph ("1. Về rà soát, công
    khai thủ tục ⏎ hành chính ⏎ Giao Văn phòng …"), whose a body is after a break ("… số 6 thuộc ⏎ Cục …"), a
    company's form before a break ("Công ty TNHH MTV ⏎ Quản lý …"), and a clause's ";" that fills its line
    before the lead ("… an toàn PCCC; ⏎ Sở Xây dựng chủ trì …")."""
    letter = (_letter_head("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ", "2345/UBND-KSTT", "Cần Thơ, ngày 12 tháng 8 năm 2025",
                           "chấn chỉnh công tác giải quyết thủ tục hành chính", "Các sở, ban, ngành thành phố.")
              + "1. Về rà soát, công bố, công khai thủ tục\nhành chính\n"
              "Giao Văn phòng Ủy ban nhân dân thành phố chủ trì, phối\nhợp với các sở, ban, ngành rà soát danh mục thủ "
              "tục hành chính.\n"
              "2. Đề nghị Đội Quản lý thị trường số 6 thuộc\nChi cục Quản lý thị trường thành phố phối hợp kiểm "
              "tra.\n\n")
    rec = _parse_signed(letter, "cv.txt")
    assert _units(rec) == [("1", "Văn phòng Ủy ban nhân dân thành phố"), ("2", "Đội Quản lý thị trường số 6")]
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "87/KH-UBND", "Quảng Trị, ngày 5 tháng 5 năm 2025")
            + "\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. NHIỆM VỤ\n1. Rà soát công trình:\n"
            "- Kiểm tra hồ chứa nước trước mùa mưa bão; giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp cùng "
            "Công ty TNHH MTV\nQuản lý khai thác công trình thủy lợi Quảng Trị thực hiện, hoàn thành trong tháng "
            "6/2025.\n"
            "- Rà soát nhà ở riêng lẻ kết hợp sản xuất, kinh doanh, nhà ở nhiều tầng chưa bảo đảm an toàn PCCC;\n"
            "Sở Xây dựng chủ trì, phối hợp với Công an tỉnh thực hiện, hoàn thành trong Quý III/2025.\n")
    rec = _parse_signed(plan, "kh.txt")
    assert [(t.lead, t.support) for t in rec.tasks][-2:] == [
        (("Sở Nông nghiệp và Môi trường",), ("Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị",)),
        (("Sở Xây dựng",), ("Công an tỉnh",))]


def test_a_ministrys_letter_asks_after_its_purpose_and_in_clauses_after_others():
    """"Để hoàn thành …, Bộ … đề nghị Ủy ban nhân dân các tỉnh, thành phố ven biển chỉ đạo …" opening a paragraph
    names the bodies it asks (with the places' kind: "ven biển"); "…; Bộ Quốc phòng chỉ đạo …", a clause after
    another's, opens no item: its body is inside the item's work; a preface ending with ":" before the items names
    none."""
    letter = (_letter_head("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "6218/BNNMT-TSKN", "Hà Nội, ngày 03 tháng 10 năm 2025",
                           "khắc phục các tồn tại theo khuyến nghị của Ủy ban châu Âu",
                           "Ủy ban nhân dân các tỉnh, thành phố ven biển.")
              + "Để gỡ cảnh báo, Bộ Nông nghiệp và Môi trường đề nghị các cơ quan, địa phương thực hiện các nội dung "
              "sau:\n"
              "1. Về quản lý đội tàu cá: cả nước còn 1.247 tàu cá chưa đăng ký.\n"
              "Để hoàn thành dứt điểm việc đăng ký, cấp phép, Bộ Nông nghiệp và Môi trường đề\nnghị Ủy ban nhân dân "
              "các tỉnh, thành phố ven biển chỉ đạo hoàn thành việc đăng ký tàu cá. Đồng thời, đề nghị Sở Nông "
              "nghiệp và Môi trường các tỉnh, thành phố ven biển báo cáo danh sách tàu cá.\n"
              "2. Về xử lý vi phạm: Bộ Công an chỉ đạo điều tra các vụ vi phạm; Bộ Quốc phòng chỉ đạo Bộ Tư lệnh "
              "Cảnh sát biển tuần tra.\n\n")
    rec = _parse_signed(letter, "cv.txt", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", signer="Phùng Đức Tiến")
    assert _units(rec) == [("1", "Ủy ban nhân dân các tỉnh, thành phố ven biển"),
                           ("1", "Sở Nông nghiệp và Môi trường các tỉnh, thành phố ven biển"),
                           ("2", "Bộ Công an")]


def test_a_heading_of_titled_bodies_wrapped_after_a_title():
    """"4. Giám đốc Sở Văn hóa và Thể thao, Giám đốc ⏎ Sở Du lịch:": the second body's name is on the next
    line, under its director's title — one heading, two units."""
    directive = (_header("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "12/CT-UBND", "Nghệ An, ngày 20 tháng 5 năm 2024")
                 + "\nCHỈ THỊ\nVề tăng cường phòng, chống đuối nước trẻ em\n\n"
                 "Tình trạng đuối nước trẻ em vẫn diễn ra. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
                 "1. Giám đốc Sở Y tế:\nChỉ đạo các cơ sở y tế chuẩn bị nhân lực cấp cứu.\n"
                 "2. Giám đốc Sở Văn hóa và Thể thao, Giám đốc\nSở Du lịch:\n"
                 "a) Mở các lớp dạy bơi miễn phí cho trẻ em.\nb) Kiểm tra các bể bơi, khu vui chơi dưới nước.\n\n")
    rec = _parse_signed(directive, "ct.txt", "CHỦ TỊCH", signer="Nguyễn Đức Trung")
    assert _units(rec) == [("1", "Sở Y tế"), ("2", "Sở Văn hóa và Thể thao"), ("2", "Sở Du lịch")]


def test_a_circular_names_each_provinces_department_in_small_letters():
    """"Điều 9. Trách nhiệm của sở giáo dục và đào tạo": a circular's duties for the department of every province,
    its kind in small letters, its field holding "và" — one unit (not "sở hữu", nor "phòng, chống")."""
    circular = (_header("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "18/2025/TT-BGDĐT", "Hà Nội, ngày 10 tháng 9 năm 2025")
                + "\nTHÔNG TƯ\nQuy định về an toàn trường học\n\n"
                "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định về an toàn trường học.\n"
                "Chương II\nTỔ CHỨC THỰC HIỆN\n"
                "Điều 9. Trách nhiệm của sở giáo dục và đào tạo\n1. Hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện "
                "Thông tư này.\n2. Tổng hợp, báo cáo Bộ Giáo dục và Đào tạo trước ngày 15 tháng 6 hằng năm.\n"
                "Điều 10. Trách nhiệm của phòng giáo dục và đào tạo\n1. Hướng dẫn các trường trung học cơ sở thực hiện "
                "Thông tư này.\n\n")
    rec = _parse_signed(circular, "tt.txt", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", signer="Phạm Ngọc Thưởng")
    assert _units(rec) == [("Điều 9", "sở giáo dục và đào tạo"), ("Điều 10", "phòng giáo dục và đào tạo")]


def test_plans_tasks_evaluating_work_partners_by_semicolons_and_an_appendix_run_on_from_its_note():
    """A task section's "6. Đánh giá hiệu quả …" is work, not a review of the situation; partners a ";" parts
    ("phối hợp với Ngân hàng …; Hội Liên hiệp Phụ nữ …; Thành Đoàn … thực hiện"), one whose narrow head ends a line
    ("Thuế ⏎ Thành phố Hồ Chí Minh"); an appendix whose cells, one a line, run on from its note with no blank line."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "09/KH-UBND",
                    "Thành phố Hồ Chí Minh, ngày 5 tháng 1 năm 2026")
            + "\nKẾ HOẠCH\nChống thất thu thuế năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. NHIỆM VỤ\n"
            "1. Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp. Sở Tài chính chủ trì, phối hợp với Ngân hàng "
            "Nhà nước Chi nhánh Khu vực 2; Hội Liên hiệp Phụ nữ Thành phố; Thành Đoàn Thành phố Hồ Chí Minh thực "
            "hiện trong năm 2026.\n"
            "2. Kiểm soát hàng hóa nhập khẩu qua thương mại điện tử. Chi cục Hải quan khu vực II chủ trì, phối hợp với "
            "Thuế\nThành phố Hồ Chí Minh và Bưu điện Thành phố Hồ Chí Minh; thời gian: thường xuyên.\n"
            "3. Đánh giá hiệu quả công tác hỗ trợ hộ kinh doanh:\n"
            "- Xây dựng bộ tiêu chí đánh giá: Sở Tài chính chủ trì; hoàn thành trong quý II/2026.\n\n")
    rec = _parse_signed(plan, "kh.txt", signer="Nguyễn Văn Được")
    by_id = {t.id: t for t in rec.tasks}
    assert by_id["II.1"].support == ("Ngân hàng Nhà nước Chi nhánh Khu vực 2", "Hội Liên hiệp Phụ nữ Thành phố",
                                     "Thành Đoàn Thành phố Hồ Chí Minh")
    assert by_id["II.2"].support == ("Thuế Thành phố Hồ Chí Minh", "Bưu điện Thành phố Hồ Chí Minh")
    assert "II.3" in by_id or "II.3.b1" in by_id
    appendix = ("\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ TRÌNH CẤP CÓ THẨM QUYỀN NĂM 2026\n(Kèm theo Kế hoạch số 09/KH-UBND ngày "
                "05 tháng 01 năm 2026)\nTT\nTên nhiệm vụ\nĐơn vị thực hiện\nCấp trình\nThời gian hoàn thành\n1\n"
                "Quyết định thành lập Cụm công nghiệp Minh Tân\nChủ trì: Sở Công Thương\nPhối hợp: Sở Tài chính\n"
                "UBND tỉnh\nQuý II/2026\n2\nQuy chế phối hợp quản lý cụm công nghiệp\nChủ trì: Sở Công Thương\n"
                "Phối hợp: Công an tỉnh\nUBND tỉnh\nTháng 9/2026\n")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Được") + appendix).encode(),
                      "kh.txt")
    rows = [t for t in rec.tasks if t.id.startswith("PL")]
    assert [(t.lead, t.deadline) for t in rows] == [(("Sở Công Thương",), "Quý II/2026"),
                                                    (("Sở Công Thương",), "Tháng 9/2026")]


def test_a_letters_heading_lists_the_bodies_after_their_kind_and_bodies_described_by_their_place():
    """"5. Đề nghị các cơ quan Trung ương đóng trên địa bàn tỉnh: Thuế tỉnh Quảng Ngãi; Kho bạc Nhà nước khu vực
    XIII": the bodies after the kind are the units; "- Ủy ban nhân dân phường Kon Tum, …, nơi tập trung nhiều trụ sở …:
    phối hợp …" asks the wards, their place described before the colon."""
    letter = (_letter_head("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "5012/UBND-KT", "Quảng Ngãi, ngày 12 tháng 11 năm 2025",
                           "xử lý trụ sở dôi dư", "Các sở, ban, ngành tỉnh.")
              + "1. Ủy ban nhân dân các xã, phường, đặc khu\n- Quản lý, bảo vệ các cơ sở nhà, đất dôi dư.\n"
              "- Ủy ban nhân dân phường Kon Tum, Ủy ban nhân dân phường Đăk Bla, nơi tập trung\nnhiều trụ sở cũ: "
              "phối hợp với Sở Tài chính lập danh mục.\n"
              "2. Đề nghị các cơ quan Trung ương đóng trên địa bàn tỉnh: Thuế tỉnh Quảng Ngãi; Kho bạc Nhà nước "
              "khu vực XIII; Thống kê tỉnh\n- Báo cáo cơ quan cấp trên phương án xử lý trụ sở.\n\n")
    rec = _parse_signed(letter, "cv.txt")
    assert ("1", "Ủy ban nhân dân phường Kon Tum") in _units(rec)
    assert [u for u in _units(rec) if u[0] == "2"] == [
        ("2", "Thuế tỉnh Quảng Ngãi"), ("2", "Kho bạc Nhà nước khu vực XIII"), ("2", "Thống kê tỉnh")]


def test_a_site_copy_cuts_a_headings_first_line_short():
    """A site's copy breaks a paragraph's first line early: a unit's heading "1. Trung tâm Xúc tiến ⏎ Đầu tư, Thương mại
    và Du lịch" is one name, and "**7.** Ủy ban ⏎ nhân dân các xã, phường ⏎ Chủ động …" ends at its name, so the
    wards named in a later paragraph are the item's; a number "1.500.000" at a line's start is no item, and a topic
    over its item's own lettered items names no one."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "45/KH-UBND", "Gia Lai, ngày 5 tháng 3 năm 2026")
            + "\nKẾ HOẠCH\nXúc tiến đầu tư năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Xúc tiến\nĐầu tư, Thương mại và Du lịch\n"
            "- Là cơ quan đầu mối, chủ trì tổ chức thực hiện Kế hoạch; hỗ trợ mỗi nhà đầu tư\n"
            "1.500.000 đồng chi phí khảo sát.\n"
            "2. Ủy ban\nnhân dân các xã, phường\nChủ động rà soát quỹ đất, đề xuất dự án kêu gọi đầu tư.\n"
            "Ủy ban nhân dân phường Quy Nhơn và Ủy ban nhân dân phường Pleiku phối hợp tổ chức các sự kiện du lịch.\n"
            "3. Về công tác thăm hỏi,\ntặng quà\n"
            "a) Sở Nội vụ chủ trì, phối hợp với Ủy ban\nMặt trận Tổ quốc Việt Nam tỉnh tham mưu thành lập các "
            "đoàn.\n\n")
    rec = _parse_signed(plan, "kh.txt")
    assert _units(rec) == [("II.1", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"),
                           ("II.2", "Ủy ban nhân dân các xã, phường"),
                           ("II.2", "Ủy ban nhân dân phường Quy Nhơn"), ("II.2", "Ủy ban nhân dân phường Pleiku"),
                           ("II.3.a", "Sở Nội vụ")]


def test_a_leading_clause_holding_commas():
    """"1. Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các Bộ, cơ quan ngang bộ, …, Ủy ban nhân dân
    các tỉnh … theo nhiệm vụ được giao trong Quyết định này tổ chức …": the clause runs past its own commas to the
    bodies set to work, their remit named before the verb."""
    decision = (_header("THỦ TƯỚNG CHÍNH PHỦ", "844/QĐ-TTg", "Hà Nội, ngày 10 tháng 4 năm 2026")
                + "\nQUYẾT ĐỊNH\nBan hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW\n\n"
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\n\n"
                "KẾ HOẠCH HÀNH ĐỘNG\n(Kèm theo Quyết định số 844/QĐ-TTg ngày 10 tháng 4 năm 2026)\n"
                "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n"
                "II. TỔ CHỨC THỰC HIỆN\n"
                "1. Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các Bộ, cơ quan ngang bộ, cơ quan "
                "thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương theo nhiệm vụ được giao "
                "trong Quyết định này tổ chức xây dựng kế hoạch thực hiện trong quý II năm 2026.\n\n")
    rec = _parse_signed(decision, "qd.txt", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", signer="Lê Thành Long")
    assert [u for u in _units(rec) if u[0] and u[0].endswith("II.1")] == [
        ("II.1", "các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
        ("II.1", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")]


def test_bodies_that_must_act():
    """"- Ủy ban nhân dân thành phố Hà Nội và Ủy ban nhân dân Thành phố Hồ Chí Minh cần tập trung …": a modal before
    the verb still sets the bodies to work (not "cần thiết")."""
    plan = (_header("THỦ TƯỚNG CHÍNH PHỦ", "12/QĐ-TTg", "Hà Nội, ngày 10 tháng 4 năm 2026")
            + "\nKẾ HOẠCH\nQuản lý chất lượng không khí\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm triển khai đồng bộ.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm:\n"
            "- Rà soát kế hoạch quản lý chất lượng không khí cấp tỉnh.\n"
            "- Ủy ban nhân dân thành phố Hà Nội và Ủy ban nhân dân Thành phố Hồ Chí Minh cần tập trung di dời các cơ "
            "sở sản xuất gây ô nhiễm.\n\n")
    rec = _parse_signed(plan, "kh.txt", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", signer="Trần Hồng Hà")
    assert ("II.1", "Ủy ban nhân dân thành phố Hà Nội") in _units(rec)
    assert ("II.1", "Ủy ban nhân dân Thành phố Hồ Chí Minh") in _units(rec)


def test_an_exams_timetable_is_no_task_table():
    """How long a paper lasts ("Thời gian làm bài") is no deadline: a timetable of what is done when, with no one
    who does it, is no task table."""
    table = ("| Ngày | Buổi | Nội dung | Thời gian làm bài |\n|---|---|---|---|\n"
             "| 26/6/2025 | Sáng | Ngữ văn | 120 phút |\n| 26/6/2025 | Chiều | Toán | 90 phút |\n")
    rec = _with_appendix(table, "kh.md")
    assert not [t for t in rec.tasks if t.id.startswith("PL")]


def test_a_body_named_by_its_head_alone_then_another_body():
    """"Tỉnh đoàn" names a whole body: a head after it opens another ("Tỉnh đoàn ⏎ Hội LHPN tỉnh" in a cell of one
    body per line); "Thường trực" is the standing part of the body after it."""
    from parsers.agencies import find

    for text, names in [("BHXH tỉnh\nTỉnh đoàn\nHội LHPN tỉnh", ["BHXH tỉnh", "Tỉnh đoàn", "Hội LHPN tỉnh"]),
                        ("Thành đoàn Sở Y tế", ["Thành đoàn", "Sở Y tế"]),
                        ("Tỉnh đoàn Bắc Giang", ["Tỉnh đoàn Bắc Giang"]),
                        ("Thường trực Hội đồng nhân dân tỉnh", ["Thường trực Hội đồng nhân dân tỉnh"])]:
        assert [a.text for a in find(text, 0, len(text))] == names


def test_a_country_that_reads_as_a_head_and_the_places_of_ethnic_minorities():
    from parsers.agencies import collectives, find

    text = "tuyển chọn lao động đi làm việc ở nước ngoài (Hàn Quốc, Nhật Bản, Đài Loan)"
    assert find(text, 0, len(text)) == []
    text = "phối hợp với Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số và miền núi tổ chức"
    assert [a.text for a in collectives(text, 0, len(text))] == [
        "Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số và miền núi"]


def test_a_list_of_places_ends_with_its_sentence():
    """"… các huyện Gò Công Đông, Tân Phú Đông, thị xã Gò Công. Thời gian: …": no place "Thời" after the stop."""
    from parsers.agencies import listed

    text = ("phối hợp: Chi cục Thủy lợi, Ủy ban nhân dân các huyện Gò Công Đông, Tân Phú Đông, thị xã Gò Công. "
            "Thời gian: từ tháng 11/2024.")
    assert [a.text for a in listed(text, 0, len(text))] == [
        "Chi cục Thủy lợi", "Ủy ban nhân dân huyện Gò Công Đông", "Ủy ban nhân dân huyện Tân Phú Đông",
        "Ủy ban nhân dân thị xã Gò Công"]


def test_a_collective_before_a_places_committee_joined_to_a_kinds():
    """"Các sở, ban, ngành, Ủy ban nhân dân thành phố Thủ Đức và các quận, huyện": the collective, then the
    committees read whole."""
    from parsers.agencies import subjects

    text = "Các sở, ban, ngành, Ủy ban nhân dân thành phố Thủ Đức và các quận, huyện phối hợp thực hiện"
    assert [a.text for a in subjects(text, 0, len(text))] == [
        "Các sở, ban, ngành", "Ủy ban nhân dân thành phố Thủ Đức và các quận, huyện"]


@pytest.mark.parametrize(("cell", "named"), [
    # a kind of body named in full, then whoever else is concerned: the kind is a partner
    ("Cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan", ("Cơ sở khám bệnh, chữa bệnh",)),
    # a list "các …" opens, or one of bare kinds, is concerned whole: no one named
    ("Các sở, ban, ngành, cơ quan, đơn vị có liên quan", ()),
    ("Bộ, ngành, cơ quan liên quan", ())])
def test_a_kind_of_body_then_the_others_concerned(cell, named):
    from parsers import tables
    from parsers.tasks import _cell_agencies

    assert _cell_agencies(cell, tables.Cell(0, len(cell), 0)) == named


def test_a_shared_list_parted_by_semicolons_whose_first_name_holds_a_comma():
    """"các Cục: Phòng, chống tệ nạn xã hội; Quản lý lao động ngoài nước.": the comma before a word in small letters is
    inside a name, the semicolons part the items; "các Sở: Xây dựng, Tài chính; Ban …" is still two Sở."""
    from parsers.agencies import shared_lists

    for text, named in [
        ("phối hợp với các Cục: Phòng, chống tệ nạn xã hội; Quản lý lao động ngoài nước.",
         ["Cục Phòng, chống tệ nạn xã hội", "Cục Quản lý lao động ngoài nước"]),
        ("các Sở: Xây dựng, Tài chính; Ban quản lý Khu kinh tế thực hiện", ["Sở Xây dựng", "Sở Tài chính"])]:
        assert [a.text for a in shared_lists(text, 0, len(text))] == named


def test_a_heading_that_names_its_ministrys_office_then_is_on_the_next_line():
    """"1. Văn phòng Sở ⏎ Là đầu mối theo dõi …": the office is the unit; "Là" opens its duties, no name."""
    assert _read("Văn phòng Sở\nLà đầu mối theo dõi, đôn đốc") == ["Văn phòng Sở"]
    assert _read("Văn phòng Bộ\nLà đầu mối tổng hợp") == ["Văn phòng Bộ"]


def test_collectives_of_the_forests_bodies():
    """"các Hạt Kiểm lâm", "các vườn quốc gia, khu bảo tồn thiên nhiên": the rangers' and the parks' bodies, whole."""
    from parsers.agencies import collectives

    for text, named in [("phối hợp với các Hạt Kiểm lâm; hoàn thành", ["các Hạt Kiểm lâm"]),
                        ("các vườn quốc gia, khu bảo tồn thiên nhiên tổ chức tuần tra",
                         ["các vườn quốc gia, khu bảo tồn thiên nhiên"])]:
        assert [a.text for a in collectives(text, 0, len(text))] == named


def test_a_shared_list_then_a_body_of_its_own_as_subjects():
    """"Các Vụ: Pháp chế, Hợp tác quốc tế và Thanh tra Bộ theo chức năng …": the list's bodies, then the one named with
    its own head."""
    assert _read("Các Vụ: Pháp chế, Hợp tác quốc tế và Thanh tra Bộ theo chức năng, nhiệm vụ triển khai.") == [
        "Vụ Pháp chế", "Vụ Hợp tác quốc tế", "Thanh tra Bộ"]


def test_a_member_school_with_its_university():
    """"Trường Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội": one school, named with the university it belongs to."""
    from parsers.agencies import find

    text = "phối hợp với Trường Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội, Sở Giáo dục và Đào tạo thực hiện"
    assert [a.text for a in find(text)] == [
        "Trường Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội", "Sở Giáo dục và Đào tạo"]


def test_ministrys_departments_in_small_letters_as_one_collective():
    """"các vụ, cục liên quan", "các vụ, cục thuộc Bộ": the departments of both kinds, one collective (the first
    concerned only, so no one named; the second the ministry's own)."""
    from parsers import tables
    from parsers.tasks import _cell_agencies

    for cell, named in [("Cục Công nghệ thông tin, các vụ, cục liên quan", ("Cục Công nghệ thông tin",)),
                        ("Văn phòng Bộ, các vụ, cục thuộc Bộ", ("Văn phòng Bộ", "các vụ, cục thuộc Bộ"))]:
        assert _cell_agencies(cell, tables.Cell(0, len(cell), 0)) == named


def test_a_shared_list_parted_by_semicolons_whose_last_name_runs_into_its_work():
    """"Thủ trưởng các Cục: Trẻ em; Bảo trợ xã hội; Quản lý lao động ngoài nước chỉ đạo, hướng dẫn …": the last name
    ends at the verb, however long the sentence after it."""
    text = ("Thủ trưởng các Cục: Trẻ em; Bảo trợ xã hội; Quản lý lao động ngoài nước chỉ đạo, hướng dẫn hệ thống cơ sở "
            "thuộc lĩnh vực quản lý lồng ghép nội dung phòng, chống mua bán người trong các chương trình.")
    assert _read(text) == ["Cục Trẻ em", "Cục Bảo trợ xã hội", "Cục Quản lý lao động ngoài nước"]


def test_a_collective_then_a_body_whose_head_is_in_capitals():
    """"Các sở, Ban Quản lý các khu công nghiệp thực hiện": the collective of departments, then a board named as its
    own body ("Các sở, ban, ngành" is one collective)."""
    assert _read("Các sở, Ban Quản lý các khu công nghiệp thực hiện") == [
        "Các sở", "Ban Quản lý các khu công nghiệp"]
    assert _read("Các sở, ban, ngành, đoàn thể tỉnh thực hiện") == ["Các sở, ban, ngành, đoàn thể tỉnh"]


def test_a_places_last_word_is_no_head_over_a_line_break():
    """"Viettel Hải Phòng ⏎ VNPT Hải Phòng" (a cell's names one per line): "Phòng" ends the place, it heads no body."""
    from parsers.agencies import find

    assert [a.text for a in find("Viettel Hải Phòng\nVNPT Hải Phòng")] == ["Viettel Hải Phòng", "VNPT Hải Phòng"]


def test_a_site_pages_table_cell_whose_bodies_stand_apart_by_html_breaks():
    """The whole page of the site, its table's cell "Sở Tài chính<br>Công an tỉnh": two bodies, as in the body's
    markdown alone."""
    page = _site_page("| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
                      "|---|---|---|---|---|\n| 1 | Kiện toàn Ban Chỉ huy cấp xã | Sở Nông nghiệp và Môi trường<br>Sở "
                      "Nội vụ | Sở Tài chính<br>Công an tỉnh | Quý IV/2025 |\n")
    rec = parse_bytes(page.encode(), "cv3418.tvplpage.md")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Nông nghiệp và Môi trường", "Sở Nội vụ"), ("Sở Tài chính", "Công an tỉnh"))]


def test_organisation_table_of_who_does_what_with_the_rows_numbers():
    rows = [["**TT**", "**Cơ quan, đơn vị**", "**Nhiệm vụ**"],
            ["1", "Công an tỉnh", "Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân tỉnh."],
            ["2", "Sở Xây dựng, Sở Công Thương", "Rà soát hệ thống cấp nước chữa cháy tại các đô thị."],
            ["3", "Các sở, ban, ngành", "Căn cứ chức năng, nhiệm vụ, phối hợp với Công an tỉnh triển khai."]]
    table = "".join("| " + " | ".join(row) + " |\n" + ("|---|---|---|\n" if i == 0 else "")
                    for i, row in enumerate(rows))
    text = QT_PLAN.replace("**I. NHIỆM VỤ**\nCác nhiệm vụ được phân công tại Phụ lục kèm theo.\n\n",
                           "**I. TỔ CHỨC THỰC HIỆN**\n\n" + table + "\n")
    rec = parse_bytes(text.encode(), "kh.md")
    # each row's bodies are units of the item its number makes; the rows are their duties, no tasks
    assert [(u.name, u.section) for u in rec.units] == [
        ("Công an tỉnh", "I.1"), ("Sở Xây dựng", "I.2"), ("Sở Công Thương", "I.2"), ("Các sở, ban, ngành", "I.3")]
    assert not [t for t in rec.tasks if t.source == "row"]


def test_a_tables_column_of_recipients_does_not_end_the_document():
    table = ("| TT | Loại báo cáo | Đơn vị gửi báo cáo | Nơi nhận | Thời hạn gửi |\n|---|---|---|---|---|\n"
             "| 1 | Báo cáo quý | Các sở, ngành | Sở Nội vụ | Trước ngày 15 của tháng cuối quý |\n")
    body = ("**I. CHẾ ĐỘ BÁO CÁO**\nCác cơ quan gửi báo cáo như sau:\n\n" + table +
            "\n**II. TỔ CHỨC THỰC HIỆN**\n**1. Sở Nội vụ**\nTheo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
            "**2. Sở Tài chính**\nBố trí kinh phí thực hiện Kế hoạch.\n\n")
    text = QT_PLAN.replace("**I. NHIỆM VỤ**\nCác nhiệm vụ được phân công tại Phụ lục kèm theo.\n\n", body)
    rec = parse_bytes(text.encode(), "kh.md")
    # (the header cell "Nơi nhận" names a column; "Nơi nhận:" opening the signature's table ends the text)
    assert [(u.section, u.name) for u in rec.units] == [("II.1", "Sở Nội vụ"), ("II.2", "Sở Tài chính")]


def test_a_gazette_page_that_opens_with_the_end_of_the_document_before():
    from tests.test_shapes import GAZETTE_BARE

    tail = ("CÔNG BÁO/Số 1187 + 1188/Ngày 28-10-2024\n"
            "c) Hỗ trợ 50% chi phí mua vắc xin cho các cơ sở chăn nuôi quy mô nông hộ.\n"
            "Điều 3. Tổ chức thực hiện\n"
            "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
            "2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n"
            "Nghị quyết này có hiệu lực từ ngày 06 tháng 5 năm 2024./.\n"
            "CHỦ TỊCH\nTrần Văn Kỳ\n")
    with_tail = GAZETTE_BARE.replace("CÔNG BÁO/Số 1187 + 1188/Ngày 28-10-2024\n\n", tail, 1)
    assert with_tail != GAZETTE_BARE
    plain = parse_bytes(GAZETTE_BARE.encode(), "bare.congbao.txt")
    tailed = parse_bytes(with_tail.encode(), "bare.congbao.txt")
    # the document begins at its own header: the resolution's end names none of its units, none of its tasks
    assert "Trần Văn Kỳ" not in tailed.text
    assert [(u.section, u.name) for u in tailed.units] == [(u.section, u.name) for u in plain.units]
    assert [(t.id, t.lead) for t in tailed.tasks] == [(t.id, t.lead) for t in plain.tasks] != []
    assert tailed.document.number == plain.document.number


def test_a_gazette_text_ends_where_the_next_document_s_header_begins():
    from tests.test_shapes import GAZETTE_BARE

    following = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 1190/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 10 năm 2024\nQUYẾT ĐỊNH\n"
                 "Về việc công bố thủ tục hành chính\nĐiều 1. Giao Bộ Y tế công bố thủ tục hành chính.\n"
                 "Điều 2. Quyết định này có hiệu lực từ ngày ký./.\n")
    plain = parse_bytes(GAZETTE_BARE.encode(), "bare.congbao.txt")
    followed = parse_bytes((GAZETTE_BARE + following).encode(), "bare.congbao.txt")
    # (the last row's deadline cell had run on into the next document's header and articles)
    assert "1190/QĐ-TTg" not in followed.text
    assert [(t.id, t.lead, t.deadline) for t in followed.tasks] == [(t.id, t.lead, t.deadline) for t in plain.tasks]
    assert [(u.section, u.name) for u in followed.units] == [(u.section, u.name) for u in plain.units]


@pytest.mark.parametrize(("item", "deadline"), [
    ("Biên soạn tài liệu song ngữ tại một số địa phương (Quý II - Quý III/2026).", "Quý II - Quý III/2026"),
    ("Tổ chức tập huấn cho hòa giải viên; Sở Tư pháp phối hợp; Quý II và Quý IV/2026).", "Quý II và Quý IV/2026"),
    ("Kiểm tra, giám sát công tác tiêm chủng (tháng 4 - tháng 5/2025).", "tháng 4 - tháng 5/2025"),
    ("Số hóa hồ sơ lưu trữ của tỉnh (Sở Nội vụ chủ trì; thực hiện 2026 - 2028).", "2026 - 2028"),
    ("Tổ chức hội nghị sơ kết; hoàn thành Quý I, II năm 2026.", "Quý I, II năm 2026"),
    # a bracket that says when stays with its field; a yearly day; the whole year; when it goes to its approver
    ("Diễn tập phương án chữa cháy rừng; thời\ngian: mùa khô hằng năm (từ tháng 3 đến tháng 8).",
     "mùa khô hằng năm (từ tháng 3 đến tháng 8)"),
    ("Tổng hợp kết quả (Sở TN&MT chủ trì; Văn phòng UBND tỉnh phối\nhợp; định kỳ hằng năm trước ngày 15/12).",
     "định kỳ hằng năm trước ngày 15/12"),
    ("Phát triển du lịch cộng đồng gắn với sản phẩm OCOP; thực hiện cả năm 2026.", "cả năm 2026"),
    ("Xây dựng Nghị định sửa đổi (Vụ Pháp chế chủ trì; trình Chính phủ tháng 10/2026).", "tháng 10/2026"),
    ("Xây dựng Thông tư (Vụ Pháp chế chủ trì; trình Bộ trưởng trước ngày 30 tháng 9 năm 2018).",
     "trước ngày 30 tháng 9 năm 2018"),
    ("Thời gian: Năm 2025 (chi tiết tại Phụ lục kèm theo).", "Năm 2025"),
])
def test_a_deadline_of_several_quarters_or_months_sharing_their_year_or_of_years_alone(item, deadline):
    """A run of quarters or months before their one year is one deadline, not its last period alone; so is a
    range of years after "thực hiện"."""
    from parsers.tasks import _deadline

    assert _deadline(item, 0, len(item)) == deadline


def test_a_letters_appendix_that_outlines_the_report_it_asks_for_holds_no_tasks():
    """"PHỤ LỤC I ⏎ ĐỀ CƯƠNG BÁO CÁO …": the outline of the report a letter asks for lists what to report ("- Số nhiệm
    vụ được giao …", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"), no work assigned; the appendix keeps its number."""
    text = (_header("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "4127/BKHCN-KHTC", "Hà Nội, ngày 17 tháng 11 năm 2025")
            + "V/v báo cáo kết quả thực hiện Kế hoạch hành động năm 2025\n"
            "Kính gửi: Các cơ quan, đơn vị thuộc Bộ.\n"
            "Đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện Kế hoạch hành động theo đề cương tại Phụ lục I.\n"
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Trịnh Minh Quang")
            + "PHỤ LỤC I\nĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH HÀNH ĐỘNG NĂM 2025\n"
            "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO\n"
            "1. Nhiệm vụ về hoàn thiện thể chế, cơ chế, chính sách:\n"
            "- Số nhiệm vụ được giao, số nhiệm vụ đã hoàn thành, đang thực hiện, chậm tiến độ;\n"
            "- Tên các văn bản đã ban hành hoặc trình ban hành.\n"
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n1. Phương hướng, nhiệm vụ trọng tâm năm 2026.\n"
            "2. Kiến nghị, đề xuất với Lãnh đạo Bộ.\n")
    rec = parse_bytes(text.encode(), "cv.txt")
    assert list(rec.tasks) == []
    assert [(a.type, a.title) for a in rec.attachments] == [
        ("Phụ lục", "Đề cương báo cáo kết quả thực hiện kế hoạch hành động năm 2025")]


def test_a_bullet_that_opens_with_bodies_in_general_carries_no_lead_of_its_own():
    """"7. Công tác chỉ đạo, điều hành ⏎ - Các cơ quan, đơn vị ban hành kế hoạch tuyên truyền … ⏎ - Tổ chức Hội thi
    …": "các cơ quan, đơn vị" names no one in particular, so the item is one task, its bullets its parts."""
    text = (_header("ỦY BAN NHÂN DÂN\nHUYỆN CƯ M'GAR", "245/KH-UBND", "Cư M'gar, ngày 20 tháng 12 năm 2024")
            + "KẾ HOẠCH\nCải cách hành chính năm 2025\nI. NHIỆM VỤ TRỌNG TÂM\n"
            "1. Công tác chỉ đạo, điều hành và tuyên truyền cải cách hành chính\n"
            "- Các cơ quan, đơn vị ban hành kế hoạch tuyên truyền cải cách hành chính năm 2025.\n"
            "- Tổ chức Hội thi tìm hiểu về cải cách hành chính; biểu dương, khen thưởng kịp thời.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn An"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [t.id for t in rec.tasks] == ["I.1"]


def test_a_group_that_names_its_lead_and_partners_gives_both_to_its_items():
    """"3.1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Xây dựng, Sở Tài chính thực hiện các nội dung sau: ⏎
    a) … b) …": each item is led by the group's lead, with the group's partners."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "518/KH-UBND", "Nghệ An, ngày 22 tháng 8 năm 2025")
            + "KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW\nI. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển hạ tầng số\n"
            "1.1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Xây dựng, Sở Tài chính thực hiện các nội dung "
            "sau:\n"
            "a) Xây dựng, triển khai Đề án phát triển hạ tầng mạng 5G; hoàn thành trong năm 2026.\n"
            "b) Đầu tư nâng cấp Trung tâm dữ liệu tỉnh; thời gian: 2025 - 2027.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Bùi Đình Long"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("I.1.1.a", ("Sở Khoa học và Công nghệ",), ("Sở Xây dựng", "Sở Tài chính")),
        ("I.1.1.b", ("Sở Khoa học và Công nghệ",), ("Sở Xây dựng", "Sở Tài chính"))]


@pytest.mark.parametrize(("sentence", "name", "date"), [
    ("Luật Công nghệ thông tin đã được Quốc hội khoá XI thông qua ngày 29 tháng 6 năm 2006 và có hiệu lực thi hành "
     "từ ngày 01 tháng 01 năm 2007;", "Công nghệ thông tin", "2006-06-29"),
    ("Luật Đất đai được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp bất thường lần thứ 5 thông "
     "qua ngày 18/01/2024, có hiệu lực từ ngày 01/8/2024.", "Đất đai", "2024-01-18"),
    ("Pháp lệnh Quản lý thị trường được Ủy ban Thường vụ Quốc hội thông qua ngày 08 tháng 3 năm 2016.",
     "Quản lý thị trường", "2016-03-08"),
    ("Luật Căn cước được Quốc hội khóa XV thông qua tại kỳ họp thứ 6 ngày 27 tháng 11 năm 2023, có hiệu lực thi hành "
     "từ ngày 01 tháng 7 năm 2024.", "Căn cước", "2023-11-27"),
])
def test_a_law_named_with_the_day_it_was_passed(sentence, name, date):
    """"Luật X đã được Quốc hội khoá XI thông qua ngày …": the day it was passed is the law's date and year (the day it
    takes effect, after it, is none)."""
    first = find_mentions(sentence)[0]
    assert (first.name, first.date, first.year) == (name, date, int(date[:4]))


def test_a_name_of_two_parts_cut_at_its_dash_by_a_wrap_is_no_bullet():
    """"… phối hợp với Trường Đại học Nông ⏎ - Lâm Bắc Giang xây dựng …": a line the wrap filled ends inside a name the
    vocabulary does not hold, and the next line's dash goes on with it — no "-" item, no task of its own."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG", "312/KH-UBND", "Bắc Giang, ngày 10 tháng 3 năm 2011")
            + "KẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn năm 2011\nII. NHIỆM VỤ\n"
            "1. Phát triển chương trình, giáo trình, học liệu\n"
            "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Trường Đại học Nông\n"
            "- Lâm Bắc Giang xây dựng, chỉnh sửa chương trình, giáo trình dạy nghề trình độ\n"
            "sơ cấp cho 10 nghề nông nghiệp phù hợp với đặc thù của tỉnh; hoàn thành trong\nquý III/2011.\n"
            "2. Hỗ trợ vay vốn sau học nghề\n"
            "Ngân hàng Chính sách xã hội tỉnh bố trí nguồn vốn cho lao động nông thôn sau học nghề.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Linh"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [t.id for t in rec.tasks] == ["II.1", "II.2"]
    assert "Trường Đại học Nông - Lâm Bắc Giang" in rec.tasks[0].support


def test_a_law_named_before_an_item_number_of_levels_alone_on_its_line():
    """"… phổ biến Luật Lâm nghiệp ⏎ 1.1. ⏎ Biên soạn …": the next item's number, alone on its line, is no part of the
    law's name."""
    text = "1. Tổ chức tuyên truyền, phổ biến Luật Lâm nghiệp\n1.1.\nBiên soạn tài liệu phổ biến"
    assert [m.name for m in find_mentions(text)] == ["Lâm nghiệp"]


def test_an_item_numbered_by_its_kind_whose_heading_a_wrap_put_on_the_next_line():
    """"**Nhiệm vụ 3: ⏎ Phát triển nền tảng và dữ liệu số** ⏎ - …": the item's heading on the line after its number;
    its bullets, each with its own lead, are its tasks, not the item before it's."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH", "2745/KH-UBND", "Bình Định, ngày 10 tháng 8 năm 2021")
            + "KẾ HOẠCH\nChuyển đổi số tỉnh Bình Định năm 2021\nI. MỤC TIÊU\n"
            "Hình thành chính quyền số, kinh tế số và xã hội số trên địa bàn tỉnh.\nII. NHIỆM VỤ\n"
            "Nhiệm vụ 1: Phát triển hạ tầng số\n"
            "Đơn vị chủ trì: Sở Thông tin và Truyền thông; thời gian: 2021 - 2022.\n"
            "Nhiệm vụ 2:\nPhát triển nền tảng và dữ liệu số\n"
            "- Xây dựng Kho dữ liệu dùng chung của tỉnh. Đơn vị chủ trì: Sở Thông tin và Truyền thông; thời gian: "
            "Quý II/2022.\n"
            "- Xây dựng cơ sở dữ liệu đất đai tỉnh. Đơn vị chủ trì: Sở Tài nguyên và Môi trường; thời gian: Năm 2022.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Phi Long"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("II.1", ("Sở Thông tin và Truyền thông",)), ("II.2.b1", ("Sở Thông tin và Truyền thông",)),
        ("II.2.b2", ("Sở Tài nguyên và Môi trường",))]


def test_an_attached_programme_whose_title_a_crawler_ran_into_the_signer_s_name():
    """"… PHÓ CHỦ TỊCH Nguyễn Hồng QuânCHƯƠNG TRÌNH HÀNH ĐỘNG …": no space between the signer's name and the attached
    programme's title — the name is whole, and the programme's tasks and units are read."""
    text = ("Quyết định 386/QĐ-UBND năm 2011 ban hành Chương trình hành động do tỉnh Hà Giang ban hành\n"
            "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG -------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 386/QĐ-UBND Hà Giang, ngày 14 tháng 3 năm 2011 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG "
            "THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, TH.\n"
            "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hồng QuânCHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ "
            "QUYẾT SỐ 11/NQ-CP (Ban hành kèm theo Quyết định số 386/QĐ-UBND ngày 14/3/2011 của Ủy ban nhân dân tỉnh "
            "Hà Giang)\nI. MỤC TIÊU\nKiềm chế lạm phát, ổn định kinh tế vĩ mô, bảo đảm an sinh xã hội.\n"
            "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n"
            "1. Sở Tài chính chủ trì rà soát, cắt giảm chi thường xuyên; hoàn thành trong quý II/2011.\n"
            "2. Sở Công Thương chủ trì kiểm soát giá các mặt hàng thiết yếu trên địa bàn tỉnh.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Kế hoạch và Đầu tư theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    assert rec.document.signer == "Nguyễn Hồng Quân"
    assert [(t.id, t.lead) for t in rec.tasks] == [("II.1", ("Sở Tài chính",)), ("II.2", ("Sở Công Thương",))]
    assert "Sở Kế hoạch và Đầu tư" in [u.name for u in rec.units]


def test_a_directive_s_paragraphs_between_a_heading_s_bullets_and_after_its_request():
    """A directive of paragraphs: "… Chủ tịch UBND tỉnh yêu cầu: ⏎ Giám đốc các sở … ⏎ Giám đốc Sở Tài nguyên và Môi
    trường: ⏎ - … ⏎ Giám đốc Sở Công Thương chủ trì … ⏎ Chủ tịch UBND các huyện: ⏎ - …": each paragraph that opens with
    a body is a unit, the first after the request line and those between the bullets too."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI", "11/CT-UBND", "Yên Bái, ngày 18 tháng 6 năm 2012")
            + "CHỈ THỊ\nVề tăng cường quản lý nhà nước đối với hoạt động khoáng sản\n"
            "Thời gian qua, tình trạng khai thác khoáng sản trái phép vẫn diễn biến phức tạp.\n"
            "Để nâng cao hiệu lực quản lý nhà nước, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "Giám đốc Sở Xây dựng tăng cường tuyên truyền Luật Khoáng sản đến các tổ chức, cá nhân.\n"
            "Giám đốc Sở Tài nguyên và Môi trường:\n"
            "- Rà soát toàn bộ các giấy phép khai thác khoáng sản đã cấp trên địa bàn tỉnh.\n"
            "- Tổ chức kiểm tra định kỳ việc chấp hành pháp luật về khoáng sản.\n"
            "Giám đốc Sở Công Thương chủ trì kiểm tra việc thực hiện dự án chế biến khoáng sản.\n"
            "Giám đốc Công an tỉnh chỉ đạo đấu tranh, xử lý nghiêm các hành vi khai thác trái phép.\n"
            "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố:\n"
            "- Chịu trách nhiệm về tình trạng khai thác khoáng sản trái phép trên địa bàn.\n"
            "- Kiên quyết giải tỏa các điểm khai thác trái phép.\n"
            + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Hoàng Xuân Lộc"))
    rec = parse_bytes(text.encode(), "ct.txt")
    names = [u.name for u in rec.units]
    for name in ("Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Công Thương", "Công an tỉnh"):
        assert name in names
