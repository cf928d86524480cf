"""The closing article of a decision: the bodies that ``chịu trách nhiệm thi hành`` it.

Takes: a :class:`~kehoach_nlp.structure.DocumentStructure`. Gives: one ``responsible``
:class:`~kehoach_nlp.records.Assignment` per body named before the clause (an official stands for the
body; ``rule="assignments.execution"``), and the regions of those articles, where no other finder's
record is kept.

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng "
    ...                       "các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.")
    >>> [(a.agency, a.role) for a in execution_assignments(doc)[0]]
    [('Văn phòng Ủy ban nhân dân tỉnh', 'responsible'), ('Sở Nội vụ', 'responsible'), ('các cơ quan liên quan', 'responsible')]
"""

from __future__ import annotations

from functools import cache
from typing import Iterator, Optional

import regex

from ..agencies import (AgencyMention, CONNECTOR, PLURAL_WORD, canonical_agency, capitalised_heads, find_agencies, is_generic,
                        listed_bodies, official_pattern, owner_before, title_keeps, without_owners)
from ..rules import word_list
from ..records import Assignment
from ..structure import DocumentStructure
from .common import ARTICLE_PREFIX, PLURAL_OPENS, _alternation, _AND, _cfg, _GROUP_SPLIT, _PLURAL, _rfind


# --- the execution article of a decision ------------------------------------------------

@cache
def _execution_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _cfg()["execution"]
    clause = regex.compile(r"(?<!\p{L})(?:" + _alternation(cfg["clauses"]) + r")\s+(?:" + _alternation(cfg["objects"])
                           + r")(?!\p{L})", regex.I)
    # an official's title opens an item of the list in either case ("…; người đứng đầu các cơ quan, tổ chức …")
    official = regex.compile(official_pattern().pattern, regex.IGNORECASE)
    return clause, official


_LIST_GLUE = " ,;\t\n"
#: The rule name of the records this module makes.
EXECUTION_RULE = "assignments.execution"
_PLURAL_BEFORE = regex.compile(r"(?i:" + _PLURAL + r")[ \t]{1,3}$")
#: Where one body of an official's list ends and the next begins: a semicolon, or "và" / "," before another group
#: ("Thủ trưởng các sở, ban, ngành tỉnh; UBND các xã, phường; các tổ chức, cá nhân có liên quan").
_AND_GROUP = regex.compile(r"[ \t]{0,3};[ \t]{0,3}|(?:[ \t]+" + _AND + r"|,)[ \t]+(?=" + _PLURAL + r"[ \t])"
                           # … or a form's blank for a name: "Sở Nông nghiệp và Môi trường, …….(tên tổ chức)……., …"
                           + "|" + _cfg()["execution"]["placeholder"])


@cache
def _and_actors() -> regex.Pattern:
    """"và" or a comma before a group of actors (``[generic] actors``): "… trực thuộc Trung ương | và cơ quan, tổ chức
    …", "Ủy ban nhân dân tỉnh, thành phố | , tổ chức, cá nhân có liên quan"."""
    return regex.compile(r"(?:[ \t]{1,3}" + _AND + r"|,)[ \t]{1,3}(?=(?i:" + _alternation(word_list("agency_heads.toml", "generic", "actors"))
                         + r")(?![\p{L}\p{M}]))")


def _named_then_group(text: str, at: int, name: str) -> list[tuple[int, str]]:
    """A named body joined by "và" or a comma to a group of actors is two: "Ủy ban nhân dân tỉnh, thành phố trực thuộc
    Trung ương và cơ quan, tổ chức cá nhân liên quan", "Ủy ban nhân dân tỉnh, thành phố, tổ chức, cá nhân có liên
    quan" (a group of actors alone stays whole: "các cơ quan, đơn vị, tổ chức và cá nhân có liên quan")."""
    joint = _and_actors().search(name)
    if joint is None:
        return [(at, name)]
    head, tail = name[:joint.start()], name[joint.end():]
    named = find_agencies(text, at, at + len(head))
    if not named or named[0].start != at or named[-1].end < at + len(head) - 1 or named[0].generic \
            or not is_generic(tail):
        return [(at, name)]
    return [(at, head), (at + joint.end(), tail)]


