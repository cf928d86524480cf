"""What a figure measures (SPEC §5 ``indicator``), as a short quote.

Takes: the clean text, the target's span and unit. Gives: the words that say
what is counted — the counted noun and what follows it (``trên 90% xã, phường
được tuyên truyền …`` → ``xã, phường được tuyên truyền …``), a measure noun before
the number (``tỷ lệ hộ nghèo giảm còn 2%`` → ``tỷ lệ hộ nghèo``), a list item's or a
table row's label, the purpose of a sum of money (``kinh phí thực hiện … 1,5 tỷ
đồng``).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Optional

import regex

from ..rules import alternation, word_list
from .clauses import (
    _ITEM_LABEL, _ITEM_LETTER, _ITEM_PREFIX, _LETTERS, _OPENING_ITEM_MARK, _boundaries, _clause_before, _config, _inside_number,
    _patterns,
    _line_around, _line_start_within,
)
from .units import _change_start, _unit_tables, read_unit, without_population_base


@cache
def _money_cut() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "indicator", "money_cut_words"))
    return regex.compile(r"(?i:(?<!\p{L})(?:" + words + r"))(?!\p{L})")


def _money_indicator(text: str, start: int) -> Optional[str]:
    """What a sum pays for, named before it in its clause: "Kinh phí thực hiện khoảng 2,4 tỷ đồng"; after a list
    item's own subject joined by "với", that subject too: "- Dự án giải phóng mặt bằng phía tỉnh Đồng Nai với kinh
    phí dự kiến khoảng 2.967 tỷ đồng" → "kinh phí dự kiến Dự án giải phóng mặt bằng phía tỉnh Đồng Nai" (round 53)."""
    begin = _clause_over_brackets(text, start)
    before = text[begin:start]
    cuts = list(_money_cut().finditer(before))
    subject = None
    if cuts:
        subject = _item_subject(text, begin, before[:cuts[-1].start()], cuts[-1].group())
        before = before[cuts[-1].end():]
    value = _indicator_patterns()["edges"].sub("", " ".join(before.split())).strip(" ,")
    nouns = _config()["indicator"]["money_nouns"]
    if not value or not any(noun in value.lower() for noun in nouns):
        return None
    return f"{value} {subject}" if subject else value


def _clause_over_brackets(text: str, start: int) -> int:
    """Where the clause before ``start`` begins, read over a bracket closed before the number: "Tỷ lệ hộ nghèo (theo
    chuẩn nghèo đa chiều) giảm | 1 - 1,5 điểm %", "Mức phụ cấp hàng tháng đối với Thôn (tổ) đội trưởng bằng |
    2.340.000 đồng" — the words in and after it qualify what the clause before it names.

    >>> t = "Mức phụ cấp đối với Thôn (tổ) đội trưởng bằng 2.340.000 đồng"
    >>> t[_clause_over_brackets(t, t.index("2.340"))]
    'M'
    """
    begin = _clause_before(text, start)
    while begin > 0 and text[begin - 1] == "(" and ")" in text[begin:start]:
        wider = _clause_before(text, begin - 1)
        close = text.index(")", begin)
        inside = text[begin:close]
        short = len(inside.split()) <= _NAME_BRACKET_WORDS and not _DIGIT.search(inside)
        if not short and len(text[wider:start].split()) > _BRACKETED_CLAUSE_WORDS:
            # a long clause: the bracket is no part of a noun phrase ("… giá chuyển nhượng nhân (x) với …"); the
            # clause starts after it, never inside it ("(Trang 92) | nêu tổng vốn …") — but at the short name a
            # bracket gives the subject before it ("(sau đây gọi tắt là | Khối Giáo dục nghề nghiệp) đăng ký …")
            alias = _alias_cue().match(text, begin, close)
            return alias.end() if alias else close + 1
        begin = wider
    return begin


@cache
def _alias_bracket() -> regex.Pattern:
    return regex.compile(r"[ \t]*\([ \t]*(?i:" + alternation(word_list("targets.toml", "indicator", "alias_cues"))
                         + r")[ \t][^()\n]{1,120}\)")


def _without_alias_brackets(words: str) -> str:
    """The words after a figure with the brackets that give a short name blanked out, offsets kept: what is measured
    goes on after them (round 55): "70% các tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là tỉnh) | đạt
    chuẩn xóa mù chữ mức độ 2"."""
    return _alias_bracket().sub(lambda m: " " * len(m.group()), words)


#: An aside in brackets inside a noun phrase, the phrase going on after it: no figure in it, a lower-case word after it.
_ASIDE_BRACKET = regex.compile(r"\([^()\d\n]{1,80}\)(?=[ \t]+\p{Ll})")


def _asides_masked(words: str) -> str:
    """The words after a figure with each aside in brackets masked (offsets kept), so that its brackets do not end what
    the figure measures (round 56): "ít nhất 70% | số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận
    tiền trợ cấp …", "khoảng 60 | Đội ghe Ngo (nam và nữ) trong và ngoài thành phố tham gia".

    >>> _asides_masked("người (nam và nữ) tham gia")
    'người ___________ tham gia'
    """
    spelled = _spelled_amount()
    # (not a sum spelled out in words: "2.600 tỷ đồng (hai nghìn, sáu trăm tỷ đồng) | và tỉnh …" ends there)
    return _ASIDE_BRACKET.sub(lambda m: m.group() if spelled.match(m.group()) else "_" * len(m.group()), words)


