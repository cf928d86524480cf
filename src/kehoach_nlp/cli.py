"""The ``kehoach`` command line: parses arguments and calls the library.

Takes: arguments. Gives: files and tables on the terminal. No logic a library
user would miss lives here.

Example::

    $ kehoach extract corpus/ -o out.jsonl
    $ kehoach schema > document.schema.json
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, List, Optional, cast

import typer
from rich.console import Console
from rich.markup import escape

_CONTROL = str.maketrans({code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7f, 0xa0)]
                          if code not in (0x09,)})


def safe(text: object) -> str:
    """Document text made safe for the terminal: control characters (``\\x1b[2J`` …) shown as
    escapes, rich markup (``[/]``, ``[red]``) shown as written, non-UTF-8 names as ``\\xff``."""
    from .outputs import printable_name

    return escape(printable_name(str(text)).translate(_CONTROL))


def _draft_mark() -> str:
    """How a draft is marked, as the documents write it (the first of ``data/header.toml`` [lines] draft)."""
    from .rules import word_list

    return escape(word_list("header.toml", "lines", "draft")[0])


if TYPE_CHECKING:  # pragma: no cover
    from .outputs import OutputFormat
    from .records import Document, Section

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Vietnamese plan documents into typed records.")
console = Console(stderr=True)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"kehoach {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "-V", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Vietnamese plan documents (Kế hoạch) into typed records."""


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    output: Path = typer.Option(Path("out.jsonl"), "-o", "--output",
                                help="Output file (jsonl, '-' for standard output; xlsx) or folder (csv, parquet, --dask)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet (a folder, one table per record type), or xlsx (one workbook, a sheet per record type)."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", help="Worker processes (default: all cores)."),
    resume: bool = typer.Option(False, "--resume", help="Skip documents already in the output, unchanged."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on Dask: a scheduler address, or 'local'."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar or summary."),
    max_seconds: float = typer.Option(60.0, "--max-seconds",
                                      help="Time budget per document; over it the document gets an error line."),
    max_memory_mb: int = typer.Option(2048, "--max-memory-mb",
                                      help="Memory budget per document in a worker (MB; 0: none)."),
    max_chars: int = typer.Option(20 * 1024 * 1024, "--max-chars", help="Longest text read from one document."),
) -> None:
    """Extract every document under PATHS (SPEC §7 records), in parallel."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from .batch import BatchInterrupted, Budget, OutputLocked, run_batch, run_dask
    from .outputs import OutputPathError, check_output
    from .pipeline import iter_input_files

    if fmt not in ("jsonl", "csv", "parquet", "xlsx"):
        console.print(f"[red]Unknown --format {fmt!r}: use jsonl, csv, parquet or xlsx.[/red]")
        raise typer.Exit(2)
    try:
        if dask:
            from .batch import DASK_FORMATS

            if fmt not in DASK_FORMATS or resume:
                run_dask([], output, fmt=fmt, resume=resume)  # raises the reason, before any work
        check_output(output, fmt, resume=resume, folder=True if dask else None)
    except OutputPathError as exc:
        console.print(f"[red]{exc}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    if not any(True for _ in iter_input_files(paths)):
        console.print("[red]No input documents found.[/red]")
        raise typer.Exit(2)
    if dask:
        try:
            count = run_dask(paths, output, scheduler=dask, fmt=fmt, resume=resume)
        except OutputPathError as exc:
            console.print(f"[red]{exc}[/red]", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
        if not quiet:
            parts = "part-*.jsonl" if fmt == "jsonl" else "<table>/part-*.parquet"
            console.print(f"{count} documents → {safe(output)}/{parts} on Dask ({safe(dask)})")
        return
    show = not quiet and console.is_terminal
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                        console=console, disable=not show)
    task = progress.add_task("extract", total=None, rate="")
    started = time.perf_counter()

    def on_document(document: object, done: int) -> None:
        rate = done / max(time.perf_counter() - started, 1e-9)
        progress.update(task, completed=done, rate=f"{rate:.1f} docs/s")

    try:
        with progress:
            summary = run_batch(paths, output, fmt=cast("OutputFormat", fmt), jobs=jobs, resume=resume, on_document=on_document,
                                on_start=lambda total: progress.update(task, total=total),
                                budget=Budget(max_chars=max_chars, max_seconds=max_seconds,
                                              max_memory_mb=max_memory_mb))
    except OutputLocked as exc:
        console.print(f"[red]{safe(exc)}[/red]")
        raise typer.Exit(1)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM/SIGHUP (BatchInterrupted)
        signum = exc.signum if isinstance(exc, BatchInterrupted) else 2
        console.print(f"[yellow]Stopped ({'SIGINT' if signum == 2 else exc}); the documents finished are in "
                      f"{safe(output)}: rerun with --resume to continue.[/yellow]")
        raise typer.Exit(128 + signum)
    except OSError as exc:
        console.print(f"[red]Cannot write {safe(output)}: {safe(exc)}[/red]")
        raise typer.Exit(1)
    if not quiet:
        records = ", ".join(f"{n} {k}" for k, n in summary.records.items())
        console.print(
            f"{summary.documents} documents extracted ({summary.skipped} unchanged, skipped; "
            f"{summary.unreadable} unreadable; {summary.with_errors} with stage errors) → {safe(output)} "
            f"in {summary.seconds:.1f}s ({summary.rate:.1f} docs/s): {records}")
    if summary.documents and summary.documents == summary.unreadable:
        console.print("[red]No document could be read.[/red]")
        raise typer.Exit(1)


@app.command()
def schema(
    markdown: bool = typer.Option(False, "--markdown", help="Print the field reference (docs/records.md) instead."),
) -> None:
    """Print the JSON Schema of one output line (a Document), every field described."""
    if markdown:
        from .schema_doc import records_markdown

        sys.stdout.write(records_markdown())
        return
    from .records import document_json_schema

    sys.stdout.write(json.dumps(document_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def sections(path: Path = typer.Argument(..., help="One document.")) -> None:
    """Print the section tree with kinds and line numbers, to check a segmentation."""
    from rich.tree import Tree

    from .pipeline import process_path
    from .reading import ReadError, read_path

    document = process_path(path)
    try:
        text = read_path(path).text
    except ReadError as exc:
        console.print(f"[red]{safe(path)}: {safe(exc)}[/red]")
        raise typer.Exit(1)
    info = document.info
    period = info.period.model_dump(by_alias=True) if info.period else None
    tree = Tree(f"[bold]{safe(path.name)}[/bold]  "
                f"{safe(' '.join(str(x or '') for x in (info.doc_type, info.number, info.issued_on)))}"
                f"  period={safe(period)}{'  [red]' + _draft_mark() + '[/red]' if info.draft else ''}")

    def add(node: Tree, section: Section) -> None:
        line = text.count("\n", 0, section.start) + 1
        label = " ".join(x for x in (section.number, section.heading) if x) or text[section.start:section.start + 60]
        child = node.add(f"[cyan]{section.kind:<14}[/cyan] l.{line:<4} {safe(label[:90])}")
        for sub in section.children:
            add(child, sub)

    for section in document.sections:
        add(tree, section)
    Console().print(tree)


CORPUS_PATHS_HELP = "Files or folders of documents, or .jsonl outputs of kehoach extract (read, not re-extracted)."


def _corpus_documents(paths: List[Path]) -> "list[Document]":
    """Documents for a corpus command: .jsonl read back, the rest extracted (with a spinner)."""
    from .corpus import load_documents

    extracting = any(p.suffix.lower() != ".jsonl" for p in paths)
    try:
        if extracting and console.is_terminal:
            with console.status("extracting (give a .jsonl from kehoach extract to skip this)…"):
                return list(load_documents(paths))
        return list(load_documents(paths))
    except (OSError, ValueError) as exc:
        console.print(f"[red]{exc}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(2)


def _print_rows(rows: "list[dict[str, Any]]", columns: "tuple[str, ...]", fmt: str, title: str,
                right: "tuple[str, ...]" = ()) -> None:
    from .corpus import rows_as_csv, rows_as_json

    if fmt == "json":
        sys.stdout.write(rows_as_json(rows) + "\n")
    elif fmt == "csv":
        sys.stdout.write(rows_as_csv(rows, columns))
    else:
        from rich.table import Table

        table = Table(title=title)
        for column in columns:
            table.add_column(column, justify="right" if column in right else "left")
        for row in rows:
            table.add_row(*(safe(", ".join(v) if isinstance(v, list) else ("" if v is None else str(v)))
                            for v in (row[c] for c in columns)))  # document text: markup and controls escaped
        Console().print(table)


def _check_table_format(fmt: str) -> None:
    if fmt not in ("table", "csv", "json"):
        console.print(f"[red]Unknown --format {fmt!r}: use table, csv or json.[/red]")
        raise typer.Exit(2)


@app.command()
def citations(
    paths: List[Path] = typer.Argument(..., help=CORPUS_PATHS_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json (on standard output)."),
) -> None:
    """The distinct documents cited across a corpus: how often and where (the same law under one row)."""
    from .corpus import CITATION_COLUMNS, summarize_citations

    _check_table_format(fmt)
    rows = summarize_citations(_corpus_documents(paths))
    _print_rows(rows, CITATION_COLUMNS, fmt, f"{len(rows)} cited documents", right=("count",))


@app.command()
def agencies(
    paths: List[Path] = typer.Argument(..., help=CORPUS_PATHS_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json (on standard output)."),
) -> None:
    """The agencies given tasks across a corpus: how many they lead, support, are responsible for
    (the same body under one row: case and the order of 'các xã, phường' do not count)."""
    from .corpus import AGENCY_COLUMNS, summarize_agencies

    _check_table_format(fmt)
    rows = summarize_agencies(_corpus_documents(paths))
    if fmt == "table":
        rows = [{**row, "documents": str(len(row["documents"]))} for row in rows]
    _print_rows(rows, AGENCY_COLUMNS, fmt, f"{len(rows)} agencies",
                right=("tasks", "lead", "support", "responsible", "requested", "documents"))


@app.command("eval")
def evaluate_command(
    gold: Path = typer.Option(Path("gold"), "--gold", help="Folder of gold/<doc_id>.json files (real gold in gold/real/)."),
    corpus: Optional[List[Path]] = typer.Option(
        None, "--corpus", help="Folder(s) of the seed and synthetic documents (default: corpus/ and synthetic/ "
        "beside --gold; a folder named synthetic feeds the synthetic column)."),
    real_root: Optional[Path] = typer.Option(
        None, "--real-root", help="Folder of the real plans (default: $KEHOACH_REAL_ROOT, else "
        "../shared/real-plans beside the repository). Absent: the real columns are skipped."),
    column: Optional[List[str]] = typer.Option(
        None, "--column", help="Only these columns: seeds, synthetic, real-dev, real-test, fresh-dev, fresh-test "
        "(repeatable)."),
    split: Optional[str] = typer.Option(None, "--split", help="Only the real columns of this split: dev or test."),
    as_json: bool = typer.Option(False, "--json", help="Print every column as JSON (flat metrics prefixed by column)."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the scoreboard as Markdown (for the README)."),
    errors: bool = typer.Option(False, "--errors",
                                help="List every false positive / negative with context (not the test columns)."),
    include_test: bool = typer.Option(False, "--include-test",
                                      help="Also print the test columns' per-record errors and per-document rows."),
    by_rule: bool = typer.Option(False, "--by-rule",
                                 help="With --errors: count wrong records by the rule that made them, worst first."),
    check: bool = typer.Option(False, "--check",
                               help="Exit 1 when the gate fails: a metric below gold/thresholds.json, or nothing measured."),
) -> None:
    """Score the extractors against the hand-labelled gold set (SPEC §9), in six columns:
    seeds, synthetic, real-dev, real-test, fresh-dev, fresh-test."""
    from rich.table import Table

    from .evaluation.columns import COLUMNS, SPLIT_KEYS, evaluate_columns
    from .evaluation.runner import (column_error_lines, errors_by_rule, column_header, columns_json, columns_markdown, gate,
                                    load_column_thresholds, scoreboard_rows)

    wanted = list(column or [])
    if split:
        of_split = [column for column, key in SPLIT_KEYS.items() if key == split]
        if not of_split:
            console.print(f"[red]Unknown --split {split!r}: use dev or test.[/red]")
            raise typer.Exit(2)
        wanted += of_split
    unknown = [c for c in wanted if c not in COLUMNS]
    if unknown:
        console.print(f"[red]Unknown --column {', '.join(unknown)}: use {', '.join(COLUMNS)}.[/red]")
        raise typer.Exit(2)
    evaluation = evaluate_columns(gold, real_root=real_root, corpus_dirs=corpus or None, only=wanted or None)
    thresholds = load_column_thresholds(gold)
    failures, notes = gate(evaluation, thresholds)
    if as_json:
        sys.stdout.write(json.dumps(columns_json(evaluation, thresholds, include_test),
                                    ensure_ascii=False, indent=2) + "\n")
    elif markdown:
        sys.stdout.write(columns_markdown(evaluation, thresholds, include_test) + "\n")
    else:
        shown = [c for c in COLUMNS if c in evaluation.requested]
        table = Table(title=f"kehoach eval — {evaluation.gold_count} gold documents")
        table.add_column("metric")
        for name in shown:
            table.add_column(column_header(evaluation.columns[name], "\n"), justify="right")
        table.add_column("CI minimum\nseeds+syn/dev/test", justify="right")
        for label, values, below, minimums in scoreboard_rows(evaluation, thresholds):
            cells = [("[red]" if low else "") + ("—" if v is None else f"{v:.3f}")
                     for name, v, low in zip(COLUMNS, values, below) if name in shown]
            table.add_row(label, *cells, minimums)
        Console().print(table)
    if errors and by_rule:
        for line in errors_by_rule(evaluation, include_test, only=wanted or None):
            print(line)
    elif errors:
        for line in column_error_lines(evaluation, include_test, only=wanted or None):
            print(line)
    for note in notes:
        console.print(f"[yellow]note:[/yellow] {note}", soft_wrap=True)
    if failures:
        console.print("[red]Gate failed:[/red]\n  " + "\n  ".join(failures), soft_wrap=True)
        nothing_measured = evaluation.gold_count == 0 and not all(evaluation.columns[c].skipped for c in evaluation.requested)
        if check or nothing_measured:
            raise typer.Exit(1)  # no gold found (run outside the repository): an error with or without --check


@app.command("coverage")
def coverage_command(
    root: Optional[Path] = typer.Argument(None, help="Folder of real documents (default: $KEHOACH_REAL_ROOT, "
                                          "else ../shared/real-plans beside the repository)."),
    gold: Path = typer.Option(Path("gold"), "--gold", help="Gold folder whose real/split.json marks the test half."),
    show_test: bool = typer.Option(False, "--show-test",
                                   help="Also show test and held_out documents per document (always in totals)."),
    as_json: bool = typer.Option(False, "--json", help="Rows and totals as JSON."),
    check: bool = typer.Option(False, "--check", help="Exit 1 when a document has stage errors or offset mismatches."),
) -> None:
    """Label-free coverage on real plans: Roman headings, 'Tổ chức thực hiện', citations vs numbered
    references, assignments, targets, errors — per document and in total."""
    from .evaluation.columns import default_real_root, load_split, set_for_root
    from .evaluation.coverage import as_json as coverage_json
    from .evaluation.coverage import coverage, render

    folder = root or default_real_root(gold)
    if not folder.is_dir():
        console.print(f"[red]No folder {folder}: pass ROOT or set $KEHOACH_REAL_ROOT.[/red]", soft_wrap=True)
        raise typer.Exit(2)
    real_set = set_for_root(folder)
    split = load_split(gold, real_set)
    if not split and not show_test:
        console.print(f"[yellow]note:[/yellow] no {gold / real_set.gold_subdir / 'split.json'}: the test half is unknown, "
                      "so no document is shown one by one (--show-test shows all).", soft_wrap=True)
    rows = coverage(folder, split)
    if as_json:
        sys.stdout.write(json.dumps(coverage_json(rows, show_test), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render(rows, show_test) + "\n")
    if check and any(r.errors or r.offset_mismatches for r in rows):
        console.print("[red]Documents with stage errors or offset mismatches (see err / off).[/red]")
        raise typer.Exit(1)


@app.command()
def show(
    path: Path = typer.Argument(..., help="One document."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="HTML file (default: NAME.html in the current folder)."),
) -> None:
    """Write one self-contained HTML page showing every extraction in the document."""
    from .pipeline import process_path
    from .reading import ReadError, read_path
    from .render import render_document

    document = process_path(path)
    try:
        text = read_path(path).text
    except ReadError as exc:
        text = ""
        console.print(f"[yellow]{safe(path)}: {safe(exc)}[/yellow]")
    target = output or Path.cwd() / (path.name + ".html")  # never into the corpus folder unasked
    target.write_text(render_document(document, text), encoding="utf-8")
    console.print(f"{safe(target)}: {len(document.citations)} citations, {len(document.targets)} targets, "
                  f"{len(document.assignments)} assignments")


@app.command()
def report(
    paths: List[Path] = typer.Argument(..., help=CORPUS_PATHS_HELP),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="Output file (default: report.html, or standard output for json)."),
    fmt: str = typer.Option("html", "--format", "-f", help="html (a page with charts) or json (the same figures)."),
) -> None:
    """Write a corpus overview: agencies, cited documents, targets by unit."""
    from .render import corpus_summary, render_report

    if fmt not in ("html", "json"):
        console.print(f"[red]Unknown --format {fmt!r}: use html or json.[/red]")
        raise typer.Exit(2)
    documents = _corpus_documents(paths)
    if fmt == "json":
        text = json.dumps(corpus_summary(documents), ensure_ascii=False, indent=2) + "\n"
        if output is None or str(output) == "-":
            sys.stdout.write(text)
            return
    else:
        text = render_report(documents)
        output = output or Path("report.html")
    output.write_text(text, encoding="utf-8")
    console.print(f"report → {safe(output)}")


def main() -> None:
    app(prog_name="kehoach")


if __name__ == "__main__":
    main()
