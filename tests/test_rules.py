"""The rule engine (``kehoach_nlp.rules``): word lists → bounded, longest-first patterns, validated data.

Each row reads as a specification: the words (as a linguist writes them in a data file),
the text, and what the pattern finds there.
"""

from __future__ import annotations

import pytest
import regex

import kehoach_nlp.data as data
from kehoach_nlp import rules
from kehoach_nlp.agencies import canonical_agency, find_agencies
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.targets import find_targets
from kehoach_nlp.vietnamese import parse_number
from tests.test_extending import data_rows
from kehoach_nlp.rules import alternation, check_pattern, check_words, words_pattern


@pytest.mark.parametrize("words, options, text, found", [
    # longest first, wherever each word sits in the list
    (["tại", "phê duyệt tại"], {}, "được phê duyệt tại Quyết định", ["phê duyệt tại"]),
    (["Nghị quyết", "Nghị quyết liên tịch"], {}, "Nghị quyết liên tịch số 01", ["Nghị quyết liên tịch"]),
    # whole words: a letter may not touch either end
    (["đạt"], {}, "phấn đạt; đạtx; đạt 90%", ["đạt", "đạt"]),
    # case ignored only when asked
    (["trở lên"], {"flags": regex.IGNORECASE}, "Trở lên và trở lên", ["Trở lên", "trở lên"]),
    (["trở lên"], {}, "Trở lên và trở lên", ["trở lên"]),
    # a dot in a word is a dot, not any character
    (["T.Ư"], {}, "Ban chấp hành T.Ư và TxƯ", ["T.Ư"]),
    # spaces inside a word may become a wider pattern
    (["Nghị quyết"], {"spaces": r"\s{1,3}"}, "Nghị\nquyết 05", ["Nghị\nquyết"]),
    # custom edges (an ending at the end of the text)
    (["của"], {"left": r"(?<![\p{L}\p{M}])", "right": "$"}, "trách nhiệm của", ["của"]),
])
def test_words_pattern_finds(words: list[str], options: dict, text: str, found: list[str]) -> None:
    assert words_pattern(words, **options).findall(text) == found


def test_alternation_is_escaped_deduplicated_longest_first() -> None:
    assert alternation(["tại", "phê duyệt tại", "tại"]) == regex.escape("phê duyệt tại") + "|tại"


@pytest.mark.parametrize("words, message", [
    ([], "data/x.toml: \\[a\\] b: empty word list"),
    (["trên", ""], "data/x.toml: \\[a\\] b: empty word ''"),
    (["trên", "  "], "data/x.toml: \\[a\\] b: empty word '  '"),
])
def test_empty_lists_and_words_are_clear_errors(words: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        alternation(words, where="data/x.toml: [a] b")
    with pytest.raises(ValueError, match=message):
        check_words(words, "data/x.toml: [a] b")


@pytest.mark.parametrize("pattern", [r"\d*", r"(?:năm)?", r"(?<!\p{L})", r"a|", r"\s{0,3}"])
def test_data_pattern_that_can_match_empty_text_is_an_error(pattern: str) -> None:
    with pytest.raises(ValueError, match="targets.toml: \\[deadline\\] pattern: .* can match empty text"):
        check_pattern(pattern, "data/targets.toml: [deadline] pattern")


def test_invalid_data_pattern_is_an_error() -> None:
    with pytest.raises(ValueError, match="invalid pattern"):
        check_pattern("(?:năm", "data/targets.toml: [deadline] pattern")


def test_word_list_from_toml_names_file_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = {"status": {"target": ["phấn đấu"], "achieved": []}}
    monkeypatch.setattr(rules, "load_toml", lambda name: fake)
    rules.word_list.cache_clear()
    try:
        assert rules.word_list("targets.toml", "status", "target") == ("phấn đấu",)
        with pytest.raises(ValueError, match=r"data/targets.toml: \[status\] achieved: empty word list"):
            rules.word_list("targets.toml", "status", "achieved")
        with pytest.raises(ValueError, match=r"data/targets.toml: \[status\] missing is missing"):
            rules.word_list("targets.toml", "status", "missing")
    finally:
        rules.word_list.cache_clear()


def test_tsv_rows_name_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# viết tắt\tđầy đủ\nUBND\tỦy ban nhân dân\n\nHĐND\t\n"
    monkeypatch.setattr(data, "_read", lambda name: text)
    rules.tsv_rows.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"data/abbreviations.tsv: line 4: expected 2 non-empty"):
            rules.tsv_rows("abbreviations.tsv", 2)
        assert rules.tsv_rows("abbreviations.tsv", 1)[0] == ("UBND", "Ủy ban nhân dân")
    finally:
        rules.tsv_rows.cache_clear()


