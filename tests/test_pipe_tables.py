"""One-line Markdown task tables (round 12): ``| TT | Nhiệm vụ | Cơ quan chủ trì | … |`` rows read like the
flattened layout of converted pages (task_tables.py), table-driven."""

from __future__ import annotations

from typing import Optional

import pytest

from kehoach_nlp import extract_text
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.target_tables import find_table_targets
from kehoach_nlp.task_tables import cell_label, cell_runs, find_task_rows, pipe_runs

Record = tuple[str, str, str, tuple[str, ...], Optional[str]]

WITH_NUMBER = """\
| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Tổ chức tập huấn cho cán bộ | Sở Y tế | Công an tỉnh | Quý II/2025 |
| 2 | Rà soát, thống kê người nghiện | Công an tỉnh | Ủy ban nhân dân các xã | Hằng năm |
"""

WITHOUT_NUMBER = """\
| Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| :--- | :---: | :---: | ---: |
| Tổ chức tập huấn cho cán bộ | Sở Y tế | Công an tỉnh | Quý II/2025 |
| Rà soát, thống kê người nghiện | Công an tỉnh | Ủy ban nhân dân các xã | Hằng năm |
"""

GROUP_ROWS = """\
| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | NHIỆM VỤ CHUNG | | | |
| 1 | Tuyên truyền về tác hại của ma túy | Sở Văn hóa, Thể thao và Du lịch | | Thường xuyên |
| II | NHIỆM VỤ CỤ THỂ | | | |
"""

# a row that does not close with "|", an escaped "\|" in a cell, a short row, two leads in one cell
UNEVEN_ROWS = """\
| STT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |
|-----|-----|-----|-----|-----|
| 1 | Xây dựng phần mềm A \\| B | Sở Khoa học và Công nghệ | Sở Tài chính | Năm 2025
| 2 | Kiểm tra, giám sát | Sở Tư pháp; Công an tỉnh |
"""

# bold headings and line ends "\r\n" (the clean text drops both; offsets are the source's), a task cell's bullet
MARKUP = ("| **TT** | **Nhiệm vụ** | **Cơ quan chủ trì** | **Cơ quan phối hợp** |\r\n|---|---|---|---|\r\n"
          "| 1 | - Tổ chức tập huấn cho cán bộ | Sở Y tế | Công an tỉnh |\r\n")

PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 125/KH-UBND

KẾ HOẠCH
Phòng, chống ma túy trên địa bàn tỉnh năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả công tác phòng, chống ma túy.
2. Phân công nhiệm vụ cụ thể cho các cơ quan, đơn vị.

II. NHIỆM VỤ

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|:--:|---|---|---|---|
| I | NHIỆM VỤ CHUNG | | | |
| 1 | Tổ chức tập huấn cho cán bộ làm công tác cai nghiện | Sở Y tế | Công an tỉnh; Sở Tư pháp | Quý II/2025 |
| 2 | Rà soát, thống kê người nghiện ma túy | Công an tỉnh | Ủy ban nhân dân các xã | Hằng năm |

