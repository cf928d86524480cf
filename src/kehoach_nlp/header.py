"""The header block of a Vietnamese administrative document (SPEC.md §2).

Takes: the clean text from :mod:`kehoach_nlp.text` (and its lines). Gives:
:class:`~kehoach_nlp.records.DocumentInfo` — number, issuer, place and date, type, title,
plan period, draft flag — from the first lines (:func:`parse_info`); the document's own
province (:func:`document_province`); the issuer of a plan without a header, from its
enacting sentence (:func:`enacting_issuer`); where a document attached to a decision begins
(:func:`attached_document_start`). What it looks for is ``data/header.toml``.

The header is read from the national motto (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``) on,
past a website's own block before it; the issuer block is the upper-case lines before the
motto (``ỦY BAN NHÂN DÂN`` / ``TỈNH NGHỆ AN`` → ``Ủy ban nhân dân tỉnh Nghệ An``); the type
line (``KẾ HOẠCH``) is followed by the title, which ends at a blank line, a heading or
``Căn cứ``.

Example::

    >>> info = parse_info("ỦY BAN NHÂN DÂN\\nTỈNH NGHỆ AN\\nSố: 170/KH-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n"
    ...                   "Nghệ An, ngày 12 tháng 3 năm 2024\\nKẾ HOẠCH\\nPhát triển du lịch giai đoạn 2024-2025")
    >>> info.number, info.issuer, info.doc_type, info.period.from_, info.period.to
    ('170/KH-UBND', 'Ủy ban nhân dân tỉnh Nghệ An', 'ke_hoach', 2024, 2025)
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Optional

import unicodedata

import regex

from .data import load_toml, load_tsv
from .rules import alternation, words_pattern
from .records import DocumentInfo, Period
from .agencies import CONNECTOR, canonical_agency, name_key
from .text import fix_tone_placement
from .sections import _FURNITURE_LINE, _heading_of, _Line, _lines, annex_line as _annex_line
from .vietnamese import expand_abbreviations, find_dates


@cache
def _header_config() -> dict:
    return load_toml("header.toml")



def attached_document_start(lines: list[_Line]) -> int:
    """Where a document attached to a decision begins (its type line: ``KẾ HOẠCH`` followed
    by ``(Kèm theo Quyết định số …)``), or 0 when nothing is attached."""
    cfg = _header_config()["attached"]
    marker = _header_patterns()["attached"]
    for index, line in enumerate(lines):
        if index == 0 or line.text.upper() != line.text:
            continue
        kind = _attached_type(line.text)
        if kind is None:
            continue
        if " ".join(line.text.split()).upper() != kind and _annex_line(lines[index - 1].text):
            continue  # "PHỤ LỤC I" ⏎ "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ" ⏎ "(Kèm theo …)": an annex's title, not a document
        found = next((m for follow in lines[index + 1:index + 1 + cfg["within_lines"]]
                      if (m := marker.search(follow.text)) is not None), None)
        if found is not None:
            if _publishes_procedures(line, lines[index:index + 1 + cfg["title_lines"]]):
                continue  # "DANH MỤC ⏎ THỦ TỤC HÀNH CHÍNH …": a published list, not a document of its own
            if _names_own_kind(found, kind):
                continue  # "KẾ HOẠCH VAY VÀ TRẢ NỢ …" ⏎ "(Kèm theo Kế hoạch số …)": a form annexed to the plan itself
            return line.start
    return 0


def _names_own_kind(marker: regex.Match, kind: str) -> bool:
    """Whether the "(Kèm theo …)" marker names a document of the attached line's own type ("KẾ HOẠCH …" ⏎ "(Kèm theo
    Kế hoạch số 0204/KH-UBND …)"): then the titled table is an annex of that document, not a document it issues."""
    after = marker.string[marker.end():marker.end() + len(kind) + 2]
    return " ".join(after.split()).upper().startswith(kind)


