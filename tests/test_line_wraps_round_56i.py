"""A word that governs a document cannot end a line of text (round 56, helper I; SPEC §6 task clauses): "3. Các cơ
quan, đơn vị, địa phương căn cứ nội dung" ⏎ "Quyết định để triển khai thực hiện …" is one sentence, so the item's
task runs on to its end (before, the capitalised type word ended the line, the item read as a heading and its task was
"căn cứ nội dung"). A heading's capitalised title over a body that opens with a type word stays a heading.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text
from kehoach_nlp.text import normalize

_PLAN = "**KẾ HOẠCH**\n\n**V. TỔ CHỨC THỰC HIỆN**\n\n1. Sở Tài chính bố trí kinh phí thực hiện.\n\n{item}\n"


@pytest.mark.parametrize("item, agency, task", [
    ("3. Các cơ quan, đơn vị, địa phương căn cứ nội dung\nQuyết định để triển khai thực hiện nghiêm túc, hiệu quả.",
     "Các cơ quan, đơn vị, địa phương",
     "căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, hiệu quả"),
    ("3. Ủy ban nhân dân các xã, phường căn cứ\nKế hoạch này xây dựng kế hoạch của địa phương.",
     "Ủy ban nhân dân các xã, phường",
     "căn cứ Kế hoạch này xây dựng kế hoạch của địa phương"),
    ("3. Các sở, ban, ngành căn cứ vào\nChỉ thị số 27/CT-TTg để tổ chức thực hiện.",
     "Các sở, ban, ngành", "căn cứ vào Chỉ thị số 27/CT-TTg để tổ chức thực hiện"),
])
def test_an_item_cut_before_a_document_type_keeps_its_task(item: str, agency: str, task: str) -> None:
    records = [(a.agency, " ".join(a.task.split())) for a in process_text(_PLAN.format(item=item)).assignments]
    assert (agency, task) in records


@pytest.mark.parametrize("source, joined", [
    ("các đơn vị căn cứ nội dung\nQuyết định để triển khai", True),
    ("các đơn vị căn cứ\nThông tư số 02/2021/TT-BYT để thực hiện", True),
    # a heading's title is capitalised: it ends its line over a body that opens with a type word
    ("2. Nội dung\nKế hoạch tập trung vào ba nhóm nhiệm vụ.", False),
    # lower case but the next line opens no document: the line ends as before
    ("các đơn vị căn cứ nội dung\nSở Y tế hướng dẫn.", False),
])
def test_the_break_joins_only_before_a_document_type(source: str, joined: bool) -> None:
    assert ("\n" not in normalize(source).text) is joined
