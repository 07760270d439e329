"""Shapes that copies of documents take on their way here, each a class rather than a document: a
law site's title and attribute lines before the header table, markdown's escaped list numbers,
pandoc's emphasis marks, a gazette's footnote marks glued to words and its section line without a
number, a form's blank signature after the real one, a task's field listed on bullet lines, an
agency heading with no colon before a sentence that opens with an activity. The texts are short
stand-ins written for the shape, not copies of real documents."""

from __future__ import annotations

import re

import pytest

from parsers import parse_bytes
from parsers.formats import prepare
from parsers.models import DocumentRecord
from tests.test_shapes import _tasks, _units, _with_appendix, signed


def _header(issuer: str, number: str, dated: str) -> str:
    """A stand-in's header: the issuer's lines, its number, the national motto, its place and date."""
    return f"{issuer}\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{dated}\n"

_HEADER_TABLE = (
    "| ỦY BAN NHÂN DÂN<br>TỈNH NGHỆ AN<br>-------- "
    "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>--------------- |\n"
    "|---|---|\n"
    "| Số: 712/KH-UBND | *Nghệ An, ngày 18 tháng 9 năm 2025* |\n")

_SITE_LINES = """\
# Kế hoạch 712/KH-UBND năm 2025 triển khai phong trào Bình dân học vụ số tỉnh Nghệ An

Số hiệu: 712/KH-UBND

Loại văn bản: Kế hoạch

Nơi ban hành: Tỉnh Nghệ An

Người ký: Hoàng Minh Khải

Ngày ban hành: 18/09/2025

Ngày hiệu lực: Đã biết

Tình trạng: Đã biết

---

"""

_PLAN_BODY = """\

**KẾ HOẠCH**

**TRIỂN KHAI PHONG TRÀO BÌNH DÂN HỌC VỤ SỐ TRÊN ĐỊA BÀN TỈNH**

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ;

Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21 tháng 3 năm 2025 của Ban Chỉ đạo Trung ương.

**I. MỤC ĐÍCH, YÊU CẦU**

Phổ cập kỹ năng số cơ bản cho toàn dân.

**II. NHIỆM VỤ**

1\\. Đẩy mạnh tuyên truyền, phổ biến về phong trào trên các phương tiện thông tin đại chúng
(chủ trì: Sở Văn hóa, Thể thao và Du lịch; thời gian: năm 2025).

2\\. Xây dựng nền tảng học tập trực tuyến dùng chung cho các xã, phường
(chủ trì: Sở Khoa học và Công nghệ; thời gian: Quý IV/2025).

**III. TỔ CHỨC THỰC HIỆN**

1\\. Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.

2\\. Sở Nội vụ hướng dẫn các cơ quan, đơn vị đưa kết quả vào tiêu chí thi đua.

"""


def _site_plan(site: bool) -> str:
    return (_SITE_LINES if site else "") + _HEADER_TABLE + _PLAN_BODY + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                                                                               name="Hoàng Minh Khải")


def test_a_law_sites_title_and_attribute_lines_before_the_header_table_leave_the_preamble_whole():
    for site in (False, True):
        rec = parse_bytes(_site_plan(site).encode(), "kh712.md")
        relations = [(r.relation, r.number) for r in rec.references]
        assert relations[:3] == [("legal_basis", None), ("legal_basis", "03/NQ-CP"),
                                 ("implements", "01-KH/BCĐTW")], site


def test_markdowns_escaped_list_numbers_are_items():
    rec = parse_bytes(_site_plan(True).encode(), "kh712.md")
    assert [(i, lead, deadline) for i, lead, _, deadline in _tasks(rec)] == [
        ("II.1", ("Sở Văn hóa, Thể thao và Du lịch",), "năm 2025"),
        ("II.2", ("Sở Khoa học và Công nghệ",), "Quý IV/2025")]
    assert _units(rec) == [("III.1", "Sở Khoa học và Công nghệ"), ("III.2", "Sở Nội vụ")]


PANDOC_QD = """\
**THỦ TƯỚNG CHÍNH PHỦ**
\\-\\-\\-\\-\\-\\-\\-

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-

Số: 1591/QĐ-TTg

_Hà Nội, ngày 16 tháng 10 năm 2017_

**QUYẾT ĐỊNH**

**PHÊ DUYỆT CHƯƠNG TRÌNH HỖ TRỢ ỨNG DỤNG, CHUYỂN GIAO TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ GIAI ĐOẠN 2018 - 2025**

**THỦ TƯỚNG CHÍNH PHỦ**

_Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;_

_Căn cứ Luật Chuyển giao công nghệ ngày 19 tháng 6 năm 2017;_

_Xét đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ,_

**QUYẾT ĐỊNH:**

**Điều 1.**Phê duyệt Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

"""


def test_pandoc_emphasis_around_the_preamble_and_a_progress_that_is_no_ministry():
    rec = parse_bytes((PANDOC_QD + signed("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", name="Vũ Đức Đam")).encode(),
                      "qd1591.pandoc.md")
    assert [(r.relation, r.name) for r in rec.references][:2] == [
        ("legal_basis", "Tổ chức Chính phủ"), ("legal_basis", "Chuyển giao công nghệ")]
    # "TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ" is progress in science, not the Bộ Khoa học và Công nghệ
    assert "tiến bộ khoa học và công nghệ" in (rec.document.title or "")


GAZETTE_ND = """\
CÔNG BÁO/Số 703 + 704/Ngày 05-8-2021
3
PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT
CHÍNH PHỦ
CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 74/2021/NĐ-CP
Hà Nội, ngày 23 tháng 7 năm 2021
NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội tự nguyện
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Bảo hiểm xã hội1 ngày 20 tháng 11 năm 2014;
Căn cứ Luật Bảo hiểm y tế2 ngày 14 tháng 11 năm 2008;
Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;
Chính phủ ban hành Nghị định quy định chi tiết.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định mức hỗ trợ trên diện tích 100 m2 sàn.
Điều 2. Trách nhiệm của Kho bạc Nhà nước3
Kho bạc Nhà nước hạch toán, thanh toán kinh phí hỗ trợ.
"""


def test_a_gazettes_footnote_marks_and_its_section_line_are_no_part_of_the_text():
    rec = parse_bytes((GAZETTE_ND + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính")).encode(),
                      "nd74.congbao.txt")
    assert rec.document.issuer == "Chính phủ"
    assert [r.name for r in rec.references if r.relation == "legal_basis"] == [
        "Tổ chức Chính phủ", "Bảo hiểm xã hội", "Bảo hiểm y tế"]
    assert _units(rec) == [("Điều 2", "Kho bạc Nhà nước")]
    assert "100 m2 sàn" in rec.text  # a unit's digit is no footnote mark


def test_a_number_glued_to_its_date_or_reference_word_is_no_footnote_mark():
    """"Hà Tĩnh, ngày 01 tháng12 năm 2025", "- Như Điều3;": a number a copy glued to "tháng", "Điều" is the date's or
    the reference's, not a footnote's mark (which "Kho bạc Nhà nước3" is)."""
    text = GAZETTE_ND.replace("ngày 23 tháng 7 năm 2021", "ngày 23 tháng7 năm 2021")
    assert text != GAZETTE_ND
    rec = parse_bytes((text + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính")).encode(), "nd.congbao.txt")
    assert rec.document.issued == "2021-07-23"
    assert "- Như Điều3;" in prepare("Nơi nhận:\n- Như Điều3;\n- Lưu: VT.\n", "x.txt").text


CIRCULAR_WITH_FORMS = """\
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 06/2023/TT-BLĐTBXH
Hà Nội, ngày 16 tháng 10 năm 2023
THÔNG TƯ
Hướng dẫn chế độ điều dưỡng phục hồi sức khỏe
Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;
Điều 1. Trách nhiệm của các cơ quan, đơn vị
1. Vụ Kế hoạch - Tài chính
Chủ trì, phối hợp với Cục Người có công tổng hợp dự toán kinh phí điều dưỡng.
2. Thanh tra Bộ
Thanh tra, kiểm tra việc thực hiện chế độ điều dưỡng theo kế hoạch hằng năm.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực kể từ ngày 01 tháng 12 năm 2023.
Nơi nhận:
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG


(Đã ký)


Trần Quang Vinh

Mẫu số 01
DANH SÁCH TỔNG HỢP
STT\tHọ và tên\tGhi chú
NGƯỜI LẬP BIỂU\t........, ngày .... tháng .... năm .......
(Ký, ghi rõ họ tên)\tTM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Ký, ghi rõ họ tên, đóng dấu)
"""


def test_a_forms_blank_signature_after_the_real_one_and_a_heading_before_an_activity():
    rec = parse_bytes(CIRCULAR_WITH_FORMS.encode(), "tt06.txt")
    assert rec.document.signer == "Trần Quang Vinh"
    # "2. Thanh tra Bộ ⏎ Thanh tra, kiểm tra …": the heading is the body, the next line its work
    assert _units(rec) == [("Điều 1.1", "Vụ Kế hoạch - Tài chính"), ("Điều 1.2", "Thanh tra Bộ")]


PLAN_WITH_LISTED_PARTNERS = _header("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "25/KH-UBND",
                                    "Lạng Sơn, ngày 20 tháng 01 năm 2022") + """\
KẾ HOẠCH
Phòng, chống ma túy năm 2022
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác phòng, chống ma túy.
II. NHIỆM VỤ, GIẢI PHÁP
1. Phòng, chống ma túy trong trường học
Lồng ghép nội dung giáo dục phòng, chống ma túy vào chương trình chính khóa, hoạt động ngoại
khóa; phối hợp với gia đình quản lý học sinh, sinh viên.
Đơn vị chủ trì: Sở Giáo dục và Đào tạo
Đơn vị phối hợp:
- Công an tỉnh
- Tỉnh Đoàn Lạng Sơn
- Sở Y tế
Thời gian thực hiện: Năm học 2021 - 2022.
2. Kiểm soát chặt chẽ hoạt động xuất khẩu, nhập khẩu tiền chất qua các cửa khẩu.
Đơn vị chủ trì: Cục Hải quan tỉnh
Thời gian thực hiện: Thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Công an tỉnh là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch.
"""


def test_a_fields_values_listed_on_bullet_lines_are_no_tasks_and_a_field_line_opens_its_own_paragraph():
    rec = parse_bytes((PLAN_WITH_LISTED_PARTNERS + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                                                          name="Hồ Tiến Thiệu")).encode(), "kh25.txt")
    assert _tasks(rec) == [
        ("II.1", ("Sở Giáo dục và Đào tạo",), ("Công an tỉnh", "Tỉnh Đoàn Lạng Sơn", "Sở Y tế"), "Năm học 2021 - 2022"),
        ("II.2", ("Cục Hải quan tỉnh",), (), "Thường xuyên")]


PROJECT_BY_AGENCY = _header("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NINH", "98/NQ-HĐND",
                            "Bắc Ninh, ngày 08 tháng 12 năm 2022") + """\
NGHỊ QUYẾT
Thông qua Đề án phát triển nguồn nhân lực chất lượng cao
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Thông qua Đề án phát triển nguồn nhân lực chất lượng cao (Đề án kèm theo).
Điều 2. Nghị quyết này có hiệu lực từ ngày thông qua.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Nguyễn Quốc Chung

ĐỀ ÁN
PHÁT TRIỂN NGUỒN NHÂN LỰC CHẤT LƯỢNG CAO
(Kèm theo Nghị quyết số 98/NQ-HĐND ngày 08/12/2022 của HĐND tỉnh Bắc Ninh)

Phần I
CĂN CỨ XÂY DỰNG ĐỀ ÁN
- Luật Giáo dục nghề nghiệp ngày 27/11/2014;
- Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển
giáo dục nghề nghiệp.

Phần II
NHIỆM VỤ VÀ GIẢI PHÁP
1. Nhiệm vụ, giải pháp chung
Nâng cao nhận thức của các cấp, các ngành về vai trò của nguồn nhân lực chất lượng cao.
2. Nhiệm vụ cụ thể của các sở, ngành, địa phương
2.1. Sở Nội vụ
a) Chủ trì tham mưu chính sách thu hút người có trình độ cao về làm việc tại tỉnh.
b) Xây dựng kế hoạch đào tạo, bồi dưỡng đội ngũ cán bộ, công chức có trình độ chuyên môn sâu.
2.2. Sở Giáo dục và Đào tạo
a) Chủ trì đổi mới công tác hướng nghiệp, phân luồng học sinh sau trung học cơ sở.
"""


def test_tasks_per_agency_a_level_down_and_a_parts_bases_written_as_a_list():
    rec = parse_bytes(PROJECT_BY_AGENCY.encode(), "nq98.txt")
    leads = {i: lead for i, lead, _, _ in _tasks(rec)}
    assert leads["II.2.1.a"] == leads["II.2.1.b"] == ("Sở Nội vụ",)
    assert leads["II.2.2.a"] == ("Sở Giáo dục và Đào tạo",)
    bases = [(r.type, r.number) for r in rec.references if r.relation == "legal_basis"]
    assert ("Luật", None) in bases and ("Quyết định", "2239/QĐ-TTg") in bases
    assert len(bases) == 3  # the resolution's own and the Đề án's two
    # … and so when the heading says "NHỮNG CĂN CỨ …"
    text = PROJECT_BY_AGENCY.replace("CĂN CỨ XÂY DỰNG ĐỀ ÁN", "NHỮNG CĂN CỨ XÂY DỰNG ĐỀ ÁN")
    rec = parse_bytes(text.encode(), "nq98.txt")
    assert len([r for r in rec.references if r.relation == "legal_basis"]) == 3


WORD_TEXT_QD = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   TỈNH LÀO CAI                              Độc lập - Tự do - Hạnh phúc
   ----------                                  ----------------------

Số: 2231/QĐ-UBND                           Lào Cai, ngày 30 tháng 8 năm 2010


QUYẾT ĐỊNH
Về việc ban hành Kế hoạch đào tạo nghề cho lao động nông thôn

ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Căn cứ Luật Dạy nghề ngày 29/11/2006;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đào tạo nghề cho lao động nông thôn.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.


Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
- Như Điều 2;                                          KT. CHỦ TỊCH
- Lưu: VT.                                             PHÓ CHỦ TỊCH

                                                    Đặng Xuân Tùng
"""


def test_a_word_texts_rule_under_its_two_header_columns_is_no_table():
    from parsers.formats import detect

    assert detect(WORD_TEXT_QD, "qd2231.txt") == "plain"
    doc = parse_bytes(WORD_TEXT_QD.encode(), "qd2231.txt").document
    assert (doc.place, doc.issued, doc.signer) == ("Lào Cai", "2010-08-30", "Đặng Xuân Tùng")
    # a rule of stars under the issuer ("-----***-----") is no markdown's bold
    starred = WORD_TEXT_QD.replace("\n", "\n    -----***-----\n", 1)
    assert detect(starred, "qd2231.txt") == "plain"
    assert parse_bytes(starred.encode(), "qd2231.txt").document.signer == "Đặng Xuân Tùng"


PROGRAMME_WITH_BRACKETED_LEADS = _header("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG", "1056/QĐ-UBND",
                                         "Tuyên Quang, ngày 10 tháng 8 năm 2009") + """\
CHƯƠNG TRÌNH
Phát triển nông nghiệp, nông thôn
I. MỤC TIÊU
Nâng cao đời sống nông dân.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Rà soát quy hoạch sử dụng đất gắn với giao đất, giao rừng cho hộ gia đình (Sở Tài nguyên và Môi
trường chủ trì, Sở Nông nghiệp và Phát triển nông thôn phối hợp). Thời gian hoàn thành: năm 2010.
2. Thực hiện có hiệu quả chính sách giao khoán bảo vệ rừng (Sở Nông nghiệp và PTNT chủ trì, phối hợp
với Ủy ban nhân dân các huyện). Thời gian: 2009 - 2010.
III. TỔ CHỨC THỰC HIỆN
1. Sở Kế hoạch và Đầu tư chủ trì theo dõi, tổng hợp tình hình thực hiện Chương trình.
2. Các doanh nghiệp: Bưu điện tỉnh, Viễn thông Tuyên Quang, Điện lực Tuyên Quang:
Bảo đảm hạ tầng thông tin, điện phục vụ sản xuất nông nghiệp.
"""


def test_giving_out_land_is_no_assignment_and_a_groups_label_lists_its_bodies():
    rec = parse_bytes((PROGRAMME_WITH_BRACKETED_LEADS + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                                                               name="Nguyễn Sáng Vang")).encode(), "ct1056.txt")
    assert [(i, lead, support) for i, lead, support, _ in _tasks(rec)] == [
        ("II.1", ("Sở Tài nguyên và Môi trường",), ("Sở Nông nghiệp và Phát triển nông thôn",)),
        ("II.2", ("Sở Nông nghiệp và PTNT",), ("Ủy ban nhân dân các huyện",))]
    assert [name for _, name in _units(rec)] == [
        "Sở Kế hoạch và Đầu tư", "Bưu điện tỉnh", "Viễn thông Tuyên Quang", "Điện lực Tuyên Quang"]


_GAZETTE_HEADER = "STT\n\nNhiệm vụ\n\nĐơn vị chủ trì\n\nĐơn vị phối hợp\n\nThời gian\nhoàn thành\n\n"
PLAN_WITH_PAGED_TABLE = ("""\
BỘ KHOA HỌC VÀ CÔNG NGHỆ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1027/KH-BKHCN
Hà Nội, ngày 28 tháng 4 năm 2025
KẾ HOẠCH
Hành động năm 2025
I. MỤC TIÊU
Hoàn thiện thể chế.
II. TỔ CHỨC THỰC HIỆN
Vụ Kế hoạch - Tài chính theo dõi, tổng hợp tình hình thực hiện.
""" + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Hoàng Minh") + """
PHỤ LỤC I
NHIỆM VỤ NĂM 2025

""" + _GAZETTE_HEADER + """I

HOÀN THIỆN THỂ CHẾ

1

Sửa đổi, bổ sung Thông tư số 05/2023/TT-BKHCN theo hướng khoán chi

Vụ Kế hoạch - Tài chính

Vụ Pháp chế

Quý III/2025


4
""" + _GAZETTE_HEADER + """2

Tuyên truyền, phổ biến về khoa học, công nghệ và đổi mới sáng tạo

Văn phòng Bộ

Báo Khoa học và Phát triển

Thường xuyên


6
PHỤ LỤC II
DANH MỤC ĐỀ ÁN TRÌNH NĂM 2025
""")


def test_a_gazette_tables_page_numbers_are_no_cells():
    rec = parse_bytes(PLAN_WITH_PAGED_TABLE.encode(), "kh1027.txt")
    assert [(i, lead, deadline) for i, lead, _, deadline in _tasks(rec)] == [
        ("PL.I.1", ("Vụ Kế hoạch - Tài chính",), "Quý III/2025"),
        ("PL.I.2", ("Văn phòng Bộ",), "Thường xuyên")]


CRAWLED_PLAN = """\
Đang tải văn bản...
#
**Số hiệu:**
|
1089/QĐ-BYT
|
|
**Loại văn bản:**
|
Quyết định
|
BỘ Y TẾ
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 1089/QĐ-BYT
|
*Hà Nội, ngày 12 tháng 4 năm 2023*
|
**QUYẾT ĐỊNH**
BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT KHÁM BỆNH, CHỮA BỆNH
**BỘ TRƯỞNG BỘ Y TẾ**
Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;
**QUYẾT ĐỊNH:**
**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Khám bệnh, chữa bệnh.
**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
|
**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
**Trần Văn Thuấn**
|
**KẾ HOẠCH**
TRIỂN KHAI THI HÀNH LUẬT KHÁM BỆNH, CHỮA BỆNH
*(Ban hành kèm theo Quyết định số 1089/QĐ-BYT ngày 12 tháng 4 năm 2023 của Bộ trưởng Bộ Y tế)*
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai thi hành Luật kịp thời.
II. NỘI DUNG
Các nhiệm vụ cụ thể được quy định tại Phụ lục I kèm theo Kế hoạch này.
III. TỔ CHỨC THỰC HIỆN
Cục Quản lý Khám, chữa bệnh là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch./.
|
**Phụ lục I**
**DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT**
*(Kèm theo Kế hoạch ban hành tại Quyết định số 1089/QĐ-BYT ngày 12 tháng 4 năm 2023 của Bộ trưởng Bộ Y tế)*
|
**STT**
|
**Nội dung công việc**
|
**Đơn vị chủ trì**
|
**Đơn vị phối hợp**
|
**Thời gian hoàn thành**
|
|
1
|
Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh
|
Cục Quản lý Khám, chữa bệnh
|
Vụ Pháp chế, Vụ Kế hoạch - Tài chính
|
Tháng 10/2023
|
|
2
|
Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực y tế
|
Thanh tra Bộ
|
Vụ Pháp chế
|
Quý IV/2023
|
**Phụ lục II**
**DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT**
*(Kèm theo Kế hoạch ban hành tại Quyết định số 1089/QĐ-BYT ngày 12 tháng 4 năm 2023 của Bộ trưởng Bộ Y tế)*
|
**STT**
|
**Nội dung công việc**
|
**Đơn vị chủ trì**
|
**Đơn vị phối hợp**
|
**Thời gian hoàn thành**
|
|
1
|
Tập huấn chuyên sâu các quy định của Luật cho Sở Y tế các tỉnh, thành phố
|
Cục Quản lý Khám, chữa bệnh
|
Sở Y tế các tỉnh, thành phố trực thuộc Trung ương
|
Quý IV/2023
|
"""


def test_a_crawled_appendix_title_in_sentence_case_before_its_table_opens_the_appendix():
    rec = parse_bytes(CRAWLED_PLAN.encode(), "qd1089.md")
    assert [a.type for a in rec.attachments] == ["Kế hoạch", "Phụ lục", "Phụ lục"]
    assert [(i, lead, support, deadline) for i, lead, support, deadline in _tasks(rec)] == [
        ("PL1.1", ("Cục Quản lý Khám, chữa bệnh",), ("Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"), "Tháng 10/2023"),
        ("PL1.2", ("Thanh tra Bộ",), ("Vụ Pháp chế",), "Quý IV/2023"),
        ("PL2.1", ("Cục Quản lý Khám, chữa bệnh",), ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",),
         "Quý IV/2023")]


def test_a_crawled_tables_last_cell_without_its_closing_bar_ends_at_the_next_appendix():
    """"… | Quý IV/2023 ⏎ **Phụ lục II**": the page left out the bar after the last cell; the next
    appendix's title is no part of that cell, and its table is read as its own."""
    text = CRAWLED_PLAN.replace("Quý IV/2023\n|\n**Phụ lục II**", "Quý IV/2023\n**Phụ lục II**")
    assert text != CRAWLED_PLAN
    rec = parse_bytes(text.encode(), "qd1089.md")
    assert [(i, deadline) for i, _, _, deadline in _tasks(rec)] == [
        ("PL1.1", "Tháng 10/2023"), ("PL1.2", "Quý IV/2023"), ("PL2.1", "Quý IV/2023")]


TAB_COLUMNS_CT = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ GIANG\tĐộc lập - Tự do - Hạnh phúc\n"
    "-----------\t--------------------------------\n"
    "Số: 08/CT-UBND\tHà Giang, ngày 19 tháng 7 năm 2013\n\n"
    "CHỈ THỊ\n"
    "Về việc tăng cường công tác quản lý, bảo tồn và phát huy giá trị\n"
    "Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn\n"
    "_____________\n\n"
    "1. Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền về giá trị di sản.\n\n"
    "Nơi nhận:\tCHỦ TỊCH\n"
    "- Các sở, ban, ngành;\t(đã ký)\n"
    "- Lưu: VT, VX.\tLục Văn Thào\n"
    "\n"
    "PHỤ LỤC\n"
    "STT\tTên công trình\tĐơn vị chủ trì\tThời gian hoàn thành\n"
    "I\tCÔNG TRÌNH THỦY LỢI\t\t\n"
    "1\tNạo vét kênh mương nội đồng\tUBND huyện Đồng Văn\tQuý IV/2013\n")


def test_a_word_texts_columns_apart_by_one_tab_and_a_rule_under_the_title():
    doc = parse_bytes(TAB_COLUMNS_CT.encode(), "ct08.txt").document
    assert (doc.issuer, doc.place, doc.issued, doc.signer) == (
        "Ủy ban nhân dân tỉnh Hà Giang", "Hà Giang", "2013-07-19", "Lục Văn Thào")
    assert doc.title and doc.title.endswith("Cao nguyên đá Đồng Văn")
    from parsers.formats import columns_apart

    # a table's rows keep their tabs: more than one, or empty cells after the last
    assert "I\tCÔNG TRÌNH THỦY LỢI\t\t" in columns_apart(TAB_COLUMNS_CT)


def test_a_word_texts_columns_apart_by_tabs_and_spaces_in_the_header_and_the_signature():
    """" TỈNH PHÚ YÊN\t\t\t\t    Độc lập …", "- Văn phòng Chính phủ;\t\t\t\t\t  CHỦ TỊCH": tabs with spaces around them
    part the columns too, and a signature's line of one such gap is no table's row."""
    text = ("ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            " TỈNH PHÚ YÊN\t\t\t\t    Độc lập - Tự do - Hạnh phúc\n"
            "Số: 08/CTr-UBND\t\t\t\tTuy Hòa, ngày 16 tháng 3 năm 2009\n\n"
            "\t\t\tCHƯƠNG TRÌNH HÀNH ĐỘNG\n\tVề nông nghiệp, nông dân, nông thôn\n\n"
            "\tCăn cứ Nghị quyết số 24/2008/NQ-CP ngày 28/10/2008 của Chính phủ;\n\n"
            "I/ MỤC TIÊU\n\tXây dựng nền nông nghiệp phát triển bền vững.\n\n"
            "Nơi nhận:\t\t\t\t\t\tTM. UỶ BAN NHÂN DÂN\n- Văn phòng Chính phủ;\t\t\t\t\t  CHỦ TỊCH\n"
            "- Các sở, ban, ngành;\t\t\t\t\t\t(Đã ký)\n- Lưu: VT, KT, NN.\t\t\t\t\t\tHuỳnh Ngọc Thạnh\n")
    doc = parse_bytes(text.encode(), "ctr08.txt").document
    assert (doc.issuer, doc.signer) == ("Ủy ban nhân dân tỉnh Phú Yên", "Huỳnh Ngọc Thạnh")
    # the signer on a line of its own, its left cell empty ("⇥Huỳnh Ngọc Thạnh"), below the list
    alone = text.replace("- Lưu: VT, KT, NN.\t\t\t\t\t\tHuỳnh Ngọc Thạnh\n",
                         "- Lưu: VT, KT, NN.\t\n\t\n\tHuỳnh Ngọc Thạnh\n")
    assert parse_bytes(alone.encode(), "ctr08.txt").document.signer == "Huỳnh Ngọc Thạnh"
    # … or flush left, blank lines above it
    flush = text.replace("- Lưu: VT, KT, NN.\t\t\t\t\t\tHuỳnh Ngọc Thạnh\n",
                         "- Lưu: VT, KT, NN.\n\n\n\nHuỳnh Ngọc Thạnh\n")
    assert parse_bytes(flush.encode(), "ctr08.txt").document.signer == "Huỳnh Ngọc Thạnh"


TAB_TABLE_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 318/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nTiền Giang, ngày 05 tháng 11 năm 2020\n\nKẾ HOẠCH\n"
    "Phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2020 - 2021\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm nước sinh hoạt cho Nhân dân.\n\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Hướng dẫn nông dân xuống giống vụ Đông Xuân sớm, tập trung, né mặn. Sở Nông nghiệp và Phát triển nông"
    " thôn chủ trì, với sự tham gia của Hội Nông dân tỉnh và Trung tâm Khuyến nông tỉnh.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Phát triển nông thôn theo dõi, tổng hợp tình hình thực hiện.\n\n"
    "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Vĩnh\n\n"
    "PHỤ LỤC\nDANH MỤC CÔNG TRÌNH, NHIỆM VỤ CẤP BÁCH\n"
    "(Kèm theo Kế hoạch số 318/KH-UBND ngày 05/11/2020 của Ủy ban nhân dân tỉnh Tiền Giang)\n\n"
    "STT\tTên công trình, nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
    "I\tCÔNG TRÌNH THỦY LỢI\t\t\t\n"
    "1\tĐắp đập tạm ngăn mặn trên các kênh nhánh sông Tiền\tUBND huyện Cái Bè\tSở Nông nghiệp và PTNT\n"
    "Sở Tài chính\tTrước ngày 15/12/2020\n"
    "2\tNạo vét kênh mương nội đồng trữ nước ngọt\tUBND huyện Cai Lậy\tSở Tài chính\tTháng 02/2021\n")