@cache
def _alias_cue() -> regex.Pattern:
    return regex.compile(r"[ \t]*+(?i:" + alternation(word_list("targets.toml", "indicator", "alias_cues")) + r")[ \t]+")


_BRACKETED_CLAUSE_WORDS = 14  # the longest clause read over a bracket: a noun phrase with a qualifier in brackets
#: A bracket of this many words at most abbreviates or places the noun before it, whatever the clause's length
#: (round 55): "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức | trên 55%", "tổng vốn
#: đầu tư dự án Bến cảng quốc tế Sơn Dương (Hà Tĩnh) | khoảng 8.866 tỷ đồng".
_NAME_BRACKET_WORDS = 3


_SUBJECT_WORDS = 20  # the longest list item's subject read before its sum


def _item_subject(text: str, begin: int, words: str, joiner: str) -> Optional[str]:
    """The subject of a list item that opens its line and is joined to its sum by a word of accompaniment
    ([indicator] subject_joiners: "- Dự án … | với | kinh phí …"), its item mark left out; None otherwise."""
    if joiner.lower() not in _config()["indicator"]["subject_joiners"]:
        return None
    line_start = text.rfind("\n", 0, begin) + 1
    if text[line_start:begin].strip(" \t*_") or _OPENING_ITEM_MARK.match(words.lstrip(" \t*_")) is None:
        return None  # not the line's own opening, or no list item
    subject = _OPENING_ITEM_MARK.sub("", words.strip(" \t*_")).strip(" ,")
    if _DIGIT.search(subject):
        return None  # a count of its own before the sum ("- Tổ chức 05 lớp tập huấn với kinh phí …")
    return subject if 0 < len(subject.split()) <= _SUBJECT_WORDS else None


_LABEL_START = regex.compile(r"[.;:\n(]")


_LAST_NUMBER_ITEM = regex.compile(r"^.*\d[^,]*,")


def _list_label(text: str, colon: int) -> Optional[str]:
    """The label of a "label: number" list item ending at ``colon``: "điều trị bằng thuốc Methadone: 550",
    "… 300 lượt người, cai nghiện tại gia đình, cộng đồng: 150" (the item after the previous number)."""
    window = text[max(0, colon - 200):colon]
    starts = [m.end() for m in _LABEL_START.finditer(window)]
    label = window[starts[-1]:] if starts else window
    previous_item = _LAST_NUMBER_ITEM.match(label)
    if previous_item:
        label = label[previous_item.end():]
    return " ".join(label.split()) or None


def _table_row_label(text: str, start: int) -> Optional[str]:
    """In a table row flattened with ``|``, the first cell names what the row measures — past the row's number, a
    cell of its own (round 57: "1 | Dịch vụ công trực tuyến toàn trình có ứng dụng AI … | 30% | 100% |" →
    "Dịch vụ công trực tuyến toàn trình có ứng dụng AI …", not "1").

    >>> t = "1 | Dịch vụ công trực tuyến toàn trình có ứng dụng AI. | 30% | 100% |"
    >>> _table_row_label(t, t.index("30%"))
    'Dịch vụ công trực tuyến toàn trình có ứng dụng AI.'
    """
    line_start, line_end = _line_around(text, start)
    pipe = _boundaries(text).find("|", line_start)  # the first cell ends at the line's first "|"
    if pipe < 0 or (line_end >= 0 and pipe >= line_end):
        return None
    first = text[line_start:pipe].strip()
    if _ROW_NUMBER.fullmatch(first.strip(" \t*_")) and pipe < start:
        following = text.find("|", pipe + 1, start)
        second = text[pipe + 1:following].strip() if following >= 0 else ""
        if _LETTERS.search(second):
            return second
    return first or None


#: A table row's own number, a cell of its own ("1", "2.", "IV", "a)"; its markup stripped first).
_ROW_NUMBER = regex.compile(r"(?:\d{1,3}+|[IVXL]{1,6}+|" + _ITEM_LETTER + r")[.)]?+")


