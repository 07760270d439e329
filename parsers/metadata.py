"""Stage 3b: what the document says about itself — number, type, issuer, place and date, title,
signer — read from its header and signature block (a site's attribute box only fills gaps)."""

from __future__ import annotations

import re
from functools import cache

from parsers import vocab
from parsers.models import Metadata
from parsers.references import DATE, NUMBER, _iso, parse_date
from parsers.repair import repair_phrase
from parsers.structure import Block, is_caps
from parsers.text import LOWER, MOTTO, UPPER, clean_value, fold
from parsers.tree import marker

# "Số: 123/QĐ-UBND"; a Party header writes "Số 45-KH/TU" without the colon, at a line's start
# ("Số: 52-KH/TU", "Số 52-KH/TU" opening its line or after the Party header's star: "TỈNH ỦY ĐỒNG NAI * Số 52-KH/TU …")
_NUMBER_LINE = re.compile(rf"(?:Số\s*(?:hiệu)?\s*[:：]|(?:(?m:^)|\*)[ \t*_]*Số(?=[ \t]+\d))\s*{NUMBER}", re.X)
# capital letters only (the range À-Ỹ holds small letters too): a line of capitals is the motto, not a place
_CAPS = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# a word of a place's name ("Cư M'gar"), and a word after the first (its kind, when the first was a capital)
_PLACE_WORD = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ.'’]*"
_PLACE_NEXT = rf"(?:{_PLACE_WORD}|phố|tỉnh|xã|huyện|thị\s+xã)"
_PLACE_DATE = re.compile(  # the place may wrap onto the date's line, never over a blank line
    rf"""(?<![\w/.\-])(?P<place>(?:{_PLACE_WORD}|phố|thành|tỉnh|thị|xã|huyện)
         (?:(?:[ \t]+|(?<![{_CAPS}]{{2}})[ \t]*\n[ \t]*){_PLACE_NEXT}
            # (a city named by two towns: "Phan Rang - Tháp Chàm, ngày …")
            |(?<![{_CAPS}]{{2}})[ \t]*[-–][ \t]*{_PLACE_WORD}){{0,6}})
         # (a telegram writes its hour first: "Hà Tĩnh, 10 giờ 30 phút, ngày 18 tháng 9 năm 2024")
         \s*,\s*(?:\d{{1,2}}\s*(?:giờ|h)(?:\s*\d{{1,2}}(?:\s*phút)?)?\s*,?\s*)?ngày\s*{DATE}""",
    re.X,
)
# … or, its comma left out, the place opening its line: "Hà Nội ngày 01 tháng 12 năm 2025"
_PLACE_NO_COMMA = re.compile(
    rf"(?m:^)[ \t*_]*(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_NEXT}){{0,5}})[ \t]+ngày\s*{DATE}", re.X)
_MOTTO = re.compile(MOTTO, re.I)
_SIGN_TITLE = re.compile(
    r"(?<![\wÀ-ỹ])(?:TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|"
    r"(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|CỤC\s+TRƯỞNG|GIÁM\s+ĐỐC|"
    r"TỔNG\s+CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|BÍ\s+THƯ|CHỦ\s+NHIỆM|TỔNG\s+GIÁM\s+ĐỐC|"
    r"VIỆN\s+TRƯỞNG|CHÁNH\s+ÁN|TỔNG\s+KIỂM\s+TOÁN|THỐNG\s+ĐỐC|TỔNG\s+THƯ\s+KÝ|TRƯỞNG\s+PHÒNG|"
    r"CHI\s+CỤC\s+TRƯỞNG|TỔNG\s+BÍ\s+THƯ|THƯỜNG\s+TRỰC))(?![\wÀ-ỹ])"
)
# (a name of the Central Highlands' peoples may open a word with a letter and an apostrophe: "H'Yim Kđoh")
_NAME_WORD = rf"(?:[{UPPER}]['’])?[{UPPER}][{LOWER}]+"
# (… or be a man's, opened by "Y" alone: "Y Thái Niê", "Y Phôn Niê")
_PERSON = re.compile(
    rf"(?<![\wÀ-ỹ'’])(?P<name>(?:Y[ \t]+(?={_NAME_WORD}[ \t]+{_NAME_WORD}))?"
    rf"{_NAME_WORD}(?:(?:[ \t]+|[ \t]*\n[ \t]*){_NAME_WORD}){{1,4}})(?![\wÀ-ỹ])"
)
_LOWER_WORD = re.compile(rf"(?<![\wÀ-ỹ])[{LOWER}]{{2,}}")
_NOT_PERSON = {"nơi", "như", "các", "bộ", "sở", "ban", "văn", "ủy", "ubnd", "thủ", "kế", "quyết",
               "trung", "tỉnh", "thành", "đảng", "chính", "hội", "bản", "cục", "tổng", "phòng", "quy", "nghị",
               "thông", "chỉ", "điều", "căn", "theo", "thực", "đồng", "phó", "chủ", "giám"}


# the Party's Central Committee heading a central board's header: "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG"
_CENTRAL_COMMITTEE = re.compile(r"(?i:ban\s+chấp\s+hành\s+trung\s+ương(?:\s+đảng(?:\s+cộng\s+sản\s+việt\s+nam)?)?)")


