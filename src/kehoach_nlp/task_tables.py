"""Task tables and responsibility lists: rows of (task, lead, partners, due) (SPEC.md §6).

Takes: the clean text and section tree (:class:`~kehoach_nlp.structure.DocumentStructure`).
Gives: :class:`TaskRow` spans in clean-text offsets; :mod:`kehoach_nlp.assignments` turns each
row into one record per lead body and one per named partner body.

Two layouts, both common in real plans and in their annexes:

* **table** — a Markdown table flattened by a converted page: every cell stands between lines
  that hold only ``|``, a row ends with two such lines. The header row names the columns
  (``TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành``, cue
  words in ``data/task_tables.toml``); data rows start at their ``TT`` cell (``1``, ``II``,
  ``1.2``); a group row (``I | KIỆN TOÀN …``) has no lead cell and gives nothing. A table without a
  ``TT`` column has rows of the header's width. An ordinary one-line Markdown table
  (``| 1 | Tổ chức tập huấn | Sở Y tế | Công an tỉnh |``) is read as the same run of cells
  (:func:`pipe_runs`).
* **list** — under a numbered task item, lines naming who does it::

      a) Nhiệm vụ: Tham mưu UBND Thành phố …
      b) Cơ quan thực hiện:
      - Đơn vị chủ trì: Sở Khoa học và Công nghệ.
      - Đơn vị phối hợp: Các Sở, ban, ngành.
      c) Thời gian thực hiện: Hoàn thành trong năm 2025.

Example::

    >>> from kehoach_nlp.structure import parse_structure
    >>> text = ("I. NHIỆM VỤ\\n|\\nTT\\n|\\nNội dung\\n|\\nCơ quan chủ trì\\n|\\nCơ quan phối hợp\\n|\\n|\\n"
    ...         "1\\n|\\nTổ chức tập huấn\\n|\\nSở Y tế\\n|\\nCông an tỉnh\\n|\\n|")
    >>> [(text[r.tasks[0][0]:r.tasks[0][1]], text[r.lead[0]:r.lead[1]]) for r in find_task_rows(parse_structure(text))]
    [('Tổ chức tập huấn', 'Sở Y tế')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterator, Optional

import regex

from .agencies import breaks_known_name, find_agencies
from .data import load_toml
from .headings import heading_marker
from .rules import data_regex, words_pattern
from .sections import opens_annex
from .records import Section
from .structure import DocumentStructure
from .caching import per_text

Span = tuple[int, int]
_BAR_LINE = regex.compile(r"(?m)^[ \t]{0,8}\|[ \t]*$")
#: A line of a one-line Markdown table: it opens with ``|`` and holds at least two more (``\|`` is no bar).
_PIPE_ROW = regex.compile(r"(?m)^[ \t]*\|(?:(?:\\.|[^\\|\n])*\|){2}[^\n]*")
#: A cell's text up to its closing bar: escaped characters (``\|``) stay in the cell.
_PIPE_CELL = regex.compile(r"(?:\\.|[^\\|\n])*")
#: A cell of the delimiter row under the header (``---``, ``:---:``).
_DELIMITER_CELL = regex.compile(r"[ \t]*:?-+:?[ \t]*")
#: The bullet a one-line table's cell opens with (``| - Tổ chức tập huấn |``).
_CELL_BULLET = regex.compile(r"[-+•][ \t]*")
#: The number before a task heading inside a cell ("2.1. ", "a) "): data/headings.toml [markers].
_HEADING_NUMBER = heading_marker("task_heading")


@dataclass(frozen=True)
class TaskRow:
    """One row of a task table or one task item with its responsibility list."""

    tasks: tuple[Span, ...]
    lead: Optional[Span]
    partners: Optional[Span]
    due: Optional[Span]
    #: True when the lead column is "thực hiện" (who carries it out), not "chủ trì".
    responsible: bool
    rule: str
    #: The whole row or item, so that other finders leave it alone.
    region: Span


@cache
def _config() -> dict:
    return load_toml("task_tables.toml")


def _cue(words: list[str]) -> regex.Pattern:
    return words_pattern(words, flags=regex.IGNORECASE)


def _label_marker(bullets: bool, markup: str = "", parenthesized: bool = False) -> str:
    """The number or bullet that may open a label's line ("b) ", "b. ", "1.2. ", with ``bullets`` "- " too, with
    ``parenthesized`` "(2) " too), as a regex anchored at the line's start; ``markup`` the marks allowed around it."""
    letter = data_regex("task_tables.toml", "list_items", "letter")
    blank = r"[ \t" + regex.escape(markup) + r"]*"
    return (r"^" + blank + r"(?:" + (r"[-+•]|" if bullets else "") + (r"\(\d{1,2}\)|" if parenthesized else "")
            + letter + r"[.)]|\d{1,2}(?:\.\d{1,2}){0,3}\.?)?" + blank)


