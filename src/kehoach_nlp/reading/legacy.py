"""Legacy Vietnamese encodings and mojibake: detect and convert to Unicode.

Takes: bytes that are not UTF-8, or text that was decoded with the wrong
table. Gives: Unicode text and the name of what it was (``tcvn3``, ``vni``,
``windows-1258``, ``utf-8 (mojibake repaired)``), for ``info.source_encoding``.

* TCVN3 (ABC, ``.VnTime`` fonts): one byte per letter, table in
  ``data/legacy_tcvn3.tsv`` (``K\\xd5 ho\\xb9ch`` → ``Kế hoạch``). In a ``.docx``
  typed with ``.VnTime`` the same letters arrive as Latin-1 characters
  (``Kõ ho¹ch``) and are converted the same way.
* VNI-Windows: a base letter plus modifier bytes, table in
  ``data/legacy_vni.tsv`` (``Keá hoaïch`` → ``Kế hoạch``).
* UTF-8 read as Latin-1/Windows-1252 (``Káº¿ hoáº¡ch``): repaired by ftfy.

The choice between candidate decodings is made by how many of the words are
well-formed Vietnamese syllables (:func:`vietnamese_score`).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Optional

import regex

from ..data import load_tsv
from ..rules import alternation, tsv_rows, word_list
from ..vietnamese import syllable_pattern

_WORD = regex.compile(r"[\p{L}\p{M}]+")
# A word with any non-ASCII letter (every Vietnamese letter with a diacritic is one).
_DIACRITIC = regex.compile(r"[^\x00-\x7f]")


@cache
def _common_syllables() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv("common_syllables.txt"))


def vietnamese_score(text: str, sample: int = 20000) -> float:
    """How Vietnamese ``text`` reads: share of its non-ASCII words that are frequent,
    well-formed Vietnamese syllables (``data/common_syllables.txt``), plus a small
    bonus for well-formed but rarer ones."""
    sample_text = unicodedata.normalize("NFC", text[:sample])
    words = [w.lower() for w in _WORD.findall(sample_text) if _DIACRITIC.search(w)]
    if not words:
        return 0.0
    common = _common_syllables()
    frequent = sum(1 for w in words if w in common)
    syllable = syllable_pattern()
    formed = sum(1 for w in words if syllable.fullmatch(w))
    return (frequent + 0.1 * formed) / len(words)


@cache
def _tcvn3_table() -> dict[int, str]:
    return {int(row[0], 16): row[1] for row in load_tsv("legacy_tcvn3.tsv")}


@cache
def _vni_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    table = {row[0]: row[1] for row in tsv_rows("legacy_vni.tsv", 2)}
    return regex.compile(alternation(table, where="data/legacy_vni.tsv")), table


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 bytes."""
    table = _tcvn3_table()
    return "".join(table.get(b, chr(b)) for b in data)


def tcvn3_from_latin1_text(text: str) -> str:
    """Convert TCVN3 text that arrived as Latin-1/Windows-1252 characters."""
    table = _tcvn3_table()
    out = []
    for char in text:
        code = ord(char)
        if 0x80 <= code <= 0xFF:
            out.append(table.get(code, char))
        else:
            try:
                byte = char.encode("cp1252")
            except UnicodeEncodeError:
                out.append(char)
                continue
            out.append(table.get(byte[0], char) if byte[0] >= 0x80 else char)
    return "".join(out)


def vni_from_cp1252_text(text: str) -> str:
    """Convert VNI text that arrived as Windows-1252 characters."""
    pattern, table = _vni_pattern()
    return pattern.sub(lambda m: table[m.group()], text)


def decode_single_byte(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: the best of Windows-1258, TCVN3 and VNI."""
    candidates = [("windows-1258", data.decode("cp1258", errors="replace"))]
    candidates.append(("tcvn3", decode_tcvn3(data)))
    candidates.append(("vni", vni_from_cp1252_text(data.decode("cp1252", errors="replace"))))
    best = max(candidates, key=lambda c: vietnamese_score(c[1]))
    return best[1], best[0]


_LATIN1 = regex.compile(r"[\u0080-\u00ff]")


@cache
def _vietnamese_unicode() -> regex.Pattern:
    letters = "".join(regex.escape(c) for c in word_list("normalisation.toml", "orthography", "unicode_letters"))
    return regex.compile(r"[\u1ea0-\u1ef9" + letters + r"\u0300\u0301\u0303\u0309\u0323]")


def looks_like_unicode_vietnamese(sample: str) -> bool:
    """Vietnamese written in Unicode uses the U+1EA0–U+1EF9 letters (ạ, ế, ự …) and ơ ư đ ă;
    TCVN3, VNI and mojibake read as Latin-1 have none of them."""
    latin1 = len(_LATIN1.findall(sample))
    return latin1 == 0 or len(_vietnamese_unicode().findall(sample)) >= 0.5 * latin1


def repair_text(text: str) -> tuple[str, Optional[str]]:
    """Fix text decoded with the wrong table; return ``(text, what_it_was)`` or ``(text, None)``."""
    sample = text[:20000]
    if looks_like_unicode_vietnamese(sample):
        return text, None
    base = vietnamese_score(sample)
    candidates: list[tuple[str, str]] = []
    try:
        import ftfy

        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            candidates.append(("utf-8 (mojibake repaired)", fixed))
    except ImportError:  # pragma: no cover - ftfy is a dependency
        pass
    candidates.append(("tcvn3", tcvn3_from_latin1_text(text)))
    candidates.append(("vni", vni_from_cp1252_text(text)))
    name, best = max(candidates, key=lambda c: vietnamese_score(c[1][:20000]))
    if vietnamese_score(best[:20000]) > base + 0.15:
        return best, name
    return text, None
