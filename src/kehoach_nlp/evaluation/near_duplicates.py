"""Near-duplicates of the test documents among the real plans, found mechanically.

Takes: the real-plan folder and ``gold/real/split.json``. Gives: every document outside the
split whose text shares a large part of its word 5-grams with a test or held-out document
(Jaccard similarity of the shingle sets, followed transitively through held-out documents).
Such a document must be held out of rule writing too: reading it is reading the test
document. The comparison never shows any text, only paths and similarities.

Run as ``python -m kehoach_nlp.evaluation.near_duplicates [real_root] [--gold gold]``; the test
``tests/test_split_hygiene.py`` fails when one of them is missing from ``held_out``.

Example: two articles of one site that copy the same eligibility list
(``Con thương binh mất sức lao động 81% trở lên; …``) score about 0.3–0.6; unrelated plans of
one province, which share only boilerplate, score below 0.04.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from .columns import default_real_root, load_split

#: Similarity from which two texts count as near-duplicates (unrelated real plans: < 0.04).
THRESHOLD = 0.2
#: Words per shingle.
SHINGLE_WORDS = 5


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The hashed word ``size``-grams of ``text``."""
    words = text.split()
    return {hashlib.blake2b(" ".join(words[i:i + size]).encode(), digest_size=8).digest()
            for i in range(max(1, len(words) - size + 1))}


def jaccard(a: set[bytes], b: set[bytes]) -> float:
    """Shared shingles over all shingles of the two texts (0 for two empty texts)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def near_duplicates(real_root: Path, split: dict[str, list[str]],
                    threshold: float = THRESHOLD) -> dict[str, tuple[str, float]]:
    """Documents outside the split that are near-duplicates of a kept-out one (test, held-out, or
    transitively one found here): path → (the kept-out path it resembles, similarity)."""
    kept_out = list(split.get("test", [])) + list(split.get("held_out", []))
    labelled = set(split.get("dev", [])) | set(kept_out)
    paths = sorted(str(p.relative_to(real_root)) for p in real_root.glob("*/*.md"))
    texts = {p: shingles((real_root / p).read_text(encoding="utf-8")) for p in paths}
    found: dict[str, tuple[str, float]] = {}
    frontier = [p for p in kept_out if p in texts]
    while frontier:
        source = frontier.pop()
        for other in paths:
            if other in labelled or other in found:
                continue
            similarity = jaccard(texts[source], texts[other])
            if similarity >= threshold:
                found[other] = (source, round(similarity, 3))
                frontier.append(other)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("real_root", nargs="?", type=Path)
    parser.add_argument("--gold", type=Path, default=Path("gold"))
    args = parser.parse_args()
    root = args.real_root or default_real_root(args.gold)
    split = load_split(args.gold)
    held = set(split.get("held_out", []))
    for path, (source, similarity) in sorted(near_duplicates(root, split).items()):
        mark = "held_out" if path in held else "MISSING from held_out"
        print(f"{path}\t{similarity:.3f}\t{source}\t{mark}")


if __name__ == "__main__":
    main()
