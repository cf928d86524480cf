"""Numbers that name, date or code something, and counts that are no plan's.

Takes: the clean text and a number's span. Gives: whether the number is no
target by the structure of its words: after an identifier noun it is a name
(``Đội 178``, ``Cơ sở … số 1``), a slogan (``"4 tại chỗ"``), a document or filing code,
a rate's base, a proper name (``Nhơn Trạch 3``); and the spans where no figure is
a target: the recipients' list (``Nơi nhận: …``), a quiz's options, a yes/no question
(``… có bầu cử 34 Chủ tịch … không?``), the kinds a restructuring sorts units into.
"""

from __future__ import annotations

from functools import cache
from typing import Iterator, Optional

import regex

from ..records import Target
from ..rules import alternation, word_list
from ..vietnamese import parse_number
from .clauses import _NUM, _config, _line_around, _patterns, _sentence, open_quotation
from .situation import _restructuring_patterns
from .units import _known_unit, _read_one_unit, _unit_tables


_YEAR = regex.compile(r"(?:19|20)\d\d")


_BLANK = regex.compile(r"\s*")


_NUMBERING_END = regex.compile(r"[.)]\s")


#: A slogan's few words after its number, up to its closing quote or its colon ("“4 tại chỗ”", "\"6 rõ:").
_SLOGAN_END = regex.compile(r"[ \t]++[\p{L}\p{M}]++(?:[ \t]++[\p{L}\p{M}]++){0,3}[ \t*_]*+[\"”’»:]")


@cache
def _dimension_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """The first factor and sign of a product of lengths before a number ("3.500 m x |"), and a length unit after it
    ([identifiers] dimension_signs, dimension_units)."""
    cfg = _config()["identifiers"]
    units = alternation(cfg["dimension_units"])
    sign = alternation(cfg["dimension_signs"])
    return (regex.compile(r"(?<![\p{L}\p{M}])" + _NUM + r"[ \t]*+(?:(?i:" + units + r")[ \t]*+)?(?:" + sign
                          + r")[ \t]*+$"),
            regex.compile(r"[ \t]*+(?i:" + units + r")(?![\p{L}\p{M}\d])"))


def _dimension_factor(text: str, start: int, end: int) -> bool:
    """Whether the number is the second factor of a surface's dimensions, a specification:

    >>> t = "đường cất hạ cánh kích thước 3.500 m x 45 m; sân đỗ 128 x 15 m"
    >>> _dimension_factor(t, t.index("45"), t.index("45") + 2), _dimension_factor(t, t.index("15"), t.index("15") + 2)
    (True, True)
    >>> _dimension_factor("xây dựng 45 m kè", 9, 11)
    False
    """
    product, unit = _dimension_patterns()
    return unit.match(text, end) is not None and product.search(text, max(0, start - 24), start) is not None


@cache
def _slogan_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _config()["slogans"]
    quote = regex.compile("(?:" + "|".join(regex.escape(q) for q in cfg["opening_quotes"]) + r")[ \t*_]{0,2}$")
    clock = regex.compile("(?:" + "|".join(regex.escape(c) for c in cfg["around_the_clock"]) + r")(?!\d)")
    return quote, clock


_SET_CHARS = 80  # how far after a count its kind of body and "trực thuộc" may reach (a bounded match is fast)


#: A capitalised word and an acronym right before a number: "Ban QLDA | 85" (not a heading in capitals, "PHẤN ĐẤU |
#: 100%").
_NAMED_BY_ACRONYM = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+[ \t]{1,2}\p{Lu}{2,8}[ \t]{1,2}$")


#: A code of two to four capitals after a lower-case word, right before a number: "nút giao | IC | 18".
_CODE_LABEL = regex.compile(r"(?<=\p{Ll}[ \t]{1,2})\p{Lu}{2,4}[ \t]{1,2}$")
_PERCENT_AFTER = regex.compile(r"[ \t]*%")

