"""Task assignments (SPEC.md §6): which agency must do what, with role, partners, mode, due.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives: a list of
:class:`~kehoach_nlp.records.Assignment` in clean-text offsets, ``text`` = the task clause.

Two finders, tokenise → find → resolve:

* **blocks** in ``Tổ chức thực hiện``: a numbered agency heading (``5. Công an
  tỉnh:``) opens a block; each bullet (``-``, ``+``, ``a)``) is one task, a body
  written as a paragraph gives one task per sentence. A heading naming several
  agencies (``11. Báo Ninh Thuận; Đài Phát thanh - Truyền hình tỉnh:``) gives each
  of them every task; ``Đề nghị …`` headings make the tasks ``requested``. Blocks
  come from the section tree; when the tree has none, numbered agency lines are
  found in the implementation part of the text.
* **inline** anywhere else: ``giao X và Y <task>`` (one record per agency) and a
  clause whose subject is an agency (``UBND các huyện, thị xã, thành phố xây dựng
  kế hoạch …``, ``X chủ trì, phối hợp với Z …``, ``X có trách nhiệm …``).

Each task is then resolved: ``role`` (``lead`` for chủ trì / cơ quan thường trực /
đầu mối, ``support`` when it opens with ``Phối hợp với``), ``partners`` (agencies
right after ``phối hợp với``), ``due`` (``Định kỳ 6 tháng, cuối năm``, ``trước ngày
15/12``). Cue words live in ``data/assignments.toml``.

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("V. TỔ CHỨC THỰC HIỆN\\n1. Sở Tư pháp:\\n- Phối hợp với Sở Y tế tuyên truyền pháp luật.")
    >>> [(a.agency, a.role, a.partners) for a in find_assignments(doc)]
    [('Sở Tư pháp', 'support', ['Sở Y tế'])]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable, Iterator, Optional, get_args

import regex

from ..agencies import (CONNECTOR, AgencyMention, canonical_agency, find_agencies, is_generic, official_pattern,
                        starts_body, _without_official)
from ..data import load_toml
from ..headings import heading_marker
from ..rules import alternation
from ..records import Assignment, Role, Section
from ..structure import DocumentStructure
from ..task_tables import TaskRow, find_task_rows

_SENTENCE_END = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\"“(])")
_LINE = regex.compile(r"[^\n]+")
_TRAIL = " \t;,.:"
_WORDS_ONLY = regex.compile(r"^[\s,;\-–&]*$")
#: Longest run of connectors / generic words between two listed agencies, or before a subject.
_MAX_GAP = 160
_COLON = regex.compile(r"[ \t]{0,3}:[ \t]{0,3}(?=\S)")
_PLAIN_LINE = regex.compile(r"[^;]+")
#: Rule words of this stage (data/assignments.toml [words]; the list connector "và" from agency_heads.toml).
_WORDS = load_toml("assignments.toml")["words"]
_AND = regex.escape(CONNECTOR)
_PLURAL = regex.escape(_WORDS["plural"])
#: "Các" in the three ways it is written, and in the two a sentence opens with.
_PLURAL_ANY = f"(?:{regex.escape(_WORDS['plural'].capitalize())}|{regex.escape(_WORDS['plural'].upper())}|{_PLURAL})"
_PLURAL_OPENING = f"(?:{regex.escape(_WORDS['plural'].capitalize())}|{_PLURAL})"
_GENERIC_TAIL = regex.compile(r"\s+" + _AND + r"\s+(?P<rest>" + _PLURAL + r"\s[^;]{1,200})$")
_IS_PREFIX = regex.compile(r"^(?i:" + regex.escape(_WORDS["copula"]) + r")\s+")
#: A sentence longer than this is cut into clauses at each subject, and no task runs longer (the
#: longest task in the 61 real plans that may be read is 737 characters).
_LONG_SENTENCE = 2_000


@dataclass(frozen=True)
class _Block:
    """One agency block: its agencies (from the heading), its body span, its mode."""

    agencies: tuple[AgencyMention, ...]
    body_start: int
    body_end: int
    requested: bool
    #: A role the heading gives every task ("Điều 5. Nội dung Sở Nội vụ có trách nhiệm chủ trì").
    role: Optional[str] = None


class _Covered:
    """Whether a position lies in any of some (possibly overlapping) ``[start, end)`` spans:
    the spans are merged once and each position is looked up with bisect, not tested against all."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, position: int) -> bool:
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]


@lru_cache(maxsize=8)
def _positions(text: str, needle: str) -> list[int]:
    """Every offset of ``needle`` in ``text`` (overlapping ones too), found once per document."""
    return [m.start() for m in regex.finditer("(?=" + regex.escape(needle) + ")", text)]


def _rfind(text: str, needle: str, start: int, end: int) -> int:
    """``text.rfind(needle, start, end)`` by bisect over :func:`_positions`, not a scan back."""
    found = _positions(text, needle)
    index = bisect_right(found, end - len(needle)) - 1
    return found[index] if index >= 0 and found[index] >= start else -1


def _find(text: str, needle: str, start: int) -> int:
    """``text.find(needle, start)`` by bisect over :func:`_positions`, not a scan forward."""
    found = _positions(text, needle)
    index = bisect_left(found, start)
    return found[index] if index < len(found) else -1


#: A bullet or item number opening a new sentence inside a line: ". - Sở Tài chính", "; 2. Công an tỉnh".
_INLINE_BULLET = heading_marker("inline_bullet")


@lru_cache(maxsize=4)
def _inline_bullets(text: str) -> list[int]:
    """Where a bullet opens inside a line (:data:`_INLINE_BULLET`), found once per document."""
    return [m.start("at") for m in _INLINE_BULLET.finditer(text)]


# --- configuration -----------------------------------------------------------------

@cache
@cache
def _cfg() -> dict[str, Any]:
    """``data/assignments.toml``, checked against the records: a role the data gives must be one of
    :data:`records.Role` (a clear error naming the file and key, not a validation error per record)."""
    return check_roles(load_toml("assignments.toml"))


def check_roles(cfg: dict[str, Any]) -> dict[str, Any]:
    """``cfg`` when every role it gives is one of :data:`records.Role`; else a ``ValueError`` naming the file and key.

    >>> check_roles({"blocks": {"heading_roles": {"chủ trì": "leader"}}})
    Traceback (most recent call last):
    ValueError: data/assignments.toml [blocks.heading_roles] 'chủ trì': unknown role 'leader' (one of lead, responsible, support)
    """
    roles = set(get_args(Role))
    for words, role in cfg["blocks"]["heading_roles"].items():
        if role not in roles:
            raise ValueError(f"data/assignments.toml [blocks.heading_roles] {words!r}: unknown role {role!r} "
                             f"(one of {', '.join(sorted(roles))})")
    return cfg


_alternation = alternation  # one rule engine (rules.py): escaped, deduplicated, longest first


