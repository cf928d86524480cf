"""Shapes found by reading unlabelled pages in round 47: the Prime Minister's dispatches, conclusion notices,
decisions that publish procedures, regulations. Table-driven: the text → the records it gives."""

from __future__ import annotations

from typing import Optional

import pytest

from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.assignments.common import task_due, task_partners
from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.text import normalize

PLAN = "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\nI. MỤC ĐÍCH\nBảo đảm thiết thực.\n**II. TỔ CHỨC THỰC HIỆN**\n\n"


def _citations(text: str) -> list[tuple[str, Optional[str], str]]:
    return [(c.number or c.text, c.issued_on and c.issued_on.isoformat(), c.relation) for c in extract_text(text).citations]


@pytest.mark.parametrize("text, expected", [
    # numbers listed after a numbered citation with no type word of their own share its type; the date is the last's
    ("Tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ, "
     "Bộ Xây dựng đề nghị:",
     [("217/CĐ-TTg", None, "refers"), ("218/CĐ-TTg", None, "refers"), ("222/CĐ-TTg", "2025-11-19", "refers")]),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP, 154/2020/NĐ-CP của Chính phủ;",
     [("30/2020/NĐ-CP", None, "basis"), ("154/2020/NĐ-CP", None, "basis")]),
    ("Thực hiện Kết luận số 187-KL/TW, 188-KL/TW của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch:",
     [("187-KL/TW", None, "implements"), ("188-KL/TW", None, "implements")]),
    # … but a number whose sign names another type ends the list
    ("Căn cứ Quyết định số 12/QĐ-UBND, 45/2020/NĐ-CP;", [("12/QĐ-UBND", None, "basis")]),
    # "Tiếp theo" opening the sentence follows up on a document (refers); "trực tiếp theo" is "under" (implements)
    ("Tiếp theo Công điện số 217/CĐ-TTg ngày 19/11/2025, Thủ tướng Chính phủ yêu cầu:",
     [("217/CĐ-TTg", "2025-11-19", "refers")]),
    ("Đẩy mạnh mua bán điện trực tiếp theo Nghị định số 80/2024/NĐ-CP ngày 03/7/2024 của Chính phủ.",
     [("80/2024/NĐ-CP", "2024-07-03", "implements")]),
    # a document the effect article says ends: repeals (not a time "đến khi … hết hiệu lực", not a site's note)
    ("Quyết định số 2194/QĐ-UBND ngày 26 tháng 6 năm 2025 của Chủ tịch UBND tỉnh hết hiệu lực kể từ ngày Quyết định "
     "này có hiệu lực.", [("2194/QĐ-UBND", "2025-06-26", "repeals")]),
    ("Thông tư này áp dụng đến khi Nghị định số 10/2020/NĐ-CP hết hiệu lực.", [("10/2020/NĐ-CP", None, "refers")]),
    ("Căn cứ Nghị định số 10/2020/NĐ-CP đã hết hiệu lực.", [("10/2020/NĐ-CP", None, "basis")]),
    # the cue reaches past the citing document named first
    ("Tổ chức thực hiện theo Quyết định này và Quyết định số 3740/QĐ-UBND ngày 01/01/2025 của UBND tỉnh.",
     [("3740/QĐ-UBND", "2025-01-01", "implements")]),
])
def test_citation_lists_and_relations(text: str, expected: list[tuple[str, Optional[str], str]]) -> None:
    assert _citations(text) == expected


@pytest.mark.parametrize("text, issuer", [
    # the issuer ends before a comma that opens the citing sentence's own subject and its verb
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 08/01/2025 của UBND tỉnh, Sở Y tế xây dựng kế hoạch như sau:",
     "Ủy ban nhân dân tỉnh"),
    ("Thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ, Thủ tướng Chính phủ yêu cầu:", "Chính phủ"),
    # … and a list of issuers stays whole
    ("Căn cứ Thông tư liên tịch số 01/2020/TTLT-BYT-BTC của Bộ Y tế, Bộ Tài chính hướng dẫn quản lý kinh phí;",
     "Bộ Y tế, Bộ Tài chính"),
    # the issue date written after the issuer is the date, not part of the issuer
    ("Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025 về phát triển các khu công nghiệp.",
     "Tỉnh ủy Lào Cai"),
    # a line break inside a body's name is a wrap of the page
    ("Căn cứ Thông tư số 01/2025/TT-BCT ngày 01/01/2025 của Bộ trưởng Bộ Công\nThương;\nCăn cứ Luật Đất đai;",
     "Bộ trưởng Bộ Công Thương"),
])
def test_written_issuers(text: str, issuer: str) -> None:
    assert extract_text(text).citations[0].issuer == issuer


