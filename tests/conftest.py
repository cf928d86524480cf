"""Shared fixtures: paths to the corpus and gold folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_documents(corpus_files):
    """Every corpus document extracted once per test session."""
    from kehoach_nlp.pipeline import process_path

    return [process_path(p) for p in corpus_files]


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A copy of the corpus folder that a test may write into."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder
