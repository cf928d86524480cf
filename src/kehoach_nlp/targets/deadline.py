"""The year a target is due (SPEC §5 ``deadline``).

Takes: the document structure and the target's span. Gives: the year stated
with the target (``… 100% xã đạt chuẩn vào năm 2026``), opening its sentence or
list item (``Đến năm 2030, …``), in its list's lead-in (``Phấn đấu đến hết năm
2025, đạt các chỉ tiêu sau:``), in the heading or dated sub-heading it sits under
(``2. Chỉ tiêu cụ thể đến năm 2030``) or in its table column (``| Năm 2026 |``);
never from the plan's title or period (that is ``info.period``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Optional

import regex

from ..records import Section
from ..rules import alternation, data_pattern, word_list
from ..structure import DocumentStructure
from ..task_tables import cell_runs
from ..caching import per_text
from .clauses import (
    _RULE_WINDOW, _boundaries, _clause_window, _config, _lead_ins, _line_around, _outer_lead_ins, _patterns,
    _sentence, _title_lines, open_quotation,
)


def _deadline(doc: DocumentStructure, start: int, end: int, lower: int = 0, upper: Optional[int] = None,
              aimed: bool = True, money: bool = False) -> Optional[int]:
    """The due year (SPEC §5), from the nearest place that states it: the target's own clause (its sentence, not
    past the neighbouring targets; for an aim, also a year stated before the clause's first target), the year heading
    its table column, its list's lead-in, for an aim a subhead the tree does not hold, then the headings of the
    sections it sits in, innermost first — never the plan's title.

    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("(1) Mục tiêu đến hết năm 2026:\\n- Hoàn thành quy hoạch.\\n- 100% xã có trạm.\\n")
    >>> _deadline(doc, doc.text.index("100%"), doc.text.index("100%") + 4)
    2026
    """
    text = doc.text
    pattern = _patterns()["deadline"]
    s_start, s_end = _clause_window(text, start, end)
    s_start = max(s_start, lower)
    s_end = min(s_end, upper) if upper is not None else s_end
    span = _patterns()["period_span"]
    match = _due_phrase(text, s_start, max(s_start, s_end), start) or _phase_outside_brackets(text, s_start, s_end) \
        or _patterns()["year_right_after"].match(text, end)
    bare = _clause_year(text, start, end, s_start, s_end) if aimed else None
    if bare is not None and (match is None or end <= bare.start() < match.start()):
        # "phấn đấu đạt 20% xã, phường … | năm 2025 |, bảo đảm đến hết năm 2030 đạt 50% …": the nearer year
        return int(bare.group(1))
    if match:
        return int(match.group(1))
    year = _trailing_due_year(text, start, end)
    if year is None:
        year = _sentence_opening_year(text, start, aimed)
    if year is None and aimed:
        year = _shared_due_year(text, start, end)
    if year is None:
        year = _wrapped_span_year(text, start)
    if year is None:
        year = _column_year(text, start)
    if year is None:
        year = _group_row_year(text, start)
    if year is not None:
        return year
    for lead_in in _lead_ins(text, start):
        match = pattern.search(lead_in) or _patterns()["period_lead_in"].match(lead_in) or span.search(lead_in) \
            or _patterns()["total_year"].search(lead_in) or (_aims_year(lead_in) if aimed else None) \
            or (_budget_year(lead_in) if aimed and money else None)
        if match:
            return int(match.group(1))
    for lead_in in _outer_lead_ins(text, start):  # (a due year's words only: a period further up is the funds')
        match = pattern.search(lead_in)
        if match:
            return int(match.group(1))
    year = _subhead_year(doc, start) if aimed else None
    if year is not None:
        return year
    for section in reversed(doc.path_at(start)):
        if section.kind == "preamble" or not section.heading:
            continue
        heading = section.heading + " " + _title_lines(text, section.start, start)
        match = pattern.search(heading) or _heading_period(heading, doc.headingless) \
            or (_aims_year(heading) if aimed else None) or (_budget_year(heading) if aimed and money else None)
        if match:
            return int(match.group(1))
    return None


@cache
def _start_verb() -> regex.Pattern:
    verbs = alternation(word_list("targets.toml", "deadline", "start_verbs"))
    return regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + verbs + r"))[ \t]*+$")


@cache
def _result_past() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "deadline", "result_past_words"))
                         + r")(?![\p{L}\p{M}])")


@cache
def _result_as_of() -> regex.Pattern:
    """A word of an as-of count right before a due phrase ("Lũy kế | đến hết năm 2013")."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "deadline", "result_as_of_words"))
                         + r")[ \t]*+$")


