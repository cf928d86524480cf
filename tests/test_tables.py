"""Typed tables (issue 17): Parquet with list/date/int columns, to_frames, xlsx, CSV injection, Spark."""

from __future__ import annotations

import csv
import datetime
import json
from pathlib import Path

import pytest

import kehoach_nlp
from kehoach_nlp.batch import run_batch
from kehoach_nlp.outputs import neutralise
from kehoach_nlp.records import Assignment, Citation, Document, DocumentInfo, ErrorRecord, Target
from kehoach_nlp.tables import COLUMNS, TABLES, arrow_schema, spark_json_schema, spark_schema

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXT = "Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;\n=Sở Y tế: - Chủ trì; +84 @x"


def _document() -> Document:
    """A document whose text starts cells with = - + @ (formulas in a spreadsheet)."""
    return Document(
        doc_id="kh_01", info=DocumentInfo(doc_type="Kế hoạch", issued_on="2023-03-20"),
        citations=[Citation(text="Nghị định 221/2013/NĐ-CP", start=7, end=31, type="decree", year=2013,
                            issued_on="2013-12-30", warnings=["a", "b"])],
        targets=[Target(text="90%", start=0, end=3, value=90, unit="%")],
        assignments=[Assignment(text="- Chủ trì", start=0, end=9, task="- Chủ trì", agency="=Sở Y tế",
                                agency_text="=Sở Y tế", agency_start=0, agency_end=8, partners=["+84", "@x"])],
        errors=[ErrorRecord(stage="targets", message="ValueError: x")],
    )


@pytest.mark.parametrize("table, column, arrow_type", [
    ("citations", "warnings", pa.list_(pa.string())),        # a list, not a "; "-joined string
    ("assignments", "partners", pa.list_(pa.string())),
    ("citations", "issued_on", pa.date32()),                 # a date, not a string
    ("documents", "issued_on", pa.date32()),
    ("citations", "year", pa.int64()),
    ("targets", "deadline", pa.int64()),
    ("citations", "name", pa.string()),                      # typed even when always empty
    ("documents", "errors", pa.list_(pa.string())),
    ("errors", "stage", pa.string()),
])
def test_parquet_columns_are_typed(tmp_path: Path, table: str, column: str, arrow_type) -> None:
    with kehoach_nlp.outputs.open_table_sink(tmp_path / "pq", "parquet") as sink:
        sink.write(Document(doc_id="empty"))   # no record at all: the types come from the models
    assert pq.read_table(tmp_path / "pq" / f"{table}.parquet").schema.field(column).type == arrow_type


def test_parquet_values_round_trip(tmp_path: Path) -> None:
    with kehoach_nlp.outputs.open_table_sink(tmp_path / "pq", "parquet") as sink:
        sink.write(_document())
    row = pq.read_table(tmp_path / "pq" / "citations.parquet").to_pylist()[0]
    assert row["warnings"] == ["a", "b"] and row["issued_on"] == datetime.date(2013, 12, 30)
    assert row["year"] == 2013 and row["doc_id"] == "kh_01"


def test_to_frames_gives_one_typed_frame_per_record_type() -> None:
    frames = kehoach_nlp.to_frames([_document(), Document(doc_id="empty")])
    assert set(frames) == set(TABLES) == {"documents", "sections", "citations", "targets", "assignments", "errors"}
    for name, frame in frames.items():
        assert list(frame.columns) == list(COLUMNS[name]) and frame.columns[0] == "doc_id"
        assert frame["doc_id"].notna().all()
    assert list(frames["documents"]["doc_id"]) == ["kh_01", "empty"]
    citation = frames["citations"].iloc[0]
    assert citation["warnings"] == ["a", "b"] and citation["year"] == 2013
    assert str(frames["citations"]["year"].dtype) == "Int64"
    assert frames["citations"]["issued_on"].iloc[0] == pd.Timestamp("2013-12-30")
    assert frames["errors"].iloc[0]["stage"] == "targets"
    assert frames["targets"]["value"].iloc[0] == 90.0


