"""A generic group that gives its opinion in writing is the subject of that task (round 56, helper I; SPEC §6, gold
policy P2: a generic group that is the SUBJECT of a task is an assignee). "Các cơ quan liên quan | có ý kiến bằng văn
bản gửi Sở Tư pháp …": before, "có ý kiến" was no verb of a group's task, so the group's name ran on to "gửi"
("Các cơ quan liên quan có ý kiến bằng văn bản", task "gửi Sở Tư pháp …"). The role a procedure names ("Cơ quan, đơn
vị góp ý kiến | gửi ý kiến …") keeps its name.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_PLAN = "**KẾ HOẠCH**\n\n**V. TỔ CHỨC THỰC HIỆN**\n\n1. Sở Tài chính bố trí kinh phí thực hiện.\n\n{item}\n"
_DECISION = ("**QUYẾT ĐỊNH**\n\n**Điều 1.** Ban hành kèm theo Quyết định này Quy chế.\n\n**Điều 2.** Sở Tư pháp chủ "
             "trì thẩm định. {item}\n")


@pytest.mark.parametrize("source, agency, task, due", [
    (_PLAN.format(item="2. Các cơ quan liên quan có ý kiến bằng văn bản gửi Sở Tư pháp trước ngày 20/12/2025."),
     "Các cơ quan liên quan", "có ý kiến bằng văn bản gửi Sở Tư pháp trước ngày 20/12/2025", "trước ngày 20/12/2025"),
    (_PLAN.format(item="2. Các sở, ngành có ý kiến bằng văn bản gửi Sở Tư pháp."),
     "Các sở, ngành", "có ý kiến bằng văn bản gửi Sở Tư pháp", None),
    (_DECISION.format(item="Các cơ quan liên quan có ý kiến bằng văn bản gửi Sở Tư pháp trước ngày 20/12/2025."),
     "Các cơ quan liên quan", "có ý kiến bằng văn bản gửi Sở Tư pháp trước ngày 20/12/2025", "trước ngày 20/12/2025"),
])
def test_a_group_giving_its_opinion_is_the_subject(source: str, agency: str, task: str, due: str | None) -> None:
    records = [(a.agency, " ".join(a.task.split()), a.due) for a in process_text(source).assignments]
    assert (agency, task, due) in records
    assert not any("có ý kiến" in name for name, _, _ in records)
