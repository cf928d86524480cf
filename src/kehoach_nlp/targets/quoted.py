"""Quantities a rule sets rather than the plan aims at.

Takes: the document structure and a number's span. Gives: whether the number
is quoted from a rule, by what governs its clause — a condition (``Nếu trả lời
đúng từ 50% số câu hỏi trở lên thì …``), an entitlement (``nhóm 1 được cộng 2,0
điểm``), a clause citing a rule (``theo quy định là 50%``), a lead-in quoting a
legal norm — or is a rule of the regulation the decision issues
(``tối thiểu 120 m trong khu vực đô thị`` in a ``QUY ĐỊNH``); and whether a figure
restates or illustrates one the plan has already set.
"""

from __future__ import annotations

from functools import cache
from typing import Optional

import regex

from ..header import doc_type_code
from ..records import Target
from ..sections import is_caption, is_site_link
from ..rules import alternation, data_pattern, word_list, words_pattern
from ..structure import DocumentStructure
from ..caching import per_text
from .clauses import (
    _CLAUSE_MARK, _ITEM_LETTER, _LEAD_IN_CHARS, _clause_before, _clause_window, _config, _lead_ins, _line_around,
    _range_joiner,
)


@cache
def _rule_patterns() -> dict[str, regex.Pattern]:

    def words(key: str) -> str:
        return r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "rules", key)) + r")(?!\p{L}))"

    # "… về mức tỷ lệ phần trăm tính đơn giá thuê đất hàng năm như sau:": a lead-in whose items are a rule's rates
    rate_lead_in = words("rate_nouns") + r"[^\n:]{0,80}?" + words("criteria_follow") + r"[ \t*_]*:[ \t*_]*$"
    return {
        # after a numbering or a fronted adverbial ending in a comma ("Ngoài ra, trường hợp … thì …")
        "opener": regex.compile(r"[\W\d]{0,12}?(?:" + _ITEM_LETTER + r"[.)]\s*)?(?:(?:[\p{L}\p{M}]+\s){0,2}[\p{L}\p{M}]+,\s{1,3})?"
                                + words("conditional_openers")),
        "consequence": regex.compile(words("consequence_markers")),
        "condition_end": regex.compile(words("condition_ends")),
        "entitlement": regex.compile(words("passive") + r"\s{1,3}" + words("entitlement_verbs")
                                     + r"(?:\s{1,3}[\p{L}\p{M}]+){0,4}[\s,]{0,3}$"),
        "entitlement_anywhere": regex.compile(words("passive") + r"\s{1,3}" + words("entitlement_verbs")),
        "rule_citing": regex.compile(words("rule_citing")),
        "reached_after_rule": regex.compile(words("reached_after_rule")),
        "sanction": regex.compile(words("sanctions")),
        "reference": regex.compile(words("reference_values")),
        "source_line": regex.compile(r"[ \t]*+\([ \t*_]*+" + words("source_openers") + r"[^()\n]{0,200}?(?<!\p{L})(?:"
                                     + alternation(word_list("targets.toml", "rules", "norm_words")) + r")(?!\p{L})"),
        "plan_words": regex.compile(words("plan_words")),
        "norm": regex.compile(r"(?<!\p{L})(?:" + alternation(word_list("targets.toml", "rules", "norm_words")) + r")(?!\p{L})"),
        "aim": regex.compile(words("aim_words")),
        "restating": regex.compile(r"[\W\d]{0,6}?" + words("restating_openers")),
        # "… có giá trị từ 300.000.000 đồng …": the property a case has, up to the number
        "property": regex.compile(words("possession") + r"\s{1,3}" + words("property_nouns")
                                  + r"(?:[ \t]{1,3}[^\s.;:!?]{1,20}){0,%d}[ \t]{1,3}$" % _config()["rules"]["property_window"]),
        "case_heading": regex.compile(words("possession") + r"[ \t]{1,3}$"),
        # "… thuộc một trong các tiêu chí sau đây:": a lead-in whose items are the criteria that sort cases
        "criteria_lead_in": regex.compile(words("criteria_nouns") + r"[^\n:]{0,40}?" + words("criteria_follow")
                                          + r"[ \t*_]*:[ \t*_]*$"),
        "rate_lead_in": regex.compile(rate_lead_in),
        "rate_lead_in_line": regex.compile(rate_lead_in, regex.MULTILINE),  # any line of a text
        "colon_after": regex.compile(r"[ \t*_]{0,3}:"),
        "threshold_before": regex.compile(words("threshold_before") + r"\s{1,3}"),
        "threshold_after": regex.compile(r"\s{1,3}" + words("threshold_after") + r"[\W]{0,3}$"),
        "eligibility": regex.compile(words("eligibility_measures") + r"(?:[ \t]{1,3}[\p{L}\p{M}]{1,12}){0,2}[ \t]{1,3}$"),
        "rubric_before": regex.compile(words("rubric_verbs") + r"[ \t]{1,3}$"),
        "rubric_after": regex.compile(r"[ \t]{0,3}[,:]?[ \t]{0,3}(?:" + words("rubric_negation") + r"[ \t]{1,3})?"
                                      + words("rubric_verbs") + r"[ \t]{1,3}(?:\d|" + words("rubric_points") + r")"),
        "example": regex.compile(r"[\s*_#>+•–-]{0,8}" + words("example_openers") + r"[\s*_]{0,3}:"),
        # "=" of a formula, not of a sign "<=", ">=" (a comparator)
        "formula": regex.compile(r"(?<![<>])(?:" + alternation(word_list("targets.toml", "rules", "formula_marks"))
                                 + r")[^\n=]{0,16}$"),
    }


