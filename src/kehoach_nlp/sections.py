"""Headings, numbering schemes, the section tree, annexes, closing formulas, where the
body ends, and the sectioning of headingless reports and web articles (SPEC.md §3).

Takes: the clean text from :mod:`kehoach_nlp.text`, as lines (:func:`_lines`). Gives: the
section tree (:class:`~kehoach_nlp.records.Section` objects in clean-text offsets) through
:func:`_formal_sections` (numbered plans) or :func:`_headingless_sections` (reports, web
articles), the kind a heading names (:func:`kind_of_heading`), and where a website's footer
begins (:func:`site_footer_start`). :mod:`kehoach_nlp.structure` decides which of the two
applies and assembles the result; cue words live in ``data/sections.toml``.

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

    >>> heading_title("Sở Y tế: Chủ trì, phối hợp với các đơn vị …"), kind_of_heading("NHIỆM VỤ VÀ GIẢI PHÁP")
    ('Sở Y tế', 'tasks')
    >>> text = "KẾ HOẠCH\\nI. MỤC TIÊU\\nII. TỔ CHỨC THỰC HIỆN\\nTrên đây là Kế hoạch …"
    >>> headings = _rank_schemes([h for h in map(_heading_of, _lines(text)) if h])
    >>> [(s.kind, s.number) for s in _formal_sections(text, _lines(text), headings)]
    [('preamble', None), ('objectives', 'I'), ('implementation', 'II'), ('closing', None)]
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Optional

import regex

from .data import load_toml
from .headings import heading_marker, heading_schemes, shape
from .records import Section
from .rules import alternation
from .text import drop_edit_links

# --- heading lines ----------------------------------------------------------------

#: Numbering schemes, tried in this order: (scheme, pattern of the number and its punctuation,
#: with the groups ``num`` and ``rest``) — ``data/headings.toml [schemes]``.
_HEADING_SHAPES: tuple[tuple[str, regex.Pattern], ...] = heading_schemes()
_BULLET = heading_marker("bullet")


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
    #: An Arabic-numbered part of a decision's content, set in its first article and standing at the articles' level
    #: (``Điều 1. Phê duyệt Nhiệm vụ …`` ⏎ ``2. Mục tiêu …`` ⏎ ``5. Nội dung …``; round 57).
    content: bool = False


@cache
def _config() -> dict:
    return load_toml("sections.toml")


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


_ROMAN = regex.compile(shape("roman_valid"))

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
    """The title part of a heading line: before the first title separator (``:``,
    ``data/sections.toml [headings] title_separators``) when the line goes on with body text."""
    table = _config()["headings"]
    words_max = table["max_title_words"]
    cut = min((i for i in (rest.find(s) for s in table["title_separators"]) if i >= 0), default=-1)
    head = rest[:cut] if cut >= 0 else ""
    if cut >= 0 and len(head.split()) <= max(words_max * 2, 20):
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
    opening = " ".join(words)  # a long heading that opens with a cue longer than the window ("Tổ chức thực hiện …")
    best: tuple[int, str] | None = None
    for kind, pattern in _kind_patterns():
        match = pattern.search(window) or (None if short else pattern.match(opening))
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind)
    return best[1] if best else "other"


@cache
def _closing_pattern() -> regex.Pattern:
    cues = _config()["closing"]["starts"]
    labels = _config()["closing"]["label_starts"]
    marks = alternation(_config()["closing"]["signature_marks"])
    signature = r"[\s*_|]*+(?-i:(?:" + marks + r")[ \t]*+\p{Lu}[\p{Lu}\p{M} \t,.-]*+)[\s*_|]*+$"
    return regex.compile(r"\s*(?:" + alternation(cues) + r")|[\s*_]*(?:" + alternation(labels) + r")[\s*_]*(?::|$)|"
                         + signature, regex.IGNORECASE)


def _closing_start(lines: list[_Line], after: int) -> Optional[int]:
    """The first line at or after ``after`` that opens the closing formula — unless it is the body right under a
    heading's title ("Điều 20. Điều khoản thi hành⏎Trong quá trình thực hiện, nếu …", "2.4. Sở Kế hoạch và Đầu
    tư:⏎Căn cứ Kế hoạch này để tổng hợp, bố trí vốn …": policy P1, a numbered item is never the closing)."""
    pattern = _closing_pattern()
    previous: Optional[_Line] = None
    for line in lines:
        if line.start >= after and pattern.match(line.text) and not _titled_heading(previous):
            return line.start
        if line.text.strip():
            previous = line
    return None


def _titled_heading(line: Optional[_Line]) -> bool:
    """Whether ``line`` is a heading's title line, no sentence: "Điều 20. Điều khoản thi hành", "2.4. Sở Kế hoạch
    và Đầu tư:"."""
    title = line.text.strip(" \t*_") if line is not None else ""
    if not title or title.endswith("."):
        return False
    heading = _heading_of(line)
    if heading is None:
        return False
    # (a numbered item's wrapped sentence is no title: "c) Bố trí nguồn lực …⏎… nhận trợ cấp,…"; a part's heading
    # may stand right over the closing: "II. TỔ CHỨC THỰC HIỆN⏎Trên đây là Kế hoạch …")
    return heading.scheme == "article" or (heading.scheme not in _PART_SCHEMES and "\n" not in title
                                           and len(title.split()) <= _TITLE_WORDS and title[-1] not in ",;…")


#: The schemes of a document's parts, whose heading the closing may follow at once.
_PART_SCHEMES = ("chapter", "part", "roman")


