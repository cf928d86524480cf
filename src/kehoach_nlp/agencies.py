"""Agency mentions: find and canonicalise the public bodies named in a text.

Takes: clean text (or one name). Gives: :class:`AgencyMention` spans with a
canonical name — abbreviations expanded, spellings merged, scope words kept.

Two recognisers, merged longest-first:

* a gazetteer (``data/agencies.tsv``) on spaCy's ``PhraseMatcher`` over the
  lower-cased word tokens of the text, punctuation and ``và`` left out, so that
  ``Sở Văn hoá, Thể thao và Du lịch``, ``Sở Văn hóa - Thể thao và Du lịch`` and
  ``Sở Văn hóa Thể thao và Du lịch`` are one entry; abbreviated variants
  (``Sở LĐ-TB&XH``, ``UBND``) are generated from ``data/abbreviations.tsv``;
* a head word followed by a capitalised name (``data/agency_heads.toml``:
  ``Sở Ngoại vụ``, ``Báo Ninh Thuận``, ``Trung tâm Y tế``), since no list is complete.

Scope words after a name are kept (``Ủy ban nhân dân các huyện, thị xã, thành
phố``, ``Công an tỉnh``, ``Ủy ban nhân dân tỉnh Ninh Thuận``).

Example::

    >>> [m.canonical for m in find_agencies("giao Cục Phòng, chống tệ nạn xã hội và Sở LĐ-TB&XH các tỉnh")]
    ['Cục Phòng, chống tệ nạn xã hội', 'Sở Lao động - Thương binh và Xã hội các tỉnh']
    >>> canonical_agency("Sở Thông tin-Truyền thông")
    'Sở Thông tin và Truyền thông'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable, Optional

import unicodedata

import regex

from .data import load_toml, load_tsv
from .rules import alternation, word, word_list, word_mapping, words_pattern
from .text import fix_tone_placement
from .vietnamese import abbreviation_table, expand_abbreviations
from .caching import per_text

_WORD = regex.compile(r"[\p{L}\p{N}]+")
# a name may wrap over one line ("Sở\nTài chính"), never over a blank line or a table cell
_BAD_INSIDE = regex.compile(r"[.;:()\[\]/!?\"“”|]|\n[ \t]{0,8}\n")
_DASH_BETWEEN_LETTERS = regex.compile(r"(?<=\p{L})[ \t]{0,3}[-–—][ \t]{0,3}(?=\p{L})")
_SIGN_BEFORE = regex.compile(r"(?:[/]|\p{Lu}-[ ]?|\d/)$")
_SPACES = regex.compile(r"\s+")
_SLASH = regex.compile(r"[ \t]*/[ \t]*")
#: White space inside a name: spaces and at most one line break (a blank line ends a name).
_WS = r"(?:[ \t]{1,4}\n?[ \t]{0,4}|\n[ \t]{0,4})"
_WS0 = r"[ \t]{0,4}\n?[ \t]{0,4}"
CONNECTOR = word("agency_heads.toml", "words", "connector")  # joins names in a list; not part of a gazetteer key
PLURAL_WORD = word_list("agency_heads.toml", "lists", "plural")[0]  # opens a list of bodies: "các sở, ban, ngành"


@dataclass(frozen=True)
class AgencyMention:
    """One agency named in the text: ``text[start:end]`` and its canonical name."""

    start: int
    end: int
    text: str
    canonical: str
    generic: bool = False


# --- keys and canonical names --------------------------------------------------------

def _word(text: str) -> str:
    return fix_tone_placement(unicodedata.normalize("NFC", text)).lower()


def name_key(name: str) -> tuple[str, ...]:
    """Lower-case words of ``name`` (NFC, new tone placement) without punctuation and ``và``.

    >>> name_key("Sở Văn hoá, Thể thao và Du lịch") == name_key("Sở Văn hóa - Thể thao Du lịch")
    True
    >>> name_key("Sở Thông tin-Truyền thông")
    ('sở', 'thông', 'tin', 'truyền', 'thông')
    """
    return tuple(w for w in (_word(m.group()) for m in _WORD.finditer(name)) if w != CONNECTOR)


@cache
def _gazetteer() -> dict[tuple[str, ...], str]:
    """Key of every spelling (expanded) → canonical name."""
    table: dict[tuple[str, ...], str] = {}
    for row in load_tsv("agencies.tsv"):
        canonical = row[0]
        for spelling in row:
            table.setdefault(name_key(expand_abbreviations(spelling)), canonical)
    return table


@cache
def _spellings() -> tuple[tuple[str, str], ...]:
    """Every (spelling, canonical) the matcher looks for, abbreviated variants included."""
    abbreviations = load_tsv("abbreviations.tsv")
    seen: set[tuple[str, ...]] = set()
    out: list[tuple[str, str]] = []
    for row in load_tsv("agencies.tsv"):
        canonical = row[0]
        for spelling in row:
            variants = [spelling]
            for abbr, expansion in abbreviations:
                if expansion in spelling:
                    variants.append(spelling.replace(expansion, abbr))
            for variant in variants:
                key = name_key(variant)
                if key and key not in seen:
                    seen.add(key)
                    out.append((variant, canonical))
    return tuple(out)


@cache
def _leading_respellings() -> tuple[regex.Pattern, dict[str, str]]:
    table = word_mapping("agency_heads.toml", "words", "leading_respellings")
    return words_pattern(table, left="^", right=r"(?![\p{L}])"), table


def _leading_respelling(name: str) -> str:
    """``Uỷ ban nhân dân`` → ``Ủy ban nhân dân`` (``data/agency_heads.toml`` [words] leading_respellings)."""
    pattern, table = _leading_respellings()
    return pattern.sub(lambda m: table[m.group()], name)


@cache
def _capitalised_level() -> regex.Pattern:
    """A level some provinces capitalise, inside a name ("Ủy ban nhân dân Tỉnh"), not the body it begins
    ("Tỉnh ủy")."""
    not_before = _heads()["scope"]["not_before"]
    words = word_list("agency_heads.toml", "scope", "lower_in_names")
    guarded = [rf"{regex.escape(w)}(?![\p{{L}}\p{{M}}])" + (rf"(?!\s+(?:{alternation(not_before[w])})(?![\p{{L}}]))"
                                                          if not_before.get(w) else "") for w in words]
    return regex.compile(r"(?<=\s)(?:" + "|".join(guarded) + ")")


@cache
def _joined_levels() -> regex.Pattern:
    """Two lower-case levels of a scope list written without their comma ("các xã phường"): the first and its
    space."""
    levels = alternation(word_list("agency_heads.toml", "scope", "units"))
    # a unit word that ends another word ("Liên minh Hợp tác xã | tỉnh") is no level
    compounds = [c.rsplit(" ", 1)[0] for c in word_list("agency_heads.toml", "scope", "unit_compounds")]
    not_after = r"(?<!(?i:" + alternation(compounds) + r")[ \t]+)"
    return regex.compile(r"(?<![\p{L}\p{M}])" + not_after + "(" + levels + r")[ \t]+(?=(?:" + levels
                         + r")(?![\p{L}\p{M}]))")


#: A head word written twice ("Sở Sở Công thương"), and a colon after a group's head ("Các trường: Đại học, Cao đẳng").
_DOUBLED_HEAD = regex.compile(r"^(\p{Lu}\p{Ll}*)[ \t]+\1(?=[ \t])")
_HEAD_COLON = regex.compile(r"^(\p{L}+[ \t]+\p{L}+):[ \t]*(?=\p{L})")


def _tidy(name: str) -> str:
    name = _SPACES.sub(" ", name).strip(" ,;:.-–")
    name = _HEAD_COLON.sub(r"\1 ", _DOUBLED_HEAD.sub(r"\1", name))
    name = _capitalised_level().sub(lambda m: m.group().lower(), name)
    name = _joined_levels().sub(r"\1, ", name)  # "Ủy ban nhân dân các xã phường" → "… các xã, phường"
    name = _DASH_BETWEEN_LETTERS.sub(" - ", name)
    name = _SLASH.sub("/", name)  # "Sở Văn hóa, Thể thao và Du lịch /Sở Văn hóa và Thể thao"
    name = _leading_respelling(name)
    return name[:1].upper() + name[1:] if name else name


@cache
def canonical_agency(name: str) -> str:
    """Canonical form of one agency name: abbreviations expanded, gazetteer spelling, scope kept.

    >>> canonical_agency("UBND các huyện, thị xã, thành phố")
    'Ủy ban nhân dân các huyện, thị xã, thành phố'
    >>> canonical_agency("Bộ chỉ huy Bộ đội biên phòng tỉnh")
    'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'
    >>> canonical_agency("Sở Sở Công thương"), canonical_agency("Các trường: Đại học, Cao đẳng")
    ('Sở Công Thương', 'Các trường Đại học, Cao đẳng')
    """
    text = _tidy(expand_abbreviations(_SPACES.sub(" ", name).strip()))
    text = _level_slash().sub(", ", text)  # "xã/phường" → "xã, phường": levels listed with a slash
    words = list(_WORD.finditer(text))
    gazetteer = _gazetteer()
    kept = [w for w in words if _word(w.group()) != CONNECTOR]
    for size in range(len(kept), 0, -1):
        key = tuple(_word(w.group()) for w in kept[:size])
        canonical = gazetteer.get(key)
        if canonical is not None:
            tail = text[kept[size - 1].end():]
            rest = _level_respelt(tail.strip(" ,-–"))
            if rest.isupper():
                rest = _scope_in_case(rest)  # "CÔNG AN TỈNH" → "Công an tỉnh"
            # "Ban Tuyên giáo Tỉnh ủy, thành ủy": a list of levels after the name keeps its comma
            joint = ", " if tail.lstrip(" ").startswith(",") else " "
            return _tidy(canonical + (joint + rest if rest else ""))
    return _misspelt(tuple(_word(w.group()) for w in kept)) or text


@cache
def _level_slash() -> regex.Pattern:
    """A slash between two levels of scope ("Ủy ban nhân dân xã/phường")."""
    units = alternation(word_list("agency_heads.toml", "scope", "units"))
    return regex.compile(r"(?<=(?<![\p{L}\p{M}])(?:" + units + r"))[ \t]*/[ \t]*(?=(?:" + units + r")(?![\p{L}\p{M}]))")


def _level_respelt(rest: str) -> str:
    """A single word after a gazetteer name that is a level with a slipped tone mark, written as that level: "Văn phòng
    Ủy ban nhân dân tính" → "… tỉnh" ("quản", "xử" are no "quận", "xã": their letters differ, not only their tones).

    >>> _level_respelt("tính"), _level_respelt("quản"), _level_respelt("liên quan")
    ('tỉnh', 'quản', 'liên quan')
    """
    if " " in rest or not rest.islower() or rest in _one_word_levels():
        return rest
    plain = _toneless(rest)
    near = [level for level in _one_word_levels() if _toneless(level) == plain]
    return near[0] if len(near) == 1 else rest


#: Vietnamese tone marks (grave, acute, tilde, hook above, dot below); the letters' own marks (â, ă, ơ …) are kept.
_TONE_MARKS = regex.compile("[\u0300\u0301\u0303\u0309\u0323]")


def _toneless(word: str) -> str:
    return unicodedata.normalize("NFC", _TONE_MARKS.sub("", unicodedata.normalize("NFD", word)))


_MISSPELT_MIN_WORDS = 3  # names this long at least are told apart by more than one letter


def _misspelt(key: tuple[str, ...]) -> Optional[str]:
    """The gazetteer's name that ``key`` misspells by one letter of one word after the head word, or None: "Sở Sây
    dựng" → "Sở Xây dựng" (a page's typing error; the text keeps it, the canonical name does not).

    >>> _misspelt(("sở", "sây", "dựng")), _misspelt(("sở", "xây", "dựng", "mới"))
    ('Sở Xây dựng', None)
    """
    if len(key) < _MISSPELT_MIN_WORDS:
        return None
    found = None
    for other in _same_shape_names().get((key[0], len(key)), ()):
        differing = [(a, b) for a, b in zip(key, other) if a != b]
        if len(differing) == 1 and _one_letter_apart(*differing[0]):
            if found is not None:
                return None  # two names one letter away: no telling which
            found = _gazetteer()[other]
    return found


@cache
def _same_shape_names() -> dict[tuple[str, int], tuple[tuple[str, ...], ...]]:
    """The gazetteer's keys by their head word and length in words."""
    shapes: dict[tuple[str, int], list[tuple[str, ...]]] = {}
    for key in _gazetteer():
        if len(key) >= _MISSPELT_MIN_WORDS:
            shapes.setdefault((key[0], len(key)), []).append(key)
    return {shape: tuple(keys) for shape, keys in shapes.items()}


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words of the same length differ in one letter ("sây" / "xây")."""
    return len(a) == len(b) > 1 and sum(x != y for x, y in zip(a, b)) == 1


def _scope_in_case(words: str) -> str:
    """Scope words of a name written in capitals, in a name's usual case: levels in lower case, place names
    capitalised ("TỈNH QUẢNG NINH" → "tỉnh Quảng Ninh")."""
    levels = _one_word_levels()
    return " ".join(word.lower() if word.lower() in levels else word if _ROMAN_NUMBER.fullmatch(word)
                    else word[:1] + word[1:].lower() for word in words.split())


_ROMAN_NUMBER = regex.compile(r"[IVXLC]+|\d+")  # a region's number: "khu vực XII"


@cache
def _one_word_levels() -> frozenset[str]:
    return frozenset(level.lower() for level in word_list("agency_heads.toml", "scope", "levels") if " " not in level)


# --- recognisers ----------------------------------------------------------------------

@cache
def _heads() -> dict[str, Any]:
    return load_toml("agency_heads.toml")


@cache
def capitalised_heads() -> tuple[str, ...]:
    """The head words that open a body's proper name, as written with their capital (``Sở``, ``Ban``, ``Ủy ban``):
    data/agency_heads.toml ``named_heads``, the lower-case group words left out."""
    return tuple(h for h in _heads()["named_heads"] if h[:1].isupper())


@cache
def _matcher() -> tuple[Any, Any, dict[int, str]]:
    """spaCy vocab and PhraseMatcher over the gazetteer, built once (spaCy imported lazily)."""
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    labels: dict[int, str] = {}
    for spelling, canonical in _spellings():
        key = name_key(spelling)
        label = nlp.vocab.strings.add(canonical)
        labels[label] = canonical
        matcher.add(canonical, [Doc(nlp.vocab, words=list(key))])
    return nlp, matcher, labels


def _gazetteer_spans(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """Gazetteer matches lying inside ``text[start:end]``, offsets into ``text``.

    The matcher runs once per text (the last few texts are cached), so the many
    block headings of one document share the whole document's run.
    """
    end = len(text) if end is None else end
    spans, starts = _gazetteer_spans_of(text)
    # sorted by start: only the spans starting inside the window are looked at (bisect), not all
    return [(s, e) for s, e in spans[bisect_left(starts, start):bisect_left(starts, end)] if e <= end]


def _ends_inside_verb(text: str, last_word: int, end: int) -> bool:
    """Whether a name's last word opens a task's verb that runs past it: "Trung ương Đảng | ủy quyền cho Cục Lưu trữ"
    is no "Đảng ủy" (agency_heads.toml task_verbs)."""
    verb = _task_verb_pattern().match(text, last_word)
    return verb is not None and verb.end() > end


@cache
def _lower_case_names() -> frozenset[tuple[str, ...]]:
    """Gazetteer names a Party text writes in lower case and still means the body (data/agency_heads.toml [words]
    lower_case_names): "giao Ủy ban Thường vụ Quốc hội, Thủ tướng Chính phủ, thường trực hội đồng nhân dân cấp tỉnh,
    cấp xã căn cứ …"."""
    return frozenset(name_key(name) for name in _heads()["words"]["lower_case_names"])


