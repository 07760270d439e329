"""Preamble paragraphs of the shapes Vietnamese acts are drafted in: which documents a paragraph
names as its subjects (bases, implemented or proposed documents) and which it names inside their
titles (secondary mentions, with the base they sit in and how they relate to it).

Each case lists its mentions in text order: "B <number or name>" for a subject, "S <number or
name> <link> <index of the subject it belongs to>" for a secondary mention.
"""

from __future__ import annotations

import pytest

from parsers.references import clause_roles, find_mentions

CASES = [
    # the documents an act amends, "A ngày … và B ngày … của X": both amended, the issuer after the second theirs
    ('Căn cứ Quyết định số 211/QĐ-TTg ngày 01 tháng 3 năm 2024 của Thủ tướng Chính phủ sửa đổi, bổ sung một số tiêu '
     'chí của Bộ tiêu chí quốc gia về nông thôn mới ban hành kèm theo Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm '
     '2022 và Quyết định số 319/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ;',
     ['B 211/QĐ-TTg', 'S 318/QĐ-TTg amends 0', 'S 319/QĐ-TTg amends 0']),
    # a ";" inside the base's title: what amends the base after it is no new subject
    ('Căn cứ Nghị định số 101/2024/NĐ-CP ngày 29 tháng 7 năm 2024 của Chính phủ quy định về điều tra cơ bản '
     'đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, được sửa đổi, bổ sung bởi Nghị định số '
     '151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;',
     ['B 101/2024/NĐ-CP', 'S 151/2025/NĐ-CP amended_by 0']),
    ('Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ sửa đổi, bổ sung một số '
     'điều của Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một số điều và '
     'biện pháp để tổ chức, hướng dẫn thi hành luật ban hành văn bản quy phạm pháp luật và Nghị định số '
     '79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát văn bản;',
     ['B 187/2025/NĐ-CP', 'S 78/2025/NĐ-CP amends 0', 'S Luật Ban hành văn bản quy phạm pháp luật mentions 0',
      'S 79/2025/NĐ-CP amends 0']),
    ('Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 (đã được sửa đổi, bổ sung một số điều '
     'theo Luật số 59/2020/QH14, Luật số 72/2020/QH14);',
     ['B Luật Ngân sách nhà nước', 'S 59/2020/QH14 amended_by 0', 'S 72/2020/QH14 amended_by 0']),
    ('Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15 và Luật số '
     '47/2024/QH15;',
     ['B 31/2024/QH15', 'S 43/2024/QH15 amended_by 0', 'S 47/2024/QH15 amended_by 0']),
    ('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều '
     'theo Nghị quyết số 203/2025/QH15;',
     ['B Hiến pháp', 'S 203/2025/QH15 amended_by 0']),
    ('Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 và Luật Viên chức ngày 15 tháng 11 năm '
     '2010; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 '
     'tháng 11 năm 2019;',
     ['B Luật Cán bộ, công chức',
      'B Luật Viên chức',
      'B Luật sửa đổi',
      'S Luật Cán bộ, công chức amends 2',
      'S Luật Viên chức amends 2']),
    ('Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng '
     '11 năm 2018;',
     ['B Luật sửa đổi']),
    ('Căn cứ Nghị quyết số 98/2023/QH15 ngày 24 tháng 6 năm 2023 của Quốc hội về thí điểm cơ chế; '
     'Nghị quyết số 260/2025/QH15 sửa đổi, bổ sung một số điều của Nghị quyết số 98/2023/QH15;',
     ['B 98/2023/QH15', 'B 260/2025/QH15', 'S 98/2023/QH15 amends 1']),
    ('Căn cứ Thông tư số 01/2023/TT-BTC ngày 05 tháng 01 năm 2023 của Bộ Tài chính hướng dẫn thực '
     'hiện Nghị định số 45/2022/NĐ-CP;',
     ['B 01/2023/TT-BTC', 'S 45/2022/NĐ-CP implements 0']),
    ('Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật '
     'số 87/2025/QH15;',
     ['B 64/2025/QH15', 'S 87/2025/QH15 amended_by 0']),
    # a body's charter by its name; a charter an act issues is what the act is, no other
    ('Căn cứ Điều lệ Đảng và Quy chế làm việc số 04-QC/TU ngày 12/3/2021 của Ban Chấp hành Đảng bộ thành phố;',
     ['B Điều lệ Đảng', 'B 04-QC/TU']),
    ('Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04 tháng 9 năm 2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ '
     'Trường tiểu học;', ['B 28/2020/TT-BGDĐT']),
    # "đã được điều chỉnh, bổ sung tại …": the act that amended the base
    ('Căn cứ Quyết định số 1432/QĐ-UBND ngày 30 tháng 9 năm 2011 của Chủ tịch UBND tỉnh phê duyệt Quy hoạch bảo vệ và '
     'phát triển rừng, đã được điều chỉnh, bổ sung tại Quyết định số 215/QĐ-UBND ngày 16 tháng 02 năm 2012;',
     ['B 1432/QĐ-UBND', 'S 215/QĐ-UBND amended_by 0']),
    # a Party number with a stray space after its slash, or a line broken after its hyphen
    ('Căn cứ Nghị quyết số 83-NQ/ TW ngày 20 tháng 01 năm 2026 của Bộ Chính trị về bảo đảm an ninh nguồn nước;',
     ['B 83-NQ/TW']),
    ('Thực hiện Kế hoạch số 12-KH/TU ngày 05/3/2025 của Tỉnh ủy thực hiện Chỉ thị số 35-\nCT/TW của Bộ Chính trị;',
     ['B 12-KH/TU', 'S 35-CT/TW implements 0']),
    ('Căn cứ Nghị quyết số 60- NQ/TW ngày 12/4/2025 của Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng;',
     ['B 60-NQ/TW']),
    # the procedures in the title amended, the act they follow implemented: a verb between ends "được sửa đổi"
    ('Căn cứ Quyết định số 2304/QĐ-BNNMT ngày 23 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường về '
     'việc công bố thủ tục hành chính được sửa đổi, bổ sung lĩnh vực đất đai thực hiện theo Nghị định số '
     '151/2025/NĐ-CP;',
     ['B 2304/QĐ-BNNMT', 'S 151/2025/NĐ-CP implements 0']),
    ('Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân định '
     'thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai;',
     ['B 151/2025/NĐ-CP']),
    ('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một '
     'số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm '
     '2019;',
     ['B Luật Tổ chức chính quyền địa phương',
      'B Luật sửa đổi',
      'S Luật Tổ chức Chính phủ amends 1',
      'S Luật Tổ chức chính quyền địa phương amends 1']),
    ('Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một '
     'số điều của Luật Bảo vệ môi trường, được sửa đổi, bổ sung bởi Nghị định số 05/2025/NĐ-CP ngày '
     '06 tháng 01 năm 2025;',
     ['B 08/2022/NĐ-CP', 'S Luật Bảo vệ môi trường implements 0', 'S 05/2025/NĐ-CP amended_by 0']),
    ('Căn cứ Quyết định số 1369/QĐ-UBND ngày 09 tháng 4 năm 2018 và Quyết định số 2012/QĐ-UBND ngày '
     '10 tháng 5 năm 2019 của Ủy ban nhân dân Thành phố;',
     ['B 1369/QĐ-UBND', 'B 2012/QĐ-UBND']),
    ('Căn cứ Nghị quyết số 27/2022/UBTVQH15 ngày 21 tháng 9 năm 2022 của Ủy ban Thường vụ Quốc hội về '
     'việc thành lập thị xã Tây Ninh, Nghị quyết số 1287/NQ-UBTVQH15 ngày 14 tháng 11 năm 2024;',
     ['B 27/2022/UBTVQH15', 'B 1287/NQ-UBTVQH15']),
    ('Thực hiện Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị; Kế hoạch số 123-KH/TU '
     'ngày 01 tháng 8 năm 2023 của Thành ủy thực hiện Kết luận số 57-KL/TW;',
     ['B 57-KL/TW', 'B 123-KH/TU', 'S 57-KL/TW implements 1']),
    ('Căn cứ Thông tư số 11/2025/TT-BNV ngày 30 tháng 6 năm 2025 của Bộ trưởng Bộ Nội vụ hướng dẫn '
     'chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh;',
     ['B 11/2025/TT-BNV']),
    ('Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;',
     ['B Luật Phí và lệ phí']),
    # after the acts that amended the base, one older than the base amended nothing of it: a subject of its own
    ('Căn cứ Nghị định số 118/2021/NĐ-CP ngày 23 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều '
     'và biện pháp thi hành Luật Xử lý vi phạm hành chính, được sửa đổi, bổ sung bởi Nghị định số 68/2025/NĐ-CP '
     'ngày 18 tháng 3 năm 2025 và Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi '
     'tình hình thi hành pháp luật;',
     ['B 118/2021/NĐ-CP', 'S Luật Xử lý vi phạm hành chính implements 0', 'S 68/2025/NĐ-CP amended_by 0',
      'B 59/2012/NĐ-CP']),
    ('Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019 (đã được sửa đổi, bổ sung bởi Luật số '
     '56/2024/QH15);',
     ['B Luật Quản lý thuế', 'S 56/2024/QH15 amended_by 0']),
    ('Thực hiện Kế hoạch số 10-KH/TU ngày 5/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số '
     '57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;',
     ['B 10-KH/TU', 'S 57-NQ/TW implements 0']),
    ('Thực hiện Chỉ thị số 08/CT-TTg ngày 01/3/2025 của Thủ tướng Chính phủ về việc triển khai Nghị '
     'quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;',
     ['B 08/CT-TTg', 'S 57-NQ/TW implements 0']),
    # a title that reports on the work only names what was done: "về kết quả 9 năm thực hiện Chỉ thị …"
    ('Xét đề nghị của Ban Nội chính Trung ương tại Tờ trình số 214-TTr/BNCTW ngày 28/10/2024 về kết quả 9 năm '
     'thực hiện Chỉ thị số 50-CT/TW ngày 07/12/2015 của Bộ Chính trị;',
     ['B 214-TTr/BNCTW', 'S 50-CT/TW mentions 0']),
    # … and a work of its own done as a document says ("… làm sạch cơ sở dữ liệu đất đai theo Luật …") — but a
    # programme a decision approved is implemented ("… thực hiện Chiến lược … theo Quyết định số …")
    ('Thực hiện Kế hoạch số 112/KH-BNNMT ngày 20/01/2026 của Bộ Nông nghiệp và Môi trường về triển khai làm giàu, '
     'làm sạch cơ sở dữ liệu đất đai theo Luật Đất đai số 31/2024/QH15;',
     ['B 112/KH-BNNMT', 'S 31/2024/QH15 mentions 0']),
    ('Căn cứ Quyết định số 1098/QĐ-BNN-KH ngày 24/3/2023 của Bộ Nông nghiệp và Phát triển nông thôn ban hành Kế '
     'hoạch hành động thực hiện Chiến lược phát triển nông thôn giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 theo '
     'Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ;',
     ['B 1098/QĐ-BNN-KH', 'S 150/QĐ-TTg implements 0']),
    ('Căn cứ Quyết định số 1/QĐ-TTg ngày 2/1/2025 của Thủ tướng Chính phủ phê duyệt Chiến lược phát '
     'triển; Quyết định số 2/QĐ-TTg ngày 3/1/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện '
     'Nghị quyết số 3/NQ-CP ngày 1/1/2025 của Chính phủ;',
     ['B 1/QĐ-TTg', 'B 2/QĐ-TTg', 'S 3/NQ-CP implements 1']),
    ('Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một '
     'cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 '
     'của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;',
     ['B 61/2018/NĐ-CP', 'B 107/2021/NĐ-CP', 'S 61/2018/NĐ-CP amends 1']),
    ('Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành '
     'một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;',
     ['B 01/2018/TT-VPCP', 'S 61/2018/NĐ-CP implements 0']),
    ('Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số điều của Luật Đất '
     'đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng ngày 29 tháng 6 năm '
     '2024;',
     ['B Luật Đất đai',
      'B Luật sửa đổi',
      'S Luật Đất đai amends 1',
      'S Luật Nhà ở amends 1',
      'S Luật Kinh doanh bất động sản amends 1',
      'S Luật Các tổ chức tín dụng amends 1']),
    ('Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 71/NQ-CP ngày '
     '01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực '
     'hiện Nghị quyết số 57-NQ/TW;',
     ['B 57-NQ/TW', 'B 71/NQ-CP', 'S 57-NQ/TW implements 1']),
    ('Căn cứ Thông tư số 15/2022/TT-BTC ngày 04/3/2022 của Bộ Tài chính (được sửa đổi, bổ sung tại '
     'Thông tư số 20/2023/TT-BTC);',
     ['B 15/2022/TT-BTC', 'S 20/2023/TT-BTC amended_by 0']),
    ('Căn cứ Nghị định số 47/2017/NĐ-CP ngày 24/4/2017, Nghị định số 72/2019/NĐ-CP ngày 30/8/2019 của '
     'Chính phủ;',
     ['B 47/2017/NĐ-CP', 'B 72/2019/NĐ-CP']),
    ('Thực hiện Công văn số 1/BTTTT-TTĐN ngày 2/2/2025 của Bộ Thông tin và Truyền thông về việc hướng '
     'dẫn triển khai Quyết định số 2/QĐ-TTg ngày 1/1/2025;',
     ['B 1/BTTTT-TTĐN', 'S 2/QĐ-TTg implements 0']),
    ('Căn cứ Nghị định số 10/2020/NĐ-CP ngày 17/01/2020 của Chính phủ; Nghị định số 47/2022/NĐ-CP '
     'ngày 19/7/2022 của Chính phủ sửa đổi Nghị định số 10/2020/NĐ-CP;',
     ['B 10/2020/NĐ-CP', 'B 47/2022/NĐ-CP', 'S 10/2020/NĐ-CP amends 1']),
    ('Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các '
     'cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số '
     '107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị '
     'định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ;',
     ['B 24/2014/NĐ-CP', 'B 107/2020/NĐ-CP', 'S 24/2014/NĐ-CP amends 1']),
    ('Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt '
     'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;',
     ['B 749/QĐ-TTg']),
    ('Thực hiện Nghị quyết số 06-NQ/TU ngày 10/5/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi '
     'số; Kế hoạch số 22/KH-UBND ngày 20/6/2021 của Ủy ban nhân dân tỉnh triển khai Nghị quyết số '
     '06-NQ/TU;',
     ['B 06-NQ/TU', 'B 22/KH-UBND', 'S 06-NQ/TU implements 1']),
    ('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Nghị quyết số 190/2025/QH15 ngày '
     '19/02/2025 của Quốc hội quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy '
     'nhà nước;',
     ['B 72/2025/QH15', 'B 190/2025/QH15']),
    ('Căn cứ Nghị định số 115/2024/NĐ-CP ngày 16/9/2024 của Chính phủ quy định chi tiết một số điều '
     'và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà đầu tư thực hiện dự án đầu tư có sử dụng '
     'đất;',
     ['B 115/2024/NĐ-CP', 'S Luật Đấu thầu implements 0']),
    ('Căn cứ Nghị định số 98/2021/NĐ-CP ngày 08/11/2021 của Chính phủ về quản lý trang thiết bị y tế '
     'và Nghị định số 07/2023/NĐ-CP ngày 03/3/2023 của Chính phủ sửa đổi, bổ sung một số điều của '
     'Nghị định số 98/2021/NĐ-CP;',
     ['B 98/2021/NĐ-CP', 'B 07/2023/NĐ-CP', 'S 98/2021/NĐ-CP amends 1']),
    ('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\nCăn cứ Nghị quyết số '
     '35/2025/NQ-HĐND ngày 10/7/2025 của Hội đồng nhân dân tỉnh quy định mức chi thực hiện Nghị định '
     'số 73/2024/NĐ-CP;',
     ['B Luật Tổ chức chính quyền địa phương', 'B 35/2025/NQ-HĐND', 'S 73/2024/NĐ-CP implements 1']),
    ('Căn cứ Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, '
     'Luật Kiểm toán độc lập;',
     ['B 56/2024/QH15', 'S Luật Chứng khoán amends 0', 'S Luật Kế toán amends 0', 'S Luật Kiểm toán độc lập amends 0']),
    ('Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số '
     '87/2025/QH15;',
     ['B 87/2025/QH15', 'S Luật Ban hành văn bản quy phạm pháp luật amends 0']),
    ('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, Luật sửa đổi, bổ sung một '
     'số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm '
     '2019;',
     ['B Luật Tổ chức chính quyền địa phương',
      'B Luật sửa đổi',
      'S Luật Tổ chức Chính phủ amends 1',
      'S Luật Tổ chức chính quyền địa phương amends 1']),
    ('Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017; Luật sửa đổi, bổ sung một số điều của Luật Quy '
     'hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu ngày 29 tháng '
     '11 năm 2024;',
     ['B Luật Quy hoạch',
      'B Luật sửa đổi',
      'S Luật Quy hoạch amends 1',
      'S Luật Đầu tư amends 1',
      'S Luật Đầu tư theo phương thức đối tác công tư amends 1',
      'S Luật Đấu thầu amends 1']),
    ('Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;',
     ['B Bộ luật Lao động']),
    ('Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;',
     ['B 43/2019/QH14']),
    ('Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nCăn cứ Nghị định số 163/2016/NĐ-CP ngày 21 '
     'tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà '
     'nước;',
     ['B 89/2025/QH15', 'B 163/2016/NĐ-CP', 'S Luật Ngân sách nhà nước implements 1']),
    ('Căn cứ Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về Chương trình cắt giảm, đơn giản '
     'hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026;',
     ['B 66/NQ-CP']),
    ('Căn cứ Nghị định số 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của Chính phủ quy định chi tiết '
     'một số điều và biện pháp thi hành Luật Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số '
     'điều của Luật Phòng cháy và chữa cháy;',
     ['B 136/2020/NĐ-CP',
      'S Luật Phòng cháy và chữa cháy implements 0',
      'S Luật sửa đổi',
      'S Luật Phòng cháy và chữa cháy']),
    ('Căn cứ Nghị quyết số 99/NQ-CP ngày 30/6/2025 của Chính phủ ban hành Kế hoạch triển khai Nghị '
     'quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị và Chỉ thị số 17/CT-TTg ngày 1/6/2025 của Thủ '
     'tướng Chính phủ;',
     ['B 99/NQ-CP', 'S 66-NQ/TW implements 0', 'S 17/CT-TTg implements 0']),
    # … but one of another type with its own date and title is the paragraph's next subject
    ('Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định chi tiết thi hành '
     'một số điều của Luật An toàn thực phẩm và Nghị định số 115/2018/NĐ-CP ngày 04 tháng 9 năm 2018 của '
     'Chính phủ quy định xử phạt vi phạm hành chính về an toàn thực phẩm;',
     ['B 15/2018/NĐ-CP', 'S Luật An toàn thực phẩm implements 0', 'B 115/2018/NĐ-CP']),
    ('Căn cứ Quyết định số 100/QĐ-TTg ngày 1/2/2025 của Thủ tướng Chính phủ (được đính chính tại '
     'Quyết định số 200/QĐ-TTg ngày 5/3/2025);',
     ['B 100/QĐ-TTg', 'S 200/QĐ-TTg amended_by 0']),
    ('Căn cứ Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/9/2015 của Bộ Nội vụ và Bộ Tài chính;',
     ['B 01/2015/TTLT-BNV-BTC']),
    ('Căn cứ Văn bản hợp nhất số 03/VBHN-BNV ngày 10/5/2023 của Bộ Nội vụ;',
     ['B 03/VBHN-BNV']),
    ('Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Kết luận số 121-KL/TW ngày 24/01/2025 của '
     'Ban Chấp hành Trung ương Đảng;',
     ['B 18-NQ/TW', 'B 121-KL/TW']),
    ('Căn cứ Nghị định số 32/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định giao nhiệm vụ, đặt hàng '
     '(đã được sửa đổi, bổ sung tại Nghị định số 58/2025/NĐ-CP);',
     ['B 32/2019/NĐ-CP', 'S 58/2025/NĐ-CP amended_by 0']),
    ('Căn cứ Quyết định số 2/2025/QĐ-UBND ngày 1/1/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế '
     'phối hợp; Quyết định số 5/2025/QĐ-UBND ngày 1/3/2025 sửa đổi, bổ sung Quyết định số '
     '2/2025/QĐ-UBND;',
     ['B 2/2025/QĐ-UBND', 'B 5/2025/QĐ-UBND', 'S 2/2025/QĐ-UBND amends 1']),
    ('Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024; Luật Việc làm ngày 16 tháng 6 năm 2025;',
     ['B Luật Bảo hiểm xã hội', 'B Luật Việc làm']),
    ('Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một số điều và '
     'biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;',
     ['B 78/2025/NĐ-CP', 'S Luật Ban hành văn bản quy phạm pháp luật implements 0']),
    ('Căn cứ Nghị định số 187/2025/NĐ-CP ngày 1/7/2025 của Chính phủ sửa đổi, bổ sung một số điều của '
     'Nghị định số 78/2025/NĐ-CP quy định chi tiết một số điều của Luật Ban hành văn bản quy phạm '
     'pháp luật;',
     ['B 187/2025/NĐ-CP', 'S 78/2025/NĐ-CP amends 0', 'S Luật Ban hành văn bản quy phạm pháp luật mentions 0']),
    # one type word over several laws named by name
    ('Căn cứ các Luật: Tổ chức chính quyền địa phương ngày 19/6/2015, Ngân sách nhà nước ngày 25/6/2015 '
     'và Đầu tư công ngày 13/6/2019;',
     ['B Luật Tổ chức chính quyền địa phương', 'B Luật Ngân sách nhà nước', 'B Luật Đầu tư công']),
    # a law's type word parted by a page's wrap
    ('Căn cứ Nghị định số 57/2023/NĐ-CP ngày 10 tháng 8 năm 2023 của Chính phủ quy định chi tiết và biện pháp '
     'thi hành Pháp\nlệnh Ưu đãi người có công với cách mạng;',
     ['B 57/2023/NĐ-CP', 'S Pháp lệnh Ưu đãi người có công với cách mạng implements 0']),
    # … its names parted by semicolons
    ('Căn cứ các Luật: Đất đai năm 2024; Nhà ở năm 2023; Kinh doanh bất động sản năm 2023;',
     ['B Luật Đất đai', 'B Luật Nhà ở', 'B Luật Kinh doanh bất động sản']),
    # a name with "với", "của" or a comma inside, running up to its number
    ('Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Luật Phòng, chống tác hại '
     'của thuốc lá số 09/2012/QH13;',
     ['B 02/2020/UBTVQH14', 'B 09/2012/QH13']),
    # the title runs through an unnumbered document to a bare second one, under the same verb
    ('Thực hiện Chương trình hành động số 05-CTr/TU ngày 10/3/2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội '
     'đại biểu Đảng bộ tỉnh lần thứ XX và Nghị quyết số 01-NQ/TU;',
     ['B 05-CTr/TU', 'S 01-NQ/TU implements 0']),
    # an amending law listing many laws, its own number at the end
    ('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, '
     'Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá '
     'nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính số 56/2024/QH15;',
     ['B 56/2024/QH15', 'S Luật Chứng khoán amends 0', 'S Luật Kế toán amends 0',
      'S Luật Kiểm toán độc lập amends 0', 'S Luật Ngân sách nhà nước amends 0',
      'S Luật Quản lý, sử dụng tài sản công amends 0', 'S Luật Quản lý thuế amends 0',
      'S Luật Thuế thu nhập cá nhân amends 0', 'S Luật Dự trữ quốc gia amends 0',
      'S Luật Xử lý vi phạm hành chính amends 0']),
    # the issuer ends where the title's verb begins ("… của Bộ Tài chính hợp nhất Nghị định …")
    ('Căn cứ Văn bản hợp nhất số 15/VBHN-BTC ngày 10/5/2023 của Bộ Tài chính hợp nhất Nghị định số '
     '11/2020/NĐ-CP và Nghị định số 24/2022/NĐ-CP;',
     ['B 15/VBHN-BTC', 'S 11/2020/NĐ-CP mentions 0', 'S 24/2022/NĐ-CP mentions 0']),
    # the issuer ends before "và" and the next document: both amend the base
    ('Căn cứ Nghị định số 11/2021/NĐ-CP ngày 29 tháng 01 năm 2021 của Chính phủ quy định chi tiết, được sửa đổi, '
     'bổ sung bởi Nghị định số 37/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của Chính phủ và Nghị định số '
     '140/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;',
     ['B 11/2021/NĐ-CP', 'S 37/2023/NĐ-CP amended_by 0', 'S 140/2025/NĐ-CP amended_by 0']),
    # an application, its purpose before its number, the type words split by a line break
    ('Trên cơ sở Đơn đề\nnghị xác định mã số số 0825-01/HW-TCHQ đề ngày 05/9/2025 của Công ty TNHH A;',
     ['B 0825-01/HW-TCHQ']),
    # a law named before a sentence goes on after its comma; the next law a title of capitals joins
    ('Căn cứ Luật Ngân sách nhà nước, hoàn thành trước ngày 15/12/2025 việc phân bổ dự toán;',
     ['B Luật Ngân sách nhà nước']),
    ('Căn cứ Quyết định số 1023/QĐ-TTg ngày 23/9/2024 của Thủ tướng Chính phủ ban hành KẾ HOẠCH TRIỂN KHAI '
     'THI HÀNH LUẬT ĐƯỜNG BỘ VÀ LUẬT TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ;',
     ['B 1023/QĐ-TTg', 'S Luật Đường bộ', 'S Luật Trật tự, an toàn giao thông đường bộ']),
    ('Căn cứ Công văn hỏa tốc số 1001/VPCP-KTTH ngày 02/02/2025 của Văn phòng Chính phủ;',
     ['B 1001/VPCP-KTTH']),
    # a title of capitals joins a second subject with "VÀ" after the first one's issuer
    ('TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG NGÀY 20/10/2025 CỦA THỦ TƯỚNG\nCHÍNH PHỦ VÀ KẾT LUẬN SỐ '
     '205-KL/TW NGÀY 14/10/2025 CỦA BAN BÍ THƯ VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI',
     ['B 31/CT-TTG', 'B 205-KL/TW']),
    # an amending law that names the laws it amends by their field, its date after it; a decree detailing it, the
    # decrees it amends in the same title no document
    ('Căn cứ Luật sửa đổi, bổ sung một số điều của các Luật về thuế ngày 26 tháng 11 năm 2014;',
     ['B Luật sửa đổi, bổ sung một số điều của các Luật về thuế']),
    ('Căn cứ Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của Chính phủ quy định chi tiết thi hành Luật sửa '
     'đổi, bổ sung một số điều của các Luật về thuế và sửa đổi, bổ sung một số điều của các Nghị định về thuế;',
     ['B 12/2015/NĐ-CP', 'S Luật sửa đổi, bổ sung một số điều của các Luật về thuế implements 0']),
    # a document joined by "và" after a secondary mention, dated after the base: no title names a later document, it
    # is the paragraph's next subject (but the acts that amended the base may be later)
    ('Thực hiện Chương trình hành động số 18-CTr/TU ngày 10 tháng 12 năm 2008 của Tỉnh ủy Phú Yên thực hiện Nghị '
     'quyết số 26-NQ/TW ngày 05 tháng 8 năm 2008 của Ban Chấp hành Trung ương Đảng (khóa X) về nông nghiệp, nông dân, '
     'nông thôn và Nghị quyết số 05/2011/NQ-HĐND ngày 22 tháng 4 năm 2011 của Hội đồng nhân dân tỉnh;',
     ['B 18-CTr/TU', 'S 26-NQ/TW implements 0', 'B 05/2011/NQ-HĐND']),
    ('Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019, được sửa đổi, bổ sung bởi Luật số 64/2020/QH14 ngày 18 '
     'tháng 6 năm 2020 và Luật số 72/2020/QH14 ngày 17 tháng 11 năm 2020;',
     ['B Luật Đầu tư công', 'S 64/2020/QH14 amended_by 0', 'S 72/2020/QH14 amended_by 0']),
    # "và sử dụng" pairs two works of the circular's title; the decree it follows is named inside that title
    # (secondary), no other body's document (as "… và hướng dẫn của Bộ Nội vụ tại Công văn số …" is)
    ('Căn cứ Thông tư số 53/2019/TT-BTC ngày 16 tháng 8 năm 2019 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý và sử '
     'dụng kinh phí theo quy định tại Nghị định số 98/2018/NĐ-CP ngày 05 tháng 7 năm 2018 của Chính phủ;',
     ['B 53/2019/TT-BTC', 'S 98/2018/NĐ-CP implements 0']),
]


