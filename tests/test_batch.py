"""Batch runs (issue 9): parallel = serial, resume, CSV/Parquet tables, Dask."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kehoach_nlp.batch import run_batch, run_dask
from kehoach_nlp.outputs import COLUMNS, TABLES
from kehoach_nlp.pipeline import extract_many

ROOT = Path(__file__).resolve().parent.parent



def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parallel_output_equals_serial(corpus_copy: Path, tmp_path: Path) -> None:
    serial = run_batch([corpus_copy], tmp_path / "serial.jsonl", jobs=1)
    parallel = run_batch([corpus_copy], tmp_path / "parallel.jsonl", jobs=2)
    assert serial.documents == parallel.documents == 5
    assert _lines(tmp_path / "serial.jsonl") == _lines(tmp_path / "parallel.jsonl")
    assert [d["doc_id"] for d in _lines(tmp_path / "serial.jsonl")] == \
        [d.doc_id for d in extract_many([corpus_copy])]


def test_resume_skips_unchanged_and_redoes_changed(corpus_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([corpus_copy], out, jobs=1)
    changed = sorted(corpus_copy.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThêm một dòng.", encoding="utf-8")
    (corpus_copy / "new_doc.txt").write_text("KẾ HOẠCH\nI. MỤC TIÊU\nPhấn đấu 100% xã.", encoding="utf-8")
    summary = run_batch([corpus_copy], out, jobs=1, resume=True)
    assert summary.skipped == 4 and summary.documents == 2
    ids = [d["doc_id"] for d in _lines(out)]
    assert sorted(ids) == sorted(p.stem for p in corpus_copy.glob("*.txt")) and len(ids) == 6


def test_csv_tables_open_in_excel(corpus_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    run_batch([corpus_copy], out, fmt="csv", jobs=1)
    for table in TABLES:
        raw = (out / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel shows Vietnamese"
        with open(out / f"{table}.csv", encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            assert tuple(reader.fieldnames) == COLUMNS[table]
            rows = list(reader)
        if table == "documents":
            assert len(rows) == 5 and all(r["content_sha256"] for r in rows)
    assert not list(out.glob(".*.tmp"))


def test_parquet_tables(corpus_copy: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    run_batch([corpus_copy], out, fmt="parquet", jobs=1)
    documents = pq.read_table(out / "documents.parquet")
    assert documents.num_rows == 5
    assert documents.schema.names == list(COLUMNS["documents"])
    sections = pq.read_table(out / "sections.parquet").to_pylist()
    assert {row["doc_id"] for row in sections} == {p.stem for p in corpus_copy.glob("*.txt")}


def test_dask_local_cluster_matches_local_run(corpus_copy: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    count = run_dask([corpus_copy], tmp_path / "dask_out", scheduler="local", partitions=2)
    assert count == 5
    lines = [json.loads(line) for part in sorted((tmp_path / "dask_out").glob("part-*.jsonl"))
             for line in part.read_text(encoding="utf-8").splitlines()]
    run_batch([corpus_copy], tmp_path / "local.jsonl", jobs=1)
    assert sorted(lines, key=lambda d: d["doc_id"]) == _lines(tmp_path / "local.jsonl")
