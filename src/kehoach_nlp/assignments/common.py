"""Shared pieces of the assignment finders: configuration, patterns, the role / due / partners of a task,
the record builder, and the small per-document indexes (offsets of a needle, bullets inside a line).

Takes: a task clause, or a span of the clean text and the agency mentions of the document. Gives: what
every finder (:mod:`.blocks`, :mod:`.inline`, :mod:`.notes`, :mod:`.rows`, :mod:`.execution`) needs to
build an :class:`~kehoach_nlp.records.Assignment`; it imports no finder. Cue words live in
``data/assignments.toml``.

Example::

    >>> task_role("Phối hợp với Công an tỉnh bảo đảm an ninh"), task_due("Tổng hợp, báo cáo kết quả trước ngày 15/12 hằng năm")
    ('support', 'trước ngày 15/12 hằng năm')
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Optional, get_args

import regex

from ..agencies import AgencyMention, CONNECTOR, PLURAL_WORD, breaks_known_name, find_agencies, _generic_words, generic_phrases, is_generic, \
    official_pattern
from ..data import load_toml
from ..headings import heading_marker, shape
from ..records import Assignment, Role
from ..rules import alternation, word_list
from ..caching import per_text
from ..vietnamese import expand_abbreviations


#: Where a sentence ends: after its mark and spaces, before a capital; also right after a full stop that a converted
#: page glued to the next sentence ("… kể từ ngày 01/8/2025.Giao chính quyền địa phương …", "… của dân.Không …"):
#: after a lower-case letter or a year, before a capitalised word (not "TP.Hồ Chí Minh", not "1.Sở Y tế").
_SENTENCE_END = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\"“(])|(?<=\p{Ll}[.!?]|(?<!\d)\d{4}\.)(?=\p{Lu}\p{Ll})")
_LINE = regex.compile(r"[^\n]+")
_TRAIL = " \t;,.:"
_WORDS_ONLY = regex.compile(r"^[\s,;\-–&]*$")
#: Longest run of connectors / generic words between two listed agencies, or before a subject.
_MAX_GAP = 160
_COLON = regex.compile(r"[ \t]{0,3}:[ \t]{0,3}(?=\S)")
_PLAIN_LINE = regex.compile(r"[^;]+")
#: Rule words of this stage (data/assignments.toml [words]; the list connector "và" and the plural word "các" from
#: agency_heads.toml).
_WORDS = load_toml("assignments.toml")["words"]
_AND = regex.escape(CONNECTOR)
#: Two bodies joined by "và" are listed as a comma lists them ("Bộ Tài chính và Ngân hàng Nhà nước Việt Nam nghiên cứu
#: …": both are the subject).
_AND_ONLY = regex.compile(r"[\s,]*+" + _AND + r"\s++")
_PLURAL = regex.escape(PLURAL_WORD)
#: "Các" in the three ways it is written, and in the two a sentence opens with.
_PLURAL_ANY = f"(?:{regex.escape(PLURAL_WORD.capitalize())}|{regex.escape(PLURAL_WORD.upper())}|{_PLURAL})"
#: A name that opens with the list's plural word ("các sở, …", "Các doanh nghiệp …").
PLURAL_OPENS = regex.compile(r"(?i:" + _PLURAL + r")[ \t]")
_PLURAL_OPENING = f"(?:{regex.escape(PLURAL_WORD.capitalize())}|{_PLURAL})"
#: A space between two words that a converted page may have wrapped: "Thời⏎gian hoàn thành".
_WRAPPED_SPACE = r"(?:[ \t]{1,3}\n?[ \t]{0,4}|\n[ \t]{0,4})"
_GENERIC_TAIL = regex.compile(r"\s+" + _AND + r"\s+(?P<rest>" + _PLURAL + r"\s[^;]{1,200})$")
_IS_PREFIX = regex.compile(r"^(?i:" + regex.escape(_WORDS["copula"]) + r")\s+")
#: No task runs longer than this (the longest task in the 61 real plans that may be read is 737
#: characters); a sentence is cut into clauses at each subject whatever its length (round 31).
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
    #: The partners the heading names for every task ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế:").
    partners: tuple[str, ...] = ()
    #: The heading's own task before its announcing clause ("2. Sở Y tế là cơ quan thường trực, chủ trì tham mưu
    #: triển khai Kế hoạch; | thực hiện các nhiệm vụ sau:"): its span, a task besides the items.
    own: Optional[tuple[int, int]] = None


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


@per_text(maxsize=8)
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


@per_text(maxsize=4)
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


@cache
def duty_subject_heads() -> list[str]:
    """The head nouns a duty's subject opens with: the bodies' kinds ([inline] duty_subject_heads) and the regulated
    parties' ([inline] party_heads) — "Cơ quan, tổ chức, đơn vị … có trách nhiệm …", "Chủ nguồn thải phải …"."""
    return list(dict.fromkeys(_cfg()["inline"]["duty_subject_heads"] + _cfg()["inline"]["party_heads"]))


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
def counted_frame(spaces: str = r"[ \t\n]{1,3}") -> str:
    """A time frame counted in days or hours ([inline] counted_frame_openers, counted_frame_bounds,
    counted_frame_units): "Trong 15 ngày", "Trong vòng 02 (hai) ngày làm việc", "trong vòng không quá 02 giờ"."""
    inline = _cfg()["inline"]
    return (rf"(?:{_alternation(inline['counted_frame_openers'], spaces=spaces)}){spaces}"
            rf"(?:(?:{_alternation(inline['counted_frame_bounds'], spaces=spaces)}){spaces})?\d{{1,3}}"
            rf"(?:[ \t]{{0,2}}\([^)\n]{{1,20}}\))?{spaces}"
            rf"(?:{_alternation(inline['counted_frame_units'], spaces=spaces)})(?![\p{{L}}\p{{M}}])")


@cache
def adverbial_openers(spaces: str | None = None) -> str:
    """The openers of a fronted adverbial (data/assignments.toml [inline] adverbial_openers), and a counted time
    frame (:func:`counted_frame`): "Trong 15 ngày kể từ ngày nhận hồ sơ, | UBND cấp tỉnh kiểm tra …", "Trong 02 (hai)
    ngày làm việc, | Sở Tư pháp …"."""
    frame = counted_frame() if spaces is None else counted_frame(spaces)
    return rf"{_alternation(_cfg()['inline']['adverbial_openers'], spaces=spaces)}|{frame}"


@cache
def passive_guard() -> str:
    """A lookbehind refusing a verb right after a passive word ("được phân công", "bị xử lý"): it is part of a
    name there, not the verb of a task."""
    return rf"(?<!(?<![\p{{L}}])(?i:{_alternation(_cfg()['inline']['passive'])})[ \t\n]{{1,3}})"


