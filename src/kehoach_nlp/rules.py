"""The one rule engine: word lists from the language data become bounded regular expressions.

Takes: word lists (from ``data/*.toml`` or ``data/*.tsv``, or given directly). Gives:
validated lists and the patterns built from them, always the same way:

* every word is escaped (``T.Ư`` matches a literal dot), duplicates are dropped, and the
  alternation is **longest first**, so ``phê duyệt tại`` wins over ``tại`` and
  ``Nghị quyết liên tịch`` over ``Nghị quyết`` wherever each row sits in the file;
* a pattern built from literal words is bounded (it never backtracks over a run of text);
* a list that is empty, a word that is empty, and a data pattern that can match empty
  text are load errors naming the data file and the key (and the line of a TSV file),
  instead of a pattern that silently matches everywhere.

Example::

    >>> alternation(["tại", "phê duyệt tại", "tại"])
    'phê\\\\ duyệt\\\\ tại|tại'
    >>> words_pattern(["trên", "trở lên"], flags=regex.IGNORECASE).findall("đạt 90% trở lên, Trên 5 xã")
    ['trở lên', 'Trên']
    >>> alternation(["Nghị quyết"], spaces=r"\\s+")
    'Nghị\\\\s+quyết'
    >>> alternation([])
    Traceback (most recent call last):
    ...
    ValueError: empty word list
"""

from __future__ import annotations

from functools import cache
from collections.abc import Iterable, Mapping
from typing import Any

import regex

from . import data as _data
from .data import load_toml

#: No letter may come right before a matched word (``đạt`` is not found inside ``xđạt``).
WORD_START = r"(?<!\p{L})"
#: A letter may not follow the end of a matched word (``đạt`` does not match in ``đạtx``).
WORD_END = r"(?!\p{L})"

# Probes on which a data pattern must not match empty text at their start.
_EMPTY_PROBES = ("", " ", "a", "A", "1", "-", "\n")


def alternation(words: Iterable[str], *, spaces: str | None = None, where: str = "") -> str:
    """``words`` escaped, without duplicates, longest first, joined by ``|``.

    ``spaces``, when given, is the pattern each space inside a word becomes
    (``r"\\s+"``: ``Nghị quyết`` also matches ``Nghị\\nquyết``; ``r"[ \\t]{1,3}"``).
    ``where`` names the data the words came from, for the error of an empty list or word.
    """
    unique = list(dict.fromkeys(words))
    prefix = f"{where}: " if where else ""
    if not unique:
        raise ValueError(f"{prefix}empty word list")
    for word in unique:
        if not isinstance(word, str) or not word.strip():
            raise ValueError(f"{prefix}empty word {word!r} in the word list")
    ordered = sorted(unique, key=len, reverse=True)
    if spaces is None:
        return "|".join(regex.escape(w) for w in ordered)
    return "|".join(spaces.join(regex.escape(part) for part in w.split(" ")) for w in ordered)


def words_pattern(words: Iterable[str], *, flags: int = 0, left: str = WORD_START, right: str = WORD_END,
                  spaces: str | None = None, where: str = "") -> regex.Pattern:
    """Any of ``words`` as a whole word: ``left``, the longest-first alternation, ``right``.

    ``left`` and ``right`` default to "no letter touches either end"; pass ``""`` for none.
    """
    return regex.compile(left + "(?:" + alternation(words, spaces=spaces, where=where) + ")" + right, flags)


def _where(file: str, keys: tuple[str, ...]) -> str:
    if not keys:
        return f"data/{file}"
    table = ".".join(keys[:-1])
    return f"data/{file}: " + (f"[{table}] " if table else "") + keys[-1]


def _lookup(file: str, keys: tuple[str, ...]) -> Any:
    value: Any = load_toml(file)
    for depth, key in enumerate(keys):
        if not isinstance(value, Mapping) or key not in value:
            raise ValueError(f"{_where(file, keys[:depth + 1])} is missing")
        value = value[key]
    return value