#: An official's other title in brackets after the first: "Giám đốc (Thủ trưởng) các sở, ban, ngành".
_TITLE_GLOSS = regex.compile(r"[ \t]{0,3}\([^()\n]{1,30}\)")


def _list_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int, Optional[AgencyMention]]]:
    """The pieces of one official's list: each named body that stands after a comma or a colon on its own
    (``…, Ủy ban nhân dân các phường, xã, đặc khu, …``), and the stretches between them, (start, end, None)."""
    cursor = start
    for mention in find_agencies(text, start, end):
        before = text[cursor:mention.start].rstrip(" \t\n")
        ends_piece = mention.end >= end or text[mention.end:end].lstrip(" \t\n")[:1] in (",", ";", "")
        if mention.generic or not ends_piece or not before.endswith((",", ":", ";")):
            continue
        if mention.start > cursor:
            yield cursor, mention.start, None
        yield mention.start, mention.end, mention
        cursor = mention.end
    if cursor < end:
        yield cursor, end, None


def _plural_opens_item(text: str, start: int, at: int) -> Optional[int]:
    """Where the plural word before an official's title at ``at`` starts, when it opens an item of the list
    ("…, Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ, | các Bộ trưởng, Thủ trưởng cơ quan liên quan …"); None otherwise."""
    plural = _PLURAL_BEFORE.search(text, max(start, at - _PLURAL_CHARS), at)
    if plural is None:
        return None
    return plural.start() if plural.start() == start or text[plural.start() - 1] in _LIST_GLUE else None


_PLURAL_CHARS = 8  # the plural word and its spaces before a title ("các ")


def _title_opens_item(text: str, start: int, at: int) -> bool:
    """A title written in lower case opens an item only after the list's separator ("…; người đứng đầu các cơ quan"),
    not inside another title ("Tổng Tham mưu trưởng")."""
    if not text[at].islower():
        return True
    before = text[start:at].rstrip(" \t\n")
    return not before or before.endswith((",", ";", ":")) or before.endswith(" " + CONNECTOR) or before == CONNECTOR


@cache
def _ministerial_kinds() -> regex.Pattern:
    """The Government's ministerial-level kinds after one head, to the end of the official's item (``[execution.
    ministerial] kinds``): "các cơ quan ngang bộ, cơ quan thuộc Chính phủ"."""
    kinds = r"(?i:" + _alternation(_cfg()["execution"]["ministerial"]["kinds"], spaces=r"[ \t\n]{1,3}") + r")(?![\p{L}\p{M}])"
    return regex.compile(r"(?:(?i:" + _PLURAL + r")[ \t\n]{1,3})?" + kinds + r"(?:[ \t]*,[ \t\n]*" + kinds + r")*")


@cache
def _kind_spellings() -> dict[str, str]:
    """Each ministerial-level kind as the data spells it, by its case-folded form."""
    return {" ".join(kind.casefold().split()): kind for kind in _cfg()["execution"]["ministerial"]["kinds"]}