@per_text(maxsize=4)
def _gazetteer_spans_of(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The gazetteer spans of ``text`` sorted by (start, end), and their starts (for bisect)."""
    from spacy.tokens import Doc

    nlp, matcher, _ = _matcher()
    tokens = [m for m in _WORD.finditer(text) if m.group().lower() != CONNECTOR]
    if not tokens:
        return (), ()
    doc = Doc(nlp.vocab, words=[m.group() for m in tokens])
    spans = []
    for _, first, last in matcher(doc):
        start, end = tokens[first].start(), tokens[last - 1].end()
        if (text[start].isupper() or name_key(text[start:end]) in _lower_case_names()) \
                and not _BAD_INSIDE.search(text, start, end) and not _ends_inside_verb(text, tokens[last - 1].start(), end):
            spans.append((start, end))
    spans.sort()
    return tuple(spans), tuple(s for s, _ in spans)


@cache
def _committee_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """A committee's head and one word of its field after it (data/agency_heads.toml [committees])."""
    cfg = _heads()["committees"]
    opener = r"(?:[ \t]{1,4}\n?[ \t]{0,4}(?:" + _phrases(cfg["field_openers"]) + r"))?"
    head = regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(cfg["heads"]) + r")" + opener + r"(?![\p{L}\p{N}])")
    word = _field_word(cfg["field_not_words"] + _heads()["task_verbs"], acronyms=True)
    return head, regex.compile(word + "|" + _programme_step(cfg))


def _programme_step(cfg: dict) -> str:
    """One step of a committee's field that names its programme ("| thực hiện các Chương trình", "| triển khai Đề án
    06", "| Cuộc vận động “Toàn dân …”") or a common noun the language capitalises ("| Tổ quốc"): data/agency_heads.toml
    [committees] field_programmes, field_programme_verbs, field_programme_plural, field_capitalised."""
    gap = r"[ \t]{1,4}\n?[ \t]{0,4}"
    verb = (r"(?:(?:" + _phrases(cfg["field_programme_verbs"]) + r")" + gap + r")?(?:"
            + regex.escape(cfg["field_programme_plural"]) + gap + r")?")
    title = r"(?:" + gap + r"(?:\d{1,4}(?:[-/][\p{Lu}\p{N}]{1,8}){0,3}(?![\p{L}\p{N}])|“[^”\n]{1,160}”|\"[^\"\n]{1,160}\"))?"
    return (r"(?:" + gap + r"(?:" + verb + r"(?:" + _phrases(cfg["field_programmes"]) + r")(?![\p{L}\p{N}])" + title
            + r"|(?:" + _phrases(cfg["field_capitalised"]) + r")(?![\p{L}\p{N}])))")


@cache
def _national_field_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """A national committee's level and the link to its field ("Ban Chỉ đạo | quốc gia về | …"), a word of that field,
    and the words that make it a report's topic instead (data/agency_heads.toml [committees] national_*)."""
    cfg = _heads()["committees"]
    link = regex.compile(r"[ \t]{1,4}(?:" + _phrases(cfg["national_levels"]) + r")[ \t]{1,4}\n?[ \t]{0,4}"
                         + regex.escape(cfg["national_link"]) + r"(?![\p{L}\p{N}])")
    refused = [w for w in cfg["field_not_words"] if w != cfg["national_link"]] + _heads()["task_verbs"]
    topic = regex.compile(r"[ \t]{1,4}\n?[ \t]{0,4}(?i:" + _phrases(cfg["national_topics"]) + r")(?![\p{L}\p{N}])")
    return link, regex.compile(_field_word(refused, acronyms=True)), topic


def _field_word(refused: list[str], after_comma: str = "", acronyms: bool = False) -> str:
    """One lower-case word of a body's field, after a space or a comma, never one of ``refused`` (a task's verb, a
    clause's link) unless it opens a compound of data/agency_heads.toml lowercase_compounds ("Ban An toàn | giao thông
    | tỉnh"); ``after_comma`` is a lookahead a word after a comma must also pass; with ``acronyms``, a word in capitals
    is one of the field too ("Ban Chỉ đạo phòng, chống | HIV/AIDS | tỉnh")."""
    compounds = _phrases(_heads()["lowercase_compounds"])
    capitals = r"|\p{Lu}{2,6}(?:/\p{Lu}{2,6})?(?![\p{L}\p{N}])" if acronyms else ""
    return (rf"(?:[ \t]*,[ \t]{{1,4}}\n?[ \t]{{0,4}}{after_comma}|[ \t]{{1,4}}\n?[ \t]{{0,4}})"
            + rf"(?:(?:{compounds})(?![\p{{L}}\p{{N}}])|"
            + r"(?!(?i:" + _phrases(refused) + r")(?![\p{L}\p{N}]))\p{Ll}[\p{L}\p{M}]*" + capitals + ")")


def _is_plural_level(level: str) -> bool:
    """Whether a level opens with a plural word ("các xã, phường", "các cấp")."""
    return _plural_word().match(" ".join(level.split()).lower()) is not None


def _plural_level_refused(level: str) -> bool:
    """Whether a level after a committee's field is a plural one that does not close a name ("các xã, phường"; not
    "các cấp", "các địa phương": data/agency_heads.toml [committees] plural_levels)."""
    return _is_plural_level(level) and not " ".join(level.split()).lower().startswith(
        word_list("agency_heads.toml", "committees", "plural_levels"))


def _read_field(text: str, position: int, end: int, word: regex.Pattern,
                limit: int) -> tuple[int, Optional[regex.Match]]:
    """A body's field read word by word from ``position`` (at most ``limit`` words of ``word``) until a level follows:
    where the field ends and the level (None when the words stop first)."""
    for _ in range(limit):
        step = word.match(text, position, end)
        if step is None:
            break
        position = step.end()
        level = _scope_pattern().match(text, position, end)
        if level is not None:
            return position, level
    return position, None


def _committee_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Committees named by their field up to a level: "Ban Chỉ huy phòng cháy, chữa cháy rừng | cấp xã" (the span
    ends before the level, which :func:`scope_end` adds as it does for any name)."""
    head, word = _committee_patterns()
    limit = int(_heads()["committees"]["field_syllables"])
    spans = []
    link, national_word, topic = _national_field_patterns()
    for match in head.finditer(text, start, end):
        national = link.match(text, match.end(), end)
        if national is not None and not topic.match(text, national.end(), end):
            # "Ban Chỉ đạo quốc gia về phát triển điện lực": the country's committee, its field after "về", needs no
            # level to close it ("báo cáo Ban Chỉ đạo Trung ương về | kết quả …" is a report's topic)
            position, _ = _read_field(text, national.end(), end, national_word, limit)
            if position > national.end():
                spans.append((match.start(), position))
            continue
        if _scope_pattern().match(text, match.end(), end):
            continue  # "Ban Chỉ đạo tỉnh": the level alone, as any name
        position, level = _read_field(text, match.end(), end, word, limit)
        if level is not None and not _plural_level_refused(level.group()):
            spans.append((match.start(), position))
    return spans


@cache
def _named_field_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """A head and the capitalised first word of its field, one word of the field after it, and the levels that do
    not close it (data/agency_heads.toml [named_fields])."""
    cfg = _heads()["named_fields"]
    units = _phrases(word_list("agency_heads.toml", "scope", "units"))
    # on the head's line the field may open with a verb's word ("Đội Kiểm tra liên ngành … tỉnh"); after a line break
    # that word starts the task ("Văn phòng⏎Kiểm tra …")
    new_body = r"(?!(?:" + alternation(capitalised_heads()) + r")[ \t]{1,3}\p{Lu})"
    head = regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(cfg["heads"]) + r")(?:[ \t]{1,4}" + new_body
                         + r"|[ \t]{0,4}\n[ \t]{0,4}" + _not_name_start() + r")\p{Lu}\p{Ll}[\p{L}\p{M}]*")
    after_and = rf"[ \t]{{1,4}}{regex.escape(CONNECTOR)}[ \t]{{1,4}}\n?[ \t]{{0,4}}{_not_name_start()}\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}]*"
    # after a comma, a unit is the place, not a word of the field ("Vụ Bản, | tỉnh Nam Định")
    lower = _field_word(_heads()["committees"]["field_not_words"] + cfg["field_not_words"] + _heads()["task_verbs"],
                        after_comma=r"(?!(?:" + units + r")(?![\p{L}\p{N}]))")
    word = regex.compile(f"{after_and}|{lower}")
    not_closing = regex.compile(r"\s*(?:" + _phrases(cfg["not_closing"]) + r")(?![\p{L}\p{N}])")
    return head, word, not_closing


def _named_field_walk(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Each head of [named_fields] with its field read in ``text[start:end]``: (head start, field end, closed), where
    ``closed`` says a level follows the field (the field then ends there); otherwise the field's end is where its
    words stop. Not where the gazetteer names a body from the same head word."""
    head, word, not_closing = _named_field_patterns()
    limit = int(_heads()["named_fields"]["field_syllables"])
    _, known_starts = _gazetteer_spans_of(text)
    walks = []
    for match in head.finditer(text, start, end):
        at = bisect_left(known_starts, match.start())
        if at < len(known_starts) and known_starts[at] == match.start():
            continue
        position, level = _read_field(text, match.end(), end, word, limit)
        closed = level is not None and not _is_plural_level(level.group()) and not not_closing.match(level.group())
        walks.append((match.start(), position, closed))
    return walks


@per_text(maxsize=4)
def _named_fields_defined(text: str) -> tuple[str, ...]:
    """The names of ``text`` read with their level somewhere ("Quỹ Bảo vệ môi trường | tỉnh Quảng Trị"), longest
    first, which name the same body where the document writes them again without it ("Quỹ Bảo vệ môi trường có trách
    nhiệm …")."""
    names = {" ".join(text[s:e].split()) for s, e, closed in _named_field_walk(text, 0, len(text)) if closed}
    return tuple(sorted(names, key=len, reverse=True))


