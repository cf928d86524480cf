"""Figures that describe the situation as it is, not what a plan aims at.

Takes: the document structure and a target. Gives: whether the target defines a
word or states a fact of the situation (in a section opened by ``Giải thích từ
ngữ`` or ``Thực trạng``), counts the places a news report lists as they are
(``cả nước có 34 tỉnh, thành phố``), counts the units a restructuring works on
rather than aims at (``sắp xếp 52 đơn vị hành chính cấp tỉnh``), is written
as not done (``chưa đạt 50%``), enumerates the members listed after it (``gồm 04 dự án: …``) or
stands in an article of a law a news report quotes (``Điều 12. … phải có ít nhất 01 chuyên gia``).
"""

from __future__ import annotations

from functools import cache

import regex

from ..records import Target
from ..rules import alternation, word_list
from ..structure import DocumentStructure
from .clauses import _NUMBER, _config, _line_around, _opens_with, _quoted_article_at, _sentence


def _defines_a_word(doc: DocumentStructure, target: Target) -> bool:
    """Whether a number stands in a section that defines the words of a rule ("Giải thích từ ngữ": "Pháo hoa nổ tầm
    thấp là quả pháo có đường kính không lớn hơn 90 mm"): a definition, not an aim."""
    return any(_opens_with(section, "definitions") for section in doc.path_at(target.start))


def _fact_of_the_situation(doc: DocumentStructure, target: Target) -> bool:
    """Whether a count stands in a section that reports the situation before the plan ("I. ĐÁNH GIÁ TÌNH HÌNH THIỆT
    HẠI": "hơn 200.000 nhà bị ngập"): a fact, not an aim; results reported as such stay (``achieved``)."""
    if target.status != "target":
        return False
    top = next(iter(doc.path_at(target.start)), None)
    return top is not None and _opens_with(top, "situation")


@cache
def _news_places() -> tuple[regex.Pattern, regex.Pattern]:
    having = alternation(word_list("targets.toml", "situation", "news_having"))
    units = alternation(word_list("targets.toml", "situation", "news_place_units"))
    return (regex.compile(r"(?<![\p{L}\p{M}])(?i:" + having + r")[ \t*_]{1,6}$"),
            regex.compile(r"[ \t*_]{1,6}(?i:" + units + r")(?![\p{L}\p{M}])"))


def _places_as_they_are(doc: DocumentStructure, target: Target) -> bool:
    """Whether a news article counts administrative units after a verb of having: the map as it is ("sau khi sắp xếp,
    cả nước có 34 đơn vị hành chính cấp tỉnh"), not an aim."""
    if not doc.headingless or target.unit == "%":
        return False
    having, places = _news_places()
    number = _NUMBER.match(target.text)
    number_end = target.start + number.end() if number else target.end
    if places.match(doc.text, number_end, number_end + 40) is None:
        return False
    restructuring = _restructuring_patterns()
    if restructuring["later_part"].search(doc.text, max(0, target.start - _BREAKDOWN_CHARS), target.start):
        return True  # "… gồm 2636 xã, | 672 phường | và | 13 đặc khu": a later part of a breakdown by kind
    verb = having.search(doc.text, max(0, target.start - 12), target.start)
    if verb is None:
        return False
    if restructuring["breakdown"].match(verb.group().strip(" \t*_")):
        return True
    start, end = _sentence(doc.text, target.start, target.end)
    return restructuring["after"].search(doc.text, start, end) is None \
        or restructuring["in_force"].search(doc.text, start, end) is not None


_BREAKDOWN_CHARS = 160  # how far back a breakdown's opening word is looked for, over its earlier parts


@cache
def _organisation_pattern() -> tuple[regex.Pattern, regex.Pattern]:
    having = alternation(word_list("targets.toml", "situation", "organisation_having"))
    units = alternation(word_list("targets.toml", "situation", "organisation_units"))
    joiners = alternation(word_list("targets.toml", "indicator", "list_joiners"))
    # the verb, then the earlier parts of the same breakdown ("gồm 9 phòng tham mưu, giúp việc và | 17 Phòng …")
    earlier = (r"(?:[ \t:*_]++[\d.,]++[ \t]++(?i:" + units + r")(?![\p{L}\p{M}])(?:[ \t,]++[\p{L}\p{M}]++){0,6}?"
               r"[ \t]*+(?:,|(?i:" + joiners + r")))")
    return (regex.compile(r"(?<![\p{L}\p{M}])(?i:" + having + r")" + earlier + r"*?[ \t:*_]{1,6}$"),
            regex.compile(r"(?i:" + units + r")$"))


