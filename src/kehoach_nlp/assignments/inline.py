"""Inline assignments: a clause whose subject is a body, anywhere outside the blocks and tables.

Takes: a :class:`~kehoach_nlp.structure.DocumentStructure`, its agency mentions and the spans to skip.
Gives: one :class:`~kehoach_nlp.records.Assignment` per body (``rule="assignments.inline"``) for
``giao X và Y <task>``, ``X chủ trì, phối hợp với Z …``, ``X có trách nhiệm …``, a plural group as
subject (``Các doanh nghiệp viễn thông chủ động …``) and adverbial openings; and
:func:`_expand_lead_ins` turns a task that ends in a colon into one record per item under it
(``rule="assignments.lead_in_items"``).

Example::

    >>> from kehoach_nlp.agencies import find_agencies
    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("II. NHIỆM VỤ\\n1. Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí kinh phí thực hiện.")
    >>> [(a.agency, a.role, a.partners, a.task) for a in inline_assignments(doc, find_agencies(doc.text), [])]
    [('Sở Tài chính', 'lead', ['Sở Y tế'], 'chủ trì, phối hợp với Sở Y tế bố trí kinh phí thực hiện')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from typing import Iterator, Optional

import regex

from ..agencies import AgencyMention, PLURAL_WORD, title_before, canonical_agency, find_agencies, CONNECTOR, distinct_kinds, generic_phrases, is_generic, kind_phrases, listed_bodies, official_pattern, owner_word, title_keeps
from ..data import load_toml
from ..headings import heading_marker, shape
from ..rules import alternation, word_list
from ..records import Assignment, Section
from ..structure import DocumentStructure
from ..vietnamese import expand_abbreviations, opens_with_verb
from .common import (duty_after_passive, duty_subject_heads, party_subject_head, _duty_ahead, _DUTY_AHEAD_CHARS, no_party_title, party_article, party_listed_before, party_group_at, case_lead_in, record_mention, _AND_ONLY, _lead_in_syllables, apposition_pattern, after_relative, _only_lead_in_words, own_clause_span, _SENTENCE_STOP, _space_after, next_sibling, refuses_task, _BULLET, directed_body, topic_opener, _LEAD_IN_END, mention_at, _ANNOUNCE_CHARS, _announce_pattern, announces_items, _WORD_GAP, member_gloss, passive_guard, PLURAL_OPENS, _alternation, _body_units, _cfg, _chain, _COLON, _Covered, _find, _group_at, _inline_bullets, _LINE,
                     _LONG_SENTENCE, _MAX_GAP, _patterns, _record, _rfind, _SENTENCE_END, task_due, task_partners,
                     task_role, _TRAIL, _PLURAL, _WORDS, _WRAPPED_SPACE, _HEADING_START, sector_qualifier)
from .execution import _execution_bodies, is_ministerial_group  # the closing article's list reader, for lists of officials


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


def _capital_next(text: str, position: int) -> bool:
    """Whether the next word after ``position`` (blanks and line breaks skipped) opens with a capital."""
    at = _space_after(text, position)
    return text[at:at + 1].isupper()


def _sentences_under_headings(doc: DocumentStructure) -> Iterator[tuple[int, int]]:
    """The sentences of the whole text, none running on from a heading's line into the paragraph under it (a page
    without blank lines: "Mục tiêu hoàn thành … là không thay đổi" ⏎ "Phó Thủ tướng yêu cầu các Bộ ngành …")."""
    text = doc.text
    # a part's heading or a news article's subhead (not a plan's numbered item read as a section: "1. Ủy ban nhân dân
    # tỉnh phân cấp thẩm quyền cho Sở" ⏎ "Tư pháp …" is one sentence), before a line that opens with a capital
    heading_ends = {_find(text, "\n", section.start) for top in doc.sections for section in top.walk()
                    if section.heading and (section.kind != "other" or doc.headingless)}
    stops = sorted(stop for stop in heading_ends if stop >= 0 and _capital_next(text, stop))
    cursor = 0
    for stop in stops + [len(text)]:
        if stop > cursor:
            yield from _sentences(text, cursor, stop)
            cursor = stop


@cache
def _members_pattern() -> regex.Pattern:
    return regex.compile(r"(?i:(?:" + _PLURAL + r"[ \t\n]+)?(?:" + alternation(_cfg()["inline"]["members"])
                         + r"))[ \t\n]+$")


def _members_before(text: str, clause_start: int, body: AgencyMention) -> Optional[AgencyMention]:
    """The members of ``body`` when the words right before its name name them ("Các thành viên | Ban Chỉ đạo có trách
    nhiệm …" → "Các thành viên Ban Chỉ đạo"), or None."""
    members = _members_pattern().search(text, max(clause_start, body.start - _MEMBERS_CHARS), body.start)
    if members is None or text[clause_start:members.start()].strip(" \t*_-+•") and not \
            _patterns()["list_marker"].fullmatch(text[clause_start:members.start()]):
        return None
    # named as written: the members of "Ban Chỉ đạo" are "các thành viên Ban Chỉ đạo", whatever the body's full name
    written = text[members.start():body.end]
    return AgencyMention(members.start(), body.end, written, canonical_agency(" ".join(written.split())))


_MEMBERS_CHARS = 24  # "Các thành viên " / "ủy viên " before a body's name


def _is_subject_position(text: str, clause_start: int, mention_start: int, first_named: bool = False) -> bool:
    """Whether the body named at ``mention_start`` opens its clause: after a list marker, a step's label, fronted
    adverbials, an official's title or a group; ``first_named`` (no body named before it in the clause) lets a fronted
    adverbial run over the commas of a list ("Sau khi xây dựng Đề án thành lập, giải thể, nhập, chia …, | Ủy ban …")."""
    p = _patterns()
    if mention_start - clause_start > _SUBJECT_GAP:
        return False
    at = clause_start
    while at < mention_start and text[at] in " \t":
        at += 1  # "…; | - Trong thời hạn …": the space after ";"
    prefix = text[_past_label(text, at, mention_start):mention_start]  # past "2. ", then "Bước 2: "
    if first_named and (p["listing_intro"].fullmatch(prefix) or _official_after_listing_intro(prefix)):
        return True
    intro = p["intro"].match(prefix)
    if intro:
        prefix = prefix[intro.end():]
    official = official_pattern().fullmatch(prefix.strip()) if prefix.strip() else None
    if official is None and prefix.strip():
        # a title that keeps the body's head word runs into its name: "Chánh | Văn phòng Ủy ban nhân dân tỉnh chỉ đạo …"
        at = mention_start - len(prefix.lstrip(" \t"))
        title = official_pattern().match(text, at, mention_start + _TITLE_CHARS)
        official = title if title is not None and title.end() > mention_start else None
    if prefix.strip() and official is None and _OF_BEFORE.search(prefix):
        return False  # "Sở, ban, ngành, đơn vị thuộc | Ủy ban nhân dân tỉnh quyết định …": the body owns the group (round 39)
    return not prefix.strip() or _names_a_group(prefix) or official is not None  # "Giám đốc Sở Y tế chủ trì …"


def _official_after_listing_intro(prefix: str) -> bool:
    """Whether ``prefix`` is a fronted adverbial that lists over commas, then an official's title: "Trong vòng 30 ngày
    … báo cáo về số liệu tổng dân số, tổng số hộ, …, | Bộ trưởng | Bộ Dân tộc và Tôn giáo căn cứ … chỉ đạo …"."""
    comma = prefix.rfind(",")
    title = prefix[comma + 1:].strip()
    return comma > 0 and bool(title) and _patterns()["listing_intro"].fullmatch(prefix[:comma + 1]) is not None \
        and official_pattern().fullmatch(title) is not None


def _names_a_group(words: str) -> bool:
    """Whether ``words`` name a group of bodies, perhaps by what they administer ("Các sở quản lý ngành, lĩnh vực cấp
    tỉnh và ": :func:`common.sector_qualifier`)."""
    if is_generic(words) or party_listed_before(words):
        return True  # (round 57: a regulated party listed first, "Tổ chức hành nghề công chứng, | Ủy ban nhân dân …")
    sector = sector_qualifier().search(words)
    return sector is not None and is_generic(words[:sector.start()] + words[sector.end():])


_TITLE_CHARS = 24  # how far a title may run into the body it keeps the head word of ("Chánh | Văn phòng")
#: How far into its clause a subject may stand, past a fronted adverbial ("Sau khi Ủy ban nhân dân Thành phố phê duyệt Đề
#: án … và quyết định phân bổ vốn từ ngân sách Trung ương, | Sở Tài chính …"; round 50).
_SUBJECT_GAP = 220


#: "của" (or "thuộc") right before a body: the body is an owner, named inside another phrase.
_OF_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_WORDS["of_words"]) + r")[ \t\n]{1,3}$")
_OF_LOOKBACK = 16  # characters before a body in which its "của" is looked for
_COMMA_GAP = regex.compile(r"[ \t\n]*+,[ \t\n]*+")
#: An intro whose last phrase names an owner ("… văn bản đề nghị của các cơ quan,").
_OWNED_GROUP_ENDS = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_WORDS["of_words"])
                                  + r")[ \t\n][^,;:.]{1,60},[ \t\n]*$")


def _possessed_list_goes_on(text: str, inside: list[AgencyMention], first: int, clause_start: int, subject_end: int,
                            task_start: int) -> bool:
    """Whether the would-be subject ``inside[first]`` is the next member of a list a possessive began, its "task" the
    list's next member after a comma ("Sau khi nghe báo cáo của Sở Xây dựng, | Sở Tài chính |, ý kiến của các đơn vị
    …"): not when the words after it open at once ("Theo đề nghị của Sở Nội vụ, Sở Tài chính | có trách nhiệm …")."""
    if first == 0 or "," not in text[subject_end:task_start]:
        return False
    owner = inside[first - 1]
    return owner.end > clause_start and _COMMA_GAP.fullmatch(text, owner.end, inside[first].start) is not None \
        and _OF_BEFORE.search(text, max(clause_start, owner.start - _OF_LOOKBACK), owner.start) is not None


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
        if _OWNED_GROUP_ENDS.search(intro.group()):
            # "Trong thời hạn 03 ngày kể từ khi nhận được văn bản đề nghị của các cơ quan, | đơn vị, | Sở …": the
            # group goes on with the list the intro's "của" began, no co-subject
            return None
        at += intro.end()
    prefix = text[at:mention_start]
    joined = _TRAILING_JOIN.search(prefix.rstrip())
    if not joined:
        return None
    name = prefix[:joined.start()].strip(" ,")
    if not name or not (_names_a_group(name) or party_listed_before(prefix.rstrip())):
        return None
    start = at + prefix.index(name)
    return AgencyMention(start, start + len(name), name, name, generic=True)


#: The separators around a group listed between two bodies: "…, | các bộ, cơ quan liên quan | và …".
_GAP_EDGES = " ,;\t\n"


def _with_groups_between(text: str, listed: list[AgencyMention]) -> list[AgencyMention]:
    """A list of bodies with the plural groups named between them put in their place: "yêu cầu Bộ Giáo dục và Đào
    tạo, các bộ, cơ quan liên quan và Ủy ban nhân dân các tỉnh …" → the ministry, the group, the committees."""
    out: list[AgencyMention] = []
    for mention, following in zip(listed, listed[1:] + [None]):
        out.append(mention)
        if following is None:
            break
        gap = text[mention.end:following.start]
        name = gap.strip(_GAP_EDGES)
        if name.endswith(" " + CONNECTOR):
            name = name[:-len(CONNECTOR) - 1].rstrip(_GAP_EDGES)
        if name and PLURAL_OPENS.match(name) and is_generic(name) and name.split()[-1] not in _WORDS["of_words"]:
            # ("Thường trực Hội đồng nhân dân, các Ban của | Hội đồng nhân dân Thành phố": the group is the next body's)
            at = mention.end + gap.index(name)
            out.append(AgencyMention(at, at + len(name), name, " ".join(name.split()), generic=True))
    return out


#: A group's last words that say its bodies belong to the body named next ("cơ quan thuộc | Chính phủ").
_GROUP_OWNED_BY = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_WORDS["of_words"]) + r")[ \t]*+$")
_OWNER_CHARS = 16
_SPACES = regex.compile(r"[ \t]*+")


def _opens_item(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its line, after a list marker at most ("- Kiến nghị …", "b) Kiến nghị …"), or
    its sentence ("… tăng nguồn cung. Kiến nghị …")."""
    before = text[text.rfind("\n", 0, at) + 1:at].strip(" \t*_")
    return not before or _patterns()["list_marker"].fullmatch(before) is not None or before.endswith(".")


_TOPIC_CHARS = 20  # characters before a directing verb searched for a word that makes it a topic ("trong việc")


def _giving_cues(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """The giving verbs between ``start`` and ``end``; a verb that gives only as its item's opening word
    ([inline] opening_giving: "Kiến nghị Bộ Xây dựng …") elsewhere proposes ("Đại biểu kiến nghị Quốc hội …")."""
    p = _patterns()
    return (cue for cue in p["giving"].finditer(text, start, end)
            if not p["opening_giving"].match(cue.group()) or _opens_item(text, cue.start()))


def _leading_group(text: str, start: int, end: int) -> Optional[AgencyMention]:
    """A plural generic group between a giving verb and the first body it names ("yêu cầu | các sở, ban, ngành, | UBND
    các xã …"; the Party's groups in the plural without "các": "cấp ủy, tổ chức đảng, chính quyền"), or None."""
    gap = text[start:end]
    name = gap.strip(" \t,;")
    if name.endswith(":"):
        return None  # "Giao các sở, ngành: | Sở Y tế, Sở Tài chính …": the group names the kind of the bodies after it
    if not name or not (PLURAL_OPENS.match(name) or _party_phrase_at(name, 0, len(name))) or not is_generic(name):
        return None  # the Party's groups go without the plural: "yêu cầu | cấp uỷ, tổ chức đảng, chính quyền, | Mặt trận …"
    at = start + gap.index(name)
    return AgencyMention(at, at + len(name), name, name, generic=True)



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


#: "và các tổ chức thành viên", ", các cơ quan liên quan", ", tổ chức chính trị - xã hội": a plural group (or a kind
#: named apart) after a list of named bodies.
_GROUP_AFTER = regex.compile(r"[ \t]*+(?:,[ \t\n]*+|(?<=[ \t])" + CONNECTOR + r"[ \t\n]++)(?=" + _PLURAL + r"[ \t\n]|(?i:"
                             + generic_phrases().pattern + ")|(?i:" + distinct_kinds() + "))")
_WORD_AHEAD = regex.compile(r"[ \t,]*+\n?[ \t]*+(?:-[ \t]*+)?([\p{L}\p{M}]+)")  # "chính trị - xã hội", "chính trị-xã hội"
_PHRASE_CHARS = 40  # longest Party group phrase with its spaces (a bounded match: case-insensitive ones are slow)
def _party_phrase_at(text: str, at: int, end: int) -> Optional[regex.Match]:
    """A Party group phrase (``cấp ủy``, ``ban thường vụ cấp ủy``) starting at ``at``, matched within a bound."""
    return generic_phrases().match(text, at, min(end, at + _PHRASE_CHARS))


_PHRASE_AHEAD = regex.compile(r"[ \t,]*+\n?[ \t]*+(?:-[ \t]++)?(.+)", regex.DOTALL)  # up to the phrase's end


def _generic_tail(text: str, position: int, end: int) -> Optional[AgencyMention]:
    """A plural group of generic words right after ``position``, up to the first word that is not one
    ("… tỉnh và các tổ chức thành viên tuyên truyền" → "các tổ chức thành viên")."""
    joined = _GROUP_AFTER.match(text, position, end)
    if not joined:
        return None
    return _generic_group_from(text, joined.end(), end)


#: A kind of body that is also a verb ("tổ chức"): data/assignments.toml [inline] verb_nouns.
_KIND_VERB = regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["verb_nouns"]) + r")(?![\p{L}\p{M}])")


def _generic_group_from(text: str, start: int, end: int) -> Optional[AgencyMention]:
    """The generic words from ``start`` up to the first that is not one or that starts a task (the group of
    :func:`_generic_tail`)."""
    stop = cursor = start
    noun_slot = True  # after "các" or a comma a word is a noun ("các tổ chức thành viên"), elsewhere maybe a verb
    after_plural = True
    party_group = _party_phrase_at(text, start, end) is not None
    while True:
        word = _WORD_AHEAD.match(text, cursor, end)
        phrase = _party_phrase_at(text, word.start(1), end) if word else None
        if phrase and not party_group and stop > start and text[stop:word.start(1)].strip() == ",":
            break  # "các ban đảng Trung ương, | cấp ủy, tổ chức đảng các cấp": the Party's groups are another group
        if phrase:  # "ban thường vụ cấp ủy": one generic word
            word = _PHRASE_AHEAD.match(text, cursor, phrase.end())
        elif word and (kind := kind_phrases().match(text, word.start(1), min(end, word.start(1) + _PHRASE_CHARS))):
            word = _PHRASE_AHEAD.match(text, cursor, kind.end())  # "Tổng Công ty": one generic word
        if not word or not is_generic(word.group(1)):
            break
        after_comma = text[stop:word.start(1)].strip() == ","
        # after a comma a Party phrase or a kind of body that is also a verb names a group: "cấp ủy, | tổ chức đảng",
        # "các cơ quan, | tổ chức có liên quan" ([inline] verb_nouns)
        listed_kind = after_comma and (phrase or _KIND_VERB.match(text, word.start(1), end))
        sector = sector_qualifier().match(text, stop, end) if stop > start else None
        if sector is not None:
            stop = cursor = sector.end()  # "các Sở | quản lý ngành, lĩnh vực | cấp tỉnh": what they administer names them
            noun_slot = False
            continue
        if not (noun_slot or listed_kind) and _patterns()["task_start"].match(text, word.start(1), end):
            break  # "các cơ quan liên quan tổ chức kiểm tra": the verb of the task
        if noun_slot and not after_comma and not after_plural and _KIND_VERB.match(text, word.start(1), end) \
                and _patterns()["task_start"].match(text, word.start(1), end):
            break  # "các sở, ban, ngành | tổ chức triển khai …": a kind that is also a verb, after a listed noun
        after_plural = word.group(1).lower() == PLURAL_WORD
        noun_slot = after_plural or after_comma
        stop = cursor = word.end()
    name = text[start:stop]
    if len(name.split()) < 2 or name.split()[-1].lower() == PLURAL_WORD:
        return None  # "… cá nhân và các | tầng lớp Nhân dân": the list goes on past the generic words, no subject
    return AgencyMention(start, stop, name, " ".join(name.split()), generic=True)


