"""Typed records of SPEC.md §2–7: the contract between extractors, outputs and gold.

Takes: nothing (definitions only). Gives: pydantic models that serialise to
exactly the JSON of SPEC.md §7, and their JSON Schema.

Every span record carries ``start``/``end``: code-point offsets into the input
text *as decoded* (before normalisation), with ``text == input[start:end]``.
Extractors build records in clean-text coordinates; :mod:`kehoach_nlp.pipeline`
maps them back to the source with :meth:`SpanRecord.remapped`.

Example::

    >>> Citation(text="Nghị định 221/2013/NĐ-CP", start=0, end=24, type="decree",
    ...          number="221/2013/NĐ-CP", serial="221", year=2013, sign="NĐ-CP",
    ...          issuer="Chính phủ").issuer
    'Chính phủ'
"""

from __future__ import annotations

import json
from typing import Callable, Literal, Optional

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticSerializationError

SectionKind = Literal[
    "preamble", "purpose", "objectives", "tasks", "solutions",
    "budget", "implementation", "closing", "other",
]
def _citation_type_codes() -> tuple[str, ...]:
    """The citation types of ``data/document_types.toml`` ``[codes]``, checked against its ``[types]``:
    a type word mapped to a code the table does not declare is an error naming the file."""
    from .data import load_toml

    table = load_toml("document_types.toml")
    codes = tuple(table["codes"])
    unknown = sorted({code for code in table["types"].values() if code not in codes})
    if unknown:
        raise ValueError(f"data/document_types.toml: [types] uses codes {unknown} not declared in [codes]")
    return codes


#: SPEC §4 types; one data row in document_types.toml adds one (no code change).
CitationType = Literal[_citation_type_codes()]  # type: ignore[valid-type]
CitationRelation = Literal["basis", "implements", "amends", "repeals", "refers"]
Comparator = Literal["=", ">", ">=", "<", "<=", "~", "range"]
TargetStatus = Literal["target", "achieved"]
Role = Literal["lead", "support", "responsible"]
Mode = Literal["requested", "assigned"]

_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")

#: Maps a clean-text span ``(start, end)`` to a source span ``(start, end)``.
SpanMapper = Callable[[int, int], "tuple[int, int]"]


class Record(BaseModel):
    """Base of every record: strict fields, JSON in SPEC field order."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Period(Record):
    """Plan year or span, ``{"from": 2021, "to": 2025}``."""

    from_: Optional[int] = Field(default=None, alias="from")
    to: Optional[int] = None


class DocumentInfo(Record):
    """SPEC §2: what the document says about itself; ``null`` when not given."""

    doc_type: Optional[str] = None
    number: Optional[str] = None
    issuer: Optional[str] = None
    place: Optional[str] = None
    issued_on: Optional[str] = None
    title: Optional[str] = None
    period: Optional[Period] = None
    draft: bool = False
    source_encoding: Optional[str] = None


class SpanRecord(Record):
    """A record anchored to the text by ``start``/``end`` (and ``text``)."""

    text: str
    start: int
    end: int
    rule: Optional[str] = Field(default=None, description="id of the rule that produced the record (SPEC §7), "
                                                          "e.g. citations.numbered, assignments.table")

    def remapped(self, source: str, to_source: SpanMapper) -> "SpanRecord":
        """Return a copy whose offsets index ``source`` and whose ``text`` is its slice."""
        start, end = to_source(self.start, self.end)
        update: dict = {"start": start, "end": end, "text": source[start:end]}
        update.update(self._remap_extra(source, to_source))
        return self.model_copy(update=update)

    def _remap_extra(self, source: str, to_source: SpanMapper) -> dict:
        return {}


class Section(Record):
    """SPEC §3: one node of the section tree."""

    kind: SectionKind
    number: Optional[str] = None
    heading: Optional[str] = None
    level: int = 1
    start: int
    end: int
    children: list["Section"] = Field(default_factory=list)

    def remapped(self, source: str, to_source: SpanMapper) -> "Section":
        start, end = to_source(self.start, self.end)
        return self.model_copy(update={
            "start": start, "end": end,
            "children": [child.remapped(source, to_source) for child in self.children],
        })

    def walk(self):
        """Yield this section and all its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


class Citation(SpanRecord):
    """SPEC §4: a mention of a legal or administrative document."""

    type: CitationType
    number: Optional[str] = None
    serial: Optional[str] = None
    year: Optional[int] = None
    sign: Optional[str] = None
    issued_on: Optional[str] = None
    issuer: Optional[str] = None
    title: Optional[str] = None
    relation: CitationRelation = "refers"
    name: Optional[str] = Field(default=None, description="name of an unnumbered law or ordinance")
    warnings: list[str] = Field(default_factory=list)


class Target(SpanRecord):
    """SPEC §5: a planned (or achieved) quantity."""

    value: float
    value_max: Optional[float] = None
    comparator: Comparator = "="
    unit: Optional[str] = None
    indicator: Optional[str] = None
    denominator: Optional[float] = None
    deadline: Optional[int] = None
    status: TargetStatus = "target"


class Assignment(SpanRecord):
    """SPEC §6: one task given to one agency. ``text`` is the task clause."""

    task: str
    agency: str
    agency_text: str
    agency_start: int
    agency_end: int
    role: Role = "responsible"
    partners: list[str] = Field(default_factory=list)
    mode: Mode = "assigned"
    due: Optional[str] = None

    def _remap_extra(self, source: str, to_source: SpanMapper) -> dict:
        a_start, a_end = to_source(self.agency_start, self.agency_end)
        t_start, t_end = to_source(self.start, self.end)
        return {"agency_start": a_start, "agency_end": a_end,
                "agency_text": source[a_start:a_end], "task": source[t_start:t_end]}


class ErrorRecord(Record):
    """A problem met on one document; the run goes on."""

    stage: str
    message: str


class Document(Record):
    """SPEC §7: everything extracted from one document (one JSON line)."""

    doc_id: str
    source: Optional[str] = None
    info: DocumentInfo = Field(default_factory=DocumentInfo)
    sections: list[Section] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)
    content_sha256: Optional[str] = None

    def to_json(self) -> str:
        """One JSON line, field names as in SPEC §7 (``period.from``, not ``from_``).

        A file name that is not valid UTF-8 (``k\\xffh.txt``, kept by Python as ``k\\udcffh``)
        is written losslessly as the JSON escape ``"k\\udcffh"`` instead of failing the run."""
        try:
            return self.model_dump_json(by_alias=True)
        except PydanticSerializationError:
            line = json.dumps(self.model_dump(mode="json", by_alias=True), ensure_ascii=False,
                              separators=(",", ":"))
            return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_json(cls, line: str) -> "Document":
        try:
            return cls.model_validate_json(line)
        except ValidationError:  # pydantic's parser refuses the escaped surrogates of to_json
            return cls.model_validate(json.loads(line))


def document_json_schema() -> dict:
    """The JSON Schema other tools can validate our JSON Lines against."""
    return Document.model_json_schema(by_alias=True)


Section.model_rebuild()
