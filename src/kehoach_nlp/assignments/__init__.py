"""Task assignments (SPEC.md §6): which agency must do what, with role, partners, mode, due.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives: a list of
:class:`~kehoach_nlp.records.Assignment` in clean-text offsets, ``text`` = the task clause.

A package of finders plus one resolve/merge step, :func:`find_assignments`. Imports run one way,
``common`` ← finders ← this module:

* :mod:`.common`: configuration (``data/assignments.toml``), patterns, ``role`` / ``due`` / ``partners``
  of a task (``lead`` for chủ trì / cơ quan thường trực / đầu mối, ``support`` when it opens with
  ``Phối hợp với``; partners right after ``phối hợp với``; ``Định kỳ 6 tháng, cuối năm``, ``trước ngày
  15/12``), the record builder and the per-document indexes;
* :mod:`.blocks`: numbered agency blocks (``5. Công an tỉnh:`` then bullets; ``Đề nghị …`` → ``requested``),
  from the section tree or, when it has none, from numbered agency lines of the implementation part;
* :mod:`.inline`: ``giao X và Y <task>`` and clauses whose subject is a body (``UBND các huyện, thị xã,
  thành phố xây dựng kế hoạch …``, ``X chủ trì, phối hợp với Z …``), and the items under a lead-in;
* :mod:`.paragraphs`: in a news article, the paragraphs after a body's task that open with a verb (a quoted
  directive's duties, its bodies named once);
* :mod:`.notes`: responsibility notes (``Cơ quan chủ trì: …; phối hợp: …``) and bodies in parentheses;
* :mod:`.rows`: task-table rows and ``Cơ quan chủ trì / phối hợp`` lists (:mod:`kehoach_nlp.task_tables`);
* :mod:`.steps`: a procedure's steps under the bullet that names their doer (``- Cấp xã (Ủy ban nhân dân cấp xã):``);
* :mod:`.execution`: the closing article of a decision (``… chịu trách nhiệm thi hành Quyết định này``);
* :mod:`.relays`: the body work is sent to, to gather and pass on (``… phản ánh về Sở Tư pháp để tổng hợp, báo cáo
  UBND tỉnh …``), its own task;
* :mod:`.drops`: clauses shaped like a task that give none (a sanction, a giver's own clause ``Chính phủ sẽ giao Bộ
  Nội vụ …``, a news article's report of an event), dropped by the resolve step;
* :mod:`.reports`: details of work already done (``… đã xây dựng … . Cụ thể: Hà Nội xây dựng …``), where no record
  is kept.

The resolve step runs them, drops records inside table and closing-article regions, gives one name per
body (:func:`_merge_scopes`) and de-duplicates.

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("V. TỔ CHỨC THỰC HIỆN\\n1. Sở Tư pháp:\\n- Phối hợp với Sở Y tế tuyên truyền pháp luật.")
    >>> [(a.agency, a.role, a.partners) for a in find_assignments(doc)]
    [('Sở Tư pháp', 'support', ['Sở Y tế'])]
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from typing import Callable, Optional

import regex

from ..agencies import (CONNECTOR, PLURAL_WORD, AgencyMention, find_agencies, is_generic, is_owned_kinds_group, split_actors,
                        split_groups, split_plural_pair, without_owners)
from ..data import load_toml
from ..headings import shape
from ..records import Assignment, Section
from ..rules import alternation, word_list
from ..sections import is_caption, is_site_link, is_subhead
from ..structure import DocumentStructure
from ..vietnamese import expand_abbreviations
from ..task_tables import find_task_rows
from .blocks import _person_kinds, _post_patterns, block_assignments, organisation_regions
from .common import PLURAL_OPENS, counted_frame, is_wordless, mention_at, record_mention, task_due, _record
from .drops import is_no_task
from .execution import EXECUTION_RULE, execution_assignments
from .inline import _expand_lead_ins, inline_assignments, unread_spans
from .notes import note_assignments, parenthetical_assignments
from .paragraphs import following_paragraphs
from .relays import relay_assignments
from .reports import reported_details, reports_done
from .rows import row_assignments
from .steps import step_assignments

# Re-exported so that ``from kehoach_nlp.assignments import X`` keeps working for every name other
# modules, tests, docs and benchmarks import (private ones included).
from .blocks import (_DUE_LINE, _block_at, _heading_agencies, _heading_end, _implementation_regions,  # noqa: F401
                     _line_blocks, _tree_blocks)
from .common import (_Block, _body_units, _cfg, _group_at, _patterns, _record, check_roles, task_due,  # noqa: F401
                     task_partners, task_role)
from .inline import _sentences  # noqa: F401
from .rows import cell_agencies  # noqa: F401


def find_assignments(doc: DocumentStructure) -> list[Assignment]:
    """Find every assignment in ``doc.text``: task tables and lists, agency blocks, then inline clauses."""
    mentions = find_agencies(doc.text)
    rows = find_task_rows(doc)
    executions, execution_regions = execution_assignments(doc)
    regions = [row.region for row in rows] + execution_regions + organisation_regions(doc)
    records, spans = block_assignments(doc, mentions)
    notes = note_assignments(doc, mentions, spans + regions)
    notes += parenthetical_assignments(doc, mentions, spans + regions + [(r.start, r.end) for r in notes])
    records += notes
    inline = inline_assignments(doc, mentions, spans + regions + [(r.agency_start, r.agency_end) for r in notes])
    # "(Giao Công an tỉnh chủ trì, …)": the parenthesis's bodies are the note's, no inline subjects of their own
    noted = {r.agency_start for r in notes if r.rule == "assignments.parenthetical"}
    inline = [r for r in inline if r.agency_start not in noted]
    inline = _expand_lead_ins(doc, inline, mentions)
    records += inline + following_paragraphs(doc, records + inline, mentions)
    # a procedure's steps under the bullet that names their doer, where no other finder read the step (round 54)
    records += [s for s in step_assignments(doc.text, mentions)
                if not any(s.start <= r.start < s.end or r.start <= s.start < r.end for r in records)]
    records += relay_assignments(doc.text, mentions, records, unread_spans(doc))
    region_starts = sorted(regions)
    records = [r for r in records if not _inside(r.start, region_starts)]
    scope_parts = _scope_parts(doc)
    records = [r for r in records if not _inside(r.start, scope_parts)]
    records += row_assignments(doc, rows, mentions) + executions
    issuer = doc.info.issuer if doc.info else None
    # names resolved in turn: a standing role to its body, groups listed apart, the issuer's own units, every
    # province's committee, officials to the bodies they head, then scopes merged
    records += _directed_doers(doc.text, records, mentions)
    records += _units_in_parenthesis(doc.text, records, mentions)
    records = _shared_owner(doc.text, records)
    records = _named_roles(doc.text, records, mentions)
    records = _plural_levels(_own_body(_split_groups(records), issuer))
    records = _issuers_officials(_officials_of_groups(records), issuer)
    records = _merge_scopes(records, mentions, issuer)
    # a group's words keep their abbreviations as written ("Các sở, ban, ngành trực thuộc UBND tỉnh"): SPEC §6 names
    # every agency with its abbreviations expanded, whichever finder read it (round 49)
    records = _renamed(records, _expanded)
    records = [_without_lead_in_tail(_without_trailing_connector(_without_qualifier(_without_paragraph_number(doc.text, r))))
               for r in records]
    starts = [m.start for m in mentions]
    records = [_qualified_group(doc.text, r, mentions, starts) for r in records]
    records = _past_listed_group(doc.text, records, mentions, starts)
    records = _post_partners(doc.text, records)
    records = _paragraph_due(doc.text, records)
    records = _fronted_due(doc.text, records)
    records = _past_dues(records, doc.info.issued_on.year if doc.info and doc.info.issued_on else None)
    seen: set[tuple[str, int, int]] = set()
    unique: list[Assignment] = []
    details = reported_details(doc)
    for record in sorted(records, key=lambda r: (r.start, r.agency_start)):
        key = (record.agency, record.start, record.end)
        if key not in seen and not _asks(doc.text, record.start) and not _asked(record) and not _exempts(record) \
                and not _on_caption(doc.text, record.start) \
                and not reports_done(record, details) \
                and not _lead_in_left_over(record, records) and not is_wordless(record.task) \
                and not (doc.headingless and _in_subhead(doc.text, record)) \
                and not _opens_with_other_body(record, mentions, starts) \
                and not is_no_task(doc, record, mentions, starts):
            seen.add(key)
            unique.append(record)
    return unique


def _post_partners(text: str, records: list[Assignment]) -> list[Assignment]:
    """A partner named by post, where the document gives that post tasks of its own: "(3) Trách nhiệm của giáo viên
    chủ nhiệm" over its items, then "(4) … - Phối hợp với | giáo viên chủ nhiệm | đề xuất các hình thức khen thưởng …"
    has the post as its partner (SPEC §6: the agencies after ``phối hợp với``). A post is no named body, so the
    partner reader of named bodies passes it by; the assignee's own name, written right after the cue, bounds it.
    Only persons by kind or post (``[blocks] person_kinds``, ``post_kinds``): a group of bodies is no partner."""
    person = _person_kinds()
    post, _ = _post_patterns()
    posts = sorted({" ".join(r.agency.split()) for r in records
                    if person.match(r.agency) or post.match(r.agency)}, key=len, reverse=True)
    if not posts:
        return records
    named = regex.compile(r"[ \t\n]*+(?i:" + alternation(posts) + r")(?![\p{L}\p{M}])")
    out: list[Assignment] = []
    for record in records:
        added = list(record.partners)
        for cue in _patterns()["partner_cue"].finditer(text, record.start, record.end):
            found = named.match(text, cue.end(), record.end)
            if found is None:
                continue
            name = " ".join(found.group().split())
            if name.casefold() != record.agency.casefold() and name not in added:
                added.append(name)
        out.append(record if added == record.partners else record.model_copy(update={"partners": added}))
    return out


_PARAGRAPH_DUE_CHARS = 400  # how far after a task its paragraph's closing due sentence is looked for


#: A due sentence closing a paragraph: ". Thời hạn hoàn thành: trước ngày 30/11/2025." (its words: [notes] due).
_DUE_SENTENCE = regex.compile(r"[.;][ \t*_]+" + _DUE_LINE.pattern + r"(?P<due>[^\n]{3,80}?)[ \t*_]*[.;]?[ \t*_]*(?:\n|$)")


#: … or the paragraph right under the task's, a due line alone: "\n\nThời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.".
_DUE_PARAGRAPH = regex.compile(r"\n[ \t]*+\n?" + _DUE_LINE.pattern + r"(?P<due>[^\n]{3,80}?)[ \t*_]*[.;]?[ \t*_]*(?:\n|$)")


def _paragraph_due(text: str, records: list[Assignment]) -> list[Assignment]:
    """A paragraph's closing due sentence gives its tasks that name none their due: "… UBND thành phố Đà Nẵng khẩn
    trương hoàn thành việc rà soát … trên Hệ thống 751. | Thời hạn hoàn thành: trước ngày 30/11/2025."."""
    out: list[Assignment] = []
    for record in records:
        if record.due is None:
            paragraph_end = text.find("\n", record.end, record.end + _PARAGRAPH_DUE_CHARS)
            if paragraph_end < 0 and len(text) - record.end <= _PARAGRAPH_DUE_CHARS:
                paragraph_end = len(text)  # the text's last paragraph
            due = _DUE_SENTENCE.search(text, record.end, paragraph_end) if paragraph_end >= 0 else None
            if due is not None and text.rfind("\n", 0, record.start) == text.rfind("\n", 0, due.start()):
                record = record.model_copy(update={"due": due["due"].strip(" *_.;")})
            elif paragraph_end >= 0 and (line := _DUE_PARAGRAPH.match(text, paragraph_end)) is not None:
                # "2.6. Bước 6: …" ⏎ "Sau khi …, Sở Tài chính lập thủ tục bố trí kinh phí …" ⏎ "Thời gian hoàn tất: trước
                # ngày 31 tháng 10 năm 2014.": a due paragraph right under the task's paragraph (round 50)
                record = record.model_copy(update={"due": line["due"].strip(" *_.;")})
        out.append(record)
    return out