#: Where one item of a subject list ends and the next begins: "…; Thống kê tỉnh; các đơn vị …".
_ITEM_SEP = regex.compile(r"(?<![ \t])(?:[ \t]*+[;,][ \t\n]*+(?:" + CONNECTOR + r"[ \t]++)?|[ \t]++" + CONNECTOR
                          + r"[ \t]++)")
#: A short capitalised name the gazetteer does not know, as one item of a subject list ("Thống kê tỉnh").
_UNLISTED_NAME = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*+(?:[ \t]++[\p{L}\p{M}]++){0,4}?(?=[ \t]*+[;,])")
_TAIL_ITEMS = 6
#: A kind of body named bare between separators of a subject list, in lower case ("đoàn thể", "hội quần chúng").
_BARE_KIND = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*+(?:[ \t]++[\p{L}\p{M}]++){0,3}?(?=[ \t]*+[;,]|[ \t]++" + CONNECTOR
                           + r"[ \t])")


#: Lower-case words that qualify a group up to the next separator ("các cơ quan | chuyên môn | và Ủy ban …").
_GROUP_QUALIFIER = regex.compile(r"((?:[ \t]++\p{Ll}[\p{L}\p{M}]*+){1,4}?)(?=[ \t]*+[;,]|[ \t]++" + CONNECTOR + r"[ \t])")


def _group_mention(text: str, start: int, end: int) -> AgencyMention:
    name = text[start:end].rstrip()
    return AgencyMention(start, start + len(name), name, " ".join(name.split()), generic=True)


def _groups_between_bodies(text: str, inside: list[AgencyMention], index: int, position: int,
                           end: int) -> tuple[list[AgencyMention], int]:
    """The plural groups, and the named bodies after them, that go on a subject list from ``position`` (the end of
    the body before ``inside[index]``): "Sở Tài chính, | các sở, ban, ngành và Ủy ban nhân dân các huyện | chủ động
    …"; a group owned by the body after "thuộc" is one phrase with it ("…, | các cơ quan thuộc Ủy ban Thường vụ Quốc
    hội và Văn phòng Quốc hội | …"). Also how many of ``inside`` they take. Empty unless a group follows."""
    listed: list[AgencyMention] = []
    taken = 0
    for _ in range(_TAIL_ITEMS):
        separator = _ITEM_SEP.match(text, position, end)
        if not separator or index + taken >= len(inside) or not PLURAL_OPENS.match(text, separator.end(), end):
            break
        group = _generic_group_from(text, separator.end(), end)
        following = inside[index + taken]
        if group is None:
            break
        # (read near the group's end only: the next body may stand far off in a long sentence)
        owned = owner_word().search(text, max(group.start, min(group.end, following.start) - _OWNER_CHARS),
                                    following.start) if following.start - group.end < _OWNER_CHARS else None
        if owned is not None and owned.end() == following.start:
            group = _group_mention(text, group.start, owned.start())  # "các cơ quan | thuộc | Chính phủ"
        elif following.start < group.end:
            break
        elif group.text.endswith(" " + CONNECTOR):  # "các sở, ban, ngành | và Ủy ban …"
            group = _group_mention(text, group.start, group.end - len(CONNECTOR) - 1)
        qualifier = _GROUP_QUALIFIER.match(text, group.end, following.start)
        if qualifier and not _patterns()["task_start"].match(text, qualifier.start(1), end):
            group = _group_mention(text, group.start, qualifier.end(1))  # "các cơ quan | chuyên môn | và …"
        if owner_word().fullmatch(text, group.end, following.start):
            group = _group_mention(text, group.start, following.end)
            taken += 1
            after = _ITEM_SEP.match(text, group.end, end)
            if index + taken >= len(inside) or after is None or inside[index + taken].start != after.end():
                listed.append(group)  # the owned group ends the list: its verb follows
                break
            following = inside[index + taken]
        elif not _ITEM_SEP.fullmatch(text, group.end, following.start):
            break
        bodies = _chain(text, inside, following.start, end, generic_gap=False, first=index + taken)
        if not bodies:
            break
        listed += [group] + bodies
        taken += len(bodies)
        position = bodies[-1].end
    return listed, taken


def _group_follows(text: str, position: int, end: int) -> bool:
    """Whether a plural group comes next in a subject list after a separator (``…, | các đơn vị liên quan …``)."""
    separator = _ITEM_SEP.match(text, position, end)
    return separator is not None and PLURAL_OPENS.match(text, separator.end(), end) is not None


def _kind_follows(text: str, position: int, end: int) -> bool:
    """Whether a kind of body named bare comes next in a subject list (``…, đoàn thể và …``), not the task."""
    separator = _ITEM_SEP.match(text, position, end)
    if not separator:
        return False
    kind = _BARE_KIND.match(text, separator.end(), end)
    return bool(kind) and is_generic(kind.group()) and not _patterns()["task_start"].match(text, separator.end(), end)


def _subject_list_tail(text: str, position: int, end: int) -> tuple[list[AgencyMention], Optional[int]]:
    """Items after a chain of named bodies that the gazetteer did not read, up to the task's verb: a short
    capitalised name between separators, and a plural group (``Các Sở: Tài chính, Xây dựng; Ban Quản lý các Khu
    công nghiệp; Thống kê tỉnh; các đơn vị, địa phương liên quan | theo chức năng nhiệm vụ được giao thực hiện …``).
    ([], None) unless a task follows the last item."""
    items: list[AgencyMention] = []
    cursor = position
    for _ in range(_TAIL_ITEMS):
        separator = _ITEM_SEP.match(text, cursor, end)
        if not separator:
            break
        at = separator.end()
        # "… và ban thường vụ cấp ủy trực thuộc Trung ương | căn cứ …": a Party group opens without a plural word
        opens = PLURAL_OPENS.match(text, at, end) or _party_phrase_at(text, at, end)
        group = _generic_group_from(text, at, end) if opens else None
        if group is not None and len(group.text.split()) >= 2:
            items.append(group)
            cursor = group.end
            following = _ITEM_SEP.match(text, cursor, end)
            if following and _party_phrase_at(text, following.end(), end):
                continue  # "…, các ban đảng Trung ương, | cấp ủy, tổ chức đảng các cấp | tiếp tục …": one more group
            break  # a group ends the list: its verb follows
        kind = _BARE_KIND.match(text, at, end)
        if kind and _kind_follows(text, cursor, end):
            # "Mặt trận Tổ quốc Việt Nam, | đoàn thể | và các tổ chức khác …": every body of that kind
            items.append(AgencyMention(at, kind.end(), kind.group(), f"{PLURAL_WORD} {kind.group()}",
                                       generic=True))
            cursor = kind.end()
            continue
        name = _UNLISTED_NAME.match(text, at, end)
        if not name or is_generic(name.group()):
            break
        items.append(AgencyMention(at, name.end(), name.group(), canonical_agency(name.group()), generic=False))
        cursor = name.end()
    task = _task_follows(text, cursor, end) if items else None
    if task is None or "," in text[cursor:task]:
        # "… các đơn vị và doanh nghiệp, tổ chức, cá nhân …": the list goes on, no verb, unless a long list of groups
        # and bodies reaches one
        return _long_list_tail(text, position, end)
    if not _patterns()["task_start"].match(text, task, end):
        # "…, các tổ chức | tôn giáo, các xã, phường và toàn dân tham gia …": the words after the group may qualify it
        # in a list that goes on
        longer = _long_list_tail(text, position, end)
        if longer[0] and longer[0][-1].end > cursor:
            return longer
    return items, task


_LONG_LIST_ITEMS = 12
#: Where one item of a long subject list ends: a separator, "và", or a gloss's parenthesis.
_ITEM_END = regex.compile(r"[ \t]*+(?:[;,(]|" + CONNECTOR + r"[ \t])")
#: The people that may close a subject list ([inline] list_closing_people): "… | và mọi người dân | triển khai …".
_CLOSING_PEOPLE = regex.compile(r"(?:" + _alternation(_cfg()["inline"]["list_closing_people"]) + r")(?![\p{L}\p{M}])")
#: Capitalised words that end a group's owner after "trực thuộc" ("các đơn vị trực thuộc thành phố | Hà Nội").
_OWNER_NAME = regex.compile(r"(?:[ \t\n]{1,3}\p{Lu}[\p{L}\p{M}]*+){1,4}")


def _item_end(text: str, at: int, end: int) -> int:
    """Where the item of a subject list opening at ``at`` ends, a gloss in parentheses inside it skipped."""
    position = at
    while (found := _ITEM_END.search(text, position, end)) is not None:
        if text[found.end() - 1] != "(":
            return found.start()
        close = _find(text, ")", found.end())
        if not 0 < close < min(end, found.end() + _GLOSS_CHARS):
            return found.start()
        position = close + 1
    return end


#: Only a gloss in parentheses up to an item's end: "(sau đây viết tắt là cơ quan, đơn vị)".
_GLOSS_ONLY = regex.compile(r"[ \t\n]*+\([^()]*+\)[ \t]*+")


@cache
def _local_units() -> frozenset[str]:
    """The administrative units (data/agency_heads.toml [scope] units), each a kind of body in a list: "các xã, phường"."""
    return frozenset(word_list("agency_heads.toml", "scope", "units"))


def _listed_kind(text: str, at: int, stop: int) -> Optional[int]:
    """The end of a kind of body named bare from ``at`` (before ``stop``) that goes on the group before it in a list
    ("các xã, | phường", "các doanh nghiệp, | tổ chức Hội"), or None."""
    group = _generic_group_from(text, at, stop)
    if group is not None and text[at:at + 1].islower():
        return group.end
    word = _WORD_AHEAD.match(text, at, stop)
    if word is not None and (word.group(1).lower() in _local_units() or is_generic(f"{PLURAL_WORD} {word.group(1)}")) \
            and text[at:at + 1].islower():
        return word.end()
    return None


def _item_follows(text: str, position: int, end: int) -> bool:
    """Whether another item of a subject list follows the separator at ``position``: a plural group, a named body or
    the people closing the list ("…, | các xã, phường", "… | và toàn dân")."""
    separator = _ITEM_SEP.match(text, position, end)
    if separator is None:
        return False
    at = separator.end()
    return bool(PLURAL_OPENS.match(text, at, end) or _CLOSING_PEOPLE.match(text, at, end)
                or any(m.start == at for m in find_agencies(text, at, min(end, at + _GLOSS_CHARS))))


def _long_list_tail(text: str, position: int, end: int) -> tuple[list[AgencyMention], Optional[int]]:
    """The items of a long subject list after ``position`` that mixes plural groups and named bodies, up to the task's
    verb (round 54): "…, | các tổ chức chính trị - xã hội, | các xã, phường, | các doanh nghiệp, tổ chức Hội (sau đây
    viết tắt là cơ quan, đơn vị) và mọi người dân | triển khai Đợt thi đua …"; "…; | các đơn vị trực thuộc thành phố Hà
    Nội | xét, trình …". A bare kind after a group goes on that group ("các xã, | phường"); the people closing the list
    are no body. ([], None) unless a verb follows the last item."""
    items: list[AgencyMention] = []
    cursor = position
    for _ in range(_LONG_LIST_ITEMS):
        separator = _ITEM_SEP.match(text, cursor, end)
        if not separator:
            break
        at = separator.end()
        people = _CLOSING_PEOPLE.match(text, at, end) if items and CONNECTOR in separator.group() else None
        if people is not None:
            task = _task_follows(text, people.end(), end)
            return (items, task) if task is not None else ([], None)
        stop = _item_end(text, at, end)
        named = next((m for m in find_agencies(text, at, stop) if m.start == at and not m.generic), None)
        if PLURAL_OPENS.match(text, at, end):
            group = _generic_group_from(text, at, stop)
            if group is None:
                break
            owner = owner_word().search(text, group.start, group.end)
            name = _OWNER_NAME.match(text, group.end, stop) if owner is not None else None
            if name is not None:  # "các đơn vị trực thuộc thành phố | Hà Nội"
                group = _group_mention(text, group.start, name.end())
            elif group.end < stop and _item_follows(text, stop, end):
                group = _group_mention(text, group.start, stop)  # "các tổ chức | tôn giáo |, các xã …": its qualifier
            items.append(group)
            cursor = group.end
        elif named is not None:
            items.append(named)
            cursor = named.end
        elif items and items[-1].generic and "," in separator.group() \
                and (kind := _listed_kind(text, at, stop)) is not None:
            cursor = kind  # "các xã, | phường", "các doanh nghiệp, | tổ chức Hội": one more kind of the group before
            items[-1] = _group_mention(text, items[-1].start, kind)
        else:
            break
        gloss = _GLOSS_ONLY.fullmatch(text, cursor, stop)
        if gloss is not None:
            cursor = stop  # "… tổ chức Hội | (sau đây viết tắt là cơ quan, đơn vị)": the list's short form
        if cursor < stop:
            task = _task_follows(text, cursor, end)
            return (items, task) if task is not None else ([], None)
    if items:
        task = _task_follows(text, cursor, end)
        if task is not None and "," not in text[cursor:task].split("(")[0]:
            return items, task
    return [], None


_GLOSS_CHARS = 120


#: The mark that closes a list left open ("Thành Đoàn... | phát động", "…, Hội Nông dân v.v. | tổ chức …"): an ellipsis
#: or the words of ``[inline] etcetera``.
_ETCETERA = regex.compile(r"(?:\.{3}|…|(?i:" + _alternation(_cfg()["inline"]["etcetera"]) + r"))[ \t,]*+")


def _task_follows(text: str, position: int, end: int) -> Optional[int]:
    """Start of the task after a subject list, or None when no verb follows; a gloss in parentheses between them is
    skipped ("BHXH tỉnh, thành phố trực thuộc Trung ương (gọi chung là BHXH tỉnh) | căn cứ …")."""
    start = position
    while position < end and text[position] in " ,\t":
        position += 1
    etcetera = _ETCETERA.match(text, position, end)
    if etcetera:  # "…, Hội Cựu chiến binh Thành phố, Thành Đoàn... | phát động …": the list closed by "..." or "v.v."
        position = etcetera.end()
    wrapped = _space_after(text, position, end)
    if wrapped < end and text[wrapped] == "(" and text.count("\n", position, wrapped) == 1:
        position = wrapped  # "Giao Sở Nông nghiệp và Môi trường⏎(Chi cục Kiểm lâm) chủ trì …": the gloss wrapped
    if position < end and text[position] == "(":
        close = _find(text, ")", position)
        if 0 < close < min(end, position + _GLOSS_CHARS):
            position = close + 1
            while position < end and text[position] in " ,\t":
                position += 1
    apposition = apposition_pattern().match(text, position, end)
    if apposition:  # "Bộ Tài chính | - Cơ quan Thường trực Ban Chỉ đạo 751 | tổng hợp …": the body's role, no task
        served = next((m for m in find_agencies(text, apposition.end(), min(end, apposition.end() + _GLOSS_CHARS))
                       if m.start - apposition.end() <= 1), None)
        position = _NAME_NUMBER.match(text, served.end).end() if served else apposition.end()
        while position < end and text[position] in " \t":
            position += 1
    if position >= end or not text[position].islower():
        return None
    p = _patterns()
    # "Ủy ban nhân dân các tỉnh | nơi có bệnh viện … | phối hợp …": the task starts at the relative clause's verb (a
    # clause whose verb is not known keeps it: "Ngân hàng Chính sách xã hội | nơi cho vay thông báo …")
    position = after_relative(text, position, end) or position
    if p["mandate"].match(text, position, end) or p["assigned"].match(text, position, end):
        return position  # "… theo chức năng nhiệm vụ được giao thực hiện …": the mandate opens the task
    if "," in text[start:position] and p["inserted"].match(text, position, end):
        return position  # "Sở Tài chính, | trên cơ sở đề xuất của …, chủ trì …": an adverbial between commas
    if refuses_task(text, position, end):
        return None
    if p["task_verb"].match(text, position, end):
        return position
    if len(_WORD_RUN.findall(text, position, min(end, position + _TASK_WORDS_WINDOW))) < _MIN_TASK_WORDS:
        return None  # "Phòng Nghiên cứu khoa học" in a list of units: the name's lower-case tail, no task
    return position


#: A number that ends a body's name: "Ban Chỉ đạo | 751".
_NAME_NUMBER = regex.compile(r"(?:[ \t]{1,3}\d{1,4}(?![\p{L}\p{N}]))?")


def _capitalised_title(title: regex.Match) -> bool:
    """Whether an official's title is written with its capital ("Bộ trưởng", "đồng chí Bộ trưởng"), not the lower-case
    verb or noun it may also be ("lãnh đạo, chỉ đạo …")."""
    return any(ch.isupper() for ch in title.group())


