"""Shapes found by reading unlabelled pages in round 46: catalogs of procedures, …
Table-driven: the text → the records it gives."""

from __future__ import annotations

from typing import Optional

import pytest

from kehoach_nlp.assignments.paragraphs import _paragraph_record
from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.records import Assignment
from kehoach_nlp.structure import parse_structure
from tests.test_directives_and_notices import _assignments

PLAN = ("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\nI. MỤC ĐÍCH\nBảo đảm thiết thực.\n**II. TỔ CHỨC THỰC HIỆN**\n\n")

TABLE_CASES = [
    # a column that names the document a row rests on is no task column, though it holds "nội dung"; a catalog of
    # procedures with no task column gives no records
    (PLAN + "| TT | Tên thủ tục hành chính | Tên VB quy định nội dung sửa đổi, bổ sung | Cơ quan thực hiện |\n"
            "|---|---|---|---|\n"
            "| 1 | Quyết định chủ trương đầu tư dự án nhà ở công vụ | Nghị định số 140/2025/NĐ-CP | Bộ Xây dựng |\n",
     []),
    (PLAN + "| TT | Nội dung | Căn cứ pháp lý | Cơ quan thực hiện |\n|---|---|---|---|\n"
            "| 1 | Rà soát quy hoạch sử dụng đất | Luật Đất đai năm 2024 | Sở Nông nghiệp và Môi trường |\n",
     [("Sở Nông nghiệp và Môi trường", "responsible", "Rà soát quy")]),
    # a column that names the group a task belongs to is not the task column, though it says "nhiệm vụ"
    (PLAN + "| TT | Thuộc nhóm nhiệm vụ, hành động | Nội dung nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|---|\n"
            "| 1 | Hoàn thiện hệ thống chính sách | Hoàn thiện Nghị định về xử lý vi phạm hành chính | Bộ Tư pháp |\n",
     [("Bộ Tư pháp", "lead", "Hoàn thiện Nghị")]),
    # an internal procedure's steps whose unit column is headed by the bare word "Trách nhiệm" or "Đơn vị giải quyết"
    (PLAN + "| Bước | Nội dung công việc | Trách nhiệm | Thời gian |\n|---|---|---|---|\n"
            "| Bước 1 | Tiếp nhận hồ sơ, thẩm định hồ sơ | Phòng Người có công | 04 giờ làm việc |\n",
     [("Phòng Người có công", "responsible", "Tiếp nhận hồ")]),
    (PLAN + "| Các bước | Nội dung | Đơn vị giải quyết |\n|---|---|---|\n"
            "| Bước 1 | Ký duyệt hồ sơ và trình lãnh đạo | Sở Khoa học và Công nghệ |\n",
     [("Sở Khoa học và Công nghệ", "responsible", "Ký duyệt hồ")]),
    # … and a table whose only such column names a field gives no rows
    (PLAN + "| TT | Lĩnh vực | Cơ quan thực hiện |\n|---|---|---|\n| 1 | Công tác dân tộc | Sở Dân tộc và Tôn giáo |\n",
     []),
]