_FRONTED_CHARS = 400  # how far before a task's subject its fronted adverbial is looked for

#: Where a clause begins: after a sentence's or a list's mark, a blank line, or at a line that opens with a list marker.
_MARKER = shape("list_marker")  # "-", "•", "2.", "1.2)", "(3)", "c)"
_CLAUSE_START = regex.compile(r"[.;:!?][ \t*_]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*" + _MARKER + r"[ \t])")
#: Between a subject and its task: a sentence's or clause's end (the subject names another clause).
_CLAUSE_BREAK = regex.compile(r"[.;:!?](?=\s)|\n[ \t]*\n")


def _fronted_due(text: str, records: list[Assignment]) -> list[Assignment]:
    """A time limit or a frequency fronted before the subject, closed by a comma, is the task's due when the task
    states none, whichever finder read it: "c) Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được thông báo thu hồi
    chứng thư …, | cơ quan, tổ chức quản lý trực tiếp có trách nhiệm thu hồi …" (the inline finder did this for its
    own subjects since round 31; a duty's subject and a block's sentence subject had none)."""
    out: list[Assignment] = []
    for record in records:
        if record.due is None and record.agency_start < record.start \
                and not _CLAUSE_BREAK.search(text, record.agency_end, record.start):
            window = max(0, record.agency_start - _FRONTED_CHARS)
            clause = window
            for clause_mark in _CLAUSE_START.finditer(text, window, record.agency_start):
                clause = clause_mark.end()
            front = text[clause:record.agency_start]
            if front.rstrip(" \t\n*_").endswith(",") and (due := _opening_due(front)):
                record = record.model_copy(update={"due": due})
        out.append(record)
    return out


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _past_dues(records: list[Assignment], year: Optional[int]) -> list[Assignment]:
    """A date in a task whose year is before the document's own is a fact the task states, not its due: "Trường hợp
    hộ gia đình, cá nhân đã được cấp Giấy chứng nhận … vào loại đất ở trước ngày 01/7/2004" in a 2025 plan; the task's
    next due in its own words stands instead ("… sử dụng đất trước ngày 01 tháng 7 năm 2006 … trong thời hạn không quá
    05 ngày làm việc")."""
    if year is None:
        return records
    out: list[Assignment] = []
    for record in records:
        due = record.due
        if due and _is_past(due, year):
            record = record.model_copy(update={"due": _current_due(record.task, year)})
        out.append(record)
    return out


