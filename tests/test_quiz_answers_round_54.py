"""A quiz's right answer, set in bold, is a target (round 54; SPEC §5; the dev gold of a quiz page keeps the bold
answers — ``ít nhất 10%``, ``0,50%`` … — and round 25's ``[quiz]`` passed over every option, since the clean text had
lost the bold). The source's bold spans reach the extractors as ``DocumentStructure.strong``; of a run of options the
one set in bold stays, the others are candidates only; an answer that names nothing measures what its question asks
([quiz] question_label left out). Table-driven: a page → the targets' texts."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _targets(text: str) -> list[str]:
    return [t.text for t in extract_text(text).targets]


@pytest.mark.parametrize("text, expected", [
    ("# Câu hỏi trắc nghiệm\n\n**Câu 23: Nghị quyết quy định chi cho công tác xây dựng pháp luật không được thấp hơn "
     "bao nhiêu phần trăm tổng chi ngân sách hằng năm?**\n\nA. 0,30%\n\n**B. 0,50%**\n\nC. 0,80%\n\nD. 1,00%\n",
     ["0,50%"]),
    ("# Câu hỏi trắc nghiệm\n\n**Câu 9: Mục tiêu đến năm 2030 có bao nhiêu doanh nghiệp hoạt động?**\n\n"
     "A. Khoảng 1 triệu doanh nghiệp\n\nB. Khoảng 1,5 triệu doanh nghiệp\n\nC. Khoảng 3 triệu doanh nghiệp\n\n"
     "**D. Khoảng 2 triệu doanh nghiệp**\n",
     ["Khoảng 2 triệu doanh nghiệp"]),
])
def test_the_bold_answer_stays(text: str, expected: list[str]) -> None:
    assert _targets(text) == expected


def test_an_answer_that_names_nothing_measures_its_question() -> None:
    """ "**B. 0,50%**" says nothing of what it measures: its question does, label and question mark left out."""
    found = extract_text("# Câu hỏi trắc nghiệm\n\n**Câu 23: Chi cho công tác xây dựng pháp luật không thấp hơn bao "
                         "nhiêu phần trăm tổng chi ngân sách hằng năm?**\n\nA. 0,30%\n\n**B. 0,50%**\n\nC. 0,80%\n").targets
    assert [(t.text, t.indicator) for t in found] == [
        ("0,50%", "Chi cho công tác xây dựng pháp luật không thấp hơn bao nhiêu phần trăm tổng chi ngân sách hằng năm")]
