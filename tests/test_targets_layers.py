"""The targets package reads a figure in steps, and its imports run one way (docs/architecture.md): the shared
reading of the text (``clauses``) imports no other step, each step imports only the steps below it, and no step
imports the package's ``__init__`` (which runs them all). A step that needs a later one is a layering mistake: move
the shared function down into ``clauses`` instead."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kehoach_nlp.targets

PACKAGE = Path(kehoach_nlp.targets.__file__).parent

# each step and the steps it may import
ALLOWED: dict[str, set[str]] = {
    "clauses": set(),
    "units": {"clauses"},
    "deadline": {"clauses"},
    "quoted": {"clauses"},
    "situation": {"clauses"},
    "indicator": {"clauses", "units"},
    "status": {"clauses", "deadline"},
    "exclusions": {"clauses", "units", "situation"},
}


def _sibling_imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found.add(node.module or "__init__")
            elif node.level == 0 and (node.module or "").startswith("kehoach_nlp.targets"):
                found.add(node.module.removeprefix("kehoach_nlp.targets").lstrip(".") or "__init__")
    return found


def test_every_step_is_listed() -> None:
    assert {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"} == set(ALLOWED)


@pytest.mark.parametrize("module", sorted(ALLOWED))
def test_a_step_imports_only_the_steps_below_it(module: str) -> None:
    assert _sibling_imports(module) <= ALLOWED[module]
