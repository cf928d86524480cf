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


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    output: Path = typer.Option(Path("out.jsonl"), "-o", "--output", help="Output JSON Lines file."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar or summary."),
) -> None:
    """Extract every document under PATHS into one JSON line each (SPEC §7)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .outputs import AtomicJsonlWriter
    from .pipeline import iter_input_files, process_path

    files = list(iter_input_files(paths))
    if not files:
        console.print("[red]No input documents found.[/red]")
        raise typer.Exit(2)
    counts = {"documents": 0, "failed": 0, "sections": 0, "citations": 0, "targets": 0, "assignments": 0}
    started = time.perf_counter()
    show = not quiet and console.is_terminal
    try:
        with AtomicJsonlWriter(output) as writer, Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
            console=console, disable=not show,
        ) as progress:
            task = progress.add_task("extract", total=len(files), rate="")
            for path in files:
                document = process_path(path)
                writer.write(document)
                counts["documents"] += 1
                if any(e.stage == "read" for e in document.errors):
                    counts["failed"] += 1
                for key in ("sections", "citations", "targets", "assignments"):
                    counts[key] += len(getattr(document, key))
                elapsed = time.perf_counter() - started
                progress.update(task, advance=1, rate=f"{counts['documents'] / max(elapsed, 1e-9):.1f} docs/s")
    except OSError as exc:
        console.print(f"[red]Cannot write {output}: {exc}[/red]")
        raise typer.Exit(1)
    elapsed = time.perf_counter() - started
    if not quiet:
        console.print(
            f"{counts['documents']} documents ({counts['failed']} unreadable) → {output} in {elapsed:.1f}s: "
            f"{counts['sections']} sections, {counts['citations']} citations, "
            f"{counts['targets']} targets, {counts['assignments']} assignments"
        )
    if counts["documents"] == counts["failed"]:
        console.print("[red]No document could be read.[/red]")
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line (a Document)."""
    from .records import document_json_schema

    sys.stdout.write(json.dumps(document_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command("eval")
def evaluate_command(
    gold: Path = typer.Option(Path("gold"), "--gold", help="Folder of gold/<doc_id>.json files."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Folder of the documents."),
    as_json: bool = typer.Option(False, "--json", help="Print the full scoreboard as JSON."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the scoreboard as Markdown (for the README)."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive / negative with context."),
    check: bool = typer.Option(False, "--check", help="Exit 1 when a metric is below gold/thresholds.json."),
) -> None:
    """Score the extractors against the hand-labelled gold set (SPEC §9)."""
    from rich.table import Table

    from .evaluation.runner import (SCOREBOARD_ROWS, check_thresholds, error_lines, evaluate,
                                    load_thresholds, to_markdown)

    board, golds = evaluate(gold, corpus)
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
