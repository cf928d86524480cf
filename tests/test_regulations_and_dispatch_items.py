"""Decrees, joint resolutions, conclusion notices and dispatches (round 45): the shapes a read of four unlabelled
pages of those kinds found. Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.assignments.rows import cell_agencies
from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.targets.quoted import _regulation_context
from kehoach_nlp.text import normalize
from tests.test_directives_and_notices import _assignments

TASKS = ("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\nI. MỤC ĐÍCH\nBảo đảm thiết thực.\n**II. NHIỆM VỤ**\n\n"
         "**1. Các nhiệm vụ trọng tâm**\n")
RESOLUTION = "**NGHỊ QUYẾT LIÊN TỊCH**\n\nQuy định chi tiết việc tổ chức tiếp xúc cử tri\n\n"


ASSIGNMENT_CASES = [
    # a duty heading's field ("trong hoạt động …") is no part of who has the duties
    (RESOLUTION + "**Điều 6. Trách nhiệm của Đoàn đại biểu Quốc hội trong hoạt động tiếp xúc cử tri của đại biểu Quốc hội**\n\n"
     "1. Xây dựng chương trình tiếp xúc cử tri tại địa phương.\n\n2. Chỉ đạo Văn phòng Đoàn tham mưu, phục vụ.\n",
     [("Đoàn đại biểu Quốc hội", "responsible", "Xây dựng chương"),
      ("Đoàn đại biểu Quốc hội", "responsible", "Chỉ đạo Văn")]),
    (RESOLUTION + "**Điều 6. Trách nhiệm của Sở Y tế trong công tác kiểm tra:**\n\n1. Xây dựng chương trình kiểm tra.\n",
     [("Sở Y tế", "responsible", "Xây dựng chương")]),
    # under a body "at every level", the items that name one level are blocks of their own
    (RESOLUTION + "**Điều 12. Trách nhiệm của Ủy ban nhân dân các cấp trong hoạt động tiếp xúc cử tri**\n\n"
     "1. Ủy ban nhân dân cấp tỉnh có trách nhiệm:\n\na) Cử đại diện lãnh đạo tham dự tiếp xúc cử tri;\n\n"
     "b) Chỉ đạo các cơ quan chức năng bảo đảm an ninh, trật tự.\n\n"
     "2. Ủy ban nhân dân cấp xã có trách nhiệm:\n\na) Bố trí địa điểm tiếp xúc cử tri.\n",
     [("Ủy ban nhân dân cấp tỉnh", "responsible", "Cử đại diện"),
      ("Ủy ban nhân dân cấp tỉnh", "responsible", "Chỉ đạo các"),
      ("Ủy ban nhân dân cấp xã", "responsible", "Bố trí địa")]),
    # a heading that opens with the case it is for: the body after the comma heads the block
    (RESOLUTION + "**Điều 16. Trách nhiệm của Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân cấp tỉnh, Văn phòng "
                  "Hội đồng nhân dân và Ủy ban nhân dân cấp huyện trong hoạt động tiếp xúc cử tri**\n\n"
                  "1. Đối với tiếp xúc cử tri của đại biểu Quốc hội, Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân "
                  "dân cấp tỉnh có trách nhiệm:\n\na) Bảo đảm điều kiện tiếp xúc cử tri.\n\n"
                  "2. Đối với tiếp xúc cử tri của đại biểu Hội đồng nhân dân, Văn phòng Hội đồng nhân dân và Ủy ban nhân "
                  "dân cấp huyện có trách nhiệm:\n\na) Phục vụ hoạt động tiếp xúc cử tri.\n\n**Điều 17. Hiệu lực**\n\n"
                  "Nghị quyết có hiệu lực.\n",
     [("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân cấp tỉnh", "responsible", "Bảo đảm điều"),
      ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp huyện", "responsible", "Phục vụ hoạt")]),
    # a mandate written with "và" before its last noun does not hide the role words after it
    (TASKS + "a) Bộ Tài chính theo chức năng, nhiệm vụ và thẩm quyền chủ trì, phối hợp với Bộ Nội vụ hướng dẫn thành "
             "phố.\n",
     [("Bộ Tài chính", "lead", "theo chức năng,")]),
    # a notice's closing formula with "xin" gives no task
    (TASKS + "a) Văn phòng Chính phủ xin trân trọng thông báo./.\n", []),
    # a bullet that names a body over "+" items: a line in lower case after one that ends with ";" goes on with the item
    (TASKS + "- Ủy ban nhân dân các tỉnh,\nthành phố trực thuộc trung ương\n\n+ Khẩn trương ban hành\ncác văn bản, "
             "trong đó tập trung vào quản lý rác thải, vệ sinh công cộng;\nhình thức và mức kinh phí chi trả.\n\n"
             "+ Rà soát nội dung các\nquy hoạch về xử lý rác thải.\n",
     [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "responsible", "Khẩn trương ban"),
      ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "responsible", "Rà soát nội")]),
    # a list of bodies, then its mandate between commas, then the verb
    (RESOLUTION + "Điều 1. Mục tiêu\nBảo đảm.\nĐiều 2. Tổ chức thực hiện\n1. Hội đồng Dân tộc, Ủy ban Kinh tế và Tài chính, "
                  "Ủy ban Pháp luật, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.\n"
                  "2. Các bộ, cơ quan, địa phương theo chức năng, thẩm quyền được giao chủ trì triển khai các nhiệm vụ.\n",
     [("Hội đồng Dân tộc", "responsible", "trong phạm vi"), ("Ủy ban Kinh tế và Tài chính", "responsible", "trong phạm vi"),
      ("Ủy ban Pháp luật", "responsible", "trong phạm vi"),
      ("Các bộ, cơ quan, địa phương", "lead", "theo chức năng,")]),
    # a resolution's own words after its enacting formula are read, before its first part
    ("NGHỊ QUYẾT\nVề các giải pháp khắc phục hậu quả thiên tai\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\nQUYẾT NGHỊ:\n"
     "Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh thực hiện khẩn trương các nhiệm vụ sau.\nI. NHIỆM VỤ\n"
     "1. Bộ Tài chính\na) Bố trí kinh phí.\nII. TỔ CHỨC THỰC HIỆN\n1. Các bộ thực hiện.\n",
     [("Ủy ban nhân dân các tỉnh", "responsible", "thực hiện khẩn"), ("Bộ Tài chính", "responsible", "Bố trí kinh"),
      ("Các bộ", "responsible", "thực hiện")]),
    # a guidance that recommends hands out a task as one that encourages
    ("HƯỚNG DẪN\nSố hóa tài liệu\n1. Phạm vi\nCác cơ quan.\n2. Nội dung\nKhuyến nghị các cơ quan, đơn vị thực hiện "
     "đánh mã số tài liệu theo mẫu.\n",
     [("các cơ quan, đơn vị", "responsible", "thực hiện đánh")]),
    # a power granted is no task (a passive of assigning is)
    (RESOLUTION + "Điều 1. Phạm vi\nBảo đảm.\nĐiều 2. Cơ chế tài chính\n1. Ủy ban nhân dân Thành phố Hồ Chí Minh được vay "
                  "thông qua phát hành trái phiếu chính quyền địa phương.\n2. Sở Xây dựng được giao thẩm định "
                  "dự án.\n3. Ủy ban nhân dân Thành phố bố trí vốn cho dự án.\n",
     [("Sở Xây dựng", "responsible", "được giao thẩm"), ("Ủy ban nhân dân Thành phố", "responsible", "bố trí vốn")]),
    # a heading that opens with its topic or purpose before the body
    (RESOLUTION + "Điều 1. Phạm vi\nBảo đảm.\nĐiều 2. Tổ chức thực hiện\n1. Về bãi đổ chất thải rắn xây dựng, Ủy ban nhân "
                  "dân Thành phố có trách nhiệm:\na) Bố trí địa điểm bãi đổ.\n2. Để bảo đảm tiến độ, Bộ Xây dựng có "
                  "trách nhiệm:\na) Kiểm tra chất lượng.\n",
     [("Ủy ban nhân dân Thành phố", "responsible", "Bố trí địa"), ("Bộ Xây dựng", "responsible", "Kiểm tra chất")]),
    # a council's closing article with "và các đại biểu"
    (RESOLUTION + "Điều 1. Phạm vi\nBảo đảm.\nĐiều 8. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực "
                  "hiện Nghị quyết.\n\n2. Giao Thường trực Hội đồng nhân dân Thành phố,\ncác Ban của Hội đồng nhân dân "
                  "Thành phố, các Tổ đại biểu và các đại biểu Hội đồng\nnhân dân Thành phố, Hội đồng nhân dân cấp xã giám "
                  "sát việc thực hiện Nghị quyết.\n",
     [("Ủy ban nhân dân Thành phố", "responsible", "tổ chức thực"),
      ("Thường trực Hội đồng nhân dân Thành phố", "responsible", "giám sát việc"),
      ("Các Ban của Hội đồng nhân dân Thành phố", "responsible", "giám sát việc"),
      ("Các Tổ đại biểu và các đại biểu Hội đồng nhân dân Thành phố", "responsible", "giám sát việc"),
      ("Hội đồng nhân dân cấp xã", "responsible", "giám sát việc")]),
    # items numbered in parentheses inside one paragraph are one task each (their numbers are no part of it)
    (TASKS + "a) Bộ Khoa học và Công nghệ: **(1)** trình Thủ tướng Chính phủ Chương trình quốc gia, hoàn thành\n"
             "trong tháng 11 năm 2025; **(2)** chủ trì, phối hợp với Bộ Công an xây dựng Bộ công cụ theo dõi; **(3)**\n"
             "Phối hợp với các bộ, ngành tháo gỡ vướng mắc.\n",
     [("Bộ Khoa học và Công nghệ", "responsible", "trình Thủ tướng"),
      ("Bộ Khoa học và Công nghệ", "lead", "chủ trì, phối"),
      ("Bộ Khoa học và Công nghệ", "support", "Phối hợp với")]),
    (TASKS + "b) Bộ Công an: (i) phát triển ứng dụng VNeID; (ii) hoàn thành cơ sở dữ liệu dân cư.\n",
     [("Bộ Công an", "responsible", "phát triển ứng"), ("Bộ Công an", "responsible", "hoàn thành cơ")]),
    # … but items after a colon inside the task are what its verb acts on: one task
    (TASKS + "c) Bộ Tài chính: giải quyết 03 vấn đề tồn đọng: (i) tích hợp thanh toán trực tuyến; (ii) kết nối dữ "
             "liệu đăng ký doanh nghiệp.\n",
     [("Bộ Tài chính", "responsible", "giải quyết 03")]),
    # a sentence wrapped after its partner cue, the partners on the next line: the body before the cue leads
    (TASKS + "k) Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp\nBộ Khoa học và Công nghệ, Bộ Công an, các cơ quan "
             "liên quan xây dựng video clip tổng kết năm 2025.\n",
     [("Đài Truyền hình Việt Nam", "lead", "chủ trì, phối")]),
    # a line that ends with ";" and one that opens in lower case are one item (a wrapped enumeration)
    (TASKS + "b) Sở Dân tộc và Tôn giáo: theo dõi, đánh giá việc thực hiện các chính sách dân tộc;\n"
             "các chính sách đầu tư, hỗ trợ ổn định cuộc sống cho đồng bào dân tộc thiểu số.\n",
     [("Sở Dân tộc và Tôn giáo", "responsible", "theo dõi, đánh")]),
]


@pytest.mark.parametrize("text, expected", ASSIGNMENT_CASES)
def test_assignments_of_regulations_and_notices(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _assignments(text) == expected


def test_a_dispatch_whose_numbered_items_follow_its_request_line() -> None:
    """A headingless dispatch: "… Thủ tướng Chính phủ yêu cầu:" opens its body, and the first item's heading names
    the ministers' ministries one by one, the group after "và các", the Party committees a secretary stands for, and
    the People's Committees without the mandate after them."""
    text = ("**CÔNG ĐIỆN**\n\nV/V TẬP TRUNG ỨNG PHÓ MƯA LŨ\n\n"
            "Theo báo cáo của Trung tâm dự báo khí tượng thủy văn quốc gia, mưa lũ đã gây thiệt hại.\n\n"
            "Để chủ động ứng phó, bảo đảm an toàn tính mạng cho Nhân dân, Thủ tướng Chính phủ yêu cầu:\n\n"
            "1. Bộ trưởng các Bộ: Quốc phòng, Công an, Giáo dục và Đào tạo và các Bộ,\nngành có liên quan; Bí thư "
            "tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh,\nthành phố nêu trên theo chức năng, nhiệm vụ, "
            "thẩm quyền:\n\na) Chủ động chỉ đạo triển khai công tác ứng phó mưa lũ.\n")
    document = extract_text(text)
    assert [s.kind for s in document.sections] == ["preamble", "tasks"]
    assert [a.agency for a in document.assignments] == [
        "Bộ Quốc phòng", "Bộ Công an", "Bộ Giáo dục và Đào tạo", "Các Bộ, ngành có liên quan", "Tỉnh ủy, thành ủy",
        "Ủy ban nhân dân các tỉnh, thành phố nêu trên"]


