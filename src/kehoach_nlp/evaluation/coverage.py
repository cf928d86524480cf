"""Label-free coverage on real plans: what the pipeline finds vs what simple regexes see.

Takes: a folder of real documents (``../shared/real-plans``: ``formal/*.md``,
``news/*.md``) and ``gold/real/split.json``. Gives: one :class:`CoverageRow`
per document and a text table with totals — no gold labels needed, so it runs
over every real document, not only the labelled ones (issue #21,
"Development on real plans").

Per document it counts, with regexes that know nothing of the extractor's data:

* **Roman heading lines** — lines that start (after Markdown emphasis or ``#``)
  with a Roman numeral, a dot or bracket and a letter: ``**I. MỤC ĐÍCH, YÊU CẦU**``,
  ``II. NỘI DUNG``; and how many of them have a **level-1 section** starting
  within the same line;
* a **numbered ``Tổ chức thực hiện`` heading** (``**IV. TỔ CHỨC\\nTHỰC HIỆN**``,
  ``3. Tổ chức thực hiện``) in the text, and whether an ``implementation``
  section was found;
* **numbered references** — State numbers ``12/2024/NĐ-CP``, ``36/QĐ-TTg`` and
  Party numbers ``132-KL/TW`` — beside the citations found (the document's own
  number is among the references, so the two need not be equal);
* assignments, distinct agencies, targets found; stage errors; and **offset
  mismatches** (a record whose ``text`` is not ``source[start:end]``).

Documents in the test split and ``held_out`` are counted in the totals but not
shown per document unless asked (``show_test``): nobody writing rules reads them.

Example::

    $ kehoach coverage ../shared/real-plans
    document                kind    roman  L1  TCTH  impl  assign  agencies  cit  refs  targets  err  off
    formal/8e9a425dd83e56b3 formal      4   4   yes   yes      12         9    5     6        3    0    0
    …
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Optional

import regex

from ..data import load_toml

from ..pipeline import process_path
from ..reading import read_path
from ..records import Document

#: A Roman-numbered heading line: ``**I. MỤC ĐÍCH**``, ``# II) Nội dung``, ``*III.* Giải pháp``,
#: ``**IV- TỔ CHỨC THỰC HIỆN**`` (not ``I.1``: a letter must follow).
ROMAN_HEADING = regex.compile(r"^[ \t*_#]*[IVXL]+[ \t]*[.)\-–][ \t*_]*\p{L}")
#: A numbered ``Tổ chức thực hiện`` heading, possibly wrapped over lines and in emphasis.
#: The probe's words come from data/sections.toml [coverage] (independent of the extractor's cues).
IMPLEMENTATION_NAME = load_toml("sections.toml")["coverage"]["implementation_heading"]
IMPLEMENTATION_HEADING = regex.compile(
    r"^[ \t*_#]*(?:[IVXL]+|\d+)[ \t]*[.)\-–][ \t*_]*"
    + r"[\s*_]+".join(regex.escape(word) for word in IMPLEMENTATION_NAME.split()) + r"\b",
    regex.IGNORECASE | regex.MULTILINE)
#: State document numbers: ``12/2024/NĐ-CP``, ``36/QĐ-TTg``, ``01/2021/TT-BLĐTBXH``.
STATE_NUMBER = r"\d+/(?:\d{4}/)?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+"
#: Party document numbers: ``132-KL/TW``, ``05-NQ/TU``, ``09-CTr/TU``.
PARTY_NUMBER = r"\d+-\p{Lu}[\p{L}]*/\p{Lu}[\p{L}]*"
NUMBERED_REFERENCE = regex.compile(rf"(?<![\p{{L}}\d/-])(?:{STATE_NUMBER}|{PARTY_NUMBER})(?![\p{{L}}\d])")


@dataclass
class CoverageRow:
    """The counts of one document."""

    source: str            #: path under the root, e.g. ``formal/8e9a425dd83e56b3.md``
    split: str             #: dev, test, held_out, "" (not in the split) or "unknown" (no split given)
    roman_lines: int       #: Roman-numbered heading lines in the text
    roman_found: int       #: … of which a level-1 section starts within the line
    implementation_heading: bool  #: a numbered ``Tổ chức thực hiện`` heading in the text
    implementation_found: bool    #: an ``implementation`` section found
    assignments: int
    agencies: int          #: distinct agencies among the assignments
    citations: int
    references: int        #: numbered references by :data:`NUMBERED_REFERENCE`
    targets: int
    errors: int            #: stage errors of the pipeline
    offset_mismatches: int
    error_messages: tuple[str, ...] = ()

    @property
    def hidden(self) -> bool:
        """Test and held-out documents are not shown per document by default."""
        return self.split in ("test", "held_out", "unknown")


def _line_spans(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def roman_heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Roman-numbered heading line of ``text``."""
    return [(s, e) for s, e in _line_spans(text)
            if ROMAN_HEADING.match(unicodedata.normalize("NFC", text[s:e]))]


