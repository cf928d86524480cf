"""Target extractor (SPEC.md). Being built under issue 6.

Takes: :class:`~kehoach_nlp.structure.DocumentStructure`. Gives: a list of
:class:`~kehoach_nlp.records.Target` in clean-text offsets.
"""

from __future__ import annotations

from .records import Target
from .structure import DocumentStructure


def find_targets(doc: DocumentStructure) -> list[Target]:
    """Find every target in ``doc.text``."""
    return []
