"""Numeric targets (SPEC.md §5): planned or achieved quantities.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives:
:class:`~kehoach_nlp.records.Target` records in clean-text offsets.

How a number becomes a target:

1. **find** numbers in Vietnamese format (``1.600``, ``43,6``, ``05``) and
   number words after a comparator (``ít nhất một hình thức``);
2. **exclude** what names or dates something, by the structure of the
   language rather than a list of cases: a number after an identifier noun is a
   name (``Đội 178``, ``số 1``, ``dự án thứ 4``, ``năm 2021``); a number followed
   by ``/`` and a sign is a document number; ``d/m/yyyy`` is a date; a span of
   two years is a period; a number whose next word is not a noun (``… 111 và``)
   or is a time unit (``16 tuổi``, ``6 tháng``) counts nothing;
3. **read** the shape: percent, range (``từ 65% - 70%``, ``từ 1 đến 3``,
   ``1-2``), ratio (``1.600 lượt người/3.662 người``, ``10/10 huyện``), money
   (``1,5 tỷ đồng``), the comparator words on either side (``trên``,
   ``từ … trở lên``), and the unit — the counted noun with its measure word
   (``lượt người``, ``cuốn sổ tay``): frequent units from the data file,
   others from underthesea's word segmentation of the few words after the number;
4. **describe**: the indicator (what is measured), the status (``achieved`` in
   a results paragraph or a sentence about the past, ``target`` for what the
   plan commits to) and the deadline (``đến năm 2020``).

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> t = find_targets(parse_structure("Phấn đấu trên 90% xã, phường được tuyên truyền."))[0]
    >>> (t.text, t.value, t.comparator, t.unit)
    ('trên 90%', 90.0, '>', '%')
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Optional

import regex

from .data import load_toml
from .header import doc_type_code
from .records import Comparator, Section, Target, TargetStatus
from .sections import is_caption, is_site_link
from .rules import alternation, data_pattern, data_regex, word_list, word_lists, words_pattern
from .structure import DocumentStructure
from .target_tables import comparator_of as _comparator_of, find_table_targets, scoring_table_spans
from .task_tables import cell_runs
from .vietnamese import number_words, parse_number, pos_tags
from .caching import per_text

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
        "part_list": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "identifiers", "parts")) + r"))\s+"
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
        "counted_part": regex.compile(r"\s{1,3}(?i:" + alternation(word_list("targets.toml", "units", "counted_parts"))
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
        "clause_year": data_pattern("targets.toml", "deadline", "clause_year"),
        "clause_year_not_after": words_pattern(word_list("targets.toml", "deadline", "clause_year_not_after"),
                                               right=r"[\s*_]{1,3}$", flags=regex.IGNORECASE),
        "clause_year_documents": words_pattern(word_list("targets.toml", "deadline", "clause_year_not_past"),
                                               flags=regex.IGNORECASE),
        "clause_year_keeps": words_pattern(word_list("targets.toml", "deadline", "clause_year_not_with"),
                                           flags=regex.IGNORECASE),
        "aim_in_sentence": words_pattern(word_list("targets.toml", "deadline", "sentence_aims"), flags=regex.IGNORECASE),
        "total_year": data_pattern("targets.toml", "deadline", "total_year"),
        "as_of": data_pattern("targets.toml", "deadline", "as_of"),
        "subhead_opening": regex.compile(title_opening + r"(?i:" + data_regex("targets.toml", "deadline", "subhead_words")
                                         + r")(?!\p{L})"),
        "aims_year": data_pattern("targets.toml", "deadline", "aims_year"),
        "sentence_aim": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "deadline", "sentence_aims"))
                                      + r"))[\s*_]{1,3}$"),
        "aim_title": regex.compile(title_opening + r"(?i:" + data_regex("targets.toml", "status", "aim_title_words")
                                   + r")(?!\p{L})"),
        "numbered_title": regex.compile(title_number + r"\s"),
        "status_target": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "status", "target")) + r")(?!\p{L}))"),
        "status_achieved": regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "status", "achieved"))
                                         + r")(?!\p{L}))"),
    }


@cache
def _unit_tables() -> dict[str, frozenset[str]]:
    units = _config()["units"]
    return {key: frozenset(w.lower() for w in units[key])
            for key in ("measure_words", "money_multipliers", "currency", "excluded", "not_units", "common",
                        "counted_whole_parts",
                        "specification", "copies", "copy_kinds", "glued", "per", "percentage_point_units")}


@lru_cache(maxsize=8192)
def _segment(snippet: str) -> tuple[str, ...]:
    """underthesea word segmentation of a short snippet (loaded lazily, cached)."""
    from underthesea import word_tokenize

    return tuple(word_tokenize(snippet))


@dataclass
class _Unit:
    text: str
    end: int  # offset in the document where the unit ends


# Small shapes used on every candidate number (compiled once, not looked up per call).
_UNIT_START = regex.compile(r"[ \t]{1,3}(\p{L}[\p{L}\p{M}]*)")
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
_BREAK = regex.compile(r"[,;.:()\n/]")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_BLANK = regex.compile(r"\s*")
_NUMBERING_END = regex.compile(r"[.)]\s")

_PERCENT_SIGN = regex.compile(r"[ \t]{0,2}%")


def read_unit(text: str, at: int) -> Optional[_Unit]:
    """The counted noun right after a number (``at`` = end of the number), lower case; a list of
    administrative levels is one unit.

    >>> read_unit("17 lớp tập huấn", 2).text, read_unit("1.080 lượt cán bộ làm", 5).text
    ('lớp', 'lượt cán bộ')
    >>> read_unit("15 xã, phường, thị trấn lành mạnh", 2).text
    'xã, phường, thị trấn'
    """
    unit = _read_one_unit(text, at)
    if unit is not None and unit.text in _unit_tables()["excluded"]:
        return None  # "ít nhất 8 ký tự", "3 mật khẩu": a unit of several words that is no target's
    if unit is not None:
        unit = _with_noun_tail(text, unit)
    if unit is not None and unit.text in _unit_tables()["percentage_point_units"] \
            and (sign := _PERCENT_SIGN.match(text, unit.end)) is not None:
        unit = _Unit(f"{unit.text} %", sign.end())  # "1,5 điểm %": percentage points
    if unit is not None:
        per = _per_unit().match(text, unit.end)
        if per:
            # "2 đợt/tháng": a rate; "435.000 đồng/người/ngày": per two things
            rate, end = f"{unit.text}/{' '.join(per['per'].lower().split())}", per.end()
            if (more := _per_unit().match(text, end)) is not None:
                rate, end = f"{rate}/{' '.join(more['per'].lower().split())}", more.end()
            return _Unit(rate, end)
    if unit is None or unit.text not in _config()["indicator"]["list_units"]:
        return unit
    parts, end = [unit.text], unit.end
    while True:
        more = _level_list_item().match(text, end)
        if not more:
            return _Unit(", ".join(parts), end)
        parts.append(more["level"].lower())
        end = more.end()


@cache
def _shared_comparators() -> frozenset[str]:
    return frozenset(word_list("targets.toml", "comparators", "shared", "comparators"))


@cache
def _change_from() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("targets.toml", "ranges", "change_from"))


@cache
def _changes_to() -> regex.Pattern:
    """After a quantity opened by "từ": the words of a change to another number ("từ 28% | lên đạt | 38,37%"; data
    [ranges] change_words), which make the first number where it starts, not a bound."""
    words = alternation(word_list("targets.toml", "ranges", "change_words"))
    return regex.compile(r"[ \t,]{0,3}(?i:" + words + r")[ \t]{1,3}(?=\d)")


@cache
def _change_start() -> regex.Pattern:
    """Where a change starts, at the end of the words before its second number ("Dự án … | từ 51% lên | 59%"): not
    part of what the number measures."""
    words = alternation(word_list("targets.toml", "ranges", "change_words"))
    opener = alternation(_change_from())
    # "từ 65 tuổi | trở lên" is a bound, not a change: no change word right after a bound's first word
    bound = alternation({cue.split()[0] for cue in word_list("targets.toml", "rule_words", "trailing_cues")})
    return regex.compile(r"(?:^|\s)(?i:" + opener + r")\s+\d[\d.,]*\s*%?(?:\s+\p{Ll}+){0,3}?\s+(?<!(?i:" + bound
                         + r")\s)(?i:" + words + r")\s*$")


_TAIL_CHARS = 40  # how far after a unit its compound's other nouns are looked for


def _with_noun_tail(text: str, unit: _Unit) -> _Unit:
    """A one-syllable unit with the lower-case noun that follows it in one compound, by underthesea's tagger: "06 bến |
    cảng gồm …" → "bến cảng", "02 khu | đất" → "khu đất"; "17 lớp | tập huấn" (a verb) stays "lớp", and so does a
    longer unit ("dự án | đường sắt": what kind of project, not the counted noun), nor does a unit a rate may be
    counted per ("15 buổi | truyền thông", "100 người | dân"), a unit of measure ("11 ha | đất") or an administrative
    level ("248 xã | biên giới")."""
    tables = _unit_tables()
    if " " in unit.text or unit.text in tables["currency"] or unit.text in tables["money_multipliers"] \
            or unit.text in tables["measure_words"] or unit.text in tables["per"] or unit.text in tables["glued"] \
            or unit.text in _config()["indicator"]["list_units"] or not text.startswith(" ", unit.end):
        # a classifier of events, periods or persons keeps its kind apart ("15 buổi | truyền thông", "100 người | dân"),
        # a unit of measure what it measures ("11 ha | đất"), an administrative level its kind ("248 xã | biên giới")
        return unit
    snippet = _BREAK.split(text[unit.end:unit.end + _TAIL_CHARS], maxsplit=1)[0].strip()
    tagged = pos_tags(snippet)
    if not tagged:
        return unit
    token, tag = tagged[0]
    if tag != "N" or not token.islower() or len(token.split()) + 1 > int(_config()["units"]["compound_syllables"]) \
            or token in tables["not_units"] or token in tables["excluded"] or token in tables["per"]:
        return unit
    last = token.split()[-1]
    found = text.find(last, unit.end, unit.end + _TAIL_CHARS)
    if found < 0:
        return unit
    return _Unit(f"{unit.text} {token}", found + len(last))


@cache
def _per_unit() -> regex.Pattern:
    """"/tháng", "/năm", "/lần" right after a unit: what it is counted per (data/targets.toml [units] per)."""
    return regex.compile(r"[ \t]?/[ \t]?(?P<per>(?i:" + alternation(word_list("targets.toml", "units", "per"))
                         + r"))(?![\p{L}\p{M}])")


@cache
def _level_list_item() -> regex.Pattern:
    """", phường", " và thị trấn" after an administrative level."""
    levels = alternation(word_list("targets.toml", "indicator", "list_units"))
    joiners = alternation(word_list("targets.toml", "indicator", "list_joiners"))
    return regex.compile(r"(?:\s*,\s*|\s+(?:" + joiners + r")\s+)(?P<level>(?i:" + levels + r"))(?![\p{L}\p{M}])")


@cache
def _glued_unit() -> regex.Pattern:
    """A currency or a unit of measure written against its number: "435.000đồng/người/ngày", "khoảng 840,36ha"
    ([units] currency and glued)."""
    units = word_list("targets.toml", "units", "currency") + word_list("targets.toml", "units", "glued")
    return regex.compile(r"(?i:(" + alternation(units) + r"))(?![\p{L}\p{M}])")


@cache
def _built_length_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    lengths = alternation(word_list("targets.toml", "units", "built_lengths"))
    built = alternation(word_list("targets.toml", "units", "built_before"))
    distance = alternation(word_list("targets.toml", "units", "distance_before"))
    return (regex.compile(r"[ \t]{0,3}(?i:(" + lengths + r"))(?![\p{L}\p{M}\d/])"),
            regex.compile(r"(?<![\p{L}\p{M}])(?i:" + built + r")(?![\p{L}\p{M}])"),
            regex.compile(r"(?<![\p{L}\p{M}])(?i:" + distance + r")(?![\p{L}\p{M}])"))


def _built_length(text: str, start: int, at: int) -> Optional[_Unit]:
    """A length the clause builds or aims at ([units] built_lengths, built_before), which read_unit leaves out:

    >>> _built_length("Đầu tư khoảng 53,7 km, chia thành 03 dự án", 14, 18).text
    'km'
    >>> [_built_length(t, t.index("8"), t.index(" km")) for t in ("Xã cách trung tâm 168 km", "cách 8 km theo cao tốc")]
    [None, None]
    """
    length, built, distance = _built_length_patterns()
    unit = length.match(text, at)
    if unit is None:
        return None
    clause = _clause_before(text, start)
    if built.search(text, clause, start) is None or distance.search(text, clause, start) is not None:
        return None
    return _Unit(unit.group(1).lower(), unit.end())


def _read_one_unit(text: str, at: int, segment: bool = True) -> Optional[_Unit]:
    tables = _unit_tables()
    match = _UNIT_START.match(text, at, at + 12) or _glued_unit().match(text, at, at + 12)
    if not match:
        return None
    first = match.group(1).lower()
    if first in tables["not_units"] or first in tables["excluded"]:
        return None
    start = match.start(1)
    words = list(_LETTERS.finditer(text[start:start + 60]))
    if not words or _BREAK.search(text, start, start + words[0].end()):
        return None
    lowered = [w.group().lower() for w in words]
    if any(" ".join(lowered[:n]) in tables["copies"] for n in (1, 2, 3)) \
            and " ".join(lowered[:2]) not in tables["copy_kinds"]:
        return None  # "lập thành 02 bản", "04 bản kê khai": how many copies a rule asks for, no aim
    # money: "500 triệu đồng"
    if lowered[0] in tables["money_multipliers"] and len(lowered) > 1 and lowered[1] in tables["currency"]:
        return _Unit(f"{lowered[0]} {lowered[1]}", start + words[1].end())
    if lowered[0] in tables["currency"] and " ".join(lowered[:2]) not in tables["common"]:
        return _Unit(lowered[0], start + words[0].end())

    def contiguous(n: int) -> bool:
        gap = text[start + words[0].start():start + words[n - 1].end()]
        return not _BREAK.search(gap)

    # frequent units (longest first), with a measure word in front or not
    for n in (6, 5, 4, 3, 2, 1):
        if len(lowered) >= n and contiguous(n) and " ".join(lowered[:n]) in tables["common"]:
            return _Unit(" ".join(lowered[:n]), start + words[n - 1].end())
    if lowered[0] in tables["measure_words"] and len(lowered) > 1:
        for n in (3, 2):
            if len(lowered) > n and contiguous(n + 1) and " ".join(lowered[1:n + 1]) in tables["common"]:
                return _Unit(" ".join(lowered[:n + 1]), start + words[n].end())
    if not segment:
        return None
    # otherwise: the first word-segmented token (plus the next one after a measure word)
    snippet = text[start:start + (words[min(3, len(words) - 1)].end())]
    snippet = _BREAK.split(snippet, maxsplit=1)[0]
    tokens = [t for t in _segment(snippet) if _WORD.search(t)] if snippet.strip() else []
    if not tokens:
        return None
    unit = tokens[0]
    if (unit.lower() in tables["measure_words"] or unit.lower() in tables["money_multipliers"]) and len(tokens) > 1 \
            and tokens[1].lower() not in tables["not_units"]:
        unit = f"{unit} {tokens[1]}"  # "lượt người"; "40 triệu người dân" counts people in millions
        if tokens[0].lower() in tables["money_multipliers"] and tokens[1].lower() in tables["measure_words"] \
                and len(tokens) > 2 and tokens[2].lower() not in tables["not_units"]:
            unit = f"{unit} {tokens[2]}"  # "522,1 nghìn lượt khách": thousands of visits by passengers
    # The token ends inside the snippet it was segmented from; the segmenter may have changed a
    # letter (Ð U+00D0 → Đ), so look only there: a search to the end of the document cost
    # linear time per target and could stretch the span to a later "Đ".
    last = unit.split()[-1]
    found = text.find(last, start, start + len(snippet))
    if found < 0:
        return None
    return _Unit(unit.lower(), found + len(last))


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


def _line_around(text: str, start: int) -> tuple[int, int]:
    """``(line start, line end)`` of the line holding ``start`` (end: ``-1`` on the last line)."""
    bounds = _boundaries(text)
    return bounds.rfind("\n", start) + 1, bounds.find("\n", start)


@cache
def _money_cut() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "indicator", "money_cut_words"))
    return regex.compile(r"(?i:(?<!\p{L})(?:" + words + r"))(?!\p{L})")


def _money_indicator(text: str, start: int) -> Optional[str]:
    """What a sum pays for, named before it in its clause: "Kinh phí thực hiện khoảng 2,4 tỷ đồng"."""
    before = text[_clause_before(text, start):start]
    cuts = list(_money_cut().finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    value = _indicator_patterns()["edges"].sub("", " ".join(before.split())).strip(" ,")
    nouns = _config()["indicator"]["money_nouns"]
    return value if value and any(noun in value.lower() for noun in nouns) else None


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
    """In a table row flattened with ``|``, the first cell names what the row measures."""
    line_start, line_end = _line_around(text, start)
    pipe = _boundaries(text).find("|", line_start)  # the first cell ends at the line's first "|"
    if pipe < 0 or (line_end >= 0 and pipe >= line_end):
        return None
    first = text[line_start:pipe].strip()
    return first or None


@cache
def _indicator_patterns() -> dict[str, regex.Pattern]:
    strip = alternation(word_list("targets.toml", "indicator", "strip_words"))
    # a number ahead ends the phrase; a name with digits in it ("trạm phát sóng 5G") does not
    joiners = alternation(word_list("targets.toml", "rule_words", "number_ahead_joiners"))
    cues = alternation(word_list("targets.toml", "rule_words", "number_ahead_cues"))
    number_ahead = r"|\s(?:" + joiners + r"|,)?\s*(?:" + cues + r")?\s*\d(?![\d.,]*\p{L})"
    # "phòng, chống": a comma inside a collocation does not end the phrase
    continued = "|".join(regex.escape(c.split(",")[0]) + "," + r"(?=\s*" + regex.escape(c.split(",")[1].strip()) + ")"
                         for c in _config()["indicator"]["comma_continuations"])
    continued = f"(?i:{continued})"
    return {
        "edges": regex.compile(r"^(?i:(?:" + strip + r")(?!\p{L})\s*)+|(?:\s+(?i:" + strip + r"))+$"),
        # a comma right after a share ends its phrase: what follows is the next clause ("… IPv6 đạt 70%, giữ vững …")
        # … and so does a closing bracket: the number stood inside it ("(đơn giản hóa 01 TTHC)")
        "cut_percent": regex.compile(r"^[ \t]*,|[;.:()\n|/]" + number_ahead),
        "cut_count": regex.compile(r"[;.:()\n|/]|,(?<!" + continued + r")" + number_ahead),
        "trailing_cue": regex.compile(r"^\s*(?:" + alternation(word_list("targets.toml", "rule_words", "trailing_cues"))
                                      + r")\s*"),
    }


@cache
def _share_base() -> regex.Pattern:
    return regex.compile(r"(?i:" + alternation(word_list("targets.toml", "indicator", "share_bases")) + r")(?!\p{L})")


#: A list item's marker, if any, at a line's start: "- ", "(2) ", "a) ".
_ITEM_MARK = r"(?:[-+•–]\s*|\(?\d{1,2}[.)]\s*|\(?(?:" + _ITEM_LETTER + r"|" + _ITEM_ROMAN + r")\)\s*)"
_ITEM_PREFIX = r"[ \t*_]{0,8}" + _ITEM_MARK + "?"
_ITEM_LABEL = regex.compile(_ITEM_PREFIX + r"(?P<label>[^:\n]{3,120}):")


#: An item's mark opening an indicator read from its line ("c) Phấn đấu tỷ trọng …"): not part of what it measures.
#: A number's own point is no mark ("10.000 người").
_OPENING_ITEM_MARK = regex.compile(r"^(?!\d{1,2}\.\d)" + _ITEM_MARK)


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
    tail = regex.compile(r"(?:[ \t,]+(?i:" + alternation(cfg["measure_tails"]) + r"))+[ \t,]*$")
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
        return None
    phrase = text[found.end():start]
    if _DIGIT.search(phrase) or len(phrase.split()) > int(_config()["indicator"]["measure_words"]):
        return None  # not the line's first number, or too far from the noun
    phrase = tail.sub("", " " + phrase).strip(" ,")
    return phrase if len(phrase.split()) >= 2 else None


_DIGIT = regex.compile(r"\d")
_MEASURE_LINE_CHARS = 600  # how far back a share's line may start for its measure noun to count


@cache
def _reached() -> regex.Pattern:
    """``đạt`` (``[rule_words] reached``): "tỷ lệ hộ nghèo đạt 2,5%" reports a result."""
    return words_pattern(word_list("targets.toml", "rule_words", "reached"), flags=regex.IGNORECASE)


def _indicator(text: str, start: int, end: int, unit: Optional[str], percent: bool, next_start: int) -> Optional[str]:
    cfg = _config()["indicator"]
    patterns = _indicator_patterns()
    row_label = _table_row_label(text, start) or _cell_row_label(text, start, end)
    if row_label:
        return row_label
    if unit and unit.split()[-1] in _config()["units"]["currency"]:
        money = _money_indicator(text, start)
        if money:
            return money
    after_from = end if percent else end - len(unit or "")
    after = text[after_from:min(next_start, after_from + 300)]
    listing = unit is not None and unit.split(",")[0] in _config()["indicator"]["list_units"]
    cut = patterns["cut_percent" if percent or listing else "cut_count"].search(after)
    phrase = after[:cut.start()] if cut else after
    phrase = patterns["trailing_cue"].sub("", phrase)

    def tidy(value: str) -> str:
        value = _OPENING_ITEM_MARK.sub("", " ".join(value.split()[: cfg["max_words"]])).strip(" ,-|")
        return patterns["edges"].sub("", value).strip(" ,|")  # "|" a table's cell border

    if percent:
        measured = _measure_line(text, start)
        if measured:
            return tidy(measured)  # "- Tỉ lệ che phủ rừng ổn định ở mức 42%": what the line opens with
    value = tidy(phrase)
    if percent and _share_base().match(value):
        # a share of a total ("Ngân sách trung ương: …, chiếm khoảng 75%-80% tổng vốn đầu tư"): what the share
        # measures is the item's label, not the total
        label = _item_label(text, start)
        if label:
            return tidy(label)
        value = ""
    # the words after the number are only its unit, or a rate's first part ("01 lần/năm": "lần")
    bare = not value or (unit is not None and value.lower() in (unit.lower(), unit.lower().split("/")[0]))
    if percent and len(value) < 3 or (not percent and bare):
        # the number ends its clause: what it measures comes before ("tỷ lệ … là 78%", "tạo việc làm cho 5.000 người")
        begin = _clause_before(text, start)
        if begin > 0 and text[begin - 1] == ":" and not text[begin:start].strip():
            label = _list_label(text, begin - 1)
            if label:
                return tidy(label)
        words = " ".join(text[begin:start].split()[-cfg["max_words"]:])
        # the clause read over numbers' own points and commas only where one cut it (else it is the same words)
        whole = " ".join(text[_clause_before(text, start, over_numbers=True):start].split()[-cfg["max_words"]:]) \
            if _inside_number(text, begin - 1) else words
        if _change_start().search(whole):
            # the second number of a change measures what the clause names before the change starts ("Tỷ lệ hộ
            # nghèo giảm | từ 5,2% xuống còn | 3,1%"), over the first number's own comma
            words = _change_start().sub("", whole)
        before = tidy(words)
        # a count names what it counts after the clause ("tạo việc làm cho | 5.000 người" → "tạo việc làm cho người");
        # a sum of money or a rate measures the clause, no noun of it ("Mức trợ cấp hằng tháng là | 600.000
        # đồng/người/tháng" → "Mức trợ cấp hằng tháng")
        if percent or (before and (unit is None or _is_measure_unit(unit))):
            value = before
        else:
            as_written = text[end - len(unit):end] if unit else None
            written = as_written if as_written is not None and as_written.lower() == unit.lower() else unit
            value = f"{before} {written}".strip() if before else (written or "")
    elif not percent and unit and not value.lower().startswith(unit.split(",")[0].split()[0]):
        value = f"{unit} {value}".strip()
    return value or None


def _is_measure_unit(unit: str) -> bool:
    """Whether a unit measures rather than names what is counted: money ("triệu đồng", "USD") or a rate with its
    per-unit ("lần/năm", "đồng/người/ngày")."""
    return "/" in unit or unit.split()[-1] in _config()["units"]["currency"]


def _clause_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The target's sentence, at most ``_RULE_WINDOW`` characters either side (a run-on 'sentence' of thousands
    of targets must not make every lookup scan all of it)."""
    s_start, s_end = _sentence(text, start, end)
    return max(s_start, start - _RULE_WINDOW), min(s_end, end + _RULE_WINDOW)