def _named_field_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Bodies named by a field in lower case after its capitalised first word, up to a level: "Quỹ Bảo vệ môi trường
    | tỉnh", "Trung tâm Công nghệ thông tin và Truyền thông | tỉnh" (the span ends before the level, which
    :func:`scope_end` adds); and, without the level, a name the document wrote with one elsewhere."""
    spans = []
    defined = None
    for head_start, field_end, closed in _named_field_walk(text, start, end):
        if closed:
            spans.append((head_start, field_end))
            continue
        defined = _named_fields_defined(text) if defined is None else defined
        if not defined:
            continue
        # the longest defined name the words read from this head begin with
        words = " ".join(text[head_start:field_end].split())
        for name in defined:
            if words == name or words.startswith(name + " "):
                name_end = head_start
                for _ in name.split():
                    name_end = _WORD.search(text, name_end).end()
                spans.append((head_start, name_end))
                break
    return spans


def breaks_known_name(text: str, position: int) -> bool:
    """Whether ``position`` (a line break) lies inside a gazetteer name of ``text``: "b) Bộ Tài chính và Ngân hàng⏎Nhà
    nước Việt Nam nghiên cứu …" — a hard-wrapped name goes on over the break, whatever the line opened with."""
    spans, starts = _gazetteer_spans_of(text)
    index = bisect_left(starts, position)
    return any(s < position < e for s, e in spans[max(0, index - _NAMES_BEFORE_BREAK):index])


_NAMES_BEFORE_BREAK = 4  # gazetteer names starting just before a break that may run over it (nested names included)


def _short_form_parts() -> tuple[str, str]:
    """The capitalised head words and the intros of a short form ("sau đây gọi tắt là"), as regex alternations."""
    cfg = _heads()
    return alternation(capitalised_heads()), _phrases(cfg["short_form_intros"])


@cache
def _short_form_pattern() -> regex.Pattern:
    """A head-word name followed by its short form in parentheses: the same head word, alone or with lower-case words
    ("Trung tâm Bảo tồn Di sản⏎Văn hóa thế giới Hội An (Trung tâm)"; "(Sở Y tế)" names a body, it is no short form;
    data/agency_heads.toml short_form_*)."""
    heads, intros = _short_form_parts()
    words = int(_heads()["short_form_name_words"])
    return regex.compile(rf"(?P<head>{heads})(?P<rest>(?:{_WS}[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}-]*){{1,{words}}}?)"
                         rf"[ \t]*\((?:[ \t]*(?i:{intros}))?[ \t]*(?P=head)(?:[ \t]+\p{{Ll}}+){{0,3}}[ \t]*\)")


@cache
def _short_form_parenthesis() -> regex.Pattern:
    """A parenthesis that holds a short form: a head word, alone or with lower-case words ("(Trung tâm)")."""
    heads, intros = _short_form_parts()
    return regex.compile(rf"\((?:[ \t]*(?i:{intros}))?[ \t]*(?:{heads})(?:[ \t]+\p{{Ll}}+){{0,3}}[ \t]*\)")


_SHORT_FORM_REACH = 300  # characters before its parenthesis where a defined name may begin


@per_text(maxsize=4)
def _short_form_names(text: str) -> tuple[regex.Pattern, ...]:
    """The full names ``text`` defines with a short form in parentheses, each as a pattern matching it wherever the
    document writes it (a line break may part its words). Only the few parentheses that hold a head word are looked
    at, and the head words just before each (one pass over the text, not a match at every head word)."""
    pattern = _short_form_pattern()
    heads = _head_word_starts(text)
    names: dict[str, regex.Pattern] = {}
    for paren in _short_form_parenthesis().finditer(text):
        match = None
        for at in reversed(heads[bisect_left(heads, paren.start() - _SHORT_FORM_REACH):bisect_left(heads, paren.start())]):
            if at and text[at - 1].isalnum():
                continue
            found = pattern.match(text, at, paren.end())
            if found is not None and found.end() == paren.end():
                match = found
                break  # the nearest name with the short form's head word
        if match is None:
            continue
        name = " ".join(text[match.start():match.end("rest")].split())
        if name not in names:
            names[name] = _written_name(name)
    return tuple(names.values())


def _written_name(name: str) -> regex.Pattern:
    """A name a document defines, as a pattern matching it wherever the document writes it (a line break may part its
    words), as a whole word."""
    return regex.compile(_WS.join(regex.escape(w) for w in name.split()) + r"(?![\p{L}\p{N}])")


def _spans_of(patterns: tuple[regex.Pattern, ...], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where any of a document's defined names stands inside ``text[start:end]``."""
    return [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text, start, end)]


@cache
def _establishing_pattern() -> regex.Pattern:
    """A body a document sets up, named after the verb that sets it up, up to a punctuation mark or a word that ends its
    name (data/agency_heads.toml [established])."""
    cfg = _heads()["established"]
    words = int(cfg["name_words"])
    stop = r"(?:" + _phrases(cfg["name_stops"]) + r")(?![\p{L}\p{N}])"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{_phrases(cfg['verbs'])}){_WS}"
                         rf"(?P<name>(?:{alternation(cfg['heads'])})(?:{_WS}(?!{stop})[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}-]*){{1,{words}}})"
                         rf"(?=[ \t]*[,.;:(\n]|{_WS}{stop})")


@per_text(maxsize=4)
def _established_names(text: str) -> tuple[regex.Pattern, ...]:
    """The names of the bodies ``text`` sets up ("Ủy ban nhân dân xã thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho
    người có công với cách mạng, gồm …"), each as a pattern matching it wherever the document writes it again: a
    committee's name may hold words that end any other name ("cho", "với", a verb)."""
    names = {" ".join(m["name"].split()) for m in _establishing_pattern().finditer(text)}
    return tuple(_written_name(name) for name in sorted(names, key=len, reverse=True))


def _established_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a name of a body the document sets up stands inside ``text[start:end]``."""
    return _spans_of(_established_names(text), text, start, end)


def _short_form_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a full name defined by a short form stands inside ``text[start:end]``."""
    return _spans_of(_short_form_names(text), text, start, end)


@cache
def _alias_parenthesis() -> regex.Pattern:
    """A parenthesis that gives the body just named a short form, with its intro: "(sau đây gọi tắt là Trung tâm)",
    "(sau đây gọi là Ban Chỉ đạo)" (data/agency_heads.toml short_form_intros; the short form opens with a head word)."""
    heads, intros = _short_form_parts()
    return regex.compile(rf"\([ \t]*(?i:{intros})[ \t\n]*(?P<short>(?:{heads})(?:[ \t]+[\p{{L}}\p{{N}}]+){{0,3}}?)"
                         rf"[ \t]*\)")


@lru_cache(maxsize=256)
def _case_blind(words: str) -> regex.Pattern:
    """``words`` as a pattern that ignores case ("Ban chỉ huy" finds "Ban Chỉ huy …"), compiled once per form."""
    return regex.compile(regex.escape(words), regex.IGNORECASE)


@per_text(maxsize=4)
def _aliases(text: str) -> tuple[tuple[int, regex.Pattern, str], ...]:
    """The short forms ``text`` defines for a body, each as (where its definition ends, a pattern for the short form
    standing alone, the full name's canonical form): "Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là
    Trung tâm)" makes every later "Trung tâm" not followed by a capitalised word ("Trung tâm Y tế" is another body)
    that centre (SPEC §6: abbreviations expanded)."""
    found: list[tuple[int, regex.Pattern, str]] = []
    for paren in _alias_parenthesis().finditer(text):
        short = paren["short"]
        # the full name opens with the short form's head word, nearest before the parenthesis
        # (its case may differ: "Ban Chỉ huy phòng thủ dân sự (viết tắt là Ban chỉ huy)")
        opening = _case_blind(" ".join(short.split()[:2]))
        starts = [m.start() for m in opening.finditer(text, max(0, paren.start() - _SHORT_FORM_REACH), paren.start())]
        full_start = starts[-1] if starts else -1
        if full_start < 0 or (full_start and text[full_start - 1].isalnum()):
            continue
        full = " ".join(text[full_start:paren.start()].split()).rstrip(" ,")
        if len(full.split()) <= len(short.split()) or any(c in full for c in "();:.\""):
            continue  # "(sau đây gọi là Sở)" after "Sở Y tế" names it no shorter; a sentence is no name
        head, *tail = short.split()
        words = regex.escape(head) + "".join(_WS + "(?i:" + regex.escape(w) + ")" for w in tail)
        rest = "(?i:" + _WS.join(regex.escape(w) for w in full.split()[len(short.split()):]) + ")"
        # not where the full name is written out again, nor before a capitalised word ("Trung tâm Y tế")
        found.append((paren.end(), regex.compile(rf"(?<![\p{{L}}\p{{N}}]){words}(?![\p{{L}}\p{{N}}])(?!{_WS}\p{{Lu}})"
                                                 rf"(?!{_WS}{rest}(?![\p{{L}}\p{{N}}]))(?!{_WS}(?:{_title_words()})"
                                                 rf"(?![\p{{L}}\p{{N}}]))"),
                      canonical_agency(full)))
    return tuple(found)


def _alias_spans(text: str, start: int, end: int) -> dict[tuple[int, int], str]:
    """Where a defined short form stands alone inside ``text[start:end]`` after its definition, with the full name."""
    spans: dict[tuple[int, int], str] = {}
    for defined_at, pattern, canonical in _aliases(text):
        for match in pattern.finditer(text, max(start, defined_at), end):
            before = text[max(0, match.start() - _TITLE_REACH):match.start()]
            if (_CAPITALISED_BEFORE.search(before) or _head_before().search(before)) \
                    and not title_before().search(before):
                continue  # "Văn phòng Ban Chỉ đạo" is another body; "Giám đốc Trung tâm" is the centre's head
            spans.setdefault((match.start(), match.end()), canonical)
    return spans


#: An acronym as documents coin them: capitals (Đ too), "&", "/" or "-" inside ("QLCN&TĐC", "TTPVHCC").
_ACRONYM = r"\p{Lu}[\p{Lu}&/-]{1,11}(?<=\p{Lu})"
_ACRONYM_WHOLE = regex.compile(_ACRONYM)
#: A name's acronym in parentheses right after it: "… hành chính công (TTPVHCC)".
_ACRONYM_IN_PARENTHESES = regex.compile(r"[ \t]*\([ \t]*(" + _ACRONYM + r")[ \t]*\)")
#: One entry of an abbreviation list, either way round: "- Quản lý Khoa học: QLKH", "- TTHC: Thủ tục hành chính".
_LIST_ENTRY = regex.compile(r"[ \t]*[-+•*][ \t]*(?P<left>[^:\n]{2,80}?)[ \t]*:[ \t\n]*(?P<right>[^:\n]{2,80}?)[ \t]*[;.,]?[ \t]*$",
                            regex.M)
_ACRONYM_WORDS = 14  # words before an acronym's parenthesis where its name may begin


def _initials_spell(words: list[str], acronym: str) -> bool:
    """Whether ``acronym``'s letters are the initials of ``words`` in order, the first word's always, others maybe
    skipped ("Trung tâm Phục vụ hành chính công" → TTPVHCC; "Sở Khoa học và Công nghệ" → SKHCN)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = [w[0].upper() for w in words if w[:1].isalpha()]
    if not letters or not initials or initials[0] != letters[0] or len(letters) > len(initials):
        return False
    at = 0
    for initial in initials:
        if at < len(letters) and initial == letters[at]:
            at += 1
    return at == len(letters)


@per_text(maxsize=4)
def document_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations ``text`` defines for itself, each with its full form: from a list under a heading that says
    so ("CÁC TỪ VIẾT TẮT" ⏎ "- Quản lý Công nghệ và Tiêu chuẩn đo lường chất lượng: QLCN&TĐC") and from names written
    with their acronym in parentheses ("Trung tâm Phục vụ hành chính công (TTPVHCC)"); abbreviations the project's
    own table knows are left to it (data/agency_heads.toml abbreviation_list_*)."""
    known = abbreviation_table()
    found: dict[str, str] = {}
    for head in _abbreviation_list_heading().finditer(text):
        at = head.end() + 1
        for _ in range(int(_heads()["abbreviation_list_entries"])):
            while text.startswith("\n", at):
                at += 1
            entry = _LIST_ENTRY.match(text, at)
            if entry is None:
                break
            left, right = " ".join(entry["left"].split()), " ".join(entry["right"].split())
            short, full = (right, left) if _ACRONYM_WHOLE.fullmatch(right) else (left, right)
            if _ACRONYM_WHOLE.fullmatch(short) and not _ACRONYM_WHOLE.fullmatch(full) and short not in known:
                found.setdefault(short, full)
            at = entry.end() + 1
    for paren in _ACRONYM_IN_PARENTHESES.finditer(text):
        acronym = paren.group(1)
        if acronym in known or acronym in found:
            continue
        line_start = text.rfind("\n", 0, paren.start()) + 1
        words = text[max(line_start, paren.start() - 200):paren.start()].split()[-_ACRONYM_WORDS:]
        for first in range(len(words)):
            if words[first][:1].isupper() and _initials_spell(words[first:], acronym):
                found[acronym] = " ".join(words[first:]).strip(" ,;:")
                break
    return found


