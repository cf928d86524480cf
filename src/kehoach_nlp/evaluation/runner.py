"""Run an evaluation and render it.

Takes: a gold folder and a corpus folder. Gives: a
:class:`~kehoach_nlp.evaluation.scoring.Scoreboard`, rendered as a terminal
table, Markdown (for the README), JSON, or an error list with a line of context;
and the comparison against ``gold/thresholds.json`` (the CI gate).

Example::

    >>> board = evaluate("gold", "corpus")  # doctest: +SKIP
    >>> board.flat()["citations.overlap.f1"]  # doctest: +SKIP
    1.0
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional, Sequence

from ..pipeline import process_path
from .columns import COLUMNS, COMBINED, REAL_COLUMNS, TEST_COLUMNS, Column, Evaluation
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


def load_column_thresholds(gold_dir: str | Path) -> dict[str, dict[str, float]]:
    """Minimum per metric and column from ``gold/thresholds.json``.

    The file maps a column (``seeds+synthetic``, ``real-dev``, ``real-test``, or any
    of :data:`~kehoach_nlp.evaluation.columns.COLUMNS`) to ``{metric: minimum}``.
    Keys starting with ``_`` are comments (``_goals`` holds the issue's targets,
    which do not gate). A flat ``{metric: minimum}`` at the top level — the format
    before the real columns — counts for ``seeds+synthetic``.
    """
    path = Path(gold_dir) / "thresholds.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    out: dict[str, dict[str, float]] = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict):
            out[key] = {k: float(v) for k, v in value.items() if not k.startswith("_")}
        else:
            out.setdefault(COMBINED, {})[key] = float(value)
    return out


def load_thresholds(gold_dir: str | Path) -> dict[str, float]:
    """Minimum per metric of the ``seeds+synthetic`` column (see :func:`load_column_thresholds`)."""
    return load_column_thresholds(gold_dir).get(COMBINED, {})


def metric_support(column: Column, metric: str) -> int:
    """How many gold records stand behind ``metric`` in ``column`` (0: it measures nothing).

    Citations, targets, assignments: the gold records of that type (for a field
    accuracy such as ``targets.field.unit``, those that carry the field); sections
    of a category (``sections.formal.…``): the gold section starts of that
    category; document info: the documents whose gold sets the field.
    """
    parts = metric.split(".")
    if parts[0] in ("citations", "targets", "assignments"):
        records = [r for g in column.golds for r in g.records.get(parts[0], [])]
        if len(parts) == 3 and parts[1] == "field":
            return sum(1 for r in records if parts[2] in r.fields)
        return len(records)
    if parts[0] == "sections" and len(parts) > 1:
        start = column.board.micro.get("sections", {}).get(parts[1], {}).get("start", {})
        return int(start.get("tp", 0)) + int(start.get("fn", 0))
    if parts[0] == "info":
        return sum(1 for g in column.golds if parts[-1] in g.info)
    return len(column.golds)


def gate(evaluation: Evaluation, thresholds: dict[str, dict[str, float]]) -> tuple[list[str], list[str]]:
    """The CI gate: (failures, notes), one line each; the gate passes when failures is empty.

    It fails when it measures nothing — no gold documents at all, no thresholds, a
    gold document whose text is missing, a threshold on a column or metric with no
    gold records behind it — and when a metric is below its minimum. Real columns
    skipped because the real root is absent are a note, not a failure.
    """
    failures: list[str] = []
    notes: list[str] = []
    all_skipped = all(evaluation.columns[c].skipped for c in evaluation.requested)
    if evaluation.gold_count == 0 and not evaluation.problems and not all_skipped:
        failures.append(f"no gold documents found under {evaluation.gold_dir.absolute()} "
                        "(run from the repository root or pass --gold): nothing was measured")
    failures += evaluation.problems
    if not thresholds:
        failures.append(f"no thresholds in {evaluation.gold_dir / 'thresholds.json'}: the gate would check nothing")
    requested = set(evaluation.requested) | ({COMBINED} if {"seeds", "synthetic"} <= set(evaluation.requested)
                                             else set())
    for column_name, minimums in sorted(thresholds.items()):
        if column_name in evaluation.columns and column_name not in requested:
            continue
        column = evaluation.columns.get(column_name)
        if column is None:
            failures.append(f"{column_name}: unknown column in thresholds.json "
                            f"(known: {', '.join((*COLUMNS, COMBINED))})")
            continue
        if column.skipped:
            notes.append(f"{column_name}: {len(minimums)} thresholds not checked (column skipped)")
            continue
        if not column.golds:
            failures.append(f"{column_name}: {len(minimums)} thresholds but no gold documents in the column")
            continue
        flat = column.board.flat()
        for metric, minimum in sorted(minimums.items()):
            if metric_support(column, metric) == 0:
                failures.append(f"{column_name}.{metric}: no gold records behind it ({len(column.golds)} documents)")
                continue
            value = flat.get(metric)
            if value is None:
                failures.append(f"{column_name}.{metric} = — (no prediction matched a gold record) < {minimum}")
            elif value < minimum:
                failures.append(f"{column_name}.{metric} = {value} < {minimum}")
    seen = set()
    for name in REAL_COLUMNS:
        skipped = evaluation.columns[name].skipped
        if skipped and skipped not in seen:
            seen.add(skipped)
            notes.append(skipped)
    return failures, notes


def _document_row(labels: list[str], doc: dict[str, Any]) -> str:
    """One Markdown row of per-document figures after its label cells (doc_id, column)."""
    sections = doc.get("sections") or {}
    figures = (doc["citations"]["overlap"]["f1"], doc["targets"]["overlap"]["f1"],
               doc["assignments"]["agency_set"]["f1"], doc["assignments"]["task_coverage"]["f1"],
               sections.get("start", {}).get("f1"))
    return "| " + " | ".join([*labels, *(_fmt(f) for f in figures)]) + " |"


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
        lines.append(_document_row([doc_id], doc))
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


# --- the columns ----------------------------------------------------------------------

def column_value(column: Column, metric: str) -> Optional[float]:
    """A column's figure, or None when it is not measured or nothing stands behind it."""
    if not column.measured or not column.golds or metric_support(column, metric) == 0:
        return None
    return column.board.flat().get(metric)


