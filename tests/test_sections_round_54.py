"""Round 54: a division's word and its number parted by a line break inside bold (SPEC §3; SPEC's Markdown paragraph:
the structure found on a plain-text plan is found on the same plan as Markdown).

* "**Phần" ⏎ "I. DANH MỤC THỦ TỤC HÀNH CHÍNH**", "**PHẦN" ⏎ "II. NỘI DUNG …**": the part's word goes on with its Roman
  number, as "**Điều" ⏎ "4. …" goes on with its digits; an annex's parts are not read as Roman headings that drop the
  decision's articles.
* "… theo đúng quy định." ⏎ "**Điều" ⏎ "4. Hiệu lực thi hành**" after an item whose bold run was left open
  ("2.** **Các cơ quan …"): a bold run opening a line before a division's word and its number opens a heading and
  closes no span from the lines above, so the article stays a line of its own (not item 4 of the article before).
"""

import pytest

from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.text import normalize

_HEAD = ("**ỦY BAN NHÂN DÂN**\n**THÀNH PHỐ CẦN THƠ**\n\n**QUYẾT ĐỊNH**\n\n"
         "*Xét đề nghị của Giám đốc Sở Dân tộc và Tôn giáo,*\n\n**QUYẾT ĐỊNH:**\n\n")

_ANNEXED = (_HEAD
            + "**Điều 1. **Công\nbố kèm theo Quyết định này thủ tục hành chính nội bộ lĩnh vực công tác dân tộc.\n\n"
            "**Điều 2. **Quyết\nđịnh này có hiệu lực thi hành kể từ ngày ký.\n\n"
            "**Điều 3. **Chánh\nVăn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Dân tộc và Tôn giáo chịu trách nhiệm"
            " thi hành Quyết định này./.\n\n"
            "*Nơi nhận:*\n- Như Điều 3;\n- Lưu: VT.\n\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n\n"
            "**THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC CÔNG TÁC DÂN TỘC**\n\n"
            "*(Kèm theo Quyết định số 2665/QĐ-UBND ngày 26 tháng 11 năm 2025)*\n\n"
            "**{word}\nI. DANH MỤC THỦ TỤC HÀNH CHÍNH**\n\n1. Phê duyệt danh sách các dân tộc.\n\n"
            "**{word}\nII. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH**\n\n1. Trình tự thực hiện.\n")

_ITEM_LINE = ("Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định căn cứ các nội\n"
              "dung quy định tại Quyết định này và các quy định pháp luật có liên quan thực hiện\n"
              "việc ghi sổ sách kế toán, theo dõi và quản lý tài sản theo đúng quy định.\n")

_OPEN_ITEM = (_HEAD
              + "**Điều\n1. Phạm vi điều chỉnh**\nQuyết định này quy định danh mục tài sản cố định đặc thù.\n"
              "**Điều\n2. Tổ chức thực hiện**\n"
              "1.** **Các cơ quan, tổ chức, đơn vị theo dõi, rà soát, cập nhật danh mục tài sản cố định đặc thù.\n"
              "2.** **" + _ITEM_LINE
              + "{article4}\n1. Quyết định này có hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025.\n"
              "**Điều\n4. Trách nhiệm thi hành**\nChánh Văn phòng Ủy ban nhân dân thành phố chịu trách nhiệm thi hành"
              " Quyết định này./.\n")


def _top(text: str) -> list[str | None]:
    return [s.number for s in extract_text(text).sections if s.number]


@pytest.mark.parametrize("word", ["Phần", "PHẦN"])
def test_a_parts_word_goes_on_with_its_roman_number(word: str) -> None:
    text = normalize(_ANNEXED.format(word=word)).text
    assert f"{word} I. DANH MỤC THỦ TỤC HÀNH CHÍNH" in text
    assert f"{word} II. NỘI DUNG CỤ THỂ" in text


@pytest.mark.parametrize("word", ["Phần", "PHẦN"])
def test_an_annexs_parts_keep_the_decisions_articles(word: str) -> None:
    assert _top(_ANNEXED.format(word=word)) == ["1", "2", "3"]


@pytest.mark.parametrize("article4, title", [
    ("**Điều\n3. Hiệu lực thi hành**", "Hiệu lực thi hành"),       # the number on the next line
    ("**Điều 3. Hiệu lực thi hành**", "Hiệu lực thi hành"),        # on the same line
    ("**ĐIỀU\n3. HIỆU LỰC THI HÀNH**", "HIỆU LỰC THI HÀNH"),
])
def test_an_article_after_an_open_bold_item_is_a_top_level_section(article4: str, title: str) -> None:
    markdown = _OPEN_ITEM.format(article4=article4)
    sections = [s for s in extract_text(markdown).sections if s.number]
    assert [(s.number, s.level) for s in sections] == [("1", 1), ("2", 1), ("3", 1), ("4", 1)]
    assert sections[2].heading == title
    assert [c.number for c in sections[1].children] == ["1", "2"]


def test_the_same_articles_as_in_plain_text() -> None:
    markdown = _OPEN_ITEM.format(article4="**Điều\n3. Hiệu lực thi hành**")
    plain = markdown.replace("**", "").replace("Điều\n", "Điều ")
    assert [(s.number, s.heading) for s in extract_text(markdown).sections if s.number] \
        == [(s.number, s.heading) for s in extract_text(plain).sections if s.number]


@pytest.mark.parametrize("word", ["Phần", "PHẦN"])
def test_an_internal_procedures_title_after_the_closing_opens_an_annex(word: str) -> None:
    """ "THỦ TỤC HÀNH CHÍNH NỘI BỘ …" ⏎ "(Kèm theo Quyết định …)": what the decision publishes, as "QUY TRÌNH NỘI BỘ …"."""
    sections = extract_text(_ANNEXED.format(word=word)).sections
    assert [(s.kind, s.number) for s in sections[-2:]] == [("closing", None), ("other", None)]
    assert sections[-1].heading == "THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC CÔNG TÁC DÂN TỘC"
