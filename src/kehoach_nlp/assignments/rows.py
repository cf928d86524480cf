"""Task-table rows and responsibility lists: one record per task per lead and per partner body.

Takes: a :class:`~kehoach_nlp.structure.DocumentStructure`, the :class:`~kehoach_nlp.task_tables.TaskRow`
spans :mod:`kehoach_nlp.task_tables` found (``| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
hoàn thành |`` tables, ``Cơ quan chủ trì: …; Cơ quan phối hợp: …`` lists) and the agency mentions. Gives:
:class:`~kehoach_nlp.records.Assignment` records with role from the column and ``due`` from the time
column (``rule="assignments.table"`` / ``"assignments.list"``); :func:`cell_agencies` reads the bodies of
one cell.

Example::

    >>> from kehoach_nlp.agencies import find_agencies
    >>> from kehoach_nlp.structure import parse_structure
    >>> from kehoach_nlp.task_tables import find_task_rows
    >>> doc = parse_structure("KẾ HOẠCH\\nII. NHIỆM VỤ\\n1. Rà soát văn bản quy phạm pháp luật\\n"
    ...                       "- Cơ quan chủ trì: Bộ Công an; cơ quan phối hợp: Bộ Tư pháp; thời gian hoàn thành: Quý IV năm 2025.\\n")
    >>> [(a.agency, a.role, a.due) for a in row_assignments(doc, find_task_rows(doc), find_agencies(doc.text))]
    [('Bộ Công an', 'lead', 'Quý IV năm 2025'), ('Bộ Tư pháp', 'support', 'Quý IV năm 2025')]
"""

from __future__ import annotations

import regex

from ..agencies import (AgencyMention, CONNECTOR, canonical_agency, find_agencies, is_generic, names_owned_kinds,
                        owner_word)
from ..records import Assignment
from ..structure import DocumentStructure
from ..task_tables import TaskRow
from ..data import load_toml
from .common import _alternation, _AND, _patterns, task_due, task_partners, task_role


# --- task tables and responsibility lists ----------------------------------------------

#: One body per ";" or per line of a cell — a line that the next one goes on (it ends with a comma, "và" or a
#: bare head word: "Bộ Tài chính, Bộ⏎Nông nghiệp và Môi trường") is one piece with it.
_CELL_PIECE = regex.compile(r"(?:[^;\n]|\n(?<=(?:,|[ \t]" + _AND + r"|(?<![\p{L}])(?:" + _alternation(
    load_toml("agency_heads.toml")["named_heads"] + load_toml("assignments.toml")["words"]["owner_words"])
    + r"))[ \t]*\n)|\n(?=[ \t]*\p{Ll}))+")
_OPENS_GLOSS = regex.compile(r"\s*\(")
#: A verb of carrying out in a lead cell, after the bodies it names ([roles] responsible_in_cell).
_CARRY_OUT = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alternation(load_toml("assignments.toml")["roles"]["responsible_in_cell"])
                           + r")(?![\p{L}\p{M}])")
#: A verb right after the body's name: the cell goes on with its task ("Sở Khoa học và Công nghệ thúc đẩy, theo dõi").
_TASK_AFTER = regex.compile(r"[ \t\n]{1,3}(?:" + _patterns()["task_start"].pattern + r")")
#: The mandate a cell's bodies act under, after their names: "Các sở, ngành có liên quan | theo chức năng, nhiệm vụ quản
#: lý được giao" (data/assignments.toml [inline] mandate) — no words of a name.
_CELL_MANDATE = regex.compile(r"(?<![\p{L}\p{M}])" + _patterns()["mandate"].pattern)
_CELL_TAIL = regex.compile(r"[ \t]{0,3}(?:,|\b" + _AND + r"\b)[ \t]{0,3}(?P<rest>\S.*)$")