@cache
def _indicator_patterns() -> dict[str, regex.Pattern]:
    strip = alternation(word_list("targets.toml", "indicator", "strip_words"))
    # a number ahead ends the phrase; a name with digits in it ("trạm phát sóng 5G") does not
    joiners = alternation(word_list("targets.toml", "rule_words", "number_ahead_joiners"))
    cues = alternation(word_list("targets.toml", "rule_words", "number_ahead_cues"))
    # … but not a rank's number: "ít nhất 8 cơ sở giáo dục đại học thuộc nhóm | 200 | đại học hàng đầu châu Á" (round 55)
    ranks = alternation(word_list("targets.toml", "indicator", "rank_nouns"))
    # … nor an age ("50% dân số từ | 15 | tuổi trở lên được đào tạo …"): what is counted, qualified
    number_ahead = r"|(?<!(?<![\p{L}\p{M}])(?i:" + ranks + r"))\s(?:" + joiners + r"|,)?\s*(?:" + cues \
        + r")?\s*\d(?![\d.,]*\p{L})(?!" + _age_ahead() + ")"
    # "phòng, chống": a comma inside a collocation does not end the phrase
    continued = "|".join(regex.escape(c.split(",")[0]) + "," + r"(?=\s*" + regex.escape(c.split(",")[1].strip()) + ")"
                         for c in _config()["indicator"]["comma_continuations"])
    continued = f"(?i:{continued})"
    # … and so does the source the figure is set by, after it ("… đạt 8,3-8,5% | theo chỉ đạo của Thủ tướng Chính
    # phủ": what is measured is named before; round 57)
    attribution = r"|(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "indicator", "attribution_words")) \
        + r")(?![\p{L}\p{M}])"
    return {
        "edges": regex.compile(r"^(?i:(?:" + strip + r")(?!\p{L})\s*)+|(?:\s+(?i:" + strip + r"))+$"),
        # a comma right after a share ends its phrase: what follows is the next clause ("… IPv6 đạt 70%, giữ vững …")
        # … and so does a closing bracket: the number stood inside it ("(đơn giản hóa 01 TTHC)")
        "cut_percent": regex.compile(r"^[ \t]*,|[;.:()\n|/]" + number_ahead + attribution),
        "cut_count": regex.compile(r"[;.:()\n|/]|,(?<!" + continued + r")" + number_ahead + attribution),
        "trailing_cue": regex.compile(r"^\s*(?:" + alternation(word_list("targets.toml", "rule_words", "trailing_cues"))
                                      + r")\s*"),
        # what joins two figures' phrases: a comma or a joiner word ("và"); the edge words that end the words before a
        # figure ("Công suất: | khoảng | 10,0 …")
        "joiner": regex.compile(r",|(?<![\p{L}\p{M}])(?i:" + joiners + r")(?![\p{L}\p{M}])"),
        "trailing_edge": regex.compile(r"(?<![\p{L}\p{M}])(?:(?i:" + strip + r")[ \t]*+)+$"),
    }


@cache
def _qualifier_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    ranks = alternation(word_list("targets.toml", "indicator", "rank_nouns"))
    return (regex.compile(r"(?<![\p{L}\p{M}])(?i:" + ranks + r")[ \t]+$"), regex.compile(_age_ahead()))


def _age_ahead() -> str:
    """The rest of a number that gives an age ([indicator] qualifier_units, qualifier_unit_parts,
    qualifier_range_joiners), read from its next digit: "15 | tuổi", "24 | tháng tuổi", "06 | tháng đến 36 tháng tuổi",
    "6 | đến 36 tháng tuổi"."""
    ages = alternation(word_list("targets.toml", "indicator", "qualifier_units"))
    parts = alternation(word_list("targets.toml", "indicator", "qualifier_unit_parts"))
    joiners = alternation(word_list("targets.toml", "indicator", "qualifier_range_joiners"))
    part = r"(?:[ \t]+(?i:" + parts + r"))?"
    return r"[\d.,]*" + part + r"(?:[ \t]*(?i:" + joiners + r")[ \t]*\d[\d.,]*" + part + r")?[ \t]+(?i:" + ages \
        + r")(?![\p{L}\p{M}])"


def qualifies_indicator(text: str, at: int) -> bool:
    """Whether the number at ``at`` qualifies what the figure before it measures rather than ending it (round 55): a
    rank's number after a rank noun ([indicator] rank_nouns: "ít nhất 8 cơ sở giáo dục đại học thuộc nhóm | 200 | đại
    học hàng đầu châu Á", "đạt chuẩn phổ cập giáo dục tiểu học mức độ | 3"), an age ([indicator] qualifier_units:
    "50% dân số từ | 15 | tuổi trở lên được đào tạo …").

    >>> t = "ít nhất 8 cơ sở thuộc nhóm 200 đại học"
    >>> qualifies_indicator(t, t.index("200"))
    True
    """
    rank, age = _qualifier_patterns()
    # both bounded: the regex module looks for a pattern's required literal (the age word) up to endpos, so an open end
    # made every number of a document scan the rest of it
    return rank.search(text, max(0, at - 20), at) is not None or age.match(text, at + 1, at + 40) is not None


@cache
def _share_base() -> regex.Pattern:
    return regex.compile(r"(?i:" + alternation(word_list("targets.toml", "indicator", "share_bases")) + r")(?!\p{L})")


def _item_label(text: str, start: int) -> Optional[str]:
    """The label of the list item or line holding ``start``: "Ngân sách trung ương" in "- Ngân sách trung ương:
    để thực hiện …, chiếm khoảng 75%"."""
    line_start = text.rfind("\n", max(0, start - 600), start) + 1
    match = _ITEM_LABEL.match(text, line_start, start)
    return match["label"] if match else None


_CELLS_BACK = 4  # how many cells before a figure's own cell its row's label may be


_CELL_CHARS = 600  # the longest cell read back


def _cell_row_label(text: str, start: int, end: int) -> Optional[str]:
    """In a table flattened one cell per line between ``|`` lines, the nearest cell before the figure's own that names
    something — not a number (the row's number, "4"), not the unit column ("%"), within the row (two ``|`` lines in a
    row end it): "| 4 | Tỉ lệ nhiệm vụ … trên môi trường điện tử. | % | 100% |" → "Tỉ lệ nhiệm vụ … trên môi trường
    điện tử"."""
    line_start, line_end = _line_around(text, start)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].strip() != text[start:end].strip() or not text.startswith("\n|\n", line_start - 3):
        return None  # the figure is not a cell of its own
    cursor = line_start - 3  # the newline before the "|" line above the figure
    floor = max(0, cursor - _CELLS_BACK * _CELL_CHARS)
    cell: list[str] = []
    cells = 0
    while cursor > floor:
        previous = text.rfind("\n", floor, cursor) + 1
        line = text[previous:cursor].strip()
        cursor = previous - 1
        if line != "|":
            cell.insert(0, line)
            continue
        if not cell:
            return None  # an empty cell: the row's start
        words = " ".join(" ".join(cell).split())
        if _LETTERS.search(words) and len(words.split()) > 1:
            return words.rstrip(" .;:")
        cell, cells = [], cells + 1
        if cells >= _CELLS_BACK:
            return None
    return None


