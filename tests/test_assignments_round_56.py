"""Assignments read from unseen formal pages (round 56; SPEC §6: in an implementation article each numbered agency
block gives one task per item). Table-driven: a provincial decision's article over agency blocks, then the list of
administrative procedures it publishes → (agency, task) records.

- A published procedures list ("DANH MỤC" ⏎ "THỦ TỤC HÀNH CHÍNH …" ⏎ "(Kèm theo Quyết định số …)") is no attached
  document even when the wrap cuts its title's words ("THỦ TỤC HÀNH" ⏎ "CHÍNH THỰC HIỆN …") or the title writes them
  as "TTHC": the decision's articles stay its sections, so every item of an agency block is a task of that agency
  (before, the list was read as the attached document, the articles were lost as headings and the block reader kept
  only the items before the first unmarked continuation line).
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_DECISION = """QUYẾT ĐỊNH

BAN HÀNH DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 71 thủ tục hành chính.

**Điều 2. Trách nhiệm của Sở Tài chính; Ủy ban nhân dân các xã, phường**

1. Trách nhiệm của Sở Tài chính
a) Tổ chức triển khai thực hiện danh mục thủ tục hành chính trong phạm vi lĩnh vực quản lý;
b) Rà soát, đánh giá điều kiện thực hiện tiếp nhận và trả kết quả giải quyết thủ tục hành chính;
chủ động đề xuất bổ sung, cập nhật danh mục khi có đủ điều kiện về hạ tầng kỹ thuật;
c) Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng, hoàn thiện quy trình nội bộ;
d) Tổ chức tập huấn, hướng dẫn nghiệp vụ cho công chức tại Bộ phận Một cửa các cấp.
2. Trách nhiệm của Ủy ban nhân dân các xã, phường
a) Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính;
b) Niêm yết công khai, đầy đủ danh mục thủ tục hành chính.

**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

*Nơi nhận:*
- Như Điều 3;
- Lưu: VT.

