"""The record contract as a Markdown page, generated from the pydantic models.

Takes: the models of :mod:`kehoach_nlp.records` (their fields, types, defaults and
``Field(description=...)``). Gives: the text of ``docs/records.md``; a test checks
that the committed page is up to date.

Regenerate with::

    $ python -m kehoach_nlp.schema_doc > docs/records.md    # or: kehoach schema --markdown

Example row (``Citation``)::

    | `issuer` | string \\| null | null | canonical issuing body, from `của …` or from the sign (`NĐ-CP` → `Chính phủ`) |
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from .records import Assignment, Citation, Document, DocumentInfo, ErrorRecord, Period, Section, Target

#: The models in the order of an output line.
MODELS: tuple[type[BaseModel], ...] = (Document, DocumentInfo, Period, Section, Citation, Target, Assignment,
                                       ErrorRecord)

HEADER = """# Records

<!-- Generated from src/kehoach_nlp/records.py by `python -m kehoach_nlp.schema_doc > docs/records.md`;
     do not edit by hand (tests/test_schema_doc.py fails when this page is out of date). -->

`kehoach extract` writes one JSON line per document: a `Document`. Every record
with `start`/`end` holds code-point offsets into the text **as decoded** (before
any normalisation), with `text == input[start:end]`. A field the text does not
give is `null` (or an empty list); it is never invented. `kehoach schema` prints
the same contract as JSON Schema.
"""


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return " \\| ".join(_type_name(a) for a in args)
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if origin is typing.Literal:
        return "one of " + ", ".join(f"`{a}`" for a in args)
    if annotation is type(None):
        return "null"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    if isinstance(annotation, typing.ForwardRef):
        return f"[{annotation.__forward_arg__}](#{annotation.__forward_arg__.lower()})"
    return {str: "string", int: "integer", float: "number", bool: "boolean"}.get(annotation, str(annotation))


def _default(field: Any) -> str:
    if field.default_factory is not None:
        made = field.default_factory()
        return "`[]`" if made == [] else "`{…}`"
    if field.default is PydanticUndefined:
        return "required"
    if field.default is None:
        return "null"
    return f"`{str(field.default).lower() if isinstance(field.default, bool) else field.default}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def model_section(model: type[BaseModel]) -> str:
    """One model: its docstring's first line and a table of its fields."""
    doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
    lines = [f"## {model.__name__}", "", doc, "", "| field | type | default | meaning |", "|---|---|---|---|"]
    for name, field in model.model_fields.items():
        key = field.alias or name
        lines.append(f"| `{key}` | {_type_name(field.annotation)} | {_default(field)} | "
                     f"{_cell(field.description or '')} |")
    return "\n".join(lines) + "\n"


def records_markdown() -> str:
    """The whole page: every record type, every field with its description."""
    return HEADER + "\n" + "\n".join(model_section(model) for model in MODELS)


def undocumented_fields() -> list[str]:
    """``Model.field`` for every field without a description (should be none)."""
    return [f"{model.__name__}.{name}" for model in MODELS for name, field in model.model_fields.items()
            if not field.description]


if __name__ == "__main__":
    import sys

    sys.stdout.write(records_markdown())
