"""Citation extractor (SPEC.md). Being built under issue 5.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives: a list of
:class:`~kehoach_nlp.records.Citation` in clean-text offsets.
"""

from __future__ import annotations

from .records import Citation
from .structure import DocumentStructure


def find_citations(doc: DocumentStructure) -> list[Citation]:
    """Find every citation in ``doc.text``."""
    return []
