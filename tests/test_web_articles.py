"""Sections of web articles about a plan (SPEC §3 "Documents without headings",
gold/ANNOTATION.md "News articles that report a plan"): Markdown pages whose
title marks and emphasis the normaliser masks, so a subhead arrives as a short line."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text
from kehoach_nlp.structure import is_boilerplate, is_subhead, parse_structure
from kehoach_nlp.text import normalize

#: The "real-estate site" layout: '#' title, a site line, a table of contents, the title
#: again, a lead, the body quoting the plan, '##' subheads, a caption, the closing line.
LISTING = """# Danh sách 06 dự án giao thông trọng điểm tại Bình Phước đến 2030 (Kế hoạch 75/KH-UBND)

## Cho thuê Nhà trọ, phòng trọ tại Bình Phước

### Nội dung chính

## Danh sách 06 dự án giao thông trọng điểm tại Bình Phước đến 2030 (Kế hoạch 75/KH-UBND)

Ngày 12/10/2025, UBND tỉnh Bình Phước đã ban hành Kế hoạch 75/KH-UBND triển khai Nghị quyết Đại hội.

Cụ thể, tại Phụ lục 2 ban hành kèm theo Kế hoạch 75/KH-UBND có nêu 06 dự án giao thông trọng điểm như sau:

(1) Dự án đường cao tốc Gia Nghĩa - Chơn Thành;

(2) Dự án nâng cấp Quốc lộ 13.

*Danh sách 06 dự án giao thông trọng điểm tại Bình Phước đến 2030 (Hình từ Internet)*

## Nhiệm vụ trọng tâm Kế hoạch 75/KH-UBND triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh

Tại Mục III Kế hoạch 75/KH-UBND có nêu nhiệm vụ trọng tâm như sau:

**(1) Nhiệm vụ chiến lược:**

Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan thực hiện các nhiệm vụ sau đây:

- Điều chỉnh Quy hoạch tỉnh.

**(2) Nhiệm vụ đột phá:**

- Sở Xây dựng chủ trì xây dựng Chương trình phát triển kết cấu hạ tầng.

## Chính sách phát triển đối với hoạt động đường bộ

Căn cứ theo Điều 5 Luật Đường bộ 2024 quy định như sau:

(1) Ưu tiên bố trí nguồn lực phát triển kết cấu hạ tầng đường bộ.

*(*) Trên đây là thông tin "Danh sách 06 dự án giao thông trọng điểm tại Bình Phước đến 2030".*
"""

#: The "question and answer" layout: the question as title (three times), a download link,
#: bold question subheads, a plan heading quoted after "… cũng nêu rõ:", the site's closing.
QUESTIONS = """# Lịch thi đấu Hội thao ngành giáo dục năm 2025 theo Kế hoạch 21/KH-SGDĐT ra sao?

**Lịch thi đấu Hội thao ngành giáo dục năm 2025 theo Kế hoạch 21/KH-SGDĐT ra sao?**

**Lịch thi đấu Hội thao ngành giáo dục năm 2025 theo Kế hoạch 21/KH-SGDĐT ra sao?**

**>> Link đăng ký tham dự Hội thao ngành giáo dục 2025**

Căn cứ theo Kế hoạch 21/KH-SGDĐT năm 2025 TẢI VỀ quy định lịch thi đấu Hội thao như sau:

**Ngày 04 tháng 11 năm 2025 (thứ Ba):**

- Lúc 7 giờ 30 phút: Khai mạc Hội thao.

**Nội dung, số lượng vận động viên**

Dự kiến khoảng 40 đội tham gia.

**Đối tượng tham gia thi đấu**

Công chức, viên chức ngành giáo dục trên địa bàn tỉnh.

**Xem thêm Giải thưởng Hội thao 2025:**

Giải thưởng Hội thao 2025 xem chi tiết TẠI ĐÂY

Kế hoạch 21/KH-SGDĐT năm 2025 TẢI VỀ cũng nêu rõ:

IV. TỔ CHỨC THỰC HIỆN

1. Phòng Giáo dục thể chất