III. TỔ CHỨC THỰC HIỆN
Các sở, ngành căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả về Công an tỉnh trước ngày 15/12/2025.
"""

NO_LEAD_COLUMN = """\
| TT | Nhiệm vụ | Thời gian hoàn thành |
|---|---|---|
| 1 | Tổ chức tập huấn cho cán bộ | Quý II/2025 |
"""

NOT_A_TASK_TABLE = """\
| Năm | Số người nghiện | Số người được cai nghiện |
|---|---|---|
| 2023 | 1.250 | 340 |
| 2024 | 1.180 | 415 |
"""


def _records(text: str) -> list[Record]:
    """The table records of ``text`` (rule ``assignments.table``); each task's offsets give its cell's text."""
    records = [a for a in extract_text("II. NHIỆM VỤ\n" + text).assignments if a.rule == "assignments.table"]
    for record in records:
        assert ("II. NHIỆM VỤ\n" + text)[record.start:record.end] == record.task
    return [(a.task, a.agency, a.role, tuple(a.partners), a.due) for a in records]


@pytest.mark.parametrize("text, expected", [
    (WITH_NUMBER, [
        ("Tổ chức tập huấn cho cán bộ", "Sở Y tế", "lead", ("Công an tỉnh",), "Quý II/2025"),
        ("Tổ chức tập huấn cho cán bộ", "Công an tỉnh", "support", ("Sở Y tế",), "Quý II/2025"),
        ("Rà soát, thống kê người nghiện", "Công an tỉnh", "lead", ("Ủy ban nhân dân các xã",), "Hằng năm"),
        ("Rà soát, thống kê người nghiện", "Ủy ban nhân dân các xã", "support", ("Công an tỉnh",), "Hằng năm"),
    ]),
    (WITHOUT_NUMBER, [
        ("Tổ chức tập huấn cho cán bộ", "Sở Y tế", "lead", ("Công an tỉnh",), "Quý II/2025"),
        ("Tổ chức tập huấn cho cán bộ", "Công an tỉnh", "support", ("Sở Y tế",), "Quý II/2025"),
        ("Rà soát, thống kê người nghiện", "Công an tỉnh", "lead", ("Ủy ban nhân dân các xã",), "Hằng năm"),
        ("Rà soát, thống kê người nghiện", "Ủy ban nhân dân các xã", "support", ("Công an tỉnh",), "Hằng năm"),
    ]),
    # the group rows ("I | NHIỆM VỤ CHUNG") give nothing; the row under them does
    (GROUP_ROWS, [
        ("Tuyên truyền về tác hại của ma túy", "Sở Văn hóa, Thể thao và Du lịch", "lead", (), "Thường xuyên"),
    ]),
    (UNEVEN_ROWS, [
        ("Xây dựng phần mềm A \\| B", "Sở Khoa học và Công nghệ", "lead", ("Sở Tài chính",), "Năm 2025"),
        ("Xây dựng phần mềm A \\| B", "Sở Tài chính", "support", ("Sở Khoa học và Công nghệ",), "Năm 2025"),
        ("Kiểm tra, giám sát", "Sở Tư pháp", "lead", (), None),
        ("Kiểm tra, giám sát", "Công an tỉnh", "lead", (), None),
    ]),
    (MARKUP, [
        ("Tổ chức tập huấn cho cán bộ", "Sở Y tế", "lead", ("Công an tỉnh",), None),
        ("Tổ chức tập huấn cho cán bộ", "Công an tỉnh", "support", ("Sở Y tế",), None),
    ]),
    ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
     "| I | NHIỆM VỤ CHUNG | | | |\n", []),
    (NO_LEAD_COLUMN, []),
    (NOT_A_TASK_TABLE, []),
    # round 36: a law-making programme: each document to draft is the task of its drafting body
    ("| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Tiến độ |\n|---|---|---|---|---|\n"
     "| 1 | Nghị quyết quy định mức chi hỗ trợ | Ủy ban nhân dân tỉnh | Sở Tài chính | Tháng 6/2026 |\n",
     [("Nghị quyết quy định mức chi hỗ trợ", "Sở Tài chính", "responsible", (), "Tháng 6/2026")]),
], ids=["number_column", "no_number_column", "group_rows", "uneven_rows", "markup", "group_row_only", "no_lead_column",
        "not_a_task_table", "law_making_programme"])
def test_one_line_task_tables(text: str, expected: list[Record]) -> None:
    assert sorted(_records(text)) == sorted(expected)


@pytest.mark.parametrize("text", [NO_LEAD_COLUMN, NOT_A_TASK_TABLE, GROUP_ROWS.split("| 1 |")[0]],
                         ids=["no_lead_column", "not_a_task_table", "group_row_only"])
def test_tables_that_name_no_task_give_no_row(text: str) -> None:
    assert find_task_rows(parse_structure(text)) == []


def test_a_table_in_a_whole_plan() -> None:
    document = extract_text(PLAN)
    table_start, table_end = PLAN.index("| TT |"), PLAN.index("III. TỔ CHỨC")
    in_table = [a for a in document.assignments if table_start <= a.start < table_end]
    assert all(a.rule == "assignments.table" for a in in_table)
    assert all(PLAN[a.start:a.end] == a.task for a in in_table)
    assert all(PLAN[a.agency_start:a.agency_end] == a.agency_text for a in in_table)
    assert [(a.task, a.agency, a.role, a.partners, a.due) for a in in_table] == [
        ("Tổ chức tập huấn cho cán bộ làm công tác cai nghiện", "Sở Y tế", "lead", ["Công an tỉnh", "Sở Tư pháp"],
         "Quý II/2025"),
        ("Tổ chức tập huấn cho cán bộ làm công tác cai nghiện", "Công an tỉnh", "support", ["Sở Y tế"], "Quý II/2025"),
        ("Tổ chức tập huấn cho cán bộ làm công tác cai nghiện", "Sở Tư pháp", "support", ["Sở Y tế"], "Quý II/2025"),
        ("Rà soát, thống kê người nghiện ma túy", "Công an tỉnh", "lead", ["Ủy ban nhân dân các xã"], "Hằng năm"),
        ("Rà soát, thống kê người nghiện ma túy", "Ủy ban nhân dân các xã", "support", ["Công an tỉnh"], "Hằng năm"),
    ]


def _labels(text: str, runs) -> list[list[Optional[str]]]:
    """Each run's cells as written (None for an empty cell or a row's end); every span is checked to be its text."""
    out = []
    for run in runs:
        for span in run:
            assert span is None or text[span[0]:span[1]].strip() == text[span[0]:span[1]] != ""
        out.append([text[span[0]:span[1]] if span else None for span in run])
    return out


@pytest.mark.parametrize("text, expected", [
    # the delimiter row is skipped; each row ends with None, as a flattened row does
    ("| TT | Nội dung | Cơ quan chủ trì |\n|---|:---:|---|\n| 1 | Tổ chức tập huấn | Sở Y tế |\n",
     [["TT", "Nội dung", "Cơ quan chủ trì", None, "1", "Tổ chức tập huấn", "Sở Y tế", None]]),
    # no number column; indented lines; blanks after the closing bar
    ("  | Nội dung | Cơ quan chủ trì |  \n  |---|---|\n  | Tổ chức tập huấn | Sở Y tế |\t\n",
     [["Nội dung", "Cơ quan chủ trì", None, "Tổ chức tập huấn", "Sở Y tế", None]]),
    # a row without its closing bar keeps its last cell; "\|" is no bar
    ("| TT | Nội dung | Chủ trì |\n| 1 | Mua máy A \\| B | Sở Y tế\n",
     [["TT", "Nội dung", "Chủ trì", None, "1", "Mua máy A \\| B", "Sở Y tế", None]]),
    # a short row is filled with empty cells, a longer one cut at the header's last named cell
    ("| TT | Nội dung | Chủ trì | |\n| 1 | Tập huấn |\n| 2 | Rà soát | Sở Tư pháp | Ghi chú | x |\n",
     [["TT", "Nội dung", "Chủ trì", None, "1", "Tập huấn", None, None, "2", "Rà soát", "Sở Tư pháp", None]]),
    # a blank line parts two tables; a line with two bars only is no row; nor is a line not opening with a bar
    ("| Năm | Số người |\n\n| TT | Nội dung | Chủ trì |\n| 1 | Tập huấn | Sở Y tế\n| 2 | Rà soát\nTT | a | b |\n",
     [["Năm", "Số người", None], ["TT", "Nội dung", "Chủ trì", None, "1", "Tập huấn", "Sở Y tế", None]]),
    ("Không có bảng nào | ở đây | cả.\n", []),
], ids=["delimiter_row", "no_number_column", "unclosed_row_escaped_bar", "short_and_long_rows", "two_tables",
        "no_table"])
def test_pipe_runs(text: str, expected: list[list[Optional[str]]]) -> None:
    assert _labels(text, pipe_runs(text)) == expected


FLATTENED = ("|\nTT\n|\nNội dung\n|\nCơ quan chủ trì\n|\n|\n1\n|\nTổ chức tập huấn\n|\nSở Y tế\n|\n|\n")


@pytest.mark.parametrize("text, expected", [
    # without a one-line table, the runs are the flattened ones, as before
    (FLATTENED, [["TT", "Nội dung", "Cơ quan chủ trì", None, "1", "Tổ chức tập huấn", "Sở Y tế", None]]),
    # both layouts, in text order
    ("| Nội dung | Chủ trì |\n|---|---|\n| Rà soát | Công an tỉnh |\n\nPHỤ LỤC\n" + FLATTENED
     + "\n| Năm | Số người |\n|---|---|\n| 2024 | 12 |\n",
     [["Nội dung", "Chủ trì", None, "Rà soát", "Công an tỉnh", None],
      ["TT", "Nội dung", "Cơ quan chủ trì", None, "1", "Tổ chức tập huấn", "Sở Y tế", None],
      ["Năm", "Số người", None, "2024", "12", None]]),
    # a one-line row inside a flattened run (a broken conversion) is left to that run
    ("|\nTT\n|\nNội dung\n|\n|\n| 1 | Tập huấn | Sở Y tế |\n|\n|\n",
     [["TT", "Nội dung", None, "1 | Tập huấn | Sở Y tế", None]]),
], ids=["flattened_only", "both_layouts", "one_line_row_inside_a_flattened_run"])
def test_cell_runs_holds_both_layouts(text: str, expected: list[list[Optional[str]]]) -> None:
    assert [[cell_label(text, span) and text[span[0]:span[1]] or None for span in run]
            for run in cell_runs(text)] == expected


def test_a_flattened_table_without_a_number_column() -> None:
    """The rows of a table without ``TT`` start after the empty cell that ends the header row (a row's cells
    had been read one column to the left: the task from the empty cell, so nothing was found)."""
    text = "II. NHIỆM VỤ\n|\nNội dung\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\n|\n" \
           "Tổ chức tập huấn\n|\nSở Y tế\n|\nCông an tỉnh\n|\n|\nRà soát\n|\nCông an tỉnh\n|\nSở Tư pháp\n|\n|\n"
    rows = find_task_rows(parse_structure(text))
    assert [(text[slice(*r.tasks[0])], text[slice(*r.lead)], r.partners and text[slice(*r.partners)])
            for r in rows] == [("Tổ chức tập huấn", "Sở Y tế", "Công an tỉnh"),
                               ("Rà soát", "Công an tỉnh", "Sở Tư pháp")]


def test_an_indicator_table_on_one_line_rows() -> None:
    """Indicator tables share the runs: a one-line table's figures are targets of their columns' years."""
    text = ("PHỤ LỤC\n| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2030 |\n|---|---|---|---|---|\n"
            "| 1 | Diện tích cà phê | Ha | 27.000 | 30.000 |\n| 2 | Tỷ lệ hộ dùng nước sạch | % | 95 | 100 |\n")
    targets = find_table_targets(parse_structure(text))
    assert all(text[t.start:t.end] == t.text for t in targets)
    assert [(t.text, t.value, t.unit, t.deadline, t.indicator) for t in targets] == [
        ("27.000", 27000.0, "ha", 2026, "Diện tích cà phê"), ("30.000", 30000.0, "ha", 2030, "Diện tích cà phê"),
        ("95", 95.0, "%", 2026, "Tỷ lệ hộ dùng nước sạch"), ("100", 100.0, "%", 2030, "Tỷ lệ hộ dùng nước sạch")]


def test_a_flattened_table_after_a_body_without_blank_lines() -> None:
    """Round 40: in a page written without blank lines, the body between the page's header table and its annex table
    is no cell of one long run: the annex's indicator table reads as it does after a blank line."""
    body = "\n".join(f"{i}. Nội dung thực hiện số {i} của kế hoạch." for i in range(1, 46))
    page = ("|\nỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nKẾ HOẠCH\nPhát triển vùng nguyên "
            "liệu\n" + body + "\nPHỤ LỤC\n|\nTT\n|\nChỉ tiêu\n|\nĐVT\n|\nNăm 2026\n|\nNăm 2030\n|\n|\n1\n|\nDiện tích cà "
            "phê\n|\nHa\n|\n27.000\n|\n30.000\n|\n")
    assert [(t.text, t.unit, t.deadline, t.indicator) for t in extract_text(page).targets] == [
        ("27.000", "ha", 2026, "Diện tích cà phê"), ("30.000", "ha", 2030, "Diện tích cà phê")]


