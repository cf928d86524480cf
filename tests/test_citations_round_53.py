"""Citations, round 53: relations from the structure of a list and of the clause that governs a citation."""

from __future__ import annotations

import pytest

from kehoach_nlp.citations import find_citations
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.text import normalize


FORMAL_HEAD = ("ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\n\nThực hiện công tác năm 2025\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
               "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\n")


def relations(text: str) -> list[tuple[str, str]]:
    return [(" ".join(c.text.split()), c.relation) for c in find_citations(parse_structure(normalize(text).text))]


def formal_relations(text: str) -> list[tuple[str, str]]:
    """In a plan with headings (a headingless text's parts are read as a report's)."""
    return relations(FORMAL_HEAD + text)


LIST_AFTER_NESTED = (
    "Căn cứ các Nghị định của Chính phủ: số 79/2025/NĐ-CP ngày 01/4/2025 về kiểm tra văn bản; số 08/2022/NĐ-CP "
    "ngày 10/01/2022 quy định chi tiết một số điều của Luật Bảo vệ môi trường; số 05/2025/NĐ-CP ngày 06/01/2025 "
    "sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết "
    "một số điều của Luật Bảo vệ môi trường; số 32/2019/NĐ-CP ngày 10/4/2019 quy định giao nhiệm vụ; số "
    "45/2022/NĐ-CP ngày 07/7/2022 quy định về xử phạt vi phạm hành chính;\n")


@pytest.mark.parametrize("text, expected", [
    # a bare "số …" after the ";" that closes a title goes on with the outer list, not with the law named inside
    # the title, nor with a type word named there
    (LIST_AFTER_NESTED, [("số 79/2025/NĐ-CP", "basis"), ("số 08/2022/NĐ-CP", "basis"),
                         ("Luật Bảo vệ môi trường", "refers"), ("số 05/2025/NĐ-CP", "basis"),
                         ("Nghị định số 08/2022/NĐ-CP", "refers"), ("Luật Bảo vệ môi trường", "refers"),
                         ("số 32/2019/NĐ-CP", "basis"), ("số 45/2022/NĐ-CP", "basis")]),
    # … while a sibling joined by "và" inside the title stays in the title
    ("Căn cứ Nghị định số 58/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP và "
     "Nghị định số 22/2025/NĐ-CP của Chính phủ;\n",
     [("Nghị định số 58/2023/NĐ-CP", "basis"), ("Nghị định số 37/2019/NĐ-CP", "refers"),
      ("Nghị định số 22/2025/NĐ-CP", "refers")]),
])
def test_list_members_after_a_nested_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a carrying-out word governs a short noun phrase that a part of the document defines
    ("1. Thực hiện trách nhiệm của\ncơ quan, tổ chức quản lý trực tiếp được quy định tại Điều 37\n"
     "Nghị định 68/2024/NĐ-CP.\n", [("Nghị định 68/2024/NĐ-CP", "implements")]),
    ("- Sở quản lý ngành đề xuất điều chỉnh Danh mục theo các tiêu chí về hàng hóa, dịch vụ bình ổn giá quy định tại "
     "khoản 1 Điều 17 của Luật Giá số 16/2023/QH15.\n", [("Luật Giá số 16/2023/QH15", "implements")]),
    ("- Chủ đầu tư có trách nhiệm thực hiện các quy định tại khoản 2 Điều 80 Luật Bảo vệ môi trường.\n",
     [("Luật Bảo vệ môi trường", "implements")]),
    # no governing word: the part only defines something
    ("- Trường hợp quy định tại Điều 6 Nghị định số 85/2024/NĐ-CP thì không áp dụng.\n",
     [("Nghị định số 85/2024/NĐ-CP", "refers")]),
    # a capitalised "Theo" that opens the clause: according to
    ("Theo Kế hoạch, các đối tượng quy định tại Điều 2 Nghị định số 85/2024/NĐ-CP được hỗ trợ.\n",
     [("Nghị định số 85/2024/NĐ-CP", "refers")]),
    # a passive after "theo" only points to where the design is set
    ("- Công bố công trình hết thời hạn sử dụng theo thiết kế được quy định tại Điều 38 Nghị định số 06/2021/NĐ-CP.\n",
     [("Nghị định số 06/2021/NĐ-CP", "refers")]),
    # no part written: "quy định của Luật …" alone names the law
    ("- Bảo đảm theo hướng nghiêm ngặt hơn, đảm bảo tuân thủ quy định của Luật Bảo vệ môi trường.\n",
     [("Luật Bảo vệ môi trường", "refers")]),
    # a long noun phrase: the part defines the land, not what is carried out
    ("- UBND cấp xã thực hiện các biện pháp ngăn chặn và xử lý kịp thời các hành vi lấn chiếm đất dành cho đường sắt "
     "quy định tại Điều 51 Luật Đường sắt.\n", [("Luật Đường sắt", "refers")]),
    # a negated word tells of a breach
    ("c) Vi phạm về công tác an toàn, không\nthực hiện chế độ báo cáo quản lý thông tin quy định tại Điều 22 Thông tư số\n"
     "195/2019/TT-BQP;\n", [("Thông tư số 195/2019/TT-BQP", "refers")]),
    # another "quy định tại" between: the word governs that one
    ("1. Giá tính lệ phí trước bạ được xác định theo quy định tại Bảng đơn giá xây dựng mới nhà được quy định tại "
     "Điều 2 Quyết định số 29/2025/QĐ-UBND.\n", [("Quyết định số 29/2025/QĐ-UBND", "refers")]),
])
def test_a_part_in_a_governed_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert formal_relations(text) == expected


