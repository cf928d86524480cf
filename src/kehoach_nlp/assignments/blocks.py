"""Agency blocks: a numbered heading naming one or more bodies, then a body of tasks.

Takes: a :class:`~kehoach_nlp.structure.DocumentStructure` and its agency mentions. Gives: one
:class:`~kehoach_nlp.records.Assignment` per task per body of the heading (``rule="assignments.block"``),
and the spans the blocks cover. Headings may be wrapped over lines, in bold, name a subject list
(``11. Báo Ninh Thuận; Đài Phát thanh - Truyền hình tỉnh:``) or open with ``Đề nghị …`` (tasks
``requested``); each bullet of the body is one task, a paragraph gives one task per sentence, and a
``Thời gian …`` line gives the block's ``due``. Blocks come from the section tree; when the tree has
none, numbered agency lines are found in the implementation part of the text.

Example::

    >>> from kehoach_nlp.agencies import find_agencies
    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("V. TỔ CHỨC THỰC HIỆN\\n1. Công an tỉnh:\\n- Bảo đảm an ninh, trật tự.\\n- Phối hợp với Sở Y tế xử lý vi phạm.")
    >>> [(a.agency, a.role, a.task) for a in block_assignments(doc, find_agencies(doc.text))[0]]
    [('Công an tỉnh', 'responsible', 'Bảo đảm an ninh, trật tự'), ('Công an tỉnh', 'support', 'Phối hợp với Sở Y tế xử lý vi phạm')]
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache
from typing import Iterator, Optional

import regex

from ..agencies import (AgencyMention, CONNECTOR, PLURAL_WORD, canonical_agency, find_agencies, is_generic, listed_bodies, names_owned_kinds,
                        official_pattern, owner_word, starts_body, _without_official)
from ..data import load_toml
from ..headings import heading_marker, heading_schemes, shape
from ..records import Assignment, Section
from ..structure import DocumentStructure
from ..vietnamese import opens_with_verb
from .execution import _execution_bodies
from .inline import _duty_subjects, _groups_between_bodies, _long_list_tail, _speaker_patterns
from .common import (adverbial_openers, duty_subject_heads, task_due, PLURAL_OPENS, opens_with_a_body, _LOWER_START, _last_visible, ARTICLE_PREFIX, after_relative, own_clause_span, _space_after, WRAPPED_GLOSS, _PLURAL, marker_kind, mention_at, marker_shape, MARKUP_MARKS, next_sibling, later_sibling, refuses_task, title_gap, _BULLET as _DASH_BULLET, topic_opener as _topic_opener, announces_items, case_lead_in, directed_items, _ANNOUNCE_CHARS, member_gloss, _alternation, _AND, _Block, _body_units, _cfg, _GENERIC_TAIL, _group_at, _HEADING_START,
                     _LINE, _patterns, _PLAIN_LINE, _PLURAL_ANY, _record, _SENTENCE_END, task_partners, task_role,
                     _TRAIL, _WORDS, _WRAPPED_SPACE)


# --- blocks in "Tổ chức thực hiện" ---------------------------------------------------

def _names_a_group(name: str) -> bool:
    """Whether generic words name several bodies (a plural word or a list: "Các sở, ban, ngành", "Sở, ban, ngành"),
    not a category or a level that heads a list of who takes part ("a) Tập thể", "b) Cá nhân", "1. Cấp thành phố")."""
    return bool(_PLURAL_ANY_START.match(name)) or "," in name


#: Where one body a parenthesis lists ends and the next begins.
_LISTED_SEPARATOR = regex.compile(r"[,;][ \t\n]*+")


def _listed_in_parenthesis(text: str, start: int, end: int, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The bodies a plural group's parenthesis lists and nothing else ("Các cơ quan đăng ký đầu tư (Sở Tài chính,
    Ban quản lý Khu Kinh tế Phú Yên)"), each named to its separator (a name may go on in lower case), or []."""
    opening = text.find("(", start, end)
    closing = text.find(")", opening, end) if opening >= 0 else -1
    group = text[start:opening].strip(_TRAIL + " *_") if opening >= 0 else ""
    if closing < 0 or not _PLURAL_ANY_START.match(group) or not (is_generic(group) or _PLURAL_GROUP.fullmatch(group)):
        return []
    starts = {m.start for m in mentions if not m.generic}
    listed: list[AgencyMention] = []
    at = opening + 1
    for stop in [m.start() for m in _LISTED_SEPARATOR.finditer(text, at, closing)] + [closing]:
        piece_start = at + len(text[at:stop]) - len(text[at:stop].lstrip())
        name = text[piece_start:stop].rstrip()
        if not name or not (piece_start in starts or starts_body(text, piece_start)):
            return []  # "(gọi tắt là …)", "(nếu có)": no list of bodies
        listed.append(AgencyMention(piece_start, piece_start + len(name), name, canonical_agency(" ".join(name.split()))))
        separator = _LISTED_SEPARATOR.match(text, stop, closing)
        at = separator.end() if separator else closing
    return listed if len(listed) >= 2 else []


@cache
def _name_end() -> regex.Pattern:
    """A verb a name in a heading line never runs past (``[blocks] name_ends_before``), after a space."""
    return regex.compile(r"(?<=[ \t\n])(?:" + _alternation(_cfg()["blocks"]["name_ends_before"], spaces=_WRAPPED_SPACE)
                         + r")(?![\p{L}\p{M}])")


#: The lower-case words of a name's tail, up to such a verb: no punctuation, no capitalised word.
_LOWER_TAIL = regex.compile(r"(?:[ \t\n]++\p{Ll}[\p{L}\p{M}]*+)*+[ \t\n]*+")


#: A plural group after a semicolon in a heading: a new assignee ("…; các sở, ban, ngành; …").
#: What may stand between a body's name and its mandate in a heading: nothing, or a few lower-case words that point
#: back ("Ủy ban nhân dân các tỉnh, thành phố nêu trên theo chức năng, nhiệm vụ, thẩm quyền:").
_SHORT_TAIL = regex.compile(r"[ \t\n*_,]*+(?:\p{Ll}{1,40}+[ \t\n]++){0,3}")  # (a word bounded: linear on any text)
_PLURAL_AFTER = regex.compile(r"[ \t\n*_]*(?i:" + _PLURAL + r")[ \t\n]")

#: A rule-making verb after a body's name ends the name in a heading as a task's verb does: "2. Bộ Nội vụ | ban hành
#: và quản lý chương trình bồi dưỡng …: cấp phòng …" (round 36; the words: ``[blocks] rule_making_verbs``).
_RULE_MAKING = regex.compile(r"(?:" + _alternation(_cfg()["blocks"]["rule_making_verbs"]) + r")(?![\p{L}\p{N}])")


#: The kind of body a list item names before its owner: "…, | cơ quan | thuộc Chính phủ".
_KIND_BEFORE_OWNER = regex.compile(r"(?:^|[,;][ \t]{0,3})(?P<kind>[^,;\n]{2,40}?)$")
_KIND_BEFORE_OWNER_CHARS = 60


def _owns_a_kind(text: str, start: int, mention: AgencyMention) -> bool:
    """Whether a body is named only as the owner of a generic kind of body in a heading's list: "Các bộ, cơ quan
    ngang bộ, cơ quan thuộc | Chính phủ, Ủy ban nhân dân các tỉnh" (the Government's agencies, not the Government)."""
    owners = list(_OWNED_BY.finditer(text, max(start, mention.start - _KIND_BEFORE_OWNER_CHARS), mention.start))
    owner = owners[-1] if owners else None
    if owner is None or owner.end() != mention.start:
        return False
    kind = _KIND_BEFORE_OWNER.search(text, start, owner.start())
    return kind is not None and is_generic(kind["kind"])


#: The plural word that opens a list, a converted page's line break after it too ("**5. Các⏎doanh nghiệp …**").
_PLURAL_WRAPPED = regex.compile(r"(?i:(" + _PLURAL + r"))\s")


def _heading_agencies(text: str, start: int, end: int, groups: bool = False) -> list[AgencyMention]:
    """Agencies a block heading names; several when separators precede a new agency. With
    ``groups`` (a heading under ``Tổ chức thực hiện``), a plural group (``4. Các doanh nghiệp
    viễn thông``) is the block's assignee too."""
    mentions = [m for m in find_agencies(text, start, end) if not m.generic and not _owns_a_kind(text, start, m)]
    title = official_pattern().match(text, start, end)
    if title and mentions and mentions[0].start == title.end():
        start = title.end()  # "1.1. Trưởng Ban Chỉ đạo": the official stands for the body
    gloss = member_gloss().search(text, start, end)
    members = [m for m in mentions if gloss and m.start >= gloss.end()]
    if members and not any(m.start < gloss.start() for m in mentions):
        # "Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương)": the members
        return members
    listed = _listed_in_parenthesis(text, start, end, mentions)
    if listed:
        # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)": the bodies the group stands for
        return listed
    if mentions and mentions[0].start != start and text[mentions[0].start].isupper():
        # "Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và …": a group named before the first body
        lead = _LEADING_GROUP.fullmatch(text, start, mentions[0].start)
        if lead and (is_generic(lead["name"]) or _PLURAL_GROUP.fullmatch(lead["name"])):
            rest = _heading_agencies(text, mentions[0].start, end, groups)
            if rest:
                name = lead["name"]
                return [AgencyMention(start, start + len(name), name, canonical_agency(name), generic=True)] + rest
    if not mentions or mentions[0].start != start:
        name = text[start:end].strip(_TRAIL)
        ending = _name_end().search(text, start, start + len(name))
        if ending and ending.start() > start:
            # "Các bộ, ngành, địa phương có trách nhiệm:" over its items: the group, not its duty
            name = text[start:ending.start()].rstrip(_TRAIL)
        owned = _owned_group(text, start, start + len(name), mentions)
        if owned:
            return [owned]
        if name.endswith(")") and "(" in name:
            # "Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)": the group
            name = name[:name.index("(")].rstrip(_TRAIL)
        if name and groups and not is_generic(name) and _PLURAL_GROUP.fullmatch(name):
            # "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan": the group, then a generic tail
            for comma in _LIST_COMMA.finditer(name):
                tail = name[comma.end():]
                if is_generic(tail) and not is_generic(name[:comma.start()]):
                    head_name, tail_at = name[:comma.start()], start + comma.end()
                    # the list's plural goes with the tail too, as with every actor of a list ("Các doanh nghiệp viễn
                    # thông, | tổ chức, cá nhân có liên quan" → "các tổ chức, cá nhân có liên quan")
                    plural = _PLURAL_WRAPPED.match(head_name)
                    canonical = " ".join(tail.split())
                    if plural and not _PLURAL_WRAPPED.match(tail):
                        canonical = f"{plural.group(1).lower()} {canonical}"
                    return [AgencyMention(start, start + len(head_name), head_name, canonical_agency(head_name),
                                          generic=True),
                            AgencyMention(tail_at, tail_at + len(tail), tail, canonical, generic=True)]
        if name and (is_generic(name) and _names_a_group(name) or groups and _PLURAL_GROUP.fullmatch(name)):
            return [AgencyMention(start, start + len(name), name, canonical_agency(name), generic=True)]
        return []
    cuts = [start]
    for separator in _patterns()["separator"].finditer(text, start, end):
        title = official_pattern().match(text, separator.end(), end)
        after = title.end() if title else separator.end()  # "…, Chủ tịch Ủy ban nhân dân cấp xã": the body
        if any(m.start in (separator.end(), after) for m in mentions) or (
                separator.group().strip() in ",;" and starts_body(text, separator.end())) \
                or separator.group().strip() == ";" and (_PLURAL_AFTER.match(text, separator.end(), end)
                                                          or title is not None):
            # "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội; các sở, ban, ngành; …", "… và các Bộ, ngành có liên
            # quan; Bí thư tỉnh ủy, thành ủy và …": no name holds a semicolon
            cuts.append(separator.end())
    out: list[AgencyMention] = []
    for index, cut in enumerate(cuts):
        stop = end
        if index + 1 < len(cuts):
            sep = _patterns()["separator"].search(text, cut, cuts[index + 1])
            stop = sep.start() if sep else cuts[index + 1]
            while sep and sep.end() < cuts[index + 1]:
                sep = _patterns()["separator"].search(text, sep.end(), cuts[index + 1])
                stop = sep.start() if sep and sep.end() == cuts[index + 1] else stop
        segment = text[cut:stop]
        first = next((m for m in mentions if m.start == cut), None)
        verb_follows = False
        # past a short gloss after the name: "Bộ Chỉ huy quân sự tỉnh (thành phố) | gửi báo cáo …"
        gloss = _GLOSS.match(text, first.end, stop) if first else None
        verb_at = gloss.end() if gloss else (first.end if first else 0)
        if first and verb_at < stop and (_patterns()["task_start"].match(text, verb_at + 1, stop)
                                         or _describing().match(text, verb_at + 1, stop)
                                         or _PASSIVE_NEXT.match(text, verb_at + 1, stop)
                                         or _RULE_MAKING.match(text, verb_at + 1, stop)) \
                and text[verb_at:verb_at + 1] in " \t":
            # "Sở Khoa học và Công nghệ có trách nhiệm quản lý về kỹ thuật, bao gồm:": the name ends at the verb
            segment = text[cut:first.end]
            verb_follows = True
        elif first and first.end < stop and (ending := _name_end().search(text, first.end, stop)) \
                and _LOWER_TAIL.fullmatch(text, first.end, ending.start()):
            # "Ban Chỉ đạo phát triển du lịch⏎các địa phương có trách nhiệm báo cáo …": the name's lower-case tail
            # ends at the verb
            segment = text[cut:ending.start()]
            verb_follows = True
        elif first and first.end < stop and text[first.end:first.end + 1] in " \t" \
                and text[stop:stop + _ANNOUNCE_CHARS].lstrip(" \t*_").startswith(":") \
                and announces_items(text, max(first.end, stop - _ANNOUNCE_CHARS), stop):
            # "Giám đốc Trung tâm ra quyết định công nhận hoàn thành chương trình bồi dưỡng, cụ thể như sau:": what
            # the body does, announcing the items below; the name ends with the body's
            segment = text[cut:first.end]
            verb_follows = True
        elif first and first.end < stop and _clause_after_name(text, first.end, stop):
            # "1. Quỹ Bảo vệ môi trường tài trợ cho hoạt động, nhiệm vụ …, không nằm trong kế hoạch của các sở, ngành
            # và UBND các cấp, bao gồm:": a clause follows the body, whose verb no list knows; the name ends with the
            # body, and what the clause names after it is what the body acts on
            segment = text[cut:first.end]
            verb_follows = True
        titled = None
        if first is None and (title_at := official_pattern().match(text, cut, stop)) is not None:
            titled = next((m for m in mentions if m.start == title_at.end()), None)  # "Chủ tịch | Ủy ban nhân dân …"
        named_first = first or titled
        mandate = _patterns()["mandate_anywhere"].search(text, named_first.end, stop) \
            if named_first and not verb_follows else None
        if mandate is not None and _SHORT_TAIL.fullmatch(text, named_first.end, mandate.start()):
            # "Chủ tịch Ủy ban nhân dân các tỉnh | theo chức năng, nhiệm vụ, thẩm quyền:", "Ủy ban nhân dân các tỉnh,
            # thành phố nêu trên | theo chức năng …": the mandate is no part of the name
            segment = text[cut:mandate.start()]
        if first and _APPOSITION.match(text, first.end, stop):
            # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the apposition says its role, not its name
            segment = text[cut:first.end]
        owner = _OWNED_BY.match(text, first.end, stop) if first and not first.generic else None
        if owner and any(m.start == owner.end() and m.end >= stop - 1 and not m.generic for m in mentions):
            # "Trung tâm Chuyển đổi số và Truyền thông thuộc Sở Khoa học và Công nghệ": the unit, not its owner
            segment = text[cut:first.end]
        if "(" in segment:  # "Ủy ban nhân dân các huyện (Ủy ban nhân dân cấp huyện)": the gloss is not the name
            segment = segment[:segment.index("(")]
        segment = segment.rstrip(_TRAIL)
        tail = _GENERIC_TAIL.search(segment)
        group = None
        if tail and is_generic(tail["rest"]):
            # "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội": the group is
            # an assignee too (gold/README.md: a group named in a block heading)
            rest = tail["rest"].strip()
            group_start = cut + tail.start("rest")
            group = AgencyMention(group_start, group_start + len(rest), rest, canonical_agency(rest), generic=True)
            segment = segment[:tail.start()]
        if segment:
            listed = first is not None and first.end == cut + len(segment)  # "các Sở: Tài chính, Xây dựng"
            out.append(_without_official(AgencyMention(cut, cut + len(segment), segment,
                                                       first.canonical if listed and first else canonical_agency(segment))))
        if group:
            out.append(group)
        if verb_follows and _patterns()["partner_cue"].search(text, first.end, end):
            break  # "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở …, Ủy ban nhân dân các phường …:": partners
        if verb_follows and index + 1 < len(cuts) and ";" not in text[stop:cuts[index + 1]]:
            break  # "Bộ Chỉ huy quân sự tỉnh gửi báo cáo … về VNMAC, quân khu và Binh chủng Công binh …:": recipients
    # "Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã": a body and its head are one assignee (the last
    # mention kept: the heading's tasks start after it)
    return list({m.canonical: m for m in out}.values())


