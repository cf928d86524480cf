"""Sections of a decision that publishes a list of procedures (round 56, helper B; ANNOTATION P1). Table-driven: the
decision's articles stay its top-level sections when the published list after its closing has lettered parts of its
own ("A. DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH") and its title's line carries the "(Kèm theo Quyết định số …)" —
before, the list's "A." outranked the articles and the whole page became one preamble, so the articles' agency
blocks (SPEC §6) were read only in part.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

# dc1e1584661e6162 (a province's decision publishing a list of procedures)
_DECISION = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\nSố: 3771/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nBan hành danh mục thủ tục hành chính lĩnh "
             "vực giáo dục\n\nQUYẾT ĐỊNH:\n\n"
             "**Điều 1. **Ban hành kèm theo Quyết định này Danh mục 82 thủ tục hành chính.\n"
             "**Điều 2. Trách nhiệm của Sở\nGiáo dục và Đào tạo; Uỷ ban nhân dân các xã, phường**\n"
             "1. Trách nhiệm của Sở Giáo dục\nvà Đào tạo\n"
             "a) Tổ chức triển khai thực hiện danh mục thủ tục hành chính;\n"
             "b) Rà soát, đánh giá điều kiện thực hiện tiếp nhận hồ sơ.\n"
             "2. Trách nhiệm của Ủy ban nhân\ndân các xã, phường\n"
             "a) Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính.\n"
             "**Điều 3. Hiệu lực thi hành**\nQuyết định này có hiệu lực thi hành kể từ ngày ký.\n"
             "|\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n|\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n|\n")

_LIST = ("**DANH MỤC **\nTHỦ\nTỤC HÀNH CHÍNH LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH NGHỆ AN\n"
         "*(Kèm theo Quyết định số 3771/QĐ-UBND ngày 19 tháng 11 năm 2025 của Chủ tịch\nUBND tỉnh Nghệ An)*\n"
         "**A. DANH MỤC THỦ TỤC HÀNH\nCHÍNH CẤP TỈNH**\n|\n**TT**\n|\n**Tên thủ tục hành chính**\n|\n|\n1\n|\n"
         "Cho phép thành lập cơ sở giáo dục mầm non\n|\n")


@pytest.mark.parametrize("text, kinds, tasks", [
    (_DECISION + _LIST,
     [("preamble", None), ("other", "1"), ("implementation", "2"), ("other", "3"), ("closing", None), ("other", None)],
     [("Sở Giáo dục và Đào tạo", "Tổ chức triển khai thực hiện danh mục thủ tục hành chính"),
      ("Sở Giáo dục và Đào tạo", "Rà soát, đánh giá điều kiện thực hiện tiếp nhận hồ sơ"),
      ("Ủy ban nhân dân các xã, phường", "Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính")]),
])
def test_published_list_does_not_outrank_the_articles(text: str, kinds: list[tuple[str, str | None]],
                                                       tasks: list[tuple[str, str]]) -> None:
    document = process_text(text)
    assert [(s.kind, s.number) for s in document.sections] == kinds
    assert [(a.agency, a.task) for a in document.assignments] == tasks