def _is_past(due: str, year: int) -> bool:
    return any(int(found.group()) < year for found in _YEAR.finditer(due))


def _current_due(task: str, year: int) -> Optional[str]:
    """The task's first due whose dates are not before ``year``: after its past dates, else before the first of them;
    None when the past date was read outside the task."""
    position, first_past = 0, None
    while (due := task_due(task[position:])) is not None:
        if not _is_past(due, year):
            return due
        found = regex.search(r"\s+".join(map(regex.escape, due.split())), task[position:])  # over a wrapped line too
        if found is None:
            return None
        first_past = first_past if first_past is not None else position + found.start()
        position += found.end()
    before = task_due(task[:first_past]) if first_past else None
    return before if before and not _is_past(before, year) else None


#: A clause's list marker and markup before its first word ("c) ", "2. ", "- ", "**").
_CLAUSE_OPENING = regex.compile(r"[\s*_]*(?:" + _MARKER + r"[ \t\n]+)?[\s*_]*")


def _opening_due(front: str) -> Optional[str]:
    """The due that opens the fronted words ``front`` or one of their comma-separated phrases ("Hằng năm, …", "Đối
    với phản ánh, kiến nghị, | trong thời gian 10 (mười) ngày làm việc kể từ …, …"); not one inside a phrase, which
    dates its event, not the task ("Trước khi thực hiện khóa sổ tài sản hằng năm, …", "Đối với các nhiệm vụ triển
    khai trong năm 2025, …")."""
    starts = [_CLAUSE_OPENING.match(front).end()] + [comma.end() for comma in _COMMA_SPACE.finditer(front)]
    for start in starts:
        due = task_due(front[start:])
        if due and front.startswith(due, start):
            return due
        # a counted time frame closed at once by its comma is the task's time limit (round 54): "Trong vòng 02 (hai)
        # ngày làm việc, | Phòng Văn hóa - Xã hội chủ trì …"
        if frame := _closed_frame().match(front, start):
            return frame.group(1)
    return None


@cache
def _closed_frame() -> regex.Pattern:
    """A counted time frame (:func:`counted_frame`) and the comma that closes it."""
    return regex.compile(r"(" + counted_frame() + r")[ \t]{0,3},", regex.I)


_COMMA_SPACE = regex.compile(r",\s+")


def _opens_with_other_body(record: Assignment, mentions: list[AgencyMention], starts: list[int]) -> bool:
    """Whether a would-be task opens with the name of another body: the rest of a list of subjects or of recipients
    ("Ban chỉ huy cấp xã, | các chủ rừng và các tổ chức … chủ động …", "- Văn phòng Chính phủ;" under "Nơi nhận:"),
    not what the record's body does."""
    opening = mention_at(mentions, starts, record.start)
    return opening is not None and opening.canonical != record.agency


def _past_listed_group(text: str, records: list[Assignment], mentions: list[AgencyMention],
                       starts: list[int]) -> list[Assignment]:
    """An inline subject followed by a comma (or "và") and a group it could not name has read the group as its task:
    the group is more of the subject, and the task starts at the first role or duty word of the clause ("Hội đồng Dân
    tộc, | các Ủy ban của Quốc hội | phối hợp", "Ủy ban nhân dân các xã, phường, | doanh nghiệp viễn thông | có trách
    nhiệm cung cấp …"); with none, the record is none: a list of recipients ("Chính phủ, | cơ quan khác ở trung
    ương"), or a verb the roles do not name, which is left for now ("…, các Đoàn đại biểu Quốc hội, … giám sát …")."""
    out: list[Assignment] = []
    for record in records:
        if record.rule != "assignments.inline" or _LIST_JOINT.fullmatch(text, record.agency_end, record.start) is None \
                or _list_member_opener().match(text, record.start) is None:
            out.append(record)
            continue
        clause_end = _CLAUSE_END.search(text, record.start, record.end)
        verb = _role_word().search(text, record.start, clause_end.start() if clause_end else record.end)
        if verb is None:
            continue
        subject = record_mention(record)
        made = _record(text, verb.start(), record.end, subject, mentions, record.mode == "requested", starts)
        if made is not None:
            out.append(made)
    return out


#: Where the clause of a subject list ends: a sentence's or clause's stop, a colon, a table's cell border.
_CLAUSE_END = regex.compile(r"[.;:|]")


@cache
def _role_word() -> regex.Pattern:
    """A role or duty word that opens a task after its subjects (``[roles]``: "chủ trì", "phối hợp", "tham gia", "có
    trách nhiệm")."""
    roles = load_toml("assignments.toml")["roles"]
    words = roles["lead"] + roles["support"] + roles["duty_prefixes"]
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(words) + r")(?![\p{L}\p{M}])")


#: What joins two members of a list of subjects: a comma, "và", or both.
_LIST_JOINT = regex.compile(r"[ \t\n*_]*+(?:,[ \t\n]*+(?:" + regex.escape(CONNECTOR) + r"[ \t\n]++)?|"
                            + regex.escape(CONNECTOR) + r"[ \t\n]++)")


@cache
def _list_member_opener() -> regex.Pattern:
    """A word that opens a group of bodies (``[inline] list_member_openers``: "các", "lực lượng", "cơ quan")."""
    words = load_toml("assignments.toml")["inline"]["list_member_openers"]
    return regex.compile(r"(?i:" + alternation(words) + r")(?![\p{L}\p{M}])")


@cache
def _directed_role() -> tuple[regex.Pattern, regex.Pattern]:
    """The verb that directs a body (``[inline] directed_doer_verbs``: "Chỉ đạo") and the role verb the directed
    body's own clause opens with (``[inline] directed_doer_roles``: "chủ trì", "phối hợp")."""
    cfg = load_toml("assignments.toml")
    verb = regex.compile(r"(?i:" + alternation(cfg["inline"]["directed_doer_verbs"]) + r")[ \t\n]{1,4}")
    roles = cfg["inline"]["directed_doer_roles"]
    role = regex.compile(r"[ \t\n]{0,4}(?:" + alternation(roles) + r")(?![\p{L}\p{M}])")
    return verb, role