@cache
def _abbreviation_list_heading() -> regex.Pattern:
    """The heading of a document's list of abbreviations: "CÁC TỪ VIẾT TẮT", "Chữ viết tắt:"."""
    return regex.compile(r"(?im)^[ \t#*_]*(?:[\p{L} ]{0,20}[ \t])?(?:"
                         + _phrases(_heads()["abbreviation_list_headings"]) + r")[ \t*_:]*$")


@per_text(maxsize=4)
def _own_abbreviation_pattern(text: str) -> Optional[regex.Pattern]:
    """One pattern for the abbreviations ``text`` defines for itself, longest first; None when it defines none."""
    own = document_abbreviations(text)
    if not own:
        return None
    return regex.compile(r"(?<![\p{L}\p{N}&])(?:" + "|".join(regex.escape(a) for a in sorted(own, key=len, reverse=True))
                         + r")(?![\p{L}\p{N}&])")


def _expand_own_abbreviations(text: str, surface: str) -> str:
    """``surface`` (a name in ``text``) with the document's own abbreviations written out: "Phòng QLCN&TĐC" → "Phòng
    Quản lý Công nghệ và Tiêu chuẩn đo lường chất lượng"."""
    pattern = _own_abbreviation_pattern(text)
    if pattern is None:
        return surface
    own = document_abbreviations(text)
    return pattern.sub(lambda m: own[m.group()], surface)


_TITLE_REACH = 40  # characters before a short form where an official's title may stand
#: A capitalised word right before a short form, on its line: part of another name.
_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{N}]*[ \t]+$")


@cache
def _title_words() -> str:
    """Words that make a short form an official's title ("Chi cục | trưởng", "Ban | phó"; agency_heads.toml
    short_form_not_before), as an alternation."""
    return alternation(_heads()["short_form_not_before"])


@cache
def _head_before() -> regex.Pattern:
    """A body's head word right before a short form ("Văn phòng | Ban Chỉ đạo"): part of another name."""
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + _short_form_parts()[0] + r")[ \t]+$")


@cache
def title_before() -> regex.Pattern:
    """An official's title ending right before a short form ("Giám đốc | Trung tâm")."""
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(word_list("agency_heads.toml", "officials", "titles"))
                         + r")[ \t]+$")


def _phrases(phrases: Iterable[str]) -> str:
    """Alternation of word groups whose words may be parted by a line break (``Thành\\nphố``)."""
    return "|".join(_WS.join(regex.escape(w) for w in p.split())
                    for p in sorted(set(phrases), key=len, reverse=True))


@cache
def _head_pattern() -> regex.Pattern:
    cfg = _heads()
    heads = alternation(cfg["named_heads"])
    stops = alternation(cfg["stop_words"] + cfg["task_verbs"])
    lower = max(0, int(cfg["max_lower_syllables"]))
    cap = r"\p{Lu}[\p{L}\p{N}&]*(?:-\p{Lu}[\p{L}\p{N}&]*){0,3}"
    compounds = _phrases(cfg["lowercase_compounds"])
    low = rf"(?:{_WS}(?:(?:{compounds})(?![\p{{L}}\p{{N}}])|(?!(?:{stops})(?![\p{{L}}\p{{N}}]))\p{{Ll}}+)){{0,{lower}}}"
    first_words = ({h.split()[0] for h in cfg["named_heads"]}
                   | {row[0].split()[0] for row in load_tsv("agencies.tsv")}) - set(cfg["continue_names"])
    # … and after "và", the abbreviations of such bodies ("Sở Xây dựng và | UBND cấp xã": two bodies; round 35), not
    # after a dash ("Văn phòng HĐND - UBND cấp xã" is one office)
    abbreviated = {row[0].split()[0] for row in load_tsv("abbreviations.tsv")
                   if len(row) > 1 and row[1].split()[0] in first_words}
    firsts = alternation(first_words - set(cfg["dash_continue_names"]))
    firsts_after_and = alternation(first_words | abbreviated)
    # after "và" or a dash a new body starts at a body's first word or at an official's title ("Sở Y tế và | Giám đốc
    # Sở Tài chính")
    titles = alternation(word_list("agency_heads.toml", "officials", "titles"))
    new_body = rf"(?!(?:{firsts}|{titles})(?![\p{{L}}\p{{N}}]))"
    new_body_after_and = rf"(?!(?:{firsts_after_and}|{titles})(?![\p{{L}}\p{{N}}]))"
    # a name ends where the task's verb starts, whatever its case ("Sở Nội vụ\n\nChủ trì …")
    verb = rf"(?!(?i:{_phrases(cfg['task_verbs'] + cfg['scope']['end_names'])})(?![\p{{L}}\p{{N}}]))"
    # a run of capitalised words is a proper name ("Báo Ninh Thuận"): no lower-case syllable after it
    # an abbreviated field ends the body's name ("Sở GDĐT | duyệt kế hoạch …"; round 55)
    closing = alternation(_closing_abbreviations())
    part = rf"{cap}(?:{_WS}{verb}{cap}){{1,4}}|(?:{closing})(?!-?[\p{{L}}\p{{N}}&])|{cap}{low}"
    # the first part names the body even when it reads like a verb ("Viện Nghiên cứu phát triển")
    # a line that opens with a group's capitalised word starts a field or an item of its own, no wrapped name:
    # "Cơ quan có thẩm quyền quyết định: Sở Y tế ⏎ Cơ quan được ủy quyền: Không" (round 36)
    line_group = rf"(?!(?<=\n[ \t]{{0,4}})(?:{alternation(cfg['line_openers'] + cfg['line_verbs'])})(?![\p{{L}}\p{{N}}]))"
    # (a dash that opens a line is the next item's bullet, no dash inside a name: "Sở Y tế" ⏎ "- Đánh giá …")
    # … but after a dash, a verb that closes the name's line or list item is the name's second part ("Phòng Thanh tra -
    # Kiểm tra;", as "Phòng Tài vụ - Quản trị;"; round 55)
    dash_verb = (rf"(?!(?i:{_phrases(cfg['task_verbs'] + cfg['scope']['end_names'])})(?![\p{{L}}\p{{N}}])"
                 rf"(?![ \t]*+(?:[;.)]|\n|$)))")
    name = f"(?:{part})" + (rf"(?:(?:[ \t]{{0,4}}[-–]{_WS0}{new_body}{dash_verb}"
                            rf"|(?:{_WS}{regex.escape(CONNECTOR)}{_WS}{new_body_after_and}|{_WS}){verb})"
                            rf"{line_group}(?:{part})){{0,6}}")
    # "Bộ luật Hình sự", "Bộ tiêu chí", "Đài Loan": a head word that does not begin a body here
    not_body = rf"(?!(?i:{alternation(cfg['not_bodies'])})(?![\p{{L}}\p{{N}}]))"
    # a head word in lower case right after an official's title ("Giám đốc sở GDĐT duyệt …"; round 55)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){not_body}(?:{heads}|{_lower_head_after_title()}){_WS}{name}")


def _lower_head_after_title() -> str:
    """The pattern source of a head word in lower case right after an official's title ("Giám đốc | sở GDĐT"):
    data/agency_heads.toml [officials] titles, lower_case_heads."""
    titles = alternation(word_list("agency_heads.toml", "officials", "titles"))
    heads = alternation(word_list("agency_heads.toml", "officials", "lower_case_heads"))
    return rf"(?<=(?<![\p{{L}}\p{{N}}])(?:{titles})[ \t]{{1,3}})(?:{heads})"


@cache
def _closing_abbreviations() -> tuple[str, ...]:
    """Abbreviations of a body's field that end its name (data/abbreviations.tsv, data/agencies.tsv): a head word and
    the abbreviation's full form name a body of the gazetteer ("Sở GDĐT" → "Sở Giáo dục và Đào tạo"), and no name
    goes on after that full form with a lower-case word ("Ban QLDA | đầu tư xây dựng" does), so "Sở GDĐT | duyệt …"
    ends at the abbreviation."""
    cfg = _heads()
    ignored = set(cfg["stop_words"]) | {CONNECTOR}
    spellings = [spelling for row in load_tsv("agencies.tsv") for spelling in row]
    keys = {name_key(spelling) for spelling in spellings}
    closing = []
    for abbreviation, full in abbreviation_table().items():
        if not full[:1].isupper() or not any(name_key(f"{head} {full}") in keys for head in cfg["named_heads"]):
            continue
        going_on = regex.compile(regex.escape(full) + r"[ \t]+(\p{Ll}+)")
        if all(match.group(1) in ignored for spelling in spellings for match in going_on.finditer(spelling)):
            closing.append(abbreviation)
    return tuple(closing)


@cache
def _head_word_pattern() -> regex.Pattern:
    """The head words alone (``Sở``, ``Ban Quản lý``): every match of :func:`_head_pattern` starts on one."""
    return regex.compile(f"(?:{alternation(_heads()['named_heads'])})")


@per_text(maxsize=4)
def _head_word_starts(text: str) -> tuple[int, ...]:
    """Every offset of ``text`` where a head word starts (overlapping), found once per text."""
    return tuple(m.start() for m in _head_word_pattern().finditer(text, overlapped=True))


@cache
def _lower_head_pattern() -> regex.Pattern:
    """A head word in lower case after an official's title ("Giám đốc | sở GDĐT"): where else a name may start."""
    return regex.compile(_lower_head_after_title() + r"(?![\p{L}\p{N}])")


@per_text(maxsize=4)
def _name_starts(text: str) -> tuple[int, ...]:
    """Every offset of ``text`` where a named body may start: a head word's, or a lower-case head's after a title."""
    lower = [m.start() for m in _lower_head_pattern().finditer(text)]
    return tuple(sorted(set(_head_word_starts(text)) | set(lower))) if lower else _head_word_starts(text)


def _head_matches(text: str, window: str, start: int, end: int) -> list[Any]:
    """``_head_pattern().finditer(window)`` for ``window = text[start:end]``, without a scan of
    every position: a match can only start where a head word does, so the pattern is tried
    on the window at those offsets only (looked up by bisect in the per-text list), with
    finditer's own rule of going on from the end of the last match. The match is made on the
    window itself, so its start and end behave as before (no context before or after it)."""
    starts = _name_starts(text)
    pattern = _head_pattern()
    found: list[Any] = []
    resume = 0
    for position in starts[bisect_left(starts, start):bisect_left(starts, end)]:
        position -= start
        if position < resume:
            continue
        match = pattern.match(window, position)
        if match is not None:
            found.append(match)
            resume = match.end()
    return found


@cache
def _provinces() -> tuple[str, ...]:
    """Names of provinces and cities, today's 34 and the earlier 63 (``data/provinces.tsv``)."""
    names = {spelling for row in load_tsv("provinces.tsv") for spelling in (row[0], *row[2:])}
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _province_alternation() -> str:
    """The provinces' and cities' names as one alternation, a name's words parted by any spacing (``Thành phố⏎Hồ Chí
    Minh``)."""
    return "|".join(_WS.join(regex.escape(w) for w in name.split()) for name in _provinces())


@cache
def _not_name_start() -> str:
    """Lookahead refusing a word that starts a task (``chủ trì``, any case) or a new body (``Ban …``)."""
    cfg = _heads()
    verbs = alternation(cfg["task_verbs"])
    heads = alternation(capitalised_heads())
    return rf"(?!(?i:{verbs})(?![\p{{L}}\p{{N}}]))(?!(?:{heads})[ \t]{{1,3}}\p{{Lu}})"