*Lịch thi đấu Hội thao ngành giáo dục năm 2025 (Hình từ Internet)*

**Mục đích, yêu cầu Hội thao ngành giáo dục năm 2025?**

Căn cứ theo Mục I Kế hoạch 21/KH-SGDĐT năm 2025 nêu rõ mục đích, yêu cầu như sau:

__Mục đích __

- Nâng cao sức khỏe cho công chức, viên chức.

__Yêu cầu __

- Tổ chức an toàn, tiết kiệm.

Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.
"""


def _sections(markdown: str) -> list[tuple[str, str]]:
    text = normalize(markdown).text
    structure = parse_structure(text)
    assert structure.headingless
    return [(s.kind, text[s.start:s.start + 30]) for s in structure.sections]


def test_listing_article_sections_open_at_body_subheads_and_closing() -> None:
    assert _sections(LISTING) == [
        ("preamble", "Danh sách 06 dự án giao thông "),
        ("tasks", "Cụ thể, tại Phụ lục 2 ban hành"),  # the body opens where the plan's content is introduced
        ("tasks", "Nhiệm vụ trọng tâm Kế hoạch 75"),  # a subhead opens a section even of the same kind
        ("other", "Chính sách phát triển đối với "),
        ("closing", "( ) Trên đây là thông tin \"Dan"),
    ]


def test_question_article_sections() -> None:
    assert _sections(QUESTIONS) == [
        ("preamble", "Lịch thi đấu Hội thao ngành gi"),
        ("other", "Căn cứ theo Kế hoạch 21/KH-SGD"),
        ("tasks", "Nội dung, số lượng vận động vi"),
        ("other", "Đối tượng tham gia thi đấu\n\nCô"),
        ("implementation", "Kế hoạch 21/KH-SGDĐT năm 2025 "),  # introduces the quoted "IV. TỔ CHỨC THỰC HIỆN"
        ("purpose", "Mục đích, yêu cầu Hội thao ngà"),  # "Mục đích" / "Yêu cầu" below it are its parts
        ("closing", "Quý khách cần hỏi thêm thông t"),
    ]


def test_a_quoted_texts_title_is_a_part_of_the_articles_section() -> None:
    """The title line right under "… quy định như sau:" names the article the page quotes: no subhead of the page's
    own, but a child of its section, whose heading the rules read ("Giải thích từ ngữ" defines; round 24)."""
    quoting = LISTING.replace("Căn cứ theo Điều 5 Luật Đường bộ 2024 quy định như sau:\n\n",
                              "Căn cứ theo Điều 5 Luật Đường bộ 2024 quy định như sau:\n\n"
                              "Chính sách phát triển hoạt động đường bộ\n\n")
    text = normalize(quoting).text
    structure = parse_structure(text)
    assert [(s.kind, text[s.start:s.start + 30]) for s in structure.sections] == _sections(LISTING)
    policy = next(s for s in structure.sections if text[s.start:].startswith("Chính sách phát triển đối với"))
    assert [(c.level, c.heading) for c in policy.children] == [(2, "Chính sách phát triển hoạt động đường bộ")]


def test_subhead_sections_carry_their_heading() -> None:
    text = normalize(QUESTIONS).text
    headings = [s.heading for s in parse_structure(text).sections if s.heading]
    assert headings == ["Nội dung, số lượng vận động viên", "Đối tượng tham gia thi đấu",
                        "Mục đích, yêu cầu Hội thao ngành giáo dục năm 2025?"]


@pytest.mark.parametrize("line, expected", [
    ("Nhiệm vụ chiến lược, đột phá Kế hoạch 188/KH-UBND triển khai thực hiện Nghị quyết", True),
    ("Quyền và trách nhiệm của người tham gia lễ hội như thế nào?", True),
    ("Đối tượng tham gia thi đấu", True),
    ("(1) Nhiệm vụ chiến lược:", False),       # numbered item of the body
    ("1. Mục đích", False),
    ("IV. TỔ CHỨC THỰC HIỆN", False),           # a quoted plan heading, not the article's subhead
    ("Xem thêm Giải thưởng Hội thao 2025:", False),
    ("Giải thưởng Hội thao 2025 xem chi tiết TẠI ĐÂY", False),
    ("Danh sách 06 dự án giao thông (Hình từ Internet)", False),
    ("Dự kiến khoảng 40 đội tham gia.", False),
    ("- Lúc 7 giờ 30 phút: Khai mạc Hội thao", False),
    ("Vòng 2: Thi môn nghiệp vụ chuyên ngành", False),  # a label and its value: a list item
    ("Hình thức công khai: Gồm 02 hình thức, công khai tại cuộc họp", False),
    ("Tết Nguyên đán 2026: người lao động được nghỉ mấy ngày?", True),  # a question subhead
    ("KẾ HOẠCH", False),  # capitals: quoted from the plan
    ("MÃ ĐỀ 704", False),
    ("Trên đây là danh sách 04 dự án đô thị trọng điểm (Kế hoạch 188/KH-UBND)", False),  # a summary line
])
def test_subhead_lines(line: str, expected: bool) -> None:
    assert is_subhead(line) is expected


@pytest.mark.parametrize("line, expected", [
    (">>> Tải về Kế hoạch 21/KH-SGDĐT năm 2025", True),
    ("( ) Trên đây là thông tin \"Danh sách 06 dự án\".", True),
    ("Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.", True),
    ("Một buổi tuyên truyền về phòng chống mại dâm. (Ảnh báo Lạng Sơn)", True),
    ("Cụ thể, tại Phụ lục 2 có nêu 06 dự án như sau:", False),
])
def test_boilerplate_lines(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_a_subhead_made_of_the_current_headings_words_is_its_part() -> None:
    article = ("# Nguyên tắc tổ chức Hội thao theo Kế hoạch 21/KH-SGDĐT ra sao?\n\n"
               "Ngày 02/10/2025, Sở Giáo dục và Đào tạo đã ban hành Kế hoạch 21/KH-SGDĐT.\n\n"
               "**Nguyên tắc tổ chức các hoạt động thể thao cho học sinh ra sao?**\n\n"
               "Căn cứ Điều 3 Thông tư 12/2024/TT-BGDĐT quy định như sau:\n\n"
               "**Nguyên tắc tổ chức hoạt động thể thao**\n\n"
               "1. Đúng chủ trương của Đảng.\n\n"
               "**Hình thức tổ chức hoạt động thể thao ra sao?**\n\n"
               "Các hình thức gồm thi đấu và giao lưu.\n\n")
    assert [kind for kind, _ in _sections(article)] == ["preamble", "other", "other"]


def test_reports_without_subheads_keep_paragraph_cues() -> None:
    text = ("Hà Giang đặt mục tiêu giảm người nghiện ma túy mới\n\n"
            "Ủy ban nhân dân tỉnh vừa ban hành kế hoạch phòng, chống ma túy năm 2024.\n\n"
            "Theo kế hoạch, tỉnh phấn đấu giảm ít nhất 5% số người nghiện ma túy mới.\n\n"
            "Minh An")
    kinds = [s.kind for s in parse_structure(text).sections]
    assert kinds == ["preamble", "objectives", "closing"]


#: An article that quotes the plan's numbered headings ('1. Mục đích', '2. Yêu cầu') under its own subheads.
QUOTING = """# Kế hoạch kê khai tài sản thu nhập năm 2025 tại Hậu Giang (Kế hoạch 90/KH-UBND)