@cache
def _patterns() -> dict[str, regex.Pattern]:
    cfg = _config()
    columns = cfg["columns"]
    lists = cfg["lists"]
    marker = _label_marker(bullets=True)  # "b) ", "b. ", "- ", "1.2. "
    # the lines that open and close an item's tasks may be numbered "(1)" and set in bold ("**(1) Nội dung thực hiện:
    # **" ⏎ "- …" ⏎ "**(2) Tổ chức thực hiện:**" ⏎ "- Đơn vị thực hiện: …"; round 57)
    framing = _label_marker(bullets=True, markup="*_", parenthesized=True)
    return {
        "number": _cue(columns["number"]),
        "task": _cue(columns["task"]),
        "lead": _cue(columns["lead"]),
        "responsible": _cue(columns["responsible"]),
        "partner": _cue(columns["partners"]),
        "basis": _cue(columns["basis"]),
        "category": _cue(columns["category"]),
        "due": _cue(columns["due"]),
        "row_number": regex.compile(cfg["rows"]["number"]),
        "list_lead": regex.compile(marker + r"(?:" + _cue(lists["lead"]).pattern + r")[ \t]*:[ \t]*(?=\S)",
                                   regex.IGNORECASE | regex.MULTILINE),
        "list_partner": regex.compile(marker + r"(?:" + _cue(lists["partners"]).pattern + r")[ \t]*:[ \t]*",
                                      regex.IGNORECASE | regex.MULTILINE),
        "list_due": regex.compile(marker + r"(?:" + _cue(lists["due"]).pattern + r")[ \t]*:[ \t]*",
                                  regex.IGNORECASE | regex.MULTILINE),
        "list_task": regex.compile(framing + r"(?:" + _cue(lists["task"]).pattern + r")[ \t*_]*:[ \t*_]*",
                                   regex.IGNORECASE | regex.MULTILINE),
        "list_note": regex.compile(marker + r"(?:" + _cue(lists["notes"]).pattern + r")[ \t]*:[ \t]*",
                                   regex.IGNORECASE | regex.MULTILINE),
        "list_who": regex.compile(framing + r"(?:" + _cue(lists["who"]).pattern + r")[ \t*_]*:?[ \t*_]*$",
                                  regex.IGNORECASE | regex.MULTILINE),
        "list_doer": regex.compile(marker + r"(?:" + _cue(lists["doers"]).pattern + r")[ \t]*:[ \t]*(?=\S)",
                                   regex.IGNORECASE | regex.MULTILINE),
        "bullet": regex.compile(r"^[ \t]*[-+•][ \t]*", regex.MULTILINE),
        "partner_clause_end": _cue(lists["partner_clause_ends"]),
        "partner_joiner": regex.compile(r"[ \t\n]*+(?:" + _cue(lists["partner_joiners"]).pattern + r")[ \t\n]*+",
                                        regex.IGNORECASE),
        "inline_note": regex.compile(r"[;,.][ \t]*(?:" + _cue(lists["partners"] + lists["due"]).pattern + r")[ \t]*:",
                                     regex.IGNORECASE),
        "inline_partner": regex.compile(r"(?:" + _cue(lists["partners"]).pattern + r")[ \t]*:[ \t]*", regex.IGNORECASE),
        "inline_due": regex.compile(r"(?:" + _cue(lists["due"]).pattern + r")[ \t]*:[ \t]*", regex.IGNORECASE),
    }


def _trim(text: str, start: int, end: int) -> Optional[Span]:
    """The span without surrounding blanks and list punctuation; None when nothing is left."""
    while start < end and text[start] in " \t\n|":
        start += 1
    while end > start and text[end - 1] in " \t\n|;,.:":
        end -= 1
    return (start, end) if end > start else None


# --- tables -------------------------------------------------------------------------------

@per_text(maxsize=2)
def cell_runs(text: str) -> tuple[list[Optional[Span]], ...]:
    """Runs of cells: the text between lines that hold only ``|`` (None for an empty cell), and the one-line Markdown
    tables (:func:`pipe_runs`) laid out alike, in text order; read once per text (task tables, indicator tables and
    scoring tables all ask).

    A run ends where a cell holds a paragraph break: that is body text between two tables. A one-line table inside
    a flattened run (a broken conversion that mixes both) is left to the flattened run.

    >>> text = "|\\nTT\\n|\\nNội dung\\n|\\n|\\n\\n| TT | Nội dung |\\n|---|---|\\n| 1 | Tập huấn |\\n"
    >>> [[cell_label(text, cell) or None for cell in run] for run in cell_runs(text)]
    [['TT', 'Nội dung', None], ['TT', 'Nội dung', None, '1', 'Tập huấn', None]]
    """
    runs: list[list[Optional[Span]]] = []
    pipes = _pipe_blocks(text)
    pending = next(pipes, None)
    for start, end, run in _cell_runs(text):
        while pending is not None and pending[0] < start:
            runs.append(pending[2])
            pending = next(pipes, None)
        while pending is not None and pending[0] < end:
            pending = next(pipes, None)  # inside the flattened run
        runs.append(run)
    while pending is not None:
        runs.append(pending[2])
        pending = next(pipes, None)
    return tuple(runs)


@cache
def _max_cell_lines() -> int:
    return int(_config()["runs"]["max_cell_lines"])


def _body_between_tables(text: str, start: int, end: int) -> bool:
    """In a page written without blank lines, whether the "cell" between two bar lines is body text between two
    tables: more lines than a cell holds, or an annex's heading opening the next table ("29.000" ⏎ "|" ⏎
    "**PHỤ LỤC 02**" ⏎ "DANH MỤC HÀNG HÓA …" ⏎ "|" ⏎ "TT": a cell never opens an annex)."""
    lines = text.count("\n", start, end)
    if lines >= _max_cell_lines():
        return True
    first_line_end = text.find("\n", start, end)
    return lines >= 2 and first_line_end >= 0 and opens_annex(text[start:first_line_end])


