"""Reading with the declared libraries (issue 17): charset-normalizer as the encoding fallback,
defusedxml on every XML part of a .docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kehoach_nlp.reading import ReadError, read_path
from kehoach_nlp.reading.txt import read_txt

XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
LAUGHS = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>'


@pytest.mark.parametrize("text, codec", [
    ("План мероприятий по реализации стратегии развития на 2021–2025 годы.", "cp1251"),  # a Russian annex
    ("ข้อมูลแผนงานประจำปีของจังหวัด สำหรับการพัฒนาเศรษฐกิจ", "cp874"),               # a Thai one
])
def test_text_in_no_vietnamese_table_is_detected(text: str, codec: str) -> None:
    decoded, encoding = read_txt(text.encode(codec))
    assert decoded == text and encoding.replace("_", "").lower() in {codec, "tis620", "iso885911"}


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).parent / "data" / "legacy").glob("*")))
def test_vietnamese_tables_still_win_for_vietnamese(name: str) -> None:
    path = Path(__file__).parent / "data" / "legacy" / name
    if path.suffix != ".txt":
        pytest.skip("not a plain-text file")
    encoding = read_path(path).encoding
    assert encoding in {"tcvn3", "vni", "windows-1258", "utf-8", "utf-8-sig", "utf-16"} or "repaired" in encoding


def _docx_with(part: str, xml: bytes) -> bytes:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, xml if item.filename == part else source.read(item.filename))
    return out.getvalue()


@pytest.mark.parametrize("part, xml", [
    ("word/document.xml", XXE),
    ("word/styles.xml", LAUGHS),           # not the main part: the old check looked at document.xml only
    ("[Content_Types].xml", XXE),
    ("word/_rels/document.xml.rels", LAUGHS),
])
def test_docx_with_a_dtd_in_any_part_is_refused(tmp_path: Path, part: str, xml: bytes) -> None:
    path = tmp_path / "hostile.docx"
    path.write_bytes(_docx_with(part, xml))
    with pytest.raises(ReadError, match="XML entity declarations"):
        read_path(path)
