"""Output writers: Documents → JSON Lines, CSV tables or Parquet tables, atomically.

Takes: :class:`~kehoach_nlp.records.Document` objects one at a time. Gives:

* ``jsonl`` — one JSON line per document (SPEC §7);
* ``csv`` — a folder with ``documents.csv``, ``sections.csv``, ``citations.csv``,
  ``targets.csv``, ``assignments.csv``: UTF-8 with BOM so Excel shows Vietnamese,
  every record with ``doc_id``, offsets and every field of SPEC.md;
* ``parquet`` — the same five tables as Parquet files (pyarrow).

Everything is written to temporary files beside the target and renamed into
place when the writer closes — also on Ctrl-C, SIGTERM and SIGHUP (every
line/row written is a whole document), never after a crash, so a result is
never half-written. (``kehoach extract`` writes JSON Lines in place instead, see
:mod:`kehoach_nlp.batch`.)

Example::

    >>> with open_table_sink("out/", "csv") as sink:
    ...     sink.write(document)
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Optional

from .records import Document, Section

OutputFormat = Literal["jsonl", "csv", "parquet"]
TABLES = ("documents", "sections", "citations", "targets", "assignments")

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "source", "doc_type", "number", "issuer", "place", "issued_on", "title",
                  "period_from", "period_to", "draft", "source_encoding", "sections", "citations",
                  "targets", "assignments", "errors", "content_sha256"),
    "sections": ("doc_id", "section_id", "parent_id", "kind", "number", "heading", "level", "start", "end"),
    "citations": ("doc_id", "text", "start", "end", "type", "number", "serial", "year", "sign", "issued_on",
                  "issuer", "title", "relation", "name", "warnings"),
    "targets": ("doc_id", "text", "start", "end", "value", "value_max", "comparator", "unit", "indicator",
                "denominator", "deadline", "status"),
    "assignments": ("doc_id", "text", "start", "end", "task", "agency", "agency_text", "agency_start",
                    "agency_end", "role", "partners", "mode", "due"),
}
_INTEGER = {"start", "end", "level", "year", "deadline", "agency_start", "agency_end", "period_from",
            "period_to", "sections", "citations", "targets", "assignments", "section_id", "parent_id"}
_FLOAT = {"value", "value_max", "denominator"}
_BOOL = {"draft"}


#: What a spreadsheet takes for the start of a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable_name(value: str) -> str:
    """A file name that is not valid UTF-8 (kept by Python as lone surrogates, ``k\\udcffh``)
    written as visible escapes, ``k\\xffh``, so that text tables can hold it."""
    if not any("\ud800" <= char <= "\udfff" for char in value):
        return value
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def spreadsheet_safe(value: Any) -> Any:
    """A cell a spreadsheet will not run: text starting with ``= + - @``, tab or CR gets a leading
    single quote, as OWASP recommends (``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``, and a bullet
    ``- Sở Y tế chủ trì`` → ``'- Sở Y tế chủ trì``); numbers and other text are left as they are.
    For CSV and XLSX writers alike."""
    if not isinstance(value, str):
        return value
    value = printable_name(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def _section_rows(doc_id: str, sections: list[Section]) -> Iterator[dict[str, Any]]:
    counter = 0

    def walk(items: list[Section], parent: Optional[int]) -> Iterator[dict[str, Any]]:
        nonlocal counter
        for section in items:
            counter += 1
            own = counter
            yield {"doc_id": doc_id, "section_id": own, "parent_id": parent, "kind": section.kind,
                   "number": section.number, "heading": section.heading, "level": section.level,
                   "start": section.start, "end": section.end}
            yield from walk(section.children, own)

    yield from walk(sections, None)


def document_rows(document: Document) -> dict[str, list[dict[str, Any]]]:
    """The rows one document contributes to each table."""
    info = document.info
    period = info.period
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [{
            "doc_id": document.doc_id, "source": document.source, "doc_type": info.doc_type,
            "number": info.number, "issuer": info.issuer, "place": info.place, "issued_on": info.issued_on,
            "title": info.title, "period_from": period.from_ if period else None,
            "period_to": period.to if period else None, "draft": info.draft,
            "source_encoding": info.source_encoding, "sections": len(document.sections),
            "citations": len(document.citations), "targets": len(document.targets),
            "assignments": len(document.assignments),
            "errors": _join(f"{e.stage}: {e.message}" for e in document.errors),
            "content_sha256": document.content_sha256,
        }],
        "sections": list(_section_rows(document.doc_id, document.sections)),
    }
    for name in ("citations", "targets", "assignments"):
        table = []
        for record in getattr(document, name):
            row = {"doc_id": document.doc_id, **record.model_dump()}
            for key in ("warnings", "partners"):
                if key in row:
                    row[key] = _join(row[key])
            table.append({column: row.get(column) for column in COLUMNS[name]})
        rows[name] = table
    return rows


def _temp_beside(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
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

    def __exit__(self, exc_type, exc, tb) -> None:
        self._finish()
        if exc_type is None or issubclass(exc_type, KeyboardInterrupt):  # Ctrl-C, SIGTERM, SIGHUP
            for temp, target in self._moves:
                os.replace(temp, target)
        else:
            for temp, _ in self._moves:
                temp.unlink(missing_ok=True)

    @staticmethod
    def previous_hashes(output: Path, fmt: str) -> dict[str, str]:
        """doc_id → content hash from a previous CSV/Parquet run's documents table."""
        rows = list(_read_previous(output, "documents", fmt))
        return {r["doc_id"]: r["content_sha256"] for r in rows
                if r.get("content_sha256") and not str(r.get("errors") or "").startswith("read:")}


class JsonlSink(TableSink):
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

    def write(self, document: Document) -> None:
        self._write_line(document.to_json())

    def write_item(self, item: Any) -> None:
        self._write_line(item.json)

    def _write_line(self, line: str) -> None:
        self._handle.write(line + "\n")
        self._handle.flush()

    def _finish(self) -> None:
        self._handle.close()


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
    """Five CSV tables, UTF-8 with BOM (Excel), streamed row by row."""

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
            self._writers[table].writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)
        for handle in self._handles.values():
            handle.flush()

    def _finish(self) -> None:
        for handle in self._handles.values():
            handle.close()


