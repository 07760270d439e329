"""Stage 3d: the units a document makes responsible, with their duties.

Read from the document tree. A unit is named

* by a heading in an organisation section ("III. TỔ CHỨC THỰC HIỆN / 1. Sở Tư pháp"), in a task
  section organised by agency ("1. Sở Y tế: a) …"), or in the operative part of a decision,
  directive, Công điện or resolution that addresses agencies item by item ("1. Bộ Công an: …");
* as the subject that opens a paragraph or a "-" item there ("Sở Giáo dục và Đào tạo chủ trì …",
  "Đề nghị Ủy ban Mặt trận Tổ quốc …", "Giao Công an tỉnh …").

A heading that names several agencies gives one unit each; collective units stay whole; an
office-holder's title is stripped to the body ("Bộ trưởng Bộ Công an" → Bộ Công an). The execution
clause of a decision ("… chịu trách nhiệm thi hành Quyết định này") names no units.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from parsers import agencies, tables, vocab
from parsers.models import Duty, Metadata, Unit
from parsers.repair import repair_phrase
from parsers.structure import JOINING_END
from parsers.tasks import (
    _ADOPTS_TASKS,
    _INSTRUCTIONS,
    _PARTNERS,
    _PLAN_WORDS,
    deadline_phrases,
    deadline_value,
    partners_listed,
)
from parsers.text import ADDRESSEES, LOWER, MOTTO_RE, UPPER, clean_value, fold
from parsers.tree import TAKES_OBJECT_END, Node, Tree, first_line

# the issuer speaking: it names the assignee ("Ủy ban nhân dân tỉnh giao Sở …") or enacts the act
# ("Hội đồng nhân dân Thành phố ban hành Nghị quyết …")
_ISSUER_SPEAKS = re.compile(r"\s*(?:giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo\s+các|ủy\s+quyền|phân\s+công"
                            # (the speaker of the conclusions weighing in: "2. Ban Bí thư nhấn mạnh: …")
                            r"|nhấn\s+mạnh|lưu\s+ý|biểu\s+dương|ghi\s+nhận|đánh\s+giá\s+cao"
                            r"|ban\s+hành\s+(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Kế\s+hoạch|Chương\s+trình"
                            r"|Đề\s+án|Quy\s+chế|Quy\s+định|Hướng\s+dẫn)|quyết\s+nghị|quyết\s+định(?!\s+số))\b")
_ENACTS = re.compile(r"(?:xây\s+dựng|ban\s+hành)\s+(?:Kế\s+hoạch|Chương\s+trình|Hướng\s+dẫn|Quy\s+chế|Quy\s+định)"
                     r"[^.;:]{0,200}?\s+như\s+sau")
_ABBR = re.compile(r"\s*\((?P<abbr>[A-ZĐ][A-ZĐ0-9&\-.]{1,12})\)")
# the closing article that names who carries the act out: "Chánh Văn phòng …, Giám đốc các Sở … chịu
# trách nhiệm thi hành Quyết định này"; with "có trách nhiệm" only when office-holders open it (bodies
# opening "Chính phủ, Ủy ban nhân dân … có trách nhiệm tổ chức thi hành" are assigned the work)
_THIS_ACT = (r"(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|Công\s+điện|văn\s+bản)"
             r"(?:\s+liên\s+tịch)?\s+này")  # ("Thông tư liên tịch này": a joint circular's)
# (… before whom, and for what: "… chịu trách nhiệm trước Thủ tướng Chính phủ về việc tổ chức thực hiện nghiêm túc
# Chỉ thị này./.")
_EXECUTION = re.compile(rf"chịu\s+trách\s+nhiệm\s+(?:trước\s+[^.;]{{1,60}}?\s+về\s+việc\s+)?"
                        rf"(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:thi\s+hành|thực\s+hiện)"
                        rf"(?:\s+(?:nghiêm\s+túc|nghiêm|có\s+hiệu\s+quả|đúng|kịp\s+thời))?\s+{_THIS_ACT}"
                        # (not a body's share of it where it governs: "Sở Nông nghiệp và Môi trường các tỉnh … chịu
                        # trách nhiệm tổ chức thực hiện Thông tư này tại địa phương")
                        r"(?!\s+(?:tại|trên|ở)\s+(?:địa\s+phương|địa\s+bàn))"
                        r"|tổ\s+chức\s+thực\s+hiện\s+Quyết\s+định\s+này"
                        # "… các cơ quan, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./."
                        r"|căn\s+cứ\s+(?:Quyết\s+định|Nghị\s+quyết|Thông\s+tư|Chỉ\s+thị)(?:\s+này)?\s+(?:để\s+)?thi\s+hành"
                        r"|chịu\s+trách\s+nhiệm\s+thi\s+hành\s*[./]", re.I)
# a directive's closing paragraph: "Yêu cầu Giám đốc các sở … nghiêm túc thực hiện Chỉ thị này"
# (… or a plan's: "… nghiêm túc triển khai thực hiện Kế hoạch này./.")
_CLOSING = re.compile(rf"nghiêm\s+túc\s+(?:triển\s+khai\s+|tổ\s+chức\s+)?thực\s+hiện\s+"
                      rf"(?:{_THIS_ACT}|(?:Kế\s+hoạch|Chương\s+trình)\s+này)"
                      # (… or what the letter asked, no object named: "… các đơn vị thuộc Bộ nghiêm túc triển khai thực
                      # hiện; định kỳ …")
                      r"|nghiêm\s+túc\s+(?:triển\s+khai\s+|tổ\s+chức\s+)?thực\s+hiện[ \t]*(?=[;.]|\n|$)"
                      # ("… chịu trách nhiệm tổ chức thực hiện nghiêm túc, hiệu quả Chỉ thị này./.")
                      rf"|thực\s+hiện\s+nghiêm(?:\s+túc)?(?:\s*,\s*(?:hiệu\s+quả|kịp\s+thời))?\s+{_THIS_ACT}", re.I)
# a definition, not an assignment: "Ban Quản lý … (sau đây gọi tắt là Ban Quản lý) là cơ quan …"
# (… or its standing and how it works: "Ban Quản lý có tư cách pháp nhân, có con dấu …", "… chịu sự chỉ đạo,
# quản lý …", "Hội đồng làm việc theo chế độ kiêm nhiệm", "Ban Chỉ đạo tự giải thể …", "Tổ công tác sử dụng con
# dấu của …", "Văn phòng Ban Chỉ đạo đặt tại Sở Tài chính …")
_GIVEN_BEFORE = re.compile(r"\s+được\s+(?:giao|phân\s+công|phân\s+cấp|ủy\s+quyền)\s")  # (passive: no work given here)
_DEFINES = re.compile(r"(?P<tail>(?:,?\s+[\wÀ-ỹ]+){0,10}?)[\s,]*(?:\([^)]{0,120}\)\s*)?"
                      r"(?:(?<!nhất\s)(?<!tức\s)là|có\s+tư\s+cách\s+pháp\s+nhân|chịu\s+sự\s+chỉ\s+đạo|(?:làm\s+việc|hoạt\s+động)\s+theo"
                      r"\s+(?:chế\s+độ|nguyên\s+tắc)|tự\s+giải\s+thể|(?:được\s+)?sử\s+dụng\s+con\s+dấu"
                      r"|đặt\s+(?:tại|trụ\s+sở))(?![\wÀ-ỹ])"
                      # "… là cơ quan đầu mối, chủ trì …" gives the body a role: that is an assignment
                      rf"(?!{agencies.ROLE_GIVEN.pattern})")


# (an urgency word: "… là cơ quan hành chính …, thực hiện chức năng …" still defines)
_THEN_WORK = re.compile(r",\s*(?:khẩn\s+trương|chủ\s+động|tập\s+trung|kịp\s+thời|cần|phải)\s+")


# a committee's member, named by the post held in it: "12. Chủ tịch Ủy ban nhân dân các huyện - Thành viên"
# (… its parent after its name: "3. Ông Lê Hoàng Nam, Phó Cục trưởng Cục Hải quan, Bộ Tài chính - Tổ phó;")
_MEMBER = re.compile(rf"(?:,[^;:.–-]{{1,120}}?)?[ \t]*[-–:][ \t]*(?:{agencies.COMMITTEE_POST}"
                     r"|(?:Phó\s+)?Chủ\s+tịch\s+Hội\s+đồng)(?![\wÀ-ỹ])", re.I)

# … unless the member's duties follow the post: "Đồng chí …, Phó Giám đốc Sở Y tế – Ủy viên: phụ trách Dự án 7 …"
_DUTIES_AFTER_POST = re.compile(r"[^:.;]{0,60}:[\s*_]*[\wÀ-ỹ]")

# the posts of a committee heading its members: "TRƯỞNG BAN VÀ CÁC PHÓ TRƯỞNG BAN", "CÁC ỦY VIÊN BAN CHỈ ĐẠO"
_POSTS = re.compile(rf"[\s*_]*(?:(?:các\s+)?{agencies.COMMITTEE_POST}(?:\s+thường\s+trực)?"
                    r"(?:\s*(?:,|và)\s*|\s+|(?=[\s*_:.]*$)))+"
                    r"(?:(?:ban\s+chỉ\s+đạo|hội\s+đồng|tổ\s+công\s+tác|ban)(?:\s+[^\n:]{0,60})?)?[\s*_:.]*", re.I)

# (the committee's own head, "– Trưởng ban:", speaks for the committee: no unit of its body)
_CHAIR = re.compile(r"(?<!Phó\s)(?<!phó\s)Trưởng\s+ban\s*$", re.I)

# the chair's assessment, no work given: "1. Thường trực Tỉnh ủy ghi nhận, đánh giá cao …"
# (agreeing with what was put to it, not agreeing on a plan among the bodies asked: "Ủy ban nhân dân tỉnh Quảng Ninh
# và thành phố Hải Phòng thống nhất phương án đầu tư …" is their work)
_EVALUATES = re.compile(r"[\s,]*(?:ghi\s+nhận|đánh\s+giá\s+cao|biểu\s+dương|hoan\s+nghênh"
                        r"|(?:cơ\s+bản\s+)?(?:thống\s+nhất|đồng\s+ý|nhất\s+trí)(?:\s+(?:cao|về|với|chủ\s+trương|đề\s+nghị|đề\s+xuất|nội\s+dung|báo\s+cáo|ý\s+kiến"
                        r"|kết\s+quả|thông\s+qua|đánh\s+giá|nguyên\s+tắc|(?:sự\s+)?cần\s+thiết|các|những)"
                        r"|\s*[:.,;]))\b", re.I)


# what the subject did, an account, not work given: "1. Các sở, ngành đã tích cực triển khai …", "Bộ Y tế vừa ban
# hành …"
# (or what it told the meeting, a colon before its words: "Sở NN&PTNT báo cáo: tổng thiệt hại …", "UBND huyện Lục Yên
# cho biết: …" — not "Sở Tài chính báo cáo Ủy ban nhân dân tỉnh …", work given)
_DID = re.compile(r"[\s,]*(?:(?:đã|vừa)\s+(?!được\s+giao)"
                  r"|(?:báo\s+cáo|cho\s+biết|trình\s+bày|phát\s+biểu|giải\s+trình)[ \t]*:)", re.I)


# the subject is handed its role: "Giao Văn phòng Điều phối … là cơ quan giúp việc Ban Chỉ đạo …" is no definition
_HANDED = re.compile(r"(?<![\wÀ-ỹ])(?:Giao|Đề\s+nghị|Yêu\s+cầu|Phân\s+công)(?:\s+(?:cho|nhiệm\s+vụ\s+cho))?[ \t]*$",
                     re.I)


def _no_work(text: str, pos: int, end: int, opens: int | None = None) -> bool:
    """Does what follows the subject at ``pos`` give it no work: a definition, an assessment, a member's post?
    (A subject handed its role by the word before it, at ``opens``, is not defined: it is given work.)"""
    handed = opens is not None and _HANDED.search(text, max(0, opens - 30), opens) is not None
    return (not handed and _defines(text, pos, end)) or _EVALUATES.match(text, pos, end) is not None \
        or _DID.match(text, pos, end) is not None or _a_members_post(text, pos, end)


def _a_members_post(text: str, pos: int, end: int) -> bool:
    """Is the subject at ``pos`` a committee's member by its post, with no duties of its own after it ("… - Thành
    viên;"), or the committee's head, who speaks for it ("… – Trưởng ban: …")?"""
    member = _MEMBER.match(text, pos, end)
    return member is not None and (_DUTIES_AFTER_POST.match(text, member.end(), end) is None
                                   or _CHAIR.search(member.group(0)) is not None)


