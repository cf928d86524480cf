"""``.html`` reader: the visible text of a page saved from a legal portal.

Scripts, styles, navigation, headers and footers are dropped; block elements
become line breaks, table cells are joined by `` | ``.
"""

from __future__ import annotations

from . import ReadError
from .txt import read_txt

_HIDDEN = ("script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "svg", "head")
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article")


def read_html(data: bytes) -> tuple[str, str]:
    """Return ``(text, "html")``."""
    from bs4 import BeautifulSoup

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
