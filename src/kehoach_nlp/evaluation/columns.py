"""The columns of the scoreboard: seeds, synthetic, real-dev, real-test, fresh-dev, fresh-test.

Takes: the repository's gold folder and, for each set of real plans, a root folder
outside the repository (``../shared/real-plans``, ``../shared/real-plans-fresh``). Gives: an
:class:`Evaluation` — one scored :class:`Column` per group of gold documents,
the combined ``seeds+synthetic`` column the older thresholds gate on, and every
reason the evaluation could not measure something.

Which gold file goes where:

* ``gold/<doc_id>.json`` whose text is ``corpus/<doc_id>.*`` → **seeds**;
  whose text is ``synthetic/<doc_id>.*`` → **synthetic**;
* ``gold/real/<doc_id>.json`` with ``"source": "formal/8e9a425dd83e56b3.md"`` →
  **real-dev** or **real-test**, as ``gold/real/split.json`` lists that source.
  The text is read from ``<real root>/<source>``; it never enters the repository.
* ``gold/fresh/<doc_id>.json`` → **fresh-dev** or **fresh-test**, as
  ``gold/fresh/split.json`` lists it; the text is read from the fresh root
  (``../shared/real-plans-fresh``, beside the real root). A later batch of real
  documents, labelled before any rule was written from it (gold/fresh/README.md).

When a set's root is absent (a fresh clone), its two columns are *skipped*
with a one-line reason; that is not a problem for the gate. A gold file whose
text is missing while its root is present, a quote that no longer resolves, a
real gold file whose source is not in the split — those are problems.

Example::

    >>> result = evaluate_columns("gold", real_root="no-such-folder/real-plans")   # as on a fresh clone
    >>> result.columns["seeds"].board.flat()["citations.overlap.f1"]
    1.0
    >>> result.columns["real-test"].skipped
    'real plans not found at no-such-folder/real-plans (a fresh clone?): real-dev and real-test not measured'
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ..pipeline import process_path
from ..records import Document
from .gold import GoldDocument, GoldError, find_document, gold_document_path, gold_files, load_gold
from .scoring import Scoreboard, score

#: The columns, in display order.
COLUMNS: tuple[str, ...] = ("seeds", "synthetic", "real-dev", "real-test", "fresh-dev", "fresh-test")
#: seeds and synthetic together: the column the thresholds set before the real gold gate on.
COMBINED = "seeds+synthetic"
#: Environment variable that overrides the default real root (e.g. in a git worktree).
REAL_ROOT_ENV = "KEHOACH_REAL_ROOT"


@dataclass(frozen=True)
class RealSet:
    """One batch of real documents: its gold folder, where its texts live, its two columns."""

    gold_subdir: str            #: ``gold/<gold_subdir>/`` holds its gold files and ``split.json``
    root_name: str              #: its texts: ``../shared/<root_name>`` beside the repository
    env: str                    #: environment variable that overrides that root
    #: column → the split.json key whose sources it scores
    columns: tuple[tuple[str, str], ...]


#: The batches of real documents, in display order. ``fresh`` is the round-9 batch (gold/fresh/README.md).
REAL_SETS: tuple[RealSet, ...] = (
    RealSet("real", "real-plans", REAL_ROOT_ENV, (("real-dev", "dev"), ("real-test", "test"))),
    RealSet("fresh", "real-plans-fresh", "KEHOACH_FRESH_ROOT", (("fresh-dev", "dev"), ("fresh-test", "test"))),
)
REAL_COLUMNS: tuple[str, ...] = tuple(column for s in REAL_SETS for column, _ in s.columns)
#: The columns scored as a whole only: nobody reads their per-record errors while writing rules.
TEST_COLUMNS: tuple[str, ...] = tuple(column for s in REAL_SETS for column, key in s.columns if key == "test")
#: The split.json key of each real column.
SPLIT_KEYS = {column: key for s in REAL_SETS for column, key in s.columns}


@dataclass
class Column:
    """One group of gold documents, scored."""

    name: str
    golds: list[GoldDocument] = field(default_factory=list)
    predictions: list[Document] = field(default_factory=list)
    board: Scoreboard = field(default_factory=Scoreboard)
    #: Why the column was not measured (the real root is absent); None when it was.
    skipped: Optional[str] = None
    #: Documents the split lists for this column that have no gold file yet.
    unlabelled: list[str] = field(default_factory=list)

    @property
    def measured(self) -> bool:
        return self.skipped is None


@dataclass
class Evaluation:
    """Every column of one ``kehoach eval`` run."""

    columns: dict[str, Column]
    gold_dir: Path
    real_root: Path
    #: Gold files that could not be scored, one line each (missing text, unresolved quote, …).
    problems: list[str] = field(default_factory=list)
    #: The columns this run was asked for.
    requested: tuple[str, ...] = COLUMNS

    @property
    def gold_count(self) -> int:
        """Gold documents scored, over all columns (the combined one not counted twice)."""
        return sum(len(c.golds) for name, c in self.columns.items() if name != COMBINED)


def default_real_root(gold_dir: str | Path = "gold") -> Path:
    """``$KEHOACH_REAL_ROOT``, else ``../shared/real-plans`` beside the repository
    that holds ``gold_dir`` (the repository root is the gold folder's parent)."""
    if os.environ.get(REAL_ROOT_ENV):
        return Path(os.environ[REAL_ROOT_ENV])
    return Path(gold_dir).absolute().parent.parent / "shared" / "real-plans"


def set_root(real_set: RealSet, real_root: Path) -> Path:
    """Where ``real_set``'s texts are: its own environment variable, else beside ``real_root``
    (``/x/real-plans`` → ``/x/real-plans-fresh``), so one ``--real-root`` moves every set."""
    if real_set is REAL_SETS[0]:
        return real_root
    if os.environ.get(real_set.env):
        return Path(os.environ[real_set.env])
    return real_root.parent / real_set.root_name


def set_for_root(root: Path) -> RealSet:
    """The real set whose texts are in ``root`` (by the folder's name; the first set otherwise)."""
    return next((s for s in REAL_SETS if Path(root).name == s.root_name), REAL_SETS[0])


def load_split(gold_dir: str | Path, real_set: RealSet = REAL_SETS[0]) -> dict[str, list[str]]:
    """``gold/real/split.json`` (or the set's own): split name (dev, test, held_out) → list of sources."""
    path = Path(gold_dir) / real_set.gold_subdir / "split.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: list(v) for k, v in data.items() if isinstance(v, list)}


def _read_json(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise GoldError(f"{path}: not a JSON object")
    return data


def _predict(path: Path, doc_id: str) -> Document:
    document = process_path(path)
    return document if document.doc_id == doc_id else document.model_copy(update={"doc_id": doc_id})


def evaluate_columns(gold_dir: str | Path = "gold", *, real_root: Optional[str | Path] = None,
                     corpus_dirs: Optional[Sequence[str | Path]] = None,
                     only: Optional[Sequence[str]] = None) -> Evaluation:
    """Load, extract and score every gold document, one column per group.

    ``corpus_dirs`` defaults to ``corpus/`` and ``synthetic/`` beside ``gold_dir``;
    a folder named ``synthetic`` feeds the synthetic column, any other the seeds
    column. ``only`` restricts the run to some columns (the others stay empty).
    """
    gold_dir = Path(gold_dir)
    repo = gold_dir.absolute().parent
    dirs = [Path(d) for d in corpus_dirs] if corpus_dirs else [repo / "corpus", repo / "synthetic"]
    real = Path(real_root) if real_root is not None else default_real_root(gold_dir)
    wanted = set(only or COLUMNS)
    columns = {name: Column(name) for name in COLUMNS}
    result = Evaluation(columns=columns, gold_dir=gold_dir, real_root=real,
                        requested=tuple(c for c in COLUMNS if c in wanted))

    def add(column: str, path: Path, data: dict, text: Path, root: Optional[Path] = None) -> None:
        try:
            gold = load_gold(path, dirs, real_root=root)
        except (GoldError, OSError, ValueError) as exc:
            result.problems.append(_one_line(str(exc)))
            return
        columns[column].golds.append(gold)
        columns[column].predictions.append(_predict(text, gold.doc_id))

    # seeds and synthetic
    for path in gold_files(gold_dir):
        try:
            data = _read_json(path)
        except (ValueError, OSError) as exc:
            result.problems.append(f"{path}: {_one_line(str(exc))}")
            continue
        doc_id = data.get("doc_id") or path.stem
        text = find_document(dirs, doc_id)
        if text is None:
            if wanted & {"seeds", "synthetic"}:
                result.problems.append(f"{path}: its text is missing (no {doc_id}.* in "
                                       f"{', '.join(str(d) for d in dirs)})")
            continue
        column = "synthetic" if text.parent.name == "synthetic" else "seeds"
        if column in wanted:
            add(column, path, data, text)

    for real_set in REAL_SETS:
        _add_real_set(real_set, set_root(real_set, real), gold_dir, wanted, columns, result, add)

    for scored in columns.values():
        scored.board = score(scored.predictions, scored.golds)
    combined = Column(COMBINED, golds=columns["seeds"].golds + columns["synthetic"].golds,
                      predictions=columns["seeds"].predictions + columns["synthetic"].predictions)
    combined.board = score(combined.predictions, combined.golds)
    columns[COMBINED] = combined
    return result


def _add_real_set(real_set: RealSet, root: Path, gold_dir: Path, wanted: set[str],
                  columns: dict[str, Column], result: Evaluation, add) -> None:
    """Put each gold file of ``gold/<set>/`` in its column by the set's split (or skip the set's
    columns, with the reason, when its root is absent)."""
    names = [column for column, _ in real_set.columns]
    real_gold = gold_dir / real_set.gold_subdir
    if real_set is not REAL_SETS[0] and not real_gold.is_dir():
        return                      # a later batch this repository has no gold for: nothing to measure
    if not root.is_dir():
        reason = (f"real plans not found at {root} (a fresh clone?): "
                  f"{' and '.join(names)} not measured")
        for name in names:
            columns[name].skipped = reason
        return
    split = load_split(gold_dir, real_set)
    keys = dict(real_set.columns)
    labelled: set[str] = set()
    for path in gold_files(real_gold) if real_gold.is_dir() else []:
        try:
            data = _read_json(path)
        except (ValueError, OSError) as exc:
            result.problems.append(f"{path}: {_one_line(str(exc))}")
            continue
        source = str(data.get("source") or "")
        in_split = next((c for c, key in keys.items() if source in split.get(key, [])), None)
        if in_split is None:
            result.problems.append(f"{path}: source {source!r} is in neither dev nor test of "
                                   f"{real_gold / 'split.json'}")
            continue
        labelled.add(source)
        if in_split not in wanted:
            continue
        text = gold_document_path(path, data, [], root)
        if text is None:
            result.problems.append(f"{path}: its text is missing (no {root / source})")
            continue
        add(in_split, path, data, text, root)
    for name, key in keys.items():
        columns[name].unlabelled = [s for s in split.get(key, []) if s not in labelled]


def _one_line(message: str) -> str:
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if len(lines) <= 1:
        return lines[0] if lines else message
    return f"{lines[0]} {lines[1]}" + (f" (+{len(lines) - 2} more)" if len(lines) > 2 else "")
