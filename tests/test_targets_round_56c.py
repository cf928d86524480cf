"""Targets rules of round 56 (SPEC §5 ``status``, ``deadline``; what is no target), from unseen legal Q&A pages that
quote a decision's or a resolution's aims (never the test columns). Table-driven: a Vietnamese text → the targets'
text with status / deadline, or the numbers that must not be targets; guards keep what must not change."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _targets(text: str) -> list[tuple[str, str, int | None]]:
    return [(t.text, t.status, t.deadline) for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


def _texts(text: str) -> list[str]:
    return [t.text for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


# 1. A time label ("- Năm 2025:") inside an aims lead-in ("Chỉ tiêu … như sau:"): the items are aimed at, whatever
#    past-looking word ("đạt", "đã") their noun's relative clause holds. The shape of a legal Q&A page: a question as
#    the title, the quoted plan's list, the site's closing line.
_QA_OPENING = ("# Phong trào học tập số là gì?\n\n**Phong trào học tập số là gì? Chỉ tiêu năm 2025, 2026 ra sao?**\n\n"
               "**Phong trào học tập số là gì?**\n\nTheo quy định tại Mục I Kế hoạch 01-KH/BCĐ năm 2025, cụ thể như "
               "sau:\n\n")
_QA_CLOSING = '\n\n**Trên đây là thông tin về "Phong trào học tập số"**\n'


def _qa_targets(body: str) -> list[tuple[str, str, int | None]]:
    return [(t.text, t.status, t.deadline) for t in extract_text(_QA_OPENING + body + _QA_CLOSING).targets]


@pytest.mark.parametrize("body, expected", [
    ("**Lưu ý:** Chỉ tiêu thực hiện phong trào năm 2025 và năm 2026 được quy định như sau:\n\n- Năm 2025:\n\n"
     "+ 40 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập kỹ năng số.\n\n- Năm 2026\n\n"
     "+ 60 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập kỹ năng số.",
     [("40 triệu người dân", "target", 2025), ("60 triệu người dân", "target", 2026)]),
    ("Các chỉ tiêu cụ thể như sau:\n\n- Năm 2027:\n\n+ 500 hợp tác xã được công nhận đạt chuẩn chuyển đổi số.",
     [("500 hợp tác xã", "target", 2027)]),
])
def test_time_label_under_aims_lead_in(body: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert _qa_targets(body) == expected


def test_time_label_under_results_lead_in_stays_achieved() -> None:
    # guard: a results lead-in over the time label reports what was reached
    body = ("Kết quả thực hiện các chỉ tiêu như sau:\n\n- Năm 2024:\n\n"
            "+ 35 triệu người dân được xác nhận đạt phổ cập kỹ năng số.")
    assert [s for _, s, _ in _qa_targets(body)] == ["achieved"]


# 2. A past word in another cell of a table row (the indicator's relative clause) says nothing of the row's figures.
@pytest.mark.parametrize("text, expected", [
    ("## 2. Mục tiêu\n\nCác chỉ tiêu thực hiện kế hoạch:\n\n"
     "STT | Chỉ tiêu | Năm 2024 | Năm 2030\n"
     "1 | Dịch vụ công trực tuyến có ứng dụng trợ lý ảo | 30% | 100%\n"
     "2 | Cơ quan nhà nước cấp tỉnh, đã mở dữ liệu theo đúng quy định | 20% | 100%\n",
     ["target", "target", "target", "target"]),
])
def test_past_word_in_other_cell(text: str, expected: list[str]) -> None:
    assert [t.status for t in extract_text(text).targets] == expected


# 3. A year inside a quoted document title is that document's, not the figure's due year.
@pytest.mark.parametrize("text, expected", [
    ("Đào tạo tối thiểu 1.000 cán bộ, lồng ghép trong Đề án “Phổ cập kỹ năng số đến năm 2025, định hướng đến năm "
     "2030” đã được phê duyệt.", [("tối thiểu 1.000 cán bộ", "target", None)]),
])
def test_year_in_quoted_title(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert _targets(text) == expected


def test_year_in_quotation_holding_the_target_counts() -> None:
    # guard: an aim quoted whole keeps its own due year
    text = "Kế hoạch đặt mục tiêu: “Đến năm 2027, 90% hồ sơ được xử lý trực tuyến”."
    assert _targets(text) == [("90%", "target", 2027)]


# 4. Counts of the text's own parts: the clauses of an article, the items of the list it sets out or asks about.
def test_counted_clauses_of_an_article() -> None:
    text = ("Dự thảo Luật gồm 3 điều. Điều 1 sửa đổi, bổ sung 29 khoản, được thể hiện trong dự thảo gồm 8 khoản tại "
            "Điều 1 và sửa kỹ thuật tại 4 khoản tại Điều 118.")
    assert _texts(text) == []


@pytest.mark.parametrize("text, not_targets", [
    ("Kế hoạch hành động năm 2025 quy định 5 chỉ tiêu thực hiện như sau:\n\n- 100% hồ sơ được số hóa.",
     ["5 chỉ tiêu"]),
    ("**03 Chỉ tiêu phát triển kinh tế số của tỉnh đến năm 2030 là gì?**\n\n- Kinh tế số chiếm 30% GRDP.",
     ["03 Chỉ tiêu"]),
])
def test_counts_of_own_parts(text: str, not_targets: list[str]) -> None:
    found = _texts(text)
    assert not set(not_targets) & set(found)
    assert found  # the list's own figure is still read


def test_counted_indicators_as_aim_stay() -> None:
    # guard: a count of indicators the plan aims to reach is a target
    assert _texts("Phấn đấu hoàn thành 18 chỉ tiêu kinh tế - xã hội trong năm 2026.") == ["18 chỉ tiêu"]


# 5. A document type that is also a verb ("Hướng dẫn") counts what follows when a unit noun follows the number.
@pytest.mark.parametrize("text, expected", [
    ("Mục tiêu cụ thể đến năm 2030:\n\n- Hướng dẫn 12.500 hộ kinh doanh do phụ nữ làm chủ đăng ký chuyển đổi thành "
     "doanh nghiệp.", ["12.500 hộ"]),
    ("Mục tiêu năm 2026:\n\n- Hướng dẫn 300 người lao động tham gia bảo hiểm xã hội tự nguyện.", ["300 người"]),
])
def test_guiding_verb_counts(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_guidance_document_number_stays_excluded() -> None:
    # guard: "Hướng dẫn 36-HD/BTCTW", "Hướng dẫn 12 của Ban Tuyên giáo" name documents
    assert _texts("Thực hiện Hướng dẫn 12 của Ban Tuyên giáo Tỉnh ủy về công tác tuyên truyền.") == []


# 6. A minimum in the relative clause of a noun another measure counts defines which units count (dev gold: "100% cơ
#    quan, tổ chức sử dụng ít nhất 01 ứng dụng" has only 100%).
@pytest.mark.parametrize("text, expected", [
    ("- 100% cơ quan, đơn vị sử dụng ít nhất 01 ứng dụng dùng chung.", ["100%"]),
    ("- Tỷ lệ hợp tác xã sử dụng tối thiểu 02 dịch vụ số đạt 30%.", ["30%"]),
    ("STT | Chỉ tiêu | Năm 2025 | Năm 2030\n"
     "1 | Thành phố có ứng dụng AI giải quyết ít nhất 01 vấn đề bức thiết của đô thị | 20% | 100%", ["20%", "100%"]),
])
def test_minimum_that_defines_the_counted_noun(text: str, expected: list[str]) -> None:
    assert _texts("Mục tiêu đến năm 2030:\n\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a minimum of its own, one after a clause break, one a unit "has" (a quota per unit), are targets
    ("- Mỗi xã có ít nhất 01 mô hình dân vận khéo.", ["ít nhất 01 mô hình"]),
    ("- 100% xã có tối thiểu 01 điểm bưu điện văn hóa.", ["100%", "tối thiểu 01 điểm bưu điện"]),
    ("- Giải ngân đạt 100% vốn; mỗi huyện có tối thiểu 2 mô hình điểm.", ["100%", "tối thiểu 2 mô hình"]),
])
def test_minimum_of_its_own_stays(text: str, expected: list[str]) -> None:
    assert _texts("Mục tiêu đến năm 2030:\n\n" + text) == expected
