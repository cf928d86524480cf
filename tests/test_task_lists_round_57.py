"""Labelled lists that name the doers, outside a numbered item, and items numbered by ordinal words (round 57; SPEC §6
and gold/ANNOTATION.md "task lists": one record per task for each body of the lead or `Cơ quan thực hiện` label, one
per named body of the partner label (`support`), `due` the time label as written).

- A news page quoting a plan's list: "**(1) Nội dung thực hiện:**" over the tasks, then "**(2) Tổ chức thực hiện:**"
  over "- Đơn vị thực hiện: …" / "- Đơn vị phối hợp: …" / "- Thời gian thực hiện: …" (no numbered item holds them:
  before, no record at all).
- A numbered event over its label lines ("1. Hội thảo …:" ⏎ "- Thời gian: …" ⏎ "- Cơ quan chủ trì: …" ⏎ "- Cơ quan
  thực hiện: …" ⏎ "- Cơ quan phối hợp: …"): the title is the task; a doer label right under the lead label shares it.
- A partner label's last body before a closing group ("Ban Quản lý dự án giao thông tỉnh và các cơ quan, đơn vị, địa
  phương liên quan"): the group is no words of the name.
- Ordinal items under a lead-in ("… thực hiện các nhiệm vụ:" ⏎ "Một là, …" ⏎ "Hai là, …"): one task each.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text


def _records(text: str, rule: str) -> list[tuple[str, str, str, str | None]]:
    return [(a.agency, a.role, " ".join(a.task.split()), a.due) for a in process_text(text).assignments
            if a.rule == rule]


_NEWS_LIST = """# Bộ Xây dựng yêu cầu nghiên cứu mô hình giao dịch bất động sản

### Nội dung chính

Theo tiểu mục 8 mục II Kế hoạch ban hành kèm theo Quyết định 110/QĐ-BXD năm 2025, nhiệm vụ như sau:

**(1) Nội dung thực hiện: **

{tasks}

**(2) Tổ chức thực hiện: **

- Đơn vị thực hiện: Cục Quản lý nhà và thị trường bất động sản.

- Đơn vị phối hợp: Vụ Pháp chế và các đơn vị liên quan

- Thời gian thực hiện: Quý II/2025

**(3) Kết quả: **

Tổng hợp, báo cáo kết quả thực hiện nhiệm vụ được giao.
"""

_CUC = "Cục Quản lý nhà và thị trường bất động sản"


@pytest.mark.parametrize("tasks, expected", [
    # 34b5560c (news on QĐ 110/QĐ-BXD): bullets under the task label
    ("- Nghiên cứu mô hình giao dịch điện tử liên thông các thủ tục bất động sản;\n\n"
     "- Hoàn thiện hệ thống phần mềm, kết nối liên thông dữ liệu.",
     ["Nghiên cứu mô hình giao dịch điện tử liên thông các thủ tục bất động sản",
      "Hoàn thiện hệ thống phần mềm, kết nối liên thông dữ liệu"]),
    # … and a paragraph
    ("Nghiên cứu đề xuất Đề án thí điểm mô hình Trung tâm giao dịch bất động sản.",
     ["Nghiên cứu đề xuất Đề án thí điểm mô hình Trung tâm giao dịch bất động sản"]),
])
def test_a_news_page_list_under_its_task_label(tasks: str, expected: list[str]) -> None:
    records = _records(_NEWS_LIST.format(tasks=tasks), "assignments.list")
    assert records == [row for task in expected for row in (
        (_CUC, "responsible", task, "Quý II/2025"), ("Vụ Pháp chế", "support", task, "Quý II/2025"))]


_EVENTS = """# Kế hoạch khởi công cao tốc Bảo Lộc - Liên Khương

Ngày 24/6/2025, Kế hoạch 6981/KH-UBND năm 2025 tỉnh Lâm Đồng được ban hành, cụ thể như sau:

1. Hội thảo Hợp tác công nghệ Y sinh Việt Nam - Cuba:

- Thời gian: Sáng ngày 28/6/2025.

- Địa điểm: Khách sạn Dalat Palace.

- Cơ quan chủ trì: UBND tỉnh Lâm Đồng và Viện Kinh tế Xanh.

- Cơ quan thực hiện: Sở Y tế.

- Cơ quan phối hợp: Công an tỉnh, Văn phòng UBND tỉnh và các cơ quan, đơn vị liên quan.

- Nội dung: Có Kế hoạch, kịch bản chi tiết riêng.

