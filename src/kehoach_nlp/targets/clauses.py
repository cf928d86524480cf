"""Where a figure sits: the shared reading of the text around a number.

Takes: the document's clean text and an offset. Gives: the number pattern, the
``targets.toml`` configuration and its compiled patterns, the sentence and
clause around an offset (``_sentence``, ``_clause_before``, ``_clause_window``,
cut at ``.;:`` and line breaks, the boundaries indexed once per text), the list
lead-ins above a list item (``Phấn đấu đến năm 2025, đạt các chỉ tiêu sau:`` over
``- Trên 90% xã …``) and the title lines under a heading. Read by every other
step of :mod:`kehoach_nlp.targets`; it reads none of them.

    >>> text = "Mục tiêu: đến năm 2025, tỷ lệ hộ nghèo giảm còn 2%."
    >>> text[_clause_before(text, text.index("2%")):text.index("2%")]
    ' tỷ lệ hộ nghèo giảm còn '
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from typing import Optional

import regex

from ..data import load_toml
from ..headings import shape
from ..records import Section
from ..structure import DocumentStructure
from ..rules import alternation, data_pattern, data_regex, word_list, word_lists, words_pattern
from ..vietnamese import number_words
from ..caching import per_text


_NUM = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,9})(?:,\d{1,3})?"


_ITEM_LETTER = data_regex("targets.toml", "rule_words", "item_letter")  # [a-zđ]: "đ) Phấn đấu …"


_ITEM_ROMAN = data_regex("targets.toml", "rule_words", "item_roman")  # "(ii) Bộ Giáo dục và Đào tạo - …"


_PART_NUMBER = r"(?:\d{1,3}|[IVXL]{1,6}|" + _ITEM_LETTER + r"(?![\p{L}]))"


# not a clock time's hour or minutes ("14:30", "6:19 PM")
_NUMBER = regex.compile(r"(?<![\p{L}\d.,/])(?<!\d:)" + _NUM + r"(?![\d]|[.,]\d|:\d)")


_WORD = regex.compile(r"[\p{L}\p{M}]+")


@cache
def _config() -> dict:
    return load_toml("targets.toml")


def _range_joiner(extra: str, joiners: Optional[tuple[str, ...]] = None) -> str:
    """``-`` or a joiner word of ``[ranges] joiners`` (or of ``joiners``) and a space: "từ 1 đến 3", "65% - 70%";
    ``extra``: more symbols."""
    joiners = joiners or word_list("targets.toml", "ranges", "joiners")
    symbols = [j for j in joiners if not regex.search(r"\p{L}", j)]
    words = [j for j in joiners if regex.search(r"\p{L}", j)]
    return "(?:" + alternation(symbols) + extra + r"|(?i:" + alternation(words) + r")\s)"


@cache
def _patterns() -> dict[str, regex.Pattern]:
    before = word_lists("targets.toml", "comparators", "before")
    signs = [sign for group in word_lists("targets.toml", "comparators", "signs").values() for sign in group]
    after = word_lists("targets.toml", "comparators", "after")
    not_leading = word_list("targets.toml", "rule_words", "not_leading_number_words")
    words = [w for w in number_words() if w not in not_leading]
    not_following = word_list("targets.toml", "rule_words", "not_following_number_words")
    following = alternation([w.lower() for w in number_words() if w not in not_following])
    every_word = alternation([w.lower() for w in number_words()])  # "một phần | ba": a fraction, still a count
    # a subhead's opening: its number or dash, then its words ("**(2) Tầm nhìn đến năm 2045**", "- Mục tiêu …")
    title_number = data_regex("targets.toml", "deadline", "title_number")
    title_opening = r"(?:" + title_number + r"\s{0,3}|[-+•–—]\s{0,3})?"
    not_counted = alternation([w.lower() for w in word_list("targets.toml", "rule_words", "not_counted")])
    copulas = alternation(word_list("targets.toml", "rule_words", "copulas"))
    return {
        "before": regex.compile(r"(?i:(?<!\p{L})(?P<cue>" + alternation([w for ws in before.values() for w in ws])
                                + r"))\s{1,3}$|(?<![<>=≤≥])(?P<cue>" + alternation(signs) + r")[ \t]{0,2}$"),
        "after": regex.compile(r"\s{1,3}(?i:(?P<cue>" + alternation([w for ws in after.values() for w in ws])
                               + r"))(?!\p{L})"),
        # "dựa trên ba trụ cột": the cue word is a preposition after these words ("based on"), no comparator
        "preposition_cue": regex.compile(r"(?<!\p{L})(?:" + alternation(word_list("targets.toml", "rule_words", "cue_as_preposition_after"))
                                         + r")\s{1,3}(?:" + alternation([w.lower() for ws in before.values() for w in ws]) + r")$"),
        # what may stand between coordinated quantities that share the first one's comparator: "2 tập thể | và | 4
        # cá nhân", "30% | thời gian giải quyết TTHC, | 30% …"
        "shared_gap": regex.compile(r"(?:[ \t]*+[\p{L}\p{M}/]++){0,%d}[ \t]*+(?:%s)[ \t]*+" % (
            int(_config()["comparators"]["shared"]["shared_words"]),
            _range_joiner("", word_list("targets.toml", "comparators", "shared", "joiners")))),
        "percent": regex.compile(r"\s?%"),
        "range": regex.compile(r"\s{0,3}(?P<pct>%)?\s{0,3}" + _range_joiner("") + r"\s{0,3}(?P<max>" + _NUM
                               + r")(?![\d]|[.,]\d)"),
        "ratio": regex.compile(r"/(?P<den>" + _NUM + r")(?![\d/]|[.,]\d)"),
        "date_like": regex.compile(r"\s{0,2}/\s{0,2}\d{1,2}\s{0,2}/\s{0,2}(?:19|20)\d\d(?!\d)"),
        "doc_number": regex.compile(r"\s{0,2}/\s{0,2}(?:(?:19|20)\d\d\s{0,2}/\s{0,2})?\p{Lu}"),
        "year_span": regex.compile(r"\s{0,2}-\s{0,2}(?:19|20)\d\d(?!\d)"),
        "identifier": regex.compile(r"(?i:(?<!\p{L})(?<!(?:" + alternation(word_list("targets.toml", "identifiers", "totals"))
                                    + r")\s{1,3})(?:" + alternation(word_list("targets.toml", "identifiers", "before"))
                                    + r"))\s{1,3}$"),
        # matched on the lower-cased text (a case-insensitive alternation is several times slower)
        "number_word": regex.compile(r"(?<!\p{L})(?P<cue>" + alternation([w.lower() for ws in before.values() for w in ws])
                                     + r")\s+(?P<word>(?:" + alternation([w.lower() for w in words])
                                     + r")(?:[ \t]+(?:" + following + r")(?!\p{L}))*)\s+(?!(?:" + not_counted + r")(?!\p{L})(?!\s+(?:" + every_word + r")(?!\p{L})))(?=\p{L})"),
        "part_list": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "identifiers", "parts")
                                                                      + word_list("targets.toml", "identifiers", "listed_parts"))
                                   + r"))\s+"
                                   + _PART_NUMBER + r"(?:\s*(?:" + alternation(word_list("targets.toml", "identifiers", "part_joiners"))
                                   + r")\s*" + _PART_NUMBER + r")*\s*(?:"
                                   + alternation(word_list("targets.toml", "identifiers", "part_joiners")) + r")\s*$"),
        "part_after": regex.compile(r"\s{1,3}(?i:" + alternation(word_list("targets.toml", "identifiers", "parts")) + r")\s{1,3}(?:"
                                    + _PART_NUMBER + r"|\p{Lu})(?![\p{L}\d])"),
        "of_word": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "identifiers", "of_words")) + r"))\s{1,3}$"),
        "document_noun": regex.compile(r"\s{1,3}(?i:" + alternation(word_list("targets.toml", "identifiers", "document_nouns"))
                                       + r")(?!\p{L})"),
        "scope_noun": regex.compile(r"\s{1,3}(?i:" + alternation(word_list("targets.toml", "identifiers", "scope_nouns"))
                                    + r")(?!\p{L})"),
        "counted_part": regex.compile(r"\s{1,3}(?i:" + alternation(word_list("targets.toml", "units", "counted_parts")
                                                                  + word_list("targets.toml", "units", "counted_aspects"))
                                      + r")(?!\p{L})"),
        "counted_aspect": regex.compile(r"\s{1,3}(?i:" + alternation(word_list("targets.toml", "units", "counted_aspects"))
                                        + r")(?!\p{L})"),
        # "4 đảng bộ | trực thuộc Trung ương": a count that names a set of bodies
        "names_a_set": regex.compile(r"(?:[ \t]{1,3}[\p{L}\p{M}]++){1,%d}?[ \t]{1,3}(?i:" % int(_config()["identifiers"]["set_unit_words"])
                                     + alternation(word_list("targets.toml", "identifiers", "set_qualifiers"))
                                     + r")(?!\p{L})"),
        "set_before": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "identifiers", "set_qualifiers"))
                                    + r")[ \t]{1,3}$"),
        "rate_base_before": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "rules",
                                                                                       "rate_base_before"))
                                          + r")[ \t]{1,3}$"),
        "rate_indicator": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "rules",
                                                                                     "rate_indicator_words"))
                                        + r")[ \t][^,.;:\n]{1,60}$"),
        "rate_base_after": regex.compile(r"[ \t]{1,3}(?i:" + alternation(word_list("targets.toml", "rules", "rate_base_after"))
                                         + r")(?![\p{L}\p{M}])"),
        "holding": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "rules", "holding_before"))
                                 + r")(?:[ \t]+\p{L}+){0,2}[ \t]+$"),
        "shortfall": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "rules", "shortfall_before"))
                                   + r")[ \t]{1,3}$"),
        # (not after a word of total: "tổng diện tích khoảng 840 ha" sums what a plan lists)
        "specification": regex.compile(r"(?i:(?<!\p{L})(?<!(?<!\p{L})(?:" + alternation(word_list("targets.toml", "identifiers",
                                                                                      "specification_totals"))
                                       + r")\s{1,3})(?:" + alternation(word_list("targets.toml", "identifiers", "specification_nouns"))
                                       + r"))(?:\s{0,3}:|\s{1,3}\p{Ll}+\s{0,3}:|\s{1,3}(?:" + copulas
                                       + r"))?(?:\s{1,3}(?i:" + alternation(word_list("targets.toml", "identifiers",
                                                                                  "specification_degrees"))
                                       + r"))?\s{0,3}$"),
        "proper_name": regex.compile(r"[ \t]{1,3}(?P<first>\p{Lu}[\p{Ll}\p{M}]+)[ \t]{1,3}\p{Lu}[\p{Ll}\p{M}]"),
        # a capitalised word inside a sentence right before the number ("Khu công nghiệp Xuân 8 Quế")
        "name_before": regex.compile(r"[\p{Ll}\p{M}][ \t]{1,3}\p{Lu}[\p{Ll}\p{M}]*[ \t]{1,3}$"),
        "name_after": regex.compile(r"[ \t]{1,3}(?P<first>\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}])"),
        "named_head": regex.compile(r"(?<!\p{L})(?:" + alternation(word_list("targets.toml", "identifiers", "named_heads")) + r")(?!\p{L})"),
        # a web address names a page: its digits and percent-escapes ("…%3D80%2525…") are no quantities
        "web_address": data_pattern("normalisation.toml", "markup", "web_address"),
        "deadline": data_pattern("targets.toml", "deadline", "pattern"),
        "period_lead_in": data_pattern("targets.toml", "deadline", "period_lead_in"),
        "period_span": data_pattern("targets.toml", "deadline", "period_span"),
        "year_right_after": data_pattern("targets.toml", "deadline", "right_after"),
        "sentence_opening": data_pattern("targets.toml", "deadline", "sentence_opening"),
        # the year's comma, or right after it one of the aim's words (round 39: "Cụ thể, năm 2026 phấn đấu 90% …")
        "bare_opening": regex.compile(data_regex("targets.toml", "deadline", "bare_opening") + r"(?:\s{0,2},|(?=[ \t]{1,3}"
                                      r"(?i:" + alternation(word_list("targets.toml", "deadline", "bare_opening_aims"))
                                      + r")(?!\p{L})))"),
        "wrapped_span_before": data_pattern("targets.toml", "deadline", "wrapped_span_before"),
        "wrapped_span_line": data_pattern("targets.toml", "deadline", "wrapped_span_line"),
        "year_reached": data_pattern("targets.toml", "deadline", "year_reached"),
        "year_changed": data_pattern("targets.toml", "deadline", "year_changed"),
        "clause_year": data_pattern("targets.toml", "deadline", "clause_year"),
        "clause_year_not_after": words_pattern(word_list("targets.toml", "deadline", "clause_year_not_after"),
                                               right=r"[\s*_]{1,3}$", flags=regex.IGNORECASE),
        "clause_year_documents": words_pattern(word_list("targets.toml", "deadline", "clause_year_not_past"),
                                               flags=regex.IGNORECASE),
        "clause_year_keeps": words_pattern(word_list("targets.toml", "deadline", "clause_year_not_with"),
                                           flags=regex.IGNORECASE),
        "aim_in_sentence": words_pattern(word_list("targets.toml", "deadline", "sentence_aims"), flags=regex.IGNORECASE),
        "budget_in_sentence": words_pattern(word_list("targets.toml", "deadline", "clause_year_aims"),
                                            flags=regex.IGNORECASE),
        "total_year": data_pattern("targets.toml", "deadline", "total_year"),
        "as_of": data_pattern("targets.toml", "deadline", "as_of"),
        "subhead_opening": regex.compile(title_opening + r"(?i:" + data_regex("targets.toml", "deadline", "subhead_words")
                                         + r")(?!\p{L})"),
        "aims_year": data_pattern("targets.toml", "deadline", "aims_year"),
        "budget_year": data_pattern("targets.toml", "deadline", "budget_year"),
        "sentence_aim": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "deadline", "sentence_aims"))
                                      + r"))[\s*_]{1,3}$"),
        "aim_title": regex.compile(title_opening + r"(?i:" + data_regex("targets.toml", "status", "aim_title_words")
                                   + r")(?!\p{L})"),
        "numbered_title": regex.compile(title_number + r"\s"),
        "status_target": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "status", "target")) + r")(?!\p{L}))"),
        "status_achieved": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "status", "achieved"))
                                         + r")(?!\p{L}))"),
    }


_LETTERS = regex.compile(r"[\p{L}\p{M}]+")


_BREAK = regex.compile(r"[,;.:()\n/]")


class _Boundaries:
    """Where each separator (``". "``, ``"\\n"``, ``","`` …) occurs in a text, found once per
    document, so that the sentence or clause around each of thousands of targets is a
    binary search instead of a ``str.find``/``rfind`` that may scan the whole document
    (bullet lines ending ``.\\n`` have no ``". "``: each search ran to the end)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._positions: dict[str, list[int]] = {}
        self._any: dict[str, list[int]] = {}

    def positions(self, needle: str) -> list[int]:
        found = self._positions.get(needle)
        if found is None:
            found = [m.start() for m in regex.finditer(regex.escape(needle), self.text)]
            self._positions[needle] = found
        return found

    def rfind_any(self, chars: str, start: int) -> int:
        """``max(text.rfind(ch, 0, start) for ch in chars)`` for one-character separators: one
        bisect over their merged offsets instead of one per character."""
        found = self._any.get(chars)
        if found is None:
            found = sorted(set().union(*(self.positions(ch) for ch in chars)))
            self._any[chars] = found
        index = bisect_right(found, start - 1) - 1
        return found[index] if index >= 0 else -1

    def rfind(self, needle: str, start: int) -> int:
        """``text.rfind(needle, 0, start)``."""
        found = self.positions(needle)
        index = bisect_right(found, start - len(needle)) - 1
        return found[index] if index >= 0 else -1

    def find(self, needle: str, end: int) -> int:
        """``text.find(needle, end)``."""
        found = self.positions(needle)
        index = bisect_left(found, end)
        return found[index] if index < len(found) else -1


