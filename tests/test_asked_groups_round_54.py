"""Shapes found in round 54 (helper ag2) on unlabelled decisions and the dev columns' errors: a group asked with
"đề nghị" after a fronted condition in a regulation's article. Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

REGULATION = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUY CHẾ\n\nQuản lý hệ thống thông tin của tỉnh X\n\n"
              "*(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh X)*\n\n"
              "**Điều 1. Phạm vi điều chỉnh**\n\nQuy chế này quy định việc quản lý hệ thống.\n\n")


def _records(body: str) -> list[tuple[str, str, str]]:
    return [(a.agency, a.task, a.mode) for a in extract_text(REGULATION + body).assignments
            if a.rule != "assignments.relay"]


@pytest.mark.parametrize("body, expected", [
    # "đề nghị" between the fronted condition and the group: the group's task, asked (real-dev 639c24e1a9c3f20c,
    # cdb6ad27b3c3f13b, fresh-dev 3928ef06a8929828)
    ("**Điều 31. Sửa đổi, bổ sung Quy chế**\n\nTrong quá trình thực hiện Quy chế, nếu có khó khăn, vướng mắc, phát "
     "sinh cần sửa đổi, bổ sung, đề nghị các cơ quan, đơn vị kịp thời báo cáo về Sở Khoa học và Công nghệ để tổng hợp "
     "và tham mưu Ủy ban nhân dân tỉnh xem xét, điều chỉnh cho phù hợp./.\n",
     [("các cơ quan, đơn vị", "kịp thời báo cáo về Sở Khoa học và Công nghệ để tổng hợp và tham mưu Ủy ban nhân dân "
       "tỉnh xem xét, điều chỉnh cho phù hợp", "requested")]),
    # … in a numbered item of the article that hands out the work, the condition without "có"
    ("**Điều 3. Tổ chức thực hiện**\n\n1. Sở Tài chính chủ trì hướng dẫn thực hiện Quy chế này.\n\n"
     "2. Trong quá trình thực hiện, nếu phát sinh vướng mắc, đề nghị các cơ quan, tổ chức, đơn vị phản ánh về Sở Tài "
     "chính để tổng hợp.\n",
     [("Sở Tài chính", "chủ trì hướng dẫn thực hiện Quy chế này", "assigned"),
      ("các cơ quan, tổ chức, đơn vị", "phản ánh về Sở Tài chính để tổng hợp", "requested")]),
])
def test_a_group_asked_after_a_fronted_condition(body: str, expected: list) -> None:
    assert _records(body) == expected

