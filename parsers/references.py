"""Stage 3a: every mention of another document, with its span, relation and parts.

The grammar is built from named pieces. A mention is either

* a type word followed by a number — ``Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của
  Chính phủ về …`` — or
* a law, code, ordinance or constitution cited by name — ``Luật Tổ chức chính quyền địa phương
  ngày 19 tháng 6 năm 2015``.

A mention's relation comes from the preamble paragraph it stands in (``Căn cứ`` → legal_basis,
``Thực hiện``/``Triển khai`` → implements, ``Xét đề nghị``/``Theo đề nghị`` → proposal) and is
``cites`` anywhere else.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from parsers import vocab
from parsers.text import ADDRESSEES, LOWER, UPPER, clean_value, fold, trie_regex

# ---- pieces -------------------------------------------------------------------------------------

_UP = "A-ZĐÀ-ỸẠ-Ỹ"  # upper-case letters, Vietnamese included (the range is generous on purpose)

NUMBER = rf"""
(?P<number>
    # a company's: 2025-005/SAV-CHQ, 01-10/2025/CV-TKV, 02-1025/NMT
    # (and a resolution's year after its serial, the line broken after the hyphen: "19- ⏎ 2017/NQ-CP")
    (?:\d{{4}}-|\d{{1,2}}-(?:[ \t]*\n[ \t]*)?(?=\d{{1,2}}/\d{{4}}/|\d{{3,4}}/[{_UP}]))?
    \d{{1,6}}(?:\.\d{{1,3}})?[a-z]?                # serial: 72, 1369, 123a, 66.2
    (?:(?:[ ]|[ \t]*\n[ \t]*)?/(?:[ ]|[ \t]*\n[ \t]*)?\d{{4}})?  # year written in the number: /2015
    # issuer code: /NĐ-CP, /QĐ-UBND, /BTTTT-TTĐN, /CCTKV.VIII-CNTK; a year after it: 09/HDTLMM/2025
    # (a line may break after its hyphen: "1256/TTr- ⏎ STNMT", "07/2025/QĐ- ⏎ TTg", or after a slash: "116/2021/ ⏎
    # NĐ-CP", or before it: "412 ⏎ /TTr-SNNMT"; a joint plan's type before its issuers: "307/KH/BGDĐT-BVHTTDL-TƯĐTN")
    (?:[ ]|[ \t]*\n[ \t]*)?/(?:[ ]|[ \t]*\n[ \t]*)?[{_UP}][\wĐđ&]*(?:\.[{_UP}\d][\wĐđ]*)?
    (?:[ \t]?[-–](?:[ \t]?|[ \t]*\n[ \t]*(?=[A-ZĐƯ]{{2,}}(?![a-zà-ỹđ])|TTg(?![\wĐđ])|[A-Z]\d{{2}}(?![\wĐđ])))
       [\wĐđ&]+(?:\.[{_UP}\d][\wĐđ]*)?)*   # (a police department's code after the line: "418/QĐ-BCA- ⏎ C07")
    (?:/[{_UP}][\wĐđ&]*(?:[-–][\wĐđ&]+)+)?
    (?:\([A-Z]\d{{1,3}}\))?                       # a police unit's: 71/2004/QĐ-BCA(A11)
    (?:/(?:19|20)\d\d(?!\d))?
  # Party style: 22-NQ/TW, 1147-QĐ/BTGDVTW, 57-NQ/ TW, 60- NQ/TW, "42- ⏎ CT/TW"
  | \d{{1,6}}-(?:[ ]|[ \t]*\n[ \t]*)?[{_UP}][\wĐđ]*/(?:[ ]|[ \t]*\n[ \t]*)?[{_UP}][\wĐđ]*(?:-[\wĐđ]+)*
  | \d{{1,6}}-[{_UP}]{{1,6}}(?![\wĐđ/])                  # before 1990: 404-CP, 169-CP
  | (?<=[Ss]ố\s)\d{{1,6}}(?=[ ]+ngày\s)               # a bare serial, dated: "Đơn … số 002 ngày 23/9/2025"
)
"""

DATE = r"""
(?:
    (?P<d>\d{1,2})\s+tháng\s*(?P<m>\d{1,2})\s+năm\s*(?P<y>\d{4})    # 19 tháng 6 năm 2015, "tháng12"
  | (?P<d2>\d{1,2})\s*[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4})  # 19/6/2015
)
"""

_DATE_AFTER = re.compile(rf"\s*,?\s*(?:được\s+)?(?:ban\s+hành\s+)?ngày\s*{DATE}", re.X | re.I)
_ISSUER_AFTER = re.compile(r"\s*,?\s*(?:của|do)\s+(?P<issuer>[^;:,.()\n“”\"]{2,120})")
_ISSUER_STOP = re.compile(
    r"\s(?:về|V/v|ban hành|quy định|phê duyệt|hướng dẫn|thực hiện|triển khai|sửa đổi|bổ sung"
    r"|tại|theo|đối với|thông qua|kèm theo|và(?=\s+(?:các|những|một|\w+(?:\s+\w+){0,3}\s+số))|ngày|năm|được|đã|"
    r"trong|giai đoạn|nhằm|để|có|là|với|khóa|khoá"
    # a title's other verbs: "… của Bộ Tài chính hợp nhất Nghị định số …"
    r"|hợp nhất|bãi bỏ|thay thế|chi tiết|điều chỉnh|công bố|thành lập|giải thể|sáp nhập|kéo dài|gia hạn"
    r"|cho phép|chấp thuận|áp dụng|phân bổ)\b"  # (not "giao": "Bộ Ngoại giao")
    r"|\s(?:Về|Ban\s+hành|Quy\s+định|Phê\s+duyệt|Hướng\s+dẫn|Sửa\s+đổi|Thực\s+hiện)\b"
)
_WRAPPED_WORD = re.compile(r"\n[ \t*_]*(\S+)")
_ISSUER_BEFORE = re.compile(r"(?:của|do)\s+(?P<issuer>[^;:,.()\n]{2,80}?)\s+tại\s+$")
_TITLE_AFTER = re.compile(
    r"\s*,?\s*(?P<title>(?:về|V/v|ban hành|quy định|phê duyệt|hướng dẫn|sửa đổi|"
    r"triển khai|thực hiện)\b[^;\n]*)"
)
_PART_BEFORE = re.compile(
    r"(?P<part>(?:(?:điểm\s+[a-zđ]\s*,?\s*)?(?:khoản\s+\d+\s*,?\s*)?Điều\s+\d+[a-zđ]?)\s*)(?:của\s+)?$",
    re.I,
)


def _case_variants(words: tuple[str, ...]) -> str:
    """Type words as written, in small letters and in capitals: a case-sensitive alternation is
    several times faster than an insensitive one, and these are the spellings documents use."""
    variants = {v for w in words for v in (w, w.lower(), w.upper(), w[:1].lower() + w[1:])}
    return trie_regex(variants)


@cache
def type_word_re() -> re.Pattern[str]:
    """A document's type word opening a text ("Luật …", "Nghị định số …"): the vocabulary's words."""
    return re.compile(rf"[\s*_]*(?:{_case_variants(vocab.type_words())})(?![\wÀ-ỹ])")


@cache
def _numbered_re() -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?P<type>{_case_variants(vocab.type_words())})(?![\wĐđ])  # Nghị định, Thông tư liên tịch …
        # a report's kind, an application's purpose before its number: "Báo cáo giải trình, tiếp thu số …",
        # "Đơn đề nghị xác định mã số số 002 …"
        (?:(?:(?<=Báo\scáo)|(?<=Tờ\strình)|(?<=Đơn\sđề\snghị))(?:[\s,]+[a-zà-ỹđ]+){{1,4}}?(?=\s+số\s))?
        (?:\s+(?:hỏa|hoả)\s+tốc|\s+khẩn|\s+mật)?           # its urgency: "Công văn hỏa tốc số …"
        (?:\s+(?:[Ss]ố|SỐ|so|sô)(?:\s+hiệu)?)?\s*:?\s*   # "số" is usual but not always written ("so", "sô": a slip)
        {NUMBER}
        """,
        re.X,
    )


@cache
def _abbreviated_re() -> re.Pattern[str]:
    """"QĐ số 12/QĐ-UBND", "NĐ 15/2020/NĐ-CP": a type word's abbreviation before a number (a pattern of
    its own: in the type words' alternation, every "QĐ" inside a number would be tried)."""
    return re.compile(rf"(?P<type>{trie_regex(set(vocab.type_abbreviations()))})(?=[ \t])[ \t]+(?:số[ \t]+)?{NUMBER}",
                      re.X)


_CONTINUE = re.compile(rf"[\s*]*(?:,|và|;)[\s*]*(?:[Ss]ố[\s*]+)?{NUMBER}(?![\wĐđ])", re.X)
# "… số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số 48/2013/NĐ-CP …": after the
# first item's date and title, the same type word goes on when "số" opens the next clause
_CONTINUE_FAR = re.compile(rf"(?:[^;\n]|\n(?![ \t]*\n)){{0,300}}?(?:,|và|;)[\s*]*[Ss]ố[\s*]+{NUMBER}(?![\wĐđ])", re.X)


@cache
def _plural_re() -> re.Pattern[str]:
    """"các Nghị định của Chính phủ: số 1/2020/NĐ-CP, số 2/…" — one type word over a list."""
    words = _case_variants(vocab.type_words())
    # (the words spelt out, no classes: the engine then scans for their first letters, fast)
    return re.compile(rf"(?:các|Các|những|Những)\s+(?P<type>{words})(?:[^;:.\n]|\n(?![ \t]*\n)){{0,80}}?"
                      rf"(?::[\s*]*(?:[Ss]ố[\s*]+)?|[\s*]+[Ss]ố[\s*]+){NUMBER}", re.X)

