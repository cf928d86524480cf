"""Header info and the section tree (SPEC.md §2–3).

Takes: the clean text from :mod:`kehoach_nlp.text`. Gives:
:class:`DocumentStructure` — the clean text, :class:`~kehoach_nlp.records.DocumentInfo`
and the section tree, all in clean-text offsets. Extractors read this object.

**Formal plans.** A heading is a line that opens with a number — Roman
(``I.``), Arabic (``1.``), decimal (``1.1.``, ``2.4``) or a letter (``a)``) —
followed by text; bullets (``-``, ``+``, ``•``) are list items, page furniture
(``Trang 3``) and table rows (``|``) are not headings. Levels come from the
*order in which numbering schemes first appear*: in a plan that starts at
``I.`` then ``1.`` then ``1.1.``, those are levels 1, 2, 3; in a plan whose
first heading is ``1.``, Arabic numbers are level 1. A heading's kind comes
from the cue words of ``data/sections.toml`` (the cue that occurs first wins,
so ``Nhiệm vụ và giải pháp`` is ``tasks``). When a numbered line continues with
body text (``1. Sở Y tế: Chủ trì…``), its heading is the part before ``:``.
Text before the first heading is the ``preamble``; the closing formula
(``Trên đây là…``, ``Căn cứ Kế hoạch này…``, ``Nơi nhận:``) opens ``closing``.

**Headingless documents** (news reports). Paragraphs are read in order; the
first is the ``preamble`` (headline and lead). A later paragraph opens a new
section only on a strong cue near its start, kept as data:

* ``objectives`` — ``phấn đấu``, ``chỉ tiêu``, ``mục tiêu`` *with* a quantity
  (a percentage or a count) in the paragraph;
* ``purpose`` — ``mục tiêu``, ``mục đích`` without a quantity (general aims);
* ``tasks`` — ``Để đạt được các mục tiêu…``, ``nhiệm vụ``, ``giải pháp``, or a
  paragraph that opens with an action verb (``Tăng cường``, ``Đẩy mạnh``,
  ``Tổ chức``…) after objectives;
* ``implementation`` — ``giao``, ``phân công``, ``có trách nhiệm``, ``chủ trì``;
* ``closing`` — site boilerplate (``TIN LIÊN QUAN``, ``Loading…``) or a byline
  (a last paragraph of two to four capitalised words).

A paragraph without a strong cue continues the current section, so a photo
caption inside the objectives stays there.

**Web articles** (Markdown pages of legal-news sites, whose ``##`` and bold marks
the normaliser masks) are sectioned by their layout instead, when they have
subheads — short sentence-case lines without final punctuation, not numbered
(``Nhiệm vụ chiến lược, đột phá Kế hoạch 188/KH-UBND …``, ``Mục đích, yêu cầu
Lễ hội Óoc Om Bóc 2025?``): the headline block and lead are the ``preamble``; the
first paragraph introducing the plan's content (``Cụ thể, tại Mục IV … như
sau:``) opens the body; each subhead opens a section of the kind it names
(:func:`kind_of_heading`, with the subhead as ``heading``); a quoted plan heading
(``IV. TỔ CHỨC THỰC HIỆN``) opens its kind; the site's closing lines (``Trên đây
là thông tin …``, ``Quý khách cần hỏi thêm …``) open ``closing`` when only
boilerplate follows. :func:`is_web_article` keeps such a page headingless even
when it quotes ``1. Mục đích``, ``2. Yêu cầu``.

Example::

    >>> s = parse_structure("KẾ HOẠCH\\nI. MỤC TIÊU\\n1. Mục tiêu chung:\\nII. TỔ CHỨC THỰC HIỆN")
    >>> [(x.kind, x.number) for x in s.sections]
    [('preamble', None), ('objectives', 'I'), ('implementation', 'II')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Optional

import regex

from .data import load_toml
from .records import DocumentInfo, Period, Section
from .vietnamese import expand_abbreviations, find_dates


@dataclass(frozen=True)
class DocumentStructure:
    """What every extractor sees: clean text, header info, section tree."""

    text: str
    info: DocumentInfo = field(default_factory=DocumentInfo)
    sections: list[Section] = field(default_factory=list)
    headingless: bool = False
    #: The document's own province or city ("Ninh Thuận"), from its issuer or its text.
    province: Optional[str] = None
    #: Where the document ends: a website's footer after it ("Văn bản này chưa cập nhật nội dung
    #: Tiếng Anh", "Thưa Quý khách, …") is no part of it and yields no records.
    body_end: int = 10**12

    def path_at(self, offset: int) -> list[Section]:
        """Sections containing ``offset``, from the top level down."""
        path: list[Section] = []
        level = self.sections
        while True:
            for section in level:
                if section.start <= offset < section.end:
                    path.append(section)
                    level = section.children
                    break
            else:
                return path

    def top_kind_at(self, offset: int) -> str | None:
        """The ``kind`` of the top-level section containing ``offset``."""
        path = self.path_at(offset)
        return path[0].kind if path else None

    def top_sections(self, kind: str) -> list[Section]:
        """Top-level sections of one kind."""
        return [s for s in self.sections if s.kind == kind]


# --- heading lines ----------------------------------------------------------------

_REST = r"\s*(?P<rest>[\p{L}\"“'(].{0,2000})$"
#: Numbering schemes, tried in this order: (scheme, pattern of the number and its punctuation).
_HEADING_SHAPES: tuple[tuple[str, regex.Pattern], ...] = (
    ("chapter", regex.compile(r"(?:Chương|CHƯƠNG)\s+(?P<num>[IVXL]{1,6}|\d{1,2})(?![\p{L}\d])[.:]?\s*(?P<rest>.{0,2000})$")),
    ("article", regex.compile(r"(?:Điều|ĐIỀU)\s+(?P<num>\d{1,3})(?!\d)[.:]?\s*(?P<rest>.{0,2000})$")),
    ("roman", regex.compile(r"(?P<num>[IVXL]{1,6})(?:[.)/]|[ \t]?-(?=[ \t]))" + _REST)),
    ("decimal", regex.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=\s|\p{L})" + _REST)),
    ("arabic", regex.compile(r"(?P<num>\d{1,2})[.)/]" + _REST)),
    ("letter", regex.compile(r"(?P<num>[a-zđ])\)" + _REST)),
    ("letter", regex.compile(r"(?P<num>[a-zđ])\.\s+(?P<rest>\p{Lu}.{0,2000})$")),
)
_BULLET = regex.compile(r"[-+•*–—·◦▪]\s?")


@dataclass
class _Line:
    start: int
    end: int
    text: str


@dataclass
class _Heading:
    line: _Line
    number: str
    scheme: str
    rest: str
    level: int = 0


@cache
def _config() -> dict:
    return load_toml("sections.toml")


@cache
def _header_config() -> dict:
    return load_toml("header.toml")


@cache
def _furniture() -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(p) for p in _config()["furniture"]["patterns"])


def _lines(text: str) -> list[_Line]:
    lines, start = [], 0
    for part in text.split("\n"):
        end = start + len(part)
        if part.strip():
            lines.append(_Line(start, end, part))
        start = end + 1
    return lines


_ROMAN = regex.compile(r"X{0,3}(?:IX|IV|V?I{0,3})|XL|L")

def _is_roman(value: str) -> bool:
    return bool(_ROMAN.fullmatch(value)) and value != ""


def _heading_of(line: _Line) -> Optional[_Heading]:
    text = line.text.strip()
    if "|" in text or _BULLET.match(text) and not text[:1].isdigit():
        return None
    if any(p.match(text) for p in _furniture()):
        return None
    for scheme, pattern in _HEADING_SHAPES:
        match = pattern.match(text)
        if match:
            break
    else:
        return None
    number, rest = match["num"], match["rest"].strip()
    if scheme in ("roman", "chapter") and not (_is_roman(number) or number.isdigit()):
        return None
    if scheme == "roman" and not _is_roman(number):
        return None
    if scheme == "decimal":
        scheme = "decimal" + str(number.count(".") + 1)
    if scheme == "arabic" and rest[:1].isdigit():
        return None
    return _Heading(line=line, number=number, scheme=scheme, rest=rest)


def heading_title(rest: str) -> str:
    """The title part of a heading line: before ``:`` when the line goes on with body text."""
    words_max = _config()["headings"]["max_title_words"]
    head, colon, tail = rest.partition(":")
    if colon and len(head.split()) <= max(words_max * 2, 20):
        return head.strip().rstrip(".").strip()
    title = rest.strip().rstrip(":.;").strip()
    return title if len(title) <= 200 else title[:200].rsplit(" ", 1)[0] + "…"


@cache
def _kind_patterns() -> list[tuple[str, regex.Pattern]]:
    table = _config()["kinds"]
    return [(kind, regex.compile(r"(?<!\p{L})" + regex.escape(cue) + r"(?!\p{L})", regex.IGNORECASE))
            for kind, cues in table.items() for cue in cues]


def kind_of_heading(title: str) -> str:
    """The §3 kind a heading names, or ``other``.

    >>> kind_of_heading("NHIỆM VỤ VÀ GIẢI PHÁP"), kind_of_heading("Sở Y tế")
    ('tasks', 'other')
    """
    words = title.split()
    short = len(words) <= _config()["headings"]["max_title_words"]
    window = title if short else " ".join(words[:3])
    best: tuple[int, str] | None = None
    for kind, pattern in _kind_patterns():
        match = pattern.search(window)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind)
    return best[1] if best else "other"


@cache
def _closing_pattern() -> regex.Pattern:
    cues = _config()["closing"]["starts"]
    return regex.compile(r"\s*(?:" + "|".join(regex.escape(c) for c in cues) + r")", regex.IGNORECASE)


def _closing_start(lines: list[_Line], after: int) -> Optional[int]:
    pattern = _closing_pattern()
    for line in lines:
        if line.start >= after and pattern.match(line.text):
            return line.start
    return None


# --- formal plans -----------------------------------------------------------------

def _plausible(headings: list[_Heading]) -> list[_Heading]:
    """Drop numbered lines that cannot be headings in sequence (a stray 'I.' in a sentence)."""
    kept = []
    for h in headings:
        if h.scheme == "letter" and not kept:
            continue  # a plan does not open with "a)"
        kept.append(h)
    return kept


def _build_tree(headings: list[_Heading], end: int) -> list[Section]:
    roots: list[Section] = []
    stack: list[tuple[int, Section]] = []
    nodes: list[tuple[_Heading, Section]] = []
    for h in headings:
        title = heading_title(h.rest)
        section = Section(kind=kind_of_heading(title), number=h.number, heading=title or None,
                          level=h.level, start=h.line.start, end=end)
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((h.level, section))
        nodes.append((h, section))
    # ends: the next heading at the same or a higher level
    for index, (h, section) in enumerate(nodes):
        for later, _ in nodes[index + 1:]:
            if later.level <= h.level:
                section.end = later.line.start
                break
    return roots


#: Numbering schemes from the highest level down (Vietnamese administrative drafting:
#: Chương → Điều → I. → 1. → 1.1. → 1.1.1. → a)); levels are the ranks of the schemes present.
_SCHEME_ORDER = ("chapter", "article", "roman", "arabic", "decimal2", "decimal3", "decimal4", "letter")


def _rank_schemes(headings: list[_Heading]) -> list[_Heading]:
    """Level of each heading from the fixed order of numbering schemes (``a)`` under ``1.1.``
    even when a lettered list appears first); an article (``Điều 1.``) that carries
    Roman-numbered content is not itself a section."""
    schemes = {h.scheme for h in headings}
    if "chapter" not in schemes and "roman" in schemes:
        headings = [h for h in headings if h.scheme != "article"]
        schemes.discard("article")
    order = [scheme for scheme in _SCHEME_ORDER if scheme in schemes]
    for h in headings:
        h.level = order.index(h.scheme) + 1
    return headings


@cache
def _annex_pattern() -> regex.Pattern:
    words = _config()["annexes"]["starts"]
    return regex.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in words) + r")(?:\s+[IVXL\d]{1,6})?\s*[.:]?\s*$")


def _annex_starts(lines: list[_Line], after: int) -> list[_Line]:
    """``PHỤ LỤC I`` lines after ``after``: each opens a top-level annex section."""
    pattern = _annex_pattern()
    return [line for line in lines if line.start >= after and pattern.match(line.text)]


def attached_document_start(lines: list[_Line]) -> int:
    """Where a document attached to a decision begins (its type line: ``KẾ HOẠCH`` followed
    by ``(Kèm theo Quyết định số …)``), or 0 when nothing is attached."""
    cfg = _header_config()["attached"]
    types = {t.upper() for t in cfg["types"]}
    marker = regex.compile(cfg["marker"], regex.IGNORECASE)
    for index, line in enumerate(lines):
        if index == 0 or " ".join(line.text.split()).upper() not in types or line.text.upper() != line.text:
            continue
        if any(marker.search(follow.text) for follow in lines[index + 1:index + 1 + cfg["within_lines"]]):
            return line.start
    return 0


def _chapter_titles(lines: list[_Line], headings: list[_Heading]) -> None:
    """``Chương I`` with its title on the next line (``QUY ĐỊNH CHUNG``): take that line."""
    starts = {line.start: index for index, line in enumerate(lines)}
    for h in headings:
        if h.scheme == "chapter" and not h.rest and h.line.start in starts:
            index = starts[h.line.start]
            if index + 1 < len(lines):
                follow = lines[index + 1].text.strip()
                if follow and follow.upper() == follow and len(follow) < 200 and _heading_of(lines[index + 1]) is None:
                    h.rest = follow


@cache
def _late_closing_pattern() -> regex.Pattern:
    return regex.compile("|".join(_config()["closing"]["late_patterns"]), regex.IGNORECASE)


def _late_closing_start(lines: list[_Line], after: int, before: Optional[int]) -> Optional[int]:
    """A closing sentence that only counts after the last top-level heading:
    ``Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành … triển khai thực hiện``."""
    pattern = _late_closing_pattern()
    for line in lines:
        if line.start > after and (before is None or line.start < before) and pattern.match(line.text) \
                and _heading_of(line) is None:
            return line.start
    return None


def content_start(text: str, lines: list[_Line]) -> int:
    """Where the document's text begins: past table bars and rules of a header laid out as cells."""
    for line in lines:
        if not _FURNITURE_LINE.fullmatch(line.text):
            return line.start + len(line.text) - len(line.text.lstrip())
    return 0