@per_text(maxsize=2)
def _boundaries(text: str) -> _Boundaries:
    return _Boundaries(text)


_RULE_WINDOW = 600  # characters either side of a number that its clause (status, deadline, rule) is read in


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    bounds = _boundaries(text)
    left = max(bounds.rfind(". ", start), bounds.rfind("\n", start), bounds.rfind("; ", start))
    right_candidates = [i for i in (bounds.find(". ", end), bounds.find("\n", end), bounds.find("; ", end)) if i >= 0]
    return (left + 1 if left >= 0 else 0), (min(right_candidates) if right_candidates else len(text))


def _clause_before(text: str, start: int, over_numbers: bool = False) -> int:
    """Where the clause before ``start`` begins: after the last sentence or clause mark — a number's own point or
    comma ends it too ("… 1.600 lượt | người"), unless ``over_numbers`` ("giảm từ 5,2% xuống còn 3,1%")."""
    bounds = _boundaries(text)
    left = bounds.rfind_any(".;:\n(,", start)
    while over_numbers and _inside_number(text, left):
        left = bounds.rfind_any(".;:\n(,", left)
    return left + 1 if left >= 0 else 0


def _inside_number(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a number's own point or comma ("5,2", "1.600")."""
    return 0 < at < len(text) - 1 and text[at] in ".," and text[at - 1].isdigit() and text[at + 1].isdigit()



def open_quotation(text: str, lo: int, at: int, after: int, hi: int) -> Optional[tuple[int, int]]:
    """The quotation that is open at ``at`` (its opening mark in ``text[lo:at]``) and closes in ``text[after:hi]``,
    as (opening, closing) offsets, or None ([slogans] quotation_pairs): "Đề án “Nâng cao nhận thức … đến năm 2025”".

    >>> t = "Đề án “Nâng cao nhận thức đến năm 2025” đạt 100%"
    >>> open_quotation(t, 0, t.index("2025"), t.index("2025"), len(t)) == (t.index("“"), t.index("”"))
    True
    """
    for opening, closing in _config()["slogans"]["quotation_pairs"]:
        if opening == closing:
            if text.count(opening, lo, at) % 2 == 0:
                continue
            opened = text.rfind(opening, lo, at)
        else:
            opened = text.rfind(opening, lo, at)
            if opened < 0 or text.rfind(closing, opened, at) >= 0:
                continue
        closed = text.find(closing, after, hi)
        if closed >= 0:
            return opened, closed
    return None

def _line_around(text: str, start: int) -> tuple[int, int]:
    """``(line start, line end)`` of the line holding ``start`` (end: ``-1`` on the last line)."""
    bounds = _boundaries(text)
    return bounds.rfind("\n", start) + 1, bounds.find("\n", start)


#: A list item's marker, if any, at a line's start: "- ", "(2) ", "a) ".
_ITEM_MARK = r"(?:[-+•–]\s*|\(?\d{1,2}[.)]\s*|\(?(?:" + _ITEM_LETTER + r"|" + _ITEM_ROMAN + r")\)\s*)"


_ITEM_PREFIX = r"[ \t*_]{0,8}" + _ITEM_MARK + "?"


_ITEM_LABEL = regex.compile(_ITEM_PREFIX + r"(?P<label>[^:\n]{3,120}):")


#: An item's mark opening an indicator read from its line ("c) Phấn đấu tỷ trọng …"): not part of what it measures.
#: A number's own point is no mark ("10.000 người").
_OPENING_ITEM_MARK = regex.compile(r"^(?!\d{1,2}\.\d)" + _ITEM_MARK)


def _clause_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The target's sentence, at most ``_RULE_WINDOW`` characters either side (a run-on 'sentence' of thousands
    of targets must not make every lookup scan all of it)."""
    s_start, s_end = _sentence(text, start, end)
    return max(s_start, start - _RULE_WINDOW), min(s_end, end + _RULE_WINDOW)


_TITLE_CHARS = 400  # how far after a heading its capitalised title lines may run


def _title_lines(text: str, start: int, before: int) -> str:
    """The capitalised title under a short heading, before ``before``: "**PHỤ LỤC**" over "PHÂN CÔNG THỰC HIỆN CÁC
    CHỈ TIÊU … ĐẾN NĂM 2030" (an annex names its subject and year on the lines after its number)."""
    lines = text[start:min(before, start + _TITLE_CHARS)].split("\n")[1:]
    title: list[str] = []
    for line in lines:
        words = line.strip(" \t*_#")
        if not words:
            if title:
                break
            continue
        if words.upper() != words or not any(ch.isalpha() for ch in words):
            break
        title.append(words)
    return " ".join(title)


