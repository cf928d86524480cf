"""Every docstring example in ``src/kehoach_nlp`` runs as part of ``python -m pytest -q``.

A module's docstring shows how to call it with a real Vietnamese line, e.g.

    >>> from kehoach_nlp import extract_text
    >>> extract_text("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;").citations[0].number
    '221/2013/NĐ-CP'

and this test keeps those examples true: one test per module, failing with doctest's
own report (the example, what it expected, what it got). Equivalent to
``python -m pytest --doctest-modules src/kehoach_nlp`` but imports the modules the
normal way, so it works the same for an installed and a source checkout. An example
that needs files or a model and cannot run quickly is marked ``# doctest: +SKIP``.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kehoach_nlp

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(kehoach_nlp.__path__, prefix="kehoach_nlp.")
    if not info.name.endswith("__main__")
)


def test_every_module_is_found() -> None:
    assert {"kehoach_nlp.pipeline", "kehoach_nlp.outputs", "kehoach_nlp.evaluation.runner"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(verbose=False)
    report: list[str] = []
    for test in finder.find(module, name):
        runner.run(test, out=report.append)
    failed = runner.summarize(verbose=False).failed
    assert failed == 0, "".join(report)