def _formal_sections(text: str, lines: list[_Line], headings: list[_Heading]) -> list[Section]:
    first = headings[0].line.start
    closing = _closing_start(lines, first + 1)
    last_top = max(h.line.start for h in headings if h.level == 1)
    late = _late_closing_start(lines, last_top, closing)
    closing = late if late is not None else closing
    annexes = _annex_starts(lines, closing if closing is not None else first + 1)
    if closing is None and annexes:
        closing_or_annex = annexes[0].start
    else:
        closing_or_annex = closing
    end = closing_or_annex if closing_or_annex is not None else len(text)
    headings = [h for h in headings if h.line.start < end]
    _chapter_titles(lines, headings)
    tree = _build_tree(_rank_schemes(headings), end)
    sections = []
    if first > 0:
        sections.append(Section(kind="preamble", start=min(content_start(text, lines), first), end=first))
    sections.extend(tree)
    if closing is not None:
        sections.append(Section(kind="closing", start=closing, end=annexes[0].start if annexes else len(text)))
    for index, annex in enumerate(annexes):
        stop = annexes[index + 1].start if index + 1 < len(annexes) else len(text)
        sections.append(Section(kind="other", heading=" ".join(annex.text.split()) or None,
                                level=1, start=annex.start, end=stop))
    return sections


