"""Readers: one per file format, each turning a file into source text.

Takes: a path. Gives: :class:`SourceText` (the decoded text and how it was
decoded) or raises :class:`ReadError` with a message a person can act on.

Example::

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "ke_hoach.txt")
    >>> with open(path, "w", encoding="utf-8") as f:
    ...     _ = f.write("KẾ HOẠCH Thực hiện Chương trình chuyển đổi số năm 2025")
    >>> read_path(path).encoding
    'utf-8'
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

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


def _refuse_what_is_not_a_file(p: Path) -> None:
    """Raise :class:`ReadError` for anything but a regular file (or a link to one), before it is
    opened: a FIFO or a device could block the run forever, a loop or a dangling link would
    otherwise be skipped in silence. E.g. ``mkfifo plan.txt`` → ``named pipe (FIFO) …``."""
    try:
        mode = os.stat(p).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("symbolic link loop: the link never reaches a file") from None
        if exc.errno == errno.ENOENT and os.path.islink(p):
            raise ReadError(f"dangling symbolic link: its target {os.readlink(p)!r} does not exist") from None
        return  # reported by the open() below with its own reason
    if stat.S_ISDIR(mode):
        real = os.path.realpath(p)
        parent = os.path.realpath(os.path.dirname(os.path.abspath(p)))
        if os.path.islink(p) and (parent + os.sep).startswith(real.rstrip(os.sep) + os.sep):
            raise ReadError(f"symbolic link loop: the link points back to {real!r}, a folder it is in")
        try:
            os.listdir(p)
        except PermissionError:
            raise ReadError("folder cannot be listed: permission denied (its documents were not read)") from None
        except OSError as exc:
            raise ReadError(f"folder cannot be listed: {exc.strerror or exc}") from None
        raise ReadError("is a directory, not a file")
    for test, what in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            raise ReadError(f"{what}, not a regular file: refused (reading it could block the run)")


def read_path(path: str | os.PathLike, *, max_chars: int = DEFAULT_MAX_CHARS,
              max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode one file; raise :class:`ReadError` with a clear reason."""
    p = Path(path)
    _refuse_what_is_not_a_file(p)
    try:
        # O_NONBLOCK: should the path have become a FIFO since the check, open() does not wait.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ReadError("not a regular file: refused")
            if info.st_size > max_bytes:
                raise ReadError(f"file is {info.st_size} bytes, over the limit of {max_bytes}")
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError("file not found (it may have been moved or deleted)") from None
    except PermissionError:
        raise ReadError("permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise ReadError("is a directory, not a file") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ReadError(f"file is over the limit of {max_bytes} bytes")
    if not data:
        raise ReadError("file is empty")
    suffix = p.suffix.lower()
    try:
        reader = _reader_for(suffix)
        text, encoding = reader(data, max_chars) if suffix == ".docx" else reader(data)  # type: ignore[call-arg]
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


def _hidden(name: str) -> bool:
    return name.startswith(".")


def walk_folder(root: Path) -> list[Path]:
    """Every supported document under ``root``, recursively, sorted — and every entry that
    cannot be read, so that it gets an ``errors`` line instead of being skipped in silence:
    files with a supported suffix that are FIFOs, devices, sockets, dangling or looping links;
    folders that cannot be listed; links to a folder that contains them (a loop).

    Hidden names (``.git``, ``.~lock``) are skipped. Links to folders are followed unless
    they loop. Names that are not valid UTF-8 arrive as ``str`` with surrogate escapes
    (``os.fsdecode``) and are kept as they are."""
    found: list[Path] = []
    active: set[tuple[int, int]] = set()  # (device, inode) of the folders being walked

    def walk(folder: Path) -> None:
        try:
            info = os.stat(folder)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            found.append(folder)  # read_path says why (permission denied, loop, …)
            return
        key = (info.st_dev, info.st_ino)
        if key in active:
            found.append(folder)
            return
        active.add(key)
        try:
            for entry in entries:
                if _hidden(entry.name):
                    continue
                path = Path(entry.path)
                try:
                    is_dir = entry.is_dir(follow_symlinks=True)
                except OSError:
                    is_dir = False
                if is_dir:
                    if entry.is_symlink():
                        try:
                            target = os.stat(path)
                        except OSError:
                            found.append(path)
                            continue
                        if (target.st_dev, target.st_ino) in active:
                            found.append(path)  # a link back to a folder being walked: a loop
                            continue
                    walk(path)
                elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                    found.append(path)  # regular or not: read_path refuses what is not a file
        finally:
            active.discard(key)

    walk(root)
    return sorted(found)


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and what :func:`walk_folder` finds in folders named, in that order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from walk_folder(path)
        else:
            yield path
