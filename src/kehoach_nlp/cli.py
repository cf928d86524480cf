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
from typing import List, Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Vietnamese plan documents (Kế hoạch) into typed records.")
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
) -> None:
    """Extract every document under PATHS (SPEC §7 records), in parallel."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from .batch import run_batch, run_dask
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
            console.print(f"{count} documents → {output}/{parts} on Dask ({dask})")
        return
    show = not quiet and console.is_terminal
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                        console=console, disable=not show)
    task = progress.add_task("extract", total=None, rate="")
    started = time.perf_counter()

    def on_document(document, done: int) -> None:
        rate = done / max(time.perf_counter() - started, 1e-9)
        progress.update(task, completed=done, rate=f"{rate:.1f} docs/s")

    try:
        with progress:
            summary = run_batch(paths, output, fmt=fmt, jobs=jobs, resume=resume, on_document=on_document,
                                on_start=lambda total: progress.update(task, total=total))
    except OSError as exc:
        console.print(f"[red]Cannot write {output}: {exc}[/red]")
        raise typer.Exit(1)
    if not quiet:
        records = ", ".join(f"{n} {k}" for k, n in summary.records.items())
        console.print(
            f"{summary.documents} documents extracted ({summary.skipped} unchanged, skipped; "
            f"{summary.unreadable} unreadable; {summary.with_errors} with stage errors) → {output} "
            f"in {summary.seconds:.1f}s ({summary.rate:.1f} docs/s): {records}")
    if summary.documents and summary.documents == summary.unreadable:
        console.print("[red]No document could be read.[/red]")
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line (a Document)."""
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
        console.print(f"[red]{path}: {exc}[/red]")
        raise typer.Exit(1)
    info = document.info
    tree = Tree(f"[bold]{path.name}[/bold]  {info.doc_type or ''} {info.number or ''} {info.issued_on or ''}"
                f"  period={info.period.model_dump(by_alias=True) if info.period else None}"
                f"{'  [red]DỰ THẢO[/red]' if info.draft else ''}")

    def add(node, section) -> None:
        line = text.count("\n", 0, section.start) + 1
        label = " ".join(x for x in (section.number, section.heading) if x) or text[section.start:section.start + 60]
        child = node.add(f"[cyan]{section.kind:<14}[/cyan] l.{line:<4} {label[:90]}")
        for sub in section.children:
            add(child, sub)

    for section in document.sections:
        add(tree, section)
    Console().print(tree)


CORPUS_PATHS_HELP = "Files or folders of documents, or .jsonl outputs of kehoach extract (read, not re-extracted)."


def _corpus_documents(paths: List[Path]) -> list:
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


def _print_rows(rows: list, columns: tuple, fmt: str, title: str, right: tuple = ()) -> None:
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
            table.add_row(*(", ".join(v) if isinstance(v, list) else ("" if v is None else str(v))
                            for v in (row[c] for c in columns)))
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
    gold: Path = typer.Option(Path("gold"), "--gold", help="Folder of gold/<doc_id>.json files."),
    corpus: Optional[List[Path]] = typer.Option(None, "--corpus",
                                                help="Folder(s) of the documents (default: corpus/ and synthetic/)."),
    as_json: bool = typer.Option(False, "--json", help="Print the full scoreboard as JSON."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the scoreboard as Markdown (for the README)."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive / negative with context."),
    check: bool = typer.Option(False, "--check", help="Exit 1 when a metric is below gold/thresholds.json."),
) -> None:
    """Score the extractors against the hand-labelled gold set (SPEC §9)."""
    from rich.table import Table

    from .evaluation.runner import (DEFAULT_CORPUS_DIRS, SCOREBOARD_ROWS, check_thresholds, error_lines,
                                    evaluate, load_thresholds, to_markdown)

    board, golds = evaluate(gold, corpus or DEFAULT_CORPUS_DIRS)
    thresholds = load_thresholds(gold)
    if as_json:
        sys.stdout.write(json.dumps({"micro": board.micro, "per_document": board.per_document,
                                     "flat": board.flat()}, ensure_ascii=False, indent=2) + "\n")
    elif markdown:
        sys.stdout.write(to_markdown(board, thresholds) + "\n")
    else:
        flat = board.flat()
        table = Table(title=f"kehoach eval — {len(golds)} gold documents")
        for column in ("metric", "value", "CI minimum"):
            table.add_column(column, justify="left" if column == "metric" else "right")
        for label, name in SCOREBOARD_ROWS:
            value, minimum = flat.get(name), thresholds.get(name)
            style = "red" if minimum is not None and (value is None or value < minimum) else ""
            table.add_row(label, "—" if value is None else f"{value:.3f}",
                          "" if minimum is None else f"{minimum:.2f}", style=style)
        Console().print(table)
    if errors:
        for line in error_lines(board, golds):
            print(line)
    failures = check_thresholds(board, thresholds)
    if failures:
        console.print("[red]Below gold/thresholds.json:[/red]\n  " + "\n  ".join(failures))
        if check:
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
        console.print(f"[yellow]{path}: {exc}[/yellow]")
    target = output or Path.cwd() / (path.name + ".html")  # never into the corpus folder unasked
    target.write_text(render_document(document, text), encoding="utf-8")
    console.print(f"{target}: {len(document.citations)} citations, {len(document.targets)} targets, "
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
    console.print(f"report → {output}")


def main() -> None:
    app(prog_name="kehoach")


if __name__ == "__main__":
    main()