#: A letter and a hyphen right before a number: the number is part of a code ("N-1", "Su-30"), not a quantity.
_CODE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{L}{1,3}-$")


#: Three digits after a number and one space: a thousands group of "10 000" (a space as the separator).
_THOUSANDS_GROUP = regex.compile(r"\d{3}")
_GROUP_BEFORE = regex.compile(r"(?<![\d.,])\d{1,3} $")


_IDENTIFIER_CHARS = 32  # the words before a number that may name it: the longest is "Nghị quyết Trung ương "


@cache
def _quotation_words() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = _config()["slogans"]
    aims_before = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(cfg["aims_before"]) + r"))[ \t*_:]*$")
    aims_inside = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:" + alternation(cfg["aims_inside"]) + r")(?![\p{L}\p{M}]))")
    return aims_before, aims_inside


def _in_quotation(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` stands in a short quotation on its line that states no aim: "“3 ca, 4
    kíp”", "\"500 ngày đêm thi đua hoàn thành 3.000km đường bộ cao tốc\"" (``[slogans] quotation_*``)."""
    cfg = _config()["slogans"]
    reach = int(cfg["quotation_chars"])
    line_start = max(text.rfind("\n", max(0, start - reach), start) + 1, start - reach)
    line_end = text.find("\n", end, end + reach)
    line_end = end + reach if line_end < 0 else line_end
    quotation = open_quotation(text, line_start, start, end, line_end)
    if quotation is None:
        return False
    at, close = quotation
    aims_before, aims_inside = _quotation_words()
    return not (aims_before.search(text, max(0, at - _IDENTIFIER_CHARS), at) or aims_inside.search(text, at, close))


def _excluded(text: str, start: int, end: int) -> bool:
    patterns = _patterns()
    before = text[max(0, start - _IDENTIFIER_CHARS):start]
    quote, clock = _slogan_patterns()
    if quote.search(before) and _SLOGAN_END.match(text, end) or clock.match(text, start):
        return True  # a slogan's number ("“4 tại chỗ”", "\"6 rõ: rõ người …"), a round-the-clock time ("24/7")
    if _THOUSANDS_GROUP.fullmatch(text, start, end) and _GROUP_BEFORE.search(text, max(0, start - 5), start):
        return True  # "10 | 000 giám đốc": a group of a number written with spaces, no count of its own
    if _in_quotation(text, start, end):
        return True  # a campaign's or a title's number: "“500 ngày đêm thi đua hoàn thành 3.000km …”"
    if _CODE_BEFORE.search(before):
        return True  # a code's number: "tiêu chí N-1", "máy bay Su-30" (a letter and a hyphen right before it)
    if (patterns["identifier"].search(before) and not _verb_counts(text, before, end)) \
            or _NAMED_BY_ACRONYM.search(before):
        return True  # "Đội 178"; "Ban QLDA 85 đảm nhiệm …": a number that is part of a name written with an acronym
    if _CODE_LABEL.search(before) and not _PERCENT_AFTER.match(text, end):
        return True  # a place or a thing by its code: "nút giao IC 18 đường cao tốc" (not "GRDP 8%"; round 50)
    if patterns["part_list"].search(text[max(0, start - 60):start]) or patterns["part_after"].match(text, end):
        return True  # a part of a document: "khoản 1, 2 và 3 Điều 34", "4 Mục II"
    if patterns["of_word"].search(before) and (patterns["document_noun"].match(text, end)
                                               or patterns["scope_noun"].match(text, end)):
        return True  # documents counted in a document's name ("… một số điều của 37 luật"), a scope ("của 28 tỉnh")
    if patterns["counted_part"].match(text, end):
        return True  # a part of the plan or its programme counted: "08 nhóm giải pháp", "Thi đấu 02 nội dung"
    if text[end - 1:end].isdigit() and (patterns["names_a_set"].match(text, end, end + _SET_CHARS)
                                        or patterns["set_before"].search(before)):
        # a set of bodies named by its count: "4 đảng bộ trực thuộc Trung ương", "các đảng bộ trực thuộc 4 đảng bộ
        # Trung ương" (not "100% đơn vị trực thuộc")
        return True
    if patterns["specification"].search(text[max(0, start - 30):start]):
        return True  # the value of a property: "cự ly 1.200 mét", "Thang điểm: 100 điểm"
    if _dimension_factor(text, start, end):
        return True  # the other side of a surface's dimensions: "kích thước 3.500 m x 45 m"
    if _rate_base(text, start, end, before):
        return True  # the base of a rate: "Số bác sĩ trên 1 vạn dân đạt …"
    if patterns["holding"].search(before) and _PERCENT_AFTER.match(text, end):
        return True  # a share held: "doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ" names a kind of enterprise
    if patterns["shortfall"].search(before):
        return True  # a gap or a shortage: "còn chậm 4% so với kế hoạch", "thiếu 1,4 triệu m3 đất đắp"
    cfg = _config()["identifiers"]
    window = " ".join(text[max(0, start - 60):start].split()[-cfg["named_window"]:])
    if patterns["named_head"].search(window) and \
            not patterns["before"].search(before):
        return True
    following = text[end:end + 24]
    if patterns["doc_number"].match(following) or patterns["date_like"].match(following):
        return True
    value = text[start:end]
    if _YEAR.fullmatch(value) and not _counts_a_known_unit(text, end):
        return True  # a year ("2020"), or the first year of a period ("2021 - 2025"); not "1958 giáo viên"
    line_start = _line_around(text, start)[0]
    if _BLANK.fullmatch(text, line_start, start) and _NUMBERING_END.match(following):
        return True  # heading or list numbering "2." / "3)"
    if _footnote_mark(text, line_start, start, end):
        return True  # "1 Đối với cụm nhiệm vụ, …", "3 Thuật ngữ và định nghĩa": a footnote's or a clause's number
    return False


#: A bare number at a paragraph's start, then a capitalised word ("12 Ghi theo đơn đăng ký …").
_MARK_THEN_WORD = regex.compile(r"(?<![ \t])[ \t]++(\p{Lu}\p{Ll}*+)(?=[\s,:])")  # (a run of blanks entered once)


def _footnote_mark(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` opens a paragraph, bare (no "." or ")"), before a capitalised word: a
    footnote's mark under a form ("______" ⏎ "4 Yêu cầu có Thuyết minh tổng quát …", "5 Trường hợp có nhiều tổ
    chức …") or a standard's clause number ("3 Thuật ngữ và định nghĩa"). A count opening a sentence writes its noun
    in lower case ("15 lớp tập huấn được mở"), a heading in capitals is no footnote ("2 NHIỆM VỤ")."""
    if not _BLANK.fullmatch(text, line_start, start) or not text[start:end].isdigit() or end - start > 3:
        return False
    if line_start > 0 and text[max(0, line_start - 2):line_start] != "\n\n":
        return False  # a paragraph's first line only (a table's cell or a wrapped line goes on)
    word = _MARK_THEN_WORD.match(text, end)
    return word is not None and not word.group(1).isupper()


_RATE_INDICATOR_CHARS = 80  # how far before the base an indicator of rates may open ("Số giường bệnh …")


_ROUND_BASES = frozenset(10.0 ** power for power in range(6))


def _rate_base(text: str, start: int, end: int, before: str) -> bool:
    """Whether the number ``text[start:end]`` is the population a rate is counted over: "Số bác sĩ trên | 1 | vạn dân
    đạt …" (data/targets.toml [rules] rate_base_before, rate_base_after, rate_indicator_words)."""
    patterns = _patterns()
    cue = patterns["rate_base_before"].search(before)
    if cue is None or not patterns["rate_base_after"].match(text, end) or parse_number(text[start:end]) not in _ROUND_BASES:
        return False
    cue_at = start - len(before) + cue.start()
    return patterns["rate_indicator"].search(text, max(0, cue_at - _RATE_INDICATOR_CHARS), cue_at) is not None \
        or _quantity_before(text, cue_at)


#: A quantity right before a rate's "trên": "12 người | trên 1 vạn dân" (the number with its unit's word or two).
_QUANTITY_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\d[\d.,]{0,8}[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)?[ \t]+$")


def is_rate_base(text: str, cue: str, cue_start: int, unit_text: str) -> bool:
    """Whether a number word after "trên" is the population a rate is counted over: "12 người trên | một | vạn dân"
    (a quantity right before the cue, a population after the number; data/targets.toml [rules] rate_base_*)."""
    rules = _config()["rules"]
    return cue.lower() in rules["rate_base_before"] and unit_text.lower() in rules["rate_base_after"] \
        and _quantity_before(text, cue_start)


def _quantity_before(text: str, cue_at: int) -> bool:
    """Whether a quantity stands right before a rate's cue at ``cue_at`` ("12 người | trên …")."""
    return _QUANTITY_BEFORE.search(text, max(0, cue_at - _RATE_INDICATOR_CHARS), cue_at) is not None


def _counts_a_known_unit(text: str, end: int) -> bool:
    """Whether a frequent unit noun follows the number ending at ``end`` ("tuyển dụng 1958 giáo viên"): then a
    number shaped like a year counts something."""
    unit = _read_one_unit(text, end, segment=False)  # the frequent units are read without the word segmenter
    return unit is not None and unit.text in _unit_tables()["common"]


@cache
def _recipients_pattern() -> tuple[regex.Pattern, regex.Pattern]:
    heads, last_words = word_list("targets.toml", "recipients", "heads"), word_list("targets.toml", "recipients", "last")
    head = regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(heads) + r"))\W{0,3}:")
    last = regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(last_words) + r"))(?!\p{L})[^\n]*")
    return head, last