def test_a_tab_tables_cell_broken_over_two_lines_and_partners_who_take_part():
    rec = parse_bytes(TAB_TABLE_PLAN.encode(), "kh318.txt")
    assert _tasks(rec) == [
        ("II.1", ("Sở Nông nghiệp và Phát triển nông thôn",), ("Hội Nông dân tỉnh", "Trung tâm Khuyến nông tỉnh"),
         None),
        ("PL.I.1", ("UBND huyện Cái Bè",), ("Sở Nông nghiệp và PTNT", "Sở Tài chính"), "Trước ngày 15/12/2020"),
        ("PL.I.2", ("UBND huyện Cai Lậy",), ("Sở Tài chính",), "Tháng 02/2021")]
    # a line whose cells go on in their columns, its number's and task's cells empty
    wrapped = TAB_TABLE_PLAN.replace("\tSở Tài chính\tTháng 02/2021\n",
                                     "\tSở Tài chính,\tTháng 02/2021\n\t\t\tSở Nông nghiệp và PTNT\t\n")
    assert _tasks(parse_bytes(wrapped.encode(), "kh318.txt"))[-1] == (
        "PL.I.2", ("UBND huyện Cai Lậy",), ("Sở Tài chính", "Sở Nông nghiệp và PTNT"), "Tháng 02/2021")


NOTICE_WITH_TOPICS = _header("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG", "112/TB-VP",
                             "Hải Dương, ngày 20 tháng 4 năm 2021") + """\
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về giải phóng mặt bằng
Ngày 15 tháng 4 năm 2021, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Chủ tịch kết luận như sau:
1. Các nhiệm vụ cụ thể
a) Giao Ủy ban nhân dân huyện Cẩm Giàng hoàn thành bàn giao mặt bằng trước ngày 30/5/2021.
b) Về nguồn vốn:
Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát, bố trí bổ sung vốn cho dự án.
"""


def test_a_topic_about_money_in_a_notice_is_no_funding_section():
    rec = parse_bytes((NOTICE_WITH_TOPICS + signed("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", name="Nguyễn Văn Hải")).encode(),
                      "tb112.txt")
    assert _units(rec) == [("1.a", "Ủy ban nhân dân huyện Cẩm Giàng"), ("1.b", "Sở Kế hoạch và Đầu tư")]


RESOLUTION_ON_A_PLAN = _header("HỘI ĐỒNG NHÂN DÂN\nTỈNH VĨNH LONG", "245/NQ-HĐND",
                               "Vĩnh Long, ngày 10 tháng 12 năm 2024") + """\

NGHỊ QUYẾT
VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025
HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG
KHÓA X, KỲ HỌP THỨ 21
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Mục tiêu tổng quát
Tăng trưởng kinh tế nhanh và bền vững.
Điều 2. Nhiệm vụ, giải pháp chủ yếu
1. Đẩy mạnh cơ cấu lại ngành nông nghiệp gắn với xây dựng nông thôn mới.
2. Tập trung triển khai thực hiện các dự án trọng điểm, giải ngân vốn đầu tư công.
Điều 3. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
"""


def test_a_resolution_on_a_plan_holds_its_tasks_in_an_article_and_its_enacting_council_is_no_title():
    rec = parse_bytes((RESOLUTION_ON_A_PLAN + signed("CHỦ TỊCH", name="Bùi Văn Nghiêm")).encode(), "nq245.txt")
    assert rec.document.title == "Về kế hoạch phát triển kinh tế - xã hội năm 2025"
    assert [t.id for t in rec.tasks] == ["Điều 2.1", "Điều 2.2"]
    assert _units(rec) == [("Điều 3", "Ủy ban nhân dân tỉnh")]


PROGRAMME_PER_AGENCY = _header("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG", "88/CTr-UBND",
                               "Bắc Giang, ngày 12 tháng 5 năm 2016") + """\

CHƯƠNG TRÌNH HÀNH ĐỘNG
Tái cơ cấu ngành nông nghiệp

I. MỤC TIÊU
Nâng cao giá trị gia tăng của ngành nông nghiệp.

II. NHIỆM VỤ CỤ THỂ CỦA CÁC SỞ, NGÀNH
1. Nhiệm vụ của Sở Kế hoạch và Đầu tư
a) Chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí vốn đầu tư công cho nông nghiệp.
b) Tham mưu thu hút doanh nghiệp đầu tư vào nông nghiệp, nông thôn.
2. Nhiệm vụ của Sở Lao động
- Thương binh và Xã hội
a) Đào tạo nghề cho lao động nông thôn gắn với nhu cầu của doanh nghiệp.
3. Phòng, chống mua bán người
a) Tăng cường tuần tra, kiểm soát biên giới, cửa khẩu, đường mòn, lối mở.
Trách nhiệm thực hiện: Bộ Chỉ huy Bộ đội Biên phòng tỉnh
b) Tiếp nhận, xác minh, bảo vệ an toàn cho nạn nhân bị mua bán trở về.
Trách nhiệm thực hiện: Công an tỉnh

III. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi việc thực hiện Chương trình.
"""


def test_an_agencys_duties_heading_in_a_task_section_a_name_wrapped_at_its_dash_and_a_field_with_its_value():
    closing = signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Linh")
    rec = parse_bytes((PROGRAMME_PER_AGENCY + closing).encode(), "ctr88.txt")
    assert [(i, lead) for i, lead, _, _ in _tasks(rec)] == [
        ("II.1.a", ("Sở Kế hoạch và Đầu tư",)), ("II.1.b", ("Sở Kế hoạch và Đầu tư",)),
        ("II.2.a", ("Sở Lao động - Thương binh và Xã hội",)),
        ("II.3.a", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",)), ("II.3.b", ("Công an tỉnh",))]
    # (the agency headings of a section organised by agency are units too)
    assert _units(rec) == [("II.1", "Sở Kế hoạch và Đầu tư"), ("II.2", "Sở Lao động - Thương binh và Xã hội"),
                           ("III", "Sở Nông nghiệp và Phát triển nông thôn")]


CRAWLED_GROUPS = CRAWLED_PLAN.split("|\n**Phụ lục I**")[0] + """|
**Phụ lục I**
**PHÂN CÔNG THỰC HIỆN**
*(Kèm theo Kế hoạch ban hành tại Quyết định số 1089/QĐ-BYT ngày 12 tháng 4 năm 2023 của Bộ trưởng Bộ Y tế)*
|
**STT**
|
**Nội dung hoạt động**
|
**Đơn vị phối hợp**
|
**Thời gian thực hiện**
|
|
**I**
|
**NGHỊ ĐỊNH CỦA CHÍNH PHỦ**
|
|
1
|
Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh
|
Vụ Pháp chế
|
Tháng 10/2023
|
|
**II**
|
**SỞ Y TẾ CÁC TỈNH**
|
|
1
|
Tập huấn chuyên sâu các quy định của Luật cho cán bộ y tế tuyến huyện
|
Trung tâm Y tế các huyện
|
Quý IV/2023
|
"""


def test_a_crawled_tables_group_titled_by_a_document_type_and_groups_that_lead_their_rows():
    rec = parse_bytes(CRAWLED_GROUPS.encode(), "qd1089.md")
    assert [(i, lead, deadline) for i, lead, _, deadline in _tasks(rec)] == [
        ("PL.I.1", (), "Tháng 10/2023"), ("PL.II.1", ("SỞ Y TẾ CÁC TỈNH",), "Quý IV/2023")]


def test_a_web_copys_odd_spaces_and_a_decomposed_text_are_read_as_their_plain_form():
    """No-break and zero-width spaces, soft hyphens, letters and tones decomposed (NFD): the format is
    told from the text as normalised, so the copy reads as the clean one does."""
    import unicodedata
    def read(text: str) -> tuple[str, list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]]:
        rec = parse_bytes(text.encode(), "qd1089.md")
        return rec.source.format, _tasks(rec)

    spaced = CRAWLED_GROUPS.replace("Nghị định quy", "Nghị\u00a0định\u200b quy").replace(" ", "\u00a0", 40)
    assert read(CRAWLED_GROUPS)[0] == "tvpl-page"
    for copy in (spaced, unicodedata.normalize("NFD", CRAWLED_GROUPS), spaced.replace("Tập huấn", "Tập\u00adhuấn")):
        assert read(copy) == read(CRAWLED_GROUPS)


def test_an_appendix_titled_phu_luc_in_sentence_case_alone_on_its_line():
    text = PLAN_WITH_PAGED_TABLE.replace("PHỤ LỤC I\n", "Phụ lục\n").replace(
        "NHIỆM VỤ NĂM 2025\n", "NHIỆM VỤ NĂM 2025\n(Kèm theo Kế hoạch số 1027/KH-BKHCN ngày 28/4/2025)\n")
    rec = parse_bytes(text.encode(), "kh1027.txt")
    assert [a.type for a in rec.attachments][:1] == ["Phụ lục"]
    assert [(i, deadline) for i, _, _, deadline in _tasks(rec)] == [
        ("PL.I.1", "Quý III/2025"), ("PL.I.2", "Thường xuyên")]


AMENDED_TWICE = _header("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI", "45/KH-UBND", "Đồng Nai, ngày 10 tháng 1 năm 2026") + """\

KẾ HOẠCH
Cải cách hành chính năm 2026

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính, được \
sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 và Nghị định số 92/2017/NĐ-CP ngày 07 \
tháng 8 năm 2017 của Chính phủ;
Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;

I. MỤC ĐÍCH
Nâng cao chỉ số cải cách hành chính.
"""


def test_the_acts_that_amended_a_basis_listed_with_and_are_all_secondary():
    closing = signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Võ Tấn Đức")
    rec = parse_bytes((AMENDED_TWICE + closing).encode(), "kh45.txt")
    assert [(r.relation, r.number, r.link) for r in rec.references] == [
        ("legal_basis", "63/2010/NĐ-CP", None), ("secondary", "48/2013/NĐ-CP", "amended_by"),
        ("secondary", "92/2017/NĐ-CP", "amended_by"), ("legal_basis", "107/2021/NĐ-CP", None)]
    # … but a law by its name and date after an amending act by its number is a basis of its own
    named = AMENDED_TWICE.replace(
        "Căn cứ Nghị định số 107/2021/NĐ-CP", "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008 đã được sửa đổi, "
        "bổ sung một số điều theo Luật số 46/2014/QH13 và Luật Việc làm ngày 16 tháng 11 năm 2013;\n"
        "Căn cứ Nghị định số 107/2021/NĐ-CP")
    rec = parse_bytes((named + closing).encode(), "kh45.txt")
    assert [(r.relation, r.number or r.name, r.link) for r in rec.references][3:] == [
        ("legal_basis", "Bảo hiểm y tế", None), ("secondary", "46/2014/QH13", "amended_by"),
        ("legal_basis", "Việc làm", None), ("legal_basis", "107/2021/NĐ-CP", None)]


def test_an_attached_plans_title_ends_at_its_note():
    block = ("|\n** **\n**KẾ HOẠCH**\n**TRIỂN KHAI THI HÀNH LUẬT KHÁM BỆNH,\nCHỮA BỆNH**\n"
             "*(Ban hành kèm theo Quyết định số 1089/QĐ-BYT ngày 12 tháng 4 năm 2023\ncủa Bộ trưởng Bộ Y tế)*\n"
             "Luật Khám bệnh, chữa bệnh đã được Quốc hội khóa XV thông qua ngày 09 tháng 01 năm\n"
             "2023. Để triển khai thi hành Luật kịp thời, Bộ trưởng ban hành Kế hoạch với các nội dung sau:\n")
    head, tail = CRAWLED_PLAN.split("|\n**KẾ HOẠCH**\nTRIỂN KHAI THI HÀNH LUẬT KHÁM BỆNH, CHỮA BỆNH\n")
    tail = tail.split("\n", 1)[1]  # (the note, written again in the block)
    rec = parse_bytes((head + block + tail).encode(), "qd1089.md")
    # the plan's title names the law it carries out; the sentence under the note names it again, as a cite
    laws = [r.relation for r in rec.references if r.type == "Luật"]
    assert "implements" in laws and "secondary" not in laws


WRAPPED_QUARTER = """\
BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2106/KH-BTC
Hà Nội, ngày 20 tháng 6 năm 2025

KẾ HOẠCH
Triển khai thi hành Luật Thuế thu nhập doanh nghiệp

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thi hành Luật kịp thời.

II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN
1. Tổ chức tập huấn nghiệp vụ cho công chức thuế và hướng dẫn người nộp thuế

- Cơ quan chủ trì: Cục Thuế.

- Thời gian thực hiện: Quý
III - Quý IV năm 2025.

2. Rà soát văn bản quy phạm pháp luật có liên quan đến thuế thu nhập doanh nghiệp

- Cơ quan chủ trì: Vụ Pháp chế.

- Thời gian thực hiện: trước ngày 15 tháng 9 năm 2025.
"""


def test_a_number_wrapped_away_from_the_word_it_belongs_to_opens_no_section():
    closing = signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Cao Anh Tuấn")
    rec = parse_bytes((WRAPPED_QUARTER + closing).encode(), "kh2106.txt")
    assert [(i, lead, deadline) for i, lead, _, deadline in _tasks(rec)] == [
        ("II.1", ("Cục Thuế",), "Quý III - Quý IV năm 2025"),
        ("II.2", ("Vụ Pháp chế",), "trước ngày 15 tháng 9 năm 2025")]


def test_who_leads_named_over_a_line_break_and_a_preamble_in_emphasis_over_lines():
    text = WRAPPED_QUARTER.replace(
        "2. Rà soát văn bản quy phạm pháp luật có liên quan đến thuế thu nhập doanh nghiệp\n\n"
        "- Cơ quan chủ trì: Vụ Pháp chế.\n",
        "2. Đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án về thuế (đề nghị Viện Kiểm sát nhân dân tỉnh, Toà\n"
        "án nhân dân tỉnh chủ trì, Công an tỉnh phối hợp).\n")
    rec = parse_bytes(text.encode(), "kh2106.txt")
    assert [(i, lead, support) for i, lead, support, _ in _tasks(rec)][1] == (
        "II.2", ("Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"), ("Công an tỉnh",))
    wrapped = PANDOC_QD.replace("_Căn cứ Luật Chuyển giao công nghệ ngày 19 tháng 6 năm 2017;_",
                                "_Căn cứ Luật Chuyển giao công nghệ ngày 19 tháng 6\nnăm 2017;_")
    rec = parse_bytes((wrapped + signed("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", name="Vũ Đức Đam")).encode(),
                      "qd1591.pandoc.md")
    assert [(r.relation, r.name) for r in rec.references][:2] == [
        ("legal_basis", "Tổ chức Chính phủ"), ("legal_basis", "Chuyển giao công nghệ")]


def test_a_titles_round_number_wrapped_to_a_line_of_its_own_opens_no_item():
    """"… TỈNH THANH HÓA (ĐỢT ⏎ 2)": the round's number, in capitals, no item "2)" before the preamble."""
    text = AMENDED_TWICE.replace("Cải cách hành chính năm 2026\n",
                                 "PHÊ DUYỆT KẾ HOẠCH LỰA CHỌN NHÀ THẦU CÁC GÓI THẦU XÂY LẮP (ĐỢT\n2)\n")
    rec = parse_bytes((text + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Võ Tấn Đức")).encode(), "kh45.txt")
    assert [r.relation for r in rec.references][:2] == ["legal_basis", "secondary"]


def test_a_number_broken_after_its_hyphen_and_a_joint_plans_number():
    """"Tờ trình số 1256/TTr- ⏎ STNMT": the line broke after the hyphen, the code goes on (a sentence
    after the break does not); "Kế hoạch liên tịch số 307/KH/BGDĐT-BVHTTDL-TƯĐTN": a type, then its issuers."""
    from parsers.references import find_mentions

    def read(text: str) -> list[tuple[str, str | None]]:
        return [(m.type, m.number) for m in find_mentions(text)]

    assert read("Theo đề nghị của Sở tại Tờ trình số 1256/TTr-\nSTNMT ngày 20 tháng 5 năm 2014,") == [
        ("Tờ trình", "1256/TTr-STNMT")]
    assert read("theo Quyết định số 12/QĐ-\nTrong thời gian tới") == [("Quyết định", "12/QĐ")]
    # (… or before its slash: "412 ⏎ /TTr-SNNMT", "15 ⏎ /2025/NĐ-CP")
    assert read("tại Tờ trình số 412\n/TTr-SNNMT ngày 09 tháng 9 năm 2025") == [("Tờ trình", "412/TTr-SNNMT")]
    assert read("Căn cứ Nghị định số 15\n/2025/NĐ-CP ngày 02/01/2025;") == [("Nghị định", "15/2025/NĐ-CP")]
    # (a police department's code after the break: "418/QĐ-BCA- ⏎ C07")
    assert read("Căn cứ Quyết định số 418/QĐ-BCA-\nC07 ngày 14/02/2025;") == [("Quyết định", "418/QĐ-BCA-C07")]
    assert read("Căn cứ Kế hoạch liên tịch số 307/KH/BGDĐT-BVHTTDL-TƯĐTN ngày 22 tháng 7 năm 2008;") == [
        ("Kế hoạch liên tịch", "307/KH/BGDĐT-BVHTTDL-TƯĐTN")]
    assert read("Căn cứ Quyết định số 71/2004/QĐ-BCA(A11) ngày 29/9/2004 của Bộ Công an;") == [
        ("Quyết định", "71/2004/QĐ-BCA(A11)")]  # a police unit's code in brackets
    # an amending law's name runs over the known name of the law it amends, brackets and all
    amending = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm "
                "miễn dịch mắc phải ở người (HIV/AIDS) ngày 16 tháng 11 năm 2020;")
    assert (find_mentions(amending)[0].name or "").endswith("ở người (HIV/AIDS)")
    # a law's name at its line's end stops before the next line's item number
    item = "1. Tổ chức phổ biến Luật Đất đai\n     1.1. Tổ chức hội nghị"
    assert [m.name for m in find_mentions(item)] == ["Đất đai"]


_COLUMNS_AT = (2, 9, 54, 78, 104)  # where a spaced table's columns begin


def _laid(*cells: str) -> str:
    """A line of a table laid out with spaces: each cell from its column's start (an empty cell is skipped)."""
    line = ""
    for at, cell in zip(_COLUMNS_AT, cells, strict=False):
        if cell:
            line = line.ljust(at) + cell
            assert len(line) - len(cell) == at, "a cell runs into the next column"
    return line + "\n"


_SPACED_HEADER = _laid("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn") \
    + _laid("", "", "", "", "thành")
SPACED_TABLE_PLAN = (
    "ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH VĨNH LONG                             Độc lập - Tự do - Hạnh phúc\n"
    "Số: 05/CTr-UBND                        Vĩnh Long, ngày 22 tháng 3 năm 2013\n\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nPhát triển kết cấu hạ tầng đồng bộ\n\n"
    "Căn cứ Nghị quyết số 13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng;\n\n"
    "I. MỤC TIÊU\nXây dựng hệ thống kết cấu hạ tầng đồng bộ.\n\n"
    "II. NHIỆM VỤ\nCác nhiệm vụ, công trình trọng điểm tại Phụ lục kèm theo.\n\n"
    "                                       PHỤ LỤC\n        DANH MỤC NHIỆM VỤ, CÔNG TRÌNH TRỌNG ĐIỂM\n\n"
    + _SPACED_HEADER + "\n" + _laid("A", "HẠ TẦNG GIAO THÔNG") + "\n"
    + _laid("1", "Nâng cấp, mở rộng đường tỉnh 902 đoạn từ", "Sở Giao thông vận tải", "UBND huyện Long Hồ,",
            "2013 - 2015")
    + _laid("", "thành phố Vĩnh Long đi Mang Thít", "", "UBND huyện Mang Thít") + "\n"
    + _laid("2", "Xây dựng cảng tổng hợp Bình Minh", "Ban Quản lý các khu", "Sở Giao thông vận tải", "2014 - 2016")
    + _laid("", "", "công nghiệp")
    + " " * 66 + "2\n\n"  # the page's number
    + _laid("", "và kho bãi phục vụ cảng") + "\n"
    + _laid("", "Nạo vét luồng vào cảng tổng hợp Bình Minh", "", "Sở Nông nghiệp và PTNT", "Năm 2016") + "\n"
    + _laid("3", "Xây dựng kè chống sạt lở bờ sông Cổ Chiên", "Sở Tài nguyên và Môi", "UBND thành phố Vĩnh Long",
            "2013 - 2015")
    + _laid("", "khu vực thành phố Vĩnh Long", "trường") + "\n"
    + "Trong quá trình thực hiện, các sở, ngành phản ánh về Sở Kế hoạch và Đầu tư.\n")


def test_a_spaced_tables_rule_under_its_header_and_its_header_again_on_the_next_page():
    """"STT   Nội dung …" over a rule of dashes; on the next page the header again, then the rest of the row the
    page broke ("Bộ Tư pháp", in capitals) and the rows after it."""
    rule = "  " + "-" * 100 + "\n"
    text = SPACED_TABLE_PLAN.replace(_SPACED_HEADER, _SPACED_HEADER + rule).replace(
        " " * 66 + "2\n\n" + _laid("", "và kho bãi phục vụ cảng"),
        " " * 66 + "2\n" + _SPACED_HEADER + rule + _laid("", "", "", "Sở Tư pháp") + "\n")
    rec = parse_bytes(text.encode(), "ctr05.txt")
    assert [(t.id, t.support) for t in rec.tasks] == [
        ("PL.A.1", ("UBND huyện Long Hồ", "UBND huyện Mang Thít")),
        ("PL.A.2.1", ("Sở Giao thông vận tải", "Sở Tư pháp")), ("PL.A.2.2", ("Sở Nông nghiệp và PTNT",)),
        ("PL.A.3", ("UBND thành phố Vĩnh Long",))]


def test_a_table_laid_out_with_spaces_its_cells_wrapped_in_their_columns():
    """A word processor's or "pdftotext -layout"'s table: cells wrapped over lines in their columns, rows spaced
    apart, a page's number between them, a row left unnumbered (more of the row above: "PL.A.2.1", "PL.A.2.2"),
    then a paragraph that ends the table."""
    rec = parse_bytes(SPACED_TABLE_PLAN.encode(), "ctr05.txt")
    assert [(t.id, t.text[:30], t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.A.1", "Nâng cấp, mở rộng đường tỉnh 9", ("Sở Giao thông vận tải",),
         ("UBND huyện Long Hồ", "UBND huyện Mang Thít"), "2013 - 2015"),
        ("PL.A.2.1", "Xây dựng cảng tổng hợp Bình Mi", ("Ban Quản lý các khu công nghiệp",),
         ("Sở Giao thông vận tải",), "2014 - 2016"),
        ("PL.A.2.2", "Nạo vét luồng vào cảng tổng hợ", ("Ban Quản lý các khu công nghiệp",),
         ("Sở Nông nghiệp và PTNT",), "Năm 2016"),
        ("PL.A.3", "Xây dựng kè chống sạt lở bờ sô", ("Sở Tài nguyên và Môi trường",),
         ("UBND thành phố Vĩnh Long",), "2013 - 2015")]
    assert rec.tasks[1].text.endswith("phục vụ cảng")  # the row's rest after the page's break


def test_a_spaced_table_ends_at_the_next_appendixs_title_centred_over_its_columns():
    """"Phụ lục II" centred right under the last row (no blank line), standing in the lead's column: the next appendix's
    title, not more of the last row's lead."""
    text = SPACED_TABLE_PLAN.replace(
        "Trong quá trình thực hiện, các sở, ngành phản ánh về Sở Kế hoạch và Đầu tư.\n",
        _laid("4", "Đo lường sự hài lòng của người dân", "Sở Nội vụ", "Trường Chính trị tỉnh", "Tháng 10/2025")
        + " " * 56 + "Phụ lục II\n" + " " * 20 + "DANH MỤC ĐỀ ÁN TRÌNH BAN HÀNH\n\n")
    rec = parse_bytes(text.encode(), "ctr05.txt")
    assert [t.lead for t in rec.tasks][-1] == ("Sở Nội vụ",)


def test_a_spaced_table_after_the_signature_and_a_page_break_is_no_block_of_two_columns():
    """The signature's two columns (the recipients beside the titles), then a page's break (a form feed) before the
    appendix's title and its table laid out with spaces, columns far apart: the signature's block ends at the title,
    the table is read as a table, its rows' lines not parted into a left and a right column."""
    wide = re.sub(r"(?m)^(  \S+|  )( +)", lambda m: m.group(1) + m.group(2) + "    ", SPACED_TABLE_PLAN)
    assert "STT" + " " * 8 + "Nội dung" in wide
    signature = ("Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN\n"
                 "- Các sở, ban, ngành;                              CHỦ TỊCH\n"
                 "- Lưu: VT.                                    Nguyễn Văn Quý\n\n\f")
    wide = wide.replace("                                       PHỤ LỤC", signature + "                    PHỤ LỤC")
    rec = parse_bytes(wide.encode(), "ctr05.txt")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.A.1", ("Sở Giao thông vận tải",), "2013 - 2015"),
        ("PL.A.2.1", ("Ban Quản lý các khu công nghiệp",), "2014 - 2016"),
        ("PL.A.2.2", ("Ban Quản lý các khu công nghiệp",), "Năm 2016"),
        ("PL.A.3", ("Sở Tài nguyên và Môi trường",), "2013 - 2015")]
    assert rec.document.number == "05/CTr-UBND"


def test_a_word_texts_header_rows_apart_by_blank_lines_and_a_title_of_what_the_plan_is_of():
    """"ỦY BAN NHÂN DÂN⇥CỘNG HÒA … ⏎ ⏎ PHƯỜNG NẾNH⇥Độc lập …": the issuer's lines, though blank lines part the
    rows; "KẾ HOẠCH ⏎ ⏎ Bồi thường, hỗ trợ …": a title in sentence case that opens with what the plan is of."""
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPHƯỜNG NẾNH\tĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 87/KH-UBND\tNếnh, ngày 18 tháng 9 năm 2025\n\nKẾ HOẠCH\n\n"
            "Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng tuyến đường nối Quốc lộ 37\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm đúng quy định.\n\n")
    doc = parse_bytes((text + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Ngô Quang Thịnh")).encode(),
                      "kh87.txt").document
    assert (doc.issuer, doc.number, doc.issued) == ("Ủy ban nhân dân phường Nếnh", "87/KH-UBND", "2025-09-18")
    assert doc.title == "Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng tuyến đường nối Quốc lộ 37"


def test_a_dropped_letter_is_put_back_but_a_proper_names_rare_syllable_is_kept():
    from parsers.repair import repair_phrase

    assert repair_phrase("THÀNH PHHỒ CHÍ MINH") == "THÀNH PHỐ HỒ CHÍ MINH"
    assert repair_phrase("1. Mc đích") == "1. Mục đích"
    # "Hới" is no word of the dictionary, and "Đồng Hồ ới" would be: a name's syllable after a name's is kept
    assert repair_phrase("Ủy ban nhân dân thành phố Đồng Hới") == "Ủy ban nhân dân thành phố Đồng Hới"
    # … and the first syllable of a name before its next ("Kon" of "Kon Ka Kinh", not "Kế on")
    assert repair_phrase("Vườn quốc gia Kon Ka Kinh") == "Vườn quốc gia Kon Ka Kinh"


def test_an_old_decisions_type_line_naming_its_issuer_and_a_preamble_of_dashes_under_the_enacting_body():
    """"QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH" is the type, then who issues it; the enacting body's line in
    capitals over "- Căn cứ …" lines ends no preamble."""
    text = _header("UỶ BAN NHÂN DÂN\nTỈNH KON TUM", "456/QĐ-UB", "Kon Tum, ngày 20 tháng 4 năm 1999") + (
        "\nQUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH\nV/v ban hành Chương trình bảo vệ và phát triển rừng\n\n"
        "UỶ BAN NHÂN DÂN TỈNH KON TUM\n\n"
        "- Căn cứ Luật Tổ chức HĐND và UBND (sửa đổi) ngày 21/6/1994;\n"
        "- Căn cứ Quyết định số 661/QĐ-TTg ngày 29/7/1998 của Thủ tướng Chính phủ về Dự án trồng mới 5 triệu ha"
        " rừng;\n"
        "- Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 215/TT-NN"
        " ngày 05/4/1999,\n\n"
        "QUYẾT ĐỊNH\n\nĐiều 1: Ban hành kèm theo Quyết định này Chương trình bảo vệ và phát triển rừng.\n\n")
    closing = signed("TM. UỶ BAN NHÂN DÂN TỈNH", "CHỦ TỊCH", name="Trần Văn Hiển")
    rec = parse_bytes((text + closing).encode(), "qd456.txt")
    assert rec.document.type == "Quyết định"
    assert [(r.relation, r.type, r.number) for r in rec.references][:3] == [
        ("legal_basis", "Luật", None), ("legal_basis", "Quyết định", "661/QĐ-TTg"),
        ("proposal", "Tờ trình", "215/TT-NN")]


def test_a_pandoc_multiline_table_of_tasks():
    """A Word file through pandoc: the appendix's multiline table (a rule, the header over two lines, the columns'
    rule, rows parted by blank lines, each cell wrapped in its column, a rule) gives one task per row, its columns
    read by their header; the document's own header table is read as before."""
    doc = """\
  -----------------------------------------------------------------------
  **ỦY BAN NHÂN DÂN TỈNH BẮC     **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc
  GIANG**                        lập - Tự do - Hạnh phúc**
  ------------------------------ ----------------------------------------
  Số: 318/KH-UBND                *Bắc Giang, ngày 09 tháng 12 năm 2020*

  -----------------------------------------------------------------------

**KẾ HOẠCH**\\
**Triển khai thi hành Luật Thanh niên năm 2020**

*Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16 tháng 6 năm 2020;*

**I. NHIỆM VỤ**

Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.

**Nơi nhận:**\\
\\- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**\\
**CHỦ TỊCH**

**Lê Ánh Dương**

**PHỤ LỤC**\\
**NHIỆM VỤ THỰC HIỆN CHÍNH SÁCH ĐỐI VỚI THANH NIÊN NĂM 2021**

  ---------------------------------------------------------------------------
  **TT** **Nội dung công việc**   **Cơ quan chủ   **Cơ quan phối  **Thời gian
                                  trì**           hợp**           thực hiện**
  ------ ------------------------ --------------- --------------- -----------
  1      Tư vấn hướng nghiệp, đào Sở Lao động -   Tỉnh đoàn Bắc   Năm 2021
         tạo nghề cho thanh niên  Thương binh và  Giang, UBND các
         nông thôn                Xã hội          huyện, thành
                                                  phố

  2      Chăm sóc sức khỏe sinh   Sở Y tế         Công an tỉnh,   Quý
         sản cho thanh niên                       Tỉnh đoàn Bắc   III/2021
                                                  Giang

  ---------------------------------------------------------------------------
"""
    rec = parse_bytes(doc.encode(), "kh.pandoc.md")
    assert rec.document.number == "318/KH-UBND" and rec.document.place == "Bắc Giang"
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Lao động - Thương binh và Xã hội",), ("Tỉnh đoàn Bắc Giang", "UBND các huyện, thành phố"),
         "Năm 2021"),
        ("PL.2", ("Sở Y tế",), ("Công an tỉnh", "Tỉnh đoàn Bắc Giang"), "Quý III/2021")]