# a law is named with a capital; in small letters only where a title says what a decree does to it
# ("… hướng dẫn thi hành luật ban hành văn bản quy phạm pháp luật", "quy định chi tiết luật an toàn thực phẩm",
# "… thi hành một số điều của luật an toàn thực phẩm")
_NAMED = re.compile(r"(?=[BLHPlĐ])(?P<type>Bộ\s[Ll]uật|Luật|Hiến\spháp|Pháp\slệnh"  # (a page's wrap may part the words)
                    # a body's charter, by the body's name: "Điều lệ Đảng", "Điều lệ Hội Nông dân Việt Nam"
                    rf"|Điều\slệ(?=[ \t]+[{UPPER}])"
                    r"|(?:(?<=thi\shành\s)|(?<=chi\stiết\s)|(?<=điều\scủa\s))luật"
                    # in a title of capitals, after what the title does to it: "KẾ HOẠCH TRIỂN KHAI THI HÀNH
                    # LUẬT ĐẤT ĐAI NĂM 2024", "… BIỆN PHÁP THI HÀNH LUẬT HẢI QUAN VỀ …"
                    # (and the next law the title joins to it: "… THI HÀNH LUẬT ĐƯỜNG BỘ VÀ LUẬT TRẬT TỰ …")
                    # (and a preamble in capitals: "CĂN CỨ LUẬT KHOÁNG SẢN SỐ 60/2010/QH12 …")
                    # (… and the laws an amending law's name holds: "… MỘT SỐ ĐIỀU CỦA LUẬT ĐẤU GIÁ TÀI SẢN, LUẬT …")
                    # (… "… LUẬT NHÀ Ở NĂM 2023 VÀ LUẬT KINH DOANH …", after a year; a line's wrap may follow the word)
                    # (… and what a plan's group spreads: "I. TUYÊN TRUYỀN, PHỔ BIẾN LUẬT DỮ LIỆU")
                    r"|(?:(?<=HÀNH\s)|(?<=HIỆN\s)|(?<=KHAI\s)|(?<=TIẾT\s)|(?<=DẪN\s)|(?<=CĂN\sCỨ\s)|(?<=[A-ZĐÀ-Ỹ\d]\sVÀ\s)"
                    r"|(?<=PHỔ\sBIẾN\s)|(?<=TUYÊN\sTRUYỀN\s)"
                    r"|(?<=ĐIỀU\sCỦA\s)|(?<=[A-ZĐÀ-Ỹ\d],\s))"
                    rf"(?:(?:BỘ\s+)?LUẬT|PHÁP\s+LỆNH)(?=(?:[ \t]+|[ \t]*\n[ \t]*)[{UPPER}]{{2}})"
                    # (… and anywhere with its number: a table's group row "LUẬT LƯU TRỮ SỐ 33/2024/QH15")
                    rf"|(?:BỘ\s+)?LUẬT(?=[ \t]+[{UPPER}]{{2}}[^\n]{{0,120}}?[ \t]SỐ[ \t]+\d))"
                    r"(?![\wĐđ])")


_ABBREVIATIONS = frozenset(vocab.type_abbreviations())
_ISSUES_IT = re.compile(r"ban\s+hành(?:\s+kèm\s+theo)?\s+$", re.I)


def _inside_word(text: str, pos: int) -> bool:
    """A type word must open a word; checked here rather than by a look-behind, which would make
    every position of the text a candidate and double the scan."""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")
_NAME_STOP = re.compile(
    r"""(?:\s|^)(?:số(?=[\s*]*\d)|ngày|năm(?=\s+(?:\d|ngày))|đã|được|hoặc|có\s+hiệu|hiện\s+hành|quy\s+định|về|tại|thì|này|
    của|để|theo(?!\s+phương\s+thức)|với|trong|khi|mà|là|do|sau|trước|thông\s+qua|đối\s+với|nêu|nói|trên|hướng\s+dẫn|thuộc|
    (?:kể\s+)?từ(?=\s+(?:ngày|năm|tháng|quý)\s)|   # when it takes effect: "… Luật Nhà ở từ ngày 01/8/2024"
    và(?=\s+(?:Luật|luật|Bộ\s+luật|bộ\s+luật|Nghị|Thông|Quyết|Chỉ\s+thị|Kết\s+luận|Công\s+văn|Công\s+điện|Kế\s+hoạch|Chương\s+trình
                |Đề\s+án|Pháp\s+lệnh|Hiến\s+pháp|Văn\s+bản|Quy\s+chế|Quy\s+định|Điều\s+lệ|Thông\s+báo|Hướng\s+dẫn
                |các|những|nhiều|Điều|điều|Khoản|khoản|Điểm|điểm|quy\s+định|pháp\s+luật|văn\s+bản
                |hướng\s+dẫn|trách\s+nhiệm|chính\s+sách|nhiệm\s+vụ
                |thực\s+hiện|triển\s+khai|thi\s+hành
                |từ|theo|tại)\b)   # "Luật An toàn thực phẩm và thực hiện Kế hoạch …": work; "… và từ các nguồn …"
    |cũng|còn|vẫn|đang|gồm|bao\s+gồm|sẽ|đến(?!\s+quy\s+hoạch)|tới|(?<!mắc\s)phải|cần|và\s+các|(?:và\s+)?(?<!Hàng\s)(?<!HÀNG\s)không|chưa|bảo\s+đảm|đảm\s+bảo|cho|nhằm|phù\s+hợp
    |có(?=\s+(?:trách\s+nhiệm|nhiệm\s+vụ|quyền))
    # where or when the work on it is done: "… Luật Chăn nuôi cấp tỉnh", "… Luật Trồng trọt vào đầu năm 2021" (or
    # what it is brought into: "đưa nội dung Luật Đất đai vào chương trình phổ biến …")
    |cấp(?=\s+(?:tỉnh|huyện|xã|cơ\s+sở|trung\s+ương))
    # where it is applied: "… một số điều của Luật Kế toán áp dụng trong hoạt động kinh doanh"
    |áp\s+dụng
    |vào(?=\s+(?:đầu|cuối|giữa|dịp|ngày|tháng|năm|quý|chương\s+trình|kế\s+hoạch|nội\s+dung|danh\s+mục|các|hệ\s+thống
                |sinh\s+hoạt|thực\s+tiễn|cuộc\s+sống))
    # what the law hands on: "… Luật Đất đai giao cho địa phương quy định"
    |giao(?=\s+(?:cho|địa\s+phương|các|Ủy\s+ban|Uỷ\s+ban|UBND|Hội\s+đồng|Chính\s+phủ|nhiệm\s+vụ)\s))
    (?=[\s;,.:)]|$)|và[\s*]*$|[;,.:()“”"\[\]|]|\n\s*\n|\s-\s|\s_{3,}|\snhư\s+sau\b
    |\s(?=(?:19|20)\d\d(?![\d/]))                     # "Luật Ngân sách nhà nước 2015"
    |\s(?=(?:Khoản|khoản|Điều|điều|Điểm|điểm|Chương|chương)\s+\d)  # its provisions: "Luật Dân số ⏎ Khoản 3 Điều 9"
    |\s[-–—]{3,}                                      # a rule under a title: "Luật Dân số ––––––"
    |\s(?:kịp\s+thời|đầy\s+đủ|nghiêm\s+túc|rộng\s+rãi|sâu\s+rộng)(?![\wÀ-ỹ])  # how: "… Luật … kịp thời đến người dân"
    |\s(?=\d{1,6}/(?:\d{4}/)?[A-ZĐ])                   # "Luật Thuế GTGT 13/2008/QH12": its number, no "số"
    |\s(?:SỐ|NGÀY|NĂM(?=\s+\d)|CÓ\s+HIỆU)\s
    # a line of capitals: "… Luật Lưu trữ ⏎ THỦ TƯỚNG CHÍNH PHỦ"
    |\n(?=[ \t*_]*[A-ZĐÀ-Ỹ]{2,}[ \t]+[A-ZĐÀ-Ỹ]{2,}[ \t]+[A-ZĐÀ-Ỹ]{2,})
    |\n(?=[ \t*_]*(?i:Căn\s+cứ|Thực\s+hiện|Xét|Theo\s+đề\s+nghị)\b)
    # a table's next row, its label alone on a line: "… Theo tiến độ xây dựng Luật ⏎ III ⏎ Nâng cao …"
    # (or an item's number of levels: "… phổ biến Luật Lâm nghiệp ⏎ 1.1. ⏎ Biên soạn …")
    |\n(?=[ \t*_]*(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*)[ \t*_.)]*\n)
    # the authority a collapsed header names after the title: "… LUẬT THANH NIÊN BỘ TRƯỞNG BỘ NỘI VỤ"
    |\s(?=(?:bộ\s+trưởng|thủ\s+tướng|chủ\s+tịch)\s)
    # a table's next cell, an agency: "Luật Công chứng ⏎ Cục Bổ trợ tư pháp"
    |\n(?=[ \t*_]*(?:Cục|Vụ|Bộ|Sở|Ủy\s+ban|UBND|Tổng\s+cục|Văn\s+phòng)\s+[A-ZĐÀ-Ỹ])
    # a task's field on the next line: "… nhiệm vụ mới được giao theo Luật ⏎ Cơ quan chủ trì: Vụ Tổ chức cán bộ"
    |\n(?=[ \t*_\-]*(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)|[ \t*_\-]*Thời\s+gian\s)""",
    re.X,
)
_AMENDING = re.compile(r"\A\s*(?:sửa\s+đổi|bổ\s+sung)", re.I)
_AMENDING_END = re.compile(
    # (not a ";" before the next law it amends, no date between: "… của Luật Đấu thầu; Luật Đầu tư …; Luật Hải quan")
    r"\s(?:số\s+\d|ngày\s+\d)|[()]|;(?!\s*(?:Luật|luật|LUẬT)\s)|\n\s*\n|\s(?:đã|được|có\s+hiệu\s+lực|quy\s+định)\b"
    # (the laws it amends by their field: "… của các Luật về thuế", "… của các luật về đầu tư kinh doanh")
    r"|(?<![Cc]ác\s[Ll]uật)(?<![Cc]ác\s[Bb]ộ\sluật)\svề\s(?!người)"
    # "… của Luật Nhập cảnh, … tại Việt Nam năm 2019 và Luật sửa đổi …": the amending law's year, then the next law
    r"|\s(?:năm|NĂM)\s+(?:19|20)\d\d(?=\s*(?:[;,.:]|$|và\s|\n))|\s+và\s+(?=(?:(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s+)?sửa\s+đổi)"
)
_NOT_A_NAME = {"sư", "này", "định", "pháp", "lệ", "khoa", "hóa", "gia"}
_WHEN_WORDS = {"năm", "quý", "tháng", "ngày"}
# "thi hành Luật kịp thời, đồng bộ", "phổ biến Luật cho các đơn vị", "đưa Luật lên Trang thông tin …": the law
# the text speaks of, then how, to whom or where — no name
_HOW = re.compile(r"(?:kịp\s+thời|đồng\s+bộ|hiệu\s+quả|nghiêm(?:\s+túc)?|đúng|đầy\s+đủ|thống\s+nhất|có\s+hiệu|trình"
                  r"|hiện\s+hành|được|đã|phù\s+hợp|mới|này|các(?!\s+tổ\s+chức\s+tín)|những|cho|phục\s+vụ|đến|tới|tại|để|vào|từ|trong"
                  r"|lên|với|và|ra|gửi"
                  # … or what kind of law, no name: "… một số điều của luật có liên quan", "luật chuyên ngành"
                  r"|có\s+liên\s+quan|liên\s+quan|chuyên\s+ngành|khác)\b")


