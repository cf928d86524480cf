"""The dev/test split stays clean: every unlabelled real document that is a near-duplicate of a
test or held-out document (word 5-gram Jaccard ≥ THRESHOLD, transitively) is itself held out, so
that nobody writing rules reads a copy of a test document. Skipped when ../shared/real-plans is
absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach_nlp.evaluation.columns import REAL_SETS, default_real_root, load_split
from kehoach_nlp.evaluation.near_duplicates import jaccard, near_duplicates, shingles

GOLD = Path(__file__).resolve().parent.parent / "gold"


@pytest.mark.parametrize("a, b, near", [
    ("Con thương binh mất sức lao động 81% trở lên được cộng 2,0 điểm ưu tiên khi xét tuyển",
     "Con thương binh mất sức lao động 81% trở lên được cộng 2,0 điểm ưu tiên khi xét tuyển lớp 10", True),
    ("Sở Y tế chủ trì, phối hợp với Công an tỉnh tổ chức kiểm tra các cơ sở",
     "Ủy ban nhân dân các huyện xây dựng kế hoạch tuyên truyền phòng, chống ma túy", False),
])
def test_similarity_of_shingles(a: str, b: str, near: bool) -> None:
    assert (jaccard(shingles(a), shingles(b)) >= 0.2) is near


def test_every_near_duplicate_of_a_test_document_is_held_out() -> None:
    root = default_real_root(GOLD)
    if not root.is_dir():
        pytest.skip("../shared/real-plans is absent")
    split = load_split(GOLD)
    missing = {path: found for path, found in near_duplicates(root, split).items()
               if path not in split.get("held_out", [])}
    assert not missing, f"near-duplicates of kept-out documents not in held_out: {missing}"


def test_no_fresh_dev_document_copies_a_real_test_or_held_out_document() -> None:
    """A later batch drawn from the same dataset may hold a real document that was kept out (round 17: a held-out
    news page, which has no gold file, passed batch 20's filters). Each fresh-dev text must share less than the
    threshold with every real test and held-out text."""
    root = default_real_root(GOLD)
    fresh = root.parent / "real-plans-fresh"
    if not root.is_dir() or not fresh.is_dir():
        pytest.skip("../shared/real-plans or ../shared/real-plans-fresh is absent")
    split = load_split(GOLD)
    kept_out = [shingles((root / path).read_text(encoding="utf-8")) for path in split["test"] + split.get("held_out", [])
                if (root / path).is_file()]
    fresh_split = load_split(GOLD, next(s for s in REAL_SETS if s.gold_subdir == "fresh"))
    copies = {}
    for path in fresh_split.get("dev", []):
        text = fresh / path
        if not text.is_file():
            continue
        own = shingles(text.read_text(encoding="utf-8"))
        best = max((jaccard(own, other) for other in kept_out), default=0.0)
        if best >= 0.2:
            copies[path] = round(best, 3)
    assert not copies, f"fresh-dev documents that copy a real test or held-out document: {copies}"