@pytest.mark.parametrize("text, expected", TABLE_CASES)
def test_task_tables(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _assignments(text) == expected


BLOCK_CASES = [
    # under a group's heading, an item that names no body is the group's task, beside an item that names its own
    (PLAN + "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\na) Khẩn trương rà soát quy trình.\n"
            "b) Các Bộ: Tài chính, Y tế khẩn trương khắc phục các bất cập.\n"
            "3. Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo rà soát.\n",
     [("các Bộ", "responsible", "Khẩn trương rà"), ("các cơ quan ngang bộ", "responsible", "Khẩn trương rà"),
      ("Bộ Tài chính", "responsible", "khẩn trương khắc"), ("Bộ Y tế", "responsible", "khẩn trương khắc"),
      ("Ủy ban nhân dân các tỉnh", "responsible", "tập trung chỉ")]),

    # a numbered lead-in whose first body gives the items below to the bodies it names: theirs, not the giver's
    (PLAN + "1. Ủy ban nhân dân tỉnh giao các sở, ban, ngành thực hiện các nhiệm vụ sau:\n- Tập trung triển khai các "
            "giải pháp.\n- Kiểm tra, giám sát.\n",
     [("các sở, ban, ngành", "responsible", "Tập trung triển"), ("các sở, ban, ngành", "responsible", "Kiểm tra, giám")]),
    (PLAN + "1. Ủy ban nhân dân tỉnh yêu cầu Sở Y tế, Sở Tài chính:\n- Kiểm tra, giám sát.\n",
     [("Sở Y tế", "responsible", "Kiểm tra, giám"), ("Sở Tài chính", "responsible", "Kiểm tra, giám")]),
    # a hard-wrapped page: an item's long plain line that ends inside its sentence goes on with the next line, even
    # when that opens with a capital ("TTHC", "Quy chế") …
    (PLAN + "1. Ủy ban nhân dân tỉnh Khánh Hòa\na) Chỉ đạo các cơ quan chức năng triển khai thực hiện đầy đủ\n"
            "Quy chế này trên địa bàn tỉnh.\nb) Bố trí kinh phí thực hiện.\n",
     [("Ủy ban nhân dân tỉnh Khánh Hòa", "responsible", "Chỉ đạo các"),
      ("Ủy ban nhân dân tỉnh Khánh Hòa", "responsible", "Bố trí kinh")]),
    # … a short or bold title line stays a title over its paragraph
    (PLAN + "1. Ủy ban nhân dân tỉnh Khánh Hòa\na) Công tác tuyên truyền\nTổ chức tuyên truyền Quy chế này.\n",
     [("Ủy ban nhân dân tỉnh Khánh Hòa", "responsible", "Công tác tuyên"),
      ("Ủy ban nhân dân tỉnh Khánh Hòa", "responsible", "Tổ chức tuyên")]),
]


@pytest.mark.parametrize("text, expected", BLOCK_CASES)
def test_blocks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _assignments(text) == expected


@pytest.mark.parametrize("text, number", [
    # a dash that opens the next line is that line's bullet, not a part of the sign
    ("- Căn cứ Nghị định số 116/2014/NĐ-CP\n- Tiêu chuẩn kỹ thuật quốc gia.\n", "116/2014/NĐ-CP"),
    ("Thực hiện Chỉ thị số 27/CT-\nTTg ngày 01/01/2025.\n", "27/CT-TTg"),
    ("Thực hiện Quyết định 927/QĐ TTg ngày 01/01/2025.\n", "927/QĐ-TTg"),
])
def test_a_numbers_sign_ends_at_a_bullet(text: str, number: str) -> None:
    assert [c.number for c in extract_text(PLAN + text).citations] == [number]


def test_a_model_form_attached_to_a_decree_is_no_self_reference() -> None:
    # a page with a header number is attached only to what its own body issued: a model form's "(Kèm theo Nghị định
    # …)" line in the annex cites the decree; the annex's "(Kèm theo Quyết định số <own number>)" does not
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5042/QĐ-BNNMT\n\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính nội bộ\n\n"
            "Căn cứ Nghị định số 226/2025/NĐ-CP ngày 15 tháng 8 năm 2025 của Chính phủ;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Công bố kèm theo Quyết định này.\n\nPHỤ LỤC II\n\nMẪU QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH\n\n"
            "*(Kèm theo Nghị định số 226/2025/NĐ-CP ngày 15 tháng 8 năm 2025 của Chính phủ)*\n\n"
            "PHỤ LỤC III\n\n*(Kèm theo Quyết định số 5042/QĐ-BNNMT ngày 26/11/2025)*\n")
    assert [c.number for c in extract_text(text).citations] == ["226/2025/NĐ-CP", "226/2025/NĐ-CP"]


@pytest.mark.parametrize("sentence, quoted, deadline", [
    # a quarter or a month after "đến hết" / "đến cuối" is a due phrase
    ("Phấn đấu đến hết quý III năm 2025 tỷ lệ giải ngân đạt khoảng 60%.", "khoảng 60%", 2025),
    ("Phấn đấu đến cuối tháng 6/2026 có 100% hồ sơ được số hóa.", "100%", 2026),
    # the figure's own year before a change's verb, when the figure has a bound (an aim) …
    ("Phấn đấu thu ngân sách nhà nước năm 2025 tăng ít nhất 25% so với dự toán.", "ít nhất 25%", 2025),
    ("Tỷ lệ hộ nghèo năm 2026 giảm còn dưới 2%.", "dưới 2%", 2026),
    # a phase in brackets names the period of what the figure is measured by, not when it is due
    ("Năm 2026, phấn đấu tỷ lệ số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí quốc gia giai đoạn 2026 - 2030) đạt tối "
     "thiểu 15%.", "tối thiểu 15%", 2026),
    # … not a change written bare, as a report states it
    ("Chỉ số giá tiêu dùng bình quân năm 2020 tăng 6,12% so với năm 2019.", "6,12%", None),
])
def test_a_due_quarter_or_month(sentence: str, quoted: str, deadline: Optional[int]) -> None:
    targets = extract_text("KẾ HOẠCH\nVề việc\nI. MỤC TIÊU\n" + sentence + "\n").targets
    assert [(t.text, t.deadline) for t in targets] == [(quoted, deadline)]