@cache
def _result_words() -> dict[str, regex.Pattern]:
    return {key: regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "status", name))
                               + r")(?!\p{L}))")
            for key, name in (("before", "achieved_before"), ("after", "achieved_after"), ("aims", "aims"),
                              ("present_or_past", "present_or_past"))} | {
        "breakdown": regex.compile(r"[ \t*_]{0,4}(?i:" + alternation(word_list("targets.toml", "status", "breakdown_openers"))
                                   + r")(?!\p{L})")}


def _status(doc: DocumentStructure, start: int, end: int) -> TargetStatus:
    patterns = _patterns()
    s_start, s_end = _clause_window(doc.text, start, end)
    if s_start > 1 and doc.text[s_start - 1] == "." and _result_words()["breakdown"].match(doc.text, s_start):
        # "… là 87 trạm. Trong đó, có 28 trạm 5G": a breakdown reads with the sentence it breaks down
        s_start = max(_sentence(doc.text, s_start - 1, s_start - 1)[0], start - _RULE_WINDOW)
    sentence = doc.text[s_start:s_end]
    kind = doc.top_kind_at(start)
    result = _result_words()
    if not result["aims"].search(doc.text, s_start, start):
        clause_start = max(_clause_before(doc.text, start), s_start)
        if result["before"].search(doc.text, clause_start, start) or result["after"].search(doc.text, end, s_end):
            return "achieved"  # "ước đạt 95%", "đạt 12.500 tỷ đồng, tăng 8% so với cùng kỳ"
    top = next(iter(doc.path_at(start)), None)
    if top is not None and _opens_with(top, "results"):
        clause_end = doc.text.find(";", end, s_end)
        if not _looks_ahead().search(doc.text, max(_clause_before(doc.text, start), s_start),
                                     clause_end if clause_end >= 0 else s_end):
            return "achieved"  # "I. KẾT QUẢ THỰC HIỆN NĂM 2024": "đã tổ chức 15 lớp" (SPEC §5, the results paragraph)
    if patterns["status_target"].search(sentence):
        return "target"
    lead_in = _above_lead_in(doc.text, start)
    if lead_in is not None and patterns["status_target"].search(lead_in):
        return "target"  # "… bằng các chỉ tiêu cụ thể như sau:" over "(2) Ít nhất 85% … đã có tài khoản …"

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
        return "achieved" if result["present_or_past"].search(sentence) and not under_aims_title() else "target"
    if (patterns["status_achieved"].search(sentence) or _reached().search(sentence)) and not under_aims_title():
        return "achieved"
    if kind == "preamble" and not doc.headingless and not under_aims_title():
        return "achieved"
    return "target"