def _defines(text: str, pos: int, end: int) -> bool:
    """Is the subject at ``pos`` defined ("… (sau đây gọi tắt là Ban Quản lý) là cơ quan …"), the name
    perhaps going on in small letters before it, rather than given work?"""
    m = _DEFINES.match(text, pos, end)
    # (what the bodies were given, passive, is no work they are given here: "… Ủy ban nhân dân các xã được giao quản
    # lý điểm tham quan là tổ chức thu phí")
    if m is None or (agencies.verbs_re().search(m.group("tail")) is not None
                     and _GIVEN_BEFORE.match(m.group("tail")) is None):
        return False
    # "… Gia Lai là các địa phương có tỷ lệ giải ngân thấp, khẩn trương xây dựng …": the sentence goes
    # on to give the work
    sentence = re.match(r"[^.;:]*", text[m.end() : end])
    if sentence is not None and text[m.end() + sentence.end() : m.end() + sentence.end() + 1] == ":":
        # "… Quảng Trị, Huế là những địa phương đang có nguy cơ cháy rừng …: ⏎ a) Khẩn trương …": a heading over
        # the work its items give
        return False
    return not any(agencies.verbs_re().match(text, m.end() + c.end(), end)
                   for c in _THEN_WORK.finditer(sentence.group(0) if sentence else ""))
_OFFICE_EXECUTION = re.compile(
    rf"[\W\d]*(?:(?:Điều|ĐIỀU)\s+\d+\W*)?(?:Chánh\s+Văn\s+phòng|Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Bộ\s+trưởng"
    rf"|(?:Tổng\s+)?[Cc]ục\s+trưởng|Vụ\s+trưởng|Chánh\s+Thanh\s+tra)"
    # (… or "thi hành" alone: "Chánh Văn phòng …, Giám đốc Công an tỉnh … và các đơn vị có liên quan thi hành Quyết
    # định này." — not "Bộ Nội vụ hướng dẫn thi hành Nghị định này")
    rf"[^.]*?(?:có\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)"
    rf"|(?<![\wÀ-ỹ])(?<!dẫn\s)(?<!đốc\s)(?<!dõi\s)(?<!tra\s)(?<!việc\s)thi\s+hành)\s+{_THIS_ACT}",
    re.I)


_SENTENCE_END = re.compile(r"(?<=[.])[ \t*_]*(?:\n|\Z)")  # (… or the text's end)


def _executes(text: str, start: int, end: int) -> bool:
    return _EXECUTION.search(text, start, end) is not None or _OFFICE_EXECUTION.match(text, start, end) is not None


# roles whose sections never hold units: what the plan is for, where it stands, what it measures
_NO_UNITS = ("purpose", "targets", "situation", "scope", "appendix", "funding", "roadmap")
# documents that address agencies item by item without a "Tổ chức thực hiện" heading
_ADDRESSING = ("công điện", "chỉ thị", "công văn", "thông báo", "thông báo kết luận", "kết luận", "nghị quyết",
               "quyết định", "thông tri", "kế hoạch", "văn bản hợp nhất")


def extract(text: str, tree: Tree, meta: Metadata | None = None) -> list[Unit]:
    out: list[Unit] = []
    addressing_document = meta is not None and fold(meta.type or "") in _ADDRESSING
    issuer = meta.issuer if meta is not None else None
    named: set[int] = set()  # the items that named a unit
    labels: dict[str | None, tuple[int, int]] = {}  # the headings that are a group's label over its members
    groups: dict[int, bool] = {}  # whether an item's heading is such a label, read once per item

    def is_label(item: Node) -> bool:
        if id(item) not in groups:
            groups[id(item)] = _group_label(text, item)
        return groups[id(item)]

    for root in tree.roots:
        # a decision addresses agencies in its articles; what it issues (a procedure, a regulation,
        # an appendix) does so only in a section that assigns work
        scope = root.scope
        attached = scope is not None and scope.kind == "attachment"
        addressing = addressing_document and (not attached or fold((scope.type or "") if scope else "") in _ADDRESSING)
        # a directive's or a notice's "NHIỆM VỤ THỜI GIAN TỚI" addresses agencies as its other parts do
        kind = fold((scope.type if attached and scope else None) or (meta.type if meta else None) or "")
        # … and a regulation's "Chương II. NỘI DUNG VÀ HÌNH THỨC PHỐI HỢP" is procedure, no plan's work
        # (… and a resolution on no plan, with no part to organise one: "Phiên họp Chính phủ thường kỳ tháng 9 ⏎ … 2. Về
        # nhiệm vụ, giải pháp …")
        no_plan_work = (addressing and (kind in _INSTRUCTIONS or (
            kind == "nghị quyết" and not _on_plan(meta) and not any(n.role == "organisation" for n in root.walk())))) \
            or kind in _REGULATIONS
        for node in root.walk():
            if node.kind in ("scope", "table"):
                continue
            role = None if no_plan_work and node.role in _WORK else node.role
            if role is None and no_plan_work and node.role in _WORK and node.kind in _ADDRESSED_ITEMS \
                    and (over := tree.parent(node)) is not None and _DUTIES_OF_EACH.match(over.heading or ""):
                # a regulation's clause "3. Nhiệm vụ của các tổ chức thuộc Sở: ⏎ a) Ban Thi đua - Khen thưởng tham mưu
                # …": the duties of each body, item by item — as "Trách nhiệm của …" assigns them
                role = "organisation"
            if role in (None, "functions") and not addressing and kind in _REGULATIONS \
                    and node.kind in _ADDRESSED_ITEMS and _ASKS.match(text, node.body_start, node.head_end) is not None:
                role = "organisation"  # a regulation's clause "1. Đề nghị Bảo hiểm xã hội Việt Nam phối hợp …": asked
            if role == "reporting" and addressing and kind in _INSTRUCTIONS:
                role = None  # a letter's item on reporting asks its bodies for reports, as its other items ask
            if role == "funding" and addressing and kind in _INSTRUCTIONS \
                    and agencies.opens_with_agency(text, node.body_start, node.head_end):
                # ("III. BẢO ĐẢM THUỐC, VẮC XIN, KINH PHÍ VÀ TRUYỀN THÔNG ⏎ 1. Cục Quản lý Dược chủ trì …": a
                # directive's part on the means asks the bodies its items open with, as its other parts do)
                role = None
            if node.kind in ("bullet", "plus") and (group := tree.parent(node)) is not None \
                    and is_label(group) and _assigns(tree, group, addressing, role):
                # "2. Các sở, ngành khác: ⏎ - Sở Du lịch: hướng dẫn …": a group's label over its members, each given its
                # duties — the members are the units, not the label
                members = _named(text, tree, node, group.id, paragraph=True, issuer=issuer)
                out.extend(members)
                if members:
                    labels[group.id] = (group.body_start, group.head_end)
                continue
            if not _assigns(tree, node, addressing, role):
                continue
            if _unit_speaks(text, tree, node, named):
                continue
            regarding = _regarding(text, tree, node, named)
            if node.kind in ("bullet", "plus"):
                # a "-" item whose subject is an agency ("- Sở Y tế chủ trì …"; "+ Sở Nội vụ: …" among a committee's
                # members given their duties)
                if not regarding and (role in ("organisation",) or (
                        addressing and (role is None or _members_duties(tree, node)))):
                    out.extend(_named(text, tree, node, _section_id(tree, node), paragraph=True, issuer=issuer))
                continue
            found = [] if regarding else _named(text, tree, node, node.id, paragraph=False, issuer=issuer)
            if any(not agencies.is_generic(u.name) for u in found):
                named.add(id(node))  # ("TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ" names no one whose work goes on)
            out.extend(found)
            # (and an item on reporting among the duties: "5. Chế độ báo cáo ⏎ Các sở, ngành … báo cáo …")
            if role in ("organisation", "reporting") or (addressing and role is None):
                paragraphs = _paragraph_units(text, tree, node, _sibling_section(tree, node), issuer)
                if node.kind in _ADDRESSED_ITEMS and node.children and _OVER_ITEMS.search(
                        text, node.head_end, node.children[0].start) is not None \
                        and any(u.section == node.id and not agencies.is_generic(u.name) for u in paragraphs):
                    # ("1. Lĩnh vực giáo dục ⏎ Giám đốc Sở Giáo dục và Đào tạo chủ trì …: ⏎ a) … b) Chỉ đạo các cơ sở
                    # …": the unit a paragraph under the heading names passes work on as the heading's would)
                    named.add(id(node))
                out.extend(paragraphs)
        if addressing or any(n.role == "organisation" for n in root.walk()):
            out.extend(_top_paragraphs(text, tree, root, addressing, issuer))
        for node in root.walk():
            if node.kind == "table" and node.table is not None:
                out.extend(_table_groups(text, node, root))
                if node.role == "organisation":
                    out.extend(_duty_rows(text, tree, node))
    # "1. Trách nhiệm của các sở, ngành: a) Sở Tài chính … b) Sở Nội vụ …": a collective heading whose
    # items name its members is their title, not a unit of its own
    # ("2. Đối với các địa phương: ⏎ Chủ tịch Ủy ban nhân dân các tỉnh …": the same, in a paragraph)
    below = _titles_of_members(text, tree, out)[0]
    out = [u for u in out if not (u.collective and u.section in labels
                                  and labels[u.section][0] <= u.start < labels[u.section][1])]
    out = [u for u in out if not (u.collective and _ROLE_TITLE.search(text, max(0, u.start - 60), u.start)
                                  and (u.section in below or (
                                      re.match(r"[\s*_]*:[\s*_]*\n", text[u.end : u.end + 8]) is not None
                                      and any(v.section == u.section and v.start > u.end for v in out))))]
    # ("2. Các bệnh viện công lập và ngoài công lập … ⏎ Đối với các bệnh viện còn lại: ⏎ - …": the rest of the
    # heading's own collective, a part of the unit it names)
    out = [u for u in out if not (u.collective and _THE_REST.search(u.name)
                                  and any(v.collective and v.section == u.section and v.end <= u.start for v in out))]
    out = _under_own_title(text, tree, out)
    # the body whose conclusions the document states, speaking in them ("KẾT LUẬN của Ban Thường vụ Tỉnh ủy … ⏎ 2. Ban
    # Thường vụ Tỉnh ủy yêu cầu các cấp ủy …"): it asks, it is given no work
    speakers = _speakers(text, meta)
    out = [u for u in out if fold(u.name) not in speakers or _ISSUER_SPEAKS.match(text, u.end) is None]
    # the act's own enacting words, whoever speaks them ("Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện Nghị quyết
    # như sau:" in a plan the Tỉnh ủy issues): no work of the body's
    out = [u for u in out if not (len(u.duties) == 1 and _ENACTS.fullmatch(u.duties[0].text))]
    out = _not_each_of_heading(out)
    # ("1. Các sở, ban, ngành tỉnh ⏎ a) Sở Công Thương: … ⏎ b) Sở Thông tin và Truyền thông: …": a heading of the
    # collective alone over items that each name one of its members is their title too)
    # (a body of its own the heading names is a unit still: "5. Sở Ngoại vụ, Ủy ban về người Việt Nam ở nước ngoài ⏎
    # 5.1. Sở Ngoại vụ …")
    every = _titles_of_members(text, tree, out)[1]
    out = [u for u in out if not (u.collective and u.section in every and _names_alone(text, u, out))]
    if meta is not None and meta.issuer:
        # "Cục Thuế có kế hoạch …" opening a notice of the Cục Thuế: the issuer speaking of itself (in
        # a numbered clause of its own regulation it may well give itself work)
        # (in a letter, a telegram or a directive, wherever it speaks: "3. Bộ Tài chính sẽ tổng hợp, báo cáo …" in the
        # Bộ's letter, "Chính phủ thống nhất …" in its resolution — a plan's issuer may well give itself work, and a
        # notice reports another's conclusions)
        speaks = fold(meta.type or "") in _SPEAKING
        out = [u for u in out if (u.section is not None and not speaks) or not _is_issuer(u.name, meta.issuer)]
    return _dedupe(out, [*tree.quotes, *_recipients(text)])


_SPEAKING = ("công văn", "công điện", "chỉ thị", "văn bản", "nghị quyết")


def _not_each_of_heading(out: list[Unit]) -> list[Unit]:
    """"7. Ủy ban nhân dân các tỉnh, thành phố … có dự án đi qua: ⏎ a) Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực
    tiếp chỉ đạo …": the item below speaks of each of the heading's bodies, the same unit (not "Ủy ban nhân dân huyện
    Lộc Ninh" under "Ủy ban nhân dân các huyện", one of them by its name)."""
    heads = {(u.section, fold(_EACH.sub(" ", u.name))) for u in out if u.collective and u.section}
    if not heads:
        return out
    keep = []
    for u in out:
        parts = (u.section or "").split(".")
        name = fold(u.name)
        if not any(h.startswith(name) and len(h) > len(name) for k in range(1, len(parts))
                   for sec, h in heads if sec == ".".join(parts[:k])):
            keep.append(u)
    return keep


