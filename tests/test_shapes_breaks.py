"""Shapes where a line, a page or a title breaks what it holds: a name wrapped before its place, a gazette's page
turned over its signature's stamp inside a list, a heading's last word that is a law's type, a title's second line
that opens with a cue; and a form's blanks inside an appendix."""

from __future__ import annotations

from parsers import parse_bytes
from parsers.agencies import find, subjects
from parsers.models import DocumentRecord
from parsers.references import find_mentions
from parsers.text import fold
from tests.test_shapes import signed
from tests.test_shapes_copies import _appendix_plan, _header, _td, _vbpl_plan


def test_a_name_wrapped_before_its_one_word_place_ends_with_the_place():
    """"Bệnh viện Trung ương ⏎ Huế, Bệnh viện Chợ Rẫy": the hospital's name ends with the city on the next line."""
    got = [m.text for m in find("4. Bệnh viện Trung ương\nHuế, Bệnh viện Chợ Rẫy phối hợp với Sở Y tế")]
    assert got == ["Bệnh viện Trung ương Huế", "Bệnh viện Chợ Rẫy", "Sở Y tế"]
    # (a body's name on the next line is no place: the first name ends at its line)
    assert [m.text for m in find("Kho bạc Nhà nước\nSở Y tế chủ trì")] == ["Kho bạc Nhà nước", "Sở Y tế"]


def test_a_gazette_page_turned_over_its_signatures_stamp_inside_a_list_of_places():
    """The stamp of the gazette's signature ("Ký bởi: … Cơ quan: … Ngày ký: …") printed at the page's foot: the list
    of provinces goes on over it, the last one still a unit."""
    text = ("CÔNG BÁO/Số 1031 + 1032/Ngày 19-9-2024\n37\n\nTHỦ TƯỚNG CHÍNH PHỦ\n________\nSố: 97/CĐ-TTg\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 9 năm 2024\n"
            "CÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n"
            "Thủ tướng Chính phủ yêu cầu:\n"
            "1. Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái, Hà Giang, Cao Bằng, Bắc\n"
            "Kạn, Tuyên Quang, Lạng Sơn,\n\n"
            "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
            "Ngày ký: 2024-09-19 15:42:10 +07:00\n\n"
            "CÔNG BÁO/Số 1031 + 1032/Ngày 19-9-2024\n38\n\n\nHòa Bình:\n"
            "a) Tiếp tục huy động tối đa lực lượng, phương tiện tìm kiếm người mất tích.\n"
            "2. Bộ trưởng Bộ Quốc phòng chỉ đạo lực lượng quân đội hỗ trợ địa phương.\n"
            "THỦ TƯỚNG\nPhạm Minh Chính\n")
    rec = parse_bytes(text.encode(), "cd.congbao.txt")
    names = [u.name for u in rec.units if u.section == "1"]
    assert names[-1] == "Ủy ban nhân dân tỉnh Hòa Bình" and len(names) == 8
    assert "Ký bởi" not in rec.text


def test_a_forms_section_with_blanks_to_fill_holds_no_tasks():
    """A decree's appendix of forms: the record of a hand-over ("III. Nội dung bàn giao, tiếp nhận ⏎ 1. … 2. Hồ sơ
    pháp lý của tài sản: ……………") lists what to fill in, no work."""
    text = (_header("CHÍNH PHỦ", "241/2025/NĐ-CP", "Hà Nội, ngày 10 tháng 9 năm 2025")
            + "NGHỊ ĐỊNH\nQuy định việc xử lý tài sản công\n"
            "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định việc bàn giao tài sản công.\n"
            + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính")
            + "Phụ lục\nDANH MỤC TÀI SẢN CÔNG BÀN GIAO, TIẾP NHẬN\n(Kèm theo Nghị định số 241/2025/NĐ-CP)\n"
            "BIÊN BẢN BÀN GIAO, TIẾP NHẬN TÀI SẢN\n"
            "I. Đại diện bên giao\n1. Ông (Bà): …………………… Chức vụ: ……………………\n"
            "II. Nội dung bàn giao, tiếp nhận\n"
            "1. Danh mục tài sản bàn giao, tiếp nhận (chi tiết theo Mẫu số 01 kèm theo Biên bản này).\n"
            "2. Hồ sơ pháp lý của tài sản: ……………………\n")
    assert list(parse_bytes(text.encode(), "nd.txt").tasks) == []


def test_a_laws_name_ends_before_what_the_sentence_says_of_it():
    """"… quy định chi tiết một số điều của Luật Đầu tư công còn lúng túng": "còn" (still) is the sentence's."""
    got = [m.name for m in find_mentions("Việc triển khai Luật Đầu tư công còn lúng túng; Luật Đất đai vẫn chậm.")]
    assert got == ["Đầu tư công", "Đất đai"]


def test_a_numbered_headings_last_word_law_stands_for_the_law_the_plan_named():
    """"1. Tổ chức quán triệt, phổ biến Luật ⏎ Tổ chức hội nghị …": the heading ends with the plan's law; the next
    line is work, no law's name (a wrapped sentence's "… của Luật ⏎ Quản lý thuế" names one)."""
    text = ("1. Tổ chức quán triệt, phổ biến Luật\n"
            "Tổ chức hội nghị quán triệt, phổ biến nội dung Luật cho cán bộ quản lý nhà nước.\n")
    assert find_mentions(text) == []
    wrapped = ("Rà soát các văn bản quy phạm pháp luật có liên quan đến việc thi hành một số điều của Luật\n"
               "Quản lý thuế để kịp thời sửa đổi.\n")
    assert [m.name for m in find_mentions(wrapped)] == ["Quản lý thuế"]