@pytest.mark.parametrize("anchor_task, anchor_role, role", [
    # the anchor item took "lead" from the lead-in over it ("Bộ Tài chính chủ trì, phối hợp …, trong đó:"): the
    # paragraphs that go on after it are led the same way
    ("Rà soát, hoàn thiện thể chế, chính sách về thuế.", "lead", "lead"),
    # … not when the anchor's own words made it lead: the next paragraph is a task of its own
    ("Chủ trì xây dựng đề án phát triển thị trường vốn.", "lead", "responsible"),
])
def test_paragraphs_after_an_item_keep_a_role_taken_from_its_lead_in(anchor_task: str, anchor_role: str,
                                                                       role: str) -> None:
    text = anchor_task + "\n\nTiếp tục thực hiện các chính sách miễn giảm, gia hạn thuế.\n"
    anchor = Assignment(text=anchor_task, task=anchor_task, start=0, end=len(anchor_task), agency="Bộ Tài chính",
                        agency_text="Bộ Tài chính", agency_start=0, agency_end=0, role=anchor_role,
                        rule="assignments.block")
    at = text.index("Tiếp tục")
    record = _paragraph_record(text, anchor, at, text.index("\n", at), [], [])
    assert record is not None and record.role == role


def test_a_rows_sub_rows_under_merged_lead_cells() -> None:
    # a flattened table whose lead and partner columns stand left of the task column: the rows under a numbered row
    # hold only the cells from the task column on, the lead and partners merged down from the numbered row
    table = ("|\n**STT**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n**Nội dung nhiệm vụ**\n|\n"
             "**Sản phẩm**\n|\n**Thời hạn hoàn thành**\n|\n|\n1\n|\nBộ Nông nghiệp và Môi trường\n|\n- Bộ Xây dựng;\n|\n"
             "- Hoàn thiện Nghị định về xử lý vi phạm hành chính.\n|\n- Nghị định được ban hành.\n|\nQuý I năm 2026\n|\n|\n"
             "- Rà soát, cập nhật các hướng dẫn kỹ thuật về kiểm kê khí thải.\n|\n- Bộ công cụ được ban hành.\n|\n"
             "Giai đoạn 2026 - 2027\n|\n|\n")
    records = extract_text(PLAN + table).assignments
    assert [(r.agency, r.role, " ".join(r.task.split()[:2]), r.due) for r in records] == [
        ("Bộ Nông nghiệp và Môi trường", "lead", "Hoàn thiện", "Quý I năm 2026"),
        ("Bộ Xây dựng", "support", "Hoàn thiện", "Quý I năm 2026"),
        ("Bộ Nông nghiệp và Môi trường", "lead", "Rà soát,", "Giai đoạn 2026 - 2027"),
        ("Bộ Xây dựng", "support", "Rà soát,", "Giai đoạn 2026 - 2027")]


def test_a_row_without_its_number_under_a_group_row() -> None:
    # the one row under a group row may leave its number cell empty: it is read as a row all the same
    table = ("|\n**STT**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n**Nội dung nhiệm vụ**\n|\n"
             "**Thời hạn hoàn thành**\n|\n|\n**D.**\n|\n**BỘ KHOA HỌC VÀ CÔNG NGHỆ**\n|\n|\n|\n"
             "Bộ Khoa học và Công nghệ\n|\n- Bộ Công Thương;\n|\n- Nghiên cứu, chuyển giao công nghệ xử lý khí thải.\n|\n"
             "Giai đoạn 2026 - 2030\n|\n|\n")
    records = extract_text(PLAN + table).assignments
    assert [(r.agency, r.role, " ".join(r.task.split()[:2])) for r in records] == [
        ("Bộ Khoa học và Công nghệ", "lead", "Nghiên cứu,"), ("Bộ Công Thương", "support", "Nghiên cứu,")]


@pytest.mark.parametrize("title, body, kept", [
    # a decision that issues or approves a list or procedures by name counts its content, no aims
    ("VỀ VIỆC BAN HÀNH DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ", "Ban hành kèm theo Quyết định này 49 thủ tục hành chính.",
     []),
    ("PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "Phê duyệt kèm theo Quyết định này 16 quy trình nội bộ.",
     []),
    # … not a plan issued to cut procedures: its counts are aims
    ("VỀ VIỆC BAN HÀNH KẾ HOẠCH ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NĂM 2025",
     "Phấn đấu đơn giản hóa ít nhất 15 thủ tục hành chính.", ["ít nhất 15 thủ tục hành chính"]),
])
def test_counts_of_a_decision_that_issues_procedures(title: str, body: str, kept: list[str]) -> None:
    text = "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 120/QĐ-UBND\n\nQUYẾT ĐỊNH\n" + title + "\n\nQUYẾT ĐỊNH:\n\nĐiều 1. " + body + "\n"
    assert [t.text for t in extract_text(text).targets] == kept