@cache
def _patterns() -> dict[str, regex.Pattern]:
    cfg = _cfg()
    b = r"(?![\p{L}\p{N}])"
    roles = cfg["roles"]
    atom = "|".join(f"(?:{p})" for p in cfg["due"]["patterns"])
    fallback = "|".join(f"(?:{p})" for p in cfg["due"]["fallbacks"])
    passive = passive_guard()
    mandate = rf"(?i:{_alternation(cfg['inline']['mandate'], spaces=_WRAPPED_SPACE)}){b}"
    # "căn cứ chức năng, nhiệm vụ", "trên cơ sở chức năng nhiệm vụ được giao": a mandate before the role words
    mandate_phrase = (rf"(?:{_alternation(roles['mandate_openers'])})\s+"
                      rf"(?:{_alternation(roles['mandate_nouns'], spaces=_WRAPPED_SPACE)}){b}")
    return {
        "bullet": regex.compile(cfg["blocks"]["bullet"]),
        "body_stop": regex.compile("|".join(cfg["blocks"]["body_stops"]), regex.M),
        "numbered": regex.compile(cfg["region"]["numbered"], regex.M),
        "region_start": regex.compile("|".join(cfg["region"]["headings"]), regex.I | regex.M),
        "region_end": regex.compile("|".join(cfg["region"]["ends"]), regex.I | regex.M),
        "part_heading": regex.compile(cfg["region"]["part_heading"], regex.M),
        "prefix": regex.compile(rf"\s*(?:{_alternation(cfg['blocks']['heading_prefixes'])}){b}\s*", regex.I),
        "news_prefix": regex.compile(rf"\s*(?:{_alternation(cfg['blocks']['heading_prefixes'] + cfg['blocks']['news_heading_prefixes'])}){b}\s*", regex.I),
        "separator": regex.compile(cfg["blocks"]["agency_separators"]),
        "duty": regex.compile(rf"^(?:(?:{_alternation(roles['duty_modals'])}){b}[ \t\n]{{1,3}})?"
                              rf"(?:{_alternation(roles['duty_prefixes'])}){b}[ \t]{{1,3}}(?=\S)", regex.I),
        "mandate_anywhere": regex.compile(rf"(?<![\p{{L}}]){mandate_phrase}", regex.I),
        "mandate_opening": regex.compile(rf"^{mandate_phrase}\s*,?\s*", regex.I),
        "lead_start": regex.compile(rf"(?:{_alternation(roles['lead'])}){b}", regex.I),
        "ground": regex.compile(rf"(?:{_alternation(roles['ground_openers'])}){b}(?:[^,;:.\n]|,(?=[ \t]*\p{{Lu}})){{1,{int(roles['ground_chars'])}}}?"
                                rf"[ \t]+(?=(?:{_alternation(roles['lead'] + roles['support'])}){b})", regex.I),
        "role_adverbs": regex.compile(rf"(?:(?:{_alternation(roles['role_adverbs'])}){b}(?:[ \t]*,[ \t]*|[ \t]+(?:{_AND}[ \t]+)?))+",
                                      regex.I),
        "lead_clause": regex.compile(rf"(?:^|;\s*)(?:{_alternation(roles['lead'])}){b}", regex.I),
        "support_start": regex.compile(rf"(?:{_alternation(roles['support'])}){b}", regex.I),
        "partner_cue": regex.compile(rf"(?<![\p{{L}}])(?<!(?:{_alternation(_WORDS['partner_not_after'])})\s)(?:{_alternation(cfg['partners']['cues'])}){b}",
                                     regex.I),
        "requested": regex.compile(rf"\s*(?:{_alternation(cfg['mode']['requested'])}){b}", regex.I),
        # not before "của": "Theo đề nghị của | Sở Nội vụ, Sở Tài chính …" names whose proposal it is (a noun)
        "giving": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['inline']['giving'] + cfg['inline']['opening_giving'])}){b}\s+"
                                rf"(?!(?:{_alternation(_WORDS['of_words'])}){b})", regex.I),
        "opening_giving": regex.compile(rf"(?:{_alternation(cfg['inline']['opening_giving'])}){b}", regex.I),
        "lead_in_giving": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['inline']['lead_in_giving'])}){b}\s+",
                                        regex.I),
        "directing_topic": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['inline']['directing_topic_words'])})\s+$",
                                         regex.I),
        # one to three fronted adverbials: "Căn cứ tình hình …, hàng năm Ủy ban nhân dân các xã …"; first, a
        # condition that runs over commas to a plural group ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc,
        # các cơ quan, đơn vị …")
        "intro": regex.compile(rf"^(?:(?:(?:{adverbial_openers()}){b}[^,;:.\n]{{1,120}}?"
                               rf"[ \t]{{0,3}},?[ \t]{{0,3}})?(?:{_alternation(cfg['inline']['conditions'])}){b}"
                               rf"(?:[^;:.\n]|\n(?![ \t]*\n)){{1,200}}?,[ \t\n]{{0,3}}(?:(?:{_alternation(cfg['inline']['condition_givers'] + cfg['inline']['consequence_words'])})"
                               # … the group perhaps headed by its officials: "…, | Thủ trưởng | các cơ quan, đơn vị, Chủ
                               # tịch Ủy ban nhân dân các xã … chủ động gửi ý kiến …" (round 47)
                               rf"[ \t]{{1,3}})?(?=(?:(?:{_alternation(word_list('agency_heads.toml', 'officials', 'titles'))})[ \t]+)?"
                               rf"{_PLURAL_OPENING}[ \t]|(?:{generic_phrases().pattern}))"
                               # a time clause may run longer, tried first (round 50): "Sau khi Ủy ban nhân dân Thành phố phê duyệt Đề
                               # án … và quyết định phân bổ vốn từ ngân sách Trung ương, | Sở Tài chính …"
                               # to a capitalised name (the first comma before a lower-case word may be inside it:
                               # "Khi … không còn công tác tại cơ quan, đơn vị, | Trung tâm Chuyển đổi số …")
                               rf"|(?:{_alternation(cfg['inline']['time_openers'])}){b}[^,;:.\n]{{1,200}}?,[ \t]{{0,3}}"
                               rf"(?=\p{{Lu}}|$)"
                               rf"|(?:{adverbial_openers()}){b}"
                               # closed by "thì" over commas ("Nếu không có khiếu nại, phản ánh thì …"), else by a comma
                               # (before the bare intros: "Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng …")
                               rf"(?:[^;:.\n]{{1,160}}?[ \t\n](?:{_alternation(cfg['inline']['consequence_words'])}){b}"
                               # (a counted time frame may close at once: "Trong 15 ngày, | Bộ Xây dựng kiểm tra …")
                               rf"|[^,;:.\n]{{0,120}}?,)[ \t]{{0,3}}"
                               # the date a duty starts from, with no end date ("Từ ngày 01 tháng 12 năm 2025, | Trung
                               # tâm Phục vụ hành chính công tỉnh … tổ chức thực hiện …"; not a story's span "Từ ngày …
                               # đến ngày …, Quốc hội họp …"; round 55)
                               rf"|(?:{_alternation(cfg['inline']['date_openers'])}){b}"
                               rf"(?:(?!(?:{_alternation(cfg['inline']['date_until'])}){b})[^,;:.\n]){{1,40}}?,[ \t]{{0,3}}"
                               # a deadline date, its comma perhaps left out (round 56): "Trước ngày 01 tháng 11 hằng
                               # năm | Tập đoàn Điện lực Việt Nam có trách nhiệm: …", "Trước ngày 15/12 | Sở Tài chính
                               # tổng hợp …" (the words before a subject are matched up to it: the end of the slice
                               # stands for the subject's capital)
                               rf"|(?:{_alternation(cfg['inline']['deadline_openers'])})[ \t]{{1,3}}"
                               rf"{cfg['inline']['deadline_date']}[ \t]{{0,3}},?[ \t]{{0,3}}"
                               rf"(?=(?-i:\p{{Lu}})|$|(?:{_alternation(cfg['inline']['intros'])}){b})"
                               rf"|(?:{_alternation(cfg['inline']['intros'])}){b}\s{{0,3}},?\s{{0,3}}"
                               # what the document says, reported: "Kế hoạch nêu rõ, | Sở Giáo dục và Đào tạo …"
                               rf"|(?:{_alternation(cfg['inline']['speaker_documents'])})\s{{1,3}}"
                               rf"(?:{_alternation(cfg['inline']['document_sayings'])})\s{{0,3}},\s{{0,3}}"
                               # … or a leader, by title: "Thủ tướng Chính phủ chỉ rõ, | Bộ Xây dựng chủ trì …"
                               rf"|(?-i:{_alternation(cfg['inline']['speaker_titles'])})\s{{1,3}}"
                               rf"(?:{_alternation(cfg['inline']['document_sayings'])})\s{{0,3}},\s{{0,3}})"
                               rf"{{1,3}}", regex.I),
        # a fronted adverbial whose object is a list ("Sau khi xây dựng Đề án thành lập, giải thể, nhập, chia, điều
        # chỉnh địa giới …, | Ủy ban nhân dân cấp tỉnh có văn bản …"): it runs over its commas to the one before the
        # subject, when no other body is named in it (fullmatch on the words before the subject)
        "listing_intro": regex.compile(rf"(?:{adverbial_openers()}){b}[^;:.\n]{{1,150}},"
                                       rf"[ \t]{{0,3}}", regex.I),
        "assigned": regex.compile(rf"(?i:{_alternation(cfg['inline']['assigned'], spaces=_WRAPPED_SPACE)}){b}"),
        # a tense that tells what was done, not what is to be done (not a passive relative: "đã được giao")
        "past": regex.compile(rf"(?:{_alternation(cfg['inline']['past'])}){b}(?![ \t\n]{{1,3}}(?:{_alternation(cfg['inline']['passive'])}){b})"),
        # what a body cannot do: "… các cơ quan, tổ chức, đơn vị không thể thực hiện thao tác …"
        "cannot": regex.compile(rf"(?:{_alternation(cfg['inline']['cannot'])}){b}"),
        "partner_word": regex.compile(rf"(?i:{_alternation(cfg['inline']['role_noun_not_before'])}){b}"),
        "not_verb": regex.compile(rf"(?:{_alternation(cfg['inline']['not_verbs'] + cfg['inline']['cannot'])}){b}"),
        "task_verb": regex.compile(rf"(?:{_alternation(cfg['inline']['task_verbs'])}){b}"),
        "mandate": regex.compile(mandate),
        # an adverbial set between a subject and its verb by commas: "Sở Tài chính, | trên cơ sở đề xuất của các cơ
        # quan, đơn vị, địa phương, | chủ trì tổng hợp …" (the task opens with it, as with a mandate)
        "inserted": regex.compile(rf"(?:{adverbial_openers()}){b}"
                                  rf"(?:(?!(?:{_alternation(roles['lead'] + roles['support'] + roles['duty_prefixes'])}){b})[^;:.\n]){{1,160}}?,"
                                  rf"[ \t\n]{{0,3}}(?={passive}(?:{_alternation(cfg['inline']['group_verbs'] + cfg['continuation']['verbs'])}){b})",
                                  regex.I),
        # not before a passive: "Các thành viên còn lại vẫn tiếp tục được hưởng …" is what the group receives
        "group_verb": regex.compile(rf"{passive}(?:{_alternation(cfg['inline']['group_verbs'])}){b}"
                                    rf"(?![ \t\n]{{1,3}}(?i:{_alternation(cfg['inline']['passive'])}){b})"),
        # a verb that starts a task right after a body's name ("Sở Khoa học và Công nghệ theo dõi, đôn đốc …"):
        # the task-list verbs of this stage (lower case: "Ban Quản lý" is a name, "… cấp xã quản lý …" a task)
        "task_start": regex.compile(rf"{passive}(?:{_alternation(cfg['inline']['group_verbs'] + cfg['continuation']['verbs'])}){b}"
                                    rf"|{mandate}"),
        "due": regex.compile(rf"(?:{atom})(?:[ \t,]{{1,3}}(?:(?:{_alternation(cfg['due']['joiners'])})[ \t]+)?(?:{atom})){{0,3}}",
                             regex.I),
        "due_fallback": regex.compile(fallback, regex.I),
        "noun_frequency": regex.compile(rf"(?i:{_alternation(cfg['due']['noun_frequencies'])})\s"),
        "dated_deadline": regex.compile(rf"(?i:{_alternation(cfg['due']['dated_deadlines'])})\s"),
        "note_lead": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['notes']['lead'])})[ \t]{{0,3}}:[ \t]{{0,3}}",
                                   regex.I),
        "note_partner": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['notes']['partners'])})"
                                      rf"[ \t]{{0,3}}:[ \t]{{0,3}}", regex.I),
        "note_due": regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(cfg['notes']['due'])})[ \t]{{0,3}}:[ \t]{{0,3}}"
                                  r"(?P<due>[^;)\n]{1,80})", regex.I),
        "continuation": regex.compile(rf"\s*(?:(?:{_alternation(cfg['continuation']['connectives'])}){b}[ \t]*+,?[ \t]*+)?"
                                      rf"(?:{_alternation(cfg['continuation']['verbs'])}){b}", regex.I),
        # anchored where it is matched (the data pattern's "^" would only ever match at the text's start)
        "list_marker": regex.compile(heading_marker("list_marker").pattern.removeprefix("^")),
        # a procedure's step label: "Bước 2:", "**Bước 4.** "
        "step_label": regex.compile(rf"[ \t*_]{{0,4}}(?i:{_alternation(cfg['inline']['step_labels'])})[ \t]{{1,3}}\d{{1,2}}"
                                    rf"[ \t]{{0,2}}[.:)][ \t*_]{{0,6}}"),
    }