#: Fewer words than this after a body, with no task verb, end its name rather than give a task.
_MIN_TASK_WORDS = 4
_TASK_WORDS_WINDOW = 80  # characters: the words are counted near the body only (a long sentence is not re-read)
_WORD_RUN = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _group_subject(doc: DocumentStructure, start: int, end: int) -> Optional[tuple[AgencyMention, int]]:
    """A plural group as the subject of a sentence in a section that hands out work, with a verb of
    the task list after it: (the group, where its task starts); None otherwise."""
    kind = doc.top_kind_at(start)
    path = doc.path_at(start)
    if kind not in _cfg()["inline"]["group_subject_sections"] and not (doc.headingless and kind == "purpose") \
            and not (len(path) > 1 and path[-1].kind in _cfg()["inline"]["group_subject_subsections"]):
        # (a news article's question heading that opens with "Yêu cầu" reads as a purpose; its body hands out work)
        return None
    p = _patterns()
    at = _past_label(doc.text, start, end)
    intro = p["intro"].match(doc.text[at:end])
    if intro:
        at += intro.end()
    title = official_pattern().match(doc.text, at, end)
    if title and _capitalised_title(title):
        return _with_kept_head(doc.text, title, _headed_group(doc.text, title.end(), end))
    found = _group_at(doc.text, at, end)
    if found is None and intro:
        found = _group_at(doc.text, at, end, bare_list=True)  # "Trường hợp …, thì | cơ quan, tổ chức, đơn vị yêu cầu …"
    if found is None and not intro and _opens_numbered_item(doc.text, at):
        found = _group_at(doc.text, at, end, singular=True)  # "3. Cơ quan Kiểm lâm trên địa bàn phối hợp với …"
    return found


def _party_subject(doc: DocumentStructure, start: int, end: int, inside: list[AgencyMention]
                   ) -> Optional[tuple[AgencyMention, int, int]]:
    """A regulated party that opens the sentence ``text[start:end]`` before a verb of its duty, in a part that gives
    work (as :func:`_group_subject`): (the party, where its task starts, where it ends — at the clause's ";"). None in
    a scope, definitions or principles article, for an item under a lead-in of cases ("… được dừng bán hàng trong các
    trường hợp sau đây:" ⏎ "1. Chủ doanh nghiệp thực hiện việc nâng cấp …"), and when a named body opens a clause of
    the sentence (its own readers give it): "3. Hộ gia đình, cá nhân | thực hiện quy định về phân loại …"."""
    kind = doc.top_kind_at(start)
    path = doc.path_at(start)
    if kind not in _cfg()["inline"]["group_subject_sections"] and not (doc.headingless and kind == "purpose") \
            and not (len(path) > 1 and path[-1].kind in _cfg()["inline"]["group_subject_subsections"]):
        return None
    text = doc.text
    at = _past_label(text, start, end)
    intro = _patterns()["intro"].match(text[at:end])
    if intro:
        at += intro.end()
    if not party_article(text, at) or any(no_party_title(s.heading or "") for s in path) \
            or _under_case_lead_in(text, start):
        return None  # (a news page's subhead too: "## Các hành vi bị nghiêm cấm trong hoạt động xây dựng")
    found = party_group_at(text, at, end)
    if found is None:
        return None
    mention, task_start = found
    semicolon = text.find(";", task_start, end)
    task_end = semicolon if semicolon >= 0 else end
    if text[task_start:task_end].rstrip(" \t\n*_").endswith(":"):
        return None  # "Doanh nghiệp thực hiện theo một trong các cách thức sau:": the ways, options rather than tasks
    for body in inside:
        if body.start >= task_end:
            break
        if body.start < task_start:
            return None  # "Chủ đầu tư dự án do | Sở Xây dựng | …": a body inside the party's name
        comma = _rfind(text, ",", task_start, body.start)
        if _is_subject_position(text, max(task_start, comma + 1), body.start):
            return None  # "…, | Ủy ban nhân dân cấp xã | thẩm định …": a clause of the body's own
    return mention, task_start, task_end


#: How far back an item's lead-in is looked for: the line before the item or a few items up.
_CASE_LEAD_IN_CHARS = 1200
_LINE_COLON = regex.compile(r":[ \t*_]*\n", flags=regex.REVERSE)


def _under_case_lead_in(text: str, start: int) -> bool:
    """Whether the item at ``start`` is listed under a lead-in of cases ([inline] case_lead_ins: "… trong các trường
    hợp sau đây:") or of what lays no duty ([inline] party_not_in_articles: "Các hành vi bị nghiêm cấm:"), the nearest
    colon that ends a line before it."""
    colon = _LINE_COLON.search(text, max(0, start - _CASE_LEAD_IN_CHARS), start)
    if colon is None:
        return False
    line_start = _rfind(text, "\n", 0, colon.start()) + 1
    return case_lead_in().search(text, line_start, colon.start() + 1) is not None \
        or no_party_title(text[line_start:colon.start()])  # "Các hành vi bị nghiêm cấm gồm:" over its items


_ASKING_BEFORE_CHARS = 24  # how far before a group its asking verb is looked for
_REQUESTED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["mode"]["requested"])
                                  + r")[ \t\n]{1,3}$")


def _asked_before(text: str, start: int, group_start: int) -> bool:
    """Whether the group that opens a clause at ``group_start`` is asked, not ordered: a requesting verb ends the
    fronted condition before it ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, | đề nghị | các cơ quan, đơn
    vị kịp thời báo cáo …"; [mode] requested)."""
    return _REQUESTED_BEFORE.search(text, max(start, group_start - _ASKING_BEFORE_CHARS), group_start) is not None


def _past_label(text: str, start: int, end: int) -> int:
    """Where a sentence's words start after its list marker and a procedure step's label ("2. ", "Bước 3: Trên cơ sở
    kết quả đánh giá, …"), and the spaces after them."""
    p = _patterns()
    at = start
    for opening in (p["list_marker"], p["step_label"]):
        label = opening.match(text, at, end)
        if label is not None:
            at = label.end()
    while at < end and text[at] in " \t":
        at += 1
    return at


def _opens_numbered_item(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a numbered or lettered item: its marker before it on the line ("3. Cơ quan …")
    or alone on the line above ("3." ⏎ "Cơ quan …")."""
    line_start = _rfind(text, "\n", 0, at) + 1
    if at - line_start > _MARKER_LINE_CHARS:
        return False  # more than a marker before the word (not sliced: a one-line page would be copied per sentence)
    before = text[line_start:at].strip(" \t*_")
    if not before and line_start > 0:
        above = _rfind(text, "\n", 0, line_start - 1) + 1
        if line_start - 1 - above > _MARKER_LINE_CHARS:
            return False
        before = text[above:line_start - 1].strip(" \t*_")
    return bool(before) and _NUMBERED_MARKER.fullmatch(before) is not None


_MARKER_LINE_CHARS = 24  # the longest line that holds a marker alone, with its blanks and markup ("**1.2.3)** ")


#: A numbered or lettered item's marker: "3.", "2)", "b)", "(4)".
_NUMBERED_MARKER = regex.compile(r"\(?(?:\d{1,2}(?:\.\d{1,2}){0,2}|" + shape("letter") + r")[.)]")


_HEADED_WORDS = 16  # longest group an official heads, in words


@cache
def _headed_group_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _cfg()["inline"]
    head = regex.compile(r"(?:(?i:" + _PLURAL + r")[ \t]{1,3})?(?i:" + _alternation(cfg["group_heads"]) + r")(?![\p{L}\p{M}])")
    # (not right after a passive word, where the verb says which bodies: "Thủ trưởng các đơn vị thuộc Bộ | được giao
    # nhiệm vụ phổ biến … | chịu trách nhiệm …"; round 55)
    verb = regex.compile(passive_guard() + r"(?:(?:" + _patterns()["task_start"].pattern + r")|(?:"
                         + _alternation(cfg["official_verbs"]) + r")(?![\p{L}\p{M}]))")
    return head, verb


def _with_kept_head(text: str, title: regex.Match[str], group: Optional[tuple[AgencyMention, int]]
                    ) -> Optional[tuple[AgencyMention, int]]:
    """The group after a title that ends in its body's head word is that head's body: "Chánh văn phòng | tỉnh ủy |
    quyết định việc mang tài liệu …" → "Văn phòng tỉnh ủy" (``assignments.toml`` ``[execution.title_keeps]``)."""
    kept = title_keeps().get(title.group("title").casefold())
    if group is None or kept is None:
        return group
    mention, task_start = group
    at = title.start("title") + len(title.group("title")) - len(kept)
    return AgencyMention(at, mention.end, text[at:mention.end], f"{kept} {mention.canonical}"), task_start


def _headed_group(text: str, at: int, end: int) -> Optional[tuple[AgencyMention, int]]:
    """The group an official heads at the start of a sentence, up to the verb of its task: "Người đứng đầu | cơ
    quan, tổ chức | quyết định việc công bố …", "Thủ trưởng | các cơ quan, đơn vị | chỉ đạo …" (the official stands
    for the bodies, policy P6)."""
    head, verb = _headed_group_patterns()
    start = min(_space_after(text, at), end)
    if not head.match(text, start, end):
        return None
    duty = _passive_to_duty(text, start, end)
    if duty is not None:
        # "Thủ trưởng | các đơn vị thuộc Bộ được giao nhiệm vụ phổ biến … | chịu trách nhiệm …": the passive says which
        # units, the group runs to its duty word
        name = text[start:duty].rstrip(" ,\t\n")
        return AgencyMention(start, start + len(name), name, " ".join(name.split()), generic=True), duty
    for word in _WORD_GAP.finditer(text, start, min(end, start + 200)):
        if text[word.start():word.end()].strip() in (".", ";", ":"):
            return None
        if "," in text[word.start():word.end()] and head.match(text, word.end(), end):
            continue  # "cơ quan, | tổ chức": another noun of the list, not the verb "tổ chức"
        if _duty_patterns()[0].match(text, word.end(), end):
            return None  # "Thủ trưởng các cơ quan, đơn vị | có trách nhiệm …": a duty, read by the duty rule
        if _patterns()["cannot"].match(text, word.end(), end):
            return None  # "Người đứng đầu cơ quan … | có thể quyết định …": a power granted, no task
        if verb.match(text, word.end(), end):
            name = text[start:word.end()].rstrip(" ,\t\n")
            if len(name.split()) > _HEADED_WORDS:
                return None
            return AgencyMention(start, start + len(name), name, " ".join(name.split()), generic=True), word.end()
    return None


_PASSIVE_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["inline"]["passive"]) + r")[ \t\n]{1,3}")


def _passive_to_duty(text: str, start: int, end: int) -> Optional[int]:
    """Where the duty word starts when the group from ``start`` says which bodies by a passive ("… được giao nhiệm vụ
    phổ biến thông tin …") and a duty word follows in its sentence, no other body named between; else None."""
    stop = _SENTENCE_STOP.search(text, start, min(end, start + _PASSIVE_CHARS))
    limit = stop.start() if stop else min(end, start + _PASSIVE_CHARS)
    passive = _PASSIVE_WORD.search(text, start, limit)
    return duty_after_passive(text, passive.start(), limit, _PASSIVE_WORD, _duty_patterns()[0]) if passive else None


_PASSIVE_CHARS = 200  # how far into its sentence a group's passive and its duty word are read


#: Words after a group's head that make it a person ("cấp ủy viên"): data/agency_heads.toml [generic].
_PERSON_AFTER_GROUP = word_list("agency_heads.toml", "generic", "phrases_not_before")


@cache
def _duty_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    cfg = _cfg()["inline"]
    spaces = _WRAPPED_SPACE
    duty = regex.compile(r"(?<![\p{L}\p{M}])(?:(?i:" + _alternation(cfg["duty_words"], spaces=spaces) + r")(?![\p{L}\p{M}])"
                         r"(?![ \t\n]{1,4}(?i:" + _alternation(cfg["duty_not_before"]) + r")(?![\p{L}\p{M}]))"
                         # a lead-in's duty word: its colon closes the line ("… có nhiệm vụ | sau:")
                         r"|(?i:" + _alternation(cfg["lead_in_duty_words"], spaces=spaces) + r")(?=[^\n:.;]{0,24}+:[ \t*_]{0,4}(?:\n|$)))")
    plural = _PLURAL
    verbs = regex.compile(r"(?<![\p{L}\p{M}])" + passive_guard() + r"(?i:" + _alternation(cfg["group_verbs"], spaces=spaces)
                          + r")(?![\p{L}\p{M}])")
    cuts = regex.compile(r"[ \t\n]{1,4}(?i:" + _alternation(cfg["duty_subject_cuts"], spaces=spaces) + r")(?![\p{L}\p{M}])")
    head = regex.compile(r"(?<=^|[\n,;:.!?][ \t*_]{0,4}|(?:^|\n)[ \t]{0,4}[-+•][ \t]{1,4}|\d[.)][ \t]{1,4}|" + shape("letter")
                         + r"\)[ \t]{1,4}|(?<![\p{L}\p{M}])(?i:" + _alternation(cfg["consequence_words"]) + r")[ \t\n]{1,3})"
                         r"(?i:(?:" + plural + r")[ \t]{1,3})?(?i:" + _alternation(duty_subject_heads(), spaces=spaces)
                         + r")(?![\p{L}\p{M}])"
                         # "Cấp ủy viên …": a member, no body (data/agency_heads.toml [generic] phrases_not_before)
                         r"(?![ \t]{1,3}(?i:" + _alternation(_PERSON_AFTER_GROUP) + r")(?![\p{L}\p{M}]))")
    return duty, head, verbs, cuts


@cache
def _lead_in_duties() -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in _cfg()["inline"]["lead_in_duty_words"])


def _lead_in_only(word: str) -> bool:
    """Whether a duty word reads so only as a lead-in over items ("… có nghĩa vụ:", data/assignments.toml [inline]
    lead_in_duty_words), whose colon must then follow after lead-in words alone ("có các nghĩa vụ | sau:")."""
    return " ".join(word.lower().split()) in _lead_in_duties()


_TAIL_WORD = regex.compile(r"[^\s,:*]+")


def _lead_in_words_to_colon(text: str, start: int) -> bool:
    """Whether only lead-in words stand between ``start`` and the next colon ("có các nghĩa vụ | sau:"), read word by
    word up to the first other one — a lead-in's colon is a few words away, the text's next one may be pages on."""
    colon = text.find(":", start)
    end = colon if colon >= 0 else len(text) - 1
    syllables = _lead_in_syllables()
    return all(word.group().lower() in syllables for word in _TAIL_WORD.finditer(text, start, max(start, end)))


#: An adverb ending a would-be subject right before its duty word (data/assignments.toml [inline] duty_adverbs).
_ADVERB_AT_END = regex.compile(r"(?<![ \t\n,])[ \t\n,]++(?i:" + _alternation(_cfg()["inline"]["duty_adverbs"]) + r")$")
_OPENER_CHARS = 400  # how far into a sentence its fronted condition may run
_DUTY_NOT_AFTER = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["inline"]["duty_not_after"]) + r")[ \t\n]{1,4}$")
_DUTY_NOT_AFTER_CHARS = 12
_GROUP_FIRST = 8  # a named body this near the sentence start is its subject, not a group
#: The comma that closes a fronted adverbial right before a group ("… và Kế hoạch này, | các Sở, ban, ngành …").
_COMMA_BEFORE = regex.compile(r",[ \t\n]*+$")
_COMMA_BEFORE_CHARS = 6
_COMMA_AFTER = regex.compile(r"[ \t]*+,")


@cache
def _complement_word() -> regex.Pattern:
    """A word that makes the body named after it a complement of a duty's subject ([inline] duty_complement_words and
    [words] owner_words), with its spaces, ending right before the body."""
    words = _cfg()["inline"]["duty_complement_words"] + _cfg()["words"]["owner_words"]
    return regex.compile(r"[ \t\n](?:" + alternation(words) + r")[ \t\n]{1,3}$")


def _complement_body(text: str, subject_start: int, body_start: int) -> bool:
    """Whether the named body at ``body_start`` completes a generic subject that opens before it rather than heads the
    clause: "Cơ quan quản lý nhà nước về điện lực tại | Bộ Công Thương có trách nhiệm: …", or is the agent of a passive
    inside it: "Các cơ sở được | Bộ Y tế | công nhận đủ điều kiện … có trách nhiệm gửi báo cáo …"."""
    return body_start > subject_start and \
        (_complement_word().search(text, max(subject_start, body_start - 16), body_start) is not None
         or _passive_agent_word(text, subject_start, body_start) is not None)


@cache
def _agent_word() -> regex.Pattern:
    """A passive word right before the body that is its agent ([inline] passive_agents), with its spaces, ending right
    before the body."""
    return regex.compile(r"[ \t\n](?i:" + _alternation(_cfg()["inline"]["passive_agents"]) + r")[ \t\n]{1,3}$")


_AGENT_WORD_CHARS = 10  # a passive word and its spaces before its agent


def _passive_agent_word(text: str, subject_start: int, body_start: int) -> Optional[int]:
    """Where the passive word before the body at ``body_start`` starts when the body is the passive's agent inside a
    subject that opens at ``subject_start`` ("Các cơ sở | được | Bộ Y tế công nhận …"); else None. The relative clause
    runs from that word to the duty word: its verbs are not the subject's."""
    found = _agent_word().search(text, max(subject_start, body_start - _AGENT_WORD_CHARS), body_start)
    return found.start() + 1 if found else None


