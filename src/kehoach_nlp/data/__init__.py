"""Language data: plain files a linguist can edit, loaded once.

Takes: a file name in this folder. Gives: its parsed content, cached.

* ``*.toml`` — tables of cue words and mappings (``tomllib``);
* ``*.tsv`` — one entry per line, tab-separated columns, ``#`` comments.

Example::

    >>> load_tsv("number_words.tsv")[0]
    ('không', '0')
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files


def _read(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def load_toml(name: str) -> dict:
    """Parse ``data/<name>`` as TOML (cached)."""
    return tomllib.loads(_read(name))


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``data/<name>``, tab-separated, skipping blank and ``#`` lines (cached)."""
    rows = []
    for line in _read(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
