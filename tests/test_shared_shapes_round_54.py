"""One list-marker shape for every stage that asks where a clause opens (round 54; data/headings.toml [shapes]
list_marker). Table-driven: a marker → whether the shape reads it, and where the citation stage's clause opens in a
line that starts with it (after the marker, so that a basis cue at the clause's start is seen).
"""

from __future__ import annotations

import pytest
import regex

from kehoach_nlp.citations import _clause_opening
from kehoach_nlp.headings import shape


@pytest.mark.parametrize("marker, reads", [
    ("-", True), ("+", True), ("•", True), ("*", True),
    ("2.", True), ("1.2)", True), ("1.2.3.", True), ("(3)", True), ("c)", True), ("đ.", True),
    ("II.", False), ("A)", False), ("123.", False), ("(a)", False),
])
def test_list_marker_shape(marker: str, reads: bool) -> None:
    assert (regex.fullmatch(shape("list_marker"), marker) is not None) is reads


@pytest.mark.parametrize("text, clause", [
    # the citation stage's clause opens after a numbered, a lettered or a bracketed item's marker
    ("Điều 1.\n1.2) Căn cứ Quy chế", "Căn cứ Quy chế"),
    ("Điều 1.\n(3) Căn cứ Quy chế", "Căn cứ Quy chế"),
    ("Điều 1.\nc) Căn cứ Quy chế", "Căn cứ Quy chế"),
    ("Điều 1.\n- Căn cứ Quy chế", "Căn cứ Quy chế"),
    # a sentence's full stop before the cue opens it too
    ("Thực hiện tốt. Căn cứ Quy chế", " Căn cứ Quy chế"),
])
def test_citation_clause_opens_after_the_marker(text: str, clause: str) -> None:
    openings = list(_clause_opening().finditer(text))
    assert text[openings[-1].end():] == clause