def test_a_pandoc_grid_header_with_breaks_before_its_bars_and_a_multiline_table_with_escapes():
    """A Word file through pandoc, its header a grid table whose hard breaks stand before a cell's bar ("**VÀ DU
    LỊCH**\\     |"): a pandoc text, whatever its name. Its multiline table's cells hold escapes ("(\\*)"), dropped
    only after the columns are cut (the letters after them stay in their column), and a header "S ⏎ TT" a narrow
    column wrapped: the rows' numbers."""
    doc = """\
+-------------------------------+--------------------------------------+
| **BỘ VĂN HÓA, THỂ THAO**\\     | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT     |
| **VÀ DU LỊCH**                | NAM**\\                               |
| Số: 812/KH-BVHTTDL            | *Hà Nội, ngày 24 tháng 3 năm 2025*   |
+-------------------------------+--------------------------------------+

**KẾ HOẠCH**

**Chuyển đổi số năm 2025**

**I. NHIỆM VỤ**

Các nhiệm vụ tại Phụ lục.

**PHỤ LỤC**

  ---------------------------------------------------------------------------
  S    Nhiệm vụ              Sản phẩm     Đơn vị chủ Đơn vị phối   Thời gian
  TT                                      trì        hợp           hoàn thành
  ---- --------------------- ------------ ---------- ------------- ----------
  I    Hạ tầng số

  1    Phát triển nền tảng   Nền tảng số  Cục Du     Trung tâm     Quý
       số quảng bá, xúc tiến được vận     lịch Quốc  Công nghệ     IV/2025
       du lịch Việt Nam (\\*) hành         gia Việt   thông tin;\\
                                          Nam        Hiệp hội Du
                                                     lịch Việt Nam

  ---------------------------------------------------------------------------
"""
    rec = parse_bytes(doc.encode(), "kh.md")
    assert rec.document.number == "812/KH-BVHTTDL"
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Cục Du lịch Quốc gia Việt Nam",), ("Trung tâm Công nghệ thông tin", "Hiệp hội Du lịch Việt Nam"),
         "Quý IV/2025")]


def test_a_gazette_cell_that_marks_who_leads():
    """A gazette copy's table, one cell per line: "Phòng VH-TT (chủ trì);" after a task's last line opens the
    column of who does it (the mark is the name's), the task's text does not swallow it."""
    head = "KẾ HOẠCH\nTháng hành động vì an toàn thực phẩm năm 2014\nI. NHIỆM VỤ\nTheo Phụ lục.\nPHỤ LỤC\n" \
           "CÁC HOẠT ĐỘNG CỤ THỂ\n"
    table = ("TT\nNội dung hoạt động\nĐơn vị thực hiện\nThời gian\n"
             "1\nTreo băng rôn, khẩu hiệu\ntại trung tâm huyện, các\nchợ, trường học, trục\nđường chính\n"
             "Phòng VH-TT (chủ trì);\nTrung tâm Y tế huyện;\nUBND các xã, thị trấn\n10/4 - 15/5/2014\n"
             "2\nKiểm tra cơ sở sản xuất,\nkinh doanh nông sản\nPhòng NN&PTNT (chủ trì);\nTrạm Thú y huyện\n"
             "20/4 - 10/5/2014\n")
    rec = parse_bytes((head + table).encode(), "kh.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Phòng VH-TT",), ("Trung tâm Y tế huyện", "UBND các xã, thị trấn")),
        (("Phòng NN&PTNT",), ("Trạm Thú y huyện",))]


def test_a_table_cell_that_says_who_leads_in_words():
    """"| CA huyện chủ trì; Đội QLTT số 5 |" in the one column for who does it: the body marked "chủ trì" leads, the
    others named with it support."""
    plan = ("KẾ HOẠCH\nTháng hành động vì an toàn thực phẩm năm 2014\n\nI. NHIỆM VỤ\nTheo Phụ lục.\n\nPHỤ LỤC\n"
            "CÁC HOẠT ĐỘNG CỤ THỂ\n\n"
            "| TT | Nội dung hoạt động | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Phát hiện, xử lý hành vi vận chuyển thực phẩm không rõ nguồn gốc | CA huyện chủ trì; Đội QLTT số 5 "
            "| Thường xuyên |\n")
    (task,) = parse_bytes(plan.encode(), "kh.md").tasks
    assert (task.lead, task.support) == (("CA huyện",), ("Đội QLTT số 5",))


def test_a_gazette_page_turning_inside_a_sentence():
    """The gazette's page number and header between two lines of one sentence ("… phối hợp với Sở Thông tin ⏎⏎ 6 ⏎
    CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025 ⏎⏎ và Truyền thông …"): the sentence, and the name in it, go on over the
    page."""
    doc = ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n5\n\nKẾ HOẠCH\nXây dựng xã hội học tập năm 2025\n\n"
           "I. NHIỆM VỤ\n1. Xây dựng kho học liệu số\na) Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Thông tin \n"
           " \n6 \nCÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n  \nvà Truyền thông xây dựng kho học liệu số dùng chung.\n")
    assert "Sở Thông tin\nvà Truyền thông" in prepare(doc, "kh.congbao.txt").text
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("I.1.a", ("Sở Giáo dục và Đào tạo",), ("Sở Thông tin và Truyền thông",))]
    # (the number under the header may stand a blank line apart from it)
    apart = ("CÔNG BÁO/Số 63 + 64/Ngày 26-12-2024\n\n42\n\nKẾ HOẠCH\nPhòng, chống mua bán người\n\nI. NHIỆM VỤ\n"
             "1. Hỗ trợ nạn nhân bị mua bán trở về, tái hòa nhập cộng đồng. Sở Lao động -\n"
             "CÔNG BÁO/Số 63 + 64/Ngày 26-12-2024\n\n43\n\nThương binh và Xã hội chủ trì, phối hợp với Công an tỉnh.\n")
    assert "Sở Lao động -\nThương binh" in prepare(apart, "kh.congbao.txt").text
    assert [t.lead for t in parse_bytes(apart.encode(), "kh.congbao.txt").tasks] == [
        ("Sở Lao động - Thương binh và Xã hội",)]


def test_a_gazette_page_number_on_its_headers_line():
    """The layout's copy prints the page's number on the header's line ("\\f38      CÔNG BÁO/Số 21 + 22/…",
    "CÔNG BÁO/Số …      39"): no part of the text, and a sentence or a name goes on over it."""
    doc = ("CÔNG BÁO/Số 21 + 22/Ngày 18-4-2024                              37\n\nKẾ HOẠCH\nPhát triển hợp tác xã "
           "năm 2024\n\nI. NHIỆM VỤ\n1. Hỗ trợ hợp tác xã chuyển đổi số\na) Sở Kế hoạch và Đầu tư chủ trì, phối hợp "
           "với Sở Thông tin \n\f38                          CÔNG BÁO/Số 21 + 22/Ngày 18-4-2024\n\nvà Truyền thông "
           "hướng dẫn. Thời gian tổ chức tập huấn: Tháng 8/2024.\n")
    text = prepare(doc, "kh.congbao.txt").text
    assert "CÔNG BÁO" not in text and "Sở Thông tin\nvà Truyền thông" in text
    # (under the signature, where the layout's two columns are set apart, the number is no column either)
    signed_doc = (doc + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
                  "Nguyễn Hữu Khoa\n\nCÔNG BÁO/Số 21 + 22/Ngày 18-4-2024     39\n\nPhụ lục\nDANH MỤC NHIỆM VỤ\n")
    lines = prepare(signed_doc, "kh.congbao.txt").text.split("\n")
    assert not any(line.strip() in ("37", "38", "39") for line in lines)
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("I.1.a", ("Sở Kế hoạch và Đầu tư",), ("Sở Thông tin và Truyền thông",), "Tháng 8/2024")]


def test_a_gazette_page_turning_after_an_items_number():
    """An item's number alone at a page's foot ("1.2. ⏎⏎ CÔNG BÁO/… ⏎⏎ Củng cố …"): the item goes on on the next
    page."""
    doc = ("CÔNG BÁO/Số 21 + 22/Ngày 18-4-2024\n37\n\nKẾ HOẠCH\nPhát triển hợp tác xã năm 2024\n\nI. NHIỆM VỤ\n"
           "1. Củng cố hợp tác xã\n1.1. Rà soát, phân loại hợp tác xã nông nghiệp. Sở Nông nghiệp và Phát triển nông "
           "thôn chủ trì thực hiện.\n1.2.\n\n38\nCÔNG BÁO/Số 21 + 22/Ngày 18-4-2024\n\nTổ chức lại các hợp tác xã yếu "
           "kém, cụ thể:\na) Hướng dẫn các hợp tác xã chuyển đổi. Liên minh Hợp tác xã tỉnh chủ trì thực hiện.\n"
           "b) Giải thể các hợp tác xã ngừng hoạt động. Ủy ban nhân dân các huyện chủ trì thực hiện.\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [t.id for t in rec.tasks] == ["I.1.1", "I.1.2.a", "I.1.2.b"]


def test_a_gazette_page_turning_inside_a_name():
    """The page turns after a line the wrap filled, inside a name ("… Viện Pasteur Thành phố Hồ ⏎⏎ 6 ⏎ CÔNG BÁO/… ⏎⏎
    Chí Minh, …"): the sentence goes on over the page though its next word is a capital."""
    doc = ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n5\n\nKẾ HOẠCH\nPhòng bệnh năm 2025\n\n"
           "I. NHIỆM VỤ\n1. Tập huấn chuyên sâu cho đội ngũ làm công tác y tế dự phòng\n- Đơn vị chủ trì: Cục Phòng "
           "bệnh.\n- Đơn vị phối hợp: Viện Vệ sinh dịch tễ Trung ương, Viện Pasteur Thành phố Hồ \n \n6 \n"
           "CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n  \nChí Minh, Viện Pasteur Nha Trang.\n"
           "- Thời gian hoàn thành: Quý III năm 2025.\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("I.1", ("Cục Phòng bệnh",), ("Viện Vệ sinh dịch tễ Trung ương", "Viện Pasteur Thành phố Hồ Chí Minh",
                                     "Viện Pasteur Nha Trang"))]


def test_initials_that_name_no_body():
    """A gazette row whose task's last line is "EU": initials of no body ("EU", "OCOP", "TTHC") do not open the
    column of who does it."""
    head = "KẾ HOẠCH\nXuất khẩu cà phê năm 2025\nI. NHIỆM VỤ\nTheo Phụ lục.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
    table = ("TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n"
             "1\nHội nghị kết nối doanh nghiệp với nhà nhập khẩu\nEU\nSở Công Thương\nSở Ngoại vụ\nTháng 3/2025\n"
             "2\nXây dựng sản phẩm\nOCOP\nSở Nông nghiệp và Môi trường\nSở Công Thương\nNăm 2025\n")
    rec = parse_bytes((head + table).encode(), "kh.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Công Thương",), ("Sở Ngoại vụ",)), (("Sở Nông nghiệp và Môi trường",), ("Sở Công Thương",))]


def test_a_gazette_table_whose_header_has_two_rows():
    """"TT ⏎ Nội dung nhiệm vụ ⏎ Cơ quan thực hiện ⏎ Thời gian hoàn thành ⏎ Chủ trì ⏎ Phối hợp": the group's columns
    are on the header's second row, one cell per line; each row's cells fill them in order, over a page whose
    header repeats the table's."""
    header = "TT\nNội dung nhiệm vụ\nCơ quan thực hiện\nThời gian hoàn thành\nChủ trì\nPhối hợp\n"
    doc = ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n5\n\nKẾ HOẠCH\nChuyển đổi số năm 2025\n\nI. NHIỆM VỤ\n"
           "Theo Phụ lục.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + header
           + "1\nXây dựng kho dữ liệu dùng chung\nSở Thông tin và Truyền thông\nSở Tài chính, Sở Nội vụ\nQuý II/2025\n"
           "\n6\nCÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n\n" + header
           + "2\nTập huấn kỹ năng số\nSở Nội vụ\nTrường Chính trị tỉnh\nQuý III/2025\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Thông tin và Truyền thông",), ("Sở Tài chính", "Sở Nội vụ"), "Quý II/2025"),
        ("PL.2", ("Sở Nội vụ",), ("Trường Chính trị tỉnh",), "Quý III/2025")]


def test_a_gazette_cell_whose_last_name_runs_over_its_line():
    """A gazette table whose partners come before who leads, one cell per line: "… Công an tỉnh, Văn phòng ⏎ UBND tỉnh"
    and "… Tỉnh Đoàn, Hội Liên hiệp ⏎ Phụ nữ tỉnh" go on into the next line, which opens no cell of who leads."""
    header = "TT\nNội dung nhiệm vụ\nSản phẩm\nCơ quan phối hợp\nCơ quan chủ trì\nThời gian hoàn thành\n"
    doc = ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n5\n\nKẾ HOẠCH\nChuyển đổi số năm 2024\n\nI. NHIỆM VỤ\n"
           "Theo Phụ lục.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + header
           + "1\nXây dựng kho dữ liệu\ndùng chung của tỉnh\nKho dữ liệu\nSở Tài chính, Sở Nội vụ,\n"
           "Công an tỉnh, Văn phòng\nUBND tỉnh\nSở Thông tin và Truyền\nthông\nQuý II/2024\n"
           "2\nĐào tạo kỹ năng số cho\nngười dân\nLớp đào tạo\nSở Giáo dục và Đào tạo,\nTỉnh Đoàn, Hội Liên hiệp\n"
           "Phụ nữ tỉnh\nSở Lao động - Thương\nbinh và Xã hội\nThường xuyên\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Thông tin và Truyền thông",), ("Sở Tài chính", "Sở Nội vụ", "Công an tỉnh", "Văn phòng UBND tỉnh")),
        (("Sở Lao động - Thương binh và Xã hội",),
         ("Sở Giáo dục và Đào tạo", "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"))]


def _appendix_plan(title: str, appendix: str = "PHỤ LỤC", sub: str = "DANH MỤC NHIỆM VỤ") -> str:
    """A plan's text up to its appendix's table: its task section points to the appendix, titled ``appendix`` and
    ``sub``."""
    return f"KẾ HOẠCH\n{title}\n\nI. NHIỆM VỤ\nTheo Phụ lục.\n\n{appendix}\n{sub}\n"


def test_a_gazette_table_whose_cells_list_bodies_and_whose_lead_is_merged():
    """A gazette table, one cell per line, whose numbers stand alone: "1. Bộ Chỉ huy … ⏎ 2. Sở …" lists who leads
    inside a cell, not rows; "Thường xuyên ⏎ Ban Quản lý cảng cá tỉnh" is a deadline, then the lead's cell; a row
    with no lead of its own and three partners has its lead merged from the row above; a page's "- 4 -" is no
    cell, and "Các sở: Tài chính, Xây dựng; ⏎ - 4 - ⏎ (header) ⏎ UBND cấp xã" goes on over the page."""
    header = "TT\nNội dung nhiệm vụ\nThời gian thực hiện\nCơ quan chủ trì\nCơ quan phối hợp\nKinh phí\n"
    doc = (_appendix_plan("Cao điểm chống khai thác IUU", sub="PHÂN CÔNG NHIỆM VỤ")
           + header
           + "1\nTuyên truyền quy định về chống khai thác IUU tới ngư dân\nThường xuyên\n"
           "1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n2. Sở Nông nghiệp và Môi trường\nHội Nghề cá tỉnh\nNgân sách tỉnh\n"
           "2\nCập nhật tàu cá vào cơ sở dữ liệu nghề cá quốc gia\nTrước ngày 30/11/2025\n"
           "Sở Nông nghiệp và Môi trường\nUBND cấp xã\nTrong dự toán được giao\n"
           "3\nXử lý dứt điểm tàu cá không đăng ký, không đăng kiểm\nTháng 12/2025\n"
           "Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND cấp xã\nTrong dự toán được giao\n"
           "4\nĐầu tư nâng cấp cảng cá đáp ứng yêu cầu xác nhận nguồn gốc thủy sản\nNăm 2025 - 2026\n"
           "Ban Quản lý dự án đầu tư xây dựng tỉnh\nCác sở: Tài chính, Xây dựng;\n - 4 -\n" + header
           + "UBND cấp xã\nVốn đầu tư công\n"
           "5\nKiểm soát tàu cá xuất, nhập bến\nThường xuyên\nBan Quản lý cảng cá tỉnh\n"
           "Chi cục Thủy sản và Kiểm ngư\nNguồn thu phí cảng cá\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Sở Nông nghiệp và Môi trường"), ("Hội Nghề cá tỉnh",),
         "Thường xuyên"),
        ("PL.2", ("Sở Nông nghiệp và Môi trường",), ("UBND cấp xã",), "Trước ngày 30/11/2025"),
        ("PL.3", ("Sở Nông nghiệp và Môi trường",),
         ("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND cấp xã"),
         "Tháng 12/2025"),
        ("PL.4", ("Ban Quản lý dự án đầu tư xây dựng tỉnh",), ("Sở Tài chính", "Sở Xây dựng", "UBND cấp xã"),
         "Năm 2025 - 2026"),
        ("PL.5", ("Ban Quản lý cảng cá tỉnh",), ("Chi cục Thủy sản và Kiểm ngư",), "Thường xuyên")]


def test_a_gazette_tables_bullets_and_amounts_are_cells_of_their_own():
    """A gazette table, one cell per line: "Sở Tư pháp ⏎ - Công an tỉnh ⏎ - Văn phòng UBND tỉnh" is who leads, then a
    list of partners its bullets open; "- Sở Nội vụ ⏎ - Hội đồng tuyển dụng công chức tỉnh ⏎ Sở Thông tin …" two who
    lead, then a partner; an amount ("0") is a cell of its own, no part of the name before it."""
    header = "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nKinh phí (triệu đồng)\nThời gian hoàn thành\n"
    doc = (_appendix_plan("Cải cách hành chính năm 2025")
           + header
           + "1\nRà soát các quy định còn yêu cầu xuất trình giấy tờ\nSở Tư pháp\n- Công an tỉnh\n"
           "- Văn phòng UBND tỉnh\n150\nQuý I/2025\n"
           "2\nTổ chức thi tuyển công chức hành chính tỉnh năm 2025\n- Sở Nội vụ\n"
           "- Hội đồng tuyển dụng công chức tỉnh\nSở Thông tin và Truyền thông\n200\nQuý III/2025\n"
           "3\nĐăng tin, bài trên Cổng Thông tin điện tử\nVăn phòng Sở\n0\nThường xuyên\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Tư pháp",), ("Công an tỉnh", "Văn phòng UBND tỉnh"), "Quý I/2025"),
        ("PL.2", ("Sở Nội vụ", "Hội đồng tuyển dụng công chức tỉnh"), ("Sở Thông tin và Truyền thông",),
         "Quý III/2025"),
        ("PL.3", ("Văn phòng Sở",), (), "Thường xuyên")]