@cache
def _scope_pattern() -> regex.Pattern:
    cfg = _heads()["scope"]
    levels = []
    for level in sorted(word_list("agency_heads.toml", "scope", "levels"), key=len, reverse=True):
        blocked = cfg["not_before"].get(level, [])
        guard = rf"(?!\s+(?:{alternation(blocked)})(?![\p{{L}}]))" if blocked else ""
        ending = cfg["not_after"].get(level, [])
        opening = rf"(?<!(?<![\p{{L}}])(?:{alternation(ending)})[ \t\n]{{1,3}})" if ending else ""
        levels.append(opening + _WS.join(regex.escape(w) for w in level.split()) + r"(?![\p{L}\p{N}])" + guard)
    level = "(?:" + "|".join(levels) + ")"
    whole = alternation(cfg["whole"])
    prefix = f"(?:(?:{alternation(cfg['prefixes'])}){_WS})?"
    # a known province or city may wrap over one line ("thành phố\nHà Nội"); another proper name
    # (a commune, a district) stays on the line and stops before a task verb or a new body
    known = _province_alternation()
    cap = r"\p{Lu}[\p{L}\p{N}]*"
    other = rf"{_not_name_start()}{cap}(?:(?:[ \t]{{1,3}}|[ \t]{{0,3}}-[ \t]{{0,3}}){_not_name_start()}{cap}){{0,4}}"
    proper = rf"(?:{_WS}(?:{known})(?![\p{{L}}\p{{N}}])|[ \t]{{1,4}}{other})"
    # levels listed with a comma, "và", a space or a slash ("Ủy ban nhân dân xã/phường")
    listed = rf"{prefix}{level}(?:(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}{regex.escape(CONNECTOR)}\s{{1,3}}|[ \t]{{0,2}}/[ \t]{{0,2}}|\s{{1,3}})" \
        rf"{prefix}{level}){{0,6}}{proper}?"
    regions = alternation(cfg["regions"])
    number = rf"{cfg['region_number']}(?![\p{{L}}\p{{N}}])"
    # "… khu vực 14" after a name, or the number alone after a name that ends with "khu vực"
    region = rf"(?i:{regions}){_WS}{number}|(?<=(?i:{regions}))[ \t]{{1,3}}{number}"
    # a province named without its level ("Báo và Phát thanh, Truyền hình Sơn La", "Công an Hà Nội")
    bare = rf"(?:{known})(?![\p{{L}}\p{{N}}])"
    # (a known name first: "UBND | TP.HCM" is the city, not the level "TP." alone)
    return regex.compile(rf"(?:{_WS}(?:{region}|{bare}|{listed}|(?:{whole})(?![\p{{L}}\p{{N}}]))"
                         rf"|(?<=(?i:{regions}))[ \t]{{1,3}}{number})")


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(w for phrase in word_list("agency_heads.toml", "generic", "words") for w in phrase.split())


@cache
def generic_phrases() -> regex.Pattern:
    """The Party groups named as a kind, each one generic word (data/agency_heads.toml [generic] phrases):
    ``cấp ủy``, ``ban thường vụ cấp ủy``, ``tổ chức đảng``."""
    phrases = word_list("agency_heads.toml", "generic", "phrases")
    person = alternation(word_list("agency_heads.toml", "generic", "phrases_not_before"))
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(phrases, spaces=r"\s{1,3}") + r")(?![\p{L}\p{N}])"
                         r"(?!\s{1,3}(?:" + person + r")(?![\p{L}\p{N}]))", regex.IGNORECASE)


@lru_cache(maxsize=4096)
def is_generic(name: str) -> bool:
    """True for a generic group of bodies rather than one body: ``các sở, ban, ngành liên quan``, ``cấp ủy các
    cấp`` (``Ban Thường vụ Tỉnh ủy`` is one body)."""
    name = kind_phrases().sub(f" {CONNECTOR} ", generic_phrases().sub(f" {CONNECTOR} ", name))
    words = [m.group().lower() for m in _WORD.finditer(name)]
    return bool(words) and all(w in _generic_words() for w in words)


@cache
def kind_phrases() -> regex.Pattern:
    """Kinds of body in two words or more that count as one generic word (data/agency_heads.toml [generic]
    kind_phrases): ``tổng công ty``, ``tập đoàn``."""
    phrases = word_list("agency_heads.toml", "generic", "kind_phrases")
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(phrases, spaces=r"\s{1,3}") + r")(?![\p{L}\p{N}])",
                         regex.IGNORECASE)


@cache
def _owned_kinds() -> regex.Pattern:
    kinds = word_list("agency_heads.toml", "generic", "owned_kinds")
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(kinds, spaces=r"\s{1,3}") + r")(?![\p{L}\p{N}])",
                         regex.IGNORECASE)


def names_owned_kinds(name: str) -> bool:
    """Whether ``name`` names kinds of body that belong to an owner (``[generic] owned_kinds`` and generic words):
    ``Cơ quan chuyên môn, tổ chức hành chính khác``, ``Các đơn vị sự nghiệp công lập``; not ``Sở Y tế``."""
    return _owned_kinds().search(name) is not None and is_generic(_owned_kinds().sub(f" {CONNECTOR} ", name))


@cache
def owner_word() -> regex.Pattern:
    """The word between a unit and the body it belongs to, with its spaces (``assignments.toml`` ``[words]
    owner_words``): "Trung tâm Chuyển đổi số | thuộc | Sở Khoa học và Công nghệ"."""
    owners = load_toml("assignments.toml")["words"]["owner_words"]
    return regex.compile(r"[ \t\n]{1,3}(?:" + alternation(owners) + r")[ \t\n]{1,3}")


_OWNER_WORD_CHARS = 14  # an owner word and its spaces before the body it names ("trực thuộc ")


def owner_before(text: str, position: int, start: int = 0) -> Optional[regex.Match]:
    """The owner word that ends right before ``position`` (not before ``start``), or None: "các cơ quan | thuộc |
    Chính phủ"."""
    for owner in owner_word().finditer(text, max(start, position - _OWNER_WORD_CHARS), position):
        if owner.end() == position:
            return owner
    return None


def without_owners(name: str) -> str:
    """A group's name without the bodies it names as owners, each after an owner word ("các bộ, cơ quan ngang bộ, cơ
    quan thuộc | Chính phủ" → "các bộ, cơ quan ngang bộ, cơ quan thuộc"), to tell whether its own words are generic."""
    owned = [m for m in find_agencies(name) if owner_before(name, m.start) is not None]
    for mention in reversed(owned):
        name = name[:mention.start] + name[mention.end:]
    return name


def is_owned_kinds_group(name: str) -> bool:
    """Whether ``name`` is kinds of body named with their owner, one phrase of the law (not a list of actors to
    split): ``Cơ quan chuyên môn, tổ chức hành chính khác thuộc Ủy ban nhân dân thành phố``."""
    owner = owner_word().search(name)
    return owner is not None and names_owned_kinds(name[:owner.start()])


@cache
def _plural_word() -> regex.Pattern:
    """The list's plural word and the space after it ("Các ", "các ")."""
    return regex.compile(r"(?i:" + alternation(_heads()["lists"]["plural"]) + r")\s")


@cache
def distinct_kinds() -> str:
    """The kinds of body a list of groups names apart (``[generic] distinct``: ``tổ chức chính trị - xã hội``), as
    an alternation for a case-insensitive group."""
    return alternation(_heads()["generic"]["distinct"], spaces=r"\s{1,3}")


@cache
def _distinct_group() -> regex.Pattern:
    plural = alternation(_heads()["lists"]["plural"])
    return regex.compile(r"[ \t]{0,3}[,;][ \t\n]{0,4}(?:(?i:" + plural + r")[ \t\n]{1,4})?(?=(?i:" + distinct_kinds()
                         + r")(?!\p{L}))")


@cache
def _distinct_first() -> regex.Pattern:
    """A kind named apart that opens a list of groups, and the separator after it."""
    plural = alternation(_heads()["lists"]["plural"])
    return regex.compile(r"(?P<kind>(?:(?i:" + plural + r")[ \t]{1,3})?(?i:" + distinct_kinds() + r"))[ \t]{0,3}[,;][ \t\n]{0,4}")


@cache
def _party_then_plural() -> regex.Pattern:
    """A group of Party organisations ("các cấp uỷ, tổ chức đảng") followed by another plural group after a comma."""
    phrase = generic_phrases().pattern
    plural = alternation(_heads()["lists"]["plural"])
    state = alternation(_heads()["generic"]["state_kinds"], spaces=r"[ \t]{1,3}")
    return regex.compile(r"(?P<party>(?:(?i:" + plural + r")[ \t]+)?(?:" + phrase + r")(?:[ \t]*,[ \t]*(?:" + phrase
                         + r"))*)[ \t]*,[ \t]*(?=(?i:" + plural + r")[ \t]|(?i:" + state + r")(?![\p{L}\p{M}]))")


@cache
def _and_plural() -> regex.Pattern:
    """The connector before a second plural group of a list: "… cấp nước | và | các cơ quan liên quan"."""
    plural = alternation(_heads()["lists"]["plural"])
    return regex.compile(r"[ \t]{1,3}" + regex.escape(CONNECTOR) + r"[ \t]{1,3}(?=(?i:" + plural + r")[ \t])")


def split_plural_pair(name: str) -> list[tuple[int, int, str]]:
    """Two plural groups joined by the connector, the second generic (policy P2: a group gets the plural word it
    has in the text): each part's (start, end) in ``name`` and its name; the whole when there is no such pair.

    >>> [n for _, _, n in split_plural_pair("Các cơ quan y tế, điện lực, cấp nước và các cơ quan liên quan")]
    ['Các cơ quan y tế, điện lực, cấp nước', 'các cơ quan liên quan']
    >>> [n for _, _, n in split_plural_pair("các sở và các Ban Quản lý dự án")]
    ['các sở và các Ban Quản lý dự án']
    >>> [n for _, _, n in split_plural_pair("Các chủ rừng và các đội xung kích")]
    ['Các chủ rừng', 'các đội xung kích']
    """
    joined = _and_plural().search(name)
    plural = _plural_word().match(name)
    # (a first group that opens with an actor is one kind of its own: "Các chủ rừng | và | các đội xung kích")
    if joined is None or not plural or not (is_generic(name[joined.end():]) or _actor_part().match(name, plural.end())):
        return [(0, len(name), name)]
    return [(0, joined.start(), name[:joined.start()]), (joined.end(), len(name), name[joined.end():])]


def split_groups(name: str) -> list[tuple[int, int, str]]:
    """A generic group that lists another kind of body apart (``data/agency_heads.toml`` [generic] distinct):
    each part's (start, end) in ``name`` and its name, the list's plural word going with each part.

    >>> [n for _, _, n in split_groups("Các sở, ban, ngành, tổ chức chính trị - xã hội")]
    ['Các sở, ban, ngành', 'các tổ chức chính trị - xã hội']
    >>> [n for _, _, n in split_groups("tổ chức chính trị - xã hội, đoàn thể các cấp")]
    ['tổ chức chính trị - xã hội', 'đoàn thể các cấp']
    """
    first_kind = _distinct_first().match(name)
    if first_kind and first_kind.end() < len(name) and is_generic(name[first_kind.end():]):
        # "tổ chức chính trị - xã hội, | đoàn thể các cấp": the kind named apart comes first
        plural = _plural_word().match(name)
        rest = name[first_kind.end():]
        second = (plural.group().lower() + rest) if plural and not rest.lower().startswith(plural.group().lower()) else rest
        return [(0, first_kind.end("kind"), name[:first_kind.end("kind")]), (first_kind.end(), len(name), second)]
    match = _distinct_group().search(name)
    if not match or not is_generic(name[:match.start()]):
        party = _party_then_plural().match(name)
        if party and is_generic(name[party.end():]):
            # "các cấp uỷ, tổ chức đảng, | các cơ quan, đơn vị, địa phương": the Party's groups, then the State's
            return [(0, party.end("party"), name[:party.end("party")]), (party.end(), len(name), name[party.end():])]
        return [(0, len(name), name)]
    first = name[:match.start()]
    rest = name[match.end():]
    plural = _plural_word().match(first)
    second = (plural.group().lower() + rest) if plural and not rest.lower().startswith(plural.group().lower()) else rest
    return [(0, match.start(), first), (match.end(), len(name), second)]


@cache
def _actor_part() -> regex.Pattern:
    actors = alternation(_heads()["generic"]["actors"])
    plural = alternation(_heads()["lists"]["plural"])
    return regex.compile(r"(?:(?i:" + plural + r")[ \t]{1,3})?(?i:" + actors + r")(?![\p{L}\p{M}])")


_OWN_WORDS = 2
_ACTOR_SEPARATOR = regex.compile(r"[ \t]{0,3},[ \t]{1,3}|[ \t]{1,3}" + regex.escape(CONNECTOR) + r"[ \t]{1,3}")


