"""A task's due as written (round 53; SPEC §6 ``due``: deadline or frequency as written, else null).
Table-driven: a task's words → ``task_due``; a plan's text → (agency, due) of the records read from it.

- A time frame counted from an event is a due with or without ``thời hạn`` (``Trong 03 ngày làm việc kể từ ngày nhận
  được kiến nghị``, ``trong vòng 10 ngày kể từ …``, ``chậm nhất 03 ngày kể từ …``, ``Sau tối đa 05 ngày kể từ khi
  …``), counted in hours too (``trong thời hạn 24 (hai mươi tư) giờ kể từ thời điểm xảy ra sự cố``); the event ends
  where the main clause's ``phải`` / ``để`` starts. Without ``thời hạn`` and without the event it is a duration.
- Such a limit fronted before the subject and closed by a comma is the task's due whichever finder read the task
  (a duty's subject: ``…, cơ quan, tổ chức quản lý trực tiếp có trách nhiệm thu hồi …``).
"""

from __future__ import annotations

import pytest

from kehoach_nlp.assignments import task_due
from kehoach_nlp.pipeline import process_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nThực hiện công tác năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
         "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")


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


def _dues(body: str) -> list[tuple[str, str | None]]:
    doc = process_text(_HEAD + body)
    return [(a.agency, None if a.due is None else " ".join(a.due.split())) for a in doc.assignments]


@pytest.mark.parametrize("body, expected", [
    # 051c5961: a duty's subject after a fronted limit wrapped over a converted page's lines
    ("c) Trong thời hạn 05 ngày\nlàm việc, kể từ ngày nhận được thông báo thu hồi chứng thư chữ ký số chuyên\n"
     "dùng công vụ, cơ quan, tổ chức quản lý trực tiếp có trách nhiệm thu hồi thiết bị\nlưu khóa bí mật của thuê bao.\n",
     ("cơ quan, tổ chức quản lý trực tiếp",
      "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được thông báo thu hồi chứng thư chữ ký số chuyên dùng công vụ")),
    # be5392d4: a duty's subject after a fronted limit with no "thời hạn"
    ("b) Trong 05 ngày làm việc kể từ ngày nhận được hồ sơ, cơ quan, đơn vị tiếp nhận có trách nhiệm trả lời tổ chức, "
     "cá nhân.\n",
     ("cơ quan, đơn vị tiếp nhận", "Trong 05 ngày làm việc kể từ ngày nhận được hồ sơ")),
])
def test_fronted_limit_is_the_tasks_due(body: str, expected: tuple[str, str]) -> None:
    assert expected in _dues(body)


def test_a_limit_of_another_sentence_is_not_fronted() -> None:
    # the limit closes the sentence before; the next sentence's subject has no due
    body = ("c) Văn phòng tiếp nhận hồ sơ trong thời hạn 05 ngày làm việc kể từ ngày nhận đơn. Sở Tư pháp có trách "
            "nhiệm hướng dẫn thủ tục cho người dân.\n")
    assert ("Sở Tư pháp", None) in _dues(body)