_EACH = re.compile(r"\s+(?i:các)\s+")


_THE_REST = re.compile(r"(?<![\wÀ-ỹ])còn\s+lại$")


def _titles_of_members(text: str, tree: Tree, out: list[Unit]) -> tuple[set[str], set[str]]:
    """The sections whose items mostly name units of their own: a collective their heading names is
    the title over its members ("Điều 15. Trách nhiệm của các bộ, cơ quan ngang bộ khác ⏎ 1. Bộ Công an …
    2. Bộ Ngoại giao …"), not the actor of items that only state its duties ("Điều 16. Trách nhiệm của
    Ủy ban nhân dân các tỉnh … ⏎ 1. Xây dựng … 2. Chỉ đạo … 3. Ủy ban nhân dân các thành phố: …", its first item its own
    work: "I. ĐỐI VỚI ỦY BAN NHÂN DÂN CÁC TỈNH ⏎ 1. Tập trung chỉ đạo … 2. Sở Nông nghiệp …: … 3. Sở Công Thương …")."""
    sections = {u.section for u in out if u.section}
    titles = set()
    every = set()  # (… and those whose items all name units of their own)
    for root in tree.roots:
        for node in root.walk():
            # (the bodies a heading's own lines name, "Đối với Sở Xây dựng: ⏎ … ⏎ Đối với UBND các huyện: ⏎ - …", carry
            # its id: they are the item's own units, not members under a title)
            items = [c for c in node.items() if c.kind not in ("bullet", "plus") and c.id != node.id]
            if node.id and items and 2 * sum(1 for c in items if c.id in sections) >= len(items) \
                    and items[0].id in sections \
                    and not any(c.id not in sections and _OWN_DUTY.match(text, c.body_start, c.head_end)
                                for c in items):
                # (not when an item of no unit states the heading's bodies' own work: "Điều 15. Trách nhiệm của các
                # bộ, cơ quan ngang bộ … ⏎ 1. Trong phạm vi chức năng, nhiệm vụ, phối hợp với Bộ Tài chính hướng dẫn
                # … ⏎ 2. Bộ Công an, Bộ Xây dựng …")
                titles.add(node.id)
                if len(items) >= 2 and all(c.id in sections for c in items):
                    every.add(node.id)
    return titles, every


# an item that opens with what the heading's bodies do, within their remit
_OWN_DUTY = re.compile(r"[\s*_]*(?:(?:Trong\s+phạm\s+vi|Theo)\s+chức\s+năng,\s+nhiệm\s+vụ(?:,\s+quyền\s+hạn)?(?:\s+được"
                       r"\s+giao|\s+của\s+mình)?,\s*)(?:chủ\s+trì|phối\s+hợp|hướng\s+dẫn|tổ\s+chức|chỉ\s+đạo|thực\s+hiện)")


_TITLED_BEFORE = re.compile(r"(?:Trách\s+nhiệm|Nhiệm\s+vụ)[^\n]*$", re.I)


def _under_own_title(text: str, tree: Tree, out: list[Unit]) -> list[Unit]:
    """"Điều 106. Trách nhiệm … của cơ quan hải quan ⏎ 1. Cơ quan hải quan có trách nhiệm …": the body the
    title made responsible, opening its clauses, is the article's unit still."""
    titled = {n.id for root in tree.roots for n in root.walk()
              if n.id and _TITLE_OF.match(text, n.body_start, n.head_end) is not None}
    by: dict[str, list[str]] = {}
    for u in out:
        if u.section in titled:
            by.setdefault(u.section, []).append(fold(u.name))
    keep = []
    for u in out:
        parts = (u.section or "").split(".")
        name = fold(u.name)
        # ("Cơ quan thuế có trách nhiệm …" under "… của cơ quan thuế quản lý trực tiếp": the same body, shorter)
        if not any(t.startswith(name) or name.startswith(t) for k in range(1, len(parts))
                   for t in by.get(".".join(parts[:k]), ())) \
                or _TITLED_BEFORE.search(text, text.rfind("\n", 0, u.start) + 1, u.start) is not None \
                or re.match(r"[\s*_]*:", text[u.end : u.end + 6]) is not None:  # "1. Vụ Tổ chức cán bộ:" heads it
            keep.append(u)
    return keep


# a role handed to the body named before: "… là đơn vị thường trực", "… làm đầu mối"
_ROLE_AFTER = re.compile(rf"[\s,]*(?:là|làm){agencies.ROLE_GIVEN.pattern}")


# "Trách nhiệm của …", "Nhiệm vụ đối với …": the duties of whom the heading names next
_DUTIES = r"(?:Trách\s+nhiệm|Nhiệm\s+vụ)[^\n.;:]{0,40}?\s(?:của|đối\s+với)"
def _names_alone(text: str, u: Unit, out: list[Unit]) -> bool:
    """Is ``u`` named on a heading's line of names alone, after its number, with the other bodies the line names ("1.
    Các sở, ban, ngành tỉnh", "2. Liên minh Hợp tác xã và các tổ chức chính trị - xã hội"; not "1. Đề nghị Ủy ban nhân
    dân các tỉnh chỉ đạo:", whom it asks)?"""
    start, end = _line_start(text, u.start), _line_end(text, u.end)
    if (marker := _MARKER_ALONE.match(text, start, u.start)) is None \
            or _HEADING_END.fullmatch(text, u.end, end) is None:
        return False
    rest = text[marker.end() : u.start]
    for v in out:  # (the line's other bodies: "2. Liên minh Hợp tác xã và các tổ chức chính trị - xã hội")
        if v.section == u.section and marker.end() <= v.start and v.end <= u.start:
            rest = rest.replace(text[v.start : v.end], " ", 1)
    return _JOINERS_ONLY.fullmatch(rest) is not None


_JOINERS_ONLY = re.compile(r"(?:[\s,;*_]|(?<![\wÀ-ỹ])và(?![\wÀ-ỹ]))*")
_MARKER_ALONE = re.compile(r"[\s*_]*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][\s*_]*")
_HEADING_END = re.compile(r"[\s*_:]*")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


_ROLE_TITLE = re.compile(rf"(?:{_DUTIES}|(?<![\wÀ-ỹ])Đối\s+với)[\s*_]*$", re.I)
_DUTIES_OF = re.compile(rf"[\s*_]*{_DUTIES}[\s*_]+", re.I)


def _unit_speaks(text: str, tree: Tree, node: Node, named: set[int]) -> bool:
    """Under an item that named a unit, "c) Giao các cơ quan chuyên môn …", "b) Chỉ đạo các sở …" are
    that unit's duties: it gives the work on, the item names no unit of its own."""
    p = tree.parent(node)
    while p is not None and id(p) not in named:
        p = tree.parent(p)
    if p is None or not agencies.gives_work_on(text, node.body_start, node.head_end):
        return False
    if _asks_a_member(text, node, p):
        return False
    if _GIVES.match(text, node.body_start, node.head_end) is not None \
            and (given := agencies.subjects(text, node.body_start, min(node.head_end, node.body_start + 300))) \
            and _ROLE_AFTER.match(text, given[-1].end, node.head_end) is not None:
        return False  # "- Giao Phòng Cảnh sát … là đơn vị thường trực …": the document hands a body its role
    # (a request is the document's voice, whoever the heading above named: "III. ĐỀ NGHỊ CÁC BỘ, NGÀNH LIÊN QUAN ⏎ 4. Đề
    # nghị Bộ Thông tin và Truyền thông …", "Đối với UBND huyện Cái Bè: ⏎ - Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam
    # huyện Cái Bè phối hợp …" ask those bodies; a body passes work on by "Giao", "Chỉ đạo")
    return _ASKS.match(text, node.body_start, node.head_end) is None


_TITLED = ("roman", "upper", "caption", "article", "part", "chapter")  # (the kinds of node a section's title opens)


def _asks_a_member(text: str, node: Node, above: Node) -> bool:
    """"Yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện một số nội dung sau: ⏎ - Giao Sở Nông nghiệp và Môi
    trường hướng dẫn …": the item hands a body of its own name its work, under a paragraph that asked a group as a
    whole (no body by name), as the document asks — no group passes work on to one of its members so."""
    opener = _GROUP_OPENER.match(text, node.body_start, node.head_end)
    if opener is None or opener.end() == node.body_start:
        return False
    given = agencies.subjects(text, opener.end(), min(node.head_end, opener.end() + 300))
    if not given or any(g.collective for g in given) or given[0].start - opener.end() > 2:
        return False
    own_end = above.children[0].start if above.children else above.head_end
    # (a section's title names no body: "II. NHIỆM VỤ THỜI GIAN TỚI")
    said = above.head_end if above.kind in _TITLED else above.body_start
    groups = agencies.collectives(text, above.body_start, own_end)
    # (the parent a group's name holds is no body asked: "2. Các đơn vị thuộc Bộ Tài chính: ⏎ a) Giao Vụ …")
    return bool(groups) and not any(not a.collective and not any(g.start <= a.start < g.end for g in groups)
                                    for a in agencies.find(text, min(said, own_end), own_end))