def test_a_part_in_a_report_is_left_alone() -> None:
    """A headingless report's governed part keeps "tại"'s refers (the news gold splits on such clauses)."""
    text = "Thực hiện trách nhiệm của thuê bao được quy định tại Điều 39 Nghị định 68/2024/NĐ-CP.\n"
    assert relations(text) == [("Nghị định 68/2024/NĐ-CP", "refers")]
    assert formal_relations(text) == [("Nghị định 68/2024/NĐ-CP", "implements")]


@pytest.mark.parametrize("text, expected", [
    # the ground is an instrument the cited decision issued; the decision that amended it is read with it
    ("Căn cứ Quy chế quản lý hoạt động của Cảng\nquốc tế Cam Ranh - Bộ Quốc phòng ban hành kèm theo Quyết định số "
     "25/2016/QĐ-TTg\nngày 27 tháng 6 năm 2016, được sửa đổi, bổ sung tại Quyết định số\n29/2019/QĐ-TTg ngày 03 tháng "
     "10 năm 2019 của Thủ tướng Chính phủ;\n",
     [("Quyết định số 25/2016/QĐ-TTg", "basis"), ("Quyết định số 29/2019/QĐ-TTg", "basis")]),
    # the attachment named inside another document's title stays in that title
    ("Căn cứ Quyết định số 10/2021/QĐ-UBND ngày 5/3/2021 của UBND tỉnh sửa đổi Quy chế ban hành kèm theo Quyết định "
     "số 5/2019/QĐ-UBND;\n",
     [("Quyết định số 10/2021/QĐ-UBND", "basis"), ("Quyết định số 5/2019/QĐ-UBND", "refers")]),
    # without a basis cue opening the clause, "kèm theo" only refers
    ("- Lập hồ sơ theo mẫu của Quy chế ban hành kèm theo Quyết định số 5/2019/QĐ-UBND.\n",
     [("Quyết định số 5/2019/QĐ-UBND", "refers")]),
])
def test_an_instrument_issued_with_a_document_as_ground(text: str, expected: list[tuple[str, str]]) -> None:
    assert formal_relations(text) == expected


def test_a_title_in_capitals_lists_with_upper_case_and() -> None:
    """"VÀ" joins a capitalised title's list as "và" does: both documents are implemented."""
    text = ("KẾ HOẠCH\n\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01\nNĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ "
            "QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
            "Bảo đảm hiệu quả.\n\n**II. TỔ CHỨC THỰC HIỆN**\n\nCác sở thực hiện.\n")
    assert relations(text) == [("QUYẾT ĐỊNH SỐ 06/QĐ-TTG", "implements"), ("QUYẾT ĐỊNH SỐ 3103/QĐ-BTC", "implements")]