#: The columns whose CI minimums the scoreboard's last cell shows.
MINIMUM_COLUMNS = (COMBINED, "real-dev", "real-test")


def _minimums(thresholds: dict[str, dict[str, float]], metric: str) -> str:
    """``0.98 / 0.30 / 0.20``: the minimum for seeds+synthetic / real-dev / real-test."""
    cells = [thresholds.get(c, {}).get(metric) for c in MINIMUM_COLUMNS]
    if all(v is None for v in cells):
        return ""
    return " / ".join("–" if v is None else f"{v:.2f}" for v in cells)


def column_header(column: Column, sep: str = " ") -> str:
    """``real-dev (3 of 8 docs)``, ``seeds (5 docs)`` or ``real-dev (skipped)``."""
    if not column.measured:
        return f"{column.name}{sep}(skipped)"
    of = f" of {len(column.golds) + len(column.unlabelled)}" if column.unlabelled else ""
    return f"{column.name}{sep}({len(column.golds)}{of} docs)"


def scoreboard_rows(evaluation: Evaluation, thresholds: dict[str, dict[str, float]]
                    ) -> list[tuple[str, list[Optional[float]], list[bool], str]]:
    """(label, value per column, below-minimum flag per column, minimums cell) per metric row."""
    rows = []
    for label, metric in SCOREBOARD_ROWS:
        values, below = [], []
        for name in COLUMNS:
            column = evaluation.columns[name]
            value = column_value(column, metric)
            gate_column = COMBINED if name in ("seeds", "synthetic") else name
            minimum = thresholds.get(gate_column, {}).get(metric)
            values.append(value)
            below.append(name in REAL_COLUMNS and minimum is not None and value is not None and value < minimum)
        rows.append((label, values, below, _minimums(thresholds, metric)))
    return rows


def columns_markdown(evaluation: Evaluation, thresholds: dict[str, dict[str, float]],
                     include_test: bool = False) -> str:
    """The scoreboard, one column per gold group, as Markdown (for the README), then per document.

    Per-document rows of real-test are left out unless ``include_test``: the test
    half is scored as a whole only.
    """
    headers = [column_header(evaluation.columns[c]) for c in COLUMNS]
    lines = ["| metric | " + " | ".join(headers) + " | CI minimum (seeds+synthetic / real-dev / real-test) |",
             "|---|" + "---:|" * len(COLUMNS) + "---:|"]
    for label, values, _, minimums in scoreboard_rows(evaluation, thresholds):
        lines.append(f"| {label} | " + " | ".join(_fmt(v) for v in values) + f" | {minimums} |")
    notes = list(dict.fromkeys(evaluation.columns[c].skipped for c in REAL_COLUMNS if evaluation.columns[c].skipped))
    if notes:
        lines += [""] + [f"_{note}_" for note in notes]
    lines += ["", "| document | column | citations F1 | targets F1 | agency-set F1 | task coverage F1 | section start F1 |",
              "|---|---|---:|---:|---:|---:|---:|"]
    for name in COLUMNS:
        if name in TEST_COLUMNS and not include_test:
            continue
        for doc_id, doc in evaluation.columns[name].board.per_document.items():
            lines.append(_document_row([doc_id, name], doc))
    return "\n".join(lines)


