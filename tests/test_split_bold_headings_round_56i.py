"""A numbered bold heading split in two bold paragraphs inside a body's name (round 56, helper I; SPEC §6: each
numbered agency block gives its bodies one task per item). A converted page (HCM KH 174/KH-UBND) wrote "**3. Đề nghị
Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**" ⏎ ⏎ "**Phụ nữ Thành phố và các tổ chức thành viên của
Mặt trận**": before, the blank line ended the heading, the agency was "Hội Liên hiệp", the second paragraph became a
task and the member organisations were lost. The blank line is now one line break when a body's name runs over it.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text
from kehoach_nlp.text import normalize

_PLAN = """**KẾ HOẠCH**

**V. TỔ CHỨC THỰC HIỆN**

**1. Sở Nội vụ**

- Theo dõi, tổng hợp báo cáo kết quả thực hiện Kế hoạch này.

{heading}

- Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế hoạch này.

- Duy trì kết quả của chuỗi hoạt động “Tháng cùng phụ nữ hành động”.
"""

_SPLIT = ("**3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam Thành phố, Hội Liên hiệp**\n\n**Phụ nữ Thành phố và các tổ\n"
          "chức thành viên của Mặt trận**")


def test_a_split_bold_heading_keeps_its_bodies() -> None:
    records = process_text(_PLAN.format(heading=_SPLIT)).assignments
    asked = sorted({a.agency for a in records if a.mode == "requested"})
    assert asked == ["Các tổ chức thành viên của Mặt trận", "Hội Liên hiệp Phụ nữ Thành phố",
                     "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"]
    assert [" ".join(a.task.split()) for a in records if a.agency == "Hội Liên hiệp Phụ nữ Thành phố"] == [
        "Trong phạm vi chức năng, nhiệm vụ của mình, tham gia phối hợp triển khai thực hiện Kế hoạch này",
        "Duy trì kết quả của chuỗi hoạt động “Tháng cùng phụ nữ hành động”"]


@pytest.mark.parametrize("source, kept", [
    # a bold title under a heading names no body across the break: the paragraphs stay apart
    ("**1. Sở Y tế**\n\n**Nhiệm vụ chung**\n\n- Chủ trì triển khai.", True),
    # an unnumbered bold paragraph is no heading
    ("**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**\n\n**Phụ nữ Thành phố**", True),
    ("**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**\n\n**Phụ nữ Thành phố**", False),
])
def test_only_a_name_cut_by_the_blank_line_joins(source: str, kept: bool) -> None:
    assert ("\n\n" in normalize(source).text) is kept
