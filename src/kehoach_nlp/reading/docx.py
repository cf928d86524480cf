"""``.docx`` reader: paragraphs and table cells in reading order.

Table rows become one line each, cells joined by `` | `` (SPEC: tables flattened
with ``|``). The package is opened with size limits so a zip bomb is refused, and
every XML part is parsed by defusedxml first, so a DTD, an entity declaration or an
external reference (XXE) anywhere in the package is refused.

Example: a table row ``| Sở Y tế | Chủ trì |`` reads as ``Sở Y tế | Chủ trì``.
"""

from __future__ import annotations

import io
import zipfile

from . import ReadError

MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 200


def _check_zip(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError("not a valid .docx file (not a zip package)") from None
    total = 0
    for info in archive.infolist():
        if info.flag_bits & 0x1:
            raise ReadError("password-protected or encrypted .docx")
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10_000_000:
            raise ReadError(f"suspicious compression ratio in {info.filename} (zip bomb?)")
    if total > MAX_UNCOMPRESSED:
        raise ReadError(f".docx unpacks to {total} bytes, over the limit of {MAX_UNCOMPRESSED}")
    if "word/document.xml" not in archive.namelist():
        raise ReadError("not a Word document: word/document.xml is missing")
    _check_xml_parts(archive)


def _check_xml_parts(archive: zipfile.ZipFile) -> None:
    """Parse every XML part of the package with defusedxml, which refuses DTDs, entity
    declarations (billion laughs, quadratic blow-up) and external references (XXE) in any
    part — not only ``word/document.xml`` — before python-docx parses anything."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    for name in archive.namelist():
        if not name.endswith((".xml", ".rels")):
            continue
        try:
            fromstring(archive.read(name), forbid_dtd=True)
        except DefusedXmlException:
            raise ReadError(f".docx contains XML entity declarations or a DTD in {name} "
                            "(refused for safety)") from None
        except ParseError as exc:
            raise ReadError(f"not a valid .docx: {name} is not well-formed XML ({exc})") from None


def read_docx(data: bytes) -> tuple[str, str]:
    """Return ``(text, "docx")``: paragraphs and table rows in document order."""
    _check_zip(data)
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    if not cells or value != cells[-1]:  # merged cells repeat
                        cells.append(value)
                lines.append(" | ".join(cells))
    return "\n".join(lines), "docx"
