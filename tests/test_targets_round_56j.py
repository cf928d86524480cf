"""Targets rules of round 56 (helper J, SPEC §5), from shapes of unseen news pages about plans that recur in the
dataset sample (never the test columns'). Table-driven: a Vietnamese text → the records the rule decides; guards keep
what must not change."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _targets(text: str) -> list[tuple[str, float, str | None, float | None]]:
    return [(t.text, t.value, t.unit, t.denominator) for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # a count per population is a rate: its unit keeps the base it is counted per (as "02 đợt/tháng"), a base count
    # of one left out, the qualifier between noun and slash in the span, no denominator
    ("Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế, 20 doanh nghiệp hoạt động/nghìn dân.",
     [("2 triệu doanh nghiệp", 2.0, "triệu doanh nghiệp", None),
      ("20 doanh nghiệp hoạt động/nghìn dân", 20.0, "doanh nghiệp/nghìn dân", None)]),
    ("Mục tiêu nguồn nhân lực nghiên cứu khoa học đến năm 2030 đạt mức **12 người /1 vạn dân**",
     [("12 người /1 vạn dân", 12.0, "người/vạn dân", None)]),
    ("Nguồn nhân lực nghiên cứu khoa học đạt 12 người trên một vạn dân; có từ 40 - 50 tổ chức khoa học.",
     [("12 người trên một vạn dân", 12.0, "người/vạn dân", None), ("từ 40 - 50 tổ chức", 40.0, "tổ chức", None)]),
    ("Phấn đấu đến năm 2030 đạt 35 giường bệnh/10.000 dân.",
     [("35 giường bệnh/10.000 dân", 35.0, "giường bệnh/10.000 dân", None)]),
    # guards: a rate per period is unchanged, "trên" with a count above one is "more than", a base after a place
    ("Tổ chức 02 đợt/tháng kiểm tra.", [("02 đợt/tháng", 2.0, "đợt/tháng", None)]),
    ("Phấn đấu tổ chức 50 buổi tuyên truyền cho trên 1.000 người dân.",
     [("50 buổi", 50.0, "buổi", None), ("trên 1.000 người", 1000.0, "người", None)]),
    ("Phấn đấu có 100 người dân trên địa bàn được tập huấn.", [("100 người", 100.0, "người", None)]),
])
def test_per_population_unit(text: str, expected: list[tuple[str, float, str | None, float | None]]) -> None:
    assert _targets(text) == expected


@pytest.mark.parametrize("text, indicator", [
    # what a count per population measures is read before it, never the base's words
    ("Nguồn nhân lực nghiên cứu khoa học đạt 12 người trên một vạn dân; có từ 40 - 50 tổ chức khoa học.",
     "Nguồn nhân lực nghiên cứu khoa học"),
    ("Phấn đấu có 20 doanh nghiệp hoạt động/nghìn dân.", "doanh nghiệp hoạt động"),
])
def test_per_population_indicator(text: str, indicator: str) -> None:
    first = extract_text("# Tin tức\n\n" + text + "\n").targets[0]
    assert first.indicator == indicator


@pytest.mark.parametrize("text, expected", [
    # after a verb of change "từ" is "from", "một" an article: nothing is counted
    ('Phái đoàn này cần phải được chuyển từ một tổ chức cố vấn thành một sở chỉ huy tác chiến.', []),
    ("Đơn vị được chuyển đổi từ một trung tâm dịch vụ thành công ty cổ phần.", []),
    # guards: "từ một" as a floor without a verb of change, "dựa trên" still a preposition
    ("Mỗi xã xây dựng từ một mô hình trở lên.", [("từ một mô hình", 1.0, "mô hình", None)]),
    ("Kế hoạch dựa trên ba trụ cột chính.", []),
])
def test_change_from_is_no_count(text: str, expected: list[tuple[str, float, str | None, float | None]]) -> None:
    assert _targets(text) == expected
