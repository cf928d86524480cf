"""Label-free coverage over real plans (issue #21, "Development on real plans").

The counting regexes are specified on short invented lines; the whole report runs
on a temporary root of invented plans; and a slow test runs it over
``../shared/real-plans`` (skipped when that folder is absent, as in a fresh clone).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_nlp.cli import app
from kehoach_nlp.evaluation.columns import REAL_ROOT_ENV, load_split
from kehoach_nlp.evaluation.coverage import (coverage, has_implementation_heading, numbered_references, render,
                                             roman_heading_lines, totals)

ROOT = Path(__file__).resolve().parent.parent
REAL_ROOT = Path(os.environ.get(REAL_ROOT_ENV) or ROOT.parent / "shared" / "real-plans")


@pytest.mark.parametrize("line, is_heading", [
    ("**I. MỤC ĐÍCH, YÊU CẦU**", True),
    ("II. NỘI DUNG TRỌNG TÂM", True),
    ("# III) Giải pháp", True),
    ("*IV.* Tổ chức thực hiện", True),
    ("**IV- TỔ CHỨC THỰC HIỆN**", True),
    ("**I.1** Quán triệt", False),        # a sub-item, not a Roman heading
    ("1. Sở Y tế", False),
    ("| I. | Nhiệm vụ |", False),            # a table row
    ("Inh. 5", False),
])
def test_roman_heading_lines(line: str, is_heading: bool) -> None:
    assert bool(roman_heading_lines(f"Mở đầu\n{line}\nNội dung")) is is_heading


@pytest.mark.parametrize("text, present", [
    ("**III. TỔ CHỨC\nTHỰC HIỆN**\n1. Sở Y tế", True),          # wrapped over two lines, in emphasis
    ("4. Tổ chức thực hiện\nCác sở, ngành", True),
    ("IV- TỔ CHỨC THỰC HIỆN", True),
    ("Giao Sở Nội vụ tổ chức thực hiện kế hoạch.", False),      # the words, not a heading
    ("TỔ CHỨC THỰC HIỆN", False),                              # unnumbered
])
def test_numbered_implementation_heading(text: str, present: bool) -> None:
    assert has_implementation_heading(text) is present


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Nghị định số 12/2024/NĐ-CP ngày 01/02/2024", ["12/2024/NĐ-CP"]),
    ("Quyết định số 36/QĐ-TTg và Kế hoạch 15/KH-UBND", ["36/QĐ-TTg", "15/KH-UBND"]),
    ("Kết luận số 132-KL/TW của Bộ Chính trị; Chương trình 09-CTr/TU", ["132-KL/TW", "09-CTr/TU"]),
    ("Thông tư 01/2021/TT-BLĐTBXH", ["01/2021/TT-BLĐTBXH"]),
    ("ngày 30/12/2013, đạt 90/100 điểm", []),                      # dates and ratios are not numbers
])
def test_numbered_references(text: str, expected: list[str]) -> None:
    assert numbered_references(text) == expected


PLAN = ("**KẾ HOẠCH**\n\nCăn cứ Quyết định số 36/QĐ-TTg ngày 11/01/2024 của Thủ tướng Chính phủ;\n\n"
        "**I. MỤC ĐÍCH, YÊU CẦU**\n\nPhấn đấu 100% xã có kế hoạch.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n1. Sở Y tế chủ trì triển khai kế hoạch.\n")


def _root(tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    root = tmp_path / "real-plans"
    for name in ("formal/dev1.md", "formal/test1.md", "news/held1.md"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(PLAN, encoding="utf-8")
    return root, {"dev": ["formal/dev1.md"], "test": ["formal/test1.md"], "held_out": ["news/held1.md"]}


def test_coverage_counts_and_hides_the_test_half(tmp_path: Path) -> None:
    root, split = _root(tmp_path)
    rows = coverage(root, split)
    row = next(r for r in rows if r.source == "formal/dev1.md")
    assert (row.roman_lines, row.implementation_heading, row.references, row.errors, row.offset_mismatches) == \
        (2, True, 1, 0, 0)
    table = render(rows)
    assert "formal/dev1" in table
    assert "formal/test1" not in table and "news/held1" not in table
    assert "2 documents of the test split and held_out (or of an unknown split) are counted in TOTAL" in table
    assert totals(rows)["documents"] == 3 and totals(rows)["roman_lines"] == 6
    assert "formal/test1" in render(rows, show_test=True)


def test_coverage_command(tmp_path: Path) -> None:
    root, split = _root(tmp_path)
    gold = tmp_path / "gold"
    (gold / "real").mkdir(parents=True)
    (gold / "real" / "split.json").write_text(json.dumps(split), encoding="utf-8")
    result = CliRunner().invoke(app, ["coverage", str(root), "--gold", str(gold), "--json", "--check"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["source"] for d in data["documents"]] == ["formal/dev1.md"]
    assert data["totals"]["documents"] == 3
    # without a split.json the test half is unknown: nothing is shown one by one
    bare = CliRunner().invoke(app, ["coverage", str(root), "--gold", str(tmp_path / "nowhere")])
    assert "formal/dev1 " not in bare.stdout and "3 documents of the test split and held_out (or of an unknown split)" in bare.stdout


def test_coverage_command_without_a_root_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["coverage", str(tmp_path / "absent")])
    assert result.exit_code == 2 and "No folder" in result.output


@pytest.mark.slow
@pytest.mark.skipif(not REAL_ROOT.is_dir(), reason=f"{REAL_ROOT} absent (a fresh clone)")
def test_pipeline_over_every_real_plan_has_no_errors_and_exact_offsets() -> None:
    """Runs the whole pipeline over ../shared/real-plans and prints the coverage table
    (test and held-out documents only in the totals)."""
    rows = coverage(REAL_ROOT, load_split(ROOT / "gold"))
    print("\n" + render(rows))
    assert rows
    broken = [(r.source, r.error_messages[:3]) if not r.hidden else  # test texts: counts only
              (f"a {r.split} document", f"{r.errors} errors, {r.offset_mismatches} offset mismatches")
              for r in rows if r.errors or r.offset_mismatches]
    assert broken == []