def test_a_gazette_tables_lettered_groups_and_a_who_cell_a_page_cuts():
    """A gazette table of proposals grouped by "A." and "B." on lines of their own, one column for who does it: a
    group's letter with its stop alone on its line opens the group (not the header's last cell); "Chủ trì: Sở Giáo
    dục và Đào tạo; ⏎ 4 ⏎ (header) ⏎ Phối hợp: Sở Tài chính; Sở Xây dựng" is one cell the page cut."""
    header = "STT\nTên đề án, nhiệm vụ\nCấp trình\nCơ quan thực hiện\nThời gian trình\nGhi chú\n"
    doc = (_appendix_plan("Các đề án trình năm 2026", sub="DANH MỤC ĐỀ ÁN")
           + header + "\nA.\nLĨNH VỰC KINH TẾ\n\n1\nĐề án phát triển hạ tầng logistics thành phố\n"
           "Ban Thường vụ Thành ủy\nChủ trì: Sở Công Thương; Phối hợp: Sở Xây dựng\nTháng 5/2026\n"
           "Sau đó trình HĐND thành phố\n\nB.\nLĨNH VỰC VĂN HÓA - XÃ HỘI\n\n1\n"
           "Đề án xây dựng trường học đạt chuẩn quốc gia giai đoạn 2026 - 2030\nHĐND thành phố\n"
           "Chủ trì: Sở Giáo dục và Đào tạo;\n\n4\n\n" + header
           + "Phối hợp: Sở Tài chính; Sở Xây dựng\nTháng 7/2026\nKèm Nghị quyết của HĐND thành phố\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.A.1", ("Sở Công Thương",), ("Sở Xây dựng",), "Tháng 5/2026"),
        ("PL.B.1", ("Sở Giáo dục và Đào tạo",), ("Sở Tài chính", "Sở Xây dựng"), "Tháng 7/2026")]


def test_a_gazette_tables_approver_then_who_does_it():
    """A gazette table with a column of who approves ("Cấp trình"), one cell per line: "Quốc hội ⏎ Chủ trì: Cục Điện
    lực; ⏎ Phối hợp: Vụ Pháp chế" is the approver, then who leads and who joins; "Bộ trưởng" does not run on into
    the label after it."""
    header = "TT\nTên văn bản, đề án\nCấp trình\nCơ quan thực hiện\nThời hạn trình\nSản phẩm\n"
    doc = (_appendix_plan("Xây dựng văn bản năm 2026", sub="DANH MỤC VĂN BẢN")
           + header + "1\nLuật sửa đổi, bổ sung một số điều của Luật Điện lực\nQuốc hội\nChủ trì: Cục Điện lực;\n"
           "Phối hợp: Vụ Pháp chế, Văn phòng Bộ\nTháng 3/2026\nHồ sơ dự án Luật\n"
           "2\nThông tư quy định phương pháp xác định giá dịch vụ\nBộ trưởng\nChủ trì: Cục Điện lực;\n"
           "Phối hợp: Vụ Pháp chế\nTháng 4/2026\nThông tư\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Cục Điện lực",), ("Vụ Pháp chế", "Văn phòng Bộ"), "Tháng 3/2026"),
        ("PL.2", ("Cục Điện lực",), ("Vụ Pháp chế",), "Tháng 4/2026")]


def test_a_gazette_table_of_narrow_columns():
    """A gazette table whose narrow columns wrap every few words, one cell per run of lines: a group's title on its
    letter's line ("A TRÌNH HỘI ĐỒNG NHÂN DÂN"); a date cut after "năm" goes on ("Tháng 6 năm ⏎ 2026"); a justified
    cell's words one per line ("Đài ⏎ Truyền ⏎ hình ⏎ Việt ⏎ Nam,") make one name; a row with no lead of its own whose
    partners begin "Sở Nông nghiệp và ⏎ Môi trường, …" has its lead merged from the row above; a page's number under
    the last row is no cell; "Phụ lục II" ends the table, the next opens after it."""
    header = "STT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\n"
    doc = (_appendix_plan("Triển khai Luật năm 2026", "Phụ lục I")
           + header + "A TRÌNH HỘI ĐỒNG NHÂN DÂN TỈNH\n1\nTuyên truyền, phổ biến\nnội dung Luật trên các\n"
           "phương tiện thông tin\nĐài\nTruyền\nhình\nViệt\nNam,\nĐài Tiếng nói\nViệt\nNam\nBộ Công Thương\n"
           "Tháng 6 năm\n2026\n2\nRà soát, cắt giảm thời\ngian giải quyết thủ tục\nSở Tài chính\nSở Xây dựng\n"
           "Quý II/2026\n3\nCông khai quỹ đất, mặt\nbằng sản xuất kinh\ndoanh\nSở Nông nghiệp và\nMôi\ntrường,\n"
           "Sở Xây\ndựng\nQuý III/2026\nPhụ lục II\nDANH MỤC ĐỀ ÁN\n" + header
           + "1\nXây dựng đề án phát triển\nSở Công Thương\nSở Tài chính\nNăm 2026\n49\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL1.A.1", ("Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"), ("Bộ Công Thương",), "Tháng 6 năm 2026"),
        ("PL1.A.2", ("Sở Tài chính",), ("Sở Xây dựng",), "Quý II/2026"),
        ("PL1.A.3", ("Sở Tài chính",), ("Sở Nông nghiệp và Môi trường", "Sở Xây dựng"), "Quý III/2026"),
        ("PL2.1", ("Sở Công Thương",), ("Sở Tài chính",), "Năm 2026")]


def test_a_gazette_tables_start_and_end_under_one_header_and_a_list_the_page_cuts():
    """A gazette table whose header has "Thời gian" over "Bắt đầu" and "Hoàn thành", a note's column and a row of the
    columns' numbers "(1) … (6)": the deadline is when the work ends; a list of partners by "+" bullets stays in its
    cell; "- Sở LĐ-TB&XH; ⏎ [page] ⏎ (header) ⏎ - Hội Liên hiệp Phụ nữ tỉnh; …" goes on over the page."""
    header = ("TT\nNội dung công việc\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nGhi chú\nBắt đầu\nHoàn\nthành\n"
              "(1)\n(2)\n(3)\n(4)\n(5)\n(6)\n")
    doc = (_appendix_plan("Phòng, chống thiên tai năm 2023")
           + header + "1\nKiện toàn Ban Chỉ huy\nphòng, chống thiên tai\nSở NN&PTNT\n+ Sở Nội vụ;\n+ Văn phòng UBND\n"
           "tỉnh.\nTháng 3/2023\nTháng 4/2023\n2\nHỗ trợ sinh kế cho hộ nghèo\nvùng thường xuyên ngập\nSở LĐ-TB&XH\n"
           "- Sở NN&PTNT;\n- Hội Nông dân\ntỉnh;\n\n42\nCÔNG BÁO/Số 41 + 42/Ngày 20-4-2024\n" + header
           + "- Hội Liên hiệp\nPhụ nữ tỉnh;\nTháng 5/2023\nTháng 11/2023\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở NN&PTNT",), ("Sở Nội vụ", "Văn phòng UBND tỉnh"), "Tháng 4/2023"),
        ("PL.2", ("Sở LĐ-TB&XH",), ("Sở NN&PTNT", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "Tháng 11/2023")]


def test_a_gazette_cells_letter_alone_on_its_line_is_no_group():
    """A justified cell's words one per line leave a capital alone on a line ("Bộ ⏎ Y ⏎ tế"): it is no group's letter
    unless it follows the groups before it ("I." then "II.")."""
    header = "STT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\n"
    doc = (_appendix_plan("Phòng bệnh năm 2026") + header
           + "I.\nTRUYỀN THÔNG\n1\nTruyền thông phòng bệnh\ncho người dân\nBộ\nY\ntế\nBộ Tài chính\nQuý II/2026\n"
           "2\nTập huấn cán bộ y tế\ncơ sở\nBộ Y tế\nBộ Nội vụ\nQuý III/2026\nII.\nGIÁM SÁT\n1\nGiám sát dịch bệnh\n"
           "Bộ Y tế\nBộ Công an\nThường xuyên\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.I.1", ("Bộ Y tế",), ("Bộ Tài chính",)), ("PL.I.2", ("Bộ Y tế",), ("Bộ Nội vụ",)),
        ("PL.II.1", ("Bộ Y tế",), ("Bộ Công an",))]


def test_a_gazette_cells_name_whose_place_the_wrap_put_on_the_next_line():
    """A narrow cell of partners, a body per "-" line: "- UBND phường Mũi ⏎ Né;" and "- Hiệp hội Du lịch ⏎ Lâm Đồng."
    go on over the line with their place's last words; no cell opens with them."""
    header = ("STT\nNhiệm vụ\nSản phẩm\nThời hạn\nhoàn thành\nCơ quan chủ\ntrì\nCơ quan phối\nhợp\n"
              "Lãnh đạo UBND tỉnh\nchỉ đạo\n")
    doc = (_appendix_plan("Phát triển du lịch năm 2026")
           + header + "1\nXúc tiến, quảng bá sản\nphẩm du lịch biển đảo\nChương trình\nxúc tiến\nQuý II/2026\n"
           "Trung tâm Xúc\ntiến Đầu tư,\nThương mại và\nDu lịch tỉnh\n- UBND phường Mũi\nNé;\n"
           "- UBND đặc khu Phú\nQuý;\n"
           "- Hiệp hội Du lịch\nLâm Đồng.\nĐ/c Hồ Thị\nLan Anh, PCT\nUBND tỉnh\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh",),
         ("UBND phường Mũi Né", "UBND đặc khu Phú Quý", "Hiệp hội Du lịch Lâm Đồng"), "Quý II/2026")]


def test_a_vbpl_pages_headings_and_paragraphs_of_units():
    """A vbpl.vn page, one paragraph per <p> and its source's line breaks inside: a heading's names end at its
    paragraph ("… về ma túy" before "Xác lập chuyên án …"); "… và các tổ chức thành viên" before "Ủy ban Mặt trận …
    chủ trì …" names the Front again as its sentence's subject, not the members' parent; a member named after them
    is a unit of that heading."""
    def p(s: str) -> str:
        return "<p>\n\t\t\t" + s + "</p>\n"
    body = (p("<strong>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</strong>") + p("Số: 12/KH-UBND")
            + p("Quảng Ngãi, ngày 3 tháng 12 năm 2023") + p("<strong>KẾ HOẠCH</strong>")
            + p("Bảo đảm an ninh trật tự dịp Tết Nguyên đán") + p("<strong>I. MỤC ĐÍCH, YÊU CẦU</strong>")
            + p("Bảo đảm an ninh, trật tự.") + p("<strong>II. TỔ CHỨC THỰC HIỆN</strong>")
            + p("<strong>1. Phòng Cảnh sát hình sự, Phòng Cảnh sát điều tra tội phạm về ma túy</strong>")
            + p("Xác lập chuyên án, đấu tranh triệt phá các băng, ổ nhóm tội phạm.")
            + p("<strong>2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên</strong>")
            + p("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì vận động Quỹ \"Vì người nghèo\".")
            + p("Hội Nông dân tỉnh vận động nông dân tham gia giữ gìn an ninh trật tự."))
    page = '<html><body><div class="toanvancontent" id="toanvancontent">' + body + "</div></body></html>"
    rec = parse_bytes(page.encode(), "vbpl_kh_toanvan.html")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Phòng Cảnh sát hình sự"), ("II.1", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
        ("II.2", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), ("II.2", "các tổ chức thành viên"),
        ("II.2", "Hội Nông dân tỉnh")]


def _td(s: str, span: str = "") -> str:
    """A vbpl.vn table cell, its text in a paragraph (``span``: its rowspan or colspan)."""
    return f"<td{span}><p>{s}</p></td>"


def _vbpl_plan(rows: str, title: str = "Triển khai Đề án 06 năm 2024") -> DocumentRecord:
    """A provincial plan saved from vbpl.vn whose appendix ("DANH MỤC NHIỆM VỤ") is the table of ``rows``, parsed."""
    body = ("<p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH</p><p>Số: 87/KH-UBND</p><p>Quảng Ninh, ngày 3 tháng 4 năm 2024</p>"
            f"<p>KẾ HOẠCH</p><p>{title}</p><p>I. MỤC ĐÍCH, YÊU CẦU</p><p>Bảo đảm tiến độ.</p>"
            "<p>II. NHIỆM VỤ</p><p>Theo Phụ lục.</p><p>PHỤ LỤC</p><p>DANH MỤC NHIỆM VỤ</p>"
            f'<table class="MsoTableGrid" border="1">{rows}</table>')
    page = '<html><body><div id="toanvancontent">' + body + "</div></body></html>"
    return parse_bytes(page.encode(), "kh_toanvan.html")


def test_a_vbpl_tables_time_over_its_start_and_end():
    """A vbpl.vn table whose "Thời gian" cell spans "Bắt đầu" and "Hoàn thành" (colspan) in the row below: the end is
    the deadline, not the start; a row that writes its time once over both ("Thường xuyên") has that deadline."""
    rows = ("<tr>" + _td("STT", ' rowspan="2"') + _td("Nội dung nhiệm vụ", ' rowspan="2"')
            + _td("Cơ quan chủ trì", ' rowspan="2"') + _td("Thời gian", ' colspan="2"') + "</tr>"
            + "<tr>" + _td("Bắt đầu") + _td("Hoàn thành") + "</tr>"
            + "<tr>" + _td("1") + _td("Số hóa hồ sơ thủ tục hành chính") + _td("Văn phòng UBND tỉnh")
            + _td("Tháng 4/2024") + _td("Tháng 12/2024") + "</tr>"
            + "<tr>" + _td("2") + _td("Cập nhật dữ liệu dân cư") + _td("Công an tỉnh")
            + _td("Thường xuyên", ' colspan="2"') + "</tr>")
    assert [(t.id, t.lead, t.deadline) for t in _vbpl_plan(rows).tasks] == [
        ("PL.1", ("Văn phòng UBND tỉnh",), "Tháng 12/2024"), ("PL.2", ("Công an tỉnh",), "Thường xuyên")]


def test_a_gazette_rows_cells_end_on_whole_words_and_leave_a_note_empty():
    """A gazette table, one cell per line: a task's line that ends on "do" or "trên" goes on in the next ("… văn bản
    do ⏎ Hội đồng nhân dân … ban hành"), whatever bodies that line names; a row whose last column (a note) is empty
    keeps its partners and its time where they are."""
    header = "TT\nNhiệm vụ\nSản phẩm\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\nKinh phí\nGhi chú\n"
    doc = ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n5\n\nKẾ HOẠCH\nThực hiện Nghị quyết năm 2025\n\nI. NHIỆM VỤ\n"
           "Theo Phụ lục.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + header
           + "1\nRà soát văn bản quy phạm\npháp luật do\nHội đồng nhân dân, Ủy\nban nhân dân tỉnh ban\nhành\n"
           "Báo cáo rà soát\nSở Tư pháp\nCác sở, ban, ngành\nTrước 31/12/2025\nNgân sách tỉnh\n"
           "2\nCông khai thông tin dự\nán nhà ở xã hội trên\nCổng thông tin điện tử\ntỉnh\nChuyên mục\nSở Xây dựng\n"
           "Sở Nông nghiệp và Môi\ntrường; Liên đoàn Lao\nđộng tỉnh; các doanh\nnghiệp kinh doanh hạ\n"
           "tầng khu công nghiệp\n"
           "Năm 2025-2026\nNguồn vốn doanh nghiệp\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Tư pháp",), ("Các sở, ban, ngành",), "Trước 31/12/2025"),
        (("Sở Xây dựng",), ("Sở Nông nghiệp và Môi trường", "Liên đoàn Lao động tỉnh"), "Năm 2025-2026")]


def test_a_gazette_page_whose_number_is_above_its_header():
    """"… ⏎ 8 ⏎ CÔNG BÁO/Số … ⏎ 1 ⏎ Bố trí vốn …": the page's number is printed above its header, so the "1" under the
    header is the table's row, not the page's number."""
    header = "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
    doc = ("CÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n7\n\nKẾ HOẠCH\nPhát triển nhà ở xã hội năm 2025\n\nI. NHIỆM VỤ\n"
           "Theo Phụ lục.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + header
           + "A\nQUỸ ĐẤT\n1\nRà soát quỹ đất\nSở Xây dựng\nSở Tài chính\nQuý II/2025\n"
           "B\nNGUỒN VỐN\n \n8\nCÔNG BÁO/Số 25 + 26/Ngày 15-01-2025\n  \n"
           "1\nBố trí vốn ủy thác\nSở Tài chính\nNgân hàng Chính sách xã hội\nHằng năm\n"
           "2\nCông bố danh sách dự án\nSở Xây dựng\nSở Tài chính\nQuý III/2025\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.A.1", ("Sở Xây dựng",), "Quý II/2025"), ("PL.B.1", ("Sở Tài chính",), "Hằng năm"),
        ("PL.B.2", ("Sở Xây dựng",), "Quý III/2025")]


def test_a_copy_wrapped_at_its_lines():
    """A copy whose long lines are wrapped, as a PDF's text is: the attached document's type word cut by a line's end
    ("… Nguyễn Dương Thái QUY ⏎ TRÌNH XÁC ĐỊNH …") still opens it; a news item's list of "N nội dung chính" runs to its
    paragraph's end; a line ending "… do các" goes on in the next ("Bộ, ban, ngành chủ trì" names whose work it is)."""
    decision = ("TỔNG CỤC HẢI QUAN\nSố: 2135/QĐ-TCHQ\nHà Nội, ngày 31 tháng 07 năm 2015\nQUYẾT ĐỊNH\n"
                "Về việc ban hành Quy trình xác định trước mã số\n"
                "Điều 1. Ban hành kèm theo Quyết định này Quy trình xác định trước mã số.\n"
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
                "Nơi nhận:\n- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Dương Thái QUY\n"
                "TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ (Ban hành kèm theo\nQuyết định số 2135/QĐ-TCHQ ngày 31 tháng 7 năm 2015 của"
                " Tổng cục trưởng Tổng cục\nHải quan) Phần I QUY ĐỊNH CHUNG\n"
                "Điều 1. Phạm vi điều chỉnh\nQuy trình này hướng dẫn việc xác định trước mã số.\n"
                "Điều 2. Trách nhiệm của các đơn vị trong việc thực hiện xác định trước đối với hàng\n"
                "hóa xuất khẩu, nhập khẩu\n1. Văn phòng Tổng cục Hải quan thực hiện:\nTiếp nhận hồ sơ.\n"
                "2. Cục Thuế xuất nhập khẩu thực hiện:\nKiểm tra hồ sơ.\n")
    rec = parse_bytes(decision.encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("Điều 2.1", "Văn phòng Tổng cục Hải quan"), ("Điều 2.2", "Cục Thuế xuất nhập khẩu")]
    item = ("(Cổng TTĐT tỉnh) - UBND tỉnh vừa ban hành Kế hoạch số 112/KH-UBND ngày 15/3/2023 về chuyển đổi\n"
            "số tỉnh Bắc Ninh năm 2023.\n\nKế hoạch đề ra 3 nội dung chính, gồm: Hoàn thiện thể chế,\n"
            "chính sách; Phát triển hạ tầng số; Đào tạo nguồn nhân lực số cho cán bộ,\ncông chức.\n")
    assert [t.text for t in parse_bytes(item.encode(), "tin.txt").tasks] == [
        "Hoàn thiện thể chế, chính sách", "Phát triển hạ tầng số", "Đào tạo nguồn nhân lực số cho cán bộ, công chức"]
    from tests.test_shapes_wording import _plan_items
    (task,) = _plan_items("Tham gia thực hiện các chương trình thông tin đối ngoại do các\n"
                          "Bộ, ban, ngành chủ trì có liên quan đến Thành phố.")
    assert task.lead == ()


def test_articles_headed_in_capitals():
    """An old text types its articles in capitals ("ĐIỀU 1:", "ĐIỀU 3."): they are articles as "Điều" ones are,
    their ids written "Điều N", their units found under them."""
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 15/2004/QĐ-UB\nAn Giang, ngày 5 tháng 3 năm 2004\n"
                "QUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\nỦY BAN NHÂN DÂN TỈNH\n"
                "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
                "QUYẾT ĐỊNH:\nĐIỀU 1: Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
                "ĐIỀU 2: Trách nhiệm thực hiện\n1. Sở Tư pháp chủ trì theo dõi việc thực hiện.\n"
                "2. Sở Tài chính bố trí kinh phí.\nĐIỀU 3: Quyết định này có hiệu lực kể từ ngày ký.\n")
    rec = parse_bytes(decision.encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 2.1", "Sở Tư pháp"), ("Điều 2.2", "Sở Tài chính")]


def test_a_letter_without_its_vv_line():
    """"Số: 5155/SGDĐT-GDTXNNĐH ⏎ Về hướng dẫn … ⏎ … ⏎ Kính gửi: Ủy ban nhân dân phường, xã và đặc khu": a letter
    whose subject line opens "Về" and whose copy keeps no site box is a Công văn; the body it asks is a unit."""
    letter = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n--------\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
              "Số: 5155/SGDĐT-GDTXNNĐH\nVề hướng dẫn đánh giá, xếp loại trung tâm\nhọc tập cộng đồng năm 2025\n\n"
              "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n\n"
              "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu\n"
              "Sở Giáo dục và Đào tạo hướng dẫn việc đánh giá, xếp loại trung tâm học tập cộng đồng.\n"
              "Đề nghị Ủy ban nhân dân phường,\nxã và đặc khu thực hiện đánh giá, xếp loại và gửi kết quả về Sở.\n")
    rec = parse_bytes(letter.encode(), "cv.congbao.txt")
    assert rec.document.type == "Công văn"
    assert [(u.section, u.name) for u in rec.units] == [(None, "Ủy ban nhân dân phường, xã và đặc khu")]


def test_a_database_page_of_another_layout():
    """A page of the national database laid out otherwise, its text in no "toanvancontent" (an older layout, its menus
    and attribute box around it): the document is read from the page's body, not refused."""
    body = ("<p>BỘ Y TẾ</p><p>Số: 386/QĐ-BYT</p><p>Hà Nội, ngày 12 tháng 02 năm 2025</p><p>QUYẾT ĐỊNH</p>"
            "<p>Ban hành Kế hoạch triển khai thi hành Luật Dược</p><p>Căn cứ Luật Dược ngày 06 tháng 4 năm 2016;</p>"
            "<p>QUYẾT ĐỊNH:</p><p>Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.</p>"
            "<p>Điều 2. Giao Cục Quản lý Dược chủ trì tổ chức thực hiện Kế hoạch.</p>")
    page = ('<html><head><title>Văn bản pháp luật</title></head><body><div class="menu"><a href="/">TRANG CHỦ</a> | '
            '<a href="/vbpl">VĂN BẢN PHÁP LUẬT</a></div><div class="box-info"><h3>Thuộc tính văn bản</h3><ul><li>'
            '<span>Số ký hiệu:</span> 386/QĐ-BYT</li></ul></div><div class="fulltext"><div class="vbContent">'
            + body + "</div></div></body></html>")
    rec = parse_bytes(page.encode(), "vbpl_qd386.html")
    assert (rec.document.number, rec.document.type) == ("386/QĐ-BYT", "Quyết định")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 2", "Cục Quản lý Dược")]


def test_a_table_of_one_cell_per_line_ends_where_the_documents_next_part_begins():
    """A table in the body, each cell on its own line (as pdftotext gives it), then "IV. KINH PHÍ THỰC HIỆN" and "V.
    TỔ CHỨC THỰC HIỆN": the document's next parts end the table; their units are read."""
    table = "\n".join(["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "1",
                       "Rà soát các điểm có nguy cơ sạt lở", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã",
                       "Quý II/2025", "2", "Di dời các hộ dân khỏi vùng nguy hiểm", "Ủy ban nhân dân các xã",
                       "Công an tỉnh", "Quý III/2025"])
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "55/KH-UBND", "Lâm Đồng, ngày 10 tháng 3 năm 2025")
           + "\nKẾ HOẠCH\nPhòng, chống sạt lở đất năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm an toàn.\n\n"
           "II. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN\n" + table
           + "\n\nIII. KINH PHÍ THỰC HIỆN\nTừ ngân sách tỉnh.\n\n"
           "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\nBố trí kinh phí thực hiện Kế hoạch.\n2. Công an tỉnh\nBảo đảm an "
           "ninh trật tự tại khu vực sạt lở.\n\n" + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Hồng Thái"))
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Nông nghiệp và Môi trường",), ("Ủy ban nhân dân các xã",)),
        (("Ủy ban nhân dân các xã",), ("Công an tỉnh",))]
    assert [(u.section, u.name) for u in rec.units] == [("IV.1", "Sở Tài chính"), ("IV.2", "Công an tỉnh")]


def test_a_markdown_transcription_that_writes_some_lines_as_html():
    """A GitHub transcription whose title lines are HTML ("<h2 align="center">KẾ HOẠCH</h2>") and whose names are
    links ("**[Sở Ngoại vụ](https://…)**"): read as markdown, not as a web page run into one line."""
    doc = "\n".join([
        "| ỦY BAN NHÂN DÂN<br>**THÀNH PHỐ ĐÀ NẴNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
        "| Số: 4025/KH-UBND | *Đà Nẵng, ngày 29 tháng 5 năm 2017* |", "", '<h2 align="center">KẾ HOẠCH</h2>', "",
        '<p align="center"><b>Công tác thông tin đối ngoại năm 2017</b></p>', "", "### I. MỤC ĐÍCH, YÊU CẦU", "",
        "1. Quảng bá hình ảnh thành phố.", "", "### II. NHIỆM VỤ", "", "#### 1. Trước sự kiện", "",
        "a) Xây dựng bộ tài liệu giới thiệu thành phố. *(Chủ trì: Sở Thông tin và Truyền thông; phối hợp: Sở Du lịch; "
        "thời gian: Quý III/2017)*", "", "### III. TỔ CHỨC THỰC HIỆN", "",
        "- **Sở Thông tin và Truyền thông**: là cơ quan đầu mối, tổng hợp, báo cáo.", "",
        "- **[Sở Ngoại vụ](https://www.danang.gov.vn/so-ngoai-vu)**: hướng dẫn hoạt động của phóng viên.", "",
        "**TM. ỦY BAN NHÂN DÂN**  ", "**CHỦ TỊCH**", "", "**Huỳnh Đức Thơ**", ""])
    rec = parse_bytes(doc.encode(), "danang_kh_ttdn.md")
    assert (rec.document.number, rec.document.type) == ("4025/KH-UBND", "Kế hoạch")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("II.1.a", ("Sở Thông tin và Truyền thông",), ("Sở Du lịch",), "Quý III/2017")]
    assert [(u.section, u.name) for u in rec.units] == [("III", "Sở Thông tin và Truyền thông"), ("III", "Sở Ngoại vụ")]