def test_a_titles_second_line_of_capitals_that_opens_with_a_cue_is_no_preamble():
    """"DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT ⏎ TRIỂN KHAI THI HÀNH LUẬT …": an appendix's title goes on; it cites the
    law ("KẾ HOẠCH ⏎ TRIỂN KHAI THI HÀNH LUẬT …", under the type word alone, implements it)."""
    text = (_header("THỦ TƯỚNG CHÍNH PHỦ", "2291/QĐ-TTg", "Hà Nội, ngày 16 tháng 9 năm 2025")
            + "QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Năng lượng nguyên tử\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            + signed("THỦ TƯỚNG", name="Phạm Minh Chính")
            + "KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT NĂNG LƯỢNG NGUYÊN TỬ\n"
            "(Kèm theo Quyết định số 2291/QĐ-TTg ngày 16 tháng 9 năm 2025 của Thủ tướng Chính phủ)\n"
            "I. MỤC ĐÍCH\n1. Triển khai kịp thời, đồng bộ.\n"
            "PHỤ LỤC\nDANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT VÀ PHÂN CÔNG NHIỆM VỤ\n"
            "TRIỂN KHAI THI HÀNH LUẬT NĂNG LƯỢNG NGUYÊN TỬ\n"
            "(Kèm theo Kế hoạch ban hành kèm theo Quyết định số 2291/QĐ-TTg)\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    laws = [r.relation for r in rec.references if r.name == "Năng lượng nguyên tử"]
    assert laws == ["cites", "implements", "cites"]


def test_items_numbered_in_figures_under_their_roman_section_restate_its_number():
    """"II. NHIỆM VỤ ⏎ 2.1. … ⏎ 2.2. …" with no "2." between: the items are II.1 and II.2 (their "2" is the section's
    own number in figures); "1.1." under "II." with no "1." is II.1.1."""
    def ids(items: str) -> list[str]:
        return [task_id for task_id, _ in _tasks_of(items)]

    work = ("Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.\n",
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại các cơ quan.\n")
    assert ids(f"2.1. {work[0]}2.2. {work[1]}") == ["II.1", "II.2"]
    assert ids(f"1.1. {work[0]}1.2. {work[1]}") == ["II.1.1", "II.1.2"]


def test_a_resolutions_number_wrapped_after_the_hyphen_before_its_year():
    """"Nghị quyết số 19- ⏎ 2017/NQ-CP": the Government's resolutions of 2017 wrote their year after the serial."""
    got = [(m.type, m.number) for m in find_mentions("Căn cứ Nghị quyết số 19-\n2017/NQ-CP ngày 06 tháng 02 năm 2017;")]
    assert got == [("Nghị quyết", "19-2017/NQ-CP")]


def _plan(items: str) -> str:
    return (_header("ỦY BAN NHÂN DÂN\nHUYỆN CẨM GIÀNG", "57/KH-UBND", "Cẩm Giàng, ngày 10 tháng 2 năm 2022")
            + "KẾ HOẠCH\nCải cách hành chính năm 2022\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng phục vụ.\n"
            + "II. TỔ CHỨC THỰC HIỆN\n" + items
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Bình"))


def test_a_heading_in_capitals_wrapped_before_its_last_word_and_colon_keeps_its_name():
    """"**4. PHÒNG TÀI CHÍNH - KẾ ⏎ HOẠCH:** tham mưu …": the capitals go on to the colon on the next line."""
    rec = parse_bytes(_plan("**1. PHÒNG NỘI VỤ:** chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
                            "**2. PHÒNG TÀI CHÍNH - KẾ\nHOẠCH:** tham mưu bố trí kinh phí thực hiện nhiệm vụ cải cách "
                            "hành chính.\n").encode(), "kh.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "PHÒNG NỘI VỤ"), ("II.2", "PHÒNG TÀI CHÍNH - KẾ HOẠCH")]


def test_an_items_marker_alone_above_a_blank_line_and_one_run_into_the_line_before():
    """"**2.2-** ⏎⏎ Ban Tổ chức …" (the marker alone, its text after a blank line) and "… quy định. **2.3-** Văn phòng
    …" (the next item's marker run into the sentence before): each item names its own unit."""
    rec = parse_bytes(_plan("**2.1-** Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo công tác tuyên truyền.\n\n**2.2-**\n\n"
                            "Ban Tổ chức Tỉnh ủy chủ trì tham mưu chính sách thu hút nhân lực số theo quy\n"
                            "định. **2.3-** Văn phòng Tỉnh ủy chủ trì vận hành các nền tảng số dùng chung.\n"
                            ).encode(), "kh.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Ban Tuyên giáo và Dân vận Tỉnh ủy"), ("II.2", "Ban Tổ chức Tỉnh ủy"), ("II.3", "Văn phòng Tỉnh ủy")]


def _letter(body: str) -> str:
    return (_header("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "1234/BNNMT-CNTY", "Hà Nội, ngày 5 tháng 3 năm 2026")
            + "V/v tăng cường phòng, chống bệnh dịch tả lợn châu Phi\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n" + body
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Phùng Đức Tiến"))


def test_a_heading_over_its_own_work_and_its_departments_and_a_point_for_a_body_by_name():
    """"I- ĐỐI VỚI ỦY BAN NHÂN DÂN CÁC TỈNH ⏎ 1- Tập trung chỉ đạo … 2- Sở Nông nghiệp …: … 3- Đối với Sở Tài chính:
    tham mưu …": the heading's body is given work of its own (its first item), so it is a unit beside its
    departments; "Đối với Sở Tài chính:" addresses that department by name."""
    rec = parse_bytes(_letter(
        "I- ĐỐI VỚI ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ\n"
        "1- Tập trung lãnh đạo, chỉ đạo quyết liệt công tác phòng, chống dịch bệnh trên địa bàn.\n"
        "2- Sở Nông nghiệp và Môi trường: chủ trì giám sát chủ động, lấy mẫu xét nghiệm tại các cơ sở chăn nuôi.\n"
        "3- Đối với Sở Tài chính: tham mưu bố trí kinh phí từ nguồn dự phòng ngân sách địa phương.\n").encode(),
        "cv.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("I", "ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ"), ("I.2", "Sở Nông nghiệp và Môi trường"), ("I.3", "Sở Tài chính")]


def test_the_documents_own_follow_up_after_its_last_item_belongs_to_no_item():
    """"9. Các công ty lâm nghiệp …: … ⏎ Giao Sở Nông nghiệp … theo dõi, đôn đốc việc thực hiện Chỉ thị này": after the
    last item, the directive gives its own follow-up (section null), whatever the item's heading named."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG", "02/CT-UBND", "Đắk Nông, ngày 10 tháng 01 năm 2025")
            + "CHỈ THỊ\nVề tăng cường phòng cháy, chữa cháy rừng\n"
            "1. Sở Công Thương chỉ đạo bảo đảm an toàn lưới điện đi qua rừng.\n"
            "2. Các công ty lâm nghiệp, ban quản lý rừng phòng hộ:\n"
            "Bố trí đủ lực lượng bảo vệ rừng chuyên trách, trực 24/24 giờ tại các chốt, trạm.\n"
            "Giao Sở Nông nghiệp và Phát triển nông thôn theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Hồ Văn Mười"))
    rec = parse_bytes(text.encode(), "ct.txt")
    assert [(u.section, u.name) for u in rec.units][-1] == (None, "Sở Nông nghiệp và Phát triển nông thôn")


def test_the_laws_an_amending_laws_name_holds_in_a_title_of_capitals():
    """"… THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI, LUẬT NHÀ Ở": each law inside the amending law's
    name is a mention of its own, as in small letters."""
    title = ("BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI, LUẬT NHÀ Ở, "
             "LUẬT KINH DOANH BẤT ĐỘNG SẢN\n")
    assert [m.name for m in find_mentions(title)] == [
        "Sửa đổi, bổ sung một số điều của luật đất đai, luật nhà ở, luật kinh doanh bất động sản", "Đất đai", "Nhà ở",
        "Kinh doanh bất động sản"]


def test_a_plans_title_in_bold_a_blank_line_under_its_type_word_implements_what_it_names():
    """"**KẾ HOẠCH** ⏎⏎ **thực hiện Kết luận số 214-KL/TW …**": the plan's title line opens with the cue."""
    text = ("| **ĐẢNG ỦY CHÍNH PHỦ** | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n"
            "| Số 86-KH/ĐUCP | *Hà Nội, ngày 16 tháng 01 năm 2026* |\n\n"
            "**KẾ HOẠCH**\n\n**thực hiện Kết luận số 214-KL/TW ngày 14/11/2025 của Ban Bí thư về tiếp tục thực hiện "
            "Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị**\n\n"
            "**I- MỤC ĐÍCH, YÊU CẦU**\n1- Quán triệt đầy đủ nội dung Kết luận.\n")
    rec = parse_bytes(text.encode(), "kh.md")
    assert [(r.relation, r.number) for r in rec.references][:2] == [
        ("implements", "214-KL/TW"), ("secondary", "35-CT/TW")]


def _plan_of(section: str) -> DocumentRecord:
    """A town's plan whose task section ("II. NHIỆM VỤ") is ``section``, parsed."""
    text = (_header("ỦY BAN NHÂN DÂN\nTHỊ XÃ HƯƠNG THỦY", "57/KH-UBND", "Hương Thủy, ngày 2 tháng 4 năm 2013")
            + "KẾ HOẠCH\nTriển khai thi hành Luật Xử lý vi phạm hành chính\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Bảo đảm Luật được thi hành kịp thời.\nII. NHIỆM VỤ\n" + section
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Đoàn Ngọc Hùng"))
    return parse_bytes(text.encode(), "kh.txt")


def _tasks_of(section: str) -> list[tuple[str, str]]:
    return [(t.id, t.text.split()[0]) for t in _plan_of(section).tasks]


def test_a_dash_item_run_into_the_last_line_of_the_one_before():
    """"- Tuyên truyền … Thời gian thực hiện: thường xuyên. - Kiểm tra tình hình …; Phòng Tư pháp chủ trì …": the
    next "-" item, run into the line after a sentence's end, is a task of its own."""
    got = _tasks_of("- Tổ chức hội nghị quán triệt Luật; Phòng Tư pháp chủ trì. Thời gian: tháng 6/2013.\n"
                    "- Tuyên truyền Luật trên sóng Đài Truyền thanh thị xã. Đơn vị thực hiện: Đài Truyền thanh thị xã. "
                    "Thời gian thực hiện: thường xuyên. - Kiểm tra tình hình thi hành Luật tại một số cơ quan; Phòng "
                    "Tư pháp chủ trì. Thời gian: Quý IV/2013.\n")
    assert got == [("II.b1", "Tổ"), ("II.b2", "Tuyên"), ("II.b3", "Kiểm")]


def test_an_items_number_in_brackets_alone_on_its_line_under_a_heading():
    """"3. Phát triển học liệu số ⏎ (1) ⏎ Xây dựng kho học liệu … ⏎ (2) ⏎ Xây dựng ngân hàng câu hỏi …": each number
    opens its item, the first one too."""
    got = _tasks_of("1. Phát triển học liệu số, kho học liệu dùng chung\n(1)\n"
                    "Xây dựng kho học liệu số dùng chung toàn ngành, kết nối với các địa phương;\n(2)\n"
                    "Xây dựng ngân hàng câu hỏi trắc nghiệm các môn học phục vụ kiểm tra, đánh giá.\n")
    assert got == [("II.1.1", "Xây"), ("II.1.2", "Xây")]


def test_a_tasks_field_whose_value_the_wrap_put_on_the_next_line():
    """"… thị trấn. Cơ quan chủ trì: ⏎ Phòng Nội vụ. Thời gian: trước ngày 28/02/2022.": the lead and the deadline are
    the item's, though a capital opens the line after the label's colon."""
    text = (_header("ỦY BAN NHÂN DÂN\nHUYỆN CẨM GIÀNG", "15/KH-UBND", "Cẩm Giàng, ngày 10 tháng 01 năm 2022")
            + "KẾ HOẠCH\nCải cách hành chính năm 2022\nII. NHIỆM VỤ\n1. Công tác chỉ đạo, điều hành\n"
            "- Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2022 đối\n"
            "với các cơ quan chuyên môn và UBND các xã, thị trấn. Cơ quan chủ trì:\n"
            "Phòng Nội vụ. Thời gian: trước ngày 28/02/2022.\n"
            "- Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính của huyện. Cơ quan chủ trì: Phòng Nội vụ. "
            "Thời gian: tháng 12/2022.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Bình"))
    tasks = parse_bytes(text.encode(), "kh.txt").tasks
    assert [(t.id, t.lead, t.deadline) for t in tasks] == [
        ("II.1.b1", ("Phòng Nội vụ",), "trước ngày 28/02/2022"), ("II.1.b2", ("Phòng Nội vụ",), "tháng 12/2022")]


def test_a_number_the_clerk_left_out_before_an_item_run_into_the_line():
    """"2. Ngân hàng Nhà nước … theo quy định. 4. Về công tác thông tin: ⏎ … ⏎ 5. Bộ Khoa học và Công nghệ …": item 3
    is missing; 4 still opens its item, and 5 follows it."""
    text = _letter("1. Bộ Công Thương chủ trì bảo đảm cung ứng đủ điện cho sản xuất, kinh doanh.\n"
                   "2. Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng ưu tiên cân đối nguồn vốn cho\n"
                   "các dự án nguồn điện theo quy định. 4. Về công tác thông tin, tuyên truyền:\n\n"
                   "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam phối hợp chặt chẽ với Bộ Công Thương thông tin "
                   "kịp thời về tình hình cung ứng điện.\n\n"
                   "5. Bộ Khoa học và Công nghệ chủ trì rà soát, công bố tiêu chuẩn hiệu suất năng lượng.\n")
    units = [(u.section, u.name) for u in parse_bytes(text.encode(), "cv.txt").units]
    assert units == [("1", "Bộ Công Thương"), ("2", "Ngân hàng Nhà nước Việt Nam"), ("4", "Đài Truyền hình Việt Nam"),
                     ("4", "Đài Tiếng nói Việt Nam"), ("5", "Bộ Khoa học và Công nghệ")]


def test_a_bank_named_before_what_it_pioneers_and_provinces_that_strive():
    """"… Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam tiên phong dành …", "Ủy ban nhân dân các tỉnh: Bắc
    Ninh, Đồng Nai phấn đấu …": "tiên phong" and "phấn đấu" are what the bodies do, not their names'."""
    text = _letter("1. Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam tiên phong dành ít nhất 30% quy mô "
                   "chương trình cho nhà ở xã hội.\n"
                   "2. Ủy ban nhân dân các tỉnh: Bắc Ninh, Đồng Nai phấn đấu vượt chỉ tiêu được giao năm 2026.\n")
    units = [(u.section, u.name) for u in parse_bytes(text.encode(), "cv.txt").units]
    assert units == [("1", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
                     ("2", "Ủy ban nhân dân tỉnh Bắc Ninh"), ("2", "Ủy ban nhân dân tỉnh Đồng Nai")]


def test_items_numbered_in_words_under_a_section_and_inside_an_item():
    """"III. GIẢI PHÁP ⏎ Một là, … ⏎ Hai là, …": items numbered in words are the section's III.1, III.2; inside a
    numbered item ("2. Bảo đảm nguồn cung ⏎ Một là, … Hai là, …") they are the parts of its one task."""
    got = _tasks_of("1. Tổ chức hội nghị quán triệt Luật cho cán bộ, công chức; Phòng Tư pháp chủ trì.\n"
                    "2. Bảo đảm nguồn lực thực hiện\nMột là, bố trí kinh phí trong dự toán ngân sách hằng năm.\n"
                    "Hai là, huy động các nguồn lực xã hội hợp pháp khác.\n"
                    "III. GIẢI PHÁP CHỦ YẾU\nMột là, tăng cường sự lãnh đạo, chỉ đạo của cấp ủy các cấp.\n\n"
                    "Hai là, nâng cao năng lực đội ngũ cán bộ làm công tác pháp chế.\n")
    assert got == [("II.1", "Tổ"), ("II.2", "Bảo"), ("III.1", "tăng"), ("III.2", "nâng")]


def test_an_items_dotted_number_alone_above_a_blank_line_and_a_deadline_wrapped_after_a_dash():
    """"2.2. ⏎⏎ Bảo đảm hạ tầng kỹ thuật …" opens item II.2; "… “đúng, đủ, sạch, sống” ⏎ - hoàn thành trước ngày
    30/6/2022." is item II.3's deadline, no "-" item."""
    got = _tasks_of("2.1. Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến; Sở Tư pháp chủ trì.\n"
                    "2.2.\n\nBảo đảm hạ tầng kỹ thuật, an ninh, an toàn thông tin tại bộ phận một cửa các cấp.\n\n"
                    "2.3. Làm sạch dữ liệu dân cư: Công an thị xã chỉ đạo Công an cấp xã rà soát bảo đảm “đúng, đủ, "
                    "sạch, sống”\n- hoàn thành trước ngày 30/6/2022.\n")
    assert got == [("II.1", "Tuyên"), ("II.2", "Bảo"), ("II.3", "Làm")]


def test_a_table_with_no_lead_column_whose_rows_an_agencys_name_groups():
    """"| Sở Nội vụ |" alone over rows in a table with no column of who leads: the group's agency leads its rows and
    is a unit (ids G1, G2 … for groups without a label)."""
    from tests.test_shapes_more import _with_table

    rec = _with_table(
        "| TT | Nội dung công việc | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| Sở Nội vụ |\n"
        "| 1 | Tham mưu ban hành Quy định về trách nhiệm người đứng đầu | Các sở, ban, ngành | Quý I/2017 |\n"
        "| Thanh tra tỉnh |\n"
        "| 2 | Kiểm tra công vụ đột xuất tại các cơ quan, đơn vị | Sở Nội vụ | Hằng quý |\n", "kh.md")
    rows = [(t.id, t.lead) for t in rec.tasks if t.id.startswith("PL")]
    assert rows == [("PL.G1.1", ("Sở Nội vụ",)), ("PL.G2.2", ("Thanh tra tỉnh",))]
    assert [(u.section, u.name) for u in rec.units if (u.section or "").startswith("PL")] == [
        ("PL.G1", "Sở Nội vụ"), ("PL.G2", "Thanh tra tỉnh")]


def test_an_agencys_responsibility_heading_inside_a_task_section_lists_its_tasks():
    """"II. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN ⏎ … ⏎ 2. Trách nhiệm của Thanh tra tỉnh ⏎ - Thanh tra …; thời gian: năm
    2017.": the heading names the agency whose tasks its bullets are, as "1. Sở Nội vụ:" does."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH", "68/KH-UBND", "Bình Định, ngày 14 tháng 11 năm 2016")
            + "KẾ HOẠCH\nThực hiện Chỉ thị số 26/CT-TTg\nI. MỤC ĐÍCH, YÊU CẦU\n1. Siết chặt kỷ luật, kỷ cương.\n"
            "II. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n"
            "1. Sở Nội vụ: tham mưu ban hành Quy định về trách nhiệm người đứng đầu; thời gian: Quý I/2017.\n"
            "2. Trách nhiệm của Thanh tra tỉnh\n"
            "- Thanh tra việc thực hiện kỷ luật, kỷ cương hành chính tại 05 sở, ngành; thời gian: năm 2017.\n"
            "- Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về hành vi nhũng nhiễu; thời gian: thường xuyên.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Hồ Quốc Dũng"))
    tasks = parse_bytes(text.encode(), "kh.txt").tasks
    assert [(t.id, t.lead) for t in tasks] == [
        ("II.1", ("Sở Nội vụ",)), ("II.2.b1", ("Thanh tra tỉnh",)), ("II.2.b2", ("Thanh tra tỉnh",))]


def test_a_name_in_capitals_cut_before_its_last_word_and_bodies_acting_within_their_share():
    """"3- PHÒNG TÀI NGUYÊN VÀ MÔI ⏎ TRƯỜNG cấp huyện giúp …": the name goes on over the wrap; "Sở Nông nghiệp và
    Môi trường, Sở Công Thương theo phân cấp quản lý tăng cường …": the bodies act, their share of the work between."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "28/2010/QĐ-UBND", "Thái Nguyên, ngày 5 tháng 8 năm 2010")
            + "CHỈ THỊ\nVề quản lý khoáng sản\n"
            "1. Sở Tài nguyên và Môi trường chủ trì kiểm tra hoạt động khoáng sản trên địa bàn.\n"
            "2. PHÒNG TÀI NGUYÊN VÀ MÔI\nTRƯỜNG cấp huyện giúp UBND cấp huyện theo dõi tình hình khoáng sản.\n"
            "3. Sở Nông nghiệp và Môi trường, Sở Công Thương theo phân cấp quản lý tăng cường kiểm soát an toàn "
            "thực phẩm.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Dương Ngọc Long"))
    units = [(u.section, u.name) for u in parse_bytes(text.encode(), "ct.txt").units]
    assert units == [("1", "Sở Tài nguyên và Môi trường"), ("2", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG cấp huyện"),
                     ("3", "Sở Nông nghiệp và Môi trường"), ("3", "Sở Công Thương")]


def test_a_time_after_a_tables_law_is_no_name():
    """"Luật ⏎ Năm 2026" in a gazette table's cells, one per line, names no law."""
    assert find_mentions("Luật\nNăm 2026\n") == []


def test_the_central_committees_office_by_its_own_name_and_bodies_that_take_on_a_role():
    """"BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG" is the Văn phòng Trung ương Đảng; "Tổng công ty Lương thực miền Nam đóng
    vai trò nòng cốt …", "Vụ Gia đình tranh thủ …": what the bodies do, not their names'."""
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 18247-CV/VPTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hà Nội, ngày 15 tháng 12 năm 2025\n"
            "Kính gửi: Các tỉnh ủy, thành ủy.\n"
            "1. Tổng công ty Lương thực miền Nam đóng vai trò nòng cốt trong liên kết tiêu thụ lúa gạo.\n"
            "2. Vụ Gia đình tranh thủ các nguồn lực hợp tác quốc tế.\n"
            "K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Duy Hiển\n")
    rec = parse_bytes(text.encode(), "cv.txt")
    assert rec.document.issuer == "Văn phòng Trung ương Đảng"
    assert [u.name for u in rec.units] == ["Tổng công ty Lương thực miền Nam", "Vụ Gia đình"]


def test_an_items_marker_run_into_a_lines_end_its_text_on_the_next():
    """"… của bão. 3/ ⏎ Sở Y tế chỉ đạo …": the next item's marker ends the line, its text opens the next."""
    text = _letter("1/ Sở Công Thương chỉ đạo bảo đảm an toàn lưới điện.\n"
                   "2/ Sở Giáo dục và Đào tạo chủ động cho học sinh nghỉ học tại các địa bàn ảnh hưởng của bão. 3/\n"
                   "Sở Y tế chỉ đạo các cơ sở y tế sẵn sàng lực lượng, thuốc men, phương tiện cấp cứu.\n")
    units = [(u.section, u.name) for u in parse_bytes(text.encode(), "cv.txt").units]
    assert units == [("1", "Sở Công Thương"), ("2", "Sở Giáo dục và Đào tạo"), ("3", "Sở Y tế")]


def test_a_body_answering_for_the_act_where_it_governs_is_given_work():
    """"2. Sở Nông nghiệp và Môi trường các tỉnh … chịu trách nhiệm tổ chức thực hiện Thông tư này tại địa phương.":
    its share of the work, not the closing clause that makes everyone answer for the act."""
    from tests.test_shapes_more import _regulation

    articles = ("Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc quan trắc môi trường nuôi trồng thủy sản.\n"
                "Điều 2. Tổ chức thực hiện\n"
                "1. Cục Thủy sản và Kiểm ngư có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n"
                "2. Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm tổ chức "
                "thực hiện Thông tư này tại địa phương.\n"
                "3. Chánh Văn phòng Bộ, Cục trưởng Cục Thủy sản và Kiểm ngư chịu trách nhiệm thi hành Thông tư này.\n")
    units = _regulation("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "27/2025/TT-BNNMT", "THÔNG TƯ", articles,
                        signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Phùng Đức Tiến"))
    assert units == [("Cục Thủy sản và Kiểm ngư", "Điều 2.1"),
                     ("Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc trung ương", "Điều 2.2")]


def test_an_item_done_by_one_body_its_partners_after_a_comma():
    """"… do Cục Công nghệ thông tin chủ trì, Cục Bổ trợ tư pháp phối hợp.": who leads, then who joins."""
    from parsers.tasks import _lead_support

    item = ("Đăng tải toàn văn Luật trên Cổng thông tin điện tử Bộ Tư pháp do Cục Công nghệ thông tin chủ trì, Cục Bổ "
            "trợ tư pháp phối hợp. Thời gian thực hiện: thường xuyên.")
    assert _lead_support(item, 0, len(item)) == (("Cục Công nghệ thông tin",), ("Cục Bổ trợ tư pháp",))
    joins = "Tham gia các hoạt động do các Bộ chủ trì, tổ chức tuyên truyền tại địa phương."
    assert _lead_support(joins, 0, len(joins))[0] == ()


def test_a_deadline_cell_that_says_what_is_due_then_the_month():
    """"Trình Chính ⏎ phủ tháng ⏎ 12/2017" in a gazette table's deadline column: what is due, then when — a deadline,
    not a partner "Chính phủ tháng"."""
    from parsers.tables import reads_as_deadline

    assert reads_as_deadline("Trình Chính\nphủ tháng\n12/2017")
    assert reads_as_deadline("Ban hành quý IV/2026")
    assert not reads_as_deadline("Trình Thủ tướng Chính phủ")


def test_a_councils_resolution_whose_article_holds_its_tasks_and_solutions():
    """"Điều 2. Nhiệm vụ, giải pháp chủ yếu ⏎ 1. … 2. …" in a council's resolution: the article is its task section."""
    text = (_header("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH", "296/NQ-HĐND", "Hà Tĩnh, ngày 10 tháng 12 năm 2025")
            + "NGHỊ QUYẾT\nVề thực hiện bảo hiểm y tế toàn dân giai đoạn 2026 - 2030\n"
            "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008;\nQUYẾT NGHỊ:\n"
            "Điều 1. Mục tiêu\nĐến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.\n"
            "Điều 2. Nhiệm vụ, giải pháp chủ yếu\n"
            "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác bảo hiểm y tế.\n"
            "2. Đổi mới công tác thông tin, tuyên truyền về bảo hiểm y tế đến từng thôn, tổ dân phố.\n"
            "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
            + signed("CHỦ TỊCH", name="Hoàng Trung Dũng"))
    assert [t.id for t in parse_bytes(text.encode(), "nq.txt").tasks] == ["Điều 2.1", "Điều 2.2"]


_GAZETTE_HEADER = ("TT\nNội dung nhiệm vụ\nSản phẩm\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nThời hạn\nhoàn thành\n")


def _gazette_under(header: str, rows: str) -> DocumentRecord:
    """The gazette plan of ``rows`` under its table's ``header`` (one cell per line), parsed."""
    text = _gazette_plan(rows).replace(_GAZETTE_HEADER, header)
    return parse_bytes(text.encode(), "qd.congbao.txt")


_LEAD_THEN_PARTNERS = "TT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nThời gian\nthực hiện\n"


def _gazette_plan(rows: str) -> str:
    return ("CÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n21\nBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 1502/QĐ-BNNMT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 8 tháng 5 năm 2026\n"
            "QUYẾT ĐỊNH\nBan hành Kế hoạch bảo đảm an toàn hồ chứa nước giai đoạn 2026 - 2030\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo đảm an toàn hồ chứa nước.\n"
            "Điều 2. Quyết định này có hiệu lực từ ngày ký.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Hoàng Hiệp\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Quyết định số 1502/QĐ-BNNMT ngày 8 tháng 5 năm 2026)\n"
            + _GAZETTE_HEADER + rows)


def test_a_gazette_rows_merged_cells_over_the_rows_below_when_its_task_comes_first():
    """A task-first gazette table ("TT / Nội dung nhiệm vụ / Sản phẩm / Chủ trì / Phối hợp / Thời hạn"), one cell per
    line: a row's number, product, lead and partners merged over the rows below it, each of which has its own task
    and deadline (and may have its own product): one task per row, the merged cells shared, the deadlines each its
    own."""
    rows = ("I. Quản lý an toàn đập\n1.\nRà soát, phân loại các hồ chứa nước theo mức\nđộ rủi ro\nDanh mục hồ chứa\n"
            "Cục Quản lý\nđê điều\nỦy ban nhân dân\ncấp tỉnh\nNăm 2026\n"
            "2.\nLập, phê duyệt quy trình vận hành hồ chứa\nnước thuộc thẩm quyền\nQuyết định phê\nduyệt\n"
            "Ủy ban nhân dân\ncấp tỉnh\nBộ Công Thương\nNăm 2026\n"
            "Kiểm định an toàn đập, hồ chứa nước\nNăm 2027\n"
            "Cập nhật cơ sở dữ liệu an toàn đập\nCơ sở dữ liệu\nđược cập nhật\nHằng năm\n"
            "3.\nĐầu tư sửa chữa các hồ chứa nước hư hỏng\nDự án được\nđầu tư\nỦy ban nhân dân\ncấp tỉnh\n"
            "Bộ Tài chính\n2026 - 2030\n")
    rec = parse_bytes(_gazette_plan(rows).encode(), "qd.congbao.txt")
    got = [(t.id, t.text.split()[0].rstrip(","), list(t.lead), t.deadline) for t in rec.tasks]
    assert got == [
        ("PL.I.1", "Rà", ["Cục Quản lý đê điều"], "Năm 2026"),
        ("PL.I.2.1", "Lập", ["Ủy ban nhân dân cấp tỉnh"], "Năm 2026"),
        ("PL.I.2.2", "Kiểm", ["Ủy ban nhân dân cấp tỉnh"], "Năm 2027"),
        ("PL.I.2.3", "Cập", ["Ủy ban nhân dân cấp tỉnh"], "Hằng năm"),
        ("PL.I.3", "Đầu", ["Ủy ban nhân dân cấp tỉnh"], "2026 - 2030"),
    ]
    assert all(list(t.support) == ["Bộ Công Thương"] for t in rec.tasks[1:4])


def test_a_councils_title_in_capitals_over_who_enacts_it_and_its_session():
    """"NGHỊ QUYẾT ⏎ VỀ NHIỆM VỤ, GIẢI PHÁP … ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH … ⏎ KHÓA XVIII, KỲ HỌP THỨ 36 ⏎ Căn cứ …":
    the title in capitals (its words a section's heading's), then the council and its session on two lines over the
    preamble, whose documents are its bases."""
    text = (_header("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH", "41/NQ-HĐND", "Hà Tĩnh, ngày 12 tháng 12 năm 2025")
            + "NGHỊ QUYẾT\n\nVỀ NHIỆM VỤ, GIẢI PHÁP PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2026 - 2030\n\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH\nKHÓA XVIII, KỲ HỌP THỨ 31\n\n"
            "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n\n"
            "Xét Tờ trình số 512/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh;\n\nQUYẾT NGHỊ:\n\n"
            "Điều 1. Thông qua các nhiệm vụ phát triển du lịch cộng đồng.\n"
            + signed("CHỦ TỊCH", name="Hoàng Trung Dũng"))
    rec = parse_bytes(text.encode(), "nq.txt")
    assert rec.document.title == "Về nhiệm vụ, giải pháp phát triển du lịch cộng đồng giai đoạn 2026 - 2030"
    assert [(r.relation, r.number or r.name) for r in rec.references] == [
        ("legal_basis", "Du lịch"), ("proposal", "512/TTr-UBND")]


def test_the_groups_of_the_one_appendix_of_tasks_take_its_rows_ids():
    """A "PHỤ LỤC I" of targets beside a "PHỤ LỤC II" of tasks grouped by agency ("A | SỞ NỘI VỤ"): the rows are
    "PL.A.1" (the one appendix of tasks), and so are the groups that are units, "PL.A"."""
    from tests.test_shapes_more import ROLES_IN_ONE_CELL

    text = (ROLES_IN_ONE_CELL.split("**PHỤ LỤC**")[0]
            + "**PHỤ LỤC I**\n\n**CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2024**\n\n"
            "| STT | Chỉ tiêu | Năm 2024 |\n|---|---|---|\n| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | 60% |\n\n"
            "**PHỤ LỤC II**\n\n**DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024**\n\n"
            "| STT | Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| A | SỞ NỘI VỤ |\n"
            "| 1 | Tham mưu ban hành Quy định về trách nhiệm người đứng đầu | Các sở, ban, ngành | Quý I/2024 |\n"
            "| B | THANH TRA TỈNH |\n"
            "| 1 | Kiểm tra công vụ đột xuất tại các cơ quan, đơn vị | Sở Nội vụ | Hằng quý |\n")
    rec = parse_bytes(text.encode(), "kh.md")
    assert [t.id for t in rec.tasks if t.id.startswith("PL")] == ["PL.A.1", "PL.B.1"]
    assert [(u.section, u.name) for u in rec.units if (u.section or "").startswith("PL")] == [
        ("PL.A", "SỞ NỘI VỤ"), ("PL.B", "THANH TRA TỈNH")]


def test_a_party_header_collapsed_on_one_line_its_number_after_the_star():
    """"TỈNH ỦY QUẢNG TRỊ * Số 61-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Quảng Trị, ngày …" (a crawler's text): the committee
    issues it, the number after the star is its own."""
    text = ("Kế hoạch số 61-KH/TU của Ban Thường vụ Tỉnh ủy | Cổng thông tin Đảng bộ tỉnh\n\n"
            "TỈNH ỦY QUẢNG TRỊ * Số 61-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Quảng Trị, ngày 3 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\nthực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo\n\n"
            "I- MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc nội dung Nghị quyết số 71-NQ/TW.\n"
            "II- TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tổ chức quán triệt Nghị quyết.\n"
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Chiến Thắng\n")
    d = parse_bytes(text.encode(), "kh.txt").document
    assert (d.number, d.issuer, d.type) == ("61-KH/TU", "Tỉnh ủy Quảng Trị", "Kế hoạch")


def test_a_heading_whose_one_body_holds_and_after_its_holders_title_or_its_head():
    """"15. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố:" (the office the gazetteer knows, after its
    holder's title) and "7/ Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh:" (a head holding "và") are one body each."""
    units = [(u.section, u.name) for u in parse_bytes(_plan(
        "1. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện:\na) Theo dõi, tổng hợp tình hình thực hiện.\n"
        "2. Đảng ủy Mặt trận Tổ quốc và các đoàn thể huyện:\na) Lãnh đạo các tổ chức chính trị - xã hội tham gia giám "
        "sát.\n3. Giám đốc Trung tâm Văn hóa và Giám đốc Trung tâm Y tế huyện:\na) Phối hợp tuyên truyền.\n").encode(),
        "kh.txt").units]
    assert units == [("II.1", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
                     ("II.2", "Đảng ủy Mặt trận Tổ quốc và các đoàn thể huyện"),
                     ("II.3", "Trung tâm Văn hóa"), ("II.3", "Trung tâm Y tế huyện")]


def test_lettered_items_whose_mark_has_no_space_after_it():
    """"a-Chủ trì, phối hợp …" / "b)Hướng dẫn …": a letter's mark with its text run on, no space between, opens an item
    (the text in sentence case after it)."""
    got = _tasks_of("1. Tuyên truyền Luật Xử lý vi phạm hành chính\n\n"
                    "a-Chủ trì tổ chức hội nghị quán triệt Luật cho cán bộ, công chức.\n\n"
                    "b)Hướng dẫn các xã, phường tổ chức tuyên truyền Luật trên loa truyền thanh.\n")
    assert got == [("II.1.a", "Chủ"), ("II.1.b", "Hướng")]


def test_partners_after_a_leading_clause_whose_work_begins_with_no_subject():
    """"12. Các sở, ban, ngành tỉnh ⏎ Căn cứ chức năng, nhiệm vụ được giao, chủ động phối hợp với Sở Tài chính, Liên
    minh Hợp tác xã tỉnh triển khai …": the sentence's work begins after the clause's comma with no subject of its own
    (the heading's), so the bodies after "phối hợp với" are partners, no unit."""
    units = [(u.section, u.name) for u in parse_bytes(_plan(
        "1. Các sở, ban, ngành tỉnh\nCăn cứ chức năng, nhiệm vụ được giao, chủ động phối hợp với Sở Tài chính, Liên "
        "minh Hợp tác xã tỉnh triển khai thực hiện Kế hoạch.\n"
        "2. Ủy ban nhân dân các xã\nCăn cứ chức năng, nhiệm vụ được giao, Ủy ban nhân dân các xã chỉ đạo các hợp tác "
        "xã rà soát, đánh giá hoạt động.\n").encode(), "kh.txt").units]
    assert units == [("II.1", "Các sở, ban, ngành tỉnh"), ("II.2", "Ủy ban nhân dân các xã")]


def test_a_national_body_the_gazetteer_knows_named_in_the_plural():
    """"**6. Các Tổ công tác của Thủ ⏎ tướng Chính phủ** kiểm tra, đôn đốc …": the Prime Minister's working groups, in
    the plural over a line's wrap, are the unit (the gazetteer's name holds "của")."""
    units = [(u.section, u.name) for u in parse_bytes(_letter(
        "1. Các bộ, cơ quan trung ương và địa phương đẩy nhanh giải ngân vốn đầu tư công.\n"
        "2. Các Tổ công tác của Thủ\ntướng Chính phủ kiểm tra, đôn đốc, tháo gỡ khó khăn cho các dự án.\n").encode(),
        "cd.txt").units]
    assert ("2", "Tổ công tác của Thủ tướng Chính phủ") in units


def test_a_groups_label_over_its_members_each_given_its_duties():
    """"2. Các sở, ngành khác: ⏎ - Sở Du lịch: hướng dẫn … ⏎ - Sở Tài chính: tham mưu …": the heading is a group's
    label, each "-" item a member and its duties — the members are the units, not the label (but "3. Các sở … rà soát
    …, trong đó: ⏎ - Sở Y tế: …" states the group's own work: it is a unit too)."""
    units = [(u.section, u.name) for u in parse_bytes(_plan(
        "1. Phòng Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch.\n"
        "2. Các phòng, ban khác:\n- Phòng Văn hóa và Thông tin: tuyên truyền Kế hoạch trên cổng thông tin huyện.\n"
        "- Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện.\n"
        "3. Các phòng, ban chuyên môn rà soát thủ tục hành chính thuộc thẩm quyền, trong đó:\n"
        "- Phòng Tư pháp: kiểm soát thủ tục hành chính.\n- Văn phòng HĐND và UBND huyện: cập nhật cổng dịch vụ công.\n"
        ).encode(), "kh.txt").units]
    assert units[:3] == [("II.1", "Phòng Nội vụ"), ("II.2", "Phòng Văn hóa và Thông tin"),
                         ("II.2", "Phòng Tài chính - Kế hoạch")]
    assert ("II.3", "Các phòng, ban chuyên môn") in units


def test_a_letters_mark_with_a_dash_alone_on_its_line_and_a_letter_skipped():
    """"h- ⏎ Công an tỉnh chỉ đạo …" (the mark alone, its text on the next line), then "k- Chủ tịch UBND các huyện:"
    (the clerk's alphabet without "i"): each opens its lettered item."""
    units = [(u.section, u.name) for u in parse_bytes(_letter(
        "1. Các sở, ngành tập trung thực hiện các nội dung sau:\n"
        + "".join(f"{k}- Sở Y tế hướng dẫn nội dung {k}.\n" for k in ("a", "b", "c", "d", "đ", "e"))
        + "g- Sở Tài chính chủ trì cân đối nguồn kinh phí phòng, chống dịch.\nh-\n"
        "Công an tỉnh chỉ đạo lực lượng chức năng kiểm soát việc vận chuyển lợn qua địa bàn.\n"
        "k- Chủ tịch UBND các huyện, thị xã:\n- Chỉ đạo tiêu hủy lợn bệnh theo quy định.\n").encode(), "cv.txt").units]
    assert [u for u in units if u[0] in ("1.g", "1.h", "1.k")] == [
        ("1.g", "Sở Tài chính"), ("1.h", "Công an tỉnh"), ("1.k", "UBND các huyện, thị xã")]


def test_partners_named_after_a_comma_in_the_sentence_that_named_the_lead():
    """"… giao UBND các xã chủ trì tổ chức thực hiện …, Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ tầng phối hợp
    thẩm định …": the names between the comma and "phối hợp" are the partners (not "phối hợp với …", nor past the
    sentence's end)."""
    from parsers.tasks import _lead_support, _partners_after_comma

    item = ("Đầu tư các công trình giao thông nông thôn; giao UBND các xã chủ trì tổ chức thực hiện các công trình "
            "dưới 3 tỷ đồng, Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ tầng phối hợp thẩm định, hướng dẫn.")
    assert _lead_support(item, 0, len(item)) == (("UBND các xã",), ("Phòng Tài chính - Kế hoạch",
                                                                    "Phòng Kinh tế và Hạ tầng"))
    ended = "Sở Y tế chủ trì tổ chức tập huấn. Sau đó, Sở Nội vụ, Sở Tư pháp phối hợp kiểm tra."
    assert _partners_after_comma(ended, 0, len(ended)) == []


def test_an_approver_alone_in_a_column_of_level_or_product_is_no_partner():
    """"Cấp trình/ Sản phẩm" holds "Thủ tướng Chính phủ" (who approves what the row makes): no partner — the bodies
    before it are the partners, the lead its group's (merged from the row above)."""
    header = ("TT\nTên đề án, nhiệm vụ\nCơ quan chủ\ntrì\nCơ quan phối hợp\nCấp trình/ Sản\nphẩm\nThời gian\n"
              "hoàn thành\n")
    rows = ("I. BỘ KẾ HOẠCH VÀ ĐẦU TƯ\n1.\nChiến lược phát triển các ngành công nghiệp nền tảng\nBộ Kế hoạch và\n"
            "Đầu tư\nCác bộ, ngành\nThủ tướng Chính\nphủ\nNăm 2026\n"
            "2.\nĐề án phát triển khu công nghiệp sinh thái\nBộ Tài nguyên và\nMôi trường, Bộ\nCông Thương, Bộ\n"
            "Xây dựng\nThủ tướng Chính\nphủ\nQuý II/2026\n")
    rec = _gazette_under(header, rows)
    assert [(t.id, list(t.lead), list(t.support)) for t in rec.tasks][-1] == (
        "PL.I.2", ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ"], ["Bộ Tài nguyên và Môi trường", "Bộ Công Thương", "Bộ Xây dựng"])


def test_a_gazette_rows_lettered_content_rows_below_its_merged_cells():
    """"23. ⏎ a) Tổ chức thực hiện … ⏎ (lead, partners, deadline, product) ⏎ b) Tổng kết … ⏎ Quý II/2025 ⏎ Tờ trình …":
    a row's content rows lettered under its number, the lead and partners merged over them: a task each, its letter
    its label (not its text)."""
    header = ("TT\nNhiệm vụ\nĐơn vị chủ\ntrì\nĐơn vị phối\nhợp\nThời gian\nhoàn thành\nSản phẩm\n")
    rows = ("I. Giảm nghèo bền vững\n1.\nHướng dẫn rà soát hộ nghèo, hộ cận nghèo hằng năm\nCục Bảo trợ xã\nhội\n"
            "Sở Lao động - Thương\nbinh và Xã hội\nQuý III/2025\nVăn bản hướng dẫn\n"
            "2.\na) Tổ chức thực hiện Chương trình mục tiêu\nquốc gia giảm nghèo bền vững\nVăn phòng quốc\n"
            "gia về giảm\nnghèo\nVụ Kế hoạch - Tài\nchính\nNăm 2025\nBáo cáo kết quả\n"
            "b) Tổng kết Chương trình, xây dựng Chương\ntrình giai đoạn 2026 - 2030\nQuý II/2026\nTờ trình Chính\n"
            "phủ\n")
    rec = _gazette_under(header, rows)
    got = [(t.id, t.text.split()[0], list(t.lead), t.deadline) for t in rec.tasks]
    assert got[-2:] == [("PL.I.2.1", "Tổ", ["Văn phòng quốc gia về giảm nghèo"], "Năm 2025"),
                        ("PL.I.2.2", "Tổng", ["Văn phòng quốc gia về giảm nghèo"], "Quý II/2026")]


def test_the_regional_veterinary_offices_keep_their_region():
    """"Các Cơ quan Thú y vùng chủ động phối hợp …": the regional offices, "vùng" their name's (no "Cơ quan Thú y")."""
    units = [u.name for u in parse_bytes(_letter(
        "1. Sở Nông nghiệp và Môi trường các tỉnh chỉ đạo giám sát chặt chẽ ổ dịch.\n"
        "2. Các Cơ quan Thú y vùng chủ động phối hợp với các địa phương lấy mẫu.\n").encode(), "cv.txt").units]
    assert units[-1].endswith("Cơ quan Thú y vùng")


def test_a_committee_shared_by_places_that_each_say_their_kind_a_numbered_district_too():
    """"Chủ tịch Ủy ban nhân dân thành phố Thủ Đức, Quận 1, Quận 3, Quận 12 và huyện Củ Chi chỉ đạo …": one committee
    per place, the numbered districts of Ho Chi Minh City among them."""
    units = [u.name for u in parse_bytes(_letter(
        "1. Chủ tịch Ủy ban nhân dân thành phố Thủ Đức, Quận 1, Quận 3, Quận 12 và huyện Củ Chi chỉ đạo Công an cấp "
        "huyện hướng dẫn người dân kích hoạt tài khoản định danh điện tử.\n").encode(), "cv.txt").units]
    assert [fold(u) for u in units] == [fold(u) for u in (
        "Ủy ban nhân dân thành phố Thủ Đức", "Ủy ban nhân dân quận 1", "Ủy ban nhân dân quận 3",
        "Ủy ban nhân dân quận 12", "Ủy ban nhân dân huyện Củ Chi")]


def test_a_pandoc_header_table_whose_date_wraps_to_a_line_of_its_own():
    """A .docx's header as pandoc's simple table, the date's year wrapped to the next line and right-aligned in its
    column ("… ngày 12 tháng 5 năm ⏎ 2021*"): the year stays in the date's column, the date and place are read."""
    text = ("  ------------------------------ ----------------------------------------------\n"
            "   **ỦY BAN NHÂN DÂN\\               **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n"
            "   THÀNH PHỐ HỒ CHÍ MINH\\               Độc lập - Tự do - Hạnh phúc\\\n\n"
            "     Số: 1587/KH-UBND        *Thành phố Hồ Chí Minh, ngày 12 tháng 5 năm\n"
            "                                                 2021*\n"
            "  ------------------------------ ----------------------------------------------\n\n"
            "**KẾ HOẠCH**\n\n**Thông tin đối ngoại của Thành phố năm 2021**\n\n"
            "**I. MỤC ĐÍCH, YÊU CẦU**\n\n1\\. Nâng cao hiệu quả thông tin đối ngoại.\n")
    d = parse_bytes(text.encode(), "kh.pandoc.md").document
    assert (d.number, d.issued, d.place) == ("1587/KH-UBND", "2021-05-12", "Thành phố Hồ Chí Minh")


def test_a_dotted_number_alone_on_its_line_over_its_heading():
    """"3.1. ⏎ Công khai, minh bạch thủ tục hành chính ⏎ a) … b) …": the dotted number alone on its line opens its item,
    its heading on the next line, its lettered items under it."""
    got = _tasks_of("3. Cải cách thủ tục hành chính\n3.1.\nCông khai, minh bạch thủ tục hành chính\n"
                    "a) Niêm yết công khai đầy đủ bộ thủ tục hành chính tại bộ phận một cửa.\n"
                    "b) Công khai tiến độ giải quyết hồ sơ trên trang thông tin điện tử.\n"
                    "3.2. Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền.\n")
    assert got == [("II.3.1.a", "Niêm"), ("II.3.1.b", "Công"), ("II.3.2", "Rà")]


def test_a_paragraph_that_says_its_heading_again():
    """"**10. Thanh tra, kiểm tra** ⏎⏎ Thanh tra, kiểm tra việc chấp hành …": the task is the paragraph, its words not
    said twice."""
    got = _tasks_of("**1. Thanh tra, kiểm tra**\n\nThanh tra, kiểm tra việc chấp hành pháp luật về xử lý vi phạm hành "
                    "chính trên địa bàn thị xã.\n\n**2. Tập huấn nghiệp vụ**\n\nMở lớp tập huấn cho cán bộ làm công "
                    "tác xử lý vi phạm hành chính.\n")
    assert got == [("II.1", "Thanh"), ("II.2", "Tập")]
    text = (_header("ỦY BAN NHÂN DÂN\nTHỊ XÃ HƯƠNG THỦY", "57/KH-UBND", "Hương Thủy, ngày 2 tháng 4 năm 2013")
            + "KẾ HOẠCH\nTriển khai thi hành Luật Xử lý vi phạm hành chính\nII. NHIỆM VỤ\n"
            "**1. Thanh tra, kiểm tra**\n\nThanh tra, kiểm tra việc chấp hành pháp luật.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Đoàn Ngọc Hùng"))
    assert parse_bytes(text.encode(), "kh.md").tasks[0].text == "Thanh tra, kiểm tra việc chấp hành pháp luật."


def test_a_committees_members_listed_under_their_post_are_no_units():
    """"Điều 1. Thành lập Ban Chỉ đạo …, gồm các thành viên sau: … 4. Các Ủy viên: ⏎ a) Vụ trưởng Vụ Kế hoạch - Tài
    chính; ⏎ b) Cục trưởng Cục Việc làm; …": members by their posts, no units (the committee, given its work, is)."""
    text = (_header("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "1382/QĐ-LĐTBXH", "Hà Nội, ngày 10 tháng 8 năm 2023")
            + "QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo giảm nghèo bền vững\nQUYẾT ĐỊNH:\n"
            "Điều 1. Thành lập Ban Chỉ đạo giảm nghèo bền vững (sau đây gọi tắt là Ban Chỉ đạo), gồm các thành viên "
            "sau:\n"
            "1. Trưởng ban: Bộ trưởng.\n2. Các Ủy viên:\na) Vụ trưởng Vụ Kế hoạch - Tài chính;\n"
            "b) Cục trưởng Cục Việc làm;\nc) Chánh Thanh tra Bộ.\n"
            "Điều 2. Ban Chỉ đạo có nhiệm vụ giúp Bộ trưởng chỉ đạo, điều phối thực hiện Chương trình.\n"
            + signed("BỘ TRƯỞNG", name="Đào Ngọc Dung"))
    assert [(u.section, u.name) for u in parse_bytes(text.encode(), "qd.txt").units] == [("Điều 2", "Ban Chỉ đạo")]


def test_a_party_letters_issuer_wrapped_over_its_number_and_subject():
    """"**TỈNH ỦY BÌNH ⏎ ĐỊNH** ⏎ * ⏎ Số 1872-CV/TU ⏎ *V/v lãnh đạo … ⏎ … của Ban Bí thư*" before the motto: the number
    and the letter's subject under the issuer do not push its first line out ("Tỉnh ủy Bình Định", not "Định")."""
    text = ("**TỈNH ỦY BÌNH\nĐỊNH**\n*\nSố 1872-CV/TU\n*V/v lãnh đạo, chỉ đạo tổ chức thực hiện Chỉ thị số\n"
            "23-CT/TW ngày 25/5/2023 của Ban Bí thư*\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n"
            "*Quy Nhơn, ngày 12 tháng 7 năm 2023*\n\nKính gửi: Các huyện ủy, thị ủy, thành ủy.\n\n"
            "1. Các cấp ủy tổ chức quán triệt Chỉ thị số 23-CT/TW.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nPhạm Văn Tùng\n")
    d = parse_bytes(text.encode(), "cv.md").document
    assert (d.number, d.issuer) == ("1872-CV/TU", "Tỉnh ủy Bình Định")


def test_a_gazette_rows_merged_cells_over_rows_below_that_a_page_break_divides():
    """"12. ⏎ Triển khai … ⏎ Cục Thủy sản ⏎ Cục Kiểm ngư … ⏎ Thường xuyên ⏎ Xây dựng Đề án … ⏎ Quý IV/2026 ⏎ [page,
    header again] ⏎ Phát triển nuôi biển … ⏎ Năm 2027": the rows below the row's merged number, lead and partners go on
    under the repeated header — a task each, with its own deadline, the merged cells shared."""
    header = "TT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan phối\nhợp\nThời gian\nhoàn thành\n"
    rows = ("A. PHÁT TRIỂN THỦY SẢN BỀN VỮNG\n1.\nTriển khai đồng bộ các giải pháp chống khai\nthác hải sản bất hợp "
            "pháp\nCục Thủy sản\nCục Kiểm ngư, Vụ\nHợp tác quốc tế\nThường xuyên\n"
            "Xây dựng Đề án chuyển đổi nghề khai thác hải\nsản ven bờ\nQuý IV/2026\n\n"
            "CÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n" + header
            + "Phát triển nuôi biển công nghiệp, hiện đại\ntheo quy hoạch\nNăm 2027\n"
            "2.\nPhát triển lâm nghiệp bền vững, nâng cao giá\ntrị rừng trồng\nCục Lâm nghiệp\nCục Kiểm lâm\n"
            "Hằng năm\n")
    rec = _gazette_under(header, rows)
    got = [(t.id, t.text.split()[0], list(t.lead), t.deadline) for t in rec.tasks]
    assert got == [("PL.A.1.1", "Triển", ["Cục Thủy sản"], "Thường xuyên"),
                   ("PL.A.1.2", "Xây", ["Cục Thủy sản"], "Quý IV/2026"),
                   ("PL.A.1.3", "Phát", ["Cục Thủy sản"], "Năm 2027"),
                   ("PL.A.2", "Phát", ["Cục Lâm nghiệp"], "Hằng năm")]
    assert all(list(t.support) == ["Cục Kiểm ngư", "Vụ Hợp tác quốc tế"] for t in rec.tasks[:3])


def test_a_regulations_clause_on_the_duties_of_each_of_its_bodies():
    """"3. Nhiệm vụ của các tổ chức thuộc Sở: ⏎ a) Ban Thi đua - Khen thưởng tham mưu … b) Ban Tôn giáo tham mưu …" in a
    circular: each body given its duties is a unit, as under "Trách nhiệm của …" (the list of the bodies the
    department has, "2. Cơ cấu tổ chức …, gồm: a) Văn phòng; …", names none)."""
    text = (_header("BỘ NỘI VỤ", "17/2019/TT-BNV", "Hà Nội, ngày 10 tháng 12 năm 2019")
            + "THÔNG TƯ\nHướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ\n"
            "Căn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ;\n"
            "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ.\n"
            "Điều 1. Cơ cấu tổ chức\n1. Cơ cấu tổ chức của Sở Nội vụ, gồm:\na) Văn phòng;\nb) Ban Tôn giáo;\n"
            "c) Chi cục Văn thư - Lưu trữ.\n2. Nhiệm vụ của các tổ chức thuộc Sở:\n"
            "a) Ban Tôn giáo tham mưu, giúp Giám đốc Sở Nội vụ thực hiện chức năng quản lý nhà nước về tín ngưỡng, "
            "tôn giáo;\n"
            "b) Chi cục Văn thư - Lưu trữ tham mưu, giúp Giám đốc Sở Nội vụ quản lý nhà nước về văn thư, lưu trữ.\n"
            "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 02 năm 2020.\n"
            + signed("BỘ TRƯỞNG", name="Lê Vĩnh Tân"))
    units = [(u.section, u.name) for u in parse_bytes(text.encode(), "tt.txt").units]
    assert units == [("Điều 1.2.a", "Ban Tôn giáo"), ("Điều 1.2.b", "Chi cục Văn thư - Lưu trữ")]


def test_a_task_tables_group_title_in_capitals_saying_who_leads():
    """"| **CHI CỤC QUẢN LÝ ĐẤT ĐAI CHỦ TRÌ** |" over rows with no lead column: the group's body is the unit and the
    rows' lead, without the role its title gives it."""
    from parsers.agencies import heading_names, subjects

    for title, name in (("CHI CỤC QUẢN LÝ ĐẤT ĐAI CHỦ TRÌ", "CHI CỤC QUẢN LÝ ĐẤT ĐAI"),
                        ("THANH TRA SỞ CHỦ TRÌ", "THANH TRA SỞ"), ("SỞ Y TẾ PHỐI HỢP", "SỞ Y TẾ")):
        assert [a.text for a in heading_names(title, 0, len(title))] == [name]
        assert [a.text for a in subjects(title, 0, len(title))] == [name]


def test_the_bodies_that_manage_a_sector_and_its_fields():
    """"các sở quản lý ngành, lĩnh vực", "các Bộ quản lý lĩnh vực": the bodies by the sector they manage, one collective
    whole (the comma joins the pair "ngành, lĩnh vực", no new body)."""
    from parsers.agencies import listed

    for text, names in (("Sở Tài chính chủ trì, phối hợp với các sở quản lý ngành, lĩnh vực tham mưu",
                         ["các sở quản lý ngành, lĩnh vực"]),
                        ("Các Bộ quản lý lĩnh vực; Ủy ban nhân dân các tỉnh", ["Các Bộ quản lý lĩnh vực",
                                                                                "Ủy ban nhân dân các tỉnh"])):
        start = text.find("các sở") if "với" in text else 0
        assert [a.text for a in listed(text, start, len(text))][: len(names)] == names


def test_a_gazette_partners_cell_justified_one_word_per_line_after_the_lead():
    """"Cục Kinh tế ⏎ hợp tác và ⏎ Phát triển ⏎ nông thôn ⏎ Liên ⏎ minh ⏎ Hợp ⏎ tác xã Việt Nam; ⏎ Ủy ban nhân dân …": a
    narrow cell justified one word per line opens with a word alone — the partners' cell begins there, no place
    ending the lead's name."""
    header = "TT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan phối\nhợp\nThời gian\nhoàn thành\n"
    rows = ("A. PHÁT TRIỂN KINH TẾ HỢP TÁC\n1.\nPhát triển hợp tác xã nông nghiệp, liên kết\nsản xuất theo chuỗi giá "
            "trị\nCục Kinh tế\nhợp tác và\nPhát triển\nnông thôn\nLiên\nminh\nHợp\ntác xã Việt Nam;\nỦy ban nhân dân\n"
            "các tỉnh, thành\nphố\nHằng năm\n")
    rec = _gazette_under(header, rows)
    assert [(list(t.lead), list(t.support)) for t in rec.tasks] == [
        (["Cục Kinh tế hợp tác và Phát triển nông thôn"],
         ["Liên minh Hợp tác xã Việt Nam", "Ủy ban nhân dân các tỉnh, thành phố"])]


def test_an_items_sentence_opened_by_bodies_only_generic_names_no_lead():
    """"3. Xây dựng văn bản quy định chi tiết ⏎ Các đơn vị được giao chủ trì soạn thảo tập trung nguồn lực …": whoever
    is given the drafting — no lead named ("Các đơn vị" is no body)."""
    rec = _plan_of("1. Xây dựng văn bản quy định chi tiết\nCác đơn vị được giao chủ trì soạn thảo tập trung nguồn "
                   "lực, bảo đảm tiến độ.\n2. Tuyên truyền Luật\nPhòng Tư pháp chủ trì tổ chức hội nghị quán triệt "
                   "Luật.\n")
    assert [(t.id, list(t.lead)) for t in rec.tasks] == [
        ("II.1", []), ("II.2", ["Phòng Tư pháp"])]


def test_a_gazette_circulars_attached_form_with_a_blank_header_of_its_own():
    """"… BỘ TRƯỞNG ⏎ Nguyễn Văn Trung ⏎ [page] ⏎ Mẫu số 01 ⏎ (Ban hành kèm theo Thông tư số …) ⏎ TÊN CƠ QUAN BÁO CÁO
    ⏎ Số: …/BC-… ⏎ CỘNG HÒA XÃ HỘI …": the form's blank header is no next document of the gazette (its text goes on,
    its cells' mentions read), and its title no part of the signer's name."""
    text = ("CÔNG BÁO/Số 31 + 32/Ngày 10-01-2022 \n21 \nBỘ KẾ HOẠCH VÀ ĐẦU TƯ \nSố: 12/2021/TT-BKHĐT \n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \nHà Nội, ngày 24 tháng 12 năm 2021 \n"
            "THÔNG TƯ \nHướng dẫn chế độ báo cáo tình hình hỗ trợ doanh nghiệp nhỏ và vừa \n"
            "Căn cứ Nghị định số 80/2021/NĐ-CP ngày 26 tháng 8 năm 2021 của Chính phủ; \n"
            "Bộ trưởng Bộ Kế hoạch và Đầu tư ban hành Thông tư hướng dẫn chế độ báo cáo. \n"
            "Điều 1. Phạm vi điều chỉnh \nThông tư này hướng dẫn chế độ báo cáo định kỳ về hỗ trợ doanh nghiệp. \n"
            + "Điều 2. Hiệu lực thi hành \nThông tư này có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2022./. \n"
            * 20
            + "BỘ TRƯỞNG \n \n \nNguyễn Văn Trung \n \n\nCÔNG BÁO/Số 31 + 32/Ngày 10-01-2022 \n22 \n \n \n"
            "Mẫu số 01 \n(Ban hành kèm theo Thông tư số 12/2021/TT-BKHĐT ngày 24 tháng 12 năm 2021 \n"
            "của Bộ trưởng Bộ Kế hoạch và Đầu tư) \n \nTÊN CƠ QUAN CHỦ QUẢN \nTÊN CƠ QUAN BÁO CÁO \n_______ \n"
            "Số: …/BC-… \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n"
            "BÁO CÁO \nTình hình hỗ trợ doanh nghiệp nhỏ và vừa \nSTT \nNội dung hỗ trợ \nCăn cứ hỗ trợ \n"
            "1 \nHỗ trợ tư vấn \nĐiều 13 Nghị định \nsố 80/2021/NĐ-CP \n")
    rec = parse_bytes(text.encode(), "tt.congbao.txt")
    assert rec.document.signer == "Nguyễn Văn Trung"
    assert [r.relation for r in rec.references if r.number == "80/2021/NĐ-CP"] == ["legal_basis", "cites"]


def test_a_deadline_fields_value_apart_from_when_the_work_starts_or_its_breakdown():
    """"Thời gian: Thường xuyên, bắt đầu từ ngày 01/01/2022", "thời gian thực hiện: 2009 - 2012, trong đó: …": the
    deadline is the value before the start time or the breakdown."""
    rec = _plan_of("1. Hướng dẫn các cơ quan áp dụng các biện pháp xử lý hành chính mới.\n- Đơn vị chủ trì: Phòng "
                   "Tư pháp\n- Thời gian: Thường xuyên, bắt đầu từ ngày 01/01/2014\n"
                   "2. Phát triển hệ thống theo dõi thi hành pháp luật, thời gian thực hiện: 2013 - 2015, trong đó: "
                   "năm 2013 hoàn thành phần mềm.\n")
    assert [t.deadline for t in rec.tasks] == ["Thường xuyên", "2013 - 2015"]


def test_a_gazette_partners_cell_a_page_cut_after_a_level_word():
    """"Bộ Xây dựng, Ủy ⏎ ban nhân dân cấp ⏎ [page, header again] ⏎ tỉnh ⏎ Thông tư …": the partners' list goes on with
    the level the page's break parted from it ("cấp" names no body without it)."""
    header = "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời gian\nhoàn thành\n"
    rows = ("I. HOÀN THIỆN THỂ CHẾ\n1.\nSửa đổi, bổ sung Thông tư quy định về khung\ngiá nước sạch\nBộ Tài chính\n"
            "Bộ Xây dựng, Ủy\nban nhân dân cấp\n\nCÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n" + header
            + "tỉnh\nThông tư của Bộ\ntrưởng Bộ Tài\nchính\nNăm 2025\n2.\nHướng dẫn xác định vùng bảo hộ vệ sinh khu "
            "vực\nlấy nước\nBộ Tài nguyên\nvà Môi trường\nBộ Y tế\nThông tư\nNăm 2026\n")
    rec = _gazette_under(header, rows)
    assert [list(t.support) for t in rec.tasks] == [["Bộ Xây dựng", "Ủy ban nhân dân cấp tỉnh"], ["Bộ Y tế"]]


def test_a_version_number_the_wrap_put_first_on_a_line_is_no_item():
    """"5. Cục Công nghệ thông tin chủ trì … cập nhật Khung Kiến trúc … lên phiên bản ⏎ 3.0 phù hợp với …": no part of
    an item's number is 0 — the line goes on with the item's sentence."""
    got = _tasks_of("1. Phòng Tư pháp chủ trì cập nhật phần mềm quản lý xử lý vi phạm hành chính lên phiên bản\n"
                    "3.0 phù hợp với cơ sở dữ liệu quốc gia; hoàn thành trước ngày 31/12/2013.\n"
                    "2. Tập huấn nghiệp vụ cho cán bộ làm công tác xử lý vi phạm hành chính.\n")
    assert got == [("II.1", "Phòng"), ("II.2", "Tập")]


def test_a_deadline_phrase_with_a_second_date_it_is_due_by():
    """"… báo cáo … trước ngày 05/6/2013 và trước ngày 05/12/2013": both dates are the deadline."""
    rec = _plan_of("1. Các phường, xã báo cáo kết quả thực hiện 6 tháng, năm về Phòng Tư pháp trước ngày 05/6/2013 "
                   "và\ntrước ngày 05/12/2013.\n")
    assert [t.deadline for t in rec.tasks] == [
        "trước ngày 05/6/2013 và trước ngày 05/12/2013"]


def test_an_organisation_sections_table_of_each_bodys_tasks_names_its_units():
    """"V. TỔ CHỨC THỰC HIỆN ⏎ 1. Phân công trách nhiệm ⏎ | STT | Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn |": a
    table read as tasks (who leads each, merged over its rows) in the organisation section — each body it names is a
    unit."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG", "214/KH-UBND", "Hậu Giang, ngày 14 tháng 8 năm 2024")
            + "KẾ HOẠCH\nPhát triển vùng lúa chất lượng cao\nI. MỤC ĐÍCH\nNâng cao giá trị hạt lúa.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Phân công trách nhiệm\n\n"
            "| STT | Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Sở Nông nghiệp và Phát triển nông thôn | Rà soát, xác định vùng chuyên canh | Quý IV/2024 |\n"
            "|  |  | Tổng hợp, báo cáo kết quả thực hiện | Hằng năm |\n"
            "| 2 | Sở Tài chính | Thẩm định, tham mưu bố trí kinh phí | Hằng năm |\n"
            "| 3 | Ủy ban nhân dân các huyện, thị xã, thành phố | Xây dựng kế hoạch thực hiện | Năm 2024 |\n\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Đồng Văn Thanh"))
    assert [u.name for u in parse_bytes(text.encode(), "kh.md").units] == [
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài chính", "Ủy ban nhân dân các huyện, thị xã, thành phố"]


def test_sections_numbered_on_through_the_parts_they_sit_in():
    """"A. MỤC ĐÍCH, YÊU CẦU ⏎ I. … II. … ⏎ B. NHIỆM VỤ VÀ GIẢI PHÁP ⏎ III. NHIỆM VỤ CHỦ YẾU ⏎ … ⏎ C. TỔ CHỨC THỰC
    HIỆN ⏎ IV. …": the sections go on with their numbers across the parts, each one a section of its own."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG", "09/KH-UBND", "Tuyên Quang, ngày 15 tháng 1 năm 2019")
            + "KẾ HOẠCH\nThực hiện cải cách chính sách bảo hiểm xã hội\n"
            "A. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU\nI. MỤC ĐÍCH, YÊU CẦU\nTriển khai kịp thời.\nII. MỤC TIÊU\n"
            "Đến năm 2021 có 25% lực lượng lao động tham gia bảo hiểm xã hội.\nB. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            "III. NHIỆM VỤ CHỦ YẾU\n1. Đổi mới công tác tuyên truyền về bảo hiểm xã hội trên địa bàn tỉnh.\n"
            "2. Mở rộng, phát triển đối tượng tham gia bảo hiểm xã hội tự nguyện.\nC. TỔ CHỨC THỰC HIỆN\n"
            "IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ\n1. Sở Lao động - Thương binh và Xã hội\n"
            "Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n2. Bảo hiểm xã hội tỉnh\n"
            "Chủ trì tuyên truyền chính sách bảo hiểm xã hội.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Phạm Minh Huấn"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [t.id for t in rec.tasks] == ["III.1", "III.2"]
    assert [(u.section, u.name) for u in rec.units] == [("IV.1", "Sở Lao động - Thương binh và Xã hội"),
                                                       ("IV.2", "Bảo hiểm xã hội tỉnh")]


def test_a_task_tables_rows_numbered_in_their_own_cell_under_each_body():
    """"| Cơ quan, đơn vị | Nhiệm vụ | Thời gian hoàn thành | ⏎ | Sở Kế hoạch và Đầu tư | 1. Thực hiện đăng ký … | … |
    ⏎ |  | 2. Giảm thời gian …": no column of numbers, each body's tasks numbered in their cell — the number is no part
    of the task's text."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH KON TUM", "1528/KH-UBND", "Kon Tum, ngày 20 tháng 6 năm 2017")
            + "KẾ HOẠCH\nCải thiện môi trường kinh doanh\nI. MỤC ĐÍCH\nNâng cao chỉ số năng lực cạnh tranh.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Hòa")
            + "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n\n| Cơ quan, đơn vị | Nhiệm vụ | Thời gian hoàn thành |\n|---|---|---|\n"
            "| Sở Kế hoạch và Đầu tư | 1. Thực hiện đăng ký doanh nghiệp qua mạng điện tử | Năm 2017 |\n"
            "|  | 2. Giảm thời gian cấp Giấy chứng nhận đăng ký đầu tư | Quý III/2017 |\n"
            "| Sở Tư pháp | 1. Rà soát, hệ thống hóa văn bản quy phạm pháp luật | Trước ngày 30/9/2017 |\n")
    got = [(t.text.split()[0], list(t.lead)) for t in parse_bytes(text.encode(), "kh.md").tasks]
    assert got == [("Thực", ["Sở Kế hoạch và Đầu tư"]), ("Giảm", ["Sở Kế hoạch và Đầu tư"]), ("Rà", ["Sở Tư pháp"])]


def test_a_regulations_clauses_that_ask_bodies_outside_it():
    """"Điều 8. Đề nghị phối hợp ⏎ 1. Đề nghị Bảo hiểm xã hội Việt Nam phối hợp với Tổ công tác … 2. Đề nghị Sở Y tế các
    tỉnh … tổng hợp …" in a circular: each body asked is a unit, as a clause that gives one its duties is."""
    text = (_header("BỘ Y TẾ", "21/2023/TT-BYT", "Hà Nội, ngày 10 tháng 11 năm 2023")
            + "THÔNG TƯ\nQuy định về phối hợp tháo gỡ vướng mắc trong đấu thầu thuốc\n"
            "Căn cứ Luật Đấu thầu ngày 23 tháng 6 năm 2023;\n"
            "Bộ trưởng Bộ Y tế ban hành Thông tư quy định về phối hợp.\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc phối hợp tháo gỡ vướng mắc.\n"
            "Điều 2. Đề nghị phối hợp\n1. Đề nghị Bảo hiểm xã hội Việt Nam phối hợp giải quyết các vướng mắc về "
            "thanh toán chi phí thuốc.\n2. Đề nghị Sở Y tế các tỉnh, thành phố trực thuộc trung ương tổng hợp khó khăn "
            "của các cơ sở y tế.\n" + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Đỗ Xuân Tuyên"))
    assert [(u.section, u.name) for u in parse_bytes(text.encode(), "tt.txt").units] == [
        ("Điều 2.1", "Bảo hiểm xã hội Việt Nam"), ("Điều 2.2", "Sở Y tế các tỉnh, thành phố trực thuộc trung ương")]


def test_a_groups_items_whose_own_number_the_plan_left_unwritten():
    """"2. Nhóm nhiệm vụ hoàn thiện thể chế ⏎ 2.1. … 2.2. … ⏎ **Nhóm nhiệm vụ phát triển hạ tầng số** ⏎ 3.1. … 3.2. …":
    the items numbered 3.x open the next group (its heading unnumbered), no items of 2.2's."""
    got = _tasks_of("1. Nhóm nhiệm vụ nâng cao nhận thức\n1.1. Tuyên truyền Luật trên các phương tiện thông tin.\n"
                    "2. Nhóm nhiệm vụ hoàn thiện thể chế\n2.1. Rà soát các văn bản quy phạm pháp luật của thị xã.\n"
                    "2.2. Tham mưu ban hành quy chế phối hợp xử lý vi phạm.\n"
                    "**Nhóm nhiệm vụ phát triển hạ tầng số**\n"
                    "3.1. Hoàn thành việc rà soát hạ tầng mạng truyền số liệu.\n"
                    "3.2. Phủ sóng di động đến các khu dân cư của thị xã.\n")
    assert got == [("II.1.1", "Tuyên"), ("II.2.1", "Rà"), ("II.2.2", "Tham"), ("II.3.1", "Hoàn"), ("II.3.2", "Phủ")]


def test_a_term_limited_work_is_no_deadline_label():
    """"- Hỗ trợ … đưa lao động trẻ về làm việc có thời hạn tại hợp tác xã: Sở Kế hoạch và Đầu tư chủ trì; thời gian:
    Hằng năm.": "có thời hạn" says the work is for a term, no label of when it is due."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG", "187/KH-UBND", "Hậu Giang, ngày 3 tháng 11 năm 2021")
            + "KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021 - 2025\nII. NHIỆM VỤ\n"
            "1. Hỗ trợ hợp tác xã\n"
            "- Hỗ trợ đưa lao động trẻ về làm việc có thời hạn tại hợp tác xã: Sở Kế hoạch và Đầu tư chủ trì; thời "
            "gian: Hằng năm.\n"
            "- Hỗ trợ xúc tiến thương mại cho hợp tác xã: Sở Công Thương chủ trì; thời gian: Năm 2022.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Đồng Văn Thanh"))
    assert [(list(t.lead), t.deadline) for t in parse_bytes(text.encode(), "kh.txt").tasks] == [
        (["Sở Kế hoạch và Đầu tư"], "Hằng năm"), (["Sở Công Thương"], "Năm 2022")]


def test_a_bracketed_clause_of_time_the_wrap_put_on_the_next_line():
    """"… (Sở Tài chính chủ trì; ⏎ 2025 - 2030).", "… phối hợp; ⏎ năm 2026).": the time after the roles' clause, its
    line wrapped after the semicolon, a bare range of years too."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "412/KH-UBND", "Hà Tĩnh, ngày 20 tháng 8 năm 2025")
            + "KẾ HOẠCH\nPhát triển kinh tế tư nhân\nII. NHIỆM VỤ\n"
            "1. Khuyến khích doanh nghiệp tư nhân tham gia đầu tư các dự án kết cấu hạ tầng theo phương thức đối tác "
            "công tư (Sở Tài chính chủ trì;\n2025 - 2030).\n"
            "2. Hình thành mạng lưới liên kết giữa doanh nghiệp tư nhân trong tỉnh với doanh nghiệp lớn (Sở Tài chính "
            "chủ trì, Ban Quản lý Khu kinh tế tỉnh phối hợp;\nnăm 2026).\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Võ Trọng Hải"))
    assert [t.deadline for t in parse_bytes(text.encode(), "kh.txt").tasks] == ["2025 - 2030", "năm 2026"]


def test_a_list_of_projects_with_their_investors_is_no_task_table():
    """"| STT | Tên dự án | Địa điểm | Tổng mức đầu tư | Chủ đầu tư/ Đơn vị thực hiện | Thời gian thực hiện |":
    projects, their budgets and who invests in each — no work stated, no tasks."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "1547/QĐ-UBND", "Lâm Đồng, ngày 12 tháng 7 năm 2019")
            + "KẾ HOẠCH\nPhát triển du lịch nông nghiệp\nI. MỤC ĐÍCH\nPhát triển du lịch nông nghiệp bền vững.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Đoàn Văn Việt")
            + "PHỤ LỤC\nDANH MỤC DỰ ÁN ƯU TIÊN ĐẦU TƯ\n\n"
            "| STT | Tên dự án | Địa điểm | Tổng mức đầu tư | Chủ đầu tư/ Đơn vị thực hiện | Thời gian thực hiện |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Đường vào đồi chè Cầu Đất | Đà Lạt | 45.000 | Ủy ban nhân dân thành phố Đà Lạt | 2020 - 2022 |\n"
            "| 2 | Trạm dừng chân trưng bày nông sản | Bảo Lộc | 12.000 | Sở Nông nghiệp và Phát triển nông thôn | "
            "2021 - 2023 |\n")
    assert not parse_bytes(text.encode(), "kh.md").tasks


def test_an_attached_schemes_legal_grounds_in_the_first_section_of_its_first_part():
    """"PHẦN I ⏎ SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN ⏎ I. CĂN CỨ PHÁP LÝ ⏎ - Luật Thương mại năm 2005; … ⏎ - Nghị định
    số 60/2024/NĐ-CP …": the documents its first section lists are the scheme's bases, its part's title aside."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "2874/QĐ-UBND", "Hà Tĩnh, ngày 10 tháng 10 năm 2024")
            + "QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển hạ tầng thương mại nông thôn\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt Đề án phát triển hạ tầng thương mại nông thôn.\nĐiều 2. Quyết định này có hiệu lực "
            "từ ngày ký.\n" + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Võ Trọng Hải")
            + "ĐỀ ÁN\nPhát triển hạ tầng thương mại nông thôn\n(Kèm theo Quyết định số 2874/QĐ-UBND ngày 10/10/2024 "
            "của UBND tỉnh)\nPHẦN I\nSỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN\nI. CĂN CỨ PHÁP LÝ\n"
            "- Luật Thương mại năm 2005;\n- Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 của Chính phủ về phát triển và "
            "quản lý chợ;\nII. SỰ CẦN THIẾT\nHạ tầng thương mại nông thôn còn thiếu.\n")
    refs = [(r.relation, r.number or r.name) for r in parse_bytes(text.encode(), "qd.txt").references]
    assert ("legal_basis", "Thương mại") in refs and ("legal_basis", "60/2024/NĐ-CP") in refs


def test_a_parts_heading_in_bold_wrapped_after_its_first_word():
    """"**Phần III. NHIỆM ⏎ VỤ VÀ GIẢI PHÁP**": the part's word and number in sentence case, its title in capitals
    wrapped — one heading, the part of tasks."""
    text = (_header("BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN", "2207/QĐ-BNN-TCLN", "Hà Nội, ngày 8 tháng 6 năm 2022")
            + "ĐỀ ÁN\nPhát triển giống cây lâm nghiệp chất lượng cao\n**Phần I. SỰ CẦN\nTHIẾT XÂY DỰNG ĐỀ ÁN**\n"
            "Giống cây lâm nghiệp còn nhiều hạn chế.\n**Phần II. NHIỆM\nVỤ VÀ GIẢI PHÁP**\n"
            "**1. Hoàn thiện cơ chế, chính sách về giống**\nRà soát, sửa đổi, bổ sung các quy định về quản lý giống "
            "cây trồng lâm nghiệp.\n**2. Nghiên cứu, chọn tạo giống**\nTổ chức khảo nghiệm, công nhận giống mới.\n"
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Nguyễn Quốc Trị"))
    rec = parse_bytes(text.encode(), "da.md")
    assert [t.id for t in rec.tasks] == ["II.1", "II.2"]


def test_a_markdown_list_numbered_one_each_nested_by_its_indentation():
    """"1. **Tuyên truyền** ⏎    1. Tổ chức hội nghị … ⏎    1. Biên soạn tài liệu … ⏎ 1. **Rà soát** ⏎    - … ⏎
    - …": a transcription writes every item "1." (markdown numbers them on) and nests lists by indentation; the items
    indented under an item are its own (II.1.1, II.1.2), a bullet indented under a bullet is its point (II.2.b1.p1)."""
    got = _tasks_of("1. **Tuyên truyền, phổ biến Luật**\n\n"
                    "   1. Tổ chức hội nghị quán triệt Luật cho cán bộ, công chức; Phòng Tư pháp chủ trì.\n\n"
                    "   1. Biên soạn tài liệu tuyên truyền Luật; Phòng Tư pháp chủ trì.\n\n"
                    "1. **Xây dựng văn bản thuộc thẩm quyền của thị xã**\n\n"
                    "   - Các quy định về xử phạt trên địa bàn:\n"
                    "     - Quy định về trật tự đô thị; Phòng Quản lý đô thị chủ trì, thời gian: Quý III/2013.\n"
                    "     - Quy định về vệ sinh môi trường; Phòng Tài nguyên và Môi trường chủ trì.\n"
                    "   - Quyết định về tổ chức kiểm tra liên ngành; Phòng Tư pháp chủ trì.\n\n"
                    "1. **Kiểm tra việc thi hành Luật**; Phòng Tư pháp chủ trì, thời gian: Quý IV/2013.\n")
    assert got == [("II.1.1", "Tổ"), ("II.1.2", "Biên"), ("II.2.b1.p1", "Quy"), ("II.2.b1.p2", "Quy"),
                   ("II.2.b2", "Quyết"), ("II.3", "Kiểm")]


def test_a_central_board_under_the_central_committee_is_named_with_trung_uong():
    """"BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO" is the Ban Tuyên giáo Trung ương, the board of the centre (a
    province's "TỈNH ỦY … / BAN TUYÊN GIÁO" is the province's own)."""
    for board, name in (("BAN TUYÊN GIÁO", "Ban Tuyên giáo Trung ương"), ("BAN KINH TẾ", "Ban Kinh tế Trung ương"),
                        ("ỦY BAN KIỂM TRA TRUNG ƯƠNG", "Ủy ban Kiểm tra Trung ương")):
        text = (f"BAN CHẤP HÀNH TRUNG ƯƠNG\n{board}\n*\nSố 112-HD/BTGTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                "Hà Nội, ngày 09 tháng 01 năm 2023\nHƯỚNG DẪN\nHọc tập, quán triệt Nghị quyết số 29-NQ/TW\n"
                "1. Các tỉnh ủy, thành ủy tổ chức học tập, quán triệt Nghị quyết.\n"
                "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Mạnh Tường\n")
        assert parse_bytes(text.encode(), "hd.txt").document.issuer == name


def test_a_bullet_whose_sentence_closes_on_a_time_in_brackets_is_a_task_of_its_own():
    """"đ) Phòng Nội vụ: ⏎ - Tham mưu đưa kết quả … vào tiêu chí thi đua (Quý IV/2013). ⏎ - Tăng cường kiểm tra …": a
    time in brackets closing a bullet's sentence is its own deadline, so each bullet is a task."""
    tasks = _plan_of("1. Nhiệm vụ cụ thể của các phòng, ban\n"
                     "a) Phòng Nội vụ:\n"
                     "- Tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí bình xét thi đua cuối năm (Quý IV/2013).\n"
                     "- Tăng cường kiểm tra công vụ đối với cán bộ, công chức.\n"
                     "b) Phòng Tư pháp:\n"
                     "- Kiểm tra việc xử phạt vi phạm hành chính tại các phường (năm 2012 - 2013 đã làm).\n"
                     "- Hướng dẫn nghiệp vụ xử phạt cho công chức tư pháp các xã.\n").tasks
    assert [(t.id, t.deadline) for t in tasks] == [("II.1.a.b1", "Quý IV/2013"), ("II.1.a.b2", None), ("II.1.b", None)]


def test_a_year_closing_a_gazette_page_above_the_next_pages_header_and_number():
    """"Năm 2026 - ⏎ 2027 ⏎⏎ CÔNG BÁO/Số … ⏎ 22 ⏎ [header again]": the page's number is the one below the header, the
    year above it ends the row's deadline."""
    rows = ("1.\nRà soát, phân loại các hồ chứa nước theo mức\nđộ rủi ro\nDanh mục hồ chứa\nCục Quản lý\nđê điều\n"
            "Ủy ban nhân dân\ncấp tỉnh\nNăm 2026 -\n2027\n\nCÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n\n\n"
            + _GAZETTE_HEADER + "2.\nKiểm định an toàn đập\nBáo cáo\nCục Quản lý\nđê điều\nCác viện\nHằng năm\n")
    tasks = parse_bytes(_gazette_plan(rows).encode(), "qd.congbao.txt").tasks
    assert [(t.id, t.deadline) for t in tasks] == [("PL.1", "Năm 2026 - 2027"), ("PL.2", "Hằng năm")]


def test_a_gazette_rows_task_the_page_cut_inside_a_name_goes_on_under_the_repeated_header():
    """"… hỗ trợ doanh nghiệp Việt ⏎ … ⏎ trực thuộc Trung ⏎ Hằng năm ⏎ [page, header again] ⏎ Nam tham gia chuỗi … ⏎
    ương": the task's text goes on with the line whose capital completes its last name, the partners' cell with the
    line in small letters."""
    rows = ("1.\nHỗ trợ doanh nghiệp nhỏ và vừa; hỗ trợ doanh nghiệp Việt\nBáo cáo\nCục Quản lý\nđê điều\n"
            "Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung\nHằng năm\n\n"
            "CÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n" + _GAZETTE_HEADER
            + "Nam tham gia chuỗi cung ứng nông sản\nương\n2.\nKiểm định an toàn đập\nBáo cáo\nCục Quản lý\nđê điều\n"
            "Các viện\nHằng năm\n")
    tasks = parse_bytes(_gazette_plan(rows).encode(), "qd.congbao.txt").tasks
    assert [(t.id, t.text.split("; ")[-1], t.support[-1:]) for t in tasks] == [
        ("PL.1", "hỗ trợ doanh nghiệp Việt Nam tham gia chuỗi cung ứng nông sản",
         ("Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương",)),
        ("PL.2", "Kiểm định an toàn đập", ("Các viện",))]


def test_a_justified_lead_cell_one_word_per_line_holds_a_name_with_a_comma():
    """"Viện Nghiên ⏎ cứu ⏎ Chiến ⏎ lược, ⏎ Chính ⏎ sách ⏎ Công ⏎ Thương; ⏎ Vụ Kế hoạch - ⏎ Tài chính": a lead's cell
    justified one word per line, its first name holding a comma, is read back far enough to see the name go on."""
    rows = ("1.\nTổ chức sơ kết việc thực hiện Nghị quyết\nsố 29-NQ/TW trong ngành\nBáo cáo sơ kết\nViện Nghiên\ncứu\n"
            "Chiến\nlược,\nChính\nsách\nCông\nThương;\nVụ Kế hoạch -\nTài chính\nCác đơn vị thuộc Bộ;\n"
            "Sở Công Thương các\ntỉnh, thành phố\nNăm 2025\n")
    tasks = parse_bytes(_gazette_plan(rows).encode(), "qd.congbao.txt").tasks
    assert [(t.lead, t.support) for t in tasks] == [
        (("Viện Nghiên cứu Chiến lược, Chính sách Công Thương", "Vụ Kế hoạch - Tài chính"),
         ("Các đơn vị thuộc Bộ", "Sở Công Thương các tỉnh, thành phố"))]


def test_a_deadline_of_two_months_sharing_their_year_and_a_quarter_of_every_year():
    """"… trong tháng 4 và tháng 8/2013; …" is due in both months; "… (Quý II hằng năm)." every year's second
    quarter."""
    tasks = _plan_of("1. Tổ chức 02 đợt chiến dịch vệ sinh môi trường trên toàn thị xã trong tháng 4 và tháng 8/2013; "
                     "phun hóa chất xử lý ổ dịch.\n"
                     "2. Phòng Tài chính - Kế hoạch tổ chức xúc tiến đầu tư, kêu gọi nhà đầu tư (Quý II hằng năm).\n"
                     ).tasks
    assert [(t.id, t.deadline) for t in tasks] == [
        ("II.1", "trong tháng 4 và tháng 8/2013"), ("II.2", "Quý II hằng năm")]


def test_partners_named_before_the_work_they_combine():
    """"… phối hợp với các địa phương kết hợp chặt chẽ phát triển kinh tế - xã hội với …": "kết hợp" is the work, no
    part of the partners' name."""
    tasks = _plan_of("1. Công an thị xã chủ trì, phối hợp với các địa phương kết hợp chặt chẽ phát triển kinh tế - "
                     "xã hội với bảo đảm an ninh, trật tự; thời gian: thường xuyên.\n"
                     "2. Phòng Kinh tế chủ trì, phối hợp với các xã, phường gắn kết sản xuất với tiêu thụ nông sản.\n"
                     ).tasks
    assert [(t.lead, t.support) for t in tasks] == [(("Công an thị xã",), ("các địa phương",)),
                                                   (("Phòng Kinh tế",), ("các xã, phường",))]


def test_a_deadline_before_a_season_of_the_year():
    """"… hoàn thành trước mùa mưa bão năm 2013." and "… trước mùa du lịch hằng năm.": a season's start is the
    deadline."""
    tasks = _plan_of("1. Phòng Kinh tế rà soát, gia cố các tuyến đê xung yếu, hoàn thành trước mùa mưa bão năm 2013.\n"
                     "2. Phòng Văn hóa và Thông tin kiểm tra các cơ sở lưu trú trước mùa du lịch hằng năm.\n").tasks
    assert [t.deadline for t in tasks] == ["trước mùa mưa bão năm 2013", "trước mùa du lịch hằng năm"]


def test_a_markdown_list_numbered_in_figures_nested_by_its_indentation():
    """"1. **Phòng Y tế**: ⏎     1. Chủ trì … ⏎     2. Chỉ đạo … ⏎ 1. **Phòng Kinh tế** …": items numbered in figures
    and indented under an item are its own (II.1.1, II.1.2), though the outer list writes "1." each."""
    got = _tasks_of("1. **Phòng Y tế**:\n"
                    "    1. Chủ trì tổ chức kiểm tra an toàn thực phẩm trên địa bàn; thời gian: tháng 12/2013.\n"
                    "    2. Chỉ đạo Trung tâm Y tế thị xã giám sát ngộ độc thực phẩm; thời gian: thường xuyên.\n"
                    "1. **Phòng Kinh tế** theo dõi giá cả thị trường; thời gian: thường xuyên.\n"
                    "1. **Phòng Văn hóa và Thông tin** tuyên truyền về an toàn thực phẩm; thời gian: tháng 01/2014.\n")
    assert got == [("II.1.1", "Chủ"), ("II.1.2", "Chỉ"), ("II.2", "Phòng"), ("II.3", "Phòng")]


def test_a_gazette_file_that_opens_with_the_forms_of_the_document_printed_before():
    """"Mẫu số 04/TSC-BC ⏎ TÊN CƠ QUAN CẤP TRÊN ⏎ … CỘNG HÒA … ⏎ BÁO CÁO … ⏎ [page] ⏎ PHẦN I. VĂN BẢN QUY PHẠM PHÁP
    LUẬT ⏎ CHÍNH PHỦ ⏎ CHÍNH PHỦ ⏎ Số: 67/2022/NĐ-CP …": the forms end the document before; this one begins at the
    gazette's section title over it."""
    text = ("CÔNG BÁO/Số 855 + 856/Ngày 28-8-2022\n88\n\nMẫu số 04/TSC-BC\nTÊN CƠ QUAN CẤP TRÊN\nTÊN ĐƠN VỊ BÁO CÁO\n"
            "_______\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n______\nBÁO CÁO\n"
            "Tình hình quản lý, sử dụng tài sản kết cấu hạ tầng năm ……\nKính gửi: Bộ Tài chính.\n"
            "1. Tình hình quản lý, sử dụng tài sản: ……\nTHỦ TRƯỞNG ĐƠN VỊ\n(Ký, ghi rõ họ tên, đóng dấu)\n\n"
            "CÔNG BÁO/Số 857 + 858/Ngày 29-8-2022\n3\n\nPHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT\nCHÍNH PHỦ\n\nCHÍNH PHỦ\n"
            "________\nSố: 67/2022/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 16 tháng 8 năm 2022\nNGHỊ ĐỊNH\nQuy định về quản lý công trình thủy lợi nhỏ\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\n"
            "Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn;\n"
            "Chính phủ ban hành Nghị định quy định về quản lý công trình thủy lợi nhỏ.\n"
            "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về quản lý công trình thủy lợi nhỏ.\n"
            "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Văn Thành\n")
    rec = parse_bytes(text.encode(), "nd.congbao.txt")
    assert (rec.document.type, rec.document.number, rec.document.issuer) == ("Nghị định", "67/2022/NĐ-CP", "Chính phủ")
    assert [(r.relation, r.name) for r in rec.references if r.relation == "legal_basis"] == [
        ("legal_basis", "Tổ chức Chính phủ"), ("legal_basis", "Thủy lợi")]


def test_a_gazette_tables_rows_grouped_by_year_numbered_from_one_in_each():
    """"STT … Thời gian thực hiện ⏎ Năm 2023 ⏎ 1 ⏎ … ⏎ Năm 2024 ⏎ [page, header again] ⏎ 1 ⏎ …": a year alone over rows
    numbered from 1 again is a group's title (G1, G2), no column of the header and no cell of the row above."""
    header = "STT\nNội dung hoạt động\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\nthực hiện\n"
    rows = ("Năm 2023\n1\nTổ chức hội nghị phổ biến Luật Bảo vệ\nmôi trường\nCục Quản lý\nđê điều\nCác viện\n"
            "Quý II/2023\n2\nBiên soạn sổ tay phân loại chất thải\nCục Quản lý\nđê điều\nCác viện\nTháng 6/2023\n"
            "Năm 2024\n\n"
            "CÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n" + header
            + "1\nXây dựng 63 mô hình điểm phân loại rác\nCục Quản lý\nđê điều\nCác viện\nNăm 2024\n"
            "2\nTổ chức diễn đàn nông dân với môi trường\nCục Quản lý\nđê điều\nCác viện\nQuý IV/2024\n")
    rec = _gazette_under(header, rows)
    assert [(t.id, t.text.split()[0], t.deadline) for t in rec.tasks] == [
        ("PL.G1.1", "Tổ", "Quý II/2023"), ("PL.G1.2", "Biên", "Tháng 6/2023"),
        ("PL.G2.1", "Xây", "Năm 2024"), ("PL.G2.2", "Tổ", "Quý IV/2024")]


def test_a_mass_organisations_board_wrapped_before_its_central_committee():
    """"Ban Kinh tế - Xã hội ⏎ Trung ương Hội Nông ⏎ dân Việt Nam": a board of the association's central committee,
    the committee it belongs to on the next line (as "Ban Nội chính ⏎ Tỉnh ủy")."""
    cell = "Ban Kinh tế - Xã hội\nTrung ương Hội Nông\ndân Việt Nam, Báo Nông\nthôn Ngày nay"
    assert [a.text for a in find(cell)] == ["Ban Kinh tế - Xã hội Trung ương Hội Nông dân Việt Nam",
                                            "Báo Nông thôn Ngày nay"]


def test_a_long_known_name_justified_over_short_lines_in_a_lead_cell():
    """"Ủy ban Quốc ⏎ gia Ứng phó sự ⏎ cố, thiên tai ⏎ và Tìm kiếm ⏎ Cứu nạn ⏎ Bộ Quốc phòng, …": a name the gazetteer
    knows, opened more than 40 characters before the break, goes on into the next line (a cell does not end there)."""
    from parsers.agencies import known_cut

    assert known_cut("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm", "Cứu nạn")
    assert not known_cut("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn", "Bộ Quốc phòng")


def test_a_gazette_task_that_reports_to_the_prime_minister_wrapped_before_chinh_phu():
    """"… báo cáo Thủ tướng ⏎ Chính phủ ⏎ Bộ Giao thông ⏎ vận tải ⏎ …": the Prime Minister's title goes on with "Chính
    phủ" in the task's cell; the lead is the next cell's."""
    header = "TT\nNhiệm vụ, đề án\nCơ quan chủ trì\nCơ quan phối hợp\nSản phẩm\nThời gian hoàn thành\n"
    rows = ("1.\nSơ kết giữa kỳ, tổng kết việc thực\nhiện Chương trình, báo cáo Thủ tướng\nChính phủ\nBộ Giao thông\n"
            "vận tải\nCác bộ, ngành, Ủy\nban nhân dân các\ntỉnh\nBáo cáo sơ\nkết, tổng kết\nNăm 2022, năm 2025\n")
    tasks = _gazette_under(header, rows).tasks
    assert [(t.text.split()[-1], t.lead) for t in tasks] == [("phủ", ("Bộ Giao thông vận tải",))]


def test_a_deadline_on_a_day_of_every_year_written_without_its_year():
    """"… gửi Phòng Tài chính trước ngày 15 tháng 11." and "… trước ngày 31/7.": a day with no year, the clause's last
    words, is the deadline."""
    tasks = _plan_of("1. Phòng Kinh tế đánh giá tình hình phát triển hợp tác xã, gửi Phòng Tài chính trước ngày 15 "
                     "tháng 11.\n2. Phòng Nội vụ tổng hợp kết quả thi đua, báo cáo Ủy ban nhân dân thị xã trước ngày "
                     "31/7.\n").tasks
    assert [t.deadline for t in tasks] == ["trước ngày 15 tháng 11", "trước ngày 31/7"]


def test_a_tables_column_of_who_leads_and_what_grouped_by_the_lead_over_its_rows():
    """"| TT | Cơ quan chủ trì/ Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian thực hiện |" with "| | **Phòng Y tế** |
    | |" over the rows: the column holds the tasks, the body's row over them says who leads them."""
    doc = (_appendix_plan("Củng cố mạng lưới y tế cơ sở")
           + "| TT | Cơ quan chủ trì/ Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian thực hiện |\n|---|---|---|---|\n"
           "| | **Phòng Y tế** | | |\n"
           "| 1 | Rà soát, tham mưu điều chỉnh mạng lưới trạm y tế xã | Phòng Nội vụ | Năm 2019 - 2020 |\n"
           "| 2 | Hướng dẫn các trạm y tế xã thực hiện gói dịch vụ y tế | Bảo hiểm xã hội thị xã | Thường xuyên |\n"
           "| | **Phòng Tài chính - Kế hoạch** | | |\n"
           "| 3 | Tham mưu bố trí kinh phí nâng cấp trạm y tế xã | Phòng Y tế | Hằng năm |\n")
    tasks = parse_bytes(doc.encode(), "kh.md").tasks
    assert [(t.text.split()[0], t.lead, t.deadline) for t in tasks] == [
        ("Rà", ("Phòng Y tế",), "Năm 2019 - 2020"), ("Hướng", ("Phòng Y tế",), "Thường xuyên"),
        ("Tham", ("Phòng Tài chính - Kế hoạch",), "Hằng năm")]


def test_state_corporations_named_after_their_shared_head():
    """"Đề nghị các Tổng công ty: Đường sắt Việt Nam, Hàng hải Việt Nam, Cảng hàng không Việt Nam - CTCP …": one head
    shared by the list, one body per name (as "Các Sở: Tài chính, Xây dựng")."""
    from parsers.agencies import subjects

    t = "Đề nghị các Tổng công ty: Đường sắt Việt Nam, Hàng hải Việt Nam, Cảng hàng không Việt Nam - CTCP phối hợp."
    assert [a.text for a in subjects(t, 0, len(t))] == [
        "Tổng công ty Đường sắt Việt Nam", "Tổng công ty Hàng hải Việt Nam",
        "Tổng công ty Cảng hàng không Việt Nam - CTCP"]


def test_an_attached_programmes_title_line_under_its_type_and_issuer_implements():
    """"CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ ⏎ THỰC HIỆN NGHỊ QUYẾT SỐ 23-NQ/TW …": a type word and whose it is are no
    title going on, so the line under it says what the programme implements."""
    text = (_header("CHÍNH PHỦ", "87/NQ-CP", "Hà Nội, ngày 28 tháng 9 năm 2018")
            + "NGHỊ QUYẾT\nBAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\nCHÍNH PHỦ\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
            "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.\n"
            "Điều 2. Nghị quyết này có hiệu lực từ ngày ký.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nLê Minh Khiêm\n\n"
            "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\n\nTHỰC HIỆN NGHỊ QUYẾT SỐ 23-NQ/TW NGÀY 22 THÁNG 3 NĂM 2018 CỦA BỘ "
            "CHÍNH TRỊ VỀ CHÍNH SÁCH PHÁT TRIỂN CÔNG NGHIỆP\n(Ban hành kèm theo Nghị quyết số 87/NQ-CP ngày 28 tháng 9 "
            "năm 2018 của Chính phủ)\n\nI. MỤC TIÊU\n1. Phát triển công nghiệp quốc gia.\n")
    refs = parse_bytes(text.encode(), "nq.txt").references
    assert [(r.relation, r.number) for r in refs if r.number == "23-NQ/TW"] == [("implements", "23-NQ/TW")]


def test_deadlines_after_who_leads_after_the_field_without_its_colon_and_after_whom_it_goes_to():
    """"… (Phòng Tư pháp chủ trì, Quý IV/2013).", "…; thời gian thực hiện năm 2013 - 2014." and "…, trình Ủy ban nhân
    dân tỉnh năm 2014.": the time closing each clause is its deadline."""
    tasks = _plan_of("1. Rà soát các quy định về xử phạt trên địa bàn (Phòng Tư pháp chủ trì, Quý IV/2013).\n"
                     "2. Phòng Kinh tế chủ trì đề xuất cơ chế khuyến khích chế biến nông sản; thời gian thực hiện năm "
                     "2013 - 2014.\n"
                     "3. Phòng Nội vụ chủ trì xây dựng đề án sắp xếp các phòng, trình Ủy ban nhân dân tỉnh năm 2014.\n"
                     ).tasks
    assert [t.deadline for t in tasks] == ["Quý IV/2013", "năm 2013 - 2014", "năm 2014"]


def test_a_numbered_row_whose_lead_is_merged_over_its_sub_rows_is_their_heading():
    """"| 1 | Nâng cấp Trung tâm dữ liệu | Sở Thông tin và Truyền thông (rowspan 3) | |" over "1.1 … Quý IV/2023",
    "1.2 … Năm 2024": the row over its sub-rows, due in none of its own, is their heading; each sub-row is a task led
    by the merged lead."""
    rows = ("<tr>" + _td("STT") + _td("Nội dung nhiệm vụ") + _td("Cơ quan chủ trì") + _td("Thời gian hoàn thành")
            + "</tr><tr>" + _td("1") + _td("Nâng cấp Trung tâm dữ liệu tỉnh")
            + _td("Sở Thông tin và Truyền thông", ' rowspan="3"') + _td("") + "</tr>"
            + "<tr>" + _td("1.1") + _td("Đầu tư bổ sung thiết bị lưu trữ, máy chủ") + _td("Quý IV/2023") + "</tr>"
            + "<tr>" + _td("1.2") + _td("Triển khai giải pháp sao lưu dữ liệu") + _td("Năm 2024") + "</tr>"
            + "<tr>" + _td("2") + _td("Cập nhật dữ liệu dân cư") + _td("Công an tỉnh") + _td("Thường xuyên") + "</tr>")
    rec = _vbpl_plan(rows, "Phát triển chính quyền số năm 2024")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.1.1", ("Sở Thông tin và Truyền thông",), "Quý IV/2023"),
        ("PL.1.2", ("Sở Thông tin và Truyền thông",), "Năm 2024"), ("PL.2", ("Công an tỉnh",), "Thường xuyên")]


def test_the_standing_committees_enacting_words_in_the_plan_it_issues_name_no_unit():
    """"- Căn cứ tình hình thực tế của địa phương, ⏎ Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện Nghị quyết như
    sau:" in a plan the Tỉnh ủy issues: the act's own enacting words, no work of the body's."""
    text = ("TỈNH ỦY QUẢNG NGÃI\nSố 125-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 20 tháng 02 năm 2023\n"
            "KẾ HOẠCH\nThực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị\n"
            "- Thực hiện Nghị quyết số 26-NQ/TW, ngày 03/11/2022 của Bộ Chính trị;\n\n"
            "- Căn cứ tình hình thực tế của địa phương,\n\n"
            "Ban Thường vụ Tỉnh ủy xây\ndựng Kế hoạch thực hiện Nghị quyết như sau:\n\n"
            "I. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh ủy chủ trì hướng dẫn việc học tập, quán triệt Nghị quyết.\n"
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nĐặng Ngọc Dũng\n")
    assert [(u.section, u.name) for u in parse_bytes(text.encode(), "kh.md").units] == [
        ("I.1", "Ban Tuyên giáo Tỉnh ủy")]


def test_a_guidances_appendix_that_assigns_the_work_and_its_column_of_who_carries_it_out():
    """A Party board's guidance (no plan) whose appendix "PHÂN CÔNG THỰC HIỆN VÀ THỜI HẠN HOÀN THÀNH" is a table "TT |
    Công việc | Cơ quan, tổ chức thực hiện | Cơ quan phối hợp | Thời hạn hoàn thành": its rows are tasks, the third
    column who leads them."""
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố 31-HD/BTCTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hà Nội, ngày 16 tháng 10 năm 2024\nHƯỚNG DẪN\nKiểm điểm, đánh giá, xếp loại chất lượng năm 2024\n"
            "I. YÊU CẦU\n1. Việc kiểm điểm phải bảo đảm nguyên tắc tập trung dân chủ.\n"
            "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nLê Minh Hưng\n\nPHỤ LỤC 1\nPHÂN CÔNG THỰC HIỆN VÀ THỜI HẠN HOÀN THÀNH\n"
            "(Kèm theo Hướng dẫn số 31-HD/BTCTW, ngày 16/10/2024 của Ban Tổ chức Trung ương)\n"
            "| TT | Công việc | Cơ quan, tổ chức thực hiện | Cơ quan phối hợp | Thời hạn hoàn thành |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Tổ chức kiểm điểm, đánh giá, xếp loại chất lượng đảng viên | Đảng ủy cơ sở | Ủy ban kiểm tra "
            "đảng ủy cơ sở | Trước ngày 10/12/2024 |\n"
            "| 2 | Tổng hợp kết quả đánh giá, xếp loại chất lượng | Ban Tổ chức Tỉnh ủy | Ủy ban Kiểm tra Tỉnh ủy | "
            "Trước ngày 20/01/2025 |\n")
    tasks = parse_bytes(text.encode(), "hd.md").tasks
    assert [(t.text.split()[0], t.lead, t.deadline) for t in tasks] == [
        ("Tổ", ("Đảng ủy cơ sở",), "Trước ngày 10/12/2024"),
        ("Tổng", ("Ban Tổ chức Tỉnh ủy",), "Trước ngày 20/01/2025")]


def test_a_markdown_bullet_before_an_items_own_letter_or_plus():
    """"1. **Tuyên truyền Luật** ⏎    - a) Tổ chức hội nghị … ⏎      - Cơ quan chủ trì: … ⏎    - b) Biên soạn …": a
    transcription's list bullet before the item's own letter; the letter is the item's mark (II.1.a, II.1.b)."""
    text = (_header("ỦY BAN NHÂN DÂN\nTHỊ XÃ HƯƠNG THỦY", "57/KH-UBND", "Hương Thủy, ngày 2 tháng 4 năm 2013")
            + "# KẾ HOẠCH\nTriển khai thi hành Luật Xử lý vi phạm hành chính\n\n## II. NHIỆM VỤ\n\n"
            "1. **Tuyên truyền, phổ biến Luật**\n"
            "   - a) Tổ chức hội nghị quán triệt Luật cho cán bộ chủ chốt của thị xã.\n"
            "     - Cơ quan chủ trì: Phòng Tư pháp.\n     - Thời gian: Tháng 10/2013.\n"
            "   - b) Biên soạn, phát hành tài liệu hỏi - đáp về Luật.\n"
            "     - Cơ quan chủ trì: Phòng Tư pháp.\n     - Thời gian: Quý IV/2013.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Đoàn Ngọc Hùng"))
    tasks = parse_bytes(text.encode(), "kh.gfm.md").tasks
    assert [(t.id, t.text.split()[0], t.deadline) for t in tasks] == [
        ("II.1.a", "Tổ", "Tháng 10/2013"), ("II.1.b", "Biên", "Quý IV/2013")]


def test_a_gazette_headers_unit_note_a_quarter_wrapped_and_a_budget_after_the_deadline():
    """"… Thời gian ⏎ thực hiện ⏎ Kinh phí ⏎ (triệu đồng)": the unit in brackets is the budget column's, no column of
    its own; "… UBND các quận, ⏎ huyện ⏎ Quý ⏎ III/2022 ⏎ 100": the quarter's word and number are one deadline cell
    (no "huyện Quý"), the figure the budget's."""
    header = ("STT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nThời gian\nthực hiện\nKinh phí\n"
              "(triệu đồng)\n")
    rows = ("1.\nMời đoàn phóng viên báo chí nước ngoài thường\ntrú tại Việt Nam đến viết bài về thành phố\n"
            "Sở Ngoại vụ\nSở\nThông\ntin\nvà\nTruyền thông,\nUBND các quận,\nhuyện\nQuý\nIII/2022\n100\n"
            "2.\nPhối hợp với các cơ quan báo chí Trung ương\nSở Thông tin và\nTruyền thông\nCác cơ quan báo chí\n"
            "Quý II - Quý\nIII/2022\n200\n")
    tasks = _gazette_under(header, rows).tasks
    assert [(t.lead, t.support, t.deadline) for t in tasks] == [
        (("Sở Ngoại vụ",), ("Sở Thông tin và Truyền thông", "UBND các quận, huyện"), "Quý III/2022"),
        (("Sở Thông tin và Truyền thông",), ("Các cơ quan báo chí",), "Quý II - Quý III/2022")]


def test_a_letters_table_of_who_reports_what_and_by_when_lists_tasks_but_a_procedures_steps_do_not():
    """A letter's appendix "| STT | Nội dung báo cáo | Đơn vị thực hiện | Thời hạn gửi |": each row is work a body
    is given, due by a date; the steps of a procedure ("| Thứ tự công việc | Nội dung công việc | Trách nhiệm thực
    hiện | Thời gian thực hiện |", "Bước 1 … 0,5 ngày làm việc") are how long each step takes, no task."""
    table = ("| STT | Nội dung báo cáo | Đơn vị thực hiện | Thời hạn gửi |\n|---|---|---|---|\n"
             "| 1 | Kế hoạch rà soát hộ nghèo năm 2024 | Sở Nông nghiệp và Môi trường | Trước ngày 30/9/2024 |\n"
             "| 2 | Báo cáo sơ bộ kết quả rà soát | Ủy ban nhân dân cấp tỉnh | Chậm nhất ngày 20/12/2024 |\n")
    tasks = parse_bytes(_letter("1. Các tỉnh gửi báo cáo theo Phụ lục kèm theo.\n\n" + table).encode(), "cv.md").tasks
    assert [(t.text.split()[0], t.lead, t.deadline) for t in tasks] == [
        ("Kế", ("Sở Nông nghiệp và Môi trường",), "Trước ngày 30/9/2024"),
        ("Báo", ("Ủy ban nhân dân cấp tỉnh",), "Chậm nhất ngày 20/12/2024")]
    steps = ("| Thứ tự công việc | Nội dung công việc | Trách nhiệm thực hiện | Thời gian thực hiện |\n"
             "|---|---|---|---|\n| Bước 1 | Tiếp nhận hồ sơ | Bộ phận tiếp nhận và trả kết quả | 0,5 ngày làm việc |\n"
             "| Bước 2 | Thẩm định hồ sơ | Sở Y tế | 05 ngày làm việc |\n")
    assert parse_bytes(_letter("1. Các tỉnh thực hiện theo quy trình sau.\n\n" + steps).encode(), "cv.md").tasks == []


def test_a_tab_table_whose_header_kept_only_its_columns_numbers():
    """"(1)⇥(2)⇥(3)⇥(4)⇥(5)⇥(6)" under "DANH MỤC NHIỆM VỤ", the columns' names lost in the copy: what each column
    holds says its role — the rows' numbers, the work (the longest text), who leads (the first column of bodies), who
    joins (the second), when it is due; the last column (what the work makes) is none of these."""
    rows = ["(1)\t(2)\t(3)\t(4)\t(5)\t(6)", "I\tCÔNG TÁC TUYÊN TRUYỀN\t\t\t\t",
            "1\tTổ chức hội nghị quán triệt, phổ biến Nghị quyết và Kế hoạch của Bộ đến cán bộ\tVăn phòng Bộ\t"
            "Vụ Kế hoạch - Tài chính\tQuý III/2024\tHội nghị được tổ chức",
            "2\tXây dựng chuyên mục trên Cổng Thông tin điện tử của Bộ\tTrung tâm Thông tin\tBáo Lao động và Xã hội\t"
            "Năm 2024 - 2025\tChuyên mục được duy trì",
            "3\tTuyên truyền kết quả thực hiện chính sách xã hội trên báo chí\tBáo Lao động và Xã hội\t"
            "Trung tâm Thông tin\tThường xuyên\tTin, bài"]
    doc = (_header("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "1046/KH-LĐTBXH", "Hà Nội, ngày 14 tháng 8 năm 2024")
           + _appendix_plan("Thực hiện Nghị quyết về chính sách xã hội") + "\n" + "\n".join(rows) + "\n")
    tasks = parse_bytes(doc.encode(), "kh.txt").tasks
    assert [(t.id, t.text.split()[0], t.lead, t.support, t.deadline) for t in tasks] == [
        ("PL.I.1", "Tổ", ("Văn phòng Bộ",), ("Vụ Kế hoạch - Tài chính",), "Quý III/2024"),
        ("PL.I.2", "Xây", ("Trung tâm Thông tin",), ("Báo Lao động và Xã hội",), "Năm 2024 - 2025"),
        ("PL.I.3", "Tuyên", ("Báo Lao động và Xã hội",), ("Trung tâm Thông tin",), "Thường xuyên")]


def test_a_bracket_naming_again_the_bodies_before_it_is_no_lead():
    """"9. Đề nghị Ủy ban MTTQ thị xã, các tổ chức chính trị - xã hội thị xã (Hội Nông dân thị xã, Thị đoàn)": the
    bracket names the members of the collective it follows, so the heading's bodies lead; "… tại Phòng Tài chính - Kế
    hoạch, Phòng Kinh tế (Phòng Nông nghiệp và Phát triển nông thôn)" says which office is meant, under a heading that
    names who leads."""
    tasks = _plan_of(
        "1. Ủy ban nhân dân các xã, phường:\n"
        "a) Xây dựng kế hoạch triển khai Luật của địa phương; hoàn thành trước ngày 30/9/2013.\n"
        "b) Bố trí cán bộ theo dõi tại Phòng Tài chính - Kế hoạch, Phòng Kinh tế (Phòng Nông nghiệp và Phát triển "
        "nông thôn).\n"
        "2. Đề nghị Ủy ban MTTQ thị xã, các tổ chức chính trị - xã hội thị xã (Hội Nông dân thị xã, Thị đoàn)\n"
        "Tăng cường giám sát việc thi hành Luật ở cơ sở.\n").tasks
    assert [(t.id, t.lead) for t in tasks] == [
        ("II.1.a", ("Ủy ban nhân dân các xã, phường",)), ("II.1.b", ("Ủy ban nhân dân các xã, phường",)),
        ("II.2", ("Ủy ban MTTQ thị xã", "các tổ chức chính trị - xã hội thị xã"))]


def test_a_bracket_of_who_leads_then_how_often():
    """"… định kỳ báo cáo (Phòng Tư pháp chủ trì, phối hợp với Công an thị xã; hằng tháng)": the bracket's last clause,
    how often the work recurs, is its deadline, as "hằng năm" is; so is "hằng quý"."""
    tasks = _plan_of(
        "1. Theo dõi, đôn đốc việc thi hành Luật; định kỳ báo cáo Ủy ban nhân dân thị xã (Phòng Tư pháp chủ trì, "
        "phối hợp với Công an thị xã; hằng tháng).\n"
        "2. Tổ chức giao ban công tác xử lý vi phạm hành chính (Văn phòng HĐND và UBND thị xã chủ trì; hằng quý).\n"
    ).tasks
    assert [(t.id, t.lead, t.deadline) for t in tasks] == [
        ("II.1", ("Phòng Tư pháp",), "hằng tháng"), ("II.2", ("Văn phòng HĐND và UBND thị xã",), "hằng quý")]


def test_a_gazette_rows_lead_merged_over_it_and_printed_beside_a_neighbour():
    """The gazette prints a cell merged over several rows once, at their middle: "1. ⏎ Rà soát … ⏎ Quý IV/2026 ⏎ 2. ⏎
    Lập phương án … ⏎ Ủy ban nhân dân các huyện ⏎ Sở Xây dựng ⏎ Năm 2027": the first row, naming no one, shares the
    second's lead and partners; a row after it that names no one shares those of the row above."""
    rows = ("1.\nRà soát, lựa chọn các hồ chứa cần sửa chữa\nQuý IV/2026\n"
            "2.\nLập phương án sửa chữa, nâng cấp các hồ chứa\nỦy ban nhân dân các huyện\nSở Xây dựng\nNăm 2027\n"
            "3.\nSửa chữa các hồ chứa xung yếu\nNăm 2028\n"
            "4.\nTập huấn vận hành hồ chứa cho các xã\nSở Nông nghiệp và Môi trường\nỦy ban nhân dân các xã\n"
            "Hằng năm\n")
    tasks = _gazette_under(_LEAD_THEN_PARTNERS, rows).tasks
    assert [(t.id, t.lead, t.support) for t in tasks] == [
        ("PL.1", ("Ủy ban nhân dân các huyện",), ("Sở Xây dựng",)),
        ("PL.2", ("Ủy ban nhân dân các huyện",), ("Sở Xây dựng",)),
        ("PL.3", ("Ủy ban nhân dân các huyện",), ("Sở Xây dựng",)),
        ("PL.4", ("Sở Nông nghiệp và Môi trường",), ("Ủy ban nhân dân các xã",))]


def test_a_gazette_rows_number_alone_at_the_foot_of_a_page():
    """"2. ⏎ [page: CÔNG BÁO …, the header again] ⏎ Phát triển sản phẩm OCOP … ⏎ Sở Công Thương ⏎ …": the row's number
    ended the page, its cells all stand on the next one — a row of their own, not the row above going on."""
    rows = ("1.\nRà soát hiện trạng các hồ chứa nước\nBáo cáo\nCục Thủy lợi\nCác địa phương\nQuý III/2026\n2.\n"
            "CÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n" + _GAZETTE_HEADER
            + "Sửa chữa, nâng cấp các hồ chứa xung yếu\nCông trình\nCục Quản lý đê điều\nBộ Tài chính\nNăm 2027\n")
    tasks = parse_bytes(_gazette_plan(rows).encode(), "qd.congbao.txt").tasks
    assert [(t.id, t.text.split()[0], t.lead, t.deadline) for t in tasks] == [
        ("PL.1", "Rà", ("Cục Thủy lợi",), "Quý III/2026"), ("PL.2", "Sửa", ("Cục Quản lý đê điều",), "Năm 2027")]


def test_a_gazette_cell_wrapped_inside_a_places_name():
    """"Tổ chức đoàn khảo sát … tại các tỉnh Lào ⏎ Cai, Hà Giang ⏎ Năm 2026": the line that completes a place's name
    ("Lào Cai") goes on with the task's cell, no cell of who leads; "… Việt Nam ⏎ Bộ Tài chính" still ends there."""
    rows = ("1.\nTổ chức đoàn khảo sát mô hình quản lý hồ chứa tại các tỉnh Lào\nCai, Hà Giang\nNăm 2026\n"
            "2.\nTập huấn vận hành hồ chứa cho các địa phương\nCục Thủy lợi\nTập đoàn Điện lực Việt Nam\n"
            "Bộ Tài chính\nQuý III/2026\n")
    tasks = _gazette_under(_LEAD_THEN_PARTNERS, rows).tasks
    assert [(t.text, t.support) for t in tasks] == [
        ("Tổ chức đoàn khảo sát mô hình quản lý hồ chứa tại các tỉnh Lào Cai, Hà Giang",
         ("Tập đoàn Điện lực Việt Nam", "Bộ Tài chính")),
        ("Tập huấn vận hành hồ chứa cho các địa phương", ("Tập đoàn Điện lực Việt Nam", "Bộ Tài chính"))]


def test_a_laws_name_ends_before_what_it_is_brought_into_and_the_law_sent_nowhere_is_no_name():
    """"đưa nội dung Luật Đất đai vào chương trình phổ biến …": the name ends before "vào"; "… kết quả triển khai thi
    hành ⏎ Luật gửi Sở Tài nguyên và Môi trường": the law the text speaks of, then where the report goes — no name."""
    got = [(m.name, m.year) for m in find_mentions(
        "đưa nội dung Luật Đất đai vào chương trình phổ biến, giáo dục pháp luật năm 2024 của tỉnh; các sở báo cáo "
        "kết quả triển khai thi hành\nLuật gửi Sở Tài nguyên và Môi trường để tổng hợp.")]
    assert got == [("Đất đai", None)]


def test_a_party_conclusions_part_of_tasks_lists_tasks():
    """A conclusion ("KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY") whose "2. Nhiệm vụ, giải pháp trong thời gian tới" holds its
    numbered work: each is a task, as a plan's are; its part of results and its organisation hold none."""
    text = (_header("TỈNH ỦY QUẢNG TRỊ\n*", "86-KL/TU", "Quảng Trị, ngày 10 tháng 3 năm 2026")
            + "KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển khoa học, công nghệ\n"
            "1. Kết quả thực hiện\nCông tác lãnh đạo được quan tâm; còn một số hạn chế.\n"
            "2. Nhiệm vụ, giải pháp trong thời gian tới\n"
            "2.1. Tiếp tục quán triệt, tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW; hoàn thành trong Quý II/2026.\n"
            "2.2. Ban cán sự đảng UBND tỉnh chỉ đạo rà soát, sửa đổi cơ chế hỗ trợ doanh nghiệp đổi mới sáng tạo.\n"
            "3. Tổ chức thực hiện\nBan Tuyên giáo và Dân vận Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận.\n"
            + signed("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", name="Nguyễn Chí Dũng"))
    tasks = parse_bytes(text.encode(), "kl.txt").tasks
    assert [(t.id, t.text.split()[0], t.lead) for t in tasks] == [
        ("2.1", "Tiếp", ()), ("2.2", "Ban", ("Ban cán sự đảng UBND tỉnh",))]


def test_a_gazette_cells_figure_after_the_word_that_wants_it():
    """"Kiểm tra việc thực hiện Chỉ thị số ⏎ 21-CT/TW và Kế hoạch này …" before the time's column: a line opening with
    the figure the line above asks for ("số", "mục") goes on with that cell, no time of its own; so does "Sau khi
    Nghị định tại mục ⏎ 1 được ban hành"."""
    header = "TT\nNội dung nhiệm vụ\nThời gian\nthực hiện\nCơ quan\nchủ trì\nCơ quan\nphối hợp\n"
    rows = ("1.\nKiểm tra, giám sát việc thực hiện Chỉ thị số\n21-CT/TW và Kế hoạch này tại các địa phương.\n"
            "Quý IV hằng\nnăm\nCục Thủy lợi\nCác địa phương\n"
            "2.\nThông tư hướng dẫn vận hành hồ chứa\nSau khi Nghị định tại mục\n1 được ban hành\n"
            "Cục Quản lý đê điều\nVụ Pháp chế\n")
    tasks = _gazette_under(header, rows).tasks
    assert [(t.text, t.deadline, t.lead) for t in tasks] == [
        ("Kiểm tra, giám sát việc thực hiện Chỉ thị số 21-CT/TW và Kế hoạch này tại các địa phương.", "Quý IV hằng năm",
         ("Cục Thủy lợi",)),
        ("Thông tư hướng dẫn vận hành hồ chứa", "Sau khi Nghị định tại mục 1 được ban hành", ("Cục Quản lý đê điều",))]


def test_a_calendar_of_anniversaries_is_no_task_table_but_events_someone_leads_are():
    """"| STT | Thời gian | Nội dung sự kiện | Ghi chú |": the days a plan marks, no work; "| STT | Sự kiện | Cơ quan
    chủ trì | Thời gian |": events someone is to hold, each a task."""
    days = ("| STT | Thời gian | Nội dung sự kiện | Ghi chú |\n|---|---|---|---|\n"
            "| 1 | 30/4/2024 | Kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước | |\n"
            "| 2 | 07/5/2024 | Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ | Năm tròn |\n")
    held = ("| STT | Sự kiện | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tổ chức Diễn đàn hợp tác kinh tế | Phòng Kinh tế | Tháng 9/2024 |\n")
    head = _header("ỦY BAN NHÂN DÂN\nQUẬN 10", "1587/KH-UBND", "Quận 10, ngày 17 tháng 4 năm 2024")
    assert parse_bytes((head + _appendix_plan("Thông tin đối ngoại năm 2024", sub="CÁC NGÀY KỶ NIỆM") + days).encode(),
                       "kh.md").tasks == []
    tasks = parse_bytes((head + _appendix_plan("Thông tin đối ngoại năm 2024", sub="CÁC SỰ KIỆN") + held).encode(),
                        "kh.md").tasks
    assert [(t.text, t.lead, t.deadline) for t in tasks] == [
        ("Tổ chức Diễn đàn hợp tác kinh tế", ("Phòng Kinh tế",), "Tháng 9/2024")]


def test_a_gazette_partners_cut_inside_a_name_and_a_deadlines_first_word_alone():
    """"Sở Kế hoạch và ⏎ Đầu tư, Liên minh ⏎ Hợp tác xã thành ⏎ phố ⏎ Trước ⏎ 31/12/2022": the time's first word on a
    line of its own opens the deadline, no partner's; "…, Liên minh Hợp tác ⏎ [page] ⏎ xã thành phố ⏎ Hằng năm": the
    page cut the name, its rest goes on with the partners."""
    header = _LEAD_THEN_PARTNERS
    rows = ("1.\nXây dựng Chương trình hành động của Ủy ban\nnhân dân thành phố\nSở Tài chính\nSở Kế hoạch và\n"
            "Đầu tư, Liên minh\nHợp tác xã thành\nphố\nTrước\n31/12/2022\n"
            "2.\nHỗ trợ hợp tác xã chuyển đổi số\nSở Công Thương\nSở Thông tin và\nTruyền thông,\nLiên minh Hợp tác\n"
            "CÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n" + header + "xã thành phố\nHằng năm\n")
    tasks = _gazette_under(header, rows).tasks
    assert [(t.support, t.deadline) for t in tasks] == [
        (("Sở Kế hoạch và Đầu tư", "Liên minh Hợp tác xã thành phố"), "Trước 31/12/2022"),
        (("Sở Thông tin và Truyền thông", "Liên minh Hợp tác xã thành phố"), "Hằng năm")]


def test_a_law_named_last_in_a_cell_before_the_next_groups_label():
    """"Theo tiến độ ⏎ xây dựng Luật ⏎ III ⏎ Nâng cao hiệu quả quản lý nhà nước …": the group's label alone on its line
    opens the table's next row; the law the cell spoke of has no name there."""
    assert find_mentions("Theo tiến độ\nxây dựng Luật\nIII\nNâng cao hiệu quả quản lý nhà nước, phát triển\n"
                         "các mô hình hợp tác xã\n1.\n") == []


def test_a_tab_tables_last_cell_wrapped_onto_a_line_of_its_own():
    """"4⇥Rà soát Danh mục …⇥Cục Công nghiệp⇥…⇥Quyết định của ⏎ Thủ tướng Chính phủ) ⏎ II⇥PHÁT TRIỂN …": a line with no
    tab between two rows is the wrap of the row above; the table goes on under it."""
    rows = ["STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm",
            "I\tHOÀN THIỆN THỂ CHẾ",
            "1\tRà soát Danh mục sản phẩm ưu tiên\tCục Công nghiệp\tVụ Pháp chế\tQuý IV/2024\tQuyết định (trình",
            "Thủ tướng Chính phủ)",
            "II\tPHÁT TRIỂN THỊ TRƯỜNG",
            "1\tXây dựng cơ sở dữ liệu doanh nghiệp\tCục Công nghiệp\tTrung tâm Thông tin\tQuý II/2025\tCơ sở dữ liệu"]
    doc = (_header("BỘ CÔNG THƯƠNG", "1683/QĐ-BCT", "Hà Nội, ngày 28 tháng 6 năm 2024")
           + _appendix_plan("Chương trình hành động về công nghiệp hỗ trợ") + "\n".join(rows) + "\n")
    tasks = parse_bytes(doc.encode(), "qd.txt").tasks
    assert [(t.id, t.lead, t.product) for t in tasks] == [
        ("PL.I.1", ("Cục Công nghiệp",), "Quyết định (trình Thủ tướng Chính phủ)"),
        ("PL.II.1", ("Cục Công nghiệp",), "Cơ sở dữ liệu")]


def test_a_gazette_tasks_bullets_of_what_it_makes_are_no_lead():
    """"Bảo đảm nguồn cung lương thực … ⏎ - Báo cáo cân đối cung cầu …; ⏎ - Văn bản chỉ đạo các địa phương. ⏎ Bộ Nông
    nghiệp và ⏎ Môi trường ⏎ Bộ Công Thương ⏎ …": a line that names a thing made ("Văn bản …") stays in the task's cell,
    whatever bodies it speaks of; the lead is the body below it."""
    rows = ("1.\nBảo đảm nguồn cung lương thực, thực phẩm dịp Tết\n- Báo cáo cân đối cung cầu các mặt hàng;\n"
            "- Văn bản chỉ đạo các địa phương.\nBộ Nông nghiệp và\nMôi trường\nBộ Công Thương\nThường xuyên\n")
    tasks = _gazette_under(_LEAD_THEN_PARTNERS, rows).tasks
    assert [(t.lead, t.support) for t in tasks] == [(("Bộ Nông nghiệp và Môi trường",), ("Bộ Công Thương",))]


def test_a_laws_name_ends_before_the_other_things_a_sentence_lists_and_a_start_is_no_deadline():
    """"… Luật Phòng, chống bạo lực gia đình, tờ gấp, tranh cổ động" and "… Luật Bình đẳng giới, cuộc vận động …": what
    the sentence lists after the law is no part of its name; "Thời gian: Bắt đầu từ năm học 2009 - 2010" says when the
    work begins, no deadline."""
    assert [m.name for m in find_mentions("phát hành tài liệu hỏi - đáp Luật Phòng, chống bạo lực gia đình, tờ gấp, "
                                          "tranh cổ động; gắn với Luật Bình đẳng giới, cuộc vận động toàn dân")] == [
        "Phòng, chống bạo lực gia đình", "Bình đẳng giới"]
    tasks = _plan_of("1. Đưa nội dung giáo dục phòng, chống bạo lực gia đình vào nhà trường.\n"
                     "- Cơ quan chủ trì: Phòng Giáo dục và Đào tạo.\n"
                     "- Thời gian: Bắt đầu từ năm học 2009 - 2010.\n").tasks
    assert [(t.id, t.deadline) for t in tasks] == [("II.1", None)]


def test_a_tab_table_of_targets_per_commune_over_its_columns_numbers_is_no_task_table():
    """"STT⇥Xã⇥Hộ nghèo đầu năm 2024⇥…⇥Đơn vị chịu trách nhiệm" over "(1)⇥(2)⇥…": the header stands above the columns'
    numbers and names no task, so the rows (a commune, its figures, who answers for them) are no tasks."""
    rows = ["STT\tXã\tHộ nghèo đầu năm 2024\tChỉ tiêu năm 2024\tTỷ lệ BHYT (%)\tĐơn vị chịu trách nhiệm\tGhi chú",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)",
            "1\tThạch Kiệt\t215\t42\t100\tUBND xã Thạch Kiệt\t",
            "2\tThu Cúc\t402\t71\t100\tUBND xã Thu Cúc\tXã ĐBKK"]
    doc = (_header("ỦY BAN NHÂN DÂN\nHUYỆN TÂN SƠN", "68/KH-UBND", "Tân Sơn, ngày 5 tháng 3 năm 2024")
           + _appendix_plan("Giảm nghèo năm 2024", sub="CHỈ TIÊU, NHIỆM VỤ GIẢM NGHÈO GIAO CÁC XÃ")
           + "\n".join(rows) + "\n")
    assert [t.id for t in parse_bytes(doc.encode(), "kh.txt").tasks if t.source == "row"] == []


def test_a_heading_in_capitals_wrapped_inside_a_word_is_one_heading():
    """"**B- NHỮNG NHIỆM ⏎ VỤ CHỦ YẾU:**": the wrap cut "NHIỆM VỤ" in two; the line below is the heading's rest — no
    body named "Vụ Chủ yếu" — and the part is a task section."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN", "28/KH-UBND", "Tuy Hòa, ngày 6 tháng 4 năm 2007")
            + "KẾ HOẠCH\nThực hiện Chương trình hành động của Chính phủ\n**A- MỤC ĐÍCH, YÊU CẦU:**\n"
            "1- Quán triệt sâu sắc Nghị quyết.\n**B- NHỮNG NHIỆM\nVỤ CHỦ YẾU:**\n**I- CÔNG TÁC\nTUYÊN TRUYỀN**\n"
            "1- Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt của tỉnh.\n"
            "2- Xây dựng chuyên trang thông tin về hội nhập trên Báo Phú Yên.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Thuận"))
    rec = parse_bytes(text.encode(), "kh.md")
    assert [(s.id, s.role) for s in rec.sections if s.level == 1] == [("A", "purpose"), ("B", "tasks")]
    assert [t.id for t in rec.tasks] == ["I.1", "I.2"]


def test_before_a_season_with_no_year_as_the_clause_ends():
    """"… xử lý các trọng điểm xung yếu trước mùa mưa bão.": before a season, the clause's last words, is the work's
    deadline, as "trước mùa mưa bão năm 2024" is; "trong mùa mưa lũ" says when the work is done, no deadline."""
    tasks = _plan_of("1. Kiểm tra hiện trạng đê điều; xử lý các trọng điểm xung yếu trước mùa mưa bão.\n"
                     "2. Vận hành các hồ chứa bảo đảm an toàn hạ du trong mùa mưa lũ.\n").tasks
    assert [(t.id, t.deadline) for t in tasks] == [("II.1", "trước mùa mưa bão"), ("II.2", None)]


def test_at_the_latest_within_a_month_keeps_its_words():
    """"… chậm nhất trong tháng 12/2023." and "chậm nhất là ngày 15/12/2023": "at the latest" is the deadline's, as
    written, not dropped before the period it bounds."""
    tasks = _plan_of("1. Tổ chức đối thoại với doanh nghiệp, chậm nhất trong tháng 12/2023.\n"
                     "2. Tổng hợp, báo cáo kết quả chậm nhất là ngày 15/12/2023.\n").tasks
    assert [(t.id, t.deadline) for t in tasks] == [
        ("II.1", "chậm nhất trong tháng 12/2023"), ("II.2", "chậm nhất là ngày 15/12/2023")]


def test_a_clerks_so_without_its_accent_before_a_number():
    """"… Luật Lâm nghiệp năm 2017 và Nghị định sô ⏎ 156/2018/NĐ-CP": "sô", the clerk's "số" without its accent, still
    stands before the decree's number."""
    got = [(m.type, m.number) for m in find_mentions(
        "quy định của Luật Lâm nghiệp năm 2017 và Nghị định sô\n156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ")]
    assert ("Nghị định", "156/2018/NĐ-CP") in got


def test_items_numbered_in_brackets_over_their_letters():
    """"III. NHIỆM VỤ ⏎ (1) Công tác tuyên truyền ⏎ a. … ⏎ b. … ⏎ (2) Công tác phòng cháy ⏎ a. …": the items numbered in
    brackets stand over the letters below them (III.1.a, III.2.a), as "1." would."""
    assert _tasks_of("(1) Công tác tuyên truyền\n\na. Tổ chức tuyên truyền trên hệ thống truyền thanh.\n\n"
                     "b. Tổ chức ký cam kết bảo vệ rừng với các hộ gia đình.\n\n(2) Công tác phòng cháy\n\n"
                     "a. Xử lý vật liệu cháy dưới tán rừng thông.\n") == [
        ("II.1.a", "Tổ"), ("II.1.b", "Tổ"), ("II.2.a", "Xử")]


def test_a_decisions_own_article_of_tasks_named_tasks_alone():
    """"Điều 2. Nhiệm vụ cụ thể: ⏎ 1. Tổ chức quán triệt … (Đơn vị chủ trì: Vụ Pháp chế; thời hạn: Quý II/2025)": the
    decision's article whose heading is its work alone holds its tasks, as "Điều 2. Nhiệm vụ, giải pháp" does."""
    text = (_header("BỘ Y TẾ", "1186/QĐ-BYT", "Hà Nội, ngày 15 tháng 4 năm 2025")
            + "QUYẾT ĐỊNH\nVề việc triển khai thi hành Luật Dược\nBỘ TRƯỞNG BỘ Y TẾ\nQUYẾT ĐỊNH:\n"
            "Điều 1. Mục đích, yêu cầu\nBảo đảm Luật được thi hành kịp thời.\nĐiều 2. Nhiệm vụ cụ thể:\n"
            "1. Tổ chức quán triệt, phổ biến nội dung Luật (Đơn vị chủ trì: Vụ Pháp chế; thời hạn: Quý II/2025).\n"
            "2. Rà soát văn bản liên quan (Đơn vị chủ trì: Cục Quản lý Dược; thời hạn: Quý III/2025).\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Đỗ Xuân Tuyên"))
    tasks = parse_bytes(text.encode(), "qd.txt").tasks
    assert [(t.id, t.lead, t.deadline) for t in tasks] == [
        ("Điều 2.1", ("Vụ Pháp chế",), "Quý II/2025"), ("Điều 2.2", ("Cục Quản lý Dược",), "Quý III/2025")]


def test_a_short_name_given_to_a_document_cites_it_after():
    """"Nghị quyết số 57-NQ/TW … (sau đây gọi tắt là Nghị quyết 57)": each later "Nghị quyết 57" is that resolution,
    in the same part of the text or a later one (a decision's preamble gives the name, the plan it issues cites it);
    "Nghị quyết" alone, or the number written whole, is no second mention."""
    text = ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
            "nghệ (sau đây gọi tắt là Nghị quyết 57);\nKẾ HOẠCH\nCác sở quán triệt Nghị quyết 57; bám sát Nghị quyết "
            "57-NQ/TW và các nghị quyết khác.\n")
    plan = text.index("KẾ HOẠCH")
    assert [(m.number, text[m.start : m.end]) for m in find_mentions(text, plan, names_given=True)] == [
        ("57-NQ/TW", "Nghị quyết 57"), ("57-NQ/TW", "Nghị quyết 57-NQ/TW")]


def test_groups_lettered_in_the_vietnamese_alphabets_order_and_the_english():
    """"D. … ⏎ Đ. … ⏎ E. … ⏎ G. …": the capitals that number groups go on in the Vietnamese alphabet's order ("E" after
    "Đ", "G" after "E"), as they do in the English one ("D. … E. … F.")."""
    def groups(*letters: str) -> list[str]:
        return [t for t, _ in _tasks_of("".join(
            f"{c}. NHÓM {k}\n{k}. Rà soát văn bản quy phạm pháp luật thuộc nhóm {k}.\n"
            for k, c in enumerate(letters, start=1)))]
    assert groups("A", "B", "C", "D", "Đ", "E", "G") == [
        "II.A.1", "II.B.2", "II.C.3", "II.D.4", "II.Đ.5", "II.E.6", "II.G.7"]
    assert groups("A", "B", "C", "D", "E", "F") == ["II.A.1", "II.B.2", "II.C.3", "II.D.4", "II.E.5", "II.F.6"]


def test_party_boards_named_with_their_committee_once_after_the_last():
    """"Ban Tổ chức, Ban Dân vận Huyện ủy tham mưu …": each board the committee's, the committee named once after the
    last; a body of no Party board's kind before them keeps its own name ("Ban Quản lý dự án")."""
    rec = parse_bytes(_plan("1. Ban Tổ chức, Ban Dân vận Huyện ủy tham mưu kiện toàn đội ngũ cán bộ.\n"
                            "2. Ban Quản lý dự án, Ban Tuyên giáo Huyện ủy phối hợp tuyên truyền.\n").encode(), "kh.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Ban Tổ chức Huyện ủy"), ("II.1", "Ban Dân vận Huyện ủy"),
        ("II.2", "Ban Quản lý dự án"), ("II.2", "Ban Tuyên giáo Huyện ủy")]


def test_a_state_companys_legal_form_written_out_is_a_unit_a_private_ones_is_not():
    """"Công ty trách nhiệm hữu hạn một thành viên Quản lý khai thác công trình thủy lợi …": the state's own company,
    its form written out as "Công ty TNHH MTV" abbreviates it, is a unit; a limited company of private owners is
    none."""
    rec = parse_bytes(_plan("1. Công ty trách nhiệm hữu hạn một thành viên Quản lý khai thác công trình thủy lợi "
                            "tỉnh chủ trì vận hành các hồ chứa.\n"
                            "2. Công ty trách nhiệm hữu hạn Minh Phát cung cấp vật tư theo hợp đồng.\n").encode(),
                      "kh.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Công ty trách nhiệm hữu hạn một thành viên Quản lý khai thác công trình thủy lợi tỉnh")]


