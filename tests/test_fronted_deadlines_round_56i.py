"""A deadline date that opens the sentence, its comma left out, before the subject (round 56, helper I; SPEC §6: the
`due` is the deadline as written). "Trước ngày 15/12 Sở Tài chính tổng hợp …" gave no record: the subject reader
matches the words before a body up to the body, and the deadline opener (7e5edd4) wanted the body's capital after the
date inside that slice, so only "… hằng năm | Tập đoàn …" (a frequency word after the date) passed.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_DECISION = ("**QUYẾT ĐỊNH**\n\n**Điều 1.** Ban hành kèm theo Quyết định này Quy chế.\n\n**Điều 2.** {sentence}\n")


@pytest.mark.parametrize("sentence, task, due", [
    ("Trước ngày 15/12 Sở Tài chính tổng hợp dự toán kinh phí, báo cáo Ủy ban nhân dân tỉnh.",
     "tổng hợp dự toán kinh phí, báo cáo Ủy ban nhân dân tỉnh", "Trước ngày 15/12"),
    ("Trước ngày 15/12/2025 Sở Tài chính tổng hợp dự toán kinh phí.", "tổng hợp dự toán kinh phí", "Trước ngày 15/12/2025"),
    ("Trước ngày 15 tháng 12 Sở Tài chính có trách nhiệm tổng hợp dự toán.", "có trách nhiệm tổng hợp dự toán",
     "Trước ngày 15 tháng 12"),
    ("Chậm nhất ngày 15/12 Sở Tài chính có trách nhiệm tổng hợp dự toán.", "có trách nhiệm tổng hợp dự toán",
     "Chậm nhất ngày 15/12"),
])
def test_a_fronted_deadline_without_its_comma_keeps_the_subject(sentence: str, task: str, due: str) -> None:
    records = [(a.agency, " ".join(a.task.split()), a.due) for a in process_text(_DECISION.format(sentence=sentence))
               .assignments]
    assert records == [("Sở Tài chính", task, due)]