# --- resolving one task --------------------------------------------------------------

def task_role(task: str) -> str:
    """``lead``, ``support`` or ``responsible`` from the words of a task.

    >>> task_role("Chủ trì, phối hợp với Sở Y tế tổ chức tập huấn"), task_role("Phối hợp với Công an tỉnh …")
    ('lead', 'support')
    >>> task_role("có trách nhiệm chủ trì, phối hợp với các đơn vị tổ chức tập huấn")
    'lead'
    >>> task_role("Căn cứ chức năng, nhiệm vụ, phối hợp với các cơ quan, đơn vị liên quan triển khai Kế hoạch")
    'support'
    >>> task_role("theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp công bố thông tin")
    'support'
    >>> task_role("trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp dự toán")
    'lead'
    >>> task_role("khẩn trương chủ trì, phối hợp với Sở Tài chính"), task_role("tiếp tục phối hợp với Sở Y tế")
    ('lead', 'support')
    >>> task_role("căn cứ Kết luận số 126-KL/TW của Bộ Chính trị chủ trì, phối hợp với các cơ quan có liên quan")
    'lead'
    """
    p = _patterns()
    task = p["mandate_opening"].sub("", task.strip(), count=1)  # "theo chức năng, nhiệm vụ được giao có trách nhiệm …"
    task = p["duty"].sub("", task, count=1)  # "có trách nhiệm chủ trì, …" leads as "chủ trì, …" does
    task = p["mandate_opening"].sub("", task, count=1)  # "Trên cơ sở chức năng nhiệm vụ, chủ trì, …" leads too
    inserted = p["inserted"].match(task)
    if inserted:
        task = task[inserted.end():]  # "trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, | chủ trì …"
    ground = p["ground"].match(task)
    if ground:
        task = task[ground.end():]  # "căn cứ Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư | chủ trì, …"
    adverbs = p["role_adverbs"].match(task)
    if adverbs and (p["lead_start"].match(task, adverbs.end()) or p["support_start"].match(task, adverbs.end())):
        task = task[adverbs.end():]  # "khẩn trương | chủ trì, phối hợp với …", "tiếp tục | phối hợp …"
    if p["lead_start"].match(task) or p["lead_start"].match(_IS_PREFIX.sub("", task)):
        return "lead"
    if p["support_start"].match(task):
        return "support"
    if p["lead_clause"].search(task):
        return "lead"
    return "responsible"


def refuses_task(text: str, position: int, end: Optional[int] = None) -> bool:
    """Whether the word at ``position`` after a body's name tells that no task follows: a word of ``not_verbs``
    not read as a longer task verb. The longer phrase decides: ``theo dõi`` is a task verb though ``theo`` is
    not one, and ``có ý kiến chỉ đạo`` (the speaker's directions) is no task though ``có ý kiến`` is one.

    >>> refuses_task("theo quy định", 0), refuses_task("theo dõi, đôn đốc", 0)
    (True, False)
    >>> refuses_task("có ý kiến hướng dẫn", 0), refuses_task("có ý kiến chỉ đạo như sau", 0)
    (False, True)
    """
    p = _patterns()
    end = len(text) if end is None else end
    refused = p["not_verb"].match(text, position, end)
    if not refused:
        return False
    verb = p["task_verb"].match(text, position, end)
    return not verb or refused.end() > verb.end()


def task_due(task: str) -> Optional[str]:
    """The first deadline or frequency in a task, as written (``Định kỳ 6 tháng, cuối năm``); else its start date or
    year (``Từ ngày 15 tháng 9 năm 2025``, ``trong năm 2025``)."""
    match = _patterns()["due"].search(task)
    if match and _patterns()["noun_frequency"].match(match.group()) \
            and task[:match.start()].rstrip(_OPENING_MARKS)[-1:] not in _CLAUSE_ENDS:
        # "xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện | trước ngày 20/11 …": the
        # frequency of a thing inside the task gives way to a dated deadline after it
        later = next((m for m in _patterns()["due"].finditer(task, match.end())
                      if _patterns()["dated_deadline"].match(m.group())), None)
        match = later or match
    match = match or _patterns()["due_fallback"].search(task)
    return match.group().strip() if match else None


_OPENING_MARKS = " \t\n*_-+"
#: What ends the clause before a frequency that opens the next one ("…; hằng năm tổng hợp kết quả …"); "" is the
#: task's start.
_CLAUSE_ENDS = ("", ";", ".", ":")


@cache
def title_gap() -> regex.Pattern:
    """A list's separator and the title of the official heading the next body ("Sở Y tế, | Giám đốc | Sở Tài chính
    chủ trì …"): the official stands for the body (SPEC §6)."""
    return regex.compile(r"[ \t]*(?:,[ \t\n]*|[ \t\n]+" + _AND + r"[ \t\n]+)" + official_pattern().pattern)


@cache
def apposition_pattern() -> regex.Pattern:
    """A dash and the role words of an apposition after a body's name: "Bộ Tài chính | - Cơ quan Thường trực Ban Chỉ
    đạo 751" (``[inline] apposition_roles``): the body's role, neither a task nor another body."""
    return regex.compile(r"[ \t]*[-–—][ \t]+(?i:" + _alternation(_cfg()["inline"]["apposition_roles"])
                         + r")(?![\p{L}\p{M}])")


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
        if chained and apposition_pattern().match(text, position, limit):
            break  # "Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751": the role of the body just named
        if not (_WORDS_ONLY.match(gap) or _AND_ONLY.fullmatch(gap) or (generic_gap and is_generic(gap))
                or (chained and title_gap().fullmatch(gap))):
            break
        chained.append(mention)
        position = mention.end
    return chained


_BLANKS = regex.compile(r"[ \t]*")
#: Partner cues after which an official's title stands for the body (data/assignments.toml [partners] official_cues).
_OFFICIAL_CUES = frozenset(_cfg()["partners"]["official_cues"])


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
        # "phối hợp với Giám đốc Sở Khoa học và Công nghệ": the official stands for the body (SPEC §6)
        title = official_pattern().match(text, _BLANKS.match(text, cue.end(), end).end(), end) \
            if " ".join(cue.group().lower().split()) in _OFFICIAL_CUES else None
        at = title.end() if title else cue.end()
        kept = next((m for m in inside if cue.end() <= m.start < at < m.end), None) if title else None
        # "phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh": a title that keeps its body's head word ("Văn phòng …")
        chained = _chain(text, inside, kept.start if kept else at, end)
        if not chained:
            # "phối hợp với | cơ quan Thuế, | Sở Nông nghiệp và Môi trường …": a first partner no list knows, then
            # known ones (round 50)
            comma = _unknown_first_partner().match(text, cue.end(), end) if _WITH_END.search(cue.group()) else None
            chained = _chain(text, inside, comma.end(), end) if comma else []
        for mention in chained:
            if mention.canonical not in own and mention.canonical not in partners and not mention.generic:
                partners.append(mention.canonical)
    return partners


@cache
def _unknown_first_partner() -> regex.Pattern:
    """A partner no list knows before the comma that goes on with known ones: a kind of body and a few words ("cơ quan
    Thuế, "), ``[inline] unknown_partner_heads``."""
    heads = _alternation(_cfg()["inline"]["unknown_partner_heads"])
    return regex.compile(r"[ \t\n]*+(?:" + heads + r")(?:[ \t\n]++[\p{L}\p{M}]++){1,4}?[ \t]*+,[ \t\n]*+")


#: A partner cue that ends with "với" (the word of [words] partner_with; "phối hợp giữa …" names no partners).
_WITH_END = regex.compile(r"(?i:" + _alternation([_WORDS["partner_with"]]) + r")[ \t]*$")


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
    # punctuation, and the slash of a document's closing mark ("… khi có yêu cầu của địa phương./."), not a URL's
    while end > start and (text[end - 1] in _TRAIL or text[end - 1] == "/" and text[end - 2:end - 1] == "."):
        end -= 1
    if end - start < 3:
        return None
    task = text[start:end]
    if _is_division_heading(task) or _is_gloss(task):
        return None
    return Assignment(
        text=task, start=start, end=end, task=task, agency=" ".join(agency.canonical.split()), agency_text=agency.text,
        agency_start=agency.start, agency_end=agency.end, role=task_role(task),
        partners=task_partners(text, start, end, mentions, own=[agency.canonical], starts=starts),
        mode="requested" if requested else "assigned", due=task_due(task), rule=rule)