def _organisation_as_it_is(doc: DocumentStructure, target: Target) -> bool:
    """Whether a count of an organisation's own parts follows a verb of having or of being made up ([situation]
    organisation_having, organisation_units): its structure as it is, not an aim (round 55): "Cục Thuế có 12 đơn vị tại
    Trung ương", "Kho bạc Nhà nước khu vực I gồm 9 phòng tham mưu, giúp việc và 17 Phòng Giao dịch", "Chi cục Thuế khu
    vực 1 có không quá 19 phòng". A sentence about after a restructuring not yet in force keeps its counts (gold
    ANNOTATION "Restructuring counts": "sau sắp xếp, Sở có 6 phòng" is what the scheme aims at).

    >>> from kehoach_nlp.structure import parse_structure
    >>> from kehoach_nlp.targets import find_targets
    >>> doc = parse_structure("Kho bạc Nhà nước khu vực I gồm 9 phòng tham mưu, giúp việc và 17 Phòng Giao dịch.")
    >>> find_targets(doc)
    []
    """
    if target.unit is None or target.unit.startswith("%"):
        return False
    having, units = _organisation_pattern()
    if units.match(target.unit.split(",")[0].strip()) is None:  # "12 vụ, đơn vị": a list of kinds
        return False
    if having.search(doc.text, max(0, target.start - _BREAKDOWN_CHARS), target.start) is None:
        return False
    restructuring = _restructuring_patterns()
    start, end = _sentence(doc.text, target.start, target.end)
    return restructuring["after"].search(doc.text, start, end) is None \
        or restructuring["in_force"].search(doc.text, start, end) is not None


@cache
def _restructuring_patterns() -> dict[str, regex.Pattern]:
    words = {key: word_list("targets.toml", "restructuring", key)
             for key in ("acts", "act_not_after", "covered_joiners", "inputs", "place_units", "before_words", "kept_words",
                         "after_words", "in_force_words", "breakdown_words")}
    bound = r"(?![\p{L}\p{M}])"
    act = r"(?<![\p{L}\p{M}])(?i:" + alternation(words["acts"]) + r")" + bound
    joiner = r"(?:[ \t]{1,3}(?i:" + alternation(words["covered_joiners"]) + r"))?"
    gap = r"(?:[ \t*_]{1,3}[\p{L}\p{M}]+){0," + str(_config()["restructuring"]["input_gap_words"]) + r"}?"
    return {
        "covered": regex.compile(r"(?<!(?<![\p{L}\p{M}])(?i:" + alternation(words["act_not_after"]) + r")[ \t]{1,3})"
                                 + act + joiner + r"[ \t]{1,3}$"),
        "input_act": regex.compile(gap + r"[ \t*_]{1,3}" + act),
        "act": regex.compile(act),
        "input": regex.compile(r"(?i:" + alternation(words["inputs"]) + r")$"),
        "place": regex.compile(r"(?i:" + alternation(words["place_units"]) + r")" + bound),
        "breakdown": regex.compile(r"(?i:" + alternation(words["breakdown_words"]) + r")$"),
        "later_part": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(words["breakdown_words"]) + r")(?:[ \t]*+:)?"
                                    r"(?:[ \t]++[\d.,]++[ \t]++(?i:" + alternation(words["place_units"])
                                    + r")(?:[ \t]++[\p{L}\p{M}]++){0,4}?[ \t]*+(?:,|(?i:"
                                    + alternation(word_list("targets.toml", "indicator", "list_joiners")) + r")))++[ \t]*+$"),
        "resource": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("targets.toml", "restructuring",
                                                                                   "resource_verbs")) + r")[ \t*_]{1,3}$"),
        "after": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(words["after_words"]) + r")" + bound),
        "in_force": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(words["in_force_words"]) + r")" + bound),
        "before_or_kept": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation((*words["before_words"], *words["kept_words"]))
                                        + r")" + bound),
    }


_COVERED_CHARS = 24  # "sắp xếp đối với " and a comparator before the number


