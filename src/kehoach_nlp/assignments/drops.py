"""Records the resolve step drops (round 52): clauses shaped like a task that give none (``[drops]`` of
``data/assignments.toml``).

* a sanction: a liability for a breach ("Tổ chức, cá nhân phải chịu trách nhiệm đối với những hành vi vi phạm …");
* a giver for the subject ("Chính phủ sẽ giao Bộ Nội vụ nghiên cứu …": the ministry's task, not the government's);
* a delegating subject ("Ủy ban nhân dân thành phố phân cấp thẩm quyền … cho Sở Nông nghiệp và Môi trường");
* in a news article, a report of an event ("Phó Chủ tịch UBND TPHCM chủ trì cuộc họp về …", "Sở Y tế đã tổ chức …");
* a head count after an office's label ("Chủ tịch UBND: 1 người"), or the holder's name ("Chủ tịch …: Bùi Thị Minh
  Hoài - Ủy viên Bộ Chính trị"; round 55).

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> from kehoach_nlp.assignments import find_assignments
    >>> doc = parse_structure("Chính phủ sẽ giao Bộ Nội vụ nghiên cứu và hướng dẫn.")
    >>> [a.agency for a in find_assignments(doc)]
    ['Bộ Nội vụ']
"""

from __future__ import annotations

from functools import cache

import regex

from ..agencies import AgencyMention, official_pattern
from ..records import Assignment
from ..rules import alternation, check_words
from ..structure import DocumentStructure
from .common import _cfg, mention_at

#: A space between two words, perhaps wrapped by a converted page ("chịu trách⏎nhiệm").
_SPACE = r"\s+"
#: What may stand before a task's first word: spaces and emphasis marks.
_OPENING = r"[ \t*_]*+"
_OPENING_RUN = regex.compile(_OPENING)
#: How far into a task its liability's duty is looked for ("chịu trách nhiệm | thi hành …").
_DUTY_CHARS = 60
#: The longest gap between a subject and its task on one line that still lets the gap's last word be the task's tense.
_GAP_CHARS = 40
#: Where a sentence or a clause of it ends: a stop before a space, a semicolon, a table's cell border, a line's end.
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|[;|\n]")
#: How far back a sentence's start is looked for.
_SENTENCE_CHARS = 600
#: How far after a delegating verb its recipient's "cho" is looked for ("phân cấp thẩm quyền quyết định thanh lý …; xử
#: lý … | cho Ủy ban nhân dân cấp xã").
_DELEGATION_CHARS = 400
#: Room for the delegating verb itself, before its object.
_VERB_CHARS = 40


def _words(key: str) -> tuple[str, ...]:
    """The word list ``[drops] key`` ("chịu trách nhiệm", "phải chịu trách nhiệm", …), checked."""
    return check_words(_cfg()["drops"][key], f"data/assignments.toml: drops.{key}")


def _any(key: str, *, ignore_case: bool = True) -> str:
    """Any word of ``[drops] key`` ending a word ("vi phạm", not "vi phạmx"), its spaces perhaps wrapped."""
    words = alternation(_words(key), spaces=_SPACE, where=f"data/assignments.toml: drops.{key}")
    return (f"(?i:{words})" if ignore_case else f"(?:{words})") + r"(?![\p{L}\p{M}])"


