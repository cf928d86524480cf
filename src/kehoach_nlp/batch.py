"""Many documents: parallel workers, resume, output writers, Dask scale-out.

Takes: input paths (files and folders) and output options. Gives: output files
(JSON Lines, or one CSV / Parquet table per record type) and a
:class:`BatchSummary`.

* Parallel over processes (``jobs``), streaming: documents are handed to workers
  and written back in input order, so memory stays flat however many documents
  there are. Workers are forked after the models are loaded, so they share them.
* Bounded: each document has a time and a memory budget (:class:`Budget`); a
  document over it, or whose worker dies (the OOM killer), gets an ``errors``
  line and the run goes on — the parent never waits on a dead worker.
* Durable: JSON Lines are appended to the output itself as documents finish, so
  a run killed in any way (SIGKILL, SIGTERM, SIGHUP, Ctrl-C) leaves a valid
  prefix that ``resume`` continues from; CSV/Parquet go to temporary files that
  are renamed into place on success, Ctrl-C, SIGTERM and SIGHUP.
* ``resume``: documents already in the output with the same content hash are
  skipped (their lines are kept); changed or failed ones are redone.
* One run per output: a lock beside the output makes a second run on the same
  ``-o`` fail at once (:class:`OutputLocked`) instead of losing documents.
* ``doc_id`` is unique within a run: the file stem, or the path relative to the
  input folder when two stems collide (``a/plan.txt``, ``b/plan.txt``).
* :func:`run_dask` runs the same per-document function (:func:`extract_to_json`)
  on a Dask cluster over partitioned files.

Example::

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> for name in ("a.txt", "b.txt"):
    ...     with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
    ...         _ = f.write("Căn cứ Luật Đầu tư công ngày 13/6/2019;")
    >>> summary = run_batch([folder], os.path.join(folder, "out.jsonl"), jobs=1)
    >>> summary.documents
    2
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Iterator, Optional

from .pipeline import content_hash, iter_input_files, load_models, process_path
from .reading import DEFAULT_MAX_CHARS, ReadError, iter_paths, read_path
from .records import Document, ErrorRecord
from .outputs import FOLDER_FORMATS, OutputFormat, TableSink, check_output, is_stream, open_table_sink

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


@dataclass(frozen=True)
class Budget:
    """What one document may cost before it is given up with an ``errors`` line.

    ``max_chars``: decoded text (the reader refuses more); ``max_seconds``: wall-clock time per
    document (an alarm in the worker, and the parent stops a worker that overruns it by
    ``max(5 s, 25 %)``); ``max_memory_mb``: how much a worker's address space may grow while
    extracting one document (``RLIMIT_AS``; ``0`` = no limit). With ``jobs=1`` the document
    runs in this process: the time budget holds, the memory budget is not set."""

    max_chars: int = DEFAULT_MAX_CHARS
    max_seconds: float = 60.0
    max_memory_mb: int = 2048

    @property
    def hard_seconds(self) -> float:
        return self.max_seconds + max(5.0, 0.25 * self.max_seconds)


class OutputLocked(RuntimeError):
    """Another run is writing to the same output."""


class BatchInterrupted(KeyboardInterrupt):
    """The run was stopped by SIGTERM or SIGHUP; what is written is a valid prefix."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class _DocumentTimeout(BaseException):
    """Raised by the alarm inside a document; a BaseException so that no stage's
    ``except Exception`` swallows it and lets the next stage run on."""


def extract_to_json(path: str) -> str:
    """The per-document function every engine runs: a path in, one JSON line out."""
    return process_path(path).to_json()