def test_an_annex_heading_between_two_flattened_tables_without_blank_lines() -> None:
    """Round 41: in a page written without blank lines, an annex's heading between two flattened tables ("30.000" ⏎
    "|" ⏎ "**PHỤ LỤC 02**" ⏎ "DANH MỤC …" ⏎ "|" ⏎ "TT") is no cell: each annex's table reads on its own."""
    page = ("KẾ HOẠCH\nPhát triển vùng nguyên liệu\nI. MỤC TIÊU\nPhát triển vùng nguyên liệu.\n**PHỤ LỤC 01**\n"
            "CHỈ TIÊU DIỆN TÍCH\n|\nTT\n|\nChỉ tiêu\n|\nĐVT\n|\nNăm 2026\n|\nNăm 2030\n|\n|\n1\n|\nDiện tích cà phê\n|\n"
            "Ha\n|\n27.000\n|\n30.000\n|\n**PHỤ LỤC 02**\nDANH MỤC HÀNG HÓA\nTHAM GIA XUẤT KHẨU\n|\nTT\n|\nSản phẩm\n|\n"
            "ĐVT\n|\nNăm 2026\n|\nNăm 2030\n|\n|\n1\n|\nXoài\n|\nTấn\n|\n14.800\n|\n18.000\n|\n")
    assert [(t.text, t.unit, t.deadline, t.indicator) for t in extract_text(page).targets] == [
        ("27.000", "ha", 2026, "Diện tích cà phê"), ("30.000", "ha", 2030, "Diện tích cà phê"),
        ("14.800", "tấn", 2026, "Xoài"), ("18.000", "tấn", 2030, "Xoài")]


