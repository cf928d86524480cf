"""An office's head written with the office's head word in lower case (round 54; SPEC §6: the agency is the body's
canonical name; the dev gold, 46 records in 41 documents, gives "Chánh Văn phòng Ủy ban nhân dân tỉnh" →
"Văn phòng Ủy ban nhân dân tỉnh" and "Chánh văn phòng tỉnh ủy" → "Văn phòng tỉnh ủy"). Table-driven: a decision's
text → the agencies of its records.

- "Chánh văn phòng Ủy ban nhân dân tỉnh" in a closing article's list of officials is the office, not the committee
  (the lower-case "văn phòng" was read as part of the title and dropped).
- The same title as a sentence's subject ("Chánh văn phòng Ủy ban nhân dân tỉnh chỉ đạo …") names the office.
- A Party committee's office after the title ("Chánh văn phòng tỉnh ủy quyết định …", 056a116c) names the office.
(Left as it was: "Chủ tịch Ủy ban nhân dân …" stands for the committee, as the dev gold writes it in 174 records of 58
documents, none keeping the post.)
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_PLAN = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nThực hiện công tác năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
         "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")
_DECISION = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n\nQUYẾT ĐỊNH\n\nVề việc ban hành quy định\n\n"
             "**Điều 1.** Ban hành kèm theo Quyết định này Quy định về bồi thường.\n\n")


@pytest.mark.parametrize("text, present, absent", [
    # 1cde9b90: a closing article's officials separated by ";" after "Các ông, bà:"
    (_DECISION + "**Điều 2. Trách nhiệm tổ chức thực hiện**\nCác ông, bà: Chánh văn phòng Ủy\nban nhân dân tỉnh; "
     "Chủ tịch Ủy ban nhân dân cấp xã; Thủ trưởng các ngành, đơn vị\nliên quan chịu trách\nnhiệm thi hành Quyết "
     "định này./.\n",
     {"Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân cấp xã"}, {"Ủy ban nhân dân tỉnh"}),
    # the same list with commas
    (_DECISION + "**Điều 2.** Chánh văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và Chủ tịch Ủy ban nhân "
     "dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n",
     {"Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Ủy ban nhân dân các xã, phường"}, {"Ủy ban nhân dân tỉnh"}),
    # the title as a sentence's subject
    (_DECISION + "**Điều 2.** Chánh văn phòng Ủy ban nhân dân tỉnh chỉ đạo việc rà soát hồ sơ lưu trữ.\n",
     {"Văn phòng Ủy ban nhân dân tỉnh"}, {"Ủy ban nhân dân tỉnh"}),
    # 056a116c: a Party committee's office heads an item of its own
    (_PLAN + "1. Chánh văn phòng tỉnh ủy quyết định việc mang tài liệu lưu trữ ra ngoài lưu trữ lịch sử.\n\n"
     "2. Người đứng đầu cơ quan, tổ chức quyết định việc mang tài liệu lưu trữ ra ngoài.\n",
     {"Văn phòng tỉnh ủy", "cơ quan, tổ chức"}, {"tỉnh ủy"}),
    (_PLAN + "Chánh văn phòng huyện ủy chỉ đạo việc lập hồ sơ lưu trữ.\n", {"Văn phòng huyện ủy"}, set()),
])
def test_office_head_in_lower_case(text: str, present: set[str], absent: set[str]) -> None:
    agencies = {record.agency for record in process_text(text).assignments}
    assert present <= agencies
    assert not absent & agencies
