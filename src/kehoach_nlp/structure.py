"""Header info and the section tree (SPEC.md §2–3).

Takes: the clean text from :mod:`kehoach_nlp.text`. Gives:
:class:`DocumentStructure` — the clean text, :class:`~kehoach_nlp.records.DocumentInfo`
and the section tree, all in clean-text offsets. Extractors read this object.

(The segmenter itself is being built under issue 4; until then the whole text
is one ``preamble`` section and info is empty.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import DocumentInfo, Section


@dataclass(frozen=True)
class DocumentStructure:
    """What every extractor sees: clean text, header info, section tree."""

    text: str
    info: DocumentInfo = field(default_factory=DocumentInfo)
    sections: list[Section] = field(default_factory=list)

    def path_at(self, offset: int) -> list[Section]:
        """Sections containing ``offset``, from the top level down."""
        path: list[Section] = []
        level = self.sections
        while True:
            for section in level:
                if section.start <= offset < section.end:
                    path.append(section)
                    level = section.children
                    break
            else:
                return path

    def top_kind_at(self, offset: int) -> str | None:
        """The ``kind`` of the top-level section containing ``offset``."""
        path = self.path_at(offset)
        return path[0].kind if path else None


def parse_structure(text: str) -> DocumentStructure:
    """Segment ``text`` (clean) into info and sections."""
    sections = [Section(kind="preamble", start=0, end=len(text))] if text else []
    return DocumentStructure(text=text, info=DocumentInfo(), sections=sections)
