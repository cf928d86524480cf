"""Section structure, round 57 (SPEC §3; gold/ANNOTATION.md, a decision whose content sits in its articles: "when the
articles carry Roman or numbered headings of the plan's content, those are the top-level sections").

- A decision that approves a task, a scheme or a plan in its first article and lists the approved content there with
  Arabic numbers that name section kinds (``2. Mục tiêu …``, ``5. Nội dung …``, ``7. Giải pháp …``, ``9. Nguồn vốn
  …``, ``11. Phân công trách nhiệm``): those items are the top-level sections, of the kinds they name, and the later
  articles (``Điều 2. Tổ chức thực hiện``, ``Điều 3.``) stand beside them. Before, ``Điều 1.`` was one top-level
  section of kind ``other`` and the content's parts were lost as its children.
- The clauses of an ordinary article (``1. Sở Nội vụ: …``, ``1. Trách nhiệm của Sở Tài chính``) name fewer kinds and
  stay under their article.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.structure import parse_structure

_APPROVAL = """QUYẾT ĐỊNH
Phê duyệt Nhiệm vụ lập Quy hoạch bảo quản, tu bổ, phục hồi di tích

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Nhiệm vụ lập Quy hoạch bảo quản, tu bổ, phục hồi di tích với các nội dung sau:
1. Phạm vi, quy mô và ranh giới lập quy hoạch
Phạm vi nghiên cứu khoảng 120 ha.
2. Mục tiêu lập Quy hoạch di tích
Bảo tồn, phát huy giá trị di tích.
3. Nội dung Nhiệm vụ lập quy hoạch
a) Khảo sát, đánh giá hiện trạng.
4. Giải pháp, cơ chế thực hiện Quy hoạch
Huy động nguồn lực xã hội.
5. Nguồn vốn đầu tư thực hiện Quy hoạch
Ngân sách nhà nước và các nguồn vốn hợp pháp khác.
6. Phân công trách nhiệm:
Ủy ban nhân dân tỉnh là cơ quan tổ chức lập quy hoạch.
Điều 2. Tổ chức thực hiện
1. Ủy ban nhân dân tỉnh có trách nhiệm tổ chức lập Quy hoạch.
2. Sở Văn hóa, Thể thao và Du lịch phối hợp thẩm định.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
"""

_DUTIES = """QUYẾT ĐỊNH
Ban hành Danh mục thủ tục hành chính

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Danh mục 71 thủ tục hành chính.
1. Trách nhiệm của Sở Tài chính
a) Tổ chức triển khai thực hiện danh mục thủ tục hành chính.
2. Trách nhiệm của Ủy ban nhân dân các xã, phường
a) Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính.
3. Nội dung công bố
Niêm yết công khai danh mục.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
"""

CASES = [
    pytest.param(_APPROVAL,
                 [("preamble", None), ("other", "1"), ("objectives", "2"), ("tasks", "3"), ("solutions", "4"),
                  ("budget", "5"), ("implementation", "6"), ("implementation", "2"), ("other", "3"),
                  ("closing", None)],
                 id="approved-content-in-article-1"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_top_level_sections(text: str, expected: list[tuple[str, str | None]]) -> None:
    structure = parse_structure(text)
    assert [(s.kind, s.number) for s in structure.sections] == expected


def test_guard_clauses_of_an_article_stay_under_it() -> None:
    """A guard (passes on the base too): clauses naming one kind are no approved content."""
    structure = parse_structure(_DUTIES)
    assert [(s.kind, s.number) for s in structure.sections] == [("preamble", None), ("other", "1"), ("other", "2"),
                                                                ("closing", None)]


def test_content_parts_keep_their_children() -> None:
    structure = parse_structure(_APPROVAL)
    tasks = next(s for s in structure.sections if s.kind == "tasks")
    assert tasks.level == 1 and [c.number for c in tasks.children] == ["a"]
    article_2 = next(s for s in structure.sections if s.heading == "Tổ chức thực hiện")
    assert [c.number for c in article_2.children] == ["1", "2"]


# --- a quoted exam or quiz in a web article -------------------------------------------------------------------------
# (SPEC §3 headingless: sections by function. The questions of a quiz the page prints, "Câu 2: …?" with its answers "A.
# …", "**B. …**", are parts of one quoted test: the first question opens the section, the later ones and the answers
# open none; before, every later question opened a section of kind "other".)

_QUIZ = """# Đáp án Cuộc thi tìm hiểu Nghị quyết của Đảng năm 2025

