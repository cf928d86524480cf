"""The command line: extract, schema, bad input (issue 3)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_nlp.cli import app
from kehoach_nlp.records import Document

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def test_extract_corpus_gives_one_valid_line_per_document(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(ROOT / "corpus"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list((ROOT / "corpus").glob("*.txt"))) == 5
    for line in lines:
        document = Document.from_json(line)
        assert document.errors == []
        data = json.loads(line)
        assert list(data)[:8] == ["doc_id", "source", "info", "sections", "citations", "targets",
                                  "assignments", "errors"]


def test_schema_is_json_schema_of_a_document() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"citations", "targets", "assignments", "sections", "errors"} <= set(schema["properties"])
    assert "from" in schema["$defs"]["Period"]["properties"]


def test_bad_input_gets_its_line_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "c_good.txt").write_text("KẾ HOẠCH\nI. MỤC TIÊU\nPhấn đấu trên 90% xã.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    documents = [Document.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d.doc_id for d in documents] == ["a_empty", "b_binary", "c_good"]
    assert documents[0].errors[0].stage == "read" and "empty" in documents[0].errors[0].message
    assert "binary" in documents[1].errors[0].message
    assert documents[1].citations == documents[1].targets == documents[1].sections == []
    assert documents[2].errors == []


def test_all_bad_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(bad), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code != 0


def test_unwritable_output_exits_non_zero(tmp_path: Path) -> None:
    target = tmp_path / "readonly"
    target.mkdir()
    target.chmod(0o500)
    try:
        result = runner.invoke(app, ["extract", str(ROOT / "corpus"), "-o", str(target / "sub" / "out.jsonl")])
        if result.exit_code == 0 and (target / "sub" / "out.jsonl").exists():
            pytest.skip("running as a user who can write anywhere (root)")
        assert result.exit_code != 0
    finally:
        target.chmod(0o700)


def test_no_partial_output_when_a_run_crashes(tmp_path: Path, monkeypatch) -> None:
    from kehoach_nlp.outputs import AtomicJsonlWriter

    out = tmp_path / "out.jsonl"
    out.write_text("previous result\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with AtomicJsonlWriter(out) as writer:
            writer.write(Document(doc_id="x"))
            raise RuntimeError("crash mid-run")
    assert out.read_text(encoding="utf-8") == "previous result\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_import_does_not_load_heavy_models() -> None:
    code = ("import sys, kehoach_nlp; "
            "print(sorted(m for m in ('spacy', 'underthesea', 'torch') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
