"""The State's corporations in a plan (round 49): their heads stand for them in a list of officials, "các Tập đoàn,
Tổng Công ty" is a group, and a corporation named for a region of the country keeps the region. Table-driven:
text → (agency, task)."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

DISPATCH = "CÔNG ĐIỆN\nVề việc tổ chức khởi công các công trình\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(DISPATCH + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # the Government's list of officials, the corporations' heads last
    ("1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành "
     "phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên "
     "quan khẩn trương chỉ đạo rà soát các dự án.\n",
     [("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "khẩn trương chỉ đạo rà soát các dự án"),
      ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "khẩn trương chỉ đạo rà soát các dự án"),
      ("các Tập đoàn, Tổng Công ty, đơn vị liên quan", "khẩn trương chỉ đạo rà soát các dự án")]),
    # a council's chair stands for the corporation it heads
    ("2. Chủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam chỉ đạo bố trí đường truyền.\n",
     [("Tập đoàn Bưu chính Viễn thông Việt Nam", "chỉ đạo bố trí đường truyền")]),
    # a region of the country after the name
    ("3. Tổng công ty Điện lực miền Bắc chủ trì bảo đảm cấp điện.\n",
     [("Tổng công ty Điện lực miền Bắc", "chủ trì bảo đảm cấp điện")]),
])
def test_corporations(body: str, expected: list[tuple[str, str]]) -> None:
    assert _records(body) == expected