@cache
def _patterns() -> dict[str, regex.Pattern]:
    """The drop rules' patterns, built once from ``[drops]``."""
    return {
        "liability": regex.compile(_OPENING + _any("liability_opens")),
        "answer_for": regex.compile(r"[ \t]++" + _any("liability_objects")),
        "duty": regex.compile(r"(?<![\p{L}\p{M}])" + _any("liability_duties")),
        "breach": regex.compile(r"(?<![\p{L}\p{M}])" + _any("breach_words")),
        "condition": regex.compile(r"(?<![\p{L}\p{M}])" + _any("breach_conditions", ignore_case=False)),
        "giver": regex.compile(_OPENING + r"(?:" + _any("giver_adverbs") + r"[ \t]+)*+" + _any("giver_verbs")
                               + r"[ \t]*+"),
        "delegation": regex.compile(_OPENING + r"(?:" + _any("giver_adverbs") + r"[ \t]+)*+" + _any("delegation_verbs")
                                    + r"(?:[^.!?|]|[.!?](?!\s)){0," + str(_DELEGATION_CHARS) + r"}?(?<![\p{L}\p{M}])"
                                    + _any("delegation_to")),
        "event": regex.compile(_OPENING + _any("event_opens")),
        "tense": regex.compile(_OPENING + _any("event_tenses") + r"[ \t]"),
        "tense_last": regex.compile(r"(?<![\p{L}\p{M}])" + _any("event_tenses") + r"[ \t]*+$"),
        "head_count": regex.compile(_OPENING + r"(?:" + _any("quantity_comparators") + r"[ \t]++)?\d[\d.,]*+[ \t]++"
                                    + r"\p{L}++(?:[ \t]++\p{L}++)?[ \t]*+(?:\([^()\n]*+\))?[ \t.;,]*+$"),
        "holder": regex.compile(_OPENING + r"\p{Lu}\p{Ll}*+(?:[ \t]++\p{Lu}\p{Ll}*+){1,4}" + _OPENING
                                + r"(?:[-,(]|$)", regex.MULTILINE),
    }


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or ``;`` clause) holding ``at`` begins."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - _SENTENCE_CHARS), at)),
               default=max(0, at - _SENTENCE_CHARS))


def is_sanction(text: str, record: Assignment) -> bool:
    """Whether a sentence's subject is made liable for a breach: its task opens "(phải / hoàn toàn) chịu trách nhiệm"
    (not "… thi hành") to answer for something, and its first clause names a breach or a condition ("Tổ chức, cá nhân
    | phải chịu trách nhiệm đối với những hành vi vi phạm quy định của Quy chế này"); or it opens so with an act after a
    fronted condition of a breach ("Trường hợp chậm trễ, không gửi dữ liệu, đơn vị | chịu trách nhiệm giải trình …").
    An item under a body's heading is the body's duty as the gold lists it: kept."""
    p = _patterns()
    opening = p["liability"].match(record.task)
    if opening is None or p["duty"].search(record.task, opening.end(), _DUTY_CHARS):
        return False
    start = _sentence_start(text, record.start)
    if not start <= record.agency_start <= record.start or "\n" in text[record.agency_start:record.start]:
        return False  # not the sentence's own subject: an item of a block
    stop = _SENTENCE_END.search(text, record.start, record.end)
    fronted = text[start:record.agency_start]
    if p["answer_for"].match(record.task, opening.end()) or opening.end() == len(record.task):
        sentence = text[start:stop.start() if stop else record.end]
        return p["breach"].search(sentence) is not None or p["condition"].search(sentence) is not None
    return p["breach"].search(fronted) is not None and p["condition"].search(fronted) is not None


def _subject_before(text: str, record: Assignment) -> bool:
    """Whether the record's body is named right before its task, on its line: its clause's subject."""
    return record.agency_end <= record.start and not text[record.agency_end:record.start].strip(" \t,*_")


def gives_to_named(text: str, record: Assignment, mentions: list[AgencyMention], starts: list[int]) -> bool:
    """Whether the subject only gives the task to a body named next: "Hội đồng nhân dân Thành phố | thống nhất giao
    Ủy ban nhân dân Thành phố bố trí nguồn vốn …", "Quốc hội | ủy quyền cho Ủy ban Thường vụ Quốc hội …" (the body
    after the verb has its own record). A giving verb before no named body ("Cơ quan, đơn vị lấy ý kiến | giao cho
    đơn vị hoặc cá nhân chủ trì …") is the giver's duty."""
    if not _subject_before(text, record):
        return False
    verb = _patterns()["giver"].match(text, record.start, record.end)
    if verb is None:
        return False
    at = verb.end()
    title = official_pattern().match(text, at, record.end)
    if title is not None:
        at = title.end()
    body = mention_at(mentions, starts, at)
    return body is not None and body.canonical != record.agency


