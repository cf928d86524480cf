"""Header info and the section tree of a document (SPEC.md §2–3): the assembly.

Takes: the clean text from :mod:`kehoach_nlp.text`. Gives:
:class:`DocumentStructure` — the clean text, :class:`~kehoach_nlp.records.DocumentInfo`
and the section tree, all in clean-text offsets. Extractors read this object.

The work is done by two modules: :mod:`kehoach_nlp.header` reads the header block
(number, issuer, date, type, title, period; ``data/header.toml``) and
:mod:`kehoach_nlp.sections` finds headings and builds the section tree
(``data/sections.toml``). This module decides whether a document is a *formal plan*
(numbered headings that name section kinds: ``I. MỤC TIÊU``, ``II. TỔ CHỨC THỰC HIỆN``)
or *headingless* (a news report or web article, sectioned by paragraph cues and layout),
and puts the parts together. The names the rest of the package and its users import
from here (``parse_info``, ``kind_of_heading``, ``is_web_article``, …) stay importable
from here.

Example::

    >>> s = parse_structure("KẾ HOẠCH\\nI. MỤC TIÊU\\n1. Mục tiêu chung:\\nII. TỔ CHỨC THỰC HIỆN")
    >>> [(x.kind, x.number) for x in s.sections]
    [('preamble', None), ('objectives', 'I'), ('implementation', 'II')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .header import attached_document_start, document_province, enacting_issuer, parse_info
from .records import DocumentInfo, Section
from .sections import (_Heading, _Line, _annex_starts, _closing_start, _formal_sections, _heading_of, _headingless_sections, _lines, _plausible,
                       _rank_schemes, annex_line, content_start, opens_annex, heading_title, is_boilerplate, is_subhead, is_web_article,
                       kind_of_heading, paragraph_kind, site_footer_start)

__all__ = [
    "DocumentStructure", "Section", "parse_structure", "parse_info", "document_province", "enacting_issuer",
    "attached_document_start", "heading_title", "kind_of_heading", "paragraph_kind", "is_boilerplate",
    "is_subhead", "is_web_article", "content_start", "site_footer_start",
]


@dataclass(frozen=True)
class DocumentStructure:
    """What every extractor sees: clean text, header info, section tree."""

    text: str
    info: DocumentInfo = field(default_factory=DocumentInfo)
    sections: list[Section] = field(default_factory=list)
    headingless: bool = False
    #: The document's own province or city ("Ninh Thuận"), from its issuer or its text.
    province: Optional[str] = None
    #: The type line of a document a decision issues ("QUY CHẾ", "KẾ HOẠCH"), and where it begins; None / 0 when
    #: nothing is attached.
    attached_type: Optional[str] = None
    attached_start: int = 0
    #: Where the document ends: a website's footer after it ("Văn bản này chưa cập nhật nội dung
    #: Tiếng Anh", "Thưa Quý khách, …") is no part of it and yields no records.
    body_end: int = 10**12
    #: Spans of the clean text that the source set in bold on one line ("**B. 0,50%**": a quiz's right answer; round
    #: 54), empty for a text without markup.
    strong: tuple[tuple[int, int], ...] = ()
    #: Where an encyclopedia page's back matter begins ("## Tham khảo", "## Chú thích", "## Liên kết ngoài"; round
    #: 55): references and links, which state no target or assignment (their citations stay).
    back_matter_start: int = 10**12

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



def _closes_parenthesis(text: str, heading: _Heading) -> bool:
    """Whether a heading's ``)`` closes a parenthesis the line above left open: "… nghiên cứu viên chính (hạng" ⏎
    "II) lên nghiên cứu viên cao cấp …" is a wrapped rank, not the heading "II)"."""
    marker = heading.line.text.lstrip()[len(heading.number):len(heading.number) + 1]
    if marker != ")" or heading.line.start == 0:
        return False
    above = text[text.rfind("\n", 0, heading.line.start - 1) + 1:heading.line.start]
    return above.rfind("(") > above.rfind(")")  # (the line's own "e)" marker closes nothing)


def _numbered_in_order(headings: list) -> bool:
    """Whether top-level headings count 1, 2, 3 … (at least two): the numbered items of a directive
    or dispatch under its own header, each a top-level section even when none names a kind
    (``1. Thủ trưởng các sở, ban, ngành …`` / ``2. Sở Khoa học và Công nghệ`` of a ``CHỈ THỊ``)."""
    numbers = [h.number.rstrip(".") for h in headings]
    return len(numbers) >= 2 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _before_annex(headings: list[_Heading], lines: list[_Line]) -> list[_Heading]:
    """Headings before the first annex line (``PHỤ LỤC``) after a decision's closing: the Roman parts of a
    scheme printed in its annex ("PHỤ LỤC" ⏎ "II. NỘI DUNG PHƯƠNG ÁN …") are the annex's, not parts of a plan
    that would stand in for the decision's articles."""
    articles = [h.line.start for h in headings if h.scheme == "article"]
    if not articles:
        # a plan's or a letter's annex after its "Nơi nhận" ("PHỤ LỤC" ⏎ "A. ĐÀO TẠO ĐẠI HỌC …", "B. …"; round 57):
        # its part letters would outrank the letter's own "I. NHIỆM VỤ CHUNG" … "III. TỔ CHỨC THỰC HIỆN"
        return _before_plain_annex(headings, lines)
    closing = _closing_start(lines, max(articles))
    if closing is None:
        return headings
    annex = next((line.start for line in lines if line.start > closing and annex_line(line.text)), None)
    # … or the capitalised title of the list it publishes ("DANH MỤC" ⏎ "THỦ TỤC HÀNH CHÍNH …" ⏎ "A. DANH MỤC THỦ TỤC
    # HÀNH CHÍNH CẤP TỈNH"): the list's parts are no parts of the decision either
    titled = next((line.start for line in _annex_starts(lines, closing + 1, titled=True)), None)
    if titled is not None and (annex is None or titled < annex):
        annex = titled
    return headings if annex is None else [h for h in headings if h.line.start < annex]