def _bodies_listed(text: str, mentions: list[AgencyMention], starts: list[int], at: int, joint: regex.Pattern,
                   end: int) -> tuple[list[AgencyMention], int]:
    """The named bodies listed one after another from ``at``, each after a ``joint`` ("Quân chủng Hải quân, Bộ đội
    Biên phòng", "Chi cục Kiểm lâm; Phòng Cảnh sát …"), up to the first that is none; and where the last one ends."""
    bodies: list[AgencyMention] = []
    stop = at
    while True:
        body = mention_at(mentions, starts, at)
        if body is None or body.generic:
            return bodies, stop
        bodies.append(body)
        stop = body.end
        step = joint.match(text, body.end, end)
        if step is None:
            return bodies, stop
        at = step.end()


def _directed_doers(text: str, records: list[Assignment], mentions: list[AgencyMention]) -> list[Assignment]:
    """A task that directs named bodies to lead or take part ("Chỉ đạo Quân chủng Hải quân, Bộ đội Biên phòng chủ
    trì, phối hợp với Ủy ban nhân dân tỉnh Khánh Hòa …") is those bodies' task too, from their role verb on: they do
    it, the giver directs it (its own record is kept)."""
    verb_pattern, role_pattern = _directed_role()
    starts = [m.start for m in mentions]
    out: list[Assignment] = []
    for record in records:
        verb = verb_pattern.match(text, record.start, record.end)
        if verb is None:
            continue
        bodies, _ = _bodies_listed(text, mentions, starts, verb.end(), _DIRECTED_JOINT, record.end)
        role = role_pattern.match(text, bodies[-1].end, record.end) if bodies else None
        if role is None:
            continue
        clause = role.start()
        while text[clause] in " \t\n":  # the role verb, past the spaces the pattern allows before it
            clause += 1
        for body in bodies:
            made = _record(text, clause, record.end, body, mentions, record.mode == "requested",
                           rule="assignments.directed")
            if made is not None and made.agency != record.agency:
                out.append(made)
    return out


_DIRECTED_JOINT = regex.compile(r"[ \t]{0,3},[ \t\n]{1,4}|[ \t\n]{1,4}" + regex.escape(CONNECTOR) + r"[ \t\n]{1,4}")


#: A parenthesis right after a body's name ("Sở Nông nghiệp và Môi trường | (Chi cục Kiểm lâm) | chủ trì …"): its
#: opening, and the separators between the bodies inside it.
_UNIT_PARENTHESIS = regex.compile(r"[ \t*_]*+\n?[ \t*_]*+\([ \t*_]*+")
#: A run of blanks and marks is entered at its start only (``\G``: where the search began): one try per run.
_UNIT_SEPARATOR = regex.compile(r"(?:\G|(?<![ \t*_]))(?:[ \t*_]*+(?:,|;|" + regex.escape(CONNECTOR)
                                + r")[ \t*_]++|[ \t*_]*+,[ \t*_]*+" + regex.escape(CONNECTOR) + r"[ \t*_]++)")
_UNIT_CLOSE = regex.compile(r"[ \t*_]*+\)")


@cache
def _unit_owner_heads() -> tuple[regex.Pattern, regex.Pattern]:
    """A unit's head word and an owner's ([parenthesized_units] unit_heads, owner_heads, owner_heads_not_before)."""
    cfg = load_toml("assignments.toml")["parenthesized_units"]
    unit = regex.compile(r"(?:" + alternation(cfg["unit_heads"]) + r")(?![\p{L}\p{M}])")
    owner = regex.compile(r"(?:" + alternation(cfg["owner_heads"]) + r")(?![\p{L}\p{M}])(?![ \t]++(?:"
                          + alternation(cfg["owner_heads_not_before"]) + r")(?![\p{L}\p{M}]))")
    return unit, owner


def _names_owner(outer: str, inner: str) -> bool:
    """Whether a parenthesis after a unit names its owner ("Trung tâm Chuyển đổi số | (Sở Khoa học và Công nghệ)")."""
    unit, owner = _unit_owner_heads()
    return unit.match(outer) is not None and owner.match(inner) is not None


def _units_in_parenthesis(text: str, records: list[Assignment], mentions: list[AgencyMention]) -> list[Assignment]:
    """The units a parenthesis names right after a task's body do the task too: "Sở Nông nghiệp và Môi trường (Chi cục
    Kiểm lâm) chủ trì, phối hợp …" → the Sở and the Chi cục, each with the task (the parenthesis names the unit that
    does the work; a parenthesis holding anything but bodies — a short form, a gloss — gives nothing)."""
    starts = [m.start for m in mentions]
    out: list[Assignment] = []
    for record in records:
        if record.agency_end is None:
            continue
        opening = _UNIT_PARENTHESIS.match(text, record.agency_end)
        if opening is None:
            continue
        units, stop = _bodies_listed(text, mentions, starts, opening.end(), _UNIT_SEPARATOR, len(text))
        if not units or _UNIT_CLOSE.match(text, stop) is None:
            continue  # a parenthesis of bodies only, closed after the last of them
        if len(units) == 1 and _names_owner(record.agency, units[0].canonical):
            continue  # "Trung tâm Chuyển đổi số (Sở Khoa học và Công nghệ) xử lý …": the unit's owner, no doer
        if any(unit.canonical.split()[:2] == record.agency.split()[:2] for unit in units):
            continue  # "Ủy ban nhân dân các huyện, thị xã, thành phố (Ủy ban nhân dân cấp huyện)": the same body renamed
        for unit in units:
            name = " ".join(unit.canonical.split())
            if name != record.agency:
                out.append(record.model_copy(update={
                    "agency": name, "agency_text": unit.text, "agency_start": unit.start, "agency_end": unit.end,
                    "rule": "assignments.parenthesized_unit"}))
    return out


#: A paragraph's number at the start of a task: "(1) ", "(2)** " (bold marks are blanked in the clean text).
_PARAGRAPH_NUMBER = regex.compile(r"\(\d{1,2}\)[ \t*_]++(?=\S)")


@cache
def _group_qualifier() -> regex.Pattern:
    generic = load_toml("agency_heads.toml")["generic"]
    documents = f"{generic['qualifier_before_document']} (?:{alternation(load_toml('document_types.toml')['types'])})"
    return regex.compile(r"[ \t,]+(?i:" + alternation(generic["qualifiers"]) + "|" + documents + r")(?![\p{L}\p{M}])")


@cache
def _lead_in_tail() -> regex.Pattern:
    """The words that close a lead-in after a comma at a task's end (assignments.toml [words] lead_in_tails)."""
    tails = alternation(load_toml("assignments.toml")["words"]["lead_in_tails"])
    return regex.compile(r"[ \t]*,[ \t\n]*(?i:" + tails + r")$")


def _without_lead_in_tail(record: Assignment) -> Assignment:
    """A task read up to the words that lead into its items ends before them, once every finder has read them:
    "cập nhật thủ tục hành chính lên hệ thống, | cụ thể" → "cập nhật thủ tục hành chính lên hệ thống" (round 47)."""
    tail = _lead_in_tail().search(record.task)
    if tail is None or tail.start() < 3:
        return record
    task = record.task[:tail.start()]
    return record.model_copy(update={"task": task, "text": task, "end": record.start + len(task)})


