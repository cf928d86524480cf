"""The body that work is sent to, to gather and pass on, has a task of its own (round 49, ``assignments.relay``).
Table-driven: the plan's text → the relay records it gives (agency, task, due)."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

PLAN = "KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\nBảo đảm thiết thực.\nII. TỔ CHỨC THỰC HIỆN\n"


def _relays(body: str) -> list[tuple[str, str, str | None]]:
    return [(a.agency, a.task, a.due) for a in extract_text(PLAN + body).assignments if a.rule == "assignments.relay"]


@pytest.mark.parametrize("body, expected", [
    # an item of the implementation: whoever meets difficulties reports to a department, which gathers and reports on
    ("1. Sở Nội vụ chủ trì theo dõi.\n2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp "
     "thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định.\n",
     [("Sở Khoa học và Công nghệ", "tổng hợp, báo cáo UBND tỉnh xem xét, quyết định", None)]),
    # … but the same sentence as the plan's closing formula, which no finder of clauses reads, gives none
    ("1. Sở Nội vụ chủ trì theo dõi.\n\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp "
     "thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.\n", []),
    # a time between the receiver and the purpose; the receiver's own deadline stays with its task
    ("Các bộ gửi Bộ Tư pháp trước ngày 25 hằng tháng để tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30 hằng "
     "tháng.\n",
     [("Bộ Tư pháp", "tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30 hằng tháng", "trước ngày 30 hằng tháng")]),
    # the body the work goes through, in a parenthesis
    ("Các sở báo cáo Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh) để tổng hợp, báo cáo Bộ Nội vụ.\n",
     [("Văn phòng Ủy ban nhân dân tỉnh", "tổng hợp, báo cáo Bộ Nội vụ", None)]),
    # without the purpose word
    ("Các xã xây dựng dự toán kinh phí gửi Sở Tài chính tổng hợp, trình UBND tỉnh xem xét, phê duyệt.\n",
     [("Sở Tài chính", "tổng hợp, trình UBND tỉnh xem xét, phê duyệt", None)]),
    # not a list's lead-in ("… gửi Sở Tài chính tổng hợp:"), nor a body that is not sent to, nor a generic group
    ("1. Thời hạn báo cáo giá thị trường định kỳ gửi Sở Tài chính tổng hợp:\n- Báo cáo tháng: trước ngày 20.\n", []),
    ("Sở Tài chính tổng hợp, báo cáo UBND tỉnh.\n", []),
    ("Các xã gửi báo cáo về các cơ quan liên quan để tổng hợp, báo cáo UBND tỉnh.\n", []),
])
def test_the_receiver_gathers_and_passes_on(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _relays(body) == expected