def _budget_error(path: str, doc_id: str, message: str, stage: str = "budget") -> Document:
    return Document(doc_id=doc_id, source=path, errors=[ErrorRecord(stage=stage, message=message)])


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Raise :class:`_DocumentTimeout` in this thread after ``seconds`` (main thread only)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum: int, frame: Any) -> None:
        raise _DocumentTimeout()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_budgeted(path: str, doc_id: str, budget: Budget) -> Document:
    """:func:`~kehoach_nlp.pipeline.process_path` within ``budget``: a document over it comes back
    as a Document with a ``budget`` error (``time budget exceeded: …``) instead of an exception."""
    try:
        with _alarm(budget.max_seconds):
            return process_path(path, max_chars=budget.max_chars, doc_id=doc_id)
    except _DocumentTimeout:
        return _budget_error(path, doc_id, f"time budget exceeded: not finished in {budget.max_seconds:g} s "
                                           f"(--max-seconds); the run went on")
    except MemoryError:
        return _budget_error(path, doc_id, f"memory budget exceeded: over {budget.max_memory_mb} MB "
                                           f"(--max-memory-mb); the run went on")


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(megabytes: int) -> None:
    if megabytes <= 0:
        return
    try:
        import resource

        base = _address_space()
        if base:
            limit = base + megabytes * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform: the time budget still holds
        pass


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the parent dies (even by SIGKILL)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(conn: Connection, budget: Budget, inherited: list[int]) -> None:
    """A worker: documents in (index, path, doc_id), (index, BatchItem) out, until None or EOF."""
    _die_with_parent()
    for fd in inherited:  # the parent's ends of other workers' pipes and the output lock
        try:
            os.close(fd)
        except OSError:
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides how a run stops
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # keep numerical libraries from fighting over cores
    _limit_memory(budget.max_memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, doc_id = task
        conn.send((index, BatchItem.of(extract_budgeted(path, doc_id, budget))))


def _death(exitcode: Optional[int]) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.valid_signals() else str(-exitcode)
        hint = " — out of memory?" if -exitcode == signal.SIGKILL else ""
        return f"killed by {name}{hint}"
    return f"exit status {exitcode}"


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: Optional[tuple[int, str, str]] = None
    started: float = 0.0


def iter_items(tasks: list[tuple[Path, str]], jobs: int,
               budget: Budget = Budget()) -> Generator[BatchItem, None, None]:
    """Extract ``(path, doc_id)`` tasks over ``jobs`` processes (1: in this process); yield in
    input order. A worker that dies or overruns the time budget is replaced and its document
    gets an ``errors`` line; results wait for earlier ones in a buffer of bounded size."""
    if jobs <= 1 or len(tasks) <= 1:
        for path, doc_id in tasks:
            yield BatchItem.of(extract_budgeted(str(path), doc_id, budget), keep=True)
        return
    fork = "fork" in multiprocessing.get_all_start_methods()
    context: Any = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        load_models()  # forked workers share the parent's models (copy-on-write) instead of loading their own
    todo = [(index, str(path), doc_id) for index, (path, doc_id) in enumerate(tasks)]
    todo.reverse()  # pop() from the end gives input order
    ahead = 4 * jobs + 8  # documents dispatched beyond the next one to write
    workers: list[_Worker] = []
    done: dict[int, BatchItem] = {}
    next_index = 0

    def spawn() -> _Worker:
        parent_end, child_end = context.Pipe()
        # A forked child holds copies of every pipe end the parent has open, its own parent end
        # included; it closes them so that the parent's death reaches it as end-of-file.
        inherited = [parent_end.fileno(), *(w.conn.fileno() for w in workers), *_INHERITED_FDS] if fork else []
        process = context.Process(target=_worker_main, args=(child_end, budget, inherited), daemon=True)
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        workers.append(worker)
        return worker

    def retire(worker: _Worker, message: Optional[str], stage: str) -> None:
        if worker.task is not None and message is not None:
            index, path, doc_id = worker.task
            done[index] = BatchItem.of(_budget_error(path, doc_id, message, stage))
        worker.task = None
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        workers.remove(worker)

    try:
        while next_index < len(tasks):
            for worker in [w for w in workers if w.task is None] + [None] * (jobs - len(workers)):
                if not todo or todo[-1][0] >= next_index + ahead:
                    break
                worker = worker or spawn()
                worker.task, worker.started = todo.pop(), time.monotonic()
                try:
                    worker.conn.send(worker.task)
                except OSError:  # it died while idle
                    worker.process.join(timeout=5)
                    retire(worker, f"worker process died before extracting this document "
                                   f"({_death(worker.process.exitcode)}); the run went on", "worker")
            busy = [w for w in workers if w.task is not None]
            deadline = min((w.started + budget.hard_seconds for w in busy), default=time.monotonic() + 1)
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                 timeout=max(0.0, min(deadline - time.monotonic(), 1.0)))
            for worker in busy:
                try:
                    if worker.conn.poll():
                        index, item = worker.conn.recv()
                        done[index] = item
                        worker.task = None
                        continue
                except (EOFError, OSError):
                    pass
                if not worker.process.is_alive():
                    worker.process.join()
                    retire(worker, f"worker process died while extracting this document "
                                   f"({_death(worker.process.exitcode)}); the run went on", "worker")
                elif time.monotonic() > worker.started + budget.hard_seconds:
                    retire(worker, f"time budget exceeded: not finished in {budget.max_seconds:g} s "
                                   f"(--max-seconds); the worker was stopped and the run went on", "budget")
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1
    finally:
        for worker in list(workers):
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in list(workers):
            worker.process.join(timeout=1 if worker.task is None else 0)
            retire(worker, None, "worker")


