"""Assignments read from unlabelled pages (round 54; SPEC §6: one record per task given to one agency, a subject
list gives every body in it the task). Table-driven: a plan's implementation item → (agency, task, mode) records.

- A subject list of a named body and a plural group after a comma ("Sở Nội vụ, các tổ chức chính trị - xã hội
  tuyên truyền …") gives both bodies the task when any verb of a task follows the group (not only the few
  `task_verbs`); after a one-word listed noun, a kind that is also a verb opens the task ("các sở, ban, ngành | tổ
  chức triển khai …"); the compound written with a bare hyphen is the same group ("chính trị-xã hội").
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nTổ chức đợt thi đua năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
         "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")

_MTTQ = "Ủy ban Mặt trận Tổ quốc tỉnh"


@pytest.mark.parametrize("item, expected", [
    # 99c7d8ff (a plan for an emulation drive): "Đề nghị" a named body and a group whose compound has a bare hyphen
    ("- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ thành quả của các "
     "phong trào thi đua.",
     [(_MTTQ, "phát huy mạnh mẽ thành quả của các phong trào thi đua", "requested"),
      ("các tổ chức chính trị-xã hội", "phát huy mạnh mẽ thành quả của các phong trào thi đua", "requested")]),
    # a named body, then a group after a comma, then a verb outside `task_verbs`
    ("- Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội tuyên truyền thành quả của các phong trào.",
     [(_MTTQ, "tuyên truyền thành quả của các phong trào", "assigned"),
      ("các tổ chức chính trị - xã hội", "tuyên truyền thành quả của các phong trào", "assigned")]),
    ("- Sở Nội vụ, các tổ chức chính trị - xã hội chủ động tuyên truyền thành quả của các phong trào.",
     [("Sở Nội vụ", "chủ động tuyên truyền thành quả của các phong trào", "assigned"),
      ("các tổ chức chính trị - xã hội", "chủ động tuyên truyền thành quả của các phong trào", "assigned")]),
    ("- Sở Nội vụ, các hội, đoàn thể tổ chức tuyên truyền thành quả của các phong trào thi đua.",
     [("Sở Nội vụ", "tổ chức tuyên truyền thành quả của các phong trào thi đua", "assigned"),
      ("các hội, đoàn thể", "tổ chức tuyên truyền thành quả của các phong trào thi đua", "assigned")]),
    # "tổ chức" after a listed one-word noun is the verb, not a third kind of body
    ("- Sở Nội vụ, các sở, ban, ngành tổ chức tuyên truyền thành quả của các phong trào thi đua.",
     [("Sở Nội vụ", "tổ chức tuyên truyền thành quả của các phong trào thi đua", "assigned"),
      ("các sở, ban, ngành", "tổ chức tuyên truyền thành quả của các phong trào thi đua", "assigned")]),
])
def test_named_body_and_group_after_a_comma(item: str, expected: list[tuple[str, str, str]]) -> None:
    records = process_text(_HEAD + item + "\n").assignments
    assert [(a.agency, a.task, a.mode) for a in records] == expected


@pytest.mark.parametrize("item, expected", [
    # "tổ chức" right after the plural word or a comma is a kind of body ("các cơ quan, | tổ chức có liên quan")
    ("- Sở Y tế, các cơ quan, tổ chức có liên quan triển khai thực hiện kế hoạch.",
     [("Sở Y tế", "triển khai thực hiện kế hoạch"), ("các cơ quan, tổ chức có liên quan", "triển khai thực hiện kế hoạch")]),
])
def test_kind_after_comma_stays_in_the_group(item: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_HEAD + item + "\n").assignments
    assert [(a.agency, a.task) for a in records] == expected


@pytest.mark.parametrize("sentence, expected", [
    # 8281fd7b (news of a plan) and 6d0e277c: a second clause after a comma with a body of its own and its verb
    ("Sở Tư pháp thẩm định hồ sơ, Sở Nội vụ tổng hợp trình Ủy ban nhân dân tỉnh trước ngày 20/6/2025.",
     [("Sở Tư pháp", "thẩm định hồ sơ"),
      ("Sở Nội vụ", "tổng hợp trình Ủy ban nhân dân tỉnh trước ngày 20/6/2025")]),
    ("Ủy ban Pháp luật và Tư pháp thẩm tra, Quốc hội xem xét, thông qua trước ngày 20/6/2025.",
     [("Ủy ban Pháp luật và Tư pháp", "thẩm tra"), ("Quốc hội", "xem xét, thông qua trước ngày 20/6/2025")]),
    ("Giao Sở Y tế chủ trì tổ chức tập huấn, Sở Tài chính bố trí kinh phí thực hiện.",
     [("Sở Y tế", "chủ trì tổ chức tập huấn"), ("Sở Tài chính", "bố trí kinh phí thực hiện")]),
])
def test_clause_with_its_own_subject_after_a_comma(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.agency, a.task) for a in process_text(_HEAD + sentence + "\n").assignments] == expected

