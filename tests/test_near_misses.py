"""tools/near_misses.py: the dev gold's near misses, never a test document's."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("near_misses", ROOT / "tools" / "near_misses.py")
near_misses = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(near_misses)


@pytest.mark.parametrize("predicted, gold, kind", [
    ("các cơ quan, đơn vị có liên quan", "cơ quan, đơn vị có liên quan", "plural word"),
    ("Ủy ban nhân dân xã, phường", "các Ủy ban nhân dân xã, phường", "plural word"),
    ("Các doanh nghiệp, tổ chức kinh tế, cơ sở giáo dục", "các doanh nghiệp", "prediction longer"),
    ("Ban Chấp hành", "Ban Chấp hành Công đoàn Ngân hàng Việt Nam", "prediction shorter"),
    ("Quốc hội", "Tổng Thư ký Quốc hội", "prediction shorter"),
    ("các bộ", "Bộ Tài chính", "other"),
])
def test_a_pair_is_told_apart_by_what_one_name_lacks(predicted: str, gold: str, kind: str) -> None:
    assert near_misses.shape(predicted, gold) == kind


def test_only_the_dev_split_is_read(tmp_path: Path, monkeypatch) -> None:
    gold = tmp_path / "gold"
    (gold / "real").mkdir(parents=True)
    (gold / "real" / "split.json").write_text(json.dumps({"dev": [], "test": ["formal/abc.md"]}), encoding="utf-8")
    (gold / "real" / "abc.json").write_text(json.dumps({"doc_id": "abc", "source": "formal/abc.md"}), encoding="utf-8")
    monkeypatch.setenv("KEHOACH_REAL_ROOT", str(tmp_path / "real-plans"))
    assert list(near_misses.dev_gold(gold)) == []


class _Gold:
    def __init__(self, agency: str, start: int, end: int) -> None:
        self.fields, self.start, self.end = {"agency": agency}, start, end


def test_unread_agencies_are_those_no_record_overlaps() -> None:
    # round 42: a gold agency no prediction names and none of whose tasks a predicted record overlaps is unread; one
    # whose task another name covers is a near miss instead
    gold = [_Gold("Cơ quan Kiểm lâm trên địa bàn", 100, 160), _Gold("Sở Y tế", 200, 240),
            _Gold("Ban Chấp hành Công đoàn", 300, 340)]
    predicted = [{"agency": "Sở Y tế", "start": 200, "end": 240}, {"agency": "Ban Chấp hành", "start": 300, "end": 340}]
    assert [g.fields["agency"] for g in near_misses.unread(predicted, gold)] == ["Cơ quan Kiểm lâm trên địa bàn"]
