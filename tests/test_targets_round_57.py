"""Targets on unseen plan pages and news reports (round 57, issue #20; SPEC §5).

- A flattened table row whose first cell is its number ("1 | Dịch vụ công … | 30% | 100% |") is labelled by the
  next cell, not by "1".
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _targets(text: str) -> list[tuple[str, object, object]]:
    doc = extract_text(text)
    return [(t.text, t.indicator, t.deadline) for t in doc.targets]


_TABLE = ("KẾ HOẠCH\n\nỨng dụng trí tuệ nhân tạo năm 2026\n\nII. CHỈ TIÊU\n\n"
          "Kế hoạch đặt ra 2 chỉ tiêu như sau:\n\n"
          "{rows}\n")


@pytest.mark.parametrize("rows, expected", [
    ("1 | Dịch vụ công trực tuyến toàn trình có ứng dụng AI hỗ trợ người dân, doanh nghiệp. | 30% | 100% |\n"
     "2 | Đô thị có ứng dụng AI giải quyết vấn đề bức thiết của xã hội. | 20% | 100% |",
     ["Dịch vụ công trực tuyến toàn trình có ứng dụng AI hỗ trợ người dân, doanh nghiệp."] * 2
     + ["Đô thị có ứng dụng AI giải quyết vấn đề bức thiết của xã hội."] * 2),
    ("I. | Cơ quan nhà nước cấp tỉnh mở dữ liệu theo quy định | 20% | 100% |",
     ["Cơ quan nhà nước cấp tỉnh mở dữ liệu theo quy định"] * 2),
])
def test_row_number_cell_is_not_the_label(rows: str, expected: list[str]) -> None:
    assert [ind for _, ind, _ in _targets(_TABLE.format(rows=rows))] == expected


_NEWS = "# Nghị quyết đặt mục tiêu gì?\n\n{body}\n"


@pytest.mark.parametrize("body, expected", [
    # 7da162f8 (a school's plan for Teachers' Day): a day and a month are no share
    ("Kế hoạch tổ chức văn nghệ 20/11 kỷ niệm 43 năm ngày Nhà giáo Việt Nam.\n\n"
     "Tham khảo kế hoạch tổ chức văn nghệ 20/11 trường tiểu học dưới đây.", []),
    ("Tổ chức Ngày Nhà giáo Việt Nam 20 11 hàng năm do ai chủ trì?", []),
    # beside shares of places, a part no larger than its whole, which stay
    ("Phấn đấu 10/10 huyện đạt chuẩn nông thôn mới; 3/12 xã đạt chuẩn, chào mừng 17/12 trường học.",
     ["10/10 huyện", "3/12 xã"]),
])
def test_day_and_month_are_no_targets(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _targets(_NEWS.format(body=body))] == expected


@pytest.mark.parametrize("body, expected", [
    # a news lead frames the figures with the resolution and the due year: what is measured follows it
    ("Như vậy, Nghị quyết 68 đặt ra mục tiêu đến năm 2030 kinh tế tư nhân đóng góp khoảng 55 - 58% GDP.",
     [("khoảng 55 - 58%", "kinh tế tư nhân đóng góp … GDP", 2030)]),
    ("Theo đó, Nghị quyết 68-NQ/TW 2025 đặt ra mục tiêu đến năm 2030, chỉ tiêu đóng góp của kinh tế tư nhân vào GDP "
     "là: 55–58% GDP.",
     [("55–58%", "chỉ tiêu đóng góp của kinh tế tư nhân vào GDP", 2030)]),
    # … or closes the measure with the due year
    ("Như vậy, theo Nghị quyết 57-NQ/TW, mục tiêu tỉ lệ giao dịch không dùng tiền mặt đến năm 2030 là 80%.",
     [("80%", "mục tiêu tỉ lệ giao dịch không dùng tiền mặt", 2030)]),
])
def test_due_phrase_is_not_part_of_the_indicator(body: str, expected: list[tuple[str, str, int]]) -> None:
    assert _targets(_NEWS.format(body=body)) == expected


@pytest.mark.parametrize("body, expected", [
    # an hour before the day: the deadline stands in the task's own sentence
    ("1. Giao Sở Xây dựng hoàn chỉnh hồ sơ 02 phương án đầu tư, gửi Sở Tài chính trước 12 giờ ngày 27 tháng 11 "
     "năm 2025.", [("02 phương án", 2025)]),
    ("2. Hoàn thành số hóa 100% hồ sơ trước 16h00 ngày 20/11/2026.", [("100%", 2026)]),
])
def test_an_hour_before_the_due_day(body: str, expected: list[tuple[str, int]]) -> None:
    doc = extract_text("KẾ HOẠCH\n\nI. NHIỆM VỤ\n\n" + body + "\n")
    assert [(t.text, t.deadline) for t in doc.targets] == expected


@pytest.mark.parametrize("body, expected", [
    # "lűy kế" (the Hungarian ű typed for ũ) is the as-of cue "lũy kế": a result, no due year
    ("Lűy kế đến hết năm 2024 toàn tỉnh có 675 dự án còn hiệu lực.", [("675 dự án", "achieved", None)]),
    ("Vốn đầu tư công năm 2025 - lűy kế đến hết ngày 27/11/2025 giải ngân đạt 65% kế hoạch.",
     [("65%", "achieved", None)]),
])
def test_look_alike_vowel_keeps_the_as_of_cue(body: str, expected: list[tuple[str, str, object]]) -> None:
    doc = extract_text("# Tình hình giải ngân\n\n" + body + "\n")
    assert [(t.text, t.status, t.deadline) for t in doc.targets] == expected


@pytest.mark.parametrize("body, expected", [
    # a budget estimate names its fiscal year after the sum (4f133dc6-like news on the 2026 state budget)
    ("Như vậy, dự toán 53.554 tỷ đồng bổ sung chi trả lương cơ sở năm 2026 cho các địa phương.",
     [("53.554 tỷ đồng", 2026)]),
    ("Bộ Tài chính giao dự toán 1.200 tỷ đồng hỗ trợ nhà ở cho người có công năm 2027.", [("1.200 tỷ đồng", 2027)]),
])
def test_a_budget_estimate_is_dated_by_its_year(body: str, expected: list[tuple[str, int]]) -> None:
    doc = extract_text("# Phân bổ ngân sách\n\n" + body + "\n")
    assert [(t.text, t.deadline) for t in doc.targets] == expected


@pytest.mark.parametrize("body, expected", [
    # a forecast is aimed at, "hoàn thành" notwithstanding; its year in the clause dates it
    ("Trong năm 2025, thành phố dự kiến hoàn thành 4 dự án nhà ở xã hội với tổng số 2.874 căn hộ.",
     [("4 dự án", "target", 2025), ("2.874 căn hộ", "target", 2025)]),
    ("Thành phố sẽ khởi công 8 dự án nhà ở xã hội mới năm 2026.", [("8 dự án", "target", 2026)]),
    ("Theo kế hoạch, tỉnh sẽ hoàn thành 12 trường năm 2027, cải tạo 100 trường.",
     [("12 trường", "target", 2027), ("100 trường", "target", None)]),

])
def test_a_forecast_is_aimed_at(body: str, expected: list[tuple[str, str, object]]) -> None:
    doc = extract_text("# Nhà ở xã hội\n\n" + body + "\n")
    assert [(t.text, t.status, t.deadline) for t in doc.targets] == expected


@pytest.mark.parametrize("body, expected", [
    # "trên một" / "dưới một": a preposition and an article, no count
    ("Công trình được bố trí, xây dựng trên một địa bàn cụ thể như các trung tâm chính trị.", []),
    ("Các gia đình sống dưới một mái nhà; phấn đấu tối thiểu một mô hình điểm mỗi xã.", ["tối thiểu một mô hình"]),
])
def test_preposition_before_an_article_is_no_bound(body: str, expected: list[str]) -> None:
    doc = extract_text("# Công trình trọng điểm\n\n" + body + "\n")
    assert [t.text for t in doc.targets] == expected


def test_a_quiz_answer_is_dated_by_its_question() -> None:
    """The question is the bold answer's lead-in: its due phrase dates the answer; a question without one dates none."""
    doc = extract_text(
        "# Câu hỏi trắc nghiệm về Nghị quyết 68\n\n**Câu 30: Theo kế hoạch hành động thực hiện Nghị quyết 68-NQ/TW, "
        "Trung ương Đoàn xác định góp phần thực hiện mục tiêu đến năm 2030 đạt khoảng bao nhiêu doanh nghiệp hoạt "
        "động?**\n\nA. Khoảng 500 nghìn doanh nghiệp, phần lớn quy mô nhỏ\n\nB. Khoảng 1,5 triệu doanh nghiệp\n\n"
        "C. Khoảng 3 triệu doanh nghiệp\n\n**D. Khoảng 2 triệu doanh nghiệp**\n\n"
        "**Câu 31: Mức chi tối thiểu cho khoa học là bao nhiêu?**\n\nA. 1%\n\n**B. 3%**\n\nC. 5%\n\nD. 7%\n")
    assert [(t.text, t.deadline) for t in doc.targets] == [("Khoảng 2 triệu doanh nghiệp", 2030), ("3%", None)]