@cache
def _gloss_pattern() -> regex.Pattern:
    intros = alternation(load_toml("agency_heads.toml")["short_form_intros"])
    return regex.compile(r"\([ \t]*(?i:" + intros + r")(?![\p{L}\p{M}])[^()]*\)?")


def _is_gloss(task: str) -> bool:
    """Whether a would-be task is only the short form a list gives a body ("b) Ủy ban nhân dân các xã, phường ⏎ (gọi
    tắt là UBND cấp xã);" in a list of who a regulation applies to): a name, never a task."""
    return _gloss_pattern().fullmatch(task.strip()) is not None


#: A word of the running language: lower-case letters standing alone, not inside a number, an address or a code
#: ("tổ chức", but not "bacninh.gov.vn", "13/2023/TT-BNV", "tr. 7–26").
_PLAIN_WORD = regex.compile(r"(?<![\w./:-])\p{Ll}+(?![\w./:-])")


def is_wordless(task: str) -> bool:
    """Whether a would-be task says nothing a body could do: no word of the running language ("Trường Chinh" after
    "Chủ tịch Quốc hội", "13/2023/TT-BNV", "http://www.gso.gov.vn", "------------"), or only a remark in parentheses
    ("(được bãi bỏ)", "(Đính kèm Phụ lục I)")."""
    bare = task.strip(_TRAIL + " *_")
    if bare.startswith("(") and bare.endswith(")") and bare.count("(") == 1:
        return True
    return _PLAIN_WORD.search(bare) is None


#: "Mục 2", "Điều 12.": the label of a legal text's division.
_DIVISION_LABEL = heading_marker("division_label")
_CAPITALS_TITLE_LETTERS = 8  # a shorter all-capitals task is an acronym or a name ("UBND", "VNPT"), not a title
_CAPITALS_TITLE_SHARE = 0.8


def _is_division_heading(task: str) -> bool:
    """Whether a would-be task is the heading of a division of the text, not a task: its label ("Mục 2") or its title
    in capitals ("PHỐI HỢP TRONG CÔNG TÁC THỐNG KÊ, KIỂM KÊ ĐẤT ĐAI"), which a block running on to the next
    division would otherwise take (SPEC §6: a task is what a body must do)."""
    if _DIVISION_LABEL.match(task):
        return True
    letters = [ch for ch in task if ch.isalpha()]
    return len(letters) > _CAPITALS_TITLE_LETTERS and \
        sum(ch.isupper() for ch in letters) >= _CAPITALS_TITLE_SHARE * len(letters)


#: A line that opens with a heading number never goes on with the line before, nor takes the next.
_HEADING_START = heading_marker("heading_start")
#: "Điều 28. " opening an article (anchored at "^": match it on a slice that starts where the article may).
ARTICLE_PREFIX = heading_marker("article_prefix")


#: A line that opens with a lower-case word: after a line that ends with ";" it goes on with the enumeration of the
#: item before ("… vùng đồng bào dân tộc thiểu số và miền núi;" ⏎ "các chính sách đầu tư, hỗ trợ …;"), a wrap.
_LOWER_START = regex.compile(r"[ \t]*+\p{Ll}")


def _body_units(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The bullets and paragraphs of a block body as (start, end, is_bullet): a line that does
    not open with a bullet goes on with the unit before it unless that one ended a sentence
    (``.;:!?``; after ``;`` a line in lower case goes on too) — a hard-wrapped page breaks sentences over lines."""
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
        last = _last_visible(text, units[-1][0], units[-1][1]) if units else ""
        enumeration_goes_on = last == ";" and _LOWER_START.match(content) is not None
        breaks = text.count("\n", units[-1][1], line.start()) if units else 0
        # a page's break (round 50): "… Hội Cựu chiến binh," ⏎ ⏎ "Đoàn Thanh niên … giúp đỡ …" (a paragraph does not end
        # with a comma); "- Kiện toàn … của địa phương. " ⏎ "Xây dựng kế hoạch …" (in a hard-wrapped page a bullet's
        # sentence may end where its line does: the bullet goes on to the next marker, unless a subject opens the line)
        page_broke = units and not _HEADING_START.match(content) and (
            last == "," and breaks == 2 and _WORD_START.match(content) is not None
            or units[-1][2] and last == "." and breaks == 1 and _wrapped_at_width(text, units[-1][1])
            and not opens_with_a_body(text, line.start(), line.end()))
        if page_broke:
            mixed[-1] = mixed[-1] or _not_upper(content)
            units[-1][1] = line.end()
            continue
        if units and (last not in ".;:!?" or enumeration_goes_on) \
                and not _HEADING_START.match(content) \
                and (enumeration_goes_on or not _HEADING_START.match(text, _rfind(text, "\n", 0, units[-1][0]) + 1)
                     or _ENDS_IN_HEAD_WORD.search(text, units[-1][0], units[-1][1]) is not None
                     or breaks_known_name(text, units[-1][1])
                     or _gloss_then_task(content)
                     or _full_wrapped_line(text, units[-1][0], units[-1][1], content)) \
                and mixed[-1] \
                and units[-1][1] + 1 >= line.start() and text[units[-1][1]:line.start()].count("\n") <= 1:
            mixed[-1] = mixed[-1] or _not_upper(text[units[-1][1]:line.end()])
            units[-1][1] = line.end()
            continue
        units.append([line.start(), line.end(), False])
        mixed.append(_not_upper(content))
    return [(a, b, c) for a, b, c in units]


#: The opening of a line that goes on with a sentence a blank line broke: a word, not a number or a mark.
_WORD_START = regex.compile(r"(?<![ \t])[ \t]*+\p{L}")  # (the guard keeps a scan over a run of blanks linear)

#: The shortest line, its marker included, that a hard-wrapped page breaks inside a sentence (round 46).
_WRAPPED_LINE_CHARS = 50
#: … and the shortest last line of a bullet that a hard-wrapped page ended at its width, its sentence's stop within it
#: (round 50: a page wrapped near 80 characters; a bullet's own short last line ends the bullet).
_FULL_LINE_CHARS = 70


def record_mention(record: Assignment) -> AgencyMention:
    """The mention that named a record's agency, to make more records for the same body."""
    return AgencyMention(record.agency_start, record.agency_end, record.agency_text, record.agency)


def opens_with_a_body(text: str, start: int, end: int) -> bool:
    """Whether a line opens with a body's name or an official's title: a sentence with a subject of its own ("Ủy ban
    nhân dân xã, phường cung cấp danh sách …"), which the bullet before does not go on with."""
    at = _space_after(text, start, end)
    if official_pattern().match(text, at, end):
        return True
    first = next(iter(find_agencies(text, at, min(end, at + _OPENING_BODY_CHARS))), None)
    return first is not None and first.start == at


_OPENING_BODY_CHARS = 120  # how far into a line the body that opens it is read


def _wrapped_at_width(text: str, end: int) -> bool:
    """Whether the line that ends at ``end`` is as long as a hard-wrapped page's lines: the page, not the writer,
    ended it."""
    return end - (_rfind(text, "\n", 0, end) + 1) >= _FULL_LINE_CHARS


def _full_wrapped_line(text: str, start: int, end: int, following: str) -> bool:
    """Whether a unit's one line, opened by an item's marker and not ending a sentence, is a line of a hard-wrapped page
    that the next line goes on with: long (``_WRAPPED_LINE_CHARS``), in plain type like the next ("a) Khẩn trương rà
    soát, chuẩn hóa kết quả giải quyết" ⏎ "TTHC chưa được chuẩn hóa; …"); a short or bold title stays a title."""
    if text.find("\n", start, end) >= 0:
        return False  # (found at the end of the unit's first line: no scan of a long unit)
    line_start = _rfind(text, "\n", 0, start) + 1
    return end - line_start >= _WRAPPED_LINE_CHARS and text.find("*", line_start, end) < 0 and "*" not in following


#: A gloss in parentheses that opens the line after a body's name, then the task in lower case: "1. Giao Sở Nông nghiệp
#: và Môi trường⏎(Chi cục Kiểm lâm) chủ trì, phối hợp …" (the unit that does the work, named after the body).
WRAPPED_GLOSS = regex.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]+(?=\p{Ll})")


def _gloss_then_task(line: str) -> bool:
    """Whether a line opens with a gloss and then a task's verb ("(Chi cục Kiểm lâm) chủ trì, phối hợp …"): it goes on
    with the body named at the end of the line before (not "(đơn vị trực thuộc …) là đơn vị tham mưu …")."""
    gloss = WRAPPED_GLOSS.match(line)
    return gloss is not None and _patterns()["task_start"].match(line, gloss.end()) is not None


#: A line that stops at a body's bare head word cannot end there: "1. Giao Sở⏎Nông nghiệp và Môi trường …".
_ENDS_IN_HEAD_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(load_toml("agency_heads.toml")["named_heads"])
                                   + r")[ \t*_]*+$")


def _not_upper(piece: str) -> bool:
    return piece.upper() != piece