@cache
def _patterns() -> dict[str, regex.Pattern]:
    cfg = _cfg()
    b = r"(?![\p{L}\p{N}])"
    roles = cfg["roles"]
    atom = "|".join(f"(?:{p})" for p in cfg["due"]["patterns"])
    return {
        "bullet": regex.compile(cfg["blocks"]["bullet"]),
        "body_stop": regex.compile("|".join(cfg["blocks"]["body_stops"]), regex.M),
        "numbered": regex.compile(cfg["region"]["numbered"], regex.M),
        "region_start": regex.compile("|".join(cfg["region"]["headings"]), regex.I | regex.M),
        "region_end": regex.compile("|".join(cfg["region"]["ends"]), regex.I | regex.M),
        "prefix": regex.compile(rf"\s*(?:{_alternation(cfg['blocks']['heading_prefixes'])}){b}\s*", regex.I),
        "separator": regex.compile(cfg["blocks"]["agency_separators"]),
        "duty": regex.compile(rf"^(?:{_alternation(roles['duty_prefixes'])}){b}[ \t]{{1,3}}(?=\S)", regex.I),
        "lead_start": regex.compile(rf"(?:{_alternation(roles['lead'])}){b}", regex.I),
        "lead_clause": regex.compile(rf"(?:^|;\s*)(?:{_alternation(roles['lead'])}){b}", regex.I),
        "support_start": regex.compile(rf"(?:{_alternation(roles['support'])}){b}", regex.I),
        "partner_cue": regex.compile(rf"(?<![\p{{L}}])(?<!(?:{_alternation(_WORDS['partner_not_after'])})\s)(?:{_alternation(cfg['partners']['cues'])}){b}",
                                     regex.I),
        "requested": regex.compile(rf"\s*(?:{_alternation(cfg['mode']['requested'])}){b}", regex.I),
        "giving": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['inline']['giving'])}){b}\s+", regex.I),
        # one to three fronted adverbials: "Căn cứ tình hình …, hàng năm Ủy ban nhân dân các xã …"
        "intro": regex.compile(rf"^(?:(?:{_alternation(cfg['inline']['intros'])}){b}\s{{0,3}},?\s{{0,3}}"
                               rf"|(?:{_alternation(cfg['inline']['adverbial_openers'])}){b}[^,;:.\n]{{1,120}},[ \t]{{0,3}})"
                               rf"{{1,3}}", regex.I),
        "not_verb": regex.compile(rf"(?:{_alternation(cfg['inline']['not_verbs'])}){b}"),
        "task_verb": regex.compile(rf"(?:{_alternation(cfg['inline']['task_verbs'])}){b}"),
        "group_verb": regex.compile(rf"(?:{_alternation(cfg['inline']['group_verbs'])}){b}"),
        # a verb that starts a task right after a body's name ("Sở Khoa học và Công nghệ theo dõi, đôn đốc …"):
        # the task-list verbs of this stage (lower case: "Ban Quản lý" is a name, "… cấp xã quản lý …" a task)
        "task_start": regex.compile(rf"(?:{_alternation(cfg['inline']['group_verbs'] + cfg['continuation']['verbs'])}){b}"),
        "due": regex.compile(rf"(?:{atom})(?:[ \t,]{{1,3}}(?:{_AND}[ \t]+)?(?:{atom})){{0,3}}", regex.I),
        "note_lead": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['notes']['lead'])})[ \t]{{0,3}}:[ \t]{{0,3}}",
                                   regex.I),
        "note_partner": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['notes']['partners'])})"
                                      rf"[ \t]{{0,3}}:[ \t]{{0,3}}", regex.I),
        "note_due": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['notes']['due'])})[ \t]{{0,3}}:[ \t]{{0,3}}"
                                  r"(?P<due>[^;)\n]{1,80})", regex.I),
        "continuation": regex.compile(rf"\s*(?:{_alternation(cfg['continuation']['verbs'])}){b}", regex.I),
        "list_marker": heading_marker("list_marker"),
    }


# --- resolving one task --------------------------------------------------------------

def task_role(task: str) -> str:
    """``lead``, ``support`` or ``responsible`` from the words of a task.

    >>> task_role("Chủ trì, phối hợp với Sở Y tế tổ chức tập huấn"), task_role("Phối hợp với Công an tỉnh …")
    ('lead', 'support')
    >>> task_role("có trách nhiệm chủ trì, phối hợp với các đơn vị tổ chức tập huấn")
    'lead'
    """
    p = _patterns()
    task = p["duty"].sub("", task.strip(), count=1)  # "có trách nhiệm chủ trì, …" leads as "chủ trì, …" does
    if p["lead_start"].match(task) or p["lead_start"].match(_IS_PREFIX.sub("", task)):
        return "lead"
    if p["support_start"].match(task):
        return "support"
    if p["lead_clause"].search(task):
        return "lead"
    return "responsible"


def task_due(task: str) -> Optional[str]:
    """The first deadline or frequency in a task, as written (``Định kỳ 6 tháng, cuối năm``)."""
    match = _patterns()["due"].search(task)
    return match.group().strip() if match else None


def _chain(text: str, mentions: list[AgencyMention], position: int, limit: int,
           generic_gap: bool = True, first: int = 0) -> list[AgencyMention]:
    """Mentions listed one after another from ``position``: ``X, Y và các ngành Z``.

    ``mentions[first:]`` are looked at (an index, so that no caller copies the list's tail)."""
    chained: list[AgencyMention] = []
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.start < position:
            continue
        if mention.start >= limit:
            break
        if mention.start - position > _MAX_GAP:
            break
        gap = text[position:mention.start]
        if not (_WORDS_ONLY.match(gap) or (generic_gap and is_generic(gap))):
            break
        chained.append(mention)
        position = mention.end
    return chained


def task_partners(text: str, start: int, end: int, mentions: list[AgencyMention], own: Iterable[str] = (),
                  starts: Optional[list[int]] = None) -> list[str]:
    """Canonical agencies named right after ``phối hợp với`` / ``với`` in ``text[start:end]``.

    ``mentions`` are sorted by start; ``starts`` (their start offsets) may be passed to save work.
    """
    own = set(own)
    partners: list[str] = []
    starts = starts if starts is not None else [m.start for m in mentions]
    first = bisect_left(starts, start)
    inside = [m for m in mentions[first:bisect_left(starts, end, lo=first)] if m.end <= end]
    for cue in _patterns()["partner_cue"].finditer(text, start, end):
        for mention in _chain(text, inside, cue.end(), end):
            if mention.canonical not in own and mention.canonical not in partners and not mention.generic:
                partners.append(mention.canonical)
    return partners


def _record(text: str, start: int, end: int, agency: AgencyMention, mentions: list[AgencyMention],
            requested: bool, starts: Optional[list[int]] = None, rule: str = "assignments.inline"
            ) -> Optional[Assignment]:
    if end - start > _LONG_SENTENCE:
        # an overlong task (a plan flattened onto one line) ends at its last sentence or clause end
        # within the bound: the cost of a record never grows with the length of its line
        bound = start + _LONG_SENTENCE
        stop = max(_rfind(text, ". ", start, bound), _rfind(text, "; ", start, bound))
        end = stop + 1 if stop > start else bound
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    if end - start < 3:
        return None
    task = text[start:end]
    return Assignment(
        text=task, start=start, end=end, task=task, agency=agency.canonical, agency_text=agency.text,
        agency_start=agency.start, agency_end=agency.end, role=task_role(task),
        partners=task_partners(text, start, end, mentions, own=[agency.canonical], starts=starts),
        mode="requested" if requested else "assigned", due=task_due(task), rule=rule)


# --- blocks in "Tổ chức thực hiện" ---------------------------------------------------

def _heading_agencies(text: str, start: int, end: int, groups: bool = False) -> list[AgencyMention]:
    """Agencies a block heading names; several when separators precede a new agency. With
    ``groups`` (a heading under ``Tổ chức thực hiện``), a plural group (``4. Các doanh nghiệp
    viễn thông``) is the block's assignee too."""
    mentions = [m for m in find_agencies(text, start, end) if not m.generic]
    if mentions and mentions[0].start != start and text[mentions[0].start].isupper():
        # "Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và …": a group named before the first body
        lead = _LEADING_GROUP.fullmatch(text, start, mentions[0].start)
        if lead and (is_generic(lead["name"]) or _PLURAL_GROUP.fullmatch(lead["name"])):
            rest = _heading_agencies(text, mentions[0].start, end, groups)
            if rest:
                name = lead["name"]
                return [AgencyMention(start, start + len(name), name, canonical_agency(name), generic=True)] + rest
    if not mentions or mentions[0].start != start:
        name = text[start:end].strip(_TRAIL)
        if name and groups and not is_generic(name) and _PLURAL_GROUP.fullmatch(name):
            # "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan": the group, then a generic tail
            for comma in _LIST_COMMA.finditer(name):
                tail = name[comma.end():]
                if is_generic(tail) and not is_generic(name[:comma.start()]):
                    head_name, tail_at = name[:comma.start()], start + comma.end()
                    return [AgencyMention(start, start + len(head_name), head_name, canonical_agency(head_name),
                                          generic=True),
                            AgencyMention(tail_at, tail_at + len(tail), tail, tail, generic=True)]
        if name and (is_generic(name) or groups and _PLURAL_GROUP.fullmatch(name)):
            return [AgencyMention(start, start + len(name), name, canonical_agency(name), generic=True)]
        return []
    cuts = [start]
    for separator in _patterns()["separator"].finditer(text, start, end):
        if any(m.start == separator.end() for m in mentions) or (
                separator.group().strip() in ",;" and starts_body(text, separator.end())):
            cuts.append(separator.end())
    out: list[AgencyMention] = []
    for index, cut in enumerate(cuts):
        stop = end
        if index + 1 < len(cuts):
            sep = _patterns()["separator"].search(text, cut, cuts[index + 1])
            stop = sep.start() if sep else cuts[index + 1]
            while sep and sep.end() < cuts[index + 1]:
                sep = _patterns()["separator"].search(text, sep.end(), cuts[index + 1])
                stop = sep.start() if sep and sep.end() == cuts[index + 1] else stop
        segment = text[cut:stop]
        first = next((m for m in mentions if m.start == cut), None)
        if first and first.end < stop and _patterns()["task_start"].match(text, first.end + 1, stop) \
                and text[first.end:first.end + 1] in " \t":
            # "Sở Khoa học và Công nghệ có trách nhiệm quản lý về kỹ thuật, bao gồm:": the name ends at the verb
            segment = text[cut:first.end]
        if first and _APPOSITION.match(text, first.end, stop):
            # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the apposition says its role, not its name
            segment = text[cut:first.end]
        if "(" in segment:  # "Ủy ban nhân dân các huyện (Ủy ban nhân dân cấp huyện)": the gloss is not the name
            segment = segment[:segment.index("(")]
        segment = segment.rstrip(_TRAIL)
        tail = _GENERIC_TAIL.search(segment)
        group = None
        if tail and is_generic(tail["rest"]):
            # "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội": the group is
            # an assignee too (gold/README.md: a group named in a block heading)
            rest = tail["rest"].strip()
            group_start = cut + tail.start("rest")
            group = AgencyMention(group_start, group_start + len(rest), rest, canonical_agency(rest), generic=True)
            segment = segment[:tail.start()]
        if segment:
            out.append(AgencyMention(cut, cut + len(segment), segment, canonical_agency(segment)))
        if group:
            out.append(group)
    return out