def _duty_rows(text: str, tree: Tree, node: Node) -> list[Unit]:
    """A table of who does what in an organisation section ("| Cơ quan, đơn vị | Nhiệm vụ |"): each row
    whose first cell names agencies, and whose other cells say their duties, names units."""
    table = node.table
    assert table is not None
    # (the bodies' column after the rows' numbers: "| TT | Cơ quan, đơn vị | Nhiệm vụ |")
    col = tables.duty_column(text, table)
    lay = tables.layout(text, table) if col is None else None
    if lay is not None and (lead := lay.col("lead")) is not None and (task := lay.col("task")) is not None \
            and lead < task:
        # ("| STT | Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn |": read as tasks, each body before its work — not
        # a table of tasks, each with who leads it after)
        col = lead
    elif not 2 <= table.columns - (col := col or 0) <= 3:
        return []
    parent = tree.parent(node)
    section = parent.id if parent is not None and parent.id else None
    rows = [r for r in table.rows if len(r.cells) >= 2]  # (the header's "Cơ quan, đơn vị" names no one)
    named = [(_row_section(text, r, col, section), names) for r in rows if (cell := r.at(col)) is not None
             and (names := _cell_names(text, cell.start, cell.end))
             and tables.agency_share(" ".join(text[cell.start : cell.end].split()))[0] > 0.7]
    if not rows or len(named) < max(1, len(rows) // 2):
        return []  # (a table of figures, of places, of a schedule)
    return [_unit(text, a, at, ()) for at, names in named for a in names if not agencies.is_generic(a.text)]


def _cell_names(text: str, start: int, end: int) -> list[agencies.AgencyMention]:
    """The bodies a cell of who does the work names: as a heading names them, or listed under a plural head ("Các Bộ:
    Y tế, Giáo dục và Đào tạo"), or two names a copy glued where the cell's lines broke ("Ủy ban nhân dân thành phố
    Hà Nội Ủy ban nhân dân Thành phố Hồ Chí Minh")."""
    names = agencies.heading_names(text, start, end) or agencies.shared_lists(text, start, end)
    if len(names) == 1:
        glued = agencies.find(text, names[0].start, names[0].end)
        if len(glued) >= 2 and glued[0].start == names[0].start and glued[-1].end == names[0].end \
                and all(text[a.end : b.start].strip() == "" for a, b in pairwise(glued)):
            return glued
    return names


_ROW_NO = re.compile(r"[\s*_]*(\d{1,3})[.\s*_]*")


def _row_section(text: str, row: tables.Row, col: int, section: str | None) -> str | None:
    """A row's number before its bodies is an item of the section around the table ("V.1")."""
    number = row.at(0) if col > 0 else None
    m = _ROW_NO.fullmatch(text, number.start, number.end) if number is not None else None
    if m is None:
        return section
    return f"{section}.{m.group(1)}" if section else m.group(1)


def _table_groups(text: str, node: Node, root: Node) -> list[Unit]:
    """A task table's group rows that name agencies ("A. BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" over its
    tasks) are units, with the group's id (``PL1.A``)."""
    from parsers.tasks import _GROUP_LABEL, _ROW_NUMBER, _prefix, group_titles

    table = node.table
    assert table is not None
    lay = tables.layout(text, table)
    if lay.col("task") is None or (lay.col("lead") is None and lay.col("deadline") is None):
        return []
    prefix = _prefix(text, node, root)
    out: list[Unit] = []
    titles = group_titles(text, table.rows[lay.header_rows :], by_agency=lay.col("lead") is None)
    for i, row in enumerate(table.rows[lay.header_rows :]):
        if (title := titles.get(i)) is not None:
            # "| A. SỞ NỘI VỤ |", "| **SỞ TƯ PHÁP** |": the group's title alone in its row
            group, start, end = title
            out.extend(_unit(text, a, f"{prefix}.{group}", ()) for a in agencies.heading_names(text, start, end))
            continue
        filled = [c for c in row.cells if c.end > c.start]
        if len(filled) < 2:
            continue
        label = text[filled[0].start : filled[0].end].replace("*", "").strip()
        g = _GROUP_LABEL.match(label)
        if g is None or _ROW_NUMBER.match(label):
            continue
        if len(filled) == 2:
            named = agencies.heading_names(text, filled[1].start, filled[1].end)
        else:
            # "| III | Bảo đảm an ninh nguồn nước … | Cục Thủy lợi | | |": a group of topic given to the body its lead
            # cell names, over rows that leave theirs empty
            lead = next((c for c in filled[2:] if c.col == lay.col("lead")), None)
            named = agencies.listed(text, lead.start, lead.end) if lead is not None and len(filled) == 3 else []
        out.extend(_unit(text, a, f"{prefix}.{g.group('n')}", ()) for a in named)
    return out


def _on_plan(meta: Metadata | None) -> bool:
    """Is the document's title on a plan or its tasks ("Về kế hoạch phát triển kinh tế - xã hội năm 2026", "… thông
    qua … nhiệm vụ, giải pháp …")?"""
    title = fold(meta.title or "") if meta is not None else ""
    return _PLAN_WORDS.search(title) is not None or _ADOPTS_TASKS.search(title) is not None


def _assigns(tree: Tree, node: Node, addressing: bool, role: str | None) -> bool:
    """Is this item in a part of the document that assigns work per agency?"""
    if role in _NO_UNITS:
        return False
    if role == "organisation" or (addressing and _members_duties(tree, node)):
        return True
    if role == "reporting":
        # "III. TỔ CHỨC THỰC HIỆN ⏎ 5. Chế độ thông tin, báo cáo ⏎ a) Các sở, ngành … báo cáo …": who reports to
        # whom, among the duties (a plan's own "VII. CHẾ ĐỘ BÁO CÁO" states a rule, no one's part)
        return any(a.role == "organisation" for a in tree.ancestors(node)) and node.kind in _ADDRESSED_ITEMS
    if role == "functions":
        # "Điều 4. Nhiệm vụ, quyền hạn của Sở …" under "Chương II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN"; a decision's
        # own article "Điều 2. Nhiệm vụ, quyền hạn của Ban Quản lý" on the body it sets up
        parent = tree.parent(node)
        return (parent is not None and parent.role == "organisation") or (addressing and node.kind == "article")
    if role in _WORK:
        parent = tree.parent(node)
        return parent is not None and parent.by_agency and node.kind not in ("bullet", "plus")
    # (an agency's line of its own inside an item: "1. Lĩnh vực giáo dục ⏎ Giám đốc Sở Giáo dục và Đào tạo: ⏎ a) …";
    # a "+" item where a list opens with them: "2. Nhiệm vụ cụ thể ⏎ + Bộ Xây dựng …", not a "-" item's points)
    # (… or among a directive's paragraphs, no item over it: "… yêu cầu: ⏎ Giám đốc Sở Tài nguyên và Môi trường: ⏎ - …")
    return addressing and role is None and (node.kind in _ADDRESSED_ITEMS or (
        node.kind in ("agency", "plus") and (parent := tree.parent(node)) is not None
        and ((parent.kind in _ADDRESSED_ITEMS and parent.kind != "bullet")
             or (node.kind == "agency" and parent.kind == "scope"
                 and any(c.kind in ("bullet", "plus") for c in node.children)))))


_WORK = ("tasks", "solutions")
# a heading over the duties of each body of a kind: "Nhiệm vụ của các tổ chức thuộc Sở", "Nhiệm vụ, quyền hạn của các
# đơn vị trực thuộc"
_DUTIES_OF_EACH = re.compile(r"(?:(?i:chức\s+năng),?\s+)?(?i:nhiệm\s+vụ)(?:,?\s+(?i:quyền\s+hạn))?\s+của\s+"
                             r"(?:các|từng)\s+(?:tổ\s+chức|đơn\s+vị|cơ\s+quan|phòng|ban|bộ\s+phận)(?![\wÀ-ỹ])")
_MEMBERS_DUTIES = re.compile(r"(?i)(?:nhiệm\s+vụ|trách\s+nhiệm)[^\n]{0,30}?\s(?:của\s+)?(?:các\s+)?thành\s+viên")


def _group_label(text: str, parent: Node) -> bool:
    """Is the item's heading a group's label, bodies of a kind and a colon ("2. Các sở, ngành khác:"), over "-" items
    that each open with a body's name and its colon ("- Sở Du lịch: Hướng dẫn …")?"""
    if parent.kind not in _ADDRESSED_ITEMS or parent.kind == "bullet" \
            or not re.search(r":[\s*_]*$", text[parent.body_start : parent.head_end]):
        return False
    heading = agencies.subjects(text, parent.body_start, parent.head_end)
    if not heading or not all(a.collective for a in heading) \
            or _LABEL_COLON.fullmatch(text, heading[-1].end, parent.head_end) is None:
        return False  # (not a heading that states the group's own work: "5. Các bộ … rà soát …, trong đó:")
    bullets = [c for c in parent.children if c.kind in ("bullet", "plus")]
    return len(bullets) >= 2 and all(_opens_labelled(text, c) for c in bullets)


def _opens_labelled(text: str, node: Node) -> bool:
    """Does the item open with a body's name and its colon ("- Sở Du lịch: …")?"""
    found = agencies.subjects(text, node.body_start, min(node.end, node.body_start + 200))
    return bool(found) and found[0].start - node.body_start <= 2 \
        and _LABEL_COLON.match(text, found[-1].end, node.end) is not None


_LABEL_COLON = re.compile(r"[ \t*_]*:[ \t*_]*")


def _members_duties(tree: Tree, node: Node) -> bool:
    """Is the item under a heading that gives a committee's members their duties ("Điều 3. Nhiệm vụ của các thành viên
    Ban Chỉ đạo ⏎ … + Sở Nội vụ: tham mưu …"): each member so addressed is a unit?"""
    return node.kind in (*_ADDRESSED_ITEMS, "plus") and any(
        _MEMBERS_DUTIES.match(a.heading or "") for a in tree.ancestors(node) if a.kind not in ("bullet", "plus"))


_REGULATIONS = ("quy chế", "quy định", "thông tư", "thông tư liên tịch", "nghị định", "luật", "bộ luật", "pháp lệnh",
                "văn bản hợp nhất")
_ADDRESSED_ITEMS = ("num", "letter", "paren", "dotted", "roman", "article", "bullet")


def _section_id(tree: Tree, node: Node) -> str | None:
    p = tree.parent(node)
    while p is not None and p.kind in ("bullet", "plus"):
        p = tree.parent(p)
    return p.id if p is not None and p.kind != "scope" and p.id else None


# an article's title run into its text ("Điều 2. Trách nhiệm thực hiện Sở Văn hóa và Thể thao, …")
_RUN_IN_TITLE = re.compile(r"[\s*_]*(?:Trách\s+nhiệm\s+(?:thực\s+hiện|thi\s+hành)|Tổ\s+chức\s+thực\s+hiện)"
                           rf"[\s*_.:]*(?=[{UPPER}])")


# a responsibility named before whose it is: "Trách nhiệm cung cấp thông tin của …"
# (… or its remit: "Nhiệm vụ, quyền hạn của Ban Quản lý", "Chức năng, nhiệm vụ của Hội đồng")
_DUTY_OF = re.compile(r"[\s*_]*(?:Trách\s+nhiệm|Nhiệm\s+vụ|Chức\s+năng)(?:\s+|,\s*)(?!của\b)[^.:;\n]{3,80}?"
                      r"\s(?:của|đối\s+với)\s+(?=[\w])", re.I)


def _named(text: str, tree: Tree, node: Node, section: str | None, paragraph: bool,
           issuer: str | None = None) -> list[Unit]:
    start, end = node.body_start, node.head_end
    if node.kind == "article" and end < node.end and not _ITEM_NEXT.match(text, end) \
            and (_BARE_HEAD_END.search(text, start, end) or (
                _SMALL_NEXT.match(text, end) and not re.search(r"[.;:][\s*_]*$", text[start:end]))):
        # (a title wrapped in small letters goes on: "… trực thuộc trung ương ⏎ có rừng ngập mặn ven biển")
        nl = text.find("\n", end + 1, node.end)
        end = nl if nl >= 0 else node.end  # "Điều 9. Trách nhiệm của Cục ⏎ Quản lý Khám, chữa bệnh": the name goes on
    if node.kind == "article":
        end = _title_end(text, start, end)
    if node.kind == "article" and (run_in := _RUN_IN_TITLE.match(text, start, end)) is not None:
        start = run_in.end()
    # (the item's own sentence: a closing paragraph run on after the last item is no part of it)
    own_end = next((m.start() for m in _SENTENCE_END.finditer(text, start, node.end)), node.end)
    if _executes(text, start, min(own_end, start + 600)) or _DISPATCHES.match(text, start, end):
        return []  # (nor a telegram's sender over whom it is sent to: "CHỦ TỊCH UBND TỈNH TUYÊN QUANG điện:")
    duty = _DUTY_OF.match(text, start, end) if not paragraph else None
    if duty is not None:
        start = duty.end()  # "Điều 11. Trách nhiệm bảo đảm hạ tầng kỹ thuật của Cục Công nghệ thông tin"
    if not paragraph and _POSTS.fullmatch(text, start, end):
        return []  # "I. TRƯỞNG BAN VÀ CÁC PHÓ TRƯỞNG BAN", "II. CÁC ỦY VIÊN BAN CHỈ ĐẠO": a committee's posts, no body
    if not paragraph and (over := tree.parent(node)) is not None and over.kind != "scope" \
            and _POSTS.fullmatch(text, over.body_start, over.head_end) and ":" not in text[start:end]:
        # "4. Các Ủy viên: ⏎ a) Vụ trưởng Vụ Kế hoạch - Tài chính; …": the members its items list, no units (not a
        # member given its duties: "a) Sở Nội vụ: tham mưu …")
        return []
    if not paragraph and (names := agencies.heading_names(text, start, end)):
        # the duties begin after the names: "1. Văn phòng UBND tỉnh: theo dõi, tổng hợp."
        duties = _duties(text, tree, names[-1].end, node.end)
        return [_unit(text, a, section, duties) for a in names]
    if not paragraph and (title := _TITLE_OF.match(text, node.body_start, end)) is not None \
            and (body := _AUTHORITY_NOUN.match(text, title.end(), end)) is not None:
        # "Điều 38. Trách nhiệm của cơ quan hải quan": a regulation names the kind of body in small letters
        stop = body.end()
        field = _DEPARTMENT_FIELD.match(text, stop, end)
        if field is not None and body.group(0).split()[0].lower() in ("sở", "phòng"):
            stop = field.end()  # "… của sở giáo dục và đào tạo": the department's field holds its "và"
        a = agencies.AgencyMention(text[body.start() : stop], text[body.start() : stop], body.start(), stop)
        return [_unit(text, a, section, _duties(text, tree, body.end(), node.end))]
    if not paragraph and (agencies.ends_with_shared_head(text, start, end) or _PLACES_NEXT.search(text, start, end)):
        # "4. Bộ trưởng các Bộ: ⏎ Quốc phòng, Công an chỉ đạo …", "6. Sở Y tế các tỉnh, thành phố: ⏎ Hà Nội, …":
        # the list is on the next line
        end = node.end
    # (a topic's own decision, not its items': "3. Về các đề xuất ⏎ a) Về sửa chữa trụ sở: ⏎ Giao Sở Tài chính …")
    found = _opening(text, start, end, node.children[0].start if node.children else node.end, near=40)
    if found and issuer and (speaks := _ISSUER_SPEAKS.match(text, found[-1].end, node.head_end)) \
            and len(found) == 1 and (_is_issuer(found[0].text, issuer) or _leading(found)):
        # "3. Bộ Nội vụ đề nghị Kho bạc Nhà nước hướng dẫn …" in the Bộ's letter: whom it asks
        found = _spoken_to(text, speaks.end(), node.end, node.head_end)
    asked = _asked_within(text, tree, found[-1].end if found else start, node.head_end, section, issuer,
                          first=not found) \
        if issuer else []
    if not found or _no_work(text, found[-1].end, node.end, found[0].start):
        return asked
    if agencies.hands_out_re().match(text, found[-1].end, node.end) and _authority(found, None):
        return []  # "9. UBND tỉnh giao: ⏎ a) Sở Tài chính …": the authority hands out the items below
    if paragraph and not _acts(text, found[-1].end, node.end):
        return asked
    duties = _duties(text, tree, found[-1].end, node.end)
    return [_unit(text, a, section, duties) for a in found] + asked


# a dispatch's opening formula, its sender then "điện:" (telegraphs) over the list it is sent to: "CHỦ TỊCH ỦY BAN NHÂN
# DÂN TỈNH TUYÊN QUANG điện:"
_DISPATCHES = re.compile(r"[\s*_]*[^\n]{3,160}?\sđiện[\s*_]*:[\s*_]*$")
_SENTENCE_OPENS = re.compile(rf"[\s*_]*[{UPPER}][\wÀ-ỹ]*[ \t]+[{LOWER}]")


def _title_end(text: str, start: int, end: int) -> int:
    """An article's title ends with its line when the next line opens a sentence ("Điều 11. Trách nhiệm
    của Thanh tra Bộ ⏎ Đưa nội dung …"); a title wrapped in small letters or after a joining word
    ("… Vụ Kế hoạch - Tài ⏎ chính", "… Sở Tài chính và ⏎ Sở Y tế") goes on."""
    at = start
    while (nl := text.find("\n", at, end)) >= 0:
        if not JOINING_END.search(text, start, nl) and not _BARE_HEAD_END.search(text, start, nl) \
                and (opens := _SENTENCE_OPENS.match(text, nl + 1, end)):
            first_two = " ".join(text[nl + 1 : opens.end() + 12].replace("*", " ").split()[:2]).lower()
            # a dictionary word goes on with a name ("Sở ⏎ Khoa học và Công nghệ"), and a place's name the line cut
            # ("Kho bạc Nhà nước Quảng ⏎ Ngãi"); a verb or a word of no name opens the text ("Đưa nội dung …")
            across = f"{text[start:nl].split()[-1:] and text[start:nl].split()[-1]} {first_two.split()[0]}"
            if (agencies.verbs_re().match(first_two) or first_two not in _name_words()) \
                    and not agencies.is_place_name(across) and not _PLACE_CUT.search(text, start, nl):
                return nl
        at = nl + 1
    return end


# a place's name the line cut after its first word: "… Ủy ban nhân dân phường Cẩm ⏎ Thành tổ chức …"
_PLACE_CUT = re.compile(r"(?<![\wÀ-ỹ])(?:phường|xã|huyện|quận|thị\s+xã|thị\s+trấn|tỉnh|thành\s+phố)"
                        rf"[ \t]+[{UPPER}][\wÀ-ỹ]*$")
_SMALL_NEXT = re.compile(r"[ \t*_]*\n[ \t*_]*[a-zà-ỹđ]")
# the next line opens the article's first item: the title ended ("… quyền hạn của Hội đồng ⏎ 1. Thẩm định …")
_ITEM_NEXT = re.compile(r"[ \t*_]*\n[ \t*_]*(?:\d{1,2}|[a-zđ])[.)][ \t]")
# a line that ends on a body's head word alone ("Trách nhiệm của Cục ⏎ Quản lý Khám, chữa bệnh"): the name
# is on the next line
_BARE_HEAD_END = re.compile(r"(?:(?<![\wÀ-ỹ])(?:của|và|[Gg]iao|nghị)|,)[\s*_]+(?:các[\s*_]+)?"
                            r"(?:Cục|Tổng\s+cục|Vụ|Sở|Bộ|Ban|Viện|Trung\s+tâm|Văn\s+phòng|Ủy\s+ban|Hội\s+đồng|Chi\s+cục)[\s*_]*$")


_PLACES_NEXT = re.compile(r"các\s+(?:tỉnh|thành\s+phố|huyện|quận|xã|phường)(?:\s*,\s*(?:thành\s+phố|thị\s+xã))?"
                          # (which of them: "… các tỉnh, thành phố trực thuộc Trung ương: ⏎ Hà Tĩnh, …")
                          r"(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?[\s*_]*:[\s*_]*$")


def _name_words() -> frozenset[str]:
    from parsers.repair import _dictionary

    return _dictionary()[1]


# the kind of public body a regulation makes responsible, in small letters, up to the title's end or
# the next body ("cơ quan hải quan", "cơ quan thuế quản lý trực tiếp")
_TITLE_OF = re.compile(r"[\s*_]*(?:(?:Điều|ĐIỀU)\s+\d+\w?[.:]\s*)?(?:Trách\s+nhiệm|Nhiệm\s+vụ)(?:\s+[^.:;\n]{3,80}?)??"
                       r"\s+(?:của|đối\s+với)\s+")
# (not one any body is: "cơ quan nhà nước, tổ chức và cá nhân", "cơ quan có thẩm quyền")
_DEPARTMENT_FIELD = re.compile(r"[ \t]+và[ \t]+[a-zà-ỹđ]+(?:[ \t]+[a-zà-ỹđ]+){0,2}(?=[ \t*_.:]*(?:$|\n))", re.M)
_AUTHORITY_NOUN = re.compile(r"(?:cơ\s+quan|trung\s+tâm|ban\s+quản\s+lý"
                             # (a department of each province or district: "sở giáo dục và đào tạo", "phòng y tế")
                             r"|sở(?!\s+hữu)|phòng(?!\s*,?\s*(?:chống|cháy|ngừa|tránh|vệ|thủ|bệnh)))\s+"
                             r"(?!(?:có\s+)?liên\s+quan|khác\b|nhà\s+nước\b|có\s+thẩm\s+quyền|chức\s+năng)"
                             # (its words may wrap to the next line in small letters: "… của cơ quan được ⏎ giao quản lý
                             # tài sản kết cấu hạ tầng chợ")
                             r"[^\W\d](?:[^,;:.()\n]|\n(?=[ \t]*[a-zà-ỹđ]))*?"
                             r"(?=[\s*_]*(?:$|\n(?![ \t]*[a-zà-ỹđ])|,|;|:|\s+(?:và|trong|về|đối\s+với|tại|theo|khi)\s))"
                             r"(?![\s*_]*(?:,|và)\s*(?:các\s+)?(?:tổ\s+chức|cá\s+nhân))")


# a conclusion's item that names its topic first: "2. Về công tác giải phóng mặt bằng: Ủy ban nhân dân
# các tỉnh … tập trung chỉ đạo …", "- Về đề nghị bổ sung vốn: giao Bộ Xây dựng nghiên cứu …"
_TOPIC = re.compile(r"[\s*_]*(?:(?:Về|Đối\s+với|Đề\s+nghị|Kiến\s+nghị)"
                    r"\s(?:[^:.;\n]|\n(?![ \t]*\n)){2,360}?"
                    # (or a kind of bodies, then those of it the paragraph names: "Các cơ quan báo chí: Báo Bình Định,
                    # Đài Phát thanh và Truyền hình Bình Định dành thời lượng …", "Các cơ quan Trung ương trên địa bàn
                    # tỉnh: Chi cục Thuế khu vực X, Kho bạc Nhà nước khu vực X: …")
                    r"|(?:Các|Những)\s+(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)(?:[ \t]+[^:.;,\n]{1,60}?)?)"
                    r":[\s*_]*")


def _word_end(text: str, limit: int) -> int:
    """A window's end moved back off the middle of a word (a name is never read cut in two)."""
    while 0 < limit < len(text) and text[limit - 1].isalnum() and text[limit].isalnum():
        limit -= 1
    return limit


def _opening(text: str, start: int, head_end: int, end: int, near: int) -> list[agencies.AgencyMention]:
    """The agencies a heading or paragraph opens with (within ``near`` characters), or that follow
    its topic ("Về …: Sở Y tế …")."""
    if _INVITES.match(text, start, head_end):
        # "- Đề nghị mời: Lãnh đạo Ủy ban Mặt trận …, Hội Nông dân tỉnh tham gia Ban Chỉ đạo": members asked in
        return []
    found = agencies.subjects(text, start, _word_end(text, min(head_end, start + 400)))
    lead = agencies.past_titles(text, agencies.after_person(text, start, head_end), head_end)
    if found and found[0].start - lead <= near + (
            80 if agencies.honours_one(text, start, head_end) else 0):  # (past one comrade's other posts)
        return found
    return _after_topic(text, start, end)


_BULLET_LINE = re.compile(r"\n[ \t*_]*[-+•–]")
_INVITES = re.compile(r"[\s*_]*(?:[-+•–][ \t]*)?(?:Đề\s+nghị|Kính)\s+mời(?![\wÀ-ỹ])", re.I)


# a clause before the subject, up to a comma a capital follows: "Căn cứ chức năng, nhiệm vụ được giao, Ủy ban
# nhân dân tỉnh yêu cầu Công an tỉnh …", "Trên cơ sở kết quả rà soát, Sở Y tế chủ trì …" (not a basis, "Căn cứ
# Luật …, Thực hiện Nghị quyết …", nor a purpose, "Để …, yêu cầu các cấp, các ngành …", which asks everyone)
# (the clause may hold commas: "Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các Bộ, … tổ chức …")
# (not a meeting's account of whom it heard: "Sau khi nghe Cục Chuyển đổi số, Cục Viễn thông báo cáo …, Bộ trưởng kết
# luận": those who reported are given no work)
_LEADING_CLAUSE = re.compile(r"[\s*_]*(?:(?:Căn\s+cứ(?:\s+vào)?|Theo)\s+chức\s+năng|Trên\s+cơ\s+sở"
                             r"|Sau\s+khi(?!\s+nghe\s)|Trước\s+tình\s+hình|Qua)(?![\wÀ-ỹ])")
_CLAUSE_COMMA = re.compile(rf",[\s*_]*(?=[{UPPER}]|(?:các|những)\s)")  # a clause's comma, a subject may follow
_CLAUSE_BREAK = re.compile(r"[;:]|[.\n]\s*\n")
_COMMA_THEN_WORD = re.compile(r",[\s*_]*(?=[a-zà-ỹđ])")


def _subject_after_comma(text: str, pos: int, stop: int, end: int,
                         takes: Callable[[list[agencies.AgencyMention]], bool], begun: int | None = None) -> int | None:
    """After the first comma of the clause at ``pos`` (up to ``stop``, within its sentence, before ``begun``) that
    bodies ``takes`` follow: where they begin."""
    begun = stop if begun is None else begun
    for c in _CLAUSE_COMMA.finditer(text, pos, stop):
        if _CLAUSE_BREAK.search(text, pos, c.start()) or c.start() > begun:
            return None
        found = agencies.subjects(text, c.end(), _word_end(text, min(end, c.end() + 400)))
        if found and found[0].start - c.end() <= 2 and takes(found):
            return c.end()
    return None


def _past_clause(text: str, pos: int, end: int) -> int | None:
    """Where the subject begins after a leading clause at ``pos``: after the first of its commas that a body
    acting follows."""
    if (opens := _LEADING_CLAUSE.match(text, pos, end)) is None:
        return None
    stop = min(end, pos + 260)
    # (the sentence's work begun after a comma with no subject of its own: "Căn cứ chức năng, nhiệm vụ được giao, chủ
    # động phối hợp với Sở Kế hoạch và Đầu tư, Liên minh Hợp tác xã tỉnh triển khai …" — the bodies after it are
    # partners)
    begun = next((m.start() for m in _COMMA_THEN_WORD.finditer(text, opens.end(), stop)
                  if agencies.verbs_re().match(text, m.end(), stop) is not None), stop)
    return _subject_after_comma(text, opens.end(), stop, end, lambda found: _acts(text, found[-1].end, end), begun)


# … or the topic alone on the item's first lines, no colon, its paragraph on the next ("5. Về kết nối, chia sẻ
# dữ liệu ⏎ Công an thành phố chủ trì …"; wrapped: "3. Về hoạt động của ⏎ Trung tâm Phục vụ hành chính công ⏎
# Trung tâm … bố trí …")
_TOPIC_OPENS = re.compile(r"[\s*_]*(?:Về|Đối\s+với)\s")
_ITEM_OPENS = re.compile(r"(?:[a-zđ]\)|\d{1,2}[.)/]|[-+•–])[ \t]")
_TOPIC_LINE_END = re.compile(r"[^:.;\n]*?[ \t*_]*\n[ \t*_]*")


# a topic's line that ends on a word taking what follows: "… Bảng giá tính lệ phí trước bạ trình ⏎ UBND tỉnh ban hành"
# (not "giao", "đề nghị": what they take is the body asked, a unit)
_GOVERNS_END = re.compile(r"(?<![\wÀ-ỹ])(?:trình|cho|với|tại|theo|gửi|về|đối\s+với|thuộc|do|để)"
                          r"[ \t*_]*$")


def _topic_lines(text: str, start: int, limit: int) -> int | None:
    """Where a topic on lines of its own ends: at a line that opens with a capital, the line before it not
    ending on a joining word."""
    if (opens := _TOPIC_OPENS.match(text, start, limit)) is None:
        return None
    pos = opens.end()
    for _ in range(4):
        line = _TOPIC_LINE_END.match(text, pos, limit)
        if line is None:
            return None
        nxt = text[line.end() : line.end() + 1]
        if _ITEM_OPENS.match(text, line.end(), limit):
            return None  # the item's own items follow: "1. Về công tác thăm hỏi, tặng quà ⏎ a) Sở Nội vụ …"
        line_end = line.start() + len(line.group(0).rstrip(" \t*_\n"))
        if nxt.islower() or JOINING_END.search(text, pos, line_end) or _GOVERNS_END.search(text, pos, line_end):
            pos = line.end()  # the topic goes on on the next line (after a word that takes it: "… trình ⏎ UBND tỉnh")
            continue
        return line.end() if nxt.isupper() else None
    return None


def _after_topic(text: str, start: int, end: int) -> list[agencies.AgencyMention]:
    near = min(end, start + 420)
    topic = _TOPIC.match(text, start, near)
    line_end = _topic_lines(text, start, near)
    after = topic.end() if topic is not None else line_end
    if topic is not None and line_end is not None and line_end < topic.end() \
            and (first := agencies.subjects(text, line_end, _word_end(text, min(end, line_end + 400)))) \
            and first[0].start - line_end <= 2 and _acts(text, first[-1].end, end):
        # "15. Đối với các kiến nghị khác của tỉnh ⏎ Các Bộ, cơ quan: Kế hoạch và Đầu tư, …": the topic ended with its
        # line, the colon below is the bodies' list
        return first
    # (the paragraph may open with a clause of its own: "Về hồ đập: Căn cứ chức năng, nhiệm vụ được giao, Sở …")
    after = (_past_clause(text, after, end) or after) if after is not None else _past_clause(text, start, end)
    if after is None:
        return []
    found = agencies.subjects(text, after, _word_end(text, min(end, after + 400)))
    if found and _BULLET_LINE.search(text, start, found[0].start):
        return []  # "1. Về tiến độ: ⏎ - Bộ Giao thông vận tải …": the bullet's subject, not the item's
    if found and found[0].start - after <= 12 and _acts(text, found[-1].end, end):
        return found
    return []


def _acts(text: str, pos: int, end: int) -> bool:
    return agencies.acts(text, pos, end)


# "III. ĐỀ NGHỊ CÁC BỘ, NGÀNH …", "Điều 2. Trách nhiệm của các sở, ngành, địa phương", "II. ĐỐI VỚI CÁC BỘ, NGÀNH"
_GROUP_OPENER = re.compile(r"[\s*_]*(?:(?i:đề\s+nghị|giao|yêu\s+cầu|đối\s+với)\s+"
                           r"|(?i:trách\s+nhiệm|nhiệm\s+vụ)\s+(?i:của\s+))?")
_ASKS = re.compile(r"[\s*_]*Đề\s+nghị(?![\wÀ-ỹ])", re.I)
_GIVES = re.compile(r"[\s*_]*Giao(?![\wÀ-ỹ])")
_OVER_ITEMS = re.compile(r":[\s*_]*$")  # (a paragraph that ends over the item's own items)


def _duties_of_agency(text: str, node: Node) -> bool:
    """Is the item's heading the duties of an agency it names ("Điều 16. Trách nhiệm của Ủy ban nhân dân các
    huyện")?"""
    return (duties := _DUTIES_OF.match(text, node.body_start, node.head_end)) is not None \
        and agencies.opens_with_agency(text, duties.end(), node.head_end)


def _paragraph_units(text: str, tree: Tree, node: Node, parent_id: str | None, issuer: str | None) -> list[Unit]:
    """Paragraphs under an item (not its heading, not its items) that open with an agency. Under
    an item that itself names an agency, such a paragraph starts a unit of the level above (it is
    not the first agency's duty)."""
    out: list[Unit] = []
    # (the last "-" item's own paragraph only: one after it that asks or gives work is none of the item's, "- Bảo đảm
    # các điều kiện … ⏎ Đề nghị Ủy ban Mặt trận Tổ quốc … phối hợp …")
    last_bullet = node.children[-1] if node.children and node.children[-1].kind in ("bullet", "plus") else None
    child_spans = [(c.start, c.end if c is not last_bullet else c.head_end) for c in node.children]
    # "g) Các Bộ khác … có trách nhiệm huy động … ." / "Các cơ quan tuyên truyền … có kế hoạch …":
    # after an item complete in its first paragraph, a paragraph naming another agency is a sibling
    opens = agencies.opens_with_agency(text, node.body_start, node.head_end)
    complete = re.search(r"[.]\W*$", text[node.body_start : node.head_end]) is not None
    own = opens and complete and \
        node.kind not in ("article", "chapter", "part", "roman")  # an article's paragraphs are its own
    # (a heading that names no one in particular, "7. Đề nghị các cơ quan phối hợp", names no unit whose work its
    # paragraphs pass on: "Đề nghị Cục Quản lý thị trường tỉnh … chỉ đạo Đội …" asks a body of its own)
    named = agencies.subjects(text, node.body_start, node.head_end) if opens else []
    names_one = (opens and not all(agencies.is_generic(a.text) for a in named)) or _duties_of_agency(text, node)
    # ("4. Các sở, ban, ngành tỉnh ⏎ … ⏎ Giao Ban Quản lý Khu kinh tế tỉnh chủ trì …": under a heading that names kinds
    # of bodies, "Giao" is the document giving work to one of them, no body passing its work on)
    kinds_only = opens and all(a.collective for a in named)
    # "3. Đề nghị các cơ quan Trung ương đóng trên địa bàn tỉnh: ⏎ Đề nghị Cảng vụ Hàng hải …": a heading that names
    # a kind of body and stops at its colon asks each of them in its paragraphs
    members = kinds_only and _ASKS.match(text, node.body_start, node.head_end) is not None \
        and re.search(r":[\s*_]*$", text[node.body_start : node.head_end]) is not None
    # ("2. Đề nghị Ủy ban MTTQ tỉnh và các tổ chức thành viên ⏎ … ⏎ Hội Nông dân tỉnh vận động …": a paragraph naming
    # one of the members the heading's first line names is its own unit under it)
    line_end = text.find("\n", node.body_start, node.head_end)
    of_members = own and _MEMBERS.search(text, node.body_start, node.head_end if line_end < 0 else line_end) is not None
    if not opens and node.own_role == "reporting" and first_line(text, node) is not None:
        # "3. Chế độ báo cáo ⏎ Bảo hiểm xã hội tỉnh tổng hợp …": the item's own heading on its first line, then a
        # paragraph run on under it
        nl = text.find("\n", node.body_start, node.head_end)
        out.extend(_paragraph(text, tree, nl + 1, node.head_end, node.id, issuer))
    after_list = complete and _closes_list(text, tree, node)
    bullets_only = bool(node.children) and all(c.kind == "bullet" for c in node.children)
    dashes_only = last_bullet is not None and all(c.kind in ("bullet", "plus") for c in node.children)
    # ("3. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo ⏎ Ủy ban nhân dân tỉnh:": the heading's sentence goes
    # on in the first paragraph, whom its verb directs, no body of its own)
    directs = TAKES_OBJECT_END.search(text, node.body_start, node.head_end) is not None
    for k, (s, e) in enumerate(tree.paragraphs(node.head_end, node.end)):
        if k == 0 and directs:
            continue
        asked, given = _ASKS.match(text, s, e) is not None, _GIVES.match(text, s, e) is not None
        if any(a <= s < z for a, z in child_spans) or (
                last_bullet is not None and last_bullet.head_end <= s < last_bullet.end and not asked and not given):
            continue
        asks = asked or (complete and given)
        # (an agency's line over a paragraph of its work: "Đề nghị Ủy ban Mặt trận … ⏎⏎ Chỉ đạo Mặt trận Tổ quốc các cấp
        # …" is its duty)
        own_work = node.kind != "agency" or (k == 0 and not any(a < s for a, _ in child_spans))
        # ("4. Sở Y tế chủ trì … . ⏎ Đề nghị Ủy ban Mặt trận Tổ quốc … phối hợp …": after an item whose sentence has
        # ended, the document asks a body of its own — not the one its heading named again)
        asks_another = own and asks and not _heading_names_again(text, node, s, e)
        # ("7. UBND các huyện …: ⏎ - … ⏎ - … ⏎ Đề nghị Ủy ban Mặt trận Tổ quốc … phối hợp …": after the "-" items of a
        # heading that named its body, the document asks another)
        asks_after_items = opens and dashes_only and asked and s >= node.children[-1].head_end \
            and not _heading_names_again(text, node, s, e)
        # ("9. Các công ty lâm nghiệp …: … ⏎ Giao Sở Nông nghiệp … theo dõi, đôn đốc việc thực hiện Chỉ thị này": the
        # document asks for its own follow-up, after its last item)
        follow_up = (k > 0 or complete) and (asked or given) and _OF_THIS_DOCUMENT.search(text, s, e) is not None
        if names_one and own_work and agencies.gives_work_on(text, s, e) \
                and not ((node.kind == "article" or members or asks_another or asks_after_items) and asks) \
                and not (kinds_only and given) and not (follow_up and given and _last_all_the_way(tree, node)):
            # "2. Sở Nông nghiệp và Môi trường ⏎ Chỉ đạo Chi cục Kiểm lâm …": the unit passes work on (an agency
            # named on a line of its own holds only its "-" items: "Đề nghị Ủy ban Mặt trận …" after them is
            # the plan's); "Đề nghị Bộ Quốc phòng …" after "Điều 3. Giao Cục …" is the document asking, and "Giao
            # Văn phòng Bộ …" after an article's first sentence has ended, the document giving work
            continue
        member = of_members and (first := agencies.subjects(text, s, min(e, s + 300))) and not first[0].collective
        # ("5. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo … . ⏎ Bộ Quốc phòng chỉ đạo Bộ đội Biên phòng …": a body
        # the heading named, its work going on — no sibling)
        # (… nor after the bullets of a heading that named its body over them: "d) Ủy ban nhân dân các tỉnh: ⏎ - … ⏎ - …
        # ⏎ Ngân hàng Chính sách xã hội phối hợp …" in a notice is another body of the item above)
        # (in a plan's organisation part the item's paragraphs stay its own)
        past_bullets = opens and node.role is None and bullets_only and s >= node.children[-1].head_end
        sibling = (own or past_bullets or after_list or asks_after_items) and not member \
            and not _heading_names_again(text, node, s, e)
        # (after the last point of the last item, however deep: "9. Chủ tịch UBND các huyện: … đ) Định kỳ hằng tuần
        # báo cáo … . ⏎ Giao Sở Y tế theo dõi, đôn đốc … Chỉ thị này" — the document's own, no item's)
        section = _follow_up_section(tree, node) if follow_up and _last_all_the_way(tree, node) \
            else parent_id if sibling or follow_up else node.id
        out.extend(_paragraph(text, tree, s, e, section, issuer))
    return out


_REGARDING = re.compile(r"[\s*_]*Đối\s+với\s", re.I)
_OF_THIS_DOCUMENT = re.compile(rf"(?:{_THIS_ACT}|(?:Kế\s+hoạch|Công\s+văn|Thông\s+báo)\s+này)(?![\wÀ-ỹ])")
_ADDRESSED = re.compile(r"[ \t*_]*:")


def _regarding(text: str, tree: Tree, node: Node, named: set[int]) -> bool:
    """Under an item that named its body, a point on a matter the body deals with ("1. Các bộ, cơ quan trung ương: ⏎
    … đ) Đối với các đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên, quyết toán riêng …"): the point's "đối với"
    names what the work is about, not who does it."""
    line_end = text.find("\n", node.body_start, node.head_end)
    line = text[node.body_start : node.head_end if line_end < 0 else line_end]
    if _REGARDING.match(line) is None or _OVER_ITEMS.search(line) \
            or not any(id(above) in named for above in tree.ancestors(node)):
        return False  # (not "Đối với Sở Xây dựng:" over its duties)
    # (nor a body the point addresses by name, its duties after the colon, among items that name their bodies: "3-
    # Sở Công Thương chủ trì … ⏎ 4- Đối với Sở Tài chính: tham mưu …")
    found = agencies.subjects(text, node.body_start, node.head_end)
    parent = tree.parent(node)
    return not (found and _ADDRESSED.match(text, found[-1].end, node.head_end) is not None and parent is not None
                and any(id(c) in named for c in parent.items() if c is not node))


def _follow_up_section(tree: Tree, node: Node) -> str | None:
    """Where the document's follow-up after its last item goes: the plan's organisation section it closes ("V. TỔ
    CHỨC THỰC HIỆN … ⏎ Giao Văn phòng UBND tỉnh theo dõi, đôn đốc … Kế hoạch này"), else the document's own."""
    top = node
    while (parent := tree.parent(top)) is not None and parent.kind != "scope":
        top = parent
    return top.id if top.role == "organisation" and top.own_role == "organisation" else None


def _last_all_the_way(tree: Tree, node: Node) -> bool:
    """Is ``node`` the last item of its parent, and that of its own, up to the scope?"""
    while (parent := tree.parent(node)) is not None:
        if not parent.items() or parent.items()[-1] is not node:
            return False
        node = parent
    return True


def _closes_list(text: str, tree: Tree, node: Node) -> bool:
    """Is ``node`` the last of a list its parent's heading opens with a colon, each item one paragraph ("Điều 2. Ban
    Chỉ đạo có nhiệm vụ: ⏎ 1. … ⏎ 2. … ⏎ 3. … . ⏎ Giao Sở Lao động … là cơ quan thường trực …")? The paragraphs after
    it are then the parent's, not the last item's."""
    parent = tree.parent(node)
    if parent is None or not parent.id or node.children or not node.is_item \
            or re.search(r":[\s*_]*$", text[parent.body_start : parent.head_end]) is None:
        return False
    items = parent.items()
    return len(items) >= 2 and items[-1] is node \
        and all(not c.children and not tree.paragraphs(c.head_end, c.end) for c in items[:-1])


def _sibling_section(tree: Tree, node: Node) -> str | None:
    """Where a paragraph under ``node`` that names a body of its own goes: the level above ("g) Các Bộ khác … . ⏎
    Các cơ quan tuyên truyền …" is a sibling of g); under a top-level item, the item itself while another item
    follows it ("5. Bộ Y tế chỉ đạo … . ⏎ Đài Truyền hình Việt Nam … ⏎ 6. …"), the document's own after the last
    ("9. Báo Nghệ An … . ⏎ Giao Sở Nông nghiệp … theo dõi, đôn đốc việc thực hiện Chỉ thị này")."""
    parent = tree.parent(node)
    if parent is not None and parent.id:
        return parent.id
    after = parent.items()[-1] is not node if parent is not None and parent.items() else False
    return node.id if after else None


def _heading_names_again(text: str, node: Node, start: int, end: int) -> bool:
    """Does the paragraph open with a body the item's heading names ("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,
    Hội Liên hiệp Phụ nữ tỉnh. ⏎ Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì …")?"""
    heading = {fold(a.text) for a in agencies.subjects(text, node.body_start, node.head_end)}
    first = agencies.subjects(text, start, min(end, start + 300))
    return bool(first) and fold(first[0].text) in heading


# a heading's collective of member organisations: "… và các tổ chức thành viên", "… và các đoàn thể"
_MEMBERS = re.compile(r"các\s+(?:tổ\s+chức\s+thành\s+viên|đoàn\s+thể|tổ\s+chức\s+chính\s+trị\s*[-–]\s*xã\s+hội"
                      r"|hội,?\s+đoàn\s+thể|tổ\s+chức\s+đoàn\s+thể)(?![\wÀ-ỹ])", re.I)


def _top_paragraphs(text: str, tree: Tree, root: Node, addressing: bool, issuer: str | None) -> list[Unit]:
    """Paragraphs of an organisation section or an addressing document that no item holds."""
    out: list[Unit] = []
    for node in [root, *[n for n in root.walk() if n.role == "organisation" and n.own_role == "organisation"]]:
        spans = [(c.start, c.end) for c in node.children]
        # a scope's own paragraphs count after its first item — or all of them when it has none (a
        # Thông báo kết luận written as paragraphs: "Giao Sở Xây dựng chủ trì …")
        # (a table is no item: the page's header table above the notice's account of its meeting opens nothing)
        items = [c.start for c in node.children if c.kind != "table"]
        lo = node.head_end if node.kind != "scope" else (items[0] if items else node.body_start)
        if node.kind == "scope" and not addressing:
            continue
        if node.kind == "scope" and (motto := MOTTO_RE.search(text, node.start, min(node.end, node.start + 3000))):
            # (nor the header's issuer, however its layout set it: "ỦY BAN NHÂN DÂN THÀNH PHỐ … SỞ GIÁO DỤC VÀ ĐÀO
            # TẠO ⇥ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …" on one line)
            lo = max(lo, motto.end())
        if node.kind == "scope" and items \
                and (asks := _REQUEST_LINE.search(text, node.body_start, items[0])) is not None:
            lo = min(lo, asks.end())  # "…, Chủ tịch UBND tỉnh yêu cầu: ⏎ Giám đốc các sở … ⏎ - …": what it asks first
        starts = [a for a, _ in spans]
        names_one = node.kind != "scope" and (agencies.opens_with_agency(text, node.body_start, node.head_end)
                                              or _duties_of_agency(text, node))
        if node.kind == "scope" and items and lo == items[0]:
            # ("… có ý kiến như sau: ⏎ Giao Bộ Tài chính chủ trì …, lưu ý các nội dung sau: ⏎ a) …": before the first
            # item, a paragraph that hands a body by name the work its items then detail)
            head = motto.end() if motto else node.body_start
            for s, e in tree.paragraphs(head, lo):
                if (_GIVES.match(text, s, e) or _ASKS.match(text, s, e)) \
                        and (given := _paragraph(text, tree, s, e, None, issuer)) \
                        and not any(u.collective for u in given):
                    out.extend(given)
        for s, e in tree.paragraphs(lo, node.end):
            k = bisect.bisect_right(starts, s) - 1
            if k >= 0 and spans[k][0] <= s < spans[k][1] and not _after_its_bullets(node.children[k], s, addressing):
                continue  # (the children are in order and apart: the one that could hold it is the last before it)
            if names_one and agencies.gives_work_on(text, s, e) and not _ASKS.match(text, s, e):
                # "Điều 16. Trách nhiệm của UBND các huyện ⏎ Chỉ đạo Phòng Tài chính …": its duty (but "Đề nghị
                # Ủy ban Trung ương Mặt trận …" under "Trách nhiệm của các tổ chức chính trị - xã hội" asks them)
                continue
            out.extend(_paragraph(text, tree, s, e, node.id or None, issuer))
    return out


# the line a directive asks its addressees with, before its instructions: "…, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
# "Ủy ban nhân dân tỉnh chỉ thị:"
# (a sentence's last words, in small letters: not a label's "Kiến nghị:" nor a title's "CHỈ THỊ:")
_REQUEST_LINE = re.compile(r"(?<=\S)[ \t]+(?:yêu\s+cầu|chỉ\s+thị|đề\s+nghị)[ \t*_]*:[ \t*_]*\n")


def _after_its_bullets(child: Node, s: int, addressing: bool) -> bool:
    """A paragraph of an addressing document after the bullets of a heading that names bodies ("Đối với các bệnh
    viện: ⏎ - Bệnh viện A: … ⏎ - Bệnh viện B: … ⏎ Chủ tịch UBND các xã, phường chỉ đạo …"): the document's own again,
    not the heading's."""
    # (… or between them, in none: "Giám đốc Sở Tài nguyên và Môi trường: ⏎ - … ⏎ Giám đốc Sở Công Thương chủ trì … ⏎
    # Chủ tịch UBND các huyện: ⏎ - …", whose bullets the first heading's span took in too)
    return addressing and child.kind == "agency" and bool(child.children) \
        and all(c.kind == "bullet" for c in child.children) and s >= child.children[0].end \
        and not any(c.start <= s < c.end for c in child.children)


def _paragraph(text: str, tree: Tree, s: int, e: int, section: str | None, issuer: str | None) -> list[Unit]:
    # (to the sentence's end: "Giám đốc các Sở: ⏎ Xây dựng, Tài chính; … chịu trách nhiệm thi hành …" runs on
    # over a line the colon ended)
    sentence_end = next((m.start() for m in _SENTENCE_END.finditer(text, e - 1, min(len(text), s + 600))), e)
    if _executes(text, s, max(e, sentence_end)) or _CLOSING.search(text, s, e) or _DISPATCHES.match(text, s, e):
        return []
    found = _opening(text, s, e, e, near=20)
    if found and (speaks := _ISSUER_SPEAKS.match(text, found[-1].end, e)) \
            and (_authority(found, issuer) or _leading(found)):
        # "Ủy ban nhân dân tỉnh giao Sở …": the assignee
        found = _spoken_to(text, speaks.end(), e)
    out = []
    if found and _acts(text, found[-1].end, e) and not _no_work(text, found[-1].end, e, found[0].start):
        out = [_unit(text, a, section, _duties(text, tree, found[-1].end, e)) for a in found]
    return out + _asked_within(text, tree, found[-1].end if found else s, e, section, issuer, first=not found)


# a request a sentence inside a paragraph opens, after a linking phrase or the issuer speaking: "… Vì vậy, đề
# nghị Ủy ban nhân dân các tỉnh … căn cứ …", "… . Bộ Nội vụ đề nghị Kho bạc Nhà nước hướng dẫn …"
# (… and a label's value that asks: "2. Nhiệm vụ thời gian tới: Đề nghị Đảng ủy Chính phủ lãnh đạo …")
_SENTENCE_OPENS_AT = re.compile(rf"(?<=[.;])[ \t*_]*\n?[ \t*_]*(?=[{UPPER}])"
                                r"|(?<=:)[ \t*_]*\n?[ \t*_]*(?=(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s)")
_LINKING = re.compile(r"(?:Vì\s+vậy|Do\s+đó|Do\s+vậy|Theo\s+đó|Trên\s+cơ\s+sở\s+đó|Đồng\s+thời|Ngoài\s+ra"
                      r"|Bên\s+cạnh\s+đó)[ \t]*,[ \t]*")
_PURPOSE = re.compile(r"Để\s")
_LINE_LEAD = re.compile(r"[\s*_]*")
_ASKING = re.compile(r"(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Gg]iao)\s+(?!(?:của|cho|nhiệm\s+vụ)\b)")


def _asked_within(text: str, tree: Tree, s: int, e: int, section: str | None, issuer: str | None,
                  first: bool = False) -> list[Unit]:
    """The bodies a paragraph's sentences ask to act: its later ones (``first``: its first too, when no body
    opens it: "Để …, Bộ … đề nghị …", "Vì vậy, đề nghị …")."""
    out: list[Unit] = []
    starts = [m.end() for m in _SENTENCE_OPENS_AT.finditer(text, s, e)]
    if first and (lead := _LINE_LEAD.match(text, s, e)) is not None and (not starts or starts[0] != lead.end()):
        starts.insert(0, lead.end())
    for pos in starts:
        found = _asked_at(text, pos, e, issuer)
        if not found or _no_work(text, found[-1].end, e):
            continue
        sentence_end = next((x.start() for x in _SENTENCE_OPENS_AT.finditer(text, found[-1].end, e)), e)
        said = text[pos:sentence_end].rstrip(" *_\n")
        if _CLOSING.search(text, pos, sentence_end) or said.endswith(("./.", ":")):
            # the document's closing words ("Yêu cầu các cơ quan, đơn vị … nghiêm túc triển khai thực hiện./."), or
            # the preface to the items that ask each ("… yêu cầu Bộ trưởng, Chủ tịch … tập trung thực hiện các nhiệm
            # vụ sau:")
            continue
        out += [_unit(text, a, section, _duties(text, tree, found[-1].end, sentence_end)) for a in found]
    return out


def _asked_at(text: str, pos: int, e: int, issuer: str | None) -> list[agencies.AgencyMention]:
    """The bodies the sentence at ``pos`` asks to act: after "đề nghị", "giao", "yêu cầu"; after the issuer
    speaking; or its subject, after a linking phrase ("Do đó, …"). (Not the subject of a clause after another's ";":
    "…; Sở Xây dựng phối hợp kiểm tra …" names a body only inside the item's work.)"""
    if (link := _LINKING.match(text, pos, e)) is not None:
        pos = link.end()
    elif _PURPOSE.match(text, pos, e) is not None:
        if (after := _after_purpose(text, pos, e, issuer)) is None:
            return []
        pos = after
    if (ask := _ASKING.match(text, pos, e)) is not None:
        return _addressed(text, ask.end(), e)
    speaker = agencies.subjects(text, pos, _word_end(text, min(e, pos + 200)))
    if not speaker or speaker[0].start - pos > 2:
        return []
    if _authority(speaker, issuer):
        speaks = _ISSUER_SPEAKS.match(text, speaker[-1].end, e)
        return _spoken_to(text, speaks.end(), e) if speaks is not None else []
    if link is not None:
        # "… Do đó, Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp …": the body the sentence sets to work
        return speaker if _acts(text, speaker[-1].end, e) else []
    return []


def _after_purpose(text: str, pos: int, e: int, issuer: str | None) -> int | None:
    """Where the issuer speaks after the purpose a sentence opens with ("Để hoàn thành dứt điểm việc đăng ký, cấp
    phép, Bộ Nông nghiệp và Môi trường đề nghị …"); none when a bare request follows it ("Để …, yêu cầu các cấp
    …": it asks everyone)."""
    return _subject_after_comma(text, pos, min(e, pos + 240), e, lambda who: _authority(who, issuer))


def _addressed(text: str, pos: int, end: int) -> list[agencies.AgencyMention]:
    """The bodies named right at ``pos`` (after "đề nghị", "giao") who are asked to act."""
    found = agencies.subjects(text, pos, _word_end(text, min(end, pos + 400)))
    if not found or found[0].start - pos > 4 or not _acts(text, found[-1].end, end):
        return []
    return found


# the authorities that hand work on when they speak: the government, a council, a people's committee
# of the province or city ("Ủy ban nhân dân tỉnh giao …", "Thủ tướng Chính phủ yêu cầu …")
_AUTHORITY = re.compile(r"(?:Chính\s+phủ|Thủ\s+tướng(?:\s+Chính\s+phủ)?|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND"
                        r"|Hội\s+đồng\s+nhân\s+dân|HĐND)(?:\s+(?:[Tt]ỉnh|[Tt]hành\s+phố|TP\.?)(?:\s+[A-ZĐ][\wÀ-ỹ]*)*)?")


# the Party's and the Government's leading organs, which hand work on and are given none in the documents they
# speak in: "Ban Bí thư giao Ủy ban Kiểm tra Trung ương …", "Thường trực Chính phủ giao Bộ Tài chính …"
_LEADING_ORGAN = re.compile(r"Thường\s+trực\s+Chính\s+phủ|Bộ\s+Chính\s+trị|(?:Thường\s+trực\s+)?Ban\s+Bí\s+thư"
                            r"|Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?")


def _leading(found: list[agencies.AgencyMention]) -> bool:
    """Is the subject one of the leading organs (``_LEADING_ORGAN``) alone?"""
    return len(found) == 1 and _LEADING_ORGAN.fullmatch(found[0].text) is not None


def _spoken_to(text: str, pos: int, end: int, sentence_end: int | None = None) -> list[agencies.AgencyMention]:
    """The bodies the issuer or an authority asks after its word at ``pos`` ("… giao Sở …"), unless they are everyone,
    asked in the preface to the items that ask each ("2. Chính phủ yêu cầu các bộ, cơ quan ngang bộ … tập trung vào một
    số nội dung sau: ⏎ a) Ngân hàng Nhà nước Việt Nam: …"), the sentence ending at ``sentence_end`` (``end``)."""
    asked = _addressed(text, pos, end)
    closing = text[asked[-1].end : sentence_end or end] if asked else ""
    if asked and all(a.collective for a in asked) and closing.rstrip(" \t*_\n").endswith(":"):
        return []
    return asked


def _authority(found: list[agencies.AgencyMention], issuer: str | None) -> bool:
    """Is the subject the document's issuer, or the authority over the bodies it names — not a body
    handing work to its own ("Ủy ban nhân dân các huyện chỉ đạo các xã …", "Ngân hàng Nhà nước chi
    nhánh tỉnh chỉ đạo các tổ chức tín dụng …")?"""
    a = found[-1]
    if len(found) > 1 or a.collective:
        return False
    return _is_issuer(a.text, issuer) or _AUTHORITY.fullmatch(a.text) is not None


# the place an issuer's name ends with, which its text leaves out: "Sở Giáo dục và Đào tạo (Hà Nội)"
_ISSUERS_PLACE = re.compile(rf"(?:(?:[Tt]ỉnh|[Tt]hành\s+phố|TP\.?|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)\s+)?[{UPPER}][\wÀ-ỹ]*"
                            rf"(?:\s+[{UPPER}][\wÀ-ỹ]*)*")


# "Kết luận của Ban Thường vụ Tỉnh ủy về …", "Thông báo kết luận của Thường trực Tỉnh ủy …" (the title), "…, Thường
# trực Tỉnh ủy kết luận như sau:" (the preamble)
_CONCLUDED_BY = re.compile(r"(?:[Kk]ết\s+luận|KẾT\s+LUẬN|[Ýý]\s+kiến\s+chỉ\s+đạo)\s+(?:của|CỦA)\s+")
_CONCLUDES = re.compile(r"\s+kết\s+luận\s+(?:như\s+sau|chỉ\s+đạo)")


def _speakers(text: str, meta: Metadata | None) -> set[str]:
    """The bodies whose conclusions the document states, folded: named in its title after "Kết luận của", or as the
    subject that "kết luận như sau"."""
    out: set[str] = set()
    if meta is not None and meta.title and (by := _CONCLUDED_BY.search(meta.title)) is not None:
        out.update(fold(a.text) for a in agencies.subjects(meta.title, by.end(), len(meta.title))[:1])
    for m in _CONCLUDES.finditer(text, 0, min(len(text), 6000)):
        # (from the sentence's last comma or stop: a page's wrap may cut it, "Ban Thường vụ Tỉnh ⏎ ủy kết luận")
        comma = max(text.rfind(",", 0, m.start()), text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start()),
                    text.rfind(":", 0, m.start()), m.start() - 200)
        found = agencies.subjects(text, comma + 1, m.start())
        if found and found[-1].end == len(text[: m.start()].rstrip()):
            out.add(fold(found[-1].text))
    return out