def _dates_a_result(text: str, start: int, end: int, year: Optional[int]) -> bool:
    """Whether ``year`` is a due phrase of the figure's own sentence, before it, with a past word between them or an
    as-of word right before it: the date of a result, not its due year.

    >>> t = "Đến cuối năm 1962 đã có gần 4.000 cuộc hành quân."
    >>> _dates_a_result(t, t.index("gần"), t.index(" cuộc"), 1962)
    True
    >>> t = "Lũy kế đến hết năm 2013 toàn tỉnh có 675 dự án còn hiệu lực."
    >>> _dates_a_result(t, t.index("675"), t.index(" dự"), 2013)
    True
    >>> t = "Phấn đấu đến năm 2030 có 500 mô hình."
    >>> _dates_a_result(t, t.index("500"), t.index(" mô"), 2030)
    False
    """
    if year is None:
        return False
    s_start, _ = _clause_window(text, start, end)
    for match in _patterns()["deadline"].finditer(text, s_start, start):
        if int(match.group(1)) == year and (_result_past().search(text, match.end(), start)
                                            or _result_as_of().search(text, max(0, match.start() - 12), match.start())):
            return True
    return False


def _quoted_apart(text: str, start: int, end: int, at: int, target: Optional[int]) -> bool:
    """Whether ``at`` stands inside a quotation within ``text[start:end]`` that does not hold the target at
    ``target``: the name of a programme or a scheme ("Đề án “Nâng cao nhận thức … đến năm 2025, định hướng đến năm
    2030”"), whose years date that document, not the figure ([slogans] quotation_pairs; round 56)."""
    if target is None:
        return False
    quotation = open_quotation(text, start, at, at, end)
    return quotation is not None and not quotation[0] < target < quotation[1]


def _due_phrase(text: str, start: int, end: int, target: Optional[int] = None) -> Optional[regex.Match]:
    """The first due phrase in ``text[start:end]`` — past one that dates a start when a later one dates the end:
    "khởi công | trong tháng 12/2025 | và phấn đấu hoàn thành chậm nhất năm 2030" → 2030 ([deadline] start_verbs).
    A start date alone is kept ("… cải tạo 100 trường, khởi công trong tháng 10 năm 2025": the dev gold's 2025).

    >>> t = "với tổng vốn 8,37 tỷ USD, khởi công trong tháng 12/2025 và phấn đấu hoàn thành chậm nhất năm 2030."
    >>> int(_due_phrase(t, 0, len(t)).group(1))
    2030
    """
    first = None
    for match in _patterns()["deadline"].finditer(text, start, end):
        if _quoted_apart(text, start, end, match.start(), target):
            continue  # a year in a quoted title: "Đề án “… đến năm 2025, định hướng đến năm 2030” | … | 1.000 người"
        if not _start_verb().search(text, max(start, match.start() - 30), match.start()):
            return match
        first = first or match
    return first


def _phase_outside_brackets(text: str, start: int, end: int) -> Optional[regex.Match]:
    """The first stated phase in ``text[start:end]`` that no bracket holds: "(theo Bộ tiêu chí … giai đoạn 2026 -
    2030)" names the period of the criteria the figure is measured by, not when it is due."""
    for match in _patterns()["period_span"].finditer(text, start, max(start, end)):
        if text.rfind("(", start, match.start()) <= text.rfind(")", start, match.start()):
            return match
    return None


_SUBHEAD_LINES = 60  # lines walked back from a target to the title line above it


_SUBHEAD_CHARS = 12000  # … and characters


_TITLE_WORDS = 20  # the longest numbered title line read as a subhead (a short item has parent_item_words)


_SENTENCE_ENDS = (".", ";", ",", "?", "!")


_BULLETS = ("-", "+", "•", "–", "—")


