"""Plans and decisions written in the shapes the genre uses — several task sections under any
number, tasks listed per agency, bullets with their own lead, a decision that issues its plan in its
articles, appendix tables as markdown and HTML (a lead spanning rows), directives and Công điện
addressing agencies item by item — and what the parser must read from each. The texts are short
stand-ins written for the shape, not copies of real documents."""

from __future__ import annotations

from parsers import parse_bytes

KH3_TXT = """\
ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Triển khai thực hiện chuyển đổi số năm 2025

Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia;
Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Đẩy mạnh chuyển đổi số trên địa bàn tỉnh.
2. Yêu cầu
Các cơ quan, đơn vị triển khai đồng bộ.

II. MỤC TIÊU
1. Phấn đấu 100% hồ sơ được số hóa.
2. Phấn đấu 80% dịch vụ công trực tuyến toàn trình.

III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nhóm nhiệm vụ về hoàn thiện thể chế
a) Rà soát, sửa đổi các quy định về chuyển đổi số của tỉnh.
b) Xây dựng quy chế quản lý, vận hành nền tảng dữ liệu dùng chung.
2. Nhóm nhiệm vụ về phát triển hạ tầng số
2.1. Nâng cấp trung tâm dữ liệu tỉnh đáp ứng yêu cầu kết nối.
2.2. Phủ sóng di động 5G tại các khu công nghiệp.
3. Phát triển nguồn nhân lực số
- Tổ chức các lớp tập huấn kỹ năng số cho cán bộ, công chức.
- Đưa nội dung kỹ năng số vào chương trình bồi dưỡng hằng năm.

IV. NHIỆM VỤ CỤ THỂ
1. Sở Khoa học và Công nghệ
a) Chủ trì xây dựng kế hoạch chuyển đổi số hằng năm của tỉnh, hoàn thành trong quý II năm 2025.
b) Hướng dẫn các sở, ngành triển khai nền tảng số dùng chung.
2. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
3. Các nhiệm vụ khác
- Tổ chức Hội nghị tổng kết chuyển đổi số. Cơ quan chủ trì: Sở Nội vụ; thời gian thực hiện: tháng 12 năm 2025.
- Xây dựng bộ chỉ số đánh giá mức độ chuyển đổi số cấp xã. Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Ủy ban nhân dân các xã, phường.

V. KINH PHÍ THỰC HIỆN
Từ nguồn ngân sách nhà nước.

VI. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp kết quả thực hiện.
2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ Kế hoạch xây dựng kế hoạch chi tiết.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""

QD_PD2_TXT = """\
ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 200/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 10 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Chương trình phát triển nông nghiệp năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

QUYẾT ĐỊNH:
Điều 1. Ban hành Kế hoạch thực hiện Chương trình phát triển nông nghiệp năm 2025, gồm các nội dung sau:
1. Mục tiêu: nâng cao giá trị sản xuất nông nghiệp.
2. Nhiệm vụ:
a) Phát triển vùng nguyên liệu tập trung; giao Sở Nông nghiệp và Môi trường chủ trì.
b) Xây dựng chuỗi liên kết tiêu thụ sản phẩm; thời gian thực hiện: năm 2025.
3. Tổ chức thực hiện: Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành triển khai.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
"""

CT_TXT = """\
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 05/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 10 tháng 3 năm 2025

CHỈ THỊ
Về tăng cường công tác phòng, chống dịch bệnh

Thời gian qua, tình hình dịch bệnh diễn biến phức tạp. Để chủ động phòng, chống dịch bệnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố:
a) Tập trung chỉ đạo triển khai quyết liệt các biện pháp phòng, chống dịch.
b) Tăng cường công tác thông tin, tuyên truyền.

2. SỞ Y TẾ
a) Chủ trì theo dõi sát diễn biến dịch bệnh.
b) Bảo đảm thuốc, vật tư, trang thiết bị y tế.

3. Công an tỉnh chủ trì, phối hợp với các cơ quan liên quan xử lý nghiêm các trường hợp vi phạm.

4. Sở Tài chính:
Tham mưu bố trí kinh phí phòng, chống dịch.

