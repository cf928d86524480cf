"""Assignments read from unseen formal pages (round 55; SPEC §6: one record per task given to one agency, a subject
list gives every body in it the task; agency names as written, gold/ANNOTATION.md). Table-driven: a decision's or a
plan's implementation item → (agency, task) records.

- "cơ quan" right before a capitalised body's name is part of the name ("Cơ quan Thuế tỉnh", "cơ quan Hải quan"), so
  a subject list that holds such a name reads on past it ("Sở Tài chính, Cơ quan Thuế tỉnh, Kho bạc Nhà nước và …").
- A block heading that is a clause ("1. Quỹ … tài trợ cho hoạt động, …, không nằm trong kế hoạch của các sở, ngành và
  UBND các cấp, bao gồm:") names the body that opens it, not the clause nor what the clause names after "và".
- "N. Giao [Giám đốc] Sở X" over bullets, the colon left out, is a block heading as "N. Giao Sở X:" is.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.pipeline import process_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUYẾT ĐỊNH\n\n**Điều 1.** Ban hành bảng giá tính thuế tài nguyên.\n\n"
         "**Điều 2. Tổ chức thực hiện**\n\n")

_TAX_TASK = "căn cứ chức năng nhiệm vụ để phối hợp thực hiện quản lý thuế tài nguyên theo quy định"
_LIST_ITEM = ("3. Sở Nông nghiệp và Môi trường, Sở Tài chính, Cơ quan Thuế tỉnh, Kho bạc Nhà nước và Ủy ban nhân dân "
              f"các xã, phường {_TAX_TASK}.")


@pytest.mark.parametrize("item, expected", [
    # f1526a5a (a provincial decision on resource-tax prices): the list's third body is "Cơ quan Thuế tỉnh"
    (_LIST_ITEM,
     [("Sở Nông nghiệp và Môi trường", _TAX_TASK), ("Sở Tài chính", _TAX_TASK), ("Cơ quan Thuế tỉnh", _TAX_TASK),
      ("Kho bạc Nhà nước", _TAX_TASK), ("Ủy ban nhân dân các xã, phường", _TAX_TASK)]),
    # … the list wrapped inside the name, as the converted page has it
    (_LIST_ITEM.replace("Cơ quan Thuế", "Cơ\nquan Thuế"),
     [("Sở Nông nghiệp và Môi trường", _TAX_TASK), ("Sở Tài chính", _TAX_TASK), ("Cơ quan Thuế tỉnh", _TAX_TASK),
      ("Kho bạc Nhà nước", _TAX_TASK), ("Ủy ban nhân dân các xã, phường", _TAX_TASK)]),
    # the same body alone, named as written
    ("2. Cơ quan Thuế tỉnh hướng dẫn người nộp thuế thực hiện đăng ký, kê khai và nộp thuế.",
     [("Cơ quan Thuế tỉnh", "hướng dẫn người nộp thuế thực hiện đăng ký, kê khai và nộp thuế")]),
])
def test_kind_word_before_a_body_is_part_of_its_name(item: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_HEAD + item + "\n").assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == expected


@pytest.mark.parametrize("text, expected", [
    # the dev gold writes these as the text does ("cơ quan Hải quan", "Cơ quan Kiểm lâm", "cơ quan Thi hành án");
    # after a plural word the kind stays out ("các cơ quan Công an": every police body, the group rule's business)
    ("Sở Tài chính, cơ quan Hải quan và Công an tỉnh phối hợp kiểm tra; các cơ quan Công an bảo đảm an ninh.",
     ["Sở Tài chính", "Cơ quan Hải quan", "Công an tỉnh", "Công an"]),
    ("Sở Tư pháp, Cơ quan Thi hành án dân sự tỉnh phối hợp thực hiện.",
     ["Sở Tư pháp", "Cơ quan Thi hành án dân sự tỉnh"]),
])
def test_kind_word_names(text: str, expected: list[str]) -> None:
    assert [m.canonical for m in find_agencies(text)] == expected


_CHARTER = ("ỦY BAN NHÂN DÂN TỈNH X\n\nĐIỀU LỆ\n\nTổ chức và hoạt động của Quỹ\n\n**Điều 14. Tài trợ và đồng tài "
            "trợ**\n\n")
_ITEMS = ("\n\na) Tuyên truyền, giáo dục nâng cao nhận thức môi trường cho cộng đồng.\n\n"
          "b) Xây dựng, thử nghiệm, phổ biến và nhân rộng các mô hình bảo vệ môi trường.\n")
_ITEM_TASKS = ["Tuyên truyền, giáo dục nâng cao nhận thức môi trường cho cộng đồng",
               "Xây dựng, thử nghiệm, phổ biến và nhân rộng các mô hình bảo vệ môi trường"]


@pytest.mark.parametrize("heading, agency", [
    # 1f9faa03 (a province's charter of its environment-protection fund): the clause after the fund runs to "và UBND
    # các cấp, bao gồm:" — no body "Quỹ … tài trợ cho …" and no "Ủy ban nhân dân các cấp, bao gồm"
    ("1. Quỹ Bảo vệ môi trường tài trợ\ncho hoạt động, nhiệm vụ bảo vệ môi trường cần thiết, đột xuất, có ý nghĩa quan"
     "\ntrọng đối với sự nghiệp bảo vệ môi trường và phát triển bền vững của tỉnh Quảng\nTrị, không nằm trong kế hoạch "
     "của các sở, ngành và UBND các cấp, bao gồm:", "Quỹ Bảo vệ môi trường"),
    # … any body the heading opens with (here one the gazetteer does not hold)
    ("1. Quỹ Đầu tư phát triển tỉnh tài trợ cho hoạt động, nhiệm vụ bảo vệ môi trường cần thiết, đột xuất, không "
     "nằm trong kế hoạch của các sở, ngành và UBND các cấp, bao gồm:", "Quỹ Đầu tư phát triển tỉnh"),
    ("1. Ban Quản lý dự án đầu tư xây dựng tỉnh tài trợ cho hoạt động, nhiệm vụ bảo vệ môi trường cần thiết, đột "
     "xuất, không nằm trong kế hoạch của các sở, ngành và UBND các cấp, bao gồm:",
     "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
])
def test_clause_heading_names_its_first_body(heading: str, agency: str) -> None:
    records = process_text(_CHARTER + heading + _ITEMS).assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == [(agency, task) for task in _ITEM_TASKS]


_TTHC = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUYẾT ĐỊNH\n\n**Điều 1.** Công bố danh mục thủ tục hành chính.\n\n"
         "**Điều 2.** Tổ chức thực hiện\n")
_UPDATE = "Cập nhật công khai đầy đủ danh mục thủ tục hành chính trên Cơ sở dữ liệu quốc gia"
_LEAD = "Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh bổ sung vào Danh mục thủ tục hành chính"


@pytest.mark.parametrize("heading", [
    # 741f24db (a decision publishing administrative procedures): "1. Giao Giám đốc Sở Tư pháp" over two bullets
    "1. Giao Giám đốc Sở Tư pháp",
    "1. Giao Sở Tư pháp",
])
def test_assigning_heading_without_its_colon(heading: str) -> None:
    records = process_text(f"{_TTHC}{heading}\n- {_UPDATE}.\n- {_LEAD}.\n").assignments
    assert [(a.agency, a.role, " ".join(a.task.split())) for a in records] == [
        ("Sở Tư pháp", "responsible", _UPDATE), ("Sở Tư pháp", "lead", _LEAD)]


@pytest.mark.parametrize("item", [
    # 741f24db: the partner named by its head's title, which keeps the body's head word ("Chánh Văn phòng …")
    "1. Sở Tư pháp chủ trì, phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh bổ sung vào Danh mục thủ tục hành chính.",
    "1. Sở Tư pháp:\n- Chủ trì, phối hợp với Chánh Văn\nphòng Ủy ban nhân dân tỉnh bổ sung vào Danh mục thủ tục hành chính.",
])
def test_partner_named_by_a_title_that_keeps_its_head(item: str) -> None:
    records = process_text(_TTHC + item + "\n").assignments
    assert [(a.agency, a.role, a.partners) for a in records] == [("Sở Tư pháp", "lead", ["Văn phòng Ủy ban nhân dân tỉnh"])]


_HCC = ("Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công cấp xã")
_RECEIVE = "tổ chức thực hiện việc tiếp nhận, trả kết quả giải quyết thủ tục hành chính không phụ thuộc vào địa giới"


@pytest.mark.parametrize("item, expected", [
    # f08ec790 (a decision on procedures done regardless of the commune): the date the duty starts from, then a list
    ("4. Từ ngày 01 tháng 12 năm 2025, Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công cấp "
     f"xã {_RECEIVE}.", [(body, _RECEIVE) for body in _HCC]),
    ("4. Từ ngày 01/12/2025, Trung tâm Phục vụ hành chính công tỉnh {0}.".format(_RECEIVE), [(_HCC[0], _RECEIVE)]),
])
def test_start_date_before_the_subject(item: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_TTHC + item + "\n").assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == expected


_RESOLUTION = ("BỘ CHÍNH TRỊ\n\nNGHỊ QUYẾT\n\nvề đột phá phát triển giáo dục và đào tạo\n\n**III- NHIỆM VỤ, GIẢI PHÁP**\n\n")


@pytest.mark.parametrize("item, expected", [
    # 266c58c9 (a Politburo resolution): society as a whole is no body, the body in the next item is
    ("1. Toàn xã hội có trách nhiệm chăm lo, tham gia đóng góp nguồn lực cho giáo dục.\n"
     "2. Ban Tuyên giáo và Dân vận Trung ương có trách nhiệm tổ chức quán triệt Nghị quyết.",
     [("Ban Tuyên giáo và Dân vận Trung ương", "có trách nhiệm tổ chức quán triệt Nghị quyết")]),
])
def test_society_is_no_body(item: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_RESOLUTION + item + "\n").assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == expected


@pytest.mark.parametrize("text, expected", [
    # cc128dac (a treasury's units, listed): a department's second name part after the dash may read as a verb
    ("e) Phòng Thanh tra - Kiểm tra;", ["Phòng Thanh tra - Kiểm tra"]),
    ("- Phòng Thanh tra - Kiểm tra.", ["Phòng Thanh tra - Kiểm tra"]),
])
def test_dash_name_part_that_reads_as_a_verb(text: str, expected: list[str]) -> None:
    assert [m.canonical for m in find_agencies(text)] == expected


def test_list_of_units_gives_no_task() -> None:
    units = ("1. Cơ cấu tổ chức gồm:\n\na) Phòng Nghiệp vụ 1;\n\nb) Phòng Thanh tra - Kiểm tra;\n\n"
             "c) Phòng Tài vụ - Quản trị;\n")
    assert process_text(_HEAD + units).assignments == []


_CONCLUSION = ("BỘ CHÍNH TRỊ\n\nKẾT LUẬN\n\nvề phương án nhân sự\n\n4. Tổ chức thực hiện\n\n")
_APPOINT = "căn cứ thông báo của cấp uỷ có thẩm quyền quản lý cán bộ, tiến hành chỉ định nhân sự"


@pytest.mark.parametrize("item, expected", [
    # b0ec23bd (a page quoting Kết luận 150-KL/TW; the dev gold of 07af42cd has the same passage so): the standing
    # committees of the councils, written in lower case, are the third body of the list
    ("(1) Khi thành lập mới đơn vị hành chính cấp xã thì không bầu cử các chức danh, mà giao Ủy ban Thường vụ Quốc "
     f"hội, Thủ tướng Chính phủ, thường trực hội đồng nhân dân cấp tỉnh, cấp xã {_APPOINT}.",
     [("Ủy ban Thường vụ Quốc hội", _APPOINT), ("Thủ tướng Chính phủ", _APPOINT),
      ("Thường trực Hội đồng nhân dân cấp tỉnh, cấp xã", _APPOINT)]),
])
def test_standing_committee_written_in_lower_case(item: str, expected: list[tuple[str, str]]) -> None:
    records = process_text(_CONCLUSION + item + "\n").assignments
    assert [(a.agency, " ".join(a.task.split())) for a in records] == expected


@pytest.mark.parametrize("item", [
    # (f1526a5a's class, any name the gazetteer does not know): a subject list the chain cannot read gave its first
    # body the rest of the list as a task (", Bộ đội Biên phòng, Cảng vụ hàng hải và Công an tỉnh phối hợp …")
    "1. Sở Y tế, Bộ đội Biên phòng, Cảng vụ hàng hải và Công an tỉnh phối hợp với Công ty Tân Cảng khi bố trí lực "
    "lượng.",
])
def test_no_task_that_is_the_rest_of_a_subject_list(item: str) -> None:
    records = process_text(_HEAD + item + "\n").assignments
    assert [a.task for a in records if a.task.lstrip()[:1] in ",;" or "Bộ đội Biên phòng" in a.task] == []