def test_a_page_tables_row_whose_number_cell_is_empty_after_a_full_row():
    """thuvienphapluat's cells, one a line: after a full row, the bars that close it and its empty number cell come
    together ("Quý IV/2025 ⏎ | ⏎ | ⏎ | ⏎ Cập nhật …"); the empty cell opens the next row, it does not widen the last."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    unnumbered = ("|\n|\nCập nhật cơ sở dữ liệu đường địa phương\ntrên nền tảng số\n|\nSở Xây dựng\n|\n"
                  "Công an tỉnh\n|\nQuý III/2025\n|\n")
    rec = parse_bytes((TVPL_APPENDIX_MD + unnumbered).encode(), "tvpl_kh.md")
    assert _tasks(rec)[1:] == [
        ("PL.1", ("Sở Giao thông vận tải",), ("Sở Tư pháp", "Sở Tài chính"), "Tháng 12/2024"),
        ("PL.2", ("Sở Tài chính",), ("Sở Xây dựng",), "Quý I/2025"),
        ("PL.2.1", ("Sở Xây dựng",), ("Công an tỉnh",), "Quý III/2025"),
    ]


def test_a_page_tables_group_rows_without_a_label_whose_bold_is_lost():
    """A group's row with its number cell empty and its title alone ("| | Công tác chỉ đạo, điều hành | | | |"), the
    bold that marked it lost with the page's markup: a group (G1, G2 …), not a task."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    plan = TVPL_APPENDIX_MD.replace(
        "**Thời hạn trình**\n|\n|\n1\n",
        "**Thời hạn trình**\n|\n|\n|\nXây dựng văn bản quy phạm pháp luật\n|\n|\n|\n|\n|\n1\n").replace(
        "|\n|\n2\n", "|\n|\n|\nBảo đảm nguồn lực, an ninh, an toàn cho việc thực hiện các nhiệm vụ\n|\n|\n|\n|\n|\n2\n")
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert [(t.id, t.lead) for t in rec.tasks][1:] == [("PL.G1.1", ("Sở Giao thông vận tải",)),
                                                       ("PL.G2.2", ("Sở Tài chính",))]


def test_a_wards_committee_under_its_citys_name_is_the_issuer():
    """A header's left block "THÀNH PHỐ ĐÀ NẴNG / ỦY BAN NHÂN DÂN / PHƯỜNG HÒA KHÁNH": its last body is the issuer."""
    doc = (_header("THÀNH PHỐ ĐÀ NẴNG\nỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH", "88/KH-UBND",
                   "Hòa Khánh, ngày 12 tháng 01 năm 2026")
           + "\nKẾ HOẠCH\nTriển khai Đề án 06 năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n\n"
           + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Văn Tám"))
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert rec.document.issuer == "Ủy ban nhân dân phường Hòa Khánh"


def test_a_councils_standing_board_under_the_council_is_the_issuer():
    """"HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ / THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN": the last, most specific body issues."""
    doc = (_header("HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ\nTHƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "38/KH-HĐND",
                   "Phú Thọ, ngày 12 tháng 3 năm 2026")
           + "\nKẾ HOẠCH\nGiám sát việc thực hiện chính sách\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm hiệu quả.\n\n"
           + signed("TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", name="Bùi Minh Châu"))
    assert parse_bytes(doc.encode(), "kh.txt").document.issuer == "Thường trực Hội đồng nhân dân"


@pytest.mark.parametrize(("header", "issuer"), [
    # (an agency under its ministry, the same way)
    ("BỘ TÀI CHÍNH\nBẢO HIỂM XÃ HỘI VIỆT NAM", "Bảo hiểm xã hội Việt Nam"),
    ("TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO VÀ DÂN VẬN", "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An"),
    ("THÀNH ỦY HÀ NỘI\nVĂN PHÒNG", "Văn phòng Thành ủy Hà Nội"),
    ("TỈNH ỦY QUẢNG NGÃI\nBAN TỔ CHỨC", "Ban Tổ chức Tỉnh ủy Quảng Ngãi"),
    # (its inspection commission: "ỦY BAN" is the board's, not the committee's)
    ("TỈNH ỦY BÌNH PHƯỚC\nỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Tỉnh ủy Bình Phước"),
    # (a team the body set up, under it)
    ("UBND TỈNH LÂM ĐỒNG\nĐOÀN KIỂM TRA LIÊN NGÀNH\nVỀ AN TOÀN THỰC PHẨM",
     "Đoàn kiểm tra liên ngành về an toàn thực phẩm"),
    # (a hospital under its department: "BỆNH VIỆN" whole, no "VIỆN" of its own inside it)
    ("SỞ Y TẾ QUẢNG NGÃI\nBỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện đa khoa tỉnh"),
    # (a board whose name holds its committee, under the Party organisation of the province)
    ("ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN TUYÊN GIÁO TỈNH ỦY", "Ban Tuyên giáo Tỉnh ủy"),
    # (a board whose field opens with the verb "phòng": no division "Phòng" inside its name)
    ("BAN CHỈ ĐẠO PHÒNG THỦ DÂN SỰ\nQUỐC GIA", "Ban Chỉ đạo quốc gia về Phòng thủ dân sự"),
])
def test_a_party_committees_board_is_the_issuer_named_with_its_committee(header, issuer):
    """"TỈNH ỦY NGHỆ AN / BAN TUYÊN GIÁO VÀ DÂN VẬN": the province's board, not the central one of that name."""
    doc = (f"{header}\n*\nSố 45-HD/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\nNghệ An, ngày 10 tháng 3 năm 2026\n"
           "HƯỚNG DẪN\nTuyên truyền kỷ niệm ngày thành lập Đảng\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thiết thực.\n")
    assert parse_bytes(doc.encode(), "hd.txt").document.issuer == issuer


def test_a_page_tables_row_with_an_empty_last_cell_then_a_group_row_without_a_label():
    """"… | Quý I/2025 | (empty note) | ⏎ | (empty number) | Bảo đảm nguồn lực | …": the bars after a row's last cell
    fill the row to its width, the rest open the next row — no row wider than the header."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    plan = TVPL_APPENDIX_MD.replace("**Thời hạn trình**\n|\n", "**Thời hạn trình**\n|\n**Ghi chú**\n|\n").replace(
        "Tháng 12/2024\n|\n|\n2\n", "Tháng 12/2024\n|\n|\n|\n|\nBảo đảm nguồn lực thực hiện\n|\n|\n|\n|\n|\n|\n2\n")
    plan = plan.replace("Quý I/2025\n|\n", "Quý I/2025\n|\n|\n|\n")
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks][1:] == [
        ("PL.1", ("Sở Giao thông vận tải",), "Tháng 12/2024"), ("PL.G1.2", ("Sở Tài chính",), "Quý I/2025")]


def test_a_task_tables_total_row_is_no_task():
    """"|  | Tổng cộng |  |  |  | 48.500 |" after the rows: the table's sums, no work (nor a row going on the last)."""
    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Kinh phí (triệu đồng) |\n"
             "|---|---|---|---|---|---|\n"
             "| 1 | Lắp đặt biển chỉ dẫn du lịch song ngữ tại các điểm | Sở Văn hóa, Thể thao và Du lịch | Sở Xây dựng "
             "| 2017 | 3.020 |\n"
             "|  | Tổng cộng |  |  |  | 3.020 |\n")
    rec = _with_appendix(table, "tb.md")
    assert _tasks(rec) == [("PL.1", ("Sở Văn hóa, Thể thao và Du lịch",), ("Sở Xây dựng",), "2017")]


def test_a_group_row_whose_title_fills_its_merged_cells_gives_its_rows_nothing_else():
    """"| II | TIỆN ÍCH … | TIỆN ÍCH … | TIỆN ÍCH … |": a converter wrote the merged title in every cell; it is the
    group's title, not who leads its rows nor by when."""
    title = "TIỆN ÍCH PHỤC VỤ NGƯỜI DÂN"
    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
             f"| II | {title} | {title} | {title} | {title} |\n"
             "| 1 | Triển khai thanh toán trực tuyến phí, lệ phí trên Cổng dịch vụ công | Văn phòng UBND tỉnh "
             "| Sở Tài chính |  |\n")
    assert _tasks(_with_appendix(table, "tb.md")) == [("PL.II.1", ("Văn phòng UBND tỉnh",), ("Sở Tài chính",), None)]


def test_a_crawlers_site_title_line_and_its_echo_before_a_section_are_no_text():
    """A crawler's text opens with the site's title of the document, above the header in capitals, and writes it
    again before a section ("… năm 2018. Mục 3. …"): the document they name is no mention of the text."""
    doc = ("Kế hoạch 212/KH-LĐTBXH năm 2018 thực hiện Nghị quyết 01/NQ-CP do Bộ Lao động - Thương binh và Xã hội ban "
           "hành\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI -------\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
           "Số: 212/KH-LĐTBXH Hà Nội, ngày 19 tháng 01 năm 2018 KẾ HOẠCH HÀNH ĐỘNG NĂM 2018\n"
           "Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ;\nI. MỤC TIÊU\n"
           "Cụ thể hóa các nhiệm vụ.\n"
           "Kế hoạch 212/KH-LĐTBXH năm 2018 thực hiện Nghị quyết 01/NQ-CP do Bộ Lao động - Thương binh và Xã hội ban "
           "hành. Mục 3. Nhiệm vụ\nII. NHIỆM VỤ\n1. Xây dựng Nghị định về giáo dục nghề nghiệp.\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(r.relation, r.number) for r in rec.references] == [("legal_basis", "14/2017/NĐ-CP")]


def test_a_crawlers_site_title_line_over_the_sites_attribute_box_is_no_text():
    """"Kế hoạch 41-KH/TU năm 2025 thực hiện Nghị quyết 71-NQ/TW … ⏎ Số hiệu: 41-KH/TU Loại văn bản: Kế hoạch ⏎ …": the
    site's title of the document above its box of attributes names no document of the text."""
    doc = ("Kế hoạch 41-KH/TU năm 2025 thực hiện Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục do Tỉnh ủy Lào Cai "
           "ban hành\nSố hiệu: 41-KH/TU Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Lào Cai Người ký: Nông Văn Thắng\n"
           "Ngày ban hành: 20/10/2025 Ngày hiệu lực: Đã biết\n\n"
           "TỈNH ỦY LÀO CAI * Số 41-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Lào Cai, ngày 20 tháng 10 năm 2025\n"
           "KẾ HOẠCH\nthực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị\n"
           "Thực hiện Kế hoạch số 58-KH/TW, ngày 10/9/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch "
           "thực hiện như sau:\nI. MỤC ĐÍCH\nNâng cao chất lượng giáo dục.\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(r.relation, r.number) for r in rec.references] == [("implements", "71-NQ/TW"), ("implements", "58-KH/TW")]


def test_what_an_amending_decision_amends_attached_to_the_base_it_names():
    """"Căn cứ Quyết định số 876/QĐ-BNV … và Quyết định số 1027/QĐ-BNV … sửa đổi, bổ sung một số nội dung của Đề án ban
    hành kèm theo Quyết định số 876/QĐ-BNV": the second amends the first ("kèm theo" is no "amended by")."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "312/KH-UBND", "Ninh Bình, ngày 5 tháng 12 năm 2025")
           + "KẾ HOẠCH\nCải cách hành chính năm 2026\n"
           "Căn cứ Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án “Xác "
           "định Chỉ số cải cách hành chính” và Quyết định số 1027/QĐ-BNV ngày 30 tháng 9 năm 2025 của Bộ trưởng Bộ "
           "Nội vụ sửa đổi, bổ sung một số nội dung của Đề án ban hành kèm theo Quyết định số 876/QĐ-BNV;\n"
           "I. MỤC ĐÍCH\nNâng cao chỉ số cải cách hành chính.\n")
    refs = [(r.relation, r.number, r.link) for r in parse_bytes(doc.encode(), "kh.txt").references]
    assert refs[:3] == [("legal_basis", "876/QĐ-BNV", None), ("legal_basis", "1027/QĐ-BNV", None),
                        ("secondary", "876/QĐ-BNV", "amends")]


def test_a_page_tables_content_row_under_a_numbered_row_an_empty_cell_inside_it():
    """"|  | Phối hợp với Tòa án … |  | Tòa án nhân dân tỉnh | Thường xuyên |": a row whose number and lead are left
    empty (merged from the numbered row above), and whose lead's empty cell sits inside it, is one row — the numbered
    row's second content row, with its own partners and deadline."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    head, _, _ = TVPL_APPENDIX_MD.partition("**STT**")
    cells = ["**STT**", "**Nội dung**", "**Chủ trì**", "**Phối hợp**", "**Thời gian hoàn thành**", "",
             "1", "Nâng cao chất lượng hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa", "Sở Tư pháp",
             "Đoàn Luật sư tỉnh", "Năm 2021", "", "",
             "Phối hợp rút ngắn thời gian giải quyết tranh chấp hợp đồng", "", "Tòa án nhân dân tỉnh",
             "Thường xuyên", "", "2", "Rút ngắn thời gian giao đất, cho thuê đất đối với dự án", "Sở Tài chính",
             "Sở Xây dựng", "Năm 2021", ""]
    plan = head + "".join(f"{c}\n|\n" if c else "|\n" for c in cells)
    assert _tasks(parse_bytes(plan.encode(), "tvpl_kh.md"))[-3:] == [
        ("PL.1.1", ("Sở Tư pháp",), ("Đoàn Luật sư tỉnh",), "Năm 2021"),
        ("PL.1.2", ("Sở Tư pháp",), ("Tòa án nhân dân tỉnh",), "Thường xuyên"),
        ("PL.2", ("Sở Tài chính",), ("Sở Xây dựng",), "Năm 2021")]


def test_a_title_in_capitals_names_a_document_whose_number_has_small_letters():
    """"THỰC HIỆN NGHỊ QUYẾT SỐ ⏎ 24/2008/NQ-CP CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 17-CTr/TU CỦA TỈNH ỦY": the
    title goes on through the number's small letters — both documents are what the plan implements."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG", "08/CTr-UBND", "Vĩnh Long, ngày 15 tháng 01 năm 2009")
           + "CHƯƠNG TRÌNH HÀNH ĐỘNG\nTHỰC HIỆN NGHỊ QUYẾT SỐ\n24/2008/NQ-CP CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG "
           "SỐ 17-CTr/TU CỦA TỈNH ỦY\nVỀ NÔNG NGHIỆP, NÔNG DÂN, NÔNG THÔN\n\nI. MỤC TIÊU\nNâng cao thu nhập.\n")
    refs = [(r.relation, r.number) for r in parse_bytes(doc.encode(), "ctr.txt").references]
    assert refs[:2] == [("implements", "24/2008/NQ-CP"), ("implements", "17-CTr/TU")]


def test_the_bodies_that_carry_it_out_named_in_general_are_no_one():
    """"TRÁCH NHIỆM CỦA CÁC CƠ QUAN VÀ TỔ CHỨC THỰC HIỆN" over a regulation's chapter: bodies in general, those that
    carry it out — no unit, no lead (as "các cơ quan, đơn vị có liên quan")."""
    from parsers.agencies import is_generic

    assert is_generic("CÁC CƠ QUAN VÀ TỔ CHỨC THỰC HIỆN") and is_generic("các cơ quan, đơn vị thực hiện")
    assert not is_generic("các cơ quan báo chí") and not is_generic("Sở Tư pháp thực hiện")


def test_a_page_table_under_a_two_row_header_whose_rows_open_with_their_numbers():
    """A header of two rows ("Cơ quan thực hiện" over "Chủ trì | Phối hợp") counts fewer cells than the rows: the bars
    after a group's title do not open the next row with an empty cell before its number."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    head, _, _ = TVPL_APPENDIX_MD.partition("**STT**")
    cells = ["**STT**", "**Nhiệm vụ**", "**Cơ quan thực hiện**", "**Thời hạn**", "", "**Chủ trì**", "**Phối hợp**", "",
             "A", "**NÂNG CAO NHẬN THỨC**", "", "", "", "", "1", "Tổ chức quán triệt, tuyên truyền Luật Đường bộ",
             "Sở Giao thông vận tải", "Báo Thái Nguyên", "Quý II/2025", "", "2",
             "Xây dựng Nghị quyết quy định mức thu phí", "Sở Tài chính", "Sở Tư pháp", "Quý III/2025", ""]
    plan = head + "".join(f"{c}\n|\n" if c else "|\n" for c in cells)
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert _tasks(rec)[1:] == [("PL.A.1", ("Sở Giao thông vận tải",), ("Báo Thái Nguyên",), "Quý II/2025"),
                               ("PL.A.2", ("Sở Tài chính",), ("Sở Tư pháp",), "Quý III/2025")]


def test_a_procurement_plans_tables_are_no_task_tables():
    """"Phê duyệt kế hoạch lựa chọn nhà thầu": its tables list the work done and the bid packages (their price, how the
    contractor is chosen, the contract's time) — no plan of work, no tasks."""
    doc = (_header("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "245/QĐ-SGDĐT", "Đà Lạt, ngày 10 tháng 3 năm 2026")
           + "\nQUYẾT ĐỊNH\nPhê duyệt kế hoạch lựa chọn nhà thầu mua sắm thiết bị dạy học\n\nQUYẾT ĐỊNH:\n"
           "Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu như sau:\n\n"
           "| STT | Nội dung công việc | Đơn vị thực hiện | Giá trị (đồng) |\n|---|---|---|---|\n"
           "| 1 | Thẩm định giá thiết bị | Công ty Cổ phần Thẩm định giá Đông Á | 35.200.000 |\n\n"
           "| STT | Tên gói thầu | Giá gói thầu | Hình thức lựa chọn nhà thầu | Thời gian thực hiện hợp đồng |\n"
           "|---|---|---|---|---|\n| 1 | Gói thầu số 01: Mua sắm thiết bị | 9.412.000.000 | Đấu thầu rộng rãi "
           "| 90 ngày |\n"
           "\nĐiều 2. Giao Phòng Kế hoạch - Tài chính tổ chức lựa chọn nhà thầu.\n")
    assert parse_bytes(doc.encode(), "qd.md").tasks == []


def test_a_page_tables_last_row_whose_last_cell_is_empty():
    """"… | Quý I/2025 | | |" at the table's end: the bars after the last row's deadline are its empty note and its
    end — the row is full, not short of a cell merged from above (which would take the deadline of the row above)."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    plan = TVPL_APPENDIX_MD.replace("**Thời hạn trình**\n|\n", "**Thời hạn trình**\n|\n**Ghi chú**\n|\n").replace(
        "Tháng 12/2024\n|\n", "Tháng 12/2024\n|\n|\n").replace("Quý I/2025\n|\n", "Quý I/2025\n|\n|\n|\n")
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks][1:] == [
        ("PL.1", ("Sở Giao thông vận tải",), ("Sở Tư pháp", "Sở Tài chính"), "Tháng 12/2024"),
        ("PL.2", ("Sở Tài chính",), ("Sở Xây dựng",), "Quý I/2025")]


def test_a_page_tables_two_header_cells_that_span_the_row_below():
    """"Cơ quan thực hiện" over "Chủ trì | Phối hợp" and "Thời gian" over "Bắt đầu | Hoàn thành", each merged cell
    written once: the row below names the columns each spans, and the deadline is when the work ends."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    head, _, _ = TVPL_APPENDIX_MD.partition("|\n**STT**")
    table = ("|\n**STT**\n|\n**Nội dung nhiệm vụ**\n|\n**Cơ quan thực hiện**\n|\n**Thời gian**\n|\n**Ghi chú**\n|\n|\n"
             "**Chủ trì**\n|\n**Phối hợp**\n|\n**Bắt đầu**\n|\n**Hoàn thành**\n|\n|\n"
             "1\n|\nQuy định phân cấp quản lý đối với hệ thống đường tỉnh\n|\nSở Giao thông vận tải\n|\nSở Tư pháp\n|\n"
             "Tháng 3/2025\n|\nTháng 9/2025\n|\nTrình HĐND tỉnh\n|\n|\n"
             "2\n|\nNghị quyết quy định mức thu phí sử dụng tạm thời lòng đường\n|\nSở Tài chính\n|\nSở Xây dựng\n|\n"
             "Quý I/2025\n|\nQuý III/2025\n|\nTrình HĐND tỉnh\n|\n")
    rec = parse_bytes((head + table).encode(), "tvpl_kh.md")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks][1:] == [
        ("PL.1", ("Sở Giao thông vận tải",), ("Sở Tư pháp",), "Tháng 9/2025"),
        ("PL.2", ("Sở Tài chính",), ("Sở Xây dựng",), "Quý III/2025")]


_NOTICE_PREAMBLE = ("Căn cứ Luật Hải quan ngày 23/6/2014;\n"
                    "Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21 tháng 01 năm 2015 của Chính phủ quy định chi tiết "
                    "Luật Hải quan;\n"
                    "Cục trưởng Cục Hải quan thông báo kết quả như sau:\n1. Tên hàng: Thực phẩm bảo vệ sức khỏe.\n")


@pytest.mark.parametrize(("title_lines", "title"), [
    # the office that enacts it, under the title: no part of the title
    ("VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC HẢI QUAN", "Về kết quả xác định trước mã số"),
    ("BAN HÀNH QUY ĐỊNH VỀ HỒ SƠ\nTHỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Ban hành quy định về hồ sơ"),
    # … but the office the title itself names, over the one that enacts it, is the title's
    ("VỀ VIỆC BỔ NHIỆM\nGIÁM ĐỐC SỞ Y TẾ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Về việc bổ nhiệm giám đốc Sở Y tế"),
    # each line a paragraph of its own (a page's <p>s), the one under "VỀ" reading as a heading ("KẾT QUẢ …",
    # "TÌNH HÌNH …"): the title's, and the preamble under it is the preamble
    ("VỀ\n\nKẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n\nCỤC TRƯỞNG CỤC HẢI QUAN", "Về kết quả xác định trước mã số"),
    ("VỀ\n\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "Về tình hình thực hiện nhiệm vụ"),
    ("KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n\nCỤC TRƯỞNG CỤC HẢI QUAN", "Kết quả xác định trước mã số"),
])
def test_a_title_in_capitals_and_the_office_that_enacts_it(title_lines, title):
    notice = (_header("BỘ TÀI CHÍNH\nCỤC HẢI QUAN", "37700/TB-CHQ", "Hà Nội, ngày 21 tháng 11 năm 2025")
              + f"\nTHÔNG BÁO\n{title_lines}\n" + _NOTICE_PREAMBLE
              + signed("KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", name="Đào Thu Hương"))
    rec = parse_bytes(notice.encode(), "tb.txt")
    assert rec.document.title == title
    assert [(r.relation, r.number) for r in rec.references] == [
        ("legal_basis", None), ("legal_basis", "08/2015/NĐ-CP"), ("secondary", None)]


def test_a_vbpl_pages_title_lines_each_a_paragraph():
    """vbpl.vn writes each line of the header a paragraph of its own: the title's "VỀ", then its words in capitals,
    then the office that enacts it, then the preamble."""
    lines = ["BỘ TÀI CHÍNH", "CỤC HẢI QUAN", "Số: 37700/TB-CHQ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 21 tháng 11 năm 2025", "THÔNG BÁO", "VỀ",
             "KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ", "CỤC TRƯỞNG CỤC HẢI QUAN", *_NOTICE_PREAMBLE.splitlines(),
             "Nơi nhận:", "- Lưu: VT.", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Đào Thu Hương"]
    page = ('<html><body><div class="toanvancontent" id="toanvancontent">'
            + "".join(f"<p>\n\t\t\t\t\t\t\t{line}</p>\n" for line in lines) + "</div></body></html>")
    rec = parse_bytes(page.encode(), "vbpl_toanvan.html")
    assert (rec.document.type, rec.document.title) == ("Thông báo", "Về kết quả xác định trước mã số")
    assert [r.relation for r in rec.references] == ["legal_basis", "legal_basis", "secondary"]


@pytest.mark.parametrize("label", ["PHỤ LỤC DANH MỤC NHIỆM VỤ", "PHỤ LỤC: DANH MỤC NHIỆM VỤ",
                                   "PHỤ LỤC I. DANH MỤC NHIỆM VỤ",
                                   "## PHỤ LỤC I: DANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch)"])
def test_an_appendixs_label_and_title_on_one_line(label):
    """"PHỤ LỤC I: DANH MỤC NHIỆM VỤ": the label and the title on one line open the appendix, its title from its
    first word."""
    from tests.test_rerender import PLAN

    plan = PLAN.replace("PHỤ LỤC\nDANH MỤC NHIỆM VỤ", label)
    rec = parse_bytes(plan.encode(), "kh.md")
    assert [(a.type, a.title) for a in rec.attachments] == [("Phụ lục", "Danh mục nhiệm vụ")]
    assert [t.id[-4:] for t in rec.tasks] == [".I.1", ".I.2", "II.3"]


def test_a_page_whose_header_table_ends_with_two_bars():
    """A thuvienphapluat page whose header table's last row is closed by two bars, the document's text after them:
    its type line, bases and articles are no cell of the table."""
    page = ("|\n|\nĐang tải văn bản...\n|\nCHÍNH PHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 385/NQ-CP\n|\n"
            "Hà Nội, ngày 01 tháng 12 năm 2025\n|\n|\n"
            "NGHỊ QUYẾT\nVề việc ký Hiệp định vận chuyển hàng không\nCHÍNH PHỦ\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
            "Căn cứ Luật Điều ước quốc tế ngày 09 tháng 4 năm 2016;\nQUYẾT NGHỊ:\n"
            "Điều 1. Thông qua nội dung Hiệp định.\n"
            "Điều 2. Bộ Xây dựng chịu trách nhiệm về nội dung Hiệp định.\n"
            "Điều 3. Bộ Ngoại giao hoàn tất các thủ tục đối ngoại theo quy định.\n|\nNơi nhận:\n- Lưu: VT.\n|\n"
            "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nBùi Thanh Sơn\n|\n")
    rec = parse_bytes(page.encode(), "tvpl_nq.md")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 2", "Bộ Xây dựng"), ("Điều 3", "Bộ Ngoại giao")]
    assert [r.relation for r in rec.references] == ["legal_basis", "legal_basis"]


def test_a_provision_a_letter_quotes_between_straight_quotes():
    """'"7. Kinh phí … ⏎ a) … Bộ Tài chính hướng dẫn … ⏎ b) …"': the quoted clause's items are no items of the letter,
    and the body its text names is no unit of it."""
    letter = (_header("BỘ TÀI CHÍNH\nCỤC THUẾ", "5210/CT-CS", "Hà Nội, ngày 20 tháng 11 năm 2025")
              + "V/v kinh phí ủy nhiệm thu\nKính gửi: Thuế Thành phố Hồ Chí Minh\n"
              "Về vấn đề này, Cục Thuế có ý kiến như sau:\nTại khoản 7 Điều 39 Nghị định số 126/2020/NĐ-CP quy định:\n"
              '"7. Kinh phí ủy nhiệm thu\na) Kinh phí ủy nhiệm thu từ nguồn ngân sách nhà nước cấp cho cơ quan thuế.\n'
              "Bộ Tài chính hướng dẫn cụ thể nội dung chi, mức chi.\n"
              'b) Việc chi trả kinh phí ủy nhiệm thu phải được thực hiện đúng đối tượng."\n'
              "Đề nghị Thuế Thành phố Hồ Chí Minh căn cứ quy định nêu trên để thực hiện.\n"
              + signed("TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", name="Đào Thu Hương"))
    rec = parse_bytes(letter.encode(), "cv.txt")
    assert "Bộ Tài chính" not in [u.name for u in rec.units]
    assert [r.section for r in rec.references if r.number == "126/2020/NĐ-CP"] == [None]


def test_a_page_whose_header_is_lines_with_the_number_above_the_motto():
    """A thuvienphapluat page that writes its header as lines, the number between the issuer and the motto: the page's
    summary above is dropped, the issuer and the number kept."""
    page = ("|\n|\nĐang tải văn bản...\nKế hoạch 86/KH-UBND năm 2025 triển khai chuyển đổi số\n"
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 86/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 18 tháng 4 năm 2025\nKẾ HOẠCH\n"
            "Triển khai công tác chuyển đổi số năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Hoàng Giang")
            + "Tóm tắt\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n")
    rec = parse_bytes(page.encode(), "tvpl_kh.md")
    assert (rec.document.number, rec.document.issuer, rec.document.type) == (
        "86/KH-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Kế hoạch")


def test_a_straight_quote_left_open_hides_no_items():
    """A quote mark before a number that no line-ending quote closes ('"1. Mỗi người …' and, items later, a slogan
    "Xanh" in a sentence) quotes nothing: the items between are the plan's."""
    from tests.test_shapes_wording import _plan_items

    tasks = _plan_items('Phát động phong trào theo chủ đề "1. Mỗi người dân là một tuyên truyền viên.',
                        "Tổ chức hội thi tìm hiểu pháp luật cho đoàn viên.",
                        'Tuyên truyền khẩu hiệu "Xanh - Sạch - Đẹp" trên các phương tiện.')
    assert [t.id for t in tasks] == ["II.1", "II.2", "II.3"]


def test_a_gazette_tables_rows_below_a_rows_merged_cells():
    """A gazette table, one cell per line, whose row's first cells (who leads, who joins, the group of work) are
    merged over the rows below it: each row below has only its task, its product and its deadline, and a line that
    says when ("Giai đoạn 2026 - 2027", "Thực hiện thường xuyên, liên tục") ends one; a group's title in capitals
    over a row whose number the page left empty ("E. ⏎ SỞ Y TẾ ⏎ Sở Y tế ⏎ …"), the groups lettered in the
    Vietnamese alphabet (no "F")."""
    header = ("STT\nCơ quan chủ trì\nCơ quan phối hợp\nNhóm nhiệm vụ\nNội dung nhiệm vụ\nSản phẩm\n"
              "Thời hạn hoàn thành\n")
    doc = (_appendix_plan("Kiểm soát ô nhiễm không khí", sub="BẢNG PHÂN CÔNG NHIỆM VỤ") + header
           + "1\nSở Nông nghiệp và Môi trường\n- Sở Xây dựng; - Công an tỉnh.\n"
           "Hoàn thiện thể chế về môi trường không khí\n"
           "- Xây dựng quy chế phối hợp quản lý chất lượng không khí liên huyện.\n- Quy chế được ban hành.\n"
           "Quý II/2026\n"
           "- Rà soát, cập nhật hướng dẫn kiểm kê khí thải cho các cơ sở sản xuất trên địa bàn.\n"
           "- Hướng dẫn được ban hành.\nGiai đoạn 2026 - 2027\n"
           "2\nSở Xây dựng\nUBND các xã, phường\nKiểm soát bụi công trường\n"
           "- Kiểm tra việc che chắn tại các công trường xây dựng.\n- Báo cáo kết quả kiểm tra.\n"
           "Thực hiện thường xuyên, liên tục\n"
           "- Xây dựng phương án chuyển đổi xe buýt sang năng lượng sạch.\n- Phương án được phê duyệt.\nNăm 2027\n"
           "E.\nSỞ Y TẾ\nSở Y tế\nTrung tâm Kiểm soát bệnh tật tỉnh\nBảo vệ sức khỏe\n"
           "- Theo dõi tác động của ô nhiễm không khí đến sức khỏe.\n- Báo cáo hằng năm.\nGiai đoạn 2026 - 2030\n"
           "G.\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSở Giáo dục và Đào tạo\nCác trường học\nTruyền thông\n"
           "- Lồng ghép nội dung bảo vệ môi trường không khí vào hoạt động ngoại khóa.\n- Kế hoạch được ban hành.\n"
           "Năm học 2026 - 2027\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, " ".join(t.text.split()[:5]), t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1.1", "- Xây dựng quy chế", ("Sở Nông nghiệp và Môi trường",), ("Sở Xây dựng", "Công an tỉnh"),
         "Quý II/2026"),
        ("PL.1.2", "- Rà soát, cập nhật", ("Sở Nông nghiệp và Môi trường",), ("Sở Xây dựng", "Công an tỉnh"),
         "Giai đoạn 2026 - 2027"),
        ("PL.2.1", "- Kiểm tra việc che", ("Sở Xây dựng",), ("UBND các xã, phường",),
         "Thực hiện thường xuyên, liên tục"),
        ("PL.2.2", "- Xây dựng phương án", ("Sở Xây dựng",), ("UBND các xã, phường",), "Năm 2027"),
        ("PL.E.1", "- Theo dõi tác động", ("Sở Y tế",), ("Trung tâm Kiểm soát bệnh tật tỉnh",),
         "Giai đoạn 2026 - 2030"),
        ("PL.G.1", "- Lồng ghép nội dung", ("Sở Giáo dục và Đào tạo",), ("Các trường học",),
         "Năm học 2026 - 2027")]


def test_a_groups_first_row_whose_number_is_left_empty():
    """"| B. | SỞ Y TẾ |" over "|  | Sở Y tế | … |": the group's first row, numbered 1 in it, not more rows of the
    group before it going on ("A.2.1")."""
    doc = (_appendix_plan("Kiểm soát ô nhiễm không khí", sub="BẢNG PHÂN CÔNG NHIỆM VỤ")
           + "| STT | Cơ quan chủ trì | Cơ quan phối hợp | Nội dung nhiệm vụ | Thời hạn |\n|---|---|---|---|---|\n"
           "| A. | SỞ XÂY DỰNG | | | |\n"
           "| 1 | Sở Xây dựng | Công an tỉnh | Kiểm tra việc che chắn tại các công trường. | Năm 2026 |\n"
           "| 2 | Sở Xây dựng | UBND các xã | Xây dựng phương án chuyển đổi xe buýt. | Năm 2027 |\n"
           "| B. | SỞ Y TẾ | | | |\n"
           "| | Sở Y tế | Trung tâm Kiểm soát bệnh tật tỉnh | Theo dõi tác động của ô nhiễm không khí. | Năm 2026 |\n"
           "| C. | SỞ TÀI CHÍNH | | | |\n"
           "| | Sở Tài chính | Sở Xây dựng | Bố trí kinh phí thực hiện Kế hoạch. | Hằng năm |\n")
    rec = parse_bytes(doc.encode(), "kh.md")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("PL.A.1", ("Sở Xây dựng",)), ("PL.A.2", ("Sở Xây dựng",)), ("PL.B.1", ("Sở Y tế",)),
        ("PL.C.1", ("Sở Tài chính",))]


def test_a_second_header_row_padded_to_the_tables_width():
    """"| … | Cơ quan thực hiện | | … |" over "| Chủ trì | Phối hợp | | | | |": a copy that lost the merged cell writes
    the second header row's names from the first column and pads the row with empty cells; they name the columns
    under the merged cell still (who leads, who joins)."""
    doc = (_appendix_plan("Triển khai Luật Ban hành văn bản quy phạm pháp luật")
           + "| STT | Nội dung công việc | Cơ quan thực hiện |  | Thời hạn hoàn thành | Sản phẩm |\n"
           "|---|---|---|---|---|---|\n| Chủ trì | Phối hợp |  |  |  |  |\n"
           "| 1 | Biên soạn sách hỏi - đáp về xây dựng văn bản | Viện Chiến lược và Khoa học pháp lý "
           "| Nhà xuất bản Tư pháp | Quý IV/2025 | Sách hỏi - đáp |\n"
           "| 2 | Tập huấn kỹ năng soạn thảo văn bản | Vụ Pháp chế | Sở Tư pháp các tỉnh | Quý III/2025 | Hội nghị |\n")
    rec = parse_bytes(doc.encode(), "kh.md")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Viện Chiến lược và Khoa học pháp lý",), ("Nhà xuất bản Tư pháp",), "Quý IV/2025"),
        ("PL.2", ("Vụ Pháp chế",), ("Sở Tư pháp các tỉnh",), "Quý III/2025")]


