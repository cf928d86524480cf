"""Targets rules of round 53 (SPEC §5), from the dev columns' errors (never the test columns'). Table-driven: a
Vietnamese text → the records or the field the rule decides; guards keep what must not change."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _indicators(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.indicator) for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # a bare head names in short the whole noun an earlier count of its sentence wrote out
    ("Hà Nội sắp xếp để hình thành 126 đơn vị hành chính cấp xã mới (75 xã, 51 phường), giảm 400 đơn vị.",
     [("126 đơn vị hành chính cấp xã", "đơn vị hành chính cấp xã mới"),
      ("400 đơn vị", "giảm đơn vị hành chính cấp xã")]),
    ("Phấn đấu thành lập 12 hợp tác xã nông nghiệp, trong đó 5 hợp tác xã ứng dụng công nghệ cao.",
     [("12 hợp tác xã", "hợp tác xã nông nghiệp"), ("5 hợp tác xã", "hợp tác xã ứng dụng công nghệ cao")]),
    # guards: another sentence, or a head that is not the earlier unit's first word
    ("Hình thành 126 đơn vị hành chính cấp xã mới. Giảm 400 đơn vị.",
     [("126 đơn vị hành chính cấp xã", "đơn vị hành chính cấp xã mới"), ("400 đơn vị", "Giảm đơn vị")]),
])
def test_elliptic_head(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a size measures the property named right before it, after the last word leading to it; no unit glued on
    ("Quy mô: 02 cầu cảng tổng hợp và 01 cầu cảng chuyên dùng xi măng với tổng chiều dài 740 m, tiếp nhận tàu.",
     ("740 m", "tổng chiều dài")),
    ("Dự án dự kiến có tổng chiều dài khoảng 53,8km, kết nối Thạnh Mỹ Lợi.", ("khoảng 53,8km", "tổng chiều dài")),
    ("Tuyến đường dài khoảng 6km, rộng 60m, nối Nguyễn Thị Định với Vành đai 3.", ("khoảng 6km", "Tuyến đường dài")),
    ("Phấn đấu trồng mới rừng tập trung với tổng diện tích khoảng 500 ha.", ("khoảng 500 ha", "tổng diện tích")),
    ("Đầu tư xây dựng nhà máy điện mặt trời có công suất 50 MW.", ("50 MW", "công suất")),
    # guard: a size followed by what it is of keeps those words
    ("Xây dựng 120 km đường giao thông nông thôn.", ("120 km", "km đường giao thông nông thôn")),
])
def test_size_indicator(text: str, expected: tuple[str, str]) -> None:
    assert expected in _indicators(text)


def _unit(text: str) -> str | None:
    targets = extract_text("# Tin tức\n\n" + text + "\n").targets
    return targets[0].unit if targets else None


@pytest.mark.parametrize("text, expected", [
    # a generic head's qualifier: a place or a rank opening it is no kind; a run past the limit keeps its first word
    ("Quan trắc định kỳ tại 02 vị trí vùng nuôi tôm Nga Tân.", "vị trí"),
    ("Hoàn thành di dời 01 vị trí đường điện cao thế còn lại.", "vị trí"),
    ("Chọn 3 vị trí đầu tiên để khen thưởng.", "vị trí"),
    ("Tổ chức 01 trận địa bắn pháo hoa tầm cao kết hợp pháo hoa tầm thấp.", "trận địa bắn"),
    # guards: a kind of the head, ended by a stop, a comma or the line, keeps up to three syllables
    ("mở rộng sân đỗ đáp ứng khoảng 30 vị trí đỗ máy bay, có khả năng mở rộng", "vị trí đỗ máy bay"),
    ("cung cấp 25 dịch vụ công trực tuyến toàn trình theo Kế hoạch", "dịch vụ công trực tuyến"),
    ("Phấn đấu đổi mới không dưới 1/3 tổng số cấp ủy viên trong nhiệm kỳ.", "tổng số cấp ủy viên"),
    ("Lựa chọn 80 điểm cầu tại các dự án lớn.", "điểm cầu"),
    ("Thiết lập 1 chế độ chính trị mới.", "chế độ chính trị"),
])
def test_generic_head_qualifier(text: str, expected: str) -> None:
    assert _unit(text) == expected


def test_elliptic_head_not_over_its_own_qualifier() -> None:
    """A count whose own words say what kind it is keeps them ("3 tàu tuần dương" is no "tàu chiến")."""
    found = dict(_indicators("Hải quân điều 2 tàu chiến phóng lôi và 3 tàu tuần dương."))
    assert found["3 tàu"] == "tàu tuần dương"


def test_elliptic_head_already_whole() -> None:
    """The earlier count's whole noun already in the indicator: nothing is added ("từ 140 triệu tăng … 410 triệu")."""
    found = dict(_indicators("Dân số từ 140 triệu tăng vọt lên tới 410 triệu."))
    assert found["410 triệu"] == "Dân số từ 140 triệu tăng vọt lên tới triệu"