#: The most words of a heading's title line that the closing formula may stand under as its body.
_TITLE_WORDS = 16


# --- formal plans -----------------------------------------------------------------

def _plausible(headings: list[_Heading]) -> list[_Heading]:
    """Drop numbered lines that cannot be headings in sequence (a stray 'I.' in a sentence)."""
    kept = []
    for h in headings:
        if h.scheme == "letter" and not kept:
            continue  # a plan does not open with "a)"
        kept.append(h)
    romans = [h for h in kept if h.scheme == "roman"]
    if len(romans) == 1 and any(h.scheme == "article" for h in kept):
        # a lone Roman number among articles ("V. Chi tiết quy định … tại Mẫu số 04" inside Điều 2) is a line of a
        # quoted form, not a part of the document: Roman parts come in runs
        kept = [h for h in kept if h.scheme != "roman"]
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
#: Chương → (A. part of a long plan) → Điều → I. → 1. → 1.1. → 1.1.1. → a)); levels are the ranks of the schemes present.
_SCHEME_ORDER = ("chapter", "part", "article", "roman", "arabic", "decimal2", "decimal3", "decimal4", "letter")


def _rank_schemes(headings: list[_Heading]) -> list[_Heading]:
    """Level of each heading from the fixed order of numbering schemes (``a)`` under ``1.1.``
    even when a lettered list appears first); an article (``Điều 1.``) that carries
    Roman-numbered content is not itself a section."""
    schemes = {h.scheme for h in headings}
    after_content: list[_Heading] = []
    articles = [h.line.start for h in headings if h.scheme == "article"]
    romans = [h for h in headings if h.scheme == "roman"]
    if "chapter" not in schemes and romans and not (
            articles and romans[0].line.start > max(articles)
            and all(kind_of_heading(heading_title(h.rest)) == "other" for h in romans)):
        # (Roman numbers only after the last article, none naming a part of a plan, are a list's the decision
        # publishes: "Điều 3. … thi hành" then "I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"; the articles stay)
        # "Điều 1. Phê duyệt Đề án … I. QUAN ĐIỂM … V. TỔ CHỨC THỰC HIỆN ⏎ Điều 2. Quyết định này có hiệu lực …":
        # the articles after the Roman-numbered content stand beside it at the top (policy P1)
        first_roman = min(h.line.start for h in romans)
        last_roman = max(h.line.start for h in romans)
        later = [h for h in headings if h.scheme == "article" and h.line.start > last_roman]
        # … only when the content sat in an earlier article (one before it, or the later ones go on from 2 up) and
        # the later ones are a decision's closing articles, with no numbered items of their own
        first_later = later[0].line.start if later else 0
        if later and all(h.scheme == "article" for h in headings if h.line.start > first_later) and (
                any(h.scheme == "article" and h.line.start < first_roman for h in headings)
                or later[0].number.strip().rstrip(".") not in ("1", "")):
            after_content = later
        headings = [h for h in headings if h.scheme != "article" or h in after_content]
        schemes.discard("article")
    elif "chapter" not in schemes and not romans and articles:
        holder = _content_article(headings)
        if holder is not None:
            headings = [h for h in headings if h is not holder]
    order = [scheme for scheme in _SCHEME_ORDER if scheme in schemes]
    for h in headings:
        if h in after_content:
            h.level = order.index("roman") + 1
        elif h.content:
            h.level = order.index("article") + 1
        else:
            h.level = order.index(h.scheme) + 1
    return headings


#: The fewest section kinds the Arabic-numbered items of a decision's first article must name for them to be the
#: parts of the content it approves (SPEC §3 kinds other than ``other``).
_CONTENT_KINDS = 3


def _content_article(headings: list[_Heading]) -> Optional[_Heading]:
    """The first article of a decision when its Arabic-numbered items are the parts of the content it approves, with
    the items marked as such; None otherwise (gold/ANNOTATION.md: "when the articles carry Roman or numbered headings of
    the plan's content, those are the top-level sections"). The items must name at least three section kinds and a
    later article must follow: ``Điều 1. Phê duyệt Nhiệm vụ lập Quy hoạch …`` ⏎ ``2. Mục tiêu lập Quy hoạch`` ⏎ ``5.
    Nội dung Nhiệm vụ …`` ⏎ ``7. Giải pháp, cơ chế …`` ⏎ ``9. Nguồn vốn …`` ⏎ ``11. Phân công trách nhiệm:`` ⏎ ``Điều
    2. Tổ chức thực hiện``; the clauses of a regulation's article (``1. Sở Nội vụ: …``) name none."""
    if any(h.content for h in headings):
        return None  # ranked before: the article is gone already
    starts = [index for index, h in enumerate(headings) if h.scheme == "article"]
    if len(starts) < 2:
        return None
    items = [h for h in headings[starts[0] + 1:starts[1]] if h.scheme == "arabic"]
    kinds = {kind_of_heading(heading_title(h.rest)) for h in items} - {"other"}
    if len(kinds) < _CONTENT_KINDS:
        return None
    for h in items:
        h.content = True
    return headings[starts[0]]


@cache
def _form_pattern() -> regex.Pattern:
    """A line that opens an attached form: "Mẫu số 01", "Mẫu 02", "Biểu mẫu số 3"."""
    annexes = _config()["annexes"]
    return regex.compile(r"\s*(?:(?:" + alternation(annexes["forms"]) + r")(?:\s+[IVXL\d]{1,6})?|(?:"
                         + alternation(annexes["numbered_forms"]) + r")\s+\d{1,3})\s*[.:]?\s*$")


