"""spaCy integration (issue 10): factory, span groups with records, DocBin round-trip."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402

from kehoach_nlp import to_doc  # noqa: E402
from kehoach_nlp.records import Assignment, Citation, Document, Section, Target  # noqa: E402
from kehoach_nlp.spacy_component import GROUPS, blank_vietnamese  # noqa: E402

TEXT = ("V. TỔ CHỨC THỰC HIỆN\n2. Công an tỉnh: Chủ trì kiểm tra theo Nghị định 167/2013/NĐ-CP; "
        "phấn đấu trên 90% xã.")


def _document() -> Document:
    cite_start = TEXT.index("Nghị định")
    cite_end = TEXT.index("NĐ-CP") + 5
    target_start = TEXT.index("trên 90%")
    agency_start = TEXT.index("Công an tỉnh")
    task_start = TEXT.index("Chủ trì")
    return Document(
        doc_id="x",
        sections=[Section(kind="implementation", number="V", heading="TỔ CHỨC THỰC HIỆN", start=0,
                          end=len(TEXT), children=[Section(kind="other", number="2", heading="Công an tỉnh",
                                                           level=2, start=21, end=len(TEXT))])],
        citations=[Citation(text=TEXT[cite_start:cite_end], start=cite_start, end=cite_end, type="decree",
                            number="167/2013/NĐ-CP", issuer="Chính phủ")],
        # "90%" inside the token "90%" and a span starting mid-token still align (expand)
        targets=[Target(text=TEXT[target_start:target_start + 8], start=target_start, end=target_start + 8,
                        value=90, comparator=">", unit="%"),
                 Target(text="0%", start=target_start + 6, end=target_start + 8, value=0)],
        assignments=[Assignment(text=TEXT[task_start:-1], start=task_start, end=len(TEXT) - 1,
                                task=TEXT[task_start:-1], agency="Công an tỉnh", agency_text="Công an tỉnh",
                                agency_start=agency_start, agency_end=agency_start + 12, role="lead")],
    )


def test_to_doc_puts_every_record_on_a_labelled_span() -> None:
    doc = to_doc(_document(), TEXT)
    assert set(GROUPS) <= set(doc.spans)
    citation = doc.spans["kehoach_citations"][0]
    # the whitespace tokenizer made "167/2013/NĐ-CP;" one token: it is split, the ";" stays out
    assert citation.text == "Nghị định 167/2013/NĐ-CP"
    assert citation.label_ == "decree" and citation._.record.issuer == "Chính phủ"
    targets = doc.spans["kehoach_targets"]
    assert [t._.record.value for t in targets] == [90, 0]
    assert [t.text for t in targets] == ["trên 90%", "0%"]  # a record inside a token: the token is split
    agency = doc.spans["kehoach_agencies"][0]
    assert agency.text == "Công an tỉnh" and agency._.record.agency_text == "Công an tỉnh"  # no ":"
    assert doc.spans["kehoach_tasks"][0].label_ == "lead"
    assert [s.label_ for s in doc.spans["kehoach_sections"]] == ["implementation", "other"]


@pytest.mark.parametrize("group, field", [
    ("kehoach_citations", "text"), ("kehoach_targets", "text"), ("kehoach_agencies", "agency_text"),
    ("kehoach_tasks", "text"),
])
def test_every_span_text_is_its_record_text(group: str, field: str) -> None:
    doc = to_doc(_document(), TEXT)
    assert doc.spans[group] and all(span.text == getattr(span._.record, field) for span in doc.spans[group])


def test_corpus_spans_equal_their_records(corpus_documents, corpus_files) -> None:
    for path, document in zip(corpus_files, corpus_documents):
        doc = to_doc(document, path.read_text(encoding="utf-8"))
        for group, field in (("kehoach_citations", "text"), ("kehoach_targets", "text"),
                             ("kehoach_agencies", "agency_text"), ("kehoach_tasks", "text")):
            expected = len(document.assignments) if group in ("kehoach_agencies", "kehoach_tasks") \
                else len(getattr(document, group.removeprefix("kehoach_")))
            spans = doc.spans[group]
            assert len(spans) == expected, (path.name, group)
            assert all(span.text == getattr(span._.record, field) for span in spans), (path.name, group)


def test_records_are_entities_where_they_do_not_overlap() -> None:
    doc = to_doc(_document(), TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Công an tỉnh", "AGENCY"), ("Nghị định 167/2013/NĐ-CP", "CITATION"), ("trên 90%", "TARGET")]
    assert doc.ents[1]._.record.number == "167/2013/NĐ-CP"  # "0%" inside "trên 90%" is not an entity


def test_docbin_round_trip_keeps_records() -> None:
    nlp = blank_vietnamese()
    doc = to_doc(_document(), TEXT, nlp)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(nlp.vocab))[0]
    for group in GROUPS:
        assert [(s.start, s.end, s.label_) for s in restored.spans[group]] == \
            [(s.start, s.end, s.label_) for s in doc.spans[group]]
    assert restored.spans["kehoach_citations"][0]._.record.number == "167/2013/NĐ-CP"


def test_factory_runs_the_pipeline() -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("kehoach")
    doc = nlp("I. MỤC TIÊU\nPhấn đấu trên 90% xã, phường, thị trấn được tuyên truyền.")
    assert "kehoach_sections" in doc.spans and len(doc.spans["kehoach_sections"]) >= 1
    for group in GROUPS:
        for span in doc.spans[group]:
            assert span._.record is not None