def _dated_subhead(doc: DocumentStructure, start: int) -> Optional["_DatedTitle"]:
    """The nearest title line above the target within its section, with its due year, when it dates the target: a short line of its own that is
    no sentence and no dash item, as a news article or a converted page writes a subhead the section tree does not
    hold ("**(2) Mục tiêu đến năm 2035**", "**- Mục tiêu đến năm 2030 **", "1. Đến năm 2030") over paragraphs and
    items (SPEC §5: the deadline stated in its heading), opening with an aim's heading word or the due phrase
    (``[deadline] subhead_words``). The nearest title line decides: one without a due year ("**(3) Nghị quyết
    71-NQ/TW năm 2025**") dates nothing; a table's lines, a lead-in's colon and an as-of date ("tính đến") neither.

    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("# Nghị quyết 68 đặt mục tiêu gì?\\n\\nMục tiêu như sau:\\n\\n*(2) Tầm nhìn đến năm 2045*\\n\\n"
    ...                       "Kinh tế tư nhân phát triển nhanh; đóng góp khoảng trên 60% GDP.\\n")
    >>> _subhead_year(doc, doc.text.index("trên 60%"))
    2045
    """
    text = doc.text
    path = doc.path_at(start)
    floor = max(_subhead_floor(doc, path[-1]) if path else 0, start - _SUBHEAD_CHARS)
    bounds = _boundaries(text)
    words = int(_config()["deadline"]["parent_item_words"])
    line_end = bounds.rfind("\n", start)
    own_line = text[line_end + 1:start].lstrip(" \t*_")
    bullets_below = {own_line[:1]} & set(_BULLETS)  # the dashes of the items walked over
    for _ in range(_SUBHEAD_LINES):
        if line_end < floor:
            return None
        line_start = bounds.rfind("\n", line_end) + 1
        line = text[line_start:line_end].strip(" \t*_#>")
        line_end = line_start - 1
        if not line:
            continue
        if "|" in line:
            return None  # a table's cells: its columns date its figures (_column_year)
        titled = _patterns()["subhead_opening"].match(line)
        # a numbered title may be longer than a short item ("1. Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026")
        numbered_title = titled is not None and not line.startswith(_BULLETS) \
            and _patterns()["numbered_title"].match(line) is not None
        if len(line.split()) > (_TITLE_WORDS if numbered_title else words) or line.endswith(_SENTENCE_ENDS):
            if line.startswith(_BULLETS):
                bullets_below.add(line[:1])
            continue  # a paragraph or a sentence: no title
        if line.endswith(":"):
            return None  # a short lead-in, which dates only its own list (_lead_ins)
        bullet = line[:1] if line.startswith(_BULLETS) else None
        if titled is None and bullet is None and line_end > floor:
            # a title wrapped over two lines ("**1. Dự báo" ⏎ "các chỉ tiêu … đến năm 2026**"): read from its first
            wrapped_start = bounds.rfind("\n", line_end) + 1
            first = text[wrapped_start:line_end].strip(" \t*_#>")
            joined = f"{first} {line}"
            opening = _patterns()["subhead_opening"].match(joined)
            if first and not first.endswith(_SENTENCE_ENDS) and len(joined.split()) <= words and opening:
                line, titled, line_end = joined, opening, wrapped_start - 1
        if titled is None or bullet in bullets_below:
            if bullet is not None:
                bullets_below.add(bullet)
                continue  # a short item ("- Xây dựng 50 trạm"), or one of the items' own list: no title
            return None  # the nearest title names no due year ("(3) Nghị quyết 71-NQ/TW năm 2025")
        # "Mục tiêu đến năm 2030", or an aim's title with the year its aims are for ("Mục tiêu cụ thể năm 2026")
        due = _patterns()["deadline"].search(line) or _aims_year(line)
        return None if due is None or _as_of(line, due, 0) else _DatedTitle(line, int(due.group(1)))
    return None


def _subhead_floor(doc: DocumentStructure, section: Section) -> int:
    """Where the walk up to a subhead stops: the start of the target's section; in a news article, the start of the
    part before it when that part is only a title line ("Mục tiêu chung đến năm 2030" read as a part of its own by its
    cue words, over the paragraph of aims it heads)."""
    if not doc.headingless:
        return section.start
    before = next((s for s in reversed(doc.sections) if s.end <= section.start), None)
    if before is None or before.kind == "preamble":
        return section.start
    title = doc.text[before.start:before.end].strip(" \t\n*_#>")
    return before.start if title and "\n" not in title and not title.endswith(_SENTENCE_ENDS) else section.start