**Đáp án Cuộc thi tìm hiểu Nghị quyết của Đảng năm 2025**

Ngày 10/11/2025, Ban Tuyên giáo tỉnh tổ chức Cuộc thi tìm hiểu các Nghị quyết của Đảng.

**Câu 1: Nghị quyết 57-NQ/TW được ban hành năm nào?**

A. Năm 2023

**B. Năm 2024**

C. Năm 2025

**Câu 2: Cơ quan nào ban hành Nghị quyết 57-NQ/TW?**

A. Quốc hội

**B. Bộ Chính trị**

**Câu 3: Nghị quyết 57-NQ/TW về lĩnh vực nào?**

**A. Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số**

B. Giáo dục và đào tạo

**Ai được xem xét để kết nạp vào Đảng?**

Căn cứ theo khoản 2 Điều 1 Điều lệ Đảng 2011 quy định như sau.

Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.
"""

QUIZ_CASES = [
    pytest.param(_QUIZ, ["Đáp án Cuộc thi", "Câu 1: Nghị quyết", "Ai được xem xét", "Quý khách cần hỏi"],
                 id="quiz-is-one-section"),
]


@pytest.mark.parametrize("text, starts", QUIZ_CASES)
def test_quiz_questions_open_one_section(text: str, starts: list[str]) -> None:
    from kehoach_nlp.pipeline import process_text

    document = process_text(text)
    assert [text[s.start:s.start + len(w)] for s, w in zip(document.sections, starts)] == starts
    assert len(document.sections) == len(starts)


# --- an annex's part letters after the closing ------------------------------------------------------------------------
# (SPEC §3: annexes after the signature are sections of their own; their parts are not the document's. An official
# letter "I. NHIỆM VỤ CHUNG" … "III. TỔ CHỨC THỰC HIỆN" ⏎ "Nơi nhận:" ⏎ "PHỤ LỤC" ⏎ "A. ĐÀO TẠO ĐẠI HỌC …" ⏎ "B. ĐÀO TẠO
# SAU ĐẠI HỌC": before, the annex's "A.", "B." outranked the Roman headings, none of them named a kind, and the letter
# was read as a headingless report — its "Tổ chức thực hiện" lost.)

_LETTER_WITH_ANNEX = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 6386/BVHTTDL-KHTC
V/v triển khai nhiệm vụ năm học 2025 - 2026

Kính gửi: Các cơ sở đào tạo trực thuộc Bộ

Thực hiện Thông báo số 460/TB-VPCP, Bộ yêu cầu các cơ sở đào tạo triển khai các nhiệm vụ sau:

I. NHIỆM VỤ CHUNG
Triển khai thực hiện các chủ trương của Đảng về giáo dục và đào tạo.

II. NHIỆM VỤ CỤ THỂ
1. Tập trung hoàn thiện thể chế, cơ chế, chính sách.
2. Tăng cường bồi dưỡng đội ngũ giảng viên.

III. TỔ CHỨC THỰC HIỆN
1. Các cơ sở đào tạo xây dựng kế hoạch năm học.
2. Vụ Đào tạo theo dõi, tổng hợp kết quả.

Nơi nhận:
- Như trên;
- Lưu: VT.

PHỤ LỤC
QUY MÔ TUYỂN SINH, ĐÀO TẠO VÀ TỐT NGHIỆP

A. ĐÀO TẠO ĐẠI HỌC VÀ GIÁO DỤC NGHỀ NGHIỆP
Quy mô tuyển sinh năm 2025.

B. ĐÀO TẠO SAU ĐẠI HỌC
Quy mô tuyển sinh năm 2025.
"""

ANNEX_CASES = [
    pytest.param(_LETTER_WITH_ANNEX,
                 [("preamble", None), ("tasks", "I"), ("tasks", "II"), ("implementation", "III"), ("closing", None),
                  ("other", None)],
                 id="annex-part-letters-do-not-outrank-the-letter"),
]


