"""Citations, round 54 (SPEC §4): a written issuer in lower case, ``công bố`` opening a title, a procedure's legal
basis by its label. Table-driven: a text → the fields."""

from __future__ import annotations

import pytest

from kehoach_nlp.citations import find_citations
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.text import normalize

FORMAL_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nThực hiện công tác năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
               "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")


def _fields(text: str, *names: str) -> list[tuple]:
    return [tuple([" ".join(c.text.split())] + [getattr(c, n) for n in names])
            for c in find_citations(parse_structure(normalize(FORMAL_HEAD + text).text))]


@pytest.mark.parametrize("text, expected", [
    # cd648cfa: a source lower-cased whole; the body's head in any case is the body
    ("- Nghị định số 239/2025/NĐ-CP ngày 03/9/2025 sửa đổi, bổ sung một số điều của nghị định số 31/2021/NĐ-CP "
     "ngày 26 tháng 3 năm 2021 của chính phủ quy định chi tiết luật đầu tư;\n",
     [("Nghị định số 239/2025/NĐ-CP", "Chính phủ"), ("nghị định số 31/2021/NĐ-CP", "Chính phủ")]),
    # pool 01e90c7a, ac60d989: a question word or a place is no issuing body: the sign decides
    ("Vậy Nghị định 168/2024/NĐ-CP do ai ban hành?\n", [("Nghị định 168/2024/NĐ-CP", "Chính phủ")]),
    ("Link thi trực tuyến Tìm hiểu về Nghị quyết 57-NQ/TW của tỉnh Tuyên Quang ở đâu?\n",
     [("Nghị quyết 57-NQ/TW", "Trung ương Đảng")]),
    # 741f24db: "công bố" opens the title, the issuer ends before it
    ("- Bãi bỏ Quyết định số 1374/QĐ-UBND ngày 30 tháng 6 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh "
     "mục thủ tục hành chính được sửa đổi, bổ sung;\n",
     [("Quyết định số 1374/QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh")]),
])
def test_written_issuer(text: str, expected: list[tuple]) -> None:
    assert _fields(text, "issuer") == expected


def test_a_title_opened_by_cong_bo() -> None:
    found = _fields("- Bãi bỏ Quyết định số 1374/QĐ-UBND ngày 30/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố "
                    "danh mục thủ tục hành chính lĩnh vực chứng thực;\n", "title", "relation")
    assert found == [("Quyết định số 1374/QĐ-UBND", "công bố danh mục thủ tục hành chính lĩnh vực chứng thực",
                      "repeals")]


@pytest.mark.parametrize("text, expected", [
    # 4c6ac60a (twice): a procedure's legal basis under its label, no colon
    ("l) Căn cứ pháp lý của thủ tục hành chính\n\nNghị định số 272/2025/NĐ-CP ngày 16/10/2025 của Chính phủ về "
     "phân định vùng dân tộc thiểu số và miền núi.\n",
     [("Nghị định số 272/2025/NĐ-CP", "basis")]),
    ("Căn cứ pháp lý: Nghị định số 255/2025/NĐ-CP ngày 29/9/2025 của Chính phủ.\n",
     [("Nghị định số 255/2025/NĐ-CP", "basis")]),
])
def test_a_legal_basis_label(text: str, expected: list[tuple]) -> None:
    assert _fields(text, "relation") == expected