@pytest.mark.parametrize("text, expected", [
    # a plan's heading names the budget's year
    ("KẾ HOẠCH\n\nThực hiện nhiệm vụ tài chính\n\nI. MỤC ĐÍCH\n\nBảo đảm nguồn lực.\n\n"
     "II. DỰ TOÁN NGÂN SÁCH NĂM 2026\n\n1. Tổng số thu ngân sách là 1.225.356 tỷ đồng.\n\n"
     "2. Tổng số chi ngân sách là 1.809.056 tỷ đồng.\n",
     [("1.225.356 tỷ đồng", 2026), ("1.809.056 tỷ đồng", 2026)]),
    # a list's lead-in names it; a result's lead-in dates none
    ("# Phân bổ ngân sách ra sao?\n\nTổng số thu và chi ngân sách trung ương năm 2026 như sau:\n\n"
     "- Tổng số thu ngân sách trung ương là 1.225.356 tỷ đồng;\n\n"
     "- Tổng số chi ngân sách trung ương là 1.809.056 tỷ đồng.\n\n"
     "Kết quả thu ngân sách năm 2024 như sau:\n\n- Thu ngân sách đạt 1.900.000 tỷ đồng.\n",
     [("1.225.356 tỷ đồng", 2026), ("1.809.056 tỷ đồng", 2026), ("1.900.000 tỷ đồng", None)]),
])
def test_a_budget_named_with_its_year_dates_its_sums(text: str, expected: list[tuple[str, object]]) -> None:
    doc = extract_text(text)
    assert [(t.text, t.deadline) for t in doc.targets] == expected


def test_the_source_of_a_figure_is_not_what_it_measures() -> None:
    """'theo chỉ đạo của …' after a share names who set it: what it measures is named before it."""
    doc = extract_text("# Mục tiêu cụ thể trong năm 2025:\n\n- Góp phần đạt mục tiêu tăng trưởng kinh tế đạt 8,3-8,5% "
                       "theo chỉ đạo của Thủ tướng Chính phủ tại Công văn số 6425/VPCP-KTTH.\n")
    assert [(t.text, t.indicator) for t in doc.targets] == [("8,3-8,5%", "Góp phần đạt mục tiêu tăng trưởng kinh tế")]


def test_a_result_before_a_forecast_stays_a_result() -> None:
    doc = extract_text("# Nhà ở xã hội\n\nĐã hoàn thành 50.687/100.275 căn (đạt 50,5%), dự kiến đến hết năm 2025 sẽ "
                       "hoàn thành thêm 38.600 căn.\n")
    assert [(t.text, t.status) for t in doc.targets] == [
        ("50.687/100.275 căn", "achieved"), ("50,5%", "achieved"), ("38.600 căn", "target")]