_LIST_ITEM = regex.compile(r"[ \t*_]{0,8}(?:[-+•–—·◦▪.]|\(?\d{1,2}[.)]|\(?" + _ITEM_LETTER + r"\)|" + _ITEM_LETTER
                           + r"\.)\s")


_LEAD_IN_CHARS = 600  # how far back on its line a target's lead-in may start


# How long a list item's line may be: a resolution quoted in full writes each aim as a bullet paragraph of a thousand
# characters or more ("- Đóng góp của năng suất nhân tố tổng hợp … trên 55%; … tối thiểu 50%. …"); a longer line is a
# plan flattened onto one line, no list item (round 25; it was _LEAD_IN_CHARS).
_ITEM_LINE_CHARS = 3000


def _lead_ins(text: str, start: int) -> list[str]:
    """The lead-ins of the target, nearest first: the text before a colon earlier on its own line
    ("phấn đấu đến hết năm 2025, …: 90% …"; "- Làm việc vào ban ngày: Nhận ít nhất 400% lương"), then the line
    ending with a colon above the run of list items that holds it ("**(1) Mục tiêu đến hết năm 2026:**" above
    "- 100% …")."""
    window = max(0, start - _LEAD_IN_CHARS)
    newline = text.rfind("\n", window, start)
    # on a line longer than the window the lead-in is looked for in the window only (a plan flattened onto
    # one line must not cost a scan from its start per target), and a line that long is no list item
    line_start = newline + 1 if newline >= 0 or window == 0 else window
    colon = text.rfind(":", line_start, start)
    found = [text[line_start:colon]] if colon >= 0 else []
    above = _above_lead_in(text, start)
    return found + [above] if above is not None else found


