"""Regenerate the hostile and legacy test files under tests/data/ (committed).

Run: ``python tests/data/make_test_files.py``. Every file here is made by this
script from text we wrote; none comes from elsewhere.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"
LEGACY = HERE / "legacy"
PLAN = ("KẾ HOẠCH\nPhòng, chống mại dâm năm 2021\nI. MỤC TIÊU\n"
        "Phấn đấu trên 90% xã, phường, thị trấn được tuyên truyền.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế: Chủ trì, phối hợp với Công an tỉnh kiểm tra.\n")


def minimal_docx(document_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(150):  # 150 MB of zeros, ~150 KB compressed
                part.write(chunk)
    return buffer.getvalue()


def pdf(text: str | None, encrypt: bool = False) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    if text:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
            {NameObject("/F1"): writer._add_object(font)})})
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
    if encrypt:
        writer.encrypt(user_password="mat-khau", owner_password="mat-khau")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def main() -> None:
    rng = random.Random(11)
    BAD.mkdir(exist_ok=True)
    LEGACY.mkdir(exist_ok=True)
    files = {
        "empty.txt": b"",
        "whitespace_only.txt": b" \n\t\n   \n",
        "binary.txt": bytes(rng.randrange(256) for _ in range(4096)) + b"\0\0\0",
        "not_a_zip.docx": b"PK\x03\x04 this is not really a zip archive",
        "truncated.docx": minimal_docx("<w:document/>")[:120],
        "zip_bomb.docx": zip_bomb(),
        "entity_expansion.docx": minimal_docx(
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
            '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>'),
        "scan_without_text.pdf": pdf(None),
        "password_protected.pdf": pdf("Ke hoach so 1/KH-UBND", encrypt=True),
        "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% truncated",
        "binary_page.html": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(rng.randrange(256) for _ in range(2048)),
    }
    for name, data in files.items():
        (BAD / name).write_bytes(data)
    # Legacy encodings: the same plan in TCVN3 and VNI, plus UTF-8 mojibake.
    import sys
    sys.path.insert(0, str(HERE.parent.parent / "src"))
    from kehoach_nlp.data import load_tsv

    tcvn3 = {row[1]: int(row[0], 16) for row in load_tsv("legacy_tcvn3.tsv")}
    (LEGACY / "plan_tcvn3.txt").write_bytes(bytes(tcvn3[c] if ord(c) > 127 else ord(c) for c in PLAN))
    vni: dict[str, str] = {}
    for sequence, char in load_tsv("legacy_vni.tsv"):
        vni.setdefault(char, sequence)
    (LEGACY / "plan_vni.txt").write_bytes("".join(vni.get(c, c) for c in PLAN).encode("cp1252"))
    import ftfy.bad_codecs  # noqa: F401  registers "sloppy-windows-1252", as browsers decode

    (LEGACY / "plan_mojibake.txt").write_text(PLAN.encode("utf-8").decode("sloppy-windows-1252"),
                                               encoding="utf-8")
    (LEGACY / "expected.txt").write_text(PLAN, encoding="utf-8")


if __name__ == "__main__":
    main()