def test_the_issuers_closing_words_name_no_unit_whatever_its_fields_short_form():
    """"Sở Nông nghiệp và PTNT đề nghị các cơ quan, đơn vị … phối hợp thực hiện./." in the letter of the Sở Nông nghiệp
    và Phát triển nông thôn: the issuer speaking, its field's words short, names no unit."""
    text = (_header("UBND TỈNH ĐẮK LẮK\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "1873/SNN-TL",
                    "Đắk Lắk, ngày 15 tháng 3 năm 2016")
            + "V/v triển khai các biện pháp phòng, chống hạn\n\nKính gửi: Các sở, ngành; UBND các huyện.\n\n"
            "1. Sở Tài chính bố trí kinh phí chống hạn.\n\n"
            "2. Sở Nông nghiệp và PTNT đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện./.\n\n"
            + signed("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name="Nguyễn Văn Hải"))
    rec = parse_bytes(text.encode(), "cv1873.txt")
    assert rec.document.issuer == "Sở Nông nghiệp và Phát triển nông thôn"
    assert [(u.section, u.name) for u in rec.units] == [("1", "Sở Tài chính")]


def test_a_list_of_places_party_committees_ends_at_a_committee_of_its_own_and_ubkt_is_a_board():
    """"- Các huyện ủy: Gia Viễn, Hoa Lư và ⏎ Thành ủy Tam Điệp lãnh đạo …": each district's Party committee, then the
    city's, named by its own word (no "Huyện ủy Thành"); "- UBKT Tỉnh ủy tăng cường kiểm tra …": the inspection
    commission by its initials."""
    rec = parse_bytes(_plan("- UBKT Tỉnh ủy tăng cường kiểm tra, giám sát tổ chức đảng.\n"
                            "- Các huyện ủy: Gia Viễn, Hoa Lư và\nThành ủy Tam Điệp tập trung lãnh đạo công tác giải "
                            "phóng mặt bằng.\n").encode(), "kh.md")
    assert [u.name for u in rec.units] == [
        "UBKT Tỉnh ủy", "Huyện ủy Gia Viễn", "Huyện ủy Hoa Lư", "Thành ủy Tam Điệp"]


def test_a_regulations_body_named_in_small_letters_wrapped_over_its_titles_line():
    """"Điều 26. Trách nhiệm của cơ quan được ⏎ giao quản lý tài sản kết cấu hạ tầng chợ": the kind of body a regulation
    names in small letters, its words wrapped to the next line, is named whole."""
    text = (_header("CHÍNH PHỦ", "112/2024/NĐ-CP", "Hà Nội, ngày 11 tháng 9 năm 2024")
            + "NGHỊ ĐỊNH\nQuy định về quản lý tài sản kết cấu hạ tầng chợ\n\n"
            "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định việc quản lý tài sản kết cấu hạ tầng chợ.\n\n"
            "Điều 26. Trách nhiệm của cơ quan được\ngiao quản lý tài sản kết cấu hạ tầng chợ\n"
            "1. Quản lý, sử dụng, khai thác tài sản theo đúng quy định.\n\n"
            + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    rec = parse_bytes(text.encode(), "nd112.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("Điều 26", "cơ quan được giao quản lý tài sản kết cấu hạ tầng chợ")]


def test_an_inspection_team_is_a_body_the_work_of_inspecting_is_not():
    """"Tổ kiểm tra liên ngành trật tự đô thị phường chủ trì …": a ward's inspection team, named to its place, leads
    the work; "tổ kiểm tra việc thực hiện" in small letters is the work of inspecting."""
    assert [a.text for a in find("Tổ kiểm tra liên ngành trật tự đô thị phường chủ trì ra quân")] == [
        "Tổ kiểm tra liên ngành trật tự đô thị phường"]
    assert find("thành lập tổ kiểm tra việc thực hiện") == []


def test_a_collective_under_the_document_itself_its_heading_ending_at_its_colon():
    """"6. Các chi bộ trực thuộc: căn cứ Kế hoạch này …": the cells under the committee that issues the plan, "trực
    thuộc" with no owner named, whole."""
    rec = parse_bytes(_plan("1. Văn phòng Đảng ủy: theo dõi, đôn đốc việc thực hiện.\n"
                            "2. Các chi bộ trực thuộc: căn cứ Kế hoạch này, xây dựng chương trình hành động.\n"
                            ).encode(), "kh.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Văn phòng Đảng ủy"), ("II.2", "Các chi bộ trực thuộc")]


def test_a_task_item_on_resources_whose_paragraph_is_work_is_a_task():
    """"8. Huy động nguồn lực, đẩy mạnh xã hội hóa ⏎ Khuyến khích các tổ chức, cá nhân đầu tư …" among a plan's tasks:
    a solution about resources whose paragraph is work to do is a task; "9. Bảo đảm kinh phí ⏎ Kinh phí bố trí từ
    ngân sách …" says where the money comes from, no task."""
    got = _tasks_of("1. Tổ chức tuyên truyền Luật trên các phương tiện thông tin đại chúng.\n"
                    "2. Huy động nguồn lực, đẩy mạnh xã hội hóa\nKhuyến khích các tổ chức, cá nhân đầu tư, tài trợ cho "
                    "hoạt động phổ biến pháp luật.\n3. Bảo đảm kinh phí\nKinh phí bố trí từ ngân sách nhà nước.\n")
    assert got == [("II.1", "Tổ"), ("II.2", "Huy")]


def test_a_paragraph_after_an_articles_list_of_one_paragraph_items_is_the_articles():
    """"Điều 2. Ban Chỉ đạo có nhiệm vụ: ⏎ 1. … ⏎ 2. … ⏎ 3. … . ⏎ Giao Sở Lao động … là cơ quan thường trực …": the list
    the article's colon opened ended with its last item; the paragraph after it gives work at the article's level (an
    item of paragraphs of its own keeps its paragraphs)."""
    text = (_header("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "512/QĐ-UBND", "Yên Bái, ngày 5 tháng 4 năm 2010")
            + "QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\n"
            "Điều 1. Thành lập Ban Chỉ đạo thực hiện Đề án đào tạo nghề tỉnh Yên Bái.\n\n"
            "Điều 2. Ban Chỉ đạo có nhiệm vụ:\n\n"
            "1. Giúp Ủy ban nhân dân tỉnh chỉ đạo, điều phối việc thực hiện Đề án.\n\n"
            "2. Chỉ đạo xây dựng Kế hoạch đào tạo nghề giai đoạn 2010 - 2015.\n\n"
            "3. Định kỳ 6 tháng, hằng năm sơ kết, tổng kết việc thực hiện Đề án.\n\n"
            "Giao Sở Lao động - Thương binh và Xã hội là cơ quan thường trực của Ban Chỉ đạo.\n\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Phạm Duy Cường"))
    rec = parse_bytes(text.encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("Điều 2", "Ban Chỉ đạo"), ("Điều 2", "Sở Lao động - Thương binh và Xã hội")]
    # (the last item's second paragraph, where an earlier item has one too, is the item's)
    longer = text.replace("2015.\n\n", "2015.\n\nTrình Ủy ban nhân dân tỉnh phê duyệt.\n\n")
    assert [u.section for u in parse_bytes(longer.encode(), "qd.txt").units] == ["Điều 2", "Điều 2.3"]


def test_the_documents_follow_up_after_the_last_point_of_its_last_item():
    """"9. Chủ tịch UBND các huyện: a) … đ) Định kỳ hằng tuần báo cáo … . ⏎ Giao Sở Y tế theo dõi, đôn đốc … Chỉ thị
    này": the follow-up the directive gives after the last point of its last item is the document's own, no item's; in
    a plan's organisation section it stays the section's."""
    text = (_header("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "09/CT-UBND", "Đồng Tháp, ngày 5 tháng 6 năm 2019")
            + "CHỈ THỊ\nVề tăng cường phòng, chống dịch bệnh\n"
            "Để chủ động phòng, chống dịch bệnh, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
            "1. Giám đốc Sở Y tế chỉ đạo giám sát chặt chẽ dịch bệnh.\n"
            "2. Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố:\n"
            "a) Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh cấp huyện.\n"
            "b) Định kỳ hằng tuần báo cáo tình hình dịch bệnh về Sở Y tế.\n"
            "Giao Sở Y tế theo dõi, đôn đốc, kiểm tra việc triển khai thực hiện Chỉ thị này.\n"
            + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Đoàn Tấn Bửu"))
    rec = parse_bytes(text.encode(), "ct.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("1", "Sở Y tế"), ("2", "Ủy ban nhân dân các huyện, thị xã, thành phố"), (None, "Sở Y tế")]
    plan = parse_bytes(_plan("1. Phòng Nội vụ: theo dõi, tổng hợp kết quả thực hiện.\n"
                             "2. Chế độ báo cáo\nĐịnh kỳ 6 tháng, các cơ quan báo cáo kết quả thực hiện.\n"
                             "Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
                             ).encode(), "kh.md")
    assert [(u.section, u.name) for u in plan.units] == [
        ("II.1", "Phòng Nội vụ"), ("II", "Văn phòng HĐND và UBND huyện")]


def test_giao_under_a_heading_that_names_kinds_of_bodies_gives_work_to_one():
    """"4. Các sở, ban, ngành tỉnh ⏎ Căn cứ chức năng … ⏎ Giao Ban Quản lý Khu kinh tế tỉnh chủ trì …": under a heading
    of kinds of bodies, "Giao" is the plan giving one of them work (a unit of its own), no body passing its work on;
    under a body's own heading, "Chỉ đạo Chi cục …" is its work."""
    rec = parse_bytes(_plan("1. Các sở, ban, ngành tỉnh\nCăn cứ chức năng, nhiệm vụ, xây dựng kế hoạch thực hiện.\n"
                            "Giao Ban Quản lý Khu kinh tế tỉnh chủ trì xây dựng cơ chế thu hút nhà đầu tư.\n"
                            "2. Sở Nông nghiệp và Môi trường\nChỉ đạo Chi cục Kiểm lâm tăng cường tuần tra.\n"
                            ).encode(), "kh.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Các sở, ban, ngành tỉnh"), ("II.1", "Ban Quản lý Khu kinh tế tỉnh"),
        ("II.2", "Sở Nông nghiệp và Môi trường")]


def test_a_request_after_the_dash_items_of_a_heading_that_named_its_body():
    """"7. UBND các huyện, thị xã, thành phố: ⏎ - … ⏎ - … ⏎ Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh … phối hợp
    …": after the items of the body the heading named, the plan asks another body, at the section's level."""
    rec = parse_bytes(_plan("1. Sở Tư pháp: theo dõi, tổng hợp kết quả thực hiện.\n"
                            "2. UBND các huyện, thị xã, thành phố:\n- Xây dựng kế hoạch thực hiện tại địa phương.\n"
                            "- Bố trí kinh phí thực hiện.\n"
                            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động Nhân dân.\n"
                            ).encode(), "kh.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Sở Tư pháp"), ("II.2", "UBND các huyện, thị xã, thành phố"),
        ("II", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]


def test_a_term_still_or_no_longer_valid_is_no_deadline():
    """"- Đối với 09 sản phẩm hết thời hạn công nhận trong năm 2024: …", "- Đối với các sản phẩm còn thời hạn công nhận:
    kiểm tra …": "hết/còn thời hạn" says whether a recognition still holds, no label of when the work is due; the
    bullets carry nothing of their own, the item is one task with its own deadline."""
    got = _plan_of("1. Rà soát, đánh giá lại các sản phẩm OCOP đã được công nhận, hoàn thành trước ngày 31/8/2024:\n"
                   "- Đối với 09 sản phẩm hết thời hạn công nhận trong năm 2024: hướng dẫn chủ thể hoàn thiện hồ sơ.\n"
                   "- Đối với các sản phẩm còn thời hạn công nhận: kiểm tra việc duy trì chất lượng.\n").tasks
    assert [(t.id, t.deadline) for t in got] == [("II.1", "trước ngày 31/8/2024")]


def test_a_joint_circulars_execution_clause_names_no_units():
    """"2. Các Tổng cục trưởng, Tư lệnh, Cục trưởng … chịu trách nhiệm thi hành Thông tư liên tịch này.": the joint
    circular's execution clause, as a circular's, gives work to no one in particular."""
    text = (_header("BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH", "47/2015/TTLT-BCA-BQP-BTC",
                    "Hà Nội, ngày 6 tháng 10 năm 2015")
            + "THÔNG TƯ LIÊN TỊCH\nHướng dẫn phối hợp phòng, chống buôn lậu\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn việc phối hợp.\n"
            "Điều 2. Trách nhiệm thi hành\n"
            "1. Tổng cục Hải quan có trách nhiệm hướng dẫn, kiểm tra việc thực hiện.\n"
            "2. Các Tổng cục trưởng, Tư lệnh, Cục trưởng, Thủ trưởng các đơn vị thuộc Bộ Công an, Bộ Quốc phòng, "
            "Bộ Tài chính chịu trách nhiệm thi hành Thông tư liên tịch này.\n"
            + signed("KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG", name="Đỗ Hoàng Anh Tuấn"))
    rec = parse_bytes(text.encode(), "ttlt.txt")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 2.1", "Tổng cục Hải quan")]


def test_kinds_of_body_at_every_level_lead_nothing():
    """"- Cấp ủy, tổ chức đảng, chính quyền các cấp xác định …", "- Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp
    chỉ đạo …": kinds of body at every level name no one in particular, so the bullets carry no lead of their own and
    the item is one task."""
    got = _plan_of("1. Tăng cường sự lãnh đạo của các cấp ủy, chính quyền đối với tín dụng chính sách xã hội\n"
                   "- Cấp ủy, tổ chức đảng, chính quyền các cấp xác định tín dụng chính sách là giải pháp quan trọng.\n"
                   "- Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp chỉ đạo công tác tín dụng chính sách.\n"
                   ).tasks
    assert [(t.id, t.lead) for t in got] == [("II.1", ())]


def test_a_lead_named_after_the_work_as_a_list_parted_by_semicolons():
    """"c) Hoàn thành số hóa hồ sơ … . Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện;
    thời gian: …": the list before the verb, its parts apart by a semicolon, leads whole (not its last part alone)."""
    got = _plan_of("1. Chuyển đổi số trong cơ quan nhà nước\n"
                   "a) Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực. Các sở, ban, "
                   "ngành; Ủy ban nhân dân các xã, phường thực hiện; thời gian: trước ngày 30/9/2025.\n"
                   "b) Nâng cấp hệ thống quản lý văn bản. Văn phòng Ủy ban nhân dân thị xã chủ trì; "
                   "thời gian: Quý IV/2025.\n"
                   ).tasks
    assert [(t.id, t.lead) for t in got] == [
        ("II.1.a", ("Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường")),
        ("II.1.b", ("Văn phòng Ủy ban nhân dân thị xã",))]


def test_the_body_that_enacts_over_its_preamble_is_no_heading_of_the_resolution():
    """"NGHỊ QUYẾT ⏎ Về … ⏎ CHÍNH PHỦ ⏎ Căn cứ Luật Tổ chức Chính phủ …": the body that enacts, alone on its line over
    the preamble, is no heading over the resolution's parts — so a paragraph that names the bodies the items of "1."
    ask ("Các bộ, cơ quan ngang bộ, …:") sits under "III.1", and the agencies of "2.1" under "III.2"."""
    text = (_header("CHÍNH PHỦ", "19/NQ-CP", "Hà Nội, ngày 05 tháng 02 năm 2024")
            + "NGHỊ QUYẾT\n\nVề những nhiệm vụ, giải pháp cải thiện môi trường kinh doanh năm 2024\n\nCHÍNH PHỦ\n\n"
              "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
              "Theo đề nghị của Bộ trưởng Bộ Kế hoạch và Đầu tư.\n\nQUYẾT NGHỊ:\n\n"
              "I. ĐÁNH GIÁ TÌNH HÌNH\n\nNăm 2023, môi trường kinh doanh tiếp tục được cải thiện.\n\n"
              "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\n1. Nhiệm vụ, giải pháp chung\n\n"
              "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
              "trung ương:\n\n"
              "a) Quán triệt, thực hiện quyết liệt các nhiệm vụ, giải pháp cải thiện môi trường kinh doanh.\n\n"
              "b) Tiếp tục rà soát, cắt giảm quy định liên quan đến hoạt động kinh doanh.\n\n"
              "2. Nhiệm vụ, giải pháp cụ thể\n\n2.1. Bộ Kế hoạch và Đầu tư\n\n"
              "a) Xây dựng Nghị định sửa đổi Nghị định hỗ trợ doanh nghiệp nhỏ và vừa, trình Chính phủ trong quý "
              "III/2024.\n\nb) Vận hành hiệu quả Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.\n\n"
              "2.2. Bộ Tài chính\n\na) Đẩy mạnh cải cách thủ tục hoàn thuế giá trị gia tăng.\n\n"
              + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    rec = parse_bytes(text.encode(), "nq.txt")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("II.1.a", ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")),
        ("II.1.b", ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")),
        ("II.2.1.a", ("Bộ Kế hoạch và Đầu tư",)), ("II.2.1.b", ("Bộ Kế hoạch và Đầu tư",)),
        ("II.2.2.a", ("Bộ Tài chính",))]
    assert [(u.name, u.section) for u in rec.units] == [
        ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "II.1"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "II.1"),
        ("Bộ Kế hoạch và Đầu tư", "II.2.1"), ("Bộ Tài chính", "II.2.2")]


def test_a_tasks_long_sentence_that_opens_with_its_lead_over_its_parts_is_no_agencys_heading():
    """"a) Sở Công Thương chủ trì triển khai chương trình hỗ trợ … (thirty words): ⏎ + Tư vấn … ⏎ + Hỗ trợ …" beside
    "b) Thành lập Trung tâm …": a task whose sentence opens with who leads it, its parts under it — the item is no
    agency's heading (the section is not one per agency), so it names no unit; its lead leads it."""
    rec = _plan_of("1. Thúc đẩy đổi mới sáng tạo, chuyển đổi số trong doanh nghiệp\n"
                   "a) Sở Công Thương chủ trì triển khai chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, "
                   "trọng tâm là doanh nghiệp chế biến gỗ, thủy sản, du lịch và dịch vụ lưu trú trên địa bàn:\n"
                   "+ Tư vấn, đánh giá mức độ sẵn sàng chuyển đổi số;\n"
                   "+ Hỗ trợ chi phí sử dụng các nền tảng số dùng chung theo quy định.\nThời gian: Hằng năm.\n"
                   "b) Thành lập Trung tâm Đổi mới sáng tạo tỉnh trên cơ sở sắp xếp lại các đơn vị sự nghiệp hiện có. "
                   "Thời gian: Quý IV/2025.\n")
    assert [(t.id, t.lead) for t in rec.tasks] == [("II.1.a", ("Sở Công Thương",)), ("II.1.b", ())]
    assert list(rec.units) == []


def test_the_documents_follow_up_after_a_last_item_that_asked_its_bodies():
    """"2. Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn Tân Kỳ ⏎ Chỉ đạo … . ⏎ Giao Hạt Kiểm lâm Tân Kỳ theo dõi, đôn
    đốc việc thực hiện Công văn này": after the last item, whose heading asked its bodies, "Giao …" is the letter's own
    follow-up (section null), not those bodies passing their work on."""
    text = (_header("ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ", "1846/UBND-NN", "Tân Kỳ, ngày 12 tháng 4 năm 2024")
            + "V/v tăng cường phòng cháy, chữa cháy rừng\nKính gửi: Các cơ quan, đơn vị.\n"
            "1. Phòng Nông nghiệp và PTNT\nTham mưu UBND huyện chỉ đạo công tác bảo vệ rừng.\n"
            "2. Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn Tân Kỳ\n"
            "Chỉ đạo các tổ chức thành viên tham gia tuyên truyền, vận động nhân dân.\n"
            "Giao Hạt Kiểm lâm\nTân Kỳ theo dõi, đôn đốc việc thực hiện Công văn này; tổng hợp, báo cáo UBND huyện.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Hồng"))
    rec = parse_bytes(text.encode(), "cv.txt")
    assert [(u.section, u.name) for u in rec.units][-1] == (None, "Hạt Kiểm lâm Tân Kỳ")


def test_a_headings_verb_whose_object_the_next_line_names():
    """"3. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo ⏎ Ủy ban nhân dân tỉnh: ⏎ a) …": the heading's
    sentence goes on in its next line — whom its verb directs — which is no body's heading of its own: one unit."""
    text = (_header("TỈNH ỦY HẢI DƯƠNG", "27-CT/TU", "Hải Dương, ngày 12 tháng 3 năm 2025")
            + "CHỈ THỊ\nvề tăng cường công tác phòng cháy, chữa cháy\n"
            "1. Nâng cao vai trò, trách nhiệm của cấp ủy, tổ chức đảng.\n"
            "2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo\nỦy ban nhân dân tỉnh:\n"
            "a) Xây dựng kế hoạch triển khai thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.\n"
            "b) Chỉ đạo Công an tỉnh chủ trì kiểm tra an toàn phòng cháy, chữa cháy.\n"
            "3. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh giám sát việc thực hiện.\n"
            + signed("T/M BAN THƯỜNG VỤ", "BÍ THƯ", name="Trần Đức Thắng"))
    rec = parse_bytes(text.encode(), "ct.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("2", "Ban cán sự đảng Ủy ban nhân dân tỉnh"), ("3", "Đảng đoàn Hội đồng nhân dân tỉnh")]


def test_a_task_section_per_department_named_by_its_heads_title():
    """"1. Trưởng phòng Quản lý thu - Sổ, thẻ ⏎ a) …": a plan to its own departments, each named by its head's title;
    the department (its head in the title, its name the heading's words, small ones too) leads the items and is the
    unit."""
    rec = _plan_of("1. Trưởng phòng Quản lý thu - Sổ, thẻ\na) Tham mưu Giám đốc giao chỉ tiêu phát triển người tham "
                   "gia; hoàn thành trước ngày 31 tháng 01 năm 2024.\n"
                   "b) Thường xuyên đối chiếu dữ liệu người tham gia.\n"
                   "2. Trưởng phòng Truyền thông và Phát triển đối tượng\na) Xây dựng kế hoạch truyền thông năm 2024.\n"
                   "b) Tổ chức hội nghị khách hàng, đối thoại với doanh nghiệp.\n")
    assert {t.lead for t in rec.tasks} == {("Phòng Quản lý thu - Sổ, thẻ",),
                                           ("Phòng Truyền thông và Phát triển đối tượng",)}
    assert [u.name for u in rec.units] == ["Phòng Quản lý thu - Sổ, thẻ", "Phòng Truyền thông và Phát triển đối tượng"]


def test_bullets_whose_own_deadlines_close_them_in_brackets():
    """"2. Văn phòng UBND tỉnh ⏎ - … (năm 2024). ⏎ - … (Thường xuyên). ⏎ - …": bullets that close with their own time in
    brackets ("(năm 2024)", "(Thường xuyên)") are tasks of their own, under the heading's body."""
    rec = _plan_of("1. Văn phòng UBND tỉnh\n- Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung "
                   "tâm Phục vụ hành chính công tỉnh\n(năm 2024).\n"
                   "- Theo dõi, đôn đốc việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân (Thường xuyên).\n"
                   "- Nâng cao chất lượng thông tin trên Cổng thông tin điện tử tỉnh.\n")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("II.1.b1", ("Văn phòng UBND tỉnh",), "năm 2024"), ("II.1.b2", ("Văn phòng UBND tỉnh",), "Thường xuyên"),
        ("II.1.b3", ("Văn phòng UBND tỉnh",), None)]


def test_an_items_line_of_who_and_when_under_its_plus_parts_closes_the_whole_item():
    """"- Rà soát hiện trạng …, cụ thể: ⏎ + Xây mới 24 trạm y tế …; ⏎ + Cải tạo, nâng cấp 61 trạm …; ⏎ + Bổ sung trang
    thiết bị … ⏎ (Sở Y tế chủ trì, …; thời gian: Quý III/2025).": the bracket on a line of its own under the last "+"
    part closes the whole item, whose parts are no tasks of their own."""
    rec = _plan_of("1. Củng cố mạng lưới y tế cơ sở\n- Rà soát hiện trạng cơ sở vật chất của các trạm y tế, cụ thể:\n"
                   "+ Xây mới 24 trạm y tế tại các xã theo danh mục được duyệt;\n"
                   "+ Cải tạo, nâng cấp 61 trạm y tế đã xuống cấp;\n"
                   "+ Bổ sung trang thiết bị thiết yếu, ưu tiên máy siêu âm, máy điện tim\n"
                   "(Sở Y tế chủ trì, phối hợp với Sở Tài chính; thời gian: Quý III/2025).\n"
                   "- Bố trí vốn đầu tư công trung hạn cho y tế cơ sở; Sở Tài chính chủ trì; thời gian: Năm 2026.\n")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("II.1.b1", ("Sở Y tế",), "Quý III/2025"), ("II.1.b2", ("Sở Tài chính",), "Năm 2026")]


def test_runs_of_bullets_each_given_to_a_body_by_the_line_after_them():
    """"2. Rà soát, xây dựng văn bản ⏎ Về rà soát văn bản ⏎ - … ⏎ - … ⏎ Giao Sở Tư pháp chủ trì, …; thời gian: … ⏎ Về
    xây dựng văn bản hướng dẫn ⏎ - … ⏎ Giao Sở Tài nguyên và Môi trường chủ trì …": each run of bullets is given to a
    body of its own, so each bullet is a task of that body's; one run's line gives its bullets as one task who leads,
    who joins and when."""
    rec = _plan_of("1. Tổ chức quán triệt, tuyên truyền Luật Tài nguyên nước\n"
                   "- Tổ chức hội nghị quán triệt cho cán bộ, công chức.\n- Biên soạn, phát hành tài liệu, tờ gấp.\n"
                   "Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tư pháp, Báo Hà Tĩnh thực hiện; thời "
                   "gian thực hiện: Quý III/2024.\n"
                   "2. Rà soát, xây dựng văn bản quy phạm pháp luật\nVề rà soát văn bản\n"
                   "- Rà soát toàn bộ các văn bản do Ủy ban nhân dân tỉnh ban hành.\n"
                   "- Công bố danh mục văn bản hết hiệu lực.\n"
                   "Giao Sở Tư pháp chủ trì, phối hợp với Sở Tài nguyên và Môi trường thực hiện; thời gian thực hiện: "
                   "trước ngày 30/9/2024.\nVề xây dựng văn bản hướng dẫn\n"
                   "- Tham mưu ban hành quy định phân cấp quản lý tài nguyên nước.\n"
                   "Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tài chính thực hiện; thời gian thực "
                   "hiện: Quý IV/2024.\n")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("II.1", ("Sở Tài nguyên và Môi trường",), ("Sở Tư pháp", "Báo Hà Tĩnh"), "Quý III/2024"),
        ("II.2.b1", ("Sở Tư pháp",), ("Sở Tài nguyên và Môi trường",), "trước ngày 30/9/2024"),
        ("II.2.b2", ("Sở Tư pháp",), ("Sở Tài nguyên và Môi trường",), "trước ngày 30/9/2024"),
        ("II.2.b3", ("Sở Tài nguyên và Môi trường",), ("Sở Tài chính",), "Quý IV/2024")]


def test_a_heading_wrapped_before_a_kind_of_body_in_small_letters_names_no_lead():
    """"b) Thành lập Trung tâm Đổi mới sáng tạo tỉnh trên cơ sở sắp xếp lại ⏎ các đơn vị sự nghiệp hiện có, …": the
    line the wrap begins in small letters goes on with the sentence, whatever body it names; no one leads."""
    rec = _plan_of("1. Thúc đẩy đổi mới sáng tạo\na) Sở Công Thương chủ trì triển khai chương trình hỗ trợ doanh "
                   "nghiệp nhỏ và vừa. Thời gian: Hằng năm.\n"
                   "b) Thành lập Trung tâm Đổi mới sáng tạo tỉnh Bình Định trên cơ sở sắp xếp lại\n"
                   "các đơn vị sự nghiệp hiện có, không tăng biên chế. Thời gian: Quý IV/2025.\n")
    assert [(t.id, t.lead) for t in rec.tasks] == [("II.1.a", ("Sở Công Thương",)), ("II.1.b", ())]


def test_a_sections_runs_of_bullets_under_fields_each_given_to_a_body():
    """"II. NHIỆM VỤ ⏎ Về giám sát dịch ⏎ - … ⏎ - … ⏎ Giao Trung tâm Kiểm soát bệnh tật tỉnh chủ trì … ⏎ Về truyền
    thông ⏎ - … ⏎ Giao Sở Văn hóa … chủ trì …": a section of fields with no numbers, its bullets the tasks, each run's
    the body the line after it gives it to."""
    rec = _plan_of("Về giám sát dịch\n- Giám sát chủ động ca bệnh tại các khu vực nguy cơ cao.\n"
                   "- Tổ chức chiến dịch diệt lăng quăng ít nhất 02 đợt/năm.\n"
                   "Giao Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện; "
                   "thời gian: Thường xuyên.\nVề truyền thông\n- Xây dựng, phát sóng phóng sự về phòng bệnh.\n"
                   "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện; thời gian: Quý II/2025.\n")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("II.b1", ("Trung tâm Kiểm soát bệnh tật tỉnh",), "Thường xuyên"),
        ("II.b2", ("Trung tâm Kiểm soát bệnh tật tỉnh",), "Thường xuyên"),
        ("II.b3", ("Sở Văn hóa, Thể thao và Du lịch",), "Quý II/2025")]


def test_a_bullets_own_line_of_who_and_when_after_it_and_its_object_wrapped_onto_the_next_line():
    """"- Thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo ⏎ Quyết định số 167/2008/QĐ-TTg …. ⏎ Sở Xây dựng chủ trì,
    phối hợp với …, Ủy ban ⏎ nhân dân các huyện, thị xã; thời gian: năm 2009 - 2010. ⏎ - …": a line that ends on "theo"
    goes on (the decision is its object, no heading's end), and the paragraph that only says who leads and when, between
    a bullet and the next, is that bullet's."""
    rec = _plan_of("1. Phát triển sản xuất hàng hóa. Sở Nông nghiệp và Phát triển nông thôn chủ trì; thời gian: "
                   "năm 2009.\n2. Nâng cao đời sống vật chất, tinh thần của dân cư nông thôn\n"
                   "- Thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo\n"
                   "Quyết định số 167/2008/QĐ-TTg ngày 12 tháng 12 năm 2008 của Thủ tướng Chính phủ.\n"
                   "Sở Xây dựng chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Ủy ban\n"
                   "nhân dân các huyện, thị xã; thời gian: năm 2009 - 2010.\n"
                   "- Đẩy mạnh đào tạo nghề cho lao động nông thôn. Sở Lao động - Thương binh và Xã hội chủ trì, phối "
                   "hợp với Tỉnh đoàn; thời gian: hằng năm.\n")
    assert [(t.id, t.text.split()[-1], t.lead, t.support, t.deadline) for t in rec.tasks][1:] == [
        ("II.2.b1", "phủ.", ("Sở Xây dựng",),
         ("Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các huyện, thị xã"), "năm 2009 - 2010"),
        ("II.2.b2", "năm.", ("Sở Lao động - Thương binh và Xã hội",), ("Tỉnh đoàn",), "hằng năm")]


def test_a_gazette_row_a_page_cuts_inside_its_task_then_a_row_below_its_merged_cells():
    """"3. ⏎ Xử lý dứt điểm … tạm đình ⏎ [page, header again] ⏎ chỉ, đình chỉ … ⏎ [its lead, partners, product,
    deadline] ⏎ Công khai danh sách … ⏎ Danh sách công khai ⏎ Thường xuyên": the break cut the row's first cell, its
    task; the row goes on as if unbroken, and the row below its merged lead and partners is a task of its own."""
    header = ("STT\nNhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời hạn\nhoàn thành\n")
    rec = _gazette_under(header, (
        "1.\nRà soát, thống kê nhà ở riêng lẻ kết hợp sản\nxuất, kinh doanh\nBộ Xây dựng\nBộ Công an\nBáo cáo\n"
        "Trước ngày\n30/9/2026\n"
        "2.\nXử lý dứt điểm các công trình vi phạm về lối\nthoát nạn, ngăn cháy, chống cháy lan; tạm đình\n\n"
        "CÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n" + header +
        "chỉ, đình chỉ hoạt động cơ sở không bảo đảm an\ntoàn\nỦy ban nhân\ndân các tỉnh, \nthành phố trực\n"
        "thuộc trung\n"
        "ương\nCông an cấp\ntỉnh, Sở Xây\ndựng\nQuyết định xử lý\nTrước ngày\n31/12/2026\n"
        "Công khai danh sách các cơ sở vi phạm trên\nphương tiện thông tin đại chúng\nDanh sách công\nkhai\n"
        "Thường xuyên\n"
        "3.\nKiểm tra chất lượng dây dẫn điện, thiết bị\nđiện lưu thông trên thị trường\nBộ Công Thương\nBộ Công an\n"
        "Báo cáo\nHằng năm\n"))
    assert [(t.id, t.text.split()[0], t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.1", "Rà", ("Bộ Xây dựng",), "Trước ngày 30/9/2026"),
        ("PL.2.1", "Xử", ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",), "Trước ngày 31/12/2026"),
        ("PL.2.2", "Công", ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",), "Thường xuyên"),
        ("PL.3", "Kiểm", ("Bộ Công Thương",), "Hằng năm")]
    assert rec.tasks[1].text.endswith("không bảo đảm an toàn")
    assert rec.tasks[2].support == ("Công an cấp tỉnh", "Sở Xây dựng")


def test_a_gazette_lead_cut_after_its_governing_word_goes_on_with_its_object():
    """"Cục Quản lý ⏎ Khám, chữa ⏎ bệnh" in a gazette's narrow lead column: a name whose line ends on the word that
    governs its object ("Quản lý") goes on with it, a capital after the break no new cell."""
    header = "STT\nNội dung nhiệm vụ\nĐơn vị chủ\ntrì\nĐơn vị phối\nhợp\nSản phẩm\nThời gian\nhoàn thành\n"
    rec = _gazette_under(header, (
        "1.\nXây dựng Thông tư hướng dẫn danh mục kỹ \nthuật thực hiện tại trạm y tế xã \nCục Quản lý \nKhám, chữa \n"
        "bệnh \nVụ Bảo hiểm \ny tế, Vụ Kế \nhoạch - Tài \nchính, Bảo \nhiểm xã hội \nViệt Nam \nThông tư \n"
        "Quý II/2026 \n"
        "2.\nTổ chức kiểm tra, giám sát việc thực hiện \nThanh tra Bộ \nCục Quản lý \nKhám, chữa \nbệnh \n"
        "Kết luận kiểm \ntra \nHằng năm \n"))
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Cục Quản lý Khám, chữa bệnh",), ("Vụ Bảo hiểm y tế", "Vụ Kế hoạch - Tài chính",
                                                    "Bảo hiểm xã hội Việt Nam"), "Quý II/2026"),
        ("PL.2", ("Thanh tra Bộ",), ("Cục Quản lý Khám, chữa bệnh",), "Hằng năm")]


def test_a_gazette_tables_first_group_title_in_capitals_right_under_its_header_and_a_leaders_level():
    """"… Thời hạn ⏎ hoàn thành ⏎ NHÓM NHIỆM VỤ VỀ CHỈ ĐẠO, ĐIỀU HÀNH ⏎ 1 ⏎ …": the line of capitals that names a group
    of tasks is the first group's title, no column of the header's; "Lãnh đạo Bộ" in the column of who approves is
    the level, not the lead's first words."""
    header = ("TT\nTên nhiệm vụ\nSản phẩm\nCấp trình\nCơ quan chủ\ntrì\nCơ quan\nphối hợp\nThời hạn\nhoàn thành\n"
              "NHÓM NHIỆM VỤ VỀ CHỈ ĐẠO, ĐIỀU HÀNH\n")
    rec = _gazette_under(header, (
        "1\nXây dựng, ban hành kế hoạch phòng, chống\nhạn hán, thiếu nước mùa khô\nKế hoạch của\nBộ\nBộ trưởng\n"
        "Cục Thủy lợi\nCục Quản lý tài\nnguyên nước\nTháng 10/2025\n"
        "2\nKiểm tra, đôn đốc các địa phương triển khai\ncác biện pháp chống hạn\nBáo cáo kiểm tra\nLãnh đạo Bộ\n"
        "Cục Kinh tế hợp tác\nvà Phát triển nông\nthôn\nCục Thủy lợi\nTháng 02 - tháng\n4/2026\n"
        "NHÓM NHIỆM VỤ VỀ THỂ CHẾ, CHÍNH SÁCH\n"
        "1\nXây dựng Thông tư quy định kỹ thuật vận\nhành công trình\nThông tư\nBộ trưởng\nCục Thủy lợi\nVụ Pháp chế\n"
        "Quý II/2026\n"))
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.G1.1", ("Cục Thủy lợi",), "Tháng 10/2025"),
        ("PL.G1.2", ("Cục Kinh tế hợp tác và Phát triển nông thôn",), "Tháng 02 - tháng 4/2026"),
        ("PL.G2.1", ("Cục Thủy lợi",), "Quý II/2026")]


def test_a_gazette_cell_of_a_dash_alone_is_an_empty_cell_of_its_own():
    """"… ⏎ Bản tin dự báo, ⏎ cảnh báo ⏎ - ⏎ Cục Khí ⏎ tượng Thủy ⏎ văn ⏎ …": a dash alone on its line is the column the
    row leaves empty (who approves it), not a bullet over the lead's cell; the lead is the next cell whole."""
    header = ("TT\nTên nhiệm vụ\nSản phẩm\nCấp trình\nCơ quan chủ\ntrì\nCơ quan\nphối hợp\nThời hạn\nhoàn thành\n")
    rec = _gazette_under(header, (
        "1\nTăng cường quan trắc, dự báo, cảnh báo\nsớm tình hình khí tượng thủy văn, nguồn\nnước, xâm nhập mặn; cung "
        "cấp kịp thời\nbản tin cho các địa phương\nBản tin dự báo,\ncảnh báo\n- \nCục Khí\ntượng Thủy\nvăn\n"
        "Cục Quản lý tài\nnguyên nước,\nViện Khoa học\nThủy lợi Việt\nNam, Đài Khí\ntượng Thủy văn\nkhu vực Nam Bộ\n"
        "Định kỳ 10\nngày/lần; đột\nxuất khi có\ndiễn biến bất\nthường\n"
        "2\nXây dựng Thông tư quy định kỹ thuật vận\nhành công trình\nThông tư\nBộ trưởng\nCục Thủy lợi\nVụ Pháp chế\n"
        "Quý II/2026\n"))
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Cục Khí tượng Thủy văn",), ("Cục Quản lý tài nguyên nước", "Viện Khoa học Thủy lợi Việt Nam",
                                                "Đài Khí tượng Thủy văn khu vực Nam Bộ"),
         "Định kỳ 10 ngày/lần; đột xuất khi có diễn biến bất thường"),
        ("PL.2", ("Cục Thủy lợi",), ("Vụ Pháp chế",), "Quý II/2026")]


