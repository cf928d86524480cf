"""Shapes found in round 54 (helper ag2) on unlabelled procedure decisions and the fresh-dev errors: a procedure's steps
("Bước N:") listed under a bullet that names their doer ("- Cấp xã (Ủy ban nhân dân cấp xã):"). Table-driven: the
text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

DECISION = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUYẾT ĐỊNH\n\nCông bố thủ tục hành chính nội bộ\n\n"
            "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính nội bộ.\n\nPHỤ LỤC\n\n"
            "II. NỘI DUNG CỤ THỂ\n\n1. Phê duyệt danh sách xã\n\na) Trình tự thực hiện\n\n")


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(DECISION + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # each step the bullet's body does (fresh-dev f75757b004ba80c7; unseen c37e0ca0510350f4, 4c6ac60a4ebc43d6)
    ("- Cấp xã (Ủy ban nhân dân cấp\nxã):\n\nBước 1: Căn cứ các tiêu chí quy định tại Điều 4 của Nghị định số "
     "272/2025/NĐ-CP để xác định thôn;\n\nBước 2: Lập báo cáo kết quả xác định gửi Ủy ban nhân dân tỉnh.\n\n"
     "- Cấp tỉnh (Ủy ban nhân dân cấp tỉnh):\n\nBước 1: Chỉ đạo tổ chức rà soát, thẩm định kết quả xác định thôn;\n\n"
     "b) Cách thức thực hiện: Gửi hồ sơ trực tuyến.\n",
     [("Ủy ban nhân dân cấp xã", "Căn cứ các tiêu chí quy định tại Điều 4 của Nghị định số 272/2025/NĐ-CP để xác "
       "định thôn"),
      ("Ủy ban nhân dân cấp xã", "Lập báo cáo kết quả xác định gửi Ủy ban nhân dân tỉnh"),
      ("Ủy ban nhân dân cấp tỉnh", "Chỉ đạo tổ chức rà soát, thẩm định kết quả xác định thôn")]),
])
def test_steps_under_the_bullet_that_names_their_doer(body: str, expected: list) -> None:
    assert _records(body) == expected