def _last_visible(text: str, start: int, end: int) -> str:
    """``text[start:end].rstrip()[-1:]`` without copying the span."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


@cache
def _wrapped_group_heads() -> str:
    """The group heads ([inline] group_heads) as an alternation whose spaces may be a wrap ("cơ⏎quan")."""
    return _alternation(_cfg()["inline"]["group_heads"], spaces=_WRAPPED_SPACE)


@cache
def _bare_list_head() -> regex.Pattern:
    """A list of kinds in lower case with no plural word, as the subject after a fronted clause: "Trường hợp bản kê
    khai không đúng theo mẫu thì | cơ quan, tổ chức, đơn vị | yêu cầu kê khai bổ sung …"."""
    heads = _wrapped_group_heads()
    return regex.compile(rf"(?:{heads})(?=,[ \t]*+\n?[ \t]*+(?:{heads})(?![\p{{L}}\p{{M}}]))")


_LIST_BEFORE_CHARS = 24  # a kind of body ("cơ quan", wrapped) and its comma before a list's would-be start
_DUTY_AHEAD_CHARS = 200  # how far a duty word after a group's verb is looked for, within its sentence


@cache
def _duty_ahead() -> regex.Pattern:
    """A duty word later in the same sentence ("có trách nhiệm", [inline] duty_words), no sentence stop before it."""
    words = _alternation(_cfg()["inline"]["duty_words"], spaces=_WRAPPED_SPACE)
    return regex.compile(rf"[^.;:]*?(?<![\p{{L}}\p{{M}}])(?:{words})(?![\p{{L}}\p{{M}}])", regex.I)


@cache
def _list_goes_on() -> regex.Pattern:
    """A kind of body and its comma right before a position: the list began before it ("… vướng mắc các cơ⏎quan, |
    đơn vị, địa phương …"), so no list starts there."""
    heads = _wrapped_group_heads()
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{heads}),[ \t\n]*+$", regex.I)


@cache
def _group_head() -> regex.Pattern:
    heads = _alternation(_cfg()["inline"]["group_heads"])
    # a capitalised head lists kinds only when a comma or another kind follows it ("Các Sở, ban, ngành chủ động …",
    # "các Bộ ngành, địa phương liên quan quán triệt …"); otherwise it may open a body's name ("Các Sở quản lý công
    # trình xây dựng chuyên ngành …")
    capitalised = _alternation([head[:1].upper() + head[1:] for head in _cfg()["inline"]["group_heads"]])
    heads = rf"{heads}|(?:{capitalised})(?=,|[ \t]+(?:{heads})(?![\p{{L}}\p{{M}}]))"
    not_heads = _alternation(_cfg()["inline"]["group_not_heads"])
    distributive = [w for word in _WORDS["distributive"] for w in (word, word.capitalize())]
    opening = f"(?:{_PLURAL_OPENING}|{_alternation(distributive)})"
    # a sentence may open with a bare list of kinds, no plural word: "Cơ quan, đơn vị | gửi văn bản đề nghị …"
    listed = rf"(?:{capitalised})(?=,[ \t]*+\n?[ \t]*+(?:{_alternation(_cfg()['inline']['group_heads'])})(?![\p{{L}}\p{{M}}]))"
    # a Party group needs no plural word: "cấp ủy các cấp căn cứ …", "Ban thường vụ cấp ủy cấp trên trực tiếp …"
    return regex.compile(opening + r"[ \t]+(?!(?:" + not_heads + r")(?![\p{L}\p{M}]))(?:" + heads
                         + r")(?![\p{L}\p{M}])|" + listed + r"|(?i:" + generic_phrases().pattern + ")")
#: Words a Party group opened without a plural word may have before its verb (data/agency_heads.toml [generic]).
_PHRASE_GROUP_WORDS = int(load_toml("agency_heads.toml")["generic"]["phrase_group_words"])
#: The gap after each following word of a group: where a verb may begin.
_WORD_GAP = regex.compile(r"[\p{L}\p{M}\d-]{0,30}[ \t,]{1,6}|[.;:]")


#: A relative clause after a body's name (``[inline] relative_openers``), read up to the task's verb within this
#: many characters and no clause mark.
_RELATIVE = regex.compile(r"(?:" + _alternation(_cfg()["inline"]["relative_openers"]) + r")(?![\p{L}\p{M}])")
_RELATIVE_CHARS = 120
_CLAUSE_MARK = regex.compile(r"[,;:.\n]")


def after_relative(text: str, position: int, end: int) -> Optional[int]:
    """Where the task starts after a relative clause at ``position`` (spaces skipped) that says which bodies ("Ủy ban
    nhân dân các tỉnh | nơi có bệnh viện trực thuộc Bộ Y tế | phối hợp với Bộ Y tế …"): at its verb; None when no
    relative clause opens there or no verb closes it."""
    while position < end and text[position] in " \t":
        position += 1
    if not _RELATIVE.match(text, position, end):
        passive = after_passive_relative(text, position, end)
        return passive if passive is not None else after_condition_relative(text, position, end)
    verb = _patterns()["task_verb"].search(text, position, min(end, position + _RELATIVE_CHARS))
    if verb is None or _CLAUSE_MARK.search(text, position, verb.start()):
        return None
    return verb.start()


#: A passive relative clause after a body's name (``[inline] passive_relatives``), read up to a duty word (``[roles]
#: duty_prefixes``) within this many characters, over wrapped lines and the ";" of its object's list ("… nông thôn tập
#: trung; xử lý tài sản …"), not over a full stop, a colon or a blank line.
_PASSIVE_RELATIVE_CHARS = 400
_SENTENCE_MARK = regex.compile(r"[:.]|\n[ \t]*\n")


@cache
def _passive_relative() -> tuple[regex.Pattern, regex.Pattern]:
    opener = regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["passive_relatives"]) + r")(?![\p{L}\p{M}])")
    duty = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["roles"]["duty_prefixes"]) + r")(?![\p{L}\p{M}])")
    return opener, duty


@cache
def _condition_relative() -> tuple[regex.Pattern, regex.Pattern]:
    opener = regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["condition_relatives"]) + r")(?![\p{L}\p{M}])")
    words = _cfg()["roles"]["duty_prefixes"] + _cfg()["roles"]["duty_modals"]
    duty = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(words) + r")(?![\p{L}\p{M}])")
    return opener, duty


@cache
def _occasion_in_name() -> regex.Pattern:
    """A clause of the occasion inside the words read as a group's name, up to its end: the group's name ends before
    it ([inline] condition_relatives)."""
    return regex.compile(r"[ \t\n]+(?i:" + _alternation(_cfg()["inline"]["condition_relatives"]) + r")(?![\p{L}\p{M}])")


def after_condition_relative(text: str, position: int, end: int) -> Optional[int]:
    """Where the duty starts after a clause of the occasion between a body and its duty word ("Cơ quan Công an | khi
    nhận được tin báo vụ tai nạn giao thông đường bộ | phải tổ chức ngay lực lượng …"): at the first duty word or modal
    of the sentence ([inline] condition_relatives); None when no such clause opens at ``position``, no duty word
    follows or a body is named before it."""
    return _duty_after_clause(text, position, end, _condition_relative(), semicolon_ends=True)


def after_passive_relative(text: str, position: int, end: int) -> Optional[int]:
    """Where the duty starts after a passive clause that says which body ("Ủy ban nhân dân cấp xã | được phân cấp
    thẩm quyền quyết định thanh lý tài sản …, căn cứ chức năng, nhiệm vụ được giao | có trách nhiệm tổ chức thực hiện
    …"): at the first duty word of the sentence; None when no such clause opens at ``position`` or a body is named
    before that word (its subject: "… được phân cấp quyết định giá; Sở Tài chính | có trách nhiệm …")."""
    return _duty_after_clause(text, position, end, _passive_relative())


def _duty_after_clause(text: str, position: int, end: int, patterns: tuple[regex.Pattern, regex.Pattern],
                       semicolon_ends: bool = False, named_only: bool = False) -> Optional[int]:
    """Where the first duty word of the sentence starts, when a clause the opener names opens at ``position``; None
    when none opens there, no duty word follows in reach, the sentence (or, with ``semicolon_ends``, its clause) ends
    first, or a body is named before the duty word (with ``named_only``, a named body; a generic group may stand in
    the clause: "… được giao nhiệm vụ phổ biến thông tin cho các cơ quan, đơn vị | chịu trách nhiệm …")."""
    opener, duty = patterns
    if not opener.match(text, position, end):
        return None
    found = duty.search(text, position, min(end, position + _PASSIVE_RELATIVE_CHARS))
    if found is None or _SENTENCE_MARK.search(text, position, found.start()) \
            or (semicolon_ends and ";" in text[position:found.start()]) \
            or any(not named_only or not m.generic for m in find_agencies(text, position, found.start())):
        return None
    return found.start()


def duty_after_passive(text: str, position: int, end: int, passive: regex.Pattern,
                       duty: regex.Pattern) -> Optional[int]:
    """Where the duty starts after a passive word at ``position`` that says which bodies a group heads ("Thủ trưởng
    các đơn vị thuộc Bộ | được giao nhiệm vụ phổ biến thông tin … | chịu trách nhiệm …"): the reader of
    :func:`after_passive_relative` with any passive word, a group's duty words, and generic groups allowed in the
    clause; ``end`` is where the sentence stops."""
    return _duty_after_clause(text, position, end, (passive, duty), semicolon_ends=True, named_only=True)


