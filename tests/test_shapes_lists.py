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
