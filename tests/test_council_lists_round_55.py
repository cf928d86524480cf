"""Shapes found in round 55 (helper council) in the closing articles of People's Councils' resolutions: the list of
the council's parts and members before the verb (`Thường trực …, các Ban …, Tổ đại biểu … và đại biểu Hội đồng nhân
dân thành phố giám sát …`) gives every listed part the task, each with the place written once at the list's end (the
settled call of the fresh gold: `Thường trực Hội đồng nhân dân tỉnh`, `các Ban của Hội đồng nhân dân tỉnh`, …).
Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\n\nNGHỊ QUYẾT\n\nQuy định mức thu học phí\n\n"
              "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\n\n**Điều 1. Phạm vi điều chỉnh**\n\nNghị quyết này quy định mức thu.\n\n"
              "**Điều 2. Tổ chức thực hiện**\n\n1. Giao Ủy ban nhân dân thành phố triển khai thực hiện Nghị quyết.\n\n")

_WATCH = "giám sát việc thực hiện Nghị quyết"
_PARTS = ["Thường trực Hội đồng nhân dân thành phố", "các Ban Hội đồng nhân dân thành phố",
          "Tổ đại biểu Hội đồng nhân dân thành phố", "Đại biểu Hội đồng nhân dân thành phố"]


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(RESOLUTION + body).assignments
            if a.rule != "assignments.relay" and a.agency != "Ủy ban nhân dân thành phố"]


@pytest.mark.parametrize("body, expected", [
    # a numbered item without "Giao", the council abbreviated, "các Ban" without "của" before a bare "Tổ đại biểu":
    # had been one record, "Thường trực Hội đồng nhân dân" with the rest of the list as its task
    ("2. Thường trực HĐND, các Ban HĐND, Tổ đại biểu HĐND và đại biểu HĐND thành phố " + _WATCH + ".\n",
     [(agency, _WATCH) for agency in _PARTS]),
    # … the same in full
    ("2. Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng "
     "nhân dân thành phố " + _WATCH + ".\n",
     [(agency, _WATCH) for agency in _PARTS]),
    # with "Giao": "các Ban" had lost its plural ("Ban Hội đồng nhân dân thành phố") and the first part its place
    ("2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội "
     "đồng nhân dân thành phố " + _WATCH + ".\n",
     [(agency, _WATCH) for agency in _PARTS]),
    # a paragraph, no number: the first part had no place, "các Ban …" neither
    ("Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng "
     "nhân dân thành phố " + _WATCH + ".\n",
     [(agency, _WATCH) for agency in _PARTS]),
    # the scope of their powers between the list and the verb, written with a comma after "phạm vi" (unseen
    # 3066a06b520a2418, Điều 8.2): had given no record at all
    ("2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu\n"
     "Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết.\n",
     [(agency, "trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết")
      for agency in _PARTS]),
    # one body with that scope
    ("2. Giao Thường trực Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn " + _WATCH + ".\n",
     [("Thường trực Hội đồng nhân dân thành phố", "trong phạm vi, nhiệm vụ, quyền hạn " + _WATCH)]),
    # the line broken between the members and their council ("và đại biểu⏎Hội đồng nhân dân"): the last member had
    # been the council itself
    ("2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu\n"
     "Hội đồng nhân dân thành phố " + _WATCH + ".\n",
     [(agency, _WATCH) for agency in _PARTS]),
    # the members' group without its plural before the members ("Tổ đại biểu và đại biểu HĐND xã"): one body, as
    # "các Tổ đại biểu và đại biểu" is; the list had been one record with the rest of the list as its task
    ("2. Thường trực HĐND, các Ban HĐND, Tổ đại biểu và đại biểu HĐND xã " + _WATCH + ".\n",
     [("Thường trực Hội đồng nhân dân xã", _WATCH), ("các Ban Hội đồng nhân dân xã", _WATCH),
      ("Tổ đại biểu và đại biểu Hội đồng nhân dân xã", _WATCH)]),
    # the members with their honorific ("các vị đại biểu"): the place had not passed back over "và các vị"
    ("2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu Hội đồng nhân dân và các "
     "vị đại biểu Hội đồng nhân dân tỉnh " + _WATCH + ".\n",
     [("Thường trực Hội đồng nhân dân tỉnh", _WATCH), ("Các Ban của Hội đồng nhân dân tỉnh", _WATCH),
      ("Các Tổ đại biểu Hội đồng nhân dân tỉnh", _WATCH), ("Các vị đại biểu Hội đồng nhân dân tỉnh", _WATCH)]),
])
def test_every_part_of_the_council_has_the_task(body: str, expected: list) -> None:
    assert _records(body) == expected

