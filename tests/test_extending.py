"""Extending the language data (docs/extending.md): one data row changes what is extracted.

Each case adds the row a linguist would add to a file in ``src/kehoach_nlp/data`` — as
text, the way it is written in the file — and shows the extractor picks it up with no
code change: the Vietnamese input gives nothing (or something else) without the row and
the expected record with it.

| file                  | row added                                   | input                                   | gives              |
|-----------------------|---------------------------------------------|-----------------------------------------|--------------------|
| document_types.toml   | ``"Quy chế phối hợp" = "regulation"``       | ``Căn cứ Quy chế phối hợp số 02/QCPH-…`` | a ``regulation``   |
| sections.toml         | ``budget = ["nguồn vốn", …``                | heading ``II. NGUỒN VỐN``               | a ``budget`` section |
| agencies.tsv          | ``Bưu điện``                                | ``Bưu điện tỉnh phối hợp …``            | agency ``Bưu điện tỉnh`` |
| agency_heads.toml     | ``named_heads = ["Xí nghiệp", …``           | ``Xí nghiệp Thủy lợi huyện chủ trì …``  | agency ``Xí nghiệp Thủy lợi huyện`` |
| targets.toml          | ``common = ["nhà văn hóa", …``              | ``… có 200 nhà văn hóa thôn đạt chuẩn`` | unit ``nhà văn hóa`` |
| task_tables.toml      | ``lead = ["đơn vị đầu mối", …``             | a table with an ``Đơn vị đầu mối`` column | lead ``Sở Y tế`` |

The rows are patched into the file text that :mod:`kehoach_nlp.data` reads and every
cache in the package is cleared before and after, so the other tests see the shipped data.

A new citation *type* is built into the records when the package is imported, so those
cases run in a fresh Python on a copy of the package with the edited file:
``"Điều lệ" = "charter"`` in ``[types]`` plus ``charter = "Điều lệ"`` in ``[codes]`` → a
``charter`` citation; the ``[types]`` row alone → ``import kehoach_nlp`` fails with
``ValueError: data/document_types.toml: [types] uses codes ['charter'] not declared in [codes]``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

import kehoach_nlp
import kehoach_nlp.data as data
from kehoach_nlp import extract_text
from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.records import _citation_type_codes
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.targets import find_targets

#: (file, text in the file, the same text with the new row) — exactly the edit of docs/extending.md.
Edit = tuple[str, str, str]


def clear_caches() -> None:
    """Forget every cached table and compiled pattern in the package (``functools.cache``/``lru_cache``)."""
    for name, module in list(sys.modules.items()):
        if name == "kehoach_nlp" or name.startswith("kehoach_nlp."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


@contextmanager
def data_rows(*edits: Edit) -> Iterator[None]:
    """The package's data files as if each edit had been made to them on disk."""
    original: Callable[[str], str] = data._read

    def read(name: str) -> str:
        text = original(name)
        for file, old, new in edits:
            if file == name:
                assert old in text, f"data/{file} no longer holds {old!r}: update docs/extending.md and this test"
                text = text.replace(old, new, 1)
        return text

    data._read = read  # type: ignore[assignment]
    clear_caches()
    try:
        yield
    finally:
        data._read = original  # type: ignore[assignment]
        clear_caches()


def citation_types(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in extract_text(text).citations]


def section_kinds(text: str) -> list[tuple[str, str | None]]:
    return [(s.kind, s.heading) for s in extract_text(text).sections]


def agencies(text: str) -> list[str]:
    return [m.canonical for m in find_agencies(text)]


def target_units(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.unit) for t in find_targets(parse_structure(text))]


def leads(text: str) -> list[tuple[str, str, list[str]]]:
    return [(a.agency, a.role, a.partners) for a in extract_text(text).assignments if a.role == "lead"]


TASK_TABLE = ("I. NHIỆM VỤ\n|\nTT\n|\nNội dung\n|\nĐơn vị đầu mối\n|\nCơ quan phối hợp\n|\n|\n"
              "1\n|\nTổ chức tập huấn cho cán bộ y tế cơ sở\n|\nSở Y tế\n|\nCông an tỉnh\n|\n|")

