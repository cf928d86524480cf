"""``.html`` reader: the visible text of a page saved from a legal portal.

Scripts, styles, navigation, headers and footers are dropped; block elements
become line breaks, table cells are joined by `` | ``.

Pages nested deeper than :data:`MAX_DEPTH` elements (``<div>`` 20,000 deep) are
refused before parsing: the tree builder's cost grows with the square of the
depth, and no real page comes near the limit.
"""

from __future__ import annotations

import regex

from . import ReadError
from .txt import read_txt

#: Deepest element nesting accepted; real legal-portal pages stay under 100.
MAX_DEPTH = 1000
_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]*?(/?)>")
#: Elements that are never closed or whose end tag may be left out: they do not count as nesting.
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr p li td th tr dt dd option "
    "optgroup thead tbody tfoot colgroup rt rp html head body".split())


def nesting_depth(markup: bytes, limit: int = MAX_DEPTH) -> int:
    """The deepest nesting of elements in ``markup``, counted up to ``limit + 1`` (one pass, no
    tree). ``b"<div><div>x</div></div>"`` → 2."""
    depth = deepest = 0
    for match in _TAG.finditer(markup.decode("latin-1")):  # tags are ASCII in any encoding but UTF-16/32
        closing, name, self_closing = match.groups()
        if name.lower() in _NOT_NESTING or self_closing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest

_HIDDEN = ("script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "svg", "head")
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article")


def read_html(data: bytes) -> tuple[str, str]:
    """Return ``(text, "html")``."""
    from bs4 import BeautifulSoup

    depth = nesting_depth(data)
    if depth > MAX_DEPTH:
        raise ReadError(f"HTML nested more than {MAX_DEPTH} elements deep: refused (no real page is)")
    markup, _ = read_txt(data)
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(_HIDDEN):
        tag.decompose()
    for row in soup.find_all("tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        row.replace_with(soup.new_string("\n" + " | ".join(cells) + "\n"))
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    if not "".join(out).strip():
        raise ReadError("HTML page has no visible text")
    return "\n".join(out).strip(), "html"