def split_actors(name: str) -> list[tuple[int, int, str]]:
    """A list of actors each with words of its own: each part's (start, end) in ``name`` and its name, as written.

    >>> [n for _, _, n in split_actors("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư")]
    ['Doanh nghiệp', 'nhà cung cấp dịch vụ IoT', 'nhà đầu tư']
    >>> [n for _, _, n in split_actors("các cơ quan, tổ chức, cá nhân có liên quan")]
    ['các cơ quan, tổ chức, cá nhân có liên quan']
    >>> [n for _, _, n in split_actors("Các tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương")]
    ['Các tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương']
    >>> [n for _, _, n in split_actors("các tổ chức đảng, cơ quan, đơn vị")]
    ['các tổ chức đảng, cơ quan, đơn vị']
    """
    whole = [(0, len(name), name)]
    parts: list[tuple[int, int]] = []
    at = 0
    for separator in _ACTOR_SEPARATOR.finditer(name):
        parts.append((at, separator.start()))
        at = separator.end()
    parts.append((at, len(name)))
    if len(parts) < 2:
        return whole
    pattern = _actor_part()
    parts = _continued_parts(name, parts)
    if len(parts) < 2:
        return whole
    heads = [pattern.match(name, start, end) for start, end in parts]
    if not all(heads):
        return whole
    own = [_has_own_words(name[head.end():end]) or _whole_actor(name[start:end]) for head, (start, end) in zip(heads, parts)]
    if not any(own[:-1]):
        return whole
    if own[-1] and any(not own[i] and not any(own[i + 1:-1]) and not _plural_opens_any(name, parts[i + 1:])
                       for i in range(len(own) - 1)):
        return whole  # "Doanh nghiệp viễn thông, cơ quan, đơn vị trực thuộc Trung ương": the last words may be shared
    groups = [parts[0]]
    for index in range(1, len(parts)):
        start, end = parts[index]
        if not own[index - 1] and not own[index] and is_generic(name[groups[-1][0]:groups[-1][1]]) \
                and is_generic(name[start:end]):
            groups[-1] = (groups[-1][0], end)  # "… và | các cơ quan, | đơn vị": one group of generic words
        else:
            groups.append((start, end))
    return [(start, end, name[start:end]) for start, end in groups]


def _plural_opens_any(name: str, parts: list[tuple[int, int]]) -> bool:
    """Whether one of ``parts`` opens with the list's plural word: a new group begins there, so the words at the end
    of the list are its own, not shared with the bare actors before it ("giáo viên, nhân viên và | các tổ chức đoàn
    thể trong nhà trường"; "doanh nghiệp viễn thông và | các tổ chức, cá nhân có liên quan")."""
    return any(_plural_word().match(name, start, end) for start, end in parts)


_CONTINUATION_WORDS = 2


@cache
def _whole_actors() -> frozenset[str]:
    return frozenset(w.lower() for w in _heads()["generic"]["whole_actors"])


def _whole_actor(part: str) -> bool:
    """Whether a list part is an actor whose head is a whole name ([generic] whole_actors): "công chứng viên"."""
    words = part.split()
    if words and words[0].lower() in {w.lower() for w in _heads()["lists"]["plural"]}:
        words = words[1:]
    return " ".join(words).lower() in _whole_actors()


def _has_own_words(words: str) -> bool:
    """Whether ``words`` (after an actor's head) are its own: two syllables at least, not opening with another actor
    ("doanh nghiệp | viễn thông", "người | lái xe"; not "đơn vị | tổ chức", a comma left out; "tổ chức | đảng" is
    one kind)."""
    return len(words.split()) >= _OWN_WORDS and _actor_part().match(words.lstrip(" \t,")) is None


def _goes_on_inner_list(name: str, before: tuple[int, int], part: tuple[int, int]) -> bool:
    """Whether ``part``, generic words alone, goes on a plural list of generic words that ends the part ``before``
    inside it ("Cán bộ chuyên trách công nghệ thông tin tại các cơ quan, | tổ chức": the places the officer works,
    not a second actor)."""
    inner = list(_plural_word().finditer(name, before[0] + 1, before[1]))
    if not inner or not is_generic(name[part[0]:part[1]]):
        return False
    return is_generic(name[inner[-1].start():before[1]])


def _continued_parts(name: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of a list with a short lower-case part that opens with no actor joined to the part before it, whose
    words it goes on ("cơ sở giáo dục, | đào tạo" is one kind of establishment)."""
    joined = [parts[0]]
    for start, end in parts[1:]:
        words = name[start:end].split()
        if (_actor_part().match(name, start, end) is None and len(words) <= _CONTINUATION_WORDS
                and all(word.islower() for word in words) and not is_generic(name[start:end])) \
                or _goes_on_inner_list(name, joined[-1], (start, end)):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def scope_end(text: str, end: int) -> int:
    """End of the scope words (``tỉnh``, ``các huyện, thị xã, thành phố``, ``… trực thuộc Trung ương``) following
    ``end``; after a name that ends with a level, the other levels listed in lower case too (``Ban tuyên giáo tỉnh
    ủy | , thành ủy``: every province's and city's)."""
    if _ENDS_WITH_LEVEL.search(text, max(0, end - _LEVEL_CHARS), end):
        listed = _LOWER_LEVEL_LIST.match(text, end)
        if listed:
            return listed.end()
    match = _scope_pattern().match(text, end)
    if not match:
        return end
    trailing = _scope_trailing().match(text, match.end())
    scoped = trailing.end() if trailing else match.end()
    if _plural_word().match(text[end:match.end()].lstrip()):
        concerned = _plural_scope_trailing().match(text, scoped)
        scoped = concerned.end() if concerned else scoped
    # "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp | thành phố Hà Nội": the levels, then the place they are in
    place = _scope_pattern().match(text, scoped) if text[end:scoped].strip().endswith(_LEVELS_WORD) else None
    return place.end() if place else scoped


def _level_alternation(lower_only: bool) -> str:
    """The scope levels as an alternation, each guarded against the words it may not come before ("xã | hội")."""
    levels = [level for level in word_list("agency_heads.toml", "scope", "levels") if not lower_only or level.islower()]
    blocked = _heads()["scope"]["not_before"]
    return "|".join(_WS.join(regex.escape(w) for w in level.split()) + r"(?![\p{L}\p{N}])"
                    + (rf"(?!\s+(?:{alternation(blocked[level])})(?![\p{{L}}]))" if blocked.get(level) else "")
                    for level in sorted(levels, key=len, reverse=True))


_LEVEL_CHARS = 12  # longest level word, with its space
_ENDS_WITH_LEVEL = regex.compile(r"(?<![\p{L}\p{N}])(?i:" + _level_alternation(False) + r")$")
#: More levels in lower case after a comma: ", thành ủy", ", thành phố" (not ", Thành ủy Hà Nội", a body of its own).
_LOWER_LEVEL_LIST = regex.compile(r"(?:[ \t]{0,3},[ \t]{0,3}(?:" + _level_alternation(True) + r"))+")


#: The word that ends a scope of every level ("các cấp"), after which the place may follow (agency_heads.toml [scope]).
_LEVELS_WORD = str(_heads()["scope"]["levels_word"])


@cache
def _scope_trailing() -> regex.Pattern:
    words = [_WS.join(regex.escape(w) for w in phrase.split()) for phrase in _heads()["scope"]["trailing"]]
    return regex.compile(_WS + "(?:" + "|".join(words) + r")(?![\p{L}\p{N}])")


@cache
def _plural_scope_trailing() -> regex.Pattern:
    """The words after a plural list of levels that pick the concerned ones out of it (``[scope] plural_trailing``),
    unless a verb's object follows them (``[scope] plural_trailing_not_before``)."""
    scope = _heads()["scope"]
    words = [_WS.join(regex.escape(w) for w in phrase.split()) for phrase in scope["plural_trailing"]]
    refused = alternation(scope["plural_trailing_not_before"])
    return regex.compile(_WS + "(?:" + "|".join(words) + r")(?![\p{L}\p{N}])(?![ \t\n]{1,3}(?i:" + refused
                         + r")(?![\p{L}\p{N}]))")


@cache
def _body_start_pattern() -> regex.Pattern:
    return regex.compile(r"(?:" + alternation(capitalised_heads()) + r")[ \t]+\S")


@cache
def _task_verb_pattern() -> regex.Pattern:
    return regex.compile(r"(?i:" + _phrases(_heads()["task_verbs"]) + r")(?![\p{L}\p{N}])")


def starts_task_verb(text: str, position: int) -> bool:
    """True when a task's verb (``chủ trì``, ``xây dựng`` …: agency_heads.toml task_verbs) begins at ``position``."""
    return _task_verb_pattern().match(text, position) is not None


def starts_body(text: str, position: int) -> bool:
    """True when a body's head word (capitalised: ``Hiệp hội``, ``Sở``, ``Hội``) begins at ``position``,
    even before a lower-case name (``Hiệp hội doanh nghiệp tỉnh``)."""
    return _body_start_pattern().match(text, position) is not None


@cache
def official_pattern() -> regex.Pattern:
    """Official titles that stand for their bodies (``data/agency_heads.toml`` [officials])."""
    titles = word_list("agency_heads.toml", "officials", "titles")
    address = word_list("agency_heads.toml", "officials", "address_words")
    # the address word in either case: "giao đồng chí Bộ trưởng …", an item's "1. Đồng chí Trưởng Ban …" (round 47)
    return regex.compile(r"(?:(?i:" + alternation(address) + r")[ \t]+)?(?P<title>" + alternation(titles) + r")(?!\p{L})[ \t]*")


#: The plural word right before a body's name makes it every body of that kind ("các | Trung tâm Y tế").
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(word_list("agency_heads.toml", "lists", "plural"))
                               + r")[ \t]{1,3}$")
_PLURAL_CHARS = 8
_NAME_AFTER_COMMA = regex.compile(r"[ \t]*,[ \t\n]*\p{Lu}")

#: The plural word opening a group after an official's title ("Thủ trưởng | các đơn vị …").
_PLURAL_AFTER_TITLE = regex.compile(r"(?:" + alternation(word_list("agency_heads.toml", "lists", "plural")
                                                         + word_list("agency_heads.toml", "officials", "lower_case_bodies"))
                                     + r")(?![\p{L}\p{M}])")


@cache
def _own_posts() -> frozenset[tuple[str, ...]]:
    """Posts kept whole, their title not stripped (``data/agency_heads.toml`` [officials] own_posts)."""
    return frozenset(name_key(post) for post in word_list("agency_heads.toml", "officials", "own_posts"))


def _without_official(mention: AgencyMention) -> AgencyMention:
    """``Chủ tịch Ủy ban nhân dân các xã`` → ``Ủy ban nhân dân các xã`` (the body, not its head); a post given tasks in
    its own right stays (``Tổng Thư ký Quốc hội``)."""
    if name_key(mention.canonical) in _own_posts():
        return mention
    title = official_pattern().match(mention.text)
    if not title or title.end() >= len(mention.text) or not (mention.text[title.end()].isupper()
                                                             or _PLURAL_AFTER_TITLE.match(mention.text, title.end())):
        return mention  # "Thủ trưởng các đơn vị thuộc Cục Thuế": the group the officials head (policy P6)
    kept = title_keeps().get(title.group("title").casefold())
    if kept is not None:
        # "Chánh văn phòng tỉnh ủy" → "Văn phòng tỉnh ủy": the title ends in its body's head word, which stays
        at = title.start("title") + len(title.group("title")) - len(kept)
        rest = mention.text[at:title.end()].rstrip() + " " + mention.text[title.end():]
        return AgencyMention(mention.start + at, mention.end, mention.text[at:],
                             canonical_agency(kept + rest[len(kept):]), mention.generic)
    rest = mention.text[title.end():]
    return AgencyMention(mention.start + title.end(), mention.end, rest, canonical_agency(rest), mention.generic)


@cache
def title_keeps() -> dict[str, str]:
    """Titles that end in their body's head word, case-folded, and that head word (``assignments.toml``
    ``[execution.title_keeps]``): "chánh văn phòng" → "Văn phòng"."""
    keeps = load_toml("assignments.toml")["execution"]["title_keeps"]
    return {title.casefold(): kept for title, kept in keeps.items()}


def _to_listed_end(listed: list[tuple[int, int, int]], start: int, end: int) -> int:
    """End of a head-word match, carried to the end of a listed name it would cut
    (``Văn phòng Ban Chỉ`` + ``Ban Chỉ đạo`` → ``Văn phòng Ban Chỉ đạo``); ``listed`` sorted by start."""
    first = bisect_right(listed, (start, 1 << 62, 2))
    last = bisect_left(listed, (end, -1, -1))
    return max([e for _, e, _ in listed[first:last] if e > end], default=end)


@cache
def _list_pattern() -> regex.Pattern:
    cfg = _heads()["lists"]
    colon = r"[ \t]{0,3}:[ \t]{0,3}\n?[ \t]{0,4}"
    lower_heads = alternation([head.lower() for head in cfg["heads"]])
    # a head in lower case only before its colon ("các sở: Tài chính, Xây dựng"); without one, "các sở, ban, ngành"
    # is a group of kinds, not a list
    # "Các Bộ, cơ quan: Tài chính, …": kinds joined to the head before the colon
    tails = rf"(?:[ \t]*,[ \t]*(?:{alternation(cfg['head_tails'])})(?![\p{{L}}\p{{M}}]))*"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{alternation(cfg['plural'])}){_WS}"
                         rf"(?:(?P<head>{alternation(cfg['heads'])})(?:{tails}{colon}|{_WS})"
                         rf"|(?P<head>{lower_heads}){tails}{colon})(?=\p{{Lu}})")