|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
Nguyễn Văn A
|
**DANH MỤC**
{title}
*(Kèm theo Quyết định số 3851/QĐ-UBND ngày 26 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)*
|
**TT**
|
**Mã số TTHC**
|
**Tên thủ tục hành chính**
|
1
|
1.001
|
Thủ tục cấp giấy phép
|
"""

_FINANCE = [
    ("Sở Tài chính", "responsible", "Tổ chức triển khai thực hiện danh mục thủ tục hành chính trong phạm vi lĩnh vực "
                                    "quản lý"),
    ("Sở Tài chính", "responsible", "Rà soát, đánh giá điều kiện thực hiện tiếp nhận và trả kết quả giải quyết thủ tục "
                                    "hành chính; chủ động đề xuất bổ sung, cập nhật danh mục khi có đủ điều kiện về hạ "
                                    "tầng kỹ thuật"),
    ("Sở Tài chính", "lead", "Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng, hoàn thiện quy trình nội bộ"),
    ("Sở Tài chính", "responsible", "Tổ chức tập huấn, hướng dẫn nghiệp vụ cho công chức tại Bộ phận Một cửa các cấp"),
    ("Ủy ban nhân dân các xã, phường", "responsible", "Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành "
                                                      "chính"),
    ("Ủy ban nhân dân các xã, phường", "responsible", "Niêm yết công khai, đầy đủ danh mục thủ tục hành chính"),
]


@pytest.mark.parametrize("title", [
    # 31ea3f5a (Nghệ An, Sở Tài chính): the wrap cuts "thủ tục hành chính"
    "THỦ TỤC HÀNH\nCHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH",
    # 128b34e0 (Nghệ An, Sở Nội vụ): the abbreviation
    "TTHC THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH",
])
def test_a_published_procedures_list_leaves_the_articles_their_blocks(title: str) -> None:
    doc = process_text(_DECISION.format(title=title))
    block = [(a.agency, a.role, " ".join(a.task.split())) for a in doc.assignments if a.rule == "assignments.block"]
    assert block == _FINANCE
    assert [s.number for s in doc.sections if s.kind == "implementation"] == ["2"]


_MINISTRY = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n-------\nSố: 5042/QĐ-BNNMT\n\nQUYẾT ĐỊNH\n\nVề việc công bố thủ tục hành "
             "chính nội bộ\n\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n**Điều 1.** Công bố kèm theo Quyết định này thủ "
             "tục hành chính nội bộ.\n\n**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\n**Điều 3.** {article}"
             " chịu trách nhiệm thi hành Quyết định này./.\n")


@pytest.mark.parametrize("article, expected", [
    # 1796a553 (a ministry's decision): the office's head named by the title alone heads the ministry's own office
    ("Chánh Văn phòng, Cục trưởng Cục Trồng trọt và Bảo vệ thực vật, Thủ trưởng các Vụ, Cục, đơn vị có liên quan",
     [("Văn phòng Bộ Nông nghiệp và Môi trường", "Văn phòng"),
      ("Cục Trồng trọt và Bảo vệ thực vật", "Cục Trồng trọt và Bảo vệ thực vật"),
      ("Các Vụ, Cục, đơn vị có liên quan", "các Vụ, Cục, đơn vị có liên quan")]),
    # the inspectorate's head alone: one body, not every inspectorate
    ("Chánh Văn phòng, Chánh Thanh tra, Vụ trưởng Vụ Pháp chế",
     [("Văn phòng Bộ Nông nghiệp và Môi trường", "Văn phòng"), ("Thanh tra", "Thanh tra"),
      ("Vụ Pháp chế", "Vụ Pháp chế")]),
])
def test_an_office_head_named_alone_heads_the_issuers_office(article: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_MINISTRY.format(article=article)).assignments
    assert [(a.agency, a.agency_text) for a in records if a.rule == "assignments.execution"] == expected


def test_an_office_head_with_its_office_named_keeps_it() -> None:
    """The guard: "Chánh Văn phòng Bộ" names the office itself, as before."""
    records = process_text(_MINISTRY.format(article="Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế")).assignments
    assert [a.agency for a in records] == ["Văn phòng Bộ Nông nghiệp và Môi trường", "Vụ Pháp chế"]


_LAW = ("QUỐC HỘI\n\nLuật số: 60/2024/QH15\n\n**LUẬT**\n\n**DỮ LIỆU**\n\n**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n"
        "**Điều 1. Phạm vi điều chỉnh**\n\nLuật này quy định về dữ liệu số.\n\n"
        "**Điều 44. Sửa đổi, bổ sung một số điều của các luật có liên quan**\n\n1. Sửa đổi, bổ sung Phụ lục số 01 về "
        "Danh mục phí, lệ phí ban hành kèm theo Luật Phí và lệ phí số 97/2015/QH13 như sau:\n\n"
        "a) Bổ sung số thứ tự 6 vào sau số thứ tự 5 mục IV phần A như sau:\n\n"
        "6 | Phí khai thác và sử dụng thông tin trong Cơ sở dữ liệu tổng hợp quốc gia | Bộ Tài chính |\n\n"
        "**Điều 46. Quy định chuyển tiếp**\n\n"
        "1. Cơ quan quản lý cơ sở dữ liệu quốc gia được tiếp tục sử dụng hệ thống đã đầu tư.\n\n"
        "2. Thủ tướng Chính phủ quy định lộ trình thực hiện việc tiếp nhận cơ sở hạ tầng.\n\n{adoption}\n")


@pytest.mark.parametrize("adoption", [
    # 012b8a72 (Luật Dữ liệu): the adoption line under the last article
    "*Luật này được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá XV, kỳ họp thứ 8 thông qua ngày 30 tháng 11 "
    "năm 2024.*",
    # a provincial council's resolution ends the same way
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Phú Thọ khóa XIX, Kỳ họp thứ Mười thông qua ngày 10 tháng 12 năm "
    "2025.",
])
def test_an_adoption_line_is_no_task(adoption: str) -> None:
    records = process_text(_LAW.format(adoption=adoption)).assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == [
        ("Thủ tướng Chính phủ", "quy định lộ trình thực hiện việc tiếp nhận cơ sở hạ tầng")]


_CIRCULAR = ("BỘ CÔNG THƯƠNG\n\nTHÔNG TƯ\n\nQuy định phương pháp xác định khung giá phát điện\n\n**Chương I**\n\n"
             "**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\n\nThông tư này quy định khung giá phát điện.\n\n"
             "**Điều 10. Hồ sơ, trình tự, thủ tục phê duyệt khung giá phát điện**\n\n{item}\n")
_EVN = "Tập đoàn Điện lực Việt Nam"


@pytest.mark.parametrize("item, expected", [
    # 087cf37a (a ministry's consolidated circular): a deadline date before the subject, no comma after it
    ("2. Trước ngày 01 tháng 11 hằng năm Tập đoàn Điện lực Việt Nam có trách nhiệm:\n\na) Đề xuất Bộ thông số tính "
     "toán khung giá phát điện cho các loại hình nhà máy điện;\n\nb) Lập hồ sơ tính toán khung giá phát điện, trình "
     "cơ quan quản lý nhà nước về điện lực thẩm định.",
     [(_EVN, "Đề xuất Bộ thông số tính toán khung giá phát điện cho các loại hình nhà máy điện",
       "Trước ngày 01 tháng 11 hằng năm"),
      (_EVN, "Lập hồ sơ tính toán khung giá phát điện, trình cơ quan quản lý nhà nước về điện lực thẩm định",
       "Trước ngày 01 tháng 11 hằng năm")]),
    # … in one sentence
    ("2. Trước ngày 01 tháng 11 hằng năm Tập đoàn Điện lực Việt Nam có trách nhiệm lập hồ sơ tính toán khung giá phát "
     "điện.",
     [(_EVN, "có trách nhiệm lập hồ sơ tính toán khung giá phát điện", "Trước ngày 01 tháng 11 hằng năm")]),
])
def test_a_deadline_date_before_the_subject_without_its_comma(item: str, expected: list) -> None:
    records = process_text(_CIRCULAR.format(item=item)).assignments
    assert [(a.agency, " ".join(a.task.split()), a.due) for a in records] == expected


_STATE_BODY = "Cơ quan quản lý nhà nước về điện lực tại Bộ Công Thương"


@pytest.mark.parametrize("item, expected", [
    # 087cf37a, Điều 13 (Tổ chức thực hiện): a body named by its function, the ministry it sits in after "tại"
    (f"1. {_STATE_BODY} có trách nhiệm:\n\na) Thẩm định và trình Bộ trưởng Bộ Công Thương phê duyệt khung giá phát "
     "điện;\n\nb) Thẩm định và trình Bộ trưởng Bộ Công Thương phê duyệt khung giá nhập khẩu điện.",
     [(_STATE_BODY, "Thẩm định và trình Bộ trưởng Bộ Công Thương phê duyệt khung giá phát điện"),
      (_STATE_BODY, "Thẩm định và trình Bộ trưởng Bộ Công Thương phê duyệt khung giá nhập khẩu điện")]),
    # … after a fronted time frame, in one sentence (087cf37a, Điều 10 khoản 4)
    ("4. Trong thời hạn 25 ngày kể từ ngày nhận được hồ sơ hợp lệ, cơ quan quản lý nhà nước về điện lực tại Bộ Công "
     "Thương có trách nhiệm thẩm định khung giá phát điện.",
     [("cơ quan quản lý nhà nước về điện lực tại Bộ Công Thương",
       "có trách nhiệm thẩm định khung giá phát điện")]),
])
def test_a_body_after_tai_completes_the_duty_subject(item: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_CIRCULAR.format(item=item)).assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == expected


def test_an_item_wrapped_hard_in_mid_clause_is_one_task() -> None:
    """087cf37a: "a) Thẩm định và trình" ⏎ "Bộ trưởng Bộ Công Thương phê duyệt …;" — the item's line breaks before a
    capitalised title with nothing closing the clause; the next line is the item's, not a task of its own (items
    parted by blank lines)."""
    item = ("1. Chủ đầu tư có trách nhiệm:\n\na) Lập hồ sơ và trình\nBộ trưởng Bộ Công Thương phê duyệt khung giá "
            "phát điện;\n\nb) Lập hồ sơ và trình\nBộ trưởng Bộ Công Thương phê duyệt khung giá nhập khẩu điện.")
    records = process_text(_CIRCULAR.format(item=item)).assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == [
        ("Chủ đầu tư", "Lập hồ sơ và trình Bộ trưởng Bộ Công Thương phê duyệt khung giá phát điện"),
        ("Chủ đầu tư", "Lập hồ sơ và trình Bộ trưởng Bộ Công Thương phê duyệt khung giá nhập khẩu điện")]


def test_a_paragraph_between_items_stays_a_task() -> None:
    """The guard: an unmarked line after an item closed by ";" is a paragraph of the list, a task of its own."""
    item = ("2. Tập đoàn Điện lực Việt Nam có trách nhiệm:\n- Lập hồ sơ tính toán khung giá phát điện;\n"
            "Chủ động rà soát các thông số tính toán hằng năm;\n- Báo cáo Bộ Công Thương kết quả thực hiện.")
    records = process_text(_CIRCULAR.format(item=item)).assignments
    assert [" ".join(a.task.split()) for a in records] == [
        "Lập hồ sơ tính toán khung giá phát điện", "Chủ động rà soát các thông số tính toán hằng năm",
        "Báo cáo Bộ Công Thương kết quả thực hiện"]


def test_an_office_heads_title_wrapped_after_its_first_word() -> None:
    """046d4a5b (a ministry's decision): "**Điều 3. **Chánh" ⏎ "Văn phòng, Vụ trưởng Vụ …" — the wrap cuts the title
    after "Chánh", whose office follows on the next line; the office is the first body of the closing list."""
    article = ("Chánh\nVăn phòng, Vụ trưởng Vụ Pháp chế và\nThủ trưởng các cơ quan, đơn vị có liên quan")
    records = process_text(_MINISTRY.format(article=article)).assignments
    assert [(a.agency, a.agency_text) for a in records] == [
        ("Văn phòng Bộ Nông nghiệp và Môi trường", "Văn phòng"), ("Vụ Pháp chế", "Vụ Pháp chế"),
        ("các cơ quan, đơn vị có liên quan", "các cơ quan, đơn vị có liên quan")]