def _duty_subjects(text: str, start: int, end: int, mentions: list[AgencyMention],
                   starts: list[int], cue_end: Optional[int] = None) -> list[tuple[AgencyMention, int]]:
    """Noun phrases that open a clause and take a duty word (policy P6), with where the duty starts:
    "Cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài sản công có trách nhiệm cập nhật …" →
    (cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài sản công, the offset of "có trách nhiệm")."""
    duty, head, verbs, cuts = _duty_patterns()
    limit = _cfg()["inline"]["duty_subject_words"]
    found: list[tuple[AgencyMention, int]] = []
    last = start
    # a fronted condition ("Đối với những phản ánh thuộc thẩm quyền của đơn vị khác, …", "… thì") names no subject
    sentence = text[start:min(end, start + _OPENER_CHARS)]  # both patterns are anchored at "^" of the slice
    marker = _patterns()["list_marker"].match(sentence)
    intro = _patterns()["intro"].match(sentence[marker.end():] if marker else sentence)
    opened = start + (marker.end() if marker else 0) + intro.end() if intro else -1
    stop = end if cue_end is None else cue_end
    cues = list(duty.finditer(text, start, stop))
    taken = {cue.start() for cue in cues}
    cues = sorted(cues + [cue for cue in _OBLIGATION.finditer(text, start, stop) if cue.start() not in taken],
                  key=lambda cue: cue.start())
    for cue in cues:
        if _COMMA_AFTER.match(text, cue.end()) and _COMMA_BEFORE.search(text, max(start, cue.start() - _COMMA_BEFORE_CHARS),
                                                                     cue.start()):
            continue  # "… sử dụng trí tuệ nhân tạo an toàn, | có trách nhiệm |, hiệu quả": a quality in a list, no duty
        lead_in_only = _lead_in_only(cue.group()) and not _lead_in_words_to_colon(text, cue.end())
        if lead_in_only and (not _party_obligation(text, max(last, opened, start), cue.start())
                             or _duty_ahead().match(text, cue.end(), min(end, cue.end() + _DUTY_AHEAD_CHARS))):
            # "Người | có nghĩa vụ | kê khai có trách nhiệm:": a person's name, the next duty word is the duty (so for a
            # party: "Doanh nghiệp | có nghĩa vụ | nộp thuế … phải kê khai …")
            continue
        subject = next((m for m in head.finditer(text, max(last, opened), cue.start())
                        if len(text[m.start():cue.start()].split()) <= limit
                        and (not _continues_group(text, m.start()) if m.start() != opened
                             else _one_phrase(text, m.start(), cue.start(), head))),
                       None)
        last = cue.end()
        if subject is None:  # "2. Giáo vụ có trách nhiệm …": a short phrase of any head opening the item
            subject = _item_subject(text, start + (marker.end() if marker else 0), cue)
        if subject is None or _SENTENCE_STOP.search(text, subject.start(), cue.start()):
            continue  # "… của các cơ quan, đơn vị, thời hạn phải …"
        if lead_in_only and not _party_obligation(text, subject.start(), cue.start()):
            continue  # (only a regulated party's "có nghĩa vụ" reads as its duty in running text)
        if _DUTY_NOT_AFTER.search(text, max(subject.start(), cue.start() - _DUTY_NOT_AFTER_CHARS), cue.start()):
            continue  # "… cá nhân thuộc trường hợp bị thu hồi đất và phải giải tỏa …": a relative clause's verb
        cut = cuts.search(text, subject.start(), cue.start())
        index = bisect_left(starts, subject.start())
        # a passive with its agent says which bodies, its verbs are not the subject's ("Các cơ sở | được Bộ Y tế công
        # nhận đủ điều kiện thực hiện kỹ thuật … | có trách nhiệm …")
        agent = _passive_agent_word(text, subject.start(), mentions[index].start) \
            if index < len(mentions) and mentions[index].start < cue.start() and not mentions[index].generic else None
        # a verb of the cut-off clause is not the subject's ("Doanh nghiệp viễn thông | khi triển khai ngầm hóa phải …")
        verb = verbs.search(text, subject.start(), min(cut.start() if cut else cue.start(), agent or cue.start()))
        if verb and not (verb.start() == _space_after(text, subject.end()) and _role_noun(text, verb, cue.start())):
            continue  # "X phối hợp với Y có trách nhiệm …" (but "Cơ quan phối hợp có trách nhiệm …" names a role)
        if index < len(mentions) and mentions[index].start < cue.start() and not mentions[index].generic \
                and not _complement_body(text, subject.start(), mentions[index].start):
            continue  # a named body: the subject rules above read it
        name_end = cut.start() if cut else cue.start()
        while name_end > subject.start() and text[name_end - 1] in " \t\n*_,":
            name_end -= 1
        while (adverb := _ADVERB_AT_END.search(text, subject.start(), name_end)) is not None:
            name_end = adverb.start()  # "người mua | vẫn phải nộp …"
        name_start = subject.start()
        title = official_pattern().match(text, name_start, name_end)  # "Thủ trưởng cơ quan, đơn vị phải …"
        if title and title.end() < name_end:
            name_start = title.end()
        name = text[name_start:name_end]
        if not name.strip() or _PEOPLE_AT_LARGE.fullmatch(name.strip()):
            continue  # "Người dân phải …": a rule for everyone, no party's duty ("người dân xử lý thực bì …" is one)
        canonical = " ".join(name.split())
        announcing = _ANNOUNCING_DUTY.match(text, cue.end(), min(end, cue.end() + _ANNOUNCING_DUTY_CHARS))
        if announcing and announces_items(text, cue.end(), announcing.end()) \
                and _only_lead_in_words(text[cue.end():announcing.end()]) and _items_follow(text, announcing.end()):
            # "Tổ chức, cá nhân quản lý khu vực công cộng có trách nhiệm sau:" over its items: -1 says so
            found.append((AgencyMention(name_start, name_end, name, canonical, generic=True), -1))
            continue
        if _full_stop_lead_in(text, cue.end()):
            # "b) Thủ trưởng các Sở, ban, ngành; UBND các xã có trách nhiệm." over its items: a lead-in whose colon
            # was written as a full stop; -1 says so
            found.append((AgencyMention(name_start, name_end, name, canonical, generic=True), -1))
            continue
        if not _WRITTEN.search(text, cue.end(), min(end, cue.end() + 12)):
            if _LEAD_IN_END.match(text, cue.end()):
                # "- Thủ trưởng các cơ quan, tổ chức, đơn vị có trách nhiệm:" over its items: -1 says so
                found.append((AgencyMention(name_start, name_end, name, canonical, generic=True), -1))
            continue  # "Đơn vị thoát nước có trách nhiệm:" — the duty itself is not written here
        found.append((AgencyMention(name_start, name_end, name, canonical, generic=True), cue.start()))
    return found


#: People at large, no party a duty is laid on ([inline] party_not_heads), when the subject is the word alone: "Người
#: dân | phải …", "Mọi người | phải …" (not "người dân xử lý thực bì trồng rừng | phải …", a party by what it does).
_PEOPLE_AT_LARGE = regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["party_not_heads"], spaces=_WRAPPED_SPACE)
                                 + r")(?![\p{L}\p{M}])")


def _party_obligation(text: str, start: int, cue: int) -> bool:
    """Whether a regulated party ([inline] party_heads) opens a clause between ``start`` and the obligation word at
    ``cue`` — the only subject whose "có nghĩa vụ" reads as its duty in running text (round 57): "Doanh nghiệp có hạ
    tầng mạng viễn thông và chủ sở hữu hạ tầng kỹ thuật | có nghĩa vụ | tạo điều kiện cho doanh nghiệp khác …" (not
    "Người | có nghĩa vụ | kê khai …", a person's name)."""
    return any(party_subject_head(text, m.start(), cue) is not None for m in _CLAUSE_OPENINGS.finditer(text, start, cue))


#: An obligation word in running text ([inline] lead_in_duty_words without their colon): a duty only after a regulated
#: party (:func:`_party_obligation`).
_OBLIGATION = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["inline"]["lead_in_duty_words"],
                                                                     spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")
#: Where a clause may open: the start of the text read, or after a stop, a list marker and the blanks after them — not
#: after a comma ("Mọi tổ chức, | hộ gia đình, hộ kinh doanh, cá nhân có nghĩa vụ nộp thuế …": taxpayers at large).
_CLAUSE_OPENINGS = regex.compile(r"(?:(?<=^)|(?<=[\n;:.)+\-][ \t*_]{0,4}))(?=\p{L})")


_ITEM_BLANKS = 4  # blanks and markup between an item's marker and its subject


@cache
def _item_subject_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    cfg = _cfg()["inline"]
    words = int(cfg["item_subject_words"])
    # the phrase alone is the match, up to the blanks before the duty word (the end of the slice)
    phrase = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]{1,2}[\p{L}\p{M}]+){0,%d}(?=[ \t*_]{1,4}$)" % (words - 1))
    strong = regex.compile(r"(?i:" + _alternation(_cfg()["roles"]["duty_prefixes"], spaces=_WRAPPED_SPACE) + r")")
    not_first = regex.compile(r"(?i:" + _alternation(cfg["item_subject_not_first"]) + r")(?![\p{L}\p{M}])")
    return phrase, strong, not_first


def _item_subject(text: str, opening: int, cue: regex.Match) -> Optional[regex.Match]:
    """The short phrase from ``opening`` (an item's or a sentence's first word) to the duty word ``cue``, when it is
    one: "2. | Giáo vụ | có trách nhiệm công bố điểm …" → "Giáo vụ"; "Việc đánh giá chịu trách nhiệm …" → None."""
    phrase, strong, not_first = _item_subject_patterns()
    if not strong.fullmatch(cue.group()):
        return None  # "phải" after any short phrase is too common ("Hồ sơ phải …")
    at = opening
    while at < cue.start() and text[at] in " \t*_":
        at += 1
    found = phrase.match(text, at, cue.start()) if at - opening <= _ITEM_BLANKS else None
    if found is None or not_first.match(text, found.start()):
        return None
    return found


#: A short tail after a duty word that ends its line with a colon ("có trách nhiệm | sau:", "phải | thực hiện
#: trách nhiệm sau:"): whether it announces items is :func:`announces_items`'s call.
_ANNOUNCING_DUTY = regex.compile(r"[^\n:.;]{1,40}?:[ \t*_]{0,4}(?=\n|$)")
_ANNOUNCING_DUTY_CHARS = 48


#: A duty word that closes its line with a full stop: "… UBND các xã có trách nhiệm."
_BARE_DUTY_END = regex.compile(r"[ \t*_]{0,4}\.[ \t*_]{0,4}(?=\n|$)")


def _full_stop_lead_in(text: str, at: int) -> bool:
    """Whether a duty word ending at ``at`` closes its line with a full stop over a list: a lead-in whose colon was
    written as a full stop (the next line with text is an item, or a paragraph that ends as one of several items
    does, with ";")."""
    if not _BARE_DUTY_END.match(text, at):
        return False
    for line in _LINE.finditer(text, at):
        content = line.group().strip(" \t*_")
        if content and line.start() > at:
            return _ITEM_LINE.match(line.group()) is not None or content.endswith(";")
    return False


def _items_follow(text: str, at: int) -> bool:
    """Whether the next line with text after ``at`` (markup alone is none) opens with an item marker (``a)``, ``-``,
    ``+``)."""
    for line in _LINE.finditer(text, at):
        if line.group().strip(" \t*_"):
            return _ITEM_LINE.match(line.group()) is not None
    return False


#: An item marker opening a line: "+ ", "- ", "a) ".
_ITEM_LINE = regex.compile(r"[ \t]*+(?P<marker>[-+•]|" + shape("letter") + r"[.)])[ \t]++")
_ITEMS_MAX = 30  # items under one lead-in
_PLAIN_BETWEEN_ITEMS = 3  # paragraphs without a marker that may stand between two items of one list
#: A line that is no task between items: a heading or a numbered line, a bold title, a question, the lead-in of
#: another list ("Ngoài ra, Thủ tướng còn yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh …:").
_NOT_AN_ITEM = regex.compile(r"[ \t]*+(?:#|\*\*|\(?\d{1,2}[.)]|[IVXL]{1,5}\.)")


def _not_an_item(line: str) -> bool:
    return _NOT_AN_ITEM.match(line) is not None or line.rstrip(" \t*_").endswith(("?", ":"))


#: A numbered line that names the topic of the items under it: "(1) Về các dự án nguồn điện:", "2. Về truyền tải điện:".
_TOPIC_NUMBER = regex.compile(r"[ \t*_]{0,6}\(?\d{1,2}[.)][ \t*_]{0,6}")


_TAIL_CHARS = 8  # how far back from an item's end its colon is looked for (past markup and spaces)


def _topic_label(line: str) -> bool:
    number = _TOPIC_NUMBER.match(line)
    return number is not None and topic_opener().match(line, number.end()) is not None \
        and line.rstrip(" \t*_").endswith(":")


def _item_kind(marker: str) -> str:
    """"-", "+", "•", or ")" / "." for every lettered item: "a)" and "b)" are items of one list, and so are "a." and
    "b."."""
    return marker[-1] if len(marker) > 1 else marker[0]


@cache
def _place_head() -> regex.Pattern:
    """A place named by its level and proper name, then a colon: "Tỉnh Tuyên Quang:", "Thành phố Hà Nội:" (the
    administrative units of data/agency_heads.toml [scope] units)."""
    levels = _alternation(word_list("agency_heads.toml", "scope", "units"))
    name = r"\p{Lu}[\p{L}\p{M}]*+(?:[ \t]{1,2}\p{Lu}[\p{L}\p{M}]*+){0,3}"
    return regex.compile(r"[ \t*_]*+((?i:" + levels + r")[ \t]{1,2}" + name + r")[ \t*_]*+:[ \t*_]*+")


def _place_item(text: str, at: int, end: int) -> Optional[tuple[AgencyMention, int]]:
    """The place an item names before its colon, and where its task starts: "Tỉnh Cao Bằng: | Hoàn thành di dời …";
    None for an item that opens with its task."""
    place = _place_head().match(text, at, end)
    if place is None:
        return None
    name = place.group(1)
    return AgencyMention(place.start(1), place.end(1), name, " ".join(name.split()), generic=False), place.end()


#: The marks that close an item's clause at its line's end: a next line without a marker is a paragraph of its own.
_CLAUSE_ENDS = frozenset(".;:!?")


def _items_below(text: str, line_end: int, lead_marker: str) -> list[tuple[int, int]]:
    """The items listed under a lead-in line (blank lines between them allowed), up to the first line that is not
    one of them: another marker than the lead's own, the same kind throughout; sub-items of one other kind under an
    item (``+`` under ``-``) are skipped and the items go on after them."""
    items: list[tuple[int, int]] = []
    kind = None
    nested: Optional[str] = None  # the marker of sub-items under the last item ("+" under "-")
    pending: list[tuple[int, int]] = []  # paragraphs with no marker after an item, kept if another item follows
    topics = False  # the last item announced its sub-items by topic ("cụ thể:" ⏎ "(1) Về các dự án nguồn điện:")
    for line in _LINE.finditer(text, line_end):
        item = _ITEM_LINE.match(line.group())
        marker = _item_kind(item["marker"]) if item else None
        if marker is None and kind is not None and _topic_label(line.group()) and (topics or items and text[
                max(0, items[-1][1] - _TAIL_CHARS):items[-1][1]].rstrip(" \t*_").endswith(":")):
            # "- Chỉ đạo đẩy nhanh tiến độ …, cụ thể:" ⏎ "(1) Về các dự án nguồn điện:" ⏎ "+ Chỉ đạo các địa phương …":
            # the topic's items are tasks of the list
            topics, nested, pending = True, None, []
            continue
        if topics and marker is not None and marker != lead_marker and len(items) < _ITEMS_MAX:
            kind = marker
            items.extend(pending)
            pending = []
            items.append((line.start() + item.end(), line.end()))
            continue
        if marker is None and kind is not None and nested is None and items and not pending \
                and line.start() == items[-1][1] + 1 and text[items[-1][1] - 1:items[-1][1]] not in _CLAUSE_ENDS:
            # "a) Thẩm định và trình" ⏎ "Bộ trưởng Bộ Công Thương phê duyệt …;": the item's line wrapped hard in
            # mid-clause (no blank line, no mark closing it), its own next line (round 56)
            items[-1] = (items[-1][0], line.end())
            continue
        if marker is None and kind is not None and nested is None and len(pending) < _PLAIN_BETWEEN_ITEMS \
                and not _not_an_item(line.group()):
            # "- Chịu trách nhiệm …;" ⏎ "Chỉ đạo quyết liệt hơn nữa, …" ⏎ "- Tập trung rà soát …": a paragraph
            # between two items of the list is a task of it too
            pending.append((line.start(), line.end()))
            continue
        if marker is not None and marker == kind and pending:
            items.extend(pending)
        pending = []
        if marker is None or marker == lead_marker or len(items) >= _ITEMS_MAX:
            break
        if kind is not None and marker != kind:
            if nested is not None and marker != nested:
                break
            nested = marker  # "+ Việc kê khai lần đầu …" under "- Tổ chức phổ biến …": part of that item, no task
            continue
        nested = None
        kind = marker
        items.append((line.start() + item.end(), line.end()))
    return items or _unmarked_items_below(text, line_end)


_UNMARKED_ITEMS_MAX = 8  # paragraphs read as the items of a lead-in whose list lost its markers
_ITEM_ENDS = (".", ";")


def _unmarked_items_below(text: str, line_end: int) -> list[tuple[int, int]]:
    """The items of a lead-in whose list the conversion wrote without markers: "b) Thủ trưởng các Sở, ban, ngành; UBND
    các xã có trách nhiệm:" ⏎ "Trả lời các ý kiến được gửi đến …;" ⏎ "Phân công Lãnh đạo cơ quan, đơn vị theo dõi …."
    — the paragraphs right below it that each end as a list item does (";" or "."), up to the first that does not, a
    marked line, a heading or a title."""
    items: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, line_end):
        content = line.group()
        if not content.strip():
            continue
        if _ITEM_LINE.match(content) or _not_an_item(content) or _HEADING_START.match(content) \
                or not content.rstrip(" \t*_").endswith(_ITEM_ENDS) or content.upper() == content \
                or len(items) >= _UNMARKED_ITEMS_MAX:
            break
        items.append((line.start(), line.end()))
    return items


