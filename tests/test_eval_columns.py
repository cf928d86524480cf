"""`kehoach eval` in columns (seeds, synthetic, real-dev, real-test, fresh-dev, fresh-test) and a gate
that fails when it measures nothing (issues #16 and #17).

Every case builds a small repository in a temporary folder: gold files written
here against short invented plans, and a "real root" beside it standing for
``../shared/real-plans`` (the real texts never enter the repository or the tests).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Optional

import pytest
from typer.testing import CliRunner

from kehoach_nlp.cli import app
from kehoach_nlp.evaluation.columns import REAL_ROOT_ENV, evaluate_columns
from kehoach_nlp.evaluation.runner import gate, load_column_thresholds

SEED = ("Căn cứ Nghị định số 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;\n"
        "Phấn đấu trên 90% xã được tuyên truyền.\n")
REAL = ("**KẾ HOẠCH**\n\nCăn cứ Quyết định số 36/QĐ-TTg ngày 11/01/2024 của Thủ tướng Chính phủ;\n"
        "Phấn đấu 100% xã có kế hoạch.\n")
SEED_GOLD = {"citations": [{"quote": "Nghị định số 221/2013/NĐ-CP", "type": "decree", "number": "221/2013/NĐ-CP"}],
             "targets": [{"quote": "trên 90%", "value": 90, "comparator": ">"}]}
REAL_GOLD = {"citations": [{"quote": "Quyết định số 36/QĐ-TTg", "type": "decision", "number": "36/QĐ-TTg"}]}
SPLIT = {"dev": ["formal/aaaa.md"], "test": ["formal/bbbb.md"], "held_out": []}
SEED_THRESHOLDS = {"seeds+synthetic": {"citations.overlap.f1": 0.5}}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_repo(tmp_path: Path, *, seed: bool = True, real: Optional[dict[str, dict]] = None,
              real_root: bool = True, thresholds: Optional[dict[str, Any]] = None) -> Path:
    """tmp/repo/{gold,corpus,synthetic} and tmp/shared/real-plans/formal/*.md. Returns the gold folder."""
    repo = tmp_path / "repo"
    gold = repo / "gold"
    (gold / "real").mkdir(parents=True)
    (repo / "corpus").mkdir()
    (repo / "synthetic").mkdir()
    if seed:
        (repo / "corpus" / "seed.txt").write_text(SEED, encoding="utf-8")
        (gold / "seed.json").write_text(json.dumps({"doc_id": "seed", "text_sha256": _sha(SEED), **SEED_GOLD},
                                                   ensure_ascii=False), encoding="utf-8")
    (gold / "real" / "split.json").write_text(json.dumps(SPLIT), encoding="utf-8")
    root = tmp_path / "shared" / "real-plans"
    if real_root:
        (root / "formal").mkdir(parents=True)
    for source, records in (real or {}).items():
        if real_root:
            (root / source).write_text(REAL, encoding="utf-8")
        doc_id = Path(source).stem
        (gold / "real" / f"{doc_id}.json").write_text(json.dumps(
            {"doc_id": doc_id, "source": source, "text_sha256": _sha(REAL), **records}, ensure_ascii=False),
            encoding="utf-8")
    (gold / "thresholds.json").write_text(json.dumps(SEED_THRESHOLDS if thresholds is None else thresholds),
                                          encoding="utf-8")
    return gold


def run_gate(gold: Path, **kwargs: Any) -> tuple[list[str], list[str]]:
    evaluation = evaluate_columns(gold, real_root=gold.parent.parent / "shared" / "real-plans", **kwargs)
    return gate(evaluation, load_column_thresholds(gold))


@pytest.fixture(autouse=True)
def _no_real_root_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REAL_ROOT_ENV, raising=False)


# --- the columns ------------------------------------------------------------------------

def test_each_gold_file_lands_in_its_column(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD, "formal/bbbb.md": REAL_GOLD})
    evaluation = evaluate_columns(gold)   # default real root: ../shared/real-plans beside the repository
    columns = {name: [g.doc_id for g in c.golds] for name, c in evaluation.columns.items()}
    assert columns == {"seeds": ["seed"], "synthetic": [], "real-dev": ["aaaa"], "real-test": ["bbbb"],
                       "fresh-dev": [], "fresh-test": [], "seeds+synthetic": ["seed"]}
    assert evaluation.columns["real-dev"].board.flat()["citations.overlap.f1"] == 1.0


def add_fresh_set(tmp_path: Path, gold: Path, *, texts: bool = True) -> None:
    """A later batch: gold/fresh/{split.json,cccc.json,dddd.json}, texts in shared/real-plans-fresh/."""
    (gold / "fresh").mkdir()
    (gold / "fresh" / "split.json").write_text(json.dumps({"dev": ["formal/cccc.md"], "test": ["formal/dddd.md"]}),
                                               encoding="utf-8")
    root = tmp_path / "shared" / "real-plans-fresh"
    for doc_id in ("cccc", "dddd"):
        if texts:
            (root / "formal").mkdir(parents=True, exist_ok=True)
            (root / "formal" / f"{doc_id}.md").write_text(REAL, encoding="utf-8")
        (gold / "fresh" / f"{doc_id}.json").write_text(json.dumps(
            {"doc_id": doc_id, "source": f"formal/{doc_id}.md", "text_sha256": _sha(REAL), **REAL_GOLD},
            ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("texts, expected", [
    (True, {"fresh-dev": ["cccc"], "fresh-test": ["dddd"]}),
    (False, {"fresh-dev": [], "fresh-test": []}),          # its root absent: skipped, not a problem
])
def test_a_later_batch_scores_in_its_own_columns_from_its_own_root(tmp_path: Path, texts: bool,
                                                                   expected: dict[str, list[str]],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KEHOACH_FRESH_ROOT", raising=False)  # the batch's own root, not the machine's
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD, "formal/bbbb.md": REAL_GOLD})
    add_fresh_set(tmp_path, gold, texts=texts)
    evaluation = evaluate_columns(gold)
    assert {c: [g.doc_id for g in evaluation.columns[c].golds] for c in expected} == expected
    assert evaluation.problems == []
    assert (evaluation.columns["fresh-test"].skipped is None) == texts
    assert [g.doc_id for g in evaluation.columns["real-dev"].golds] == ["aaaa"]


def test_split_documents_without_gold_are_counted_as_unlabelled(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD})
    evaluation = evaluate_columns(gold)
    assert evaluation.columns["real-test"].unlabelled == ["formal/bbbb.md"]
    assert evaluation.columns["real-dev"].unlabelled == []


# --- the gate ---------------------------------------------------------------------------

@pytest.mark.parametrize("repo, expected", [
    # nothing measured: no gold at all (an empty folder, or outside the repository)
    (dict(seed=False), "no gold documents found"),
    # no thresholds: the gate would check nothing
    (dict(thresholds={}), "no thresholds"),
    # a threshold whose metric has no gold records behind it: the seed has no assignments
    (dict(thresholds={"seeds+synthetic": {"assignments.agency_set.f1": 0.1}}),
     "seeds+synthetic.assignments.agency_set.f1: no gold records behind it"),
    # … or a field no gold record carries
    (dict(thresholds={"seeds+synthetic": {"targets.field.deadline": 0.1}}), "no gold records behind it"),
    # a threshold on a column with no gold documents at all
    (dict(thresholds={**SEED_THRESHOLDS, "real-test": {"citations.overlap.f1": 0.1}}),
     "real-test: 1 thresholds but no gold documents"),
    # a real gold file whose source is not in split.json
    (dict(real={"formal/cccc.md": REAL_GOLD}), "in neither dev nor test"),
    # a metric below its minimum
    (dict(thresholds={"seeds+synthetic": {"targets.strict.f1": 1.01}}), "seeds+synthetic.targets.strict.f1 = 1.0 < 1.01"),
])
def test_the_gate_fails_with_a_one_line_reason(tmp_path: Path, repo: dict, expected: str) -> None:
    failures, _ = run_gate(make_repo(tmp_path, **repo))
    assert any(expected in f for f in failures), failures
    assert all("\n" not in f for f in failures)


def test_a_gold_document_whose_text_is_missing_fails(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD})
    (gold.parent / "corpus" / "seed.txt").unlink()
    (tmp_path / "shared" / "real-plans" / "formal" / "aaaa.md").unlink()
    failures, _ = run_gate(gold)
    assert sum("its text is missing" in f for f in failures) == 2, failures


def test_an_absent_real_root_skips_the_real_columns_without_failing(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD}, real_root=False,
                     thresholds={**SEED_THRESHOLDS, "real-dev": {"citations.overlap.f1": 0.5}})
    failures, notes = run_gate(gold)
    assert failures == []
    assert any("real plans not found" in n for n in notes)


def test_the_gate_passes_on_real_columns_that_meet_their_floors(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD, "formal/bbbb.md": REAL_GOLD},
                     thresholds={**SEED_THRESHOLDS, "real-dev": {"citations.overlap.f1": 0.5},
                                 "real-test": {"citations.overlap.f1": 0.5}})
    assert run_gate(gold) == ([], [])


def test_legacy_flat_thresholds_count_for_seeds_and_synthetic(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, thresholds={"_comment": "old format", "citations.overlap.f1": 0.5})
    assert load_column_thresholds(gold) == {"seeds+synthetic": {"citations.overlap.f1": 0.5}}


# --- the command ------------------------------------------------------------------------

def test_eval_check_in_an_empty_folder_exits_non_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: "0 gold documents", every F1 1.000, exit 0."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--check"])
    assert result.exit_code == 1
    assert "no gold documents found" in result.output
    assert "1.000" not in result.output


def test_eval_without_check_in_an_empty_folder_exits_non_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: run outside the repository, "Gate failed: no gold documents found …" and exit 0 (round 56)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KEHOACH_REAL_ROOT", raising=False)
    monkeypatch.delenv("KEHOACH_FRESH_ROOT", raising=False)
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 1
    assert "no gold documents found" in result.output


def test_eval_shows_four_columns_and_json_prefixes_metrics(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD, "formal/bbbb.md": REAL_GOLD})
    table = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--check"], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    for column in ("seeds", "synthetic", "real-dev", "real-test"):
        assert column in table.output
    markdown = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--markdown"]).output
    assert "| metric | seeds (1 docs) | synthetic (0 docs) | real-dev (1 docs) | real-test (1 docs) |" in markdown
    data = json.loads(CliRunner().invoke(app, ["eval", "--gold", str(gold), "--json"]).stdout)
    assert data["flat"]["real-test.citations.overlap.f1"] == 1.0
    assert data["flat"]["seeds.targets.overlap.f1"] == 1.0
    assert "seeds.assignments.agency_set.f1" not in data["flat"]   # no gold behind it: not a figure
    assert data["gate"]["passed"] is True


def test_real_root_option_points_elsewhere(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD})
    elsewhere = tmp_path / "elsewhere"
    (tmp_path / "shared").rename(elsewhere)
    args = ["eval", "--gold", str(gold), "--json"]
    skipped = json.loads(CliRunner().invoke(app, args).stdout)
    assert skipped["columns"]["real-dev"]["skipped"]
    found = json.loads(CliRunner().invoke(app, [*args, "--real-root", str(elsewhere / "real-plans")]).stdout)
    assert found["columns"]["real-dev"]["documents"] == ["aaaa"]


def test_errors_of_real_test_are_printed_only_on_request(tmp_path: Path) -> None:
    wrong = {"citations": [{"quote": "Quyết định số 36/QĐ-TTg", "type": "decision", "number": "99/QĐ-TTg"}]}
    gold = make_repo(tmp_path, real={"formal/aaaa.md": wrong, "formal/bbbb.md": wrong})
    output = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--errors", "--markdown"]).stdout
    assert "aaaa:3 citations FN" in output                        # real-dev errors are read
    assert "bbbb:" not in output                                 # real-test's are not …
    assert "errors not printed — the test half is scored only" in output  # … and it says why
    with_test = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--errors", "--include-test"]).stdout
    assert "bbbb:3 citations FN" in with_test


def test_split_option_runs_one_real_column(tmp_path: Path) -> None:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD, "formal/bbbb.md": REAL_GOLD})
    data = json.loads(CliRunner().invoke(app, ["eval", "--gold", str(gold), "--split", "dev", "--json"]).stdout)
    assert data["columns"]["real-dev"]["documents"] == ["aaaa"]
    assert data["columns"]["seeds"]["documents"] == [] and data["columns"]["real-test"]["documents"] == []
    assert data["gate"]["passed"] is True


# --- agreement between passes on real plans -----------------------------------------------

def _passes(tmp_path: Path, b_records: dict) -> tuple[Path, Path]:
    gold = make_repo(tmp_path, real={"formal/aaaa.md": REAL_GOLD})
    folders = []
    for name, records in (("a", REAL_GOLD), ("b", b_records)):
        folder = gold / "real" / "passes" / name
        folder.mkdir(parents=True)
        (folder / "aaaa.json").write_text(json.dumps(
            {"doc_id": "aaaa", "source": "formal/aaaa.md", "text_sha256": _sha(REAL), **records},
            ensure_ascii=False), encoding="utf-8")
        folders.append(folder)
    return folders[0], folders[1]


def test_agreement_reads_real_passes_from_the_real_root(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from kehoach_nlp.evaluation.agreement import _main, agreement

    disagree = {"citations": [{"quote": "Quyết định số 36/QĐ-TTg", "type": "decision", "number": "36/QĐ-TTg"}],
                "targets": [{"quote": "100%", "value": 100}]}
    a, b = _passes(tmp_path, disagree)
    root = tmp_path / "shared" / "real-plans"
    flat = agreement(a, b, real_root=root).flat()
    assert flat["citations.strict.f1"] == 1.0 and flat["targets.overlap.f1"] == 0.0
    assert _main([str(a), str(b), "--real-root", str(root), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "| citations: F1 overlap | 1.000 |" in out and "| targets: F1 overlap | 0.000 |" in out
    assert "| aaaa |" in out                      # the per-document table
    assert "aaaa:4 targets FN" in out             # a dev document: its disagreements are printed


def test_agreement_without_the_real_root_says_so(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from kehoach_nlp.evaluation.agreement import _main

    a, b = _passes(tmp_path, REAL_GOLD)
    assert _main([str(a), str(b), "--real-root", str(tmp_path / "absent")]) == 2
    assert "real plans not found" in capsys.readouterr().out


def test_agreement_survives_a_value_outside_the_record_vocabulary(tmp_path: Path) -> None:
    """A pass may use a citation type the records lack (e.g. 'submission' for a Tờ trình):
    the passes are still compared, on that value too (it used to raise a ValidationError)."""
    from kehoach_nlp.evaluation.agreement import agreement

    odd = {"citations": [{"quote": "Quyết định số 36/QĐ-TTg", "type": "submission", "number": "36/QĐ-TTg"}]}
    a, b = _passes(tmp_path, odd)
    flat = agreement(a, b, real_root=tmp_path / "shared" / "real-plans").flat()
    assert flat["citations.strict.f1"] == 1.0 and flat["citations.field.type"] == 0.0