@pytest.mark.parametrize("body, expected", [
    # 5b692e23: the frequency dates the event of a "Trước khi …" clause, not the task
    ("1. Trước khi thực hiện khóa\nsổ tài sản hằng năm, các cơ quan, tổ chức, đơn vị có trách nhiệm hoàn thành việc "
     "cập nhật dữ liệu tài sản.\n",
     ("các cơ quan, tổ chức, đơn vị", None)),
    # a frequency opening the sentence is the duty's due
    ("1.\nHằng năm, lực lượng bảo vệ rừng của cơ sở, các tổ, đội quần chúng phòng cháy,\nchữa cháy rừng phải thực "
     "tập, huấn luyện theo phương án đã được phê duyệt.\n",
     ("đội quần chúng phòng cháy, chữa cháy rừng", "Hằng năm")),
    # … and a limit after the case's comma (639c24e1)
    ("b) Đối với phản ánh, kiến nghị về giải quyết thủ tục, trong thời gian 10 (mười) ngày làm việc kể từ ngày tiếp "
     "nhận phản ánh, cơ quan, đơn vị tiếp nhận có trách nhiệm thông tin phản hồi cho tổ chức, cá nhân.\n",
     ("cơ quan, đơn vị tiếp nhận", "trong thời gian 10 (mười) ngày làm việc kể từ ngày tiếp nhận phản ánh")),
])
def test_only_an_opening_phrase_is_fronted(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in _dues(body)


@pytest.mark.parametrize("task, expected", [
    # 19206835: the plan's frequency inside the task gives way to the report's dated deadline
    ("có trách nhiệm xây dựng kế hoạch\nchi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở "
     "Khoa học và Công nghệ để tổng hợp", "trước ngày 20/11"),
    # adf53d88: the results' frequency, then the deadline with its own frequency
    ("Tổng hợp báo cáo Bộ Nông nghiệp và Môi trường kết quả thực hiện hàng năm vào trước ngày 20/12 hàng năm và báo "
     "cáo đột xuất theo yêu cầu", "trước ngày 20/12 hàng năm"),
    # 72f18ee0: a plan's period in brackets, then the report's deadline
    ("triển khai các kế hoạch ngầm hóa, chỉnh trang (05 năm và hằng năm); tổng hợp báo cáo trước 30/12 hằng năm",
     "trước 30/12 hằng năm"),
    # guards: a frequency that opens the task or one of its clauses stays its due
    ("Hằng năm, tổng hợp báo cáo kết quả trước ngày 15/12", "Hằng năm"),
    ("làm đầu mối thực hiện Quy định này;\nhằng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 31 tháng "
     "01 của năm tiếp theo", "hằng năm"),
    # … and with no dated deadline after it, the frequency is all there is
    ("Tổ chức tập huấn hằng năm cho cán bộ làm công tác pháp chế", "hằng năm"),
])
def test_a_dated_deadline_beats_a_things_frequency(task: str, expected: str) -> None:
    assert task_due(task) == expected


@pytest.mark.parametrize("task, expected", [
    # 8fddedd0: the day a price list takes effect dates the list, not the task
    ("khẩn trương triển khai Dự án xây dựng Bảng giá đất lần đầu trên địa bàn tỉnh để công bố và áp dụng từ ngày "
     "01/01/2026", None),
    ("xây dựng, trình Hội đồng nhân dân cùng cấp quyết định bảng giá đất lần đầu để công bố và áp dụng từ ngày 01 "
     "tháng 01 năm 2026", None),
    ("chuyển sang trực thuộc Quốc hội theo Luật có hiệu lực thi hành từ ngày 1 tháng 1 năm 2006", None),
    # guards: a task's own start date and period stay its due
    ("Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025, phối hợp với các hãng hàng không hướng dẫn hành khách",
     "Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025"),
    ("triển khai thu phí từ ngày 01/01/2026", "từ ngày 01/01/2026"),
])
def test_a_date_of_taking_effect_is_no_due(task: str, expected: str | None) -> None:
    assert task_due(task) == expected


_DATED_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nSố: 12/KH-UBND\n\nTỉnh X, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n\n"
               "Thực hiện công tác năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm hiệu quả.\n\n"
               "**II. TỔ CHỨC THỰC HIỆN**\n\n")


@pytest.mark.parametrize("body, expected", [
    # 994dfbc3: a date before the plan's year states a fact about the land, not by when
    ("c) Trường hợp hộ gia đình, cá nhân đã được cấp Giấy chứng nhận một phần diện tích vào loại đất ở trước ngày "
     "01/7/2004, Văn phòng đăng ký đất đai có trách nhiệm cấp đổi Giấy chứng nhận.\n",
     ("Văn phòng đăng ký đất đai", None)),
    # 50693ea4: the task's own limit after the past date stands
    ("đ) Sở Xây dựng có trách nhiệm rà soát các dự án được phê duyệt trước ngày 01 tháng 7 năm 2006, báo cáo trong "
     "thời hạn không quá 05 ngày làm việc.\n",
     ("Sở Xây dựng", "trong thời hạn không quá 05 ngày làm việc")),
    # guard: a date in the plan's year is its due
    ("d) Sở Tài chính có trách nhiệm tổng hợp báo cáo trước ngày 15/12/2025.\n", ("Sở Tài chính", "trước ngày 15/12/2025")),
])
def test_a_date_before_the_documents_year_is_no_due(body: str, expected: tuple[str, str | None]) -> None:
    doc = process_text(_DATED_HEAD + body)
    assert expected in [(a.agency, a.due) for a in doc.assignments]