def test_a_task_table_without_a_partner_column_reads_the_partners_in_its_task() -> None:
    text = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Chủ trì, phối hợp với Bộ Công an hoàn thành 04 cơ sở dữ liệu ngành Y tế | Bộ Y tế | 31/10/2025 |\n")
    [record] = extract_text(text).assignments
    assert (record.agency, record.role, record.partners, record.due) == ("Bộ Y tế", "lead", ["Bộ Công an"],
                                                                          "31/10/2025")


@pytest.mark.parametrize("cell, expected", [
    # kinds of body and their owner, wrapped after "thuộc": one group, not the group and the Government
    ("Các Bộ, cơ quan ngang bộ, cơ quan thuộc\nChính phủ", [("Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", True)]),
    ("Bộ Tài chính, Bộ\nNông nghiệp và Môi trường", [("Bộ Tài chính", False), ("Bộ Nông nghiệp và Môi trường", False)]),
])
def test_lead_cells(cell: str, expected: list[tuple[str, bool]]) -> None:
    assert [(m.canonical, m.generic) for m in cell_agencies(cell, 0, len(cell))] == expected


@pytest.mark.parametrize("first_lines, doc_type", [
    ("**NGHỊ ĐỊNH**\n\nQUY ĐỊNH VỀ CƯỠNG CHẾ THI HÀNH QUYẾT ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH\n", "nghi_dinh"),
    ("**THÔNG TƯ**\n\nQUY ĐỊNH MÃ SỐ VÀ TIÊU CHUẨN CHỨC DANH KHOA HỌC\n", "thong_tu"),
    ("**NGHỊ QUYẾT LIÊN TỊCH**\n\nQuy định chi tiết việc tổ chức tiếp xúc cử tri\n", "nghi_quyet_lien_tich"),
    ("**CÔNG ĐIỆN**\n\nV/V TẬP TRUNG ỨNG PHÓ MƯA LŨ\n", "cong_dien"),
])
def test_the_type_line_of_a_legal_page(first_lines: str, doc_type: str) -> None:
    assert extract_text(first_lines + "\nNội dung.\n").info.doc_type == doc_type