def _label(mention) -> str:
    if mention.number:
        return mention.number
    return f"{mention.type} {mention.name}" if mention.name else mention.type


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:48] for c in CASES])
def test_preamble_subjects_and_secondary_mentions(text, want):
    mentions = find_mentions(text)
    roles = clause_roles(text, mentions)
    got = [("S " if r.secondary else "B ") + _label(m) + (f" {r.link} {r.of}" if r.secondary else "")
           for m, r in zip(mentions, roles, strict=True)]
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        assert g.startswith(w), (g, w)


def test_the_enacting_formula_on_the_line_after_a_proposal_that_ends_with_a_comma():
    """"Theo đề nghị của Cục trưởng …, ⏎ Bộ … ban hành Kế hoạch thực hiện Chỉ thị số …": the proposal ends at its comma
    where the next line opens with who enacts; the document it names again is a cite."""
    from parsers import parse_bytes

    plan = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 1287/KH-BNNMT\nHà Nội, ngày 05 tháng 12 năm 2025\nKẾ HOẠCH\n"
            "Thực hiện Chỉ thị số 32/CT-TTg ngày 18 tháng 11 năm 2025 của Thủ tướng Chính phủ\n"
            "Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;\nTheo đề nghị của Cục trưởng Cục Thủy sản và Kiểm ngư,\n"
            "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch thực hiện Chỉ\nthị số 32/CT-TTg ngày 18 tháng 11 năm 2025 "
            "của Thủ tướng Chính phủ, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời Chỉ thị.\n")
    rec = parse_bytes(plan.encode(), "kh.txt")
    assert [(r.relation, r.number or r.name) for r in rec.references] == [
        ("implements", "32/CT-TTg"), ("legal_basis", "Thủy sản"), ("cites", "32/CT-TTg")]