def _without_trailing_connector(record: Assignment) -> Assignment:
    """A group read up to the word that joins the next member is the group: "chính quyền địa phương và | chủ rừng
    thường xuyên kiểm tra" → "chính quyền địa phương" (round 36)."""
    words = record.agency.rsplit(None, 1)
    if len(words) < 2 or words[1] != CONNECTOR or not record.agency_text.rstrip().endswith(CONNECTOR):
        return record
    text = record.agency_text.rstrip()[:-len(CONNECTOR)].rstrip(" \t,")
    return record.model_copy(update={"agency": words[0].rstrip(" ,"), "agency_text": text,
                                     "agency_end": record.agency_start + len(text)})


def _without_qualifier(record: Assignment) -> Assignment:
    """A group named with where it is defined or how far its powers go is the group: "Các cơ quan, đơn vị quy định tại
    Điều 2 Quy chế này" → "Các cơ quan, đơn vị"; "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương trong
    phạm vi chức năng, thẩm quyền được giao" → "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"; a body
    named with the document that set it up is the body ("Ban Chỉ đạo theo Quyết định 763" → "Ban Chỉ đạo")."""
    qualifier = _group_qualifier().search(record.agency)
    if qualifier is None or qualifier.start() == 0:
        return record
    agency = record.agency[:qualifier.start()]
    cut = _group_qualifier().search(record.agency_text)
    update: dict = {"agency": agency}
    if cut is not None and cut.start() > 0:
        update.update(agency_text=record.agency_text[:cut.start()], agency_end=record.agency_start + cut.start())
    return record.model_copy(update=update)


@cache
def _group_qualifier_pattern() -> regex.Pattern:
    """A qualifier that opens a group's would-be task and runs, in one clause, to its duty word ([inline]
    group_qualifier_openers, duty_words): "thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư | có trách nhiệm"."""
    inline = _cfg()["inline"]
    duty = alternation(inline["duty_words"])
    return regex.compile(r"(?i:" + alternation(inline["group_qualifier_openers"]) + r")(?![\p{L}\p{M}])"
                         r"(?P<words>(?:[^;:.()\n]|\n(?![ \t]*\n)){0,160}?)(?<![,\s])[ \t\n]+(?P<duty>(?i:" + duty
                         + r"))(?![\p{L}\p{M}])")


_QUALIFIER_GAP = regex.compile(r"[ \t\n]*+")


@cache
def _duty_not_after_words() -> frozenset[str]:
    """``[inline] duty_not_after``, case-folded, read once."""
    return frozenset(w.casefold() for w in _cfg()["inline"]["duty_not_after"])


def _qualified_group(text: str, record: Assignment, mentions: list[AgencyMention], starts: list[int]) -> Assignment:
    """A group whose task opens with the work it does, then its duty word, is named with that work and its task starts
    at the duty word: "Đơn vị, tổ chức | thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư có trách nhiệm lập dự toán
    …" → "Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư" | "có trách nhiệm lập dự toán …"; not
    when a word the duty word may not follow stands before it ([inline] duty_not_after: "… và phải …")."""
    if not is_generic(record.agency) or _QUALIFIER_GAP.fullmatch(text, record.agency_end, record.start) is None:
        return record
    qualifier = _group_qualifier_pattern().match(text, record.start, record.end)
    if qualifier is None or len(text[record.start:qualifier.start("duty")].split()) > _cfg()["inline"]["duty_subject_words"]:
        return record
    last_word = text[record.start:qualifier.start("duty")].split()[-1].casefold()
    if last_word in _duty_not_after_words():
        return record
    words = " ".join(text[record.start:qualifier.start("duty")].split())
    name_end = record.start + len(text[record.start:qualifier.start("duty")].rstrip())
    mention = AgencyMention(record.agency_start, name_end, text[record.agency_start:name_end],
                            f"{record.agency} {_expanded(words)}", generic=True)
    rebuilt = _record(text, qualifier.start("duty"), record.end, mention, mentions, record.mode == "requested", starts,
                      rule=record.rule)
    return rebuilt.model_copy(update={"due": rebuilt.due or record.due}) if rebuilt is not None else record


def _without_paragraph_number(text: str, record: Assignment) -> Assignment:
    """A task that opens with its paragraph's number starts after it: "(1) Nghiên cứu, đề xuất …" → "Nghiên cứu, đề
    xuất …" (the number orders the items; it is no word of the task)."""
    number = _PARAGRAPH_NUMBER.match(text, record.start, record.end)
    if number is None:
        return record
    start = number.end()
    return record.model_copy(update={"start": start, "text": text[start:record.end], "task": text[start:record.end]})


@cache
def _duty_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _cfg()["roles"]["duty_prefixes"])


_ITEMS_CHARS = 400  # how far below a lead-in its first item's record may start


def _lead_in_left_over(record: Assignment, records: list[Assignment]) -> bool:
    """Whether a task is a duty word alone whose items another finder gave the same body ("4. Cục trưởng Cục Thuế có
    trách nhiệm:" over "a) …", the block's items): a lead-in left over, no task. Where no record of the body follows
    (items no finder reads), the lead-in stays its one record."""
    if " ".join(record.task.strip(" \t\n:*_").split()).casefold() not in _duty_words():
        return False
    return any(other.agency == record.agency and record.end <= other.start <= record.end + _ITEMS_CHARS
               for other in records)


_QUESTION_LINE_END = regex.compile(r"\?[ \t*_]*+(?:\n|$)")
_LINE_CHARS = 600  # how far a task's line is read for its end (a longer line is no headline)


def _asks(text: str, start: int) -> bool:
    """Whether the task stands on a line that asks ("**Bộ Chính trị giao Đảng ủy Chính phủ định hướng sáp nhập tỉnh
    … trong thời gian nào?**", a news headline or subhead): a question restates or announces the article's answer,
    where any task is given."""
    end = text.find("\n", start, start + _LINE_CHARS)
    if end < 0:
        end = min(len(text), start + _LINE_CHARS)
        if end < len(text):
            return False
    return _QUESTION_LINE_END.search(text, max(start, end - 8), end + 1) is not None


def _asked(record: Assignment) -> bool:
    """Whether the task is a question ("*Từ ngày 01/7/2025, cơ quan nào có trách nhiệm thực hiện đánh giá ô nhiễm
    đất? (Hình từ Internet)*": an image caption asks, after its question mark, where :func:`_asks` reads the line's
    end)."""
    return record.task.rstrip(" \t*_").endswith("?")