2. Lễ khởi công Dự án đầu tư xây dựng đường bộ cao tốc:

- Thời gian: Sáng ngày 29/6/2025.

- Cơ quan chủ trì: Sở Tài chính.

- Cơ quan phối hợp: Công an tỉnh, Sở Xây dựng, Ban Quản lý dự án giao thông tỉnh và các cơ quan, đơn vị, địa phương liên quan.

- Nội dung: Có kịch bản chi tiết riêng.

Theo đó, Lễ khởi công sẽ chính thức diễn ra vào sáng ngày 29/6/2025.
"""


def test_numbered_events_over_their_labels() -> None:
    """b0fdb7b3 (news quoting a province's event plan): each title is the task of its lead, doer and partner labels."""
    first, first_due = "Hội thảo Hợp tác công nghệ Y sinh Việt Nam - Cuba", "Sáng ngày 28/6/2025"
    second, second_due = "Lễ khởi công Dự án đầu tư xây dựng đường bộ cao tốc", "Sáng ngày 29/6/2025"
    assert sorted(_records(_EVENTS, "assignments.list")) == sorted([
        ("Ủy ban nhân dân tỉnh Lâm Đồng", "lead", first, first_due),
        ("Viện Kinh tế Xanh", "lead", first, first_due),
        ("Sở Y tế", "responsible", first, first_due),
        ("Công an tỉnh", "support", first, first_due),
        ("Văn phòng Ủy ban nhân dân tỉnh", "support", first, first_due),
        ("Sở Tài chính", "lead", second, second_due),
        ("Công an tỉnh", "support", second, second_due),
        ("Sở Xây dựng", "support", second, second_due),
        ("Ban Quản lý dự án giao thông tỉnh", "support", second, second_due),
    ])


_PROCEDURE = """# Thủ tục khóa tài khoản định danh điện tử tại cấp tỉnh ra sao?

**(4) Đối tượng thực hiện thủ tục hành chính:**

Cơ quan tiến hành tố tụng, cơ quan khác có thẩm quyền.

**(5) Cơ quan giải quyết thủ tục hành chính:**

- Cơ quan thực hiện: Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh, thành phố.

- Cơ quan có thẩm quyền: Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an.

**(6) Kết quả thực hiện thủ tục hành chính:**

Tài khoản định danh điện tử bị khóa.
"""


def test_a_procedures_doer_field_gives_no_task() -> None:
    """The guard (a388c20b): a procedure's "Cơ quan thực hiện:" under a numbered field names who handles the file."""
    assert _records(_PROCEDURE, "assignments.list") == []


_ORDINALS = """# Bộ Nội vụ chỉ đạo thực hiện Kết luận của Bộ Chính trị

### Nội dung chính

**Bộ trưởng giao Vụ Tổ chức - Biên chế chủ trì, phối hợp với các đơn vị liên quan tham mưu Bộ trưởng thực hiện các nhiệm vụ:**

{first}, hằng tuần theo dõi và cập nhật thường xuyên về số lượng cán bộ, công chức nghỉ việc do sắp xếp tổ chức bộ máy.

{second}, khẩn trương xây dựng Nghị định về chế độ, chính sách hỗ trợ người hoạt động không chuyên trách ở cấp xã trình Chính phủ chậm nhất trước ngày 30/5/2025.

Theo Cổng thông tin điện tử Bộ Nội vụ.
"""


@pytest.mark.parametrize("first, second", [("Một là", "Hai là"), ("Thứ nhất", "Thứ hai"), ("*Một là*", "*Hai là*")])
def test_ordinal_items_under_a_lead_in(first: str, second: str) -> None:
    """f0a9e438 (news on a minister's directive): each ordinal paragraph is a task of the lead-in's body."""
    records = [(a.agency, a.role, " ".join(a.task.split()), a.due)
               for a in process_text(_ORDINALS.format(first=first, second=second)).assignments]
    assert records == [
        ("Vụ Tổ chức - Biên chế", "lead", "hằng tuần theo dõi và cập nhật thường xuyên về số lượng cán bộ, công chức "
                                          "nghỉ việc do sắp xếp tổ chức bộ máy", "hằng tuần"),
        ("Vụ Tổ chức - Biên chế", "lead", "khẩn trương xây dựng Nghị định về chế độ, chính sách hỗ trợ người hoạt động "
                                          "không chuyên trách ở cấp xã trình Chính phủ chậm nhất trước ngày 30/5/2025",
         "chậm nhất trước ngày 30/5/2025"),
    ]