@pytest.mark.parametrize("task, due", [
    ("hoàn thành trước 17 giờ ngày 27/11/2025", "trước 17 giờ ngày 27/11/2025"),
    ("gửi báo cáo cho Sở Tài chính trước 12 giờ ngày 27 tháng 11 năm 2025", "trước 12 giờ ngày 27 tháng 11 năm 2025"),
    ("báo cáo kết quả trước 19h00’ hằng ngày", "trước 19h00’ hằng ngày"),
    ("báo cáo kết quả trước ngày 25 hằng tháng", "trước ngày 25 hằng tháng"),
    ("gửi báo cáo trước 30/12 hằng năm", "trước 30/12 hằng năm"),
    ("gửi Sở Xây dựng chậm nhất ngày 30 tháng 11 của năm liền kề", "chậm nhất ngày 30 tháng 11"),
    ("Định kỳ hằng năm hoặc đột xuất theo yêu cầu, báo cáo Ủy ban nhân dân tỉnh",
     "Định kỳ hằng năm hoặc đột xuất theo yêu cầu"),
    ("thực hiện kiểm tra định kỳ, hoặc đột xuất về công tác bồi dưỡng", "định kỳ, hoặc đột xuất"),
    ("cập nhật tối thiểu mỗi quý và đột xuất khi có thay đổi về hiện trạng", "tối thiểu mỗi quý và đột xuất khi có thay đổi"),
    # an unplanned check is no frequency of its own
    ("tổ chức kiểm tra đột xuất các cơ sở", None),
])
def test_deadlines_and_frequencies(task: str, due: Optional[str]) -> None:
    assert task_due(task) == due


def _assignments(text: str) -> list[tuple[str, str, Optional[str]]]:
    return [(a.agency, a.task, a.due) for a in extract_text(text).assignments]


@pytest.mark.parametrize("text, expected", [
    # a bold deadline and the closing "./." of the document: the due is read, the task ends before the mark
    (PLAN + "1. Sở Xây dựng chỉ đạo lực lượng chức năng bảo đảm giao thông, hoàn thành **trước 17 giờ ngày "
            "27/11/2025**.\n\n2. Công an tỉnh hỗ trợ người dân khi có yêu cầu của địa phương./.\n",
     [("Sở Xây dựng", "chỉ đạo lực lượng chức năng bảo đảm giao thông, hoàn thành **trước 17 giờ ngày 27/11/2025",
       "trước 17 giờ ngày 27/11/2025"),
      ("Công an tỉnh", "hỗ trợ người dân khi có yêu cầu của địa phương", None)]),
    # a time limit under an agency's task, with no colon, is that task's due and no task
    (PLAN + "2. Sở Nội vụ\n\nChủ trì cập nhật thủ tục hành chính lên Hệ thống.\n\nThời hạn chậm nhất 05 ngày làm việc "
            "kể từ ngày ban hành Quyết định.\n",
     [("Sở Nội vụ", "Chủ trì cập nhật thủ tục hành chính lên Hệ thống",
       "chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định")]),
    # a clause of time fronted with "Trước khi" before the subject
    (PLAN + "Trước khi triển khai thực hiện, Sở Tài chính có trách nhiệm lập dự toán kinh phí.\n",
     [("Sở Tài chính", "có trách nhiệm lập dự toán kinh phí", None)]),
    # the words that lead into the items after a comma are no part of the task
    (PLAN + "Giao Sở Tư pháp, Sở Tài chính cập nhật thủ tục hành chính lên hệ thống, cụ thể:\n"
            "- Sở Tư pháp đối với thủ tục số 01, 02.\n",
     [("Sở Tư pháp", "cập nhật thủ tục hành chính lên hệ thống", None),
      ("Sở Tài chính", "cập nhật thủ tục hành chính lên hệ thống", None)]),
    # a plural group and "tổ chức" as its verb, then a verb of handing out: no crash, the group's task
    (PLAN + "Các sở tổ chức họp phân công lực lượng.\n", [("Các sở", "tổ chức họp phân công lực lượng", None)]),
])
def test_block_and_inline_tasks(text: str, expected: list[tuple[str, str, Optional[str]]]) -> None:
    document = extract_text(text)
    assert document.errors == []
    assert _assignments(text) == expected


@pytest.mark.parametrize("source, clean", [
    # a bold span opened or closed inside a number, a sign or a syllable joins what is written together
    ("Nghị định số **1**52/2025/NĐ-CP", "Nghị định số 152/2025/NĐ-CP"),
    ("Luật số 39/2024/QH**1**5", "Luật số 39/2024/QH15"),
    ("Hà Nội, ng**ày 12 tháng 5 năm 2025", "Hà Nội, ngày 12 tháng 5 năm 2025"),
    # … not between two words
    ("thực hiện**Sở Y tế**", "thực hiện Sở Y tế"),
    # a heading number parted from its dot, by spaces or a bold span closed before the dot
    ("a\n\n**1**. Sở Y tế", "a\n\n1. Sở Y tế"),
    ("a\n\n**1 . Hàng hóa đề nghị**", "a\n\n1. Hàng hóa đề nghị"),
    ("a\n\n5 . Không phân chia tài sản.", "a\n\n5. Không phân chia tài sản."),
])
def test_markup_inside_numbers_and_words(source: str, clean: str) -> None:
    assert normalize(source).text == clean


