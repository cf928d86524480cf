"""Persons by post as assignees and partners (round 53; SPEC §6: one record per agency, partners are the agencies
after ``phối hợp với``). Table-driven: a name → its parts; a plan's implementation part → (agency, partners) records.

- A list of persons by post with a group after them is one assignee each ("Cán bộ quản lý cơ sở giáo dục, giáo viên,
  nhân viên và các tổ chức đoàn thể trong nhà trường" → four); a list of bare posts with no words of their own stays
  one ("Cán bộ, giáo viên, nhân viên"), and so does a post working "tại các cơ quan, tổ chức".
- A post the document gives tasks of its own ("Trách nhiệm của giáo viên chủ nhiệm") is the partner of a task that
  names it after ``phối hợp với``; a post no item is headed by is not.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.agencies import split_actors
from kehoach_nlp.pipeline import process_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nThực hiện công tác năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
         "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")


@pytest.mark.parametrize("name, parts", [
    # d1c5e8e2: persons by post, then a group of their own after "và các"
    ("Cán bộ quản lý cơ sở giáo dục, giáo viên, nhân viên và các tổ chức đoàn thể trong nhà trường",
     ["Cán bộ quản lý cơ sở giáo dục", "giáo viên", "nhân viên", "các tổ chức đoàn thể trong nhà trường"]),
    ("Giáo viên, nhân viên y tế trường học và các tổ chức đoàn thể",
     ["Giáo viên", "nhân viên y tế trường học", "các tổ chức đoàn thể"]),
    # bare posts with no words of their own: one group of staff
    ("Cán bộ, giáo viên, nhân viên", ["Cán bộ, giáo viên, nhân viên"]),
    ("cán bộ, công chức, viên chức và người lao động", ["cán bộ, công chức, viên chức và người lao động"]),
    # the places a post works in are no second actor
    ("Cán bộ chuyên trách công nghệ thông tin tại các cơ quan, tổ chức",
     ["Cán bộ chuyên trách công nghệ thông tin tại các cơ quan, tổ chức"]),
    # unchanged: a generic list keeps its shared words
    ("các cơ quan, tổ chức, cá nhân có liên quan", ["các cơ quan, tổ chức, cá nhân có liên quan"]),
])
def test_persons_by_post_split(name: str, parts: list[str]) -> None:
    assert [part for _, _, part in split_actors(name)] == parts


_SCHOOL = _HEAD + (
    "**1. Trách nhiệm của giáo viên chủ nhiệm**\n\n"
    "- Đề xuất các hình thức khen thưởng, kỷ luật học sinh thuộc thẩm quyền của hiệu trưởng.\n\n"
    "**2. Trách nhiệm của cán bộ quản lý cơ sở giáo dục, giáo viên, nhân viên và các tổ chức đoàn thể trong nhà "
    "trường**\n\n"
    "- Thực hiện nghiêm túc các quy định về khen thưởng, kỷ luật học sinh.\n\n"
    "- Phối hợp với giáo viên chủ nhiệm đề xuất các hình thức khen thưởng, kỷ luật học sinh.\n")

_NO_POST_BLOCK = _HEAD + (
    "**1. Sở Giáo dục và Đào tạo**\n\n"
    "- Phối hợp với giáo viên các trường tổ chức tập huấn.\n\n"
    "**2. Cán bộ, giáo viên, nhân viên**\n\n"
    "- Thực hiện nghiêm túc quy chế chuyên môn.\n")


@pytest.mark.parametrize("text, expected", [
    (_SCHOOL, [
        ("Giáo viên chủ nhiệm", []),
        ("Cán bộ quản lý cơ sở giáo dục", []), ("giáo viên", []), ("nhân viên", []),
        ("các tổ chức đoàn thể trong nhà trường", []),
        ("Cán bộ quản lý cơ sở giáo dục", ["giáo viên chủ nhiệm"]), ("giáo viên", ["giáo viên chủ nhiệm"]),
        ("nhân viên", ["giáo viên chủ nhiệm"]), ("các tổ chức đoàn thể trong nhà trường", ["giáo viên chủ nhiệm"]),
    ]),
    # guard: "giáo viên các trường" heads no item of its own here: no partner; bare posts stay one assignee
    (_NO_POST_BLOCK, [("Sở Giáo dục và Đào tạo", []), ("Cán bộ, giáo viên, nhân viên", [])]),
])
def test_post_assignees_and_partners(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(a.agency, a.partners) for a in process_text(text).assignments] == expected


def test_post_partner_role_stays_support() -> None:
    records = [a for a in process_text(_SCHOOL).assignments if a.partners]
    assert records and all(a.role == "support" for a in records)


@pytest.mark.parametrize("sentence, expected", [
    # a statement of what a body does not do: no task (7dfd511e, a law's article quoted in a news page)
    ("Viện Kiểm sát nhân dân không tham gia kiểm sát hoạt động của Tòa án chuyên biệt.", []),
    ("Cục Sở hữu trí tuệ không gửi trả lại các tài liệu đã nộp.", []),
    # a prohibition, a warning and "không ngừng" are tasks
    ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh không được làm ảnh hưởng đến tiến độ thẩm định.",
     [("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "không được làm ảnh hưởng đến tiến độ thẩm định")]),
    ("Công an tỉnh không để xảy ra bị động, bất ngờ.", [("Công an tỉnh", "không để xảy ra bị động, bất ngờ")]),
    ("Sở Tài chính không ngừng nâng cao chất lượng thẩm định.",
     [("Sở Tài chính", "không ngừng nâng cao chất lượng thẩm định")]),
])
def test_negated_verb_is_no_task(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.agency, a.task) for a in process_text(_HEAD + sentence + "\n").assignments] == expected


_CALLED_ON = _HEAD + (
    "**13. Sở Công Thương:** Chủ trì tổ chức thực hiện.\n\n"
    "**14.\nDoanh nghiệp, cộng đồng, tổ chức, cá nhân:**** **Quan tâm, đăng ký hỗ trợ nhu yếu phẩm cho nhân dân.\n")


def test_community_in_a_list_of_actors() -> None:
    # 62f25a03: the community among the kinds of actor a plan's item heading calls on
    assert [(a.agency, a.task) for a in process_text(_CALLED_ON).assignments] == [
        ("Sở Công Thương", "Chủ trì tổ chức thực hiện"),
        ("Doanh nghiệp, cộng đồng, tổ chức, cá nhân", "Quan tâm, đăng ký hỗ trợ nhu yếu phẩm cho nhân dân")]


@pytest.mark.parametrize("heading, expected", [
    # 31786b08: a plural group, then a generic tail, in an item heading; the list's plural goes with the tail too
    ("**5. Các\ndoanh nghiệp viễn thông, tổ chức, cá nhân có liên quan**",
     ["Các doanh nghiệp viễn thông", "các tổ chức, cá nhân có liên quan"]),
    ("**5. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan**",
     ["Các doanh nghiệp viễn thông", "các tổ chức, cá nhân có liên quan"]),
    # the tail written with its own plural keeps it once
    ("**5. Các doanh nghiệp viễn thông, các tổ chức, cá nhân có liên quan**",
     ["Các doanh nghiệp viễn thông", "các tổ chức, cá nhân có liên quan"]),
])
def test_plural_goes_with_a_headings_generic_tail(heading: str, expected: list[str]) -> None:
    text = _HEAD + heading + "\n\n- Tổ chức triển khai thực hiện kế hoạch.\n"
    assert [a.agency for a in process_text(text).assignments] == expected
