"""Normalisation with an offset map back to the source (SPEC.md §1).

Takes: the source text exactly as decoded. Gives: :class:`NormalizedText`, whose
``text`` is the clean text every later stage reads, and whose
:meth:`~NormalizedText.to_source` maps a clean span back to the source span.

Normalisation is an ordered list of named steps (``data/normalisation.toml``),
as eyecite's ``clean_text(text, steps)``. The *layout* steps come first and are
length-preserving (they replace characters by spaces), so they need no offset
map of their own:

* ``markup`` — Markdown layout converted pages carry: emphasis ``**``/``*``/``__``
  (``**I. MỤC ĐÍCH,\nYÊU CẦU**``, ``*1.1. *Quán triệt``), ``#`` title marks,
  footnote marks ``[1]``; a line break inside a short emphasis span is a wrap
  (``**III. TỔ CHỨC\nTHỰC HIỆN**`` is one heading line); an empty bold run
  between two characters that are no space (``T****ập``, ``**1****. **``) joins
  them (zero-width characters, dropped below: ``Tập``, ``1.``). ``|`` table cells are
  kept: they are structure, read by :mod:`kehoach_nlp.structure`.
* ``edit_links`` — a wiki's edit link (``## Lịch sử`` ⏎ ``[sửa | sửa mã nguồn]Ủy ban …``), site chrome:
  zero-width characters, so the paragraph opens at its first word and the link's ``|`` makes no table row.

Then the *text* steps, done in one pass over the masked text:

* Unicode NFC (seed 002 is decomposed: ``tri\u0323`` → ``trị``);
* old tone placement to the new one: ``hoà`` → ``hòa``, ``thuý`` → ``thúy``,
  ``khoẻ`` → ``khỏe`` (not ``quý``, whose ``u`` belongs to ``qu``);
* dashes ``–``, ``—``, ``‐``, ``−`` → ``-``; BOM and zero-width characters dropped;
* whitespace: NBSP, tabs and runs of spaces → one space; a blank line (two or
  more line breaks) → ``"\\n\\n"`` (a paragraph break); one line break → ``"\\n"``,
  or a space when the line was hard-wrapped inside a sentence
  (``… của\\nỦy ban`` in a file wrapped at 80 columns, or a next line starting in
  lower case; in a file that parts its paragraphs with blank lines — a PDF's text —
  any break inside a paragraph, ``sử dụng\\nPhần mềm``; anywhere, a law's type or an
  official's title before its name, ``Điều 77 Luật\\nTrật tự``, ``Giám đốc\\nSở Y tế``).
  Leading and trailing whitespace is dropped.

Example::

    >>> nt = normalize("Sở Văn hoá,\\u00a0Thể thao")
    >>> nt.text
    'Sở Văn hóa, Thể thao'
    >>> nt.to_source(4, 10)
    (4, 10)
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import regex

from .data import load_toml
from .headings import heading_marker, shape
from .rules import data_pattern, words_pattern
from .vietnamese import syllable_pattern

# Characters treated as whitespace besides str.isspace() ones.
_EXTRA_SPACE = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
_DROPPED = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
# Characters stripped from both ends of a document (ranges expanded for str.strip).
_BLANK_CHARS = " \t\n\r\f\v\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))) + _DROPPED
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# a, e and y with each tone mark, either case (à á ả ã ạ, ỳ ý ỷ ỹ ỵ …): the letters of old tone placement
_TONED_A_E = "".join(unicodedata.normalize("NFC", base + mark) for base in "aAeE" for mark in _TONE_MARKS)
_TONED_Y = "".join(unicodedata.normalize("NFC", base + mark) for base in "yY" for mark in _TONE_MARKS)

# Spots that need a change; everything between is copied as is. Whitespace and
# dashes are found directly; words are found from an anchor inside them (a
# combining mark, or an old-style toned ``oa``/``oe``/``uy`` at a word's end)
# and widened to the whole word — far cheaper than testing every word.
_SPACE_OR_DASH = regex.compile(
    r"(?P<space>[\s" + _EXTRA_SPACE + _DROPPED + r"]{2,}"
    r"|[\t\n\r\f\v\x1c-\x1f\x85\u2028\u2029" + _EXTRA_SPACE + _DROPPED + r"])"
    r"|(?P<dash>[" + _DASHES + r"])",
    regex.V0,
)
_LOOK_ALIKES = load_toml("normalisation.toml")["look_alikes"]
_WORD_ANCHOR = regex.compile(
    r"\p{M}|(?:[oO][" + _TONED_A_E + r"]|(?<![qQ])[uU][" + _TONED_Y + r"])(?![\p{L}\p{M}])"
    r"|(?<=\p{Latin})\p{Cyrillic}|\p{Cyrillic}(?=\p{Latin})"  # a Cyrillic look-alike in a Latin word ("BТС")
    r"|[" + regex.escape(_LOOK_ALIKES["foreign"]) + r"]"  # another alphabet's letter for a Vietnamese one ("lűy")
)
_FOREIGN_LETTER = regex.compile(r"[" + regex.escape(_LOOK_ALIKES["foreign"]) + r"]")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")


@cache
def _look_alike_letters() -> dict[int, str]:
    """Another alphabet's letters read as the Vietnamese ones they stand for (normalisation.toml [look_alikes])."""
    return str.maketrans(_LOOK_ALIKES["foreign"], _LOOK_ALIKES["vietnamese"])


def _mend_look_alikes(word: str) -> str:
    """``word`` with a look-alike letter read as its Vietnamese twin, when the mended word is one Vietnamese syllable:
    "lűy" → "lũy"; a foreign name keeps its letter.

    >>> _mend_look_alikes("lűy"), _mend_look_alikes("Hegedűs")
    ('lũy', 'Hegedűs')
    """
    mended = word.translate(_look_alike_letters())
    return mended if syllable_pattern().fullmatch(mended) else word