@pytest.mark.parametrize("text, expected", ANNEX_CASES)
def test_annex_parts_stay_in_the_annex(text: str, expected: list[tuple[str, str | None]]) -> None:
    structure = parse_structure(text)
    assert not structure.headingless
    assert [(s.kind, s.number) for s in structure.sections] == expected


# --- an aside in brackets that opens with "hình"/"ảnh" is no picture credit -----------------------------------------
# (A picture's credit is a few words in brackets, "(Hình từ Internet)", "(Ảnh báo Lạng Sơn)"; a decision's "(hình thức
# bán không được áp dụng đối với tài sản công là đất, …)" had made it a web article: headingless, its chapters and its
# "Chương III TỔ CHỨC THỰC HIỆN" lost.)

_DECISION_WITH_ASIDE = """QUYẾT ĐỊNH
Phân cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quyết định này phân cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công.

Chương II
PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH

Điều 2. Bán tài sản công
Bán tài sản công theo quy định tại điểm b khoản 2 Điều 22 Nghị định số 186/2025/NĐ-CP (hình thức bán không được áp dụng đối với tài sản công là đất, tài sản gắn liền với đất theo quy định tại khoản 3 Điều 40 Luật Quản lý, sử dụng tài sản công).

Chương III
TỔ CHỨC THỰC HIỆN

Điều 3. Tổ chức thực hiện
Sở Tài chính chủ trì phổ biến, triển khai Quyết định này.

Nơi nhận:
- Như Điều 3;
"""

ASIDE_CASES = [
    pytest.param(_DECISION_WITH_ASIDE,
                 [("preamble", None), ("other", "I"), ("other", "II"), ("implementation", "III"), ("closing", None)],
                 id="long-aside-is-no-caption"),
]


@pytest.mark.parametrize("text, expected", ASIDE_CASES)
def test_long_bracket_is_no_caption(text: str, expected: list[tuple[str, str | None]]) -> None:
    structure = parse_structure(text)
    assert [(s.kind, s.number) for s in structure.sections] == expected


# --- Roman parts in capitals quoted by a web article ----------------------------------------------------------------
# (SPEC §3: a quoted plan heading opens a section of the article; before, only one naming a kind did, and only when the
# paragraph before had opened none — "I. BẢNG LƯƠNG GIÁO VIÊN MẦM NON 2026" ⏎ "II. BẢNG LƯƠNG GIÁO VIÊN TIỂU HỌC 2026"
# … stayed inside the section above them.)

_SALARY_TABLES = """# Bảng lương giáo viên 2026 ra sao?

**Bảng lương giáo viên 2026 ra sao?**

Ngày 10/11/2025, Bộ Giáo dục và Đào tạo đã công bố dự thảo bảng lương giáo viên năm 2026.

**Bảng lương giáo viên 2026 khi có thêm hệ số lương đặc thù?**

Tại Điều 5 dự thảo Nghị định quy định hệ số lương đặc thù của giáo viên như sau.

**I. BẢNG LƯƠNG GIÁO VIÊN MẦM NON 2026**

**II. BẢNG LƯƠNG GIÁO VIÊN TIỂU HỌC 2026**

**III. BẢNG LƯƠNG GIÁO VIÊN THCS 2026**

**Lưu ý: bảng lương giáo viên 2026 trên chỉ mới là dự thảo.**

Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.
"""

QUOTED_ROMAN_CASES = [
    pytest.param(_SALARY_TABLES, ["Bảng lương giáo viên 2026 ra sao?", "Bảng lương giáo viên 2026 khi", "I. BẢNG",
                                  "II. BẢNG", "III. BẢNG", "Quý khách"],
                 id="consecutive-roman-parts-in-capitals"),
]


@pytest.mark.parametrize("text, starts", QUOTED_ROMAN_CASES)
def test_quoted_roman_parts_open_sections(text: str, starts: list[str]) -> None:
    from kehoach_nlp.pipeline import process_text

    document = process_text(text)
    assert [text[s.start:s.start + len(w)] for s, w in zip(document.sections, starts)] == starts
    assert len(document.sections) == len(starts)