def _line_start_within(text: str, start: int, chars: int) -> Optional[int]:
    """Where the line holding ``start`` begins, or None when it begins more than ``chars`` before it (a line that long
    is no list item; the line break is found by a binary search, not a scan)."""
    line_start = _boundaries(text).rfind("\n", start) + 1
    return None if start - line_start > chars else line_start


def _above_lead_in(text: str, start: int) -> Optional[str]:
    """The line ending with a colon above the run of list items that holds the target at ``start`` (none on a line
    longer than ``_ITEM_LINE_CHARS``: a line that long is no list item)."""
    line_start = _line_start_within(text, start, _ITEM_LINE_CHARS)
    return None if line_start is None else _list_lead_in(text, start, line_start)


def _list_lead_in(text: str, start: int, line_start: int) -> Optional[str]:
    """The line ending with a colon above the run of list items whose item starts at ``line_start``."""
    if line_start == 0 and start > _ITEM_LINE_CHARS:
        return None  # a line this long is no list item
    entry = _lead_in_entry(text, line_start)
    return entry[0] if entry is not None else None


def _lead_in_entry(text: str, line_start: int) -> Optional[tuple[str, int]]:
    """The lead-in of the item line at ``line_start`` and where its own line starts, read once per line (deadline,
    status and the rule checks of each target ask)."""
    found = _lead_ins_found(text)
    if line_start not in found:
        found[line_start] = _list_lead_in_of_line(text, line_start)
    return found[line_start]