def cell_agencies(text: str, start: int, end: int) -> list[AgencyMention]:
    """The bodies a table cell or list line names: ``Bộ CHQS tỉnh; UBND cấp xã``, ``Sở Tài chính và
    cơ quan, địa phương liên quan`` (a generic group after the named body is kept, flagged generic).
    A piece that names no known body is a body all the same: a lead cell holds agencies."""
    out: list[AgencyMention] = []
    mandate = _CELL_MANDATE.search(text, start, end)
    end = mandate.start() if mandate and mandate.start() > start else end
    for piece in _CELL_PIECE.finditer(text, start, end):
        s, e = piece.span()
        while s < e and text[s] in " \t-+•,.":
            s += 1
        while e > s and text[e - 1] in " \t,.:":
            e -= 1
        if e <= s:
            continue
        found = find_agencies(text, s, e)
        if found and is_generic(text[s:e]):
            found = []  # "Các Sở, ban, ngành Thành phố": one group, its scope included
        owner = owner_word().search(text, s, e) if found else None
        if owner and found[0].start >= owner.end() and (names_owned_kinds(text[s:owner.start()])
                                                        or is_generic(text[s:owner.start()])):
            # "Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": kinds of body and their owner, one group
            out.append(AgencyMention(s, e, text[s:e], canonical_agency(text[s:e]), generic=True))
            continue
        if not found:
            name = text[s:e]
            out.append(AgencyMention(s, e, name, canonical_agency(name), generic=is_generic(name)))
            continue
        name_end = _before_group_tail(text, found[0].end, e) if len(found) == 1 and found[0].start == s else e
        if name_end < e:
            # "Ban Quản lý dự án giao thông tỉnh | và các cơ quan, đơn vị, địa phương liên quan": the name ends before
            # the group that closes the piece (round 57; before, the group was read as words of the name)
            found = [AgencyMention(s, name_end, text[s:name_end], canonical_agency(text[s:name_end]))]
        elif len(found) == 1 and found[0].start == s and found[0].end < e and (
                not _CELL_TAIL.match(text, found[0].end, e) or _LOWER_NAME_TAIL.fullmatch(text, found[0].end, e)
                and not is_generic(text[found[0].end:e].strip(" \t,"))) \
                and not _OPENS_GLOSS.match(text, found[0].end, e) and not _TASK_AFTER.match(text, found[0].end, e):
            # a cell holds one body: "Ban Quản lý các khu công nghệ cao và khu công nghiệp" is the whole name (so is
            # "Vụ Phổ biến, giáo dục pháp luật", a comma inside it)
            found = [AgencyMention(s, e, text[s:e], canonical_agency(text[s:e]))]
        elif len(found) > 1 and found[0].start == s:
            found = _listed_to_separators(text, found, e)
        head = text[s:found[0].start].rstrip(" \t\n,;")
        if head.endswith(" " + CONNECTOR):
            head = head[:-len(CONNECTOR)].rstrip(" \t\n,;")
        if len(head.split()) > 1 and is_generic(head):
            # "Các sở, ngành, UBND xã, phường, đặc khu": the group before the named body is an assignee too (P2)
            out.append(AgencyMention(s, s + len(head), head, canonical_agency(head), generic=True))
        out.extend(m if m.generic or not is_generic(m.text) else
                   AgencyMention(m.start, m.end, m.text, m.canonical, generic=True) for m in found)
        tail = _CELL_TAIL.match(text, found[-1].end, e)
        if tail and is_generic(tail["rest"]):
            rest_start = tail.start("rest")
            out.append(AgencyMention(rest_start, e, text[rest_start:e], canonical_agency(text[rest_start:e]),
                                     generic=True))
    return out


#: A separator in a cell's piece: ", " or " và ".
_PIECE_SEPARATOR = regex.compile(r"[ \t]{0,3}(?:,|[ \t]" + _AND + r")[ \t]{1,3}")


def _before_group_tail(text: str, start: int, end: int) -> int:
    """Where a body's name found at ``start`` ends when a generic group closes the piece after a separator ("Ban Quản
    lý dự án giao thông tỉnh | và các cơ quan, đơn vị, địa phương liên quan"); ``end`` when none does."""
    separator = _PIECE_SEPARATOR.search(text, start, end)  # the first: a body named after it is no group's
    return separator.start() if separator is not None and is_generic(text[separator.end():end]) else end


