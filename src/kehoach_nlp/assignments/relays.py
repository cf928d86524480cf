"""Bodies that work is sent to, to gather and pass on: their own task.

Takes: the document's text, its agency mentions, the records the other finders made and the spans no finder of
clauses reads (the closing formula, a formal plan's preamble). Gives: one record per body that receives reports or
comments "để tổng hợp, báo cáo …" — "các cơ quan, đơn vị kịp thời phản ánh về **Sở Khoa học và Công nghệ** để *tổng
hợp, báo cáo UBND tỉnh xem xét, quyết định*" — from the gathering verb to the clause's end, ``rule:
assignments.relay`` (data/assignments.toml ``[relay]``). The sender keeps its own task.

Example::

    >>> from kehoach_nlp.agencies import find_agencies
    >>> text = "Các sở, ngành gửi báo cáo về Sở Tư pháp để tổng hợp, báo cáo UBND tỉnh."
    >>> [(r.agency, r.task) for r in relay_assignments(text, find_agencies(text), [])]
    [('Sở Tư pháp', 'tổng hợp, báo cáo UBND tỉnh')]
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

import regex

from ..agencies import AgencyMention
from ..records import Assignment
from ..rules import alternation
from .common import _cfg, _record

_GAP = r"[ \t*_]{1,4}\n?[ \t*_]{0,3}"
#: Where the clause of a gathered task ends: a sentence's or clause's end, or the line's.
_CLAUSE_END = regex.compile(r"[.;](?=[ \t*_]|/|$)|\n", regex.M)


@cache
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """The sending word right before a body ("về", "gửi", "(thông qua") and what follows the body up to the gathering
    verb (a parenthesis's close, a time, "để"), the verb's start as group ``verb``."""
    cfg = _cfg()["relay"]
    send = regex.compile(r"(?<![\p{L}\p{M}])(?:(?i:" + alternation(cfg["send_words"]) + r")|\([ \t]*+(?i:"
                         + alternation(cfg["through_words"]) + r"))[ \t]{1,3}+$")
    time = (r"(?:[ \t]{1,3}+(?i:" + alternation(cfg["time_words"]) + r")(?![\p{L}\p{M}])[^.;:\n()]{0,"
            + str(int(cfg["time_chars"])) + r"}?)?")
    follow = regex.compile(r"(?:[ \t]*+\))?" + time + r"(?:[ \t]*+,)?" + _GAP + r"(?:(?i:" + regex.escape(cfg["purpose_word"])
                           + r")" + _GAP + r")?(?P<verb>(?i:" + alternation(cfg["gathering_verbs"]) + r"))(?![\p{L}\p{M}])")
    return send, follow


_SEND_CHARS = 16  # how far back the sending word is looked for ("(thông qua ")


def relay_assignments(text: str, mentions: list[AgencyMention], records: list[Assignment],
                      unread: Sequence[tuple[int, int]] = ()) -> list[Assignment]:
    """The gathered tasks of the bodies work is sent to, when no record of that body starts there already; none in
    the ``unread`` spans (the closing formula and a formal plan's preamble, read by no finder of clauses)."""
    send, follow = _patterns()
    taken = {(r.agency_start, r.start) for r in records}
    out: list[Assignment] = []
    for mention in mentions:
        if mention.generic or not send.search(text, max(0, mention.start - _SEND_CHARS), mention.start):
            continue
        if any(start <= mention.start < end for start, end in unread):
            continue
        after = follow.match(text, mention.end)
        if after is None:
            continue
        start = after.start("verb")
        end_match = _CLAUSE_END.search(text, start)
        end = end_match.start() if end_match else len(text)
        if text[start:end].rstrip(" \t*_").endswith(":"):
            continue  # "… gửi Sở Tài chính tổng hợp:" opens a list of what is sent, no task of its own
        if (mention.start, start) in taken:
            continue
        made = _record(text, start, end, mention, mentions, False, rule="assignments.relay")
        if made is not None:
            out.append(made)
    return out
