"""Shapes found by reading real plans kept in other public repositories in round 50 (a ward Front committee's plan for
the 2026 election, a city's decision issuing a housing plan, a ministry-level plan, a province's plan after the 2025
mergers) and regulations of the dev split. Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.assignments.common import task_due
from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.text import normalize

PLAN = "KẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thiết thực.\nII. TỔ CHỨC THỰC HIỆN\n"


def _records(body: str, plan: str = PLAN) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(plan + body).assignments]


@pytest.mark.parametrize("text, names", [
    # the bodies an election sets up, named in lower case after their head word, with their level
    ("Ủy ban bầu cử phường tổ chức hội nghị", ["Ủy ban bầu cử phường"]),
    ("Tổ bầu cử niêm yết danh sách cử tri", ["Tổ bầu cử"]),
    # the Front's committee of a residential area, its area's level kept
    ("Ban công tác Mặt trận các tổ dân phố chủ động phối hợp", ["Ban công tác Mặt trận các tổ dân phố"]),
    ("Ban Công tác Mặt trận thôn phối hợp", ["Ban công tác Mặt trận thôn"]),
    # a team a plan sets up, its comma inside the name
    ("Đoàn kiểm tra, giám sát làm việc với đối tượng giám sát", ["Đoàn kiểm tra, giám sát"]),
    # "Tổ" after a dash still goes on with a name ("Tổ chức"), it opens no "Tổ bầu cử"
    ("Phòng Hành chính – Tổ chức phải hoàn thành việc rà soát", ["Phòng Hành chính - Tổ chức"]),
])
def test_bodies_named_in_lower_case_after_their_head(text: str, names: list[str]) -> None:
    assert [m.canonical for m in find_agencies(text)] == names


@pytest.mark.parametrize("body, expected", [
    # numbered items of the implementation part whose subjects are such bodies
    ("1. Ban công tác Mặt trận các tổ dân phố căn cứ kế hoạch này, chủ động phối hợp thực hiện kế hoạch kiểm tra.\n"
     "2. Ủy ban bầu cử phường tổ chức hội nghị.\n",
     [("Ban công tác Mặt trận các tổ dân phố", "căn cứ kế hoạch này, chủ động phối hợp thực hiện kế hoạch kiểm tra"),
      ("Ủy ban bầu cử phường", "tổ chức hội nghị")]),
    # the end of an event fronted before the subject, and a comma between the subject and its duty
    ("5. Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ Việt Nam phường, chịu trách nhiệm tổng hợp báo cáo.\n",
     [("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường", "chịu trách nhiệm tổng hợp báo cáo")]),
    # a list left open with an ellipsis before its verb
    ("3. Đối với các tổ chức khác\nĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh Đoàn... "
     "phát động các cuộc vận động giúp đỡ các hộ gia đình.\n",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phát động các cuộc vận động giúp đỡ các hộ gia đình"),
      ("Hội Cựu chiến binh tỉnh", "phát động các cuộc vận động giúp đỡ các hộ gia đình"),
      ("Tỉnh đoàn", "phát động các cuộc vận động giúp đỡ các hộ gia đình")]),
])
def test_subjects_of_a_ward_plans_items(body: str, expected: list[tuple[str, str]]) -> None:
    assert _records(body) == expected


def test_a_listing_lead_in_over_things_is_one_task() -> None:
    # "bao gồm:" over the documents of a file: the lead-in holds them; over verbs, the items are tasks of their own
    body = ("1. Ủy ban nhân dân xã:\n- Lập hồ sơ hoàn công cho từng hộ gia đình, bao gồm:\n"
            "+ Đơn đề nghị hỗ trợ về nhà ở của hộ gia đình;\n+ Biên bản xác nhận hoàn thành (01 bản).\n"
            "- Báo cáo kết quả, gồm:\n+ Tổng hợp số liệu các hộ;\n+ Lập danh sách đề nghị.\n")
    tasks = [task for _, task in _records(body)]
    assert len(tasks) == 3
    assert tasks[0].startswith("Lập hồ sơ hoàn công") and tasks[0].endswith("Biên bản xác nhận hoàn thành (01 bản)")
    assert tasks[1:] == ["Tổng hợp số liệu các hộ", "Lập danh sách đề nghị"]


REGULATION = "QUY CHẾ\nQuản lý tài liệu lưu trữ\n"


@pytest.mark.parametrize("body, expected", [
    # an article whose heading says whose duties follow, over items that name no body: that assignee's tasks, its
    # name read to the heading's end (lower-case words and all)
    ("Điều 6. Trách nhiệm của Trung tâm Lưu trữ lịch sử\n1. Thu thập, chỉnh lý tài liệu lưu trữ.\n"
     "2. Bảo quản an toàn tài liệu.\nĐiều 7. Trách nhiệm của chủ rừng\n1. Xây dựng phương án phòng cháy.\n",
     [("Trung tâm Lưu trữ lịch sử", "Thu thập, chỉnh lý tài liệu lưu trữ"),
      ("Trung tâm Lưu trữ lịch sử", "Bảo quản an toàn tài liệu"),
      ("Chủ rừng", "Xây dựng phương án phòng cháy")]),
])
def test_an_articles_duty_heading(body: str, expected: list[tuple[str, str]]) -> None:
    assert _records(body, REGULATION) == expected


@pytest.mark.parametrize("task, due", [
    # the plan a task follows is annual, the task has no frequency of its own
    ("chủ trì tổ chức thực hiện theo kế hoạch hàng năm và dài hạn", None),
    # … nor is the annual plan a task makes (round 51, as the real dev gold reads "Xây dựng Kế hoạch hàng năm của UBND
    # tỉnh …" and two reviews of new plans agreed); a task done every year has
    ("xây dựng kế hoạch hằng năm", None),
    ("tổ chức kiểm tra hằng năm", "hằng năm"),
])
def test_the_plan_followed_is_no_frequency(task: str, due: str | None) -> None:
    assert task_due(task) == due


def test_a_sentence_opened_by_a_connective_goes_on_with_the_bodys_tasks() -> None:
    records = _records("1. Sở Y tế tổ chức tập huấn cho cán bộ. Đồng thời, thực hiện báo cáo đột xuất khi có yêu cầu.\n",
                       "")
    assert records == [("Sở Y tế", "tổ chức tập huấn cho cán bộ"),
                       ("Sở Y tế", "Đồng thời, thực hiện báo cáo đột xuất khi có yêu cầu")]


@pytest.mark.parametrize("line, cited", [
    # a law's name that joins two bodies by "và"
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
     "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"),
    ("Căn cứ Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 năm 2015;",
     "Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"),
    # "và" before another document ends the name
    ("Căn cứ Luật Đất đai và Nghị định số 102/2024/NĐ-CP;", "Luật Đất đai"),
])
def test_a_laws_name_with_two_bodies(line: str, cited: str) -> None:
    assert extract_text("KẾ HOẠCH\n\n" + line + "\n").citations[0].text == cited


def test_an_annex_table_of_programmes_whose_rows_have_no_number() -> None:
    # "Tên chương trình, đề án" names the task column; each row's number cell is empty; "<br>" in a cell is a space
    text = ("KẾ HOẠCH\nPhát triển nhân lực\nI. TỔ CHỨC THỰC HIỆN\nCác bộ triển khai.\n\nPhụ lục\n\n"
            "| STT | Tên chương trình, đề án | Đơn vị<br>chủ trì | Đơn vị phối hợp | Thời gian thực hiện |\n"
            "| --- | --- | --- | --- | --- |\n"
            "|  | Xây dựng cơ sở dữ liệu về nhân lực | Bộ Giáo dục và Đào tạo | Bộ Nội vụ, Bộ Công an | Giai đoạn<br>2026 - 2030 |\n"
            "|  | Nghiên cứu đề xuất cơ chế ưu đãi thuế | Bộ Tài chính | Bộ Khoa học và Công nghệ | Tháng 12/2027 |\n")
    records = [(a.agency, a.role, a.task, a.due) for a in extract_text(text).assignments if a.rule == "assignments.table"]
    assert records == [
        ("Bộ Giáo dục và Đào tạo", "lead", "Xây dựng cơ sở dữ liệu về nhân lực", "Giai đoạn 2026 - 2030"),
        ("Bộ Nội vụ", "support", "Xây dựng cơ sở dữ liệu về nhân lực", "Giai đoạn 2026 - 2030"),
        ("Bộ Công an", "support", "Xây dựng cơ sở dữ liệu về nhân lực", "Giai đoạn 2026 - 2030"),
        ("Bộ Tài chính", "lead", "Nghiên cứu đề xuất cơ chế ưu đãi thuế", "Tháng 12/2027"),
        ("Bộ Khoa học và Công nghệ", "support", "Nghiên cứu đề xuất cơ chế ưu đãi thuế", "Tháng 12/2027")]


def test_a_label_line_under_a_task_notes_a_detail() -> None:
    # a conference's time is the task's due, its members and place are no tasks
    body = ("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã:\n- Chủ trì tổ chức Hội nghị hiệp thương lần thứ nhất.\n"
            "- Thời gian: Ngày 05/12/2025.\n- Thành phần: Đại diện các tổ chức thành viên.\n- Địa điểm: Hội trường xã.\n"
            "- Gửi biên bản về Ủy ban bầu cử xã.\n")
    doc = extract_text(PLAN + body)
    assert [(a.task, a.due) for a in doc.assignments] == [
        ("Chủ trì tổ chức Hội nghị hiệp thương lần thứ nhất", "Ngày 05/12/2025"), ("Gửi biên bản về Ủy ban bầu cử xã", None)]


@pytest.mark.parametrize("body, partners", [
    # a first partner no list knows, then known ones
    ("1. Sở Tài chính:\n- Phối hợp với cơ quan Thuế, Sở Nông nghiệp và Môi trường kiểm tra việc kê khai thuế.\n",
     ["Sở Nông nghiệp và Môi trường"]),
    # "phối hợp … giữa" names the parties of a coordination, no partners
    ("1. Sở Tài chính:\n- Tăng cường phối hợp hiệu quả giữa chính quyền, lực lượng Công an và gia đình.\n", []),
])
def test_partners_after_an_unknown_first_partner(body: str, partners: list[str]) -> None:
    assert [a.partners for a in extract_text(PLAN + body).assignments] == [partners]


def test_a_committee_the_document_sets_up_keeps_its_whole_name() -> None:
    # the name a document sets a body up with holds "cho", "với" and a verb; where it is written again it is that body
    text = ("Ủy ban nhân dân xã thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng, gồm đại "
            "diện chính quyền cấp xã.\n\nBan Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng tổ chức "
            "kiểm tra hiện trạng nhà ở.")
    names = [m.canonical for m in find_agencies(text)]
    assert names == ["Ủy ban nhân dân xã"] + ["Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng"] * 2


def test_a_due_paragraph_under_a_step_and_a_long_time_clause() -> None:
    text = ("KẾ HOẠCH\nHỗ trợ nhà ở\nI. NỘI DUNG\n2.6. Bước 6: Phê duyệt Đề án.\n\n"
            "Sau khi Ủy ban nhân dân Thành phố phê duyệt Đề án hỗ trợ người có công với cách mạng về nhà ở và quyết định "
            "phân bổ vốn từ ngân sách Trung ương, Sở Tài chính lập thủ tục bố trí kinh phí.\n\n"
            "Thời gian hoàn tất: trước ngày 31 tháng 10 năm 2014.\n")
    assert [(a.agency, a.task, a.due) for a in extract_text(text).assignments] == [
        ("Sở Tài chính", "lập thủ tục bố trí kinh phí", "trước ngày 31 tháng 10 năm 2014")]


def test_a_theme_written_in_parts() -> None:
    # a theme's tasks in one part, the bodies that lead them and their partners on bullet lines under labels of the
    # next, the time in the last: one record per task and lead body, one per task and named partner
    text = ("KẾ HOẠCH\nTriển khai Đề án\nA. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm.\nB. NHIỆM VỤ\n"
            "I. CÔNG TÁC QUÁN TRIỆT\n1. Nội dung, biện pháp\na) Tổ chức Hội nghị quán triệt Chỉ thị;\n"
            "b) Tổ chức tuyên truyền sâu rộng.\n2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n- Bộ Quốc phòng.\n"
            "- Ban Chỉ đạo các tỉnh.\nb) Cơ quan phối hợp\n- Hội Cựu chiến binh Việt Nam.\n"
            "3. Thời gian thực hiện: Tháng 12/2013.\n")
    records = [(a.agency, a.role, a.task, a.due) for a in extract_text(text).assignments]
    tasks = ["Tổ chức Hội nghị quán triệt Chỉ thị", "Tổ chức tuyên truyền sâu rộng"]
    assert records == [(agency, role, task, "Tháng 12/2013") for task in tasks
                       for agency, role in [("Bộ Quốc phòng", "lead"), ("Ban Chỉ đạo các tỉnh", "lead"),
                                            ("Hội Cựu chiến binh Việt Nam", "support")]]


def test_a_sentence_that_spells_out_the_items_below() -> None:
    # ". Cụ thể:" after a body's task: the task, then each item under it
    text = ("KẾ HOẠCH\nKiểm tra\nI. MỤC ĐÍCH\nBảo đảm.\nII. HÌNH THỨC KIỂM TRA\n1. Giám sát\n"
            "- Ban Thường trực Ủy ban MTTQ Việt Nam phường chủ trì tổ chức đoàn kiểm tra, giám sát. Cụ thể:\n"
            "+ Ban hành quyết định thành lập Đoàn kiểm tra.\n+ Lựa chọn địa điểm kiểm tra, giám sát.\n2. Báo cáo\n")
    assert [a.task for a in extract_text(text).assignments] == [
        "chủ trì tổ chức đoàn kiểm tra, giám sát", "Ban hành quyết định thành lập Đoàn kiểm tra",
        "Lựa chọn địa điểm kiểm tra, giám sát"]


@pytest.mark.parametrize("line", [
    # a committee's number after its level, a place by its code, the aspects a task works on: no quantities aimed at
    "Ban Chỉ đạo quốc gia 1237 xây dựng kế hoạch triển khai.",
    "Xây dựng nút giao IC 18 đường cao tốc.",
    "Tăng cường hợp tác trên ba phương diện: chính trị, kinh tế, xã hội.",
])
def test_numbers_that_name_or_list_are_no_targets(line: str) -> None:
    assert extract_text("KẾ HOẠCH\n\nI. MỤC TIÊU\n\n" + line + "\n").targets == []


def test_a_rate_after_a_capitalised_code_is_still_a_target() -> None:
    assert [t.text for t in extract_text("KẾ HOẠCH\n\nI. MỤC TIÊU\n\nTăng trưởng GRDP 8% trở lên.\n").targets] == [
        "8% trở lên"]


def test_a_duty_word_as_a_quality_in_a_list_gives_no_duty() -> None:
    text = ("KẾ HOẠCH\nPhát triển nhân lực\nI. NHIỆM VỤ\n"
            "- Tổ chức hướng dẫn và phổ biến kiến thức sử dụng trí tuệ nhân tạo an toàn, có trách nhiệm, hiệu quả.\n"
            "- Tổ chức, cá nhân hoạt động khoáng sản có trách nhiệm báo cáo định kỳ.\n")
    assert [(a.agency, a.task) for a in extract_text(text).assignments] == [
        ("Tổ chức, cá nhân hoạt động khoáng sản", "có trách nhiệm báo cáo định kỳ")]


def test_a_group_named_by_its_sector_before_a_named_body() -> None:
    body = "2. Các sở quản lý ngành, lĩnh vực cấp tỉnh và Ủy ban nhân dân xã, phường ban hành kế hoạch kiểm tra.\n"
    assert _records(body) == [("Các sở quản lý ngành, lĩnh vực cấp tỉnh", "ban hành kế hoạch kiểm tra"),
                              ("Ủy ban nhân dân xã, phường", "ban hành kế hoạch kiểm tra")]


def test_a_document_rested_on_is_no_document_the_text_is() -> None:
    # a department's plan with no number of its own, "(Ban hành kèm theo Nghị quyết …)" under its title: the resolution
    # its "Căn cứ" names is cited wherever it is named
    text = ("SỞ CÔNG THƯƠNG TỈNH LÀO CAI\n\nKẾ HOẠCH\n\nThực hiện Đề án 08\n\n(Ban hành kèm theo Nghị quyết số 35-NQ/TU "
            "ngày 10/3/2025 của Tỉnh ủy)\n\nCăn cứ Nghị quyết số 35-NQ/TU ngày 10/3/2025 của Ban Chấp hành Đảng bộ tỉnh;\n\n"
            "I. MỤC ĐÍCH\n\nThực hiện Nghị quyết số 35-NQ/TU.\n")
    assert [c.relation for c in extract_text(text).citations] == ["refers", "basis", "implements"]


def test_a_note_of_who_oversees_ends_the_items_tasks() -> None:
    text = ("KẾ HOẠCH\nThực hiện Đề án\nI. NHIỆM VỤ\n1. Phát triển công nghiệp\n- Tham mưu hình thành các ngành công "
            "nghiệp hỗ trợ.\n- Đôn đốc doanh nghiệp chuyển đổi mô hình sản xuất.\nLãnh đạo phụ trách: Phó giám đốc "
            "Hoàng Văn Thuân.\nĐơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng.\n")
    assert [(a.agency, a.task) for a in extract_text(text).assignments if a.role == "lead"] == [
        ("Phòng Quản lý Công nghiệp", "Tham mưu hình thành các ngành công nghiệp hỗ trợ"),
        ("Phòng Quản lý Công nghiệp", "Đôn đốc doanh nghiệp chuyển đổi mô hình sản xuất")]


def test_a_long_list_of_communes_wrapped_over_lines() -> None:
    # every commune after "các xã:" is a body, the list wrapped after a comma and inside a name
    text = ("7. UBND các xã: Hải Tiến, Giao Minh, Giao Hòa, Giao Phúc, Giao Hưng, \nGiao Bình, Giao Ninh, Hải Hưng, "
            "Hải Quang, Hải Xuân, Hải Thịnh, Rạng \nĐông, Kim Đông\n- Xây dựng kế hoạch")
    places = ["Hải Tiến", "Giao Minh", "Giao Hòa", "Giao Phúc", "Giao Hưng", "Giao Bình", "Giao Ninh", "Hải Hưng",
              "Hải Quang", "Hải Xuân", "Hải Thịnh", "Rạng Đông", "Kim Đông"]
    assert [m.canonical for m in find_agencies(text)] == ["Ủy ban nhân dân xã " + place for place in places]


def test_a_bullets_sentence_that_ends_with_a_full_line() -> None:
    # a hard-wrapped page: a bullet whose sentence ends at the line's width goes on to the next marker
    body = ("1. Ủy ban nhân dân các xã ven biển:\n"
            "- Kiện toàn, thành lập Ban quản lý các khu, điểm du lịch biển của địa phương trong năm. \n"
            "Xây dựng kế hoạch tổ chức các hoạt động văn hoá, lễ hội.\n- Bảo đảm an ninh trật tự.\n")
    assert [task for _, task in _records(body)] == [
        "Kiện toàn, thành lập Ban quản lý các khu, điểm du lịch biển của địa phương trong năm. \n"
        "Xây dựng kế hoạch tổ chức các hoạt động văn hoá, lễ hội", "Bảo đảm an ninh trật tự"]


def test_a_converters_page_label_inside_a_sentence() -> None:
    # "## Trang 3" and the page's printed number between the two halves of a sentence: the sentence goes on, the page
    # number is no target
    text = ("KẾ HOẠCH\nPhát triển du lịch\nI. MỤC TIÊU\nĐầu tư hạ tầng tại các xã ven biển; đảm bảo kết nối giữa đất liền"
            "\n\n## Trang 3\n\n3\nvà các điểm du lịch ven biển.\n")
    assert "đất liền và các điểm du lịch" in normalize(text).text and extract_text(text).targets == []


@pytest.mark.parametrize("text, names", [
    # a unit's name with a spaced dash: "Tổng hợp" goes on with it; after "và", "Tổng cục" opens a body of its own
    ("Phòng Kế hoạch - Tổng hợp chủ trì tổng hợp báo cáo.", ["Phòng Kế hoạch - Tổng hợp"]),
    ("Cục Thuế và Tổng cục Hải quan phối hợp kiểm tra.", ["Cục Thuế", "Tổng cục Hải quan"]),
])
def test_a_units_name_with_a_dash(text: str, names: list[str]) -> None:
    assert [m.canonical for m in find_agencies(text)] == names


def test_the_verb_that_holds_an_event_is_no_body() -> None:
    text = "KẾ HOẠCH\nHội nghị cử tri\nI. NỘI DUNG\n1. Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú phải bảo đảm đúng thành phần.\n"
    assert extract_text(text).assignments == []


def test_a_line_that_opens_with_a_body_ends_the_bullet_before() -> None:
    # the bullet's last line is full, but the next line is a sentence with a subject of its own
    body = ("1. Ủy ban nhân dân các xã ven biển:\n"
            "- Kiện toàn, thành lập Ban quản lý các khu, điểm du lịch biển của địa phương trong năm. \n"
            "Sở Du lịch hướng dẫn xây dựng kế hoạch tổ chức các hoạt động văn hoá, lễ hội.\n")
    assert _records(body) == [
        ("Ủy ban nhân dân các xã ven biển", "Kiện toàn, thành lập Ban quản lý các khu, điểm du lịch biển của địa phương "
                                            "trong năm"),
        ("Sở Du lịch", "hướng dẫn xây dựng kế hoạch tổ chức các hoạt động văn hoá, lễ hội")]


def test_a_list_opened_by_a_cue_and_an_uncited_document() -> None:
    # "Thực hiện Nghị quyết Đại hội …; Nghị quyết số 07/NQ-TU …": the cue of the list's first, unnumbered member
    text = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nPhát triển du lịch\n\nThực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ "
            "I, nhiệm kỳ 2025-2030; Nghị quyết số 07/NQ-TU ngày 30/01/2026 của Ban chấp hành Đảng bộ tỉnh về chiến lược, "
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n\nI. MỤC ĐÍCH\n\nBảo đảm.\n")
    assert [(c.text, c.relation) for c in extract_text(text).citations] == [("Nghị quyết số 07/NQ-TU", "implements")]


def test_a_name_written_again_at_once_in_its_short_form() -> None:
    # "Ủy ban nhân dân UBND cấp xã": one body, not a bare committee that takes the issuer's level
    text = "Chủ tịch Ủy ban nhân dân UBND cấp xã chịu trách nhiệm toàn diện."
    assert [(m.text, m.canonical) for m in find_agencies(text)] == [("Ủy ban nhân dân UBND cấp xã",
                                                                     "Ủy ban nhân dân cấp xã")]
    # … and the official before it stands for it, as for any body
    plan = "KẾ HOẠCH\nQuản lý khoáng sản\nI. NHIỆM VỤ\n- Các sở triển khai. " + text + "\n"
    assert [(a.agency, a.task) for a in extract_text(plan).assignments][-1:] == [
        ("Ủy ban nhân dân cấp xã", "chịu trách nhiệm toàn diện")]


def test_a_paragraph_broken_after_a_comma() -> None:
    # a blank line after a comma is a page's break inside the sentence: the body named after it is an object, no subject
    body = ("1. Ủy ban nhân dân xã:\n\n- Theo dõi các hộ gia đình; vận động các tổ chức, đoàn thể như Mặt trận Tổ quốc, "
            "Hội Phụ nữ, Hội Cựu chiến binh,\n\nĐoàn Thanh niên Cộng sản Hồ Chí Minh giúp đỡ các hộ gia đình xây dựng "
            "nhà ở.\n")
    assert [agency for agency, _ in _records(body)] == ["Ủy ban nhân dân xã"]


def test_a_converters_title_gives_the_number_the_header_left_blank() -> None:
    # "# Kế hoạch 75/KH-UBND …" above "Số: /KH-UBND": the text itself, no citation; a news title stays one (no header)
    text = ("# Kế hoạch 75/KH-UBND phát triển du lịch biển\n\nỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố:         /KH-UBND\n\n"
            "KẾ HOẠCH\nPhát triển du lịch biển\n\nCăn cứ Quyết định số 257/QĐ-UBND ngày 10/02/2026 của UBND tỉnh;\n\n"
            "I. MỤC ĐÍCH\n\nBảo đảm.\n")
    assert [c.text for c in extract_text(text).citations] == ["Quyết định số 257/QĐ-UBND"]
