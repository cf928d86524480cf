"""Targets on unseen formal pages (round 56; SPEC §5: numbers that name or number something are no targets).

- A bare number opening a paragraph before a capitalised word is a footnote's mark (a model form's notes under its
  "______" rule: "4 Yêu cầu có Thuyết minh tổng quát …", "12 Ghi theo đơn đăng ký …") or a standard's clause number
  ("3 Thuật ngữ và định nghĩa"), not a count whose unit is "yêu cầu" or "ghi" (046d4a5b: 17 such false targets). A
  count that opens a sentence writes its noun in lower case, and keeps being read.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

_FORM = ("KẾ HOẠCH\n\nThực hiện nhiệm vụ khoa học năm 2026\n\nI. MỤC TIÊU\n\nHoàn thành các nhiệm vụ được giao.\n\n"
         "______________________________\n\n{notes}\n")


@pytest.mark.parametrize("notes, expected", [
    # 046d4a5b (a ministry's decision with model forms): the notes under the form
    ("1 Đối với cụm nhiệm vụ, chuỗi nhiệm vụ khoa học: Liệt kê tên các nhiệm vụ thành phần.\n\n"
     "4 Yêu cầu có Thuyết minh tổng quát theo quy định.\n\n12 Ghi theo đơn đăng ký chủ trì thực hiện nhiệm vụ.", []),
    ("8 Quy định tại Điều 11 Nghị định số 267/2025/NĐ-CP.\n\n16 Ví dụ: chức danh nghiên cứu khoa học.", []),
    # a national standard's clause numbers
    ("3 Thuật ngữ và định nghĩa\n\nTrong tiêu chuẩn này sử dụng các thuật ngữ sau.", []),
])
def test_footnote_marks_are_no_counts(notes: str, expected: list[str]) -> None:
    doc = extract_text(_FORM.format(notes=notes))
    assert [t.text for t in doc.targets] == expected


def test_a_count_opening_a_paragraph_stays() -> None:
    """The guard: a count that opens the paragraph writes its unit in lower case."""
    doc = extract_text(_FORM.format(notes="15 lớp tập huấn được mở cho cán bộ cơ sở."))
    assert [(t.text, t.value, t.unit) for t in doc.targets] == [("15 lớp", 15.0, "lớp")]
