"""Targets rules of round 56 (helper E, SPEC §5 ``indicator``), from the dev columns' errors (never the test columns').
Table-driven: a Vietnamese text → the target's text and indicator; guards keep what must not change."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _indicators(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.indicator) for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # a count whose unit is a pair of nouns: the unit's own comma does not end what it measures
    ("Đã có khoảng 230 công trình, dự án đang thẩm định để đủ điều kiện khởi công, khánh thành.",
     ("khoảng 230 công trình, dự án", "công trình, dự án đang thẩm định để đủ điều kiện khởi công")),
    ("Đã có 38/63 UBND tỉnh, thành phố gửi văn bản hoặc công bố danh mục các dự án tham gia chương trình.",
     ("38/63 UBND tỉnh, thành phố",
      "UBND tỉnh, thành phố gửi văn bản hoặc công bố danh mục các dự án tham gia chương trình")),
    ("Tuyên truyền cho 20 cơ quan, đơn vị trên địa bàn tỉnh.",
     ("20 cơ quan, đơn vị", "cơ quan, đơn vị trên địa bàn tỉnh")),
    # … nor does the comma of a fixed pair of verbs ("sửa đổi, bổ sung")
    ("Theo đó, 08 bộ, cơ quan đã sửa đổi, bổ sung theo thẩm quyền văn bản quy phạm pháp luật.",
     ("08 bộ, cơ quan", "bộ, cơ quan đã sửa đổi, bổ sung theo thẩm quyền văn bản quy phạm pháp luật")),
    ("Tổ chức 05 lớp đào tạo, bồi dưỡng kỹ năng số cho cán bộ.", ("05 lớp", "lớp đào tạo, bồi dưỡng kỹ năng số cho cán bộ")),
])
def test_paired_unit_keeps_its_phrase(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


@pytest.mark.parametrize("text, expected", [
    # guard: a single noun's count still ends its phrase at the next comma
    ("Tổ chức 05 lớp tập huấn, 10 hội nghị.", ("05 lớp", "lớp tập huấn")),
    # guard: a list unit keeps its reading
    ("Phấn đấu 40 xã, phường đạt chuẩn nông thôn mới.", ("40 xã, phường", "xã, phường đạt chuẩn nông thôn mới")),
])
def test_single_unit_unchanged(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


@pytest.mark.parametrize("text, expected", [
    # a share ending its clause measures the measure noun's phrase that opens the clause, over its own commas: after
    # a short lead ("Hàng năm,") …
    ("6.4. Hàng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới đường bộ, tuyến "
     "đường hàng không tăng trên 03%.",
     ("trên 03%", "số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới đường bộ, tuyến đường hàng "
                  "không")),
    # … after the line's last semicolon …
    ("6.4. Hàng năm, số vụ phạm tội được phát hiện tăng trên 03%; số vụ phạm tội về ma túy có tổ chức xuyên quốc gia "
     "được phát hiện, bắt giữ tăng trên 05%.",
     ("trên 05%", "số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được phát hiện, bắt giữ")),
])
def test_measure_noun_opens_clause(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


def test_measure_line_bracket_adds_no_distance() -> None:
    # a long measure phrase at the line's start, an aside in brackets not counted in its reach (the indicator itself
    # is kept to its first words, as every indicator)
    found = _indicators("(5) Tỷ lệ trang trại, hợp tác xã nông nghiệp (trồng trọt, chăn nuôi gia súc, gia cầm, thủy - "
                        "hải sản) sử dụng nền tảng số phục vụ quản trị hoạt động trồng trọt, chăn nuôi đạt tối thiểu "
                        "50%;")
    assert [text for text, _ in found] == ["tối thiểu 50%"]
    assert found[0][1].startswith("Tỷ lệ trang trại, hợp tác xã nông nghiệp (trồng trọt")


@pytest.mark.parametrize("text, expected", [
    # guard: a share whose line opens with a measure noun reads as before
    ("- Tỉ lệ che phủ rừng ổn định ở mức 42%.", ("42%", "Tỉ lệ che phủ rừng ổn định")),
    # guard: a number between the noun and the share ends the reach ("số" is that number's)
    ("- Đến năm 2030, tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%; tỷ lệ thu gom chất thải rắn đạt 90%.",
     ("90%", "tỷ lệ thu gom chất thải rắn")),
])
def test_measure_line_guards(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


@pytest.mark.parametrize("text, expected", [
    # an aside in brackets inside the noun phrase, the phrase going on after it, does not end what is measured
    ("(4) Phấn đấu có ít nhất 70% số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp "
     "bằng phương thức không dùng tiền mặt;",
     ("ít nhất 70%", "số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp bằng phương "
                     "thức không dùng tiền mặt")),
    ("Dự kiến khoảng 60 đội ghe (nam và nữ) trong và ngoài thành phố tham gia.",
     ("khoảng 60 đội ghe", "đội ghe (nam và nữ) trong và ngoài thành phố tham gia")),
    # guard: a bracket that ends the sentence, or holds a figure, still ends the phrase
    ("Tổ chức 05 lớp tập huấn (trực tuyến).", ("05 lớp", "lớp tập huấn")),
    ("Tổ chức 05 lớp tập huấn (mỗi lớp 50 người) cho cán bộ.", ("05 lớp", "lớp tập huấn")),
    # guard: a sum spelled out in brackets ends what the sum before it is for
    ("Tổng vốn là 3.270 tỷ đồng, trong đó: tỉnh Đồng Nai là 2.600 tỷ đồng (hai nghìn, sáu trăm tỷ đồng) và tỉnh Bà "
     "Rịa - Vũng Tàu là 670 tỷ đồng.", ("2.600 tỷ đồng", "tỉnh Đồng Nai")),
])
def test_aside_bracket_inside_indicator(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.status) for t in extract_text("# Tin tức\n\nBài viết.\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # a floor after "đạt" states what is to be reached, not a result
    ("Chi đầu tư đạt ít nhất 10% tổng chi ngân sách nhà nước.", ("ít nhất 10%", "target")),
    ("Tỷ lệ trang trại sử dụng nền tảng số đạt tối thiểu 50%.", ("tối thiểu 50%", "target")),
    ("Doanh thu du lịch đạt không dưới 5.000 tỷ đồng.", ("không dưới 5.000 tỷ đồng", "target")),
    # guards: a figure without a floor after "đạt" is a result as before; a past act keeps its floor a result
    ("Năm 2024, tỷ lệ trang trại sử dụng nền tảng số đạt trên 50%.", ("trên 50%", "achieved")),
    ("Năm 2024, tỉnh đã hỗ trợ ít nhất 50 hộ.", ("ít nhất 50 hộ", "achieved")),
])
def test_floor_after_reached_is_aimed(text: str, expected: tuple[str, str]) -> None:
    assert expected in _statuses(text)


def _plan_indicators(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.indicator) for t in extract_text("# Kế hoạch\n\n## I. MỤC TIÊU\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # an age in months or an age range qualifies who is counted: its numbers do not end what is measured
    ("- Phấn đấu 80% trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân được đến trường.",
     ("80%", "trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân được đến trường")),
    ("- Phấn đấu 80% trẻ em từ 6 đến 36 tháng tuổi được tiếp cận dịch vụ giáo dục mầm non.",
     ("80%", "trẻ em từ 6 đến 36 tháng tuổi được tiếp cận dịch vụ giáo dục mầm non")),
    ("- Phấn đấu 95% trẻ em dưới 24 tháng tuổi được tiêm chủng.", ("95%", "trẻ em dưới 24 tháng tuổi được tiêm chủng")),
    # … nor, inside a line that opens with a measure noun, the reach of that noun
    ("- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm còn 20%.",
     ("20%", "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi")),
    # guard: a duration is no age; the next figure still ends the phrase
    ("- Tổ chức 05 lớp tập huấn cho 200 học viên.", ("05 lớp", "lớp tập huấn")),
])
def test_age_qualifier_inside_indicator(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _plan_indicators(text)


@pytest.mark.parametrize("text, expected", [
    # fixed noun pairs written with a comma do not end what a count measures
    ("- Có ít nhất 03 cơ sở giáo dục, đào tạo của tỉnh có hoạt động liên kết đào tạo về công nghệ mới.",
     ("ít nhất 03 cơ sở", "cơ sở giáo dục, đào tạo của tỉnh có hoạt động liên kết đào tạo về công nghệ mới")),
    ("- Phát triển tối thiểu 10 doanh nghiệp công nghệ số cung cấp sản phẩm, dịch vụ nền tảng.",
     ("tối thiểu 10 doanh nghiệp", "doanh nghiệp công nghệ số cung cấp sản phẩm, dịch vụ nền tảng")),
    # "trung bình" leads to a rate as "bình quân" does
    ("- Số lượng đơn đăng ký sáng chế tăng trung bình 16 - 18%/năm.", ("16 - 18%/năm", "Số lượng đơn đăng ký sáng chế")),
])
def test_noun_pairs_and_average_tail(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _plan_indicators(text)


@pytest.mark.parametrize("text, expected", [
    # a number inside a name ("5G") in a measure line wrapped by the conversion does not stop the line's reading
    ("- Tỷ lệ phủ sóng 5G trên địa\nbàn đạt 100% dân số.", ("100%", "Tỷ lệ phủ sóng 5G trên địa bàn")),
    # guard: a figure of its own between the noun and the share still does
    ("- Tỷ lệ xã có 2 trạm y tế đạt 100%.", ("100%", "Tỷ lệ xã có 2 trạm y tế")),
])
def test_name_number_in_measure_line(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _plan_indicators(text)
