"""Round 55 (backlog of round 54): subjects whose verb the task reader did not know (SPEC §6).

* "ra quyết định", "ra văn bản": "ra" alone is refused after a body, so a time limit's procedure
  sentence gave no record ("Trong thời hạn 10 ngày làm việc …, Sở Tư pháp | ra quyết định công nhận …", "Chủ tịch Ủy
  ban nhân dân cấp tỉnh | ra quyết định miễn nhiệm …"; pool 3984cad442999383, 37579e18da52aaee, b7a31eff3cf0da7e).
* "xét, trình" and "trình" + the body submitted to, after a plural group ("Các sở, ngành | xét, trình Ủy ban nhân dân
  tỉnh …", "các sở, ban, ngành liên quan | trình Ủy ban nhân dân thành phố phê duyệt"; unseen 5eaeb632f6582871, pool
  0abcf1a5292b31ec); "các cơ quan trình dự án luật" stays a group's name.
* A time limit counted in months from an event is the due ("Trong thời hạn 04 tháng kể từ ngày nhận đủ hồ sơ, Bộ
  trưởng Bộ Công an xem xét …"), as one in days has been since round 53.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

_PLAN = "KẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n\n{body}\n"


def _records(body: str) -> list[tuple[str, str, str | None]]:
    return [(a.agency, a.task, a.due) for a in extract_text(_PLAN.format(body=body)).assignments]


@pytest.mark.parametrize("body, expected", [
    ("Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Tư pháp ra quyết định công nhận hoàn thành"
     " tập sự hành nghề công chứng.",
     [("Sở Tư pháp", "ra quyết định công nhận hoàn thành tập sự hành nghề công chứng",
       "Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")]),
    ("4. Trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ đề nghị, Chủ tịch Ủy ban nhân dân cấp tỉnh ra quyết định"
     " miễn nhiệm và thu hồi thẻ trợ giúp viên pháp lý.",
     [("Ủy ban nhân dân cấp tỉnh", "ra quyết định miễn nhiệm và thu hồi thẻ trợ giúp viên pháp lý",
       "Trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ đề nghị")]),
    ("Sở Tư pháp ra văn bản trả lời tổ chức, cá nhân.",
     [("Sở Tư pháp", "ra văn bản trả lời tổ chức, cá nhân", None)]),
])
def test_making_a_decision_is_a_task(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Các sở, ngành xét, trình Ủy ban nhân dân tỉnh khen thưởng.",
     [("Các sở, ngành", "xét, trình Ủy ban nhân dân tỉnh khen thưởng", None)]),
    ("Các sở, ban, ngành liên quan trình Ủy ban nhân dân thành phố phê duyệt, phân bổ kinh phí.",
     [("Các sở, ban, ngành liên quan", "trình Ủy ban nhân dân thành phố phê duyệt, phân bổ kinh phí", None)]),
    ("Các đơn vị trực thuộc thành phố Hà Nội xét, trình Ủy ban nhân dân thành phố Hà Nội.",
     [("Các đơn vị trực thuộc thành phố Hà Nội", "xét, trình Ủy ban nhân dân thành phố Hà Nội", None)]),
    ("Các địa phương, cơ quan, đơn vị xét, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.",
     [("Các địa phương, cơ quan, đơn vị", "xét, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen", None)]),
])
def test_a_group_considers_and_submits(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(body) == expected


def test_the_submitting_bodies_stay_a_name() -> None:
    records = _records("Các cơ quan trình dự án luật chủ động phối hợp với Bộ Tư pháp.\n\n"
                       "Các sở, ban, ngành trình Ủy ban nhân dân tỉnh phê duyệt.")
    assert [agency for agency, _, _ in records] == ["Các cơ quan trình dự án luật", "Các sở, ban, ngành"]


@pytest.mark.parametrize("body, due", [
    # a time limit counted in months from an event is the task's due, as one counted in days is (pool
    # 89433d5fe8aa00a2, 156d20492a646dd3, ds 50dd94285ee33aa4)
    ("2. Trong thời hạn 04 tháng kể từ ngày nhận đủ hồ sơ, Bộ trưởng Bộ Công an xem xét, quyết định cho thường trú.",
     "Trong thời hạn 04 tháng kể từ ngày nhận đủ hồ sơ"),
    ("Trong vòng 01 tháng kể từ ngày nhận đơn, Cục Sở hữu trí tuệ phải xem xét yêu cầu cấp phó bản văn bằng bảo hộ.",
     "Trong vòng 01 tháng kể từ ngày nhận đơn"),
])
def test_a_time_limit_in_months(body: str, due: str) -> None:
    assert [d for _, _, d in _records(body)] == [due]