def _cell_runs(text: str) -> Iterator[tuple[int, int, list[Optional[Span]]]]:
    """The flattened runs, each with the start of its first bar line and the end of its last."""
    bars = [m.start() for m in _BAR_LINE.finditer(text)]
    run: list[Optional[Span]] = []
    first = 0
    for left, right in zip(bars, bars[1:]):
        start = text.find("\n", left)
        start = right if start < 0 or start > right else start + 1
        if "\n\n" in text[start:right] or _body_between_tables(text, start, right):  # a paragraph break ends it too
            if run:
                yield first, left + 1, run
            run = []
            continue
        if not run:
            first = left
        run.append(_trim(text, start, right))
    if run:
        yield first, bars[-1] + 1, run


def pipe_runs(text: str) -> Iterator[list[Optional[Span]]]:
    """The one-line Markdown tables of ``text``, each as a run of cells laid out like a flattened table's: the cells
    of a row (None for an empty cell), then None where the row ends.

    A table is a block of consecutive lines that open with ``|`` and hold at least two more; its delimiter row
    (``|---|:---:|``) is skipped; a row that does not close with ``|`` ends with the text after its last bar; ``\\|``
    stays inside its cell. Every row has the header's cells (the first row's, up to its last named one): a shorter
    row is filled with empty cells, a longer one is cut there, as a Markdown table is shown.

    >>> text = "| TT | Nội dung | Cơ quan chủ trì |\\n|---|---|---|\\n| 1 | Tập huấn | Sở Y tế |\\n| I | CHUNG |"
    >>> [[cell_label(text, cell) or None for cell in run] for run in pipe_runs(text)]
    [['TT', 'Nội dung', 'Cơ quan chủ trì', None, '1', 'Tập huấn', 'Sở Y tế', None, 'I', 'CHUNG', None, None]]
    """
    for _, _, run in _pipe_blocks(text):
        yield run


def _pipe_blocks(text: str) -> Iterator[tuple[int, int, list[Optional[Span]]]]:
    """The one-line tables as (start, end, run), in text order."""
    rows: list[list[Optional[Span]]] = []
    start = end = -1
    for line in _PIPE_ROW.finditer(text):
        if rows and line.start() != end + 1:
            yield _pipe_block(start, end, rows)
            rows = []
        if not rows:
            start = line.start()
        end = line.end()
        cells = _pipe_cells(text, line.start(), line.end())
        if cells is not None:
            rows.append(cells)
    if rows:
        yield _pipe_block(start, end, rows)


def _pipe_cells(text: str, start: int, end: int) -> Optional[list[Optional[Span]]]:
    """The cells of one table line (its first bar at or after ``start``), or None for the delimiter row."""
    at = text.index("|", start) + 1
    cells: list[Optional[Span]] = []
    delimiter = True
    while at < end:
        stop = _PIPE_CELL.match(text, at, end).end()
        if stop >= end and not text[at:end].strip():
            break  # blanks after the closing bar
        delimiter = delimiter and _DELIMITER_CELL.fullmatch(text, at, stop) is not None
        cells.append(_trim(text, at, stop))
        at = stop + 1
    return None if delimiter else cells


def _pipe_block(start: int, end: int, rows: list[list[Optional[Span]]]) -> tuple[int, int, list[Optional[Span]]]:
    """One table's rows as one run, every row filled or cut to the header's width and closed by None."""
    header = rows[0]
    width = next((i + 1 for i in range(len(header) - 1, -1, -1) if header[i] is not None), len(header))
    run: list[Optional[Span]] = []
    for row in rows:
        run.extend(row[:width])
        run.extend([None] * (width - len(row) + 1) if len(row) < width else [None])
    return start, end, run


_MARKUP = regex.compile(r"[*_#]+")


def cell_label(text: str, span: Optional[Span]) -> str:
    """A cell's words without markup, on one line ("**TT**" → "TT"; an empty cell → "")."""
    return " ".join(_MARKUP.sub(" ", text[span[0]:span[1]]).split()) if span else ""


def is_number_header(label: str) -> bool:
    """Whether a header cell names the row-number column ("TT", "STT", "Số TT")."""
    return _patterns()["number"].fullmatch(label.strip()) is not None


def _header(text: str, cells: list[Optional[Span]], at: int) -> Optional[dict[str, int]]:
    """Column indexes of a header row starting at ``cells[at]``, when it names a task and a lead column."""
    p = _patterns()
    columns: dict[str, int] = {}
    index = at
    while index < len(cells) and cells[index] is not None and index - at < 12:
        label = text[cells[index][0]:cells[index][1]]
        if len(label) > 80:
            return None
        column = index - at
        if p["number"].fullmatch(label.strip()):
            columns.setdefault("number", column)
        elif p["basis"].search(label):
            columns.setdefault("basis", column)
        elif p["partner"].search(label):
            columns.setdefault("partners", column)
        elif p["category"].search(label):
            columns.setdefault("category", column)
        elif p["lead"].search(label):
            columns.setdefault("lead", column)
        elif p["task"].search(label):
            columns.setdefault("task", column)
        elif p["responsible"].search(label):
            columns.setdefault("responsible", column)
        elif p["due"].search(label):
            columns.setdefault("due", column)
        index += 1
    if "task" in columns and ("lead" in columns or "responsible" in columns):
        columns["width"] = index - at
        return columns
    return None


