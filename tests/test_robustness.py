"""Robust on every input (issue 11): hostile files, legacy encodings, limits,
safe regular expressions, and properties over mutated seed documents."""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import time
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import kehoach_nlp
from kehoach_nlp.batch import run_batch
from kehoach_nlp.cli import app
from kehoach_nlp.pipeline import process_path, process_text
from kehoach_nlp.reading import ReadError, read_path
from tests.test_offsets import assert_spans_faithful

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "bad"
LEGACY = ROOT / "tests" / "data" / "legacy"
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))

EXPECTED_ERRORS = {
    "empty": "file is empty",
    "whitespace_only": "file has no text",
    "binary": "binary file",
    "binary_page": "binary file",
    "not_a_zip": "not a valid .docx",
    "truncated": "not a valid .docx",
    "zip_bomb": "zip bomb",
    "entity_expansion": "XML entity declarations",
    "scan_without_text": "no text layer; OCR is needed",
    "password_protected": "password-protected",
    "broken": "not a readable PDF",
}


def test_bad_files_and_corpus_in_one_run(tmp_path: Path, monkeypatch) -> None:
    """Done-when of issue 11: exits 0, one line per file, precise errors, corpus lines unchanged."""
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    mixed, alone = tmp_path / "mixed.jsonl", tmp_path / "alone.jsonl"
    assert runner.invoke(app, ["extract", "tests/data/bad/", "corpus/", "-o", str(mixed)]).exit_code == 0
    assert runner.invoke(app, ["extract", "corpus/", "-o", str(alone)]).exit_code == 0
    lines = [json.loads(line) for line in mixed.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(list(BAD.iterdir())) + len(SEEDS)
    by_id = {d["doc_id"]: d for d in lines}
    for doc_id, message in EXPECTED_ERRORS.items():
        errors = by_id[doc_id]["errors"]
        assert len(errors) == 1 and errors[0]["stage"] == "read" and message in errors[0]["message"], doc_id
        assert by_id[doc_id]["sections"] == by_id[doc_id]["citations"] == []
    corpus_lines = [line for line in mixed.read_text(encoding="utf-8").splitlines()
                    if json.loads(line)["doc_id"] in {p.stem for p in SEEDS}]
    assert corpus_lines == alone.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name, encoding", [
    ("plan_tcvn3.txt", "tcvn3"), ("plan_vni.txt", "vni"), ("plan_mojibake.txt", "utf-8 (mojibake repaired)"),
])
def test_legacy_encodings_are_converted_and_reported(name: str, encoding: str) -> None:
    expected = (LEGACY / "expected.txt").read_text(encoding="utf-8")
    source = read_path(LEGACY / name)
    assert (source.text, source.encoding) == (expected, encoding)
    assert process_path(LEGACY / name).info.source_encoding == encoding


def test_size_limit_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Kế hoạch " * 2000, encoding="utf-8")
    with pytest.raises(ReadError, match="over the limit"):
        read_path(path, max_chars=1000)


