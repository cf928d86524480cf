"""Run an evaluation and render it.

Takes: a gold folder and a corpus folder. Gives: a
:class:`~kehoach_nlp.evaluation.scoring.Scoreboard`, rendered as a terminal
table, Markdown (for the README), JSON, or an error list with a line of context;
and the comparison against ``gold/thresholds.json`` (the CI gate).

Example::

    >>> board = evaluate("gold", "corpus")
    >>> board.flat()["citations.overlap.f1"]
    1.0
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from ..pipeline import process_path
from .gold import GoldDocument, find_document, load_gold_dir
from .scoring import Scoreboard, score

#: Rows of the scoreboard: (label, metric name in Scoreboard.flat()).
SCOREBOARD_ROWS: tuple[tuple[str, str], ...] = (
    ("Citations F1 (overlap)", "citations.overlap.f1"),
    ("Citations F1 (strict)", "citations.strict.f1"),
    ("Citation number accuracy", "citations.field.number"),
    ("Citation issued_on accuracy", "citations.field.issued_on"),
    ("Citation issuer accuracy", "citations.field.issuer"),
    ("Citation relation accuracy", "citations.field.relation"),
    ("Targets F1 (overlap)", "targets.overlap.f1"),
    ("Targets F1 (strict)", "targets.strict.f1"),
    ("Target unit accuracy", "targets.field.unit"),
    ("Target comparator accuracy", "targets.field.comparator"),
    ("Target status accuracy", "targets.field.status"),
    ("Target indicator (token F1 ≥ 0.5)", "targets.field.indicator"),
    ("Assignment agency-set F1", "assignments.agency_set.f1"),
    ("Assignment task coverage F1", "assignments.task_coverage.f1"),
    ("Assignment role accuracy", "assignments.field.role"),
    ("Assignment partners accuracy", "assignments.field.partners"),
    ("Assignment mode accuracy", "assignments.field.mode"),
    ("Sections start F1 (formal plans)", "sections.formal.start.f1"),
    ("Section kind accuracy (formal plans)", "sections.formal.kind_accuracy"),
    ("Sections start F1 (headingless reports)", "sections.headingless.start.f1"),
    ("Section kind accuracy (headingless reports)", "sections.headingless.kind_accuracy"),
)


#: Where the gold documents live: the seeds, and the synthetic documents we wrote.
DEFAULT_CORPUS_DIRS = ("corpus", "synthetic")


def evaluate(gold_dir: str | Path = "gold",
             corpus_dirs: str | Path | Sequence[str | Path] = DEFAULT_CORPUS_DIRS
             ) -> tuple[Scoreboard, list[GoldDocument]]:
    """Extract every gold document (found in ``corpus_dirs``) and score it."""
    golds = load_gold_dir(gold_dir, corpus_dirs)
    predictions = []
    for gold in golds:
        path = find_document(corpus_dirs, gold.doc_id)
        if path is not None:
            predictions.append(process_path(path))
    return score(predictions, golds), golds


def check_thresholds(board: Scoreboard, thresholds: dict[str, float]) -> list[str]:
    """Metrics below their minimum, as readable lines (empty when all pass)."""
    flat = board.flat()
    failures = []
    for name, minimum in sorted(thresholds.items()):
        if name.startswith("_"):
            continue
        value = flat.get(name)
        if value is None or value < minimum:
            failures.append(f"{name} = {value} < {minimum}")
    return failures


def load_thresholds(gold_dir: str | Path) -> dict[str, float]:
    """Minimum per metric from ``gold/thresholds.json`` (keys starting with ``_`` are comments)."""
    path = Path(gold_dir) / "thresholds.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def _fmt(value: Any) -> str:
    return "—" if value is None else f"{value:.3f}"


def to_markdown(board: Scoreboard, thresholds: dict[str, float] | None = None) -> str:
    """The scoreboard as a Markdown table (micro figures), then per document."""
    flat = board.flat()
    thresholds = thresholds or {}
    lines = ["| metric | value | CI minimum |", "|---|---:|---:|"]
    for label, name in SCOREBOARD_ROWS:
        minimum = thresholds.get(name)
        lines.append(f"| {label} | {_fmt(flat.get(name))} | {_fmt(minimum) if minimum is not None else ''} |")
    lines += ["", "| document | citations F1 | targets F1 | agency-set F1 | task coverage F1 | section start F1 |",
              "|---|---:|---:|---:|---:|---:|"]
    for doc_id, doc in board.per_document.items():
        sections = doc.get("sections") or {}
        lines.append(
            f"| {doc_id} | {_fmt(doc['citations']['overlap']['f1'])} | {_fmt(doc['targets']['overlap']['f1'])} | "
            f"{_fmt(doc['assignments']['agency_set']['f1'])} | {_fmt(doc['assignments']['task_coverage']['f1'])} | "
            f"{_fmt(sections.get('start', {}).get('f1'))} |")
    return "\n".join(lines)


def error_lines(board: Scoreboard, golds: list[GoldDocument]) -> list[str]:
    """Every false positive / negative / wrong field with its line of context."""
    sources = {g.doc_id: g.source for g in golds}
    out = []
    for m in sorted(board.mistakes, key=lambda m: (m.doc_id, m.record_type, m.start)):
        source = sources.get(m.doc_id, "")
        line_start = source.rfind("\n", 0, m.start) + 1
        line_end = source.find("\n", m.end)
        line_end = len(source) if line_end < 0 else line_end
        line_no = source.count("\n", 0, m.start) + 1
        span = source[m.start:m.end].replace("\n", " ")
        context = source[max(line_start, m.start - 80):min(line_end, m.end + 80)].replace("\n", " ")
        out.append(f"{m.doc_id}:{line_no} {m.record_type} {m.kind} «{span[:100]}» {m.detail}\n    … {context} …")
    return out
