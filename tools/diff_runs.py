"""Compare two runs of ``kehoach extract`` record by record, with the test documents hidden.

Takes: two JSON Lines files written by ``kehoach extract`` (the same documents, two versions of the code) and a
record type. Gives: per document, the records only the first run has (``-``) and only the second has (``+``), and a
count of documents that changed. A document of the gold set's test split or held out from it (``gold/real/split.json``,
``gold/fresh/split.json``: ``test``, ``held_out``) is counted, never printed — rules are written from dev documents
only (gold/real/README.md). Used to review a rule change before it is committed::

    PYTHONPATH=../old/src kehoach extract ../shared/real-plans corpus -o /tmp/old.jsonl -q
    kehoach extract ../shared/real-plans corpus -o /tmp/new.jsonl -q
    python tools/diff_runs.py /tmp/old.jsonl /tmp/new.jsonl assignments

A record is told apart by its span and the fields of its kind that a change may move: an assignment by agency, span,
role, due and partners ("- ('Sở Y tế', 1204) 'tổ chức tập huấn …'").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
SPLITS = (ROOT / "gold" / "real" / "split.json", ROOT / "gold" / "fresh" / "split.json")
HIDDEN_PARTS = ("test", "held_out")

KEYS: dict[str, Callable[[dict], tuple]] = {
    "assignments": lambda r: (r["agency"], r["start"], r["end"], r.get("role"), r.get("due"),
                              tuple(r.get("partners") or ())),
    "targets": lambda r: (r["start"], r["end"], r.get("indicator"), r.get("deadline"), r.get("status"), r.get("unit")),
    "citations": lambda r: (r["start"], r["end"], r.get("number"), r.get("relation"), r.get("issuer")),
    "sections": lambda r: (r["start"], r["kind"]),
}


def hidden_documents(splits: tuple[Path, ...] = SPLITS) -> set[str]:
    """The doc ids of every test and held-out document of the gold splits that exist: the splits list paths under
    the real root ("formal/01bf9d04a5b9e2c8.md"), a run names documents by file stem ("01bf9d04a5b9e2c8")."""
    hidden: set[str] = set()
    for path in splits:
        if path.exists():
            split = json.loads(path.read_text(encoding="utf-8"))
            for part in HIDDEN_PARTS:
                hidden.update(Path(name).stem for name in split.get(part, []) if isinstance(name, str))
    return hidden


def read_run(path: Path) -> dict[str, dict]:
    """A run's documents by doc id."""
    with path.open(encoding="utf-8") as lines:
        return {doc["doc_id"]: doc for doc in map(json.loads, lines) if "doc_id" in doc}


def _flat(record_type: str, doc: dict) -> Iterator[dict]:
    """The records of one type, sections' children included."""
    stack = list(doc.get(record_type) or [])
    while stack:
        record = stack.pop(0)
        yield record
        stack[:0] = record.get("children") or []


def differences(before: dict[str, dict], after: dict[str, dict], record_type: str,
                hidden: set[str]) -> tuple[list[str], int]:
    """The report's lines and how many hidden documents changed."""
    key = KEYS[record_type]
    lines: list[str] = []
    changed_hidden = 0
    for doc_id in sorted(before.keys() & after.keys()):
        old = {key(r): r for r in _flat(record_type, before[doc_id])}
        new = {key(r): r for r in _flat(record_type, after[doc_id])}
        if old.keys() == new.keys():
            continue
        if doc_id in hidden or Path(after[doc_id].get("source") or "").stem in hidden:
            changed_hidden += 1
            continue
        lines.append(f"== {doc_id}")
        for sign, records, others in (("-", old, new), ("+", new, old)):
            for record_key in sorted(records.keys() - others.keys(), key=str):
                words = " ".join(str(records[record_key].get("task") or records[record_key].get("text") or "").split())
                lines.append(f"  {sign} {record_key[:2]} {words[:110]!r}")
    return lines, changed_hidden


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("record_type", choices=sorted(KEYS))
    args = parser.parse_args(argv)
    lines, changed_hidden = differences(read_run(args.before), read_run(args.after), args.record_type,
                                        hidden_documents())
    shown = sum(line.startswith("== ") for line in lines)
    print("\n".join(lines + [f"{shown} documents changed, {changed_hidden} test or held-out documents hidden"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
