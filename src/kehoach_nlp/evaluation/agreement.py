"""Agreement between two independent annotation passes of the gold set.

Takes: two folders of gold files (``gold/passes/a``, ``gold/passes/b``) and the
corpus folders. Gives: the scoreboard of pass A read as predictions against
pass B as reference — F1 per record type is then the inter-annotator
agreement (symmetric for F1).

Real plans: pass files that name a ``source`` (``"formal/8e9a425dd83e56b3.md"``)
are resolved against the real root, outside the repository (``--real-root``,
default ``$KEHOACH_REAL_ROOT``, else ``../shared/real-plans`` beside the
repository). Disagreements on test-split documents are printed only with
``--include-test``.

Usage::

    python -m kehoach_nlp.evaluation.agreement gold/passes/a gold/passes/b [--errors]
    python -m kehoach_nlp.evaluation.agreement gold/real/passes/a gold/real/passes/b [--real-root DIR] [--errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional, TypeVar

from pydantic import BaseModel, ValidationError

from ..records import Assignment, Citation, Document, DocumentInfo, Period, Section, Target
from .gold import GoldDocument, load_gold_dir
from .runner import DEFAULT_CORPUS_DIRS
from .scoring import Scoreboard, score

R = TypeVar("R", bound=BaseModel)

_FIELDS = {
    "citations": set(Citation.model_fields) - {"text", "start", "end"},
    "targets": set(Target.model_fields) - {"text", "start", "end"},
    "assignments": set(Assignment.model_fields) - {"text", "start", "end", "agency_start", "agency_end",
                                                   "agency_text", "task"},
}


def _build(cls: type[R], **data: Any) -> R:
    """A record from pass data; a value outside the record's vocabulary (a pass may use a
    citation type the SPEC lacks, e.g. ``submission``) is kept as is, unvalidated, so the
    two passes are still compared on it."""
    try:
        return cls(**data)
    except ValidationError:
        return cls.model_construct(**data)


def as_document(gold: GoldDocument) -> Document:
    """A gold document's records as a prediction (for agreement between passes)."""
    def fields(record, kind: str) -> dict[str, Any]:
        return {k: v for k, v in record.fields.items() if k in _FIELDS[kind]}

    source = gold.source
    citations = [_build(Citation, text=source[r.start:r.end], start=r.start, end=r.end,
                        **{"type": "law", **fields(r, "citations")}) for r in gold.records.get("citations", [])]
    targets = [_build(Target, text=source[r.start:r.end], start=r.start, end=r.end,
                      **{"value": 0.0, **{k: v for k, v in fields(r, "targets").items() if v is not None or k != "value"}})
               for r in gold.records.get("targets", [])]
    assignments = []
    for r in gold.records.get("assignments", []):
        a_start = r.agency_start if r.agency_start is not None else r.start
        a_end = r.agency_end if r.agency_end is not None else r.start
        data = fields(r, "assignments")
        data["partners"] = data.get("partners") or []
        data.setdefault("agency", "?")
        assignments.append(_build(Assignment, text=source[r.start:r.end], start=r.start, end=r.end,
                                  task=source[r.start:r.end], agency_text=source[a_start:a_end],
                                  agency_start=a_start, agency_end=a_end,
                                  **{k: v for k, v in data.items() if v is not None or k == "due"}))
    sections = [_build(Section, kind=r.fields.get("kind", "other"), number=r.fields.get("number"),
                       heading=r.fields.get("heading"), start=r.start, end=r.end)
                for r in gold.records.get("sections", [])]
    info_fields = {k: v for k, v in gold.info.items() if k in DocumentInfo.model_fields and k != "period"}
    period = gold.info.get("period")
    info = _build(DocumentInfo, **info_fields, period=_build(Period, **period) if isinstance(period, dict) else None)
    return Document(doc_id=gold.doc_id, info=info, sections=sections, citations=citations, targets=targets,
                    assignments=assignments)


