"""Agency blocks whose heading names the body in a phrase, and items that name their own (round 57, issue #22; SPEC §6:
each agency block gives one task per item; ANNOTATION: a heading `Trách nhiệm của X` names X as the assignee of the
duties under it, and an item's own subject wins over its heading's). Table-driven: a regulation's article over
lettered or bulleted items → (agency, task) records of the block reader.

- An item that opens with a duty heading of its own and a colon, its duties after it (`a) Trách nhiệm của Văn phòng
  đăng ký đất đai: Chịu trách nhiệm …`, `- Trách nhiệm của giáo vụ: giám sát …`), is that assignee's alone, its task
  after the colon — before, the item went to every body of the article's heading, label and all.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_REGULATION = ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n\nQUY CHẾ\n\nPhối hợp trong quản lý, vận hành cơ sở dữ liệu\n\n"
               "**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\n\n"
               "Quy chế này quy định việc phối hợp trong quản lý, vận hành cơ sở dữ liệu.\n\n"
               "**Chương II**\n\n**TỔ CHỨC THỰC HIỆN**\n\n{article}\n"
               "**Điều 16. Điều khoản thi hành**\n\nQuy chế này có hiệu lực kể từ ngày ký.\n")


def _blocks(article: str) -> list[tuple[str, str]]:
    doc = process_text(_REGULATION.format(article=article))
    return [(a.agency, " ".join(a.task.split())) for a in doc.assignments if a.rule == "assignments.block"]


@pytest.mark.parametrize("article, expected", [
    # 994dfbc3 (fresh-dev, Phú Thọ): two lettered items, each labelled with one of the heading's two bodies
    ("**Điều 15. Trách nhiệm của Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai**\n\n"
     "1. Quản lý, vận hành, khai thác và cập nhật cơ sở dữ liệu địa chính\n\n"
     "a) Trách nhiệm của Văn phòng đăng ký đất đai: Chịu\ntrách nhiệm quản lý, vận hành cơ sở dữ liệu đất đai của "
     "tỉnh; hướng dẫn,\nkiểm tra việc cập nhật cơ sở dữ liệu đất đai cho các Chi nhánh;\n\n"
     "b) Trách nhiệm của Chi nhánh Văn phòng đăng ký đất\nđai: Cung cấp các thông tin, số liệu, tài liệu phục vụ "
     "công tác xây dựng cơ sở\ndữ liệu đất đai.\n",
     [("Văn phòng đăng ký đất đai", "Chịu trách nhiệm quản lý, vận hành cơ sở dữ liệu đất đai của tỉnh; hướng dẫn, "
                                    "kiểm tra việc cập nhật cơ sở dữ liệu đất đai cho các Chi nhánh"),
      ("Chi nhánh Văn phòng đăng ký đất đai", "Cung cấp các thông tin, số liệu, tài liệu phục vụ công tác xây dựng cơ "
                                              "sở dữ liệu đất đai")]),
    # c49a5afa (fresh-dev, a Party centre's regulation): bullets labelled with posts under a group's duty heading
    # a lettered item of two sentences under a heading of two bodies: the item is its own assignee's alone
    ("**Điều 7. Trách nhiệm của Sở Tài chính, Công an tỉnh**\n\n"
     "a) Trách nhiệm của Sở Tài chính: Bố trí kinh phí thực hiện Quy chế này. Hướng dẫn thanh toán, quyết toán.\n\n"
     "b) Trách nhiệm của Công an tỉnh: Bảo đảm an ninh mạng cho cơ sở dữ liệu.\n",
     [("Sở Tài chính", "Bố trí kinh phí thực hiện Quy chế này. Hướng dẫn thanh toán, quyết toán"),
      ("Công an tỉnh", "Bảo đảm an ninh mạng cho cơ sở dữ liệu")]),
    ("**Điều 5. Tổ chức và quản lý lớp học**\n\n"
     "1. Trách nhiệm của các tổ chức, cá nhân trong quản lý lớp học:\n\n"
     "- Trách nhiệm của giáo vụ: giám sát việc giảng dạy theo kế hoạch. Tham mưu, quản lý các văn bản, hồ sơ bồi "
     "dưỡng.\n\n"
     "- Trách nhiệm của chủ nhiệm lớp: trực tiếp quản lý lớp; báo cáo tình hình của lớp cho ban giám đốc Trung tâm.\n",
     [("Giáo vụ", "giám sát việc giảng dạy theo kế hoạch. Tham mưu, quản lý các văn bản, hồ sơ bồi dưỡng"),
      ("Chủ nhiệm lớp", "trực tiếp quản lý lớp; báo cáo tình hình của lớp cho ban giám đốc Trung tâm")]),
])
def test_an_item_labelled_with_its_own_duty_heading_is_that_assignees(article: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    assert [r for r in _blocks(article) if not r[1].startswith("Quản lý, vận hành")] == expected


def test_a_duty_heading_over_items_still_gives_them_its_body() -> None:
    """The guard: `2. Trách nhiệm của Sở Y tế:` with its duties on the lines below is a heading, not a label."""
    article = ("**Điều 15. Trách nhiệm của các cơ quan**\n\n1. Trách nhiệm của Sở Y tế:\n\n"
               "a) Hướng dẫn các cơ sở y tế thực hiện Quy chế này;\n\nb) Kiểm tra việc thực hiện Quy chế này.\n")
    assert _blocks(article) == [("Sở Y tế", "Hướng dẫn các cơ sở y tế thực hiện Quy chế này"),
                                ("Sở Y tế", "Kiểm tra việc thực hiện Quy chế này")]


def test_a_wrap_after_a_governing_word_before_the_issued_rules_goes_on() -> None:
    """c49a5afa (fresh-dev): `căn cứ` ⏎ `Quy chế này …` is one sentence (a regulation, which no citation names by its
    type word, after the word that governs it) — before, `căn cứ` was a task of its own and the rest another."""
    article = ("**Điều 17. Tổ chức thực hiện**\n\n"
               "1. Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện Quy chế này.\n\n"
               "2. Trung tâm chính trị xã, phường, đặc khu căn cứ\n"
               "Quy chế này xây dựng, ban hành quy chế bồi dưỡng, giảng dạy.\n")
    assert _blocks(article) == [
        ("Sở Nội vụ", "hướng dẫn, kiểm tra việc thực hiện Quy chế này"),
        ("Trung tâm chính trị xã, phường, đặc khu",
         "căn cứ Quy chế này xây dựng, ban hành quy chế bồi dưỡng, giảng dạy")]


@pytest.mark.parametrize("sentence, agency", [
    # ae8d299a (fresh-dev, Nghị quyết 1339/NQ-UBTVQH15): the Secretary-General is given the task, not the Assembly
    ("Giao Tổng Thư ký Quốc hội chủ trì, phối hợp với Thường trực Hội đồng Dân tộc giúp Ủy ban Thường vụ Quốc hội "
     "theo dõi, đôn đốc việc thực hiện Nghị quyết này.", "Tổng Thư ký Quốc hội"),
    ("Tổng Thư ký Quốc hội có trách nhiệm tổng hợp ý kiến của các vị đại biểu Quốc hội.", "Tổng Thư ký Quốc hội"),
])
def test_a_post_given_tasks_in_its_own_right_keeps_its_title(sentence: str, agency: str) -> None:
    records = process_text("**Điều 3.**\n\n" + sentence + "\n").assignments
    assert [a.agency for a in records] == [agency]


_IMPLEMENTATION = ("ỦY BAN NHÂN DÂN TỈNH THANH HÓA\n\nQUYẾT ĐỊNH\n\nBan hành khung giá cho thuê nhà ở xã hội\n\n"
                   "**Điều 1. Phạm vi điều chỉnh**\n\nQuyết định này quy định khung giá cho thuê nhà ở xã hội.\n\n"
                   "**Điều 4. Trách nhiệm tổ chức thực hiện**\n\n"
                   "1. Sở Xây dựng:\n\na) Hướng dẫn, kiểm tra việc thực hiện Quyết định này;\n\n"
                   "b) Tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n\n{item}\n"
                   "**Điều 5. Điều khoản thi hành**\n\nQuyết định này có hiệu lực kể từ ngày ký.\n")


@pytest.mark.parametrize("item, expected", [
    # f97e4fbf (fresh-dev, Thanh Hóa): a group named by its role, glossed, over its lettered duties
    ("2. Chủ đầu tư, chủ sở hữu,\nđơn vị quản lý vận hành nhà ở xã hội (Bên cho thuê):\n\n"
     "a) Thực hiện đầu tư xây dựng, khai thác, quản lý, vận hành nhà ở xã hội theo đúng quy định;\n\n"
     "b) Báo cáo tình hình cho thuê nhà ở xã hội theo yêu cầu của Sở Xây dựng.\n",
     [("Chủ đầu tư, chủ sở hữu, đơn vị quản lý vận hành nhà ở xã hội",
       "Thực hiện đầu tư xây dựng, khai thác, quản lý, vận hành nhà ở xã hội theo đúng quy định"),
      ("Chủ đầu tư, chủ sở hữu, đơn vị quản lý vận hành nhà ở xã hội",
       "Báo cáo tình hình cho thuê nhà ở xã hội theo yêu cầu của Sở Xây dựng")]),
    # no gloss, no colon, bullets
    ("2. Đơn vị quản lý vận hành hệ thống\n\n- Bảo đảm hạ tầng mạng cho hệ thống.\n\n- Hỗ trợ kỹ thuật khi có sự cố.\n",
     [("Đơn vị quản lý vận hành hệ thống", "Bảo đảm hạ tầng mạng cho hệ thống"),
      ("Đơn vị quản lý vận hành hệ thống", "Hỗ trợ kỹ thuật khi có sự cố")]),
])
def test_an_item_headed_by_a_role_group_holds_its_tasks(item: str, expected: list[tuple[str, str]]) -> None:
    doc = process_text(_IMPLEMENTATION.format(item=item))
    got = [(a.agency, " ".join(a.task.split())) for a in doc.assignments if a.rule == "assignments.block"]
    assert got[2:] == expected


def test_an_item_headed_by_a_role_group_with_a_verb_is_no_heading() -> None:
    """The guard: `Nhà đầu tư thực hiện dự án …` is a sentence (its verb), not a group's name over items."""
    item = "2. Nhà đầu tư thực hiện dự án nhà ở xã hội:\n\n- Bảo đảm tiến độ xây dựng.\n\n- Báo cáo Sở Xây dựng hằng quý.\n"
    doc = process_text(_IMPLEMENTATION.format(item=item))
    assert not any(a.agency.startswith("Nhà đầu tư") for a in doc.assignments if a.rule == "assignments.block")


def test_one_head_of_several_bodies_keeps_their_kind_as_written() -> None:
    """056a116c (real-dev, Quy định 383-QĐ/TW): `Người đứng đầu cơ quan, tổ chức đảng, …` states a duty of one head of
    each body — no list of officials, so no plural is added (`cơ quan, tổ chức đảng`, not `các cơ quan, tổ chức đảng`).
    A list of officials still names each kind in the plural."""
    article = ("**Điều 3. Trách nhiệm của người đứng đầu cơ quan, tổ chức**\n\n"
               "1. Người đứng đầu cơ quan, tổ chức đảng, Mặt trận Tổ\nquốc Việt Nam (sau đây gọi chung là cơ quan, tổ "
               "chức) trong phạm vi nhiệm vụ, quyền hạn của mình có trách\nnhiệm:\n\n"
               "a) Tổ chức tuyên truyền, nâng cao nhận thức về bảo vệ tài liệu lưu trữ.\n\n"
               "b) Quản lý về lưu trữ của cơ quan, tổ chức mình.\n")
    assert sorted({a for a, _ in _blocks(article)}) == ["Mặt trận Tổ quốc Việt Nam", "cơ quan, tổ chức đảng"]
