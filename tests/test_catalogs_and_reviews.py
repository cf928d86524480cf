"""Shapes found by reading unlabelled pages in round 46: catalogs of procedures, …
Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from tests.test_directives_and_notices import _assignments

PLAN = ("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\nI. MỤC ĐÍCH\nBảo đảm thiết thực.\n**II. TỔ CHỨC THỰC HIỆN**\n\n")

TABLE_CASES = [
    # a column that names the document a row rests on is no task column, though it holds "nội dung"; a catalog of
    # procedures with no task column gives no records
    (PLAN + "| TT | Tên thủ tục hành chính | Tên VB quy định nội dung sửa đổi, bổ sung | Cơ quan thực hiện |\n"
            "|---|---|---|---|\n"
            "| 1 | Quyết định chủ trương đầu tư dự án nhà ở công vụ | Nghị định số 140/2025/NĐ-CP | Bộ Xây dựng |\n",
     []),
    (PLAN + "| TT | Nội dung | Căn cứ pháp lý | Cơ quan thực hiện |\n|---|---|---|---|\n"
            "| 1 | Rà soát quy hoạch sử dụng đất | Luật Đất đai năm 2024 | Sở Nông nghiệp và Môi trường |\n",
     [("Sở Nông nghiệp và Môi trường", "responsible", "Rà soát quy")]),
]


@pytest.mark.parametrize("text, expected", TABLE_CASES)
def test_task_tables(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _assignments(text) == expected