def test_a_title_in_capitals_that_opens_with_a_cue_ends_where_its_capitals_end():
    """"KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT HÒA GIẢI Ở CƠ SỞ ⏎ Luật Hòa giải ở cơ sở được Quốc hội … thông qua …": the
    title implements the law; the sentence under it is the text's own, its law a cite, no mention in the title."""
    from parsers import parse_bytes

    plan = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 1520/KH-UBND\nQuảng Bình, ngày 18 tháng 9 năm 2014\n"
            "KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT HÒA GIẢI Ở CƠ SỞ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH\n"
            "Luật Hòa giải ở cơ sở được Quốc hội thông qua và có hiệu lực thi hành từ ngày 01 tháng 01 năm 2014.\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời Luật.\n")
    rec = parse_bytes(plan.encode(), "kh.txt")
    assert [r.relation for r in rec.references] == ["implements", "cites"]


@pytest.mark.parametrize(("text", "names"), [
    # a heading's last words name the law; the next line opens with its work
    ("1. Quán triệt, phổ biến, tuyên truyền nội dung Luật Đường sắt\nTổ chức hội nghị quán triệt cho cán bộ.",
     ["Đường sắt"]),
    # when it takes effect, after its name
    ("về việc triển khai thi hành Luật Nhà ở, Luật Kinh doanh bất động sản từ ngày\n01/8/2024;",
     ["Nhà ở", "Kinh doanh bất động sản"]),
    # a plan after a law's whole name and "và", in capitals (no law's name goes on so)
    ("Rà soát các đồ án theo Luật Đất đai và Quy hoạch tỉnh thời kỳ 2021 - 2030; đề xuất điều chỉnh.", ["Đất đai"]),
    # a task's field on the line after the law the text speaks of: no name
    ("5. Rà soát, kiện toàn tổ chức bộ máy thực hiện các nhiệm vụ mới được giao theo Luật\nCơ quan chủ trì: Vụ Tổ chức "
     "cán bộ; thời gian thực hiện: Quý IV/2024.", []),
    # a name that opens on the next line goes on there
    ("quy định chi tiết một số điều của Luật\nQuản lý thuế; Nghị định số 91/2022/NĐ-CP", ["Quản lý thuế", None]),
    # when, said after the law and a comma
    ("hướng dẫn thi hành Luật Bảo hiểm y tế, thời gian qua, Bảo hiểm xã hội Việt Nam đã phối hợp", ["Bảo hiểm y tế"]),
    # the provisions a table's cell names after the law; the rule under a title; where the money comes from besides
    ("biện pháp thi hành Luật Dân số\nKhoản 3 Điều 9; Điều 14", ["Dân số"]),
    ("KẾ HOẠCH\nTriển khai thi hành Luật Dân số ––––––\nTHỦ TƯỚNG CHÍNH PHỦ", ["Dân số"]),
    ("theo quy định của Luật Ngân sách nhà nước và từ các nguồn hợp pháp khác.", ["Ngân sách nhà nước"]),
    # after a catalogued law's whole name a comma lists what else (a name's own comma goes on: "Quản lý, sử dụng …")
    ("theo phân cấp quy định tại Luật Ngân sách nhà nước, vốn xã hội\nhóa và các nguồn hợp pháp khác.",
     ["Ngân sách nhà nước"]),
    ("Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;", ["Quản lý, sử dụng tài sản công"]),
    # … and "và" before small letters after it: what else funds it, not more of the name
    ("bố trí theo quy định của Luật Ngân sách nhà nước và nguồn vốn xã hội hóa.", ["Ngân sách nhà nước"]),
    # … and no name ends on "và" before the sentence goes on ("… và phải được …")
    ("theo quy định của Luật Ngân sách nhà nước và phải được cấp có thẩm quyền quyết định.", ["Ngân sách nhà nước"]),
])
def test_a_law_named_at_a_lines_end_and_the_next_lines_work(text, names):
    assert [m.name for m in find_mentions(text)] == names


