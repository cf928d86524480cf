"""Legal citations (SPEC §4, issue 5): a table of shapes, noise, exclusions; and a grammar round-trip."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_nlp.citations import canonical_sign, find_citations, issuer_from_sign
from kehoach_nlp.structure import DocumentStructure, parse_structure
from kehoach_nlp.text import normalize


def cite(text: str):
    return find_citations(parse_structure(normalize(text).text))


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ quy định chế độ áp dụng biện pháp.",
     dict(text="Nghị định 221/2013/NĐ-CP", type="decree", number="221/2013/NĐ-CP", serial="221", year=2013,
          sign="NĐ-CP", issued_on="2013-12-30", issuer="Chính phủ", relation="basis")),
    ("theo Chỉ thị số 22/CT-TTg ngày 15/10/2013 của Thủ tướng Chính phủ về tăng cường",
     dict(type="directive", number="22/CT-TTg", year=2013, issuer="Thủ tướng Chính phủ", relation="implements",
          title="về tăng cường")),
    ("xem xét, sửa đổi Nghị quyết 91/2016/NQ-HĐND ngày 15/12/2016 về chế độ",
     dict(type="resolution", number="91/2016/NQ-HĐND", issuer="Hội đồng nhân dân", relation="amends")),
    ("về bãi bỏ Nghị quyết số 16/2014/NQ- HĐND ngày 07/7/2014 của Hội đồng nhân dân tỉnh",    # space after dash
     dict(text="Nghị quyết số 16/2014/NQ- HĐND", number="16/2014/NQ-HĐND", issuer="Hội đồng nhân dân tỉnh",
          relation="repeals", issued_on="2014-07-07")),
    ("Căn cứ Nghị định số 105 / 2021 / ND–CP ngày 04 tháng 12 năm 2021",                       # OCR D, spaces, en dash
     dict(number="105/2021/NĐ-CP", sign="NĐ-CP", issued_on="2021-12-04", issuer="Chính phủ")),
    ("theo Nghị quyết số 51/NQ-CP ngày 02/7/2015 của Chính phủ",                               # no year in number
     dict(number="51/NQ-CP", serial="51", year=2015, sign="NQ-CP", issued_on="2015-07-02")),
    ("Thông tư số 16/2022/TT-BLĐTBXH ngày 30/8/2022 hướng dẫn về hỗ trợ nạn nhân",
     dict(type="circular", issuer="Bộ Lao động - Thương binh và Xã hội", title="hướng dẫn về hỗ trợ nạn nhân")),
    ("Nghị quyết Liên tịch số 01/2008/BLĐTBXH-BCA-BVHTTDL-UBMTTQVN ngày 28/8/2008",           # type code missing
     dict(type="joint_resolution", number="01/2008/BLĐTBXH-BCA-BVHTTDL-UBMTTQVN",
          issuer="Bộ Lao động - Thương binh và Xã hội, Bộ Công an, Bộ Văn hóa, Thể thao và Du lịch và "
                 "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")),
    ("Nghị quyết liên tịch số 01/2005/NQLT-BLĐTBXH-BCA ngày 17/11/2005 của Bộ Lao động - Thương binh và Xã hội "
     "- Bộ Công an về hướng dẫn", dict(issuer="Bộ Lao động - Thương binh và Xã hội, Bộ Công an", title="về hướng dẫn")),
    # a written issuer ends before a clause that goes on after it (round 10)
    ("theo Quyết định số 02110/QĐ-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh, là các địa bàn bị ngập sâu",
     dict(number="02110/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh")),
    ("Tờ trình số 382/TTr-UBND của Ủy ban nhân dân Thành phố đề nghị ban hành Nghị quyết",
     dict(number="382/TTr-UBND", issuer="Ủy ban nhân dân Thành phố")),
    ("Luật Phòng, chống mua bán người", dict(issuer="Quốc hội")),
    ("theo Pháp lệnh Phòng, chống mại dâm", dict(issuer="Ủy ban Thường vụ Quốc hội")),
    ("Thông tư liên tịch số 41/2016/TTLT-BLĐTBXH-BCA hướng dẫn", dict(type="joint_circular")),
    ("QUYẾT ĐỊNH SỐ 12/2020/QĐ-UBND", dict(type="decision", number="12/2020/QĐ-UBND")),
    ("Luật số 73/2021/QH14 về phòng, chống ma túy", dict(type="law", issuer="Quốc hội", number="73/2021/QH14")),
    ("theo quy định của Luật Phòng, chống mua bán người; duy trì mô hình",
     dict(text="Luật Phòng, chống mua bán người", type="law", number=None, relation="implements")),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
     dict(text="Luật Tổ chức chính quyền địa phương", type="law", issued_on="2015-06-19", year=2015,
          relation="basis")),
    ("kiểm tra việc chấp hành Pháp lệnh Phòng, chống mại dâm tại 35 cơ sở",
     dict(text="Pháp lệnh Phòng, chống mại dâm", type="ordinance", relation="refers")),
    ("theo quy định của Luật Đầu tư công và phù hợp khả năng", dict(text="Luật Đầu tư công")),
    ("Bộ luật Hình sự năm 2015", dict(text="Bộ luật Hình sự năm 2015", type="code", name="Bộ luật Hình sự",
                                      year=2015)),  # issue 20: the year after the name belongs to it
])
def test_citation_table(text: str, expected: dict) -> None:
    found = cite(text)
    assert len(found) == 1, [c.text for c in found]
    record = found[0].model_dump(mode="json")  # as in the JSON output (dates as ISO strings)
    for field, value in expected.items():
        assert record[field] == value, field


@pytest.mark.parametrize("text", [
    "TRẺ EM LAO ĐỘNG TRÁI QUY ĐỊNH CỦA PHÁP LUẬT GIAI ĐOẠN 2021-2025",  # "pháp luật": the law in general
    "xử lý kỷ luật cán bộ vi phạm",
    "Căn cứ Kế hoạch này, các sở triển khai thực hiện.",
    "thực hiện Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025",
    "triển khai Đề án “Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân”",
    "Ban hành quyết định kiện toàn Đội Kiểm tra liên ngành; Quyết định thu hồi thẻ kiểm tra",
    "Kế hoạch thực hiện Chiến lược quốc gia phòng, chống ma túy đến năm 2020",
    "Luật sư của Văn phòng luật",
    "theo mẫu tại Phụ lục số 1 kèm theo",
    "tham gia và kết nối cộng đồng Dân Luật Việt Nam,",  # a website, not a law
])
def test_not_citations(text: str) -> None:
    assert cite(text) == []


def test_lists_share_the_relation_and_each_item_is_a_record() -> None:
    text = ("Căn cứ Quyết định số 1081/QĐ-UBND ngày 05/5/2016 của Chủ tịch UBND tỉnh phê duyệt Kế hoạch; "
            "Kế hoạch số 3080/KH-UBND ngày 03/8/2016 của UBND tỉnh về việc cai nghiện; "
            "Kế hoạch số 4087/KH-UBND ngày 06/10/2016 của UBND tỉnh về tiếp nhận.")
    found = cite(text)
    assert [c.number for c in found] == ["1081/QĐ-UBND", "3080/KH-UBND", "4087/KH-UBND"]
    assert [c.relation for c in found] == ["basis"] * 3
    assert found[0].issuer == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert found[1].issuer == "Ủy ban nhân dân tỉnh"


def test_relation_cue_with_an_adverbial_and_a_list_inside_the_title() -> None:
    text = ("Để tiếp tục thực hiện có hiệu quả Quyết định số 1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng Chính phủ "
            "phê duyệt Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025 và Quyết định số 808/QĐ-LĐTBXH "
            "ngày 05/9/2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội về việc ban hành Kế hoạch tổng thể.")
    assert [(c.number, c.relation) for c in cite(text)] == [("1629/QĐ-TTg", "implements"),
                                                            ("808/QĐ-LĐTBXH", "implements")]


def test_unnumbered_name_ends_before_its_subject() -> None:
    found = cite("quy định chi tiết một số điều của Luật Xử lý vi phạm hành chính về cai nghiện ma túy")
    assert [c.text for c in found] == ["Luật Xử lý vi phạm hành chính"]


def test_a_document_cited_twice_is_two_records() -> None:
    found = cite("theo Nghị định 167/2013/NĐ-CP. Xử phạt theo Nghị định số 167/2013/NĐ-CP ngày 12/11/2013.")
    assert [c.number for c in found] == ["167/2013/NĐ-CP"] * 2


def test_issuer_inconsistent_with_sign_is_a_warning() -> None:
    found = cite("Nghị định số 10/2020/NĐ-CP ngày 01/01/2020 của Bộ Y tế về khám bệnh")
    assert found[0].issuer == "Bộ Y tế"
    assert found[0].warnings and "NĐ-CP" in found[0].warnings[0]


def test_own_province_resolves_ubnd_signs() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 1/KH-UBND\nKẾ HOẠCH\nX\n\nCăn cứ Quyết định số 5/QĐ-UBND ngày 1/2/2020."
    structure = parse_structure(normalize(text).text)
    assert find_citations(structure)[0].issuer == "Ủy ban nhân dân tỉnh Nghệ An"


def test_line_break_inside_the_number() -> None:
    found = find_citations(DocumentStructure(text="Căn cứ Nghị định số\n105/2021/NĐ-\nCP ngày 04/12/2021"))
    assert found[0].number == "105/2021/NĐ-CP"


@pytest.mark.parametrize("sign, canonical, issuer", [
    ("NĐ-CP", "NĐ-CP", "Chính phủ"), ("ND-CP", "NĐ-CP", "Chính phủ"), ("qđ-ttg", "QĐ-TTg", "Thủ tướng Chính phủ"),
    ("QH13", "QH13", "Quốc hội"), ("NQ - HĐND", "NQ-HĐND", "Hội đồng nhân dân"),
    ("TT-BLĐTBXH", "TT-BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
])
def test_signs(sign: str, canonical: str, issuer: str) -> None:
    assert canonical_sign(sign) == canonical
    assert issuer_from_sign(canonical) == issuer


TYPES = {"Nghị định": ("decree", "NĐ-CP"), "Quyết định": ("decision", "QĐ-UBND"), "Chỉ thị": ("directive", "CT-TTg"),
         "Nghị quyết": ("resolution", "NQ-HĐND"), "Thông tư": ("circular", "TT-BCA"), "Kế hoạch": ("plan", "KH-UBND"),
         "Nghị quyết liên tịch": ("joint_resolution", "NQLT-BLĐTBXH-BCA"), "Công văn": ("official_letter", "UBND-VX")}


@settings(max_examples=150, deadline=None)
@given(type_word=st.sampled_from(sorted(TYPES)), serial=st.integers(1, 9999), year=st.one_of(st.none(), st.integers(1990, 2030)),
       with_so=st.booleans(), date=st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))), long_date=st.booleans(),
       noise=st.sampled_from(["", " ", "\n"]), case=st.sampled_from(["as is", "upper", "lower"]))
def test_grammar_round_trip(type_word, serial, year, with_so, date, long_date, noise, case) -> None:
    kind, sign = TYPES[type_word]
    word = {"as is": type_word, "upper": type_word.upper(), "lower": type_word.lower()}[case]
    number = f"{serial}/{year}/{sign}" if year else f"{serial}/{sign}"
    spaced = number.replace("/", f"{noise}/", 1) if noise != "\n" else number.replace("-", "-\n", 1)
    text = f"Căn cứ {word}{' số' if with_so else ''} {spaced}"
    if date:
        text += f" ngày {date.day} tháng {date.month} năm {date.year}" if long_date else \
            f" ngày {date.day:02d}/{date.month:02d}/{date.year}"
    text += " của cơ quan ban hành về việc thử nghiệm."
    found = find_citations(DocumentStructure(text=text))
    assert len(found) == 1
    c = found[0]
    assert (c.type, c.number, c.serial, c.sign, c.relation) == (kind, number, str(serial), sign, "basis")
    assert c.year == (year or (date.year if date else None))
    assert c.issued_on == date  # a typed datetime.date (ISO in JSON)
    assert c.text == text[c.start:c.end] and c.text.lower().startswith(word.lower())


# Issue 20 (SPEC §4): Party documents number as serial-hyphen-sign; the body after the slash is the issuer.
@pytest.mark.parametrize("text, number, kind, issuer", [
    ("Thực hiện Kết luận số 132-KL/TW ngày 18/3/2025 về", "132-KL/TW", "conclusion", "Trung ương Đảng"),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá", "57-NQ/TW", "resolution", "Bộ Chính trị"),
    ("Chỉ thị 36-CT/TW của Ban Bí thư", "36-CT/TW", "directive", "Ban Bí thư"),
    ("Kế hoạch số 466-KH/TU ngày 5/6/2025", "466-KH/TU", "plan", "Tỉnh ủy"),
    ("Chương trình hành động số 10-CTr/TU", "10-CTr/TU", "program", "Tỉnh ủy"),
    ("Quy định 69-QĐ/TW", "69-QĐ/TW", "regulation", "Trung ương Đảng"),
    ("Thông tri số 02-TT/TU", "02-TT/TU", "instruction", "Tỉnh ủy"),
    ("Nghị quyết số 27/NQ- TW", "27-NQ/TW", "resolution", "Trung ương Đảng"),     # written State-like, spaced
    ("Nghị quyết số 27-NQ/ TW", "27-NQ/TW", "resolution", "Trung ương Đảng"),
    ("Nghị quyết 05-NQ/HU của", "05-NQ/HU", "resolution", "Huyện ủy"),
    ("Nghị quyết số 12-NQ/ĐU", "12-NQ/ĐU", "resolution", "Đảng ủy"),
    ("Kế hoạch số 01-KH/BCĐ", "01-KH/BCĐ", "plan", "Ban Chỉ đạo"),
])
def test_party_numbers(text: str, number: str, kind: str, issuer: str) -> None:
    found = cite(text)
    assert [(c.number, c.type, c.issuer, c.rule) for c in found] == [(number, kind, issuer, "citations.party_number")]
    serial, sign = number.split("-", 1)
    assert (found[0].serial, found[0].sign, found[0].warnings) == (serial, sign, [])


@pytest.mark.parametrize("header, number, issuer", [
    ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 1/KH-UBND\nKẾ HOẠCH\nX\n\n", "466-KH/TU", "Tỉnh ủy Nghệ An"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 1/KH-UBND\nKẾ HOẠCH\nX\n\n", "466-KH/TU", "Thành ủy Hà Nội"),
])
def test_party_committee_takes_the_documents_province(header: str, number: str, issuer: str) -> None:
    found = cite(header + "Thực hiện Kế hoạch số 466-KH/TU ngày 5/6/2025.")
    assert [(c.number, c.issuer) for c in found] == [(number, issuer)]


# Issue 20: later members of a list that shares one type word are citations of that type, text from "số".
@pytest.mark.parametrize("text, expected", [
    ("phù hợp với các quy hoạch được phê duyệt tại các Quyết định: số 36/QĐ-TTg ngày 11/01/2024 về việc quy hoạch "
     "hạ tầng; số 1569/QĐ-TTg ngày 12/12/2024 về việc phê duyệt quy hoạch Thủ đô và số 1668/QĐ-TTg ngày 27/12/2024",
     [("Quyết định: số 36/QĐ-TTg", "decision", "citations.numbered"),
      ("số 1569/QĐ-TTg", "decision", "citations.list_member"), ("số 1668/QĐ-TTg", "decision", "citations.list_member")]),
    ("Căn cứ các Nghị định của Chính phủ quy định chi tiết một số điều của Luật Quy hoạch (Số 37/2019/NĐ-CP ngày "
     "07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023);",
     [("Luật Quy hoạch", "law", "citations.named"), ("Số 37/2019/NĐ-CP", "decree", "citations.list_member"),
      ("số 58/2023/NĐ-CP", "decree", "citations.list_member")]),
    ("sửa đổi một số điều của Nghị định số 37/2019/NĐ-CP và số 22/2025/NĐ-CP ngày 11/02/2025",
     [("Nghị định số 37/2019/NĐ-CP", "decree", "citations.numbered"),
      ("số 22/2025/NĐ-CP", "decree", "citations.list_member")]),
    ("theo các Nghị quyết số 57-NQ/TW và số 66-NQ/TW của Bộ Chính trị",
     [("Nghị quyết số 57-NQ/TW", "resolution", "citations.party_number"),
      ("số 66-NQ/TW", "resolution", "citations.list_member")]),
    # a number whose type code disagrees with every type word before it is not a member
    ("Căn cứ Luật Đầu tư công; số 12/QĐ-UBND", [("Luật Đầu tư công", "law", "citations.named")]),
    ("tăng số 12/2020 lên", []),
])
def test_list_members_share_the_type_word(text: str, expected: list) -> None:
    assert [(c.text, c.type, c.rule) for c in cite(text)] == expected


def test_list_members_take_the_heads_issuer_and_relation() -> None:
    found = cite("Căn cứ các Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt điều chỉnh Quy hoạch "
                 "(Số 1226/QĐ-BVHTTDL ngày 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025);")
    assert [(c.number, c.issuer, c.relation, c.year) for c in found] == [
        ("1226/QĐ-BVHTTDL", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "basis", 2025),
        ("2657/QĐ-BVHTTDL", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "basis", 2025)]


# Issue 20: a law's number or year after its name belongs to the citation; signs broken by a line or a lost dash.
@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;",
     dict(text="Luật Đất đai số 31/2024/QH15", type="law", number="31/2024/QH15", name="Luật Đất đai",
          issuer="Quốc hội", year=2024, relation="basis")),
    ("Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14;",
     dict(text="Luật Tín ngưỡng, tôn giáo số 02/2016/QH14", number="02/2016/QH14", name="Luật Tín ngưỡng, tôn giáo")),
    ("theo Luật Giáo dục năm 2019,", dict(text="Luật Giáo dục năm 2019", number=None, year=2019, name="Luật Giáo dục")),
    ("theo Luật Nhà ở 2023 và", dict(text="Luật Nhà ở 2023", year=2023, name="Luật Nhà ở")),
    ("theo văn bản số 16495/BTC-PTHT ngày 10/10/2024 của Bộ Tài chính",
     dict(text="văn bản số 16495/BTC-PTHT", type="official_letter", number="16495/BTC-PTHT", issuer="Bộ Tài chính")),
    ("Thực hiện Chỉ thị số 27/CT-\nTTg ngày 1/1/2020", dict(number="27/CT-TTg", issuer="Thủ tướng Chính phủ")),
    ("Thực hiện Quyết định 927/QĐ TTg ngày 2/2/2021", dict(text="Quyết định 927/QĐ TTg", number="927/QĐ-TTg",
                                                          issuer="Thủ tướng Chính phủ")),
    ("Quyết định 12/QĐ-UBND Tỉnh Nghệ An", dict(number="12/QĐ-UBND")),  # a capitalised word is no sign part
    # round 27: a bare year after the number is the document's (legal websites name documents so)
    ("Toàn văn Chỉ thị 24/CT-TTg 2025 về giải pháp công nghệ", dict(text="Chỉ thị 24/CT-TTg", year=2025,
                                                                   title="về giải pháp công nghệ")),
    ("theo Nghị quyết 06-NQ/TW 2022 quy hoạch", dict(number="06-NQ/TW", year=2022)),
    ("Kế hoạch 12/KH-UBND 2025-2030 của tỉnh", dict(number="12/KH-UBND", year=None)),  # a period, not its year
    ("Quyết định 5/QĐ-UBND 2025,5 ha", dict(number="5/QĐ-UBND", year=None)),          # a figure
    # … and an amending law's year after "sửa đổi", a year written against its word
    ("bởi Luật Tổ chức Quốc hội sửa đổi 2020, Đại biểu", dict(text="Luật Tổ chức Quốc hội sửa đổi 2020", year=2020)),
    ("theo Luật Tổ chức chính quyền địa phương năm2025 (sửa đổi)",
     dict(text="Luật Tổ chức chính quyền địa phương năm2025", year=2025)),
    # … and the day a sentence opens with when it says the document was enacted (or signed) that day
    ("Ngày 25/5/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận số 157-KL/TW của Bộ Chính "
     "trị về triển khai", dict(year=2025, issued_on="2025-05-25", issuer="Bộ Chính trị")),
    ("Ngày 14/11/2025, Hội đồng nhân dân tỉnh Đồng Tháp đã thông qua Nghị quyết 88/NQ-HĐND mức tỷ lệ",
     dict(year=2025, issued_on="2025-11-14", issuer="Hội đồng nhân dân tỉnh Đồng Tháp")),
    ("Ngày 5/12/2025, Phó Thủ tướng Mai Văn Chính ký Quyết định 2640/QĐ-TTg ban hành Kế hoạch",
     dict(issued_on="2025-12-05", issuer="Thủ tướng Chính phủ")),  # a signer is no issuer
    ("Ngày 5/12/2025, Sở Y tế tổ chức hội nghị. Thực hiện Quyết định 26/QĐ-UBND, Sở tiếp tục",
     dict(issued_on=None, year=None)),  # another sentence's day
    ("Quốc hội đã biểu quyết thông qua Luật số 56/2024/QH15 sửa đổi", dict(issuer="Quốc hội")),
])
def test_numbered_laws_years_and_broken_signs(text: str, expected: dict) -> None:
    found = find_citations(DocumentStructure(text=text))
    assert len(found) == 1, [c.text for c in found]
    record = found[0].model_dump(mode="json")  # as in the JSON output (dates as ISO strings)
    for field, value in expected.items():
        assert record[field] == value, field


# Issue 20 (SPEC §4): a document referring to itself is not a citation; in a news report the plan reported on is.
HEADER = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 617/KH-UBND\nKẾ HOẠCH\nPhòng, chống thiên tai\n\n"


@pytest.mark.parametrize("text, numbers", [
    (HEADER + "Căn cứ Quyết định số 5/QĐ-UBND ngày 1/2/2020.\n\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n"
              "(Kèm theo Kế hoạch 617/KH-UBND ngày 18/11/2025 của UBND tỉnh)\n",
     ["5/QĐ-UBND"]),                                                       # its own header number in an annex title
    ("KẾ HOẠCH\nPhòng, chống thiên tai\n(Kèm theo Quyết định số 2853/QĐ-UBND ngày 1/12/2025 của UBND tỉnh)\n\n"
     "Căn cứ Luật Phòng, chống thiên tai;\nKế hoạch này được ban hành kèm theo Quyết định số 2853/QĐ-UBND.",
     [None]),                                                              # the decision the plan is attached to
    ("QUY CHẾ\nQuản lý\n*(Ban hành kèm theo Quyết định số 26/2025/QĐ-UBND ngày 21 tháng 11 năm 2025)*\n\n"
     "Quy chế này thay thế Quyết định số 06/2021/QĐ-UBND.", ["06/2021/QĐ-UBND"]),
    ("Sáng 27/11, UBND tỉnh ban hành Kế hoạch 188/KH-UBND về phát triển đường sắt. Theo Kế hoạch 188/KH-UBND, …",
     ["188/KH-UBND", "188/KH-UBND"]),                                     # news: the reported plan is cited
    ("Các đơn vị lập biểu mẫu (kèm theo Thông tư số 05/2021/TT-BLĐTBXH) để báo cáo.",
     ["05/2021/TT-BLĐTBXH"]),                                              # "kèm theo" inside a sentence: another document
    # round 34: a consolidated text cites the decision its regulation was issued with
    ("BỘ QUỐC PHÒNG\nSố: 89/VBHN-BQP\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nQUY CHẾ\nQuản lý hoạt động của Cảng\n"
     "*(Ban hành kèm theo Quyết định số 25/2016/QĐ-TTg ngày 27 tháng 6 năm 2016 của Thủ tướng Chính phủ)*\n",
     ["25/2016/QĐ-TTg"]),
])
def test_self_references_are_not_citations(text: str, numbers: list) -> None:
    assert [c.number for c in cite(text)] == numbers


# Issue 20: where an unnumbered law's name ends (data/laws.tsv, amending laws, words that cannot begin a name).
@pytest.mark.parametrize("text, expected", [
    ("triển khai Luật Việc làm bảo đảm kịp thời, hiệu quả", ["Luật Việc làm"]),
    ("theo Luật Tiêu chuẩn và Quy chuẩn kỹ thuật;", ["Luật Tiêu chuẩn và Quy chuẩn kỹ thuật"]),
    ("kiểm tra việc thi hành Luật phòng thủ dân sự trên địa bàn", ["Luật phòng thủ dân sự"]),          # any case
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020;",
     ["Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"]),            # one law
    ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20/11/2018;",
     ["Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
     "công tư và Luật Đấu thầu ngày 29/11/2024;",
     ["Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
      "công tư và Luật Đấu thầu"]),
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;",
     ["Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15"]),
    ("Luật Giáo dục năm 2019 và Luật Nhà ở 2023", ["Luật Giáo dục năm 2019", "Luật Nhà ở 2023"]),
    ("có trình độ đại học Luật hoặc chuyên ngành Luật trở lên", []),
    ("rà soát các Luật thuộc phạm vi quản lý", []),
    ("Căn cứ Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính", ["Luật Phòng, chống ma túy",
                                                                      "Luật Xử lý vi phạm hành chính"]),
    ("theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12/6/2017", ["Luật Hỗ trợ doanh nghiệp nhỏ và vừa"]),
    ("theo Luật Nông nghiệp hữu cơ ngày 1/1/2030 về", ["Luật Nông nghiệp hữu cơ"]),  # not listed: the stop words
])
def test_where_a_law_name_ends(text: str, expected: list) -> None:
    assert [c.text for c in cite(text)] == expected


# Issue 20: relations seen in real plans.
@pytest.mark.parametrize("text, relations", [
    ("Trên cơ sở Kế hoạch số 139/KH-UBND ngày 16/5/2025 của UBND Thành phố,", ["basis"]),
    ("bảo đảm phù hợp với Quyết định số 1569/QĐ-TTg ngày 12/12/2024", ["refers"]),
    ("quy hoạch được UBND Thành phố phê duyệt tại Quyết định số 1229/QĐ-UBND ngày 28/02/2025.", ["refers"]),
    ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6453/TTr-SNV ngày 28/10/2025.", ["implements"]),
    ("Căn cứ tại Điều 6 Nghị định 110/2018/NĐ-CP có quy định về quyền", ["basis"]),         # a part of the document
    ("Căn cứ theo Mục I Kế hoạch 88/KH-UBND năm 2025", ["basis"]),
    ("Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND ngày 1/2/2020.", ["repeals"]),
    ("Triển khai khi ban hành mới Quyết định thay thế Quyết định số 118/2008/QĐ-TTg ngày 27/8/2008.", ["refers"]),
    ("Triển khai khi có Thông tư mới thay thế Thông tư số 92/2009/TT-BTC ngày 12/5/2009.", ["refers"]),
    # round 27: "sửa đổi" amends where the plan amends or means to ("Trình … xem xét, sửa đổi Nghị quyết …"), not
    # where it tells of an amendment made or being made by someone else …
    ("**Điều 1. Sửa đổi, bổ sung Quyết định số 12/2020/QĐ-UBND ngày 1/2/2020**", ["amends"]),
    ("- Phối hợp rà soát, tham mưu Chính phủ sửa đổi, bổ sung Nghị định 69/2024/NĐ-CP ngày 25/6/2024.", ["amends"]),
    ("có hiệu lực thi hành từ ngày 15/8/2016, được sửa đổi, bổ sung bởi: Quyết định số 29/2019/QĐ-TTg ngày 3/10/2019",
     ["refers"]),
    ("đồng bộ với quá trình sửa đổi, bổ sung Hiến pháp và Luật Công đoàn.", ["refers", "refers"]),
    ("- Ban hành Thông tư sửa đổi, bổ sung Thông tư 105/2020/TT-BTC ngày 3/12/2020.", ["refers"]),  # another document
    # … or names a document inside another's title
    ("Quyết định số 38/2010/QĐ-TTg ngày 06/5/2010 của Thủ tướng Chính phủ về việc sửa đổi, bổ sung Quyết định số "
     "142/2008/QĐ-TTg ngày 27/10/2008.", ["refers", "refers"]),
    ("2. Các quyết định sau hết hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025:\n\n"
     "a) Quyết định số 06/2021/QĐ-UBND ngày 22 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh Thái Nguyên ban hành Quy chế.\n\n"
     "b) Quyết định số 25/2021/QĐ-UBND ngày 13 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Bắc Kạn ban hành Quy chế.",
     ["repeals", "repeals"]),                                                               # the lead-in's cue
    # a lead-in wrapped over lines, items wrapped over paragraphs (round 12)
    ("**Điều 2. **Bãi bỏ các văn\nbản quy phạm pháp luật thuộc lĩnh vực Y tế, cụ thể\nnhư sau:\n\n"
     "1. Quyết định số\n76/2006/QĐ-UBND ngày 20 tháng 10 năm 2006 của Ủy ban nhân dân tỉnh Đồng Nai về\n"
     "việc ban hành Quy định về tổ chức.\n\n2. Quyết định số 136/1998/QĐ-UB\nngày 09 tháng 11 năm 1998 của Ủy ban "
     "nhân dân tỉnh Bình Phước về việc Tách hệ\nđiều trị.\n\n3. Quyết định số 01/1999/QĐ-UB\nngày 04 tháng 01 năm "
     "1999 về việc Phê duyệt đề án.", ["repeals", "repeals", "repeals"]),
    ("Bãi bỏ các văn bản sau:\n\nDanh sách do Sở Tư pháp lập.\n\n1. Quyết định số 12/QĐ-UBND ngày 1/2/2020 "
     "về việc thành lập Tổ công tác.", ["refers"]),                 # a paragraph between: not that lead-in's item
    # a document named inside another's title is referred to, whatever verb the title uses
    ("Căn cứ Nghị định số 37/2019/NĐ-CP ngày 07/5/2019 của Chính phủ quy định chi tiết thi hành một số điều "
     "của Luật Quy hoạch;", ["basis", "refers"]),
    ("Căn cứ Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành "
     "Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ;", ["basis", "refers"]),
])
def test_relations_in_real_plans(text: str, relations: list) -> None:
    assert [c.relation for c in cite(text)] == relations


def test_a_submission_is_issued_by_the_body_that_proposes() -> None:
    found = cite("Theo đề nghị của Giám đốc Sở Nội vụ thành phố Hà Nội tại Tờ trình số 6453/TTr-SNV ngày 28/10/2025.")
    assert [(c.type, c.issuer) for c in found] == [("submission", "Sở Nội vụ thành phố Hà Nội")]


@pytest.mark.parametrize("text, number, kind, rule", [
    ("Căn cứ Nghị quyết số 66.2/2025/NQ-CP ngày 1/1/2025", "66.2/2025/NQ-CP", "resolution", "citations.numbered"),
    ("Thông báo số 30-TB/TGV ngày 2/2/2025", "30-TB/TGV", "notice", "citations.party_number"),  # unlisted Party body
    ("Kế hoạch hành động 469-KH/TU ngày 3/3/2025", "469-KH/TU", "plan", "citations.party_number"),
])
def test_number_shapes_seen_in_the_corpus_check(text: str, number: str, kind: str, rule: str) -> None:
    assert [(c.number, c.type, c.rule) for c in cite(text)] == [(number, kind, rule)]


@pytest.mark.parametrize("text, issuer, year", [
    ("Căn cứ Quyết định số 991/QĐ-TTg ngày 16/9/2024 của Thủ tướng phê duyệt Quy hoạch;", "Thủ tướng Chính phủ", 2024),
    ("thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động của Ban Thường vụ Thành ủy",
     "Chính phủ", 2025),                                           # the issuer ends before another document
    ("theo Nghị quyết số 04/2025/NQ-HĐND ngày 29/4/2025 của Hội đồng nhân dân thành phố Hà Nội và các quyền lợi khác",
     "Hội đồng nhân dân thành phố Hà Nội", 2025),                  # "và" + lower case: another clause
    ("Nghị quyết liên tịch số 01/2005/NQLT-BLĐTBXH-BCA ngày 17/11/2005 của Bộ Lao động - Thương binh và Xã hội "
     "và Bộ Công an về hướng dẫn", "Bộ Lao động - Thương binh và Xã hội và Bộ Công an", 2005),  # a list of bodies
    ("Căn cứ theo Kế hoạch 44/KH-UBND năm 2025 Kế hoạch Tổ chức Giải đua ghe", "Ủy ban nhân dân", 2025),
])
def test_issuer_clause_and_written_year(text: str, issuer: str, year: int) -> None:
    found = find_citations(DocumentStructure(text=text))
    assert (found[0].issuer, found[0].year) == (issuer, year)


def test_a_law_is_passed_by_the_national_assembly_whatever_follows() -> None:
    found = cite("Kế hoạch thực hiện Nghị định hướng dẫn Luật phòng thủ dân sự do tỉnh Nghệ An ban hành")
    assert [(c.text, c.issuer) for c in found] == [("Luật phòng thủ dân sự", "Quốc hội")]


@pytest.mark.parametrize("text, expected", [
    ("các Kết luận số 187, 188- KL/TW ngày 1/1/2025 của Bộ Chính trị;",
     [("Kết luận số 187", "187-KL/TW", "Bộ Chính trị", "citations.party_number"),
      ("188- KL/TW", "188-KL/TW", "Bộ Chính trị", "citations.list_member")]),
    ("các Quyết định số 36, 37 và 38/QĐ-TTg ngày 2/2/2024",
     [("Quyết định số 36", "36/QĐ-TTg", "Thủ tướng Chính phủ", "citations.numbered"),
      ("37", "37/QĐ-TTg", "Thủ tướng Chính phủ", "citations.list_member"),
      ("38/QĐ-TTg", "38/QĐ-TTg", "Thủ tướng Chính phủ", "citations.list_member")]),
])
def test_serials_that_share_the_last_sign(text: str, expected: list) -> None:
    assert [(c.text, c.number, c.issuer, c.rule) for c in cite(text)] == expected


# Issue 20: where a written issuer ends — a body, never the subject clause or an aside after it.
@pytest.mark.parametrize("text, issuer", [
    ("Căn cứ Nghị định số 47/2024/NĐ-CP ngày 9/5/2024 của Chính phủ Quy định chi tiết một số điều của Luật Giá;",
     "Chính phủ"),                                                  # a title in capitals after a complete body
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị khóa XIII về đột phá phát triển;",
     "Bộ Chính trị"),
    ("Thông tư số 29/2024/TT-BTC ngày 16/5/2024 của Bộ trưởng Bộ Tài chính Hướng dẫn việc quản lý;",
     "Bộ trưởng Bộ Tài chính"),                                     # the head's title stays as written
    ("Kết luận số 187-KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư và các quy định liên quan;",
     "Bộ Chính trị, Ban Bí thư"),                                   # a list of complete bodies
    ("Chỉ thị số 30-CT/TW ngày 1/1/2024 của Ban Bí thư “Về tiếp tục đổi mới”;", "Ban Bí thư"),
    ("Quyết định số 06/2021/QĐ-UBND ngày 22/01/2021 của Ủy ban nhân dân tỉnh Thái Nguyên Ban hành Quy chế;",
     "Ủy ban nhân dân tỉnh Thái Nguyên"),                           # a title opener in capitals
    ("Quyết định số 07/2022/QĐ-UBND ngày 13/01/2022 của Ủy ban nhân dân thành phố\nHà Nội ban hành Quy định;",
     "Ủy ban nhân dân thành phố Hà Nội"),                           # a name wrapped after its scope word
    ("Thông báo số 15/TB-VPCP ngày 2/2/2025 của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư;",
     "Văn phòng Chính phủ"),
    ("Căn cứ Kế hoạch 22/KH-TLĐ năm 2025 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về tổ chức đại hội;",
     "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),              # a year between number and issuer
    ("Nghị quyết số 18/NQ-CP ngày 1/1/2025 của Chính phủ (được sửa đổi tại Nghị quyết số 20/NQ-CP)", "Chính phủ"),
    # a decision on an organisation titled by its capitalised verb (round 12); in lower case the verb is the clause's
    ("Quyết định số 74/2003/QĐ-UB ngày 11 tháng 8 năm 2003 của Ủy ban nhân dân tỉnh Bình Phước Cho phép thành lập "
     "Hội Đông y huyện Bù Đốp.", "Ủy ban nhân dân tỉnh Bình Phước"),
    ("Quyết định số 63/2002/QĐ-UB ngày 16 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Tách phòng Tổ chức - "
     "Hành chính thuộc Sở Y tế.", "Ủy ban nhân dân tỉnh Bình Phước"),
])
def test_where_a_written_issuer_ends(text: str, issuer: str) -> None:
    assert cite(text)[0].issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Căn cứ Thông tư số 15/2025/TT-BKHCN quy định yêu cầu kỹ thuật", "Bộ Khoa học và Công nghệ"),
    ("Căn cứ Thông tư số 01/2023/TT-VPCP quy định một số nội dung", "Văn phòng Chính phủ"),
    ("Ngân hàng Nhà nước ban hành Quyết định số 3539/QĐ-NHNN bổ sung phương án", "Ngân hàng Nhà nước Việt Nam"),
    ("tại Tờ trình số 441/TTr-SXD ngày 07/11/2025", "Sở Xây dựng"),
])
def test_issuer_from_signs_of_ministries_and_departments(text: str, issuer: str) -> None:
    assert cite(text)[0].issuer == issuer


# Issue 20: relation cues met in real plans (SPEC §4: implements = thực hiện / triển khai / theo …).
@pytest.mark.parametrize("text, relations", [
    # a lead-in that names the documents by type, then a colon: its cue carries to the list
    ("Thực hiện theo các Quyết định của Thủ tướng Chính phủ: Quyết định số 326/QĐ-TTg ngày 09/3/2022 về phân bổ "
     "chỉ tiêu; Quyết định số 95/QĐ-TTg ngày 16/11/2023 phê duyệt quy hoạch.", ["implements", "implements"]),
    # members of a list whose type word comes before a law named in the heads' title take the heads' cue
    ("Căn cứ các Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Quy hoạch "
     "(Số 37/2019/NĐ-CP ngày 07/5/2019, số 58/2023/NĐ-CP ngày 12/8/2023);", ["refers", "basis", "basis"]),
    ("Căn cứ Nghị định số 85/2024/NĐ-CP của Chính phủ Quy định chi tiết một số điều của Luật Giá;",
     ["basis", "refers"]),                                          # "của": named inside a title
    # a bare place in a document only points to it
    ("tập trung nguồn lực triển khai (danh mục chi tiết tại Phụ lục II Nghị quyết 214/NQ-CP).", ["refers"]),
    ("Tại tiểu mục 1 Mục III Kế hoạch 188/KH-UBND năm 2025 có nêu cụ thể về nhiệm vụ", ["refers"]),
    # … unless the plan carries out what was given, set or laid down there
    ("bảo đảm hoàn thành các nhiệm vụ, chỉ tiêu được giao tại Nghị quyết 214/NQ-CP", ["implements"]),
    ("Cụ thể hóa nhiệm vụ, giải pháp chủ yếu đề ra tại Nghị quyết số 57-NQ/TW ngày 22/12/2024", ["implements"]),
    ("công khai tài sản công theo quy định tại Điều 104, Điều 105, Điều 106 Nghị định số 186/2025/NĐ-CP",
     ["implements"]),                                               # a list of parts between cue and type word
    ("thực hiện nghiêm quy định tại các điểm a, b, c và đ khoản 2 Điều 6 Nghị định 110/2018/NĐ-CP",
     ["implements"]),
    # a range of parts, and "theo" with what the rule sets (round 7)
    ("Thực hiện theo quy định từ Điều 12 đến Điều 16 của Nghị định số 80/2014/NĐ-CP và các quy định khác.",
     ["implements"]),
    ("kê khai mẫu đơn thực hiện theo yêu cầu quy định tại khoản 1 Điều 9 Nghị định số 45/2020/NĐ-CP.", ["implements"]),
    # the amending document after its parts shares the relation of the one it amends
    ("thực hiện theo quy định tại Điều 12 Nghị định số 45/2020/NĐ-CP được sửa đổi, bổ sung bởi khoản 8 Điều 40 "
     "Nghị định số 118/2025/NĐ-CP.", ["implements", "implements"]),
])
def test_relation_cues_of_real_plans(text: str, relations: list) -> None:
    assert [c.relation for c in cite(text)] == relations


# Issue 20: a sentence that says who enacted the cited document names its issuer and date (news reports).
@pytest.mark.parametrize("text, issuer, issued_on", [
    ("Ngày 26/11/2025, UBND tỉnh Đồng Nai đã ban hành Kế hoạch 188/KH-UBND về việc triển khai thực hiện",
     "Ủy ban nhân dân tỉnh Đồng Nai", "2025-11-26"),
    ("Ngày 27/11/2025, Văn phòng UBND tỉnh Ninh Bình đã có Kế hoạch 61/KH-VPUBND kế hoạch triển khai kê khai",
     "Văn phòng Ủy ban nhân dân tỉnh Ninh Bình", "2025-11-27"),     # a sign code nobody listed
    ("Chính phủ đã ban hành Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 quy định cắt giảm",
     "Chính phủ", "2025-11-15"),
    ("Ngày 17/9/2025, Công đoàn Ngân hàng Việt Nam ban hành Kế hoạch 1472/KH-CĐNH năm 2025 về việc tổ chức",
     "Công đoàn Ngân hàng Việt Nam", "2025-09-17"),                 # a year between number and what follows
    ("Hội chợ mùa Thu năm 2025 có nhiều gian hàng; Kế hoạch 5607/KH-BVHTTDL về truyền thông",
     "Bộ Văn hóa, Thể thao và Du lịch", None),                      # no enacting sentence: from the sign
])
def test_issuer_of_an_enacting_sentence(text: str, issuer: str | None, issued_on: str) -> None:
    found = cite(text)[0]
    assert (found.issuer, found.model_dump(mode="json")["issued_on"]) == (issuer, issued_on)


def test_each_mention_keeps_its_own_year() -> None:
    """SPEC §4: the year from the number, or from the date written with that mention — not from another mention."""
    found = cite("Kế hoạch 188/KH-UBND (tóm tắt). Ngày 26/11/2025, UBND tỉnh Đồng Nai đã ban hành Kế hoạch "
                 "188/KH-UBND về việc triển khai. Tại Mục III Kế hoạch 188/KH-UBND năm 2025 có nêu.")
    assert [c.year for c in found] == [None, 2025, 2025]


# Issue 20: a sign code that two bodies use is read as the body the document names.
@pytest.mark.parametrize("text, issuer", [
    ("Căn cứ theo Kế hoạch 44/KH-BTC năm 2025 Kế hoạch Tổ chức Giải đua ghe Ngo.\n"
     "+ Phát biểu khai mạc của Trưởng ban Ban Tổ chức Lễ hội;", "Ban Tổ chức"),
    ("Căn cứ Kế hoạch số 5/KH-BTC ngày 2/1/2025 về hội nghị.\nBan Tổ chức hội nghị phối hợp với Bộ Tài chính.",
     "Bộ Tài chính"),                                               # both named: the usual reading
    ("Triển khai khi có Thông tư mới thay thế Thông tư số 92/2009/TT-BTC ngày 12/5/2009.", "Bộ Tài chính"),
])
def test_an_ambiguous_sign_code_takes_the_body_the_document_names(text: str, issuer: str) -> None:
    assert cite(text)[0].issuer == issuer


@pytest.mark.parametrize("text, relations", [
    # a list of parts before the type word, joined by "và"
    ("Người có nghĩa vụ kê khai theo quy định tại các khoản 1 và khoản 3 Điều 34 Luật Phòng, chống tham nhũng 2018",
     ["implements"]),
    # without "theo" (or another implements cue) a place in a document only points to it (SPEC §4: else refers)
    ("Người có nghĩa vụ kê khai quy định tại các khoản 1 và khoản 3 Điều 34 Luật Phòng, chống tham nhũng 2018",
     ["refers"]),
    ("Loại văn bản được quy định tại Điều 23 Luật Giao dịch điện tử.", ["refers"]),
    ("được thực hiện theo các quy định tại Điều\n10, Điều 11, Điều 12, Điều 13, Điều 14, Điều 15, Điều 16, Điều 21 "
     "Nghị định số 68/2024/NĐ-CP.", ["implements"]),
    # a document that amended the one cited just before shares its relation (policy P4)
    ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 64/2020/QH14, "
     "Luật số 07/2022/QH15;", ["basis", "basis", "basis"]),
    ("theo quy định Điều 33 Luật Phòng, chống tham nhũng 2018;", ["implements"]),   # "tại" left out
    # the next member of a list may start with its part: it shares the list's cue
    ("thực hiện theo Điều 3 Nghị định số 80/2014/NĐ-CP và Điều 4 Thông tư số 15/2021/TT-BXD.",
     ["implements", "implements"]),
    # round 15: an amendment's longer forms ("đã được sửa đổi, bổ sung một số điều theo …") are read with the law
    ("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14;",
     ["basis", "basis"]),
    ("Căn cứ Quyết định số 12/QĐ-LĐTBXH (được điều chỉnh bổ sung bởi Quyết định số 128/QĐ-LĐTBXH);", ["basis", "basis"]),
    # round 15: "Theo" opening its sentence attributes (according to): the text only refers to the document
    ("Tin tức.\n\nTheo Kế hoạch 30/KH-UBND năm 2025, các nhiệm vụ chủ yếu gồm 5 nội dung.", ["refers"]),
    ("Tin tức. Theo quy định tại Điều 4 Thông tư 26/2017/TT-BGDĐT thì nguyên tắc tổ chức gồm:", ["refers"]),
    ("Tin tức. Các trường thực hiện theo quy định tại Điều 4 Thông tư 26/2017/TT-BGDĐT.", ["implements"]),
])
def test_relations_across_parts_of_documents(text: str, relations: list) -> None:
    assert [c.relation for c in cite(text)] == relations


_PROCEDURES = ("PHỤ LỤC I\n|\nSố TT\n|\nTên TTHC\n|\nCách thức thực hiện\n|\nCăn cứ pháp lý\n|\n|\n"
               "01\n|\nThủ tục công nhận trung tâm đổi mới sáng tạo\n|\n- Trực tiếp.\n|\n{cell}\n|\n|\n")


@pytest.mark.parametrize("cell, relations", [
    # round 24: a document that opens an item of a "Căn cứ pháp lý" column is that row's legal basis …
    ("- Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025.\n- Nghị định số 268/2025/NĐ-CP ngày 14/10/2025 của "
     "Chính phủ quy định chi tiết một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo.",
     # … one named inside its title is not
     ["basis", "basis", "refers"]),
    ("Thông tư số 10/2025/TT-BKHCN.", ["basis"]),
])
def test_a_legal_basis_column_gives_basis(cell: str, relations: list) -> None:
    assert [c.relation for c in cite(_PROCEDURES.format(cell=cell))] == relations


@pytest.mark.parametrize("text, cited", [
    # round 24: the Constitution is cited by its type word alone, and keeps the year written after it
    ("- Tuân thủ Hiến pháp, pháp luật Việt Nam và điều ước quốc tế.", [("Hiến pháp", "constitution")]),
    ("Có tinh thần yêu nước, trung thành với Hiến pháp và pháp luật.", [("Hiến pháp", "constitution")]),
    ("Căn cứ Hiến pháp năm 2013;", [("Hiến pháp năm 2013", "constitution")]),
    ("các quyền con người theo hiến pháp", []),  # in lower case: a constitution in general
])
def test_the_constitution_alone_is_cited(text: str, cited: list) -> None:
    assert [(c.text, c.type) for c in cite(text)] == cited


def test_a_long_list_of_members_runs_on_past_the_window() -> None:
    """Round 24: members each named with a long title; the last ones are far from any type word."""
    title = " quy định chi tiết một số điều và biện pháp thi hành trong lĩnh vực quản lý nhà nước của Bộ Tài chính"
    text = ("Căn cứ các Nghị định của Chính phủ: số 78/2025/NĐ-CP ngày 01/4/2025" + title + "; số 131/2025/NĐ-CP ngày "
            "12/6/2025" + title + "; số 136/2025/NĐ-CP ngày 12/6/2025" + title + "; số 214/2025/NĐ-CP ngày 04/8/2025"
            + title + "; số 125/2025/NĐ-CP ngày 11/6/2025" + title + ";")
    assert [(c.number, c.type) for c in cite(text)] == [
        (n, "decree") for n in ("78/2025/NĐ-CP", "131/2025/NĐ-CP", "136/2025/NĐ-CP", "214/2025/NĐ-CP", "125/2025/NĐ-CP")]


def test_a_column_of_another_name_keeps_refers() -> None:
    text = _PROCEDURES.format(cell="- Nghị định số 268/2025/NĐ-CP.").replace("Căn cứ pháp lý", "Ghi chú")
    assert [c.relation for c in cite(text)] == ["refers"]


def test_an_enacting_body_written_as_a_sign_code_is_the_codes_body() -> None:
    found = cite("Ngày 22 tháng 10 năm 2025, BVHTTDL đã có Kế hoạch 5607/KH-BVHTTDL năm 2025 về truyền thông")
    assert (found[0].issuer, found[0].model_dump(mode="json")["issued_on"]) == (
        "Bộ Văn hóa, Thể thao và Du lịch", "2025-10-22")


# The grammar's patterns are built from data on first use, so tests/test_robustness.py (module-level patterns)
# does not see them: run them here on the same kind of runs.
def _grammar_patterns() -> list[tuple[str, object]]:
    import regex

    from kehoach_nlp import citations

    found: list[tuple[str, object]] = []

    def add(name: str, value: object) -> None:
        if isinstance(value, regex.Pattern):
            found.append((name, value))
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                add(f"{name}[{index}]", item)
        elif isinstance(value, dict):
            for key, item in value.items():
                add(f"{name}[{key}]", item)

    for builder in ("_patterns", "_relation_patterns", "_lead_in_patterns", "_issuer_end_patterns", "_wrapped_name",
                    "_sibling_join", "_enactor_pattern", "_amending_patterns", "_issuer_join", "_body_dash",
                    "_attached_to", "_proposal_pattern"):
        add(builder, getattr(citations, builder)())
    return found


@pytest.mark.parametrize("run", [" " * 20000, "a" * 20000, "1" * 20000, "-" * 20000, "khoản 1 và " * 2000,
                                 "Ủy ban nhân dân thành phố " * 1000, "Ngày 1/1/2020, UBND " * 1000])
def test_grammar_patterns_finish_on_long_runs(run: str) -> None:
    for name, pattern in _grammar_patterns():
        try:
            for _ in pattern.finditer(run, timeout=2.0):  # type: ignore[attr-defined]
                pass
        except TimeoutError:
            pytest.fail(f"{name} backtracks on {run[:20]!r}…")


# Issue 20: the subject clause (title) of a cited document, as real plans write it.
@pytest.mark.parametrize("text, title", [
    ("Căn cứ Nghị định số 163/2024/NĐ-CP của Chính phủ Quy định chi tiết một số điều và biện pháp thi hành;",
     "Quy định chi tiết một số điều và biện pháp thi hành"),     # opened by a capitalised word
    ("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp,\n"
     "phân quyền trong lĩnh vực thi đua, khen thưởng;",
     "quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng"),   # a wrapped line goes on
])
def test_title_of_a_cited_document(text: str, title: str) -> None:
    # on the text as given: a line break that normalisation leaves is the grammar's to read
    assert " ".join(find_citations(DocumentStructure(text=text))[0].title.split()) == title


# Round 27: after a part of the document, "quy định … như sau:" is what the part stipulates (the citing sentence's
# verb), not the document's title; without a part, or ending otherwise, it stays the title.
@pytest.mark.parametrize("text, title", [
    ("Căn cứ tại Điều 2 Quyết định 590/QĐ-BXD quy định việc tổ chức thực hiện quy hoạch cảng biển như sau:", None),
    ("Tại Điều 5 Thông tư 12/2025/TT-BYT quy định chọn ngày nào là ngày sức khỏe toàn dân?", None),
    ("Căn cứ tại Điều 6 Quy chế ban hành kèm theo Quyết định 763/QĐ-BXD quy định trách nhiệm của thành viên như sau:",
     None),
    ("Căn cứ Nghị định 137/2020/NĐ-CP quy định về pháo hoa như sau:", "quy định về pháo hoa như sau:"),
    ("Căn cứ Điều 4 Nghị định 77/2025/NĐ-CP quy định nguyên tắc xác lập quyền sở hữu toàn dân về tài sản;",
     "quy định nguyên tắc xác lập quyền sở hữu toàn dân về tài sản"),
])
def test_a_parts_stipulation_is_no_title(text: str, title: str | None) -> None:
    assert find_citations(DocumentStructure(text=text))[0].title == title


@pytest.mark.parametrize("text, expected", [
    # a short form the text gives the document it has just cited only names it again (policy P4)
    ("KẾ HOẠCH\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
     "nghệ (sau đây gọi tắt là Nghị quyết số 57-NQ/TW);\nI. MỤC ĐÍCH\n",
     [("57-NQ/TW", "basis"), ("57-NQ/TW", "refers")]),
    # a news question: "theo" is "according to"
    ("# Quy trình tổ chức Đại hội Đảng bộ mới nhất theo Hướng dẫn 06-HD/TW năm 2025 ra sao?\n\n"
     "Quy trình tổ chức đại hội được hướng dẫn như sau.\n\nQuý khách cần hỏi thêm thông tin vui lòng liên hệ.\n",
     [("06-HD/TW", "refers")]),
])
def test_an_alias_and_a_news_question_only_refer(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.number, c.relation) for c in cite(text)] == expected


@pytest.mark.parametrize("text, relation", [
    # round 15: in a news article a parenthesis that gives a source only refers to it; in a plan it is the plan's own
    ("# Tin tức\n\nPháo hoa chỉ được bắn trong các dịp Tết, Quốc khánh (theo Điều 11 Nghị định 137/2020/NĐ-CP).\n",
     "refers"),
    ("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nTổ chức bắn pháo hoa trong dịp Tết (theo Điều 11 Nghị định 137/2020/NĐ-CP).\n",
     "implements"),
])
def test_a_source_in_parentheses_in_the_news_refers(text: str, relation: str) -> None:
    from kehoach_nlp import extract_text

    assert [c.relation for c in extract_text(text).citations] == [relation]
