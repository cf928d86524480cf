"""A task's due as written (round 53; SPEC §6 ``due``: deadline or frequency as written, else null).
Table-driven: a task's words → ``task_due``; a plan's text → (agency, due) of the records read from it.

- A time frame counted from an event is a due with or without ``thời hạn`` (``Trong 03 ngày làm việc kể từ ngày nhận
  được kiến nghị``, ``trong vòng 10 ngày kể từ …``, ``chậm nhất 03 ngày kể từ …``, ``Sau tối đa 05 ngày kể từ khi
  …``), counted in hours too (``trong thời hạn 24 (hai mươi tư) giờ kể từ thời điểm xảy ra sự cố``); the event ends
  where the main clause's ``phải`` / ``để`` starts. Without ``thời hạn`` and without the event it is a duration.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.assignments import task_due

@pytest.mark.parametrize("task, expected", [
    # be5392d4: a time frame with no "thời hạn", counted from the day a petition arrives
    ("Trong 03 ngày làm việc kể từ ngày nhận được kiến nghị, chuyển đơn đến cơ quan có thẩm quyền",
     "Trong 03 ngày làm việc kể từ ngày nhận được kiến nghị"),
    ("Chậm nhất trong 20 ngày làm việc, kể từ ngày nhận được kiến nghị, trả lời bằng văn bản",
     "Chậm nhất trong 20 ngày làm việc, kể từ ngày nhận được kiến nghị"),
    ("chậm nhất 03 ngày kể từ ngày nhận kết quả chấm bài thu hoạch, gửi danh sách về Ban Tổ chức",
     "chậm nhất 03 ngày kể từ ngày nhận kết quả chấm bài thu hoạch"),
    ("trong vòng 10 ngày kể từ ngày có Kế hoạch kê khai tài sản; nộp bản kê khai",
     "trong vòng 10 ngày kể từ ngày có Kế hoạch kê khai tài sản"),
    ("Sau tối đa 05 ngày kể từ khi văn bản về giá được ban hành, cập nhật lên cơ sở dữ liệu",
     "Sau tối đa 05 ngày kể từ khi văn bản về giá được ban hành"),
    # 72f18ee0: hours, and a number in words longer than twelve characters
    ("trong thời hạn 24 (hai mươi tư) giờ kể từ thời điểm xảy ra sự cố, báo cáo Sở Khoa học và Công nghệ",
     "trong thời hạn 24 (hai mươi tư) giờ kể từ thời điểm xảy ra sự cố"),
    ("trong vòng không quá 02 giờ kể từ khi tiếp nhận thông tin, xử lý sự cố",
     "trong vòng không quá 02 giờ kể từ khi tiếp nhận thông tin"),
    # the event ends where the main clause's modal or purpose word starts
    ("Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được kiến nghị phải tham mưu cho UBND tỉnh",
     "Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được kiến nghị"),
    ("trong thời gian không quá 02 ngày làm việc kể từ khi hoàn thành thủ tục hành chính để cập nhật hồ sơ",
     "trong thời gian không quá 02 ngày làm việc kể từ khi hoàn thành thủ tục hành chính"),
    # "kê từ" typed without its mark
    ("trả lời trong thời hạn 10 ngày làm việc kê từ ngày nhận được kiến nghị",
     "trong thời hạn 10 ngày làm việc kê từ ngày nhận được kiến nghị"),
    # a deadline written in the task still wins over the fallback
    ("Trong 05 ngày làm việc kể từ ngày nhận hồ sơ, báo cáo trước ngày 15/12", "trước ngày 15/12"),
])
def test_time_frame_from_an_event(task: str, expected: str) -> None:
    assert " ".join(task_due(task).split()) == expected


@pytest.mark.parametrize("task", [
    # a duration, not a due: no "thời hạn" and no event it is counted from
    "Tổ chức hội thi trong 03 ngày tại trung tâm tỉnh",
    "Sau 03 ngày tập huấn, học viên làm bài thu hoạch",
    "kéo dài thời gian nhưng không quá 15 ngày làm việc",
])
def test_durations_are_no_due(task: str) -> None:
    assert task_due(task) is None

