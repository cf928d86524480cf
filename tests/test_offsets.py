"""Property test (issue 3): every emitted span satisfies text == input[start:end]."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach_nlp import extract_text
from kehoach_nlp.records import Document

FRAGMENTS = [
    "Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ; ",
    "Quyết định số 1081/QĐ-UBND ngày 05/5/2016 của Chủ tịch UBND tỉnh ",
    "I. MỤC TIÊU\n", "1. Mục tiêu chung:\n", "II. NỘI DUNG\n", "V. TỔ CHỨC THỰC HIỆN\n",
    "Phấn đấu trên 90% xã, phường, thị trấn được tuyên truyền. ",
    "Tổ chức 17 lớp tập huấn cho 1.600 lượt người/3.662 người. ",
    "2. Công an tỉnh:\n- Chủ trì, phối hợp với Sở Y tế kiểm tra.\n",
    "Sở Văn hoá, Thể thao và Du lịch: phối hợp tuyên truyền.\n",
    "UBND các huyện, thị xã, thành phố xây dựng kế hoạch.\n\n",
    "\u00a0", "\t", "  ", "\n", "–", "Trên đây là kế hoạch./.\nNơi nhận:\n- Lưu: VT.",
]


def assert_spans_faithful(source: str, document: Document) -> None:
    for record in [*document.citations, *document.targets, *document.assignments]:
        assert record.text == source[record.start:record.end]
    for record in document.assignments:
        assert record.agency_text == source[record.agency_start:record.agency_end]
    for top in document.sections:
        for section in top.walk():
            assert 0 <= section.start <= section.end <= len(source)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25), st.booleans())
def test_spans_index_the_input_as_decoded(parts: list[str], decompose: bool) -> None:
    source = "".join(parts)
    if decompose:
        source = unicodedata.normalize("NFD", source)
    assert_spans_faithful(source, extract_text(source))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_breaks_offsets(source: str) -> None:
    document = extract_text(source) if source.strip() else None
    if document is not None:
        assert_spans_faithful(source, document)


def test_corpus_spans_are_faithful(corpus_files, corpus_documents) -> None:
    for path, document in zip(corpus_files, corpus_documents):
        source = path.read_text(encoding="utf-8")
        assert not document.errors, document.errors
        assert_spans_faithful(source, document)