@cache
def _annex_start_pattern() -> regex.Pattern:
    """A line that opens an annex: "PHỤ LỤC I", "Phụ lục 02"."""
    return regex.compile(r"\s*(?:" + alternation(_config()["annexes"]["starts"]) + r")(?:\s+[IVXL\d]{1,6})?\s*[.:]?\s*$")


@cache
def _annex_pattern() -> regex.Pattern:
    """A line that opens an annex or a form: "PHỤ LỤC I", "Phụ lục 02", "Mẫu số 01"."""
    return regex.compile(_annex_start_pattern().pattern + "|" + _form_pattern().pattern)


def annex_line(text: str) -> bool:
    """Whether a line opens an annex or a form ("PHỤ LỤC I", "Phụ lục 02", "Mẫu số 01", markup stripped)."""
    return _annex_pattern().fullmatch(text.strip(" \t*_|")) is not None


def opens_annex(text: str) -> bool:
    """Whether a line opens an annex, not a form (markup stripped): a table's cell may name a form, never an annex.

    >>> opens_annex("**PHỤ LỤC 02**"), opens_annex("Mẫu số 01"), opens_annex("Phụ lục kèm theo")
    (True, False, False)
    """
    return _annex_start_pattern().fullmatch(text.strip(" \t*_|")) is not None


@cache
def _annex_title_pattern() -> regex.Pattern:
    words = _config()["annexes"]["titles"]
    return regex.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s+\S")


@cache
def _annex_lone_title_pattern() -> regex.Pattern:
    """An annex's title word alone on its line ("DANH MỤC"), its words on the next line ([annexes] titles)."""
    words = _config()["annexes"]["titles"]
    return regex.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s*")


@cache
def _first_annex_title_pattern() -> regex.Pattern:
    """A title that opens an annex only when none is open yet ("THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH …"; [annexes]
    first_titles)."""
    words = _config()["annexes"]["first_titles"]
    return regex.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\p{M}])")


def _titles_annex(lines: list[_Line], index: int, found: list[_Line]) -> bool:
    """Whether line ``index``, in capitals after the closing, is the title of an annex: a title word with its words
    ("DANH MỤC THỦ TỤC HÀNH CHÍNH …"), a title word alone over a line of capitals ("DANH MỤC" ⏎ "THỦ TỤC HÀNH CHÍNH
    MỚI BAN HÀNH …"), or the published procedures' own title when no annex is open yet.

    >>> lines = [_Line(0, 8, "DANH MỤC"), _Line(9, 40, "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH")]
    >>> _titles_annex(lines, 0, []), _titles_annex(lines, 1, []), _titles_annex(lines, 1, [lines[0]])
    (True, True, False)
    """
    text = lines[index].text
    if not text.isupper():
        return False
    if _annex_title_pattern().match(text):
        return True
    if _annex_lone_title_pattern().fullmatch(text):
        # … its words in capitals, perhaps with the "(Kèm theo Quyết định số …)" joined to their line
        return index + 1 < len(lines) and lines[index + 1].text.split("(", 1)[0].isupper()
    return not found and _first_annex_title_pattern().match(text) is not None


def _table_cell(lines: list[_Line], index: int) -> bool:
    """Whether line ``index`` is a cell of a table laid out a cell per line: right between two bare ``|`` lines, with
    no blank line on either side (a form's own heading stands apart: "**Mẫu số 01**" ⏎ ⏎ "|" ⏎ "<CƠ QUAN CHỦ QUẢN>")."""
    if not 0 < index < len(lines) - 1:
        return False
    before, line, after = lines[index - 1], lines[index], lines[index + 1]
    return before.text.strip() == after.text.strip() == "|" and line.start - before.end <= 1 and after.start - line.end <= 1


def _annex_starts(lines: list[_Line], after: int, titled: bool = False) -> list[_Line]:
    """``PHỤ LỤC I`` lines after ``after``: each opens a top-level annex section; with ``titled`` (after the
    closing), so does a capitalised title of what the decision publishes (``DANH MỤC THỦ TỤC HÀNH CHÍNH …``)."""
    pattern, form = _annex_pattern(), _form_pattern()
    near = _config()["annexes"]["title_after_start"]
    found: list[_Line] = []
    last_numbered = -near  # where the last "PHỤ LỤC" line stands: the title right under it is its own
    for index, line in enumerate(lines):
        if line.start < after:
            continue
        if pattern.match(line.text):
            if _table_cell(lines, index):
                continue  # a cell of a table laid out a cell per line: a list of the annexes ("|" ⏎ "Mẫu số 07" ⏎ "|")
            if form.match(line.text) and any(not form.match(annex.text) for annex in found):
                continue  # a form inside an annex already opened ("PHỤ LỤC" ⏎ "DANH MỤC MẪU BIỂU" ⏎ … ⏎ "Mẫu số 04")
            found.append(line)
            last_numbered = line.start
        elif titled and line.start - last_numbered >= near and _titles_annex(lines, index, found):
            found.append(line)
    return found


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
    for index, line in enumerate(lines):
        opens_paragraph = index == 0 or lines[index - 1].end + 1 < line.start
        if line.start > after and (before is None or line.start < before) and opens_paragraph \
                and pattern.match(line.text) and _heading_of(line) is None:
            return line.start
    return None


@cache
def _final_call_words() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(_config()["closing"]["final_call_words"]) + r")(?![\p{L}\p{M}])",
                         regex.IGNORECASE)


