"""Stage 3c: the tasks (nhiệm vụ) a plan assigns, with who leads, who supports and by when.

Read from the document tree, never from the raw text's layout:

* every section whose role is *tasks* or *solutions*, wherever it is ("II. NHIỆM VỤ", "IV. GIẢI
  PHÁP", "Điều 2. Nhiệm vụ và giải pháp", "2. Nhiệm vụ cụ thể" under "I. MỤC TIÊU");
* a task is an item at the deepest level that still states work — an item that only groups
  numbered or lettered children gives way to them; "-"/"+" bullets stay inside their task unless
  one of the list carries its own lead or deadline, and then each bullet is a task (``.b1``);
* a section organised by agency ("1. Sở Y tế: a) …") gives its items with that agency as lead;
* the rows of every table whose columns name a task and a lead or a deadline ("Phụ lục", "Danh
  mục nhiệm vụ"): ``PL1.A.1``; a row whose merged cells span several content rows gives one task per
  content row (``PL1.A.1.2``).

A news item that announces "13 nội dung chính: A; B; …" gives one task per listed item, and the
stated count is checked.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise

from parsers import agencies, tables
from parsers.models import Diagnostic, Task
from parsers.references import parse_date
from parsers.text import BRACKET_NOTE, NEEDS_NEXT, UPPER, clean_value, fold
from parsers.tree import Node, Tree, field_value

_TASK_ROLES = ("tasks", "solutions")
# a field's value goes on over hard-wrapped lines ("- Cơ quan thực hiện: Bộ Công\nan, Bộ Tư pháp")
# until a blank line or the next item's marker
# (not a dash that joins a name's fields, wrapped: "… các tổ chức chính trị ⏎ - xã hội tỉnh")
_NAME_DASH = "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in agencies.small_dashed())
_NEXT_ITEM = (rf"[ \t]*(?:\n|$|[-–](?![ \t]*(?:{_NAME_DASH})(?![\wÀ-ỹ]))|[+•*]|\d{{1,3}}(?:\.\d{{1,3}})*[.)/]\s"
              r"|[a-zđ][)/]|[IVXLC]{1,6}[./]\s)")
_WRAP = rf"\n(?!{_NEXT_ITEM})"
_BREAK = rf"\n(?={_NEXT_ITEM})"
# a list of agencies may go on after ";" ("các sở, ban, ngành; Ủy ban nhân dân phường, xã; báo, đài"),
# not into the next field ("Cơ quan chủ trì: Sở Nội vụ; thời gian thực hiện: …")
_NEXT_FIELD = (r"(?:[Tt]hời\s+(?:gian|hạn)|[Tt]iến\s+độ|[Cc]ơ\s+quan|[Đđ]ơn\s+vị|[Ss]ản\s+phẩm|[Kk]ết\s+quả"
               r"|[Kk]inh\s+phí|[Nn]guồn)")
# nor over a dash that opens the next field in the same cell ("- Chủ trì: Sở Tư pháp - Phối hợp: Sở Nội vụ")
_DASH_FIELD = rf"\s[-–]\s*(?:{_NEXT_FIELD}|[Pp]hối\s+hợp|[Cc]hủ\s+trì)[^\n:;]{{0,30}}:"
# (nor onto a line that opens the next field: "Cơ quan phối hợp: …, Đắk Glong.⏎Thời gian: Năm 2025")
# (nor over a comma before the next field: "Cơ quan phối hợp: Công an tỉnh, Thời gian: Quý II/2013")
_COMMA_FIELD = rf",\s*{_NEXT_FIELD}[^\n:;,]{{0,30}}:"
_VALUE = (rf"(?:(?!{_DASH_FIELD}|{_COMMA_FIELD})[^\n;]|;(?!\s*{_NEXT_FIELD})"
          rf"|{_WRAP}(?![ \t]*{_NEXT_FIELD}[^\n:;]{{0,30}}:))+")
# (not the partners' "Đơn vị phối hợp thực hiện:", nor "Thời gian thực hiện:", "Kinh phí thực hiện:")
_LEAD = re.compile(
    r"(?:Cơ\s+quan|Đơn\s+vị|cơ\s+quan|đơn\s+vị)?\s*(?<!hợp\s)(?<!gian\s)(?<!hạn\s)(?<!độ\s)(?<!phí\s)(?:chủ\s+trì|thực\s+hiện|thực\s+hiện\s+chính|chịu\s+trách\s+nhiệm"
    # ("Cơ quan tham mưu: Sở Nội vụ", "(trách nhiệm: Sở Tài chính)", "Trách nhiệm thực hiện: Công an tỉnh; …")
    r"|tham\s+mưu|(?<![\wÀ-ỹ])trách\s+nhiệm"
    # ("Đơn vị soạn thảo: Cục Trồng trọt", "Cơ quan chủ trì soạn thảo: Vụ Pháp chế": who drafts a text leads it)
    r"|(?<=quan\s)soạn\s+thảo|(?<=vị\s)soạn\s+thảo"
    r"|(?<![\wÀ-ỹ])(?:giao|phân\s+công)(?=\s*:))"
    # (not a label over role lines of their own: "- Phân công thực hiện: ⏎ + Cơ quan chủ trì: Sở Tư pháp.")
    # (or a sentence that says it: "… . Đơn vị chủ trì ⏎ là Trung tâm Kiểm soát bệnh tật tỉnh; …")
    rf"(?:\s+(?:thực\s+hiện|soạn\s+thảo))?(?:\s*:|(?<=[Tt]rì)\s+là(?=\s))"
    r"(?![ \t]*\n[ \t]*[-+•][ \t]*(?:Cơ\s+quan|Đơn\s+vị|Chủ\s+trì|Phối\s+hợp))"
    rf"\s*(?P<x>{_VALUE})",
    re.I,
)
_SUPPORT = re.compile(rf"(?:Cơ\s+quan\s+|Đơn\s+vị\s+)?phối\s+(?:kết\s+)?hợp(?:\s+thực\s+hiện)?(?:\s+gồm)?\s*:\s*"
                      rf"(?P<x>{_VALUE})", re.I)
# a label's value written as a list under it: "Đơn vị phối hợp: ⏎ + Sở Công Thương; ⏎ + Sở Nông nghiệp và Phát ⏎
# triển nông thôn;" (each item with its wrapped lines, up to the next field or item)
# (a markdown copy may part the label and its items by blank lines: "**Đơn vị phối hợp:** ⏎⏎ - Công an tỉnh; ⏎⏎
# - …")
_LISTED_VALUE = re.compile(rf"[ \t*_]*\n(?:[ \t]*\n)?(?P<x>(?:[ \t]*[-+•–][ \t]+[^\n]*"
                           rf"(?:\n(?![ \t]*(?:[-+•–*\d]|[a-zđ]\)|\n|{_NEXT_FIELD}|[Pp]hối\s+hợp|[Cc]hủ\s+trì))[^\n]*)*"
                           rf"(?:\n(?:[ \t]*\n(?=[ \t]*[-+•–][ \t]))?|$))+)")
# a role in brackets after the agencies it is theirs: "Sở Nội vụ (chủ trì), Sở Tài chính (phối hợp)"
# (or after a list of them: "Sở Tư pháp (chủ trì); Văn phòng UBND tỉnh, các sở, ngành (phối hợp)")
# the stop of a city's abbreviation, inside a name: "UBND TP. Đà Lạt"
_CITY_STOP = r"(?<=\WTP)\.(?=[ \t]*[A-ZĐ])"
_PAREN_ROLE = re.compile(rf"(?:^|(?<=[;,.:)|])|(?<=^[-+•–]\s))\s*(?P<x>(?:[^;:.()\n|]|{_CITY_STOP}|{_WRAP}){{3,200}}?)"
                         r"\s*\(\s*(?:(?:cơ\s+quan|đơn\s+vị)\s+)?(?P<role>chủ\s+trì|phối\s+hợp)\s*\)", re.M)
# the partners named before "phối hợp" in a clause of their own
# ("(chủ trì soạn thảo)": what it leads, said in the mark)
_LEAD_MARK = re.compile(r"\(\s*(?:(?:cơ\s+quan|đơn\s+vị)\s+)?chủ\s+trì(?:\s+[^()\d]{1,80}?)?\s*\)")
_SUPPORT_BEFORE = re.compile(rf"(?<=[;.:])\s*"
                             rf"(?P<x>(?:(?!chủ\s+trì)(?:[^;.()\n]|{_CITY_STOP}|{_WRAP})|\([^();\n]{{0,80}}\)){{3,200}}?)"
                             r"\s+(?:cùng\s+)?phối\s+hợp"
                             r"(?:\s+thực\s+hiện)?\s*(?=[;.)]|$)(?!\n\s*với\s)", re.M)
# who takes part besides the partners: "…, với sự tham gia của Hội Nông dân tỉnh"
_TAKING_PART_WORDS = r"(?:với|có)\s+sự\s+tham\s+gia\s+của"
_NAMED_PARTNERS = re.compile(r"(?:[;(]|chủ\s+trì\s*,)\s*"
                             r"(?P<x>(?:(?!chủ\s+trì)(?:[^;.()\n]|\n(?!\s*\n)|\([^();\n]{0,80}\))){3,200}?)"
                             # ("…, Sở Tư pháp là cơ quan phối hợp")
                             # ("…; Sở Tư pháp, Sở Nội vụ tham gia phối hợp khi có đề nghị")
                             r"\s+(?:(?:là\s+(?:cơ\s+quan|đơn\s+vị)\s+)?(?:cùng\s+|tham\s+gia\s+)?phối\s+hợp(?!\s+với)"
                             # ("…; Sở Nội vụ, Công an tỉnh tham gia thực hiện": who takes part, after who leads;
                             # "Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ tham gia tổ chức tập huấn …")
                             r"|tham\s+gia(?![\wÀ-ỹ]))")
_LIST_GAPS = re.compile(r"[\s,]|(?<![\wÀ-ỹ])và(?![\wÀ-ỹ])")


def _partners_after_comma(text: str, start: int, end: int) -> list[str]:
    """"… giao UBND các xã chủ trì tổ chức thực hiện …, Phòng Tài chính - Kế hoạch, Phòng Kinh tế và Hạ tầng phối hợp
    thẩm định …": the names between a comma and "phối hợp", in the sentence that named who leads before them."""
    for p in _JOIN_AFTER_NAMES.finditer(text, start, end):
        lead_at = text.rfind("chủ trì", start, p.start())
        if lead_at < 0 or _SENTENCE_STOP.search(text, lead_at, p.start()):
            continue
        for c in _LIST_COMMA.finditer(text, lead_at, p.start()):
            named = agencies.listed(text, c.end(), p.start())
            if named and named[0].start - c.end() <= 2 \
                    and not _LIST_GAPS.sub("", _without(text, c.end(), p.start(), named)):
                return [a.text for a in named]
    return []


_JOIN_AFTER_NAMES = re.compile(r"\s+(?:cùng\s+)?phối\s+hợp(?!\s+với)(?![\wÀ-ỹ])")
_SENTENCE_STOP = re.compile(r"[.;:()]")
_LIST_COMMA = re.compile(r",\s*")


def _without(text: str, start: int, end: int, named: list[agencies.AgencyMention]) -> str:
    """``text[start:end]`` with the names found in it taken out."""
    out, at = [], start
    for a in named:
        out.append(text[at : max(at, a.start)])
        at = max(at, a.end)
    out.append(text[at:end])
    return "".join(out)


# (and "Tỉnh đoàn chủ trì cùng Hội Liên hiệp Phụ nữ tỉnh, …": who work with the lead)
# (not "phối hợp giữa …": the parties a coordination joins, "Quy chế phối hợp giữa các lực lượng … với Đồn Biên
# phòng …")
_PARTNERS = re.compile(rf"(?:phối\s+hợp\s+(?!giữa\s)(?:chặt\s+chẽ\s+)?(?:với\s+|cùng\s+)?|chủ\s+trì\s*,?\s*cùng\s+"
                       # ("Ban Chỉ huy Quân sự xã, Công an xã cùng Ban nhân dân các thôn … thực hiện")
                       rf"|(?<=[\wÀ-ỹ])[ \t]+cùng(?:[ \t]+với)?[ \t]+(?=[{UPPER}]|các\s)"
                       rf"|{_TAKING_PART_WORDS}\s+)"  # "…, với sự tham gia của Hội Nông dân tỉnh"
                       # ("với sự phối hợp của các đơn vị: Báo …, Tạp chí …": the list after the colon)
                       r"(?:của\s+(?:các\s+)?(?:đơn\s+vị|cơ\s+quan)(?:\s+sau)?\s*:\s*)?"
                       rf"(?P<x>(?:[^;.\n]|{_CITY_STOP}|{_WRAP}){{3,300}})", re.I)
# ("giao Công an tỉnh làm đầu mối, phối hợp với …": the focal point, who leads)
_ASSIGN = re.compile(rf"(?:giao|Giao|đề\s+nghị|Đề\s+nghị)\s+"
                     rf"(?P<x>(?:[^;.\n]|{_CITY_STOP}|{_WRAP}){{3,160}}?)\s+(?:chủ\s+trì|làm\s+đầu\s+mối)")
# quarters or months, one or a run of them sharing their year: "Quý IV", "Quý II - Quý III", "Quý II và Quý IV",
# "Tháng 4 - tháng 5", "tháng 4, 5"
_PERIODS = (r"(?:[Qq]uý\s+[IV]{1,3}(?:\s*(?:,|và|[-–]|đến)\s*(?:[Qq]uý\s+)?[IV]{1,3}(?![\wÀ-ỹ]))*"
            r"|[Tt]háng\s+\d{1,2}(?:\s*(?:,|và|[-–]|đến)\s*(?:[Tt]háng\s+)?\d{1,2}(?!\d))*)")
_DEADLINE = re.compile(
    # (no "có thời hạn", "term-limited", nor "còn/hết thời hạn công nhận", still or no longer valid)
    r"""(?:(?:(?<!có\s)(?<!còn\s)(?<!hết\s)[Tt]hời\s+(?:gian|hạn)(?:\s+(?:(?:thực\s+hiện|hoàn\s+thành)
                                             # (of the works a closing line points to: "Thời hạn hoàn thành các
                                             # nhiệm vụ tại khoản này:")
                                             (?:\s+(?:các|những)\s+(?:nội\s+dung|nhiệm\s+vụ|hoạt\s+động|giải\s+pháp)
                                                [^:;.\n]{0,40}(?=:))?
                                             |trình(?:\s+[^:;.\n]{1,40}(?:\n[^:;.\n]{1,20})?)?|ban\s+hành
                                             # … or what is timed: "Thời gian kiểm tra:", "Thời gian tổ chức giải:"
                                             |(?!qua\b)[a-zà-ỹđ]+(?:,?\s+[a-zà-ỹđ]+){0,3}(?=\s*:)))?
           |[Tt]iến\s+độ(?:\s+thực\s+hiện)?
           |(?<![\wÀ-ỹ])[Hh]oàn\s+thành)\s*:\s*  # ("Chủ trì: …; phối hợp: …; hoàn thành: tháng 6/2024")
           (?P<a>(?:[^\n;]|""" + _WRAP + r"""(?![ \t]*""" + _NEXT_FIELD + r"""[^\n:;]{0,30}:))+?)
           \s*(?:[;)]|\.(?:\s|$)|$|""" + _BREAK + r"""|\n(?=[ \t]*""" + _NEXT_FIELD + r"""[^\n:;]{0,30}:)
             |\((?=[^()\n]{0,200}(?:chủ\s+trì|phối\s+hợp))))
      | (?:hoàn\s+thành\s+)?(?P<b>(?:[Tt]rước|[Cc]hậm\s+nhất(?:\s+(?:là|trong|vào))?|[Tt]rong)
               \s+(?:\d{1,2}/\d{1,2}/\d{4}
               |ngày\s+\d{1,2}(?:[^\n;,.]|""" + _WRAP + r""")*?
               (?:năm\s+\d{4}|h[ằà]ng\s+(?:năm|quý|tháng)|\d{4})|""" + _PERIODS + r"""
               (?:[/\s]+(?:năm\s+)?\d{4}|\s+h[ằà]ng\s+năm)?
               |năm\s+\d{4}
               # (a season of the year: "trước mùa mưa bão năm 2024", "trước mùa du lịch hằng năm")
               |mùa(?:\s+[a-zà-ỹđ]+){1,4}?\s+(?:năm\s+\d{4}|h[ằà]ng\s+năm)
               # (… or the season alone, the clause's last words: "… hoàn thành trước mùa mưa bão.")
               |(?<=[Tt]rước\s)mùa\s+(?:mưa\s+bão|mưa\s+lũ|mưa|khô(?:\s+hanh)?|lũ|bão|cháy\s+rừng|du\s+lịch|nắng\s+nóng)
                (?=\s*(?:[.;)]|$))
               # (a day of the year, the clause's last words: "… gửi Bộ Kế hoạch và Đầu tư trước ngày 15 tháng 11.")
               |ngày\s+\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?=\s*(?:[.;)]|$)))
               # (and a second date it is due by: "trước ngày 05/6/2023 và trước ngày 05/12/2023")
               (?:\s+và\s+(?:trước\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/]))?)
      | (?:thực\s+hiện|triển\s+khai)\s+(?P<c>h[ằà]ng\s+năm
                                       |thường\s+xuyên(?:,\s*liên\s+tục)?(?:\s+trong\s+[^.;()\n]{3,40}?)?
                                       # (or its years alone: "…; thực hiện 2026 - 2028)")
                                       |(?:trong\s+)?(?:giai\s+đoạn\s+)?\d{4}\s*[-–]\s*\d{4}
                                       |cả\s+năm\s+\d{4})
        (?=\s*(?:[.;)]|$))
        # "…; thực hiện hằng năm.", "…; triển khai thường xuyên, liên tục." (not how often: "định kỳ …")
      # the days or months it runs, ending the clause: "…, từ ngày 15/11 đến ngày 15/12/2024.", "… từ tháng 5 đến
      # tháng 12/2024."
      | (?<![\wÀ-ỹ])(?P<d>[Tt]ừ\s+(?:ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+đến\s+(?:hết\s+)?ngày\s+\d{1,2}/\d{1,2}/\d{4}
                                  |tháng\s+\d{1,2}(?:/\d{4})?\s+đến\s+(?:hết\s+)?tháng\s+\d{1,2}(?:/|\s+năm\s+)\d{4}))
        (?=\s*(?:[.;)]|$))
      # a clause of time alone after the roles: "…; Sở Tài chính phối hợp; quý IV/2025).", "…; thường xuyên." (or in
      # brackets, or after a dash, at the item's end: "… tổ chức tập huấn (Quý III/2025).", "… - Quý III/2025.")
      # (the line may wrap after the semicolon: "(Sở Tài chính chủ trì; ⏎ 2025 - 2030).")
      # (or after who leads it: "… (Bộ Kế hoạch và Đầu tư chủ trì, Quý IV/2019).")
      | (?:(?<=;)|(?<=\()|(?<=\s-)|(?<=\s–)|(?<=trì,))[ \t]*(?:(?<=;)\n[ \t]*)?
        (?P<e>""" + _PERIODS + r"""(?:(?:/|\s+năm\s+)\d{4}|\s+h[ằà]ng\s+năm)
                       |[Nn]ăm\s+(?:học\s+)?\d{4}(?:\s*[-–]\s*\d{4})?|[Tt]hường\s+xuyên
                       |(?:(?<=;[ \t])|(?<=;\n))\d{4}[ \t]*[-–][ \t]*\d{4}
                       # (each year by a day: "…; định kỳ hằng năm trước ngày 15/12)")
                       |(?:[Đđ]ịnh\s+kỳ\s+)?[Hh][ằà]ng\s+(?:năm|quý|tháng)(?:\s+trước\s+ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?)?
                       |[Gg]iai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4})
        (?=[ \t]*(?:[.;)]|$))
      # the field named with no colon, or "hoàn thành" alone, then a quarter, month or year ending the clause:
      # "…; thời hạn hoàn thành Quý II năm 2025.", "…; hoàn thành năm 2025."
      | (?<![\wÀ-ỹ])(?:[Tt]hời\s+(?:hạn|gian)\s+(?:hoàn\s+thành|thực\s+hiện)|[Hh]oàn\s+thành)\s+
        (?P<f>""" + _PERIODS + r"""(?:/|\s+năm\s+)\d{4}|[Nn]ăm\s+\d{4}(?:\s*[-–]\s*\d{4})?)
        (?=[ \t]*(?:[.;)]|$))
      # whom it goes to, then when, as the clause's last words: "…; trình Chính phủ tháng 10/2026).", "…, trình Thủ
      # tướng Chính phủ năm 2019."
      | (?:(?<=;)|(?<=\()|(?<=,))[ \t]*(?:trình|[Tt]rình|ban\s+hành)[ \t]
        (?:(?!trước|chậm|trong|ngày|vào)[^;()\n]){2,40}?[ \t]
        (?P<g>""" + _PERIODS + r"""(?:/|\s+năm\s+)\d{4}|năm\s+\d{4})
        (?=[ \t]*(?:[.;)]|$))
    """,
    re.X,
)
# where a deadline may begin: a word one of its ways opens with, or the place after the separator the others follow
# (the pattern tried only there: a scan of every character through its branches is slow)
_DEADLINE_OPENS = re.compile(r"(?<=[;(,\-–])|(?<![\wÀ-ỹ])(?=[TtHhCcQqNnĐđGgb])")