def _deadline(doc: DocumentStructure, start: int, end: int, lower: int = 0, upper: Optional[int] = None,
              aimed: bool = True) -> Optional[int]:
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
    match = pattern.search(text, s_start, max(s_start, s_end)) or span.search(text, s_start, max(s_start, s_end)) \
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
            or _patterns()["total_year"].search(lead_in) or (_aims_year(lead_in) if aimed else None)
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
            or (_aims_year(heading) if aimed else None)
        if match:
            return int(match.group(1))
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
    năm 2024", "Kế hoạch … năm 2025"), and only when an aim's word stands in the sentence before the target."""
    if not _patterns()["aim_in_sentence"].search(text, s_start, start) \
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


def _year_reached(text: str, start: int) -> Optional[int]:
    """The year right before the verb of the figure ("năm 2026 đạt từ 10% trở lên" → 2026)."""
    match = _patterns()["year_reached"].search(text, max(0, start - _YEAR_REACHED_CHARS), start)
    return int(match.group(1)) if match else None


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
            return None
        if rank and kind_rank < rank:  # (nothing outranks a numbered item)
            if _dated_parent(stripped):
                return stripped, previous_start  # "(1) Mục tiêu đến năm 2030" over "- Về hàng hóa …: từ 30,7 triệu tấn …"
            rank = kind_rank
        nearest_parent = nearest_parent and kind == marker
    return None