def _attached_type(text: str) -> Optional[str]:
    """The type word of an attached document's type line: the line itself ("QUY CHẾ"), or its first words when the
    title goes on in the same line ("QUY TRÌNH RÀ SOÁT ĐỐI TƯỢNG, …" over "(Ban hành kèm theo Quyết định số …)")."""
    found = _attached_type_pattern().match(" ".join(text.split()).upper())
    return found.group(1) if found else None


@cache
def _attached_type_pattern() -> regex.Pattern:
    return regex.compile(r"(" + alternation(t.upper() for t in _header_config()["attached"]["types"]) + r")(?:$| (?=\p{Lu}))")


@cache
def _procedure_list_title() -> regex.Pattern:
    return words_pattern(_header_config()["attached"]["procedure_lists"], flags=regex.IGNORECASE)


def _publishes_procedures(type_line: _Line, title: list[_Line]) -> bool:
    """Whether an attached list ("DANH MỤC", "QUY TRÌNH") lists administrative procedures (its title's words)."""
    cfg = _header_config()["attached"]
    if _attached_type(type_line.text) not in {t.upper() for t in cfg["procedure_list_types"]}:
        return False
    # the title read as one run: a wrap may cut the words ("THỦ TỤC HÀNH" ⏎ "CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC …")
    return _procedure_list_title().search(" ".join(" ".join(line.text.split()) for line in title)) is not None



# --- header info ------------------------------------------------------------------

#: D with stroke has no decomposition: folded by hand (U+0110, U+0111).
_D_WITH_STROKE = str.maketrans({0x0110: "D", 0x0111: "d"})


def doc_type_code(word: str) -> str:
    """The ``doc_type`` code of a type word (SPEC §2): folded to ASCII, lower case, ``_`` between words.

    >>> doc_type_code("KẾ HOẠCH"), doc_type_code("ĐỀ ÁN")
    ('ke_hoach', 'de_an')
    """
    folded = unicodedata.normalize("NFD", word.translate(_D_WITH_STROKE))
    return "_".join("".join(c for c in folded if not unicodedata.combining(c)).lower().split())

@cache
def _header_patterns() -> dict[str, regex.Pattern]:
    cfg = _header_config()
    types = sorted(cfg["doc_types"]["words"], key=len, reverse=True)
    return {
        "type": regex.compile(r"\s*(?:" + "|".join(regex.escape(t) for t in types) + r")\s*:?\s*$"),
        # "Số: 170/KH-UBND", "Số: 12 /KH- UBND": number tokens until a word in sentence case ("Nghệ An, …")
        "attached": regex.compile(cfg["attached"]["marker"], regex.IGNORECASE),  # "(Kèm theo Quyết định số …)"
        "number": regex.compile(cfg["number"]["pattern"]),
        "place_date": regex.compile(cfg["place_date"]["pattern"]),
        "draft": regex.compile(r"(?:" + "|".join(regex.escape(d) for d in cfg["lines"]["draft"]) + r")"),
        "span": regex.compile(cfg["period"]["span"]),
        "bare_span": regex.compile(cfg["period"]["bare_span"]),
        "year": regex.compile(cfg["period"]["year"]),
        "plan_mention": regex.compile(cfg["period"]["plan_mention"] + r"(?:" + cfg["period"]["span"] + r"|"
                                      + cfg["period"]["year"] + r")"),
        "enacting": regex.compile(cfg["enacting"]["pattern"]),
        "province": regex.compile(cfg["province"]["pattern"]),
        "province_after": regex.compile(r"(?:" + "|".join(regex.escape(w) for w in cfg["enacting"]["province_after"])
                                        + r")$"),
    }


@cache
def _issuer_line_head() -> regex.Pattern:
    """The head word a line of the issuer block opens with when it names a body of its own ([issuer] line_heads and
    the agencies' named heads), in any case: "SỞ Y TẾ", "CÔNG AN TỈNH …"."""
    heads = _header_config()["issuer"]["line_heads"] + load_toml("agency_heads.toml")["named_heads"]
    return words_pattern(heads, flags=regex.IGNORECASE)