def test_an_article_titled_on_the_line_after_its_number_and_its_table_of_who_does_what():
    """"Điều 2. ⏎ Tổ chức thực hiện ⏎ Trách nhiệm … như sau:": the article's title is the line after its number; its
    table of who does what names its units, a cell's bodies as a plural head lists them ("Các Bộ: Y tế, Giáo dục và
    Đào tạo"), glued where the copy joined the cell's lines ("… thành phố Hà Nội Ủy ban nhân dân Thành phố Hồ Chí
    Minh"), or holding a word that reads as work inside a name ("Bộ Ngoại giao")."""
    doc = (_header("THỦ TƯỚNG CHÍNH PHỦ", "120/QĐ-TTg", "Hà Nội, ngày 20 tháng 3 năm 2026")
           + "QUYẾT ĐỊNH\nBan hành Kế hoạch quốc gia về quản lý chất lượng không khí\nTHỦ TƯỚNG CHÍNH PHỦ\n"
           "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n"
           "Điều 1.\nBan hành Kế hoạch quốc gia về quản lý chất lượng môi trường không khí.\n"
           "Điều 2.\nTổ chức thực hiện\nTrách nhiệm của các bộ, cơ quan, địa phương được phân công như sau:\n\n"
           "| STT | Cơ quan | Nhiệm vụ |\n| --- | --- | --- |\n"
           "| 1 | Bộ Nông nghiệp và Môi trường | Chủ trì hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch |\n"
           "| 2 | Các Bộ: Y tế, Giáo dục và Đào tạo | Hướng dẫn biện pháp bảo vệ sức khỏe cộng đồng |\n"
           "| 3 | Ủy ban nhân dân thành phố Hà Nội Ủy ban nhân dân Thành phố Hồ Chí Minh | Thí điểm "
           "vùng phát thải thấp |\n"
           "| 4 | Bộ Nội vụ, Bộ Ngoại giao | Hướng dẫn khen thưởng; vận động hỗ trợ quốc tế |\n\n"
           "Điều 3.\nQuyết định này có hiệu lực thi hành kể từ ngày ký.\n"
           + signed("THỦ TƯỚNG", name="Phạm Minh Chính"))
    assert _units(parse_bytes(doc.encode(), "qd.md")) == [
        ("Điều 2.1", "Bộ Nông nghiệp và Môi trường"), ("Điều 2.2", "Bộ Y tế"), ("Điều 2.2", "Bộ Giáo dục và Đào tạo"),
        ("Điều 2.3", "Ủy ban nhân dân thành phố Hà Nội"), ("Điều 2.3", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("Điều 2.4", "Bộ Nội vụ"), ("Điều 2.4", "Bộ Ngoại giao")]



def test_a_gazette_tables_deadline_the_wrap_cut_and_a_product_that_names_a_body():
    """A gazette table whose cells wrap: "Báo cáo kết quả kiểm tra gửi ⏎ Ủy ban nhân dân tỉnh." is the product, a body
    on its second line; "Thực hiện thường xuyên, liên ⏎ tục" the deadline, its last word on the next line."""
    header = "STT\nCơ quan chủ trì\nCơ quan phối hợp\nNội dung nhiệm vụ\nSản phẩm\nThời hạn hoàn thành\n"
    doc = (_appendix_plan("Kiểm soát bụi công trường", sub="BẢNG PHÂN CÔNG NHIỆM VỤ") + header
           + "1\nSở Xây dựng\nUBND các xã, phường\nKiểm tra việc che chắn tại\ncác công trường xây dựng\n"
           "trên địa bàn tỉnh.\nBáo cáo kết quả kiểm tra gửi\nỦy ban nhân dân tỉnh.\n"
           "Thực hiện thường xuyên, liên\ntục\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.product, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Xây dựng",), ("UBND các xã, phường",), "Báo cáo kết quả kiểm tra gửi Ủy ban nhân dân tỉnh.",
         "Thực hiện thường xuyên, liên tục")]


def test_a_gazette_tables_rows_below_merged_cells_in_a_narrow_column():
    """The gazette's narrow columns wrap each cell over short lines: a deadline whose first line says nothing of when
    ("Ban hành trong ⏎ năm 2026. Thực ⏎ hiện rà soát, …") still ends its row below the merged cells, and a product
    of two items ("- Quyết định … ⏎ - Triển khai …") stays whole, no deadline opening with an item's dash."""
    header = "STT\nCơ quan chủ trì\nCơ quan phối hợp\nNội dung nhiệm vụ\nSản phẩm\nThời hạn hoàn thành\n"
    doc = (_appendix_plan("Kiểm soát ô nhiễm không khí", sub="BẢNG PHÂN CÔNG NHIỆM VỤ") + header + "1\n"
           "Sở Nông nghiệp\nvà Môi trường\n- Sở Xây dựng;\n- Công an tỉnh.\n- Xây dựng quy\nchế phối hợp\n"
           "quản lý chất\nlượng không khí\nliên huyện.\n- Quy chế phối\nhợp được ban\nhành.\n"
           "Ban hành trong\nnăm 2026. Thực\nhiện rà soát,\nđiều chỉnh (nếu\ncó)\n- Xây dựng và\n"
           "ban hành tiêu\nchí nhãn sinh\nthái cho phương\ntiện giao thông.\n- Bộ tiêu chí\n"
           "được ban hành.\nGiai đoạn 2026 -\n2027\n- Xây dựng hồ sơ\nthành lập Ban\nChỉ đạo về khắc\n"
           "phục ô nhiễm\nkhông khí.\n- Quyết định\nthành lập Ban\nChỉ đạo được ban\nhành.\n"
           "- Triển khai các\nhoạt động của\nBan Chỉ đạo.\nTrình Ủy ban\nnhân dân tỉnh\ntrong năm 2026\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, " ".join(t.text.split()[:3]), t.deadline) for t in rec.tasks] == [
        ("PL.1.1", "- Xây dựng", "Ban hành trong năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)"),
        ("PL.1.2", "- Xây dựng", "Giai đoạn 2026 - 2027"),
        ("PL.1.3", "- Xây dựng", "Trình Ủy ban nhân dân tỉnh trong năm 2026")]
    assert rec.tasks[2].product == "- Quyết định thành lập Ban Chỉ đạo được ban hành. - Triển khai các hoạt động của " \
        "Ban Chỉ đạo."


def test_bodies_a_copy_glued_each_ending_with_its_own_place():
    """"Hội Liên hiệp Phụ nữ tỉnh Hội Nông dân tỉnh": two bodies a copy glued, each ending with its place ("tỉnh"); a
    commune's name that opens with a head's word goes on with its city ("UBND phường Hội Phú thành phố Pleiku")."""
    doc = (_appendix_plan("Giảm nghèo bền vững năm 2026")
           + "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
           "| 1 | Tuyên truyền về giảm nghèo | Sở Nông nghiệp và Môi trường "
           "| Hội Liên hiệp Phụ nữ tỉnh Hội Nông dân tỉnh | Năm 2026 |\n"
           "| 2 | Hỗ trợ sinh kế cho hộ nghèo | Ban Dân tộc tỉnh | Hội Cựu chiến binh tỉnh Hội Chữ thập đỏ tỉnh "
           "| Quý III/2026 |\n"
           "| 3 | Rà soát hộ nghèo | UBND phường Hội Phú thành phố Pleiku | Sở Tài chính | Quý IV/2026 |\n")
    assert [(t.id, t.lead, t.support) for t in parse_bytes(doc.encode(), "kh.md").tasks] == [
        ("PL.1", ("Sở Nông nghiệp và Môi trường",), ("Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh")),
        ("PL.2", ("Ban Dân tộc tỉnh",), ("Hội Cựu chiến binh tỉnh", "Hội Chữ thập đỏ tỉnh")),
        ("PL.3", ("UBND phường Hội Phú thành phố Pleiku",), ("Sở Tài chính",))]


@pytest.mark.parametrize("dated", ["Hà Nội ngày 01 tháng 12 năm 2025", "Hà Nội ngày 01\ntháng 12 năm 2025",
                                   "Hà Nội, ngày 01\ntháng 12 năm 2025"])
def test_a_headers_place_and_date_without_the_comma_or_wrapped(dated):
    """"Hà Nội ngày 01 tháng 12 năm 2025": the comma after the place left out, or the date wrapped by a page's narrow
    column, still gives the place and the date of issue."""
    text = (_header("CHÍNH PHỦ\n--------", "388/NQ-CP", dated) + "NGHỊ QUYẾT\nVề dự án Luật Bảo hiểm tiền gửi\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua dự án Luật.\n"
            + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    doc = parse_bytes(text.encode(), "nq.txt").document
    assert (doc.place, doc.issued) == ("Hà Nội", "2025-12-01")


def test_a_party_documents_page_whose_number_has_no_colon_keeps_its_issuer():
    """A thuvienphapluat page of a Party document: "**TỈNH ỦY NGHỆ AN** ⏎ * ⏎ Số 87-KL/TU ⏎ | ⏎ **ĐẢNG CỘNG SẢN VIỆT
    NAM**" — the number without its colon stands between the issuer and the motto; the issuer is the header's, not the
    province the site's box names."""
    page = ("#\n**Số hiệu:**\n|\n87-KL/TU\n|\n|\n**Loại văn bản:**\n|\nKết luận\n|\n"
            "**Nơi ban hành:**\n|\nTỉnh Nghệ An\n|\n|\n"
            "**Người ký:**\n|\nTrần Đình Lộc\n|\n**Ngày ban hành:**\n|\n18/09/2024\n|\n|\n"
            "**TỈNH ỦY NGHỆ AN**\n*\nSố 87-KL/TU\n|\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n---------------\n"
            "*Nghệ An, ngày 18 tháng 9 năm 2024*\n|\n|\n**KẾT LUẬN**\n**CỦA BAN THƯỜNG VỤ TỈNH ỦY**\n"
            "về phát triển lâm nghiệp bền vững\n1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch.\n"
            "|\n"
            "*Nơi nhận:*\n- Lưu VPTU.\n|\n**T/M BAN THƯỜNG VỤ**\n**PHÓ BÍ THƯ THƯỜNG TRỰC**\n**Trần Đình Lộc**\n")
    doc = parse_bytes(page.encode(), "tvpl_kl.md").document
    assert (doc.issuer, doc.number) == ("Tỉnh ủy Nghệ An", "87-KL/TU")


@pytest.mark.parametrize("issuer, number, issued_as", [
    # a Party commission under its committee
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA TRUNG ƯƠNG", "Số 318-TB/UBKTTW", "ủy ban kiểm tra trung ương"),
    # an office named with the body it serves (not the committee, under an office)
    ("VĂN PHÒNG ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG", "Số: 387/TB-VP", "văn phòng ủy ban nhân dân thành phố đà nẵng"),
    # a board that names no body alone, named with the council it is of
    ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nTHƯỜNG TRỰC", "Số: 112/TB-HĐND",
     "thường trực hội đồng nhân dân thành phố cần thơ"),
])
def test_a_headers_issuer_under_or_with_the_body_above_it(issuer, number, issued_as):
    """"BAN CHẤP HÀNH TRUNG ƯƠNG ⏎ ỦY BAN KIỂM TRA TRUNG ƯƠNG", "VĂN PHÒNG ỦY BAN NHÂN DÂN ⏎ THÀNH PHỐ ĐÀ NẴNG",
    "HỘI ĐỒNG NHÂN DÂN ⏎ THÀNH PHỐ CẦN THƠ ⏎ THƯỜNG TRỰC": which body of the header's left block issues."""
    text = (f"{issuer}\n{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 17 tháng 11 năm 2025\nTHÔNG BÁO\nKết luận của cuộc họp\n"
            "1. Sở Xây dựng hướng dẫn chủ đầu tư.\n"
            + signed("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", name="Lê Văn An"))
    doc = parse_bytes(text.encode(), "tb.txt").document
    assert (doc.issuer or "").lower() == issued_as


def test_a_signers_name_with_an_apostrophe():
    """"H'Yim Kđoh": a name of the Central Highlands' peoples is the signer's whole."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 88/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nĐắk Lắk, ngày 17 tháng 11 năm 2025\nTHÔNG BÁO\nKết luận của Phó Chủ tịch\n"
            "1. Sở Y tế hướng dẫn các xã.\n" + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="H'Yim Kđoh"))
    assert parse_bytes(text.encode(), "tb.txt").document.signer == "H'Yim Kđoh"


def test_a_directives_narrative_of_what_was_issued_before_is_no_enacting_formula():
    """"… Luật Khoáng sản … có hiệu lực từ ngày 01 tháng 7 năm 2011; Chính phủ đã ban hành Nghị định số 15/2012/NĐ-CP …
    ⏎ Thực hiện Chỉ thị số 02/CT-TTg …, Chủ tịch UBND tỉnh chỉ thị:": "đã ban hành" tells what was issued, no enacting
    formula ends the opening there — the directive it implements comes after."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "14/CT-UBND", "Quảng Nam, ngày 4 tháng 6 năm 2012")
           + "CHỈ THỊ\nVề tăng cường quản lý hoạt động khoáng sản\n"
           "Luật Khoáng sản số 60/2010/QH12 có hiệu lực từ ngày 01 tháng 7 năm 2011; Chính phủ đã ban hành Nghị "
           "định số 15/2012/NĐ-CP ngày 09 tháng 3 năm 2012 quy định chi tiết thi hành một số điều của Luật Khoáng "
           "sản.\n"
           "Thực hiện Chỉ thị số 02/CT-TTg ngày 09 tháng 01 năm 2012 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân "
           "tỉnh chỉ thị:\n1. Sở Tài nguyên và Môi trường tổ chức kiểm tra các mỏ khoáng sản.\n"
           + signed("CHỦ TỊCH", name="Lê Phước Thanh"))
    refs = [(r.relation, r.number) for r in parse_bytes(doc.encode(), "ct.txt").references]
    assert ("implements", "02/CT-TTg") in refs and ("cites", "15/2012/NĐ-CP") in refs


