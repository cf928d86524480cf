"""A counted time frame before a task's subject (round 54; SPEC §6: one record per task given to one agency, ``due``
as written). Table-driven: a plan's text → (agency, task start, due) of the records read from it.

- ``Trong N ngày …, <subject> <verb> …`` opens a fronted adverbial as ``Trong thời hạn N ngày …`` does (``[inline]
  counted_frame_openers``, ``counted_frame_bounds``, ``counted_frame_units``): the task is the subject's.
- Closed at once by the comma before the subject, the frame is the task's time limit, its due (the dev gold's
  ``Trong vòng 02 (hai) ngày làm việc, | Phòng Văn hóa - Xã hội …``); with the event it counts from, the event is
  part of the due (round 53); inside a task it stays a duration (round 53's tests keep that).
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nThực hiện công tác năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
         "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")


def _records(body: str) -> list[tuple[str, str, str | None]]:
    doc = process_text(_HEAD + body + "\n")
    return [(a.agency, " ".join(a.task.split()), None if a.due is None else " ".join(a.due.split()))
            for a in doc.assignments]


@pytest.mark.parametrize("body, expected", [
    # a procedure page's steps: the frame counted from an event, no "thời hạn"
    ("Trong 15 ngày kể từ ngày nhận được hồ sơ, Sở Tài chính có trách nhiệm thẩm định và trình UBND tỉnh.",
     [("Sở Tài chính", "có trách nhiệm thẩm định và trình UBND tỉnh", "Trong 15 ngày kể từ ngày nhận được hồ sơ")]),
    ("Trong 30 ngày kể từ ngày nhận báo cáo, UBND cấp tỉnh xem xét và ra quyết định chấp thuận.",
     [("Ủy ban nhân dân cấp tỉnh", "xem xét và ra quyết định chấp thuận", "Trong 30 ngày kể từ ngày nhận báo cáo")]),
    # … a bare frame closed by its comma: the step's time limit
    ("Trong 15 ngày, Bộ Xây dựng kiểm tra hồ sơ, lấy ý kiến các cơ quan liên quan.",
     [("Bộ Xây dựng", "kiểm tra hồ sơ, lấy ý kiến các cơ quan liên quan", "Trong 15 ngày")]),
    ("Trong 02 (hai) ngày làm việc, Sở Tư pháp thẩm định hồ sơ.",
     [("Sở Tư pháp", "thẩm định hồ sơ", "Trong 02 (hai) ngày làm việc")]),
    # … the fronted frame "trong vòng" was read, its due was not (f40e7ad0's steps)
    ("Trong vòng 02 (hai) ngày làm việc, Phòng Văn hóa - Xã hội chủ trì thẩm định hồ sơ.",
     [("Phòng Văn hóa - Xã hội", "chủ trì thẩm định hồ sơ", "Trong vòng 02 (hai) ngày làm việc")]),
    ("Trong vòng không quá 03 ngày làm việc, Sở Y tế gửi kết quả thẩm định cho Sở Tài chính.",
     [("Sở Y tế", "gửi kết quả thẩm định cho Sở Tài chính", "Trong vòng không quá 03 ngày làm việc")]),
])
def test_a_counted_frame_before_the_subject(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(body) == expected
