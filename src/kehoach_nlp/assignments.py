"""Assignment extractor (SPEC.md). Being built under issue 7.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives: a list of
:class:`~kehoach_nlp.records.Assignment` in clean-text offsets.
"""

from __future__ import annotations

from .records import Assignment
from .structure import DocumentStructure


def find_assignments(doc: DocumentStructure) -> list[Assignment]:
    """Find every assignment in ``doc.text``."""
    return []