def _arrow_schema(table: str):
    import pyarrow as pa

    def type_of(column: str):
        if column in _INTEGER:
            return pa.int64()
        if column in _FLOAT:
            return pa.float64()
        if column in _BOOL:
            return pa.bool_()
        return pa.string()

    return pa.schema([(c, type_of(c)) for c in COLUMNS[table]])


class ParquetSink(TableSink):
    """Five Parquet tables, written in row groups of ``batch`` documents."""

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
            self._writers[table] = pq.ParquetWriter(temp, _arrow_schema(table))

    def _flush(self) -> None:
        import pyarrow as pa

        for table, rows in self._pending.items():
            if rows:
                self._writers[table].write_table(pa.Table.from_pylist(rows, schema=_arrow_schema(table)))
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


def open_table_sink(output: str | os.PathLike, fmt: OutputFormat = "jsonl", *,
                    keep_from_previous: Optional[set[str]] = None) -> TableSink:
    """A sink for ``fmt``: a file for ``jsonl``, a folder for ``csv``/``parquet``."""
    path = Path(output)
    sinks = {"jsonl": JsonlSink, "csv": CsvSink, "parquet": ParquetSink}
    if fmt not in sinks:
        raise ValueError(f"unknown output format {fmt!r}; use jsonl, csv or parquet")
    return sinks[fmt](path, keep_from_previous)


class AtomicJsonlWriter(JsonlSink):
    """JSON Lines writer renamed into place on success (kept for library users)."""

    def __init__(self, path: str | os.PathLike) -> None:
        super().__init__(Path(path))