def test_to_frames_of_nothing_keeps_columns_and_types() -> None:
    frames = kehoach_nlp.to_frames([])
    assert str(frames["targets"]["deadline"].dtype) == "Int64" and len(frames["targets"]) == 0


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+84 912", "'+84 912"), ("- Chủ trì, phối hợp", "'- Chủ trì, phối hợp"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Sở Y tế", "Sở Y tế"), ("90%", "90%"), ("", ""),
])
def test_formula_cells_are_neutralised(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def test_csv_cells_are_neutralised_and_lists_joined(tmp_path: Path) -> None:
    with kehoach_nlp.outputs.open_table_sink(tmp_path / "csv", "csv") as sink:
        sink.write(_document())
    with open(tmp_path / "csv" / "assignments.csv", encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["agency"] == "'=Sở Y tế" and row["task"] == "'- Chủ trì" and row["partners"] == "'+84; @x"
    assert (tmp_path / "csv" / "errors.csv").is_file()


def test_xlsx_has_a_sheet_per_record_type(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "out.xlsx"
    with kehoach_nlp.outputs.open_table_sink(out, "xlsx") as sink:
        sink.write(_document())
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(TABLES)
    sheet = book["citations"]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS["citations"])
    issued = sheet.cell(row=2, column=header.index("issued_on") + 1)
    assert issued.is_date and issued.value.date() == datetime.date(2013, 12, 30)
    assert sheet.cell(row=2, column=header.index("year") + 1).value == 2013
    assert 8 <= sheet.column_dimensions["B"].width <= 62
    assignments = book["assignments"]
    agency = [c.value for c in assignments[2]][list(COLUMNS["assignments"]).index("agency")]
    assert agency == "'=Sở Y tế" and assignments.cell(row=2, column=1).data_type == "s"
    assert not any(c.data_type == "f" for row in assignments.iter_rows() for c in row)  # no formula


def test_cli_writes_xlsx(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    from typer.testing import CliRunner

    from kehoach_nlp.cli import app

    root = Path(__file__).resolve().parent.parent
    result = CliRunner().invoke(app, ["extract", str(root / "corpus"), "-f", "xlsx", "-o", str(tmp_path / "k.xlsx"),
                                      "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    frames = pd.read_excel(tmp_path / "k.xlsx", sheet_name=None)
    assert len(frames["documents"]) == 5 and len(frames["citations"]) > 0


def test_spark_ddl_types_every_field_from_the_models() -> None:
    ddl = spark_schema()
    assert ddl.startswith("`doc_id` STRING, `source` STRING, `info` STRUCT<")
    assert "`period`: STRUCT<`from`: BIGINT, `to`: BIGINT>" in ddl
    assert "`warnings`: ARRAY<STRING>" in ddl and "`partners`: ARRAY<STRING>" in ddl
    assert "`denominator`: DOUBLE" in ddl and "`draft`: BOOLEAN" in ddl
    assert "`errors` ARRAY<STRUCT<`stage`: STRING, `message`: STRING>>" in ddl
    assert kehoach_nlp.spark_schema() == ddl


def test_spark_json_schema_of_a_table() -> None:
    schema = json.loads(spark_json_schema("citations"))
    types = {f["name"]: f["type"] for f in schema["fields"]}
    assert types["issued_on"] == "date" and types["year"] == "long"
    assert types["warnings"] == {"type": "array", "elementType": "string", "containsNull": True}


def test_arrow_schema_follows_the_models() -> None:
    assert arrow_schema("citations").names == ["doc_id", *Citation.model_fields]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_resume_keeps_typed_rows_of_unchanged_documents(tmp_path: Path, fmt: str) -> None:
    import shutil

    root = Path(__file__).resolve().parent.parent
    corpus = tmp_path / "corpus"
    shutil.copytree(root / "corpus", corpus)
    out = tmp_path / "tables"
    run_batch([corpus], out, fmt=fmt, jobs=1)  # type: ignore[arg-type]
    again = run_batch([corpus], out, fmt=fmt, jobs=1, resume=True)  # type: ignore[arg-type]
    assert (again.documents, again.skipped) == (0, 5)
    if fmt == "parquet":
        citations = pq.read_table(out / "citations.parquet")
        assert citations.num_rows > 0 and citations.schema.field("issued_on").type == pa.date32()
    else:
        with open(out / "documents.csv", encoding="utf-8-sig", newline="") as handle:
            assert len(list(csv.DictReader(handle))) == 5
