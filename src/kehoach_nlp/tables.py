"""Documents as typed tables: one row per record, ``doc_id`` on every row.

Takes: :class:`~kehoach_nlp.records.Document` objects. Gives: the six tables
``documents``, ``sections``, ``citations``, ``targets``, ``assignments`` and
``errors`` as rows of Python values, their Arrow schema (built from the pydantic
models, so a column that is empty in every row still has its type), pandas
DataFrames (:func:`to_frames`) and a Spark DDL schema (:func:`spark_schema`).

Types: lists stay lists (``warnings``, ``partners``), ISO dates are dates
(``issued_on``), integers are integers (nullable), ``Literal`` fields are strings.

Example::

    >>> from kehoach_nlp import extract_text
    >>> doc = extract_text("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;")
    >>> document_rows(doc)["citations"][0]["issued_on"]
    datetime.date(2013, 12, 30)
    >>> to_frames([doc])["citations"].loc[0, "number"]
    '221/2013/NĐ-CP'
"""

from __future__ import annotations

import datetime
import json
import types
import typing
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

from pydantic import BaseModel

from .records import Assignment, Citation, Document, DocumentInfo, ErrorRecord, Section, Target

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

TABLES = ("documents", "sections", "citations", "targets", "assignments", "errors")
RECORD_MODELS: dict[str, type[BaseModel]] = {"citations": Citation, "targets": Target, "assignments": Assignment}
#: Fields holding an ISO date (``2013-12-30``) although typed ``str`` in the records.
DATE_FIELDS = frozenset({"issued_on"})
_COUNTS = ("sections", "citations", "targets", "assignments")

# Column kinds, independent of pyarrow: "string", "int", "float", "bool", "date", "list".
ColumnKind = str


def _kind(annotation: Any, name: str) -> ColumnKind:
    """The column kind of a pydantic field annotation (``Optional[int]`` → ``int``)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _kind(inner[0], name) if len(inner) == 1 else "string"
    if origin is list:
        return "list"
    if origin is typing.Literal:
        return "string"
    if annotation is datetime.date or (annotation is str and name in DATE_FIELDS):
        return "date"
    return {int: "int", float: "float", bool: "bool"}.get(annotation, "string")


def _model_columns(model: type[BaseModel], skip: tuple[str, ...] = ()) -> list[tuple[str, ColumnKind]]:
    return [(name, _kind(field.annotation, name)) for name, field in model.model_fields.items() if name not in skip]


def _columns() -> dict[str, list[tuple[str, ColumnKind]]]:
    info = _model_columns(DocumentInfo)
    documents: list[tuple[str, ColumnKind]] = [("doc_id", "string"), ("source", "string")]
    for name, kind in info:
        if name == "period":
            documents += [("period_from", "int"), ("period_to", "int")]
        else:
            documents.append((name, kind))
    documents += [(name, "int") for name in _COUNTS]
    documents += [("errors", "list"), ("content_sha256", "string")]
    tables = {
        "documents": documents,
        "sections": [("doc_id", "string"), ("section_id", "int"), ("parent_id", "int"),
                     *_model_columns(Section, skip=("children",))],
    }
    for table, model in RECORD_MODELS.items():
        tables[table] = [("doc_id", "string"), *_model_columns(model)]
    tables["errors"] = [("doc_id", "string"), *_model_columns(ErrorRecord)]
    return tables


#: table → ((column, kind), …), generated from the records so new fields follow.
COLUMN_KINDS: dict[str, list[tuple[str, ColumnKind]]] = _columns()
#: table → column names, in order.
COLUMNS: dict[str, tuple[str, ...]] = {t: tuple(c for c, _ in cols) for t, cols in COLUMN_KINDS.items()}


def _date(value: Any) -> Optional[datetime.date]:
    if value is None or isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None  # not an ISO date: the JSON Lines keep the text


def _typed(row: dict[str, Any], table: str) -> dict[str, Any]:
    out = {}
    for column, kind in COLUMN_KINDS[table]:
        value = row.get(column)
        if kind == "date":
            value = _date(value)
        elif kind == "list" and value is None:
            value = []
        out[column] = value
    return out


def _section_rows(doc_id: str, sections: list[Section]) -> Iterator[dict[str, Any]]:
    counter = 0

    def walk(items: list[Section], parent: Optional[int]) -> Iterator[dict[str, Any]]:
        nonlocal counter
        for section in items:
            counter += 1
            own = counter
            row = section.model_dump(exclude={"children"})
            yield _typed({"doc_id": doc_id, "section_id": own, "parent_id": parent, **row}, "sections")
            yield from walk(section.children, own)

    yield from walk(sections, None)


def document_rows(document: Document) -> dict[str, list[dict[str, Any]]]:
    """The typed rows one document contributes to each table (see :data:`COLUMNS`)."""
    info = document.info.model_dump(exclude={"period"})
    period = document.info.period
    head = {"doc_id": document.doc_id, "source": document.source, **info,
            "period_from": period.from_ if period else None, "period_to": period.to if period else None,
            **{name: len(getattr(document, name)) for name in _COUNTS},
            "errors": [f"{e.stage}: {e.message}" for e in document.errors],
            "content_sha256": document.content_sha256}
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [_typed(head, "documents")],
        "sections": list(_section_rows(document.doc_id, document.sections)),
    }
    for table in RECORD_MODELS:
        rows[table] = [_typed({"doc_id": document.doc_id, **record.model_dump()}, table)
                       for record in getattr(document, table)]
    rows["errors"] = [_typed({"doc_id": document.doc_id, **e.model_dump()}, "errors") for e in document.errors]
    return rows


def arrow_schema(table: str) -> "pa.Schema":
    """The Arrow schema of ``table``: nullable int64/float64/bool/date32/string, list<string>."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "list": pa.list_(pa.string())}
    return pa.schema([(column, kinds[kind]) for column, kind in COLUMN_KINDS[table]])