_MARKER_CHARS = 24  # enough of a line to read its item marker ("  **(12) ")


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


_CLAUSE_MARK = regex.compile(r"[,;:]")


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
        "sanction": regex.compile(words("sanctions")),
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
    return bool(patterns["example"].match(text, paragraph, start))


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
    if patterns["entitlement"].search(text[max(s_start, start - 40):start]):
        return True
    cited = patterns["rule_citing"].search(text, clause_start, start)
    if cited and not patterns["plan_words"].search(text, cited.end(), min(start, cited.end() + 40)):
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


#: A slogan's few words after its number, up to its closing quote or its colon ("“4 tại chỗ”", "\"6 rõ:").
_SLOGAN_END = regex.compile(r"[ \t]++[\p{L}\p{M}]++(?:[ \t]++[\p{L}\p{M}]++){0,3}[ \t*_]*+[\"”’»:]")


@cache
def _slogan_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _config()["slogans"]
    quote = regex.compile("(?:" + "|".join(regex.escape(q) for q in cfg["opening_quotes"]) + r")[ \t*_]{0,2}$")
    clock = regex.compile("(?:" + "|".join(regex.escape(c) for c in cfg["around_the_clock"]) + r")(?!\d)")
    return quote, clock


_SET_CHARS = 80  # how far after a count its kind of body and "trực thuộc" may reach (a bounded match is fast)


