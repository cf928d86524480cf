"""spaCy integration: the ``kehoach`` pipeline factory and :func:`to_doc`.

Takes: a spaCy ``Doc`` (or our :class:`~kehoach_nlp.records.Document` plus its
text). Gives: the same ``Doc`` with span groups

* ``doc.spans["kehoach_citations"]`` — label = citation type (``decree`` …)
* ``doc.spans["kehoach_targets"]`` — label = ``target`` / ``achieved``
* ``doc.spans["kehoach_agencies"]`` — label = ``AGENCY``
* ``doc.spans["kehoach_tasks"]`` — label = role (``lead``, ``support``, ``responsible``)
* ``doc.spans["kehoach_sections"]`` — label = section kind (top level and children)

each span carrying its record as ``span._.record`` (a pydantic model), and the
citations, targets and agencies that overlap nothing as ``doc.ents`` (labels
``CITATION``, ``TARGET``, ``AGENCY``; ``ent._.record`` works too). Each span's text
is its record's text exactly: tokens are first split where a record starts or ends
inside one (``167/2013/NĐ-CP;`` → ``167/2013/NĐ-CP`` ``;``), so a span never
swallows the ``;`` or ``:`` after a record. Records are kept in
``doc.user_data`` as plain dicts, so a ``DocBin(store_user_data=True)``
round-trip keeps them.

Example::

    >>> import spacy
    >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    >>> component = nlp.add_pipe("kehoach")
    >>> doc = nlp("Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ")
    >>> doc.spans["kehoach_citations"][0]._.record.issuer
    'Chính phủ'
"""

from __future__ import annotations

from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .records import Assignment, Citation, Document, Record, Section, Target

USER_DATA_KEY = "kehoach_records"
GROUPS = ("kehoach_citations", "kehoach_targets", "kehoach_agencies", "kehoach_tasks", "kehoach_sections")
_MODELS: dict[str, type[Record]] = {"citation": Citation, "target": Target, "assignment": Assignment,
                                    "section": Section}


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


#: Span groups whose records also become ``doc.ents`` (where they do not overlap), and the entity label.
ENTITY_LABELS = {"kehoach_citations": "CITATION", "kehoach_targets": "TARGET", "kehoach_agencies": "AGENCY"}


def _records(document: Document) -> list[tuple[str, int, int, str, str, dict[str, Any]]]:
    """(group, start, end, label, record_type, record) for every record of ``document``."""
    items: list[tuple[str, int, int, str, str, dict[str, Any]]] = []
    for c in document.citations:
        items.append(("kehoach_citations", c.start, c.end, c.type, "citation", c.model_dump(mode="json")))
    for t in document.targets:
        items.append(("kehoach_targets", t.start, t.end, t.status, "target", t.model_dump(mode="json")))
    for a in document.assignments:
        record = a.model_dump(mode="json")
        items.append(("kehoach_agencies", a.agency_start, a.agency_end, "AGENCY", "assignment", record))
        items.append(("kehoach_tasks", a.start, a.end, a.role, "assignment", record))
    for top in document.sections:
        for section in top.walk():
            record = section.model_dump(mode="json", exclude={"children"})
            record["children"] = []
            items.append(("kehoach_sections", section.start, section.end, section.kind, "section", record))
    return items


def split_at(doc: Doc, offsets: set[int]) -> None:
    """Split every token that a character offset of ``offsets`` falls strictly inside, so that
    spans can start and end there: with whitespace tokens ``167/2013/NĐ-CP;`` becomes
    ``167/2013/NĐ-CP`` + ``;`` when a citation ends before the ``;``. The other tokens keep
    their annotations; split tokens keep none beyond their text."""
    cuts: list[tuple[Token, list[int]]] = []
    for token in doc:
        inside = sorted(o - token.idx for o in offsets if token.idx < o < token.idx + len(token.text))
        if inside:
            cuts.append((token, inside))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for token, inside in cuts:
            bounds = [0, *inside, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            heads: list[Token | tuple[Token, int]] = [(token, 0)] * len(orths)
            retokenizer.split(token, orths, heads=heads)


def _span(doc: Doc, start: int, end: int, label: str) -> Optional[Span]:
    """The span of exactly ``[start, end)``; else the tokens inside it (never more than the record)."""
    span = doc.char_span(start, end, label=label, alignment_mode="strict")
    if span is None:
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
    return span if span is not None and len(span) else None


def annotate(doc: Doc, document: Document, *, split_tokens: bool = True, ents: bool = True) -> Doc:
    """Put ``document``'s records on ``doc`` (whose text is the source text).

    ``split_tokens`` (default) first splits tokens at record boundaries (:func:`split_at`) so
    that each span's text is its record's text exactly; without it a span contracts to the
    whole tokens inside the record. ``ents`` also sets citations, targets and agencies as
    ``doc.ents`` where they overlap neither each other (the longest wins) nor existing entities.
    """
    items = _records(document)
    if split_tokens:
        split_at(doc, {offset for _, start, end, *_ in items for offset in (start, end)})
    store: list[dict[str, Any]] = []
    groups: dict[str, list[Span]] = {group: [] for group in GROUPS}
    entities: list[Span] = []
    for group, start, end, label, record_type, record in items:
        span = _span(doc, start, end, label)
        if span is None:
            continue
        store.append({"record_type": record_type, **record})
        span_id = str(len(store) - 1)
        groups[group].append(Span(doc, span.start, span.end, label=label, span_id=span_id))
        if group in ENTITY_LABELS:
            entities.append(Span(doc, span.start, span.end, label=ENTITY_LABELS[group], span_id=span_id))
    for group, spans in groups.items():
        doc.spans[group] = spans
    doc.user_data[USER_DATA_KEY] = store
    if ents:
        _set_entities(doc, entities)
    return doc


def _set_entities(doc: Doc, spans: list[Span]) -> None:
    from spacy.util import filter_spans

    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    free = [s for s in filter_spans(spans) if not any(i in taken for i in range(s.start, s.end))]
    doc.set_ents(free, default="unmodified")


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