def test_a_cells_body_of_each_place_listed_after_its_colon_is_one_per_place():
    """"Sở Nông nghiệp và Môi trường các tỉnh, thành phố: Cà Mau, An Giang, Cần Thơ" in a cell of partners: one
    department per place, each of its province or city (as "Ủy ban nhân dân các tỉnh: …" is); "… các tỉnh vùng Đồng
    bằng sông Cửu Long", no list after it, stays whole."""
    rec = _gazette_under(_LEAD_THEN_PARTNERS, (
        "1.\nKiểm tra, đôn đốc các địa phương triển khai\ncác biện pháp chống hạn\nCục Thủy lợi\n"
        "Sở Nông nghiệp và Môi trường các tỉnh,\nthành phố: Cà Mau, An Giang, Cần Thơ\nTháng 02/2026\n"
        "2.\nHướng dẫn vận hành công trình thủy lợi\nCục Thủy lợi\nSở Nông nghiệp và Môi trường các tỉnh\n"
        "vùng Đồng bằng sông Cửu Long\nThường xuyên\n"))
    assert [t.support for t in rec.tasks] == [
        ("Sở Nông nghiệp và Môi trường tỉnh Cà Mau", "Sở Nông nghiệp và Môi trường tỉnh An Giang",
         "Sở Nông nghiệp và Môi trường thành phố Cần Thơ"),
        ("Sở Nông nghiệp và Môi trường các tỉnh vùng Đồng bằng sông Cửu Long",)]


