"""Directive paragraphs: in a news article, the paragraphs after a body's task that open with a verb go on with it.

Takes: a headingless :class:`~kehoach_nlp.structure.DocumentStructure` (a news report), the records found so far
and the agency mentions. Gives: for each paragraph that continues a task, one
:class:`~kehoach_nlp.records.Assignment` per body of that task (``rule="assignments.following_paragraphs"``).

A directive quoted in an article names its bodies once and then lists their duties as paragraphs with no subject of
their own — a Vietnamese imperative opens with its verb. Such a paragraph belongs to the bodies of the task before it;
the walk stops at a paragraph that names its own body (it has a record), one that does not open with a verb, a list
number, or the end of the section. Numbered duties (``(1)``, ``(2)`` …) bound a list of their own: between item *n*
and item *n + 1*, paragraphs with their own subject or without a verb are passed over, not stopped at, and item
*n + 1* continues the list whatever its first word.

Example::

    Giao Ban Thường vụ các tỉnh ủy, thành ủy chủ động công tác chuẩn bị các điều kiện cần thiết …

    Bảo đảm kiện toàn tổ chức bộ máy, điều kiện làm việc của các cơ quan cấp tỉnh, cấp xã sau khi sáp nhập …

    Đưa vào hoạt động cấp xã mới từ ngày 1/7/2025, phấn đấu hoàn thành trước ngày 15/7/2025.

gives the second and the third paragraph to ``Ban Thường vụ các tỉnh ủy, thành ủy`` as well.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Optional

import regex

from ..agencies import AgencyMention
from ..data import load_toml
from ..records import Assignment
from ..rules import alternation
from ..sections import is_caption
from ..structure import DocumentStructure
from ..vietnamese import opens_with_verb
from .common import _BULLET, _HEADING_START, _LEAD_IN_END, _LINE, _TRAIL, announces_items, case_lead_in, _patterns, task_due, task_partners, task_role

RULE = "assignments.following_paragraphs"
_ANCHOR_RULES = ("assignments.inline", "assignments.lead_in_items")
_LETTER = regex.compile(r"\p{L}")
_PARAGRAPH_END = regex.compile(r"[ \t.;:*_]*+(?:\n|$)")
_ITEM_NUMBER = regex.compile(r"[ \t*_]*+\((\d{1,2})\)[ \t*_]*+")


@cache
def _config() -> dict:
    return load_toml("assignments.toml")["following_paragraphs"]


@cache
def _not_openings() -> regex.Pattern:
    """Openings that a tagger may read as verbs but that give no duty ("Theo …", "Xem chi tiết …")."""
    return regex.compile(rf"(?i:{alternation(_config()['not_openings'])})(?![\p{{L}}\p{{M}}])")


@cache
def _connective() -> regex.Pattern:
    """A connective before the verb ("Đồng thời, tập trung …"): [following_paragraphs] connectives."""
    return regex.compile(rf"(?i:{alternation(_config()['connectives'])})[ \t]*+,?[ \t]*+")


@cache
def _document_opening() -> regex.Pattern:
    """A document named by type and number ("Kết luận 157-KL/TW …", "Quyết định số 12/QĐ-UBND …"): a subject a
    tagger may read as a verb ("kết luận" is also "to conclude"); the types are data/document_types.toml's."""
    data = load_toml("document_types.toml")
    types, number = alternation(list(data["types"])), regex.escape(data["words"]["number"])
    return regex.compile(rf"(?i:{types})[ \t]++(?i:{number}[ \t]++)?\d")


def _opens_duty(text: str, at: int, end: int) -> bool:
    """Whether the paragraph ``text[at:end]`` (past its bullet and a connective) opens with a verb and gives a duty
    (a question, a picture caption, a document as subject, or a task given to another body — ``Giao …``, ``Đề nghị
    …`` — does not)."""
    p = _patterns()
    connective = _connective().match(text, at, end)
    at = connective.end() if connective else at
    if not _LETTER.match(text, at, end) or _not_openings().match(text, at, end) or p["giving"].match(text, at, end) \
            or _document_opening().match(text, at, end) \
            or text[at:end].rstrip(" \t*_")[-1:] == "?" or is_caption(text[at:end]):
        return False
    words = text[at:min(end, at + _config()["tagged_chars"])]
    lowered = words[:1].lower() + words[1:]  # the task verbs are written as inside a sentence: "khẩn trương …"
    return bool(p["continuation"].match(lowered) or p["task_start"].match(lowered)) or opens_with_verb(words)


_TAIL_CHARS = 60  # the longest sentence after a task that announces its items ("Cụ thể là:")
_TAIL = regex.compile(r"[^\n]{0,%d}?:[ \t*_]*+(?:\n|$)" % _TAIL_CHARS)


def _announcing_tail(text: str, end: int) -> Optional[regex.Match]:
    """After a task, a short sentence of the same paragraph that announces the items below it ("… thực hiện nghiêm
    túc Quyết định 1244/2025/QĐ-CTN. Cụ thể là:"): the task's paragraph ends with it."""
    tail = _TAIL.match(text, end, min(len(text), end + _TAIL_CHARS + 8))
    return tail if tail is not None and announces_items(text, end, tail.end()) else None