#: The filing code on the line after "Lưu: …": the number of copies and the drafter's initials ("08 KH", "(10b)").
_FILING_CODE = regex.compile(r"[ \t]*+\n[ \t*_]*+\(?\d{1,3}[ \t]?[\p{Lu}\p{Ll}]{0,3}\)?(?:[ \t.]{0,2}[\p{Lu}]{1,4})?[ \t*_.]*+(?=\n|$)")


def recipients_spans(text: str) -> list[tuple[int, int]]:
    """Where a document lists its recipients ("Nơi nhận: - UBND 34 tỉnh, thành phố; - Lưu: VT."): the numbers
    there count addressees.

    >>> recipients_spans("Giao Sở Y tế 10 lớp.\\nNơi nhận:\\n- UBND 34 tỉnh;\\n- Lưu: VT.\\nPHỤ LỤC")
    [(21, 57)]
    """
    head, last = _recipients_pattern()
    spans = []
    for match in head.finditer(text):
        limit = min(len(text), match.end() + _config()["recipients"]["max_chars"])
        closing = last.search(text, match.end(), limit)
        end = closing.end() if closing else limit
        filing = _FILING_CODE.match(text, end) if closing else None
        spans.append((match.start(), filing.end() if filing else end))  # "- Lưu: VT, CT.⏎08 KH": copies, drafter
    return spans


