"""Gold files (SPEC.md §8): quote-anchored records resolved to source offsets.

Takes: ``gold/<doc_id>.json`` and the document's source text. Gives:
:class:`GoldDocument` whose records carry ``start``/``end`` in the source text.
Fails loudly (:class:`GoldError`) when a quote is missing or ambiguous or the
text hash does not match.

A quote is matched against the normalised text (NFC, tone placement, dashes,
whitespace — the same normalisation as the pipeline), token by token with any
whitespace between tokens, so a quote survives line wrapping and NFD sources.
A quote that occurs more than once needs ``"occurrence": N`` (1-based) or
``"after": "<a few words just before it>"``.

Example record::

    {"quote": "Nghị định 221/2013/NĐ-CP", "type": "decree", "number": "221/2013/NĐ-CP"}

Check a file by hand: ``python -m kehoach_nlp.evaluation.gold gold/001_….json`` (a real one:
``python -m kehoach_nlp.evaluation.gold gold/real/<id>.json --real-root=../shared/real-plans``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence, TypeAlias, Union

import regex

from ..reading import read_path
from ..text import NormalizedText, normalize

RECORD_TYPES = ("sections", "citations", "targets", "assignments")
AFTER_WINDOW = 300


class GoldError(ValueError):
    """A gold file that cannot be resolved against its document."""


@dataclass
class GoldRecord:
    kind: str
    start: int
    end: int
    fields: dict[str, Any]
    agency_start: Optional[int] = None
    agency_end: Optional[int] = None


@dataclass
class GoldDocument:
    doc_id: str
    source: str
    info: dict[str, Any]
    records: dict[str, list[GoldRecord]] = field(default_factory=dict)
    path: Optional[Path] = None


#: Markdown layout characters that may stand between a quote's words in the text
#: (``**I. MỤC ĐÍCH,\nYÊU CẦU**`` is quoted ``I. MỤC ĐÍCH, YÊU CẦU``).
MARKUP_CHARS = "*_#|"
_MARKUP_GAP = r"(?:\s|[*_#|])+"
_MARKUP_IN_QUOTE = regex.compile(r"[*_#|]+")


#: Markup inside a quoted word ("qu**á** cảnh"), which the text may have joined ("quá cảnh") or parted with spaces.
_MARKUP_IN_WORD = r"(?:\s|[*_#|])*"


def _quote_pattern(quote: str) -> regex.Pattern:
    words = []
    for word in quote.split():
        parts = [t for part in _MARKUP_IN_QUOTE.split(word) for t in normalize(part).text.split()]
        if parts:
            words.append(_MARKUP_IN_WORD.join(regex.escape(t) for t in parts))
    if not words:
        raise GoldError("empty quote")
    return regex.compile(_MARKUP_GAP.join(words))


def find_quote(nt: NormalizedText, quote: str, *, occurrence: Optional[int] = None,
               after: Optional[str] = None, near: Optional[int] = None) -> tuple[int, int]:
    """Resolve ``quote`` to a source span; raise :class:`GoldError` if missing/ambiguous.

    ``near`` (a clean offset) picks the closest occurrence at or before it, else after
    it — used to anchor an assignment's agency to its task.
    """
    matches = [m.span() for m in _quote_pattern(quote).finditer(nt.text)]
    if not matches:
        raise GoldError(f"quote not found: {quote!r}")
    if occurrence is not None:
        if not 1 <= occurrence <= len(matches):
            raise GoldError(f"quote {quote!r}: occurrence {occurrence} of {len(matches)}")
        span = matches[occurrence - 1]
    elif after is not None:
        anchors = [m.end() for m in _quote_pattern(after).finditer(nt.text)]
        if not anchors:
            raise GoldError(f"'after' text not found: {after!r} (for quote {quote!r})")
        chosen = {next((s for s in matches if a <= s[0] <= a + AFTER_WINDOW), None) for a in anchors}
        chosen.discard(None)
        if len(chosen) != 1:
            raise GoldError(f"quote {quote!r} after {after!r}: {len(chosen)} candidates, need exactly 1")
        span = chosen.pop()
    elif near is not None:
        before = [s for s in matches if s[0] <= near]
        span = before[-1] if before else matches[0]
    elif len(matches) > 1:
        raise GoldError(f"quote {quote!r} occurs {len(matches)} times: add 'occurrence' or 'after'")
    else:
        span = matches[0]
    return nt.to_source(*span)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


#: One corpus folder or several.
CorpusDirs: TypeAlias = Union[str, Path, Sequence[Union[str, Path]]]


def find_document(corpus_dirs: CorpusDirs, doc_id: str) -> Optional[Path]:
    """The file ``<doc_id>.*`` in the first of ``corpus_dirs`` that has it."""
    dirs = [corpus_dirs] if isinstance(corpus_dirs, (str, Path)) else list(corpus_dirs)
    for folder in dirs:
        matches = sorted(p for p in Path(folder).glob(f"{doc_id}.*") if p.is_file())
        if matches:
            return matches[0]
    return None


def gold_document_path(gold_path: str | Path, data: dict[str, Any], corpus_dirs: CorpusDirs,
                       real_root: Optional[str | Path] = None) -> Optional[Path]:
    """The text a gold file labels: ``<real_root>/<source>`` when the file names a
    ``source`` (real plans, e.g. ``"formal/8e9a425dd83e56b3.md"``) and a real root
    is given, else ``<corpus_dir>/<doc_id>.*``. None when that text is not there."""
    if data.get("source") and real_root is not None:
        path = Path(real_root) / data["source"]
        return path if path.is_file() else None
    return find_document(corpus_dirs, data.get("doc_id") or Path(gold_path).stem)


def load_gold(gold_path: str | Path, corpus_dirs: CorpusDirs, *, check_hash: bool = True,
              real_root: Optional[str | Path] = None) -> GoldDocument:
    """Load one gold file and resolve every quote against its text (:func:`gold_document_path`)."""
    gold_path = Path(gold_path)
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    doc_id = data.get("doc_id") or gold_path.stem
    document = gold_document_path(gold_path, data, corpus_dirs, real_root)
    if document is None:
        where = f"{real_root}/{data['source']}" if data.get("source") and real_root is not None else \
            f"{doc_id}.* in {corpus_dirs}"
        raise GoldError(f"{gold_path}: its text is missing (no {where})")
    candidates = [document]
    source = read_path(candidates[0]).text
    if check_hash and data.get("text_sha256") and data["text_sha256"] != text_sha256(source):
        raise GoldError(f"{gold_path}: text_sha256 does not match {candidates[0]} (the text changed?)")
    nt = normalize(source)
    gold = GoldDocument(doc_id=doc_id, source=source, info=data.get("info") or {}, path=gold_path)
    problems: list[str] = []
    for kind in RECORD_TYPES:
        resolved: list[GoldRecord] = []
        for index, item in enumerate(data.get(kind) or []):
            try:
                resolved.append(_resolve(kind, item, nt))
            except GoldError as exc:
                problems.append(f"{kind}[{index}]: {exc}")
        gold.records[kind] = resolved
    if problems:
        raise GoldError(f"{gold_path}: {len(problems)} unresolved quote(s):\n  " + "\n  ".join(problems))
    return gold


def _resolve(kind: str, item: dict, nt: NormalizedText) -> GoldRecord:
    if "quote" not in item:
        raise GoldError("record has no 'quote'")
    start, end = find_quote(nt, item["quote"], occurrence=item.get("occurrence"), after=item.get("after"))
    fields = {k: v for k, v in item.items() if k not in ("quote", "occurrence", "after")}
    record = GoldRecord(kind=kind, start=start, end=end, fields=fields)
    if kind == "assignments" and item.get("agency_quote"):
        a_start, a_end = find_quote(nt, item["agency_quote"], occurrence=item.get("agency_occurrence"),
                                    after=item.get("agency_after"), near=nt.to_clean(start))
        record.agency_start, record.agency_end = a_start, a_end
    return record


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The gold files directly in ``gold_dir`` (not sub-folders such as passes/; not
    ``thresholds.json``, ``split.json`` or ``_*.json``)."""
    return [p for p in sorted(Path(gold_dir).glob("*.json"))
            if not p.name.startswith(("thresholds", "split", "_"))]