def _section_end(doc: DocumentStructure, offset: int) -> int:
    path = doc.path_at(offset)
    return path[-1].end if path else len(doc.text)


def _paragraph_record(text: str, anchor: Assignment, at: int, end: int, mentions: list[AgencyMention],
                      starts: list[int]) -> Optional[Assignment]:
    while at < end and text[at] in " \t*_":
        at += 1
    while end > at and text[end - 1] in _TRAIL + "*_ ":
        end -= 1
    if end - at < 3:
        return None
    task = text[at:end]
    role = task_role(task)
    partners = task_partners(text, at, end, mentions, own=[anchor.agency], starts=starts)
    if role == "responsible" and anchor.role != "responsible" and task_role(anchor.task) != anchor.role:
        # the anchor took its role from the lead-in over the items ("(1) Bộ Tài chính chủ trì, phối hợp với các cơ quan
        # liên quan …, trong đó:" ⏎ "- Rà soát …" ⏎ "- Tham mưu …"): the items after it are led the same way
        role = anchor.role
        partners = anchor.partners + [p for p in partners if p not in anchor.partners]
    return anchor.model_copy(update={
        "text": task, "task": task, "start": at, "end": end, "due": task_due(task), "role": role,
        "partners": partners, "rule": RULE})


def _number_before(text: str, start: int) -> Optional[int]:
    """The item number ``(n)`` that opens the line of the task starting at ``start``, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    number = _ITEM_NUMBER.match(text, line_start, start + 1)
    return int(number.group(1)) if number and number.end() >= start - 1 else None


_ITEM_GAP_CHARS = 8000  # how far below item n its item n + 1 is looked for (the paragraphs between are walked)


def _next_item(text: str, number: int, at: int, end: int) -> int:
    """Where the line of item ``(number)`` starts after ``at`` and before ``end`` (within a bound), or -1."""
    found = regex.search(rf"(?m)^[ \t*_]*+\({number}\)", text, pos=at, endpos=min(end, at + _ITEM_GAP_CHARS))
    return found.start() if found else -1


def following_paragraphs(doc: DocumentStructure, records: list[Assignment],
                         mentions: list[AgencyMention]) -> list[Assignment]:
    """The paragraphs that continue the tasks of ``records`` (module docstring): new records only."""
    if not doc.headingless:
        return []
    text = doc.text
    starts = [m.start for m in mentions]
    taken = sorted(r.start for r in records)
    anchors: dict[tuple[int, int], list[Assignment]] = {}
    for record in records:
        if record.rule in _ANCHOR_RULES:
            anchors.setdefault((record.start, record.end), []).append(record)
    limit_paragraphs = int(_config()["paragraphs"])
    out: list[Assignment] = []
    done: set[int] = set()  # paragraphs already given by an earlier anchor
    for (start, end), group in sorted(anchors.items()):
        closing = _PARAGRAPH_END.match(text, end) or _announcing_tail(text, end)
        if closing is None or case_lead_in().search(text, start, end):
            continue  # (the cases a body acts in are listed below "… trong các trường hợp sau đây:", no tasks)
        section_end = _section_end(doc, start)
        number = _number_before(text, start)
        if number is not None and not _opens_duty(text, start, closing.start()):
            number = None  # "(1) Chương trình bắn pháo hoa nghệ thuật": a list of things, not of duties
        following = _next_item(text, number + 1, end, section_end) if number is not None else -1
        walked = 0
        for line in _LINE.finditer(text, closing.end(), section_end):
            if walked >= limit_paragraphs or line.start() in done:
                break
            at, line_end = line.start(), line.end()
            index = bisect_left(taken, at)
            own = index < len(taken) and taken[index] < line_end  # the paragraph names its own body
            if following >= 0 and at >= following:
                # item n + 1 of the list: whatever its first word, then the walk goes on towards item n + 2
                number += 1
                following = _next_item(text, number + 1, line_end, section_end)
                walked = 0
                if own:
                    continue
                at = _ITEM_NUMBER.match(text, at, line_end).end()
            elif _HEADING_START.match(text, at, line_end) or _ITEM_NUMBER.match(text, at, line_end):
                break  # another list begins
            else:
                bullet = _BULLET.match(text, at, line_end)
                at = bullet.end() if bullet else at
                while at < line_end and text[at] in " \t*_":
                    at += 1
                if own or not _opens_duty(text, at, line_end):
                    if following >= 0:
                        continue  # passed over inside a numbered list
                    break
            walked += 1
            done.add(line.start())
            if _LEAD_IN_END.search(text, max(at, line_end - 8), line_end) is not None:
                # "Đồng thời, tập trung … một số nhiệm vụ trọng tâm … như sau:": the same bodies' lead-in, no task of
                # its own; its items follow
                continue
            out += [r for anchor in group if (r := _paragraph_record(text, anchor, at, line_end, mentions, starts))]
    return out
