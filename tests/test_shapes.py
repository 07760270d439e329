"""Plans and decisions written in the shapes the genre uses — several task sections under any
number, tasks listed per agency, bullets with their own lead, a decision that issues its plan in its
articles, appendix tables as markdown and HTML (a lead spanning rows), directives and Công điện
addressing agencies item by item — and what the parser must read from each. The texts are short
stand-ins written for the shape, not copies of real documents."""

from __future__ import annotations

import pytest

from parsers import parse_bytes
from parsers.text import fold


def signed(*titles: str, name: str) -> str:
    """The closing of a synthetic document: the recipients, the signature's titles, the signer."""
    return "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + "".join(t + "\n" for t in titles) + name + "\n"


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

""" + signed("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Nguyễn Văn A")

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

""" + signed("CHỦ TỊCH", name="Lê Văn Dũng")

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

# the same header as CD_TXT, another body
CD2_TXT = CD_TXT.split("THỦ TƯỚNG CHÍNH PHỦ điện:")[0].replace("20/CĐ-TTg", "31/CĐ-TTg") + """\
THỦ TƯỚNG CHÍNH PHỦ điện:
- Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Trung Bộ.

Mưa lũ đang diễn biến phức tạp. Thủ tướng Chính phủ yêu cầu:

1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Trung Bộ và Tây Nguyên chỉ đạo sơ tán người dân.
2. Các Bộ trưởng: Quốc phòng, Công an, Xây dựng theo chức năng, nhiệm vụ được giao chỉ đạo lực lượng hỗ trợ.
3. Bộ trưởng các Bộ: Xây dựng, Y tế, Giáo dục và Đào tạo theo chức năng, nhiệm vụ được giao chỉ đạo khắc phục.
4. Tổng Giám đốc: Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam chỉ đạo tăng cường thông tin.
5. Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam chỉ đạo khôi phục cấp điện.
6. Ban Chỉ đạo quốc gia về Phòng thủ dân sự theo dõi sát tình hình.
7. Bộ trưởng, Thủ trưởng các bộ, cơ quan khác theo chức năng, nhiệm vụ được giao chủ động chỉ đạo.
8. Yêu cầu Chủ tịch Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh chỉ đạo quyết liệt.
9. Đối với các địa phương:
Ủy ban nhân dân tỉnh Quảng Ngãi, tỉnh Gia Lai và thành phố Đà Nẵng bố trí nơi ở tạm cho người dân.
10. Văn phòng Chính phủ theo dõi, đôn đốc./.

""" + signed("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", name="Trần Hồng Hà")

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


TB_TXT = """\
ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 88/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 10 tháng 3 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về công tác giải phóng mặt bằng

Ngày 5 tháng 3 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi làm việc. Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

Thời gian qua, công tác giải phóng mặt bằng đã đạt kết quả tích cực.

Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát hồ sơ các dự án, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/3/2025.

Sở Nông nghiệp và Môi trường khẩn trương hoàn thiện phương án bồi thường.

Đề nghị Ủy ban nhân dân các huyện, thành phố tập trung tuyên truyền, vận động người dân.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""

KH4_TXT = """\
ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
Số: 30/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức Ngày Sách và Văn hóa đọc năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Lan tỏa văn hóa đọc trong cộng đồng.

II. NỘI DUNG
1. Tổ chức lễ phát động Ngày Sách tại Thư viện tỉnh.
2. Tổ chức triển lãm sách tại các trường học.

III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ
- Sở Văn hóa, Thể thao và Du lịch: Chủ trì tổ chức các hoạt động hưởng ứng; tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.
- Sở Giáo dục và Đào tạo: Chỉ đạo các trường học tổ chức triển lãm sách.
- Đài Phát thanh và Truyền hình tỉnh, Báo Đồng Khởi: Tuyên truyền về Ngày Sách.
- Ủy ban nhân dân các huyện, thành phố: Xây dựng kế hoạch tổ chức tại địa phương.
"""


# the header of a provincial committee's document with its dashed rules, the details filled in
DASHED_HEADER = """\
ỦY BAN NHÂN DÂN
TỈNH {province}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}
{place}, ngày {date}

{kind}
"""

KH5_TXT = DASHED_HEADER.format(province="BÌNH PHƯỚC", number="123/KH-UBND", place="Bình Phước",
                               date="12 tháng 3 năm 2025", kind="KẾ HOẠCH") + """\
Triển khai công tác chuyển đổi số năm 2025

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả công tác chuyển đổi số.

II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
- Chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.
- Tổng hợp, báo cáo kết quả thực hiện.
2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch.
3. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục.
4. Các sở, ban, ngành tỉnh: Xây dựng kế hoạch thực hiện tại đơn vị.
5. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh
Phối hợp bảo đảm an ninh mạng.
6. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch
Tuyên truyền về chuyển đổi số.
7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền.
8. Báo và Phát thanh, Truyền hình Bình Phước: Mở chuyên mục tuyên truyền.
9. Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Nông dân tỉnh
Vận động hội viên tham gia.
10. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện.
11. Ban Quản lý Khu kinh tế tỉnh hướng dẫn doanh nghiệp.
12. Ủy ban nhân dân các huyện, thị xã, thành phố
a) Xây dựng kế hoạch triển khai tại địa phương.
b) Chỉ đạo Ủy ban nhân dân cấp xã thực hiện.
13. Trường Cao đẳng Kỹ thuật tỉnh chủ trì đào tạo nguồn nhân lực số.
14. Viễn thông Bình Phước, Bưu điện tỉnh phối hợp hạ tầng.
15. Kho bạc Nhà nước khu vực XV, Thuế tỉnh Bình Phước thực hiện thanh toán điện tử.
16. Chủ tịch Ủy ban nhân dân các xã, phường chỉ đạo triển khai.
17. Sở Giáo dục và Đào tạo, Sở Y tế, Sở Lao động - Thương binh và Xã hội căn cứ chức năng, nhiệm vụ triển khai thực hiện.
18. Bảo hiểm xã hội tỉnh phối hợp thực hiện.
19. Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng.
20. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ.
21. Chánh Thanh tra tỉnh chủ trì thanh tra việc thực hiện.
22. Ban Quản lý Khu kinh tế cửa khẩu (sau đây gọi tắt là Ban Quản lý) là cơ quan trực thuộc Ủy ban nhân dân tỉnh.
23. Thuế tỉnh Bình Phước hướng dẫn người nộp thuế:
a) Thuế sử dụng đất nông nghiệp của hộ gia đình, cá nhân;
b) Thuế giá trị gia tăng.
24. Trích dẫn quy định: “a) Chính phủ quy định chi tiết điểm này; b) Bộ Tài chính hướng dẫn thi hành.”
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Khoa học và Công nghệ để tổng hợp.

""" + signed("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Nguyễn Văn A")

KH6_TXT = DASHED_HEADER.format(province="BÌNH PHƯỚC", number="124/KH-UBND", place="Bình Phước",
                               date="12 tháng 3 năm 2025", kind="KẾ HOẠCH") + """\
Triển khai công tác cải cách hành chính năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Cải cách thể chế
a) Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh.
- Cơ quan chủ trì: Sở Tư pháp.
- Cơ quan phối hợp: Các sở, ban, ngành; Ủy ban nhân dân các xã, phường.
- Thời gian thực hiện: Quý II/2025.
b) Kiểm tra việc thi hành pháp luật trên địa bàn tỉnh.
- Đơn vị chủ trì: Sở Tư pháp;
- Đơn vị phối hợp: Thanh tra tỉnh, Công an tỉnh;
- Thời gian hoàn thành: Tháng 12/2025.
2. Cải cách thủ tục hành chính
a) Công bố danh mục thủ tục hành chính đầy đủ, kịp thời. Chủ trì: Văn phòng Ủy ban nhân dân tỉnh; phối hợp: các sở, ngành; thời gian: thường xuyên.
b) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (Sở Khoa học và Công nghệ chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh; hoàn thành trong năm 2025).
c) Triển khai dịch vụ công trực tuyến toàn trình cho người dân.
Cơ quan thực hiện: Sở Khoa học và Công nghệ, Sở Nội vụ.
Thời hạn: Năm 2025.
3. Cải cách tổ chức bộ máy
- Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan thực hiện, hoàn thành trong Quý III/2025.
- Đánh giá chất lượng đội ngũ cán bộ, công chức cấp xã; Sở Nội vụ thực hiện; thời gian: Quý IV/2025.
4. Xây dựng chính quyền số
Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Công an tỉnh triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh; thời gian hoàn thành: tháng 6/2025.

III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ Kế hoạch xây dựng kế hoạch của đơn vị.

""" + signed("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Nguyễn Văn A")


ND_TXT = """\
CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 99/2025/NĐ-CP
Hà Nội, ngày 15 tháng 4 năm 2025

NGHỊ ĐỊNH
Quy định về quản lý cơ sở dữ liệu quốc gia về dân cư

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Công an;
Chính phủ ban hành Nghị định quy định về quản lý cơ sở dữ liệu quốc gia về dân cư.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về quản lý cơ sở dữ liệu quốc gia về dân cư.

Điều 2. Đối tượng áp dụng
Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 3. Trách nhiệm của Bộ Công an
1. Chủ trì xây dựng, quản lý cơ sở dữ liệu quốc gia về dân cư.
2. Hướng dẫn, kiểm tra việc thực hiện Nghị định này.

Điều 4. Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm phối hợp với Bộ Công an thực hiện Nghị định này.

Điều 5. Trách nhiệm của Bộ Tài chính, Bộ Khoa học và Công nghệ
1. Bộ Tài chính bố trí kinh phí thực hiện.
2. Bộ Khoa học và Công nghệ hướng dẫn về tiêu chuẩn kỹ thuật.

Điều 6. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
1. Chỉ đạo các cơ quan chuyên môn triển khai thực hiện Nghị định này.
2. Bố trí kinh phí cho việc cập nhật dữ liệu.

Điều 7. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.

Điều 8. Trách nhiệm thi hành
Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu: VT.
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Nguyễn Văn B
"""


CT2_TXT = DASHED_HEADER.format(province="QUẢNG NAM", number="05/CT-UBND", place="Quảng Nam",
                               date="12 tháng 3 năm 2025", kind="CHỈ THỊ") + """\
Về tăng cường công tác phòng, chống thiên tai năm 2025

Trong những năm qua, công tác phòng, chống thiên tai trên địa bàn tỉnh đạt nhiều kết quả. Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố:
a) Quán triệt, triển khai nghiêm các văn bản chỉ đạo của Trung ương.
b) Kiện toàn Ban Chỉ huy phòng, chống thiên tai các cấp.
2. Giám đốc Sở Nông nghiệp và Môi trường:
- Chủ trì theo dõi diễn biến thời tiết.
- Tham mưu Ủy ban nhân dân tỉnh chỉ đạo ứng phó.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh vận động nhân dân tham gia.
4. Công an tỉnh:
Bảo đảm an ninh trật tự trong mưa bão.
5. Sở Giáo dục và Đào tạo; Sở Y tế
Bảo đảm an toàn cho học sinh và người bệnh.
6. Các cơ quan thông tin, báo chí trên địa bàn tỉnh tăng cường tuyên truyền.
7. Ủy ban nhân dân các huyện, thị xã, thành phố: Chỉ đạo Ủy ban nhân dân cấp xã rà soát khu dân cư.
8. Các cơ quan cấp tỉnh
a) Sở Tư pháp: Rà soát văn bản.
b) Văn phòng UBND tỉnh: Theo dõi, đôn đốc.
9. Sở Nội vụ (cơ quan thường trực) tổng hợp kết quả.
10. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ động lực lượng cứu hộ.
11. Điện lực Quảng Nam bảo đảm cấp điện an toàn.
12. Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Nam đưa tin kịp thời.
13. Hội Chữ thập đỏ tỉnh vận động cứu trợ.
14. Chi cục Thủy lợi theo dõi hồ đập.
15. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh kiểm tra công trình.

Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố nghiêm túc thực hiện Chỉ thị này./.

""" + signed("CHỦ TỊCH", name="Lê Văn Dũng")


CV_TXT = """\
ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1234/UBND-KT
V/v triển khai thực hiện Nghị quyết số 57-NQ/TW
Đồng Tháp, ngày 12 tháng 3 năm 2025

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Thực hiện Công văn số 567/BKHCN-VP ngày 01 tháng 3 năm 2025 của Bộ Khoa học và Công nghệ, Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh xây dựng kế hoạch, hoàn thành trước ngày 30 tháng 4 năm 2025.
2. Sở Tài chính cân đối, bố trí kinh phí thực hiện.
3. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.
5. Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15 tháng 12 năm 2025.

Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị quan tâm thực hiện./.

""" + signed("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name="Trần Văn C")


TB2_TXT = DASHED_HEADER.format(province="ĐỒNG THÁP", number="45/TB-UBND", place="Đồng Tháp",
                               date="12 tháng 3 năm 2025", kind="THÔNG BÁO") + """\
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công

Ngày 10 tháng 3 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

1. Về tình hình giải ngân
Năm 2025, tỉnh được giao kế hoạch vốn 5.000 tỷ đồng; đến nay giải ngân đạt 20%.

2. Nhiệm vụ thời gian tới
a) Sở Tài chính tổng hợp, báo cáo tình hình giải ngân hằng tuần.
b) Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ thi công các công trình trọng điểm.
c) Ủy ban nhân dân các xã, phường tập trung giải phóng mặt bằng, hoàn thành trước ngày 30/6/2025.
d) Sở Xây dựng, Sở Nông nghiệp và Môi trường hướng dẫn thủ tục đất đai, vật liệu xây dựng.
đ) Kho bạc Nhà nước khu vực XVIII thanh toán kịp thời.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

""" + signed("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", name="Nguyễn Văn D")


PL_MD = """\
| ỦY BAN NHÂN DÂN TỈNH LONG AN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 88/KH-UBND | Long An, ngày 05 tháng 5 năm 2025 |

**KẾ HOẠCH**

**Triển khai Đề án phát triển du lịch năm 2025**

**I. MỤC ĐÍCH, YÊU CẦU**

Phát triển du lịch bền vững.

**II. NHIỆM VỤ**

Chi tiết tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

1. Sở Văn hóa, Thể thao và Du lịch chủ trì theo dõi, đôn đốc.

2. Các sở, ngành và Ủy ban nhân dân các xã, phường triển khai các nhiệm vụ được phân công tại Phụ lục.

**PHỤ LỤC**

**DANH MỤC NHIỆM VỤ TRIỂN KHAI NĂM 2025**

*(Kèm theo Kế hoạch số 88/KH-UBND ngày 05/5/2025 của Ủy ban nhân dân tỉnh)*

| TT | Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm |
|---|---|---|---|---|---|
| I | Phát triển sản phẩm du lịch | | | | |
| 1 | Xây dựng sản phẩm du lịch đặc trưng của tỉnh gắn với văn hóa sông nước | Sở Văn hóa, Thể thao và Du lịch | Các sở, ngành; Ủy ban nhân dân các xã | Quý III/2025 | Danh mục sản phẩm |
| 2 | Tổ chức Lễ hội trái cây Long An năm 2025 | Ủy ban nhân dân xã Tân Lập | Sở Công Thương, Trung tâm Xúc tiến thương mại | Tháng 6/2025 | Lễ hội |
| II | Quảng bá, xúc tiến du lịch | | | | |
| 1 | Xây dựng video quảng bá du lịch tỉnh trên nền tảng số | Trung tâm Thông tin và Xúc tiến du lịch | Báo Long An, Đài Phát thanh và Truyền hình Long An | Năm 2025 | Video |
| 2 | Tham gia hội chợ du lịch quốc tế tại Thành phố Hồ Chí Minh | Sở Văn hóa, Thể thao và Du lịch | | Tháng 9/2025 | |
"""


PL2_HTML = """\
<html><body><div id="toanvancontent">
<p>ỦY BAN NHÂN DÂN TỈNH LONG AN</p><p>Số: 88/KH-UBND</p><p>Long An, ngày 05 tháng 5 năm 2025</p>
<p>KẾ HOẠCH</p><p>Triển khai Đề án phát triển du lịch năm 2025</p>
<p>I. MỤC ĐÍCH, YÊU CẦU</p><p>Phát triển du lịch bền vững.</p>
<p>II. NHIỆM VỤ</p><p>Chi tiết tại Phụ lục kèm theo.</p>
<p>PHỤ LỤC</p><p>DANH MỤC NHIỆM VỤ</p>
<table>
<tr><td rowspan="2">TT</td><td rowspan="2">Nội dung công việc</td><td colspan="2">Cơ quan thực hiện</td><td rowspan="2">Thời gian hoàn thành</td></tr>
<tr><td>Chủ trì</td><td>Phối hợp</td></tr>
<tr><td>I</td><td colspan="4">Phát triển sản phẩm du lịch</td></tr>
<tr><td>1</td><td><p>Xây dựng sản phẩm du lịch đặc trưng của tỉnh gắn với văn hóa sông nước</p></td><td><p>Sở Văn hóa, Thể thao và Du lịch</p></td><td><p>Các sở, ngành;</p><p>Ủy ban nhân dân các xã</p></td><td>Quý III/2025</td></tr>
<tr><td>2</td><td>Tổ chức Lễ hội trái cây Long An năm 2025</td><td>Ủy ban nhân dân xã Tân Lập</td><td>- Sở Công Thương<br>- Trung tâm Xúc tiến thương mại</td><td>Tháng 6/2025</td></tr>
</table>
</div></body></html>
"""


KH_DANG_TXT = """\
ĐẢNG BỘ TỈNH QUẢNG NGÃI
TỈNH ỦY
*
Số 45-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ngãi, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc Nghị quyết.

II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao nhận thức về khoa học, công nghệ.
2. Hoàn thiện thể chế, chính sách.

III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt, xây dựng kế hoạch thực hiện.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh xây dựng chương trình hành động.
3. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo ban hành cơ chế, chính sách.
4. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn tuyên truyền.
5. Ủy ban Kiểm tra Tỉnh ủy, các ban đảng Tỉnh ủy theo chức năng, nhiệm vụ kiểm tra, giám sát việc thực hiện.
6. Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo Mặt trận và các đoàn thể chính trị - xã hội tỉnh tuyên truyền, vận động.
7. Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp báo cáo Ban Thường vụ Tỉnh ủy.
8. Đảng ủy Ủy ban nhân dân tỉnh, Đảng ủy các cơ quan Đảng tỉnh chỉ đạo các tổ chức đảng trực thuộc thực hiện.

Nơi nhận:
- Ban Bí thư Trung ương Đảng,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn Xuân
"""


QC_TXT = DASHED_HEADER.format(province="GIA LAI", number="12/2025/QĐ-UBND", place="Gia Lai",
                              date="12 tháng 3 năm 2025", kind="QUYẾT ĐỊNH") + """\
Ban hành Quy chế phối hợp quản lý nhà nước về an toàn thực phẩm

Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 4 năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trương Văn F

QUY CHẾ
PHỐI HỢP QUẢN LÝ NHÀ NƯỚC VỀ AN TOÀN THỰC PHẨM
(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 12 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh)

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp quản lý nhà nước về an toàn thực phẩm.
Điều 2. Nguyên tắc phối hợp
Bảo đảm thống nhất, kịp thời.

Chương II
TRÁCH NHIỆM CỦA CÁC CƠ QUAN
Điều 3. Trách nhiệm của Sở Y tế
1. Chủ trì, phối hợp với các sở, ngành tham mưu quản lý nhà nước về an toàn thực phẩm.
2. Tổ chức thanh tra, kiểm tra.
Điều 4. Nhiệm vụ, quyền hạn của Sở Nông nghiệp và Môi trường
Quản lý an toàn thực phẩm đối với sản phẩm nông, lâm, thủy sản.
Điều 5. Sở Công Thương
Quản lý an toàn thực phẩm đối với sản phẩm thuộc ngành công thương.
Điều 6. Công an tỉnh
Phòng, chống tội phạm về an toàn thực phẩm.
Điều 7. Ủy ban nhân dân các xã, phường
a) Quản lý an toàn thực phẩm trên địa bàn.
b) Phối hợp với các cơ quan kiểm tra.

Chương III
TỔ CHỨC THỰC HIỆN
Điều 8. Tổ chức thực hiện
1. Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc thực hiện Quy chế.
2. Các sở, ngành, địa phương có trách nhiệm thực hiện Quy chế này.
"""


TB_KL_TXT = """\
VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 512/TB-VPCP
Hà Nội, ngày 20 tháng 11 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về tiến độ Dự án đường cao tốc

Ngày 15 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì cuộc họp về tiến độ Dự án. Tham dự cuộc họp có đại diện lãnh đạo các Bộ: Xây dựng, Tài chính, Nông nghiệp và Môi trường; Ủy ban nhân dân các tỉnh: Hưng Yên, Thái Bình. Sau khi nghe báo cáo, ý kiến phát biểu của các đại biểu, Phó Thủ tướng Chính phủ Trần Hồng Hà kết luận như sau:

1. Đánh giá cao sự nỗ lực của các bộ, ngành, địa phương trong triển khai Dự án.

2. Về công tác giải phóng mặt bằng: Ủy ban nhân dân các tỉnh Hưng Yên, Thái Bình tập trung chỉ đạo hoàn thành bàn giao mặt bằng trước ngày 31 tháng 12 năm 2025.

3. Về nguồn vật liệu xây dựng: Giao Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương thủ tục cấp phép khai thác mỏ vật liệu.

4. Về vốn đầu tư:
a) Bộ Tài chính khẩn trương tổng hợp, báo cáo Thủ tướng Chính phủ phương án bố trí vốn.
b) Bộ Xây dựng chủ trì, phối hợp với các địa phương rà soát tổng mức đầu tư.

5. Các kiến nghị của địa phương:
- Về đề nghị điều chỉnh chủ trương đầu tư: giao Bộ Xây dựng nghiên cứu, xử lý theo thẩm quyền.
- Về đề nghị bổ sung vốn: Bộ Tài chính xem xét, tổng hợp trong kế hoạch năm 2026.

6. Đề nghị Tập đoàn Điện lực Việt Nam phối hợp di dời công trình điện.

Văn phòng Chính phủ thông báo để các cơ quan, địa phương liên quan biết, thực hiện./.

Nơi nhận:
- Thủ tướng, các Phó Thủ tướng;
- Lưu: VT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Phạm Mạnh Cường
"""


TB3_TXT = DASHED_HEADER.format(province="ĐẮK LẮK", number="300/TB-UBND", place="Đắk Lắk",
                               date="20 tháng 11 năm 2025", kind="THÔNG BÁO") + """\
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Y tế

Ngày 15 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh làm việc với Sở Y tế. Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Năm 2025, ngành y tế đạt nhiều kết quả quan trọng.

II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI
1. Sở Y tế
a) Tập trung nâng cao chất lượng khám, chữa bệnh.
b) Đẩy mạnh chuyển đổi số y tế.
2. Sở Tài chính tham mưu bố trí kinh phí mua sắm trang thiết bị y tế.
3. Giao Sở Nội vụ phối hợp với Sở Y tế rà soát biên chế.
4. Ủy ban nhân dân các xã, phường chỉ đạo trạm y tế xã thực hiện tốt công tác y tế cơ sở.