# --- headingless documents --------------------------------------------------------

_QUANTITY = regex.compile(r"(?<!\d)(?:\d{1,9}(?:[.,]\d{1,3})?\s?%|\d{1,3}(?:\.\d{3})+|\d{1,9}\s\p{Ll})")


@cache
def _paragraph_cues() -> dict[str, regex.Pattern]:
    table = _config()["paragraphs"]

    def words(items: list[str]) -> str:
        return "|".join(regex.escape(w) for w in sorted(items, key=len, reverse=True))

    cues = {kind: regex.compile(r"(?<!\p{L})(?:" + words(table[kind]) + r")(?!\p{L})", regex.IGNORECASE)
            for kind in ("objectives", "purpose", "tasks")}
    cues["implementation"] = regex.compile("|".join(table["implementation"]))
    cues["opener"] = regex.compile(r"\s*(?:(?:" + words(table["connectives"]) + r")\s*,\s*)?(?:"
                                   + words(table["task_openers"]) + r")(?!\p{L})", regex.IGNORECASE)
    cues["closing"] = regex.compile(r"\s*(?:" + words(table["closing_markers"]) + r")", regex.IGNORECASE)
    return cues


_BYLINE = regex.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in regex.split(r"\n\s*\n", text):
        index = text.find(part, start)
        if part.strip():
            lead = len(part) - len(part.lstrip())
            spans.append((index + lead, index + len(part.rstrip())))
        start = index + len(part)
    if len(spans) <= 1:  # no blank lines: every line is a paragraph
        spans = [(line.start, line.end) for line in _lines(text)]
    return spans