def _role_noun(text: str, verb: regex.Match, cue: int) -> bool:
    """Whether a verb right after a subject's head noun names the body's role in a procedure rather than what it
    does: ``Cơ quan phối hợp | có trách nhiệm …``, ``đơn vị chủ trì thi công | phải thông báo …`` — one of the
    role verbs, not followed by its partner (``Cơ quan A phối hợp với …``), and no other verb before the duty."""
    if verb.group().lower() not in _cfg()["inline"]["role_noun_verbs"]:
        return False
    return not _patterns()["partner_word"].match(text, _space_after(text, verb.end()), cue)


def _one_phrase(text: str, start: int, end: int, head: regex.Pattern) -> bool:
    """Whether a subject right after a fronted condition is one noun phrase up to its duty word: each comma in it
    goes on with another actor ("đơn vị tiếp nhận phản ánh", "cơ quan, đơn vị xử lý"), not with a thing that is the
    real subject ("… cơ quan, đơn vị có nghĩa vụ nộp ngân sách nhà nước, hồ sơ đề nghị khen thưởng phải …")."""
    opening = head.match(text, start, end)
    at = opening.end() if opening is not None else start  # "cơ sở khám bệnh, chữa bệnh": a comma inside the head
    while (comma := _COMMA.search(text, at, end)) is not None:
        after = head.match(text, comma.end(), end)
        if after is None:
            return False
        at = after.end()
    return True


_COMMA = regex.compile(r",[ \t\n]{0,3}")


def _continues_group(text: str, at: int) -> bool:
    """Whether the noun at ``at`` goes on a list of groups begun before its comma ("của các cơ quan, đơn vị"): the
    words before the comma are generic and end as a group's head noun or qualifier does (not "… không đúng thông
    tin, cơ quan tiếp nhận có trách nhiệm …", whose "thông tin" is a word of names but no group)."""
    comma = _rfind(text, ",", max(0, at - 6), at)
    if comma < 0 or text[comma + 1:at].strip(" \t\n*_"):
        return False
    words = text[max(0, comma - 24):comma].split()[-2:]
    return bool(words) and is_generic(" ".join(words)) and words[-1].lower() in _group_last_words()


@cache
def _group_last_words() -> frozenset[str]:
    """The last word of each group head and duty subject ("quan" of "cơ quan", "vị" of "đơn vị"), and of the
    qualifiers that may end a group ("liên quan")."""
    cfg = _cfg()["inline"]
    return frozenset(h.split()[-1].lower() for h in cfg["group_heads"] + duty_subject_heads()
                     + cfg["group_qualifiers"])


#: A letter or digit: the duty is written after its duty word.
_WRITTEN = regex.compile(r"[\p{L}\d]")


#: The word before the body that owns a group, at the end of what precedes that body: "… trực thuộc | Tỉnh ủy".
_OWNED = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_WORDS["owner_words"]) + r")[ \t\n]{1,3}$")


#: The end of the clause before a giving verb that opens the next one: "…; đề nghị các cơ quan …".
_CLAUSE_OPENING = regex.compile(r"[;:][ \t\n]*+$")


@cache
def _speaker_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """Who speaks without a named body — the document ("Kết luận nêu rõ") or a leader by title ("Phó Thủ tướng", "Thủ
    tướng Phạm Minh Chính") — and the words between a giver and its giving verb ("cũng")."""
    cfg = _cfg()["inline"]
    leader = (r"(?:" + _alternation(cfg["speaker_titles"]) + r")(?:[ \t]++\p{Lu}[\p{Ll}\p{M}]*+){0,%d}"
              % int(cfg["speaker_name_words"]))
    speaker = regex.compile(r"(?:(?i:" + _alternation(cfg["speaker_documents"]) + r")|" + leader + r")(?![\p{L}\p{M}])")
    tail = regex.compile(r"(?:[ \t]++(?i:" + _alternation(cfg["giver_adverbs"]) + r")(?![\p{L}\p{M}]))*+[ \t]*+,?[ \t]*+")
    return speaker, tail


@cache
def _purpose_opening() -> regex.Pattern:
    """A fronted purpose clause before the giver: ``[inline] fronted_purpose`` ("Để …, ", "Nhằm …, ")."""
    return regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["fronted_purpose"]) + r")[ \t]")


@cache
def _leading_intro() -> regex.Pattern:
    """An intro and its comma that open a sentence ([inline] intros: "Theo đó, ")."""
    return regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["intros"]) + r")[ \t]*+,[ \t]*+")


_GIVER_CHARS = 160  # longest giver before its giving verb ("Ban Thường vụ Tỉnh ủy Đảng bộ … cũng")
_PURPOSE_CHARS = 320  # longest purpose clause before a giver ("Để cuộc bầu cử đại biểu Quốc hội khóa XVI và … cao, ")


def _giver_opens(text: str, opening: int, cue: int, mentions: list[AgencyMention], starts: list[int]) -> bool:
    """Whether the sentence from ``opening`` to its giving verb at ``cue`` is only who gives: a named body or its
    official ("Bộ Chính trị | yêu cầu các cấp ủy, tổ chức đảng …", "Chủ tịch UBND tỉnh | giao các sở, ngành …") or the
    document itself ("Kết luận nêu rõ | yêu cầu …"), after an opening adverbial ("Theo đó, "). Not "Sở Y tế có quyền
    | yêu cầu …": a power of that body, no task given."""
    if cue - opening > _GIVER_CHARS + _PURPOSE_CHARS:
        return False  # bounded: on a flattened page a "sentence" may be a whole line
    at = opening
    while at < cue and text[at] in " \t*_":
        at += 1
    lead = _leading_intro().match(text, at, cue)
    if lead and _purpose_opening().match(text, lead.end(), cue):
        at = lead.end()  # "Theo đó, | căn cứ các kết luận …, Kết luận nêu rõ yêu cầu …": the purpose after an intro
    if _purpose_opening().match(text, at, cue):
        # "Để cuộc bầu cử … đạt kết quả cao, | Bộ Chính trị yêu cầu …": a fronted purpose clause, to its last comma
        comma = text.rfind(",", at, cue)
        if comma > at:
            at = comma + 1
            while at < cue and text[at] in " \t":
                at += 1
    if cue - at > _GIVER_CHARS:
        return False
    intro = _patterns()["intro"].match(text[at:cue])
    at += intro.end() if intro else 0
    speaker, tail = _speaker_patterns()
    title = official_pattern().match(text, at, cue)
    body = mention_at(mentions, starts, title.end() if title else at)
    if body is not None and not body.generic and body.end <= cue:
        at = body.end
    elif (document := speaker.match(text, at, cue)) is not None:
        at = document.end()
    else:
        return False
    return tail.fullmatch(text, at, cue) is not None


def _asked_groups(text: str, start: int, end: int, mentions: list[AgencyMention],
                  starts: list[int]) -> list[Assignment]:
    """A plural group right after a giving verb, with the verb of its task (policy P2: a group that is the subject
    of a task): "Khuyến khích các cơ sở giáo dục | phối hợp với các tổ chức, doanh nghiệp …", "Đề nghị các cơ quan
    báo chí | tăng cường tuyên truyền …" (requested)."""
    p = _patterns()
    records: list[Assignment] = []
    marker = p["list_marker"].match(text, start, end)
    opening = marker.end() if marker else start
    for cue in _giving_cues(text, start, end):
        records += _asked_group(text, opening, cue, end, mentions, starts)
    return records


def _asked_group(text: str, opening: int, cue: regex.Match, end: int, mentions: list[AgencyMention],
                 starts: list[int]) -> list[Assignment]:
    """The records of a plural group right after the giving verb ``cue`` (see ``_asked_groups``), or of each group
    of a list of them (:func:`_directed_members`); [] when none."""
    if cue.start() != opening and not _CLAUSE_OPENING.search(text, max(opening, cue.start() - 3), cue.start()) \
            and not _giver_opens(text, opening, cue.start(), mentions, starts):
        return []  # "… có quyền yêu cầu các tổ chức thực hiện …" is part of another body's task
    requested = bool(_patterns()["requested"].match(cue.group()))
    group = _group_at(text, cue.end(), end)
    listed = _directed_members(text, _space_after(text, cue.end()), end)
    if listed is not None and (group is None or len(listed[0]) > 1):
        # "Phó Thủ tướng yêu cầu | các tỉnh, các Chủ đầu tư, Ban Quản lý dự án, nhà thầu thi công | cần phải tập trung
        # …": each group of the list is asked (SPEC §6: one record per agency)
        members, task_start = listed
        return [r for r in (_record(text, task_start, end, member, mentions, requested, starts) for member in members)
                if r]
    if group is None:
        # "Ủy ban nhân dân tỉnh yêu cầu Giám đốc | các sở, ban, ngành | triển khai …": the heads stand for the group
        # they head (policy P6)
        title = official_pattern().match(text, _space_after(text, cue.end()), end)
        group = _group_at(text, title.end(), end) if title is not None else None
    if group is None:
        return []
    record = _record(text, group[1], end, group[0], mentions, requested, starts)
    return [record] if record else []


def _directing_groups(text: str, cue: regex.Match, end: int) -> bool:
    """Whether a directing verb that otherwise only leads in items ([inline] lead_in_giving) gives the groups right
    after it their task: "Chủ tịch UBND TPHCM chỉ đạo | các đơn vị | thường xuyên quán triệt …" (the groups' record;
    the giver keeps its own). Only a group that opens with the plural word, before a verb of its task."""
    at = _space_after(text, cue.end())
    return PLURAL_OPENS.match(text, at, end) is not None and _group_at(text, at, end) is not None \
        or _directed_members(text, at, end) is not None


_DIRECTED_CHARS = 200  # longest list of groups between a giving verb and its task
_DIRECTED_WORDS = 8  # most words of one group of such a list
_PLURAL_IN_NAME = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _PLURAL + r")(?![\p{L}\p{M}])")
#: Where one group of a directed list may end and the next begin: ",", "và", "/" ("Ban Quản lý dự án/Chủ đầu tư").
#: A run of blanks is entered at its start only (``\G``: where the search began), so that a long run costs one try.
_DIRECTED_SEP = regex.compile(r"(?:\G|(?<![ \t]))(?:[ \t]*+,[ \t]*+|[ \t]++" + CONNECTOR + r"[ \t]++|[ \t]*+/[ \t]*+)")


@cache
def _directed_heads() -> tuple[regex.Pattern, regex.Pattern]:
    """The words a group of a directed list opens with after its plural word ([inline] group_heads and
    directed_heads), and the actors that open a group of their own without one ([inline] directed_actors)."""
    cfg = _cfg()["inline"]
    end = r"(?![\p{L}\p{M}])"
    heads = regex.compile(r"(?i:" + _PLURAL + r")[ \t]++(?i:" + _alternation(cfg["group_heads"] + cfg["directed_heads"])
                          + r")" + end)
    actors = regex.compile(r"(?i:" + _alternation(cfg["directed_actors"]) + r")" + end)
    return heads, actors


def _directed_task(text: str, at: int, end: int) -> Optional[int]:
    """Where the task after a directed list starts: the first verb of [inline] group_verbs (or a mandate) after a word
    within :data:`_DIRECTED_CHARS`, before any sentence mark; None when there is none."""
    p = _patterns()
    limit = min(end, at + _DIRECTED_CHARS)
    for word in _WORD_GAP.finditer(text, at, limit):
        if any(mark in text[word.start():word.end()] for mark in ".;:()\n"):
            return None
        if p["group_verb"].match(text, word.end(), end) or p["mandate"].match(text, word.end(), end):
            return _space_after(text, word.end())
    return None


def _directed_members(text: str, at: int, end: int) -> Optional[tuple[list[AgencyMention], int]]:
    """A list of groups right after a giving verb, up to the verb of their task: "yêu cầu | các tỉnh, các Chủ đầu tư,
    Ban Quản lý dự án, nhà thầu thi công | cần phải tập trung …", "yêu cầu | các Ban Quản lý dự án/Chủ đầu tư |
    thường xuyên kiểm tra …". The list opens with a plural word and a head ([inline] directed_heads); a later piece
    opens a group of its own with a plural word or an actor ([inline] directed_actors), which takes the list's plural
    word ("các nhà thầu thi công"); any other piece goes on with the group before it ("các Bộ, | cơ quan ngang Bộ").
    The groups and where the task starts, or None."""
    heads, actors = _directed_heads()
    opening = heads.match(text, at, end)
    task = _directed_task(text, at, end) if opening else None
    if task is None:
        return None
    span_end = at + len(text[at:task].rstrip(" \t,"))
    plural = text[at:at + len(PLURAL_WORD)].lower()
    groups: list[tuple[int, int]] = []
    cursor = at
    for separator in list(_DIRECTED_SEP.finditer(text, at, span_end)) + [None]:
        piece_end = separator.start() if separator else span_end
        if cursor == at or heads.match(text, cursor, piece_end) or actors.match(text, cursor, piece_end):
            groups.append((cursor, piece_end))
        else:
            groups[-1] = (groups[-1][0], piece_end)
        cursor = separator.end() if separator else span_end
    members: list[AgencyMention] = []
    for start, stop in groups:
        name = text[start:stop]
        if len(name.replace(",", " ").split()) > _DIRECTED_WORDS:
            return None  # a long phrase is no group of a list
        canonical = " ".join(expand_abbreviations(name).split())
        if not _PLURAL_IN_NAME.search(name):
            # "các tỉnh, …, | nhà thầu thi công" → "các nhà thầu thi công"; a scope in the plural keeps the name as
            # written ("chính quyền địa phương các tỉnh, thành phố")
            canonical = f"{plural} {canonical}"
        members.append(AgencyMention(start, stop, name, canonical, generic=True))
    return members, task


