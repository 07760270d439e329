"""How a document numbers the lists that address its agencies: each a way officials write a list, not a
document's. The notices are short stand-ins written for the numbering."""

from __future__ import annotations

import pytest

from parsers import parse_bytes
from tests.test_shapes import signed
from tests.test_shapes_copies import _header

_ADDRESSED = ("Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án, trình Thủ tướng Chính phủ trong tháng 12.",
              "Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng bố trí vốn.",
              "Ủy ban nhân dân tỉnh Đồng Nai: tập trung giải phóng mặt bằng.")


def _notice(*marks: str):
    """A conclusions notice whose "2." lists the three addressed agencies under ``marks``, parsed."""
    text = (_header("VĂN PHÒNG CHÍNH PHỦ", "514/TB-VPCP", "Hà Nội, ngày 22 tháng 11 năm 2025")
            + "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại cuộc họp về dự án đường vành đai\n"
            "Ngày 20 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì cuộc họp về dự án, kết luận như sau:\n"
            "1. Đánh giá chung\nCác bộ, cơ quan đã tích cực triển khai.\n2. Nhiệm vụ thời gian tới\n"
            + "".join(f"{m} {item}\n" for m, item in zip(marks, _ADDRESSED, strict=True))
            + "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.\n"
            + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Mai Thị Thu Vân"))
    return parse_bytes(text.encode(), "tb.txt")


@pytest.mark.parametrize(("marks", "sections"), [
    # "(1)" right under a heading that ends with no stop: its own item
    (("(1)", "(2)", "(3)"), ["2.1", "2.2", "2.3"]),
    # "1)" under "2.": a list of its own inside the item, numbered on there
    (("1)", "2)", "3)"), ["2.1", "2.2", "2.3"]),
    # "+" where a list opens with it, as "-" would
    (("+", "+", "+"), ["2", "2", "2"]),
    (("-", "-", "-"), ["2", "2", "2"]),
])
def test_the_agencies_a_notices_list_addresses_whatever_its_marks(marks, sections):
    units = _notice(*marks).units
    assert [(u.name, u.section) for u in units] == list(zip(
        ["Bộ Xây dựng", "Bộ Tài chính", "Ủy ban nhân dân tỉnh Đồng Nai"], sections, strict=True))


def test_an_enumeration_run_into_a_line_is_no_list():
    """"… như sau: (1) Tổng số …; ⏎ (2) Cắt giảm …": the second mark wrapped to a line's start goes on with the
    paragraph, since the first did not open a line; and "… tồn đọng: (i) ⏎ Tích hợp …" goes on too."""
    text = (_header("VĂN PHÒNG CHÍNH PHỦ", "515/TB-VPCP", "Hà Nội, ngày 22 tháng 11 năm 2025")
            + "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ về cắt giảm thủ tục hành chính\n"
            "1. Kết quả: Thủ tướng Chính phủ đã phê duyệt phương án cắt giảm thủ tục hành chính, cụ thể như sau: "
            "(1) Tổng số thủ tục hành chính được cắt giảm là 3.071 thủ tục (đạt 62,8%);\n"
            "(2) Cắt giảm 2.269 điều kiện kinh doanh thuộc ngành, nghề đầu tư kinh doanh có điều kiện.\n"
            "2. Nhiệm vụ:\n(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng: (i)\nTích hợp dịch vụ thanh toán trực tuyến;"
            " (ii) Kết nối cơ sở dữ liệu.\n(2) Bộ Y tế hoàn thành nâng cấp hệ thống.\n"
            + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Mai Thị Thu Vân"))
    record = parse_bytes(text.encode(), "tb.txt")
    assert [(s.id, s.heading[:12]) for s in record.sections] == [
        ("1", "Kết quả: Thủ"), ("2", "Nhiệm vụ:"), ("2.1", "Bộ Tài chính"), ("2.2", "Bộ Y tế hoàn")]
    assert [(u.name, u.section) for u in record.units] == [("Bộ Tài chính", "2.1"), ("Bộ Y tế", "2.2")]
    (duty,) = record.units[0].duties
    assert duty.text.endswith("(ii) Kết nối cơ sở dữ liệu.")


def _conclusions(heading: str, *items: str):
    """A province's conclusions notice: an assessment, then ``heading`` over ``items`` numbered from 1, parsed."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "120/TB-UBND", "Quảng Ngãi, ngày 22 tháng 11 năm 2025")
            + "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về các dự án trọng điểm\n"
            "Ngày 20 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi làm việc. Sau khi nghe báo cáo, Chủ "
            "tịch Ủy ban nhân dân tỉnh kết luận như sau:\nI. ĐÁNH GIÁ CHUNG\nCác sở, ngành đã tích cực triển khai.\n"
            + heading + "\n" + "".join(f"{i}. {item}\n" for i, item in enumerate(items, 1))
            + "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
            + signed("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", name="Nguyễn Văn An"))
    return parse_bytes(text.encode(), "tb.txt")


@pytest.mark.parametrize("heading", [
    "II. NHIỆM VỤ THỜI GIAN TỚI",
    # an assessment named before the work: the section holds the work
    "II. NHỮNG TỒN TẠI, HẠN CHẾ VÀ NHIỆM VỤ THỜI GIAN TỚI", "II. VỀ TÌNH HÌNH VÀ NHIỆM VỤ",
    # a heading of another part, whose items each ask an agency for work
    "II. KẾT QUẢ CUỘC HỌP", "II. YÊU CẦU", "II. ĐỊNH HƯỚNG THỜI GIAN TỚI",
])
def test_the_agencies_a_section_asks_for_work_whatever_its_heading(heading):
    record = _conclusions(heading, "Sở Xây dựng khẩn trương hoàn thiện hồ sơ dự án.",
                          "Giao Sở Tài chính bố trí vốn cho dự án.")
    assert [(u.name, u.section) for u in record.units] == [("Sở Xây dựng", "II.1"), ("Sở Tài chính", "II.2")]


@pytest.mark.parametrize("items", [
    # what the agencies did: an assessment still
    ("Sở Xây dựng đã hoàn thiện hồ sơ dự án.", "Sở Tài chính đã bố trí vốn cho dự án."),
    # a requirement of the plan's, one item of which names bodies
    ("Bảo đảm tiến độ các dự án.", "Các sở, ngành, địa phương chủ động, sáng tạo trong tổ chức thực hiện."),
])
def test_an_assessment_or_a_requirement_that_names_agencies_asks_none(items):
    assert _conclusions("II. KẾT QUẢ THỰC HIỆN", *items).units == []
    assert _conclusions("II. YÊU CẦU", *items).units == []


@pytest.mark.parametrize(("item", "unit"), [
    ("Về phía Bộ Công Thương: bảo đảm cung ứng điện cho dự án.", "Bộ Công Thương"),
    ("Quân ủy Trung ương lãnh đạo bảo đảm quốc phòng trên địa bàn.", "Quân ủy Trung ương"),
    # (what it must not do is work too)
    ("Báo Quảng Ngãi không đăng tải thông tin chưa được kiểm chứng về dự án.", "Báo Quảng Ngãi"),
    # (a verb the name would otherwise run into: "giữ gìn")
    ("Ủy ban nhân dân các xã, phường giữ gìn an ninh, trật tự tại các điểm du lịch.", "Ủy ban nhân dân các xã, phường"),
    # (how it is to act, before its work: "gương mẫu")
    ("Ủy ban nhân dân các xã, phường gương mẫu thực hiện tiết kiệm điện tại trụ sở.", "Ủy ban nhân dân các xã, phường"),
])
def test_the_body_an_item_opens_with(item, unit):
    record = _conclusions("II. NHIỆM VỤ THỜI GIAN TỚI", item, "Giao Sở Tài chính bố trí vốn cho dự án.")
    assert [(u.name, u.section) for u in record.units] == [(unit, "II.1"), ("Sở Tài chính", "II.2")]


@pytest.mark.parametrize(("item", "units"), [
    # bodies asked to agree on something between them: their work
    ("Ủy ban nhân dân tỉnh Quảng Ninh và thành phố Hải Phòng thống nhất phương án đầu tư cầu nối hai địa phương.",
     ["Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Hải Phòng"]),
    # the chair agreeing with what was put to it: no work given
    ("Thường trực Ủy ban nhân dân tỉnh thống nhất với đề xuất của Sở Xây dựng về phương án đầu tư.", []),
    ("Thường trực Ủy ban nhân dân tỉnh thống nhất đánh giá kết quả thực hiện nhiệm vụ năm 2025.", []),
])
def test_agreeing_as_work_or_as_assessment(item, units):
    record = _conclusions("II. NHIỆM VỤ THỜI GIAN TỚI", item, "Giao Sở Tài chính bố trí vốn cho dự án.")
    assert [u.name for u in record.units if u.section == "II.1"] == units


def _resolution(organisation: str = ""):
    """A Government resolution on its regular meeting, whose second part asks ministries for work, parsed."""
    text = (_header("CHÍNH PHỦ", "150/NQ-CP", "Hà Nội, ngày 5 tháng 10 năm 2025")
            + "NGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 9 năm 2025\nCHÍNH PHỦ\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT NGHỊ:\n"
            "1. Về tình hình kinh tế - xã hội tháng 9\nChính phủ cơ bản thống nhất đánh giá tình hình tích cực.\n"
            "2. Về nhiệm vụ, giải pháp trọng tâm thời gian tới\n"
            "a) Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ chủ động, linh hoạt.\n"
            "b) Bộ Tài chính:\n- Chủ trì điều hành chính sách tài khóa mở rộng hợp lý;\n"
            "- Đôn đốc các bộ, địa phương đẩy mạnh giải ngân vốn đầu tư công.\n"
            "c) Bộ trưởng các Bộ: Xây dựng, Công an tập trung chỉ đạo đẩy nhanh tiến độ các dự án hạ tầng.\n"
            "3. Về công tác xây dựng thể chế\nChính phủ thống nhất sự cần thiết ban hành Luật sửa đổi.\n"
            + organisation + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    return parse_bytes(text.encode(), "nq.txt")


def test_a_resolution_on_no_plan_asks_its_ministries():
    """"2. Về nhiệm vụ, giải pháp …" of a resolution on no plan, with no part that organises one: its items address
    ministries as a directive's do — units, no tasks; the Government agreeing is no unit."""
    record = _resolution()
    assert [(u.name, u.section) for u in record.units] == [
        ("Ngân hàng Nhà nước Việt Nam", "2.a"), ("Bộ Tài chính", "2.b"), ("Bộ Xây dựng", "2.c"), ("Bộ Công an", "2.c")]
    assert record.tasks == []


def test_a_resolution_that_organises_its_work_gives_tasks():
    """The same items under a resolution with a part on organising them ("4. Tổ chức thực hiện"): its work, a plan's."""
    record = _resolution("4. Tổ chức thực hiện\nBộ Kế hoạch và Đầu tư theo dõi, đôn đốc việc thực hiện.\n")
    assert [t.id for t in record.tasks] == ["2.a", "2.b", "2.c"]


def test_a_body_under_a_short_heading_and_a_topics_own_decisions():
    """"2. Nhiệm vụ thời gian tới ⏎ UBND xã Ba Tơ tập trung …": the heading has ended where a line opening with a body's
    initials says what it does; "3. Về các đề xuất của xã ⏎ a) Về sửa chữa trụ sở: ⏎ Giao Sở Tài chính …": the body
    is the lettered item's unit, not its topic's."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "120/TB-VPUB", "Quảng Ngãi, ngày 22 tháng 9 năm 2025")
            + "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với xã Ba Tơ\n"
            "Ngày 18/9/2025, Chủ tịch Ủy ban nhân dân tỉnh làm việc với xã Ba Tơ và kết luận như sau:\n"
            "1. Đánh giá chung\nXã Ba Tơ đã ổn định tổ chức bộ máy.\n2. Nhiệm vụ thời gian tới\n"
            "UBND xã Ba Tơ tập trung thực hiện tốt các nội dung sau:\n- Rà soát, bố trí công chức phù hợp.\n"
            "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n3. Về các đề xuất, kiến nghị của xã\n"
            "a) Về sửa chữa trụ sở làm việc:\nGiao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng kiểm tra thực tế.\n"
            "b) Về bổ sung công chức chuyên môn:\nSở Nội vụ rà soát, hướng dẫn UBND xã thực hiện.\n"
            + signed("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", name="Nguyễn Văn An"))
    record = parse_bytes(text.encode(), "tb.txt")
    assert [(u.name, u.section) for u in record.units] == [
        ("UBND xã Ba Tơ", "2"), ("Sở Tài chính", "3.a"), ("Sở Nội vụ", "3.b")]


def test_a_letters_issuer_speaking_in_its_items_is_no_unit():
    """"3. Bộ Tài chính sẽ tổng hợp …" in the Bộ's own letter: the issuer speaks of its own work."""
    text = ("BỘ TÀI CHÍNH\nSố: 1234/BTC-NSNN\nV/v triển khai dự toán năm 2026\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 22 tháng 11 năm 2025\nKính gửi:\n- Các bộ, cơ quan ngang bộ;\n"
            "- Ủy ban nhân dân các tỉnh, thành phố.\nThực hiện Nghị quyết số 150/NQ-CP, Bộ Tài chính đề nghị:\n"
            "1. Các bộ, cơ quan ngang bộ rà soát dự toán năm 2026.\n"
            "2. Ủy ban nhân dân các tỉnh, thành phố chủ động bố trí nguồn.\n"
            "3. Bộ Tài chính sẽ tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2025.\n"
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Nguyễn Văn Thắng"))
    record = parse_bytes(text.encode(), "cv.txt")
    assert [(u.name, u.section) for u in record.units] == [
        ("Các bộ, cơ quan ngang bộ", "1"), ("Ủy ban nhân dân các tỉnh, thành phố", "2")]


def _party_header(committee: str, number: str, place: str, day: str) -> str:
    """A Party document's header: the committee over its number, the Party's motto, the place and date."""
    return f"{committee}\nSố {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày {day}\n"


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_the_body_whose_conclusions_they_are_speaks_in_them(wrap):
    """"KẾT LUẬN của Ban Thường vụ Tỉnh ủy … ⏎ 2. Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy …": the body that concludes
    asks, it is given no work; the bodies its items open with are (however a page's wrap cut its name)."""
    text = (_party_header("TỈNH ỦY QUẢNG NGÃI", "120-KL/TU", "Quảng Ngãi", "22 tháng 11 năm 2025")
            + "KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về sơ kết Nghị quyết phát triển du lịch\n"
            "Ngày 18/11/2025, Ban Thường vụ Tỉnh ủy họp nghe báo cáo sơ kết. "
            f"Ban Thường vụ Tỉnh{wrap}ủy kết luận như sau:\n"
            "1. Nghị quyết đã đi vào cuộc sống.\n"
            "2. Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tiếp tục thực hiện có hiệu quả Nghị quyết.\n"
            "3. Ban cán sự đảng UBND tỉnh lãnh đạo ban hành kế hoạch triển khai Kết luận này.\n"
            + signed("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", name="Nguyễn Văn Bình"))
    record = parse_bytes(text.encode(), "kl.txt")
    assert [(u.name, u.section) for u in record.units] == [("Ban cán sự đảng UBND tỉnh", "3")]


@pytest.mark.parametrize(("item", "units"), [
    # a title the line cut before the second body's name
    ("Tổng Giám đốc Đài Truyền hình Việt Nam, Tổng\nGiám đốc Đài Tiếng nói Việt Nam chỉ đạo tăng\ncường thông tin.",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]),
])
def test_a_heading_of_names_a_pages_wrap_cut(item, units):
    record = _conclusions("II. NHIỆM VỤ THỜI GIAN TỚI", item, "Giao Sở Tài chính bố trí vốn cho dự án.")
    assert [u.name for u in record.units if u.section == "II.1"] == units


@pytest.mark.parametrize(("number", "article", "units"), [
    # "Điều 2. Giao …, Kho bạc Nhà nước Quảng ⏎ Ngãi theo chức năng …": the place's name goes on over the line
    ("2345/QĐ-UBND", "Giao Sở Tài chính, Kho bạc Nhà nước Quảng\nNgãi theo chức năng, nhiệm vụ hướng dẫn chủ đầu tư "
     "thực hiện dự án.", [("Sở Tài chính", "Điều 2"), ("Kho bạc Nhà nước Quảng Ngãi", "Điều 2")]),
    # "Điều 2. Giao Ủy ban nhân dân phường Cẩm ⏎ Thành tổ chức …": the ward's name goes on over the line
    ("2346/QĐ-UBND", "Giao Ủy ban nhân dân phường Cẩm\nThành tổ chức quản lý, khai thác công trình sau khi hoàn thành.",
     [("Ủy ban nhân dân phường Cẩm Thành", "Điều 2")]),
])
def test_an_articles_title_a_pages_wrap_cut_inside_a_name(number, article, units):
    """An article's title a page's wrap cut inside a place's name: the name goes on over the line."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", number, "Quảng Ngãi, ngày 22 tháng 11 năm 2025")
            + "QUYẾT ĐỊNH\nVề việc phê duyệt dự án đầu tư\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt dự án đầu tư xây dựng đường tỉnh.\nĐiều 2. " + article + "\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n"
            + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Nguyễn Văn An"))
    record = parse_bytes(text.encode(), "qd.txt")
    assert [(u.name, u.section) for u in record.units] == units


def test_the_committees_of_the_places_listed_on_the_next_line():
    """"4. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: ⏎ Hà Tĩnh, Quảng Trị, Huế …": the places
    a wrap put on the next line, one committee each."""
    text = (_header("THỦ TƯỚNG CHÍNH PHỦ", "228/CĐ-TTg", "Hà Nội, ngày 25 tháng 11 năm 2025")
            + "CÔNG ĐIỆN\nVề việc ứng phó với mưa lũ\nThủ tướng Chính phủ yêu cầu:\n"
            "1. Các địa phương tập trung chỉ đạo ứng phó.\n"
            "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\nHà Tĩnh, Quảng Trị, Huế chủ động "
            "sơ tán dân.\n" + signed("THỦ TƯỚNG", name="Phạm Minh Chính"))
    record = parse_bytes(text.encode(), "cd.txt")
    assert [u.name for u in record.units if u.section == "2"] == [
        "Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân thành phố Huế"]


def test_a_topic_a_wrap_cut_after_a_word_that_takes_the_next():
    """"2. Về việc xây dựng Bảng giá … trình ⏎ UBND tỉnh ban hành": the topic goes on over the line after "trình";
    the body it names is whom the work goes to, no unit."""
    text = (_header("CỤC THUẾ", "120/CT-NVDTPC", "Quảng Ngãi, ngày 22 tháng 11 năm 2025")
            + "V/v hướng dẫn lệ phí trước bạ\nKính gửi: Chi cục Thuế khu vực XV.\n"
            "Cục Thuế có ý kiến như sau:\n1. Về nguyên tắc chung\nThực hiện theo quy định của pháp luật.\n"
            "2. Về việc xây dựng Bảng giá tính lệ phí trước bạ ô tô, xe máy trình\nUBND tỉnh ban hành\n"
            "2.1. Về nguyên tắc, phương pháp xác định giá tính lệ phí trước bạ theo quy định.\n"
            + signed("KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", name="Nguyễn Văn An"))
    record = parse_bytes(text.encode(), "cv.txt")
    assert [(u.name, u.section) for u in record.units] == []


def test_a_body_given_work_after_a_wrap_that_cut_the_giving_word_from_it():
    """"- Đối với …, trường hợp có vướng mắc, giao ⏎ Ủy ban nhân dân cấp tỉnh chủ động …": "giao" takes the body
    asked, the unit of the item, across the wrap."""
    record = _conclusions("II. NHIỆM VỤ THỜI GIAN TỚI",
                          "Về phân định thẩm quyền\n- Đối với các nhiệm vụ thuộc cấp huyện trước đây, trường hợp có "
                          "vướng mắc, giao\nỦy ban nhân dân cấp tỉnh chủ động chỉ đạo, tháo gỡ khó khăn.",
                          "Giao Sở Tài chính bố trí vốn cho dự án.")
    assert [(u.name, u.section) for u in record.units] == [
        ("Ủy ban nhân dân cấp tỉnh", "II.1"), ("Sở Tài chính", "II.2")]


def test_a_fields_items_each_with_its_own_body_and_deadline_are_the_tasks():
    """"- Thời gian thực hiện: ⏎ + Các bộ … gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025. ⏎ + Bộ
    Công an tổng hợp kết quả … trước ngày 31 tháng 12 năm 2025.": the "+" items a field holds, each with its own body
    and deadline, are the item's work in its parts: a task each."""
    doc = ("KẾ HOẠCH\nTriển khai Luật Bảo vệ dữ liệu cá nhân\nI. MỤC ĐÍCH\nBảo đảm thống nhất.\nII. NHIỆM VỤ\n"
           "1. Rà soát văn bản quy phạm pháp luật\n- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan.\n"
           "- Cơ quan thực hiện: Bộ Công an; các bộ, cơ quan ngang bộ.\n- Thời gian thực hiện:\n"
           "+ Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương gửi kết quả "
           "rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025.\n"
           "+ Bộ Công an tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.\n"
           "2. Tổ chức kiểm tra việc thi hành Luật\n- Cơ quan thực hiện: Bộ Công an.\n"
           "- Thời gian thực hiện: Năm 2026.\n"
           "III. TỔ CHỨC THỰC HIỆN\nCác bộ thực hiện.\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("II.1.p1", ("Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
         "trước ngày 15 tháng 12 năm 2025"),
        ("II.1.p2", ("Bộ Công an",), "trước ngày 31 tháng 12 năm 2025"),
        ("II.2", ("Bộ Công an",), "Năm 2026")]


@pytest.mark.parametrize("item, units", [
    ("Đảng ủy các phường: Hạ Long, Bãi Cháy và đặc khu Vân Đồn lãnh đạo phân loại rác tại nguồn.",
     ["Đảng ủy phường Hạ Long", "Đảng ủy phường Bãi Cháy", "Đảng ủy đặc khu Vân Đồn"]),
    ("Ban Thường vụ các tỉnh ủy, thành ủy: Thanh Hóa, Nghệ An, Huế lãnh đạo xây dựng chương trình kiểm tra.",
     ["Ban Thường vụ Tỉnh ủy Thanh Hóa", "Ban Thường vụ Tỉnh ủy Nghệ An", "Ban Thường vụ Thành ủy Huế"]),
    ("Các tỉnh ủy: Quảng Trị, Hà Tĩnh quán triệt, tổ chức thực hiện Kết luận.",
     ["Tỉnh ủy Quảng Trị", "Tỉnh ủy Hà Tĩnh"]),
    # (the committee's word says its level: no "tỉnh" again before the place)
    ("Tỉnh ủy các tỉnh, thành phố: Quảng Trị, Huế quán triệt, tổ chức thực hiện Kết luận.",
     ["Tỉnh ủy Quảng Trị", "Thành ủy Huế"]),
    # (the speaker of the conclusions weighing in names no unit)
    ("Thường trực Tỉnh ủy nhấn mạnh: bảo vệ môi trường là nhiệm vụ của cả hệ thống chính trị.", []),
    # ("nhất là" singles out some of them; it defines none)
    ("Cấp ủy, chính quyền địa phương các cấp, nhất là thành phố Hạ Long, thành phố Cẩm Phả phải đi đầu trong phân "
     "loại rác.", ["Cấp ủy, chính quyền địa phương các cấp"]),
])
def test_a_body_of_each_place_listed_after_its_kind(item, units):
    """"Đảng ủy các phường: Hạ Long, Bãi Cháy và đặc khu Vân Đồn", "Ban Thường vụ các tỉnh ủy, thành ủy: Thanh Hóa,
    Huế": the body of each place the list names, of its level (a commune's, a ward's), or the party's committee of
    each province or city (a city's is its Thành ủy)."""
    assert [u.name for u in _party_notice(item).units if u.section == "2"] == units


def _party_notice(item: str):
    """A provincial Party committee's conclusions whose item 2 is ``item``, parsed."""
    text = (_party_header("TỈNH ỦY QUẢNG NINH", "120-TB/TU", "Quảng Ninh", "22 tháng 11 năm 2025")
            + "THÔNG BÁO\nKết luận của Thường trực Tỉnh ủy về bảo vệ môi trường\n"
            "Ngày 18/11/2025, Thường trực Tỉnh ủy họp. Thường trực Tỉnh ủy kết luận như sau:\n"
            f"1. Văn phòng Tỉnh ủy theo dõi việc thực hiện.\n2. {item}\n"
            + signed("T/M THƯỜNG TRỰC", "PHÓ BÍ THƯ THƯỜNG TRỰC", name="Nguyễn Văn Bình"))
    return parse_bytes(text.encode(), "tb.txt")


def test_a_shared_heads_list_of_names_holding_and_parted_by_semicolons():
    """"Các Bộ: Văn hóa, Thể thao và Du lịch; Giáo dục và Đào tạo; Y tế:": names that hold "và" and commas, parted by
    semicolons after the first, one ministry each."""
    text = ("CHÍNH PHỦ\nSố: 45/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 08 tháng 4 năm 2026\nNGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 3 năm 2026\n"
            "QUYẾT NGHỊ:\n1. Bộ Tài chính chủ trì tổng hợp tình hình.\n"
            "2. Các Bộ: Văn hóa, Thể thao và Du lịch; Giáo dục và Đào tạo; Y tế theo chức năng, nhiệm vụ được giao "
            "chỉ đạo tổ chức các hoạt động hưởng ứng.\n" + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    record = parse_bytes(text.encode(), "nq.txt")
    assert [u.name for u in record.units if u.section == "2"] == [
        "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Giáo dục và Đào tạo", "Bộ Y tế"]


def _government_notice(item: str):
    """A Government Office's conclusions notice whose "2." is ``item``, parsed."""
    text = (_header("VĂN PHÒNG CHÍNH PHỦ", "516/TB-VPCP", "Hà Nội, ngày 22 tháng 11 năm 2025")
            + "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại cuộc họp về các dự án cao tốc\n"
            "Ngày 20 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì cuộc họp, kết luận như sau:\n"
            f"1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án.\n2. {item}\n"
            + "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.\n"
            + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Mai Thị Thu Vân"))
    return parse_bytes(text.encode(), "tb.txt")


@pytest.mark.parametrize("item, units", [
    # (the places listed after the words that say which of them: "… có dịch đang lây lan nhanh: …", not examples)
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có dịch đang lây lan nhanh: Lào\nCai, Phú Thọ và thành phố Hải "
     "Phòng khẩn trương thành lập các đoàn kiểm tra.",
     ["Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Phú Thọ", "Ủy ban nhân dân thành phố Hải Phòng"]),
    ("Ủy ban nhân dân các tỉnh, thành phố có dịch chỉ đạo kiểm soát tại các địa bàn trọng điểm như: Hà Nội, Hải "
     "Phòng.", ["Ủy ban nhân dân các tỉnh, thành phố có dịch"]),
    # (… after the kind of land they are, and what befalls them there)
    ("Chủ tịch Ủy ban nhân dân các tỉnh miền núi, biên giới thường xảy ra sạt lở đất: Lào Cai, Lai Châu chỉ đạo rà "
     "soát các tuyến đường.", ["Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lai Châu"]),
    # (the rest of the places of that kind: "… có rừng khác")
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có rừng khác chủ động triển khai các biện pháp phòng cháy.",
     ["Ủy ban nhân dân các tỉnh, thành phố có rừng khác"]),
    # (a place whose name opens with a word that is also a verb: "Cần Thơ")
    ("Đề nghị các địa phương: Cần Thơ, Vĩnh Long, Đồng Tháp tập trung chỉ đạo giải phóng mặt bằng.",
     ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh Vĩnh Long", "Ủy ban nhân dân tỉnh Đồng Tháp"]),
    ("Các tỉnh, thành phố: Quảng Ninh, Hải Phòng chủ động bố trí vốn đối ứng.",
     ["Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Hải Phòng"]),
    # (a body of a place, then another place that says its kind in capitals: the same body of each)
    ("Sở Văn hóa và Thể thao thành phố Hà Nội, Thành phố Hồ Chí Minh hướng dẫn tổ chức lễ hội.",
     ["Sở Văn hóa và Thể thao thành phố Hà Nội", "Sở Văn hóa và Thể thao thành phố Hồ Chí Minh"]),
    ("Tỉnh ủy, Ủy ban nhân dân các tỉnh, thành phố: Lào Cai, Hải Phòng lãnh đạo, chỉ đạo thực hiện.",
     ["Tỉnh ủy Lào Cai", "Thành ủy Hải Phòng", "Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân thành phố Hải Phòng"]),
    ("Các đồng chí Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái trực tiếp chỉ đạo.",
     ["Tỉnh ủy Lào Cai", "Tỉnh ủy Yên Bái", "Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Yên Bái"]),
])
def test_the_places_a_list_names_by_their_kind_alone_each_by_its_committee(item, units):
    """"Đề nghị các địa phương: Cần Thơ, Vĩnh Long …", "Các tỉnh, thành phố: Quảng Ninh, Hải Phòng": the places, each
    by its people's committee, as "Ủy ban nhân dân các tỉnh: …" names them; "Tỉnh ủy, Ủy ban nhân dân các tỉnh: …" each
    place's Party committee as well."""
    assert [u.name for u in _government_notice(item).units if u.section == "2"] == units


@pytest.mark.parametrize("item, units", [
    ("Đồng chí Chủ tịch UBND phường chỉ đạo xây dựng kế hoạch cụ thể.", ["UBND phường"]),
    ("Đề nghị đồng chí Chủ tịch Ủy ban MTTQ Việt Nam phường chỉ đạo Ban Công tác Mặt trận.",
     ["Ủy ban MTTQ Việt Nam phường"]),
    # (one person's two posts: the one that acts)
    ("Đồng chí Phó Bí thư Đảng ủy phường, Chủ tịch UBND phường chỉ đạo Phòng Kinh tế rà soát.", ["UBND phường"]),
])
def test_a_post_addressed_with_its_honorific_names_its_body(item, units):
    """"Đồng chí Chủ tịch UBND phường chỉ đạo …" in a Party conclusion: the ward's committee, as "Chủ tịch UBND phường
    chỉ đạo …" names it; one comrade's two posts ("Phó Bí thư Đảng ủy, Chủ tịch UBND phường") name the body the last
    one heads."""
    assert [u.name for u in _party_notice(item).units if u.section == "2"] == units


def test_the_committees_own_officer_given_work_in_its_telegram_is_no_unit():
    """"7. Giao đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực nông nghiệp trực tiếp chỉ đạo …" in the provincial
    committee's own telegram: the issuer handing its officer the work, no body addressed."""
    record = _telegram(
        "Sở Nông nghiệp và Môi trường chủ trì kiểm tra các khu rừng có nguy cơ cháy cao.",
        "Giao đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực nông nghiệp trực tiếp chỉ đạo, đôn đốc các cơ quan, "
        "đơn vị triển khai thực hiện Công điện này.",
        sender=("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "04/CĐ-UBND", "Sơn La", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "CHỦ TỊCH"))
    assert [(u.name, u.section) for u in record.units] == [("Sở Nông nghiệp và Môi trường", "1")]


def test_plus_bullets_right_under_an_item_are_its_bullets():
    """"1. … ⏎ + Sở Y tế chủ trì …; thời gian: Quý II/2026": "+" where an item's list opens with it is that item's
    bullet ("b1"), as "-" would be; "p1" is kept for a "+" under a "-"."""
    doc = ("KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\nI. MỤC ĐÍCH\nBảo đảm thống nhất.\nII. NHIỆM VỤ\n"
           "1. Phát triển hạ tầng số\n+ Sở Khoa học và Công nghệ chủ trì phát triển mạng 5G; thời gian: Quý II/2026.\n"
           "+ Sở Y tế chủ trì triển khai bệnh án điện tử; thời gian: Quý IV/2026.\n"
           "2. Phát triển dữ liệu\n- Sở Tài chính chủ trì xây dựng kho dữ liệu; thời gian: năm 2026.\n"
           "+ Tích hợp dữ liệu tài chính công.\n"
           "III. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện.\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("II.1.b1", ("Sở Khoa học và Công nghệ",)), ("II.1.b2", ("Sở Y tế",)), ("II.2.b1", ("Sở Tài chính",))]


_PRIME_MINISTER = ("THỦ TƯỚNG CHÍNH PHỦ", "224/CĐ-TTg", "Hà Nội", "THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG")


def _telegram(*items: str, sender: tuple[str, str, str, str, str] = _PRIME_MINISTER):
    """A telegram whose points are ``items``, parsed; ``sender``: its issuer, number, place, sender's line and
    signature (the Prime Minister's unless told)."""
    issuer, number, place, sends, signs = sender
    text = (_header(issuer, number, f"{place}, ngày 22 tháng 11 năm 2025")
            + f"CÔNG ĐIỆN\nVề việc đẩy nhanh giải ngân vốn đầu tư công\n{sends} điện:\n- Các Bộ trưởng;\n"
            "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"
            + "".join(f"{i}. {item}\n" for i, item in enumerate(items, 1))
            + signed(signs, name="Phạm Minh Chính"))
    return parse_bytes(text.encode(), "cd.txt")


def test_who_a_telegrams_points_address_past_their_titles():
    """"Chủ tịch Hội đồng thành viên, Tổng Giám đốc các tập đoàn kinh tế, tổng công ty nhà nước khẩn trương …": the
    companies, however many titles come first; "… cơ quan thuộc Chính phủ, cơ quan khác ở Trung ương, Chủ tịch …": the
    central bodies, the others too; "5. Bộ trưởng các Bộ: Quốc phòng, Công an … . ⏎ Bộ Quốc phòng chỉ đạo …": a body
    the point named, its work going on in the point."""
    record = _telegram(
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan khác ở Trung ương, Chủ tịch Ủy "
        "ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo giải ngân.",
        "Chủ tịch Hội đồng thành viên, Tổng Giám đốc các tập đoàn kinh tế, tổng công ty nhà nước khẩn trương triển "
        "khai các dự án được giao vốn.",
        "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị hỗ trợ địa phương.\n"
        "Bộ Quốc phòng chỉ đạo Bộ đội Biên phòng các tỉnh ven biển phối hợp với địa phương.")
    assert [(u.name, u.section) for u in record.units] == [
        ("Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan khác ở Trung ương", "1"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "1"),
        ("các tập đoàn kinh tế, tổng công ty nhà nước", "2"),
        ("Bộ Quốc phòng", "3"), ("Bộ Công an", "3")]


@pytest.mark.parametrize("item, units", [
    # (the state's own companies are public bodies)
    ("Các tập đoàn, doanh nghiệp nhà nước:\n- Tập đoàn Điện lực Việt Nam bảo đảm cấp điện.",
     ["Các tập đoàn, doanh nghiệp nhà nước", "Tập đoàn Điện lực Việt Nam"]),
    # ("giao" handing work out in the ministry's own voice, no part of a name)
    ("Bộ Tài chính giao Kho bạc Nhà nước:\n- Kiểm soát, thanh toán kịp thời.", ["Kho bạc Nhà nước"]),
    # (the localities in general are asked, no body of their own)
    ("Đồng ý hỗ trợ kinh phí.\nCác địa phương chịu trách nhiệm sử dụng kinh phí đúng mục đích.", []),
])
def test_whom_a_ministrys_letter_addresses(item, units):
    text = (_header("BỘ TÀI CHÍNH", "13876/BTC-ĐT", "Hà Nội, ngày 22 tháng 11 năm 2025")
            + "V/v đẩy nhanh giải ngân vốn đầu tư công\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n"
            "Bộ Tài chính đề nghị:\n1. Ủy ban nhân dân các tỉnh, thành phố rà soát kế hoạch vốn.\n"
            f"2. {item}\n" + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Bùi Văn Khắng"))
    record = parse_bytes(text.encode(), "cv.txt")
    assert [u.name for u in record.units if u.section == "2"] == units


def test_the_places_of_a_list_of_two_kinds_each_as_the_document_writes_it():
    """"Chủ tịch Ủy ban nhân dân các xã, phường: Hòa Tiến, Bà Nà, Hòa Xuân" after "… xã Bà Nà và phường Hòa Xuân": each
    place of the kind the document writes it with; "Thủ trưởng các cơ quan, đơn vị: Trạm Y tế xã, Trường …": the bodies
    the heads' group names."""
    text = (_header("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG", "512/TB-UBND", "Đà Nẵng, ngày 22 tháng 11 năm 2025")
            + "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân thành phố tại buổi kiểm tra dự án\n"
            "Ngày 20 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân thành phố kiểm tra dự án đi qua xã Hòa Tiến, xã Bà Nà "
            "và phường Hòa Xuân. Chủ tịch kết luận như sau:\n"
            "1. Chủ tịch Ủy ban nhân dân các xã, phường: Hòa Tiến, Bà Nà, Hòa Xuân chịu trách nhiệm về tiến độ giải "
            "phóng mặt bằng.\n"
            "2. Thủ trưởng các cơ quan, đơn vị: Trạm Y tế xã, Trường Mầm non Tân Lập theo chức năng chủ động phòng, "
            "chống dịch bệnh.\n" + signed("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", name="Lê Văn Hòa"))
    record = parse_bytes(text.encode(), "tb.txt")
    assert [(u.name, u.section) for u in record.units] == [
        ("Ủy ban nhân dân xã Hòa Tiến", "1"), ("Ủy ban nhân dân xã Bà Nà", "1"),
        ("Ủy ban nhân dân phường Hòa Xuân", "1"), ("Trạm Y tế xã", "2"), ("Trường Mầm non Tân Lập", "2")]


def test_a_letters_paragraph_before_its_items_that_hands_a_body_the_work_they_detail():
    """"… có ý kiến như sau: ⏎ Giao Bộ Tài chính chủ trì …, lưu ý các nội dung sau: ⏎ a) … b) …": the body the paragraph
    gives the work its lettered items detail (not a preface asking everyone: "Đề nghị các Bộ, ngành … sau:")."""
    text = (_header("VĂN PHÒNG CHÍNH PHỦ", "11371/VPCP-QHĐP", "Hà Nội, ngày 22 tháng 11 năm 2025")
            + "V/v trụ sở làm việc cấp xã sau sắp xếp\nKính gửi: Bộ Tài chính.\n"
            "Xét đề nghị của Ủy ban nhân dân tỉnh Đắk Lắk, Phó Thủ tướng Chính phủ có ý kiến như sau:\n"
            "Giao Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan xử lý theo thẩm quyền, lưu ý các nội dung "
            "sau:\na) Rà soát tổng thể hiện trạng trụ sở làm việc;\nb) Xác định rõ khả năng cân đối ngân sách.\n"
            "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.\n"
            + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Mai Thị Thu Vân"))
    record = parse_bytes(text.encode(), "cv.txt")
    assert [(u.name, u.section) for u in record.units] == [("Bộ Tài chính", None)]


def test_a_party_notices_part_on_the_situation_and_the_work_ahead_asks_bodies():
    """"I- VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG VÀ NHIỆM VỤ, GIẢI PHÁP NHỮNG THÁNG CUỐI NĂM 2025 ⏎ … ⏎ - Bộ Tài chính
    quản lý …": a part that assesses, then names the work ahead, asks the bodies its items open with, however long its
    heading."""
    text = (_party_header("BAN CHẤP HÀNH TRUNG ƯƠNG", "212-TB/TW", "Hà Nội", "10 tháng 10 năm 2025")
            + "THÔNG BÁO\nKết luận của Bộ Chính trị về tình hình kinh tế - xã hội 9 tháng năm 2025\n"
            "Tại phiên họp ngày 03/10/2025, Bộ Chính trị kết luận như sau:\n"
            "I- VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG VÀ NHIỆM VỤ, GIẢI PHÁP NHỮNG THÁNG CUỐI NĂM 2025\n"
            "1. Bộ Chính trị cơ bản đồng ý với đánh giá của Đảng ủy Chính phủ.\n"
            "2. Về nhiệm vụ, giải pháp những tháng cuối năm 2025, Đảng ủy Chính phủ lãnh đạo, chỉ đạo Chính phủ, các "
            "bộ, ngành tập trung thực hiện:\n"
            "- Bộ Tài chính quản lý chặt chẽ thu, chi ngân sách.\n"
            "- Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ chủ động, linh hoạt.\n"
            + signed("T/M BỘ CHÍNH TRỊ", name="Trần Cẩm Tú"))
    record = parse_bytes(text.encode(), "tb.txt")
    assert [(u.name, u.section) for u in record.units] == [
        ("Bộ Tài chính", "I.2"), ("Ngân hàng Nhà nước Việt Nam", "I.2")]


def test_a_notice_on_a_bills_topics_keeps_its_items_and_asks_their_bodies():
    """A notice on a bill: "1. Về phạm vi điều chỉnh …" is a topic, no regulation's scope; "Yêu cầu Bộ Công Thương rà
    soát, bổ sung quy định về: ⏎ - …" asks a body, no "Yêu cầu" section the next items would fall under; "Các Bộ, cơ
    quan: Công an, Tài chính, …, Ngân hàng Nhà nước Việt Nam" names each."""
    text = (_header("VĂN PHÒNG CHÍNH PHỦ", "472/TB-VPCP", "Hà Nội, ngày 09 tháng 9 năm 2025")
            + "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ tại cuộc họp về dự án Luật Thương mại điện tử\n"
            "Sau khi nghe báo cáo, Phó Thủ tướng Chính phủ kết luận như sau:\n"
            "I. VỀ MỘT SỐ NỘI DUNG CỤ THỂ CỦA DỰ THẢO LUẬT\n1. Về phạm vi điều chỉnh, đối tượng áp dụng\n"
            "Bộ Công Thương rà soát, làm rõ phạm vi điều chỉnh của dự thảo Luật.\n"
            "2. Về bảo vệ quyền lợi người tiêu dùng\nDự thảo Luật phải bảo đảm thống nhất với các luật liên quan.\n"
            "Yêu cầu Bộ Công Thương rà soát, bổ sung quy định về:\n- Cơ chế giải quyết tranh chấp trực tuyến.\n"
            "3. Về thanh toán\nNgân hàng Nhà nước Việt Nam có ý kiến bằng văn bản về các quy định liên quan.\n"
            "II. VỀ TỔ CHỨC THỰC HIỆN\n1. Các Bộ, cơ quan: Công an, Tài chính, Ngân hàng Nhà nước Việt Nam theo chức "
            "năng, nhiệm vụ được giao cử cán bộ tham gia Tổ biên tập.\n"
            + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Mai Thị Thu Vân"))
    record = parse_bytes(text.encode(), "tb.txt")
    assert [(u.name, u.section) for u in record.units] == [
        ("Bộ Công Thương", "I.1"), ("Bộ Công Thương", "I.2"), ("Ngân hàng Nhà nước Việt Nam", "I.3"),
        ("Bộ Công an", "II.1"), ("Bộ Tài chính", "II.1"), ("Ngân hàng Nhà nước Việt Nam", "II.1")]


def test_a_topic_on_a_line_of_its_own_over_a_list_of_bodies():
    """"15. Đối với các kiến nghị khác của tỉnh ⏎ Các Bộ, cơ quan: Kế hoạch và Đầu tư, Tài chính, … xem xét …": the
    topic ends with its line; the colon below is the bodies' list, no end of a topic run on."""
    record = _government_notice("Đối với các kiến nghị khác của tỉnh\nCác Bộ, cơ quan: Kế hoạch và Đầu tư, Tài chính, "
                                "Ngân hàng Nhà nước Việt Nam theo chức năng, nhiệm vụ được giao, xem xét, xử lý theo "
                                "thẩm quyền.")
    assert [u.name for u in record.units if u.section == "2"] == [
        "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"]


def test_an_assessments_sentence_over_its_points_is_no_title_over_the_items_after_them():
    """"Những hạn chế chủ yếu là: ⏎ - … ⏎ 1. Tăng cường … ⏎ 2. Ban Tuyên giáo …": the sentence leads its own points; the
    directive's numbered items after them are its own, asking their bodies."""
    text = (_party_header("THÀNH ỦY HẢI PHÒNG", "07-CT/TU", "Hải Phòng", "12 tháng 11 năm 2025")
            + "CHỈ THỊ\ncủa Ban Thường vụ Thành ủy về công tác phòng cháy, chữa cháy\n"
            "Thời gian qua, công tác phòng cháy, chữa cháy có chuyển biến; tình hình cháy, nổ còn phức tạp.\n"
            "Những hạn chế chủ yếu là:\n- Một số cấp ủy chưa quan tâm đúng mức.\n- Hạ tầng chữa cháy chưa bảo đảm.\n"
            "1. Tăng cường sự lãnh đạo của các cấp ủy đối với công tác phòng cháy.\n"
            "2. Ban Tuyên giáo và Dân vận Thành ủy chủ trì định hướng công tác tuyên truyền.\n"
            + signed("T/M BAN THƯỜNG VỤ", "BÍ THƯ", name="Lê Tiến Châu"))
    record = parse_bytes(text.encode(), "ct.txt")
    assert [(u.name, u.section) for u in record.units] == [("Ban Tuyên giáo và Dân vận Thành ủy", "2")]


def test_a_paragraph_naming_another_body_under_a_top_level_item_goes_on_with_it():
    """"5. Bộ Y tế chỉ đạo … . ⏎ Đài Truyền hình Việt Nam … tăng cường thông tin … ⏎ 6. …": the paragraph is item 5's
    while another item follows it; after the last item, a body asked to follow the whole document is its own."""
    record = _telegram("Bộ Y tế chỉ đạo các đơn vị giám sát chặt chẽ tình hình dịch bệnh.\nĐài Truyền hình Việt Nam, "
                       "Thông tấn xã Việt Nam tăng cường thông tin về các biện pháp phòng bệnh.",
                       "Bộ Tài chính bảo đảm kinh phí cho công tác phòng, chống dịch.\n"
                       "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.")
    assert [(u.name, u.section) for u in record.units] == [
        ("Bộ Y tế", "1"), ("Đài Truyền hình Việt Nam", "1"), ("Thông tấn xã Việt Nam", "1"), ("Bộ Tài chính", "2"),
        ("Văn phòng Chính phủ", None)]


@pytest.mark.parametrize("item, unit", [
    ("Thường trực Chính phủ giao Bộ Tài chính chủ trì nghiên cứu phương án xử lý chênh lệch tỷ giá.", "Bộ Tài chính"),
    ("Ban Bí thư giao Ủy ban Kiểm tra Trung ương đưa nội dung thực hiện vào chương trình kiểm tra.",
     "Ủy ban Kiểm tra Trung ương"),
])
def test_a_leading_organ_handing_work_on_names_the_body_it_gives_it(item, unit):
    """"Thường trực Chính phủ giao Bộ Tài chính …", "Ban Bí thư giao Ủy ban Kiểm tra Trung ương …": the organ speaks,
    the body it gives the work to is the unit."""
    assert [u.name for u in _government_notice(item).units if u.section == "2"] == [unit]


def test_a_bullet_whose_body_works_in_the_area_it_was_given():
    """"1. Bộ Y tế: ⏎ - Viện Pasteur Nha Trang theo địa bàn được phân công tăng cường …": the area it was given stands
    between the body and its work."""
    record = _telegram("Bộ trưởng Bộ Y tế:\n- Chủ trì theo dõi chặt chẽ diễn biến dịch.\n- Viện Pasteur Nha Trang, "
                       "Viện Vệ sinh dịch tễ Tây Nguyên theo địa bàn được phân công tăng cường giám sát.",
                       "Bộ Tài chính bảo đảm kinh phí cho công tác phòng, chống dịch.")
    assert [(u.name, u.section) for u in record.units] == [
        ("Bộ Y tế", "1"), ("Viện Pasteur Nha Trang", "1"), ("Viện Vệ sinh dịch tễ Tây Nguyên", "1"),
        ("Bộ Tài chính", "2")]


@pytest.mark.parametrize("item, units", [
    # (one body of each number the first's name ends with)
    ("Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 1, 2 theo địa bàn được phân công nắm tình hình.",
     ["Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 1",
      "Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực 2"]),
    # (a place's last syllable that opens a verb with the next words: "Lâm Đồng chủ trì", not "đồng chủ trì")
    ("Giao Ủy ban nhân dân tỉnh Lâm Đồng chủ trì, phối hợp với Bộ Xây dựng nghiên cứu.",
     ["Ủy ban nhân dân tỉnh Lâm Đồng"]),
    ("Sở Y tế tỉnh Bình Định hướng dẫn các cơ sở khám bệnh, chữa bệnh.", ["Sở Y tế tỉnh Bình Định"]),
    # (the agencies a second title's list names, each by its name, after the ministries')
    ("Bộ trưởng các Bộ: Công an, Tài chính, Thủ trưởng các cơ quan: Thanh tra Chính phủ, Ngân hàng Nhà nước Việt Nam "
     "chỉ đạo các lực lượng chức năng.",
     ["Bộ Công an", "Bộ Tài chính", "Thanh tra Chính phủ", "Ngân hàng Nhà nước Việt Nam"]),
    # (a body after the region a collective's places are drawn from, joined by "và", is another subject)
    ("Ủy ban nhân dân các tỉnh khu vực Tây Bắc và Bộ Công an phối hợp chỉ đạo.",
     ["Ủy ban nhân dân các tỉnh khu vực Tây Bắc", "Bộ Công an"]),
    # (each name of a list ended by its code in brackets, whatever commas and verbs it holds)
    ("Các Cục: An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Pháp chế và cải cách hành chính, tư "
     "pháp (V03) theo chức năng, nhiệm vụ phối hợp chặt chẽ.",
     ["Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
      "Cục Pháp chế và cải cách hành chính, tư pháp"]),
    # (a shared head in small letters after a capital "Các": one body each)
    ("Các phòng: Giáo dục mầm non, Kế hoạch - Tài chính theo chức năng, nhiệm vụ hướng dẫn các trường.",
     ["Phòng Giáo dục mầm non", "Phòng Kế hoạch - Tài chính"]),
    # (a name the gazetteer knows, cut by the page's wrap before a word that may open a body)
    ("Giao Văn phòng Trung ương\nĐảng chủ trì theo dõi, đôn đốc việc thực hiện.", ["Văn phòng Trung ương Đảng"]),
])
def test_the_bodies_a_name_holds_whatever_follows_it(item, units):
    assert [u.name for u in _government_notice(item).units if u.section == "2"] == units


@pytest.mark.parametrize("point", [
    "b) Đối với Vườn quốc gia Cúc Phương, Vườn quốc gia Cát Tiên: tổ chức điều tiết nước, giữ ẩm cho lớp than bùn.",
    "b) Đối với các đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên, quyết toán riêng phần kinh phí được giao.",
])
def test_a_point_on_a_matter_the_body_above_deals_with_names_no_body(point):
    """"1. Chủ tịch Ủy ban nhân dân các tỉnh: … ⏎ b) Đối với Vườn quốc gia …: tổ chức …": under the item that named its
    body, a point's "đối với" says what the work is about, not who does it (a line "Đối với Sở Xây dựng:" over its
    duties does name it)."""
    record = _telegram(f"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:\na) Rà soát, bổ sung phương án phòng cháy."
                       f"\n{point}",
                       "Bộ Tài chính bảo đảm kinh phí.")
    assert [(u.name, u.section) for u in record.units] == [
        ("Ủy ban nhân dân các tỉnh, thành phố", "1"), ("Bộ Tài chính", "2")]


def test_the_document_gives_work_to_a_member_of_a_group_a_heading_names():
    """"2. Các đơn vị thuộc Bộ Tài chính: ⏎ a) Giao Vụ Ngân sách nhà nước chủ trì …": no group passes work on to one of
    its members so (the ministry its name holds is asked nothing); the letter gives it."""
    text = ("BỘ TÀI CHÍNH\nSố: 3187/BTC-NSNN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 10 tháng 3 năm 2026\nV/v quyết toán ngân sách nhà nước năm 2025\n"
            "Kính gửi: Các bộ, cơ quan trung ương.\nBộ Tài chính đề nghị:\n"
            "1. Kho bạc Nhà nước chỉ đạo Kho bạc Nhà nước các khu vực đối chiếu số liệu.\n"
            "2. Các đơn vị thuộc Bộ Tài chính:\n"
            "a) Giao Vụ Ngân sách nhà nước chủ trì, phối hợp với Kho bạc Nhà nước tổng hợp quyết toán.\n"
            "b) Cục Quản lý nợ và Kinh tế đối ngoại chủ trì xác nhận số liệu.\nTrân trọng./.\n"
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Bùi Văn Khắng"))
    record = parse_bytes(text.encode(), "cv.txt")
    assert [(u.name, u.section) for u in record.units if u.section and u.section.startswith("2.")] == [
        ("Vụ Ngân sách nhà nước", "2.a"), ("Cục Quản lý nợ và Kinh tế đối ngoại", "2.b")]


def test_a_body_named_after_the_bullets_of_a_points_heading_is_the_items():
    """"d) Ủy ban nhân dân các tỉnh: ⏎ - … ⏎ Ngân hàng Chính sách xã hội phối hợp …": in a notice, a paragraph after the
    bullets of a point that named its body over them names another body of the item above."""
    record = _government_notice("Về giải ngân vốn các chương trình mục tiêu quốc gia:\na) Bộ Tài chính:\n"
                                "- Bố trí đủ vốn cho các chương trình.\n- Hướng dẫn thủ tục giải ngân.\n"
                                "Ngân hàng Chính sách xã hội phối hợp chặt chẽ với các địa phương bảo đảm nguồn vốn.")
    assert [(u.name, u.section) for u in record.units if u.section and u.section.startswith("2")] == [
        ("Bộ Tài chính", "2.a"), ("Ngân hàng Chính sách xã hội", "2")]