@cache
def _heading_role_pattern() -> regex.Pattern:
    return regex.compile(r"\s+(?P<words>" + _alternation(_cfg()["blocks"]["heading_roles"]) + r")[\s:.;]*$", regex.I)


def _heading_role_suffix(text: str, start: int, end: int) -> tuple[int, Optional[str]]:
    """Where a block heading's role words begin and the role they give
    (``… Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì`` → lead), else ``(end, None)``."""
    match = _heading_role_pattern().search(text, start, end)
    if not match:
        return end, None
    return match.start(), _cfg()["blocks"]["heading_roles"][" ".join(match["words"].lower().split())]


#: A short parenthesis right after a name in a heading: "Bộ Chỉ huy quân sự tỉnh (thành phố)".
_GLOSS = regex.compile(r"[ \t]*\([^()\n]{1,40}\)")
#: A dash between a body's name and a capitalised apposition: "Sở Tài chính - Cơ quan thường trực …".
_APPOSITION = regex.compile(r"[ \t]{1,3}[-–—][ \t]{1,3}\p{Lu}")

#: A group before the first named body of a heading, with the separator after it.
_LEADING_GROUP = regex.compile(r"(?P<name>[^\n;:()]{2,160}?)[ \t]{0,3}(?:,|;|" + _AND + r")[ \t]{1,3}")

#: A plural group named as a block heading: "Các doanh nghiệp viễn thông", "Các chủ đầu tư xây dựng".
_PLURAL_ANY_START = regex.compile(_PLURAL_ANY + r"[ \t]")
_PLURAL_GROUP = regex.compile(_PLURAL_ANY + r"[ \t]+\p{Ll}[\p{L}\p{M}]*(?:[ \t,]+[\p{L}\p{M}-]+){0,12}")
#: A list comma (or "và") inside a group's name, where a generic tail may begin.
_LIST_COMMA = regex.compile(r",[ \t]{1,3}|[ \t]+" + _AND + r"[ \t]+")


#: A line that cannot end a name: it ends with a comma, a dash or a joining word ("Sở Văn hóa, Thể thao và").
_WRAPPED = regex.compile(r"(?:[,\-–&]|(?<!\p{L})(?:" + _alternation(_WORDS["wrap_words"]) + r"))$")

#: The gap before the next lower-case word (a verb after its subject).
_NEXT_WORD = regex.compile(r"[ \t]{0,3}:?[ \t]{1,3}(?=\p{Ll})")  # "Sở Xây dựng: hướng dẫn …" too

#: A short line that ends a heading with its colon ("2. Sở Nội vụ thành phố⏎Hà Nội:").
_SHORT_TO_COLON = regex.compile(r"[^\n:.;]{1,40}:[ \t*_]{0,4}$")

#: More words than a body's name has after its head (a clause, not a name's lower-case tail).
_TASK_WORDS = 10


def _clause_after_name(text: str, at: int, stop: int) -> bool:
    """Whether a clause, not the lower-case tail of a name, follows a heading's body up to ``stop``: more words than a
    name's tail has, the first in lower case and no joining or plural word, in a heading whose colon announces items
    ("Quỹ Bảo vệ môi trường | tài trợ cho hoạt động, nhiệm vụ bảo vệ môi trường cần thiết, đột xuất, …, bao gồm:"; not
    "Ủy ban nhân dân tỉnh | và các cơ quan …", nor a long name's field: "Ban Chỉ đạo | phòng, chống AIDS; …")."""
    words = text[at:stop].split()
    if not (len(words) > _TASK_WORDS and words[0][:1].islower() and words[0].strip("*_") != CONNECTOR
            and not PLURAL_OPENS.match(words[0] + " ") and "(" not in text[at:stop]):
        return False
    # the colon may lie past a long heading's reach: the paragraph's first one, no sentence ending before it
    paragraph_end = text.find("\n\n", at, at + _CLAUSE_HEADING_CHARS)
    colon = text.find(":", stop, paragraph_end if paragraph_end >= 0 else at + _CLAUSE_HEADING_CHARS)
    return colon >= 0 and not _clause_ends(text, at, colon) \
        and announces_items(text, max(at, colon - _ANNOUNCE_CHARS), colon)


_CLAUSE_HEADING_CHARS = 600  # how far a clause heading's announcing colon may lie from its body's name


#: A sentence end: a colon after one ends no block heading (a heading's name list may hold ';').
_CLAUSE_END = regex.compile(r"(?<!\p{Lu}|\d)[.!?](?=[ \t\n*_]{1,8}\p{Lu})")


def _clause_ends(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``, outside a parenthesis (a gloss's own full stop: "(cơ
    quan, tổ chức đảng, Mặt trận Tổ quốc Việt Nam. Sau đây gọi chung là cơ quan, tổ chức)" ends no sentence)."""
    return any(text.count("(", start, stop.start()) <= text.count(")", start, stop.start())
               for stop in _CLAUSE_END.finditer(text, start, end))


#: A passive word right after a body's name ends the name ("Ủy ban nhân dân Thành phố | được quyết định …").
_PASSIVE_NEXT = regex.compile(r"(?:" + _alternation(_cfg()["inline"]["passive"]) + r")[ \t\n]")
#: A heading line standing alone: a blank line after it.
_BLANK_AFTER = regex.compile(r"[ \t*_]*\n[ \t*_]*\n")
#: The verbs that make a heading line a duty sentence, not a group's title ("Các cơ quan … nhận văn bản … phải thực
#: hiện …"): the duty and task verbs of data/assignments.toml.
_VERB_IN_TITLE = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(
    _cfg()["inline"]["duty_words"] + _cfg()["inline"]["task_verbs"] + _cfg()["inline"]["role_noun_verbs"],
    spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")


def _heading_end(text: str, head: int, end: int) -> int:
    r"""Where a block heading's line ends, going on over hard wraps: ``**2. Đề nghị các cấp ủy Đảng,⏎Mặt trận
    Tổ quốc Việt Nam tỉnh: **Phối hợp …`` reads to the end of its second line. A line that ends a sentence
    or a colon, a blank line, a bullet or a heading number stops it; it goes on only where the line cannot end
    (a comma, a dash, ``và``), the next line opens in lower case (``địa⏎phương``) or is a short end of the
    heading up to its colon (``Sở Nội vụ thành phố⏎Hà Nội:``).

    >>> text = "2. Đề nghị các cấp ủy Đảng,\nMặt trận Tổ quốc tỉnh: Phối hợp.\n- Tuyên truyền."
    >>> text[:_heading_end(text, 3, len(text))]
    '2. Đề nghị các cấp ủy Đảng,\nMặt trận Tổ quốc tỉnh: Phối hợp.'
    """
    return _heading_extent(text, head, end)[0]


def _heading_extent(text: str, head: int, end: int) -> tuple[int, bool]:
    """:func:`_heading_end`, and whether the heading goes on over a line break only because a body's name does."""
    limit = min(end, head + _cfg()["blocks"]["max_heading_chars"])
    line_end = text.find("\n", head, end)
    line_end = end if line_end < 0 else line_end
    by_name = False
    while line_end < limit:
        line = text[text.rfind("\n", 0, line_end) + 1:line_end].rstrip(" \t*_")
        following = text.find("\n", line_end + 1, end)
        following = end if following < 0 else following
        next_line = text[line_end + 1:following]
        if line[-1:] == ";" and _long_list_tail(text, text.rfind(";", 0, line_end), end)[0]:
            # "a) Ủy ban Mặt trận Tổ quốc …; các sở, ban, ngành; Ủy ban nhân dân các xã, phường;" ⏎ "các đơn vị trực
            # thuộc thành phố Hà Nội xét, trình …": the subject list goes on to its verb, no heading (round 54)
            line_end = following
            continue
        if not line or line[-1] in ".;:!?" or not next_line.strip() or line.upper() == line \
                or _patterns()["bullet"].match(next_line) or _HEADING_START.match(next_line):
            break
        colon_next = ":" in line or _SHORT_TO_COLON.match(next_line) is None
        if not _WRAPPED.search(line) and not next_line.lstrip(" \t*_")[:1].islower() and colon_next:
            if not _name_wraps(text, line_end, following):
                break  # "1. Sở Lao động - Thương binh và Xã hội⏎Chủ trì, …": a heading line, then its body
            by_name = True
        line_end = following
    return line_end, by_name


def _name_wraps(text: str, line_end: int, following: int) -> bool:
    """Whether a body's name goes on over the line break at ``line_end`` ("Mặt trận Tổ quốc Việt⏎Nam cấp tỉnh")."""
    line_start = text.rfind("\n", 0, line_end) + 1
    return any(m.start < line_end < m.end for m in find_agencies(text, line_start, following))


#: "… Sở Xây dựng | và | các Sở, ban, ngành …": a plural group joined to the end of a list of named bodies.
_AND_GROUP = regex.compile(r"[ \t\n]*+,?[ \t\n]*+" + _AND + r"[ \t\n]++(?=" + _PLURAL_ANY + r"[ \t])")
#: … or joined by a comma alone, when a verb follows the group ("Sở Y tế, Ủy ban nhân dân các huyện, | các đơn vị liên
#: quan triển khai …").
_COMMA_GROUP = regex.compile(r"[ \t]*+,[ \t\n]*+(?=" + _PLURAL_ANY + r"[ \t])")


_LIST_MARKS = regex.compile(r"[,;]")  # a name read from a list that still holds a list mark ran over its neighbours


def _listed_then_group(text: str, head: int, end: int) -> list[AgencyMention]:
    """A subject list of bodies, some of whose names the gazetteer does not know, closed by a plural group and the
    verb of its task: "Sở Tài chính, …, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, UBND cấp xã | và
    | các Sở, ban, ngành quản lý quy hoạch | theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp …" — the
    bodies read as a heading's list is (:func:`_heading_agencies`), then the group; else []."""
    for joined in _AND_GROUP.finditer(text, head, end):
        group = _group_at(text, joined.end(), end)
        if group is None:
            continue
        bodies = _heading_agencies(text, head, joined.start())
        known = {(m.start, m.end) for m in find_agencies(text, head, joined.start())}
        if len(bodies) >= 2 and bodies[0].start == head and not any(b.generic for b in bodies) \
                and all((b.start, b.end) in known or not _LIST_MARKS.search(b.text) for b in bodies) \
                and all(_patterns()["separator"].fullmatch(text, a.end, b.start) for a, b in zip(bodies, bodies[1:])) \
                and not text[bodies[-1].end:joined.start()].strip(" \t,"):
            return bodies + [group[0]]
    return []


def _subject_chain(text: str, named: list[AgencyMention], end: int) -> list[AgencyMention]:
    """Bodies listed one after another from ``named[0]`` (``Sở Tài chính và Ủy ban nhân dân các xã, phường``)
    when a verb follows the last of them, else []; a plural group may close the list ("Sở Tài chính, Sở Xây dựng và
    các Sở, ban, ngành quản lý quy hoạch | có trách nhiệm …": policy P2, the group is a subject too)."""
    if not named:
        return []  # the unit's first body runs past the unit's end (a name cut by the next line's number)
    p = _patterns()
    chain = [named[0]]
    for mention in named[1:]:
        gap = p["separator"].fullmatch(text, chain[-1].end, mention.start) \
            or title_gap().fullmatch(text, chain[-1].end, mention.start)  # "Sở Y tế, Giám đốc Sở Tài chính"
        if not gap:
            break
        chain.append(mention)
    # "Sở Tài chính, | các sở, ban, ngành và Ủy ban nhân dân các huyện | chủ động …": a group between the bodies
    between, _ = _groups_between_bodies(text, named, len(chain), chain[-1].end, end)
    chain += between
    joined = _AND_GROUP.match(text, chain[-1].end, end) or _COMMA_GROUP.match(text, chain[-1].end, end)
    group = _group_at(text, joined.end(), end) if joined else None
    if group is not None:
        return chain + [group[0]]
    tail, task = _long_list_tail(text, chain[-1].end, end)
    if tail and _NEXT_WORD.fullmatch(text, tail[-1].end, task):
        # "Ủy ban Mặt trận Tổ quốc …; các sở, ban, ngành; Ủy ban nhân dân các xã, phường; | các đơn vị trực thuộc thành
        # phố Hà Nội | xét, trình …": a long list goes on with groups and bodies up to the verb (round 54)
        return chain + tail
    verb = _NEXT_WORD.match(text, chain[-1].end, end)
    separator = p["separator"].match(text, chain[-1].end)
    if separator and separator.group().strip() == "," and p["mandate"].match(text, separator.end(), end):
        return chain if len(chain) >= 2 else []  # "…, Ủy ban Pháp luật, | trong phạm vi nhiệm vụ, quyền hạn của mình, …"
    if len(chain) < 2 or not verb or separator or (
            refuses_task(text, verb.end()) and not p["mandate"].match(text, verb.end())):
        return []
    return chain


@cache
def _describing() -> regex.Pattern:
    roles = _cfg()["roles"]
    duty = _alternation(roles["lead"] + roles["duty_prefixes"], spaces=_WRAPPED_SPACE)
    return regex.compile(r"(?!(?i:" + duty + r")(?![\p{L}\p{M}]))(?i:" + _alternation(_cfg()["words"]["describing"])
                         + r")[ \t\n]+(?!(?i:" + duty + r")(?![\p{L}\p{M}]))")


def _describes(rest: str) -> bool:
    """Whether the words after a body's name describe it ("là kênh cung cấp thông tin …", "có các chức năng …")
    rather than give it a task ("là cơ quan thường trực …", "có trách nhiệm …")."""
    return bool(_describing().match(rest))


def _title(text: str, head: int, line_end: int) -> bool:
    """Whether a heading line is a title rather than a sentence: no stop or colon ends it (``5. Các chủ đầu tư xây
    dựng và kinh doanh hạ tầng Khu công nghiệp`` over bullets names the group; none of its words is its verb)."""
    return text[head:line_end].rstrip(" \t*_")[-1:] not in ".:;"


#: The duty word that ends a heading of officials before its colon ([inline] duty_words), and a limit on their powers
#: before it ([generic] qualifiers: "trong phạm vi …").
_DUTY_TAIL = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["inline"]["duty_words"], spaces=_WRAPPED_SPACE)
                           + r")[ \t*_]*$")