def _proper_name_follows(text: str, start: int, at: int) -> bool:
    """A capitalised name of two words or more right after a number ("lớp 10 Đắk Lắk", "17 Nguyễn Gia Thiều",
    "12/11 Quảng Ninh"), or a number between two capitalised words of a sentence ("Khu công nghiệp Xuân 8 Quế"):
    the number dates, ranks, addresses or is part of a name. A unit the data knows ("05 Hội nghị", "khoảng 60
    Đội") is not a name.

    >>> [_proper_name_follows(t, t.index("8"), t.index("8") + 1) for t in ("Khu công nghiệp Xuân 8 Quế", "có 8 Xã")]
    [True, False]
    """
    patterns = _patterns()
    match = patterns["proper_name"].match(text, at)
    if match:
        return not _known_unit(match["first"])
    after = patterns["name_after"].match(text, at)
    return bool(after and not _known_unit(after["first"])
                and patterns["name_before"].search(text, max(0, start - 40), start))


@cache
def _quiz_option() -> regex.Pattern:
    return regex.compile(_config()["quiz"]["option"], regex.M)


def quiz_option_spans(text: str, strong: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """The options of a multiple-choice question (``[quiz]``): a run of option lines in letter order ("A. …", "B. …",
    "C. …") right after a line that ends with a question mark. Their numbers are candidates, not aims — but the one
    option of a run set in bold (``strong``: clean spans of the source's bold) is the right answer and stays (round
    54: "**B. 0,50%**").

    >>> t = "Câu 1: Mức chi tối thiểu là bao nhiêu?\\n\\nA. 0,30%\\n\\nB. 0,50%\\n\\nC. 0,80%\\n\\nPhấn đấu đạt 90%."
    >>> [t[s:e] for s, e in quiz_option_spans(t)]
    ['A. 0,30%', 'B. 0,50%', 'C. 0,80%']
    >>> b = t.index("B."); [t[s:e] for s, e in quiz_option_spans(t, ((b, b + 8),))]
    ['A. 0,30%', 'C. 0,80%']
    """
    answers = {answer.start() for answer, _ in _quiz_runs(text, strong) if answer is not None}
    return [option.span() for run in _quiz_option_runs(text) for option in run if option.start() not in answers]


def quiz_answers(text: str, strong: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
    """The right answers of multiple-choice questions (the one option of a run set in bold) and what their question
    asks, its label and question mark left out: ``(start, end, "Mức chi tối thiểu là bao nhiêu")``."""
    return [(answer.start("letter"), answer.end(), question) for answer, question in _quiz_runs(text, strong)
            if answer is not None]


def _quiz_option_runs(text: str) -> Iterator[list[regex.Match]]:
    """Runs of option lines in letter order right after a question line."""
    quiz = _config()["quiz"]
    run: list[regex.Match] = []
    for option in _quiz_option().finditer(text):
        expected = quiz["letters"][len(run)] if len(run) < len(quiz["letters"]) else None
        if run and option["letter"] == expected and not text[run[-1].end():option.start()].strip():
            run.append(option)
            continue
        if len(run) >= quiz["min_options"] and _asks(text, run[0].start()):
            yield run
        run = [option] if option["letter"] == quiz["letters"][0] else []
    if len(run) >= quiz["min_options"] and _asks(text, run[0].start()):
        yield run


def _quiz_runs(text: str, strong: tuple[tuple[int, int], ...]) -> Iterator[tuple[Optional[regex.Match], str]]:
    """Each question's run of options: its one option in bold (None when none or several are) and its question."""
    for run in _quiz_option_runs(text):
        bold = [option for option in run if _in_bold(option, strong)]
        yield (bold[0] if len(bold) == 1 else None), _question(text, run[0].start())


def _in_bold(option: regex.Match, strong: tuple[tuple[int, int], ...]) -> bool:
    """Whether an option line is set in bold from its letter to its last word."""
    letter, last = option.start("letter"), option.start() + len(option.group().rstrip())
    return any(start <= letter and last <= end for start, end in strong)


@cache
def _question_label() -> regex.Pattern:
    return regex.compile(_config()["quiz"]["question_label"])


def _question(text: str, at: int) -> str:
    """The words of the question line before ``at``: "**Câu 23: … bao nhiêu phần trăm?**" → "… bao nhiêu phần trăm"."""
    end = at
    while end > 0 and text[end - 1] in " \t\n*_":
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1:end].strip(" \t*_")
    return _question_label().sub("", line).rstrip(" \t*_:" + _config()["quiz"]["question_end"]).strip()


def _asks(text: str, at: int) -> bool:
    """Whether the last non-blank line before ``at`` is a question ("**Câu 23: … bao nhiêu?**")."""
    end = at
    while end > 0 and text[end - 1] in " \t\n*_":
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1:end]
    return line.rstrip(" \t*_:").endswith(_config()["quiz"]["question_end"])


