"""Heading numbers and list bullets, built from one data file (``data/headings.toml``).

Takes: a pattern's name. Gives: the compiled pattern, built from the number shapes of
``[shapes]`` (``I.``, ``1.``, ``1.1.``, ``a)``, ``a.``, ``-``, ``Chương``, ``Điều``):
:func:`heading_marker` for the patterns a line is matched against at its start
(``[markers]``), :func:`heading_schemes` for the numbering schemes of a plan's heading
lines (``[schemes]``), :func:`shape` for one shape. Every stage that recognises a
numbered line — line joining in :mod:`kehoach_nlp.text`, headings in
:mod:`kehoach_nlp.sections`, task headings in :mod:`kehoach_nlp.task_tables` — asks here,
so a new shape is one data row.

Example::

    >>> bool(heading_marker("task_heading").match("2.1. Tổ chức tuyên truyền")), bool(heading_marker("heading_start").match("a. Sở Y tế"))
    (True, False)
    >>> [scheme for scheme, pattern in heading_schemes() if pattern.match("II. NHIỆM VỤ VÀ GIẢI PHÁP")]
    ['roman']
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from .data import load_toml

_PLACEHOLDER = regex.compile(r"@([a-z_]{1,40})")


@cache
def _table() -> dict[str, Any]:
    return load_toml("headings.toml")


def _expand(template: str, extra: dict[str, str] | None = None) -> str:
    """``template`` with each ``@name`` replaced by its shape (a ``KeyError`` names an unknown shape)."""
    shapes: dict[str, str] = {**_table()["shapes"], **(extra or {})}

    def replace(match: regex.Match) -> str:
        if match[1] not in shapes:
            raise KeyError(f"data/headings.toml: unknown shape @{match[1]} in {template!r}")
        return shapes[match[1]]

    return str(_PLACEHOLDER.sub(replace, template))


def shape(name: str) -> str:
    """One number shape of ``[shapes]`` as a regular-expression piece.

    >>> shape("letter")
    '[a-zđ]'
    """
    return str(_table()["shapes"][name])


@cache
def heading_marker(name: str) -> regex.Pattern:
    """The pattern ``[markers] name``: the number or bullet a line opens with, as one stage
    reads it (``line_start``, ``bare_number``, ``task_heading``, ``heading_start``, ``bullet``,
    ``web_numbered``)."""
    return regex.compile(_expand(_table()["markers"][name]))


@cache
def heading_schemes() -> tuple[tuple[str, regex.Pattern], ...]:
    """The numbering schemes of heading lines, in the order they are tried: (scheme, pattern
    with the groups ``num`` and ``rest``)."""
    table = _table()["schemes"]
    rest = {"rest": table["rest"]}
    return tuple((scheme, regex.compile(_expand(pattern, rest))) for scheme, pattern in table["order"])