def test_unreadable_permissions(tmp_path: Path) -> None:
    import os

    path = tmp_path / "secret.txt"
    path.write_text("Kế hoạch", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions do not stop reads")
        assert "permission denied" in process_path(path).errors[0].message
    finally:
        path.chmod(0o600)


def test_file_that_disappears_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    path.write_text("Kế hoạch", encoding="utf-8")
    path.unlink()
    assert "not found" in process_path(path).errors[0].message


# --- regular expressions are safe against catastrophic backtracking -----------------

ADVERSARIAL = [
    "1" * 20000, "1." * 10000, "1/" * 10000, "-" * 20000, " " * 20000, "1 " * 10000, "a" * 20000,
    "Nghị định " * 2000, "số 1/" * 4000, "1.1." * 5000 + "x", "Sở " * 5000, "(" * 5000, "“" * 5000,
    "I. " * 5000, "- " * 10000, "trên 1% " * 2000, "ngày 1/1/2020 " * 1500, "UBND " * 4000,
]


def _all_patterns() -> list[tuple[str, regex.Pattern]]:
    found: list[tuple[str, regex.Pattern]] = []
    seen: set[int] = set()

    def collect(name: str, value: object, depth: int = 0) -> None:
        if id(value) in seen or depth > 3:
            return
        seen.add(id(value))
        if isinstance(value, regex.Pattern):
            found.append((name, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(f"{name}[{key!r}]", item, depth + 1)
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                collect(f"{name}[{index}]", item, depth + 1)

    for module_info in pkgutil.walk_packages(kehoach_nlp.__path__, "kehoach_nlp."):
        if module_info.name.endswith(("spacy_component", "cli")):
            continue
        module = importlib.import_module(module_info.name)
        for attr, value in vars(module).items():
            collect(f"{module_info.name}.{attr}", value)
    return found


def test_every_module_pattern_uses_the_regex_module() -> None:
    import re

    offenders = []
    for module_info in pkgutil.walk_packages(kehoach_nlp.__path__, "kehoach_nlp."):
        if module_info.name.endswith(("spacy_component", "cli")):
            continue
        module = importlib.import_module(module_info.name)
        offenders += [f"{module_info.name}.{a}" for a, v in vars(module).items() if isinstance(v, re.Pattern)]
    assert offenders == [], "use the regex module (it supports timeouts) for module-level patterns"


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_patterns_finish_on_adversarial_strings(text: str) -> None:
    patterns = _all_patterns()
    assert patterns
    for name, pattern in patterns:
        try:
            for _ in pattern.finditer(text, timeout=2.0):
                pass
        except TimeoutError:
            pytest.fail(f"{name} backtracks catastrophically on {text[:20]!r}…")


def test_pipeline_time_is_bounded_on_adversarial_documents() -> None:
    for text in ADVERSARIAL:
        started = time.perf_counter()
        document = process_text(text)
        elapsed = time.perf_counter() - started
        assert elapsed < 20, f"{elapsed:.1f}s on {text[:20]!r}"
        assert_spans_faithful(text, document)


# --- properties over mutated seed documents ------------------------------------------

def _mutate(text: str, ops: list[tuple[str, int]]) -> str:
    lines = text.split("\n")
    for op, n in ops:
        if not lines:
            break
        i = n % len(lines)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap" and len(lines) > 1:
            j = (i + 1) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "wrap":
            line = lines[i]
            if len(line) > 20:
                cut = line.find(" ", n % len(line))
                if cut > 0:
                    lines[i:i + 1] = [line[:cut], line[cut + 1:]]
        elif op == "nbsp":
            lines[i] = lines[i].replace(" ", "\u00a0", 1 + n % 3)
    text = "\n".join(lines)
    return unicodedata.normalize("NFD", text) if any(op == "nfd" for op, _ in ops) else text


MUTATIONS = st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "swap", "wrap", "nbsp", "nfd"]),
                               st.integers(0, 10_000)), max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), MUTATIONS)
def test_mutated_seeds_never_break(seed: Path, ops: list[tuple[str, int]]) -> None:
    text = _mutate(seed.read_text(encoding="utf-8"), ops)
    if not text.strip():
        return
    first = process_text(text, doc_id="m")
    assert first.errors == []
    assert_spans_faithful(text, first)
    assert process_text(text, doc_id="m") == first  # deterministic


def test_alone_equals_in_a_batch(tmp_path: Path) -> None:
    rng = random.Random(3)
    folder = tmp_path / "docs"
    folder.mkdir()
    for index, seed in enumerate(SEEDS * 2):
        ops = [(rng.choice(["delete", "duplicate", "swap", "wrap", "nbsp"]), rng.randrange(1000)) for _ in range(5)]
        (folder / f"m{index:02d}.txt").write_text(_mutate(seed.read_text(encoding="utf-8"), ops), encoding="utf-8")
    run_batch([folder], tmp_path / "batch.jsonl", jobs=2)
    batch = (tmp_path / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    alone = [process_path(path).to_json() for path in sorted(folder.glob("*.txt"))]
    assert batch == alone