@cache
def member_gloss() -> regex.Pattern:
    """The parenthesis that lists a heading's members: "(gồm các Sở: Xây dựng, Công Thương, …)"."""
    return regex.compile(r"\([ \t*_]{0,3}(?i:" + _alternation(_cfg()["blocks"]["member_glosses"]) + r")(?!\p{L})")


#: What no group runs over: a table's cell border or a blank line.
_CELL_OR_PARAGRAPH = regex.compile(r"\||\n[ \t]*\n")
#: Longest plural group before its verb, in spaces between words, and the words each listed group may add.
_GROUP_WORDS = 14
_LISTED_WORDS = 2


@cache
def _verb_noun() -> regex.Pattern:
    """A kind of body that is a verb right after another group word: "tổ chức" + a word that names no body."""
    generic = _alternation(sorted(_generic_words(), key=len, reverse=True))
    participle = _alternation(_cfg()["inline"]["verb_noun_not_before"])
    return regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["verb_nouns"]) + r")[ \t]+(?!(?i:" + generic
                         + r"|" + participle + r")(?![\p{L}\p{M}]))[\p{L}\p{M}]")


def _space_after(text: str, at: int, end: Optional[int] = None) -> int:
    """Where the next word starts after ``at`` (spaces and line breaks skipped), before ``end``."""
    end = len(text) if end is None else end
    while at < end and text[at] in " \t\n":
        at += 1
    return at


#: The rest of a clause after a role verb, where another verb of the group's task may follow.
_CLAUSE_REST = regex.compile(r"[^,;:.\n]{1,80}")


def _role_in_name(text: str, verb: regex.Match, end: int) -> bool:
    """Whether a role verb after a group's words ([inline] group_role_nouns) names the bodies' part in a procedure, a
    noun and not the task's verb: a noun follows it, not its partner or another verb, and a verb of the task comes
    later in the clause ("Cơ quan, đơn vị chủ trì | kế hoạch | phối hợp với …"; not "Các sở chủ trì | tổ chức …")."""
    if " ".join(verb.group().lower().split()) not in _cfg()["inline"]["group_role_nouns"]:
        return False
    p = _patterns()
    after = _space_after(text, verb.end(), end)
    if p["partner_word"].match(text, after, end) or p["task_start"].match(text, after, end):
        return False
    rest = _CLAUSE_REST.match(text, after, end)
    return rest is not None and p["group_verb"].search(text, after, rest.end()) is not None


@cache
def sector_qualifier() -> regex.Pattern:
    """A verb of administering and what is administered after a group's words ([inline] group_sector_qualifiers:
    "các Sở | quản lý ngành, lĩnh vực"), which names the kind of body rather than opening its task."""
    return regex.compile(r"[ \t]{1,4}(?i:" + alternation(_cfg()["inline"]["group_sector_qualifiers"]) + r")(?![\p{L}\p{M}])")


@cache
def _singular_group() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The capitalised singular heads that open an item's subject, the verbs that must follow them and the words that
    make the phrase a description (data/assignments.toml [inline] singular_group_heads, singular_group_verbs,
    singular_group_describes)."""
    cfg = _cfg()["inline"]
    heads = [head[:1].upper() + head[1:] for head in cfg["singular_group_heads"]]
    head = regex.compile(r"(?:" + _alternation(heads) + r")(?![\p{L}\p{M}])")
    verb = regex.compile(passive_guard() + r"(?:" + _alternation(cfg["singular_group_verbs"], spaces=_WRAPPED_SPACE)
                         + r")(?![\p{L}\p{M}])")
    describes = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alternation(cfg["singular_group_describes"], spaces=_WRAPPED_SPACE)
                              + r")(?![\p{L}\p{M}])")
    return head, verb, describes


@cache
def _next_member() -> regex.Pattern:
    """A group's next member after a semicolon: a word that opens a group of bodies ([inline] list_member_openers)."""
    return regex.compile(r"[ \t]{0,3}(?i:" + _alternation(_cfg()["inline"]["list_member_openers"]) + r")(?![\p{L}\p{M}])")


@cache
def _party_head() -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    """A regulated party's head noun ([inline] party_heads) in either case, after a plural word or none ("Các chủ
    rừng", "Hộ gia đình"); the list of another party after a comma ("Tổ chức, | cá nhân"); the heads that are also a
    verb ([inline] verb_nouns: "Tổ chức | tập huấn …" opens with the verb)."""
    heads = _alternation(_cfg()["inline"]["party_heads"], spaces=_WRAPPED_SPACE)
    head = regex.compile(r"(?:(?P<plural>" + _PLURAL_ANY + r")[ \t]{1,3})?(?i:" + heads + r")(?![\p{L}\p{M}])")
    listed = regex.compile(r"[ \t]*+,[ \t]*+\n?[ \t]*+(?i:" + heads + r")(?![\p{L}\p{M}])")
    return head, listed, frozenset(w.lower() for w in _cfg()["inline"]["verb_nouns"])


@per_text(maxsize=4)
def _article_title_ends(text: str) -> list[int]:
    """Where each article heading's title starts ("Điều 2. | Đối tượng áp dụng"), found once per document."""
    return [m.end() for m in heading_marker("article_title").finditer(text)]


@cache
def _no_party_articles() -> regex.Pattern:
    """Article titles under which a party's words give no duty ([inline] party_not_in_articles)."""
    return regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["party_not_in_articles"], spaces=_WRAPPED_SPACE) + ")")


def no_party_title(title: str) -> bool:
    """Whether a heading's words say its part lays no duty on a party ([inline] party_not_in_articles): "Đối tượng áp
    dụng", "Các hành vi bị nghiêm cấm trong hoạt động xây dựng"."""
    return _no_party_articles().search(title) is not None


def party_article(text: str, at: int) -> bool:
    """Whether the article ``at`` is in may lay duties on regulated parties: not a scope, definitions or principles
    article ("Điều 2. Đối tượng áp dụng" ⏎ "Tổ chức, doanh nghiệp thực hiện hoạt động công nghệ cao …" names who the
    regulation covers, no duty); True outside articles."""
    ends = _article_title_ends(text)
    last = bisect_right(ends, at) - 1
    if last < 0:
        return True
    title_end = ends[last]
    line_end = text.find("\n", title_end)
    return _no_party_articles().search(text, title_end - 1, line_end if line_end >= 0 else len(text)) is None


_CAPITAL_WORD = regex.compile(r"\p{Lu}")
#: A verb that may also be a noun of names ([inline] verb_nouns), whatever follows it: "Chủ đầu tư | tổ chức | …".
_PARTY_VERB_NOUN = regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["verb_nouns"]) + r")(?![\p{L}\p{M}])")
#: A passive right after a party's adverb: "Hộ gia đình nghèo … thường xuyên | bị ảnh hưởng …" ([inline] passive).
_PASSIVE_NEXT = regex.compile(r"[ \t]{1,3}\n?[ \t]{0,4}(?i:" + _alternation(_cfg()["inline"]["passive"]) + r")(?![\p{L}\p{M}])")