def _fronted_end(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` goes on after its list marker and fronted adverbial ("2. Khi thành viên
    Ban Chỉ đạo có sự thay đổi về nhân sự, | cơ quan cử nhân sự …"); ``start`` when it has no such adverbial."""
    at = _past_label(text, start, end)
    intro = _patterns()["intro"].match(text[at:min(end, at + _OPENER_CHARS)])  # anchored at "^" of the slice
    return at + intro.end() if intro else start


def _duty_records(text: str, start: int, end: int, line_start: int, cue_end: int, mentions: list[AgencyMention],
                  starts: list[int]) -> list[Assignment]:
    """The duties of the sentence ``text[start:end]`` whose duty word comes before ``cue_end`` (policy P6), each to
    whoever its clause names: "Cơ quan, tổ chức, đơn vị … có trách nhiệm cập nhật …"; a lead-in "… có trách
    nhiệm:" gives the items listed below it."""
    records: list[Assignment] = []
    for subject, task_start in _duty_subjects(text, start, end, mentions, starts, cue_end):
        if task_start < 0:  # "… có trách nhiệm:" and the duties listed below
            for item_start, item_end in _lead_in_items(text, line_start, start, end):
                record = _record(text, item_start, item_end, subject, mentions, False, starts, rule="assignments.duty")
                if record:
                    records.append(record)
            continue
        record = _record(text, task_start, end, subject, mentions, False, starts, rule="assignments.duty")
        if record:
            records.append(record)
    return records


@cache
def _duty_word() -> regex.Pattern:
    """"có trách nhiệm", "chịu trách nhiệm" ([roles] duty_prefixes) anywhere in a sentence."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_cfg()["roles"]["duty_prefixes"],
                                                                spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")


def _lead_in_items(text: str, line_start: int, after: int, end: int) -> list[tuple[int, int]]:
    """The items listed below a lead-in whose line holds ``after`` ("… có trách nhiệm:" then "- …", "a) …")."""
    marker = _ITEM_LINE.match(text, line_start, end)
    lead_end = text.find("\n", after)
    return _items_below(text, len(text) if lead_end < 0 else lead_end, _item_kind(marker["marker"]) if marker else "")


#: Where an official of a list begins: the list's start, or after a comma, a semicolon or "và".
_OFFICIAL_OPENS = regex.compile(r"(?:[,;]|[ \t]" + CONNECTOR + r")[ \t\n]{1,3}$")


def _listed_officials(text: str, start: int, end: int) -> list[regex.Match]:
    """The officials a subject list ``text[start:end]`` names, each at the list's start or after a separator."""
    return [m for m in official_pattern().finditer(text, start, end)
            if m.start() == start or _OFFICIAL_OPENS.search(text, max(start, m.start() - 6), m.start())]


#: The words that announce a list between the bodies a giving verb names and the lead-in's colon: "như sau",
#: "các nội dung sau" (data/assignments.toml [inline] lead_in_announces, at most a few words).
_ANNOUNCING_TAIL = regex.compile(r"[ \t]{1,3}(?:[\p{L}\p{M}]{1,12}[ \t]{1,3}){0,4}?(?:" + _announce_pattern().pattern
                                 + r")(?=[ \t*_]{0,4}:)")


def _official_duty_records(text: str, start: int, end: int, line_start: int, mentions: list[AgencyMention],
                           starts: list[int]) -> list[Assignment]:
    """A sentence whose subject is a list of officials and its duty word: "2.1. Người đứng đầu sở, ban, ngành; Chủ tịch
    Ủy ban nhân dân xã, phường; đơn vị, doanh nghiệp nhà nước … có trách nhiệm:" — each official stands for the body
    or group they head (read as the closing article's list is), with the task after the duty word or the items
    listed below its colon."""
    p = _patterns()
    marker = p["list_marker"].match(text, start, end)
    subject_start = marker.end() if marker else start
    plural = PLURAL_OPENS.match(text, subject_start, end)  # "Các Bộ trưởng, Thủ trưởng …": the plural goes with the first
    first_title = plural.end() if plural else subject_start
    if not official_pattern().match(text, first_title, end):
        return []
    limit = min(end, subject_start + _MAX_GAP * 2)
    duty = _duty_word().search(text, subject_start, limit)
    # no duty word: the task's own verb ends the list ("Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, …, Chủ tịch Ủy ban
    # nhân dân các tỉnh, thành phố trực thuộc Trung ương | tiếp tục rà soát …")
    listed = None if duty else _officials_subject(text, subject_start, limit, end, mentions, starts)
    if listed and (";" in text[subject_start:listed[1]] and not p["task_start"].match(text, listed[1], end)
                   or next(_giving_cues(text, subject_start, listed[1]), None)
                   or not all(_names_bodies(b, mentions, starts) for b in listed[0])):
        # "Trưởng Ban Chỉ đạo sử dụng con dấu …; Phó Trưởng Ban Chỉ đạo, | ủy viên thường trực sử dụng …": clauses,
        # not one list before one verb (a list parted by ";" needs a task's verb after it: "Giám đốc các sở, ban,
        # ngành, …; Chủ tịch Ủy ban nhân dân xã, phường, đặc khu | xem xét áp dụng …"); "Chủ tịch Ủy ban nhân dân
        # tỉnh yêu cầu Giám đốc Sở Y tế, …": a giver and the list it names (_requested_officials_records'); "Chủ
        # tịch nước Nguyễn Xuân Phúc, Trưởng Ban Chỉ đạo …": one person's titles; "Trưởng ban chủ trì các cuộc họp
        # …, Trưởng ban có thể ủy quyền …": two clauses
        listed = None
    task_at = _verb_before_duty(text, subject_start, duty.start()) if duty else listed[1] if listed else None
    if task_at is None or (";" not in text[subject_start:task_at]
                           and len(_listed_officials(text, first_title, task_at)) < 2):
        # one official alone is read by the other finders; a list of them by ";", or of two officials or more by ","
        # ("Thủ trưởng các Sở, ban, ngành cấp tỉnh, …, Chủ tịch Ủy ban nhân dân các phường, xã có trách nhiệm …"), is
        # this one's
        return []
    subject_end = task_at
    mandate = p["mandate_anywhere"].search(text, subject_start, subject_end)
    if mandate:
        subject_end = mandate.start()  # "…; Ủy ban nhân dân cấp xã | căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm"
    if _DESCRIBING_WORD.search(text, subject_start, subject_end):
        return []  # "Tổng giám đốc là người điều hành …; …": a description, not a list of whom the duty binds
    bodies = listed[0] if listed else [_plural_group(b) for b in _execution_bodies(text, subject_start, subject_end)
                                        if b.text.strip(" ,;")]
    if len(bodies) < 2 and not (bodies and is_ministerial_group(bodies[0])):
        # (the Government's formula read as one group stands for two officials: "Các Bộ trưởng, Thủ trưởng cơ quan
        # ngang Bộ | có trách nhiệm …")
        return []
    records: list[Assignment] = []
    if duty and (_LEAD_IN_END.match(text, duty.end(), end) or _full_stop_lead_in(text, duty.end())):
        # "… có trách nhiệm:" and the duties below (or "… có trách nhiệm." over them: a colon written as a full stop)
        spans = _lead_in_items(text, line_start, duty.end(), end)
    else:
        spans = [(task_at, end)]
    # a list read up to its task's verb gives inline records, as a giving verb's list does (a lead-in's colon spreads
    # them over the items below)
    rule = "assignments.duty" if duty else "assignments.inline"
    for item_start, item_end in spans:
        for body in bodies:
            record = _record(text, item_start, item_end, body, mentions, False, starts, rule=rule)
            if record:
                records.append(record)
    return records


_VERB_BEFORE_DUTY_WORDS = 4  # words of a task's verb joined by "và" to the duty word ("triển khai thực hiện và")


def _verb_before_duty(text: str, start: int, duty_at: int) -> int:
    """Where the task begins when a verb joined by "và" comes before the duty word: "…, Chủ tịch UBND cấp xã và thủ
    trưởng các cơ quan, đơn vị có liên quan | triển khai thực hiện và chịu trách nhiệm trước UBND tỉnh …" (the
    list ends before the verb); else the duty word's own start."""
    before = text[start:duty_at].rstrip()
    if not before.endswith(" " + CONNECTOR):
        return duty_at
    task_start = _patterns()["task_start"]
    words = list(_WORD_AT.finditer(text, start, start + len(before) - len(CONNECTOR)))[-_VERB_BEFORE_DUTY_WORDS:]
    for word in words:
        if text[word.start() - 1] in " \t\n" and text[start:word.start()].rstrip()[-1:] not in ",;:" \
                and task_start.match(text, word.start(), duty_at):
            return word.start()
    return duty_at


_WORD_AT = regex.compile(r"[\p{L}\p{M}]++")


def _names_bodies(body: AgencyMention, mentions: list[AgencyMention], starts: list[int]) -> bool:
    """Whether an official's body read from a list names bodies: a generic group ("các bộ" for "Bộ trưởng") or words
    that hold a known body's name ("các cơ quan ngang bộ, cơ quan thuộc Chính phủ"), and does not start inside one
    ("Chủ tịch | nước Nguyễn Xuân Phúc")."""
    index = bisect_right(starts, body.start) - 1
    if index >= 0 and mentions[index].start < body.start < mentions[index].end:
        return False
    first = bisect_left(starts, body.start)
    return is_generic(body.canonical) or (first < len(mentions) and mentions[first].end <= body.end)


_OFFICIALS_CHARS = 400  # longest list of officials a giving verb names before their task
#: "… và người đứng đầu | các đơn vị …", "…, thủ trưởng | các cơ quan …" after a list of officials: a group's heads.
_HEADED_AFTER = regex.compile(r"[ \t]*+(?:,[ \t]*+|" + CONNECTOR + r"[ \t]++)(?i:"
                              + _alternation(_cfg()["inline"]["heads_of_groups"]) + r")[ \t]++")


_ADVERB_WORDS = 2  # words of an adverb between a group and its task's verb ("khẩn trương")
_GROUP_WORD = regex.compile(r"[ \t]*+(,?)[ \t]*+([\p{L}\p{M}]++)")


def _group_to_verb(text: str, start: int, end: int) -> Optional[AgencyMention]:
    """The generic group from ``start`` up to its task's verb, a verb right after a comma being a noun of the list
    ("các đơn vị, | tổ chức | liên quan | khẩn trương …" → "các đơn vị, tổ chức liên quan"); None if it is none."""
    task_start = _patterns()["task_start"]
    cursor = start
    for _ in range(_HEADED_WORDS):
        word = _GROUP_WORD.match(text, cursor, end)
        if not word:
            break
        if cursor > start and not word.group(1) and task_start.match(text, word.start(2), end):
            name = text[start:cursor].rstrip(" ,")
            for _ in range(_ADVERB_WORDS + 1):
                # "… tổ chức liên quan | khẩn trương quán triệt": words before the verb that no group has are the
                # task's adverb ("khẩn trương", "kịp thời", "nghiêm túc"), not the group's
                if is_generic(name):
                    return AgencyMention(start, start + len(name), name, " ".join(name.split()), generic=True)
                name = name.rsplit(None, 1)[0] if " " in name else ""
            return None
        cursor = word.end()
    return None


def _requested_officials_records(text: str, start: int, end: int, mentions: list[AgencyMention],
                                 starts: list[int]) -> list[Assignment]:
    """A giving verb followed by a list of officials: "Chủ tịch Ủy ban nhân dân Thành phố yêu cầu | Thủ trưởng các sở,
    ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu và người đứng đầu các đơn vị, tổ chức liên
    quan | khẩn trương quán triệt …" — each official stands for the body or group they head (policy P6), read as the
    closing article's list is; the task is the rest of the sentence (or the items below its colon)."""
    p = _patterns()
    official = official_pattern()
    for cue in _giving_cues(text, start, end):
        plural = PLURAL_OPENS.match(text, cue.end(), end)  # "yêu cầu | các Bộ trưởng, Thủ trưởng …"
        if not official.match(text, plural.end() if plural else cue.end(), end):
            continue
        listed = _officials_subject(text, cue.end(), min(end, cue.end() + _OFFICIALS_CHARS), end, mentions, starts)
        if listed is None:
            return []
        bodies, task_start = listed
        requested = bool(p["requested"].match(cue.group()))
        # an inline record: a task ending in a colon is expanded to the items below it (_expand_lead_ins)
        return [r for r in (_record(text, task_start, end, body, mentions, requested, starts) for body in bodies) if r]
    return []


#: A passive after the last official's body that says which bodies, up to the next mark ([inline] passive_qualifiers).
_PASSIVE_QUALIFIER = regex.compile(r"[ \t]++(?:" + _alternation(_cfg()["inline"]["passive_qualifiers"])
                                   + r")[ \t]++[^\n(),;:.]{1,80}?(?=[ \t]*+[\n(),;:.])")


def _officials_subject(text: str, start: int, limit: int, end: int, mentions: list[AgencyMention],
                       starts: list[int]) -> Optional[tuple[list[AgencyMention], int]]:
    """A list of two officials or more from ``start`` (within ``limit``), the bodies they stand for and where their
    task starts: "Thủ trưởng các sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu và người
    đứng đầu các đơn vị, tổ chức liên quan | khẩn trương quán triệt …" — the last official's body (named, or a group)
    ends the list, then a verb opens the task. None when it is no such list."""
    official = official_pattern()
    plural = PLURAL_OPENS.match(text, start, limit)  # "các Bộ trưởng, …": the list's plural goes with the first
    first = plural.end() if plural else start
    titles = [t for t in official.finditer(text, first, limit)
              if t.start() == first or text[t.start() - 2:t.start()] in (", ", "; ")
              or text[t.start() - len(CONNECTOR) - 2:t.start()] == f" {CONNECTOR} "]
    if len(titles) < 2:
        return None  # one official alone is read by the other finders
    at = _space_after(text, titles[-1].end())
    named = mention_at(mentions, starts, at)
    group = _generic_group_from(text, at, limit) if named is None else None
    subject_end = named.end if named is not None else group.end if group is not None else None
    if subject_end is None:
        return None
    inside = next((m for m in mentions[bisect_left(starts, at):bisect_left(starts, subject_end)] if m.end > subject_end),
                  None)
    if inside is not None:
        subject_end = inside.end  # "… cơ quan thuộc | Chính phủ": the group ends with the body it names, not inside it
    qualifier = _PASSIVE_QUALIFIER.match(text, subject_end, limit)
    if qualifier:  # "… các tỉnh, thành phố | bị ảnh hưởng bởi thiên tai": which bodies, part of the name
        subject_end = qualifier.end()
    bodies = [_plural_group(b) for b in _execution_bodies(text, start, subject_end) if b.text.strip(" ,;")]
    headed = _HEADED_AFTER.match(text, subject_end, end)
    led = _group_to_verb(text, headed.end(), end) if headed else None
    if led is not None:
        # "… và người đứng đầu các đơn vị, tổ chức liên quan | khẩn trương …": the heads stand for the group
        bodies.append(led)
        subject_end = led.end
    task_start = _task_follows(text, subject_end, end)
    if task_start is None or len(bodies) < 2 and not (bodies and is_ministerial_group(bodies[0])):
        return None  # (the Government's formula is one group for two officials or more)
    return bodies, task_start


_SEMICOLON_ITEMS = 8  # most bodies a subject list separated by ";" names before its verb


def _semicolon_list_records(text: str, start: int, end: int, mentions: list[AgencyMention],
                            starts: list[int]) -> list[Assignment]:
    """A subject list whose items are parted by ";", the verb after the last: "- Văn phòng Đoàn Đại biểu Quốc hội và
    Hội đồng nhân dân thành phố; Văn phòng Ủy ban nhân dân thành phố; các Sở, ban, ngành; … UBND các phường, xã | chỉ
    đạo, triển khai …" — each item a named body (its official standing for it) or a group (policy P2)."""
    p = _patterns()
    at = start
    marker = p["list_marker"].match(text, at, end)
    if marker:
        at = marker.end()
    bodies: list[AgencyMention] = []
    for _ in range(_SEMICOLON_ITEMS):
        at = _space_after(text, at)
        title = official_pattern().match(text, at, end)
        if title and _capitalised_title(title):
            at = title.end()
        named = mention_at(mentions, starts, at)
        named = named if named is not None and not named.generic else None
        semicolon = text.find(";", at, end)
        if named is not None and semicolon >= 0 and not text[named.end:semicolon].strip():
            bodies.append(named)  # "Văn phòng Ủy ban nhân dân thành phố;"
            at = semicolon + 1
            continue
        members = [m for m in listed_bodies(text) if at <= m.start < semicolon] if semicolon >= 0 else []
        if members and not text[at:members[0].start].strip(" \t\n*_"):
            # "Các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường;": each member — when the item opens with them
            # (not "Thành viên Ban Chỉ đạo gồm đại diện lãnh đạo các Sở: Nội vụ, …;", a committee's composition)
            bodies.extend(members)
            at = semicolon + 1
            continue
        group = text[at:semicolon].strip(" \t\n,") if semicolon >= 0 else ""
        if group and (PLURAL_OPENS.match(group) or is_generic(" ".join(group.split()[:2]))) \
                and len(group.split()) <= _HEADED_WORDS and not p["task_start"].search(group):
            bodies.append(AgencyMention(at, at + len(group), group, " ".join(group.split()), generic=True))
            at = semicolon + 1  # "các Sở, ban, ngành;"
            continue
        if not bodies:
            return []
        # the last item, then the task: a named body or a group, and its verb
        if named is not None:
            listed = [named]
            task_start = _task_follows(text, named.end, end)
        else:
            found = _group_at(text, at, end)  # (the group, where its verb starts)
            listed, task_start = ([found[0]], found[1]) if found else ([], None)
        if task_start is None or not listed:
            return []
        return [r for r in (_record(text, task_start, end, body, mentions, False, starts) for body in bodies + listed)
                if r]
    return []


#: A copula in a subject: the words describe someone rather than list bodies.
_DESCRIBING_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(_cfg()["inline"]["copulas"])
                                 + r")(?![\p{L}\p{M}])")


def _plural_group(body: AgencyMention) -> AgencyMention:
    """A group written bare after its official ("Người đứng đầu sở, ban, ngành") names several bodies: "các sở, ban,
    ngành", as the list's plural would."""
    if body.text[:1].islower() and "," in body.text and not PLURAL_OPENS.match(body.text) \
            and not PLURAL_OPENS.match(body.canonical) \
            and (body.generic or _GROUP_HEAD_NOUN.match(body.text) and _OWNER_PHRASE.search(body.text)):
        # "đơn vị, doanh nghiệp nhà nước thuộc thẩm quyền quản lý của Ủy ban nhân dân tỉnh": a group and its owner
        canonical = body.canonical[:1].lower() + body.canonical[1:]
        return AgencyMention(body.start, body.end, body.text, f"{PLURAL_WORD} {canonical}", generic=True)
    return body


#: A group's head noun opening a name: "đơn vị, …", "doanh nghiệp …".
_GROUP_HEAD_NOUN = regex.compile(r"(?:" + _alternation(_cfg()["inline"]["group_heads"]) + r")(?![\p{L}\p{M}])")
#: Where a group's owner begins: "… doanh nghiệp nhà nước | thuộc thẩm quyền quản lý của …".
_OWNER_PHRASE = regex.compile(r"(?<![ \t\n])[ \t\n]++(?:" + "|".join(regex.escape(w) for w in _WORDS["of_words"]) + r")[ \t\n]")



#: A duty word and its colon with the duties after it on the same line: "có trách nhiệm: Lãnh đạo, chỉ đạo …".
_INLINE_DUTY_COLON = regex.compile(r"[^\n:]{0,40}+:[ \t]*+[^\s]")


def _bodies_of(records: list[Assignment]) -> list[AgencyMention]:
    """The bodies of ``records`` as the mentions that named them, each once."""
    seen: dict[str, AgencyMention] = {}
    for record in records:
        seen.setdefault(record.agency, record_mention(record))
    return list(seen.values())


def _carried(text: str, start: int, end: int, agencies: list[AgencyMention], mentions: list[AgencyMention],
             starts: list[int]) -> list[Assignment]:
    """The task ``text[start:end]`` for each agency of the sentence before, whose list of tasks it continues."""
    found = (_record(text, start, end, agency, mentions, False, starts) for agency in agencies)
    return [record for record in found if record]


#: "Điều 1." at a line's start: where a decision's own articles begin.
_DECISION_ARTICLES = heading_marker("decision_articles")
_ENACTING_FORMULA = heading_marker("enacting_formula")


@cache
def _recipients_label() -> regex.Pattern:
    """The label of a document's list of recipients at a line's start (sections.toml ``[closing] label_starts``:
    "Nơi nhận"), after which no line is a task ("- Cục Kiểm tra⏎văn bản QPPL - BTP;")."""
    labels = load_toml("sections.toml")["closing"]["label_starts"]
    return regex.compile(r"(?im)^[ \t*_|]*(?:" + alternation(labels) + r")(?![\p{L}\p{M}])")


def unread_spans(doc: DocumentStructure) -> list[tuple[int, int]]:
    """Where no clause gives a task: the closing formula, and the preamble of a formal plan (legal bases, last year's
    results) but for a decision's own articles."""
    ignored = {"closing"} if doc.headingless else {"closing", "preamble"}
    return [span for s in doc.sections if s.kind in ignored for span in _unread_parts(doc.text, s)]


def _unread_parts(text: str, section: Section) -> list[tuple[int, int]]:
    """The spans of a skipped section that hold no task: all of it, except a decision's own articles in a preamble
    ("Căn cứ …" ⏎ "Điều 1. Ban hành kèm theo …" ⏎ "Điều 2. Giao Sở Công Thương chủ trì …" before the plan it
    issues) or its text after the enacting formula ("QUYẾT NGHỊ:" ⏎ "Chính phủ yêu cầu các Bộ trưởng …"), which are
    the document's tasks, up to its list of recipients."""
    if section.kind == "preamble":
        articles = _DECISION_ARTICLES.search(text, section.start, section.end)
        formula = _ENACTING_FORMULA.search(text, section.start, section.end)
        own_start = min((m.end() if m is formula else m.start() for m in (articles, formula) if m is not None),
                        default=None)
        if own_start is not None:
            recipients = _recipients_label().search(text, own_start, section.end)
            return [(section.start, own_start)] + \
                ([(recipients.start(), section.end)] if recipients is not None else [])
    return [(section.start, section.end)]


def inline_assignments(doc: DocumentStructure, mentions: list[AgencyMention],
                       skip: list[tuple[int, int]]) -> list[Assignment]:
    """``giao X và Y <task>`` and ``<agency> <verb> …`` clauses outside the ``skip`` spans."""
    text = doc.text
    p = _patterns()
    skip = sorted(skip + unread_spans(doc))
    records: list[Assignment] = []
    starts = [m.start for m in mentions]

    covered = _Covered(skip)

    def skipped(position: int) -> bool:
        return position in covered

    # agencies whose task list the next sentence of the same paragraph may continue, where, and whether any sentence
    # does (not only one opened by a connective or a verb)
    carry: tuple[list[AgencyMention], int, bool] | None = None
    for start, end in _sentences_under_headings(doc):
        if skipped(start) or end - start < 12:
            continue
        line_start = _rfind(text, "\n", 0, start) + 1
        before = len(records)
        officials = _official_duty_records(text, start, end, line_start, mentions, starts) \
            or _requested_officials_records(text, start, end, mentions, starts) \
            or _semicolon_list_records(text, start, end, mentions, starts)
        if officials:
            records += officials
            # "Thủ trưởng các sở, …; Chủ tịch UBND các huyện có trách nhiệm: Lãnh đạo …; chủ động …. Đối với …, xem
            # xét, xử lý …": the colon's duties run to the paragraph's end, every sentence of it the officials' bodies'
            carry = (_bodies_of(officials), line_start, True) if _INLINE_DUTY_COLON.match(
                text, officials[0].start, officials[0].end) else None
            continue
        first = bisect_left(starts, start)
        inside = [m for m in mentions[first:bisect_left(starts, end, lo=first)] if m.end <= end and not m.generic]
        # a group that opens the sentence before any named body ("…, các cơ quan, đơn vị kịp thời phản ánh về Sở …")
        group = _group_subject(doc, start, end) if not inside or inside[0].start > start + _GROUP_FIRST else None
        if group is not None and inside and inside[0].start < group[1] \
                and _OWNED.search(text, group[0].start, inside[0].start):
            # "Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy căn cứ …": the body owns the group, inside its name
            inside = [m for m in inside if m.start >= group[1]]
        if group is not None and inside and group[0].start > inside[0].start \
                and _COMMA_BEFORE.search(text, max(start, group[0].start - _COMMA_BEFORE_CHARS), group[0].start) \
                and next(_giving_cues(text, start, group[0].start), None) is None:
            # "Căn cứ Chỉ thị của Bộ trưởng Bộ Công an và Kế hoạch này, | các Sở, ban, ngành … tổ chức quán triệt …": a
            # body named in the fronted adverbial is no subject (round 39)
            inside = [m for m in inside if m.start >= group[0].start]
        if group is not None and inside and inside[0].start >= group[0].start and inside[0].end <= group[0].end \
                and PLURAL_OPENS.match(group[0].text) \
                and title_before().search(text, max(start, group[0].start - _TITLE_CHARS), group[0].start) \
                and all(title_before().search(text, max(group[0].start, m.start - _TITLE_CHARS), m.start)
                        for m in inside if m.end <= group[0].end):
            # "…, Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường | chủ động …": an officials'
            # list, the group and each body its officials head are the subjects (round 47)
            members = [m for m in inside if m.end <= group[0].end]
            comma = _rfind(text, ",", group[0].start, members[0].start)
            head = text[group[0].start:comma].strip(" \t,") if comma > group[0].start else ""
            subjects = ([AgencyMention(group[0].start, group[0].start + len(head), head, head, generic=True)]
                        if head else []) + members
            records += [r for r in (_record(text, group[1], end, m, mentions, False, starts) for m in subjects) if r]
            carry = None
            continue
        if group is not None and inside and (inside[0].start < group[1]
                                             or member_gloss().search(text, group[1], inside[0].start)):
            group = None  # "1.3. Các cơ quan tham mưu quản lý ngành (gồm các Sở: …)" is a block heading
        party = _party_subject(doc, start, end, inside) if group is None \
            and (not inside or inside[0].start > start + _GROUP_FIRST) else None
        if party is not None:
            # "3. Hộ gia đình, cá nhân thực hiện quy định về phân loại …": a regulated party that is the subject
            record = _record(text, party[1], party[2], party[0], mentions, False, starts)
            if record:
                records.append(record)
            if party[2] < end:
                # "…; người dân xử lý thực bì trồng rừng phải đảm bảo an toàn …": the next clause's own duty
                records += _duty_records(text, party[2] + 1, end, line_start, end, mentions, starts)
            carry = None
            continue
        if not inside or group is not None:
            if group is not None:
                # "Các doanh nghiệp viễn thông chủ động bố trí kinh phí …": a group that is the subject
                mention, task_start = group
                record = _record(text, task_start, end, mention, mentions, _asked_before(text, start, mention.start),
                                 starts)
                if record:
                    records.append(record)
                carry = None
                continue
            if group is None:
                records += _asked_groups(text, start, end, mentions, starts)
            if len(records) == before:
                records += _duty_records(text, start, end, line_start, end, mentions, starts)
            if len(records) > before:
                carry = None
                continue
            if carry and carry[1] == line_start and (carry[2] or p["continuation"].match(text, start, end)):
                records += _carried(text, start, end, carry[0], mentions, starts)
            if len(records) == before:
                carry = None
            continue
        if not p["giving"].search(text, start, inside[0].start):
            # "Sở quản lý ngành, lĩnh vực có trách nhiệm chủ trì đề xuất, tham mưu Ủy ban nhân dân tỉnh …": the
            # named bodies are in the task, the duty's subject before them is a group; a body named in a fronted
            # condition is neither ("Khi thành viên Ban Chỉ đạo có sự thay đổi về nhân sự, | cơ quan cử nhân sự có
            # trách nhiệm báo cáo …")
            opened = _fronted_end(text, start, end)
            # (a body that completes the subject is no task's body: "Cơ quan quản lý nhà nước về điện lực tại | Bộ
            # Công Thương | có trách nhiệm: …"; round 56)
            records += _duty_records(text, start, end, line_start,
                                     next((m.start for m in inside if m.start >= opened
                                           and not _complement_body(text, opened, m.start)), end), mentions, starts)
        used: set[int] = set()
        marker = p["list_marker"].match(text, start, end)
        cues = [(cue, False) for cue in _giving_cues(text, start, end)]
        if cues or p["lead_in_giving"].search(text, start, end):
            cues = sorted(cues + [(cue, True) for cue in p["lead_in_giving"].finditer(text, start, end)],
                          key=lambda pair: pair[0].start())
        for cue, lead_in_only in cues:
            listed = _chain(text, inside, cue.end(), end)
            title = official_pattern().match(text, cue.end(), end) if not listed else None
            via_title = title is not None and _capitalised_title(title)
            if via_title:
                # "Thủ tướng Chính phủ chỉ thị yêu cầu | Bộ trưởng | Bộ Công Thương như sau:" over items: the official
                # stands for the body he heads (policy P6); read so only as a lead-in ("đề nghị Chủ tịch Ủy ban nhân
                # dân tỉnh khen thưởng" proposes an award, no task of the province's)
                listed = _chain(text, inside, title.end(), end)
            if listed and not lead_in_only and _task_follows(text, listed[-1].end, end) is None:
                many = _directed_members(text, _space_after(text, cue.end()), end)
                if many is not None and len(many[0]) > 1:
                    listed = []  # "yêu cầu | các Ban Quản lý dự án/Chủ đầu tư | thường xuyên …": a list of groups
            if not listed:
                if lead_in_only and not _directing_groups(text, cue, end):
                    continue
                # "Bộ Chính trị yêu cầu | các cấp ủy, tổ chức đảng tiếp tục …": a group after the named giver
                records += _asked_group(text, marker.end() if marker else start, cue, end, mentions, starts)
                continue
            listed = _with_groups_between(text, listed)
            lead = _leading_group(text, cue.end(), listed[0].start)
            if lead is not None and _GROUP_OWNED_BY.search(text, max(lead.start, lead.end - _OWNER_CHARS), lead.end) \
                    and _SPACES.fullmatch(text, lead.end, listed[0].start):
                # "yêu cầu các bộ, cơ quan ngang bộ, cơ quan thuộc | Chính phủ, …": the body that owns the group's
                # last kind is part of its name, no body asked of its own
                owner = listed[0]
                name = text[lead.start:owner.end]
                lead = AgencyMention(lead.start, owner.end, name, name, generic=True)
                listed = listed[1:]
            if lead is not None:
                # "yêu cầu các sở, ban, ngành, UBND các xã, phường phải nghiêm túc quán triệt …": the group named before
                # the bodies is asked too (policy P2: a group that is the subject of the task)
                listed = [lead] + listed
            directed = False
            follows = _task_follows(text, listed[-1].end, end)
            if lead_in_only:
                # "Bộ Y tế chỉ đạo Ủy ban nhân dân các tỉnh, thành phố | một số nội dung sau:" over items: the bodies
                # directed are given the items, only when they follow the verb at once (not "ý kiến chỉ đạo của Bộ
                # Chính trị") and the rest of the line announces the items
                if listed[0].start != cue.end():
                    continue
                tail = _ANNOUNCING_TAIL.match(text, listed[-1].end, end)
                if _LEAD_IN_END.match(text, tail.end() if tail else listed[-1].end) is None:
                    if listed[0].generic or follows is None \
                            or not any(m.end <= cue.start() for m in inside) \
                            or p["directing_topic"].search(text, max(start, cue.start() - _TOPIC_CHARS), cue.start()):
                        continue
                    # "UBND Thành phố chỉ đạo Sở Nông nghiệp và Môi trường | thông báo các trường hợp …": a named body
                    # directed by a named giver, with its own task, does it; the giver keeps its record (directing is
                    # its task). An item that opens with the verb ("- Chỉ đạo Sở … tuyên truyền …") is the lead-in
                    # body's task.
                    directed, lead_in_only = True, False
            task_start, task_end = follows, end
            if _kind_follows(text, listed[-1].end, end):
                # "Đề nghị Mặt trận Tổ quốc Việt Nam, đoàn thể và các tổ chức khác | phổ biến …"
                kinds, after_kinds = _subject_list_tail(text, listed[-1].end, end)
                if after_kinds is not None:
                    listed, task_start = listed + kinds, after_kinds
            tail = _generic_tail(text, listed[-1].end, end)
            while tail is not None and (more := _generic_tail(text, tail.end, end)) is not None \
                    and _task_follows(text, more.end, end) is not None:
                # "…, các ban đảng Trung ương, cấp ủy, tổ chức đảng các cấp tiếp tục …": two groups after the bodies
                listed = listed + [tail]
                tail = more
            if tail is not None and _task_follows(text, tail.end, end) is not None:
                # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên tuyên truyền …": the group
                # after the named bodies is asked too (policy P2: a group that is the subject of the task)
                listed = listed + [tail]
                task_start = _task_follows(text, tail.end, end)
            if task_start is None:
                # "c) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện: Phối hợp …": the rest of the line
                task_start, task_end = _after_colon(text, listed[-1].end, end)
            lead_in = _LEAD_IN_END.match(text, listed[-1].end) if task_start is None else None
            tail = _ANNOUNCING_TAIL.match(text, listed[-1].end, end) if task_start is None and lead_in is None else None
            if tail is not None:
                lead_in = _LEAD_IN_END.match(text, tail.end())  # "… yêu cầu Bộ trưởng Bộ Công Thương | như sau:"
            if lead_in is not None:
                task_start = task_end = lead_in.end()  # "… giao Ban Tổ chức Trung ương:" ending its line
            if lead_in_only and lead_in is None:
                tail = _ANNOUNCING_TAIL.match(text, listed[-1].end, end)
                lead_in = _LEAD_IN_END.match(text, tail.end() if tail else listed[-1].end)
                task_start = task_end = lead_in.end()
            requested = bool(p["requested"].match(cue.group()))
            if task_start is None or (via_title and lead_in is None
                                      and (requested or text[task_start:task_end].rstrip().endswith(":"))):
                # "Chính phủ giao Bộ trưởng Bộ Nội vụ chủ trì, …" gives the minister's body the task; "đề nghị Chủ
                # tịch Ủy ban nhân dân tỉnh khen thưởng" only proposes (policy P6), and "… chuyển giao cho Chủ tịch
                # Ủy ban nhân dân cấp xã thực hiện, cụ thể như sau:" hands over the powers listed below
                continue
            if lead_in_only:
                # the giver directs, the bodies it names do the items: "Bộ Y tế | chỉ đạo …" is no task of its own
                used.update(m.start for m in inside if m.end <= cue.start())
            if not _WRITTEN.search(text, task_start, task_end):
                # "**Bộ Chính trị giao Ban Tổ chức Trung ương:**" over "- Tổng hợp …" / "- Phối hợp …": each item
                # below is the task of the bodies given it
                items = _items_below(text, task_end, "")
                rule = "assignments.lead_in_items"
                if not items and tail is not None and lead_in is not None:
                    # "… như sau:" over numbered items ("(1) …", "1. …"): an inline record of the announcing words,
                    # which _expand_lead_ins spreads over the items
                    items, rule = [(tail.start() + 1, lead_in.start())], "assignments.inline"
                for agency in listed:
                    used.add(agency.start)
                    records += [r for item_start, item_end in items
                                if (r := _record(text, item_start, item_end, agency, mentions, requested, starts,
                                                 rule=rule))]
                continue
            for agency in listed:
                used.add(agency.start)
                record = _record(text, task_start, task_end, agency, mentions, requested, starts,
                                 rule="assignments.directed" if directed else "assignments.inline")
                if record:
                    records.append(record)
            if task_end == end and not requested and not directed:
                # "2. Giao Sở Văn hóa và Thể thao chủ trì … . Tăng cường tổ chức …": the next sentence of the same
                # paragraph may go on with the bodies' tasks
                carry = (listed, line_start, False)
        clause_start = start
        index = 0
        # (agencies, task start, task end, clause start)
        subjects: list[tuple[list[AgencyMention], int, int, int]] = []
        while index < len(inside):
            mention = inside[index]
            boundary = max(_rfind(text, c, start, mention.start) for c in ";:")
            clause_start = max(start, boundary + 1)
            first_named = not index or inside[index - 1].end <= clause_start
            if mention.start in used:
                index += 1
                continue
            if not _is_subject_position(text, clause_start, mention.start, first_named):
                after_comma = _clause_after_comma(text, mention, inside, index,
                                                  [s[1] for s in subjects] + [r.start for r in records[before:]])
                if after_comma is None:
                    index += 1
                    continue
                clause_start = after_comma  # "Sở Tư pháp thẩm định hồ sơ, | Sở Nội vụ tổng hợp …"
            first = index
            listed = _chain(text, inside, mention.start, end, generic_gap=False, first=index)
            index += len(listed)
            between, taken = _groups_between_bodies(text, inside, index, listed[-1].end, end)
            listed += between  # "Sở Tài chính, | các sở, ban, ngành và Ủy ban nhân dân các huyện | chủ động …"
            index += taken
            members = _members_before(text, clause_start, listed[0])
            if members is not None:
                listed = [members] + listed[1:]
            co_subject = _generic_co_subject(text, clause_start, mention.start)
            if co_subject:
                listed = [co_subject] + listed
            task_start = _task_follows(text, listed[-1].end, end)
            if task_start is not None and _possessed_list_goes_on(text, inside, first, clause_start, listed[-1].end,
                                                                  task_start):
                continue
            if task_start is not None and _joined_by_and(text, listed) and not (
                    _patterns()["mandate"].match(text, task_start, end) or _opens_a_task(text, task_start, end)):
                # "Tòa án nhân dân và Tòa án | quân sự về tổ chức …", "… Quốc hội và Chính phủ | nước Việt Nam dân chủ
                # cộng hoà": after bodies joined by "và", a verb opens the task, not the rest of a name
                task_start = None
            task_end = end
            grouped = task_start is not None and _group_follows(text, listed[-1].end, end)
            if task_start is None or _kind_follows(text, listed[-1].end, end) or grouped:
                tail, tail_task = _subject_list_tail(text, listed[-1].end, end)
                if grouped and (tail_task is None or not _patterns()["task_start"].match(text, tail_task, end)
                                and len(tail) < 2):  # (a long list read to its end: round 54)
                    tail, tail_task = [], task_start  # "Ban Quản lý dự án, các nhà | thầu …": no verb after the group
                # "Sở Y tế, Ủy ban nhân dân các huyện, | các đơn vị liên quan | triển khai …": the list goes on
                if tail_task is not None or task_start is None:
                    listed, task_start = listed + tail, tail_task
            if task_start is None and clause_start == start:
                # "- Sở Y tế: Chủ trì …" in a list: the rest of the line is the task
                task_start, task_end = _after_colon(text, listed[-1].end, end)
                task_end = task_end if task_start is not None else end
            if task_start is None:
                continue
            if text[clause_start - 1:clause_start] == "," and not _patterns()["task_start"].match(text, task_start, end):
                continue  # a clause after a comma opens with its verb, or it is no clause of its own
            if subjects and subjects[-1][1] < clause_start < subjects[-1][2]:
                # "Sở Y tế tổ chức tập huấn; Sở Tài chính bố trí kinh phí": a task ends where the next clause with its
                # own subject begins (it had run to the sentence's end, over the next body's task; round 31 — before,
                # only in an overlong sentence, where the cost grew with the square of its length)
                subjects[-1] = (subjects[-1][0], subjects[-1][1], clause_start, subjects[-1][3])
            subjects.append((listed, task_start, task_end, clause_start))
            carry = (listed, line_start, False) if task_end == end else None
        groups = _semicolon_groups(text, start, end, starts, mentions)
        if groups:
            # "Giao Ban Tuyên giáo … xây dựng kế hoạch; | các cấp ủy, tổ chức đảng, cơ quan, đơn vị chủ động quán triệt
            # …": a clause after a semicolon with a plural group for its subject is that group's task (round 35)
            subjects = sorted(subjects + groups, key=lambda subject: subject[3])
            subjects = [(listed, task_start, task_end if later is None or not task_start < later < task_end
                         else later, clause_start)
                        for (listed, task_start, task_end, clause_start), later
                        in zip(subjects, [s[3] for s in subjects[1:]] + [None])]
        clauses = sorted(s[3] for s in subjects)
        if clauses:
            # a giving verb's task ends where the next clause with its own subject begins too ("Giao Sở Y tế xây dựng
            # kế hoạch; | Sở Tài chính bố trí kinh phí", round 35)
            records[before:] = [_ended_at_clause(text, record, clauses, mentions, starts) for record in records[before:]]
        for listed, task_start, task_end, clause_start in subjects:
            # a time limit or a frequency fronted before the subject is the task's due ("Trong thời hạn 05 ngày làm
            # việc, kể từ ngày nhận đủ hồ sơ, | Ủy ban nhân dân cấp xã thông báo …"), unless the task states its own
            fronted = task_due(text[clause_start:listed[0].start])
            for agency in listed:
                record = _record(text, task_start, task_end, agency, mentions, False, starts)
                if record and record.due is None and fronted:
                    record = record.model_copy(update={"due": fronted})
                if record:
                    records.append(record)
        if len(records) == before and carry and carry[1] == line_start and p["continuation"].match(text, start, end):
            # agencies named only as objects ("Phát huy vai trò của Ủy ban Mặt trận …"): the list goes on
            records += _carried(text, start, end, carry[0], mentions, starts)
        if len(records) == before:
            carry = None
    return records


def _clause_after_comma(text: str, mention: AgencyMention, inside: list[AgencyMention], index: int,
                        tasks_before: list[int]) -> Optional[int]:
    """Where a clause with a subject of its own begins right after a comma, in a sentence whose earlier clause has a
    subject and a task already ("Sở Tư pháp thẩm định hồ sơ, | Sở Nội vụ tổng hợp trình …", "Ủy ban Pháp luật và Tư
    pháp thẩm tra, | Quốc hội xem xét, thông qua …"), or None: not when the words before the comma end a list of
    bodies ("trình Chính phủ, | Quốc hội …", "phối hợp với các cơ quan liên quan, | Sở …") or of names ("vận động
    Nhân dân, | Hội Nông dân …")."""
    comma = _rfind(text, ",", 0, mention.start)
    if comma < 0 or text[comma + 1:mention.start].strip() or not any(t < comma for t in tasks_before):
        return None
    if index and inside[index - 1].end >= comma - _COMMA_NEAR:
        return None  # the body before the comma: a list goes on
    words = _WORD_RUN.findall(text, max(0, comma - _LAST_WORDS_CHARS), comma)[-_LAST_WORDS:]
    if not words or words[-1][:1].isupper() or any(is_generic(" ".join(words[i:])) for i in range(len(words) - 1)):
        return None
    return comma + 1


_COMMA_NEAR = 2  # characters between a body's name and the comma after it ("Sở Y tế ,")
_LAST_WORDS = 3  # words before a comma read for the generic group a list of bodies may end with
_LAST_WORDS_CHARS = 40


_MAX_SEMICOLONS = 40  # semicolons of one sentence read for a clause of its own (a bounded cost per sentence)


def _partner_list_before(text: str, cue_end: int, semicolon: int, mentions: list[AgencyMention],
                         starts: list[int]) -> bool:
    """Whether the words from the sentence's last partner cue (ending at ``cue_end``) to ``semicolon`` are only a list
    of partners, which the semicolon goes on with ("phối hợp với các bộ, ngành; | các sở, ban, ngành, địa phương liên
    quan thực hiện …"): bodies' names and words of groups."""
    pieces, cursor = [], cue_end  # the words between the names
    for mention in mentions[bisect_left(starts, cue_end):]:
        if mention.start >= semicolon:
            break
        pieces.append(text[cursor:mention.start])
        cursor = max(cursor, mention.end)
    pieces.append(text[cursor:semicolon])
    words = " ".join(pieces).replace(",", " ").replace(";", " ").strip()
    return not words or is_generic(words)


def _semicolon_groups(text: str, start: int, end: int, starts: list[int], mentions: list[AgencyMention]
                      ) -> list[tuple[list[AgencyMention], int, int, int]]:
    """Clauses of the sentence ``text[start:end]`` that open after a semicolon with a plural group for their subject,
    as (the group, task start, task end, clause start): "…; các sở, ban, ngành | chủ động phối hợp thực hiện"."""
    semicolon = text.find(";", start, end)
    if semicolon < 0:
        return []
    found: list[tuple[list[AgencyMention], int, int, int]] = []
    cue_ends = [cue.end() for cue in _patterns()["partner_cue"].finditer(text, start, end)]  # one pass per sentence
    for _ in range(_MAX_SEMICOLONS):
        if semicolon < 0:
            break
        at = _space_after(text, semicolon + 1)
        index = bisect_left(starts, at)
        named = index < len(starts) and starts[index] == at
        last_cue = bisect_right(cue_ends, semicolon) - 1
        partners = last_cue >= 0 and _partner_list_before(text, cue_ends[last_cue], semicolon, mentions, starts)
        group = None if named or partners else _group_at(text, at, end)
        if group is not None and group[0].text.split()[-1].lower() not in _WORDS["clause_group_not_last"]:
            # (not "…; các trường trung cấp, cao đẳng có | tổ chức chương trình …": a relative clause, no subject)
            found.append(([group[0]], group[1], end, semicolon + 1))
        semicolon = text.find(";", semicolon + 1, end)
    return found


def _ended_at_clause(text: str, record: Assignment, clauses: list[int], mentions: list[AgencyMention],
                     starts: list[int]) -> Assignment:
    """``record`` with its task ended where the first clause with its own subject after its start begins."""
    later = bisect_right(clauses, record.start)
    if later == len(clauses) or clauses[later] >= record.end:
        return record
    agency = record_mention(record)
    shorter = _record(text, record.start, clauses[later], agency, mentions, record.mode == "requested", starts,
                      rule=record.rule)
    if shorter is None:
        return record
    return shorter.model_copy(update={"due": shorter.due or record.due})


# --- entry point -------------------------------------------------------------------------



#: A short sentence after a task that only says its items follow: ". Cụ thể:" ([words] lead_in_tails).
_SPELLING_SENTENCE = regex.compile(r"[ \t*_]*+\.[ \t*_]*+(?i:" + _alternation(_WORDS["lead_in_tails"]) + r")(?=[ \t*_]*:)")


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
        announcing_end = record.end
        if colon is None and (spelling := _SPELLING_SENTENCE.match(text, record.end)) is not None:
            # "… chủ trì tổ chức đoàn kiểm tra, giám sát. | Cụ thể:" ⏎ "+ Ban hành quyết định …": a sentence of its own
            # leads into the items (round 50)
            colon, announcing_end = _LEAD_IN_END.match(text, spelling.end()), spelling.end()
        if record.rule != "assignments.inline" or not colon \
                or not announces_items(text, max(record.start, announcing_end - _ANNOUNCE_CHARS), announcing_end):
            # "… báo cáo Chủ tịch Ủy ban nhân dân tỉnh quyết định tặng thưởng:" lists what is awarded, not tasks
            out.append(record)
            continue
        items: list[Assignment] = []
        ordinals = False  # the items are numbered by words ("Một là, …")
        directed: Optional[tuple[Assignment, str]] = None  # the body an item directs, and that item's bullet
        spelled: Optional[tuple[int, str]] = None  # an item its sub-items spell out, and that item's bullet
        below_end = min(len(text), colon.end() + _LONG_SENTENCE * 4)
        # "**(1) Chính phủ, Thủ tướng Chính phủ có trách nhiệm sau đây:**" over "- …": its items end at "**(2)** …"
        sibling = next_sibling(text, text.rfind("\n", 0, record.agency_start) + 1, colon.end(), below_end)
        path = doc.path_at(colon.end())
        if path and path[-1].number and path[-1].end < below_end:
            # "- Đảng uỷ Chính phủ …, tiến độ cụ thể như sau:" ⏎ "+ …" ⏎ "2. Xây dựng đề án …": the items end with the
            # numbered part they stand in
            below_end = path[-1].end
        for line in _LINE.finditer(text, colon.end(), below_end if sibling is None else min(sibling, below_end)):
            marker = p["list_marker"].match(line.group())
            if (not marker or marker.end() == 0) and (not items or ordinals):
                # "Một là, hằng tuần theo dõi …" ⏎ "Hai là, khẩn trương …": items numbered by words, all of them
                marker = _ordinal_opener().match(line.group())
                ordinals = marker is not None
            if items and not marker and line.group()[:1].islower() and directed is None and spelled is None:
                # "1. Đổi mới tư duy, …, văn hóa;" ⏎ "hình thành các vùng động lực …": the item's words go on
                items[-1] = _item_record(text, record, items[-1].start, line.end(), mentions, starts)
                continue
            if not marker or marker.end() == 0 or not line.group()[marker.end():].strip():
                break
            at = line.start() + marker.end()
            end = line.end()
            bullet = _BULLET.match(line.group())
            kind = bullet.group(1) if bullet else ""
            if directed is not None and kind != directed[1]:
                items.append(_item_record(text, directed[0], at, end, mentions, starts))  # "+ Khẩn trương …"
                continue
            directed = None
            if spelled is not None and kind != spelled[1]:
                # "- Tập trung vào các vùng trọng điểm mới:" ⏎ "+ Vùng đô thị …": the sub-items are part of that task
                items[-1] = _item_record(text, record, items[-1].start, end, mentions, starts)
                continue
            spelled = None
            place = _place_item(text, at, end) if is_generic(record.agency) else None
            if place is not None:
                # "yêu cầu các địa phương …, cụ thể:" ⏎ "- Tỉnh Cao Bằng: Hoàn thành di dời …": the place the item
                # names before its colon has the task, not the whole group
                mention, task_at = place
                items.append(_item_record(text, record.model_copy(update={
                    "agency": mention.canonical, "agency_text": mention.text, "agency_start": mention.start,
                    "agency_end": mention.end, "partners": []}), task_at, end, mentions, starts))
                continue
            if mention_at(mentions, starts, at) is not None or _LEAD_IN_END.search(text, at, line.end()):
                words_at = line.start() + (bullet.end() if bullet else marker.end())  # past "**- " as well
                body = directed_body(text, words_at, end, mentions, starts)
                if body is None and kind and mention_at(mentions, starts, words_at) is None \
                        and _SUB_ITEMS.match(text, line.end()) and not p["giving"].search(text, words_at, end) \
                        and _opens_a_task(text, words_at, end):
                    # "- Tập trung vào các vùng trọng điểm mới:" over "+ …" sub-items: one task, spelled out below
                    items.append(_item_record(text, record, at, end, mentions, starts))
                    spelled = (len(items) - 1, kind)
                    continue
                if body is None:
                    break  # "- Sở Nội vụ chủ trì …:": the next lead-in, or an item that names its own body
                # "- Chỉ đạo Tổng công ty Cảng hàng không Việt Nam:": the lead-in body's task; its sub-items the other's
                items.append(_item_record(text, record, at, body.end, mentions, starts))
                requested = bool(p["requested"].match(text, words_at, end))
                directed = (record.model_copy(update={
                    "agency": body.canonical, "agency_text": body.text, "agency_start": body.start,
                    "agency_end": body.end, "role": "responsible", "partners": [],
                    "mode": "requested" if requested else "assigned"}), kind)
                continue
            items.append(_item_record(text, record, at, end, mentions, starts))
        if not items:
            # "… tập trung thực hiện một số nhiệm vụ trọng tâm sau:" over "(i) … (ii) … (iii) …" run in a paragraph
            items = [_item_record(text, record, at, end, mentions, starts)
                     for at, end in _numbered_in_paragraphs(text, colon.end())]
        own = _own_clause(text, record, mentions, starts) if items else None
        if items and announcing_end > record.end:
            own = record  # "… chủ trì tổ chức đoàn kiểm tra, giám sát. Cụ thể:": the sentence before is a task of its own
        out.extend(([own] if own else []) + (items or [record]))
    return out


def _own_clause(text: str, record: Assignment, mentions: list[AgencyMention], starts: list[int]) -> Optional[Assignment]:
    """A lead-in's own task before its announcing clause (:func:`own_clause_span`): "Giao Sở Nông nghiệp và Môi trường
    | là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện Đề án …; | tổ chức thực hiện các nhiệm vụ sau:" → the first
    clause, a task of its own besides the items."""
    span = own_clause_span(text, record.start, record.end, mentions, starts)
    if span is None:
        return None
    clause = text[span[0]:span[1]]
    return record.model_copy(update={"text": clause, "task": clause, "end": span[1],
                                     "due": task_due(clause) or record.due})


_TAGGED_CHARS = 60  # the opening words read for a verb


def _joined_by_and(text: str, listed: list[AgencyMention]) -> bool:
    """Whether two of the listed bodies are joined by "và" ("Bộ Tài chính và Ngân hàng Nhà nước Việt Nam")."""
    return any(_AND_ONLY.fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:]))


def _opens_a_task(text: str, at: int, end: int) -> bool:
    """Whether an item line opens with the verb of a task ("Tập trung vào …", "Khẩn trương …"), not with a body or a
    clause ("Các cơ quan truyền thông:", "Sau khi được đưa đến …, phạm nhân được …:")."""
    words = text[at:min(end, at + _TAGGED_CHARS)]
    lowered = words[:1].lower() + words[1:]
    return bool(_patterns()["task_start"].match(lowered)) or (not PLURAL_OPENS.match(words) and opens_with_verb(words))


#: The next non-blank line opens with a sub-item bullet other than a dash ("+ Vùng đô thị …", "• …").
_SUB_ITEMS = regex.compile(r"\n(?:[ \t]*\n)*[ \t*_]*[+•◦▪][ \t]")


@cache
def _ordinal_opener() -> regex.Pattern:
    """An ordinal that numbers an item, before its comma: "Một là, ", "**Thứ hai,** " ([inline] ordinal_openers)."""
    return regex.compile(r"[ \t*_]*+(?i:" + _alternation(_cfg()["inline"]["ordinal_openers"]) + r")[ \t*_]*+,[ \t*_]*+")


def _item_record(text: str, record: Assignment, at: int, end: int, mentions: list[AgencyMention],
                 starts: list[int]) -> Assignment:
    """One item under a lead-in as a task of the lead-in's agency."""
    while at < end and text[at] in " \t\n*_":
        at += 1
    while end > at and text[end - 1] in _TRAIL + "*_ \n":
        end -= 1
    task = text[at:end]
    # a lead-in that leads ("chủ trì … các nhiệm vụ sau:") leads every item, even one that opens "Phối hợp"
    # (as a lead column does, policy P3); otherwise an item's own words decide ("c) Chủ trì, phối hợp …")
    role = "lead" if record.role == "lead" else task_role(task)
    own = task_partners(text, at, end, mentions, own=[record.agency], starts=starts)
    return record.model_copy(update={
        "text": task, "task": task, "start": at, "end": end, "due": task_due(task) or record.due,
        "role": role if role != "responsible" else record.role,
        "partners": record.partners + [name for name in own if name not in record.partners],
        "rule": "assignments.lead_in_items"})


_ROMAN_ITEMS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ARABIC_ITEMS = tuple(str(n) for n in range(1, 21))
_PARAGRAPH_ITEMS_CHARS = 12000  # how far below a lead-in its paragraphs of numbered items may run
_OPENING_ITEM = regex.compile(r"[ \t\n*_]*+\((?:i|1)\)[ \t]*+")


def _numbered_in_paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Items numbered in parentheses and run together in paragraphs, each paragraph opening with the first
    ("(i) Tập trung … (ii) Khẩn trương … (iii) Hướng dẫn …"; "(1) …"): each item's span. The numbers must follow
    in order, so that a parenthesis in an item ("(nếu có)") never cuts it."""
    items: list[tuple[int, int]] = []
    limit = min(len(text), start + _PARAGRAPH_ITEMS_CHARS)
    at = start
    while at < limit:
        opening = _OPENING_ITEM.match(text, at, limit)
        if not opening:
            break
        end = text.find("\n\n", opening.end(), limit)
        end = limit if end < 0 else end
        roman = "(i)" in opening.group()
        labels = _ROMAN_ITEMS if roman else _ARABIC_ITEMS
        item_start, index = opening.end(), 1
        while index < len(labels):
            following = text.find(f"({labels[index]})", item_start, end)
            if following < 0:
                break
            items.append((item_start, following))
            item_start = following + len(labels[index]) + 2
            index += 1
        items.append((item_start, end))
        at = end
    return [(s, e) for s, e in items if text[s:e].strip(_TRAIL + " \n*_")]
