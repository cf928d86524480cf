"""``.pdf`` reader: the text layer, page by page (pypdf).

A PDF without a text layer (a scan) is refused with "no text layer; OCR is
needed"; an encrypted one with "password-protected".
"""

from __future__ import annotations

import io

from . import ReadError


def read_pdf(data: bytes) -> tuple[str, str]:
    """Return ``(text, "pdf")``; pages are separated by a blank line."""
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed files are reported, not logged
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
    except PdfReadError as exc:
        raise ReadError(f"not a readable PDF: {exc}") from None
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                raise ReadError("password-protected PDF")
        except Exception:
            raise ReadError("password-protected PDF") from None
    pages = [(page.extract_text() or "") for page in reader.pages]
    text = "\n\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise ReadError("PDF has no text layer; OCR is needed")
    return text, "pdf"
