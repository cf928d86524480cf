"""Numeric targets (SPEC.md §5): planned or achieved quantities.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives:
:class:`~kehoach_nlp.records.Target` records in clean-text offsets.

How a number becomes a target, one module per step:

1. **find** numbers in Vietnamese format (``1.600``, ``43,6``, ``05``) and
   number words after a comparator (``ít nhất một hình thức``) — this module,
   :func:`find_targets`, which runs the steps below and merges the targets of
   annex tables (:mod:`kehoach_nlp.target_tables`);
2. **exclude** what names or dates something, by the structure of the
   language rather than a list of cases (:mod:`.exclusions`): a number after an
   identifier noun is a name (``Đội 178``, ``số 1``, ``dự án thứ 4``, ``năm
   2021``); a number followed by ``/`` and a sign is a document number;
   ``d/m/yyyy`` is a date; a span of two years is a period; a number whose next
   word is not a noun (``… 111 và``) or is a time unit (``16 tuổi``, ``6
   tháng``) counts nothing; quantities a rule sets rather than the plan aims at
   (:mod:`.quoted`: ``được cộng 2,0 điểm``) and figures that describe the
   situation as it is (:mod:`.situation`: ``sau sắp xếp còn 34 tỉnh``);
3. **read** the shape (:mod:`.units`): percent, range (``từ 65% - 70%``, ``từ 1
   đến 3``, ``1-2``), ratio (``1.600 lượt người/3.662 người``, ``10/10
   huyện``), money (``1,5 tỷ đồng``), the comparator words on either side
   (``trên``, ``từ … trở lên``), and the unit — the counted noun with its
   measure word (``lượt người``, ``cuốn sổ tay``): frequent units from the data
   file, others from underthesea's word segmentation of the few words after the
   number;
4. **describe**: the indicator (:mod:`.indicator`, what is measured), the
   status (:mod:`.status`: ``achieved`` in a results paragraph or a sentence
   about the past, ``target`` for what the plan commits to) and the deadline
   (:mod:`.deadline`: ``đến năm 2020``). Where a figure sits — its sentence,
   clause, list lead-in and the headings above it — is :mod:`.clauses`, which
   the other steps share.

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> t = find_targets(parse_structure("Phấn đấu trên 90% xã, phường được tuyên truyền."))[0]
    >>> (t.text, t.value, t.comparator, t.unit)
    ('trên 90%', 90.0, '>', '%')
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Optional

import regex

from ..records import Comparator, Target
from ..rules import alternation, word_list
from ..structure import DocumentStructure
from ..target_tables import comparator_of as _comparator_of, find_table_targets, scoring_table_spans
from ..vietnamese import parse_number
from .clauses import _NUMBER, _inside, _patterns
from .deadline import _dates_a_result, _deadline, _year_reached
from .exclusions import (_asked, _counts_its_list, _defines_its_noun, _excluded, _proper_name_follows, is_rate_base, quiz_answers, quiz_option_spans, recipients_spans,
                         sub_kind_spans)
from .indicator import _indicator, _names_currency, complete_elliptic_head, qualifies_indicator
from .quoted import _regulation_context, _rule_of_regulation, illustrates, quoted_from_rule, restates, sorts_cases
from .situation import (_defines_a_word, _fact_of_the_situation, _in_quoted_article, _names_a_set, _names_its_members,
                        _negated, _not_done, _organisation_as_it_is, _places_as_they_are, _works_on_restructuring)
from .status import _status
from .units import (
    _built_length, _change_from, _changes_to, _measured_value, _per_unit, _percent_range, _shared_comparators, _unit_range,
    _unit_repeated_after_colon, _unit_tables, read_unit,
)

__all__ = ["find_targets", "illustrates", "quiz_option_spans", "quoted_from_rule", "read_unit", "recipients_spans",
           "restates", "sorts_cases", "sub_kind_spans"]


def _number_word_targets(doc: DocumentStructure) -> list[Target]:
    text = doc.text
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ"): keep offsets exact
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    out = []
    recipients = recipients_spans(text)
    for match in _patterns()["number_word"].finditer(lowered):
        unit = read_unit(text, match.end("word"))
        if unit is None or _patterns()["preposition_cue"].search(lowered, max(0, match.start() - 12), match.end("cue")) \
                or _inside(recipients, match.start()) or quoted_from_rule(doc, match.start(), unit.end) \
                or restates(text, match.start()) or illustrates(text, match.start()) \
                or is_rate_base(text, match["cue"], match.start("cue"), unit.text) \
                or _patterns()["counted_aspect"].match(text, match.end("word")):
            continue  # (… "12 người trên | một vạn dân": the population a rate is counted over; "trên ba | phương
            # diện": the parts a task works on, as for a number in digits)
        value = parse_number(match["word"])  # "mười tám" → 18, "hai mươi" → 20
        if value is None or _is_article(match["cue"], match["word"]):
            continue  # "xây dựng trên một địa bàn cụ thể": "on an area"
        comparator = _comparator_of().get(match["cue"].lower(), "=")
        start, end = match.start(), unit.end
        out.append(Target(text=text[start:end], start=start, end=end, value=value, comparator=comparator,
                          unit=unit.text, indicator=_indicator(text, start, end, unit.text, False, len(text)),
                          status=_status(doc, start, end), deadline=None,  # set by find_targets
                          rule="targets.number_word"))
    return out


def _asked_due_year(answers: list[tuple[int, int, str]], start: int) -> Optional[int]:
    """The due year a multiple-choice question asks about, for its bold answer at ``start`` (round 57: "Câu 30: … góp
    phần thực hiện mục tiêu đến năm 2030 đạt khoảng bao nhiêu doanh nghiệp hoạt động?" over "**D. Khoảng 2 triệu
    doanh nghiệp**" → 2030; SPEC §5: the deadline stated in the lead-in of the target)."""
    question = next((q for a_start, a_end, q in answers if a_start <= start < a_end), None)
    match = _patterns()["deadline"].search(question) if question else None
    return int(match.group(1)) if match else None


def _is_article(cue: str, word: str) -> bool:
    """Whether a comparator word and "một" after it read as a preposition and an article ([rule_words]
    article_after_cues, article_words): "trên một địa bàn" is "on an area"."""
    return cue.lower() in word_list("targets.toml", "rule_words", "article_after_cues") \
        and " ".join(word.lower().split()) in word_list("targets.toml", "rule_words", "article_words")


#: Only the unit of the quantity before a parenthesis: "01 ngày (02 buổi)" restates it, "Sơn La (87,26%)" does not.
_UNIT_GAP = regex.compile(r"[ \t]*+\p{Ll}+(?:[ \t]\p{Ll}+)?[ \t]*+")


_RESTATED_WITHIN = 40  # characters between a quantity and "(" + the same number in another unit


def _breaks_down(text: str, previous_end: int, paren: int, unit: Optional[str], previous: float, value: float) -> bool:
    """Whether a parenthesis after a quantity breaks it down in the same unit rather than restating it: "07 điểm
    (04 điểm ở vùng nuôi tôm, 03 điểm …)" — a smaller number of the same unit is a part, a target of its own, and so
    is one of a kind of a generic head ("07 điểm (04 điểm vùng nuôi tôm, …)", its unit completed by its kind, round
    52) — not "1.788 tỉ (270,2 tỉ USD)", the sum in another currency."""
    gap = " ".join(text[previous_end:paren].replace("*", " ").replace("_", " ").split())
    kind_of = gap in _unit_tables()["generic_heads"] and unit is not None and unit.startswith(gap + " ")
    return unit is not None and (gap == unit or kind_of) and value < previous


def _shared_noun(text: str, unit: str, end: int) -> tuple[str, int]:
    """A range whose two numbers carry only a multiplier counts the noun written after the second one: "từ 522,1
    nghìn đến 566,3 nghìn | lượt khách" → unit "nghìn lượt khách", the span to its end; ``(unit, end)`` unchanged
    otherwise ("từ 3,2 triệu tấn đến 3,8 triệu tấn" has its noun on both sides)."""
    if unit not in _unit_tables()["money_multipliers"]:
        return unit, end
    at = end - len(unit)
    while at > 0 and text[at - 1] in " \t":
        at -= 1  # the second number's end
    whole = read_unit(text, at)
    if whole is None or not whole.text.startswith(unit + " ") or _names_currency(whole.text):
        return unit, end
    return whole.text, whole.end


def find_targets(doc: DocumentStructure) -> list[Target]:
    """Find every numeric target in ``doc.text``."""
    text = doc.text
    patterns = _patterns()
    candidates = list(_NUMBER.finditer(text))
    targets: list[Target] = []
    consumed_until = -1
    # counted addressees; a scoring table's points; a whole broken down into kinds; a web address's digits; the options
    # of a multiple-choice question
    recipients = recipients_spans(text)
    passed_over = recipients + scoring_table_spans(text) + sub_kind_spans(text) \
        + [m.span() for m in patterns["web_address"].finditer(text)] + quiz_option_spans(text, doc.strong)
    answers = quiz_answers(text, doc.strong) if doc.strong else []
    last_value, last_end = None, -1  # the last number read, a target or not
    shared: Optional[tuple[int, Comparator]] = None  # (end, comparator) of a target whose bound the next may share
    for index, match in enumerate(candidates):
        start, end = match.span()
        if start < consumed_until:
            continue
        value = parse_number(match.group())
        previous_value, previous_end = last_value, last_end
        last_value, last_end = value, end
        if _excluded(text, start, end) or _inside(passed_over, start) or value is None:
            continue
        value_max = denominator = None
        comparator: Comparator = "="
        percent = False
        cursor = end
        pct = patterns["percent"].match(text, cursor)
        rng = patterns["range"].match(text, cursor)
        if rng and not patterns["year_span"].match(text, cursor):
            value_max = parse_number(rng["max"])
            cursor = rng.end()
            comparator = "range"
            pct = patterns["percent"].match(text, cursor) or (pct if rng["pct"] else None)
            if rng["pct"] and not patterns["percent"].match(text, cursor):
                percent = True
        if pct:
            percent = True
            cursor = pct.end() if pct.end() > cursor else cursor
        rate = _per_unit().match(text, cursor) if percent else None
        if rate:  # "7%/năm": a yearly rate
            cursor = rate.end()
            if comparator != "range" and (upper := _percent_range(text, cursor, rate["per"])) is not None:
                # "từ 5,5 %/năm đến 6,1 %/năm": one range
                value_max, comparator, cursor = parse_number(upper[0]), "range", upper[1]
        ratio = None if percent or comparator == "range" else patterns["ratio"].match(text, cursor)
        if ratio:
            denominator = parse_number(ratio["den"])
            if _day_and_month(value, denominator):
                continue  # "văn nghệ 20/11 kỷ niệm …", "dịp 30/4": a day and a month, no share (SPEC §5: dates)
            cursor = ratio.end()
        unit = None
        ratio_at = None  # where a ratio's base starts after the unit ("23 ca sinh/1.000 | phụ nữ"), if any
        if not percent:
            if _proper_name_follows(text, start, cursor):
                continue
            unit_found = read_unit(text, cursor) or _built_length(text, start, cursor) or _measured_value(text, start, cursor)
            if unit_found is None or unit_found.text in _unit_tables()["specification"]:
                continue  # "tối thiểu 02 GB/hộp thư": a system's specification
            if unit_found.text.lower() in _unit_tables()["frequency_heads"]:
                continue  # "Ngày Nhà giáo Việt Nam 20 11 | hàng | năm": how often, no counted noun
            if text[start - 1:start] == "(" and _patterns()["scope_noun"].match(text, cursor) \
                    and text[unit_found.end:unit_found.end + 1] == ")":
                continue  # "cơ quan quản lý đất đai cấp xã (02 phường)": the places a level stands for
            if unit_found.text in _unit_tables()["counted_whole_parts"]:
                continue  # "Nghị định 226/2026/NĐ-CP gồm 10 điều": the parts of a legal text
            if _unit_repeated_after_colon(text, unit_found):
                continue  # "thành 02 phòng: Phòng Tổ chức - Cán bộ và …", "6 rõ: rõ người, rõ việc": members or a slogan
            unit = unit_found.text
            cursor = unit_found.end
            unit_range = _unit_range(text, cursor, unit) if comparator != "range" and denominator is None else None
            if unit_range:  # "khoảng 91.299 tỷ đồng - 97.386 tỷ đồng": one range
                value_max = parse_number(unit_range[0])
                comparator = "range"
                cursor = unit_range[1]
                unit, cursor = _shared_noun(text, unit, cursor)
            if denominator is None:
                after_unit = patterns["ratio"].match(text, cursor)
                if after_unit:
                    denominator = parse_number(after_unit["den"])
                    ratio_at = after_unit.end()
        span_start = start
        before = patterns["before"].search(text[max(0, start - 24):start])
        if before:
            cue = before["cue"].lower()
            span_start = start - (len(text[max(0, start - 24):start]) - before.start("cue"))
            if comparator != "range":
                comparator = _comparator_of().get(cue, comparator)
        after = patterns["after"].match(text, cursor)
        if after:
            comparator = _comparator_of()[after["cue"].lower()] if comparator != "range" else comparator
            cursor = after.end()
        elif not before and comparator == "=" and shared is not None \
                and patterns["shared_gap"].fullmatch(text, shared[0], span_start) \
                and not (percent and value >= _WHOLE and shared[1] == ">="):
            # "tối đa 2 tập thể và | 4 cá nhân": the first quantity's limit ("tối thiểu 30% cho nhân viên, 100% cho
            # giáo viên": nothing is at least the whole, 100% is all)
            comparator = shared[1]
        if before and comparator != "range" and before["cue"].lower() in _change_from() \
                and (_changes_to().match(text, cursor)
                     or ratio_at is not None and _changes_to().match(text, _ratio_end(text, ratio_at))):
            continue  # "từ 28% | lên đạt 38,37%", "từ 10.035 đơn vị | xuống còn 3.321 đơn vị": where it starts from
        consumed_until = cursor
        if quoted_from_rule(doc, span_start, cursor) or restates(text, span_start) or illustrates(text, start):
            continue
        if text[max(0, span_start - 1):span_start] == "(" and previous_value is not None \
                and span_start - previous_end < _RESTATED_WITHIN \
                and (previous_value == value or _UNIT_GAP.fullmatch(text, previous_end, span_start - 1)) \
                and not _breaks_down(text, previous_end, span_start - 1, unit, previous_value, value):
            # the same quantity restated in another unit: "tốc độ 10 Gigabit mỗi giây (10 Gbps)", "01 ngày (02 buổi)"
            continue
        next_start = next((candidates[j].start() for j in range(index + 1, len(candidates))  # no list copy
                           if candidates[j].start() >= cursor
                           and not text[candidates[j].end():candidates[j].end() + 1].isalpha()  # "5G": a name
                           and not qualifies_indicator(text, candidates[j].start())),  # "thuộc nhóm 200 …"
                          len(text))
        unit_text = ("%/" + " ".join(rate["per"].lower().split()) if rate else "%") if percent else unit
        indicator = _indicator(text, span_start, cursor, unit, percent, next_start)
        if targets and (_restated_in_brackets().search(text, max(0, span_start - 30), span_start)
                        or percent and _share_in_brackets().search(text, max(0, span_start - 30), span_start)) and \
                "\n" not in text[targets[-1].end:span_start]:
            indicator = targets[-1].indicator  # "75%-80% … (khoảng 91.299 tỷ đồng - …)": the same share as a sum
        elif targets and not percent:
            indicator = complete_elliptic_head(text, targets[-1].end, targets[-1].unit, span_start, unit, indicator)
        if indicator is None and answers:
            # a quiz's bold answer that names nothing ("**B. 0,50%**") measures what its question asks
            indicator = next((q for a_start, a_end, q in answers if a_start <= span_start < a_end), None)
        targets.append(Target(
            text=text[span_start:cursor], start=span_start, end=cursor, value=value, value_max=value_max,
            comparator=comparator, unit=unit_text, denominator=denominator,
            indicator=indicator,
            deadline=None, status=_status(doc, span_start, cursor),  # deadline: below, bounded by neighbours
            rule="targets.percent" if percent else "targets.count"))
        # a limit its coordinated quantities share: one a word before it set (not a change's "từ"), or shared itself
        bounded = comparator in _shared_comparators() and not after \
            and (before is None or before["cue"].lower() not in _change_from())
        shared = (cursor, comparator) if bounded else None
    targets.extend(_number_word_targets(doc))
    published_from, normative, publishes = _regulation_context(doc, recipients[0][1] if recipients else None)
    procedure_units = word_list("targets.toml", "regulations", "procedure_units")
    targets = [t for t in targets if not _rule_of_regulation(doc, t, published_from, normative)
               and not (publishes and t.unit in procedure_units)  # "Công bố … 02 thủ tục hành chính": its content
               and not _fact_of_the_situation(doc, t)
               and not _defines_a_word(doc, t)
               and not _asked(doc.text, t)
               and not _counts_its_list(doc.text, t)
               and not _defines_its_noun(doc.text, t)
               and not _places_as_they_are(doc, t)
               and not _organisation_as_it_is(doc, t)
               and not _works_on_restructuring(doc, t)
               and not _not_done(doc.text, t)
               and not _names_its_members(doc.text, t)
               and not _names_a_set(doc.text, t)
               and not _negated(doc.text, t)
               and not _in_quoted_article(doc, t)]
    targets.sort(key=lambda t: t.start)
    for index, target in enumerate(targets):
        lower = targets[index - 1].end if index else 0
        upper = targets[index + 1].start if index + 1 < len(targets) else None
        target.deadline = _deadline(doc, target.start, target.end, lower, upper, target.status == "target",
                                    money=_names_currency(target.unit))
        if target.status == "achieved" and _dates_a_result(doc.text, target.start, target.end, target.deadline):
            target.deadline = None  # "Đến cuối năm 1962 đã có gần 4.000 cuộc": the year dates what was done (round 56)
        if target.status == "target" and (year := _year_reached(doc.text, target.start,
                                                                 target.comparator != "=")) is not None:
            target.deadline = year  # the nearest statement: "năm 2025 đạt trên 8% và năm 2026 đạt từ 10%"
        if target.deadline is None and answers:
            target.deadline = _asked_due_year(answers, target.start)
    tabled = find_table_targets(doc)
    if tabled:  # an indicator table's figure: its column gives year and status, its row the unit
        # table targets are in text order and do not overlap: the one that may overlap a target is the last that
        # starts before the target's end (one bisect, not a scan of every cell per target)
        starts = [t.start for t in tabled]
        targets = [t for t in targets if not _overlaps(tabled, starts, t.start, t.end)] + tabled
        targets.sort(key=lambda t: t.start)
    return targets


_WHOLE = 100.0  # per cent


_LAST_DAY, _LAST_MONTH = 31, 12


def _day_and_month(value: float, denominator: Optional[float]) -> bool:
    """Whether ``value/denominator`` can only be a day and a month: a part larger than its whole is no share (round
    57: "Kế hoạch tổ chức văn nghệ 20/11 kỷ niệm 43 năm …" is the 20th of November; "10/10 huyện" is a share).

    >>> _day_and_month(20.0, 11.0), _day_and_month(10.0, 10.0), _day_and_month(3.0, 12.0)
    (True, False, False)
    """
    return denominator is not None and value.is_integer() and denominator.is_integer() \
        and 1 <= denominator < value <= _LAST_DAY and denominator <= _LAST_MONTH


@cache
def _restated_in_brackets() -> regex.Pattern:
    """An opening bracket right before a figure, or with a word of equivalence ("(tương đương | 8,37 tỷ USD)"; [rule_words]
    equivalence): the figure restates the one before it, and measures the same."""
    words = alternation(word_list("targets.toml", "rule_words", "equivalence"))
    return regex.compile(r"\((?:[ \t]*+(?i:" + words + r"))?[ \t]*+$")


@cache
def _share_in_brackets() -> regex.Pattern:
    """A share in brackets after a figure, led by a word of share ([rule_words] bracketed_share): the share of the
    whole the figure before it is, which measures the same (round 55): "vốn chủ sở hữu 1.329,9 tỷ đồng (chiếm | 15%)" →
    "vốn chủ sở hữu", not "chiếm"."""
    words = alternation(word_list("targets.toml", "rule_words", "bracketed_share"))
    return regex.compile(r"\([ \t]*+(?i:" + words + r")[ \t]*+$")


def _ratio_end(text: str, at: int) -> int:
    """The end of a ratio's base whose number ends at ``at`` ("/1.000 | phụ nữ |"), read only where a change may follow
    it (the unit reader may segment words)."""
    base = read_unit(text, at)
    return base.end if base is not None else at


def _overlaps(spans: list[Target], starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(starts, end) - 1
    return index >= 0 and spans[index].end > start