def columns_json(evaluation: Evaluation, thresholds: dict[str, dict[str, float]],
                 include_test: bool = False) -> dict[str, Any]:
    """The evaluation as JSON: per column its documents, micro figures and flat metrics;
    ``flat`` with every metric prefixed by its column (``real-dev.citations.overlap.f1``);
    the gate's failures and notes. ``micro`` at the top level is the seeds+synthetic
    column, as before the real columns existed."""
    failures, notes = gate(evaluation, thresholds)
    columns: dict[str, Any] = {}
    flat: dict[str, float] = {}
    for name in (*COLUMNS, COMBINED):
        column = evaluation.columns[name]
        column_flat = {k: v for k, v in column.board.flat().items()
                       if column.golds and metric_support(column, k) > 0} if column.measured else {}
        flat.update({f"{name}.{k}": v for k, v in column_flat.items()})
        show_docs = name not in TEST_COLUMNS or include_test
        columns[name] = {
            "documents": [g.doc_id for g in column.golds],
            "skipped": column.skipped,
            "unlabelled": column.unlabelled,
            "micro": column.board.micro if column.measured else None,
            "per_document": column.board.per_document if show_docs else None,
            "flat": column_flat,
            "thresholds": thresholds.get(name, {}),
        }
    return {"columns": columns, "flat": flat, "micro": evaluation.columns[COMBINED].board.micro,
            "gate": {"passed": not failures, "failures": failures, "notes": notes}}


def column_error_lines(evaluation: Evaluation, include_test: bool = False,
                       only: Optional[list[str]] = None) -> list[str]:
    """``--errors``: per-record errors of seeds, synthetic and real-dev, each under a
    ``# column`` line. Real-test errors only with ``include_test``; without it, one
    line saying why they are not printed."""
    out: list[str] = []
    for name in COLUMNS:
        if only and name not in only:
            continue
        column = evaluation.columns[name]
        if name in TEST_COLUMNS and not include_test:
            if column.golds:
                out.append(f"# {name}: {len(column.board.mistakes)} errors not printed — the test half is scored "
                           "only, nobody reads its errors while writing rules (gold/real/README.md); "
                           "--include-test prints them")
            continue
        if not column.measured:
            out.append(f"# {name}: skipped — {column.skipped}")
            continue
        out.append(f"# {name}: {len(column.board.mistakes)} errors in {len(column.golds)} documents")
        out += error_lines(column.board, column.golds)
    return out


def errors_by_rule(evaluation: Evaluation, include_test: bool = False,
                   only: Optional[list[str]] = None) -> list[str]:
    """``--errors --by-rule``: per column, the rules that made wrong records (false positives and
    wrong fields), worst first, so that the rule to fix is one command away; missed gold records
    have no rule and are counted apart. Real-test only with ``include_test``."""
    out: list[str] = []
    for name in COLUMNS:
        if only and name not in only:
            continue
        column = evaluation.columns[name]
        if (name in TEST_COLUMNS and not include_test) or not column.measured:
            continue
        counts: dict[tuple[str, str], list[int]] = {}
        missed = 0
        for mistake in column.board.mistakes:
            if mistake.kind == "FN":
                missed += 1
                continue
            if mistake.record_type not in ("citations", "targets", "assignments"):
                continue
            row = counts.setdefault((mistake.record_type, mistake.rule or "(no rule)"), [0, 0])
            row[0 if mistake.kind == "FP" else 1] += 1
        out.append(f"# {name}: errors by rule (false positives, wrong fields); {missed} gold records missed")
        for (record_type, rule), (fp, field) in sorted(counts.items(), key=lambda kv: -sum(kv[1])):
            out.append(f"{fp + field:5d}  {rule:32s} {record_type:12s} FP {fp:4d}  wrong fields {field:4d}")
    return out