5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền, vận động nhân dân.

6. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Lê Văn Dũng
"""

CD_TXT = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 20/CĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2025

CÔNG ĐIỆN
Về việc tập trung ứng phó với bão số 3

THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Quốc phòng, Công an, Xây dựng;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái Bình.

Bão số 3 đang di chuyển nhanh. Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:

1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên:
a) Tổ chức theo dõi chặt chẽ diễn biến của bão.
b) Kiểm tra, rà soát các phương án ứng phó.

2. Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo các đơn vị đóng quân trên địa bàn sẵn sàng lực lượng hỗ trợ.

3. Bộ Nông nghiệp và Môi trường chủ trì theo dõi, thông tin kịp thời về diễn biến bão.

4. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam tăng cường thời lượng đưa tin.

5. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao./.

Nơi nhận:
- Như trên;
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Hồng Hà
"""

TB2_MD = """\
**ỦY BAN NHÂN DÂN TỈNH LONG AN**

Số: 99/KH-UBND

**KẾ HOẠCH**

**Triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh**

Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;

**I. MỤC ĐÍCH, YÊU CẦU**

1. Triển khai kịp thời, đồng bộ Luật Dữ liệu.

**II. NỘI DUNG**

Chi tiết tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

1. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc.

**PHỤ LỤC**

**DANH MỤC NHIỆM VỤ TRIỂN KHAI LUẬT DỮ LIỆU**

| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| **I** | **Tuyên truyền, phổ biến** | | | | |
| 1 | Tổ chức hội nghị quán triệt Luật Dữ liệu | Sở Khoa học và Công nghệ | Các sở, ngành | Quý I/2025 | Hội nghị |
| 2 | Biên soạn tài liệu tuyên truyền | Sở Tư pháp | Sở Khoa học và Công nghệ | Quý II/2025 | Tài liệu |
| **II** | **Rà soát văn bản** | | | | |
| 1 | Rà soát văn bản quy phạm pháp luật của tỉnh liên quan đến dữ liệu | Sở Tư pháp | Các sở, ngành; UBND các xã, phường | Tháng 6/2025 | Báo cáo |
| 2 | Xây dựng quy chế quản lý dữ liệu của tỉnh | Sở Khoa học và Công nghệ | Công an tỉnh | Năm 2025 | Quyết định của UBND tỉnh |
"""

TB3_HTML = """\
<html><body><div id="toanvancontent">
<p>ỦY BAN NHÂN DÂN TỈNH HÀ NAM</p><p>Số: 12/KH-UBND</p><p>Hà Nam, ngày 5 tháng 3 năm 2025</p>
<p><b>KẾ HOẠCH</b></p><p>Thực hiện Chương trình chuyển đổi số năm 2025</p>
<p>Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;</p>
<p>I. MỤC ĐÍCH</p><p>Đẩy mạnh chuyển đổi số.</p>
<p>II. NHIỆM VỤ</p><p>Chi tiết tại Phụ lục.</p>
<p>PHỤ LỤC</p><p>DANH MỤC NHIỆM VỤ</p>
<table border="1">
<tr><td>TT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian</td></tr>
<tr><td>1</td><td>Xây dựng kho dữ liệu dùng chung</td><td rowspan="2">Sở Khoa học và Công nghệ</td><td>Các sở, ngành</td><td>Năm 2025</td></tr>
<tr><td>2</td><td>Triển khai nền tảng LGSP</td><td>Văn phòng UBND tỉnh</td><td>Quý III/2025</td></tr>
<tr><td>3</td><td>Đào tạo kỹ năng số cho cán bộ</td><td>Sở Nội vụ</td><td></td><td>Hằng năm</td></tr>
</table>
</div></body></html>
"""



def _tasks(rec):
    return [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks]


def _units(rec):
    return [(u.section, u.name) for u in rec.units]