def test_a_proposal_and_the_opinion_joined_to_it_in_a_document_whose_type_and_number_words_part():
    """"Xét đề nghị … tại Công văn số 1186/HC-VP … và ý kiến của Hội đồng … tại Biên bản họp số 27/BB-HĐTĐKT": the
    opinion's document is a proposal of its own, though "họp" stands between its type and its number."""
    text = ("Xét đề nghị của Cục trưởng Cục Hóa chất tại Công văn số 1186/HC-VP ngày 02 tháng 12 năm 2025 và ý kiến "
            "của Hội đồng Thi đua - Khen thưởng Bộ Công Thương tại Biên bản họp số 27/BB-HĐTĐKT ngày 12 tháng 12 năm "
            "2025;")
    mentions = find_mentions(text)
    assert [r.secondary for r in clause_roles(text, mentions, "proposal")] == [False, False]


def test_an_attached_plans_first_heading_run_on_after_its_note_opens_its_bases():
    """A copy that runs the signature, the attached Đề án's title, its note and its first heading into one line
    ("… (Kèm theo Quyết định số …) I. CƠ SỞ PHÁP LÝ"): the heading opens its own line, and the documents it lists
    are the Đề án's bases."""
    from parsers import parse_bytes

    text = ("Quyết định 1873/QĐ-UBND năm 2014\nỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC -------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 1873/QĐ-UBND Bình Phước, ngày 12 tháng 9 năm 2014 QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN XÂY DỰNG XÃ KHÔNG CÓ "
            "TỆ NẠN MA TÚY ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\n"
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
            "Xét đề nghị của Giám đốc Công an tỉnh, QUYẾT ĐỊNH:\nĐiều 1.\nPhê duyệt Đề án kèm theo Quyết định này.\n"
            "Điều 2.\nQuyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n"
            "- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Văn Đức ĐỀ ÁN XÂY DỰNG XÃ KHÔNG CÓ TỆ NẠN "
            "MA TÚY (Kèm theo Quyết định số 1873/QĐ-UBND ngày 12/9/2014 của UBND tỉnh Bình Phước) I. CƠ SỞ PHÁP LÝ\n"
            "- Nghị định số 94/2010/NĐ-CP  ngày 09/9/2010 của Chính phủ quy định về tổ chức cai nghiện ma túy tại gia "
            "đình;\n- Quyết định số 1001/QĐ-TTg ngày 27/6/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia "
            "phòng, chống ma túy.\nII. MỤC TIÊU\nGiảm số người nghiện.\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    bases = [r.number for r in rec.references if r.relation == "legal_basis"]
    assert "94/2010/NĐ-CP" in bases and "1001/QĐ-TTg" in bases


def test_a_law_named_before_and_the_work_that_follows_it():
    """"… thi hành Luật An toàn thực phẩm và thực hiện Kế hoạch số 76/KH-UBND …": the law's name ends before "và"
    and the work that opens the next clause; the plan is a mention of its own."""
    text = ("Sau 5 năm thi hành Luật An toàn thực phẩm và thực hiện Kế hoạch số 76/KH-UBND ngày 18 tháng 7 năm 2011 "
            "của UBND tỉnh, công tác quản lý đã có chuyển biến.")
    assert [_label(m) for m in find_mentions(text)] == ["Luật An toàn thực phẩm", "76/KH-UBND"]


def test_the_account_of_the_meeting_after_a_partys_preamble_is_no_part_of_its_last_clause():
    """A Party conclusion's preamble ends with a comma, the account of the meeting on the next line ("…, ⏎ Ngày
    10/10/2025, Ban Thường vụ Đảng ủy phường họp, nghe … (Báo cáo số 41-BC/ĐU …)"): the report is cited, no
    secondary mention of the last base."""
    from parsers.references import preamble_paragraphs

    text = ("*Thực hiện Chương trình hành động số 03-CTr/ĐU ngày 06/10/2025 của Ban Thường vụ Đảng ủy phường về "
            "trật tự đô thị,*\nNgày 10/10/2025, Ban Thường vụ Đảng ủy phường họp, nghe Văn phòng Đảng ủy báo cáo "
            "kết quả\n(Báo cáo số 41-BC/ĐU ngày 08/10/2025). Ban Thường vụ Đảng ủy phường kết luận như sau:\n"
            "1. Đánh giá chung\n")
    paragraphs = preamble_paragraphs(text, 0, len(text))
    assert [(p.relation, text[p.start : p.end].split()[-1]) for p in paragraphs] == [("implements", "thị,")]


def test_a_laws_name_ends_before_or():
    """"… theo quy định của Luật Đấu thầu hoặc pháp luật về đấu giá tài sản": no law's name holds "hoặc"."""
    text = "Việc lựa chọn nhà đầu tư thực hiện theo Luật Đấu thầu hoặc pháp luật về đấu giá tài sản."
    assert [(m.type, m.name) for m in find_mentions(text)] == [("Luật", "Đấu thầu")]


@pytest.mark.parametrize(("text", "name"), [
    # the name ends where the others begin
    ("Quốc hội đã thông qua Luật Công nghiệp công nghệ số và nhiều luật quan trọng\nkhác.", "Công nghiệp công nghệ số"),
    # … and before "hiện hành" though a stop follows it at once
    ("xử lý vi phạm theo quy định của Luật Phòng cháy và chữa cháy hiện \nhành; hoàn thành trước ngày 15/01/2025.",
     "Phòng cháy và chữa cháy"),
    # … before a comma and the verb the sentence goes on with
    ("quy định chi tiết một số điều của Luật Lâm nghiệp, gửi Bộ Tài chính xem xét, xử lý.", "Lâm nghiệp"),
    # … and after the words a comma let it run on with, before what the law is to fit
    ("nghiên cứu sửa đổi Luật Phòng, chống tham nhũng phù hợp với yêu cầu thực tiễn.", "Phòng, chống tham nhũng"),
    # … before where it is applied
    ("hướng dẫn thi hành một số điều của Luật Kế toán áp dụng trong hoạt động kinh doanh;", "Kế toán"),
])
def test_a_laws_name_ends_before_the_words_that_follow_it(text, name):
    assert [(m.type, m.name) for m in find_mentions(text)] == [("Luật", name)]


def test_a_plan_that_lists_the_documents_it_rests_on_as_items():
    """"Kế hoạch … được xây dựng trên cơ sở các văn bản sau: ⏎ 1. Nghị quyết số 30c/NQ-CP … ⏎ 2. Công văn số …": the
    documents its items open with are the plan's bases; an item that names none ends the list."""
    from parsers import parse_bytes

    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nBình Phước, ngày 24 tháng 02 năm 2012\nKẾ HOẠCH\n"
            "Cải cách hành chính nhà nước giai đoạn 2011 - 2015\n"
            "Kế hoạch cải cách hành chính được xây dựng trên cơ sở các văn bản sau:\n"
            "1. Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành "
            "chính.\n2. Công văn số 4089/BNV-CCHC ngày 30/11/2011 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch.\n"
            "3. Kết quả thực hiện cải cách hành chính giai đoạn 2001 - 2010.\nII. MỤC TIÊU\n"
            "Xây dựng nền hành chính chuyên nghiệp; thực hiện theo Quyết định số 225/QĐ-TTg.\n"
            "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nTrương Tấn Thiệu\n")
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(r.relation, r.number) for r in rec.references] == [
        ("legal_basis", "30c/NQ-CP"), ("legal_basis", "4089/BNV-CCHC"), ("cites", "225/QĐ-TTg")]



