"""`kehoach eval --errors --by-rule` (issue #18): wrong records counted by the rule that made them."""

from __future__ import annotations

from pathlib import Path

from kehoach_nlp.evaluation.columns import evaluate_columns
from kehoach_nlp.evaluation.runner import errors_by_rule

ROOT = Path(__file__).resolve().parents[1]


def test_errors_are_grouped_by_rule_worst_first() -> None:
    evaluation = evaluate_columns(ROOT / "gold", real_root=ROOT / "no-such-folder")
    lines = errors_by_rule(evaluation, only=["seeds"])
    assert lines[0].startswith("# seeds: errors by rule")
    rows = [line.split() for line in lines[1:]]
    assert rows, "the seeds have some wrong records"
    totals = [int(row[0]) for row in rows]
    assert totals == sorted(totals, reverse=True)
    assert all(row[1].split(".")[0] in ("citations", "targets", "assignments") for row in rows)