def test_plan_with_two_task_sections_per_agency_items_and_bullets_with_their_own_lead():
    rec = parse_bytes(KH3_TXT.encode(), "kh3.txt")
    ids = [t.id for t in rec.tasks]
    # III groups its work under 1-3: the lettered and dotted items are the tasks, 3's bullets stay in 3
    assert ids[:5] == ["III.1.a", "III.1.b", "III.2.1", "III.2.2", "III.3"]
    # IV lists tasks per agency: the heading's agency leads its items
    by_id = {t.id: t for t in rec.tasks}
    assert by_id["IV.1.a"].lead == ("Sở Khoa học và Công nghệ",)
    assert by_id["IV.1.a"].deadline == "hoàn thành trong quý II năm 2025"
    assert by_id["IV.2"].lead == ("Sở Tài chính",)
    # a bullet with its own "Cơ quan chủ trì" is a task of its own
    assert by_id["IV.3.b1"].lead == ("Sở Nội vụ",) and by_id["IV.3.b1"].deadline == "tháng 12 năm 2025"
    assert by_id["IV.3.b2"].support == ("Ủy ban nhân dân các xã, phường",)
    # purpose, targets and funding are no tasks
    assert not any(i.startswith(("I.", "II.", "V.")) for i in ids)
    assert ("VI.1", "Sở Khoa học và Công nghệ") in _units(rec)


def test_decision_that_issues_its_plan_in_its_articles():
    rec = parse_bytes(QD_PD2_TXT.encode(), "qd_pd2.txt")
    assert rec.document.title == "Ban hành Kế hoạch thực hiện Chương trình phát triển nông nghiệp năm 2025"
    assert _tasks(rec) == [("Điều 1.2.a", ("Sở Nông nghiệp và Môi trường",), (), None),
                           ("Điều 1.2.b", (), (), "năm 2025")]
    assert rec.document.signer is None  # no signature: "Căn cứ Luật Tổ chức …" is no name


def test_directive_addressing_agencies_item_by_item():
    rec = parse_bytes(CT_TXT.encode(), "ct.txt")
    units = _units(rec)
    assert ("2", "SỞ Y TẾ") in units and ("3", "Công an tỉnh") in units and ("4", "Sở Tài chính") in units
    assert ("5", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") in units
    assert ("6", "Văn phòng Ủy ban nhân dân tỉnh") in units
    assert not rec.tasks  # a directive's items are no plan's tasks


def test_cong_dien_with_titles_and_a_list_of_press_agencies():
    rec = parse_bytes(CD_TXT.encode(), "cd.txt")
    units = _units(rec)
    assert ("2", "Bộ Quốc phòng") in units and ("2", "Bộ Công an") in units
    assert [n for s, n in units if s == "4"] == ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam",
                                                 "Thông tấn xã Việt Nam"]
    assert rec.document.signer == "Trần Hồng Hà"


def test_markdown_appendix_table_with_group_rows():
    rec = parse_bytes(TB2_MD.encode(), "tb2.md")
    assert _tasks(rec) == [
        ("PL.I.1", ("Sở Khoa học và Công nghệ",), ("Các sở, ngành",), "Quý I/2025"),
        ("PL.I.2", ("Sở Tư pháp",), ("Sở Khoa học và Công nghệ",), "Quý II/2025"),
        ("PL.II.1", ("Sở Tư pháp",), ("Các sở, ngành", "UBND các xã, phường"), "Tháng 6/2025"),
        ("PL.II.2", ("Sở Khoa học và Công nghệ",), ("Công an tỉnh",), "Năm 2025"),
    ]
    assert [t.product for t in rec.tasks] == ["Hội nghị", "Tài liệu", "Báo cáo", "Quyết định của UBND tỉnh"]


def test_html_appendix_table_with_a_lead_spanning_two_rows():
    rec = parse_bytes(TB3_HTML.encode(), "tb3.html")
    assert _tasks(rec) == [
        ("PL.1", ("Sở Khoa học và Công nghệ",), ("Các sở, ngành",), "Năm 2025"),
        ("PL.2", ("Sở Khoa học và Công nghệ",), ("Văn phòng UBND tỉnh",), "Quý III/2025"),
        ("PL.3", ("Sở Nội vụ",), (), "Hằng năm"),
    ]
    assert [(r.relation, r.number) for r in rec.references] == [("implements", "749/QĐ-TTg")]