#: A capitalised word and an acronym right before a number: "Ban QLDA | 85" (not a heading in capitals, "PHẤN ĐẤU |
#: 100%").
_NAMED_BY_ACRONYM = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+[ \t]{1,2}\p{Lu}{2,8}[ \t]{1,2}$")


#: A letter and a hyphen right before a number: the number is part of a code ("N-1", "Su-30"), not a quantity.
_CODE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{L}{1,3}-$")


_IDENTIFIER_CHARS = 32  # the words before a number that may name it: the longest is "Nghị quyết Trung ương "


def _excluded(text: str, start: int, end: int) -> bool:
    patterns = _patterns()
    before = text[max(0, start - _IDENTIFIER_CHARS):start]
    quote, clock = _slogan_patterns()
    if quote.search(before) and _SLOGAN_END.match(text, end) or clock.match(text, start):
        return True  # a slogan's number ("“4 tại chỗ”", "\"6 rõ: rõ người …"), a round-the-clock time ("24/7")
    if _CODE_BEFORE.search(before):
        return True  # a code's number: "tiêu chí N-1", "máy bay Su-30" (a letter and a hyphen right before it)
    if patterns["identifier"].search(before) or _NAMED_BY_ACRONYM.search(before):
        return True  # "Đội 178"; "Ban QLDA 85 đảm nhiệm …": a number that is part of a name written with an acronym
    if patterns["part_list"].search(text[max(0, start - 60):start]) or patterns["part_after"].match(text, end):
        return True  # a part of a document: "khoản 1, 2 và 3 Điều 34", "4 Mục II"
    if patterns["of_word"].search(before) and (patterns["document_noun"].match(text, end)
                                               or patterns["scope_noun"].match(text, end)):
        return True  # documents counted in a document's name ("… một số điều của 37 luật"), a scope ("của 28 tỉnh")
    if patterns["counted_part"].match(text, end):
        return True  # a part of the plan or its programme counted: "08 nhóm giải pháp", "Thi đấu 02 nội dung"
    if text[end - 1:end].isdigit() and (patterns["names_a_set"].match(text, end, end + _SET_CHARS)
                                        or patterns["set_before"].search(before)):
        # a set of bodies named by its count: "4 đảng bộ trực thuộc Trung ương", "các đảng bộ trực thuộc 4 đảng bộ
        # Trung ương" (not "100% đơn vị trực thuộc")
        return True
    if patterns["specification"].search(text[max(0, start - 30):start]):
        return True  # the value of a property: "cự ly 1.200 mét", "Thang điểm: 100 điểm"
    if _rate_base(text, start, end, before):
        return True  # the base of a rate: "Số bác sĩ trên 1 vạn dân đạt …"
    if patterns["shortfall"].search(before):
        return True  # a gap or a shortage: "còn chậm 4% so với kế hoạch", "thiếu 1,4 triệu m3 đất đắp"
    cfg = _config()["identifiers"]
    window = " ".join(text[max(0, start - 60):start].split()[-cfg["named_window"]:])
    if patterns["named_head"].search(window) and \
            not patterns["before"].search(before):
        return True
    following = text[end:end + 24]
    if patterns["doc_number"].match(following) or patterns["date_like"].match(following):
        return True
    value = text[start:end]
    if _YEAR.fullmatch(value) and not _counts_a_known_unit(text, end):
        return True  # a year ("2020"), or the first year of a period ("2021 - 2025"); not "1958 giáo viên"
    line_start = _line_around(text, start)[0]
    if _BLANK.fullmatch(text, line_start, start) and _NUMBERING_END.match(following):
        return True  # heading or list numbering "2." / "3)"
    return False


