"""Output writers: Documents → files, written atomically.

Takes: an iterator of :class:`~kehoach_nlp.records.Document`. Gives: files.
Output goes to a temporary file beside the target and is renamed into place
when complete, so an interrupted run never leaves a half-written result.

Example::

    >>> with AtomicJsonlWriter("out.jsonl") as out:
    ...     out.write(document)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, Optional

from .records import Document


class AtomicJsonlWriter:
    """JSON Lines, one Document per line, renamed into place on success."""

    def __init__(self, path: str | os.PathLike, *, append_from: Optional[str | os.PathLike] = None) -> None:
        self.path = Path(path)
        self._handle: Optional[IO[str]] = None
        self._tmp: Optional[str] = None
        self._append_from = Path(append_from) if append_from else None

    def __enter__(self) -> "AtomicJsonlWriter":
        directory = self.path.parent if str(self.path.parent) else Path(".")
        directory.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        if self._append_from and self._append_from.exists():
            with open(self._append_from, encoding="utf-8") as previous:
                for line in previous:
                    if line.strip():
                        self._handle.write(line if line.endswith("\n") else line + "\n")
        return self

    def write(self, document: Document) -> None:
        assert self._handle is not None
        self._handle.write(document.to_json() + "\n")
        self._handle.flush()

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._handle is not None and self._tmp is not None
        self._handle.close()
        if exc_type is None or exc_type is KeyboardInterrupt:
            # keep what was written: every line is a whole document
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)