@cache
def _heading_role_pattern() -> regex.Pattern:
    return regex.compile(r"\s+(?P<words>" + _alternation(_cfg()["blocks"]["heading_roles"]) + r")[\s:.;]*$", regex.I)


def _heading_role_suffix(text: str, start: int, end: int) -> tuple[int, Optional[str]]:
    """Where a block heading's role words begin and the role they give
    (``… Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì`` → lead), else ``(end, None)``."""
    match = _heading_role_pattern().search(text, start, end)
    if not match:
        return end, None
    return match.start(), _cfg()["blocks"]["heading_roles"][" ".join(match["words"].lower().split())]


#: A dash between a body's name and a capitalised apposition: "Sở Tài chính - Cơ quan thường trực …".
_APPOSITION = regex.compile(r"[ \t]{1,3}[-–—][ \t]{1,3}\p{Lu}")

#: A group before the first named body of a heading, with the separator after it.
_LEADING_GROUP = regex.compile(r"(?P<name>[^\n;:()]{2,160}?)[ \t]{0,3}(?:,|;|" + _AND + r")[ \t]{1,3}")

#: A plural group named as a block heading: "Các doanh nghiệp viễn thông", "Các chủ đầu tư xây dựng".
_PLURAL_GROUP = regex.compile(_PLURAL_ANY + r"[ \t]+\p{Ll}[\p{L}\p{M}]*(?:[ \t,]+[\p{L}\p{M}-]+){0,12}")
#: A list comma (or "và") inside a group's name, where a generic tail may begin.
_LIST_COMMA = regex.compile(r",[ \t]{1,3}|[ \t]+" + _AND + r"[ \t]+")


#: A line that cannot end a name: it ends with a comma, a dash or a joining word ("Sở Văn hóa, Thể thao và").
_WRAPPED = regex.compile(r"(?:[,\-–&]|(?<!\p{L})(?:" + _alternation(_WORDS["wrap_words"]) + r"))$")

#: The gap before the next lower-case word (a verb after its subject).
_NEXT_WORD = regex.compile(r"[ \t]{1,3}(?=\p{Ll})")

#: A short line that ends a heading with its colon ("2. Sở Nội vụ thành phố⏎Hà Nội:").
_SHORT_TO_COLON = regex.compile(r"[^\n:.;]{1,40}:[ \t*_]{0,4}$")

#: More words than a body's name has after its head (a clause, not a name's lower-case tail).
_TASK_WORDS = 10

#: A sentence end: a colon after one ends no block heading (a heading's name list may hold ';').
_CLAUSE_END = regex.compile(r"(?<!\p{Lu}|\d)[.!?](?=[ \t\n*_]{1,8}\p{Lu})")


def _heading_end(text: str, head: int, end: int) -> int:
    r"""Where a block heading's line ends, going on over hard wraps: ``**2. Đề nghị các cấp ủy Đảng,⏎Mặt trận
    Tổ quốc Việt Nam tỉnh: **Phối hợp …`` reads to the end of its second line. A line that ends a sentence
    or a colon, a blank line, a bullet or a heading number stops it; it goes on only where the line cannot end
    (a comma, a dash, ``và``), the next line opens in lower case (``địa⏎phương``) or is a short end of the
    heading up to its colon (``Sở Nội vụ thành phố⏎Hà Nội:``).

    >>> text = "2. Đề nghị các cấp ủy Đảng,\nMặt trận Tổ quốc tỉnh: Phối hợp.\n- Tuyên truyền."
    >>> text[:_heading_end(text, 3, len(text))]
    '2. Đề nghị các cấp ủy Đảng,\nMặt trận Tổ quốc tỉnh: Phối hợp.'
    """
    limit = min(end, head + _cfg()["blocks"]["max_heading_chars"])
    line_end = text.find("\n", head, end)
    line_end = end if line_end < 0 else line_end
    while line_end < limit:
        line = text[text.rfind("\n", 0, line_end) + 1:line_end].rstrip(" \t*_")
        following = text.find("\n", line_end + 1, end)
        following = end if following < 0 else following
        next_line = text[line_end + 1:following]
        if not line or line[-1] in ".;:!?" or not next_line.strip() or line.upper() == line \
                or _patterns()["bullet"].match(next_line) or _HEADING_START.match(next_line):
            break
        colon_next = ":" in line or _SHORT_TO_COLON.match(next_line) is None
        if not _WRAPPED.search(line) and not next_line.lstrip(" \t*_")[:1].islower() and colon_next:
            break  # "1. Sở Lao động - Thương binh và Xã hội⏎Chủ trì, …": a heading line, then its body
        line_end = following
    return line_end


def _subject_chain(text: str, named: list[AgencyMention], end: int) -> list[AgencyMention]:
    """Bodies listed one after another from ``named[0]`` (``Sở Tài chính và Ủy ban nhân dân các xã, phường``)
    when a verb follows the last of them, else []."""
    p = _patterns()
    chain = [named[0]]
    for mention in named[1:]:
        gap = p["separator"].fullmatch(text, chain[-1].end, mention.start)
        if not gap:
            break
        chain.append(mention)
    verb = _NEXT_WORD.match(text, chain[-1].end, end)
    if len(chain) < 2 or not verb or p["separator"].match(text, chain[-1].end) or (
            p["not_verb"].match(text, verb.end()) and not p["task_verb"].match(text, verb.end())):
        return []
    return chain