@cache
def _measure_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _config()["indicator"]
    opening = regex.compile(_ITEM_PREFIX + r"(?=(?i:" + alternation(cfg["measure_nouns"]) + r")(?![\p{L}\p{M}]))")
    # (not the second word of a phrase a tail word ends: "… trình độ cao đẳng, đại học trở lên | đạt 24%")
    kept = alternation(cfg["tails_kept_after"])
    tail = regex.compile(r"(?:(?<!(?<![\p{L}\p{M}])(?i:" + kept + r"))[ \t,]+(?i:" + alternation(cfg["measure_tails"])
                         + r"))+[ \t,]*$")
    return opening, tail


def _measure_line(text: str, start: int) -> Optional[str]:
    """What a share measures when its line opens with a measure noun and no number comes before it: "- Tỉ lệ che phủ
    rừng ổn định ở mức | 42%" → "Tỉ lệ che phủ rừng ổn định"; None otherwise."""
    line_start = _line_start_within(text, start, _MEASURE_LINE_CHARS)
    if line_start is None:
        return None
    opening, tail = _measure_patterns()
    found = opening.match(text, line_start, start)
    if found is None and line_start > 1 and text[line_start - 2] not in "\n.;:":
        # "(10) Tỷ lệ bệnh viện triển khai bệnh án điện tử đạt" ⏎ "100%;": a line wrapped by the conversion
        above = text.rfind("\n", max(0, line_start - 1 - _MEASURE_LINE_CHARS), line_start - 1)
        if above >= 0 or line_start - 1 <= _MEASURE_LINE_CHARS:
            found = opening.match(text, above + 1, start)
    if found is None:
        found = _measure_clause_opening(text, line_start, start)
    if found is None:
        return None
    phrase = text[found.end():start]
    if _holds_figure(text, found.end(), start) \
            or len(_BRACKETED.sub("", phrase).split()) > int(_config()["indicator"]["measure_words"]):
        return None  # not the line's first number, or too far from the noun (an aside in brackets adds no distance)
    phrase = tail.sub("", " " + phrase).strip(" ,")
    return phrase if len(phrase.split()) >= 2 else None


_DIGIT = regex.compile(r"\d")
#: The first digit of a number standing alone: not one glued to letters, a name's ("5G", "IPv6").
_DIGIT_RUN = regex.compile(r"(?<![\d.,\p{L}])\d(?![\d.,]*\p{L})")