#: A quantity, its unit's words, and a parenthesis right after it: "526 đơn vị hành chính cấp xã (345 xã, 160 phường,
#: 21 thị trấn)", "126 đơn vị hành chính cấp xã mới **(75 xã, 51 phường)".
_BEFORE_PARENTHESIS = regex.compile(r"(?<![\d.,])(?P<total>" + _NUM + r")[ \t]++(?P<unit>\p{L}[^()\n\d]{0,60}?)[ \t*_]*+\("
                                    r"(?P<inner>[^()\n]{3,160})\)")


_PART = regex.compile(r"(?<![\d.,])(" + _NUM + r")[ \t]++(\p{L}+)")


def sub_kind_spans(text: str) -> list[tuple[int, int]]:
    """Parentheses that break a quantity down into kinds of another name, their parts summing to it: "526 đơn vị
    hành chính cấp xã (345 xã, 160 phường, 21 thị trấn)" — the parts restate the whole in detail, no targets of
    their own (a part of the same unit, "07 điểm (04 điểm …, 03 điểm …)", stays one: see :func:`_breaks_down`).

    >>> t = "sắp xếp 526 đơn vị hành chính cấp xã (345 xã, 160 phường, 21 thị trấn)"
    >>> [t[s:e] for s, e in sub_kind_spans(t)]
    ['345 xã, 160 phường, 21 thị trấn']
    """
    spans = []
    for match in _BEFORE_PARENTHESIS.finditer(text):
        parts = _PART.findall(match["inner"])
        total = parse_number(match["total"])
        if len(parts) < 2 or total is None or parts[0][1].lower() == match["unit"].split()[0].lower():
            continue
        values = [parse_number(number) for number, _ in parts]
        places = _restructuring_patterns()["place"]
        if None not in values and (abs(sum(values) - total) < 1e-6
                                   or all(places.match(match["inner"], part.start(2))
                                          for part in _PART.finditer(match["inner"]))):
            # (kinds of place break a count of places down even where a report's sum is off: "hình thành 120 đơn vị
            # hành chính cấp xã mới (103 xã, 20 phường, 1 đặc khu)")
            spans.append(match.span("inner"))
    return spans


