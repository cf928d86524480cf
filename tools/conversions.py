"""Score the extractor on the dev gold rewritten as other converters write it: a label-free robustness check.

Takes: the gold folder (dev documents only, as tools/near_misses.py reads them) and the names of conversion variants.
Gives: per variant, the agency-set F1 of the dev gold (micro over documents, agency names compared as the scorer does)
and the numbers of assignments, targets and citations found, beside the unchanged texts; then, for ``--show``, the dev
documents whose assignment count moves most. A variant rewrites layout only — bold, line breaks, blank lines, list
markers, tone placement, abbreviations — so the gold's agencies stand as they are and any loss is the extractor's.

Round 40 found two conversion habits this way: a page without bold lost 5% of its assignments (an article's number
alone on its line, "Điều 2." ⏎ "Nhiệm vụ và quyền hạn", was no heading), and a page without blank lines lost 15% (one
unpaired "**" paired every later one across the line breaks). Round 41 found the rest of the blank-line losses: an
annex's heading between two flattened tables read as one of their cells, and a worked example, a bold line and an
empty bold span that only a blank line had set apart. Round 42 found that a Windows line end read as a heading's masked
markup (``crlf`` moved 9 assignments) and that, without blank lines, a news subhead ran on into the sentence under it.
Test and held-out documents are never read::

    python tools/conversions.py                      # every variant
    python tools/conversions.py no_bold --show 10    # one variant, the documents that move most
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Callable

from kehoach_nlp import extract_text
from kehoach_nlp.data import load_tsv
from kehoach_nlp.evaluation.scoring import Counts, agency_key
from near_misses import dev_gold

ROOT = Path(__file__).resolve().parents[1]


def _wrap(text: str, width: int = 78) -> str:
    """Hard-wrap every line longer than ``width`` at a space (tables left alone), as a PDF converter does."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.lstrip().startswith("|"):
            out.append(line)
            continue
        current = ""
        for word in line.split(" "):
            if current and len(current) + 1 + len(word) > width:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


OLD_TONES = {"hóa": "hoá", "Hóa": "Hoá", "thủy": "thuỷ", "Thủy": "Thuỷ", "ủy": "uỷ", "Ủy": "Uỷ", "hòa": "hoà",
             "Hòa": "Hoà", "khỏe": "khoẻ", "tùy": "tuỳ"}


def _no_bold(text: str) -> str:
    return re.sub(r"\*{1,3}|_{2,3}", "", text)


def _old_tones(text: str) -> str:
    for new, old in OLD_TONES.items():
        text = re.sub(r"(?<!\w)" + new + r"(?!\w)", old, text)
    return text


#: The bodies written short in the "abbreviated" variant, with the abbreviations of the project's own table
#: (data/abbreviations.tsv), in both cases.
ABBREVIATED = ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân", "Hội đồng nhân dân")


def _abbreviated(text: str) -> str:
    short = {full: abbreviation for abbreviation, full, *_ in load_tsv("abbreviations.tsv")}
    for full in ABBREVIATED:
        text = text.replace(full, short[full]).replace(full.upper(), short[full])
    return text


VARIANTS: dict[str, Callable[[str], str]] = {
    "as_is": lambda text: text,
    "wrapped_78": _wrap,
    "no_bold": _no_bold,
    "no_blank_lines": lambda text: re.sub(r"\n\s*\n", "\n", text),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "old_tones": _old_tones,
    "abbreviated": _abbreviated,
    "letter_dot_items": lambda text: re.sub(r"(?m)^([ \t]*)([a-zđ])\)", r"\1\2.", text),
    "plus_bullets": lambda text: re.sub(r"(?m)^([ \t]*)- ", r"\1+ ", text),
    "bold_numbered_lines": lambda text: re.sub(r"(?m)^(\d{1,2}\. )([^\n]{3,80})$", r"**\1\2**", text),
    # a PDF's text: no bold, hard-wrapped (round 41)
    "pdf_text": lambda text: _wrap(_no_bold(text)),
    "title_case_headings": lambda text: re.sub(r"(?m)^([ \t*_]*[IVX]{1,4}\. )([^\n]+)$",
                                               lambda m: m.group(1) + m.group(2)[:1] + m.group(2)[1:].lower(), text),
}


def score(variant: str, documents: list) -> tuple[dict[str, float], dict[str, int]]:
    """Agency-set figures and record counts of one variant, and each document's assignment count."""
    rewrite = VARIANTS[variant]
    agencies = Counts()
    assignments = targets = citations = 0
    per_document: dict[str, int] = {}
    for doc_id, gold in documents:
        expected = {agency_key(r.fields.get("agency")) for r in gold.records.get("assignments", [])}
        result = extract_text(rewrite(gold.source))
        found = {agency_key(a.agency) for a in result.assignments}
        agencies.add(Counts(len(found & expected), len(found - expected), len(expected - found)))
        assignments, targets, citations = (assignments + len(result.assignments), targets + len(result.targets),
                                           citations + len(result.citations))
        per_document[doc_id] = len(result.assignments)
    return ({"agency_f1": agencies.f1, "tp": agencies.tp, "fp": agencies.fp, "fn": agencies.fn,
             "assignments": assignments, "targets": targets, "citations": citations}, per_document)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variants", nargs="*", help=f"variants to score (default: all): {', '.join(VARIANTS)}")
    parser.add_argument("--gold", type=Path, default=ROOT / "gold")
    parser.add_argument("--show", type=int, default=0, help="list the N documents whose assignment count moves most")
    args = parser.parse_args(argv)
    unknown = [v for v in args.variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}; choose from {', '.join(VARIANTS)}")
    documents = list(dev_gold(args.gold))
    base, base_counts = score("as_is", documents)
    print(f"{len(documents)} dev documents")
    print(f"{'variant':22} {'agency F1':>9} {'tp':>5} {'fp':>5} {'fn':>5} {'assign.':>7} {'targets':>7} {'citat.':>6}")
    for variant in args.variants or list(VARIANTS):
        figures, counts = (base, base_counts) if variant == "as_is" else score(variant, documents)
        print(f"{variant:22} {figures['agency_f1']:9.4f} {figures['tp']:5} {figures['fp']:5} {figures['fn']:5} "
              f"{figures['assignments']:7} {figures['targets']:7} {figures['citations']:6}")
        moved = sorted(counts, key=lambda d: -abs(counts[d] - base_counts[d]))[:args.show]
        for doc_id in moved:
            if counts[doc_id] != base_counts[doc_id]:
                print(f"    {doc_id}: {base_counts[doc_id]} → {counts[doc_id]} assignments")


if __name__ == "__main__":
    main()