_LOCAL_INITIALS = re.compile(rf"^(?:{'|'.join(vocab.LOCAL_BODIES)})(?=\s)")


def _is_issuer(name: str, issuer: str | None) -> bool:
    """Is ``name`` the document's issuer, written whole or without its place ("Sở Giáo dục và Đào tạo
    yêu cầu …" in a letter of the Sở Giáo dục và Đào tạo Hà Nội)?"""
    if issuer is None:
        return False
    # ("UBND tỉnh" in the committee's own telegram)
    name = _LOCAL_INITIALS.sub(lambda m: vocab.LOCAL_BODIES[m.group(0)], name)
    if fold(name) == fold(issuer) or vocab.agency_key(name) == vocab.agency_key(issuer):
        return True  # (its field's words short or written out: "Sở Nông nghiệp và PTNT")
    rest = issuer[len(name):] if issuer.lower().startswith(name.lower() + " ") else ""
    return bool(rest) and _ISSUERS_PLACE.fullmatch(rest.strip()) is not None


def _unit(text: str, a: agencies.AgencyMention, section: str | None, duties: tuple[Duty, ...]) -> Unit:
    name = a.text
    end = a.end
    abbr = None
    m = _ABBR.match(text, end)
    if m:
        abbr = m.group("abbr")
    name = clean_value(repair_phrase(clean_value(name)))
    canonical = a.name if a.name != a.text else None
    # (a paragraph under a heading with no number has no section: None, as one with no heading at all)
    return Unit(name=name, section=section or None, role="responsible", start=a.start, end=end, abbreviation=abbr,
                collective=a.collective, duties=duties, canonical=canonical)