def load_gold_dir(gold_dir: str | Path, corpus_dirs: CorpusDirs,
                  real_root: Optional[str | Path] = None) -> list[GoldDocument]:
    """Every gold file directly in ``gold_dir``, resolved against its text."""
    return [load_gold(p, corpus_dirs, real_root=real_root) for p in gold_files(gold_dir)]


def _main(argv: list[str]) -> int:
    """Check gold files: print each file's record counts, or the errors.

    ``--corpus=DIR`` (repeatable) for seed/synthetic texts; ``--real-root=DIR`` for
    real gold files naming a ``source`` (default ``$KEHOACH_REAL_ROOT``, else
    ``../shared/real-plans`` beside the repository)."""
    from .columns import default_real_root

    corpus = [a.split("=", 1)[1] for a in argv if a.startswith("--corpus=")] or ["corpus", "synthetic"]
    real = [a.split("=", 1)[1] for a in argv if a.startswith("--real-root=")]
    real_root = Path(real[0]) if real else default_real_root("gold")
    paths = [a for a in argv if not a.startswith(("--corpus=", "--real-root="))]
    status = 0
    for path in paths:
        try:
            gold = load_gold(path, corpus, real_root=real_root)
        except (GoldError, json.JSONDecodeError) as exc:
            print(f"ERROR {exc}")
            status = 1
            continue
        counts = {k: len(v) for k, v in gold.records.items()}
        print(f"OK {path}: {counts}")
    return status


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