III. VỀ CÁC KIẾN NGHỊ
1. Đề nghị của Sở Y tế về bổ sung biên chế: giao Sở Nội vụ nghiên cứu, tham mưu.
2. Đề nghị hỗ trợ kinh phí: Sở Tài chính tổng hợp, báo cáo.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

""" + signed("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", name="Nguyễn Văn H")

# a tax office's answer: it quotes a law whose numbered clauses are not the letter's, and asks the
# addressee in a last paragraph; numbers with a dot inside the code or a year after it
CV_THUE_TXT = """\
BỘ TÀI CHÍNH
CỤC THUẾ
-------
Số: 5700/CT-CS
V/v tiền thuê đất
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 12 năm 2025

Kính gửi: Thuế tỉnh Lào Cai.

Cục Thuế nhận được công văn số 545/CCTKV.VIII-CNTK ngày 02/6/2025 của Chi cục Thuế khu vực VIII và
công văn số 09/HDTLMM/2025 của Công ty TNHH Hoa Dũng. Cục Thuế có ý kiến như sau:
- Tại khoản 2 Điều 257 Luật Đất đai năm 2024 quy định:
“Điều 257. Giải quyết về tài chính đất đai khi Luật này có hiệu lực thi hành.
2. Đối với trường hợp đã có quyết định giao đất, cho thuê đất trước ngày Luật này có hiệu lực:
a) Ủy ban nhân dân cấp tỉnh xác định giá đất theo quy định;
b) Chính phủ quy định việc áp dụng phương pháp định giá đất.”
- Căn cứ khoản 2 Điều 13 Luật Thuế GTGT 13/2008/QH12 (đã được sửa đổi, bổ sung).
Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ thuê đất.
Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết./.

Nơi nhận:
- Như trên;
- Lưu: VT, CS.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn A
"""

# a customs notice: the applicant's request after the bases, its type words split by a line break
# the header of a notice of a national body
NATIONAL_NOTICE = """\
{issuer}
-------
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày {date}

THÔNG BÁO
{title}
"""

TB_HQ_TXT = NATIONAL_NOTICE.format(issuer="BỘ TÀI CHÍNH\nCỤC HẢI QUAN", number="39000/TB-CHQ",
                                   date="20 tháng 11 năm 2025", title="Về kết quả xác định trước mã số") + """

Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;
Căn cứ Thông tư số 31/2022/TT-BTC ngày 08/6/2022 của Bộ trưởng Bộ Tài chính;
Trên cơ sở Đơn đề
nghị xác định mã số số 0825-01/HW-TCHQ đề ngày 05/9/2025 của Công ty TNHH Công nghệ và hồ sơ kèm theo;
Trên cơ sở Đơn đề nghị xác định mã số số 002 ngày 23/9/2025 của Công ty TNHH Giải trí;
Cục Hải quan thông báo kết quả xác định trước mã số như sau:
1. Hàng hóa đề nghị xác định trước mã số: thiết bị đeo tay thông minh.
2. Mã số: 8517.62.59.

Nơi nhận:
- Công ty TNHH Công nghệ;
- Lưu: VT, GSQL.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn B
"""

# a decree: the proposal runs on into the enacting formula; an article whose title names work
# ("… trong hoạt động nghiệp vụ") is no task section; responsibility articles and clauses titled
# "Trách nhiệm …" name their bodies, a site's editorial note in the clause's title notwithstanding
ND_HQ_TXT = """\
CHÍNH PHỦ
-------
Số: 08/2015/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 21 tháng 01 năm 2015

NGHỊ ĐỊNH
Quy định chi tiết và biện pháp thi hành Luật Hải quan về thủ tục hải quan

Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;
Theo đề nghị của Bộ trưởng Bộ Tài chính, Chính phủ ban hành Nghị định quy định chi tiết và biện pháp thi hành Luật Hải quan về thủ tục hải quan.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết thủ tục hải quan.
Điều 2. Áp dụng quản lý rủi ro trong hoạt động nghiệp vụ hải quan
1. Cơ quan hải quan thực hiện kiểm tra, giám sát hải quan dựa trên việc xử lý thông tin.
2. Tổng cục trưởng Tổng cục Hải quan căn cứ tiêu chí quản lý rủi ro quyết định việc kiểm tra.
Điều 3. Thủ tục xác định trước mã số
1. Điều kiện xác định trước mã số.
2. Trách nhiệm của Tổng cục Hải quan: [Khoản này được sửa đổi bởi Điểm b Khoản 11 Điều 1 Nghị định 59/2018/NĐ-CP]
a) Từ chối xác định trước mã số đối với hồ sơ không đủ điều kiện;
b) Công khai kết quả trên trang điện tử.
Điều 4. Trách nhiệm cung cấp thông tin của các cơ quan quản lý nhà nước
1. Bộ Tài chính chủ trì xây dựng các quy định về trao đổi thông tin hải quan.
2. Ngân hàng Nhà nước Việt Nam có trách nhiệm cung cấp thông tin thanh toán.
Điều 5. Trách nhiệm thi hành
Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chịu trách nhiệm thi hành Nghị định này.

Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Tấn Dũng
"""


def _tasks(rec):
    return [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks]


def _with_appendix(table: str, name: str):
    """TB2_MD's plan with ``table`` as its appendix."""
    return parse_bytes((TB2_MD.split("| STT")[0] + table).encode(), name)


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
    assert by_id["IV.1.a"].deadline == "trong quý II năm 2025"
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


def test_cong_dien_naming_ministers_of_listed_ministries_regions_steering_bodies_and_shared_places():
    rec = parse_bytes(CD2_TXT.encode(), "cd2.txt")
    by = {}
    for s, n in _units(rec):
        by.setdefault(s, []).append(n)
    assert by["1"] == ["Ủy ban nhân dân các tỉnh, thành phố khu vực Trung Bộ và Tây Nguyên"]
    assert by["2"] == ["Bộ Quốc phòng", "Bộ Công an", "Bộ Xây dựng"]
    assert by["3"] == ["Bộ Xây dựng", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"]
    assert by["4"] == ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]
    assert by["5"] == ["Tập đoàn Điện lực Việt Nam"]
    assert by["6"] == ["Ban Chỉ đạo quốc gia về Phòng thủ dân sự"]
    assert by["7"] == ["các bộ, cơ quan khác"]
    assert by["8"] == ["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hồ Chí Minh"]
    # "Đối với các địa phương:" titles the paragraph that names them
    assert by["9"] == ["Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Gia Lai",
                       "Ủy ban nhân dân thành phố Đà Nẵng"]
    assert by["10"] == ["Văn phòng Chính phủ"]


def test_table_cells_naming_a_ministrys_departments_and_a_centre_named_for_its_field():
    table = ("| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
             "| 1 | Xây dựng cơ sở dữ liệu đất đai | Cục Quản lý đất đai | Vụ Pháp chế, Vụ Kế hoạch - Tài chính |"
             " Quý II/2024 |\n"
             "| 2 | Xây dựng Nghị định về thương mại điện tử | Cục Thương mại điện tử và Kinh tế số |"
             " Vụ Thị trường trong nước; Thương vụ Việt Nam ở nước ngoài | Quý III/2024 |\n"
             "| 3 | Tuyên truyền Luật Đất đai | Văn phòng Bộ | Báo Tài nguyên và Môi trường, Trung tâm Truyền thông"
             " tài nguyên và môi trường | Thường xuyên |\n"
             "| 4 | Đào tạo, bồi dưỡng | Sở Y tế và Sở Tài chính | Sở Nội vụ và các đơn vị liên quan | Hằng năm |\n")
    rec = _with_appendix(table, "tb.md")
    assert _tasks(rec) == [
        ("PL.1", ("Cục Quản lý đất đai",), ("Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"), "Quý II/2024"),
        # a name runs to its cell's separator
        ("PL.2", ("Cục Thương mại điện tử và Kinh tế số",), ("Vụ Thị trường trong nước", "Thương vụ Việt Nam ở nước ngoài"),
         "Quý III/2024"),
        ("PL.3", ("Văn phòng Bộ",), ("Báo Tài nguyên và Môi trường", "Trung tâm Truyền thông tài nguyên và môi trường"),
         "Thường xuyên"),
        ("PL.4", ("Sở Y tế", "Sở Tài chính"), ("Sở Nội vụ",), "Hằng năm"),
    ]


TT_RESP_TXT = """\
BỘ TÀI CHÍNH
Số: 40/2018/TT-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 4 năm 2018

THÔNG TƯ
Quy định về kiểm tra xuất xứ hàng hóa

Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định về kiểm tra xuất xứ hàng hóa.

Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về kiểm tra xuất xứ.
Điều 2. Quản lý hàng hóa ưu tiên
1. Trách nhiệm của cơ quan hải quan trong việc thực hiện chế độ ưu tiên đối với hàng hóa xuất khẩu:
a) Theo dõi tình hình hoạt động của doanh nghiệp.
b) Phối hợp với doanh nghiệp xử lý vướng mắc.
2. Trách nhiệm của các tổ chức, cá nhân trong việc nộp chứng từ:
- Ban cán sự: nộp chứng từ đúng hạn.
Điều 3. Trách nhiệm của cơ quan hải quan
1. Tiếp nhận hồ sơ đề nghị xác định trước xuất xứ.
Điều 4. Trách nhiệm của Cảng vụ hàng hải và doanh nghiệp kinh doanh cảng biển
1. Cung cấp thông tin cho cơ quan hải quan.
Điều 5. Trách nhiệm thu thập, cung cấp thông tin của cơ quan thuế quản lý trực tiếp
1. Cơ quan thuế quản lý trực tiếp có trách nhiệm thu thập thông tin.
2. Cơ quan thuế quản lý trực tiếp có trách nhiệm cung cấp thông tin.
Điều 6. Trách nhiệm của cơ quan nhà nước, tổ chức và cá nhân
Phối hợp thực hiện Thông tư này.

""" + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Vũ Thị Mai")


def test_regulation_responsibility_titles_naming_a_kind_of_body_in_small_letters():
    rec = parse_bytes(TT_RESP_TXT.encode(), "tt_resp.txt")
    assert _units(rec) == [("Điều 2.1", "cơ quan hải quan"), ("Điều 3", "cơ quan hải quan"),
                           ("Điều 4", "Cảng vụ hàng hải"),
                           # its clauses opening with the body the title named are its duties
                           ("Điều 5", "cơ quan thuế quản lý trực tiếp")]


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


def test_conclusion_notice_written_as_paragraphs():
    rec = parse_bytes(TB_TXT.encode(), "tb.txt")
    assert _units(rec) == [(None, "Sở Xây dựng"), (None, "Sở Nông nghiệp và Môi trường"),
                           (None, "Ủy ban nhân dân các huyện, thành phố")]


def test_organisation_section_as_bullets_named_with_a_colon():
    rec = parse_bytes(KH4_TXT.encode(), "kh4.txt")
    assert _units(rec) == [("III", "Sở Văn hóa, Thể thao và Du lịch"), ("III", "Sở Giáo dục và Đào tạo"),
                           ("III", "Đài Phát thanh và Truyền hình tỉnh"), ("III", "Báo Đồng Khởi"),
                           ("III", "Ủy ban nhân dân các huyện, thành phố")]
    assert [t.id for t in rec.tasks] == ["II.1", "II.2"]


def test_organisation_items_naming_armed_forces_branches_press_and_state_companies():
    rec = parse_bytes(KH5_TXT.encode(), "kh5.txt")
    units = _units(rec)
    # a heading naming several bodies gives one unit each; "Công an tỉnh, Bộ …" is no collective
    assert [n for s, n in units if s == "II.5"] == ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
                                                    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    assert [n for s, n in units if s == "II.14"] == ["Viễn thông Bình Phước", "Bưu điện tỉnh"]
    # a branch is part of the name
    assert [n for s, n in units if s == "II.15"] == ["Kho bạc Nhà nước khu vực XV", "Thuế tỉnh Bình Phước"]
    assert [n for s, n in units if s == "II.19"] == ["Ngân hàng Nhà nước chi nhánh tỉnh"]
    # "Chánh Thanh tra tỉnh" heads the Thanh tra tỉnh
    assert [n for s, n in units if s == "II.21"] == ["Thanh tra tỉnh"]
    # a definition ("… là cơ quan …"), taxes named like a tax office, and quoted provisions name no unit
    assert not [n for s, n in units if s in ("II.22", "II.24") or s.startswith("II.23.")]
    assert [n for s, n in units if s == "II.23"] == ["Thuế tỉnh Bình Phước"]
    # the closing paragraph opens otherwise: no unit
    assert not [n for s, n in units if s == "II" or s is None]


def test_task_fields_written_inline_in_bullets_and_under_a_heading():
    rec = parse_bytes(KH6_TXT.encode(), "kh6.txt")
    by_id = {t.id: t for t in rec.tasks}
    assert by_id["II.1.b"].support == ("Thanh tra tỉnh", "Công an tỉnh")
    # a support named in small letters runs to the list's separator
    assert by_id["II.2.b"].support == ("Trung tâm Phục vụ hành chính công tỉnh",)
    # bullets with their own lead ("Giao … chủ trì", "; Sở Nội vụ thực hiện;") or deadline are tasks
    assert by_id["II.3.b1"].lead == ("Sở Nội vụ",) and by_id["II.3.b1"].deadline == "trong Quý III/2025"
    assert by_id["II.3.b2"].lead == ("Sở Nội vụ",) and by_id["II.3.b2"].deadline == "Quý IV/2025"
    assert "II.3" not in by_id
    # the line under a short heading opens with who leads
    assert by_id["II.4"].lead == ("Sở Khoa học và Công nghệ",)
    assert by_id["II.4"].support == ("Sở Tài chính", "Công an tỉnh")


def test_decree_articles_naming_who_is_responsible():
    rec = parse_bytes(ND_TXT.encode(), "nd.txt")
    units = _units(rec)
    assert ("Điều 3", "Bộ Công an") in units
    # a title without its stop and the paragraph under it: the collective ends at the line break
    assert ("Điều 4", "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ") in units
    assert [n for s, n in units if s == "Điều 5"] == ["Bộ Tài chính", "Bộ Khoa học và Công nghệ"]
    assert ("Điều 6", "Ủy ban nhân dân cấp tỉnh") in units
    assert not [n for s, n in units if s in ("Điều 7", "Điều 8")]  # entry into force, execution clause


def test_decree_article_naming_bodies_of_one_name_and_each_its_number():
    """"Điều 5. Trách nhiệm của Viện Nghiên cứu Nuôi trồng thủy sản I, II, III": one body of each number."""
    text = ND_TXT.replace("Điều 5. Trách nhiệm của Bộ Tài chính, Bộ Khoa học và Công nghệ",
                          "Điều 5. Trách nhiệm của Viện Nghiên cứu Nuôi trồng thủy sản I, II, III")
    units = _units(parse_bytes(text.encode(), "nd.txt"))
    assert [n for s, n in units if s == "Điều 5"] == [
        "Viện Nghiên cứu Nuôi trồng thủy sản I", "Viện Nghiên cứu Nuôi trồng thủy sản II",
        "Viện Nghiên cứu Nuôi trồng thủy sản III"]


def test_decree_article_of_a_collective_whose_first_clause_is_its_own_work():
    """"Điều 4. Trách nhiệm của các bộ, … ⏎ 1. Trong phạm vi chức năng, nhiệm vụ, phối hợp với … ⏎ 2. Bộ Xây dựng, Bộ Y
    tế …": the collective acts in its first clause, a unit of its own beside the members the second names."""
    text = ND_TXT.replace("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ trong phạm vi nhiệm vụ, quyền hạn của mình "
                          "có trách nhiệm phối hợp với Bộ Công an thực hiện Nghị định này.",
                          "1. Trong phạm vi chức năng, nhiệm vụ, phối hợp với Bộ Công an hướng dẫn thực hiện.\n"
                          "2. Bộ Xây dựng, Bộ Y tế theo chức năng hướng dẫn thực hiện.")
    units = _units(parse_bytes(text.encode(), "nd.txt"))
    assert [(s, n) for s, n in units if s.startswith("Điều 4")] == [
        ("Điều 4", "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"), ("Điều 4.2", "Bộ Xây dựng"),
        ("Điều 4.2", "Bộ Y tế")]


def test_directive_items_with_titles_press_collectives_and_a_closing_demand():
    rec = parse_bytes(CT2_TXT.encode(), "ct2.txt")
    units = _units(rec)
    assert ("6", "Các cơ quan thông tin, báo chí trên địa bàn tỉnh") in units
    assert [n for s, n in units if s == "12"] == ["Đài Phát thanh và Truyền hình tỉnh", "Báo Quảng Nam"]
    assert ("14", "Chi cục Thủy lợi") in units and ("11", "Điện lực Quảng Nam") in units
    assert next(n for s, n in units if s == "15").startswith("Ban Quản lý dự án đầu tư xây dựng")
    # "Yêu cầu Giám đốc các sở … nghiêm túc thực hiện Chỉ thị này" closes the directive: no units
    assert not [n for s, n in units if s is None]


def test_letter_items_and_a_conclusion_notice_address_agencies():
    cv = _units(parse_bytes(CV_TXT.encode(), "cv.txt"))
    # "báo cáo" after a collective is the verb, not a newspaper
    assert ("5", "các sở, ban, ngành tỉnh") in cv
    assert [s for s, _ in cv] == ["1", "2", "3", "4", "5"]
    tb = _units(parse_bytes(TB2_TXT.encode(), "tb.txt"))
    assert ("2.b", "Ban Quản lý dự án đầu tư xây dựng tỉnh") in tb
    assert ("2.đ", "Kho bạc Nhà nước khu vực XVIII") in tb
    assert not [n for s, n in tb if s == "1"]


def test_paragraphs_after_the_bullets_of_a_heading_of_bodies_are_the_notices_own():
    # "Đối với các bệnh viện tuyến tỉnh: ⏎ - Bệnh viện A: … ⏎ - Bệnh viện B: … ⏎ Chủ tịch UBND các xã, phường chỉ đạo …"
    text = ("VĂN PHÒNG UBND TỈNH QUẢNG NGÃI\nSố: 514/TB-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\nQuảng Ngãi, ngày 22 tháng 11 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với "
            "Sở Y tế\nNgày 20/11/2025, Chủ tịch UBND tỉnh làm việc với Sở Y tế. Sau khi nghe báo cáo, Chủ tịch UBND tỉnh "
            "kết luận như sau:\nSở Tài chính bố trí kinh phí.\nĐối với các bệnh viện tuyến tỉnh:\n- Bệnh viện Đa khoa "
            "tỉnh: xây dựng phương án phân "
            "luồng.\n- Bệnh viện Nhi đồng tỉnh: chủ động phương án thu dung.\nChủ tịch UBND các xã, phường chỉ đạo trạm y "
            "tế thực hiện tốt công tác chăm sóc sức khỏe ban đầu.\nVăn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.\n"
            "Văn phòng UBND tỉnh thông báo để các cơ quan liên quan "
            "biết, thực hiện./.\n" + signed("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", name="Nguyễn Văn B"))
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [u.name for u in sorted(rec.units, key=lambda u: u.start)][-2:] == ["UBND các xã, phường",
                                                                               "Văn phòng UBND tỉnh"]


def test_a_body_named_twice_in_unnumbered_paragraphs_is_one_unit():
    # a notice written as paragraphs, no numbers: the body named again is the same unit, its duties joined
    text = TB2_TXT.split("1. Về tình hình giải ngân")[0] + (
        "Sở Tài chính tổng hợp, báo cáo tình hình giải ngân hằng tuần.\n"
        "Ủy ban nhân dân các xã, phường tập trung giải phóng mặt bằng.\n"
        "Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XVIII thanh toán kịp thời.\n\n"
        "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\n"
        + TB2_TXT.split("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\n")[1])
    rec = parse_bytes(text.encode(), "tb.txt")
    assert [(u.section, u.name) for u in rec.units] == [(None, "Sở Tài chính"), (None, "Ủy ban nhân dân các xã, phường")]
    assert len(rec.units[0].duties) == 2


def test_a_place_of_a_list_named_again_by_its_initials_is_the_same_unit():
    # "Giao UBND các huyện: Krông Pắc, M'Drắk …" then "UBND huyện M'Drắk khẩn trương …" in the same item: one unit
    text = CV_TXT.replace("2. Sở Tài chính cân đối, bố trí kinh phí thực hiện.",
                          "2. Về giải phóng mặt bằng: Giao UBND các huyện: Krông Pắc, M'Drắk tập trung bàn giao mặt "
                          "bằng.\n"
                          "UBND huyện M'Drắk khẩn trương phê duyệt phương án bồi thường.")
    cv = _units(parse_bytes(text.encode(), "cv.txt"))
    assert [n for s, n in cv if s == "2"] == ["Ủy ban nhân dân huyện Krông Pắc", "Ủy ban nhân dân huyện M'Drắk"]


def test_bodies_said_to_be_places_at_risk_over_the_items_of_their_work_are_units():
    # "… Sơn La, Điện Biên là những địa phương có nguy cơ cháy rừng cao: ⏎ a) …": no definition, a heading over its work
    assert _item_three_units(
        "3. Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên là những địa phương có nguy cơ cháy rừng cao:\n"
        "a) Tổ chức tuần tra, canh gác lửa rừng 24/24 giờ.\nb) Xử lý vật liệu cháy dưới tán rừng.") == [
        "Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân tỉnh Điện Biên"]


def test_what_a_body_told_the_meeting_names_no_unit_but_a_report_asked_of_it_does():
    # "- Bộ Giao thông vận tải báo cáo: …" is the account of what it said; "- Bộ Xây dựng chỉ đạo …" is work given
    text = TB_VPCP_TXT.replace("1. Về tiến độ dự án:\n", "1. Về tiến độ dự án:\n- Bộ Giao thông vận tải báo cáo: dự án "
                               "đạt 60% khối lượng.\n- Ủy ban nhân dân tỉnh Đồng Nai cho biết: còn 12 hộ chưa bàn giao.\n")
    units = _units(parse_bytes(text.encode(), "tb_vpcp.txt"))
    assert [n for s, n in units if s == "1"] == ["Bộ Xây dựng", "Ủy ban nhân dân Thành phố Hồ Chí Minh"]


def test_the_partners_a_line_wrapped_after_phoi_hop_voi_are_no_heading_of_names():
    # "2. Sở Tài chính chủ trì, phối hợp với ⏎ Sở Xây dựng, Công an tỉnh:": the line below names the partners the
    # item's subject takes, not bodies of a heading of their own
    text = CV_TXT.replace("2. Sở Tài chính cân đối, bố trí kinh phí thực hiện.",
                          "2. Sở Tài chính chủ trì, phối hợp với\nSở Xây dựng, Công an tỉnh:\n"
                          "a) Cân đối, bố trí kinh phí thực hiện;\nb) Hướng dẫn thanh quyết toán kinh phí.")
    cv = _units(parse_bytes(text.encode(), "cv.txt"))
    assert [n for s, n in cv if s == "2"] == ["Sở Tài chính"]


def test_plan_whose_appendix_note_follows_its_own_title_closely():
    # the appendix's "(Kèm theo Kế hoạch số …)" belongs to the PHỤ LỤC above it, not to the plan's title
    rec = parse_bytes(PL_MD.encode(), "pl.md")
    assert _units(rec) == [("III.1", "Sở Văn hóa, Thể thao và Du lịch"),
                           ("III.2", "Các sở, ngành và Ủy ban nhân dân các xã, phường")]
    by_id = {t.id: t for t in rec.tasks}
    assert by_id["PL.I.2"].support == ("Sở Công Thương", "Trung tâm Xúc tiến thương mại")
    assert by_id["PL.II.1"].lead == ("Trung tâm Thông tin và Xúc tiến du lịch",)


