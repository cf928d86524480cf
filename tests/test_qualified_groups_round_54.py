"""Shapes found in round 54 (helper ag2) on unlabelled decisions: a group named by the work it does before its duty
word ("Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, … có trách nhiệm …"). Table-driven: the text → the records."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

DECISION = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUYẾT ĐỊNH\n\nQuy định mức chi bảo đảm cho việc bồi thường\n\n"
            "**Điều 1. Phạm vi điều chỉnh**\n\nQuyết định này quy định mức chi.\n\n**Điều 3. Mức chi**\n\n"
            "1. Mức chi 200.000 đồng/người/ngày.\n\n")


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(DECISION + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # the work the group does is part of its name; the task starts at the duty word (unseen a16f8b41d34cc524, pool
    # b4ef3b012a93e7e9)
    ("2. Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư có trách nhiệm lập dự toán chi phí của "
     "từng dự án.\n",
     [("Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư",
       "có trách nhiệm lập dự toán chi phí của từng dự án")]),
    # … with "phải" for its duty word
    ("2. Các cơ quan, đơn vị thực hiện nhiệm vụ thu phí phải nộp đủ số tiền phí thu được vào ngân sách nhà nước.\n",
     [("Các cơ quan, đơn vị thực hiện nhiệm vụ thu phí", "phải nộp đủ số tiền phí thu được vào ngân sách nhà nước")]),
])
def test_a_group_named_by_its_work_before_its_duty_word(body: str, expected: list) -> None:
    assert _records(body) == expected