def _block_at(text: str, start: int, end: int, groups: bool = False) -> Optional[_Block]:
    """Read one numbered block ``text[start:end]``; None when its heading names no agency."""
    p = _patterns()
    number = p["numbered"].match(text, start, end)
    if not number:
        return None
    head = number.end()
    prefix = p["prefix"].match(text, head, end)
    # only "Đề nghị …" asks (SPEC §6); "Nội dung …", "Trách nhiệm của …" are no request
    requested = bool(prefix) and bool(p["requested"].match(prefix.group()))
    if prefix:
        head = prefix.end()
    line_end = _heading_end(text, head, end)
    colon = text.find(":", head, min(line_end, head + _cfg()["blocks"]["max_heading_chars"]))
    if colon >= 0 and _CLAUSE_END.search(text, head, colon):
        colon = -1  # "Văn phòng Chính phủ theo dõi …; kịp thời báo cáo …. Báo cáo Thủ tướng: …" is a task, not a heading
    if colon >= 0:
        agencies = _heading_agencies(text, head, colon, groups)
        body = colon + 1
        lead_in = text[agencies[-1].end:colon].strip(_TRAIL) if agencies else ""
        if lead_in and _patterns()["group_verb"].match(lead_in):
            # "Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị có liên quan:": the heading's verb gives
            # the role of every task under it
            role = task_role(lead_in)
            return _Block(tuple(agencies), body, end, requested, role if role != "responsible" else None)
    else:
        role_at, heading_role = _heading_role_suffix(text, head, line_end)
        if heading_role:
            # "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì"
            agencies = _heading_agencies(text, head, role_at)
            return _Block(tuple(agencies), line_end, end, requested, heading_role) if agencies else None
        named = [m for m in find_agencies(text, head, line_end) if not m.generic]
        if named and named[0].start == head:
            rest = text[named[0].end:line_end].strip(_TRAIL)
            sentence = text[head:line_end].rstrip()[-1:] in ".;" or bool(_CLAUSE_END.search(text, named[0].end, line_end))
            # "1. Sở X theo dõi, đôn đốc các Sở, ban, ngành … triển khai …" (no full stop): a verb, then a clause
            # longer than a name's lower-case tail ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch")
            verb_next = bool(_patterns()["task_start"].match(rest)) and len(rest.split()) > _TASK_WORDS
            if (sentence or verb_next) and rest and not rest.startswith("(") and not is_generic(rest) \
                    and not _patterns()["separator"].match(text, named[0].end):
                # "3. Sở Tài chính bố trí …": the rest of the line is the task
                return _Block((named[0],), named[0].end, end, requested)
            chain = _subject_chain(text, named, line_end)
            if sentence and chain:
                # "4. Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách …": every body of the
                # subject list has the task
                return _Block(tuple(chain), chain[-1].end, end, requested)
        if not named and groups:
            subject = _group_at(text, head, line_end)
            if subject:
                # "1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ … xây dựng kế hoạch …" (+ bullets):
                # the group is the subject of the block's tasks (policy P2)
                return _Block((subject[0],), subject[0].end, end, requested)
        agencies = _heading_agencies(text, head, line_end, groups)
        if not agencies:
            return None
        rest = text[agencies[-1].end:line_end].strip(_TRAIL)
        if rest and _APPOSITION.match(text, agencies[-1].end, line_end):
            # "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the apposition is no task (and no role:
            # each task says its own)
            return _Block(tuple(agencies), line_end, end, requested)
        if rest and not rest.startswith("(") and not is_generic(rest):
            # "3. Sở Tài chính bố trí …": the rest of the line is the task
            agencies = [m for m in find_agencies(text, head, line_end) if not m.generic][:1]
            if not agencies or agencies[0].start != head:
                return None
            body = agencies[0].end
        else:
            body = line_end
    if not agencies:
        return None
    return _Block(tuple(agencies), body, end, requested)


def _tree_blocks(doc: DocumentStructure) -> list[_Block]:
    """Blocks from the section tree: the highest sections that name an agency, under the top-level
    sections that hand out work (implementation, tasks, solutions, chapters … as data says).

    An agency block keeps its sub-items (``a)``, ``1.1.``) as its body; a section that names no
    agency (``1. Cấp tỉnh``) is searched for agency blocks among its children.
    """
    blocks: list[_Block] = []

    def visit(section: Section, groups: bool) -> None:
        block = _block_at(doc.text, section.start, section.end, groups)
        if block:
            blocks.append(block)
            return
        for child in section.children:
            visit(child, groups)

    kinds = set(_cfg()["blocks"]["section_kinds"])
    for top in doc.sections:
        if top.kind in kinds:
            for child in top.children:
                visit(child, top.kind == "implementation")
    return blocks


def _implementation_regions(doc: DocumentStructure) -> list[tuple[int, int]]:
    regions = [(s.start, s.end) for s in doc.top_sections("implementation")]
    if regions:
        return regions
    p = _patterns()
    found = []
    for match in p["region_start"].finditer(doc.text):
        stop = p["region_end"].search(doc.text, match.end())
        found.append((match.end(), stop.start() if stop else len(doc.text)))
    return found


def _line_blocks(doc: DocumentStructure, regions: list[tuple[int, int]]) -> list[_Block]:
    """Fallback: numbered agency lines (``5. Sở Tư pháp:``) inside the implementation regions."""
    text = doc.text
    blocks: list[_Block] = []
    for start, end in regions:
        starts = [m.start() for m in _LINE.finditer(text, start, end) if _patterns()["numbered"].match(m.group())]
        candidates = [(s, _block_at(text, s, e)) for s, e in zip(starts, starts[1:] + [end])]
        opened = [(s, b) for s, b in candidates if b]
        for index, (s, block) in enumerate(opened):
            stop = opened[index + 1][0] if index + 1 < len(opened) else end
            cut = _patterns()["body_stop"].search(text, block.body_start, stop)
            if cut and not text[block.body_start:cut.start()].strip(_TRAIL + "\n"):
                # "1. Sở Dân tộc và Tôn giáo⏎...⏎l) Tăng cường …": an omission right under the heading of a
                # quoted block skips that block's first items; the block goes on to the next stop
                cut = _patterns()["body_stop"].search(text, cut.end(), stop)
            stop = cut.start() if cut else stop
            blocks.append(_Block(block.agencies, block.body_start, stop, block.requested, block.role))
    return blocks


#: A line that opens with a heading number never goes on with the line before, nor takes the next.
_HEADING_START = heading_marker("heading_start")


