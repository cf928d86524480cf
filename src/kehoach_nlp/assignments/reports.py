"""Where a document details work already done: a summary in the past ("… đã xây dựng 3.193 phương án …"), then
"Cụ thể:" and the same work body by body ("**Thành phố Hà Nội **xây dựng 126 phương án …").

Takes: a :class:`~kehoach_nlp.structure.DocumentStructure`. Gives: :func:`reported_details`, the regions of those
details with the verb the summary reported done; :func:`reports_done` tells whether a record is one of them
(data/assignments.toml ``[reported_details]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..records import Assignment
from ..rules import alternation, word_list
from ..structure import DocumentStructure
from .common import _cfg

_SYLLABLE = r"[\p{L}\p{M}]++"
_MARKUP = " \t\n*_"


@dataclass(frozen=True)
class ReportedDetails:
    """Details of a past summary, from its cue to the end of the summary's section, and the verb they repeat."""

    start: int
    end: int
    verb: str  # lower case, one space between its syllables: "xây dựng"


@cache
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """The detail cue at a sentence's start ("Cụ thể:", "Cụ thể,") and a past word with the verb after it."""
    cues = alternation(word_list("assignments.toml", "reported_details", "cues"))
    syllables = int(_cfg()["reported_details"]["verb_syllables"])
    past = alternation(word_list("assignments.toml", "inline", "past"))
    cue = regex.compile(r"(?:^|(?<=[.:][ \t]{1,3}))[ \t*_]*+(?i:" + cues + r")[ \t*_]*+[,:]", regex.M)
    done = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + past + r")[ \t]++(?P<verb>" + _SYLLABLE
                         + r"(?:[ \t]++" + _SYLLABLE + r"){%d})(?![\p{L}\p{M}])" % (syllables - 1))
    return cue, done


def _summary(text: str, cue_start: int) -> str:
    """The sentence right before a cue: "Các tỉnh, thành phố đã xây dựng … giảm 6.714 đơn vị." before "Cụ thể:"."""
    end = cue_start
    while end > 0 and text[end - 1] in _MARKUP:
        end -= 1
    if end == 0 or text[end - 1] not in ".:":
        return ""
    line_start = text.rfind("\n", 0, end - 1) + 1
    sentence_start = text.rfind(". ", line_start, end - 1)
    return text[line_start if sentence_start < 0 else sentence_start + 2:end]


def reported_details(doc: DocumentStructure) -> list[ReportedDetails]:
    """The details that follow a summary of work done.

    >>> from kehoach_nlp.structure import parse_structure
    >>> doc = parse_structure("Các tỉnh đã xây dựng 3.193 phương án.\\n\\nCụ thể: Hà Nội xây dựng 126 phương án.\\n")
    >>> [(d.verb, doc.text[d.start:d.start + 7]) for d in reported_details(doc)]
    [('xây dựng', 'Cụ thể:')]
    """
    text = doc.text
    cue_pattern, done_pattern = _patterns()
    cues = [cue.start() for cue in cue_pattern.finditer(text)]
    found: list[ReportedDetails] = []
    for index, start in enumerate(cues):
        done = None
        for done in done_pattern.finditer(_summary(text, start)):
            pass  # the last past verb of the summary is its main one
        if done is None:
            continue
        path = doc.path_at(start)
        end = path[-1].end if path else len(text)
        if index + 1 < len(cues):
            end = min(end, cues[index + 1])  # the next cue opens other details ("… đã giao … . Cụ thể: …")
        found.append(ReportedDetails(start, end, " ".join(done["verb"].lower().split())))
    return found


def reports_done(record: Assignment, details: list[ReportedDetails]) -> bool:
    """Whether a record's task lies in the details of a past summary and opens with the verb it reported done
    ("xây dựng tổng số 114 phương án …" after "… đã xây dựng 3.193 phương án … . Cụ thể: …")."""
    for region in details:
        if region.start <= record.start < region.end:
            opening = " ".join(record.task.lstrip(_MARKUP).split()[:len(region.verb.split())]).lower()
            if opening == region.verb:
                return True
    return False