def arrow_tables(documents: Iterable[Document]) -> dict[str, "pa.Table"]:
    """One Arrow table per record type (every table present, even with no row)."""
    import pyarrow as pa

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for document in documents:
        for table, part in document_rows(document).items():
            rows[table].extend(part)
    return {t: pa.Table.from_pylist(rows[t], schema=arrow_schema(t)) for t in TABLES}


def arrow_to_frame(table: "pa.Table") -> "pd.DataFrame":
    """A DataFrame with nullable integer/boolean columns, datetime64 dates and Python lists."""
    import pandas as pd
    import pyarrow as pa

    mapper = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    frame = table.to_pandas(types_mapper=mapper.get, date_as_object=False)
    for field in table.schema:
        if pa.types.is_list(field.type):
            frame[field.name] = [list(v) if v is not None else [] for v in table.column(field.name).to_pylist()]
    return frame


def to_frames(documents: Iterable[Document]) -> dict[str, "pd.DataFrame"]:
    """``{"documents", "sections", "citations", "targets", "assignments", "errors"}`` → pandas
    DataFrame, ``doc_id`` on every row, typed as :func:`arrow_schema` (needs pandas:
    ``pip install kehoach_nlp[excel]``)."""
    try:
        import pandas  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_frames needs pandas: pip install 'kehoach_nlp[excel]'") from exc
    return {name: arrow_to_frame(table) for name, table in arrow_tables(documents).items()}


_SPARK_TYPES = {"string": "STRING", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "DATE",
                "list": "ARRAY<STRING>"}


def _spark_field(model: type[BaseModel], name: str, annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(inner) == 1:
            return _spark_field(model, name, inner[0])
    if origin is list:
        (item,) = typing.get_args(annotation)
        return f"ARRAY<{_spark_field(model, name, item)}>"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _spark_struct(annotation)
    if annotation is str and name in DATE_FIELDS:
        return "STRING"  # the JSON line holds the ISO text; cast with to_date() when needed
    return _SPARK_TYPES[_kind(annotation, name)]


def _spark_struct(model: type[BaseModel]) -> str:
    fields = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        fields.append(f"`{key}`: {_spark_field(model, name, field.annotation)}")
    return f"STRUCT<{', '.join(fields)}>"


def spark_schema(model: type[BaseModel] = Document) -> str:
    """A Spark SQL DDL schema for the JSON Lines (one :class:`Document` a line), generated from the
    pydantic models so that fields that are always empty in a sample keep their type. Use it as
    ``spark.read.schema(spark_schema()).json("out.jsonl")`` — no Spark needed to build it.

    ``Section.children`` is recursive, which Spark cannot express: it is typed as a JSON string
    (read it with ``from_json`` per level, or use the ``sections`` table of ``-f parquet``).
    """
    fields = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        annotation = field.annotation
        if model is Section and name == "children":
            fields.append(f"`{key}` STRING")
            continue
        if typing.get_origin(annotation) is list and typing.get_args(annotation)[0] is Section:
            section = ", ".join(f"`{n}`: {'STRING' if n == 'children' else _spark_field(Section, n, f.annotation)}"
                                for n, f in Section.model_fields.items())
            fields.append(f"`{key}` ARRAY<STRUCT<{section}>>")
            continue
        fields.append(f"`{key}` {_spark_field(model, name, annotation)}")
    return ", ".join(fields)


def spark_json_schema(table: str) -> str:
    """The Spark ``StructType`` JSON (``StructType.fromJson``) of one flat table, as written by
    ``-f parquet`` / :func:`to_frames`."""
    spark = {"string": "string", "int": "long", "float": "double", "bool": "boolean", "date": "date"}
    fields = []
    for column, kind in COLUMN_KINDS[table]:
        spark_type: Any = ({"type": "array", "elementType": "string", "containsNull": True}
                           if kind == "list" else spark[kind])
        fields.append({"name": column, "type": spark_type, "nullable": column != "doc_id", "metadata": {}})
    return json.dumps({"type": "struct", "fields": fields})