_LIMIT = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(load_toml("agency_heads.toml")["generic"]["qualifiers"],
                                                              spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")


def _officials_heading(text: str, head: int, line_end: int) -> list[AgencyMention]:
    """The bodies of a heading that only lists officials (``1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ``,
    ``2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố``) — each official stands for the body he heads, as in a
    decision's execution article; [] when the heading is a sentence (``3. Bộ trưởng Bộ Công Thương hoàn thành …``).

    >>> text = "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ"
    >>> [a.canonical for a in _officials_heading(text, 3, len(text))]
    ['các Bộ', 'các cơ quan ngang bộ']
    """
    plural = PLURAL_OPENS.match(text, head, line_end)  # "Các Bộ trưởng, …": the plural goes with the first title
    if not official_pattern().match(text, plural.end() if plural else head, line_end):
        return []
    name_end = line_end
    while name_end > head and text[name_end - 1] in _TRAIL + "*_ \n":
        name_end -= 1
    duty = _DUTY_TAIL.search(text, head, name_end)
    if duty and text.find(";", head, duty.start()) >= 0:
        return []  # "2.1. Người đứng đầu sở, ban, ngành; Chủ tịch … có trách nhiệm:": the inline reader's list by ";"
    if duty:
        # "1. Người đứng đầu cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt Nam (… gọi chung là …) trong phạm vi nhiệm
        # vụ, quyền hạn của mình có trách nhiệm:": the officials end before the gloss, the limit and the duty word
        cut = duty.start()
        gloss = text.find("(", head, cut)
        limit = _LIMIT.search(text, head, cut)
        name_end = min([cut] + ([gloss] if gloss >= 0 else []) + ([limit.start()] if limit else []))
        while name_end > head and text[name_end - 1] in " \t\n,":
            name_end -= 1
        line_end = name_end
    if text[name_end:line_end].strip(" \t\n*_,") or _clause_ends(text, head, name_end):
        return []  # ends a sentence
    bodies = _execution_bodies(text, head, name_end)
    p = _patterns()
    if any(not any(b.start <= verb.start() < b.end for b in bodies)
           for pattern in (p["task_start"], p["giving"]) for verb in pattern.finditer(text, head, name_end)):
        return []  # a verb follows the officials (not one inside a body's name: "cơ quan, tổ chức đảng")
    named = {(m.start, m.end) for m in find_agencies(text, head, name_end)}
    if not all(b.generic or (b.start, b.end) in named for b in bodies):
        return []  # "3. Bộ trưởng Bộ Công Thương hoàn thành việc rà soát": words no name takes
    if duty and not plural and len(official_pattern().findall(text, head, name_end)) == 1:
        # "1. Người đứng đầu cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt Nam … có trách nhiệm:": one head of each body
        # states a duty, no list of officials: the kind as written, no plural added ("cơ quan, tổ chức đảng")
        bodies = [replace(b, canonical=" ".join(b.text.split())) if b.canonical == f"{PLURAL_WORD} {' '.join(b.text.split())}"
                  else b for b in bodies]
    return bodies


@cache
def _rights_heading() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["blocks"]["rights_words"], spaces=_WRAPPED_SPACE)
                         + r")[ \t*_]*$")


@cache
def _bare_name_prefix() -> regex.Pattern:
    """The assigning words of ``[blocks] bare_name_prefixes`` at a heading's start ("Giao | Sở Tư pháp")."""
    return regex.compile(r"[ \t*_]*(?i:" + _alternation(_cfg()["blocks"]["bare_name_prefixes"])
                         + r")(?![\p{L}\p{N}])[ \t]+")


def _prefix_over_bare_name(text: str, head: int, end: int) -> Optional[regex.Match]:
    """The assigning word before a heading line that names a body and nothing else, over bullets ("1. Giao | Giám đốc
    Sở Tư pháp⏎- Cập nhật …"): data/assignments.toml [blocks] bare_name_prefixes; None when the line goes on past the
    name (a sentence: "1. Giao Sở Y tế chủ trì …") or no bullet follows."""
    found = _bare_name_prefix().match(text, head, end)
    line_end = text.find("\n", found.end(), end) if found else -1
    if line_end < 0 or not _DASH_BULLET.match(text, line_end + 1, end):
        return None
    name_end = found.end() + len(text[found.end():line_end].rstrip(" \t*_"))
    named = [m for m in find_agencies(text, found.end(), name_end) if not m.generic]
    title = official_pattern().match(text, found.end(), name_end)
    subject_at = title.end() if title else found.end()
    return found if named and named[0].start == subject_at and named[-1].end == name_end else None


def _block_at(text: str, start: int, end: int, groups: bool = False, news: bool = False) -> Optional[_Block]:
    """Read one numbered block ``text[start:end]``; None when its heading names no agency (``news``: the heading
    prefixes of a news article too)."""
    p = _patterns()
    number = p["numbered"].match(text, start, end)
    if not number:
        return None
    head = number.end()
    prefix = p["news_prefix" if news else "prefix"].match(text, head, end) or _prefix_over_bare_name(text, head, end)
    # only "Đề nghị …" asks (SPEC §6); "Nội dung …", "Trách nhiệm của …" are no request
    requested = bool(prefix) and bool(p["requested"].match(prefix.group()))
    if prefix:
        head = prefix.end()
    head = _past_case_opener(text, head, end)
    line_end, wrapped_name = _heading_extent(text, head, end)
    heading_limit = min(line_end, head + _cfg()["blocks"]["max_heading_chars"])
    colon = text.find(":", head, heading_limit)
    if colon >= 0 and text.count("(", head, colon) > text.count(")", head, colon):
        # "… (gồm các Sở: Xây dựng, Công Thương)": a colon inside a parenthesis does not end the heading
        closing = text.find(")", colon, heading_limit)
        colon = text.find(":", closing, heading_limit) if closing >= 0 else -1
    listed = [m for m in listed_bodies(text) if head <= m.start < colon < m.end] if colon >= 0 else []
    if colon >= 0 and not listed:
        # "10. Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Hà Nội khẩn trương …": bodies listed by place
        listed = [m for m in find_agencies(text, head, line_end) if m.start < colon < m.end]
    if listed:
        # "2. Trách nhiệm của các Sở:⏎Xây dựng, Tài chính, Nội vụ.": the colon opens the heading's list of bodies
        members = [m for m in listed_bodies(text) if head <= m.start < end]
        last = members[-1].end if members else listed[-1].end
        line_end = text.find("\n", last, end)
        line_end = end if line_end < 0 else line_end
        # (the heading's length counted from its last member: "Bộ trưởng các Bộ: Quốc phòng, …, Giáo dục và Đào tạo |
        # và các Bộ, ngành có liên quan; Bí thư tỉnh ủy, … theo chức năng, nhiệm vụ, thẩm quyền:")
        colon = text.find(":", last, min(line_end, last + _cfg()["blocks"]["max_heading_chars"]))
    if colon >= 0 and _clause_ends(text, head, colon):
        colon = -1  # "Văn phòng Chính phủ theo dõi …; kịp thời báo cáo …. Báo cáo Thủ tướng: …" is a task, not a heading
    if colon >= 0 and (_rights_heading().search(text, head, colon) or case_lead_in().search(text, head, colon)):
        return None  # "… có quyền:", "… trong các trường hợp sau đây:": the body's powers or cases, no tasks
    if colon >= 0:
        # "1. Thủ trưởng các cơ quan, đơn vị:" — officials who stand for the bodies they head, as without a colon
        scope = _activity_scope().search(text, head, colon) if prefix else None
        name_end = scope.start() if scope else colon  # "Trách nhiệm của Sở Y tế | trong công tác …:"
        agencies = _heading_agencies(text, head, name_end, groups) or _officials_heading(text, head, name_end)
        # (the heading's bodies are looked up only when a giving verb stands in it at all)
        named_in = find_agencies(text, head, name_end) if _patterns()["giving"].search(text, head, name_end) else []
        giving = _patterns()["giving"].match(text, _space_after(text, named_in[0].end, name_end), name_end) \
            if named_in and named_in[0].start == head else None
        if giving and (any(m.start >= giving.end() for m in named_in)
                       or _PLURAL_AFTER.match(text, giving.end(), name_end)):
            # "1. Ủy ban nhân dân tỉnh giao các sở, ban, ngành thực hiện các nhiệm vụ sau:": the giver hands the items
            # below to the bodies it names (the inline reader's lead-in), no block of its own
            return None
        body = colon + 1
        lead_in = text[agencies[-1].end:name_end].strip(_TRAIL) if agencies else ""
        if lead_in and (_OBJECT_LEAD_IN.search(text, agencies[-1].end, colon + 1) or _RULE_MAKING.match(lead_in)):
            # "1. Sở Tài chính chịu trách nhiệm cập nhật … đối với:": the clause and its items are the one task (so
            # are a rule it makes and the levels it makes it for: "2. Bộ Nội vụ ban hành … chương trình …: cấp phòng …")
            body_start = agencies[-1].end
            while text[body_start] in " \t":
                body_start += 1
            return _Block(tuple(agencies), body_start, end, requested)
        # "2. Sở Y tế là cơ quan thường trực, chủ trì tham mưu triển khai Kế hoạch; | thực hiện các nhiệm vụ sau:":
        # the heading's own clause is a task of its own
        named_after = find_agencies(text, agencies[-1].end, colon) if lead_in else []
        own_clause = own_clause_span(text, _space_after(text, agencies[-1].end, colon), colon, named_after,
                                     [m.start for m in named_after]) if lead_in else None
        if lead_in and _patterns()["group_verb"].match(lead_in) and own_clause is None:
            # "Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị có liên quan:": the heading's verb gives
            # the role of every task under it
            role = task_role(lead_in)
            own = [a.canonical for a in agencies]
            partners = task_partners(text, agencies[-1].end, colon, named_after, own=own)
            return _Block(tuple(agencies), body, end, requested, role if role != "responsible" else None,
                          tuple(partners))
        if own_clause is not None:
            return _Block(tuple(agencies), body, end, requested, own=own_clause)
    else:
        role_at, heading_role = _heading_role_suffix(text, head, line_end)
        partners_wrap = _partners_on_next_line(text, role_at, line_end, end) if heading_role else False
        if heading_role and partners_wrap:
            # "k) Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp" ⏎ "Bộ Khoa học và Công nghệ, Bộ Quốc phòng, …
            # xây dựng video clip …": a sentence wrapped after its partner cue, the partners on the next line; the
            # body's task is the whole sentence
            agencies = _heading_agencies(text, head, role_at)
            stop = _SENTENCE_LINE_END.search(text, line_end, end)
            if agencies and stop:
                gloss = _GLOSS.match(text, agencies[-1].end, line_end)  # "… Việt Nam (VTV) | chủ trì"
                verb_at = _space_after(text, gloss.end() if gloss else agencies[-1].end, line_end)
                return _Block(tuple(agencies), stop.end(), end, requested, own=(verb_at, stop.start()))
        if heading_role:
            # "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì"
            agencies = _heading_agencies(text, head, role_at)
            return _Block(tuple(agencies), line_end, end, requested, heading_role) if agencies else None
        named = [m for m in find_agencies(text, head, line_end) if not m.generic]
        title = official_pattern().match(text, head, line_end)
        subject_at = title.end() if title else head  # "3. Bộ trưởng Bộ Công Thương hoàn thành …": the body
        if (wrapped_name or named and named[0].start != subject_at) and text[head:line_end].rstrip(" \t*_")[-1:] in ".;":
            # "2. Các cơ quan, tổ chức đảng, Mặt trận Tổ quốc Việt⏎Nam cấp tỉnh, cấp xã nộp hồ sơ ….": a numbered
            # sentence whose subject wraps or opens with a group before the bodies it names, not a heading over a
            # block of tasks
            return None
        if named and named[0].start == subject_at:
            rest = text[named[0].end:line_end].strip(_TRAIL)
            sentence = text[head:line_end].rstrip()[-1:] in ".;" or bool(_CLAUSE_END.search(text, named[0].end, line_end))
            # "1. Sở X theo dõi, đôn đốc các Sở, ban, ngành … triển khai …" (no full stop): a verb, then a clause
            # longer than a name's lower-case tail ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch")
            verb_next = bool(_patterns()["task_start"].match(rest) or _patterns()["assigned"].match(rest)) \
                and len(rest.split()) > _TASK_WORDS
            if (sentence or verb_next) and rest and not rest.startswith("(") and not is_generic(rest) \
                    and not _patterns()["separator"].match(text, named[0].end) and not _describes(rest):
                verb_at = _space_after(text, named[0].end, line_end)
                adverbs = _speaker_patterns()[1].match(text, named[0].end, line_end)  # "… | trân trọng | đề nghị"
                giving = _patterns()["giving"].match(text, adverbs.end(), line_end)
                if giving and find_agencies(text, giving.end(), line_end):
                    # "3. Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam … phối hợp …": the
                    # bodies it names have the task, read inline; the giver has none of its own
                    return None
                if _PERMISSION.match(text, verb_at, line_end) and not _patterns()["assigned"].match(text, verb_at,
                                                                                                     line_end) \
                        and after_relative(text, named[0].end, line_end) is None:
                    return None  # "1. Ủy ban nhân dân Thành phố được vay …": a power granted, no task
                refused = _patterns()["not_verb"].match(text, verb_at, line_end)
                if refused and " " in refused.group().strip() and refuses_task(text, verb_at, line_end):
                    # "6. Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.": a phrase that gives no
                    # task (one word such as "là" may open a role: "1. Bộ … là Cơ quan thường trực …")
                    return None
                # "3. Sở Tài chính bố trí …": the rest of the line is the task (after a relative clause that says
                # which bodies: "3. Ủy ban nhân dân các tỉnh | nơi có bệnh viện … | phối hợp …")
                body_start = after_relative(text, named[0].end, line_end) or named[0].end
                return _Block((named[0],), body_start, end, requested)
            chain = _subject_chain(text, named, line_end) or _listed_then_group(text, head, line_end)
            if sentence and chain:
                # "4. Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách …": every body of the
                # subject list has the task
                body_start = chain[-1].end
                while text[body_start:body_start + 1] in (",", " ", "\t"):
                    body_start += 1  # "…, Ủy ban Pháp luật, | trong phạm vi …": the task opens with the mandate
                return _Block(tuple(chain), body_start, end, requested)
        if not named and groups and not _title(text, head, line_end):
            subject = _group_at(text, head, line_end)
            if subject:
                # "1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ … xây dựng kế hoạch …" (+ bullets):
                # the group is the subject of the block's tasks (policy P2)
                return _Block((subject[0],), subject[0].end, end, requested)
        elif not named and groups and _BLANK_AFTER.match(text, line_end, end) and _group_at(text, head, line_end) \
                and not _VERB_IN_TITLE.search(text, head, line_end):
            # "7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông …" over bullets: a title names the
            # group to its end (none of its words is its verb)
            name_end = head + len(text[head:line_end].rstrip(" \t*_"))
            name = text[head:name_end]
            return _Block((AgencyMention(head, name_end, name, " ".join(name.split()), generic=True),),
                          line_end, end, requested)
        officials = _officials_heading(text, head, line_end)
        if officials and line_end < end:
            # "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ⏎Tập trung chỉ đạo …": the bodies they head
            return _Block(tuple(officials), line_end, end, requested)
        # "Điều 6. Trách nhiệm của Đoàn đại biểu Quốc hội | trong hoạt động tiếp xúc cử tri …": after a duty prefix,
        # the field of the duties is no part of who has them
        scope = _activity_scope().search(text, head, line_end) if prefix else None
        name_end = scope.start() if scope else line_end
        agencies = _heading_agencies(text, head, name_end, groups)
        if not agencies:
            return None
        rest = text[agencies[-1].end:name_end].strip(_TRAIL + ")*_")  # ")" closes a member gloss
        if rest and _APPOSITION.match(text, agencies[-1].end, line_end):
            # "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the apposition is no task (and no role:
            # each task says its own)
            return _Block(tuple(agencies), line_end, end, requested)
        if rest and _describes(rest) and text[head:line_end].rstrip(" \t*_")[-1:] in ".;":
            # "1. Cục Chứng thực số … thuộc Ban Cơ yếu Chính phủ.": a sentence saying what the body is, not a task
            # (a heading "Trung tâm Chuyển đổi số thuộc Sở Khoa học và Công nghệ" over bullets names a unit)
            return None
        owner = _OWNED_BY.match(text, agencies[-1].end, name_end) if rest else None
        if owner:
            rest_end = agencies[-1].end + len(text[agencies[-1].end:name_end].rstrip(_TRAIL + "*_"))
            if any(m.start == owner.end() and m.end >= rest_end for m in find_agencies(text, owner.end(), name_end)):
                rest = ""  # "5. Trung tâm Chuyển đổi số thuộc Sở Khoa học và Công nghệ" over bullets: the unit's owner
        if rest and not rest.startswith("(") and not is_generic(rest):
            # "3. Sở Tài chính bố trí …": the rest of the line is the task
            agencies = [m for m in find_agencies(text, head, line_end) if not m.generic][:1]
            if not agencies or agencies[0].start != head:
                return None
            if _patterns()["separator"].match(text, agencies[0].end, line_end):
                # "1. Sở Y tế, Bộ đội Biên phòng, Cảng vụ hàng hải và Công an tỉnh phối hợp …": a subject list that
                # no chain read (a name the gazetteer does not know); the list's rest is no task of its first body
                return None
            body = agencies[0].end
        else:
            body = _after_wrapped_gloss(text, line_end, end)
    if not agencies:
        return None
    if len(agencies) == 1 and agencies[0].generic and names_owned_kinds(_OWNED_BY.split(agencies[0].text, 1)[0]) \
            and _lists_members(text, body, end):
        return None  # "(2) Các đơn vị sự nghiệp công lập trực thuộc Sở …:" over "- Viện Quy hoạch …": who they are
    if len(agencies) == 1 and agencies[0].generic:
        owner = _owner_after_wrap(text, agencies[0].end, end)
        if owner is not None:
            # "2. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc⏎Trung ương cụ thể hóa …": the group's owner is on the
            # next line; the rest of that line is the first task
            group = agencies[0]
            name = text[group.start:owner]
            agencies = [AgencyMention(group.start, owner, name, canonical_agency(" ".join(name.split())), generic=True)]
            body = max(body, owner)
    return _Block(tuple(agencies), body, end, requested)


