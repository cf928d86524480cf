"""Targets rules of round 55 (SPEC §5 ``indicator``), from unseen dataset pages and the dev columns' errors (never the
test columns'). Table-driven: a Vietnamese text → the target's text and indicator; guards keep what must not change."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _indicators(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.indicator) for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # a short bracket (an abbreviation, a place) inside the noun phrase before a figure does not cut what it measures
    ("- Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức trên 55%; tỉ trọng xuất khẩu đạt 50%.",
     ("trên 55%", "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế")),
    ("Báo cáo (Trang 92) nêu tổng vốn đầu tư dự án Bến cảng quốc tế Sơn Dương (Hà Tĩnh) khoảng 8.866 tỷ đồng.",
     ("khoảng 8.866 tỷ đồng", "nêu tổng vốn đầu tư dự án Bến cảng quốc tế Sơn Dương (Hà Tĩnh)")),
    # … a long bracket is not read over; the clause starts after it, or at the short name it gives
    ("Khối trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên và các trường trung cấp, cao đẳng có tổ chức chương "
     "trình giáo dục thường xuyên (sau đây gọi tắt là Khối Giáo dục thường xuyên) đăng ký dự thi tối đa 03 tiết mục.",
     ("tối đa 03 tiết mục", "Khối Giáo dục thường xuyên) đăng ký dự thi tiết mục")),
])
def test_bracket_inside_indicator(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


@pytest.mark.parametrize("text, expected", [
    # a rank's number is part of what is measured, not the end of it
    ("Phấn đấu ít nhất 8 cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á.",
     ("ít nhất 8 cơ sở", "cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á")),
    ("Phấn đấu có 3 trường đại học lọt top 100 thế giới.", ("3 trường", "trường đại học lọt top 100 thế giới")),
])
def test_rank_inside_indicator(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


def test_next_figure_still_ends_indicator() -> None:
    # guard: a figure that is no rank ends the phrase as before
    assert _indicators("Tổ chức 05 lớp tập huấn cho 200 học viên.")[0] == ("05 lớp", "lớp tập huấn")


@pytest.mark.parametrize("text, expected", [
    # "trở lên" inside a rate's phrase is not a tail word that leads to the figure
    ("- Tỉ lệ người lao động có trình độ cao đẳng, đại học trở lên đạt 24%.",
     ("24%", "Tỉ lệ người lao động có trình độ cao đẳng, đại học trở lên")),
    # guard: the tail words that lead to the figure are still left out
    ("- Tỉ lệ che phủ rừng ổn định ở mức 42%.", ("42%", "Tỉ lệ che phủ rừng ổn định")),
])
def test_rate_phrase_keeps_tro_len(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


@pytest.mark.parametrize("text, expected", [
    # a share of the economy's output measures what the clause names, the output after it
    ("Quy mô kinh tế số đạt tối thiểu 30% GDP.", ("tối thiểu 30%", "Quy mô kinh tế số … GDP")),
    ("- Kinh tế số chiếm 45% GRDP tỉnh.", ("45%", "Kinh tế số chiếm … GRDP tỉnh")),
    # … a share whose clause names nothing measures the total's part, up to the comma
    ("Kinh tế tư nhân đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu ngân sách nhà nước, giải quyết việc làm.",
     ("khoảng 35 - 40%", "tổng thu ngân sách nhà nước")),
])
def test_share_of_output(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


@pytest.mark.parametrize("text, expected", [
    # a share in brackets after a figure, led by "chiếm", measures what that figure measures
    ("Trong đó: vốn chủ sở hữu 1.329,9 tỷ đồng (chiếm 15%); vốn vay 7.536,1 tỷ đồng (chiếm 85%).",
     [("1.329,9 tỷ đồng", "vốn chủ sở hữu"), ("15%", "vốn chủ sở hữu"), ("7.536,1 tỷ đồng", "vốn vay"),
      ("85%", "vốn vay")]),
])
def test_bracketed_share(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a level's number ("mức độ 3") and an age ("từ 15 tuổi trở lên") qualify what is measured
    ("+ 50% các tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3;",
     ("50%", "các tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3")),
    ("+ 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật.",
     ("50%", "dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật")),
    # a bracket that gives the counted noun a short name does not end what is measured
    ("+ 70% các tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là tỉnh) đạt chuẩn xóa mù chữ mức độ 2;",
     ("70%", "các tỉnh, thành phố trực thuộc trung ương đạt chuẩn xóa mù chữ mức độ 2")),
])
def test_qualifiers_inside_indicator(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)


@pytest.mark.parametrize("text", [
    # a ring road's number names it: no target
    "Phấn đấu hoàn thành đường Vành đai 4 TPHCM vào cuối năm 2028.",
    "Hình thành các vành đai công nghiệp dọc theo các đường vành đai 4, vành đai 5 vùng Thủ đô Hà Nội.",
])
def test_ring_road_number_is_a_name(text: str) -> None:
    assert _indicators(text) == []


@pytest.mark.parametrize("text", [
    # a count of an organisation's own parts after a verb of having or of being made up: its structure, no aim
    "Cục Thuế được tổ chức từ trung ương đến địa phương. Cục Thuế có 12 đơn vị tại Trung ương.",
    "Kho bạc Nhà nước khu vực I thuộc Kho bạc Nhà nước gồm 9 phòng tham mưu, giúp việc và 17 Phòng Giao dịch.",
    "Chi cục Thuế khu vực 1 có không quá 19 phòng.",
    "Tổ chức bộ máy của Cơ quan Ủy ban Kiểm tra Trung ương gồm: 12 vụ, đơn vị như sau:",
    "Chi cục Thuế tại địa phương được tổ chức theo 20 khu vực.",
])
def test_organisation_structure_is_no_target(text: str) -> None:
    assert _indicators(text) == []


@pytest.mark.parametrize("text, expected", [
    # guards: a restructuring scheme's count after it, an aim's verb, people trained
    ("Theo phương án, sau sắp xếp, Sở sẽ có 6 phòng chuyên môn.", "6 phòng"),
    ("Phấn đấu thành lập 05 tổ công nghệ số cộng đồng.", "05 tổ"),
    ("Mỗi hộ kinh doanh có ít nhất 01 người được tập huấn kỹ năng chữa cháy.", "ít nhất 01 người"),
])
def test_organisation_counts_kept(text: str, expected: str) -> None:
    assert expected in [t for t, _ in _indicators(text)]


@pytest.mark.parametrize("text, expected", [
    # a yes/no question ends at its "?", whatever follows in the paragraph: its numbers are asked, not asserted
    ("Tôi có thắc mắc như sau: Người được trợ giúp pháp lý có được yêu cầu 2 tổ chức thực hiện trợ giúp pháp lý cho "
     "mình hay không? Mong được giải đáp.", []),
    # "trong cùng 1 vụ việc" names the same case, no amount; a bare "cùng" still counts
    ("Người được trợ giúp pháp lý được yêu cầu tổ chức thực hiện trợ giúp pháp lý trong cùng 1 vụ việc.", []),
    ("Dự án tập trung tại quận Nam Từ Liêm, huyện Hoài Đức cùng 11 dự án.", ["11 dự án"]),
    # guard: a question of how still states its number
    ("Không có tài khoản an sinh xã hội trên VNeID nhận 100.000 đồng thế nào? Xem hướng dẫn.", ["100.000 đồng"]),
])
def test_questions_and_same_case(text: str, expected: list[str]) -> None:
    assert [t for t, _ in _indicators(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the verb of a breakdown is no part of what is counted, before the next figure or after the earlier one
    ("Xây dựng 01 bến cảng gồm 06 cầu cảng tổng hợp.", ("01 bến cảng", "Xây dựng bến cảng")),
    ("Tuyến đường sắt dài 38 km, gồm 20 ga.", ("20 ga", "ga")),
])
def test_breakdown_verb_out_of_indicator(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _indicators(text)
