"""Speed-ups that must not change any output: each shortcut gives what the plain scan gave.

The head-word recogniser of :mod:`kehoach_nlp.agencies` used to run its pattern over every
window (block heading, table cell, line) of a document; now it tries the pattern only where a
head word starts, positions found once per document. The windows below are the awkward ones:
a window starting inside a name, or ending inside one, or cutting a ``not_bodies`` phrase.
"""

from __future__ import annotations

import pytest

from kehoach_nlp import agencies

TEXT = ("Giao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân các huyện, Văn phòng Ban Chỉ đạo "
        "và Trung tâm Y tế huyện thực hiện.\nCăn cứ Bộ luật Hình sự; Bộ Chỉ huy Quân sự tỉnh,"
        " Sở Văn hóa, Thể thao và Du lịch, Hội Liên hiệp Phụ nữ tỉnh báo cáo.")

# (what the window shows, start, end) — offsets into TEXT
WINDOWS = [
    ("the whole text", 0, len(TEXT)),
    ("starting in the middle of 'Sở Tài chính'", TEXT.index("Tài chính"), len(TEXT)),
    ("starting one letter into 'Giao'", 1, len(TEXT)),
    ("starting right on a head word", TEXT.index("Sở Tài"), len(TEXT)),
    ("ending inside 'Văn phòng Ban Chỉ đạo'", 0, TEXT.index("Chỉ đạo") + 3),
    ("ending inside 'Bộ luật' (the not-a-body phrase cut short)", 0, TEXT.index("Bộ luật") + 5),
    ("ending right after a head word", 0, TEXT.index("Hội Liên") + 3),
    ("one table cell's worth", TEXT.index("Bộ Chỉ huy"), TEXT.index(" Sở Văn")),
    ("an empty window", 10, 10),
]


@pytest.mark.parametrize("what,start,end", WINDOWS, ids=[w[0] for w in WINDOWS])
def test_head_matches_are_those_of_a_scan_of_the_window(what: str, start: int, end: int) -> None:
    window = TEXT[start:end]
    plain = [(m.start(), m.end(), m.group()) for m in agencies._head_pattern().finditer(window)]
    fast = [(m.start(), m.end(), m.group()) for m in agencies._head_matches(TEXT, window, start, end)]
    assert fast == plain


def test_every_window_of_a_text_agrees() -> None:
    text = TEXT[:160]
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 7):
            window = text[start:end]
            plain = [(m.start(), m.end()) for m in agencies._head_pattern().finditer(window)]
            fast = [(m.start(), m.end()) for m in agencies._head_matches(text, window, start, end)]
            assert fast == plain, (start, end)


# Citations: the numbered shapes are tried only where a type word starts (found once per text).
CITATION_TEXTS = [
    "Căn cứ Nghị định số 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;",
    "Thực hiện Kết luận số 187, 188-KL/TW và Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy;",
    "các Quyết định: số 36/QĐ-TTg, số 1569/QĐ-TTg; quyết định 45/QĐ-UBND; Nghị quyết 27/NQ- TW",
    "Luật Đất đai số 31/2024/QH15; Thông tư số: 05/2020/TT-BLĐTBXH; Quyết địnhsố 1/QĐ",
    "Không có văn bản nào được dẫn ở đây.",
    "QUYẾT ĐỊNH số 12/QĐ-UBND; kế hoạch số 3/KH-UBND; CHỈ THỊ 05-CT/TU; công văn số 7/UBND-VX",
]


@pytest.mark.parametrize("text", CITATION_TEXTS)
def test_numbered_shapes_tried_at_type_words_find_what_a_full_scan_finds(text: str) -> None:
    from kehoach_nlp import citations

    patterns = citations._patterns()
    starts = [m.start() for m in patterns["type_start"].finditer(text, overlapped=True)]
    for shape in ("shared_sign", "party", "numbered"):
        plain = [m.span() for m in patterns[shape].finditer(text)]
        assert [m.span() for m in citations._matches_at(patterns[shape], text, starts)] == plain, shape


# Targets: the clause before a number starts after the last of ". ; : newline ( ," — one bisect over
# the merged offsets of those six separators gives what six rfinds gave.
CLAUSE_TEXT = "Mục tiêu: đến năm 2025, tỷ lệ hộ nghèo giảm còn 2%; (phấn đấu 100% xã đạt chuẩn).\nTrên 90% dân số"


@pytest.mark.parametrize("before,expected", [
    ("2%", CLAUSE_TEXT.index(" tỷ lệ")),          # after the comma
    ("100%", CLAUSE_TEXT.index("phấn đấu")),      # after the opening bracket
    ("90%", CLAUSE_TEXT.index("Trên")),           # after the line break
    ("2025", CLAUSE_TEXT.index(" đến")),          # after the colon
    ("Mục", 0),                                   # nothing before: the text's start
])
def test_clause_before_a_number_is_cut_at_the_last_separator(before: str, expected: int) -> None:
    from kehoach_nlp.targets.clauses import _Boundaries, _clause_before

    start = CLAUSE_TEXT.index(before)
    assert _clause_before(CLAUSE_TEXT, start) == expected
    bounds = _Boundaries(CLAUSE_TEXT)
    for at in range(len(CLAUSE_TEXT) + 1):
        assert bounds.rfind_any(".;:\n(,", at) == max(CLAUSE_TEXT.rfind(ch, 0, at) for ch in ".;:\n(,")