def _works_on_restructuring(doc: DocumentStructure, target: Target) -> bool:
    """Whether a count is what a restructuring works on rather than what it aims at (gold/ANNOTATION.md
    "Restructuring counts"): the units it covers ("sắp xếp 526 đơn vị hành chính cấp xã"), its inputs ("xây dựng 126
    phương án sắp xếp …"), and in a sentence about it, the map before it or the units it keeps ("qua rà soát 10.035
    đơn vị hành chính cấp xã hiện nay"). The units it forms, leaves and cuts stay ("để hình thành 126 đơn vị …").

    >>> from kehoach_nlp.structure import parse_structure
    >>> from kehoach_nlp.targets import find_targets
    >>> doc = parse_structure("Tỉnh xây dựng 39 phương án sắp xếp 132 đơn vị hành chính cấp xã để hình thành 36 đơn vị.")
    >>> [t.value for t in find_targets(doc)]
    [36.0]
    """
    if target.unit is None or target.unit.startswith("%"):
        return False
    text = doc.text
    p = _restructuring_patterns()
    if p["covered"].search(text, max(0, target.start - _COVERED_CHARS), target.start):
        return True
    if p["input"].search(target.unit) and p["input_act"].match(text, target.end):
        return True
    if not p["place"].match(target.unit):
        return _resource_of_covered_units(text, target, p)
    start, end = _sentence(text, target.start, target.end)
    return p["act"].search(text, start, end) is not None and p["before_or_kept"].search(text, start, end) is not None


def _resource_of_covered_units(text: str, target: Target, p: dict[str, regex.Pattern]) -> bool:
    """Whether a count (not of places) is a resource of the units a restructuring covers, named after a copula or a
    verb of keeping in the line of the act: "tổng số trụ sở công … thực hiện sắp xếp là 38.182 trụ sở; tiếp tục sử dụng
    33.956 trụ sở và dôi dư 4.226 trụ sở" — the count as it is, unless the line speaks of after the act."""
    chars = int(_config()["restructuring"]["resource_verb_chars"])
    if p["resource"].search(text, max(0, target.start - chars), target.start) is None:
        return False
    line_start, line_end = _line_around(text, target.start)[0], _line_around(text, target.end)[1]
    line_end = len(text) if line_end < 0 else line_end
    return p["act"].search(text, line_start, line_end) is not None and p["after"].search(text, line_start, line_end) is None


@cache
def _member_patterns() -> dict[str, regex.Pattern]:
    cfg = _config()["situation"]
    bound = r"(?![\p{L}\p{M}])"
    words = alternation(cfg["member_list_words"])
    return {
        "opener": regex.compile(r"(?<![\p{L}\p{M}])(?<!(?<![\p{L}\p{M}])(?i:" + alternation(cfg["member_opener_not_after"])
                                + r")[ \t]{1,3})(?i:" + alternation(cfg["member_openers"]) + r")[ \t*_]{1,3}$"),
        "colon": regex.compile(r"[^\n:.;()]{0,%d}+:" % int(cfg["member_colon_chars"])),
        "list": regex.compile(r"[^\n:.;()]{0,%d}?(?:[ \t]*+\([ \t]*+(?i:%s)%s|[ \t,]*+(?i:%s)[ \t]*+:)"
                              % (int(cfg["member_list_gap_chars"]), words, bound, words)),
        "copula": regex.compile(r"[ \t]++(?i:" + alternation(cfg["member_copulas"]) + r")[ \t]++"),
    }


@cache
def _member_measures() -> frozenset[str]:
    return frozenset(word.casefold() for word in _config()["situation"]["member_measures"])


_MEMBER_OPENER_CHARS = 14  # "chia thành " and markup before the count


def _names_its_members(text: str, target: Target) -> bool:
    """Whether a count is followed by the list of what it counts, so that it enumerates rather than aims: "gồm 04 dự
    án: Tuyên Quang - Hà Giang, …", "28 tỉnh (gồm: Lai Châu, …)", "02 Ban là Ban Pháp chế …".

    >>> from kehoach_nlp.structure import parse_structure
    >>> from kehoach_nlp.targets import find_targets
    >>> doc = parse_structure("Dự thảo văn kiện trình đại hội gồm 2 báo cáo chủ yếu: báo cáo chính trị và báo cáo kiểm điểm.")
    >>> find_targets(doc)
    []
    """
    if target.unit is None or target.unit.split("/")[0].split()[0].casefold() in _member_measures():
        return False
    p = _member_patterns()
    if p["opener"].search(text, max(0, target.start - _MEMBER_OPENER_CHARS), target.start) \
            and p["colon"].match(text, target.end):
        return True
    if p["list"].match(text, target.end):
        return True
    copula = p["copula"].match(text, target.end)
    head = target.unit.split()[0]
    return copula is not None and text[copula.end():copula.end() + len(head)].casefold() == head.casefold() \
        and not text[copula.end() + len(head):copula.end() + len(head) + 1].isalpha()


