"""The record contract inside the project (issue 17): every field described, docs/records.md current."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_nlp.cli import app
from kehoach_nlp.schema_doc import MODELS, records_markdown, undocumented_fields

ROOT = Path(__file__).resolve().parent.parent


def test_every_field_of_every_record_has_a_description() -> None:
    assert undocumented_fields() == []


def _properties(schema: dict) -> list[tuple[str, str, dict]]:
    found = [("Document", name, prop) for name, prop in schema["properties"].items()]
    for model, definition in schema["$defs"].items():
        found += [(model, name, prop) for name, prop in definition.get("properties", {}).items()]
    return found


def test_kehoach_schema_documents_every_field() -> None:
    result = CliRunner().invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    properties = _properties(schema)
    assert len(properties) >= 57
    assert [f"{m}.{n}" for m, n, p in properties if not p.get("description")] == []


@pytest.mark.parametrize("model", [m.__name__ for m in MODELS])
def test_records_page_has_a_section_per_model(model: str) -> None:
    assert f"\n## {model}\n" in records_markdown()


def test_docs_records_md_is_up_to_date() -> None:
    page = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    assert page == records_markdown(), "regenerate: python -m kehoach_nlp.schema_doc > docs/records.md"


def test_readme_links_only_files_a_clone_has() -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", readme):
        if "://" in target:
            continue
        assert (ROOT / target).exists(), f"README links {target}, which a clone does not have"
    assert "docs/records.md" in readme


def test_schema_markdown_option_prints_the_page() -> None:
    assert CliRunner().invoke(app, ["schema", "--markdown"]).stdout == records_markdown()