def paragraph_kind(paragraph: str, current: str, *, is_last: bool = False) -> Optional[str]:
    """The kind a paragraph opens, or None when it continues the current section.

    >>> paragraph_kind("Phấn đấu 90% xã được tuyên truyền.", "preamble")
    'objectives'
    """
    cues = _paragraph_cues()
    window = _config()["paragraphs"]["cue_window"]
    head = paragraph[:window]
    if cues["closing"].match(paragraph) or (is_last and _BYLINE.fullmatch(paragraph.strip())):
        return "closing"
    has_quantity = bool(_QUANTITY.search(paragraph))
    candidates: list[str] = []
    if cues["implementation"].search(head):
        candidates.append("implementation")
    objectives = cues["objectives"].search(head)
    if objectives and has_quantity:
        candidates.append("objectives")
    if cues["tasks"].search(head) or (cues["opener"].match(paragraph) and current != "preamble"):
        candidates.append("tasks")
    if cues["purpose"].search(head) and not has_quantity and current == "preamble":
        candidates.append("purpose")
    for kind in candidates:
        if kind != current:
            return kind
    return None


@cache
def _web_patterns() -> dict[str, regex.Pattern]:
    table = _config()["web"]

    def words(items: list[str]) -> str:
        return "|".join(regex.escape(w) for w in sorted(items, key=len, reverse=True))

    lead_marks = r"[^\p{L}\p{N}]*"  # ">>> ", "(*) ", "... ", "> "
    intro = [(kind, cue) for kind, cues in _config()["kinds"].items() for cue in cues]
    intro += [(kind, cue) for kind, cues in table["intro_kinds"].items() for cue in cues]
    return {
        "boilerplate": regex.compile(lead_marks + r"(?:" + words(table["boilerplate"]) + r")", regex.IGNORECASE),
        "inside": regex.compile(r"(?<!\p{L})(?:" + words(table["boilerplate_inside"]) + r")(?!\p{L})", regex.IGNORECASE),
        "caption": regex.compile(r"\((?:" + words(table["caption_credits"]) + r")[^()]*\)\W*", regex.IGNORECASE),
        "closing": regex.compile(lead_marks + r"(?:" + words(table["closing"]) + r")", regex.IGNORECASE),
        "site_closing": regex.compile(lead_marks + r"(?:" + words(table["site_closing"]) + r")", regex.IGNORECASE),
        "numbered": regex.compile(r"\s*(?:\(?(?:\d{1,2}|[IVXLivxl]{1,5}|[a-zđ])[.)/:]|[-+•*–—·◦▪>=]|\d)"),
        "intro": regex.compile(r"(?<!\p{L})(?:" + "|".join(f"(?P<{kind}_{i}>{regex.escape(cue)})"
                                                     for i, (kind, cue) in enumerate(intro)) + r")(?!\p{L})",
                               regex.IGNORECASE),
    }


_SENTENCE_BREAK = regex.compile(r"[.!;]\s+\p{Lu}")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_LETTER = regex.compile(r"\p{L}")


def _is_caption(paragraph: str) -> bool:
    """A picture caption: the paragraph ends with its credit in brackets, ``… (Hình từ Internet)``."""
    text = paragraph.rstrip()
    opening = text.rfind("(")
    return opening >= 0 and bool(_web_patterns()["caption"].fullmatch(text, opening))