#: A lower-case tail of a body's name after a comma, no group's words and no verb: "Vụ Phổ biến | , giáo dục pháp
#: luật" (a ministry's department named in sentence case).
_LOWER_NAME_TAIL = regex.compile(r"[ \t]{0,3},[ \t]{1,3}\p{Ll}[\p{Ll}\p{M} \t-]{0,60}")
#: The lower-case words a body's name goes on with before the next separator: "Vụ Pháp luật | dân sự - kinh tế".
_LOWER_WORDS = regex.compile(r"[ \t]{1,3}+\p{Ll}[\p{Ll}\p{M} \t,-]{0,60}")
#: The separator before the next body of a list in a cell: ", Vụ Pháp luật quốc tế", " và Cục …".
_LIST_SEPARATOR = regex.compile(r"[ \t]{0,3}(?:,|[ \t]" + _AND + r")[ \t]{1,3}$")


def _listed_to_separators(text: str, found: list[AgencyMention], end: int) -> list[AgencyMention]:
    """Bodies listed in one piece of a cell, each cut at its first lower-case word, read to the separator before the
    next: "Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật dân sự - kinh tế, Vụ Pháp luật quốc tế" (a
    ministry's departments, named in sentence case; round 48). Only when every gap is lower-case words and a
    separator, none of them a group's words or a verb."""
    stops = [m.start for m in found[1:]] + [_before_group_tail(text, found[-1].end, end)]
    end = stops[-1]  # "…, Ban Quản lý dự án giao thông tỉnh | và các cơ quan, đơn vị liên quan": the group is no name
    out: list[AgencyMention] = []
    for mention, stop in zip(found, stops):
        gap = text[mention.end:stop]
        separator = _LIST_SEPARATOR.search(gap) if stop != end else None
        if stop != end and separator is None:
            return found
        tail_end = mention.end + (separator.start() if separator else len(gap.rstrip(" \t,.;")))
        tail = text[mention.end:tail_end]
        if tail.strip() and (not _LOWER_WORDS.fullmatch(tail) or is_generic(tail) or _TASK_AFTER.match(tail)):
            return found
        name = text[mention.start:tail_end]
        out.append(mention if tail_end == mention.end else
                   AgencyMention(mention.start, tail_end, name, canonical_agency(name)))
    return out


def _carries_out(text: str, body: AgencyMention, cell: tuple[int, int]) -> bool:
    """Whether the lead cell's own words give ``body`` the role of carrying out, not leading: "Sở KH&CN chủ trì
    hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu …" (the bodies of the second piece)."""
    piece_end = text.find(";", body.end, cell[1])
    rest = text[body.end:cell[1] if piece_end < 0 else piece_end]
    return bool(_CARRY_OUT.search(rest)) and task_role(rest) == "responsible"


def row_assignments(doc: DocumentStructure, rows: list[TaskRow], mentions: list[AgencyMention]) -> list[Assignment]:
    """One record per task per lead body (``lead``, or ``responsible`` under a "thực hiện" column)
    and one per named partner body (``support``), with ``due`` from the time column."""
    text = doc.text
    records: list[Assignment] = []
    starts = [m.start for m in mentions] if rows else []
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
            # no partner column: "Chủ trì, phối hợp với Bộ Công an và các cơ quan liên quan …" in the task cell names them
            named = partner_names or (task_partners(text, start, end, mentions, own=lead_names, starts=starts)
                                      if row.partners is None else [])
            for lead in leads:
                role = "responsible" if row.responsible or _carries_out(text, lead, row.lead) else "lead"
                records.append(Assignment(**base, agency=lead.canonical, agency_text=lead.text,
                                          agency_start=lead.start, agency_end=lead.end, role=role,
                                          partners=[n for n in named if n != lead.canonical]))
            for partner in partners:
                if partner.canonical in lead_names:
                    continue
                records.append(Assignment(**base, agency=partner.canonical, agency_text=partner.text,
                                          agency_start=partner.start, agency_end=partner.end, role="support",
                                          partners=lead_names))
    return records