_RATE_INDICATOR_CHARS = 80  # how far before the base an indicator of rates may open ("Số giường bệnh …")
_ROUND_BASES = frozenset(10.0 ** power for power in range(6))


def _rate_base(text: str, start: int, end: int, before: str) -> bool:
    """Whether the number ``text[start:end]`` is the population a rate is counted over: "Số bác sĩ trên | 1 | vạn dân
    đạt …" (data/targets.toml [rules] rate_base_before, rate_base_after, rate_indicator_words)."""
    patterns = _patterns()
    cue = patterns["rate_base_before"].search(before)
    if cue is None or not patterns["rate_base_after"].match(text, end) or parse_number(text[start:end]) not in _ROUND_BASES:
        return False
    cue_at = start - len(before) + cue.start()
    return patterns["rate_indicator"].search(text, max(0, cue_at - _RATE_INDICATOR_CHARS), cue_at) is not None


def _counts_a_known_unit(text: str, end: int) -> bool:
    """Whether a frequent unit noun follows the number ending at ``end`` ("tuyển dụng 1958 giáo viên"): then a
    number shaped like a year counts something."""
    unit = _read_one_unit(text, end, segment=False)  # the frequent units are read without the word segmenter
    return unit is not None and unit.text in _unit_tables()["common"]


@cache
def _recipients_pattern() -> tuple[regex.Pattern, regex.Pattern]:
    heads, last_words = word_list("targets.toml", "recipients", "heads"), word_list("targets.toml", "recipients", "last")
    head = regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(heads) + r"))\W{0,3}:")
    last = regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(last_words) + r"))(?!\p{L})[^\n]*")
    return head, last


#: The filing code on the line after "Lưu: …": the number of copies and the drafter's initials ("08 KH", "(10b)").
_FILING_CODE = regex.compile(r"[ \t]*+\n[ \t*_]*+\(?\d{1,3}[ \t]?[\p{Lu}\p{Ll}]{0,3}\)?(?:[ \t.]{0,2}[\p{Lu}]{1,4})?[ \t*_.]*+(?=\n|$)")


def recipients_spans(text: str) -> list[tuple[int, int]]:
    """Where a document lists its recipients ("Nơi nhận: - UBND 34 tỉnh, thành phố; - Lưu: VT."): the numbers
    there count addressees.

    >>> recipients_spans("Giao Sở Y tế 10 lớp.\\nNơi nhận:\\n- UBND 34 tỉnh;\\n- Lưu: VT.\\nPHỤ LỤC")
    [(21, 57)]
    """
    head, last = _recipients_pattern()
    spans = []
    for match in head.finditer(text):
        limit = min(len(text), match.end() + _config()["recipients"]["max_chars"])
        closing = last.search(text, match.end(), limit)
        end = closing.end() if closing else limit
        filing = _FILING_CODE.match(text, end) if closing else None
        spans.append((match.start(), filing.end() if filing else end))  # "- Lưu: VT, CT.⏎08 KH": copies, drafter
    return spans


def _known_unit(word: str) -> bool:
    tables = _unit_tables()
    first = word.lower()
    return first in tables["common"] or first in tables["measure_words"] or \
        any(unit.startswith(first + " ") for unit in tables["common"])


def _proper_name_follows(text: str, start: int, at: int) -> bool:
    """A capitalised name of two words or more right after a number ("lớp 10 Đắk Lắk", "17 Nguyễn Gia Thiều",
    "12/11 Quảng Ninh"), or a number between two capitalised words of a sentence ("Khu công nghiệp Xuân 8 Quế"):
    the number dates, ranks, addresses or is part of a name. A unit the data knows ("05 Hội nghị", "khoảng 60
    Đội") is not a name.

    >>> [_proper_name_follows(t, t.index("8"), t.index("8") + 1) for t in ("Khu công nghiệp Xuân 8 Quế", "có 8 Xã")]
    [True, False]
    """
    patterns = _patterns()
    match = patterns["proper_name"].match(text, at)
    if match:
        return not _known_unit(match["first"])
    after = patterns["name_after"].match(text, at)
    return bool(after and not _known_unit(after["first"])
                and patterns["name_before"].search(text, max(0, start - 40), start))


@cache
def _quiz_option() -> regex.Pattern:
    return regex.compile(_config()["quiz"]["option"], regex.M)


def quiz_option_spans(text: str) -> list[tuple[int, int]]:
    """The options of a multiple-choice question (``[quiz]``): a run of option lines in letter order ("A. …", "B. …",
    "C. …") right after a line that ends with a question mark. Their numbers are candidates, not aims.

    >>> t = "Câu 1: Mức chi tối thiểu là bao nhiêu?\\n\\nA. 0,30%\\n\\nB. 0,50%\\n\\nC. 0,80%\\n\\nPhấn đấu đạt 90%."
    >>> [t[s:e] for s, e in quiz_option_spans(t)]
    ['A. 0,30%', 'B. 0,50%', 'C. 0,80%']
    """
    quiz = _config()["quiz"]
    spans: list[tuple[int, int]] = []
    run: list[regex.Match] = []

    def close() -> None:
        if len(run) >= quiz["min_options"] and _asks(text, run[0].start()):
            spans.extend(option.span() for option in run)

    for option in _quiz_option().finditer(text):
        expected = quiz["letters"][len(run)] if len(run) < len(quiz["letters"]) else None
        if run and option["letter"] == expected and not text[run[-1].end():option.start()].strip():
            run.append(option)
            continue
        close()
        run = [option] if option["letter"] == quiz["letters"][0] else []
    close()
    return spans


