"""Issue 19, readers: whatever sits in a folder, the run never blocks, never dies and never
skips in silence — each entry that is not a readable document gets an ``errors`` line and the
rest of the folder is extracted."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from kehoach_nlp.batch import run_batch
from kehoach_nlp.pipeline import iter_input_files, process_path
from kehoach_nlp.reading import ReadError, read_path

PLAN = "KẾ HOẠCH\nI. MỤC TIÊU\nPhấn đấu 100% xã có trạm y tế.\n"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _make(folder: Path, kind: str) -> Path:
    """Create one hostile entry of ``kind`` in ``folder``; return its path."""
    if kind == "fifo":
        path = folder / "pipe.txt"
        os.mkfifo(path)
    elif kind == "device":
        path = folder / "device.txt"
        path.symlink_to("/dev/zero")
    elif kind == "socket":
        path = folder / "sock.txt"
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "dangling link":
        path = folder / "dangling.txt"
        path.symlink_to(folder / "nowhere.txt")
    elif kind == "file link loop":
        path = folder / "loop_a.txt"
        path.symlink_to(folder / "loop_b.txt")
        (folder / "loop_b.txt").symlink_to(path)
    elif kind == "folder link loop":
        (folder / "sub").mkdir()
        path = folder / "sub" / "up"
        path.symlink_to("..")
    else:
        raise ValueError(kind)
    return path


# kind → words the error message must contain
HOSTILE = {
    "fifo": "named pipe (FIFO)",
    "device": "character device",
    "socket": "socket",
    "dangling link": "dangling symbolic link",
    "file link loop": "symbolic link loop",
    "folder link loop": "symbolic link loop",
}


@pytest.mark.parametrize("kind, message", HOSTILE.items())
def test_what_is_not_a_file_gets_an_error_line_and_the_rest_is_extracted(tmp_path: Path, kind: str,
                                                                          message: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    hostile = _make(folder, kind)
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, jobs=1)  # a FIFO used to block here forever
    by_id = {d["doc_id"]: d for d in _lines(out)}
    hostile_count = 2 if kind == "file link loop" else 1  # loop_a.txt and loop_b.txt
    assert summary.documents == len(by_id) == 1 + hostile_count and summary.unreadable == hostile_count
    assert by_id["plan"]["targets"] and not by_id["plan"]["errors"]
    errors = by_id[hostile.stem]["errors"]
    assert [e["stage"] for e in errors] == ["read"] and message in errors[0]["message"], errors


def test_a_fifo_named_on_the_command_line_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="named pipe"):
        read_path(fifo)


def test_an_unlistable_folder_gets_an_error_line(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse(path, real):  # chmod 000 does not stop root, so refuse the way the kernel would
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", lambda path=".": refuse(path, real_scandir))
    monkeypatch.setattr(os, "listdir", lambda path=".": refuse(path, real_listdir))
    found = list(iter_input_files([folder]))
    assert [p.name for p in found] == ["locked", "plan.txt"]
    error = process_path(found[0]).errors[0]
    assert error.stage == "read" and "folder cannot be listed: permission denied" in error.message


def test_a_file_name_that_is_not_utf8_is_kept_losslessly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw_name = os.fsencode(str(folder)) + b"/k\xe9_ho\xb9ch.txt"  # Latin-1 / TCVN3 bytes, not UTF-8
    with open(raw_name, "wb") as handle:
        handle.write(PLAN.encode("utf-8"))
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([folder], out, jobs=1)  # used to die with PydanticSerializationError, writing nothing
    assert summary.documents == 2 and summary.unreadable == 0
    raw_line = out.read_text(encoding="utf-8").splitlines()[0]
    assert '"doc_id":"k\\udce9_ho\\udcb9ch"' in raw_line  # escaped in the JSON, valid UTF-8 on disk
    line = json.loads(raw_line)
    assert os.fsencode(line["source"]) == raw_name  # lossless: the bytes of the name come back
    assert line["targets"]


@pytest.mark.parametrize("encoded", [
    "\ufeffKẾ HOẠCH\nPhòng, chống mại dâm".encode("utf-32-le"),  # with BOM (starts like UTF-16's)
    "KẾ HOẠCH\nPhòng, chống mại dâm".encode("utf-32-le"),
    "KẾ HOẠCH\nPhòng, chống mại dâm".encode("utf-32-be"),
])
def test_utf32_is_detected(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(encoded)
    source = read_path(path)
    assert (source.text, source.encoding) == ("KẾ HOẠCH\nPhòng, chống mại dâm", "utf-32")


def test_html_nesting_has_a_depth_limit(tmp_path: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 20000 + "Kế hoạch" + "</div>" * 20000 + "</body></html>",
                    encoding="utf-8")
    with pytest.raises(ReadError, match="nested more than 1000 elements deep"):
        read_path(deep)
    shallow = tmp_path / "shallow.html"
    shallow.write_text("<html><body>" + "<div>" * 50 + "<p>Kế hoạch<p>số 1" + "</div>" * 50 + "</body></html>",
                       encoding="utf-8")
    assert read_path(shallow).text.split() == ["Kế", "hoạch", "số", "1"]


def _docx_with_table(rows: int) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=rows, cols=3)
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row.cells):
            cell.text = f"Sở Y tế {i} {j}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_text_is_budgeted_before_it_is_joined(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(_docx_with_table(300))
    assert "Sở Y tế 299 2" in read_path(path).text
    with pytest.raises(ReadError, match=r"\.docx text is over the limit of 2000 characters"):
        read_path(path, max_chars=2000)


def test_docx_tables_are_read_in_linear_time() -> None:
    """8 times the rows must cost well under 8² times the time (python-docx's row.cells was quadratic)."""
    import time

    from kehoach_nlp.reading.docx import read_docx

    small, large = _docx_with_table(150), _docx_with_table(1200)
    read_docx(small)  # warm up
    timings = []
    for data in (small, large):
        started = time.perf_counter()
        read_docx(data)
        timings.append(time.perf_counter() - started)
    assert timings[1] / timings[0] < 20, timings
