"""Vietnamese language helpers shared by the stages: numbers, dates and the verb that opens a clause.

Takes: short strings. Gives: values (floats, ISO dates).

* :func:`parse_number` reads Vietnamese number format: ``1.600`` = 1600,
  ``43,6`` = 43.6, ``05`` = 5, ``1.080`` = 1080, ``12.000`` = 12000, and number
  words (``một`` = 1, ``hai mươi lăm`` = 25, ``1,5 tỷ`` via :func:`parse_amount`).
* :func:`find_dates` / :func:`parse_date` find and read dates
  (``ngày 30/12/2013``, ``ngày 20 tháng 3 năm 2023``): the date shapes are data
  (``data/dates.toml``) and the calendar check is :class:`datetime.date`.
* :func:`pos_tags` is underthesea's part-of-speech tagger on a few words, cached (a target's compound unit asks
  it: ``06 bến cảng``); :func:`opens_with_verb` asks it whether a clause opens with a verb (an imperative: ``Siết chặt
  kỷ luật …``; ``Các đô thị đóng vai trò …`` opens with its subject).

Example::

    >>> parse_number("1.600"), parse_number("43,6"), parse_number("một")
    (1600.0, 43.6, 1.0)
    >>> parse_date("ngày 20 tháng 3 năm 2023")
    '2023-03-20'
"""

from __future__ import annotations

import datetime
from functools import cache, lru_cache
from typing import Iterator, Optional

import regex

from .data import load_toml
from .rules import alternation, tsv_rows, word as data_word, word_list, words_pattern


@cache
def syllable_pattern() -> regex.Pattern:
    """A well-formed Vietnamese syllable: onset, one to three vowels, coda (``data/normalisation.toml``
    [orthography]): ``tập``, ``nghiêng``, ``hoạch``; not ``ab``, ``iquy``, ``mớimạnh``."""
    vowels = regex.escape(data_word("normalisation.toml", "orthography", "vowels"))
    onsets = alternation(word_list("normalisation.toml", "orthography", "onsets"))
    codas = alternation(word_list("normalisation.toml", "orthography", "codas"))
    return regex.compile(r"(?:" + onsets + r")?[" + vowels + r"]{1,3}(?:" + codas + r")?", regex.IGNORECASE)


@cache
def number_words() -> dict[str, float]:
    """Number word → value, from ``data/number_words.tsv``."""
    return {row[0]: float(row[1]) for row in tsv_rows("number_words.tsv", 2)}


@cache
def _tens_words() -> frozenset[str]:
    """Words that multiply the number before them by ten (``mươi``: column 3 ``tens`` of ``number_words.tsv``)."""
    return frozenset(row[0] for row in tsv_rows("number_words.tsv", 2) if row[2:3] == ("tens",))


_DIGITS = regex.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$|^\d+\.\d{1,2}$")


_DOT_DECIMAL = regex.compile(r"^\d+\.\d{1,2}$")

def parse_number(token: str) -> Optional[float]:
    """Read one Vietnamese-formatted number or number phrase; None if it is not one.

    ``.`` groups thousands when followed by exactly three digits (``1.600``);
    ``,`` is the decimal mark (``43,6``); ``2.5`` (one or two digits after a dot)
    is read as a decimal, the way OCR'd and English-influenced text writes it.
    """
    token = token.strip().replace(" ", "") if token and token[0].isdigit() else token.strip().lower()
    if not token:
        return None
    if token[0].isdigit():
        if not _DIGITS.match(token):
            return None
        if _DOT_DECIMAL.match(token):
            return float(token)
        return float(token.replace(".", "").replace(",", "."))
    return _parse_number_words(token)


