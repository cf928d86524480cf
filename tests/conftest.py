"""Shared fixtures: paths to the corpus and gold folders."""

from __future__ import annotations

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