def test_a_gazette_rows_number_alone_at_a_pages_foot_over_the_next_pages_header_and_number():
    """"… 31/10/2025 ⏎ 3 ⏎ CÔNG BÁO/Số … ⏎ 22 ⏎ [header again] ⏎ Chi trả tiền bồi thường …": the page's number is the
    one that follows the page before's (21), below the header; the "3" above it is the next row's number, its cells
    on the next page — not a page number."""
    rec = _gazette_under(_LEAD_THEN_PARTNERS, (
        "1.\nHoàn thành kiểm đếm bắt buộc đối với 14 hộ\nỦy ban nhân dân\nxã Tam Dương\nBan Quản lý dự án\n"
        "Trước ngày\n15/10/2025\n"
        "2.\nXác định, phê duyệt giá đất cụ thể để\ntính tiền bồi thường\nSở Nông nghiệp và Môi\ntrường\n"
        "Sở Tài chính\nTrước ngày\n31/10/2025\n3\n\nCÔNG BÁO/Số 512 + 513/Ngày 20-5-2026\n22\n\n"
        + _LEAD_THEN_PARTNERS +
        "Chi trả tiền bồi thường, hỗ trợ và\nnhận bàn giao toàn bộ mặt bằng\nBan Quản lý dự án\n"
        "Ủy ban nhân dân xã Tam\nDương\nTháng 11/2025\n"))
    assert [(t.id, t.text.split()[0], t.deadline) for t in rec.tasks] == [
        ("PL.1", "Hoàn", "Trước ngày 15/10/2025"), ("PL.2", "Xác", "Trước ngày 31/10/2025"),
        ("PL.3", "Chi", "Tháng 11/2025")]


