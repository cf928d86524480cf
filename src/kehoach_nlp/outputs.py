"""Output writers: Documents → JSON Lines, CSV tables or Parquet tables, atomically.

Takes: :class:`~kehoach_nlp.records.Document` objects one at a time. Gives:

* ``jsonl`` — one JSON line per document (SPEC §7);
* ``csv`` — a folder with ``documents.csv``, ``sections.csv``, ``citations.csv``,
  ``targets.csv``, ``assignments.csv``, ``errors.csv``: UTF-8 with BOM so Excel shows Vietnamese,
  every record with ``doc_id``, offsets and every field of SPEC.md;
* ``parquet`` — the same tables as typed Parquet files (pyarrow; lists, dates, integers);
* ``xlsx`` — one Excel workbook, a sheet per table (pandas + openpyxl, the ``[excel]`` extra).

Everything is written to temporary files beside the target and renamed into
place when the writer closes — also on Ctrl-C, SIGTERM and SIGHUP (every
line/row written is a whole document), never after a crash, so a result is
never half-written. (``kehoach extract`` writes JSON Lines in place instead, see
:mod:`kehoach_nlp.batch`.)

Example::

    >>> import os, tempfile
    >>> from kehoach_nlp import extract_text
    >>> document = extract_text("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;")
    >>> out = os.path.join(tempfile.mkdtemp(), "out")
    >>> with open_table_sink(out, "csv") as sink:
    ...     sink.write(document)
    >>> sorted(os.listdir(out))  # doctest: +NORMALIZE_WHITESPACE
    ['assignments.csv', 'citations.csv', 'documents.csv', 'errors.csv', 'sections.csv',
     'targets.csv']
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Iterator, Literal, Optional

from .records import Document
from .tables import COLUMNS, TABLES, arrow_schema, arrow_tables, arrow_to_frame, document_rows

OutputFormat = Literal["jsonl", "csv", "parquet", "xlsx"]
#: Formats written as a folder of tables (the others are one file).
FOLDER_FORMATS = ("csv", "parquet")
#: Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """OWASP CSV-injection defence: a cell starting with ``= + - @``, tab or CR gets a leading
    single quote, so Excel/LibreOffice show it as text instead of running it as a formula.

    >>> neutralise('=HYPERLINK("http://x")'), neutralise("- Chủ trì tuyên truyền"), neutralise("Sở Y tế")
    ('\\'=HYPERLINK("http://x")', "'- Chủ trì tuyên truyền", 'Sở Y tế')
    """
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def printable_name(value: str) -> str:
    """A file name that is not valid UTF-8 (kept by Python as lone surrogates, ``k\\udcffh``)
    written as visible escapes, ``k\\xffh``, so that text tables can hold it."""
    if not any("\ud800" <= char <= "\udfff" for char in value):
        return value
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def spreadsheet_safe(value: Any) -> Any:
    """One text cell for a spreadsheet (CSV, XLSX): :func:`neutralise` d, and a non-UTF-8 file
    name made visible (:func:`printable_name`); numbers and None are left as they are."""
    if not isinstance(value, str):
        return value
    return neutralise(printable_name(value))


def _cell(value: Any) -> Any:
    """One CSV cell: lists joined with ``; ``, dates ISO, strings neutralised."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, (datetime.date,)):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(printable_name(value))
    return value


class OutputPathError(ValueError):
    """The output path cannot take this format (a folder for a file, a file for a folder, …);
    raised by :func:`check_output` before any document is read."""


#: ``-o -``: JSON Lines on standard output.
STDOUT = "-"


def is_stream(output: str | os.PathLike[str]) -> bool:
    """True for ``-`` and for outputs that are not regular files or folders and must be written
    in place, never replaced by a renamed file: ``/dev/stdout``, ``/dev/null``, a named pipe."""
    if str(output) == STDOUT:
        return True
    path = Path(output)
    if str(path).startswith(("/dev/", "/proc/")):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_output(output: str | os.PathLike[str], fmt: str, *, resume: bool = False,
                 folder: Optional[bool] = None) -> None:
    """Raise :class:`OutputPathError` with a sentence a user can act on when ``output`` cannot
    take ``fmt``: a stream for anything but JSON Lines (or with ``resume``), an existing folder
    for a one-file format (jsonl, xlsx), an existing file for a folder format (csv, parquet).
    ``folder=True`` asks for a folder whatever the format (Dask part files)."""
    path = Path(output)
    if folder is None:
        folder = fmt in FOLDER_FORMATS
    if is_stream(output):
        if fmt != "jsonl" or folder:
            raise OutputPathError(f"-o {output} is a stream: only JSON Lines from a local run can be streamed; "
                                  f"give a {'folder' if folder else 'file'} name")
        if resume:
            raise OutputPathError(f"-o {output}: --resume needs the previous output as a file, not a stream")
        return
    if resume and fmt == "xlsx":
        raise OutputPathError("--resume is not available for --format xlsx (a workbook is rewritten whole); "
                              "resume a jsonl, csv or parquet output")
    if folder:
        if path.exists() and not path.is_dir():
            raise OutputPathError(f"-o {output} is a file, but this run writes a folder "
                                  f"({'part files' if fmt not in FOLDER_FORMATS else 'of tables'}); give a folder name")
    elif path.is_dir():
        raise OutputPathError(f"-o {output} is a folder, but --format {fmt} writes one file; "
                              f"give a file name such as {path / ('out.' + fmt)}")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _temp_beside(target: Path) -> Path:
    """A temporary file in ``target``'s folder with the mode ``target`` will have: the mode of the
    file it replaces, else what the umask allows (``mkstemp`` alone would give 0600)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.is_file() else 0o666 & ~_umask()
        os.fchmod(fd, mode)
    finally:
        os.close(fd)
    return Path(name)


class TableSink:
    """Base: collects temporary files and renames them into place on close."""

    def __init__(self, output: Path, keep_from_previous: Optional[set[str]] = None) -> None:
        self.output = output
        self.keep = keep_from_previous
        self._moves: list[tuple[Path, Path]] = []

    def write(self, document: Document) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def write_item(self, item: Any) -> None:
        """Write a batch item (its ``document``; the JSON Lines sink writes its ready JSON)."""
        self.write(item.document)

    def _finish(self) -> None:
        """Close open handles (subclasses)."""

    def __enter__(self) -> "TableSink":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            self._finish()
            if exc_type is None or issubclass(exc_type, KeyboardInterrupt):  # Ctrl-C, SIGTERM, SIGHUP
                for temp, target in self._moves:
                    os.replace(temp, target)
        finally:
            for temp, _ in self._moves:  # whatever was not renamed into place
                temp.unlink(missing_ok=True)

    @staticmethod
    def previous_hashes(output: Path, fmt: str) -> dict[str, str]:
        """doc_id → content hash from a previous CSV/Parquet run's documents table."""
        rows = list(_read_previous(output, "documents", fmt))
        return {r["doc_id"]: r["content_sha256"] for r in rows
                if r.get("content_sha256") and not _read_failed(r.get("errors"))}


class _LineSink(TableSink):
    """A sink that writes one JSON line per document to ``self._handle`` and flushes it."""

    _handle: IO[str]

    def write(self, document: Document) -> None:
        self._write_line(document.to_json())

    def write_item(self, item: Any) -> None:
        self._write_line(item.json)

    def _write_line(self, line: str) -> None:
        self._handle.write(line + "\n")
        self._handle.flush()


class StreamJsonlSink(_LineSink):
    """JSON Lines written as they come to standard output (``-``) or a device or pipe
    (``/dev/stdout``), in place: a stream cannot be renamed into."""

    def __init__(self, output: Path | str, keep_from_previous: Optional[set[str]] = None) -> None:
        super().__init__(Path(output), keep_from_previous)
        self._own = str(output) != STDOUT
        self._handle: IO[str] = open(output, "w", encoding="utf-8", newline="\n") if self._own else sys.stdout

    def _finish(self) -> None:
        if self._own:
            self._handle.close()


class JsonlSink(_LineSink):
    def __init__(self, output: Path, keep_from_previous: Optional[set[str]] = None) -> None:
        super().__init__(output, keep_from_previous)
        temp = _temp_beside(output)
        self._moves.append((temp, output))
        self._handle = open(temp, "w", encoding="utf-8", newline="\n")
        if self.keep and output.is_file():
            with open(output, encoding="utf-8") as previous:
                for line in previous:
                    try:
                        doc_id = json.loads(line).get("doc_id")
                    except json.JSONDecodeError:
                        continue
                    if doc_id in self.keep:
                        self._handle.write(line if line.endswith("\n") else line + "\n")

    def _finish(self) -> None:
        self._handle.close()


def _read_failed(errors: Any) -> bool:
    if isinstance(errors, str):
        return errors.lstrip("'").startswith("read:")
    return any(str(e).startswith("read:") for e in errors or ())


def _read_previous(folder: Path, table: str, fmt: str) -> Iterator[dict[str, Any]]:
    if fmt == "csv":
        path = folder / f"{table}.csv"
        if path.is_file():
            with open(path, encoding="utf-8-sig", newline="") as handle:
                yield from csv.DictReader(handle)
    elif fmt == "parquet":
        path = folder / f"{table}.parquet"
        if path.is_file():
            import pyarrow.parquet as pq

            yield from pq.read_table(path).to_pylist()


class CsvSink(TableSink):
    """Six CSV tables, UTF-8 with BOM (Excel), streamed row by row; lists joined with ``; ``,
    formula-like cells neutralised (:func:`neutralise`)."""

    def __init__(self, output: Path, keep_from_previous: Optional[set[str]] = None) -> None:
        super().__init__(output, keep_from_previous)
        output.mkdir(parents=True, exist_ok=True)
        self._handles = {}
        self._writers = {}
        for table in TABLES:
            target = output / f"{table}.csv"
            temp = _temp_beside(target)
            self._moves.append((temp, target))
            handle = open(temp, "w", encoding="utf-8-sig", newline="")
            writer = csv.DictWriter(handle, fieldnames=COLUMNS[table], extrasaction="ignore")
            writer.writeheader()
            if self.keep:
                for row in _read_previous(output, table, "csv"):
                    if row.get("doc_id") in self.keep:
                        writer.writerow(row)
            self._handles[table], self._writers[table] = handle, writer

    def write(self, document: Document) -> None:
        for table, rows in document_rows(document).items():
            self._writers[table].writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        for handle in self._handles.values():
            handle.flush()

    def _finish(self) -> None:
        for handle in self._handles.values():
            handle.close()


class ParquetSink(TableSink):
    """Six typed Parquet tables (:func:`~kehoach_nlp.tables.arrow_schema`: lists as lists, dates as
    date32, integers as int64), written in row groups of ``batch`` documents."""

    def __init__(self, output: Path, keep_from_previous: Optional[set[str]] = None, batch: int = 500) -> None:
        import pyarrow.parquet as pq

        super().__init__(output, keep_from_previous)
        output.mkdir(parents=True, exist_ok=True)
        self._batch = batch
        self._pending: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._count = 0
        self._writers = {}
        for table in TABLES:
            target = output / f"{table}.parquet"
            temp = _temp_beside(target)
            self._moves.append((temp, target))
            if self.keep:
                self._pending[table].extend(r for r in _read_previous(output, table, "parquet")
                                            if r.get("doc_id") in self.keep)
            self._writers[table] = pq.ParquetWriter(temp, arrow_schema(table))

    def _flush(self) -> None:
        import pyarrow as pa

        for table, rows in self._pending.items():
            if rows:
                self._writers[table].write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)))
                rows.clear()

    def write(self, document: Document) -> None:
        for table, rows in document_rows(document).items():
            for row in rows:  # Arrow strings are UTF-8: a non-UTF-8 file name becomes visible escapes
                row["doc_id"] = printable_name(row["doc_id"])
                if row.get("source"):
                    row["source"] = printable_name(row["source"])
            self._pending[table].extend(rows)
        self._count += 1
        if self._count % self._batch == 0:
            self._flush()

    def _finish(self) -> None:
        self._flush()
        for writer in self._writers.values():
            writer.close()