@dataclass(frozen=True, slots=True)
class Mention:
    type: str
    number: str | None
    date: str | None
    issuer: str | None
    title: str | None
    name: str | None
    part: str | None
    start: int
    end: int
    name_span: tuple[int, int] | None = None
    year: int | None = None


# a count before a type word ("37 Luật"), not an article's number ("Điều 5 Luật Đầu tư", "khoản 2 Điều 5 Luật …")
_COUNT_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?!(?:Điều|điều|khoản|Khoản|điểm|Điểm|Chương|chương|Mục|mục|số|năm)\s)"
                           r"[\wÀ-ỹ]+[ \t]+\d{1,3}[ \t]+$")


def find_mentions(text: str, start: int = 0, end: int | None = None, names_given: bool = False) -> list[Mention]:
    """All mentions in ``text[start:end]``, in order, each span inside that range (``names_given``: with the short
    names the text gave documents before ``start``, as a later part of one document cites them)."""
    end = len(text) if end is None else end
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    windows = _number_windows(text, start, end)
    numbered = heapq.merge(_scan(_numbered_re(), text, windows), _scan(_abbreviated_re(), text, windows),
                           key=lambda m: m.start())
    for m in numbered:
        if _inside_word(text, m.start()):
            continue
        t = vocab.doc_type(" ".join(m.group("type").split()))
        if t is None or (m.group("type")[0].islower() and m.group("type").lower() in {"luật", "bộ luật"}):
            continue
        number = _clean_number(m.group("number"))
        if m.group("type") in _ABBREVIATIONS and vocab.type_of_number(number) != t.type:
            continue  # "TT 5/…" names a Thông tư only when its number says so ("TT 01/2020/TT-BTC")
        mention = _complete(text, t.type, number, None, m.start(), m.end(), end)
        found.append(mention)
        bisect.insort(taken, (m.start(), m.end()))
        # "Nghị định số 1/2020/NĐ-CP và số 2/2021/NĐ-CP": the type word covers both numbers
        _continue(text, t.type, mention.end, end, found, taken)
    for m in _scan(_plural_re(), text, windows):
        if _taken(taken, m.start("number")) or type_word_re().search(text, m.end("type"), m.start("number")):
            continue  # ("các quy định của Luật Quản lý thuế số 38/2019/QH14": the number is the law's)
        t = vocab.doc_type(" ".join(m.group("type").split()))
        if t is None:
            continue
        mention = _complete(text, t.type, _clean_number(m.group("number")), None, m.start("number"), m.end(), end)
        found.append(mention)
        bisect.insort(taken, (m.start("number"), m.end()))
        _continue(text, t.type, mention.end, end, found, taken)
    taken.sort()
    starts = [s for s, _ in taken]
    for m in _NAMED.finditer(text, start, end):
        if _inside_word(text, m.start()):
            continue
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
            continue
        prev = text[max(0, m.start() - 6) : m.start()].lower()
        if prev.endswith(("pháp ", "dự án ", "văn bản ")) and m.group("type") == "Luật":
            continue
        if m.group("type").startswith("Điều") and _ISSUES_IT.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Thông tư số 28/2020/TT-BGDĐT ban hành Điều lệ Trường tiểu học": what the act issues
        if _COUNT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "… của 37 Luật có liên quan đến quy hoạch": a count of laws names none
        named = _named(text, " ".join(m.group("type").split()), m.start(), m.end(), end)
        if named is not None:
            found.append(named)
    for m in _PLURAL_NAMED.finditer(text, start, end):
        if _PLURAL_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            found.extend(_named_list(text, m, end))
    found.sort(key=lambda x: x.start)
    _bare_numbers(text, start, end, found)
    _by_short_name(text, start if names_given else -1, end, found)
    return _inner_dates_cleared(_numbered_amended(text, found))


_MOST_SHORT_NAMES = 20  # (a document gives a few; a text of thousands is read for its first ones only)
# the short name a document gives another after naming it: "Nghị quyết số 57-NQ/TW … (sau đây gọi tắt là Nghị quyết
# 57)"
_SHORT_NAME = re.compile(r"\(\s*sau\s+đây\s+(?:được\s+)?(?:gọi|viết)\s+tắt\s+là\s+(?P<a>[^()\n;/]{3,40}?)\s*\)")


def _by_short_name(text: str, start: int, end: int, found: list[Mention]) -> None:
    """The document a short name stands for, wherever the text cites it by that name after giving it ("Nghị quyết
    57"): each a mention of that document, as if its number were written (the name given here, or earlier in the
    text: a decision's preamble gives it, the plan it issues cites it)."""
    given: list[tuple[Mention, re.Match[str]]] = []
    for g in _SHORT_NAME.finditer(text, 0, start) if start > 0 and text.find("sau đây", 0, start) >= 0 else ():
        before = [x for x in find_mentions(text, max(0, g.start() - 400), g.start()) if x.number is not None]
        if before:
            given.append((before[-1], g))
    for k, m in enumerate(found):
        if m.number is None:
            continue
        limit = min(end, found[k + 1].start if k + 1 < len(found) else end, m.end + 400)
        if (after := _SHORT_NAME.search(text, m.end, limit)) is not None:
            given.append((m, after))
    more: list[Mention] = []
    seen: set[str] = set()
    starts = [x.start for x in found]
    for m, g in given:
        name = " ".join(fold(g.group("a")).split())
        if name in seen or name.split()[: len(m.type.split())] != fold(m.type).split() \
                or not any(ch.isdigit() for ch in name):
            continue  # (a short name of its type and its figures only: "Nghị quyết 57", not "Nghị quyết")
        seen.add(name)
        if len(seen) > _MOST_SHORT_NAMES:
            break
        short = re.compile(r"(?<![\wÀ-ỹ])" + r"\s+".join(map(re.escape, g.group("a").split())) + r"(?![\w/-])")
        for c in short.finditer(text, max(start, g.end()), end):
            k = bisect.bisect_right(starts, c.start()) - 1
            if (k < 0 or not found[k].start <= c.start() < found[k].end) \
                    and not _RESTATED.search(text, max(0, c.start() - 60), c.start()):  # (the name given again)
                more.append(dataclasses.replace(m, start=c.start(), end=c.end(), name_span=None, title=None))
    if more:
        found.extend(more)
        found.sort(key=lambda x: x.start)


# where a document's number can be: a "/" ("1369/QĐ-UBND"), a digit's "-" ("404-CP"), "số" before digits
# ("số 002 ngày …") — each a literal, found fast
_NUMBER_AT = (re.compile("/"), re.compile(r"-(?<=\d-)"), re.compile(r"ố\s\d"))
_BEFORE_NUMBER = 260  # the type word, "số" and what may come between them, before a number
_AFTER_NUMBER = 140  # the rest of the number