def test_appendix_table_with_a_two_row_header_in_html():
    rec = parse_bytes(PL2_HTML.encode(), "pl2.html")
    by_id = {t.id: t for t in rec.tasks}
    assert by_id["PL.I.1"].lead == ("Sở Văn hóa, Thể thao và Du lịch",)
    assert by_id["PL.I.1"].support == ("Các sở, ngành", "Ủy ban nhân dân các xã")
    assert by_id["PL.I.2"].support == ("Sở Công Thương", "Trung tâm Xúc tiến thương mại")
    assert by_id["PL.I.2"].deadline == "Tháng 6/2025"


def test_crawler_text_table_whose_second_header_row_lost_its_merged_cell():
    # "Đơn vị thực hiện" spans two columns; the crawler writes "Chủ trì | Phối hợp" from the first column
    table = ("| STT | Nội dung nhiệm vụ | Đơn vị thực hiện |  | Thời gian hoàn thành | Sản phẩm |\n"
             "| --- | --- | --- | --- | --- | --- |\n| Chủ trì | Phối hợp |\n"
             "| I | Hoàn thiện thể chế |  |  |  |  |\n"
             "| 1 | Rà soát văn bản quy phạm pháp luật | Vụ Pháp chế | Vụ Kế hoạch - Tài chính | Năm 2024 | Báo cáo |\n")
    rec = _with_appendix(table, "tb.txt")
    assert _tasks(rec) == [("PL.I.1", ("Vụ Pháp chế",), ("Vụ Kế hoạch - Tài chính",), "Năm 2024")]


@pytest.mark.parametrize("head", ["Cơ quan thực hiện", "Đơn vị thực hiện", "Trách nhiệm thực hiện"])
def test_crawler_text_table_whose_merged_header_over_who_leads_and_joins_lost_the_row_below(head):
    """"| … | Cơ quan thực hiện | | Thời gian hoàn thành |" and no "| Chủ trì | Phối hợp |" under it: the merged cell of
    who does the work spans who leads and who joins; the column its empty cell heads is the partners'."""
    table = (f"| STT | Nội dung công việc | {head} |  | Thời gian hoàn thành | Sản phẩm |\n"
             "| --- | --- | --- | --- | --- | --- |\n"
             "| I | Hoàn thiện thể chế |  |  |  |  |\n"
             "| 1 | Xây dựng Nghị định quy định chi tiết Luật Dữ liệu | Bộ Công an | Bộ Tài chính, Bộ Tư pháp "
             "| Tháng 12/2025 | Nghị định |\n"
             "| 2 | Biên soạn tài liệu phổ biến Luật | Bộ Tư pháp |  | Quý III/2025 | Tài liệu |\n")
    rec = _with_appendix(table, "tb.txt")
    assert _tasks(rec) == [("PL.I.1", ("Bộ Công an",), ("Bộ Tài chính", "Bộ Tư pháp"), "Tháng 12/2025"),
                           ("PL.I.2", ("Bộ Tư pháp",), (), "Quý III/2025")]


def _text_appendix(appendix: str):
    """A provincial plan in plain text whose tasks are in its appendix, ``appendix`` (after "PHỤ LỤC I"), parsed."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 86/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 18 tháng 4 năm 2026\nKẾ HOẠCH\nPhát triển du lịch năm 2026\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\nII. NHIỆM VỤ\nTheo Phụ lục.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Hoàng Giang") + "PHỤ LỤC I\n" + appendix)
    return parse_bytes(plan.encode(), "kh.txt")


def test_word_text_table_whose_cells_hold_paragraphs_and_a_list_of_projects_with_their_leads():
    """A table copied from a word processor, its cells apart by tabs: a cell of several paragraphs goes on over lines
    of its own ("⇥- Sở Văn hóa, Thể thao và Du lịch; ⏎ - Hiệp hội Du lịch Đà Lạt⇥Quý II/2026"); a list of projects
    that says who leads each is a table of tasks."""
    table = ("STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
             "1\tTổ chức Chương trình kích cầu du lịch\tTrung tâm Xúc tiến Du lịch\t- Sở Văn hóa, Thể thao và Du lịch;\n"
             "- Hiệp hội Du lịch Đà Lạt\tQuý II/2026\n"
             "2\tTham gia Hội chợ Du lịch quốc tế\tTrung tâm Xúc tiến Du lịch\tSở Văn hóa, Thể thao và Du lịch"
             "\tTháng 4/2026\n")
    projects = ("STT\tTên dự án\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tGhi chú\n"
                "1\tChỉnh trang khu vực hồ Xuân Hương\tUBND phường Xuân Hương\tSở Xây dựng\tNăm 2026\t\n")
    rec = _text_appendix(table + "PHỤ LỤC II\n" + projects)
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Trung tâm Xúc tiến Du lịch",), ("Sở Văn hóa, Thể thao và Du lịch", "Hiệp hội Du lịch Đà Lạt"), "Quý II/2026"),
        (("Trung tâm Xúc tiến Du lịch",), ("Sở Văn hóa, Thể thao và Du lịch",), "Tháng 4/2026"),
        (("UBND phường Xuân Hương",), ("Sở Xây dựng",), "Năm 2026")]


def test_crawler_text_table_one_cell_a_line_whose_task_cell_is_a_long_line():
    """A copy that writes each cell on one line, unwrapped: a task's cell of 150 characters after its row's number is
    the row's, not a paragraph after the table."""
    long_task = ("Rà soát, hệ thống hóa văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh còn hiệu "
                 "lực để xử lý theo thẩm quyền trong năm 2026")
    table = ("STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
             "1\nXây dựng Kế hoạch kiểm tra công tác cải cách hành chính\nSở Nội vụ\nSở Tư pháp\nTháng 01/2026\n"
             f"2\n{long_task}\nSở Tư pháp\nCác sở, ban, ngành tỉnh\nQuý II/2026\n"
             "3\nCông bố danh mục thủ tục hành chính\nVăn phòng UBND tỉnh\nSở Tư pháp\nThường xuyên\n")
    rec = _text_appendix(table)
    assert len(long_task) > 140
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Nội vụ",), ("Sở Tư pháp",), "Tháng 01/2026"),
        (("Sở Tư pháp",), ("Các sở, ban, ngành tỉnh",), "Quý II/2026"),
        (("Văn phòng UBND tỉnh",), ("Sở Tư pháp",), "Thường xuyên")]


def test_table_whose_first_column_names_the_groups_merged_over_their_rows():
    """"| Lĩnh vực | TT | Nhiệm vụ | …" with "II. Nghệ thuật biểu diễn" in the first row of its rows and empty below: the
    column of the groups' names, its rows "PL.II.n"."""
    table = ("| Lĩnh vực | TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|---|\n"
             "| I. Điện ảnh | 1 | Xây dựng Đề án phát triển điện ảnh | Cục Điện ảnh | Vụ Pháp chế | Năm 2026 |\n"
             "| II. Nghệ thuật biểu diễn | 1 | Số hóa tư liệu nghệ thuật | Cục Nghệ thuật biểu diễn | Vụ Pháp chế "
             "| 2026 - 2027 |\n"
             "|  | 2 | Tổ chức liên hoan nghệ thuật | Cục Nghệ thuật biểu diễn | Cục Hợp tác quốc tế | Hằng năm |\n")
    rec = _with_appendix(table, "tb.md")
    assert [t.id for t in rec.tasks][-2:] == ["PL.II.1", "PL.II.2"]


def test_table_group_row_whose_roman_numeral_stands_apart_from_its_title_with_no_mark():
    """"| I   NÂNG CAO CHẤT LƯỢNG KHÁM BỆNH |" (a numeral, spaces, a title in capitals, in one cell): the group's label is
    the numeral, its rows are "PL.I.n"."""
    table = ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "| --- | --- | --- | --- | --- |\n"
             "| I   NÂNG CAO CHẤT LƯỢNG KHÁM BỆNH, CHỮA BỆNH |\n"
             "| 1 | Chuẩn hóa trạm y tế xã | Sở Y tế | Sở Tài chính | Năm 2024 |\n"
             "| II   Y TẾ DỰ PHÒNG |\n"
             "| 2 | Tiêm chủng mở rộng | Sở Y tế | Ủy ban nhân dân các xã, phường | Hằng năm |\n")
    rec = _with_appendix(table, "tb.md")
    assert [t.id for t in rec.tasks] == ["PL.I.1", "PL.II.2"]


def test_pipe_table_row_whose_number_and_content_cells_are_empty_goes_on_with_the_row_above():
    """"|  |  | Ủy ban nhân dân các xã, phường | Bưu điện tỉnh | Năm 2025 |": the number and the content merged over two
    rows, written empty in the second; its bodies lead and join the task above (not dropped)."""
    table = ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "| --- | --- | --- | --- | --- |\n"
             "| 1 | Số hóa hồ sơ thủ tục hành chính | Trung tâm Phục vụ hành chính công tỉnh | Sở Khoa học và Công nghệ "
             "| Năm 2025 |\n"
             "|  |  | Ủy ban nhân dân các xã, phường | Bưu điện tỉnh | Năm 2025 |\n"
             "| 2 | Làm sạch dữ liệu hộ tịch | Sở Tư pháp | Công an tỉnh | Tháng 12/2025 |\n")
    rec = _with_appendix(table, "tb.md")
    assert _tasks(rec) == [
        ("PL.1", ("Trung tâm Phục vụ hành chính công tỉnh", "Ủy ban nhân dân các xã, phường"),
         ("Sở Khoa học và Công nghệ", "Bưu điện tỉnh"), "Năm 2025"),
        ("PL.2", ("Sở Tư pháp",), ("Công an tỉnh",), "Tháng 12/2025")]


def test_crawler_text_table_rows_that_dropped_the_cells_merged_from_above():
    table = ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "| --- | --- | --- | --- | --- |\n"
             "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Các sở, ngành | Năm 2025 |\n"
             "| Triển khai nền tảng tích hợp dữ liệu | Văn phòng UBND tỉnh | Quý III/2025 |\n"
             "| 2 | Đào tạo kỹ năng số cho cán bộ | Sở Nội vụ | Sở Tài chính | Hằng năm |\n")
    rec = _with_appendix(table, "tb.txt")
    assert _tasks(rec) == [
        ("PL.1.1", ("Sở Khoa học và Công nghệ",), ("Các sở, ngành",), "Năm 2025"),
        # the lead merged over two rows is missing from the second: its cells stand on the right
        ("PL.1.2", ("Sở Khoa học và Công nghệ",), ("Văn phòng UBND tỉnh",), "Quý III/2025"),
        ("PL.2", ("Sở Nội vụ",), ("Sở Tài chính",), "Hằng năm"),
    ]


def test_crawler_text_table_rows_whose_merged_cells_differ_from_row_to_row():
    # a crawler writes a cell merged over rows (rowspan) in its first row only; which columns a row
    # lacks differs from row to row, and its cells go to the columns they read as
    table = ("| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Cấp trình | Thời gian hoàn thành |\n"
             "| --- | --- | --- | --- | --- | --- |\n"
             "| I | Hoàn thiện thể chế |  |  |  |  |\n"
             "| 1 | Xây dựng Nghị định quy định chi tiết Luật | Vụ Pháp chế | Vụ Kế hoạch - Tài chính, Văn phòng Bộ"
             " | Chính phủ | Năm 2024 |\n"
             # the lead and the deadline merged from the row above
             "| 2 | Xây dựng Thông tư hướng dẫn thi hành Luật | Cục Quản lý đất đai | Bộ trưởng |\n"
             # the lead merged again; several bodies are partners
             "| 3 | Rà soát văn bản quy phạm pháp luật | Thanh tra Bộ, Văn phòng Bộ | Bộ trưởng | Quý III/2024 |\n"
             "| 4 | Tổng kết thi hành Luật | Văn phòng Bộ | Các Vụ, Cục thuộc Bộ"
             " | Trong thời hạn 30 ngày kể từ ngày Luật có hiệu lực |\n"
             # the number and content merged over two rows with their own leads
             "| 5 | Tập huấn, phổ biến nội dung Luật | Vụ Pháp chế | Cục Quản lý đất đai | Bộ trưởng | Năm 2025 |\n"
             "| Trung tâm Truyền thông | Báo Tài nguyên và Môi trường |\n")
    rec = _with_appendix(table, "tb.txt")
    assert _tasks(rec) == [
        ("PL.I.1", ("Vụ Pháp chế",), ("Vụ Kế hoạch - Tài chính", "Văn phòng Bộ"), "Năm 2024"),
        ("PL.I.2", ("Vụ Pháp chế",), ("Cục Quản lý đất đai",), "Năm 2024"),
        ("PL.I.3", ("Vụ Pháp chế",), ("Thanh tra Bộ", "Văn phòng Bộ"), "Quý III/2024"),
        ("PL.I.4", ("Văn phòng Bộ",), ("Các Vụ, Cục thuộc Bộ",),
         "Trong thời hạn 30 ngày kể từ ngày Luật có hiệu lực"),
        ("PL.I.5", ("Vụ Pháp chế", "Trung tâm Truyền thông"),
         ("Cục Quản lý đất đai", "Báo Tài nguyên và Môi trường"), "Năm 2025"),
    ]