def _ministerial_group(text: str, titles: list[regex.Match], index: int, start: int, end: int
                       ) -> Optional[tuple[AgencyMention, int]]:
    """The Government's formula read as one group (policy P2): a bare minister at ``titles[index]`` and one head of the
    ministerial-level kinds after it — "Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ" → "các bộ,
    cơ quan ngang bộ, cơ quan thuộc Chính phủ" — and where the next official's item resumes (after the kinds and their
    comma); None when the kinds have a head each ("…, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính
    phủ": each its own) or the item after the head is no such kind."""
    cfg = _cfg()["execution"]["ministerial"]
    if titles[index].group("title").strip().casefold() != cfg["bare_title"].casefold() or index + 1 >= len(titles) \
            or text[titles[index].end():titles[index + 1].start()].strip(_LIST_GLUE):
        return None
    head = titles[index + 1]
    kinds = _ministerial_kinds().match(text, head.end(), end)
    if kinds is None:
        return None
    after = kinds.end()
    while after < end and text[after] in " \t":
        after += 1
    if after < end and text[after] not in ",;\n" and not text.startswith(CONNECTOR + " ", after):
        return None  # "Thủ trưởng cơ quan ngang bộ quản lý chuyên ngành": a kind of its own, named further
    following = titles[index + 2] if index + 2 < len(titles) else None
    if following is not None and _ministerial_kinds().match(text, following.end(), end):
        return None  # each kind has its own head: each is its own body
    plural = _PLURAL_BEFORE.search(text, max(start, titles[index].start() - _PLURAL_CHARS), titles[index].start())
    at = plural.start() if plural else titles[index].start()
    # the canonical name spells the kinds as the data does ("cơ quan ngang Bộ" → "cơ quan ngang bộ"), in the text's order
    written = [" ".join(part.split()) for part in text[kinds.start():kinds.end()].split(",")]
    if written and PLURAL_OPENS.match(written[0]):
        written[0] = written[0].split(" ", 1)[1]
    named = [_kind_spellings().get(part.casefold(), part) for part in written]
    canonical = ", ".join([_cfg()["execution"]["bare_titles"][cfg["bare_title"]]] + named)
    return AgencyMention(at, kinds.end(), text[at:kinds.end()], canonical, generic=True), kinds.end()


def is_ministerial_group(body: AgencyMention) -> bool:
    """Whether ``body`` is the Government's formula read as one group ("các bộ, cơ quan ngang bộ, …"), which stands for
    two officials or more."""
    cfg = _cfg()["execution"]
    return body.generic and body.canonical.startswith(cfg["bare_titles"][cfg["ministerial"]["bare_title"]] + ", ")


@cache
def _title_keeps_named() -> dict[str, str]:
    """``[execution.title_keeps_named]`` case-folded, read once: a title → the body it keeps when a name follows."""
    return {title.casefold(): kept for title, kept in _cfg()["execution"]["title_keeps_named"].items()}


