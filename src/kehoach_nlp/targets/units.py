"""The shape and unit of a figure (SPEC §5 ``unit``, ``value_max``, ``comparator``).

Takes: the clean text and the offset right after a number. Gives: the counted
noun with its measure word (``lượt người``, ``cuốn sổ tay``, ``triệu đồng``) —
frequent units from ``targets.toml [units]``, others from underthesea's word
segmentation of the few words after the number — and the upper bound of a
range (``từ 65% - 70%``, ``từ 1 đến 3 mô hình``).

    >>> read_unit("1.600 lượt người tham gia", 5).text
    'lượt người'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Optional

import regex

from ..rules import alternation, word_list, word_lists
from ..text import fix_tone_placement
from ..vietnamese import pos_tags
from .clauses import _BREAK, _LETTERS, _NUM, _WORD, _clause_before, _config, _range_joiner


@cache
def _unit_tables() -> dict[str, frozenset[str]]:
    units = _config()["units"]
    return {key: frozenset(w.lower() for w in units[key])
            for key in ("measure_words", "money_multipliers", "currency", "excluded", "not_units", "common",
                        "counted_whole_parts",
                        "specification", "copies", "copy_kinds", "glued", "per", "percentage_point_units",
                        "generic_heads", "qualifier_stops", "qualifier_not_openers", "coordinated", "measured_rate_units", "compounds",
                        "frequency_heads")}


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
        unit = _with_qualifier(text, unit)
        unit = _with_measured_noun(text, unit)
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
        if (population := _per_population(text, unit)) is not None:
            return population
    if unit is None or unit.text not in _config()["indicator"]["list_units"]:
        return _with_coordinated(text, unit) if unit is not None else None
    parts, end = [unit.text], unit.end
    while True:
        more = _level_list_item().match(text, end)
        if not more:
            return _with_coordinated(text, _Unit(", ".join(parts), end))
        parts.append(more["level"].lower())
        end = more.end()


_QUALIFIER_WORD = regex.compile(r"[ \t]++(\p{Ll}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}\d])")


def _qualifier_words(text: str, at: int, limit: int) -> list[regex.Match]:
    """The lower-case words right after ``at`` that may qualify a generic head, up to ``limit`` and a stop word
    ([units] not_units, qualifier_stops): "80 điểm| cầu| tại" → [" cầu"]; "9 chế độ| phụ| cấp| mới" → [" phụ", " cấp"].

    >>> [m.group(1) for m in _qualifier_words("9 chế độ phụ cấp mới của", 8, 3)]
    ['phụ', 'cấp']
    """
    tables = _unit_tables()
    found: list[regex.Match] = []
    end = at
    while len(found) <= limit:
        word = _QUALIFIER_WORD.match(text, end)
        if word is None or word.group(1) in tables["not_units"] or word.group(1) in tables["qualifier_stops"]:
            break
        found.append(word)
        end = word.end()
    return found


def _whole_compounds(words: list[str], limit: int) -> int:
    """How many of ``words`` (one more than ``limit`` when the qualifier goes on) make whole segmented words within
    ``limit``. A qualifier that runs on past the limit describes the thing rather than naming its kind: only its
    first segmented word is kept ("01 trận địa | bắn | pháo hoa tầm cao" → "trận địa bắn"; round 53, the dev gold's
    unit).

    >>> _whole_compounds(["bắn", "pháo", "hoa", "tầm"], 3), _whole_compounds(["đỗ", "máy", "bay"], 3)
    (1, 3)
    """
    if len(words) <= limit:
        return len(words)
    first = _segment(" ".join(words))[0]
    size = len(first.split())
    return size if size <= limit else 0


def _same_spelling(written: str, unit: str) -> bool:
    """Whether the document's words spell the unit the segmenter gives, a tone mark moved aside (the segmenter writes
    the new placement: "toà án" is "tòa án"; :func:`~kehoach_nlp.text.fix_tone_placement`).

    >>> _same_spelling("toà án", "tòa án"), _same_spelling("điểm", "điểm cầu")
    (True, False)
    """
    return [fix_tone_placement(w) for w in written.split()] == [fix_tone_placement(w) for w in unit.split()]


def _with_qualifier(text: str, unit: _Unit) -> _Unit:
    """A generic head with the lower-case words that say what kind it is ([units] generic_heads), written as in the
    document: "80 điểm | cầu tại" → "điểm cầu", "30 vị trí | đỗ máy bay," → "vị trí đỗ máy bay", "1 Toà án |
    chuyên biệt tại" → "toà án chuyên biệt"; "03 điểm)" stays "điểm".

    >>> _with_qualifier("tại 80 điểm cầu tại các dự án", _Unit("điểm", 11)).text
    'điểm cầu'
    """
    tables = _unit_tables()
    if unit.text not in tables["generic_heads"]:
        return unit
    limit = int(_config()["units"]["generic_qualifier_syllables"])
    words = _qualifier_words(text, unit.end, limit)
    if words and words[0].group(1) in tables["qualifier_not_openers"]:
        return unit  # "01 vị trí | đường điện cao thế": where it is, not what kind
    kept = _whole_compounds([w.group(1) for w in words], limit)
    if kept == 0:
        return unit
    start = unit.end - len(unit.text)
    written = text[start:unit.end].lower()
    head = written if _same_spelling(written, unit.text) else unit.text
    qualifier = " ".join(w.group(1) for w in words[:kept])
    return _Unit(f"{head} {qualifier}", words[kept - 1].end())


@cache
def _measured_noun() -> regex.Pattern:
    """A unit of measure's noun right before a rate ("25.000 tấn | hàng hóa/năm"; [units] measured_rate_units)."""
    return regex.compile(r"[ \t]++(?P<noun>\p{Ll}[\p{Ll}\p{M}]*(?:[ \t]\p{Ll}[\p{Ll}\p{M}]*)?)(?=" + _per_unit().pattern
                         + r")")