def _final_call_start(lines: list[_Line], after: int, before: int) -> Optional[int]:
    """The plan's last paragraph when it is its closing call: it ends the text before ``before`` (``Nơi nhận:``)
    with the end mark ``./.``, opens after ``after`` (the last top-level heading) as no heading and no list item,
    follows items of a list (not a heading it would be the body of), and calls on everyone
    ("Các cơ quan, đơn vị, địa phương … khẩn trương phối hợp triển khai thực hiện Kế hoạch này; …./.")."""
    marks = tuple(_config()["closing"]["end_marks"])
    # the last line of text before ``before``, past the "|" that opens the signature's table
    last = next((index for index in range(len(lines) - 1, -1, -1) if after < lines[index].start < before
                 and lines[index].text.strip() and not _FURNITURE_LINE.fullmatch(lines[index].text)), None)
    if last is None or not lines[last].text.rstrip(" \t*_").endswith(marks):
        return None
    first = last
    while first - 1 >= 0 and lines[first - 1].start > after and lines[first - 1].text.strip() \
            and lines[first - 1].text.rstrip(" \t*_")[-1:] not in ".:;!?" \
            and _heading_of(lines[first]) is None and not _BULLET.match(lines[first].text.strip()):
        first -= 1
    opening = lines[first].text.strip()
    if _heading_of(lines[first]) is not None or _BULLET.match(opening) or not opening[:1].isupper():
        return None
    previous = next((lines[i] for i in range(first - 1, -1, -1) if lines[i].text.strip()), None)
    if previous is None or previous.start <= after or _heading_of(previous) is not None and not \
            previous.text.rstrip(" \t*_").endswith("."):
        return None  # the paragraph right under its heading is the section's body
    paragraph = " ".join(line.text for line in lines[first:last + 1])
    return lines[first].start if _final_call_words().search(paragraph) else None


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
    if late is None and closing is not None:
        tops = [h.line.start for h in headings if h.level == 1 and h.line.start < closing]
        late = _final_call_start(lines, max(tops), closing) if tops else None
    closing = late if late is not None else closing
    if closing is not None and any(line.start < closing for line in _annex_starts(lines, last_top + 1)):
        closing = None  # the "Nơi nhận" of a form in an annex ("Mẫu số 01" ⏎ … ⏎ "Nơi nhận:"): not the text's own
    annexes = _annex_starts(lines, closing if closing is not None else first + 1, titled=closing is not None)
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
        "link": regex.compile(lead_marks + r"(?:" + words(table["link_labels"]) + r")", regex.IGNORECASE),
        "inside": regex.compile(r"(?<!\p{L})(?:" + words(table["boilerplate_inside"]) + r")(?!\p{L})", regex.IGNORECASE),
        "caption": regex.compile(r"\((?:" + words(table["caption_credits"]) + r")[^()]*\)\W*", regex.IGNORECASE),
        # "… khu đất (trong đó …). Ảnh: VGP/Thùy Chi", "… khánh thành - Ảnh minh họa": the credit after the sentence
        "trailing_credit": regex.compile(r"(?:[.:][ \t]+|[ \t]+[-–][ \t]+)(?:" + words(table["trailing_credits"])
                                         + r")[^()\n.;]{0,60}$", regex.IGNORECASE),
        "closing": regex.compile(lead_marks + r"(?:" + words(table["closing"] + table["sources"]) + r")", regex.IGNORECASE),
        "source": regex.compile(lead_marks + r"(?:(?:" + words(table["sources"]) + r")|(?:"
                                + "|".join(table["source_addresses"]) + r")[\W]*$)", regex.IGNORECASE),
        "credit": regex.compile(r"[^\p{L}(]*(?:" + "|".join(table["credit_lines"]) + r")[^\p{L})]*"),
        "site_closing": regex.compile(lead_marks + r"(?:" + words(table["site_closing"]) + r")", regex.IGNORECASE),
        "numbered": heading_marker("web_numbered"),
        "connective": regex.compile(r"[^\p{L}]*(?:" + words(table["subhead_not_openers"]) + r")[ \t]*+,", regex.IGNORECASE),
        "period_subhead": regex.compile(table["period_subhead"]),
        "exam_question": regex.compile(table["exam_question"]),
        "exam_option": regex.compile(table["exam_option"]),
        "pointer": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + words(table["pointers"]) + r")(?![\p{L}\p{M}])"),
        "event_lead": regex.compile(lead_marks + r"(?i:" + "|".join(table["event_leads"]) + r")"),
        "intro": regex.compile(r"(?<!\p{L})(?:" + "|".join(f"(?P<{kind}_{i}>{regex.escape(cue)})"
                                                     for i, (kind, cue) in enumerate(intro)) + r")(?!\p{L})",
                               regex.IGNORECASE),
    }


#: Cue words that are also a body's verb of directing ([web] directive_verbs), and what makes them the noun instead:
#: the paragraph's start, a list of cue nouns ("mục đích, yêu cầu", "mục đích và yêu cầu") before them.
_DIRECTIVE = regex.compile(r"(?i:" + alternation(_config()["web"]["directive_verbs"]) + r")")
_CUE_NOUN_BEFORE = regex.compile(r"(?:^[^\p{L}]*|(?i:" + alternation(_config()["kinds"]["purpose"])
                                 + r")[ \t]*,?[ \t]*|(?<!\p{L})(?i:" + alternation(_config()["web"]["directive_not_after"])
                                 + r")[ \t]+)$")