def _parse_number_words(phrase: str) -> Optional[float]:
    """A number written in words: "mười tám" → 18, "hai mươi lăm" → 25, "một trăm hai mươi" → 120, "ba nghìn" → 3000.

    ``group`` holds the value below the current multiplier of thousands, ``digit`` the last unit word not yet placed
    (the tens word multiplies that digit only, not the hundreds before it)."""
    words = number_words()
    total = group = digit = 0.0
    seen = False
    for word in phrase.split():
        if word not in words:
            return None
        value = words[word]
        seen = True
        if value == 10 and word in _tens_words():
            group, digit = group + (digit or 1) * 10, 0.0
        elif value == 10:
            group, digit = group + digit + 10, 0.0
        elif value == 100:
            group, digit = group + (digit or 1) * 100, 0.0
        elif value >= 1000:
            total, group, digit = total + ((group + digit) or 1) * value, 0.0, 0.0
        elif digit:
            return None  # "ba bốn trăm": two digits side by side are an estimate ("three or four hundred"), no number
        else:
            digit = value
    return total + group + digit if seen else None


def parse_amount(number: str, multiplier: str | None = None) -> Optional[float]:
    """A number with an optional word multiplier: ``("1,5", "tỷ")`` → 1.5e9."""
    value = parse_number(number)
    if value is None:
        return None
    if multiplier:
        factor = number_words().get(multiplier.lower())
        if factor is None:
            return None
        value *= factor
    return value


@cache
def _date_patterns() -> tuple[regex.Pattern, ...]:
    table = load_toml("dates.toml")["patterns"]
    return tuple(regex.compile(pattern) for pattern in table.values())


def _to_iso(day: int, month: int, year: int) -> Optional[str]:
    """``20, 3, 2023`` → ``'2023-03-20'``; None for a day the calendar does not have (``31/2``)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, iso_date)`` for each date written in ``text``."""
    seen: set[int] = set()
    for pattern in _date_patterns():
        for match in pattern.finditer(text):
            if match.start() in seen:
                continue
            iso = _to_iso(int(match["d"]), int(match["m"]), int(match["y"]))
            if iso:
                seen.add(match.start())
                yield match.start(), match.end(), iso


def parse_date(text: str) -> Optional[str]:
    """The first date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    for _, _, iso in sorted(find_dates(text)):
        return iso
    return None


@cache
def _abbreviation_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    table = {row[0]: row[1] for row in tsv_rows("abbreviations.tsv", 2)}
    return words_pattern(table, left=r"(?<![\p{L}\p{N}])", right=r"(?![\p{L}\p{N}])",
                         where="data/abbreviations.tsv"), table


def abbreviation_table() -> dict[str, str]:
    """The abbreviations of ``data/abbreviations.tsv`` and their full forms."""
    return _abbreviation_pattern()[1]


def expand_abbreviations(text: str) -> str:
    """Expand the abbreviations of ``data/abbreviations.tsv`` in a name.

    >>> expand_abbreviations("Sở LĐ-TB&XH")
    'Sở Lao động - Thương binh và Xã hội'
    >>> expand_abbreviations("UBND các huyện")
    'Ủy ban nhân dân các huyện'
    """
    pattern, table = _abbreviation_pattern()
    return pattern.sub(lambda m: table[m.group()], text)


@lru_cache(maxsize=8192)
def pos_tags(words: str) -> tuple[tuple[str, str], ...]:
    """underthesea's part-of-speech tags of a few words (the tagger loaded lazily, once; each snippet tagged once).

    >>> pos_tags("bến cảng gồm")[:2]
    (('bến', 'N'), ('cảng', 'N'))
    """
    from underthesea import pos_tag

    return tuple(pos_tag(words)) if words else ()


def opens_with_verb(words: str) -> bool:
    """Whether ``words`` (a clause's opening) start with a verb, by underthesea's tagger.

    >>> opens_with_verb("Siết chặt kỷ luật, kỷ cương trong xây dựng"), opens_with_verb("Các đô thị đóng vai trò")
    (True, False)
    """
    tagged = pos_tags(words)
    return bool(tagged) and tagged[0][1] == "V"
