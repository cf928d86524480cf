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
from rich.markup import escape

_CONTROL = str.maketrans({code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7f, 0xa0)]
                          if code not in (0x09,)})


def safe(text: object) -> str:
    """Document text made safe for the terminal: control characters (``\\x1b[2J`` …) shown as
    escapes, rich markup (``[/]``, ``[red]``) shown as written, non-UTF-8 names as ``\\xff``."""
    from .outputs import printable_name

    return escape(printable_name(str(text)).translate(_CONTROL))


app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Vietnamese plan documents (Kế hoạch) into typed records.")
console = Console(stderr=True)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    output: Path = typer.Option(Path("out.jsonl"), "-o", "--output",
                                help="Output file (jsonl) or folder (csv, parquet, --dask)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv (one table per record type) or parquet."),
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
    from .pipeline import iter_input_files

    if not any(True for _ in iter_input_files(paths)):
        console.print("[red]No input documents found.[/red]")
        raise typer.Exit(2)
    if fmt not in ("jsonl", "csv", "parquet"):
        console.print(f"[red]Unknown --format {safe(repr(fmt))}: use jsonl, csv or parquet.[/red]")
        raise typer.Exit(2)
    if dask:
        count = run_dask(paths, output, scheduler=dask)
        if not quiet:
            console.print(f"{count} documents → {safe(output)}/part-*.jsonl on Dask ({safe(dask)})")
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
        console.print(f"[red]{safe(path)}: {safe(exc)}[/red]")
        raise typer.Exit(1)
    info = document.info
    period = info.period.model_dump(by_alias=True) if info.period else None
    tree = Tree(f"[bold]{safe(path.name)}[/bold]  "
                f"{safe(' '.join(str(x or '') for x in (info.doc_type, info.number, info.issued_on)))}"
                f"  period={safe(period)}{'  [red]DỰ THẢO[/red]' if info.draft else ''}")

    def add(node, section) -> None:
        line = text.count("\n", 0, section.start) + 1
        label = " ".join(x for x in (section.number, section.heading) if x) or text[section.start:section.start + 60]
        child = node.add(f"[cyan]{section.kind:<14}[/cyan] l.{line:<4} {safe(label[:90])}")
        for sub in section.children:
            add(child, sub)

    for section in document.sections:
        add(tree, section)
    Console().print(tree)


@app.command()
def citations(paths: List[Path] = typer.Argument(..., help="Files or folders.")) -> None:
    """Table of the distinct documents cited across a corpus: how often and where."""
    from rich.table import Table

    from .citations import summarize_citations
    from .pipeline import extract_many

    rows = summarize_citations(extract_many(paths))
    table = Table(title=f"{len(rows)} cited documents")
    for column in ("document", "type", "issuer", "issued on", "times", "cited in"):
        table.add_column(column, justify="right" if column == "times" else "left")
    for row in rows:
        table.add_row(safe(row["document"]), safe(row["type"]), safe(row["issuer"] or ""),
                      safe(row["issued_on"] or ""), str(row["count"]), safe(", ".join(row["cited_in"])))
    Console().print(table)


@app.command()
def agencies(paths: List[Path] = typer.Argument(..., help="Files or folders.")) -> None:
    """Table of the agencies given tasks across a corpus: how many they lead, support, are responsible for."""
    from rich.table import Table

    from .assignments import summarize_agencies
    from .pipeline import extract_many

    rows = summarize_agencies(extract_many(paths))
    table = Table(title=f"{len(rows)} agencies")
    for column in ("agency", "tasks", "lead", "support", "responsible", "requested", "documents"):
        table.add_column(column, justify="left" if column in ("agency", "documents") else "right")
    for row in rows:
        table.add_row(safe(row["agency"]), *(str(row[k]) for k in ("tasks", "lead", "support", "responsible", "requested")),
                      str(len(row["documents"])))
    Console().print(table)


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
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="HTML file (default: PATH.html)."),
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
    target = output or path.with_suffix(path.suffix + ".html")
    target.write_text(render_document(document, text), encoding="utf-8")
    console.print(f"{safe(target)}: {len(document.citations)} citations, {len(document.targets)} targets, "
                  f"{len(document.assignments)} assignments")


@app.command()
def report(
    paths: List[Path] = typer.Argument(..., help="Files or folders."),
    output: Path = typer.Option(Path("report.html"), "-o", "--output", help="HTML file."),
) -> None:
    """Write a corpus overview page: agencies, cited documents, targets by unit."""
    from .pipeline import extract_many
    from .render import render_report

    output.write_text(render_report(extract_many(paths)), encoding="utf-8")
    console.print(f"report → {safe(output)}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