def test_crawler_text_table_with_a_padded_header_and_groups_written_as_one_cell():
    # the first header row padded with empty cells to the table's width; "Cơ quan thực hiện" spans "Chủ trì |
    # Phối hợp"; a group's label and title in the one cell of its row, or its title alone
    table = ("| STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành | Hình thức văn bản |  |\n"
             "| --- | --- | --- | --- | --- | --- |\n| Chủ trì | Phối hợp |\n"
             "| I. HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH |\n"
             "| 1 | Rà soát văn bản quy phạm pháp luật của tỉnh | Sở Tư pháp | Sở Nội vụ | Năm 2023 | Báo cáo |\n"
             "| SỞ THÔNG TIN VÀ TRUYỀN THÔNG |\n"
             "| 1 | Xây dựng cơ sở dữ liệu văn bản của tỉnh | Sở Tư pháp, Sở Tài chính | Quý IV/2023 | Cơ sở dữ liệu |\n")
    rec = _with_appendix(table, "tb.txt")
    assert _tasks(rec) == [("PL.I.1", ("Sở Tư pháp",), ("Sở Nội vụ",), "Năm 2023"),
                           # the group names its agency: it leads the rows that name none
                           ("PL.G1.1", ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG",), ("Sở Tư pháp", "Sở Tài chính"),
                            "Quý IV/2023")]
    assert ("PL.G1", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG") in _units(rec)


def test_site_table_whose_first_group_title_reads_like_a_column_name():
    # "Phát triển sản phẩm du lịch" under the header holds "sản phẩm": a group's title, not a header row
    table = ("|\n**STT**\n|\n**Cơ quan chủ trì**\n|\n**Nội dung công việc**\n|\n**Cơ quan phối hợp**\n|\n"
             "**Thời gian thực hiện**\n|\n|\n**Phát triển sản phẩm du lịch**\n|\n|\n1\n|\nSở Văn hóa, Thể thao và"
             " Du lịch\n|\nXây dựng sản phẩm du lịch nông nghiệp công nghệ cao\n|\nSở Nông nghiệp và Môi trường\n|\n"
             "Quý II/2026\n|\n|\n2\n|\nXây dựng tour du lịch biển đảo gắn với làng chài\n|\nSở Xây dựng\n|\n"
             "Quý III/2026\n|\n")
    rec = parse_bytes((TB2_MD.split("| STT")[0] + table).encode(), "tb.md")
    assert _tasks(rec) == [
        ("PL.G1.1", ("Sở Văn hóa, Thể thao và Du lịch",), ("Sở Nông nghiệp và Môi trường",), "Quý II/2026"),
        # the lead merged over both rows: the second row's one agency is its partner
        ("PL.G1.2", ("Sở Văn hóa, Thể thao và Du lịch",), ("Sở Xây dựng",), "Quý III/2026")]


def test_pandoc_grid_table_whose_cells_span_rows_and_columns():
    # a rule drawn under some columns only ends the cells above it there; the cells it leaves open span
    # the rows below: the lead over rows 1-2, the number and partners over two contents of row 3
    table = (
        "+-----+---------------------------+------------------+----------------+------------+\n"
        "| STT | Nội dung nhiệm vụ         | Đơn vị chủ trì   | Đơn vị phối hợp| Thời gian  |\n"
        "+=====+===========================+==================+================+============+\n"
        "| I   | HOÀN THIỆN THỂ CHẾ                                                          |\n"
        "+-----+---------------------------+------------------+----------------+------------+\n"
        "| 1   | Rà soát văn bản quy phạm  | Cục An toàn thực | Vụ Pháp chế    | Năm 2025   |\n"
        "|     | pháp luật                 | phẩm             |                |            |\n"
        "+-----+---------------------------+                  +----------------+------------+\n"
        "| 2   | Sửa đổi Nghị định về an   |                  | Bộ Công Thương | Quý IV/2025|\n"
        "|     | toàn thực phẩm            |                  |                |            |\n"
        "+-----+---------------------------+------------------+----------------+------------+\n"
        "| 3   | Kiểm tra liên ngành dịp   | Thanh tra Bộ     | Bộ Công an     | Quý III/2025|\n"
        "|     +---------------------------+                  |                +------------+\n"
        "|     | Kiểm tra liên ngành dịp   |                  |                | Quý I/2026 |\n"
        "|     | Tết Nguyên đán            |                  |                |            |\n"
        "+-----+---------------------------+------------------+----------------+------------+\n")
    rec = _with_appendix(table, "tb.pandoc.md")
    assert _tasks(rec) == [
        ("PL.I.1", ("Cục An toàn thực phẩm",), ("Vụ Pháp chế",), "Năm 2025"),
        ("PL.I.2", ("Cục An toàn thực phẩm",), ("Bộ Công Thương",), "Quý IV/2025"),
        ("PL.I.3.1", ("Thanh tra Bộ",), ("Bộ Công an",), "Quý III/2025"),
        ("PL.I.3.2", ("Thanh tra Bộ",), ("Bộ Công an",), "Quý I/2026"),
    ]


def test_pandoc_grid_cell_whose_bodies_are_its_paragraphs():
    """A Word cell of two paragraphs, "Sở Ngoại vụ ⏎ ⏎ UBND thành phố Móng Cái": pandoc's grid writes an empty line
    between them inside the cell; they are two bodies, not one name run on."""
    table = (
        "+-----+-------------------+-------------+-------------+------------+\n"
        "| STT | Nội dung nhiệm vụ | Chủ trì     | Phối hợp    | Thời gian  |\n"
        "+=====+===================+=============+=============+============+\n"
        "| 1   | Thông tin đối     | Bộ Chỉ huy  | Sở Ngoại vụ | Năm 2023   |\n"
        "|     | ngoại tại khu vực | Bộ đội Biên |             |            |\n"
        "|     | biên giới         | phòng tỉnh  | UBND thành  |            |\n"
        "|     |                   |             | phố Móng    |            |\n"
        "|     |                   |             | Cái         |            |\n"
        "+-----+-------------------+-------------+-------------+------------+\n")
    rec = _with_appendix(table, "tb.pandoc.md")
    assert _tasks(rec) == [
        ("PL.1", ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh",), ("Sở Ngoại vụ", "UBND thành phố Móng Cái"), "Năm 2023")]


def test_pandoc_grid_whose_rules_keep_a_spanning_cells_bars_and_whose_cells_break_lines():
    # a rule under some columns keeps the bars of the cells that span it ("+----+------+      |      +----+"); a
    # cell's hard breaks ("tỉnh\\") part the names it lists; a file named .md is a pandoc text by its grid and breaks
    table = (
        "+-----+---------------------+-------------------+----------------------+------------------+\n"
        "| TT  | Chuyên đề           | Đơn vị chủ trì    | Đơn vị phối hợp      | Thời gian        |\n"
        "+=====+=====================+===================+======================+==================+\n"
        "| 1   | Kiểm tra kinh doanh | Chi cục Quản lý   | Công an tỉnh\\       | Tháng 11/2025    |\n"
        "|     | thuốc lá nhập lậu   | thị trường tỉnh   | Thuế tỉnh Lâm Đồng   |                  |\n"
        "+-----+---------------------+                   |                      +------------------+\n"
        "| 2   | Kiểm tra hàng giả   |                   |                      | Tháng 12/2025    |\n"
        "|     | trên không gian mạng|                   |                      |                  |\n"
        "+-----+---------------------+-------------------+----------------------+------------------+\n")
    rec = _with_appendix(table, "tb.md")
    assert _tasks(rec) == [
        ("PL.1", ("Chi cục Quản lý thị trường tỉnh",), ("Công an tỉnh", "Thuế tỉnh Lâm Đồng"), "Tháng 11/2025"),
        ("PL.2", ("Chi cục Quản lý thị trường tỉnh",), ("Công an tỉnh", "Thuế tỉnh Lâm Đồng"), "Tháng 12/2025"),
    ]


def test_markdown_table_broken_by_a_page_with_heading_rows_and_rows_that_go_on():
    # a group's title in the first cell, a row heading sub-numbered rows, a row listing what the row above
    # covers, and the table broken in two: the second part (no header) goes on, its first row the end of a
    # sentence above
    table = ("| STT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
             "| --- | --- | --- | --- | --- |\n"
             "| **I. NHÓM NHIỆM VỤ HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH** |  |  |  |  |\n"
             "| 1 | Cải cách thủ tục hành chính cho doanh nghiệp |  |  |  |\n"
             "| 1.1 | Rà soát, cắt giảm thời gian giải quyết thủ tục | Văn phòng UBND tỉnh | Sở Tư pháp | Năm 2026 |\n"
             "| 1.2 | Thực hiện thủ tục không phụ thuộc địa giới hành chính | Văn phòng UBND tỉnh | Sở Nội vụ"
             " | Quý II/2026 |\n"
             "| 2 | Rà soát, bố trí quỹ đất cho doanh nghiệp nhỏ và vừa, gồm: | Sở Tài chính | Sở Xây dựng | Năm 2026 |\n"
             "|  | - Cụm công nghiệp đã thành lập nhưng chưa có chủ đầu tư; |  |  |  |\n"
             "| 3 | Triển khai nền tảng số hỗ trợ tiêu thụ sản phẩm, đưa các hộ sản xuất | Sở Công Thương"
             " | Bưu điện tỉnh | Quý III/2026 |\n\n"
             "|  | lên các sàn thương mại điện tử |  |  |  |\n| --- | --- | --- | --- | --- |\n"
             "| 4 | Tổng kết, đánh giá kết quả thực hiện Kế hoạch | Sở Tài chính | Sở Nội vụ | Tháng 12/2026 |\n")
    rec = _with_appendix(table, "tb.md")
    assert _tasks(rec) == [
        ("PL.I.1.1", ("Văn phòng UBND tỉnh",), ("Sở Tư pháp",), "Năm 2026"),
        ("PL.I.1.2", ("Văn phòng UBND tỉnh",), ("Sở Nội vụ",), "Quý II/2026"),
        ("PL.I.2", ("Sở Tài chính",), ("Sở Xây dựng",), "Năm 2026"),
        ("PL.I.3", ("Sở Công Thương",), ("Bưu điện tỉnh",), "Quý III/2026"),
        ("PL.I.4", ("Sở Tài chính",), ("Sở Nội vụ",), "Tháng 12/2026"),
    ]
    assert rec.tasks[3].text.endswith("lên các sàn thương mại điện tử")


def test_numbers_typed_with_an_eth_a_non_breaking_hyphen_or_an_en_dash_are_the_same_numbers():
    letter = CD_TXT.split("Bão số 3 đang")[0] + (
        "Thực hiện Quyết định số 749/QÐ-TTg ngày 03/6/2020, Nghị định số 30/2020/NĐ\u2011CP và Thông tư số"
        " 01/2011/TT–BNV, các bộ triển khai trong giai đoạn 2021 – 2025.\n\n")
    rec = parse_bytes(letter.encode(), "cd.txt")
    assert [r.number for r in rec.references] == ["749/QĐ-TTg", "30/2020/NĐ-CP", "01/2011/TT-BNV"]
    assert "2021 – 2025" in rec.text  # a dash between words stays a dash


KL_DANG_TXT = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 126-KL/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 14 tháng 02 năm 2025

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ
về một số nội dung, nhiệm vụ tiếp tục sắp xếp bộ máy

Tại phiên họp ngày 14/02/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:

1. Đồng ý chủ trương sắp xếp các cơ quan theo đề xuất của Ban Tổ chức Trung ương.
2. Giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo hoàn thiện các văn bản quy phạm pháp luật.
3. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương lãnh đạo thực hiện nghiêm Kết luận số 121-KL/TW.
4. Ban Tổ chức Trung ương chủ trì, phối hợp với Văn phòng Trung ương Đảng theo dõi, đôn đốc.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.
T/M BỘ CHÍNH TRỊ
{signer}
"""


def test_party_conclusion_signed_on_behalf_without_a_rank_and_its_addressees():
    for signer in ("Trần Cẩm Tú", "TRẦN CẨM TÚ"):
        rec = parse_bytes(KL_DANG_TXT.format(signer=signer).encode(), "kl.txt")
        assert rec.document.signer == "Trần Cẩm Tú"
    # (a surname that is also the archive's word: "Lưu Đình Khải", after "- Lưu Văn phòng Trung ương Đảng.")
    glued = KL_DANG_TXT.format(signer="").replace("Đảng.\nT/M BỘ CHÍNH TRỊ\n", "Đảng. T/M BỘ CHÍNH TRỊ Lưu Đình Khải")
    assert parse_bytes(glued.encode(), "kl.txt").document.signer == "Lưu Đình Khải"
    assert rec.document.number == "126-KL/TW" and rec.document.type == "Kết luận"
    assert _units(rec) == [("2", "Đảng ủy Chính phủ"), ("3", "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"),
                           ("4", "Ban Tổ chức Trung ương")]


def test_regulation_article_titles_end_with_their_line_and_headings_of_their_clauses_are_units():
    body = ("**Điều 2. Trách nhiệm của Vụ Tổ chức cán bộ, Vụ Kế hoạch - Tài\nchính**\n"
            "1. Vụ Tổ chức cán bộ:\nCập nhật cơ cấu tổ chức trên Hệ thống.\n"
            "2. Vụ Kế hoạch - Tài chính: Bố trí kinh phí duy trì Hệ thống.\n"
            "**Điều 3. Trách nhiệm của Thanh tra Bộ**\nĐưa nội dung chấp hành Quy chế vào kế hoạch thanh tra.\n"
            "**Điều 4. Trách nhiệm của thủ trưởng các cơ quan, đơn vị thuộc Bộ**\n"
            "Chỉ đạo thực hiện nghiêm Quy chế này.\n")
    doc = TT_RESP_TXT.split("Điều 1.")[0] + "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định.\n" + body
    rec = parse_bytes(doc.encode(), "qc.md")
    assert _units(rec) == [("Điều 2", "Vụ Tổ chức cán bộ"), ("Điều 2", "Vụ Kế hoạch - Tài chính"),
                           ("Điều 2.1", "Vụ Tổ chức cán bộ"), ("Điều 2.2", "Vụ Kế hoạch - Tài chính"),
                           ("Điều 3", "Thanh tra Bộ"), ("Điều 4", "các cơ quan, đơn vị thuộc Bộ")]


TVPL_APPENDIX_MD = """\
**ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN**

Số: 2456/KH-UBND

**KẾ HOẠCH**

**Triển khai thi hành Luật Đường bộ**

**I. NHIỆM VỤ**

1. Xây dựng, trình ban hành văn
bản quy định chi tiết thuộc thẩm quyền của địa phương
Sở Giao thông vận tải, Công an tỉnh, Sở Tài
chính theo lĩnh vực được giao chủ trì tham mưu xây dựng các văn bản quy định chi tiết.

**II. TỔ CHỨC THỰC HIỆN**

Sở Giao thông vận tải theo dõi, đôn đốc./.
|
**PHỤ LỤC**
DANH
MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT VÀ NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT ĐƯỜNG BỘ
*(Kèm theo Kế hoạch số 2456/KH-UBND ngày 21/10/2024 của UBND tỉnh Thái Nguyên)*
|
**STT**
|
**Nội dung nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời hạn trình**
|
|
1
|
Quy định phân cấp
quản lý đối với hệ thống đường tỉnh
|
Sở Giao thông vận tải
|
Sở Tư pháp, Sở
Tài chính
|
Tháng 12/2024
|
|
2
|
Nghị quyết quy định
mức thu phí sử dụng tạm thời lòng đường
|
Sở Tài chính
|
Sở Xây dựng
|
Quý I/2025
|
"""


def test_thuvienphapluat_appendix_titled_inside_the_layout_bars_and_a_lead_under_a_wrapped_heading():
    rec = parse_bytes(TVPL_APPENDIX_MD.encode(), "tvpl_kh.md")
    assert _tasks(rec) == [
        # the line under the heading names who leads, within its remit
        ("I.1", ("Sở Giao thông vận tải", "Công an tỉnh", "Sở Tài chính"), (), None),
        ("PL.1", ("Sở Giao thông vận tải",), ("Sở Tư pháp", "Sở Tài chính"), "Tháng 12/2024"),
        ("PL.2", ("Sở Tài chính",), ("Sở Xây dựng",), "Quý I/2025"),
    ]


def test_an_allocation_of_money_per_body_beside_the_task_table_gives_no_tasks():
    # "| STT | Đơn vị | Nội dung | Kinh phí phân bổ |": what each body gets, no time nor partners of work
    allocation = ("**PHỤ LỤC II**\nPHÂN BỔ KINH PHÍ\n|\n**STT**\n|\n**Đơn vị**\n|\n**Nội dung**\n|\n"
                  "**Kinh phí phân bổ**\n|\n|\n1\n|\nSở Giao thông vận tải\n|\nBảo trì đường tỉnh\n|\n12.500\n|\n|\n")
    rec = parse_bytes((TVPL_APPENDIX_MD.replace("**PHỤ LỤC**", "**PHỤ LỤC I**") + allocation).encode(), "tvpl_kh.md")
    assert [t.id for t in rec.tasks] == ["I.1", "PL.1", "PL.2"]


def test_an_appendix_of_tables_each_under_its_numbered_caption_groups_their_rows():
    # "**I. NHIỆM VỤ VỀ THỂ CHẾ** ⏎ | STT | … ⏎ **II. NHIỆM VỤ TUYÊN TRUYỀN** ⏎ | STT | …": the same header again after a
    # caption is a table of its own, its rows the caption's group
    first, header_rows = TVPL_APPENDIX_MD.split("*(Kèm theo Kế hoạch số 2456/KH-UBND ngày 21/10/2024 của UBND tỉnh Thái "
                                                "Nguyên)*\n")
    header = header_rows.split("|\n1\n")[0]
    plan = (first + "*(Kèm theo Kế hoạch số 2456/KH-UBND ngày 21/10/2024 của UBND tỉnh Thái Nguyên)*\n"
            + "**I. NHIỆM VỤ VỀ THỂ CHẾ**\n" + header_rows
            + "|\n**II. NHIỆM VỤ TUYÊN TRUYỀN, PHỔ BIẾN**\n" + header
            + "|\n1\n|\nTổ chức hội nghị phổ biến Luật Đường bộ\n|\nSở Tư pháp\n|\nSở Giao thông vận tải\n|\nQuý I/2025\n|\n|\n")
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert [t.id for t in rec.tasks] == ["I.1", "PL.I.1", "PL.I.2", "PL.II.1"]


def test_a_tables_lettered_rows_under_a_numbered_heading_row_take_its_number_and_their_letter():
    # "| 1 | Xây dựng cơ sở dữ liệu |" over "| a | … |", "| b | … |": the heading gives way, its rows are 1.a, 1.b
    table = ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Xây dựng cơ sở dữ liệu pháp luật |  |  |  |\n"
             "| a | Rà soát, chuẩn hóa dữ liệu văn bản quy phạm pháp luật | Sở Tư pháp | Văn phòng UBND tỉnh | Quý II/2026 |\n"
             "| b | Xây dựng bộ dữ liệu hỏi đáp pháp luật | Sở Tư pháp | Sở Khoa học và Công nghệ | Quý IV/2026 |\n"
             "| 2 | Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến | Sở Tư pháp | Tỉnh đoàn | Năm 2026 |\n")
    rec = _with_appendix(table, "tb.md")
    assert [t.id for t in rec.tasks if t.source == "row"] == ["PL.1.a", "PL.1.b", "PL.2"]


def test_a_schedule_of_meetings_beside_the_task_table_gives_no_tasks():
    # "| TT | Thời gian | Nội dung | Thành phần | Địa điểm |": when, where and who attends, no one leading: a
    # schedule, no table of tasks (and the one appendix of tasks keeps its ids "PL.…")
    schedule = ("**PHỤ LỤC II**\nLỊCH GIAO BAN ĐỊNH KỲ\n|\n**TT**\n|\n**Thời gian**\n|\n**Nội dung**\n|\n**Thành phần**\n|\n"
                "**Địa điểm**\n|\n|\n1\n|\nTuần 2 tháng 10/2024\n|\nGiao ban triển khai Kế hoạch năm học\n|\n"
                "Lãnh đạo Sở, các phòng chuyên môn\n|\nTrụ sở Sở\n|\n")
    rec = parse_bytes((TVPL_APPENDIX_MD.replace("**PHỤ LỤC**", "**PHỤ LỤC I**") + schedule).encode(), "tvpl_kh.md")
    assert [t.id for t in rec.tasks] == ["I.1", "PL.1", "PL.2"]


def test_a_group_row_whose_lead_cell_names_a_body_makes_it_the_groups_unit():
    # "| I | Văn bản quy định chi tiết | Sở Giao thông vận tải | | |": the group's topic, given to the body its lead
    # cell names (its rows' leads left empty or their own)
    plan = TVPL_APPENDIX_MD.replace("|\n|\n1\n|\nQuy định phân cấp",
                                    "|\n|\nI\n|\nVăn bản quy định chi tiết\n|\nSở Giao thông vận tải\n|\n|\n|\n"
                                    "|\n1\n|\nQuy định phân cấp")
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert ("PL.I", "Sở Giao thông vận tải") in _units(rec)
    assert [t.id for t in rec.tasks] == ["I.1", "PL.I.1", "PL.I.2"]


def test_a_page_tables_group_title_without_a_label_written_once_over_its_columns():
    # "| (empty STT) | Nhóm văn bản quy định chi tiết |": the title spans the columns after the empty number cell,
    # written once — a group of its own (G1), not the last columns of a row run on from above
    plan = TVPL_APPENDIX_MD.replace("**Thời hạn trình**\n|\n|\n1\n",
                                    "**Thời hạn trình**\n|\n|\n|\nNhóm văn bản quy định chi tiết\n|\n|\n1\n")
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert [t.id for t in rec.tasks] == ["I.1", "PL.G1.1", "PL.G1.2"]
    assert rec.tasks[1].lead == ("Sở Giao thông vận tải",)


def test_a_page_table_whose_first_bar_was_lost_is_read_whole():
    # "*(Kèm theo …)* ⏎ **STT** ⏎ | ⏎ **Nội dung nhiệm vụ** ⏎ |": the header's first cell without the bar before it
    plan = TVPL_APPENDIX_MD.replace("UBND tỉnh Thái Nguyên)*\n|\n**STT**", "UBND tỉnh Thái Nguyên)*\n**STT**").replace(
        "đôn đốc./.\n|\n**PHỤ LỤC**", "đôn đốc./.\n**PHỤ LỤC**")
    assert "Nguyên)*\n**STT**" in plan and "./.\n**PHỤ LỤC**" in plan
    rec = parse_bytes(plan.encode(), "tvpl_kh.md")
    assert [(t.id, t.lead) for t in rec.tasks[1:]] == [("PL.1", ("Sở Giao thông vận tải",)), ("PL.2", ("Sở Tài chính",))]


def test_enacting_formula_on_the_line_after_the_last_cue_is_no_part_of_its_paragraph():
    plan = ("BỘ Y TẾ\nSố: 152/KH-BYT\nHà Nội, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\nTriển khai thi hành Luật Dân số\n"
            "________\n\nCăn cứ Luật Dân số số 113/2025/QH15 ngày 10 tháng 12 năm 2025;\n"
            "Theo đề nghị của Cục trưởng Cục Dân số;\n"
            "Bộ trưởng Bộ Y tế ban hành Kế hoạch triển khai thi hành Luật Dân số như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời Luật Dân số.\n")
    rec = parse_bytes(plan.encode(), "kh.congbao.txt")
    got = [(r.relation, r.number or r.name) for r in rec.references]
    # the plan's title line implements the law; the formula names it again, as a cite
    assert got[:3] == [("implements", "Dân số"), ("legal_basis", "113/2025/QH15"), ("cites", "Dân số")]


def test_markdown_table_whose_merged_cells_are_written_empty_and_a_long_row_that_names_columns():
    table = ("| TT | Thời gian hoàn thành | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm |\n"
             "|---|---|---|---|---|---|\n"
             "| 1 | Quý IV/2025 | Rà soát, cắt giảm chế độ báo cáo định kỳ | Vụ Pháp chế | Văn phòng Bộ | Quyết định |\n"
             "|   | Năm 2026 | Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ |   |"
             "   | Hồ sơ được số hóa |\n")
    rec = _with_appendix(table, "tb.md")
    assert _tasks(rec) == [("PL.1.1", ("Vụ Pháp chế",), ("Văn phòng Bộ",), "Quý IV/2025"),
                           ("PL.1.2", ("Vụ Pháp chế",), ("Văn phòng Bộ",), "Năm 2026")]


_TVPL_PLAN_ITEM_1 = ("1. Xây dựng, trình ban hành văn\nbản quy định chi tiết thuộc thẩm quyền của địa phương\nSở Giao "
                     "thông vận tải, Công an tỉnh, Sở Tài\nchính theo lĩnh vực được giao chủ trì tham mưu xây dựng các "
                     "văn bản quy định chi tiết.")


def _plan_item_one_tasks(item: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    """The tasks of TVPL_APPENDIX_MD's plan, without its appendix, with ``item`` in place of its item 1."""
    plan = TVPL_APPENDIX_MD.split("|\n**PHỤ LỤC**")[0].replace(_TVPL_PLAN_ITEM_1, item)
    return _tasks(parse_bytes(plan.encode(), "kh.md"))


def test_partners_named_after_a_task_that_speaks_of_coordination_itself():
    assert _plan_item_one_tasks(
        "1. Xây dựng Quy chế phối hợp giữa lực lượng quân sự, công an, biên phòng trong tìm kiếm cứu nạn. Bộ Chỉ huy "
        "Quân sự tỉnh chủ trì, phối hợp với Công an tỉnh, Bộ\nChỉ huy Bộ đội Biên phòng tỉnh thực hiện.") == [
        ("I.1", ("Bộ Chỉ huy Quân sự tỉnh",), ("Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), None)]


def test_partners_labelled_inside_a_bracket_end_with_the_bracket():
    assert _plan_item_one_tasks(
        "1. Nghiên cứu, xây dựng chính sách hỗ trợ doanh nghiệp đầu tư công nghệ tái chế (Sở Công Thương chủ trì; "
        "phối hợp: Sở Tài chính, Sở Kế\nhoạch và Đầu tư), trình Ủy ban nhân dân tỉnh xem xét. Thời gian: Năm 2025.") == [
        ("I.1", ("Sở Công Thương",), ("Sở Tài chính", "Sở Kế hoạch và Đầu tư"), "Năm 2025")]


def test_site_editorial_notes_name_no_documents():
    body = ("Điều 1. Phạm vi điều chỉnh\nThông tư này quy định thủ tục miễn thuế theo Nghị định số 134/2016/NĐ-CP. "
            "[Khoản này được hướng dẫn bởi Công văn 4426/TCHQ-TXNK năm 2018]\n"
            "[Cụm từ \"Tổng cục Hải quan\" bị thay thế bởi Điểm a Khoản 1 Điều 2 Thông tư 20/2025/TT-BTC]\n")
    doc = TT_RESP_TXT.split("Điều 1.")[0] + body
    rec = parse_bytes(doc.encode(), "tt.txt")
    assert [r.number for r in rec.references if r.relation == "cites"] == ["134/2016/NĐ-CP"]


def test_provincial_cong_dien_whose_issuer_line_ends_in_a_capital_with_a_tone_mark():
    cd = CD2_TXT.replace("THỦ TƯỚNG CHÍNH PHỦ điện:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG\nTRỊ điện:").replace(
        "Mưa lũ đang diễn biến phức tạp.", "Thực hiện Công điện số 176/CĐ-TTg ngày 26/9/2025 của Thủ tướng Chính phủ.")
    rec = parse_bytes(cd.encode(), "cd.txt")
    # after the addressees, a "Thực hiện …" sentence cites what it carries out: a Công điện has no preamble
    assert [(r.relation, r.number) for r in rec.references] == [("cites", "176/CĐ-TTg")]


def test_party_plan_header_and_party_bodies_as_units():
    rec = parse_bytes(KH_DANG_TXT.encode(), "kh_dang.txt")
    # "Số 45-KH/TU" has no colon; the motto's capitals above the date are not the place
    assert rec.document.number == "45-KH/TU" and rec.document.place == "Quảng Ngãi"
    # the header's last line is the issuer, of the Đảng bộ's place above it, its parent
    assert rec.document.issuer == "Tỉnh ủy Quảng Ngãi" and rec.document.issuer_parent == "Đảng bộ tỉnh Quảng Ngãi"
    units = _units(rec)
    assert ("III.1", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy") in units
    assert ("III.3", "Đảng đoàn Hội đồng nhân dân tỉnh") in units
    assert [n for s, n in units if s == "III.5"] == ["Ủy ban Kiểm tra Tỉnh ủy", "các ban đảng Tỉnh ủy"]
    assert ("III.6", "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") in units
    # the recipients list after the last item is not part of it
    assert not any("Ban Bí thư" in n for _, n in units)


def test_regulation_chapter_of_responsibilities_with_article_per_agency():
    rec = parse_bytes(QC_TXT.encode(), "qc.txt")
    units = _units(rec)
    # an article titled by the body, or by its duties and powers, in a chapter of responsibilities
    assert [(s, n) for s, n in units if s in ("Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7")] == [
        ("Điều 3", "Sở Y tế"), ("Điều 4", "Sở Nông nghiệp và Môi trường"), ("Điều 5", "Sở Công Thương"),
        ("Điều 6", "Công an tỉnh"), ("Điều 7", "Ủy ban nhân dân các xã, phường")]
    # the decision's execution clause names no unit
    assert all("Văn phòng" not in n for _, n in units)


def test_conclusion_items_that_name_their_topic_first():
    rec = parse_bytes(TB_KL_TXT.encode(), "tb_kl.txt")
    units = _units(rec)
    # "2. Về công tác giải phóng mặt bằng: Ủy ban nhân dân các tỉnh Hưng Yên, Thái Bình …": one per place
    assert [n for s, n in units if s == "2"] == ["Ủy ban nhân dân tỉnh Hưng Yên", "Ủy ban nhân dân tỉnh Thái Bình"]
    assert ("3", "Bộ Nông nghiệp và Môi trường") in units
    # bullets of an item that name their topic first, then the assignee
    assert [n for s, n in units if s == "5"] == ["Bộ Xây dựng", "Bộ Tài chính"]
    assert ("6", "Tập đoàn Điện lực Việt Nam") in units
    # an appraisal ("1. Đánh giá cao …") and the closing "Văn phòng Chính phủ thông báo …" name none
    assert not [n for s, n in units if s in ("1", None)]


def test_conclusion_answers_to_requests_name_the_assignee_after_the_request():
    units = _units(parse_bytes(TB3_TXT.encode(), "tb3.txt"))
    # "1. Đề nghị của Sở Y tế về bổ sung biên chế: giao Sở Nội vụ nghiên cứu …"
    assert ("III.1", "Sở Nội vụ") in units and ("III.2", "Sở Tài chính") in units
    assert [n for s, n in units if s == "II.1"] == ["Sở Y tế"]


def test_answer_letter_quoting_a_law_asks_its_addressee_in_the_last_paragraph():
    rec = parse_bytes(CV_THUE_TXT.encode(), "cv_thue.txt")
    # the quoted law's "2." and "a)" are not the letter's items; the issuer narrating is no unit
    assert _units(rec) == [(None, "Thuế tỉnh Lào Cai")]
    numbers = [(m.type, m.number) for m in rec.references]
    assert ("Công văn", "545/CCTKV.VIII-CNTK") in numbers and ("Công văn", "09/HDTLMM/2025") in numbers
    # a law's number written after its name without "số"
    assert ("Luật", "13/2008/QH12") in numbers


def test_customs_notice_cites_the_application_it_answers():
    rec = parse_bytes(TB_HQ_TXT.encode(), "tb_hq.txt")
    proposals = [(m.type, m.number) for m in rec.references if m.relation == "proposal"]
    assert proposals == [("Đơn đề nghị", "0825-01/HW-TCHQ"), ("Đơn đề nghị", "002")]
    assert [m.relation for m in rec.references if m.relation == "legal_basis"] == ["legal_basis"] * 2


def test_decree_units_from_responsibility_titles_not_from_procedures():
    rec = parse_bytes(ND_HQ_TXT.encode(), "nd_hq.txt")
    # "Theo đề nghị của Bộ trưởng …, Chính phủ ban hành Nghị định … Luật Hải quan": the enacting
    # formula is no proposal, so the law it names is no base
    assert [(m.relation, m.name) for m in rec.references if m.relation != "cites"] == [
        ("legal_basis", "Tổ chức Chính phủ"), ("legal_basis", "Hải quan")]
    units = _units(rec)
    assert ("Điều 3.2", "Tổng cục Hải quan") in units
    assert ("Điều 4.1", "Bộ Tài chính") in units and ("Điều 4.2", "Ngân hàng Nhà nước Việt Nam") in units
    # a procedure's clauses ("Điều 2. Áp dụng quản lý rủi ro …") give no unit, nor tasks
    assert not [s for s, _ in units if s and s.startswith("Điều 2")]
    assert not rec.tasks


def test_page_layout_bars_around_a_formula_end_where_the_letters_text_resumes():
    from parsers.tables import render_pipes

    page = ("Tiền thuê phải nộp được tính:\n|\nTiền\nthuê đất\n|\n=\n|\nSố tiền\n|\nx\n|\nThời gian\n|\n|\n"
            "Thời hạn\n|\nĐồng thời, người sử dụng đất phải nộp tiền chậm nộp.\n"
            "Đề nghị Thuế tỉnh Lào Cai rà soát hồ sơ.\nCục Thuế trả lời để Thuế tỉnh Lào Cai được biết./.\n|\n"
            "Nơi nhận:\n- Như trên;")
    text, tables = render_pipes(page)
    # the formula is a table; the paragraphs closed by the letter's "./." are text, not its last cell
    assert len(tables) == 1 and "Đề nghị" not in text[tables[0].start : tables[0].end]
    assert "Đề nghị Thuế tỉnh Lào Cai" in text


# the header of a provincial plan, its number and title filled in
NGHEAN_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: {number}/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
{title}
"""

NGHEAN_SIGNATURE = """
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""

KH_AB_TXT = NGHEAN_PLAN.format(number=101, title="Thực hiện chuyển đổi số năm 2025") + """

I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ, GIẢI PHÁP
A. NHIỆM VỤ
1. Hoàn thiện thể chế, chính sách
a) Rà soát văn bản quy phạm pháp luật về chuyển đổi số.
- Sở Tư pháp chủ trì, phối hợp với các sở, ngành thực hiện.
- Thời gian: Quý II/2025.
b) Ban hành quy chế phối hợp giữa các cơ quan.
2. Phát triển chính quyền số phục vụ người dân và doanh nghiệp.
B. GIẢI PHÁP
1. Đổi mới công tác lãnh đạo, chỉ đạo về chuyển đổi số.
III. KINH PHÍ
Từ nguồn ngân sách nhà nước.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch.

""" + NGHEAN_SIGNATURE


def test_lettered_groups_inside_a_roman_section_and_bullets_that_only_name_the_lead():
    rec = parse_bytes(KH_AB_TXT.encode(), "kh_ab.txt")
    # "A. NHIỆM VỤ" / "B. GIẢI PHÁP" group II's items; IV still follows as its own section
    assert [t.id for t in rec.tasks] == ["II.A.1.a", "II.A.1.b", "II.A.2", "II.B.1"]
    # "- Sở Tư pháp chủ trì, phối hợp …" and "- Thời gian: …" are the fields of item a), not tasks
    first = rec.tasks[0]
    assert first.lead == ("Sở Tư pháp",) and first.support == ("các sở, ngành",) and first.deadline == "Quý II/2025"
    assert _units(rec) == [("IV.1", "Sở Nội vụ")]


KH_EVENT_TXT = NGHEAN_PLAN.format(number=102, title="Tổ chức Hội thi tìm hiểu pháp luật năm 2025") + """

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của cán bộ, công chức.
II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM
1. Nội dung: Tổ chức Hội thi tìm hiểu pháp luật về chuyển đổi số.
2. Thời gian: Tháng 5/2025.
3. Địa điểm: Hội trường Ủy ban nhân dân tỉnh.
III. NHIỆM VỤ
1. Xây dựng bộ câu hỏi thi
a) Rà soát các văn bản pháp luật về chuyển đổi số.
b) Biên soạn đáp án và thang điểm.
2. Thời gian thực hiện
Quý II năm 2025.

""" + NGHEAN_SIGNATURE


def test_event_arrangements_and_a_heading_line_above_its_text_are_no_tasks():
    rec = parse_bytes(KH_EVENT_TXT.encode(), "kh_event.txt")
    # "2. Thời gian: …", "3. Địa điểm: …" are the event's arrangements; "2. Thời gian thực hiện⏎Quý II …"
    # is a roadmap heading whose text is on the next line
    assert [t.id for t in rec.tasks] == ["II.1", "III.1.a", "III.1.b"]


PL_WHO_MD = NGHEAN_PLAN.format(number=103, title="Thực hiện chuyển đổi số năm 2025") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.

II. NHIỆM VỤ
Chi tiết tại Phụ lục kèm theo.

**PHỤ LỤC**

**DANH MỤC NHIỆM VỤ**

| STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian |
|---|---|---|---|
| 1 | Xây dựng kế hoạch chuyển đổi số | Chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính | Quý I/2025 |
| 2 | Kiểm tra việc thực hiện kế hoạch | Sở Nội vụ chủ trì, phối hợp Các Sở: Tư pháp, Y tế | Quý IV/2025 |
| 3 | Tập huấn kỹ năng số cho cán bộ | Sở Nội vụ (chủ trì), Sở Tài chính (phối hợp) | Năm 2025 |

III. NHIỆM VỤ CỤ THỂ
1. Rà soát thủ tục hành chính. Sở Tài chính chủ trì; Sở Nội vụ, Sở Tư pháp phối hợp thực hiện.
2. Kiểm tra, giám sát việc thực hiện kế hoạch. Giao: Sở Nội vụ.
""" + NGHEAN_SIGNATURE


def test_one_column_naming_lead_and_partners_and_a_shared_list_in_a_cell():
    rec = parse_bytes(PL_WHO_MD.encode(), "pl_who.md")
    got = {t.id: (t.lead, t.support) for t in rec.tasks}
    assert got["PL.1"] == (("Sở Nội vụ",), ("Sở Tài chính",))
    assert got["PL.2"] == (("Sở Nội vụ",), ("Sở Tư pháp", "Sở Y tế"))
    assert got["PL.3"] == (("Sở Nội vụ",), ("Sở Tài chính",))  # roles in brackets
    # the partners named before "phối hợp", in a clause of their own
    assert got["III.1"] == (("Sở Tài chính",), ("Sở Nội vụ", "Sở Tư pháp"))
    assert got["III.2"] == (("Sở Nội vụ",), ())  # "Giao: …" as a label


PL_PROJECTS_MD = NGHEAN_PLAN.format(number=104, title="Đầu tư hạ tầng số giai đoạn 2025-2030") + """
I. MỤC ĐÍCH
Đầu tư đồng bộ hạ tầng số.

II. NHIỆM VỤ
Chi tiết tại các Phụ lục kèm theo.

**PHỤ LỤC I**

**DANH MỤC DỰ ÁN**

| STT | Tên dự án | Tổng mức đầu tư | Thời gian thực hiện |
|---|---|---|---|
| 1 | Trung tâm dữ liệu tỉnh | 120 tỷ đồng | 2025-2027 |
| 2 | Mạng truyền số liệu chuyên dùng | 40 tỷ đồng | 2026-2028 |

**PHỤ LỤC II**

**PHÂN CÔNG THỰC HIỆN**

| STT | Dự án | Cơ quan chủ trì | Thời gian thực hiện |
|---|---|---|---|
| 1 | Nền tảng dữ liệu dùng chung | Sở Khoa học và Công nghệ | 2025-2026 |
""" + NGHEAN_SIGNATURE


def test_a_list_of_projects_with_budgets_is_no_task_table_one_naming_who_leads_is():
    rec = parse_bytes(PL_PROJECTS_MD.encode(), "pl_projects.md")
    assert [(t.text, t.lead) for t in rec.tasks] == [("Nền tảng dữ liệu dùng chung", ("Sở Khoa học và Công nghệ",))]


TB_TOPICS_TXT = NATIONAL_NOTICE.format(
    issuer="VĂN PHÒNG CHÍNH PHỦ", number="600/TB-VPCP", date="10 tháng 11 năm 2025",
    title="Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về các dự án giao thông") + """

Ngày 05 tháng 11 năm 2025, Phó Thủ tướng Chính phủ chủ trì cuộc họp về các dự án giao thông. Sau khi nghe báo cáo,
Phó Thủ tướng Chính phủ kết luận như sau:
1. Về dự án đường bộ cao tốc Quảng Ngãi - Hoài Nhơn
Giao Bộ Xây dựng chủ trì, phối hợp với các địa phương đẩy nhanh tiến độ.
Ủy ban nhân dân tỉnh Quảng Ngãi khẩn trương hoàn thành giải phóng mặt bằng.
2. Về dự án đường sắt tốc độ cao trên trục Bắc - Nam, đề nghị bổ sung vốn chuẩn bị đầu tư năm 2026 của các địa phương
Đề nghị Ủy ban nhân dân các tỉnh rà soát nhu cầu vốn, gửi Bộ Tài chính trước ngày 30 tháng 11 năm 2025.
Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, CN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn D
"""


def test_conclusion_items_whose_decision_opens_the_line_under_their_topic():
    units = _units(parse_bytes(TB_TOPICS_TXT.encode(), "tb_topics.txt"))
    # "1. Về dự án …" on a line of its own, "Giao Bộ Xây dựng …" on the next, even after a long topic
    assert units == [("1", "Bộ Xây dựng"), ("1", "Ủy ban nhân dân tỉnh Quảng Ngãi"), ("2", "Ủy ban nhân dân các tỉnh")]


def test_a_copy_marks_where_the_signature_was():
    doc = NGHEAN_PLAN.format(number=105, title="Thực hiện chuyển đổi số") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Nguyễn Văn An
"""
    assert parse_bytes(doc.encode(), "signed.txt").document.signer == "Nguyễn Văn An"


def test_a_party_committee_named_with_its_place_keeps_the_places_capitals():
    doc = """TỈNH ỦY QUẢNG NGÃI
*
Số 46-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ngãi, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc.

Nơi nhận:
- Lưu: VT.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Đặng Ngọc Dũng
"""
    assert parse_bytes(doc.encode(), "kh_tu.txt").document.issuer == "Tỉnh ủy Quảng Ngãi"


# the header of a provincial committee's document of any kind
PROVINCIAL = """\
ỦY BAN NHÂN DÂN
TỈNH {province}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 10 tháng 3 năm 2025

{kind}
{title}
"""

CT_FIRE_TXT = PROVINCIAL.format(province="TUYÊN QUANG", place="Tuyên Quang", number="05/CT-UBND", kind="CHỈ THỊ",
                                title="Về việc tăng cường công tác phòng, chống cháy rừng") + """

Trong những năm qua, công tác phòng cháy rừng trên địa bàn tỉnh đã đạt được nhiều kết quả. Tuy nhiên, tình hình cháy rừng vẫn diễn biến phức tạp.
Để chủ động phòng ngừa, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố:
a) Quán triệt, triển khai thực hiện nghiêm các quy định về phòng cháy rừng.
b) Kiện toàn Ban Chỉ đạo phòng cháy rừng các cấp.
2. Sở Nông nghiệp và Môi trường
Chỉ đạo Chi cục Kiểm lâm tăng cường tuần tra, kiểm soát.
3. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: Chỉ đạo lực lượng sẵn sàng tham gia chữa cháy rừng.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền, vận động nhân dân.
5. Giao Sở Nông nghiệp và Môi trường theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố nghiêm túc thực hiện Chỉ thị này./.

Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn Sơn
"""


def test_directive_item_whose_unit_passes_work_on_in_its_paragraph():
    units = _units(parse_bytes(CT_FIRE_TXT.encode(), "ct_fire.txt"))
    # "2. Sở Nông nghiệp và Môi trường ⏎ Chỉ đạo Chi cục Kiểm lâm …": the department's duty, not a unit
    assert ("2", "Sở Nông nghiệp và Môi trường") in units and not any("Kiểm lâm" in n for _, n in units)
    assert [n for s, n in units if s == "3"] == ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]
    # the closing demand names no unit
    assert not [n for s, n in units if s is None]


def test_item_markers_written_with_hyphens_or_brackets():
    doc = NGHEAN_PLAN.format(number=106, title="Thực hiện chuyển đổi số") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ
1. Hoàn thiện thể chế
1.1- Rà soát văn bản quy phạm pháp luật về chuyển đổi số.
1.2- Ban hành quy chế quản lý nền tảng dùng chung.
2. Phát triển hạ tầng
a- Nâng cấp mạng truyền số liệu chuyên dùng.
b- Phủ sóng 5G tại các khu công nghiệp.
3. Phát triển nhân lực
(a) Đào tạo kỹ năng số cho cán bộ, công chức.
(b) Bồi dưỡng đội ngũ chuyên gia.
4. Chính quyền số
4.1) Triển khai dịch vụ công trực tuyến toàn trình.
4.2) Số hóa hồ sơ, kết quả giải quyết thủ tục.
""" + NGHEAN_SIGNATURE
    ids = [t.id for t in parse_bytes(doc.encode(), "markers.txt").tasks]
    assert ids == ["II.1.1", "II.1.2", "II.2.a", "II.2.b", "II.3.a", "II.3.b", "II.4.1", "II.4.2"]


def test_heading_names_end_where_the_next_line_opens_their_text():
    doc = NGHEAN_PLAN.format(number=107, title="Thực hiện chuyển đổi số") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng UBND tỉnh: theo dõi, tổng hợp kết quả.
2. Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh
Mở chuyên trang, chuyên mục về chuyển đổi số.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh
Tuyên truyền, vận động hội viên tham gia.
4. Ủy ban nhân dân tỉnh
Tuyên Quang phối hợp thực hiện.
5. Sở Giáo dục và
Đào tạo hướng dẫn các trường học.
""" + NGHEAN_SIGNATURE
    units = parse_bytes(doc.encode(), "heading_lines.txt").units
    assert [(u.section, u.name) for u in units] == [
        ("II.1", "Văn phòng UBND tỉnh"), ("II.2", "Báo Nghệ An"), ("II.2", "Đài Phát thanh và Truyền hình tỉnh"),
        ("II.3", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), ("II.3", "các tổ chức chính trị - xã hội tỉnh"),
        ("II.4", "Ủy ban nhân dân tỉnh Tuyên Quang"), ("II.5", "Sở Giáo dục và Đào tạo")]
    # the text after a name, on its line or the next, is its duty
    assert units[0].duties[0].text == "theo dõi, tổng hợp kết quả."
    assert units[2].duties[0].text.startswith("Mở chuyên trang")


def test_a_heading_of_titles_whose_line_ends_on_a_title_goes_on_with_its_body():
    # "3. Giám đốc Sở Y tế, Giám đốc ⏎ Viễn thông Nghệ An": the second title's body is on the next line
    doc = NGHEAN_PLAN.format(number=108, title="Tổ chức Kỳ thi tuyển sinh năm 2025") + """
I. MỤC ĐÍCH
Tổ chức kỳ thi an toàn.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng UBND tỉnh: theo dõi, tổng hợp kết quả.
2. Đề nghị Giám đốc Công an tỉnh, Giám đốc Sở Y tế, Giám đốc
Viễn thông Nghệ An, Giám đốc Bưu điện tỉnh Nghệ An
- Công an tỉnh bảo đảm an ninh tại các điểm thi.
""" + NGHEAN_SIGNATURE
    units = parse_bytes(doc.encode(), "heading_titles.txt").units
    assert [u.name for u in units if u.section == "II.2"][:4] == [
        "Công an tỉnh", "Sở Y tế", "Viễn thông Nghệ An", "Bưu điện tỉnh Nghệ An"]



TB_VPCP_TXT = NATIONAL_NOTICE.format(
    issuer="VĂN PHÒNG CHÍNH PHỦ", number="120/TB-VPCP", date="10 tháng 3 năm 2025",
    title="Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về dự án đường sắt") + """
Sau khi nghe báo cáo, Phó Thủ tướng Chính phủ kết luận như sau:

1. Về tiến độ dự án:
- Bộ Xây dựng chỉ đạo chủ đầu tư đẩy nhanh tiến độ.
- Đề nghị Ủy ban nhân dân Thành phố Hồ Chí Minh tập trung giải phóng mặt bằng.
2. Về vốn:
Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan cân đối vốn.
Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng bố trí vốn vay.
Ủy ban nhân dân các tỉnh có dự án đi qua chỉ đạo các xã bàn giao mặt bằng.
3. Tập đoàn Điện lực Việt Nam, Tập đoàn Công nghiệp - Viễn thông Quân đội khẩn trương di dời hạ tầng.

Văn phòng Chính phủ thông báo để các Bộ, cơ quan, địa phương liên quan biết, thực hiện./.

""" + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Nguyễn Văn A")


def test_conclusion_bullets_under_a_topic_and_bodies_that_hand_work_to_their_own():
    units = _units(parse_bytes(TB_VPCP_TXT.encode(), "tb_vpcp.txt"))
    # each bullet under "1. Về tiến độ dự án:" names its own unit; a body that directs its own
    # ("… chỉ đạo các tổ chức tín dụng …") is a unit — only the issuer or the authority over the
    # bodies it names hands the work on; a state group's name holds its hyphen; places named by the projects
    # they have are those places' committees
    assert units == [
        ("1", "Bộ Xây dựng"), ("1", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("2", "Bộ Tài chính"), ("2", "Ngân hàng Nhà nước Việt Nam"), ("2", "Ủy ban nhân dân các tỉnh có dự án đi qua"),
        ("3", "Tập đoàn Điện lực Việt Nam"), ("3", "Tập đoàn Công nghiệp - Viễn thông Quân đội")]


_TB_VPCP_ITEM_3 = "3. Tập đoàn Điện lực Việt Nam, Tập đoàn Công nghiệp - Viễn thông Quân đội khẩn trương di dời hạ tầng."


def _item_three_units(item: str) -> list[str]:
    """The units of the notice TB_VPCP_TXT with ``item`` in place of its item 3, in that item."""
    units = _units(parse_bytes(TB_VPCP_TXT.replace(_TB_VPCP_ITEM_3, item).encode(), "tb_vpcp.txt"))
    return [n for s, n in units if s == "3"]


def test_a_heading_of_places_sharing_a_committee_gives_each_place_after_and_its_level():
    assert _item_three_units(
        "3. Ủy ban nhân dân thành phố Cần Thơ, tỉnh Đồng Tháp và tỉnh Tây\nNinh (các địa phương có tuyến cao tốc"
        " đi qua):\n- Bảo đảm đủ nguồn cát đắp nền cho các dự án.") == [
        "Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Tây Ninh"]


def test_a_conclusions_topic_about_the_situation_still_assigns_work():
    # "1. Về tình hình …" names a topic, not a situation section: its bullets name units
    text = TB_VPCP_TXT.replace("1. Về tiến độ dự án:", "1. Về tình hình giải ngân vốn đầu tư công:")
    units = _units(parse_bytes(text.encode(), "tb_vpcp.txt"))
    assert units[:2] == [("1", "Bộ Xây dựng"), ("1", "Ủy ban nhân dân Thành phố Hồ Chí Minh")]


def test_items_that_list_what_their_work_covers_and_work_named_with_a_role_word_inside():
    doc = NGHEAN_PLAN.format(number=108, title="Thực hiện chuyển đổi số năm 2025") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ
1. Tuyên truyền các nội dung sau:
a) Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về chuyển đổi số;
b) Kết quả thực hiện chuyển đổi số của tỉnh.
2. Xây dựng cơ sở dữ liệu, gồm:
- Cơ sở dữ liệu dân cư;
- Cơ sở dữ liệu đất đai.
3. Thực hiện các nhiệm vụ sau:
a) Tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ.
b) Xây dựng tài liệu hướng dẫn.
4. Bảo đảm kinh phí
Từ nguồn ngân sách nhà nước.
""" + NGHEAN_SIGNATURE
    tasks = parse_bytes(doc.encode(), "contents.txt").tasks
    # a list of what the work covers is the item's text; a list of work gives one task each; "cơ sở
    # dữ liệu" is no "cơ sở" (basis) section, while "Bảo đảm kinh phí" is the plan's funding
    assert [t.id for t in tasks] == ["II.1", "II.2", "II.3.a", "II.3.b"]
    assert "Kết quả thực hiện" in tasks[0].text


def test_bases_listed_numbered_under_a_cue_line():
    doc = NGHEAN_PLAN.format(number=109, title="Thực hiện chuyển đổi số năm 2025") + """
Căn cứ vào:
1. Luật Ngân sách nhà nước ngày 25/6/2015;
2. Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ.
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ
1. Rà soát văn bản quy phạm pháp luật về chuyển đổi số.
""" + NGHEAN_SIGNATURE
    rec = parse_bytes(doc.encode(), "listed_bases.txt")
    bases = [(r.number or r.name) for r in rec.references if r.relation == "legal_basis"]
    assert bases == ["Ngân sách nhà nước", "163/2016/NĐ-CP"]
    assert [t.id for t in rec.tasks] == ["II.1"]


def test_the_agency_marked_to_lead_and_the_others_named_with_it_as_partners():
    doc = PL_WHO_MD.replace("| 3 | Tập huấn kỹ năng số cho cán bộ |", "| 4 | Số hóa hồ sơ | Sở Tư pháp, Sở Y tế (chủ trì), "
                            "Công an tỉnh | Năm 2025 |\n| 3 | Tập huấn kỹ năng số cho cán bộ |").replace(
        "2. Kiểm tra, giám sát", "3. Số hóa hồ sơ. Đơn vị thực hiện: Sở Y tế (chủ trì), Sở Tài chính, Sở Nội vụ.\n"
                                "2. Kiểm tra, giám sát")
    got = {t.id: (t.lead, t.support) for t in parse_bytes(doc.encode(), "marked.md").tasks}
    assert got["PL.4"] == (("Sở Y tế",), ("Sở Tư pháp", "Công an tỉnh"))
    assert got["III.3"] == (("Sở Y tế",), ("Sở Tài chính", "Sở Nội vụ"))


def test_lettered_or_numbered_fields_of_a_task_are_not_tasks():
    doc = NGHEAN_PLAN.format(number=110, title="Thực hiện chuyển đổi số năm 2025") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ
1. Xây dựng cơ sở dữ liệu dân cư
a) Nội dung: Xây dựng, cập nhật cơ sở dữ liệu dân cư của tỉnh.
b) Cơ quan chủ trì: Công an tỉnh.
c) Cơ quan phối hợp: Sở Tư pháp, Sở Y tế.
d) Thời gian thực hiện: Năm 2025.
đ) Sản phẩm: Cơ sở dữ liệu được vận hành.
2. Đào tạo nhân lực số
2.1. Nội dung: Tổ chức các lớp bồi dưỡng.
2.2. Đơn vị thực hiện: Sở Nội vụ.
2.3. Thời hạn hoàn thành: Quý IV/2025.
""" + NGHEAN_SIGNATURE
    tasks = parse_bytes(doc.encode(), "fields.txt").tasks
    assert [(t.id, t.lead, t.support, t.deadline) for t in tasks] == [
        ("II.1", ("Công an tỉnh",), ("Sở Tư pháp", "Sở Y tế"), "Năm 2025"),
        ("II.2", ("Sở Nội vụ",), (), "Quý IV/2025")]


def test_sections_headed_without_numbers():
    doc = NGHEAN_PLAN.format(number=111, title="Thực hiện chuyển đổi số năm 2025") + """
MỤC ĐÍCH, YÊU CẦU
1. Đẩy mạnh chuyển đổi số.
2. Bảo đảm hiệu quả, thiết thực.

NHIỆM VỤ
1. Rà soát thủ tục hành chính.
2. Số hóa hồ sơ, kết quả giải quyết thủ tục.

GIẢI PHÁP
1. Tăng cường kiểm tra, giám sát.

## TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì triển khai Kế hoạch.
2. Sở Tài chính bố trí kinh phí.
""" + NGHEAN_SIGNATURE
    rec = parse_bytes(doc.encode(), "captions.md")
    # capitals (or a markdown heading) name the section's role; its items are numbered from 1; a
    # second list counting from 1 keeps its tasks apart
    assert [t.id for t in rec.tasks] == ["1", "2", "1~2"]
    assert rec.tasks[2].text.startswith("Tăng cường")
    assert _units(rec) == [("1", "Sở Y tế"), ("2", "Sở Tài chính")]


def test_a_notice_whose_section_names_the_tasks_ahead_gives_units_not_tasks():
    doc = TB_VPCP_TXT.replace("""1. Về tiến độ dự án:""", """I. ĐÁNH GIÁ CHUNG
Các Bộ, ngành đã tích cực triển khai.
II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI
1. Về tiến độ dự án:""")
    rec = parse_bytes(doc.encode(), "tb_tasks.txt")
    # the instructions of a notice, a directive or a letter are no plan's tasks: their agencies are units
    assert rec.tasks == []
    assert ("II.1", "Bộ Xây dựng") in _units(rec) and ("II.2", "Ngân hàng Nhà nước Việt Nam") in _units(rec)


LAYOUT_TXT = """\
   UBND TỈNH THANH HÓA                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        VĂN PHÒNG                               Độc lập - Tự do - Hạnh phúc

   Số: 412/TB-VPUBND                       Thanh Hóa, ngày 09 tháng 9 năm 2024
V/v tiến độ dự án đường giao thông

                                    THÔNG BÁO
      Ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án

     1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính hoàn thiện hồ sơ trước ngày 30/9/2024.
     Văn phòng UBND tỉnh thông báo để các đơn vị biết, thực hiện./.

Nơi nhận:                                            KT. CHÁNH VĂN PHÒNG
- Sở Xây dựng;                                        PHÓ CHÁNH VĂN PHÒNG
- Sở Tài chính;
- Lưu: VT.



                                                       Trịnh Minh Đức
"""

MD_BR = """\
| VĂN PHÒNG CHÍNH PHỦ<br>-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>--------------- |
| --- | --- |
| Số: 287/TB-VPCP | _Hà Nội, ngày 18 tháng 7 năm 2023_ |

**THÔNG BÁO**

**KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ NHÀ Ở XÃ HỘI**

_Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ;_

1. Bộ Xây dựng chủ trì hoàn thiện dự thảo Nghị định, trình Chính phủ trước ngày 15 tháng 8 năm 2023.

Văn phòng Chính phủ thông báo để các bộ, cơ quan liên quan biết, thực hiện./.

| _Nơi nhận:_<br>- Các Bộ: XD, TC;<br>- Lưu: VT, CN (2). | **KT. BỘ TRƯỞNG, CHỦ NHIỆM<br>PHÓ CHỦ NHIỆM<br><br><br>Đỗ Hoàng Nam** |
| --- | --- |
"""


def test_header_and_signature_printed_in_two_columns_and_markdown_line_breaks():
    # "pdftotext -layout": the issuer and the motto, the number and the date, the recipients and the
    # signature side by side
    doc = parse_bytes(LAYOUT_TXT.encode(), "layout.txt").document
    assert (doc.issuer, doc.number, doc.issued, doc.place, doc.signer) == (
        "Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa", "412/TB-VPUBND", "2024-09-09", "Thanh Hóa", "Trịnh Minh Đức")
    # a transcription with "<br>" inside its table cells and "_…_" emphasis
    rec = parse_bytes(MD_BR.encode(), "br.md")
    assert (rec.document.issuer, rec.document.place, rec.document.signer) == (
        "Văn phòng Chính phủ", "Hà Nội", "Đỗ Hoàng Nam")
    assert [(r.relation, r.number) for r in rec.references][:1] == [("legal_basis", "39/2022/NĐ-CP")]


def test_places_listed_under_their_level_private_companies_and_a_law_before_another_type():
    doc = TB_VPCP_TXT.replace("3. Tập đoàn Điện lực Việt Nam", """3. UBND các huyện: Thọ Xuân, Triệu Sơn tập trung giải phóng mặt bằng.
4. Công ty cổ phần Đầu tư Lộc Phát khẩn trương hoàn thiện hồ sơ theo Luật Lâm nghiệp và Chỉ
thị số 13/CT-TTg ngày 12/5/2019 của Thủ tướng Chính phủ.
5. Tập đoàn Điện lực Việt Nam""")
    rec = parse_bytes(doc.encode(), "tb_places.txt")
    units = _units(rec)
    # the places take the level the list names; a joint-stock company is no public body
    assert ("3", "Ủy ban nhân dân huyện Thọ Xuân") in units and ("3", "Ủy ban nhân dân huyện Triệu Sơn") in units
    assert not any(s == "4" for s, _ in units)
    # a law's name ends before the next type word, even one split over a line break
    assert [(r.type, r.number, r.name) for r in rec.references if r.start > doc.index("Lộc Phát")][:2] == [
        ("Luật", None, "Lâm nghiệp"), ("Chỉ thị", "13/CT-TTg", None)]


def test_a_law_named_in_a_title_of_capitals_and_names_that_run_to_their_place():
    doc = NGHEAN_PLAN.format(number=112, title="TRIỂN KHAI THI HÀNH LUẬT ĐẤT ĐAI NĂM 2024") + """
I. MỤC ĐÍCH
Triển khai Luật Đất đai bảo đảm kịp thời, thống nhất.
II. TỔ CHỨC THỰC HIỆN
1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh
Rà soát hồ sơ giải phóng mặt bằng.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn
Vận động đoàn viên, hội viên tham gia.
3. Phòng Giáo dục và Đào tạo các huyện, thành phố
Chỉ đạo các trường tuyên truyền.
4. Ủy ban nhân dân các huyện miền núi
Rà soát các khu dân cư có nguy cơ sạt lở.
""" + NGHEAN_SIGNATURE
    rec = parse_bytes(doc.encode(), "caps_law.txt")
    # the plan's title implements the law it names in capitals; "… bảo đảm …" is no part of a law's name
    assert [(r.relation, r.name, r.year) for r in rec.references] == [
        ("implements", "Đất đai", 2024), ("cites", "Đất đai", None)]
    assert _units(rec) == [
        ("II.1", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
        ("II.2", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), ("II.2", "Tỉnh đoàn"),
        ("II.3", "Phòng Giáo dục và Đào tạo các huyện, thành phố"), ("II.4", "Ủy ban nhân dân các huyện miền núi")]


MD_HTML_TABLE = """\
| ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 87/KH-UBND | Phú Yên, ngày 20 tháng 3 năm 2025 |

**KẾ HOẠCH**

**Cải thiện Chỉ số PAPI năm 2025**

Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;

**I. MỤC ĐÍCH, YÊU CẦU**

1. Xác định rõ trách nhiệm của từng cơ quan, đơn vị.

**II. NHIỆM VỤ, GIẢI PHÁP**

Chi tiết tại Phụ lục kèm theo.

**III. TỔ CHỨC THỰC HIỆN**

1. Sở Nội vụ: theo dõi, đôn đốc việc thực hiện Kế hoạch.

**PHỤ LỤC**

**DANH MỤC NHIỆM VỤ**

<table>
<tr><td>STT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian hoàn thành</td></tr>
<tr><td>I</td><td colspan="4">Công khai, minh bạch</td></tr>
<tr><td>1</td><td>Công khai bảng giá đất</td><td>Sở Nông nghiệp và Môi trường</td><td>Sở Tài chính</td><td>Quý II/2025</td></tr>
<tr><td>2</td><td>Niêm yết danh sách hộ nghèo</td><td>Sở Y tế</td><td>Sở Nội vụ</td><td>Quý III/2025</td></tr>
</table>
"""


def test_markdown_transcription_whose_table_is_html():
    rec = parse_bytes(MD_HTML_TABLE.encode(), "md_html.md")
    assert rec.source.format == "markdown-html"
    assert [(r.relation, r.number) for r in rec.references] == [("legal_basis", "76/NQ-CP")]
    assert [(t.id, t.lead, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Sở Nông nghiệp và Môi trường",), "Quý II/2025"), ("PL.I.2", ("Sở Y tế",), "Quý III/2025")]
    assert _units(rec) == [("III.1", "Sở Nội vụ")]


GAZETTE_BARE = """\
CÔNG BÁO/Số 1187 + 1188/Ngày 28-10-2024

THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1178/QĐ-TTg

Hà Nội, ngày 14 tháng 10 năm 2024

QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai thi hành Luật Lưu trữ
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Lưu trữ.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Lưu Quang

THỦ TƯỚNG CHÍNH PHỦ

KẾ HOẠCH
Triển khai thi hành Luật Lưu trữ
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm thống nhất.
II. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cụ thể được quy định tại Phụ lục kèm theo Kế hoạch này.

Phụ lục
DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT LƯU TRỮ
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian
hoàn thành
I
Tuyên truyền, phổ biến Luật
1
Tổ chức hội nghị quán triệt
nội dung cơ bản của Luật
Bộ Nội vụ
Bộ Tư pháp
Quý IV/2024
2
Biên soạn tài liệu giới thiệu
Luật
Bộ Nội vụ
Bộ Tư pháp
Quý IV/2024
"""


def test_gazette_table_whose_numbers_and_groups_stand_alone_on_their_lines():
    rec = parse_bytes(GAZETTE_BARE.encode(), "bare.congbao.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.I.1", ("Bộ Nội vụ",), ("Bộ Tư pháp",)), ("PL.I.2", ("Bộ Nội vụ",), ("Bộ Tư pháp",))]
    # the decision's signature, though the next document's header follows it ("THỦ TƯỚNG CHÍNH PHỦ")
    assert rec.document.signer == "Trần Lưu Quang"
    # a law's name ends before a line of capitals
    assert [(r.relation, r.name) for r in rec.references][:2] == [("cites", "Lưu trữ"), ("legal_basis", "Tổ chức Chính phủ")]


GAZETTE_TASK_HEADER = "TT\nNội dung nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nThời gian\nhoàn thành\n"
GAZETTE_PRODUCT_HEADER = GAZETTE_TASK_HEADER.replace("Thời gian\n", "Sản phẩm\nThời gian\n")  # (with a product column)


def _gazette_table(rows: str, name: str, header: str = GAZETTE_TASK_HEADER):
    """GAZETTE_BARE's decision with a task table of ``rows`` under ``header``, one cell per line."""
    return parse_bytes((GAZETTE_BARE.split("TT\nNhiệm vụ")[0] + header + rows).encode(), name)


def test_gazette_table_cell_that_breaks_a_name_over_its_lines():
    rec = _gazette_table("I. Tuyên truyền, phổ biến Luật Dân số\n1.\n \nTổ chức Hội nghị toàn quốc quán triệt, phổ\n"
                         "biến Luật Dân số cho cán bộ ngành y tế và Sở\nY tế các tỉnh, thành phố.\nCục Dân số\n"
                         "Vụ Pháp chế, Văn\nphòng Bộ\nQuý I/2026\n"
                         "2.\n \nXây dựng Nghị định quy định chi tiết một số\nđiều của Luật Dân số\nCục Dân số\n"
                         "Vụ Pháp chế\nTrình Chính\nphủ trước\nngày\n15/5/2026\n", "dan_so.congbao.txt")
    # "… và Sở ⏎ Y tế các tỉnh, thành phố." is the task's end; the lead's cell begins after it
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Cục Dân số",), ("Vụ Pháp chế", "Văn phòng Bộ"), "Quý I/2026"),
        # what is due before its date is the deadline's cell, not an agency's
        ("PL.I.2", ("Cục Dân số",), ("Vụ Pháp chế",), "Trình Chính phủ trước ngày 15/5/2026")]


def test_gazette_partners_wrapped_inside_a_name_then_when_the_need_comes():
    """A narrow column of partners cut inside a name ("… Đài Khí tượng ⏎ Thủy văn tỉnh, Công an ⏎ tỉnh …"), then a
    deadline that says when the need comes ("Khi có thiên tai", "Theo tình hình thực tế"): the list is one cell."""
    rec = _gazette_table("1.\nTrực ban 24/24 giờ khi có thiên tai; tham mưu\nban hành công điện chỉ đạo ứng phó\n"
                         "Sở Nông nghiệp và\nMôi trường\nVăn phòng Ủy ban nhân\ndân tỉnh, Đài Khí tượng\n"
                         "Thủy văn tỉnh, Công an\ntỉnh, Bộ Chỉ huy Bộ đội\nBiên phòng tỉnh\nKhi có thiên tai\n"
                         "2.\nHỗ trợ khôi phục sản xuất sau thiên tai\nSở Tài chính\nỦy ban Mặt trận Tổ quốc\n"
                         "Việt Nam tỉnh; Ủy ban nhân\ndân các xã, phường\nTheo tình hình thực tế\n", "ung_pho.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.1", ("Sở Nông nghiệp và Môi trường",),
         ("Văn phòng Ủy ban nhân dân tỉnh", "Đài Khí tượng Thủy văn tỉnh", "Công an tỉnh",
          "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), "Khi có thiên tai"),
        ("PL.2", ("Sở Tài chính",), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân các xã, phường"),
         "Theo tình hình thực tế")]


def test_gazette_cells_after_a_ministrys_own_words_and_a_law_the_work_is_about():
    """"… điện tử của Bộ ⏎ Vụ Pháp chế": the ministry the sentence is of ends the task, and "Văn phòng Bộ" its own
    office, ends the lead's cell; "… phổ biến ⏎ Luật Nhà giáo" is the law the work is about, no one's name."""
    rec = _gazette_table("1.\nBiên soạn tài liệu giới thiệu Luật Nhà\ngiáo; đăng tải trên Cổng Thông tin\n"
                         "điện tử của Bộ\nVụ Pháp chế\n- Cục Nhà giáo và Cán bộ\nquản lý giáo dục;\n- Văn phòng Bộ.\n"
                         "Tháng 8/2025\n2.\nHội nghị trực tuyến toàn quốc phổ biến\nLuật Nhà giáo\nCục Nhà giáo và Cán\n"
                         "bộ quản lý giáo dục;\nVăn phòng Bộ\nVụ Pháp chế, Cục Khoa\nhọc, Công nghệ và Thông\ntin\n"
                         "Tháng 9/2025\n", "nha_giao.congbao.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.1", ("Vụ Pháp chế",), ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "Văn phòng Bộ")),
        ("PL.2", ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "Văn phòng Bộ"),
         ("Vụ Pháp chế", "Cục Khoa học, Công nghệ và Thông tin"))]
    assert rec.tasks[1].text.endswith("phổ biến Luật Nhà giáo")