def test_a_laws_name_with_a_comma_ends_at_and_what_else_the_sentence_lists():
    """"… khoản 1 Điều 70 của Luật Quản lý, sử dụng tài sản công và ⏎ trường hợp chợ không còn hoạt động …": the law's
    whole name read past its comma, then "và" and what else the sentence lists; "Luật Phòng cháy và chữa cháy" holds
    its own "và"."""
    text = ("bị thu hồi trong các trường hợp quy định tại khoản 1 Điều 70 của Luật Quản lý, sử dụng tài sản công và\n"
            "trường hợp chợ không còn hoạt động; theo Luật Phòng cháy và chữa cháy năm 2001.")
    assert [m.name for m in find_mentions(text)] == ["Quản lý, sử dụng tài sản công", "Phòng cháy và chữa cháy"]


def test_an_amending_laws_title_that_parts_the_laws_it_amends_by_semicolons():
    """"Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Đầu tư công; Luật Hải quan ngày 25 tháng 6
    năm 2025;": the 2025 laws part the laws they amend by semicolons — one amending law, not three laws; a list of bases
    parted the same way, each dated, stays a list."""
    one = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Đầu tư công; Luật Hải quan ngày 25/6/2025;"
    names = [m.name for m in find_mentions(one)]
    assert names[0] == "sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Đầu tư công; Luật Hải quan"
    several = "Căn cứ Luật Đấu thầu ngày 23/6/2023; Luật Đầu tư công ngày 29/11/2024;"
    assert [m.name for m in find_mentions(several)] == ["Đấu thầu", "Đầu tư công"]