def test_units_of_an_organisation_section_without_a_number_have_no_section():
    """"TỔ CHỨC THỰC HIỆN" in capitals with no number, its paragraphs each opening with a body: the units have no
    section (None, as a paragraph with no heading at all), never an empty one."""
    text = (_header("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC", "86/KH-UBND", "Krông Pắc, ngày 12 tháng 3 năm 2012")
            + "KẾ HOẠCH\nPhòng, chống tội phạm mua bán người năm 2012\nMỤC ĐÍCH\nNâng cao nhận thức của nhân dân.\n"
            "TỔ CHỨC THỰC HIỆN\nCông an huyện chủ trì, phối hợp với các ngành tổ chức thực hiện Kế hoạch.\n"
            "Phòng Lao động - Thương binh và Xã hội hướng dẫn tiếp nhận nạn nhân trở về.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Y Phôn"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(u.name, u.section) for u in rec.units] == [
        ("Công an huyện", None), ("Phòng Lao động - Thương binh và Xã hội", None)]


def test_a_heading_that_names_the_provinces_of_several_regions_leads_its_bullets():
    """"a) Ủy ban nhân dân các tỉnh vùng Đồng bằng sông Cửu Long, Tây Nguyên ⏎ và Nam Trung Bộ:" over bullets that
    carry their deadlines: one body, the regions listed to the last after "và" ("Trung Bộ:" is no list of
    ministries after its colon), the lead of each bullet."""
    text = (_header("CHÍNH PHỦ", "12/NQ-CP", "Hà Nội, ngày 20 tháng 2 năm 2025")
            + "NGHỊ QUYẾT\nVề các giải pháp ứng phó hạn hán, xâm nhập mặn\n"
            "I. MỤC TIÊU\nBảo đảm nước sinh hoạt cho người dân.\n"
            "II. NHIỆM VỤ, GIẢI PHÁP\n1. Bảo đảm nguồn nước cho sinh hoạt và sản xuất\n"
            "a) Ủy ban nhân dân các tỉnh vùng Đồng bằng sông Cửu Long, Tây Nguyên\nvà Nam Trung Bộ:\n"
            "- Chủ động trữ nước ngọt trong hệ thống kênh, rạch, ao, hồ; hoàn thành trước ngày 31 tháng 12 năm 2025.\n"
            "- Rà soát, lập danh sách hộ dân thiếu nước sinh hoạt; hoàn thành trong tháng 01 năm 2026.\n"
            "b) Ủy ban nhân dân các tỉnh vùng Tây Nguyên và Nam Trung Bộ:\n"
            "- Bố trí ngân sách địa phương để cấp nước cho các hộ dân; hoàn thành trước ngày 15 tháng 3 năm 2026.\n"
            "- Kiểm tra các công trình cấp nước tập trung; hoàn thành trước ngày 30 tháng 4 năm 2026.\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác bộ, ngành và địa phương tổ chức thực hiện Nghị quyết này.\n"
            + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    rec = parse_bytes(text.encode(), "nq.congbao.txt")
    leads = {t.id: list(t.lead) for t in rec.tasks}
    assert leads == {
        "II.1.a.b1": ["Ủy ban nhân dân các tỉnh vùng Đồng bằng sông Cửu Long, Tây Nguyên và Nam Trung Bộ"],
        "II.1.a.b2": ["Ủy ban nhân dân các tỉnh vùng Đồng bằng sông Cửu Long, Tây Nguyên và Nam Trung Bộ"],
        "II.1.b.b1": ["Ủy ban nhân dân các tỉnh vùng Tây Nguyên và Nam Trung Bộ"],
        "II.1.b.b2": ["Ủy ban nhân dân các tỉnh vùng Tây Nguyên và Nam Trung Bộ"]}


def test_a_gazette_partner_whose_known_name_the_cell_wraps_before_its_capital_goes_on():
    """"Vụ Giáo dục ⏎ Đại học" in a gazette's narrow partners' column: the ministry's department whose name the
    gazetteer knows goes on over the break, though the next line opens with a capital."""
    header = "STT\nNội dung nhiệm vụ\nĐơn vị chủ\ntrì\nĐơn vị phối\nhợp\nThời gian\nhoàn thành\nSản phẩm\n"
    rec = _gazette_under(header, (
        "1\nRà soát quy trình tuyển sinh, \nthi, cấp văn bằng, chứng chỉ \nCục Quản lý \nchất lượng \nVụ Giáo dục \n"
        "Đại học \nNăm 2026 \nBáo cáo rà \nsoát \n"
        "2\nHướng dẫn tổ chức Hội khỏe Phù Đổng \ncác cấp \nVụ Giáo dục \nThể chất \nVụ Giáo dục \nTiểu học \n"
        "Quý III/2026 \nVăn bản hướng \ndẫn \n"))
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Cục Quản lý chất lượng",), ("Vụ Giáo dục Đại học",), "Năm 2026"),
        ("PL.2", ("Vụ Giáo dục Thể chất",), ("Vụ Giáo dục Tiểu học",), "Quý III/2026")]