#: The end of a sentence at a line's end ("… phản ánh đúng bản chất của các vấn đề." ⏎).
_SENTENCE_LINE_END = regex.compile(r"[.;](?=[ \t*_]*+(?:\n|$))")


def _partners_on_next_line(text: str, role_at: int, line_end: int, end: int) -> bool:
    """Whether a heading's role words end with a partner cue and the next line opens with a body ("… chủ trì, phối
    hợp" ⏎ "Bộ Khoa học và Công nghệ, …"): the line is the start of a sentence, not a heading over items."""
    cues = list(_patterns()["partner_cue"].finditer(text, role_at, line_end))
    if not cues or text[cues[-1].end():line_end].strip(" \t*_"):
        return False
    following = line_end + 1
    while following < end and text[following] in " \t*_":
        following += 1
    return following < end and starts_body(text, following)


@cache
def _case_opener() -> regex.Pattern:
    """A heading's opening case phrase up to its comma ("Đối với tiếp xúc cử tri của đại biểu Quốc hội, "): [blocks]
    case_openers, at most case_opener_words words."""
    blocks = _cfg()["blocks"]
    return regex.compile(r"(?i:" + _alternation(blocks["case_openers"]) + r")[ \t](?:[^,;:.\n]++[ \t]?){1,"
                         + str(int(blocks["case_opener_words"])) + r"}?,[ \t]*+")


def _past_case_opener(text: str, head: int, end: int) -> int:
    """Where a heading's body starts past its opening case phrase, when a body or an official follows the comma;
    else ``head``."""
    opener = _case_opener().match(text, head, min(end, head + _CASE_OPENER_CHARS))
    if opener is None:
        return head
    after = opener.end()
    if starts_body(text, after) or official_pattern().match(text, after, end):
        return after
    return head


_CASE_OPENER_CHARS = 240
_PERMISSION = regex.compile(r"(?i:" + _alternation(_cfg()["blocks"]["permission_words"]) + r")[ \t]")


def _after_wrapped_gloss(text: str, line_end: int, end: int) -> int:
    """Where a heading's block body starts: after a gloss that opens the next line (:data:`common.WRAPPED_GLOSS`:
    "1. Sở Nông nghiệp và Môi trường⏎(Chi cục Kiểm lâm) chủ trì …")."""
    if not text.startswith("\n", line_end):
        return line_end
    gloss = WRAPPED_GLOSS.match(text, line_end + 1, end)
    return gloss.end() if gloss else line_end


#: A body's proper name: a capital, then a capitalised word among the next two ("Viện Quy hoạch …", "Trung tâm Quy
#: hoạch …"), where a task opens with a verb in sentence case ("Giao tài sản …").
_PROPER_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}]{0,12}(?:[ \t]{1,3}\p{Ll}[\p{L}\p{M}]{0,12})?[ \t]{1,3}\p{Lu}")


def _lists_members(text: str, start: int, end: int) -> bool:
    """Whether every item of ``text[start:end]`` opens with a body's name: the members of a group, not its tasks
    (``- Viện Quy hoạch Xây dựng Thành phố Hồ Chí Minh (trên cơ sở hợp nhất …)``)."""
    items = 0
    for line in _LINE.finditer(text, start, end):
        bullet = _DASH_BULLET.match(text, line.start(), line.end()) or _patterns()["bullet"].match(text, line.start(),
                                                                                                  line.end())
        if bullet is None:
            continue
        at = bullet.end()
        while at < line.end() and text[at] in " \t*_":
            at += 1
        named = find_agencies(text, at, min(line.end(), at + _NAME_LINE_CHARS))
        if not (named and named[0].start == at and not named[0].generic or _PROPER_NAME.match(text, at, line.end())
                and not _patterns()["task_start"].match(text, at, line.end())):
            return False
        items += 1
    return items > 0


def _owner_after_wrap(text: str, at: int, end: int) -> Optional[int]:
    """Where a group's name ends that stopped at a hard wrap after "thuộc" (``các sở, ban, ngành thuộc⏎UBND tỉnh``,
    ``… trực thuộc⏎Trung ương``): after the body or level named at the start of the next line; None otherwise."""
    tail = _OWNER_WORD.search(text, max(0, at - 16), at)
    if not tail:
        return None
    start = at
    while start < end and text[start] in " \t\n*_":
        start += 1
    if start == at or "\n" not in text[at:start]:
        return None
    named = [m for m in find_agencies(text, start, min(end, start + 120)) if m.start == start]
    if named:
        return named[0].end
    level = _scope_level().match(text, start, end)
    return level.end() if level else None


@cache
def _scope_level() -> regex.Pattern:
    return regex.compile(r"(?:" + _alternation(load_toml("agency_heads.toml")["scope"]["levels"]) + r")(?![\p{L}\p{M}])")


#: "thuộc" between a named unit and the body it belongs to.
_OWNED_BY = owner_word()


def _owned_group(text: str, start: int, end: int, mentions: list[AgencyMention]) -> Optional[AgencyMention]:
    """A heading that names a kind of body and the body they belong to, as one group: ``2. Cơ quan chuyên môn, tổ
    chức hành chính khác thuộc Ủy ban nhân dân thành phố``, ``4. Đơn vị sự nghiệp công lập thuộc Sở Y tế`` (the owner
    is named to the heading's end); None otherwise."""
    owner = _OWNED_BY.search(text, start, end)
    if owner is None:
        wrapped = _OWNER_WORD.search(text, start, end)
        if wrapped and names_owned_kinds(text[start:wrapped.start()]):
            # "2. Cơ quan chuyên môn, tổ chức hành chính khác thuộc⏎Ủy ban nhân dân thành phố": the owner is on the
            # next line (:func:`_owner_after_wrap` reads it)
            name = text[start:end].rstrip(" \t*_")
            return AgencyMention(start, start + len(name), name, name, generic=True)
        return None
    if not names_owned_kinds(text[start:owner.start()]):
        return None
    if not any(m.start == owner.end() and m.end >= end - 1 and not m.generic for m in mentions):
        return None
    name = " ".join(text[start:end].split())
    return AgencyMention(start, end, name, canonical_agency(name), generic=True)


#: A group name that stops at "thuộc" names its owner next: "các sở, ban, ngành thuộc …".
_OWNER_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_WORDS["owner_words"]) + r")[ \t*_]*$")


#: The end of a list item before the next body of a list: ", ", "; ", " và ".
_LIST_GAP = regex.compile(r"(?:[,;]|[ \t\n]" + regex.escape(CONNECTOR) + r")[ \t\n]*$")


@cache
def _duty_heading() -> regex.Pattern:
    return regex.compile(r"[ \t*_]{0,4}(?i:" + _alternation(_cfg()["blocks"]["duty_headings"], spaces=_WRAPPED_SPACE)
                         + r")" + _WRAPPED_SPACE)


_ARTICLE_CHARS = 24  # how far into a heading its "Điều 28. " prefix may reach


@cache
def _subject_heading() -> regex.Pattern:
    return regex.compile(r"[ \t*_]{0,4}(?=(?i:" + _alternation(_cfg()["blocks"]["duty_heading_subjects"],
                                                             spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}]))")


@cache
def _activity_scope() -> regex.Pattern:
    """"trong" + an activity after a duty heading's assignee ("… của Chủ khoản viện trợ trong quản lý và thực hiện
    chương trình"): the field of the duties, not part of who has them ("giáo viên trong cơ sở giáo dục" stays); a
    start date ends the assignee too ("… của Trạm Y tế xã, phường, đặc khu | từ 01/1/2026 …")."""
    words = _cfg()["blocks"]["activity_scope"]
    return regex.compile(r"[ \t\n]+(?:(?:" + _alternation(words["openers"]) + r")[ \t\n]+(?i:"
                         + _alternation(words["activities"], spaces=_WRAPPED_SPACE) + r")"
                         + r"|(?:" + _alternation(words["conditions"]) + r")"
                         + r"|(?:" + _alternation(words["since"]) + r")(?=[ \t]{1,3}\d))(?![\p{L}\p{M}])")


def _opens_with_subject(text: str, section: Section) -> bool:
    """Whether an item opens with a subject of its own, past its number: a body's name or an official's title ("3.
    Giám đốc các sở, ban, ngành …", "4. Sở Nội vụ hướng dẫn …")."""
    marker = _patterns()["list_marker"].match(text[section.start:section.end])
    return opens_with_a_body(text, section.start + (marker.end() if marker else 0), section.end)


@cache
def _official_any_case() -> regex.Pattern:
    """An official's title in a heading, in either case ("Trách nhiệm của | người đứng đầu | cơ quan, đơn vị")."""
    return regex.compile(official_pattern().pattern, regex.I)


def _duty_heading_block(text: str, start: int, end: int, handing_out: bool = False) -> Optional[_Block]:
    """A numbered heading that says whose duties follow ("Điều 17. Trách nhiệm của Văn thư cơ quan", "1.5. Trách
    nhiệm của đối tượng thực hiện kiểm kê:"; in the part that hands out work, ``handing_out``, also a heading that
    opens with a role group: "Điều 28. Cán bộ, công chức, viên chức tiếp nhận …"): its assignee, named as written
    (a gloss in parentheses dropped), is the block's agency even when no list of bodies knows it."""
    number = _patterns()["numbered"].match(text, start, end)
    duty = _duty_heading().match(text, number.end(), end) if number else None
    if not duty and number and handing_out and ARTICLE_PREFIX.match(text[start:start + _ARTICLE_CHARS]):
        duty = _subject_heading().match(text, number.end(), end)
    if not duty:
        return None
    line_end = _heading_end(text, duty.end(), end)
    if line_end >= end:
        return None
    agencies = _duty_assignees(text, duty.end(), line_end)
    return _Block(tuple(agencies), line_end, end, False) if agencies else None


def _duty_assignees(text: str, at: int, line_end: int) -> list[AgencyMention]:
    """The assignees a duty heading names between ``at`` (past "Trách nhiệm của") and ``line_end``: "Văn thư cơ
    quan", "Hội Công chứng viên thành phố, các tổ chức hành nghề công chứng" (two); none when the name is empty or
    longer than ``[blocks] duty_heading_words``."""
    name_end = line_end
    gloss = text.find("(", at, line_end)
    if gloss >= 0:
        name_end = gloss
    scope = _activity_scope().search(text, at, name_end)
    if scope:
        name_end = scope.start()  # "Trách nhiệm của Trường THPT | trong thực hiện chương trình …": what, not who
    name = text[at:name_end].rstrip(_TRAIL + "*_ \n")
    words = name.split()
    if not words or len(words) > _cfg()["blocks"]["duty_heading_words"]:
        return []
    name_start = at
    flat = name.replace("\n", " ")  # "Trách nhiệm của người ⏎ đứng đầu cơ quan, đơn vị": the title wraps
    title = _official_any_case().match(flat)
    if title and flat[title.end():].strip() and not flat[title.end():].lstrip().startswith(","):
        # "Trách nhiệm của Trưởng các tổ chức hành nghề công chứng": the official stands for what he heads (P6)
        name = name[title.end():]
        name_start += title.end()
    named = [m for m in find_agencies(text, name_start, name_start + len(name)) if not m.generic]
    agencies: list[AgencyMention] = []
    # "các Sở quản lý công trình xây dựng chuyên ngành Thành phố, Ban quản lý các khu công nghệ cao …": the words
    # before the first named body are a body of their own
    first = named[0].start if named else name_start + len(name)
    if named and first > name_start and not _LIST_GAP.search(text[name_start:first]):
        # "Ban biên tập Cổng thông tin điện tử tỉnh": a body named inside the name is part of it
        named, first = [], name_start + len(name)
    # "Ủy ban nhân dân cấp xã, Chủ tịch Ủy ban nhân dân cấp xã": a body and its head are one assignee
    named = list({m.canonical: m for m in reversed(named)}.values())[::-1]
    prefix = text[name_start:first].rstrip(_TRAIL + " \n")
    prefix = prefix[:-len(CONNECTOR)].rstrip(_TRAIL + " \n") if prefix.endswith(" " + CONNECTOR) else prefix
    if prefix.split():
        canonical = canonical_agency(" ".join(prefix.split()))
        agencies.append(AgencyMention(name_start, name_start + len(prefix), prefix, canonical,
                                      generic=is_generic(canonical)))
    tail = text[named[-1].end:name_start + len(name)] if named else ""
    if _LOWER_NAME_TAIL.fullmatch(tail):
        # "Trách nhiệm của Trung tâm Lưu trữ | lịch sử": the heading names its assignee to its end, lower-case words and
        # all (no list mark, no "và", no "của" in them)
        last = named[-1]
        full = text[last.start:name_start + len(name)]
        named[-1] = AgencyMention(last.start, last.start + len(full), full, canonical_agency(" ".join(full.split())),
                                  generic=last.generic)
    agencies += named
    return agencies