def test_a_plans_title_that_names_the_programme_a_resolution_issued_across_its_lines():
    """"KẾ HOẠCH ⏎ THỰC HIỆN NGHỊ QUYẾT SỐ 26/NQ-CP … BAN HÀNH CHƯƠNG ⏎ TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW
    …": the plan carries out the resolution; the Party resolution is what the issued programme carries out (a secondary
    mention), however the title's lines break inside "CHƯƠNG TRÌNH"."""
    from parsers import parse_bytes

    plan = ("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\nSố: 87/KH-UBND\nSóc Trăng, ngày 14 tháng 4 năm 2023\nKẾ HOẠCH\n"
            "THỰC HIỆN NGHỊ QUYẾT SỐ 26/NQ-CP NGÀY 07/3/2023 CỦA CHÍNH PHỦ BAN HÀNH CHƯƠNG\n"
            "TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 16/6/2022 CỦA HỘI NGHỊ LẦN\n"
            "THỨ NĂM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII VỀ NÔNG NGHIỆP, NÔNG DÂN, NÔNG THÔN\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời Nghị quyết.\n")
    rec = parse_bytes(plan.encode(), "kh.txt")
    assert [(r.relation, r.number) for r in rec.references] == [("implements", "26/NQ-CP"), ("secondary", "19-NQ/TW")]


