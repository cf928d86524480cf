"""Sections of round 56 (SPEC §3, web articles): a legal Q&A page's subhead may open with a count ("04 Chỉ tiêu … là
gì?"); it opens a section as any other question subhead does. Table-driven; a guard keeps numbered lines out."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.sections import is_subhead

_PAGE = ("# Chiến lược phát triển là gì?\n\n**Chiến lược phát triển là gì? {q}**\n\n**Mục tiêu của chiến lược là gì?**\n\n"
         "Theo Mục VI Quyết định 2259/QĐ-BTTTT năm 2022 quy định mục tiêu đến năm 2030 như sau:\n\n"
         "- 100% đô thị triển khai ứng dụng trí tuệ nhân tạo.\n\n**{q}**\n\n"
         "Theo Mục 2 Kế hoạch ban hành kèm theo Quyết định 699/QĐ-BTTTT năm 2024 quy định như sau:\n\n"
         "- 100% cơ quan nhà nước cấp bộ, tỉnh mở dữ liệu.\n\nQuý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n")


@pytest.mark.parametrize("question", [
    "04 Chỉ tiêu thực hiện kế hoạch hành động năm 2024 là gì?",
    "5 nguyên tắc cơ bản trong phát triển hạ tầng số bao gồm những gì?",
])
def test_counted_question_opens_a_section(question: str) -> None:
    page = _PAGE.format(q=question)
    headings = [s.heading for s in extract_text(page).sections]
    assert question in headings


@pytest.mark.parametrize("line, expected", [
    ("04 Chỉ tiêu thực hiện kế hoạch hành động là gì?", True),
    ("08 Nguyên tắc phòng cháy chữa cháy là gì?", True),
    # guards: a numbered line, a count that is no question
    ("2. Mục tiêu cụ thể là gì?", False),
    ("15 ngày", False),
    ("03 Bước nhận hỗ trợ khi không có tài khoản như sau:", False),
])
def test_is_subhead_counted_question(line: str, expected: bool) -> None:
    assert is_subhead(line) is expected