@cache
def _homoglyphs() -> dict[int, str]:
    """Cyrillic letters read as their Latin twins inside a word of both scripts (normalisation.toml [homoglyphs])."""
    cfg = load_toml("normalisation.toml")["homoglyphs"]
    return str.maketrans(cfg["cyrillic"], cfg["latin"])


_WORD_CHARS = regex.compile(r"[\p{L}\p{M}]*")
_WORD_CHARS_BACKWARD = regex.compile(r"[\p{L}\p{M}]*", regex.REVERSE)


def _changed_words(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the words in ``source[start:end]`` that NFC or tone placement may change."""
    words: list[tuple[int, int]] = []
    position = start
    while True:
        anchor = _WORD_ANCHOR.search(source, position, end)
        if anchor is None:
            return words
        first = _WORD_CHARS_BACKWARD.search(source, start, anchor.start()).start()
        last = _WORD_CHARS.match(source, anchor.start(), end).end()
        words.append((first, max(last, anchor.end())))
        position = max(last, anchor.end())


def _spots(source: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every spot to change in ``source[start:end]``, in order, as (start, end, kind)."""
    spots = [(m.start(), m.end(), m.lastgroup) for m in _SPACE_OR_DASH.finditer(source, start, end)]
    words = _changed_words(source, start, end)
    if words:
        spots += [(s, e, "word") for s, e in words]
        spots.sort()
    return spots


_OLD_TONE = regex.compile(
    r"(?:(?<=[oO])([aAeE])|(?<=(?<![qQ])[uU])([yY]))([" + _TONE_MARKS + r"])$"
)
# A line that opens with a heading number or a list bullet is never joined to
# the line before it.
_LINE_MARKER = heading_marker("line_start")
_SENTENCE_END = frozenset(".:;!?")
_ONE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*:?")


# --- layout steps (length-preserving) ----------------------------------------------

# Emphasis runs; a single "*" that opens a line and is followed by a space is a bullet.
_EMPHASIS = regex.compile(
    r"(?P<bullet>(?m:^)[ \t]*\*(?=[ \t]+[^*\s]))"
    r"|(?P<run>\*+|_{2,}|(?<![\p{L}\p{N}_])_(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.:;,)])_(?![\p{L}\p{N}_]))"
)
_TITLE_MARK = regex.compile(r"(?m)^[ \t]{0,3}#{1,6}(?=[ \t])")
_FOOTNOTE_MARK = regex.compile(r"(?<=[\p{L}\p{N}.,;:)”\"'])\[\d{1,3}\]")
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] not in "\n\r":
            chars[index] = " "


def _join_emphasis_lines(source: str, chars: list[str], spans: list[tuple[int, int, str]]) -> None:
    """Turn the line breaks inside a short emphasis span into spaces (a wrapped heading).

    A span is paired run by run of the same kind within a paragraph; it is joined only when
    it is short and no inner line opens with a heading number or a bullet of its own. In a page
    without blank lines the whole text is one paragraph, so one unpaired run must not pair every
    later one across the line breaks: a run between a word and a space or a line break only
    closes ("… thực hiện**" ⏎ "**1. **Thủ trưởng"), a run of four that closes a span opens the
    next ("**(2) ****Dự án … Vành đai 2 **" ⏎ "Dự án được …": the last run closes the second span),
    and a run too far from the one it would close (past the lines and characters a joined span
    may hold) opens afresh. A converter's other runs pair as they come ("**Điều 3. **Chánh …",
    "của **" ⏎ "THƯ VIỆN PHÁP LUẬT**").
    """
    limits = load_toml("normalisation.toml")["markup"]
    open_at: dict[str, int] = {}
    paragraph_end = -1
    for start, end, kind in spans:
        if start > paragraph_end:
            open_at.clear()
            found = _PARAGRAPH_BREAK.search(source, start)
            paragraph_end = found.start() if found else len(source)
        if kind in open_at and (start - open_at[kind] > limits["max_span_chars"]
                                or source.count("\n", open_at[kind], start) > limits["max_span_lines"]):
            del open_at[kind]  # an odd run far above: it closes nothing here
        if kind in open_at and _opens_numbered_line(source, start, end) and "\n" in source[open_at[kind]:start]:
            # "… phương án cắt điện khi mưa lũ tiếp diễn." ⏎ "**13." ⏎ "Đề nghị …:**": a run that opens a numbered line
            # closes nothing from the lines above (an odd run there, in a page without blank lines); it opens
            del open_at[kind]
        if kind not in open_at:
            closing_only = start > 0 and not source[start - 1].isspace() \
                and (end >= len(source) or source[end].isspace())
            if not closing_only:
                open_at[kind] = end
            continue
        inner_start = open_at.pop(kind)
        if end - start >= 4 and end < len(source) and not source[end].isspace():
            open_at[kind] = end  # "**(2) ****Dự án …**": a bold span closed and another opened at once
        inner = source[inner_start:start]
        if not inner.strip():
            # "HIỆN**** **" ⏎ "**Điều 13. …": an empty span closes nothing; this run opens, if a word follows it ("* *"
            # alone on its line opens nothing)
            if end < len(source) and not source[end].isspace():
                open_at[kind] = end
            continue
        breaks = inner.count("\n")
        if not breaks or len(inner) > limits["max_span_chars"] or breaks > limits["max_span_lines"]:
            continue
        lines = inner.split("\n")
        if any(_LINE_MARKER.match(line.lstrip(" *_")) for line in lines[1:]):
            continue
        position = inner_start
        for line in lines[:-1]:
            position += len(line)
            chars[position] = " "
            position += 1


def _opens_numbered_line(source: str, start: int, end: int) -> bool:
    """Whether the emphasis run ``source[start:end]`` opens its line (blanks at most before it) and a heading number
    or a bullet follows it ("**13. Đề nghị …", "**a) …"), or a division's word and its number, on the next line at
    most ("**Điều 4. Hiệu lực thi hành**", "**Điều" ⏎ "4. Hiệu lực thi hành**", "**PHẦN" ⏎ "II. NỘI DUNG …**")."""
    at = start
    while at > 0 and source[at - 1] in " \t":
        at -= 1  # back over the blanks only: a line of one long paragraph is not read back to its start at every run
    return (at == 0 or source[at - 1] == "\n") and (_LINE_MARKER.match(source, end) is not None
                                                    or _numbered_division().match(source, end) is not None)