def has_implementation_heading(text: str) -> bool:
    """True when ``text`` has a numbered ``Tổ chức thực hiện`` heading."""
    return IMPLEMENTATION_HEADING.search(unicodedata.normalize("NFC", text)) is not None


def numbered_references(text: str) -> list[str]:
    """Every State or Party document number in ``text``, in order (repeats kept)."""
    return NUMBERED_REFERENCE.findall(unicodedata.normalize("NFC", text))


def offset_mismatches(source: str, document: Document) -> list[str]:
    """Records whose text is not ``source[start:end]``, and sections out of bounds."""
    out = []
    for kind in ("citations", "targets", "assignments"):
        for record in getattr(document, kind):
            if record.text != source[record.start:record.end]:
                out.append(f"{kind} {record.start}-{record.end}: {record.text[:40]!r}")
    for assignment in document.assignments:
        if assignment.agency_text != source[assignment.agency_start:assignment.agency_end]:
            out.append(f"agency {assignment.agency_start}-{assignment.agency_end}: {assignment.agency_text[:40]!r}")
    for top in document.sections:
        for section in top.walk():
            if not 0 <= section.start <= section.end <= len(source):
                out.append(f"section {section.start}-{section.end} outside the text")
    return out


def measure(path: Path, source_name: str, split: str = "") -> CoverageRow:
    """Run the pipeline over one document and count (see the module docstring)."""
    text = read_path(path).text
    document = process_path(path)
    lines = roman_heading_lines(text)
    level1 = [s.start for top in document.sections for s in top.walk() if s.level == 1]
    found = sum(1 for s, e in lines if any(s <= start <= e for start in level1))
    implementation = any(s.kind == "implementation" for top in document.sections for s in top.walk())
    mismatches = offset_mismatches(text, document)
    return CoverageRow(
        source=source_name, split=split, roman_lines=len(lines), roman_found=found,
        implementation_heading=has_implementation_heading(text), implementation_found=implementation,
        assignments=len(document.assignments), agencies=len({a.agency for a in document.assignments}),
        citations=len(document.citations), references=len(numbered_references(text)),
        targets=len(document.targets), errors=len(document.errors), offset_mismatches=len(mismatches),
        error_messages=tuple(f"{e.stage}: {e.message}" for e in document.errors) + tuple(mismatches))


def split_of(split: dict[str, list[str]]) -> dict[str, str]:
    """source → split name, from ``gold/real/split.json``."""
    return {source: name for name, sources in split.items() for source in sources}


def coverage(root: str | Path, split: Optional[dict[str, list[str]]] = None) -> list[CoverageRow]:
    """One row per ``*.md`` / ``*.txt`` document under ``root`` (sorted by path).

    Without a split (None or empty) the test half is unknown: every row is marked
    ``unknown`` and hidden from the per-document table."""
    root = Path(root)
    splits = split_of(split or {})
    default = "" if split else "unknown"
    paths = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".txt") and p.is_file()
                   and p.name not in ("README.md",))
    rows = []
    for path in paths:
        name = path.relative_to(root).as_posix()
        rows.append(measure(path, name, splits.get(name, default)))
    return rows


COLUMNS = ("document", "split", "roman", "L1", "TCTH", "impl", "assign", "agencies", "cit", "refs", "targets",
           "err", "off")