def test_every_shipped_word_list_pattern_is_valid() -> None:
    """The data as shipped loads through the engine (an empty list or word there would raise)."""
    assert rules.tsv_rows("abbreviations.tsv", 2)
    assert rules.tsv_rows("legacy_vni.tsv", 2)


def _targets(text: str) -> list[tuple[str, str, float | None]]:
    return [(t.text, t.comparator, t.value_max) for t in find_targets(parse_structure(text))]


#: (what, the edit of a data file, call, input, result with the shipped data, result with the edit):
#: rule words that used to be written in code are read from data.
DATA_DRIVEN = [
    ("range joiners are [ranges] joiners of targets.toml",
     ("targets.toml", 'joiners = ["đến", "tới", "-", "đến -", "÷"]', 'joiners = ["đến", "tới", "cho tới", "-", "đến -", "÷"]'),
     _targets, "Tổ chức từ 3 cho tới 5 lớp tập huấn.",
     [("5 lớp", "=", None)], [("từ 3 cho tới 5 lớp", "range", 5.0)]),
    ("the tens word is column 3 of number_words.tsv",
     ("number_words.tsv", "mươi\t10\ttens\n", "mươi\t10\n"),
     parse_number, "hai mươi", 20.0, 12.0),
    ("the old spellings of 'Ủy' are [words] leading_respellings of agency_heads.toml",
     ("agency_heads.toml", '{ "Uỷ" = "Ủy", "UỶ" = "Ủy" }', '{ "Uỷ" = "Ủy" }'),
     canonical_agency, "UỶ BAN Mặt trận", "Ủy BAN Mặt trận", "UỶ BAN Mặt trận"),
    ("'đạt' reports a result: [rule_words] reached of targets.toml",
     ("targets.toml", 'reached = ["đạt"]', 'reached = ["vươn tới"]'),
     lambda text: [t.status for t in find_targets(parse_structure(text))],
     "Tỷ lệ hộ nghèo đạt 2,5%.", ["achieved"], ["target"]),
]


@pytest.mark.parametrize("what, edit, call, text, shipped, edited", DATA_DRIVEN, ids=[c[0] for c in DATA_DRIVEN])
def test_rule_words_are_read_from_data(what, edit, call, text, shipped, edited) -> None:
    assert call(text) == shipped
    with data_rows(edit):
        assert call(text) == edited


@pytest.mark.parametrize("edit, call, message", [
    (("targets.toml", 'joiners = ["đến", "tới", "-", "đến -", "÷"]', "joiners = []"),
     lambda: find_targets(parse_structure("từ 3 đến 5 lớp")), r"data/targets.toml: \[ranges\] joiners: empty word list"),
    (("targets.toml", 'reached = ["đạt"]', 'reached = ["đạt", ""]'),
     lambda: find_targets(parse_structure("Tỷ lệ đạt 90%.")),
     r"data/targets.toml: \[rule_words\] reached: empty word '' at position 2"),
    (("agency_heads.toml", 'titles = ["Chánh Văn phòng"', 'titles = [""'),
     lambda: find_agencies("Giám đốc Sở Y tế chủ trì."),
     r"data/agency_heads.toml: \[officials\] titles: empty word ''"),
    (("targets.toml", "pattern = '(?i:", "pattern = '(?:)|(?i:"),
     lambda: find_targets(parse_structure("Phấn đấu đến năm 2025 có 90% xã đạt chuẩn.")),
     r"data/targets.toml: \[deadline\] pattern: pattern .* can match empty text"),
    (("abbreviations.tsv", "UBND\tỦy ban nhân dân", "UBND\t"),
     lambda: canonical_agency("UBND tỉnh"), r"data/abbreviations.tsv: line 5: expected 2 non-empty"),
    (("number_words.tsv", "mươi\t10\ttens", "mươi"),
     lambda: parse_number("hai mươi"), r"data/number_words.tsv: line \d+: expected 2 non-empty"),
])
def test_bad_data_is_a_load_error_naming_file_and_key(edit, call, message: str) -> None:
    with data_rows(edit), pytest.raises(ValueError, match=message):
        call()
