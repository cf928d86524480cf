"""Units after a money multiplier, round 55 (SPEC §5 ``unit``: the counted noun as written, the multiplier as its first
word as in "triệu tấn"): the words after "nghìn", "triệu", "tỷ" are read as the unit would be without the multiplier
(frequent units, [units] compounds, a one-syllable noun's compound), so a compound the segmenter splits is no longer
cut ("2,5 triệu hoá đơn" was "triệu hoá"); "thuê bao" is a compound ([units] compounds: its "bao" is a not_units word).
Table-driven: the text → the target's span and unit; guards keep the readings that were right."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _targets(sentence: str) -> list[tuple[str, str | None]]:
    """The (text, unit) of the targets of a plan's objective written as ``sentence``."""
    document = "# Kế hoạch chuyển đổi số năm 2026\n\n## II. Mục tiêu\n\n- " + sentence + "\n"
    return [(t.text, t.unit) for t in extract_text(document).targets]


@pytest.mark.parametrize("sentence, expected", [
    # a compound the segmenter splits after the multiplier, read whole as without it
    ("Phấn đấu đến năm 2026 phát hành 2,5 triệu hoá đơn điện tử.", [("2,5 triệu hoá đơn", "triệu hoá đơn")]),
    ("Phấn đấu sử dụng 1,2 triệu hóa đơn điện tử có mã.", [("1,2 triệu hóa đơn", "triệu hóa đơn")]),
    ("Phát hành 20 triệu lá phiếu bầu cử.", [("20 triệu lá phiếu", "triệu lá phiếu")]),
    # a subscriber, after a multiplier or not
    ("Phát triển thêm 2 triệu thuê bao di động.", [("2 triệu thuê bao", "triệu thuê bao")]),
    ("Phát triển 100 nghìn thuê bao băng rộng cố định.", [("100 nghìn thuê bao", "nghìn thuê bao")]),
    ("Phát triển thêm 2.000 thuê bao.", [("2.000 thuê bao", "thuê bao")]),
])
def test_unit_after_multiplier_as_without_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # guards: readings that were already right stay as they are
    ("Phấn đấu phát hành 2.500 hoá đơn điện tử.", [("2.500 hoá đơn", "hoá đơn")]),
    ("Hỗ trợ 50 nghìn hộ gia đình thoát nghèo.", [("50 nghìn hộ", "nghìn hộ")]),
    ("Thu hút 3 triệu lượt khách du lịch.", [("3 triệu lượt khách", "triệu lượt khách")]),
    ("Thu ngân sách đạt 5 nghìn tỷ đồng.", [("5 nghìn tỷ đồng", "nghìn tỷ đồng")]),
    ("Có 1,2 triệu người dân sử dụng tài khoản định danh.", [("1,2 triệu người dân", "triệu người dân")]),
    ("Sản lượng đạt 1,5 triệu tấn lúa.", [("1,5 triệu tấn", "triệu tấn")]),
])
def test_readings_kept(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _targets(sentence) == expected
