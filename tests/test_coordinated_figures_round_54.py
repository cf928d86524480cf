"""What a second figure measures when the clause search stopped inside an earlier figure's number (round 54; SPEC §5
``indicator``: what is counted or measured). Table-driven: a text → (target text, indicator).

- The words after the earlier figure's number, unit and last joiner are the later figure's own (``tiếp tục sử dụng
  33.956 trụ sở và | dôi dư | 4.226 trụ sở``); with no words of its own (only a joiner) both measure what the earlier
  figure's clause names (``Công suất: khoảng 10,0 triệu hành khách/năm và 25.000 tấn hàng hóa/năm``).
- A multiplier before a measured-rate unit keeps the noun it measures (``1,5 triệu tấn hàng hoá/năm``).
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _targets(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.unit, t.indicator) for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # 10b2fe32: the second figure coordinated under "Công suất" (was "0 triệu hành khách/năm")
    ("+ Công suất: khoảng 10,0 triệu hành khách/năm và 25.000 tấn hàng hóa/năm.",
     ("25.000 tấn hàng hóa/năm", "tấn hàng hóa/năm", "Công suất")),
    # (round 55: the unit as written, "hoá"; round 54 had noted its re-toned "hóa" as a defect)
    ("Cảng hàng không đạt công suất 5,5 triệu hành khách/năm và 1,5 triệu tấn hàng hoá/năm.",
     ("1,5 triệu tấn hàng hoá/năm", "triệu tấn hàng hoá/năm", "Cảng hàng không đạt công suất")),
    # 8405fb53, e309590d, 67f6a230: words of its own after the joiner
    ("Tổng số là 38.182 trụ sở; tiếp tục sử dụng 33.956 trụ sở và dôi dư 4.226 trụ sở.",
     ("4.226 trụ sở", "trụ sở", "dôi dư trụ sở")),
    ("Trong đó, phần cấp cho chủ đầu tư là 3.281 tỷ đồng và phần cho người mua nhà là 585 tỷ đồng.",
     ("585 tỷ đồng", "tỷ đồng", "phần cho người mua nhà")),
    ("Diện tích Khu vực bảo vệ I là 1,34 ha và diện tích Khu vực bảo vệ II là 0,21 ha.",
     ("0,21 ha", "ha", "diện tích Khu vực bảo vệ II")),
    # … the words before the joiner qualify the earlier figure (0aa3b8e6: was "64 ha diện tích tự nhiên nhân khẩu")
    ("Sau khi điều chỉnh, phường có 760,64 ha diện tích tự nhiên và 15.009 nhân khẩu.",
     ("15.009 nhân khẩu", "nhân khẩu", "phường nhân khẩu")),
])
def test_a_figure_after_an_earlier_decimal(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _targets(text)


def test_a_section_number_is_no_figure() -> None:
    """A section's number cut at its point names no unit: the words after it stay whole ("tiểu mục 3.2.2 Mục IV …")."""
    found = {t[0]: t[2] for t in _targets(
        "Đồng thời, căn cứ theo tiểu mục 3.2.2 Mục IV Phần thứ hai Đề án sau sáp nhập vùng còn 6 tỉnh thành.")}
    assert found["6 tỉnh thành"].startswith("Mục IV Phần thứ hai")
