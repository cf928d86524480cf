"""Whether a figure is aimed at or already reached (SPEC §5 ``status``).

Takes: the document structure and the target's span. Gives: ``achieved`` for a
figure in a results paragraph or a sentence about the past (``năm 2024 đã tổ
chức 20 lớp``, ``ước đạt 95%``, under ``Kết quả đạt được``), ``target`` for what
the plan commits to (``phấn đấu 100% xã …``).
"""

from __future__ import annotations

from functools import cache

import regex

from ..records import TargetStatus
from ..rules import alternation, word_list, words_pattern
from ..structure import DocumentStructure
from .clauses import (
    _RULE_WINDOW, _above_lead_in, _clause_before, _clause_window, _opens_with, _outer_lead_ins, _patterns, _sentence,
    _title_lines, in_approving_article,
)
from .deadline import _dated_subhead


@cache
def _reached() -> regex.Pattern:
    """``đạt`` (``[rule_words] reached``): "tỷ lệ hộ nghèo đạt 2,5%" reports a result."""
    not_after = alternation(word_list("targets.toml", "rule_words", "reached_not_after"))
    return words_pattern(word_list("targets.toml", "rule_words", "reached"), flags=regex.IGNORECASE,
                         left=r"(?<![\p{L}\p{M}])(?<!(?<![\p{L}\p{M}])(?:" + not_after + r")[ \t])")


@cache
def _share_of_aim() -> regex.Pattern:
    """What follows a share of an aim right after its number ("… 88,9% | mục tiêu tăng trưởng"): [status] share_of_aim."""
    return regex.compile(r"[ \t]{1,3}(?i:" + alternation(word_list("targets.toml", "status", "share_of_aim"))
                         + r")(?!\p{L})")


#: "đạt" ([rule_words] reached) as the last word (or but one: "đạt khoảng", "đạt gần") before the number of a share
#: of an aim.
_REACHED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "rule_words", "reached"))
                                + r")(?:[ \t]++\p{Ll}++)?[ \t]++$")


@cache
def _result_words() -> dict[str, regex.Pattern]:
    not_after = alternation(word_list("targets.toml", "status", "achieved_not_after"))
    return {key: regex.compile(r"(?i:(?<!\p{L})(?<!(?<!\p{L})(?:" + not_after + r")[ \t])(?:"
                               + alternation(word_list("targets.toml", "status", name)) + r")(?!\p{L}))")
            for key, name in (("before", "achieved_before"), ("after", "achieved_after"), ("aims", "aims"),
                              ("present_or_past", "present_or_past"), ("relative_past", "relative_past"),
                              ("forecast", "forecast"))} | {
        # a list marker, a label up to its colon, then the order's verb
        "imperative": regex.compile(r"[\W\d]{0,8}+(?:[^:\n.;]{1,60}:[ \t*_]*+)?(?i:"
                                    + alternation(word_list("targets.toml", "status", "imperative_openers"))
                                    + r")(?!\p{L})"),
        "breakdown": regex.compile(r"[ \t*_]{0,4}(?i:" + alternation(word_list("targets.toml", "status", "breakdown_openers"))
                                   + r")(?!\p{L})"),
        # the past marker on the verb that governs the figure, a word or two before it: "NHNN đã ban hành | 11 văn bản"
        "done_verb": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "status", "done_markers"))
                                   + r")(?:[ \t]++\p{Ll}[\p{Ll}\p{M}]*+){1,2}[ \t]++$")}


