"""Targets rules of round 53 (SPEC §5), from the dev columns' errors (never the test columns'). Table-driven: a
Vietnamese text → the records or the field the rule decides; guards keep what must not change."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _indicators(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.indicator) for t in extract_text("# Tin tức\n\n" + text + "\n").targets]


@pytest.mark.parametrize("text, expected", [
    # a bare head names in short the whole noun an earlier count of its sentence wrote out
    ("Hà Nội sắp xếp để hình thành 126 đơn vị hành chính cấp xã mới (75 xã, 51 phường), giảm 400 đơn vị.",
     [("126 đơn vị hành chính cấp xã", "đơn vị hành chính cấp xã mới"),
      ("400 đơn vị", "giảm đơn vị hành chính cấp xã")]),
    ("Phấn đấu thành lập 12 hợp tác xã nông nghiệp, trong đó 5 hợp tác xã ứng dụng công nghệ cao.",
     [("12 hợp tác xã", "hợp tác xã nông nghiệp"), ("5 hợp tác xã", "hợp tác xã ứng dụng công nghệ cao")]),
    # guards: another sentence, or a head that is not the earlier unit's first word
    ("Hình thành 126 đơn vị hành chính cấp xã mới. Giảm 400 đơn vị.",
     [("126 đơn vị hành chính cấp xã", "đơn vị hành chính cấp xã mới"), ("400 đơn vị", "Giảm đơn vị")]),
])
def test_elliptic_head(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _indicators(text) == expected
