"""List the agency names ``find_agencies`` returns over the real plans (test and held-out excluded).

Takes: the real-plans root (``$KEHOACH_REAL_ROOT`` or the first argument) and gold/real/split.json.
Gives: one line per distinct surface name, ``count<TAB>canonical<TAB>surface``, most frequent first,
so names cut short (``Ban Chỉ đạo PTDS Quốc``), run on into the task (``Sở Y tế chủ trì, phối hợp``)
or not bodies at all (``Bộ Luật hình``) stand out. Not shipped in the package.

Example::

    python benchmarks/agency_names.py /work/shared/real-plans | less
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.reading import read_path
from kehoach_nlp.text import normalize

SPLIT = Path(__file__).resolve().parent.parent / "gold" / "real" / "split.json"


def excluded() -> set[str]:
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    return set(split["test"]) | set(split["held_out"])


def main(argv: list[str]) -> None:
    root = Path(argv[1] if len(argv) > 1 else os.environ["KEHOACH_REAL_ROOT"])
    skip = excluded()
    counts: Counter[tuple[str, str]] = Counter()
    for path in sorted(root.glob("*/*.md")):
        if f"{path.parent.name}/{path.name}" in skip:
            continue
        text = normalize(read_path(path).text).text
        for mention in find_agencies(text):
            counts[(mention.canonical, mention.text.replace("\n", "⏎"))] += 1
    for (canonical, surface), n in counts.most_common():
        print(f"{n}\t{canonical}\t{surface}")


if __name__ == "__main__":
    main(sys.argv)