_SENTENCE_BREAK = regex.compile(r"[.!;]\s+\p{Lu}")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_LETTER = regex.compile(r"\p{L}")


def is_caption(paragraph: str) -> bool:
    """A picture caption: the paragraph ends with its credit, in brackets (``… (Hình từ Internet)``, its italics
    anywhere: ``*… (Hình từ Internet*)``) or after the sentence (``… 840,36ha. Ảnh: VGP/Thùy Chi``).

    >>> is_caption("*Thủ Đức: 9 dự án trọng điểm (Hình từ Internet*)"), is_caption("Có 230 công trình - Ảnh minh họa")
    (True, True)
    >>> is_caption("Ảnh: chụp màn hình"), is_caption("Tổ chức 05 lớp tập huấn (theo Kế hoạch 12/KH-UBND).")
    (False, False)
    >>> is_caption("Bán tài sản công (hình thức bán không được áp dụng đối với tài sản công là đất, tài sản gắn liền "
    ...            "với đất theo quy định tại khoản 3 Điều 40 Luật Quản lý, sử dụng tài sản công).")
    False
    """
    text = paragraph.replace("*", "").replace("_", "").rstrip()
    opening = text.rfind("(")
    patterns = _web_patterns()
    credit = opening >= 0 and bool(patterns["caption"].fullmatch(text, opening)) \
        and len(text[opening:].split()) <= _config()["web"]["caption_credit_max_words"]
    return credit or bool(patterns["trailing_credit"].search(text))


def is_site_link(line: str) -> bool:
    """A line that opens with a site's label of a link or a download ([web] link_labels): "**Mới: Quốc hội chốt tăng
    lương cơ sở 2026**", ">>> Tải về Kế hoạch 44/KH-BTC"; not a sentence that only holds such words.

    >>> is_site_link("**Mới: Quốc hội chốt tăng lương cơ sở 2026**"), is_site_link("Sở Y tế tải về mẫu báo cáo.")
    (True, False)
    """
    return _web_patterns()["link"].match(line.strip()) is not None


def is_boilerplate(paragraph: str) -> bool:
    """Site furniture of a web article: download and see-more links, the closing line,
    picture captions.

    >>> is_boilerplate(">>> Tải về Kế hoạch 44/KH-BTC năm 2025"), is_boilerplate("Danh sách dự án (Hình từ Internet)")
    (True, True)
    """
    text = paragraph.strip()
    patterns = _web_patterns()
    if patterns["boilerplate"].match(text) or is_caption(text):
        return True
    return len(text.split()) <= 15 and bool(patterns["inside"].search(text)) and text[-1:] not in ".;"


#: A question that opens with a count ("04 Chỉ tiêu thực hiện kế hoạch … là gì?", "5 nguyên tắc … bao gồm những gì?"):
#: a legal Q&A page's subhead, not a numbered item (round 56).
_COUNTED_QUESTION = regex.compile(r"\d{1,3}[ \t]+\p{L}[^\n]*\?")


def is_subhead(paragraph: str) -> bool:
    """A line standing as an article's subhead: one line, short, in sentence case, without
    final ``.``, ``:``, ``;`` or ``,``, not numbered, not a ``label: value`` item (unless a
    question), not boilerplate.

    >>> is_subhead("Nội dung, số lượng tham dự"), is_subhead("(1) Nhiệm vụ chiến lược:")
    (True, False)
    >>> is_subhead("04 Chỉ tiêu thực hiện kế hoạch hành động là gì?"), is_subhead("2. Mục tiêu cụ thể là gì?")
    (True, False)
    >>> is_subhead("Như vậy, Nghị quyết đặt mục tiêu đến năm 2030 đạt mức 12 người /1 vạn dân")
    False
    """
    text = paragraph.strip()
    counted_question = _COUNTED_QUESTION.fullmatch(text) is not None
    if not text or "\n" in text or "|" in text or text[-1] in ".:;,…" or not (text[0].isupper() or counted_question):
        return False
    words = text.split()
    table = _config()["web"]
    if len(words) > table["subhead_max_words"] or _SENTENCE_BREAK.search(text):
        return False
    if text.upper() == text or (":" in text and not text.endswith("?")):
        return False
    if _web_patterns()["connective"].match(text):
        return False  # "Như vậy, … đạt mức 12 người /1 vạn dân": the writer's conclusion, a sentence
    return (counted_question or not _web_patterns()["numbered"].match(text)) and not is_boilerplate(text)


def _is_sentence(paragraph: str) -> bool:
    text = paragraph.strip()
    return text[-1:] in ".:;!" or bool(_SENTENCE_BREAK.search(text))


def _is_web_cue(match: regex.Match) -> bool:
    """Whether an intro cue is one of a web article's own ([web] intro_kinds: "dự án"), not a section word of [kinds]."""
    return int((match.lastgroup or "_0").rsplit("_", 1)[1]) >= sum(len(cues) for cues in _config()["kinds"].values())


def _lead_length(paragraph: str) -> int:
    """Where a paragraph's first word starts, after its marks ("**", "- ")."""
    return len(paragraph) - len(paragraph.lstrip(" \t*_-+>"))


