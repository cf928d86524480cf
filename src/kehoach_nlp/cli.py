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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