def _body_units(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The bullets and paragraphs of a block body as (start, end, is_bullet): a line that does
    not open with a bullet goes on with the unit before it unless that one ended a sentence
    (``.;:!?``) — a hard-wrapped page breaks sentences over lines."""
    units: list[list] = []
    # per unit, whether it has a character that is not upper case (kept as lines join the unit,
    # so that the unit is not copied and upper-cased again for each line of a long paragraph)
    mixed: list[bool] = []
    for line in _LINE.finditer(text, start, end):
        content = line.group()
        if not content.strip(_TRAIL):
            continue
        bullet = _patterns()["bullet"].match(content)
        if bullet:
            units.append([line.start() + bullet.end(), line.end(), True])
            mixed.append(_not_upper(text[line.start() + bullet.end():line.end()]))
            continue
        if units and _last_visible(text, units[-1][0], units[-1][1]) not in ".;:!?" \
                and not _HEADING_START.match(content) \
                and not _HEADING_START.match(text, _rfind(text, "\n", 0, units[-1][0]) + 1) \
                and mixed[-1] \
                and units[-1][1] + 1 >= line.start() and text[units[-1][1]:line.start()].count("\n") <= 1:
            mixed[-1] = mixed[-1] or _not_upper(text[units[-1][1]:line.end()])
            units[-1][1] = line.end()
            continue
        units.append([line.start(), line.end(), False])
        mixed.append(_not_upper(content))
    return [(a, b, c) for a, b, c in units]


def _not_upper(piece: str) -> bool:
    return piece.upper() != piece


def _last_visible(text: str, start: int, end: int) -> str:
    """``text[start:end].rstrip()[-1:]`` without copying the span."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _body_tasks(text: str, start: int, end: int) -> Iterator[tuple[int, int, Optional[tuple[int, int]]]]:
    """Task spans of a block body: one per bullet, else one per sentence; with each, the lead-in
    line that introduces it (``Chủ trì, phối hợp với … thực hiện các nhiệm vụ sau:``), if any."""
    split_clauses = bool(_cfg()["blocks"]["split_clauses"])
    lead_in: Optional[tuple[int, int]] = None
    for unit_start, unit_end, is_bullet in _body_units(text, start, end):
        content = text[unit_start:unit_end]
        if is_bullet:
            if content.rstrip().endswith(":") and len(content) < 120:
                continue  # a lead-in to sub-bullets
            yield unit_start, unit_end, lead_in
            continue
        if content.rstrip().endswith(":") and len(content) < 400:
            lead_in = (unit_start, unit_end)
            continue
        lead_in = None
        cursor = 0
        pieces = [m.start() for m in _SENTENCE_END.finditer(content)] + [len(content)]
        for stop in pieces:
            sentence_start = unit_start + cursor
            if split_clauses:
                for clause in _PLAIN_LINE.finditer(text[sentence_start:unit_start + stop]):
                    yield sentence_start + clause.start(), sentence_start + clause.end(), None
            else:
                yield sentence_start, unit_start + stop, None
            cursor = stop
            while cursor < len(content) and content[cursor].isspace():
                cursor += 1


#: The number of a list item in parentheses: "(1)", "(iv)".
_ITEM_NUMBER = regex.compile(r"[ \t]{0,4}\((?:\d{1,2}|[ivx]{1,5})\)[ \t]{0,4}")


def _unit_subject(text: str, start: int, end: int, mentions: list[AgencyMention],
                  starts: list[int]) -> Optional[tuple[AgencyMention, int]]:
    """A named body that opens a task unit as the subject of its verb, and where the task after it starts:
    ``(1) Bộ Tài chính giải quyết 03 vấn đề …`` → (Bộ Tài chính, the offset of ``giải quyết``)."""
    p = _patterns()
    at = start
    number = _ITEM_NUMBER.match(text, at, end)
    if number and number.end() > at:
        at = number.end()
    else:
        marker = p["list_marker"].match(text[at:end])  # anchored at the unit's start (^ of the slice)
        at += marker.end() if marker else 0
    index = bisect_left(starts, at)
    if index >= len(mentions) or mentions[index].start != at or mentions[index].generic:
        return None
    mention = mentions[index]
    verb = _NEXT_WORD.match(text, mention.end, end)
    if not verb or (p["not_verb"].match(text, verb.end()) and not p["task_verb"].match(text, verb.end())):
        return None
    return _without_official(mention), verb.end()


#: A line that only gives the time of the task above it: "Thời gian thực hiện: Quý II/2025".
_DUE_LINE = regex.compile(r"[ \t*_]{0,4}(?i:" + _alternation(load_toml("assignments.toml")["notes"]["due"])
                          + r")[ \t*_]{0,3}:[ \t*_]{0,3}")


def block_assignments(doc: DocumentStructure, mentions: list[AgencyMention]) -> tuple[list[Assignment],
                                                                                        list[tuple[int, int]]]:
    """Assignments of the numbered agency blocks, and the spans those blocks cover."""
    blocks = _tree_blocks(doc) or _line_blocks(doc, _implementation_regions(doc))
    records: list[Assignment] = []
    spans: list[tuple[int, int]] = []
    starts = [m.start for m in mentions]
    for block in blocks:
        spans.append((block.agencies[0].start, block.body_end))
        previous: list[int] = []  # indices in ``records`` of the last unit's records
        for start, end, lead_in in _body_tasks(doc.text, block.body_start, block.body_end):
            due_line = _DUE_LINE.match(doc.text, start, end)
            if due_line:
                # "Thời gian hoàn thành: Tháng 12/2025." under a task is that task's due, not a task
                due = doc.text[due_line.end():end].strip(_TRAIL) or None
                for index in previous:
                    if records[index].due is None and due:
                        records[index] = records[index].model_copy(update={"due": due})
                continue
            previous = []
            agencies = block.agencies
            subject = _unit_subject(doc.text, start, end, mentions, starts)
            if subject and all(subject[0].canonical != a.canonical for a in agencies):
                # "(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng …" under "Các Bộ: …": the item names its own body
                agencies, start = (subject[0],), subject[1]
            for agency in agencies:
                record = _record(doc.text, start, end, agency, mentions, block.requested, starts,
                                 rule="assignments.block")
                if record and block.role and record.role == "responsible":
                    record = record.model_copy(update={"role": block.role})
                if record and lead_in and record.role == "responsible" and \
                        task_role(doc.text[lead_in[0]:lead_in[1]]) == "lead":
                    # "Chủ trì, phối hợp với … thực hiện các nhiệm vụ sau:" leads every bullet under it
                    partners = task_partners(doc.text, lead_in[0], lead_in[1], mentions,
                                             own=[agency.canonical], starts=starts)
                    record = record.model_copy(update={
                        "role": "lead", "partners": record.partners + [p for p in partners if p not in record.partners]})
                if record:
                    previous.append(len(records))
                    records.append(record)
    return records, spans


# --- inline assignments ----------------------------------------------------------------

def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of ``text[start:end]``, a sentence going on over a hard-wrapped line break."""
    for unit_start, unit_end, _ in _body_units(text, start, end):
        content = text[unit_start:unit_end]
        cursor = unit_start
        for match in _SENTENCE_END.finditer(content):
            yield cursor, unit_start + match.start()
            cursor = unit_start + match.end()
        yield cursor, unit_end


def _is_subject_position(text: str, clause_start: int, mention_start: int) -> bool:
    p = _patterns()
    if mention_start - clause_start > _MAX_GAP:
        return False
    prefix = text[clause_start:mention_start]
    prefix = prefix[p["list_marker"].match(prefix).end():] if p["list_marker"].match(prefix) else prefix
    intro = p["intro"].match(prefix)
    if intro:
        prefix = prefix[intro.end():]
    official = official_pattern().fullmatch(prefix.strip()) if prefix.strip() else None
    return not prefix.strip() or is_generic(prefix) or official is not None  # "Giám đốc Sở Y tế chủ trì …"


# Matched on the right-stripped prefix: no unbounded whitespace run, so no quadratic scan.
_TRAILING_JOIN = regex.compile(r"(?:,|(?<=\s)" + CONNECTOR + r")$", regex.I)


def _generic_co_subject(text: str, clause_start: int, mention_start: int) -> Optional[AgencyMention]:
    """A generic group named before the subject shares its tasks.

    ``Theo đó, các cơ quan, đơn vị có liên quan và UBND các phường, xã tổ chức …``:
    the task goes to ``các cơ quan, đơn vị có liên quan`` as well as to the wards.
    """
    p = _patterns()
    at = clause_start
    marker = p["list_marker"].match(text, at, mention_start)
    if marker:
        at = marker.end()
    intro = p["intro"].match(text[at:mention_start])
    if intro:
        at += intro.end()
    prefix = text[at:mention_start]
    joined = _TRAILING_JOIN.search(prefix.rstrip())
    if not joined:
        return None
    name = prefix[:joined.start()].strip(" ,")
    if not name or not is_generic(name):
        return None
    start = at + prefix.index(name)
    return AgencyMention(start, start + len(name), name, name, generic=True)


def _after_colon(text: str, position: int, end: int) -> tuple[Optional[int], int]:
    """``Sở Y tế: Chủ trì …``: the task is the rest of the line after the colon (start, end)."""
    colon = _COLON.match(text, position, end)
    if not colon:
        return None, end
    line_end = _find(text, "\n", colon.end())
    line_end = len(text) if line_end < 0 else line_end
    # "… tập huấn. - Sở Tài chính: …" (a plan flattened onto one line): not past the next bullet
    bullets = _inline_bullets(text)
    index = bisect_right(bullets, colon.end())
    return colon.end(), min(line_end, bullets[index]) if index < len(bullets) else line_end


def _task_follows(text: str, position: int, end: int) -> Optional[int]:
    """Start of the task after a subject list, or None when no verb follows."""
    while position < end and text[position] in " ,\t":
        position += 1
    if position >= end or not text[position].islower():
        return None
    p = _patterns()
    if p["task_verb"].match(text, position, end):
        return position
    if p["not_verb"].match(text, position, end):
        return None
    return position


@cache
def _group_head() -> regex.Pattern:
    heads = _alternation(_cfg()["inline"]["group_heads"])
    return regex.compile(_PLURAL_OPENING + r"[ \t]+(?:" + heads + r")(?![\p{L}\p{M}])")
#: The gap after each following word of a group: where a verb may begin.
_WORD_GAP = regex.compile(r"[\p{L}\p{M}\d-]{0,30}[ \t,]{1,6}|[.;:]")


def _group_subject(doc: DocumentStructure, start: int, end: int) -> Optional[tuple[AgencyMention, int]]:
    """A plural group as the subject of a sentence in a section that hands out work, with a verb of
    the task list after it: (the group, where its task starts); None otherwise."""
    if doc.top_kind_at(start) not in _cfg()["inline"]["group_subject_sections"]:
        return None
    p = _patterns()
    at = start
    marker = p["list_marker"].match(doc.text, at, end)
    if marker:
        at = marker.end()
    intro = p["intro"].match(doc.text[at:end])
    if intro:
        at += intro.end()
    return _group_at(doc.text, at, end)


def _group_at(text: str, at: int, end: int) -> Optional[tuple[AgencyMention, int]]:
    """A plural group starting at ``at`` and the verb of the task list after it: (the group, where its task
    starts), e.g. ``Các doanh nghiệp viễn thông | chủ động bố trí …``; None otherwise."""
    p = _patterns()
    head = _group_head().match(text, at, end)
    if not head:
        return None
    # the group runs word by word until a verb of the task list begins ("… viễn thông | chủ động …")
    for word in _WORD_GAP.finditer(text, head.end(), min(end, head.end() + 160)):
        if p["group_verb"].match(text, word.end(), end):
            name = text[head.start():word.end()].rstrip(" ,\t")
            if name.count(" ") > 14:
                return None
            return AgencyMention(head.start(), head.start() + len(name), name, name, generic=True), word.end()
        if text[word.start():word.end()].strip() in (".", ";", ":"):
            return None
    return None


def inline_assignments(doc: DocumentStructure, mentions: list[AgencyMention],
                       skip: list[tuple[int, int]]) -> list[Assignment]:
    """``giao X và Y <task>`` and ``<agency> <verb> …`` clauses outside the ``skip`` spans."""
    text = doc.text
    p = _patterns()
    # the closing formula, and the preamble of a formal plan (legal bases, last year's results)
    ignored = {"closing"} if doc.headingless else {"closing", "preamble"}
    skip = sorted(skip + [(s.start, s.end) for s in doc.sections if s.kind in ignored])
    records: list[Assignment] = []
    starts = [m.start for m in mentions]

    covered = _Covered(skip)

    def skipped(position: int) -> bool:
        return position in covered

    # agencies whose task list the next sentence of the same paragraph may continue
    carry: tuple[list[AgencyMention], int] | None = None
    for start, end in _sentences(text, 0, len(text)):
        if skipped(start) or end - start < 12:
            continue
        line_start = _rfind(text, "\n", 0, start) + 1
        before = len(records)
        first = bisect_left(starts, start)
        inside = [m for m in mentions[first:bisect_left(starts, end, lo=first)] if m.end <= end and not m.generic]
        if not inside:
            group = _group_subject(doc, start, end)
            if group is not None:
                # "Các doanh nghiệp viễn thông chủ động bố trí kinh phí …": a group that is the subject
                mention, task_start = group
                record = _record(text, task_start, end, mention, mentions, False, starts)
                if record:
                    records.append(record)
                carry = None
                continue
            if carry and carry[1] == line_start and p["continuation"].match(text, start, end):
                for agency in carry[0]:
                    record = _record(text, start, end, agency, mentions, False, starts)
                    if record:
                        records.append(record)
            if len(records) == before:
                carry = None
            continue
        used: set[int] = set()
        for cue in p["giving"].finditer(text, start, end):
            listed = _chain(text, inside, cue.end(), end)
            if not listed:
                continue
            task_start, task_end = _task_follows(text, listed[-1].end, end), end
            if task_start is None:
                # "c) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện: Phối hợp …": the rest of the line
                task_start, task_end = _after_colon(text, listed[-1].end, end)
            if task_start is None:
                continue
            requested = bool(p["requested"].match(cue.group()))
            for agency in listed:
                used.add(agency.start)
                record = _record(text, task_start, task_end, agency, mentions, requested, starts)
                if record:
                    records.append(record)
        clause_start = start
        index = 0
        subjects: list[tuple[list[AgencyMention], int, int]] = []  # (agencies, task start, task end)
        while index < len(inside):
            mention = inside[index]
            boundary = max(_rfind(text, c, start, mention.start) for c in ";:")
            clause_start = max(start, boundary + 1)
            if mention.start in used or not _is_subject_position(text, clause_start, mention.start):
                index += 1
                continue
            listed = _chain(text, inside, mention.start, end, generic_gap=False, first=index)
            index += len(listed)
            co_subject = _generic_co_subject(text, clause_start, mention.start)
            if co_subject:
                listed = [co_subject] + listed
            task_start = _task_follows(text, listed[-1].end, end)
            task_end = end
            if task_start is None and clause_start == start:
                # "- Sở Y tế: Chủ trì …" in a list: the rest of the line is the task
                task_start, task_end = _after_colon(text, listed[-1].end, end)
                task_end = task_end if task_start is not None else end
            if task_start is None:
                continue
            if end - start > _LONG_SENTENCE and subjects and subjects[-1][1] < clause_start < subjects[-1][2]:
                # "UBND tỉnh A phối hợp với tỉnh B; UBND tỉnh C …" in an overlong sentence: a task
                # ends where the next clause with its own subject begins (else each task ran to the
                # end of the sentence, and the cost grew with the square of its length)
                subjects[-1] = (subjects[-1][0], subjects[-1][1], clause_start)
            subjects.append((listed, task_start, task_end))
            carry = (listed, line_start) if task_end == end else None
        for listed, task_start, task_end in subjects:
            for agency in listed:
                record = _record(text, task_start, task_end, agency, mentions, False, starts)
                if record:
                    records.append(record)
        if len(records) == before and carry and carry[1] == line_start and p["continuation"].match(text, start, end):
            # agencies named only as objects ("Phát huy vai trò của Ủy ban Mặt trận …"): the list goes on
            for agency in carry[0]:
                record = _record(text, start, end, agency, mentions, False, starts)
                if record:
                    records.append(record)
        if len(records) == before:
            carry = None
    return records


def note_assignments(doc: DocumentStructure, mentions: list[AgencyMention],
                     skip: list[tuple[int, int]]) -> list[Assignment]:
    """Tasks followed by a responsibility note: ``… (Cơ quan chủ trì: Sở Y tế; phối hợp: Công an tỉnh)``.

    The task is the line (bullet) before the note, or the line above when the note stands alone.
    The lead agencies get role ``lead``; the agencies of the ``phối hợp:`` part are partners.
    """
    text = doc.text
    p = _patterns()
    starts = [m.start for m in mentions]
    records: list[Assignment] = []
    covered = _Covered(skip)
    for note in p["note_lead"].finditer(text):
        if note.start() in covered:
            continue
        line_start = _rfind(text, "\n", 0, note.start()) + 1
        line_end = _find(text, "\n", note.end())
        line_end = len(text) if line_end < 0 else line_end
        first = bisect_left(starts, note.end())
        leads = _chain(text, mentions, note.end(), line_end, generic_gap=False, first=first)
        if not leads:
            continue
        task_start = line_start + _task_prefix_end(text[line_start:note.start()])
        task_end = note.start()
        while task_end > task_start and text[task_end - 1] in " \t(-–;,.:":
            task_end -= 1
        if task_end - task_start < 3:  # the note stands on its own line: the task is the line above
            above_end = line_start - 1
            above_start = _rfind(text, "\n", 0, max(above_end, 0)) + 1
            if above_end <= above_start:
                continue
            task_start = above_start + _task_prefix_end(text[above_start:above_end])
            task_end = above_end
        partner_names: list[str] = []
        for cue in p["note_partner"].finditer(text, note.end(), line_end):
            for mention in _chain(text, mentions, cue.end(), line_end, first=bisect_left(starts, cue.end())):
                if mention.canonical not in partner_names:
                    partner_names.append(mention.canonical)
        due = p["note_due"].search(text, note.end(), line_end)
        for agency in leads:
            record = _record(text, task_start, task_end, agency, mentions, False, starts, rule="assignments.note")
            if record:
                records.append(record.model_copy(update={
                    "role": "lead", "partners": [n for n in partner_names if n != agency.canonical],
                    "due": due["due"].strip(" .") if due else record.due}))
    return records


_PARENTHESIS = regex.compile(r"\((?P<inside>[^()\n]{3,%d})\)" % load_toml("assignments.toml")["parenthetical"]["max_chars"])
#: After a parenthesis that ends a task: the end of the item ("…);", "…).", "…)" at the line's end).
_ITEM_END_AFTER = regex.compile(r"[ \t*_]{0,3}[.;,]?[ \t*_]{0,3}(?:\n|$)")


@cache
def _parenthetical_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _cfg()
    b = r"(?![\p{L}\p{N}])"
    responsible = regex.compile(rf"[ \t,]{{0,3}}(?:{_alternation(cfg['parenthetical']['responsible'])}){b}", regex.I)
    lead = regex.compile(rf"[ \t,]{{0,3}}(?:{_alternation(cfg['roles']['lead'])}){b}", regex.I)
    return responsible, lead


def parenthetical_assignments(doc: DocumentStructure, mentions: list[AgencyMention],
                              skip: list[tuple[int, int]]) -> list[Assignment]:
    """Tasks that name their bodies after them, in parentheses: ``- Tổ chức tập huấn cho cán bộ cơ sở (Sở Y tế chủ
    trì, phối hợp với Công an tỉnh);`` → Sở Y tế ``lead`` (partner Công an tỉnh) and Công an tỉnh ``support``
    (policy P3, as in a task list); ``(Sở A, Báo B thực hiện)`` → each ``responsible``; a parenthesis of bodies
    alone at the end of an item of a section that hands out work (``… (Sở Y tế, Công an tỉnh);``) → each
    ``responsible``. The task is the item (or sentence) before the parenthesis."""
    text = doc.text
    cfg = _cfg()["parenthetical"]
    responsible_cue, lead_cue = _parenthetical_patterns()
    p = _patterns()
    starts = [m.start for m in mentions]
    covered = _Covered(skip)
    records: list[Assignment] = []
    for paren in _PARENTHESIS.finditer(text):
        inside_start, inside_end = paren.span("inside")
        if paren.start() in covered:
            continue
        first = bisect_left(starts, inside_start)
        while first < len(mentions) and mentions[first].start < inside_start:
            first += 1
        if first >= len(mentions) or text[inside_start:mentions[first].start].strip():
            continue  # the parenthesis does not open with a body
        bodies = _chain(text, mentions, inside_start, inside_end, generic_gap=False, first=first)
        if not bodies or bodies[-1].end > inside_end:
            continue
        rest_at = bodies[-1].end
        rest = text[rest_at:inside_end]
        role: Optional[str] = None
        partners: list[AgencyMention] = []
        if lead_cue.match(rest):
            role = "lead"
            cue = p["partner_cue"].search(text, rest_at, inside_end)
            if cue:
                partners = _chain(text, mentions, cue.end(), inside_end, first=bisect_left(starts, cue.end()))
        elif responsible_cue.match(rest):
            role = "responsible"
        elif not rest.strip(" \t,;.") and doc.top_kind_at(paren.start()) in cfg["bare_sections"] \
                and _ITEM_END_AFTER.match(text, paren.end()):
            previous = bisect_left(starts, paren.start()) - 1
            if previous >= 0 and text[mentions[previous].end:paren.start()].strip() == "":
                continue  # "Ủy ban nhân dân tỉnh (Sở Y tế)": a gloss of a body, not a task's bodies
            role = "responsible"
        if role is None:
            continue
        line_start = _rfind(text, "\n", 0, paren.start()) + 1
        task_start = line_start + _task_prefix_end(text[line_start:paren.start()])
        sentence_end = _rfind(text, ". ", task_start, paren.start())
        if sentence_end >= 0:
            task_start = sentence_end + 2
        task_end = paren.start()
        while task_end > task_start and text[task_end - 1] in " \t-–;,.:":
            task_end -= 1
        if task_end - task_start < 3:
            continue
        task = text[task_start:task_end]
        lead_names = [b.canonical for b in bodies]
        partner_names = [m.canonical for m in partners if m.canonical not in lead_names]
        for body in bodies:
            records.append(Assignment(
                text=task, start=task_start, end=task_end, task=task, agency=body.canonical, agency_text=body.text,
                agency_start=body.start, agency_end=body.end, role=role,
                partners=partner_names if role == "lead" else [], due=task_due(task),
                rule="assignments.parenthetical"))
        for partner in partners:
            if partner.generic or partner.canonical in lead_names:
                continue
            records.append(Assignment(
                text=task, start=task_start, end=task_end, task=task, agency=partner.canonical,
                agency_text=partner.text, agency_start=partner.start, agency_end=partner.end, role="support",
                partners=lead_names, due=task_due(task), rule="assignments.parenthetical"))
    return records


def _task_prefix_end(line: str) -> int:
    marker = _patterns()["list_marker"].match(line)
    return marker.end() if marker else len(line) - len(line.lstrip())


# --- task tables and responsibility lists ----------------------------------------------

_CELL_PIECE = regex.compile(r"[^;\n]+")
_OPENS_GLOSS = regex.compile(r"\s*\(")
_GROUP_SPLIT = regex.compile(r";|[ \t]+" + _AND + r"[ \t]+(?=" + _PLURAL + r"[ \t])")
_CELL_TAIL = regex.compile(r"[ \t]{0,3}(?:,|\b" + _AND + r"\b)[ \t]{0,3}(?P<rest>\S.*)$")


def cell_agencies(text: str, start: int, end: int) -> list[AgencyMention]:
    """The bodies a table cell or list line names: ``Bộ CHQS tỉnh; UBND cấp xã``, ``Sở Tài chính và
    cơ quan, địa phương liên quan`` (a generic group after the named body is kept, flagged generic).
    A piece that names no known body is a body all the same: a lead cell holds agencies."""
    out: list[AgencyMention] = []
    for piece in _CELL_PIECE.finditer(text, start, end):
        s, e = piece.span()
        while s < e and text[s] in " \t-+•,.":
            s += 1
        while e > s and text[e - 1] in " \t,.:":
            e -= 1
        if e <= s:
            continue
        found = find_agencies(text, s, e)
        if not found:
            name = text[s:e]
            out.append(AgencyMention(s, e, name, canonical_agency(name), generic=is_generic(name)))
            continue
        if len(found) == 1 and found[0].start == s and found[0].end < e and not _CELL_TAIL.match(text, found[0].end, e) \
                and not _OPENS_GLOSS.match(text, found[0].end, e):
            # a cell holds one body: "Ban Quản lý các khu công nghệ cao và khu công nghiệp" is the whole name
            found = [AgencyMention(s, e, text[s:e], canonical_agency(text[s:e]))]
        out.extend(m if m.generic or not is_generic(m.text) else
                   AgencyMention(m.start, m.end, m.text, m.canonical, generic=True) for m in found)
        tail = _CELL_TAIL.match(text, found[-1].end, e)
        if tail and is_generic(tail["rest"]):
            rest_start = tail.start("rest")
            out.append(AgencyMention(rest_start, e, text[rest_start:e], canonical_agency(text[rest_start:e]),
                                     generic=True))
    return out


def row_assignments(doc: DocumentStructure, rows: list[TaskRow], mentions: list[AgencyMention]) -> list[Assignment]:
    """One record per task per lead body (``lead``, or ``responsible`` under a "thực hiện" column)
    and one per named partner body (``support``), with ``due`` from the time column."""
    text = doc.text
    records: list[Assignment] = []
    for row in rows:
        leads = cell_agencies(text, *row.lead) if row.lead else []
        partners = [m for m in cell_agencies(text, *row.partners) if not m.generic] if row.partners else []
        due = text[row.due[0]:row.due[1]] if row.due else None
        lead_names = [m.canonical for m in leads if not m.generic]
        partner_names = [m.canonical for m in partners if m.canonical not in lead_names]
        for start, end in row.tasks:
            task = text[start:end]
            base = dict(text=task, start=start, end=end, task=task, mode="assigned", rule=row.rule,
                        due=due if due is not None else task_due(task))
            for lead in leads:
                records.append(Assignment(**base, agency=lead.canonical, agency_text=lead.text,
                                          agency_start=lead.start, agency_end=lead.end,
                                          role="responsible" if row.responsible else "lead",
                                          partners=[n for n in partner_names if n != lead.canonical]))
            for partner in partners:
                if partner.canonical in lead_names:
                    continue
                records.append(Assignment(**base, agency=partner.canonical, agency_text=partner.text,
                                          agency_start=partner.start, agency_end=partner.end, role="support",
                                          partners=lead_names))
    return records


# --- the execution article of a decision ------------------------------------------------

@cache
def _execution_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _cfg()["execution"]
    clause = regex.compile(r"(?<!\p{L})(?:" + _alternation(cfg["clauses"]) + r")\s+(?:" + _alternation(cfg["objects"])
                           + r")(?!\p{L})", regex.I)
    official = official_pattern()
    return clause, official


_LIST_GLUE = " ,;\t\n"
#: Where one body of an official's list ends and the next begins: a semicolon, or "và" / "," before another group
#: ("Thủ trưởng các sở, ban, ngành tỉnh; UBND các xã, phường; các tổ chức, cá nhân có liên quan").
_AND_GROUP = regex.compile(r"[ \t]{0,3};[ \t]{0,3}|(?:[ \t]+" + _AND + r"|,)[ \t]+(?=" + _PLURAL + r"[ \t])")


def _execution_bodies(text: str, start: int, end: int) -> list[AgencyMention]:
    """The bodies of ``Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện …
    và Thủ trưởng các cơ quan liên quan``: where officials are named, each body runs from its
    official's title to the next one (so ``Vụ Kế hoạch, Tài chính`` keeps its comma); otherwise
    the named bodies, and the generic groups between them."""
    _, official = _execution_patterns()
    titles = [m for m in official.finditer(text, start, end)
              if m.start() == start or text[m.start() - 1] in _LIST_GLUE or text[max(start, m.start() - len(CONNECTOR) - 1):m.start()] == CONNECTOR + " "]
    bodies: list[AgencyMention] = []
    if titles:
        keeps = _cfg()["execution"]["title_keeps"]
        for index, title in enumerate(titles):
            stop = titles[index + 1].start() if index + 1 < len(titles) else end
            name_end = stop
            joined = " " + CONNECTOR
            while name_end > title.end() and (text[name_end - 1] in _LIST_GLUE
                                              or text[name_end - len(joined):name_end] == joined):
                name_end -= len(joined) if text[name_end - len(joined):name_end] == joined else 1
            kept = keeps.get(title.group().strip())
            name_start = title.end() - (len(kept) + 1 if kept else 0)
            # "… các đơn vị trực thuộc thành phố và các tập thể, cá nhân liên quan": two bodies
            cursor = name_start
            for item in _AND_GROUP.split(text[name_start:name_end]):
                at = text.find(item, cursor, name_end)
                cursor = at + len(item)
                name = item.strip(_LIST_GLUE)
                if not name:
                    continue
                at += item.index(name)
                generic = is_generic(name)
                bodies.append(AgencyMention(at, at + len(name), name, name if generic else canonical_agency(name),
                                            generic=generic))
        # bodies named before the first official ("Sở Y tế, Chủ tịch UBND các huyện …")
        start_of_titles = titles[0].start()
        bodies += [m for m in find_agencies(text, start, start_of_titles)]
        return bodies
    named = find_agencies(text, start, end)
    bodies = list(named)
    # the stretches between named bodies: generic groups, kept whole ("các sở, ban, ngành")
    edges = [start] + [x for m in named for x in (m.start, m.end)] + [end]
    for gap_start, gap_end in zip(edges[0::2], edges[1::2]):
        cursor = gap_start
        for item in _GROUP_SPLIT.split(text[gap_start:gap_end]):
            at = text.find(item, cursor, gap_end)
            cursor = at + len(item)
            name = item.strip(_LIST_GLUE + "-")
            if name.startswith(CONNECTOR + " "):
                name = name[len(CONNECTOR) + 1:]
            if name and is_generic(name):
                at = text.find(name, at, gap_end)
                bodies.append(AgencyMention(at, at + len(name), name, name, generic=True))
    return bodies


_ARTICLE_PREFIX = heading_marker("article_prefix")


def execution_assignments(doc: DocumentStructure) -> tuple[list[Assignment], list[tuple[int, int]]]:
    """``Chánh Văn phòng …, Giám đốc các Sở …, Chủ tịch UBND … chịu trách nhiệm thi hành Quyết định này``:
    one ``responsible`` record per body named before the clause (an official stands for the body;
    ``Thủ trưởng các cơ quan liên quan`` → ``các cơ quan liên quan``)."""
    text = doc.text
    clause, _ = _execution_patterns()
    records: list[Assignment] = []
    regions: list[tuple[int, int]] = []
    for match in clause.finditer(text):
        paragraph_break = _rfind(text, "\n\n", 0, match.start())
        paragraph_start = paragraph_break + 2 if paragraph_break >= 0 else 0
        sentence_start = max(paragraph_start, _rfind(text, ". ", paragraph_start, match.start()) + 1)
        prefix = _ARTICLE_PREFIX.match(text, sentence_start, match.start())
        subject_start = prefix.end() if prefix else sentence_start
        bodies = _execution_bodies(text, subject_start, match.start())
        if not bodies:
            continue
        regions.append((sentence_start, match.end()))
        task = text[match.start():match.end()]
        for body in sorted(bodies, key=lambda m: m.start):
            records.append(Assignment(text=task, start=match.start(), end=match.end(), task=task,
                                      agency=body.canonical, agency_text=body.text, agency_start=body.start,
                                      agency_end=body.end, role="responsible", rule="assignments.execution"))
    return records, regions


# --- entry point -------------------------------------------------------------------------

#: The colon that ends a lead-in clause, at the end of its line ("… thực hiện các nhiệm vụ sau đây:").
_LEAD_IN_END = regex.compile(r"[ \t*_]{0,4}:[ \t*_]{0,4}(?=\n|$)")


def _expand_lead_ins(doc: DocumentStructure, records: list[Assignment],
                     mentions: list[AgencyMention]) -> list[Assignment]:
    """An inline task that ends in a colon introduces the items under it: ``- Sở Tài chính chủ trì, phối hợp với
    … thực hiện các nhiệm vụ sau đây:`` then ``- Điều chỉnh Quy hoạch tỉnh …`` / ``- Xây dựng Đề án …``: one record
    per item, with the lead-in's agency, role and partners (the lead-in itself is no task). Items run while lines
    open with a list marker and do not name a body of their own as subject."""
    text = doc.text
    starts = [m.start for m in mentions]
    p = _patterns()
    out: list[Assignment] = []
    for record in records:
        colon = _LEAD_IN_END.match(text, record.end)
        if record.rule != "assignments.inline" or not colon:
            out.append(record)
            continue
        items: list[Assignment] = []
        for line in _LINE.finditer(text, colon.end(), min(len(text), colon.end() + _LONG_SENTENCE * 4)):
            marker = p["list_marker"].match(line.group())
            if not marker or marker.end() == 0 or not line.group()[marker.end():].strip():
                break
            at = line.start() + marker.end()
            index = bisect_left(starts, at)
            if (index < len(mentions) and mentions[index].start == at) or _LEAD_IN_END.search(text, at, line.end()):
                break  # "- Sở Nội vụ chủ trì …:": the next lead-in, or an item that names its own body
            end = line.end()
            while end > at and text[end - 1] in _TRAIL + "*_":
                end -= 1
            task = text[at:end]
            # a lead-in that leads ("chủ trì … các nhiệm vụ sau:") leads every item, even one that opens "Phối hợp"
            # (as a lead column does, policy P3); otherwise an item's own words decide ("c) Chủ trì, phối hợp …")
            role = "lead" if record.role == "lead" else task_role(task)
            own = task_partners(text, at, end, mentions, own=[record.agency], starts=starts)
            items.append(record.model_copy(update={
                "text": task, "task": task, "start": at, "end": end, "due": task_due(task) or record.due,
                "role": role if role != "responsible" else record.role,
                "partners": record.partners + [name for name in own if name not in record.partners],
                "rule": "assignments.lead_in_items"}))
        out.extend(items or [record])
    return out


def find_assignments(doc: DocumentStructure) -> list[Assignment]:
    """Find every assignment in ``doc.text``: task tables and lists, agency blocks, then inline clauses."""
    mentions = find_agencies(doc.text)
    rows = find_task_rows(doc)
    executions, execution_regions = execution_assignments(doc)
    regions = [row.region for row in rows] + execution_regions
    records, spans = block_assignments(doc, mentions)
    notes = note_assignments(doc, mentions, spans + regions)
    notes += parenthetical_assignments(doc, mentions, spans + regions + [(r.start, r.end) for r in notes])
    records += notes
    inline = inline_assignments(doc, mentions, spans + regions + [(r.agency_start, r.agency_end) for r in notes])
    records += _expand_lead_ins(doc, inline, mentions)
    region_starts = sorted(regions)
    records = [r for r in records if not _inside(r.start, region_starts)]
    records += row_assignments(doc, rows, mentions) + executions
    records = _merge_scopes(records, mentions)
    seen: set[tuple[str, int, int]] = set()
    unique: list[Assignment] = []
    for record in sorted(records, key=lambda r: (r.start, r.agency_start)):
        key = (record.agency, record.start, record.end)
        if key not in seen:
            seen.add(key)
            unique.append(record)
    return unique


def _inside(position: int, regions: list[tuple[int, int]]) -> bool:
    index = bisect_left(regions, (position + 1,)) - 1
    return index >= 0 and regions[index][0] <= position < regions[index][1]


def _merge_scopes(records: list[Assignment], mentions: list[AgencyMention]) -> list[Assignment]:
    """One name per body in a document: a name written without its level ("Ủy ban Mặt trận Tổ quốc
    Việt Nam") takes the one spelling of the same body with a level word ("… Việt Nam tỉnh") that the
    document also uses, when there is exactly one."""
    levels = set(load_toml("agency_heads.toml")["scope"]["levels"])
    names = {m.canonical for m in mentions} | {r.agency for r in records} | {p for r in records for p in r.partners}

    @cache
    def scoped(name: str) -> str:
        # each level word looked up in the set of names, not each name scanned per record
        candidates = [name + " " + level for level in levels if name + " " + level in names]
        return candidates[0] if len(candidates) == 1 else name

    return [r.model_copy(update={"agency": scoped(r.agency), "partners": [scoped(p) for p in r.partners]})
            for r in records]


# --- across a corpus ---------------------------------------------------------------------

__all__ = ["find_assignments", "block_assignments", "inline_assignments",
           "task_role", "task_due", "task_partners"]