def restates(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in a line that repeats what the text has said: a summing-up
    ("*Trên đây là thông tin về "Danh sách 05 dự án …"*") or an image caption ("*Danh sách 05 dự án … (Hình từ
    Internet)*"), or another article's headline in a site's link ("**Mới: … trong 5 bảng lương …**").

    >>> restates("*Trên đây là thông tin về 05 dự án.*", 26), restates("Xây dựng 05 dự án.", 9)
    (True, False)
    """
    patterns = _rule_patterns()
    line_start = text.rfind("\n", max(0, start - _LEAD_IN_CHARS), start) + 1
    line_end = text.find("\n", start, start + _LEAD_IN_CHARS)
    line_end = line_end if line_end >= 0 else min(len(text), start + _LEAD_IN_CHARS)
    if patterns["restating"].match(text, line_start, start):
        return True
    # the caption's line, read no further back than the lead-in window (a text of one long line is not re-read
    # from its start for each of its numbers)
    line = text[max(line_start, start - _LEAD_IN_CHARS):line_end]
    # … and so does a site's link to another article ("**Mới: … 5 bảng lương …**": that article's headline)
    return is_caption(line) or (line_start >= start - _LEAD_IN_CHARS and is_site_link(text[line_start:line_end]))


_PARAGRAPH_CHARS = 1500  # how far back the paragraph of a number is looked for (an example opens it)


def illustrates(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a worked example's or a formula's, not the plan's: its paragraph opens with
    "Ví dụ:" ("*Ví dụ:* Đảng bộ tỉnh A … là 50 đồng chí"), or it is an operand after "=" on its line ("Tỷ lệ = b/a *
    100%").

    >>> text = "Hệ số quy hoạch 1,5 lần.\\n\\n*Ví dụ:* Đảng bộ tỉnh A có 50 đồng chí.\\n\\nTỷ lệ = b/a * 100%"
    >>> [illustrates(text, text.index(n)) for n in ("1,5", "50", "100%")]
    [False, True, True]
    """
    patterns = _rule_patterns()
    line_start = _line_around(text, start)[0]
    if patterns["formula"].search(text, max(line_start, start - 40), start):
        return True
    paragraph = text.rfind("\n\n", max(0, start - _PARAGRAPH_CHARS), start)
    paragraph = paragraph + 2 if paragraph >= 0 else max(0, start - _PARAGRAPH_CHARS)
    return bool(patterns["example"].match(text, paragraph, start)
                or patterns["example"].match(text, _sentence_line_start(text, line_start), start))


_PARAGRAPH_LINES = 12  # wrapped lines walked back to the line a sentence opens


def _sentence_line_start(text: str, line_start: int) -> int:
    """The start of the nearest line at or above ``line_start`` that opens a sentence: the line after a blank one
    or after one that ends a sentence or a lead-in — a paragraph's first line in a page written without blank lines
    ("theo quy định." ⏎ "*Ví dụ: *Đảng bộ tỉnh A" ⏎ "được xác định … là 50 đồng chí").

    >>> text = "theo quy định.\\n*Ví dụ: *Đảng bộ tỉnh A\\nđược xác định là 50 đồng chí"
    >>> _sentence_line_start(text, text.index("được"))
    15
    """
    for _ in range(_PARAGRAPH_LINES):
        if line_start == 0:
            break
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line_before = text[previous:line_start - 1].rstrip(" \t*_")
        if not line_before or line_before[-1] in ".:;!?":
            break
        line_start = previous
    return line_start


@cache
def _a_range() -> regex.Pattern:
    """Two numbers joined as a range inside a quantity's text ("từ 09 đến 11 bến cảng", "01÷03 cầu cảng")."""
    return regex.compile(r"\d[^\s]*[^\d]{0,24}?\s{0,3}" + _range_joiner("|–") + r"\s{0,3}\d")


def sorts_cases(text: str, start: int, end: int) -> bool:
    """Whether the quantity at ``start:end`` is a condition that sorts cases rather than an aim (policy P5): a
    threshold on a property a case has, a degree of disability that makes a category, or a band of a scoring rubric
    and the points it earns.

    >>> text = "Con thương binh mất sức lao động 81% trở lên; biến động có giá trị từ 300 triệu đồng trở lên."
    >>> [sorts_cases(text, text.index(q), text.index(q) + len(q)) for q in ("81% trở lên", "từ 300 triệu đồng trở lên")]
    [True, True]
    >>> text = "Từ 88 - 90% cộng 02 điểm; phấn đấu 90% xã có từ 2 mô hình trở lên."
    >>> [sorts_cases(text, text.rindex(q), text.rindex(q) + len(q)) for q in ("Từ 88 - 90%", "02 điểm", "90%")]
    [True, True, False]
    """
    patterns = _rule_patterns()
    quote = text[start:end]
    threshold = bool(patterns["threshold_before"].match(quote) or patterns["threshold_after"].search(quote))
    if threshold and not patterns["threshold_after"].search(quote) and _a_range().search(quote):
        threshold = False  # "có tổng số từ 09 đến 11 bến cảng": "từ" opens a range, not a cut-off
    line_start = text.rfind("\n", max(0, start - _LEAD_IN_CHARS), start) + 1
    before = text[max(line_start, start - 120):start]
    if threshold and patterns["property"].search(before):
        return True
    if threshold and patterns["case_heading"].search(before[-8:]) and patterns["colon_after"].match(text, end):
        return True  # a case that the next words rule on: "Phường/xã có từ 16 trường trở lên: đăng ký …"
    if patterns["eligibility"].search(before[-60:]):
        return True
    if threshold and _under_criteria(text, start):
        return True  # "… thuộc một trong các tiêu chí sau đây: (1) Sử dụng vốn đầu tư công từ 30.000 tỷ đồng trở lên"
    if _has_rate_lead_in(text) and _under_criteria(text, start, "rate_lead_in"):
        return True  # "… mức tỷ lệ phần trăm tính đơn giá thuê đất hàng năm như sau: - 1,5% giá đất áp dụng …"
    return bool(patterns["rubric_before"].search(before[-12:]) or patterns["rubric_after"].match(text, end))


@per_text(maxsize=2)
def _has_rate_lead_in(text: str) -> bool:
    """Whether any line of the text is a lead-in that names a rule's rates: most texts have none, and the walk up
    from each of their numbers to its list's lead-in is skipped."""
    return _rule_patterns()["rate_lead_in_line"].search(text) is not None


#: an item of a list of criteria (its marker; what follows is free)
_CRITERION_ITEM = regex.compile(r"[ \t*_]*+(?:[-+•]|\(?\d{1,2}[.)]|\p{Ll}\))")


_CRITERIA_CHARS = 2000  # how far above a threshold the lead-in of its list of criteria may stand


def _under_criteria(text: str, start: int, lead_in: str = "criteria_lead_in") -> bool:
    """Whether the number stands in a list whose lead-in names criteria, conditions or cases ("Dự án quan trọng quốc
    gia là dự án … thuộc một trong các tiêu chí sau đây:"): the nearest line above that ends with a colon."""
    at = start
    floor = max(0, start - _CRITERIA_CHARS)
    while at > floor:
        line_end = text.rfind("\n", floor, at)
        if line_end < 0:
            return False
        line_start = text.rfind("\n", floor, line_end) + 1
        line = text[line_start:line_end].rstrip(" \t*_")
        if line.endswith(":"):
            if _rule_patterns()[lead_in].search(text, max(line_start, line_end - 160), line_end):
                return True
            if not _CRITERION_ITEM.match(line):
                return False  # the list's own lead-in names no criteria
            # "**(2)** Ảnh hưởng lớn đến môi trường …, bao gồm:": a criterion with sub-items; its list's lead-in is above
        at = line_start  # the line break that ends the line above is searched next
    return False


def _source_follows(text: str, end: int, source_line: regex.Pattern) -> bool:
    """Whether the paragraph holding ``end`` is followed by its source in parentheses, on the next line that is not
    blank ("… chưa vượt quá 50 miligam …⏎⏎(Theo điểm c khoản 6 Điều 6 Nghị định 100/2019/NĐ-CP)")."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    at = _BLANKS.match(text, line_end, line_end + _SOURCE_CHARS).end()
    # bounded: the regex module looks for a pattern's required "(" up to the end bound, so an unbounded match cost
    # the rest of the text at every number (quadratic on a long list of numbered items)
    return source_line.match(text, at, at + _SOURCE_CHARS) is not None


_BLANKS = regex.compile(r"[ \t\n]*+")


_SOURCE_CHARS = 300  # a source line's length (its pattern reads at most 200 characters inside the parenthesis)


def quoted_from_rule(doc: DocumentStructure, start: int, end: int) -> bool:
    """Whether the quantity at ``start:end`` is quoted from a rule rather than aimed at by the plan, by what governs
    its clause: a conditional sentence ("Nếu trả lời đúng từ 50% số câu hỏi trở lên thì …"), an entitlement
    ("nhóm 1 được cộng 2,0 điểm"), a clause citing a rule ("theo quy định là 50%"), or a list whose lead-in quotes
    a legal norm or grants an entitlement ("… được trả lương … như sau:" above "a) Vào ngày thường, ít nhất bằng
    150%;").

    >>> from kehoach_nlp.structure import parse_structure
    >>> text = "Trong đó, nhóm 1: được cộng 2,0 điểm; phấn đấu 90% học sinh đỗ."
    >>> [quoted_from_rule(parse_structure(text), text.index(n), text.index(n) + 3) for n in ("2,0", "90%")]
    [True, False]
    """
    text = doc.text
    patterns = _rule_patterns()
    s_start, s_end = _clause_window(text, start, end)
    clause_start = max(_clause_before(text, start), text.rfind("|", s_start, start) + 1)  # a table cell is a clause
    if patterns["aim"].search(text, s_start, start):
        return False
    if sorts_cases(text, start, end):
        return True
    if patterns["sanction"].search(text, s_start, start) or _source_follows(text, end, patterns["source_line"]):
        return True  # a penalty schedule ("Phạt tiền từ …"), a paragraph quoted from a norm ("(Theo … Nghị định …)")
    if patterns["reference"].search(text, s_start, start):
        return True  # a value a rule sets, the plan's figures are reckoned by: "mức lương cơ sở là 2.340.000 đồng/tháng"
    if patterns["entitlement"].search(text[max(s_start, start - 40):start]):
        return True
    cited = patterns["rule_citing"].search(text, clause_start, start)
    if cited and not patterns["plan_words"].search(text, cited.end(), min(start, cited.end() + 40)) \
            and not patterns["reached_after_rule"].search(text, cited.end(), start):
        return True
    consequence_after = patterns["condition_end"].search(text, end, s_end)
    if consequence_after:
        return True  # the condition of a rule: "… đạt từ 50% trở lên thì …"
    opener = patterns["opener"].match(text, s_start, start)
    if opener and patterns["consequence"].search(text, s_start, start):
        return True  # the consequence of a rule: "Trường hợp … thì … được hưởng lương, ít nhất 300%"
    if opener and not _CLAUSE_MARK.search(text, opener.end(), start) and _CLAUSE_MARK.search(text, end, s_end):
        return True  # the condition, closed by a comma: "Trường hợp cần tăng thêm vượt quá 300 đại biểu, …"
    for lead_in in _lead_ins(text, start):
        if patterns["aim"].search(lead_in):
            return False
        if patterns["entitlement_anywhere"].search(lead_in):
            return True
        if patterns["rule_citing"].search(lead_in) and patterns["norm"].search(lead_in) \
                and not patterns["plan_words"].search(lead_in):
            return True
    return False


@cache
def _regulation_codes() -> frozenset[str]:
    """The ``doc_type`` codes of the regulation types ("QUY ĐỊNH" → "quy_dinh")."""
    return frozenset(doc_type_code(t) for t in word_list("targets.toml", "regulations", "types"))


@cache
def _regulation_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The number of a legal normative document, the title words of a decision publishing procedures, and the title
    words that say it publishes or approves them."""
    return (data_pattern("targets.toml", "regulations", "normative_number"),
            words_pattern(word_list("targets.toml", "regulations", "procedure_titles"), flags=regex.IGNORECASE),
            words_pattern(word_list("targets.toml", "regulations", "procedure_publishing"), flags=regex.IGNORECASE))


def _regulation_context(doc: DocumentStructure,
                        recipients_end: Optional[int] = None) -> tuple[Optional[int], bool, bool]:
    """Once per document: where the lists of procedures it publishes begin (after its closing — after its recipients'
    list ending at ``recipients_end`` when no closing is found — when its title says it publishes procedures; None
    otherwise), whether it is a legal normative document (its number has its year), and whether its title says it
    publishes or approves them ("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH …")."""
    normative, procedures, publishing = _regulation_patterns()
    title = doc.info.title or ""
    publisher = doc.info.doc_type in {doc_type_code(t) for t in word_list("targets.toml", "regulations",
                                                                          "procedure_publishers")}
    procedure_title = publisher and procedures.search(title) is not None
    published_from = None
    if procedure_title:
        # no closing found (its articles unread as headings: "**Điều 1. **Công bố …"): the lists follow the
        # decision's recipients ("Nơi nhận: - Như Điều 3; … - Lưu: VT."), ``recipients_end``
        published_from = next((s.start for s in doc.sections if s.kind == "closing"), recipients_end)
    publishes = procedure_title and publishing.search(title) is not None
    return published_from, bool(doc.info.number and normative.match(doc.info.number)), publishes


def _rule_of_regulation(doc: DocumentStructure, target: Target, published_from: Optional[int],
                        normative: bool) -> bool:
    """Whether ``target`` is a rule of a regulation the decision issues rather than an aim ([regulations]): "Khác
    mạng: tối thiểu 120 m trong khu vực đô thị" in a QUY ĐỊNH, "giờ mở cửa bán hàng không sau sáu (06) giờ" in a
    decision numbered 137/2025/QĐ-UBND, "mức thu 10 triệu đồng" in the list of procedures a decision publishes; a
    quota of persons ("không quá 10 cá nhân") is not. ``published_from`` and ``normative``: :func:`_regulation_context`."""
    if published_from is not None and target.start > published_from:
        return True  # the lists it publishes: their criteria ("dưới 10.000 người") are rules too
    if target.unit in word_list("targets.toml", "regulations", "quota_units"):
        return False
    if normative:
        return True
    if doc.attached_type in word_list("targets.toml", "regulations", "types"):
        if target.start < doc.attached_start:
            return False  # the decision's own words, before the regulation it issues
    elif doc.attached_type is not None or doc.info.doc_type not in _regulation_codes():
        return False  # a plan (or a regulation issued on its own: "QUY ĐỊNH …", "HƯỚNG DẪN …" at the top)
    return target.unit not in word_list("targets.toml", "regulations", "quota_units")