_LEAD_IN_DEPTH = 3  # lead-ins of lead-ins read for a due year: "(1) Quy hoạch đến năm 2030" ⏎ "- Khu bến …" ⏎ "+ …:" ⏎ ". …"


def _outer_lead_ins(text: str, start: int) -> list[str]:
    """The lead-ins of the lead-in above the target's list, outwards, when that lead-in is itself a list item: ". Bến
    cảng …: 02 cầu cảng" under "+ Quy mô các bến cảng: …, cụ thể như sau:" under "- Khu bến Kế Sách" under "(1) Quy
    hoạch đến năm 2030" (the item's own lead-in, :func:`_above_lead_in`, is not repeated)."""
    line_start = _line_start_within(text, start, _ITEM_LINE_CHARS)
    if line_start is None:
        return []
    outer: list[str] = []
    for depth in range(_LEAD_IN_DEPTH + 1):
        if line_start == 0 and start > _ITEM_LINE_CHARS:
            break
        entry = _lead_in_entry(text, line_start)
        if entry is None:
            break
        if depth:
            outer.append(entry[0])
        line_start = entry[1]
    return outer


@per_text(maxsize=2)
def _lead_ins_found(text: str) -> dict[int, Optional[tuple[str, int]]]:
    """The lead-ins read so far in ``text``, by item line (kept for the last two texts only, like the boundaries)."""
    return {}