def test_a_decrees_limits_are_rules_not_targets() -> None:
    text = ("**NGHỊ ĐỊNH**\n\nQUY ĐỊNH VỀ CƯỠNG CHẾ THI HÀNH QUYẾT ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH\n\n"
            "**Điều 12. Khấu trừ một phần lương**\n\n1. Tỷ lệ khấu trừ không quá 30% tổng số tiền lương hằng tháng.\n")
    assert extract_text(text).targets == []


@pytest.mark.parametrize("type_line, publishes", [("QUYẾT ĐỊNH", True), ("CÔNG ĐIỆN", False)])
def test_only_a_decision_publishes_procedures(type_line: str, publishes: bool) -> None:
    """A decision about administrative procedures publishes them after its closing (their limits are rules); a dispatch
    about cutting them sets aims there."""
    text = (f"**{type_line}**\n\nVỀ VIỆC CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NĂM 2025\n\n"
            "**Điều 1.** Các Bộ khẩn trương hoàn thành cắt giảm thủ tục hành chính.\n\n"
            "**Điều 2.** Quyết định này có hiệu lực từ ngày ký.\n\n**Nơi nhận:**\n- Như trên;\n\nPHỤ LỤC\n\n"
            "Bộ Y tế cắt giảm 30% thủ tục hành chính.\n")
    published_from, _, _ = _regulation_context(parse_structure(normalize(text).text))
    assert (published_from is not None) is publishes