Ngày 02/12/2025, UBND tỉnh Hậu Giang đã ban hành Kế hoạch 90/KH-UBND thực hiện kê khai tài sản, thu nhập năm 2025.

Cụ thể, Kế hoạch 90/KH-UBND năm 2025 nêu rõ mục đích và yêu cầu như sau:

**1. Mục đích**

- Thực hiện nghiêm các quy định về kê khai tài sản, thu nhập.

**2. Yêu cầu**

- Kê khai đầy đủ, trung thực.

*Kế hoạch kê khai tài sản thu nhập năm 2025 tại Hậu Giang (Hình từ Internet)*

## Nội dung kế hoạch kê khai tài sản thu nhập năm 2025 tại Hậu Giang

Hình thức công khai: Gồm 02 hình thức

*Trên đây là thông tin về "Kế hoạch kê khai tài sản thu nhập năm 2025 tại Hậu Giang".*
"""


def test_an_article_quoting_numbered_headings_stays_headingless() -> None:
    assert _sections(QUOTING) == [
        ("preamble", "Kế hoạch kê khai tài sản thu n"),
        ("purpose", "Cụ thể, Kế hoạch 90/KH-UBND nă"),  # the quoted "1. Mục đích" names the kind
        ("tasks", "Nội dung kế hoạch kê khai tài "),
        ("closing", "Trên đây là thông tin về \"Kế h"),
    ]


@pytest.mark.parametrize("path, expected", [
    ("corpus/004_790bb3ac0d4df460.txt", True),   # caption "(Ảnh báo Lạng Sơn)", "TIN LIÊN QUAN"
    ("corpus/002_3979e869356f75aa.txt", False),  # a plan
    ("synthetic/syn_01_district_plan_wrapped.txt", False),  # a plan closing "Trên đây là Kế hoạch …"
])
def test_web_articles_are_told_from_plans(path: str, expected: bool) -> None:
    from pathlib import Path

    from kehoach_nlp.structure import is_web_article
    source = (Path(__file__).parent.parent / path).read_bytes().decode("utf-8", errors="replace")
    assert is_web_article(normalize(source).text) is expected


def test_a_quoted_roman_heading_opens_its_kind() -> None:
    article = ("# Thời hạn công khai phương án thưởng Tết theo Kế hoạch 34/KH-TLĐ thế nào?\n\n"
               "Ngày 20/11/2025, Tổng Liên đoàn Lao động Việt Nam ban hành Kế hoạch 34/KH-TLĐ.\n\n"
               "Căn cứ tại Mục 5 Kế hoạch 34/KH-TLĐ năm 2025 quy định như sau:\n\n"
               "KẾ HOẠCH\n\n"
               "...\n\n"
               "V. TỔ CHỨC THỰC HIỆN\n\n"
               "5. Công đoàn cơ sở\n\n"
               "- Chủ động tham gia công khai phương án trả lương, thưởng Tết.\n\n"
               "**Đi làm vào ngày Tết Âm lịch 2026 được trả lương thế nào?**\n\n"
               "Căn cứ Điều 98 Bộ luật Lao động 2019 quy định như sau:\n\n"
               "- Vào ngày nghỉ lễ, tết, ít nhất bằng 300%.\n\n"
               "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n")
    assert [kind for kind, _ in _sections(article)] == ["preamble", "other", "implementation", "other", "closing"]


def test_caption_test_is_linear_on_bracket_heavy_text() -> None:
    import time

    from kehoach_nlp.structure import is_web_article
    text = ("(a) " * 50_000 + "x\n\n") * 3
    started = time.perf_counter()
    assert not is_web_article(text)
    assert time.perf_counter() - started < 1.0


#: A newspaper report: headline, lead, a paragraph of targets, then '##' subheads and the byline.
NEWSPAPER = """# Hà Nội đặt mục tiêu phủ sóng 5G toàn bộ khu công nghiệp

