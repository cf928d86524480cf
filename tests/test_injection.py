"""Issue 19, injection: what a document says is shown and stored as data, never run — not by
a spreadsheet (CSV formulas), not by rich (markup), not by the terminal (escape sequences)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_nlp.batch import run_batch
from kehoach_nlp.cli import app
from kehoach_nlp.outputs import spreadsheet_safe

HOSTILE_PLAN = (
    "=HYPERLINK(\"http://evil/\",\"bấm\")\n"
    "KẾ HOẠCH\n"
    "Triển khai [/] công tác [red]phòng chống[/red] \x1b[2J\x1b]0;pwned\x07 năm 2024\n"
    "Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 01/02/2023 của UBND tỉnh [bold]X[/bold];\n"
    "I. MỤC TIÊU [/] \x1b[31m\n"
    "1. Phấn đấu 100% xã [/b] có trạm y tế.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế [/] chủ trì, phối hợp với Sở Tài chính tổ chức triển khai kế hoạch.\n"
    "- Sở Tài chính bố trí kinh phí thực hiện.\n"
)


@pytest.mark.parametrize("cell, shown", [
    ("=1+1", "'=1+1"),
    ("+84 912", "'+84 912"),
    ("- Sở Y tế chủ trì", "'- Sở Y tế chủ trì"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("Sở Y tế", "Sở Y tế"),
    ("1.600 lượt", "1.600 lượt"),
    (-5, -5),
    (None, None),
    ("k\udcffh", "k\\xffh"),  # a file name that is not UTF-8
])
def test_spreadsheet_cells_are_neutralised(cell: object, shown: object) -> None:
    assert spreadsheet_safe(cell) == shown


def test_csv_tables_hold_no_formula(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "=cmd.txt").write_text(HOSTILE_PLAN, encoding="utf-8")
    out = tmp_path / "tables"
    run_batch([folder], out, fmt="csv", jobs=1)
    cells = []
    for table in ("documents", "sections", "citations", "targets", "assignments"):
        with open(out / f"{table}.csv", encoding="utf-8-sig", newline="") as handle:
            cells += [value for row in csv.DictReader(handle) for value in row.values() if value]
    assert "'=cmd" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


@pytest.mark.parametrize("command", ["sections", "citations", "agencies"])
def test_markup_and_escape_sequences_in_a_document_are_shown_not_run(tmp_path: Path, command: str) -> None:
    path = tmp_path / "[red]plan[bold].txt"
    path.write_text(HOSTILE_PLAN, encoding="utf-8")
    result = CliRunner().invoke(app, [command, str(path)])
    assert result.exit_code == 0, result.output  # MarkupError used to crash the command
    assert "\x1b" not in result.output and "\x07" not in result.output
    if command == "sections":
        assert "MỤC TIÊU [/] \\x1b[31m" in result.output
    if command == "citations":  # the file name, as written, in "cited in"
        assert "[red]" in result.output and "[bold]" in result.output
    if command == "agencies":
        assert "Sở Y tế" in result.output
