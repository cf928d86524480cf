"""A parenthesis of bodies right after a task's body names the units that do the work: each has the task too (round 49,
``assignments.parenthesized_unit``). Table-driven: text → (agency, task, rule)."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

PLAN = "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng năm 2026\nI. MỤC TIÊU\nBảo đảm an toàn.\nII. TỔ CHỨC THỰC HIỆN\n"


def _records(body: str) -> list[tuple[str, str, str]]:
    return [(a.agency, a.task, a.rule) for a in extract_text(PLAN + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # a sentence's subject with its unit
    ("1. Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm) chủ trì dự báo nguy cơ cháy rừng.\n",
     [("Sở Nông nghiệp và Môi trường", "chủ trì dự báo nguy cơ cháy rừng", "assignments.inline"),
      ("Chi cục Kiểm lâm", "chủ trì dự báo nguy cơ cháy rừng", "assignments.parenthesized_unit")]),
    # a block heading with its unit: every bullet
    ("1. Sở Y tế (Trung tâm Kiểm soát bệnh tật tỉnh):\n- Giám sát dịch bệnh.\n",
     [("Sở Y tế", "Giám sát dịch bệnh", "assignments.block"),
      ("Trung tâm Kiểm soát bệnh tật tỉnh", "Giám sát dịch bệnh", "assignments.parenthesized_unit")]),
    # … not the unit's owner after the unit, nor a short form
    ("1. Trung tâm Chuyển đổi số (Sở Khoa học và Công nghệ) xử lý hồ sơ.\n",
     [("Trung tâm Chuyển đổi số", "xử lý hồ sơ", "assignments.inline")]),
    ("1. Bảo hiểm xã hội tỉnh (sau đây gọi tắt là BHXH tỉnh) chủ trì rà soát.\n",
     [("Bảo hiểm xã hội tỉnh", "chủ trì rà soát", "assignments.inline")]),
])
def test_units_named_in_parenthesis(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _records(body) == expected