def _on_caption(text: str, start: int) -> bool:
    """Whether the task stands in a picture's caption ("*Quốc hội sẽ họp bất thường vào tháng 2/2025 (Hình từ
    Internet)*") or a site's link to another article ("**Mới: Quốc hội chốt tăng lương cơ sở 2026 …**", sections.toml
    [web] link_labels): it restates an article, it gives no task."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start, start + _LINE_CHARS)
    if line_end < 0 and len(text) - start <= _LINE_CHARS:
        line_end = len(text)  # the last line
    if line_end < 0:
        return False
    line = text[line_start:line_end]
    return is_caption(line) or is_site_link(line)


@cache
def _exempting() -> regex.Pattern:
    return regex.compile(r"(?i:(?:" + alternation(_cfg()["words"]["exempting"]) + r"))(?!\p{L})")


def _exempts(record: Assignment) -> bool:
    """Whether the task exempts the body from an action ("… dự án | không phải thẩm tra lại …"; the negation read
    into the name too: "… dự án không | phải thẩm tra lại …"): no task (``[words] exempting``)."""
    task = record.task.lstrip(" \t*_")
    return _exempting().match(task) is not None \
        or _exempting().match(f"{record.agency.rsplit(' ', 1)[-1]} {task}") is not None


def _in_subhead(text: str, record: Assignment) -> bool:
    """Whether a news article's task and its body stand on a subhead line or the headline ("Chính phủ thông qua hồ sơ
    Đề án sắp xếp cấp tỉnh, cấp xã"): a title restates what the article reports, where any task is given."""
    start = text.rfind("\n", 0, min(record.start, record.agency_start)) + 1
    end = text.find("\n", max(record.end, record.agency_end))
    line = text[start:end if end >= 0 else len(text)]
    return is_subhead(line.strip(" \t*_#>"))


#: The headings of a regulation's parts that give no task ([region] no_task_headings).
_NO_TASK_HEADING = regex.compile(r"[ \t*_]*+(?i:" + alternation(load_toml("assignments.toml")["region"]["no_task_headings"])
                                 + r")(?![\p{L}\p{M}])")


def _scope_parts(doc: DocumentStructure) -> list[tuple[int, int]]:
    """The spans of the sections that say what a regulation governs, whom it applies to or what its words mean
    ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"), in order: they hold no task."""
    spans: list[tuple[int, int]] = []

    def walk(sections: list[Section]) -> None:
        for section in sections:
            if section.heading and _NO_TASK_HEADING.match(section.heading):
                spans.append((section.start, section.end))
            else:
                walk(section.children)

    walk(doc.sections)
    return sorted(spans)


def _inside(position: int, regions: list[tuple[int, int]]) -> bool:
    index = bisect_left(regions, (position + 1,)) - 1
    return index >= 0 and regions[index][0] <= position < regions[index][1]


def _own_body(records: list[Assignment], issuer: Optional[str]) -> list[Assignment]:
    """A unit named after the issuer's head word alone is the issuer's own: in a decision of "Bộ Văn hóa, Thể thao
    và Du lịch", "Văn phòng Bộ" is "Văn phòng Bộ Văn hóa, Thể thao và Du lịch" (agencies and partners)."""
    if not issuer or len(issuer.split()) < 2:
        return records
    head = issuer.split()[0]
    offices = set(_cfg()["execution"]["issuer_offices"]["units"])

    def own(name: str) -> str:
        words = name.split()
        if len(words) < 2 or words[-1] != head or is_generic(name):
            return name  # "các cơ quan ngang Bộ": ministerial-level bodies in general, no unit of the issuer
        return name[:name.rindex(head)] + issuer

    def own_office(record: Assignment) -> str:
        # an execution list's bare office ("Chánh Văn phòng, Cục trưởng Cục …" in a ministry's decision): the issuer's
        # own, "Văn phòng Bộ …" (round 56)
        if record.rule == EXECUTION_RULE and record.agency in offices:
            return f"{record.agency} {issuer}"
        return own(record.agency)

    return [r.model_copy(update={"agency": own_office(r), "partners": [own(p) for p in r.partners]})
            if r.agency.endswith(head) or r.agency in offices or any(p.endswith(head) for p in r.partners) else r
            for r in records]


#: A group opened by its plural word, after an official's title.
_PLURAL_GROUP_OPENS = regex.compile(r"(?:" + alternation(load_toml("agency_heads.toml")["lists"]["plural"]) + r")[ \t]+\p{Ll}")


@cache
def _bare_official() -> regex.Pattern:
    """An official's title named alone, perhaps in the plural or as the standing one: "Các Phó Trưởng ban",
    "Phó Trưởng ban thường trực" (agency_heads.toml [officials] titles and [words] standing)."""
    heads = load_toml("agency_heads.toml")
    titles, standing = alternation(heads["officials"]["titles"]), alternation(heads["words"]["standing"])
    plural = alternation(heads["lists"]["plural"])
    return regex.compile(rf"(?i:(?:(?:{plural})\s+)?(?P<title>{titles})(?:\s+(?:{standing}))?)")


def _issuers_officials(records: list[Assignment], issuer: Optional[str]) -> list[Assignment]:
    """An official named by title alone in the issuer's own rules heads the issuer: in the rules of "Ban Chỉ đạo
    quốc gia về …", "Trưởng ban", "Các Phó Trưởng ban" → that body (policy P6: an official stands for the body), when
    the title names the issuer's head word ("ban" of "Ban Chỉ đạo"; "Cục trưởng" of "Cục Thuế")."""
    if not issuer:
        return records
    head = issuer.split()[0].lower()

    out = []
    for record in records:
        bare = _bare_official().fullmatch(record.agency)
        named = bare is not None and head in bare["title"].lower().split()
        out.append(record.model_copy(update={"agency": issuer}) if named else record)
    return out


@cache
def _owned_parts() -> tuple[regex.Pattern, regex.Pattern]:
    """A part's bare name (the whole agency) and a part's name with its owner after it (agency_heads.toml [words]
    owned_parts)."""
    parts = alternation(load_toml("agency_heads.toml")["words"]["owned_parts"])
    return regex.compile(rf"(?:{parts})"), regex.compile(rf"(?P<part>{parts})[ \t]++(?P<owner>\p{{Lu}}.+)")


@cache
def _committee() -> regex.Pattern:
    """A Party committee named alone (agency_heads.toml [officials] lower_case_bodies, in any case): "Thành ủy"."""
    return regex.compile(r"(?i:" + alternation(word_list("agency_heads.toml", "officials", "lower_case_bodies")) + r")")


#: What may stand between two parts of one owner in a list: a comma or the connector.
_PARTS_GLUE = regex.compile(r"[ \t\n]*+(?:,|" + CONNECTOR + r")[ \t\n]*+")