def delegates(text: str, record: Assignment) -> bool:
    """Whether the subject delegates a power rather than takes a task: "Ủy ban nhân dân thành phố | phân cấp thẩm
    quyền quyết định thanh lý tài sản kết cấu hạ tầng thủy lợi … cho Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân
    tỉnh | ủy quyền cho Chủ tịch UBND tỉnh" (``[drops] delegation_verbs``, ``delegation_to``). An item under a body's
    heading is the body's power as the gold lists it ("4. Ủy quyền cho Phó Trưởng ban …" under the head's duties):
    kept. The words right after the subject's name are read, so a delegating lead-in over items gives them to the
    delegate only ("Ủy ban nhân dân tỉnh | phân cấp cho Ủy ban nhân dân cấp xã quyết định một số khoản hỗ trợ … như
    sau:" ⏎ "a) Hỗ trợ …")."""
    if record.agency_end > record.start:
        return False
    at = record.agency_end
    while at < record.start and text[at] in " \t\n":
        at += 1
    return _patterns()["delegation"].match(text, at, min(len(text), at + _DELEGATION_CHARS + _VERB_CHARS)) is not None


def reports_event(doc: DocumentStructure, record: Assignment) -> bool:
    """Whether a news article's record reports an event rather than gives a task: it opens with an event ("Phó Chủ
    tịch Ủy ban nhân dân Thành phố Hồ Chí Minh | chủ trì cuộc họp về tiến độ …", "Chủ tịch nước | đọc diễn văn …") or
    with what the body has done or is doing ("Sở Y tế | đã tổ chức …"; "… Sở Giáo dục và Đào tạo đã | xây dựng …")."""
    if not doc.headingless:
        return False
    p = _patterns()
    if p["event"].match(record.task) or p["tense"].match(record.task):
        return True
    text = doc.text
    gap = text[record.agency_end:record.start]
    return 0 <= record.start - record.agency_end <= _GAP_CHARS and "\n" not in gap \
        and p["tense_last"].search(gap) is not None


def names_holder(text: str, record: Assignment, mentions: list[AgencyMention], starts: list[int]) -> bool:
    """Whether the task is only the name of the office's holder, perhaps with the holder's other posts ("Chủ tịch Ủy
    ban Trung ương MTTQ Việt Nam: | **Bùi Thị Minh Hoài** - Ủy viên Bộ Chính trị, …"; round 55): after the office's
    label colon, a person's name of two to five capitalised syllables, then a dash, a comma, a bracket or the task's
    end — who holds the post, no work. A body named there ("Bộ Công Thương, UBND các tỉnh chỉ đạo …") is no holder."""
    name = _patterns()["holder"].match(text, record.start, record.end)
    if name is None or ":" not in text[record.agency_end:record.start]:
        return False
    first = _OPENING_RUN.match(text, record.start, record.end).end()
    return mention_at(mentions, starts, first) is None


def is_head_count(record: Assignment) -> bool:
    """Whether the task is only how many hold the office ("Chủ tịch UBND: | 1 người", "Phó Chủ tịch UBND: | không quá
    4 người (riêng Hà Nội … 5 người)"; round 55): a count, no work."""
    return _patterns()["head_count"].match(record.task) is not None


def is_no_task(doc: DocumentStructure, record: Assignment, mentions: list[AgencyMention], starts: list[int]) -> bool:
    """Whether the record is a sanction, a giver's own, a news report or a head count (see the module's list): no
    record."""
    return is_sanction(doc.text, record) or gives_to_named(doc.text, record, mentions, starts) \
        or delegates(doc.text, record) or reports_event(doc, record) or is_head_count(record) \
        or names_holder(doc.text, record, mentions, starts)