def _holds_figure(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` holds a number other than one that qualifies what is measured (an age, a rank:
    ``qualifies_indicator``) or one inside a name: "Tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi giảm còn | 20%", "Tỷ lệ
    phủ sóng 5G trên địa bàn đạt | 100%" hold none (round 56)."""
    return any(not qualifies_indicator(text, m.start()) for m in _DIGIT_RUN.finditer(text, begin, end))


#: A short lead before a clause's subject, up to its comma ("Hàng năm, | số vụ …", "Đến năm 2030, | tỷ lệ …").
_CLAUSE_LEAD = r"(?:[^,;:\n]{1,30}?,[ \t]*)?"


def _measure_clause_opening(text: str, line_start: int, start: int) -> Optional[regex.Match]:
    """The measure noun that opens the clause of a share when the line does not open with one (round 56): the clause
    after the last semicolon of the line, or the line's own clause after a short lead ending with a comma: "Hàng năm,
    | số vụ phạm tội về ma túy được phát hiện, bắt giữ … tăng trên 03%; | số vụ … bắt giữ tăng trên 03%"."""
    semicolon = text.rfind(";", line_start, start)
    clause = semicolon + 1 if semicolon >= 0 else line_start
    return _clause_opening().match(text, clause, start)


@cache
def _clause_opening() -> regex.Pattern:
    return regex.compile(r"[ \t*_]*" + _CLAUSE_LEAD + r"(?=(?i:" + alternation(_config()["indicator"]["measure_nouns"])
                         + r")(?![\p{L}\p{M}]))")


@cache
def _rate_noun() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(_config()["indicator"]["rate_nouns"]) + r")(?![\p{L}\p{M}])")


_RATE_CHARS = 160  # how far back a rate's noun may name the share that follows
_RATE_STOP = regex.compile(r"[.;:\n]")
_BRACKETED = regex.compile(r"\([^()\n]*\)")


def _rate_named_before(text: str, start: int) -> Optional[str]:
    """What a share measures when a rate's noun names it before the figure in its clause, words between (round 53):
    "phấn đấu tỷ lệ cán bộ trẻ (dưới 42 tuổi …) | từ 10% trở lên" → "tỷ lệ cán bộ trẻ (dưới 42 tuổi …)", "đạt tỷ lệ cấp
    ủy viên nữ | từ 15% trở lên và có cán bộ nữ …" → "tỷ lệ cấp ủy viên nữ" — no other number outside brackets, no
    clause mark between; the words that lead to the figure ([indicator] measure_tails) left out.

    >>> t = "Phấn đấu tỷ lệ cán bộ trẻ (dưới 42 tuổi) từ 10% trở lên."
    >>> _rate_named_before(t, t.index("từ 10"))
    'tỷ lệ cán bộ trẻ (dưới 42 tuổi)'
    """
    floor = max(0, start - _RATE_CHARS)
    stop = max((m.end() for m in _RATE_STOP.finditer(text, floor, start)), default=floor)
    nouns = list(_rate_noun().finditer(text, stop, start))
    if not nouns:
        return None
    phrase = text[nouns[-1].start():start]
    if _DIGIT.search(_BRACKETED.sub("", phrase)):
        return None  # another figure between: it is that one's rate
    _, tail = _measure_patterns()
    phrase = tail.sub("", " " + phrase).strip(" ,")
    return phrase if len(phrase.split()) > 2 else None


_MEASURE_LINE_CHARS = 600  # how far back a share's line may start for its measure noun to count


def _indicator(text: str, start: int, end: int, unit: Optional[str], percent: bool, next_start: int) -> Optional[str]:
    """What the figure ``text[start:end]`` measures (module docstring), a count's multiplier left out of it."""
    phrase = _indicator_phrase(text, start, end, unit, percent, next_start)
    phrase = _without_due_phrase(phrase) if phrase else phrase
    return _without_multiplier(phrase, unit) if phrase and unit and not percent else phrase


_FRAMING_WORDS = 2  # the fewest words of what is measured after a due phrase for the words before it to be a frame


def _without_due_phrase(indicator: str) -> Optional[str]:
    """An indicator without the due phrase read into it ([deadline] pattern; the year is the target's ``deadline``):
    a news lead frames the figures with it ("Nghị quyết 68 đặt ra mục tiêu đến năm 2030 kinh tế tư nhân đóng góp …
    GDP" → "kinh tế tư nhân đóng góp … GDP"), a summary closes its measure with it ("mục tiêu tỉ lệ giao dịch không
    dùng tiền mặt đến năm 2030" → "mục tiêu tỉ lệ giao dịch không dùng tiền mặt"; round 57).

    >>> _without_due_phrase("Theo đó, Nghị quyết 68 đặt ra mục tiêu đến năm 2030, chỉ tiêu đóng góp của kinh tế tư nhân")
    'chỉ tiêu đóng góp của kinh tế tư nhân'
    >>> _without_due_phrase("nguồn nhân lực nghiên cứu khoa học đến năm 2030 đạt mức")
    'nguồn nhân lực nghiên cứu khoa học'
    >>> _without_due_phrase("tổng giá trị sản phẩm trái cây tham gia xuất khẩu đến năm 2030 dự kiến")
    'tổng giá trị sản phẩm trái cây tham gia xuất khẩu'
    """
    match = None
    for match in _patterns()["deadline"].finditer(indicator):
        pass
    if match is None:
        return indicator
    edges = _indicator_patterns()["edges"]
    after = edges.sub("", indicator[match.end():].strip(" ,;:")).strip(" ,;:")
    before = edges.sub("", indicator[:match.start()].strip(" ,;:")).strip(" ,;:")
    if len(_LETTERS.findall(after)) >= _FRAMING_WORDS and (not before or _due_frame().search(before)):
        return after  # "… đặt ra mục tiêu | đến năm 2030 | kinh tế tư nhân đóng góp …"
    return before or indicator  # "tổng giá trị … tham gia xuất khẩu | đến năm 2030 | dự kiến đạt trên"


@cache
def _due_frame() -> regex.Pattern:
    """The words of an aim's frame right before its due phrase ([indicator] due_frame_words)."""
    words = alternation(word_list("targets.toml", "indicator", "due_frame_words"))
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + words + r")$")


def _without_multiplier(indicator: str, unit: str) -> Optional[str]:
    """A count in millions or thousands counts the noun, not the multiplier ([indicator] count_multipliers): "phấn đấu có
    2 | triệu doanh nghiệp hoạt động trong nền kinh tế" → "doanh nghiệp hoạt động trong nền kinh tế", "đào tạo nghề
    cho khoảng 1,5 | triệu lao động nông thôn" → "lao động nông thôn"; a sum of money keeps it ("triệu đồng")."""
    rest = _counted_noun(unit)
    if rest is None:
        return indicator
    # (not a multiplier after a number of its own: "… từ 1 triệu km2 … xuống còn")
    found = regex.search(r"(?<![\p{L}\p{M}]|\d[ \t]*)" + regex.escape(unit.split()[0]) + r"[ \t]+(?="
                         + regex.escape(rest.split("/")[0]) + r"(?![\p{L}\p{M}]))", indicator, flags=regex.IGNORECASE)
    if found is None:
        return indicator
    stripped = (indicator[:found.start()] + indicator[found.end():]).strip()
    return stripped or indicator


def _counted_noun(unit: str) -> Optional[str]:
    """The noun a count in thousands or millions counts ("triệu doanh nghiệp" → "doanh nghiệp", "nghìn tấn" → "tấn"),
    or None: no multiplier first, a sum of money ("triệu đồng", "nghìn tỷ"), a table's cells read as one unit ("triệu
    | 1971")."""
    words = unit.lower().split()
    if len(words) < 2 or words[0] not in _config()["indicator"]["count_multipliers"] or _names_currency(unit) \
            or words[1] in _unit_tables()["money_multipliers"] or "|" in unit:
        return None
    return " ".join(words[1:])


def _indicator_phrase(text: str, start: int, end: int, unit: Optional[str], percent: bool,
                      next_start: int) -> Optional[str]:
    cfg = _config()["indicator"]
    patterns = _indicator_patterns()
    row_label = _table_row_label(text, start) or _cell_row_label(text, start, end)
    if row_label:
        return row_label
    if unit and _names_currency(unit):
        money = _money_indicator(text, start)
        if money is not None and money.lower() in _config()["indicator"]["money_nouns"] \
                or money is None and _spelled_amount().match(text, end) and not _words_before(text, start):
            # a bare money noun (or none) before the sum: what it is for follows it, after its amount in words
            # ("Dự toán 53.554 tỷ đồng (năm mươi ba nghìn, …) | bổ sung cho các địa phương …")
            purpose = _purpose_after(text, end, next_start)
            if purpose:
                return f"{money} {purpose}" if money else purpose
        if money:
            return money
    after_from = end if percent else end - len(unit or "")
    after = _without_alias_brackets(text[after_from:min(next_start, after_from + 300)])
    counted = None if percent else without_population_base(text, start, end, unit)
    if counted is not None:
        # a count per population reads on from its noun, its base left out ("12 người trên một vạn dân; …" →
        # "người; …", what it measures then read before it)
        after = _without_alias_brackets(counted + text[end:min(next_start, end + 300)])
    listing = unit is not None and unit.split(",")[0] in _config()["indicator"]["list_units"]
    cut = patterns["cut_percent" if percent or listing else "cut_count"].search(_asides_masked(after),
                                                                               _paired_unit_length(after, unit))
    phrase = after[:cut.start()] if cut else after
    phrase = patterns["trailing_cue"].sub("", phrase)

    def tidy(value: str) -> str:
        value = _OPENING_ITEM_MARK.sub("", " ".join(value.split()[: cfg["max_words"]])).strip(" ,-|")
        return patterns["edges"].sub("", value).strip(" ,|")  # "|" a table's cell border

    if percent:
        measured = _measure_line(text, start)
        if measured is None and (len(tidy(phrase)) >= 3
                                 or not _rate_noun().search(text, _clause_before(text, start), start)):
            # (a share that ends its clause, its rate in that clause, is read from the clause as before: "- Tăng tỷ
            # lệ lao động nữ làm công hưởng lương đạt 50%")
            measured = _rate_named_before(text, start)
        if measured:
            return tidy(measured)  # "- Tỉ lệ che phủ rừng ổn định ở mức 42%": what the line opens with
    value = tidy(phrase)
    if value.lower() == cfg["year_word"]:
        value = ""  # "Tỷ lệ nữ đại biểu đạt 35% | năm | 2025": the due year's word, what it measures is before
    base = None  # the total a share is of, when what it measures is read before it
    if percent and _share_base().match(value):
        # a share of a total ("Ngân sách trung ương: …, chiếm khoảng 75%-80% tổng vốn đầu tư"): what the share
        # measures is the item's label, not the total
        label = _item_label(text, start)
        if label:
            return tidy(label)
        base, value = value, ""
    # the words after the number are only its unit, or a rate's first part ("01 lần/năm": "lần")
    bare = not value or (unit is not None and value.lower() in (unit.lower(), unit.lower().split("/")[0]))
    if percent and len(value) < 3 or (not percent and bare):
        # the number ends its clause: what it measures comes before ("tỷ lệ … là 78%", "tạo việc làm cho 5.000 người")
        begin = _clause_over_brackets(text, start)
        anchor = start  # where the words of the clause end
        cut_number = _inside_number(text, begin - 1)
        if cut_number and not _change_start().search(
                " ".join(text[_clause_before(text, start, over_numbers=True):start].split()[-cfg["max_words"]:])):
            # the clause was cut at an earlier figure's own comma or point ("khoảng 10,0 triệu hành khách/năm và |
            # 25.000 tấn …"): it begins after that figure, or, with no words of its own between, the two figures
            # measure what that figure's clause names (round 54)
            begin, anchor = _after_earlier_figure(text, begin, start)
            cut_number = False
        if begin > 0 and text[begin - 1] == ":" and not text[begin:anchor].strip():
            label = _list_label(text, begin - 1)
            if label:
                return tidy(label)
        words = " ".join(text[begin:anchor].split()[-cfg["max_words"]:])
        # the clause read over numbers' own points and commas only where one cut it (else it is the same words)
        whole = " ".join(text[_clause_before(text, start, over_numbers=True):start].split()[-cfg["max_words"]:]) \
            if cut_number else words
        if _change_start().search(whole):
            # the second number of a change measures what the clause names before the change starts ("Tỷ lệ hộ
            # nghèo giảm | từ 5,2% xuống còn | 3,1%"), over the first number's own comma
            words = _change_start().sub("", whole)
        before = tidy(words)
        if base:
            # the clause names what the share measures, the total it is a share of after it (round 55): "Quy mô
            # kinh tế số đạt tối thiểu | 30% | GDP" → "Quy mô kinh tế số … GDP"; a share whose clause names nothing
            # (its verb shared with the figure before: "đóng góp khoảng 55 - 58% GDP, | khoảng 35 - 40% | tổng thu
            # ngân sách nhà nước") measures the total's part it is
            base = base.split(",")[0].strip()
            return f"{before} … {base}" if before else base
        # a count names what it counts after the clause ("tạo việc làm cho | 5.000 người" → "tạo việc làm cho người");
        # a sum of money or a rate measures the clause, no noun of it ("Mức trợ cấp hằng tháng là | 600.000
        # đồng/người/tháng" → "Mức trợ cấp hằng tháng")
        if before and unit is not None and _is_size_unit(unit):
            # a size measures the property named right before it ("02 cầu cảng … với | tổng chiều dài | 740 m",
            # "Dự án dự kiến có | tổng chiều dài | khoảng 53,8km"), after the last word that leads to it
            cuts = list(_size_cut().finditer(before))
            value = tidy(before[cuts[-1].end():]) if cuts else before
            value = value or before
        elif percent or (before and (unit is None or _is_measure_unit(unit))):
            value = before
        else:
            as_written = text[end - len(unit):end] if unit else None
            written = as_written if as_written is not None and as_written.lower() == unit.lower() else unit
            value = before if before and written and _names_noun(before, written) \
                else f"{before} {written}".strip() if before else (written or "")
    elif not percent and unit and not value.lower().startswith(unit.split(",")[0].split()[0]):
        value = f"{unit} {value}".strip()
    return value or None


def _paired_unit_length(after: str, unit: Optional[str]) -> int:
    """How many characters of ``after`` (the words from a count's unit on) its unit takes when that unit is a pair of
    nouns joined by a comma, else 0: the unit's own comma does not end what the count measures (round 56): "08 | bộ, cơ
    quan | đã sửa đổi …" → "bộ, cơ quan đã sửa đổi …", "80 | công trình, dự án | khởi công …".

    >>> _paired_unit_length("bộ, cơ quan đã sửa đổi, bổ sung", "bộ, cơ quan")
    11
    >>> _paired_unit_length("lớp tập huấn", "lớp")
    0
    """
    if not unit or "," not in unit:
        return 0
    written = _written_pair(unit).match(after)
    return written.end() if written else 0


@lru_cache(maxsize=256)
def _written_pair(unit: str) -> regex.Pattern:
    """A paired unit as written, its parts joined by a comma ("bộ, cơ quan"), in any case (compiled once per unit)."""
    return regex.compile(r"[ \t]*" + r",[ \t]*".join(regex.escape(part.strip()) for part in unit.split(",")),
                         regex.IGNORECASE)


_NUMBER_TAIL = regex.compile(r"[\d.,]*\d")
#: The number that ends a text: its run of digits, points and commas entered at its start only (one try per run).
_NUMBER_HEAD = regex.compile(r"(?:\G|(?<![\d.,]))[.,]*+(?P<number>\d[\d.,]*+)$")
_PERCENT_MARK = regex.compile(r"[ \t]*%(?:[ \t]*/[ \t]*\p{L}+)?")


def _after_earlier_figure(text: str, begin: int, start: int) -> tuple[int, int]:
    """The words (``(begin, end)``) that say what a figure at ``start`` measures when the clause search stopped at
    ``begin``, inside an earlier figure's number (after its own comma or point): those after that figure's number and
    unit and its last joiner when words of their own stand there ("tiếp tục sử dụng 33.956 trụ sở và | dôi dư |
    4.226 trụ sở"; not those before the joiner: "760,64 ha diện tích tự nhiên và 15.009 nhân khẩu"), else
    those before the earlier figure, in its clause (no word but a joiner between: "Công suất đạt | khoảng 10,0 triệu
    hành khách/năm và 25.000 tấn hàng hóa/năm" — both measure the capacity).

    >>> t = "Công suất đạt 1,5 triệu tấn và 25.000 hành khách"
    >>> begin, end = _after_earlier_figure(t, t.index("5 triệu"), t.index("25.000"))
    >>> t[begin:end]
    'Công suất '
    """
    tail = _NUMBER_TAIL.match(text, begin)
    after = tail.end() if tail else begin
    mark = _PERCENT_MARK.match(text, after)
    unit = None if mark else read_unit(text, after)
    if unit is not None and (unit.end > start or text[unit.end - len(unit.text)].isupper()):
        unit = None  # a name after a section's number ("tiểu mục 3.2.2 | Mục IV …"), no unit
    after = mark.end() if mark else unit.end if unit is not None else after
    joiners = list(_indicator_patterns()["joiner"].finditer(text, after, start))
    own = joiners[-1].end() if joiners else after  # the words after the last joiner are this figure's own
    gap = _indicator_patterns()["edges"].sub("", " ".join(text[own:start].split()).strip(" ,;-")).strip(" ,")
    if _LETTERS.search(gap):
        return own, start
    head = _NUMBER_HEAD.search(text, max(0, begin - 40), begin)
    earlier = head.start("number") if head else begin - 1
    clause = _clause_before(text, earlier, over_numbers=True)
    cue = _indicator_patterns()["trailing_edge"].search(text, clause, earlier)  # the earlier comparator: "khoảng"
    return clause, cue.start() if cue else earlier


def _names_noun(words: str, noun: str) -> bool:
    """Whether the clause before a count names its noun already: "Số bác sĩ trên 1 vạn dân đạt khoảng | 15,3 bác sĩ"
    measures "Số bác sĩ trên 1 vạn dân" (the noun is not written twice) — not as another number's unit ("sắp xếp 403
    đơn vị hành chính cấp xã để hình thành | 121 đơn vị hành chính cấp xã")."""
    return regex.search(r"(?<![\p{L}\p{M}]|\d[ \t]*)" + regex.escape(noun) + r"(?![\p{L}\p{M}])", words,
                        flags=regex.IGNORECASE) is not None


@cache
def _size_cut() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "indicator", "size_cut_words"))
    return regex.compile(r"(?i:(?<!\p{L})(?:" + words + r"))(?!\p{L})")


@cache
def _spelled_amount() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "indicator", "spelled_amount_words"))
    return regex.compile(r"[ \t]*+\((?=[^()\n]*(?<![\p{L}\p{M}])(?i:" + words + r")(?![\p{L}\p{M}]))"
                         r"[\p{L}\p{M} ,\-–]{3,200}\)")


#: The words a sum of money is for, read after it: a lower-case word first.
_PURPOSE_START = regex.compile(r"[ \t]*+(?=\p{Ll})")


def _words_before(text: str, start: int) -> str:
    """The words of the clause before ``start``, list marks and edge words ("khoảng", "là") left out."""
    words = _OPENING_ITEM_MARK.sub("", " ".join(text[_clause_before(text, start):start].split())).strip(" ,-+*_|")
    return _indicator_patterns()["edges"].sub("", words).strip(" ,")


def _purpose_after(text: str, end: int, next_start: int) -> Optional[str]:
    """What a sum of money is for or where it comes from, written after it and after its amount in words: "+ 5.360 tỷ
    đồng (năm nghìn, ba trăm sáu mươi tỷ đồng) | nguồn vốn ngân sách trung ương trong Kế hoạch …"; None when the
    clause ends there or a capital follows.

    >>> _purpose_after("Dự toán 238.421 tỷ đồng (hai trăm ba mươi tám nghìn tỷ đồng) để bổ sung cân đối ngân sách.", 23, 99)
    'để bổ sung cân đối ngân sách'
    """
    spelled = _spelled_amount().match(text, end)
    cursor = spelled.end() if spelled else end
    opening = _PURPOSE_START.match(text, cursor)
    if opening is None:
        return None
    after = text[opening.end():min(next_start, opening.end() + 300)]
    cut = _indicator_patterns()["cut_count"].search(after)
    phrase = " ".join((after[:cut.start()] if cut else after).split()[:_config()["indicator"]["max_words"]])
    phrase = phrase.strip(" ,-*_")
    return phrase if len(phrase.split()) >= 2 else None


def _is_size_unit(unit: str) -> bool:
    """Whether a unit measures a size — a length, an area, a volume, a weight, a power ("m", "km", "ha", "tấn",
    "MW"): like a sum of money, it measures a property the clause names before the number, not a counted noun."""
    return unit.lower() in _size_units() or (_counted_noun(unit) or "") in _size_units()  # "nghìn tấn", "triệu m3"


@cache
def _size_units() -> frozenset[str]:
    return frozenset(u.lower() for u in word_list("targets.toml", "indicator", "size_units"))


def _is_measure_unit(unit: str) -> bool:
    """Whether a unit measures rather than names what is counted: money ("triệu đồng", "USD"), a rate with its
    per-unit ("lần/năm", "đồng/người/ngày") or a change in percentage points ("Tỷ lệ hộ nghèo … giảm 1 - 1,5 điểm %":
    what it measures is the rate the clause names)."""
    return "/" in unit or "%" in unit or _names_currency(unit)


def _names_currency(unit: str) -> bool:
    """Whether a unit ends in a currency, of one word or more ("tỷ đồng", "USD", "đô la Mỹ"): the units' own
    lower-cased table, its longest currency of three words."""
    words = unit.lower().split()
    return any(" ".join(words[-size:]) in _unit_tables()["currency"] for size in (1, 2, 3) if len(words) >= size)


_SENTENCE_END = regex.compile(r"[.;:!?\n]")


def complete_elliptic_head(text: str, previous_end: int, previous_unit: Optional[str], start: int,
                           unit: Optional[str], indicator: Optional[str]) -> Optional[str]:
    """A count whose unit is only the head of the unit an earlier count of its sentence wrote out names that noun
    in short: "hình thành 126 đơn vị hành chính cấp xã mới (75 xã, 51 phường), giảm 400 đơn vị" — the second count
    measures "đơn vị hành chính cấp xã", so its indicator takes the whole noun ("giảm đơn vị hành chính cấp xã").
    ``indicator`` is returned unchanged otherwise, and when words after the count qualify it themselves ("… 2 tàu
    chiến …, 3 tàu tuần dương")."""
    if not indicator or not unit or not previous_unit or "/" in unit \
            or not previous_unit.lower().startswith(unit.lower() + " ") \
            or _SENTENCE_END.search(text, previous_end, start):
        return indicator
    words = unit.lower().split()
    tokens = indicator.split()
    if [t.lower() for t in tokens[-len(words):]] != words or previous_unit.lower() in indicator.lower():
        return indicator  # the words after the count qualify it themselves ("3 tàu | tuần dương"), or the whole
        # noun is in it already
    written = text[previous_end - len(previous_unit):previous_end]
    whole = written if written.lower() == previous_unit.lower() else previous_unit
    return " ".join(tokens[:-len(words)] + [whole])
