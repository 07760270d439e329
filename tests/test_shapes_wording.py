"""How a plan's items and headings say who leads, who joins and who is given work: each a way the language words
it, not a document's. The plans are short stand-ins written for the wording."""

from __future__ import annotations

import pytest

from parsers import parse_bytes
from tests.test_shapes import signed
from tests.test_shapes_copies import _header


def _plan(*items: str, organisation: str = "1. Sở Tài chính: Bố trí kinh phí.\n"):
    """A provincial plan whose task section holds ``items``, numbered from 1, then ``organisation``, parsed."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC", "120/KH-UBND", "Bình Phước, ngày 10 tháng 5 năm 2024")
            + "\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2024\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả công tác chuyển đổi số.\n\n"
            "II. NHIỆM VỤ CỤ THỂ\n" + "".join(f"{i}. {t}\n" for i, t in enumerate(items, 1))
            + "\nIII. TỔ CHỨC THỰC HIỆN\n" + organisation + "\n")
    return parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Văn Mi")).encode(), "kh.txt")


def _appendix(appendix: str):
    """A provincial plan whose tasks are in its appendix, ``appendix`` (the text after "PHỤ LỤC"), parsed."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "86/KH-UBND", "Quảng Ngãi, ngày 18 tháng 4 năm 2025")
            + "\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n\n"
            "II. NHIỆM VỤ\nTheo Phụ lục.\n\n" + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Hoàng Giang")
            + "\nPHỤ LỤC\n" + appendix)
    return parse_bytes(plan.encode(), "kh.md")


def _plan_items(*items: str):
    """The tasks of a plan whose task section holds ``items``."""
    return _plan(*items).tasks