def is_boilerplate(paragraph: str) -> bool:
    """Site furniture of a web article: download and see-more links, the closing line,
    picture captions.

    >>> is_boilerplate(">>> Tải về Kế hoạch 44/KH-BTC năm 2025"), is_boilerplate("Danh sách dự án (Hình từ Internet)")
    (True, True)
    """
    text = paragraph.strip()
    patterns = _web_patterns()
    if patterns["boilerplate"].match(text) or _is_caption(text):
        return True
    return len(text.split()) <= 15 and bool(patterns["inside"].search(text)) and text[-1:] not in ".;"


def is_subhead(paragraph: str) -> bool:
    """A line standing as an article's subhead: one line, short, in sentence case, without
    final ``.``, ``:``, ``;`` or ``,``, not numbered, not a ``label: value`` item (unless a
    question), not boilerplate.

    >>> is_subhead("Nội dung, số lượng tham dự"), is_subhead("(1) Nhiệm vụ chiến lược:")
    (True, False)
    """
    text = paragraph.strip()
    if not text or "\n" in text or "|" in text or text[-1] in ".:;,…" or not text[0].isupper():
        return False
    words = text.split()
    table = _config()["web"]
    if len(words) > table["subhead_max_words"] or _SENTENCE_BREAK.search(text):
        return False
    if text.upper() == text or (":" in text and not text.endswith("?")):
        return False
    return not _web_patterns()["numbered"].match(text) and not is_boilerplate(text)


def _is_sentence(paragraph: str) -> bool:
    text = paragraph.strip()
    return text[-1:] in ".:;!" or bool(_SENTENCE_BREAK.search(text))


def _intro_kind(paragraph: str) -> str:
    """The kind a body's opening paragraph announces (``… nêu rõ mục đích và yêu cầu … như sau:``)."""
    match = _web_patterns()["intro"].search(paragraph)
    return match.lastgroup.rsplit("_", 1)[0] if match and match.lastgroup else "other"


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _quoted_heading_kind(paragraph: str, schemes: tuple[str, ...] = ()) -> str:
    """The kind a plan heading quoted in an article names (``IV. TỔ CHỨC THỰC HIỆN`` →
    ``implementation``), ``other`` for any other paragraph; only the given numbering
    schemes when ``schemes`` is not empty."""
    heading = _heading_of(_Line(0, 0, paragraph.strip()))
    if heading is None or (schemes and heading.scheme not in schemes):
        return "other"
    return kind_of_heading(heading_title(heading.rest))


def _closing_index(texts: list[str]) -> int:
    """Index of the paragraph that opens the article's closing: a closing line (``Trên đây là
    thông tin …``, ``Quý khách cần hỏi thêm …``) followed only by boilerplate, bylines or
    marks; ``len(texts)`` when there is none."""
    patterns = _web_patterns()
    found = len(texts)
    for index in range(len(texts) - 1, -1, -1):
        text = texts[index].strip()
        if patterns["closing"].match(text):
            found = index
        elif index == len(texts) - 1 and _BYLINE.fullmatch(text):
            found = index  # the reporter's name ends a news report
        elif not (is_boilerplate(text) or not _LETTER.search(text)):
            break
    return found


def is_web_article(text: str) -> bool:
    """True for a page of a news or legal-news site: it ends with the site's closing lines
    (``Trên đây là thông tin …``, ``Quý khách cần hỏi thêm …``) or carries a picture caption
    with its credit (``… (Hình từ Internet)``). Such a page stays headingless even when it
    quotes the plan's numbered headings (``1. Mục đích``, ``2. Yêu cầu``): its sections are
    its own subheads and functions (gold/ANNOTATION.md, news articles).

    >>> is_web_article("Kế hoạch 177/KH-UBND\\n\\n1. Mục đích\\n\\n2. Yêu cầu\\n\\nTrên đây là thông tin về Kế hoạch.")
    True
    """
    texts = [text[start:end] for start, end in _paragraphs(text)]
    return _site_closing_at(texts, _closing_index(texts)) or any(_is_caption(t) for t in texts)


def _site_closing_at(texts: list[str], index: int) -> bool:
    """Whether paragraph ``index`` is a closing line only a web page has (``Quý khách cần hỏi thêm …``)."""
    return index < len(texts) and bool(_web_patterns()["site_closing"].match(texts[index].strip()))


