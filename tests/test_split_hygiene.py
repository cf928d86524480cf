"""The dev/test split stays clean: every unlabelled real document that is a near-duplicate of a
test or held-out document (word 5-gram Jaccard ≥ THRESHOLD, transitively) is itself held out, so
that nobody writing rules reads a copy of a test document. Skipped when ../shared/real-plans is
absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach_nlp.evaluation.columns import default_real_root, load_split
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
