"""Plain text and Markdown of the same plan give the same records (issue #21, SPEC top).

Each seed and synthetic document is rewritten the way converted pages write it — headings in
bold, sometimes split inside the bold over two lines, the title as a `#` line, the
place-and-date line in italics — and must give the same sections, citations, targets and
assignments as the plain text, with every span still equal to its slice of the raw text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from kehoach_nlp.pipeline import process_text

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "synthetic").glob("*.txt"))
_HEADING = regex.compile(r"(?m)^([IVX]{1,5}\.[ \t]+\S[^\n]{0,80})$")
_PLACE_DATE = regex.compile(r"(?m)^(\p{Lu}[\p{L} ]{1,30}, ngày \d{1,2} tháng \d{1,2} năm \d{4})[ \t]*$")
_MARKUP = regex.compile(r"[*#]")


def as_markdown(text: str) -> str:
    """Bold Roman headings (a long one split inside the bold), italic place-date line."""
    def bold(match: regex.Match) -> str:
        heading = match.group(1)
        words = heading.split(" ")
        if len(words) >= 4:  # "**I. MỤC ĐÍCH,\nYÊU CẦU**"
            cut = len(words) // 2
            return "**" + " ".join(words[:cut]) + "\n" + " ".join(words[cut:]) + "**"
        return "**" + heading + "**"
    text = _HEADING.sub(bold, text)
    return _PLACE_DATE.sub(lambda m: "*" + m.group(1) + "*", text)


def _view(text: str) -> dict:
    document = process_text(text)
    for record in [*document.citations, *document.targets, *document.assignments]:
        assert text[record.start:record.end] == record.text
    def clean(value: str | None) -> str | None:
        return " ".join(_MARKUP.sub(" ", value).split()) if value else value
    return {
        "sections": [(s.kind, s.number, clean(s.heading)) for s in document.sections],
        "citations": [(c.number, c.type, c.issuer, c.relation, clean(c.title)) for c in document.citations],
        "targets": [(t.value, t.value_max, t.unit, t.comparator, t.status) for t in document.targets],
        "assignments": [(a.agency, a.role, clean(a.task), tuple(a.partners), a.mode) for a in document.assignments],
        "info": (document.info.number, document.info.issued_on, document.info.place),
    }


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_markdown_gives_the_same_records(path: Path) -> None:
    plain = path.read_text(encoding="utf-8")
    markdown = as_markdown(plain)
    if _HEADING.search(plain):
        assert markdown.count("**") >= 2 * len(_HEADING.findall(plain))
    assert _view(markdown) == _view(plain)