def _duties(text: str, tree: Tree, start: int, end: int) -> tuple[Duty, ...]:
    out = []
    for s, e in _duty_paragraphs(text, tree, start, end):
        raw = text[s:e].lstrip(" :-+•")
        if len(raw.split()) < 3:
            continue
        partners: list[str] = []
        for p in _PARTNERS.finditer(text, s, e):
            for a in partners_listed(text, p, e):
                if a.text not in partners and not re.search(r"\bliên\s+quan\b", a.text):
                    partners.append(a.text)
        deadline = None
        if (d := next(deadline_phrases(text, s, e), None)) is not None:
            deadline = deadline_value(d)
        out.append(Duty(text=clean_value(raw), start=e - len(raw), end=e,
                        partners=tuple(partners), deadline=deadline))
    return tuple(out)


def _duty_paragraphs(text: str, tree: Tree, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of a unit's duties: the tree's, and the rest of a paragraph the name opens."""
    out = tree.paragraphs(start, end)
    first = out[0][0] if out else end
    if not re.fullmatch(r"[\s*_]*(?:\([^()]*\))?[\s*_:.;,\-–]*", text[start:first]):
        # "1. Sở Y tế: chủ trì …" — the duty after the name, same paragraph (not a note: "(nay là …)")
        lead = len(text[start:first]) - len(text[start:first].lstrip())
        out.insert(0, (start + lead, start + len(text[start:first].rstrip())))
    return out


# a telegram's or a letter's addressees: "THỦ TƯỚNG CHÍNH PHỦ điện: ⏎ - Chủ tịch …; ⏎ - Bộ trưởng …",
# "Kính gửi: Ủy ban nhân dân các tỉnh …" — the list ends with the line that ends an address and is
# followed by no other
# (found by its words first, its context checked after: a look behind tried at every position is slow)
_ADDRESSEES = re.compile(rf"(?=Kính|\s|điện){ADDRESSEES}[\s*_|]*")
_ADDRESS_CUE = re.compile(r"(?:gửi|điện)[\s*_]*:")  # the words every address ends with
_ADDRESS_LINE = re.compile(r"[ \t*_|]*(?:[-+•][ \t]*)?[^\n]*")
_ADDRESS_BULLET = re.compile(r"[ \t*_|]*[-+•]")
_ADDRESS_ENDS = re.compile(r"[.;][ \t*_]*$")


def _recipients(text: str) -> list[tuple[int, int]]:
    """The addressee lists of a telegram or a letter: no units, whatever they name. A list of "-"
    lines ends with the line after one that ends an address and opens no other; an address without
    a bullet is its line."""
    out: list[tuple[int, int]] = []
    if _ADDRESS_CUE.search(text, 0, min(len(text), 30000)) is None:
        return out  # (no address's words: the slower pattern is not tried)
    for m in _ADDRESSEES.finditer(text, 0, min(len(text), 30000)):
        pos = m.end()
        first = _ADDRESS_LINE.match(text, pos)
        bulleted = first is not None and _ADDRESS_BULLET.match(first.group(0)) is not None
        previous = ""
        for _ in range(40 if bulleted else 1):
            line = _ADDRESS_LINE.match(text, pos)
            if line is None or not line.group(0).strip(" \t*_|") \
                    or (previous and _ADDRESS_BULLET.match(line.group(0)) is None and _ADDRESS_ENDS.search(previous)):
                break
            previous = line.group(0)
            pos = min(len(text), line.end() + 1)
        out.append((m.start(), pos))
    return out


# "Các địa phương chịu trách nhiệm …": the localities in general, asked as a partner may be, but no unit of their own
_LOCALITIES_ALONE = re.compile(r"(?i:các|những)\s+địa\s+phương(?:\s+(?:có\s+)?liên\s+quan)?")
_PARTY_OF_PLACE = re.compile(r"(?:Tỉnh|Thành)\s+ủy\s")


def _dedupe(units: list[Unit], quoted: list[tuple[int, int]]) -> list[Unit]:
    """One unit per mention, and one per agency and section: a body named again in the same section
    ("Điều 3. Sở Khoa học và Công nghệ … ⏎ Sở Khoa học và Công nghệ …") gets the later duties too."""
    seen: set[tuple[int, str | None, str]] = set()
    by_name: dict[tuple[str, str | None], int] = {}
    out: list[Unit] = []
    for u in units:
        # (a mention may stand for bodies of several kinds: "Tỉnh ủy, Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái")
        key = (u.start, u.section, "party" if _PARTY_OF_PLACE.match(u.name) else "")
        if key in seen or agencies.is_generic(u.name) or agencies.is_private(u.name) \
                or _LOCALITIES_ALONE.fullmatch(u.name):
            # "Đề nghị các cơ quan, đơn vị …" names no one; "Công ty cổ phần …" is no public body
            continue
        if any(s < u.start < e for s, e in quoted):
            continue  # a letter quoting a provision ("… quy định: “… d) Chính phủ quy định …”") assigns nothing
        seen.add(key)
        # (as it is looked up: "UBND huyện M'Drắk" is the "Ủy ban nhân dân huyện M'Drắk" a list named before)
        named = (vocab.agency_key(u.name), u.section)
        if named not in by_name and u.canonical and (vocab.agency_key(u.canonical), u.section) in by_name:
            # "STTTT chủ trì …" under the heading that named the Sở it stands for
            named = (vocab.agency_key(u.canonical), u.section)
        if named not in by_name and u.section is not None and (agencies.is_short_name(u.name) or u.collective):
            # "1. Ban Quản lý Khu kinh tế tỉnh (sau đây gọi tắt là Ban Quản lý): ⏎ Ban Quản lý là cơ quan đầu mối …":
            # the short name of the body the section named (or of the bodies: "Ủy ban nhân dân các tỉnh, thành phố"
            # after "… thành phố trực thuộc trung ương")
            named = next(((n, sec) for n, sec in by_name if sec == u.section and n.startswith(named[0] + " ")), named)
        if named in by_name:
            first = out[by_name[named]]
            out[by_name[named]] = replace(first, duties=first.duties + u.duties)
            continue
        by_name[named] = len(out)
        out.append(u)
    return out