def _number_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` a numbered mention can lie in: around each place a number
    can be. The patterns of numbered mentions are tried there only, not at every character of the text."""
    out: list[tuple[int, int]] = []
    for at in sorted(m.start() for rx in _NUMBER_AT for m in rx.finditer(text, start, end)):
        lo, hi = max(start, at - _BEFORE_NUMBER), min(end, at + _AFTER_NUMBER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _scan(rx: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for lo, hi in windows:
        yield from rx.finditer(text, lo, hi)


# a number whose type word was mistyped or left out: "Căn cứ Thông số 17/2025/TT-BNNMT …"
_BARE = re.compile(r"ố(?:[ \t]+|[ \t]*\n[ \t]*)(?=\d)")  # (its "s" looked at after: a literal first is fast)
_BARE_NUMBER = re.compile(rf"{NUMBER}(?![\wĐđ/])", re.X)


def _bare_numbers(text: str, start: int, end: int, found: list[Mention]) -> None:
    """A "số" and a number no mention read, whose code names its type ("TT" a Thông tư): a mention of
    that type. ``found`` is sorted by start and stays so."""
    spans = [(f.start, f.end) for f in found]
    bare = []
    for m in _BARE.finditer(text, max(start, 1), end):
        if text[m.start() - 1] not in "sS" or _inside_word(text, m.start() - 1) or _taken(spans, m.end()) \
                or (n := _BARE_NUMBER.match(text, m.end(), end)) is None:
            continue  # (the number of a mention read already: "Luật Khoáng sản số 60/2010/QH12")
        number = _clean_number(n.group("number"))
        if (type_ := vocab.type_of_number(number)) is not None:
            bare.append(_complete(text, type_, number, None, n.start(), n.end(), end))  # (its span: the number)
    if bare:
        found.extend(bare)
        found.sort(key=lambda x: x.start)


def _continue(text: str, type_: str, pos: int, end: int, found: list[Mention], taken: list[tuple[int, int]]) -> None:
    """"Nghị định số 1/2020/NĐ-CP và số 2/2021/NĐ-CP": one type word covers the numbers that follow."""
    while (c := (near := _CONTINUE.match(text, pos, end)) or _CONTINUE_FAR.match(text, pos, end)) is not None:
        number = _clean_number(c.group("number"))
        own = vocab.doc_type(type_)
        if vocab.type_of_number(number) not in (None, type_) and ((own is not None and own.codes) or near is None):
            # "Quyết định số 1/QĐ-UBND và 2/KH-UBND": the code names another type (and far from a type whose numbers
            # have no code: "Công văn số 245/VPCP-KTTH … các Nghị quyết: số 01/NQ-CP và số 02/NQ-CP" — the
            # resolutions' list goes on, not the letter)
            break
        mention = _complete(text, type_, number, None, c.start("number"), c.end(), end)
        if not _taken(taken, c.start("number")):  # read already by another list
            found.append(mention)
            bisect.insort(taken, (c.start("number"), c.end()))
        pos = mention.end


def _taken(taken: list[tuple[int, int]], pos: int) -> bool:
    """Does a span already read (kept sorted) hold ``pos``? (Looked up, not scanned: a paragraph may
    name tens of thousands of documents.)"""
    i = bisect.bisect_right(taken, (pos, float("inf"))) - 1
    return any(taken[j][0] <= pos < taken[j][1] for j in (i, i - 1) if j >= 0)


def _clean_number(n: str) -> str:
    return re.sub(r"\s+", "", n).replace("–", "-").rstrip("-")  # "TT–BNV": an en dash typed for the hyphen


def _complete(text: str, type_: str, number: str | None, name: str | None,
              start: int, end: int, limit: int, name_span: tuple[int, int] | None = None) -> Mention:
    """Read what follows a mention's head: date, issuer, title; and the article before it."""
    pos = end
    date = None
    if (d := _DATE_AFTER.match(text, pos, limit)) is not None:
        date = _iso(d)
        pos = d.end()
    issuer = None
    if (i := _ISSUER_AFTER.match(text, pos, limit)) is not None:
        raw = i.group("issuer")
        # (a title's verb wrapped at the line's end: "… của Chính phủ quy ⏎ định chi tiết …")
        wrapped = _WRAPPED_WORD.match(text, i.end(), min(limit, i.end() + 40))
        stop = _ISSUER_STOP.search(f"{raw} {wrapped.group(1)}" if wrapped else raw)
        raw = raw[: stop.start()] if stop and stop.start() < len(raw) else raw
        words = raw.split()
        if words and (words[0][0].isupper() or words[0] in {"các"}) and len(words) <= 14:
            issuer = clean_value(raw)
            pos = i.start("issuer") + len(raw.rstrip())
    if date is None and (d := _DATE_AFTER.match(text, pos, limit)) is not None:
        date = _iso(d)  # "Luật X số 1/2020/QH14 của Quốc hội ngày …" is rare but written
        pos = d.end()
    if issuer is None and (b := _ISSUER_BEFORE.search(text, max(0, start - 90), start)) is not None:
        issuer = clean_value(b.group("issuer"))
    title = None
    if (t := _TITLE_AFTER.match(text, pos, limit)) is not None:
        title = clean_value(t.group("title"))[:300] or None
    part = None
    if (p := _PART_BEFORE.search(text, max(0, start - 60), start)) is not None:
        part = clean_value(p.group("part"))
    return Mention(type=type_, number=number, date=date, issuer=issuer, title=title, name=name,
                   part=part, start=start, end=pos, name_span=name_span,
                   year=int(date[:4]) if date else None)


_SHORT_LAW = re.compile(r"(?:gọi|viết)\s+(?:tắt|gọn)?\s*là\s+(?:“|\")?Luật(?:”|\")?\s*\)")


@lru_cache(maxsize=8)
def _short_law(text: str) -> bool:
    """Does the text call a law just "Luật" ("… (sau đây gọi là Luật)")?"""
    return "là" in text and _SHORT_LAW.search(text) is not None


@cache
def _known_law_names() -> re.Pattern[str]:
    """The law names the grammar cannot end by itself (``vocab/law_names.json``), any case, any spacing."""
    names = sorted(vocab.load("law_names.json")["names"], key=len, reverse=True)
    alt = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    return re.compile(rf"\s*(?:{alt})(?![\wÀ-ỹ])", re.I)


_NO_NAME = re.compile(r"[ \t]*[,;.:)]")
_LINE_ENDS = re.compile(r"[ \t*_]*\n")
# a numbered heading's line, short of the wrap: "3. Xây dựng văn bản quy định chi tiết thi hành Luật"
_ITEM_MARK = r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVXL]{1,5}\.)[ \t]"  # "2. ", "1.1. ", "a) ", "II. "
_SHORT_HEADING = re.compile(rf"[ \t*_#]*{_ITEM_MARK}[^\n]{{0,55}}")
# (the next item's line: "- …", "2. …", "1.1. …", "a) …", "II. …")
_NEXT_ITEM_LINE = re.compile(rf"\n[ \t*_]*(?:[-+•–][ \t]|{_ITEM_MARK})")


def _named(text: str, type_: str, start: int, pos: int, limit: int) -> Mention | None:
    """``Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`` and its kin: the type word
    at ``start``, the name from ``pos``."""
    rest = text[pos : min(limit, pos + 400)]
    if _NO_NAME.match(rest):
        return None  # "… của Luật, đăng tải …": the law named before, no name of its own
    if (item := _NEXT_ITEM_LINE.search(rest)) is not None:
        rest = rest[: item.start()]  # "… thi hành Luật ⏎ + Cục Quản lý Dược chủ trì": the next item is no name
    if _LINE_ENDS.match(rest) and _SHORT_HEADING.fullmatch(text, text.rfind("\n", 0, start) + 1, pos):
        return None  # "1. Phổ biến Luật ⏎ Tổ chức hội nghị …": a heading ends on the law named before it
    caps = type_.isupper()  # a name in a title of capitals ends where small letters would end it
    probe = rest.lower() if caps else rest
    numbered = None if caps or _AMENDING.match(rest) else _NAME_THEN_NUMBER.match(rest)
    if numbered is not None and not _NOT_IN_NAME.search(numbered.group("name")):
        # "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14": the name runs up to "số"
        name_raw = numbered.group("name")
    elif (known := _known_law_names().match(rest)) is not None:
        name_raw = known.group(0)  # "Luật Phòng, chống tác hại của rượu, bia": a name holding "của"
    else:
        if _AMENDING.match(probe):
            name_raw = rest[: _amending_end(probe)]
        else:
            stop = _name_stop(probe)
            name_raw = _known_before_joint(rest[: stop.start()] if stop else rest)
    name = clean_value(name_raw)
    if type_.isupper() and name.isupper():
        from parsers.metadata import sentence_case  # (metadata reads references)

        name = sentence_case(name) or name  # "LUẬT ĐẤT ĐAI": "Đất đai"; "… HĐND VÀ UBND": "… HĐND và UBND"
    words = name.split()
    if type_ == "Hiến pháp" and not re.match(r"(?:nước|năm)\b", name):
        name, name_raw = "", ""  # "Hiến pháp và pháp luật": the constitution, unnamed
    if words and (words[0][0].isdigit() or (type_ == "Luật" and words[0][0].islower()
                                            and not _AMENDING.match(name) and _short_law(text))):
        return None  # "Luật ⏎ 1 ⏎ Tổ chức …" in a table; "Luật" standing for the law the plan named
    if type_ != "Hiến pháp":
        amending = _AMENDING.match(name) is not None  # "sửa đổi, bổ sung một số điều của Luật A, Luật B …"
        # "Luật sư", "luật định" are no laws; "Luật Khoa học, công nghệ …" is
        if not words or words[0] in _NOT_A_NAME or len(words) > (60 if amending else 25) or _HOW.match(name) \
                or fold(words[0]) in _WHEN_WORDS:
            return None  # (nor a time: "Luật ⏎ Năm 2026", a table's next cell)
        if not (words[0][0].isupper() or _AMENDING.match(name) or len(words) >= 2
                or _LAW_CONTEXT.search(text, max(0, start - 14), start)):
            return None  # ("… biện pháp thi hành Luật dược": a law one word long, written in small letters)
    name_end = pos + len(name_raw.rstrip())
    number = None
    num = re.match(rf"\A\s*(?:số\s+|SỐ\s+)?{NUMBER}", text[name_end : min(limit, name_end + 60)], re.X)
    # "… số 15/2017/QH14", or the number alone when it carries its year ("Luật Thuế GTGT 13/2008/QH12")
    if num is not None and (re.match(r"\s*(?:số|SỐ)", text[name_end : name_end + 6])
                            or re.fullmatch(r"\d+/(?:19|20)\d\d/\S+", _clean_number(num.group("number")))):
        number = _clean_number(num.group("number"))
        head_end = name_end + num.end()
    else:
        head_end = name_end
    if type_ == "luật" and not _AMENDING.match(name):
        name = name[:1].upper() + name[1:]  # "… thi hành luật an toàn thực phẩm": the law "An toàn thực phẩm"
    doc_type = vocab.doc_type(type_)
    mention = _complete(text, doc_type.type if doc_type else type_, number, name or None,
                        start, head_end, limit, name_span=(pos, name_end))
    if mention.year is None and (y := _YEAR_AFTER.match(text, head_end, limit)) is not None:
        # "Luật Thủy sản năm 2017": a law known by its name and year
        mention = dataclasses.replace(mention, year=int(y.group(1)), end=max(mention.end, y.end()))
    if mention.date is None and mention.year is None and (passed := _PASSED_BY.match(text, head_end, limit)) \
            and (d := _DATE_AFTER.match(text, passed.end(), limit)) is not None and (iso := _iso(d)) is not None:
        # "Luật Công nghệ thông tin đã được Quốc hội khoá XI thông qua ngày 29 tháng 6 năm 2006": the day it was passed
        mention = dataclasses.replace(mention, date=iso, year=int(iso[:4]), end=max(mention.end, d.end()))
    return mention


@cache
def _law_titles() -> frozenset[str]:
    """The names of laws, codes and ordinances as their titles give them (``vocab/laws.json``), folded."""
    return frozenset(fold(n) for n in vocab.load("laws.json")["names"])


# a joining word before small letters: where a law's name may end ("… Công chứng và biểu mẫu …", "… Lao động và phân
# cấp, …")
_JOINT = re.compile(rf"[ \t]*(?:,|[ \t\n]và(?![\wÀ-ỹ]))[ \t\n]*(?=[{LOWER}])")


def _known_before_joint(raw: str) -> str:
    """The name the grammar read, or the longest law of the list it opens with that ends before a joining word, if
    the whole is none: "Công chứng và biểu mẫu trong …" → "Công chứng" ("Quy hoạch đô thị và nông thôn" stays)."""
    titles = _law_titles()
    if fold(clean_value(raw)) in titles:
        return raw
    for j in reversed([j.start() for j in _JOINT.finditer(raw)]):
        if fold(clean_value(raw[:j])) in titles:
            return raw[:j]
    return raw


# who passed a law, before the day it did: "… đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI, kỳ họp
# thứ 9 thông qua", "… được Ủy ban Thường vụ Quốc hội thông qua"
_PASSED_BY = re.compile(r"\s*,?\s*(?:đã\s+)?được\s+(?:(?:Ủy|Uỷ)\s+ban\s+[Tt]hường\s+vụ\s+)?Quốc\s+hội"
                        r"[^;:.()\n]{0,90}?\s+thông\s+qua(?:\s+tại\s+kỳ\s+họp[^;:.()\n]{0,40}?)?(?=\s*,?\s*ngày)")
_LAW_CONTEXT = re.compile(r"(?:thi\s+hành|chi\s+tiết|hướng\s+dẫn|sửa\s+đổi)\s+$")
# a law's name that runs to its number: no date, digit, bracket, other type word or verb of a title before "số"
_NAME_THEN_NUMBER = re.compile(rf"(?P<name>\s*[{UPPER}][^;:()“”\[\]\n\d]{{1,140}}?)\s+số\s+{NUMBER}", re.X)
_NOT_IN_NAME = re.compile(r"\b(?:Luật|Nghị|Thông|Quyết|Chỉ\s+thị|Pháp\s+lệnh|Bộ\s+luật|Công\s+văn|Công\s+điện"
                          r"|Kế\s+hoạch|Kết\s+luận|Hướng\s+dẫn|Văn\s+bản|Tờ\s+trình|Báo\s+cáo|Chương\s+trình|Đề\s+án"
                          r"|Quy\s+chế|Quy\s+định|Điều\s+lệ"
                          r"|ngày|năm|được|đã|tại|theo|về"
                          r"|ban\s+hành|quy\s+định|hướng\s+dẫn|sửa\s+đổi|của\s+(?:Quốc|Chính|Ủy|Uỷ|Bộ))\b"
                          rf"|,(?![ \t]*[{LOWER}])")
# "Căn cứ các Luật: Đất đai ngày 18/01/2024, Quy hoạch ngày 24/11/2017; …": one type word over names
# (matched from the type word, "các" checked behind it: a pattern opening with "các" is tried all over the text)
_PLURAL_NAMED = re.compile(r"(?P<type>Luật|Bộ\s+luật|Pháp\s+lệnh)[\s*]*:[\s*]*")
_PLURAL_BEFORE = re.compile(r"(?:[Cc]ác|[Nn]hững)\s+$")
_NEXT_NAME = re.compile(rf"[\s*]*(?:,|;|và)[\s*]*(?:và[\s*]+)?(?=[{UPPER}])")


def _named_list(text: str, m: re.Match[str], limit: int) -> list[Mention]:
    out: list[Mention] = []
    type_ = " ".join(m.group("type").split())
    pos = m.end()
    semis = False  # (a list parted by semicolons: "các Luật: Đất đai năm 2024; Nhà ở năm 2023; …")
    while len(out) < 40:
        named = _named(text, type_, pos, pos, limit)
        if named is None:
            break
        out.append(named)
        nxt = _NEXT_NAME.match(text, named.end, limit)
        if nxt is None:
            break
        semi = ";" in text[named.end : nxt.end()]
        semis = semis or (semi and len(out) == 1 and "\n" not in text[named.end : nxt.end()])
        if "\n\n" in text[named.end : nxt.end()] or (semi and not semis) \
                or (semis and "\n" in text[named.end : nxt.end()]) or _PREAMBLE_WORD.match(text, nxt.end(), limit) \
                or _numbered_re().match(text, nxt.end(), limit) or _abbreviated_re().match(text, nxt.end(), limit) \
                or _NAMED.match(text, nxt.end(), limit):
            break  # the list ends with its clause, or where a document with its own type word follows
        pos = nxt.end()
    return out


_PREAMBLE_WORD = re.compile(r"(?:Căn\s+cứ|Thực\s+hiện|Xét|Theo|Trên\s+cơ\s+sở)(?![\wÀ-ỹ])")


_YEAR_AFTER = re.compile(r"\s*,?\s*(?:năm\s+|NĂM\s+)?((?:19|20)\d\d)(?![\d/])")  # "năm 2017", or "2015" alone
# a comma inside a law's name: "Phòng, chống tham nhũng", "Quản lý, sử dụng tài sản công"
_NAME_COMMA = re.compile(rf",\s+(?=[{LOWER}])(?!(?:ngày|số|năm|được|đã|và|các|những|theo|tại|trong|thì|nay|để|do|của|"
                         r"có|là|quy|hướng|sửa|bổ|ban|thay|bao|gồm|trừ|kể|nhất|cụ|đồng|điểm|khoản|mà"
                         # the work a sentence goes on with: "… Luật Ngân sách nhà nước, hoàn thành …"
                         r"|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo|báo\s+cáo|trình|chủ\s+trì|phối\s+hợp|triển\s+khai|tổ\s+chức"
                         r"|xây\s+dựng|rà\s+soát|kiểm\s+tra|đề\s+xuất|tham\s+mưu|chỉ\s+đạo|góp\s+phần|tạo"
                         # what a sentence lists after the law: "tuyên truyền Luật Nghĩa vụ quân sự, chính sách …"
                         r"|chính\s+sách|chế\s+độ|pháp\s+luật|văn\s+bản"
                         # (… or the other things a sentence lists: "… Luật Bình đẳng giới, cuộc vận động …", "… Luật
                         # …, tờ gấp, tranh cổ động")
                         r"|cuộc|phong\s+trào|tờ\s+gấp|tranh|tài\s+liệu|sổ\s+tay|ấn\s+phẩm"
                         # when, said after the law: "… Luật Bảo hiểm y tế, thời gian qua, …"
                         r"|thời\s+gian|hiện\s+nay|gần\s+đây)\b)")


def _name_stop(rest: str) -> re.Match[str] | None:
    """Where a law's name ends; a comma followed by more of the name does not end it."""
    stop = _NAME_STOP.search(rest)
    if (line := _NEXT_LINE_WORK.search(rest, 0, stop.start() if stop else len(rest))) is not None \
            and rest[: line.start()].strip() and _verb_after(rest[line.end() : line.end() + 40].lower(), 0):
        # a heading's last words, then the next line's work: "… Luật Đường sắt ⏎ Tổ chức hội nghị …" (a name
        # that opens on the next line opens as it may: "… của Luật ⏎ Quản lý thuế")
        return line
    while stop is not None:
        # (the character class takes some capitals too — "Đ" lies inside "à-ỹ" — hence islower())
        if stop.group(0) == "," and len(rest[: stop.start()].split()) <= 8 and _NAME_COMMA.match(rest, stop.start()) \
                and rest[stop.end() :].lstrip()[:1].islower() and not _verb_after(rest, stop.end()) \
                and not _NEXT_LAW.match(rest, stop.end()) \
                and not _catalogued(rest[: stop.start()]):
            # (not after a law's whole name: "… Luật Ngân sách nhà nước, vốn xã hội hóa …" lists what else funds it)
            nxt = _NAME_STOP.search(rest, stop.end())
            # "Phòng, chống tham nhũng", "Trật tự, an toàn giao thông đường bộ": the name goes on a few
            # words; "Bộ luật Lao động, tránh dồn ứ phương tiện vào cùng một thời điểm": the sentence does
            if len(rest[stop.end() : nxt.start() if nxt else len(rest)].split()) <= 9:
                stop = nxt
                continue
        break
    for joined in _AND_NEXT.finditer(rest, 0, stop.start() if stop else len(rest)):
        if _catalogued(rest[: joined.start()]) and (rest[joined.end() : joined.end() + 1].islower() or not any(
                n.startswith(f"{' '.join(fold(rest[: joined.start()]).split())} và ") for n in _catalogued_names())):
            # "Luật An toàn thông tin mạng và bảo vệ dữ liệu cá nhân …", "Luật Quản lý, sử dụng tài sản công và trường
            # hợp …": after a law's whole name (its comma's words read on), what else — in capitals too, when no law's
            # name goes on so: "Luật Quy hoạch đô thị và Quy hoạch chung thành phố"
            return joined
    if stop is not None and (dangling := _AND_END.search(rest, 0, stop.start())) is not None:
        return dangling  # "… theo quy định của Luật Ngân sách nhà nước và phải được …": no name ends on "và"
    return stop


_AND_NEXT = re.compile(r"\s+và\s+(?=[\wÀ-ỹ])")
_AND_END = re.compile(r"\s+và\s*$")
_NEXT_LAW = re.compile(r"\s*(?:bộ\s+)?luật\s")  # (a title of capitals, read in small letters: "luật nhà ở, luật …")


def _catalogued(name: str) -> bool:
    """Is ``name`` the whole name of a law the graph's catalogue knows ("Ngân sách nhà nước")?"""
    return " ".join(fold(name).split()) in _catalogued_names()


@cache
def _catalogued_names() -> frozenset[str]:
    """The whole names of the laws the graph's catalogue knows, folded ("ngân sách nhà nước")."""
    from graph.laws import catalogue  # (the catalogue's data only: graph reads records, not this module)

    return frozenset(" ".join(fold(law.name).split()) for law in catalogue())


_NEXT_LINE_WORK = re.compile(rf"[ \t]*\n[ \t*_]*(?=[{_UP}])")


def _verb_after(rest: str, pos: int) -> bool:
    """"Luật Ngân sách nhà nước, lồng ghép …": after the comma the sentence goes on with a verb, no name does."""
    from parsers.agencies import verbs_re

    return verbs_re().match(rest, pos + len(rest[pos:]) - len(rest[pos:].lstrip())) is not None


_LAW_WORD = r"(?:luật|bộ\s+luật|pháp\s+lệnh)"
_INNER_FIRST = re.compile(rf"\s(?:của|các)\s+(?={_LAW_WORD}\s)", re.I)
_INNER_TYPE = re.compile(rf"{_LAW_WORD}\s+", re.I)
_INNER_NEXT = re.compile(rf"\s*(?:,|;|và)\s*(?={_LAW_WORD}\s)", re.I)
_FIELD_OF_LAWS = re.compile(r"về\s+(?=\w)", re.I)


def _amending_end(probe: str) -> int:
    """Where an amending law's name ends: after the last law it names ("sửa đổi, bổ sung một số điều
    của Luật A, Luật B và Luật C"), each read as a name is — so "… của Luật Dược cho cán bộ …" and
    "… CỦA LUẬT DƯỢC BỘ TRƯỞNG BỘ Y TẾ" end with "Dược"."""
    hard = _AMENDING_END.search(probe)
    while hard is not None and hard.group(0).strip() == "về" and _INNER_FIRST.search(probe, 0, hard.start()) is None \
            and (inner := _INNER_FIRST.search(probe, hard.end(), min(len(probe), hard.end() + 200))) is not None \
            and ";" not in probe[hard.end() : inner.start()]:
        # "… sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục ngành, nghề … của Luật Đầu tư": what it amends, before
        # the law it amends
        hard = _AMENDING_END.search(probe, hard.end())
    limit = hard.start() if hard else len(probe)
    first = _INNER_FIRST.search(probe, 0, limit)
    if first is None:
        return limit
    pos, end = first.end(), limit
    plural = probe[first.start() : first.end()].split()[0].lower() == "các"  # ("… của các Luật về thuế")
    for _ in range(12):
        law = _INNER_TYPE.match(probe, pos, limit)
        if law is None:
            break
        known = _known_law_names().match(probe, law.end())
        if known is not None and known.end() > limit:
            # a known name holds what ends the amending name elsewhere: "… của Luật Phòng, chống nhiễm vi rút …
            # ở người (HIV/AIDS)"
            hard = _AMENDING_END.search(probe, known.end())
            limit = hard.start() if hard else len(probe)
        # (the laws it amends by their field, after "về")
        at = field.end() if plural and (field := _FIELD_OF_LAWS.match(probe, law.end(), limit)) is not None \
            else law.end()
        stop = _name_stop(probe[at:limit])
        end = known.end() if known else at + (stop.start() if stop else limit - at)
        nxt = _INNER_NEXT.match(probe, end, limit)
        if nxt is None:
            break
        pos = nxt.end()
    return len(probe[:end].rstrip())


_AMENDING_OF = re.compile(r"(?is)sửa\s+đổi\b.*?\scủa\s+(?:Bộ\s+)?luật\s+(?P<inner>.+)")
_LAW_LIST_GAP = re.compile(r"\s*(?:,|và)\s*")
_DATE_IN = re.compile(r"[\s,]+(?:ngày|năm)\s")


def _numbered_amended(text: str, found: list[Mention]) -> list[Mention]:
    """"Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 … và Luật
    Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": each law the amending law names has its own
    number, and the amending law, named by them all, the date after the last. (One number after the list, with no
    numbered law after it, is the amending law's: "… của Luật Quy hoạch số 28/2018/QH14".)"""
    out = list(found)
    for i, m in enumerate(found):
        if m.type != "Luật" or not m.number or m.date or (amended := _AMENDING_OF.fullmatch(m.name or "")) is None:
            continue
        chain: list[Mention] = []
        pos = m.end
        for n in found[i + 1 :]:
            if n.start < m.end:
                continue
            if n.type not in ("Luật", "Bộ luật") or not n.number or not _LAW_LIST_GAP.fullmatch(text, pos, n.start):
                break
            chain.append(n)
            pos = n.end
        inner = _INNER_FIRST.search(text, m.start, m.end)
        head = _INNER_TYPE.match(text, m.start, m.end)
        if not chain or inner is None or head is None:
            continue
        last = chain[-1]
        dated = _DATE_IN.search(text, last.start, last.end) if last.date else None
        name_end = dated.start() if dated else last.end
        name_start = head.end()
        out = [x for x in out if not (x is m or (x.number is None and m.start < x.start < m.end))]
        out.append(dataclasses.replace(m, number=None, name=clean_value(text[name_start:name_end]), end=last.end,
                                       name_span=(name_start, name_end), date=last.date, year=last.year))
        if not any(m.start < x.start and x.number == m.number for x in out):  # (read already, as a law of its own)
            out.append(Mention(type="Luật", number=m.number, date=None, issuer=None, title=None,
                               name=clean_value(amended.group("inner")), part=None, start=inner.end(), end=m.end))
    out.sort(key=lambda x: x.start)
    return out


def _inner_dates_cleared(mentions: list[Mention]) -> list[Mention]:
    """A law named inside an amending law's name does not take the amending law's date, nor its
    number ("… của Luật Phòng, chống thiên tai và Luật Đê điều số 60/2020/QH14": the number is the
    amending law's)."""
    hosts = sorted((o for o in mentions if o.name_span and o.name_span[1] > o.name_span[0]),
                   key=lambda o: o.name_span[0])  # type: ignore[index]
    host_starts = [o.name_span[0] for o in hosts]  # type: ignore[index]
    out = []
    for x in mentions:
        # the hosts opening before x, the nearest first: names do not nest deeper than one level
        i = bisect.bisect_right(host_starts, x.start)
        host = next((o for o in reversed(hosts[max(0, i - 40) : i])  # an amending law may list dozens
                     if o is not x and o.name_span[0] <= x.start < o.name_span[1]), None)  # type: ignore[index]
        if host is not None:
            number = None if x.number and x.number == host.number else x.number
            end = x.name_span[1] if number is None and x.name_span else x.end
            x = dataclasses.replace(x, date=None, issuer=None, title=None, year=None, number=number, end=end)
        out.append(x)
    return out


def _iso(d: re.Match[str]) -> str | None:
    day, month, year = (d.group("d") or d.group("d2"), d.group("m") or d.group("m2"),
                        d.group("y") or d.group("y2"))
    try:
        dd, mm, yy = int(day), int(month), int(year)
    except (TypeError, ValueError):
        return None
    if not (1 <= dd <= 31 and 1 <= mm <= 12 and 1900 <= yy <= 2100):
        return None
    return f"{yy:04d}-{mm:02d}-{dd:02d}"


def parse_date(s: str) -> str | None:
    """``"ngày 09 tháng 04 năm 2018"`` or ``"09/04/2018"`` → ``"2018-04-09"``."""
    m = re.search(DATE, s, re.X)
    return _iso(m) if m else None


# ---- relations ----------------------------------------------------------------------------------


# right under a plan's type word on its own line: "KẾ HOẠCH ⏎ …", "**KẾ HOẠCH** ⏎⏎ …"
_UNDER_PLAN_TYPE = "|".join([*(rf"(?<={word}{mark}\n{blank})" for word in ("HOẠCH", "TRÌNH", "ĐỘNG", "ĐỀ ÁN")
                              for mark in ("", r"\*\*") for blank in ("", r"\n")),
                            # (or on its line, as a crawler collapses a header: "… 2024 KẾ HOẠCH thực hiện Chỉ thị …")
                            *(rf"(?<={word} )" for word in ("HOẠCH", "TRÌNH", "ĐỘNG", "ĐỀ ÁN"))])


@cache
def _cue_re() -> re.Pattern[str]:
    mixed = [c for c, _ in vocab.relation_cues() if not c.isupper()]
    caps = [c for c, _ in vocab.relation_cues() if c.isupper()]

    def alt(words: list[str]) -> str:
        # the first word as written, the rest in either case: "Trên cơ sở đơn" reads "Trên cơ sở Đơn đề nghị"
        def one(c: str) -> str:
            first, _, rest = c.partition(" ")
            words = re.escape(rest).replace(r"\ ", r"\s+")
            rest_rx = rf"\s+(?i:{words})" if rest else ""
            return re.escape(first) + rest_rx
        return "|".join(one(c) for c in words)

    # a cue in capitals only opens a line: "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG" under a plan's type word,
    # not "TỔNG HỢP KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT" inside a title
    # (every way below begins after a space, a line break, ";" or ".": that one character is tried first, and
    # the engine skips the rest of the text fast; a cue may open italics: "*Căn cứ …;*")
    return re.compile(
        r"(?:^|(?<=[\s;.]))(?:"
        rf"(?:^|(?<=[\n;.])|(?<=[{_UP}]{{2}}\s)|(?<=[{_UP}]{{2}}\s\s))\s*(?:[-+•]\s*)?[*_]*(?P<cue>{alt(mixed)})\b"
        # … and not after a title's "VỀ" on the line above ("QUYẾT ĐỊNH / VỀ / THỰC HIỆN CHẾ ĐỘ …")
        rf"|(?:^|(?<=\n)(?<!VỀ\n)(?<!VỀ \n))[ \t]*(?P<caps>{alt(caps)})\b"
        # … and a plan's title line in small letters under its type word: "KẾ HOẠCH ⏎ thực hiện Nghị quyết …"
        # (in bold, or a blank line apart: "**KẾ HOẠCH** ⏎⏎ **thực hiện Kết luận …**")
        rf"|(?:{_UNDER_PLAN_TYPE})[ \t*_]*(?P<low>thực\s+hiện|triển\s+khai|thi\s+hành)\b"
        # … and on the type word's own line, as a crawler writes a plan's title: "KẾ HOẠCH THỰC HIỆN NGHỊ
        # QUYẾT SỐ …", "… Trịnh Văn Khải CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN …" (not the decision's own title, "BAN HÀNH
        # KẾ HOẠCH THỰC HIỆN …": see _ISSUES_PLAN)
        rf"|(?=[{_UP}])(?:(?<=KẾ HOẠCH )|(?<=HÀNH ĐỘNG )|(?<=CHƯƠNG TRÌNH )|(?<=ĐỀ ÁN ))"
        rf"(?P<inline>{alt(caps)})\b)"
    )


def relation_of_cue(cue: str) -> str:
    relation = _relation_by_cue().get(fold(" ".join(cue.split())))
    if relation is None:
        raise KeyError(cue)
    return relation


@cache
def _relation_by_cue() -> dict[str, str]:
    return {fold(c): r for c, r in reversed(vocab.relation_cues())}  # the first listed wins


@dataclass(frozen=True, slots=True)
class PreambleParagraph:
    relation: str
    start: int
    end: int


_OPERATIVE = re.compile(
    # (the characters any of the ways below can begin with, tried first: the engine then skips the rest of
    # the text fast instead of trying every way at each character)
    r"(?=[\sQNCKBĐPIAđ*_TỦUHV])(?:"
    r"(?:^|(?<=[\s,;.]))(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|KẾT\s+LUẬN|"
    r"BAN\s+HÀNH)\s*:|^\s*(?:Điều|ĐIỀU)\s+1\s*[.:]|^\s*(?:PHẦN\s+)?I\s*[.\-–]\s+\S"
    rf"|^\s*(?:A|I)\.\s+[A-ZĐ]|{ADDRESSEES}"  # "Kính gửi:", "… QUẢNG TRỊ điện:"
    # the enacting formula on its own line: "Bộ trưởng Bộ Y tế ban hành Thông tư bãi bỏ …"
    rf"|(?<=[;.])[ \t*_]*\n[ \t*_]*(?![^\n]{{0,40}}\d/)"
    rf"(?=(?!Căn|Theo|Xét|Thực|Triển|Thi\s|Trên)[{UPPER}](?:[^\n;]|\n(?![ \t]*\n)){{0,150}}?(?<!đã)\sban\s+hành"
    r"\s+(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\b)"
    # …or run on after the proposal: "Theo đề nghị của Bộ trưởng Bộ Tài chính, Chính phủ ban hành Nghị định …"
    # (a plan's "…, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số …" goes on naming what it implements)
    r"|(?<=[,;])[ \t]*(?=(?:Chính\s+phủ|Thủ\s+tướng|Bộ\s+trưởng|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Chủ\s+tịch|Thống\s+đốc"
    # (not a narrative's "…; Chính phủ đã ban hành Nghị định số …": what was issued before)
    r"|Tổng\s+Kiểm\s+toán|Chánh\s+án|Viện\s+trưởng|Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ)[^\n,;]{0,100}?(?<!đã)\sban\s+hành"
    r"\s+(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\b))",
    re.M,
)


def preamble_end(text: str, start: int, end: int) -> int:
    """Where the operative part of a scope begins (its preamble ends there)."""
    m = _OPERATIVE.search(text, start, end)
    return m.start() if m else end


# a title that issues or approves the plan it names ("… BAN HÀNH CHƯƠNG ⏎ TRÌNH HÀNH ĐỘNG THỰC HIỆN …"): what the
# plan carries out is the issued plan's, no cue of this document's (its lines' breaks read as spaces)
_ISSUES_PLAN = re.compile(r"(?:HÀNH|DUYỆT) (?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN)$")


def preamble_paragraphs(text: str, start: int, end: int) -> list[PreambleParagraph]:
    """Cue-opened paragraphs before the operative part; each ends at the next cue or line end."""
    stop = preamble_end(text, start, end)
    cues = [c for c in _cue_re().finditer(text, start, stop) if not _column_header(text, c.start(_cue_group(c)))
            and not (c.group("inline") and _ISSUES_PLAN.search(" ".join(text[max(start, c.start() - 48) : c.start()]
                                                                            .split())))]
    out = []
    for i, c in enumerate(cues):
        at = c.start(_cue_group(c))
        nxt_c = cues[i + 1] if i + 1 < len(cues) else None
        nxt = nxt_c.start(_cue_group(nxt_c)) if nxt_c else stop
        para_end = _paragraph_end(text, at, nxt)
        if _cue_group(c) == "caps" and relation_of_cue(c.group("caps")) == "implements" and _title_goes_on(text, at):
            continue  # "DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT … ⏎ TRIỂN KHAI THI HÀNH LUẬT …": a title's second line
        if _cue_group(c) in ("caps", "inline"):
            para_end = _caps_end(text, at, para_end)
        out.append(PreambleParagraph(relation_of_cue(c.group(_cue_group(c))), at, para_end))
    return out


# "Căn cứ pháp lý" alone on its line over no document: a table's column ("… ⏎ Phí, lệ phí ⏎ Căn cứ pháp lý ⏎ 1 ⏎ …"),
# in a copy that writes each cell on a line of its own, no clause
_COLUMN_HEADER = re.compile(r"(?:Căn\s+cứ\s+pháp\s+lý|CĂN\s+CỨ\s+PHÁP\s+LÝ)[ \t*_]*\n"
                            r"(?![ \t*_]*(?:[-+•]|\d{1,2}[.)])?[ \t*_]*"
                            r"(?:Luật|Bộ\s+luật|Nghị|Quyết|Thông|Chỉ|Pháp|Hiến|Văn|Kế|Công))")


def _column_header(text: str, at: int) -> bool:
    return text.startswith(("Căn", "CĂN"), at) and _COLUMN_HEADER.match(text, at) is not None


_NUMBERS = re.compile(r"\S*\d\S*")


def _caps_end(text: str, start: int, end: int) -> int:
    """A title in capitals ends where its capitals do: at the line after which a line in small letters begins
    ("… LUẬT HÒA GIẢI Ở CƠ SỞ ⏎ Luật Hòa giải ở cơ sở được Quốc hội … thông qua …" is the text's first sentence)."""
    nl = text.find("\n", start, end)
    while nl >= 0:
        line_end = text.find("\n", nl + 1, end)
        line = text[nl + 1 : end if line_end < 0 else line_end].strip(" \t*_")
        # (a document's number keeps its small letters in capitals: "… VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 17-CTr/TU")
        if line and any(ch.islower() for ch in _NUMBERS.sub("", line)) and not line.startswith(("(", "[")):
            return nl
        nl = line_end
    return end


# a title's words up to whose it is: "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA …"
_WHOSE = re.compile(r"(.+?)\s+CỦA\s")


def _title_goes_on(text: str, at: int) -> bool:
    """Does a line in capitals go on from a title of capitals above it, longer than a type word's line ("KẾ HOẠCH",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG")?"""
    end = text.rfind("\n", 0, at)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip(" \t*_#"):
        end = text.rfind("\n", 0, end)  # (past blank lines)
    line = text[text.rfind("\n", 0, end) + 1 : end].strip(" \t*_#") if end > 0 else ""
    # (not a type word and whose it is: "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ ⏎ THỰC HIỆN NGHỊ QUYẾT SỐ 23-NQ/TW …")
    own = _WHOSE.match(line)
    return len(line.split()) >= 6 and line.isupper() and line[-1:] not in ";,.:" \
        and not (own is not None and vocab.doc_type(own.group(1)) is not None)


def _cue_group(c: re.Match[str]) -> str:
    return next(g for g in ("cue", "caps", "low", "inline") if c.group(g))


def _paragraph_end(text: str, start: int, limit: int) -> int:
    """A blank line, or a line break after a full stop, ends a paragraph ("…;\nCông văn số …"
    goes on listing what the paragraph implements); so does, in a page's wrapped lines, what opens an account of the
    work done: the sentence after a full stop, or the main clause after the cue's ("Thực hiện Chỉ thị số 47-CT/TW …,
    Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 87-KH/TU …" cites the plan)."""
    m = _PARAGRAPH_END.search(text, start, limit)
    end = m.start() if m else limit
    if (told := _ACCOUNT_OPENS.search(text, start, end)) is not None:
        end = told.start()
    # a plan's title ends with its note: "… THI HÀNH LUẬT THANH NIÊN (Ban hành kèm theo Quyết định số …)"
    note = _ATTACHED_NOTE.search(text, start, end)
    return note.end() if note else end


_ATTACHED_NOTE = re.compile(r"\((?:Ban\s+hành\s+)?[Kk]èm\s+theo[^()\n]*\)(?=[ \t]*\n)")


# … and the enacting formula after the last cue, on its own line: "…;⏎Bộ trưởng Bộ Y tế ban hành Kế hoạch …"
# (not a document cited on its line: "Quyết định số 4725/QĐ-BGDĐT … ban hành Kế hoạch …")
# (after a comma too, when the line opens with who enacts: "Theo đề nghị của Cục trưởng …, ⏎ Bộ Nông nghiệp và Môi
# trường ban hành Kế hoạch …")
# (… and a line that opens the account of the meeting: "…, ⏎ Ngày 10/10/2025, Ban Thường vụ Đảng ủy phường họp, nghe …
# (Báo cáo số 41-BC/ĐU …)", whose documents are cited, no part of the last clause)
_PARAGRAPH_END = re.compile(r"\n\s*\n|(?<=[.])[ \t]*\n"
                            r"|[ \t*_]*\n(?=[ \t*_]*(?:Ngày\s+\d{1,2}(?:/\d{1,2}|\s+tháng)[^\n]{0,30},"
                            r"|Sau\s+khi\s+nghe\s|Tại\s+(?:cuộc\s+họp|phiên\s+họp|hội\s+nghị|buổi\s+làm\s+việc)\s))"
                            r"|(?:(?<=;)|(?<=,)(?=[ \t*_]*\n[ \t*_]*"
                            rf"(?!Căn|Theo|Xét|Thực|Triển|Thi\s|Trên)[{UPPER}]))[ \t*_]*\n(?![^\n]{{0,40}}\d/)"
                            r"(?=[ \t*_]*(?:[^\n]|\n(?![ \t]*\n)){0,90}?\sban\s+hành\s+"
                            r"(?:Kế\s+hoạch|Quyết\s+định|Nghị\s+định|Thông\s+tư|Chỉ\s+thị|Quy\s+chế|Quy\s+định"
                            r"|Hướng\s+dẫn|Chương\s+trình|Nghị\s+quyết)\b)")


# a sentence after a full stop inside a line ("… từng bước được nâng lên. Luật Phòng cháy …"; not "TP. Hồ Chí Minh"), or
# the sentence's main clause after the cue's, its subject having done something ("…, Ban Thường vụ Thành ủy đã ban
# hành …", "…, các cấp, các ngành đã tích cực …")
_ACCOUNT_OPENS = re.compile(rf"(?<=[a-zà-ỹđ]{{2}})\.[ \t]+(?=[{UPPER}])"
                            rf"|,(?=[ \t\n]+(?:[{UPPER}]|các\s)[^,;.()\n]{{0,60}}?\s(?:đã|đang)\s)")


# ---- bases and secondary mentions -----------------------------------------------------------------

# what stands between two documents of one clause when the second is a new base: separators only
_LIST_ONLY = re.compile(r"\s*(?:[,;(]|và|cùng|hoặc)?\s*(?:,\s*)?(?:và\s+)?(?:(?:các|căn\s+cứ|số)\s+)*\s*$", re.I)
_LINKS = (
    # ("… thủ tục hành chính được sửa đổi, bổ sung lĩnh vực đất đai thực hiện theo Nghị định số …": the procedures
    # amended, the act implemented — a verb between ends the amending)
    ("amended_by", re.compile(r"(?:được|đã\s+được|đã)\s+(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|đính\s+chính|điều\s+chỉnh)"
                              r"(?:(?!thực\s+hiện|triển\s+khai|hướng\s+dẫn)[^;]){0,80}?(?<!kèm\s)(?:bởi|theo|tại|bằng)\s*$"
                              # (not "… sửa đổi, bổ sung … của Đề án ban hành kèm theo Quyết định số …": what is amended
                              # is attached to it)
                              r"|(?:sửa\s+đổi|bổ\s+sung)(?:(?!thực\s+hiện|triển\s+khai|hướng\s+dẫn)[^;]){0,40}?(?<!kèm\s)"
                              r"(?:bởi|theo)\s*$",
                              re.I)),
    ("amends", re.compile(r"(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ|hủy\s+bỏ|điều\s+chỉnh|đính\s+chính)", re.I)),
    ("implements", re.compile(r"(?:thực\s+hiện|triển\s+khai|hướng\s+dẫn|quy\s+định\s+chi\s+tiết|chi\s+tiết|thi\s+hành"
                              r"|cụ\s+thể\s+hóa|để\s+thực\s+hiện)", re.I)),
)


@dataclass(frozen=True, slots=True)
class Role:
    """A mention's place in its preamble clause: a base, or a secondary mention of base ``of``."""

    secondary: bool
    of: int | None = None  # index (into the clause's mentions) of the base
    link: str | None = None


_RESTATED = re.compile(r"\(\s*sau\s+đây\s+(?:được\s+)?(?:viết\s+tắt|gọi\s+tắt|gọi)\s+là\s*$")


def clause_roles(text: str, mentions: list[Mention], relation: str = "legal_basis") -> list[Role]:
    """Which mentions of one preamble paragraph are its subjects (bases) and which are named
    inside a base's clause (secondary), with the link between the two.

    "Căn cứ Nghị quyết số 31/NQ-CP … ban hành chương trình hành động … thực hiện Nghị quyết số
    22-NQ/TW …" → 31/NQ-CP is a base; 22-NQ/TW is secondary of it, link ``implements``.
    "…; Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày …" → one base (the amending
    law); A and B are secondary, link ``amends``. A document that follows a separator (";", ",",
    "và") directly is a new base — or, after a secondary mention, its sibling; one that follows a
    title's words ("thực hiện", "sửa đổi, bổ sung một số điều của", "quy định chi tiết") is
    secondary.
    """
    roles: list[Role] = []
    base = -1
    for i, m in enumerate(mentions):
        if i == 0:
            roles.append(Role(False))
            base = 0
            continue
        # a law named inside an amending law's name
        # (a name runs at most a few hundred characters: only the mentions just before can hold this one)
        host = next((j for j in range(i - 1, max(-1, i - 41), -1) if mentions[j].name_span
                     and mentions[j].name_span[0] <= m.start < mentions[j].name_span[1]), None)  # type: ignore[index]
        if host is not None:
            b = host if not roles[host].secondary else (roles[host].of or 0)
            roles.append(Role(True, b, "amends" if b == host else "mentions"))
            continue
        prev = mentions[i - 1]
        gap = text[prev.end : m.start]
        if _RESTATED.search(gap) and m.number and m.number == mentions[base].number and not roles[base].secondary:
            roles.append(Role(False))  # "(sau đây viết tắt là Chỉ thị số 27/CT-TTg)": the same document again
            continue
        if ";" in gap and "(" not in gap and not _LINKS[0][1].search(gap.rsplit(";", 1)[1][-120:]):
            # (a ";" inside the base's title: "… quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy
            # chứng nhận …, được sửa đổi, bổ sung bởi Nghị định số …" amends the base, it is no new one)
            roles.append(Role(False))
            base = i
            continue
        tail = _SEPARATOR.split(gap)[-1]
        directly = _LIST_ONLY.fullmatch(tail) is not None and (tail != gap or _LIST_ONLY.fullmatch(gap) is not None)
        # ("Căn cứ Điều lệ Đảng và Quy chế làm việc số 04-QC/TU …": its own type word, words apart from its number)
        directly = directly or (tail != gap and m.number is not None and m.type is not None
                                and _OWN_TYPE_BEFORE.fullmatch(tail) is not None
                                and fold(" ".join(tail.split())).startswith(fold(m.type) + " "))
        # "…; Luật sửa đổi, bổ sung … của Luật A năm 2019 và Luật sửa đổi, bổ sung … năm 2023": an
        # amending law after the name of another is the paragraph's next subject
        host_at = roles[i - 1].of if roles[i - 1].secondary else None
        of = mentions[host_at] if host_at is not None else None
        new_subject = m.name is not None and _AMENDING.match(m.name) is not None and of is not None \
            and of.name_span is not None and of.name is not None and _AMENDING.match(of.name) is not None \
            and of.name_span[1] <= m.start
        # (… and one by its number: "Luật số 42/2019/QH14 sửa đổi, bổ sung … của Luật A, Luật B ngày … và Luật số
        # 07/2022/QH15 sửa đổi, bổ sung …")
        new_subject = new_subject or (roles[i - 1].link == "amends" and m.number is not None and m.name is None
                                      and _AMENDING.match(text[m.end : m.end + 40]) is not None)
        # "Căn cứ Nghị quyết số 138/NQ-CP … của Chính phủ ban hành … thực hiện Nghị quyết số 68-NQ/TW … và
        # Nghị quyết số 139/NQ-CP ngày … của Chính phủ": one like the base, of the base's issuer, is its sibling
        # (not when the secondary it would join is of that issuer too: "… sửa đổi, bổ sung … của Nghị định số
        # 78/2025/NĐ-CP … của Chính phủ … và Nghị định số 79/2025/NĐ-CP … của Chính phủ")
        # (not after an amending act of its type: "… được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP … và
        # Nghị định số 92/2017/NĐ-CP … của Chính phủ" lists the acts that amended the base)
        new_subject = new_subject or (m.date is not None and m.issuer is not None and m.type == mentions[base].type
                                and m.issuer == mentions[base].issuer and not roles[base].secondary
                                and not (roles[i - 1].link == "amended_by" and prev.type == m.type)
                                # (nor after a secondary of its type whose issuer it shares: "… sửa đổi, bổ sung …
                                # ban hành kèm theo Quyết định số 318/QĐ-TTg ngày … và Quyết định số 319/QĐ-TTg ngày
                                # … của Thủ tướng Chính phủ" amends both)
                                and not (directly and roles[i - 1].secondary and prev.type == m.type
                                         and prev.issuer is None)
                                and not any(mentions[j].issuer == m.issuer for j in range(base + 1, i)))
        # "… được sửa đổi, bổ sung theo Luật số 46/2014/QH13 và Luật Việc làm ngày 16 tháng 11 năm 2013": after
        # an amending act by its number, a law by its name and date is the paragraph's next subject
        new_subject = new_subject or (roles[i - 1].link == "amended_by" and prev.number is not None
                                      and prev.name is None and m.name is not None and m.date is not None
                                      and _AMENDING.match(m.name) is None)
        # "… được sửa đổi, bổ sung bởi Nghị định số 68/2025/NĐ-CP … và Nghị định số 59/2012/NĐ-CP …": no act is
        # amended by one older than itself — the older one is the paragraph's next subject
        base_year = mentions[base].year
        new_subject = new_subject or (roles[i - 1].link == "amended_by" and m.year is not None
                                      and base_year is not None and m.year < base_year)
        # "Thực hiện Chương trình hành động số 18-CTr/TU ngày 10/12/2008 … thực hiện Nghị quyết số 26-NQ/TW … và Nghị
        # quyết số 05/2011/NQ-HĐND ngày 22/4/2011 …": no title names a document later than its own (but the acts that
        # amended it: "… được sửa đổi, bổ sung bởi Luật … năm 2018 và Luật … năm 2020")
        base_date = mentions[base].date
        new_subject = new_subject or (directly and m.date is not None and base_date is not None
                                      and m.date > base_date and roles[i - 1].link != "amended_by")
        if directly and roles[i - 1].secondary and not new_subject:
            # "… của Nghị định số 78/… quy định chi tiết Luật X và Nghị định số 79/…": after a title,
            # a document joined by "và" goes with the last one of its own type
            same = next((j for j in range(i - 1, max(base, i - 41), -1)
                         if mentions[j].type == m.type and roles[j].secondary), None)
            if same is not None:
                roles.append(Role(True, roles[same].of, roles[same].link))
                continue
        if directly and i - 1 == base and ";" not in gap and re.search(r"\svà[\s*]*$", gap) \
                and m.title is None and m.date is None and (verb := _title_verb(gap)) is not None:
            # "… của Tỉnh ủy thực hiện Nghị quyết Đại hội … và Nghị quyết số 01-NQ/TU": the base's title
            # goes on through an unnumbered document to a bare second one, governed by the same verb (one
            # with its own date and title is a base of its own)
            roles.append(Role(True, base, verb))
            continue
        if directly or _NEW_SUBJECT.search(gap) or (relation == "proposal" and _PROPOSED.search(tail)):
            if roles[i - 1].secondary and _LIST_ONLY.fullmatch(gap) is not None and not new_subject \
                    and not (m.date and m.title and m.type != prev.type):
                # a list inside a title ("… chi tiết Luật A và Luật B"); a document of another type
                # with its own date and title after it is the paragraph's next subject ("… của Luật An
                # toàn thực phẩm và Nghị định số 115/2018/NĐ-CP ngày … quy định xử phạt …")
                roles.append(Role(True, roles[i - 1].of, roles[i - 1].link))
            else:
                roles.append(Role(False))
                base = i
            continue
        title = text[mentions[base].end : m.start]
        link = "mentions"
        if roles[i - 1].secondary and roles[i - 1].of == base and i - 1 != base \
                and any(rx.search(gap) for _, rx in _LINKS):
            # named in a secondary mention's own title
            link = "amended_by" if _LINKS[0][1].search(gap[-120:]) else "mentions"
        elif roles[i - 1].secondary and roles[i - 1].of == base and i - 1 != base:
            link = roles[i - 1].link or "mentions"  # "Luật Đường bộ và Điều 77 Luật …": a sibling
        elif _LINKS[0][1].search(title[-120:]):
            link = "amended_by"
        else:
            link = _title_verb(title) or "mentions"  # the verb nearest before it: what the base does to it
        roles.append(Role(True, base, link))
    return roles


def _title_verb(gap: str) -> str | None:
    """The link the last title verb of ``gap`` gives ("thực hiện" → implements), if it holds one — but a title that
    reports on the work ("về kết quả 9 năm thực hiện Chỉ thị số 50-CT/TW") or whose work follows a document ("triển khai
    làm giàu cơ sở dữ liệu đất đai theo Luật Đất đai") only names it."""
    nearest, link = -1, None
    for name, rx in _LINKS[1:]:
        for f in rx.finditer(gap):
            if f.start() > nearest:
                nearest, link = f.start(), name
    if link == "implements" and (_REPORTS_ON.search(gap, 0, nearest) or _PER.match(gap, nearest)):
        return "mentions"
    return link


# (the words a report on the work opens with, just before its verb: "kết quả 9 năm thực hiện", "tổng kết … thi hành")
_REPORTS_ON = re.compile(r"(?:kết\s+quả|tổng\s+kết|sơ\s+kết|đánh\s+giá|tình\s+hình)(?:\s+\S+){0,4}\s*$", re.I)
# (the verb's own object, then the document it follows: "… triển khai làm giàu, làm sạch cơ sở dữ liệu theo")
# (not a programme a decision approved: "… thực hiện Chiến lược phát triển nông nghiệp … theo Quyết định số 150/QĐ-TTg")
_PER = re.compile(r"\S+\s+\S+\s+(?!(?i:chiến\s+lược|đề\s+án|chương\s+trình|kế\s+hoạch|quy\s+hoạch|dự\s+án|quy\s+chế)\s)"
                  r"\S+(?:\s+\S+){2,}(?<!kèm)\s+theo\s*$")


_SEPARATOR = re.compile(r"[,;]|\s(?i:và|hoặc)\s")  # "… CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ KẾT LUẬN SỐ …" in a title
# "… và hướng dẫn của Bộ Nội vụ tại Công văn số …": another body's document, a subject of its own
_OWN_TYPE_BEFORE = re.compile(rf"\s*[{_UP}][^;,\d]{{0,60}}?\s(?:số|SỐ)\s*")
# (not a pair of works in the base's title: "… hướng dẫn quản lý và sử dụng kinh phí … theo quy định tại Nghị định …")
_NEW_SUBJECT = re.compile(r"\svà\s+(?!(?:sử\s+dụng|thực\s+hiện|triển\s+khai|quản\s+lý|thanh\s+toán|quyết\s+toán"
                          r"|hỗ\s+trợ|phát\s+triển|tiêu\s+thụ)\s)"
                          r"(?:(?:ý\s+kiến|hướng\s+dẫn|chỉ\s+đạo|đề\s+nghị|đề\s+xuất)\s+)?(?:của\s+)?"
                          r"[^;,]{0,100}?(?<!kèm)\s(?:tại|theo)"
                          # (… the document's type and what it is, when words part them from its number: "… tại Biên
                          # bản họp số 27/BB-HĐTĐKT")
                          rf"(?:\s+[{_UP}][^;,\d]{{0,30}}?\s(?:số|SỐ))?\s*$")
_PROPOSED = re.compile(r"(?:ý\s+kiến|đề\s+nghị|đề\s+xuất|[Tt]ờ\s+trình|báo\s+cáo)?[^;]{0,100}?\b(?:tại|theo)\s*$")