def _intro_kind(paragraph: str) -> str:
    """The kind a body's opening paragraph announces (``… nêu rõ mục đích và yêu cầu … như sau:``); a cue word used
    as a body's directive verb announces its tasks (``Theo Kết luận 157-KL/TW, Bộ Chính trị yêu cầu hoàn tất …``); a
    web cue that is the paragraph's subject yields to a section word after it (``Dự án đặt mục tiêu … bao gồm:`` →
    objectives).

    >>> _intro_kind("Dự án đặt mục tiêu thực hiện đến năm 2030 bao gồm:"), _intro_kind("Danh mục 46 dự án như sau:")
    ('objectives', 'tasks')
    """
    pointers = [m.span() for m in _web_patterns()["pointer"].finditer(paragraph)]
    found = [m for m in _web_patterns()["intro"].finditer(paragraph) if not any(a <= m.start() < b for a, b in pointers)]
    match = found[0] if found else None
    if match and match.start() == _lead_length(paragraph) and _is_web_cue(match) \
            and (named := next((m for m in found[1:] if not _is_web_cue(m)), None)) is not None:
        match = named  # "Dự án đặt mục tiêu … bao gồm:": the project is the subject, the aims its content (round 56)
    if match and _DIRECTIVE.fullmatch(match.group()) and not _CUE_NOUN_BEFORE.search(paragraph, 0, match.start()):
        return "tasks"
    return match.lastgroup.rsplit("_", 1)[0] if match and match.lastgroup else "other"


@cache
def _order_verb() -> regex.Pattern:
    """The verbs a subhead that gives an order opens with ([web] order_verbs)."""
    verbs = _config()["web"]["order_verbs"]
    return regex.compile(r"[^\p{L}]*(?i:" + alternation(verbs) + r")(?![\p{L}\p{M}])")


def subhead_kind(subhead: str) -> str:
    """The kind an article's subhead opens: the kind it names (:func:`kind_of_heading`), else ``tasks`` for an order
    (a subhead that is no question and opens with a verb of doing), else ``other``.

    >>> subhead_kind("Giải quyết dứt điểm các tồn tại về giải phóng mặt bằng trước 10/6/2025")
    'tasks'
    >>> subhead_kind("Tổ chức văn nghệ ngày Nhà giáo Việt Nam 20 tháng 11 lưu ý điều gì?")
    'other'
    """
    text = subhead.strip()
    kind = kind_of_heading(text.rstrip("?").strip())
    if kind == "other" and not text.rstrip(" *_").endswith("?") and _order_verb().match(text):
        return "tasks"
    return kind


@cache
def _report_directive() -> regex.Pattern:
    """A body giving work to another in a report ([web] report_directives): the verb, then the addressee."""
    table = _config()["web"]
    # the verb in lower case, as inside a sentence: "… ở Giao Chỉ." names a place
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(table["report_directives"]) + r")[ \t]+(?:\p{Lu}|(?i:"
                         + alternation(table["report_addressees"]) + r")[ \t])")