#: File descriptors forked workers close at once (the output lock), set by :func:`run_batch`.
_INHERITED_FDS: list[int] = []


def previous_hashes(output: Path, fmt: OutputFormat) -> dict[str, str]:
    """doc_id → content hash of documents already in ``output`` (for ``--resume``)."""
    hashes: dict[str, str] = {}
    if fmt == "jsonl" and output.is_file():
        with open(output, encoding="utf-8") as handle:
            for line in handle:
                if not line.endswith("\n"):
                    continue  # a torn last line from a killed run
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if data.get("content_sha256") and not any(e.get("stage") == "read" for e in data.get("errors", [])):
                    hashes[data["doc_id"]] = data["content_sha256"]
    elif fmt in ("csv", "parquet") and output.is_dir():
        hashes = TableSink.previous_hashes(output, fmt)
    return hashes


def _unchanged(path: Path, doc_id: str, known: dict[str, str]) -> bool:
    if doc_id not in known:
        return False
    try:
        return content_hash(read_path(path).text) == known[doc_id]
    except ReadError:
        return False


def plan_tasks(inputs: Iterable[str | os.PathLike]) -> list[tuple[Path, str]]:
    """``(path, doc_id)`` for every document under ``inputs``, doc_ids unique within the run.

    The doc_id is the file stem (SPEC §7); when stems collide it is the path relative to the
    folder it was found in (``a/plan.txt``), and the full path when even those collide. A file
    named twice is extracted once."""
    found: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for raw in inputs:
        root = Path(raw)
        for path in iter_paths([root]):
            key = os.path.abspath(path)
            if key in seen:
                continue
            seen.add(key)
            relative = path.relative_to(root).as_posix() if root.is_dir() and path != root else path.name
            found.append((path, relative))
    stems = Counter(path.stem for path, _ in found)
    ids = [path.stem if stems[path.stem] == 1 else relative for path, relative in found]
    counts = Counter(ids)
    ids = [doc_id if counts[doc_id] == 1 else str(path) for (path, _), doc_id in zip(found, ids)]
    return [(path, doc_id) for (path, _), doc_id in zip(found, ids)]


