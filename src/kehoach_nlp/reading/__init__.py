"""Readers: one per file format, each turning a file into source text.

Takes: a path. Gives: :class:`SourceText` (the decoded text and how it was
decoded) or raises :class:`ReadError` with a message a person can act on.

Example::

    >>> read_path("corpus/001_de8a39346a403402.txt").encoding
    'utf-8'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

#: Default cap on decoded text size (characters); configurable per call.
DEFAULT_MAX_CHARS = 20 * 1024 * 1024
#: Cap on bytes read from disk before decoding.
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


class ReadError(Exception):
    """A file could not be turned into text; the message says why."""


@dataclass(frozen=True)
class SourceText:
    text: str
    encoding: str
    format: str


def _reader_for(suffix: str) -> Callable[[bytes], tuple[str, str]]:
    from . import docx, html, pdf, txt

    return {
        ".docx": docx.read_docx,
        ".pdf": pdf.read_pdf,
        ".html": html.read_html,
        ".htm": html.read_html,
    }.get(suffix, txt.read_txt)


#: File suffixes picked up when a folder is given.
SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".docx", ".pdf", ".html", ".htm")


def read_path(path: str | os.PathLike, *, max_chars: int = DEFAULT_MAX_CHARS,
              max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode one file; raise :class:`ReadError` with a clear reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file is {size} bytes, over the limit of {max_bytes}")
        with open(p, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError("file not found (it may have been moved or deleted)") from None
    except PermissionError:
        raise ReadError("permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise ReadError("is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if not data:
        raise ReadError("file is empty")
    suffix = p.suffix.lower()
    try:
        text, encoding = _reader_for(suffix)(data)
    except ReadError:
        raise
    except Exception as exc:  # a malformed container: report it, never crash the run
        raise ReadError(f"cannot parse {suffix or 'file'}: {type(exc).__name__}: {exc}") from None
    from .legacy import repair_text

    text, repaired = repair_text(text)
    if repaired:  # e.g. "tcvn3", or "docx+tcvn3" for a .docx typed in .VnTime
        encoding = f"{encoding}+{repaired}" if encoding in ("docx", "html", "pdf") else repaired
    if len(text) > max_chars:
        raise ReadError(f"text has {len(text)} characters, over the limit of {max_chars}")
    if not text.strip():
        raise ReadError("file has no text")
    return SourceText(text=text, encoding=encoding, format=suffix.lstrip(".") or "txt")
