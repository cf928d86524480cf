"""Officials standing for local governments named with a list of places (round 56; SPEC §6, gold/ANNOTATION.md: an
official stands for the body, and a list of officials names one kind of body per official, each kind in the plural,
written or not). Table-driven: a decision's closing article or a plan's duty lead-in → the agencies of its records.

- "…; Chủ tịch Ủy ban nhân dân xã, phường chịu trách nhiệm thi hành …" → "Ủy ban nhân dân xã, phường": a commune or
  ward list keeps its words as written (SPEC §6 "keep the scope words"; ANNOTATION's commune carve-out, round 57 —
  round 56 had added "các" here and round 57 took it back, see docs/decisions.md).
- The official alone at the head of a block ("3. Chủ tịch Ủy ban nhân dân xã, phường:"), a body named without a title,
  and a level ("Ủy ban nhân dân cấp xã") keep the name as written.
- A bullet that only names an official over sub-items of another marker ("- Bộ trưởng Bộ Giáo dục và Đào tạo:" over
  "+ …") heads them as "- Bộ Giáo dục và Đào tạo:" does: the official stands for the body (97727f8c, a Prime
  Minister's dispatch reported in the news; the same shape in a provincial plan's implementation part).
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_DECISION = ("ỦY BAN NHÂN DÂN TỈNH X\n\nQUYẾT ĐỊNH\n\nBan hành Quy chế phối hợp\n\n**Điều 1.** Ban hành kèm theo "
             "Quyết định này Quy chế phối hợp.\n\n**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\n")
_PLAN = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nTriển khai công tác kê khai tài sản, thu nhập năm 2025\n\n"
         "**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm kê khai đúng quy định.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")


def _agencies(text: str) -> list[str]:
    return sorted({a.agency for a in process_text(text).assignments if "nhân dân" in a.agency})


@pytest.mark.parametrize("text, expected", [
    # closing article: the commune list after "; Chủ tịch" (ce4ad96d, 1a434d0a, 1fa949f8)
    (_DECISION + "**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ngành tỉnh; Chủ tịch Ủy ban "
     "nhân dân xã, phường chịu trách nhiệm thi hành Quyết định này./.\n",
     ["Ủy ban nhân dân xã, phường", "Văn phòng Ủy ban nhân dân tỉnh"]),
    # … after a comma, the list wrapped, with the special zone
    (_DECISION + "**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, ngành tỉnh, Chủ tịch Ủy ban "
     "nhân dân xã,\nphường, đặc khu chịu trách nhiệm thi hành Quyết định này./.\n",
     ["Ủy ban nhân dân xã, phường, đặc khu", "Văn phòng Ủy ban nhân dân tỉnh"]),
    # a duty lead-in over bullets (92ed7c77)
    (_PLAN + "1. Người đứng đầu sở, ban, ngành; Chủ tịch Ủy ban nhân dân xã, phường có trách nhiệm:\n\n"
     "- Xây dựng, ban hành Kế hoạch triển khai công tác kê khai tài sản, thu nhập.\n\n"
     "- Tổ chức phổ biến, hướng dẫn, gửi mẫu kê khai cho người có nghĩa vụ kê khai.\n",
     ["Ủy ban nhân dân xã, phường"]),
    # after "và" (548693)
    (_DECISION + "**Điều 3.** Giám đốc Sở Nội vụ và Chủ tịch Ủy ban nhân dân phường, xã chịu trách nhiệm thi hành "
     "Quyết định này./.\n",
     ["Ủy ban nhân dân phường, xã"]),
])
def test_listed_official_keeps_the_place_list_as_written(text: str, expected: list[str]) -> None:
    assert _agencies(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # the official alone heads a block (c2bf5a06): as written
    (_PLAN + "1. Sở Tài chính:\n\n- Hướng dẫn việc quản lý tài sản công.\n\n"
     "2. Chủ tịch Ủy ban nhân dân xã, phường:\n\n- Giao tài sản bằng hiện vật cho cơ quan, đơn vị thuộc phạm vi "
     "quản lý.\n\n- Quyết định khai thác tài sản công theo quy định.\n",
     ["Ủy ban nhân dân xã, phường"]),
    # a body named without a title, in a list: as written
    (_DECISION + "**Điều 3.** Văn phòng Ủy ban nhân dân tỉnh; Sở Tài chính; Ủy ban nhân dân xã, phường chịu trách "
     "nhiệm thi hành Quyết định này./.\n",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân xã, phường"]),
    # a level, not a list of places: as written
    (_DECISION + "**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ngành tỉnh; Chủ tịch Ủy ban "
     "nhân dân cấp xã chịu trách nhiệm thi hành Quyết định này./.\n",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân cấp xã"]),
])
def test_unlisted_official_or_body_keeps_the_list(text: str, expected: list[str]) -> None:
    assert _agencies(text) == sorted(expected)


_NEWS = ("# Thủ tướng yêu cầu xử lý nghiêm vi phạm về dạy thêm\n\nNgày 07/02/2025, Thủ tướng Chính phủ ban hành Công "
         "điện số 10/CĐ-TTg về tăng cường chỉ đạo công tác tuyển sinh.\n\nTheo đó, Thủ tướng Chính phủ yêu cầu:\n\n"
         "- Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo thực hiện đồng bộ các nhiệm vụ.\n\n"
         "{heading}\n\n+ Chỉ đạo, đôn đốc các địa phương hướng dẫn các nhà trường thực hiện nghiêm túc Quy chế.\n\n"
         "+ Tăng cường công tác thông tin, tuyên truyền, thanh tra, kiểm tra.\n\n"
         "- Văn phòng Chính phủ theo dõi, đôn đốc các cơ quan, đơn vị liên quan thực hiện Công điện này.\n")
_PLAN_ITEMS = (_PLAN + "{heading}\n\n+ Chỉ đạo các cơ sở y tế chuẩn bị thuốc, vật tư.\n\n"
               "+ Tăng cường kiểm tra, giám sát dịch bệnh.\n\n- Sở Tài chính:\n\n+ Bố trí kinh phí thực hiện Kế hoạch.\n")
_GUIDE = "Chỉ đạo, đôn đốc các địa phương hướng dẫn các nhà trường thực hiện nghiêm túc Quy chế"
_INFORM = "Tăng cường công tác thông tin, tuyên truyền, thanh tra, kiểm tra"
_SUPPLY = "Chỉ đạo các cơ sở y tế chuẩn bị thuốc, vật tư"
_WATCH = "Tăng cường kiểm tra, giám sát dịch bệnh"


@pytest.mark.parametrize("text, expected", [
    (_NEWS.format(heading="- Bộ trưởng Bộ Giáo dục và Đào tạo:"),
     [("Bộ Giáo dục và Đào tạo", _GUIDE), ("Bộ Giáo dục và Đào tạo", _INFORM)]),
    (_PLAN_ITEMS.format(heading="- Giám đốc Sở Y tế:"),
     [("Sở Y tế", _SUPPLY), ("Sở Y tế", _WATCH)]),
    # the heading's bodies each under its own official
    (_PLAN_ITEMS.format(heading="- Giám đốc Sở Y tế, Giám đốc Sở Nông nghiệp và Môi trường:"),
     [("Sở Nông nghiệp và Môi trường", _SUPPLY), ("Sở Nông nghiệp và Môi trường", _WATCH), ("Sở Y tế", _SUPPLY),
      ("Sở Y tế", _WATCH)]),
    (_PLAN_ITEMS.format(heading="- Chủ tịch Ủy ban nhân dân các xã, phường:"),
     [("Ủy ban nhân dân các xã, phường", _SUPPLY), ("Ủy ban nhân dân các xã, phường", _WATCH)]),
])
def test_official_bullet_heads_the_sub_items(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(a.agency, " ".join(a.task.split()).rstrip(".;")) for a in process_text(text).assignments
             if a.rule == "assignments.block" and a.agency != "Sở Tài chính"]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize("text", [
    # a decree's sanctioning powers under each official, no colon: powers, not tasks (ds_45dc230c)
    ("# Thẩm quyền xử phạt\n\nTheo quy định trên, Chủ tịch Ủy ban nhân dân có các thẩm quyền xử phạt như sau:\n\n"
     "*Chủ tịch Ủy ban nhân dân cấp xã*\n\n+ Phạt tiền đến 5.000.000 đồng;\n\n"
     "+ Tịch thu tang vật, phương tiện vi phạm hành chính.\n"),
    # a biography's section on the ministry's leadership over the years (ds_cbca6525)
    ("# Đào Đình Luyện\n\nÔng là một tướng lĩnh Quân đội nhân dân Việt Nam.\n\n## Lãnh đạo Bộ Quốc phòng\n\n"
     "- Tháng 3 năm 1986, ông làm Phó Tổng Tham mưu trưởng.\n\n- Năm 1989, ông làm Thứ trưởng Bộ Quốc phòng.\n"),
])
def test_official_line_without_colon_heads_nothing(text: str) -> None:
    assert [a.agency for a in process_text(text).assignments if a.rule == "assignments.block"] == []