@pytest.mark.parametrize("text, expected", [
    # a bare money noun before the sum: what it is for follows, after the amount in words
    ("Dự toán 238.421 tỷ đồng (hai trăm ba mươi tám nghìn, bốn trăm hai mươi mốt tỷ đồng) để bổ sung cân đối ngân "
     "sách địa phương.", ("238.421 tỷ đồng", "Dự toán để bổ sung cân đối ngân sách địa phương")),
    ("Như vậy, dự toán 53.554 tỷ đồng bổ sung chi trả lương cơ sở cho các địa phương.",
     ("53.554 tỷ đồng", "dự toán bổ sung chi trả lương cơ sở cho các địa phương")),
    # nothing before the sum but a list mark: its source after the amount in words
    ("+ 5.360 tỷ đồng (năm nghìn, ba trăm sáu mươi tỷ đồng) nguồn vốn ngân sách trung ương;",
     ("5.360 tỷ đồng", "nguồn vốn ngân sách trung ương")),
    # guards: a label before the sum keeps it; a money noun that says what for keeps it; no amount in words, no change
    ("Trong đó: tỉnh Đồng Nai là 2.600 tỷ đồng (hai nghìn, sáu trăm tỷ đồng) và tỉnh Bình Phước là 670 tỷ đồng.",
     ("2.600 tỷ đồng", "tỉnh Đồng Nai")),
    ("Kinh phí thực hiện khoảng 2,4 tỷ đồng từ ngân sách tỉnh.", ("khoảng 2,4 tỷ đồng", "Kinh phí thực hiện")),
    ("Bố trí 500 triệu đồng cho hoạt động truyền thông.", ("500 triệu đồng", "triệu đồng cho hoạt động truyền thông")),
])
def test_money_purpose(text: str, expected: tuple[str, str]) -> None:
    assert expected in _indicators(text)


def _deadlines(text: str) -> dict[str, int | None]:
    return {t.text: t.deadline for t in extract_text("# Tin tức\n\n" + text + "\n").targets}


@pytest.mark.parametrize("text, quote, year", [
    # a start date gives way to the completion date of the same clause
    ("Dự án có tổng vốn 8,37 tỷ USD, khởi công trong tháng 12/2025 và phấn đấu hoàn thành chậm nhất năm 2030.",
     "8,37 tỷ USD", 2030),
    ("Xây dựng 120 km đường, bắt đầu vào năm 2026, hoàn thành trước năm 2028.", "120 km", 2028),
    # guard: a start date alone still dates the target (the dev gold's 2025)
    ("Đầu tư xây mới hoặc cải tạo 100 trường, khởi công trong tháng 10 năm 2025.", "100 trường", 2025),
])
def test_start_date_is_no_deadline(text: str, quote: str, year: int) -> None:
    assert _deadlines(text)[quote] == year