@pytest.mark.parametrize("heading", ["I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1.3. Căn cứ pháp lý xây dựng hướng dẫn"])
def test_a_basis_heading_over_a_list_of_documents(heading: str) -> None:
    """SPEC §4: the relation comes from the words before the citation; a numbered heading "Căn cứ …" over the list is
    those words for every item that opens with a document."""
    text = (f"KẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\n{heading}\n"
            "- Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
            "- Quyết định số 2618/QĐ-BKHCN ngày 11/9/2025 của Bộ Khoa học và Công nghệ.\n"
            "II. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm.\n")
    assert [c.relation for c in extract_text(text).citations] == ["basis", "basis"]


def test_a_long_sentence_opening_with_the_basis_word_is_no_heading() -> None:
    text = ("KẾ HOẠCH\nThực hiện\nI. MỤC ĐÍCH\nBảo đảm.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Căn cứ tình hình thực tế tại địa phương, các cơ quan chủ động tổ chức triển khai thực hiện các nhiệm vụ\n"
            "- Quyết định số 2618/QĐ-BKHCN ngày 11/9/2025 của Bộ Khoa học và Công nghệ được thực hiện đúng tiến độ.\n")
    assert [c.relation for c in extract_text(text).citations] == ["refers"]


@pytest.mark.parametrize("sentence, status", [
    # a share of an aim reached reports progress towards it
    ("Năm 2025, tăng trưởng kinh tế của tỉnh đạt 88,9% mục tiêu tăng trưởng.", "achieved"),
    ("Vốn đầu tư công giải ngân đạt 70% kế hoạch.", "achieved"),
    # … unless the clause aims at it
    ("Phấn đấu giải ngân đạt 100% kế hoạch vốn.", "target"),
])
def test_a_share_of_an_aim_reached(sentence: str, status: str) -> None:
    [target] = extract_text(sentence + "\n").targets
    assert target.status == status


