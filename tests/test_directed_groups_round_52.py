"""A giver, a giving verb and a list of groups before their task (round 52; SPEC §6: one record per listed agency,
mode requested after "đề nghị"). Table-driven: the text → the (agency, task, mode) records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _records(text: str) -> set[tuple[str, str, str]]:
    return {(a.agency, a.task, a.mode) for a in extract_text(text).assignments}


@pytest.mark.parametrize("text, expected", [
    # a leader by title asks four groups, after an opening "Do đó,": each group, the list's plural going with each
    ("Do đó, Phó Thủ tướng yêu cầu các tỉnh, các Chủ đầu tư, Ban Quản lý dự án, nhà thầu thi công cần phải tập trung "
     "cao nhất để đẩy nhanh tiến độ thi công.",
     {(agency, "cần phải tập trung cao nhất để đẩy nhanh tiến độ thi công", "assigned")
      for agency in ("các tỉnh", "các Chủ đầu tư", "các Ban Quản lý dự án", "các nhà thầu thi công")}),
    # two groups parted by "/", after a named giver
    ("Ủy ban nhân dân các tỉnh yêu cầu các Ban Quản lý dự án/Chủ đầu tư thường xuyên kiểm tra, đôn đốc các đơn vị tư "
     "vấn giám sát.",
     {("các Ban Quản lý dự án", "thường xuyên kiểm tra, đôn đốc các đơn vị tư vấn giám sát", "assigned"),
      ("các Chủ đầu tư", "thường xuyên kiểm tra, đôn đốc các đơn vị tư vấn giám sát", "assigned")}),
    # "Cùng với đó," opens and "đã" stands between the giver and its verb; the group's abbreviation expanded
    ("Cùng với đó, NHNN đã yêu cầu các chi nhánh NHNN địa phương phối hợp với sở, ngành của các tỉnh để làm việc với "
     "các NHTM.",
     {("các chi nhánh Ngân hàng Nhà nước địa phương",
       "phối hợp với sở, ngành của các tỉnh để làm việc với các NHTM", "assigned")}),
    # a single group whose head is a province
    ("Phó Thủ tướng yêu cầu các tỉnh tập trung cao nhất để đẩy nhanh tiến độ.",
     {("các tỉnh", "tập trung cao nhất để đẩy nhanh tiến độ", "assigned")}),
    # "chỉ đạo" gives the plural group its task; a kind named after a comma goes on with the group before it, a scope
    # in the plural keeps its name as written
    ("Tiếp thu ý kiến của Ủy ban Thường vụ Quốc hội, Chính phủ sẽ tiếp tục chỉ đạo các Bộ, cơ quan ngang Bộ, chính "
     "quyền địa phương các tỉnh, thành phố thực hiện đồng bộ các giải pháp.",
     {("các Bộ, cơ quan ngang Bộ", "thực hiện đồng bộ các giải pháp", "assigned"),
      ("chính quyền địa phương các tỉnh, thành phố", "thực hiện đồng bộ các giải pháp", "assigned")}),
    # a fronted "Theo đề nghị của …," before the giver
    ("Theo đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND TPHCM chỉ đạo các đơn vị thường xuyên quán triệt, triển khai "
     "đến các cơ quan.",
     {("các đơn vị", "thường xuyên quán triệt, triển khai đến các cơ quan", "assigned")}),
])
def test_each_listed_group_is_given_the_task(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _records(text)


def test_a_requested_group_list() -> None:
    text = "NHNN đề nghị các Bộ, cơ quan khẩn trương triển khai các giải pháp đã được đề ra."
    assert _records(text) == {("các Bộ, cơ quan", "khẩn trương triển khai các giải pháp đã được đề ra", "requested")}


@pytest.mark.parametrize("text", [
    # the noun "yêu cầu" (a requirement): no giver opens the sentence
    "Các dự án phải đáp ứng yêu cầu các tỉnh, các chủ đầu tư thực hiện đúng quy định.",
    # a body's power to ask is part of its own task, no group is given one
    "Trong quá trình thanh tra, đoàn thanh tra có quyền yêu cầu các tỉnh, các chủ đầu tư cung cấp hồ sơ.",
])
def test_no_group_is_given_a_task(text: str) -> None:
    agencies = {agency for agency, _, _ in _records(text)}
    assert not agencies & {"các tỉnh", "các chủ đầu tư"}