def _texts(text: str) -> list[str]:
    return [t.text for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, gone", [
    # a bare count naming a set already there, after a word taking it as scope, is no amount
    ("Lãnh đạo 4 tỉnh đều cam kết hoàn thành các Dự án trong năm 2025.", "4 tỉnh"),
    ("báo cáo Quốc hội vào thời gian Quốc hội nghỉ giữa 02 đợt Kỳ họp thứ 9.", "02 đợt"),
    ("Có 124 xã không thực hiện sắp xếp do đã đạt cả 2 tiêu chuẩn về diện tích tự nhiên.", "2 tiêu chuẩn"),
    ("biên chế của các cơ quan cấp tỉnh thuộc 52 tỉnh, thành phố thực hiện sắp xếp.", "52 tỉnh, thành phố"),
])
def test_a_set_named_is_no_target(text: str, gone: str) -> None:
    assert gone not in _texts(text)


@pytest.mark.parametrize("text, kept", [
    # guards: a total, a share, a count with a comparator, participants after "của"
    ("Toàn tỉnh có tất cả 12 xã đạt chuẩn nông thôn mới.", "12 xã"),
    ("Bảo đảm đáp ứng nhu cầu của cả 90% người dân.", "90%"),
    ("Hội nghị với sự tham gia của 300 đại biểu.", "300 đại biểu"),
    ("Phấn đấu hỗ trợ cả khoảng 50 hộ nghèo.", "khoảng 50 hộ"),
])
def test_a_set_guard(text: str, kept: str) -> None:
    assert kept in _texts(text)


@pytest.mark.parametrize("text, gone", [
    # a reference value a rule sets, the plan's figures reckoned by it
    ("Nghị định 73/2024/NĐ-CP quy định từ ngày 01 tháng 7 năm 2024, mức lương cơ sở là 2.340.000 đồng/tháng.",
     "2.340.000 đồng/tháng"),
    ("Dự toán bổ sung cho các địa phương bảo đảm thực hiện mức lương cơ sở 2,34 triệu đồng/tháng.",
     "2,34 triệu đồng/tháng"),
    ("Hiện nay, lãi suất cho vay đã giảm xuống còn 6,6%/năm đối với chủ đầu tư.", "6,6%/năm"),
])
def test_a_reference_value_is_no_target(text: str, gone: str) -> None:
    assert gone not in _texts(text)


def test_a_multiple_of_the_reference_stays() -> None:
    """The reference value named after the figure: the figure is the plan's ("1,0 lần mức lương cơ sở", dev gold)."""
    texts = _texts("Mức phụ cấp hằng tháng đối với Thôn đội trưởng bằng 2.340.000 đồng (tương đương 1,0 lần mức lương "
                   "cơ sở).")
    assert "2.340.000 đồng" in texts


@pytest.mark.parametrize("text, unit", [
    # the unit as the document spells it, an old tone mark kept
    ("Thành lập 1 Toà án chuyên biệt tại Trung tâm tài chính quốc tế.", "toà án chuyên biệt"),
    ("Tổ chức 02 khoá tập huấn cho cán bộ.", "khoá"),
    ("Tổ chức 02 khóa tập huấn cho cán bộ.", "khóa"),
])
def test_unit_spelled_as_written(text: str, unit: str) -> None:
    assert [t.unit for t in extract_text(text).targets] == [unit]


def test_an_equivalent_in_brackets_measures_the_same() -> None:
    """A figure restated in brackets after a word of equivalence takes the indicator of the one it restates."""
    found = dict(_indicators("Dự án có tổng vốn 203.231 tỷ đồng (tương đương 8,37 tỷ USD)."))
    assert found["8,37 tỷ USD"] == found["203.231 tỷ đồng"] == "Dự án có tổng vốn"