def _table_rows(text: str) -> Iterator[TaskRow]:
    p = _patterns()
    for cells in cell_runs(text):
        at = 0
        while at < len(cells):
            columns = _header(text, cells, at) if cells[at] is not None else None
            if columns is None:
                at += 1
                continue
            body = at + columns["width"]
            # the table ends where the next table's header row begins (two annex tables in one run of cells)
            # (a header row that opens with its row-number column: "TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì …")
            stop_at = next((i for i in range(body + 1, len(cells)) if cells[i] is not None
                            and p["number"].fullmatch(cell_label(text, cells[i]))
                            and _header(text, cells, i) is not None), len(cells))
            # data rows: from one row-number cell to the next (a row's empty cells keep their place)
            starts = [i for i in range(body, stop_at) if cells[i] is not None
                      and p["row_number"].fullmatch(text[cells[i][0]:cells[i][1]])]
            if "number" in columns and columns["number"] == 0:
                starts = sorted(starts + _unnumbered_rows(text, cells, columns, body, stop_at))
            if "number" not in columns:
                # rows of the header's width, each after the empty cell that ends the row before
                starts = list(range(body + 1, stop_at, columns["width"] + 1))
            lead_column = "lead" if "lead" in columns else "responsible"
            for index, first in enumerate(starts):
                stop = starts[index + 1] if index + 1 < len(starts) else stop_at
                row = cells[first:stop]
                offset = columns.get("number", 0)
                continued = _continuation_rows(text, row, columns, lead_column) if "number" in columns else []
                if continued:
                    row = row[:continued[0][0]]

                def cell(name: str) -> Optional[Span]:
                    if name not in columns:
                        return None
                    position = columns[name] - offset
                    return row[position] if 0 <= position < len(row) else None

                task, lead = cell("task"), cell(lead_column)
                if task is None or lead is None:
                    continue
                spans = [span for span in row if span is not None]
                yield TaskRow(tasks=tuple(_cell_tasks(text, *task)), lead=lead, partners=cell("partners"),
                              due=cell("due"), responsible=lead_column == "responsible",
                              rule="assignments.table", region=(spans[0][0], spans[-1][1]))
                for _, more in continued:
                    # a row under the same number: its cells from the task column on, the rest spanned from above
                    def own(name: str, fallback: Optional[Span]) -> Optional[Span]:
                        position = columns[name] - columns["task"] if name in columns else -1
                        return more[position] if 0 <= position < len(more) else fallback

                    yield TaskRow(tasks=tuple(_cell_tasks(text, *more[0])), lead=own(lead_column, lead),
                                  partners=own("partners", cell("partners")), due=own("due", cell("due")),
                                  responsible=lead_column == "responsible", rule="assignments.table",
                                  region=(more[0][0], more[-1][1]))
            at = stop_at


_CONTINUATION_TASK_WORDS = 3  # fewest words of a continuation row's task cell


def _unnumbered_rows(text: str, cells: list[Optional[Span]], columns: dict[str, int], body: int,
                     stop_at: int) -> list[int]:
    """Rows whose number cell is empty, as a table writes the one row under a group row ("**D.** | **BỘ KHOA HỌC VÀ
    CÔNG NGHỆ**" ⏎ "| | Bộ Khoa học và Công nghệ | - Bộ Công Thương; … | Chủ trì nghiên cứu …"): after the empty cell
    that ends the row before, an empty number cell, then the header's other cells in full up to the row's end, a task
    in the task column and a body in the lead column. Each as the index of its empty number cell."""
    width = columns["width"]
    lead = columns.get("lead", columns.get("responsible"))
    found: list[int] = []
    for index in range(max(body, 1), stop_at - width):
        if cells[index] is not None or cells[index - 1] is not None or cells[index + width] is not None:
            continue
        row = cells[index + 1:index + width]
        if any(cell is None for cell in row) or lead is None:
            continue
        if _opens_task_cell(text, row[columns["task"] - 1]) and find_agencies(text, *row[lead - 1]):
            found.append(index)
    return found


def _continuation_rows(text: str, row: list[Optional[Span]], columns: dict[str, int],
                       lead_column: str) -> list[tuple[int, list[Span]]]:
    """Rows that share the numbered row's number cell (merged down the column, so the converter wrote it once):
    after the numbered row's closing empty cell, a run of cells that opens with a task (words, not a number) and has
    a body's name where the lead column falls, counted from the task column (or, with the lead column left of the
    task column, as many cells as the header has from the task column on) —
    ``1 | Xây dựng hạ tầng … | Trung tâm Chuyển đổi số | … | (end) | Xây dựng hạ tầng dự phòng … | Trung tâm Chuyển
    đổi số | (end)``. Each as (its index in ``row``, its cells from the task column on)."""
    lead_at = columns[lead_column] - columns["task"]
    found: list[tuple[int, list[Span]]] = []
    # past the row's own cells (its number cell may be the empty one: "|  | Xây dựng … | Bộ Giáo dục và Đào tạo | …")
    first = next((i for i, span in enumerate(row) if span is not None), len(row))
    index = row.index(None, first) + 1 if None in row[first:] else len(row)
    while index < len(row):
        stop = row.index(None, index) if None in row[index:] else len(row)
        run = [span for span in row[index:stop] if span is not None]
        if len(run) > lead_at >= 1 and _opens_task_cell(text, run[0]) and find_agencies(text, *run[lead_at]) \
                or lead_at < 0 and len(run) == columns["width"] - columns["task"] and _opens_task_cell(text, run[0]):
            # (a lead column left of the task column is merged down too: the run holds the task column and those
            # after it, "STT | Cơ quan chủ trì | Cơ quan phối hợp | Nội dung nhiệm vụ | Chỉ tiêu | Thời hạn" ⏎ "- Rà
            # soát … | - Bộ công cụ … | Giai đoạn 2026 - 2027")
            found.append((index, run))
        elif found:
            break  # a numbered row's own empty cell came first: only whole runs after it are continuations
        index = stop + 1
    return found


