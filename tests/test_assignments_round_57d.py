"""Inline duties after a fronted deadline, and a passive with its agent inside a group's name (round 57, issue #22;
SPEC §6: a group that is the subject of a duty is that duty's agency as written, `due` the deadline as written).

- A deadline fronted with ``Chậm nhất vào ngày …`` / ``Chậm nhất đến ngày …`` is the task's ``due`` as
  ``Chậm nhất là ngày …`` was (a decree's transition article, a commune's work programme: "Chậm nhất đến ngày 01
  tháng 7 năm 2027, các Bộ, ngành, cơ quan trung ương, địa phương phải hoàn thành …").
- A count of days before an event's day is the due up to the clause's comma ("Chậm nhất là 30 ngày, trước ngày khai
  mạc kỳ họp thường lệ của HĐND tỉnh"), and ``chậm nhất trong ngày …`` a dated deadline.
- ``Định kỳ vào ngày 30 tháng 6 và 31 tháng 12 hằng năm`` is quoted whole as the due (it was cut to ``Định kỳ``).
- A named body right after a passive word inside a duty's subject is the passive's agent, not the subject ("Các cơ sở
  | được Bộ Y tế | công nhận đủ điều kiện … có trách nhiệm gửi báo cáo …"): the group is the agency as written, the
  verbs of the relative clause are not the group's, and the agent gets no task of its own.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_HEAD = """QUY CHẾ

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định chế độ báo cáo.

**Điều 2. Đối tượng áp dụng**

Các cơ quan, đơn vị.

**Điều 3. Chế độ báo cáo**

1. """


def _records(sentence: str) -> list[tuple[str, str, str, str | None]]:
    result = process_text(_HEAD + sentence + "\n", doc_id="round57d")
    return [(a.agency, a.task, a.role, a.due) for a in result.assignments]


CASES = [
    # a deadline fronted with "đến ngày", a date in words
    ("Chậm nhất đến ngày 01 tháng 7 năm 2027, các bộ, ngành, địa phương phải hoàn thành việc bố trí vào vị trí "
     "việc làm.",
     [("các bộ, ngành, địa phương", "phải hoàn thành việc bố trí vào vị trí việc làm", "responsible",
       "Chậm nhất đến ngày 01 tháng 7 năm 2027")]),
    # … with "vào ngày" and the frequency after it
    ("Chậm nhất vào ngày 31 tháng 11 hàng năm, các cơ quan, đơn vị thuộc Ủy ban nhân dân cấp xã gửi Văn phòng danh "
     "mục các đề án cần trình.",
     [("các cơ quan, đơn vị thuộc Ủy ban nhân dân cấp xã", "gửi Văn phòng danh mục các đề án cần trình",
       "responsible", "Chậm nhất vào ngày 31 tháng 11 hàng năm")]),
    # … and a numeric date
    ("Chậm nhất đến ngày 15/12/2026, các sở, ban, ngành phải gửi báo cáo về Sở Nội vụ.",
     [("các sở, ban, ngành", "phải gửi báo cáo về Sở Nội vụ", "responsible", "Chậm nhất đến ngày 15/12/2026")]),
    # a count of days before an event's day, fronted (the event runs to the clause's comma)
    ("Chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp thường lệ của Hội đồng nhân dân tỉnh, các sở, ban, ngành có "
     "trách nhiệm gửi báo cáo về Văn phòng Ủy ban nhân dân tỉnh.",
     [("các sở, ban, ngành", "có trách nhiệm gửi báo cáo về Văn phòng Ủy ban nhân dân tỉnh", "responsible",
       "Chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp thường lệ của Hội đồng nhân dân tỉnh")]),
    ("Chậm nhất 90 ngày trước ngày hết thời hạn bổ nhiệm, cơ quan, đơn vị có thẩm quyền bổ nhiệm phải ra thông báo "
     "thực hiện việc xem xét kéo dài thời gian giữ chức vụ.",
     [("cơ quan, đơn vị có thẩm quyền bổ nhiệm",
       "phải ra thông báo thực hiện việc xem xét kéo dài thời gian giữ chức vụ", "responsible",
       "Chậm nhất 90 ngày trước ngày hết thời hạn bổ nhiệm")]),
    # a date after "chậm nhất trong ngày", inside the task
    ("Sở Xây dựng chủ trì rà soát danh mục dự án, chậm nhất trong ngày 13 tháng 8 năm 2025 báo cáo Ủy ban nhân dân "
     "tỉnh.",
     [("Sở Xây dựng", "chủ trì rà soát danh mục dự án, chậm nhất trong ngày 13 tháng 8 năm 2025 báo cáo Ủy ban nhân "
       "dân tỉnh", "lead", "chậm nhất trong ngày 13 tháng 8 năm 2025")]),
    # the agent of a passive inside the group: the group is the subject, the agent gets nothing
    ("Các cơ sở được Bộ Y tế công nhận đủ điều kiện có trách nhiệm gửi báo cáo về Bộ Y tế.",
     [("Các cơ sở được Bộ Y tế công nhận đủ điều kiện", "có trách nhiệm gửi báo cáo về Bộ Y tế", "responsible",
       None)]),
    ("Các cơ quan, đơn vị được Ủy ban nhân dân tỉnh giao quản lý tài sản có trách nhiệm cập nhật dữ liệu vào Phần "
     "mềm.",
     [("Các cơ quan, đơn vị được Ủy ban nhân dân tỉnh giao quản lý tài sản",
       "có trách nhiệm cập nhật dữ liệu vào Phần mềm", "responsible", None)]),
    # … after a fronted frequency, a verb inside the relative clause ("thực hiện kỹ thuật …")
    ("Hằng năm, các cơ sở được Bộ Y tế công nhận đủ điều kiện thực hiện kỹ thuật thụ tinh trong ống nghiệm có trách "
     "nhiệm gửi báo cáo tình hình thực hiện về Bộ Y tế.",
     [("các cơ sở được Bộ Y tế công nhận đủ điều kiện thực hiện kỹ thuật thụ tinh trong ống nghiệm",
       "có trách nhiệm gửi báo cáo tình hình thực hiện về Bộ Y tế", "responsible", "Hằng năm")]),
    # … the days of a yearly report after "Định kỳ vào" are the due as written
    ("Định kỳ vào ngày 30 tháng 6 và 31 tháng 12 hằng năm, các cơ sở được Bộ Y tế công nhận đủ điều kiện có trách "
     "nhiệm gửi báo cáo về Bộ Y tế.",
     [("các cơ sở được Bộ Y tế công nhận đủ điều kiện", "có trách nhiệm gửi báo cáo về Bộ Y tế", "responsible",
       "Định kỳ vào ngày 30 tháng 6 và 31 tháng 12 hằng năm")]),
    # … the agent after "do"
    ("Các doanh nghiệp do Sở Công Thương cấp phép có trách nhiệm báo cáo kết quả hoạt động về Sở Công Thương.",
     [("Các doanh nghiệp do Sở Công Thương cấp phép",
       "có trách nhiệm báo cáo kết quả hoạt động về Sở Công Thương", "responsible", None)]),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_round_57d(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _records(sentence) == expected