#: The most characters from a unit's "Trách nhiệm của" to the colon that closes its assignee's name.
_LABEL_CHARS = 160


def _unit_duty_label(text: str, start: int, end: int) -> Optional[tuple[tuple[AgencyMention, ...], int]]:
    """An item of a block's body that opens with a duty heading of its own and a colon, its duties after it ("a)
    Trách nhiệm của Văn phòng đăng ký đất đai: Chịu trách nhiệm quản lý …", "- Trách nhiệm của giáo vụ: giám sát việc
    giảng dạy …"): the item's assignee, which wins over the block's, and where its task starts; None otherwise."""
    marker = _patterns()["list_marker"].match(text[start:end])  # anchored at the unit's start (^ of the slice)
    duty = _duty_heading().match(text, start + (marker.end() if marker else 0), end)
    if not duty:
        return None
    colon = text.find(":", duty.end(), min(end, duty.end() + _LABEL_CHARS))
    if colon < 0 or "\n\n" in text[duty.end():colon] or _CLAUSE_END.search(text, duty.end(), colon):
        return None
    task = _LABEL_GAP.match(text, colon + 1, end)
    if task is None or task.end() >= end:
        return None  # "2. Trách nhiệm của Sở Y tế:" over its items: a heading, no label
    agencies = _duty_assignees(text, duty.end(), colon)
    return (tuple(agencies), task.end()) if agencies else None


#: The space and markup between a unit's duty label's colon and its task, which starts at a letter.
_LABEL_GAP = regex.compile(r"[ \t*_]*+(?=\p{L})")


#: The lower-case words after the last body a duty heading names, which go on with its name: no list mark, "và" or
#: "của" among them.
_LOWER_NAME_TAIL = regex.compile(r"(?:[ \t\n]++(?!(?:" + _AND + r"|" + _alternation(_WORDS["of_words"])
                                 + r")(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*+){1,6}")


def _duty_headed_children(text: str, section: Section) -> bool:
    """Whether most of a section's items are duty headings of their own ("Điều 23. Trách nhiệm của Hội Công chứng viên
    thành phố, các tổ chức hành nghề công chứng …" over "1. Trách nhiệm của Hội Công chứng viên thành phố", "2. Trách
    nhiệm của Trưởng các tổ chức hành nghề công chứng"): then each item names the assignee of the tasks under it."""
    duties = sum(_is_duty_heading(text, child.start, _heading_end(text, child.start, child.end))
                 for child in section.children)
    return duties >= 2 and 2 * duties >= len(section.children)


@cache
def _group_own_duties() -> regex.Pattern:
    """An item heading that says the group's own duties follow (``[blocks] group_own_duties``)."""
    return regex.compile(r"[ \t*_]{0,6}(?i:" + _alternation(_cfg()["blocks"]["group_own_duties"]) + r")[ \t*_:.]{0,8}$")


@cache
def _person_kinds() -> regex.Pattern:
    """A kind of person that opens an item's heading (``[blocks] person_kinds``: "Cán bộ", "Văn thư")."""
    return regex.compile(r"(?i:" + _alternation(_cfg()["blocks"]["person_kinds"]) + r")(?![\p{L}\p{M}])")


def _person_heading(text: str, section: Section) -> Optional[AgencyMention]:
    """The persons an item's heading names, when it is only a kind of person (``[blocks] person_kinds``: "Cán bộ,
    công chức", "Văn thư"), a short phrase with no verb; None otherwise."""
    heading = (section.heading or "").strip(" \t*_:.")
    if not heading or len(heading.split()) > _cfg()["blocks"]["person_heading_words"] \
            or not _person_kinds().match(heading) or _patterns()["task_start"].match(heading):
        return None
    at = _heading_at(text, section, heading)
    if at < 0:
        return None
    return AgencyMention(at, at + len(heading), heading, heading, generic=True)


def _heading_at(text: str, section: Section, heading: str) -> int:
    """Where a section's heading (as the tree gives it, its number and marks stripped) is written, or -1."""
    return text.find(heading, section.start, section.start + len(heading) + 40)


@cache
def _post_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """A post with no body of its own that opens a heading (``[blocks] post_kinds``; the kinds of person of
    :func:`_person_kinds` too), and the words that say what it is in charge of (``in_charge``)."""
    blocks = _cfg()["blocks"]
    post = regex.compile(r"(?i:" + _alternation(blocks["post_kinds"]) + r")(?![\p{L}\p{M}])")
    charge = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(blocks["in_charge"]) + r")(?![\p{L}\p{M}])")
    return post, charge


#: A gloss in parentheses that ends a heading: "(Bên cho thuê)".
_TRAILING_GLOSS = regex.compile(r"[ \t\n]*\([^()]{1,60}\)[ \t*_:.]*$")


@cache
def _role_group() -> regex.Pattern:
    """A group named by its role that opens an item's heading (``[blocks] role_group_kinds``: "Chủ đầu tư, chủ sở hữu,
    đơn vị quản lý vận hành nhà ở xã hội")."""
    return regex.compile(r"(?i:" + _alternation(_cfg()["blocks"]["role_group_kinds"]) + r")(?![\p{L}\p{M}])")


def _post_heading(text: str, section: Section) -> Optional[AgencyMention]:
    """The post an implementation item's heading names when it is only a post (``3. Cán bộ phụ trách lĩnh vực giám sát
    và phản biện xã hội``, ``1. Công chức Văn hóa - Xã hội xã``) over lines of its own; None otherwise.

    >>> text = "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\\n\\n- Tham mưu xây dựng Kế hoạch."
    >>> section = Section(kind="implementation", number="3", level=2, start=0, end=len(text),
    ...                   heading="Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội")
    >>> _post_heading(text, section).text
    'Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội'
    """
    heading = (section.heading or "").strip(" \t*_:.")
    gloss = _TRAILING_GLOSS.search(heading)
    if gloss:
        heading = heading[:gloss.start()]  # "5. Chủ đầu tư, chủ sở hữu, … nhà ở xã hội (Bên cho thuê):": who, glossed
    post, charge = _post_patterns()
    group = _role_group().match(heading) is not None
    if not heading or not (_person_kinds().match(heading) or post.match(heading) or group) \
            or len(heading.split()) > _cfg()["blocks"]["post_heading_words"]:
        return None
    in_charge = charge.search(heading)
    own = heading[:in_charge.start()] if in_charge else heading
    words = _cfg()["blocks"]["post_heading_words" if group else "person_heading_words"]
    if len(own.split()) > words or _patterns()["task_start"].match(heading) \
            or _VERB_IN_TITLE.search(own) or find_agencies(own):
        return None  # "Cán bộ, công chức vi phạm quy định …", "Phó Chủ tịch UBND xã …" (an official of a body)
    at = _heading_at(text, section, heading)
    body = text.find("\n", at + len(heading), section.end) if at >= 0 else -1
    if body < 0 or not text[body:section.end].strip():
        return None
    return AgencyMention(at, at + len(heading), heading, " ".join(heading.split()), generic=True)


_ALL_LEVELS = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(load_toml("agency_heads.toml")["scope"]["every_level"])
                            + r")(?![\p{L}\p{M}])")


def _levels_group(block: _Block) -> bool:
    """Whether a block's one assignee is a body at every level ("Điều 12. Trách nhiệm của Ủy ban nhân dân các cấp"):
    the items under it that name one level ("1. Ủy ban nhân dân cấp tỉnh có trách nhiệm:") are blocks of their own."""
    return len(block.agencies) == 1 and _ALL_LEVELS.search(block.agencies[0].text) is not None


def _name_words(mention: AgencyMention) -> list[str]:
    """A body's words past the list's plural word, lower case: "Các tổ chức, cá nhân tham gia" → tổ, chức, cá, nhân …"""
    words = regex.findall(r"[\p{L}\p{M}]+", mention.text.lower())
    return words[1:] if words[:1] == [PLURAL_WORD] else words


def _restates(group: _Block, block: _Block) -> bool:
    """Whether an item's own generic subject only restates its generic group heading's bodies (round 55: "Điều 29.
    Trách nhiệm của tổ chức, cá nhân khác" ⏎ "1. Các tổ chức, cá nhân tham gia xây dựng … phải tuân thủ …": the
    heading's assignee keeps the item) — the same first four words, both generic."""
    if not (group.agencies and block.agencies and all(a.generic for a in group.agencies + block.agencies)):
        return False
    head = _name_words(group.agencies[0])[:4]
    names = {a.canonical.lower() for a in group.agencies}
    return len(head) == 4 and all(_name_words(a)[:4] == head for a in block.agencies) \
        and any(a.canonical.lower() not in names for a in block.agencies)


def _tree_blocks(doc: DocumentStructure) -> list[_Block]:
    """Blocks from the section tree: the highest sections that name an agency, under the top-level
    sections that hand out work (implementation, tasks, solutions, chapters … as data says).

    An agency block keeps its sub-items (``a)``, ``1.1.``) as its body; a section that names no
    agency (``1. Cấp tỉnh``) is searched for agency blocks among its children.
    """
    blocks: list[_Block] = []

    def visit_children(section: Section, groups: bool, group: Optional[_Block] = None) -> int:
        """Visit a section's items; how many of them gave blocks. Under a ``group``'s heading, an item that gives
        none and has items of its own holds the group's own duties ("2. Các sở, ban, ngành, địa phương: …" ⏎
        "2.1. Trách nhiệm chung" ⏎ "a) …", beside "2.2. Trách nhiệm riêng" ⏎ "a) Sở Xây dựng: …")."""
        with_blocks = 0
        quiet: list[Section] = []
        restated: set[int] = set()  # the items whose subject restates the group's bodies
        for child in section.children:
            before = len(blocks)
            visit(child, groups)
            if group is not None:
                # the group's own bodies again, as the item's subject: the heading's assignee keeps the item's task
                if any(_restates(group, b) for b in blocks[before:]):
                    restated.add(id(child))
                blocks[before:] = [replace(b, agencies=group.agencies) if _restates(group, b) else b
                                   for b in blocks[before:]]
            with_blocks += len(blocks) > before
            if len(blocks) == before and child.children:
                quiet.append(child)
        if group is not None and with_blocks and 2 * with_blocks >= len(section.children):
            for child in quiet:
                persons = _person_heading(doc.text, child)
                if persons is not None:
                    # "2. Cán bộ, công chức" ⏎ "a) Sử dụng Hệ thống …": those persons' duties
                    blocks.append(_Block((persons,), child.children[0].start, child.end, group.requested))
                elif _group_own_duties().match(child.heading or ""):
                    blocks.append(replace(group, body_start=child.children[0].start, body_end=child.end))
            for child in section.children:
                if not child.children and id(child) not in restated \
                        and not any(child.start <= b.agencies[0].start < child.end for b in blocks):
                    # "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" ⏎ "a) Khẩn trương rà soát …" beside "b) Các
                    # Bộ: Tài chính, Y tế … khẩn trương khắc phục …": an item that names no body is the group's task
                    blocks.append(replace(group, body_start=child.start, body_end=child.end))
        return with_blocks

    def visit(section: Section, groups: bool, block: Optional[_Block] = None) -> None:
        block = block or _block_at(doc.text, section.start, section.end, groups, doc.headingless)
        found = len(blocks)
        if block and section.children and (all(a.generic for a in block.agencies)
                                           or _duty_headed_children(doc.text, section)
                                           or _levels_group(block)):
            # "1. Nhiệm vụ của các cơ quan" above "1.1. Sở Tài chính", "1.2. …": the named blocks under it, when
            # at least half its items are blocks (not "a) Sở Nội vụ chủ trì …" among the group's own tasks)
            with_blocks = visit_children(section, groups, block if all(a.generic for a in block.agencies) else None)
            if with_blocks and 2 * with_blocks >= len(section.children):
                return
            del blocks[found:]
        if block:
            blocks.append(block)
            return
        with_blocks = visit_children(section, groups)
        post = _post_heading(doc.text, section) if groups and len(blocks) == found else None
        if post is not None:
            # "3. Cán bộ phụ trách lĩnh vực giám sát …" ⏎ "- Tham mưu …": the post's own tasks
            blocks.append(_Block((post,), doc.text.find("\n", post.end, section.end), section.end, False))
            return
        if len(blocks) == found or 2 * with_blocks < len(section.children):
            # a duty heading over its items: theirs unless most items are blocks of their own ("2. Trách nhiệm của
            # Trưởng các tổ chức hành nghề công chứng" over "a) Đề nghị Sở Tư pháp cấp …", "b) Chịu trách nhiệm …")
            duty = _duty_heading_block(doc.text, section.start, section.end, groups)
            if duty:
                del blocks[found:]
                blocks.append(duty)

    kinds = set(_cfg()["blocks"]["section_kinds"])
    for top in doc.sections:
        duties = _bare_duties_block(doc, top)
        if duties:
            # "Điều 2. Nhiệm vụ và quyền hạn" of a regulation of one body's functions: every item is that body's
            blocks.append(duties)
            continue
        own = _block_at(doc.text, top.start, top.end, True, doc.headingless) if top.kind == "other" and doc.info.doc_type is not None \
            and doc.text[top.start:top.start + 1].isdigit() else None
        if own:
            # a directive's numbered items are its top level: "**2. Sở Khoa học và Công nghệ**" over "a) …"
            visit(top, True, own)
        elif top.kind in kinds:
            found = len(blocks)
            for child in top.children:
                visit(child, top.kind == "implementation")
            duty = _duty_heading_block(doc.text, top.start, top.end) if top.children else None
            if duty:
                # "Điều 7. Trách nhiệm của Trung tâm Lưu trữ lịch sử" over "1. Thu thập …", "2. Bảo quản …": an
                # article whose heading says whose duties follow holds them up to the first item that names a
                # subject of its own ("3. Giám đốc các sở, ban, ngành … xem xét áp dụng …", "4. Sở Nội vụ …")
                own = next((child.start for child in top.children if _opens_with_subject(doc.text, child)), top.end)
                if own > duty.body_start and not any(duty.body_start <= b.agencies[0].start < own
                                                     for b in blocks[found:]):
                    blocks.append(replace(duty, body_end=own))
    return blocks


@cache
def _article_heading(key: str) -> regex.Pattern:
    """An article heading made of one of the words of ``[blocks] key`` alone ("Nhiệm vụ và quyền hạn")."""
    return regex.compile(r"(?i:" + _alternation(_cfg()["blocks"][key], spaces=_WRAPPED_SPACE) + r")[ \t*_.:]*")


def _article_headed(doc: DocumentStructure, top: Section, key: str) -> bool:
    """Whether a top-level section is an article (``Điều 2.``), or a part of a mandate page (:func:`_mandate_part`),
    whose heading is one of ``[blocks] key`` alone."""
    return top.heading is not None and _article_heading(key).fullmatch(" ".join(top.heading.split())) is not None \
        and (ARTICLE_PREFIX.match(doc.text[top.start:top.start + _ARTICLE_CHARS]) is not None or _mandate_part(doc, top))


_ROMAN = regex.compile(r"[IVXL]{1,5}")


def _mandate_part(doc: DocumentStructure, top: Section) -> bool:
    """Whether ``top`` is a Roman-numbered part of a page of one body's mandate, whose parts open with its functions
    (``[blocks] function_headings``): "I. CHỨC NĂNG" … "II. NHIỆM VỤ, QUYỀN HẠN" … "III. TỔ CHỨC BỘ MÁY"."""
    def roman(section: Section) -> bool:
        return section.number is not None and _ROMAN.fullmatch(section.number) is not None
    return roman(top) and any(roman(part) and part.heading is not None and part.start < top.start
                              and _article_heading("function_headings").fullmatch(" ".join(part.heading.split()))
                              for part in doc.sections)


