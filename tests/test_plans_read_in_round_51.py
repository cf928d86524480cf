"""Shapes found by reading real plans kept in other public repositories in round 51 (a commune Front committee's
election plan, a Government resolution issuing a plan, a Prime Minister's decision approving a scheme, and a province's
plan converted from PDF with its header in two columns). Table-driven: the text → the records it gives."""

from __future__ import annotations

from datetime import date

import pytest

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