def agreement(pass_a: str | Path, pass_b: str | Path, corpus_dirs=DEFAULT_CORPUS_DIRS,
              real_root: Optional[str | Path] = None) -> Scoreboard:
    """Pass A scored against pass B, over the documents both passes labelled."""
    a = {g.doc_id: g for g in load_gold_dir(pass_a, corpus_dirs, real_root)}
    b = [g for g in load_gold_dir(pass_b, corpus_dirs, real_root) if g.doc_id in a]
    return score([as_document(a[g.doc_id]) for g in b], b)


#: (label, metric) of the per-record-type summary.
SUMMARY_ROWS = (
    ("sections: start F1, formal", "sections.formal.start.f1"),
    ("sections: start F1, headingless", "sections.headingless.start.f1"),
    ("citations: F1 overlap", "citations.overlap.f1"),
    ("citations: F1 strict", "citations.strict.f1"),
    ("targets: F1 overlap", "targets.overlap.f1"),
    ("targets: F1 strict", "targets.strict.f1"),
    ("assignments: agency-set F1", "assignments.agency_set.f1"),
    ("assignments: task coverage F1", "assignments.task_coverage.f1"),
)


def summary_markdown(board: Scoreboard) -> str:
    """Agreement per record type: one F1 line each."""
    flat = board.flat()
    lines = ["| record type | agreement |", "|---|---:|"]
    for label, name in SUMMARY_ROWS:
        value = flat.get(name)
        lines.append(f"| {label} | {'—' if value is None else f'{value:.3f}'} |")
    return "\n".join(lines)


def _needs_real_root(folders: list[str]) -> bool:
    for folder in folders:
        for path in Path(folder).glob("*.json"):
            try:
                if json.loads(path.read_text(encoding="utf-8")).get("source"):
                    return True
            except (ValueError, OSError, AttributeError):
                continue
    return False


def _option(argv: list[str], name: str) -> tuple[Optional[str], list[str]]:
    """``--name VALUE`` or ``--name=VALUE`` out of argv."""
    rest, value = [], None
    it = iter(argv)
    for arg in it:
        if arg == name:
            value = next(it, None)
        elif arg.startswith(name + "="):
            value = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return value, rest


def _main(argv: list[str]) -> int:
    """``agreement A B [--real-root DIR] [--errors] [--include-test]``: agreement per record type,
    the full table and per document; with ``--errors`` every disagreement."""
    from .columns import default_real_root, load_split
    from .gold import GoldError
    from .runner import error_lines, to_markdown

    real, argv = _option(argv, "--real-root")
    show_errors = "--errors" in argv
    include_test = "--include-test" in argv
    folders = [a for a in argv if a not in ("--errors", "--include-test")]
    if len(folders) != 2:
        print(__doc__)
        return 2
    real_root = Path(real) if real else default_real_root("gold")
    if _needs_real_root(folders) and not real_root.is_dir():
        print(f"real plans not found at {real_root}: these passes label texts outside the repository; "
              "pass --real-root DIR or set $KEHOACH_REAL_ROOT")
        return 2
    try:
        board = agreement(folders[0], folders[1], real_root=real_root)
    except GoldError as exc:
        print(f"ERROR {str(exc).splitlines()[0]}")
        return 1
    if not board.per_document:
        print(f"no document is labelled in both {folders[0]} and {folders[1]}")
        return 1
    print(f"# Agreement: {folders[0]} scored against {folders[1]}, {len(board.per_document)} documents\n")
    print(summary_markdown(board) + "\n")
    print(to_markdown(board))
    if show_errors:
        golds = load_gold_dir(folders[1], DEFAULT_CORPUS_DIRS, real_root)
        test = set(load_split("gold").get("test", []))
        hidden = {g.doc_id for g in golds if g.path is not None and _source_of(g.path) in test}
        if hidden and not include_test:
            print(f"\n({len(hidden)} test-split documents: disagreements not printed; --include-test prints them)")
        print("\n# Disagreements (FP: only in A, FN: only in B, field: both, different values)")
        for line in error_lines(board, golds):
            if include_test or line.split(":", 1)[0] not in hidden:
                print(line)
    return 0


def _source_of(path: Path) -> Optional[str]:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("source")
    except (ValueError, OSError):
        return None


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