@dataclass(frozen=True)
class _DatedTitle:
    """A subhead that dates what is under it: its line and its due year."""

    line: str
    year: int


def _subhead_year(doc: DocumentStructure, start: int) -> Optional[int]:
    title = _dated_subhead(doc, start)
    return title.year if title is not None else None


_FIGURE_AFTER = regex.compile(r"\D*?(?<![\d.,/])\d")


def _heading_period(heading: str, headingless: bool) -> Optional[regex.Match]:
    """The phase a heading names ("2. Kế hoạch phát triển giai đoạn 2026 - 2030"), or None; in a news article, not a
    phase that dates a figure the subhead states ("Dự kiến giai đoạn 2021 - 2025 là 2.702 tỷ đồng" is one
    project's cost, not the date of the costs listed under it)."""
    match = _patterns()["period_span"].search(heading)
    if match and headingless and _FIGURE_AFTER.match(heading, match.end()):
        return None
    return match


def _sentence_opening_year(text: str, start: int, aimed: bool = False) -> Optional[int]:
    """The year that opens the target's sentence ("Trong năm 2025, …; 100% …"), read within ``_RULE_WINDOW``; for an
    aim, also a bare "Năm 2025, …" when an aim's word follows it ("… với mục tiêu đạt 8% trở lên")."""
    bounds = _boundaries(text)
    left = max(bounds.rfind(". ", start), bounds.rfind("\n", start)) + 1
    if start - left > _RULE_WINDOW:
        return None
    match = _patterns()["sentence_opening"].match(text, left, start)
    if match is None and aimed:
        match = _patterns()["bare_opening"].match(text, left, start)
        if match is not None and not _bare_opening_aims().search(text, match.end(), start):
            match = None
    if match is None and aimed:
        match = _item_opening_year(text, left, start)
    return int(match.group(1)) if match else None


def _item_opening_year(text: str, sentence_start: int, start: int) -> Optional[regex.Match]:
    """The due year that opens a list item, for an aim in a later sentence of the same item (no other year between):
    "+ Đến năm 2030, tối thiểu 20% trường tiểu học có bể bơi. 50% xã, phường có ít nhất một bể bơi" → 2030 for both."""
    line_start = _boundaries(text).rfind("\n", sentence_start) + 1
    if line_start >= sentence_start or start - line_start > _RULE_WINDOW \
            or not text[line_start:sentence_start].lstrip(" \t*_").startswith(_BULLETS):
        return None
    match = _patterns()["sentence_opening"].match(text, line_start, sentence_start)
    if match is None or _BARE_YEAR.search(text, match.end(), start):
        return None
    return match


def _aims_year(words: str) -> Optional[regex.Match]:
    """The year an aim's list is named with ("các chỉ tiêu chủ yếu … năm 2026"), not a result's ("Các chỉ tiêu đạt
    được năm 2018")."""
    match = _patterns()["aims_year"].search(words)
    if match is None or _patterns()["status_achieved"].search(words, match.start(), match.start(1)):
        return None
    return match


def _budget_year(words: str) -> Optional[regex.Match]:
    """The fiscal year a budget is named with ("Tổng số thu và chi ngân sách trung ương năm 2026"), which dates the sums
    under it ([deadline] budget_year); not a result's ("Kết quả thu ngân sách năm 2024").

    >>> int(_budget_year("Tổng số thu và chi ngân sách trung ương năm 2026").group(1))
    2026
    >>> _budget_year("Kết quả thu ngân sách năm 2024") is None
    True
    """
    match = _patterns()["budget_year"].search(words)
    if match is None or _patterns()["status_achieved"].search(words, 0, match.start(1)):
        return None
    return match


@cache
def _bare_opening_aims() -> regex.Pattern:
    return regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "deadline", "bare_opening_aims"))
                         + r")(?!\p{L}))")


_BARE_YEAR = regex.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/])")


_AS_OF_CHARS = 8  # "tính " and markup before the due phrase