@pytest.mark.parametrize("text, expected", [
    # a kind named between the type word and "số" is part of the citation
    ("Căn cứ Báo cáo thẩm tra số 114/BC-BĐT ngày 20/11/2025 của Ban Đô thị.",
     [("Báo cáo thẩm tra số 114/BC-BĐT", "report", "basis")]),
    ("Xét Báo cáo tiếp thu, giải trình số 487/BC-UBND ngày 25/11/2025 của Ủy ban nhân dân Thành phố.",
     [("Báo cáo tiếp thu, giải trình số 487/BC-UBND", "report", "refers")]),
    ("Thực hiện Thông báo kết luận số 99-TB/TW ngày 10/10/2025 của Bộ Chính trị.",
     [("Thông báo kết luận số 99-TB/TW", "notice", "implements")]),
    # … not after a generic "văn bản": "văn bản quy phạm pháp luật số …" is a law's name going on
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15.",
     [("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "law", "basis")]),
    # a direction taken as the document's ground, its givers named one after another
    ("Căn cứ chỉ đạo của Bộ Chính trị, của Ban Bí thư tại Kết luận số 213-KL/TW ngày 20/11/2025, Thủ tướng Chính phủ "
     "yêu cầu các bộ thực hiện.",
     [("Kết luận số 213-KL/TW", "conclusion", "basis")]),
])
def test_citations_of_reports_and_directions(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = extract_text(text + "\n").citations
    assert [(text[c.start:c.end], c.type, c.relation) for c in found] == expected


@pytest.mark.parametrize("sentence", ["Phấn đấu đến năm 2026 hoàn thành cầu cảng 40.000 DWT.",
                                      "Phấn đấu đến năm 2026 hoàn thành hồ chứa dung tích 75.000 m3."])
def test_a_berths_class_and_a_reservoirs_capacity_are_no_targets(sentence: str) -> None:
    assert extract_text(sentence + "\n").targets == []


@pytest.mark.parametrize("sentence, quoted, comparator", [
    # "vượt" under a negation is a ceiling
    ("Phấn đấu tổng mức đầu tư tối đa không vượt 215.350 tỷ đồng.", "tối đa không vượt 215.350 tỷ đồng", "<="),
    # a multiple estimated
    ("Phấn đấu doanh thu tăng gần gấp 3 lần.", "gần gấp 3 lần", "~"),
])
def test_comparators_of_ceilings_and_estimates(sentence: str, quoted: str, comparator: str) -> None:
    [target] = extract_text(sentence + "\n").targets
    assert (sentence[target.start:target.end], target.comparator) == (quoted, comparator)


def test_a_form_annexed_to_the_plan_itself_is_no_attached_document() -> None:
    """"KẾ HOẠCH VAY VÀ TRẢ NỢ …" ⏎ "(Kèm theo Kế hoạch số …)" titles a table of the plan (a form of the 3-year budget
    plans), not a plan a decision issues: the plan's own parts stay its sections."""
    text = ("KẾ HOẠCH\nTài chính 03 năm 2026-2028\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm.\nII. NHIỆM VỤ\n"
            "1. Sở Tài chính chủ trì tổng hợp dự toán.\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì.\n\n"
            "KẾ HOẠCH VAY VÀ TRẢ NỢ CỦA NGÂN SÁCH ĐỊA PHƯƠNG\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 01/12/2025)\n\n"
            "| TT | Nội dung | Năm 2026 |\n|---|---|---|\n| 1 | Tổng dư nợ | 100 |\n")
    document = extract_text(text)
    assert [s.kind for s in document.sections] == ["preamble", "purpose", "tasks", "implementation"]
    assert [a.agency for a in document.assignments] == ["Sở Tài chính", "Sở Y tế"]