@cache
def _body_definition() -> regex.Pattern:
    return regex.compile(r"[ \t\n]+(?:" + _alternation(_cfg()["blocks"]["body_definitions"], spaces=_WRAPPED_SPACE)
                         + r")(?![\p{L}\p{M}])")


def _defined_body(doc: DocumentStructure, end: int) -> Optional[AgencyMention]:
    """The body a regulation of functions defines before ``end``: a line that opens with its name and a definition
    ("1. Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"); None when no line or two bodies do."""
    text = doc.text
    defined: dict[str, AgencyMention] = {}
    for top in doc.sections:
        if top.start >= end:
            break
        for mention in find_agencies(text, top.start, min(top.end, end)):
            line_start = text.rfind("\n", 0, mention.start) + 1
            opening = text[line_start:mention.start]
            if mention.generic or (opening.strip(" \t*_") and not _patterns()["numbered"].fullmatch(opening)):
                continue
            if _body_definition().match(text, mention.end):
                defined.setdefault(mention.canonical, mention)
    return next(iter(defined.values())) if len(defined) == 1 else None


def organisation_regions(doc: DocumentStructure) -> list[tuple[int, int]]:
    """The articles of a regulation of functions that describe how the body is organised ("Điều 3. Cơ cấu tổ chức"):
    units and posts, where no record is kept."""
    return [(top.start, top.end) for top in doc.sections if _article_headed(doc, top, "organisation_headings")]


def _bare_duties_block(doc: DocumentStructure, top: Section) -> Optional[_Block]:
    """The duties article of a regulation of one body's functions ("Điều 2. Nhiệm vụ và quyền hạn"), as a block of
    the body the regulation defines; None for any other section."""
    if not _article_headed(doc, top, "bare_duty_headings"):
        return None
    body = _defined_body(doc, top.start)
    if body is None:
        return None
    line_end = _heading_end(doc.text, top.start, top.end)
    return _Block((body,), line_end, top.end, False)


def _implementation_regions(doc: DocumentStructure) -> list[tuple[int, int]]:
    regions = [(s.start, s.end) for s in doc.top_sections("implementation")]
    if regions:
        return regions
    p = _patterns()
    found = []
    for match in p["region_start"].finditer(doc.text):
        stop = p["region_end"].search(doc.text, match.end())
        found.append((match.end(), stop.start() if stop else len(doc.text)))
    return found


def _list_end(text: str, start: int, end: int, heading_kind: Optional[str] = None) -> int:
    """Where the items under a block heading of a news article end: at the first paragraph after them that is no
    item ("Lưu ý: …", the article's next question) or at the next heading numbered as this one ("(2) …"); a heading
    over one paragraph keeps that paragraph only."""
    seen = False
    for line in _LINE.finditer(text, start, end):
        content = line.group()
        if not content.strip(" \t*_"):
            continue
        if heading_kind is not None and marker_kind(text, line.start()) == heading_kind:
            return line.start()
        if ARTICLE_PREFIX.match(MARKUP_MARKS.sub("", content)):
            return line.start()  # "**Điều 9. Phân cấp thẩm quyền …**": the next article, no item of this list
        if _patterns()["bullet"].match(content) or _patterns()["numbered"].match(content):
            seen = True
            continue
        if seen:
            return line.start()
        seen = True  # a paragraph body: this one paragraph
        following = _next_text_line(text, line.end(), end)
        return following.start() if following is not None else end
    return end


def _next_text_line(text: str, start: int, end: int) -> Optional[regex.Match]:
    """The first line in ``text[start:end]`` with more than markup on it, or None."""
    following = _LINE.search(text, start, end)
    while following is not None and not following.group().strip(" \t*_"):
        following = _LINE.search(text, following.end(), end)
    return following


#: A block heading that ends with its colon: nothing but markup after it on the line.
_COLON_LINE_END = regex.compile(r":[ \t*_]*+(?:\n|$)")


def _line_blocks(doc: DocumentStructure, regions: list[tuple[int, int]]) -> list[_Block]:
    """Fallback: numbered agency lines (``5. Sở Tư pháp:``) inside the implementation regions."""
    text = doc.text
    blocks: list[_Block] = []
    for start, end in regions:
        # a numbered line, its number in bold or not ("**(2)** **Các Bộ …**, có trách nhiệm …")
        starts = [m.start() for m in _LINE.finditer(text, start, end) if marker_kind(text, m.start()) is not None]
        candidates = [(s, _block_at(text, s, e, news=doc.headingless)) for s, e in zip(starts, starts[1:] + [end])]
        opened = [(s, b) for s, b in candidates if b]
        for index, (s, block) in enumerate(opened):
            stop = opened[index + 1][0] if index + 1 < len(opened) else end
            cut = _patterns()["body_stop"].search(text, block.body_start, stop)
            if cut and not text[block.body_start:cut.start()].strip(_TRAIL + "\n"):
                # "1. Sở Dân tộc và Tôn giáo⏎...⏎l) Tăng cường …": an omission right under the heading of a
                # quoted block skips that block's first items; the block goes on to the next stop
                cut = _patterns()["body_stop"].search(text, cut.end(), stop)
            stop = cut.start() if cut else stop
            sibling = next_sibling(text, s, block.body_start, stop)
            stop = sibling if sibling is not None else stop
            # … or at a later item of its list ("4." after "2.": a number skipped) or the next Roman part
            later = later_sibling(text, s, block.body_start, stop)
            blocks.append(replace(block, body_end=later if later is not None else stop))
    return blocks


#: A line that opens with a task verb: "Chủ trì tổ chức tập huấn …" under a body's name.
_TASK_LINE = regex.compile(r"[ \t*_]{0,4}(?i:" + _patterns()["task_start"].pattern + r")")
_INDENT = regex.compile(r"[ \t*_]*+")
#: A line drawn under a letterhead's name: "**-------**", "___".
_RULE_LINE = regex.compile(r"[ \t*_=.\-–—]{3,}")
#: What may stand between the bodies of a line that only names them: "Sở Y tế, Công an tỉnh:", "… và …".
_NAME_LINE_GAP = regex.compile(r"[ \t*_,;:]*+(?:" + _AND + r"[ \t*_,;:]*+)?")


def _name_line_blocks(doc: DocumentStructure, regions: list[tuple[int, int]], blocks: list[_Block]) -> list[_Block]:
    """Bodies named on a line of their own, with no number, above the bullets of their tasks (a bold heading once the
    markup is gone): "Sở Y tế⏎- Chủ trì tổ chức tập huấn …⏎Công an tỉnh⏎- …". Only where no other block reads."""
    text = doc.text
    taken = [(b.agencies[0].start, b.body_end) for b in blocks]
    found: list[tuple[int, _Block, bool]] = []  # (line start, block, whether the block's own items' marker ends it)
    for start, end in regions:
        for line in _LINE.finditer(text, start, end):
            if any(s <= line.start() < e for s, e in taken):
                continue
            bullet = _patterns()["bullet"].match(line.group())
            if bullet and line.end() - line.start() - bullet.end() > _NAME_LINE_CHARS:
                continue  # a bullet of a task, not one that only names bodies (no search of a long item's names)
            line_start = line.start() + bullet.end() if bullet else line.start()
            named = [m for m in find_agencies(text, line_start, line.end()) if not m.generic]
            # "Giao Sở Y tế:", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:" over the bullets
            giving = _patterns()["giving"].match(text, _INDENT.match(text, line_start).end(), line.end())
            opened = giving.end() if giving else line_start
            # "- Bộ trưởng Bộ Giáo dục và Đào tạo:" over "+ …": the official stands for the body he heads (round 56),
            # when a colon closes the line (not a biography's "Lãnh đạo Bộ Quốc phòng" over its years, nor a decree's
            # "*Chủ tịch Ủy ban nhân dân cấp xã*" over the fines he may impose)
            title = official_pattern().match(text, _INDENT.match(text, opened).end(), line.end()) \
                if named and text[line.start():line.end()].rstrip(" \t*_").endswith(":") else None
            if title and title.end() == named[0].start:
                opened = title.end()
            if not named or not _NAME_LINE_GAP.fullmatch(text, opened, named[0].start):
                continue
            if not all(_NAME_LINE_GAP.fullmatch(text, a.end, b.start) or title_gap().fullmatch(text, a.end, b.start)
                       for a, b in zip(named, named[1:])) \
                    or not _NAME_LINE_GAP.fullmatch(text, named[-1].end, line.end()):
                continue
            following = _LINE.search(text, line.end(), end)
            if following is None or not (_ITEM_MARK.match(MARKUP_MARKS.sub("", following.group()))
                                         or _TASK_LINE.match(following.group())) \
                    or _RULE_LINE.fullmatch(following.group()):
                continue  # "**THỦ TƯỚNG CHÍNH PHỦ**⏎**-------**": a letterhead over its rule, no block
            body_end, marked = end, False
            if bullet:
                # "- Sở Y tế" over "+ Chủ trì …", "+ Phối hợp …": a bullet that only names bodies heads the
                # sub-items of another marker under it, as far as they run
                marker, sub = _bullet_mark(line.group()), _bullet_mark(following.group())
                if sub is None or sub == marker:
                    continue
                # (a line in lower case after one that ends with ";" goes on with that item: "… vệ sinh công cộng;" ⏎
                # "hình thức và mức kinh phí …")
                other = next((m for m in _LINE.finditer(text, following.end(), end)
                              if m.group().strip(_TRAIL + "*_ ") and _bullet_mark(m.group()) != sub
                              and not (_LOWER_START.match(m.group()) and _last_visible(text, following.start(), m.start()) == ";")),
                             None)
                body_end, marked = (other.start() if other else end), True
            requested = bool(giving and _patterns()["requested"].match(giving.group()))
            found.append((line.start(), _Block(tuple(named), line.end(), body_end, requested), marked))
    out = []
    for index, (at, block, marked) in enumerate(found):
        stop = found[index + 1][0] if index + 1 < len(found) and found[index + 1][0] < block.body_end else block.body_end
        # the next numbered item ends it, unless the block's own items are numbered ("- Đảng uỷ Chính phủ:" over
        # "(1) Chỉ đạo …", "(2) Phối hợp …": they end where a line of another marker opens)
        heading = None if marked else _next_other_numbered(text, block.body_start, stop)
        out.append(_Block(block.agencies, block.body_start, heading.start() if heading else stop, block.requested))
    return out


def _next_other_numbered(text: str, start: int, end: int) -> Optional[regex.Match]:
    """The first numbered line in ``text[start:end]`` not numbered as the first item there: under "Ủy ban nhân dân
    các tỉnh, thành phố:", items "a) …", "b) …" go on until "1.3. Vệ sinh môi trường" (or "2. …")."""
    first = _patterns()["numbered"].search(text, start, end)
    if first is None or text[start:first.start()].strip(_TRAIL + "*_ \n"):
        return first  # the body opens with something else: any numbered line ends it
    shape = marker_kind(text, first.start())
    return next((m for m in _patterns()["numbered"].finditer(text, first.end(), end)
                 if marker_kind(text, m.start()) != shape), None)


#: Top-level parts besides the implementation one where a body's name alone on a line heads items.
_NAME_LINE_KINDS = ("tasks", "solutions")
_NAME_LINE_CHARS = 160  # the longest bullet that only names bodies ("- Sở Nông nghiệp và Môi trường, Sở Tài chính:")


#: An item under a body's name line: a bullet, or a number in parentheses ("- Đảng uỷ Chính phủ:" ⏎ "(1) Chỉ đạo …").
_ITEM_MARK = regex.compile(_patterns()["bullet"].pattern + r"|(?:\G|(?<![ \t]))[ \t]*+\(\d{1,2}\)[ \t]+")


def _bullet_mark(line: str) -> Optional[str]:
    """The kind of marker an item line opens with, its markup stripped ("*- UBKT Trung ương *" → "-", "b) Bộ Xây
    dựng:" → "a)", "(2) Phối hợp …" → "(9)"), or None."""
    bullet = _ITEM_MARK.match(MARKUP_MARKS.sub("", line))
    if not bullet:
        return None
    return marker_shape(bullet.group().strip())  # "b)" and "c)" alike


def _is_duty_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a heading that says whose duties follow: "1. Trách nhiệm của Ủy ban nhân
    dân cấp xã" (no sentence after the name)."""
    number = _patterns()["numbered"].match(text, start, end)
    duty = _duty_heading().match(text, number.end() if number else start, end)
    if not duty:
        return False
    name = text[duty.end():end]
    return len(name.split()) <= _cfg()["blocks"]["duty_heading_words"] and not _CLAUSE_END.search(name.rstrip(" .\n*_"))


#: Longest paragraph read as an object of a lead-in's verb rather than a task of its own.
_OBJECT_CHARS = 150


def _is_object(text: str, unit: tuple[int, int, bool]) -> bool:
    """A short paragraph with no list marker that names a thing ("Danh hiệu “Tập thể Lao động xuất sắc”;")."""
    unit_start, unit_end, is_bullet = unit
    content = text[unit_start:unit_end].rstrip()
    return not is_bullet and len(content) < _OBJECT_CHARS and not content.endswith(":")


#: A lead-in that ends with a preposition and its colon: "… quản lý đối với:" (data/assignments.toml [blocks]
#: object_prepositions).
_OBJECT_LEAD_IN = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_cfg()["blocks"]["object_prepositions"])
                                + r")[ \t*_]*:[ \t*_]*$")


def _last_object(text: str, units: list[tuple[int, int, bool]], index: int) -> int:
    """The index of the last unit that is an object of the lead-in ``units[index]``, or ``index`` when it leads into
    none: after a verb and its colon, the short unmarked paragraphs under it ("… quyết định tặng thưởng:⏎Danh hiệu
    …;"), unless its last words announce tasks; after a preposition and its colon, its items of any kind, up to the
    next unit marked as the lead-in itself (a sibling)."""
    unit_start, unit_end, _ = units[index]
    content = text[unit_start:unit_end].rstrip()
    last = index
    if index + 1 == len(units):
        return index
    listing = _LISTING_LEAD_IN.search(content)
    if _OBJECT_LEAD_IN.search(content) or (
            listing and not _lists_tasks(text, units, index)
            # "… nhiệm vụ và quyền hạn | bao gồm:": the words before the listing one announce tasks
            and not announces_items(text, max(unit_start, unit_start + listing.start() - _ANNOUNCE_CHARS),
                                    unit_start + listing.start())):
        own = _bullet_mark(text[text.rfind("\n", 0, unit_start) + 1:unit_end])
        for following in range(index + 1, len(units)):
            mark = _bullet_mark(text[text.rfind("\n", 0, units[following][0]) + 1:units[following][1]])
            if (mark is None and not _is_object(text, units[following])) or (own is not None and mark == own):
                break
            last = following
    elif content.endswith(":") and len(content) < _OBJECT_LEAD_IN_CHARS \
            and not announces_items(text, max(unit_start, unit_end - _ANNOUNCE_CHARS), unit_end):
        while last + 1 < len(units) and _is_object(text, units[last + 1]):
            last += 1
    return last


_OBJECT_LEAD_IN_CHARS = 400  # the longest lead-in over short unmarked paragraphs that are its verb's objects

#: A lead-in that ends with a word of listing and its colon: "- Lập hồ sơ hoàn công cho từng hộ gia đình, bao gồm:"
#: (data/assignments.toml [blocks] listing_words).
_LISTING_LEAD_IN = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_cfg()["blocks"]["listing_words"])
                                 + r")[ \t*_]*:[ \t*_]*$")