def test_an_amending_laws_name_through_what_it_amends_before_the_law():
    """"Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục ngành, nghề kinh doanh có điều kiện của Luật Đầu tư ngày
    22 tháng 11 năm 2016": the name goes on past "về" to the law it amends, a secondary mention of it."""
    doc = (_header("BỘ TÀI CHÍNH", "62/2019/TT-BTC", "Hà Nội, ngày 5 tháng 9 năm 2019")
           + "THÔNG TƯ\nQuy định về thủ tục hải quan đối với bưu gửi\n"
           "Căn cứ Luật Đầu tư ngày 26 tháng 11 năm 2014 và Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục "
           "ngành, nghề kinh doanh có điều kiện của Luật Đầu tư ngày 22 tháng 11 năm 2016;\n"
           "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định về thủ tục hải quan đối với bưu gửi.\n"
           "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định thủ tục hải quan.\n"
           + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Vũ Thị Mai"))
    refs = [(r.relation, r.name, r.link) for r in parse_bytes(doc.encode(), "tt.txt").references]
    assert refs == [("legal_basis", "Đầu tư", None),
                    ("legal_basis", "sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục ngành, nghề kinh doanh có điều "
                                    "kiện của Luật Đầu tư", None),
                    ("secondary", "Đầu tư", "amends")]


def test_a_laws_name_ends_where_the_level_or_the_time_of_the_work_begins():
    """"… phổ biến Luật Trồng trọt, Luật Chăn nuôi cấp tỉnh | Sở …", "… thi hành Luật Chăn nuôi vào đầu năm 2021": the
    level, the time and a table's next cell are no part of the law's name."""
    from parsers.references import find_mentions

    for sentence in ("Tổ chức hội nghị phổ biến Luật Trồng trọt, Luật Chăn nuôi cấp tỉnh | Sở Nông nghiệp |",
                     "Tổ chức sơ kết 01 năm thi hành Luật Trồng trọt, Luật Chăn nuôi vào đầu năm 2021."):
        assert [m.name for m in find_mentions(sentence)] == ["Trồng trọt", "Chăn nuôi"]


def test_a_page_tables_numbered_row_with_an_empty_cell_inside_it():
    """"| 4 | Kiểm tra, xử lý phương tiện … | Bộ Công an |  | Cao điểm từ tháng 12/2025 … | Kế hoạch, báo cáo |": the
    empty partners' cell inside a numbered row is written with the bars a row's break has; the cells after it fill the
    row to the table's width, so they are the row's own — no row of their own under it."""
    from tests.test_shapes import TVPL_APPENDIX_MD

    head, _, _ = TVPL_APPENDIX_MD.partition("**STT**")
    cells = ["**STT**", "**Nội dung**", "**Chủ trì**", "**Phối hợp**", "**Thời gian hoàn thành**", "**Sản phẩm**", "",
             "1", "Hướng dẫn thu gom, xử lý rơm rạ, phụ phẩm nông nghiệp", "Sở Nông nghiệp và Môi trường",
             "Hội Nông dân tỉnh", "Trước vụ Đông Xuân 2025 - 2026", "Văn bản hướng dẫn", "",
             "2", "Kiểm tra, xử lý phương tiện giao thông xả khí thải vượt quy chuẩn", "Công an tỉnh", "",
             "Cao điểm từ tháng 12/2025 đến tháng 3/2026", "Kế hoạch, báo cáo", "", "",
             "Xây dựng phương án ứng phó khi chất lượng không khí ở mức nguy hại", "Sở Y tế", "Công an tỉnh",
             "Quý I/2026", "Phương án ứng phó", ""]
    plan = head + "".join(f"{c}\n|\n" if c else "|\n" for c in cells)
    assert _tasks(parse_bytes(plan.encode(), "tvpl_kh.md"))[-3:] == [
        ("PL.1", ("Sở Nông nghiệp và Môi trường",), ("Hội Nông dân tỉnh",), "Trước vụ Đông Xuân 2025 - 2026"),
        ("PL.2", ("Công an tỉnh",), (), "Cao điểm từ tháng 12/2025 đến tháng 3/2026"),
        ("PL.2.1", ("Sở Y tế",), ("Công an tỉnh",), "Quý I/2026")]


def _at(*cells: tuple[int, str]) -> str:
    """A line of cells, each from the column it is given."""
    line = ""
    for at, cell in cells:
        line = line.ljust(at) + cell
    return line + "\n"


def test_a_spaced_tables_header_wider_than_its_columns_and_a_rows_cells_begun_again():
    """"Thời gian hoàn thành" on one line of the header, wider than its column: the products' cells start under its
    last word, where the first full row puts them; a row's task, deadline and product begun again under the cells
    that ended above, no number of its own, is the next of the rows its number stands over (PL.I.2.1, PL.I.2.2)."""
    head = [(0, "TT"), (5, "Nhiệm vụ"), (48, "Đơn vị chủ trì"), (72, "Thời gian hoàn thành"), (95, "Sản phẩm")]
    table = (_at(*head) + _at((0, "I"), (5, "HOÀN THIỆN THỂ CHẾ"))
             + _at((0, "1"), (5, "Rà soát, đề xuất sửa đổi các quy định"), (48, "Vụ Pháp chế"), (72, "Năm 2023"),
                   (85, "Báo cáo rà soát"))
             + _at((5, "pháp luật về tài nguyên"), (85, "đề xuất"))
             + _at((0, "2"), (5, "Thực hiện kiểm kê khí nhà kính"), (48, "Cục Biến đổi khí hậu"), (72, "Năm 2023"),
                   (85, "Báo cáo kiểm kê"))
             + _at((5, "kỳ báo cáo năm 2020"))
             + _at((5, "Thực hiện kiểm kê khí nhà kính"), (72, "Năm 2025"), (85, "Báo cáo kiểm kê"))
             + _at((5, "kỳ báo cáo năm 2022")))
    text = ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 31/KH-BTNMT                    Hà Nội, ngày 6 tháng 12 năm 2022\n\n"
            "KẾ HOẠCH\nHành động tăng trưởng xanh\n\nI. MỤC TIÊU\nGiảm phát thải.\n\n"
            "II. NHIỆM VỤ\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo.\n\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + table + "\nCác đơn vị phản ánh về Vụ Khoa học và Công nghệ.\n")
    rec = parse_bytes(text.encode(), "kh31.txt")
    assert [(t.id, t.text[:24], t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", "Rà soát, đề xuất sửa đổi", ("Vụ Pháp chế",), "Năm 2023"),
        ("PL.I.2.1", "Thực hiện kiểm kê khí nh", ("Cục Biến đổi khí hậu",), "Năm 2023"),
        ("PL.I.2.2", "Thực hiện kiểm kê khí nh", ("Cục Biến đổi khí hậu",), "Năm 2025")]
    assert rec.tasks[0].text.endswith("pháp luật về tài nguyên")


def test_a_sites_related_articles_and_copyright_after_the_document_are_no_text():
    """A crawler's copy that ends with the site's list of related articles and its copyright line ("Bài viết liên quan:
    Hướng dẫn 1021/HD-LĐTBXH …", "Tin liên quan: ⏎ - …", "© …"): no part of the text, the documents they name no
    citations; a document's own "các văn bản liên quan" is no such list."""
    body = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 1187/HD-LĐTBXH\nHà Nội, ngày 29 tháng 3 năm 2019\n\nHƯỚNG DẪN\n"
            "Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2019\n\n"
            "Căn cứ Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015;\n\n"
            "1. Các Bộ, ngành rà soát các văn bản liên quan: báo cáo trước ngày 15/7/2019.\n\n"
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Quân\n\n")
    for trailer in ("Bài viết liên quan: Hướng dẫn 1021/HD-LĐTBXH năm 2018 tổ chức Tháng hành động | Quyết định "
                    "87/QĐ-TTg năm 2016\n© Bản quyền thuộc về trang văn bản pháp luật.\n",
                    "Tin liên quan:\n- Triển khai Quyết định 87/QĐ-TTg (21/10/2025)\n"
                    "© Cổng Thông tin điện tử tỉnh. Ghi rõ nguồn khi phát hành lại thông tin.\n"):
        rec = parse_bytes((body + trailer).encode(), "hd1187.txt")
        assert [(r.type, r.number or r.name) for r in rec.references] == [("Luật", "An toàn, vệ sinh lao động")]
        assert rec.text.rstrip().endswith("Lê Quân")


def test_a_cues_clause_ends_where_the_account_of_work_done_begins():
    """A directive's opening paragraph, its lines wrapped by the page: "Thực hiện Chỉ thị số 47-CT/TW …, Ban Thường vụ
    Thành ủy đã ban hành Kế hoạch số 87-KH/TU …; … được nâng lên. Nghị định số 79/2014/NĐ-CP … được tuyên truyền": the
    directive is what the document implements; the plan the committee issued and the decree of the next sentence are
    cited, neither a base nor a document the directive names."""
    text = ("THÀNH ỦY HẢI PHÒNG\nSố 35-CT/TU\nHải Phòng, ngày 12 tháng 8 năm 2019\n\nCHỈ THỊ\n"
            "về tăng cường công tác phòng cháy, chữa cháy\n\n"
            "Thực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015\ncủa Ban Bí thư về tăng cường sự lãnh đạo của Đảng, "
            "Ban Thường vụ Thành ủy đã ban hành Kế hoạch\nsố 87-KH/TU ngày 02/10/2015 triển khai thực hiện; "
            "nhận thức từng bước được nâng lên. Nghị định số 79/2014/NĐ-CP ngày 31/7/2014 của\n"
            "Chính phủ được tuyên truyền rộng rãi.\n\n"
            "1. Các cấp ủy tăng cường lãnh đạo công tác phòng cháy.\n\n"
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Thành\n")
    rec = parse_bytes(text.encode(), "ct35.txt")
    assert [(r.relation, r.number) for r in rec.references] == [
        ("implements", "47-CT/TW"), ("cites", "87-KH/TU"), ("cites", "79/2014/NĐ-CP")]


def test_a_sites_footnotes_of_amendments_cite_nothing():
    """A page of an amended decree marks the changed points "[1]" and writes below the text, each on its line, "[1]
    Điểm này được sửa đổi bởi Khoản 1 Điều 18 Nghị định số 125/2025/NĐ-CP …": the site's notes, citing nothing."""
    body = ("CHÍNH PHỦ\nSố: 112/2024/NĐ-CP\nHà Nội, ngày 11 tháng 9 năm 2024\n\nNGHỊ ĐỊNH\nQuy định về tài sản chợ\n\n"
            "Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;\n\n"
            "Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định việc quản lý chợ.[1]\n\n"
            "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Đức Phớc\n\n")
    notes = ("*[1] Khoản này được sửa đổi bởi Khoản 1 Điều 18 Nghị định số 125/2025/NĐ-CP có hiệu lực từ ngày "
             "01/7/2025.*\n")
    rec = parse_bytes((body + notes).encode(), "nd112.md")
    assert [(r.relation, r.type) for r in rec.references] == [("legal_basis", "Luật")]


def test_a_vbpl_pages_header_printed_above_the_content_is_the_documents():
    """vbpl.vn prints the document's header in tables of its own above the content ("BỘ TƯ PHÁP / Số: 115/QĐ-BTP" beside
    the motto and "Hà Nội, ngày 25 tháng 01 năm 2024"): the issuer, number, place and date are read from them; the
    site's box of attributes above them is no part of the text."""
    page = ("<html><body><div class='fulltext'><div class='vbInfo'><ul><li>Hiệu lực: Còn hiệu lực</li></ul></div><div>"
            "<table><tr><td><div><b>BỘ TƯ PHÁP</b></div><div>Số: 115/QĐ-BTP</div></td></tr></table>"
            "<table><tr><td><div><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div><div>Độc lập - Tự do - Hạnh phúc</div>"
            "<div><i>Hà Nội, ngày 25 tháng 01 năm 2024</i></div></td></tr></table>"
            "<div style='clear:both;'></div><div class='toanvancontent' id='toanvancontent'>"
            "<p><b>QUYẾT ĐỊNH</b></p><p><b>Ban hành Chương trình hành động của Bộ Tư pháp năm 2024</b></p>"
            "<p><b>BỘ TRƯỞNG BỘ TƯ PHÁP</b></p><p>Căn cứ Nghị định số 98/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của "
            "Chính phủ;</p><p>QUYẾT ĐỊNH:</p><p>Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.</p>"
            "<p>KT. BỘ TRƯỞNG</p><p>THỨ TRƯỞNG</p><p>Vũ Đức Kiên</p></div></div></div></body></html>")
    rec = parse_bytes(page.encode(), "qd115_toanvan.html")
    doc = rec.document
    assert (doc.number, doc.issuer, doc.issued, doc.place) == ("115/QĐ-BTP", "Bộ Tư pháp", "2024-01-25", "Hà Nội")
    assert "Hiệu lực" not in rec.text


def test_a_crawlers_pipe_rows_a_long_cell_broken_over_lines_and_no_rule_under_the_header():
    """A crawler's pipe rows with no rule under the header, a row whose long cell broke its line ("| 2 | Tổng kết …
    trình Chính ⏎ phủ | Tổng cục QLĐĐ | … |", "… Sản phẩm được ⏎ duyệt |"): one table whose rows go on over the
    breaks."""
    table = ("| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành | Sản phẩm |\n"
             "| I | NHÓM NHIỆM VỤ HOÀN THIỆN THỂ CHẾ | | | |\n"
             "| 1 | Xây dựng Nghị định quy định chi tiết Luật Bảo vệ môi trường | Tổng cục Môi trường | Quý IV/2021 "
             "| Nghị định |\n"
             "| 2 | Tổng kết thi hành Luật Đất đai; xây dựng hồ sơ dự án Luật Đất đai (sửa đổi) trình Chính\n"
             "phủ | Tổng cục Quản lý đất đai | Năm 2022 | Hồ sơ dự án Luật |\n"
             "| 3 | Lập Quy hoạch sử dụng đất quốc gia | Tổng cục Quản lý đất đai | Năm 2023 | Quy hoạch được\n"
             "duyệt |\n"
             "| 4 | Kiểm kê tài nguyên nước quốc gia | Cục Quản lý tài nguyên nước | Năm 2024 | Báo cáo kiểm kê |\n")
    text = ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 1539/QĐ-BTNMT\nHà Nội, ngày 09 tháng 7 năm 2021\n\n"
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 52/NQ-CP\n\nI. MỤC TIÊU\n"
            "Bảo đảm thực hiện Nghị quyết.\n\nII. NHIỆM VỤ\n"
            "Nhiệm vụ cụ thể tại Phụ lục kèm theo.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + table)
    rec = parse_bytes(text.encode(), "ctr.txt")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Tổng cục Môi trường",), "Quý IV/2021"), ("PL.I.2", ("Tổng cục Quản lý đất đai",), "Năm 2022"),
        ("PL.I.3", ("Tổng cục Quản lý đất đai",), "Năm 2023"), ("PL.I.4", ("Cục Quản lý tài nguyên nước",), "Năm 2024")]
    assert rec.tasks[1].text.endswith("trình Chính phủ")


def _tvpl_row(*cells: str) -> str:
    """A thuvienphapluat table row: a bar before each cell, one closing the row (an empty cell is a bar alone)."""
    return "".join(f"|\n{c}\n" if c else "|\n" for c in cells) + "|\n"


def test_a_column_of_the_documents_that_gave_the_work_and_a_header_begun_again_far_from_the_appendix_title():
    """"| STT | Nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì | …": the documents that gave the work are no task,
    so a merged row's next row ("Tổng hợp, báo cáo … | Trước ngày 31/01/2025 |") puts its work in the task's column (a
    task of its own, PL.I.2.2); the header begun again after a page's break, far below "PHỤ LỤC II", is the same
    appendix's (the one appendix of tasks: "PL.…" throughout)."""
    head = _tvpl_row("**STT**", "**Nhiệm vụ**", "**Văn bản giao nhiệm vụ**", "**Cơ quan chủ trì**",
                     "**Cơ quan phối hợp**", "**Thời hạn hoàn thành**", "**Kết quả thực hiện**")
    long = "rà soát, đánh giá, tổng hợp kết quả thực hiện các tiêu chí trên địa bàn các huyện, thị xã, thành phố " * 3
    doc = ("**ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN**\n\nSố: 2456/KH-UBND\n\n**KẾ HOẠCH**\n\n"
           "**Xây dựng nông thôn mới năm 2025**\n\n"
           "**I. NHIỆM VỤ**\n\nCác nhiệm vụ tại Phụ lục II kèm theo.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n"
           "Sở Nông nghiệp và Phát triển nông thôn theo dõi, đôn đốc./.\n\n"
           "**PHỤ LỤC I**\n\nĐỀ CƯƠNG BÁO CÁO\n\n*(Kèm theo Kế hoạch số 2456/KH-UBND ngày 21/10/2024)*\n\n"
           "1. Kết quả thực hiện\n\n2. Đề xuất, kiến nghị\n\n"
           "**PHỤ LỤC II**\n\nDANH MỤC NHIỆM VỤ GIAO ĐỊA PHƯƠNG\n\n"
           "*(Kèm theo Kế hoạch số 2456/KH-UBND ngày 21/10/2024)*\n\n"
           + head + _tvpl_row("**I**", "**Công tác chỉ đạo**", "", "", "", "", "")
           + _tvpl_row("1", "Kiện toàn Ban Chỉ đạo cấp tỉnh", "Quyết định số 263/QĐ-TTg", "Sở Nội vụ",
                       "Văn phòng Điều phối", "Quý IV/2024", "")
           + _tvpl_row("2", "Phân bổ chi tiết kế hoạch vốn năm 2025", "Nghị định số 27/2022/NĐ-CP", "Sở Tài chính",
                       "Sở Kế hoạch và Đầu tư", "Trước ngày 31/12/2024", "")
           + _tvpl_row("Tổng hợp, báo cáo kết quả giải ngân vốn năm 2024", "Trước ngày 31/01/2025", "")
           + "".join(_tvpl_row(str(n), "Tổ chức " + long, "Thông tư số 07/2022/TT-BKHĐT",
                               "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài chính", "Thường xuyên", "")
                     for n in (3, 4, 5))
           + "\n" + head + _tvpl_row("**II**", "**Huy động nguồn lực**", "", "", "", "", "")
           + _tvpl_row("1", "Bố trí đủ vốn đối ứng từ ngân sách địa phương", "Nghị quyết số 25/2021/QH15",
                       "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Hằng năm", ""))
    rec = parse_bytes(doc.encode(), "cv.md")
    assert [(t.id, t.text.split()[0], t.deadline) for t in rec.tasks] == [
        ("PL.I.1", "Kiện", "Quý IV/2024"), ("PL.I.2.1", "Phân", "Trước ngày 31/12/2024"),
        ("PL.I.2.2", "Tổng", "Trước ngày 31/01/2025"), ("PL.I.3", "Tổ", "Thường xuyên"),
        ("PL.I.4", "Tổ", "Thường xuyên"), ("PL.I.5", "Tổ", "Thường xuyên"), ("PL.II.1", "Bố", "Hằng năm")]
    assert rec.tasks[2].lead == ("Sở Tài chính",)


def test_a_crawlers_table_of_cells_parted_by_bars_without_bars_at_its_ends():
    """"STT | Nội dung nhiệm vụ | Đơn vị chủ trì | …": a table flattened to lines of bars between cells, none at either
    end, a long cell wrapped on the next line ("… Cục Thuế thành phố Hà ⏎ Nội; …"); a row of a merged number, lead and
    partners gives only its work, its deadline and its product ("Mở rộng … | Quý II/2025 | Báo cáo kết quả"): the
    next tasks of the row above."""
    table = ("STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm\n"
             "(1) | (2) | (3) | (4) | (5) | (6)\n"
             "1 | Rà soát thủ tục hành chính thuế | Vụ Pháp chế | Vụ Chính sách; Cục Thuế thành phố Hà\n"
             "Nội | Quý I/2024 | Báo cáo\n"
             "2 | Triển khai thí điểm hóa đơn điện tử | Cục Công nghệ thông tin | Cục Thuế tỉnh Bắc Ninh | Quý IV/2024 "
             "| Báo cáo\n"
             "Mở rộng triển khai hóa đơn điện tử trên toàn quốc | Quý II/2025 | Báo cáo kết quả\n"
             "Tổng kết, đánh giá việc triển khai | Năm 2025 | Báo cáo tổng kết\n"
             "3 | Kết nối dữ liệu dân cư | Cục Công nghệ thông tin | Bộ Công an | Trước ngày 31/12/2024 | Dữ liệu\n\n")
    text = ("TỔNG CỤC THUẾ\nSố: 1572/QĐ-TCT\nHà Nội, ngày 09 tháng 7 năm 2022\n\n"
            "KẾ HOẠCH\nThực hiện Chiến lược cải cách hệ thống thuế\n\nI. MỤC TIÊU\nBảo đảm thực hiện Chiến lược.\n\n"
            "II. NHIỆM VỤ\nNhiệm vụ cụ thể tại Phụ lục kèm theo.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + table)
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(t.id, t.text.split()[0], t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.1", "Rà", ("Vụ Pháp chế",), "Quý I/2024"),
        ("PL.2.1", "Triển", ("Cục Công nghệ thông tin",), "Quý IV/2024"),
        ("PL.2.2", "Mở", ("Cục Công nghệ thông tin",), "Quý II/2025"),
        ("PL.2.3", "Tổng", ("Cục Công nghệ thông tin",), "Năm 2025"),
        ("PL.3", "Kết", ("Cục Công nghệ thông tin",), "Trước ngày 31/12/2024")]
    assert rec.tasks[0].support == ("Vụ Chính sách", "Cục Thuế thành phố Hà Nội")


def test_a_tab_tables_numbered_rows_under_a_lead_merged_over_them_and_a_row_that_drops_its_last_empty_cell():
    """A table of tabs whose lead cell is merged over three numbered rows: the rows below write one cell fewer
    ("4⇥Xây dựng Thông tư …⇥Thông tư⇥Vụ Pháp chế, Vụ Tổ chức cán bộ⇥Quý IV/2024"), each cell where it reads (the list
    of bodies the partners, the lead merged from above); a row that leaves its last column empty writes no tab for it
    (its cells stay where they read, none moved into it nor taken from the row above)."""
    table = ("TT\tNhiệm vụ\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành\tCấp trình\n"
             "1\tXây dựng Nghị định sửa đổi Nghị định số 10/2020/NĐ-CP\tNghị định\tCục Đường bộ Việt Nam\t"
             "Vụ Vận tải, Vụ Pháp chế\tTháng 10/2024\t\n"
             "2\tXây dựng Thông tư quy định về đào tạo lái xe\tThông tư\tVụ Pháp chế, Vụ Tổ chức cán bộ\t"
             "Quý IV/2024\n"
             "3\tRà soát, đề xuất sửa đổi Thông tư số 46/2015/TT-BGTVT\tBáo cáo rà soát\t"
             "Vụ Pháp chế, Vụ Kết cấu hạ tầng giao thông\t2024 - 2025\n"
             "4\tTổng kết công tác đăng kiểm\tBáo cáo tổng kết\tCục Đăng kiểm Việt Nam\tVụ Vận tải\tQuý I/2025\n\n")
    text = (_header("BỘ GIAO THÔNG VẬN TẢI", "86/QĐ-BGTVT", "Hà Nội, ngày 22 tháng 1 năm 2024")
            + _appendix_plan("Thực hiện nhiệm vụ năm 2024") + table)
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline, t.product) for t in rec.tasks] == [
        ("PL.1", ("Cục Đường bộ Việt Nam",), ("Vụ Vận tải", "Vụ Pháp chế"), "Tháng 10/2024", "Nghị định"),
        ("PL.2", ("Cục Đường bộ Việt Nam",), ("Vụ Pháp chế", "Vụ Tổ chức cán bộ"), "Quý IV/2024", "Thông tư"),
        ("PL.3", ("Cục Đường bộ Việt Nam",), ("Vụ Pháp chế", "Vụ Kết cấu hạ tầng giao thông"), "2024 - 2025",
         "Báo cáo rà soát"),
        ("PL.4", ("Cục Đăng kiểm Việt Nam",), ("Vụ Vận tải",), "Quý I/2025", "Báo cáo tổng kết")]


def test_a_gazette_rows_one_cell_of_kinds_of_bodies_under_a_lead_merged_from_above():
    """A gazette table, one cell per line: a row whose one cell of bodies lists kinds of them ("Các sở, ban, ngành;
    UBND các huyện, thành phố", "Sở Tài nguyên và Môi trường; UBND cấp huyện") under a row that named its lead has that
    lead merged over it: the cell is its partners; one body alone there stays its lead."""
    header = "TT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
    doc = (_appendix_plan("Chuyển đổi số năm 2025", sub="DANH MỤC NHIỆM VỤ")
           + header
           + "1\nCung cấp dịch vụ công trực tuyến toàn trình\nVăn phòng UBND tỉnh\n"
           "Các sở, ban, ngành; UBND các huyện, thành phố\nNăm 2025\n"
           "2\nSố hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n"
           "Các sở, ban, ngành; UBND các huyện, thành phố\nTrước ngày 30/6/2025\n"
           "3\nThu gom, xử lý, tái sử dụng rơm rạ\nSở Tài nguyên và Môi trường; UBND cấp huyện\nHằng năm\n"
           "4\nĐẩy mạnh thanh toán không dùng tiền mặt\nNgân hàng Nhà nước Khu vực 4\nNăm 2025\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.1", ("Văn phòng UBND tỉnh",), ("Các sở, ban, ngành", "UBND các huyện, thành phố")),
        ("PL.2", ("Văn phòng UBND tỉnh",), ("Các sở, ban, ngành", "UBND các huyện, thành phố")),
        ("PL.3", ("Văn phòng UBND tỉnh",), ("Sở Tài nguyên và Môi trường", "UBND cấp huyện")),
        ("PL.4", ("Ngân hàng Nhà nước Khu vực 4",), ())]


def test_a_row_of_a_tab_table_written_one_cell_a_line():
    """A table copied with tabs between its cells, one of whose rows lost them, its number and each cell on a line of
    its own ("8 ⏎ Đề án sắp xếp … ⏎ Vụ Chính quyền địa phương ⏎ Bộ Công an; … ⏎ Quý IV/2022"): a row all the same, and
    the table goes on after it."""
    table = ("STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
             "1\tBáo cáo tổng kết thi hành Luật Cán bộ, công chức\tVụ Công chức - Viên chức\tVụ Pháp chế\tNăm 2023\n"
             "2\nĐề án sắp xếp đơn vị hành chính cấp huyện, cấp xã\nVụ Chính quyền địa phương\n"
             "Bộ Công an; Bộ Tài chính\nQuý IV/2022\n"
             "3\tBáo cáo kết quả Chỉ số cải cách hành chính\tVụ Cải cách hành chính\tVăn phòng Bộ\tQuý II hằng năm\n\n")
    text = ("BỘ NỘI VỤ\nSố: 1386/QĐ-BNV\nHà Nội, ngày 09 tháng 7 năm 2022\n\n"
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 76/NQ-CP\n\nI. MỤC TIÊU\nBảo đảm thực hiện Nghị quyết.\n\n"
            "II. NHIỆM VỤ\nNhiệm vụ cụ thể tại Phụ lục kèm theo.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + table)
    rec = parse_bytes(text.encode(), "ctr.txt")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Vụ Công chức - Viên chức",), "Năm 2023"), ("PL.2", ("Vụ Chính quyền địa phương",), "Quý IV/2022"),
        ("PL.3", ("Vụ Cải cách hành chính",), "Quý II hằng năm")]