def _with_measured_noun(text: str, unit: _Unit) -> _Unit:
    """A unit of measure with the noun it measures when a rate follows that noun: "50.000 tấn hàng hóa/năm" →
    "tấn hàng hóa" (its "/năm" read after), after a multiplier too ("1,5 triệu tấn hàng hoá/năm" → "triệu tấn hàng
    hoá"; round 54); "100 tấn/năm" and "500 tấn gạo" stay "tấn".

    >>> _with_measured_noun("và 50.000 tấn hàng hóa/năm.", _Unit("tấn", 13)).text
    'tấn hàng hóa'
    """
    words = unit.text.split()
    while len(words) > 1 and words[0] in _unit_tables()["money_multipliers"]:
        words = words[1:]
    if " ".join(words) not in _unit_tables()["measured_rate_units"]:
        return unit
    noun = _measured_noun().match(text, unit.end)
    if noun is None or any(w in _unit_tables()["not_units"] for w in noun["noun"].split()):
        return unit
    return _Unit(f"{unit.text} {noun['noun']}", noun.end("noun"))


_TITLE_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}")


@cache
def _coordinated_item() -> regex.Pattern:
    """", dự án" after a unit, not followed by a number ([units] coordinated)."""
    nouns = alternation(word_list("targets.toml", "units", "coordinated"))
    return regex.compile(r"[ \t]*+,[ \t]*+(?P<noun>(?i:" + nouns + r"))(?![\p{L}\p{M}])(?![ \t]*\d)")


