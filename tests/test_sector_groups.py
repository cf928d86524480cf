"""A group of bodies named by what they administer ("các Sở quản lý ngành, lĩnh vực") is one subject: the verb of
administering and its sector are part of the name, not the task (round 49). Table-driven: text → (agency, task)."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

PLAN = "KẾ HOẠCH\nKiểm tra về giá năm 2026\nI. MỤC TIÊU\nBảo đảm thiết thực.\nII. TỔ CHỨC THỰC HIỆN\n"


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(PLAN + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # a group between named bodies in an item's subject list
    ("1. Sở Tài chính, các Sở quản lý ngành, lĩnh vực cấp tỉnh và Ủy ban nhân dân xã, phường ban hành kế hoạch kiểm "
     "tra.\n",
     [("Sở Tài chính", "ban hành kế hoạch kiểm tra"),
      ("các Sở quản lý ngành, lĩnh vực cấp tỉnh", "ban hành kế hoạch kiểm tra"),
      ("Ủy ban nhân dân xã, phường", "ban hành kế hoạch kiểm tra")]),
    # a group alone before its task
    ("Các cơ quan quản lý chuyên ngành tổ chức kiểm tra việc thực hiện.\n",
     [("Các cơ quan quản lý chuyên ngành", "tổ chức kiểm tra việc thực hiện")]),
    # … and before a duty word
    ("Các Sở quản lý ngành, lĩnh vực có trách nhiệm hướng dẫn các tổ chức kê khai giá.\n",
     [("Các Sở quản lý ngành, lĩnh vực", "có trách nhiệm hướng dẫn các tổ chức kê khai giá")]),
])
def test_a_group_named_by_its_sector(body: str, expected: list[tuple[str, str]]) -> None:
    assert _records(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a group whose name runs on over a comma into a named body: the group and the body apart
    ("Để thực hiện các mục tiêu trên, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, "
     "thành phố trực thuộc trung ương thực hiện các nhiệm vụ sau đây:\n- Xây dựng đề án truyền thông.\n",
     [("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Xây dựng đề án truyền thông"),
      ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Xây dựng đề án truyền thông")]),
    ("2. Các Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường có trách nhiệm tổ "
     "chức thực hiện Quy định này.\n",
     [("Các Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh", "có trách nhiệm tổ chức thực hiện Quy định này"),
      ("Ủy ban nhân dân các xã, phường", "có trách nhiệm tổ chức thực hiện Quy định này")]),
])
def test_a_group_then_a_named_body(body: str, expected: list[tuple[str, str]]) -> None:
    assert _records(body) == expected