@contextmanager
def output_lock(output: Path, fmt: OutputFormat) -> Iterator[Optional[int]]:
    """Hold an exclusive lock beside ``output`` (``.out.jsonl.lock``, or ``.kehoach.lock`` in a
    table folder) for the run; raise :class:`OutputLocked` at once if another run holds it. The
    lock file is left in place (removing it would race with a starting run)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here
        yield None
        return
    if fmt not in FOLDER_FORMATS:  # one file: jsonl, xlsx
        output.parent.mkdir(parents=True, exist_ok=True)
        lock_path = output.parent / f".{output.name}.lock"
    else:
        output.mkdir(parents=True, exist_ok=True)
        lock_path = output / ".kehoach.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputLocked(f"{output} is being written by another kehoach run (lock {lock_path}); "
                               f"wait for it to finish or choose another output") from None
        yield fd
    finally:
        os.close(fd)


class AppendingJsonl:
    """The JSON Lines output written in place: each document's line is appended with one
    ``write`` as soon as it is finished, so whatever stops the run, the file holds whole lines
    (at worst one torn last line, which ``resume`` drops). With ``keep`` (resume), lines of
    those documents are kept — in place when they are already the file's leading lines (the
    usual case after a kill), else rewritten through a temporary file renamed over it."""

    def __init__(self, output: Path, keep: Optional[set[str]] = None) -> None:
        output.parent.mkdir(parents=True, exist_ok=True)
        if keep is not None and output.is_file():
            self._keep_only(output, keep)
        else:
            with open(output, "wb"):
                pass
        self._fd = os.open(output, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    @staticmethod
    def _keep_only(output: Path, keep: set[str]) -> None:
        kept: list[tuple[int, bytes]] = []  # (line number, line) of the first line of each kept doc_id
        seen: set[str] = set()
        with open(output, "rb") as handle:
            for number, line in enumerate(handle):
                if not line.endswith(b"\n"):
                    continue  # a torn last line from a killed run
                try:
                    doc_id = json.loads(line).get("doc_id")
                except (ValueError, AttributeError):
                    continue
                if doc_id in keep and doc_id not in seen:
                    seen.add(doc_id)
                    kept.append((number, line))
        if [number for number, _ in kept] == list(range(len(kept))):  # the leading lines: cut the rest
            os.truncate(output, sum(len(line) for _, line in kept))
            return
        temp = output.with_name(f".{output.name}.resume.tmp")
        with open(temp, "wb") as handle:
            handle.writelines(line for _, line in kept)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, output)

    def write_item(self, item: "BatchItem") -> None:
        data = (item.json + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def __enter__(self) -> "AppendingJsonl":
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._fd)


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def _stop_signals_raise() -> Iterator[None]:
    """SIGTERM/SIGHUP → :class:`BatchInterrupted` in the main thread, so that outputs are closed
    (and CSV/Parquet renamed into place) as on Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise BatchInterrupted(signum)

    previous = {sig: signal.signal(sig, stop) for sig in _STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP while one document is written, so no row is half-written."""
    mask = {signal.SIGINT, *_STOP_SIGNALS}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, mask)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, mask)


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    fmt: OutputFormat = "jsonl",
    jobs: Optional[int] = None,
    resume: bool = False,
    budget: Budget = Budget(),
    on_document: Optional[Callable[[BatchItem, int], None]] = None,
    on_start: Optional[Callable[[int], None]] = None,
) -> BatchSummary:
    """Extract every document under ``inputs`` into ``output``.

    ``on_start(total)`` is called once with the number of documents to extract,
    ``on_document(item, done)`` after each (for progress bars; ``item.document`` is the record).
    Raises :class:`OutputLocked` if another run writes to ``output``, :class:`BatchInterrupted`
    on SIGTERM/SIGHUP (after closing the output; ``resume`` continues from it).
    """
    started = time.perf_counter()
    check_output(output, fmt, resume=resume)  # before any work: a bad path loses nothing
    output = Path(output)
    tasks = plan_tasks(inputs)
    stream = is_stream(output)  # "-o -": standard output, nothing to lock or resume
    with (contextlib.nullcontext(None) if stream else output_lock(output, fmt)) as lock_fd, _stop_signals_raise():
        _INHERITED_FDS[:] = [lock_fd] if lock_fd is not None else []
        keep: set[str] = set()
        if resume:
            known = previous_hashes(output, fmt)
            todo = []
            for path, doc_id in tasks:
                if _unchanged(path, doc_id, known):
                    keep.add(doc_id)
                else:
                    todo.append((path, doc_id))
        else:
            todo = tasks
        summary = BatchSummary(skipped=len(keep), output=str(output))
        if on_start:
            on_start(len(todo))
        jobs = jobs or os.cpu_count() or 1
        sink: Any = AppendingJsonl(output, keep if resume else None) if fmt == "jsonl" and not stream else \
            open_table_sink(output, fmt, keep_from_previous=keep if resume else None)
        with sink:
            items = iter_items(todo, jobs, budget)
            try:
                for done, item in enumerate(items, 1):
                    with _signals_deferred():
                        sink.write_item(item)
                        summary.add(item)
                    if on_document:
                        on_document(item, done)
            finally:
                items.close()  # stop the workers now, whatever happened
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

    paths = [str(p) for p in iter_input_files(inputs)]  # noqa: the Dask path keeps file stems as doc_ids
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
