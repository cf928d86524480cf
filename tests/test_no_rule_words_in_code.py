"""No Vietnamese rule word in Python code (issue #18): rule words belong in ``data/``.

Every ``src/kehoach_nlp/**/*.py`` is parsed with :mod:`ast`; a string constant that is not a
docstring and holds a Vietnamese letter with a diacritic (``ă â đ ê ô ơ ư`` or a tone-marked
vowel, either case) fails the module's test. ``"(?i:đến|tới)"`` in targets.py is a rule word;
it belongs in ``data/targets.toml``, where a linguist can find and extend it. Docstrings and
comments may quote Vietnamese freely (they are the examples).

Modules that still hold such literals are listed in ``STILL_IN_CODE`` as strict xfails: when a
module is cleaned, its test passes, the strict xfail fails, and the row must be removed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex

import kehoach_nlp

PACKAGE = Path(kehoach_nlp.__file__).resolve().parent

# Vietnamese letters with a diacritic: the seven base letters and every tone-marked vowel.
_VIETNAMESE = regex.compile(
    r"[ăâđêôơưĂÂĐÊÔƠƯ"
    r"àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    r"ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)

#: Modules that still hold Vietnamese literals, and why; strict, so a cleaned module must leave this table.
STILL_IN_CODE: dict[str, str] = {}

MODULES = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py"))


def vietnamese_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string constant in ``source`` that is not a docstring and holds a Vietnamese letter."""
    tree = ast.parse(source)
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
        # a field's description (pydantic ``Field(description=…)``) is its docstring, quoted in docs/records.md
        if isinstance(node, ast.keyword) and node.arg == "description":
            docstrings.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return sorted(
        (node.lineno, node.value) for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings and _VIETNAMESE.search(node.value)
    )


@pytest.mark.parametrize("source, found", [
    ('"""Tìm các từ: đạt."""\nX = 1', []),  # a docstring may quote Vietnamese
    ('# chỉ tiêu\nX = "target"', []),  # so may a comment
    ('X = r"(?i:đến|tới)"', [(1, "(?i:đến|tới)")]),  # a rule word in code
    ('def f():\n    """Đạt."""\n    return "ĐẠT"', [(3, "ĐẠT")]),  # upper case too
    ('X = f"{1} năm"', [(1, " năm")]),  # and inside f-strings
    ('X = "Khanh Hoa"', []),  # unaccented letters are not flagged
    ('x: int = Field(description="năm đầu (`giai đoạn 2021 - 2025`)")', []),  # a field's description is its docstring
    ('x: int = Field(default="năm")', [(1, "năm")]),  # but not its default
])
def test_the_scan_itself(source: str, found: list[tuple[int, str]]) -> None:
    assert vietnamese_literals(source) == found


def test_the_table_names_only_existing_modules() -> None:
    assert set(STILL_IN_CODE) <= set(MODULES)


@pytest.mark.parametrize("module", [
    pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=STILL_IN_CODE[m])) if m in STILL_IN_CODE else m
    for m in MODULES
])
def test_no_vietnamese_rule_words_in_code(module: str) -> None:
    found = vietnamese_literals((PACKAGE / module).read_text(encoding="utf-8"))
    assert not found, f"{module}: move these rule words to data/: " + "; ".join(
        f"line {line}: {text[:60]!r}" for line, text in found)