def test_a_bold_heading_number_opens_its_agency_block() -> None:
    text = PLAN + "**1**. Sở Y tế\n\nTổ chức tập huấn cán bộ.\n\n**2 .** Sở Tài chính\n\nBố trí kinh phí.\n"
    assert [(a.agency, a.task) for a in extract_text(text).assignments] == [
        ("Sở Y tế", "Tổ chức tập huấn cán bộ"), ("Sở Tài chính", "Bố trí kinh phí")]


@pytest.mark.parametrize("clause, agencies", [
    # an official whose title ends in its body's head word stands for that body, in either case
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng Ban Quản lý các Khu công nghiệp tỉnh, Trưởng ban Dân tộc tỉnh chịu "
     "trách nhiệm thi hành Quyết định này.",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Ban Dân tộc tỉnh"]),
])
def test_officials_whose_title_ends_in_the_head_word(clause: str, agencies: list[str]) -> None:
    text = "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nĐiều 3. " + clause
    assert [a.agency for a in extract_text(text).assignments] == agencies


@pytest.mark.parametrize("text, expected", [
    # a committee's head, a plural level, a colon and the places: one committee per place, the head stripped
    ("Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk và Gia Lai chỉ đạo",
     ["Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Gia Lai"]),
    # communes and districts by any capitalised name, a list of two or more; a place that writes its own level
    ("Ủy ban nhân dân các xã: Tà Xùa, Mường Giôn và Phường 3 chủ trì",
     ["Ủy ban nhân dân xã Tà Xùa", "Ủy ban nhân dân xã Mường Giôn", "Ủy ban nhân dân Phường 3"]),
    ("UBND các huyện: Mường Tè, Sìn Hồ tổ chức", ["Ủy ban nhân dân huyện Mường Tè", "Ủy ban nhân dân huyện Sìn Hồ"]),
    # … but a capitalised task after the colon is no commune
    ("Ủy ban nhân dân các xã: Chủ động xây dựng kế hoạch", ["Ủy ban nhân dân các xã"]),
])
def test_bodies_listed_by_place(text: str, expected: list[str]) -> None:
    assert [m.canonical for m in find_agencies(text)] == expected


CAMPAIGN = "KẾ HOẠCH\nTuyên truyền bầu cử\n\nI. MỤC ĐÍCH\n\nBảo đảm.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"


@pytest.mark.parametrize("body, expected", [
    # an item's official addressed as "Đồng chí", then his role in a sub-committee after a dash: his body's task
    ("1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử.\n",
     [("Ban Xây dựng Đảng", "Phụ trách chung, chịu trách nhiệm trước Ủy ban bầu cử")]),
    ("3. Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban: Chủ động tham mưu các nội "
     "dung.\n", [("Trung tâm Phục vụ hành chính công", "Chủ động tham mưu các nội dung")]),
    # a campaign's slogans name bodies and give them nothing
    ("5. Sở Văn hóa, Thể thao và Du lịch hướng dẫn treo khẩu hiệu.\n\nV. KHẨU HIỆU TUYÊN TRUYỀN\n\n"
     "1. Quốc hội là biểu tượng sức mạnh tinh thần đại đoàn kết toàn dân tộc Việt Nam!\n",
     [("Sở Văn hóa, Thể thao và Du lịch", "hướng dẫn treo khẩu hiệu")]),
])
def test_officials_addressed_and_slogans(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.agency, a.task) for a in extract_text(CAMPAIGN + body).assignments] == expected


@pytest.mark.parametrize("task, partners", [
    # the body advised or reported to after a bare "với" is no partner; the one worked with is
    ("tham mưu với Ủy ban nhân dân tỉnh ban hành Quy chế", []),
    ("báo cáo với Sở Nội vụ về kết quả thực hiện", []),
    ("phối hợp với Sở Tài chính tham mưu bố trí kinh phí", ["Sở Tài chính"]),
])
def test_partners_after_with(task: str, partners: list[str]) -> None:
    assert task_partners(task, 0, len(task), find_agencies(task)) == partners