@pytest.mark.parametrize(("item", "lead", "support"), [
    # the item's title, then a sentence whose subject does the work with its partners
    ("Kiểm tra việc thực hiện. Sở Thông tin và Truyền thông phối hợp với Sở Nội vụ kiểm tra định kỳ.",
     ["Sở Thông tin và Truyền thông"], ["Sở Nội vụ"]),
    ("Kiểm tra việc thực hiện. Sở Thông tin và Truyền thông phối hợp Sở Nội vụ kiểm tra định kỳ.",
     ["Sở Thông tin và Truyền thông"], ["Sở Nội vụ"]),
    ("Kiểm tra. Sở Nội vụ là cơ quan chủ trì, Sở Tư pháp là cơ quan phối hợp.", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    # the plan asking a body ("Yêu cầu …", "Giao …"), by its name or its head's title: it leads
    ("Yêu cầu Sở Nội vụ chấn chỉnh kỷ luật, kỷ cương hành chính.", ["Sở Nội vụ"], []),
    ("Giao Thủ trưởng các sở, ban, ngành tỉnh chấn chỉnh kỷ luật, kỷ cương.", ["các sở, ban, ngành tỉnh"], []),
    # a partner addressed by its head's title
    ("Xây dựng phương án bảo đảm an ninh. Giám đốc Công an tỉnh chủ trì, phối hợp với Chỉ huy trưởng Bộ Chỉ huy Quân "
     "sự tỉnh thực hiện.", ["Công an tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh"]),
    # the subject does the work together with others ("cùng với"): it leads, they join
    ("Trung tâm Y tế tỉnh cùng với Bảo hiểm xã hội tỉnh triển khai sử dụng thẻ căn cước thay thẻ bảo hiểm y tế.",
     ["Trung tâm Y tế tỉnh"], ["Bảo hiểm xã hội tỉnh"]),
    ("Sở Y tế cùng với Công an tỉnh và Sở Công Thương kiểm tra cơ sở kinh doanh thực phẩm.",
     ["Sở Y tế"], ["Công an tỉnh", "Sở Công Thương"]),
    # a body the item asks to join ("Đề nghị … phối hợp"), besides the lead's partners
    ("Phát triển chuỗi cung ứng thực phẩm an toàn; giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Công "
     "Thương tổ chức thực hiện. Đề nghị Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh phối hợp vận động hội viên.",
     ["Sở Nông nghiệp và Môi trường"], ["Sở Công Thương", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"]),
    # the plural of a body named by its head, after a comma: one more partner
    ("Tiêm phòng vắc xin. Chi cục Chăn nuôi và Thú y chủ trì, phối hợp với Trung tâm Khuyến nông, các Trạm Chăn nuôi "
     "và Thú y khu vực thực hiện.", ["Chi cục Chăn nuôi và Thú y"],
     ["Trung tâm Khuyến nông", "Trạm Chăn nuôi và Thú y khu vực"]),
    # a name that reached its place has ended: "và" and a capital open the next
    ("Rà soát hộ nghèo; Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Hội Cựu chiến binh tỉnh và Tổ "
     "công nghệ số cộng đồng thực hiện.", ["Sở Lao động - Thương binh và Xã hội"],
     ["Hội Cựu chiến binh tỉnh", "Tổ công nghệ số cộng đồng"]),
    # the focal point the item names, who leads; and who takes part besides the partners
    ("Tổ chức hội nghị quán triệt; giao Công an tỉnh làm đầu mối, phối hợp với Sở Tư pháp tổ chức thực hiện.",
     ["Công an tỉnh"], ["Sở Tư pháp"]),
    ("Tuyên truyền về Luật: Sở Nội vụ chủ trì, phối hợp với Báo Bình Phước, với sự tham gia của Tỉnh đoàn.",
     ["Sở Nội vụ"], ["Báo Bình Phước", "Tỉnh đoàn"]),
    # a short heading, then the line under it opens with who leads, before the item's bullets of work
    ("Bảo tồn văn hóa truyền thống gắn với du lịch\nSở Văn hóa và Thể thao chủ trì, phối hợp với Ban Dân tộc tỉnh "
     "triển khai các nội dung:\n- Khôi phục các lễ hội truyền thống;\n- Hỗ trợ đội văn nghệ dân gian.",
     ["Sở Văn hóa và Thể thao"], ["Ban Dân tộc tỉnh"]),
    # the item's topic, its colon, then who does the work with its partners
    ("Quản lý thuế đối với kinh doanh trên nền tảng số: Thuế tỉnh Nghệ An chủ động phối hợp với Sở Công Thương, "
     "Công an tỉnh rà soát.", ["Thuế tỉnh Nghệ An"], ["Sở Công Thương", "Công an tỉnh"]),
    ("Thống kê, đánh giá: Sở Công Thương phối hợp với Thống kê tỉnh xây dựng bộ chỉ tiêu.", ["Sở Công Thương"],
     ["Thống kê tỉnh"]),
    # (a role's label and its colon name who joins, not who leads)
    ("Tập huấn kỹ năng số. Cơ quan phối hợp: Sở Nội vụ.", [], ["Sở Nội vụ"]),
    ("Phòng chống dịch. Sở Y tế tham mưu UBND tỉnh chỉ đạo, phối hợp với Sở Tài chính.", ["Sở Y tế"], ["Sở Tài chính"]),
    # the provincial radio and television station, named by its head alone, and the bodies named with it
    ("Tuyên truyền về chuyển đổi số. Đài Phát thanh - Truyền hình và Báo Bình Phước thực hiện.",
     ["Đài Phát thanh - Truyền hình", "Báo Bình Phước"], []),
    ("Tuyên truyền về chuyển đổi số. Báo Bình Phước và Đài Phát thanh - Truyền hình tỉnh thực hiện.",
     ["Báo Bình Phước", "Đài Phát thanh - Truyền hình tỉnh"], []),
    # a sentence of partners alone gives no lead
    ("Tổ chức hội thảo. Sở Nội vụ, Sở Tư pháp phối hợp thực hiện.", [], ["Sở Nội vụ", "Sở Tư pháp"]),
])
def test_who_leads_after_the_items_title(item, lead, support):
    (task,) = _plan_items(item)
    assert (list(task.lead), list(task.support)) == (lead, support)


@pytest.mark.parametrize(("item", "support"), [
    # private parties inside the partners' list: the bodies after them are partners still
    ("Đầu tư hạ tầng số. Sở Xây dựng chủ trì, phối hợp với các chủ đầu tư, Sở Tài chính thực hiện.", ["Sở Tài chính"]),
    ("Xúc tiến thương mại. Sở Công Thương chủ trì, phối hợp với Sở Tài chính, các doanh nghiệp trên địa bàn tỉnh, "
     "Sở Nội vụ thực hiện.", ["Sở Tài chính", "Sở Nội vụ"]),
    # bodies by their initials, and the kinds of place a collective names by theirs
    ("Xây dựng kho dữ liệu. Sở TT&TT chủ trì, phối hợp với Sở KH&ĐT, CA tỉnh, UBND các huyện, TX, TP thực hiện.",
     ["Sở KH&ĐT", "CA tỉnh", "UBND các huyện, TX, TP"]),
])
def test_partners_listed_with_others(item, support):
    (task,) = _plan_items(item)
    assert list(task.support) == support


def test_a_heading_ends_with_its_provinces_name():
    """"12. Trường Cao đẳng Y tế Bình Phước ⏎ Đào tạo nguồn nhân lực …": the name ends with its province's; the
    capital opening the next line opens the work (a word no list of verbs holds), not more of the name."""
    rec = _plan("Xây dựng kho dữ liệu dùng chung.", organisation=(
        "1. Trường Cao đẳng Y tế Bình Phước\nĐào tạo nguồn nhân lực y tế cho tỉnh.\n"
        "2. Trung tâm Xúc tiến\nĐầu tư, Thương mại và Du lịch\nChủ trì quảng bá hình ảnh địa phương.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Trường Cao đẳng Y tế Bình Phước"), ("III.2", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")]
    assert rec.units[0].duties[0].text.startswith("Đào tạo nguồn nhân lực")


@pytest.mark.parametrize(("item", "deadline"), [
    # a clause of time alone after the roles, in brackets or not
    ("Xây dựng kho dữ liệu (Sở Nội vụ chủ trì, Sở Tư pháp phối hợp; quý IV/2025).", "quý IV/2025"),
    ("Xây dựng kho dữ liệu: Sở Giáo dục và Đào tạo chủ trì; năm học 2025 - 2026.", "năm học 2025 - 2026"),
    ("Cập nhật dữ liệu: Sở Nội vụ chủ trì; thường xuyên.", "thường xuyên"),
    ("Tổ chức sự kiện (Sở Văn hóa, Thể thao và Du lịch chủ trì; Quý II và Quý IV/2024).", "Quý II và Quý IV/2024"),
    # a date without "ngày", the months the work runs, how often it goes on
    ("Xây dựng kho dữ liệu. Sở Nội vụ chủ trì, hoàn thành trước 30/6/2024.", "trước 30/6/2024"),
    ("Tổ chức tập huấn. Sở Nội vụ chủ trì, thực hiện từ tháng 5 đến tháng 12/2024.", "từ tháng 5 đến tháng 12/2024"),
    ("Tuyên truyền. Sở Nội vụ chủ trì, triển khai thường xuyên, liên tục.", "thường xuyên, liên tục"),
    # a year inside a clause of its own that is no time limit
    ("Phát triển kinh tế số; năm 2025 tăng 10% so với năm 2024.", None),
    # "hoàn thành:" labels the time as "Thời gian:" does
    ("Nâng cấp mạng nội bộ. Chủ trì: Phòng Văn hóa và Thông tin; phối hợp: Công an huyện; hoàn thành: tháng 6/2024.",
     "tháng 6/2024"),
    ("Rà soát danh sách hộ nghèo (Chủ trì: Sở Nội vụ; hoàn thành: tháng 3/2025).", "tháng 3/2025"),
])
def test_a_deadline_said_in_few_words(item, deadline):
    (task,) = _plan_items(item)
    assert task.deadline == deadline


@pytest.mark.parametrize(("item", "lead", "support", "deadline"), [
    # the bracket that ends the item names who does it, then when
    ("Kiên cố hóa kênh mương nội đồng, ưu tiên các xã điểm (Phòng NN&PTNT; Quý IV/2012).",
     ["Phòng NN&PTNT"], [], "Quý IV/2012"),
    ("Đào tạo nghề cho lao động nông thôn (Phòng LĐ-TB&XH, Trung tâm Dạy nghề huyện; cả năm 2012).",
     ["Phòng LĐ-TB&XH", "Trung tâm Dạy nghề huyện"], [], None),
    # a bracket of no body names no one
    ("Hỗ trợ xi măng làm đường giao thông nông thôn (theo Nghị quyết số 05/NQ-HĐND).", [], [], None),
    # those who do it, then "cùng" those they work with; the commune's military command by its short name
    ("Tổ chức di dời, sơ tán dân đến nơi an toàn: Ban Chỉ huy Quân sự xã, Công an xã cùng Ban nhân dân các thôn "
     "thực hiện.", ["Ban Chỉ huy Quân sự xã", "Công an xã"], ["Ban nhân dân các thôn"], None),
    ("Chuẩn bị vật tư, phương tiện: Xã đội chủ trì, phối hợp với Công an xã; trước ngày 31/8/2009.",
     ["Xã đội"], ["Công an xã"], "trước ngày 31/8/2009"),
])
def test_who_does_it_in_a_districts_words(item, lead, support, deadline):
    (task,) = _plan_items(item)
    assert (list(task.lead), list(task.support), task.deadline) == (lead, support, deadline)


@pytest.mark.parametrize("heading", [
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh Phối hợp tuyên truyền, vận động hội viên.",
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh\nPhối hợp tuyên truyền, vận động hội viên.",
])
def test_a_heading_run_into_its_first_duty_that_opens_with_a_capital(heading):
    """A copy that joins a heading and its first line: the verb in capitals ("Phối hợp", "Chủ trì", "Triển khai") is
    no word of the name before it, whether a body's or a collective's that ends at its place."""
    rec = _plan("Tuyên truyền chuyển đổi số.", organisation=f"1. Sở Tài chính: Bố trí kinh phí.\n{heading}\n")
    assert [u.name for u in rec.units] == ["Sở Tài chính", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Nông dân tỉnh"]
    rec = _plan("Tuyên truyền chuyển đổi số.", organisation="1. Sở Tài chính: Bố trí kinh phí.\n"
                "2. Các tổ chức chính trị - xã hội tỉnh Phối hợp tuyên truyền, vận động hội viên.\n")
    assert [u.name for u in rec.units] == ["Sở Tài chính", "Các tổ chức chính trị - xã hội tỉnh"]


def test_a_heading_names_a_kind_then_its_members():
    """"8. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể: Hội LHPN huyện, …:": the kind, then each member."""
    rec = _plan("Xây dựng kho dữ liệu dùng chung.", organisation=(
        "1. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể: Hội LHPN huyện, Hội Nông dân huyện, Huyện đoàn:\n"
        "Phối hợp tuyên truyền trong hội viên, đoàn viên.\n"))
    assert [u.name for u in rec.units] == ["Ủy ban MTTQ Việt Nam huyện", "Hội LHPN huyện", "Hội Nông dân huyện",
                                           "Huyện đoàn"]


def test_a_heading_asks_a_kind_then_each_member_in_its_paragraphs():
    """"3. Đề nghị các cơ quan Trung ương đóng trên địa bàn tỉnh: ⏎ Đề nghị Cảng vụ Hàng hải Quảng Ninh …": the kind,
    then each body its paragraphs ask; a heading that names a kind without asking has no members asked after its items
    ("Đề nghị Ủy ban Mặt trận …" after "3. Ủy ban nhân dân các huyện:" and its items is none of them: a body asked
    on its own, at the section's level)."""
    rec = _plan("Xây dựng kho dữ liệu dùng chung.", organisation=(
        "1. Sở Công Thương là cơ quan thường trực, theo dõi việc thực hiện.\n"
        "2. Đề nghị các cơ quan Trung ương đóng trên địa bàn tỉnh:\n"
        "Đề nghị Cảng vụ Hàng hải Quảng Ninh tăng cường quản lý an toàn hàng hải.\n\n"
        "Đề nghị Chi cục Hải quan khu vực VIII duy trì đối thoại với doanh nghiệp.\n\n"
        "3. Ủy ban nhân dân các huyện, thị xã, thành phố:\n"
        "- Ban hành kế hoạch triển khai trên địa bàn.\n"
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Sở Công Thương"), ("III.2", "các cơ quan Trung ương đóng trên địa bàn tỉnh"),
        ("III.2", "Cảng vụ Hàng hải Quảng Ninh"), ("III.2", "Chi cục Hải quan khu vực VIII"),
        ("III.3", "Ủy ban nhân dân các huyện, thị xã, thành phố"), ("III", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]


@pytest.mark.parametrize(("item", "lead"), [
    # a leading clause (its ground, its purpose), then who leads
    ("Rà soát thủ tục. Trên cơ sở Kế hoạch rà soát được phê duyệt, Văn phòng UBND tỉnh chủ trì hướng dẫn các sở.",
     ["Văn phòng UBND tỉnh"]),
    ("Đẩy mạnh dịch vụ công. Để đạt chỉ tiêu này, Sở Thông tin và Truyền thông chủ trì tổng hợp danh mục.",
     ["Sở Thông tin và Truyền thông"]),
    # the work named again, then who leads it
    ("Kiện toàn bộ phận một cửa. Nội dung này Sở Nội vụ chủ trì, cùng Văn phòng UBND tỉnh tham mưu thực hiện.",
     ["Sở Nội vụ"]),
    # the work named as the sentence's subject, then who leads it after "do"
    ("Nâng cao năng lực sơ cứu. Nhiệm vụ do Sở Y tế chủ trì với sự tham gia của Hội Chữ thập đỏ tỉnh.", ["Sở Y tế"]),
    ("Việc xây dựng sản phẩm du lịch đêm tại thành phố Phan Thiết do Ủy ban nhân dân thành phố Phan Thiết chủ trì.",
     ["Ủy ban nhân dân thành phố Phan Thiết"]),
    # "hành chính công" inside a centre's name
    ("Tiếp nhận hồ sơ (cơ quan chủ trì: Trung tâm Hành chính công và Xúc tiến đầu tư tỉnh).",
     ["Trung tâm Hành chính công và Xúc tiến đầu tư tỉnh"]),
    # whose activities the work joins is no lead
    ("Tham gia các hoạt động do các Bộ chủ trì.", []),
    # … but "do X chủ trì thực hiện" says by whom the item is done
    ("Xây dựng quy chế hoạt động, phân công nhiệm vụ cho từng thành viên do Sở Y\ntế chủ trì thực hiện, hoàn thành "
     "trong Quý I/2024.", ["Sở Y tế"]),
    ("Triển khai chương trình khám sàng lọc do Bộ Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.", ["Bộ Y tế"]),
    # the bracket that names who does it, wrapped over a line
    ("Kiên cố hóa kênh mương nội đồng, ưu tiên các xã điểm (Phòng NN&PTNT; quý\nIV/2012).", ["Phòng NN&PTNT"]),
    # who does it named in the item's last clause, after a ";"
    ("Biểu dương các tập thể tiêu biểu được thực hiện vào dịp cuối năm; Sở Nội vụ tham mưu UBND tỉnh khen thưởng "
     "theo quy định.", ["Sở Nội vụ"]),
    # who does it, then when; the work named again, then who does it with its partners in brackets
    ("Thực hiện các chương trình tín dụng ưu đãi: Phòng Giao dịch NHCSXH huyện thực hiện thường xuyên.",
     ["Phòng Giao dịch NHCSXH huyện"]),
    ("Hướng dẫn người dân tạo tài khoản. Việc này do Công an tỉnh thực hiện (phối hợp: Sở Khoa học và Công nghệ), "
     "hoàn thành trước ngày 30/4/2026.", ["Công an tỉnh"]),
    # by whom the work is done, after "do" ("thực hiện", "đảm nhiệm"), but not whose work the item joins
    ("Việc thẩm định danh mục kỹ thuật tại các cơ sở khám bệnh do Sở Y tế thực hiện theo quy định; thời gian: Thường "
     "xuyên.", ["Sở Y tế"]),
    ("Tuần tra, kiểm soát trên các tuyến quốc lộ do Công an tỉnh đảm nhiệm, hằng tháng.", ["Công an tỉnh"]),
    ("Tham gia các hoạt động tuyên truyền do Sở Tư pháp thực hiện.", []),
    ("Kiểm tra tiến độ các dự án do Sở Xây dựng thực hiện.", []),
    ("Bảo đảm an ninh tại các điểm cấp giấy phép do Sở Xây dựng cấp.", []),
    # … a list one plural head shares, its colon no clause's opening
    ("Thanh tra chuyên ngành các cơ sở sản xuất thực phẩm; do các Sở: Y tế, Công Thương chủ trì thực hiện.",
     ["Sở Y tế", "Sở Công Thương"]),
])
def test_who_leads_named_away_from_the_items_start(item, lead):
    (task,) = _plan_items(item)
    assert list(task.lead) == lead


def test_a_party_committees_board_across_a_line_break():
    """"… Ban Nội chính ⏎ Tỉnh ủy thực hiện": the board of the province's Party committee, one name."""
    (task,) = _plan_items("Kiểm tra việc thực hiện. Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo Tỉnh "
                          "ủy, Ban Nội chính\nTỉnh ủy thực hiện.")
    assert list(task.support) == ["Ban Tuyên giáo Tỉnh ủy", "Ban Nội chính Tỉnh ủy"]


def test_headings_in_capitals_cut_by_a_line_break():
    """A site's copy cuts a heading in capitals anywhere: inside a name ("PHÒNG TÀI CHÍNH - KẾ ⏎ HOẠCH", "MÔI ⏎
    TRƯỜNG"), before a note in small letters ("PHÒNG NÔNG NGHIỆP ⏎ VÀ PTNT (cơ quan thường trực …):")."""
    rec = _plan("Xây dựng kho dữ liệu dùng chung.", organisation=(
        "1. PHÒNG NÔNG NGHIỆP\nVÀ PTNT (cơ quan thường trực Ban Chỉ đạo):\nHướng dẫn, đôn đốc các xã triển khai.\n"
        "2. PHÒNG TÀI CHÍNH - KẾ\nHOẠCH, KHO BẠC NHÀ NƯỚC HUYỆN:\nTham mưu bố trí, lồng ghép các nguồn vốn.\n"
        "3. PHÒNG CÔNG THƯƠNG, PHÒNG TÀI NGUYÊN VÀ MÔI\nTRƯỜNG:\nHướng dẫn các xã về quy hoạch.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "PHÒNG NÔNG NGHIỆP VÀ PTNT"), ("III.2", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"),
        ("III.2", "KHO BẠC NHÀ NƯỚC HUYỆN"), ("III.3", "PHÒNG CÔNG THƯƠNG"),
        ("III.3", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG")]


def test_a_headings_pair_of_fields_cut_at_its_dash():
    """"5. Văn hóa - xã hội ⏎ - môi trường": the dash that pairs the heading's fields begins the next line; it opens
    no "-" item, so the items below keep their ids and their leads."""
    tasks = _plan_items("Văn hóa - xã hội\n- môi trường\n- Xây dựng làng, xóm văn hóa (Phòng VH-TT chủ trì; quý "
                        "III/2012).\n- Thu gom, xử lý rác thải (Phòng TN&MT chủ trì; thường xuyên).")
    assert [(t.id, t.lead) for t in tasks] == [("II.1.b1", ("Phòng VH-TT",)), ("II.1.b2", ("Phòng TN&MT",))]


@pytest.mark.parametrize("item", [
    # when, then who does it: after the item's title, on the line under it, or opening it
    "Kiểm tra, đánh giá. Định kỳ 06 tháng và cuối năm, Sở Khoa học và Công nghệ tổng hợp, đánh giá kết quả.",
    "Kiểm tra, đánh giá kết quả\nĐịnh kỳ 06 tháng và cuối năm, Sở Khoa học và Công nghệ tổng hợp, đánh giá kết quả.",
    "Hằng năm, Sở Khoa học và Công nghệ tổng hợp, đánh giá kết quả thực hiện.",
])
def test_who_does_it_after_when(item):
    (task,) = _plan_items(item)
    assert list(task.lead) == ["Sở Khoa học và Công nghệ"]


def test_bodies_named_under_a_heading_of_level():
    """"1. Ở cấp tỉnh ⏎ Ban Phong trào … là bộ phận thường trực, …": a heading that names no body ends its line when
    the next opens with a body and what it does (a role given is work); not under "b) Đề nghị Công ty ⏎ Điện lực …"."""
    rec = _plan("Xây dựng kho dữ liệu dùng chung.", organisation=(
        "1. Ở cấp tỉnh\nBan Phong trào Ủy ban MTTQ Việt Nam tỉnh là bộ phận thường trực, giúp Ban Thường trực hướng "
        "dẫn, theo dõi việc tổ chức Ngày hội.\n"
        "2. Ở cấp huyện và cơ sở\nBan Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố xây dựng kế hoạch, "
        "hướng dẫn tổ chức Ngày hội.\n"
        "3. Đề nghị Công ty\nĐiện lực Bình Phước kiểm tra, gia cố hệ thống lưới điện.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
        ("III.2", "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố"),
        ("III.3", "Công ty Điện lực Bình Phước")]


def test_a_site_copys_heading_cut_after_its_head_or_inside_a_word():
    """"5. Phòng ⏎ TC-KH:" (a head alone, the body's initials on the next line) and "PHÒNG TÀI NGUYÊN VÀ MÔI ⏎
    TRƯỜNG" ("TRƯỜNG" a school's head, but "MÔI TRƯỜNG" one word): one name each."""
    rec = _plan("Xây dựng kho dữ liệu dùng chung.", organisation=(
        "1. Phòng\nTC-KH:\n- Tham mưu UBND huyện bố trí kinh phí.\n"
        "2. PHÒNG CÔNG THƯƠNG, PHÒNG TÀI NGUYÊN VÀ MÔI\nTRƯỜNG:\nHướng dẫn các xã về quy hoạch.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Phòng TC-KH"), ("III.2", "PHÒNG CÔNG THƯƠNG"), ("III.2", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG")]


@pytest.mark.parametrize(("item", "support"), [
    # a known name at a line's end, the work on the next line in small letters
    ("Xây dựng Nghị định. Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Bộ Tư pháp, Bộ Kế hoạch và Đầu tư\n"
     "xây dựng Nghị định về khung chính sách.", ["Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư"]),
    # the collective, then its work ("nhân rộng")
    ("Nhân rộng mô hình. Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các tỉnh, thành "
     "phố trực thuộc trung ương nhân rộng mô hình sản xuất nông nghiệp tuần hoàn.",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
])
def test_partners_then_their_work(item, support):
    (task,) = _plan_items(item)
    assert list(task.support) == support


def test_a_directives_closing_clause_names_no_units():
    """"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, … chịu trách nhiệm tổ chức thực hiện nghiêm túc, hiệu quả Chỉ thị
    này./.": the closing clause that every directive has, no unit."""
    directive = (_header("THỦ TƯỚNG CHÍNH PHỦ", "12/CT-TTg", "Hà Nội, ngày 10 tháng 4 năm 2026")
                 + "\nCHỈ THỊ\nVề tăng cường quản lý giá vật liệu xây dựng\n\n"
                 "1. Bộ Xây dựng chủ trì, phối hợp với các bộ, ngành theo dõi giá vật liệu xây dựng.\n\n"
                 "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân "
                 "các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm tổ chức thực hiện nghiêm túc, hiệu quả "
                 "Chỉ thị này./.\n\n")
    rec = parse_bytes((directive + signed("THỦ TƯỚNG", name="Phạm Minh Chính")).encode(), "ct.txt")
    assert [u.name for u in rec.units] == ["Bộ Xây dựng"]


def test_who_does_it_in_a_bracket_before_a_note():
    """"… theo phương thức đối tác công tư (Ban Quản lý Khu kinh tế tỉnh và ⏎ Sở Xây dựng). ⏎ (Danh mục … tại Phụ
    lục kèm theo)": the last bracket that names bodies alone, not the note after it."""
    (task,) = _plan_items("Thu hút doanh nghiệp tư nhân đầu tư hạ tầng theo phương thức đối tác công tư (Ban Quản lý "
                          "Khu kinh tế tỉnh và\nSở Xây dựng).\n(Danh mục nhiệm vụ, đề án cụ thể tại Phụ lục kèm theo)")
    assert list(task.lead) == ["Ban Quản lý Khu kinh tế tỉnh", "Sở Xây dựng"]


def test_an_item_that_speaks_of_each_of_its_headings_bodies():
    """"7. Ủy ban nhân dân các tỉnh, thành phố … có dự án đi qua: ⏎ a) Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực
    tiếp chỉ đạo …": the item speaks of each of the heading's bodies, no unit of its own; one of them by its name is
    one ("b) Ủy ban nhân dân tỉnh Lạng Sơn …")."""
    directive = (_header("THỦ TƯỚNG CHÍNH PHỦ", "12/CT-TTg", "Hà Nội, ngày 10 tháng 4 năm 2026")
                 + "\nCHỈ THỊ\nVề đẩy nhanh các dự án giao thông trọng điểm\n\n"
                 "1. Bộ Xây dựng chủ trì theo dõi tiến độ các dự án.\n"
                 "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có dự án giao thông trọng điểm đi qua:\n"
                 "a) Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực tiếp chỉ đạo công tác giải phóng mặt bằng.\n"
                 "b) Ủy ban nhân dân tỉnh Lạng Sơn khẩn trương bàn giao mặt bằng trong quý II năm 2026.\n\n")
    rec = parse_bytes((directive + signed("THỦ TƯỚNG", name="Phạm Minh Chính")).encode(), "ct.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("1", "Bộ Xây dựng"),
        ("2", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có dự án giao thông trọng điểm đi qua"),
        ("2.b", "Ủy ban nhân dân tỉnh Lạng Sơn")]


@pytest.mark.parametrize(("cell", "names"), [
    ("Sở Tư pháp Văn phòng UBND tỉnh UBND các huyện, thị xã, thành phố",
     ["Sở Tư pháp", "Văn phòng UBND tỉnh", "UBND các huyện, thị xã, thành phố"]),
    ("Sở Nội vụ Công an tỉnh", ["Sở Nội vụ", "Công an tỉnh"]),
    ("Công an tỉnh Bộ Chỉ huy Quân sự tỉnh", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]),
    ("Sở Y tế Trung tâm Kiểm soát bệnh tật tỉnh", ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh"]),
    # a body's name holds the body it belongs to, and that body's place
    ("Phòng Cảnh sát kinh tế Công an tỉnh", ["Phòng Cảnh sát kinh tế Công an tỉnh"]),
    ("Văn phòng Sở Tư pháp", ["Văn phòng Sở Tư pháp"]),
    # a body belongs to one parent: the committees of each place are the next body
    ("Sở Nội vụ Sở Tư pháp UBND các huyện, thành phố", ["Sở Nội vụ", "Sở Tư pháp", "UBND các huyện, thành phố"]),
    ("Sở Tư pháp Ủy ban nhân dân các xã, phường", ["Sở Tư pháp", "Ủy ban nhân dân các xã, phường"]),
    # an inspectorate is a body of its own; no ministry's name opens with a department's head
    ("Vụ Pháp chế Thanh tra Bộ", ["Vụ Pháp chế", "Thanh tra Bộ"]),
    ("Văn phòng Bộ Vụ Pháp chế", ["Văn phòng Bộ", "Vụ Pháp chế"]),
    ("Thanh tra Sở Tư pháp", ["Thanh tra Sở Tư pháp"]),
    ("Sở NN&PTNT Sở TN&MT UBND cấp huyện", ["Sở NN&PTNT", "Sở TN&MT", "UBND cấp huyện"]),
    ("Bộ Tài chính Bộ Kế hoạch và Đầu tư", ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]),
    ("Tổng cục Quản lý đất đai Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
     ["Tổng cục Quản lý đất đai", "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam"]),
    ("Cục Biến đổi khí hậu Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu",
     ["Cục Biến đổi khí hậu", "Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu"]),
    ("Hội Nông dân tỉnh Tỉnh Đoàn Hội Liên hiệp Phụ nữ tỉnh",
     ["Hội Nông dân tỉnh", "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]),
    # a capital plural opens the next (a generic one is then left out)
    ("Công an tỉnh Các sở, ngành liên quan", ["Công an tỉnh"]),
    ("Cục Biển và Hải đảo Việt Nam Các Sở Tài nguyên và Môi trường",
     ["Cục Biển và Hải đảo Việt Nam", "Các Sở Tài nguyên và Môi trường"]),
    ("UBND các huyện, thành phố Các sở, ban, ngành liên quan", ["UBND các huyện, thành phố"]),
    ("Bộ Quốc Phòng", ["Bộ Quốc Phòng"]),
    ("Hiệp hội Các nhà bán lẻ Việt Nam", ["Hiệp hội Các nhà bán lẻ Việt Nam"]),
    # a name read on from its middle keeps its head's kind: a department's head not its parent's begins another
    ("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính Văn phòng Bộ",
     ["Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", "Văn phòng Bộ"]),
    ("Văn phòng Bộ Vụ Tổ chức cán bộ Các đơn vị thuộc Bộ",
     ["Văn phòng Bộ", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ"]),
    # a known name, a ministry after a bare parent, a place's end, a collective's parent: each ends before a head
    ("Văn phòng Chính phủ Bộ Công an", ["Văn phòng Chính phủ", "Bộ Công an"]),
    ("Văn phòng Bộ Bộ Khoa học và Công nghệ", ["Văn phòng Bộ", "Bộ Khoa học và Công nghệ"]),
    ("UBND các tỉnh, thành phố trực thuộc trung ương Văn phòng Chính phủ",
     ["UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Chính phủ"]),
    ("Các đơn vị thuộc Bộ UBND các tỉnh, thành phố", ["Các đơn vị thuộc Bộ", "UBND các tỉnh, thành phố"]),
    ("Vụ Cải cách hành chính Học viện Chính trị quốc gia Hồ Chí Minh",
     ["Vụ Cải cách hành chính", "Học viện Chính trị quốc gia Hồ Chí Minh"]),
    # no place's name opens with a body's head of two words or its initials; a name that ended at its place is whole
    ("Công an tỉnh BCH Quân sự tỉnh", ["Công an tỉnh", "BCH Quân sự tỉnh"]),
    ("Văn phòng UBND tỉnh Thanh tra tỉnh", ["Văn phòng UBND tỉnh", "Thanh tra tỉnh"]),
    ("Các sở, ban, ngành tỉnh UBND các huyện, thị xã", ["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã"]),
    ("Viettel Bình Định Viễn thông Bình Định", ["Viettel Bình Định", "Viễn thông Bình Định"]),
    ("Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 4", ["Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 4"]),
    # a name read on past its capitals ends before the committees of each place; "công nghiệp hỗ trợ" is one word
    ("Vụ Chính quyền địa phương UBND các tỉnh, thành phố",
     ["Vụ Chính quyền địa phương", "UBND các tỉnh, thành phố"]),
    ("Trung tâm Phát triển công nghiệp hỗ trợ Vụ Pháp chế", ["Trung tâm Phát triển công nghiệp hỗ trợ", "Vụ Pháp chế"]),
])
def test_a_cells_names_run_together(cell, names):
    """A cell whose paragraphs a copy ran together ("Sở Tư pháp Văn phòng UBND tỉnh …"): a body's name holds only the
    body it belongs to, and no place's name opens with a body's head, so each name ends where the next body begins."""
    (task,) = _plan_items(f"Số hóa hồ sơ (Sở Tài chính chủ trì; phối hợp: {cell}; Năm 2024).")
    assert list(task.support) == names


def test_a_groups_lead_partners_and_time_go_to_its_tasks():
    """"2. Phát triển chính quyền số (Sở Nội vụ chủ trì, phối hợp với …; Quý IV/2024) ⏎ a) … ⏎ b) …": the group says
    who leads, who joins and when for each task under it that names none of its own."""
    tasks = _plan_items(
        "Phát triển hạ tầng số\n- Cơ quan chủ trì: Sở Thông tin và Truyền thông.\n"
        "- Cơ quan phối hợp: Sở Tài chính, Công an tỉnh.\n- Thời gian thực hiện: Năm 2024.\n"
        "a) Phủ sóng 4G đến 100% thôn, ấp.\nb) Sở Xây dựng chủ trì xây dựng trung tâm dữ liệu tỉnh.",
        "Phát triển chính quyền số (Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp; Quý IV/2024)\n"
        "a) Số hóa hồ sơ thủ tục hành chính.\nb) Triển khai hệ thống quản lý văn bản, hoàn thành trước ngày 30/6/2024.")
    assert [(t.id, list(t.lead), list(t.support), t.deadline) for t in tasks] == [
        ("II.1.a", ["Sở Thông tin và Truyền thông"], ["Sở Tài chính", "Công an tỉnh"], "Năm 2024"),
        ("II.1.b", ["Sở Xây dựng"], [], "Năm 2024"),
        ("II.2.a", ["Sở Nội vụ"], ["Sở Tư pháp"], "Quý IV/2024"),
        ("II.2.b", ["Sở Nội vụ"], ["Sở Tư pháp"], "trước ngày 30/6/2024")]


def test_a_councils_resolution_that_adopts_its_tasks():
    """"Điều 1. Thống nhất đánh giá … và thông qua mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp chủ yếu năm 2026 như sau: …
    3. Nhiệm vụ, giải pháp chủ yếu ⏎ a) …": the resolution adopts the tasks its article lists."""
    resolution = (_header("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH", "45/NQ-HĐND", "Hà Tĩnh, ngày 10 tháng 12 năm 2025")
                  + "\nNGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026\n\nQUYẾT NGHỊ:\n\n"
                  "Điều 1. Thống nhất đánh giá tình hình năm 2025 và thông qua mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp "
                  "chủ yếu năm 2026 như sau:\n1. Mục tiêu tổng quát\nPhát triển kinh tế nhanh, bền vững.\n"
                  "2. Các chỉ tiêu chủ yếu\nTốc độ tăng trưởng đạt 8%.\n3. Nhiệm vụ, giải pháp chủ yếu\n"
                  "a) Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh.\n"
                  "b) Tập trung giải ngân vốn đầu tư công ngay từ đầu năm.\n\n"
                  "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\n")
    rec = parse_bytes((resolution + signed("CHỦ TỊCH", name="Hoàng Trung Dũng")).encode(), "nq.txt")
    assert [t.id for t in rec.tasks] == ["Điều 1.3.a", "Điều 1.3.b"]


def test_bodies_invited_to_join_a_committee_are_no_units():
    """"- Đề nghị mời: Lãnh đạo Ủy ban Mặt trận …, Hội Nông dân tỉnh tham gia Ban Chỉ đạo": members invited into the
    committee the decision sets up, not bodies given work."""
    decision = (_header("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ", "120/QĐ-UBND", "Phú Thọ, ngày 10 tháng 5 năm 2024")
                + "\nQUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\n\nQUYẾT ĐỊNH:\n\n"
                "Điều 1. Thành lập Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh, gồm các ông, bà có tên sau:\n"
                "1. Trưởng ban: Ông Trần Duy Khánh, Chủ tịch UBND tỉnh.\n2. Các Ủy viên:\n"
                "- Ông Phùng Đức Huy, Giám đốc Sở Tài chính;\n"
                "- Đề nghị mời: Lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh tham gia Ban "
                "Chỉ đạo.\n\n"
                "Điều 2. Giao Sở Kế hoạch và Đầu tư là cơ quan thường trực của Ban Chỉ đạo.\n\n")
    rec = parse_bytes((decision + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Duy Khánh")).encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 2", "Sở Kế hoạch và Đầu tư")]


def test_an_agencys_line_over_a_paragraph_of_its_work():
    """A plan's organisation section whose headings lost their bold in conversion: an agency's name on a line of its
    own over a paragraph that opens with its work ("Sở Tài chính ⏎⏎ Tham mưu …") is a unit; so is one the plan asks
    ("Đề nghị Ủy ban Mặt trận … ⏎⏎ Chỉ đạo Mặt trận Tổ quốc các cấp …"), whose paragraph is its duty."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH", "88/KH-UBND", "Tây Ninh, ngày 2 tháng 12 năm 2025")
            + "\nKẾ HOẠCH\nBảo đảm an toàn thực phẩm Tết Nguyên đán 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
            "Bảo đảm an toàn thực phẩm.\n\nII. TỔ CHỨC THỰC HIỆN\n\nSở Y tế\n\n"
            "- Chủ trì tổ chức các đoàn kiểm tra liên ngành.\n\nSở Tài chính\n\n"
            "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo phân cấp hiện hành.\n\n"
            "Báo và Phát thanh, Truyền hình Tây Ninh\n\n"
            "Xây dựng chuyên trang, chuyên mục tuyên truyền; kịp thời phản ánh các cơ sở vi phạm.\n\n"
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n\n"
            "Chỉ đạo Mặt trận Tổ quốc các cấp tăng cường giám sát việc thực hiện pháp luật về an toàn thực phẩm.\n\n")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Văn Mi")).encode(), "kh.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II", "Sở Y tế"), ("II", "Sở Tài chính"), ("II", "Báo và Phát thanh, Truyền hình Tây Ninh"),
        ("II", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]


@pytest.mark.parametrize(("item", "support"), [
    # a partner's name ends with its proper name or its number, the work goes on after it
    ("Sở Nội vụ chủ trì, phối hợp với Trường Đại học Quy Nhơn đào tạo, bồi dưỡng nhân lực du lịch.",
     ("Trường Đại học Quy Nhơn",)),
    ("Công an tỉnh chủ trì, phối hợp với Thuế tỉnh Khánh Hòa, Chi cục Hải quan khu vực XI điều tra, xử lý hành vi "
     "mua bán hóa đơn.", ("Thuế tỉnh Khánh Hòa", "Chi cục Hải quan khu vực XI")),
    # a partner that runs in small letters goes on to the list's separator
    ("Sở Nội vụ chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh, Sở Tư pháp rà soát thủ tục.",
     ("Trung tâm Phục vụ hành chính công tỉnh", "Sở Tư pháp")),
])
def test_a_partners_name_ends_where_its_proper_name_does(item, support):
    (task,) = _plan_items(item)
    assert task.support == support


def test_a_state_company_asked_with_private_owners_and_a_collective_by_what_it_has():
    """"- Công ty TNHH Một thành viên … và các chủ hồ chứa thủy điện: rà soát …": the state company is a unit, the
    owners asked with it are not; "Các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế" is one collective, which
    of them and whose."""
    rec = _plan("Rà soát phương án bảo vệ đập, hồ chứa.", organisation=(
        "1. Các doanh nghiệp, đơn vị đóng trên địa bàn\n"
        "- Công ty TNHH Một thành viên Khai thác công trình thủy lợi Lâm Đồng và các chủ hồ chứa thủy điện: rà soát, "
        "cập nhật phương án bảo vệ đập.\n"
        "2. Các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế chủ trì, phối hợp với Sở Y tế bảo đảm thuốc men.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Công ty TNHH Một thành viên Khai thác công trình thủy lợi Lâm Đồng"),
        ("III.2", "Các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế")]


def test_a_topic_wrapped_over_its_lines_then_who_leads():
    """"6. Về bảo đảm quốc phòng, an ninh trên ⏎ biển ⏎ Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh ⏎ theo chức năng, …":
    the item's topic goes on over its lines in small letters, then the line that opens with who leads."""
    (task,) = _plan_items("Về bảo đảm quốc phòng, an ninh trên\nbiển\nCông an tỉnh, Bộ Chỉ huy Quân sự tỉnh\n"
                          "theo chức năng, nhiệm vụ, phối hợp với Bộ\nChỉ huy Bộ đội Biên phòng tỉnh kiểm tra,\n"
                          "giám sát hoạt động của người và phương tiện tại vùng nuôi.")
    assert (task.lead, task.support) == (("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
                                         ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",))


def test_a_bracket_whose_label_ends_its_line():
    """"- Bố trí kinh phí … (chủ trì: ⏎ Ban cán sự đảng UBND tỉnh; phối hợp: …)": a label inside a bracket left open
    at a line's end goes on with its value on the next line."""
    tasks = _plan_items("Bảo đảm nguồn lực, tăng cường kiểm tra, giám sát\n- Bố trí kinh phí hằng năm cho hoạt động "
                        "của Ban Chỉ đạo; đầu tư trang thiết bị (chủ trì:\nBan cán sự đảng UBND tỉnh; phối hợp: Ban "
                        "Tuyên giáo Tỉnh ủy; thời gian: quý II/2026).\n- Đưa việc thực hiện Chỉ thị vào chương trình "
                        "kiểm tra (chủ trì: Ủy ban Kiểm tra Tỉnh ủy; phối hợp: Ban Tổ chức Tỉnh ủy; "
                        "thời gian: hằng năm).")
    assert [(t.lead, t.support, t.deadline) for t in tasks] == [
        (("Ban cán sự đảng UBND tỉnh",), ("Ban Tuyên giáo Tỉnh ủy",), "quý II/2026"),
        (("Ủy ban Kiểm tra Tỉnh ủy",), ("Ban Tổ chức Tỉnh ủy",), "hằng năm")]


def test_a_boards_heading_over_its_work_and_a_teams_number_on_the_next_line():
    """"8. Ban điều hành các khu phố ⏎ Lập danh sách …": the board of each quarter, then its work on the next line;
    "Đội Quản lý thị trường số ⏎ 3 chủ trì …": the team's number the wrap put on the next line."""
    rec = _plan("Kiểm tra hàng hóa trước Tết.\nĐội Quản lý thị trường số\n3 chủ trì, phối hợp với Công an phường "
                "kiểm tra.", organisation="1. Ban điều hành các khu phố\nLập danh sách người dân cần hỗ trợ.\n")
    assert [(u.section, u.name) for u in rec.units] == [("III.1", "Ban điều hành các khu phố")]
    assert rec.tasks[0].lead == ("Đội Quản lý thị trường số 3",)


def test_an_item_that_only_points_to_the_appendix_is_no_task():
    """"3. Các nhiệm vụ, đề án cụ thể … được phân công tại Phụ lục kèm theo Kế hoạch này": the appendix's rows are the
    tasks, not the item that points to them; an item with work of its own and a note on the appendix stays."""
    plan = (_header("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "45/KH-BNNMT", "Hà Nội, ngày 10 tháng 3 năm 2026")
            + "\nKẾ HOẠCH\nChuyển đổi số năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n\nII. NHIỆM VỤ\n"
            "1. Cục Chuyển đổi số chủ trì xây dựng nền tảng tích hợp dữ liệu; thực hiện trong năm 2026.\n"
            "2. Rà soát cơ sở dữ liệu chuyên ngành (chi tiết tại Phụ lục kèm theo).\n"
            "3. Các nhiệm vụ, đề án cụ thể: nội dung, đơn vị chủ trì, đơn vị phối hợp, sản phẩm và thời gian thực "
            "hiện được phân công tại Phụ lục kèm theo Kế hoạch này.\n"
            "4. Hoàn thiện thể chế về dữ liệu bảo đảm đồng bộ, khả thi; các văn bản cụ thể được phân công tại Phụ lục "
            "kèm theo Kế hoạch này.\n\n"
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Nguyễn Văn An") + "\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
            "| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Xây dựng kho dữ liệu đất đai | Cục Quản lý đất đai | Cục Chuyển đổi số | Quý II/2026 |\n")
    rec = parse_bytes(plan.encode(), "kh.md")
    assert [t.id for t in rec.tasks] == ["II.1", "II.2", "II.4", "PL.1"]


def test_slash_numbered_sub_items_and_the_youth_unions_committees():
    """A copy's local numbering ("1/", "1.1/"): the sub-items are the tasks; "Các Huyện đoàn, Thị đoàn, Thành đoàn
    trực thuộc Tỉnh đoàn" is one collective, the Youth Union's committees of each place."""
    plan = (_header("TỈNH ĐOÀN NGHỆ AN", "12/KH-TĐ", "Nghệ An, ngày 2 tháng 3 năm 2025")
            + "\nKẾ HOẠCH\nTuyên truyền an toàn giao thông năm 2025\n\nI/ MỤC ĐÍCH, YÊU CẦU\nNâng cao ý thức.\n\n"
            "II/ NỘI DUNG\n1/ Tuyên truyền trực tiếp\n1.1/ Tổ chức diễn đàn thanh niên với văn hóa giao thông tại các "
            "trường học.\n1.2/ Tổ chức hội thi tìm hiểu Luật Trật tự, an toàn giao thông đường bộ.\n\n"
            "III/ TỔ CHỨC THỰC HIỆN\n1/ Các Huyện đoàn, Thị đoàn, Thành đoàn trực thuộc Tỉnh đoàn chủ trì triển khai "
            "kế hoạch tại địa phương.\n")
    rec = parse_bytes((plan + signed("TM. BAN THƯỜNG VỤ", "BÍ THƯ", name="Lê Văn Hà")).encode(), "kh.txt")
    assert [t.id for t in rec.tasks] == ["II.1.1", "II.1.2"]
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Các Huyện đoàn, Thị đoàn, Thành đoàn trực thuộc Tỉnh đoàn")]


@pytest.mark.parametrize(("item", "lead"), [
    # who does the task, named after it: the office that advises, the body responsible
    ("Rà soát, đơn giản hóa thủ tục hành chính nội bộ.\nCơ quan tham mưu: Văn phòng Ủy ban nhân dân tỉnh.",
     ("Văn phòng Ủy ban nhân dân tỉnh",)),
    ("Công khai dự toán ngân sách địa phương trên Cổng Thông tin điện tử tỉnh (trách nhiệm: Sở Tài chính).",
     ("Sở Tài chính",)),
    ("Đánh giá chỉ số hài lòng của người dân.\nTrách nhiệm thực hiện: Sở Nội vụ; phối hợp: Công an tỉnh.",
     ("Sở Nội vụ",)),
    # who drafts a text leads its drafting
    ("Xây dựng Nghị định quy định chi tiết Luật Trồng trọt.\nĐơn vị soạn thảo: Cục Trồng trọt và Bảo vệ thực vật.\n"
     "Đơn vị phối hợp: Vụ Pháp chế.", ("Cục Trồng trọt và Bảo vệ thực vật",)),
    ("Xây dựng Thông tư hướng dẫn về giống cây trồng.\nCơ quan chủ trì soạn thảo: Vụ Pháp chế; thời gian: tháng 9.",
     ("Vụ Pháp chế",)),
])
def test_who_does_a_task_named_after_it(item, lead):
    (task,) = _plan_items(item)
    assert task.lead == lead


def test_a_drafting_programmes_column_of_who_drafts():
    """"Đơn vị soạn thảo": who drafts each text of a law-making programme leads its row."""
    rec = _appendix("CHƯƠNG TRÌNH XÂY DỰNG VĂN BẢN\n\n"
                    "| STT | Tên văn bản | Đơn vị soạn thảo | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
                    "| 1 | Quyết định quy định giá dịch vụ | Sở Tài chính | Sở Xây dựng | Quý III/2025 |\n")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Tài chính",), ("Sở Xây dựng",), "Quý III/2025")]


def test_a_pipe_rows_lead_written_once_over_the_rows_below_it():
    """A transcription writes a merged cell empty in the rows it spans: an unnumbered row that names a lead of its own
    leads the rows under it that leave theirs empty, not the numbered row above."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n"
                    "| STT | Cơ quan chủ trì | Cơ quan phối hợp | Nội dung nhiệm vụ | Thời hạn |\n"
                    "|---|---|---|---|---|\n"
                    "| 1 | Sở Công Thương | Sở Tài chính | Kiểm soát khí thải công nghiệp | Năm 2025 |\n"
                    "|  | Sở Khoa học và Công nghệ | Sở Xây dựng | - Nghiên cứu công nghệ xử lý khí thải | Năm 2026 |\n"
                    "|  |  |  | - Chuyển giao công nghệ tái chế phụ phẩm | Năm 2026 |\n"
                    "|  | Sở Y tế | Sở Nội vụ | - Theo dõi sức khỏe người dân | Năm 2027 |\n"
                    "|  |  |  | - Hướng dẫn biện pháp phòng bệnh | Năm 2027 |\n")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.1", ("Sở Công Thương",), ("Sở Tài chính",)),
        ("PL.1.1", ("Sở Khoa học và Công nghệ",), ("Sở Xây dựng",)),
        ("PL.1.2", ("Sở Khoa học và Công nghệ",), ("Sở Xây dựng",)),
        ("PL.1.3", ("Sở Y tế",), ("Sở Nội vụ",)),
        ("PL.1.4", ("Sở Y tế",), ("Sở Nội vụ",))]


def test_a_pipe_tables_centred_rule_and_bodies_by_their_initials():
    """"|:--:|---|": a rule that centres the first column is no row; bodies by their initials ("TTYT huyện", "PGD
    NHCSXH huyện") lead and join."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n"
                    "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
                    "|:--:|---|---|---|---|\n"
                    "| 1 | Khám sức khỏe cho người nghèo | TTYT huyện | Phòng LĐ-TB&XH, UBND cấp xã | Quý II/2024 |\n"
                    "| 2 | Cho vay vốn ưu đãi hộ nghèo | PGD NHCSXH huyện | Hội LHPN huyện | Năm 2024 |\n")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("TTYT huyện",), ("Phòng LĐ-TB&XH", "UBND cấp xã"), "Quý II/2024"),
        ("PL.2", ("PGD NHCSXH huyện",), ("Hội LHPN huyện",), "Năm 2024")]


@pytest.mark.parametrize(("text", "names"), [
    # a plural head in small letters, then the names it is shared by: one body each
    ("Các sở Y tế, Giáo dục và Đào tạo chủ động phối hợp triển khai.", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
    ("các bộ Công an, Quốc phòng, Ngoại giao", ["Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao"]),
    # a long name after the colon, opening with a word that reads as a verb, and its line cut inside it
    ("với các Cục: Quản lý và Phát triển thị\ntrường trong nước, Thương mại điện tử và Kinh tế số, Xúc tiến thương mại "
     "rà soát", ["Cục Quản lý và Phát triển thị trường trong nước", "Cục Thương mại điện tử và Kinh tế số",
                 "Cục Xúc tiến thương mại"]),
    # a department of each province, the provinces listed after it
    ("Sở Công Thương các tỉnh Lạng Sơn, Lào Cai, Cao Bằng tổ chức",
     ["Sở Công Thương tỉnh Lạng Sơn", "Sở Công Thương tỉnh Lào Cai", "Sở Công Thương tỉnh Cao Bằng"]),
    # the standing office of a national steering committee whose name holds a comma
    ("Văn phòng Thường trực Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả, Sở Công Thương",
     ["Văn phòng Thường trực Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả", "Sở Công Thương"]),
    # (sets of something, not bodies the gazetteer knows: read as before)
    ("các bộ Tiêu chí, Chỉ số", ["các bộ Tiêu chí, Chỉ số"]),
])
def test_a_plural_head_shared_by_names(text, names):
    from parsers import agencies

    assert [a.text for a in agencies.listed(text, 0, len(text))] == names


@pytest.mark.parametrize(("organisation", "units"), [
    # a dash that ends a heading's name, before its work on the next line or on the same
    ("1. Sở Tài Chính -\nTrên cơ sở dự toán của các cơ quan, tham mưu bố trí kinh phí.\n"
     "2. Sở KH&ĐT – Chủ trì tham mưu phân bổ vốn đầu tư.\n", ["Sở Tài Chính", "Sở KH&ĐT"]),
    # (the dash that joins two fields of a name goes on with it)
    ("1. Sở Lao động -\nThương binh và Xã hội chủ trì hướng dẫn.\n", ["Sở Lao động - Thương binh và Xã hội"]),
])
def test_a_dash_after_a_headings_name(organisation, units):
    rec = _plan("Số hóa hồ sơ.", organisation=organisation)
    assert [u.name for u in rec.units] == units


def test_roman_numerals_of_one_sign():
    """"Ⅱ. NHIỆM VỤ": a word processor's Roman numeral, one sign, numbers a section as "II." does."""
    from parsers.text import normalize

    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC", "121/KH-UBND", "Bình Phước, ngày 10 tháng 5 năm 2024")
            + "\nKẾ HOẠCH\nChuyển đổi số năm 2024\n\nⅠ. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả.\n\n"
            "Ⅱ. NHIỆM VỤ\n1. Số hóa hồ sơ thủ tục hành chính.\n2. Tập huấn kỹ năng số.\n\n"
            "Ⅲ. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: Bố trí kinh phí.\n")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Văn Mi")).encode(), "kh.txt")
    assert normalize("Ⅱ. NHIỆM VỤ ⅻ") == "II. NHIỆM VỤ xii"
    assert [t.id for t in rec.tasks] == ["II.1", "II.2"]
    assert [(u.section, u.name) for u in rec.units] == [("III.1", "Sở Tài chính")]


def test_short_forms_a_document_gives_its_bodies():
    """"Sở Ngoại vụ (sau đây gọi tắt là SNgV)", "… (HEPZA)": the document's short forms name those bodies
    where they stand alone, as leads, partners and units; a heading's short form in brackets is no part of the
    name, and the short form under the heading that named the body is that heading's unit."""
    rec = _plan(
        "Tổ chức hội nghị xúc tiến đầu tư. SNgV chủ trì, phối hợp với STTTT, HEPZA thực hiện.",
        "Quảng bá hình ảnh Thành phố. SVHTT chủ trì, phối hợp với Đại học Quốc gia Thành phố, SNgV thực hiện.",
        organisation="1. Sở Ngoại vụ (sau đây gọi tắt là SNgV)\nSNgV là cơ quan thường trực.\n"
                     "2. Sở Thông tin và Truyền thông (sau đây gọi tắt là STTTT)\nSTTTT chủ trì định hướng thông tin.\n"
                     "3. Sở Văn hóa và Thể thao (SVHTT), Ban Quản lý các Khu chế xuất và công nghiệp Thành phố "
                     "(HEPZA)\nTổ chức các sự kiện quảng bá.\n")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("SNgV",), ("STTTT", "HEPZA")), (("SVHTT",), ("Đại học Quốc gia Thành phố", "SNgV"))]
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Sở Ngoại vụ"), ("III.2", "Sở Thông tin và Truyền thông"), ("III.3", "Sở Văn hóa và Thể thao"),
        ("III.3", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố")]
    # (a bracket after something else is no short form: "Hiệp định (CPTPP)")
    from parsers import agencies

    text = "Hiệp định Đối tác Toàn diện (CPTPP); Sở Công Thương phổ biến CPTPP."
    assert [a.text for a in agencies.find(text)] == ["Sở Công Thương"]


def test_a_pipe_tables_lead_cell_left_empty_under_a_row_that_named_its_lead():
    """A page's pipe table prints a lead or a deadline merged over rows once and leaves its cell empty below: those
    numbered rows have the one above (their partners are their own); a group's title row begins again."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n"
                    "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
                    "|---|---|---|---|---|\n"
                    "| **I** | **Nhóm nhiệm vụ về thể chế** | | | |\n"
                    "| 1 | Rà soát văn bản pháp luật | Sở Nông nghiệp và Môi trường | Sở Tư pháp | Tháng 5/2025 |\n"
                    "| 2 | Tham mưu ban hành Quy chế phối hợp | | Công an tỉnh | Quý III/2025 |\n"
                    "| **II** | **Nhóm nhiệm vụ về kiểm tra** | | | |\n"
                    "| 1 | Kiểm tra hoạt động khai thác | Sở Xây dựng | | Năm 2025 |\n"
                    "| 2 | Kiểm tra việc hoàn nguyên môi trường | Sở Nông nghiệp và Môi trường | | |\n")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Sở Nông nghiệp và Môi trường",), ("Sở Tư pháp",), "Tháng 5/2025"),
        ("PL.I.2", ("Sở Nông nghiệp và Môi trường",), ("Công an tỉnh",), "Quý III/2025"),
        ("PL.II.1", ("Sở Xây dựng",), (), "Năm 2025"),
        # (and a deadline merged over rows the same way)
        ("PL.II.2", ("Sở Nông nghiệp và Môi trường",), (), "Năm 2025")]


def test_task_tables_each_under_its_own_numbered_heading():
    """"I. DANH MỤC VĂN BẢN …" and "II. NHIỆM VỤ CỤ THỂ" in one appendix, each a table numbering its rows from 1:
    the heading's number is the rows' group."""
    table = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
             "| 1 | {a} | Sở Tài chính | Quý IV/2025 |\n| 2 | {b} | Sở Tư pháp | Năm 2026 |\n")
    rec = _appendix("PHÂN CÔNG NHIỆM VỤ\n\n**I. DANH MỤC VĂN BẢN THAM MƯU BAN HÀNH**\n\n"
                    + table.format(a="Nghị quyết hỗ trợ doanh nghiệp", b="Quyết định ban hành Quy chế phối hợp")
                    + "\n**II. NHIỆM VỤ CỤ THỂ**\n\n"
                    + table.format(a="Công bố quỹ đất sạch", b="Hướng dẫn hộ kinh doanh chuyển đổi"))
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("PL.I.1", ("Sở Tài chính",)), ("PL.I.2", ("Sở Tư pháp",)),
        ("PL.II.1", ("Sở Tài chính",)), ("PL.II.2", ("Sở Tư pháp",))]


@pytest.mark.parametrize("numbers", ["| (1) | (2) | (3) | (4) | (5) |", "| 1 | 2 | 3 | 4 | 5 |"])
def test_a_pipe_tables_row_of_column_numbers_under_its_header(numbers):
    """"| (1) | (2) | … |" under the header numbers its columns, and so does "| 1 | 2 | … |" counting them from one:
    no row of tasks, no task's cells."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n"
                    "| STT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
                    f"|---|---|---|---|---|\n{numbers}\n"
                    "| 1 | Phát triển mô hình giảm nghèo | Sở Nông nghiệp và Môi trường | UBND các xã "
                    "| Quý II - Quý IV/2025 |\n")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Nông nghiệp và Môi trường",), ("UBND các xã",), "Quý II - Quý IV/2025")]


def test_requests_under_an_article_on_the_duties_of_a_group():
    """"Điều 2. Trách nhiệm của các sở, ngành, địa phương ⏎ … 3. Đề nghị Kho bạc Nhà nước khu vực XIII: …": the
    decision asks the body itself, one of the group's the title names — a unit of its own item."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "25/QĐ-UBND", "Quảng Ngãi, ngày 10 tháng 1 năm 2026")
           + "\nQUYẾT ĐỊNH\nVề đẩy mạnh thanh toán không dùng tiền mặt\n\nĐiều 1. Mục tiêu năm 2026\n"
           "100% khoản thu ngân sách được thực hiện qua phương thức điện tử.\n\n"
           "Điều 2. Trách nhiệm của các sở, ngành, địa phương\n1. Sở Tài chính: chủ trì theo dõi, đôn đốc.\n"
           "2. Đề nghị Ngân hàng Nhà nước chi nhánh Khu vực 11:\na) Chỉ đạo các tổ chức tín dụng miễn phí dịch vụ.\n"
           "b) Phối hợp với Công an tỉnh làm sạch dữ liệu tài khoản.\n"
           "3. Đề nghị Kho bạc Nhà nước khu vực XIII: phối hợp với Sở Tài chính thu ngân sách qua phương thức "
           "điện tử.\n\n"
           "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    rec = parse_bytes((doc + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Phước Hiền")).encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("Điều 2.1", "Sở Tài chính"), ("Điều 2.2", "Ngân hàng Nhà nước chi nhánh Khu vực 11"),
        ("Điều 2.3", "Kho bạc Nhà nước khu vực XIII")]


def test_partners_whose_last_name_ends_with_its_province():
    """"… phối hợp với Viễn thông Tây Ninh, Viettel Tây Ninh phát triển hạ tầng số, …": the branch's province ends
    the name, the work follows."""
    rec = _plan("Số hóa hồ sơ.", organisation="1. Sở Khoa học và Công nghệ\nChủ trì xây dựng mô hình xã nông thôn mới "
                "thông minh; phối hợp với Viễn thông Tây Ninh, Viettel Tây Ninh phát triển hạ tầng số, ứng dụng chuyển "
                "đổi số trong sản xuất.\n")
    (unit,) = rec.units
    assert [list(d.partners) for d in unit.duties if d.partners] == [["Viễn thông Tây Ninh", "Viettel Tây Ninh"]]


def test_a_body_handed_its_role_is_given_work_not_defined():
    """"Giao X là cơ quan giúp việc …" hands X a role and its work; "X là cơ quan …" alone defines X."""
    org = ("1. Giao Văn phòng Điều phối nông thôn mới tỉnh là cơ quan giúp việc Ban Chỉ đạo các Chương trình mục\n"
           "tiêu quốc gia tỉnh, theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch.\n"
           "2. Ban Quản lý Khu kinh tế tỉnh là cơ quan trực thuộc Ủy ban nhân dân tỉnh.\n")
    units = [(u.section, u.name) for u in _plan("Số hóa hồ sơ.", organisation=org).units]
    assert ("III.1", "Văn phòng Điều phối nông thôn mới tỉnh") in units
    assert not [u for u in units if u[0] == "III.2"]


def test_a_field_line_between_two_bullets_is_the_bullets_above():
    item = ("Sở Nông nghiệp và Môi trường:\n- Chủ trì, phối hợp với Sở Tài chính phân bổ vốn; hoàn thành trước ngày "
            "31/01/2026.\n- Hướng dẫn các xã triển khai Bộ tiêu chí; phối hợp\nvới Sở Nội vụ tổ chức tập huấn cho cán "
            "bộ cấp xã.\nThời gian: Quý I/2026.\n- Chủ trì thẩm định hồ sơ; hoàn thành trong Quý IV/2026.")
    assert [(t.id, t.deadline) for t in _plan_items(item)] == [
        ("II.1.b1", "trước ngày 31/01/2026"), ("II.1.b2", "Quý I/2026"), ("II.1.b3", "trong Quý IV/2026")]


def test_a_table_of_assignments_after_the_signature_with_each_lead_merged_over_its_rows():
    """"BẢNG PHÂN CÔNG NHIỆM VỤ (Kèm theo …)" after the signature is an attached table of tasks; with no numbers,
    each row is a task, and a lead's cell left empty below it is merged over the rows of its work."""
    plan = ("| ỦY BAN NHÂN DÂN<br>**TỈNH TUYÊN QUANG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
            "| Số: 214/KH-UBND | *Tuyên Quang, ngày 17 tháng 11 năm 2025* |\n\n**KẾ HOẠCH**\n\n"
            "**Phát triển du lịch cộng đồng**\n\n**I. NHIỆM VỤ, GIẢI PHÁP**\n\n"
            "Các nhiệm vụ cụ thể được phân công chi tiết "
            "tại Bảng phân công nhiệm vụ kèm theo Kế hoạch này\n\n**II. KINH PHÍ THỰC HIỆN**\n\n1. Kinh phí thực hiện "
            "Kế hoạch được bố trí từ nguồn ngân sách nhà nước.\n\n2. Các cơ quan, đơn vị lập dự toán kinh phí.\n\n"
            "**III. TỔ CHỨC THỰC HIỆN**\n\n1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân.\n\n"
            "2. Báo Tuyên Quang tăng cường tin bài.\n\n"
            "Trong quá trình triển khai, nếu có khó khăn, các cơ quan báo cáo "
            "Ủy ban nhân dân tỉnh./.\n\n"
            "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. "
            "| **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Ma Thị Hà** |\n"
            "|---|---|\n\n**BẢNG PHÂN CÔNG NHIỆM VỤ**\n\n"
            "*(Kèm theo Kế hoạch số 214/KH-UBND ngày 17 tháng 11 năm 2025)*\n\n"
            "| Cơ quan chủ trì | Nhiệm vụ | Cơ quan phối hợp | Thời hạn hoàn thành |\n|---|---|---|---|\n"
            "| Sở Văn hóa, Thể thao và Du lịch | Rà soát danh mục điểm du lịch | Sở Tài chính | Quý I/2026 |\n"
            "| | Tập huấn kỹ năng đón tiếp khách | UBND các xã | Quý II/2026 |\n"
            "| Công an tỉnh | Hướng dẫn thông báo lưu trú | | Thường xuyên |\n")
    rec = parse_bytes(plan.encode(), "kh.md")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Văn hóa, Thể thao và Du lịch",), ("Sở Tài chính",), "Quý I/2026"),
        ("PL.2", ("Sở Văn hóa, Thể thao và Du lịch",), ("UBND các xã",), "Quý II/2026"),
        ("PL.3", ("Công an tỉnh",), (), "Thường xuyên")]


def test_a_list_that_writes_every_item_one_is_numbered_on():
    """Markdown lets a list write "1." for each item and shows 1, 2, 3: three or more in a row are siblings, not
    each inside the one above."""
    org = ("1. **Sở Tư pháp:** chủ trì theo dõi.\n1. **Sở Tài chính:** bố trí kinh phí.\n"
           "1. **Công an tỉnh:** bảo đảm an ninh.\n1. **Ủy ban nhân dân các xã, phường:** triển khai.\n")
    assert [(u.section, u.name) for u in _plan("Số hóa hồ sơ.", organisation=org).units] == [
        ("III.1", "Sở Tư pháp"), ("III.2", "Sở Tài chính"), ("III.3", "Công an tỉnh"),
        ("III.4", "Ủy ban nhân dân các xã, phường")]
    # (a list restarting inside an item goes on with 2: it stays inside)
    nested = "1. Sở Tư pháp:\n1. Chủ trì theo dõi.\n2. Tổng hợp báo cáo.\n2. Sở Tài chính: bố trí kinh phí.\n"
    assert [u.section for u in _plan("Số hóa hồ sơ.", organisation=nested).units] == ["III.1", "III.2"]


def test_a_cells_bodies_parted_by_a_slash():
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
                    "|---|---|---|---|---|\n"
                    "| 1 | Đưa sản phẩm OCOP lên sàn thương mại điện tử | Sở Công Thương | Sở NN&PTNT/Sở TT&TT "
                    "| Thường xuyên |\n")
    assert [(t.lead, t.support) for t in rec.tasks] == [(("Sở Công Thương",), ("Sở NN&PTNT", "Sở TT&TT"))]


def test_an_appendix_that_opens_with_its_table():
    """"PHỤ LỤC ⏎ | STT | Nhiệm vụ | …": the table's first cell is no title; its rows are the tasks."""
    rec = _appendix("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                    "| 1 | Đưa sản phẩm OCOP lên sàn | Sở Công Thương | Sở Y tế | Thường xuyên |\n")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [("PL.1", ("Sở Công Thương",), ("Sở Y tế",))]


def test_a_role_alone_as_a_field_line_under_a_bullet():
    """"Chủ trì: Sở Nội vụ. Thời hạn: Quý I/2026." on the line under a bullet is the bullet's own."""
    item = ("Cải cách tổ chức bộ máy hành chính\n"
            "- Rà soát quy định về chức năng, nhiệm vụ của các cơ quan chuyên môn.\n"
            "Chủ trì: Sở Nội vụ. Thời hạn: Quý I/2026.\n- Thẩm định đề án vị trí việc làm. Chủ trì: Sở Nội vụ; phối\n"
            "hợp: Sở Tài chính. Thời hạn: Quý III/2026.")
    assert [(t.id, t.lead, t.deadline) for t in _plan_items(item)] == [
        ("II.1.b1", ("Sở Nội vụ",), "Quý I/2026"), ("II.1.b2", ("Sở Nội vụ",), "Quý III/2026")]


def test_a_heading_that_names_a_body_with_its_short_form_then_another():
    """"1. Bảo hiểm xã hội tỉnh (sau đây gọi tắt là BHXH tỉnh); Ngân hàng …": the note names, it does no work, and
    the list goes on after it."""
    for org, names in [
        ("1. Bảo hiểm xã hội tỉnh (sau đây gọi tắt là BHXH tỉnh); Ngân hàng Chính sách xã\nhội chi nhánh tỉnh\n"
         "Thực hiện kịp thời chế độ bảo hiểm thất nghiệp.\n",
         ["Bảo hiểm xã hội tỉnh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh"]),
        ("1. Sở Y tế (sau đây gọi tắt là SYT), Sở Tài chính: bố trí kinh phí.\n", ["Sở Y tế", "Sở Tài chính"])]:
        assert [u.name for u in _plan("Số hóa hồ sơ.", organisation=org).units] == names


def test_the_parties_a_coordination_joins_are_no_partners():
    """"Xây dựng Quy chế phối hợp giữa các lực lượng … với Đồn Biên phòng …" names whom the regulation joins; the
    partners are those the lead works with ("Công an huyện chủ trì, phối hợp với Ban ⏎ Chỉ huy Quân sự huyện")."""
    item = ("Xây dựng Quy chế phối hợp giữa các lực lượng chức năng của huyện với Đồn Biên\nphòng Cửa khẩu Quốc tế Xa "
            "Mát trong kiểm soát hàng hóa. Công an huyện chủ trì, phối hợp với Ban\nChỉ huy Quân sự huyện; hoàn thành "
            "trước ngày 30/5/2025.")
    assert [(t.lead, t.support) for t in _plan_items(item)] == [(("Công an huyện",), ("Ban Chỉ huy Quân sự huyện",))]


def test_an_items_heading_says_who_leads_the_bullets_that_carry_their_own_deadline():
    item = ("Phát triển các sản phẩm du lịch cộng đồng (Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban "
            "nhân dân các xã):\n- Sản phẩm trải nghiệm mùa lúa chín (thời gian: tháng 9 hằng năm);\n"
            "- Sản phẩm tắm lá của người Dao đỏ (Sở Y tế chủ trì; thời gian: năm 2026).")
    assert [(t.id, t.lead, t.support, t.deadline) for t in _plan_items(item)] == [
        ("II.1.b1", ("Sở Văn hóa, Thể thao và Du lịch",), ("Ủy ban nhân dân các xã",), "tháng 9 hằng năm"),
        ("II.1.b2", ("Sở Y tế",), (), "năm 2026")]


def test_the_partners_of_the_leads_own_clause_come_first():
    """"Phối hợp với Bộ Khoa học và Công nghệ trong việc … (Cục Thương mại điện tử chủ trì, phối hợp với Cục Quản lý
    …)": the work's topic opens with whom the ministry works; the bracket assigns it, partners and all."""
    item = ("Phối hợp với Bộ Khoa học và Công nghệ trong việc ngăn chặn, thu hồi tên miền vi phạm "
            "(Cục Thương mại điện tử "
            "và Kinh tế số chủ trì, phối hợp với Cục Quản lý và Phát triển thị trường trong nước; thời gian: thường "
            "xuyên).")
    assert [(t.lead, t.support) for t in _plan_items(item)] == [
        (("Cục Thương mại điện tử và Kinh tế số",), ("Cục Quản lý và Phát triển thị trường trong nước",))]


def test_a_tables_title_in_a_first_row_that_spans_every_column():
    rec = _appendix("*(Kèm theo Kế hoạch số 86/KH-UBND ngày 18 tháng 4 năm 2025)*\n\n"
                    "| **DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025** | | | | | |\n|---|---|---|---|---|---|\n"
                    "| **TT** | **Nhiệm vụ** | **Cơ quan chủ trì** | **Cơ quan phối hợp** | **Sản phẩm** "
                    "| **Thời gian hoàn thành** |\n"
                    "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Công an tỉnh | Kho dữ liệu "
                    "| Quý II/2025 |\n"
                    "| 2 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Cơ sở dữ liệu "
                    "| Quý IV/2025 |\n")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Khoa học và Công nghệ",), ("Công an tỉnh",), "Quý II/2025"),
        ("PL.2", ("Sở Nông nghiệp và Môi trường",), ("Sở Tài chính",), "Quý IV/2025")]


def test_a_notices_requests_for_the_time_ahead_address_its_units():
    """"II. YÊU CẦU THỜI GIAN TỚI" in a conclusion notice is its instructions, item by item, not a plan's purpose."""
    notice = (_header("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "512/TB-UBND", "Bắc Ninh, ngày 20 tháng 11 năm 2025")
              + "\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về Đề án 06\n\n"
              "I. ĐÁNH GIÁ CHUNG\nCác cơ quan đã triển khai tích cực.\n\nII. YÊU CẦU THỜI GIAN TỚI\n"
              "1. Công an tỉnh chủ trì làm sạch dữ liệu dân cư.\n2. Sở Y tế chủ trì triển khai sổ sức khỏe điện tử.\n\n"
              + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Đào Quang Khải"))
    rec = parse_bytes(notice.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [("II.1", "Công an tỉnh"), ("II.2", "Sở Y tế")]


def test_a_dispatchs_sender_and_its_formula_are_no_unit():
    """"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG điện:" opens a dispatch: its sender, asked nothing."""
    doc = ("| **ỦY BAN NHÂN DÂN**<br>**TỈNH TUYÊN QUANG**<br>-------<br>Số: 11/CĐ-UBND "
           "| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>---------------<br>"
           "*Tuyên Quang, ngày 26 tháng 8 năm 2025* |\n|---|---|\n"
           + "\n**CÔNG ĐIỆN**\n\n**Về việc tập trung ứng phó mưa lũ**\n\n---------------\n\n"
           "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG điện:**\n\n"
           "- Giám đốc Công an tỉnh;\n- Chủ tịch Ủy ban nhân dân các xã, phường.\n\n"
           "Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
           "**1. Giám đốc Công an tỉnh:** chỉ đạo các lực lượng sẵn sàng hỗ trợ.\n\n"
           "**2. Sở Xây dựng:** khắc phục các điểm sạt lở.\n\n"
           + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Hoàng Việt Phương"))
    assert [(u.section, u.name) for u in parse_bytes(doc.encode(), "cd.md").units] == [
        ("1", "Công an tỉnh"), ("2", "Sở Xây dựng")]


def test_a_deadline_named_without_its_colon():
    for item, deadline in [
        ("Bộ Xây dựng ban hành hướng dẫn sử dụng vật liệu tái\nchế; thời\nhạn hoàn thành Quý II năm 2025.",
         "Quý II năm 2025"),
        ("Sở Y tế chủ trì đào tạo các ngành kỹ thuật; hoàn thành năm 2025.", "năm 2025"),
        ("Sở Y tế chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 05 hằng tháng.",
         "trước ngày 05 hằng tháng"),
        ("Sở Khoa học và Công nghệ chủ trì xác định các nhiệm vụ; thực hiện giai đoạn 2023 - 2030.",
         "giai đoạn 2023 - 2030"),
        ("Sở Y tế chủ trì nâng cấp bệnh viện; giai đoạn 2026 - 2030.", "giai đoạn 2026 - 2030")]:
        assert [t.deadline for t in _plan_items(item)] == [deadline]


def test_a_deadline_in_phases():
    for item, deadline in [
        ("Sở Y tế chủ trì tổ chức tiêm chủng. Thời gian: Đợt 1 từ ngày 01/4 đến ngày 30/4/2025; đợt 2 từ ngày 01/9 "
         "đến ngày 30/9/2025.", "Đợt 1 từ ngày 01/4 đến ngày 30/4/2025; đợt 2 từ ngày 01/9 đến ngày 30/9/2025"),
        ("Công an tỉnh chủ trì tuần tra. Thời gian: Thường xuyên; cao điểm trước, trong và sau Tết Nguyên đán.",
         "Thường xuyên; cao điểm trước, trong và sau Tết Nguyên đán"),
        ("Sở Y tế chủ trì tổ chức. Thời gian: Quý II/2025; Sở Tài chính phối hợp.", "Quý II/2025")]:
        assert [t.deadline for t in _plan_items(item)] == [deadline]


def test_items_numbered_by_their_kinds_word_with_a_word_processors_bullets():
    """"Nhiệm vụ 1: …" numbers an item; "* Đơn vị chủ trì: …" and "o …" are a word processor's bullets in plain text."""
    items = ("Nhiệm vụ 1: Hoàn thiện thể chế phát triển công nghiệp văn hóa\n* Nội dung:\n"
             "  o Rà soát các quy định pháp luật về điện ảnh;\n  o Xây dựng dự thảo Nghị định.\n"
             "* Đơn vị chủ trì: Vụ Pháp chế\n* Đơn vị phối hợp: Vụ Kế hoạch, Tài chính; Cục Bản quyền tác giả\n"
             "* Thời gian: Quý III/2025\n\nNhiệm vụ 2: Xây dựng cơ sở dữ liệu về công nghiệp văn hóa\n"
             "* Đơn vị chủ trì: Cục Thống kê\n* Thời gian: Tháng 12/2025\n")
    plan = (_header("BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", "120/KH-BVHTTDL", "Hà Nội, ngày 10 tháng 5 năm 2025")
            + "\nKẾ HOẠCH\nPhát triển các ngành công nghiệp văn hóa\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n\n"
            "II. NHIỆM VỤ TRỌNG TÂM\n\n" + items + "\n" + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Hồ An Phong"))
    rec = parse_bytes(plan.encode(), "kh.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("II.1", ("Vụ Pháp chế",), ("Vụ Kế hoạch, Tài chính", "Cục Bản quyền tác giả"), "Quý III/2025"),
        ("II.2", ("Cục Thống kê",), (), "Tháng 12/2025")]


@pytest.mark.parametrize(("item", "support"), [
    ("Kiểm tra an toàn hồ chứa. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Công Thương; đồng thời phối hợp "
     "với Ủy ban nhân dân các huyện tổ chức kiểm tra, hoàn thành trước ngày 31 tháng 7 năm 2025.",
     ("Sở Công Thương", "Ủy ban nhân dân các huyện")),
    # a task whose work is "-" items with no lead of their own: each item's "phối hợp với …" names partners of the
    # task, not only the first
    ("Công tác đê điều, thủy lợi (Sở Nông nghiệp và Môi trường chủ trì)\n- Phối hợp với Đài Khí tượng Thủy văn tỉnh "
     "theo dõi tình hình mưa, lũ.\n- Kiểm tra, đôn đốc công tác hộ đê; phối hợp với Ủy ban nhân dân các huyện có đê tổ "
     "chức lực lượng quản lý đê nhân dân.", ("Đài Khí tượng Thủy văn tỉnh", "Ủy ban nhân dân các huyện có đê")),
])
def test_a_second_clause_of_partners(item, support):
    assert [(t.lead, t.support) for t in _plan_items(item)] == [(("Sở Nông nghiệp và Môi trường",), support)]


def test_a_labels_list_of_partners_parted_by_blank_lines():
    item = ("Rà soát phương án ứng phó thiên tai.\n\nCơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n\n"
            "Đơn vị phối hợp:"
            "\n\n- Bộ Chỉ huy Quân sự tỉnh;\n\n- Công an tỉnh.\n\n"
            "Thời gian hoàn thành: Trước ngày 30 tháng 4 năm 2025.")
    assert [(t.lead, t.support) for t in _plan_items(item)] == [
        (("Sở Nông nghiệp và Môi trường",), ("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"))]


def test_a_tasks_partners_noted_in_its_cell_when_no_column_names_them():
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
                    "|---|---|---|---|\n"
                    "| 1 | Nâng cấp sàn thương mại điện tử (phối hợp: Sở Khoa học và Công nghệ, Sở Tài chính) "
                    "| Sở Công Thương | Quý III/2025 |\n")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Công Thương",), ("Sở Khoa học và Công nghệ", "Sở Tài chính"))]


def test_a_deadlines_field_ends_where_the_next_field_opens_its_line():
    item = ("Hoàn thiện thể chế phát triển công nghiệp văn hóa.\nĐơn vị chủ trì: Vụ Pháp chế\nThời gian: Quý III/2025\n"
            "Sản phẩm: Báo cáo rà soát; hồ sơ dự thảo Nghị định.")
    assert [t.deadline for t in _plan_items(item)] == ["Quý III/2025"]


def test_a_resolution_on_some_tasks_holds_them_in_its_article():
    """"NGHỊ QUYẾT Về một số nhiệm vụ, giải pháp …": its "Điều 2. Nhiệm vụ, giải pháp" is the work, per ministry."""
    doc = (_header("CHÍNH PHỦ", "77/NQ-CP", "Hà Nội, ngày 24 tháng 7 năm 2023")
           + "\nNGHỊ QUYẾT\nVề một số nhiệm vụ, giải pháp phát triển nhà ở xã hội\n\nCHÍNH PHỦ\n\n"
           "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Mục tiêu\n"
           "Tháo gỡ khó khăn cho các dự án nhà ở xã hội.\n\nĐiều 2. Nhiệm vụ, giải pháp\n1. Bộ Xây dựng:\n"
           "a) Chủ trì, phối hợp với Bộ Tư pháp hoàn thiện dự án Luật Nhà ở; hoàn thành trong tháng 8 năm 2023.\n"
           "b) Hướng dẫn các địa phương bố trí quỹ đất; hoàn thành trong Quý III năm 2023.\n"
           "2. Ngân hàng Nhà nước Việt Nam: chỉ đạo các tổ chức tín dụng giảm lãi suất cho vay; thường xuyên.\n\n"
           "Điều 3. Tổ chức thực hiện\nCác Bộ trưởng chịu trách nhiệm thi hành Nghị quyết này.\n\n"
           + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    rec = parse_bytes(doc.encode(), "nq.txt")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("Điều 2.1.a", ("Bộ Xây dựng",)), ("Điều 2.1.b", ("Bộ Xây dựng",)),
        ("Điều 2.2", ("Ngân hàng Nhà nước Việt Nam",))]


def test_an_item_on_resources_whose_paragraph_says_who_leads_is_work():
    """"5. Bảo đảm nguồn lực ⏎ Vụ Kế hoạch - Tài chính chủ trì …" inside the task section is work, not the plan's
    funding section."""
    tasks = _plan_items("Số hóa hồ sơ bệnh án; thực hiện thường xuyên.",
                        "Bảo đảm nguồn lực\nVụ Kế hoạch - Tài chính chủ trì, phối hợp với Cục Công nghệ thông tin "
                        "bố trí kinh phí; hoàn thành trước ngày 15 tháng 7 năm 2024.")
    assert [(t.id, t.lead) for t in tasks][1:] == [("II.2", ("Vụ Kế hoạch - Tài chính",))]


def test_an_items_sentence_that_opens_with_do_names_its_lead():
    """"… ở địa phương. Do Cục Di sản văn hóa chủ trì, Vụ Đào tạo phối hợp thực hiện.": the sentence says who leads."""
    item = ("Tổ chức các lớp tập huấn về quản lý di tích cho công chức ở địa phương. Do Cục Di sản văn hóa chủ trì, Vụ "
            "Đào tạo phối hợp thực hiện. Thời gian: hằng năm.")
    assert [(t.lead, t.support) for t in _plan_items(item)] == [(("Cục Di sản văn hóa",), ("Vụ Đào tạo",))]


def test_a_subject_that_does_the_work_itself():
    """"Các sở, ban, ngành tỉnh tự rà soát …", "Ủy ban nhân dân các xã chủ động bố trí …": the subject leads."""
    for item, lead in [
        ("Rà soát văn bản. Các sở, ban, ngành tỉnh tự rà soát văn bản thuộc lĩnh vực quản lý trước ngày 30/6/2025.",
         ("Các sở, ban, ngành tỉnh",)),
        ("Bố trí ngân sách. Ủy ban nhân dân các xã chủ động bố trí ngân sách cấp xã thực hiện.",
         ("Ủy ban nhân dân các xã",))]:
        assert [t.lead for t in _plan_items(item)] == [lead]


def test_an_items_lead_after_a_comma_and_do():
    """"…, do Sở Văn hóa, Thể thao và Du lịch chủ trì, Báo Thái Bình … phối hợp thực hiện": the clause "do" opens after
    a comma says who leads the item, whatever commas the name holds."""
    item = ("Xây dựng chuyên mục giới thiệu các điểm du lịch nông thôn trên mạng xã hội, do Sở Văn\nhóa, Thể thao và "
            "Du lịch chủ trì, Báo Thái Bình, Đài Phát thanh và Truyền hình\nThái Bình phối hợp thực hiện; thời gian: "
            "thường xuyên.")
    assert [(t.lead, t.support, t.deadline) for t in _plan_items(item)] == [
        (("Sở Văn hóa, Thể thao và Du lịch",), ("Báo Thái Bình", "Đài Phát thanh và Truyền hình Thái Bình"),
         "thường xuyên")]


@pytest.mark.parametrize("closing", [
    "Các nhiệm vụ tại điểm a, b và c khoản này do Văn phòng Ủy ban nhân dân tỉnh chủ trì,\nphối hợp với Sở Khoa học và "
    "Công nghệ, Công an tỉnh thực hiện; thời gian: năm 2026.",
    "Cơ quan chủ trì các nội dung tại điểm a, điểm b và điểm c mục 2: Văn phòng Ủy ban nhân dân tỉnh; cơ quan phối "
    "hợp: Sở Khoa học và Công nghệ, Công an tỉnh; thời gian thực hiện: năm 2026.",
    "Đơn vị chủ trì thực hiện các nội dung tại khoản 2: Văn phòng Ủy ban nhân dân tỉnh; đơn vị phối hợp: Sở Khoa học "
    "và Công nghệ, Công an tỉnh; thời gian: năm 2026."])
def test_a_line_after_a_groups_items_says_who_does_them_all(closing):
    """A line after the last lettered item about them all ("Các nhiệm vụ tại điểm a, b và c khoản này do … chủ trì",
    "Cơ quan chủ trì các nội dung tại … mục 2: …"): each item without a lead of its own takes its lead, partners and
    deadline, the last one no more than the others; an item naming its own partners only still takes the lead."""
    tasks = _plan_items("Rà soát thủ tục hành chính; thời gian: Quý I/2026.",
                        "Phát triển chính quyền số\na) Vận hành ổn định Hệ thống thông tin giải quyết thủ tục hành "
                        "chính tỉnh.\nb) Triển khai nền tảng trợ lý ảo cho cán bộ cấp xã. Phối hợp: Sở Nội vụ.\n"
                        "c) Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.\n" + closing)
    group = ("Văn phòng Ủy ban nhân dân tỉnh",)
    partners = ("Sở Khoa học và Công nghệ", "Công an tỉnh")
    assert [(t.id, t.lead, t.support, t.deadline) for t in tasks][1:] == [
        ("II.2.a", group, partners, "năm 2026"), ("II.2.b", group, ("Sở Nội vụ",), "năm 2026"),
        ("II.2.c", group, partners, "năm 2026")]


def test_a_line_before_a_groups_items_says_who_does_them_all():
    """"Các nội dung sau do Vụ Hợp tác quốc tế chủ trì, Cục Thủy sản và Kiểm ngư phối hợp:" under the group's heading:
    its items without a lead of their own take it; one naming its own keeps it."""
    tasks = _plan_items("Rà soát thủ tục hành chính; thời gian: Quý I/2026.",
                        "Hợp tác quốc tế, thông tin, tuyên truyền\nCác nội dung sau do Vụ Hợp tác quốc tế chủ trì, Cục "
                        "Thủy sản và Kiểm ngư phối hợp:\na) Xây dựng báo cáo tiến độ thực hiện các khuyến nghị.\n"
                        "b) Đàm phán, ký kết thỏa thuận hợp tác nghề cá với các nước.\n"
                        "c) Tuyên truyền về kết quả chống khai thác IUU (Báo Nông nghiệp và Môi trường chủ trì).")
    assert [(t.id, t.lead, t.support) for t in tasks][1:] == [
        ("II.2.a", ("Vụ Hợp tác quốc tế",), ("Cục Thủy sản và Kiểm ngư",)),
        ("II.2.b", ("Vụ Hợp tác quốc tế",), ("Cục Thủy sản và Kiểm ngư",)),
        ("II.2.c", ("Báo Nông nghiệp và Môi trường",), ())]


@pytest.mark.parametrize(("item", "support"), [
    # partners named before "tham gia phối hợp", in the item's later clause
    ("Kiểm soát hồ sơ trình ký văn bản. Văn phòng Ủy ban nhân dân tỉnh chủ trì kiểm soát quy trình; Sở Tư pháp, Sở Nội "
     "vụ tham gia phối hợp khi có đề nghị. Thời gian: Thường xuyên.", ("Sở Tư pháp", "Sở Nội vụ")),
    # "với sự phối hợp của" and the bodies named after it
    ("Truyền thông nguy cơ. Vụ Truyền thông chủ trì xây dựng thông điệp; triển khai với sự phối hợp của Cục Phòng\n"
     "bệnh, Báo Sức khỏe và Đời sống. Thời gian: Năm 2025.", ("Cục Phòng bệnh", "Báo Sức khỏe và Đời sống"))])
def test_partners_who_take_part_in_the_work(item, support):
    assert [t.support for t in _plan_items(item)] == [support]


def test_a_time_label_naming_what_is_timed_in_two_words():
    """"Thời gian kiểm tra, đánh giá: hằng năm": the label names two things timed, parted by a comma."""
    item = "Văn phòng Sở chủ trì kiểm tra an toàn thông tin các hệ thống. Thời gian kiểm tra, đánh giá: hằng năm."
    assert [t.deadline for t in _plan_items(item)] == ["hằng năm"]


def test_a_deadlines_bracket():
    for item, deadline in [
        ("Sở Du lịch chủ trì xây dựng sản phẩm. Thời gian: Năm 2025 (chi tiết tại Phụ lục kèm theo).", "Năm 2025"),
        ("Sở Y tế chủ trì tổ chức tập huấn. Thời gian: Quý II (năm 2025).", "Quý II (năm 2025)")]:
        assert [t.deadline for t in _plan_items(item)] == [deadline]


def test_a_fields_list_of_partners_wrapped_after_its_separator():
    """"• Đơn vị phối hợp: Vụ Kế hoạch, Tài chính; ⏎ Cục Bản quyền tác giả": the next partner, no agency heading."""
    item = ("Hoàn thiện thể chế phát triển công nghiệp văn hóa\n• Đơn vị chủ trì: Vụ Pháp chế\n"
            "• Đơn vị phối hợp: Vụ Kế hoạch, Tài chính;\nCục Bản quyền tác giả\n• Thời gian: Quý III/2025")
    assert [(t.lead, t.support, t.deadline) for t in _plan_items(item)] == [
        (("Vụ Pháp chế",), ("Vụ Kế hoạch, Tài chính", "Cục Bản quyền tác giả"), "Quý III/2025")]


def test_a_note_that_the_body_written_first_leads():
    """"Ghi chú: … đơn vị ghi đầu tiên … là đơn vị chủ trì; các đơn vị ghi sau … là đơn vị phối hợp": in the one
    column of who does the work, the first leads and the others join."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
                    "| 1 | Rà soát người tham gia bảo hiểm | Sở Nội vụ; BHXH tỉnh, Thuế tỉnh | Quý IV/2025 |\n"
                    "| 2 | Tuyên truyền chính sách | Báo Quảng Ngãi; BHXH tỉnh | Hằng tháng |\n\n"
                    "*Ghi chú: Trong cột \"Đơn vị thực hiện\", đơn vị ghi đầu tiên, trước dấu chấm phẩy, là đơn vị chủ "
                    "trì; các đơn vị ghi sau dấu chấm phẩy là đơn vị phối hợp.*\n")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Nội vụ",), ("BHXH tỉnh", "Thuế tỉnh")), (("Báo Quảng Ngãi",), ("BHXH tỉnh",))]


def test_cells_that_repeat_another_rows():
    """"Như trên", "nt", "-nt-" repeat the cell above in their column; "Như mục 1" the cell of row 1."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
                    "|---|---|---|---|---|\n"
                    "| 1 | Tổ chức hội nghị phổ biến Luật | Sở Tư pháp | Sở Nội vụ | Quý II/2025 |\n"
                    "| 2 | Biên soạn tài liệu hỏi - đáp về Luật | Như trên | Sở Tài chính | -nt- |\n"
                    "| 3 | Rà soát văn bản quy phạm pháp luật | Công an tỉnh | nt | Quý III/2025 |\n"
                    "| 4 | Kiểm tra việc thi hành Luật | Như mục 1 | Sở Y tế | Như mục 3 |\n")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Tư pháp",), ("Sở Nội vụ",), "Quý II/2025"), (("Sở Tư pháp",), ("Sở Tài chính",), "Quý II/2025"),
        (("Công an tỉnh",), ("Sở Tài chính",), "Quý III/2025"), (("Sở Tư pháp",), ("Sở Y tế",), "Quý III/2025")]


def test_a_groups_title_that_says_who_leads_its_rows():
    """"| I | Nhóm nhiệm vụ do Sở Tư pháp chủ trì |", "| II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH (Văn phòng UBND tỉnh chủ
    trì) |": the rows under it that leave their lead's cell empty are led by that body, not by the row above's."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
                    "|---|---|---|---|---|\n"
                    "| **I** | **Nhóm nhiệm vụ do Sở Tư pháp chủ trì** | | | |\n"
                    "| 1 | Tổ chức hội nghị phổ biến Luật | | Sở Nội vụ | Quý II/2025 |\n"
                    "| 2 | Rà soát văn bản quy phạm pháp luật | Công an tỉnh | Sở Tư pháp | Quý III/2025 |\n"
                    "| **II** | **CẢI CÁCH THỦ TỤC HÀNH CHÍNH (Văn phòng UBND tỉnh chủ trì)** | | | |\n"
                    "| 3 | Công bố thủ tục hành chính | | Các sở, ban, ngành | Thường xuyên |\n")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("PL.I.1", ("Sở Tư pháp",)), ("PL.I.2", ("Công an tỉnh",)), ("PL.II.3", ("Văn phòng UBND tỉnh",))]


def test_a_groups_row_that_fills_its_own_cells():
    """"| **I** | **Công tác chỉ đạo** | **Vụ Tổ chức cán bộ** | **Văn phòng Bộ** | |": the rows under it that leave
    their cells empty take its lead, partners and deadline; a row's own cells win."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
                    "|---|---|---|---|---|\n"
                    "| **I** | **Công tác chỉ đạo** | **Vụ Tổ chức cán bộ** | **Văn phòng Bộ** | **Năm 2026** |\n"
                    "| 1 | Xây dựng Kế hoạch tuyên truyền cải cách hành chính | | | Tháng 01/2026 |\n"
                    "| 2 | Kiểm tra công tác cải cách hành chính tại các đơn vị | | Vụ Pháp chế | |\n"
                    "| 3 | Rà soát thủ tục hành chính trong lĩnh vực dược | Cục Quản lý Dược | | Quý III/2026 |\n")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Vụ Tổ chức cán bộ",), ("Văn phòng Bộ",), "Tháng 01/2026"),
        (("Vụ Tổ chức cán bộ",), ("Vụ Pháp chế",), "Năm 2026"), (("Cục Quản lý Dược",), (), "Quý III/2026")]


def test_a_rows_partners_in_its_notes_cell():
    rec = _appendix("DANH MỤC ĐỀ ÁN TRÌNH\n\n| TT | Tên đề án, văn bản | Cơ quan chủ trì | Cấp trình | Thời gian trình "
                    "| Ghi chú |\n|---|---|---|---|---|---|\n"
                    "| 1 | Quyết định sửa đổi Bảng giá đất | Sở Nông nghiệp và Môi trường | UBND tỉnh | Tháng 11/2026 "
                    "| Phối hợp: Sở Tài chính, Thuế tỉnh Thanh Hóa |\n")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Nông nghiệp và Môi trường",), ("Sở Tài chính", "Thuế tỉnh Thanh Hóa"), "Tháng 11/2026")]


def test_a_note_that_opens_with_whom_the_work_joins():
    """"| Ghi chú |" of "Phối hợp với Hội Luật gia tỉnh, Đoàn Luật sư tỉnh tổ chức …": more partners than the partners'
    column names; a note of anything else adds none."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian "
                    "| Ghi chú |\n|---|---|---|---|---|---|\n"
                    "| 1 | Hưởng ứng Ngày Pháp luật | Sở Tư pháp | Sở Nội vụ | Tháng 11/2026 | Phối hợp với Hội Luật "
                    "gia tỉnh, Đoàn Luật sư tỉnh tổ chức tư vấn pháp luật miễn phí |\n"
                    "| 2 | Phổ biến pháp luật về lao động | Sở Nội vụ | Liên đoàn Lao động tỉnh | Năm 2026 "
                    "| Sở Tư pháp hướng dẫn |\n")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Tư pháp",), ("Sở Nội vụ", "Hội Luật gia tỉnh", "Đoàn Luật sư tỉnh")),
        (("Sở Nội vụ",), ("Liên đoàn Lao động tỉnh",))]


def test_a_joint_programme_known_by_its_number_holds_its_tasks():
    """"Số: 03/CTrPH-SNNMT-HND" (a Chương trình phối hợp of two issuers): its "Điều 2. Nội dung phối hợp" is work."""
    doc = ("UBND TỈNH ĐỒNG THÁP\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n--------\nBAN CHẤP HÀNH HỘI NÔNG DÂN\nTỈNH ĐỒNG THÁP\n"
           "--------\nSố: 03/CTrPH-SNNMT-HND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "---------------\nĐồng Tháp, ngày 20 tháng 11 năm 2025\n\nCHƯƠNG TRÌNH PHỐI HỢP\nGiữa Sở Nông nghiệp và Môi "
           "trường và Hội Nông dân tỉnh về hỗ trợ nông dân\n\nĐiều 1. Mục đích, yêu cầu\n"
           "1. Phát huy vai trò của Hội.\n\n"
           "Điều 2. Nội dung phối hợp\n1. Tuyên truyền, vận động hội viên\n"
           "a) Hội Nông dân tỉnh chủ trì, Sở Nông nghiệp và "
           "Môi trường phối hợp tuyên truyền chính sách. Thời gian: thường xuyên.\n\n"
           "Điều 3. Tổ chức thực hiện\n1. Mỗi bên cử 01 đầu mối theo dõi.\n")
    rec = parse_bytes(doc.encode(), "ctr.txt")
    assert rec.document.type == "Chương trình"
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [("Điều 2.1.a", ("Hội Nông dân tỉnh",), "thường xuyên")]


def test_a_coordination_regulation_known_by_its_number():
    doc = ("CÔNG AN TỈNH HÀ TĨNH\nVIỆN KIỂM SÁT NHÂN DÂN TỈNH HÀ TĨNH\nSố: 1368/QCPH-CAT-VKSND\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 15 tháng 9 năm 2025\n\n"
           "QUY CHẾ PHỐI HỢP\nGiữa Công an tỉnh và Viện kiểm sát nhân dân tỉnh trong công tác tiếp nhận tin báo\n\n"
           "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n")
    assert parse_bytes(doc.encode(), "qc.txt").document.type == "Quy chế"


@pytest.mark.parametrize(("opening", "deadline"), [
    ("Trong Quý I/2026", "Trong Quý I/2026"), ("Trước ngày 30/11/2025", "Trước ngày 30/11/2025"),
    # (a start is no deadline)
    ("Từ năm 2026", None), ("Bắt đầu từ Quý I/2026", None)])
def test_an_item_that_opens_with_its_time_then_who_leads(opening, deadline):
    item = (f"{opening}, Sở Tài chính chủ trì tham mưu Ủy ban nhân dân tỉnh tổ chức lựa chọn nhà đầu tư dự án "
            "điện gió; phối hợp với Sở Công Thương.")
    assert [(t.lead, t.support, t.deadline) for t in _plan_items(item)] == [
        (("Sở Tài chính",), ("Sở Công Thương",), deadline)]


def test_a_plans_closing_request_names_no_unit():
    org = ("1. Sở Tài chính: bố trí kinh phí.\n\nỦy ban nhân dân tỉnh đề nghị các sở, ban, ngành, Ủy ban nhân dân "
           "thành phố Thủ Đức và các quận, huyện nghiêm túc triển khai thực hiện Kế hoạch này./.\n")
    assert [(u.section, u.name) for u in _plan("Số hóa hồ sơ.", organisation=org).units] == [("III.1", "Sở Tài chính")]


@pytest.mark.parametrize(("item", "support"), [
    ("Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các tỉnh biên giới, ven biển kiểm soát dịch bệnh.",
     ("Ủy ban nhân dân các tỉnh biên giới, ven biển",)),
    ("Sở Công Thương chủ trì, phối hợp với UBND các địa phương ven biển, Bộ đội Biên phòng tỉnh giám sát hàng hóa.",
     ("UBND các địa phương ven biển", "Bộ đội Biên phòng tỉnh")),
    ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các tỉnh vùng đồng bằng sông Cửu Long giám sát dịch.",
     ("UBND các tỉnh vùng đồng bằng sông Cửu Long",)),
    ("Sở Tài chính chủ trì, phối hợp với UBND các tỉnh, thành phố có cảng biển, cửa khẩu quốc tế kiểm tra hàng hóa.",
     ("UBND các tỉnh, thành phố có cảng biển, cửa khẩu quốc tế",)),
    # (a region named in capitals, then another joined by "và"; but not a body after "và")
    ("Sở Công Thương chủ trì, phối hợp với UBND các tỉnh vùng đồng bằng sông Hồng\nvà Đông Nam Bộ giảm khí thải.",
     ("UBND các tỉnh vùng đồng bằng sông Hồng và Đông Nam Bộ",)),
    ("Sở Công Thương chủ trì, phối hợp với UBND các tỉnh vùng Tây Nguyên và Bộ Y tế giảm khí thải.",
     ("UBND các tỉnh vùng Tây Nguyên", "Bộ Y tế")),
    # (a qualifier whose first words make a word of their own: "có công" of "có công trình")
    ("Sở Xây dựng chủ trì, phối hợp với UBND các xã, phường có công trình đi qua giải phóng mặt bằng.",
     ("UBND các xã, phường có công trình đi qua",)),
    ("Sở Xây dựng chủ trì, phối hợp với UBND các tỉnh, thành phố trực thuộc TW, Bộ Tài chính giải phóng mặt bằng.",
     ("UBND các tỉnh, thành phố trực thuộc TW", "Bộ Tài chính")),
    # (whose members they are: "… là thành viên Ban Chỉ huy phòng thủ dân sự tỉnh")
    ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành là thành viên Ban Chỉ huy phòng thủ dân sự tỉnh "
     "thực hiện.", ("các sở, ngành là thành viên Ban Chỉ huy phòng thủ dân sự tỉnh",)),
    # (whose they are: "… trực thuộc Sở Y tế")
    ("Sở Y tế chủ trì, phối hợp với các bệnh viện công lập trực thuộc Sở Y tế, Bảo hiểm xã hội tỉnh thực hiện.",
     ("các bệnh viện công lập trực thuộc Sở Y tế", "Bảo hiểm xã hội tỉnh")),
    # (the cities it names, each of its kind again: "… thị xã Kiến Tường, thành phố Tân An")
    ("Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các huyện, thị xã Kiến Tường, thành phố Tân An thực hiện.",
     ("Ủy ban nhân dân các huyện, thị xã Kiến Tường, thành phố Tân An",)),
])
def test_a_collectives_places_said_by_their_land(item, support):
    """Which of a collective's places are meant: by their land ("vùng đồng bằng sông Cửu Long"), or by qualifiers
    listed with commas ("có cảng biển, cửa khẩu quốc tế", "biên giới, ven biển")."""
    assert [t.support for t in _plan_items(item)] == [support]


_GROUP = ("Đầu tư, nâng cấp công trình phòng, chống thiên tai\na) Rà soát hiện trạng đê điều, xác định các "
          "trọng điểm xung yếu.\nb) Kiểm tra an toàn hồ chứa thủy lợi, đặc biệt là các hồ chứa xung yếu.\nc) Đề xuất "
          "danh mục dự án cấp bách xử lý sạt lở bờ sông, bờ biển.\n")


@pytest.mark.parametrize("closing", [
    "Nhiệm vụ tại điểm a giao Cục Quản lý đê điều chủ trì; điểm b, c giao Cục Thủy lợi chủ trì, phối hợp với Vụ Kế "
    "hoạch - Tài chính.\nThời hạn hoàn thành các nhiệm vụ tại khoản này: Quý IV/2026.",
    "Nhiệm vụ tại điểm a: Cục Quản lý đê điều chủ trì; điểm b và điểm c: Cục Thủy lợi chủ trì, Vụ Kế hoạch - Tài "
    "chính phối hợp. Thời gian: Quý IV/2026.",
    # (wrapped inside a point's name: "điểm ⏎ b")
    "Các nhiệm vụ tại điểm a giao Cục Quản lý đê điều chủ trì; điểm\nb, c giao Cục Thủy lợi chủ trì, phối hợp với Vụ "
    "Kế hoạch - Tài chính.\nThời gian thực hiện: Quý IV/2026."])
def test_a_closing_line_parts_a_groups_items_between_bodies(closing):
    """A line after a group's items that gives each of its points its own lead ("Nhiệm vụ tại điểm a giao X chủ trì;
    điểm b, c giao Y chủ trì, phối hợp với Z"); a time for them all after it times every one."""
    tasks = _plan_items("Rà soát thủ tục hành chính; thời gian: Quý I/2026.", _GROUP + closing)
    other = (("Cục Thủy lợi",), ("Vụ Kế hoạch - Tài chính",), "Quý IV/2026")
    assert [(t.id, t.lead, t.support, t.deadline) for t in tasks][1:] == [
        ("II.2.a", ("Cục Quản lý đê điều",), (), "Quý IV/2026"), ("II.2.b", *other), ("II.2.c", *other)]


def test_a_closing_lines_time_in_one_clause_times_that_clause():
    tasks = _plan_items("Rà soát thủ tục hành chính; thời gian: Quý I/2026.",
                        _GROUP + "Nhiệm vụ tại điểm a, b giao Cục Quản lý đê điều chủ trì; điểm c giao Cục Thủy lợi "
                                 "chủ trì, hoàn thành trong Quý III/2026.")
    assert [(t.lead, t.deadline) for t in tasks][1:] == [
        (("Cục Quản lý đê điều",), None), (("Cục Quản lý đê điều",), None), (("Cục Thủy lợi",), "trong Quý III/2026")]


def test_a_group_of_bullets_led_by_a_line_above_them():
    """"Nhóm nhiệm vụ do Cục Khí tượng Thủy văn chủ trì:" over "-" bullets that carry their own deadlines: who leads
    them, not a field whose values the bullets list."""
    tasks = _plan_items("Nâng cao năng lực dự báo, cảnh báo thiên tai\nNhóm nhiệm vụ do Cục Khí tượng Thủy văn chủ "
                        "trì:\n- Nâng cấp mạng lưới ra đa thời tiết, hoàn thành trước ngày 31/5/2026.\n- Hoàn thiện "
                        "bản đồ cảnh báo lũ quét, phối hợp với Cục Địa chất; hoàn thành trong Quý III/2026.")
    assert [(t.id, t.lead, t.support) for t in tasks] == [
        ("II.1.b1", ("Cục Khí tượng Thủy văn",), ()), ("II.1.b2", ("Cục Khí tượng Thủy văn",), ("Cục Địa chất",))]


def test_a_line_after_bullets_says_who_leads_them_or_when():
    # (bullets of no lead of their own: one task, led by the line after them)
    tasks = _plan_items("Công tác tuyên truyền\n- Tuyên truyền sâu rộng về bảo vệ an ninh Tổ quốc.\n- Biểu dương gương "
                        "người tốt, việc tốt.\nCác nội dung trên do Công an thành phố chủ trì, phối hợp với Hội Cựu "
                        "chiến binh thành phố thực hiện; thời gian: thường xuyên.")
    assert [(t.id, t.lead, t.support, t.deadline) for t in tasks] == [
        ("II.1", ("Công an thành phố",), ("Hội Cựu chiến binh thành phố",), "thường xuyên")]
    # (bullets led each: the time line after them times them all)
    tasks = _plan_items("Phong trào trong cơ quan, nhà trường\n- Trong trường học: phòng, chống bạo lực học đường (Sở "
                        "Giáo dục và Đào tạo chủ trì).\n- Trong cơ quan nhà nước: bảo vệ bí mật nhà nước (Sở Nội vụ "
                        "chủ trì).\nThời gian thực hiện: năm 2026.")
    assert [(t.lead, t.deadline) for t in tasks] == [(("Sở Giáo dục và Đào tạo",), "năm 2026"),
                                                      (("Sở Nội vụ",), "năm 2026")]


def test_a_time_line_after_a_groups_items_times_them_all():
    """"a) … ⏎ b) … ⏎ Thời gian thực hiện: năm 2026.": none of the items timed by a line of its own, the group's last
    line times them all; where each item has its own, the last line is the last item's."""
    tasks = _plan_items("Khoa học, công nghệ (Vụ Khoa học và Công nghệ chủ trì)\na) Triển khai các nhiệm vụ khoa học "
                        "về giảm thiểu rủi ro thiên tai.\nb) Tăng cường hợp tác với các đối tác phát triển.\n"
                        "Thời gian thực hiện: năm 2026.")
    assert [t.deadline for t in tasks] == ["năm 2026", "năm 2026"]
    tasks = _plan_items("Khoa học, công nghệ (Vụ Khoa học và Công nghệ chủ trì)\na) Triển khai các nhiệm vụ khoa học "
                        "về giảm thiểu rủi ro thiên tai.\nThời gian thực hiện: năm 2025.\nb) Tăng cường hợp tác với "
                        "các đối tác phát triển.\nThời gian thực hiện: năm 2026.")
    assert [t.deadline for t in tasks] == ["năm 2025", "năm 2026"]


@pytest.mark.parametrize(("item", "lead", "support"), [
    # the one marked first, the others after it
    ("Tìm kiếm cứu nạn. Bộ Chỉ huy Quân sự tỉnh (chủ trì), Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an\ntỉnh, Sở Y tế "
     "xây dựng kế hoạch hiệp đồng lực lượng; thời gian: Quý III/2025.",
     ("Bộ Chỉ huy Quân sự tỉnh",), ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "Sở Y tế")),
    # the joiners first, then "phối hợp với" the one marked (its mark cut by the line's end)
    ("Đầu tư, nâng cấp công trình\nSở Kế hoạch và Đầu tư, Sở Tài chính phối hợp với Sở Nông nghiệp và Phát triển\n"
     "nông thôn (chủ\ntrì) tham mưu bố trí vốn đầu tư công.",
     ("Sở Nông nghiệp và Phát triển nông thôn",), ("Sở Kế hoạch và Đầu tư", "Sở Tài chính")),
    # (and partners named otherwise, after them)
    ("Ban hành bộ tiêu chuẩn dữ liệu. Vụ Pháp chế (chủ trì), Cục Di sản văn hóa thực hiện, có sự tham gia của Bộ Khoa "
     "học và Công nghệ; thời gian: Quý III/2026.",
     ("Vụ Pháp chế",), ("Cục Di sản văn hóa", "Bộ Khoa học và Công nghệ")),
])
def test_the_lead_marked_in_a_list_of_bodies(item, lead, support):
    """Bodies named together as a clause's subject, one marked "(chủ trì)": it leads, the others join."""
    assert [(t.lead, t.support) for t in _plan_items(item)] == [(lead, support)]


def test_an_item_on_reporting_among_the_duties_names_who_reports():
    """"5. Chế độ báo cáo ⏎ Các sở, ngành … báo cáo … ⏎ Sở Nội vụ tổng hợp …" inside the organisation section: the
    bodies its paragraphs open with are units there."""
    org = ("1. Sở Tài chính: Bố trí kinh phí.\n2. Chế độ báo cáo\nCác sở, ban, ngành báo cáo kết quả thực hiện gửi Sở "
           "Nội vụ trước ngày 05/12/2025.\nSở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n")
    assert [(u.section, u.name) for u in _plan("Số hóa hồ sơ.", organisation=org).units] == [
        ("III.1", "Sở Tài chính"), ("III.2", "Các sở, ban, ngành"), ("III.2", "Sở Nội vụ")]


def test_a_schools_abbreviated_kind_kept_as_written():
    """"Trường THCS Hòa Phong": an abbreviation of capitals with no vowel is no damaged syllable to repair."""
    org = "1. Trường THCS Hòa Phong, Trường THPT Chu Văn An\nTổ chức tuyên truyền cho học sinh.\n"
    assert [u.name for u in _plan("Số hóa hồ sơ.", organisation=org).units] == [
        "Trường THCS Hòa Phong", "Trường THPT Chu Văn An"]


def test_a_date_wrapped_after_its_months_word_opens_no_item():
    """"… Thời gian: tháng ⏎ 01 - tháng 02/2025.": the line goes on with the date, no "01 -" item; the agency
    heading after it is still the next item's."""
    tasks = _plan_items("Sở Giao thông vận tải\na) Kiểm tra bến xe khách trước Tết. Thời gian: tháng\n"
                        "01 - tháng 02/2025.\nb) Phối hợp với Sở Tài chính bố trí kinh phí. Thời gian: Quý I/2025.",
                        "Công an tỉnh\na) Tuần tra kiểm soát trên các tuyến đường. Thời gian: hằng tháng.")
    assert [(t.id, t.deadline) for t in tasks] == [
        ("II.1.a", "tháng 01 - tháng 02/2025"), ("II.1.b", "Quý I/2025"), ("II.2.a", "hằng tháng")]


@pytest.mark.parametrize(("item", "support"), [
    ("Tuyên truyền về an toàn thực phẩm. Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan, "
     "nhất là Sở Y tế, Sở Công Thương, Báo Hải Phòng thực hiện; thời gian: Quý I/2025.",
     ("Sở Y tế", "Sở Công Thương", "Báo Hải Phòng")),
    ("Sơ tán dân. Ủy ban nhân dân các xã chủ trì, phối hợp với các lực lượng trên địa bàn, nhất là Ban Chỉ\nhuy Quân "
     "sự huyện, Công an huyện thực hiện; thời gian: khi có thiên tai.", ("Ban Chỉ huy Quân sự huyện", "Công an huyện")),
])
def test_partners_named_after_whoever_is_concerned(item, support):
    """"phối hợp với các cơ quan liên quan, nhất là A, B": whoever is concerned (no one named), then the ones meant
    most, who are the partners."""
    assert [t.support for t in _plan_items(item)] == [support]


def test_names_of_a_city_plan():
    """The city's own ways: "Ủy ban nhân dân Thành phố Thủ Đức và các quận, huyện" (the city in capitals) is one
    collective; a known name that ends on its place's kind takes the place's name on the next line ("Liên hiệp các tổ
    ⏎ chức hữu nghị thành phố Hà Nội"); an office-holder's title opens a later sentence's lead ("Giám đốc Sở Nội
    vụ chủ trì …")."""
    assert [(t.lead, t.support) for t in _plan_items(
        "Kỷ niệm ngày thống nhất đất nước. Sở Văn hóa và Thể thao chủ trì, phối hợp với Ủy ban nhân dân Thành phố Thủ "
        "Đức và các quận, huyện; thời gian: tháng 4/2025.")] == [
        (("Sở Văn hóa và Thể thao",), ("Ủy ban nhân dân Thành phố Thủ Đức và các quận, huyện",))]
    org = ("1. Sở Ngoại vụ: Theo dõi, tổng hợp.\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Liên hiệp các "
           "tổ\nchức hữu nghị thành phố Hà Nội phối hợp lồng ghép thông tin đối ngoại.\n")
    assert [u.name for u in _plan("Số hóa hồ sơ.", organisation=org).units] == [
        "Sở Ngoại vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội"]
    assert [t.lead for t in _plan_items(
        "Đổi mới đánh giá, xếp loại công chức theo kết quả, gắn với vị trí việc làm. Giám đốc Sở Nội vụ chủ trì "
        "hướng dẫn, kiểm tra việc thực hiện; hoàn thành trước ngày 15/12/2026.")] == [("Sở Nội vụ",)]


def test_a_partners_cell_names_a_body_of_each_place():
    """"Trung tâm Kiểm soát bệnh tật các tỉnh Gia Lai, Đắk Lắk, Lâm Đồng" in a table's cell: one body per place, as
    the same words give in running text."""
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian "
                    "|\n|---|---|---|---|---|\n| 1 | Giám sát ca bệnh tại các điểm nguy cơ cao | Viện Vệ sinh dịch tễ "
                    "Tây Nguyên | Sở Y tế tỉnh Gia Lai;<br>Trung tâm Kiểm soát bệnh tật các tỉnh Gia Lai, Đắk Lắk, Lâm "
                    "Đồng | Thường xuyên |\n")
    assert [t.support for t in rec.tasks] == [("Sở Y tế tỉnh Gia Lai", "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai",
                                              "Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk",
                                              "Trung tâm Kiểm soát bệnh tật tỉnh Lâm Đồng")]


def test_a_sections_time_line_and_a_closing_line_that_names_the_bodies_first():
    """"Văn phòng … chủ trì nhiệm vụ tại điểm a; Trung tâm … chủ trì nhiệm vụ tại điểm b, phối hợp với …" parts the
    group's points, the bodies named first; "Thời gian thực hiện các nhiệm vụ tại Mục II: năm 2026 (trừ …)" times
    every task of the section that has no time of its own."""
    group = "\n".join([
        "Cải cách thủ tục hành chính", "a) Công bố danh mục thủ tục hành chính.",
        "b) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
        "Văn phòng Ủy ban nhân dân tỉnh chủ trì thực hiện nhiệm vụ tại điểm a; Trung tâm Phục vụ hành chính công tỉnh "
        "chủ trì nhiệm vụ tại điểm b, phối hợp với Công an tỉnh.",
        "Thời gian thực hiện các nhiệm vụ tại Mục II: năm 2026 (trừ các nhiệm vụ đã có thời hạn riêng)."])
    tasks = _plan_items("Rà soát thủ tục hành chính; thời gian: Quý I/2026.", group)
    assert [(t.id, t.lead, t.support, t.deadline) for t in tasks] == [
        ("II.1", (), (), "Quý I/2026"), ("II.2.a", ("Văn phòng Ủy ban nhân dân tỉnh",), (), "năm 2026"),
        ("II.2.b", ("Trung tâm Phục vụ hành chính công tỉnh",), ("Công an tỉnh",), "năm 2026")]


def test_a_line_above_bullets_of_no_lead_leads_their_item():
    tasks = _plan_items("Phòng, chống bệnh không lây nhiễm\nCác nội dung sau do Trung tâm Kiểm soát bệnh tật tỉnh chủ "
                        "trì, phối hợp với Trung tâm Y tế các khu vực thực hiện:\n- Quản lý người bệnh tăng huyết áp.\n"
                        "- Sàng lọc phát hiện sớm ung thư.")
    assert [(t.id, t.lead, t.support) for t in tasks] == [
        ("II.1", ("Trung tâm Kiểm soát bệnh tật tỉnh",), ("Trung tâm Y tế các khu vực",))]


def test_one_column_for_who_leads_and_joins_parted_by_a_slash():
    """"Cơ quan chủ trì/phối hợp" and its cells parted the same way ("Sở Tư pháp/Các sở, ban, ngành cấp tỉnh"): who
    leads, then who joins; a collective's own slash ("UBND các tỉnh/thành phố") parts nothing."""
    rows = ["| TT | Nội dung | Cơ quan chủ trì/phối hợp | Thời gian hoàn thành |", "|---|---|---|---|",
            "| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp/Các sở, ban, ngành cấp tỉnh | Quý II/2026 |",
            "| 2 | Công bố thủ tục hành chính | Văn phòng UBND tỉnh/Sở Nội vụ, Sở Tư pháp | Thường xuyên |",
            "| 3 | Hỗ trợ doanh nghiệp | Sở Công Thương, UBND các tỉnh/thành phố | Năm 2026 |"]
    rec = _appendix("DANH MỤC NHIỆM VỤ\n\n" + "\n".join(rows) + "\n")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Sở Tư pháp",), ("Các sở, ban, ngành cấp tỉnh",)), (("Văn phòng UBND tỉnh",), ("Sở Nội vụ", "Sở Tư pháp")),
        (("Sở Công Thương", "UBND các tỉnh/thành phố"), ())]


def test_a_body_named_by_its_head_then_its_work_on_the_next_line():
    """"2. Sở Giáo dục và Đào tạo, Tỉnh đoàn ⏎ Phối hợp tổ chức …": the name ends with its line, the next line's
    capital opens the work."""
    org = ("1. Sở Tài chính: Bố trí kinh phí.\n2. Sở Giáo dục và Đào tạo, Tỉnh đoàn\nPhối hợp tổ chức các lớp dạy bơi, "
           "hướng dẫn kỹ năng an toàn trong môi trường nước cho học sinh tiểu học, trung học cơ sở; lồng ghép nội dung "
           "phòng, chống đuối nước vào sinh hoạt hè.\n")
    assert [(u.section, u.name) for u in _plan("Số hóa hồ sơ.", organisation=org).units] == [
        ("III.1", "Sở Tài chính"), ("III.2", "Sở Giáo dục và Đào tạo"), ("III.2", "Tỉnh đoàn")]


@pytest.mark.parametrize(("item", "lead"), [
    # who leads after a dash, the item opening with whom the lead directs
    ("Quản lý thực phẩm\n- Chỉ đạo Ủy ban nhân dân cấp xã quản lý cơ sở sản xuất nhỏ lẻ, thức ăn đường phố theo phân "
     "cấp - UBND các huyện, thành phố, thị xã chủ trì, thực hiện thường xuyên.\n- Kiểm tra bếp ăn tập thể - Sở Y tế "
     "chủ trì; thời gian: Quý II/2025.", [("UBND các huyện, thành phố, thị xã",), ("Sở Y tế",)]),
    # ("… thực hiện theo kế hoạch được giao": who does it, then how)
    ("Kiểm nghiệm mẫu thực phẩm phục vụ thanh tra - Sở Y tế thực hiện theo kế hoạch được giao.", [("Sở Y tế",)]),
    # names on both sides of a bracket's semicolon, no time after it
    ("Phổ biến pháp luật về an ninh, trật tự tại khu vực biên giới (Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh)",
     [("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]),
])
def test_who_leads_after_a_dash_or_in_a_closing_bracket(item, lead):
    assert [t.lead for t in _plan_items(item)] == lead


@pytest.mark.parametrize(("item", "lead", "support"), [
    ("Tổ chức tập huấn. Sở Tư pháp là cơ quan chủ trì; Sở Nội vụ, Công an tỉnh là cơ quan phối hợp.",
     ("Sở Tư pháp",), ("Sở Nội vụ", "Công an tỉnh")),
    ("Rà soát thủ tục. Sở Tư pháp chủ trì; Sở Nội vụ, Sở Tài chính và Công an tỉnh tham gia thực hiện.",
     ("Sở Tư pháp",), ("Sở Nội vụ", "Sở Tài chính", "Công an tỉnh")),
])
def test_each_clause_names_its_part(item, lead, support):
    """"X là cơ quan chủ trì; Y là cơ quan phối hợp", "X chủ trì; Y, Z tham gia thực hiện": each clause says whose
    part it is."""
    assert [(t.lead, t.support) for t in _plan_items(item)] == [(lead, support)]


def test_a_partners_list_over_a_dash_wrapped_inside_a_name():
    """"… các tổ chức chính trị ⏎ - xã hội tỉnh, Báo Quảng Trị …": the dash joins the name's fields, no "-" item; the
    list goes on."""
    item = ("Tuyên truyền về Đề án 06. Sở Văn hóa chủ trì, phối hợp với Công an tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam "
            "tỉnh và các tổ chức chính trị\n- xã hội tỉnh, Báo Quảng Trị thực hiện; thời gian: Thường xuyên.")
    assert [t.support for t in _plan_items(item)] == [
        ("Công an tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh",
         "Báo Quảng Trị")]


def test_a_collectives_region_wrapped_over_a_line():
    """"Ủy ban nhân dân các tỉnh, thành phố vùng đồng bằng ⏎ sông Cửu Long" (a gazette's narrow line), "… các tỉnh
    trong vùng": the places meant, whole."""
    items = ("Phát triển hạ tầng. Bộ Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các tỉnh, thành phố vùng đồng "
             "bằng\nsông Cửu Long, Bộ Tài chính thực hiện.",
             "Quy hoạch đô thị. Bộ Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các tỉnh trong vùng thực hiện.")
    assert [t.support for t in _plan_items(*items)] == [
        ("Ủy ban nhân dân các tỉnh, thành phố vùng đồng bằng sông Cửu Long", "Bộ Tài chính"),
        ("Ủy ban nhân dân các tỉnh trong vùng",)]



def test_a_task_about_a_field_whose_name_holds_an_organisation_headings_words():
    """"Công tác tổ chức thi hành án" is work on the enforcement of judgments, no "Tổ chức thi hành" section: its
    bullets, each with its own lead and time, are tasks."""
    rec = _plan("Công tác tổ chức thi hành án\n- Chi cục Thi hành án dân sự các huyện tập trung thi hành dứt điểm "
                "các vụ việc có điều kiện; hoàn thành trước ngày 30/9/2026.\n- Phòng Nghiệp vụ và Tổ chức thi hành "
                "án chủ trì, phối hợp với Văn phòng Cục hướng dẫn nghiệp vụ; thời gian: thường xuyên.",
                "Kiểm tra công tác thi hành án. Phòng Kiểm tra chủ trì; thời gian: Quý II/2026.")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("II.1.b1", ("Chi cục Thi hành án dân sự các huyện",), (), "trước ngày 30/9/2026"),
        ("II.1.b2", ("Phòng Nghiệp vụ và Tổ chức thi hành án",), ("Văn phòng Cục",), "thường xuyên"),
        ("II.2", ("Phòng Kiểm tra",), (), "Quý II/2026")]
    assert [u.section for u in rec.units] == ["III.1"]


def test_a_budget_table_in_the_funding_section_lists_no_tasks():
    """"III. KINH PHÍ THỰC HIỆN ⏎ | TT | Nội dung | Đơn vị thực hiện | Kinh phí |": what the plan spends, by whom, is
    no list of work; the appendix's table is."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "52/KH-UBND", "Lâm Đồng, ngày 10 tháng 3 năm 2024")
            + "\n**KẾ HOẠCH**\n\n**Bảo đảm an toàn thực phẩm năm 2024**\n\n"
            "**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm an toàn.\n\n"
            "**II. NHIỆM VỤ**\n\nChi tiết tại Phụ lục.\n\n**III. KINH PHÍ THỰC HIỆN**\n\n"
            "| TT | Nội dung | Đơn vị thực hiện | Kinh phí (triệu đồng) |\n|---|---|---|---|\n"
            "| 1 | Tổ chức Tháng hành động vì an toàn thực phẩm | Sở Y tế | 350 |\n"
            "| 2 | Kiểm tra liên ngành dịp Tết | Sở Công Thương | 180 |\n\n"
            "**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Y tế**\n\nTheo dõi, tổng hợp.\n\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Văn Hiệp") + "\n**PHỤ LỤC**\n\n"
            "| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Kiểm tra bếp ăn tập thể trường học | Sở Giáo dục và Đào tạo | Quý II/2024 |\n")
    rec = parse_bytes(plan.encode(), "kh.md")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [("PL.1", ("Sở Giáo dục và Đào tạo",), "Quý II/2024")]


def test_the_leads_partners_then_a_later_clause_of_one_more_partner():
    """"Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, … xây dựng …; Sở Nội vụ phối hợp rà soát …": the lead's own
    list of partners, and the body a later clause names before its "phối hợp" with them (not that one alone)."""
    [task] = _plan_items("Khám sức khỏe định kỳ cho người cao tuổi: Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, "
                         "Bảo hiểm xã hội tỉnh và Ủy ban nhân dân các xã, phường xây dựng kế hoạch khám sức khỏe, "
                         "hoàn thành trong Quý III/2025; Sở Nội vụ phối hợp rà soát danh sách người cao tuổi.")
    assert (task.lead, task.support) == (("Sở Y tế",), ("Sở Tài chính", "Bảo hiểm xã hội tỉnh",
                                                       "Ủy ban nhân dân các xã, phường", "Sở Nội vụ"))


def test_an_items_role_lines_under_a_label_of_their_own():
    """"a) Rà soát … ⏎ - Lập danh mục … ⏎ - Phân công thực hiện: ⏎ + Cơ quan chủ trì: Sở Tư pháp. ⏎ + Cơ quan phối hợp:
    … ⏎ + Thời gian hoàn thành: Quý III/2025.": the label's "+" lines are the item's fields, two levels below it; its
    "-" lines are its work, no tasks of their own."""
    [task] = _plan_items("Rà soát văn bản quy phạm pháp luật của tỉnh.\n- Lập danh mục văn bản cần sửa đổi.\n"
                         "- Kiến nghị xử lý các quy định vượt thẩm quyền.\n- Phân công thực hiện:\n"
                         "+ Cơ quan chủ trì: Sở Tư pháp.\n+ Cơ quan phối hợp: Sở Khoa học và Công nghệ.\n"
                         "+ Thời gian hoàn thành: Quý III/2025.")
    assert (task.id, task.lead, task.support, task.deadline) == (
        "II.1", ("Sở Tư pháp",), ("Sở Khoa học và Công nghệ",), "Quý III/2025")


@pytest.mark.parametrize(("item", "lead", "support", "deadline"), [
    # a short label of the item's last step over its field lines
    ("Xây dựng chuẩn quốc gia về y tế xã.\n- Tổng kết việc thực hiện Bộ tiêu chí.\n- Dự thảo Bộ tiêu chí mới.\n"
     "- Trình ban hành:\n+ Đơn vị chủ trì: Sở Y tế.\n+ Đơn vị phối hợp: Sở Nội vụ.\n+ Thời hạn: Quý II/2026.",
     ("Sở Y tế",), ("Sở Nội vụ",), "Quý II/2026"),
    # a last bullet of who leads, who joins (named before their "phối hợp") and by when
    ("Rà soát, sắp xếp các đơn vị sự nghiệp công lập.\n- Xây dựng đề án sắp xếp.\n- Tham mưu quy định chức năng.\n"
     "- Sở Nội vụ chủ trì; Sở Y tế, Sở Giáo dục và Đào tạo phối hợp; thời gian: Quý III/2026.",
     ("Sở Nội vụ",), ("Sở Y tế", "Sở Giáo dục và Đào tạo"), "Quý III/2026"),
])
def test_an_items_last_bullet_that_only_says_who_and_when(item, lead, support, deadline):
    [task] = _plan_items(item)
    assert (task.id, task.lead, task.support, task.deadline) == ("II.1", lead, support, deadline)


@pytest.mark.parametrize(("organisation", "units"), [
    # "2. Văn phòng Bộ ⏎ Bảo đảm điều kiện …": "Bộ" after "Văn phòng" is the office's parent, the name ends with it
    # (no "Bộ Bảo đảm …" across the line)
    ("1. Vụ Pháp chế\nThẩm định văn bản quy định chi tiết.\n2. Văn phòng Bộ\nBảo đảm điều kiện tổ chức các hội nghị.\n"
     "3. Thanh tra Bộ\nKiểm tra việc thực hiện Kế hoạch.\n",
     [("III.1", "Vụ Pháp chế"), ("III.2", "Văn phòng Bộ"), ("III.3", "Thanh tra Bộ")]),
    # "Các cơ quan báo chí: Báo Bình Phước, Đài … dành thời lượng …": the kind names no one, the bodies after its colon
    # are the units, in a paragraph (after an item complete in its first one: the section's) and in an item's heading
    ("1. Sở Nội vụ: Theo dõi, tổng hợp kết quả.\nCác cơ quan báo chí: Báo Bình Phước, Đài Phát thanh - Truyền hình "
     "tỉnh dành thời lượng đăng tải tin, bài.\n2. Các cơ quan Trung ương trên địa bàn tỉnh: Chi cục Thuế khu vực XV, "
     "Kho bạc Nhà nước khu vực XV: Phối hợp rút ngắn thời gian nộp thuế.\n",
     [("III.1", "Sở Nội vụ"), ("III", "Báo Bình Phước"), ("III", "Đài Phát thanh - Truyền hình tỉnh"),
      ("III.2", "Chi cục Thuế khu vực XV"), ("III.2", "Kho bạc Nhà nước khu vực XV")]),
    # "2. Đề nghị các cơ quan phối hợp ⏎ Đề nghị Cục … chỉ đạo Đội …": the heading names no unit whose work the
    # paragraph passes on; the bodies the paragraph asks are the units
    ("1. Sở Y tế: Theo dõi, tổng hợp.\n2. Đề nghị các cơ quan phối hợp\nĐề nghị Cục Quản lý thị trường tỉnh và Cảng vụ "
     "Hàng hải Bình Phước cử cán bộ tham gia đoàn kiểm tra; chỉ đạo Đội Quản lý thị trường số 3 phối hợp kiểm tra.\n",
     [("III.1", "Sở Y tế"), ("III.2", "Cục Quản lý thị trường tỉnh"), ("III.2", "Cảng vụ Hàng hải Bình Phước")]),
])
def test_units_of_an_organisation_section(organisation, units):
    rec = _plan("Tuyên truyền. Sở Nội vụ chủ trì.", organisation=organisation)
    assert [(u.section, u.name) for u in rec.units] == units


@pytest.mark.parametrize(("text", "names"), [
    # two activities after a name, the second a verb, are what the body does, though a name may hold such a pair
    ("phối hợp với Cục Văn hóa cơ sở, Gia đình và Thư viện, Cục Di sản văn hóa thanh tra, kiểm tra việc chấp hành",
     ["Cục Văn hóa cơ sở, Gia đình và Thư viện", "Cục Di sản văn hóa"]),
    ("phối hợp với Cục Quản lý lao động ngoài nước thanh tra, kiểm tra các doanh nghiệp",
     ["Cục Quản lý lao động ngoài nước"]),
    # (a verb alone too: "đối soát")
    ("phối hợp với Phòng Văn hóa - Xã hội đối soát, làm sạch dữ liệu dân cư", ["Phòng Văn hóa - Xã hội"]),
    # (a name that ends with the first word of such a pair keeps it)
    ("phối hợp với Viện Chiến lược và Khoa học thanh tra, Trường Cán bộ thanh tra tổ chức",
     ["Viện Chiến lược và Khoa học thanh tra", "Trường Cán bộ thanh tra"]),
])
def test_a_pair_of_activities_after_a_name_is_its_work(text, names):
    from parsers import agencies

    start = len("phối hợp với ")
    assert [a.text for a in agencies.listed(text, start, len(text))] == names


@pytest.mark.parametrize(("item", "lead", "support"), [
    # a clause that opens with "phối hợp với" and runs into "chủ trì": the last named leads, those before it join
    ("Bảo đảm an toàn hồ đập, đê điều\nTrên cơ sở kết quả kiểm tra, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu "
     "tư, Sở Nông nghiệp và Phát triển nông thôn chủ trì tham mưu bố trí kinh phí.",
     ["Sở Nông nghiệp và Phát triển nông thôn"], ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]),
    ("Phối hợp với Sở Y tế, Sở Thông tin và Truyền thông chủ trì hướng dẫn các cơ quan báo chí tuyên truyền.",
     ["Sở Thông tin và Truyền thông"], ["Sở Y tế"]),
    # (not after a body that opens the clause, nor before "thực hiện")
    ("Cung cấp dịch vụ công trực tuyến toàn trình; phối hợp với Văn phòng Bộ thực hiện.", [], ["Văn phòng Bộ"]),
])
def test_partners_named_before_the_lead(item, lead, support):
    (task,) = _plan_items(item)
    assert (list(task.lead), list(task.support)) == (lead, support)


def test_a_heading_for_a_group_whose_items_ask_its_members():
    # "Đối với các bộ, ngành, địa phương" titles the items that ask each of them: they are the units
    rec = _plan("Tổ chức tuyên truyền.", organisation=(
        "1. Đối với các bộ, ngành, địa phương\n"
        "a) Đề nghị Bộ Công an chỉ đạo Cục Cảnh sát giao thông tăng cường tuần tra, kiểm soát.\n"
        "b) Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các lực lượng chức năng.\n"
        "2. Sở Y tế\na) Chủ trì tổ chức thực hiện.\nb) Chỉ đạo các bệnh viện phối hợp.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1.a", "Bộ Công an"), ("III.1.b", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
        ("III.2", "Sở Y tế")]


@pytest.mark.parametrize(("organisation", "units"), [
    # a line naming the heads of the bodies an item's lettered items are for: the bodies are its units
    ("1. Lĩnh vực giáo dục\nGiám đốc Sở Giáo dục và Đào tạo:\na) Phối hợp với Sở Nội vụ tuyển dụng giáo viên.\n"
     "b) Chỉ đạo các cơ sở giáo dục thực hiện nghiêm quy định.\n", [("III.1", "Sở Giáo dục và Đào tạo")]),
    ("1. Lĩnh vực giao thông\nGiám đốc Công an tỉnh và Giám đốc Sở Giao thông vận tải:\na) Tăng cường tuần tra.\n",
     [("III.1", "Công an tỉnh"), ("III.1", "Sở Giao thông vận tải")]),
    # (… or a sentence that names the unit, then its items: what it directs is its duty, no unit)
    ("1. Lĩnh vực giáo dục\nGiám đốc Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ:\n"
     "a) Tuyển dụng giáo viên.\nb) Chỉ đạo các cơ sở giáo dục thực hiện nghiêm quy định.\n",
     [("III.1", "Sở Giáo dục và Đào tạo")]),
])
def test_the_heads_of_bodies_named_over_an_items_own_items(organisation, units):
    rec = _plan("Tổ chức tuyên truyền.", organisation=organisation)
    assert [(u.section, u.name) for u in rec.units] == units


def test_the_document_asks_a_body_of_its_own_after_an_items_ended_sentence():
    rec = _plan("Tổ chức tuyên truyền.", organisation=(
        "1. Sở Y tế chủ trì tổ chức khám sức khỏe định kỳ cho người cao tuổi.\n"
        "2. Hội Người cao tuổi tỉnh vận động hội viên tham gia khám sức khỏe định kỳ.\n"
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền.\n"
        "3. Đề nghị Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn.\n"
        "Đề nghị Hội Liên hiệp Phụ nữ tỉnh chủ trì vận động hội viên tham gia.\n"))
    # (the body its heading named, asked again in its paragraph, is that item's unit once)
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Sở Y tế"), ("III.2", "Hội Người cao tuổi tỉnh"),
        ("III", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), ("III", "các tổ chức chính trị - xã hội tỉnh"),
        ("III.3", "Hội Liên hiệp Phụ nữ tỉnh"), ("III.3", "Tỉnh đoàn")]


@pytest.mark.parametrize(("closing", "units"), [
    # the execution clause, with or without "chịu trách nhiệm", names no unit …
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và các "
     "đơn vị có liên quan thi hành Quyết định này.", []),
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định "
     "này.", []),
    # (… but a body told to guide its execution is one)
    ("Điều 3. Giám đốc Sở Nội vụ hướng dẫn thi hành Quyết định này.", [("Điều 3", "Sở Nội vụ")]),
])
def test_an_execution_clause_with_or_without_its_responsibility(closing, units):
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH LONG AN", "512/QĐ-UBND", "Long An, ngày 21 tháng 02 năm 2023")
            + "\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch cải cách hành chính năm 2023\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2023.\n"
            "Điều 2. Giao Sở Nội vụ chủ trì, theo dõi, đôn đốc các sở, ngành, địa phương thực hiện Kế hoạch.\n"
            + closing + "\n")
    rec = parse_bytes((text + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Trần Văn Mi")).encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 2", "Sở Nội vụ"), *units]


def test_a_cells_names_one_a_line_after_a_bare_ministry():
    from parsers import agencies

    # "Bộ" ends the first name: a committee opens the next line, it continues no ministry's name ("Bộ Công an" does)
    cell = "Văn phòng Bộ\nỦy ban Chứng khoán Nhà nước\nTổng cục Thuế"
    assert [a.text for a in agencies.find(cell)] == ["Văn phòng Bộ", "Ủy ban Chứng khoán Nhà nước", "Tổng cục Thuế"]
    assert [a.text for a in agencies.find("Văn phòng Bộ\nCông an")] == ["Văn phòng Bộ Công an"]


def test_a_subject_then_those_of_it_meant_most_then_its_work():
    rec = _plan("Tổ chức tuyên truyền.", organisation=(
        "Sở Tư pháp chủ trì theo dõi việc thực hiện Kế hoạch.\n"
        "Ủy ban nhân dân các huyện, thị xã, thành phố, nhất là các huyện biên giới Bát Xát, Mường Khương, có trách "
        "nhiệm xây dựng kế hoạch chi tiết.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III", "Sở Tư pháp"), ("III", "Ủy ban nhân dân các huyện, thị xã, thành phố")]


@pytest.mark.parametrize(("text", "names"), [
    # a body named by its region's number, then the numbers of the others: one body each
    ("phối hợp với Cơ quan Thú y vùng I, II, III và Chi cục Chăn nuôi thực hiện",
     ["Cơ quan Thú y vùng I", "Cơ quan Thú y vùng II", "Cơ quan Thú y vùng III", "Chi cục Chăn nuôi"]),
    ("phối hợp với Chi cục Hải quan khu vực 5, 6 và Sở Tài chính",
     ["Chi cục Hải quan khu vực 5", "Chi cục Hải quan khu vực 6", "Sở Tài chính"]),
    # (a number that counts something else is no body's)
    ("phối hợp với Cơ quan Thú y vùng III, Sở Y tế", ["Cơ quan Thú y vùng III", "Sở Y tế"]),
])
def test_bodies_of_several_numbered_regions(text, names):
    from parsers import agencies

    start = len("phối hợp với ")
    assert [a.text for a in agencies.listed(text, start, len(text))] == names


def test_a_number_broken_after_its_slash_is_one_number():
    """A line may break right after a number's slash ("Nghị định số 116/2021/ ⏎ NĐ-CP"): one number, and the laws its
    title details stay its secondary mentions."""
    from parsers.references import find_mentions

    text = ("Căn cứ Nghị định số 116/2021/\nNĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số\n"
            "điều của Luật Phòng, chống ma túy; Quyết định số 12/\n2024/QĐ-UBND ngày 02 tháng 3 năm 2024; Quyết "
            "định số 07/2025/QĐ-\nTTg ngày 14 tháng 3 năm 2025;")
    # (and after its hyphen, before the Prime Minister's code: "07/2025/QĐ- ⏎ TTg")
    assert [m.number for m in find_mentions(text) if m.number] == [
        "116/2021/NĐ-CP", "12/2024/QĐ-UBND", "07/2025/QĐ-TTg"]


@pytest.mark.parametrize(("support", "names"), [
    # the offices of each kind of place, the last of two words
    ("Sở Tài chính, Trạm Y tế xã, phường, đặc khu", ("Sở Tài chính", "Trạm Y tế xã, phường, đặc khu")),
    ("Công an tỉnh, Trạm Y tế xã, đặc khu", ("Công an tỉnh", "Trạm Y tế xã, đặc khu")),
    # which places of a collective: the area they lie in, or have
    ("Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố trong lưu vực sông Mê Kông",
     ("Bộ Tài chính", "Ủy ban nhân dân các tỉnh, thành phố trong lưu vực sông Mê Kông")),
    ("Sở Du lịch, Ủy ban nhân dân các phường, xã có khu vực kinh tế ban đêm",
     ("Sở Du lịch", "Ủy ban nhân dân các phường, xã có khu vực kinh tế ban đêm")),
    ("Cục Đường sắt, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có tuyến đường sắt đi qua",
     ("Cục Đường sắt", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có tuyến đường sắt đi qua")),
])
def test_partners_of_each_kind_of_place(support, names):
    rec = _plan(f"Tổ chức các hoạt động truyền thông về phòng bệnh. Sở Y tế chủ trì, phối hợp với {support} thực hiện.")
    assert rec.tasks[0].support == names


def test_a_name_does_not_end_with_the_and_before_a_verb():
    """"… Ban Quản lý dự án … tỉnh và ⏎ lãnh đạo …": "và" joins the next words, it is no part of the body's name."""
    from parsers import agencies

    text = "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh và\nchỉ đạo các nhà thầu"
    assert [a.name for a in agencies.subjects(text, 0, len(text))] == [
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]


def test_an_agencys_work_written_as_its_bullets_is_one_task_that_directing_others_does_not_part():
    """Tasks listed per agency: "4. Sở Giáo dục và Đào tạo ⏎ - Chỉ đạo các cơ sở giáo dục … ⏎ - Phối hợp với …" — the
    bullets carry no lead of their own (the bodies it directs do not lead), so the numbered item is the task and its
    words begin with its heading."""
    rec = _plan("Công an tỉnh\n- Chủ trì kiểm tra an toàn phòng cháy tại các khu dân cư; thời gian: Quý II/2026;\n"
                "- Tổ chức diễn tập phương án chữa cháy tại các chợ; thời gian: Quý III/2026.",
                "Sở Giáo dục và Đào tạo\n- Chỉ đạo các cơ sở giáo dục lồng ghép kiến thức phòng cháy vào hoạt động "
                "ngoại khóa;\n- Phối hợp với Công an tỉnh tổ chức thực tập phương án thoát nạn tại các trường.")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("II.1.b1", ("Công an tỉnh",), ()), ("II.1.b2", ("Công an tỉnh",), ()),
        ("II.2", ("Sở Giáo dục và Đào tạo",), ("Công an tỉnh",))]
    assert rec.tasks[2].text.startswith("Sở Giáo dục và Đào tạo")


def test_a_partner_marked_as_the_lead_leads_and_the_headings_agency_joins():
    """Tasks listed per agency: "a) Phối hợp với Sở Y tế (cơ quan chủ trì) trong thanh tra …" under "Sở Nông nghiệp
    và Môi trường" — the body marked leads, the heading's agency joins it."""
    rec = _plan("Sở Nông nghiệp và Môi trường\na) Phối hợp với Sở Y tế (cơ quan chủ trì) trong thanh tra, kiểm tra an "
                "toàn thực phẩm tại bếp ăn tập thể trường học;\nb) Chủ trì kiểm tra nguồn gốc nông sản cung cấp cho "
                "bếp ăn trường học.")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("II.1.a", ("Sở Y tế",), ("Sở Nông nghiệp và Môi trường",)),
        ("II.1.b", ("Sở Nông nghiệp và Môi trường",), ())]


def test_partners_each_named_by_an_office_holder():
    """"… phối hợp với Giám đốc Công an tỉnh và Chủ tịch Ủy ⏎ ban nhân dân các xã, phường hướng dẫn …": each partner
    after its holder's title, the second too."""
    rec = _plan("Cải tạo, bảo đảm điều kiện thoát nạn cho nhà ở kết hợp sản xuất.\nGiám đốc Sở Xây dựng chủ trì, phối "
                "hợp với Giám đốc Công an tỉnh và Chủ tịch Ủy\nban nhân dân các xã, phường hướng dẫn chủ nhà cải tạo.")
    assert (rec.tasks[0].lead, rec.tasks[0].support) == (
        ("Sở Xây dựng",), ("Công an tỉnh", "Ủy ban nhân dân các xã, phường"))


def test_a_heading_wrapped_before_its_last_word_point_is_no_clauses_point():
    """"1. … các dự án trọng ⏎ điểm ⏎ 1.1. Tập trung …": "điểm" ends the heading ("trọng điểm", key), it asks for no
    number; 1.1 is an item."""
    rec = _plan("Đẩy mạnh giải ngân vốn đầu tư công, tháo gỡ khó khăn cho các dự án trọng\nđiểm\n1.1. Tập trung đẩy "
                "nhanh tiến độ giải phóng mặt bằng các dự án giao thông.\n1.2. Thực hiện nghiêm quy định về lập, giao "
                "kế hoạch vốn.")
    assert [t.id for t in rec.tasks] == ["II.1.1", "II.1.2"]


def test_a_body_handed_a_role_under_another_agencys_heading_is_a_unit():
    """Under "1. Công an tỉnh", "- Giao Phòng Cảnh sát điều tra tội phạm về ma túy là đơn vị thường trực …" hands a
    body its role (a unit, as "Giao Sở X là cơ quan đầu mối …"); "- Giao … tổ chức …" stays the heading's duty."""
    rec = _plan("Tổ chức tuyên truyền phòng, chống ma túy trong thanh niên.",
                organisation="1. Công an tỉnh\n- Giao Phòng Cảnh sát điều tra tội phạm về ma túy là đơn vị thường "
                             "trực, theo dõi, đôn đốc việc thực hiện Kế hoạch;\n- Giao Công an các xã tổ chức tuần "
                             "tra.\n2. Ủy ban nhân dân các xã\n- Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân "
                             "xã làm đầu mối theo dõi, tổng hợp kết quả.\n")
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1", "Công an tỉnh"), ("III.1", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
        ("III.2", "Ủy ban nhân dân các xã"), ("III.2", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã")]


def test_a_supervision_team_called_by_its_short_name_is_a_unit():
    """"1. Đoàn giám sát xây dựng chương trình làm việc …": the team a supervision plan works through, named short."""
    rec = _plan("Giám sát việc quản lý, sử dụng tài sản công tại các cơ quan, đơn vị.",
                organisation="1. Đoàn giám sát xây dựng chương trình làm việc cụ thể, phân công thành viên.\n"
                             "2. Văn phòng Hội đồng nhân dân tỉnh bảo đảm các điều kiện phục vụ Đoàn giám sát.\n")
    assert [(u.section, u.name) for u in rec.units] == [("III.1", "Đoàn giám sát"),
                                                        ("III.2", "Văn phòng Hội đồng nhân dân tỉnh")]


def test_a_heading_that_directs_the_bodies_wherever_they_are_names_no_unit():
    """"III. CHỈ ĐẠO CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH" names no one in particular; its items'
    "Giao Sở Tài chính …" is the document giving work, a unit, not the heading's body passing it on."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "2145/UBND-NNTN", "Quảng Ngãi, ngày 18 tháng 7 năm 2019")
           + "V/v phòng, chống bệnh Dịch tả lợn Châu Phi\nKính gửi: Bộ Nông nghiệp và Phát triển nông thôn.\n"
           "I. TÌNH HÌNH\nDịch bệnh tiếp tục lây lan.\n"
           "II. CHỈ ĐẠO CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG TRÊN ĐỊA BÀN TỈNH\n"
           "1. Sở Nông nghiệp và Phát triển nông thôn: chủ trì khoanh vùng, xử lý ổ dịch.\n"
           "2. Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư bổ sung kinh phí hỗ trợ.\n")
    rec = parse_bytes(doc.encode(), "cv.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Sở Nông nghiệp và Phát triển nông thôn"), ("II.2", "Sở Tài chính")]


def test_the_lead_after_a_small_letters_ground_clause_in_an_items_later_clause():
    """"…; trên cơ sở đó, Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính …": the clause after the ";"
    opens with its ground in small letters, then who leads."""
    rec = _plan("Rà soát, đánh giá việc thực hiện các chính sách hỗ trợ hợp tác xã; trên cơ sở đó, Sở Kế hoạch và Đầu "
                "tư chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp tham mưu ban hành Nghị quyết.")
    assert (rec.tasks[0].lead, rec.tasks[0].support) == (("Sở Kế hoạch và Đầu tư",), ("Sở Tài chính", "Sở Tư pháp"))


def test_a_sentence_that_says_which_body_leads():
    """"… . Đơn vị chủ trì ⏎ là Trung tâm Kiểm soát bệnh tật tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp.": the
    label said in a sentence, to its clause's end; the next clause names who joins."""
    rec = _plan("Kiểm dịch y tế biên giới chặt chẽ tại các cửa khẩu quốc tế; thời hạn: thường xuyên. Đơn vị chủ "
                "trì\nlà Trung tâm Kiểm soát bệnh tật tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp.")
    assert (rec.tasks[0].lead, rec.tasks[0].support) == (
        ("Trung tâm Kiểm soát bệnh tật tỉnh",), ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",))


def test_a_decisions_article_of_its_own_work_holds_tasks_and_one_of_a_bodys_duties_does_not():
    """"Điều 2. Nhiệm vụ triển khai thí điểm ⏎ 1. …": the decision's own work, its items tasks; "Điều 2. Nhiệm vụ của
    Ban Chỉ đạo" states a body's duties (the body a unit), no tasks."""
    head = ("BỘ Y TẾ\nSố: 12/QĐ-BYT\nHà Nội, ngày 10 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc triển khai thí điểm\n"
            "BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Triển khai thí điểm liên thông dữ liệu khám bệnh tại 5 tỉnh.\n")
    items = ("1. Hoàn thiện nền tảng liên thông dữ liệu; Cục Công nghệ thông tin chủ trì, hoàn thành trong Quý "
             "II/2026.\n"
             "2. Ban hành hướng dẫn kỹ thuật kết nối; Cục Quản lý Khám, chữa bệnh chủ trì.\n"
             "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    own = parse_bytes((head + "Điều 2. Nhiệm vụ triển khai thí điểm\n" + items).encode(), "qd.txt")
    assert [(t.id, t.lead) for t in own.tasks] == [("Điều 2.1", ("Cục Công nghệ thông tin",)),
                                                  ("Điều 2.2", ("Cục Quản lý Khám, chữa bệnh",))]
    duties = parse_bytes((head + "Điều 2. Nhiệm vụ của Tổ công tác triển khai thí điểm\n" + items).encode(), "qd.txt")
    assert duties.tasks == []


def test_forms_of_propaganda_and_their_assignment_are_tasks():
    """"III. HÌNH THỨC TUYÊN TRUYỀN VÀ PHÂN CÔNG THỰC HIỆN": the forms of a propaganda plan are its work, as "NỘI
    DUNG TUYÊN TRUYỀN" is; each "-" bullet that opens with its body is a task that body leads, whatever its verb."""
    plan = (_header("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG", "45/KH-UBND", "Đà Nẵng, ngày 02 tháng 12 năm 2025")
            + "\nKẾ HOẠCH\nTuyên truyền cuộc bầu cử\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thông tin kịp thời.\n\n"
            "II. HÌNH THỨC TUYÊN TRUYỀN VÀ PHÂN CÔNG THỰC HIỆN\n1. Tuyên truyền cổ động trực quan\n"
            "- Sở Văn hóa và Thể thao thiết kế, phát hành bộ tranh cổ động; hoàn thành trước ngày 31/12/2025.\n"
            "- Ủy ban nhân dân các xã, phường treo băng rôn, pa-nô tại trụ sở, nơi công cộng.\n"
            "2. Tuyên truyền miệng\n- Sở Nội vụ biên soạn tài liệu hỏi - đáp về bầu cử.\n"
            "- Sở Tư pháp soạn thảo đề cương tuyên truyền pháp luật về bầu cử.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: Theo dõi, tổng hợp kết quả.\n\n")
    rec = parse_bytes((plan + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lương Nguyễn Minh Triết")).encode(),
                      "kh.txt")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("II.1.b1", ("Sở Văn hóa và Thể thao",)), ("II.1.b2", ("Ủy ban nhân dân các xã, phường",)),
        ("II.2.b1", ("Sở Nội vụ",)), ("II.2.b2", ("Sở Tư pháp",))]
    assert [(u.section, u.name) for u in rec.units] == [("III.1", "Sở Nội vụ")]


def test_a_cells_names_run_together_with_their_parents():
    """A copy that runs a cell's paragraphs together writes "Cục Quản lý tài nguyên nước Bộ Công Thương": two bodies
    when the document names the first alone elsewhere, one body and its ministry when it never does; a ministry's name
    holds no other body, nor does one that ends with its country."""
    rows = [("Cục Quản lý tài nguyên nước", "Vụ Pháp chế"),
            ("Vụ Pháp chế", "Cục Quản lý tài nguyên nước Bộ Công Thương Bộ Xây dựng UBND các tỉnh, thành phố"),
            ("Cục Quản lý tài nguyên nước", "Thanh tra Bộ Văn phòng Bộ"),
            ("Cục Quản lý tài nguyên nước", "Cục Biển và Hải đảo Việt Nam Bộ Quốc phòng"),
            ("Cục Quản lý tài nguyên nước", "Bộ Công an Sở Tài nguyên và Môi trường các tỉnh, thành phố"),
            ("Cục Quản lý tài nguyên nước", "Cục Pháp chế Bộ Quốc phòng")]
    table = ("| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
             "| --- | --- | --- | --- | --- |\n")
    table += "".join(f"| {i} | Rà soát văn bản quy phạm pháp luật nhóm {i} | {lead} | {partners} | Năm 2025 |\n"
                     for i, (lead, partners) in enumerate(rows, 1))
    tasks = _appendix("DANH MỤC NHIỆM VỤ\n\n" + table).tasks
    assert [t.support for t in tasks] == [
        ("Vụ Pháp chế",),
        ("Cục Quản lý tài nguyên nước", "Bộ Công Thương", "Bộ Xây dựng", "UBND các tỉnh, thành phố"),
        ("Thanh tra Bộ", "Văn phòng Bộ"),
        ("Cục Biển và Hải đảo Việt Nam", "Bộ Quốc phòng"),
        ("Bộ Công an", "Sở Tài nguyên và Môi trường các tỉnh, thành phố"),
        ("Cục Pháp chế Bộ Quốc phòng",)]


def test_one_office_of_two_bodies_named_across_a_line_elsewhere():
    """"Văn phòng HĐND và UBND tỉnh" is one office, though the document wraps it after "và" elsewhere (the first
    words alone there are no name of their own)."""
    (task,) = _plan("Rà soát văn bản. Cơ quan chủ trì: Văn phòng HĐND và UBND tỉnh; cơ quan phối hợp: Sở Tư pháp.",
                    organisation="1. Văn phòng HĐND và\nUBND tỉnh: Theo dõi, tổng hợp.\n").tasks
    assert (task.lead, task.support) == (("Văn phòng HĐND và UBND tỉnh",), ("Sở Tư pháp",))


def test_a_table_without_a_partners_column_whose_task_names_them():
    """A table with no column of partners: the task's words name them, in a bracket or a "phối hợp với" clause."""
    table = ("| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |\n| --- | --- | --- | --- |\n"
             "| 1 | Xây dựng quy chế quản lý, phối hợp với Sở Tư pháp và Văn phòng UBND tỉnh | Sở Nội vụ | Năm 2025 |\n"
             "| 2 | Tổng kết thi hành Luật (phối hợp: Thanh tra tỉnh, Sở Tư pháp) | Sở Tài chính | Quý IV/2025 |\n")
    tasks = _appendix("DANH MỤC NHIỆM VỤ\n\n" + table).tasks
    assert [(t.lead, t.support) for t in tasks] == [
        (("Sở Nội vụ",), ("Sở Tư pháp", "Văn phòng UBND tỉnh")), (("Sở Tài chính",), ("Thanh tra tỉnh", "Sở Tư pháp"))]


@pytest.mark.parametrize("item", [
    # who answers for it, as a field of its own line
    "Tổ chức tập huấn cho cán bộ, công chức.\n- Trách nhiệm thực hiện: Sở Nội vụ chủ trì; Sở Tư pháp phối hợp.\n"
    "- Thời hạn hoàn thành: Quý III/2025.",
    # the time in brackets at the item's end
    "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức tập huấn cho cán bộ, công chức (Quý III/2025).",
    # the time after a dash, which ends the partner's name
    "Tổ chức tập huấn cho cán bộ, công chức - Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp - Quý III/2025.",
])
def test_an_items_lead_partners_and_time_however_laid_out(item):
    (task,) = _plan_items(item)
    assert (task.lead, task.support, task.deadline) == (("Sở Nội vụ",), ("Sở Tư pháp",), "Quý III/2025")


def test_a_dash_a_hard_wrap_put_at_a_lines_start():
    """"Cơ quan chủ trì: Sở Lao động ⏎ - Thương binh và Xã hội", "thời gian thực hiện: Giai đoạn 2026 ⏎ - 2030": a
    name's dash and a range's, wrapped to the line's start, open no "-" item."""
    (task,) = _plan_items("Hướng dẫn các hợp tác xã xây dựng phương án sản xuất. Cơ quan chủ trì: Sở Lao động\n"
                          "- Thương binh và Xã hội; cơ quan phối hợp: Liên minh Hợp tác xã tỉnh; thời gian thực hiện: "
                          "Giai đoạn 2026\n- 2030.")
    assert (task.lead, task.support, task.deadline) == (
        ("Sở Lao động - Thương binh và Xã hội",), ("Liên minh Hợp tác xã tỉnh",), "Giai đoạn 2026 - 2030")


def test_a_labelled_lead_written_as_a_sentence_of_work():
    """"- Cơ quan thực hiện: Bộ Công an tiến hành rà soát …; các bộ, cơ quan ngang bộ rà soát …": the label's value is
    a sentence, the body its subject, not a list of names each running to its clause's end."""
    doc = ("KẾ HOẠCH\nTriển khai Luật Bảo vệ dữ liệu cá nhân\nI. MỤC ĐÍCH\nBảo đảm thống nhất.\nII. NHIỆM VỤ\n"
           "1. Rà soát văn bản quy phạm pháp luật\n- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan.\n"
           "- Cơ quan thực hiện: Bộ Công an tiến hành rà soát; các bộ, cơ quan ngang bộ rà soát văn bản.\n"
           "- Thời gian thực hiện: Quý IV/2025.\nIII. TỔ CHỨC THỰC HIỆN\nCác bộ thực hiện.\n")
    rec = parse_bytes(doc.encode(), "kh.txt")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [("II.1", ("Bộ Công an",), "Quý IV/2025")]


def test_a_notice_asks_a_group_then_hands_each_body_its_work():
    """"Yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện một số nội dung sau: ⏎ - Sở Tài chính tổng hợp … ⏎ -
    Giao Sở Nông nghiệp và Môi trường hướng dẫn … ⏎ - Đề nghị Ủy ban Mặt trận Tổ quốc … ⏎ - Yêu cầu Sở Xây dựng …":
    each item that hands a body of its own name its work names a unit, as the item that opens with the body does —
    the group asked as a whole passes no work on to them."""
    doc = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "403/TB-UBND", "Quảng Nam, ngày 15 tháng 10 năm 2025")
           + "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n"
           "Ngày 12/10/2025, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:\n"
           "I. KẾT QUẢ\nTỷ lệ giải ngân đến nay đạt 45% kế hoạch.\nII. NHIỆM VỤ THỜI GIAN TỚI\n"
           "Yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện một số nội dung sau:\n"
           "- Sở Tài chính tổng hợp, tham mưu điều chuyển vốn trước ngày 31/10/2025.\n"
           "- Giao Sở Nông nghiệp và Môi trường hướng dẫn thủ tục đất đai cho các dự án.\n"
           "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động Nhân dân.\n"
           "- Yêu cầu Sở Xây dựng kiểm tra chất lượng công trình.\n"
           "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"
           + signed("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", name="Nguyễn Văn Hùng"))
    units = [name for _, name in sorted((u.start, u.name) for u in parse_bytes(doc.encode(), "tb.txt").units)]
    assert units == ["các sở, ban, ngành, địa phương", "Sở Tài chính", "Sở Nông nghiệp và Môi trường",
                     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Xây dựng"]


def test_partners_who_take_part_and_a_column_of_who_leads_and_joins_by_lines():
    """"Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ tham gia tổ chức …": who takes part, named before their work, joins;
    one column "Cơ quan chủ trì/phối hợp" whose cell gives who leads on its first line and who joins on the next
    ("Sở Y tế ⏎ Sở Tài chính, Sở Nội vụ"; a name the wrap cut stays one: "Sở Nông nghiệp và ⏎ Môi trường")."""
    doc = ("KẾ HOẠCH\nNâng cao năng lực y tế cơ sở\nI. MỤC ĐÍCH\nBảo đảm.\nII. NHIỆM VỤ\n"
           "1. Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ tham gia tổ chức tập huấn cho cán bộ y tế cơ sở.\n"
           "III. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
           "| STT | Nội dung | Cơ quan chủ trì/phối hợp | Thời gian |\n|---|---|---|---|\n"
           "| 1 | Tập huấn cán bộ | Sở Y tế<br>Sở Tài chính, Sở Nội vụ | Năm 2026 |\n"
           "| 2 | Kiểm tra an toàn thực phẩm | Sở Nông nghiệp và<br>Môi trường<br>Sở Công Thương | Năm 2026 |\n")
    rec = parse_bytes(doc.encode(), "kh.md")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("II.1", ("Sở Y tế",), ("Sở Tài chính", "Sở Nội vụ")),
        ("PL.1", ("Sở Y tế",), ("Sở Tài chính", "Sở Nội vụ")),
        ("PL.2", ("Sở Nông nghiệp và Môi trường",), ("Sở Công Thương",))]



def _notice(issuer: str, number: str, kind: str, title: str, *items: str) -> str:
    return (_header(issuer, number, "Hà Nội, ngày 20 tháng 11 năm 2025")
            + f"{kind}\n{title}\nNgày 18/11/2025, phiên họp được tổ chức. Sau khi nghe báo cáo, kết luận như sau:\n"
            + "".join(f"{n}. {item}\n" for n, item in enumerate(items, 1))
            + "Văn phòng thông báo để các cơ quan liên quan biết, thực hiện./.\n"
            + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Mai Thị Thu Vân"))


_PM = ("VĂN PHÒNG CHÍNH PHỦ", "512/TB-VPCP", "THÔNG BÁO", "Kết luận của Thủ tướng Chính phủ về chăm sóc trẻ em")


@pytest.mark.parametrize("doc, items, units", [
    # a label's value that asks: the bodies it asks (not those a clause after it names: inside the item's work)
    (_PM, ["Đánh giá chung: các bộ đã tích cực triển khai.",
           "Nhiệm vụ thời gian tới: Đề nghị Đảng ủy Chính phủ lãnh đạo rà soát chính sách; Đảng ủy Quốc hội chỉ đạo "
           "hoàn thiện pháp luật."], ["Đảng ủy Chính phủ"]),
    # an account of what was done, agreeing with what was put to it, noting a result: no work given
    (_PM, ["Các bộ đã tích cực triển khai đề án.", "Bộ Chính trị cơ bản đồng ý với Tờ trình của Bộ Y tế.",
           "Ban Thường vụ Tỉnh ủy ghi nhận kết quả đạt được.", "Bộ Y tế hoàn thiện đề án."], ["Bộ Y tế"]),
    # everyone asked in the preface to the items that ask each
    (("CHÍNH PHỦ", "142/NQ-CP", "NGHỊ QUYẾT", "Phiên họp Chính phủ thường kỳ tháng 11 năm 2025"),
     ["Chính phủ yêu cầu các bộ, cơ quan ngang bộ tập trung vào một số nội dung sau:\n"
      "a) Ngân hàng Nhà nước Việt Nam: điều hành chính sách tiền tệ chủ động.\n"
      "b) Bộ Tài chính: quản lý chặt chẽ thu chi."],
     ["Ngân hàng Nhà nước Việt Nam", "Bộ Tài chính"]),
])
def test_a_notices_items_that_ask_and_those_that_give_no_work(doc, items, units):
    """A label's value that asks ("2. Nhiệm vụ thời gian tới: Đề nghị Đảng ủy Chính phủ …") names the bodies it asks;
    an account ("Các bộ đã …"), agreeing ("cơ bản đồng ý"), noting ("ghi nhận") give no work; the issuer asking
    everyone in the preface to its items ("Chính phủ yêu cầu các bộ, cơ quan ngang bộ … nội dung sau:") names no unit
    over the bodies its items name."""
    rec = parse_bytes(_notice(*doc, *items).encode(), "tb.txt")
    assert [name for _, name in sorted((u.start, u.name) for u in rec.units)] == units


def test_the_bodies_a_meeting_heard_are_no_units():
    """"Sau khi nghe Cục Chuyển đổi số quốc gia, Cục Viễn thông báo cáo và ý kiến của các đại biểu, Bộ trưởng kết luận
    như sau:": the bodies that reported are heard, given no work; those the items ask are the units."""
    text = ("| BỘ KHOA HỌC VÀ CÔNG NGHỆ<br>**VĂN PHÒNG** | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - "
            "Hạnh phúc |\n|---|---|\n| Số: 152/TB-VP | *Hà Nội, ngày 24 tháng 4 năm 2026* |\n\n**THÔNG BÁO**\n"
            "**Kết luận của Bộ trưởng tại cuộc họp về hạ tầng số**\n"
            "Sau khi nghe Cục Chuyển đổi số quốc gia, Cục Viễn thông báo cáo và ý kiến của các đại biểu dự họp, Bộ "
            "trưởng kết luận như sau:\n1. Cục Viễn thông chủ trì hoàn thiện dự thảo Thông tư.\n"
            + signed("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", name="Nguyễn Văn An"))
    rec = parse_bytes(text.encode(), "tb.md")
    assert [(u.name, u.section) for u in rec.units] == [("Cục Viễn thông", "1")]


def test_a_committees_members_each_given_duties_name_the_bodies_they_head():
    """A notice that gives each member of a steering committee its duties ("1. Đồng chí Trần Quốc Bảo, Phó Giám đốc
    Sở Y tế – Ủy viên: phụ trách …"): each member's body is a unit, its name wrapped or not; the committee's head ("–
    Trưởng ban:") speaks for it; the headings of posts ("TRƯỞNG BAN VÀ CÁC PHÓ TRƯỞNG BAN") and of roles ("CÁC CƠ QUAN
    CHỦ QUẢN CHƯƠNG TRÌNH") and an office's seat ("Văn phòng Ban Chỉ đạo đặt tại Sở Tài chính") name none; a decision's
    list of members with no duties ("3. Ông Lê Hoàng Nam, Phó Cục trưởng Cục Hải quan, Bộ Tài chính - Tổ phó;") names
    none either."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "215/TB-BCĐ", "Hà Tĩnh, ngày 10 tháng 10 năm 2025")
            + "THÔNG BÁO\nPhân công nhiệm vụ thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh\n"
            "I. TRƯỞNG BAN VÀ CÁC PHÓ TRƯỞNG BAN\n"
            "1. Đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh – Trưởng ban: lãnh đạo, chỉ đạo chung.\n"
            "2. Đồng chí Phan Thị Thu Hằng, Giám đốc Sở Tài chính – Phó Trưởng ban Thường trực: giúp Trưởng ban điều "
            "hành công việc chung.\nII. CÁC ỦY VIÊN BAN CHỈ ĐẠO\n"
            "1. Đồng chí Trần Quốc Bảo, Phó Giám đốc Sở Y tế – Ủy viên: phụ trách Dự án 7 về chăm sóc sức khỏe.\n"
            "2. Đồng chí Nguyễn Thị Minh Nguyệt, Phó Giám đốc Sở Giáo dục và Đào\ntạo – Ủy viên: phụ trách lĩnh vực "
            "giáo dục nghề nghiệp.\n"
            "3. Đồng chí Nguyễn Tiến Dũng, Phó Bí thư Tỉnh đoàn – Ủy viên: vận động thanh niên.\n"
            "III. CƠ QUAN THƯỜNG TRỰC VÀ CÁC CƠ QUAN CHỦ QUẢN CHƯƠNG TRÌNH\n"
            "1. Văn phòng Ban Chỉ đạo đặt tại Sở Tài chính, làm việc theo chế độ kiêm nhiệm.\n"
            + signed("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", name="Nguyễn Hồng Lĩnh"))
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("I.2", "Sở Tài chính"), ("II.1", "Sở Y tế"), ("II.2", "Sở Giáo dục và Đào tạo"), ("II.3", "Tỉnh đoàn")]
    members = ("QUYẾT ĐỊNH\nThành lập Tổ công tác liên ngành\nĐiều 1. Thành lập Tổ công tác liên ngành, gồm các thành "
               "viên sau:\n1. Ông Vũ Quang Minh, Thứ trưởng Bộ Công Thương - Tổ trưởng;\n"
               "2. Ông Lê Hoàng Nam, Phó Cục trưởng Cục Hải quan, Bộ Tài chính - Tổ phó;\n"
               "Điều 2. Quyết định này có hiệu lực từ ngày ký.\n")
    rec = parse_bytes((_header("BỘ CÔNG THƯƠNG", "88/QĐ-BCT", "Hà Nội, ngày 10 tháng 10 năm 2025") + members
                       + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Nguyễn Sinh Nhật Tân")).encode(), "qd.txt")
    assert list(rec.units) == []


def test_a_meetings_chair_named_with_the_posts_held_is_no_unit():
    """"Đồng chí Lưu Văn Khôi, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo chủ trì Hội nghị.": the meeting's
    account, not a member given duties."""
    text = ("|\nSố: 07/TB-BCĐ\n|\n*Đắk Lắk, ngày 20 tháng 01 năm 2026*\n|\n"
            "Đồng chí Lưu Văn Khôi, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ\nđạo chủ trì Hội nghị.\n"
            "1. Sở Tài chính tổng hợp kết quả.\n")
    rec = parse_bytes(text.encode(), "tb.md")
    assert [(u.name, u.section) for u in rec.units] == [("Sở Tài chính", "1")]


def test_a_directives_part_on_its_means_asks_the_bodies_its_items_open_with():
    """"III. BẢO ĐẢM THUỐC, VẮC XIN, KINH PHÍ VÀ TRUYỀN THÔNG ⏎ 1. Cục Quản lý Dược chủ trì …": a directive's part on
    the means (funding among them) asks its bodies as its other parts do."""
    text = (_header("BỘ Y TẾ", "03/CT-BYT", "Hà Nội, ngày 12 tháng 01 năm 2026")
            + "CHỈ THỊ\nVề tăng cường phòng, chống dịch sởi\nI. CÔNG TÁC GIÁM SÁT\n"
            "1. Cục Phòng bệnh chỉ đạo tăng cường giám sát.\nII. BẢO ĐẢM THUỐC, VẮC XIN, KINH PHÍ VÀ TRUYỀN THÔNG\n"
            "1. Cục Quản lý Dược chủ trì bảo đảm cung ứng đủ vắc xin.\n"
            "2. Vụ Kế hoạch - Tài chính tổng hợp, đề xuất bố trí kinh phí.\n"
            + signed("BỘ TRƯỞNG", name="Đào Hồng Lan"))
    rec = parse_bytes(text.encode(), "ct.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("I.1", "Cục Phòng bệnh"), ("II.1", "Cục Quản lý Dược"), ("II.2", "Vụ Kế hoạch - Tài chính")]


def test_a_directives_closing_item_that_says_before_whom_its_bodies_answer():
    """"c) Các Bộ trưởng, … Chủ tịch Ủy ban nhân dân các tỉnh … chịu trách nhiệm trước Thủ tướng Chính phủ về việc tổ
    chức thực hiện nghiêm túc Chỉ thị này./.": the closing clause, in the last item of the part on implementation."""
    directive = (_header("THỦ TƯỚNG CHÍNH PHỦ", "09/CT-TTg", "Hà Nội, ngày 10 tháng 2 năm 2026")
                 + "CHỈ THỊ\nVề ứng phó hạn hán, xâm nhập mặn\n"
                 "1. Bộ Xây dựng chỉ đạo bảo đảm cấp nước sinh hoạt.\n2. Tổ chức thực hiện\n"
                 "a) Giao Bộ Nông nghiệp và Môi trường là cơ quan đầu mối theo dõi, đôn đốc các bộ,\n"
                 "ngành, địa phương triển khai thực hiện Chỉ thị này.\n"
                 "b) Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.\n"
                 "c) Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng\ncơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
                 "nhân dân các tỉnh, thành phố trực thuộc trung\nương chịu trách nhiệm trước Thủ tướng Chính phủ về "
                 "việc\ntổ chức thực hiện nghiêm túc Chỉ thị này./.\n")
    rec = parse_bytes((directive + signed("THỦ TƯỚNG", name="Phạm Minh Chính")).encode(), "ct.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("1", "Bộ Xây dựng"), ("2.a", "Bộ Nông nghiệp và Môi trường"), ("2.b", "Văn phòng Chính phủ")]


def test_a_letters_closing_request_to_those_it_asked_names_no_unit():
    """"Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố có biển và các đơn vị thuộc Bộ nghiêm
    túc triển khai thực hiện; định kỳ … báo cáo …": the closing request to those the letter asked names no unit."""
    text = (_header("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "1245/BNNMT-TS", "Hà Nội, ngày 12 tháng 3 năm 2026")
            + "V/v chống khai thác hải sản bất hợp pháp\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố có biển.\n"
            "1. Cục Thủy sản và Kiểm ngư chỉ đạo kiểm soát tàu cá.\n"
            "Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố có biển\nvà các đơn vị thuộc Bộ "
            "nghiêm túc triển khai thực hiện; định kỳ trước ngày 25 hằng tháng\nbáo cáo kết quả về Bộ.\n"
            + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Phùng Đức Tiến"))
    rec = parse_bytes(text.encode(), "cv.txt")
    assert [(u.section, u.name) for u in rec.units] == [("1", "Cục Thủy sản và Kiểm ngư")]


def test_a_place_named_by_its_initials_and_stop_is_no_headings_end():
    """"2. UBND TP. Quảng Ngãi khẩn trương …": the stop after a city's initials is no sentence's end; the unit is the
    city's committee, named whole, and so is a project board named by its initials with the works it builds."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "512/TB-UBND", "Quảng Ngãi, ngày 20 tháng 3 năm 2026")
            + "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về dự án đường ven biển\n"
            "Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n"
            "1. Ban QLDA ĐTXD các công trình giao thông tỉnh đẩy nhanh tiến độ thi công.\n"
            "2. UBND TP. Quảng Ngãi khẩn trương giải phóng mặt bằng.\n"
            + signed("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", name="Nguyễn Văn An"))
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("1", "Ban QLDA ĐTXD các công trình giao thông tỉnh"), ("2", "UBND TP. Quảng Ngãi")]


def test_a_telegram_dated_with_its_hour():
    """"Hà Tĩnh, 10 giờ 30 phút, ngày 18 tháng 9 năm 2024": a telegram writes its hour before its date."""
    text = ("BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI\nVÀ TÌM KIẾM CỨU NẠN TỈNH HÀ TĨNH\nSố: 15/CĐ-PCTT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Tĩnh, 10 giờ 30 phút, ngày 18 tháng 9 năm 2024\nCÔNG ĐIỆN\n"
            "Về việc chủ động ứng phó với áp thấp nhiệt đới\n"
            "1. Công an tỉnh bảo đảm an ninh trật tự.\n"
            + signed("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", name="Trần Báu Hà"))
    rec = parse_bytes(text.encode(), "cd.txt")
    assert (rec.document.issued, rec.document.place) == ("2024-09-18", "Hà Tĩnh")


def test_a_notices_account_of_who_attended_under_its_header_table_names_no_unit():
    """A notice's first paragraphs, under the page's header table, tell who attended ("Cùng dự có …; Ban Quản lý vịnh
    Hạ Long; ⏎ Cảng vụ Hàng hải Quảng Ninh; Hiệp hội Du lịch tỉnh; …"): the header table is no item, and the account
    before the first item names no unit, though a wrapped line of it opens with a body."""
    text = ("|\n**UBND TỈNH QUẢNG NINH**\n**VĂN PHÒNG**\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 57/TB-VPUBND\n|\n"
            "*Quảng Ninh, ngày 13 tháng 3 năm 2026*\n|\n**THÔNG BÁO**\n"
            "**KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỀ CÔNG TÁC DU LỊCH**\n"
            "Ngày 09/3/2026, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc về công tác du lịch. Cùng dự có lãnh\n"
            "đạo các sở, ngành: Văn hóa, Thể thao và Du lịch, Xây dựng; Công\n"
            "an tỉnh; Ban Quản lý vịnh Hạ Long;\n"
            "Cảng vụ Hàng hải Quảng Ninh; Hiệp hội Du lịch tỉnh; lãnh đạo UBND các phường:\n"
            "Hạ Long, Bãi Cháy.\nPhó Chủ tịch UBND tỉnh kết luận như sau:\n"
            "**1. Nhiệm vụ trọng tâm**\n1.1. Sở Xây dựng kiểm tra các bến thủy nội địa.\n"
            "1.2. Đề nghị Cảng vụ Hàng hải Quảng Ninh quản lý chặt chẽ tàu biển chở khách.\n"
            + signed("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", name="Nguyễn Văn Hùng"))
    rec = parse_bytes(text.encode(), "tb.md")
    assert [(u.section, u.name) for u in rec.units] == [
        ("1.1", "Sở Xây dựng"), ("1.2", "Cảng vụ Hàng hải Quảng Ninh")]


def test_a_signers_name_that_opens_with_y_keeps_it():
    """"Y Thái Niê": a man's name of the Central Highlands' peoples opens with "Y" alone, part of the name."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "0215/QĐ-UBND", "Đắk Lắk, ngày 10 tháng 02 năm 2026")
            + "QUYẾT ĐỊNH\nVề việc phê duyệt danh mục dự án\nĐiều 1. Phê duyệt danh mục dự án.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Y Thái Niê"))
    assert parse_bytes(text.encode(), "qd.txt").document.signer == "Y Thái Niê"


def test_a_departments_place_and_structure_name_no_unit():
    """A decision on a department's functions and organisation: "Điều 1. Vị trí và chức năng ⏎ 1. Sở Xây dựng … là cơ
    quan chuyên môn …, thực hiện chức năng tham mưu …" defines it, "Điều 3. Cơ cấu tổ chức" lists its offices; only
    the article on who executes it names units."""
    text = (_header("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "36/2025/QĐ-UBND", "Hải Phòng, ngày 12 tháng 8 năm 2025")
            + "QUYẾT ĐỊNH\nQuy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng\n"
            "Điều 1. Vị trí và chức năng\n1. Sở Xây dựng thành phố Hải Phòng là cơ quan chuyên môn thuộc Ủy ban nhân "
            "dân thành phố, thực hiện chức năng tham mưu, giúp Ủy ban nhân dân thành phố quản lý nhà nước về xây "
            "dựng.\n"
            "Điều 2. Cơ cấu tổ chức\n1. Lãnh đạo Sở: gồm Giám đốc và không quá 05 Phó Giám đốc.\n"
            "2. Các phòng chuyên môn, nghiệp vụ:\na) Văn phòng;\nb) Phòng Kế hoạch - Tài chính;\n"
            "3. Chi cục: Chi cục Giám định xây dựng.\n"
            "Điều 3. Trách nhiệm thi hành\n1. Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện Quyết định này.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Văn Tùng"))
    rec = parse_bytes(text.encode(), "qd.txt")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 3.1", "Sở Nội vụ")]


def test_a_long_topic_then_the_body_it_gives_the_work_to():
    """"1. Về đề xuất của Ủy ban nhân dân tỉnh An Giang tại Văn bản số … về việc bổ sung vốn … cho công tác giải phóng
    mặt bằng Dự án …: giao Bộ Tài chính chủ trì …": a topic of three lines, then the body given the work."""
    text = (_header("VĂN PHÒNG CHÍNH PHỦ", "512/TB-VPCP", "Hà Nội, ngày 20 tháng 10 năm 2025")
            + "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại cuộc họp về các dự án đường bộ cao tốc\n"
            "Sau khi nghe báo cáo, Thủ tướng Chính phủ kết luận như sau:\nI. VỀ CÁC KIẾN NGHỊ\n"
            "1. Về đề xuất của Ủy ban nhân dân tỉnh An Giang tại Văn bản số 2145/UBND-KT ngày 03\n"
            "tháng 10 năm 2025 về việc bổ sung vốn ngân sách trung ương cho công tác giải phóng mặt\n"
            "bằng Dự án đường bộ cao tốc Châu Đốc - Cần Thơ - Sóc Trăng: giao Bộ Tài chính chủ trì,\n"
            "phối hợp với Bộ Xây dựng xem xét, xử lý theo thẩm quyền.\n"
            + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Mai Thị Thu Vân"))
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [("I.1", "Bộ Tài chính")]


def test_a_heading_of_a_departments_own_bodies_then_each_acting_on_its_own_line():
    """"5. Các đơn vị sự nghiệp trực thuộc Sở ⏎ Trung tâm Thông tin xúc tiến du lịch chủ động …": a collective that ends
    on whose it is ends its heading; the next line is the first of its members' paragraphs, each one a unit."""
    text = (_header("ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "245/KH-SVHTTDL",
                    "Quảng Bình, ngày 12 tháng 3 năm 2025")
            + "KẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2025\nI. MỤC ĐÍCH\nPhát triển du lịch cộng đồng bền vững.\n"
            "II. TỔ CHỨC THỰC HIỆN\n"
            "1. Thanh tra Sở: Chủ trì kiểm tra việc chấp hành pháp luật về du lịch.\n"
            "2. Các đơn vị sự nghiệp trực thuộc Sở\n"
            "Trung tâm Thông tin xúc tiến du lịch chủ động xây dựng kế hoạch quảng bá, xúc tiến.\n"
            "Thư viện tỉnh tổ chức trưng bày sách tại các điểm du lịch cộng đồng.\n"
            + signed("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name="Nguyễn Văn An"))
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("II.1", "Thanh tra Sở"), ("II.2", "Các đơn vị sự nghiệp trực thuộc Sở"),
        ("II.2", "Trung tâm Thông tin xúc tiến du lịch"), ("II.2", "Thư viện tỉnh")]


def test_an_item_that_agrees_first_opens_with_no_body():
    """"a) Về đề xuất của UBND quận Ô Môn … (three lines): giao Sở Tài chính chủ trì …" names the body its topic gives
    the work to; "Thống nhất chủ trương đầu tư dự án; giao Sở Kế hoạch và Đầu tư …" opens with the agreement, and only
    what opens an item names a unit."""
    text = (_header("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ", "245/TB-VPUB", "Cần Thơ, ngày 05 tháng 10 năm 2023")
            + "THÔNG BÁO\nÝ kiến chỉ đạo của Phó Chủ tịch UBND thành phố về công tác phòng, chống sạt lở\n"
            "Phó Chủ tịch UBND thành phố chỉ đạo như sau:\n1. Về các kiến nghị, đề xuất\n"
            "a) Về đề xuất của UBND quận Ô Môn tại Tờ trình số 95/TTr-UBND ngày 02/10/2023 về việc hỗ trợ kinh phí\n"
            "xử lý "
            "sạt lở bờ sông Ô Môn: giao\nSở Tài chính chủ trì thẩm định mức hỗ trợ.\n"
            "b) Thống nhất chủ trương đầu tư dự án kè sông Cần Thơ; giao Sở Kế hoạch và Đầu tư hướng dẫn thủ tục.\n"
            "c) Đồng ý chủ trương tổ chức Lễ hội Bánh dân gian Nam Bộ năm 2024.\n"
            + signed("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", name="Nguyễn Văn Hùng"))
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [("1.a", "Sở Tài chính")]


def test_a_project_board_named_by_its_initials_as_a_partner_keeps_its_works():
    """"… phối hợp với Ban QLDA ĐTXD các công trình giao thông tỉnh thực hiện chi trả": the partner is named whole."""
    from parsers.agencies import find

    text = "UBND huyện Đông Sơn chủ trì, phối hợp với Ban QLDA ĐTXD các công trình giao thông tỉnh thực hiện chi trả."
    assert [a.text for a in find(text)] == ["UBND huyện Đông Sơn", "Ban QLDA ĐTXD các công trình giao thông tỉnh"]


def test_a_body_a_sentence_asks_on_a_line_of_its_own_heads_its_items():
    """"… Chủ tịch UBND tỉnh yêu cầu: ⏎ Giám đốc Sở Nông nghiệp và Phát triển nông thôn: ⏎ - Chỉ đạo Chi cục Kiểm lâm
    …": the line names the body whose items follow (no label's value), so whom it directs is no unit of its own."""
    from parsers import structure, tree

    text = ("Để chủ động phòng ngừa, Chủ tịch UBND tỉnh yêu cầu:\nGiám đốc Sở Nông nghiệp và Phát triển nông thôn:\n"
            "- Chỉ đạo Chi cục Kiểm lâm tăng cường lực lượng kiểm lâm;\n")
    markers = [tree.marker(text, b) for b in structure.blocks(text)]
    assert [(m.kind, m.heading) if m else None for m in markers] == [
        None, ("agency", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
        ("bullet", "Chỉ đạo Chi cục Kiểm lâm tăng cường lực lượng kiểm lâm;")]


@pytest.mark.parametrize("collectors", [
    "1. Ban Quản lý Khu du lịch quốc gia hồ Tuyền Lâm, Bảo tàng tỉnh, Ủy ban nhân dân các\n"
    "xã, phường, đặc khu được giao quản lý điểm tham quan là tổ chức thu phí tham quan.\n",
    # (a paragraph under the heading, the charge holding a comma)
    "Ban Quản lý Khu du lịch quốc gia hồ Tuyền Lâm và Ủy ban nhân dân các xã, phường được giao quản lý di tích,\n"
    "danh lam thắng cảnh là tổ chức thu phí theo quy định tại Nghị quyết này.\n",
])
def test_bodies_given_a_charge_then_defined_as_its_collectors_are_no_units(collectors):
    """"1. Ban Quản lý Khu du lịch quốc gia hồ Tuyền Lâm, Bảo tàng tỉnh, … được giao quản lý điểm tham quan là tổ chức
    thu phí …": a resolution says who collects a fee, what they are; what they were given before is no work here."""
    text = (_header("HỘI ĐỒNG NHÂN DÂN\nTỈNH LÂM ĐỒNG", "34/2025/NQ-HĐND", "Lâm Đồng, ngày 10 tháng 12 năm 2025")
            + "NGHỊ QUYẾT\nQuy định mức thu phí tham quan\nĐiều 1. Phạm vi điều chỉnh\n"
            "Nghị quyết này quy định mức thu phí.\nĐiều 2. Tổ chức thu phí\n" + collectors
            + "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n"
            + signed("CHỦ TỊCH", name="Phạm Thị Phúc"))
    rec = parse_bytes(text.encode(), "nq.txt")
    assert [(u.section, u.name) for u in rec.units] == [("Điều 3.1", "Ủy ban nhân dân tỉnh")]


def test_a_resolutions_issuer_speaking_in_it_is_no_unit():
    """"III. VỀ CÔNG TÁC XÂY DỰNG THỂ CHẾ ⏎ Chính phủ thống nhất tiếp tục coi …" in the Government's resolution: the
    issuer speaks; the ministries it then asks are the units."""
    text = (_header("CHÍNH PHỦ", "142/NQ-CP", "Hà Nội, ngày 05 tháng 5 năm 2026")
            + "NGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 4 năm 2026\nCHÍNH PHỦ\nQUYẾT NGHỊ:\n"
            "I. VỀ CÔNG TÁC XÂY DỰNG, HOÀN THIỆN THỂ CHẾ\n"
            "Chính phủ thống nhất tiếp tục coi hoàn thiện thể chế là đột phá của đột phá.\n"
            "Bộ Tư pháp chủ trì, phối hợp với Văn phòng Chính phủ tổng hợp, báo cáo Chính phủ.\n"
            + signed("TM. CHÍNH PHỦ", "THỦ TƯỚNG", name="Phạm Minh Chính"))
    rec = parse_bytes(text.encode(), "nq.txt")
    assert [(u.section, u.name) for u in rec.units] == [("I", "Bộ Tư pháp")]


def test_a_request_under_a_bodys_heading_names_whom_the_document_asks():
    """"Đối với UBND huyện Cái Bè: ⏎ - Tổ chức đối thoại … ⏎ - Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cái Bè
    phối hợp …": a request is the document's voice, so the body it asks is a unit; a body passes work on by "Giao"."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG", "187/TB-UBND", "Tiền Giang, ngày 10 tháng 5 năm 2024")
            + "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về công tác bồi thường, tái định cư\n"
            "Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Về dự án Khu tái định cư xã Đông Hòa Hiệp:\n"
            "Đối với UBND huyện Cái Bè:\n- Tổ chức đối thoại trực tiếp với các hộ dân có ý kiến về vị trí tái định "
            "cư.\n"
            "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cái Bè phối hợp vận động các hộ dân bàn giao mặt bằng.\n"
            + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Phạm Văn Trọng"))
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("1", "UBND huyện Cái Bè"), ("1", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cái Bè")]


def test_a_collective_an_items_own_line_names_over_its_bullets_is_a_unit():
    """"1. Về quỹ đất …: ⏎ Đối với Sở Xây dựng, Sở Tài nguyên và Môi trường: ⏎ … ⏎ Đối với UBND các huyện, thị xã: ⏎ -
    …": the bodies the item's own lines name are its units, the collective too (no title over members)."""
    text = (_header("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG", "187/TB-UBND", "Tiền Giang, ngày 10 tháng 5 năm 2024")
            + "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về công tác bồi thường, tái định cư\n"
            "Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Về quỹ đất và hạ tầng các khu tái định cư:\n"
            "Đối với Sở Xây dựng, Sở Tài nguyên và Môi trường:\nPhối hợp rà soát quỹ đất tái định cư.\n"
            "Đối với UBND các huyện, thị xã:\n- Ưu tiên bố trí vốn ngân sách cấp huyện.\n"
            "- Xem xét giải quyết bằng tiền hoặc bằng nhà ở tái định cư.\n"
            + signed("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Phạm Văn Trọng"))
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [
        ("1", "Sở Xây dựng"), ("1", "Sở Tài nguyên và Môi trường"), ("1", "UBND các huyện, thị xã")]


def test_the_rest_of_a_headings_collective_is_part_of_its_unit():
    """"2. Các bệnh viện công lập và ngoài công lập trên địa bàn Thành phố ⏎ … ⏎ Đối với các bệnh viện còn lại: ⏎ - …":
    the remaining ones are part of the collective the heading names, no unit of their own."""
    text = (_header("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ", "512/SYT-NVY",
                    "Thành phố Hồ Chí Minh, ngày 12 tháng 01 năm 2026")
            + "V/v tăng cường phòng, chống dịch bệnh dịp Tết\nKính gửi: Các đơn vị y tế trên địa bàn Thành phố.\n"
            "1. Trung tâm Kiểm soát bệnh tật Thành phố tăng cường giám sát dịch bệnh.\n"
            "2. Các bệnh viện công lập và ngoài công lập trên địa bàn Thành phố\n"
            "Đối với các bệnh viện có khoa truyền nhiễm:\n- Bố trí đủ giường bệnh.\n"
            "Đối với các bệnh viện còn lại:\n- Tổ chức phân luồng, sàng lọc người bệnh.\n"
            + signed("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name="Nguyễn Văn Vĩnh Châu"))
    rec = parse_bytes(text.encode(), "cv.txt")
    assert not any("còn lại" in u.name for u in rec.units)
    assert ("1", "Trung tâm Kiểm soát bệnh tật Thành phố") in [(u.section, u.name) for u in rec.units]


@pytest.mark.parametrize(("header", "issuer"), [
    ("HỘI LHPN VIỆT NAM HỘI LHPN TỈNH ĐỒNG NAI ***", "Hội Liên hiệp Phụ nữ tỉnh Đồng Nai"),
    ("LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI\n***", "Liên đoàn Lao động tỉnh Đồng Nai"),
    # (its kind by initials the gazetteer knows)
    ("HỘI CCB VIỆT NAM HỘI CCB TỈNH ĐỒNG NAI *", "Hội Cựu chiến binh tỉnh Đồng Nai"),
    # (its name's capitals as the gazetteer writes them, under its executive committee's initials)
    ("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH ĐỒNG NAI\n*", "Hội Nông dân tỉnh Đồng Nai"),
])
def test_a_mass_organisations_branch_under_its_national_body_of_the_same_kind_issues(header, issuer):
    """"HỘI LHPN VIỆT NAM HỘI LHPN TỈNH ĐỒNG NAI", a crawler's header collapsed on one line or on two: the kind's
    words again open the branch, the issuer."""
    text = ("Kế hoạch 86/KH-HPN năm 2024\n" + header + " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc ---------------\nSố: 86/KH-HPN Đồng Nai, ngày 28 tháng 10 năm 2024\nKẾ HOẠCH\nTổ chức Tháng hành "
            "động vì bình đẳng giới năm 2024\nI. MỤC ĐÍCH\nNâng cao nhận thức của hội viên.\n")
    assert parse_bytes(text.encode(), "kh.txt").document.issuer == issuer


def test_a_table_of_works_and_measures_with_who_leads_each():
    """"| STT | Tên công trình, biện pháp | Địa điểm | Kinh phí | Đơn vị chủ trì | Thời gian hoàn thành |": each work or
    measure with who leads it and when is a task."""
    rec = _appendix("DANH MỤC CÔNG TRÌNH, BIỆN PHÁP CẤP BÁCH\n\n"
                    "| STT | Tên công trình, biện pháp | Địa điểm | Kinh phí dự kiến (triệu đồng) | Đơn vị chủ trì "
                    "| Thời gian hoàn thành |\n|---|---|---|---|---|---|\n"
                    "| 1 | Nạo vét lòng hồ chứa nước Ia Glai | Xã Chư Sê | 1.200 | Công ty TNHH MTV Khai thác công "
                    "trình thủy lợi Gia Lai | 31/01/2026 |\n"
                    "| 2 | Lắp đặt trạm bơm dã chiến lấy nước sông | Xã Ia Grai | 850 | Ủy ban nhân dân xã Ia Grai "
                    "| 28/02/2026 |\n")
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Công ty TNHH MTV Khai thác công trình thủy lợi Gia Lai",), "31/01/2026"),
        ("PL.2", ("Ủy ban nhân dân xã Ia Grai",), "28/02/2026")]


def test_an_agencys_item_that_directs_others_its_sentence_wrapped_after_their_names():
    """"b) Chỉ đạo Công ty TNHH … ⏎ …, Công ty TNHH … Bình Định ⏎ vận hành tích nước …": whom the agency's work directs,
    named at a line's end, is no heading over the item's text."""
    tasks = _plan_items("Sở Nông nghiệp và Môi trường\na) Theo dõi diễn biến thời tiết, nguồn nước.\n"
                        "b) Chỉ đạo Công ty TNHH MTV Khai thác\ncông trình thủy lợi Gia Lai, Công ty TNHH Khai thác "
                        "công trình thủy lợi Bình Định\nvận hành tích nước hợp lý các hồ chứa; thời gian: tháng 11 - "
                        "12/2025.")
    assert [(t.id, t.text.split()[:2], t.lead, t.deadline) for t in tasks] == [
        ("II.1.a", ["Theo", "dõi"], ("Sở Nông nghiệp và Môi trường",), None),
        ("II.1.b", ["Chỉ", "đạo"], ("Sở Nông nghiệp và Môi trường",), "tháng 11 - 12/2025")]


def test_a_collectives_heading_over_items_that_each_name_one_of_its_members():
    """"1. Các sở, ban, ngành tỉnh ⏎ a) Sở Công Thương: … ⏎ b) Sở Y tế: …": the heading titles its members, no unit of
    its own; a body it names by its own name stays one ("2. Liên minh Hợp tác xã và các tổ chức chính trị - xã hội")."""
    rec = _plan("Tổ chức tuyên truyền.", organisation=(
        "1. Các sở, ban, ngành tỉnh\na) Sở Công Thương: Chủ trì theo dõi việc thực hiện.\n"
        "b) Sở Y tế: Phối hợp kiểm tra an toàn thực phẩm.\n"
        "2. Liên minh Hợp tác xã và các tổ chức chính trị - xã hội\n"
        "a) Liên minh Hợp tác xã tỉnh: Vận động các hợp tác xã tham gia.\nb) Hội Nông dân tỉnh: Vận động hội viên.\n"
        "3. Các sở, ngành tỉnh\na) Xây dựng kế hoạch của ngành.\nb) Sở Tài chính: Bố trí kinh phí.\n"))
    assert [(u.section, u.name) for u in rec.units] == [
        ("III.1.a", "Sở Công Thương"), ("III.1.b", "Sở Y tế"), ("III.2", "Liên minh Hợp tác xã"),
        ("III.2.a", "Liên minh Hợp tác xã tỉnh"), ("III.2.b", "Hội Nông dân tỉnh"),
        # (its first item its own work: the collective is a unit)
        ("III.3", "Các sở, ngành tỉnh"), ("III.3.b", "Sở Tài chính")]


def test_a_table_of_activities_grouped_by_the_months_they_fall_in():
    """"| Tháng 01 - 02/2022 | | | |" over rows numbered from 1, then "| Quý II/2022 |" over rows numbered from 1
    again: each period is a group of its own (G1, G2), its title no deadline of a task."""
    rec = _appendix("LỊCH HOẠT ĐỘNG\n\n| TT | Nội dung hoạt động | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp |\n"
                    "|---|---|---|---|---|\n| **Tháng 01 - 02/2022** |  |  |  |  |\n"
                    "| 1 | Tuyên truyền kỷ niệm Ngày thành lập Đảng | Tháng 01 - 02/2022 | Ban Tuyên giáo Tỉnh đoàn | "
                    "Ban Tuyên giáo Tỉnh ủy |\n| 2 | Bồi dưỡng nghiệp vụ cho báo cáo viên | 25/02/2022 | "
                    "Ban Tuyên giáo Tỉnh đoàn | Ban Tuyên giáo Tỉnh ủy |\n| **Quý II/2022** |  |  |  |  |\n"
                    "| 1 | Tổ chức cuộc thi trực tuyến | 01/4 - 26/4/2022 | Ban Tuyên giáo Tỉnh đoàn | |\n")
    assert [(t.id, t.deadline) for t in rec.tasks] == [
        ("PL.G1.1", "Tháng 01 - 02/2022"), ("PL.G1.2", "25/02/2022"), ("PL.G2.1", "01/4 - 26/4/2022")]
