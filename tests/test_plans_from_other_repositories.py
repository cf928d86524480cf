"""Shapes found by reading real plans kept in other public repositories in round 48 (ministries' and provinces'
plans attached to their decisions). Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

PLAN = "KẾ HOẠCH\nThích ứng với biến đổi khí hậu\nI. MỤC TIÊU\nBảo đảm thiết thực.\nII. TỔ CHỨC THỰC HIỆN\n"


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(PLAN + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # a block heading that lists the Government's agencies by kind ("cơ quan thuộc Chính phủ"), wrapped over a line:
    # the kind and its owner are one group, the Government is no assignee
    ("1. Bộ Tài chính\n- Chủ trì cân đối kinh phí.\n"
     "2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân\ncác tỉnh, thành phố trực thuộc trung ương\n"
     "- Bố trí nguồn lực thực hiện các nhiệm vụ;\n",
     [("Bộ Tài chính", "Chủ trì cân đối kinh phí"),
      ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bố trí nguồn lực thực hiện các nhiệm vụ"),
      ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bố trí nguồn lực thực hiện các nhiệm vụ")]),
    # a unit named with its owner over bullets: the owner is no task
    ("1. Trung tâm Chuyển đổi số thuộc Sở Khoa học và Công nghệ\n- Vận hành hệ thống.\n",
     [("Trung tâm Chuyển đổi số", "Vận hành hệ thống")]),
])
def test_block_headings(body: str, expected: list[tuple[str, str]]) -> None:
    assert _records(body) == expected


def test_the_closing_formula_under_a_body_heading_is_the_body_block() -> None:
    # "Căn cứ Kế hoạch này …" right under a numbered body's title line is that body's task, not the plan's closing
    text = (PLAN + "1. Sở Tài chính:\n\nBố trí kinh phí thực hiện.\n\n2. Sở Kế hoạch và Đầu tư:\n\n"
            "Căn cứ Kế hoạch này để tổng hợp, bố trí vốn cho Ủy ban nhân dân các huyện.\n\n"
            "3. Sở Y tế:\n\nTổ chức khám sàng lọc.\n\nTrên đây là Kế hoạch của Ủy ban nhân dân tỉnh./.\n")
    doc = extract_text(text)
    assert [a.agency for a in doc.assignments] == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Y tế"]
    assert doc.sections[-1].kind == "closing" and text[doc.sections[-1].start:].startswith("Trên đây là")
