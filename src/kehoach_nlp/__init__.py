"""kehoach_nlp — Vietnamese plan documents (Kế hoạch) into typed records.

Public API::

    >>> import kehoach_nlp
    >>> doc = kehoach_nlp.extract("corpus/001_de8a39346a403402.txt")
    >>> doc.sections[0].kind
    'preamble'

``extract(path) -> Document`` (FileNotFoundError when the file does not exist),
``extract_text(text, doc_id=...) -> Document`` for a string, ``extract_many(paths) -> Iterator[Document]``
and the record types. Heavy models (spaCy, underthesea) load lazily, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .pipeline import extract, extract_many, extract_text
from .records import (
    Assignment,
    Citation,
    Document,
    DocumentInfo,
    ErrorRecord,
    Period,
    Section,
    Target,
    document_json_schema,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from spacy.language import Language
    from spacy.tokens import Doc



def to_frames(documents: "Iterable[Document]") -> "dict[str, pandas.DataFrame]":
    """One pandas DataFrame per record type — documents, sections, citations, targets,
    assignments, errors — with ``doc_id`` on every row (see :mod:`kehoach_nlp.tables`)."""
    from .tables import to_frames as _to_frames

    return _to_frames(documents)


def spark_schema() -> str:
    """Spark SQL DDL of one JSON line, from the models: ``spark.read.schema(spark_schema()).json(...)``."""
    from .tables import spark_schema as _spark_schema

    return _spark_schema()


def to_doc(document: Document, text: str | None = None, nlp: "Language | None" = None) -> "Doc":
    """A spaCy ``Doc`` with ``document``'s records as span groups (see spacy_component)."""
    from .spacy_component import to_doc as _to_doc

    return _to_doc(document, text, nlp)


__all__ = [
    "extract", "extract_text", "extract_many", "Document", "DocumentInfo", "Period", "Section",
    "Citation", "Target", "Assignment", "ErrorRecord", "document_json_schema", "to_doc",
    "to_frames", "spark_schema",
]
__version__ = "0.1.0"