def _status(doc: DocumentStructure, start: int, end: int) -> TargetStatus:
    patterns = _patterns()
    s_start, s_end = _clause_window(doc.text, start, end)
    if s_start > 1 and doc.text[s_start - 1] == "." and _result_words()["breakdown"].match(doc.text, s_start):
        # "… là 87 trạm. Trong đó, có 28 trạm 5G": a breakdown reads with the sentence it breaks down
        s_start = max(_sentence(doc.text, s_start - 1, s_start - 1)[0], start - _RULE_WINDOW)
    sentence = doc.text[s_start:s_end]
    if in_approving_article(doc, start):
        return "target"  # "Điều 1. Chấp thuận chủ trương đầu tư …: - Cải tạo nhà ga đạt công suất 500.000 hành khách/năm"
    kind = doc.top_kind_at(start)
    result = _result_words()
    if not result["aims"].search(doc.text, s_start, start):
        clause_start = max(_clause_before(doc.text, start), s_start)
        if result["before"].search(doc.text, clause_start, start) or result["after"].search(doc.text, end, s_end) \
                or result["done_verb"].search(doc.text, clause_start, start):
            return "achieved"  # "ước đạt 95%", "đạt 12.500 tỷ đồng, tăng 8% so với cùng kỳ", "đã ban hành 11 văn bản"
        if _share_of_aim().match(doc.text, end, s_end) and _REACHED_BEFORE.search(doc.text, clause_start, start):
            return "achieved"  # "tăng trưởng kinh tế đạt 88,9% mục tiêu": progress towards the aim
    top = next(iter(doc.path_at(start)), None)
    if top is not None and _opens_with(top, "results"):
        clause_end = doc.text.find(";", end, s_end)
        if not _looks_ahead().search(doc.text, max(_clause_before(doc.text, start), s_start),
                                     clause_end if clause_end >= 0 else s_end):
            return "achieved"  # "I. KẾT QUẢ THỰC HIỆN NĂM 2024": "đã tổ chức 15 lớp" (SPEC §5, the results paragraph)
    if patterns["status_target"].search(sentence) or _forecast_before(doc.text, s_start, start):
        return "target"
    lead_in = _above_lead_in(doc.text, start)
    if lead_in is not None and patterns["status_target"].search(lead_in):
        return "target"  # "… bằng các chỉ tiêu cụ thể như sau:" over "(2) Ít nhất 85% … đã có tài khoản …"
    if lead_in is not None and _aimed_period(doc.text, start, lead_in):
        return "target"  # "Chỉ tiêu … như sau:" over "- Năm 2025:" over "+ 40 triệu người … được xác nhận đạt …"

    def under_aims_title() -> bool:
        # "1. Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026" over "- … đạt khoảng 270.000 tỷ đồng": read only
        # where the figure would otherwise be a result (the walk up to the title costs a line scan per figure)
        title = _dated_subhead(doc, start)
        return title is not None and _patterns()["aim_title"].match(title.line) is not None

    plan_kinds = ("objectives", "tasks", "solutions", "budget", "implementation", "purpose")
    if kind not in plan_kinds and any(
            section.kind != "preamble" and section.heading and patterns["status_target"].search(
                section.heading + " " + _title_lines(doc.text, section.start, start)) for section in doc.path_at(start)):
        return "target"  # an annex "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU … ĐẾN NĂM 2030": "Tỷ lệ … đạt 80%" is aimed at
    if kind in plan_kinds:
        # (a past word after the figure in a relative clause of its noun, "… 100% xã, phường đã được công nhận …",
        # says nothing of the figure: round 49)
        # (nor a past word in another cell of a table row, "Cơ quan …, đã mở dữ liệu … | 20% | 100%": round 56)
        cell_start, cell_end = _own_cell(doc.text, s_start, s_end, start, end)
        past = any(m.start() < end or not result["relative_past"].match(doc.text, m.start())
                   for m in result["present_or_past"].finditer(doc.text, cell_start, cell_end))
        return "achieved" if past and not under_aims_title() else "target"
    if result["imperative"].match(sentence) and not result["present_or_past"].search(sentence):
        return "target"  # "- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí …": an order
    if _after_purpose(doc.text, s_start, start):
        return "target"  # "đã xây dựng 126 phương án … để hình thành 36 đơn vị …": the purpose of what was done
    reached = _reached().search(sentence) is not None and not _opens_with_bound(doc.text, start, end)
    if (patterns["status_achieved"].search(sentence) or reached) and not under_aims_title():
        return "achieved"
    if kind == "preamble" and not doc.headingless and not under_aims_title():
        return "achieved"
    return "target"