def extract(text: str, blocks: list[Block], main_end: int, preamble_start: int,
            attributes: dict[str, str]) -> tuple[Metadata, list[tuple[str, str]]]:
    """Metadata of the main document and (code, message) diagnostics about it."""
    header_end = min(preamble_start if preamble_start > 0 else 2500, main_end, 4000)
    header = text[:header_end]
    diagnostics: list[tuple[str, str]] = []

    number = None
    if (m := _NUMBER_LINE.search(header)) is not None:
        number = re.sub(r"\s+", "", m.group("number"))
    place = issued = None
    if (pd := _PLACE_DATE.search(header) or _PLACE_NO_COMMA.search(header)) is not None:
        place = _known_place_end(clean_value(pd.group("place")))
        issued = _iso(pd)
    type_, title, issuer, parent = _type_title_issuer(text, blocks, header_end, number)
    if number is not None and vocab.type_of_number(number) == "Văn bản hợp nhất":
        type_ = "Văn bản hợp nhất"  # a consolidation keeps the consolidated act's heading ("QUYẾT ĐỊNH")
    signer = _signer(text, main_end)

    # the site's attribute box fills what the document itself does not say
    box = {k: clean_value(v) for k, v in attributes.items()}
    if number is None and box.get("Số hiệu") and re.search(r"\d", box["Số hiệu"]):
        number = box["Số hiệu"]
    if type_ is None and box.get("Loại văn bản"):
        type_ = box["Loại văn bản"]
    if issued is None and box.get("Ngày ban hành"):
        issued = parse_date(box["Ngày ban hành"])
    if issuer is None and box.get("Nơi ban hành"):
        issuer = _box_issuer(box["Nơi ban hành"], number)
    if signer is None and box.get("Người ký"):
        signer = box["Người ký"]
    for label, ours in (("Số hiệu", number), ("Loại văn bản", type_), ("Người ký", signer)):
        theirs = box.get(label)
        if theirs and ours and fold(theirs) != fold(ours):
            diagnostics.append(("W101", f"the attribute box says {label} {theirs!r}, the document {ours!r}"))
    if box.get("Ngày ban hành") and issued and parse_date(box["Ngày ban hành"]) != issued:
        diagnostics.append(("W101", f"the attribute box says Ngày ban hành {box['Ngày ban hành']!r}"))

    if issuer is not None and parent and (fold(issuer) in ("văn phòng", "thanh tra") or (
            _PARTY_COMMITTEE_NAME.match(parent) and re.match(r"(?:Ban|Văn phòng|Ủy ban Kiểm tra)\b", issuer))):
        # "UBND TỈNH THANH HÓA / VĂN PHÒNG": the committee's office; "TỈNH ỦY PHÚ THỌ / BAN TUYÊN GIÁO":
        # a board of the Party committee is named with it
        issuer = f"{issuer} {parent}"
    year = int(issued[:4]) if issued else _year_of(number)
    return (Metadata(number=number, type=type_, issuer=issuer, signer=signer, issued=issued,
                     title=title, place=place, year=year, issuer_parent=parent), diagnostics)


def _year_of(number: str | None) -> int | None:
    m = re.search(r"/((?:19|20)\d\d)/", number or "")
    return int(m.group(1)) if m else None


_RULE_UNDER = re.compile(r"\s*\n[ \t]*[-_–—=]{3,}[ \t]*$")