def _execution_bodies(text: str, start: int, end: int) -> list[AgencyMention]:
    """The bodies of ``Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện …
    và Thủ trưởng các cơ quan liên quan``: where officials are named, each body runs from its
    official's title to the next one (so ``Vụ Kế hoạch, Tài chính`` keeps its comma); otherwise
    the named bodies, and the generic groups between them."""
    _, official = _execution_patterns()
    titles = [m for m in official.finditer(text, start, end)
              if (m.start() == start or text[m.start() - 1] in _LIST_GLUE or text[max(start, m.start() - len(CONNECTOR) - 1):m.start()] == CONNECTOR + " "
                  or _plural_opens_item(text, start, m.start())) and _title_opens_item(text, start, m.start())]
    bodies: list[AgencyMention] = []
    if titles:
        # in either case ("Chánh văn phòng Ủy ban nhân dân tỉnh", the pattern ignoring case; round 54)
        keeps = title_keeps()
        keeps_named = _title_keeps_named()
        resume: dict[int, int] = {}  # a title whose item the Government's formula has read, and where it resumes
        for index, title in enumerate(titles):
            ministerial = _ministerial_group(text, titles, index, start, end) if index not in resume else None
            if ministerial is not None:
                bodies.append(ministerial[0])
                resume[index + 1] = ministerial[1]
                continue
            stop = titles[index + 1].start() if index + 1 < len(titles) else end
            following = _plural_opens_item(text, start, stop) if index + 1 < len(titles) else None
            if following is not None:
                stop = following  # "…, Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ, | các Bộ trưởng, …": the next item's plural
            name_end = stop
            joined = " " + CONNECTOR
            while name_end > title.end() and (text[name_end - 1] in _LIST_GLUE
                                              or text[name_end - len(joined):name_end] == joined):
                name_end -= len(joined) if text[name_end - len(joined):name_end] == joined else 1
            written = title.group("title").strip()
            kept = keeps.get(written.casefold())
            if kept is None and written != written.upper() and text[title.end():name_end].strip(_LIST_GLUE):
                # a title that ends in its body's head word, a name after it: "Trưởng Ban Quản lý các Khu công nghiệp"
                # (not a signature's capitals: "TRƯỞNG BAN CHỈ ĐẠO …")
                kept = keeps_named.get(written.casefold())
            name_start = title.end() - (len(kept) + 1 if kept else 0)
            if index in resume:
                name_start = resume[index]  # "…, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, | các cơ quan khác"
                if not text[name_start:name_end].strip(_LIST_GLUE):
                    continue
            gloss = _TITLE_GLOSS.match(text, name_start, name_end) if not kept else None
            if gloss:
                name_start = gloss.end()
            bare = _cfg()["execution"]["bare_titles"].get(title.group("title").strip())
            if bare and not text[name_start:name_end].strip(_LIST_GLUE):
                # "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ …": the minister stands for the ministries
                plural = _PLURAL_BEFORE.search(text, max(start, title.start() - 8), title.start())
                at = plural.start() if plural else title.start()
                bodies.append(AgencyMention(at, title.end(), text[at:title.end()], bare, generic=True))
                continue
            listed = [m for m in listed_bodies(text) if name_start <= m.start < name_end]
            if listed:
                # "Giám đốc các Sở: Văn hóa, Thể thao và Du lịch; Nội vụ; Tài chính": each member under the head word
                bodies += [AgencyMention(m.start, m.end, m.text, m.canonical) for m in listed]
                continue
            # "Thủ trưởng các sở, ban, ngành Thành phố, Ủy ban nhân dân các phường, xã, đặc khu, các tổ chức …",
            # "Thủ trưởng các cơ quan: Văn phòng Ủy ban nhân dân tỉnh, Sở Xây dựng, …": a body named after a comma or
            # a colon in the official's list is one of its own (the official heads the groups, not it)
            for piece_start, piece_end, named in _list_pieces(text, name_start, name_end):
                if named is not None:
                    bodies.append(named)
                    continue
                # "… các đơn vị trực thuộc thành phố và các tập thể, cá nhân liên quan": two bodies
                cursor = piece_start
                for item in _AND_GROUP.split(text[piece_start:piece_end]):
                    at = text.find(item, cursor, piece_end)
                    cursor = at + len(item)
                    name = item.strip(_LIST_GLUE)
                    if not name:
                        continue
                    at += item.index(name)
                    colon = name.find(":")
                    if colon >= 0 and name[colon + 1:].strip(_LIST_GLUE):
                        # "Thủ trưởng các cơ quan: các sở, ban, ngành tỉnh": the members after the colon
                        rest = name[colon + 1:]
                        at += colon + 1 + len(rest) - len(rest.lstrip(_LIST_GLUE))
                        name = rest.strip(_LIST_GLUE)
                    elif colon >= 0:
                        continue  # "các cơ quan:" heads the members named after it
                    for part, (at, name) in enumerate(_named_then_group(text, at, name)):
                        if kept and at == name_start and name[:1].islower() \
                                and name[:len(kept)].casefold() == kept.casefold():
                            # the title's own head word, written in either case: "Trưởng ban Dân tộc tỉnh" → "Ban Dân
                            # tộc tỉnh", a proper name (not "các ban …")
                            own_name = canonical_agency(kept + name[len(kept):])
                            bodies.append(AgencyMention(at, at + len(name), name, own_name))
                            continue
                        generic = is_generic(name)
                        canonical = name if generic else canonical_agency(name)
                        if kept and not text[name_start:at].strip() and " ".join(name.split()) == kept:
                            # the title's own head word alone: the issuer's own office ("Chánh Văn phòng, Cục trưởng
                            # Cục …" in a ministry's decision), one body, not every office (round 56)
                            bodies.append(AgencyMention(at, at + len(name), name, kept))
                            continue
                        if (name[0].islower() or name in capitalised_heads()) and not PLURAL_OPENS.match(name) \
                                and not part:
                            # a common noun, not a proper name: each kind of body in the plural, written or not
                            # ("Thủ trưởng cơ quan Trung ương trên địa bàn thành phố" → "các cơ quan Trung ương …",
                            # a head word with no name after it: "Giám đốc Sở, Thủ trưởng …" → "các Sở", round 27)
                            canonical = f"{PLURAL_WORD} {' '.join(name.split())}"
                        bodies.append(AgencyMention(at, at + len(name), name, canonical, generic=generic))
        # bodies named before the first official ("Sở Y tế, Chủ tịch UBND các huyện …")
        start_of_titles = titles[0].start()
        bodies += [m for m in find_agencies(text, start, start_of_titles)]
        return bodies
    named = find_agencies(text, start, end)
    # a body after an owner word belongs to the group before it: "Các Sở, ban, ngành, đơn vị thuộc | Ủy ban nhân dân
    # tỉnh | và Ủy ban nhân dân các xã, phường" (round 49)
    owners = {m.start for m in named if owner_before(text, m.start, start) is not None}
    bodies = [m for m in named if m.start not in owners]
    # the stretches between named bodies: generic groups, kept whole ("các sở, ban, ngành")
    edges = [start] + [x for m in bodies for x in (m.start, m.end)] + [end]
    for gap_start, gap_end in zip(edges[0::2], edges[1::2]):
        cursor = gap_start
        for item in _GROUP_SPLIT.split(text[gap_start:gap_end]):
            at = text.find(item, cursor, gap_end)
            cursor = at + len(item)
            name = item.strip(_LIST_GLUE + "-")
            if name.startswith(CONNECTOR + " "):
                name = name[len(CONNECTOR) + 1:]
            if name == CONNECTOR:
                continue
            if name and is_generic(without_owners(name)):
                at = text.find(name, at, gap_end)
                bodies.append(AgencyMention(at, at + len(name), name, name, generic=True))
    return bodies


