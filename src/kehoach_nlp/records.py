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
from datetime import date
from typing import Any, Callable, Iterator, Literal, Optional

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticSerializationError

from .text import fix_tone_placement

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
CitationType = Literal[_citation_type_codes()]  # type: ignore[valid-type]  # built from data at load
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

    from_: Optional[int] = Field(default=None, alias="from",
        description="first year of the plan (`giai đoạn 2021 - 2025` → 2021; a one-year plan: that year)")
    to: Optional[int] = Field(default=None,
        description="last year of the plan (`2021 - 2025` → 2025; a one-year plan: the same year as `from`)")


class DocumentInfo(Record):
    """SPEC §2: what the document says about itself; ``null`` when not given."""

    doc_type: Optional[str] = Field(default=None,
        description="type word of the document itself, as a code (`ke_hoach`); null when not given")
    number: Optional[str] = Field(default=None,
        description="its own number, canonical (`170/KH-UBND`); null when not given")
    issuer: Optional[str] = Field(default=None,
        description="issuing body, canonical name (`Ủy ban nhân dân tỉnh Nghệ An`)")
    place: Optional[str] = Field(default=None,
        description="place of the `Nghệ An, ngày 20 tháng 3 năm 2023` line (`Nghệ An`)")
    issued_on: Optional[date] = Field(default=None,
        description="date of issue from the place-and-date line (a `datetime.date`; ISO `2023-03-20` in JSON)")
    title: Optional[str] = Field(default=None, description="the title after `KẾ HOẠCH`, joined onto one line")
    period: Optional[Period] = Field(default=None, description="plan year or span, `{\"from\": 2021, \"to\": 2025}`")
    draft: bool = Field(default=False, description="true when the document is marked `DỰ THẢO`")
    source_encoding: Optional[str] = Field(default=None,
        description="how the file was decoded (`utf-8`, `utf-16`, `tcvn3`, `vni`, `windows-1258`, `docx`, "
                    "`docx+tcvn3`, `utf-8 (mojibake repaired)` …)")


class SpanRecord(Record):
    """A record anchored to the text by ``start``/``end`` (and ``text``)."""

    text: str = Field(description="the record's text, exactly `input[start:end]` of the text as decoded")
    start: int = Field(
        description="code-point offset of the first character in the text as decoded (before any normalisation)")
    end: int = Field(description="code-point offset just after the last character (`text == input[start:end]`)")
    rule: Optional[str] = Field(default=None, description="id of the rule that produced the record (SPEC §7), "
                                                          "e.g. citations.numbered, assignments.table")

    def remapped(self, source: str, to_source: SpanMapper) -> "SpanRecord":
        """Return a copy whose offsets index ``source`` and whose ``text`` is its slice."""
        start, end = to_source(self.start, self.end)
        update: dict[str, Any] = {"start": start, "end": end, "text": source[start:end]}
        update.update(self._remap_extra(source, to_source))
        return self.model_copy(update=update)

    def _remap_extra(self, source: str, to_source: SpanMapper) -> dict[str, Any]:
        return {}


