"""A procedure's steps grouped under the body that does them (round 54): a bullet line that names one body before its
colon, then steps labelled ``Bước N:`` ([inline] step_labels) that name no doer of their own::

    - Cấp xã (Ủy ban nhân dân cấp xã):
    Bước 1: Căn cứ các tiêu chí quy định tại … để xác định thôn, xã …;
    Bước 3: Lập báo cáo kết quả xác định, phân định gửi Ủy ban nhân dân tỉnh …

Gives one record per such step to the body the bullet names. A step that names its own doer ("Bước 2: … Ủy ban nhân
dân cấp xã căn cứ …") is left to the clause readers: the caller drops a step another finder already read.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import regex

from ..agencies import AgencyMention
from ..records import Assignment
from .common import _patterns, _record

#: A bullet line (perhaps wrapped once) that ends with a colon: the words before it may name the steps' doer.
_STEP_HEAD = regex.compile(r"(?m)^[ \t]*[-+•][ \t]+(?P<head>[^\n:;.]{1,80}(?:\n[^\n:;.]{1,40})?):[ \t]*$")
#: The most words such a head has ("Cấp Trung ương (Bộ Dân tộc và Tôn giáo)").
_HEAD_WORDS = 14
#: A paragraph's end: a blank line.
_PARAGRAPH_END = regex.compile(r"\n[ \t]*\n")
#: The most paragraphs read after a head (a procedure has a handful of steps).
_MAX_PARAGRAPHS = 20


def _paragraphs_after(text: str, at: int) -> list[tuple[int, int]]:
    """The paragraphs after ``at`` (past the blank lines), each (start, end)."""
    spans, cursor = [], at
    while cursor < len(text):
        while cursor < len(text) and text[cursor] in " \t\n":
            cursor += 1
        if cursor >= len(text):
            break
        stop = _PARAGRAPH_END.search(text, cursor)
        end = stop.start() if stop else len(text)
        spans.append((cursor, end))
        cursor = end
        if len(spans) > _MAX_PARAGRAPHS:
            break
    return spans


def step_assignments(text: str, mentions: list[AgencyMention]) -> list[Assignment]:
    """The steps listed under a bullet that names their doer: "- Cấp tỉnh (Ủy ban nhân dân cấp tỉnh):" ⏎ "Bước 1:
    Chỉ đạo tổ chức rà soát, thẩm định kết quả …" → (Ủy ban nhân dân cấp tỉnh, "Chỉ đạo tổ chức rà soát …")."""
    starts = [m.start for m in mentions]
    label = _patterns()["step_label"]
    records: list[Assignment] = []
    for head in _STEP_HEAD.finditer(text):
        if len(head["head"].split()) > _HEAD_WORDS:
            continue
        lo, hi = bisect_left(starts, head.start("head")), bisect_left(starts, head.end("head"))
        inside = [m for m in mentions[lo:hi] if m.end <= head.end("head") and not m.generic]
        if len(inside) != 1:
            continue  # no body, or a list of them ("- Sở Y tế, Sở Tài chính:"): another reader's
        body = inside[0]
        labelled: Optional[bool] = None
        for start, end in _paragraphs_after(text, head.end()):
            step = label.match(text, start, end)
            labelled = step is not None if labelled is None else labelled
            if labelled and step is None:
                break  # the steps end where a paragraph opens with no step label ("- Cấp tỉnh …:", "b) …")
            if not labelled and not _unlabelled_step(text, start, end):
                break  # "Thời hạn thực hiện: …" after the unlabelled steps
            task_at = step.end() if step is not None else start
            record = _record(text, task_at, end, body, mentions, False, starts, rule="assignments.steps")
            if record is not None:
                records.append(record)
    return records


def _unlabelled_step(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` is a step written without its label under a doer's bullet (round 55:
    "- Cấp Trung ương (Bộ Dân tộc và Tôn giáo):" ⏎ "Tổng hợp kết quả xác định, phân định của các địa phương, …;"):
    it opens with a verb of a task and ends as an item of a list does."""
    opening = text[start:min(end, start + _OPENING_CHARS)]
    return _patterns()["task_start"].match(opening[:1].lower() + opening[1:]) is not None \
        and text[start:end].rstrip()[-1:] in _ITEM_ENDS


#: How a step written as an item of a list ends, and how much of its opening is read for its verb.
_ITEM_ENDS = (";", ".")
_OPENING_CHARS = 40