@pytest.mark.parametrize("text", [
    # round 18: an internal procedure's steps ("Trình tự", rows "B1", "Bước 2") are the tasks of the unit in the
    # responsibility column, as a Markdown table and flattened one cell per line
    "| Số TT | Trình tự | Trách nhiệm thực hiện | Thời gian thực hiện |\n|---|---|---|---|\n"
    "| B1 | Tiếp nhận hồ sơ đầy đủ, hợp lệ | Bộ phận Một cửa của Sở | 0,5 ngày |\n"
    "| Bước 2 | Thẩm định hồ sơ | Sở Khoa học và Công nghệ | 4,5 ngày |\n",
    "|\n**Số TT**\n|\n**Trình tự**\n|\n**Trách nhiệm thực hiện**\n|\n**Thời gian thực hiện**\n|\n|\nB1\n|\n"
    "Tiếp nhận hồ sơ đầy đủ, hợp lệ\n|\nBộ phận Một cửa của Sở\n|\n0,5 ngày\n|\n|\nBước 2\n|\nThẩm định hồ sơ\n|\n"
    "Sở Khoa học và Công nghệ\n|\n4,5 ngày\n|\n",
    # round 40: the step column named "Thứ tự công việc" numbers the rows; "Nội dung công việc" holds the step
    "|\nThứ tự công việc\n|\nNội dung công việc\n|\nĐơn vị thực hiện\n|\nThời gian thực hiện\n|\n|\nBước 1\n|\n"
    "Tiếp nhận hồ sơ đầy đủ, hợp lệ\n|\nBộ phận Một cửa của Sở\n|\n0,5 ngày\n|\n|\nBước 2\n|\nThẩm định hồ sơ\n|\n"
    "Sở Khoa học và Công nghệ\n|\n4,5 ngày\n|\n",
])
def test_an_internal_procedures_steps(text: str) -> None:
    head = ("QUYẾT ĐỊNH\n\nPhê duyệt quy trình nội bộ\n\nĐiều 1. Phê duyệt quy trình nội bộ kèm theo.\n\n"
            "Điều 2. Quyết định có hiệu lực.\n\nQUY TRÌNH NỘI BỘ\n\n")
    found = [(a.agency, a.task, a.rule) for a in extract_text(head + text).assignments]
    assert found == [("Bộ phận Một cửa của Sở", "Tiếp nhận hồ sơ đầy đủ, hợp lệ", "assignments.table"),
                     ("Sở Khoa học và Công nghệ", "Thẩm định hồ sơ", "assignments.table")]
