"""Corpus summaries: the same law or the same body under one key, across many documents.

Takes: documents — extracted from files, or read back from a JSON Lines output
(:func:`load_documents` tells them apart by the ``.jsonl`` extension). Gives: rows
for the ``citations``, ``agencies`` and ``report`` commands, with every mention of
one cited document or one body grouped under a canonical key:

* case, spacing and the old tone placement do not count: ``LUẬT VIỆC LÀM`` = ``Luật Việc làm``,
  ``Văn hoá`` = ``Văn hóa``;
* the order of a list of administrative levels does not count:
  ``UBND các xã, phường`` = ``UBND các phường, xã`` = ``UBND các phường và xã``
  (the levels and joiners are the ``list_units``/``list_joiners`` of data/targets.toml).

The label shown for a group is its most frequent spelling, preferring one that is
not in capitals.

Example::

    >>> agency_key("Ủy ban nhân dân các xã, phường") == agency_key("ỦY BAN NHÂN DÂN các phường và xã")
    True
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import regex

from .records import Citation, Document

CITATION_COLUMNS = ("document", "type", "issuer", "issued_on", "count", "cited_in")
AGENCY_COLUMNS = ("agency", "tasks", "lead", "support", "responsible", "requested", "documents")


def load_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Documents under ``paths``: a ``.jsonl`` file is read back line by line (an earlier
    ``kehoach extract`` output, no re-extraction); anything else is extracted."""
    from .pipeline import extract_many

    pending: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.suffix.lower() == ".jsonl" and path.is_file():
            yield from extract_many(pending)
            pending = []
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        try:
                            yield Document.from_json(line)
                        except ValueError as exc:
                            raise ValueError(f"{path}:{number}: not a kehoach output line ({exc})") from None
        else:
            pending.append(path)
    yield from extract_many(pending)


@lru_cache(maxsize=1)
def _scope_list() -> "regex.Pattern[str]":
    from .data import load_toml

    cfg = load_toml("targets.toml")["indicator"]
    units = sorted(cfg["list_units"], key=len, reverse=True)
    joiners = sorted(cfg["list_joiners"], key=len, reverse=True)
    unit = "(?:" + "|".join(regex.escape(u) for u in units) + ")"
    sep = r"(?:\s*,\s*(?:(?:" + "|".join(regex.escape(j) for j in joiners) + r")\s+)?|\s+(?:" + \
          "|".join(regex.escape(j) for j in joiners) + r")\s+)"
    return regex.compile(rf"(?<!\p{{L}}){unit}(?:{sep}{unit})+(?!\p{{L}})")


def _fold(text: str) -> str:
    """Case-folded NFC words, the tone on the first vowel of ``oa``/``oe``/``uy`` (``hoá`` = ``hóa``)."""
    from .text import fix_tone_placement

    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    fixed: str = regex.sub(r"\p{L}+", lambda m: fix_tone_placement(m.group()), folded)
    return fixed.strip(" ;:,.")


def _sort_scope(text: str) -> str:
    def sort(match: "regex.Match[str]") -> str:
        items = regex.split(r"\s*,\s*|\s+(?:" + "|".join(_joiners()) + r")\s+", match.group())
        return ", ".join(sorted({i.strip() for i in items if i.strip() and i.strip() not in _joiners()}))

    result: str = _scope_list().sub(sort, text)
    return result


@lru_cache(maxsize=1)
def _joiners() -> tuple[str, ...]:
    from .data import load_toml

    return tuple(load_toml("targets.toml")["indicator"]["list_joiners"])


def agency_key(name: str) -> str:
    """The grouping key of a body's name: case-folded, spaces collapsed, scope lists sorted.

    >>> agency_key("UBND các phường, xã")
    'ubnd các phường, xã'
    """
    return _sort_scope(_fold(name))