@cache
def _issuer_rules() -> tuple[str, tuple[tuple[str, regex.Pattern], ...]]:
    """Header.toml [issuer]: the alternation of issuing bodies a place follows, and the
    spelling fixes of a name's start (standard spelling, pattern of its variants)."""
    cfg = _header_config()["issuer"]
    bodies = "|".join(regex.escape(b) for b in cfg["bodies"])
    spellings = tuple((standard, regex.compile(r"^(?:" + "|".join(regex.escape(v) for v in variants) + r")"))
                      for standard, variants in cfg["spellings"].items())
    return bodies, spellings


def document_province(text: str, issuer: Optional[str]) -> Optional[str]:
    """The document's own province: from its issuer ("… tỉnh Nghệ An"), else the one its text names most.

    >>> document_province("trên địa bàn tỉnh Ninh Thuận; tỉnh Ninh Thuận", None)
    'Ninh Thuận'
    >>> document_province("kế hoạch của 28 tỉnh Dưới đây là danh sách; tỉnh Dưới", None) is None
    True
    """
    pattern = _header_patterns()["province"]
    if issuer:
        match = pattern.search(issuer)
        if match:
            return match.group(1)
    counts: dict[str, int] = {}
    known = _province_names()
    for match in pattern.finditer(text):
        # only a province or city of data/provinces.tsv counts from running text ("các tỉnh Dưới đây" names none)
        if fix_tone_placement(match.group(1)).casefold() in known:
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return max(counts, key=lambda k: (counts[k], -text.find(k))) if counts else None


@cache
def _province_names() -> frozenset[str]:
    """Every spelling of data/provinces.tsv (today's 34 and the earlier 63), case-folded."""
    return frozenset(fix_tone_placement(name).casefold() for row in load_tsv("provinces.tsv")
                     for name in (row[0], *row[2:]))


def enacting_issuer(preamble: str, province: Optional[str]) -> Optional[str]:
    """Issuer of a plan without a header, from its enacting sentence, with the province when it says 'tỉnh'."""
    match = _header_patterns()["enacting"].search(preamble)
    if not match:
        return None
    body = _canonical_issuer([match["body"].strip()])
    if body and province and _header_patterns()["province_after"].search(body):
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
    bodies, spellings = _issuer_rules()
    head = regex.match(r"((?:" + bodies + r"))\s+(" + scope_re.upper() + r"\s+.+)$", first)
    if head:
        name = lower_case(head.group(1)) + " " + place_case(head.group(2))
    else:
        name = lower_case(first)
    for part in parts[1:]:
        part = expand_abbreviations(part)
        wrapped = part.upper() == part and not regex.match(scope_re, part.lower())
        name += " " + (part.lower() if wrapped else place_case(part))  # "NHÀ / NƯỚC / VỀ DU LỊCH": one name
    for standard, variants in spellings:
        name = variants.sub(standard, name)
    name = " ".join(name.split())
    known = canonical_agency(name)  # the gazetteer's spelling and case: "Bộ Văn hóa, Thể thao và Du lịch"
    return known if name_key(known) == name_key(name) else name


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