def _shared_due_year(text: str, start: int, end: int) -> Optional[int]:
    """The due year stated before the first of several targets in one clause, which dates them all when no other year
    comes between: "mục tiêu đến năm 2030 kinh tế tư nhân đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu ngân
    sách …" → 2030 for both; "Tỉnh phấn đấu trong năm 2013, thu ngân sách đạt trên 1.830 tỷ đồng và kim ngạch xuất
    khẩu đạt trên 100 triệu USD" → 2013 for both (not past a "năm 2026" of the later target's own, nor past ";"); not
    an as-of date ("Tính đến năm 2018, toàn tỉnh có 485 trường …, 43 trường THPT")."""
    s_start = _clause_window(text, start, end)[0]
    dues = list(_patterns()["deadline"].finditer(text, s_start, start))
    due = dues[-1] if dues else None  # the nearest before the target
    if due is None:
        due = _aim_due_before_clause(text, s_start, start)
    if due is None or _BARE_YEAR.search(text, due.end(), start) or _patterns()["period_span"].search(text, due.end(), start) \
            or _as_of(text, due, s_start):
        return None
    return int(due.group(1))


def _aim_due_before_clause(text: str, clause_start: int, start: int) -> Optional[regex.Match]:
    """The due year an aim's verb states earlier in the sentence, which dates the later clauses after ";" too:
    "phấn đấu đến năm 2045 có ít nhất 3 triệu doanh nghiệp …; đóng góp khoảng trên 60% GDP" → 2045 for both
    (``[deadline] sentence_aims``)."""
    bounds = _boundaries(text)
    sentence_start = max(bounds.rfind(". ", clause_start + 1), bounds.rfind("\n", clause_start)) + 1
    if sentence_start >= clause_start or start - sentence_start > 2 * _RULE_WINDOW:
        return None
    dues = [due for due in _patterns()["deadline"].finditer(text, sentence_start, clause_start)
            if _patterns()["sentence_aim"].search(text, max(sentence_start, due.start() - 24), due.start())]
    return dues[-1] if dues else None


def _as_of(text: str, due: regex.Match, floor: int) -> bool:
    """Whether the due phrase ``due`` is an as-of date ("Tính đến năm 2018, …"), read no further back than ``floor``."""
    return _patterns()["as_of"].search(text, max(floor, due.start() - _AS_OF_CHARS), due.start()) is not None


def _trailing_due_year(text: str, start: int, end: int) -> Optional[int]:
    """The due year that closes a clause listing several targets, past the targets after this one: "bảo đảm cắt giảm
    ít nhất 30% thời gian …, 30% chi phí …, 30% điều kiện kinh doanh trong năm 2025, trong đó …" → 2025 for each
    share; not when a figure follows it in the clause ("… 30 xã nông thôn mới trong năm 2025, 10 xã kiểu mẫu": it dates
    its own neighbours) nor over a year of the target's own ("duy trì 15 xã … năm 2019 và … vào năm 2020")."""
    clause_end = min(_sentence(text, start, end)[1], end + _RULE_WINDOW)
    match = _patterns()["deadline"].search(text, end, clause_end)
    if match is None or any(ch.isdigit() for ch in text[match.end():clause_end]) \
            or _BARE_YEAR.search(text, end, match.start()):
        return None
    return int(match.group(1))


_NOT_AFTER_CHARS = 16  # the words before a clause's bare year that tie it to something else ("so với ", "cùng kỳ ")


def _clause_year(text: str, start: int, end: int, s_start: int, s_end: int) -> Optional[regex.Match]:
    """A bare year later in an aim's clause ``text[s_start:s_end]`` (``[deadline] clause_year``): "Phấn đấu 100% xã
    đạt chuẩn nông thôn mới năm 2026" → 2026; not past another figure nor after a comparison or a document ("so với
    năm 2024", "Kế hoạch … năm 2025"), and only when an aim's word stands in the sentence before the target, or a
    budget's ("Dự toán 53.554 tỷ đồng bổ sung chi trả lương cơ sở năm 2026" → 2026; round 57)."""
    if not (_patterns()["aim_in_sentence"].search(text, s_start, start)
            or _patterns()["budget_in_sentence"].search(text, s_start, start)) \
            or _patterns()["clause_year_keeps"].search(text, s_start, start):
        return None  # (nor "duy trì 15 xã … năm 2019": the year the kept ones were reached)
    match = _patterns()["clause_year"].search(text, end, s_end)
    if match is None or any(ch.isdigit() for ch in text[end:match.start()]):
        return None
    if _patterns()["clause_year_not_after"].search(text, max(end, match.start() - _NOT_AFTER_CHARS), match.start()) \
            or _patterns()["clause_year_documents"].search(text, end, match.start()):
        return None
    return match