@pytest.mark.parametrize("text, expected", [
    # a class of documents repealed by a lead-in whose list follows its colon on the same line
    ("1. Quyết định có hiệu lực kể\ntừ ngày ký ban hành, đồng thời thay thế các quyết định: Quyết định 3526/QĐ-UBND\n"
     "ngày 18/12/2018 của UBND thành phố Hội An về việc thành lập Trung tâm Văn hóa, Quyết định số\n800/QĐ-UBND "
     "ngày 08/6/2011 của UBND thành phố Hội An về việc thành lập Trung tâm.\n",
     [("Quyết định 3526/QĐ-UBND", "repeals"), ("Quyết định số 800/QĐ-UBND", "repeals")]),
    ("Các Quyết định sau hết hiệu lực kể từ ngày Quyết định\nnày có hiệu lực: Quyết định số 449/2016/QĐ-UBND\n"
     "ngày 18/3/2016 của Ủy ban nhân dân thành phố Hải Phòng về việc ban hành Quy chế; Quyết định số 08/2019/QĐ-UBND "
     "ngày 18/3/2019 của Ủy ban nhân dân tỉnh Hải Dương về việc ban hành Quy định.\n",
     [("Quyết định số 449/2016/QĐ-UBND", "repeals"), ("Quyết định số 08/2019/QĐ-UBND", "repeals")]),
    # a fact, not this document's act
    ("Các văn bản đã hết hiệu lực gồm các quyết định: Quyết định số 12/2019/QĐ-UBND ngày 18/3/2019.\n",
     [("Quyết định số 12/2019/QĐ-UBND", "refers")]),
    # no class named with a plural: the lead-in is not a list of what is repealed
    ("Quyết định này thay thế nội dung tương ứng tại khoản 2: Quyết định số 12/2019/QĐ-UBND ngày 18/3/2019.\n",
     [("Quyết định số 12/2019/QĐ-UBND", "refers")]),
])
def test_a_lead_in_that_repeals_a_class(text: str, expected: list[tuple[str, str]]) -> None:
    assert formal_relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report tells of a review or an oversight of the carrying out: refers
    ("Hội đồng nhân dân Thành phố giao Thường trực giám sát việc thực hiện Nghị quyết 75/2025/NQ-HĐND.\n",
     [("Nghị quyết 75/2025/NQ-HĐND", "refers")]),
    ("Ngày 21/9/2025, Ban Chỉ đạo về tổng kết thực hiện Nghị quyết 18-NQ/TW năm 2017 của Chính phủ ban hành "
     "kế hoạch.\n", [("Nghị quyết 18-NQ/TW", "refers")]),
    ("Hằng năm, tổ chức đánh giá và báo cáo kết quả thực hiện Nghị quyết 69/2025/NQ-HĐND.\n",
     [("Nghị quyết 69/2025/NQ-HĐND", "refers")]),
    # the carrying out itself keeps implements, and "làm việc theo" is no review
    ("UBND Thành phố tổ chức triển khai thực hiện Nghị quyết 75/2025/NQ-HĐND.\n",
     [("Nghị quyết 75/2025/NQ-HĐND", "implements")]),
    ("Ông cũng tự mình làm gương về lối sống và làm việc theo Hiến pháp.\n", [("Hiến pháp", "implements")]),
])
def test_a_report_of_a_reviewed_implementation(text: str, expected: list[tuple[str, str]]) -> None:
    assert relations(text) == expected


def test_a_plan_keeps_its_report_of_results() -> None:
    """Only a headingless report's review words turn the cue: a plan's "báo cáo kết quả thực hiện" stays."""
    assert formal_relations("- Báo cáo kết quả thực hiện Nghị quyết số 69/2025/NQ-HĐND.\n") == [
        ("Nghị quyết số 69/2025/NQ-HĐND", "implements")]


def issuers(text: str) -> list[tuple[str, str | None]]:
    return [(" ".join(c.text.split()), c.issuer) for c in find_citations(parse_structure(normalize(FORMAL_HEAD + text).text))]


@pytest.mark.parametrize("text, expected", [
    # a central Party body named as the giver before a "/TW" document, and the list it is named over
    ("- Thực hiện nghiêm chỉ đạo của Bộ Chính trị tại Kết luận số 126-KL/TW, Kết luận số 127-KL/TW và của Thường "
     "trực Thành ủy tại Công văn số 1843-CV/TU.\n",
     [("Kết luận số 126-KL/TW", "Bộ Chính trị"), ("Kết luận số 127-KL/TW", "Bộ Chính trị"),
      ("Công văn số 1843-CV/TU", "Tỉnh ủy")]),
    ("- Trên cơ sở định hướng của Bộ Chính trị, Ban Bí thư tại Kết luận 127-KL/TW ngày 28/02/2025, Kết luận "
     "130-KL/TW ngày 14/3/2025 và Nghị quyết 60-NQ/TW.\n",
     [("Kết luận 127-KL/TW", "Bộ Chính trị, Ban Bí thư"), ("Kết luận 130-KL/TW", "Bộ Chính trị, Ban Bí thư"),
      ("Nghị quyết 60-NQ/TW", "Trung ương Đảng")]),
    # no giver named: the sign's body
    ("- Theo Kết luận số 128-KL/TW.\n", [("Kết luận số 128-KL/TW", "Trung ương Đảng")]),
    # not a Party sign: an office conveys a leader's direction (round 52)
    ("- Thực hiện chỉ đạo của Phó Thủ tướng tại Công văn 9013/VPCP-CN.\n",
     [("Công văn 9013/VPCP-CN", "Văn phòng Chính phủ")]),
])
def test_a_central_party_giver_before_the_document(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert issuers(text) == expected


def test_a_written_issuer_ends_before_the_documents_loss_of_effect() -> None:
    text = ("Các thủ tục tại Phụ lục II ban hành kèm theo Quyết định số 1308/QĐ-UBND ngày 18/6/2025 của Chủ tịch Ủy ban "
            "nhân dân tỉnh Lạng Sơn hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực.\n")
    assert issuers(text) == [("Quyết định số 1308/QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