@cache
def _numbered_division() -> regex.Pattern:
    """A division's word (``number_words`` of data/line_breaks.toml) and its number, one line break at most between
    them: "Điều 4.", "Điều⏎4.", "PHẦN⏎II.", "Chương⏎III"."""
    return words_pattern(sorted(_number_words()), left="", right=r"[ \t]*+\n?[ \t]*+(?:\d{1,3}|"
                         + shape("roman_wide") + r")(?![\p{L}\p{N}])")


@cache
def _web_address() -> regex.Pattern:
    return data_pattern("normalisation.toml", "markup", "web_address")


_ZERO_WIDTH = "\u200b"
_SYLLABLE_CHARS = 8  # longer than any Vietnamese syllable ("nghiêng")
_LETTERS_BEFORE = regex.compile(r"\p{L}[\p{L}\p{M}]*$")
_LETTERS_AFTER = regex.compile(r"[\p{L}\p{M}]+")


def _joins_a_word(source: str, run: str, start: int, end: int) -> bool:
    """Whether an empty bold run (``****``, an even run of four or more: a bold span closed and reopened) stands inside
    what is written together: a syllable cut in two ("T****ập": the letters on both sides make one well-formed
    syllable), or a number and its dot ("**1****. **"). Between two syllables or words it is a space the converter
    lost ("Chương I****QUY ĐỊNH", "đổi mới****mạnh mẽ")."""
    if len(run) < 2 or len(run) % 2 or run[0] != "*" or start == 0 or end >= len(source):
        return False
    before, after = source[start - 1], source[end]
    if len(run) == 2:
        # a bold span opened or closed inside a number, a sign or a syllable (round 47): "Nghị định số **1**52/2025",
        # "39/2024/QH**1**5", "ng**ày" — the letters and digits on both sides are written together
        if after.isdigit() and (before.isdigit() or before.isupper()):
            return True
        if not (before.isalpha() and after.isalpha()):
            return False
    elif before.isdigit():
        return after.isdigit() or after in ".)"
    head = _LETTERS_BEFORE.search(source, max(0, start - _SYLLABLE_CHARS), start)
    tail = _LETTERS_AFTER.match(source, end, end + _SYLLABLE_CHARS)
    return head is not None and tail is not None \
        and syllable_pattern().fullmatch(unicodedata.normalize("NFC", head.group() + tail.group())) is not None


def mask_markup(source: str) -> str:
    """Markdown layout replaced by spaces (an empty bold run inside a word by zero-width characters, which the text
    steps drop), every other character kept at its offset.

    >>> mask_markup("**I. MỤC ĐÍCH,\\nYÊU CẦU**")
    '  I. MỤC ĐÍCH, YÊU CẦU  '
    >>> mask_markup("*1.1. *Quán triệt[2]")
    ' 1.1.  Quán triệt   '
    """
    if not any(mark in source for mark in "*_#["):
        return source
    chars = list(source)
    spans: list[tuple[int, int, str]] = []
    addresses = [m.span() for m in _web_address().finditer(source)] if "://" in source or "www." in source else []
    for match in _EMPHASIS.finditer(source):
        if match["bullet"] is not None or any(a <= match.start() < b for a, b in addresses):
            continue  # (a web address keeps its "_" and "*": "…&_afrLoop=…")
        start, end = match.span()
        run = match["run"]
        if _joins_a_word(source, run, start, end):
            # "T****ập trung", "**1****. **": an empty emphasis (a bold run closed and reopened) inside a word or
            # between a number and its dot renders as nothing; zero-width characters, dropped by the text steps, keep
            # the offsets (a space would split the word: "T ập", "1 .")
            chars[start:end] = [_ZERO_WIDTH] * (end - start)
        else:
            _blank(chars, start, end)
        spans.append((start, end, "strong" if len(run) >= 2 else "em"))
    for match in _TITLE_MARK.finditer(source):
        _blank(chars, *match.span())
    for match in _FOOTNOTE_MARK.finditer(source):
        _blank(chars, *match.span())
    _join_emphasis_lines(source, chars, spans)
    return "".join(chars)


def unify_line_endings(source: str) -> str:
    """Windows line ends as a space and a line break, an old Mac one as a line break, so that every later step reads
    a line end as "\\n" alone (a page saved on Windows had lost its blank-line paragraphs: "\\r\\n\\r\\n" is no blank line
    to a pattern of spaces and "\\n"). Length-preserving, like every layout step.

    >>> unify_line_endings("a\\r\\n\\r\\nb\\rc")
    'a \\n \\nb\\nc'
    """
    if "\r" not in source:
        return source
    return source.replace("\r\n", " \n").replace("\r", "\n")


@cache
def _spaced_heading_number() -> regex.Pattern:
    return data_pattern("normalisation.toml", "spaced_numbers", "pattern")


def join_spaced_numbers(source: str) -> str:
    """A heading number parted from its dot at a line's start, by spaces or by a bold span closed before the dot
    (masked to spaces by the markup step): the spaces become zero-width characters, which the text steps drop
    (``"**1**. Sở Y tế"``, ``"**1 . Hàng hóa …"``, ``"5 . Không phân chia"`` read ``"1. Sở Y tế"`` …; round 47).

    >>> join_spaced_numbers("  1  . Sở Y tế") == "  1\u200b\u200b. Sở Y tế"
    True
    """
    if " ." not in source and "\t." not in source and " )" not in source:
        return source
    return _zero_width_spans(source, _spaced_heading_number(), "gap")