def citation_key(citation: Citation) -> str:
    """The grouping key of a cited document: its number (``221/2013/nđ-cp``), else its type
    and name or text, case-folded (``law:luật việc làm``)."""
    if citation.number:
        return _fold(citation.number)
    return f"{citation.type}:{_sort_scope(_fold(citation.name or citation.text))}"


def _label(spellings: Counter[str]) -> str:
    """The most frequent spelling, preferring one not written in capitals."""
    return max(spellings.items(), key=lambda kv: (not kv[0].isupper(), kv[1], -len(kv[0])))[0]


def citation_label(citation: Citation) -> str:
    return citation.number or " ".join((citation.name or citation.text).split())


def corpus_labels(documents: Iterable[Document]) -> tuple[Callable[[str], str], Callable[[Citation], str]]:
    """Two functions for one corpus: an agency name → its group's label, a citation → its group's label."""
    agencies: dict[str, Counter[str]] = {}
    citations: dict[str, Counter[str]] = {}
    for document in documents:
        for assignment in document.assignments:
            agencies.setdefault(agency_key(assignment.agency), Counter())[assignment.agency] += 1
        for citation in document.citations:
            citations.setdefault(citation_key(citation), Counter())[citation_label(citation)] += 1
    agency_labels = {key: _label(spellings) for key, spellings in agencies.items()}
    citation_labels = {key: _label(spellings) for key, spellings in citations.items()}
    return (lambda name: agency_labels.get(agency_key(name), name),
            lambda citation: citation_labels.get(citation_key(citation), citation_label(citation)))


def summarize_citations(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """Distinct cited documents across a corpus (one row per :func:`citation_key`), most cited first."""
    groups: dict[str, dict[str, Any]] = {}
    for document in documents:
        for citation in document.citations:
            key = citation_key(citation)
            group = groups.setdefault(key, {"spellings": Counter(), "first": citation, "count": 0, "cited_in": []})
            group["spellings"][citation_label(citation)] += 1
            group["count"] += 1
            for field in ("issuer", "issued_on"):  # the first mention that states it
                if getattr(group["first"], field) is None and getattr(citation, field) is not None:
                    group["first"] = group["first"].model_copy(update={field: getattr(citation, field)})
            if document.doc_id not in group["cited_in"]:
                group["cited_in"].append(document.doc_id)
    rows = [{"document": _label(g["spellings"]), "type": g["first"].type, "issuer": g["first"].issuer,
             "issued_on": g["first"].issued_on.isoformat() if g["first"].issued_on else None,
             "count": g["count"], "cited_in": g["cited_in"]}
            for g in groups.values()]
    return sorted(rows, key=lambda r: (-r["count"], r["document"]))


def summarize_agencies(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """Per body (one row per :func:`agency_key`): tasks, how many it leads / supports / is
    responsible for / is requested; ``documents`` lists the doc ids. Most tasks first."""
    groups: dict[str, dict[str, Any]] = {}
    for document in documents:
        for record in document.assignments:
            row = groups.setdefault(agency_key(record.agency), {
                "spellings": Counter(), "tasks": 0, "lead": 0, "support": 0, "responsible": 0, "requested": 0,
                "documents": []})
            row["spellings"][record.agency] += 1
            row["tasks"] += 1
            row[record.role] += 1
            row["requested"] += record.mode == "requested"
            if document.doc_id not in row["documents"]:
                row["documents"].append(document.doc_id)
    rows = [{"agency": _label(g.pop("spellings")), **g} for g in groups.values()]
    return sorted(rows, key=lambda r: (-r["tasks"], r["agency"]))


def rows_as_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2, default=str)  # dates as ISO


def rows_as_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """CSV text (lists joined with ``; ``, formula-like cells neutralised)."""
    import csv
    import io

    from .outputs import neutralise

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            if isinstance(value, list):
                value = "; ".join(str(v) for v in value)
            cells.append(neutralise(value) if isinstance(value, str) else ("" if value is None else value))
        writer.writerow(cells)
    return buffer.getvalue()
