"""The pipeline: runs the stages in order; the only module that knows them all.

Takes: a path or a text. Gives: a :class:`~kehoach_nlp.records.Document` whose
offsets index the source text as decoded.

    file ──read──▶ source ──normalise──▶ clean text + offset map
         ──structure──▶ info + sections ──extract──▶ citations · targets · assignments
         ──records──▶ Document (offsets mapped back to the source)

A failing stage adds an entry to ``errors`` and the others still run.

Example::

    >>> doc = extract_text("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ")
    >>> doc.citations[0].number
    '221/2013/NĐ-CP'
"""

from __future__ import annotations

import errno
from dataclasses import replace
import hashlib
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .reading import DEFAULT_MAX_CHARS, ReadError, iter_paths, read_path
from .data import load_toml
from .records import Document, ErrorRecord, SpanRecord
from .sections import back_matter_start
from .structure import DocumentStructure, parse_structure
from .text import normalize, strong_spans
from .vietnamese import opens_with_verb

Extractor = Callable[[DocumentStructure], Sequence[SpanRecord]]

#: The records an encyclopedia page's back matter ("## Tham khảo") keeps: the documents its references cite.
_BACK_MATTER_KEEPS = frozenset({"citations"})


def _extractors() -> dict[str, Extractor]:
    from .assignments import find_assignments
    from .citations import find_citations
    from .targets import find_targets

    return {"citations": find_citations, "targets": find_targets, "assignments": find_assignments}


def load_models() -> None:
    """Load now what the extractors otherwise load on first use (the spaCy gazetteer, the
    underthesea segmenter and part-of-speech tagger). The batch runner calls it before forking its workers, so that
    they share one copy of the models instead of loading one each."""
    process_text(load_toml("normalisation.toml")["warm_up"]["text"], doc_id="warm-up")
    opens_with_verb(load_toml("normalisation.toml")["warm_up"]["text"][:40])  # the tagger of directive paragraphs


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def process_text(source: str, *, doc_id: str = "text", source_path: str | None = None,
                 encoding: str | None = None) -> Document:
    """Run every stage on already-decoded ``source`` text."""
    document = Document(doc_id=doc_id, source=source_path, content_sha256=content_hash(source))
    if encoding:
        document.info.source_encoding = encoding
    try:
        clean = normalize(source)
        structure = parse_structure(clean.text)
        if strong := strong_spans(clean):
            structure = replace(structure, strong=strong)
        if (back := back_matter_start(source)) is not None:
            structure = replace(structure, back_matter_start=clean.to_clean(back))
    except Exception as exc:  # never lose the document's line
        document.errors.append(ErrorRecord(stage="structure", message=f"{type(exc).__name__}: {exc}"))
        return document
    info = structure.info.model_copy(update={"source_encoding": encoding})
    document.info = info
    document.sections = [s.remapped(source, clean.to_source) for s in structure.sections]
    for name, find in _extractors().items():
        try:
            # text after the document (a website's footer) yields no records
            # … nor does an encyclopedia page's back matter, but for its citations (references, links)
            end = structure.body_end if name in _BACK_MATTER_KEEPS else min(structure.body_end, structure.back_matter_start)
            records = [r.remapped(source, clean.to_source) for r in find(structure) if r.start < end]
        except Exception as exc:
            document.errors.append(ErrorRecord(stage=name, message=f"{type(exc).__name__}: {exc}"))
            continue
        setattr(document, name, records)
    return document


def doc_id_for(path: str | os.PathLike[str]) -> str:
    """SPEC §7: the file name without its extension."""
    return Path(path).stem


def process_path(path: str | os.PathLike[str], *, max_chars: int = DEFAULT_MAX_CHARS,
                 doc_id: str | None = None) -> Document:
    """Read one file and run the pipeline; read failures become ``errors``. ``doc_id`` defaults
    to the file's stem (a batch passes a longer one when two stems collide)."""
    doc_id = doc_id or doc_id_for(path)
    try:
        source = read_path(path, max_chars=max_chars)
    except ReadError as exc:
        return Document(doc_id=doc_id, source=str(path),
                        errors=[ErrorRecord(stage="read", message=str(exc))])
    return process_text(source.text, doc_id=doc_id, source_path=str(path), encoding=source.encoding)


def extract_text(text: str, *, doc_id: str = "text") -> Document:
    """Extract one document given as a string (no file is read).

    >>> extract_text("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ").citations[0].number
    '221/2013/NĐ-CP'
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_text takes a str, not {type(text).__name__}; for a file use extract(path)")
    return process_text(text, doc_id=doc_id)


def extract(path_or_text: str | os.PathLike[str]) -> Document:
    """Extract one document from its file; raise FileNotFoundError when the file does not exist.

    The rule (README "Library"): a ``PathLike``, or a ``str`` without a line break, is a path;
    a ``str`` with a line break (``\\n`` or ``\\r``) is the text of a document, as before.
    A one-line text must go through :func:`extract_text` — so a mistyped path such as
    ``extract("corpus/typo.txt")`` raises instead of extracting the path string as text.
    """
    if isinstance(path_or_text, str) and ("\n" in path_or_text or "\r" in path_or_text):
        return process_text(path_or_text)
    if not isinstance(path_or_text, (str, os.PathLike)):
        raise TypeError(f"extract takes a path or a str, not {type(path_or_text).__name__}")
    path = Path(path_or_text)
    if not path.exists():
        raise FileNotFoundError(errno.ENOENT, "no such document file (for a one-line text use "
                                "kehoach_nlp.extract_text)", str(path_or_text))
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "a folder, not a document (use kehoach_nlp.extract_many)",
                                str(path_or_text))
    return process_path(path)


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named, and supported files found recursively in folders, sorted; entries that
    cannot be read (FIFOs, dangling links, unlistable folders …) are included so that each
    gets an ``errors`` line (:func:`kehoach_nlp.reading.iter_paths`)."""
    yield from iter_paths(paths)


def extract_many(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Extract every file under ``paths`` (files or folders), one Document each, in order."""
    for path in iter_input_files(paths):
        yield process_path(path)