def test_gazette_cell_of_a_collective_and_the_city_it_names_on_the_next_line():
    """"UBND các huyện, ⏎ thành phố Cà Mau": the districts' and the city's committees, the city read with them."""
    rec = _gazette_table("1.\nRà soát, chốt danh sách hộ nghèo có nhà tạm\nUBND các huyện,\nthành phố Cà Mau\n"
                         "Sở Xây dựng; Ban Dân tộc tỉnh\nTháng 3/2025\n"
                         # (a task that ends on "nhà ở", housing, has ended: the bank's name is the next cell)
                         "2.\nCho vay ưu đãi đối với hộ nghèo xây dựng,\nsửa chữa nhà ở\nNgân hàng Chính\n"
                         "sách xã hội chi\nnhánh tỉnh Cà Mau\nSở Lao động - Thương\nbinh và Xã hội; UBND\n"
                         "các huyện, thành phố Cà\nMau; Hội Nông dân tỉnh;\nHội Liên hiệp Phụ nữ\ntỉnh\nNăm 2025\n",
                         "nha_tam.congbao.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("UBND các huyện, thành phố Cà Mau",), ("Sở Xây dựng", "Ban Dân tộc tỉnh")),
        (("Ngân hàng Chính sách xã hội chi nhánh tỉnh Cà Mau",),
         ("Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thành phố Cà Mau", "Hội Nông dân tỉnh",
          "Hội Liên hiệp Phụ nữ tỉnh"))]