@cache
def _report_past() -> regex.Pattern:
    """A past mark right before a verb ([web] report_past_marks): "NHNN đã | yêu cầu …"."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(_config()["web"]["report_past_marks"]) + r")[ \t]+$")


def _report_kind(paragraph: str, current: str) -> Optional[str]:
    """The kind a paragraph of a web article opens before its first subhead: as in a report
    (:func:`paragraph_kind`), but a body giving work to others is what the report is about, its ``tasks``
    (``Chính phủ yêu cầu Bộ Quốc phòng, Bộ Công an phối hợp …``; ``… giao Đảng ủy Bộ Nội vụ chủ trì …``).

    >>> _report_kind("Chính phủ yêu cầu Bộ Quốc phòng, Bộ Công an chuẩn bị tổ chức lễ kỷ niệm.", "preamble")
    'tasks'
    """
    kind = paragraph_kind(paragraph, current)
    head = paragraph[:_config()["paragraphs"]["cue_window"]]
    directive = next((m for m in _report_directive().finditer(head)
                      if not _CUE_NOUN_BEFORE.search(head, 0, m.start())
                      and not _report_past().search(head, 0, m.start())), None)
    if kind == "implementation" or (kind is None and directive is not None):
        return "tasks"
    return kind


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


def _capital_roman(paragraph: str) -> bool:
    """Whether a paragraph is one Roman-numbered heading in capitals (``I. BẢNG LƯƠNG GIÁO VIÊN MẦM NON 2026``): a
    part of the document an article quotes, whatever it names.

    >>> _capital_roman("II. BẢNG LƯƠNG GIÁO VIÊN TIỂU HỌC 2026"), _capital_roman("II. Bảng lương giáo viên tiểu học")
    (True, False)
    """
    text = paragraph.strip()
    heading = _heading_of(_Line(0, len(text), text)) if "\n" not in text else None
    return heading is not None and heading.scheme == "roman" and heading.rest.upper() == heading.rest \
        and _LETTER.search(heading.rest) is not None


def _closing_index(texts: list[str]) -> int:
    """Index of the paragraph that opens the article's closing: a closing line (``Trên đây là
    thông tin …``, ``Quý khách cần hỏi thêm …``) followed only by boilerplate, bylines or
    marks; ``len(texts)`` when there is none."""
    patterns = _web_patterns()
    found = len(texts)
    for index in range(len(texts) - 1, -1, -1):
        text = texts[index].strip()
        if patterns["closing"].match(text) or patterns["source"].match(text):
            found = index
        elif index == len(texts) - 1 and _BYLINE.fullmatch(text):
            found = index  # the reporter's name ends a news report
        elif not (is_boilerplate(text) or not _LETTER.search(text)):
            break
    if 0 < found < len(texts) and patterns["source"].match(texts[found].strip()) \
            and patterns["credit"].fullmatch(texts[found - 1].strip()):
        found -= 1  # the reporter's credit over the source ("Thùy Chi" ⏎ "Theo Cổng Thông tin điện tử Chính phủ")
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
    return _site_closing_at(texts, _closing_index(texts)) or any(is_caption(t) for t in texts)


def _site_closing_at(texts: list[str], index: int) -> bool:
    """Whether paragraph ``index`` is a closing line only a web page has (``Quý khách cần hỏi thêm …``)."""
    return index < len(texts) and bool(_web_patterns()["site_closing"].match(texts[index].strip()))


def _source_closing_at(texts: list[str], index: int) -> bool:
    """Whether the closing at paragraph ``index`` names the news site the article is taken from, under the reporter's
    credit or not (``Thùy Chi`` ⏎ ``Theo Cổng Thông tin điện tử Chính phủ`` ⏎ ``Giờ đăng: …``)."""
    source = _web_patterns()["source"]
    return any(i < len(texts) and source.match(texts[i].strip()) for i in (index, index + 1))


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
    # a title line right under a paragraph that ends with its colon is the title of what that paragraph quotes
    # ("Căn cứ theo Điều 98 Bộ luật Lao động 2019 quy định như sau:" ⏎ "Tiền lương làm thêm giờ, …"), not a subhead:
    # it opens a section of the quoted text inside the article's own
    titles = [i for i in range(lead + 1, closing - 1) if is_subhead(texts[i])
              and not _web_patterns()["period_subhead"].match(texts[i])]
    quoted = [i for i in titles if texts[i - 1].rstrip(" \t*_").endswith(":")]
    subheads = set(titles) - set(quoted)
    exam = {i for i in subheads if _later_question(texts, lead, i)}  # "Câu 2: …?", "B. …": the same quoted test
    if not subheads and not _site_closing_at(texts, closing) and not _source_closing_at(texts, closing):
        return None
    sections = [Section(kind="preamble", start=0, end=len(text))]

    def open_section(index: int, kind: str, heading: Optional[str] = None) -> None:
        sections[-1].end = paragraphs[index][0]
        sections.append(Section(kind=kind, heading=heading, start=paragraphs[index][0], end=len(text)))

    body_open, opened_last, title_last, current_heading = False, False, False, ""
    roman_last = False  # the paragraph before was a quoted Roman heading that opened a section
    layout_opened = False  # a subhead, intro or quoted heading has opened a section
    pending: Optional[str] = None  # the kind an event's report announces for the paragraph after it
    for index in range(lead, closing):
        paragraph = texts[index].strip()
        opened, title, roman = False, False, False
        quoted_roman = _quoted_heading_kind(paragraph, ("roman",))
        if pending is not None:
            named = kind_of_heading(paragraph.rstrip("?:").strip()) if index in subheads or index in quoted else "other"
            open_section(index, named if named != "other" else pending)
            pending, opened, title = None, True, index in subheads
        elif index in subheads:
            # title lines in a row open one section; a part of the current heading ("Mục đích"
            # under "Mục đích, yêu cầu …") opens none, nor does a later question of a quoted test
            if not title_last and not _words(paragraph) <= _words(current_heading) and index not in exam:
                open_section(index, subhead_kind(paragraph), paragraph)
                body_open, opened, current_heading = True, True, paragraph
            title = title_last or opened or index in exam
        elif quoted_roman != "other" or _capital_roman(paragraph):
            # "V. TỔ CHỨC THỰC HIỆN" quoted after "…": the plan's part opens here; so does a part in capitals that
            # names no kind ("I. BẢNG LƯƠNG GIÁO VIÊN MẦM NON 2026" ⏎ "II. BẢNG LƯƠNG GIÁO VIÊN TIỂU HỌC 2026"), each one
            if not opened_last or roman_last:
                open_section(index, quoted_roman)
                body_open, opened, current_heading, roman = True, True, "", True
        elif paragraph.endswith(":") and not opened_last:
            quoted_kind = _quoted_heading_kind(texts[index + 1]) if index + 1 < closing else "other"
            if quoted_kind != "other":  # "Kế hoạch … cũng nêu rõ:" before "IV. TỔ CHỨC THỰC HIỆN"
                open_section(index, quoted_kind)
                body_open, opened, current_heading = True, True, ""
            elif not body_open and _web_patterns()["event_lead"].match(paragraph) and index + 1 < closing:
                # the report of the event that made the document ("Ngày 8/9/2025, UBND tỉnh … đã ban hành Kế hoạch
                # 54/KH-UBND … Theo đó:", "Tại phiên họp ngày 16/5/2025, sau khi nghe …, Bộ Chính trị kết luận:")
                # stays with the lead: what it announces opens the body at the next paragraph
                pending, body_open = _intro_kind(paragraph), True
            elif not body_open:
                open_section(index, _intro_kind(paragraph))
                body_open, opened = True, True
        elif not layout_opened and index > lead:
            # between the lead and the first subhead, paragraph cues decide as in a report
            # ("Theo kế hoạch, thành phố phấn đấu 100% …" opens objectives)
            kind = _report_kind(paragraph, sections[-1].kind)
            if kind and kind not in (sections[-1].kind, "closing"):
                open_section(index, kind)
                opened = True
        layout_opened = layout_opened or (opened and body_open)
        opened_last, title_last, roman_last = opened, title, roman
    if closing < len(paragraphs):
        open_section(closing, "closing")
    _add_quoted_titles(sections, [(paragraphs[i][0], texts[i].strip()) for i in quoted])
    return sections


def _later_question(texts: list[str], lead: int, index: int) -> bool:
    """Whether paragraph ``index`` goes on with a quoted exam or quiz ([web] exam_question, exam_option): a numbered
    question after an earlier one ("Câu 2: …?" after "Câu 1: …?"), or an answer after a question ("B. Theo tháng
    chiến dịch").

    >>> [_later_question(["Đáp án như sau:", "Câu 1: Ai?", "A. X", "Câu 2: Khi nào?"], 0, i) for i in (1, 2, 3)]
    [False, True, True]
    """
    patterns = _web_patterns()
    question = patterns["exam_question"]
    if question.match(texts[index]) is None and patterns["exam_option"].match(texts[index]) is None:
        return False
    return any(question.match(texts[i]) for i in range(lead, index))


def _add_quoted_titles(sections: list[Section], titles: list[tuple[int, str]]) -> None:
    """Each quoted text's title (start, title) as a child of the article's section that holds it, running to the next
    one in that section or to the section's end ("Giải thích từ ngữ" of a decree the article quotes: what its rules
    define is read as such)."""
    for start, title in titles:
        parent = next((s for s in sections if s.start <= start < s.end), None)
        if parent is None:
            continue
        if parent.children:
            parent.children[-1].end = start
        parent.children.append(Section(kind=kind_of_heading(title.rstrip("?").strip()), heading=title, level=2,
                                       start=start, end=parent.end))


_FIRST_LIST_ITEM = heading_marker("first_list_item")


def _opens_numbered_items(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the paragraph at ``start`` is the first item of a numbered list its preamble paragraph introduces
    with a colon after words that ask for work (``… Thủ tướng Chính phủ yêu cầu:`` ⏎ ``1. Bộ trưởng các Bộ: …``): a
    dispatch's or a notice's body."""
    paragraph = text[previous[0]:previous[1]].rstrip(" \t*_")
    if not paragraph.endswith(":") or not _FIRST_LIST_ITEM.match(text, start):
        return False
    window = int(_config()["paragraphs"]["request_window"])
    return _request_intro().search(paragraph, max(0, len(paragraph) - window)) is not None


