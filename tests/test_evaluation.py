"""Gold loading and scoring (issue 8), and the CI gate on gold/thresholds.json."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kehoach_nlp.evaluation.gold import GoldError, load_gold
from kehoach_nlp.evaluation.runner import check_thresholds, evaluate, load_thresholds
from kehoach_nlp.evaluation.scoring import score
from kehoach_nlp.records import Citation, Document, Target

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;\n"
        "Phấn đấu trên 90% xã được tuyên truyền; 100% cán bộ được tập huấn; 100% xã có kế hoạch.\n")


def _write(tmp_path: Path, records: dict, sha: str | None = None) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "doc.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold.json"
    data = {"doc_id": "doc", "text_sha256": sha or hashlib.sha256(TEXT.encode()).hexdigest(), **records}
    gold.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return gold, corpus


@pytest.mark.parametrize("target, expected", [
    ({"quote": "trên 90%"}, "trên 90%"),
    ({"quote": "100%", "occurrence": 2}, "100%"),
    ({"quote": "100%", "after": "cán bộ được tập huấn;"}, "100%"),
    ({"quote": "Nghị   định\n221/2013/NĐ–CP"}, "Nghị định 221/2013/NĐ-CP"),   # whitespace and dash tolerant
])
def test_quotes_resolve_to_source_offsets(tmp_path: Path, target: dict, expected: str) -> None:
    gold_path, corpus = _write(tmp_path, {"targets": [target]})
    gold = load_gold(gold_path, corpus)
    record = gold.records["targets"][0]
    assert TEXT[record.start:record.end] == expected


def test_after_picks_the_right_occurrence(tmp_path: Path) -> None:
    gold_path, corpus = _write(tmp_path, {"targets": [{"quote": "100%", "after": "tập huấn;"}]})
    record = load_gold(gold_path, corpus).records["targets"][0]
    assert record.start == TEXT.index("100% xã")


@pytest.mark.parametrize("records, message", [
    ({"targets": [{"quote": "trên 95%"}]}, "not found"),
    ({"targets": [{"quote": "100%"}]}, "occurs 2 times"),
    ({"targets": [{"quote": "100%", "occurrence": 3}]}, "occurrence 3 of 2"),
])
def test_missing_or_ambiguous_quotes_fail_loudly(tmp_path: Path, records: dict, message: str) -> None:
    gold_path, corpus = _write(tmp_path, records)
    with pytest.raises(GoldError, match=message):
        load_gold(gold_path, corpus)


def test_text_hash_is_checked(tmp_path: Path) -> None:
    gold_path, corpus = _write(tmp_path, {}, sha="0" * 64)
    with pytest.raises(GoldError, match="text_sha256"):
        load_gold(gold_path, corpus)


def test_scoring_strict_overlap_and_fields(tmp_path: Path) -> None:
    gold_path, corpus = _write(tmp_path, {
        "citations": [{"quote": "Nghị định 221/2013/NĐ-CP", "type": "decree", "number": "221/2013/NĐ-CP",
                       "issuer": "Chính phủ"}],
        "targets": [{"quote": "trên 90%", "value": 90, "comparator": ">"},
                    {"quote": "100%", "occurrence": 1, "value": 100, "comparator": "="}],
    })
    gold = load_gold(gold_path, corpus)
    start = TEXT.index("Nghị định")
    cite = Citation(text=TEXT[start - 0:start + 24], start=start, end=start + 24, type="decree",
                    number="221/2013/NĐ-CP", issuer="Bộ Tư pháp")
    t_start = TEXT.index("90%")  # overlaps "trên 90%" but is not the same span
    targets = [Target(text="90%", start=t_start, end=t_start + 3, value=90, comparator=">"),
               Target(text="tuyên", start=TEXT.index("tuyên"), end=TEXT.index("tuyên") + 5, value=7)]
    board = score([Document(doc_id="doc", citations=[cite], targets=targets)], [gold])
    flat = board.flat()
    assert flat["citations.strict.f1"] == 1.0
    assert flat["citations.field.issuer"] == 0.0
    assert flat["targets.strict.tp"] == 0 and flat["targets.overlap.tp"] == 1
    assert flat["targets.overlap.fp"] == 1 and flat["targets.overlap.fn"] == 1
    assert flat["targets.field.comparator"] == 1.0
    kinds = sorted((m.record_type, m.kind) for m in board.mistakes)
    assert ("targets", "FN") in kinds and ("targets", "FP") in kinds and ("citations", "field") in kinds


def test_thresholds_report_what_is_below() -> None:
    from kehoach_nlp.evaluation.scoring import Scoreboard

    board = Scoreboard(micro={"targets": {"overlap": {"f1": 0.5}}})
    assert check_thresholds(board, {"targets.overlap.f1": 0.9}) == ["targets.overlap.f1 = 0.5 < 0.9"]
    assert check_thresholds(board, {"targets.overlap.f1": 0.4}) == []


GOLD_FILES = sorted(p for p in (ROOT / "gold").glob("*.json") if p.name != "thresholds.json")


def test_gold_set_meets_ci_thresholds() -> None:
    """The CI gate: every column's minimums in gold/thresholds.json are met — the real
    columns too when ../shared/real-plans is there (CI), skipped with a note when not."""
    from kehoach_nlp.evaluation.columns import evaluate_columns
    from kehoach_nlp.evaluation.runner import gate, load_column_thresholds

    board, golds = evaluate(ROOT / "gold", [ROOT / "corpus", ROOT / "synthetic"])
    assert len(golds) == len(GOLD_FILES) >= 7
    thresholds = load_column_thresholds(ROOT / "gold")
    assert thresholds.get("seeds+synthetic"), "gold/thresholds.json is missing"
    assert check_thresholds(board, load_thresholds(ROOT / "gold")) == []
    failures, notes = gate(evaluate_columns(ROOT / "gold"), thresholds)
    print("\n".join(notes))
    assert failures == []


def test_agreement_of_a_pass_with_itself_is_perfect(tmp_path: Path) -> None:
    import shutil

    from kehoach_nlp.evaluation.agreement import agreement

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for gold in (ROOT / "gold").glob("syn_*.json"):
            shutil.copy(gold, tmp_path / name)
    flat = agreement(tmp_path / "a", tmp_path / "b", [ROOT / "corpus", ROOT / "synthetic"]).flat()
    for metric in ("citations.strict.f1", "targets.strict.f1", "assignments.agency_set.f1",
                   "assignments.task_coverage.f1", "sections.formal.start.f1"):
        assert flat[metric] == 1.0, metric