def _shared_owner(text: str, records: list[Assignment]) -> list[Assignment]:
    """A part named bare right before another part of the same task's list takes that part's owner: "Ban Chấp hành, |
    Ban Thường vụ Công đoàn Ngân hàng Việt Nam | báo cáo …" → "Ban Chấp hành Công đoàn Ngân hàng Việt Nam"; a Party
    committee named bare right after a part of another committee takes that part: "Ban Thường vụ Tỉnh ủy, | Thành ủy"
    → "Ban Thường vụ Thành ủy"."""
    bare, owned = _owned_parts()
    by_task: dict[tuple[int, int], list[Assignment]] = {}
    for record in records:
        by_task.setdefault((record.start, record.end), []).append(record)
    renamed: dict[int, str] = {}
    for group in by_task.values():
        for record in group:
            if _committee().fullmatch(record.agency):
                # "Ban Thường vụ Tỉnh ủy, | Thành ủy | lãnh đạo …": the part written once is the second owner's too
                before = next((found for other in group if other.agency_end < record.agency_start
                               and (found := owned.fullmatch(other.agency)) is not None
                               and _committee().fullmatch(found.group("owner"))
                               and _PARTS_GLUE.fullmatch(text, other.agency_end, record.agency_start)), None)
                if before is not None:
                    renamed[id(record)] = f"{before.group('part')} {record.agency}"
                continue
            if not bare.fullmatch(record.agency):
                continue
            for other in group:
                found = owned.fullmatch(other.agency)
                if found is not None and other.agency_start > record.agency_end \
                        and _PARTS_GLUE.fullmatch(text, record.agency_end, other.agency_start):
                    renamed[id(record)] = f"{record.agency} {found.group('owner')}"
    return [r.model_copy(update={"agency": renamed[id(r)]}) if id(r) in renamed else r for r in records]


def _renamed(records: list[Assignment], rename: Callable[[str], str]) -> list[Assignment]:
    """Each record with ``rename`` applied to its agency and partners; a record that does not change is kept, not
    copied (thousands of records in a long document)."""
    out = []
    for record in records:
        partners = [rename(p) for p in record.partners]
        agency = rename(record.agency)
        changed = agency != record.agency or partners != record.partners
        out.append(record.model_copy(update={"agency": agency, "partners": partners}) if changed else record)
    return out


@cache
def _role_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """The role a body is said to be ("| là | Cơ quan thường trực Ban Chỉ đạo"), and the filler words of a role."""
    cfg = load_toml("assignments.toml")
    heads, copulas = alternation(cfg["roles_named"]["heads"]), alternation(cfg["inline"]["copulas"])
    said = regex.compile(rf"[ \t\n]+(?:{copulas})[ \t\n]+(?P<role>(?i:{heads})(?![\p{{L}}\p{{M}}])[^.;:,()\n]{{0,80}})")
    filler = regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(cfg["roles_named"]["filler"]) + r")(?![\p{L}\p{M}])")
    return said, filler


def _role_key(name: str) -> str:
    return " ".join(_role_patterns()[1].sub(" ", name.lower()).split())


def _named_roles(text: str, records: list[Assignment], mentions: list[AgencyMention]) -> list[Assignment]:
    """A standing role the document gives a named body stands for that body: with "Bộ Khoa học và Công nghệ là Cơ
    quan thường trực Ban Chỉ đạo" written, "Cơ quan thường trực của Ban Chỉ đạo có trách nhiệm …" is the ministry's
    task (agencies and partners). A role given to two bodies is left as written."""
    said, _ = _role_patterns()
    roles: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.generic:
            continue
        found = said.match(text, mention.end, mention.end + 120)
        if found:
            roles.setdefault(_role_key(found["role"]), set()).add(mention.canonical)
    if not roles:
        return records
    known = {key: next(iter(bodies)) for key, bodies in roles.items() if len(bodies) == 1}

    def body(name: str) -> str:
        key = _role_key(name)
        hits = {b for role, b in known.items() if role == key or role.startswith(key + " ") or key.startswith(role + " ")}
        return hits.pop() if len(hits) == 1 else name

    return _renamed(records, body)


@cache
def _level_list() -> regex.Pattern:
    scope = load_toml("agency_heads.toml")["scope"]
    heads, lists = alternation(scope["plural_level_heads"]), alternation(scope["plural_level_lists"])
    return regex.compile(rf"(?P<head>{heads})[ \t]+(?=(?:{lists})(?![\p{{L}}\p{{M}}]))")


def _plural_levels(records: list[Assignment]) -> list[Assignment]:
    """A local government named with a list of provincial levels is every province's: "Ủy ban nhân dân tỉnh, thành
    phố trực thuộc trung ương" → "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" (agencies and partners)."""
    def named(name: str) -> str:
        found = _level_list().match(name)
        return f"{name[:found.end()]}{PLURAL_WORD} {name[found.end():]}" if found else name

    return _renamed(records, named)


def _officials_of_groups(records: list[Assignment]) -> list[Assignment]:
    """Officials heading a group stand for it, in any case: "Trách nhiệm của thủ trưởng các đơn vị thuộc Cục
    Thuế" → "các đơn vị thuộc Cục Thuế" (policy P6)."""
    out = []
    for record in records:
        title = _bare_official().match(record.agency)
        rest = record.agency[title.end():].lstrip() if title and title.start("title") == 0 else ""
        out.append(record.model_copy(update={"agency": rest}) if _PLURAL_GROUP_OPENS.match(rest) else record)
    return out


_NAMED_AFTER_GROUP = regex.compile(r",[ \t]*+|[ \t]++" + regex.escape(CONNECTOR) + r"[ \t]++")


@lru_cache(maxsize=4096)
def _mentions_in_name(name: str) -> tuple[AgencyMention, ...]:
    """The bodies a record's agency names (the same names recur over a document's records)."""
    return tuple(find_agencies(name))


@lru_cache(maxsize=4096)
def _expanded(name: str) -> str:
    """A name with its abbreviations expanded (data/abbreviations.tsv), once per name."""
    return expand_abbreviations(name)


def _named_after_group(record: Assignment) -> list[Assignment]:
    """A generic group's name that runs on over a comma into a named body ("các bộ, cơ quan ngang bộ, cơ quan thuộc
    Chính phủ, | Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" as one subject of a lead-in): the group and
    the body apart, one record each (policy P2); [] when the name is no such pair."""
    if record.agency_text != record.agency or not _NAMED_AFTER_GROUP.search(record.agency):
        return []
    name = record.agency
    mentions = _mentions_in_name(name)
    first = mentions[0] if mentions else None
    if first is not None and first.start == 0 and not first.generic and first.end < len(name):
        # "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, | các tổ chức chính trị - xã hội tỉnh": a body, then a group
        joint = _NAMED_AFTER_GROUP.match(name, first.end)
        rest = name[joint.end():] if joint is not None else ""
        if rest and PLURAL_OPENS.match(rest) and is_generic(rest):
            return _agency_parts(record, [(0, first.end), (joint.end(), len(name))])
    for mention in mentions:
        if mention.generic or mention.start == 0:
            continue
        joint = None
        for joint in _NAMED_AFTER_GROUP.finditer(name, 0, mention.start):
            pass
        if joint is None or joint.end() != mention.start:
            continue
        group = name[:joint.start()]
        # "… cơ quan thuộc | Chính phủ": an owner named inside the group is part of its words
        if not PLURAL_OPENS.match(group) or not is_generic(without_owners(group)):
            return []
        return _agency_parts(record, [(0, joint.start()), (mention.start, len(name))])
    return []