class Section(Record):
    """SPEC §3: one node of the section tree."""

    kind: SectionKind = Field(
        description="what the section is for: preamble, purpose, objectives, tasks, solutions, budget, "
                    "implementation, closing or other (SPEC §3)")
    number: Optional[str] = Field(default=None,
        description="its number as written (`III`, `2`, `1.1`, `a`); null for unnumbered sections")
    heading: Optional[str] = Field(default=None,
        description="the heading text without its number (`TỔ CHỨC THỰC HIỆN`); null when the section has no "
                    "heading line")
    level: int = Field(default=1,
        description="depth in the tree: 1 for top-level sections (`I.`), 2 for their children (`1.`) …")
    start: int = Field(
        description="code-point offset of the heading line (or first paragraph) in the text as decoded")
    end: int = Field(description="code-point offset where the next section of the same or a higher level starts")
    children: list["Section"] = Field(default_factory=list, description="sub-sections, in document order")

    def remapped(self, source: str, to_source: SpanMapper) -> "Section":
        start, end = to_source(self.start, self.end)
        return self.model_copy(update={
            "start": start, "end": end,
            "children": [child.remapped(source, to_source) for child in self.children],
        })

    def walk(self) -> "Iterator[Section]":
        """Yield this section and all its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


class Citation(SpanRecord):
    """SPEC §4: a mention of a legal or administrative document."""

    type: CitationType = Field(  # type: ignore[valid-type]
        description="kind of document cited: law, code, ordinance, decree, resolution, decision, directive, "
                    "circular, plan … (SPEC §4)")
    number: Optional[str] = Field(default=None,
        description="canonical number: spaces removed, sign upper-case, `Đ` kept (`221/2013/NĐ-CP`, `132-KL/TW`)")
    serial: Optional[str] = Field(default=None, description="serial part of the number (`221`)")
    year: Optional[int] = Field(default=None, description="year of the number, else of the date (`2013`)")
    sign: Optional[str] = Field(default=None, description="sign part of the number (`NĐ-CP`)")
    issued_on: Optional[date] = Field(default=None,
        description="the `ngày …` date that follows (a `datetime.date`; ISO `2013-12-30` in JSON)")
    issuer: Optional[str] = Field(default=None,
        description="canonical issuing body, from `của …` or from the sign (`NĐ-CP` → `Chính phủ`)")
    title: Optional[str] = Field(default=None,
        description="the subject clause that follows (`về …`, `quy định …`), up to `;` or the end of the clause")
    relation: CitationRelation = Field(default="refers",
        description="how the plan uses the cited document: basis (`Căn cứ`), implements (`Thực hiện`, `theo`), "
                    "amends, repeals, else refers")
    name: Optional[str] = Field(default=None, description="name of an unnumbered law or ordinance")
    warnings: list[str] = Field(default_factory=list,
        description="doubts the extractor noted about this citation (e.g. a date that is not a calendar date)")


class Target(SpanRecord):
    """SPEC §5: a planned (or achieved) quantity."""

    value: float = Field(description="the number as a float (`1.600` → 1600, `43,6` → 43.6, `một` → 1)")
    value_max: Optional[float] = Field(default=None,
        description="upper bound of a range (`65% - 70%` → 70), else null")
    comparator: Comparator = Field(default="=",
        description="`=`, `>` (trên), `>=` (trở lên, ít nhất), `<` (dưới), `<=` (tối đa), `~` (khoảng), `range`")
    unit: Optional[str] = Field(default=None,
        description="`%`, or the counted noun in lower case with its measure word (`lượt người`, `xã`, `triệu "
                    "đồng`)")
    indicator: Optional[str] = Field(default=None,
        description="what is counted or measured, a short quote (`xã, phường, thị trấn được tuyên truyền`)")
    denominator: Optional[float] = Field(default=None,
        description="the number after `/` (`1.600 lượt người/3.662 người` → 3662, `10/10 huyện` → 10), else null")
    deadline: Optional[int] = Field(default=None,
        description="year the target is due when stated with it, its list's lead-in or heading (`đến năm 2030`), "
                    "else null")
    status: TargetStatus = Field(default="target",
        description="`target` (to reach) or `achieved` (reached before: a results paragraph)")

    def _remap_extra(self, source: str, to_source: SpanMapper) -> dict[str, Any]:
        """The unit spelled as the document writes it: the clean text moves an old tone mark ("Toà án" is read
        "tòa án"), the unit is "as written" (SPEC §5) — "toà án chuyên biệt" (round 53)."""
        if not self.unit:
            return {}
        start, end = to_source(self.start, self.end)
        written = {fix_tone_placement(word): word for word in _UNIT_WORD.findall(source[start:end].lower())}
        spelled = _UNIT_WORD.sub(lambda word: written.get(word.group(), word.group()), self.unit)
        return {"unit": spelled} if spelled != self.unit else {}


#: A word of a unit, apart from the marks around it: "hàng hoá" in "triệu tấn hàng hoá/năm" (round 55: the rate's
#: slash had glued "hóa/năm" into one word, which kept the clean text's tone placement).
_UNIT_WORD = regex.compile(r"[\p{L}\p{M}]+")


class Assignment(SpanRecord):
    """SPEC §6: one task given to one agency. ``text`` is the task clause."""

    task: str = Field(description="the task clause, the same as `text`")
    agency: str = Field(
        description="canonical name of the body given the task, abbreviations expanded (`UBND` → `Ủy ban nhân "
                    "dân`), scope words kept")
    agency_text: str = Field(
        description="the agency as written where it is named for this task (a block heading for block tasks)")
    agency_start: int = Field(description="code-point offset of `agency_text` in the text as decoded")
    agency_end: int = Field(description="code-point offset just after `agency_text`")
    role: Role = Field(default="responsible",
        description="`lead` (chủ trì, thường trực, đầu mối), `support` (the task begins `Phối hợp với …`), else "
                    "`responsible`")
    partners: list[str] = Field(default_factory=list,
        description="canonical names of the bodies after `phối hợp với` / `với` in this task")
    mode: Mode = Field(default="assigned",
        description="`requested` for a task asked with `Đề nghị …`, else `assigned`")
    due: Optional[str] = Field(default=None,
        description="deadline or frequency as written (`Định kỳ 6 tháng, cuối năm`, `trước ngày 15/12`), else "
                    "null")

    def _remap_extra(self, source: str, to_source: SpanMapper) -> dict[str, Any]:
        a_start, a_end = to_source(self.agency_start, self.agency_end)
        t_start, t_end = to_source(self.start, self.end)
        return {"agency_start": a_start, "agency_end": a_end,
                "agency_text": source[a_start:a_end], "task": source[t_start:t_end]}


class ErrorRecord(Record):
    """A problem met on one document; the run goes on."""

    stage: str = Field(description="the stage that failed: read, structure, citations, targets or assignments")
    message: str = Field(description="what went wrong, in a sentence a person can act on (`file is empty`)")


class Document(Record):
    """SPEC §7: everything extracted from one document (one JSON line)."""

    doc_id: str = Field(
        description="the file name without its extension (`001_de8a39346a403402`); `text` for a string")
    source: Optional[str] = Field(default=None, description="the path the document was read from; null for a string")
    info: DocumentInfo = Field(default_factory=DocumentInfo,
        description="what the document says about itself (SPEC §2)")
    sections: list[Section] = Field(default_factory=list, description="the section tree (SPEC §3)")
    citations: list[Citation] = Field(default_factory=list,
        description="mentions of legal and administrative documents, in text order (SPEC §4)")
    targets: list[Target] = Field(default_factory=list,
        description="planned or achieved quantities, in text order (SPEC §5)")
    assignments: list[Assignment] = Field(default_factory=list,
        description="one record per task given to one agency (SPEC §6)")
    errors: list[ErrorRecord] = Field(default_factory=list,
        description="problems met on this document; the other stages still ran")
    content_sha256: Optional[str] = Field(default=None, description="SHA-256 of the decoded text, for `--resume`")

    def to_json(self) -> str:
        """One JSON line, field names as in SPEC §7 (``period.from``, not ``from_``).

        A file name that is not valid UTF-8 (``k\\xffh.txt``, kept by Python as ``k\\udcffh``)
        is written losslessly as the JSON escape ``"k\\udcffh"`` instead of failing the run."""
        try:
            line: str = self.model_dump_json(by_alias=True)
            return line
        except PydanticSerializationError:
            text = json.dumps(self.model_dump(mode="json", by_alias=True), ensure_ascii=False,
                              separators=(",", ":"))
            escaped: str = _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
            return escaped

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_json(cls, line: str) -> "Document":
        try:
            return cls.model_validate_json(line)
        except ValidationError:  # pydantic's parser refuses the escaped surrogates of to_json
            return cls.model_validate(json.loads(line))


def document_json_schema() -> dict[str, Any]:
    """The JSON Schema other tools can validate our JSON Lines against."""
    return Document.model_json_schema(by_alias=True)


Section.model_rebuild()