def _before_plain_annex(headings: list[_Heading], lines: list[_Line]) -> list[_Heading]:
    """Headings before the first annex line (``PHỤ LỤC``, ``Phụ lục 02``) after the closing of a document without
    articles, when some heading stands before that closing: an annex's own parts and numbered rows are no parts of the
    document (they never become its sections; here they would also set the levels of its headings)."""
    if not headings:
        return headings
    closing = _closing_start(lines, headings[0].line.start + 1)
    if closing is None or not any(h.line.start < closing for h in headings):
        return headings
    annex = next((line.start for line in lines if line.start > closing and opens_annex(line.text)), None)
    return headings if annex is None else [h for h in headings if h.line.start < annex]


def parse_structure(text: str) -> DocumentStructure:
    """Segment ``text`` (clean) into info and sections."""
    if not text:
        return DocumentStructure(text=text)
    lines = _lines(text)
    info = parse_info(text, lines)
    body_start = attached_document_start(lines)
    headings = _plausible([h for h in (_heading_of(line) for line in lines if line.start >= body_start)
                           if h and not _closes_parenthesis(text, h)])
    headings = _rank_schemes(_before_annex(headings, lines))
    top_candidates = [h for h in headings if h.level == 1]
    # two top-level headings, one of them naming a section kind (or chapters / articles of a
    # decision); or one such heading under a "KẾ HOẠCH" header (a short plan, or the first part of one)
    needed = 1 if info.doc_type else 2
    structured = bool(top_candidates) and top_candidates[0].scheme in ("chapter", "article") or (
        info.doc_type is not None and _numbered_in_order(top_candidates))
    formal = len(top_candidates) >= needed and (structured or any(
        kind_of_heading(heading_title(h.rest)) != "other" for h in top_candidates)) and not is_web_article(text)
    province = document_province(text, info.issuer)
    body_end = site_footer_start(text)
    type_line_end = text.find("\n", body_start)
    type_line = text[body_start:type_line_end if type_line_end >= 0 else len(text)]
    attached = {"attached_type": " ".join(type_line.split()).upper() or None,
                "attached_start": body_start} if body_start else {}
    if formal:
        sections = _formal_sections(text, lines, headings)
        if info.issuer is None and sections and sections[0].kind == "preamble":
            info.issuer = enacting_issuer(text[sections[0].start:sections[0].end], province)
        return DocumentStructure(text=text, info=info, sections=sections, province=province, body_end=body_end,
                                 **attached)
    return DocumentStructure(text=text, info=info, sections=_headingless_sections(text), headingless=True,
                             province=province, body_end=body_end, **attached)
