"""Shapes found by reading real plans kept in other public repositories in round 48 (ministries' and provinces'
plans attached to their decisions). Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.assignments.common import task_due
from kehoach_nlp.assignments.rows import cell_agencies
from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.text import normalize

PLAN = "KẾ HOẠCH\nThích ứng với biến đổi khí hậu\nI. MỤC TIÊU\nBảo đảm thiết thực.\nII. TỔ CHỨC THỰC HIỆN\n"


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(PLAN + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # a block heading that lists the Government's agencies by kind ("cơ quan thuộc Chính phủ"), wrapped over a line:
    # the kind and its owner are one group, the Government is no assignee
    ("1. Bộ Tài chính\n- Chủ trì cân đối kinh phí.\n"
     "2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân\ncác tỉnh, thành phố trực thuộc trung ương\n"
     "- Bố trí nguồn lực thực hiện các nhiệm vụ;\n",
     [("Bộ Tài chính", "Chủ trì cân đối kinh phí"),
      ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bố trí nguồn lực thực hiện các nhiệm vụ"),
      ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Bố trí nguồn lực thực hiện các nhiệm vụ")]),
    # a unit named with its owner over bullets: the owner is no task
    ("1. Trung tâm Chuyển đổi số thuộc Sở Khoa học và Công nghệ\n- Vận hành hệ thống.\n",
     [("Trung tâm Chuyển đổi số", "Vận hành hệ thống")]),
])
def test_block_headings(body: str, expected: list[tuple[str, str]]) -> None:
    assert _records(body) == expected


def test_the_closing_formula_under_a_body_heading_is_the_body_block() -> None:
    # "Căn cứ Kế hoạch này …" right under a numbered body's title line is that body's task, not the plan's closing
    text = (PLAN + "1. Sở Tài chính:\n\nBố trí kinh phí thực hiện.\n\n2. Sở Kế hoạch và Đầu tư:\n\n"
            "Căn cứ Kế hoạch này để tổng hợp, bố trí vốn cho Ủy ban nhân dân các huyện.\n\n"
            "3. Sở Y tế:\n\nTổ chức khám sàng lọc.\n\nTrên đây là Kế hoạch của Ủy ban nhân dân tỉnh./.\n")
    doc = extract_text(text)
    assert [a.agency for a in doc.assignments] == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Y tế"]
    assert doc.sections[-1].kind == "closing" and text[doc.sections[-1].start:].startswith("Trên đây là")


@pytest.mark.parametrize("task, due", [
    # a quarter by its Arabic number, a frequency with its measure in years
    ("Chủ trì xây dựng Đề án, trình Thủ tướng Chính phủ trong quý 1/2019", "trong quý 1/2019"),
    ("Hoàn thành trước quý 2/2026", "trước quý 2/2026"),
    ("định kỳ 5 năm sơ kết đánh giá tình hình thực hiện", "định kỳ 5 năm"),
    ("Hoàn thành trong quý IV năm 2025", "trong quý IV năm 2025"),
])
def test_quarters_and_multi_year_frequencies(task: str, due: str) -> None:
    assert task_due(task) == due


def test_the_ministers_formula_with_directly_attached_agencies() -> None:
    # "Thủ trưởng cơ quan trực thuộc Chính phủ" is the third kind with its own head, as "cơ quan thuộc Chính phủ" is
    text = ("Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan trực thuộc Chính phủ, Chủ tịch Ủy "
            "ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.\n")
    assert [a.agency for a in extract_text(text).assignments] == [
        "các bộ", "các cơ quan ngang Bộ", "các cơ quan trực thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_doer_label_whose_partners_are_listed_by_semicolons() -> None:
    text = ("KẾ HOẠCH\nQuan hệ lao động\nI. NHIỆM VỤ\n1.3. Tuyên truyền pháp luật cho người lao động.\n"
            "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; "
            "Ủy ban nhân dân các huyện, thành phố.\n- Thời gian thực hiện: Thực hiện thường xuyên.\n")
    records = [(a.agency, a.role, a.task, a.due) for a in extract_text(text).assignments]
    task = "Tuyên truyền pháp luật cho người lao động"
    assert records == [("Sở Y tế", "lead", task, "Thực hiện thường xuyên"),
                       ("Liên đoàn Lao động tỉnh", "support", task, "Thực hiện thường xuyên"),
                       ("Ủy ban nhân dân các huyện, thành phố", "support", task, "Thực hiện thường xuyên")]


def test_a_pdf_page_number_between_two_lines_is_no_target() -> None:
    # the text layer of a PDF keeps each page's centred number on a line of its own, inside a sentence
    text = (PLAN.replace("Bảo đảm thiết thực.", "Triển khai các giải pháp nâng cao năng\n" + " " * 40 + "4\n"
                         "lực thích ứng với biến đổi khí hậu; phấn đấu 100% xã có phương án ứng phó."))
    doc = extract_text(text)
    assert [t.text for t in doc.targets] == ["100%"]
    assert "nâng cao năng lực" in " ".join(normalize(text).text.split())


@pytest.mark.parametrize("title, issuer", [
    # the issuer written in capitals in the plan's title line, a central body cased back as running text writes it
    ("THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19/7/2017 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG VỀ TIẾP TỤC TĂNG CƯỜNG", "Ban Bí thư"),
    ("THỰC HIỆN KẾT LUẬN SỐ 132-KL/TW CỦA BỘ CHÍNH TRỊ VỀ PHÂN CẤP QUẢN LÝ", "Bộ Chính trị"),
    ("TRIỂN KHAI QUYẾT ĐỊNH SỐ 416/QĐ-TTG NGÀY 1/4/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    # a local body's place cannot be cased back: the sign's issuer stays
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 37-NQ/TU NGÀY 5/5/2020 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ VIỆC", "Tỉnh ủy"),
])
def test_an_issuer_in_an_upper_case_title(title: str, issuer: str) -> None:
    assert [c.issuer for c in extract_text("KẾ HOẠCH\n" + title + "\n").citations] == [issuer]


@pytest.mark.parametrize("cell, bodies", [
    # a ministry's departments named in sentence case, listed in one label line or cell: each runs to its separator
    ("Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật dân sự - kinh tế, Vụ Pháp luật quốc tế",
     ["Vụ Các vấn đề chung về xây dựng pháp luật", "Vụ Pháp luật dân sự - kinh tế", "Vụ Pháp luật quốc tế"]),
    # a comma inside one body's name
    ("Vụ Phổ biến, giáo dục pháp luật", ["Vụ Phổ biến, giáo dục pháp luật"]),
    # … but a group after the body is a group of its own
    ("Sở Y tế, các đơn vị liên quan", ["Sở Y tế", "các đơn vị liên quan"]),
    ("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Sở Tư pháp", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Tư pháp"]),
])
def test_bodies_of_a_cell_in_sentence_case(cell: str, bodies: list[str]) -> None:
    assert [m.text for m in cell_agencies(cell, 0, len(cell))] == bodies


@pytest.mark.parametrize("header, issuer, number", [
    # round 49: a header laid out as a table row, each cell with the rule drawn under it (thuvienphapluat.vn pages)
    ("| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "--------------- |\n|---|---|\n| Số: 254/QĐ-UBND | Sơn La, ngày 17 tháng 02 năm 2023 |\n",
     "Ủy ban nhân dân tỉnh Sơn La", "254/QĐ-UBND"),
    # … not an address in an information box ("Số 05, Nguyễn Tất Thành")
    ("| Trụ sở UBND | Số 05, Nguyễn Tất Thành, phường 1 |\n", None, None),
])
def test_a_header_laid_out_as_a_table_row(header: str, issuer: str | None, number: str | None) -> None:
    info = extract_text(header + "\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH NĂM 2023\n\nCăn cứ Luật Tổ chức chính quyền địa "
                        "phương;\n").info
    assert (info.issuer, info.number) == (issuer, number)


def test_a_groups_abbreviations_are_expanded() -> None:
    # round 49: whichever finder reads a group, its agency is written with abbreviations expanded (SPEC §6)
    records = _records("1. Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục quán triệt "
                       "các quy định về bảo vệ bí mật nhà nước.\n")
    assert [agency for agency, _ in records] == ["Các sở, ban, ngành trực thuộc Ủy ban nhân dân tỉnh",
                                                 "Ủy ban nhân dân các huyện, thành phố"]


def test_a_mandate_by_the_tasks_given_between_subjects_and_verb() -> None:
    # round 49: "theo nhiệm vụ được giao" after a subject list is the task's opening, as "theo chức năng, nhiệm vụ" is
    records = _records("1. Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các bộ, cơ quan ngang bộ, Ủy ban "
                       "nhân dân các tỉnh, thành phố trực thuộc trung ương theo nhiệm vụ được giao tổ chức xây dựng kế "
                       "hoạch thực hiện.\n")
    assert records == [("các bộ, cơ quan ngang bộ", "theo nhiệm vụ được giao tổ chức xây dựng kế hoạch thực hiện"),
                       ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                        "theo nhiệm vụ được giao tổ chức xây dựng kế hoạch thực hiện")]


@pytest.mark.parametrize("body, expected", [
    # round 49: making a policy is a task, as making a plan or a rule is ("ban hành" alone refuses one: an act named
    # and numbered is news of its issue)
    ("II. NHIỆM VỤ\n1. Hoàn thiện thể chế\n- Ủy ban nhân dân các tỉnh ban hành cơ chế, chính sách để nâng cao năng lực "
     "quản lý.\n", [("Ủy ban nhân dân các tỉnh", "ban hành cơ chế, chính sách để nâng cao năng lực quản lý")]),
    ("II. NHIỆM VỤ\n1. Hoàn thiện thể chế\n- Bộ Y tế ban hành Chỉ thị số 12/CT-BYT về phòng dịch.\n", []),
])
def test_making_a_policy_is_a_task(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.agency, a.task) for a in extract_text(body).assignments] == expected


@pytest.mark.parametrize("task, due", [
    # round 49: an annual budget is no frequency of the task …
    ("bố trí kinh phí thường xuyên trong dự toán ngân sách nhà nước hằng năm của các bộ", None),
    ("tổng hợp vào kế hoạch ngân sách tỉnh hàng năm, để báo cáo", None),
    # … a frequency written for the task still is
    ("Định kỳ hằng năm báo cáo kết quả thực hiện", "Định kỳ hằng năm"),
    ("bố trí ngân sách và hằng năm báo cáo kết quả", "hằng năm"),
])
def test_an_annual_budget_is_no_frequency(task: str, due: str | None) -> None:
    assert task_due(task) == due


def test_sub_items_under_a_bullet_lead_in_take_its_role_and_partners() -> None:
    # round 49: "- Chủ trì, phối hợp với … tham mưu UBND tỉnh:" over "+ …" items leads each, with its partners; the
    # next item of the lead-in's own level is the block's again
    text = PLAN + ("1. Công an tỉnh\n- Chủ trì, phối hợp với Sở Y tế tham mưu UBND tỉnh:\n+ Triển khai các đợt cao điểm "
                   "tấn công trấn áp tội phạm ma túy.\n+ Kiểm tra các cơ sở kinh doanh dịch vụ.\n- Tổ chức tuyên truyền.\n")
    assert [(a.task, a.role, a.partners) for a in extract_text(text).assignments] == [
        ("Triển khai các đợt cao điểm tấn công trấn áp tội phạm ma túy", "lead", ["Sở Y tế"]),
        ("Kiểm tra các cơ sở kinh doanh dịch vụ", "lead", ["Sở Y tế"]),
        ("Tổ chức tuyên truyền", "responsible", [])]


def test_a_heading_of_a_body_then_a_group_after_a_comma() -> None:
    # round 49: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh": two assignees
    records = _records("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh\n"
                       "- Tuyên truyền, vận động Nhân dân.\n")
    assert records == [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tuyên truyền, vận động Nhân dân"),
                       ("các tổ chức chính trị - xã hội tỉnh", "Tuyên truyền, vận động Nhân dân")]


@pytest.mark.parametrize("task, due", [
    # round 49: a note that the work is done is no deadline; a school's term is a frequency
    ("Rà soát hồ sơ (đã hoàn thành trong tháng 4/2026)", None),
    ("Tổ chức sinh hoạt chuyên đề mỗi học kỳ ít nhất một lần", "mỗi học kỳ"),
    ("Triển khai trong năm 2026", "trong năm 2026"),
])
def test_a_done_note_and_a_schools_term(task: str, due: str | None) -> None:
    assert task_due(task) == due


@pytest.mark.parametrize("line, status", [
    # round 49: "đã được" after the figure is a relative clause of the counted noun, not a result
    ("- Triển khai các giải pháp giữ vững đối với 100% xã, phường đã được công nhận không ma túy.", "target"),
    ("- Năm 2025 đã có 80% xã được công nhận.", "achieved"),
])
def test_a_past_relative_clause_after_the_figure(line: str, status: str) -> None:
    doc = extract_text("KẾ HOẠCH\nPhòng, chống ma túy\nI. MỤC TIÊU\n1. Mục tiêu cụ thể\n" + line + "\n")
    assert [t.status for t in doc.targets] == [status]
