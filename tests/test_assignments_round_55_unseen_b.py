"""Assignments read from unseen formal pages (round 55, helper B; SPEC §6, README P2/P6). Table-driven: an item or a
sentence of a decision → the (agency, task) records it gives.

- An official's title after a fronted time clause that lists over commas is the subject's title ("Trong vòng 30 ngày
  … tổng dân số, tổng số hộ, …, Bộ trưởng Bộ Dân tộc và Tôn giáo căn cứ … chỉ đạo …"; the internal procedures every
  province republishes).
- A mandate adverbial written with a comma after "phạm vi" opens the task like the plain one ("… và đại biểu Hội
  đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát …"), and an assembly's part may wrap before the
  assembly's name ("… và đại biểu ⏎ Hội đồng nhân dân thành phố …").
- A passive clause that says which body by the power it was given runs to the body's duty word ("Ủy ban nhân dân cấp
  xã được phân cấp thẩm quyền … có trách nhiệm tổ chức thực hiện …"); without a duty word it grants a power (no task:
  unchanged, checked by hand), and a body named before the duty word is that word's subject.
- A mandate page in Roman parts ("I. CHỨC NĂNG" … "II. NHIỆM VỤ, QUYỀN HẠN" … "III. TỔ CHỨC BỘ MÁY") gives its duties to
  the body it defines and no record from its list of units.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_DECISION = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUYẾT ĐỊNH\n\nCông bố thủ tục hành chính nội bộ\n\n"
             "**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính nội bộ.\n\n")
_RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\n\nNGHỊ QUYẾT\n\nQuy định mức thu học phí\n\n"
               "**Điều 1.** Phạm vi điều chỉnh.\n\n")


def _records(text: str) -> list[tuple[str, str]]:
    return [(a.agency, " ".join(a.task.split())) for a in process_text(text).assignments]


@pytest.mark.parametrize("step, expected", [
    # 4c6ac60a / c37e0ca0 (TTHC nội bộ, lĩnh vực dân tộc): the minister after a time clause listing figures
    ("Bước 3: Trong vòng 30 ngày làm việc kể từ ngày nhận đủ báo cáo về số liệu tổng dân số, tổng số hộ, số hộ "
     "nghèo của các tỉnh, Bộ trưởng Bộ Dân tộc và Tôn giáo căn cứ quy định tại Điều 4 của Nghị định số "
     "255/2025/NĐ-CP chỉ đạo rà soát, tổng hợp.",
     [("Bộ Dân tộc và Tôn giáo", "căn cứ quy định tại Điều 4 của Nghị định số 255/2025/NĐ-CP chỉ đạo rà soát, "
                                 "tổng hợp")]),
    ("Bước 2: Trong thời hạn 10 ngày kể từ ngày nhận đủ hồ sơ, báo cáo, Giám đốc Sở Nội vụ tổng hợp danh sách.",
     [("Sở Nội vụ", "tổng hợp danh sách")]),
])
def test_official_after_a_listing_time_clause(step: str, expected: list[tuple[str, str]]) -> None:
    assert _records(_DECISION + "**Điều 2.** Trình tự thực hiện\n\n" + step + "\n") == expected


_HDND_TASK = "trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết"


@pytest.mark.parametrize("item, agencies", [
    # 3066a06b (a city council's resolution): the mandate with a comma after "phạm vi"; the place written at the
    # list's end reaches every member, and the parts keep their plural (test_council_lists_round_55)
    ("2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu "
     "Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết.",
     ["Thường trực Hội đồng nhân dân thành phố", "các Ban Hội đồng nhân dân thành phố",
      "Tổ đại biểu Hội đồng nhân dân thành phố", "Đại biểu Hội đồng nhân dân thành phố"]),
    # … and the line wrapped between the members and the council's name, as the page writes it
    ("2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu\n"
     "Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai thực hiện Nghị quyết.",
     ["Thường trực Hội đồng nhân dân thành phố", "các Ban Hội đồng nhân dân thành phố",
      "Tổ đại biểu Hội đồng nhân dân thành phố", "Đại biểu Hội đồng nhân dân thành phố"]),
])
def test_council_members_with_their_mandate(item: str, agencies: list[str]) -> None:
    text = _RESOLUTION + "**Điều 8. Tổ chức thực hiện**\n\n" + item + "\n"
    assert _records(text) == [(agency, _HDND_TASK) for agency in agencies]


@pytest.mark.parametrize("item, expected", [
    # 7bcbaa91 (a city's decentralisation of asset disposal): the passive clause over the ";" of its object's list
    ("1. Ủy ban nhân dân cấp xã được phân cấp thẩm quyền quyết định thanh lý tài sản kết cấu hạ tầng; xử lý tài sản "
     "trong trường hợp bị mất tại Quyết định này căn cứ chức năng, nhiệm vụ được giao có trách nhiệm tổ chức thực "
     "hiện.",
     [("Ủy ban nhân dân cấp xã", "có trách nhiệm tổ chức thực hiện")]),
    # … wrapped over lines as the page writes it
    ("1. Ủy ban nhân dân cấp xã được phân cấp thẩm quyền\nquyết định thanh lý tài sản kết cấu hạ tầng cấp nước sạch "
     "nông thôn tập trung\ntại Quyết định này căn cứ chức năng, nhiệm vụ được giao có trách nhiệm tổ chức thực hiện.",
     [("Ủy ban nhân dân cấp xã", "có trách nhiệm tổ chức thực hiện")]),
])
def test_passive_clause_of_a_decentralised_power(item: str, expected: list[tuple[str, str]]) -> None:
    assert _records(_DECISION + "**Điều 3. Tổ chức thực hiện**\n\n" + item + "\n") == expected


_MANDATE_PAGE = ("Văn phòng Trung ương Đảng\n\n**I. CHỨC NĂNG**\n\n"
                 "Văn phòng Trung ương Đảng là cơ quan tham mưu, giúp việc Ban Chấp hành Trung ương Đảng.\n\n"
                 "**II. NHIỆM VỤ, QUYỀN HẠN**\n\n"
                 "1. Chủ trì, phối hợp tổng hợp thông tin chiến lược phục vụ sự lãnh đạo của Bộ Chính trị.\n\n"
                 "2. Hướng dẫn, kiểm tra việc thực hiện nghiệp vụ văn phòng cấp ủy.\n\n"
                 "**III. TỔ CHỨC BỘ MÁY**\n\n**2. Cơ cấu tổ chức:**\n\nb) Các doanh nghiệp\n\n"
                 "- Công ty trách nhiệm hữu hạn một thành viên An Phú\n\n"
                 "- Công ty trách nhiệm hữu hạn Hồ Tây một thành viên\n")


def test_mandate_page_in_roman_parts() -> None:
    # ec0a3a6e (a Party body's functions, duties and organisation)
    assert _records(_MANDATE_PAGE) == [
        ("Văn phòng Trung ương Đảng", "Chủ trì, phối hợp tổng hợp thông tin chiến lược phục vụ sự lãnh đạo của Bộ "
                                      "Chính trị"),
        ("Văn phòng Trung ương Đảng", "Hướng dẫn, kiểm tra việc thực hiện nghiệp vụ văn phòng cấp ủy")]



@pytest.mark.parametrize("sentence, expected", [
    # 295bcce4 (a ministry's statistics calendar): the group an official heads says which units by a passive, then
    # its duty word; the name ran on to "… Bộ được" and the task began at "giao"
    ("Thủ trưởng các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê chịu trách nhiệm xây "
     "dựng kế hoạch.",
     [("các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê",
       "chịu trách nhiệm xây dựng kế hoạch")]),
    # … after a fronted ground, as the page writes it (the record was lost there)
    ("Căn cứ Lịch phổ biến thông tin thống kê năm 2026 tại Điều 1 Quyết định này, Thủ trưởng các đơn vị thuộc, trực "
     "thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê chịu trách nhiệm xây dựng kế hoạch.",
     [("các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê",
       "chịu trách nhiệm xây dựng kế hoạch")]),
])
def test_headed_group_with_a_passive_before_its_duty(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _records(_DECISION + "**Điều 2.** " + sentence + "\n") == expected


def test_unlabelled_steps_under_a_doer_bullet() -> None:
    # 4c6ac60a (TTHC nội bộ): the central level's steps are written without "Bước N:", then the time limit
    text = (_DECISION + "**Điều 2.** Trình tự thực hiện\n\n- Cấp Trung ương (Bộ Dân tộc và\nTôn giáo):\n\n"
            "Tổng hợp kết quả xác định, phân định của các địa phương, ban hành quyết định công bố danh sách thôn;\n\n"
            "Tổ chức rà soát và đối chiếu với tiêu chí quy định để xác định danh sách tỉnh;\n\n"
            "Thời hạn thực hiện: Trong thời gian 15 ngày làm việc kể từ ngày nhận đầy đủ báo cáo.\n")
    assert _records(text) == [
        ("Bộ Dân tộc và Tôn giáo", "Tổng hợp kết quả xác định, phân định của các địa phương, ban hành quyết định công "
                                   "bố danh sách thôn"),
        ("Bộ Dân tộc và Tôn giáo", "Tổ chức rà soát và đối chiếu với tiêu chí quy định để xác định danh sách tỉnh")]