UBND thành phố Hà Nội vừa ban hành Kế hoạch 310/KH-UBND về phát triển hạ tầng 5G trong các khu công nghiệp.

Theo kế hoạch, thành phố phấn đấu đến hết năm 2026 có 100% khu công nghiệp được phủ sóng 5G.

## Nhiệm vụ trọng tâm

Thành phố tập trung rà soát quy hoạch viễn thông, bổ sung hạ tầng dùng chung.

## Tổ chức thực hiện

Sở Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn thông triển khai kế hoạch.

Minh An
"""


def test_newspaper_report_with_subheads_and_byline() -> None:
    assert _sections(NEWSPAPER) == [
        ("preamble", "Hà Nội đặt mục tiêu phủ sóng 5"),
        ("objectives", "Theo kế hoạch, thành phố phấn "),  # before the first subhead, paragraph cues decide
        ("tasks", "Nhiệm vụ trọng tâm\n\nThành phố "),
        ("implementation", "Tổ chức thực hiện\n\nSở Khoa học"),
        ("closing", "Minh An"),  # the byline ends the report
    ]


def test_a_site_page_without_subheads_is_read_by_its_layout() -> None:
    article = ("# Nhiệm vụ phòng, chống dịch bệnh năm 2026 theo Kế hoạch 12/KH-UBND ra sao?\n\n"
               "Ngày 05/01/2026, UBND tỉnh Nam Định đã ban hành Kế hoạch 12/KH-UBND.\n\n"
               "Cụ thể, Kế hoạch 12/KH-UBND nêu rõ nhiệm vụ phòng, chống dịch bệnh như sau:\n\n"
               "(1) Sở Y tế chủ trì, phối hợp với các địa phương giám sát dịch bệnh.\n\n"
               "(2) Tăng cường truyền thông phòng bệnh.\n\n"
               "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n")
    # the quoted items ("Sở Y tế chủ trì …") stay in the body: cue words do not split it
    assert [kind for kind, _ in _sections(article)] == ["preamble", "tasks", "closing"]


@pytest.mark.parametrize("paragraph, kind", [
    # round 13: "yêu cầu" after its subject directs (tasks); as a noun it names the plan's requirements (purpose)
    ("Theo Kết luận 157-KL/TW, Bộ Chính trị yêu cầu hoàn tất sáp nhập tỉnh, cụ thể một số nội dung sau:", "tasks"),
    ("Kế hoạch nêu rõ mục đích, yêu cầu như sau:", "purpose"),
    ("Yêu cầu của Kế hoạch như sau:", "purpose"),
    ("Theo đó, tại Mục II Kế hoạch nêu rõ yêu cầu đối với kế hoạch phát triển đô thị như sau:", "purpose"),
])
def test_intro_kind_of_a_directive(paragraph: str, kind: str) -> None:
    from kehoach_nlp.sections import _intro_kind

    assert _intro_kind(paragraph) == kind


@pytest.mark.parametrize("text, expected", [
    # round 28: a summary of work done, then "Cụ thể:" and the same work body by body: reports, no tasks
    ("# Kết quả tập huấn năm 2025\n\nNăm 2025, các địa phương đã tổ chức 120 lớp tập huấn cho cán bộ cấp xã.\n\n"
     "Cụ thể: Ủy ban nhân dân tỉnh Nghệ An tổ chức 40 lớp tập huấn cho cán bộ cấp xã.\n\n"
     "Ủy ban nhân dân tỉnh Hà Tĩnh tổ chức 80 lớp tập huấn cho cán bộ cấp xã.\n", []),
    # … but details of tasks given open with their own verbs, and other details end at the next cue
    ("# Kết quả tập huấn năm 2025\n\nNăm 2025, các địa phương đã tổ chức 120 lớp tập huấn cho cán bộ cấp xã.\n\n"
     "Cụ thể: Ủy ban nhân dân tỉnh Nghệ An tổ chức 40 lớp tập huấn cho cán bộ cấp xã.\n\n"
     "Thời gian tới, Bộ Nội vụ đã giao nhiệm vụ cho các địa phương. Cụ thể: Ủy ban nhân dân tỉnh Nghệ An tổ chức tập "
     "huấn cho cán bộ cấp thôn.\n",
     [("Ủy ban nhân dân tỉnh Nghệ An", "tổ chức tập huấn cho cán bộ cấp thôn")]),
    # … and a summary of plans, not of work done, keeps its details' tasks
    ("# Kế hoạch tập huấn năm 2026\n\nNăm 2026, các địa phương sẽ tổ chức 120 lớp tập huấn cho cán bộ cấp xã.\n\n"
     "Cụ thể: Ủy ban nhân dân tỉnh Nghệ An tổ chức 40 lớp tập huấn cho cán bộ cấp xã.\n",
     [("Ủy ban nhân dân tỉnh Nghệ An", "tổ chức 40 lớp tập huấn cho cán bộ cấp xã")]),
])
def test_details_of_work_done_are_no_tasks(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.agency, a.task.rstrip(".")) for a in extract_text(text).assignments] == expected
