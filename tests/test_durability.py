"""Issue 19, batch durability: however a run stops, the output holds whole documents that
``--resume`` continues from; a dead worker costs one document, not the run; two runs cannot
share one output; doc_ids are unique within a run.

Decision: lines are written in input order (sorted paths), so an interrupted run followed by
``--resume`` gives a file byte-identical to an uninterrupted run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kehoach_nlp.batch import Budget, OutputLocked, output_lock, run_batch

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
CLI = [sys.executable, "-c", "from kehoach_nlp.cli import main; main()"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """20 documents: the corpus copied under distinct names."""
    folder = tmp_path_factory.mktemp("many")
    for copy in range(4):
        for seed in SEEDS:
            shutil.copy(seed, folder / f"{copy:02d}_{seed.name}")
    return folder


@pytest.fixture(scope="module")
def reference(many: Path, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("ref") / "out.jsonl"
    run_batch([many], out, jobs=2)  # in this process: the same code path as the CLI, without its start-up
    return out.read_bytes()


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        assert process.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.02)
    raise AssertionError("no progress")


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])  # SIGHUP takes the SIGTERM path
def test_killed_run_then_resume_equals_an_uninterrupted_run(many: Path, reference: bytes, tmp_path: Path,
                                                            how: str) -> None:
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([*CLI, "extract", str(many), "-o", str(out), "-j", "2", "-q"], env=_env(),
                               stderr=subprocess.PIPE)
    _wait_for_lines(out, 5, process)
    process.send_signal(getattr(signal, how))
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == (-9 if how == "SIGKILL" else 128 + getattr(signal, how)), stderr
    written = out.read_bytes()
    complete = written[:written.rfind(b"\n") + 1]
    assert 5 <= complete.count(b"\n") < reference.count(b"\n")
    assert reference.startswith(complete), "the interrupted run left a prefix of the full output"
    assert not list(tmp_path.glob(".*.tmp")), "no hidden temporary file left behind"
    summary = run_batch([many], out, jobs=2, resume=True)
    assert summary.skipped == complete.count(b"\n") and summary.documents == len(list(many.iterdir())) - summary.skipped
    assert out.read_bytes() == reference


def test_a_killed_worker_costs_one_document_and_the_parent_goes_on(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, folder / seed.name)
    (folder / "zz_oom.txt").write_text("KẾ HOẠCH\nI. MỤC TIÊU\nĐạt 100% xã.", encoding="utf-8")
    import kehoach_nlp.batch as batch

    real = batch.process_path

    def oom_killed(path, **kwargs):  # what the OOM killer does to a worker
        if str(path).endswith("zz_oom.txt"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, **kwargs)

    monkeypatch.setattr(batch, "process_path", oom_killed)
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, jobs=2)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.documents == len(lines) == 4
    assert [d["doc_id"] for d in lines] == sorted(p.stem for p in folder.iterdir())
    error = lines[-1]["errors"]
    assert error[0]["stage"] == "worker" and "killed by SIGKILL — out of memory?" in error[0]["message"]
    assert all(not d["errors"] and d["sections"] for d in lines[:3])


def test_a_document_over_its_time_budget_gets_an_error_line(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS[0], folder / "a.txt")
    (folder / "b_slow.txt").write_text("KẾ HOẠCH", encoding="utf-8")
    shutil.copy(SEEDS[1], folder / "c.txt")
    import kehoach_nlp.batch as batch

    real = batch.process_path

    def slow(path, **kwargs):
        if str(path).endswith("b_slow.txt"):
            while True:  # a pathological document
                time.sleep(0.01)
        return real(path, **kwargs)

    monkeypatch.setattr(batch, "process_path", slow)
    batch.load_models()  # so that the documents that are not slow finish well within the budget
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.jsonl"
        run_batch([folder], out, jobs=jobs, budget=Budget(max_seconds=3))
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [d["doc_id"] for d in lines] == ["a", "b_slow", "c"]
        assert lines[1]["errors"][0]["stage"] == "budget"
        assert "time budget exceeded: not finished in 3 s" in lines[1]["errors"][0]["message"]
        assert lines[0]["sections"] and lines[2]["sections"]


def test_two_runs_cannot_share_one_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with output_lock(out, "jsonl"):
        with pytest.raises(OutputLocked, match="being written by another kehoach run"):
            run_batch([SEEDS[0]], out, jobs=1)
    assert run_batch([SEEDS[0]], out, jobs=1).documents == 1


def test_doc_ids_are_unique_when_stems_collide(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for sub in ("a", "b"):
        (folder / sub).mkdir(parents=True)
        shutil.copy(SEEDS[0], folder / sub / "plan.txt")
    shutil.copy(SEEDS[1], folder / "other.txt")
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, jobs=1)
    ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a/plan.txt", "b/plan.txt", "other"]
    summary = run_batch([folder], out, jobs=1, resume=True)  # used to gain a duplicate line each time
    assert summary.skipped == 3 and summary.documents == 0
    assert [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()] == ids


def test_a_document_over_its_memory_budget_gets_an_error_line(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS[0], folder / "a.txt")
    (folder / "b_hog.txt").write_text("KẾ HOẠCH", encoding="utf-8")
    import kehoach_nlp.batch as batch

    real = batch.process_path

    def hog(path, **kwargs):
        if str(path).endswith("b_hog.txt"):
            return [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB
        return real(path, **kwargs)

    monkeypatch.setattr(batch, "process_path", hog)
    out = tmp_path / "out.jsonl"
    run_batch([folder], out, jobs=2, budget=Budget(max_memory_mb=300))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in lines] == ["a", "b_hog"] and lines[0]["sections"]
    assert lines[1]["errors"][0]["stage"] == "budget"
    assert "memory budget exceeded: over 300 MB" in lines[1]["errors"][0]["message"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_sigterm_promotes_the_tables_and_resume_completes_them(tmp_path: Path, fmt: str) -> None:
    from kehoach_nlp.batch import BatchInterrupted

    out = tmp_path / "tables"

    def stop_after_two(item, done: int) -> None:
        if done == 2:
            os.kill(os.getpid(), signal.SIGTERM)

    with pytest.raises(BatchInterrupted):
        run_batch(SEEDS, out, fmt=fmt, jobs=1, on_document=stop_after_two)
    assert not list(out.glob(".*.tmp")), "temporary files promoted, not left behind"
    summary = run_batch(SEEDS, out, fmt=fmt, jobs=1, resume=True)
    assert (summary.skipped, summary.documents) == (2, len(SEEDS) - 2)
    if fmt == "csv":
        import csv

        with open(out / "documents.csv", encoding="utf-8-sig", newline="") as handle:
            ids = [row["doc_id"] for row in csv.DictReader(handle)]
    else:
        import pyarrow.parquet as pq

        ids = pq.read_table(out / "documents.parquet").column("doc_id").to_pylist()
    assert ids == [p.stem for p in SEEDS]