def deadline_phrases(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The phrases of time ``_DEADLINE`` reads in ``text[start:end]``, in order, none inside another."""
    last = start
    for at in _DEADLINE_OPENS.finditer(text, start, end):
        if at.start() >= last and (m := _DEADLINE.match(text, at.start(), end)) is not None:
            yield m
            last = m.end()


_COUNT = re.compile(
    r"(?P<n>\d{1,2})\s+(?:nội\s+dung|nhiệm\s+vụ|nhóm\s+nhiệm\s+vụ|giải\s+pháp)"
    r"(?:\s+(?:chính|trọng\s+tâm|chủ\s+yếu))?(?:\s*,?\s*(?:bao\s+)?gồm)?\s*:",  # ("… 9 nội dung chính, gồm: …")
    re.I,
)


def extract(text: str, tree: Tree, doc_type: str | None = None, title: str | None = None) -> list[Task]:
    out: list[Task] = []
    seen: set[tuple[int, int]] = set()
    # a table's rows are tasks in a plan, a decision that issues one, or under a heading that calls
    # them tasks — not the steps of an administrative procedure ("Bước 1 … Trách nhiệm thực hiện")
    plan_document = any(fold(t or "") in _PLANS for t in [doc_type, *(
        r.scope.type for r in tree.roots if r.scope and r.scope.kind == "attachment")]) or \
        _PLAN_WORDS.search(fold(title or "")) is not None
    for root in tree.roots:
        attached = root.scope is not None and root.scope.kind == "attachment"
        if attached and _FORM_TITLE.match(fold(root.heading or "")):
            continue  # "PHỤ LỤC I ⏎ ĐỀ CƯƠNG BÁO CÁO …", "Mẫu số 01": the outline or form of a report, no work assigned
        scope_type = root.scope.type if root.scope and attached else doc_type
        # a decision that issues or approves a plan in its own articles ("Điều 1. Ban hành Kế hoạch …
        # gồm các nội dung sau: … 2. Nhiệm vụ: …") holds the plan's task sections
        is_plan = fold(scope_type or "") in _PLANS or (
            not attached and _ISSUES_PLAN.search(fold(title or "")) is not None)
        # … and a resolution on a plan ("Về kế hoạch phát triển kinh tế - xã hội năm 2025") holds it in its
        # articles: "Điều 2. Nhiệm vụ, giải pháp chủ yếu" is the plan's work
        on_plan = not is_plan and not attached and _ON_PLAN.match(fold(title or "")) is not None
        # a directive's, a notice's, a letter's instructions are no tasks: their agencies are units — but the
        # table of tasks it sends, with who leads each row ("Danh mục nội dung … và phân công cơ quan chủ trì"),
        # lists tasks
        instructions = fold(scope_type or "") in _INSTRUCTIONS or (
            # (… and a resolution on no plan, with no part to organise one: "Phiên họp Chính phủ thường kỳ tháng 9"
            # asks its ministries)
            fold(scope_type or "") == "nghị quyết" and not (on_plan or plan_document or is_plan)
            and not any(n.role == "organisation" for n in root.walk()))
        found = len(out)
        # (a conclusion's numbered parts hold its tasks as a plan's do: "2. Về nhiệm vụ, giải pháp trong thời gian tới")
        sections = [] if instructions else _task_sections(root, is_plan or fold(scope_type or "") == "kết luận")
        if on_plan and not instructions:
            # (… or an item of one on the plan's parts: "Điều 2. Mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp ⏎ … 3. Nhiệm
            # vụ, giải pháp")
            sections += [n for n in _task_sections(root, True) if n not in sections and (
                n.kind == "article" or _in_article(tree, n))]
        for section in sections:
            if _FILL_IN.search(text, section.start, section.end):
                continue  # "III. Nội dung bàn giao ⏎ … 2. Hồ sơ pháp lý: ……………": a form's blanks to fill, no work
            for t in _from_section(text, section):
                if (t.start, t.end) not in seen:
                    seen.add((t.start, t.end))
                    out.append(t)
        by_table: list[tuple[Node | None, list[Task]]] = []
        for node in root.walk():
            if node.kind == "table" and node.role in _NO_WORK_ROLES:
                continue  # "III. KINH PHÍ THỰC HIỆN ⏎ | TT | Nội dung | Đơn vị thực hiện | Kinh phí |": a budget
            if node.kind == "table" and node.role == "organisation" and node.table is not None \
                    and tables.duty_column(text, node.table) is not None:
                continue  # "V. TỔ CHỨC THỰC HIỆN ⏎ | TT | Cơ quan, đơn vị | Nhiệm vụ |": the units' duties
            if node.kind == "table" and ((not instructions and (plan_document or _titled_tasks(text, node, root)))
                                         or _leads_named(text, node)):
                by_table.append((tree.parent(node), _from_table(text, node, root)))
        out.extend(t for _, rows in _under_headings(by_table) for t in rows)
        if attached and plan_document and fold(scope_type or "") in _APPENDICES \
                and not any(t.source == "row" for t in out[found:]):
            # an appendix of tasks a text rendering wrote as paragraphs: its items are its rows
            rows = out[found:] or _appendix_items(text, root)
            prefix = _prefix(text, root, root)
            out[found:] = [dataclasses.replace(t, id=f"{prefix}.{t.id}", source="row") for t in rows]
    if any(t.source == "row" for t in out):
        # "3. Các nhiệm vụ, đề án cụ thể … được phân công tại Phụ lục kèm theo": an item that only points to the
        # appendix whose rows are its tasks
        # (not an item whose own work comes first, the appendix named in a later clause: "2. Hoàn thiện thể chế …
        # bảo đảm đồng bộ, khả thi; các văn bản, đề án cụ thể được phân công tại Phụ lục …")
        out = [t for t in out if t.source == "row" or t.lead or len(t.text.split()) > 45
               or not _POINTS_TO_APPENDIX.search(re.split(r"[;.]", _PARENTHESES.sub("", t.text))[0])]
    return _distinct_ids(_one_appendix(out))


def _one_appendix(found: list[Task]) -> list[Task]:
    """The rows of the one appendix that holds the document's task tables are "PL.…", whatever its number ("PHỤ LỤC
    II" beside a "PHỤ LỤC I" of targets); "PL1.…", "PL2.…" tell apart several appendices of tasks."""
    numbered = {m.group(0) for t in found if t.source == "row" and (m := _NUMBERED_PREFIX.match(t.id))}
    if len(numbered) != 1 or any(t.source == "row" and t.id.startswith("PL.") for t in found):
        return found
    prefix = numbered.pop()
    return [dataclasses.replace(t, id="PL." + t.id[len(prefix):]) if t.id.startswith(prefix) else t for t in found]


_NUMBERED_PREFIX = re.compile(r"PL\d+\.")


def appendix_renamed(found: list[Task], sections: list[str | None]) -> str | None:
    """The prefix ("PL2.") of the sections given in the one appendix of tasks, whose rows' ids ``_one_appendix`` made
    "PL.…": the group rows of its tables that are units take the same ("PL.A")."""
    rows = [t.id for t in found if t.source == "row"]
    if not any(r.startswith("PL.") for r in rows) or any(_NUMBERED_PREFIX.match(r) for r in rows):
        return None
    numbered = {m.group(0) for s in sections if s and (m := _NUMBERED_PREFIX.match(s))}
    return numbered.pop() if len(numbered) == 1 else None


# the parts of a plan whose tables list no work: its money, its targets, its purpose, the situation it starts from
_NO_WORK_ROLES = frozenset({"funding", "targets", "purpose", "situation"})
_POINTS_TO_APPENDIX = re.compile(r"(?:tại|theo|ở)\s+(?:các\s+)?(?:Phụ\s+lục|Danh\s+mục|phụ\s+lục)(?![\wÀ-ỹ])")
_PARENTHESES = re.compile(r"\([^()]*\)")


_APPENDICES = ("phụ lục", "danh mục")
# a form's blank to fill in: a run of dots ("Chức vụ: ……………", "tại ..........")
_FILL_IN = re.compile(r"…{3,}|\.{6,}")
# the title of an attachment that is the outline or form of a report to write: "Phụ lục I đề cương báo cáo …", "Mẫu số
# 02", "Biểu mẫu thống kê …", "Biểu tổng hợp kết quả …"
_FORM_TITLE = re.compile(r"[\s*_#]*(?:phụ\s+lục)?(?:\s*(?:số\s+)?[ivxlc\d]{1,4}(?![\wÀ-ỹ]))?[\s.:*_-]*"
                         r"(?:đề\s+cương|(?:biểu\s+)?mẫu(?!\s+giáo)(?:\s+số)?|biểu\s+(?:tổng\s+hợp|số|thống\s+kê))(?![\wÀ-ỹ])")


def _appendix_items(text: str, root: Node) -> list[Task]:
    """The numbered items of an appendix a text rendering wrote as paragraphs ("1. Tổ chức hội nghị quán
    triệt … Cơ quan chủ trì: Sở Tư pháp, Cơ quan phối hợp: …, Thời gian: Quý I/2013."), when they say who
    leads them."""
    tasks = _from_section(text, root)
    return tasks if sum(1 for t in tasks if _LEAD.search(text, t.start, t.end)) >= 2 else []


def _under_headings(by_table: list[tuple[Node | None, list[Task]]]) -> list[tuple[Node | None, list[Task]]]:
    """Tables of tasks each under its own numbered heading ("I. DANH MỤC VĂN BẢN …", "II. NHIỆM VỤ CỤ THỂ", each
    numbering its rows from 1): the heading's number is their group ("PL.I.1", "PL.II.1")."""
    filled = [(parent, rows) for parent, rows in by_table if rows]
    ids = [t.id for _, rows in filled for t in rows]
    labels = [parent.label if parent is not None and parent.is_item else "" for parent, _ in filled]
    if len(filled) < 2 or len(set(ids)) == len(ids) or not all(labels) or len(set(labels)) < len(labels):
        return by_table
    return [(parent, [dataclasses.replace(t, id=f"{head}.{label}.{rest}")
                      for t in rows for head, rest in [t.id.split(".", 1)]])
            for (parent, rows), label in zip(filled, labels, strict=True)]


def _distinct_ids(found: list[Task]) -> list[Task]:
    """Each task its own id: two lists under unnumbered headings ("NHIỆM VỤ / 1. … / GIẢI PHÁP / 1. …")
    both count from 1; the later one is told apart by a suffix ("1~2")."""
    seen: dict[str, int] = {}
    out = []
    for t in found:
        n = seen[t.id] = seen.get(t.id, 0) + 1
        out.append(t if n == 1 else dataclasses.replace(t, id=f"{t.id}~{n}"))
    return out


_PLANS = ("kế hoạch", "chương trình", "đề án", "phương án", "chiến lược", "lộ trình")
_INSTRUCTIONS = ("chỉ thị", "công điện", "công văn", "văn bản", "thông báo", "thông báo kết luận", "thông tri")
# (not a plan of procurement: "phê duyệt kế hoạch lựa chọn nhà thầu", whose tables list bid packages)
_PLAN_ALT = "(?:" + "|".join(p.replace(" ", r"\s+") for p in _PLANS) + r")(?!\s+(?:lựa\s+chọn\s+nhà\s+thầu|đấu\s+thầu))"
_PLAN_WORDS = re.compile(rf"(?<!\w)(?:{_PLAN_ALT}|nhiệm\s+vụ)(?!\w)")
_ADOPTS_PLAN = re.compile(rf"(?:ban\s+hành|phê\s+duyệt|thông\s+qua)\s+(?:{_PLAN_ALT})")
# (or the tasks themselves: a council's resolution "… và thông qua mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp chủ yếu")
_ADOPTS_TASKS = re.compile(r"thông\s+qua\s+(?:[^.:;\n]{0,60}?\s)?nhiệm\s+vụ(?:,|\s+và)\s+giải\s+pháp")
# (… or on the tasks themselves: "Về nhiệm vụ, giải pháp phòng, chống thiên tai giai đoạn 2023 - 2025")
_ON_PLAN = re.compile(rf"(?:về\s+)?(?:(?:một\s+số|các|những)\s+)?(?:{_PLAN_ALT}|nhiệm\s+vụ)[\s,]")
_ISSUES_PLAN = re.compile(rf"^(?:ban\s+hành|phê\s+duyệt)\s+(?:{_PLAN_ALT})")


def _in_article(tree: Tree, node: Node) -> bool:
    """Is the item inside an article whose own heading names the plan's parts ("Điều 2. Mục tiêu, chỉ tiêu,
    nhiệm vụ và giải pháp chủ yếu năm 2022")?"""
    p = tree.parent(node)
    while p is not None and p.kind != "article":
        p = tree.parent(p)
    return p is not None and p.role in ("tasks", "solutions", "targets")


def _leads_named(text: str, node: Node) -> bool:
    """Does the table's header name a column of who leads ("Cơ quan chủ trì tham mưu")? Its rows are tasks,
    whatever document sends it."""
    if node.table is None:
        return False
    lay = tables.layout(text, node.table)
    return lay.col("lead") is not None and lay.col("procedure") is None and (lay.col("deadline") is not None or any(
        "chủ trì" in fold(text[c.start : c.end].replace("*", "")) for r in node.table.rows[: lay.header_rows]
        for c in r.cells))


def _titled_tasks(text: str, node: Node, root: Node) -> bool:
    """The lines above a table call its rows tasks: "DANH MỤC NHIỆM VỤ …", "PHÂN CÔNG NHIỆM VỤ"."""
    return _TASKS_TITLE.search(text, max(root.start, node.start - 400), node.start) is not None


# a title line: in capitals, or opening with the words ("Danh mục nhiệm vụ …", "Phân công nhiệm vụ")
# (or the work's assignment: "PHÂN CÔNG THỰC HIỆN VÀ THỜI HẠN HOÀN THÀNH")
_TASKS_TITLE = re.compile(r"^[\W\d]*(?:[^\n]{0,80}(?:NHIỆM\s+VỤ|KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHÂN\s+CÔNG)"
                          r"|(?:(?:Danh\s+mục|Phân\s+công)\s+(?:các\s+)?nhiệm|Nhiệm)\s+vụ|Phân\s+công\s+thực\s+hiện)",
                          re.M)


def _task_sections(root: Node, plan: bool) -> list[Node]:
    """The outermost sections whose own heading gives them a task role — in a plan: a plan's scope,
    or the roman-numbered parts a decision approves ("Điều 1. Phê duyệt Kế hoạch …: I. …; II.
    NHIỆM VỤ"). A regulation's "Điều 3. … 2. Nội dung bồi dưỡng" is no task section."""
    found: list[Node] = []
    stack = [(root, plan)]
    while stack:
        n, in_plan = stack.pop()
        # ("Điều 1. Thông qua Chương trình … với các nội dung sau: … 2. Nhiệm vụ, giải pháp chủ yếu: a) …")
        in_plan = in_plan or n.kind in ("roman", "part", "caption") or (
            n.kind == "article" and (_ADOPTS_PLAN.match(fold(n.heading)) is not None
                                     or _ADOPTS_TASKS.search(fold(n.heading)) is not None
                                     # ("Điều 2. Nhiệm vụ triển khai thí điểm": the decision's own work, not whose
                                     # duties they are: "Điều 2. Nhiệm vụ của Ban Chỉ đạo")
                                     # ("Điều 2. Nhiệm vụ, giải pháp chủ yếu": the tasks an article itself holds)
                                     or _OWN_WORK_ARTICLE.match(fold(n.heading)) is not None))
        if n.own_role in _TASK_ROLES and n.kind not in ("scope", "table") and in_plan:
            found.append(n)
            continue
        stack.extend((c, in_plan) for c in reversed(n.children))
    return found


_OWN_WORK_ARTICLE = re.compile(r"(?:các\s+)?nhiệm\s+vụ(?:(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể))?"
                               r"\s+(?:triển\s+khai|thực\s+hiện)|(?:,|\s+và)\s+giải\s+pháp"
                               # (or the work alone, the heading's whole: "Điều 2. Nhiệm vụ cụ thể:")
                               r"|\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể)[\s:.]*$)"
                               r"(?![^\n]*\b(?:của|quyền\s+hạn)\b)")


def _work_items(text: str, n: Node) -> list[Node]:
    return [c for c in n.children if c.is_item and c.kind not in ("bullet", "plus")
            and (c.own_role is None or c.own_role in _TASK_ROLES) and not _ARRANGEMENT.match(text, c.body_start, c.end)]


# an event's arrangements listed beside its content ("II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM / 2. Thời gian:
# Tháng 5/2025. / 3. Địa điểm: …"): the when, where and who of the work, not work
_ARRANGEMENT = re.compile(r"[\s*_]*(?:Thời\s+(?:gian|điểm)|Địa\s+điểm|Thành\s+phần|Đối\s+tượng|Quy\s+mô|Kinh\s+phí)"
                          r"[^:\n.;]{0,30}:", re.I)


def _from_section(text: str, section: Node) -> list[Task]:
    items = _work_items(text, section)
    if not items:
        bullets = [c for c in section.children if c.kind == "bullet"]
        if (runs := _runs_given(text, section, bullets)) is not None:
            # "**Về giám sát dịch** ⏎ - … ⏎ - … ⏎ Giao Trung tâm Kiểm soát bệnh tật chủ trì …" under a section of
            # fields and their bullets: each run's bullets the body's the line after them gives them to
            return [_given_by_line(text, _task(text, b, section, "bullet"), span) for run, span in runs for b in run]
        return [_task(text, b, section, "bullet") for b in bullets]
    lead = None
    out: list[Task] = []
    for item in items:
        lead = _heading_agency(text, item) if section.by_agency else None
        out.extend(_leaves(text, item, section, lead))
    return _timed_by_section(text, section, out)


# a section's line that times the work it lists: "Thời gian thực hiện các nhiệm vụ tại Mục II: năm 2026 (trừ các
# nhiệm vụ đã có thời hạn riêng)"
_SECTION_TIME = re.compile(r"^[ \t*_]*(?:Thời\s+(?:gian|hạn)|Tiến\s+độ)[^:\n]{0,25}?(?:các|những)\s+"
                           r"(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp|hoạt\s+động)\s+(?:tại|của|thuộc|nêu|trên|trong)"
                           r"[^:\n]{0,60}:", re.I | re.M)


def _timed_by_section(text: str, section: Node, tasks: list[Task]) -> list[Task]:
    """The section's tasks with no time of their own take the time its own line gives them all."""
    lines = list(_SECTION_TIME.finditer(text, section.body_start, section.end))
    if not lines:
        return tasks
    line_end = text.find("\n", lines[-1].end(), section.end)
    if (deadline := _deadline(text, lines[-1].start(), section.end if line_end < 0 else line_end)) is None:
        return tasks
    deadline = _SAVE_THOSE.split(deadline)[0].strip(" ,")  # ("… năm 2026, trừ các nhiệm vụ đã có thời hạn riêng")
    return [t if t.deadline else dataclasses.replace(t, deadline=deadline, deadline_iso=_iso(deadline)) for t in tasks]


_SAVE_THOSE = re.compile(r"\s*[,(]\s*trừ(?![\wÀ-ỹ])")


def _leaves(text: str, item: Node, section: Node, lead: tuple[str, ...] | None) -> list[Task]:
    # "1. Xây dựng cơ sở dữ liệu ⏎ a) Nội dung: … b) Cơ quan chủ trì: … c) Thời gian thực hiện: …":
    # labelled items are the task's fields, as labelled bullets are
    kids = [k for k in _work_items(text, item) if not _is_field(text, k)]
    if item.kind == "caption" and not kids and not text[item.head_end : item.end].strip(" *_\n"):
        return []  # a heading over nothing ("Giải pháp hỗ trợ" before the numbering goes on: "5/ Huy động …")
    if kids and _lists_contents(text, item, kids):
        return [_task(text, item, section, "item", lead)]
    if kids:
        if lead is None and item.by_agency is False and _heading_agency(text, item) and section.by_agency:
            lead = _heading_agency(text, item)
        if item.by_agency:  # "2. Nhiệm vụ cụ thể của các sở, ngành ⏎ 2.1. Sở Nội vụ ⏎ a) …" deeper in a section
            return [t for k in kids for t in _leaves(text, k, section, _heading_agency(text, k) or lead)]
        closing = _group_closing(text, item, kids)
        if closing is not None:  # (the last item ends where the line about them all begins)
            kids = [*kids[:-1], dataclasses.replace(kids[-1], end=closing[0])]
        return _given_by_group(text, item, kids[0].start, [t for k in kids for t in _leaves(text, k, section, lead)],
                               closing)
    return _bullet_tasks(text, item, section, lead, "item")


# a line after a group's items about them all: "Các nhiệm vụ tại điểm a, b và c khoản này do Văn phòng UBND tỉnh chủ
# trì, …", "Cơ quan chủ trì các nội dung tại điểm a và điểm b mục 2.3: …", "Đơn vị chủ trì thực hiện các nội dung tại
# khoản 1: …", "Các nội dung trên giao Sở Y tế chủ trì …"
_WORKS = r"(?:nội\s+dung|nhiệm\s+vụ|hoạt\s+động|giải\s+pháp|công\s+việc)"
_POINTING = (r"(?:tại|ở|thuộc|của)\s+(?:các\s+)?(?:điểm|khoản|mục|tiểu\s+mục)\b[^:;\n]{0,50}?"
             r"(?=\s*:|\s+(?:do|giao|là)\s)")
_ABOUT_THEM_ALL = re.compile(rf"(?:các|những)\s+{_WORKS}\s+(?:{_POINTING}"
                             r"|(?:nêu\s+)?trên(?:\s+đây)?\b|sau(?:\s+đây)?(?=\s+(?:do|giao)\s))"
                             # ("Nhiệm vụ tại điểm a giao Sở Nội vụ chủ trì; điểm b …" opening its line)
                             rf"|^[ \t*_]*{_WORKS}\s+{_POINTING}"
                             # ("Nhóm nhiệm vụ do Cục Khí tượng Thủy văn chủ trì:")
                             rf"|nhóm\s+{_WORKS}(?:\s+(?:này|trên|sau(?:\s+đây)?))?(?=\s+(?:do|giao)\s)",
                             re.I | re.M)
_LINE_OPENING = re.compile(r"^[ \t]*(?=\S)", re.M)


def _about_them_all(text: str, start: int, end: int) -> bool:
    """Does the line at ``start`` say who does the items about it ("Các nhiệm vụ tại điểm a, b … do X chủ trì",
    "Các nội dung trên giao Sở Y tế …")?"""
    about = _ABOUT_THEM_ALL.search(text, start, min(end, start + 90))
    return about is not None and ("chủ trì" in text[start : start + 300]
                                  or "giao" in text[about.end() : about.end() + 8].lower())


def _group_closing(text: str, item: Node, kids: list[Node]) -> tuple[int, int] | None:
    """The span of the line after a group's last item that says who does them all, if there is one."""
    last = kids[-1]
    if last.children and any(c.end > last.head_end for c in last.children):
        return None
    for line in _LINE_OPENING.finditer(text, last.head_end, item.end):
        if line.start() <= last.body_start or text[line.start() - 1 : line.start()] != "\n":
            continue
        if _about_them_all(text, line.end(), item.end):
            return line.start(), item.end
        if _POINTS.search(text, line.end(), min(item.end, line.end() + 300)) is not None \
                and _per_point(text, (line.start(), item.end))[0]:
            return line.start(), item.end  # ("Văn phòng UBND tỉnh chủ trì nhiệm vụ tại điểm a, d; Trung tâm … b, c")
    return _timing_all(text, kids, item.end)


# a line that times the work: "Thời gian thực hiện: năm 2026.", "*Thời hạn hoàn thành: Quý IV/2026*"
_TIME = r"(?:Thời\s+(?:gian|hạn)|Tiến\s+độ)[^:\n]{0,40}:"
_TIME_LABEL = re.compile(_TIME, re.I)
_TIME_LINE = re.compile(rf"^[ \t*_]*{_TIME}", re.I | re.M)


def _timing_all(text: str, kids: list[Node], end: int) -> tuple[int, int] | None:
    """The group's last line when it times the items above it, none of which is timed by a line of its own ("a) … ⏎
    b) … ⏎ Thời gian thực hiện: năm 2026.")."""
    last = kids[-1]
    if len(kids) < 2 or any(_TIME_LABEL.search(text, k.start, k.end) for k in kids[:-1]):
        return None
    found = None
    for line in _TIME_LINE.finditer(text, max(last.head_end, last.start), end):
        found = line
    if found is None or "\n" in text[found.start() : end].strip() \
            or any(c.start >= found.start() or c.end > found.start() for c in last.children) \
            or (text[max(0, found.start() - 200) : found.start()].rstrip(" \t\n*_")[-1:] not in ".)"
                and "\n\n" not in text[found.start() - 3 : found.start()]):
        return None  # (the group's very last line, after its last item's own lines: a sentence of its own)
    return found.start(), end


def _pointed(line: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """Who leads, who joins and by when a line says of the items its words ``line[start:end]`` point to ("Các nhiệm
    vụ tại điểm a, b khoản này do Sở Y tế chủ trì", "Cơ quan chủ trì các nội dung tại mục 2.3: …"), read as if those
    words were not there."""
    before, after = line[:start], line[end:]
    if not before.strip():  # ("Các nhiệm vụ tại … do Sở Y tế chủ trì": who, after the words that point)
        after = re.sub(r"^\s*,?\s*(?:do|giao|là)\s+", "", after, flags=re.I)
    line = (before.rstrip() + after) if before.strip() else after
    lead, support = _lead_support(line, 0, len(line))
    return lead, support, _deadline(line, 0, len(line))


def _given_by_group(text: str, item: Node, first_kid: int, tasks: list[Task],
                    closing: tuple[int, int] | None = None) -> list[Task]:
    """The tasks of a group whose own heading or fields say who leads, who joins and when ("2. Phát triển chính
    quyền số (Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp; Quý IV/2024) ⏎ a) … ⏎ b) …", "1. Hạ tầng số ⏎ - Cơ quan
    chủ trì: … ⏎ a) …") or a line after them all does ("Các nhiệm vụ tại điểm a, b và c khoản này do Sở Y tế chủ trì,
    …"): each task that names no lead of its own takes the group's."""
    lead, support = _lead_support(text, item.body_start, first_kid)
    deadline = _deadline(text, item.body_start, first_kid)
    parts, rest = _per_point(text, closing) if closing is not None else ({}, 0)
    # (a line after the parting sentence, for them all: "Thời hạn hoàn thành các nhiệm vụ tại khoản này: Quý IV/2026")
    parts_deadline = deadline or (_deadline(text, rest, closing[1]) if parts and closing is not None else None)
    if not lead:
        # ("Các nội dung sau do Vụ Hợp tác quốc tế chủ trì, …:" before them, or a line after them)
        for start, end in ([(item.body_start, first_kid)] + ([closing] if closing is not None else [])):
            if (about := _ABOUT_THEM_ALL.search(text, start, end)) is not None:
                line = max(start, text.rfind("\n", start, about.start()) + 1)  # (its own line)
                lead, support, deadline = _pointed(text[line:end], about.start() - line, about.end() - line)
                if lead:
                    break
    timing = closing is not None and _TIME_LINE.match(text, closing[0]) is not None
    if timing and not deadline and closing is not None:
        deadline = _deadline(text, *closing)  # ("a) … ⏎ b) … ⏎ Thời gian thực hiện: năm 2026.": them all)
    if not lead and not parts and not timing:
        return tasks
    out = []
    for t in tasks:
        point = t.id[len(item.id) + 1 :].split(".")[0] if t.id.startswith(f"{item.id}.") else ""
        if not t.lead and point in parts:
            # ("Nhiệm vụ tại điểm a giao Sở Nội vụ chủ trì; điểm b, c giao Sở Tư pháp chủ trì": each its own)
            p_lead, p_support, p_deadline = parts[point]
            t = dataclasses.replace(t, lead=p_lead, support=t.support or p_support)
            if not t.deadline and (p_deadline := p_deadline or parts_deadline):
                t = dataclasses.replace(t, deadline=p_deadline, deadline_iso=_iso(p_deadline))
            out.append(t)
            continue
        if lead and (not t.lead or (t.lead == lead and not t.support)):
            # (… or who joins it, the group's own lead already its: "3.1. Sở Khoa học và Công nghệ chủ trì, phối hợp
            # với Sở Xây dựng, Sở Tài chính … thực hiện các nội dung sau: ⏎ a) …")
            t = dataclasses.replace(t, lead=lead, support=t.support or support)
        if not t.deadline and deadline:
            t = dataclasses.replace(t, deadline=deadline, deadline_iso=_iso(deadline))
        out.append(t)
    return out


# the points a clause of a closing line names: "điểm a", "điểm b, c", "điểm a và điểm d", "các điểm b, c"
_POINTS = re.compile(r"(?<![\wÀ-ỹ])(?:các\s+)?điểm\s+(?P<p>[a-zđ](?:\s*(?:,|và)\s*(?:điểm\s+)?[a-zđ])*)(?![\wÀ-ỹ])",
                     re.I)
_POINT_LETTER = re.compile(r"(?<![\wÀ-ỹ])[a-zđ](?![\wÀ-ỹ])")
_POINTER_WORDS = re.compile(rf"(?:(?:các|những)\s+)?(?:{_WORKS}\s+)?(?:tại|ở|thuộc|của)?\s*$", re.I)


_CLAUSE = re.compile(r"[^;]+")
# the words between a clause's points and who does them: "điểm b, c khoản này giao …", "điểm c: …"
_POINTED_REST = re.compile(r"^(?:\s*(?:khoản|mục)\s+(?:này|\S+))?\s*[,:]?\s*(?:do|giao|là)?\s+", re.I)
_SENTENCE_END = re.compile(rf"\.[ \t]*(?:\n|$)|(?<=[a-zà-ỹđ\d)])\.(?=[ \t]+[{UPPER}])|\n[ \t]*\n")


def _per_point(text: str, closing: tuple[int, int]) -> tuple[dict[str, tuple[tuple[str, ...], tuple[str, ...],
                                                                             str | None]], int]:
    """A closing sentence that parts a group's items between bodies, clause by clause ("Nhiệm vụ tại điểm a giao Cục
    Quản lý đê điều chủ trì; điểm b, c giao Cục Thủy lợi chủ trì, phối hợp với Vụ Kế hoạch - Tài chính"): who leads,
    who joins and by when, per point, and where the sentence ends. Empty unless two clauses or more name their
    points."""
    start, end = closing
    line_end = stop.start() + 1 if (stop := _SENTENCE_END.search(text, start, end)) is not None else end
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {}
    at, clauses = start, 0
    for piece in _CLAUSE.finditer(text[start:line_end]):
        c_start, c_end = start + piece.start(), start + piece.end()
        points = _POINTS.search(text, c_start, c_end)
        if points is None:
            continue
        # (the clause read without its pointing words: "điểm b, c giao Cục Thủy lợi chủ trì" → "Cục Thủy lợi chủ trì")
        before = text[c_start : points.start()]
        before = before[: _POINTER_WORDS.search(before).start()]  # type: ignore[union-attr]
        after = _POINTED_REST.sub("", text[points.end() : c_end])
        clause = f"{before.rstrip()} {after}".strip() if before.strip() else after
        lead, support = _lead_support(clause, 0, len(clause))
        if not lead:
            continue
        clauses += 1
        for letter in _POINT_LETTER.findall(points.group("p").replace("điểm", " ")):
            out.setdefault(letter.lower(), (lead, support, _deadline(clause, 0, len(clause))))
        at = c_end
    return (out, line_end) if clauses >= 2 and at > start else ({}, line_end)


# an item that introduces what its work covers: "1. Tuyên truyền các nội dung sau: a) Chủ trương của
# Đảng …; b) Kết quả …", "3. Xây dựng cơ sở dữ liệu, gồm: …"
_INTRODUCES = re.compile(r"(?:sau|sau\s+đây|như\s+sau|gồm|bao\s+gồm|cụ\s+thể(?:\s+là)?"
                         r"|những\s+nội\s+dung|các\s+nội\s+dung)[\s*_]*:[\s*_]*$", re.I)


def _lists_contents(text: str, item: Node, kids: list[Node]) -> bool:
    """Do the children only name what the item's work covers (no verb, no agency, no deadline of
    their own)? Then the item is the task, at the deepest level that still states work."""
    if _INTRODUCES.search(text[item.body_start : item.head_end]) is None:
        return False
    if not _states_work(text, item.body_start, item.head_end):
        return False
    return not any(_states_work(text, k.body_start, k.head_end) or _carries_own(text, k) for k in kids)


def _states_work(text: str, start: int, end: int) -> bool:
    head = text[start:end].lstrip(" *_")
    return agencies.verbs_re().match(head[:1].lower() + head[1:60]) is not None


def _bullet_tasks(text: str, node: Node, section: Node, lead: tuple[str, ...] | None, source: str) -> list[Task]:
    """A node is one task, unless its own "-"/"+" items carry their own lead or deadline: then
    each of them is one. Labelled lines ("- Cơ quan chủ trì: …", "- Thời hạn: …") are the node's
    fields, never tasks."""
    bullets = [c for c in node.children if c.kind in ("bullet", "plus") and not _is_field(text, c)]
    if (runs := _runs_given(text, node, bullets)) is not None:
        # "- … ⏎ - … ⏎ Giao Sở Tư pháp chủ trì …; thời gian: … ⏎ **Về xây dựng văn bản hướng dẫn** ⏎ - … ⏎ Giao Sở Tài
        # nguyên và Môi trường chủ trì …": each run of bullets given to a body of its own, each bullet a task of that
        # body's
        return [_given_by_line(text, t, span) for run, span in runs
                for b in run for t in _bullet_tasks(text, b, section, lead, "bullet")]
    # (a line after the bullets about them all: "Các nội dung trên do Công an thành phố chủ trì, …", "Thời gian thực
    # hiện: năm 2026.")
    closing = _after_bullets(text, node, bullets)
    # (under an agency named on a line of its own, "Sở Tài chính:", the bullets are the work)
    # (not the last item's own line of who and when, in brackets under the items: "+ … máy điện tim ⏎ (Sở Y tế chủ trì,
    # …; thời gian: Quý III/2025)." closes the whole item its "+" parts are of)
    own = [_carries_own(text, b) for b in bullets]
    closes_all = len(bullets) > 1 and own[-1] and not any(own[:-1]) \
        and _FIELDS_LINE_END.search(text, bullets[-1].body_start, bullets[-1].end) is not None
    if bullets and ((any(own) and not closes_all) or node.kind == "agency"):
        # (the item's own heading may say who leads its bullets: "b) Phát triển sản phẩm … (Sở Văn hóa … chủ trì,
        # phối hợp với …): ⏎ - … (thời gian: …)")
        # (a bullet's own line of who and when, on its own after it: "- Thực hiện chính sách … ⏎ Sở Xây dựng chủ trì,
        # phối hợp với …; thời gian: năm 2009 - 2010. ⏎ - …")
        return _given_by_group(text, node, bullets[0].start,
                               [_given_by_line(text, t, _lead_line_after(text, b, nxt.start if nxt else node.end))
                                for b, nxt in zip(bullets, [*bullets[1:], None], strict=True)
                                for t in _bullet_tasks(text, b, section, lead, "bullet")], closing)
    # (the "+" items a field of the node holds, each with its own lead and deadline: "- Thời gian thực hiện: ⏎ + Các
    # bộ … gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025. ⏎ + Bộ Công an tổng hợp kết quả …
    # trước ngày 31 tháng 12 năm 2025." — the node's work in its parts, each a task of the node's)
    held = [p for c in node.children if c.kind == "bullet" and _is_field(text, c) for p in c.children
            if p.kind == "plus" and not _is_field(text, p)]
    if not bullets and len(held) >= 2 and all(_own_subject(text, p) and _OWN_DEADLINE.search(
            text, p.body_start, p.end) for p in held):
        return [dataclasses.replace(t, id=f"{node.id}.p{k}")
                for k, p in enumerate(held, 1) for t in _bullet_tasks(text, p, section, lead, "bullet")]
    task = _task(text, node, section, source, lead)
    if bullets and (given := _GIVES_RUN.search(text, bullets[-1].end, node.end)) is not None:
        # ("- … ⏎ - … ⏎ Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tư pháp, … ; thời gian: …": who
        # does them, the line after them says)
        task = _given_by_line(text, task, given.span())
    # (… or a line above them: "Các nội dung sau do Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, …: ⏎ - … ⏎ - …")
    return _given_by_group(text, node, bullets[0].start, [task], closing) if bullets and not task.lead else [task]


# a line of its own in brackets that says who leads and when, closing an item: "⏎ (Sở Y tế chủ trì, …; thời gian: …)."
_FIELDS_LINE_END = re.compile(r"\n[ \t*_]*\((?=[^()]{0,300}(?:chủ\s+trì|[Tt]hời\s+(?:gian|hạn)))[^()]{3,400}\)"
                              r"[.;]?[ \t*_]*$")


def _lead_line_after(text: str, b: Node, end: int) -> tuple[int, int] | None:
    """The paragraph between a bullet and the next that only says who leads it and when ("Sở Xây dựng chủ trì, phối hợp
    với …; thời gian: năm 2009 - 2010."), if there is one."""
    start = b.end + len(text[b.end : end]) - len(text[b.end : end].lstrip())
    end = start + len(text[start:end].rstrip())
    if not 0 < end - start <= 300:
        return None
    opening = agencies.subjects(text, start, end)
    # (its lines joined: the wrap may fall among its partners)
    if not opening or opening[0].start - start > 2 \
            or _LEAD_ONLY.match(text[opening[-1].end : end].replace("\n", " ")) is None:
        return None
    return start, end


def _own_subject(text: str, n: Node) -> bool:
    """Does an item open with the bodies that do its work ("+ Bộ Công an tổng hợp kết quả …")?"""
    opening = agencies.subjects(text, n.body_start, min(n.end, n.body_start + 300))
    return bool(opening) and opening[0].start - n.body_start <= 12 and _acts(text, opening[-1].end, n.end)


def _acts(text: str, pos: int, end: int) -> bool:
    """Is a task's subject followed by its work, or by what it sends ("+ Các bộ … gửi kết quả rà soát về Bộ Công an
    trước ngày …": work a task states, though a letter's account of what was sent is no work)?"""
    return agencies.acts(text, pos, end) or _SENDS.match(text, pos, end) is not None


_SENDS = re.compile(r"[ \t\n]+gửi[ \t\n]")


# a line that gives the bullets above it to a body: "Giao Sở Tư pháp chủ trì, phối hợp với … thực hiện; thời gian: …"
_GIVES_RUN = re.compile(r"^[ \t*_]*Giao[ \t]+(?=[^.;]{3,160}?chủ[ \t\n]+trì)[^\n]*(?:\n(?![ \t]*(?:[-+•*]|\n))[^\n]*)*",
                        re.M)


def _given_by_line(text: str, task: Task, line: tuple[int, int] | None) -> Task:
    """The task with who leads, who joins and when from the line that gives it, where it names none of its own."""
    if line is None:
        return task
    lead, support = _lead_support(text, *line)
    return dataclasses.replace(task, lead=task.lead or lead, support=task.support or support,
                               deadline=task.deadline or _deadline(text, *line))


def _runs_given(text: str, node: Node,
                bullets: list[Node]) -> list[tuple[list[Node], tuple[int, int] | None]] | None:
    """The node's bullets in runs, each run closed by a line that gives it to a body ("Giao Sở … chủ trì …"), when
    two runs or more are so closed: each run's bullets with the span of the line that gives them (None for a last run
    no line closes)."""
    if len(bullets) < 2:
        return None
    runs: list[tuple[list[Node], tuple[int, int] | None]] = []
    run: list[Node] = []
    for i, b in enumerate(bullets):
        run.append(b)
        gap_end = bullets[i + 1].start if i + 1 < len(bullets) else node.end
        given = _GIVES_RUN.search(text, b.end, gap_end)
        if given is not None:
            runs.append((run, given.span()))
            run = []
    if run:
        runs.append((run, None))  # (a last run no line gives: its bullets say who does them, or no one does)
    return runs if sum(span is not None for _, span in runs) >= 2 else None


def _after_bullets(text: str, node: Node, bullets: list[Node]) -> tuple[int, int] | None:
    """The lines after a node's bullets, when they say who leads them or by when, all of them."""
    if not bullets or node.children[-1] is not bullets[-1]:
        return None
    after = text[bullets[-1].end : node.end]
    start = bullets[-1].end + len(after) - len(after.lstrip())
    if start >= node.end:
        return None
    if _about_them_all(text, start, node.end) or _TIME_LINE.match(text, start) is not None:
        return start, node.end
    return None


# a labelled line of an item: "- Nội dung: …", "+ Cơ quan chủ trì: Bộ Công an."
# the rest of a label, wrapped over a line ("- Thời gian thực ⏎ hiện: Thường xuyên"), not into the next item
_L = r"(?:[^:\n]|\n(?![ \t]*(?:[-+•]|\n)))"
_FIELD = re.compile(
    rf"(?:Nội\s+dung(?:\s+thực\s+hiện|\s+chính)?|(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì|thực\s+hiện|phối\s+hợp){_L}{{0,20}}"
    rf"|(?:Chủ\s+trì|Phối\s+hợp)(?:\s+thực\s+hiện)?|Thời\s+(?:gian|hạn){_L}{{0,45}}|Tiến\s+độ{_L}{{0,20}}|Sản\s+phẩm{_L}{{0,20}}"
    rf"|Kết\s+quả{_L}{{0,25}}|Kinh\s+phí{_L}{{0,25}}|Yêu\s+cầu|Mục\s+tiêu|Hình\s+thức{_L}{{0,20}}|Đối\s+tượng{_L}{{0,20}}"
    r"|Địa\s+điểm|Quy\s+mô|Phạm\s+vi"
    # (a label over the item's role lines: "- Phân công thực hiện: ⏎ + Cơ quan chủ trì: Sở Tư pháp. ⏎ + …"; or with its
    # bodies after it: "- Trách nhiệm thực hiện: Sở Nội vụ chủ trì; …")
    r"|(?:Phân\s+công|Trách\s+nhiệm)\s+thực\s+hiện|Tổ\s+chức\s+thực\s+hiện(?=\s*:\s*$)|Phân\s+công(?=\s*:\s*$))\s*:",
    re.I | re.M,
)


def _is_field(text: str, n: Node) -> bool:
    return _labelled(text, n) or _lead_only(text, n) or (n.kind == "bullet" and field_value(text, n)) \
        or _over_fields(text, n)


def _labelled(text: str, n: Node) -> bool:
    """Does the node open with a field's label ("Cơ quan chủ trì:", "Thời gian thực hiện:")?"""
    return _FIELD.match(text, n.body_start, min(n.end, n.body_start + 80)) is not None


def _over_fields(text: str, n: Node) -> bool:
    """"- Trình ban hành: ⏎ + Đơn vị chủ trì: … ⏎ + Thời hạn: …": a bullet's short label over lines that are all the
    item's fields holds them, no work of its own."""
    head = text[n.body_start : n.head_end].strip(" *_\n")
    return n.kind == "bullet" and bool(n.children) and head.endswith(":") and len(head.split()) <= 6 \
        and all(_labelled(text, c) for c in n.children)


# "- Sở Tư pháp chủ trì, phối hợp với các sở, ngành thực hiện.": who leads the item above, no work of its own
# (… or its partners named before their "phối hợp", and its time: "- Sở Nội vụ chủ trì; Sở Y tế, Sở Giáo dục và Đào tạo
# phối hợp; thời gian: Quý III/2026.")
_LEAD_ONLY = re.compile(r"\s*chủ\s+trì(?:\s*[,;]?\s*phối\s+hợp(?:\s+với)?\s(?P<partners>[^.;\n]{1,200}?)"
                        r"|\s*;\s*(?P<before>[^.;:]{3,200}?)\s+phối\s+hợp)?"
                        r"(?:\s*[,;]?\s*(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai))?"
                        r"(?P<when>\s*[,;]\s*(?:thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:|hoàn\s+thành)"
                        r"[^;\n]{1,60}?)?\s*[.;]?\s*$")


def _lead_only(text: str, n: Node) -> bool:
    if n.kind not in ("bullet", "plus") or n.end - n.body_start > 300:
        return False
    opening = agencies.subjects(text, n.body_start, n.end)
    only = _LEAD_ONLY.match(text[opening[-1].end : n.end]) if opening else None
    # (the partners named, no work: "… phối hợp với các Cục, Vụ rà soát, cắt giảm …" states work)
    if only is not None and only.group("before") and not agencies.listed(text, opening[-1].end + only.start("before"),
                                                                        opening[-1].end + only.end("before")):
        return False  # ("…; các hộ gia đình phối hợp": no bodies named before it)
    if only is not None and only.group("when") and only.group("partners"):
        return False  # ("… phối hợp với Viettel Nghệ An phủ sóng …; hoàn thành …": the partners, then the work)
    return only is not None and opening[0].start - n.body_start <= 2 and \
        not (only.group("partners") and (agencies.verbs_re().search(only.group("partners"))
                                         or _past_partners(text, opening[-1].end + only.start("partners"),
                                                           opening[-1].end + only.end("partners"))))


def _past_partners(text: str, start: int, end: int) -> bool:
    """Words after the partners that are no more names: the work ("… phối hợp với Bảo hiểm xã hội tỉnh cấp thẻ
    bảo hiểm y tế cho người nghèo")."""
    found = [*agencies.collectives(text, start, end), *agencies.find(text, start, end)]
    if not found:
        return False
    tail = text[max(a.end for a in found) : end]
    tail = re.sub(r"(?i)\b(?:và\s+)?(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|địa\s+phương|tổ\s+chức)?[\s,]*"
                  r"(?:có\s+)?liên\s+quan\b|\b(?:có|và|cùng|các|ngành|cấp)\b|[\s,()]", " ", tail)
    return len(tail.split()) >= 3


def _carries_own(text: str, n: Node) -> bool:
    """A bullet with its own lead unit or deadline (in its text or its fields) is a task of its own."""
    head = text[n.body_start : min(n.end, n.body_start + 400)]
    opening = agencies.subjects(text, n.body_start, min(n.end, n.body_start + 300))
    # (bodies in general lead nothing: "- Các cơ quan, đơn vị ban hành …")
    if opening and opening[0].start - n.body_start <= 12 and agencies.acts(text, opening[-1].end, n.end) \
            and not all(agencies.is_generic(a.text) for a in opening) \
            and not _PLACES_TOPIC.match(text, n.body_start, opening[-1].end) \
            and not _DIRECTS.match(text, n.body_start, opening[0].start):  # ("- Chỉ đạo các cơ sở …": whom it directs)
        return True
    fields = [c for c in n.children if _is_field(text, c)]
    if any(_LEAD.match(text, c.body_start, c.end)
           or re.match(r"Thời\s+(?:gian|hạn)", text[c.body_start : c.body_start + 10])
           for c in fields):
        return True
    return _LEAD.search(head) is not None or _OWN_DEADLINE.search(head) is not None \
        or _ASSIGN.search(head) is not None \
        or bool(_named_before_lead(text, n.body_start, min(n.end, n.body_start + 400)))


# what a bullet says of some places, no body: "– Đối với các huyện miền núi (…): ưu tiên phát triển …"
_PLACES_TOPIC = re.compile(r"[\s*_]*(?:Đối\s+với|Với|Tại|Ở)\s+(?:các\s+)?(?:huyện|xã|tỉnh|thành\s+phố|thị\s+xã"
                           r"|phường|địa\s+phương|vùng|khu\s+vực|xã,|huyện,)")


# a deadline a bullet states for itself: "…; thời gian: Quý IV/2025", "…, hoàn thành trong Quý III/2025", a time in
# brackets closing its sentence ("… người đứng đầu (Quý IV/2023).")
_OWN_DEADLINE = re.compile(r"(?<!có\s)(?<!còn\s)(?<!hết\s)[Tt]hời\s+(?:gian|hạn)[^:\n]{0,25}:"
                           r"|hoàn\s+thành\s+(?:trước|trong|chậm\s+nhất)\s"
                           r"|trước\s+ngày\s+\d"
                           # ("(năm 2024)", "(Thường xuyên)" too)
                           r"|\((?:(?:[Tt]rong\s+)?(?:[Qq]uý|[Tt]háng|[Nn]ăm)\s+(?=[IVX\d])[^()\n]{0,24}?\d{4}"
                           r"|(?:[Tt]hực\s+hiện\s+)?[Tt]hường\s+xuyên)\)[.;]?[ \t]*(?:\n|$)")


def _heading_agency(text: str, item: Node) -> tuple[str, ...] | None:
    if agencies.opens_with_head_title(text, item.body_start, item.head_end) \
            and (named := agencies.heading_names(text, item.body_start, item.head_end)):
        return tuple(a.text for a in named)  # "1. Trưởng phòng Quản lý thu - Sổ, thẻ": the department, named whole
    found = agencies.subjects(text, item.body_start, min(item.head_end, item.body_start + 300))
    if not found or found[0].start - item.body_start > 40:
        return None
    return tuple(a.text for a in found)


def _task(text: str, n: Node, section: Node, source: str, lead: tuple[str, ...] | None = None) -> Task:
    start = n.body_start
    end = n.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if lead and source == "item":
        # "3. Sở Giáo dục và Đào tạo" then the paragraph: the task is the paragraph
        names = agencies.subjects(text, start, n.head_end)
        # the heading's line ends with the names; the work follows on the next line or paragraph
        line_end = text.find("\n", names[-1].end, n.head_end) if names else -1
        line_end = n.head_end if line_end < 0 else line_end
        # (but work written as its "-" bullets is the numbered item's, whose words are its heading: "4. SỞ Y TẾ ⏎ - …")
        bullets = bool(n.children) and n.children[0].kind in ("bullet", "plus") \
            and not text[line_end : n.children[0].start].strip()
        # (not whom the item's own work directs: "b) Chỉ đạo Công ty TNHH … ⏎ vận hành tích nước …" is one sentence)
        if names and re.fullmatch(r"[\s:.,;*_]*", text[names[-1].end : line_end]) and line_end < end and not bullets \
                and _DIRECTS.match(text, start, names[0].start) is None:
            nxt = re.search(r"\S", text[line_end:end])
            if nxt:
                start = line_end + nxt.start()
    if start == n.body_start and (nxt := _HEADING_AGAIN.match(text, n.head_end, end)) is not None \
            and fold(" ".join(text[nxt.end() : nxt.end() + n.head_end - start].split())).startswith(
                fold(" ".join(text[start : n.head_end].split()).strip(" *_:."))):
        # "**10. Thanh tra, kiểm tra** ⏎⏎ Thanh tra, kiểm tra việc chấp hành …": the paragraph says the heading again
        start = nxt.end()
    if len(text[start : n.head_end].split()) <= 4:
        # "a) Hoạt động 1" / "- Nội dung: …": the work is what the content field says
        content = next((c for c in n.children if re.match(r"Nội\s+dung", text[c.body_start : c.body_start + 12])), None)
        if content is not None:
            colon = text.find(":", content.body_start, content.head_end)
            start = colon + 1 if colon >= 0 else content.body_start
            while start < end and text[start].isspace():
                start += 1
    own_lead, support = _lead_support(text, start if not n.children else n.body_start, end)
    if not own_lead and not lead:
        # "4. Xây dựng chính quyền số⏎Sở Khoa học và Công nghệ chủ trì, phối hợp với …": the line
        # under a short heading opens with who leads (before the item's bullets, if it has them)
        # (the heading may wrap: "4. Xây dựng, trình ban hành văn ⏎ bản quy định chi tiết ⏎ Sở Giao thông …")
        head = n.children[0].start if n.children else end
        for nxt in _NEXT_LINE.finditer(text, start, min(head, start + 300)):
            if re.search(r"[.;:]\W*$", text[start : nxt.start()]):
                break
            if _GOES_ON.search(text, start, nxt.start()):
                if text[nxt.end() : nxt.end() + 1].islower():
                    continue  # "6. Về bảo đảm quốc phòng, an ninh trên ⏎ biển ⏎ Công an tỉnh …": the heading goes on
                break  # "… hoạt động thông tin đối ngoại do các ⏎ Bộ, ban, ngành chủ trì …": one sentence wrapped
            p = nxt.end()
            if text[p : p + 1].islower():
                continue  # "… trên cơ sở sắp xếp lại ⏎ các đơn vị sự nghiệp hiện có, …": the heading's sentence goes on
            opening = _opening_subject(text, p, end, near=12)
            if opening and agencies.acts(text, opening[-1].end, end):
                own_lead = tuple(_specific(opening))
                if not support:
                    support = _lead_support(text, p, end)[1]
                break
            if not text[p : p + 1].islower():
                break  # a line of the item's text that names no one: the heading has ended
    if not own_lead and not lead:
        # "11. Kiểm tra việc thực hiện. Sở Thông tin và Truyền thông phối hợp với Sở Nội vụ kiểm tra …": a
        # sentence after the item's title opens with who does it
        own_lead = _sentence_subject(text, start, n.head_end if n.children else end)
        if own_lead and not support:
            support = _lead_support(text, start, n.head_end if n.children else end)[1]
    if lead and not own_lead and support:
        # "a) Phối hợp với Sở Y tế (cơ quan chủ trì) trong thanh tra …" under the heading's agency: the partner
        # marked leads, the heading's agency joins it
        for mark in _LEAD_MARK.finditer(text, start, min(end, start + 400)):
            before = " ".join(text[start : mark.start()].split())
            marked = next((a for a in support if before.endswith(" ".join(a.split()))), None)
            if marked is not None:
                own_lead = (marked,)
                support = _unique([*lead, *(a for a in support if a != marked)])
                break
    deadline = _deadline(text, start, end)
    return Task(id=n.id, text=clean_value(text[start:end]), start=start, end=max(end, start),
                lead=own_lead or (lead or ()), support=support, deadline=deadline,
                section=section.id or None, source=source, deadline_iso=_iso(deadline))


# a sentence or clause that opens after another's stop, in the item's own paragraph, or after its topic's colon
# ("Quản lý thuế …: Thuế tỉnh Nghệ An phối hợp với …")
_SENTENCE_START = re.compile(rf"[.!?;:][ \t]*\n?[ \t]*(?=[{UPPER}])")
# a colon after a role's label, whose value is who joins: "Cơ quan phối hợp: Sở Y tế"
_ROLE_COLON = re.compile(r"(?i:phối\s+hợp|tham\s+gia|hỗ\s+trợ|liên\s+quan)[\s*_]*:[ \t]*\n?[ \t]*$")
# who join in, no lead: "…. Sở Nội vụ, Sở Tư pháp phối hợp thực hiện.", "…. Sở Tư pháp là cơ quan phối hợp."
_JOINS_ONLY = re.compile(r"[\s,]*(?:là\s+(?:cơ\s+quan|đơn\s+vị)\s+|cùng\s+)?phối\s+(?:kết\s+)?hợp"
                         r"(?:\s+thực\s+hiện)?\s*(?:[.;,)]|$)")


def _sentence_subject(text: str, start: int, end: int) -> tuple[str, ...]:
    """Who does the item's work, named as the subject of a sentence after its title ("Tuyên truyền về chuyển đổi
    số. Đài Phát thanh - Truyền hình và Báo Bình Phước thực hiện."): the first such sentence in its first lines."""
    for m in _SENTENCE_START.finditer(text, start, min(end, start + 600)):
        if text[m.start()] == ":" and _ROLE_COLON.search(text, max(start, m.start() - 40), m.end()):
            continue
        opening = _opening_subject(text, m.end(), end)
        if opening and _JOINS_ONLY.match(text, opening[-1].end, end) is None \
                and agencies.acts(text, opening[-1].end, end):
            # (not bodies only generic: "Các đơn vị được giao chủ trì soạn thảo …", whoever they are)
            return tuple(_specific(opening))
    return ()


def _specific(found: Iterable[agencies.AgencyMention]) -> list[str]:
    """The names of the bodies found, those only generic ("các cơ quan, đơn vị liên quan") left out."""
    return [a.text for a in found if not agencies.is_generic(a.text)]


def _opening_subject(text: str, p: int, end: int, near: int = 3) -> list[agencies.AgencyMention]:
    """The bodies a sentence at ``p`` opens with (within ``near`` characters: an opener, "Giao", "Đề nghị", may stand
    before them), after its leading clause if it has one ("Định kỳ 06 tháng và cuối năm, Sở Khoa học và Công nghệ
    tổng hợp …": when, then who)."""
    p = _past_leading_clause(text, p, end)
    opening = agencies.subjects(text, p, min(end, p + 300))
    # (an opener within reach, then the head's title: "Giao Thủ trưởng các sở, ban, ngành …")
    opener = agencies.past_opener(text, p, end)
    addressed = agencies.past_title(text, opener, end) if opener - p <= near else p
    return opening if opening and (opening[0].start - p <= near or opening[0].start - addressed <= 1) else []


def _past_leading_clause(text: str, p: int, end: int, last: bool = False) -> int:
    """Where the subject begins after the clause of ground, purpose or time a sentence at ``p`` opens with ("Trên cơ
    sở …, ", "Để đạt chỉ tiêu này, ", "Định kỳ 06 tháng …, "): after the first of its commas that a body follows
    (``last``: the last, nearest the verb ``end`` is), ``p`` when it opens with none."""
    if not _LEADING_WORDS.match(text, p, end):
        return p
    stop = min(end, p + 200)
    if (brk := _CLAUSE_BREAK.search(text, p, stop)) is not None:
        stop = brk.start()
    # (the first comma a capital follows, or any nearest the verb: "… , các Bộ, … chủ trì")
    commas = list((_COMMA_THEN if last else _COMMA_CAPITAL).finditer(text, p, stop))
    for c in reversed(commas) if last else commas:
        if (after := agencies.subjects(text, c.end(), min(end, c.end() + 300))) and after[0].start - c.end() <= 2:
            return c.end()
    return p


_CLAUSE_BREAK = re.compile(r"[.;:]")
_COMMA_CAPITAL = re.compile(rf",[\s*_]*(?=[{UPPER}])")


_NEXT_LINE = re.compile(r"[^\S\n]*\n\s*(?=\S)")
_LINE_OPEN = re.compile(r"[ \t*_]*")  # what stands before a line's first word


def _by_marks(start: int, end: int, marks: list[re.Match[str]],
              read: Callable[[int, int], Sequence[str]]) -> tuple[list[str], list[str]]:
    """Who does the work, some of them marked "(chủ trì …)": each one marked leads ("Sở Y tế (chủ trì), Sở Tài
    chính"; "- Bộ … (chủ trì phần chính sách); ⏎ - UBND các tỉnh (chủ trì phần đầu tư)"), the others named
    with them support."""
    lead: list[str] = []
    others: list[str] = []
    at = start
    for mark in marks:
        named = read(at, mark.start())
        lead += named[-1:]
        others += named[:-1]
        at = mark.end()
    others += read(at, end)
    return lead, [n for n in others if n not in lead]


def _lead_support(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lead: list[str] = []
    support: list[str] = []
    chosen: list[str] = []  # "Đơn vị thực hiện: Sở Y tế (chủ trì), Sở Tài chính, Sở Nội vụ"
    others: list[str] = []  # … and those named with it, who support wherever else they are named
    labelled: list[tuple[int, int]] = []  # the values of the lead's labels ("Cơ quan thực hiện: …")
    # (each pattern tried only where the characters it needs are: a label's colon, a mark's bracket)
    colon = text.find(":", start, end) >= 0 or text.find(" là ", start, end) >= 0 or text.find("\nlà ", start, end) >= 0
    bracket = text.find("(", start, end) >= 0
    # ("phối hợp" or "tham gia", which the partners' clauses need)
    partners = text.find("phối", start, end) >= 0 or text.find("tham gia", start, end) >= 0
    for m in _LEAD.finditer(text, start, end) if colon else ():
        # ("Đơn vị chủ trì là …; Sở X phối hợp": said in a sentence, to its clause's end)
        said = text.find(":", m.start(), m.start("x")) < 0
        m = _listed_value(text, m, end) if not said else _TO_CLAUSE_END.match(text, m.start("x"), m.end("x")) or m
        labelled.append((m.start("x"), m.end("x")))
        if marks := list(_LEAD_MARK.finditer(text, m.start("x"), m.end("x"))):
            marked_lead, marked_others = _by_marks(m.start("x"), m.end("x"), marks,
                                                   lambda a, b: [x.text for x in agencies.listed(text, a, b)])
            chosen += marked_lead
            others += marked_others
            lead += marked_lead
        else:
            lead += _label_agencies(text, m.start("x"), m.end("x"))
    for m in _SUPPORT.finditer(text, start, end) if colon else ():
        m = _listed_value(text, m, end)
        support += _label_agencies(text, m.start("x"), _bracket_closed(text, start, m.start("x"), m.end("x")))
    # "Bộ Chỉ huy Quân sự tỉnh (chủ trì), Công an tỉnh, Sở Y tế xây dựng …", "Sở Tài chính, Sở Nội vụ phối hợp với
    # Sở Y tế (chủ trì) tổ chức …": the one marked leads, the others named with it join
    marked = _marked_in_list(text, start, end) if bracket and not lead else None
    named_with: list[str] = []  # (… and who joins it, before any partners the item names otherwise)
    if marked is not None:
        lead, named_with = marked
    for m in _PAREN_ROLE.finditer(text, start, end) if bracket else ():
        if marked is not None and m.group("role").startswith("chủ"):
            continue
        into = lead if m.group("role").startswith("chủ") else support
        named = agencies.listed(text, m.start("x"), m.end("x"))
        if _LIST_GAPS.sub("", _without(text, m.start("x"), m.end("x"), named)):
            # (a sentence before the names: only those after its last comma)
            comma = text.rfind(",", m.start("x"), m.end("x"))
            named = agencies.listed(text, comma + 1 if comma >= 0 else m.start("x"), m.end("x"))
        into += [a.text for a in named]
    if others:
        lead = [n for n in lead if n in chosen or n not in others]
        support += [n for n in others if n not in support]
    labelled_support = bool(support)
    before: list[str] = []  # the partners a clause names before its "phối hợp"
    if not support and partners:  # "…; Sở Nội vụ, Sở Tư pháp phối hợp thực hiện."
        for m in _SUPPORT_BEFORE.finditer(text, start, end):
            before += [a.text for a in agencies.listed(text, m.start("x"), m.end("x"))]
    if not support and not before and partners:
        # "Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp tổ chức …", "(Sở Y tế chủ trì, Sở Tài chính và
        # Sở Nội vụ phối hợp; …)": a clause of names only, then "phối hợp" and the work
        for m in _NAMED_PARTNERS.finditer(text, start, end):
            named = agencies.listed(text, m.start("x"), m.end("x"))
            if named and not _LIST_GAPS.sub("", _without(text, m.start("x"), m.end("x"), named)):
                before += [a.text for a in named]
                break
        before = before or _partners_after_comma(text, start, end)
    if not lead:
        # "Sở Y tế chủ trì, phối hợp với …" at the item's start; "giao Sở X chủ trì"
        opening = _opening_subject(text, start, end, near=12)
        if _DIRECTS.match(text, start, end):
            opening = []  # "Chỉ đạo Ủy ban nhân dân các xã …": whom the lead directs, not the lead
        if opening and _acts(text, opening[-1].end, end):
            lead = [a.text for a in opening]  # "Bộ Y tế chủ trì …", "Bộ Tài chính tăng cường …"
        elif (g := next((g for g in _ASSIGN.finditer(text, start, end)
                         if g.start() < start + 400
                         or _LINE_OPEN.fullmatch(text, text.rfind("\n", start, g.start()) + 1, g.start())), None)) \
                is not None and (assigned := agencies.listed(text, g.start("x"), g.end("x"))):
            # (near the item's start, or a line of its own after its bullets: "Giao Sở X chủ trì, …")
            lead = [a.text for a in assigned]
        else:  # ("… gắn với giao đất, giao rừng … (Sở Tài nguyên và Môi trường chủ trì, …)": no one assigned)
            lead = (_named_before_lead(text, start, end) or (_bracketed_doers(text, start, end) if bracket else [])
                    or _done_by(text, start, end))
    if not labelled_support:  # "phối hợp với …" in the item: its partners, whoever leads (the item, or its heading)
        # (near its start, or in the lead's label however far: "Cơ quan thực hiện: Sở X chủ trì, phối hợp với …")
        # (with partners named before a later "phối hợp", only the lead's own clause: "Giao Sở Y tế chủ trì, phối hợp
        # với Sở Tài chính, … xây dựng …; Sở Nội vụ phối hợp rà soát …")
        cues = [m for m in _overlapping(_PARTNERS, text, start, end)
                if (m.start() < start + 600 or any(a <= m.start() < b for a, b in labelled))
                and (not before or _AFTER_LEAD.search(text, max(start, m.start() - 12), m.start()) is not None)]
        # (the lead's own clause first: "Phối hợp với Bộ Khoa học … (Cục Thương mại điện tử … chủ trì, phối hợp với
        # Cục Quản lý …)" — the work's topic opens with whom the ministry works, the bracket assigns it)
        cues.sort(key=lambda m: _AFTER_LEAD.search(text, max(start, m.start() - 12), m.start()) is None)
        for m in cues:
            # (the first that names anyone: "Xây dựng Quy chế phối hợp giữa các lực lượng …" names no partner)
            support += _specific(partners_listed(text, m, end))
            if support:
                # (… and a second clause of them: "…, phối hợp với Sở Công Thương; đồng thời phối hợp với …")
                for also in cues:
                    # (… or another "-" item of the task's work: "- Chủ trì kiểm tra …; phối hợp với UBND các huyện")
                    # (… or who takes part besides: "…, phối hợp với Báo …, với sự tham gia của Tỉnh đoàn")
                    if also.start() > m.start() and (_ALSO.search(text, max(start, also.start() - 20), also.start())
                                                     or _OWN_BULLET.search(text, m.end(), also.start())
                                                     or _TAKING_PART.match(text, also.start())):
                        support += _specific(partners_listed(text, also, end))
                break
    asked: list[str] = []  # "Đề nghị Công an tỉnh phối hợp trong việc …": a body the document asks to join
    for m in _ASKED_TO_JOIN.finditer(text, start, end) if partners else ():
        named = agencies.listed(text, m.end(), min(end, m.end() + 300))
        if named and named[0].start - m.end() <= 2 and _JOINS_WITH.match(text, named[-1].end, end) is not None:
            asked += _specific(named)
    return _unique(lead), _unique(s for s in [*named_with, *support, *before, *asked] if s not in lead)


_ASKED_TO_JOIN = re.compile(r"(?<![\wÀ-ỹ])[Đđ]ề\s+nghị\s+")
_AFTER_LEAD = re.compile(r"chủ\s+trì\s*,?\s*$")
_BARE_MARK = re.compile(r"\((?:(?:cơ\s+quan|đơn\s+vị)\s+)?chủ\s+trì\)")
_JOINS_WITH = re.compile(r"[ \t\n]+(?:cùng\s+)?phối\s+hợp(?:\s+với)?[ \t\n]+")
_CLAUSE_OPEN = re.compile(r"[.;:][^.;:]*$")
_LINE_BREAK = re.compile(r"\n")


def _subject_before(text: str, window: int, at: int) -> tuple[list[agencies.AgencyMention], int] | None:
    """The bodies a clause before ``at`` opens with, and where it opens: after the last mark that ends a clause, or
    at a line's start after it (a heading's line above: "3. Đầu tư … ⏎ Sở Tài chính, Sở Nội vụ phối hợp với …")."""
    clause = window
    if (opened := _CLAUSE_OPEN.search(text, window, at)) is not None:
        clause = opened.start() + 1
    for begin in [clause, *(b.end() for b in _LINE_BREAK.finditer(text, clause, at))]:
        found = agencies.subjects(text, begin, at)
        lead_in = len(text[begin : at]) - len(text[begin : at].lstrip(" \t\n*_-+•–"))
        if found and found[0].start - begin <= lead_in:
            return found, begin
    return None


def _marked_in_list(text: str, start: int, end: int) -> tuple[list[str], list[str]] | None:
    """Bodies named as a clause's subject, one marked "(chủ trì)": it leads, the others join. "Bộ Chỉ huy Quân sự tỉnh
    (chủ trì), Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh xây dựng …"; "Sở Kế hoạch và Đầu tư, Sở Tài chính phối
    hợp với Sở Nông nghiệp và Phát triển nông thôn (chủ trì) tham mưu …" (the joiners named first)."""
    for mark in _BARE_MARK.finditer(text, start, end):
        if (found_at := _subject_before(text, max(start, mark.start() - 400), mark.start())) is None:
            continue
        found = found_at[0]
        joined: list[str] = []
        if text[found[-1].end : mark.start()].strip():
            # "X, Y phối hợp với Z (chủ trì)": the joiners, then the one marked
            joins = _JOINS_WITH.match(text, found[-1].end, mark.start())
            marked = agencies.listed(text, joins.end(), mark.start()) if joins is not None else []
            if not marked or text[marked[-1].end : mark.start()].strip():
                continue
            joined = [a.text for a in found]
            lead = [marked[-1].text]
            joined += [a.text for a in marked[:-1]]
        else:
            lead, joined = [found[-1].text], [a.text for a in found[:-1]]
        after = re.match(r"[ \t]*,[ \t\n]*", text[mark.end() : end])
        if after is not None:  # "… (chủ trì), Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh xây dựng …"
            more = agencies.subjects(text, mark.end() + after.end(), min(end, mark.end() + after.end() + 300))
            if more and more[0].start == mark.end() + after.end():
                joined += [a.text for a in more]
        return lead, [n for n in joined if n not in lead]
    return None


_FIRST_LEADS = re.compile(r"(?:cơ\s+quan|đơn\s+vị)[^.\n]{0,40}?(?:ghi|đứng|xếp|nêu)\s+(?:ở\s+)?"
                          r"(?:đầu\s+tiên|đầu|trước\s+tiên)[^.\n]{0,80}?(?:là|chủ\s+trì)", re.I)
_ALSO = re.compile(r"[;,]\s*đồng\s+thời\s*$")
_TAKING_PART = re.compile(rf"{_TAKING_PART_WORDS}\s", re.I)
_OWN_BULLET = re.compile(r"\n[ \t]*[-+•–][ \t]")  # (a line break and a bullet between two clauses of partners)
# a cell that repeats another: "Như trên", "nt", "-nt-", "(như trên)", "Như mục 3"
_DITTO = re.compile(r"[\s\-–(*_\"]*(?:(?i:như\s+trên|như\s+(?:mục|dòng|stt|số|nhiệm\s+vụ)\s+(?P<n>[\dIVX][\d.]*))"
                    r"|nt|NT|n\.t|N\.T)[\s\-–)*_\".]*")


def _overlapping(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Each match of ``pattern`` in ``text[start:end]``, a later one found inside an earlier one's span too."""
    pos = start
    while (m := pattern.search(text, pos, end)) is not None:
        yield m
        pos = m.start() + 1


# after the partners named, the work they do together ("… thực hiện"), the clause's end, or another clause
_JOINT_WORK = re.compile(r"[ \t]*(?:\n[ \t]*)?"
                         r"(?:(?:tổ\s+chức\s+|triển\s+khai\s+)?thực\s+hiện\b|triển\s+khai\b|[.;:)]|$)")
_NEXT_PARTNER = re.compile(r"[ \t]*;[ \t]*(?:\n[ \t]*)?")


def partners_listed(text: str, m: re.Match[str], end: int) -> list[agencies.AgencyMention]:
    """The partners a "phối hợp với …" names, a list its semicolons part ("phối hợp với Ngân hàng Nhà nước Chi nhánh
    Khu vực 2; Ngân hàng Chính sách xã hội …; Thành Đoàn … thực hiện") — not the subject of the clause after ("…
    phối hợp với Sở A; Sở B hướng dẫn …")."""
    out = agencies.listed(text, m.start("x"), m.end("x"))
    pos = out[-1].end if out else m.end("x")
    while out and (sep := _NEXT_PARTNER.match(text, pos, end)) is not None:
        more = agencies.listed(text, sep.end(), min(end, sep.end() + 300))
        if not more or more[0].start - sep.end() > 2 or _JOINT_WORK.match(text, more[-1].end, end) is None:
            break
        out += more
        pos = more[-1].end
    return out


_PIECE_SEPARATOR = re.compile(r"[,;\n]")
# a value that says who does what ("Sở Nội vụ chủ trì, phối hợp với …") is read as written, no list of names
_PARTS_SAID = re.compile(r"chủ\s+trì|phối\s+hợp|(?<![\wÀ-ỹ])với(?![\wÀ-ỹ])|thực\s+hiện|tham\s+mưu|hướng\s+dẫn", re.I)


def _label_agencies(text: str, start: int, end: int) -> list[str]:
    """The bodies a label's value lists ("Cơ quan phối hợp: BCĐ 389 tỉnh, QLTT tỉnh, Cục Hải quan"): read as the
    list opens, or — when every piece of it is a short name and the list reads more so — as a table's cell
    is read, a piece no name was found in passed over."""
    listed = agencies.listed(text, start, end)
    named = [a.text for a in listed]
    pieces = [p for p in _PIECE_SEPARATOR.split(text[start:end]) if p.strip()]
    # (not a sentence of work, a name and its verb: "Cơ quan thực hiện: Bộ Công an tiến hành rà soát …; các bộ …")
    if pieces and all(len(p.split()) <= 12 for p in pieces) and _PARTS_SAID.search(text, start, end) is None \
            and not any(agencies.verbs_re().match(text, gap.end(), end)
                        for a in listed if (gap := _SPACES.match(text, a.end, end)) is not None):
        cell = _cell_agencies(text, tables.Cell(start, end, 0))
        if len(cell) > len(named):
            return list(cell)
    return named


_TO_CLAUSE_END = re.compile(r"(?P<x>[^;]*)")
_SPACES = re.compile(r"[ \t\n]+")


def _bracket_closed(text: str, start: int, at: int, end: int) -> int:
    """Where a label's value that begins at ``at`` inside a bracket the item opened ends: at the bracket's close
    ("(Sở Công Thương chủ trì; phối hợp: Sở Tài chính), trình Ủy ban nhân dân tỉnh …"); else ``end``."""
    opened = text.rfind("(", start, at)
    if opened < 0 or text.find(")", opened, at) >= 0:
        return end
    close = text.find(")", at, end)
    return close if close >= 0 else end


def _listed_value(text: str, m: re.Match[str], end: int) -> re.Match[str]:
    """A label's value, or the list under it when the label ends its line."""
    colon = text.rfind(":", m.start(), m.start("x"))
    listed = _LISTED_VALUE.match(text, colon + 1, end) if colon >= 0 else None
    return listed if listed is not None else m


_DIRECTS = re.compile(r"[\s*_\-–+•]*(?:Chỉ\s+đạo|Lãnh\s+đạo|Hướng\s+dẫn|Đôn\s+đốc)\s")
# "…; Sở Nội vụ thực hiện;", "…; UBND các xã thực hiện, hoàn thành trước …"
_LEADS_HERE = re.compile(r"\s+(?:(?:đồng\s+)?chủ\s+trì\b|chịu\s+trách\s+nhiệm\s+chính\b|làm\s+đầu\s+mối\b"
                         r"|thực\s+hiện(?=\s*(?:[;.)(]"
                         # "… Phòng Giao dịch NHCSXH huyện thực hiện thường xuyên.": who, then when
                         r"|\s(?:thường\s+xuyên|h[ằà]ng\s+(?:năm|quý|tháng)|trong\s|trước\s|theo\s+kế\s+hoạch)"
                         r"|,\s+(?:hoàn\s+thành|phối\s+hợp|với\s+sự\s+phối\s+hợp|cùng)|$"
                         # "(UBND các xã thực hiện, Sở Khoa học và Công nghệ hướng dẫn, kiểm tra; …)"
                         r"|,\s+(?:Sở|Bộ|Ủy\s+ban|UBND|Công\s+an|Ban|Cục|Văn\s+phòng)\s)))")
# how the bodies named before "chủ trì" take part, no body: "Sở Y tế, Sở Nội vụ theo chức năng, nhiệm vụ chủ trì"
_BY_REMIT = re.compile(r"\s*(?:theo\s+(?:chức\s+năng(?:,?\s+nhiệm\s+vụ)?(?:\s+được\s+giao)?|thẩm\s+quyền"
                       r"|lĩnh\s+vực\s+(?:quản\s+lý|phụ\s+trách))|trong\s+phạm\s+vi[^,;()]{0,40}"
                       # (… or what part it has: "Sở Tư pháp là cơ quan chủ trì; …")
                       r"|là\s+(?:cơ\s+quan|đơn\s+vị))\s*,?\s*$")
# (not a bare "do": "chương trình do X chủ trì"; after a comma, the item's own: "…, do Sở Y tế chủ trì, …")
_CLAUSE_START = re.compile(r"[;(:.]\s*(?:[Dd]o\s+|[Gg]iao\s+)?|,\s*do\s+")  # ("…. Do Cục X chủ trì, …")
_PLURAL_HEAD = re.compile(r"(?<![\wÀ-ỹ])(?:các|những|Các|Những)\s+(?:Bộ|Sở|Cục|Vụ|Ban|Phòng|bộ|sở)\s*$")
_DASH_CLAUSE = re.compile(r"[ \t][-–][ \t]+")  # "… toàn tỉnh - Sở Y tế chủ trì" (a name may hold a dash too)
_BARE_DO = re.compile(r"(?<![\wÀ-ỹ])do\s+")
# what follows "chủ trì" when the clause says by whom the item is done: "… thực hiện", "…, phối hợp với …" (not its
# end: "Tham gia các hoạt động do các Bộ chủ trì." names whose work the item joins)
# (… or its partners' clause: "… do Cục Công nghệ thông tin chủ trì, Cục Bổ trợ tư pháp phối hợp")
_LEADS_THE_ITEM = re.compile(r"\s*(?:thực\s+hiện\b|,\s*phối\s+hợp|,\s*(?=[^,;.()\n]{3,80}?,?\s+phối\s+hợp\b)"
                             rf"(?=[{UPPER}]|các\s))")


_LEADS_WORD = re.compile(r"\s+(?:đồng\s+)?chủ\s+trì")  # (not "… phối hợp với Văn phòng Bộ thực hiện.")
_WITH_BEFORE_LEAD = re.compile(r"(?<![\wÀ-ỹ])[Pp]hối\s+hợp\s+(?:chặt\s+chẽ\s+)?với\s+")


def _named_before_lead(text: str, start: int, end: int) -> list[str]:
    """Agencies named just before "chủ trì" later in the item: "…; Sở Nội vụ chủ trì.",
    "(do Sở Tư pháp chủ trì)" — not "các hoạt động do các Bộ chủ trì", which names whose work it joins."""
    for m in _LEADS_HERE.finditer(text, start, end):
        window = max(start, m.start() - 200)
        for w in _WITH_BEFORE_LEAD.finditer(text, window, m.start()) if _LEADS_WORD.match(m.group(0)) else ():
            # "…, phối hợp với Sở Tài chính, Sở Y tế chủ trì tham mưu …": the last named before "chủ trì" leads, those
            # before it join (in a clause that opens so, no subject before it: not "Sở Nội vụ phối hợp với Sở Tư pháp
            # chủ trì …")
            if (before := text[start : w.start()].rstrip(" \t*_")) and before[-1] not in ",;:.(\n":
                continue
            named = agencies.listed(text, w.end(), m.start())
            if named and named[0].start == w.end() and not _NOTE.sub("", text[named[-1].end : m.start()]).strip():
                return [named[-1].text]
        clause = window
        for c in _CLAUSE_START.finditer(text, window, m.start()):
            if text[c.start()] == ":" and _PLURAL_HEAD.search(text, window, c.start()) is not None:
                continue  # ("… do các Sở: Y tế, Công Thương chủ trì": the list a plural head shares, no clause)
            if text[c.start()] != "(" or ")" not in text[c.end() : m.start()]:
                clause = c.end()  # (not a note's bracket closed before: "Trung tâm … (trực thuộc Sở …) chủ trì")
        if _LEADS_THE_ITEM.match(text, m.end(), end) is not None:
            # "… cho từng thành viên do Sở Y tế chủ trì thực hiện, hoàn thành …": by whom the item is done, its
            # clause's predicate (not "các hoạt động do các Bộ chủ trì", whose work it joins)
            for d in _BARE_DO.finditer(text, clause, m.start()):
                clause = d.end()
        if (this := _THIS_WORK.match(text, clause, m.start())) is not None:
            clause = this.end()  # "Nội dung này Sở Nội vụ chủ trì …": the work named again, then who leads it
        elif _WORK_TOPIC.match(text, clause, m.start()) and (by := list(_BY.finditer(text, clause, m.start()))):
            clause = by[-1].end()
        found = agencies.subjects(text, clause, m.start())
        # "Để đạt chỉ tiêu này, Sở Thông tin và Truyền thông chủ trì …", "Trên cơ sở Kế hoạch …, Văn phòng UBND tỉnh
        # chủ trì …": a leading clause, then who leads (after its comma nearest the lead's words)
        if not found and (past := _past_leading_clause(text, clause, m.start(), last=True)) > clause:
            found, clause = agencies.subjects(text, past, m.start()), past
        if not found or found[0].start - clause > 3:  # "… toàn tỉnh - Sở Y tế chủ trì": the clause after a dash
            for dash in _DASH_CLAUSE.finditer(text, clause, m.start()):
                if found := agencies.subjects(text, dash.end(), m.start()):
                    clause = dash.end()
                    break
        # (a note in brackets may stand between: "Trung tâm Dịch vụ việc làm tỉnh (trực thuộc Sở …) chủ trì")
        between = _NOTE.sub("", text[found[-1].end : m.start()]) if found else ""
        # ("Ban Chỉ huy Quân sự xã, Công an xã cùng Ban nhân dân các thôn … thực hiện": who they work with between)
        between = _WITH_OTHERS.sub("", between)
        # (the office-holder's title before the body: "… . Giám đốc Sở Nội vụ chủ trì hướng dẫn …")
        if found and (found[0].start - clause <= 3 or agencies.is_title(text, clause, found[0].start)) \
                and not _BY_REMIT.sub("", between).strip():
            return [*_listed_before(text, start, clause), *(a.text for a in found)]
    return []


def _listed_before(text: str, start: int, clause: int) -> list[str]:
    """The bodies listed before a clause's subject, each part of the list parted by a semicolon and holding bodies alone
    ("… . Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện"): they lead with it."""
    out: list[str] = []
    at = clause
    while (semi := text.rfind(";", start, at)) >= 0 and not text[semi + 1 : at].strip():
        part = max((m.start() + 1 for m in _CLAUSE_START.finditer(text, start, semi) if text[m.start()] != ","),
                   default=start)  # (right after the last mark that opens a clause: ".", ";", ":", "(")
        named = agencies.subjects(text, part, semi)
        if not named or text[part : named[0].start].strip(" \t\n*_") or text[named[-1].end : semi].strip():
            break
        out[:0] = [a.text for a in named]
        at = part
    return out


# a bracket that ends an item's line: "… nội đồng (Phòng NN&PTNT; Quý IV/2012).", "… (Phòng LĐ-TB&XH, Trung tâm Dạy
# nghề huyện; cả năm 2012)." (the last of them that names bodies alone: a note may follow on a line of its own)
_LAST_BRACKET = re.compile(r"\((?P<x>[^()]{3,300})\)[ \t*_]*[.;]?[ \t*_]*$", re.M)


# "… do Sở Y tế thực hiện theo quy định", "… do Công an tỉnh đảm nhiệm": by whom the work is done (not in an item
# whose own work is to join, help or oversee another's: "Tham gia các hoạt động do các Bộ thực hiện", "Kiểm tra các dự
# án do Sở Xây dựng thực hiện")
_DONE_BY = re.compile(r"(?<![\wÀ-ỹ])do\s+")
_DONE_VERB = re.compile(r"\s+(?:chủ\s+trì\s*,?\s*)?(?:thực\s+hiện|đảm\s+nhận|đảm\s+nhiệm|phụ\s+trách)(?![\wÀ-ỹ])")
_OTHERS_WORK = re.compile(r"[\s*_\-+•–]*(?:tham\s+gia|phối\s+hợp|hỗ\s+trợ|kiểm\s+tra|giám\s+sát|thanh\s+tra"
                           r"|đánh\s+giá|theo\s+dõi|sơ\s+kết|tổng\s+kết|nghiệm\s+thu)(?![\wÀ-ỹ])", re.I)


def _done_by(text: str, start: int, end: int) -> list[str]:
    """Who an item says its work is done by, after "do": "Việc thẩm định … do Sở Y tế thực hiện …"."""
    if _OTHERS_WORK.match(text, start, end):
        return []
    for d in _DONE_BY.finditer(text, start, end):
        named = agencies.listed(text, d.end(), min(end, d.end() + 200))
        if named and named[0].start == d.end() and _DONE_VERB.match(text, named[-1].end, end):
            return _specific(named)
    return []


def _bracketed_doers(text: str, start: int, end: int) -> list[str]:
    """Who does the item's work, named alone in the bracket that ends it, before the time ("(Phòng NN&PTNT; Quý
    IV/2012)"): names and nothing else, as a plan's table would give them in its column."""
    for m in reversed(list(_LAST_BRACKET.finditer(text, start, end))[-3:]):
        near = max(start, m.start() - 120)
        if any(not text[a.end : m.start()].strip(" \t*_") for a in (
                *agencies.find(text, near, m.start()), *agencies.collectives(text, near, m.start()))):
            continue  # ("… các tổ chức chính trị - xã hội tỉnh (Liên đoàn Lao động tỉnh, Hội LHPN tỉnh, …)", "Phòng
            # Kinh tế (Phòng Nông nghiệp và Phát triển nông thôn)": the bodies it follows, named again, no doers)
        stop = text.find(";", m.start("x"), m.end("x"))
        stop = m.end("x") if stop < 0 else stop
        named = agencies.listed(text, m.start("x"), stop)
        if named and not _LIST_GAPS.sub("", _without(text, m.start("x"), stop, named)):
            # ("(Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh)": names after the semicolon too, no time)
            more = agencies.listed(text, stop + 1, m.end("x")) if stop < m.end("x") else []
            if more and not _LIST_GAPS.sub("", _without(text, stop + 1, m.end("x"), more)):
                named += more
            return [a.text for a in named]
    return []


# a clause before who leads: its purpose, its ground, its time
# (after a ";" in small letters: "…; trên cơ sở đó, Sở Kế hoạch và Đầu tư chủ trì …")
_LEADING_WORDS = re.compile(r"[\s*_]*(?:(?i:trên\s+cơ\s+sở)|Căn\s+cứ|Để|Nhằm|Sau\s+khi|Khi|Qua|Theo|Định\s+kỳ"
                            r"|H[ằà]ng\s+(?:năm|quý|tháng)|Trong\s+(?:[Nn]ăm|[Qq]uý|[Tt]háng)"
                            # (its time: "Trước ngày 30/11/2025, Sở …", "Từ năm 2026, UBND các xã …")
                            r"|Trước\s+ngày|Chậm\s+nhất|(?:Bắt\s+đầu\s+)?[Tt]ừ\s+(?:[Nn]ăm|[Qq]uý|[Tt]háng|ngày))(?![\wÀ-ỹ])")
_COMMA_THEN = re.compile(r",[\s*_]*")
# a line that ends on a word needing what follows: its sentence goes on in the next line
_GOES_ON = re.compile(rf"{NEEDS_NEXT}[ \t*_]*$")
# the work named again before who does it: "Nội dung này Sở Nội vụ chủ trì", "Nhiệm vụ này do Sở Tư pháp chủ trì"
_THIS_WORK = re.compile(r"[\s*_]*(?:Nội\s+dung|Nhiệm\s+vụ|Công\s+việc|Hoạt\s+động|Việc)"
                        r"\s+(?:(?:này|trên)\s+(?:do\s+)?|do\s+)")
# the work named as the sentence's topic, then who leads it: "Việc xây dựng sản phẩm du lịch đêm … do UBND thành phố
# Phan Thiết chủ trì"
_WORK_TOPIC = re.compile(r"[\s*_]*Việc\s")
_BY = re.compile(r"\sdo\s+")
_NOTE = re.compile(BRACKET_NOTE)
_WITH_OTHERS = re.compile(r"^\s*,?\s*cùng(?:\s+với)?\s+[^;:.()]{3,150}$")
_KIND_NAMED = re.compile(r"^(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+các|^UBND\s+các")


def _unique(names: object) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:  # type: ignore[attr-defined]
        # ("các cơ quan, ngành liên quan" name no one; "Ủy ban nhân dân các huyện có liên quan" names the
        # places' committees concerned)
        if n and n not in out and not agencies.is_generic(n) \
                and not (re.search(r"\b(?:có\s+)?liên\s+quan\b", n) and not _KIND_NAMED.search(n)):
            out.append(n)
    return tuple(out)


def _deadline(text: str, start: int, end: int) -> str | None:
    """The item's "Thời gian thực hiện: …" field, else the first phrase of time that reads as one
    ("hoàn thành trước ngày …"): the field says it, a phrase may be about something else ("… các luật
    có hiệu lực trong năm 2023")."""
    found = list(deadline_phrases(text, start, end))
    m = next((x for x in found if x.group("a")), found[0] if found else None)
    if m is None:
        return None
    value = deadline_value(m)
    pos = m.end()
    while m.group("a") and text[pos - 1 : pos] == ";" and (phase := _NEXT_PHASE.match(text, pos, end)) is not None:
        # "Thời gian: Đợt 1 từ ngày 01/4 đến ngày 30/4/2025; đợt 2 từ ngày 01/9 …": the field's next phase
        value, pos = f"{value}; {clean_value(phase.group('v'))}", phase.end()
    if "(" in value and ")" not in value[value.index("(") :]:
        # the field's ")" closed a bracket of its own: "Quý II (năm 2025)" keeps it, a note after the time ("Năm 2025
        # (chi tiết tại Phụ lục …)") goes
        note = value.index("(")
        value = f"{value})" if _TIME_NOTE.fullmatch(value[note:]) else value[:note]
    if _START_ONLY.fullmatch(value.rstrip(".").strip()):
        return None  # "Thời gian: từ năm 2008": when the work begins, no deadline
    return value.rstrip(".").strip() or None


# a bracket that says when, kept: "Quý II (năm 2025)", "mùa khô hằng năm (từ tháng 3 đến tháng 8)"
_TIME_NOTE = re.compile(r"\(\s*(?:(?:từ|đến|hết|năm|quý|tháng|ngày|[IVX]{1,4}|\d{1,4})(?![\wÀ-ỹ])[\s,/\-–]*)+", re.I)


# a field's next phase after its semicolon: "…; đợt 2 …", "…; tổng kết trước …", "…; cao điểm trước Tết …"
_NEXT_PHASE = re.compile(r"[ \t]*(?P<v>(?:[Đđ]ợt\s+\d{1,2}|[Ss]ơ\s+kết|[Tt]ổng\s+kết|[Cc]ao\s+điểm)\s[^;\n]*?)"
                         r"[ \t]*(?:;|\.(?:\s|$)|$)")


def deadline_value(m: re.Match[str]) -> str:
    """What a match of ``_DEADLINE`` says, as shown: the field's value or the phrase of time."""
    value = next((v for v in m.group("a", "b", "c", "d", "e", "f", "g") if v), "")
    if m.group("a") and (tail := _VALUE_TAIL.search(value)) is not None:
        value = value[: tail.start()]  # "Thời gian: Thường xuyên, bắt đầu từ ngày 01/01/2022": when it starts, apart
    return clean_value(value)


# what a deadline field's value goes on with after a comma: when the work starts ("…, bắt đầu từ ngày …"), or a
# breakdown of it ("2009 - 2012, trong đó: …")
_VALUE_TAIL = re.compile(r",\s*(?:bắt\s+đầu\s+từ|trong\s+đó)(?![\wÀ-ỹ])", re.I)


# a start alone: "từ năm 2008", "Từ quý II/2025", "kể từ tháng 6/2025" (a range "từ 2025 đến 2030" has its end)
# (… or a school year's: "Từ năm học 2026 - 2027")
_START_ONLY = re.compile(r"(?i)(?:kể\s+|bắt\s+đầu\s+)?từ\s+(?:năm\s+học\s+\d{4}\s*[-–]\s*\d{4}"
                         r"|(?:năm|quý|tháng|ngày)?\s*[\dIVX][\w/.\-]*(?:\s+năm\s+\d{4})?)")


def _iso(deadline: str | None) -> str | None:
    return parse_date(deadline) if deadline else None


# ---- tables --------------------------------------------------------------------------------------

_APPENDIX = re.compile(r"PH[ỤU]\s+L[ỤU]C\s*(?:SỐ\s*)?(?P<n>[IVXLC]+|\d+)?\b", re.I)
_ROW_NUMBER = re.compile(r"^\W*(?P<n>\d{1,4}(?:\.\d{1,3})*)\W*$")
_GROUP_AND_ROW = re.compile(r"^\W*(?P<g>[IVXLC]{1,6}|[A-ZĐ])\.(?P<n>\d{1,3}(?:\.\d{1,3})*)\W*$")
_GROUP_LABEL = re.compile(r"^\W*(?P<n>[IVXLC]{1,6}(?:\.\d{1,3})*|[A-ZĐ](?:\.\d{1,3})*)\W*$")
_ROW_LETTER = re.compile(r"[a-zđ][.)]?")  # a row lettered under a numbered one: "a", "b)"


def _from_table(text: str, node: Node, root: Node) -> list[Task]:
    table = node.table
    assert table is not None
    lay = tables.layout(text, table)
    task_col = lay.col("task")
    if task_col is None and lay.col("lead") is not None:
        # (projects, or events, with who leads each are work; with their budgets only, or their days, a list)
        task_col = lay.col("project") if lay.col("project") is not None else lay.col("event")
    if task_col is None or (lay.col("lead") is None and lay.col("deadline") is None) \
            or {"procedure", "procurement"} & set(lay.roles) \
            or (lay.col("lead") is None and lay.col("venue") is not None) \
            or (lay.col("target") is not None and lay.col("deadline") is None and lay.col("support") is None):
        # (a schedule of meetings: when, where, who; an allocation: "| STT | Đơn vị | Nội dung | Kinh phí phân bổ |",
        # the money each body gets, no time nor partners of work)
        return []
    prefix = _prefix(text, node, root)
    number_col = lay.col("number")
    out: list[Task] = []
    group = ""
    levels = _GroupLevels()  # (letters over numerals: "A" over "I", "II", the groups "A.I", "A.II")
    last: Task | None = None
    last_row_id = ""
    group_lead: tuple[str, ...] = ()
    group_support: tuple[str, ...] = ()  # (a group's row that fills its own cells: its rows' when they leave theirs)
    group_deadline: str | None = None
    inherited: dict[str, tuple[str, ...]] = {}
    continuation = extra = 0
    opened = False  # a group's title row came last
    spanning: dict[int, tuple[tables.Cell, int]] = {}  # col → a cell from above and the rows it still covers
    above: dict[int, tables.Cell] = {}
    header = frozenset(fold(text[c.start : c.end].replace("*", "")) for r in table.rows[: lay.header_rows]
                       for c in r.cells)
    # the numbers that head sub-numbered rows ("1" over "1.1", "1.2")
    labels = [text[c.start : c.end].replace("*", "").strip().rstrip(".") for r in table.rows[lay.header_rows :]
              if number_col is not None and (c := r.at(number_col)) is not None]
    sub_heads = {lb.rsplit(".", 1)[0] for lb in labels if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+", lb)}
    # (… or lettered rows: "1" over "a", "b")
    sub_heads |= {lb for lb, nxt in pairwise(labels) if re.fullmatch(r"\d{1,3}", lb) and _ROW_LETTER.fullmatch(nxt)}
    head_id = ""  # the id of the numbered row the lettered rows below it belong to
    titles = group_titles(text, table.rows[lay.header_rows :], by_agency=lay.col("lead") is None)
    group_col = _group_column(text, table.rows[lay.header_rows :], lay, number_col)
    # one column for when and what: "Thời gian hoàn thành/Sản phẩm"
    deadline_and_product = any(_WHEN_AND_WHAT.search(fold(text[c.start : c.end]))
                               for r in table.rows[: lay.header_rows] for c in r.cells)
    # a note by the table that the body written first leads ("Ghi chú: đơn vị ghi đầu tiên là đơn vị chủ trì; các đơn
    # vị ghi sau là đơn vị phối hợp"): in one column of who does the work, the others join
    first_leads = lay.col("support") is None and _FIRST_LEADS.search(
        text, max(0, table.start - 600), min(len(text), table.end + 600)) is not None
    # one column for who leads and who joins, its header parted so ("Cơ quan chủ trì/phối hợp"): a cell's first line
    # leads, its next lines join ("Sở Y tế ⏎ Sở Tài chính, Sở Nội vụ")
    lead_col = lay.col("lead")
    lines_parted = lead_col is not None and lay.col("support") is None and any(
        _BOTH_ROLES.search(fold(text[c.start : c.end])) for r in table.rows[: lay.header_rows] for c in r.cells
        if c.col == lead_col)
    last_cells: dict[int, tables.Cell] = {}  # the cells of the task row above, for its ditto marks
    rows_by_label: dict[str, dict[int, tables.Cell]] = {}
    for i, row in enumerate(table.rows[lay.header_rows :]):
        own = {(c.start, c.end) for c in row.cells}
        cells = tables.row_placed(text, table, row, lay.roles, above)
        n_cell = cells.get(number_col) if number_col is not None else None
        numbered = n_cell is not None and n_cell.end > n_cell.start
        if (table.source == "gazette" or (table.source == "pipes" and (numbered or number_col is None))) \
                and (lead_col := lay.col("lead")) is not None and lead_col in cells \
                and cells[lead_col].start == cells[lead_col].end and (up := above.get(lead_col)) is not None \
                and not group_lead:  # (under a group's title that names its lead, that lead's)
            # the gazette prints a lead merged over rows in one of them only, and a page's pipe table leaves
            # its cell empty in the numbered rows below: they have none (the gazette's the partners too, when the
            # row has none of its own; a pipe row without its number goes on with the row above, as its own content;
            # in a table with no numbers, each row its own task, the lead is merged over the rows of its work)
            cells[lead_col] = up
            support_col = lay.col("support")
            if table.source == "gazette" and support_col is not None and support_col in cells \
                    and cells[support_col].start == cells[support_col].end \
                    and (up_support := above.get(support_col)) is not None:
                cells[support_col] = up_support
        if table.source == "pipes" and numbered and (when_col := lay.col("deadline")) is not None \
                and when_col in cells and cells[when_col].start == cells[when_col].end \
                and (up_when := above.get(when_col)) is not None and up_when.end > up_when.start \
                and not group_deadline:  # (under a group's row that says by when, its own)
            cells[when_col] = up_when  # "| 3 | … | Sở Tư pháp | Công an tỉnh | |": its deadline merged from above
        if last is not None and _from_above(cells, own, task_col) \
                and not (number_col in cells and not _from_above(cells, own, number_col)):
            # the number and content merged over this row too: more of who does the task above
            out[-1] = last = dataclasses.replace(
                last, lead=_unique([*last.lead, *_cell_agencies(text, _cell(cells, lay.col("lead")))]),
                support=_unique([*last.support, *_cell_agencies(text, _cell(cells, lay.col("support")))]))
            above = cells
            continue
        above = dict(cells)
        if number_col is not None and _from_above(cells, own, number_col):
            del cells[number_col]  # the number merged over this row: another content row of its task
        for col, (cell, left) in list(spanning.items()):
            if left <= 0:
                del spanning[col]
                continue
            cells.setdefault(col, cell)  # "Sở Khoa học và Công nghệ" over two rows (rowspan)
            spanning[col] = (cell, left - 1)
        for c in row.cells:
            if c.rows > 1 and c.col not in (number_col, task_col):  # a number over rows is one task's
                spanning[c.col] = (c, c.rows - 1)
        label_cell = cells.get(number_col) if number_col is not None else None
        label = text[label_cell.start : label_cell.end].replace("*", "").strip() if label_cell else ""
        content = cells.get(task_col)
        filled = [c for c in row.cells if c.end > c.start]
        title = titles.get(i)
        if title is None and _is_header_repeat(text, row, lay, header):
            continue
        if title is not None:
            # "| I. HOÀN THIỆN THỂ CHẾ |", "| **Phát triển sản phẩm du lịch** |": a group over the whole row
            group, start, end = title
            group = levels.nested(group)
            group_lead, group_support, group_deadline = _title_lead(text, start, end), (), None
            opened = True
            continue
        if group_col is not None and (gc := cells.get(group_col)) is not None \
                and (named_group := _LABELLED_GROUP.match(text, gc.start, gc.end)) is not None:
            # "| I. Điện ảnh | 1 | …": a column of the groups' names, each merged over its rows, written in the first
            group, group_lead, group_support, group_deadline = named_group.group("n"), (), (), None
        label_span = (label_cell.start, label_cell.end) if label_cell is not None else None
        if (compound := _GROUP_AND_ROW.match(label)) is not None and label_cell is not None \
                and len([c for c in filled if (c.start, c.end) != label_span]) >= 2:
            # "I.1 | Biên soạn tài liệu … | Vụ Pháp chế | …": a row numbered within its group ("I.")
            group, label = compound.group("g"), compound.group("n")
        if label and _GROUP_LABEL.match(label) and not _ROW_NUMBER.match(label):
            group = levels.nested(_GROUP_LABEL.match(label).group("n"))  # type: ignore[union-attr]
            # "A | VỤ PHÁP CHẾ": the agency heading the rows below leads those that name no lead
            named = [c for c in filled if (c.start, c.end) != label_span]
            # (or a title that says who leads them: "II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH (Văn phòng UBND tỉnh chủ trì)")
            # (its title written again in each merged cell: "| II | TIỆN ÍCH … | TIỆN ÍCH … | TIỆN ÍCH … |")
            repeated = len({" ".join(text[c.start : c.end].split()) for c in named}) == 1
            group_lead = _title_lead(text, named[0].start, named[0].end) if len(named) == 1 or repeated else ()
            group_support, group_deadline = (), None
            if len(named) > 1 and (task_cell := cells.get(task_col)) is not None and task_cell in named \
                    and not repeated:
                # "| **I** | **Cải cách thể chế** | **Vụ Pháp chế** | **Văn phòng Bộ** | **Quý II/2026** |": who leads
                # and joins the rows under it, and by when, unless they say
                group_lead = _cell_agencies(text, _cell(cells, lay.col("lead")))
                group_support = _cell_agencies(text, _cell(cells, lay.col("support")))
                when = _cell(cells, lay.col("deadline"))
                group_deadline = clean_value(tables.cell_text(text, when)).strip("*") or None if when else None
            if repeated and len(named) > 1:
                above = {}  # (nor do the rows under it take its title from above as their own cells)
            opened = True
            continue
        if not label and len(filled) <= 2 and (content is None or content.start == content.end) and filled:
            continue  # a group row without a label
        if not label and content is not None and _TOTAL.fullmatch(text, content.start, content.end) is not None:
            continue  # "|  | Tổng cộng |  | … | 48.500 |": the table's sums, no work
        if content is None or content.end <= content.start:
            who_cells = [c for k in ("lead", "support")
                         if (c := _cell(cells, lay.col(k))) is not None and c.end > c.start]
            if last is not None and not label and who_cells and table.source in ("pipes", "cells"):
                # "|  |  | Ủy ban nhân dân các xã | Bưu điện tỉnh | Năm 2025 |": the number and the content merged over
                # this row too, the page wrote their cells empty — more of who does the task above
                out[-1] = last = dataclasses.replace(
                    last, lead=_unique([*last.lead, *_cell_agencies(text, _cell(cells, lay.col("lead")))]),
                    support=_unique([*last.support, *_cell_agencies(text, _cell(cells, lay.col("support")))]))
            continue
        for col, c in list(cells.items()):
            # "Như trên", "nt", "-nt-": the cell of the row above, in its column; "Như mục 3": of that row's
            ditto = _DITTO.fullmatch(text, c.start, c.end) if col != task_col else None
            if ditto is None:
                continue
            source = rows_by_label.get(ditto.group("n").rstrip(".")) if ditto.group("n") else last_cells
            if source is not None and (same := source.get(col)) is not None:
                cells[col] = same
        last_cells = cells
        if label:
            rows_by_label[label.rstrip(".")] = cells
        lead_cell = _cell(cells, lay.col("lead"))
        lead = _cell_agencies(text, lead_cell)
        support = _cell_agencies(text, _cell(cells, lay.col("support")))
        # (a cell a page broke is read whole: "Chủ trì: Sở Giáo dục và Đào tạo; ⏎ [page] ⏎ Phối hợp: Sở Tài chính")
        who, who_cell = text, lead_cell
        if lead_cell is not None and lead_cell.more is not None:
            who = tables.cell_text(text, lead_cell)
            who_cell = tables.Cell(0, len(who), lead_cell.col)
        parted = None
        if lines_parted and lead_cell is not None \
                and _ROLES_PARTED.search(text, lead_cell.start, lead_cell.end) is None \
                and (whole := tables.cell_text(text, lead_cell).strip()).count("\n") >= 1 \
                and _SUPPORT_IN_CELL.search(whole) is None and _LEAD_MARK.search(whole) is None \
                and (line_break := _next_body_line(whole)) is not None:
            parted, who = line_break, whole
            who_cell = tables.Cell(0, len(who), lead_cell.col)
        elif lead_cell is not None and lay.col("support") is None \
                and _ROLES_PARTED.search(text, lead_cell.start, lead_cell.end) is not None:
            # one column "Cơ quan chủ trì/phối hợp", its cell parted the same way: "Sở Tư pháp/Các sở, ban, ngành"
            # (who leads, then who joins; not "UBND các tỉnh/thành phố", one collective)
            whole = tables.cell_text(text, lead_cell)
            slash = _ROLES_PARTED.search(whole)
            parted = slash.start() if slash is not None else len(whole)
            who = f"{whole[:parted]}; {whole[slash.end():]}" if slash is not None else whole
            who_cell = tables.Cell(0, len(who), lead_cell.col)
        if not support and who_cell is not None \
                and (split := _SUPPORT_IN_CELL.search(who, who_cell.start, who_cell.end)) is not None:
            # one column for who does it: "Chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính", "Sở Nội vụ chủ trì,
            # phối hợp Sở Tư pháp", "Sở Nội vụ (chủ trì), Sở Tài chính (phối hợp)" (or a partners column
            # left empty because the lead's cell names them)
            lead, support = _lead_support(who, who_cell.start, who_cell.end)
            if not lead:
                lead = _cell_agencies(who, who_cell, who_cell.start, split.start())
                support = _cell_agencies(who, who_cell, split.end(), who_cell.end)
        elif who_cell is not None and (marks := list(_LEAD_MARK.finditer(who, who_cell.start, who_cell.end))):
            # "Sở Nội vụ (chủ trì), Sở Tài chính, Công an tỉnh" (the others partners, with any of their column)
            marked_lead, others = _by_marks(who_cell.start, who_cell.end, marks,
                                            functools.partial(_cell_agencies, who, who_cell))
            lead, support = tuple(marked_lead), _unique([*others, *support])
        elif who_cell is not None and len(lead) > 1 and _BARE_LEAD.search(who, who_cell.start, who_cell.end) \
                and (marked := _named_before_lead(who, who_cell.start, who_cell.end)):
            # "CA huyện chủ trì; Đội QLTT số 5": who leads marked in words, the others named with them support
            lead, support = tuple(marked), _unique([*(a for a in lead if a not in marked), *support])
        elif parted is not None and who_cell is not None:
            lead = _cell_agencies(who, who_cell, who_cell.start, parted)
            support = _cell_agencies(who, who_cell, parted, who_cell.end)
        if first_leads and len(lead) > 1 and not support and lead_cell is not None:
            semi = text.find(";", lead_cell.start, lead_cell.end)
            leading = _cell_agencies(text, lead_cell, lead_cell.start, semi) if semi > 0 else lead[:1]
            lead, support = tuple(leading), tuple(a for a in lead if a not in leading)
        if not support and lay.col("support") is None:
            # no column of partners: the task's own text names them ("Nâng cấp sàn … (phối hợp: Sở Thông tin và
            # Truyền thông, Sở Tài chính)")
            # (or a note's cell: "| Ghi chú | ⏎ … | Phối hợp: Sở Tài chính, Thuế tỉnh |")
            notes = [c for col, c in cells.items() if 0 <= col < len(lay.roles) and lay.roles[col] == "other"]
            support = next((noted for c in [content, *notes] for m in _SUPPORT.finditer(text, c.start, c.end)
                            if (noted := _unique(_label_agencies(text, m.start("x"), m.end("x"))))), ())
            if not support and content is not None:
                # ("Xây dựng Luật …, phối hợp với Vụ Pháp chế và Văn phòng Bộ": said in the task's words)
                support = next((joined for m in _PARTNERS.finditer(text, content.start, content.end)
                                if (joined := _unique(_specific(partners_listed(text, m, content.end))))), ())
        for col, c in cells.items():
            # a note that opens with whom the work joins: "| … | Phối hợp với Hội Luật gia tỉnh, Đoàn Luật sư tỉnh
            # tổ chức tư vấn pháp luật |", more partners than its column names
            if 0 <= col < len(lay.roles) and lay.roles[col] == "other" \
                    and (opens := _PARTNERS.match(text, c.start, c.end)) is not None:
                support = _unique([*support, *_specific(partners_listed(text, opens, c.end))])
        deadline_cell = _cell(cells, lay.col("deadline"))
        if deadline_cell is None and table.source == "html" and (start_col := lay.col("start")) is not None \
                and lay.col("deadline") not in cells:
            # "Thường xuyên" written once over "Bắt đầu" and "Hoàn thành" (colspan): the whole time, its deadline
            deadline_cell = _cell(cells, start_col)
        product_cell = _cell(cells, lay.col("product"))
        deadline = clean_value(tables.cell_text(text, deadline_cell)) if deadline_cell else None
        if deadline and _START_ONLY.fullmatch(deadline):
            deadline = None  # "Từ quý II/2027", "Từ năm học 2026 - 2027": when the work begins, no deadline
        product = clean_value(text[product_cell.start : product_cell.end]) or None if product_cell else None
        if deadline and deadline_and_product and (cut := _THEN_PRODUCT.search(deadline)) is not None \
                and tables.reads_as_deadline(deadline[: cut.start()]) and not _TIME_WORD.match(deadline, cut.end()):
            # "Thời gian hoàn thành/Sản phẩm": "Quý III/2023 - Bộ tài liệu hỏi đáp"
            deadline, product = deadline[: cut.start()], product or deadline[cut.end() :].strip("() ") or None
        if not label and opened and group:
            # "| D. | BỘ KHOA HỌC VÀ CÔNG NGHỆ |" over "|  | Bộ Khoa học và Công nghệ | … |": the group's first row, its
            # number left empty (not the rows of the group before it going on)
            label = "1"
        opened = False
        number = _ROW_NUMBER.match(label) if label else None
        if number is not None:
            head_id = f"{prefix}.{group}.{number.group('n')}" if group else f"{prefix}.{number.group('n')}"
            if label.rstrip(".") in sub_heads and (not (lead or support or deadline) or len(filled) <= 2
                                                    or (not deadline and lay.col("deadline") is not None)):
                # "| 1 | Cải cách thủ tục hành chính |  |  |" over "1.1", "1.2" (or "a", "b"): a heading its rows give
                # way to (also written with its row's other cells left out, nothing merged into it: "| 2 | PHÁT TRIỂN
                # HẠ TẦNG |"; or with who leads merged over its rows, each due when its own cell says)
                continue
        # "| a | Rà soát, chuẩn hóa dữ liệu … |" under "| 1 | Xây dựng cơ sở dữ liệu |": the numbered row's item
        lettered = label and head_id and _ROW_LETTER.fullmatch(label)
        if number is not None or lettered:
            if group_lead and not lead:
                lead, support = group_lead, support or group_support
            if not deadline and group_deadline:
                deadline = group_deadline
            last_row_id = tid = head_id if number is not None else f"{head_id}.{label.rstrip('.)')}"
            inherited = {"lead": lead, "support": support}
            continuation = extra = 0
        elif last is not None and cells and (min(cells) > 0 or (
                last_row_id and not label and (lead_cell is None or lead_cell.end <= lead_cell.start))):
            if filled == [content] and (text[content.start : content.start + 1].islower()
                                        or re.match(r"[-+•–]\s", text[content.start : content.start + 2])):
                # "|  | lên các sàn thương mại điện tử |  |  |": the sentence above goes on (a page broke the row);
                # "|  | - Cụm công nghiệp … |  |": what the row above lists ("…, gồm:")
                out[-1] = last = dataclasses.replace(last, end=content.end,
                                                     text=clean_value(f"{last.text} {text[content.start:content.end]}"))
                continue
            # merged cells on the left: another content row of the numbered row above (a text rendering
            # writes them empty: "|   | Năm 2026 | Số hóa … |   |   | …") — unless the row names a lead of
            # its own: a row left unnumbered, the next after the numbered row's ("3", then "3.1")
            own_lead = bool(lead and inherited.get("lead") and not set(lead) & set(inherited["lead"]))
            if extra or (own_lead and not continuation):
                extra += 1
                tid = f"{last_row_id}.{extra}"
            else:
                continuation += 1
                if continuation == 1:
                    out[-1] = _renamed(out[-1], f"{last_row_id}.1")
                tid = f"{last_row_id}.{continuation + 1}"
            lead = lead or inherited.get("lead", ())
            support = support or inherited.get("support", ())
            if own_lead and extra:
                # (the rows after it that write its cells empty are its: "|  | Bộ Khoa học và Công nghệ | … |" over
                # "|  |  |  | - Nghiên cứu … |", the lead merged over them)
                inherited = {"lead": lead, "support": support}
        elif last_row_id:  # a row left unnumbered after a numbered one: the next after its number
            extra += 1
            tid = f"{last_row_id}.{extra}"
            if lead:
                inherited = {"lead": lead, "support": support}  # (and the rows under it that leave its cells empty)
        else:
            tid = f"{prefix}.{len(out) + 1}"
        # (a content row's letter is its label, as a row's number is: "a) Tổ chức thực hiện …" under row 23)
        at = letter.end() if (letter := _CELL_LETTER.match(text, content.start, content.end)) is not None \
            else content.start
        task = Task(id=tid, text=clean_value(tables.cell_text(text, content)[at - content.start :]), start=at,
                    end=content.end, lead=lead, support=support, deadline=deadline or None,
                    section=prefix, product=product, source="row", deadline_iso=_iso(deadline))
        out.append(task)
        last = task
    return _merged_lead(out) if table.source == "gazette" and lay.col("lead") is not None else out


def _merged_lead(rows: list[Task]) -> list[Task]:
    """A row of the gazette's text that names neither who leads nor who joins shares the cells merged over it and its
    neighbours, which the print wrote once, at their middle: those of the nearest row above in its group that has
    them, or, first in its group, of the nearest below."""
    if sum(1 for t in rows if t.lead) * 2 < len(rows):
        return rows  # (a table whose rows mostly name no one: no cells merged over them)
    out = list(rows)
    for k, t in enumerate(rows):
        if t.lead or t.support:
            continue
        group = t.id.rsplit(".", 1)[0]
        near = [*reversed(out[:k]), *out[k + 1 :]]
        if (by := next((r for r in near if r.lead and r.id.rsplit(".", 1)[0] == group), None)) is not None:
            out[k] = dataclasses.replace(t, lead=by.lead, support=by.support)
    return out


_HEADING_AGAIN = re.compile(r"[\s*_:.]*\n[\s*_]*(?=\S)")  # (past the heading's line, to its paragraph's first word)
# (… or its number, in a table with no column of numbers: "| Sở Kế hoạch và Đầu tư | 1. Thực hiện đăng ký … |")
_CELL_LETTER = re.compile(rf"(?:[a-zđ]\)|\d{{1,2}}\.)[ \t]+(?=[{UPPER}])")
_WHEN_AND_WHAT = re.compile(r"(?:thời\s+(?:gian|hạn)|tiến\s+độ)[^|]*(?:sản\s+phẩm|kết\s+quả)"
                            r"|(?:sản\s+phẩm|kết\s+quả)[^|]*(?:thời\s+(?:gian|hạn)|tiến\s+độ)")
_TIME_WORD = re.compile(r"(?i:tháng|quý|năm|ngày|hằng|hàng|trước|\d)")  # (a range goes on: "Tháng 5 - tháng 7/2021")
_THEN_PRODUCT = re.compile(r"\s+[-–]\s+|\s*;\s*|\s*\n\s*|\s+(?=\()")  # (or "Tháng 9/2025 (Tài liệu …)")


# a group's title that says who leads its rows: "Nhóm nhiệm vụ do Sở Tư pháp chủ trì"
_LED_BY = re.compile(r"\bdo\s+(?P<x>[^()]{3,160}?)\s+(?:chủ\s+trì|thực\s+hiện|chịu\s+trách\s+nhiệm)\b")


def _title_lead(text: str, start: int, end: int) -> tuple[str, ...]:
    """Who a group's title says leads its rows: the body it names ("VỤ PHÁP CHẾ"), "CẢI CÁCH THỂ CHẾ (Sở Tư pháp chủ
    trì)", "Nhóm nhiệm vụ do Sở Tư pháp chủ trì"."""
    if named := agencies.heading_names(text, start, end):
        return tuple(a.text for a in named)
    lead, _ = _lead_support(text, start, end)
    if not lead and (by := _LED_BY.search(text, start, end)) is not None:
        lead = tuple(a.text for a in agencies.listed(text, by.start("x"), by.end("x")))
    return tuple(lead)


def _from_above(cells: dict[int, tables.Cell], own: set[tuple[int, int]], col: int | None) -> bool:
    """Is the row's cell in ``col`` one a merged cell above gave it, not its own?"""
    return col is not None and col in cells and (cells[col].start, cells[col].end) not in own


class _GroupLevels:
    """A table's groups in two levels: letters in order from "A" over numerals that start again under each ("A. NHIỆM
    VỤ HOÀN THIỆN THỂ CHẾ ⏎ I. Xây dựng văn bản … ⏎ II. … ⏎ B. … ⏎ I. …"), each numeral's group named with its
    letter's ("A.I", "B.I"); one level of either, or numerals before any letter, names each group by its label."""

    _ROMAN = re.compile(r"[IVXLC]{1,6}")
    _LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY"

    def __init__(self) -> None:
        self.outer: str | None = None
        self.numerals = False  # a numeral came before any letter: one level

    def _next_letters(self) -> set[str]:
        """The letters the next outer group may take: "A" first, then the one after the last, in the Vietnamese
        alphabet ("D", "Đ") or the Latin ("D", "E")."""
        if self.outer is None:
            return {"A"}
        i = self._LETTERS.find(self.outer)
        return {chr(ord(self.outer) + 1), *self._LETTERS[i + 1 : i + 2]} if i >= 0 else {chr(ord(self.outer) + 1)}

    def nested(self, label: str) -> str:
        if not self.numerals and label in self._next_letters():
            self.outer = label
            return label
        if self._ROMAN.fullmatch(label):
            if self.outer is None:
                self.numerals = True
                return label
            return f"{self.outer}.{label}"
        return label


# a group's label before its title in the one cell of its row: "I. HOÀN THIỆN THỂ CHẾ", "B- Giải pháp"
# (or its roman numeral apart from a title in capitals, no mark between: "I   NÂNG CAO CHẤT LƯỢNG …")
_LABELLED_GROUP = re.compile(r"\W*(?P<n>[IVXLC]{1,6}|[A-ZĐ])(?:\s*[.)\-–]\s+(?=\S)"
                             r"|(?<=[IVXLC])[\s*_]{2,}(?=[A-ZĐÀ-Ỹ]+[\s,]+[A-ZĐÀ-Ỹ]{2,}))")


def _group_column(text: str, rows: Sequence[tables.Row], lay: tables.Layout, number_col: int | None) -> int | None:
    """A column before the rows' numbers whose cells, where not empty, are groups' labelled names ("Lĩnh vực | TT | …"
    with "I. Điện ảnh" over rows 1 and 2): the groups' column."""
    if not number_col:
        return None
    for col in range(number_col):
        if lay.roles[col] not in ("group", "other"):
            continue
        filled = [c for r in rows if (c := r.at(col)) is not None and c.end > c.start]
        if filled and len(filled) < len(rows) and all(_LABELLED_GROUP.match(text, c.start, c.end) for c in filled):
            return col
    return None


_TOTAL = re.compile(r"[\s*_]*(?i:tổng\s+cộng|tổng\s+số|tổng|cộng)[\s*_:]*")


def group_titles(text: str, rows: Sequence[tables.Row], by_agency: bool = False) -> dict[int, tuple[str, int, int]]:
    """The rows (by index) whose one cell is a group's title: the group's id (its label, or ``G1``,
    ``G2`` … in order for those without one) and the title's span (``by_agency``: a table with no column of who
    leads, whose rows an agency's name alone over them groups: "| Sở Nội vụ |")."""
    out: dict[int, tuple[str, int, int]] = {}
    unlabelled = 0
    width = max((len(r.cells) for r in rows), default=0)
    for i, row in enumerate(rows):
        if (one := _group_row(text, row, width, by_agency, first=not i)) is not None:
            unlabelled += one[0] is None
            out[i] = (one[0] or f"G{unlabelled}", one[1], one[2])
    return out


def _group_row(text: str, row: tables.Row, width: int = 0, by_agency: bool = False,
               first: bool = False) -> tuple[str | None, int, int] | None:
    """A row whose one cell names a group of the rows below: its label (``None`` when it has none) and
    the span of its title. A title without a label stands out: in bold, in capitals, or as the row's only
    cell, of words that are neither a deadline nor only agencies (one agency alone may be a task's
    own, its row's other cells merged from above). The table's ``first`` row runs on from no row above: its one
    cell under an empty number is a title however long."""
    filled = [c for c in row.cells if c.end > c.start]
    if len(filled) != 1:
        return None
    c = filled[0]
    raw = text[c.start : c.end]
    plain = " ".join(raw.replace("*", "").split())
    if not plain or _ROW_NUMBER.match(plain) or _GROUP_LABEL.match(plain) or len(plain.split()) > 30:
        return None
    lead_ws = len(raw) - len(raw.lstrip(" *_\n"))
    if (m := _LABELLED_GROUP.match(raw)) is not None:
        return m.group("n"), c.start + m.end(), c.end
    letters = [ch for ch in plain if ch.isalpha()]
    caps = len(letters) >= 4 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8
    if "**" in raw or caps:
        return None, c.start + lead_ws, c.end
    share, named = tables.agency_share(plain)
    # (or the one cell of a row whose number cell is empty, as a page writes a title's row, its bold lost: a short
    # name of a topic, no sentence: "| | Công tác chỉ đạo, điều hành | | | |")
    # (a row of every column: a content row run on from the row above has its merged cells left out)
    # (or its title written once over the columns it spans: "| | Nhóm nhiệm vụ chuyển đổi số |", two cells)
    # (or written in the number's cell, the others left empty: "| **Công tác phổ biến, tập huấn** | | | | |")
    alone = len(row.cells) == 1 or (
        (len(row.cells) >= max(3, width) or len(row.cells) == 2)
        and (row.cells[0].end == row.cells[0].start or (c is row.cells[0] and len(row.cells) >= 3))
        and (len(plain.split()) <= 16 or first)
        and plain[:1].isupper() and not plain.endswith((".", ";", ":", ",")))  # (not a row's words run on)
    if alone and len(plain.split()) >= 3 and (not (named and share > 0.7) or by_agency or _PLACES_TITLE.match(plain)) \
            and tables.cell_cost(plain, "deadline") > 1:
        return None, c.start + lead_ws, c.end
    if (len(row.cells) == 1 or (c is row.cells[0] and len(row.cells) >= 3)) and tables.PERIOD_TITLE.fullmatch(plain):
        # "Năm 2024", "Tháng 01 - 02/2022" alone (or in the number's cell) over rows numbered from 1 again: the
        # period's group
        return None, c.start + lead_ws, c.end
    return None


# a group of places, its places read as bodies: "Khu vực các xã vùng cao, biên giới", "Địa bàn các phường trung tâm"
# (not a region's office: "Khu vực I")
_PLACES_TITLE = re.compile(r"(?:Khu\s+vực|Vùng|Địa\s+bàn)\s+(?:các\s+)?[a-zđà-ỹ]")


def _next_body_line(cell: str) -> int | None:
    """Where a cell's first body ends, at a line the next body opens (not "Sở Nông nghiệp và ⏎ Môi trường", one name
    the wrap cut)."""
    for nl in (m.start() for m in re.finditer(r"\n", cell)):
        if not re.search(r"(?:\bvà|[,;&-])\s*$", cell[:nl]) and agencies.opens_with_agency(cell, nl + 1, len(cell)) \
                and len(agencies.find(cell, 0, nl)) == 1:
            return nl
    return None


_BOTH_ROLES = re.compile(r"chủ\s+trì\s*(?:/|,|và|-|;)\s*(?:cơ\s+quan\s+|đơn\s+vị\s+)?phối\s+hợp")
# a cell's slash between who leads and who joins, the column's header parted so ("Cơ quan chủ trì/phối hợp")
_ROLES_PARTED = re.compile(rf"[ \t]*/[ \t]*(?=[{UPPER}])")
_BARE_LEAD = re.compile(r"(?<=[\wÀ-ỹ])[ \t]+chủ\s+trì(?![\wÀ-ỹ])")
_SUPPORT_IN_CELL = re.compile(r"[,;.\s(]\s*(?:[Cc]ơ\s+quan\s+|[Đđ]ơn\s+vị\s+)?[Pp]hối\s+hợp(?:\s+với)?\s*:?\s*")


def _cell(cells: dict[int, tables.Cell], col: int | None) -> tables.Cell | None:
    return cells.get(col) if col is not None else None


def _renamed(t: Task, tid: str) -> Task:
    from dataclasses import replace

    return replace(t, id=tid)


def _alone_on_line(text: str, m: re.Match[str]) -> bool:
    """Does ``m`` stand on a line of its own, only markup around it ("**PHỤ LỤC II**")?"""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return not text[line_start : m.start()].strip(" \t*_#") \
        and not text[m.end() : len(text) if line_end < 0 else line_end].strip(" \t*_.:")


def _prefix(text: str, node: Node, root: Node) -> str:
    """``PL1`` for a table in "PHỤ LỤC I", ``PL`` in an appendix without a number and for a table in
    the body: a table's rows are numbered as a table's, wherever it stands."""
    title = root.heading if root.kind == "scope" and root.scope is not None and root.scope.kind == "attachment" else ""
    head = text[max(root.start, node.start - 1500) : node.start]
    # (… or an appendix's title on a line of its own far above, the table's header begun again after a page's break)
    found = list(_APPENDIX.finditer(head)) \
        or [m for m in _APPENDIX.finditer(text, root.start, node.start) if _alone_on_line(text, m)] \
        or list(_APPENDIX.finditer(title))
    if found:
        n = found[-1].group("n")
        return f"PL{_arabic(n)}" if n else "PL"
    return "PL"


def _arabic(n: str) -> int:
    if n.isdigit():
        return int(n)
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(n.upper()):
        v = values.get(ch, 0)
        total += -v if i + 1 < len(n) and values.get(n[i + 1].upper(), 0) > v else v
    return total


def _is_header_repeat(text: str, row: tables.Row, lay: tables.Layout, header: frozenset[str]) -> bool:
    """The header printed again (on a new page): the header's own cells, or short cells naming columns —
    not a row's sentences ("Phối hợp tổ chức tìm kiếm cứu nạn | Khi có tình huống | Báo cáo kết quả")."""
    cells = [text[c.start : c.end] for c in row.cells if c.end > c.start]
    if any(len(c.split()) > 8 for c in cells):
        return False
    ours = [fold(c.replace("*", "")) in header for c in cells]
    if header and sum(ours) >= max(2, len(cells) - 1):
        return True
    named = [tables.column_role(c) for c in cells]
    if header and any(r != "other" and not own for r, own in zip(named, ours, strict=True)):
        return False  # a cell that reads like a column's name but is none of this header's
    return len(named) >= 2 and sum(1 for r in named if r != "other") >= max(2, len(named) - 1)


def _cell_agencies(text: str, cell: tables.Cell | None, start: int | None = None,
                   end: int | None = None) -> tuple[str, ...]:
    """The agencies a cell (or the part ``start:end`` of it) names, one per name of a shared list
    ("Các Sở: Tài chính, Nội vụ")."""
    if cell is None or cell.end <= cell.start:
        return ()
    if cell.more is not None and start is None and end is None:
        whole = tables.cell_text(text, cell)  # (a page broke it: its words on both sides, read as one)
        return _cell_agencies(whole, tables.Cell(0, len(whole), cell.col))
    start, end = (cell.start if start is None else start), (cell.end if end is None else end)
    shared = agencies.shared_lists(text, start, end)
    found = [*shared, *(a for a in [*agencies.collectives(text, start, end), *agencies.find(text, start, end)]
                        if not any(x.start <= a.start < x.end for x in shared))]
    found += agencies.initials(text, start, end, besides=found)
    found.sort(key=lambda a: a.start)
    names: list[str] = []
    taken_end = -1
    last: agencies.AgencyMention | None = None
    for a in found:
        if a.start < taken_end:
            continue
        if a in shared:
            names.append(a.text)
            taken_end = a.end
            continue
        if last is not None and re.fullmatch(r"\s*\(\s*", text[last.end : a.start]):
            continue  # "Cục Bảo vệ thực vật (Bộ Nông nghiệp và Phát triển nông thôn)": whose it is, no partner
        a = agencies.as_each_place(a)  # ("Trung tâm Kiểm soát bệnh tật các tỉnh Gia Lai, Đắk Lắk": read whole)
        if (per := agencies.each_place_listed(text, a, end)) and len(per) > 1:
            names.extend(x.text for x in per)  # "UBND các huyện: Nam Trà My, Tây Giang": each one
            taken_end = per[-1].end
            continue
        if a.collective and (longer := next((x for x in found if x.start == a.start and x.end > a.end
                                             and not x.collective), None)) is not None:
            a = longer  # "UBND các huyện, ⏎ thành phố Cà Mau": the city the collective names, read whole
        # "Trung tâm Xúc tiến thương mại", "Vụ Thị trường trong nước"
        a = agencies.cell_extended(text, agencies.tail_extended(text, a, end), end)
        a = agencies.with_shared_body(last, a)
        parts = agencies.parent_run_on(text, a, start, end)  # ("Cục A Bộ B" run together, when A stands alone)
        names.extend(x.text for part in parts for x in agencies.split_shared(part))
        taken_end = a.end
        last = a
    return _unique(names)


# ---- news items ---------------------------------------------------------------------------------


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def from_announcement(text: str) -> tuple[list[Task], list[Diagnostic]]:
    """``… bao gồm 13 nội dung chính: A; B; …; M.`` → 13 tasks, or a diagnostic when the count
    written differs from the items found."""
    m = _COUNT.search(text)
    if m is None:
        return [], []
    stated = int(m.group("n"))
    # (to the paragraph's end: a copy may wrap its lines)
    end = (blank.start() if (blank := _BLANK_LINE.search(text, m.end())) is not None else len(text))
    # items are separated by ";" and each opens with a capital; a piece that opens in lower case
    # continues the item before it ("Công tác tuyên truyền biển đảo; phân giới, cắm mốc …")
    spans: list[list[int]] = []
    for piece in re.finditer(r"[^;]+", text[m.end() : end]):
        s, e = m.end() + piece.start(), m.end() + piece.end()
        first = next((c for c in text[s:e] if c.isalpha()), "")
        if spans and first.islower():
            spans[-1][1] = e
        else:
            spans.append([s, e])
    items: list[Task] = []
    for s, e in spans:
        raw = text[s:e]
        lead_ws = len(raw) - len(raw.lstrip())
        value = clean_value(raw).rstrip(".")
        if value.startswith(("“", '"')) and value.endswith(("”", '"')):
            value = value[1:-1].strip()
        if value:
            items.append(Task(id=str(len(items) + 1), text=value, start=s + lead_ws,
                              end=s + len(raw.rstrip().rstrip(".")), section=None, source="announcement"))
    diags = []
    if len(items) != stated:
        diags.append(Diagnostic("W201", f"the text announces {stated} items but lists {len(items)}",
                                m.start(), end))
    return items, diags

