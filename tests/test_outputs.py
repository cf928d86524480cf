"""Output paths (issue 17): streams, folders where a file is wanted, file modes, `show`'s default."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_nlp.cli import app
from kehoach_nlp.outputs import OutputPathError, check_output, is_stream

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "corpus" / "001_de8a39346a403402.txt"
runner = CliRunner()


def _kehoach(*args: str, cwd: Path | None = None, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "kehoach_nlp", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, cwd=cwd, env=env)


def test_dash_streams_json_lines_to_stdout(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(DOC), "-o", "-", "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["doc_id"] == DOC.stem
    assert list(tmp_path.iterdir()) == []  # no file named '-'


def test_dev_stdout_is_written_not_replaced(tmp_path: Path) -> None:
    captured = tmp_path / "captured.jsonl"
    with open(captured, "w") as handle:
        result = _kehoach("extract", str(DOC), "-o", "/dev/stdout", "-q", stdout=handle)
    assert result.returncode == 0, result.stderr
    assert json.loads(captured.read_text(encoding="utf-8"))["doc_id"] == DOC.stem
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()


@pytest.mark.parametrize("output, fmt, folder, message", [
    ("-", "csv", None, "only JSON Lines"),            # tables cannot be streamed
    ("/dev/stdout", "parquet", None, "only JSON Lines"),
    ("-", "jsonl", True, "give a folder name"),         # Dask parts
])
def test_streams_refused_for_tables(output: str, fmt: str, folder: bool | None, message: str) -> None:
    with pytest.raises(OutputPathError, match=message):
        check_output(output, fmt, folder=folder)


def test_stream_and_resume_refused() -> None:
    with pytest.raises(OutputPathError, match="--resume"):
        check_output("-", "jsonl", resume=True)


@pytest.mark.parametrize("name, stream", [("-", True), ("/dev/stdout", True), ("/dev/null", True),
                                          ("out.jsonl", False)])
def test_is_stream(name: str, stream: bool) -> None:
    assert is_stream(name) is stream


def test_existing_folder_for_jsonl_is_refused_before_any_work(tmp_path: Path, monkeypatch) -> None:
    import kehoach_nlp.batch as batch

    folder = tmp_path / "results"
    folder.mkdir()
    monkeypatch.setattr(batch, "iter_items", lambda *a, **k: pytest.fail("extracted before checking -o"))
    result = runner.invoke(app, ["extract", str(DOC), "-o", str(folder)])
    assert result.exit_code == 2
    assert "is a folder" in result.output and "out.jsonl" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["results"] and not list(folder.iterdir())  # no .tmp


def test_existing_file_for_csv_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "tables"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(DOC), "-o", str(target), "-f", "csv"])
    assert result.exit_code == 2 and "is a file" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


@pytest.mark.parametrize("fmt, name", [("jsonl", "out.jsonl"), ("csv", "tables/citations.csv"),
                                       ("parquet", "tables/targets.parquet")])
def test_output_files_respect_the_umask(tmp_path: Path, fmt: str, name: str) -> None:
    from kehoach_nlp.batch import run_batch

    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    old = os.umask(0o022)
    try:
        run_batch([DOC], out, fmt=fmt, jobs=1)  # type: ignore[arg-type]
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_rewrite_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    from kehoach_nlp.batch import run_batch

    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    out.chmod(0o640)
    run_batch([DOC], out, jobs=1)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_show_writes_to_the_current_folder_not_the_corpus(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text("KẾ HOẠCH\nCăn cứ Nghị định 221/2013/NĐ-CP của Chính phủ;\n",
                                     encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = runner.invoke(app, ["show", str(corpus / "plan.txt")])
    assert result.exit_code == 0, result.output
    assert (work / "plan.txt.html").is_file()
    assert sorted(p.name for p in corpus.iterdir()) == ["plan.txt"]
