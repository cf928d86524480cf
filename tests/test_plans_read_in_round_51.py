"""Shapes found by reading real plans kept in other public repositories in round 51 (a commune Front committee's
election plan, a Government resolution issuing a plan, a Prime Minister's decision approving a scheme, and a province's
plan converted from PDF with its header in two columns). Table-driven: the text → the records it gives."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.header import parse_info
from kehoach_nlp.pipeline import extract_text

PLAN = "KẾ HOẠCH\nTổ chức hội nghị hiệp thương\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm dân chủ.\nII. TỔ CHỨC THỰC HIỆN\n"


def _records(body: str, plan: str = PLAN) -> list[tuple[str, str, str, str | None]]:
    return [(a.agency, a.task, a.mode, a.due) for a in extract_text(plan + body).assignments]


def test_an_items_attribute_labels_are_no_tasks() -> None:
    # "Thời gian:", "Thành phần:", "Kết quả:" around the lead label describe the item: its task is the "Nội dung", its
    # due the bare "Thời gian" line
    body = ("1. Hội nghị hiệp thương lần thứ nhất.\n\n"
            "1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử.\n\n"
            "- Thời gian: Dự kiến ngày 05/12/2025.\n\n"
            "- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Thường trực HĐND, UBND xã.\n\n"
            "- Đơn vị chủ trì: Ban Công tác mặt trận thôn.\n\n"
            "- Kết quả: Biên bản Hội nghị hiệp thương lần thứ nhất.\n")
    assert _records(body) == [
        ("Ban công tác Mặt trận thôn",
         "Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử", "assigned",
         "Dự kiến ngày 05/12/2025")]


@pytest.mark.parametrize("body, expected", [
    # the issuer's courteous request: the bodies asked have the task (requested), the asker none
    ("3. Chính phủ trân trọng đề nghị Ban Tuyên giáo và Dân vận Trung ương, Văn phòng Trung ương Đảng phối hợp trong "
     "quá trình triển khai thực hiện.\n",
     [("Ban Tuyên giáo và Dân vận Trung ương", "phối hợp trong quá trình triển khai thực hiện", "requested", None),
      ("Văn phòng Trung ương Đảng", "phối hợp trong quá trình triển khai thực hiện", "requested", None)]),
    ("4. Ủy ban nhân dân tỉnh trân trọng đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.\n",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp tuyên truyền", "requested", None)]),
    # the plain request already read so
    ("4. Ủy ban nhân dân tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.\n",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp tuyên truyền", "requested", None)]),
])
def test_a_courteous_request_is_the_asked_bodies_task(body: str, expected: list) -> None:
    assert _records(body) == expected


def test_a_thanks_gives_no_task() -> None:
    body = "Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự quan tâm của Đoàn đại biểu Quốc hội tỉnh.\n"
    assert _records(body) == []


@pytest.mark.parametrize("header, issuer, number, place, issued_on", [
    # a PDF converter's two columns: issuer and motto, number and place-date share lines
    ("     ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "       TỈNH LÀO CAI                       Độc lập - Tự do - Hạnh phúc\n\n"
     "      Số: 134 /KH-UBND                   Lào Cai, ngày 26 tháng 3 năm 2026\n\n\n"
     "                                KẾ HOẠCH\n  Thực hiện Nghị quyết số 34-NQ/TU\n",
     "Ủy ban nhân dân tỉnh Lào Cai", "134/KH-UBND", "Lào Cai", date(2026, 3, 26)),
    # a number left blank, its blanks kept with its label (no column)
    ("UỶ BAN MTTQ VIỆT NAM\n\nPHƯỜNG BẮC CAM RANH\n\nBAN THƯỜNG TRỰC\n\nSố:        /KH-MTTQ-BTT\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\n\nKiểm tra công tác bầu cử\n",
     "Ban thường trực", None, None, None),
])
def test_a_header_in_two_columns(header: str, issuer: str, number: str | None, place: str | None,
                                 issued_on: date | None) -> None:
    info = parse_info(header)
    assert (info.issuer, info.number, info.place, info.issued_on) == (issuer, number, place, issued_on)


@pytest.mark.parametrize("body, expected", [
    # a gazette's hard-wrapped block: the heading line holds the name, the next line opens with the task's verb
    ("2. Bộ Giáo dục và Đào tạo\nChỉ đạo các cơ sở đào tạo trọng điểm chủ động phối hợp với các bộ, ngành.\n"
     "3. Bộ Tài chính\nCân đối, bố trí kinh phí thực hiện theo quy định.\n",
     [("Bộ Giáo dục và Đào tạo", "Chỉ đạo các cơ sở đào tạo trọng điểm chủ động phối hợp với các bộ, ngành", "assigned",
       None),
      ("Bộ Tài chính", "Cân đối, bố trí kinh phí thực hiện theo quy định", "assigned", None)]),
    # a name wrapped over the line still goes on
    ("1. Ủy ban Mặt trận Tổ quốc Việt\nNam tỉnh chủ trì giám sát việc thực hiện.\n",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "chủ trì giám sát việc thực hiện", "assigned", None)]),
])
def test_a_name_ends_at_the_line_that_opens_with_a_task(body: str, expected: list) -> None:
    assert _records(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a commune plan's posts with no body of their own hold the tasks under them
    ("3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n\n- Tham mưu xây dựng kế hoạch.\n\n"
     "- Tổng hợp, báo cáo kết quả.\n",
     [("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "Tham mưu xây dựng kế hoạch", "assigned", None),
      ("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "Tổng hợp, báo cáo kết quả", "assigned", None)]),
    ("1. Công chức Văn hóa - Xã hội xã\n\n- Tham mưu xây dựng kế hoạch tuyên truyền.\n",
     [("Công chức Văn hóa - Xã hội xã", "Tham mưu xây dựng kế hoạch tuyên truyền", "assigned", None)]),
    ("5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng\n\n"
     "- Thực hiện nhiệm vụ theo phân công.\n",
     [("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng",
       "Thực hiện nhiệm vụ theo phân công", "assigned", None)]),
    # a post's heading that is a sentence is no block
    ("4. Cán bộ, công chức vi phạm quy định thì bị xử lý kỷ luật.\n", []),
])
def test_a_post_heading_holds_its_tasks(body: str, expected: list) -> None:
    assert _records(body) == expected


def test_labels_after_the_last_step_cover_the_steps_before() -> None:
    plan = PLAN.replace("II. TỔ CHỨC THỰC HIỆN", "II. NỘI DUNG, PHÂN CÔNG TRÁCH NHIỆM")
    body = ("3. Tổ chức theo dõi, kiểm tra công tác bầu cử\n\n"
            "3.1. Tham gia các đoàn kiểm tra, giám sát công tác bầu cử.\n\n"
            "3.2. Tổng hợp, báo cáo kịp thời các khó khăn, vướng mắc.\n\n"
            "3.3. Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử.\n\n"
            "- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.\n\n"
            "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã.\n")
    agency = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert _records(body, plan) == [
        (agency, "Tham gia các đoàn kiểm tra, giám sát công tác bầu cử", "assigned", "Từ tháng 12/2025 đến quý I/2026"),
        (agency, "Tổng hợp, báo cáo kịp thời các khó khăn, vướng mắc", "assigned", "Từ tháng 12/2025 đến quý I/2026"),
        (agency, "Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử", "assigned",
         "Từ tháng 12/2025 đến quý I/2026")]


def test_the_gazettes_page_heads_are_no_text() -> None:
    # a page of the Official Gazette cuts a block's task; its running head and page number go, the task goes on
    body = ("1. Bộ Nội vụ chủ trì hướng dẫn việc sắp xếp, bố trí đội ngũ người hoạt động không chuyên trách ở\n\n"
            "CÔNG BÁO/Số 302/Ngày 02-06-2026 \n72\n \n \nthôn, tổ dân phố.\n")
    doc = extract_text(PLAN + body)
    # one task over the page break (its text quotes the source, the head included), and the page number no target
    assert [(a.agency, a.role, a.task.endswith("thôn, tổ dân phố")) for a in doc.assignments] == [
        ("Bộ Nội vụ", "lead", True)]
    assert doc.targets == []


def test_a_long_title_wrapped_over_lines_is_whole() -> None:
    title = ("Về Kế hoạch thực hiện Kết luận số 213-KL/TW ngày 21 tháng 11 năm 2025 của Ban Bí thư về tiếp tục thực "
             "hiện Chỉ thị số 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối "
             "với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai")
    assert len(title) > 250
    text = "CHÍNH PHỦ\n\nSố: 116/NQ-CP\n\nNGHỊ QUYẾT\n" + title + "\n\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n"
    assert parse_info(text).title == title


@pytest.mark.parametrize("body, expected", [
    # a committee's part written once before two committees is each committee's part
    ("1. Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo việc sắp xếp thôn, tổ dân phố.\n",
     [("Ban Thường vụ Tỉnh ủy", "lãnh đạo việc sắp xếp thôn, tổ dân phố", "assigned", None),
      ("Ban Thường vụ Thành ủy", "lãnh đạo việc sắp xếp thôn, tổ dân phố", "assigned", None)]),
    # a day of every week is the task's frequency; the annual plan a task makes is none
    ("2. Bộ Nội vụ\n\n- Định kỳ thứ Hai hằng tuần báo cáo Thủ tướng Chính phủ kết quả thực hiện.\n\n"
     "- Xây dựng kế hoạch hằng năm về đào tạo nguồn nhân lực.\n",
     [("Bộ Nội vụ", "Định kỳ thứ Hai hằng tuần báo cáo Thủ tướng Chính phủ kết quả thực hiện", "assigned",
       "Định kỳ thứ Hai hằng tuần"),
      ("Bộ Nội vụ", "Xây dựng kế hoạch hằng năm về đào tạo nguồn nhân lực", "assigned", None)]),
])
def test_gazette_plans_bodies_and_dues(body: str, expected: list) -> None:
    assert _records(body) == expected


def test_leading_with_another_body_leads() -> None:
    body = "3. Bộ Khoa học và Công nghệ đồng chủ trì với Bộ Công Thương xây dựng chương trình.\n"
    assert [(a.agency, a.role, a.partners) for a in extract_text(PLAN + body).assignments] == [
        ("Bộ Khoa học và Công nghệ", "lead", ["Bộ Công Thương"])]


def test_the_spirit_of_a_document_is_carried_out() -> None:
    text = PLAN + "Tiếp tục sắp xếp theo tinh thần Chỉ thị số 18/CT-TTg ngày 10/4/2025 của Thủ tướng Chính phủ.\n"
    assert [(c.number, c.relation) for c in extract_text(text).citations] == [("18/CT-TTg", "implements")]


def test_the_news_agencies_are_one_group() -> None:
    body = "Đề nghị Sở Y tế và các cơ quan thông tấn, báo chí phối hợp tuyên truyền.\n"
    assert [(a.agency, a.task) for a in extract_text(PLAN + body).assignments] == [
        ("Sở Y tế", "phối hợp tuyên truyền"), ("các cơ quan thông tấn, báo chí", "phối hợp tuyên truyền")]


def test_a_duty_colon_runs_to_the_paragraphs_end() -> None:
    body = ("7. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố có trách nhiệm: Lãnh đạo, chỉ đạo "
            "thực hiện tốt các quy định về bảo vệ bí mật nhà nước. Đối với các cơ quan, tổ chức vi phạm, tùy tính chất, "
            "mức độ xem xét, xử lý theo quy định.\n")
    records = extract_text(PLAN + body).assignments
    assert [(a.agency, a.task.split()[0]) for a in records] == [
        ("các sở, ban, ngành", "có"), ("Ủy ban nhân dân các huyện, thành phố", "có"),
        ("các sở, ban, ngành", "Đối"), ("Ủy ban nhân dân các huyện, thành phố", "Đối")]


def test_a_signature_opens_the_closing() -> None:
    text = ("CHỈ THỊ\nVề sắp xếp thôn, tổ dân phố\nI. NGUYÊN TẮC, YÊU CẦU\nBảo đảm ổn định.\nII. TỔ CHỨC THỰC HIỆN\n"
            "9. Các bộ, cơ quan ngang bộ chủ động rà soát các văn bản có liên quan.\n\n KT. THỦ TƯỚNG \n PHÓ THỦ TƯỚNG \n"
            "Phạm Thị Thanh Trà\n")
    sections = extract_text(text).sections
    assert [s.kind for s in sections][-1] == "closing"
    assert text[sections[-1].start:].lstrip().startswith("KT. THỦ TƯỚNG")


def test_a_heading_of_officials_opened_by_the_plural() -> None:
    # "Các Bộ trưởng, …, Chủ tịch …:" over lettered items: the Government's phrase and the provinces hold each item
    body = ("1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân\ndân các tỉnh, thành phố:\n"
            "a) Xây dựng, ban hành Kế hoạch chi tiết.\nb) Tổ chức tuyên truyền sâu rộng.\n")
    assert [(a.agency, a.task) for a in extract_text(PLAN + body).assignments] == [
        ("các bộ, cơ quan ngang bộ", "Xây dựng, ban hành Kế hoạch chi tiết"),
        ("Ủy ban nhân dân các tỉnh, thành phố", "Xây dựng, ban hành Kế hoạch chi tiết"),
        ("các bộ, cơ quan ngang bộ", "Tổ chức tuyên truyền sâu rộng"),
        ("Ủy ban nhân dân các tỉnh, thành phố", "Tổ chức tuyên truyền sâu rộng")]


def test_labels_after_the_last_step_leave_a_step_with_its_own_doer() -> None:
    body = ("3. Theo dõi công tác bầu cử\n\n3.1. Sở Y tế chủ trì tổ chức kiểm tra.\n\n3.2. Theo dõi, đôn đốc.\n\n"
            "- Đơn vị chủ trì: Sở Nội vụ.\n")
    assert [(a.agency, a.task) for a in extract_text(PLAN + body).assignments] == [
        ("Sở Y tế", "chủ trì tổ chức kiểm tra"), ("Sở Nội vụ", "Theo dõi, đôn đốc")]


@pytest.mark.parametrize("text, names", [
    # the sector a body serves, written right after its name in lower case, is part of the name
    ("Hội đồng Thi đua - Khen thưởng ngành Y tế thành phố chủ trì", ["Hội đồng Thi đua - Khen thưởng ngành Y tế thành phố"]),
    ("Công đoàn ngành Giáo dục tỉnh phối hợp", ["Công đoàn ngành Giáo dục tỉnh"]),
    # after "và" the sector is a body of its own
    ("Sở Y tế và ngành Giáo dục phối hợp", ["Sở Y tế", "Ngành Giáo dục"]),
])
def test_a_bodys_sector_is_part_of_its_name(text: str, names: list[str]) -> None:
    assert [m.canonical for m in find_agencies(text)] == names