def _web_article_sections(text: str, paragraphs: list[tuple[int, int]]) -> Optional[list[Section]]:
    """Sections of a web article — one with subheads, or one that ends with a site's closing
    line — or None for other reports (then paragraph cues decide). The headline block and
    the lead are the preamble; the first paragraph that introduces the plan's content (``Cụ thể, tại Mục IV … như sau:``) opens the body, each
    subhead opens a section of the kind it names (``Nhiệm vụ chiến lược, đột phá …`` →
    ``tasks``), a paragraph introducing a quoted plan heading (``Kế hoạch … cũng nêu rõ:``
    before ``IV. TỔ CHỨC THỰC HIỆN``) opens that heading's kind, the closing lines open
    ``closing``."""
    texts = [text[start:end] for start, end in paragraphs]
    lead = next((i for i, t in enumerate(texts) if _is_sentence(t) and not is_boilerplate(t)), None)
    closing = _closing_index(texts)
    if lead is None:
        return None
    subheads = {i for i in range(lead + 1, closing - 1) if is_subhead(texts[i])}
    if not subheads and not _site_closing_at(texts, closing):
        return None
    sections = [Section(kind="preamble", start=0, end=len(text))]

    def open_section(index: int, kind: str, heading: Optional[str] = None) -> None:
        sections[-1].end = paragraphs[index][0]
        sections.append(Section(kind=kind, heading=heading, start=paragraphs[index][0], end=len(text)))

    body_open, opened_last, title_last, current_heading = False, False, False, ""
    layout_opened = False  # a subhead, intro or quoted heading has opened a section
    for index in range(lead, closing):
        paragraph = texts[index].strip()
        opened, title = False, False
        quoted_roman = _quoted_heading_kind(paragraph, ("roman",))
        if index in subheads:
            # title lines in a row open one section; a part of the current heading ("Mục đích"
            # under "Mục đích, yêu cầu …") opens none
            if not title_last and not _words(paragraph) <= _words(current_heading):
                open_section(index, kind_of_heading(paragraph.rstrip("?").strip()), paragraph)
                body_open, opened, current_heading = True, True, paragraph
            title = title_last or opened
        elif quoted_roman != "other":
            if not opened_last:  # "V. TỔ CHỨC THỰC HIỆN" quoted after "…": the plan's part opens here
                open_section(index, quoted_roman)
                body_open, opened, current_heading = True, True, ""
        elif paragraph.endswith(":") and not opened_last:
            quoted_kind = _quoted_heading_kind(texts[index + 1]) if index + 1 < closing else "other"
            if quoted_kind != "other":  # "Kế hoạch … cũng nêu rõ:" before "IV. TỔ CHỨC THỰC HIỆN"
                open_section(index, quoted_kind)
                body_open, opened, current_heading = True, True, ""
            elif not body_open:
                open_section(index, _intro_kind(paragraph))
                body_open, opened = True, True
        elif not layout_opened and index > lead:
            # between the lead and the first subhead, paragraph cues decide as in a report
            # ("Theo kế hoạch, thành phố phấn đấu 100% …" opens objectives)
            kind = paragraph_kind(paragraph, sections[-1].kind)
            if kind and kind not in (sections[-1].kind, "closing"):
                open_section(index, kind)
                opened = True
        layout_opened = layout_opened or (opened and body_open)
        opened_last, title_last = opened, title
    if closing < len(paragraphs):
        open_section(closing, "closing")
    return sections


def _headingless_sections(text: str) -> list[Section]:
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return []
    web = _web_article_sections(text, paragraphs)
    if web is not None:
        return web
    first_start, first_end = paragraphs[0]
    first_kind = "preamble"
    if len(text[first_start:first_end].split()) > _config()["paragraphs"]["headline_words"]:
        first_kind = paragraph_kind(text[first_start:first_end], "preamble") or "preamble"
    sections: list[Section] = [Section(kind=first_kind, start=first_start, end=len(text))]
    current = first_kind
    for index, (start, end) in enumerate(paragraphs[1:], 1):
        if current == "closing":
            break
        kind = paragraph_kind(text[start:end], current, is_last=index == len(paragraphs) - 1)
        if kind and kind != current:
            sections[-1].end = start
            sections.append(Section(kind=kind, start=start, end=len(text)))
            current = kind
    sections[0].start = min(content_start(text, _lines(text)), sections[0].start)
    return sections


# --- header info ------------------------------------------------------------------

@cache
def _header_patterns() -> dict[str, regex.Pattern]:
    cfg = _header_config()
    types = sorted(cfg["doc_types"], key=len, reverse=True)
    return {
        "type": regex.compile(r"\s*(?:" + "|".join(regex.escape(t) for t in types) + r")\s*:?\s*$"),
        # "Số: 170/KH-UBND", "Số: 12 /KH- UBND": number tokens until a word in sentence case ("Nghệ An, …")
        "number": regex.compile(r"(?:(?i:số)\s*:\s*|^Số\s+(?=\d))(?P<number>\d[\w./\-&]*(?:\s+(?!\p{Lu}\p{Ll})[\w./\-&]+){0,4})"),
        "place_date": regex.compile(r"\s*(?P<place>\p{Lu}[\p{L} .'-]{1,40}?)\s*,\s*(?i:ngày)\s+\d"),
        "draft": regex.compile(r"(?:" + "|".join(regex.escape(d) for d in cfg["lines"]["draft"]) + r")"),
        "span": regex.compile(cfg["period"]["span"]),
        "bare_span": regex.compile(cfg["period"]["bare_span"]),
        "year": regex.compile(cfg["period"]["year"]),
        "plan_mention": regex.compile(cfg["period"]["plan_mention"] + r"(?:" + cfg["period"]["span"] + r"|"
                                      + cfg["period"]["year"] + r")"),
        "enacting": regex.compile(cfg["enacting"]["pattern"]),
        "province": regex.compile(cfg["province"]["pattern"]),
    }


def document_province(text: str, issuer: Optional[str]) -> Optional[str]:
    """The document's own province: from its issuer ("… tỉnh Nghệ An"), else the one its text names most.

    >>> document_province("trên địa bàn tỉnh Ninh Thuận; tỉnh Ninh Thuận", None)
    'Ninh Thuận'
    """
    pattern = _header_patterns()["province"]
    if issuer:
        match = pattern.search(issuer)
        if match:
            return match.group(1)
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return max(counts, key=lambda k: (counts[k], -text.find(k))) if counts else None