@cache
def _request_intro() -> regex.Pattern:
    """The words of a paragraph that asks for the work listed under it ([paragraphs] request_intros)."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + alternation(_config()["paragraphs"]["request_intros"])
                         + r")(?![\p{L}\p{M}])")


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
        if kind is None and current == "preamble" and _opens_numbered_items(text, paragraphs[index - 1], start):
            kind = "tasks"
        if kind and kind != current:
            sections[-1].end = start
            sections.append(Section(kind=kind, start=start, end=len(text)))
            current = kind
    sections[0].start = min(content_start(text, _lines(text)), sections[0].start)
    return sections


# --- where the document ends --------------------------------------------------------

#: A line of table bars and rules only (``|``, ``-------``): layout, no text.
_FURNITURE_LINE = regex.compile(r"[\s|\-_=.*]*")


@cache
def _footer_pattern() -> regex.Pattern:
    return regex.compile(r"(?:" + "|".join(regex.escape(c) for c in _config()["site"]["footer_starts"]) + r")")


def site_footer_start(text: str) -> int:
    """Where a website's footer begins after the document (``data/sections.toml`` [site];
    its phrases are looked for anywhere, since a converted page may have joined the footer's
    first line to the document's last), else past the end of the text."""
    match = _footer_pattern().search(text)
    return match.start() if match else 10**12


_ZERO_WIDTH = "\u200b"
#: A Markdown title line of the source (its edit links made zero-width): its marks and its title ("## Tham khảo";
#: "[sửa | sửa mã nguồn]## Tham khảo", a title saved after the empty section's edit link).
_MARKDOWN_TITLE = regex.compile(r"(?m)^[ \t\u200b]*+(?P<marks>#{1,6})[ \t]+(?P<title>[^\n]*?)[ \t\r]*$")


@cache
def _back_matter_titles() -> frozenset[str]:
    return frozenset(_config()["back_matter"]["headings"])


def _title_words(title: str) -> str:
    """A Markdown title (of the text whose edit links are zero-width) as plain lower-case words: its emphasis,
    edit link and final colon gone."""
    plain = title.replace(_ZERO_WIDTH, "")
    plain = regex.sub(r"[*_]+", " ", unicodedata.normalize("NFC", plain))
    return " ".join(plain.split()).rstrip(":").strip().lower()


def back_matter_start(source: str) -> int | None:
    """Where an encyclopedia page's back matter begins in ``source`` (data/sections.toml [back_matter]): the first
    Markdown title that names references, notes or links and that only such titles follow at its level or above; None
    when the page has none. No target or assignment is taken from there on (round 55).

    >>> page = "# Ủy ban X\\n\\n## Lịch sử\\n\\nThành lập năm 2018.\\n\\n## Chú thích\\n\\n1. Báo Nhân Dân\\n\\n## Liên kết ngoài\\n"
    >>> page[back_matter_start(page):].split("\\n")[0]
    '## Chú thích'
    >>> back_matter_start("## Ghi chú\\n\\nMở đầu.\\n\\n## Lịch sử\\n\\nThành lập.") is None
    True
    """
    if "#" not in source:
        return None
    titles = [(m.start("marks"), len(m["marks"]), _title_words(m["title"]) in _back_matter_titles())
              for m in _MARKDOWN_TITLE.finditer(drop_edit_links(source))]
    start = None
    for index, (offset, level, back) in enumerate(titles):
        if back and all(later_back or later_level > level for _, later_level, later_back in titles[index + 1:]):
            start = offset
            break
    return start
