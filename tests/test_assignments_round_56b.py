"""Assignments read from unlabelled pages (round 56, helper B; SPEC §6). Table-driven: a decision's text → its
(agency, task) records.

- A block read from numbered lines (no section tree over them: a form inside a procedure annex) ends at a later
  item of its own list even when a number is skipped ("2. Trách nhiệm của các sở, ban, ngành." then "4. Thủ tục …")
  and at a Roman part heading ("II. THỦ TỤC HÀNH CHÍNH NỘI BỘ ĐƯỢC THAY THẾ"): the next procedure's steps, its
  "Cách thức thực hiện" and its legal grounds are no tasks of that heading's body.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

# da8411114c03e36b (a ministry's decision announcing internal procedures): Điều 3 wraps after "Chánh", so no
# section is an implementation part; the annex holds a form whose outline ends with "II. TỔ CHỨC THỰC HIỆN".
_DECISION = ("BỘ XÂY DỰNG\n\nSố: 10/QĐ-BXD\n\nQUYẾT ĐỊNH\n\nVề việc công bố thủ tục hành chính nội bộ\n\n"
             "**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính nội bộ.\n\n"
             "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\n"
             "**Điều 3. **Chánh\nVăn phòng Bộ, Vụ trưởng Vụ Pháp chế chịu trách nhiệm thi hành Quyết\nđịnh này./.\n\n"
             "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\n**PHỤ LỤC**\n\n**THỦ TỤC HÀNH CHÍNH NỘI BỘ CẤP TỈNH**\n\n"
             "**3. Thủ tục lập kế hoạch phát triển nhà ở**\n\n- Thành phần hồ sơ:\n\n+ Tờ trình gồm các nội dung:\n\n"
             "I. MỤC TIÊU\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Trách nhiệm của Ủy ban nhân dân các cấp.\n\n")

_EXECUTION = [("Văn phòng Bộ Xây dựng", "chịu trách nhiệm thi hành Quyết\nđịnh này"),
              ("Vụ Pháp chế", "chịu trách nhiệm thi hành Quyết\nđịnh này")]

_STEPS = ("- Trình tự thực hiện:\n\n+ Lập tờ trình gửi cấp có thẩm quyền xem xét phê duyệt;\n\n"
          "- Cách thức thực hiện: nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính.\n\n"
          "- Căn cứ pháp lý:\n\n+ Luật Nhà ở năm 2023;\n")


@pytest.mark.parametrize("rest, expected", [
    # the outline's item is a heading with nothing under it; the next procedure is numbered "4." (a number skipped)
    ("2. Trách nhiệm của các sở, ban, ngành.\n\n\n**4. Thủ tục điều chỉnh kế hoạch phát triển nhà ở**\n\n" + _STEPS,
     _EXECUTION),
    # … or the next part of the annex, in Roman figures, restarts at "1."
    ("2. Trách nhiệm của các sở, ban, ngành.\n\n\n**II. THỦ TỤC HÀNH CHÍNH NỘI BỘ ĐƯỢC THAY THẾ**\n\n"
     "**1. Thủ tục chuyển đổi công năng nhà ở**\n\n" + _STEPS, _EXECUTION),
    # a block with items of its own keeps them, and only them
    ("2. Các sở, ban, ngành:\n\n- Rà soát quỹ đất phát triển nhà ở;\n\n- Báo cáo kết quả thực hiện.\n\n\n"
     "**4. Thủ tục điều chỉnh kế hoạch phát triển nhà ở**\n\n" + _STEPS,
     _EXECUTION + [("Các sở, ban, ngành", "Rà soát quỹ đất phát triển nhà ở"),
                   ("Các sở, ban, ngành", "Báo cáo kết quả thực hiện")]),
])
def test_line_block_ends_at_a_later_item_or_a_part(rest: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_DECISION + rest).assignments
    assert [(a.agency, a.task) for a in records] == expected


@pytest.mark.parametrize("article, expected", [
    # fcf5e41bf354281b (a model decision in a procedure annex): the form's blank for a name is no body
    ("Chánh Văn phòng Ủy ban nhân dân, Giám đốc Sở Nông nghiệp và Môi trường, …….(tên tổ chức, cá nhân)……., Thủ trưởng "
     "các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành quyết định này./.",
     ["Văn phòng Ủy ban nhân dân", "Sở Nông nghiệp và Môi trường", "các cơ quan, đơn vị có liên quan"]),
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân xã ……… và các tổ chức, cá "
     "nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Ủy ban nhân dân xã", "các tổ chức, cá nhân có liên quan"]),
    # a blank of dots is no full stop: the list before it is still the article's subject
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc ............. và Thủ trưởng các cơ quan "
     "liên quan chịu trách nhiệm thi hành Quyết định này./.",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "các cơ quan liên quan"]),
])
def test_execution_list_skips_a_forms_blank(article: str, expected: list[str]) -> None:
    records = process_text(article).assignments
    assert [a.agency for a in records] == expected


@pytest.mark.parametrize("sentence, expected", [
    # 5442d166b03566fa (a law's closing article): "có thẩm quyền" qualifies the group, it opens no task
    ("4. Ủy ban Thường vụ Quốc hội, Chính phủ và các cơ quan khác có thẩm quyền quy định chi tiết các điều, khoản "
     "được giao trong Luật.",
     [("Ủy ban Thường vụ Quốc hội", "quy định chi tiết các điều, khoản được giao trong Luật"),
      ("Chính phủ", "quy định chi tiết các điều, khoản được giao trong Luật"),
      ("các cơ quan khác có thẩm quyền", "quy định chi tiết các điều, khoản được giao trong Luật")]),
    ("Sở Tư pháp và các cơ quan có thẩm quyền thẩm định hồ sơ.",
     [("Sở Tư pháp", "thẩm định hồ sơ"), ("các cơ quan có thẩm quyền", "thẩm định hồ sơ")]),
    # da8411114c03e36b (a procedure's steps): "có" alone is the verb of "có ý kiến", not the group's "có liên quan"
    ("Sở Tài chính và các cơ quan liên quan có ý kiến bằng văn bản gửi Sở Xây dựng.",
     [("Sở Tài chính", "có ý kiến bằng văn bản gửi Sở Xây dựng"),
      ("các cơ quan liên quan", "có ý kiến bằng văn bản gửi Sở Xây dựng")]),
])
def test_competent_bodies_stay_one_group(sentence: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(sentence).assignments
    assert [(a.agency, a.task) for a in records] == expected
