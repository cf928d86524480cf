"""Shapes found in round 52 by grouping the dev columns' errors (never the test columns') by the structure that carries
them: a lead-in "… có nhiệm vụ:" over items, counts that enumerate the members listed after them, quantities of a law
a news article quotes, the resources of the units a restructuring covers, the purpose of what was done. Table-driven:
the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.pipeline import extract_text

PLAN = "KẾ HOẠCH\nTổ chức thực hiện năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm hiệu quả.\nII. TỔ CHỨC THỰC HIỆN\n"


def _assignments(body: str, plan: str = PLAN) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(plan + body).assignments]


def _targets(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.status) for t in extract_text(text).targets]


@pytest.mark.parametrize("body, expected", [
    # a lead-in "X có nhiệm vụ:" over its items gives X each item, whatever X's head word
    ("2. Lưu trữ hiện hành có nhiệm vụ:\na) Trực tiếp quản lý tài liệu lưu trữ của cơ quan.\n"
     "b) Hướng dẫn việc lập hồ sơ.\n",
     [("Lưu trữ hiện hành", "Trực tiếp quản lý tài liệu lưu trữ của cơ quan"),
      ("Lưu trữ hiện hành", "Hướng dẫn việc lập hồ sơ")]),
    ("3. Đơn vị tư vấn có nhiệm vụ sau:\n- Lập phương án kỹ thuật thi công.\n",
     [("Đơn vị tư vấn", "Lập phương án kỹ thuật thi công")]),
    # in running text the words describe a mandate, no task
    ("3. Các ban có nhiệm vụ giúp thường trực chuẩn bị kỳ họp.\n", []),
])
def test_a_lead_in_of_duties_gives_its_subject_the_items(body: str, expected: list) -> None:
    assert _assignments(body) == expected


@pytest.mark.parametrize("text, expected", [
    # a count whose members are listed right after it enumerates them
    ("Dự thảo văn kiện trình đại hội gồm 2 báo cáo chủ yếu: báo cáo chính trị và báo cáo kiểm điểm.", []),
    ("Thời gian thi đua chia thành 02 đợt:\n\n- Đợt 01: từ ngày 20 tháng 11.\n", []),
    ("Hình thành 11 đặc khu từ các huyện đảo (11 huyện đảo, gồm: Vân Đồn, Cô Tô, Cát Hải).", [("11 đặc khu", "target")]),
    ("HĐND cấp xã thành lập 02 Ban là Ban Pháp chế và Ban Kinh tế - Xã hội.", []),
    # without the list the count is reported as an aim; a measure's list breaks a total down
    ("Sau sắp xếp, cả nước có 34 đơn vị hành chính cấp tỉnh gồm 06 thành phố và 28 tỉnh.",
     [("34 đơn vị hành chính cấp tỉnh", "target")]),
    ("Phấn đấu xây dựng 04 tuyến đường với tổng chiều dài khoảng 39 km, gồm:\n\n- Tuyến chính.\n",
     [("04 tuyến đường", "target"), ("khoảng 39 km", "target")]),
    ("Nhu cầu sử dụng đất của cảng khoảng 1.050,1 ha, trong đó bao gồm:\n\n- Đất hàng không: 561,1 ha.\n",
     [("khoảng 1.050,1 ha", "target"), ("561,1 ha", "target")]),
])
def test_a_count_of_the_members_it_lists_is_no_aim(text: str, expected: list) -> None:
    assert _targets(text) == expected


def test_a_law_quoted_by_a_news_article_sets_no_aims() -> None:
    article = ("# Điều kiện của tổ chức tư vấn lập quy hoạch sử dụng đất\n\n"
               "Theo Nghị định 102/2024/NĐ-CP quy định như sau:\n\n"
               "Điều 12. Điều kiện của tổ chức tư vấn\n\n"
               "a) Tổ chức tư vấn lập quy hoạch cấp tỉnh phải có ít nhất 01 chuyên gia tư vấn.\n\n"
               "Như vậy, tỉnh sẽ tuyển chọn 05 tổ chức tư vấn trong năm 2025.\n")
    assert _targets(article) == [("05 tổ chức", "target")]


def test_the_resources_of_the_units_a_restructuring_covers_are_as_they_are() -> None:
    text = ("Tổng số trụ sở công cấp tỉnh của 52 tỉnh, thành phố thực hiện sắp xếp là 38.182 trụ sở; số trụ sở dự kiến "
            "tiếp tục sử dụng là 33.956 trụ sở, dự kiến dôi dư là 4.226 trụ sở.")
    assert _targets(text) == []


@pytest.mark.parametrize("text, expected", [
    # a figure after a purpose word is aimed at, even in a sentence about what was done
    ("Các tỉnh đã xây dựng 3.193 phương án sắp xếp để hình thành 3.193 đơn vị hành chính cấp xã mới, giảm 6.714 đơn vị.",
     [("3.193 đơn vị hành chính cấp xã", "target"), ("6.714 đơn vị", "target")]),
    # no purpose word: what was done
    ("Năm 2024, huyện đã tổ chức 20 lớp tập huấn cho cán bộ.", [("20 lớp", "achieved")]),
])
def test_the_purpose_of_what_was_done_is_aimed_at(text: str, expected: list) -> None:
    assert _targets(text) == expected


@pytest.mark.parametrize("text, canonical", [
    # Ho Chi Minh City as news writes it, glued to its level: a scope, not the level alone
    ("Chủ tịch UBND TPHCM chỉ đạo các đơn vị.", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("UBND TP.HCM giao Sở Y tế.", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("UBND TP. HCM giao Sở Y tế.", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    # the level alone and other cities stay as they were
    ("UBND Thành phố giao Sở Y tế.", "Ủy ban nhân dân Thành phố"),
    ("UBND thành phố Hà Nội giao Sở Y tế.", "Ủy ban nhân dân thành phố Hà Nội"),
])
def test_the_city_glued_to_its_level_is_the_scope(text: str, canonical: str) -> None:
    assert find_agencies(text)[0].canonical == canonical


def test_a_news_sites_source_and_credits_close_the_article() -> None:
    article = ("# Rà soát, tháo gỡ khó khăn các dự án giao thông trọng điểm\n\n"
               "Ngày 05/6/2025, Phó Thủ tướng chủ trì cuộc họp về tiến độ các dự án.\n\n"
               "## Đẩy nhanh tiến độ thi công\n\n"
               "Phó Thủ tướng đề nghị các địa phương tập trung hoàn thành các dự án trong năm 2025.\n\n"
               "Theo Cổng Thông tin điện tử Chính phủ\n\n"
               "Tác giả: Phương Nhi\n\n"
               "Link bài viết gốc: https://baochinhphu.vn/ra-soat-102250605150224081.htm\n\n"
               "Ngày đăng: 05/06/2025 15:50\n")
    sections = extract_text(article).sections
    assert sections[-1].kind == "closing"
    assert article[sections[-1].start:].startswith("Theo Cổng Thông tin điện tử Chính phủ")
