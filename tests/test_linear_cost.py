"""Issue 19, linear cost: for each hostile shape, 8 times the text must cost about 8 times the
time — not 64. Ratios of times at two small sizes, not wall time, so the tests hold on slow
and loaded machines. The shapes are those of ``benchmarks/adversarial.py``."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

import pytest

from kehoach_nlp.structure import parse_structure
from kehoach_nlp.targets import find_targets
from kehoach_nlp.text import normalize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import adversarial  # noqa: E402

SMALL, LARGE = 25_000, 200_000
#: Linear growth gives a ratio near 8, quadratic near 64; the limit leaves room for noise.
MAX_RATIO = 16.0


def _best_time(run: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def _ratio(shape: str, stage: Callable[[str], object]) -> float:
    make = getattr(adversarial, shape)
    small, large = make(SMALL), make(LARGE)
    stage(small)  # warm caches and lazy models
    return _best_time(lambda: stage(large)) / _best_time(lambda: stage(small))


def _targets(text: str) -> object:
    return find_targets(parse_structure(normalize(text).text))


@pytest.mark.parametrize("shape", ["targets", "bullets", "one_line", "normal"])
def test_targets_cost_grows_linearly(shape: str) -> None:
    """Each target's sentence used to be found with str.find/rfind over the document, and the
    candidates after each target copied: repeated targets and bullet lines grew quadratically."""
    ratio = _ratio(shape, _targets)
    assert ratio < MAX_RATIO, f"{shape}: 8× the text took {ratio:.1f}× the time"


def test_reading_html_cost_is_bounded_by_the_depth_limit() -> None:
    from kehoach_nlp.reading.html import read_html
    from kehoach_nlp.reading import ReadError

    def read(text: str) -> object:
        try:
            return read_html(text.encode("utf-8"))
        except ReadError:
            return None

    ratio = _ratio("deep_div", read)
    assert ratio < MAX_RATIO, f"deep <div>: 8× the text took {ratio:.1f}× the time"


@pytest.mark.xfail(reason="assignments.py: agency candidates checked against every mention, mention lists "
                          "copied per note (being rewritten by another engineer; see docs/robustness.md)",
                   strict=False)
@pytest.mark.parametrize("shape", ["lead_partner", "notes", "provinces"])
def test_assignments_cost_grows_linearly(shape: str) -> None:
    from kehoach_nlp.assignments import find_assignments

    small = 2_500 if shape == "provinces" else 12_500  # provinces: 100 KB takes minutes today
    make = getattr(adversarial, shape)

    def stage(text: str) -> object:
        return find_assignments(parse_structure(normalize(text).text))

    stage(make(small))
    ratio = _best_time(lambda: stage(make(small * 8)), 1) / _best_time(lambda: stage(make(small)), 1)
    assert ratio < MAX_RATIO, f"{shape}: 8× the text took {ratio:.1f}× the time"


@pytest.mark.parametrize("text", [
    "Tổ chức 5 Ðoàn kiểm tra tại các xã.",  # Ð is U+00D0 (Icelandic eth), not Đ
    "Tổ chức 5 Ðoàn kiểm tra tại các xã. Đoàn viên tham gia đầy đủ.",
    "Có 12 Ðội công tác xã hội.",
])
def test_a_unit_the_segmenter_rewrote_never_widens_or_empties_a_span(text: str) -> None:
    """The unit's end used to be searched for from the number to the end of the document: an
    empty span at 0 (not found) or a span running to a later "Đoàn" (and a scan per target)."""
    for target in find_targets(parse_structure(text)):
        assert target.start < target.end and text[target.start:target.end] == target.text
        assert "." not in target.text, target.text