_LIST_SEPARATOR = regex.compile(r"[ \t]{0,3}(?:,|;|" + regex.escape(CONNECTOR) + r")[ \t]{0,3}\n?[ \t]{0,4}")


def _listed_name(text: str, at: int, head: str) -> Optional[tuple[int, str]]:
    """The longest name at ``at`` that the gazetteer knows under ``head`` ("Văn hóa, Thể thao và Du lịch"
    under "Sở"): its end and canonical name."""
    words = []
    for match in _WORD.finditer(text, at, min(len(text), at + 120)):
        if words and _BAD_INSIDE.search(text, words[-1].end(), match.start()):
            break
        words.append(match)
        if len(words) >= _heads()["lists"]["max_words"]:
            break
    gazetteer, head_key = _gazetteer(), name_key(head)
    for size in range(len(words), 0, -1):
        if words[size - 1].group().lower() == CONNECTOR:
            continue
        canonical = gazetteer.get(head_key + name_key(text[at:words[size - 1].end()]))
        if canonical is not None:
            return words[size - 1].end(), canonical
    return None


@per_text(maxsize=4)
def listed_bodies(text: str) -> tuple[AgencyMention, ...]:
    """Bodies listed after one plural head word, each with its full canonical name; the first one's
    text starts at the plural word.

    >>> [(m.text, m.canonical) for m in listed_bodies("Các Sở: Y tế, Văn hóa, Thể thao và Du lịch phối hợp")]
    [('Các Sở: Y tế', 'Sở Y tế'), ('Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch')]
    """
    out: list[AgencyMention] = []
    for match in _list_pattern().finditer(text):
        if out and match.start() < out[-1].end:
            continue
        head, at, first = match["head"], match.end(), match.start()
        while True:
            found = _listed_name(text, at, head)
            if found is None:
                break
            member_end, canonical = found
            out.append(AgencyMention(first, member_end, text[first:member_end], canonical))
            separator = _LIST_SEPARATOR.match(text, member_end)
            if not separator or not text[separator.end():separator.end() + 1].isupper():
                break
            at = first = separator.end()
    return tuple(out)


_STANDING_CHARS = 16
_ASSEMBLY_PART_CHARS = 32  # "các Tổ đại biểu và đại biểu " and room to spare


@cache
def _assembly() -> regex.Pattern:
    """An elected assembly's name at the start of a mention: data/agency_heads.toml [words] assemblies."""
    return regex.compile(r"(?:" + alternation(_heads()["words"]["assemblies"]) + r")(?![\p{L}\p{M}])")


@cache
def _assembly_part() -> regex.Pattern:
    """A part or the members of an assembly right before its name ("các Ban của", "các Tổ đại biểu và đại biểu"):
    data/agency_heads.toml [words] assembly_parts, after a list separator or the start of a clause; a line may wrap
    before the name ("… và đại biểu ⏎ Hội đồng nhân dân thành phố …")."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(_heads()["words"]["assembly_parts"])
                         + r")(?:[ \t]+|[ \t]*\n[ \t]*)$")


@cache
def _assembly_owned() -> regex.Pattern:
    """A part of an elected assembly, the assembly's name closing it: "Ban | Hội đồng nhân dân", "Ban HĐND"
    (data/agency_heads.toml [words] assemblies)."""
    return regex.compile(r"[ \t](?:" + alternation(_heads()["words"]["assemblies"]) + r")$")


@cache
def _standing_prefix() -> regex.Pattern:
    """A capitalised word before a body's name that names that body's standing part ("Thường trực Ban Thường vụ",
    "Thường trực Ủy ban Mặt trận Tổ quốc …"): data/agency_heads.toml [words] standing."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(_heads()["words"]["standing"]) + r")[ \t]+$")


@cache
def _kind_prefix() -> regex.Pattern:
    """The word "cơ quan" right before a capitalised body's name, part of that name as written ("Cơ quan | Thuế tỉnh",
    "cơ quan | Hải quan"): data/agency_heads.toml [words] kind_prefixes, not after a plural word ("các cơ quan | Công
    an" names every body of a kind)."""
    plural = alternation(word_list("agency_heads.toml", "lists", "plural"))
    return regex.compile(r"(?<![\p{L}\p{M}])(?<!(?i:" + plural + r")[ \t]{1,3})(?:"
                         + alternation(_heads()["words"]["kind_prefixes"]) + r")[ \t]+$")


_PLACE_SEPARATOR = regex.compile(r"[ \t]*+(?:,|" + regex.escape(CONNECTOR) + r"(?![\p{L}\p{N}]))(?=[ \t])")
#: … and, in a list after a colon, a comma that ends a wrapped line ("Giao Phúc, Giao Hưng, ⏎ Giao Bình, …"; round 50)
_LISTED_PLACE_SEPARATOR = regex.compile(r"[ \t]*+(?:,(?:[ \t]*+\n)?|" + regex.escape(CONNECTOR) + r"(?![\p{L}\p{N}]))"
                                        r"(?=[ \t]|(?<=\n))")
_MAX_PLACES = 8  # longest elliptic list of places after one body
_MAX_LISTED_PLACES = 40  # longest list of places after a plural level and a colon ("Ủy ban nhân dân các xã: Hải Tiến, …")


@cache
def _known_place() -> regex.Pattern:
    """A province or city by name (today's 34 and the earlier 63), as a whole word."""
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + _province_alternation() + r")(?![\p{L}\p{N}])")


@cache
def _local_place() -> regex.Pattern:
    """A commune's or a district's name as written: capitalised words or a number ("Tà Xùa", "Phường 3"), up to
    [scope] local_place_words, as a whole word."""
    word = r"(?:\p{Lu}[\p{L}\p{M}]*|\d{1,2})"
    more = int(_heads()["scope"]["local_place_words"]) - 1
    # a name wrapped over a line break goes on when its last word ends the list's item there ("Rạng ⏎ Đông, Kim Đông")
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=\p{Lu}[\p{L}\p{M}]*[ \t]*(?:,|\n|$)))"
    return regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:" + gap + word + r"){0," + str(more)
                         + r"}(?![\p{L}\p{N}])")


#: The first letters of every placeless head (a cheap test before the name is expanded).
_PLACELESS_FIRST = tuple({head[:1] for head in _heads()["scope"]["placeless_heads"]})


@cache
def _placeless() -> regex.Pattern:
    """The head of a central body that takes no scope words ("Bộ Quốc phòng"; not "Bộ Chỉ huy Quân sự tỉnh"):
    data/agency_heads.toml [scope] placeless_heads, placeless_not."""
    scope = _heads()["scope"]
    return regex.compile(r"(?!(?:" + alternation(scope["placeless_not"]) + r")(?![\p{L}\p{M}]))(?:"
                         + alternation(scope["placeless_heads"]) + r")[ \t]")


@cache
def _distributive_scope() -> regex.Pattern:
    """A plural level and the first of the places it spreads over, after a body's name: " các tỉnh Thanh Hóa"
    (data/agency_heads.toml [lists] plural, [scope] units)."""
    return regex.compile(r"[ \t]++(?i:" + alternation(_heads()["lists"]["plural"]) + r")[ \t]++(?P<level>"
                         + alternation(word_list("agency_heads.toml", "scope", "units")) + r")[ \t]++(?P<place>\p{Lu}[^,;\n]{1,40}?)[ \t,]*+")


def _places_after(window: str, offset: int, name: str, name_end: int, end: int, limit: int) -> list[AgencyMention]:
    """Bodies named by their place alone after a body of that kind in another place, the body's name left out
    (an elliptic list): "Ủy ban nhân dân thành phố Hà Nội, | Thành phố Hồ Chí Minh" → "Ủy ban nhân dân Thành phố
    Hồ Chí Minh"; "Ủy ban nhân dân tỉnh Lào Cai, | tỉnh Yên Bái". Both the body's own scope (``window[name_end:end]``)
    and each added one must name a known province or city; the added mentions span the place's words."""
    if not _known_place().search(window, name_end, end):
        return []
    found: list[AgencyMention] = []
    cursor = end
    for _ in range(_MAX_PLACES):
        separator = _PLACE_SEPARATOR.match(window, cursor, limit)
        if not separator:
            break
        place_end = scope_end(window, separator.end())
        written = window[separator.end():place_end]
        place = written.strip()
        if place_end > limit or not place or not _known_place().search(place):
            break
        first = separator.end() + len(written) - len(written.lstrip())
        found.append(AgencyMention(offset + first, offset + place_end, place,
                                   canonical_agency(f"{name} {_elliptic_level(window[name_end:end], place)}{place}")))
        cursor = place_end
    return found


@cache
def _level_opening() -> regex.Pattern:
    """A level word opening a scope: "tỉnh Tuyên Quang", "Thành phố Hồ Chí Minh" ([scope] units)."""
    return regex.compile(r"[ \t]*(?i:(?P<level>" + alternation(word_list("agency_heads.toml", "scope", "units"))
                         + r"))[ \t]")


def _elliptic_level(own_scope: str, place: str) -> str:
    """The level word a place listed without one takes after a body's scope ("Ủy ban nhân dân tỉnh Tuyên Quang, |
    Lào Cai" → "tỉnh "): the scope's level, the city level for a centrally-run city after a province's or a city's;
    nothing when the place writes its own level or the scope has none."""
    own = _level_opening().match(own_scope)
    if own is None or _level_opening().match(place + " "):
        return ""
    scope = _heads()["scope"]
    level = own["level"].lower()
    if level in (scope["province_level"], scope["city_level"]):
        level = scope["city_level"] if place in scope["cities"] else scope["province_level"]
    return level + " "


@cache
def _plural_level_end() -> regex.Pattern:
    """A plural level that ends a body's scope ("… các tỉnh"), before a colon and the places it spreads over."""
    units = alternation(word_list("agency_heads.toml", "scope", "units"))
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(_heads()["lists"]["plural"]) + r")[ \t]++(?P<level>"
                         + units + r")(?:[ \t]*+,[ \t]*+(?P<other>" + units + r"))?[ \t]*+$")


def _level_of_place(level: regex.Match, place: str) -> str:
    """The level a listed place takes, and a space: the plural level's, or with two ("các tỉnh, thành phố: …") the
    city level for a centrally-run city ("Hà Nội"), the first otherwise; none when the place writes its own
    ("Phường 3")."""
    scope = _heads()["scope"]
    if _level_opening().match(" " + place + " "):
        return ""
    if level["other"] and place in scope["cities"]:
        return scope["city_level"] + " "
    return level["level"].lower() + " "


_LEVEL_COLON = regex.compile(r"[ \t]*+:[ \t]*+")


def _places_after_colon(window: str, offset: int, s: int, name_end: int, e: int, limit: int) -> list[AgencyMention]:
    """Bodies of one kind listed by place after a plural level and a colon: "Ủy ban nhân dân các tỉnh: | Lào Cai,
    Đồng Nai và Thái Nguyên" → "Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Đồng Nai", …; the first mention
    spans the name to its first place; the list ends at the first name that is no known province or city, and there
    is none when the first is not one."""
    colon = _LEVEL_COLON.match(window, e, limit)  # one anchored match for most mentions, which have no colon after them
    level = _plural_level_end().search(window, name_end, e) if colon is not None else None
    if level is None:
        return []
    local = level["level"].lower() in _heads()["scope"]["local_units"] and not level["other"]
    place_pattern = _local_place() if local else _known_place()
    first = place_pattern.match(window, colon.end(), limit)
    if first is None:
        return []
    title = official_pattern().match(window, s, level.start())
    if title is not None and title.end() < level.start() and window[title.end()].isupper():
        s = title.end()  # "Chủ tịch | Ủy ban nhân dân các tỉnh: Khánh Hòa, …": the bodies, not their heads
    name = window[s:level.start()].rstrip()
    found = [AgencyMention(offset + s, offset + first.end(), window[s:first.end()],
                           canonical_agency(f"{name} {_level_of_place(level, first.group())}{first.group()}"))]
    cursor = first.end()
    for _ in range(_MAX_LISTED_PLACES):
        separator = _LISTED_PLACE_SEPARATOR.match(window, cursor, limit)
        # (its lookahead leaves the space before the place, unless the line broke after the comma)
        at = separator.end() + (0 if window[separator.end() - 1:separator.end()] == "\n" else 1) if separator else 0
        place = place_pattern.match(window, at, limit) if separator else None
        if place is None:
            break
        found.append(AgencyMention(offset + place.start(), offset + place.end(), place.group(),
                                   canonical_agency(f"{name} {_level_of_place(level, place.group())}{place.group()}")))
        cursor = place.end()
    if local and len(found) < 2:
        return []  # a commune's name alone could be the task's first word ("… các xã: Chủ động …"): a list only
    return found