#: Excel's limits: rows per sheet (with the header) and characters per cell.
XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_CELL = 32_767


def _xlsx_cell(value: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str):
        value = neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
        if len(value) > XLSX_MAX_CELL:
            value = value[:XLSX_MAX_CELL - 1] + "…"
    return value


def write_xlsx(frames: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write DataFrames (:func:`~kehoach_nlp.tables.to_frames`) as one sheet each: frozen header
    row, auto-filter, column widths from the content (capped), dates as Excel dates
    (``yyyy-mm-dd``), lists joined with ``; ``, formula-like text neutralised (:func:`neutralise`)."""
    import pandas as pd
    from openpyxl.utils import get_column_letter

    for name, frame in frames.items():
        if len(frame) >= XLSX_MAX_ROWS:
            raise ValueError(f"the {name} table has {len(frame)} rows; an Excel sheet holds at most "
                             f"{XLSX_MAX_ROWS - 1}: use --format parquet or csv")
    with pd.ExcelWriter(path, engine="openpyxl", date_format="yyyy-mm-dd", datetime_format="yyyy-mm-dd") as writer:
        for name, frame in frames.items():
            frame = frame.copy()
            for column in frame.columns:
                if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
                    frame[column] = frame[column].map(_xlsx_cell).astype(object)
            frame.to_excel(writer, sheet_name=name, index=False, freeze_panes=(1, 0))
            sheet = writer.sheets[name]
            sheet.auto_filter.ref = sheet.dimensions
            for index, column in enumerate(frame.columns, 1):
                sample = [len(str(column))] + [len(str(v)) for v in frame[column].head(500) if v is not None]
                if pd.api.types.is_datetime64_any_dtype(frame[column]):
                    sample = [len(str(column)), 10]
                sheet.column_dimensions[get_column_letter(index)].width = min(max(sample) + 2, 60)


class XlsxSink(TableSink):
    """One Excel workbook, a sheet per record type (:func:`write_xlsx`), written when the sink
    closes (a workbook cannot be streamed): rows are kept in memory meanwhile."""

    def __init__(self, output: Path, keep_from_previous: Optional[set[str]] = None) -> None:
        super().__init__(output, keep_from_previous)
        try:
            import openpyxl  # noqa: F401
            import pandas  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("--format xlsx needs pandas and openpyxl: pip install 'kehoach_nlp[excel]'") from exc
        temp = _temp_beside(output)
        self._moves.append((temp, output))
        self._documents: list[Document] = []

    def write(self, document: Document) -> None:
        self._documents.append(document)

    def _finish(self) -> None:
        tables = arrow_tables(self._documents)
        write_xlsx({name: arrow_to_frame(table) for name, table in tables.items()}, self._moves[0][0])


def open_table_sink(output: str | os.PathLike[str], fmt: OutputFormat = "jsonl", *,
                    keep_from_previous: Optional[set[str]] = None) -> TableSink:
    """A sink for ``fmt``: a file for ``jsonl`` (``-`` or a device: streamed), a folder for
    ``csv``/``parquet``. Raises :class:`OutputPathError` when ``output`` cannot take ``fmt``."""
    path = Path(output)
    sinks: dict[str, type[TableSink]] = {"jsonl": JsonlSink, "csv": CsvSink, "parquet": ParquetSink,
                                         "xlsx": XlsxSink}
    if fmt not in sinks:
        raise ValueError(f"unknown output format {fmt!r}; use jsonl, csv, parquet or xlsx")
    check_output(output, fmt, resume=bool(keep_from_previous))
    if is_stream(output):
        return StreamJsonlSink(str(output))
    return sinks[fmt](path, keep_from_previous)


class AtomicJsonlWriter(JsonlSink):
    """JSON Lines writer renamed into place on success (kept for library users)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(Path(path))
