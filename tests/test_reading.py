"""Loading text the way real files arrive (issue 3)."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from kehoach_nlp.reading import ReadError, read_path

TEXT = "KẾ HOẠCH\nPhòng, chống mại dâm năm 2021\nCăn cứ Nghị định 221/2013/NĐ-CP"


@pytest.mark.parametrize("encoded, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),                  # with BOM
    (TEXT.encode("utf-16-le"), "utf-16"),               # without BOM
])
def test_txt_encodings(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(encoded)
    source = read_path(path)
    assert source.text == TEXT
    assert source.encoding == encoding


def _cp1258_bytes(text: str) -> bytes:
    """Encode the way Windows-1258 files are: base letter precomposed, tone mark combining."""
    import unicodedata

    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        rest = "".join(c for c in decomposed if c not in tones)
        out.append(unicodedata.normalize("NFC", rest) + tones)
    return "".join(out).encode("cp1258")


def test_windows_1258(tmp_path: Path) -> None:
    text = "Kế hoạch phòng, chống mại dâm; Sở Lao động - Thương binh và Xã hội"
    path = tmp_path / "plan.txt"
    path.write_bytes(_cp1258_bytes(text))
    source = read_path(path)
    assert source.encoding == "windows-1258"
    from kehoach_nlp.text import normalize
    assert normalize(source.text).text == text


def test_docx_paragraphs_and_tables_in_reading_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Cơ quan"
    table.cell(0, 1).text = "Nhiệm vụ"
    table.cell(1, 0).text = "Sở Y tế"
    table.cell(1, 1).text = "Chủ trì"
    document.add_paragraph("Trên đây là kế hoạch.")
    path = tmp_path / "plan.docx"
    document.save(path)
    assert read_path(path).text == "KẾ HOẠCH\nCơ quan | Nhiệm vụ\nSở Y tế | Chủ trì\nTrên đây là kế hoạch."


def _minimal_pdf(text: str | None) -> bytes:
    """A one-page PDF with (or without) a text layer, written by hand."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(_minimal_pdf("Ke hoach so 170/KH-UBND"))
    assert "170/KH-UBND" in read_path(path).text


def test_pdf_without_text_layer_says_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_minimal_pdf(None))
    with pytest.raises(ReadError, match="OCR"):
        read_path(path)


def test_html_visible_text_only(tmp_path: Path) -> None:
    page = """<html><head><title>Cổng</title><style>p{}</style><script>var x = 1;</script></head>
    <body><nav>Trang chủ | Văn bản</nav><h1>KẾ HOẠCH</h1><p>Phấn đấu trên 90% xã, phường.</p>
    <table><tr><td>Sở Y tế</td><td>Chủ trì</td></tr></table><footer>Bản quyền</footer></body></html>"""
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    text = read_path(path).text
    # block elements are paragraphs (blank line between them); hidden parts are gone
    assert [line for line in text.splitlines() if line] == [
        "KẾ HOẠCH", "Phấn đấu trên 90% xã, phường.", "Sở Y tế | Chủ trì"]
    assert "var x" not in text and "Trang chủ" not in text and "Bản quyền" not in text


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t\n", "no text"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "docx"),
    ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
])
def test_bad_files_raise_clear_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message):
        read_path(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="not found"):
        read_path(tmp_path / "nowhere.txt")
