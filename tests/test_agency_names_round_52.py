"""Where an agency's name ends (round 52; SPEC §6: canonical name, abbreviations expanded, scope words kept).
Table-driven: a text → the canonical names find_agencies reads in it, in order.

- A plural list of levels goes on over the words that pick the concerned ones out of it ("Ủy ban nhân dân các
  phường, xã | có liên quan", as the dev gold writes it), but not over a verb's "liên quan đến …".
- A National Assembly committee whose name holds a comma is one body ("Ủy ban Tài chính, Ngân sách").
"""

from __future__ import annotations

import pytest

from kehoach_nlp.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [mention.canonical for mention in find_agencies(text)]


@pytest.mark.parametrize("text, expected", [
    # the concerned ones of a plural list of levels (f004d93b: "UBND các phường, xã có liên quan")
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với UBND các phường, xã có liên quan triển khai.",
     ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân các phường, xã có liên quan"]),
    ("Ủy ban nhân dân các xã, phường liên quan báo cáo kết quả về Sở Tài chính.",
     ["Ủy ban nhân dân các xã, phường liên quan", "Sở Tài chính"]),
    ("Sở Y tế các tỉnh, thành phố có liên quan phối hợp thực hiện.",
     ["Sở Y tế các tỉnh, thành phố có liên quan"]),
    # a committee's name with a comma (ae8d299a: "Ủy ban Tài chính, Ngân sách")
    ("Ủy ban Tài chính, Ngân sách thẩm tra dự án luật.", ["Ủy ban Tài chính, Ngân sách"]),
    ("Giao Ủy ban Tài chính, Ngân sách và Ủy ban Pháp luật chủ trì thẩm tra.",
     ["Ủy ban Tài chính, Ngân sách", "Ủy ban Pháp luật"]),
])
def test_name_boundaries(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guard: "liên quan đến" is a verb with its object, not part of the name
    ("Ủy ban nhân dân các xã liên quan đến dự án báo cáo tiến độ.", ["Ủy ban nhân dân các xã"]),
    # guard: after one level (no plural list) the words stay out of the name
    ("UBND tỉnh có liên quan chỉ đạo thực hiện.", ["Ủy ban nhân dân tỉnh"]),
    # guard: the trailing words a scope list already had are read as before
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện.",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    # guard: a comma between two known bodies still parts them
    ("Bộ Tài chính, Ngân hàng Nhà nước phối hợp thực hiện.", ["Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"]),
    ("Ủy ban Tài chính thẩm tra.", ["Ủy ban Tài chính"]),
])
def test_name_boundary_guards(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