@pytest.mark.parametrize("subhead, deadline", [("Năm 2026", 2026), ("Giai đoạn 2026 - 2030", 2030)])
def test_a_period_subhead_in_an_article_dates_aims_and_opens_no_section(subhead: str, deadline: int) -> None:
    # an article's subhead that only names a period stays inside the objectives: the aims under it are aims (not
    # results of an "other" section), due at its last year
    text = ("# Hà Nội đặt mục tiêu phát triển giáo dục\n\nNgày 5/9/2025, UBND thành phố ban hành Kế hoạch 120/KH-UBND về "
            "phát triển giáo dục.\n\nKế hoạch đặt ra các mục tiêu cụ thể như sau:\n\n**Mục tiêu chung**\n\n"
            "Phát triển giáo dục toàn diện.\n\n" + subhead + "\n\n- Tỷ lệ trường đạt chuẩn quốc gia đạt 80%.\n\n"
            "**Nhiệm vụ**\n\nCác sở, ngành triển khai.\n")
    document = extract_text(text)
    assert [s.kind for s in document.sections] == ["preamble", "objectives", "tasks"]
    assert [(t.text, t.status, t.deadline) for t in document.targets] == [("80%", "target", deadline)]


def test_a_wrapped_parenthesis_is_no_heading() -> None:
    # "(hạng" ⏎ "II) lên …": the ")" closes the parenthesis the line above left open, no heading "II)"
    text = ("THÔNG TƯ\nQuy định mã số, tiêu chuẩn chức danh\n\nChương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n"
            "d) Viên chức thăng hạng từ nghiên cứu viên (hạng\nIII) lên nghiên cứu viên chính (hạng II) phải có thời gian.\n"
            "e) Viên chức thăng hạng từ nghiên cứu viên chính (hạng\nII) lên nghiên cứu viên cao cấp (hạng I) phải có "
            "thời gian giữ chức danh.\n\nChương II\nĐIỀU KHOẢN THI HÀNH\n\nĐiều 2. Hiệu lực thi hành\nThông tư này có "
            "hiệu lực kể từ ngày ký.\n")
    def numbers(sections: list) -> list:
        return [n for s in sections for n in [s.number] + numbers(s.children)]

    assert numbers(parse_structure(text).sections) == [None, "I", "1", "d", "e", "II", "2"]


@pytest.mark.parametrize("sentence, unit, indicator", [
    # a currency of several words is the unit whole, and a money figure's indicator keeps no currency word
    ("GDP bình quân đầu người đạt 5.400 - 5.500 đô la Mỹ.", "đô la mỹ", "GDP bình quân đầu người"),
    ("Tổng vốn đầu tư đạt 2,5 tỷ USD.", "tỷ usd", "Tổng vốn đầu tư"),
])
def test_money_units_and_indicators(sentence: str, unit: str, indicator: str) -> None:
    targets = extract_text("KẾ HOẠCH\nVề việc\nI. MỤC TIÊU\n" + sentence + "\n").targets
    assert [(t.unit, t.indicator) for t in targets] == [(unit, indicator)]


@pytest.mark.parametrize("sentence, quoted", [
    # a lower bound with an existential "có" between it and the number, or typed without its accent
    ("Phấn đấu tối thiểu có 5 doanh nghiệp lớn tham gia chuỗi cung ứng.", "tối thiểu có 5 doanh nghiệp"),
    ("Thu hút it nhất 5 doanh nghiệp lớn.", "it nhất 5 doanh nghiệp"),
])
def test_lower_bounds_as_written(sentence: str, quoted: str) -> None:
    targets = extract_text("KẾ HOẠCH\nVề việc\nI. MỤC TIÊU\n" + sentence + "\n").targets
    assert [(t.text, t.comparator) for t in targets] == [(quoted, ">=")]


@pytest.mark.parametrize("sentence, relation", [
    # "theo" after a connective that opens the sentence is "according to", as a capital "Theo" is …
    ("Như vậy, theo Nghị quyết 57-NQ/TW, đến năm 2030 Việt Nam đạt mức cao.", "refers"),
    ("Bên cạnh đó, theo Nghị quyết 57-NQ/TW, doanh nghiệp được hỗ trợ.", "refers"),
    # … inside a sentence it carries the document out
    ("Các sở, ngành triển khai theo Nghị quyết 57-NQ/TW.", "implements"),
])
def test_theo_after_an_opening_connective(sentence: str, relation: str) -> None:
    text = "# Tin tức\n\nNgày 01/01/2025, Bộ Chính trị ban hành Nghị quyết.\n\n" + sentence + "\n"
    assert [c.relation for c in extract_text(text).citations] == [relation]