def test_gazette_cell_of_a_bank_and_its_branch_on_the_next_line():
    """"Ngân hàng Nhà nước ⏎ Chi nhánh Khu vực 4": the bank's branch, one lead, not the partners' first line."""
    rec = _gazette_table("1.\nChương trình kết nối ngân hàng - doanh\nnghiệp; tháo gỡ khó khăn tiếp cận tín dụng\n"
                         "Ngân hàng Nhà nước\nChi nhánh Khu vực 4\nSở Tài chính; Hiệp hội\nDoanh nghiệp thành phố\n"
                         "Hải Phòng\nHằng quý\n", "tin_dung.congbao.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Ngân hàng Nhà nước Chi nhánh Khu vực 4",), ("Sở Tài chính", "Hiệp hội Doanh nghiệp thành phố Hải Phòng"))]


def test_gazette_cell_whose_name_ends_with_its_scope_on_the_next_line():
    """"Trung tâm ⏎ Khuyến nông ⏎ Quốc gia": the scope that ends the lead's name, not the partners' first words."""
    rec = _gazette_table("1.\nTổ chức tập huấn cho cán bộ khuyến nông về\nsản xuất nông nghiệp tuần hoàn\nTrung tâm\n"
                         "Khuyến nông\nQuốc gia\nỦy ban nhân\ndân các tỉnh,\nthành phố trực\nthuộc trung\nương\n"
                         "Hằng năm\n", "khuyen_nong.congbao.txt")
    assert [(t.lead, t.support) for t in rec.tasks] == [
        (("Trung tâm Khuyến nông Quốc gia",), ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",))]


def test_gazette_cell_of_bullets_one_of_them_wrapped():
    """"- Bộ Chỉ huy Quân sự ⏎ tỉnh; ⏎ - Công an tỉnh;": a bullet's name wrapped over its next line goes on in the
    partners' cell with the bullets after it."""
    page = "\nCÔNG BÁO/Số 85 + 86/Ngày 24-01-2026\n51\n\n" + GAZETTE_TASK_HEADER
    rec = _gazette_table("1.\nRà soát, cập nhật phương án ứng phó thiên tai\nSở Nông nghiệp\nvà Môi trường\n"
                         "- Bộ Chỉ huy Quân sự\ntỉnh;\n- Công an tỉnh;\n- Bộ Chỉ huy Bộ đội\nBiên phòng tỉnh;\n"
                         "- Sở Xây dựng;" + page + "- Sở Y tế.\nTrước ngày 30/11/2025\n", "thien_tai.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Nông nghiệp và Môi trường",), ("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh",
                                            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Sở Xây dựng", "Sở Y tế"),
         "Trước ngày 30/11/2025")]


def test_gazette_partners_list_a_page_cuts_inside_a_name_under_its_plural_head():
    """"- Các Bộ: Tư pháp, Tài ⏎ chính, Công ⏎ [page] ⏎ Thương, Khoa học và Công ⏎ nghệ;": the name the break cut
    goes on under the repeated header, and the list with it; the deadline's cell follows."""
    page = "\nCÔNG BÁO/Số 171 + 172/Ngày 12-02-2025\n33\n\n" + GAZETTE_TASK_HEADER
    rec = _gazette_table("1.\nXây dựng Nghị định quy định chi tiết Luật Dược\nCục Quản lý\nDược\n- Vụ Pháp chế;\n"
                         "- Các Bộ: Tư pháp, Tài\nchính, Công" + page + "Thương, Khoa học và Công\nnghệ;\n"
                         "- Ủy ban nhân dân các\ntỉnh, thành phố trực\nthuộc trung ương.\nTháng\n5/2025\n",
                         "duoc.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Cục Quản lý Dược",), ("Vụ Pháp chế", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương",
                                 "Bộ Khoa học và Công nghệ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
         "Tháng 5/2025")]


def test_gazette_partners_list_a_page_cuts_inside_a_word_then_inside_a_place():
    """"… Ngân hàng Chính ⏎ sách xã hội chi ⏎ [page] ⏎ nhánh tỉnh Quảng ⏎ Ngãi, Hội Nông dân ⏎ tỉnh, …": the word the
    break cut goes on under the repeated header, then the place the wrap cut, and the list with them; the product's
    cell follows."""
    header = GAZETTE_PRODUCT_HEADER
    page = "\nCÔNG BÁO/Số 24/Ngày 15-5-2024\n44\n\n" + header
    rec = _gazette_table("1.\nPhát triển sản xuất nông, lâm nghiệp bền vững\nSở Nông nghiệp\nvà Phát triển\nnông thôn\n"
                         "Ban Dân tộc tỉnh, Sở\nTài nguyên và Môi\ntrường, Ngân hàng Chính\nsách xã hội chi" + page
                         + "nhánh tỉnh Quảng\nNgãi, Hội Nông dân\ntỉnh, Liên minh Hợp\ntác xã tỉnh, UBND\n"
                         "các huyện miền núi\nBáo cáo kết\nquả\nNăm 2024\n", "dtts.congbao.txt", header)
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Nông nghiệp và Phát triển nông thôn",),
         ("Ban Dân tộc tỉnh", "Sở Tài nguyên và Môi trường", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi",
          "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh", "UBND các huyện miền núi"), "Năm 2024")]


def test_gazette_row_a_page_cuts_inside_its_task_and_its_partners():
    """A page cuts a row inside its task's text and inside its partners' list: under the repeated header the task's
    rest comes first ("thông tại các nút giao trọng điểm"), then the rest of the word the list stopped at ("Ủy ban
    nhân" ⏎ "dân các quận, huyện"), which goes on with the list, not with the task."""
    page = "\n46    CÔNG BÁO/Số 9 + 10/Ngày 20-02-2024\n\n" + GAZETTE_TASK_HEADER
    rec = _gazette_table("1.\nLắp đặt camera giám sát, kết nối hệ\nthống giám sát an ninh, trật tự, giao\n"
                         "Công an thành phố\nSở Giao thông vận tải; Sở Thông\ntin và Truyền thông; Ủy ban nhân\n"
                         "2024 - 2025" + page + "thông tại các nút giao trọng điểm\ndân các quận, huyện\n"
                         "2.\nCấp tài khoản định danh điện tử cho công dân\nCông an thành phố\nBưu điện thành phố\n"
                         "Tháng 12/2024\n", "camera.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Công an thành phố",), ("Sở Giao thông vận tải", "Sở Thông tin và Truyền thông",
                                  "Ủy ban nhân dân các quận, huyện"), "2024 - 2025"),
        (("Công an thành phố",), ("Bưu điện thành phố",), "Tháng 12/2024")]
    assert rec.tasks[0].text.endswith("trọng điểm")


def test_gazette_of_a_province_whose_page_header_names_it():
    """"CÔNG BÁO GIA LAI/Số 58 + 59/Ngày 15-10-2025": a province's gazette names itself in its page header, which is
    the page's, no lead's cell ("BÁO GIA LAI" is no newspaper leading the row the page cut)."""
    page = "\n\nCÔNG BÁO GIA LAI/Số 58 + 59/Ngày 15-10-2025\n11\n\n" + GAZETTE_TASK_HEADER
    rec = _gazette_table("1.\nTổ chức Lễ hội Văn hóa cồng chiêng kết\nhợp Festival biển năm 2026, thu" + page
                         + "hút khách du lịch trong nước và quốc tế\nSở Văn hóa, Thể thao\nvà Du lịch\nBáo và Phát "
                         "thanh,\nTruyền hình Gia Lai\nQuý III/2026\n", "le_hoi.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Văn hóa, Thể thao và Du lịch",), ("Báo và Phát thanh, Truyền hình Gia Lai",), "Quý III/2026")]