def _title_and_type(lines: list[_Line], header_end: int) -> tuple[Optional[str], Optional[str], Optional[int], int]:
    """The document's type code, its title, where its type line starts, and the index of the first line after the
    title (len(lines) when no type line is found)."""
    cfg = _header_config()
    patterns = _header_patterns()
    for index, line in enumerate(lines[: cfg["lines"]["header_lines"]]):
        if patterns["type"].match(line.text):
            word = regex.sub(r"[\s:]+$", "", line.text.strip())
            doc_type = doc_type_code(word) if word in cfg["doc_types"]["words"] else None
            parts: list[str] = []
            after = index + 1
            for at in range(index + 1, min(len(lines), index + 6)):
                follow = lines[at]
                text = follow.text.strip()
                if parts and parts[0].upper() == parts[0] and text.upper() != text:
                    break  # an upper-case title ends where sentence case begins: the body
                if parts and text.upper() == text and _enacting_title().match(text) and _issuer_line_head().search(text):
                    break  # "… TỈNH LẠNG SƠN" ⏎ "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the enacting authority, no title
                if (not text or _heading_of(follow) or any(text.startswith(s) for s in cfg["lines"]["title_stops"])
                        or len(text) > cfg["lines"]["max_title_line"]
                        or len(" ".join(parts + [text])) > cfg["lines"]["max_title_chars"]):
                    break
                parts.append(text)
                after = at + 1
                if at + 1 < len(lines) and lines[at + 1].start > follow.end + 1:
                    break  # a blank line ends the title ("… BÁN DẪN" ⏎⏎ "TRƯỞNG BAN CHỈ ĐẠO …", the enacting authority)
            return doc_type, (" ".join(parts) or None), line.start, after
    return None, None, None, len(lines)


@cache
def _enacting_title() -> regex.Pattern:
    """An official's title opening the enacting authority line of a decision, before the body it heads."""
    titles = sorted(load_toml("agency_heads.toml")["officials"]["titles"], key=len)
    return regex.compile(r"(?i:" + "|".join(regex.escape(t) for t in titles) + r")[ \t]+")


def _enacting_authority(lines: list[_Line], after_title: int) -> Optional[str]:
    """The issuer from a decision's enacting authority: the upper-case line(s) between its title and its first legal
    basis ("TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG NGHIỆP BÁN DẪN" ⏎ "Căn cứ …" → "Ban Chỉ đạo quốc
    gia về phát triển ngành công nghiệp bán dẫn"; "CỤC TRƯỞNG CỤC THUẾ" → "Cục Thuế"): an official stands for the
    body he heads. Used when the header names no issuer."""
    cfg = _header_config()["lines"]
    parts: list[str] = []
    for line in lines[after_title:after_title + 3]:
        text = line.text.strip(" \t*_")
        if any(text.startswith(s) for s in cfg["title_stops"]):
            break
        if not text or text.upper() != text or len(text) > cfg["max_title_line"]:
            return None
        parts.append(text)
    else:
        return None  # no legal basis follows: not the enacting authority
    if not parts:
        return None
    authority = " ".join(" ".join(parts).split())
    head = _issuer_line_head()
    title = _enacting_title().match(authority)  # the shortest title first: "TRƯỞNG | BAN CHỈ ĐẠO …"
    if title and head.match(authority, title.end()):
        body: Optional[str] = authority[title.end():]
    else:
        body = authority if head.match(authority) else None
    return _canonical_issuer([body]) if body else None


def _motto_lines(header: list[_Line], motto: set[str]) -> set[int]:
    """Indexes of the header lines that make up the national motto, also when a converted
    page splits it over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM")."""
    found: set[int] = set()
    texts = [" ".join(line.text.strip(" \t*_|").split()).upper() for line in header]  # "| ĐẢNG CỘNG SẢN" / "VIỆT NAM"
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
    doc_type, title, type_at, after_title = _title_and_type(content_lines, 0)
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
        for content in _header_cells(line.text):
            if any(content.upper().startswith(m) for m in motto):
                # "| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA … Hạnh phúc ----- |": the motto's own cell
                bodies_before_motto = bodies_before_motto or len(bodies)
                continue
            _read_header_content(content, info, bodies, patterns, motto, scope, cell="|" in line.text)
    if info.issued_on is None:
        # a header flattened into table rows: "Số: 5971/KH-UBND | Ninh Thuận, ngày 01 tháng 11 năm 2021 |"
        for line in header:
            if type_at is not None and line.start >= type_at:
                break
            for cell in line.text.split("|")[1:]:
                place = patterns["place_date"].match(cell.strip())
                dates = list(find_dates(cell)) if place else []
                if dates and info.issued_on is None:
                    info.place, info.issued_on = place["place"].strip(), date.fromisoformat(dates[0][2])
    if bodies and type_at is not None:
        # the issuer block stands before the motto ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN | CỘNG HÒA …");
        # its last line is the issuing body ("UBND TỈNH BẮC KẠN / BAN CHỈ ĐẠO …")
        info.issuer = _canonical_issuer(bodies[bodies_before_motto - 1] if bodies_before_motto else bodies[-1])
    if info.issuer is None and type_at is not None:
        info.issuer = _enacting_authority(content_lines, after_title)
    info.period = _period(title, text)
    return info