def _list_lead_in_of_line(text: str, line_start: int) -> Optional[tuple[str, int]]:
    """:func:`_list_lead_in` for the item line at ``line_start``, with where the lead-in's line starts (the walk back
    over up to ``lead_in_items`` items is the cost)."""
    if not _LIST_ITEM.match(text, line_start):
        # "(1) Tiềm lực … đạt mức tiên tiến …" ⏎ "Việt Nam thuộc nhóm 3 nước …; Tối thiểu có 5 doanh nghiệp …": a
        # paragraph that goes on with the item above it reads that item's lead-in
        line_start = _continued_item(text, line_start)
        if line_start is None:
            return None
    cursor = line_start
    marker = _item_marker(text[line_start:line_start + _MARKER_CHARS])
    nearest_parent = True  # a period dates only the items right under it, not a later sibling list's
    rank = _ITEM_RANK.get(marker, _BULLET_RANK)  # an ancestor's items outrank the target's: "(1)" over "-" over "+"
    for _ in range(_config()["deadline"]["lead_in_items"]):
        if cursor == 0:
            return None
        previous_start = _boundaries(text).rfind("\n", cursor - 1) + 1
        if cursor - 1 - previous_start > _ITEM_LINE_CHARS:
            previous_start = cursor - 1 - _LEAD_IN_CHARS  # a line this long: its tail only (no item)
        line = text[previous_start:cursor - 1]
        cursor = previous_start
        if not line.strip():
            continue
        stripped = line.rstrip(" \t*_#")
        kind = _item_marker(line) if _LIST_ITEM.match(line) else None  # read once per line walked
        kind_rank = _ITEM_RANK.get(kind, _BULLET_RANK)
        if rank and kind is not None and kind_rank > rank:
            # a line of an earlier item's sub-list ("+ Quy mô …, cụ thể như sau:" ⏎ ". Bến cảng …" above "- Khu bến
            # Kế Sách" ⏎ "+ …"): neither the target's lead-in nor the end of its list (below a numbered item, whose
            # rank is not read — "(1)" may stand under "b)" —, as before)
            nearest_parent = False
            continue
        if stripped.endswith(":") or (nearest_parent and _patterns()["period_lead_in"].match(stripped)):
            return stripped, previous_start  # "… như sau:", or a period heading its items: "- Giai đoạn 2025-2027"
        if kind is None:
            continued = _continued_item(text, previous_start)
            if continued is None or _item_marker(text[continued:continued + _MARKER_CHARS]) != marker:
                return None
            cursor = continued  # an earlier item's own paragraph: the walk goes on from that item
            continue
        if rank and kind_rank < rank:  # (nothing outranks a numbered item)
            if _dated_parent(stripped):
                return stripped, previous_start  # "(1) Mục tiêu đến năm 2030" over "- Về hàng hóa …: từ 30,7 triệu tấn …"
            rank = kind_rank
        nearest_parent = nearest_parent and kind == marker
    return None


