"""Bounded fuzz run of the loader and the pipeline (hypothesis-driven).

Feeds random bytes under every supported suffix to the loader, and random and
mutated Vietnamese text to the pipeline, for a fixed time. Any exception that
escapes, any span with ``text != input[start:end]``, or any read failure that
is not a clear :class:`~kehoach_nlp.reading.ReadError` is reported.

Usage::

    python benchmarks/fuzz.py --seconds 60
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import traceback
from pathlib import Path

from kehoach_nlp.pipeline import process_path, process_text
from kehoach_nlp.reading import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
ALPHABET = list("aàáảãạăắâấeéêếiíoóôốơớuúưứyýđĐKHUBNDQĐCPTT0123456789 ./-–:;,()\n\t\u00a0\u0301\u0323“”%")


def random_text(rng: random.Random, seeds: list[str]) -> str:
    if rng.random() < 0.5 and seeds:
        text = rng.choice(seeds)
        lines = text.split("\n")
        for _ in range(rng.randrange(1, 20)):
            i = rng.randrange(len(lines))
            op = rng.choice(["del", "dup", "swap", "noise", "cut"])
            if op == "del" and len(lines) > 1:
                del lines[i]
            elif op == "dup":
                lines.insert(i, lines[i])
            elif op == "swap":
                j = rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
            elif op == "noise":
                pos = rng.randrange(len(lines[i]) + 1)
                lines[i] = lines[i][:pos] + "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 30))) + lines[i][pos:]
            elif op == "cut":
                lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        return "\n".join(lines)
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 2000)))


def check(text: str, document) -> None:
    for record in [*document.citations, *document.targets, *document.assignments]:
        assert record.text == text[record.start:record.end], record
    assert not document.errors, document.errors


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    failures, runs, started = 0, 0, time.time()
    with tempfile.TemporaryDirectory() as tmp:
        while time.time() - started < args.seconds:
            runs += 1
            try:
                if rng.random() < 0.3:  # loader: random bytes under a random suffix
                    path = Path(tmp) / f"f{runs}{rng.choice(SUPPORTED_SUFFIXES)}"
                    data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 3000)))
                    if rng.random() < 0.5:
                        data = random_text(rng, seeds).encode(rng.choice(["utf-8", "utf-16", "cp1258"]), "replace")
                    path.write_bytes(data)
                    document = process_path(path)
                    assert all(e.stage == "read" for e in document.errors), document.errors
                    path.unlink()
                else:
                    text = random_text(rng, seeds)
                    check(text, process_text(text))
            except Exception:  # report and go on
                failures += 1
                traceback.print_exc()
    print(f"{runs} inputs in {args.seconds:.0f}s, {failures} failures")
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