def test_a_title_in_capitals_that_names_two_laws_its_lines_breaking_after_the_type_word():
    """"TRIỂN KHAI THI HÀNH LUẬT ⏎ NHÀ Ở NĂM 2023 VÀ LUẬT KINH DOANH BẤT ĐỘNG SẢN NĂM 2023 …": the first law's name on
    the next line, the second after the first's year and "VÀ" — both laws."""
    title = ("TRIỂN KHAI THI HÀNH LUẬT\nNHÀ Ở NĂM 2023 VÀ LUẬT KINH DOANH BẤT ĐỘNG SẢN NĂM 2023 TRÊN ĐỊA BÀN TỈNH "
             "THÁI\nBÌNH\n")
    assert [(m.name, m.year) for m in find_mentions(title)] == [("Nhà ở", 2023), ("Kinh doanh bất động sản", 2023)]


def test_a_letters_subject_lists_resolutions_by_their_numbers():
    """"Công văn số 245/VPCP-KTTH … về việc triển khai các Nghị quyết của Chính phủ: số 01/NQ-CP và số ⏎ 02/NQ-CP":
    the numbers after the resolutions' type word are resolutions, the second too — not more letters of the first
    (a letter's number names no type; the code "NQ" does)."""
    text = ("Thực hiện Công văn số 245/VPCP-KTTH ngày 12 tháng 01 năm 2024 của Văn phòng Chính\nphủ về việc triển khai "
            "thực hiện các Nghị quyết của Chính phủ: số 01/NQ-CP và số\n02/NQ-CP ngày 05 tháng 01 năm 2024;")
    assert [(m.type, m.number) for m in find_mentions(text)] == [
        ("Công văn", "245/VPCP-KTTH"), ("Nghị quyết", "01/NQ-CP"), ("Nghị quyết", "02/NQ-CP")]