CASES: list[tuple[str, Edit, Callable[[str], Any], str, Any, Any]] = [
    ("document type word",
     ("document_types.toml", "[types]\n", '[types]\n"Quy chế phối hợp" = "regulation"\n'),
     citation_types,
     "Căn cứ Quy chế phối hợp số 02/QCPH-CAT-VKS ngày 10/3/2023 giữa Công an tỉnh và Viện kiểm sát nhân dân tỉnh;",
     [],
     [("regulation", "Quy chế phối hợp số 02/QCPH-CAT-VKS")]),
    ("section cue",
     # (round 55: "nguồn vốn" joined the data itself, so the example row is another money word)
     ("sections.toml", "budget = [", 'budget = ["chi phí", '),
     section_kinds,
     "KẾ HOẠCH\nI. MỤC TIÊU\nNâng cao chất lượng dịch vụ y tế.\nII. CHI PHÍ\nNgân sách tỉnh bảo đảm.",
     [("preamble", None), ("objectives", "MỤC TIÊU"), ("other", "CHI PHÍ")],
     [("preamble", None), ("objectives", "MỤC TIÊU"), ("budget", "CHI PHÍ")]),
    ("agency in the gazetteer",
     ("agencies.tsv", "Cục Thuế\n", "Cục Thuế\nBưu điện\n"),
     agencies,
     "Bưu điện tỉnh phối hợp phát hành tài liệu tuyên truyền",
     [],
     ["Bưu điện tỉnh"]),
    ("agency head word",
     ("agency_heads.toml", "named_heads = [", 'named_heads = ["Xí nghiệp", '),
     agencies,
     "Xí nghiệp Thủy lợi huyện chủ trì nạo vét kênh mương",
     [],
     ["Xí nghiệp Thủy lợi huyện"]),
    ("target unit",
     ("targets.toml", "common = [", 'common = ["nhà văn hóa", '),
     target_units,
     "Phấn đấu đến năm 2025 có 200 nhà văn hóa thôn đạt chuẩn.",
     [("200 nhà văn", "nhà văn")],
     [("200 nhà văn hóa", "nhà văn hóa")]),
    ("task-table column cue",
     ("task_tables.toml", "lead = [", 'lead = ["đơn vị đầu mối", '),
     leads,
     TASK_TABLE,
     [],
     [("Sở Y tế", "lead", ["Công an tỉnh"])]),
]


@pytest.mark.parametrize(("what", "edit", "extract", "text", "without", "with_row"), CASES,
                         ids=[case[0] for case in CASES])
def test_one_data_row_is_picked_up(what: str, edit: Edit, extract: Callable[[str], Any], text: str,
                                   without: Any, with_row: Any) -> None:
    assert extract(text) == without
    with data_rows(edit):
        assert extract(text) == with_row
    assert extract(text) == without  # the shipped data again


def test_a_type_word_mapped_to_an_undeclared_code_is_a_load_error_naming_the_file() -> None:
    with data_rows(("document_types.toml", "[types]\n", '[types]\n"Điều lệ" = "charter"\n')):
        with pytest.raises(ValueError, match=r"data/document_types\.toml.*charter"):
            _citation_type_codes()
    assert "regulation" in _citation_type_codes()


def test_a_heading_role_that_is_no_role_is_a_load_error_naming_the_file() -> None:
    from kehoach_nlp.assignments import _cfg, check_roles

    shipped = _cfg()
    broken = {**shipped, "blocks": {**shipped["blocks"],
                                    "heading_roles": {**shipped["blocks"]["heading_roles"], "chủ trì": "leader"}}}
    with pytest.raises(ValueError, match=r"data/assignments\.toml.*chủ trì.*'leader'"):
        check_roles(broken)
    assert check_roles(shipped) is shipped


def _package_with(tmp_path: Path, file: str, *edits: tuple[str, str]) -> Path:
    """A copy of the package whose ``data/<file>`` has the edits made on disk (for what is built at import)."""
    root = tmp_path / "src"
    shutil.copytree(Path(kehoach_nlp.__file__).parent, root / "kehoach_nlp",
                    ignore=shutil.ignore_patterns("__pycache__"))
    path = root / "kehoach_nlp" / "data" / file
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"data/{file} no longer holds {old!r}: update docs/extending.md and this test"
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return root


def _run(root: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


CITE = ("from kehoach_nlp.citations import find_citations\n"
        "from kehoach_nlp.structure import parse_structure\n"
        "text = 'Căn cứ Điều lệ số 15/ĐL-HND ngày 10/3/2023 của Hội Nông dân tỉnh;'\n"
        "print([(c.type, c.text, c.issuer) for c in find_citations(parse_structure(text))])\n")


def test_a_new_type_is_a_types_row_and_a_codes_row(tmp_path: Path) -> None:
    root = _package_with(tmp_path, "document_types.toml", ("[types]\n", '[types]\n"Điều lệ" = "charter"\n'),
                         ("[codes]\n", '[codes]\ncharter = "Điều lệ"\n'))
    result = _run(root, CITE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('charter', 'Điều lệ số 15/ĐL-HND', 'Hội Nông dân tỉnh')]"


def test_importing_with_an_undeclared_code_fails_naming_the_file(tmp_path: Path) -> None:
    root = _package_with(tmp_path, "document_types.toml", ("[types]\n", '[types]\n"Điều lệ" = "charter"\n'))
    result = _run(root, "import kehoach_nlp")
    assert result.returncode != 0
    assert ("ValueError: data/document_types.toml: [types] uses codes ['charter'] not declared in [codes]"
            in result.stderr)
