"""An item that restates its duty heading's bodies (round 55; SPEC §6: in ``Tổ chức thực hiện`` each agency block gives
one task per item, the block heading naming the agency). Table-driven: a regulation's implementation chapter → the
(agency, first words of the task) records.

``Điều 3. Trách nhiệm của tổ chức, cá nhân khác`` ⏎ ``1. Các tổ chức, cá nhân tham gia xây dựng … phải tuân thủ …``:
the item's subject names the heading's bodies again (both generic, the same first four words), so the heading's
assignee keeps the task (named where the heading names it) — the item is no block of a new body ``Các tổ chức, cá
nhân tham gia``; the task is the item past its subject. Found when a long
chapter heading (``TỔ CHỨC THỰC HIỆN VÀ TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC, CÁ NHÂN``) became ``implementation``
(real-dev 72f18ee047b71e9a). A named body under a generic group still heads its own block.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nQUY ĐỊNH\n\nQuản lý, sử dụng chung hạ tầng kỹ thuật viễn thông thụ động\n\n"
         "**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\n\n"
         "Quy định này quy định việc quản lý, sử dụng chung hạ tầng kỹ thuật viễn thông thụ động.\n\n"
         "**Chương II**\n\n**TỔ CHỨC THỰC HIỆN**\n\n"
         "**Điều 2. Trách nhiệm của Sở Xây dựng**\n\n"
         "1. Cấp phép xây dựng công trình viễn thông thuộc thẩm quyền theo quy định của pháp luật.\n\n")


@pytest.mark.parametrize("block, expected", [
    # 72f18ee0: the items' subjects restate "tổ chức, cá nhân"
    ("**Điều 3. Trách nhiệm của tổ chức, cá nhân khác**\n\n"
     "1. Các tổ chức, cá nhân tham gia xây dựng, quản lý, sử dụng chung hạ tầng kỹ thuật viễn thông thụ động phải "
     "tuân thủ quy định pháp luật và Quy định này.\n\n"
     "2. Các tổ chức, cá nhân là chủ sở hữu công trình hạ tầng kỹ thuật có trách nhiệm phối hợp, tạo điều kiện cho "
     "doanh nghiệp viễn thông trong khảo sát, xây dựng.\n",
     [("Sở Xây dựng", "Cấp phép xây dựng"), ("Tổ chức, cá nhân khác", "xây dựng, quản lý,"),
      ("Tổ chức, cá nhân khác", "có trách nhiệm phối")]),
])
def test_item_restating_its_heading_keeps_the_heading_agency(block: str, expected: list[tuple[str, str]]) -> None:
    document = process_text(_HEAD + block)
    got = [(a.agency, " ".join(a.text.split()[:4])) for a in document.assignments]
    assert got == expected
    assert all(a.agency_text == "tổ chức, cá nhân khác" for a in document.assignments[1:])