def check_words(words: Any, where: str) -> tuple[str, ...]:
    """``words`` as a tuple when it is a non-empty list of non-empty strings, else a ValueError naming ``where``."""
    if not isinstance(words, (list, tuple)):
        raise ValueError(f"{where}: expected a list of words, got {type(words).__name__}")
    if not words:
        raise ValueError(f"{where}: empty word list")
    for index, word in enumerate(words):
        if not isinstance(word, str) or not word.strip():
            raise ValueError(f"{where}: empty word {word!r} at position {index + 1}")
    return tuple(words)


@cache
def word_list(file: str, *keys: str) -> tuple[str, ...]:
    """The validated word list at ``keys`` of ``data/<file>``: ``word_list("targets.toml", "status", "target")``."""
    return check_words(_lookup(file, keys), _where(file, keys))


@cache
def word(file: str, *keys: str) -> str:
    """The validated single word at ``keys`` of ``data/<file>``: ``word("agency_heads.toml", "words", "connector")``."""
    value = _lookup(file, keys)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{_where(file, keys)}: expected a non-empty word, got {value!r}")
    return value


@cache
def word_mapping(file: str, *keys: str) -> dict[str, str]:
    """A validated table word → word (``[words] respellings``: ``"Uỷ" = "Ủy"``)."""
    table = _lookup(file, keys)
    where = _where(file, keys)
    if not isinstance(table, Mapping) or not table:
        raise ValueError(f"{where}: expected a non-empty table of words")
    for key, value in table.items():
        if not key.strip() or not isinstance(value, str) or not value.strip():
            raise ValueError(f"{where}: empty word in {key!r} = {value!r}")
    return dict(table)


@cache
def word_lists(file: str, *keys: str) -> dict[str, tuple[str, ...]]:
    """A validated table of word lists (``[comparators.before]``: comparator → its cue words)."""
    table = _lookup(file, keys)
    if not isinstance(table, Mapping) or not table:
        raise ValueError(f"{_where(file, keys)}: expected a non-empty table of word lists")
    return {name: check_words(words, _where(file, (*keys, name))) for name, words in table.items()}


def check_pattern(pattern: str, where: str, flags: int = 0) -> regex.Pattern:
    """``pattern`` compiled; a ValueError naming ``where`` when it is invalid or can match empty text."""
    try:
        compiled = regex.compile(pattern, flags)
    except regex.error as error:
        raise ValueError(f"{where}: invalid pattern {pattern!r}: {error}") from error
    for probe in _EMPTY_PROBES:
        match = compiled.match(probe)
        if match is not None and match.end() == 0:
            raise ValueError(f"{where}: pattern {pattern!r} can match empty text")
    return compiled


@cache
def data_pattern(file: str, *keys: str, flags: int = 0) -> regex.Pattern:
    """The regular expression written at ``keys`` of ``data/<file>``, compiled and validated."""
    pattern = _lookup(file, keys)
    where = _where(file, keys)
    if not isinstance(pattern, str) or not pattern:
        raise ValueError(f"{where}: expected a non-empty pattern")
    return check_pattern(pattern, where, flags)


@cache
def data_regex(file: str, *keys: str) -> str:
    """The regular expression text at ``keys`` of ``data/<file>``, validated, to build into a larger pattern
    (``item_letter = "[a-zđ]"``)."""
    data_pattern(file, *keys)
    return str(_lookup(file, keys))


@cache
def tsv_rows(file: str, columns: int = 1) -> tuple[tuple[str, ...], ...]:
    """Rows of ``data/<file>`` (tab-separated, blank and ``#`` lines skipped), each with at least
    ``columns`` non-empty cells; a ValueError naming the file and line otherwise."""
    rows = []
    for number, line in enumerate(_data._read(file).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if len(cells) < columns or not all(cells[:columns]):
            raise ValueError(f"data/{file}: line {number}: expected {columns} non-empty tab-separated "
                             f"column(s), got {line!r}")
        rows.append(cells)
    if not rows:
        raise ValueError(f"data/{file}: no rows")
    return tuple(rows)