@pytest.mark.parametrize("text, names", [
    # a ministry's departments whose names run on in lower case
    ("Cục Viễn thám quốc gia chủ trì, phối hợp với Cục Kiểm soát ô nhiễm môi trường và Vụ Hợp tác quốc tế",
     ["Cục Viễn thám quốc gia", "Cục Kiểm soát ô nhiễm môi trường", "Vụ Hợp tác quốc tế"]),
])
def test_departments_named_in_lower_case(text: str, names: list[str]) -> None:
    assert [m.canonical for m in find_agencies(text)] == names


def test_a_due_label_before_the_lead_label_is_no_task() -> None:
    text = ("KẾ HOẠCH\nTổ chức bầu cử\n\nI. MỤC ĐÍCH\n\nBảo đảm.\n\nII. NỘI DUNG\n\n1. Xây dựng văn bản\n\n"
            "1.1. Xây dựng và ban hành Hướng dẫn công tác bầu cử.\n\n- Bảo đảm thống nhất với hướng dẫn cấp trên.\n\n"
            "- Thời gian hoàn thành: Dự kiến tháng 11/2025.\n\n- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã\n\n"
            "- Kết quả: Dự thảo Hướng dẫn.\n\n1.2. Tổ chức hội nghị triển khai.\n\n"
            "- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã\n")
    records = extract_text(text).assignments
    assert not any(a.task.startswith("Thời gian hoàn thành") for a in records)
    assert any(a.due == "Dự kiến tháng 11/2025" and a.agency == "Văn phòng Ủy ban nhân dân xã" for a in records)


def test_lettered_parts_over_roman_numbers() -> None:
    text = ("KẾ HOẠCH\nTìm kiếm, quy tập hài cốt liệt sĩ\n\nA. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nBảo đảm.\n\n"
            "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP\n\nI. CÔNG TÁC QUÁN TRIỆT\n\n1. Nội dung\n\nTổ chức quán triệt.\n\n"
            "II. CÔNG TÁC TUYÊN TRUYỀN\n\n1. Nội dung\n\nĐẩy mạnh tuyên truyền.\n\nC. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Bộ Quốc phòng chủ trì tổ chức thực hiện Kế hoạch.\n")
    top = extract_text(text).sections
    assert [(s.number, s.kind) for s in top] == [(None, "preamble"), ("A", "purpose"), ("B", "tasks"),
                                                  ("C", "implementation")]
    assert [c.number for c in top[2].children] == ["I", "II"]


REPORTING = "KẾ HOẠCH\nPhát triển cụm công nghiệp\n\nI. MỤC ĐÍCH\n\nBảo đảm.\n\nVI. CHẾ ĐỘ BÁO CÁO\n\n"


@pytest.mark.parametrize("body, expected", [
    # groups a semicolon parts, each a subject of its own
    ("1. Các Sở, ban, ngành; cơ quan, đơn vị tiến hành đánh giá, báo cáo kết quả thực hiện.\n",
     [("Các Sở, ban, ngành", "tiến hành đánh giá, báo cáo kết quả thực hiện"),
      ("cơ quan, đơn vị", "tiến hành đánh giá, báo cáo kết quả thực hiện")]),
    # a condition over commas, then a list of officials: the group and each body its officials head
    ("2. Trong quá trình tổ chức triển khai thực hiện, nếu có vướng mắc phát sinh, Thủ trưởng các cơ quan, đơn vị, Chủ "
     "tịch Ủy ban nhân dân các xã, phường chủ động gửi ý kiến về Sở Công Thương để tổng hợp.\n",
     [("các cơ quan, đơn vị", "chủ động gửi ý kiến về Sở Công Thương để tổng hợp"),
      ("Ủy ban nhân dân các xã, phường", "chủ động gửi ý kiến về Sở Công Thương để tổng hợp"),
      ("Sở Công Thương", "tổng hợp")]),
])
def test_group_lists_after_a_condition_or_a_semicolon(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.agency, a.task) for a in extract_text(REPORTING + body).assignments] == expected


SECRETS = "KẾ HOẠCH\nBảo vệ bí mật nhà nước\n\nI. MỤC ĐÍCH\n\nBảo đảm.\n\nII. NHIỆM VỤ\n\n"


@pytest.mark.parametrize("item, expected", [
    # bodies named after the task in a parenthesis opened by "Giao", or followed by "tham mưu"
    ("- Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước (Giao Công an tỉnh tham mưu).\n",
     [("Công an tỉnh", "responsible", "Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước")]),
    ("- Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước (Giao Công an tỉnh chủ trì, phối hợp với Sở Nội vụ).\n",
     [("Công an tỉnh", "lead", "Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước"),
      ("Sở Nội vụ", "support", "Tổ chức kiểm tra công tác bảo vệ bí mật nhà nước")]),
])
def test_bodies_given_in_a_parenthesis(item: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.agency, a.role, a.task) for a in extract_text(SECRETS + item).assignments] == expected