def _zero_width_spans(source: str, pattern: regex.Pattern, group: int | str = 0, keep: str = "") -> str:
    """``source`` with each match's ``group`` made zero-width characters, one for one (the text steps drop them);
    with ``keep``, its first character becomes that one (a space, a line break) and the rest zero-width."""
    chars = None
    for match in pattern.finditer(source):
        chars = chars if chars is not None else list(source)
        start, end = match.span(group)
        kept = keep[:end - start]
        chars[start:end] = list(kept) + [_ZERO_WIDTH] * (end - start - len(kept))
    return source if chars is None else "".join(chars)


@cache
def _page_number_line() -> regex.Pattern:
    return data_pattern("normalisation.toml", "page_numbers", "pattern")


def drop_page_numbers(source: str) -> str:
    r"""A PDF page's number on a line of its own, far from the margin, becomes zero-width characters with its line
    break, which the text steps drop: the sentence it cut goes on and the number is no target (round 48).

    >>> page = "nâng cao năng\n" + " " * 30 + "4\nlực thích ứng"
    >>> drop_page_numbers(page) == "nâng cao năng\n" + "\u200b" * 32 + "lực thích ứng"
    True
    """
    if " " * _PAGE_NUMBER_INDENT not in source and "\t" not in source:
        return source  # (the page's text has no run of spaces as long as a centred number's indent)
    return _zero_width_spans(source, _page_number_line())


#: The indent of a centred page number, as data/normalisation.toml [page_numbers] pattern writes it.
_PAGE_NUMBER_INDENT = 16


@cache
def _html_break() -> regex.Pattern:
    return data_pattern("normalisation.toml", "html_breaks", "pattern")


def drop_html_breaks(source: str) -> str:
    """An HTML line break inside a Markdown table's cell becomes a space (its other characters zero-width, which the
    text steps drop): "Giai đoạn<br>2027 - 2030" reads "Giai đoạn 2027 - 2030" (round 50).

    >>> drop_html_breaks("Đơn vị<br>chủ trì") == "Đơn vị " + "\u200b" * 3 + "chủ trì"
    True
    """
    if "<" not in source:
        return source
    return _zero_width_spans(source, _html_break(), keep=" ")


@cache
def _page_label() -> regex.Pattern:
    return data_pattern("normalisation.toml", "page_labels", "pattern")


def drop_page_labels(source: str) -> str:
    r"""A converter's page label between two parts of the text, with the page's printed number under it, becomes one
    line break (its other characters zero-width, which the text steps drop): the sentence the page cut goes on
    (round 50: "… giữa đất liền⏎⏎## Trang 3⏎⏎3⏎và các điểm du lịch …").

    >>> drop_page_labels("đất liền\n\n## Trang 3\n\n3\nvà các") == "đất liền\n" + "\u200b" * 15 + "và các"
    True
    """
    return _zero_width_spans(source, _page_label(), keep="\n")


@cache
def _gazette_page_furniture() -> tuple[regex.Pattern, regex.Pattern]:
    """The Gazette's page head with its page number, and its e-signature stamp (normalisation.toml [gazette_pages])."""
    return (data_pattern("normalisation.toml", "gazette_pages", "head"),
            data_pattern("normalisation.toml", "gazette_pages", "stamp"))


def drop_gazette_pages(source: str) -> str:
    r"""The Official Gazette's running head and page number between two parts of its text become one line break, its
    e-signature stamp nothing (their other characters zero-width): the sentence a page cut goes on (round 51).

    >>> text = "xử\n\nCÔNG BÁO/Số 302/Ngày 02-06-2026 \n72\n \n \nlý"
    >>> drop_gazette_pages(text) == "xử\n" + "\u200b" * 41 + "lý"
    True
    """
    head, stamp = _gazette_page_furniture()
    return _zero_width_spans(_zero_width_spans(source, stamp), head, keep="\n")


@cache
def _edit_link() -> regex.Pattern:
    return data_pattern("normalisation.toml", "edit_links", "pattern")


def drop_edit_links(source: str) -> str:
    r"""A wiki's edit link (after a heading, in a table's cell) becomes zero-width characters, which the text steps
    drop: site chrome, not text, so the paragraph after it opens at its own first word and its "|" is no table cell
    (round 55).

    >>> drop_edit_links("Lịch sử\n\n[sửa | sửa mã nguồn]Ủy ban") == "Lịch sử\n\n" + "\u200b" * 20 + "Ủy ban"
    True
    """
    if "]" not in source:
        return source
    return _zero_width_spans(source, _edit_link())


#: The layout steps by name (``data/normalisation.toml`` says which run, in order).
LAYOUT_STEPS = {"line_endings": unify_line_endings, "markup": mask_markup, "spaced_numbers": join_spaced_numbers,
                "page_numbers": drop_page_numbers, "html_breaks": drop_html_breaks, "page_labels": drop_page_labels,
                "gazette_pages": drop_gazette_pages, "edit_links": drop_edit_links}


def apply_layout_steps(source: str, steps: tuple[str, ...] | None = None) -> str:
    """Run the length-preserving layout steps in order (default: the data file's list)."""
    names = steps if steps is not None else tuple(load_toml("normalisation.toml")["steps"]["layout"])
    for name in names:
        if name not in LAYOUT_STEPS:
            raise ValueError(f"normalisation.toml: unknown layout step {name!r} (known: {sorted(LAYOUT_STEPS)})")
        source = LAYOUT_STEPS[name](source)
    return source


def fix_tone_placement(word: str) -> str:
    """Move the tone of a word-final ``oa``/``oe``/``uy`` to the first vowel.

    >>> fix_tone_placement("hoà"), fix_tone_placement("Thuý"), fix_tone_placement("quý")
    ('hòa', 'Thúy', 'quý')
    """
    decomposed = unicodedata.normalize("NFD", word)
    # NFD puts a vowel-quality mark (circumflex, breve, horn) before the tone mark;
    # the oa/oe/uy clusters carry none, so the tone follows the vowel directly.
    match = _OLD_TONE.search(decomposed)
    if not match:
        return word
    vowel_at = match.start()
    tone = match.group(3)
    moved = decomposed[: vowel_at - 1] + decomposed[vowel_at - 1] + tone + decomposed[vowel_at]
    return unicodedata.normalize("NFC", moved)