def _opens_task_cell(text: str, span: Span) -> bool:
    """Whether a cell reads as a task: words, not a row's number or a date."""
    words = cell_label(text, span).lstrip("-+•– ").split()  # ("- Rà soát, cập nhật …": its bullet passed over)
    return len(words) >= _CONTINUATION_TASK_WORDS and _patterns()["row_number"].fullmatch(words[0]) is None \
        and words[0][:1].isalpha()


def _cell_tasks(text: str, start: int, end: int) -> Iterator[Span]:
    """A task cell's tasks (:func:`_bullets`); a one-line table's cell opens after its bar, not at a line's start, so
    its bullet is passed over here: ``| 1 | - Tổ chức tập huấn | Sở Y tế |`` → ``Tổ chức tập huấn``, as flattened."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] == "|":
        opening = _CELL_BULLET.match(text, start, end)
        if opening:
            start = opening.end()
    return _bullets(text, start, end)


def _bullets(text: str, start: int, end: int) -> Iterator[Span]:
    """A cell or item body: one task per bullet line, else the whole of it."""
    marks = list(_patterns()["bullet"].finditer(text, start, end))
    if not marks:
        span = _trim(text, start, end)
        if span:
            yield span
        return
    lead_in = _trim(text, start, marks[0].start())
    if lead_in and not text[lead_in[0]:lead_in[1] + 1].rstrip().endswith(":"):
        yield lead_in
    for index, mark in enumerate(marks):
        stop = marks[index + 1].start() if index + 1 < len(marks) else end
        span = _trim(text, mark.end(), stop)
        if span:
            yield span


# --- responsibility lists -----------------------------------------------------------------

def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _line_end(text: str, position: int, limit: int) -> int:
    end = text.find("\n", position, limit)
    return limit if end < 0 else end


def _value_end(text: str, position: int, limit: int) -> int:
    """The end of a label's value line, run on over a line break inside a known body's name: ``- Cơ quan chủ trì:
    Sở Nội vụ, Sở⏎Giáo dục và Đào tạo, Sở Tài chính.`` names three bodies."""
    end = _line_end(text, position, limit)
    while end < limit and breaks_known_name(text, end):
        end = _line_end(text, end + 1, limit)
    return end


def _task_item(doc: DocumentStructure, position: int):
    """The numbered item a responsibility line belongs to: the innermost section around it whose
    own heading is not itself a responsibility line (``b) Cơ quan thực hiện:``, ``b) Cơ quan thực hiện: Sở Tài chính``,
    ``a) Nhiệm vụ:``)."""
    p = _patterns()
    text = doc.text
    for section in reversed(doc.path_at(position)):
        if section.level < 2:
            return None
        line = text[section.start:_line_end(text, section.start, section.end)]
        if not any(p[name].match(line)
                   for name in ("list_who", "list_doer", "list_lead", "list_partner", "list_due", "list_task")):
            return section
    return None


@dataclass(frozen=True)
class _LooseItem:
    """The lines a label belongs to when no numbered item holds it (a news page quoting a plan's list)."""

    start: int
    end: int


_LOOSE_LINES = 24  # how many written lines above a label its task label or title is looked for
#: A numbered title over label lines: "1. Hội thảo Hợp tác công nghệ Y sinh Việt Nam - Cuba:".
_TITLE_LINE = regex.compile(r"[ \t*_]*+(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t*_]*+\p{Lu}[^\n]*?:[ \t*_]*+$")
_NOT_A_TASK_LINE = regex.compile(r"[ \t]*+#|[^\n]*\?[ \t*_]*+$")  # a Markdown heading or a question


@cache
def _numbered_line() -> regex.Pattern:
    """A line numbered as an item is ("(2) ", "2. ", "2.1. ", "b) ")."""
    letter = data_regex("task_tables.toml", "list_items", "letter")
    return regex.compile(r"[ \t*_]*+(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|" + letter + r"[.)])[ \t*_]")


def _label_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a label of a responsibility list (lead, doer, partner, due, note, task
    or the line that announces who does it), its bold passed over."""
    p = _patterns()
    line = text[start:end].lstrip(" \t*_")
    return any(p[name].match(line) for name in ("list_lead", "list_doer", "list_partner", "list_due", "list_note",
                                                 "list_task", "list_who"))


def _loose_item(doc: DocumentStructure, label: regex.Match) -> Optional[_LooseItem]:
    """The item of a lead or doer label that no numbered item holds — a news page that quotes a plan's list:
    "**(1) Nội dung thực hiện:**" ⏎ "- Phối hợp với …" ⏎ "**(2) Tổ chức thực hiện:**" ⏎ "- Đơn vị thực hiện: Cục …"
    (from the task label on), or, for a lead label, "1. Hội thảo Hợp tác …:" ⏎ "- Thời gian: …" ⏎ "- Cơ quan chủ trì: …"
    (from the numbered title, with label lines only between). The item ends at the last label line of the run that
    holds ``label``. None when neither stands above it (a procedure's "(5) Cơ quan giải quyết thủ tục hành chính:" ⏎
    "- Cơ quan thực hiện: …" names who handles a file, no task)."""
    text = doc.text
    p = _patterns()
    leads = p["list_lead"].match(text, _line_start(text, label.start())) is not None
    start = None
    content = False
    at = _line_start(text, label.start())
    for _ in range(_LOOSE_LINES):
        if at == 0:
            return None
        line_start = _line_start(text, at - 1)
        line_end = at - 1
        at = line_start
        line = text[line_start:line_end]
        if not line.strip(" \t*_"):
            continue
        if p["list_task"].match(line.lstrip(" \t*_")) or p["list_task"].match(line):
            start = line_start
            break
        if _label_line(text, line_start, line_end):
            # a doer label under a lead label of the same title: "- Cơ quan chủ trì: …" ⏎ "- Cơ quan thực hiện: …"
            leads = leads or not content and p["list_lead"].match(line.lstrip(" \t*_")) is not None
            continue
        if _TITLE_LINE.match(line):
            if leads and not content:
                start = line_start
            break
        if _numbered_line().match(line):
            break  # "(2) Phân khu “Thu gia đình”" ⏎ "- Đơn vị thực hiện: …": another item began, the label is not ours
        if _NOT_A_TASK_LINE.match(line) or line.strip(" \t").startswith("**") and line.rstrip(" \t").endswith("**"):
            break  # a heading, a question or a bold title: the block has no task label
        content = True
    if start is None:
        return None
    # the run of label lines that holds the label (blank lines between them)
    end = _line_end(text, label.start(), len(text))
    at = end
    while at < len(text):
        next_end = _line_end(text, at + 1, len(text))
        if text[at + 1:next_end].strip(" \t*_"):
            task_label = p["list_task"].match(text[at + 1:next_end].lstrip(" \t*_"))
            if not _label_line(text, at + 1, next_end) or p["list_who"].match(text, at + 1, next_end) \
                    or task_label is not None and not text[at + 1:next_end].lstrip(" \t*_")[task_label.end():].strip():
                break  # the next block's "(1) Nội dung thực hiện:" over its own tasks
            end = next_end
        at = next_end
    return _LooseItem(start, end)


def _labels(text: str) -> list[regex.Match]:
    """The lead and doer labels of ``text``, in order."""
    p = _patterns()
    return sorted(list(p["list_lead"].finditer(text)) + list(p["list_doer"].finditer(text)), key=lambda m: m.start())


def _list_rows(doc: DocumentStructure) -> Iterator[TaskRow]:
    text = doc.text
    p = _patterns()
    labels = _labels(text)
    for index, lead in enumerate(labels):
        item = _task_item(doc, lead.start()) or (_loose_item(doc, lead) if doc.headingless else None)
        if item is None:
            continue
        line_end = _value_end(text, lead.end(), item.end)
        doer = p["list_doer"].match(text, lead.start()) is not None and p["list_lead"].match(text, lead.start()) is None
        clause = _doer_clause(text, lead.end(), line_end) if doer else None
        if doer and clause is None and (p["lead"].search(text, lead.end(), line_end)
                                        or p["partner"].search(text, lead.end(), line_end)):
            continue  # "Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp …": clauses, read inline
        if clause is not None:
            # "Cơ quan thực hiện: Sở Nội vụ | chủ trì, | phối hợp với | các sở, ban, ngành …": who leads the item's
            # task, and with whom
            line_end, doer = clause.lead_end, not clause.leads
        heading_end = _line_end(text, item.start, item.end)
        # labels after a group of items belong to those items; an item's next group starts after them:
        # "- Tăng cường …⏎- Nâng cao …⏎Đơn vị thực hiện: …⏎Đơn vị phối hợp: …⏎- Tổ chức tập huấn …⏎Đơn vị chủ trì: …"
        # … and labels right under each other (label lines only between) are one group, its tasks theirs: "- Cơ quan
        # chủ trì: UBND tỉnh …" ⏎ "- Cơ quan thực hiện: Sở Y tế." ⏎ "- Cơ quan phối hợp: …" (round 57)
        after = index + 1
        while after < len(labels) and labels[after].start() < item.end \
                and _only_labels_between(text, labels[after - 1], labels[after]):
            after += 1
        group_end = labels[after].start() if after < len(labels) and labels[after].start() < item.end else item.end
        first = index
        while first and labels[first - 1].start() >= heading_end \
                and _only_labels_between(text, labels[first - 1], labels[first]):
            first -= 1
        anchor = labels[first]
        previous = labels[first - 1] if first and labels[first - 1].start() >= heading_end else None
        tasks_from = _last_label_end(text, previous.end(), anchor.start()) if previous is not None else heading_end
        who = p["list_who"].search(text, tasks_from, anchor.start())
        first_note = who.start() if who else anchor.start()
        # a due label written before the lead's ("- Thời gian hoàn thành: Dự kiến tháng 11/2025" ⏎ "- Đơn vị chủ trì:
        # …") ends the item's tasks too: a label is no task (round 47)
        due_first = p["list_due"].search(text, tasks_from, first_note)
        if due_first is not None:
            first_note = _line_start(text, due_first.start())
        # … and so does a note of who oversees them ("Lãnh đạo phụ trách: Phó giám đốc …" ⏎ "Đơn vị chủ trì: …";
        # round 50)
        note_first = p["list_note"].search(text, tasks_from, first_note)
        if note_first is not None:
            first_note = _line_start(text, note_first.start())
        # "Cơ quan chủ trì: Bộ Công an; cơ quan phối hợp: Bộ Tư pháp" on one line
        inline = p["inline_note"].search(text, lead.end(), line_end)
        lead_span = _trim(text, lead.end(), inline.start() if inline else line_end)
        partner = p["list_partner"].search(text, lead.end(), group_end) or \
            p["inline_partner"].search(text, lead.end(), line_end)
        clause_partners = _trim(text, clause.partners_start, clause.partners_end) \
            if clause is not None and clause.partners_start is not None else None
        due = p["list_due"].search(text, tasks_from, group_end) or p["inline_due"].search(text, lead.end(), line_end)
        partner_end = _value_end(text, partner.end(), item.end) if partner else 0
        if partner:
            after = p["inline_note"].search(text, partner.end(), partner_end)
            partner_end = after.start() if after else partner_end
        tasks: list[Span] = []
        named = p["list_task"].search(text, tasks_from, first_note)
        if named:
            tasks = list(_bullets(text, named.end(), first_note))
        else:
            tasks = list(_bullets(text, tasks_from, first_note))
        if not tasks and previous is None:
            number = _HEADING_NUMBER.match(text, item.start, heading_end)
            title = _trim(text, number.end() if number else item.start, heading_end)
            tasks = [title] if title else []
        if not tasks or lead_span is None:
            continue
        if previous is None:
            # "3.1. Tham gia …" ⏎ "3.2. Tổng hợp …" ⏎ "3.3. Theo dõi …" ⏎ "- Thời gian thực hiện: …" ⏎ "- Đơn vị chủ trì: …":
            # labels under the last sub-item of an item, none under the others, cover them all (round 51)
            tasks = [span for sibling in _unlabelled_siblings(doc, item) if (span := _item_text(text, sibling))] + tasks
        yield TaskRow(
            tasks=tuple(tasks), lead=lead_span,
            partners=clause_partners or (_trim(text, partner.end(), partner_end) if partner else None),
            due=_trim(text, due.end(), _line_end(text, due.end(), item.end)) if due else None,
            responsible=doer, rule="assignments.list",
            # a later group of the same item has a region of its own: its items and labels
            region=(item.start if previous is None else tasks_from,
                    item.end if group_end == item.end else _last_label_end(text, anchor.start(), group_end)))


def _only_labels_between(text: str, upper: regex.Match, lower: regex.Match) -> bool:
    """Whether only blank and label lines stand between the lines of two labels (no task of a group of its own)."""
    at = _line_end(text, upper.end(), len(text))
    stop = _line_start(text, lower.start())
    while at < stop:
        end = _line_end(text, at + 1, stop)
        if text[at + 1:end].strip(" \t*_") and not _label_line(text, at + 1, end):
            return False
        at = end
    return True


@dataclass(frozen=True)
class _DoerClause:
    """A doer label's value written as a clause: where its leading bodies end, whether "chủ trì" says they lead, and
    the span of the partners after "phối hợp với" (None when it names none)."""

    lead_end: int
    leads: bool
    partners_start: Optional[int]
    partners_end: int


def _doer_clause(text: str, start: int, end: int) -> Optional[_DoerClause]:
    """The clause after a doer label ("Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành …"), or None when the value
    only names bodies.

    >>> text = "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành."
    >>> clause = _doer_clause(text, 21, len(text))
    >>> text[21:clause.lead_end], clause.leads, text[clause.partners_start:clause.partners_end]
    ('Sở Nội vụ ', True, 'các sở, ban, ngành.')
    """
    p = _patterns()
    role = p["lead"].search(text, start, end)
    partner = p["partner"].search(text, start, end)
    if role is None and partner is None or ";" in text[start:end] and not _partners_listed_by_semicolons(
            text, start, partner, end):
        return None  # "Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và các sở … tuyên truyền …": clauses, read inline
    if role is not None and (partner is None or partner.start() < role.start()) \
            and text[role.end():end].strip(" \t\n.,"):
        return None  # "Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân …": a task of its own after the role
    if role is not None and partner is not None and text[role.end():partner.start()].strip(" \t\n,"):
        return None  # "X chủ trì tham mưu …, phối hợp với …"
    cut = min(m.start() for m in (role, partner) if m is not None)
    partners_start = None
    if partner is not None:
        joiner = p["partner_joiner"].match(text, partner.end(), end)
        partners_start = joiner.end() if joiner else partner.end()
        verb = p["partner_clause_end"].search(text, partners_start, end)
        end = verb.start() if verb else end  # "… và các đơn vị có liên quan | tham mưu hoạt động …"
    return _DoerClause(cut, role is not None and role.start() == cut, partners_start, end)


def _partners_listed_by_semicolons(text: str, start: int, partner: Optional[regex.Match], end: int) -> bool:
    """Whether the semicolons of a doer clause only list its partners: "Sở Lao động - Thương binh và Xã hội chủ trì,
    phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Ủy ban nhân dân các huyện" (round 48) — all of them
    after "phối hợp", no task's verb after the first."""
    if partner is None:
        return False
    first = text.find(";", start, end)
    return first > partner.end() and _patterns()["partner_clause_end"].search(text, first, end) is None


def _last_label_end(text: str, start: int, end: int) -> int:
    """The end of the last label line (lead, partner, due, doer) between ``start`` and ``end``: where the items of
    the next group begin."""
    p = _patterns()
    last = start
    for name in ("list_partner", "list_due", "list_lead", "list_doer"):
        for match in p[name].finditer(text, start, end):
            last = max(last, _line_end(text, match.end(), end))
    return last


@cache
def _part_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """A label line alone, with nothing after it but an optional colon, that names who leads the part's task and who
    works with them (its bodies on the bullet lines below), and the heading of the part that holds the tasks
    (data/task_tables.toml [lists] lead, partners, [parts] task_headings)."""
    cfg = _config()
    marker = _label_marker(bullets=False, markup="*_")  # a part's label is a numbered heading, bold or not
    end = r"[ \t*_]*:?[ \t*_]*$"
    lead = regex.compile(marker + r"(?:" + _cue(cfg["lists"]["lead"]).pattern + r")" + end, regex.I | regex.M)
    partner = regex.compile(marker + r"(?:" + _cue(cfg["lists"]["partners"]).pattern + r")" + end, regex.I | regex.M)
    tasks = regex.compile(r"[ \t*_]*(?:" + _cue(cfg["parts"]["task_headings"]).pattern + r")", regex.I)
    return lead, partner, tasks


_BULLET_LINE = regex.compile(r"(?m)^[ \t]*[-+•][ \t]*\S[^\n]*")


def _bullet_lines_after(text: str, position: int, end: int) -> Optional[Span]:
    """The bullet lines right under a label line (blank lines between them skipped), as one span; None when the next
    written line is no bullet."""
    first = last = None
    at = text.find("\n", position, end)
    while 0 <= at < end:
        line = _BULLET_LINE.match(text, at + 1, end)
        if line is None:
            if text[at + 1:_line_end(text, at + 1, end)].strip():
                break  # a written line that is no bullet ends the list
        else:
            first = line.start() if first is None else first
            last = line.end()
        at = text.find("\n", at + 1, end)
    return _trim(text, first, last) if first is not None else None


def _part_rows(doc: DocumentStructure) -> Iterator[TaskRow]:
    """A theme of a plan written in parts (round 50, a national steering committee's plan): "1. Nội dung, biện pháp"
    over its tasks "a) …", "b) …"; then "a) Cơ quan chủ trì" over bullet lines of bodies, "b) Cơ quan phối hợp" over
    more; "3. Thời gian thực hiện: …". One row per theme: every task of its task part, led by the bodies under the lead
    label, with the partners under the partner label and the due of the time label."""
    text = doc.text
    lead_label, partner_label, task_heading = _part_patterns()
    seen: set[int] = set()
    for label in lead_label.finditer(text):
        path = doc.path_at(label.start())
        # the theme: the innermost section whose heading is neither this label nor the part that holds it
        theme = next((section for section in reversed(path) if section.start < label.start()
                      and not _labels_part(text, section, lead_label, partner_label)), None)
        if theme is None or theme.start in seen or theme.level < 2:
            continue
        lead = _bullet_lines_after(text, label.end(), theme.end)
        part = next((child for child in theme.children
                     if child.heading and task_heading.match(child.heading) and child.end <= label.start()), None)
        if lead is None or part is None:
            continue
        tasks = tuple(span for child in part.children if (span := _item_text(text, child)))
        tasks = tasks or tuple(_bullets(text, _line_end(text, part.start, part.end), part.end))
        if not tasks:
            continue
        seen.add(theme.start)
        partner = partner_label.search(text, label.end(), theme.end)
        due = _patterns()["list_due"].search(text, label.end(), theme.end)
        yield TaskRow(tasks=tasks, lead=lead,
                      partners=_bullet_lines_after(text, partner.end(), theme.end) if partner else None,
                      due=_trim(text, due.end(), _line_end(text, due.end(), theme.end)) if due else None,
                      responsible=False, rule="assignments.list", region=(theme.start, theme.end))


def _unlabelled_siblings(doc: DocumentStructure, item: Section) -> list[Section]:
    """The sub-items before ``item`` when it is the last sub-item of its parent and none of them (nor the parent's own
    lines) carries a label: the numbered steps one set of labels after them covers; [] otherwise."""
    path = doc.path_at(item.start)
    if len(path) < 2 or path[-1] is not item or path[-2].level < 2:
        return []
    parent = path[-2]
    siblings = parent.children
    if len(siblings) < 2 or siblings[-1] is not item or any(sibling.children for sibling in siblings[:-1]):
        return []
    if _labels(doc.text[parent.start:item.start]) or any(
            _patterns()[name].search(doc.text, parent.start, item.start) for name in ("list_partner", "list_due")):
        return []
    for sibling in siblings[:-1]:
        words = _item_text(doc.text, sibling)
        first = next(iter(find_agencies(doc.text, words[0], words[1])), None) if words else None
        if first is not None and first.start == words[0]:
            return []  # "3.1. Sở Y tế chủ trì …": a step that names its own doer
    return list(siblings[:-1])


def _item_text(text: str, item: Section) -> Optional[Span]:
    """An item's words past its number ("a) Xây dựng, ban hành Quy chế …" → "Xây dựng, ban hành Quy chế …")."""
    number = _HEADING_NUMBER.match(text, item.start, item.end)
    return _trim(text, number.end() if number else item.start, item.end)


def _labels_part(text: str, section: Section, lead: regex.Pattern, partner: regex.Pattern) -> bool:
    """Whether a section is a part that only says who does the theme's tasks: its heading line is a lead or partner
    label, or holds both words ("2. Cơ quan chủ trì, phối hợp")."""
    line = text[section.start:_line_end(text, section.start, section.end)]
    p = _patterns()
    return bool(lead.match(line) or partner.match(line) or (p["lead"].search(line) and p["partner"].search(line)
                                                           and len(line.split()) <= _PART_LABEL_WORDS))


_PART_LABEL_WORDS = 8  # the longest heading of a part that names who leads and who works with them


def find_task_rows(doc: DocumentStructure) -> list[TaskRow]:
    """Every task table row and responsibility-list item of the document."""
    rows = list(_table_rows(doc.text))
    taken = [row.region for row in rows]
    listed: set[Span] = set()  # the regions of list rows: labels of one group share their region
    for row, is_list in [(row, False) for row in _part_rows(doc)] + [(row, True) for row in _list_rows(doc)]:
        if is_list and row.region in listed or not any(s <= row.region[0] < e for s, e in taken):
            rows.append(row)
            taken.append(row.region)
            if is_list:
                listed.add(row.region)
    return sorted(rows, key=lambda r: r.region)


__all__ = ["TaskRow", "cell_label", "cell_runs", "find_task_rows", "pipe_runs"]
