"""Activities a plan sets inside its objectives part (round 56, helper I; SPEC §6, gold policy P2: a generic group
that is the subject of a task is an assignee). HCM KH 174/KH-UBND: "II. MỤC TIÊU CỦA KẾ HOẠCH" ⏎ "2. Tháng hành
động" ⏎ "d) Các hoạt động chính" ⏎ "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các
hoạt động sau:" over bullets gave no record: a group is read as a subject only in the parts that hand out work. A
subsection headed as tasks hands out work wherever it stands; the objectives' own body still gives none.
"""

from __future__ import annotations

from kehoach_nlp.pipeline import process_text

_PLAN = """**KẾ HOẠCH**

**II. MỤC TIÊU CỦA KẾ HOẠCH**

**1. Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:**

- Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan quản lý nhà nước có lãnh đạo chủ chốt là nữ.

{objective}

**2. Tháng hành động**

a) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.

b) Các hoạt động chính

Căn cứ tình hình thực tế,
các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:

- Lồng ghép tổ chức Lễ phát động, các hoạt động hưởng ứng Tháng hành động.

- Tăng cường kiểm tra về bình đẳng giới trong Tháng hành động.

**III. TỔ CHỨC THỰC HIỆN**

Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch này.
"""


def test_a_tasks_subsection_of_the_objectives_gives_its_groups_tasks() -> None:
    records = [(a.agency, " ".join(a.task.split())) for a in process_text(_PLAN.format(objective="")).assignments]
    assert records == [
        ("các cơ quan, đơn vị, địa phương", "Lồng ghép tổ chức Lễ phát động, các hoạt động hưởng ứng Tháng hành động"),
        ("các cơ quan, đơn vị, địa phương", "Tăng cường kiểm tra về bình đẳng giới trong Tháng hành động"),
        ("Sở Nội vụ", "theo dõi, tổng hợp kết quả thực hiện Kế hoạch này"),
    ]


def test_the_objectives_own_body_gives_no_group_task() -> None:
    """The guard: a group with a verb in the objectives' own items is still no assignee there."""
    objective = "- Chỉ tiêu 2: Các cơ quan, đơn vị bảo đảm 100% cán bộ nữ được tập huấn vào năm 2025."
    records = [a.agency for a in process_text(_PLAN.format(objective=objective)).assignments]
    assert "Các cơ quan, đơn vị" not in records