def _wrapped_span_year(text: str, start: int) -> Optional[int]:
    """The last year of a phase the conversion wrapped onto the target's line ("Trong giai đoạn 2026" ⏎ "- 2030 phấn
    đấu có ít nhất 10% …" → 2030): the line opens with the dash and the year, the line above ends with the phase's
    first year (each line read within ``_RULE_WINDOW``)."""
    line_start = text.rfind("\n", max(0, start - _RULE_WINDOW), start) + 1
    if line_start == 0:
        return None
    match = _patterns()["wrapped_span_line"].match(text, line_start, start)
    if match is None:
        return None
    above = text.rfind("\n", max(0, line_start - 1 - _RULE_WINDOW), line_start - 1) + 1
    return int(match.group(1)) if _patterns()["wrapped_span_before"].search(text, above, line_start - 1) else None


_YEAR_REACHED_CHARS = 40  # "cả năm 2025 phấn đấu đạt " with room to spare


def _year_reached(text: str, start: int, bounded: bool = False) -> Optional[int]:
    """The year right before the verb of the figure ("năm 2026 đạt từ 10% trở lên" → 2026); for a figure with a bound,
    before a change's verb too ("năm 2025 tăng ít nhất 25%" → 2025)."""
    window = max(0, start - _YEAR_REACHED_CHARS)
    match = _patterns()["year_reached"].search(text, window, start) \
        or (_patterns()["year_changed"].search(text, window, start) if bounded else None)
    return int(match.group(1)) if match else None


def _column_year(text: str, start: int) -> Optional[int]:
    """In a table flattened with ``|``, the year heading the target's column ("Chỉ tiêu | Năm 2023 | Năm 2025")."""
    line_start, line_end = _line_around(text, start)
    line_end = line_end if line_end >= 0 else len(text)
    bars = _boundaries(text).positions("|")  # found once per document: no scan of a long line per target
    first_bar, bar_at_start = bisect_left(bars, line_start), bisect_left(bars, start)
    if first_bar == len(bars) or bars[first_bar] >= line_end:
        return None
    column = (bar_at_start - first_bar) - text.startswith("|", line_start)
    header: Optional[str] = None
    cursor = line_start
    for _ in range(_config()["deadline"]["table_rows"]):  # the first line of the table block is its header
        if cursor == 0:
            break
        previous_start = _boundaries(text).rfind("\n", cursor - 1) + 1
        previous = text[previous_start:cursor - 1]
        if "|" not in previous:
            break
        header, cursor = previous, previous_start
    if header is None:
        return None
    cells = header.strip().strip("|").split("|")
    if not 0 <= column < len(cells):
        return None
    cell = " ".join(cells[column].replace("*", " ").split())
    match = _column_header().match(cell)
    return int(match.group(1)) if match else None


@per_text(maxsize=8)
def _period_cells(text: str) -> tuple[list[int], list[Optional[int]]]:
    """For a text's tables flattened into one cell per ``|`` line: the cells' starts, and for each cell the year of
    the nearest cell before it in its run that holds only a period ("Giai đoạn 2025-2027", "Năm 2026"), else None
    (read once per text, so that each target looks its year up by one bisect)."""
    starts: list[int] = []
    above: list[Optional[int]] = []
    period = _patterns()["period_lead_in"]
    for run in cell_runs(text):
        year: Optional[int] = None
        for cell in run:
            if cell is None:
                continue
            starts.append(cell[0])
            above.append(year)
            match = period.match(" ".join(text[cell[0]:cell[1]].replace("*", " ").split()))
            if match:
                year = int(match.group(1))
    return starts, above


def _group_row_year(text: str, start: int) -> Optional[int]:
    """In a flattened table, the year of the nearest group row above the target's cell that states a period:
    "I | Giai đoạn 2025-2027 | | |" over "1 | Tỉ lệ dịch vụ công trực tuyến toàn trình | % | 100% | …" → 2027."""
    starts, above = _period_cells(text)
    index = bisect_right(starts, start) - 1
    return above[index] if index >= 0 else None


@cache
def _column_header() -> regex.Pattern:
    return data_pattern("targets.toml", "deadline", "column_header")
