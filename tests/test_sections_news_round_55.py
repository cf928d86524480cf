"""Sections of news reports about plans (round 55; SPEC §3 headingless documents, gold/ANNOTATION.md news articles).
Table-driven: a short article → its top-level sections as (kind, first words).

- **A news site's credits close the article.** A government portal's article ends with its source and credits:
  ``Theo Cổng Thông tin điện tử Chính phủ`` ⏎ ``Link bài viết gốc: https://…`` ⏎ ``Giờ đăng: 03/07/2025 11:11`` (or
  ``Ngày giờ đăng bài viết gốc: …``, ``Nguồn bài viết gốc: …``, the address alone). The posting time and the bare
  address are site furniture, so the source line opens ``closing`` (it had been read as a subhead, ``other``); the
  reporter's or the agency's credit right above the source (``Thùy Chi``, ``M.Hiệp``, ``(TTXVN)``) opens it, and a
  source named by its address (``Theo thanhuytphcm.vn``) is a source too.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.structure import parse_structure
from kehoach_nlp.text import normalize

_LEAD = ("Thủ tướng yêu cầu đẩy nhanh tiến độ dự án đường sắt\n\n"
         "Ngày 3/7/2025, Văn phòng Chính phủ ban hành Thông báo kết luận của Phó Thủ tướng về dự án đường sắt.\n\n"
         "Bộ Xây dựng tập trung đẩy nhanh tiến độ chuẩn bị đầu tư dự án, bảo đảm khởi công trong năm 2025.\n\n")


def _kinds(source: str) -> list[tuple[str, str]]:
    text = normalize(source).text  # markup masked, as the pipeline reads it
    structure = parse_structure(text)
    return [(s.kind, " ".join(text[s.start:s.end].split()[:3])) for s in structure.sections]


@pytest.mark.parametrize("ending, closing", [
    # 59a3e714: the posting time under the credits
    ("Theo Báo Điện tử Chính phủ\n\nTác giả: Phương Nhi\n\nLink bài viết gốc: https://baochinhphu.vn/khoi-dong.htm"
     "\n\nGiờ đăng: 03/07/2025 11:11\n", "Theo Báo Điện"),
    # c860fd22: the bare address, then the time of the original post
    ("Theo Cổng thông tin điện tử Chính phủ\n\nhttps://xaydungchinhsach.chinhphu.vn/chinh-phu-thong-qua.htm\n\n"
     "Ngày giờ đăng bài viết gốc: 17:10 11/05/2025\n", "Theo Cổng thông"),
    # 9dc1a389: the reporter's name over the source
    ("Thùy Chi\n\nTheo Cổng Thông tin điện tử Chính phủ\n\nNguồn bài viết gốc: https://thanglong.chinhphu.vn/a.htm\n\n"
     "Ngày giờ đăng bài viết gốc: 13/05/2025 6:19 PM\n", "Thùy Chi Theo"),
    # 6963a704: an initial and a name; the source named by its web address
    ("M.Hiệp\n\nTheo thanhuytphcm.vn\n\nhttps://www.hcmcpv.org.vn/tin-tuc/tphcm-huong-dan\n\n"
     "Ngày giờ đăng bài viết gốc: 19:20 11-04-2025\n", "M.Hiệp Theo thanhuytphcm.vn"),
    # 9ec4020f: a news agency's credit in brackets
    ("(TTXVN)\n\nTheo Cổng thông tin điện tử Chính phủ\n\nLink bài viết gốc: https://xaydungchinhsach.chinhphu.vn/a\n\n"
     "Giờ đăng bài viết gốc: 14/04/2025 23:02\n", "(TTXVN) Theo Cổng"),
])
def test_news_site_credits_open_the_closing(ending: str, closing: str) -> None:
    kinds = _kinds(_LEAD + ending)
    assert kinds[-1] == ("closing", closing)
    assert [kind for kind, _ in kinds].count("closing") == 1
    assert kinds[0][0] == "preamble"


def test_a_name_inside_the_body_is_no_credit() -> None:
    """A capitalised line in the body, far from the source line, stays in its section."""
    text = _LEAD + "Thùy Chi\n\nBộ Tài chính hướng dẫn địa phương ứng vốn.\n\nTheo Cổng Thông tin điện tử Chính phủ\n\n" \
                   "Giờ đăng: 03/07/2025 11:11\n"
    kinds = _kinds(text)
    assert kinds[-1] == ("closing", "Theo Cổng Thông")


# - **A long subhead that opens with a cue longer than the window.** A heading of more than 12 words takes its kind only
#   from a cue in its first three words; a four-word cue at its very start (``Tổ chức thực hiện …``) counts too.
# - **A subhead that gives an order names the report's tasks** (``Giải quyết dứt điểm các tồn tại …``, ``Đẩy nhanh tiến
#   độ thi công …``): a subhead that is no question and opens with a verb of doing; a question that opens with one
#   (``Tổ chức văn nghệ … lưu ý điều gì?``) and a noun that looks like one (``Trình tự …``) stay ``other``.

_ARTICLE = ("# Rà soát, tháo gỡ khó khăn 4 dự án giao thông trọng điểm\n\n"
            "Ngày 5/6/2025, Văn phòng Chính phủ ban hành Thông báo kết luận của Phó Thủ tướng về các dự án giao thông "
            "trọng điểm.\n\n"
            "**{subhead}**\n\n"
            "Đối với công tác giải phóng mặt bằng, Phó Thủ tướng khẳng định đây là các công việc có khối lượng lớn.\n\n"
            "**Thông tin thêm về các dự án**\n\n"
            "Các dự án được triển khai từ năm 2023.\n\n"
            "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n")


@pytest.mark.parametrize("subhead, kind", [
    # 9d9fa17e: orders under a Deputy Prime Minister's conclusions
    ("Giải quyết dứt điểm các tồn tại về giải phóng mặt bằng trước 10/6/2025", "tasks"),
    ("Đẩy nhanh tiến độ thi công đi đôi với đảm bảo chất lượng", "tasks"),
    ("Tăng cường thanh kiểm tra, chống thông thầu", "tasks"),
    # 29d8dbb6, dab83995, e309590d
    ("Tạo thuận lợi tối đa để người dân sử dụng điện mặt trời mái nhà tự sản xuất, tự tiêu thụ", "tasks"),
    ("Khuyến khích các doanh nghiệp thương mại điện tử khuyến mãi dịp Tết Nguyên Đán Ất Tỵ 2025", "tasks"),
    ("Kiến nghị tháo gỡ điểm nghẽn, tăng nguồn cung và hiệu quả triển khai", "tasks"),
    # 8f1cd9f2, 7355ef98, 9361b9f1: a long subhead that opens with "Tổ chức thực hiện"
    ("Tổ chức thực hiện xây dựng Cụm công nghiệp Canh Hiệp tỉnh Gia Lai được quy định như thế nào?", "implementation"),
    ("Tổ chức thực hiện Nghị quyết 75/2025/NQ-HĐND quy định mức phụ cấp và trợ cấp ngày công lao động đối với "
     "Thôn đội trưởng", "implementation"),
])
def test_subhead_kinds(subhead: str, kind: str) -> None:
    text = _ARTICLE.format(subhead=subhead)
    kinds = _kinds(text)
    assert kinds[0][0] == "preamble"
    assert kinds[1] == (kind, " ".join(subhead.split()[:3]))
    assert kinds[2][0] == "other" and kinds[-1][0] == "closing"


@pytest.mark.parametrize("subhead", [
    "Tổ chức văn nghệ ngày Nhà giáo Việt Nam 20 tháng 11 lưu ý điều gì?",  # a question (17e5b092)
    "Trình tự chuẩn bị dự án PPP thuộc trường hợp quyết định chủ trương đầu tư do nhà đầu tư đề xuất",  # a noun
    "Bình Phước xem xét kiến nghị chấm thầu lại của Tập đoàn Sơn Hải",  # a report's subhead, no order
    "Tổ chức bộ máy của Sở Nội vụ",  # a noun that looks like a verb (a page's part on its organisation)
])
def test_subheads_that_stay_other(subhead: str) -> None:
    """Guards (they pass on the base code too): the order rule leaves these ``other``."""
    kinds = _kinds(_ARTICLE.format(subhead=subhead))
    assert kinds[1] == ("other", " ".join(subhead.split()[:3]))


# - **A cue word that only points into the document names no kind.** ``tại nội dung Điều 4 …``, ``Theo nội dung Kế
#   hoạch …``: ``nội dung`` (tasks) is where the article looks, not what it announces; the next cue decides.

_INTRO = ("# Toàn văn Quyết định 3664/QĐ-UBND năm 2025 về điều chỉnh kế hoạch đầu tư công tại Nghệ An?\n\n"
          "Ngày 14/11/2025, Ủy ban nhân dân tỉnh Nghệ An đã ban hành Quyết định 3664/QĐ-UBND năm 2025.\n\n"
          "{intro}\n\n"
          "- Tập trung chỉ đạo quyết liệt triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2025.\n\n"
          "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n")


@pytest.mark.parametrize("intro, kind", [
    # b99aefa7 (unseen page)
    ("Theo đó, tại nội dung Điều 4 Quyết định 3664/QĐ-UBND năm 2025 quy định về vấn đề tổ chức thực hiện điều chỉnh "
     "kế hoạch đầu tư công trung hạn 2021-2025 như sau:", "implementation"),
    # a267e860
    ("Theo đó, tại nội dung Quyết định 2640/QĐ-TTg năm 2025 quy định 7 giải pháp chủ yếu khi xây dựng và phát triển "
     "như sau:", "solutions"),
    # a03c978f
    ("Theo nội dung Kế hoạch ban hành kèm theo Quyết định 1032/QĐ-BKHCN năm 2025, mục đích và yêu cầu của Kế hoạch "
     "như sau:", "purpose"),
])
def test_pointer_words_name_no_kind(intro: str, kind: str) -> None:
    kinds = _kinds(_INTRO.format(intro=intro))
    assert kinds[1] == (kind, " ".join(intro.split()[:3]))
    assert [k for k, _ in kinds] == ["preamble", kind, "closing"]


# - **A body giving work to others is the report's tasks.** Before an article's first subhead, ``Chính phủ yêu cầu Bộ
#   Quốc phòng …``, ``… Thủ tướng Chính phủ giao Bộ Giáo dục …``, ``Theo đó, Bộ Chính trị giao Đảng ủy Bộ Nội vụ chủ trì
#   …`` open ``tasks`` (dev news gold: 20 such paragraphs tasks, none implementation); a directing noun (``11 văn bản chỉ
#   đạo các tổ chức tín dụng``, ``theo yêu cầu của …``) opens nothing.

_REPORT = ("# Chính phủ yêu cầu chuẩn bị tổ chức diễu binh duyệt binh 2/9/2025\n\n"
           "Tại Nghị quyết 124/NQ-CP phiên họp Chính phủ thường kỳ tháng 4 năm 2025 đã được Chính phủ ban hành.\n\n"
           "{paragraph}\n\n"
           "## Diễu binh diễu hành 2/9/2025 diễn ra ở đâu?\n\n"
           "Căn cứ tại Công văn 2620/VPCP-KGVX năm 2025 về chuẩn bị các hoạt động kỷ niệm.\n\n"
           "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n")


@pytest.mark.parametrize("paragraph", [
    # 409d768a: no cue at all before
    "Chính phủ yêu cầu Bộ Quốc phòng, Bộ Công an phối hợp với các Bộ, cơ quan liên quan chủ động chuẩn bị lễ kỷ niệm.",
    # e0d71a8f: "giao … chủ trì" had opened implementation
    "Theo đó, Bộ Chính trị giao Đảng ủy Bộ Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan nghiên cứu.",
    # 8859e2ab
    "Bên cạnh đó, Thủ tướng Chính phủ giao Bộ Giáo dục và Đào tạo và Ủy ban nhân dân tỉnh Thái Nguyên chỉ đạo các cơ "
    "quan liên quan thực hiện việc sáp nhập.",
    # 9d9fa17e
    "Do đó, Phó Thủ tướng yêu cầu các tỉnh khẩn trương hoàn thành công tác giải phóng mặt bằng.",
])
def test_a_body_giving_work_opens_tasks(paragraph: str) -> None:
    kinds = _kinds(_REPORT.format(paragraph=paragraph))
    assert kinds[:2] == [("preamble", "Chính phủ yêu"), ("tasks", " ".join(paragraph.split()[:3]))]


@pytest.mark.parametrize("paragraph", [
    "Tính đến nay, NHNN đã ban hành 11 văn bản chỉ đạo các tổ chức tín dụng nhằm tháo gỡ các điểm nghẽn.",
    "Theo yêu cầu của Thủ tướng Chính phủ, lễ kỷ niệm được tổ chức trang trọng.",
    "Mã Viện đã dập tắt cuộc nổi dậy và tiếp tục sự thống trị ở Giao Chỉ.",  # a place name, not the verb
])
def test_a_directing_noun_opens_nothing(paragraph: str) -> None:
    """Guards (they pass on the base code too)."""
    kinds = _kinds(_REPORT.format(paragraph=paragraph))
    assert kinds[1][0] == "other" and kinds[1][1].startswith("Diễu binh")


def test_a_body_that_has_directed_is_no_task() -> None:
    """What a body has already done is the situation (e309590d: "NHNN đã yêu cầu …" over its results)."""
    paragraph = "Cùng với đó, NHNN đã yêu cầu các chi nhánh NHNN địa phương phối hợp với sở, ngành của các tỉnh."
    kinds = _kinds(_REPORT.format(paragraph=paragraph))
    assert kinds[1][0] == "other" and kinds[1][1].startswith("Diễu binh")


# - **The sources of capital name the budget.** ``IV. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH`` (437c3beb), a news subhead ``Các
#   nguồn vốn để thực hiện đầu tư xây dựng …`` (8c4e033a): ``nguồn vốn`` is a budget cue like ``nguồn kinh phí``.

@pytest.mark.parametrize("heading", [
    "NGUỒN VỐN THỰC HIỆN KẾ HOẠCH",
    "Các nguồn vốn để thực hiện đầu tư xây dựng công trình hạ tầng kỹ thuật khung, hạ tầng xã hội thiết yếu",
])
def test_sources_of_capital_are_budget(heading: str) -> None:
    from kehoach_nlp.structure import kind_of_heading
    assert kind_of_heading(heading) == "budget"


def test_a_plan_part_on_capital_is_budget() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nPhát triển nhà ở năm 2026\n\nI. MỤC TIÊU\n\nPhát triển nhà ở.\n\n"
            "II. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH\n\nNgân sách tỉnh và vốn xã hội hóa.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
            "Sở Xây dựng chủ trì.\n")
    structure = parse_structure(text)
    assert [(s.kind, s.number) for s in structure.sections] == [
        ("preamble", None), ("objectives", "I"), ("budget", "II"), ("implementation", "III")]


def test_the_other_closing_formula() -> None:
    """``Phía trên là thông tin tham khảo …`` closes a legal-news page like ``Trên đây là thông tin …`` (cd19b861)."""
    text = _ARTICLE.format(subhead="Thông tin về dự án bất động sản").replace(
        "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.",
        "*Phía trên là thông tin tham khảo Đánh thuế bất động sản chậm triển khai, nhà ở bỏ hoang*")
    kinds = _kinds(text)
    assert kinds[-1] == ("closing", "Phía trên là")