def test_amending_laws_by_their_numbers_one_after_another_in_one_basis_paragraph():
    """"Căn cứ Luật Sở hữu trí tuệ ngày …; Luật số 36/2009/QH12 sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ
    ngày 19 tháng 6 năm 2009; Luật số 42/2019/QH14 sửa đổi … của Luật Kinh doanh bảo hiểm, Luật Sở hữu trí tuệ ngày …
    và Luật số 07/2022/QH15 sửa đổi …": each amending law is a basis, dated by the date after the laws it amends (its
    number's year), and those laws are its secondary mentions, undated; the one after "và" is a basis of its own."""
    from parsers import parse_bytes

    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 1/QĐ-BKHCN\nHà Nội, ngày 1 tháng 1 năm 2024\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Kế hoạch\nBỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ\n"
            "Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Luật số 36/2009/QH12 sửa đổi, bổ sung một số điều "
            "của Luật Sở hữu trí tuệ ngày 19 tháng 6 năm 2009; Luật số 42/2019/QH14 sửa đổi, bổ sung một số điều của "
            "Luật Kinh doanh bảo hiểm, Luật Sở hữu trí tuệ ngày 14 tháng 6 năm 2019 và Luật số 07/2022/QH15 sửa đổi, "
            "bổ sung một số điều của Luật Sở hữu trí tuệ ngày 16 tháng 6 năm 2022;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành Kế hoạch.\n")
    rec = parse_bytes(text.encode(), "qd.txt")
    assert [(r.relation, r.number or r.name, r.year, r.link) for r in rec.references] == [
        ("legal_basis", "Sở hữu trí tuệ", 2005, None), ("legal_basis", "36/2009/QH12", 2009, None),
        ("secondary", "Sở hữu trí tuệ", None, "amends"), ("legal_basis", "42/2019/QH14", 2019, None),
        ("secondary", "Kinh doanh bảo hiểm", None, "amends"), ("secondary", "Sở hữu trí tuệ", None, "amends"),
        ("legal_basis", "07/2022/QH15", 2022, None), ("secondary", "Sở hữu trí tuệ", None, "amends")]


def test_laws_in_capitals_with_their_numbers_in_a_tables_group_rows():
    """"LUẬT LƯU TRỮ SỐ 33/2024/QH15" alone on a table's group row, and an amending law's list in capitals after a
    number ("… CỦA LUẬT ĐẤT ĐAI SỐ 31/2024/QH15, LUẬT NHÀ Ở SỐ 27/2023/QH15 …"): each law with its name and number."""
    rows = ("**LUẬT LƯU TRỮ SỐ 33/2024/QH15**\n"
            "**LUẬT SỐ 43/2024/QH15 SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI SỐ\n31/2024/QH15, LUẬT NHÀ Ở SỐ "
            "27/2023/QH15, LUẬT KINH DOANH BẤT ĐỘNG SẢN SỐ\n29/2023/QH15**\n")
    assert [(m.number, m.name) for m in find_mentions(rows)] == [
        ("33/2024/QH15", "Lưu trữ"), ("43/2024/QH15", None), ("31/2024/QH15", "Đất đai"), ("27/2023/QH15", "Nhà ở"),
        ("29/2023/QH15", "Kinh doanh bất động sản")]


def test_a_plans_first_section_of_why_and_on_what_bases_its_second_part_the_bases():
    """"I. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG KẾ HOẠCH ⏎ 1. Sự cần thiết ⏎ … ⏎ 2. Căn cứ pháp lý ⏎ a) Luật …": the
    documents the part on the bases lists are the plan's bases; the part on why the plan is needed only cites."""
    from parsers import parse_bytes

    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 28/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHải Phòng, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Về việc làm năm 2026\nI. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Sự cần thiết\n"
            "Theo Báo cáo số 35/BC-SNV ngày 12 tháng 01 năm 2026 của Sở Nội vụ, số người hưởng trợ cấp tăng.\n"
            "2. Căn cứ pháp lý\na) Bộ luật Lao động ngày 20 tháng 11 năm 2019;\n"
            "b) Nghị định số 23/2021/NĐ-CP ngày 19 tháng 3 năm 2021 của Chính phủ về việc làm;\n"
            "II. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng giải quyết việc làm.\n")
    rec = parse_bytes(text.encode(), "kh.txt")
    assert [(r.relation, r.number or r.name) for r in rec.references] == [
        ("cites", "35/BC-SNV"), ("legal_basis", "Lao động"), ("legal_basis", "23/2021/NĐ-CP")]


def test_a_plans_title_in_small_letters_on_its_type_words_collapsed_line_is_what_it_implements():
    """"… Lục Nam, ngày 26 tháng 8 năm 2024 KẾ HOẠCH thực hiện Chỉ thị số 35-CT/TW …": a crawler collapsed the header
    and the title in small letters onto one line; the title still says what the plan carries out."""
    from parsers import parse_bytes

    text = ("Kế hoạch 45-KH/HU năm 2024 thực hiện Chỉ thị 35-CT/TW do Huyện ủy Lục Nam ban hành\n"
            "ĐẢNG BỘ TỈNH BẮC GIANG HUYỆN ỦY LỤC NAM * Số 45-KH/HU\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM --------------- Lục Nam, ngày 26 tháng 8 năm 2024 KẾ HOẠCH thực hiện Chỉ thị số "
            "35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp\n-----\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức thành công đại hội đảng bộ các cấp.\n")
    refs = [(r.relation, r.number) for r in parse_bytes(text.encode(), "kh.txt").references]
    assert refs == [("implements", "35-CT/TW")]
