"""Indicator tables: the planned quantities of an annex table, one per figure cell (SPEC.md §5).

Takes: the clean text (:class:`~kehoach_nlp.structure.DocumentStructure`). Gives:
:class:`~kehoach_nlp.records.Target` records (rule ``targets.table``) for the figures of every table
whose header names an indicator column and value columns by year; :mod:`kehoach_nlp.targets` merges
them with the targets found in running text.

Many plans carry their targets in an annex table rather than in sentences::

    | TT | Chỉ tiêu      | ĐVT | ƯTH Năm 2025 | GIAI ĐOẠN 2026 - 2030          |
    |    |               |     |              | Năm 2026 | … | Năm 2030        |
    | 1  | Cà Phê        |     |              |          |   |                 |
    | -  | Diện tích     | Ha  | 26.120       | 27.000   | … | 30.000          |

Each figure under a year column is a target of that year's deadline (the year heads its column: "stated in
its heading"), with the unit of its row's ``ĐVT`` cell or of its column heading (``Lượng (Tấn)``); a column
of estimated or past results (``ƯTH Năm 2025``, ``Thực hiện năm 2024``) holds achieved figures. The
indicator is the row's label under the group row above it (``Cà Phê - Diện tích``). Converted pages flatten
such tables into one cell per line (:func:`~kehoach_nlp.task_tables.cell_runs`); a merged heading
(``GIAI ĐOẠN 2026 - 2030`` over five years, ``Kế hoạch 2026`` over ``Lượng | Giá trị``) is followed by a second
header row of its sub-columns. Cue words are in ``data/targets.toml`` ``[tables]``.

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> rows = [["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2030"], ["1", "Diện tích cà phê", "Ha", "27.000", "30.000"]]
    >>> text = "PHỤ LỤC\\n|\\n" + "\\n|\\n|\\n".join("\\n|\\n".join(row) for row in rows) + "\\n|\\n|\\n"
    >>> [(t.text, t.value, t.unit, t.deadline) for t in find_table_targets(parse_structure(text))]
    [('27.000', 27000.0, 'ha', 2026), ('30.000', 30000.0, 'ha', 2030)]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Iterator, Optional, cast

import regex

from .data import load_toml
from .records import Comparator, Target, TargetStatus
from .rules import alternation, data_pattern, word_list, word_lists, words_pattern
from .structure import DocumentStructure
from .task_tables import cell_label, cell_runs
from .vietnamese import parse_number

Span = tuple[int, int]
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_MAX_LABEL = 120  # characters: a longer header cell is text, not a column heading


@dataclass(frozen=True)
class _Column:
    """A value column: the year it is due (None for results), its status, its unit and what it measures."""

    year: Optional[int]
    status: TargetStatus
    unit: Optional[str]  # from the heading: "Lượng (Tấn)" → "tấn"
    measure: Optional[str]  # what a split heading measures: "Lượng", "Giá trị tham gia xuất khẩu"


@dataclass(frozen=True)
class _Table:
    label_columns: int  # row number, indicator, unit
    indicator: int
    unit: Optional[int]
    number: Optional[int]
    values: tuple[_Column, ...]
    body: int  # index of the first data row's first cell in the run

    @property
    def width(self) -> int:
        return self.label_columns + len(self.values)


@cache
def _cues() -> dict[str, regex.Pattern]:
    def cue(key: str) -> regex.Pattern:
        return words_pattern(word_list("targets.toml", "tables", key), flags=regex.IGNORECASE)

    return {key: cue(key) for key in ("indicator", "unit", "number", "achieved", "planned", "scoring", "comparison")} | {
        "unit_in_heading": data_pattern("targets.toml", "tables", "unit_in_heading"),
        "unit_above": data_pattern("targets.toml", "tables", "unit_above"),
        "column_key": data_pattern("targets.toml", "tables", "column_key"),
        "figure": data_pattern("targets.toml", "tables", "figure"),
        "column_year": data_pattern("targets.toml", "deadline", "column_header"),
        "period": data_pattern("targets.toml", "deadline", "period_span"),
        "comparator": _comparator_cue(),
    }


def _comparator_cue() -> regex.Pattern:
    """A comparator opening a figure cell: a word of ``[comparators.before]`` ("Trên 50%", "dưới 10") or a sign of
    ``[comparators.signs]`` ("≥ 98")."""
    words = [w for group in word_lists("targets.toml", "comparators", "before").values() for w in group]
    signs = [s for group in word_lists("targets.toml", "comparators", "signs").values() for s in group]
    return regex.compile(r"[\s*_]*(?:(?i:(?P<cue>" + alternation(words) + r"))[ \t]{1,3}|(?P<cue>" + alternation(signs)
                         + r")[ \t]{0,3})(?=\d)")


@cache
def comparator_of() -> dict[str, Comparator]:
    """The comparator of each cue word and sign of ``[comparators]`` (lower case): "trên" → ">", "≥" → ">=",
    "trở lên" → ">="; the keys of each table are SPEC §5 symbols. Also read by :mod:`kehoach_nlp.targets`."""
    return {word.lower(): cast(Comparator, comparator) for section in ("before", "signs", "after")
            for comparator, words in word_lists("targets.toml", "comparators", section).items() for word in words}


def _figure(text: str, span: Span) -> Optional[tuple[regex.Match, Comparator, int]]:
    """The figure a cell holds, its comparator and where its quote starts: "≥ 98" → (98, ">=", at "≥")."""
    cues = _cues()
    match = cues["figure"].fullmatch(text, span[0], span[1])
    if match is not None:
        return match, "=", match.start("number")
    cue = cues["comparator"].match(text, span[0], span[1])
    if cue is None:
        return None
    match = cues["figure"].fullmatch(text, cue.end(), span[1])
    if match is None:
        return None
    return match, comparator_of().get(cue["cue"].lower(), "="), cue.start("cue")


def unit_as_written(cell: str) -> str:
    """A unit cell in the records' form: lower case, except a currency or other code written in capitals.

    >>> unit_as_written("Ha"), unit_as_written("Nghìn USD"), unit_as_written("Tấn")
    ('ha', 'nghìn USD', 'tấn')
    """
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in cell.split())


def _row(cells: list[Optional[Span]], start: int) -> list[Optional[Span]]:
    """The cells from ``start`` up to the next empty cell (a flattened header row ends with one)."""
    end = start
    while end < len(cells) and cells[end] is not None:
        end += 1
    return cells[start:end]


def _column(label: str, parent: str = "") -> Optional[_Column]:
    """A value column from its heading (and the merged heading above it), or None when it holds no figures the plan
    aims at or reports (``Ghi chú``)."""
    cues = _cues()
    heading = f"{parent} {label}".strip()
    compared = _comparison(label)
    if compared is not None:
        return compared
    achieved = bool(cues["achieved"].search(heading))
    year_match = cues["column_year"].match(label) or cues["column_year"].match(parent)
    years = [int(y) for y in _YEAR.findall(label)] or \
        ([] if cues["period"].search(parent) else [int(y) for y in _YEAR.findall(parent)])
    year = int(year_match.group(1)) if year_match else (years[0] if len(years) == 1 else None)
    if year is None and not achieved and not cues["planned"].search(heading):
        if not (parent and cues["period"].search(parent)):
            return None
    unit_match = cues["unit_in_heading"].search(label)
    unit = unit_as_written(unit_match.group(1)) if unit_match else None
    measure = None
    if not _YEAR.search(label) and not cues["planned"].fullmatch(label) and not cues["achieved"].fullmatch(label):
        measure = (label[:unit_match.start()] if unit_match else label).strip(" ,:") or None
    return _Column(year=None if achieved else year, status="achieved" if achieved else "target",
                   unit=unit, measure=measure)


def _comparison(label: str) -> Optional[_Column]:
    """A column comparing two years' figures ("So sánh năm 2026 với ƯTH năm 2025", "DT 2026 với UTH 2025 (%)"):
    a ratio in per cent due in its first year, a result when the words before the second year say so."""
    cues = _cues()
    years = list(_YEAR.finditer(label))
    if len(years) < 2 or not cues["comparison"].search(label):
        return None
    first_part = label[:years[1].start()]
    last_cue = list(cues["comparison"].finditer(first_part))
    compared = first_part[:last_cue[-1].start()] if last_cue else first_part
    achieved = bool(cues["achieved"].search(compared))
    unit_match = cues["unit_in_heading"].search(label)
    return _Column(year=None if achieved else int(years[0].group(1)), status="achieved" if achieved else "target",
                   unit=unit_as_written(unit_match.group(1)) if unit_match else "%",
                   measure=(label[:unit_match.start()] if unit_match else label).strip(" ,:"))


def _split_by_years(first: list[str], second: list[str]) -> Optional[list[tuple[str, str]]]:
    """Leaf headings when merged headings split unevenly, told apart by their years: a heading of one year takes the
    sub-headings without a year of their own (``Năm hiện hành 2025`` over ``Dự toán | Đánh giá thực hiện``), one
    without a year those that carry one (``Dự kiến 03 năm kế hoạch`` over ``Năm 2026 | Năm 2027 | Năm 2028``)."""
    leaves: list[tuple[str, str]] = []
    at = 0
    for parent in first:
        own_year = len(_YEAR.findall(parent)) == 1
        taken = 0
        while at < len(second) and bool(_YEAR.search(second[at])) != own_year:
            leaves.append((second[at], parent))
            at += 1
            taken += 1
        if not taken:
            return None
    return leaves if at == len(second) and len(first) > 1 else None


def _split_heading(first: list[str], second: list[str]) -> Optional[list[tuple[str, str]]]:
    """Leaf headings ``(label, parent)`` when the second header row splits the last headings of the first: the
    largest number of merged headings ``m`` whose sub-headings repeat alike under each (``Lượng | Giá trị`` under
    each ``Kế hoạch 2026 … 2030``) or, for ``m = 1``, all of them (five years under ``GIAI ĐOẠN 2026 - 2030``)."""
    for merged in range(min(len(first), len(second)), 0, -1):
        if len(second) % merged:
            continue
        per = len(second) // merged
        groups = [second[i * per:(i + 1) * per] for i in range(merged)]
        if merged > 1 and any(group != groups[0] for group in groups):
            continue
        if merged == 1 and per < 2:
            continue
        if merged == 1 and _splits_first(first, second):
            # "Năm hiện hành 2025 | Năm 2026 | … ⏎ Kế hoạch | Ước thực hiện": the current year's plan and estimate
            return [(label, first[0]) for label in second] + [(label, "") for label in first[1:]]
        if merged == 1 and (by_years := _split_by_years(first, second)) is not None:
            return by_years
        leaves = [(label, "") for label in first[:len(first) - merged]]
        for parent, group in zip(first[len(first) - merged:], groups):
            leaves.extend((label, parent) for label in group)
        return leaves
    return None


def _splits_first(first: list[str], second: list[str]) -> bool:
    """Whether a second header row of status words (``Kế hoạch | Ước thực hiện``) splits the first value heading:
    the one of the earliest year (the current year, whose plan and estimate are reported side by side)."""
    cues = _cues()
    if not all(cues["planned"].search(label) or cues["achieved"].search(label) for label in second):
        return False
    years = [[int(y) for y in _YEAR.findall(label)] for label in first if _comparison(label) is None]
    return bool(years[0]) and all(not other or min(other) > min(years[0]) for other in years[1:])


def _header(text: str, cells: list[Optional[Span]], at: int) -> Optional[_Table]:
    """The indicator table whose header row starts at ``cells[at]``, when it names an indicator column and value
    columns by year or plan, and a unit (a ``ĐVT`` column or units in the value headings)."""
    cues = _cues()
    first_row = _row(cells, at)
    labels = [cell_label(text, span) for span in first_row]
    if len(labels) < 3 or any(len(label) > _MAX_LABEL or not label for label in labels):
        return None
    number = unit = indicator = None
    for index, label in enumerate(labels[:4]):
        if number is None and indicator is None and cues["number"].fullmatch(label):
            number = index
        elif indicator is None and cues["indicator"].match(label):
            indicator = index
        elif indicator is not None and unit is None and cues["unit"].fullmatch(label):
            unit = index
    if indicator is None:
        return None
    label_columns = 1 + max(i for i in (number, indicator, unit) if i is not None)
    value_labels = labels[label_columns:]
    if not value_labels:
        return None
    next_start = at + len(first_row) + 1
    second_row = _row(cells, next_start) if next_start < len(cells) else []
    second = [cell_label(text, span) for span in second_row]
    leaves = [(label, "") for label in value_labels]
    body = next_start
    if second and all(_DELIMITER_CELL.fullmatch(label) for label in second):
        # a one-line Markdown table: "| TT | Chỉ tiêu | … | |---|---| … |" — its delimiter row, then the data rows
        body, second = next_start + len(second_row) + 1, []
    if second and not any(cues["figure"].fullmatch(label) for label in second) \
            and all(0 < len(label) <= _MAX_LABEL for label in second):
        split = _split_heading(value_labels, second)
        if split is not None:
            leaves = split
            body = next_start + len(second_row) + 1
    columns = [_column(label, parent) for label, parent in leaves]
    if any(column is None for column in columns) or not any(c.year or c.status == "target" for c in columns
                                                                 if c is not None):
        return None
    values = tuple(c for c in columns if c is not None)
    if unit is None and not all(c.unit for c in values):
        above = _unit_above(text, first_row[0][0]) if first_row[0] else None
        if above is None:
            return None
        values = tuple(c if c.unit else replace(c, unit=above) for c in values)
    return _Table(label_columns=label_columns, indicator=indicator, unit=unit, number=number, values=values,
                  body=body)


def _unit_above(text: str, start: int) -> Optional[str]:
    """The unit of a whole table written just above it: "Đơn vị: Triệu đồng." → "triệu đồng"."""
    window = text[max(0, start - load_toml("targets.toml")["tables"]["unit_above_chars"]):start]
    match = _cues()["unit_above"].search(window.rstrip(" \t\n|"))
    return unit_as_written(match.group(1)) if match else None


#: A cell of a Markdown table's delimiter row: "---", ":---:".
_DELIMITER_CELL = regex.compile(r":?-{3,}:?")

_LEADING_NUMBER = regex.compile(r"\(?(\d+)")  # the number a column key opens with: "(3)", "4=3/2"


def _is_column_numbers(labels: list[str]) -> bool:
    """A row that only numbers the columns ("(1) (2) (3) …", "1 2 3 … 11", "A | B | 1 | 2 | 3 | 4=3/2 | 5")."""
    keys = [label for label in labels if label]
    if len(keys) < 3 or not all(_cues()["column_key"].fullmatch(key) for key in keys):
        return False
    numbers = [int(m.group(1)) for m in map(_LEADING_NUMBER.match, keys) if m]
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _table_targets(text: str, cells: list[Optional[Span]], table: _Table) -> Iterator[Target]:
    cues = _cues()
    group: Optional[str] = None
    stride = table.width + 1  # a flattened row ends with one empty cell
    for row_start in range(table.body, len(cells) - table.width + 1, stride):
        row = cells[row_start:row_start + table.width]
        if row_start + table.width < len(cells) and cells[row_start + table.width] is not None:
            return  # the rows no longer line up: stop rather than read figures into the wrong columns
        labels = [cell_label(text, span) for span in row]
        if _is_column_numbers(labels):
            continue
        name = labels[table.indicator]
        values = row[table.label_columns:]
        figures = [(column, span, _figure(text, span) if span else None)
                   for column, span in zip(table.values, values)]
        if not any(found for _, _, found in figures):
            if name:
                group = name  # "1 | Cà Phê |" over "- | Diện tích | Ha | …"
            continue
        numbered = table.number is not None and labels[table.number] not in ("", "-", "+", "•")
        indicator = name if numbered or not group else f"{group} - {name}"
        row_unit = labels[table.unit] if table.unit is not None else ""
        for column, span, found in figures:
            if found is None or span is None:
                continue
            match, comparator, start = found
            value = parse_number(match["number"])
            if value is None:
                continue
            percent = bool(match["percent"])
            unit = "%" if percent else column.unit or (unit_as_written(row_unit) if row_unit else None)
            end = match.end("percent") if percent else match.end("number")
            described = f"{indicator} - {column.measure}" if column.measure else indicator
            yield Target(text=text[start:end], start=start, end=end, value=value, comparator=comparator, unit=unit,
                         indicator=described or None, deadline=column.year, status=column.status,
                         rule="targets.table")


def scoring_table_spans(text: str) -> list[Span]:
    """Where a scoring table stands: a flattened table whose header row names points ("STT | TIÊU CHÍ THI ĐUA | ĐIỂM
    CHUẨN | HƯỚNG DẪN CHẤM ĐIỂM"). Its numbers are criteria and points, not targets.

    >>> text = "|\\nSTT\\n|\\nTiêu chí\\n|\\nĐiểm chuẩn\\n|\\n|\\n1\\n|\\nĐạt tỷ lệ 100%\\n|\\n20\\n|\\n|\\n"
    >>> [(text[s:e].split()[0], text[s:e].split()[-1]) for s, e in scoring_table_spans(text)]
    [('STT', '20')]
    """
    cue = _cues()["scoring"]
    spans: list[Span] = []
    for cells in cell_runs(text):
        header = [cell_label(text, span) for span in _row(cells, 0)] if cells and cells[0] is not None else []
        if header and any(cue.fullmatch(label) for label in header):
            filled = [span for span in cells if span is not None]
            spans.append((filled[0][0], filled[-1][1]))
    return spans


def find_table_targets(doc: DocumentStructure) -> list[Target]:
    """Every figure of the document's indicator tables, as targets."""
    text = doc.text
    found: list[Target] = []
    for cells in cell_runs(text):
        at = 0
        while at < len(cells):
            row_start = cells[at] is not None and (at == 0 or cells[at - 1] is None)
            table = _header(text, cells, at) if row_start else None
            if table is None:
                at += 1
                continue
            found.extend(_table_targets(text, cells, table))
            at = len(cells)
    return found


__all__ = ["comparator_of", "find_table_targets", "scoring_table_spans", "unit_as_written"]