_QUESTION_END_CHARS = 24  # the longest yes/no ending ("phải không?") with room to spare


@cache
def _yes_no_end() -> regex.Pattern:
    words = alternation(word_list("targets.toml", "rules", "yes_no_question_ends"))
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + words + r")[ \t]*\?$")


def _asked(text: str, target: Target) -> bool:
    """Whether the number stands in a yes/no question ("Sau khi sáp nhập tỉnh có bầu cử 34 Chủ tịch UBND tỉnh thành
    mới không?", a news subhead): what is asked is not asserted, let alone aimed at. A question of how ("… 100% hộ
    gia đình … phải tham gia … thế nào?") still states its number."""
    end = _sentence(text, target.start, target.end)[1]
    question = text.find("?", target.end, end)
    if question >= 0:
        end = question + 1  # the question ends there, whatever follows it ("… hay không? Mong được giải đáp.")
    while end > target.start and text[end - 1] in " \t*_":
        end -= 1
    # only the sentence's last words are read (a bounded search: a flattened plan's "sentence" may be its whole line)
    return _yes_no_end().search(text, max(target.start, end - _QUESTION_END_CHARS), end) is not None


_LIST_COUNT_CHARS = 300  # the words read after a count of listed items, up to the line's end


@cache
def _list_lead_in_end() -> regex.Pattern:
    """A lead-in's closing words and colon ([rules] criteria_follow): "… như sau:", "… sau đây:"."""
    words = alternation(word_list("targets.toml", "rules", "criteria_follow"))
    return regex.compile(r"(?<![\p{L}\p{M}])(?i:" + words + r")[ \t*_]*:[ \t*_]*$")