def test_a_command_board_named_by_its_work_in_small_letters_to_its_place_is_a_heading_of_one_body():
    """"1. Ban Chỉ huy các vấn đề cấp bách trong bảo vệ và phát triển rừng xã": a command board named, like a steering
    committee, by the work it commands to its place; its small words ("các", "trong") make no sentence of it."""
    text = (_header("ỦY BAN NHÂN DÂN XÃ PHÚ LÝ", "45/KH-UBND", "Phú Lý, ngày 10 tháng 3 năm 2025")
            + "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng mùa khô năm 2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng ngừa cháy rừng.\n"
            "II. TỔ CHỨC THỰC HIỆN\n"
            "1. Ban Chỉ huy các vấn đề cấp bách trong bảo vệ và phát triển rừng xã\n"
            "Chủ trì, phối hợp với Ban Chỉ huy quân sự xã xây dựng lực lượng chữa cháy tại chỗ.\n"
            "2. Ban Chỉ huy quân sự xã\nBố trí lực lượng dân quân tham gia chữa cháy rừng.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn An"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(u.name, u.section) for u in rec.units] == [
        ("Ban Chỉ huy các vấn đề cấp bách trong bảo vệ và phát triển rừng xã", "II.1"),
        ("Ban Chỉ huy quân sự xã", "II.2")]