def _asks(text: str, at: int) -> bool:
    """Whether the last non-blank line before ``at`` is a question ("**Câu 23: … bao nhiêu?**")."""
    end = at
    while end > 0 and text[end - 1] in " \t\n*_":
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1:end]
    return line.rstrip(" \t*_:").endswith(_config()["quiz"]["question_end"])


#: A quantity, its unit's words, and a parenthesis right after it: "526 đơn vị hành chính cấp xã (345 xã, 160 phường,
#: 21 thị trấn)", "126 đơn vị hành chính cấp xã mới **(75 xã, 51 phường)".
_BEFORE_PARENTHESIS = regex.compile(r"(?<![\d.,])(?P<total>" + _NUM + r")[ \t]++(?P<unit>\p{L}[^()\n\d]{0,60}?)[ \t*_]*+\("
                                    r"(?P<inner>[^()\n]{3,160})\)")
_PART = regex.compile(r"(?<![\d.,])(" + _NUM + r")[ \t]++(\p{L}+)")


def sub_kind_spans(text: str) -> list[tuple[int, int]]:
    """Parentheses that break a quantity down into kinds of another name, their parts summing to it: "526 đơn vị
    hành chính cấp xã (345 xã, 160 phường, 21 thị trấn)" — the parts restate the whole in detail, no targets of
    their own (a part of the same unit, "07 điểm (04 điểm …, 03 điểm …)", stays one: see :func:`_breaks_down`).

    >>> t = "sắp xếp 526 đơn vị hành chính cấp xã (345 xã, 160 phường, 21 thị trấn)"
    >>> [t[s:e] for s, e in sub_kind_spans(t)]
    ['345 xã, 160 phường, 21 thị trấn']
    """
    spans = []
    for match in _BEFORE_PARENTHESIS.finditer(text):
        parts = _PART.findall(match["inner"])
        total = parse_number(match["total"])
        if len(parts) < 2 or total is None or parts[0][1].lower() == match["unit"].split()[0].lower():
            continue
        values = [parse_number(number) for number, _ in parts]
        places = _restructuring_patterns()["place"]
        if None not in values and (abs(sum(values) - total) < 1e-6
                                   or all(places.match(match["inner"], part.start(2))
                                          for part in _PART.finditer(match["inner"]))):
            # (kinds of place break a count of places down even where a report's sum is off: "hình thành 120 đơn vị
            # hành chính cấp xã mới (103 xã, 20 phường, 1 đặc khu)")
            spans.append(match.span("inner"))
    return spans


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


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
                or restates(text, match.start()) or illustrates(text, match.start()):
            continue
        value = parse_number(match["word"])  # "mười tám" → 18, "hai mươi" → 20
        if value is None:
            continue
        comparator = _comparator_of().get(match["cue"].lower(), "=")
        start, end = match.start(), unit.end
        out.append(Target(text=text[start:end], start=start, end=end, value=value, comparator=comparator,
                          unit=unit.text, indicator=_indicator(text, start, end, unit.text, False, len(text)),
                          status=_status(doc, start, end), deadline=None,  # set by find_targets
                          rule="targets.number_word"))
    return out


@cache
def _upper_bound(after: str) -> regex.Pattern:
    """A joiner and a range's upper number, then ``after``."""
    return regex.compile(r"\s{0,3}" + _range_joiner("|–") + r"\s{0,3}(?P<max>" + _NUM + r")" + after)


def _range_upper() -> regex.Pattern:
    """A joiner and a number after a quantity's unit: " - 97.386 ", " đến 3 " (its unit checked by :func:`_unit_range`)."""
    return _upper_bound(r"\s{1,3}")


def _unit_range(text: str, at: int, unit: str) -> Optional[tuple[str, int]]:
    """The upper bound of a range written with its unit on both sides (" - 97.386 tỷ đồng", " đến 3 lớp"): the
    number and where the second unit ends, or None. One pattern for every unit; the unit is compared after it (a
    pattern per unit cost a compile per quantity: 5% of the whole pipeline on a profile of 200 pages)."""
    upper = _range_upper().match(text, at)
    if upper is None:
        return None
    end = upper.end() + len(unit)
    if text[upper.end():end].casefold() != unit.casefold() or text[end:end + 1].isalpha():
        return None
    return upper["max"], end


def _percent_upper() -> regex.Pattern:
    """A joiner and a share after a rate: " đến 6,1 %", " - 7%" (its "/năm" checked by :func:`_percent_range`)."""
    return _upper_bound(r"\s?%")


def _percent_range(text: str, at: int, per: str) -> Optional[tuple[str, int]]:
    """The upper bound of a rate written with its unit on both sides (" đến 6,1 %/năm" after "5,5 %/năm"): the number
    and where the second rate ends, or None."""
    upper = _percent_upper().match(text, at)
    if upper is None:
        return None
    rate = _per_unit().match(text, upper.end())
    if rate is None or rate["per"].casefold() != per.casefold():
        return None
    return upper["max"], rate.end()


#: Only the unit of the quantity before a parenthesis: "01 ngày (02 buổi)" restates it, "Sơn La (87,26%)" does not.
_UNIT_GAP = regex.compile(r"[ \t]*+\p{Ll}+(?:[ \t]\p{Ll}+)?[ \t]*+")
_RESTATED_WITHIN = 40  # characters between a quantity and "(" + the same number in another unit


def _breaks_down(text: str, previous_end: int, paren: int, unit: Optional[str], previous: float, value: float) -> bool:
    """Whether a parenthesis after a quantity breaks it down in the same unit rather than restating it: "07 điểm
    (04 điểm ở vùng nuôi tôm, 03 điểm …)" — a smaller number of the same unit is a part, a target of its own."""
    gap = " ".join(text[previous_end:paren].replace("*", " ").replace("_", " ").split())
    return unit is not None and gap == unit and value < previous


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


def _regulation_context(doc: DocumentStructure) -> tuple[Optional[int], bool, bool]:
    """Once per document: where the lists of procedures it publishes begin (after its closing, when its title says it
    publishes procedures; None otherwise), whether it is a legal normative document (its number has its year), and
    whether its title says it publishes or approves them ("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH …")."""
    normative, procedures, publishing = _regulation_patterns()
    title = doc.info.title or ""
    procedure_title = procedures.search(title) is not None
    published_from = None
    if procedure_title:
        published_from = next((s.start for s in doc.sections if s.kind == "closing"), None)
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