def enacting_issuer(preamble: str, province: Optional[str]) -> Optional[str]:
    """Issuer of a plan without a header, from its enacting sentence, with the province when it says 'tỉnh'."""
    match = _header_patterns()["enacting"].search(preamble)
    if not match:
        return None
    body = _canonical_issuer([match["body"].strip()])
    if body and province and regex.search(r"(?:tỉnh|thành phố)$", body):
        body = f"{body} {province}"
    return body


def _canonical_issuer(parts: list[str]) -> Optional[str]:
    """'ỦY BAN NHÂN DÂN' + 'TỈNH NGHỆ AN' → 'Ủy ban nhân dân tỉnh Nghệ An'.

    An upper-case name is lower-cased except its first letter and the place name
    after a scope word that opens a continuation line or follows the body name.
    """
    if not parts:
        return None
    scope = sorted(_header_config()["lines"]["scope_words"], key=len, reverse=True)
    scope_re = r"(?:" + "|".join(regex.escape(w.lower()) for w in scope) + r")"

    def lower_case(name: str) -> str:
        if name.upper() != name:
            return name
        lowered = name.lower()
        return lowered[:1].upper() + lowered[1:]

    def place_case(part: str) -> str:
        match = regex.match(r"(" + scope_re + r")\s+(.+)$", part.lower())
        if not match or part.upper() != part:
            return lower_case(part) if part.upper() == part else part
        return match.group(1) + " " + " ".join(w.capitalize() for w in match.group(2).split())

    first = expand_abbreviations(parts[0])
    head = regex.match(r"((?:Ủy ban nhân dân|Hội đồng nhân dân|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UỶ BAN NHÂN DÂN))\s+("
                       + scope_re.upper() + r"\s+.+)$", first)
    if head:
        name = lower_case(head.group(1)) + " " + place_case(head.group(2))
    else:
        name = lower_case(first)
    for part in parts[1:]:
        name += " " + place_case(expand_abbreviations(part))
    name = regex.sub(r"^(?:Uỷ|ỦY|UỶ) ban", "Ủy ban", name)
    return " ".join(name.split())


_FURNITURE_LINE = regex.compile(r"[\s|\-_=.*]*")


def _header_lines(lines: list[_Line]) -> list[_Line]:
    """The first lines of the document that carry text: table-cell bars and rules
    (``|``, ``-------``) of a header laid out as a table do not count."""
    limit = _header_config()["lines"]["header_lines"]
    kept: list[_Line] = []
    for line in lines:
        if _FURNITURE_LINE.fullmatch(line.text):
            continue
        kept.append(line)
        if len(kept) >= limit:
            break
    return kept


def _title_and_type(lines: list[_Line], header_end: int) -> tuple[Optional[str], Optional[str], Optional[int]]:
    cfg = _header_config()
    patterns = _header_patterns()
    for index, line in enumerate(lines[: cfg["lines"]["header_lines"]]):
        if patterns["type"].match(line.text):
            word = regex.sub(r"[\s:]+$", "", line.text.strip())
            doc_type = cfg["doc_types"].get(word)
            parts: list[str] = []
            for follow in lines[index + 1:index + 6]:
                text = follow.text.strip()
                if parts and parts[0].upper() == parts[0] and text.upper() != text:
                    break  # an upper-case title ends where sentence case begins: the body
                if (not text or _heading_of(follow) or any(text.startswith(s) for s in cfg["lines"]["title_stops"])
                        or len(text) > cfg["lines"]["max_title_line"]
                        or len(" ".join(parts + [text])) > cfg["lines"]["max_title_chars"]):
                    break
                parts.append(text)
                if follow.end + 1 < len(lines) and lines[lines.index(follow) + 1].start > follow.end + 1:
                    break  # a blank line ends the title
            return doc_type, (" ".join(parts) or None), line.start
    return None, None, None


def _motto_lines(header: list[_Line], motto: set[str]) -> set[int]:
    """Indexes of the header lines that make up the national motto, also when a converted
    page splits it over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM")."""
    found: set[int] = set()
    texts = [" ".join(line.text.split()).upper() for line in header]
    for index, text in enumerate(texts):
        if text in motto:
            found.add(index)
        elif index + 1 < len(texts) and f"{text} {texts[index + 1]}" in motto:
            found.update((index, index + 1))
    return found


def _header_anchor(lines: list[_Line]) -> int:
    """Index of the line where the document's own header begins: a few lines before its motto
    (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``, ``ĐẢNG CỘNG SẢN VIỆT NAM``) when a website's own
    block (``Số hiệu: | Loại văn bản: | …``) stands before it; 0 otherwise."""
    cfg = _header_config()["lines"]
    motto = {m.upper() for m in cfg["motto"]}
    halves = {m.split()[0] for m in motto}
    window = cfg["anchor_window"]
    for index, line in enumerate(lines[:window]):
        upper = " ".join(line.text.split()).upper()
        if upper in motto or (upper.split()[:1] and upper.split()[0] in halves and len(upper) < 40
                              and index + 1 < len(lines) and f"{upper} {' '.join(lines[index + 1].text.split()).upper()}" in motto):
            return max(0, index - cfg["issuer_lines_before_motto"]) if index > cfg["issuer_lines_before_motto"] else 0
    return 0