def _with_coordinated(text: str, unit: _Unit) -> _Unit:
    """A unit with the nouns coordinated with it after commas, counted by the same number ([units] coordinated):
    "80 công trình, dự án trên" → "công trình, dự án"; "05 dự án, công trình 10", "38ha, phường" and a name ("2 Nhà
    Chung, thành phố") stay as they are.

    >>> _with_coordinated("80 công trình, dự án trên", _Unit("công trình", 13)).text
    'công trình, dự án'
    """
    tables = _unit_tables()
    first = unit.text.split(",")[0]
    if not any(c.isalpha() for c in unit.text) or "/" in unit.text or first in tables["glued"] \
            or first in tables["currency"] or first.split()[0] in tables["money_multipliers"] \
            or _TITLE_WORD.search(text, max(0, unit.end - len(unit.text)), unit.end):
        return unit
    parts, end = [unit.text], unit.end
    while (more := _coordinated_item().match(text, end)) is not None and more["noun"].lower() not in parts:
        parts.append(more["noun"].lower())
        end = more.end()
    return unit if len(parts) == 1 else _Unit(", ".join(parts), end)


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
    # (a ratio's base may follow the first number's unit: "từ 23 ca sinh/1.000 phụ nữ | xuống")
    return regex.compile(r"(?:^|\s)(?i:" + opener + r")\s+\d[\d.,]*\s*%?(?:\s+\p{Ll}+){0,3}?"
                         + r"(?:[ \t]*/[ \t]*\d[\d.,]*(?:\s+\p{Ll}+){0,3}?)?\s+(?<!(?i:" + bound
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
def _per_population_pattern() -> regex.Pattern:
    """The population a count is counted per, after its noun ([units] per_population_*, [rules] rate_base_after):
    "… hoạt động/nghìn dân", " /1 vạn dân", " trên một vạn dân"."""
    units = _config()["units"]
    gap = int(units["per_population_gap_words"])
    words = alternation(word_list("targets.toml", "units", "per_population_words"))
    ones = alternation(word_list("targets.toml", "units", "per_population_ones"))
    bases = alternation(word_list("targets.toml", "rules", "rate_base_after"))
    round_count = r"1(?:0{1,2}|(?:[.,]?000){1,2}|0[.,]?000|00[.,]?000)"
    return regex.compile(r"(?P<gap>(?:[ \t]++\p{Ll}[\p{Ll}\p{M}]*+){0,%d}?)" % gap
                         + r"(?:[ \t]?/[ \t]?(?:(?P<one>" + ones + r")[ \t]{1,3}|(?P<count>" + round_count
                         + r")[ \t]{1,3})?|[ \t]{1,3}(?i:" + words + r")[ \t]{1,3}(?:(?P<one>" + ones + r")[ \t]{1,3})?)"
                         + r"(?P<base>(?i:" + bases + r"))(?![\p{L}\p{M}\d])")


def _per_population(text: str, unit: _Unit) -> Optional[_Unit]:
    """A count per population: the noun, "/" and the base, a base count of one left out ([units] per_population_*).

    >>> t = "20 doanh nghiệp hoạt động/nghìn dân."
    >>> u = _per_population(t, _Unit("doanh nghiệp", 15))
    >>> u.text, t[:u.end]
    ('doanh nghiệp/nghìn dân', '20 doanh nghiệp hoạt động/nghìn dân')
    >>> _per_population("12 người trên một vạn dân", _Unit("người", 8)).text
    'người/vạn dân'
    """
    found = _per_population_pattern().match(text, unit.end)
    if found is None:
        return None
    base = " ".join(found["base"].lower().split())
    if found["count"]:
        base = f"{found['count']} {base}"
    return _Unit(f"{unit.text}/{base}", found.end())


def without_population_base(text: str, start: int, end: int, unit: Optional[str]) -> Optional[str]:
    """The words of a count per population ``text[start:end]`` from its noun on, its base left out, else None: "20
    | doanh nghiệp hoạt động/nghìn dân" → "doanh nghiệp hoạt động", "12 | người trên một vạn dân" → "người".

    >>> without_population_base("12 người trên một vạn dân", 0, 25, "người/vạn dân")
    'người'
    """
    if not unit or "/" not in unit:
        return None
    found = _noun_at_word_start(unit.split("/")[0]).search(text, start, end)
    if found is None:
        return None
    base = _per_population_pattern().match(text, found.end(), end)
    if base is None or base.end() != end:
        return None
    return text[found.start():base.end("gap")]


@lru_cache(maxsize=256)
def _noun_at_word_start(noun: str) -> regex.Pattern:
    """``noun`` where a word starts, in any case (compiled once per noun)."""
    return regex.compile(r"(?<![\p{L}\p{M}])" + regex.escape(noun), regex.IGNORECASE)


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


@cache
def _measured_patterns() -> tuple[regex.Pattern, dict[str, regex.Pattern], regex.Pattern]:
    measured = word_lists("targets.toml", "units", "measured_in")
    reached = alternation(word_list("targets.toml", "units", "reached_verbs"))
    return (regex.compile(r"[ \t]{0,3}(?i:(" + alternation(list(measured)) + r"))(?![\p{L}\p{M}\d])"),
            {unit: regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(nouns) + r")(?![\p{L}\p{M}])")
             for unit, nouns in measured.items()},
            regex.compile(r"(?<![\p{L}\p{M}])(?i:" + reached + r")(?![\p{L}\p{M}])"))


def _measured_value(text: str, start: int, at: int) -> Optional[_Unit]:
    """An age or a duration the clause measures and reaches ([units] measured_in, reached_verbs), which read_unit
    leaves out as an age or a time:

    >>> text = "tuổi thọ trung bình đạt 75,5 tuổi, trẻ em từ 1 - 18 tuổi"
    >>> _measured_value(text, text.index("75,5"), text.index(" tuổi,")).text
    'tuổi'
    >>> _measured_value(text, text.index("18"), text.index(" tuổi", text.index("18")))
    """
    unit_pattern, indicators, reached = _measured_patterns()
    unit = unit_pattern.match(text, at)
    if unit is None:
        return None
    clause = _clause_before(text, start)
    indicator = indicators[unit.group(1).lower()].search(text, clause, start)
    if indicator is None or reached.search(text, indicator.end(), start) is None:
        return None
    return _Unit(unit.group(1).lower(), unit.end())


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


#: The words of a ratio's numerator up to its slash and denominator: "trẻ sơ sinh trai | /100".
_RATIO_UNIT = regex.compile(r"(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]++[ \t]++){0,3}[\p{L}\p{M}]++)(?=[ \t]*+/[ \t]*+\d)")


_DIGIT = regex.compile(r"\d")