_MARKER_CHARS = 24  # enough of a line to read its item marker ("  **(12) ")
_CONTINUED_PARAGRAPHS = 2  # unmarked paragraphs an item may run on over


def _continued_item(text: str, line_start: int) -> Optional[int]:
    """Where the list item starts that the unmarked line at ``line_start`` goes on with: one of the few non-blank
    lines right above it (none ends with a colon, which would announce the line instead), or None."""
    cursor = line_start
    for _ in range(_CONTINUED_PARAGRAPHS):
        if cursor == 0:
            return None
        previous_start = _boundaries(text).rfind("\n", cursor - 1) + 1
        while not text[previous_start:cursor - 1].strip() and previous_start > 0:  # blank lines between paragraphs
            cursor = previous_start
            previous_start = _boundaries(text).rfind("\n", cursor - 1) + 1
        line = text[previous_start:cursor - 1]
        if cursor - 1 - previous_start > _ITEM_LINE_CHARS or line.rstrip(" \t*_#").endswith(":") or not line.strip():
            return None
        if _LIST_ITEM.match(line):
            return previous_start if _item_follows(text, line_start, _item_marker(line)) else None
        cursor = previous_start
    return None


def _item_follows(text: str, line_start: int, marker: str) -> bool:
    """Whether an item with ``marker``'s kind comes within a few non-blank lines after the unmarked line at
    ``line_start``: the list goes on past it ("(1) …" ⏎ "Việt Nam thuộc nhóm …" ⏎ "(2) …"), it has not ended ("Mục
    tiêu …:" ⏎ "- Xây dựng 10 trạm." ⏎ "Năm 2020 toàn tỉnh có 20 trạm." is said after the list)."""
    seen = 0
    for line in _LINE_AFTER.finditer(text, line_start):
        if not line.group().strip():
            continue
        if seen and _LIST_ITEM.match(line.group()):
            return _item_marker(line.group()) == marker
        seen += 1
        if seen > _CONTINUED_PARAGRAPHS:
            return False
    return False