@cache
def _party_verbs() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The verbs that open a regulated party's duty ([inline] party_verbs, after a party_verb_prefixes word or none:
    "Hộ gia đình, cá nhân | thực hiện …", "Hộ thoát nước | tự lựa chọn …"); the words that make the sentence an
    entitlement or a sanction instead ([inline] party_not_duties: "… | được hưởng ưu đãi", "… | sẽ bị xử lý"); the
    words a party's name never ends with ([inline] party_name_not_last: "… | để | thực hiện dự án")."""
    cfg = _cfg()["inline"]
    prefixes = _alternation(cfg["party_verb_prefixes"])
    verbs = regex.compile(passive_guard() + r"(?:(?:" + prefixes + r")[ \t]{1,3}\n?[ \t]{0,4})?(?:"
                          + _alternation(cfg["party_verbs"], spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")
    not_duties = regex.compile(r"[^.;:]*?(?<![\p{L}\p{M}])(?i:" + _alternation(cfg["party_not_duties"],
                                                                           spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")
    not_last = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(cfg["party_name_not_last"]) + r")[ \t\n]*+\Z")
    return verbs, not_duties, not_last


def party_subject_head(text: str, at: int, end: int) -> Optional[regex.Match]:
    """A regulated party's head opening a subject at ``at`` (:func:`_party_head`); a head that is also a verb opens
    one only in the plural or listed with another party ("Các tổ chức …", "Tổ chức, cá nhân …", not "Tổ chức tập
    huấn …")."""
    head, listed, verbs = _party_head()
    found = head.match(text, at, end)
    if found is None or found.group("plural") or text[found.start():found.end()].lower() not in verbs:
        return found
    return found if listed.match(text, found.end(), end) else None


_PARTY_NAME_WORDS = 8  # longest party named before a body in a list of subjects ("Tổ chức hành nghề công chứng, | …")
_LIST_JOIN = regex.compile(r"(?:,|[ \t]" + _AND + r")[ \t\n]*+$")


def party_listed_before(words: str) -> bool:
    """Whether ``words`` are a regulated party's name and the comma or "và" that lists the body after them with it, no
    verb among them: "Tổ chức hành nghề công chứng, | Ủy ban nhân dân cấp xã có trách nhiệm …" (both are the subject);
    not "Doanh nghiệp phối hợp với | Sở …"."""
    joined = _LIST_JOIN.search(words)
    if joined is None:
        return False
    name = words[:joined.start()].strip(" \t\n*_")
    head = party_subject_head(name, 0, len(name))
    if head is None or head.start() != 0 or len(name.split()) > _PARTY_NAME_WORDS:
        return False
    p = _patterns()
    return not (p["group_verb"].search(name) or p["mandate"].search(name) or _party_verbs()[0].search(name)
                or _duty_ahead().match(name) or "," in name[head.end():])


@cache
def _party_reader_not_first() -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in _cfg()["inline"]["party_reader_not_first"])


def party_group_at(text: str, at: int, end: int) -> Optional[tuple[AgencyMention, int]]:
    """A regulated party opening a clause at ``at`` before a verb of its duty (:func:`_group_at` with ``party``), not
    one of the applicants a procedure names first ([inline] party_reader_not_first: "Tổ chức, cá nhân | gửi hồ sơ …")."""
    head = party_subject_head(text, at, end)
    if head is None:
        return None
    bare = text[head.start() + (len(head.group("plural")) if head.group("plural") else 0):head.end()].strip()
    if " ".join(bare.lower().split()) in _party_reader_not_first():
        return None
    return _group_at(text, at, end, party=True)


def _group_at(text: str, at: int, end: int, singular: bool = False,
              bare_list: bool = False, party: bool = False) -> Optional[tuple[AgencyMention, int]]:
    """A plural group starting at ``at`` and the verb of the task list after it: (the group, where its task
    starts), e.g. ``Các doanh nghiệp viễn thông | chủ động bố trí …``; None otherwise. ``singular``: a kind of body
    named in the singular at an item's opening, before a verb that hands out work ("3. | Cơ quan Kiểm lâm trên địa bàn
    | phối hợp với …"); ``bare_list``: a list of kinds in lower case after a fronted clause (:func:`_bare_list_head`); ``party``: a regulated
    party in either number ("Hộ gia đình, cá nhân | thực hiện …", :func:`party_subject_head`)."""
    p = _patterns()
    head = party_subject_head(text, at, end) if party else \
        (_singular_group()[0] if singular else _bare_list_head() if bare_list else _group_head()).match(text, at, end)
    if not head or (bare_list or party) and _list_goes_on().search(text, max(0, at - _LIST_BEFORE_CHARS), at):
        return None
    # a Party group opened without a plural word ("cấp ủy cấp trên trực tiếp | xem xét …") has few words of its own
    words_left = _PHRASE_GROUP_WORDS if generic_phrases().match(text, head.start(), head.end()) else -1
    # the group runs word by word until a verb of the task list begins ("… viễn thông | chủ động …")
    previous = head.end()
    for word in _WORD_GAP.finditer(text, head.end(), min(end, head.end() + 160)):
        if _CELL_OR_PARAGRAPH.search(text, previous, word.start()):
            return None  # "Bộ, cơ quan | Tình hình …": a table's cells, no group
        previous = word.end()
        if words_left >= 0 and "," in word.group():
            words_left = _PHRASE_GROUP_WORDS  # "cấp uỷ, tổ chức đảng, | chính quyền các cấp": each item its own words
        if words_left == 0:
            return None
        words_left -= 1
        if singular:
            verb_noun, verb_follows = False, _singular_group()[1].match(text, word.end(), end)
            if not verb_follows and p["group_verb"].match(text, word.end(), end):
                return None  # "Cơ quan chủ trì từng lĩnh vực được phân công | chủ động …": another verb, no item subject
        elif party:
            if "," in word.group() and _CAPITAL_WORD.match(text, word.end(), end) \
                    and not party_subject_head(text, word.end(), end):
                return None  # "… phản hồi cho tổ chức, | cá nhân, | Hệ thống thông tin …": a name after the comma
            verbs, not_duties, not_last = _party_verbs()
            if _PARTY_VERB_NOUN.match(text, word.end(), end) and "," not in word.group():
                return None  # "Chủ đầu tư | tổ chức | quản lý dự án tuân thủ …": the verb that may also be a name's
            verb_noun, verb_follows = False, verbs.match(text, word.end(), end)
            if not verb_follows and (p["group_verb"].match(text, word.end(), end)
                                     or p["mandate"].match(text, word.end(), end)):
                # "Chủ đầu tư | xây dựng công trình … có trách nhiệm …": another verb may be the party's name, and a
                # duty word is the duty reader's
                return None
            if verb_follows and (_duty_ahead().match(text, word.end(), min(end, word.end() + _DUTY_AHEAD_CHARS))
                                 or not_duties.match(text, head.start(), min(end, word.end() + _DUTY_AHEAD_CHARS))
                                 or not_last.search(text, head.start(), word.end())
                                 or _PASSIVE_NEXT.match(text, verb_follows.end(), end)):
                # "Tổ chức, cá nhân thực hiện hoạt động … | phải …", "… | được hưởng ưu đãi", "… đất bị thu hồi | để |
                # thực hiện …", "… | thường xuyên | bị ảnh hưởng …": no duty of the party's
                return None
        else:
            verb_noun = "," not in word.group() and _verb_noun().match(text, word.end(), end) is not None \
                and (word.group().split() or [""])[0].lower() not in _cfg()["inline"]["verb_noun_not_after"]
            verb_follows = p["group_verb"].match(text, word.end(), end) or p["mandate"].match(text, word.end(), end)
        if verb_follows and _role_in_name(text, verb_follows, end):
            continue  # "Cơ quan, đơn vị chủ trì kế hoạch | phối hợp với …": the body's part in a procedure names it
        if verb_follows and sector_qualifier().match(text, word.end(), end):
            continue  # "các Sở | quản lý ngành, lĩnh vực | …": what the bodies administer names them
        if (verb_follows or verb_noun) and word.group().strip(" \t,").lower() not in _WORDS["group_not_last"]:
            if bare_list and _duty_ahead().match(text, word.end(), min(end, word.end() + _DUTY_AHEAD_CHARS)):
                return None  # "…, đơn vị, tổ chức thực hiện nhiệm vụ bồi thường … | có trách nhiệm …": the verb is the name's
            name = text[head.start():word.end()].rstrip(" ,\t")
            if singular and (name == head.group() or "(" in name or _singular_group()[2].search(name)):
                # "4. Tổ chức | phối hợp với …": the head alone is the verb, no body; "Tổ chức pháp chế ở Bộ, cơ quan
                # ngang Bộ có chức năng | tham mưu …" describes what a body is for
                return None
            if name.count(" ") > _GROUP_WORDS + _LISTED_WORDS * name.count(","):
                return None  # a list of groups may run longer: "Các cơ quan quản lý nhà nước, doanh nghiệp, …"
            occasion = _occasion_in_name().search(name, head.end() - head.start())
            if occasion is not None:  # "Cơ quan, tổ chức, cá nhân | khi phát hiện vụ tai nạn … | phải báo ngay …"
                name = name[:occasion.start()].rstrip(" ,\t")
            # abbreviations expanded as in every canonical name (SPEC §6): "các cơ quan giải quyết TTHC"
            canonical = " ".join(expand_abbreviations(name).split())
            return AgencyMention(head.start(), head.start() + len(name), name, canonical, generic=True), word.end()
        if text[word.start():word.end()].strip() == ";" and not singular and not bare_list \
                and _next_member().match(text, word.end(), end):
            continue  # "Các Sở, ban, ngành; | cơ quan, đơn vị tiến hành …": the list goes on after a semicolon (round 47)
        if text[word.start():word.end()].strip() in (".", ";", ":"):
            return None
        if p["past"].match(text, word.end(), end) or p["cannot"].match(text, word.end(), end):
            return None  # "Các nhà mạng viễn thông lớn | đã và đang triển khai …": what was done, no task
    return None


_GROUP_SPLIT = regex.compile(r";|[ \t]+" + _AND + r"[ \t]+(?=" + _PLURAL + r"[ \t])")


#: How far before its colon a lead-in says that tasks follow ("… thực hiện các nhiệm vụ sau đây:").
_ANNOUNCE_CHARS = 60


@cache
def _announce_pattern() -> regex.Pattern:
    words = _cfg()["inline"]["lead_in_announces"]
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(words, spaces=_WRAPPED_SPACE) + r")(?![\p{L}\p{M}])")


@cache
def case_lead_in() -> regex.Pattern:
    """The words that end a lead-in of cases, not tasks ("… trong các trường hợp sau đây"), up to its colon:
    data/assignments.toml [inline] case_lead_ins."""
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(_cfg()["inline"]["case_lead_ins"], spaces=_WRAPPED_SPACE)
                         + r")[ \t*_]*:?[ \t*_]*$")


def announces_items(text: str, start: int, end: int) -> bool:
    """Whether a lead-in's last words announce a list of tasks (``… các nhiệm vụ sau đây:``), not the objects of its
    verb (``… quyết định tặng thưởng:``) nor the cases it applies in (``… trong các trường hợp sau đây:``):
    data/assignments.toml [inline] lead_in_announces, case_lead_ins."""
    return _announce_pattern().search(text, start, end) is not None and case_lead_in().search(text, start, end) is None


#: Where a sentence or a parenthesis stops a subject before its duty word.
_SENTENCE_STOP = regex.compile(r"[.;:!?]\s")


@cache
def _lead_in_syllables() -> frozenset[str]:
    cfg = _cfg()["inline"]
    return frozenset(w for phrase in cfg["duty_lead_in_words"] + cfg["lead_in_announces"] for w in phrase.lower().split())


def _only_lead_in_words(tail: str) -> bool:
    """Whether a duty word's tail names no object (``sau:``, ``thực hiện trách nhiệm sau:``; not ``mang theo các giấy
    tờ sau đây:``)."""
    return all(w in _lead_in_syllables() for w in tail.lower().replace(":", " ").replace("*", " ").split())


