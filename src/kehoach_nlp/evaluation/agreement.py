"""Agreement between two independent annotation passes of the gold set.

Takes: two folders of gold files (``gold/passes/a``, ``gold/passes/b``) and the
corpus folders. Gives: the scoreboard of pass A read as predictions against
pass B as reference — F1 per record type is then the inter-annotator
agreement (symmetric for F1).

Usage::

    python -m kehoach_nlp.evaluation.agreement gold/passes/a gold/passes/b [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..records import Assignment, Citation, Document, DocumentInfo, Period, Section, Target
from .gold import GoldDocument, load_gold_dir
from .runner import DEFAULT_CORPUS_DIRS
from .scoring import Scoreboard, score

_FIELDS = {
    "citations": set(Citation.model_fields) - {"text", "start", "end"},
    "targets": set(Target.model_fields) - {"text", "start", "end"},
    "assignments": set(Assignment.model_fields) - {"text", "start", "end", "agency_start", "agency_end",
                                                   "agency_text", "task"},
}


def as_document(gold: GoldDocument) -> Document:
    """A gold document's records as a prediction (for agreement between passes)."""
    def fields(record, kind: str) -> dict[str, Any]:
        return {k: v for k, v in record.fields.items() if k in _FIELDS[kind]}

    source = gold.source
    citations = [Citation(text=source[r.start:r.end], start=r.start, end=r.end,
                          **{"type": "law", **fields(r, "citations")}) for r in gold.records.get("citations", [])]
    targets = [Target(text=source[r.start:r.end], start=r.start, end=r.end,
                      **{"value": 0.0, **{k: v for k, v in fields(r, "targets").items() if v is not None or k != "value"}})
               for r in gold.records.get("targets", [])]
    assignments = []
    for r in gold.records.get("assignments", []):
        a_start = r.agency_start if r.agency_start is not None else r.start
        a_end = r.agency_end if r.agency_end is not None else r.start
        data = fields(r, "assignments")
        data["partners"] = data.get("partners") or []
        data.setdefault("agency", "?")
        assignments.append(Assignment(text=source[r.start:r.end], start=r.start, end=r.end, task=source[r.start:r.end],
                                      agency_text=source[a_start:a_end], agency_start=a_start, agency_end=a_end,
                                      **{k: v for k, v in data.items() if v is not None or k == "due"}))
    sections = [Section(kind=r.fields.get("kind", "other"), number=r.fields.get("number"),
                        heading=r.fields.get("heading"), start=r.start, end=r.end)
                for r in gold.records.get("sections", [])]
    info_fields = {k: v for k, v in gold.info.items() if k in DocumentInfo.model_fields and k != "period"}
    period = gold.info.get("period")
    info = DocumentInfo(**info_fields, period=Period.model_validate(period) if period else None)
    return Document(doc_id=gold.doc_id, info=info, sections=sections, citations=citations, targets=targets,
                    assignments=assignments)


def agreement(pass_a: str | Path, pass_b: str | Path, corpus_dirs=DEFAULT_CORPUS_DIRS) -> Scoreboard:
    """Pass A scored against pass B, over the documents both passes labelled."""
    a = {g.doc_id: g for g in load_gold_dir(pass_a, corpus_dirs)}
    b = [g for g in load_gold_dir(pass_b, corpus_dirs) if g.doc_id in a]
    return score([as_document(a[g.doc_id]) for g in b], b)


def _main(argv: list[str]) -> int:
    """``agreement A B [--errors]``: the agreement table, and with ``--errors`` every disagreement."""
    from .runner import error_lines, to_markdown

    show_errors = "--errors" in argv
    folders = [a for a in argv if a != "--errors"]
    if len(folders) != 2:
        print(__doc__)
        return 2
    board = agreement(folders[0], folders[1])
    print(to_markdown(board))
    if show_errors:
        golds = load_gold_dir(folders[1], DEFAULT_CORPUS_DIRS)
        print("\n# Disagreements (FP: only in A, FN: only in B, field: both, different values)")
        for line in error_lines(board, golds):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
