"""Shapes found in round 54 (helper ml) on unlabelled plans and regulations: a long subject list that mixes named
bodies and plural groups, closed by a gloss or by the people, gives every listed body the task that opens at its verb.
Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

PLAN = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nTổ chức Đợt thi đua đặc biệt năm 2025\n\n"
        "**I. MỤC ĐÍCH, YÊU CẦU**\n\nPhát huy tinh thần yêu nước.\n\n**II. NỘI DUNG ĐỢT THI ĐUA**\n\n")
REGULATION = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\nQUY ĐỊNH\n\nXét tặng danh hiệu Công dân Thủ đô ưu tú\n\n"
              "*(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân thành phố Hà Nội)*"
              "\n\n**Điều 1. Phạm vi điều chỉnh**\n\nQuy định này quy định việc xét tặng.\n\n")

_TASK = "triển khai Đợt thi đua với tinh thần quyết tâm cao"
_JOIN = "tham gia hưởng ứng Ngày hội với tinh thần cao"


def _records(head: str, body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(head + body).assignments if a.rule != "assignments.relay"]


@pytest.mark.parametrize("head, body, expected", [
    # groups after a named body, one of them two kinds ("các xã, phường"), the last with the list's short form and
    # the people closing it (unseen 99c7d8fff9e4572e, part II)
    (PLAN, "Để toàn dân đồng lòng thi đua, hướng tới Đại hội thành công; các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc "
           "tỉnh, các tổ chức chính trị - xã hội, các xã, phường, các doanh nghiệp, tổ chức Hội (sau đây viết tắt là "
           "cơ quan, đơn vị) và mọi người dân " + _TASK + ".\n",
     [("các sở, ban, ngành", _TASK), ("Ủy ban Mặt trận Tổ quốc tỉnh", _TASK),
      ("các tổ chức chính trị - xã hội", _TASK), ("các xã, phường", _TASK),
      ("các doanh nghiệp, tổ chức Hội", _TASK)]),
    # a group with its lower-case qualifier ("các tổ chức tôn giáo"), then the people closing the list ("và toàn dân")
    (PLAN, "Để lan tỏa phong trào, hướng tới ngày lễ lớn; các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc tỉnh, các tổ "
           "chức tôn giáo, các xã, phường và toàn dân " + _JOIN + ".\n",
     [("các sở, ban, ngành", _JOIN), ("Ủy ban Mặt trận Tổ quốc tỉnh", _JOIN), ("các tổ chức tôn giáo", _JOIN),
      ("các xã, phường", _JOIN)]),
    # a ";" list whose last item is a group owned by a named place, the line broken after a ";" (unseen
    # 5eaeb632f6582871, Điều 6.1.a)
    (REGULATION, "**Điều 6. Quy trình xét tặng**\n\n1. Quy trình xét tặng:\n\na) Ủy ban Mặt trận Tổ quốc Việt Nam "
                 "thành phố Hà Nội; các sở, ban, ngành; Ủy ban nhân dân các xã, phường;\ncác đơn vị trực thuộc thành "
                 "phố Hà Nội xét, trình Ủy ban nhân dân thành phố Hà Nội.\n",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", "xét, trình Ủy ban nhân dân thành phố Hà Nội"),
      ("các sở, ban, ngành", "xét, trình Ủy ban nhân dân thành phố Hà Nội"),
      ("Ủy ban nhân dân các xã, phường", "xét, trình Ủy ban nhân dân thành phố Hà Nội"),
      ("các đơn vị trực thuộc thành phố Hà Nội", "xét, trình Ủy ban nhân dân thành phố Hà Nội")]),
])
def test_every_body_of_a_long_subject_list_has_the_task(head: str, body: str, expected: list) -> None:
    assert _records(head, body) == expected