@pytest.mark.parametrize("text, quote, status", [
    # the past marker on the verb governing the figure: a result, whatever purpose follows
    ("Tính đến nay, NHNN đã ban hành 11 văn bản chỉ đạo các tổ chức tín dụng nhằm tháo gỡ khó khăn.", "11 văn bản",
     "achieved"),
    # guards: an aim's words, a past word of a relative clause after the figure
    ("Phấn đấu đến năm 2030 đã xây dựng 50 trường học đạt chuẩn.", "50 trường", "target"),
    ("Phấn đấu 100% xã, phường đã được công nhận giữ vững danh hiệu.", "100%", "target"),
])
def test_done_verb_status(text: str, quote: str, status: str) -> None:
    found = {t.text: t.status for t in extract_text("# Tin tức\n\n" + text + "\n").targets}
    assert found[quote] == status


@pytest.mark.parametrize("text, quote, indicator", [
    # a share named by a rate's noun before it in its clause measures that rate, whatever follows
    ("Phấn đấu đạt tỷ lệ cấp ủy viên nữ từ 15% trở lên và có cán bộ nữ trong ban thường vụ.", "từ 15% trở lên",
     "tỷ lệ cấp ủy viên nữ"),
    ("phấn đấu tỷ lệ cán bộ trẻ (dưới 42 tuổi đối với cấp tỉnh, cấp xã) từ 10% trở lên (tính cho cả nhiệm kỳ).",
     "từ 10% trở lên", "tỷ lệ cán bộ trẻ (dưới 42 tuổi đối với cấp tỉnh, cấp xã)"),
    # guards: the rate's noun right before the figure (what follows is measured), another figure between
    ("Đạt tỷ lệ 95% trẻ em được tiêm chủng đầy đủ.", "95%", "trẻ em được tiêm chủng đầy đủ"),
    ("Tỷ lệ hộ nghèo giảm 1,5%, 100% xã có trạm y tế đạt chuẩn.", "100%", "xã có trạm y tế đạt chuẩn"),
])
def test_rate_named_before(text: str, quote: str, indicator: str) -> None:
    assert dict(_indicators(text))[quote] == indicator


@pytest.mark.parametrize("text, quote, indicator", [
    # a list item's own subject joined to its sum by "với" is what the sum is for
    ("- Dự án giải phóng mặt bằng phía tỉnh Đồng Nai với kinh phí dự kiến khoảng 2.967 tỷ đồng.",
     "khoảng 2.967 tỷ đồng", "kinh phí dự kiến Dự án giải phóng mặt bằng phía tỉnh Đồng Nai"),
    # guards: a count of its own in the subject; no list item
    ("- Tổ chức 05 lớp tập huấn với kinh phí khoảng 150 triệu đồng.", "khoảng 150 triệu đồng", "kinh phí"),
    ("Dự án có điểm cuối tại ga Lạch Huyện với tổng vốn 203.231 tỷ đồng.", "203.231 tỷ đồng", "tổng vốn"),
])
def test_money_of_an_item_subject(text: str, quote: str, indicator: str) -> None:
    assert dict(_indicators(text))[quote] == indicator


@pytest.mark.parametrize("text, quote, kept", [
    # a figure whose verb is negated, a word to three before it, states what will not be
    ("Như vậy, sau khi sáp nhập tỉnh sẽ không có bầu cử 34 Chủ tịch UBND tỉnh thành mới.", "34 Chủ tịch", False),
    ("Sắp xếp các đơn vị hành chính cấp xã chưa đạt 50% tiêu chuẩn theo quy định.", "50%", False),
    # guards: "không" of a compound word; a bound the negation sets
    ("Nâng công suất hệ thống cảng hàng không đáp ứng khoảng 294,5 triệu hành khách.", "khoảng 294,5 triệu hành khách",
     True),
    ("Mỗi đồng chí không giữ quá 2 chức danh lãnh đạo.", "2 chức danh", True),
])
def test_negated_verb(text: str, quote: str, kept: bool) -> None:
    assert (quote in _texts(text)) is kept
