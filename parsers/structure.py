"""Stage 2: blocks (logical paragraphs), scopes (the document and its attachments) and the outline.

Invariants (tested): blocks are non-overlapping, in order, and ``text[b.start:b.end]`` never
starts or ends with white space; every section's span lies inside its scope's span.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from parsers.text import LOWER, UPPER

# the label of a task's field: "Thời gian thực hiện:", "Cơ quan chủ trì:", "Sản phẩm:"
FIELD_LABEL = (r"(?:Thời\s+(?:gian|hạn)|Tiến\s+độ|(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)"
               # (or the role alone: "Chủ trì: Sở Nội vụ.")
               r"|Sản\s+phẩm|(?:Chủ\s+trì|Phối\s+hợp)(?=\s*:))[^:\n]{0,30}:")

# A line that always opens a new block, whatever the line before it looked like.
_BLOCK_START = re.compile(
    r"""^\s*(?:
        (?:Căn\ cứ|Thực\ hiện|Triển\ khai|Xét\ đề\ nghị|Theo\ đề\ nghị|Xét\ Tờ\ trình)\b
      | (?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]    # Điều 3. (ĐIỀU 3: in an old text's capitals)
      | Chương\s+[IVXLC\d]+\b               # Chương II
      | (?:PHẦN|Phần)\s+(?:[IVXLC\d]+\b|(?:THỨ|thứ)\s)
      | [IVXLC]{1,6}\s*[.\-–/]\s+\S          # II. NHIỆM VỤ, II/ NHIỆM VỤ
      | \d{1,2}(?:\.(?!0(?!\d))\d{1,2})+\.?\s*[)\-–/]?\s+\S  # 5.1. Sở Ngoại vụ, 5.1) …, 5.1- … (not "3.0 phù hợp")
      | \d{1,2}\s*[.)/]\s+\S                 # 1. Mục đích, 1/ Mục đích
      | (?:\d{1,2}\s*[.)]|[a-zđ]\s*[.)\-–])\s*$  # "1.", "h-" alone on its line, its text on the next
      | \d{1,2}(?:\.\d{1,2})+\.?\s*$          # … and "3.1."
      | \d{1,2}\s*[-–]\s+[^\d\s]              # 1- Mục đích
      | [A-HK-NĐ]\s*[.\-–/]\s+[CAPITALS]{2}   # A. NHIỆM VỤ, A- NHIỆM VỤ
      | [a-zđ]\s*[)\-–/]\s+\S                 # a) …, a- …, a/ …
      | [a-zđ][)\-–](?=[CAPITALS][a-zà-ỹđ])    # a-Chủ trì …, a)Chủ trì … (no space after its mark)
      | \([a-zđ]\)\s+\S                      # (a) …
      | \(1\)\s+[^\d\s]                        # (1) Bộ Xây dựng … (the items after it: _PAREN_ITEM)
      | [-+•–]\s+[^\d\s]                     # - bullet (not "- 2025" wrapped from a range)
      | \*(?!\*)\s+[^\d\s*]                   # * bullet of a word processor's plain text
      | o[ \t]+[CAPITALS]                     # o its second level
      | (?:Nhiệm\ vụ|Giải\ pháp|Nội\ dung|Hoạt\ động)\s+\d{1,3}\s*[:.](?:\s|$)  # Nhiệm vụ 1: … (or alone on its line)
      | Nơi\ nhận
      | (?:TM|KT|TL|TUQ|Q)\.\s
      | FIELD                                # a task's field on its own line: "Thời gian thực hiện: Quý II/2026"
    )""".replace("CAPITALS", UPPER).replace("FIELD", FIELD_LABEL),
    re.X,
)
_FULL_LINE = 72  # a line this long was wrapped, not ended, by its writer
_WRAPPED_LINE = 60  # a line this long may have been wrapped by its writer (a dash it cut may be a name's)
_TERMINAL = re.compile(r"[.;:!?”\"]\s*$")
_TERMINAL_CHARS = frozenset('.;:!?”"')  # (a line's last character after its spaces: _TERMINAL without a scan)
_LETTER_DOT = re.compile(rf"[a-zđ]\.\s+[{UPPER}]")  # "b. Xây dựng …" after a sentence's end: a lettered item
_QUARTER = re.compile(r"[IVX]{1,4}[/.\s]*(?:năm\s+)?\d{4}\b")  # "thời gian: Quý ⏎ III/2025": a wrapped quarter


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int


_BRACKETED = re.compile(r"\([^()\n]*\)")
_PART_MARK = re.compile(r"[\s*_]*(?:Phần|Chương)[ \t]+(?:[IVXLC]+|\d+)\b[ \t.:\-–]*")
_FIELD_ENDS = re.compile(rf"(?<![\wÀ-ỹ]){FIELD_LABEL}[ \t*_]*$", re.I)
# a line that opens with the last words of a heading in capitals, up to its colon: "HOẠCH:** tham mưu …"
_CAPS_TAIL = re.compile(rf"[ \t*_]*[{UPPER}]{{2,}}(?:[ \t]+[{UPPER}]{{2,}}){{0,3}}[ \t*_]*:")


def blocks(text: str) -> list[Block]:
    """Join hard-wrapped lines into paragraphs; a blank line or a block-opening line ends one."""
    out: list[Block] = []
    cur_start: int | None = None
    cur_end = 0
    prev_line = ""
    pos = 0
    lines = text.split("\n")
    last: dict[str, str | None] = {}  # the label of the last item opened, per kind (number, letter, "-")
    runs = list(_RUN_IN.finditer(text))[::-1]  # (the candidates, read once: the next is last)
    prev_caps = False  # (is_caps of the line above, read once per line)
    last_paren = 0  # the number of the last "(1)" item that opened a block
    from parsers.agencies import is_bare_head

    for i, line in enumerate(lines):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            if cur_start is not None and not (cur_end - cur_start <= 12 and _LONE_MARKER.fullmatch(prev_line)):
                out.append(Block(cur_start, cur_end))
                cur_start = None
            elif cur_start is not None:
                continue  # ("**2.7-** ⏎⏎ Đảng ủy …": the marker's text below the blank line, its block goes on)
            prev_line = ""
            prev_caps = False
            continue
        # (a note in brackets keeps its small letters: "VÀ PTNT (cơ quan thường trực Ban Chỉ đạo):")
        # (… nor do a part's or a chapter's word and number: "**Phần III. NHIỆM ⏎ VỤ VÀ GIẢI PHÁP**" is one heading)
        caps = is_caps(stripped) or ("(" in stripped and is_caps(_BRACKETED.sub("", stripped))) \
            or ((part := _PART_MARK.match(stripped)) is not None and is_caps(stripped[part.end() :]))
        s = line_start + (len(line) - len(line.lstrip()))
        e = line_start + len(line.rstrip())
        new = (
            cur_start is None
            or _BLOCK_START.match(line) is not None
            or (prev_line.rstrip()[-1:] in _TERMINAL_CHARS
                and (not stripped[0].islower() or _LETTER_DOT.match(stripped))
                # (a clause's ";" ending a line the wrap filled goes on: "… an toàn PCCC; ⏎ Sở Xây dựng chủ trì …")
                and not (prev_line.rstrip().endswith(";") and len(prev_line.strip()) >= _FULL_LINE)
                # (nor a task's field whose value the wrap put on the next line: "… Cơ quan chủ trì: ⏎ Phòng Nội vụ.")
                and not (prev_line.rstrip().endswith(":") and _FIELD_ENDS.search(prev_line) is not None
                         and cur_start is not None)
                # (and a label inside a bracket left open: "… (chủ trì: ⏎ Ban cán sự đảng UBND tỉnh; …)")
                and not (prev_line.rstrip().endswith(":") and cur_start is not None
                         and text.count("(", cur_start, cur_end) > text.count(")", cur_start, cur_end)))
            or (stripped.startswith("a.") and _first_letter_item(prev_line, stripped))
            # (not after a head alone: "5. Phòng ⏎ TC-KH:")
            or (caps != prev_caps and not _QUARTER.match(stripped) and not (caps and is_bare_head(prev_line))
                # ("4. PHÒNG TÀI CHÍNH - KẾ ⏎ HOẠCH: tham mưu …": the heading's last words in capitals, then its text)
                and not (prev_caps and prev_line.rstrip()[-1:] not in _TERMINAL_CHARS
                         and (_CAPS_TAIL.match(line) or _caps_name_goes_on(prev_line, line))))
            # (the heading so far, however its lines were wrapped: "7. Ủy ban ⏎ nhân dân các xã, phường ⏎ Chủ động …")
            or (stripped[:1].isupper()  # (its first test, before the heading is cut out)
                and _short_heading(text[cur_start:cur_end] if cur_start is not None and cur_end - cur_start < 160
                                   else prev_line, stripped))
            or _agency_line(prev_line, lines, i)
            # ("(1) Bộ Xây dựng … ⏎ (2) Bộ Tài chính …": the item after one that opened its line)
            or (last_paren and (paren := _PAREN_ITEM.match(line)) is not None and int(paren.group(1)) == last_paren + 1)
            # ("**3. Phát triển học liệu số** ⏎ (1) ⏎ Xây dựng kho học liệu …": an item's number alone on its line)
            or _LONE_PAREN.fullmatch(line) is not None
        ) and not ((_BARE_MARKER.fullmatch(prev_line) or _LONE_MARKER.fullmatch(prev_line))
                 and _BLOCK_START.match(line) is None) \
            and not dash_wrapped(prev_line, stripped) and not _number_wrapped(prev_line, stripped) \
            and not _list_wrapped(prev_line, line) and not _caps_word_wrapped(prev_line, stripped, prev_caps and caps)
        # ("1. ⏎ Bộ Tài chính …"; "Sở Lao động ⏎ - Thương binh …"; "Thời gian: Quý ⏎ III - Quý IV năm 2025")
        if new:
            if cur_start is not None:
                out.append(Block(cur_start, cur_end))
            cur_start = s
            last_paren = int(paren.group(1)) if (paren := _PAREN_ITEM.match(line)) is not None else last_paren
            if (opening := _OPENING_LABEL.match(line)) is not None:
                last[_label_kind(opening.group("n"))] = opening.group("n")
            # (a "-" item's: the next "-" may run into its last line)
            last["bullet"] = "-" if _BULLET_OPENS.match(line) else None
        # "… thực hiện. 4/ Nâng cao năng lực …": the next item's marker run into the line (the one that
        # follows the last item opened, after a sentence's end)
        while runs and runs[-1].start() < line_end:
            run = runs.pop()
            if run.group("dash") is not None:
                if cur_start is not None and run.start() >= line_start and last.get("bullet") == "-":
                    out.append(Block(cur_start, run.start() + 1))
                    cur_start = run.start("dash")
                continue
            n, kind = run.group("n"), _label_kind(run.group("n"))
            if cur_start is not None and run.start() >= line_start and _follows(last.get(kind), n):
                out.append(Block(cur_start, run.start() + 1))
                cur_start = run.start("mk")
                last[kind] = n
        cur_end = e
        prev_line = line
        prev_caps = caps
    if cur_start is not None:
        out.append(Block(cur_start, cur_end))
    return out


# a field's list of bodies, wrapped after a separator: "• Đơn vị phối hợp: Vụ Kế hoạch, Tài chính; ⏎ Cục Bản quyền tác
# giả" (the next body, no heading of its own)
_FIELD_LIST_LINE = re.compile(rf"[ \t*_•·\-+–]*{FIELD_LABEL}.*[;,][ \t]*$")


def _caps_name_goes_on(prev_line: str, line: str) -> bool:
    """"3- PHÒNG TÀI NGUYÊN VÀ MÔI ⏎ TRƯỜNG cấp huyện giúp …": a name in capitals the wrap cut, its last word in
    capitals on the next line."""
    if not _CAPS_WORD_OPENS.match(line):
        return False
    from parsers.agencies import name_across

    return name_across(prev_line.strip(" \t*_"), line.strip(" \t*_"))


_CAPS_WORD_OPENS = re.compile(rf"[ \t*_]*[{UPPER}]{{2,}}(?![\wÀ-ỹ])")


def _list_wrapped(prev_line: str, line: str) -> bool:
    if prev_line.rstrip()[-1:] not in (";", ",") or _FIELD_LIST_LINE.match(prev_line) is None \
            or _BLOCK_START.match(line) is not None:
        return False
    from parsers.agencies import opens_with_agency

    return opens_with_agency(line, 0, len(line))


_LONE_PAREN = re.compile(r"[ \t*_]*\(\d{1,2}\)[ \t*_]*")
_PAREN_ITEM = re.compile(r"[ \t*_]*\((\d{1,2})\)[ \t]+[^\d\s]")
_BARE_MARKER = re.compile(r"[ \t*_]*(?:(?:\d{1,2}|[a-zđ])[ \t]*[.)]|[a-zđ][ \t]*[-–]|\(\d{1,2}\))[ \t*_]*")
_OPENING_LABEL = re.compile(r"[ \t*_]*(?P<n>\d{1,2}(?:\.\d{1,2})?|[a-zđ])[ \t]*(?:[.)/]|[-–](?=[ \t*_]|$))")
# (both ways open with the stop, outside their branches: the engine scans for it, fast)
_RUN_IN = re.compile(rf"[.;:](?:[ \t]+(?P<mk>(?:\*\*)?(?P<n>\d{{1,2}}(?:\.\d{{1,2}})?|[a-zđ])[.)/\-–](?:\*\*)?)"
                     # (its text on the next line: "… của bão. 9/ ⏎ Sở Y tế chỉ đạo …")
                     rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?=[{UPPER}])"
                     # (… or a "-" item's, after a sentence's end: "… Thời gian: thường xuyên. - Kiểm tra …")
                     rf"|(?<=[.;])[ \t]+(?P<dash>-)[ \t]+(?=[{UPPER}]))")
_BULLET_OPENS = re.compile(r"[ \t]*-[ \t]+\S")
# an item's marker alone on its line, its text after a blank line: "**2.7-** ⏎⏎ Đảng ủy các cơ quan …"
# (or an item numbered by its kind's word, its heading on the next line: "**Nhiệm vụ 3: ⏎ Phát triển nền tảng …**")
_LONE_MARKER = re.compile(r"[ \t*_]*(?:\d{1,2}(?:\.\d{1,2})*[ \t]*[.)/\-–]"
                          r"|(?:Nhiệm[ \t]+vụ|Giải[ \t]+pháp|Nội[ \t]+dung|Hoạt[ \t]+động)[ \t]+\d{1,3}[ \t]*[:.])"
                          r"[ \t*_]*")
LETTERS = "abcdđeghiklmnopqrstuvxy"  # the lettered items' order ("d)" then "đ)")


def _label_kind(n: str) -> str:
    return "dotted" if "." in n else "num" if n.isdigit() else "letter"


def _follows(before: str | None, n: str) -> bool:
    """Is ``n`` the label after ``before`` ("3" → "4" or "5", "a" → "b", "d" → "đ", "2.9" → "2.10")?"""
    if before is None:
        return False
    if n.isdigit():  # (or the one after it, a number the clerk left out: "6. … . 8. Về công tác thông tin …")
        return before.isdigit() and 0 < int(n) - int(before) <= 2
    if "." in n:  # "2.9" → "2.10"
        head, _, last = n.rpartition(".")
        b_head, _, b_last = before.rpartition(".")
        return head == b_head and b_last.isdigit() and int(last) == int(b_last) + 1
    k = LETTERS.find(before)
    return 0 <= k < len(LETTERS) - 1 and LETTERS[k + 1] == n


def _first_letter_item(prev_line: str, line: str) -> bool:
    """"1. Sở Văn hóa, Thể thao và Du lịch ⏎ a. Chủ trì …": the first lettered item under a numbered heading."""
    return line.startswith("a.") and _LETTER_DOT.match(line) is not None and _BLOCK_START.match(prev_line) is not None \
        and len(prev_line.strip()) < 160 and not JOINING_END.search(prev_line.rstrip())


# a word the number after it belongs to, the line wrapped between them: "… Quý ⏎ III …", "… khoản ⏎ 2 …",
# "… tại điểm ⏎ a …" (in running text's letters: "II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM ⏎ 1. …" is a heading;
# "địa điểm", "quan điểm" name no clause's point)
_POINT = r"(?<!địa\s)(?<!thời\s)(?<!quan\s)(?<!trọng\s)(?<!đặc\s)(?:điểm|tiết)"
# (in capitals too: a title's "… (ĐỢT ⏎ 2)")
_TAKES_NUMBER = re.compile(r"(?<![\wÀ-ỹ])(?:(?i:quý|phụ\s+lục|chương|phần|mục|điều|khoản|khóa|khoá|kỳ|đợt|lần"
                           r"|giai\s+đoạn)"
                           # (or a date's month or day: "… Thời gian: tháng ⏎ 01 - tháng 02/2025")
                           rf"|(?P<point>{_POINT})|(?P<date>(?i:tháng|ngày)))[ \t*_]*$")
_DATE_GOES_ON = re.compile(r"[ \t]*\d{1,2}(?:[ \t]*[-–][ \t]*(?i:tháng|ngày)(?![\wÀ-ỹ])|[ \t]*/[ \t]*\d"
                           r"|[ \t]+(?i:năm|tháng)(?![\wÀ-ỹ]))")
_NUMBER_OPENS = re.compile(r"(?:[IVXLC]{1,6}|\d{1,3})(?![\wÀ-ỹ])")
_LETTER_OPENS = re.compile(r"[a-zđ](?![\wÀ-ỹ])")


def _number_wrapped(prev_line: str, line: str) -> bool:
    """Does the line open with the number (or a point's letter) the line above ended asking for?"""
    # (only the line's end can hold the word: looked for in its last characters)
    if (taker := _TAKES_NUMBER.search(prev_line, max(0, len(prev_line.rstrip(" \t*_")) - 16))) is None:
        return False
    if taker.group("date") is not None:  # (a date wrapped after its month's word, not any number after it)
        return _DATE_GOES_ON.match(line) is not None
    if taker.group("point") is not None:  # a point's letter ("tại điểm ⏎ a"): "… trọng ⏎ điểm ⏎ 1.1. …" is an item
        return _LETTER_OPENS.match(line) is not None
    return _NUMBER_OPENS.match(line) is not None


# a deadline after a dash, in small letters: the end of the item above, wrapped to a line of its own
_DEADLINE_AFTER_DASH = re.compile(r"[-–][ \t]+(?:hoàn\s+thành|thời\s+(?:gian|hạn)|tiến\s+độ|trước\s+ngày)(?![\wÀ-ỹ])")


_LETTER_MARK = re.compile(r"[a-zđ][).]")


def dash_wrapped(prev_line: str, line: str) -> bool:
    """"… các Sở Lao động ⏎ - Thương binh và Xã hội": a name's dash wrapped to the line's start, no "-" item
    (nor "… (nuôi tôm ⏎ - lúa, …)")."""
    if line[:1] not in "-–" or not prev_line.strip():
        return False
    if _DEADLINE_AFTER_DASH.match(line):
        return True  # "… bảo đảm “đúng, đủ, sạch, sống” ⏎ - hoàn thành trước ngày 30/6/2022.": the item's deadline
    if _TERMINAL.search(prev_line):
        return False
    before, after = prev_line.split()[-1:], line[1:].split()[:1]
    if after and after[0][:1].islower() and prev_line.count("(") > prev_line.count(")"):
        return True  # "… (nuôi tôm ⏎ - lúa, trồng màu …)": a pair inside a bracket the line above opened
    if after and after[0][:1].islower() and len(prev_line.strip()) < 80 and _BLOCK_START.match(prev_line) \
            and prev_line.lstrip()[:1] not in "-+•–" and not _LETTER_MARK.fullmatch(after[0]):
        # "5. Văn hóa - xã hội ⏎ - môi trường": a heading's pair of fields, cut at its dash (not a markdown list's
        # bullet before an item's letter: "1. **Tuyên truyền** ⏎    - a) Tổ chức …")
        return True
    from parsers.agencies import dashed_pairs, name_across, opens_with_verb

    if not (before and after):
        return False
    if (before[0].lower(), after[0].lower()) in dashed_pairs():
        return True
    # a name of two parts the vocabulary does not hold, cut at its dash by a line the wrap filled ("… phối hợp với
    # Trường Đại học Nông ⏎ - Lâm Bắc Giang xây dựng …"): the name the line above opens runs on past the dash (not a
    # "-" item after a heading, "2. Sở Tài chính ⏎ - Chủ trì, …", whose line is short and whose word is a verb)
    rest = line[1:].lstrip()
    return before[0][:1].isupper() and after[0][:1].isupper() and len(prev_line.strip()) >= _WRAPPED_LINE \
        and not opens_with_verb(rest, 0, len(rest)) and name_across(prev_line.strip(" \t*_"), line.rstrip(" \t*_"))


def _agency_line(prev_line: str, lines: list[str], i: int) -> bool:
    """"Sở Tài chính:" (or "Sở Nông nghiệp và ⏎ Môi trường:") on lines of their own: an agency named over
    its work, a heading however the lines were wrapped around it."""
    from parsers.agencies import ends_with_title, is_bare_head

    line = lines[i].strip(" \t*_")
    if not line[:1].isupper() or len(line) > 110 or (
            not line.rstrip(" *_").endswith(":") and (i + 1 >= len(lines) or not JOINING_END.search(line))):
        return False  # (the cheap tests first: it runs on most lines)
    prev = prev_line.strip(" \t*_")
    if JOINING_END.search(prev) or _OPEN_WORD_END.search(prev) or is_bare_head(prev) or ends_with_title(prev):
        # (nor after a title or a head alone: "2. Hạt trưởng ⏎ Hạt Kiểm lâm Thạch Thành:", "…, Giám đốc ⏎ Sở …"; nor
        # after a word that takes the names: "2. Sở Xây dựng chủ trì, phối hợp với ⏎ Sở Tài chính, Công an tỉnh:")
        return False
    if not (re.search(r"[.;:!?]$", prev) or is_caps(prev)
            or (_BLOCK_START.match(prev_line) is not None and len(prev) < 80 and prev[:1] not in "-+•–")):
        return False  # the line above ends a sentence or is a heading ("… hướng dẫn ⏎ Công an các địa phương:")
    whole = line
    if not line.rstrip(" *_").endswith(":"):
        if i + 1 >= len(lines) or not JOINING_END.search(line):
            return False
        whole = f"{line} {lines[i + 1].strip(' \t*_')}"  # a name wrapped at its "và"
        if not whole.rstrip(" *_").endswith(":") or len(whole) > 140:
            return False
    from parsers.agencies import name_across

    if name_across(prev, line):
        return False  # the end of a name the line above began: "4. Bộ Quốc phòng, Bộ ⏎ Công an:"
    body = whole.rstrip(" *_")[:-1]
    return only_names(body)


def _caps_word_wrapped(prev_line: str, stripped: str, both_caps: bool) -> bool:
    """A heading in capitals the wrap cut inside a word: "B- NHỮNG NHIỆM ⏎ VỤ CHỦ YẾU:" is one heading."""
    if not both_caps:
        return False
    from parsers.repair import is_word

    prev = prev_line.strip(" \t*_").split()
    return bool(prev) and prev_line.rstrip(" \t*_")[-1:] not in _TERMINAL_CHARS \
        and is_word(f"{prev[-1]} {stripped.strip(' *_').split()[0]}".strip(" *_:"))


def only_names(body: str) -> bool:
    """Is ``body`` agencies' names and nothing else ("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh")?"""
    from parsers.agencies import collectives, find

    names = sorted([*collectives(body, 0, len(body)), *find(body, 0, len(body))], key=lambda a: a.start)
    rest, at = [], 0
    for a in names:
        if a.start >= at:
            rest.append(body[at : a.start])
            at = a.end
    rest.append(body[at:])
    return bool(names) and not re.sub(r"[\s,;]|\bvà\b", "", "".join(rest))


def _short_heading(prev_line: str, line: str) -> bool:
    """"1. Công an tỉnh" / "Là cơ quan thường trực …": a short numbered heading, then a capital —
    the heading is a line of its own (a wrapped heading fills its line before it breaks)."""
    prev = prev_line.strip()
    # (a line opening with initials is no line of capitals: "UBND xã Ba Tơ tập trung …")
    if not (0 < len(prev) < 160 and line[:1].isupper() and (not line[:2].isupper() or _SMALL_AFTER.search(line, 0, 40))
            and _BLOCK_START.match(prev_line) is not None) or JOINING_END.search(prev) or _OPEN_WORD_END.search(prev):
        # "1. Cục Quản lý và ⏎ Xây dựng công trình thủy lợi: …" goes on with its name, "- Thực hiện … nhà ở theo ⏎
        # Quyết định số …" with its object
        return False
    if _DECIDES.match(line.lstrip()):
        return True  # "1. Về dự án đường cao tốc …" / "Giao Bộ Xây dựng chủ trì …": a topic, then its decision
    if len(prev) >= 60:
        return False  # (a heading this long was wrapped, not ended)
    from parsers.agencies import name_across, name_runs_on, paired_re, starts_with_head, verbs_re

    if name_runs_on(prev, line):
        return False  # a name wrapped after its head, or inside it
    if not starts_with_head(line) and name_across(prev, line[:80]):
        # a name wrapped anywhere: "1. Trung tâm Xúc tiến ⏎ Đầu tư, Thương mại và Du lịch" (not before a line that
        # names a body of its own: "3. Thanh tra Bộ ⏎ Thanh tra, kiểm tra …")
        return False

    low = line[:1].lower() + line[1:40]
    # "1. Công an tỉnh" / "Là cơ quan thường trực …"; "3. Thanh tra Bộ" / "Thanh tra, kiểm tra việc …"
    return verbs_re().match(low) is not None or paired_re().match(low) is not None \
        or _named_to_its_place(prev) or _body_acts_under_topic(prev, line)


_SMALL_AFTER = re.compile(r"^\S+\s+\S*[a-zà-ỹđ]")  # (the first word's initials, then a word in small letters)
_OPEN_WORD_END = re.compile(r"(?<![\wÀ-ỹ])(?:với|của|cho|và|các|thuộc|tại|theo|nghị|giao)[\s*_:]*$", re.I)


def _body_acts_under_topic(heading: str, line: str) -> bool:
    """Under a heading that names no body ("1. Ở cấp tỉnh"), does the line open with a body and what it does ("Ban
    Phong trào Ủy ban MTTQ Việt Nam tỉnh là bộ phận thường trực …")? Then the heading has ended."""
    from parsers.agencies import acts, ends_with_head, find, starts_with_head, subjects, verbs_re, without_titles

    # (the head's title before it: "1. Lĩnh vực giáo dục ⏎ Giám đốc Sở Giáo dục và Đào tạo: …")
    bare = without_titles(line)
    skip = len(bare) - len(bare.lstrip())
    # ("5. Các đơn vị sự nghiệp trực thuộc Sở ⏎ Thư viện tỉnh tổ chức …": a collective that ends on whose it is has
    # ended, its members each acting on their own lines)
    whole = _OWNER_END.search(heading) is not None
    if not starts_with_head(bare[skip:]) or heading.lstrip()[:1] in "-+•–" or _OPEN_WORD_END.search(heading) \
            or (not whole and (find(heading) or ends_with_head(heading))) \
            or any(v.end() >= len(heading.rstrip(" *_:")) for v in verbs_re().finditer(heading)):
        # (not "b) Đề nghị Công ty ⏎ Điện lực …", "- Chủ trì, phối hợp với ⏎ Cục Thống kê …", "3. Về đề nghị đầu tư xây
        # dựng ⏎ Trường Phổ thông …": the heading goes on)
        return False
    found = subjects(line, 0, len(line))
    return bool(found) and found[0].start <= skip + 2 and acts(line, found[-1].end, len(line))


_OWNER_END = re.compile(r"(?<![\wÀ-ỹ])(?:[Cc]ác|[Nn]hững)\s[^\n]{3,60}?\s(?:trực\s+)?thuộc\s+"
                        r"(?:Sở|Bộ|Tỉnh\s+ủy|Thành\s+ủy|Ban|Cục)[ \t*_]*$")
_ITEM_MARK = re.compile(r"\s*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/\-–]\s*|\s*[-+•–]\s+")


def _named_to_its_place(heading: str) -> bool:
    """Is the heading bodies' names, the last ending with its province's name ("12. Trường Cao đẳng Y tế Bình Phước")?
    A name ends at its place: the capital opening the next line opens the work ("Đào tạo nguồn nhân lực …")."""
    from parsers.agencies import is_place_name

    mark = _ITEM_MARK.match(heading)
    body = heading[mark.end() :].strip(" *_:") if mark else ""
    words = body.split()
    return len(words) >= 3 and is_place_name(" ".join(words[-2:])) and only_names(body)


# a line that ends on a word joining it to the next: "Sở Tài chính và ⏎ Sở Y tế", "Vụ Kế hoạch - Tài ⏎ chính"
# (or an enumeration's first mark, its item on the next line: "… 03 vấn đề tồn đọng: (i) ⏎ Tích hợp …")
JOINING_END = re.compile(r"(?:[,&\-–]|(?<![\wÀ-ỹ])(?:và|của|các|thuộc)|\((?:i|1|a)\))[\s*_]*$")


# what a conclusion's paragraph opens with under its topic line: it assigns or agrees, never names a topic
_DECIDES = re.compile(r"(?:Giao(?!\s+thông)|Đề\s+nghị|Yêu\s+cầu|Đồng\s+ý|Thống\s+nhất|Chấp\s+thuận"
                      r"|Ủy\s+quyền|Uỷ\s+quyền|Phân\s+công)\s")


def is_caps(s: str, min_letters: int = 3) -> bool:
    """At least ``min_letters`` letters, all capitals (cheap checks first: it runs on every line)."""
    if not s.isupper():  # (all its cased letters capitals, one at least)
        return False
    return sum(1 for c in s if c.isalpha()) >= min_letters


# ---- scopes: the document and the documents attached to it -------------------------------------

# "(Ban hành kèm theo Quyết định số 1369/QĐ-UBND …)": the note under an attached document's title, opening
# after a bracket or at a line's start (its words found first, what comes before them looked at after: a
# fast scan)
_ATTACH_NOTE = re.compile(
    r"[Kk]èm\s+theo\s+(?P<parent>(?:Quyết|Nghị|Thông|Chỉ|Công|Kế|Văn|Chương|Đề\s+án|Quy\s+chế"
    r"|Quy\s+định|Phương\s+án|Hướng\s+dẫn|Chiến\s+lược|Điều\s+lệ)"
    r"[^)\n]{0,200})",
)
_ISSUED_BEFORE = re.compile(r"Ban\s+hành\s+\Z")


def _attach_notes(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The spans of the notes after ``pos``: from the bracket or the line's start before the note's words
    ("Ban hành" with them, or not)."""
    while (m := _ATTACH_NOTE.search(text, pos)) is not None:
        issued = _ISSUED_BEFORE.search(text, max(pos, m.start() - 40), m.start())
        start = _note_opens(text, issued.start(), pos) if issued else None
        if start is None:
            start = _note_opens(text, m.start(), pos)
        if start is None:
            pos = m.start() + 1
            continue
        yield start, m.end()
        pos = m.end()


def _note_opens(text: str, q: int, pos: int) -> int | None:
    """Where a note whose words begin at ``q`` opens: the bracket before them, or the first line's start
    after the last text before them (no earlier than ``pos``)."""
    r = q
    while r > pos and text[r - 1].isspace():
        r -= 1
    if r > pos and text[r - 1] == "(":
        return r - 1
    return next((p for p in range(r, q + 1) if p == 0 or text[p - 1] == "\n"), None)


ATTACH_TYPES = ("PHỤ LỤC", "KẾ HOẠCH", "QUY CHẾ", "QUY ĐỊNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN", "ĐIỀU LỆ",
                 "CHIẾN LƯỢC", "PHƯƠNG ÁN", "DANH MỤC", "QUY TRÌNH", "BIỂU", "BẢNG")
# (and "Phụ lục", "Phụ lục I" in sentence case, alone on its line)
# (a type word of two may be cut by a line's end: "… Nguyễn Dương Thái QUY ⏎ TRÌNH XÁC ĐỊNH …")
_ATTACH_TYPE_RE = re.compile(r"(?<![^\W\d_])(" + "|".join(t.replace(" ", r"\s+") for t in ATTACH_TYPES)
                             + r"|(?<![^\n])Phụ lục(?=(?:[ \t]+(?:số[ \t]+)?[IVXLC\d]+)?[ \t.:]*$))(?![^\W\d_])", re.M)


@dataclass(slots=True)
class Scope:
    """The main document (``kind == "main"``) or one attachment, with its own preamble."""

    kind: str  # "main" | "attachment"
    start: int
    end: int
    type: str | None = None  # "Kế hoạch" for an attachment
    title: str | None = None
    title_span: tuple[int, int] | None = None
    note_span: tuple[int, int] | None = None  # "(Ban hành kèm theo Quyết định số …)"
    body_start: int = 0  # where the preamble begins (after the title / the note)


def scopes(text: str, first_article: int) -> list[Scope]:
    """Split off attachments: an ALL-CAPS type word followed by a "(Ban hành kèm theo …)" note, or
    standing alone on its line after the document's signature ("KẾ HOẠCH", "PHỤ LỤC II")."""
    found: list[Scope] = []
    for ns, ne in _attach_notes(text, first_article):
        window_start = max(first_article, ns - 600)
        types = list(_ATTACH_TYPE_RE.finditer(text, window_start, ns))
        if not types:
            continue
        t = types[0] if len(types) == 1 else _last_standalone(types, text, ns)
        if found and t.start() < found[-1].note_span[1]:  # type: ignore[index]
            continue
        title = " ".join(text[t.end() : ns].split()) or None
        note_end = text.find(")", ne - 1, ne + 2)
        note_end = ne + 1 if note_end >= 0 else ne
        found.append(
            Scope(
                kind="attachment",
                start=t.start(),
                end=len(text),
                type=" ".join(t.group(1).split()).capitalize(),
                title=title,
                title_span=(t.end(), ns),
                note_span=(ns, min(note_end, len(text))),
                body_start=min(note_end, len(text)),
            )
        )
    signed = _SIGNED.search(text, first_article)
    if signed is not None:
        labels = [*_STANDALONE_TYPE.finditer(text, signed.end()), *_LABEL_AND_TITLE.finditer(text, signed.end())]
        for t in sorted(labels, key=lambda m: m.start()):
            if t.re is _LABEL_AND_TITLE:
                # "PHỤ LỤC I: DANH MỤC NHIỆM VỤ …": the appendix's label and its title on one line (the title from its
                # first word, over a note or not)
                noted = next((f for f in found if f.start - 5 <= t.start() <= f.body_start), None)
                if noted is None:
                    found.append(_titled_scope(text, t.start(), t.group("type"), t.start("rest"),
                                               _title_end(text, t.end())))
                elif noted.title_span is not None and noted.title_span[0] <= t.start("rest") < noted.title_span[1]:
                    noted.title_span = (t.start("rest"), noted.title_span[1])
                    noted.title = " ".join(text[t.start("rest") : noted.title_span[1]].split()) or None
                continue
            if any(f.start - 5 <= t.start() <= f.body_start for f in found):
                continue
            after = next((f for f in found if f.title_span is not None and 0 <= f.start - t.end() <= 200
                          and "\n\n" not in text[t.end() : f.start]), None)
            if after is not None and after.title_span is not None:
                # "PHỤ LỤC I ⏎ BẢNG PHÂN CÔNG … ⏎ (Kèm theo …)": the appendix's title opens with a type word of its
                # own on a line a wrap left short; the appendix begins at its label
                title_end = after.title_span[1]
                after.start, after.type = t.start(), " ".join(t.group("type").split()).capitalize()
                after.title = " ".join(text[t.end() : title_end].split()) or None
                after.title_span = (t.end(), title_end)
                continue
            found.append(_titled_scope(text, t.start(), t.group("type"), t.end(), _title_end(text, t.end())))
        # a crawler runs the signer's name and the attached document's title into one line ("… PHÓ CHỦ TỊCH
        # Nguyễn Thành Công KẾ HOẠCH XUẤT KHẨU … 2030"): a type word of capitals right after a name
        line_end = text.find("\n", signed.end())
        line_end = len(text) if line_end < 0 else line_end
        last_line = text.rfind("\n", 0, min(len(text), signed.end() + 1500))
        for t in _GLUED_TYPE.finditer(text, signed.end(), max(line_end, last_line)):
            if any(f.start - 5 <= t.start("type") <= f.body_start for f in found):
                continue
            stop = text.find("\n", t.end())
            title_end = _CAPS_RUN.match(text, t.end(), len(text) if stop < 0 else stop).end()  # type: ignore[union-attr]
            found.append(_titled_scope(text, t.start("type"), t.group("type"), t.end(), title_end))
            break
    found.sort(key=lambda sc: sc.start)
    for a, b in itertools.pairwise(found):
        a.end = b.start
    main = Scope(kind="main", start=0, end=found[0].start if found else len(text))
    return [main, *found]


def _titled_scope(text: str, start: int, type_word: str, title_start: int, title_end: int) -> Scope:
    """An attachment known by its type word and title, without a "(Ban hành kèm theo …)" note."""
    return Scope(kind="attachment", start=start, end=len(text), type=type_word.capitalize(),
                 title=" ".join(text[title_start:title_end].split()) or None,
                 title_span=(title_start, title_end), note_span=None, body_start=title_end)


# the main document is signed: its recipients list or signature titles
_SIGNED = re.compile(rf"^\s*(?:Nơi\s+nhận\s*:|(?:TM|KT|TL|TUQ)\s*\.\s*[{UPPER}])", re.M)
_STANDALONE_TYPE = re.compile(
    r"^\s*(?P<type>" + "|".join(ATTACH_TYPES) + r")(?:\s+(?:SỐ\s*)?(?:[IVXLC]+|\d{1,2}[a-z]?))?\s*$", re.M)


_LABEL_AND_TITLE = re.compile(rf"^[ \t*_#]*(?P<type>PHỤ\s+LỤC)(?:[ \t]+(?:SỐ[ \t]*)?(?:[IVXLC]+|\d{{1,2}}[a-z]?))?"
                              rf"(?:[ \t]*[:.\-–][ \t]*|[ \t]+)(?P<rest>[{UPPER}][{UPPER}\d ,/\-–()]{{4,}})[ \t*_]*$",
                              re.M)
# (after a small letter: not "1. SỞ KẾ HOẠCH VÀ ĐẦU TƯ", whose "Ở" the range "à-ỹ" holds)
_GLUED_TYPE = re.compile(rf"(?<=[{LOWER}])[ \t]+(?P<type>{'|'.join(ATTACH_TYPES)})(?=[ \t]+[{UPPER}]{{2}})")
# a title's capitals, numbers and dashes, up to the first word in small letters
_CAPS_RUN = re.compile(rf"(?:[ \t]+(?:[{UPPER}]+|\d[\d/.]*|[-–,:]))*")


_TABLE_OPENS = re.compile(r"(?:STT|TT|SỐ\s+TT|Số\s+TT)(?:\W.*)?", re.S)


_NUMBERED_HEADING = re.compile(r"[*_#\s]*(?:[IVXLC]{1,6}|\d{1,2}|[A-ZĐ])[.)]\s")


def _title_end(text: str, pos: int) -> int:
    """The capitals under an attachment's type word are its title."""
    end = pos
    for m in re.finditer(r"[^\n]*\n?", text[pos : pos + 1200]):
        line = m.group(0).strip()
        if not line:
            if end > pos and text[pos:end].strip():
                break
            end = pos + m.end()
            continue
        letters = [c for c in line if c.isalpha()]
        if _TABLE_OPENS.fullmatch(line.strip("*_ |")):
            break  # "PHỤ LỤC ⏎ | STT | Nhiệm vụ | …": a table, no title, opens the appendix
        if end > pos and text[pos:end].strip() and _NUMBERED_HEADING.match(line):
            break  # "… NĂM 2025 ⏎ I. KẾT QUẢ THỰC HIỆN …": the appendix's first part, after its title
        if ((letters and all(c.isupper() for c in letters)) or line.startswith("(")
                or re.fullmatch(r"[-_–—=.\s]+", line)):
            end = pos + m.end()
            continue
        break
    return end


def _last_standalone(types: list[re.Match[str]], text: str, note: int) -> re.Match[str]:
    """Among several type words before the note, the one that starts the title block ("PHỤ LỤC /
    DANH MỤC NHIỆM VỤ … / (Kèm theo …)"): no sentence or numbered item lies between it and the note."""
    for t in types:
        before = text[max(0, t.start() - 2) : t.start()]
        if "\n" in before or t.start() == 0 or (text[t.start() - 1] == " " and text[t.start() - 2].islower()):
            lines = [ln.strip() for ln in text[t.end() : note].split("\n") if ln.strip()]
            if len(lines) <= 6 and not any(re.search(r"[.;:]$", ln) or re.match(r"(?:\d+|[IVX]+)\.\s", ln)
                                           for ln in lines):
                return t
    return types[-1]
