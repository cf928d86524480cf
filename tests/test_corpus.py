"""Corpus commands (issue 17): read a .jsonl output, --format table|csv|json, one key per law / body."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_nlp.cli import app
from kehoach_nlp.corpus import agency_key, citation_key, load_documents, summarize_agencies, summarize_citations
from kehoach_nlp.records import Assignment, Citation, Document

runner = CliRunner()


@pytest.mark.parametrize("one, other", [
    ("Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các phường, xã"),
    ("UBND các xã, phường, thị trấn", "UBND các thị trấn, xã và phường"),
    ("UBND các huyện, thị xã, thành phố", "UBND các thành phố, huyện, thị xã"),
    ("SỞ Y TẾ", "Sở  Y tế"),
    ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),     # old tone placement
])
def test_the_same_body_has_one_key(one: str, other: str) -> None:
    assert agency_key(one) == agency_key(other)


@pytest.mark.parametrize("one, other", [
    ("Sở Y tế", "Sở Tư pháp"),
    ("Ủy ban nhân dân các xã", "Ủy ban nhân dân các phường, xã"),
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện"),
])
def test_different_bodies_keep_their_keys(one: str, other: str) -> None:
    assert agency_key(one) != agency_key(other)


def _citation(text: str, **fields) -> Citation:
    return Citation(text=text, start=0, end=len(text), **fields)


@pytest.mark.parametrize("one, other", [
    (_citation("LUẬT VIỆC LÀM", type="law", name="LUẬT VIỆC LÀM"),
     _citation("Luật Việc làm", type="law", name="Luật Việc làm")),
    (_citation("Nghị định số 221/2013/NĐ-CP", type="decree", number="221/2013/NĐ-CP"),
     _citation("NGHỊ ĐỊNH 221/2013/NĐ-CP", type="decree", number="221/2013/nđ-cp")),
])
def test_the_same_law_has_one_key(one: Citation, other: Citation) -> None:
    assert citation_key(one) == citation_key(other)


def _assignment(agency: str, role: str = "responsible") -> Assignment:
    return Assignment(text="x", start=0, end=1, task="x", agency=agency, agency_text=agency,
                      agency_start=0, agency_end=1, role=role)  # type: ignore[arg-type]


DOCUMENTS = [
    Document(doc_id="a", citations=[_citation("LUẬT VIỆC LÀM", type="law", name="LUẬT VIỆC LÀM")],
             assignments=[_assignment("Ủy ban nhân dân các xã, phường", "lead")]),
    Document(doc_id="b", citations=[_citation("Luật Việc làm", type="law", name="Luật Việc làm"),
                                    _citation("Luật Việc làm", type="law", name="Luật Việc làm")],
             assignments=[_assignment("Ủy ban nhân dân các phường, xã"), _assignment("Ủy ban nhân dân các phường, xã")]),
]


def test_summaries_group_and_label_with_the_usual_spelling() -> None:
    (law,) = summarize_citations(DOCUMENTS)
    assert law["document"] == "Luật Việc làm" and law["count"] == 3 and law["cited_in"] == ["a", "b"]
    (body,) = summarize_agencies(DOCUMENTS)
    assert body["agency"] == "Ủy ban nhân dân các phường, xã"
    assert (body["tasks"], body["lead"], body["responsible"], body["documents"]) == (3, 1, 2, ["a", "b"])


@pytest.fixture()
def output_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "all.jsonl"
    path.write_text("".join(d.to_json() + "\n" for d in DOCUMENTS), encoding="utf-8")
    return path


def test_a_jsonl_output_is_read_back_not_extracted(output_jsonl: Path, monkeypatch) -> None:
    import kehoach_nlp.pipeline as pipeline

    monkeypatch.setattr(pipeline, "process_path", lambda *a, **k: pytest.fail("re-extracted a .jsonl"))
    assert [d.doc_id for d in load_documents([output_jsonl])] == ["a", "b"]


@pytest.mark.parametrize("command, first", [
    ("citations", {"document": "Luật Việc làm", "count": 3}),
    ("agencies", {"agency": "Ủy ban nhân dân các phường, xã", "tasks": 3}),
])
def test_corpus_commands_print_json(output_jsonl: Path, command: str, first: dict) -> None:
    result = runner.invoke(app, [command, str(output_jsonl), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1 and first.items() <= rows[0].items()


@pytest.mark.parametrize("command, header", [
    ("citations", ["document", "type", "issuer", "issued_on", "count", "cited_in"]),
    ("agencies", ["agency", "tasks", "lead", "support", "responsible", "requested", "documents"]),
])
def test_corpus_commands_print_csv(output_jsonl: Path, command: str, header: list[str]) -> None:
    result = runner.invoke(app, [command, str(output_jsonl), "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == header and len(rows) == 2


def test_report_reads_a_jsonl_as_many_documents(output_jsonl: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(output_jsonl), "-f", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents"] == 2
    assert summary["cited"] == [["Luật Việc làm", 3]]
    assert summary["tasks"] == [["Ủy ban nhân dân các phường, xã", 3]]
    html = tmp_path / "r.html"
    assert runner.invoke(app, ["report", str(output_jsonl), "-o", str(html)]).exit_code == 0
    assert "2 documents" in html.read_text(encoding="utf-8")


def test_a_broken_jsonl_says_which_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["agencies", str(bad)])
    assert result.exit_code == 2 and "bad.jsonl:2" in result.output