@cache
def _numbered_kinds() -> frozenset[str]:
    return frozenset(_heads()["numbered"]["kinds"])


@cache
def _number_after() -> regex.Pattern:
    """A body's number after its kind's name: "Ban QLDA | 85 | đảm nhiệm" (only the kinds of ``[numbered]`` take one,
    right after the name; "1.600", "1,5" are no such number)."""
    word = regex.escape(_heads()["numbered"]["number_word"])
    return regex.compile(r"[ \t]{1,3}(?:" + word + r"[ \t]{1,3})?(?P<number>\d{1,3})(?![\d/%])(?![.,]\d)"
                         r"(?=[ \t]*(?:[,;:.)]|\n|$)|[ \t]+\p{Ll})")


def find_agencies(text: str, start: int = 0, end: Optional[int] = None) -> list[AgencyMention]:
    """Agencies named in ``text[start:end]``, in order, offsets into ``text``."""
    end = len(text) if end is None else end
    window = text[start:end]
    listed = [m for m in listed_bodies(text) if start <= m.start and m.end <= end]
    aliases = {(s - start, e - start): canonical for (s, e), canonical in _alias_spans(text, start, end).items()}
    candidates = sorted([(s - start, e - start, 0) for s, e in _gazetteer_spans(text, start, end)
                         + _short_form_spans(text, start, end) + _committee_spans(text, start, end)
                         + _named_field_spans(text, start, end) + _established_spans(text, start, end)]
                        + [(s, e, 0) for s, e in aliases])
    candidates += [(m.start(), _to_listed_end(candidates, m.start(), m.end()), 1)
                   for m in _head_matches(text, window, start, end)]
    # "Quyết định số 45/QĐ-UBND", "NQ- HĐND": part of a document number, not a mention
    candidates = [c for c in candidates if not _SIGN_BEFORE.search(window, max(0, c[0] - 4), c[0])]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    # characters already taken by a longer candidate: one look at the candidate's own span,
    # not a check against every mention taken (which grew with the square of the mentions)
    used = bytearray(len(window))
    for mention in listed:  # "các Sở: Tài chính, Xây dựng": each listed body, named in full
        used[mention.start - start:mention.end - start] = b"\x01" * (mention.end - mention.start)
    for s, e, _ in candidates:
        if used.find(1, s, e) < 0:  # candidates are never empty
            taken.append((s, e))
            used[s:e] = b"\x01" * (e - s)
    taken.sort()
    mentions: list[AgencyMention] = []
    for index, (s, e) in enumerate(taken):
        limit = taken[index + 1][0] if index + 1 < len(taken) else len(window)
        if (s, e) in aliases:
            # "Trung tâm gửi giấy báo nhập học …": the short form the document defined stands for the full name,
            # with the scope written after it ("Ban chỉ huy các cấp" → "Ban Chỉ huy Phòng thủ dân sự các cấp")
            surface = window[s:min(scope_end(window, e), limit)].rstrip(" ,")
            scope = " ".join(window[e:s + len(surface)].split())
            mentions.append(AgencyMention(start + s, start + s + len(surface), surface,
                                          f"{aliases[(s, e)]} {scope}" if scope else aliases[(s, e)]))
            continue
        name_end = e
        # (the name's expanded form decides: "Bộ CHQS | tỉnh" is a provincial command)
        placeless = window.startswith(_PLACELESS_FIRST, s) and _placeless().match(canonical_agency(window[s:name_end]) + " ")
        e = min(scope_end(window, e), limit) if not placeless else e
        surface = window[s:e].rstrip(" ,")
        e = s + len(surface)
        head, _, rest = surface.partition(" ")
        if head[:1].islower() and rest and scope_end(" " + rest, 0) == len(rest) + 1:
            continue  # "các sở, ban, ngành Tỉnh": a lower-case head before a level names no sector
        standing = _standing_prefix().search(window, max(0, s - _STANDING_CHARS), s)
        if standing is None and _assembly().match(surface):
            standing = _assembly_part().search(window, max(0, s - _ASSEMBLY_PART_CHARS), s)
        if standing is None and surface[:1].isupper() and not surface.startswith(tuple(_heads()["words"]["standing"])):
            # "Sở Tài chính, Cơ quan Thuế tỉnh, Kho bạc Nhà nước …": the kind word is part of the name as written
            standing = _kind_prefix().search(window, max(0, s - _STANDING_CHARS), s)
        if standing and not (index and taken[index - 1][1] > standing.start()):
            # "Thường trực Ban Thường vụ …": the standing body of the body named after it; "các Ban của Hội đồng
            # nhân dân Thành phố": a part of an assembly, named with it
            s = standing.start()
            surface = window[s:e]
        listed_places = _places_after_colon(window, start, s, name_end, e, limit)
        if listed_places:
            # "Ủy ban nhân dân các tỉnh: Lào Cai, Đồng Nai và Thái Nguyên": one body per place, as without the colon
            mentions += listed_places
            continue
        # "Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh": the same kind of body in another place
        places = _places_after(window, start, window[s:name_end], name_end, e, limit)
        spread = _distributive_scope().fullmatch(window, name_end, e) if places else None
        if spread is not None and _known_place().fullmatch(spread["place"]):
            # "UBND các tỉnh Thanh Hóa, Nghệ An, Ninh Thuận": one body per place, each at the level named once
            # ("Ủy ban nhân dân tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Nghệ An", …)
            name, level = window[s:name_end], spread["level"]
            mentions.append(_without_official(AgencyMention(start + s, start + e, surface,
                                                            canonical_agency(f"{name} {level} {spread['place']}"))))
            mentions += [AgencyMention(m.start, m.end, m.text, canonical_agency(f"{name} {level} {m.text}"))
                         for m in places]
            continue
        canonical = canonical_agency(_expand_own_abbreviations(text, surface))
        number = _number_after().match(window, e, limit) if canonical in _numbered_kinds() else None
        if number is not None:
            # "Ban QLDA 85 đảm nhiệm …": one of several boards told apart by number, the level after it kept ("Ban
            # Chỉ đạo 35 tỉnh")
            surface = window[s:min(scope_end(window, number.end()), limit)].rstrip(" ,")
            e, scope = s + len(surface), " ".join(window[number.end():s + len(surface)].split())
            canonical = f"{canonical} {number['number']} {scope}".rstrip()
        plural = _PLURAL_BEFORE.search(window, max(0, s - _PLURAL_CHARS), s) if canonical[:1].isupper() else None
        if plural is not None and not (index and taken[index - 1][1] > plural.start()) \
                and (not _NAME_AFTER_COMMA.match(window, e) or _assembly_owned().search(surface)):
            # "các Trung tâm Y tế", "các Đội Kiểm soát chống buôn lậu": every body of that kind, a group (round 35);
            # not a plural before a list of named bodies ("Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ …"), but a part of an
            # assembly keeps it before the assembly's other parts ("các Ban Hội đồng nhân dân, Tổ đại biểu …")
            s, surface = plural.start(), window[plural.start():e]
            canonical = f"{PLURAL_WORD} {canonical}"
        mentions.append(_without_official(AgencyMention(start + s, start + e, surface, canonical)))
        mentions += places
    if listed:
        mentions = sorted(mentions + listed, key=lambda m: m.start)
    return _with_sector_fields(text, _shared_scopes(text, [_with_title_head(text, m, start)
                                                          for m in _without_restated(text, mentions)]))


@cache
def _lower_title_head() -> regex.Pattern:
    """An official's title that ends in its body's head word written in lower case, right before the rest of the
    body's name (``assignments.toml`` ``[execution.title_keeps]``): "Chánh | văn phòng | Ủy ban nhân dân tỉnh"."""
    keeps = load_toml("assignments.toml")["execution"]["title_keeps"]
    heads = alternation(sorted({kept.lower() for kept in keeps.values()}))
    titles = alternation(sorted({title[:len(title) - len(kept)].strip() for title, kept in keeps.items()
                                 if title.casefold().endswith(kept.casefold())}))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{titles})[ \t]+(?P<head>{heads})[ \t\n]+$")


_TITLE_HEAD_CHARS = 40  # "Phó Chánh văn phòng " before a body's name


def _with_title_head(text: str, mention: AgencyMention, start: int) -> AgencyMention:
    """A body named right after an official's title whose head word is written in lower case is that head's body (the
    title keeps it, as ``Chánh Văn phòng`` does): "Chánh văn phòng | Ủy ban nhân dân tỉnh" → "Văn phòng Ủy ban nhân dân
    tỉnh", "Chánh văn phòng | tỉnh ủy quyết định …" → "Văn phòng tỉnh ủy"."""
    found = _lower_title_head().search(text, max(start, mention.start - _TITLE_HEAD_CHARS), mention.start)
    if found is None or mention.generic:
        return mention
    at = found.start("head")
    head = found.group("head")
    canonical = f"{head[:1].upper()}{head[1:]} {mention.canonical}"
    return AgencyMention(at, mention.end, text[at:mention.end], canonical)


_RESTATING_GAP = regex.compile(r"[ \t]{1,3}")


@cache
def _sector_field() -> regex.Pattern:
    """A sector word in lower case that opens a body's field ([words] sector_fields: "ngành")."""
    return regex.compile(r"(?:" + alternation(word_list("agency_heads.toml", "words", "sector_fields")) + r")[ \t]")


def _with_sector_fields(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """A body's name and the sector it serves written right after it in lower case are one name ("Hội đồng Thi đua -
    Khen thưởng | ngành Y tế thành phố", "Công đoàn | ngành Giáo dục tỉnh"), not a second body "Ngành Y tế"; after a
    comma or "và" the sector is a body of its own ("Sở Y tế và ngành Giáo dục")."""
    out: list[AgencyMention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and _RESTATING_GAP.fullmatch(text, previous.end, mention.start) \
                and _sector_field().match(text, mention.start, mention.end):
            field = mention.canonical[:1].lower() + mention.canonical[1:]
            out[-1] = AgencyMention(previous.start, mention.end, text[previous.start:mention.end],
                                    f"{previous.canonical} {field}")
            continue
        out.append(mention)
    return out


def _without_restated(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """A name written in full and again at once in its short form, the second with its scope ("Chủ tịch Ủy ban nhân
    dân | UBND cấp xã chịu trách nhiệm …"): one mention over both writings, named as the second (round 50; read as two,
    the bare first took the issuer's level and became a real but wrong body, "Ủy ban nhân dân tỉnh")."""
    out: list[AgencyMention] = []
    for mention in mentions:
        if out and _RESTATING_GAP.fullmatch(text, out[-1].end, mention.start) \
                and mention.canonical.startswith(out[-1].canonical + " ") and out[-1].text != mention.text[:len(out[-1].text)]:
            first = out[-1]  # (an official before the first writing stands for the body)
            out[-1] = AgencyMention(first.start, mention.end, text[first.start:mention.end], mention.canonical,
                                    generic=mention.generic)
            continue
        out.append(mention)
    return out


@cache
def _local_body() -> regex.Pattern:
    """A local council or committee at the end of a name, with the scope written after it or none: "Ủy ban nhân dân |
    cấp tỉnh", "Thường trực Hội đồng nhân dân" (the heads of agency_heads.toml [scope] plural_level_heads)."""
    heads = alternation(_heads()["scope"]["plural_level_heads"])
    return regex.compile(r"(?:^|.*[ \t])(?:" + heads + r")(?P<scope>[ \t].+)?$")


_COORDINATION = regex.compile(r"[ \t]*+(?:,[ \t]*+(?:" + regex.escape(CONNECTOR) + r"[ \t]++)?|"
                              + regex.escape(CONNECTOR) + r"[ \t]++)\n?[ \t]*+")


def _shared_scopes(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """A local council or committee named bare right before another with a scope shares that scope: "Hội đồng nhân
    dân, Ủy ban nhân dân cấp tỉnh" → "Hội đồng nhân dân cấp tỉnh", "Ủy ban nhân dân cấp tỉnh"; "HĐND, UBND các tỉnh";
    "Thường trực Hội đồng nhân dân và các Ban của Hội đồng nhân dân Thành phố". Read from the last mention back, so
    that a scope passes along a list of several."""
    for index in range(len(mentions) - 2, -1, -1):
        mention, after = mentions[index], mentions[index + 1]
        bare = _local_body().match(mention.canonical)
        if bare is None or bare["scope"] or not _COORDINATION.fullmatch(text, mention.end, after.start):
            continue
        scoped = _local_body().match(after.canonical)
        if scoped is None or not scoped["scope"] or scope_end(scoped["scope"], 0) != len(scoped["scope"]):
            continue
        mentions[index] = AgencyMention(mention.start, mention.end, mention.text,
                                        mention.canonical + scoped["scope"])
    return mentions