def _type_title_issuer(text: str, blocks: list[Block], header_end: int,
                       number: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    type_ = title = None
    head_blocks = [b for b in blocks if b.start < header_end + 600]
    motto = _MOTTO.search(text, 0, header_end + 200)
    if motto is not None and _YOUTH_UNION.search(motto.group(0)) \
            and _CENTRAL_BOARD_ABOVE.search(text, 0, motto.start()) is not None:
        # "BAN CHẤP HÀNH TRUNG ƯƠNG ⏎ ĐOÀN TNCS HỒ CHÍ MINH": the issuer's second line; the motto is printed after it
        motto = _MOTTO.search(text, motto.end(), header_end + 200)
    for i, b in enumerate(head_blocks):
        s = text[b.start : b.end]
        t = _caps_type(s)
        if t is None:
            continue
        type_ = t
        rest = s[len(s.split("\n")[0]) :].strip() if "\n" in s and _caps_type(s.split("\n")[0]) else ""
        enacted = _AUTHORITY_LINE.search(rest) if rest else None  # ("… NĂM 2025 ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH …")
        enacted = enacted or (_HOLDER_LINE.search(rest) if rest and not _caps_after(text, head_blocks, i) else None)
        rest = rest[: enacted.start()].strip() if enacted else rest
        parts = [rest] if rest else []
        for k, nb in enumerate(head_blocks[i + 1 : i + 4] if enacted is None else [], i + 1):
            ns = _RULE_UNDER.sub("", text[nb.start : nb.end])  # ("… Đồng Văn ⏎ ______": the rule under a title)
            if not parts and not is_caps(ns) and len(ns) < 400 and (
                    _SENTENCE_TITLE.match(ns) or (nb is head_blocks[i + 1] and _PLAIN_TITLE.fullmatch(ns))):
                # "KẾ HOẠCH" over "Triển khai thực hiện chuyển đổi số năm 2025", or over what the plan is of
                # ("Bồi thường, hỗ trợ, tái định cư …"), written right under it
                title = clean_value(ns)
                break
            if _ABOUT_ALONE.fullmatch(ns) is not None and not parts:
                parts.append(ns)  # "NGHỊ QUYẾT ⏎ VỀ ⏎ VIỆC BỐ TRÍ LỰC LƯỢNG …": the title's "VỀ" on its own line
                continue
            if not is_caps(ns) or _caps_type(ns) or (_opens_outline(text, nb) and not _title_caption(text, nb, parts)) \
                    or fold(ns).startswith(("căn cứ", "ủy ban", "thủ tướng")):
                break
            if nb.start > b.end + 300:
                break
            # "VỀ KẾ HOẠCH … NĂM 2025 ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG ⏎ KHÓA X, …": who enacts it, below; or
            # "VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ ⏎ CỤC TRƯỞNG CỤC HẢI QUAN ⏎ Căn cứ …": the office that enacts it, the
            # last line in capitals before the preamble (not a title's own wrapped words: "… BỔ NHIỆM ⏎ GIÁM ĐỐC SỞ Y
            # TẾ ⏎ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
            if (authority := _AUTHORITY_LINE.search(ns) or (
                    _HOLDER_LINE.search(ns) if not _caps_after(text, head_blocks, k) else None)) is not None:
                parts += [ns[: authority.start()]] if authority.start() else []
                break
            parts.append(ns)
        if parts and title is None:
            title = _sentence_case(repair_phrase(clean_value(" ".join(parts))))
        break
    if type_ is None and (inline := _INLINE_TYPE.search(text, 0, header_end + 300)) is not None:
        # a header collapsed onto one line: "… năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC …"
        inline_type = vocab.doc_type(" ".join(inline.group("type").split()))
        if inline_type is not None:
            type_ = inline_type.type
            title = _sentence_case(clean_value(_AUTHORITY_AFTER.sub("", inline.group("title")))) or None
    if type_ is None:
        vv = re.search(r"V/v\s*[:.]?\s*(?P<t>[^\n]+(?:\n(?!\s*\n)[^\n]+)?)", text[: header_end + 200])
        if vv:
            type_ = "Công văn"
            title = clean_value(vv.group("t"))
    if type_ is None and number:
        type_ = vocab.type_of_number(number)
    if type_ is None and (to := _ADDRESSED.search(text, 0, header_end + 800)) is not None:
        # a letter without its "V/v": "Số: 5155/SGDĐT-GDTXNNĐH ⏎ Về hướng dẫn … ⏎ … ⏎ Kính gửi: …"
        type_ = "Công văn"
        about = _ABOUT_LINE.search(text, 0, to.start())
        title = clean_value(about.group("t")) if about is not None and title is None else title
    issuer, parent = _issuer(text, motto.start() if motto else None, header_end)
    return type_, title, issuer, parent


def _title_caption(text: str, block: Block, parts: list[str]) -> bool:
    """Is a heading in capitals under the type line the title's ("THÔNG BÁO ⏎ VỀ ⏎ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ ⏎ Căn cứ
    …": what the "VỀ" over it is about, or the line over the preamble)?"""
    mk = marker(text, block)
    return mk is not None and mk.kind == "caption" and (
        [fold(p).strip(" *_") for p in parts] == ["về"] or BASIS_NEXT.match(text, block.end) is not None)


# (the preamble next, or after the line of who enacts it: "… ⏎ CỤC TRƯỞNG CỤC HẢI QUAN ⏎ Căn cứ …", and its session's:
# "… ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN ⏎ KHÓA XVIII, KỲ HỌP THỨ 36 ⏎ Căn cứ …")
BASIS_NEXT = re.compile(rf"(?:[\s*_]*[^\n{LOWER}]{{3,120}}\n){{0,2}}[\s*_]*(?:Căn\s+cứ|CĂN\s+CỨ)\s")


def _caps_after(text: str, blocks: list[Block], k: int) -> bool:
    """Is the block after ``blocks[k]`` in capitals?"""
    return k + 1 < len(blocks) and is_caps(text[blocks[k + 1].start : blocks[k + 1].end])


_ABOUT_ALONE = re.compile(r"[*_\s]*(?:VỀ|Về)[*_\s]*")
_ADDRESSED = re.compile(r"^[ \t*_]*Kính[ \t]+gửi", re.M)
# a letter's subject under its number, on a line or two: "Về hướng dẫn đánh giá, xếp loại … ⏎ … từ năm 2025"
_ABOUT_LINE = re.compile(r"^[ \t*_]*(?P<t>Về[ \t]+[^\n]+(?:\n(?![ \t]*\n)(?![^\n]*,[ \t]+ngày)(?![ \t]*Kính)[^\n]+)?)",
                         re.M)
# a title written in sentence case under the type line opens with what the act does or is about
_SENTENCE_TITLE = re.compile(
    r"[*_\s]*(?:Về|V/v|Ban\s+hành|Phê\s+duyệt|Quy\s+định|Sửa\s+đổi|Bổ\s+sung|Thực\s+hiện|Triển\s+khai|Tổ\s+chức"
    r"|Tuyên\s+truyền|Phát\s+triển|Nâng\s+cao|Đẩy\s+mạnh|Công\s+bố|Thành\s+lập|Kiện\s+toàn|Hướng\s+dẫn)\s")

# a title of what the act is of, in sentence case: a capital, no sentence's or clause's end, no preamble's opening
_PLAIN_TITLE = re.compile(rf"[*_\s]*(?!Căn\s+cứ|Xét\s|Theo\s|Thực\s+hiện|Để\s|Nhằm\s|Ngày\s|Trong\s|Qua\s|Kính\s)"
                          rf"[{UPPER}][^;:.!?]{{10,300}}[*_\s]*")


def _opens_outline(text: str, block: Block) -> bool:
    """The body's outline begins: "I. MỤC ĐÍCH", "1. …", "CHƯƠNG I", "PHẦN THỨ NHẤT"."""
    mk = marker(text, block)
    return mk is not None and mk.kind not in ("bullet", "plus")

_INLINE_TYPE = re.compile(
    rf"(?<![{UPPER}] )(?P<type>QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|NGHỊ\s+ĐỊNH|THÔNG\s+TƯ|KẾ\s+HOẠCH|CÔNG\s+ĐIỆN"
    r"|KẾT\s+LUẬN|THÔNG\s+BÁO|CHƯƠNG\s+TRÌNH|HƯỚNG\s+DẪN|LỆNH)\s+(?P<title>(?:VỀ|V/V|BAN\s+HÀNH|PHÊ\s+DUYỆT|QUY\s+ĐỊNH"
    rf"|HƯỚNG\s+DẪN|SỬA\s+ĐỔI|THỰC\s+HIỆN|TRIỂN\s+KHAI)\b(?:[ \t,\-–]+[{UPPER}0-9/]+){{1,40}})"
)
# the authority a collapsed header names after the title ("… LUẬT THANH NIÊN BỘ TRƯỞNG BỘ NỘI VỤ", "… HUYỆN
# CHÂU THÀNH ỦY BAN NHÂN DÂN TỈNH TÂY NINH") — not a body the title itself names ("… CỦA ỦY BAN NHÂN DÂN TỈNH")
# who enacts a document, as its header names them under the title ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH")
_AUTHORITIES = r"BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|CHỦ\s+TỊCH|[UỦ][YỶ]\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|CHÍNH\s+PHỦ"
_AUTHORITY_LINE = re.compile(rf"(?:^|\n)[ \t]*(?:{_AUTHORITIES})\b")
# the head of an office who enacts a document in its own name, over the preamble: "CỤC TRƯỞNG CỤC HẢI QUAN", "GIÁM ĐỐC
# SỞ Y TẾ", "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" (its last line)
_HOLDER_LINE = re.compile(r"(?:^|\n)[ \t*_]*(?:(?:TỔNG\s+)?CỤC\s+TRƯỞNG|(?:TỔNG\s+)?GIÁM\s+ĐỐC|VIỆN\s+TRƯỞNG|CHÁNH\s+ÁN"
                          r"|TRƯỞNG\s+BAN|THỐNG\s+ĐỐC|TỔNG\s+KIỂM\s+TOÁN|CHỦ\s+NHIỆM|CHÁNH\s+VĂN\s+PHÒNG|HIỆU\s+TRƯỞNG)"
                          rf"[ \t]+[{UPPER}][^\n]{{2,80}}$")
_AUTHORITY_AFTER = re.compile(rf"(?<!CỦA)\s+(?:{_AUTHORITIES})(?:[ \t]+[{UPPER}]+)*$")


def _caps_type(s: str) -> str | None:
    first = s.split("\n")[0].strip(" :*")
    if not is_caps(first) or len(first) > 80:
        return None
    # ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH", "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ": the type, then who issues it)
    t = vocab.doc_type(fold(_OF_ISSUER.sub("", first)))
    return t.type if t else None


_OF_ISSUER = re.compile(r"\s+CỦA\s+(?:ỦY|UỶ|UBND|CHỦ|THỦ|BỘ|HỘI|BAN|CHÍNH)\b.*$")


_YOUTH_UNION = re.compile(r"ĐOÀN\s+(?:TNCS|THANH\s+NIÊN)")
_CENTRAL_BOARD_ABOVE = re.compile(r"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG[ \t*_|]*\n[ \t*_|]*\Z")


def _issuer(text: str, motto_at: int | None, header_end: int) -> tuple[str | None, str | None]:
    """The issuing body and the body above it: the header's left block, whose last line is the
    most specific ("BỘ TÀI CHÍNH / CỤC THUẾ" → Cục Thuế, under Bộ Tài chính)."""
    if motto_at is None:
        return None, None
    before = text[:motto_at]
    lines = [ln.strip(" |*#") for ln in before.split("\n")]
    lines = [ln for ln in lines if ln and not re.fullmatch(r"[-_–—=.\s]+", ln)]
    if not lines:
        return None, None
    # crawler text: "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN -------" on one line (or "TỈNH ỦY ĐỒNG NAI * Số 52-KH/TU": the
    # Party's header, its number after the star)
    # (… the number and the letter's subject, "Số 1872-CV/TU ⏎ V/v …" under the issuer, set aside first)
    lines = [ln for ln in lines if not _NUMBER_OR_SUBJECT.match(ln)]
    lines = [_HEADER_AFTER.sub("", ln).strip() for ln in lines[-4:]]
    lines = [ln for ln in lines if ln and is_caps(ln, min_letters=2) and not ln.startswith(("Số", "SỐ"))]
    if not lines:
        return None, None
    joined = _BCH.sub("BAN CHẤP HÀNH", repair_phrase(" ".join(lines)))  # ("BCH ĐOÀN TỈNH …": the committee's initials)
    # only the capitals: "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ Thực hiện Chương …" ends at the capitals
    caps_run = re.match(rf"(?:[{UPPER}0-9.,\-–&'’]+(?:\s+|$))+", joined)  # ("HUYỆN CƯ M'GAR")
    if caps_run is not None:
        joined = caps_run.group(0).strip()
    parts = re.split(r"\s+[-–]\s+", joined)
    if len(parts) >= 2 and all(_JOINT_HEAD.match(p) for p in parts):
        # a joint circular's header: "TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - BỘ CÔNG AN"
        return " - ".join(_name_case(p) for p in parts), None
    if (board := _PARTY_BOARD.fullmatch(joined)) is not None:
        # "TỈNH ỦY NGHỆ AN / BAN TUYÊN GIÁO VÀ DÂN VẬN": the committee's own board (not the central board the
        # gazetteer knows by that name), named with it below
        committee = _name_case(board.group("committee"))
        return _board_case(re.sub(r"\s+Trung\s+ương$", "", _name_case(board.group("board")))), committee
    name = _issuer_name(joined)
    parent_caps = joined[: max(0, len(joined) - len(name))].strip() if fold(joined).endswith(fold(name)) else ""
    parent = _issuer_name(parent_caps) if parent_caps else None
    if parent and fold(name) == "văn phòng" and _CENTRAL_COMMITTEE.fullmatch(parent):
        return "Văn phòng Trung ương Đảng", parent  # "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG": the office's own name
    if parent and _CENTRAL_COMMITTEE.fullmatch(parent) and re.match(r"(?:ủy\s+|uỷ\s+)?ban\s", fold(name)):
        # "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO": the board of the centre
        return _board_case(name) + ("" if fold(name).endswith("trung ương") else " Trung ương"), parent
    if parent and fold(name) in _OF_PARENT:
        # "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ / THƯỜNG TRỰC": a board that names no body without the one it is of
        return f"{name} {parent}", parent
    if parent and vocab.LEVEL_COMMITTEE.fullmatch(name) and (of := _PARTY_ORG.fullmatch(parent)) is not None:
        # "ĐẢNG BỘ TỈNH THANH HÓA / TỈNH ỦY": the committee of the organisation's place ("Tỉnh ủy Thanh Hóa")
        return f"{name} {of.group('place')}", parent
    return name, parent


def _board_case(name: str) -> str:
    """A Party board's name with its field's capital: "Ban Tổ chức", "Ủy ban Kiểm tra"."""
    return re.sub(r"^((?:Ủy\s+|Uỷ\s+)?[Bb]an)\s+(\w)", lambda m: f"{m.group(1)} {m.group(2).upper()}", name)


_NUMBER_MARK = r"(?:Số|SỐ)(?:[ \t]*:|[ \t]+\d)"  # (the header's "Số:" or "Số 52-…")
_NUMBER_OR_SUBJECT = re.compile(rf"[ \t*_]*(?:{_NUMBER_MARK}|V/v\b)")
_HEADER_AFTER = re.compile(rf"[-_–—]{{3,}}.*$|[ \t*]+{_NUMBER_MARK}.*$")
_PARTY_ORG = re.compile(r"Đảng\s+bộ\s+(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+(?P<place>\S.*)")


_OF_PARENT = ("thường trực", "văn phòng")


# the bodies that issue jointly, each opening its part of a header joined by dashes ("BỘ TÀI CHÍNH - BỘ
# NỘI VỤ"; not "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", one name)
_JOINT_HEAD = re.compile(r"(?:BỘ|TÒA\s+ÁN|VIỆN\s+KIỂM\s+SÁT|ỦY\s+BAN|UỶ\s+BAN|UBND|HỘI\s+ĐỒNG|NGÂN\s+HÀNG|KIỂM\s+TOÁN"
                         r"|THANH\s+TRA|BAN\s|TỔNG\s+LIÊN\s+ĐOÀN|TRUNG\s+ƯƠNG|CHÍNH\s+PHỦ|VĂN\s+PHÒNG|BẢO\s+HIỂM)\S*\s+\S")


# A header names a parent body and then the issuer ("BỘ TÀI CHÍNH / CỤC THUẾ"); these open the
# issuer's own name.
_ISSUER_HEADS = ("CỤC", "TỔNG CỤC", "CHI CỤC", "BAN", "SỞ", "VĂN PHÒNG", "THANH TRA", "VIỆN", "BỆNH VIỆN",
                 "TRUNG TÂM", "KHO BẠC", "PHÒNG", "THUẾ TỈNH", "THUẾ THÀNH PHỐ",
                 # a Party committee under its Đảng bộ: "ĐẢNG BỘ TỈNH QUẢNG NGÃI / TỈNH ỦY"
                 "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "ĐẢNG ỦY",
                 # … and its inspection commission: "BAN CHẤP HÀNH TRUNG ƯƠNG / ỦY BAN KIỂM TRA TRUNG ƯƠNG"
                 "ỦY BAN KIỂM TRA", "UỶ BAN KIỂM TRA",
                 # a people's committee under its place's name: "THÀNH PHỐ ĐÀ NẴNG / ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH"
                 "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN",
                 # a council's standing board under the council: "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ / THƯỜNG TRỰC HĐND"
                 "THƯỜNG TRỰC",
                 # an agency under its ministry: "BỘ TÀI CHÍNH / BẢO HIỂM XÃ HỘI VIỆT NAM"
                 "BẢO HIỂM XÃ HỘI",
                 # a team the body set up: "UBND TỈNH LÂM ĐỒNG / ĐOÀN KIỂM TRA LIÊN NGÀNH VỀ AN TOÀN THỰC PHẨM"
                 "ĐOÀN KIỂM TRA", "ĐOÀN THANH TRA", "ĐOÀN GIÁM SÁT", "TỔ CÔNG TÁC")


_GUARDS_AGAINST = frozenset({"THỦ", "CHỐNG", "NGỪA", "CHÁY"})  # "PHÒNG THỦ", "PHÒNG, CHỐNG": the verb "phòng"


def _issuer_name(caps: str) -> str:
    words = caps.split()
    starts = [i for i in range(1, len(words))
              if any(" ".join(words[i : i + len(h.split())]) == h for h in _ISSUER_HEADS)
              and words[i - 1] not in {"ỦY", "UỶ", "TỔNG", "CHI", "PHÓ", "VĂN", "QUỐC", "HẢI", "BAN", "BỆNH"}
              # ("VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG": the office, named with the body it serves)
              and words[max(0, i - 2) : i] != ["VĂN", "PHÒNG"]
              # ("BAN CHỈ ĐẠO PHÒNG THỦ DÂN SỰ QUỐC GIA": "phòng" the verb of the board's field, no division)
              and not (words[i] == "PHÒNG" and i + 1 < len(words) and words[i + 1].rstrip(",") in _GUARDS_AGAINST)
              # ("ĐẢNG BỘ TỈNH HÀ TĨNH / BAN TUYÊN GIÁO TỈNH ỦY": the board named with its committee, no place after)
              and not (i + 2 == len(words) and words[i + 1] in ("ỦY", "UỶ") and "BAN" in words[:i])]
    # a body under its parent of the same kind: "HỘI LHPN VIỆT NAM HỘI LHPN TỈNH ĐỒNG NAI", "LIÊN ĐOÀN LAO ĐỘNG VIỆT
    # NAM ⏎ LIÊN ĐOÀN LAO ĐỘNG TỈNH …" — the kind's words again open the issuer's own name
    # (no other head after it: "… / THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" is the board's)
    starts = starts or [i for i in range(2, len(words) - 2) if words[i : i + 2] == words[:2]]
    # "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" → "TỔNG CỤC HẢI QUAN"; "ỦY BAN NHÂN DÂN THÀNH PHỐ …" stays
    if starts:
        cut = starts[-1]
        if words[cut - 1] in {"TỔNG"}:
            cut -= 1
        caps = " ".join(words[cut:])
    caps = re.sub(r"^UBND\b", "ỦY BAN NHÂN DÂN", caps)
    caps = re.sub(r"^HĐND\b", "HỘI ĐỒNG NHÂN DÂN", caps)
    return _name_case(caps)


_PLACE_WORDS = ("THÀNH PHỐ", "TỈNH", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "TP.")


_SOCIETY = re.compile(r"HỘI(?:\s+(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|VÀ|VIỆT)\b|\s*[-–,]|\s*$)")
_PARTY_BOARD = re.compile(r"(?P<committee>(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?:ỦY|UỶ)\s+\S.*?)"
                          r"\s+(?P<board>(?:(?:ỦY|UỶ)\s+)?BAN\s.+|VĂN\s+PHÒNG(?:\s.+)?)")  # ("… / ỦY BAN KIỂM TRA")
_PARTY_COMMITTEE = re.compile(r"(?P<level>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?:ỦY|UỶ)\s+(?P<place>\S.*)")


# (… or a Union committee's under its parent: "TỈNH ĐOÀN ĐẮK LẮK ⏎ BCH ĐOÀN HUYỆN KRÔNG PẮC"; an association's branch
# is named without it: "HỘI NÔNG DÂN VIỆT NAM ⏎ BCH HỘI NÔNG DÂN TỈNH ĐỒNG NAI")
_BCH = re.compile(r"^BCH(?=\s)|(?<=\s)BCH(?=\s+ĐOÀN\s)")
_YOUTH_BOARD = re.compile(r"BAN\s+CHẤP\s+HÀNH(?P<central>\s+TRUNG\s+ƯƠNG)?\s+ĐOÀN"
                          r"(?P<whole>\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH)?")


def _name_case(caps: str) -> str:
    """``ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH`` → ``Ủy ban nhân dân Thành phố Hồ Chí Minh``."""
    if (youth := _YOUTH_BOARD.fullmatch(caps)) is not None:
        # the Youth Union's committee ("BCH ĐOÀN TỈNH BÌNH PHƯỚC": of the place after it)
        return "Ban Chấp hành" + (" Trung ương" if youth.group("central") else "") + " Đoàn" \
            + (" TNCS Hồ Chí Minh" if youth.group("whole") else "")
    agency = vocab.agencies.resolve(caps)
    if agency is not None:
        return agency.name
    if (party := _PARTY_COMMITTEE.match(caps)) is not None:
        # "TỈNH ỦY QUẢNG NGÃI" → "Tỉnh ủy Quảng Ngãi": the committee, then its place's name
        place = " ".join(w.capitalize() for w in party.group("place").split())
        return f"{party.group('level').capitalize()} ủy {place}"
    for pw in _PLACE_WORDS:
        i = caps.find(" " + pw + " ")
        if pw == "XÃ" and i > 0 and _SOCIETY.match(caps, i + 4):
            i = caps.find(" XÃ ", i + 4)  # "… CHÍNH TRỊ - XÃ HỘI", "BẢO HIỂM XÃ HỘI TỈNH": society, no commune
        if i > 0:
            head = _name_case(caps[:i])
            place = " ".join(w.capitalize() for w in caps[i + 1 :].split())
            place = place.replace("Thành Phố", "Thành phố").replace("Thị Xã", "Thị xã")
            if not pw.startswith("THÀNH"):
                place = place[:1].lower() + place[1:]  # "… tỉnh Sơn La", "… huyện Tuy Phước"
            return f"{head} {place}"
    return _sentence_case(caps)  # "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI": "Sở Giáo dục và Đào tạo Hà Nội"


def sentence_case(s: str | None) -> str | None:
    """A title written in capitals, in sentence case (proper names lose their capitals)."""
    return None if s is None else _sentence_case(s)


def _sentence_case(s: str) -> str:
    """A title written in capitals in sentence case, proper names kept: places ("Sơn La", "Hồ Chí
    Minh"), agencies the gazetteer knows, and words no dictionary has ("5G", "IOT", "ASEAN")."""
    if not is_caps(s):
        return s
    from parsers.repair import _dictionary

    syllables = _dictionary()[0]
    words: list[str] = []
    for tok in s.split(" "):
        core = re.sub(r"[^\wÀ-ỹ]", "", tok)
        # (a roman numeral is a number where one is asked for: "KHÓA XV", "GIAI ĐOẠN II" — "PHẠM VI" is a word)
        roman = re.fullmatch(r"[IVXLC]+", core) is not None and len(core) > 1 and (
            core.lower() not in syllables or (bool(words) and words[-1].lower() in _TAKES_ROMAN))
        keep = bool(core) and (any(c.isdigit() for c in core) or core in _abbreviations() or roman
                               or (core.isalpha() and core.lower() not in syllables))
        words.append(tok if keep else tok.lower())
    low = " ".join(words)
    rx, names = _proper_names()

    def restored(m: re.Match[str]) -> str:
        before = low[max(0, m.start() - 12) : m.start()].split()
        if m.group(0).startswith("bộ ") and before and before[-1] in _BO_COMPOUND:
            return m.group(0)  # "tiến bộ khoa học và công nghệ" is no ministry
        if m.group(0).startswith("sở ") and before and before[-1] == "cơ":
            return m.group(0)  # "cơ sở giáo dục …" is no department
        return names[m.group(0)]

    low = rx.sub(restored, low)
    return low[:1].upper() + low[1:]


# the words a roman numeral follows as their number: "KHÓA XV", "KỲ HỌP THỨ IX", "GIAI ĐOẠN II"
_TAKES_ROMAN = frozenset({"khóa", "khoá", "thứ", "phần", "chương", "mục", "đoạn", "quý", "đợt", "lần", "lục", "số"})


@cache
def _abbreviations() -> frozenset[str]:
    """Initials a title keeps in capitals ("UBND", "HĐND", "TTHC"): the gazetteer's and the grammar's."""
    names = [x for a in vocab.agencies.all for x in a.aliases]
    return frozenset(n for n in names if n.isupper() and " " not in n) | frozenset(
        vocab.load("agency_grammar.json")["title_abbreviations"])


# words that make one word with a following "bộ": "tiến bộ", "toàn bộ", "đồng bộ", "cán bộ"
_BO_COMPOUND = frozenset({"tiến", "toàn", "đồng", "cán", "sơ", "nội", "từng", "thủ", "bộ"})


@cache
def _proper_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Places and national bodies, lower case → as written, as one alternation, longest first."""
    names = [*vocab.load("places.json")["places"],
             *(a.name for a in vocab.agencies.all if len(a.name.split()) >= 2)]
    by_lower = {n.lower(): n for n in sorted(set(names), key=len)}
    alt = "|".join(re.escape(n) for n in sorted(by_lower, key=len, reverse=True))
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{alt})(?![\wÀ-ỹ])"), by_lower


_FOOTNOTES = re.compile(r"^\[1\]\s", re.M)
# a rank or degree before the signer's name: "Thượng tướng Võ Minh Lương", "PGS.TS. Nguyễn Văn A"
_RANK = re.compile(r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)\b|\b(?:GS|PGS|TS|ThS|BS|KTS)\.\s*(?:TS\.\s*)?")


_PARTY_COMMITTEE_NAME = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)\b", re.I)


_PLACE_KIND_WORDS = frozenset({"thành", "phố", "tỉnh", "tp", "tp.", "thị", "xã", "huyện", "quận", "đặc", "khu",
                               "trấn", "phường"})


@cache
def _known_places() -> frozenset[str]:
    return frozenset(fold(p) for p in vocab.load("places.json")["places"])


def _known_place_end(place: str) -> str:
    """"… châu Phi Hà Nội": a header collapsed into one line runs the subject into the place; a known
    province or city at the end of it is the place."""
    words = place.split()
    known = _known_places()
    lead = 0
    while lead < len(words) - 1 and words[lead][:1].islower():
        lead += 1
    if lead and fold(" ".join(words[lead:])) in known:
        return " ".join(words[lead:])  # "… cho công chức cấp xã Hà Nội, ngày …": the subject's last word
    if len(words) <= 2:
        return place
    for i in range(1, len(words) - 1):
        if fold(" ".join(words[i:])) in known and not _PLACE_KIND_WORDS & {fold(w) for w in words[:i]}:
            return " ".join(words[i:])
    return place


def _signer(text: str, main_end: int) -> str | None:
    """The person's name after the last signature title block of the main document."""
    region_start = max(0, main_end - 6000)
    titles = list(_SIGN_TITLE.finditer(text, region_start, main_end))
    if not titles and (notes := re.search(r"^\[1\]", text[region_start:main_end], re.M)) is None \
            and (notes := _FOOTNOTES.search(text, 0, main_end)) is not None:
        # long footnotes after the signature ("[1] Quyết định số …"): the signature is before them
        main_end = notes.start()
        titles = list(_SIGN_TITLE.finditer(text, max(0, main_end - 6000), main_end))
    # "THỦ TƯỚNG CHÍNH PHỦ" heading the next document's header is an issuer, no signature title
    titles = [t for t in titles if not (t.group(0) not in _ON_BEHALF and _ISSUER_LINE.match(text, t.end())
                                        and not _SIGN_TITLE.match(text, t.end() + 1)
                                        and not re.match(r"[ \t]+(?:KT|TM|TL|TUQ)\b", text[t.end() : t.end() + 6])
                                        and _PERSON_AFTER.match(text, t.end()) is None)]
    if not titles:
        return None
    # the signature is the last cluster of titles; the name follows within a few lines
    for t in reversed(titles):
        if _FORM_SIGNATURE.match(text, t.end()):
            continue  # a form's blank signature ("TRƯỞNG PHÒNG ⏎ (Ký, ghi rõ họ tên)") in an appendix
        window = _RANK.sub(lambda r: " " * len(r.group(0)), text[t.end() : min(main_end + 200, t.end() + 400)])
        window = _SIGNED_MARK.sub(lambda r: " " * len(r.group(0)), window)
        # the name follows the titles with nothing written between ("Căn cứ Luật Tổ chức …" is no name)
        names = [_name_only(_titled(m.group("name")), window[m.end() : m.end() + 20]) for m in _PERSON.finditer(window)
                 if not _LOWER_WORD.search(window, 0, m.start())]
        names = [n for n in names if len(n.split()) >= 2 and fold(n.split()[0]) not in _NOT_PERSON]
        if not names:
            # "T/M BỘ CHÍNH TRỊ ⏎ TRẦN CẨM TÚ": a name in capitals on its own line, known by its surname
            names = [" ".join(w.capitalize() for w in c.group("name").split()) for c in _CAPS_PERSON.finditer(window)
                     if c.group("name").split()[0].capitalize() in _surnames()][:1]
        with_surname = [n for n in names if n.split()[0] in _surnames()]
        if with_surname or names:
            return " ".join((with_surname or names)[0].split())
        break
    return None


# a form's place to sign: "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"
_FORM_SIGNATURE = re.compile(r"[^\n]{0,80}(?:\n[^\n(]{0,80}){0,2}\n?[ \t]*\((?:[Kk]ý|[Cc]hữ ký)\b[^)\n]*\)")
_ON_BEHALF = ("TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T")  # never an issuer's line, whatever follows
_CAPS_PERSON = re.compile(rf"(?:^|\n)[ \t*_]*(?P<name>[{UPPER}]+(?:[ \t]+[{UPPER}]+){{1,3}})[ \t*_]*(?=\n|$)")
_ISSUER_LINE = re.compile(r"[ \t]+[A-ZĐÀ-Ỹ]{2,}[ \t]+[A-ZĐÀ-Ỹ]{2,}")
# "… PHÓ CHỦ TỊCH Nguyễn Văn A": a person after the titles
_PERSON_AFTER = re.compile(r"[A-ZĐÀ-Ỹ \t]{0,60}[ \t][A-ZĐ][a-zà-ỹđ]+[ \t]+[A-ZĐ][a-zà-ỹđ]+")
# a copy's note where the signature was: "(Đã ký)", "[đã ký]", "(Đã ký và đóng dấu)"
_SIGNED_MARK = re.compile(r"[(\[]?[ \t]*[Đđ]ã[ \t]+ký(?:[ \t]+(?:và[ \t]+đóng[ \t]+dấu|số))?[ \t]*[)\]]?")


# what a crawler runs on after the signer's name: "… Đào Thu Hương Ghi chú: …", "… Cao Anh Tuấn Thông tư 110/…"
_AFTER_NAME = {"ghi chú", "thông tư", "quyết định", "nghị định", "nghị quyết", "kế hoạch", "chỉ thị", "công văn",
               "phụ lục", "nơi nhận", "văn bản", "thông báo", "quy chế", "quy định", "chương trình", "hướng dẫn",
               "mẫu số", "biểu mẫu", "biểu số"}  # (and the attached form's title: "Nguyễn Văn Trung ⏎ Mẫu số 01")


def _name_only(name: str, after: str) -> str:
    """The name without the words of what follows it on a crawler's line."""
    words = [*name.split(), *after.split()[:1]]
    for i in range(2, len(name.split())):
        if fold(re.sub(r"[^\w\s]", "", " ".join(words[i : i + 2]))) in _AFTER_NAME:
            return " ".join(words[:i])
    return name


def _titled(name: str) -> str:
    """Only the words written as a name (capital, then small letters): "TẾ Nguyễn Văn A" loses "TẾ"."""
    split = name.split()
    # ("Y Thái Niê": a man's name of the Central Highlands opens with "Y")
    words = [w for i, w in enumerate(split) if w[0].isupper() and (
        re.sub(r"^['’][A-ZĐÀ-Ỹ]", "", w[1:]).islower() or (w == "Y" and i == 0 and len(split) >= 3))]
    return " ".join(words)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(vocab.load("surnames.json")["surnames"])


def _box_issuer(value: str, number: str | None) -> str:
    """The site names a province for its councils and committees ("Thành phố Hồ Chí Minh"); the
    document's number says which body it is ("4001/UBND-ĐT")."""
    if not re.match(r"(?:Tỉnh|Thành phố)\s", value) or number is None:
        return value
    code = re.search(r"/(?:[A-ZĐ]+-)?(UBND|HĐND)\b", number)
    return f"{vocab.LOCAL_BODIES[code.group(1)]} {value}" if code else value
