"""Every module-level name of the package is bound once: a second ``_LIST_ITEM = …`` further down a module silently
replaces the first for every function that reads it (round 20 found one that had hidden for several rounds)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kehoach_nlp"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    names: list[str] = []
    for target in targets:
        names += [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_level_names_are_bound_once(module: Path) -> None:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:  # top level only; try/if branches are not read
        for name in _bound_names(node):
            if name in seen and name != "__all__":
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    assert not twice, twice
