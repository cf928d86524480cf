"""Assignments read from unseen formal pages (round 56; SPEC §6: in an implementation article each numbered agency
block gives one task per item). Table-driven: a provincial decision's article over agency blocks, then the list of
administrative procedures it publishes → (agency, task) records.

- A published procedures list ("DANH MỤC" ⏎ "THỦ TỤC HÀNH CHÍNH …" ⏎ "(Kèm theo Quyết định số …)") is no attached
  document even when the wrap cuts its title's words ("THỦ TỤC HÀNH" ⏎ "CHÍNH THỰC HIỆN …") or the title writes them
  as "TTHC": the decision's articles stay its sections, so every item of an agency block is a task of that agency
  (before, the list was read as the attached document, the articles were lost as headings and the block reader kept
  only the items before the first unmarked continuation line).
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_DECISION = """QUYẾT ĐỊNH

BAN HÀNH DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 71 thủ tục hành chính.

**Điều 2. Trách nhiệm của Sở Tài chính; Ủy ban nhân dân các xã, phường**

1. Trách nhiệm của Sở Tài chính
a) Tổ chức triển khai thực hiện danh mục thủ tục hành chính trong phạm vi lĩnh vực quản lý;
b) Rà soát, đánh giá điều kiện thực hiện tiếp nhận và trả kết quả giải quyết thủ tục hành chính;
chủ động đề xuất bổ sung, cập nhật danh mục khi có đủ điều kiện về hạ tầng kỹ thuật;
c) Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng, hoàn thiện quy trình nội bộ;
d) Tổ chức tập huấn, hướng dẫn nghiệp vụ cho công chức tại Bộ phận Một cửa các cấp.
2. Trách nhiệm của Ủy ban nhân dân các xã, phường
a) Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính;
b) Niêm yết công khai, đầy đủ danh mục thủ tục hành chính.

**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

*Nơi nhận:*
- Như Điều 3;
- Lưu: VT.

|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
Nguyễn Văn A
|
**DANH MỤC**
{title}
*(Kèm theo Quyết định số 3851/QĐ-UBND ngày 26 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)*
|
**TT**
|
**Mã số TTHC**
|
**Tên thủ tục hành chính**
|
1
|
1.001
|
Thủ tục cấp giấy phép
|
"""

_FINANCE = [
    ("Sở Tài chính", "responsible", "Tổ chức triển khai thực hiện danh mục thủ tục hành chính trong phạm vi lĩnh vực "
                                    "quản lý"),
    ("Sở Tài chính", "responsible", "Rà soát, đánh giá điều kiện thực hiện tiếp nhận và trả kết quả giải quyết thủ tục "
                                    "hành chính; chủ động đề xuất bổ sung, cập nhật danh mục khi có đủ điều kiện về hạ "
                                    "tầng kỹ thuật"),
    ("Sở Tài chính", "lead", "Chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng, hoàn thiện quy trình nội bộ"),
    ("Sở Tài chính", "responsible", "Tổ chức tập huấn, hướng dẫn nghiệp vụ cho công chức tại Bộ phận Một cửa các cấp"),
    ("Ủy ban nhân dân các xã, phường", "responsible", "Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành "
                                                      "chính"),
    ("Ủy ban nhân dân các xã, phường", "responsible", "Niêm yết công khai, đầy đủ danh mục thủ tục hành chính"),
]


@pytest.mark.parametrize("title", [
    # 31ea3f5a (Nghệ An, Sở Tài chính): the wrap cuts "thủ tục hành chính"
    "THỦ TỤC HÀNH\nCHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH",
    # 128b34e0 (Nghệ An, Sở Nội vụ): the abbreviation
    "TTHC THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH TRONG PHẠM VI CẤP TỈNH",
])
def test_a_published_procedures_list_leaves_the_articles_their_blocks(title: str) -> None:
    doc = process_text(_DECISION.format(title=title))
    block = [(a.agency, a.role, " ".join(a.task.split())) for a in doc.assignments if a.rule == "assignments.block"]
    assert block == _FINANCE
    assert [s.number for s in doc.sections if s.kind == "implementation"] == ["2"]