def test_a_gazette_cell_of_members_and_a_steering_committee_named_with_its_subject():
    """A gazette table, one cell per line: "Các bộ thành viên ⏎ Ban Chỉ đạo liên ⏎ ngành Trung ương …" is one body of
    partners (whose members they are, on the next line), and "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"
    leads whole — its place, then what it is about — not swallowed by the task's text above it."""
    header = "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nSản phẩm\nThời gian hoàn thành\n"
    doc = (_appendix_plan("Chương trình hành động về an toàn thực phẩm") + header
           + "1.\nTổ chức “Tháng hành động vì an toàn thực\nphẩm” trên phạm vi toàn quốc\nBộ Y tế\nCác bộ thành viên\n"
             "Ban Chỉ đạo liên\nngành Trung ương\nvề an toàn thực\nphẩm; Ủy ban nhân\ndân các tỉnh, thành\n"
             "phố trực thuộc trung\nương\nKế hoạch, báo cáo\nkết quả\nHằng năm\n"
             "2.\nThanh tra, kiểm tra liên ngành về an toàn thực\nphẩm trong dịp Tết Nguyên đán, mùa Lễ hội\n"
             "Xuân và Tết Trung thu\nBan Chỉ đạo liên\nngành Trung ương\nvề an toàn thực\nphẩm\nBộ Y tế, Bộ Nông\n"
             "nghiệp và Môi\ntrường, Bộ Công\nThương, Bộ Công\nan, Ủy ban nhân dân\ncấp tỉnh\nKế hoạch, báo cáo\n"
             "kết quả thanh tra,\nkiểm tra\nHằng năm\n")
    rec = parse_bytes(doc.encode(), "ctr.congbao.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Bộ Y tế",), ("Các bộ thành viên Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm",
                        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")),
        (("Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm",),
         ("Bộ Y tế", "Bộ Nông nghiệp và Môi trường", "Bộ Công Thương", "Bộ Công an", "Ủy ban nhân dân cấp tỉnh"))]


def test_a_long_untitled_group_right_under_a_tables_header():
    """"| | **Đổi mới tư duy, … (twenty words)** | | |" right under the header runs on from no row above: a group's
    title however long (its bold lost in rendering), so the rows under it are the first group's, "G1", not the table's
    own rows "1", "2" (and the group after it "G2")."""
    long_title = ("Đổi mới tư duy, nâng cao nhận thức và hoàn thiện cơ chế, chính sách về bảo vệ, chăm sóc sức khỏe "
                  "Nhân dân")
    doc = (_appendix_plan("Thực hiện Nghị quyết về bảo vệ sức khỏe Nhân dân")
           + "| TT | Nội dung | Đơn vị thực hiện | Thời gian hoàn thành |\n|---|---|---|---|\n"
           + f"| | **{long_title}** | | |\n"
           + "| 1 | Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết | Sở Y tế | Quý IV/2025 |\n"
             "| 2 | Tham mưu chính sách thu hút bác sĩ về trạm y tế xã | Sở Nội vụ | Tháng 12/2025 |\n"
             "| | **Tăng cường công tác phòng bệnh** | | |\n"
             "| 1 | Tổ chức khám sức khỏe định kỳ cho người dân | Sở Y tế | Hằng năm |\n")
    rec = parse_bytes(doc.encode(), "kh.gfm.md")
    assert [(t.id, t.text.split(",")[0]) for t in rec.tasks] == [
        ("PL.G1.1", "Tổ chức quán triệt"), ("PL.G1.2", "Tham mưu chính sách thu hút bác sĩ về trạm y tế xã"),
        ("PL.G2.1", "Tổ chức khám sức khỏe định kỳ cho người dân")]


def test_a_gazettes_section_words_alone_on_their_line_are_no_issuer():
    """"VĂN BẢN QUY PHẠM PHÁP LUẬT ⏎ BỘ CÔNG THƯƠNG ⏎ Số: …": the gazette's section, its words alone without "PHẦN I.",
    files the document; the issuer is the ministry under it."""
    doc = ("CÔNG BÁO/Số 451 + 452/Ngày 28-03-2025\n3\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT\n\nBỘ CÔNG THƯƠNG\n_______________\n"
           "Số: 07/2025/TT-BCT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "Hà Nội, ngày 14 tháng 3 năm 2025\nTHÔNG TƯ\nQuy định chi tiết Chương trình cấp quốc gia về xúc tiến "
           "thương mại\n\nCăn cứ Luật Thương mại ngày 14 tháng 6 năm 2005;\n\nBộ trưởng Bộ Công Thương ban hành "
           "Thông tư quy định chi tiết Chương trình cấp quốc gia về xúc tiến thương mại.\n\n"
           "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết Chương trình.\n"
           + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Phan Thị Thắng"))
    rec = parse_bytes(doc.encode(), "tt.congbao.txt")
    assert (rec.document.issuer, rec.document.number) == ("Bộ Công Thương", "07/2025/TT-BCT")


def test_a_gazette_row_the_page_cut_in_its_task_after_a_date_word_and_in_its_partners_after_a_head():
    """"5 ⏎ Triển khai Đề án … tại Quyết định số 1490/QĐ-TTg ngày ⏎ Cục Trồng trọt ⏎ Cục Chế biến và ⏎ Phát triển thị ⏎
    trường nông sản, ⏎ Vụ Hợp tác quốc ⏎ tế, Ban Quản lý ⏎ Kế hoạch triển khai ⏎ Thường xuyên ⏎ [page, header] ⏎
    27/11/2023 của Thủ tướng Chính phủ ⏎ các dự án nông ⏎ nghiệp": every cell printed before the break, two of them
    cut — the task's after the word its date follows, the partners' after a head; their rests under the header."""
    header = "TT\nNhiệm vụ\nĐơn vị\nchủ trì\nĐơn vị phối hợp\nSản phẩm\nThời gian\nhoàn thành\n"
    doc = ("CÔNG BÁO/Số 521 + 522/Ngày 15-4-2024\n41\n\n" + _appendix_plan("Chương trình hành động ngành nông nghiệp")
           + header
           + "1.\nChỉ đạo sản xuất vụ Đông Xuân năm 2024\nCục Trồng trọt\nCục Bảo vệ thực vật\nVăn bản chỉ đạo\n"
             "Theo mùa vụ\n"
             "2.\nTriển khai Đề án phát triển bền vững một\ntriệu héc ta lúa chất lượng cao được\n"
             "phê duyệt tại Quyết định số 1490/QĐ-TTg ngày\nCục Trồng trọt\nCục Chế biến và\nPhát triển thị\n"
             "trường nông sản,\nVụ Hợp tác quốc\ntế, Ban Quản lý\nKế hoạch triển\nkhai; báo cáo\nkết quả\n"
             "Thường xuyên\n\nCÔNG BÁO/Số 521 + 522/Ngày 15-4-2024\n42\n \n \n" + header
           + "27/11/2023 của Thủ tướng Chính phủ\ncác dự án nông\nnghiệp\n"
             "3.\nKiểm soát dịch bệnh động vật\nCục Thú y\nCục Chăn nuôi\nBáo cáo\nThường xuyên\n")
    rec = parse_bytes(doc.encode(), "ctr.congbao.txt")
    second = rec.tasks[1]
    assert second.text.endswith("ngày 27/11/2023 của Thủ tướng Chính phủ")
    assert (second.lead, second.support, second.deadline) == (
        ("Cục Trồng trọt",),
        ("Cục Chế biến và Phát triển thị trường nông sản", "Vụ Hợp tác quốc tế", "Ban Quản lý các dự án nông nghiệp"),
        "Thường xuyên")
    assert [t.lead for t in rec.tasks] == [("Cục Trồng trọt",), ("Cục Trồng trọt",), ("Cục Thú y",)]


def test_a_gazette_rows_task_the_page_cut_inside_its_sentence():
    """"3 ⏎ Tổng hợp, rà soát tính hợp lệ ⏎ [page, header] ⏎ của hồ sơ; lập danh mục đề án ⏎ … ⏎ Cục Xúc tiến ⏎ thương
    mại ⏎ Vụ Kế hoạch - Tài ⏎ chính ⏎ Trước ngày 31 …": no cell opens in small letters, so the task's sentence goes on
    over the page; who leads and who joins are the cells after it."""
    header = "STT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời hạn\n"
    doc = ("CÔNG BÁO/Số 451 + 452/Ngày 28-03-2025\n10\n\n" + _appendix_plan("Chương trình xúc tiến thương mại")
           + header
           + "1\nThông báo định hướng, nội dung Chương trình\nCục Xúc tiến\nthương mại\nVụ Kế hoạch - Tài\nchính\n"
             "Trước ngày 15 tháng 4\nhằng năm\n"
             "2\nTổng hợp, rà soát tính hợp lệ\n\nCÔNG BÁO/Số 451 + 452/Ngày 28-03-2025\n11\n \n \n" + header
           + "của hồ sơ; lập danh mục đề án\ntrình Hội đồng thẩm định\nCục Xúc tiến\nthương mại\nVụ Kế hoạch - Tài\n"
             "chính\nTrước ngày 31\ntháng 7 hằng năm\n")
    rec = parse_bytes(doc.encode(), "tt.congbao.txt")
    assert [(t.text, t.lead, t.support) for t in rec.tasks][1] == (
        "Tổng hợp, rà soát tính hợp lệ của hồ sơ; lập danh mục đề án trình Hội đồng thẩm định",
        ("Cục Xúc tiến thương mại",), ("Vụ Kế hoạch - Tài chính",))


@pytest.mark.parametrize(("header", "issuer"), [
    # a province's Youth Union committee by its initials, the Union's motto alone on its line
    ("BCH ĐOÀN TỈNH BÌNH PHƯỚC\n***\nSố: 102-KH/TĐTN-BTG\n\nĐOÀN TNCS HỒ CHÍ MINH\n",
     "Ban Chấp hành Đoàn tỉnh Bình Phước"),
    # a district's committee by its initials under the province's Union on the line above
    ("TỈNH ĐOÀN ĐẮK LẮK\nBCH ĐOÀN HUYỆN KRÔNG PẮC\n***\nSố: 09-KH/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n",
     "Ban Chấp hành Đoàn huyện Krông Pắc"),
    # the central committee, the Union's name its header's second line and the motto after it
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 12-KH/TWĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n",
     "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
])
def test_a_youth_union_documents_header(header, issuer):
    doc = header + "Hà Nội, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nVề công tác thanh niên\nI. MỤC ĐÍCH\n1. Nâng cao.\n"
    assert parse_bytes(doc.encode(), "kh.txt").document.issuer == issuer


def test_a_department_named_in_capitals_after_the_signature_opens_no_attachment():
    """"1. SỞ KẾ HOẠCH VÀ ĐẦU TƯ" under an attached plan's task section: the type word inside a department's name in
    capitals ("Ở" is no small letter before it) opens no plan of its own; the items under it are the plan's tasks."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG", "587/QĐ-UBND", "Tuyên Quang, ngày 16 tháng 6 năm 2023")
           + "QUYẾT ĐỊNH\nBan hành Kế hoạch hành động đẩy nhanh giải ngân vốn đầu tư công\n"
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\nĐiều 2. Quyết định này có hiệu lực kể từ "
             "ngày ký.\n" + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Sơn")
           + "KẾ HOẠCH HÀNH ĐỘNG\nĐẨY NHANH TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2023\n"
             "(Kèm theo Quyết định số 587/QĐ-UBND ngày 16/6/2023 của Ủy ban nhân dân tỉnh)\n"
             "I. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n1. SỞ KẾ HOẠCH VÀ ĐẦU TƯ\n"
             "1.1. Chủ trì tham mưu điều chỉnh kế hoạch đầu tư công năm 2023.\n"
             "1.2. Tổng hợp, cập nhật tiến độ giải ngân của từng dự án.\n"
             "2. SỞ TÀI CHÍNH\n2.1. Bố trí đủ nguồn vốn đối ứng ngân sách tỉnh.\n")
    rec = parse_bytes(doc.encode(), "qd.txt")
    assert len(rec.attachments) == 1
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("I.1.1", ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ",)), ("I.1.2", ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ",)), ("I.2.1", ("SỞ TÀI CHÍNH",))]


def test_a_gazette_cell_of_partners_that_goes_on_after_its_separator_and_over_a_page():
    """A gazette table, one cell per line: a cell of partners whose line ends on ";" goes on ("Sở Khoa học ⏎ và Công
    nghệ; ⏎ Hiệp hội ⏎ Doanh nghiệp ⏎ tỉnh; Hội ⏎ Doanh nhân ⏎ trẻ tỉnh"), and a name the page cut goes on in small
    letters after it ("Ủy ban nhân dân ⏎ [page, header] ⏎ các tỉnh, thành phố có dự án")."""
    header = "TT\nNhiệm vụ\nSản phẩm\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n"
    doc = ("CÔNG BÁO/Số 27 + 28/Ngày 05-8-2025\n40\n\n" + _appendix_plan("Chương trình chuyển đổi số") + header
           + "1\nHỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi\nsố, ứng dụng nền tảng số.\nSố doanh\nnghiệp được\nhỗ trợ\n"
             "Sở Tài chính;\nSở Công\nThương\nSở Khoa học\nvà Công nghệ;\nHiệp hội\nDoanh nghiệp\ntỉnh; Hội\n"
             "Doanh nhân\ntrẻ tỉnh\nHằng năm\n"
             "2\nTheo dõi, đôn đốc tiến độ các dự\nán nguồn điện quan trọng\nBáo cáo định kỳ\nCục Điện lực\n"
             "Tập đoàn Điện\nlực Việt Nam;\nỦy ban nhân dân\n\nCÔNG BÁO/Số 27 + 28/Ngày 05-8-2025\n41\n\n" + header
           + "các tỉnh, thành phố có dự án\nHằng tháng\n")
    rec = parse_bytes(doc.encode(), "ctr.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Tài chính", "Sở Công Thương"), ("Sở Khoa học và Công nghệ", "Hiệp hội Doanh nghiệp tỉnh",
                                              "Hội Doanh nhân trẻ tỉnh"), "Hằng năm"),
        (("Cục Điện lực",), ("Tập đoàn Điện lực Việt Nam", "Ủy ban nhân dân các tỉnh, thành phố có dự án"),
         "Hằng tháng")]


def test_a_gazette_header_of_narrow_columns_and_the_provisions_that_give_the_work():
    """A gazette table whose header cells wrap a word a line ("Cấp ⏎ ban ⏎ hành", "Thời hạn ⏎ trình"), sixteen lines in
    all, with a column of the provisions that give the work ("Điều, khoản ⏎ giao quy ⏎ định chi tiết": the mandate's):
    every column is read, and who drafts each document leads it."""
    header = ("STT\nTên văn bản/nội dung quy\nđịnh chi tiết\nĐiều, khoản\ngiao quy\nđịnh chi tiết\nCấp\nban\nhành\n"
              "Cơ quan\nchủ trì\nsoạn thảo\nCơ quan\nphối hợp\nThời hạn\ntrình\n")
    doc = (_appendix_plan("Triển khai thi hành Luật Đất đai") + header
           + "I\nLUẬT ĐẤT ĐAI SỐ 31/2024/QH15\n1\nQuyết định quy định hạn mức giao\nđất ở cho cá nhân\nKhoản 2\n"
             "Điều 195\nUBND tỉnh\nSở Tài nguyên\nvà Môi trường\nSở Xây dựng, Sở\nTư pháp\nTháng 7/2024\n"
             "2\nQuyết định quy định giá cho thuê\nnhà ở công vụ\nKhoản 3\nĐiều 125\nUBND tỉnh\nSở Xây dựng\n"
             "Sở Tài chính\nTháng 8/2024\n")
    rec = parse_bytes(doc.encode(), "kh.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Sở Tài nguyên và Môi trường",), ("Sở Xây dựng", "Sở Tư pháp"), "Tháng 7/2024"),
        ("PL.I.2", ("Sở Xây dựng",), ("Sở Tài chính",), "Tháng 8/2024")]


def test_a_tables_note_that_writes_its_short_forms_out():
    """"Ghi chú: Các chữ viết tắt trong Danh mục: SKHĐT: Sở Kế hoạch và Đầu tư; BQLKKTNS&CKCN: Ban Quản lý Khu kinh tế
    Nghi Sơn và các khu công nghiệp; UBND: Ủy ban nhân dân.": the table's short forms are the bodies its note writes
    out, so a cell of one leads ("UBND", read already, stays as it is read)."""
    doc = (_appendix_plan("Danh mục dự án trọng điểm")
           + "| TT | Tên dự án, nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
             "|---|---|---|---|---|\n| 1 | Đầu tư hạ tầng kỹ thuật Khu công nghiệp Phú Quý | BQLKKTNS&CKCN | "
             "SKHĐT, UBND huyện Thọ Xuân | "
             "2024 - 2025 |\n\n"
             "*Ghi chú:* Các chữ viết tắt trong Danh mục: SKHĐT: Sở Kế hoạch và Đầu tư; BQLKKTNS&CKCN: Ban Quản lý "
             "Khu kinh tế Nghi Sơn và các khu công nghiệp; UBND: Ủy ban nhân dân.\n")
    (task,) = parse_bytes(doc.encode(), "dm.gfm.md").tasks
    assert (task.lead, task.support) == (("BQLKKTNS&CKCN",), ("SKHĐT", "UBND huyện Thọ Xuân"))
    from parsers.agencies import find
    assert [a.name for a in find(doc, doc.index("BQLKKTNS"), doc.index("2024 - 2025"))][:2] == [
        "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Sở Kế hoạch và Đầu tư"]


def test_a_gazette_header_whose_time_parts_into_start_and_end():
    """"… Thời gian thực ⏎ hiện ⏎ Sản phẩm ⏎ Bắt đầu ⏎ Kết thúc": the time column's second header row parts it into
    when the work begins and when it ends; the row's deadline is the end's."""
    header = ("TT\nNội dung công việc\nĐơn vị chủ\ntrì\nĐơn vị phối\nhợp\nThời gian thực\nhiện\nSản phẩm\n"
              "Bắt đầu\nKết thúc\n")
    doc = (_appendix_plan("Triển khai thi hành Luật Địa chất và khoáng sản") + header
           + "1\nTổ chức hội nghị trực tuyến quán triệt Luật\nVụ Pháp chế\nCục Địa chất và Khoáng sản\nHội nghị được\n"
             "tổ chức\nTháng 9/2025\nTháng 10/2025\n")
    (task,) = parse_bytes(doc.encode(), "kh.congbao.txt").tasks
    assert (task.lead, task.deadline) == (("Vụ Pháp chế",), "Tháng 10/2025")


def test_a_pipe_tables_group_title_written_in_the_number_cell():
    """"| **Công tác phổ biến, tập huấn** | | | | |": a group's title without a label, written in the column of numbers,
    the other cells empty — a group (G1, G2 …), its rows numbered from 1 again under it."""
    table = ("| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n"
             "|:--:|---|---|---|:--:|\n"
             "| **Công tác phổ biến, tập huấn** | | | | |\n"
             "| 1 | Biên soạn tài liệu hỏi - đáp về điểm mới của Luật | Sở Xây dựng | Sở Tư pháp | Tháng 8/2024 |\n"
             "| 2 | Tập huấn nghiệp vụ cho công chức cấp huyện | Sở Xây dựng | Sở Nội vụ | Quý III/2024 |\n"
             "| **Công tác rà soát, kiểm tra, sơ kết** | | | | |\n"
             "| 1 | Rà soát, cập nhật quỹ đất phát triển nhà ở xã hội | Sở Tài chính | Sở Xây dựng | Quý IV/2024 |\n\n")
    text = ("# ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n\nSố: 368/KH-UBND\n\nHà Tĩnh, ngày 08 tháng 7 năm 2024\n\n# KẾ HOẠCH\n\n"
            "Triển khai thi hành Luật Nhà ở\n\n## I. MỤC ĐÍCH\n\nBảo đảm thi hành.\n\n## II. NHIỆM VỤ\n\n"
            "Nhiệm vụ cụ thể tại Phụ lục kèm theo.\n\n**PHỤ LỤC**\n\n**PHÂN CÔNG NHIỆM VỤ**\n\n" + table)
    rec = parse_bytes(text.encode(), "kh.gfm.md")
    assert [(t.id, t.lead) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.G1.1", ("Sở Xây dựng",)), ("PL.G1.2", ("Sở Xây dựng",)), ("PL.G2.1", ("Sở Tài chính",))]


def test_a_pipe_table_parted_by_its_next_groups_title_as_a_heading_and_its_header_again():
    """"| 3 | … | ⏎⏎ #### IV. CẢI CÁCH TỔ CHỨC BỘ MÁY ⏎⏎ | TT | Nội dung nhiệm vụ | … | ⏎ | 1 | …": the heading is the
    table's next group, the header under it the same table's again — its rows are the group's (IV.1), no new table."""
    head = "| TT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành |\n|:---:|---|---|:---:|\n"
    table = (head + "| **III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH** | | | |\n"
             "| 1 | Rà soát, đơn giản hóa thủ tục hành chính | Văn phòng HĐND và UBND | Quý II/2023 |\n\n"
             "#### IV. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC\n\n" + head +
             "| 1 | Rà soát, sắp xếp thôn, tổ dân phố | Phòng Nội vụ | Quý II/2023 |\n"
             "| 2 | Rà soát, điều chỉnh Đề án vị trí việc làm | Phòng Nội vụ | Quý III/2023 |\n\n")
    text = ("# ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG THỦY\n\nSố: 18/KH-UBND\n\nHương Thủy, ngày 09 tháng 01 năm 2023\n\n"
            "# KẾ HOẠCH\n\nCải cách hành chính năm 2023\n\n## I. MỤC ĐÍCH\n\nBảo đảm thực hiện.\n\n"
            "**PHỤ LỤC**\n\n**NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023**\n\n" + table)
    rec = parse_bytes(text.encode(), "kh.gfm.md")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("PL.III.1", ("Văn phòng HĐND và UBND",)), ("PL.IV.1", ("Phòng Nội vụ",)), ("PL.IV.2", ("Phòng Nội vụ",))]


def test_a_pipe_tables_groups_in_two_levels_letters_over_numerals_name_each_row_with_both():
    """"| **A** | **NHIỆM VỤ HOÀN THIỆN THỂ CHẾ** | … ⏎ | **I** | **Xây dựng văn bản** | … ⏎ | 1 | …": groups lettered
    in order over groups numbered again under each letter: a row is "PL.A.I.1", one id each; a table of numerals
    alone keeps one level."""
    def row(*cells: str) -> str:
        return "| " + " | ".join(cells) + " |\n"
    doc = (_appendix_plan("Đưa người lao động đi làm việc ở nước ngoài")
           + row("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")
           + row("---", "---", "---", "---", "---")
           + row("**A**", "**NHIỆM VỤ HOÀN THIỆN THỂ CHẾ**", "", "", "")
           + row("**I**", "**Xây dựng văn bản quy phạm pháp luật**", "", "", "")
           + row("1", "Tổng kết 05 năm thi hành Luật Người lao động đi làm việc ở nước ngoài", "Cục Việc làm",
                 "Vụ Pháp chế", "Quý II/2026")
           + row("**II**", "**Văn bản hướng dẫn, điều hành**", "", "", "")
           + row("1", "Ban hành hướng dẫn kiểm tra điều kiện đào tạo định hướng", "Cục Việc làm", "Thanh tra Bộ",
                 "Quý III/2026")
           + row("**B**", "**NHIỆM VỤ PHÁT TRIỂN THỊ TRƯỜNG LAO ĐỘNG**", "", "", "")
           + row("**I**", "**Thị trường truyền thống**", "", "", "")
           + row("1", "Đàm phán, ký kết Bản ghi nhớ mới về phái cử lao động", "Cục Việc làm", "Bộ Ngoại giao",
                 "Năm 2026")
           + row("2", "Mở rộng tiếp nhận lao động kỹ năng đặc định tại Nhật Bản", "Cục Việc làm", "Bộ Ngoại giao",
                 "Năm 2027"))
    rec = parse_bytes(doc.encode(), "kh.md")
    assert [t.id for t in rec.tasks] == ["PL.A.I.1", "PL.A.II.1", "PL.B.I.1", "PL.B.I.2"]
    one_level = doc.replace(row("**A**", "**NHIỆM VỤ HOÀN THIỆN THỂ CHẾ**", "", "", ""), "").replace(
        row("**B**", "**NHIỆM VỤ PHÁT TRIỂN THỊ TRƯỜNG LAO ĐỘNG**", "", "", ""), "").replace(
        row("**I**", "**Thị trường truyền thống**", "", "", ""), row("**III**", "**Thị trường truyền thống**",
                                                                      "", "", ""))
    assert [t.id for t in parse_bytes(one_level.encode(), "kh.md").tasks] == [
        "PL.I.1", "PL.II.1", "PL.III.1", "PL.III.2"]


def test_a_pipe_tables_group_titled_by_the_places_it_covers_is_a_group_not_bodies():
    """"| | **Khu vực các xã vùng cao, biên giới** | | |": an unlabelled group's title that names places (read as bodies
    elsewhere: "các xã …") is a group of the rows below, the first right under the header too."""
    def row(*cells: str) -> str:
        return "| " + " | ".join(cells) + " |\n"
    doc = (_appendix_plan("Phát triển đường giao thông nông thôn năm 2026")
           + row("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Ghi chú")
           + row("---", "---", "---", "---", "---", "---")
           + row("", "**Khu vực các xã vùng cao, biên giới**", "", "", "", "")
           + row("1", "Cứng hóa đường từ trung tâm xã Mường Lạn đến bản Huổi Lếch", "UBND xã Mường Lạn", "Sở Xây dựng",
                 "Quý III/2026", "Vốn NTM")
           + row("", "**Khu vực các xã vùng thấp**", "", "", "", "")
           + row("1", "Xây dựng cầu dân sinh bản Nà Tấu, xã Mường Chiên", "UBND xã Mường Chiên", "Sở Xây dựng",
                 "Quý IV/2026", ""))
    rec = parse_bytes(doc.encode(), "kh.md")
    assert [(t.id, t.lead) for t in rec.tasks] == [("PL.G1.1", ("UBND xã Mường Lạn",)),
                                                   ("PL.G2.1", ("UBND xã Mường Chiên",))]


@pytest.mark.parametrize(("dated", "place"), [
    ("Phan Rang - Tháp Chàm, ngày 15 tháng 7 năm 2008", "Phan Rang - Tháp Chàm"),
    ("Số: 86/KH-UBND Phan Rang-Tháp Chàm, ngày 15 tháng 7 năm 2008", "Phan Rang-Tháp Chàm")])
def test_a_city_named_by_two_towns_is_the_whole_place(dated, place):
    """"Phan Rang - Tháp Chàm, ngày …": a city whose name joins two towns by a dash is one place (it had come back
    as "Tháp Chàm"), on its line or run into the number's in a crawler's copy."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN", "86/KH-UBND", dated)
           + "KẾ HOẠCH\nTriển khai Đề án đơn giản hóa thủ tục hành chính\n"
           + "I. MỤC ĐÍCH\nBảo đảm thực hiện đúng tiến độ.\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert rec.document.place == place