def test_a_collectives_second_kind_keeps_its_small_words_across_a_wrap_after_its_dash():
    """"3. Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - ⏎ giáo dục thường xuyên xây dựng …": the
    second kind of the list says what kind it is as the first does, its dash's other half on the next line."""
    text = ("3. Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp -\n"
            "giáo dục thường xuyên xây dựng kế hoạch")
    assert [m.text for m in subjects(text, 3, len(text))] == [
        "Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"]


def test_a_law_in_capitals_that_a_plans_group_spreads_is_named():
    """"I. TUYÊN TRUYỀN, PHỔ BIẾN LUẬT DỮ LIỆU": a group of an implementation plan's table names the law it spreads,
    in capitals, without its number; "PHỔ BIẾN PHÁP LUẬT" names none."""
    got = [(m.type, m.name, m.year) for m in find_mentions(
        "I. CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN LUẬT DỮ LIỆU\n1\nTổ chức quán triệt\n"
        "II. TUYÊN TRUYỀN LUẬT ĐẤT ĐAI NĂM 2024\nIII. PHỔ BIẾN PHÁP LUẬT\n")]
    assert got == [("Luật", "Dữ liệu", None), ("Luật", "Đất đai", 2024)]


def test_a_numbered_heading_in_bold_the_page_wrapped_names_its_body_whole():
    """"**3. Thanh tra ⏎ Sở**" over the division's work: the bold heading the page wrapped is one line, its body
    "Thanh tra Sở" whole (not "Thanh tra", and the work no "Sở Chủ trì …")."""
    text = ("| **SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
            "| Số: 45/KH-SNNMT | Bến Tre, ngày 10 tháng 3 năm 2025 |\n\n"
            "**KẾ HOẠCH**\n**Cải cách hành chính năm 2025**\n\n"
            "**I. NHIỆM VỤ CỤ THỂ CỦA CÁC ĐƠN VỊ**\n\n**1. Văn phòng Sở**\n\n"
            "Chủ trì rà soát quy trình nội bộ giải quyết thủ tục hành chính; thời gian: Quý II/2025.\n\n"
            "**2. Thanh tra\nSở**\n\nChủ trì kiểm tra công\ntác cải cách hành chính tại các Chi cục; thời gian: "
            "Quý III/2025.\n\n**GIÁM ĐỐC**\n\n**Nguyễn Văn An**\n")
    rec = parse_bytes(text.encode(), "kh.md")
    assert [(t.id, t.text[:8], t.lead) for t in rec.tasks] == [
        ("I.1", "Chủ trì ", ("Văn phòng Sở",)), ("I.2", "Chủ trì ", ("Thanh tra Sở",))]


def test_a_youth_union_board_named_bare_and_its_committee_on_the_next_line_are_one_body():
    """"Đơn vị chủ trì: Ban Phong trào ⏎ Tỉnh đoàn": the Youth Union's board and the committee it belongs to, parted
    by the wrap, are one body, as a Party board and its committee are."""
    got = [m.text for m in find("- Đơn vị chủ trì: Ban Phong trào\nTỉnh đoàn; đơn vị phối hợp: Huyện Đoàn Hương Khê.")]
    assert got[0] == "Ban Phong trào Tỉnh đoàn"
    assert [m.text for m in find("chủ trì: Ban Thanh niên trường học\nTỉnh Đoàn; phối hợp")] == [
        "Ban Thanh niên trường học Tỉnh Đoàn"]


def test_a_fields_label_that_is_a_bodys_head_alone_names_no_unit():
    """"3. Lực lượng: Đội hình …" in a plan's fields (theme, time, forces): a head alone ("Lực lượng", "Phòng") is a
    label, no body; one that names a body alone ("Thanh tra", "Công an") still does."""
    from parsers.agencies import heading_names

    def names(line: str) -> list[str]:
        return [m.text for m in heading_names(line, 3, len(line))]
    assert names("3. Lực lượng: Đội hình thanh niên tình nguyện của các huyện") == []
    assert names("4. Phòng:") == []
    assert names("2. Thanh tra:") == ["Thanh tra"]


def test_a_committees_posts_and_their_holders_name_no_unit():
    """"Điều 1. Thành lập Ban Chỉ đạo … ⏎ 1. Trưởng Ban Chỉ đạo: Phó Thủ tướng … ⏎ 3. Phó Trưởng Ban: Thứ trưởng Bộ Tài
    chính": a committee's posts and who holds them are its members, no body given work (nor "Ban Thứ trưởng …")."""
    from parsers.agencies import subjects

    for line in ("1. Trưởng Ban Chỉ đạo: Phó Thủ tướng Chính phủ Nguyễn Chí Dũng.",
                 "3. Phó Trưởng Ban: Thứ trưởng Bộ Tài chính.",
                 "2. Phó Trưởng Ban thường trực: Bộ trưởng Bộ Khoa học và Công nghệ."):
        assert subjects(line, 3, len(line)) == []
    line = "1. Sở Y tế: chủ trì triển khai Kế hoạch."
    assert [m.text for m in subjects(line, 3, len(line))] == ["Sở Y tế"]
