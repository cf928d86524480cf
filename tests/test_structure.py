"""Header info and the section tree (SPEC §2–3, issue 4)."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach_nlp.structure import heading_title, kind_of_heading, paragraph_kind, parse_info, parse_structure
from kehoach_nlp.text import normalize

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 170/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nNghệ An, ngày 20 tháng 3 năm 2023\nKẾ HOẠCH\n"
          "Thực hiện công tác phòng, chống mại dâm\ngiai đoạn 2021 - 2025\n\nCăn cứ Luật Phòng, chống mua bán người;")


def test_header_info() -> None:
    info = parse_info(HEADER)
    assert info.doc_type == "ke_hoach"
    assert info.number == "170/KH-UBND"
    assert info.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert (info.place, info.issued_on) == ("Nghệ An", date(2023, 3, 20))  # a date, as records.py types it
    assert info.title == "Thực hiện công tác phòng, chống mại dâm giai đoạn 2021 - 2025"
    assert (info.period.from_, info.period.to) == (2021, 2025)
    assert info.draft is False


# The header table of a page converted from a legal-document website: every cell on its own
# line, "|" between cells, words broken across lines (an invented plan).
FLATTENED_HEADER = ("ỦY\nBAN NHÂN DÂN\nTỈNH HÀ GIANG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
                    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n58/KH-UBND\n|\nHà\n"
                    "Giang, ngày 14 tháng 2 năm 2022\n|\nKẾ HOẠCH\nPHÒNG, CHỐNG MA TÚY\nNĂM 2022\n"
                    "Thực hiện Quyết định số\n1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành\n"
                    "Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Ngăn chặn tệ nạn ma túy.")


def test_flattened_header_table() -> None:
    structure = parse_structure(normalize(FLATTENED_HEADER).text)
    info = structure.info
    assert (info.number, info.issuer) == ("58/KH-UBND", "Ủy ban nhân dân tỉnh Hà Giang")
    assert (info.place, info.issued_on) == ("Hà Giang", date(2022, 2, 14))
    assert info.title == "PHÒNG, CHỐNG MA TÚY NĂM 2022"  # an upper-case title stops at the body
    assert [s.kind for s in structure.sections] == ["preamble", "purpose"]  # one heading under a KẾ HOẠCH header


@pytest.mark.parametrize("text, field, expected", [
    ("DỰ THẢO\nKẾ HOẠCH\nPhòng chống ma túy năm 2024\n\nI. MỤC TIÊU", "draft", True),
    ("KẾ HOẠCH\nPhòng chống ma túy năm 2024\n\nI. MỤC TIÊU", "title", "Phòng chống ma túy năm 2024"),
    ("Số: 12 /KH- UBND\nKẾ HOẠCH\nX", "number", "12/KH-UBND"),
    ("UBND TỈNH BẮC KẠN\nSố: 1/KH-UBND\nKẾ HOẠCH\nX", "issuer", "Ủy ban nhân dân tỉnh Bắc Kạn"),
    ("Một bản tin không có tiêu đề KẾ HOẠCH.", "title", None),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 5/KH-UBND | Hà Giang, ngày 01 tháng 11 năm 2021 |"
     "\nKẾ HOẠCH\nX", "issued_on", date(2021, 11, 1)),                  # header rows with "|" between cells
    ("Một bản tin không có tiêu đề.", "number", None),
])
def test_info_fields(text: str, field: str, expected) -> None:
    assert getattr(parse_info(text), field) == expected


@pytest.mark.parametrize("title, kind", [
    ("MỤC ĐÍCH, YÊU CẦU", "purpose"), ("Mục tiêu cụ thể", "objectives"), ("Chỉ tiêu cai nghiện", "objectives"),
    ("NỘI DUNG HOẠT ĐỘNG", "tasks"), ("Nhiệm vụ và giải pháp", "tasks"), ("GIẢI PHÁP THỰC HIỆN", "solutions"),
    ("Kinh phí thực hiện", "budget"), ("TỔ CHỨC THỰC HIỆN", "implementation"), ("Phân công nhiệm vụ", "implementation"),
    ("Đối tượng, phạm vi", "other"), ("Chế độ báo cáo", "other"), ("Sở Y tế", "other"),
    # a numbered sentence takes a kind only from its first words
    ("Chủ động nghiên cứu cơ chế, chính sách để triển khai các nhiệm vụ và giải pháp của kế hoạch này", "other"),
])
def test_heading_kinds(title: str, kind: str) -> None:
    assert kind_of_heading(title) == kind


@pytest.mark.parametrize("rest, title", [
    ("Sở Lao động - Thương binh và Xã hội: Chủ trì, phối hợp với các ngành", "Sở Lao động - Thương binh và Xã hội"),
    ("MỤC TIÊU", "MỤC TIÊU"), ("Mục đích, yêu cầu:", "Mục đích, yêu cầu"), ("Sở Văn hoá, Thể thao và Du lịch.",
                                                                             "Sở Văn hoá, Thể thao và Du lịch"),
])
def test_heading_titles(rest: str, title: str) -> None:
    assert heading_title(rest) == title


def test_heading_title_separators_are_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """A separator added to sections.toml [headings] title_separators ends a title like ``:``."""
    from kehoach_nlp import sections

    table = sections._config()
    extended = {**table, "headings": {**table["headings"], "title_separators": [":", " – "]}}
    monkeypatch.setattr(sections, "_config", lambda: extended)
    assert heading_title("Sở Y tế – chủ trì, phối hợp với các ngành") == "Sở Y tế"
    assert heading_title("Sở Y tế: chủ trì – phối hợp") == "Sở Y tế"


def _shape(text: str) -> list[tuple]:
    def walk(sections, out):
        for s in sections:
            out.append((s.level, s.number, s.kind))
            walk(s.children, out)
        return out
    return walk(parse_structure(text).sections, [])


def test_levels_come_from_the_numbering_scheme() -> None:
    roman = "KẾ HOẠCH\nI. MỤC TIÊU\n1. Mục tiêu chung:\n1.1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n- Chủ trì."
    assert _shape(roman) == [(1, None, "preamble"), (1, "I", "objectives"), (2, "1", "objectives"),
                             (3, "1.1", "other"), (1, "II", "implementation"), (2, "1", "other")]
    arabic = "KẾ HOẠCH\n1. MỤC ĐÍCH\na) Nâng cao.\nb) Phát hiện.\n2. KINH PHÍ\nNgân sách huyện.\n3. TỔ CHỨC THỰC HIỆN"
    assert _shape(arabic) == [(1, None, "preamble"), (1, "1", "purpose"), (2, "a", "other"), (2, "b", "other"),
                              (1, "2", "budget"), (1, "3", "implementation")]


def test_bullets_furniture_tables_and_numbers_are_not_headings() -> None:
    text = ("KẾ HOẠCH\nI. MỤC TIÊU\n- 1. không phải tiêu đề\n+ Gạch đầu dòng\nTrang 3\n- 3 -\n"
            "Chỉ tiêu | 2023 | 2025\n1.600 người được hỗ trợ.\n2020 là năm bản lề.\nII. KINH PHÍ\nNgân sách.")
    assert _shape(text) == [(1, None, "preamble"), (1, "I", "objectives"), (1, "II", "budget")]


@pytest.mark.parametrize("ending, closing_from", [
    # the plan's last paragraph, outside its last list, that calls on everyone and ends the text
    ("4. Sở Y tế: Chủ trì.\n\nCác cơ quan, đơn vị, địa\nphương căn cứ chức năng, nhiệm vụ được giao, khẩn trương "
     "triển khai thực hiện Kế hoạch này./.\n\n|\nNơi nhận:\n- Lưu: VT.", "Các cơ quan"),
    ("- Nguồn dự phòng.\n\nKhắc phục môi trường là nhiệm vụ cấp bách. Đề nghị các sở, ban, ngành khẩn trương "
     "thực hiện./.\nNơi nhận:\n- Lưu: VT.", "Khắc phục"),
    # … not the one paragraph under the last heading (the section's body), nor a last item, nor a paragraph with no call
    ("Giao Sở Y tế khẩn trương triển khai thực hiện Kế hoạch này./.\nNơi nhận:\n- Lưu: VT.", "Nơi nhận"),
    ("4. Sở Y tế: Chủ trì.\n5. Sở Tài chính khẩn trương bố trí kinh phí./.\nNơi nhận:\n- Lưu: VT.", "Nơi nhận"),
    ("4. Sở Y tế: Chủ trì.\n\nKinh phí do ngân sách tỉnh bảo đảm./.\nNơi nhận:\n- Lưu: VT.", "Nơi nhận"),
    # a Party document's last line says how far it is read (round 35)
    ("6. Đảng ủy Chính phủ chủ trì theo dõi, đánh giá kết quả thực hiện.\n\nNghị quyết này phổ biến đến chi bộ.",
     "Nghị quyết này"),
])
def test_a_final_call_after_the_last_list_opens_the_closing(ending: str, closing_from: str) -> None:
    text = "KẾ HOẠCH\nI. MỤC TIÊU\nBảo đảm an toàn.\nII. TỔ CHỨC THỰC HIỆN\n" + ending
    closing = parse_structure(text).sections[-1]
    assert closing.kind == "closing" and text[closing.start:].startswith(closing_from)


def test_gaps_in_numbering_and_closing() -> None:
    text = ("KẾ HOẠCH\nI. MỤC TIÊU\n2.2. Tăng cường.\n2.4. Tiếp tục.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Công an tỉnh: Chủ trì.\nTrên đây là Kế hoạch của UBND tỉnh./.\nNơi nhận:\n- Lưu: VT.")
    structure = parse_structure(text)
    assert [s.kind for s in structure.sections] == ["preamble", "objectives", "implementation", "closing"]
    assert [c.number for c in structure.sections[1].children] == ["2.2", "2.4"]
    implementation = structure.sections[2]
    assert implementation.children[0].heading == "Công an tỉnh"
    assert structure.sections[2].end == structure.sections[3].start == text.index("Trên đây")
    for a, b in zip(structure.sections, structure.sections[1:]):
        assert a.end == b.start


NEWS = ("Lạng Sơn phấn đấu 90% xã lành mạnh\n\n"
        "Dự án với mục tiêu nâng cao hiệu quả công tác cai nghiện tại cơ sở và cộng đồng, tạo chuyển biến về nhận thức.\n\n"
        "Cụ thể, về phòng, chống mại dâm mục tiêu phấn đấu 100% xã tổ chức ít nhất một hình thức tuyên truyền.\n\n"
        "Một buổi tuyên truyền ở Lạng Sơn. (Ảnh báo Lạng Sơn)\n\n"
        "Để đạt được các mục tiêu đề ra, tỉnh đã vạch nhiệm vụ cụ thể như tăng cường tuyên truyền.\n\n"
        "Đẩy mạnh các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình.\n\n"
        "Minh Thư")


def test_headingless_report_sections_follow_the_function_of_paragraphs() -> None:
    structure = parse_structure(NEWS)
    assert structure.headingless
    kinds = [(s.kind, NEWS[s.start:s.start + 12]) for s in structure.sections]
    assert kinds == [("preamble", "Lạng Sơn phấ"), ("purpose", "Dự án với mụ"), ("objectives", "Cụ thể, về p"),
                     ("tasks", "Để đạt được "), ("closing", "Minh Thư")]
    assert all(s.heading is None and s.number is None for s in structure.sections)


@pytest.mark.parametrize("paragraph, current, kind", [
    ("Phấn đấu 90% xã được tuyên truyền.", "preamble", "objectives"),
    ("Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì mở rộng điều trị.", "objectives", "implementation"),
    ("Tăng cường kiểm tra các cơ sở kinh doanh.", "objectives", "tasks"),
    ("Tăng cường kiểm tra các cơ sở kinh doanh.", "tasks", None),
    ("Một buổi tuyên truyền ở Lạng Sơn. (Ảnh báo Lạng Sơn)", "objectives", None),
    ("TIN LIÊN QUAN", "tasks", "closing"),
])
def test_paragraph_cues(paragraph: str, current: str, kind) -> None:
    assert paragraph_kind(paragraph, current) == kind


# --- heading numbers: one data file, one variant per stage (data/headings.toml) --------------
# Each stage reads the number a line opens with in its own way, on purpose: above all the
# letter items "a)" / "a." (treating them alike once moved real-test role accuracy). One row
# per (variant, line): whether the variant matches at the start of the line.

@pytest.mark.parametrize("variant, line, matches", [
    # text.py line joining: a line that opens like this is never joined to the line before
    ("line_start", "- Tuyên truyền", True),
    ("line_start", "1.2.3.4.5. Nội dung", True),
    ("line_start", "II - NHIỆM VỤ", True),
    ("line_start", "C. Kinh phí", True),
    ("line_start", "a. Sở Y tế", True),
    ("line_start", "b) Công an tỉnh", True),
    ("line_start", "a.b", False),
    ("line_start", "Sở Y tế", False),
    # text.py: a line that holds only a number goes on with the next line
    ("bare_number", "1.", True),
    ("bare_number", "II", True),
    ("bare_number", "2.1", True),
    ("bare_number", "a)", True),
    ("bare_number", "123.", False),
    # text.py: a line that holds only an article's number goes on with its title (round 40)
    ("bare_article", "Điều 2.", True),
    ("bare_article", "ĐIỀU 12", True),
    ("bare_article", "Điều chỉnh", False),
    # task_tables.py: the number before a task heading in a cell
    ("task_heading", "  2.1. Tổ chức tuyên truyền", True),
    ("task_heading", "a. Sở Y tế", True),
    ("task_heading", "b) Công an tỉnh", True),
    ("task_heading", "2025 là năm", False),
    # assignments/: "a." is not a heading start there (a sentence may end in "… a."), "a)" is
    ("heading_start", "a) Sở Y tế", True),
    ("heading_start", "a. Sở Y tế", False),
    ("heading_start", "II- NHIỆM VỤ", True),
    ("heading_start", "Điều 3. Chánh Văn phòng", True),
    ("heading_start", "Chương II", True),
    ("heading_start", "Điều chỉnh kế hoạch", False),
    # sections.py: bullets are list items, never headings
    ("bullet", "• Nội dung", True),
    ("bullet", "1. Nội dung", False),
    # sections.py: a numbered or bulleted line of a web article is never a subhead
    ("web_numbered", "(1) Nhiệm vụ chiến lược:", True),
    ("web_numbered", "ii) Phát triển", True),
    ("web_numbered", ">>> Tải về", True),
    ("web_numbered", "Nhiệm vụ chiến lược", False),
])
def test_heading_number_variants(variant: str, line: str, matches: bool) -> None:
    from kehoach_nlp.headings import heading_marker

    pattern = heading_marker(variant)
    found = pattern.fullmatch(line) if variant in ("bare_number", "bare_article") else pattern.match(line)
    assert bool(found) is matches


@pytest.mark.parametrize("line, scheme, number", [
    ("CHƯƠNG II QUY ĐỊNH CHUNG", "chapter", "II"),
    ("Điều 12. Trách nhiệm thi hành", "article", "12"),
    ("Điều 3 Phạm vi điều chỉnh", "article", "3"),
    # a wrapped sentence that cites an article opens no article (round 16)
    ("Điều 18d, Nghị định số 132/2008/NĐ-CP ngày 31 tháng 12 năm 2008", None, None),
    ("Điều 10 Thông tư số 28/2012/TT-BKHCN ngày 12 tháng 12 năm 2012", None, None),
    ("Điều 5, Thông tư số 29/2024/TT-BGDĐT quy định cụ thể về dạy thêm", None, None),
    ("IV. TỔ CHỨC THỰC HIỆN", "roman", "IV"),
    ("II- NHIỆM VỤ", "roman", "II"),
    ("I/ MỤC ĐÍCH, YÊU CẦU", "roman", "I"),
    ("V/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP", None, None),  # "về việc": a subject line, not part V (round 13)
    ("2.4. Giải pháp", "decimal", "2.4"),
    ("3) Kinh phí", "arabic", "3"),
    ("đ) Sở Tài chính", "letter", "đ"),
    ("a. Mục tiêu chung", "letter", "a"),
    ("a. các nội dung khác", None, None),  # "a." opens a heading only before a capital
    ("Trang 3", None, None),
])
def test_heading_schemes(line: str, scheme: str | None, number: str | None) -> None:
    from kehoach_nlp.headings import heading_schemes

    found = next(((name, m["num"]) for name, pattern in heading_schemes() if (m := pattern.match(line))), (None, None))
    assert found == (scheme, number)


def test_every_heading_shape_is_used() -> None:
    """No dead rows: each shape of data/headings.toml is used by a marker, a scheme, or a stage's code through
    ``shape("<name>")`` ("roman_valid" in sections.py, "list_marker" in assignments and citations)."""
    from pathlib import Path

    import kehoach_nlp
    from kehoach_nlp.data import load_toml

    table = load_toml("headings.toml")
    templates = " ".join(list(table["markers"].values()) + [p for _, p in table["schemes"]["order"]])
    code = " ".join(path.read_text(encoding="utf-8") for path in Path(kehoach_nlp.__file__).parent.rglob("*.py"))
    unused = [name for name in table["shapes"] if f"@{name}" not in templates and f'shape("{name}")' not in code]
    assert unused == []


# --- issuer names: bodies, spellings, province from data/header.toml [issuer], [enacting] -------

@pytest.mark.parametrize("parts, issuer", [
    (["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Ủy ban nhân dân tỉnh Nghệ An"),
    (["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"], "Ủy ban nhân dân tỉnh Nghệ An"),
    (["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"], "Hội đồng nhân dân thành phố Hà Nội"),
    (["UỶ BAN NHÂN DÂN", "HUYỆN CHƯ SÊ"], "Ủy ban nhân dân huyện Chư Sê"),
    (["Uỷ ban nhân dân huyện Chư Sê"], "Ủy ban nhân dân huyện Chư Sê"),
])
def test_issuer_names(parts: list[str], issuer: str) -> None:
    from kehoach_nlp.header import _canonical_issuer

    assert _canonical_issuer(parts) == issuer


@pytest.mark.parametrize("preamble, issuer", [
    ("Thực hiện Chỉ thị số 12, UBND tỉnh ban hành Kế hoạch như sau:", "Ủy ban nhân dân tỉnh Ninh Thuận"),
    ("Ủy ban nhân dân thành phố xây dựng Kế hoạch thực hiện", "Ủy ban nhân dân thành phố Ninh Thuận"),
    ("Sở Y tế xây dựng Kế hoạch triển khai", "Sở Y tế"),
    ("Kế hoạch được ban hành", None),
])
def test_enacting_issuer(preamble: str, issuer: str | None) -> None:
    from kehoach_nlp.header import enacting_issuer

    assert enacting_issuer(preamble, "Ninh Thuận") == issuer


@pytest.mark.parametrize("authority, issuer, title", [
    # round 13: a decision without a header block: the enacting authority between its title and its legal bases
    ("TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG NGHIỆP BÁN DẪN", "Ban Chỉ đạo quốc gia về phát triển ngành "
     "công nghiệp bán dẫn", "BAN HÀNH QUY CHẾ HOẠT ĐỘNG"),
    ("CỤC TRƯỞNG CỤC THUẾ", "Cục Thuế", "BAN HÀNH QUY CHẾ HOẠT ĐỘNG"),
    ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội", "BAN HÀNH QUY CHẾ HOẠT ĐỘNG"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ", "BAN HÀNH QUY CHẾ HOẠT ĐỘNG"),
])
def test_enacting_authority_of_a_decision(authority: str, issuer: str, title: str) -> None:
    from kehoach_nlp.header import parse_info

    info = parse_info(f"QUYẾT ĐỊNH\n\n{title}\n\n{authority}\n\nCăn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n")
    assert (info.issuer, info.title) == (issuer, title)


def test_no_vietnamese_rule_words_in_structure_code() -> None:
    """Cue words, body names and number shapes are data: the string literals of the structure
    modules (docstrings aside) hold no Vietnamese letter."""
    import ast
    from pathlib import Path

    import kehoach_nlp

    found = []
    for name in ("structure", "header", "sections", "headings"):
        path = Path(kehoach_nlp.__file__).parent / f"{name}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node)}
        found += [f"{name}.py:{node.lineno}: {node.value[:40]!r}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                  and any(ch.isalpha() and not ch.isascii() for ch in node.value)]
    assert found == []


def test_a_decision_publishing_a_list_keeps_its_articles_and_opens_its_annexes() -> None:
    """Roman numbers only after the last article, none naming a part of a plan, are the published list's: the
    articles stay top-level sections; a capitalised DANH MỤC / QUY TRÌNH title after the closing opens an annex
    (round 11)."""
    text = ("QUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHOÁNG SẢN\nQUYẾT ĐỊNH:\n"
            "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.\n"
            "Nơi nhận:\n- Như Điều 3.\n"
            "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG\nI. THỦ TỤC HÀNH CHÍNH CẤP TỈNH\n1. Thủ tục công nhận kết quả.\n"
            "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\nII. QUY TRÌNH CẤP TỈNH\nBước 1: Tiếp nhận hồ sơ.\n")
    sections = parse_structure(text).sections
    assert [(s.kind, s.number) for s in sections] == [
        ("preamble", None), ("other", "1"), ("other", "2"), ("other", "3"), ("closing", None),
        ("other", None), ("other", None)]
    assert [s.heading for s in sections[-2:]] == ["DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG",
                                                  "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"]


def test_roman_parts_inside_an_annex_after_the_closing_leave_the_articles() -> None:
    text = ("QUYẾT ĐỊNH\nThông qua phương án đơn giản hóa thủ tục hành chính\nQUYẾT ĐỊNH:\n"
            "Điều 1. Thông qua phương án đơn giản hóa đối với 01 thủ tục hành chính.\n"
            "Điều 2. Tổ chức thực hiện\n1. Giao Sở Nông nghiệp và Môi trường chủ trì dự thảo văn bản.\n"
            "2. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.\n"
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nNơi nhận:\n- Như Điều 3.\n"
            "PHỤ LỤC\nI. DANH MỤC THỦ TỤC HÀNH CHÍNH\nII. NỘI DUNG PHƯƠNG ÁN ĐƠN GIẢN HÓA\n1. Thủ tục xác nhận.\n")
    sections = parse_structure(text).sections
    assert [(s.kind, s.number) for s in sections] == [
        ("preamble", None), ("other", "1"), ("implementation", "2"), ("other", "3"),
        ("closing", None), ("other", None)]


_REGULATION = ("QUY CHẾ\nQuản lý hộp thư điện tử công vụ\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
               "Quy chế này quy định việc quản lý hộp thư.\nChương II\nTỔ CHỨC THỰC HIỆN\n"
               "Điều 2. Trách nhiệm thi hành\nSở Khoa học và Công nghệ hướng dẫn thực hiện Quy chế này.\n\n")


@pytest.mark.parametrize("attached, annexes", [
    # a regulation with its forms and no signature of its own: each form is an annex, and the form's "Nơi nhận" is the
    # form's, not the text's closing (round 24)
    ("Mẫu 01\n\nKính gửi: Sở Khoa học và Công nghệ.\n\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\n"
     "Mẫu 02\n\nKính gửi: Sở Khoa học và Công nghệ.\n\nNơi nhận:\n- Như trên.\n",
     ["Mẫu 01", "Mẫu 02"]),
    # forms inside an annex already opened are that annex's; its list of forms, a cell per line, opens nothing
    ("PHỤ LỤC\n\nDANH MỤC MẪU BIỂU\n\n|\nMẫu số 01\n|\nĐăng ký cấp mới hộp thư\n|\n\n"
     "Mẫu số 01\n\nKính gửi: Sở Khoa học và Công nghệ.\n\nNơi nhận:\n- Như trên.\n",
     ["PHỤ LỤC"]),
])
def test_the_forms_of_a_regulation_are_annexes_not_its_closing(attached: str, annexes: list[str]) -> None:
    sections = parse_structure(normalize(_REGULATION + attached).text).sections
    assert "closing" not in [s.kind for s in sections]
    assert [s.heading for s in sections if s.kind == "other" and s.number is None] == annexes


def test_a_plan_attached_after_the_closing_keeps_its_roman_parts() -> None:
    text = ("QUYẾT ĐỊNH\nBan hành Kế hoạch\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 2.\n"
            "KẾ HOẠCH\nPhòng, chống ma túy\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm.\nII. NHIỆM VỤ\nTuyên truyền.\n"
            "III. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì.\n")
    kinds = [s.kind for s in parse_structure(text).sections]
    assert ["purpose", "tasks", "implementation"] == [k for k in kinds if k in ("purpose", "tasks", "implementation")]


@pytest.mark.parametrize("annex", [
    # a published list printed after the signature with its "(Kèm theo Quyết định …)" line is no attached document:
    # the decision's articles stay its sections
    "DANH MỤC\nTHỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC BÁO CHÍ\n(Kèm theo Quyết định số 3782/QĐ-UBND)\n"
    "1. Thủ tục cấp giấy phép.\n",
])
def test_a_published_list_is_no_attached_document(annex: str) -> None:
    text = ("QUYẾT ĐỊNH\nBan hành Danh mục thủ tục hành chính\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục.\n"
            "Điều 2. Trách nhiệm của Sở Văn hóa\nSở Văn hóa rà soát quy trình.\n"
            "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 3.\n" + annex)
    assert [s.number for s in parse_structure(text).sections if s.number] == ["1", "2", "3"]


def test_a_lone_roman_number_among_articles_is_no_part() -> None:
    """"V. Chi tiết quy định … tại Mẫu số 04" quoted inside Điều 2: Roman parts come in runs."""
    text = ("QUYẾT ĐỊNH\nQuy định cấp dự báo cháy rừng\nĐiều 1. Phạm vi điều chỉnh\nQuy định cấp dự báo.\n"
            "Điều 2. Cấp dự báo cháy rừng\nCấp I: nguy cơ thấp.\nV. Chi tiết quy định về cấp dự báo tại Mẫu số 04.\n"
            "Điều 3. Tổ chức thực hiện\nSở Nông nghiệp và Môi trường chủ trì.\n")
    assert [s.number for s in parse_structure(text).sections if s.number] == ["1", "2", "3"]


def test_a_list_of_tasks_printed_after_a_decision_is_still_an_attached_document() -> None:
    text = ("QUYẾT ĐỊNH\nBan hành Danh mục nhiệm vụ\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục.\n"
            "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 2.\n"
            "DANH MỤC\nNHIỆM VỤ TRỌNG TÂM NĂM 2026\n(Kèm theo Quyết định số 12/QĐ-UBND)\n"
            "I. NHIỆM VỤ CHUNG\nTriển khai.\nII. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì.\n")
    assert parse_structure(text).attached_type == "DANH MỤC"


def test_a_document_number_wrapped_to_a_lines_start_is_no_heading() -> None:
    # round 42: "49/QCPH-UBND-UBMT …" opening a line (a page without blank lines keeps the wrap) had read as item 49,
    # and the items after it were lost; "1/ Mục đích" still opens a section
    text = ("KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:\n"
            "- Thực hiện vai trò cơ quan thường trực theo Quy chế phối hợp\n"
            "49/QCPH-UBND-UBMT-HCTĐ và quy định hiện hành.\n12. Đề nghị Công ty Điện lực tỉnh:\n- Khắc phục sự cố.\n")
    numbers = [child.number for top in parse_structure(text).sections for child in top.children]
    assert numbers == ["11", "12"]
    assert [s.number for s in parse_structure("KẾ HOẠCH\n\n1/ Mục đích\n\nNâng cao nhận thức.\n").sections][1:] == ["1"]