@dataclass
class _Segment:
    clean_start: int
    src_start: int
    src_end: int
    identity: bool  # identity: clean char i maps to src_start + (i - clean_start)


@dataclass
class NormalizedText:
    """Clean text plus the map from clean offsets back to source offsets."""

    source: str
    text: str
    _segments: list[_Segment] = field(repr=False)
    _starts: list[int] = field(repr=False)

    def _segment(self, clean_offset: int) -> _Segment:
        index = bisect.bisect_right(self._starts, clean_offset) - 1
        return self._segments[max(index, 0)]

    def source_start(self, clean_offset: int) -> int:
        """Source offset where the clean character at ``clean_offset`` begins."""
        if clean_offset >= len(self.text):
            return len(self.source)
        seg = self._segment(clean_offset)
        if seg.identity:
            return seg.src_start + (clean_offset - seg.clean_start)
        return seg.src_start

    def source_end(self, clean_offset: int) -> int:
        """Source offset where the clean character at ``clean_offset`` ends."""
        if clean_offset >= len(self.text):
            return len(self.source)
        seg = self._segment(clean_offset)
        if seg.identity:
            return seg.src_start + (clean_offset - seg.clean_start) + 1
        return seg.src_end

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean span ``[start, end)`` to the source span it came from."""
        if end <= start:
            pos = self.source_start(start)
            return pos, pos
        return self.source_start(start), self.source_end(end - 1)

    def to_clean(self, source_offset: int) -> int:
        """The first clean offset whose source position is at or after ``source_offset``."""
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.source_end(mid) <= source_offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


#: A bold run on one line of the source: "**B. 0,50%**".
_STRONG_RUN = regex.compile(r"\*\*(?=[^\s*])(?P<inner>[^*\n]{1,300}?)(?<=[^\s*])\*\*")


def strong_spans(normalized: NormalizedText) -> tuple[tuple[int, int], ...]:
    """The clean spans of the text the source set in bold on one line (layout steps keep every offset, so a source
    offset is the original's).

    >>> n = normalize("Câu 1: Bao nhiêu?\\n\\nA. 0,30%\\n\\n**B. 0,50%**\\n")
    >>> [n.text[s:e] for s, e in strong_spans(n)]
    ['B. 0,50%']
    """
    if "**" not in normalized.source:
        return ()
    spans = []
    for run in _STRONG_RUN.finditer(normalized.source):
        start, end = normalized.to_clean(run.start("inner")), normalized.to_clean(run.end("inner"))
        if end > start:
            spans.append((start, end))
    return tuple(spans)


class _Builder:
    """Accumulates clean pieces and their segments."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.segments: list[_Segment] = []
        self.length = 0

    def copy(self, source: str, start: int, end: int) -> None:
        if end <= start:
            return
        last = self.segments[-1] if self.segments else None
        if last and last.identity and last.src_end == start and \
                last.clean_start + (last.src_end - last.src_start) == self.length:
            last.src_end = end
        else:
            self.segments.append(_Segment(self.length, start, end, True))
        self.pieces.append(source[start:end])
        self.length += end - start

    def replace(self, text: str, start: int, end: int) -> None:
        if not text:
            return
        self.segments.append(_Segment(self.length, start, end, False))
        self.pieces.append(text)
        self.length += len(text)

    def last_char(self) -> str:
        for piece in reversed(self.pieces):
            if piece:
                return piece[-1]
        return ""


def _wrap_width(source: str) -> int | None:
    """The column a hard-wrapped file is wrapped at, or None when it is not.

    A hard-wrapped file has many lines that end just short of the wrap column; a few
    longer lines (a web address, a table row, a pasted paragraph) do not change that, so
    the column is read at the 90th percentile of the longer lines, not at their maximum.
    """
    longish = sorted(len(line.rstrip()) for line in source.split("\n") if len(line.rstrip()) >= 40)
    if len(longish) < 6:
        return None
    width = longish[int(0.9 * (len(longish) - 1))]
    if not 40 <= width <= 130:
        return None
    near = sum(1 for n in longish if width - 15 <= n <= width + 5)
    return width if near >= 5 and near >= 0.3 * len(longish) else None


def _blank_line_paragraphs(source: str) -> bool:
    """Whether ``source`` parts its paragraphs and items with blank lines and wraps the lines inside them, so that a
    single line break inside a paragraph is a wrap even before a capitalised word ("a) Tổ chức khai thác, sử dụng⏎Phần
    mềm trong phạm vi quản lý …", "quy định tại Điều 69 Luật⏎Điện lực"): most lines that open with an item's marker
    follow a blank line, and most single breaks go on with a lower-case word (read over the whole file;
    ``[paragraphs]`` in data/line_breaks.toml)."""
    cfg = load_toml("line_breaks.toml")["paragraphs"]
    lines = [line.strip() for line in source.split("\n")]
    singles = lower = marked = marked_after_blank = 0
    for previous, line in zip(lines, lines[1:]):
        if not line:
            continue
        if _LINE_MARKER.match(line):
            marked += 1
            marked_after_blank += not previous
        elif previous:
            singles += 1
            lower += line[0].islower()
    return marked >= cfg["min_items"] and marked_after_blank >= cfg["items_after_blank"] * marked \
        and singles >= cfg["min_breaks"] and lower >= cfg["lower_share"] * singles


def _wrapped_before_capital(before: str, run: str, after: str) -> bool:
    """In a file of blank-line paragraphs, whether the break ``run`` between the line ``before`` and a line opening
    with a capital is a wrap: not after a heading's markup (masked to spaces before the break: "**3. Ủy ban nhân dân
    cấp xã**" ⏎ "Tổ chức thực hiện"), a Markdown heading or a table row, nor between lines in capitals (a heading
    and its title)."""
    return run[:1] not in " \t" and before[-1] not in "*_|#" and not before.startswith(("#", "|")) \
        and not before.isupper() and not after.split("\n", 1)[0].isupper()


@cache
def _open_before_names() -> tuple[regex.Pattern, regex.Pattern]:
    """Line endings that go on before a capitalised name, and before a Roman numeral (``data/line_breaks.toml``)."""
    cfg = load_toml("line_breaks.toml")
    return _ending_pattern(cfg["open_before_names"], case_sensitive=True), _ending_pattern(cfg["open_before_numerals"])


@cache
def _open_before_documents() -> tuple[regex.Pattern, regex.Pattern]:
    """(line endings that govern a document, a document's type word opening the next line): ``căn cứ nội dung`` ⏎
    ``Quyết định …``, ``căn cứ`` ⏎ ``Quy chế này …`` (``data/line_breaks.toml`` open_before_documents and issued_rules,
    ``document_types.toml`` [types])."""
    breaks = load_toml("line_breaks.toml")
    types = sorted([*load_toml("document_types.toml")["types"], *breaks["issued_rules"]], key=len, reverse=True)
    opening = words_pattern(types, flags=0, left="^", right=r"(?![\p{L}\p{M}])")
    return _ending_pattern(breaks["open_before_documents"], case_sensitive=True), opening


#: A Roman numeral opening a line, read as generously as line joining reads them (headings.toml roman_wide).
_ROMAN_OPENING = regex.compile(shape("roman_wide") + r"(?![\p{L}\p{N}])")


def _opens_a_name_or_numeral(before: str, after: str) -> bool:
    """Whether the line ``before`` ends with a word that a name or a Roman numeral on the next line completes: a law's
    type ("Luật⏎Điện lực"), an official's title ("Giám đốc⏎Sở Khoa học và Công nghệ"), a part's word before its
    numeral ("Mục⏎C", "Chương⏎III", "cấp⏎II", "khóa⏎XV"), a word that governs a document before its type word ("căn
    cứ nội dung⏎Quyết định …"). Case-sensitive for names: "pháp luật⏎Sở Y tế …" ends its line."""
    names, numerals = _open_before_names()
    if _ROMAN_OPENING.match(after) or (after[:1].isupper() and after[1:2] in (",", " ", ".")):
        if numerals.search(before):
            return True
    if after[:1].isupper() and not after.split("\n", 1)[0].isupper() and names.search(before) is not None:
        return True
    governing, documents = _open_before_documents()
    return governing.search(before) is not None and documents.match(after) is not None


def _line_before(source: str, end: int) -> str:
    return source[source.rfind("\n", 0, end) + 1 : end]


def _ending_pattern(words: list[str], case_sensitive: bool = False) -> regex.Pattern:
    """Any of ``words`` ending a line (in any case unless ``case_sensitive``)."""
    return words_pattern(words, flags=0 if case_sensitive else regex.IGNORECASE, left=r"(?<![\p{L}\p{M}])",
                         right="$")


@cache
def _line_break_rules() -> tuple[regex.Pattern, regex.Pattern, frozenset[str], frozenset[str]]:
    """(line ending with an open word, … with a word open before digits, open endings,
    standalone one-word lines) from ``data/line_breaks.toml``."""
    cfg = load_toml("line_breaks.toml")
    return (_ending_pattern(cfg["open_words"]), _ending_pattern(cfg["open_before_digits"]),
            frozenset(cfg["open_endings"]), frozenset(cfg["standalone_words"]))


@cache
def _number_words() -> frozenset[str]:
    return frozenset(load_toml("line_breaks.toml")["number_words"])


#: A line that holds only a heading number ("1.", "II.", "a)") goes on with the next line.
_BARE_NUMBER = heading_marker("bare_number")
#: A line that holds only an article's number ("Điều 2.") goes on with its title on the next line.
_BARE_ARTICLE = heading_marker("bare_article")


def _continues_one_word_line(word: str, after: str) -> bool:
    """A one-word line is the head of the next line when their cases agree: "ỦY\nBAN NHÂN DÂN",
    "Bình\nThuận, ngày …", "Số:\n2578/KH-UBND" — not the tail of a title ("… TỈNH CÀ\nMAU\nCăn cứ …")."""
    if word.endswith(":"):
        return after[0].isdigit()
    if word.isupper():
        next_word = after.split(maxsplit=1)[0] if after.split() else ""
        return next_word.isupper() or after[0].isdigit()
    return True


_WRITTEN_LINE_CHARS = 200  # longer than any wrap column :func:`_wrap_width` accepts (130)
_CAPITALS_HEADING = heading_marker("capitals_heading")
_HEADING_LINES = 3  # lines a heading in capitals is wrapped over
_HEADING_LINE_CHARS = 100  # a longer line in capitals is no fragment of a heading


def _written_line_start(physical: str, end: int) -> int:
    """Where the line as written that ends at ``end`` starts, read back no further than any wrap column: a longer line
    is long enough (and an old Mac page, whose line ends are "\\r", is not scanned back to its start at every break)."""
    floor = max(0, end - _WRITTEN_LINE_CHARS)
    return max(floor, physical.rfind("\n", floor, end) + 1, physical.rfind("\r", floor, end) + 1)


def _in_capitals(line: str) -> bool:
    """Whether a line has letters and all of them are capitals ("TỔ CHỨC THỰC HIỆN", "II. NHIỆM VỤ 2026"); read up to
    its first small letter (most lines that follow a break have one early)."""
    letters = False
    for ch in line:
        if ch.isalpha():
            if not ch.isupper():
                return False
            letters = True
    return letters


def _wrapped_capitals_heading(source: str, run_start: int, run_end: int) -> bool:
    """Whether the break ``run_start:run_end`` wraps a numbered heading in capitals: the line after it is in capitals
    and short, and so are the lines above it up to the heading's number ("VI. TỔ CHỨC" ⏎ "THỰC HIỆN"; "III. PHÁT" ⏎
    "TRIỂN NỀN MÓNG KINH" ⏎ "TẾ SỐ"). A PDF's text or a page without bold wraps a centred heading short of any wrap
    column.

    >>> text = "III. PHÁT\\nTRIỂN NỀN MÓNG KINH\\nTẾ SỐ\\n1. Phát triển"
    >>> [_wrapped_capitals_heading(text, i, i + 1) for i, ch in enumerate(text) if ch == "\\n"]
    [True, True, False]
    """
    after_end = source.find("\n", run_end, run_end + _HEADING_LINE_CHARS + 1)
    after = source[run_end:after_end if after_end >= 0 else run_end + _HEADING_LINE_CHARS + 1].strip()
    if not after or len(after) > _HEADING_LINE_CHARS or not _in_capitals(after) or _LINE_MARKER.match(after):
        return False
    end = run_start
    for _ in range(_HEADING_LINES):
        start = source.rfind("\n", 0, end) + 1
        line = source[start:end].strip()
        if not line or len(line) > _HEADING_LINE_CHARS or not _in_capitals(line):
            return False
        if _CAPITALS_HEADING.match(line):
            return True
        if start == 0:
            return False
        end = start - 1
    return False


_EMPHASISED_LINE = regex.compile(r"[ \t]*+(\*{1,3}|_{2,3})(?![\s*_]).*[^\s*_]\1[ \t]*+")
#: A line that ends a bold span wrapped over lines: "Du lịch/Sở Văn hóa và Thể thao … Trung ương**".
_BOLD_SPAN_END = regex.compile(r".*[^\s*_](?:\*\*|__)[ \t]*+")


def _emphasised_line(physical: str, run_start: int, run_end: int) -> bool:
    """Whether the line as written that ends in the blank run ``run_start:run_end`` (its markup masked by then) is
    emphasised whole, from its first word to its last, or ends a bold span wrapped over lines: a heading or a lead in
    bold ends its line even after a word that leads on ("… đạt 02 con số**", "… trực thuộc Trung ương**" ⏎ "Chủ
    trì, phối hợp …").

    >>> text = "**(2) Huy động nguồn lực, đạt 02 con số**\\nCác Sở"
    >>> _emphasised_line(text, text.index("**\\n"), text.index("C")), _emphasised_line("của **\\nTHƯ VIỆN", 3, 7)
    (True, False)
    """
    end = physical.find("\n", run_start, run_end)
    end = run_start if end < 0 else end
    line_start = _written_line_start(physical, end)
    line = _EMPHASISED_LINE.fullmatch(physical, line_start, end) or _BOLD_SPAN_END.fullmatch(physical, line_start, end)
    # … and closes what it opens ("**5. Các chủ rừng là tổ chức (các**" ⏎ "Ban quản lý …)" goes on)
    return line is not None and line.group().count("(") <= line.group().count(")")


def _is_soft_break(source: str, run_start: int, run_end: int, wrap: int | None, blank_paragraphs: bool = False,
                   physical: str | None = None) -> bool:
    """Decide whether the single line break in ``source[run_start:run_end]`` is a wrap. ``physical`` is the text
    before the layout steps: a line reaches the wrap column as it was written, not as a wrapped bold heading joined
    into one line ("**Phần II. QUY TRÌNH … LIÊN" ⏎ "THÔNG**" ⏎ "**CÁC TỪ VIẾT TẮT**": "THÔNG" ends short)."""
    before = _line_before(source, run_start).strip()
    after = source[run_end : run_end + 40]
    if before in _number_words() and (after[:1].isdigit() or _ROMAN_OPENING.match(after)):
        return True  # "Điều\n1. Ban hành …", "PHẦN\nII. NỘI DUNG …" (a part's Roman number)
    if before and _BARE_NUMBER.fullmatch(before) and after[:1].isalpha() and not _LINE_MARKER.match(after):
        line_start = source.rfind("\n", 0, run_start - len(_line_before(source, run_start)))
        if source[max(line_start - 12, 0):line_start + 1].strip() in _number_words() or before[-1:] in ".)":
            return True  # "Điều 1.\nBan hành …", "1.\nTổ chức rà soát …"
    if before and _BARE_ARTICLE.fullmatch(before) and after[:1].isupper() and not _LINE_MARKER.match(after):
        return True  # "Điều 2.\nNhiệm vụ và quyền hạn": the article's title under its number
    if before and _WRAPPED_DASH.match(after) and before[-1] not in _SENTENCE_END \
            and _reaches_wrap(source, run_start, wrap, physical):
        return True  # "phục hồi di tích lịch sử" ⏎ "- văn hóa, tôn tạo …": a compound's dash at a wrap, no bullet
    if not before or not after or _LINE_MARKER.match(after) \
            or not (after[0].isalnum() or after[0] == "(" or after.startswith(_ELLIPSES)):
        return False  # (an ellipsis goes on a list: "Quảng Trạch I," ⏎ "...):")
    if not before.strip("| "):
        return False  # a flattened table's cell border: "|\ndưới 10" is the next cell, not a wrapped line
    if _wrapped_capitals_heading(source, run_start, run_end):
        return True  # "VI. TỔ CHỨC" ⏎ "THỰC HIỆN": a heading in capitals wrapped without bold
    open_word, open_before_digits, open_endings, standalone = _line_break_rules()
    if _ONE_WORD.fullmatch(before) and before not in standalone and _continues_one_word_line(before, after):
        return True  # "ỦY\nBAN NHÂN DÂN", "Bình\nThuận, ngày …", "Số:\n2578/KH-UBND"
    if physical is not None and not after[0].islower() and before[-1] not in open_endings \
            and _emphasised_line(physical, run_start, run_end):
        # "**(2) Huy động … đạt 02 con số**" ⏎ "Các Sở: …": a line in bold ends there, "số" or not (a comma still
        # goes on: "**I. MỤC ĐÍCH,**" ⏎ "**YÊU CẦU**")
        return False
    if any(ch.isalpha() for ch in before) and (before[-1] in open_endings or open_word.search(before)
                                               or after[0].isdigit() and open_before_digits.search(before)):
        return True  # "Quyết định số\n1629/QĐ-TTg", "I. MỤC TIÊU,\nCHỈ TIÊU CHỦ YẾU", "năm\n2022"
    if before[-1] in _SENTENCE_END or before.rstrip("\"'”)»")[-1:] in _SENTENCE_END:
        return False
    first = after[0]
    if first.islower():
        return True
    if _opens_a_name_or_numeral(before, after):
        return True  # "quy định tại Điều 77 Luật\nTrật tự, an toàn giao thông …", "Giám đốc\nSở Khoa học …"
    run = source[run_start:run_end]
    spaces = len(run) - len(run.lstrip(" \t"))
    if physical is not None and not any(ch in _MASKABLE for ch in physical[run_start:run_start + spaces]):
        # spaces that were spaces (or a Windows line end's "\r", a space after unify_line_endings) mask no markup
        run = run[spaces:]
    return _reaches_wrap(source, run_start, wrap, physical) \
        or blank_paragraphs and _wrapped_before_capital(before, run, after)


def _bold_heading_name_goes_on(source: str, run_start: int, run_end: int, physical: str) -> bool:
    """Whether the blank line ``run_start:run_end`` parts a numbered bold heading in two bold paragraphs inside a body's
    name (a converted page: ``**3. Đề nghị Ủy ban Mặt trận … Thành phố, Hội Liên hiệp**`` ⏎ ⏎ ``**Phụ nữ Thành phố
    và các tổ chức thành viên của Mặt trận**``): the paragraph before opens with a heading's number and ends in bold
    with no stop, the one after is one bold paragraph with no number that opens with a capital, and a body's name
    runs over the break. A bold title under a heading ("**1. Sở Y tế**" ⏎ ⏎ "**Nhiệm vụ chung**") names none."""
    line_end = physical.find("\n", run_start, run_end)  # (the run opens with the masked markup's spaces)
    line_start = _written_line_start(physical, line_end)
    if line_end < 0 or not _BOLD_SPAN_END.fullmatch(physical, line_start, line_end):
        return False
    before = source[line_start:line_end].strip()
    after_start = physical.rfind("\n", run_start, run_end) + 1
    following = physical.find("\n", run_end)
    following = len(physical) if following < 0 else following
    after_physical = physical[after_start:following].strip()
    after = source[after_start:following].strip()
    if not before or before[-1] in _SENTENCE_END or before[-1] in ":" or not after[:1].isupper() \
            or not after_physical.startswith(("**", "__")) or _LINE_MARKER.match(after):
        return False
    paragraph = max(source.rfind("\n\n", 0, run_start) + 2, 0)
    if not _LINE_MARKER.match(source[paragraph:run_start].lstrip()):
        return False
    from .agencies import find_agencies  # (agencies reads its names through this module)
    joined = before + "\n" + after
    return any(m.start < len(before) < m.end for m in find_agencies(joined, 0, len(joined)))


_ELLIPSES = ("...", "…")
#: The markup the layout steps mask to spaces (a heading's emphasis and hashes).
_MASKABLE = "*_#"
#: A line that opens with a dash and a word in lower case: a compound cut at its dash ("lịch sử" ⏎ "- văn hóa").
_WRAPPED_DASH = regex.compile(r"[-–][ \t]+\p{Ll}")


def _reaches_wrap(source: str, run_start: int, wrap: int | None, physical: str | None) -> bool:
    """Whether the line before the break at ``run_start`` reaches the file's wrap column, read on the line as written
    when ``physical`` is given (a bold heading joined into one line is not long)."""
    if wrap is None:
        return False
    written = _line_before(source, run_start).strip()
    if physical is not None:
        written = physical[_written_line_start(physical, run_start):run_start].strip()
    return len(written) >= wrap - 15


def normalize(source: str, layout_steps: tuple[str, ...] | None = None) -> NormalizedText:
    """Normalise ``source`` (see the module docstring) keeping the offset map.

    ``layout_steps`` overrides the data file's list of layout steps (``()`` for none).
    """
    original = source
    source = apply_layout_steps(source, layout_steps)
    builder = _Builder()
    wrap = _wrap_width(source) if "\n" in source else None
    blank_paragraphs = "\n" in source and _blank_line_paragraphs(source)
    blank = _BLANK_CHARS
    n = len(source)
    cursor = n - len(source.lstrip(blank))
    end_trim = len(source.rstrip(blank))
    for start, end, kind in _spots(source, cursor, end_trim):
        builder.copy(source, cursor, start)
        cursor = end
        if kind == "dash":
            builder.replace("-", start, end)
        elif kind == "word":
            word = fix_tone_placement(unicodedata.normalize("NFC", source[start:end]))
            if _CYRILLIC.search(word) and _LATIN.search(word):
                word = word.translate(_homoglyphs())  # "BТС" with a Cyrillic Т and С → "BTC"
            if _FOREIGN_LETTER.search(word):
                word = _mend_look_alikes(word)  # "lűy kế" → "lũy kế"
            builder.replace(word, start, end)
        else:
            run = source[start:end]
            if all(ch in _DROPPED for ch in run):
                continue
            breaks = run.count("\n") + run.count("\u2028") + run.count("\u2029") + \
                run.replace("\r\n", "\n").count("\r")
            if breaks == 2 and _bold_heading_name_goes_on(source, start, end, original):
                builder.replace("\n", start, end)  # one heading, its body's name cut by a paragraph break
            elif breaks >= 2:
                builder.replace("\n\n", start, end)
            elif breaks == 1:
                soft = _is_soft_break(source, start, end, wrap, blank_paragraphs, original)
                builder.replace(" " if soft else "\n", start, end)
            elif builder.last_char() != " ":
                builder.replace(" ", start, end)
    builder.copy(source, cursor, max(cursor, end_trim))
    text = "".join(builder.pieces)
    return NormalizedText(original, text, builder.segments,
                          [s.clean_start for s in builder.segments])