def _currency_words(lowered: list[str], at: int, currencies: list[str]) -> int:
    """How many of the words from ``at`` name a currency ("đồng" 1, "đô la Mỹ" 3), the longest; 0 for none."""
    for size in (3, 2, 1):
        if len(lowered) >= at + size and " ".join(lowered[at:at + size]) in currencies:
            return size
    return 0


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
    # money: "500 triệu đồng", "1.500 nghìn tỷ đồng" (multipliers stacked), "50 tỷ đô la Mỹ" (a currency of words)
    multipliers = 0
    while multipliers < 2 and multipliers < len(lowered) and lowered[multipliers] in tables["money_multipliers"]:
        multipliers += 1
    currency = _currency_words(lowered, multipliers, tables["currency"]) if multipliers else 0
    last = multipliers + currency - 1
    if currency and not _DIGIT.search(text, start, start + words[last].end()):
        # (not "1 tỷ | 500 | triệu đồng": a sum written in two parts keeps its first multiplier alone)
        return _Unit(" ".join(lowered[:last + 1]), start + words[last].end())
    bare = _currency_words(lowered, 0, tables["currency"])
    if bare > 1 and not _BREAK.search(text, start, start + words[bare - 1].end()):
        return _Unit(" ".join(lowered[:bare]), start + words[bare - 1].end())  # "5.500 đô la Mỹ" (round 46)
    if lowered[0] in tables["currency"] and " ".join(lowered[:2]) not in tables["common"]:
        return _Unit(lowered[0], start + words[0].end())

    ratio = _RATIO_UNIT.match(text, start, start + 60)
    if ratio and not any(w in tables["not_units"] for w in ratio.group(1).lower().split()[1:]):
        # "107 trẻ sơ sinh trai/100 trẻ sơ sinh gái", "18 ca sinh/1.000 phụ nữ": a ratio counts all the words before
        # its slash (the denominator is read after them)
        return _Unit(" ".join(ratio.group(1).lower().split()), ratio.end(1))

    def contiguous(n: int) -> bool:
        gap = text[start + words[0].start():start + words[n - 1].end()]
        return not _BREAK.search(gap)

    # frequent units (longest first), with a measure word in front or not
    for n in (6, 5, 4, 3, 2, 1):
        if len(lowered) >= n and contiguous(n) and (" ".join(lowered[:n]) in tables["common"]
                                                    or " ".join(lowered[:n]) in tables["compounds"]):
            return _Unit(" ".join(lowered[:n]), start + words[n - 1].end())
    if lowered[0] in tables["measure_words"] and len(lowered) > 1:
        for n in (3, 2):
            if len(lowered) > n and contiguous(n + 1) and " ".join(lowered[1:n + 1]) in tables["common"]:
                return _Unit(" ".join(lowered[:n + 1]), start + words[n].end())
    if not segment:
        return None
    multiplied = _after_multiplier(text, start, lowered[0], words[0].end())
    segmented = _segmented_unit(text, start, words)
    if multiplied is None or (segmented is not None and segmented.end > multiplied.end):
        return segmented  # "40 triệu người dân": the segmenter's whole word goes past the frequent "người"
    return multiplied


_SPACES = regex.compile(r"[ \t]{1,3}(?=\p{L})")


def _after_multiplier(text: str, start: int, multiplier: str, end: int) -> Optional[_Unit]:
    """After a money multiplier that is no sum's, the unit read as without it, the multiplier first: "2,5 triệu |
    hoá đơn" → "triệu hoá đơn" as "2.500 hoá đơn" → "hoá đơn", "2 triệu thuê bao" → "triệu thuê bao" (round 55).
    None when no multiplier leads or what follows is no unit ("17 triệu năm trước").

    >>> _after_multiplier("đạt 2 triệu thuê bao di động", 6, "triệu", 5).text
    'triệu thuê bao'
    """
    if multiplier not in _unit_tables()["money_multipliers"] or not _SPACES.match(text, start + end):
        return None
    after = _read_one_unit(text, start + end)
    if after is None or after.text in _unit_tables()["excluded"]:
        return None
    after = _with_noun_tail(text, after)
    return _Unit(f"{multiplier} {after.text}", after.end)


def _segmented_unit(text: str, start: int, words: list[regex.Match]) -> Optional[_Unit]:
    """The first word-segmented token from ``start`` (plus the next one after a measure word or a multiplier):
    "1.080 | lượt cán bộ làm" → "lượt cán bộ"."""
    tables = _unit_tables()
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


def _known_unit(word: str) -> bool:
    tables = _unit_tables()
    first = word.lower()
    return first in tables["common"] or first in tables["measure_words"] or \
        any(unit.startswith(first + " ") for unit in tables["common"])


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
