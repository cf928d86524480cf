"""Shapes found in round 53 by grouping the dev columns' errors (never the test columns') in regulations' articles:
an obligation announced over its items ("… có nghĩa vụ:"), an article whose heading names a power before the duty
("Thẩm quyền, trách nhiệm của …"). Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

REGULATION = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUY CHẾ\n\nQuản lý hạ tầng của tỉnh X\n\n"
              "*(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh X)*\n\n"
              "Chương I\n\nQUY ĐỊNH CHUNG\n\n**Điều 1. Phạm vi điều chỉnh**\n\nQuy chế này quy định việc quản lý.\n\n"
              "Chương II\n\nQUY ĐỊNH CỤ THỂ\n\n")


def _assignments(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(REGULATION + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # "X có nghĩa vụ:" over its items gives X each item
    ("**Điều 5. Sử dụng chung hạ tầng**\n\n1. Doanh nghiệp có hạ tầng mạng viễn thông có nghĩa vụ:\n\n"
     "a) Tạo điều kiện để doanh nghiệp khác tiếp cận, sử dụng chung;\n\nb) Bảo đảm chất lượng công trình.\n",
     [("Doanh nghiệp có hạ tầng mạng viễn thông", "Tạo điều kiện để doanh nghiệp khác tiếp cận, sử dụng chung"),
      ("Doanh nghiệp có hạ tầng mạng viễn thông", "Bảo đảm chất lượng công trình")]),
    # … "có các nghĩa vụ sau:" too, the line wrapped inside the duty words
    ("**Điều 6. Quyền và nghĩa vụ của đơn vị thoát nước**\n\n2. Đơn vị thoát nước có các\nnghĩa vụ sau:\n\n"
     "a) Cung cấp, duy trì ổn định dịch vụ thoát nước;\n\nb) Quản lý tài sản, hồ sơ tài sản.\n",
     [("Đơn vị thoát nước", "Cung cấp, duy trì ổn định dịch vụ thoát nước"),
      ("Đơn vị thoát nước", "Quản lý tài sản, hồ sơ tài sản")]),
    # "có nghĩa vụ" inside a person's name is no lead-in: the duty word after the name is the duty
    ("**Điều 7. Kê khai**\n\n1. Người có nghĩa vụ kê khai có trách nhiệm:\n\na) Kê khai trung thực;\n\n"
     "b) Nộp bản kê khai đúng hạn.\n",
     [("Người có nghĩa vụ kê khai", "Kê khai trung thực"), ("Người có nghĩa vụ kê khai", "Nộp bản kê khai đúng hạn")]),
    # … nor when the words before its colon say what the obligation is about
    ("**Điều 8. Nghĩa vụ quân sự**\n\n1. Công dân có nghĩa vụ bảo vệ Tổ quốc:\n\na) Tham gia huấn luyện.\n", []),
    # in running text "có nghĩa vụ" is no duty word ("Người có nghĩa vụ kê khai" names a person)
    ("**Điều 9. Kê khai**\n\n1. Người có nghĩa vụ kê khai phải kê khai đầy đủ, trung thực.\n",
     [("Người có nghĩa vụ kê khai", "phải kê khai đầy đủ, trung thực")]),
])
def test_an_obligation_announced_over_items_gives_its_subject_the_items(body: str, expected: list) -> None:
    assert _assignments(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("**Điều 7. Thẩm quyền, trách nhiệm của doanh nghiệp**\n\n1. Đề xuất cấp có thẩm quyền bổ nhiệm người quản lý.\n\n"
     "2. Quản lý hồ sơ cán bộ thuộc thẩm quyền quản lý.\n",
     [("Doanh nghiệp", "Đề xuất cấp có thẩm quyền bổ nhiệm người quản lý"),
      ("Doanh nghiệp", "Quản lý hồ sơ cán bộ thuộc thẩm quyền quản lý")]),
    # a power alone names no duty
    ("**Điều 7. Thẩm quyền của doanh nghiệp**\n\n1. Đề xuất cấp có thẩm quyền bổ nhiệm người quản lý.\n", []),
])
def test_a_power_named_before_the_duty_in_an_article_heading(body: str, expected: list) -> None:
    assert _assignments(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a unit of a block that opens with a kind of body and a duty word is that kind's duty, after a fronted time too
    ("**Điều 9. Trách nhiệm giải quyết kiến nghị**\n\n1. Văn phòng Ủy ban nhân dân tỉnh:\n\n"
     "a) Giúp UBND tỉnh theo dõi, đôn đốc việc giải quyết kiến nghị cử tri.\n\n"
     "b) Cơ quan, đơn vị được phân công phải gửi văn bản về kết quả giải quyết cho cử tri.\n\n"
     "c) Trong 05 ngày làm việc, kể từ ngày nhận được đề nghị phối hợp thì cơ quan, đơn vị có liên quan phải có văn "
     "bản giải quyết theo quy định pháp luật.\n",
     [("Văn phòng Ủy ban nhân dân tỉnh", "Giúp UBND tỉnh theo dõi, đôn đốc việc giải quyết kiến nghị cử tri"),
      ("Cơ quan, đơn vị được phân công", "phải gửi văn bản về kết quả giải quyết cho cử tri"),
      ("cơ quan, đơn vị có liên quan", "phải có văn bản giải quyết theo quy định pháp luật")]),
    # the block's own clause before ";" stays the block's; the head of the kind stands for it
    ("**Điều 10. Trách nhiệm của cá nhân sử dụng Hệ thống thư điện tử công vụ**\n\n"
     "7. Khi phát hiện các văn bản, tài liệu trong hộp thư có chứa nội dung mật phải kịp thời báo cáo Thủ trưởng cơ "
     "quan, đơn vị; Thủ trưởng cơ quan, đơn vị nơi phát hiện tài liệu mật phải thông báo đến Sở Khoa học và Công nghệ.\n",
     [("Cá nhân sử dụng Hệ thống thư điện tử công vụ", "Khi phát hiện các văn bản, tài liệu trong hộp thư có chứa nội "
       "dung mật phải kịp thời báo cáo Thủ trưởng cơ quan, đơn vị"),
      ("cơ quan, đơn vị nơi phát hiện tài liệu mật", "phải thông báo đến Sở Khoa học và Công nghệ")]),
    # the block's body named again, its part in the procedure, a pointer back, a bare head: the block's own
    ("**Điều 11. Trách nhiệm của cơ quan thuế**\n\n1. Cơ quan thuế:\n\n"
     "a) Trường hợp hồ sơ chưa đảm bảo thì cơ quan thuế phải trả lời bằng văn bản.\n\n"
     "b) Trường hợp các cơ quan có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm tổ chức họp.\n\n"
     "c) Trường hợp vượt thẩm quyền thì cơ quan đó có trách nhiệm xin ý kiến cấp trên.\n\n"
     "d) Đơn vị phải báo cáo kết quả.\n",
     [("Cơ quan thuế", "Trường hợp hồ sơ chưa đảm bảo thì cơ quan thuế phải trả lời bằng văn bản"),
      ("Cơ quan thuế", "Trường hợp các cơ quan có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm tổ chức họp"),
      ("Cơ quan thuế", "Trường hợp vượt thẩm quyền thì cơ quan đó có trách nhiệm xin ý kiến cấp trên"),
      ("Cơ quan thuế", "Đơn vị phải báo cáo kết quả")]),
])
def test_a_kind_of_body_with_a_duty_inside_a_block_has_that_duty(body: str, expected: list) -> None:
    assert _assignments(body) == expected


def test_a_duty_after_its_modal_keeps_the_role_of_its_verb() -> None:
    from kehoach_nlp.assignments.common import task_role
    assert [task_role(t) for t in ("phải có trách nhiệm phối hợp bằng văn bản", "có trách nhiệm chủ trì, phối hợp",
                                   "phải có trách nhiệm chủ trì thẩm định")] == ["support", "lead", "lead"]