@cache
def _column_gap() -> regex.Pattern:
    """The run of blanks between the two columns of a header line (header.toml [lines] column_gap)."""
    return regex.compile(r"[ \t]{%d,}|\t" % _header_config()["lines"]["column_gap"])


#: A rule drawn under a header cell ("ỦY BAN NHÂN DÂN TỈNH SƠN LA -------").
_CELL_RULE = regex.compile(r"[ \t]*+[-_=–]{3,}+[ \t]*+$")


def _header_cells(line: str) -> list[str]:
    """The pieces of text of one header line: the line itself; for a header laid out as a table row
    ("| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA … |"), each cell without its bars and the rule under it; for a
    header laid out in two columns by a PDF converter ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    each column's piece.

    >>> _header_cells("   Số: 134 /KH-UBND                   Lào Cai, ngày 26 tháng 3 năm 2026")
    ['Số: 134 /KH-UBND', 'Lào Cai, ngày 26 tháng 3 năm 2026']
    """
    if "|" not in line:
        pieces: list[str] = []
        for piece in _column_gap().split(line.strip()):
            if pieces and pieces[-1].endswith(":"):  # "Số:        /KH-MTTQ-BTT": a label and its value, left blank
                pieces[-1] += " " + piece
            elif piece:
                pieces.append(piece)
        return pieces
    cells = [_CELL_RULE.sub("", cell).strip(" \t*_") for cell in line.split("|")]
    return [cell for cell in cells if cell]


def _read_header_content(content: str, info: DocumentInfo, bodies: list[list[str]], patterns: dict[str, regex.Pattern],
                         motto: set[str], scope: tuple[str, ...], cell: bool = False) -> None:
    """Read one piece of a header line: the document's number, its place and date, or a line of the issuer block.
    In a table's cell the number needs its colon ("| Số: 254/QĐ-UBND |"; "| Trụ sở | Số 05, Nguyễn Tất Thành |" is an
    address)."""
    number = patterns["number"].search(content)
    if number is not None and cell and ":" not in content[number.start():number.start("number")]:
        number = None
    if number and info.number is None:
        info.number = regex.sub(r"\s+", "", number["number"]).replace("–", "-").rstrip(".")
        before = content[: number.start()].strip()
        if before and before.upper() == before:
            bodies.append([before])
        return
    place = patterns["place_date"].match(content)
    if place and info.issued_on is None:
        dates = list(find_dates(content))
        if dates:
            info.place = place["place"].strip()
            info.issued_on = date.fromisoformat(dates[0][2])
        return
    if content.upper() in motto or patterns["draft"].search(content) or not regex.search(r"\p{L}", content):
        return
    if content.upper() == content and len(content) < 120 and "|" not in content:
        continues = content.lower().startswith(CONNECTOR + " ") or (bool(bodies) and bodies[-1][-1].endswith(",")) \
            or (bool(bodies) and not _issuer_line_head().match(content))  # "BAN CHỈ ĐẠO NHÀ / NƯỚC / VỀ DU LỊCH": wrapped
        if bodies and (content.startswith(scope) or continues):
            # "TỈNH NGHỆ AN" under "ỦY BAN NHÂN DÂN"; "VÀ DU LỊCH" under "BỘ VĂN HÓA, THỂ THAO": one body
            bodies[-1].append(content)
        else:
            bodies.append([content])


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