_OWN_CLAUSE_WORDS = 4  # an own clause before a lead-in's announcing one has at least this many words


@cache
def _own_clause_end() -> regex.Pattern:
    """Where a lead-in's own clause ends and its announcing one starts: ";" or a comma before
    data/assignments.toml [inline] own_clause_ends."""
    return regex.compile(r"[ \t]*(?:;|,[ \t\n]{1,3}(?i:" + _alternation(_cfg()["inline"]["own_clause_ends"], spaces=_WRAPPED_SPACE)
                         + r")(?![\p{L}\p{M}]))")


def own_clause_span(text: str, start: int, end: int, mentions: list[AgencyMention],
                    starts: list[int]) -> Optional[tuple[int, int]]:
    """The own clause of the lead-in ``text[start:end]`` (its colon excluded or not) before its announcing one, a task
    of its own besides the items: "là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện Đề án …; | tổ chức thực hiện các
    nhiệm vụ sau:" → the span of the first clause. None when the lead-in only announces ("… thực hiện các nhiệm vụ
    sau:") or when the ";" only separates the partners it lists ("chủ trì, phối hợp với các bộ, ngành; | các sở, ban,
    ngành, địa phương liên quan thực hiện các nhiệm vụ sau đây:")."""
    ends = list(_own_clause_end().finditer(text, start, end))
    if not ends:
        return None
    cut = ends[-1]
    if not announces_items(text, cut.end(), end) or _SENTENCE_STOP.search(text, start, cut.start()):
        return None
    after = _space_after(text, cut.end(), end)
    if cut.group().strip() == ";" and (PLURAL_OPENS.match(text, after, end) or mention_at(mentions, starts, after)):
        return None
    clause = text[start:cut.start()].rstrip(_TRAIL + "*_ \n")
    if len(clause.split()) < _OWN_CLAUSE_WORDS or _only_lead_in_words(clause) or _duty_noun_opens().match(clause):
        return None  # "Nhiệm vụ, quyền hạn của Tòa án … được quy định tại Điều 59 …, cụ thể như sau:" says where
    return start, start + len(clause)


@cache
def _duty_noun_opens() -> regex.Pattern:
    """A clause that opens with a duty noun ("Nhiệm vụ, quyền hạn của …", "Trách nhiệm của …") describes duties; it
    gives none (data/assignments.toml [blocks] lead_in_duty_nouns)."""
    return regex.compile(r"[ \t*_]*(?i:" + _alternation(_cfg()["blocks"]["lead_in_duty_nouns"]) + r")(?![\p{L}\p{M}])")


#: The colon that ends a lead-in clause, at the end of its line ("… thực hiện các nhiệm vụ sau đây:").
_LEAD_IN_END = regex.compile(r"[ \t*_]{0,4}:[ \t*_]{0,4}(?=\n|$)")

#: The bullet of an item line behind its markup: "**- Chỉ đạo …:**" → "-", "*+ Từ ngày …" → "+".
_BULLET = regex.compile(r"[ \t*_]*+([-+•–])[ \t*_]*+")


@cache
def _directing() -> regex.Pattern:
    return regex.compile(r"(?i:" + _alternation(_cfg()["inline"]["directing"]) + r")[ \t]++")


def mention_at(mentions: list[AgencyMention], starts: list[int], at: int) -> Optional[AgencyMention]:
    """The (first) mention that starts at ``at``, found by bisect in the mentions' starts; None if none does."""
    index = bisect_left(starts, at)
    return mentions[index] if index < len(mentions) and mentions[index].start == at else None


def directed_body(text: str, at: int, end: int, mentions: list[AgencyMention],
                   starts: list[int]) -> Optional[AgencyMention]:
    """The named body an item line directs up to its colon ("Chỉ đạo | Tổng công ty Cảng hàng không Việt Nam |:"),
    or None."""
    verb = _directing().match(text, at, end)
    if not verb:
        return None
    body = mention_at(mentions, starts, verb.end())
    if body is None or body.generic or not _LEAD_IN_END.match(text, body.end, end + 1):
        return None
    return body


@dataclass(frozen=True)
class DirectedItem:
    """An item line that directs another body ("- Chỉ đạo Tổng công ty Cảng hàng không Việt Nam:"): the line, the
    body, and where the sub-items under it end (the next line with the item's own bullet, or a line with none)."""

    start: int
    end: int
    body: AgencyMention
    items_end: int
    requested: bool  # "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:" asks (SPEC §6)


def directed_items(text: str, start: int, end: int, mentions: list[AgencyMention],
                   starts: list[int]) -> list[DirectedItem]:
    """The directing item lines of ``text[start:end]`` (a block's body) and the reach of their sub-items."""
    found: list[DirectedItem] = []
    if _directing().search(text, start, end) is None:
        return found  # most bodies direct no one: one scan, no per-line work
    lines = list(_LINE.finditer(text, start, end))
    for index, line in enumerate(lines):
        bullet = _BULLET.match(line.group())
        if not bullet:
            continue
        body = directed_body(text, line.start() + bullet.end(), line.end(), mentions, starts)
        if body is None:
            continue
        items_end = end
        for later in lines[index + 1:]:
            other = _BULLET.match(later.group())
            if other is None or other.group(1) == bullet.group(1):
                items_end = later.start()
                break
        at = line.start() + bullet.end()
        found.append(DirectedItem(at, body.end, body, items_end, bool(_patterns()["requested"].match(text, at, end))))
    return found


@cache
def topic_opener() -> regex.Pattern:
    """The word that opens a line naming the topic of the items under it (``[blocks] topic_openers``: "Về")."""
    return regex.compile(r"(?i:" + _alternation(_cfg()["blocks"]["topic_openers"]) + r")(?![\p{L}\p{M}])")


MARKUP_MARKS = regex.compile(r"[*_]")
_MARKER_CHARS = 24  # the longest list marker with its bold marks ("**Điều 12.** ") and room to spare
_DIGITS = regex.compile(r"\d+")


def _marker(text: str, line_start: int) -> Optional[str]:
    """The list marker a line opens with, its bold marks dropped: "**(2)** **Các Bộ …" → "(2)"; None if none."""
    opening = MARKUP_MARKS.sub("", text[line_start:line_start + _MARKER_CHARS])
    number = _patterns()["numbered"].match(opening)
    return opening[:number.end()].strip(" \t") if number else None


def marker_kind(text: str, line_start: int) -> Optional[str]:
    """The shape of the number a line opens with, digits as 9 and letters as a: "(1) " → "(9)", "2. " → "9."."""
    marker = _marker(text, line_start)
    return marker_shape(marker) if marker is not None else None


def marker_shape(marker: str) -> str:
    """A list marker with its digits as 9 and its letter as a: "(12)" → "(9)", "b)" → "a)"."""
    return _DIGITS.sub("9", regex.sub(shape("letter"), "a", marker))


def _marker_number(marker: str) -> Optional[int]:
    """The last number of a list marker ("2." → 2, "(3)" → 3, "1.2." → 2); None for a letter."""
    digits = _DIGITS.findall(marker)
    return int(digits[-1]) if digits else None


def later_sibling(text: str, heading_start: int, start: int, end: int) -> Optional[int]:
    """Where a list item numbered as the line at ``heading_start`` but higher, or a Roman part heading, first starts in
    ``text[start:end]``: "2. Trách nhiệm của các sở, ban, ngành." ends at "4. Thủ tục điều chỉnh kế hoạch …" (a
    number skipped) or at "II. THỦ TỤC HÀNH CHÍNH …". None when neither is there.

    >>> text = "2. Trách nhiệm của các sở.\\n4. Thủ tục A\\n- Trình tự\\n"
    >>> text[later_sibling(text, 0, text.index("4."), len(text)):][:4]
    '4. T'
    """
    heading = _marker(text, heading_start)
    number = _marker_number(heading) if heading is not None else None
    kind = marker_shape(heading) if heading is not None else None
    part = _patterns()["part_heading"]
    for line in _LINE.finditer(text, start, end):
        at = line.start()
        if at and text[at - 1] != "\n":
            continue
        if part.match(text, at):
            return at
        marker = _marker(text, at)
        if number is not None and marker is not None and marker_shape(marker) == kind \
                and (later := _marker_number(marker)) is not None and later > number:
            return at
    return None


def next_sibling(text: str, heading_start: int, start: int, end: int) -> Optional[int]:
    """Where the line numbered next after the line at ``heading_start`` starts in ``text[start:end]`` (the same
    marker, its number one more): "1. Chính phủ có trách nhiệm sau đây:" over "a) …" ends at "2. Các Bộ, cơ quan
    ngang Bộ có trách nhiệm …", an item of its own even when its opening names no block. None when no such line is
    there.

    >>> text = "**(1) Chính phủ có trách nhiệm:**\\n- Ban hành …\\n**(2)** **Các Bộ**, có trách nhiệm …\\n"
    >>> text[next_sibling(text, 0, text.index("- Ban"), len(text)):][:7]
    '**(2)**'
    """
    heading = _marker(text, heading_start)
    number = _marker_number(heading) if heading is not None else None
    if number is None:
        return None
    kind = marker_shape(heading)
    for line in _LINE.finditer(text, start, end):
        at = line.start()
        marker = _marker(text, at) if at == 0 or text[at - 1] == "\n" else None
        if marker is not None and marker_shape(marker) == kind and _marker_number(marker) == number + 1:
            return at
    return None