def _in_quoted_article(doc: DocumentStructure, target: Target) -> bool:
    """Whether a news article's number stands inside an article of a law it quotes ("Điều 12. … phải có ít nhất 01
    chuyên gia …"): the law's rule — not an article that approves a project ("Điều 1. Chấp thuận chủ trương đầu tư
    …: Vốn đầu tư khoảng 2.400 tỷ đồng"), which states its aims."""
    found = _quoted_article_at(doc, target.start)
    return found is not None and not found["approves"]


@cache
def _not_done_pattern() -> regex.Pattern:
    return regex.compile(r"[ \t*_]{1,3}(?i:" + alternation(word_list("targets.toml", "rules", "not_done_after"))
                         + r")(?![\p{L}\p{M}])")


def _not_done(text: str, target: Target) -> bool:
    """Whether the count is of what is not done yet ("còn 21/42 vị trí chưa bàn giao"): a shortfall, no aim."""
    return target.unit != "%" and _not_done_pattern().match(text, target.end) is not None


@cache
def _set_possessor() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "situation", "set_possessors"))
    total = alternation(word_list("targets.toml", "situation", "set_possessor_not_after"))
    return regex.compile(r"(?i:(?<![\p{L}\p{M}])(?<!(?:" + total + r")[ \t])(?:" + words + r"))[ \t]++$")


def _names_a_set(text: str, target: Target) -> bool:
    """Whether a count, with no comparator, names a set already there after a word that takes it as possessor or
    scope ([situation] set_possessors): "Lãnh đạo | 4 tỉnh | đều cam kết", "nghỉ giữa | 02 đợt | Kỳ họp thứ 9".

    >>> _names_a_set("Lãnh đạo 4 tỉnh đều cam kết.", Target(text="4 tỉnh", start=9, end=15, value=4, unit="tỉnh"))
    True
    """
    if target.unit is None or target.unit.startswith("%") or target.comparator != "=" \
            or not text[target.start:target.start + 1].isdigit():
        return False
    return _set_possessor().search(text, max(0, target.start - 20), target.start) is not None


@cache
def _negated_verb() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "rules", "negations"))
    compound_before = alternation(word_list("targets.toml", "rules", "negation_compounds_before"))
    compound_after = alternation(word_list("targets.toml", "rules", "negation_compounds_after"))
    bound = alternation(word_list("targets.toml", "rules", "negation_bounds"))
    word = r"[ \t]++(?!(?:" + bound + r")(?![\p{L}\p{M}]))\p{Ll}[\p{Ll}\p{M}]*+"
    # lower case only: "Không quân" names a service; "hàng không", "không gian" are words of their own
    return regex.compile(r"(?<![\p{L}\p{M}])(?<!(?:" + compound_before + r")[ \t])(?:" + words + r")"
                         r"(?![ \t]++(?:" + compound_after + r")(?![\p{L}\p{M}]))(?:" + word + r"){1,3}[ \t]++$")


_NEGATION_CHARS = 40  # how far back from the figure its verb's negation is read


def _negated(text: str, target: Target) -> bool:
    """Whether the verb that governs a figure is negated, a word to three before it: "sau khi sáp nhập tỉnh sẽ không có
    bầu cử | 34 Chủ tịch UBND tỉnh" states what will not be, no aim (round 53; a comparator's own "không", "không
    quá 10", is the figure's and stands inside its span).

    >>> _negated("tỉnh sẽ không có bầu cử 34 Chủ tịch.", Target(text="34 Chủ tịch", start=24, end=35, value=34, unit="chủ tịch"))
    True
    """
    return _negated_verb().search(text, max(0, target.start - _NEGATION_CHARS), target.start) is not None