def _cells(row: CoverageRow) -> list[str]:
    yes = {True: "yes", False: "-"}
    return [row.source.rsplit(".", 1)[0], row.split, str(row.roman_lines), str(row.roman_found),
            yes[row.implementation_heading], yes[row.implementation_found], str(row.assignments),
            str(row.agencies), str(row.citations), str(row.references), str(row.targets), str(row.errors),
            str(row.offset_mismatches)]


def totals(rows: list[CoverageRow]) -> dict[str, int]:
    """Sums over every document (hidden ones included)."""
    with_heading = [r for r in rows if r.implementation_heading]
    return {
        "documents": len(rows),
        "roman_lines": sum(r.roman_lines for r in rows),
        "roman_found": sum(r.roman_found for r in rows),
        "implementation_heading": len(with_heading),
        "implementation_found_where_heading": sum(r.implementation_found for r in with_heading),
        "implementation_with_assignment": sum(r.implementation_found and r.assignments > 0 for r in with_heading),
        "assignments": sum(r.assignments for r in rows),
        "agencies": sum(r.agencies for r in rows),
        "citations": sum(r.citations for r in rows),
        "references": sum(r.references for r in rows),
        "targets": sum(r.targets for r in rows),
        "documents_with_errors": sum(1 for r in rows if r.errors),
        "documents_with_offset_mismatches": sum(1 for r in rows if r.offset_mismatches),
    }


def render(rows: list[CoverageRow], show_test: bool = False) -> str:
    """The coverage table: one line per shown document, then totals over all of them."""
    shown = [r for r in rows if show_test or not r.hidden]
    table = [list(COLUMNS)] + [_cells(r) for r in shown]
    t = totals(rows)
    table.append(["TOTAL", f"{t['documents']} docs", str(t["roman_lines"]), str(t["roman_found"]),
                  str(t["implementation_heading"]), str(t["implementation_found_where_heading"]),
                  str(t["assignments"]), str(t["agencies"]), str(t["citations"]), str(t["references"]),
                  str(t["targets"]), str(t["documents_with_errors"]), str(t["documents_with_offset_mismatches"])])
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    out = ["  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths)))
           for line in table]
    out.insert(len(out) - 1, "-" * len(out[0]))
    pct = t["roman_found"] / t["roman_lines"] if t["roman_lines"] else 0.0
    out += ["",
            f"Roman heading lines found as level-1 sections: {t['roman_found']} of {t['roman_lines']} ({pct:.0%})",
            f"Numbered '{IMPLEMENTATION_NAME}' heading: {t['implementation_heading']} documents; "
            f"implementation section found in {t['implementation_found_where_heading']}, "
            f"with at least one assignment in {t['implementation_with_assignment']}",
            f"Documents with stage errors: {t['documents_with_errors']}; "
            f"with offset mismatches: {t['documents_with_offset_mismatches']}"]
    hidden = len(rows) - len(shown)
    if hidden:
        out.append(f"{hidden} documents of the test split and held_out (or of an unknown split) are counted in TOTAL "
                   "but not shown "
                   "(--show-test shows them; nobody writing rules should read them).")
    out.append("Columns: roman = Roman-numbered heading lines, L1 = of them a level-1 section start, "
               f"TCTH = numbered '{IMPLEMENTATION_NAME}' heading in the text, impl = implementation section found, "
               "cit = citations found, refs = numbered references by a plain regex, err = stage errors, "
               "off = offset mismatches.")
    return "\n".join(out)


def as_json(rows: list[CoverageRow], show_test: bool = False) -> dict:
    """Rows (hidden ones left out unless ``show_test``) and totals, for ``--json``."""
    return {"documents": [asdict(r) for r in rows if show_test or not r.hidden], "totals": totals(rows)}


def _main() -> None:  # pragma: no cover - `kehoach coverage` is the entry point
    import sys

    from .columns import default_real_root, load_split

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default_real_root("gold")
    rows = coverage(root, load_split("gold"))
    print(json.dumps(as_json(rows), ensure_ascii=False, indent=1) if "--json" in sys.argv else render(rows))


if __name__ == "__main__":  # pragma: no cover
    _main()