def parse_info(text: str, lines: Optional[list[_Line]] = None) -> DocumentInfo:
    """Header info (SPEC §2) from the first lines of the clean text."""
    lines = lines if lines is not None else _lines(text)
    cfg = _header_config()
    patterns = _header_patterns()
    lines = lines[_header_anchor(lines):]
    content_lines = [line for line in lines if not _FURNITURE_LINE.fullmatch(line.text)]
    header = _header_lines(lines)
    info = DocumentInfo()
    info.draft = any(patterns["draft"].search(line.text) for line in header[:6])
    doc_type, title, type_at = _title_and_type(content_lines, 0)
    info.doc_type, info.title = doc_type, title
    motto = {m.upper() for m in cfg["lines"]["motto"]}
    scope = tuple(cfg["lines"]["scope_words"])
    motto_lines = _motto_lines(header, motto)
    bodies: list[list[str]] = []
    bodies_before_motto = 0
    for index, line in enumerate(header):
        if type_at is not None and line.start >= type_at:
            break
        if index in motto_lines:
            bodies_before_motto = bodies_before_motto or len(bodies)
            continue
        content = line.text.strip()
        number = patterns["number"].search(content)
        if number and info.number is None:
            info.number = regex.sub(r"\s+", "", number["number"]).replace("–", "-").rstrip(".")
            before = content[: number.start()].strip()
            if before and before.upper() == before:
                bodies.append([before])
            continue
        place = patterns["place_date"].match(content)
        if place and info.issued_on is None:
            dates = list(find_dates(content))
            if dates:
                info.place = place["place"].strip()
                info.issued_on = dates[0][2]
            continue
        if content.upper() in motto or patterns["draft"].search(content) or not regex.search(r"\p{L}", content):
            continue
        if content.upper() == content and len(content) < 120 and "|" not in content:
            if bodies and content.startswith(scope):
                bodies[-1].append(content)
            else:
                bodies.append([content])
    if info.issued_on is None:
        # a header flattened into table rows: "Số: 5971/KH-UBND | Ninh Thuận, ngày 01 tháng 11 năm 2021 |"
        for line in header:
            if type_at is not None and line.start >= type_at:
                break
            for cell in line.text.split("|")[1:]:
                place = patterns["place_date"].match(cell.strip())
                dates = list(find_dates(cell)) if place else []
                if dates and info.issued_on is None:
                    info.place, info.issued_on = place["place"].strip(), dates[0][2]
    if bodies and type_at is not None:
        # the issuer block stands before the motto ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN | CỘNG HÒA …");
        # its last line is the issuing body ("UBND TỈNH BẮC KẠN / BAN CHỈ ĐẠO …")
        info.issuer = _canonical_issuer(bodies[bodies_before_motto - 1] if bodies_before_motto else bodies[-1])
    info.period = _period(title, text)
    return info


def _period(title: Optional[str], text: str) -> Optional[Period]:
    patterns = _header_patterns()
    candidates = [title] if title else []
    mention = patterns["plan_mention"].search(text[:400])
    if not title and mention:
        candidates.append(mention.group())
    for candidate in candidates:
        span = patterns["span"].search(candidate) or patterns["bare_span"].search(candidate)
        if span:
            return Period(from_=int(span.group(1)), to=int(span.group(2)))
        years = patterns["year"].findall(candidate)
        if years:
            year = int(years[-1])
            return Period(from_=year, to=year)
    return None


# --- entry point ------------------------------------------------------------------

@cache
def _footer_pattern() -> regex.Pattern:
    return regex.compile(r"(?:" + "|".join(regex.escape(c) for c in _config()["site"]["footer_starts"]) + r")")


def site_footer_start(text: str) -> int:
    """Where a website's footer begins after the document (``data/sections.toml`` [site];
    its phrases are looked for anywhere, since a converted page may have joined the footer's
    first line to the document's last), else past the end of the text."""
    match = _footer_pattern().search(text)
    return match.start() if match else 10**12


def parse_structure(text: str) -> DocumentStructure:
    """Segment ``text`` (clean) into info and sections."""
    if not text:
        return DocumentStructure(text=text)
    lines = _lines(text)
    info = parse_info(text, lines)
    body_start = attached_document_start(lines)
    headings = _plausible([h for h in (_heading_of(line) for line in lines if line.start >= body_start) if h])
    headings = _rank_schemes(headings)
    top_candidates = [h for h in headings if h.level == 1]
    # two top-level headings, one of them naming a section kind (or chapters / articles of a
    # decision); or one such heading under a "KẾ HOẠCH" header (a short plan, or the first part of one)
    needed = 1 if info.doc_type else 2
    structured = bool(top_candidates) and top_candidates[0].scheme in ("chapter", "article")
    formal = len(top_candidates) >= needed and (structured or any(
        kind_of_heading(heading_title(h.rest)) != "other" for h in top_candidates)) and not is_web_article(text)
    province = document_province(text, info.issuer)
    body_end = site_footer_start(text)
    if formal:
        sections = _formal_sections(text, lines, headings)
        if info.issuer is None and sections and sections[0].kind == "preamble":
            info.issuer = enacting_issuer(text[sections[0].start:sections[0].end], province)
        return DocumentStructure(text=text, info=info, sections=sections, province=province, body_end=body_end)
    return DocumentStructure(text=text, info=info, sections=_headingless_sections(text), headingless=True,
                             province=province, body_end=body_end)