_LINE_AFTER = regex.compile(r"[^\n]*+")


#: How lists nest in a plan: numbered items over lettered ones over dashes over pluses (other bullets as dashes);
#: a bare "." is the lowest bullet, one whose symbol the conversion lost (". Bến cảng …: 02 cầu cảng" under "+ …").
_ITEM_RANK = {"9": 0, "a": 1, "-": 2, "+": 3, ".": 4}


_BULLET_RANK = 2


def _dated_parent(line: str) -> bool:
    """Whether ``line``, an item of another kind than those under it, is short and names their due year as a heading
    does: "(1) Mục tiêu đến năm 2030" over "- …" items; not a sentence (it would end with "." or ";")."""
    words = int(_config()["deadline"]["parent_item_words"])
    return not line.endswith((".", ";")) and len(line.split()) <= words \
        and _patterns()["deadline"].search(line) is not None


def _item_marker(line: str) -> str:
    """The kind of a list item's marker: "-", "+", "1." / "(1)" → "9", "a)" → "a"."""
    first = line.lstrip(" \t*_(")[:1]
    return "9" if first.isdigit() else "a" if first.isalpha() else first


_CLAUSE_MARK = regex.compile(r"[,;:]")


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


@cache
def _heading_cue(table: str) -> regex.Pattern:
    """The words of ``targets.toml [table] headings`` that open a section's heading."""
    return words_pattern(word_list("targets.toml", table, "headings"), flags=regex.IGNORECASE)


def _opens_with(section: Section, table: str) -> bool:
    return bool(section.heading and _heading_cue(table).match(section.heading.strip(" *_")))


@cache
def _quoted_article_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _config()["situation"]
    # an article's line opens with its word and number, as a regulation's own do (data/headings.toml [shapes])
    article = regex.compile(r"(?m)^[ \t>\"“*_]*+" + shape("article") + r"[ \t]++" + shape("article_number")
                            + r"\p{Ll}?[.:][ \t*_]*+(?P<approves>(?i:" + alternation(cfg["approving_article_openers"])
                            + r")(?![\p{L}\p{M}]))?")
    ends = regex.compile(r"[ \t>\"“*_]*+(?:#|(?i:" + alternation(cfg["article_end_openers"]) + r")(?![\p{L}\p{M}]))")
    return article, ends


def _quoted_article_at(doc: DocumentStructure, start: int) -> Optional[regex.Match]:
    """The opening line of the article of a law or decision a news article quotes around ``start`` ("Điều 12. …"), up
    to a question the article answers next, a heading or a paragraph that opens with the writer's words ("Như vậy,
    …"); None outside one."""
    if not doc.headingless:
        return None
    article, ends = _quoted_article_patterns()
    text = doc.text
    lower = max(0, start - int(_config()["situation"]["article_chars"]))
    found = None
    for found in article.finditer(text, lower, start):
        pass
    if found is None:
        return None
    line_start = text.find("\n", found.end(), start)
    while line_start >= 0:
        line_end = text.find("\n", line_start + 1, start)
        line = text[line_start + 1:line_end if line_end >= 0 else start]
        if ends.match(line) or (line_end >= 0 and line.rstrip(" \t*_\"”").endswith("?")):
            return None
        line_start = line_end
    return found


def in_approving_article(doc: DocumentStructure, start: int) -> bool:
    """Whether a news article's number stands inside a quoted article that approves a project or a programme ("Điều 1.
    Phê duyệt …", "Điều 1. Chấp thuận chủ trương đầu tư …: - Cải tạo nhà ga đạt công suất 500.000 hành khách/năm"):
    what it lists is aimed at, its "đạt" no result (round 56)."""
    found = _quoted_article_at(doc, start)
    return found is not None and found["approves"] is not None