def test_gazette_partners_bullets_a_page_cuts_inside_the_last_one_then_the_product():
    """"- Cơ sở cai nghiện ma ⏎ túy ⏎ [page] ⏎ thành phố; ⏎ - Ủy ban …": the list of bullets goes on under the
    repeated header; a bullet that names a body is no product's cell."""
    header = GAZETTE_PRODUCT_HEADER
    page = "\nCÔNG BÁO/Số 18 + 19/Ngày 28-4-2023\n51\n\n" + header
    rec = _gazette_table("1.\nTổ chức cai nghiện ma túy tự nguyện tại gia\nđình, cộng đồng\nSở Lao động -\n"
                         "Thương binh và\nXã hội\n- Sở Y tế;\n- Công an thành phố;\n- Cơ sở cai nghiện ma\ntúy"
                         + page + "thành phố;\n- Ủy ban nhân dân quận,\nhuyện\nBáo cáo\nNăm 2023\n",
                         "cai_nghien.congbao.txt", header)
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Lao động - Thương binh và Xã hội",), ("Sở Y tế", "Công an thành phố", "Cơ sở cai nghiện ma túy thành phố",
                                                   "Ủy ban nhân dân quận, huyện"), "Năm 2023")]


def test_gazette_partners_list_a_page_cuts_after_a_bodys_head_alone():
    """"…, Cục Dân số, Cục ⏎ [page] ⏎ Phòng bệnh, …": the last body's head stands alone before the break, its name
    after the repeated header; the list goes on there, and the deadline's cell after it."""
    page = "\nCÔNG BÁO/Số 1123 + 1124/Ngày 15-11-2025\n41\n" + GAZETTE_TASK_HEADER
    rec = _gazette_table("1.\nXây dựng Cơ sở dữ liệu quốc gia về y tế\nTrung tâm Thông tin\ny tế quốc gia\n"
                         "Cục Khoa học công nghệ và\nĐào tạo, Cục Dân số, Cục" + page + "Phòng bệnh, Cục Bà mẹ và\n"
                         "Trẻ em, Bộ Công an\nQuý III/2026\n", "yte.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Trung tâm Thông tin y tế quốc gia",), ("Cục Khoa học công nghệ và Đào tạo", "Cục Dân số", "Cục Phòng bệnh",
                                                  "Cục Bà mẹ và Trẻ em", "Bộ Công an"), "Quý III/2026")]


@pytest.mark.parametrize(("when", "deadline"), [
    ("Năm học 2026 -\n2027\n", "Năm học 2026 - 2027"),
    ("Từ năm học 2026 -\n2027\n", None),  # (when the work begins: the time's cell, no deadline)
    ("Mùa mưa bão năm\n2026\n", "Mùa mưa bão năm 2026"),
    ("Kỳ họp cuối năm\n2026\n", "Kỳ họp cuối năm 2026"),
])
def test_gazette_deadline_of_a_school_year_a_season_or_a_session_wrapped_in_its_cell(when, deadline):
    """A deadline's cell said by a school year, a season or a council's session, wrapped before its year: the
    cell is the deadline's, whole, not the end of the partners' list before it."""
    rec = _gazette_table("1.\nBồi dưỡng giáo viên tiếng Anh\nCục Nhà giáo và Cán\nbộ quản lý giáo dục\n"
                         "Cục Quản lý chất lượng\n" + when, "gv.congbao.txt")
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Cục Nhà giáo và Cán bộ quản lý giáo dục",), ("Cục Quản lý chất lượng",), deadline)]


GAZETTE_LEVEL_HEADER = "TT\nTên văn bản\nCơ quan chủ trì\nCơ quan phối hợp\nCấp ban hành\nThời hạn\n"


def test_gazette_column_of_who_issues_left_empty_in_a_row_and_named_after_a_page_break():
    """A column of who issues what a row makes ("Cấp ban hành"): a row that makes nothing to issue leaves it empty,
    its lead's cell is no approver's; after a page's break inside the partners' list, "Chính phủ" is that column's
    cell, no partner."""
    page = "\nCÔNG BÁO/Số 415 + 416/Ngày 18-3-2025\n30\n" + GAZETTE_LEVEL_HEADER
    rec = _gazette_table("1\nNghị định quy định chi tiết Luật Phòng, chống\nmua bán người\nBộ Công an\n"
                         "Bộ Tư pháp, Bộ Ngoại giao,\nBộ Tài chính, Bộ Nội" + page + "vụ\nChính phủ\nTháng 5/2025\n"
                         "2\nHội nghị phổ biến Luật ở trung ương\nBộ Văn hóa, Thể thao và\nDu lịch\n"
                         "Bộ Tư pháp, Đài Truyền hình Việt\nNam\nTháng 6/2025\n", "ll.congbao.txt", GAZETTE_LEVEL_HEADER)
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Bộ Công an",), ("Bộ Tư pháp", "Bộ Ngoại giao", "Bộ Tài chính", "Bộ Nội vụ"), "Tháng 5/2025"),
        (("Bộ Văn hóa, Thể thao và Du lịch",), ("Bộ Tư pháp", "Đài Truyền hình Việt Nam"), "Tháng 6/2025")]


def test_gazette_partners_name_whose_place_opens_the_next_line_before_a_separator():
    header = GAZETTE_PRODUCT_HEADER
    rec = _gazette_table("1.\nKết nối cung - cầu lao động cho các khu\ncông nghiệp\nSở Nội vụ\nSở Giáo dục và Đào\n"
                         "tạo; Trường Cao đẳng\nLong An; Liên đoàn Lao\nđộng tỉnh\nBáo cáo kết\nquả\nNăm 2025\n",
                         "lao_dong.congbao.txt", header)
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [
        (("Sở Nội vụ",), ("Sở Giáo dục và Đào tạo", "Trường Cao đẳng Long An", "Liên đoàn Lao động tỉnh"), "Năm 2025")]


@pytest.mark.parametrize(("rows", "lead", "support", "deadline"), [
    # "… Du lịch Việt Nam ⏎ Bộ chỉ tiêu": what the row makes opens its own cell, whatever "Nam Bộ" reads as
    ("1.\nXây dựng bộ chỉ tiêu thống\nkê các ngành công nghiệp\nvăn hóa\nVụ Kế hoạch, Tài\nchính\n"
     "Cục Thống kê; Viện\nVăn hóa, Nghệ\nthuật, Thể thao và\nDu lịch Việt Nam\nBộ chỉ tiêu\nQuý II\nnăm 2026\n",
     ("Vụ Kế hoạch, Tài chính",), ("Cục Thống kê", "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"),
     "Quý II năm 2026"),
    # "… Văn phòng ⏎ Bộ" ends the partners' cell, the office's name cut by the wrap; the product's cell follows
    ("1.\nTổ chức hội nghị quán triệt Luật cho\ncán bộ, công chức thuộc Bộ\nVụ Pháp chế\n"
     "Cục Địa chất và\nKhoáng sản Việt\nNam; Văn phòng\nBộ\nHội nghị quán\ntriệt\nTháng 7\nnăm 2025\n",
     ("Vụ Pháp chế",), ("Cục Địa chất và Khoáng sản Việt Nam", "Văn phòng Bộ"), "Tháng 7 năm 2025"),
])
def test_gazette_cells_before_a_product_column(rows, lead, support, deadline):
    header = GAZETTE_PRODUCT_HEADER
    rec = _gazette_table(rows, "san_pham.congbao.txt", header=header)
    assert [(t.lead, t.support, t.deadline) for t in rec.tasks] == [(lead, support, deadline)]


def test_party_plan_title_in_small_letters_party_groups_and_regulation_titles_naming_their_body():
    plan = """\
TỈNH ỦY HÀ TĨNH
*
Số 185-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tĩnh, ngày 05 tháng 6 năm 2025

KẾ HOẠCH
thực hiện Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị
-----

I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc Nghị quyết.
II. TỔ CHỨC THỰC HIỆN
1. Đảng đoàn Hội đồng nhân dân tỉnh:
Lãnh đạo Hội đồng nhân dân tỉnh tăng cường giám sát việc thi hành pháp luật.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Trần Văn Khánh
"""
    rec = parse_bytes(plan.encode(), "kh_tu.txt")
    # the title line under the type word implements what it names, even in small letters
    assert [(r.relation, r.number) for r in rec.references] == [("implements", "66-NQ/TW")]
    # "Lãnh đạo Hội đồng nhân dân tỉnh …" is the Party group's duty, not a unit of its own
    assert _units(rec) == [("II.1", "Đảng đoàn Hội đồng nhân dân tỉnh")]
    circular = ND_HQ_TXT.split("Điều 1.")[0] + """Điều 1. Phạm vi điều chỉnh
Thông tư này quy định việc kết nối dữ liệu dược.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 2. Trách nhiệm bảo đảm hạ tầng kỹ thuật của Cục Công nghệ thông tin
1. Bảo đảm hạ tầng kỹ thuật cho Cơ sở dữ liệu dược quốc gia.
Điều 3. Điều khoản chuyển tiếp
1. Sở Y tế rà soát, công bố danh sách cơ sở chưa kết nối trước ngày 31 tháng 12 năm 2025.
"""
    units = _units(parse_bytes(circular.encode(), "tt.txt"))
    assert ("Điều 2", "Cục Công nghệ thông tin") in units and not any(s.startswith("Điều 3") for s, _ in units)


def test_agency_headings_over_their_work_and_offices_named_with_and():
    doc = NGHEAN_PLAN.format(number=113, title="Bảo đảm an toàn thực phẩm năm 2025") + """
I. MỤC ĐÍCH
Bảo đảm an toàn thực phẩm.
II. NHIỆM VỤ CỤ THỂ
1. Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình tỉnh, Báo Nghệ An
Đẩy mạnh tuyên truyền về Luật An toàn thực phẩm.
2. Ủy ban nhân dân các huyện, thành phố
a) Xây dựng kế hoạch bảo đảm an toàn thực phẩm của địa phương.
b) Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn quản lý các cơ sở nhỏ lẻ.
3. Văn phòng HĐND và UBND huyện
Theo dõi, tổng hợp kết quả thực hiện.
""" + NGHEAN_SIGNATURE
    rec = parse_bytes(doc.encode(), "by_agency.txt")
    by_id = {t.id: t for t in rec.tasks}
    # the work under a heading of names is its text; "Chỉ đạo X …" is directed by the heading's agency
    assert by_id["II.1"].text.startswith("Đẩy mạnh tuyên truyền")
    assert by_id["II.2.b"].lead == ("Ủy ban nhân dân các huyện, thành phố",)
    # "Văn phòng HĐND và UBND huyện" is one office
    assert ("II.3", "Văn phòng HĐND và UBND huyện") in _units(rec)


def test_a_plans_first_section_that_holds_its_bases():
    doc = NGHEAN_PLAN.format(number=114, title="Thực hiện chuyển đổi số năm 2025") + """
I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
- Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;
II. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh chuyển đổi số theo Nghị định số 47/2020/NĐ-CP.
""" + NGHEAN_SIGNATURE
    refs = parse_bytes(doc.encode(), "bases_section.txt").references
    assert [(r.relation, r.number or r.name) for r in refs] == [
        ("legal_basis", "Tổ chức chính quyền địa phương"), ("legal_basis", "30/2020/NĐ-CP"), ("cites", "47/2020/NĐ-CP")]


def test_gazette_section_title_party_boards_and_a_chairs_assessment():
    gazette = GAZETTE_BARE.replace("THỦ TƯỚNG CHÍNH PHỦ\n\nCỘNG HÒA", "PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
                                   "THỦ TƯỚNG CHÍNH PHỦ\n\nCỘNG HÒA", 1)
    rec = parse_bytes(gazette.encode(), "section.congbao.txt")
    # the gazette's section title and the issuer it files the document under are no header lines
    assert rec.document.issuer == "Thủ tướng Chính phủ"
    assert [(r.relation, r.name) for r in rec.references][1] == ("legal_basis", "Tổ chức Chính phủ")
    notice = """\
TỈNH ỦY HẬU GIANG
BAN TUYÊN GIÁO
*
Số 845-TB/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hậu Giang, ngày 21 tháng 8 năm 2023

THÔNG BÁO
Kết luận về công tác giáo dục

1. Thường trực Tỉnh ủy ghi nhận, đánh giá cao sự nỗ lực của ngành giáo dục.
2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo rà soát mạng lưới trường học.

T/M BAN THƯỜNG VỤ
PHÓ TRƯỞNG BAN
Lâm Văn Tùng
"""
    rec = parse_bytes(notice.encode(), "tb_tu.txt")
    # a board of the Party committee is named with it; the chair's assessment gives no unit
    assert fold(rec.document.issuer or "") == "ban tuyên giáo tỉnh ủy hậu giang"
    assert _units(rec) == [("2", "Ban cán sự đảng Ủy ban nhân dân tỉnh")]


def test_items_numbered_on_through_their_groups():
    doc = NGHEAN_PLAN.format(number=115, title="Danh mục nhiệm vụ chuyển đổi số năm 2025") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ
A. NHÓM NHIỆM VỤ HOÀN THIỆN THỂ CHẾ
1. Rà soát văn bản quy phạm pháp luật về giấy tờ công dân.
2. Xây dựng quy chế chia sẻ dữ liệu dân cư.
B. NHÓM NHIỆM VỤ DỊCH VỤ CÔNG
3. Tích hợp xác thực thông tin công dân trên hệ thống giải quyết thủ tục.
4. Tái cấu trúc quy trình dịch vụ công trực tuyến.
""" + NGHEAN_SIGNATURE
    ids = [t.id for t in parse_bytes(doc.encode(), "numbered_on.txt").tasks]
    assert ids == ["II.A.1", "II.A.2", "II.B.3", "II.B.4"]


def test_a_ministers_telegram_asking_bodies_named_in_sentence_case():
    doc = CD_TXT.split("THỦ TƯỚNG CHÍNH PHỦ điện:")[0].replace("THỦ TƯỚNG CHÍNH PHỦ\nSố: 20/CĐ-TTg", "BỘ Y TẾ\nSố: 86/CĐ-BYT") + """\
BỘ TRƯỞNG BỘ Y TẾ điện:
- Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.

Số ca mắc sốt xuất huyết tăng nhanh. Bộ trưởng Bộ Y tế yêu cầu:

1. Yêu cầu Cục Phòng bệnh:
- Chủ trì theo dõi sát diễn biến dịch bệnh.
- Thành lập các đoàn công tác kiểm tra.
2. Cục An toàn thực phẩm, Vụ Giáo dục mầm non, Trung tâm Dịch vụ việc làm chủ trì phổ biến kiến thức phòng bệnh.
3. Vụ Công chức - Viên chức và Vụ Tổ chức - Biên chế theo chức năng, nhiệm vụ được giao hướng dẫn.
4. Đề nghị Ủy ban nhân dân thành phố Cần
Thơ và Ủy ban nhân dân đặc khu Phú Quốc chỉ đạo các cơ quan chức năng.
5. Quân khu 9, Bệnh viện Nhi đồng 1 phối hợp bảo đảm thuốc, hóa chất./.

""" + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Nguyễn Thị Liên Hương")
    units = [(u.name, u.section) for u in parse_bytes(doc.encode(), "cd_byt.txt").units]
    assert units == [
        ("Cục Phòng bệnh", "1"),
        ("Cục An toàn thực phẩm", "2"), ("Vụ Giáo dục mầm non", "2"), ("Trung tâm Dịch vụ việc làm", "2"),
        ("Vụ Công chức - Viên chức", "3"), ("Vụ Tổ chức - Biên chế", "3"),
        ("Ủy ban nhân dân thành phố Cần Thơ", "4"), ("Ủy ban nhân dân đặc khu Phú Quốc", "4"),
        ("Quân khu 9", "5"), ("Bệnh viện Nhi đồng 1", "5"),
    ]


def test_a_decisions_article_title_in_bold_over_paragraphs_that_open_with_their_subject():
    # a thuvienphapluat page writes no blank line between a bold article title and its text
    doc = """\
**ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH**

Số: 1047/QĐ-UBND

*Hà Tĩnh, ngày 18 tháng 4 năm 2025*

**QUYẾT ĐỊNH**

**Về việc giao nhiệm vụ thúc đẩy tăng trưởng kinh tế năm 2025**

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

**QUYẾT ĐỊNH:**

**Điều 1.** Mục tiêu tăng trưởng năm 2025 đạt từ 8,5% trở lên.
**Điều 2. Giao
nhiệm vụ cụ thể cho các cơ quan, đơn vị**
Sở Tài chính chủ
trì, phối hợp với các sở, ngành theo dõi sát diễn biến tình hình.
Đề nghị Ngân hàng Nhà nước
Chi nhánh Khu vực 9 chỉ đạo các tổ chức tín dụng hạ lãi suất cho vay.
Báo Hà Tĩnh,
Đài Phát thanh - Truyền hình Hà Tĩnh mở các chuyên trang tuyên truyền.
**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký./.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Trần Báu Hà**
"""
    units = [(u.name, u.section) for u in parse_bytes(doc.encode(), "qd_giao.md").units]
    assert units == [("Sở Tài chính", "Điều 2"), ("Ngân hàng Nhà nước Chi nhánh Khu vực 9", "Điều 2"),
                     ("Báo Hà Tĩnh", "Điều 2"), ("Đài Phát thanh - Truyền hình Hà Tĩnh", "Điều 2")]


def test_a_regulations_clause_whose_name_wraps_after_and():
    doc = CD_TXT.split("CÔNG ĐIỆN")[0].replace("THỦ TƯỚNG CHÍNH PHỦ\nSố: 20/CĐ-TTg", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 4385/QĐ-BNNMT") + """\
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp phòng, chống thiên tai

QUYẾT ĐỊNH:

Điều 1. Trách nhiệm của các Cục quản lý chuyên ngành
1. Cục Quản lý và
Xây dựng công trình thủy lợi: chỉ đạo vận hành an toàn các hồ chứa thủy lợi.
2. Cục Quản lý đê điều và
Phòng, chống thiên tai có trách nhiệm theo dõi, đôn đốc việc thực hiện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

""" + signed("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", name="Nguyễn Hoàng Hiệp")
    units = [(u.name, u.section) for u in parse_bytes(doc.encode(), "qc_bnnmt.txt").units]
    assert units == [("Cục Quản lý và Xây dựng công trình thủy lợi", "Điều 1.1"),
                     ("Cục Quản lý đê điều và Phòng, chống thiên tai", "Điều 1.2")]


def test_an_items_labelled_lines_wrapped_over_their_labels():
    doc = NGHEAN_PLAN.format(number=356, title="Chuyển đổi số năm 2026") + """
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ
1. Tuyên truyền về chuyển đổi số trên hệ thống truyền thanh cơ sở của xã.
- Cơ quan chủ
trì: Phòng Văn hóa - Xã hội.
- Cơ quan phối hợp: Bộ Tài chính, Ủy ban Mặt trận Tổ quốc Việt Nam xã.
- Thời gian thực
hiện: Thường xuyên.
2. Rà soát, nâng cấp trang thiết bị công nghệ thông tin của xã.
- Cơ quan chủ trì: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.
- Thời gian thực hiện:
Quý I/2026.
""" + NGHEAN_SIGNATURE
    tasks = [(t.id, t.deadline, list(t.support)) for t in parse_bytes(doc.encode(), "kh_xa.txt").tasks]
    assert tasks == [("II.1", "Thường xuyên", ["Bộ Tài chính", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"]),
                     ("II.2", "Quý I/2026", [])]


def test_partners_named_in_a_clause_of_their_own_before_phoi_hop():
    doc = NGHEAN_PLAN.format(number=357, title="Bảo hiểm y tế năm 2026") + """
I. MỤC ĐÍCH
Mở rộng bao phủ bảo hiểm y tế.
II. NHIỆM VỤ
1. Sở Y tế chủ trì; Sở Tài chính, Bảo hiểm xã hội tỉnh phối hợp tổ chức tập huấn cho cán bộ y tế cơ sở.
2. Tổ chức truyền thông về bảo hiểm y tế (Sở Y tế chủ trì, Sở Tài chính và Sở Nội vụ phối hợp; hoàn thành trong Quý II/2026).
""" + NGHEAN_SIGNATURE
    tasks = [(t.id, list(t.lead), list(t.support)) for t in parse_bytes(doc.encode(), "kh_bhyt.txt").tasks]
    assert tasks == [("II.1", ["Sở Y tế"], ["Sở Tài chính", "Bảo hiểm xã hội tỉnh"]),
                     ("II.2", ["Sở Y tế"], ["Sở Tài chính", "Sở Nội vụ"])]


CRAWLER_PROGRAMME_TXT = """Văn bản Quyet dinh 59
BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 59/QĐ-BTNMT Hà Nội, ngày 10 tháng 01 năm 2024 QUYẾT ĐỊNH BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Nghị định số 68/2022/NĐ-CP ngày 22 tháng 9 năm 2022 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động của Bộ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận: - Như Điều 2; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Công Thành
CHƯƠNG TRÌNH HÀNH ĐỘNG
(Ban hành kèm theo Quyết định số 59/QĐ-BTNMT ngày 10 tháng 01 năm 2024)
I. MỤC TIÊU
Thực hiện thắng lợi nhiệm vụ năm 2024.
II. NHIỆM VỤ CỤ THỂ
Chi tiết tại Phụ lục kèm theo.
PHỤ LỤC
DANH MỤC NHIỆM VỤ
| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |
| --- | --- | --- | --- | --- | --- |
| I | Hoàn thiện thể chế |  |  |  |  |
| 1 | Xây dựng Luật Địa chất và khoáng sản | Cục Địa chất Việt Nam | Vụ Pháp chế Vụ Kế hoạch - Tài chính | Tháng 6/2024 | Luật |
| 2 | Xây dựng Nghị định về quản lý tài nguyên nước | Cục Quản lý tài nguyên nước | Vụ Pháp chế, các đơn vị liên quan | Quý III/2024 | Nghị định |
| 3 | Rà soát văn bản quy phạm pháp luật | Vụ Pháp chế | Các Cục, Vụ, đơn vị trực thuộc Bộ | Năm 2024 | Báo cáo |
| 4 | Xây dựng cơ sở dữ liệu đất đai quốc gia | Cục Đăng ký và Dữ liệu thông tin đất đai | - Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường - Vụ Kế hoạch - Tài chính | Năm 2024 | Cơ sở dữ liệu |
| 5 | Kiểm tra việc thực hiện pháp luật về môi trường | Cục Kiểm soát ô nhiễm môi trường | Thanh tra Bộ; Sở Tài nguyên và Môi trường các tỉnh, thành phố trực thuộc Trung ương | Quý IV/2024 | Báo cáo |
| 6 | Điều tra cơ bản tài nguyên biển | Cục Biển và Hải đảo Việt Nam | Bộ Quốc phòng, Bộ Ngoại giao, Ủy ban nhân dân các tỉnh ven biển | 2024-2025 | Báo cáo |
| 7 | Tuyên truyền về tài nguyên biển | Vụ Pháp chế | Sở Thông tin và Truyền thông Đài Phát thanh - Truyền hình Quảng Trị Báo Quảng Trị | Năm 2024 | Tin bài |
"""


def test_a_crawler_texts_task_table_whose_cells_glued_their_lines():
    # the crawler joins a cell's lines with a space: "Vụ Pháp chế Vụ Kế hoạch - Tài chính" is two bodies
    tasks = {t.id: list(t.support) for t in parse_bytes(CRAWLER_PROGRAMME_TXT.encode(), "btnmt_ctr.txt").tasks}
    assert tasks["PL.I.1"] == ["Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"]
    assert tasks["PL.I.3"] == ["Các Cục, Vụ, đơn vị trực thuộc Bộ"]
    assert tasks["PL.I.6"] == ["Bộ Quốc phòng", "Bộ Ngoại giao", "Ủy ban nhân dân các tỉnh ven biển"]
    # a body is followed in its name only by the body it belongs to: the next one begins
    assert tasks["PL.I.7"] == ["Sở Thông tin và Truyền thông", "Đài Phát thanh - Truyền hình Quảng Trị", "Báo Quảng Trị"]


def test_a_request_under_a_section_titled_by_the_bodies_in_general():
    # "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ" names no one: its "Đề nghị …" item names bodies of its own
    doc = NGHEAN_PLAN.format(number=358, title="Thực hiện chính sách bảo hiểm xã hội tự nguyện") + """
