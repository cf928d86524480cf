"""Encyclopedia (wiki) pages saved as Markdown, common in the dataset users feed the tool (round 55, helper wiki):
the edit link after each heading is site chrome, not text; the references / notes / links sections at the end are
back matter where no target or assignment is stated (their citations stay); lines the edit link had hidden read as
what they are. Table-driven: the page → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.text import normalize

EDIT = "[sửa | sửa mã nguồn]"
TITLE = "# Ủy ban Quản lý vốn nhà nước tại doanh nghiệp\n\n**Ủy ban Quản lý vốn nhà nước tại doanh nghiệp** là cơ quan thuộc Chính phủ.\n\n"


@pytest.mark.parametrize("page", [
    # after a heading, glued to the paragraph's first word (unseen 7738225c39e4b844)
    TITLE + "## Hoạt động\n\n" + EDIT + "Sau hơn 8 tháng thành lập, Ủy ban đã tiếp nhận quyền đại diện chủ sở hữu "
    "Nhà nước tại 19 doanh nghiệp nhà nước.\n",
    # after the heading on its line, and in a table's cell
    TITLE + "## Hoạt động" + EDIT + "\n\n| Cơ quan cấp bộ" + EDIT + " | 19 doanh nghiệp |\n",
    # a talk page's single link
    TITLE + "## Hoạt động\n\n[sửa mã nguồn]Ủy ban tiếp nhận 19 doanh nghiệp nhà nước.\n",
])
def test_edit_links_are_no_text(page: str) -> None:
    clean = normalize(page)
    assert "sửa" not in clean.text
    doc = extract_text(page)
    assert [t.text for t in doc.targets] == ["19 doanh nghiệp"]
    assert all("sửa" not in (t.indicator or "") for t in doc.targets)
    # offsets still index the page as written
    assert all(page[t.start:t.end] == t.text for t in doc.targets)


BACK = ("\"Quyết định của Bộ Chính trị về 4 Đảng bộ trực thuộc Trung ương\".*Báo Nhân Dân điện tử*. ngày 3 tháng 2 "
        "năm 2025. Truy cập ngày 12 tháng 2 năm 2025.**^**\"Quyết định số 36-QĐ/TW\". *Báo Công an nhân dân điện tử*. "
        "ngày 5 tháng 12 năm 2007.**^**\"Siêu Ủy ban\" quản lý 5 triệu tỷ đồng vốn DNNN, dantri.com.vn\n")


@pytest.mark.parametrize("tail", [
    "## Tham khảo\n\n" + EDIT + "**^**" + BACK,
    # the empty section's edit link, then the title on the same line (unseen 76cde2a93e0cd2b1)
    "## Lãnh đạo qua các thời kỳ\n\n" + EDIT + "## Tham khảo\n\n" + EDIT + "**^**" + BACK
    + "\n## Liên kết ngoài\n\n" + EDIT + "- Website chính thức\n",
    # notes, then references, then links: all back matter
    "## Chú thích\n\n1. " + BACK + "\n## Tham khảo\n\n- " + BACK + "\n## Liên kết ngoài\n\n- Trang chủ\n",
    "### Xem thêm\n\n- Bộ Tài chính\n\n### Đọc thêm\n\n" + BACK,
])
def test_back_matter_gives_no_target_or_assignment(tail: str) -> None:
    page = TITLE + "## Hoạt động\n\n" + EDIT + "Ủy ban tiếp nhận 19 doanh nghiệp nhà nước.\n\n" + tail
    doc = extract_text(page)
    assert [t.text for t in doc.targets] == ["19 doanh nghiệp"]
    assert doc.assignments == []
    # the references' numbered documents stay cited, as in any website's text
    if "36-QĐ/TW" in tail.split("Liên kết")[0] and "Xem thêm" not in tail:
        assert "36-QĐ/TW" in [c.number for c in doc.citations]


@pytest.mark.parametrize("page, expected", [
    # a plan's legend under a table, no Markdown title: the plan goes on (its task stays)
    ("KẾ HOẠCH\n\nI. MỤC TIÊU\n\n| Chỉ tiêu | 2025 |\n|---|---|\n| Số lớp | 05 |\n\n**Ghi chú**\n\nSố liệu năm 2024."
     "\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì tổ chức 05 lớp tập huấn.\n",
     [("Sở Y tế", "chủ trì tổ chức 05 lớp tập huấn")]),
    # a notes heading that the article's own sections follow is no back matter
    ("# Ủy ban X\n\n## Ghi chú\n\nBài viết về Ủy ban X.\n\n## Nhiệm vụ\n\nSở Y tế chủ trì tổ chức 05 lớp tập huấn.\n",
     [("Sở Y tế", "chủ trì tổ chức 05 lớp tập huấn")]),
])
def test_no_back_matter_without_its_title(page: str, expected: list) -> None:
    from kehoach_nlp.sections import back_matter_start

    assert back_matter_start(page) is None
    assert [(a.agency, a.task) for a in extract_text(page).assignments] == expected


def test_cited_articles_of_a_charter_are_no_headings() -> None:
    """"Điều 14 Điều lệ Mặt trận Tổ quốc Việt Nam quy định:" cites the charter's article (the edit link before it
    gone, it opens its line): the page stays headingless."""
    page = ("# Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam\n\nỦy ban Trung ương là cơ quan lãnh đạo.\n\n"
            "## Tổ chức\n\n*Điều 13 Chương III Điều lệ Mặt trận Tổ quốc Việt Nam* quy định:\n\n"
            "- Ủy ban Trung ương do Đại hội hiệp thương cử ra.\n\n## Chế độ họp\n\n"
            "*Điều 14 Điều lệ Mặt trận Tổ quốc Việt Nam* quy định:\n\n- Ủy ban Trung ương họp thường kỳ.\n")
    structure = parse_structure(normalize(page).text)
    assert structure.headingless
    assert all(s.number is None for s in structure.sections)


@pytest.mark.parametrize("line", [
    # a list of a committee's leaders: how many hold the office (unseen 366c1900beb3dcf6)
    "- Chủ tịch UBND: 1 người\n",
    "- Phó Chủ tịch UBND: không quá 4 người (riêng Hà Nội và TPHCM có không quá 5 người)\n",
    # … or who holds it, with the holder's other posts
    "**Chủ tịch Ủy ban Trung ương MTTQ Việt Nam**:**Bùi Thị Minh Hoài**- Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng\n",
    "- Chủ tịch UBND tỉnh: Nguyễn Văn An (từ năm 2021)\n",
])
def test_an_office_label_over_a_count_or_a_name_gives_no_task(line: str) -> None:
    page = "# Ủy ban nhân dân tỉnh\n\n## Lãnh đạo\n\n" + line
    assert extract_text(page).assignments == []


@pytest.mark.parametrize("line, expected", [
    # a task after the label still is one (its first words are no name: "dẫn" is lower case)
    ("- Sở Y tế: Hướng dẫn, kiểm tra việc thực hiện.\n", [("Sở Y tế", "Hướng dẫn, kiểm tra việc thực hiện")]),
    ("- Sở Tài chính: Bố trí 500 triệu đồng cho 12 lớp tập huấn.\n",
     [("Sở Tài chính", "Bố trí 500 triệu đồng cho 12 lớp tập huấn")]),
    # bodies, not a holder's name, before the comma (real-dev 29d8dbb64b62d14d's shape)
    ("1. Bộ Công Thương, Ủy ban nhân dân các tỉnh chỉ đạo đôn đốc các chủ đầu tư đẩy nhanh tiến độ.\n",
     [("Bộ Công Thương", "chỉ đạo đôn đốc các chủ đầu tư đẩy nhanh tiến độ"),
      ("Ủy ban nhân dân các tỉnh", "chỉ đạo đôn đốc các chủ đầu tư đẩy nhanh tiến độ")]),
])
def test_tasks_after_a_label_stay(line: str, expected: list) -> None:
    from kehoach_nlp.assignments.drops import is_head_count, names_holder

    page = "KẾ HOẠCH\n\nI. MỤC TIÊU\n\nNâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n\n" + line
    records = extract_text(page).assignments
    assert [(a.agency, a.task) for a in records] == expected
    assert not any(is_head_count(a) for a in records) and callable(names_holder)
