"""spaCy integration: the ``kehoach`` pipeline factory and :func:`to_doc`.

Takes: a spaCy ``Doc`` (or our :class:`~kehoach_nlp.records.Document` plus its
text). Gives: the same ``Doc`` with span groups

* ``doc.spans["kehoach_citations"]`` — label = citation type (``decree`` …)
* ``doc.spans["kehoach_targets"]`` — label = ``target`` / ``achieved``
* ``doc.spans["kehoach_agencies"]`` — label = ``AGENCY``
* ``doc.spans["kehoach_tasks"]`` — label = role (``lead``, ``support``, ``responsible``)
* ``doc.spans["kehoach_sections"]`` — label = section kind (top level and children)

each span carrying its record as ``span._.record`` (a pydantic model). Spans are
aligned to spaCy tokens with ``alignment_mode="expand"``, so a record whose
offsets fall inside a token still gets a span. Records are kept in
``doc.user_data`` as plain dicts, so a ``DocBin(store_user_data=True)``
round-trip keeps them.

Example::

    >>> import spacy
    >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    >>> nlp.add_pipe("kehoach")
    >>> doc = nlp("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ")
    >>> doc.spans["kehoach_citations"][0]._.record.issuer
    'Chính phủ'
"""

from __future__ import annotations

from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .records import Assignment, Citation, Document, Section, Target

USER_DATA_KEY = "kehoach_records"
GROUPS = ("kehoach_citations", "kehoach_targets", "kehoach_agencies", "kehoach_tasks", "kehoach_sections")
_MODELS = {"citation": Citation, "target": Target, "assignment": Assignment, "section": Section}


def _record_getter(span: Span) -> Optional[Any]:
    records = span.doc.user_data.get(USER_DATA_KEY)
    if not records or not span.id_:
        return None
    try:
        stored = records[int(span.id_)]
    except (ValueError, IndexError):
        return None
    model = _MODELS[stored["record_type"]]
    return model.model_validate({k: v for k, v in stored.items() if k != "record_type"})


if not Span.has_extension("record"):
    Span.set_extension("record", getter=_record_getter)


def _add(doc: Doc, group: str, start: int, end: int, label: str, record_type: str, record: dict,
         store: list[dict]) -> None:
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None or not len(span):
        return
    store.append({"record_type": record_type, **record})
    doc.spans[group].append(Span(doc, span.start, span.end, label=label, span_id=str(len(store) - 1)))


def annotate(doc: Doc, document: Document) -> Doc:
    """Put ``document``'s records on ``doc`` (whose text is the source text)."""
    store: list[dict] = []
    for group in GROUPS:
        doc.spans[group] = []
    for c in document.citations:
        _add(doc, "kehoach_citations", c.start, c.end, c.type, "citation", c.model_dump(mode="json"), store)
    for t in document.targets:
        _add(doc, "kehoach_targets", t.start, t.end, t.status, "target", t.model_dump(mode="json"), store)
    for a in document.assignments:
        record = a.model_dump(mode="json")
        _add(doc, "kehoach_agencies", a.agency_start, a.agency_end, "AGENCY", "assignment", record, store)
        _add(doc, "kehoach_tasks", a.start, a.end, a.role, "assignment", record, store)
    for top in document.sections:
        for section in top.walk():
            record = section.model_dump(mode="json", exclude={"children"})
            record["children"] = []
            _add(doc, "kehoach_sections", section.start, section.end, section.kind, "section", record, store)
    doc.user_data[USER_DATA_KEY] = store
    return doc


class KehoachComponent:
    """The ``kehoach`` pipe: runs the kehoach_nlp pipeline on ``doc.text``."""

    def __init__(self, nlp: Language, name: str = "kehoach") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import process_text

        return annotate(doc, process_text(doc.text, doc_id=str(doc.user_data.get("doc_id", "doc"))))


@Language.factory("kehoach")
def create_kehoach_component(nlp: Language, name: str) -> KehoachComponent:
    return KehoachComponent(nlp, name)


def blank_vietnamese() -> Language:
    """A blank Vietnamese pipeline that needs no pyvi (whitespace tokens)."""
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def to_doc(document: Document, text: Optional[str] = None, nlp: Optional[Language] = None) -> Doc:
    """A spaCy ``Doc`` of ``document``'s source text with its records as spans.

    ``text`` defaults to the file named in ``document.source``.
    """
    if text is None:
        if not document.source:
            raise ValueError("to_doc needs the source text: pass text=… (document.source is empty)")
        from .reading import read_path

        text = read_path(document.source).text
    nlp = nlp or blank_vietnamese()
    return annotate(nlp.make_doc(text), document)
