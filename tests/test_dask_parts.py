"""Dask part files (issue 17): valid when concatenated, parquet honoured, resume refused, no stale part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_nlp.batch import run_dask
from kehoach_nlp.cli import app
from kehoach_nlp.outputs import OutputPathError

pytest.importorskip("distributed")
ROOT = Path(__file__).resolve().parent.parent



def test_parts_concatenate_to_valid_json_lines_and_a_rerun_drops_stale_parts(corpus_copy: Path,
                                                                             tmp_path: Path) -> None:
    out = tmp_path / "parts"
    out.mkdir()
    (out / "part-99.jsonl").write_text('{"doc_id": "stale"}\n', encoding="utf-8")  # from an older run
    assert run_dask([corpus_copy], out, partitions=3, scheduler="sync") == 5  # LocalCluster: test_batch.py
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 3 and all(p.read_bytes().endswith(b"\n") for p in parts)
    joined = "".join(p.read_text(encoding="utf-8") for p in parts)          # cat parts/*
    doc_ids = [json.loads(line)["doc_id"] for line in joined.splitlines()]
    assert sorted(doc_ids) == sorted(p.stem for p in corpus_copy.glob("*.txt"))
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no staging folder left


def test_parquet_parts_are_typed_tables(corpus_copy: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    out = tmp_path / "parts"
    assert run_dask([corpus_copy], out, partitions=2, fmt="parquet", scheduler="sync") == 5
    documents = pq.read_table(out / "documents")
    assert documents.num_rows == 5
    citations = pq.read_table(out / "citations")
    assert citations.schema.field("warnings").type == pa.list_(pa.string())
    assert citations.schema.field("issued_on").type == pa.date32()


@pytest.mark.parametrize("options, message", [
    (["-f", "csv"], "jsonl or parquet"),
    (["-f", "xlsx"], "jsonl or parquet"),
    (["--resume"], "--resume is not available with --dask"),
])
def test_what_dask_cannot_do_is_refused_before_any_work(tmp_path: Path, options: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["extract", str(ROOT / "corpus"), "--dask", "local", "-o",
                                      str(tmp_path / "parts"), *options])
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "parts").exists()


def test_library_refuses_resume_on_dask(tmp_path: Path) -> None:
    with pytest.raises(OutputPathError):
        run_dask([ROOT / "corpus"], tmp_path / "parts", resume=True)