_CELL_BAR = "|"


def _own_cell(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The cell of a table row flattened with ``|`` that holds the figure ``text[start:end]``, else the sentence
    ``text[s_start:s_end]``: "Cơ quan nhà nước …, đã mở dữ liệu … | 20% | 100% | …" → the cell "20%"."""
    before = text.rfind(_CELL_BAR, s_start, start)
    after = text.find(_CELL_BAR, end, s_end)
    if before < 0 and after < 0:
        return s_start, s_end
    return (before + 1 if before >= 0 else s_start), (after if after >= 0 else s_end)


def _aimed_period(text: str, start: int, lead_in: str) -> bool:
    """Whether the target's lead-in is only a time label ("- Năm 2025:", "Giai đoạn 2026 - 2030:") set in an outer
    lead-in that names aims and reports nothing: "Chỉ tiêu … năm 2025 và năm 2026 được quy định như sau:" ⏎ "- Năm
    2025:" ⏎ "+ 40 triệu người dân … được xác nhận đạt phổ cập …" is aimed at (round 56)."""
    patterns = _patterns()
    if not patterns["period_lead_in"].match(lead_in.strip()):
        return False
    for outer in _outer_lead_ins(text, start):
        if patterns["period_lead_in"].match(outer.strip()):
            continue  # a sibling time label ("- Năm 2025:" above "- Năm 2026")
        return patterns["status_target"].search(outer) is not None and patterns["status_achieved"].search(outer) is None
    return False


@cache
def _bound_opener() -> regex.Pattern:
    """[status] bound_openers at the start of a figure's text ("ít nhất 10%", "tối thiểu 30%")."""
    return regex.compile(r"(?i:" + alternation(word_list("targets.toml", "status", "bound_openers")) + r")(?![\p{L}\p{M}])")


def _opens_with_bound(text: str, start: int, end: int) -> bool:
    """Whether the figure ``text[start:end]`` opens with a floor's word (round 56): "đạt | tối thiểu 30% | GDP" aims.

    >>> _opens_with_bound("đạt tối thiểu 30% GDP", 4, 17)
    True
    """
    return _bound_opener().match(text, start, end) is not None


@cache
def _looks_ahead() -> regex.Pattern:
    """Words of a sentence that aims, inside a section of results (targets.toml [results] ahead)."""
    return words_pattern(word_list("targets.toml", "results", "ahead"), flags=regex.IGNORECASE)


@cache
def _purpose() -> regex.Pattern:
    """[status] purpose_words: "để", "nhằm", "dự kiến"."""
    return words_pattern(word_list("targets.toml", "status", "purpose_words"), flags=regex.IGNORECASE)


def _after_purpose(text: str, sentence_start: int, start: int) -> bool:
    """Whether the figure at ``start`` stands after a purpose word with no past word between them: "Tỉnh đã xây dựng 39
    phương án | để | hình thành 36 đơn vị" (36 is aimed at, 39 was done)."""
    last = None
    for last in _purpose().finditer(text, sentence_start, start):
        pass
    return last is not None and _patterns()["status_achieved"].search(text, last.end(), start) is None


def _forecast_before(text: str, s_start: int, start: int) -> bool:
    """Whether a forecast's word ([status] forecast) stands before the figure in its sentence with no past word between:
    "… dự kiến đến hết năm 2025 sẽ hoàn thành thêm 38.600 căn" aims at 38.600; "Đã hoàn thành 50.687 căn (đạt
    50,5%), dự kiến …" reports 50,5% (round 57)."""
    result = _result_words()
    last = None
    for last in result["forecast"].finditer(text, s_start, start):
        pass
    return last is not None and not result["present_or_past"].search(text, last.end(), start)

