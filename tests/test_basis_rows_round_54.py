"""A "Căn cứ pháp lý" column's last row run on into the next table (round 54; SPEC §4 relation, the basis column
convention of round 45): a converted page left no empty cell between the row and the next table's heading and
header, so the row is longer than the header; its first cells are still the row. One document (741f24db, a TTHC
decision: 5 citations of its row 7)."""

from __future__ import annotations

from kehoach_nlp.pipeline import extract_text


_BASIS_TABLE = (
    "**A. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI**\n|\nSố TT\n|\nTên thủ tục hành chính\n|\nPhí, lệ phí\n|\n"
    "Căn cứ pháp lý\n|\n|\n1\n|\nCấp bản sao từ sổ gốc\n|\nKhông\n|\n- Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 "
    "của Chính phủ về cấp bản sao.\n|\n|\n2\n|\nChứng thực chữ ký\n|\n10.000 đồng\n|\n- Nghị định số 07/2025/NĐ-CP "
    "ngày 09/01/2025 của Chính phủ.\n|\n**B. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ**\n|\nSTT\n|\nTên thủ tục hành "
    "chính\n|\nTên văn bản quy định việc bãi bỏ\n|\n|\n1\n|\nChứng thực văn bản khai nhận di sản\n|\nNghị định số "
    "280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ\n|\n|\n")


def test_a_basis_row_run_on_into_the_next_table() -> None:
    """741f24db: the last row of a "Căn cứ pháp lý" column has no empty cell before the next table's heading."""
    found = {c.text: c.relation for c in extract_text(_BASIS_TABLE).citations}
    assert found == {"Nghị định số 23/2015/NĐ-CP": "basis", "Nghị định số 07/2025/NĐ-CP": "basis",
                     "Nghị định số 280/2025/NĐ-CP": "refers"}
