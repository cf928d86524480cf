"""The library API and the command's conventions (issue 17): version, extract(path), extract_text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kehoach_nlp
from kehoach_nlp.cli import app

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "corpus" / "001_de8a39346a403402.txt"


@pytest.mark.parametrize("command", [
    [sys.executable, "-m", "kehoach_nlp", "--version"],
    [sys.executable, "-c", "from kehoach_nlp.cli import main; main()", "--version"],
])
def test_version_is_printed(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"kehoach {kehoach_nlp.__version__}"


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run([sys.executable, "-m", "kehoach_nlp", "schema"], capture_output=True, text=True)
    assert result.returncode == 0 and '"title": "Document"' in result.stdout


def test_version_option_in_process() -> None:
    assert CliRunner().invoke(app, ["--version"]).stdout.strip() == f"kehoach {kehoach_nlp.__version__}"


@pytest.mark.parametrize("argument, error", [
    ("corpus/typo.txt", FileNotFoundError),                 # a mistyped path: never extracted as text
    ("không_có_tệp_này", FileNotFoundError),                # one line without a line break is a path
    (Path("corpus/typo.txt"), FileNotFoundError),
    (str(ROOT / "corpus"), IsADirectoryError),              # a folder: extract_many
    (b"bytes", TypeError),
])
def test_extract_refuses_what_is_not_a_document_file(argument: object, error: type) -> None:
    with pytest.raises(error):
        kehoach_nlp.extract(argument)  # type: ignore[arg-type]


@pytest.mark.parametrize("argument", [str(DOC), DOC])
def test_extract_reads_a_file(argument: object) -> None:
    document = kehoach_nlp.extract(argument)  # type: ignore[arg-type]
    assert document.doc_id == "001_de8a39346a403402" and document.citations


def test_extract_text_takes_one_line_and_a_doc_id() -> None:
    document = kehoach_nlp.extract_text("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ",
                                        doc_id="ví_dụ")
    assert document.doc_id == "ví_dụ"
    assert document.citations[0].number == "221/2013/NĐ-CP"


def test_extract_still_takes_a_multi_line_text() -> None:
    document = kehoach_nlp.extract("KẾ HOẠCH\nCăn cứ Nghị định 221/2013/NĐ-CP của Chính phủ;\n")
    assert document.doc_id == "text" and document.citations[0].number == "221/2013/NĐ-CP"