I. MỤC ĐÍCH
Mở rộng người tham gia bảo hiểm xã hội.
II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ
1. Sở Nội vụ
Chủ trì hướng dẫn, theo dõi việc thực hiện.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nông dân tỉnh và Tỉnh đoàn
Phối hợp tuyên truyền, vận động hội viên tham gia bảo hiểm xã hội tự nguyện.
""" + NGHEAN_SIGNATURE
    units = [(u.name, u.section) for u in parse_bytes(doc.encode(), "kh_bhxh.txt").units]
    assert units == [("Sở Nội vụ", "II.1"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "II.2"),
                     ("Hội Nông dân tỉnh", "II.2"), ("Tỉnh đoàn", "II.2")]


def test_gazette_table_cell_that_breaks_a_word_of_capitals_over_its_lines():
    rec = _gazette_table("I. Hoàn thiện thể chế\n1.\n \nBan hành hướng dẫn áp dụng tiêu chí tăng trưởng xanh\n"
                         "Bộ Công\nThương\nBộ Khoa học và Công\nnghệ, Tập đoàn Điện lực Việt\nNam\nQuý II/2026\n"
                         "2.\n \nTổ chức chương trình truyền thông về tăng trưởng xanh\nBộ Văn hóa, Thể thao và Du\n"
                         "lịch\nĐài Truyền hình Việt\nNam\nNăm 2026\n", "xanh.congbao.txt")
    # "Bộ Công ⏎ Thương" is one word of capitals over the line, not the end of a cell
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.I.1", ("Bộ Công Thương",), ("Bộ Khoa học và Công nghệ", "Tập đoàn Điện lực Việt Nam")),
        ("PL.I.2", ("Bộ Văn hóa, Thể thao và Du lịch",), ("Đài Truyền hình Việt Nam",))]


def test_a_notices_items_naming_places_that_share_a_committee_and_a_list_over_its_line():
    doc = TB_KL_TXT.split("1. Đánh giá cao")[0] + """\
1. Ủy ban nhân dân thành phố Hà
Nội, thành phố Hải Phòng và các tỉnh Lào Cai, Phú Thọ:
a) Trực tiếp chỉ đạo, chịu trách nhiệm về tiến độ giải phóng mặt bằng trên địa bàn.
2. Tập đoàn Điện lực Việt Nam,
Tập đoàn Công nghiệp - Viễn thông Quân đội chủ trì, phối hợp với các địa phương di dời các công trình điện.
3. Giám đốc Công an các tỉnh: Quảng Ninh, Lạng Sơn bảo đảm an ninh trật tự khu vực thi công.

Văn phòng Chính phủ thông báo để các cơ quan, địa phương liên quan biết, thực hiện./.

""" + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", name="Nguyễn Sỹ Hiệp")
    units = [(u.name, u.section) for u in parse_bytes(doc.encode(), "tb_vpcp.txt").units]
    assert units == [
        ("Ủy ban nhân dân thành phố Hà Nội", "1"), ("Ủy ban nhân dân thành phố Hải Phòng", "1"),
        ("Ủy ban nhân dân tỉnh Lào Cai", "1"), ("Ủy ban nhân dân tỉnh Phú Thọ", "1"),
        ("Tập đoàn Điện lực Việt Nam", "2"), ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "2"),
        ("Công an tỉnh Quảng Ninh", "3"), ("Công an tỉnh Lạng Sơn", "3"),
    ]


def test_a_shared_head_whose_list_begins_on_the_next_line():
    doc = CD_TXT.split("1. Chủ tịch Ủy ban")[0] + """\
1. Bộ trưởng các Bộ:
Quốc phòng, Công an chỉ đạo các đơn vị đóng quân trên địa bàn sẵn sàng lực lượng hỗ trợ.
2. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao./.

""" + signed("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", name="Trần Hồng Hà")
    units = [(u.name, u.section) for u in parse_bytes(doc.encode(), "cd_list.txt").units]
    assert units == [("Bộ Quốc phòng", "1"), ("Bộ Công an", "1"), ("Văn phòng Chính phủ", "2")]


def test_task_items_that_open_with_their_lead_are_tasks_not_agency_headings():
    # "a) Bộ Tài chính chủ trì, …" is a task and its lead; "1. Sở Y tế" over its work is an agency heading
    doc = NGHEAN_PLAN.format(number=359, title="Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số") + """
I. MỤC ĐÍCH
Hỗ trợ doanh nghiệp.
II. NHIỆM VỤ
1. Hoàn thiện cơ chế, chính sách
a) Sở Tài chính chủ trì, phối hợp với Sở Tư pháp rà soát cơ chế hỗ trợ doanh nghiệp; hoàn thành trong Quý II/2026.
b) Sở Khoa học và Công nghệ chủ trì xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số của doanh nghiệp.
2. Phát triển nền tảng số
a) Sở Công Thương chủ trì, phối hợp với các hiệp hội doanh nghiệp kết nối doanh nghiệp với nền tảng số.
b) Sở Khoa học và Công nghệ công bố danh mục nền tảng số đáp ứng yêu cầu.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
""" + NGHEAN_SIGNATURE
    rec = parse_bytes(doc.encode(), "kh_dnnvv.txt")
    assert [(t.id, t.lead) for t in rec.tasks] == [
        ("II.1.a", ("Sở Tài chính",)), ("II.1.b", ("Sở Khoa học và Công nghệ",)),
        ("II.2.a", ("Sở Công Thương",)), ("II.2.b", ("Sở Khoa học và Công nghệ",))]
    assert [(u.name, u.section) for u in rec.units] == [("Sở Tài chính", "III.1")]


def test_a_crawler_header_that_runs_the_title_the_authority_and_the_first_basis_together():
    doc = """Quyết định 1048/QĐ-BNV năm 2020 về Kế hoạch triển khai thi hành Luật Thanh niên
BỘ NỘI VỤ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 1048/QĐ-BNV
Hà Nội, ngày 21 tháng 10 năm 2020 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT THANH NIÊN BỘ TRƯỞNG BỘ NỘI VỤ Căn cứ Luật Thanh niên ngày 16 tháng 6 năm 2020;
Căn cứ Nghị định số 43/2017/NĐ-CP ngày 10 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Thanh niên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận: - Như Điều 2; - Lưu: VT. BỘ TRƯỞNG Lê Vĩnh Tân
"""
    rec = parse_bytes(doc.encode(), "bnv_qd1048.txt")
    # the title names the law; the first basis, glued after the authority, keeps its date (the site's title line above
    # the header is no text)
    assert [(r.relation, r.type, r.name, r.year) for r in rec.references][:3] == [
        ("cites", "Luật", "Thanh niên", None), ("legal_basis", "Luật", "Thanh niên", 2020),
        ("legal_basis", "Nghị định", None, 2017)]


def test_a_bullet_label_whose_lead_and_time_follow_on_the_next_line():
    doc = NGHEAN_PLAN.format(number=46, title="Bảo đảm an toàn thực phẩm năm 2023") + """
I. MỤC ĐÍCH
Bảo đảm an toàn thực phẩm.
II. NHIỆM VỤ
1. Công tác thanh tra, kiểm tra
- Kiểm tra trong Tháng hành động vì an toàn thực phẩm: Sở Y tế chủ trì; thời gian: tháng 4 - 5/2023.
- Kiểm tra dịp Tết Trung thu:
Sở Công Thương chủ trì, phối hợp với Sở Y tế; thời gian: tháng 8 - 9/2023.
""" + NGHEAN_SIGNATURE
    tasks = [(t.id, t.lead, t.support, t.deadline) for t in parse_bytes(doc.encode(), "kh_attp.txt").tasks]
    assert tasks == [("II.1.b1", ("Sở Y tế",), (), "tháng 4 - 5/2023"),
                     ("II.1.b2", ("Sở Công Thương",), ("Sở Y tế",), "tháng 8 - 9/2023")]


def test_gazette_table_rows_under_a_row_and_bodies_by_their_initials():
    """"2 ⏎ Xây dựng các văn bản … ⏎ 2.1 ⏎ …": numbered sub-rows stand on their lines too, and the row over them
    is their heading; a body written by its initials alone ("VPB") is a cell of bodies."""
    rec = _gazette_table("I. Hoàn thiện thể chế\n1\n \nXây dựng hồ sơ đề nghị xây dựng Luật Công\nnghiệp công nghệ số\n"
                         "Cục CNICT\nVụ PC\nQuý III/2024\n"
                         "2\nXây dựng các văn bản quy định chi tiết Luật\nViễn thông năm 2023\n"
                         "2.1\n \nNghị định quy định chi tiết một số điều của\nLuật Viễn thông\nCục Viễn thông\n"
                         "Vụ PC, Cục TS\nQuý II/2024\n"
                         "2.2\n \nThông tư quy định về quản lý chất lượng dịch\nvụ viễn thông\nCục Viễn thông\nVụ KHCN\n"
                         "Quý III/2024\n"
                         "3\n \nRà soát, cắt giảm, đơn giản hóa thủ tục hành\nchính, điều kiện kinh doanh\nVPB\n"
                         "Vụ PC; các đơn\nvị thuộc Bộ\nQuý III/2024\n", "ctr_vt.congbao.txt")
    assert [(t.id, t.lead, t.support, t.deadline) for t in rec.tasks] == [
        ("PL.I.1", ("Cục CNICT",), ("Vụ PC",), "Quý III/2024"),
        ("PL.I.2.1", ("Cục Viễn thông",), ("Vụ PC", "Cục TS"), "Quý II/2024"),
        ("PL.I.2.2", ("Cục Viễn thông",), ("Vụ KHCN",), "Quý III/2024"),
        ("PL.I.3", ("VPB",), ("Vụ PC", "các đơn vị thuộc Bộ"), "Quý III/2024")]


def test_gazette_groups_without_labels_and_a_lead_cut_by_the_page_at_its_joining_word():
    """A group's title with no label ("Nhóm nhiệm vụ về …") before the first row and between rows: ids G1, G2; a lead
    the page cut after "và" goes on over the break, and the line of bodies after its end is the partners' cell."""
    page = "\nCÔNG BÁO/Số 655 + 656/Ngày 14-08-2026\n91\n\n" + GAZETTE_TASK_HEADER
    rec = _gazette_table("Nhóm nhiệm vụ về hoàn thiện thể chế, chính sách\n1\nXây dựng dự án Luật An toàn thực phẩm\n"
                         "Bộ Y tế\nBộ Tư pháp\nNăm 2027\n2\nXây dựng cơ chế khuyến khích phát triển chuỗi cung\n"
                         "ứng thực phẩm an toàn\nBộ Nông nghiệp và" + page + "Môi trường\nBộ Tài chính, Bộ Công\n"
                         "Thương, UBND cấp tỉnh\nNăm 2027\nNhóm nhiệm vụ về kiểm tra, thanh tra, xử lý vi phạm\n3\n"
                         "Thanh tra chuyên ngành an toàn thực phẩm\nBộ Y tế\nBộ Công an\nHằng năm\n",
                         "attp.congbao.txt")
    assert [(t.id, t.lead, t.support) for t in rec.tasks] == [
        ("PL.G1.1", ("Bộ Y tế",), ("Bộ Tư pháp",)),
        ("PL.G1.2", ("Bộ Nông nghiệp và Môi trường",), ("Bộ Tài chính", "Bộ Công Thương", "UBND cấp tỉnh")),
        ("PL.G2.3", ("Bộ Y tế",), ("Bộ Công an",))]


def test_gazette_page_that_opens_with_the_previous_documents_last_article_and_signature():
    """"Điều 4. … thi hành Quyết định này./. ⏎ KT. THỦ TƯỚNG ⏎ PHÓ THỦ TƯỚNG ⏎ Trần Lưu Quang ⏎ THỦ TƯỚNG CHÍNH PHỦ ⏎ …":
    the text begins at this document's issuer, the line after the signer's name."""
    tail = ("CÔNG BÁO/Số 1185 + 1186/Ngày 28-10-2024\n45\n\nĐiều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Điều 4. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này./.\n\n"
            "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\n\nTrần Lưu Quang\n\n\n")
    rec = parse_bytes((tail + GAZETTE_BARE.split("\n", 2)[2]).encode(), "tail.congbao.txt")
    assert (rec.document.issuer, rec.document.number) == ("Thủ tướng Chính phủ", "1178/QĐ-TTg")
    assert not any(u.section in ("Điều 4",) for u in rec.units)


def test_assessment_section_whose_item_asks_agencies_for_work():
    """"I. VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI … VÀ ĐỊNH HƯỚNG ĐIỀU HÀNH ⏎ 1. Chính phủ thống nhất đánh giá … ⏎ 2. Chính phủ
    yêu cầu …: a) Ngân hàng Nhà nước Việt Nam: … b) Bộ Tài chính: …": the assessment's item that asks agencies for work
    names them as units."""
    text = (GAZETTE_BARE.split("QUYẾT ĐỊNH")[0] + "NGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 8 năm 2024\n\n"
            "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n\nQUYẾT NGHỊ:\n"
            "I. VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 8 VÀ ĐỊNH HƯỚNG ĐIỀU HÀNH THỜI GIAN TỚI\n"
            "1. Chính phủ thống nhất đánh giá: tình hình kinh tế - xã hội tiếp tục phục hồi tích cực.\n"
            "2. Chính phủ yêu cầu các bộ, ngành tập trung vào một số nội dung sau:\n"
            "a) Ngân hàng Nhà nước Việt Nam: điều hành chính sách tiền tệ chủ động, linh hoạt.\n"
            "b) Bộ Tài chính: điều hành chính sách tài khóa mở rộng có trọng tâm.\n"
            "c) Bộ Xây dựng: tháo gỡ khó khăn cho thị trường bất động sản.\n\n"
            "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\n\nPhạm Minh Chính\n")
    units = _units(parse_bytes(text.encode(), "nq.congbao.txt"))
    assert ("I.2.a", "Ngân hàng Nhà nước Việt Nam") in units and ("I.2.b", "Bộ Tài chính") in units \
        and ("I.2.c", "Bộ Xây dựng") in units


def test_a_committees_members_given_their_duties_are_units():
    """"Điều 3. Nhiệm vụ của các thành viên Ban Chỉ đạo ⏎ - Các thành viên chịu trách nhiệm …, cụ thể: ⏎ + Sở Nội vụ: … ⏎
    + Giám đốc Sở Tài chính: …": each member so addressed is a unit; the chairs' own bullets name persons, none."""
    text = ND_TXT.split("Chương II")[0].replace("NGHỊ ĐỊNH", "QUYẾT ĐỊNH") + (
        "Điều 3. Nhiệm vụ của các thành viên Ban Chỉ đạo\n"
        "- Trưởng ban: chịu trách nhiệm chung về hoạt động của Ban Chỉ đạo.\n"
        "- Các thành viên chịu trách nhiệm trước Trưởng ban về lĩnh vực được phân công, cụ thể:\n"
        "+ Sở Nội vụ: tham mưu bảo đảm biên chế giáo viên;\n"
        "+ Giám đốc Sở Tài chính: tham mưu bố trí kinh phí thực hiện;\n"
        "+ Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: phối hợp rà soát, tổ chức thực hiện.\n\n"
        "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n\n\nNguyễn Văn B\n")
    units = _units(parse_bytes(text.encode(), "qd.txt"))
    assert [n for s, n in units if s == "Điều 3"] == ["Sở Nội vụ", "Sở Tài chính", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]


def test_a_cell_per_line_tables_long_cells_groups_within_groups_and_a_groups_title_on_its_own_line():
    """A copy that writes each cell on a line of its own: a row's long cell is its cell, not a paragraph after the
    table; "III.1" and "III.1.1" are groups within "III"; a group's long title stands on the line under its label."""
    lead = ("Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật áp dụng chung toàn "
            "quốc; các bộ, ngành với các tiêu chuẩn chuyên ngành")
    title = ("Tăng cường, nâng cao năng lực cho các cơ quan quản lý nhà nước và cơ quan tổ chức thực hiện về bảo hiểm y "
             "tế ở Trung ương và địa phương")
    rows = ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
            "I", "Hoàn thiện thể chế",
            "1", "Xây dựng các tiêu chuẩn, quy chuẩn kỹ thuật về Chính phủ số", lead, "Các bộ, ngành có liên quan",
            "Năm 2025-2030",
            "II.", title,
            "2", "Tổ chức tập huấn nghiệp vụ bảo hiểm y tế", "Bộ Y tế", "Bảo hiểm xã hội Việt Nam", "Năm 2026",
            "II.1", "Nhóm nền tảng số quy mô quốc gia", "II.1.1", "Nhóm nền tảng giải quyết thủ tục hành chính",
            "3", "Triển khai Cổng Dịch vụ công quốc gia", "Bộ Công an", "Các bộ, ngành, địa phương", "Tháng 02/2026",
            "II.1.2", "Nhóm nền tảng phục vụ chỉ đạo, điều hành",
            "4", "Phát triển Hệ thống thông tin báo cáo Chính phủ", "Văn phòng Chính phủ", "Bộ Tài chính", "Năm 2026"]
    rec = _text_appendix("DANH MỤC NHIỆM VỤ\n" + "\n".join(rows) + "\n")
    assert [(t.id, t.lead[:1], t.deadline) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.I.1", ("Bộ Công an",), "Năm 2025-2030"), ("PL.II.2", ("Bộ Y tế",), "Năm 2026"),
        ("PL.II.1.1.3", ("Bộ Công an",), "Tháng 02/2026"), ("PL.II.1.2.4", ("Văn phòng Chính phủ",), "Năm 2026")]


def test_a_cell_per_line_list_of_procedures_whose_column_is_its_legal_grounds():
    """"Căn cứ pháp lý" heads a column of a list of procedures written a cell per line: the documents in its cells are
    the procedures' grounds, no bases of the decision (a label over a list of documents still opens one)."""
    cells = ["STT", "Mã thủ tục", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Phí, lệ phí", "Căn cứ pháp lý",
             "1", "3.000324", "Thu hồi tài sản kết cấu hạ tầng thủy lợi", "105 ngày", "Không",
             "Nghị định số 08/2025/NĐ-CP ngày 09/01/2025 của Chính phủ quy định việc quản lý tài sản"]
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 86/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "Độc lập - Tự do - Hạnh phúc\nNghệ An, ngày 18 tháng 4 năm 2026\nQUYẾT ĐỊNH\n"
                "Công bố danh mục thủ tục hành chính\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n"
                "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
                + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Lê Hồng Vinh")
                + "DANH MỤC THỦ TỤC HÀNH CHÍNH\n(Kèm theo Quyết định số 86/QĐ-UBND)\n" + "\n".join(cells) + "\n")
    rec = parse_bytes(decision.encode(), "qd.txt")
    assert [(r.relation, r.type) for r in rec.references if r.relation != "cites"] == [("legal_basis", "Luật")]
    listed = decision.replace("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n",
                              "Căn cứ pháp lý\n- Luật Thủy lợi năm 2017;\n")
    assert [(r.relation, r.name) for r in parse_bytes(listed.encode(), "qd.txt").references
            if r.relation != "cites"] == [("legal_basis", "Thủy lợi")]


def test_a_cell_per_line_tables_closing_paragraph_after_a_short_last_row():
    """A long line after a row that left its merged cells out is the plan's closing paragraph when it reads as one
    ("Trong quá trình thực hiện, …"), no cell of that row."""
    closing = ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Tư pháp "
               "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo giải quyết theo quy định.")
    rows = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
            "1", "Rà soát văn bản quy phạm pháp luật của tỉnh", "Sở Tư pháp", "Các sở, ngành", "Quý II/2026",
            "2", "Tập huấn nghiệp vụ cho công chức tư pháp cấp xã", "Sở Tư pháp", closing]
    rec = _text_appendix("DANH MỤC NHIỆM VỤ\n" + "\n".join(rows) + "\n")
    assert [(t.id, t.support) for t in rec.tasks if t.id.startswith("PL")] == [
        ("PL.1", ("Các sở, ngành",)), ("PL.2", ())]


@pytest.mark.parametrize("appendices, ids", [
    ("PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n{table}", ["PL.1"]),
    ("PHỤ LỤC I\nCHỈ TIÊU\nTỷ lệ hồ sơ trực tuyến đạt 80%.\nPHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n{table}", ["PL.1"]),
    ("PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n{table}\nPHỤ LỤC II\nDANH MỤC NHIỆM VỤ NĂM 2027\n{table}", ["PL1.1", "PL2.1"]),
])
def test_an_appendixs_rows_take_its_number_when_several_appendices_hold_tasks(appendices, ids):
    """Rows of the one appendix that holds tasks are "PL.…" though it is headed "PHỤ LỤC I" or stands beside a "PHỤ LỤC
    I" of targets; rows of two appendices of tasks are "PL1.…", "PL2.…"."""
    table = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Rà soát thủ tục hành chính | Sở Tư pháp | Quý I/2026 |\n")
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 86/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 18 tháng 4 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
            "I. MỤC ĐÍCH\nBảo đảm tiến độ.\nII. NHIỆM VỤ\nTheo Phụ lục.\n"
            + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Hoàng Giang") + appendices.format(table=table))
    rec = parse_bytes(plan.encode(), "kh.md")
    assert [t.id for t in rec.tasks] == ids


def test_a_table_rows_time_that_says_only_when_the_work_begins_is_no_deadline():
    """"Từ quý II/2027", "Từ năm học 2026 - 2027" in a row's time: when the work begins, no deadline; a range ("Từ
    quý III/2026 đến quý III/2030") keeps its end."""
    table = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n"
             "| 1 | Triển khai thí điểm | Bộ Y tế | Từ quý II/2027 |\n"
             "| 2 | Đưa nội dung vào chương trình học | Bộ Giáo dục và Đào tạo | Từ năm học 2026 - 2027 |\n"
             "| 3 | Mở rộng mô hình | Bộ Y tế | Từ quý III/2026 đến quý III/2030 |\n")
    rec = _with_appendix(table, "kh.md")
    assert [t.deadline for t in rec.tasks if t.id.startswith("PL")] == [
        None, None, "Từ quý III/2026 đến quý III/2030"]
