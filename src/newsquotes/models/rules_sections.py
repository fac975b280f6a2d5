"""Sections headed by a name, for the ``rules`` model: "it" and "the company" in a round-up of businesses.

A round-up lists bodies under headings that are their names in capitals ("STELLANTIS", "HYUNDAI MOTOR"), each
followed by a paragraph or two about it: "The Chrysler parent is moving forward with plans …, it said"; "The
South Korean automaker said …". There "it" and a definite nominal of a body go to the heading of their section,
not to the last place or body named in the text. An article has this layout when at least two such headings
stand before the speaker.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_text import Layout

#: A heading that is a name in capitals: up to five words, no sentence punctuation.
_HEADING = re.compile(r"[A-Z][A-Z0-9&.'’-]*(?:\s+[A-Z][A-Z0-9&.'’-]*){0,4}")


def _heading(layout: Layout, k: int) -> str | None:
    paragraph = layout.paragraphs[k]
    words = layout.text[paragraph.start:paragraph.end].strip()
    return words if _HEADING.fullmatch(words) and sum(c.isalpha() for c in words) >= 2 else None


def section_heading(layout: Layout, mentions: list[Mention], pos: int) -> str | None:
    """The name that heads the section of ``pos`` (one or two paragraphs back) in a round-up of names."""
    here = layout.paragraph(pos)
    headings = [k for k in range(here) if _heading(layout, k)]
    if len(headings) < 2 or headings[-1] < here - 2 or _heading(layout, here):
        return None
    paragraph = layout.paragraphs[headings[-1]]
    named = next((m for m in mentions if paragraph.start <= m.start and m.end <= paragraph.end), None)
    return named.name if named and named.label in ("ORG", "PERSON") else _heading(layout, headings[-1])
