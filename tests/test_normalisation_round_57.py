"""Look-alike letters of another Latin alphabet (round 57; normalisation.toml [look_alikes]).

"lűy kế" (the Hungarian ű typed for ũ) reads as "lũy kế", one letter for one, so every offset holds; a foreign name
that is no Vietnamese syllable keeps its letter.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.text import normalize


@pytest.mark.parametrize("source, expected", [
    ("vốn đầu tư công năm 2025 - lűy kế đến hết ngày 27/11/2025", "vốn đầu tư công năm 2025 - lũy kế đến hết ngày 27/11/2025"),
    ("LŰY KẾ ĐẾN NAY", "LŨY KẾ ĐẾN NAY"),
    # foreign names keep ű: no syllable of Vietnamese
    ("Ông Hegedűs và ông Szűrös lűy kế", "Ông Hegedűs và ông Szűrös lũy kế"),
])
def test_look_alike_vowel_is_mended(source: str, expected: str) -> None:
    normalized = normalize(source)
    assert normalized.text == expected
    at = expected.index("lũy") if "lũy" in expected else expected.index("LŨY")
    assert normalized.to_source(at, at + 3) == (at, at + 3)  # the mended word maps onto the word as written
