"""Round 55 (backlog of round 54): the procedure lists a decision publishes open an annex after the signature (SPEC §3).

* "**DANH MỤC **" alone on its line over the list's title in capitals ("THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH VÀ BỊ BÃI BỎ
  …"): eight pool pages (04e4130eb91f3242, 4bda44e45e4f1633, cd5874640909d75c, d5015b24faef2597 …) left it in the
  closing, since a title word needed its words on the same line.
* The list's own title right after the signature ("THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC …"; pool
  266dbea1c7803ae9, aab8ca5824139565) opens the first annex; inside an annex the same words title its parts, and
  "THỦ TỤC HÀNH CHÍNH CẤP TỈNH" (a group row) opens nothing.
"""

from __future__ import annotations

from kehoach_nlp.pipeline import extract_text

_DECISION = ("**ỦY BAN NHÂN DÂN**\n**TỈNH PHÚ THỌ**\n\n**QUYẾT ĐỊNH**\n\n**QUYẾT ĐỊNH:**\n\n"
             "**Điều 1.** Công bố kèm theo Quyết định này Danh mục 16 thủ tục hành chính mới ban hành.\n\n"
             "**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
             "**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n\n"
             "|\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, HCC.\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n|\n"
             "{annex}")

_LONE = ("**DANH MỤC **\nTHỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH VÀ BỊ BÃI BỎ TRONG LĨNH VỰC\n"
         "HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CẤP TỈNH\n"
         "*(Kèm theo Quyết định số 1805/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)*\n"
         "|\n**TT**\n|\n**Tên TTHC**\n|\n1\n|\nThủ tục xét tặng giải thưởng\n")

_OWN_TITLE = ("**THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG\nTRONG LĨNH VỰC XUẤT NHẬP KHẨU THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ**\n\n"
              "*(kèm theo Quyết định số 3361/QĐ-BCT ngày 18 tháng 11 năm 2025)*\n\n"
              "**THỦ TỤC HÀNH CHÍNH CẤP TRUNG ƯƠNG**\n\n|\n**STT**\n|\n**Tên thủ tục**\n|\n1\n|\nCấp giấy phép\n\n"
              "**THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ**\n\n|\n1\n|\nCấp chứng nhận\n")


def _annexes(annex: str) -> list[tuple[str, str]]:
    text = _DECISION.format(annex=annex)
    found = []
    for section in extract_text(text).sections:
        if section.kind == "other" and section.number is None:
            found.append((section.heading or "", text[section.start:section.end].split("\n", 1)[0]))
    return found


def test_a_title_word_alone_over_its_title_opens_the_annex() -> None:
    assert _annexes(_LONE) == [("DANH MỤC", "DANH MỤC **")]


def test_the_published_procedures_title_opens_the_first_annex_only() -> None:
    annexes = _annexes(_OWN_TITLE)
    assert len(annexes) == 1
    assert annexes[0][0].startswith("THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG")