def _counts_its_list(text: str, target: Target) -> bool:
    """Whether the number counts the items of the list the text sets out or asks about ([rules] listed_item_nouns;
    round 56): "… quy định 4 chỉ tiêu thực hiện kế hoạch hành động như sau:", "04 Chỉ tiêu thực hiện kế hoạch hành
    động … là gì?" — the list's own figures are the targets, not how many there are."""
    if (target.unit or "").lower() not in word_list("targets.toml", "rules", "listed_item_nouns"):
        return False
    line_end = text.find("\n", target.end, target.end + _LIST_COUNT_CHARS)
    line_end = target.end + _LIST_COUNT_CHARS if line_end < 0 else line_end
    if text.find("?", target.end, line_end) >= 0:
        return True  # a question about the list: "04 Chỉ tiêu … là gì?"
    return _list_lead_in_end().search(text, target.end, line_end) is not None


@cache
def _verb_before() -> regex.Pattern:
    """A document type that is also a verb, right before the number ([identifiers] verb_types)."""
    return regex.compile(r"(?i:(?<!\p{L})(?:" + alternation(word_list("targets.toml", "identifiers", "verb_types"))
                         + r"))\s{1,3}$")


def _verb_counts(text: str, before: str, end: int) -> bool:
    """Whether the word before the number is a verb that counts what follows rather than a document's type: "Hướng
    dẫn 12.500 hộ kinh doanh … đăng ký …" (a frequent unit noun after the number), not "Hướng dẫn 36-HD/BTCTW"
    (round 56)."""
    return _verb_before().search(before) is not None and _counts_a_known_unit(text, end)


_FIRST_DIGIT = regex.compile(r"\d")
_DEFINING_CHARS = 160  # the clause read back from a minimum for the measure whose noun it defines


@cache
def _defining_patterns() -> dict[str, regex.Pattern]:
    """[rules] defining_*: the verb and the minimum before a count, a percentage's noun, a rate's opening words."""
    words = lambda name: alternation(word_list("targets.toml", "rules", name))  # noqa: E731
    return {
        "minimum": regex.compile(r"(?<![\p{L}\p{M}])(?i:" + words("defining_verbs") + r")[ \t]+(?i:"
                                 + words("defining_minimums") + r")[ \t]+$"),
        "percent_noun": regex.compile(r"\d[ \t]?%[ \t]+\p{L}"),
        "rate_opening": regex.compile(r"[\W\d]*+(?i:" + words("defining_rate_nouns") + r")[ \t]"),
        "percent_cell": regex.compile(r"\|[^|\n]{0,30}\d[ \t]?%"),
    }


def _defines_its_noun(text: str, target: Target) -> bool:
    """Whether a minimum count stands in the relative clause of a noun another measure counts, and so only says which
    units count ([rules] defining_*; round 56): "100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng", "Tỉ lệ cơ
    quan, tổ chức sử dụng ít nhất 01 ứng dụng", "Đô thị có ứng dụng AI giải quyết ít nhất 01 vấn đề … | 20% | 100%"."""
    if target.comparator != ">=" or target.unit in (None, "%"):
        return False
    patterns = _defining_patterns()
    digit = _FIRST_DIGIT.search(target.text)
    if digit is None or not patterns["minimum"].search(text, max(0, target.start - 30), target.start + digit.start()):
        return False
    floor = max(0, target.start - _DEFINING_CHARS)
    clause_start = max(text.rfind(mark, floor, target.start) for mark in ".;:\n|") + 1
    clause_start = max(clause_start, floor)
    if patterns["percent_noun"].search(text, clause_start, target.start) \
            or patterns["rate_opening"].match(text, clause_start):
        return True
    line_end = text.find("\n", target.end)
    return patterns["percent_cell"].search(text, target.end, len(text) if line_end < 0 else line_end) is not None
