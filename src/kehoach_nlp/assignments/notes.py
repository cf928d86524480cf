"""Responsibility notes and parenthetical bodies: the bodies written after their task.

Takes: a :class:`~kehoach_nlp.structure.DocumentStructure`, its agency mentions and the spans to skip.
Gives: :class:`~kehoach_nlp.records.Assignment` records for a note under or after a task
(``(Cơ quan chủ trì: Sở Y tế; phối hợp: Công an tỉnh)``, ``rule="assignments.note"``) and for bodies in
parentheses at the end of an item (``(Sở Y tế chủ trì, phối hợp với Công an tỉnh)``,
``rule="assignments.parenthetical"``): the lead bodies ``lead``, the partners ``support``.

Example::

    >>> from kehoach_nlp.agencies import find_agencies
    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("II. NHIỆM VỤ\\n- Tổ chức tập huấn cho cán bộ y tế cơ sở (Sở Y tế chủ trì, phối hợp với Công an tỉnh);")
    >>> [(a.agency, a.role, a.task) for a in parenthetical_assignments(doc, find_agencies(doc.text), [])]
    [('Sở Y tế', 'lead', 'Tổ chức tập huấn cho cán bộ y tế cơ sở'), ('Công an tỉnh', 'support', 'Tổ chức tập huấn cho cán bộ y tế cơ sở')]
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Optional

import regex

from ..agencies import AgencyMention
from ..data import load_toml
from ..records import Assignment
from ..structure import DocumentStructure
from .common import _alternation, _cfg, _chain, _Covered, _find, _patterns, _record, _rfind, task_due


def note_assignments(doc: DocumentStructure, mentions: list[AgencyMention],
                     skip: list[tuple[int, int]]) -> list[Assignment]:
    """Tasks followed by a responsibility note: ``… (Cơ quan chủ trì: Sở Y tế; phối hợp: Công an tỉnh)``.

    The task is the line (bullet) before the note, or the line above when the note stands alone.
    The lead agencies get role ``lead``; the agencies of the ``phối hợp:`` part are partners.
    """
    text = doc.text
    p = _patterns()
    starts = [m.start for m in mentions]
    records: list[Assignment] = []
    covered = _Covered(skip)
    for note in p["note_lead"].finditer(text):
        if note.start() in covered:
            continue
        line_start = _rfind(text, "\n", 0, note.start()) + 1
        line_end = _find(text, "\n", note.end())
        line_end = len(text) if line_end < 0 else line_end
        first = bisect_left(starts, note.end())
        leads = _chain(text, mentions, note.end(), line_end, generic_gap=False, first=first)
        if not leads:
            continue
        task_start, task_end = _task_before(text, line_start, note.start())
        if task_end - task_start < 3:  # the note stands on its own line: the task is the line above
            above_end = line_start - 1
            above_start = _rfind(text, "\n", 0, max(above_end, 0)) + 1
            if above_end <= above_start:
                continue
            if _FIELD_LABEL.match(text, _paragraph_start(text, above_start), above_end):
                continue  # "- Cơ quan tiếp nhận và trả kết quả: Trung tâm …" above: a procedure's fields, no task
            task_start = above_start + _task_prefix_end(text[above_start:above_end])
            task_end = above_end
        partner_names: list[str] = []
        for cue in p["note_partner"].finditer(text, note.end(), line_end):
            for mention in _chain(text, mentions, cue.end(), line_end, first=bisect_left(starts, cue.end())):
                if mention.canonical not in partner_names:
                    partner_names.append(mention.canonical)
        due = p["note_due"].search(text, note.end(), line_end)
        for agency in leads:
            record = _record(text, task_start, task_end, agency, mentions, False, starts, rule="assignments.note")
            if record:
                records.append(record.model_copy(update={
                    "role": "lead", "partners": [n for n in partner_names if n != agency.canonical],
                    "due": due["due"].strip(" .") if due else record.due}))
    return records


_PARENTHESIS = regex.compile(r"\((?P<inside>[^()\n]{3,%d})\)" % load_toml("assignments.toml")["parenthetical"]["max_chars"])
#: After a parenthesis that ends a task: the end of the item ("…);", "…).", "…)" at the line's end).
_ITEM_END_AFTER = regex.compile(r"[ \t*_]{0,3}[.;,]?[ \t*_]{0,3}(?:\n|$)")


@cache
def _parenthetical_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _cfg()
    b = r"(?![\p{L}\p{N}])"
    responsible = regex.compile(rf"[ \t,]{{0,3}}(?:{_alternation(cfg['parenthetical']['responsible'])}){b}", regex.I)
    lead = regex.compile(rf"[ \t,]{{0,3}}(?:{_alternation(cfg['roles']['lead'])}){b}", regex.I)
    return responsible, lead


@cache
def _giving_opening() -> regex.Pattern:
    """A giving verb that opens a parenthesis before its bodies ([parenthetical] giving): "(Giao | Công an tỉnh …)"."""
    return regex.compile(r"[ \t]*(?i:" + _alternation(_cfg()["parenthetical"]["giving"]) + r")[ \t]+")


def parenthetical_assignments(doc: DocumentStructure, mentions: list[AgencyMention],
                              skip: list[tuple[int, int]]) -> list[Assignment]:
    """Tasks that name their bodies after them, in parentheses: ``- Tổ chức tập huấn cho cán bộ cơ sở (Sở Y tế chủ
    trì, phối hợp với Công an tỉnh);`` → Sở Y tế ``lead`` (partner Công an tỉnh) and Công an tỉnh ``support``
    (policy P3, as in a task list); ``(Sở A, Báo B thực hiện)`` → each ``responsible``; a parenthesis of bodies
    alone at the end of an item of a section that hands out work (``… (Sở Y tế, Công an tỉnh);``) → each
    ``responsible``. The task is the item (or sentence) before the parenthesis."""
    text = doc.text
    cfg = _cfg()["parenthetical"]
    responsible_cue, lead_cue = _parenthetical_patterns()
    p = _patterns()
    starts = [m.start for m in mentions]
    covered = _Covered(skip)
    records: list[Assignment] = []
    for paren in _PARENTHESIS.finditer(text):
        inside_start, inside_end = paren.span("inside")
        if paren.start() in covered:
            continue
        first = bisect_left(starts, inside_start)
        while first < len(mentions) and mentions[first].start < inside_start:
            first += 1
        if first >= len(mentions) or (text[inside_start:mentions[first].start].strip()
                                      and not _giving_opening().fullmatch(text, inside_start, mentions[first].start)):
            continue  # the parenthesis does not open with a body, nor with "Giao" and a body (round 47)
        bodies = _chain(text, mentions, mentions[first].start, inside_end, generic_gap=False, first=first)
        if not bodies or bodies[-1].end > inside_end:
            continue
        rest_at = bodies[-1].end
        rest = text[rest_at:inside_end]
        role: Optional[str] = None
        partners: list[AgencyMention] = []
        if lead_cue.match(rest):
            role = "lead"
            cue = p["partner_cue"].search(text, rest_at, inside_end)
            if cue:
                partners = _chain(text, mentions, cue.end(), inside_end, first=bisect_left(starts, cue.end()))
        elif responsible_cue.match(rest):
            role = "responsible"
        elif not rest.strip(" \t,;.") and doc.top_kind_at(paren.start()) in cfg["bare_sections"] \
                and _ITEM_END_AFTER.match(text, paren.end()):
            previous = bisect_left(starts, paren.start()) - 1
            if previous >= 0 and text[mentions[previous].end:paren.start()].strip() == "":
                continue  # "Ủy ban nhân dân tỉnh (Sở Y tế)": a gloss of a body, not a task's bodies
            role = "responsible"
        if role is None:
            continue
        line_start = _rfind(text, "\n", 0, paren.start()) + 1
        task_start, task_end = _task_before(text, line_start, paren.start(), sentence=True)
        if task_end - task_start < 3:
            continue
        task = text[task_start:task_end]
        if role == "responsible" and not rest.strip(" \t,;.") and len(task.split()) < int(cfg["bare_min_words"]):
            continue  # "Đường bộ (Bộ Xây dựng)": a label and its body, no task
        lead_names = [b.canonical for b in bodies]
        partner_names = [m.canonical for m in partners if m.canonical not in lead_names]
        for body in bodies:
            records.append(Assignment(
                text=task, start=task_start, end=task_end, task=task, agency=body.canonical, agency_text=body.text,
                agency_start=body.start, agency_end=body.end, role=role,
                partners=partner_names if role == "lead" else [], due=task_due(task),
                rule="assignments.parenthetical"))
        for partner in partners:
            if partner.generic or partner.canonical in lead_names:
                continue
            records.append(Assignment(
                text=task, start=task_start, end=task_end, task=task, agency=partner.canonical,
                agency_text=partner.text, agency_start=partner.start, agency_end=partner.end, role="support",
                partners=lead_names, due=task_due(task), rule="assignments.parenthetical"))
    return records


#: A field of a record ("**- Cơ quan tiếp nhận và trả kết quả: **Trung tâm …", "- Địa chỉ: …"): a short label and its
#: colon open the line, markup and a list marker allowed before it.
_FIELD_LABEL = regex.compile(r"[ \t*_]*+(?:[-+•–][ \t*_]*+)?(?:[^\n:;.,]|\n(?![ \t]*\n)){2,60}:")
_PARAGRAPH_LINES = 12  # wrapped lines walked back to the start of a paragraph


def _paragraph_start(text: str, line_start: int) -> int:
    """The first line of the paragraph that holds the line at ``line_start``: back over wrapped lines to a blank line,
    a line that opens with a list marker, or the start of the text."""
    for _ in range(_PARAGRAPH_LINES):
        if line_start == 0 or _patterns()["list_marker"].match(text, line_start) \
                or text[line_start:line_start + 4].lstrip(" \t*_")[:1] in ("-", "+", "•"):
            return line_start
        previous = _rfind(text, "\n", 0, line_start - 1) + 1
        if not text[previous:line_start - 1].strip():
            return line_start
        line_start = previous
    return line_start


def _task_before(text: str, line_start: int, stop: int, sentence: bool = False) -> tuple[int, int]:
    """The task written on the line before ``stop`` (a note or a parenthesis): after the line's list marker
    (with ``sentence``, after the last full stop too), without the spaces and punctuation before ``stop``."""
    task_start = line_start + _task_prefix_end(text[line_start:stop])
    if sentence:
        sentence_end = _rfind(text, ". ", task_start, stop)
        task_start = sentence_end + 2 if sentence_end >= 0 else task_start
    task_end = stop
    while task_end > task_start and text[task_end - 1] in " \t(-–;,.:":
        task_end -= 1
    return task_start, task_end


def _task_prefix_end(line: str) -> int:
    marker = _patterns()["list_marker"].match(line)
    return marker.end() if marker else len(line) - len(line.lstrip())
