"""Share of spaCy spans whose text equals their record's text exactly, per span group.

Usage: python benchmarks/spacy_alignment.py [PATHS...]   (default: corpus/)

Each record of the documents under PATHS is put on a spaCy ``Doc`` by
:func:`kehoach_nlp.to_doc` (blank Vietnamese pipeline, whitespace tokens); a span
counts as exact when ``span.text`` equals the record's ``text`` (``agency_text``
for agencies). A record that got no span counts as not exact.
"""

from __future__ import annotations

import sys
from collections import Counter

from kehoach_nlp import extract_many, to_doc
from kehoach_nlp.reading import read_path


def measure(paths: list[str]) -> dict[str, tuple[int, int]]:
    exact: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for document in extract_many(paths):
        if document.errors or not document.source:
            continue
        text = read_path(document.source).text
        doc = to_doc(document, text)
        expected = {"kehoach_citations": [c.text for c in document.citations],
                    "kehoach_targets": [t.text for t in document.targets],
                    "kehoach_agencies": [a.agency_text for a in document.assignments],
                    "kehoach_tasks": [a.text for a in document.assignments]}
        for group, texts in expected.items():
            got = Counter(span.text for span in doc.spans[group])
            total[group] += len(texts)
            for value in texts:
                if got[value] > 0:
                    got[value] -= 1
                    exact[group] += 1
    return {group: (exact[group], total[group]) for group in total}


if __name__ == "__main__":
    for group, (hit, n) in measure(sys.argv[1:] or ["corpus/"]).items():
        print(f"{group:<20} {hit:>4}/{n:<4} {hit / max(n, 1):.0%}")