def _agency_parts(record: Assignment, spans: list[tuple[int, int]]) -> list[Assignment]:
    """One record per span of a record's agency name, each named as written there."""
    return [record.model_copy(update={"agency": " ".join(record.agency[start:end].split()),
                                      "agency_text": record.agency[start:end],
                                      "agency_start": record.agency_start + start,
                                      "agency_end": record.agency_start + end})
            for start, end in spans]


def _split_groups(records: list[Assignment]) -> list[Assignment]:
    """One record per group a generic list names apart: "Các sở, ban, ngành, tổ chức chính trị - xã hội" →
    "Các sở, ban, ngành" and "các tổ chức chính trị - xã hội" (policy P2)."""
    out: list[Assignment] = []
    for record in records:
        if ";" in record.agency and is_generic(record.agency) and record.agency_text == record.agency:
            # "Các Sở, ban, ngành; cơ quan, đơn vị": the groups a semicolon parts, each read on its own (round 47)
            cursor = 0
            pieces = []
            for piece in record.agency.split(";"):
                name = piece.strip()
                at = record.agency.index(name, cursor)
                cursor = at + len(name)
                if name:
                    pieces.append(record.model_copy(update={"agency": name, "agency_text": name,
                                                            "agency_start": record.agency_start + at,
                                                            "agency_end": record.agency_start + at + len(name)}))
            out += _split_groups(pieces)
            continue
        named_apart = _named_after_group(record)
        if named_apart:
            out += _split_groups(named_apart)
            continue
        parts = split_groups(record.agency) if is_generic(record.agency) else []
        actors = len(parts) < 2
        if actors and not is_owned_kinds_group(record.agency):
            # ("Cơ quan chuyên môn, tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh" is one phrase of the law)
            parts = split_actors(record.agency)
        if len(parts) < 2:
            parts = split_plural_pair(record.agency)  # "Các cơ quan y tế, … | và | các cơ quan liên quan"
            actors = False
        if len(parts) < 2:
            out.append(record)
            continue
        same_text = record.agency_text == record.agency
        plural = PLURAL_OPENS.match(record.agency)
        for start, end, name in parts:
            update = {"agency": name}
            if actors and plural and not PLURAL_OPENS.match(name):
                # "Các doanh nghiệp viễn thông, doanh nghiệp bưu chính": the list's plural goes with each actor
                update["agency"] = f"{plural.group().strip().lower()} {name}"
            if same_text:
                update.update(agency_text=record.agency_text[start:end], agency_start=record.agency_start + start,
                              agency_end=record.agency_start + end)
            out.append(record.model_copy(update=update))
    return out


_SHORT_FORM_WORDS = 4  # a shorter name than this ("Ban Chỉ đạo") is too general to stand for one longer name


def _merge_scopes(records: list[Assignment], mentions: list[AgencyMention],
                  issuer: Optional[str] = None) -> list[Assignment]:
    """One name per body in a document: a name written without its level ("Ủy ban Mặt trận Tổ quốc
    Việt Nam") takes the one spelling of the same body with a level word ("… Việt Nam tỉnh") that the
    document also uses, when there is exactly one; a short form takes the one longer name it begins
    ("Văn phòng Ban Chỉ huy" → "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh")."""
    levels = set(load_toml("agency_heads.toml")["scope"]["levels"])
    names = {m.canonical for m in mentions} | {r.agency for r in records} | {p for r in records for p in r.partners}

    one_level = tuple(h + " " for h in load_toml("agency_heads.toml")["scope"]["one_level_heads"])
    # the issuer's level ("Ủy ban nhân dân tỉnh Quảng Ngãi" → "tỉnh"): the level of the bodies a plan names bare
    issuer_rest = " " + " ".join((issuer or "").split()[1:]) + " "
    own_level = next((level for level in sorted(levels, key=len, reverse=True) if f" {level} " in issuer_rest), None)

    @cache
    def scoped(name: str) -> str:
        if name.startswith(one_level) or is_generic(name):
            # "Sở Khoa học và Công nghệ": a department is the province's, with or without "tỉnh"; a group is kept
            # as written ("các sở, ban, ngành" beside a heading "8. Các sở, ban, ngành Tỉnh")
            return name
        # each level word looked up in the set of names, not each name scanned per record
        candidates = [name + " " + level for level in levels if name + " " + level in names]
        if len(candidates) > 1 and own_level:
            # "Ban Chỉ đạo" beside "Ban Chỉ đạo tỉnh" and "Ban Chỉ đạo Trung ương" in a province's plan: its own
            candidates = [c for c in candidates if c.endswith(" " + own_level)]
        if len(candidates) == 1:
            return candidates[0]
        if not candidates and own_short_form(name):
            # "Trưởng Ban Chỉ đạo" in the rules of the body that issues them ("Ban Chỉ đạo Nhà nước về Du lịch"): its own
            return issuer or name
        if not candidates and len(name.split()) >= _SHORT_FORM_WORDS \
                and not any(name.endswith(" " + level) for level in levels):  # "Ủy ban nhân dân thành phố" is scoped
            # "Văn phòng Ban Chỉ huy" after "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh": the short form of the one
            # longer name the document gives it (its next word a capitalised name, not a level)
            longer = longer_names().get(name, ())
            if len(longer) == 1:
                return longer[0]
        return name

    def own_short_form(name: str) -> bool:
        """Whether ``name`` is the first words of the issuer's name, the next one no level ("Ban Chỉ đạo" of "Ban Chỉ
        đạo Nhà nước về Du lịch"; "Ủy ban nhân dân" of "Ủy ban nhân dân tỉnh …" is a level's)."""
        if not issuer or len(name.split()) < 2 or any(name.endswith(" " + level) for level in levels):
            return False  # ("Ủy ban nhân dân thành phố" in a city's plan is written with its level: as written)
        folded, own = name.lower() + " ", issuer.lower()
        return own.startswith(folded) and own[len(folded):].split()[0] not in levels

    @cache
    def longer_names() -> dict[str, tuple[str, ...]]:
        """Each name's shorter forms (its first words) → the names that go on after them with a capitalised word that
        is no level: built once per document (a scan of every name per record grew with the square of the names)."""
        index: dict[str, list[str]] = {}
        for full in names:
            words = full.split()
            for size in range(_SHORT_FORM_WORDS, len(words)):
                following = words[size]
                if following[:1].isupper() and len(following) > 1 and following not in levels:
                    index.setdefault(" ".join(words[:size]), []).append(full)
        return {short: tuple(dict.fromkeys(fulls)) for short, fulls in index.items()}

    return [r.model_copy(update={"agency": scoped(r.agency), "partners": [scoped(p) for p in r.partners]})
            for r in records]


__all__ = ["find_assignments", "block_assignments", "inline_assignments",
           "task_role", "task_due", "task_partners"]
