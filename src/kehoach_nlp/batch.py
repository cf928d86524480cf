"""Many documents: parallel workers, resume, output writers, Dask scale-out.

Takes: input paths (files and folders) and output options. Gives: output files
(JSON Lines, or one CSV / Parquet table per record type) and a
:class:`BatchSummary`.

* Parallel over processes (``jobs``), streaming: documents are handed to workers
  in order and written as they come back, so memory stays flat however many
  documents there are. Each worker loads its models once.
* ``resume``: documents already in the output with the same content hash are
  skipped (their lines are kept); changed or failed ones are redone.
* Every output is written to temporary files and renamed into place at the end —
  also on Ctrl-C, since every line/row written is a whole document.
* :func:`run_dask` runs the same per-document function (:func:`extract_to_json`)
  on a Dask cluster over partitioned files.

Example::

    >>> summary = run_batch(["corpus/"], "out.jsonl", jobs=2)
    >>> summary.documents
    5
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .pipeline import content_hash, iter_input_files, load_models, process_path
from .reading import ReadError, read_path
from .records import Document
from .outputs import OutputFormat, TableSink, check_output, open_table_sink

RECORD_TYPES = ("sections", "citations", "targets", "assignments")


@dataclass
class BatchSummary:
    documents: int = 0
    skipped: int = 0
    unreadable: int = 0
    with_errors: int = 0
    records: dict[str, int] = field(default_factory=lambda: {k: 0 for k in RECORD_TYPES})
    seconds: float = 0.0
    output: str = ""

    def add(self, document: "Document | BatchItem") -> None:
        if isinstance(document, Document):
            document = BatchItem.of(document, keep=True)
        self.documents += 1
        if "read" in document.error_stages:
            self.unreadable += 1
        elif document.error_stages:
            self.with_errors += 1
        for key in RECORD_TYPES:
            self.records[key] += document.counts[key]

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


@dataclass
class BatchItem:
    """One extracted document as it travels from a worker to the writer: its JSON line and the
    figures the summary needs. Workers send this instead of the :class:`Document` because a
    string pickles several times faster, and the JSON Lines writer needs nothing else; the
    full record is :attr:`document` (parsed on first use)."""

    doc_id: str
    json: str
    counts: dict[str, int]
    error_stages: tuple[str, ...]
    _document: Optional[Document] = None

    @classmethod
    def of(cls, document: Document, keep: bool = False) -> "BatchItem":
        return cls(document.doc_id, document.to_json(), {k: len(getattr(document, k)) for k in RECORD_TYPES},
                   tuple(e.stage for e in document.errors), document if keep else None)

    @property
    def document(self) -> Document:
        if self._document is None:
            self._document = Document.from_json(self.json)
        return self._document


def extract_to_json(path: str) -> str:
    """The per-document function every engine runs: a path in, one JSON line out."""
    return process_path(path).to_json()


def _extract_item(path: str) -> BatchItem:
    return BatchItem.of(process_path(path))


def _worker_init() -> None:
    # Keep workers from fighting over cores inside numerical libraries.
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def previous_hashes(output: Path, fmt: OutputFormat) -> dict[str, str]:
    """doc_id → content hash of documents already in ``output`` (for ``--resume``)."""
    hashes: dict[str, str] = {}
    if fmt == "jsonl" and output.is_file():
        with open(output, encoding="utf-8") as handle:
            for line in handle:
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a torn last line from a killed run
                if data.get("content_sha256") and not any(e.get("stage") == "read" for e in data.get("errors", [])):
                    hashes[data["doc_id"]] = data["content_sha256"]
    elif fmt in ("csv", "parquet") and output.is_dir():
        hashes = TableSink.previous_hashes(output, fmt)
    return hashes


def _unchanged(path: Path, known: dict[str, str]) -> bool:
    doc_id = path.stem
    if doc_id not in known:
        return False
    try:
        return content_hash(read_path(path).text) == known[doc_id]
    except ReadError:
        return False


def iter_items(paths: list[Path], jobs: int) -> Iterator[BatchItem]:
    """Extract ``paths`` in order over ``jobs`` processes (1: in this process)."""
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield BatchItem.of(process_path(path), keep=True)
        return
    fork = hasattr(os, "fork")
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        load_models()  # forked workers share the parent's models (copy-on-write) instead of loading their own
    with context.Pool(processes=jobs, initializer=_worker_init, maxtasksperchild=2000) as pool:
        yield from pool.imap(_extract_item, [str(p) for p in paths], chunksize=4)



def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    fmt: OutputFormat = "jsonl",
    jobs: Optional[int] = None,
    resume: bool = False,
    on_document: Optional[Callable[[BatchItem, int], None]] = None,
    on_start: Optional[Callable[[int], None]] = None,
) -> BatchSummary:
    """Extract every document under ``inputs`` into ``output``.

    ``on_start(total)`` is called once with the number of documents to extract,
    ``on_document(item, done)`` after each (for progress bars; ``item.document`` is the record).
    """
    started = time.perf_counter()
    check_output(output, fmt, resume=resume)  # before any work: a bad path loses nothing
    output = Path(output)
    files = list(iter_input_files(inputs))
    keep: set[str] = set()
    if resume:
        known = previous_hashes(output, fmt)
        todo = []
        for path in files:
            if _unchanged(path, known):
                keep.add(path.stem)
            else:
                todo.append(path)
    else:
        todo = files
    summary = BatchSummary(skipped=len(keep), output=str(output))
    if on_start:
        on_start(len(todo))
    jobs = jobs or os.cpu_count() or 1
    with open_table_sink(output, fmt, keep_from_previous=keep if resume else None) as sink:
        for done, item in enumerate(iter_items(todo, jobs), 1):
            sink.write_item(item)
            summary.add(item)
            if on_document:
                on_document(item, done)
    summary.seconds = time.perf_counter() - started
    return summary


#: Output formats a Dask run writes as part files (one per partition).
DASK_FORMATS = ("jsonl", "parquet")


def _write_parquet_part(lines: list[str], folder: str, index: int) -> int:
    """Write one partition's documents as ``folder/<table>/part-<index>.parquet`` (typed tables)."""
    import pyarrow.parquet as pq

    from .tables import arrow_tables

    tables = arrow_tables(Document.model_validate_json(line) for line in lines)
    for name, table in tables.items():
        (Path(folder) / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(table, Path(folder) / name / f"part-{index:05d}.parquet")
    return len(lines)


def _stale_parts(folder: Path) -> list[Path]:
    from .tables import TABLES

    return [*folder.glob("part-*.jsonl"), *(p for t in TABLES for p in (folder / t).glob("part-*.parquet"))]


def run_dask(inputs: Iterable[str | os.PathLike[str]], output_dir: str | os.PathLike[str], *,
             scheduler: str = "local", partitions: Optional[int] = None, fmt: str = "jsonl",
             resume: bool = False) -> int:
    """Extract on a Dask cluster; write part files into ``output_dir``. Returns the document count.

    ``fmt="jsonl"``: ``part-*.jsonl``, each ending with a newline, so ``cat part-*.jsonl`` is
    valid JSON Lines. ``fmt="parquet"``: ``<table>/part-*.parquet`` per table (typed as
    ``-f parquet``; ``pyarrow.parquet.read_table("out/citations")`` reads a table whole).
    CSV/xlsx and ``resume`` are refused with :class:`~kehoach_nlp.outputs.OutputPathError`.
    The parts are written to a hidden folder inside ``output_dir`` first and moved in at the
    end, replacing every part of a previous run (no stale part survives a rerun).

    ``scheduler`` is a scheduler address (``tcp://host:8786``), ``"local"``
    for a :class:`distributed.LocalCluster` on this machine, or ``"sync"`` to run the
    same graph in this process (no cluster: for debugging and tests). Each task runs
    :func:`extract_to_json` — the same function a Spark ``mapInPandas`` UDF
    would call (see docs/batch.md).
    """
    import shutil
    import tempfile

    from .outputs import OutputPathError

    if fmt not in DASK_FORMATS:
        raise OutputPathError(f"--dask writes part files as jsonl or parquet, not {fmt}; "
                              f"run without --dask for {fmt}, or convert the parts afterwards")
    if resume:
        raise OutputPathError("--resume is not available with --dask: a Dask run rewrites all parts; "
                              "run without --resume, or without --dask to resume")
    check_output(output_dir, fmt, folder=True)
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    paths = [str(p) for p in iter_input_files(inputs)]
    if not paths:
        return 0
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".parts-", dir=out))
    synchronous = scheduler in ("sync", "synchronous")
    cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=":0") \
        if scheduler == "local" else None
    client = None if synchronous else Client(cluster if cluster is not None else scheduler)
    try:
        bag = db.from_sequence(paths, npartitions=partitions or max(1, min(len(paths), 64))).map(extract_to_json)
        with dask.config.set(scheduler="synchronous") if synchronous else contextlib.nullcontext():
            if fmt == "jsonl":
                bag.to_textfiles(str(staging / "part-*.jsonl"), encoding="utf-8", last_endline=True)
            else:
                parts = bag.to_delayed()
                dask.compute(*(dask.delayed(_write_parquet_part)(part, str(staging), i)
                               for i, part in enumerate(parts)))
        for stale in _stale_parts(out):
            stale.unlink()
        for part in sorted(staging.rglob("part-*")):
            target = out / part.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return len(paths)