@cache
def _heading_cue(table: str) -> regex.Pattern:
    """The words of ``targets.toml [table] headings`` that open a section's heading."""
    return words_pattern(word_list("targets.toml", table, "headings"), flags=regex.IGNORECASE)


def _opens_with(section: Section, table: str) -> bool:
    return bool(section.heading and _heading_cue(table).match(section.heading.strip(" *_")))


@cache
def _looks_ahead() -> regex.Pattern:
    """Words of a sentence that aims, inside a section of results (targets.toml [results] ahead)."""
    return words_pattern(word_list("targets.toml", "results", "ahead"), flags=regex.IGNORECASE)


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
        return False
    start, end = _sentence(text, target.start, target.end)
    return p["act"].search(text, start, end) is not None and p["before_or_kept"].search(text, start, end) is not None


@cache
def _not_done_pattern() -> regex.Pattern:
    return regex.compile(r"[ \t*_]{1,3}(?i:" + alternation(word_list("targets.toml", "rules", "not_done_after"))
                         + r")(?![\p{L}\p{M}])")


def _not_done(text: str, target: Target) -> bool:
    """Whether the count is of what is not done yet ("còn 21/42 vị trí chưa bàn giao"): a shortfall, no aim."""
    return target.unit != "%" and _not_done_pattern().match(text, target.end) is not None


_COLON_THEN_WORD = regex.compile(r"[ \t*_]*+:[ \t*_]*+([\p{L}\p{M}]++)")


def _unit_repeated_after_colon(text: str, unit: _Unit) -> bool:
    """Whether the counted noun opens what follows its colon: the count announces its members by name or spells a
    slogan out, it aims at nothing ("tách thành 02 phòng: Phòng Tổ chức - Cán bộ và Phòng Hành chính", "phân công
    nhiệm vụ 6 rõ: rõ người, rõ việc").

    >>> t = "phân công nhiệm vụ 6 rõ: rõ người, rõ việc"
    >>> _unit_repeated_after_colon(t, _Unit("rõ", t.index(":")))
    True
    """
    after = _COLON_THEN_WORD.match(text, unit.end)
    return after is not None and after.group(1).lower() == unit.text.split()[0]


def find_targets(doc: DocumentStructure) -> list[Target]:
    """Find every numeric target in ``doc.text``."""
    text = doc.text
    patterns = _patterns()
    candidates = list(_NUMBER.finditer(text))
    targets: list[Target] = []
    consumed_until = -1
    # counted addressees; a scoring table's points; a whole broken down into kinds; a web address's digits; the options
    # of a multiple-choice question
    passed_over = recipients_spans(text) + scoring_table_spans(text) + sub_kind_spans(text) \
        + [m.span() for m in patterns["web_address"].finditer(text)] + quiz_option_spans(text)
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
            cursor = ratio.end()
        unit = None
        if not percent:
            if _proper_name_follows(text, start, cursor):
                continue
            unit_found = read_unit(text, cursor) or _built_length(text, start, cursor)
            if unit_found is None or unit_found.text in _unit_tables()["specification"]:
                continue  # "tối thiểu 02 GB/hộp thư": a system's specification
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
            if denominator is None:
                after_unit = patterns["ratio"].match(text, cursor)
                if after_unit:
                    denominator = parse_number(after_unit["den"])
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
                and _changes_to().match(text, cursor):
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
                           and not text[candidates[j].end():candidates[j].end() + 1].isalpha()),  # "5G": a name
                          len(text))
        unit_text = ("%/" + " ".join(rate["per"].lower().split()) if rate else "%") if percent else unit
        indicator = _indicator(text, span_start, cursor, unit, percent, next_start)
        if targets and text[max(0, span_start - 1):span_start] == "(" and \
                "\n" not in text[targets[-1].end:span_start]:
            indicator = targets[-1].indicator  # "75%-80% … (khoảng 91.299 tỷ đồng - …)": the same share as a sum
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
    published_from, normative, publishes = _regulation_context(doc)
    procedure_units = word_list("targets.toml", "regulations", "procedure_units")
    targets = [t for t in targets if not _rule_of_regulation(doc, t, published_from, normative)
               and not (publishes and t.unit in procedure_units)  # "Công bố … 02 thủ tục hành chính": its content
               and not _fact_of_the_situation(doc, t)
               and not _defines_a_word(doc, t)
               and not _asked(doc.text, t)
               and not _places_as_they_are(doc, t)
               and not _works_on_restructuring(doc, t)
               and not _not_done(doc.text, t)]
    targets.sort(key=lambda t: t.start)
    for index, target in enumerate(targets):
        lower = targets[index - 1].end if index else 0
        upper = targets[index + 1].start if index + 1 < len(targets) else None
        target.deadline = _deadline(doc, target.start, target.end, lower, upper, target.status == "target")
        if target.status == "target" and (year := _year_reached(doc.text, target.start)) is not None:
            target.deadline = year  # the nearest statement: "năm 2025 đạt trên 8% và năm 2026 đạt từ 10%"
    tabled = find_table_targets(doc)
    if tabled:  # an indicator table's figure: its column gives year and status, its row the unit
        # table targets are in text order and do not overlap: the one that may overlap a target is the last that
        # starts before the target's end (one bisect, not a scan of every cell per target)
        starts = [t.start for t in tabled]
        targets = [t for t in targets if not _overlaps(tabled, starts, t.start, t.end)] + tabled
        targets.sort(key=lambda t: t.start)
    return targets


_WHOLE = 100.0  # per cent
_QUESTION_END_CHARS = 24  # the longest yes/no ending ("phải không?") with room to spare


@cache
def _yes_no_end() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "rules", "yes_no_question_ends"))
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + words + r")[ \t]*\?$")


def _asked(text: str, target: Target) -> bool:
    """Whether the number stands in a yes/no question ("Sau khi sáp nhập tỉnh có bầu cử 34 Chủ tịch UBND tỉnh thành
    mới không?", a news subhead): what is asked is not asserted, let alone aimed at. A question of how ("… 100% hộ
    gia đình … phải tham gia … thế nào?") still states its number."""
    end = _sentence(text, target.start, target.end)[1]
    while end > target.start and text[end - 1] in " \t*_":
        end -= 1
    # only the sentence's last words are read (a bounded search: a flattened plan's "sentence" may be its whole line)
    return _yes_no_end().search(text, max(target.start, end - _QUESTION_END_CHARS), end) is not None


def _overlaps(spans: list[Target], starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(starts, end) - 1
    return index >= 0 and spans[index].end > start