_ITEM_OPENING_CHARS = 40  # how much of an item's opening the tagger reads for its first word
#: The marks, markup and numbers before an item's first word.
_ITEM_OPENING = regex.compile(r"^(?:[^\p{L}]|" + shape("letter") + r"[.)])*+")


def _lists_tasks(text: str, units: list[tuple[int, int, bool]], index: int) -> bool:
    """Whether the first item under a listing lead-in opens with a verb, a task of its own ("bao gồm:" ⏎ "+ Xây dựng
    …"); not a thing ("+ Đơn đề nghị hỗ trợ về nhà ở …;", "+ Biên bản xác nhận …"), which the lead-in's task holds."""
    if index + 1 >= len(units):
        return True
    item_start, item_end, _ = units[index + 1]
    marker = _patterns()["list_marker"].match(text[item_start:item_end])
    at = item_start + (marker.end() if marker else 0)
    opening = _ITEM_OPENING.sub("", text[at:min(item_end, at + _ITEM_OPENING_CHARS)])
    lowered = opening[:1].lower() + opening[1:]  # the verb list is written in lower case
    return _patterns()["task_start"].match(lowered) is not None or opens_with_verb(opening)


#: An item number in parentheses inside a paragraph, bold or not: "**(1)** trình …; **(2)** chủ trì …", "(i) …; (ii) …".
_INLINE_ITEM_MARK = r"[*_]{0,2}\((?:\d{1,2}|[ivx]{1,4})\)[*_]{0,2}[ \t\n]+"
_INLINE_ITEM = regex.compile(r"[ \t*_]*+" + _INLINE_ITEM_MARK)
#: … after the ";" that ends the item before it (the split falls before the number, the next task starts after it).
_INLINE_ITEM_AFTER = regex.compile(r"(?<=;)[ \t\n]*+" + _INLINE_ITEM_MARK)


def _body_tasks(text: str, start: int, end: int) -> Iterator[tuple[int, int, Optional[tuple[int, int]]]]:
    """Task spans of a block body: one per bullet, else one per sentence; with each, the lead-in
    line that introduces it (``Chủ trì, phối hợp với … thực hiện các nhiệm vụ sau:``), if any."""
    split_clauses = bool(_cfg()["blocks"]["split_clauses"])
    lead_in: Optional[tuple[int, int]] = None
    lead_in_mark: Optional[str] = None  # the marker of a bullet that leads in to sub-bullets ("-" over "+")
    skip_to = -1  # the short paragraphs after "… quyết định tặng thưởng:" are what the verb acts on
    units = list(_body_units(text, start, end))
    for index, (unit_start, unit_end, is_bullet) in enumerate(units):
        if index <= skip_to:
            continue
        content = text[unit_start:unit_end]
        last = _last_object(text, units, index)
        if last > index:
            # "b) … quyết định tặng thưởng:⏎Danh hiệu …;⏎Bằng khen …", "… cập nhật các thông tin vào Cơ sở dữ liệu về
            # giá đối với:⏎a) Báo cáo giá …;⏎b) Giá tính …": the lead-in and what its verb acts on are one task
            skip_to = last
            task_end = units[last][1]
            while task_end > unit_start and text[task_end - 1] in _TRAIL:
                task_end -= 1
            yield unit_start, task_end, lead_in
            continue
        if index + 1 < len(units) and _is_item_heading(text, units[index], units[index + 1]):
            continue  # "1. Về xây dựng pháp luật", "1.1. Trình Ủy ban nhân dân tỉnh" over their items
        if is_bullet:
            mark = _bullet_mark(text[text.rfind("\n", 0, unit_start) + 1:unit_end])
            if lead_in_mark is not None and mark == lead_in_mark:
                lead_in, lead_in_mark = None, None  # the next item of the lead-in's own level: its sub-items are over
            if content.rstrip().endswith(":") and len(content) < 120:
                yield from _own_clause_task(text, unit_start, unit_end)
                # a lead-in to sub-bullets ("- Chủ trì, phối hợp với … tham mưu UBND tỉnh:" over "+ …"): they take its
                # role and partners (round 49)
                lead_in, lead_in_mark = (unit_start, unit_end), mark
                continue
            yield unit_start, unit_end, lead_in
            continue
        if content.rstrip().endswith(":") and len(content) < 400:
            # "1. Tiếp nhận và giải quyết hồ sơ …, | cụ thể:" over "a) …": its own clause is a task, the items too
            yield from _own_clause_task(text, unit_start, unit_end)
            lead_in, lead_in_mark = (unit_start, unit_end), None
            continue
        if _is_duty_heading(text, unit_start, unit_end):
            continue  # "1. Trách nhiệm của Ủy ban nhân dân cấp xã" over the items: a heading, no task
        lead_in, lead_in_mark = None, None
        cursor = 0
        marker = _INLINE_ITEM.match(content)
        if marker:  # "a) Bộ Khoa học và Công nghệ: **(1)** trình …": the first item's number is no part of its task
            cursor = marker.end()
        # "…, hoàn thành trong tháng 11 năm 2025; **(2)** chủ trì, phối hợp …": each numbered item in the line is a task
        # ("giải quyết 03 vấn đề tồn đọng: (i) …; (ii) …": items after a colon in the task are what its verb acts on)
        colon = content.find(":")
        items = {m.start(): m.end() for m in _INLINE_ITEM_AFTER.finditer(content) if not 0 <= colon < m.start()}
        pieces = sorted({m.start() for m in _SENTENCE_END.finditer(content)} | set(items)) + [len(content)]
        for stop in pieces:
            sentence_start = unit_start + cursor
            if split_clauses:
                for clause in _PLAIN_LINE.finditer(text[sentence_start:unit_start + stop]):
                    yield sentence_start + clause.start(), sentence_start + clause.end(), None
            else:
                yield sentence_start, unit_start + stop, None
            cursor = items.get(stop, stop)
            while cursor < len(content) and content[cursor].isspace():
                cursor += 1


def _own_clause_task(text: str, start: int, end: int) -> Iterator[tuple[int, int, None]]:
    """The own clause of a lead-in unit of a block's body, as a task (:func:`common.own_clause_span`)."""
    colon = text.rfind(":", start, end)
    span = own_clause_span(text, start, colon if colon >= 0 else end, [], [])
    if span is not None:
        yield span[0], span[1], None


#: Most words of a line that only leads into the items under it ("1.1. Trình Ủy ban nhân dân tỉnh").
_ITEM_HEADING_WORDS = 6


def _scheme(text: str, start: int, end: int) -> Optional[str]:
    """The numbering scheme a unit opens with ("arabic" for "1.", "decimal" for "1.1.", "letter" for "a)")."""
    start = text.rfind("\n", 0, start) + 1  # a bullet's unit starts after its marker
    line_end = text.find("\n", start, end)
    line = text[start:end if line_end < 0 else line_end]
    return next((scheme for scheme, pattern in heading_schemes() if pattern.match(line)), None)


def _is_item_heading(text: str, unit: tuple[int, int, bool], following: tuple[int, int, bool]) -> bool:
    """Whether a numbered line only heads the items under it, numbered another way: its topic ("1. Về xây dựng pháp
    luật") or a verb and its object that the items complete ("1.1. Trình Ủy ban nhân dân tỉnh" over "a) Dự thảo …")."""
    unit_start, unit_end, _ = unit
    scheme = _scheme(text, unit_start, unit_end)
    below = _scheme(text, following[0], following[1])
    if scheme is None or below is None or below == scheme:
        return False
    number = _patterns()["numbered"].match(text, unit_start, unit_end)
    content = text[number.end() if number else unit_start:unit_end].strip(_TRAIL + " \n*_")
    if not content or "\n\n" in content or content[-1:] in ".;:":
        return False
    return bool(_topic_opener().match(content)) or len(content.split()) <= _ITEM_HEADING_WORDS


#: The number of a list item in parentheses: "(1)", "(iv)".
_ITEM_NUMBER = regex.compile(r"[ \t]{0,4}\((?:\d{1,2}|[ivx]{1,5})\)[ \t]{0,4}")


def _unit_subject(text: str, start: int, end: int, mentions: list[AgencyMention],
                  starts: list[int]) -> Optional[tuple[tuple[AgencyMention, ...], int]]:
    """The named bodies that open a task unit as the subject of its verb, and where the task after them starts:
    ``(1) Bộ Tài chính giải quyết 03 vấn đề …`` → ((Bộ Tài chính,), the offset of ``giải quyết``); a list of them,
    closed by a plural group or not, too: ``- Sở Xây dựng, Sở Tài chính tổ chức rà soát …``, ``- Sở Tài chính và
    các đơn vị có liên quan tham mưu …`` (round 37)."""
    p = _patterns()
    at = start
    number = _ITEM_NUMBER.match(text, at, end)
    if number and number.end() > at:
        at = number.end()
    else:
        marker = p["list_marker"].match(text[at:end])  # anchored at the unit's start (^ of the slice)
        at += marker.end() if marker else 0
    intro = p["intro"].match(text[at:end])  # "Đồng thời, | Sở Y tế xây dựng …", "Căn cứ …, | Sở Y tế …"
    if intro and intro.end() and mention_at(mentions, starts, at + intro.end()) is not None:
        at += intro.end()
    index = bisect_left(starts, at)
    if index >= len(mentions) or mentions[index].start != at or mentions[index].generic:
        return None
    mention = mentions[index]
    chain = _subject_chain(text, [m for m in mentions[index:bisect_left(starts, end)] if m.end <= end], end)
    if chain:  # "Sở Xây dựng, Sở Tài chính | tổ chức …", "Sở Tài chính và các đơn vị có liên quan | tham mưu …"
        verb = _NEXT_WORD.match(text, chain[-1].end, end)
        if verb is None or refuses_task(text, verb.end()):
            return None
        return tuple(m if m.generic else _without_official(m) for m in chain), verb.end()
    verb = _NEXT_WORD.match(text, mention.end, end)
    if not verb or refuses_task(text, verb.end()):
        return None
    return (_without_official(mention),), verb.end()