def _full_stop(text: str, start: int, end: int) -> int:
    """The last full stop in ``text[start:end]`` (before a space or a line's end), or -1; a form's blank of dots is
    none: "Giám đốc ............. và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành …"."""
    while True:
        found = max(_rfind(text, ". ", start, end), _rfind(text, ".\n", start, end))
        if found <= start or text[found - 1] not in ".…":
            return found
        end = found
        while end > start and text[end - 1] in ".…":
            end -= 1


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
        # the sentence opens after the last full stop, at a line's end too ("… năm 2010." ⏎ "Điều 3: Các Bộ trưởng …")
        full_stop = _full_stop(text, paragraph_start, match.start())
        sentence_start = max(paragraph_start, full_stop + 1)
        prefix = ARTICLE_PREFIX.match(text[sentence_start:match.start()])  # anchored at "^": on a slice
        subject_start = sentence_start + prefix.end() if prefix else sentence_start
        bodies = _execution_bodies(text, subject_start, match.start())
        if not bodies:
            continue
        regions.append((sentence_start, match.end()))
        task = text[match.start():match.end()]
        for body in sorted(bodies, key=lambda m: m.start):
            records.append(Assignment(text=task, start=match.start(), end=match.end(), task=task,
                                      agency=body.canonical, agency_text=body.text, agency_start=body.start,
                                      agency_end=body.end, role="responsible", rule=EXECUTION_RULE))
    return records, regions