@cache
def _fronted_adverbial() -> regex.Pattern:
    """A fronted adverbial that may stand before a unit's own subject: a time frame, a case, a condition
    (data/assignments.toml [inline] adverbial_openers, counted frames, conditions, time_openers)."""
    cfg = _cfg()["inline"]
    return regex.compile(r"[ \t*_]*(?i:" + _alternation(cfg["conditions"] + cfg["time_openers"],
                                                      spaces=_WRAPPED_SPACE)
                         + "|" + adverbial_openers(_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")


@cache
def _closes_condition() -> regex.Pattern:
    """The word that closes a fronted condition before its subject ("… kể từ ngày nhận được đề nghị | thì"): data/
    assignments.toml [inline] consequence_words."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["inline"]["consequence_words"]) + r")$")


#: A clause's or a sentence's end inside a unit.
_CLAUSE_STOP = regex.compile(r"[;.!?](?:\s|$)")

#: How many words open a kind of body's name and tell it from another ("cơ quan", "cán bộ").
_KIND_WORDS = 2


def _same_kind(a: str, b: str) -> bool:
    """Whether two names open with the same words once a plural word is set aside: "Các cơ quan thuế" and "Cơ quan
    Thuế", "Cán bộ, công chức, viên chức" and "Cán bộ, công chức, viên chức tiếp nhận và giải quyết TTHC"."""
    def opening(name: str) -> list[str]:
        words = name.lower().replace(",", " , ").split()
        return words[1:] if words and words[0] == PLURAL_WORD.lower() else words
    return opening(a)[:_KIND_WORDS] == opening(b)[:_KIND_WORDS]


@cache
def _own_words() -> regex.Pattern:
    """Words after a unit's subject head that make it the block's own body: [blocks] unit_subject_own_words."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["blocks"]["unit_subject_own_words"],
                                                             spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")


@cache
def _bare_duty_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in duty_subject_heads())


def _unit_duty_subject(text: str, start: int, end: int, mentions: list[AgencyMention], starts: list[int],
                       agencies: tuple[AgencyMention, ...]) -> Optional[tuple[tuple[AgencyMention, ...], int, int]]:
    """A kind of body that opens a block's unit as the subject of a duty word (policy P6), perhaps after a fronted
    time frame or case, and where its task starts: under "1. Văn phòng UBND tỉnh:" the sentence "Cơ quan, đơn vị được
    phân công | phải gửi văn bản về kết quả giải quyết …" is that body's duty, not the block's; "Trong 05 ngày làm
    việc, … thì | cơ quan, đơn vị có liên quan | phải có văn bản …" too. A bare head ("Đơn vị phải …") may mean the
    block's own body: None; so is a lead-in over items (the duty reader gives those), the block's body named again
    ("Cơ quan thuế:" over "… thì cơ quan thuế phải …", "Cán bộ, công chức, viên chức tiếp nhận …:" over "Cán bộ, công
    chức, viên chức có trách nhiệm …") and a kind the block's bodies are in the procedure or that points back to them
    ("Trường hợp …, cơ quan chủ trì có trách nhiệm …", "… thì cơ quan đó có trách nhiệm …"; [blocks]
    unit_subject_own_words). The third value is where the block's own clause ends when the subject opens a clause
    after ";" ("Khi phát hiện …, phải kịp thời báo cáo Thủ trưởng cơ quan, đơn vị; | Thủ trưởng cơ quan, đơn vị nơi
    phát hiện tài liệu mật phải thông báo …"), else the unit's start."""
    at = start
    marker = _patterns()["list_marker"].match(text[at:end])  # anchored at the unit's start (^ of the slice)
    at += marker.end() if marker else 0
    for subject, task_start in _duty_subjects(text, at, end, mentions, starts):
        if task_start < 0 or subject.canonical.lower() in _bare_duty_heads() \
                or any(_same_kind(subject.canonical, a.canonical) for a in agencies) \
                or _own_words().search(subject.text):
            return None
        own_end = start
        stops = list(_CLAUSE_STOP.finditer(text, at, subject.start))
        if stops:
            if any(stop.group()[0] != ";" for stop in stops):
                return None  # another sentence came first
            own_end, at = stops[-1].start(), stops[-1].end()
        before = text[at:subject.start].strip(" \t*_")
        if before and not _fronted_adverbial().match(before) and not _closes_condition().search(before) \
                and not _official_any_case().fullmatch(before):  # "Thủ trưởng | cơ quan, đơn vị …": the head stands for it
            return None  # "Chủ trì thẩm định hồ sơ, | đơn vị … phải …": the unit opens with the block's own task
        return (subject,), task_start, own_end
    return None


#: A line that only gives the time of the task above it: "Thời gian thực hiện: Quý II/2025", or with no colon a time
#: limit's label and the words that open the limit itself ("Thời hạn | chậm nhất 05 ngày làm việc kể từ …"; round 47).
_DUE_LINE = regex.compile(r"[ \t*_]{0,4}(?:(?i:" + _alternation(_cfg()["notes"]["due"], spaces=_WRAPPED_SPACE)
                          + r")[ \t*_]{0,3}:[ \t*_]{0,3}|(?i:" + _alternation(
                              _cfg()["notes"]["due_without_colon"], spaces=_WRAPPED_SPACE)
                          + r")[ \t]+(?=(?i:" + _alternation(_cfg()["notes"]["due_openers"])
                          + r")(?![\p{L}\p{M}])))")


#: A line that only notes a detail of the task above it, by a label and a colon: "- Thành phần: Đại diện …", "- Địa điểm:
#: Hội trường xã" (data/assignments.toml [blocks] note_labels; round 50).
_NOTE_LINE = regex.compile(r"[ \t*_]{0,4}(?i:" + _alternation(_cfg()["blocks"]["note_labels"], spaces=_WRAPPED_SPACE)
                           + r")[ \t*_]{0,3}:")


@cache
def _question_heading() -> regex.Pattern:
    cfg = _cfg()["blocks"]
    return regex.compile(
        r"^[ \t*_#>]*(?:\(\d{1,2}\)[ \t]*|\d{1,2}[.)][ \t]+|" + shape("letter") + r"\)[ \t]+)?(?i:"
        + _alternation(cfg["duty_headings"]) + r")[ \t]+(?P<name>[^\n?:;.]{2,200}?)(?:[ \t]+(?i:"
        + _alternation(cfg["question_tails"]) + r")(?:[ \t]+[^\s?:;.]+){0," + str(cfg["question_tail_words"])
        + r"}(?=[ \t*_]*\?))?[ \t*_]*\??[ \t*_]*$", regex.M)


#: An item of a quoted list: "- Xây dựng kế hoạch …", "a) …", "1. …", "(2) …".
_QUOTED_ITEM = regex.compile(r"[ \t]*+(?:[-+•]|\(?\d{1,2}[.)]|" + shape("letter") + r"\))[ \t]+\S")


#: The number of a duty heading in a series: "(5) Trách nhiệm của học sinh", "5. Trách nhiệm của …".
_NUMBERED_DUTY = regex.compile(r"[ \t*_]*+(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]")


def _quoted_duty_blocks(doc: DocumentStructure) -> list[_Block]:
    r"""In a news article (no heading tree), a line that asks or says whose duties follow, then the items listed under
    it (a lead-in ending with ":" may come first): one block per such line, its name as written.

    >>> from kehoach_nlp.structure import parse_structure
    >>> text = ("# Tin\n\n**Nhiệm vụ của giáo viên ra sao?**\n\nTheo Thông tư như sau:\n\n- Bảo vệ an toàn trẻ em.\n"
    ...         "\n- Tự học, tự bồi dưỡng.\n\nQuý khách cần hỏi thêm thông tin.\n")
    >>> [(b.agencies[0].canonical, text[b.body_start:b.body_end].count("- ")) for b in _quoted_duty_blocks(parse_structure(text))]
    [('Giáo viên', 2)]
    """
    text = doc.text
    limit = _cfg()["blocks"]["duty_heading_words"]
    blocks: list[_Block] = []
    for heading in _question_heading().finditer(text):
        scope = _activity_scope().search(text, heading.start("name"), heading.end("name"))
        name = text[heading.start("name"):scope.start() if scope else heading.end("name")].strip(_TRAIL + "*_ ")
        if not name or len(name.split()) > limit:
            continue
        numbered = _NUMBERED_DUTY.match(text, text.rfind("\n", 0, heading.start("name")) + 1) is not None
        body_end = _quoted_items_end(text, heading.end(), numbered)
        if body_end is not None:
            at = heading.start("name")
            mention = AgencyMention(at, at + len(name), name, canonical_agency(" ".join(name.split())),
                                    generic=is_generic(name))
            blocks.append(_Block((mention,), heading.end(), body_end, False))
    for line in _LEAD_IN_LINE.finditer(text):
        mention = _lead_in_assignee(text, line.start(), line.end())
        body_end = _quoted_items_end(text, line.end(), False) if mention is not None else None
        if body_end is not None and not any(b.body_start <= line.start() < b.body_end for b in blocks):
            blocks.append(_Block((mention,), line.end(), body_end, False))
    return blocks


def _quoted_items_end(text: str, body_start: int, numbered: bool) -> Optional[int]:
    """Where the quoted items under a duty line end (a lead-in ending with ":" may come first), or None when no
    item follows; ``numbered``: the line is one numbered duty heading of a series, whose duty may be one paragraph."""
    body_end = body_start
    items = 0
    for line in _LINE.finditer(text, body_start):
        content = line.group().strip(" \t*_")
        if not content:
            continue
        if _question_heading().match(line.group()):
            break  # the next assignee's heading
        if _QUOTED_ITEM.match(line.group()):
            items += 1
            body_end = line.end()
            continue
        if items == 0 and content.endswith(":"):
            body_end = line.end()  # "… quy định tại Điều 3 Thông tư 49/2021/TT-BGDĐT như sau:"
            continue
        if items == 0 and numbered and content.endswith("."):
            # "(5) Trách nhiệm của học sinh⏎Thực hiện nghiêm túc các quy định …": one numbered duty heading of a
            # series, its duty written as one paragraph
            items, body_end = 1, line.end()
        break
    return body_end if items else None


#: A line that ends with a colon (its announcing words and the body before them are read by :func:`_lead_in_assignee`).
_LEAD_IN_LINE = regex.compile(r"(?m)^[^\n]{8,400}?:[ \t*_]*+$")


@cache
def _lead_in_duty_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _cfg()["blocks"]
    noun = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(cfg["lead_in_duty_nouns"]) + r")(?![\p{L}\p{M}])"
                         r"[^\n:]{0,120}?(?<![\p{L}\p{M}])(?i:" + _alternation(cfg["lead_in_duty_of"]) + r")[ \t]+")
    tails = _alternation(cfg["lead_in_duty_tails"])
    tail = regex.compile(r"[ \t*_,]*+(?:(?i:" + tails + r")(?![\p{L}\p{M}])[^\n:]{0,80}?)?[ \t*_]*:[ \t*_]*$")
    return noun, tail


def _lead_in_assignee(text: str, start: int, end: int) -> Optional[AgencyMention]:
    """The body whose duties a lead-in line announces: "… quy định việc tổ chức thực hiện quy hoạch cảng biển của | Ủy
    ban nhân dân tỉnh Sóc Trăng | như sau:" → Ủy ban nhân dân tỉnh Sóc Trăng; "… nhiệm vụ của Kế hoạch như sau:" (no
    body) → None."""
    noun, tail = _lead_in_duty_patterns()
    found = None
    for found in noun.finditer(text, start, end):
        pass  # the last duty noun of the line: its "của" names the assignee
    if found is None:
        return None
    mention = next((m for m in find_agencies(text, found.end(), end) if m.start == found.end()), None)
    if mention is None or tail.match(text, mention.end, end) is None:
        return None
    return mention


def _name_over_items(text: str, block: _Block) -> bool:
    """Whether a numbered block heading with no colon is only a name over the block's own items: "3. Bộ trưởng Bộ Tài
    chính" ⏎ "- Chỉ đạo Cục Hải quan …" (a dispatch quoted by a news article), not a numbered sentence or list entry
    ("a) Tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là cấp tỉnh);")."""
    if text[:block.body_start].rstrip(" \t*_")[-1:] in ".;,":
        return False
    following = _next_text_line(text, block.body_start, block.body_end)
    item = _ITEM_MARK.match(MARKUP_MARKS.sub("", following.group())) if following is not None else None
    # a deeper number ("1.1. BHXH tỉnh" ⏎ "1.1.2. Lập danh sách …") heads a part of its own, no item
    return item is not None and not item.group().strip()[:1].isdigit()


def _article_body(doc: DocumentStructure) -> list[tuple[int, int]]:
    """A news article's body: its sections but the lead and the closing, or, in an article of one part, all of it."""
    return [(s.start, s.end) for s in doc.sections if s.kind not in ("preamble", "closing")] \
        or [(s.start, s.end) for s in doc.sections if s.kind == "preamble"]


_ARTICLE_TITLE = heading_marker("article_title")


def _within_article(text: str, block: _Block) -> _Block:
    """The block ended where the next article opens with its title ("8. Văn phòng Trung ương Đảng hướng dẫn …" ⏎
    "Điều 12. Thời hạn, yêu cầu …": the article is no task of the item before it, nor are its items)."""
    article = _ARTICLE_TITLE.search(text, block.body_start + 1, block.body_end)
    return replace(block, body_end=article.start()) if article is not None else block


def block_assignments(doc: DocumentStructure, mentions: list[AgencyMention]) -> tuple[list[Assignment],
                                                                                        list[tuple[int, int]]]:
    """Assignments of the numbered agency blocks, and the spans those blocks cover."""
    regions = _implementation_regions(doc)
    blocks = _tree_blocks(doc) or _line_blocks(doc, regions)
    if doc.headingless:
        # a news article quoting a plan's or a directive's blocks ("**(1) Bộ Công an:**" over bullets, under a
        # question heading), a dispatch whose numbered items have no heading over them ("4. Bộ Tài chính:" over
        # "a) …"): in its body, a numbered line that is only a body's name and a colon opens a block
        body = _article_body(doc)
        quoted = [replace(b, body_end=_list_end(doc.text, b.body_start, b.body_end, marker_kind(
                      doc.text, doc.text.rfind("\n", 0, b.agencies[0].start) + 1)))
                  for b in _line_blocks(doc, body) if _COLON_LINE_END.match(doc.text, b.body_start - 1)
                  or _name_over_items(doc.text, b)]
        blocks += [b for b in quoted if not any(o.agencies[0].start <= b.agencies[0].start < o.body_end
                                                 or b.agencies[0].start <= o.agencies[0].start < b.body_end
                                                 for o in blocks)]
    # a news article has no implementation part: its body is where bodies are named over their items
    name_regions = regions or (_article_body(doc) if doc.headingless else [])
    if not doc.headingless:
        # "II. CÁC NHIỆM VỤ, GIẢI PHÁP" ⏎ "1.2. Hỗ trợ khẩn cấp về nhà ở" ⏎ "Ủy ban nhân dân các tỉnh, thành phố:" over
        # "a) …": a body named on its own line over the items of a task part is theirs too
        name_regions = sorted(name_regions + [(s.start, s.end) for s in doc.sections if s.kind in _NAME_LINE_KINDS])
    blocks += _name_line_blocks(doc, name_regions, blocks)
    if doc.headingless:
        # "**Nhiệm vụ của một số cơ quan …?**" over "**(1) Ngân hàng Nhà nước Việt Nam:**", "**(2) Bộ Tài chính:**": the
        # bodies' own blocks under a question heading are who has the duties, not the heading's words
        blocks += [quoted for quoted in _quoted_duty_blocks(doc)
                   if not any(quoted.body_start <= b.agencies[0].start < quoted.body_end for b in blocks)]
    records: list[Assignment] = []
    spans: list[tuple[int, int]] = []
    starts = [m.start for m in mentions]
    blocks = [_within_article(doc.text, block) for block in blocks]
    for block in blocks:
        made = len(records)
        previous: list[int] = []  # indices in ``records`` of the last unit's records
        directed = directed_items(doc.text, block.body_start, block.body_end, mentions, starts)
        units = _body_units(doc.text, block.body_start, block.body_end)
        unit_starts = [u[0] for u in units]
        labels: dict[int, Optional[tuple[tuple[AgencyMention, ...], int]]] = {}
        if block.own is not None:
            records += [r for r in (_record(doc.text, block.own[0], block.own[1], agency, mentions, block.requested,
                                            starts, rule="assignments.block") for agency in block.agencies) if r]
        for item in directed:
            # "- Chỉ đạo Tổng công ty Cảng hàng không Việt Nam:" is the block's body's task; the sub-items its body's
            records += [r for r in (_record(doc.text, item.start, item.end, agency, mentions, block.requested, starts,
                                            rule="assignments.block") for agency in block.agencies) if r]
        for start, end, lead_in in _body_tasks(doc.text, block.body_start, block.body_end):
            due_line = _DUE_LINE.match(doc.text, start, end)
            if due_line:
                # "Thời gian hoàn thành: Tháng 12/2025." under a task is that task's due, not a task
                due = doc.text[due_line.end():end].strip(_TRAIL) or None
                for index in previous:
                    if records[index].due is None and due:
                        records[index] = records[index].model_copy(update={"due": due})
                continue
            if _NOTE_LINE.match(doc.text, start, end):
                continue  # "- Thành phần: Đại diện các tổ chức thành viên." under a task: what it is, no task
            previous = []
            agencies = block.agencies
            heading_partners: tuple[AgencyMention, ...] = ()
            director = next((item for item in directed if item.end <= start < item.items_end), None)
            requested = block.requested
            if director is not None:
                agencies, requested = (director.body,), director.requested
            unit_start = start
            unit = bisect_left(unit_starts, start + 1) - 1
            if unit >= 0 and unit not in labels:
                labels[unit] = _unit_duty_label(doc.text, units[unit][0], units[unit][1])
            label = labels.get(unit)
            if label is not None:
                # "a) Trách nhiệm của Văn phòng đăng ký đất đai: Chịu trách nhiệm …" under "Điều 15. Trách nhiệm của Văn
                # phòng đăng ký đất đai, Chi nhánh …": the item's own assignee, for each sentence of the item
                agencies, start = label[0], max(start, label[1])
            subject = None if label else _unit_subject(doc.text, start, end, mentions, starts)
            duty_subject = None if subject or label else _unit_duty_subject(doc.text, start, end, mentions, starts,
                                                                            agencies)
            if duty_subject:
                # "Cơ quan, đơn vị được phân công phải gửi văn bản …" under another body's heading: that kind's duty;
                # a clause of the block's own before it, up to ";", stays the block's
                subject, own_end = duty_subject[:2], duty_subject[2]
                if own_end > start:
                    for agency in agencies:
                        record = _record(doc.text, start, own_end, agency, mentions, requested, starts,
                                         rule="assignments.block")
                        if record:
                            records.append(record)
            if subject and (len(agencies) > 1 or len(subject[0]) > 1
                            or all(subject[0][0].canonical != a.canonical for a in agencies)):
                # "(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng …" under "Các Bộ: …", "+ Sở Xây dựng: hướng dẫn …"
                # under "Các Sở: Xây dựng, Công Thương": the item names its own body; the heading's other bodies
                # that it works with support it ("2. Sở KH&CN, Sở Nội vụ⏎Sở KH&CN chủ trì, phối hợp với Sở Nội vụ …")
                named = {m.canonical for m in subject[0]}
                heading_partners = tuple(a for a in agencies if a.canonical not in named)
                agencies, start = subject[0], subject[1]
            for agency in agencies:
                record = _record(doc.text, start, end, agency, mentions, requested, starts,
                                 rule="assignments.block")
                if record and duty_subject and record.due is None and (due := task_due(doc.text[unit_start:start])):
                    record = record.model_copy(update={"due": due})  # "Trong 05 ngày làm việc, … thì | cơ quan …"
                # another kind's duty (``duty_subject``) takes neither the block's role nor its partners
                if record and block.role and record.role == "responsible" and not duty_subject:
                    record = record.model_copy(update={"role": block.role})
                if record and block.partners and not duty_subject:
                    record = record.model_copy(update={"partners": list(block.partners) + [
                        p for p in record.partners if p not in block.partners]})
                if record and lead_in and record.role == "responsible" and not duty_subject and \
                        task_role(doc.text[lead_in[0]:lead_in[1]]) == "lead":
                    # "Chủ trì, phối hợp với … thực hiện các nhiệm vụ sau:" leads every bullet under it
                    partners = task_partners(doc.text, lead_in[0], lead_in[1], mentions,
                                             own=[agency.canonical], starts=starts)
                    record = record.model_copy(update={
                        "role": "lead", "partners": record.partners + [p for p in partners if p not in record.partners]})
                if record:
                    previous.append(len(records))
                    records.append(record)
                    for partner in heading_partners:
                        if partner.canonical in record.partners:
                            previous.append(len(records))
                            records.append(record.model_copy(update={
                                "agency": partner.canonical, "agency_text": partner.text, "agency_start": partner.start,
                                "agency_end": partner.end, "role": "support", "partners": [agency.canonical]}))
        if len(records) > made:
            # a block that gives no task claims nothing: "1.⏎Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm) tổ chức
            # dự báo …" read as a heading with an empty body leaves its sentence to the inline reader
            spans.append((block.agencies[0].start, block.body_end))
    return records, spans
